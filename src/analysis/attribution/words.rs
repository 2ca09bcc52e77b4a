//! Attribution's word lists as data: `assets/attribution/words.toml`, read
//! once, with errors that name the file and line.
//!
//! The lists are looked up for nearly every capitalised word of a corpus, so
//! each becomes a [`WordSet`] (no allocation per lookup); the text is parsed
//! on first use and kept for the life of the process. The bundled file is
//! checked by the tests (every list the code asks for is there, every word is
//! lower case), so a mistake in it fails the build's tests rather than a
//! user's run.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

pub const BUNDLED_PATH: &str = "assets/attribution/words.toml";
pub(crate) const BUNDLED: &str = include_str!("../../../assets/attribution/words.toml");

#[derive(Debug, Deserialize)]
struct List {
    words: String,
}

/// A name with its other forms: a party, or a given name and its short forms.
#[derive(Debug, Clone, Deserialize)]
pub struct Forms {
    pub name: String,
    pub forms: String,
}

/// What a named body is called after (`the paper`): see `org_kind` in the file.
#[derive(Debug, Clone, Deserialize)]
struct OrgKind {
    heads: String,
    ends: String,
}

#[derive(Debug, Deserialize)]
struct File {
    #[serde(default)]
    org_kind: Vec<OrgKind>,
    #[serde(default)]
    party: Vec<Forms>,
    #[serde(default)]
    given_variant: Vec<Forms>,
    #[serde(default)]
    body_word: Vec<Forms>,
    #[serde(default)]
    office_abbreviation: Vec<Forms>,
    #[serde(flatten)]
    lists: HashMap<String, List>,
}

/// The parsed lists.
#[derive(Debug)]
pub struct Words {
    lists: HashMap<String, &'static str>,
    /// Lower-case form (words joined by `-` or spaces) → party name.
    pub parties: HashMap<String, String>,
    /// Lower-case short given name → its full form.
    pub given_variants: HashMap<String, String>,
    /// Lower-case abbreviation in a body's name (`st`) → the word it stands
    /// for (`Street`).
    pub body_words: HashMap<String, String>,
    /// Lower-case abbreviation of an office (`pm`) → the office (`prime
    /// minister`, one of the `office` list).
    pub office_abbreviations: HashMap<String, String>,
    /// Lower-case head of a definite description (`paper`) → the last words
    /// of the names it can stand for (`times`, `guardian`, …).
    pub org_kinds: HashMap<String, Vec<String>>,
}

/// The names of the lists the code reads: all must be in the file.
pub const LISTS: &[&str] = &[
    "not_name",
    "not_given",
    "org",
    "place",
    "role_head",
    "role_stop",
    "male_given",
    "female_given",
    "group",
    "verb_modifier",
    "object_preposition",
    "speaks_for",
    "reported_modal",
    "degree_word",
    "degree_adverb",
    "office",
    "adjunct_opener",
    "function_word",
    "title_acronym",
    "lower_case_body_head",
    "bare_body",
    "document",
    "document_author",
    "auxiliary",
    "side_name",
];

use crate::analysis::lexicon::line_of;

/// Parse an attribution data file (`words.toml`, `rules.toml`); a syntax or
/// type error names the file and line (`'words.toml' line 12: …`).
pub(super) fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
) -> Result<T, String> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        format!("'{file}' line {line}: {}", e.message())
    })
}

impl Words {
    /// Parse a words file; `file` names it in errors (`'words.toml' line 12:
    /// …`).
    pub fn parse(text: &str, file: &str) -> Result<Words, String> {
        let parsed: File = parse_toml(text, file)?;
        let at = |needle: &str| text.find(needle).map_or(1, |o| line_of(text, o));
        let mut lists = HashMap::new();
        for (name, list) in parsed.lists {
            if let Some(bad) = list
                .words
                .split_whitespace()
                .find(|w| w.chars().any(|c| c.is_uppercase()))
            {
                return Err(format!(
                    "'{file}' line {}: list '{name}': '{bad}' is not lower case",
                    at(bad)
                ));
            }
            let words: String = list.words.split_whitespace().collect::<Vec<_>>().join(" ");
            lists.insert(name, &*Box::leak(words.into_boxed_str()));
        }
        if let Some(missing) = LISTS.iter().find(|l| !lists.contains_key(**l)) {
            return Err(format!("'{file}' line 1: no list named '{missing}'"));
        }
        let forms = |entries: &[Forms], kind: &str| -> Result<HashMap<String, String>, String> {
            let mut map = HashMap::new();
            for f in entries {
                if f.name.trim().is_empty() {
                    return Err(format!(
                        "'{file}' line {}: a {kind} with no name",
                        at("name = \"\"")
                    ));
                }
                for form in f.forms.split_whitespace() {
                    // (Looked up in lower case: a capital would never match.)
                    if form.chars().any(char::is_uppercase) {
                        return Err(format!(
                            "'{file}' line {}: {kind} '{}': form '{form}' is not lower case",
                            at(&format!("forms = \"{}\"", f.forms)),
                            f.name
                        ));
                    }
                    let form = form.replace('-', " ");
                    if let Some(other) = map.insert(form.clone(), f.name.clone()) {
                        return Err(format!(
                            "'{file}' line {}: '{form}' is a form of both '{other}' and '{}'",
                            at(&format!("name = \"{}\"", f.name)),
                            f.name
                        ));
                    }
                }
            }
            Ok(map)
        };
        let mut org_kinds: HashMap<String, Vec<String>> = HashMap::new();
        for kind in &parsed.org_kind {
            let ends: Vec<String> = kind.ends.split_whitespace().map(str::to_string).collect();
            if let Some(bad) = kind
                .heads
                .split_whitespace()
                .chain(ends.iter().map(String::as_str))
                .find(|w| w.chars().any(char::is_uppercase))
            {
                return Err(format!(
                    "'{file}' line {}: org_kind: '{bad}' is not lower case",
                    at(bad)
                ));
            }
            for head in kind.heads.split_whitespace() {
                org_kinds
                    .entry(head.to_string())
                    .or_default()
                    .extend(ends.iter().cloned());
            }
        }
        Ok(Words {
            lists,
            org_kinds,
            parties: forms(&parsed.party, "party")?,
            given_variants: forms(&parsed.given_variant, "given name")?,
            body_words: forms(&parsed.body_word, "body word")?,
            office_abbreviations: forms(&parsed.office_abbreviation, "office")?,
        })
    }

