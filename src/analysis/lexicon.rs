//! The central-vs-local cue lexicon: what the theme tracker looks for.
//!
//! The lexicon is data (`assets/lexicon/central_local.toml`, embedded in the
//! binary; replaceable with `--lexicon FILE`). It holds four kinds of entry:
//!
//! - `[[cue]]`: phrases about one **side** (`central` or `local`) that argue
//!   for a **stance**. The stance defaults to the side; a cue whose stance is
//!   the other side is *pejorative* (`micro-management` is about the centre and
//!   argues for local freedom; `postcode lottery` is about localism and argues
//!   for the centre). Each cue has a **weight** (default 1) and a **facet**,
//!   one of [`FACETS`].
//! - `[[reverser]]`: short-scope words (`an end to`, `less emphasis on`,
//!   `without`, `off the back`…) that turn a *neutral* cue's stance to the
//!   other side when the cue is within `scope_words` words of them in the
//!   same clause, and leave a pejorative cue's stance as it is.
//! - `[[ignore]]`: phrases that contain a cue word but are not about
//!   governance (`front and centre`, `health services management centre`,
//!   `a national general election`). They are matched with the cues and the
//!   longest match wins, so the cue inside them never fires.
//! - `[[context]]`: a phrase that multiplies the weight of certain cues in the
//!   words after it (`the N in the NHS` … `national`).
//! - `[[governance]]`: words that say a span is about governance (`hospital`,
//!   `council`, `ministry`). A cue marked `generic = true` (`centre`,
//!   `target`, `step in`, `freedom`: words with everyday senses, a
//!   centre-back, on target) counts only in a span that holds one of these or
//!   a cue that is not generic, or in an article that holds at least
//!   `[generic] article_anchors` of them; otherwise it is dropped. Governance
//!   words never move a score and never hide a cue (they are matched apart).
//!   `national` and `government` are not generic (centralisation sentences
//!   often hold nothing else); their everyday senses are `[[ignore]]`
//!   phrases (`national team`, `national coach`).
//!
//! Context that is a matter of the next word (`local headlines` weaker than
//! `local managers`) needs no special rule: the longer phrase is its own cue
//! with its own weight and note, and the longest match wins.
//!
//! All phrases are compiled into one Aho-Corasick automaton (ASCII
//! case-insensitive), so scoring is one pass over the text whatever the size
//! of the lexicon. The automaton is built at its first use, not when the file
//! is read: it is most of the time a lexicon takes to load (about 30 ms for
//! the bundled one), and a reopen from an up-to-date store never scores any
//! text, so the explorer's first screen does not wait for it. Everything that
//! can be wrong with a file is still found when it is read. Phrases are written with their inflections in braces; see
//! [`expand`] for the syntax.

mod expand;
mod schema;
pub(crate) use schema::line_of;

use crate::model::Side;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use anyhow::anyhow;
use schema::LexiconFile;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use toml::Spanned;

pub use expand::expand;

/// The text of the embedded lexicon.
pub const BUNDLED_TOML: &str = include_str!("../../assets/lexicon/central_local.toml");

/// The facets a cue may have: what part of governance it is about.
pub const FACETS: [&str; 8] = [
    "decisions and power",
    "money",
    "targets and performance management",
    "inspection and intervention",
    "leadership and management freedom",
    "politics",
    "federal, devolved and municipal government",
    "local control of services",
];

/// Reverser scope when the file does not say.
const DEFAULT_SCOPE_WORDS: usize = 4;
/// Context reach when the file does not say.
const DEFAULT_WITHIN_WORDS: usize = 20;
/// Governance words an article needs for its generic cues to count anywhere
/// in it, when the file does not say.
const DEFAULT_ARTICLE_ANCHORS: usize = 3;

/// A compiled lexicon of theme cues. Cheap to clone (shared).
#[derive(Debug, Clone)]
pub struct Lexicon {
    compiled: Arc<Compiled>,
    /// A stable hash of the TOML text it was compiled from: the store
    /// rebuilds its cache when the lexicon in use is a different one.
    fingerprint: u64,
}

