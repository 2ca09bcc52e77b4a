//! Attribution's rules as data: `assets/attribution/rules.toml` holds the
//! speech cues, the order in which the crediting rules are tried and the
//! numbers they use, so that they can be read and tuned without reading Rust
//! (the word lists are in `words.toml`, see [`super::words`]).
//!
//! The file is parsed once, on first use; a mistake in it is an error that
//! names the file and line. The bundled file is checked by the tests, so a
//! mistake fails the build's tests rather than a user's run.

use crate::analysis::lexicon::line_of;
use serde::Deserialize;
use std::sync::LazyLock;

pub const BUNDLED_PATH: &str = "assets/attribution/rules.toml";
pub(crate) const BUNDLED: &str = include_str!("../../../assets/attribution/rules.toml");

/// A rule that credits a quotation from a cue or a signature near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditRule {
    SideName,
    SaidAfterQuote,
    DashSignature,
    Interrupted,
    CueBefore,
    CueAfter,
}

/// What becomes of a quotation no [`CreditRule`] credited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    Continuation,
    Modifier,
    SentenceSubject,
    ScareQuote,
    Narration,
    CurrentSpeaker,
}

impl CreditRule {
    const ALL: [(&'static str, CreditRule); 6] = [
        ("side-name", CreditRule::SideName),
        ("said-after-quote", CreditRule::SaidAfterQuote),
        ("dash-signature", CreditRule::DashSignature),
        ("interrupted", CreditRule::Interrupted),
        ("cue-before", CreditRule::CueBefore),
        ("cue-after", CreditRule::CueAfter),
    ];
}

impl Fallback {
    const ALL: [(&'static str, Fallback); 6] = [
        ("continuation", Fallback::Continuation),
        ("modifier", Fallback::Modifier),
        ("sentence-subject", Fallback::SentenceSubject),
        ("scare-quote", Fallback::ScareQuote),
        ("narration", Fallback::Narration),
        ("current-speaker", Fallback::CurrentSpeaker),
    ];
}

/// A speech verb: (base, third person, past, present participle; `-` for a
/// form that is no cue), whether it reports speech on its own, and whether
/// it may credit a quotation in marks.
#[derive(Debug, Clone)]
pub struct Verb {
    pub forms: [&'static str; 4],
    pub reports: bool,
    /// `false` for verbs of thought (`expect`, `hope`): they report a clause
    /// (`experts expect the vote to be close`) but a quotation beside them
    /// is someone's words, never theirs (`Lord Strathclyde said ministers
    /// should expect it to be "substantially re-written"`).
    pub quotes: bool,
}

/// The numbers the rules use (see the comments in the file).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub scare_quote_max_words: usize,
    pub direct_min_words: usize,
    pub said_after_quote_gap: usize,
    pub speaker_memory_paragraphs: usize,
    pub subject_memory_paragraphs: usize,
    pub reported_speech_reach: usize,
}

/// The parsed rules.
#[derive(Debug)]
pub struct Rules {
    pub verbs: Vec<Verb>,
    /// Cues that are not verbs, whose speaker follows (`according to`).
    pub phrases: Vec<&'static str>,
    pub credit: Vec<CreditRule>,
    pub fallback: Vec<Fallback>,
    pub thresholds: Thresholds,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Order {
    order: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueEntry {
    forms: String,
    #[serde(default = "yes")]
    reports: bool,
    #[serde(default = "yes")]
    quotes: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseEntry {
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    credit: Order,
    fallback: Order,
    thresholds: Thresholds,
    #[serde(default)]
    cue: Vec<CueEntry>,
    #[serde(default)]
    phrase: Vec<PhraseEntry>,
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Names in `order`, each known and each once, as their rules.
fn ordered<T: Copy>(
    order: &[String],
    known: &[(&'static str, T)],
    what: &str,
    err: &dyn Fn(&str, String) -> String,
) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for name in order {
        let Some((_, rule)) = known.iter().find(|(n, _)| n == name) else {
            let names: Vec<_> = known.iter().map(|(n, _)| *n).collect();
            return Err(err(
                &format!("\"{name}\""),
                format!(
                    "no {what} rule named '{name}' (known: {})",
                    names.join(", ")
                ),
            ));
        };
        if seen.contains(&name.as_str()) {
            return Err(err(
                &format!("\"{name}\""),
                format!("{what} rule '{name}' is listed twice"),
            ));
        }
        seen.push(name);
        out.push(*rule);
    }
    Ok(out)
}

impl Rules {
    /// Parse a rules file; `file` names it in errors (`'rules.toml' line 12:
    /// …`).
    pub fn parse(text: &str, file: &str) -> Result<Rules, String> {
        let parsed: File = super::words::parse_toml(text, file)?;
        let err = |needle: &str, msg: String| {
            let line = text.find(needle).map_or(1, |o| line_of(text, o));
            format!("'{file}' line {line}: {msg}")
        };
        let credit = ordered(&parsed.credit.order, &CreditRule::ALL, "credit", &err)?;
        let fallback = ordered(&parsed.fallback.order, &Fallback::ALL, "fallback", &err)?;
        if !fallback.contains(&Fallback::CurrentSpeaker) {
            return Err(err(
                "[fallback]",
                "the fallback order must end somewhere: list 'current-speaker'".to_string(),
            ));
        }
        let mut verbs = Vec::new();
        for c in &parsed.cue {
            let forms: Vec<&str> = c.forms.split('|').map(str::trim).collect();
            let bad = forms.len() != 4
                || forms
                    .iter()
                    .any(|f| f.is_empty() || f.chars().any(|ch| ch.is_uppercase()))
                || forms.iter().all(|f| *f == "-");
            if bad {
                return Err(err(
                    &c.forms,
                    format!(
                        "cue '{}': give four lower-case forms separated by '|' (base | third person | past | participle; '-' for none)",
                        c.forms
                    ),
                ));
            }
            verbs.push(Verb {
                forms: [
                    leak(forms[0].to_string()),
                    leak(forms[1].to_string()),
                    leak(forms[2].to_string()),
                    leak(forms[3].to_string()),
                ],
                reports: c.reports,
                quotes: c.quotes,
            });
        }
        if verbs.is_empty() {
            return Err(format!("'{file}' line 1: no [[cue]] entries"));
        }
        let mut phrases = Vec::new();
        for p in &parsed.phrase {
            if p.text.trim().is_empty() || p.text.chars().any(|c| c.is_uppercase()) {
                return Err(err(
                    &format!("text = \"{}\"", p.text),
                    format!("phrase '{}' must be lower case and not empty", p.text),
                ));
            }
            phrases.push(leak(p.text.trim().to_string()));
        }
        Ok(Rules {
            verbs,
            phrases,
            credit,
            fallback,
            thresholds: parsed.thresholds,
        })
    }
}

/// The bundled rules.
pub fn bundled() -> &'static Rules {
    static RULES: LazyLock<Rules> =
        LazyLock::new(|| Rules::parse(BUNDLED, BUNDLED_PATH).unwrap_or_else(|e| panic!("{e}")));
    &RULES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_rules_parse_and_name_every_rule() {
        let r = bundled();
        assert_eq!(r.credit.len(), CreditRule::ALL.len());
        assert_eq!(r.fallback.len(), Fallback::ALL.len());
        assert!(r
            .verbs
            .iter()
            .any(|v| v.forms == ["say", "says", "said", "saying"]));
        assert!(r.verbs.iter().any(|v| v.forms[2] == "called" && !v.reports));
        assert!(r
            .verbs
            .iter()
            .any(|v| v.forms == ["-", "calls", "called", "calling"]));
        assert_eq!(r.phrases, ["according to"]);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let good = BUNDLED;
        let bad_rule = good.replacen("\"cue-after\"]", "\"cue-aftr\"]", 1);
        let e = Rules::parse(&bad_rule, "rules.toml").unwrap_err();
        assert!(e.starts_with("'rules.toml' line "), "{e}");
        assert!(e.contains("no credit rule named 'cue-aftr'"), "{e}");
        let line: usize = e["'rules.toml' line ".len()..]
            .split(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(bad_rule.lines().nth(line - 1).unwrap().contains("cue-aftr"));

        let twice = good.replacen("\"cue-after\"]", "\"cue-after\", \"cue-before\"]", 1);
        let e = Rules::parse(&twice, "rules.toml").unwrap_err();
        assert!(e.contains("listed twice"), "{e}");

        let bad_cue = good.replacen(
            "forms = \"say | says | said | saying\"",
            "forms = \"say | says\"",
            1,
        );
        let e = Rules::parse(&bad_cue, "rules.toml").unwrap_err();
        assert!(e.contains("four lower-case forms"), "{e}");

        let bad_number = good.replacen(
            "scare_quote_max_words = 4",
            "scare_quote_max_words = \"four\"",
            1,
        );
        let e = Rules::parse(&bad_number, "rules.toml").unwrap_err();
        assert!(e.starts_with("'rules.toml' line "), "{e}");

        let unknown = good.replacen("[thresholds]", "[thresholds]\nsare_quote = 1", 1);
        let e = Rules::parse(&unknown, "rules.toml").unwrap_err();
        assert!(e.contains("sare_quote"), "{e}");
    }
}
