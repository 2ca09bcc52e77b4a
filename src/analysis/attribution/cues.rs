//! Speech cues: the verbs (in every inflection) and phrases that report
//! speech, as newsroom quote trackers list them. One Aho–Corasick automaton
//! finds them all in a single pass over the text.

use crate::analysis::text::one_of;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

/// The speech verbs and phrases, from `assets/attribution/rules.toml`.
fn verbs() -> &'static [super::rules::Verb] {
    &super::rules::bundled().verbs
}

fn phrases() -> &'static [&'static str] {
    &super::rules::bundled().phrases
}

/// A speech cue found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    /// Index into the verb table, or the verb count + phrase index.
    pub lemma: usize,
}

impl Cue {
    /// `according to`: the speaker follows the cue.
    pub fn speaker_follows(&self) -> bool {
        self.lemma >= verbs().len()
    }
    /// Whether the cue reports speech on its own (`said the plan would
    /// work`), rather than only characterising a quotation in its sentence
    /// (`called it a "…"`, `branded`, `dubbed`, `labelled`, `hailed`).
    pub fn reports(&self) -> bool {
        verbs().get(self.lemma).is_none_or(|v| v.reports)
    }

    /// Whether the cue may credit a quotation in marks (verbs of thought
    /// only report clauses: see `quotes` in `rules.toml`).
    pub fn quotes(&self) -> bool {
        verbs().get(self.lemma).is_none_or(|v| v.quotes)
    }

    /// The verb's base form (`say` for `said`).
    pub fn base(&self) -> &'static str {
        verbs().get(self.lemma).map_or_else(
            || phrases()[self.lemma - verbs().len()],
            |v| v.forms.into_iter().find(|f| *f != "-").unwrap_or(""),
        )
    }
}

struct Table {
    automaton: AhoCorasick,
    lemma_of: Vec<usize>,
    /// How many verbs (the rest are phrases): read for every match, so kept
    /// here rather than asked of the rules each time.
    verb_count: usize,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut lemma_of = Vec::new();
        // Four patterns per verb, so that a match's form is its pattern
        // modulo four; a form written `-` is a pattern that cannot match.
        for (i, v) in verbs().iter().enumerate() {
            for form in v.forms {
                patterns.push(if form == "-" { "\u{0}-" } else { form });
                lemma_of.push(i);
            }
        }
        for (i, p) in phrases().iter().enumerate() {
            patterns.push(p);
            lemma_of.push(verbs().len() + i);
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A few hundred short patterns: a full DFA is small and fastest.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("cue patterns are valid");
        Table {
            automaton,
            lemma_of,
            verb_count: verbs().len(),
        }
    })
}

fn is_word_byte_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
}

fn is_word_byte_after(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Every cue in `text[from..to]`, as whole words, in order.
pub fn find(text: &str, from: usize, to: usize, out: &mut Vec<Cue>) {
    let t = table();
    let hay = &text[..to];
    let input = aho_corasick::Input::new(hay).span(from..to);
    for m in t.automaton.find_iter(input) {
        if is_word_byte_before(text, m.start()) || is_word_byte_after(text, m.end()) {
            continue;
        }
        // Lower-case only: `Says` opening a headline is fine, but `State`,
        // `Report` and `Note` capitalised are nouns.
        // But a sentence may open with `According to the Times,` or with an
        // inverted `Said Ellis:`.
        let first = text[m.start()..].chars().next().unwrap_or(' ');
        let lemma = t.lemma_of[m.pattern().as_usize()];
        let opens_sentence = || {
            text[..m.start()]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '”' | '’' | '\''))
        };
        if first.is_uppercase()
            && lemma < t.verb_count
            && !(matches!(&text[m.start()..m.end()], "Said" | "Says" | "Added") && opens_sentence())
        {
            continue;
        }
        // `The Francis report said`: a cue word followed by another is a noun.
        let next: &str = text[m.end()..to]
            .trim_start_matches(' ')
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // `Mrs. Clinton's remark`, `his claim`, `the report`: after a
        // possessive or a determiner a cue word is a noun.
        let before = text[..m.start()].trim_end_matches(' ');
        let prev: &str = before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .next()
            .unwrap_or("");
        // (`he's said`, `it's claimed`: a contraction, not a possessive.)
        let contraction = prev
            .strip_suffix("'s")
            .or_else(|| prev.strip_suffix("’s"))
            .is_some_and(|w| {
                [
                    "he", "she", "it", "that", "who", "there", "what", "He", "She", "It", "That",
                ]
                .contains(&w)
            });
        if before.len() < m.start()
            && ((!contraction && (prev.ends_with("'s") || prev.ends_with("’s")))
                || matches!(
                    prev,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                        | "this"
                        | "these"
                        | "those"
                ))
        {
            continue;
        }
        // `Having said that, I'm always pleased …`, `That said, …`: a turn
        // of the writer's phrase, not anyone's speech.
        let word = &text[m.start()..m.end()];
        let after = &text[m.end()..to];
        if word == "said"
            && ((one_of(prev, &["Having", "having"]) && after.starts_with(" that,"))
                || (one_of(prev, &["That", "that"]) && after.starts_with(',')))
        {
            continue;
        }
        // (A past form is a verb whatever follows: `he denied accusing`.)
        let pattern = m.pattern().as_usize();
        let past = pattern < t.verb_count * 4 && pattern % 4 == 2;
        if !past && next.len() <= 12 && !next.is_empty() && is_cue_word(next) {
            continue;
        }
        // `the Secret Service … is said to be looking into the loss`, `Sony
        // is widely expected to face …`, `was found to have violated …`: a
        // passive before `to` says what others say or think of the subject,
        // never what the subject said.
        if past && after.starts_with(" to ") {
            let be = super::subject::is_be_form;
            let adverb_then_be = || {
                prev.ends_with("ly")
                    && before[..before.len() - prev.len()]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(be)
            };
            if be(prev) || adverb_then_be() {
                continue;
            }
        }
        // `"extravagant" Tory promises on policing`, `his claims of bias`:
        // an `-s` form that is also a plural noun, followed by a
        // preposition, is the noun. (`says of` stays a verb: it is no noun.)
        if pattern < t.verb_count * 4
            && pattern % 4 == 1
            && is_plural_noun_too(&text[m.start()..m.end()])
            && matches!(
                next,
                "on" | "of" | "about" | "for" | "from" | "over" | "in" | "at" | "by"
            )
        {
            continue;
        }
        out.push(Cue {
            start: m.start(),
            end: m.end(),
            lemma: t.lemma_of[m.pattern().as_usize()],
        });
    }
}

