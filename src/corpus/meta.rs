//! Metadata from outside the text: a folder's `corpus.toml` manifest and a
//! Markdown file's front matter.

use super::date::{parse_date, DateError, PartialDate};
use serde::Deserialize;
use std::collections::HashMap;

/// What metadata can say about one article; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub date_approximate: Option<bool>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// Free text for people reading the manifest; not shown.
    pub note: Option<String>,
}

impl Meta {
    /// Fill fields this one leaves empty from `other`.
    pub fn or(mut self, other: &Meta) -> Meta {
        self.title = self.title.or_else(|| other.title.clone());
        self.date = self.date.or(other.date);
        self.date_approximate = self.date_approximate.or(other.date_approximate);
        self.source = self.source.or_else(|| other.source.clone());
        self.author = self.author.or_else(|| other.author.clone());
        self
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    article: Vec<ManifestEntry>,
}

/// One `[[article]]`: the file and its [`Meta`] fields. Spelt out rather than
/// `#[serde(flatten)]`ed, because flattening loses the line of an unknown key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    file: String,
    title: Option<String>,
    date: Option<String>,
    date_approximate: Option<bool>,
    source: Option<String>,
    author: Option<String>,
    note: Option<String>,
}

/// A parsed `corpus.toml`: metadata by file path relative to its folder.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub by_file: HashMap<String, Meta>,
}

impl Manifest {
    /// Parse a manifest; the error names the line and what is wrong.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let file: ManifestFile = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        let mut by_file = HashMap::new();
        for entry in file.article {
            let mut meta = Meta {
                title: entry.title,
                date: None,
                date_approximate: entry.date_approximate,
                source: entry.source,
                author: entry.author,
                note: entry.note,
            };
            if let Some(d) = &entry.date {
                let date = parse_date(d)
                    .map_err(|e| format!("article '{}': {}", entry.file, date_problem(d, e)))?;
                let approx = meta.date_approximate.unwrap_or(false) || date.approximate();
                meta.date = Some(date.with_approximate(approx));
                meta.date_approximate = Some(approx);
            }
            by_file.insert(entry.file.replace('\\', "/"), meta);
        }
        Ok(Manifest { by_file })
    }
}

/// `line N: message` for a TOML error.
pub fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim_end().to_string();
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: {msg}")
        }
        None => msg,
    }
}

/// What is wrong with a date that was not read, for a warning or an error.
pub fn date_problem(raw: &str, e: DateError) -> String {
    match e {
        DateError::Impossible => format!("date '{raw}' does not exist"),
        DateError::Unrecognised => format!(
            "date '{raw}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD, ISO 8601, RFC 2822 or '4 December 2001')"
        ),
    }
}

/// Split `---` front matter (simple `key: value` lines) from a Markdown file.
/// Returns the metadata, the body, and a warning for anything not understood.
pub fn front_matter(text: &str) -> (Meta, &str, Vec<String>) {
    let mut meta = Meta::default();
    let mut warnings = Vec::new();
    let Some(rest) = text.strip_prefix("---\n") else {
        return (meta, text, warnings);
    };
    let Some(end) = rest
        .find("\n---\n")
        .or_else(|| rest.strip_suffix("\n---").map(|r| r.len()))
    else {
        return (meta, text, warnings);
    };
    let block = &rest[..end];
    let body = rest.get(end + 5..).unwrap_or("");
    for line in block.lines() {
        let Some((key, value)) = line.split_once(':') else {
            if !line.trim().is_empty() {
                warnings.push(format!("front matter line not understood: {line}"));
            }
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value),
            "source" | "publication" => meta.source = Some(value),
            "author" | "by" => meta.author = Some(value),
            "date" => match parse_date(&value) {
                Ok(d) => {
                    let approx = d.approximate() || meta.date_approximate.unwrap_or(false);
                    meta.date = Some(d.with_approximate(approx));
                    meta.date_approximate = Some(approx);
                }
                Err(e) => warnings.push(format!("{}; ignored", date_problem(&value, e))),
            },
            "date_approximate" => {
                let approx = value == "true";
                meta.date_approximate = Some(approx);
                meta.date = meta.date.map(|d| d.with_approximate(approx));
            }
            _ => {}
        }
    }
    (meta, body, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let (m, _, w) = front_matter("---\ndate: 2000-10\n---\nText\n");
        assert_eq!(m.date.as_deref(), Some("2000-10"));
        assert_eq!(m.date_approximate, Some(false));
        assert!(w.is_empty());
        let (m, _, _) = front_matter("---\ndate: ~2024\n---\nText\n");
        assert_eq!(m.date.as_deref(), Some("2024"));
        assert_eq!(m.date_approximate, Some(true));
        let (m, _, w) = front_matter("---\ndate: 2000-13\n---\nText\n");
        assert_eq!(m.date, None);
        assert!(w[0].contains("does not exist"), "{w:?}");
        let (m, _, w) = front_matter("---\ndate: last week\n---\nText\n");
        assert_eq!(m.date, None);
        assert!(w[0].contains("not a date"), "{w:?}");
    }

    #[test]
    fn front_matter_is_read() {
        let (m, body, w) = front_matter(
            "---\ntitle: \"A: b\"\ndate: 2001-06\nauthor: Jo Bloggs\n---\nText here\n",
        );
        assert_eq!(m.title.as_deref(), Some("A: b"));
        assert_eq!(m.date.as_deref(), Some("2001-06"));
        assert_eq!(m.author.as_deref(), Some("Jo Bloggs"));
        assert_eq!(body, "Text here\n");
        assert!(w.is_empty());
    }

    #[test]
    fn manifest_errors_name_the_line() {
        let err = Manifest::parse("[[article]]\nfile = \"a.txt\"\ndate = \"soon\"\n").unwrap_err();
        assert!(err.contains("soon"), "{err}");
        let err = Manifest::parse("[[article]]\nfile = \"a.txt\"\ncolour = 1\n").unwrap_err();
        assert!(err.starts_with("line 3"), "{err}");
    }
}