/// What a lexicon compiles to; its parts are internal to the theme tracker.
#[derive(Debug)]
pub struct Compiled {
    /// Built from `forms` at its first use (see the module docs).
    matcher: OnceLock<AhoCorasick>,
    /// Every form, by pattern id.
    forms: Vec<String>,
    /// What each automaton pattern is, by pattern id.
    pub(crate) patterns: Vec<Pattern>,
    pub(crate) cues: Vec<Cue>,
    pub(crate) reversers: Vec<Reverser>,
    pub(crate) contexts: Vec<Context>,
    /// See [`crate::analysis::theme::article_context`].
    pub(crate) article_anchors: usize,
}

/// One surface form in the automaton.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub kind: PatternKind,
    /// The form, lowercased, as the lexicon spells it.
    pub form: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PatternKind {
    Cue(usize),
    Reverser(usize),
    Ignore,
    Context(usize),
    Governance,
}

/// A `[[cue]]` entry.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub side: Side,
    pub stance: Side,
    pub weight: f64,
    pub facet: &'static str,
    pub note: Option<String>,
    /// Counts only in a governance context (see the module docs).
    pub generic: bool,
}

impl Cue {
    pub fn pejorative(&self) -> bool {
        self.side != self.stance
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    /// `an end to` X.
    Before,
    /// X `off the back`.
    After,
    /// Either: `cannot delegate`, `regional offices cannot`.
    Both,
}

/// A `[[reverser]]` entry.
#[derive(Debug, Clone)]
pub(crate) struct Reverser {
    pub position: Position,
    pub scope_words: usize,
}

/// A `[[context]]` entry.
#[derive(Debug, Clone)]
pub(crate) struct Context {
    /// Ids of the cue patterns it affects.
    pub cue_patterns: HashSet<usize>,
    pub within_words: usize,
    pub factor: f64,
    pub rule: String,
}

/// A lexicon whose forms add up to more bytes than this is refused when read
/// (the bundled one has about 30 KB), so that building its automaton later,
/// at the first use, stays within memory and time a user can wait for (an
/// automaton has at most one state per byte of its forms) and cannot fail
/// for its size where no error can be reported.
const MAX_FORM_BYTES: usize = 1 << 24;

impl Compiled {
    /// The automaton of every form (pattern id = index into `patterns`).
    pub(crate) fn matcher(&self) -> &AhoCorasick {
        self.matcher.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&self.forms)
                .or_else(|_| {
                    // A DFA can outgrow its size limit on a huge custom
                    // lexicon; the automatic choice always builds for one of
                    // at most `MAX_FORM_BYTES` bytes.
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .ascii_case_insensitive(true)
                        .build(&self.forms)
                })
                .expect("a lexicon within MAX_FORM_BYTES always compiles")
        })
    }
}

impl std::ops::Deref for Lexicon {
    type Target = Compiled;
    fn deref(&self) -> &Compiled {
        &self.compiled
    }
}

impl Default for Lexicon {
    /// The bundled lexicon.
    fn default() -> Self {
        Lexicon::bundled()
    }
}

impl Lexicon {
    /// The lexicon embedded in the binary (`assets/lexicon/central_local.toml`).
    pub fn bundled() -> Lexicon {
        static BUNDLED: OnceLock<Lexicon> = OnceLock::new();
        BUNDLED
            .get_or_init(|| {
                // The embedded file is checked by a test, so this cannot fail
                // for a user.
                Lexicon::from_toml_named(BUNDLED_TOML, "central_local.toml")
                    .expect("the bundled lexicon is valid")
            })
            .clone()
    }