/// Third-person forms that are just as often plural nouns.
fn is_plural_noun_too(form: &str) -> bool {
    [
        "promises", "pledges", "claims", "demands", "comments", "reports", "remarks", "notes",
        "boasts", "jokes", "vows", "replies", "tweets", "cautions", "echoes", "welcomes", "calls",
        "labels", "brands",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(form))
}

/// Whether `word` is one of the one-word cues (any inflection).
pub fn is_cue_word(word: &str) -> bool {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut v: Vec<String> = verbs()
            .iter()
            .flat_map(|v| v.forms)
            .filter(|f| *f != "-")
            .filter(|f| !f.contains(' '))
            .map(str::to_string)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    words
        .binary_search_by(|probe| {
            probe
                .bytes()
                .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
        })
        .is_ok()
}

/// Byte offset of the first cue in `text`, if any.
pub fn first_cue_in(text: &str) -> Option<usize> {
    let mut v = Vec::new();
    find(text, 0, text.len(), &mut v);
    v.first().map(|c| c.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        find(t, 0, t.len(), &mut v);
        v.iter().map(|c| &t[c.start..c.end]).collect()
    }

    #[test]
    fn finds_every_inflection_as_whole_words() {
        assert_eq!(
            cues(
                "Mr Milburn told the conference: and he announced that every trust would be given"
            ),
            ["told", "announced"]
        );
        assert_eq!(cues("He calls for 'top-quality leadership'"), ["calls for"]);
        assert_eq!(
            cues("Mr Milburn also restated the government's emphasis"),
            Vec::<&str>::new()
        );
        // After a possessive or a determiner a cue word is a noun (PolNeAR:
        // `Mrs. Clinton's remark first as a compliment`).
        assert_eq!(
            cues("the plan's promises and the 'tension'"),
            Vec::<&str>::new()
        );
        assert_eq!(
            cues("treating Mrs. Clinton's remark first as a compliment"),
            Vec::<&str>::new()
        );
        assert_eq!(cues("his claim was denied"), ["denied"]);
        // A contraction is no possessive: `he's said`.
        assert_eq!(cues("he's said it before"), ["said"]);
        // A form written `-` is no cue: `state pensions`, `a call centre`;
        // so `says` before it stays a verb.
        assert_eq!(cues("Mr Brown says state pensions will rise"), ["says"]);
        assert_eq!(cues("the call centre closed"), Vec::<&str>::new());
        // `Said` opens an inverted sentence, but is a name elsewhere.
        assert_eq!(cues("Said Ellis: it was wrong."), ["Said"]);
        assert_eq!(cues("the critic Edward Said said so."), ["said"]);
        assert_eq!(cues("re-emphasised that 'reform'"), ["re-emphasised"]);
    }

    #[test]
    fn a_plural_noun_before_a_preposition_is_no_cue() {
        // BBC politics 2005.
        let t = "The Lib Dems said the plan could let extreme groups run policing, while Labour criticised \"extravagant\" Tory promises on policing.";
        assert_eq!(cues(t), ["said", "criticised"]);
        assert_eq!(cues("Labour promises to cut class sizes"), ["promises"]);
        assert_eq!(cues("he says of the plan"), ["says"]);
    }
}