    /// The space-separated words of one list.
    pub fn list(&self, name: &str) -> &'static str {
        self.lists
            .get(name)
            .unwrap_or_else(|| panic!("{BUNDLED_PATH}: no list named '{name}'"))
    }
}

/// The bundled lists.
pub fn bundled() -> &'static Words {
    static WORDS: LazyLock<Words> =
        LazyLock::new(|| Words::parse(BUNDLED, BUNDLED_PATH).unwrap_or_else(|e| panic!("{e}")));
    &WORDS
}

/// A lazily built set of the bundled lists `a` and `b` (`""` for none).
macro_rules! word_set {
    ($a:literal) => {
        std::sync::LazyLock::new(|| {
            $crate::analysis::text::WordSet::new(
                $crate::analysis::attribution::words::bundled().list($a),
            )
        })
    };
    ($a:literal, $b:literal) => {
        std::sync::LazyLock::new(|| {
            let w = $crate::analysis::attribution::words::bundled();
            $crate::analysis::text::WordSet::union(w.list($a), w.list($b))
        })
    };
}
pub(crate) use word_set;

/// A word that names a kind of body once named (`the paper`, `the agency`):
/// a head of the `org_kind` tables.
pub fn is_org_kind(w: &str) -> bool {
    bundled().org_kinds.contains_key(w)
}

/// A word that opens a phrase of time, place or audience after a speech verb
/// (`said on Tuesday`, `told reporters`): the `adjunct_opener` list.
pub fn is_adjunct_opener(w: &str) -> bool {
    static SET: LazyLock<crate::analysis::text::WordSet> = word_set!("adjunct_opener");
    SET.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lists_parse_and_hold_what_the_code_asks_for() {
        let w = bundled();
        for name in LISTS {
            assert!(!w.list(name).is_empty(), "{name}");
        }
        assert_eq!(w.parties["tories"], "Conservative Party");
        assert_eq!(w.parties["lib dems"], "Liberal Democrats");
        assert_eq!(w.given_variants["vince"], "vincent");
        assert_eq!(w.body_words["st"], "Street");
        // Every abbreviation stands for an office the code knows as one.
        for office in w.office_abbreviations.values() {
            assert!(
                crate::analysis::attribution::names::is_office(office),
                "{office}"
            );
        }
        assert!(w.list("not_name").split(' ').any(|x| x == "tuesday"));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = Words::parse("[org]\nwords = \"bank\"\n[oops\n", "w.toml").unwrap_err();
        assert!(e.starts_with("'w.toml' line 3:"), "{e}");
        let e = Words::parse("[org]\nwords = \"\"\"\nbank\nBoard\n\"\"\"\n", "w.toml").unwrap_err();
        assert_eq!(e, "'w.toml' line 4: list 'org': 'Board' is not lower case");
        let e = Words::parse("[org]\nwords = \"bank\"\n", "w.toml").unwrap_err();
        assert!(e.contains("no list named 'not_name'"), "{e}");
        // A form in capitals would never match: refused, with its line.
        let capital = BUNDLED.replace("forms = \"st st.\"", "forms = \"St\"");
        let line = capital.lines().position(|l| l == "forms = \"St\"").unwrap() + 1;
        let e = Words::parse(&capital, "w.toml").unwrap_err();
        assert_eq!(
            e,
            format!("'w.toml' line {line}: body word 'Street': form 'St' is not lower case")
        );
    }
}