    /// Read a lexicon file; errors are one line naming the file and the line.
    pub fn load(path: &Path) -> anyhow::Result<Lexicon> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            anyhow!(
                "cannot read lexicon '{name}': {}",
                crate::corpus::load::plain_io_error(&e)
            )
        })?;
        let text =
            String::from_utf8(bytes).map_err(|_| anyhow!("lexicon '{name}' is not UTF-8 text"))?;
        Lexicon::from_toml_named(&text, &name)
    }

    /// Compile a lexicon from TOML text (errors say `'<lexicon>' line N: …`).
    pub fn from_toml(text: &str) -> anyhow::Result<Lexicon> {
        Lexicon::from_toml_named(text, "<lexicon>")
    }

    fn from_toml_named(text: &str, name: &str) -> anyhow::Result<Lexicon> {
        let err = |at: usize, msg: String| anyhow!("'{name}' line {}: {msg}", line_of(text, at));
        let file: LexiconFile = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            err(at, e.message().trim().replace('\n', " "))
        })?;
        let mut lexicon = Builder::new(text)
            .build(file)
            .map_err(|(at, msg)| err(at, msg))?;
        let mut hash = crate::store::Fnv1a::default();
        hash.write(text.as_bytes());
        lexicon.fingerprint = hash.0;
        Ok(lexicon)
    }

    /// A stable hash of the lexicon's source text (see the field).
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// How many cue entries (not forms) the lexicon has.
    pub fn cue_count(&self) -> usize {
        self.cues.len()
    }
}

/// Collects every form with what it is, refusing duplicates.
struct Builder<'a> {
    /// The file's text, to name the line of an earlier duplicate.
    text: &'a str,
    forms: Vec<String>,
    patterns: Vec<Pattern>,
    /// form → byte offset in the file where it was first listed.
    seen: HashMap<String, usize>,
    /// cue phrase as written (normalised) → its pattern ids, for `[[context]]`.
    cue_phrase_patterns: HashMap<String, Vec<usize>>,
    cues: Vec<Cue>,
    reversers: Vec<Reverser>,
    contexts: Vec<Context>,
}

type BuildError = (usize, String);

impl<'a> Builder<'a> {
    fn new(text: &'a str) -> Self {
        Builder {
            text,
            forms: Vec::new(),
            patterns: Vec::new(),
            seen: HashMap::new(),
            cue_phrase_patterns: HashMap::new(),
            cues: Vec::new(),
            reversers: Vec::new(),
            contexts: Vec::new(),
        }
    }

    fn build(mut self, file: LexiconFile) -> Result<Lexicon, BuildError> {
        for spec in file.cue {
            let side = parse_side(&spec.side, "side")?;
            let stance = match &spec.stance {
                Some(s) => parse_side(s, "stance")?,
                None => side,
            };
            let facet = FACETS
                .iter()
                .find(|f| **f == spec.facet.get_ref().trim())
                .ok_or_else(|| {
                    (
                        spec.facet.span().start,
                        format!(
                            "unknown facet '{}' (one of: {})",
                            spec.facet.get_ref(),
                            FACETS.join(", ")
                        ),
                    )
                })?;
            let weight = match &spec.weight {
                Some(w)
                    if !(w.get_ref().is_finite()
                        && *w.get_ref() > 0.0
                        && *w.get_ref() <= 100.0) =>
                {
                    return Err((
                        w.span().start,
                        format!("weight {} must be above 0 and at most 100", w.get_ref()),
                    ));
                }
                Some(w) => *w.get_ref(),
                None => 1.0,
            };
            let cue = self.cues.len();
            self.cues.push(Cue {
                side,
                stance,
                weight,
                facet,
                note: spec.note,
                generic: spec.generic,
            });
            let first = self.patterns.len();
            self.add_phrases(&spec.phrases, PatternKind::Cue(cue))?;
            for phrase in &spec.phrases {
                let ids = self
                    .cue_phrase_patterns
                    .entry(expand::normalise(phrase.get_ref()))
                    .or_default();
                ids.extend(first..self.patterns.len());
            }
        }
        for spec in file.reverser {
            let position = match &spec.position {
                None => Position::Before,
                Some(p) => match p.get_ref().trim() {
                    "before" => Position::Before,
                    "after" => Position::After,
                    "both" => Position::Both,
                    other => {
                        return Err((
                            p.span().start,
                            format!("unknown position '{other}' (before, after or both)"),
                        ))
                    }
                },
            };
            let scope_words = count_field(&spec.scope_words, DEFAULT_SCOPE_WORDS, "scope_words")?;
            let id = self.reversers.len();
            self.reversers.push(Reverser {
                position,
                scope_words,
            });
            self.add_phrases(&spec.phrases, PatternKind::Reverser(id))?;
        }
        for spec in file.ignore {
            self.add_phrases(&spec.phrases, PatternKind::Ignore)?;
        }
        for spec in file.governance {
            self.add_phrases(&spec.phrases, PatternKind::Governance)?;
        }
        for spec in file.context {
            let factor = *spec.factor.get_ref();
            if !(factor.is_finite() && (0.0..=100.0).contains(&factor)) {
                return Err((
                    spec.factor.span().start,
                    format!("factor {factor} must be from 0 to 100"),
                ));
            }
            let mut cue_patterns = HashSet::new();
            for cue in &spec.cues {
                let ids = self
                    .cue_phrase_patterns
                    .get(&expand::normalise(cue.get_ref()))
                    .ok_or_else(|| {
                        (
                            cue.span().start,
                            format!("context names '{}', which no [[cue]] lists", cue.get_ref()),
                        )
                    })?;
                cue_patterns.extend(ids.iter().copied());
            }
            let within_words =
                count_field(&spec.within_words, DEFAULT_WITHIN_WORDS, "within_words")?;
            let id = self.contexts.len();
            self.contexts.push(Context {
                cue_patterns,
                within_words,
                factor,
                rule: spec.rule,
            });
            self.add_phrases(&spec.phrases, PatternKind::Context(id))?;
        }
        if self.cues.is_empty() {
            return Err((0, "the lexicon has no [[cue]] entries".into()));
        }
        let article_anchors = count_field(
            &file.generic.and_then(|g| g.article_anchors),
            DEFAULT_ARTICLE_ANCHORS,
            "article_anchors",
        )?;
        let bytes: usize = self.forms.iter().map(String::len).sum();
        if bytes > MAX_FORM_BYTES {
            return Err((
                0,
                format!("the lexicon's phrases come to {bytes} bytes; at most {MAX_FORM_BYTES} can be compiled"),
            ));
        }
        Ok(Lexicon {
            compiled: Arc::new(Compiled {
                matcher: OnceLock::new(),
                forms: self.forms,
                patterns: self.patterns,
                cues: self.cues,
                reversers: self.reversers,
                contexts: self.contexts,
                article_anchors,
            }),
            fingerprint: 0,
        })
    }

    fn add_phrases(
        &mut self,
        phrases: &[Spanned<String>],
        kind: PatternKind,
    ) -> Result<(), BuildError> {
        if phrases.is_empty() {
            return Err((0, "an entry has an empty 'phrases' list".into()));
        }
        for phrase in phrases {
            let at = phrase.span().start;
            let forms = expand::expand(phrase.get_ref()).map_err(|m| (at, m))?;
            for form in forms {
                if let Some(&first) = self.seen.get(&form) {
                    let line = line_of(self.text, first);
                    return Err((at, format!("'{form}' is already listed (line {line})")));
                }
                // The offset, not the line: counting lines for every form
                // was most of the time a lexicon took to read.
                self.seen.insert(form.clone(), at);
                self.forms.push(form.clone());
                self.patterns.push(Pattern { kind, form });
            }
        }
        Ok(())
    }
}

fn parse_side(s: &Spanned<String>, field: &str) -> Result<Side, BuildError> {
    match s.get_ref().trim() {
        "central" => Ok(Side::Central),
        "local" => Ok(Side::Local),
        other => Err((
            s.span().start,
            format!("unknown {field} '{other}' (central or local)"),
        )),
    }
}

fn count_field(v: &Option<Spanned<i64>>, default: usize, field: &str) -> Result<usize, BuildError> {
    match v {
        None => Ok(default),
        Some(n) if (0..=200).contains(n.get_ref()) => Ok(*n.get_ref() as usize),
        Some(n) => Err((
            n.span().start,
            format!("{field} {} must be from 0 to 200", n.get_ref()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[cue]]
side = "central"
facet = "targets and performance management"
phrases = ["target{,s}"]
"#;

    fn error(text: &str) -> String {
        format!("{:#}", Lexicon::from_toml(text).unwrap_err())
    }

    #[test]
    fn the_bundled_lexicon_compiles_with_every_facet_used() {
        let lex = Lexicon::bundled();
        for facet in FACETS {
            assert!(
                lex.cues.iter().any(|c| c.facet == facet),
                "no cue for {facet}"
            );
        }
        assert!(lex
            .cues
            .iter()
            .any(|c| c.pejorative() && c.side == Side::Central));
        assert!(lex
            .cues
            .iter()
            .any(|c| c.pejorative() && c.side == Side::Local));
    }

    #[test]
    fn a_minimal_lexicon_compiles() {
        let lex = Lexicon::from_toml(GOOD).unwrap();
        assert_eq!(lex.cue_count(), 1);
        assert_eq!(lex.patterns.len(), 2);
    }

    #[test]
    fn the_automaton_is_built_at_its_first_use_and_finds_the_forms() {
        let lex = Lexicon::from_toml(GOOD).unwrap();
        // Read and checked, not yet compiled: a reopen from the store never
        // scores text, and so never waits for it.
        assert!(lex.matcher.get().is_none());
        let text = "Trusts missed their targets again.";
        let found = crate::analysis::theme::matching::find(&lex, text);
        assert!(lex.matcher.get().is_some());
        let forms: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(forms, ["targets"]);
        // A clone shares the one automaton.
        assert!(lex.clone().matcher.get().is_some());
    }

    #[test]
    fn an_unknown_side_names_its_line() {
        let text = GOOD.replace("\"central\"", "\"centre\"");
        assert_eq!(
            error(&text),
            "'<lexicon>' line 3: unknown side 'centre' (central or local)"
        );
    }

    #[test]
    fn other_mistakes_name_their_line_too() {
        let facet = GOOD.replace("targets and performance management", "power");
        assert!(error(&facet).starts_with("'<lexicon>' line 4: unknown facet 'power'"));
        let braces = GOOD.replace("target{,s}", "target{,s");
        assert!(error(&braces).starts_with("'<lexicon>' line 5: unclosed '{'"));
        let duplicate = format!("{GOOD}{}", GOOD.replace("target{,s}", "targets"));
        assert_eq!(
            error(&duplicate),
            "'<lexicon>' line 10: 'targets' is already listed (line 5)"
        );
        let syntax = GOOD.replace("phrases = [", "phrases = ");
        let e = error(&syntax);
        assert!(e.starts_with("'<lexicon>' line 5: "), "{e}");
        assert!(!e.contains('\n'));
        let unknown_field = GOOD.replace("phrases", "phrase");
        assert!(error(&unknown_field).starts_with("'<lexicon>' line 5: unknown field `phrase`"));
        let weight = format!("{GOOD}weight = -1\n");
        assert!(error(&weight).starts_with("'<lexicon>' line 6: weight -1"));
        assert!(error("").contains("no [[cue]] entries"));
        let context = format!(
            "{GOOD}[[context]]\nphrases = [\"x\"]\ncues = [\"nope\"]\nfactor = 0.0\nrule = \"r\"\n"
        );
        assert!(error(&context).starts_with("'<lexicon>' line 8: context names 'nope'"));
    }

    #[test]
    fn load_names_the_file() {
        let dir = std::env::temp_dir().join(format!("centreline-lexicon-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("my.toml");
        std::fs::write(&path, GOOD.replace("\"central\"", "\"centre\"")).unwrap();
        let e = format!("{:#}", Lexicon::load(&path).unwrap_err());
        assert!(
            e.starts_with(&format!(
                "'{}' line 3: unknown side 'centre'",
                path.display()
            )),
            "{e}"
        );
        let missing = format!("{:#}", Lexicon::load(&dir.join("absent.toml")).unwrap_err());
        assert!(missing.contains("absent.toml"), "{missing}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
