//! Metadata from outside the text: a folder's `corpus.toml` manifest and a
//! Markdown file's front matter.

use serde::Deserialize;
use std::collections::HashMap;

/// What metadata can say about one article; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    pub date: Option<String>,
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
        self.date = self.date.or_else(|| other.date.clone());
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    file: String,
    #[serde(flatten)]
    meta: Meta,
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
            let mut meta = entry.meta;
            if let Some(d) = &meta.date {
                let (date, approx) = parse_date(d).ok_or_else(|| {
                    format!("article '{}': date '{d}' is not YYYY, YYYY-MM or YYYY-MM-DD", entry.file)
                })?;
                meta.date = Some(date);
                meta.date_approximate = Some(meta.date_approximate.unwrap_or(false) || approx);
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

/// Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with `~` or `c.` or `circa ` in
/// front marking the date approximate. Returns the date and that mark.
pub fn parse_date(raw: &str) -> Option<(String, bool)> {
    let mut s = raw.trim();
    let mut approx = false;
    for prefix in ["~", "c.", "circa ", "about "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim();
            approx = true;
        }
    }
    let parts: Vec<&str> = s.split('-').collect();
    let ok = match parts.as_slice() {
        [y] => is_num(y, 4),
        [y, m] => is_num(y, 4) && is_month(m),
        [y, m, d] => is_num(y, 4) && is_month(m) && is_num(d, 2) && (1..=31).contains(&d.parse::<u32>().ok()?),
        _ => false,
    };
    ok.then(|| (s.to_string(), approx))
}

fn is_num(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_month(s: &str) -> bool {
    is_num(s, 2) && (1..=12).contains(&s.parse::<u32>().unwrap_or(0))
}

/// Split `---` front matter (simple `key: value` lines) from a Markdown file.
/// Returns the metadata, the body, and a warning for anything not understood.
pub fn front_matter(text: &str) -> (Meta, &str, Vec<String>) {
    let mut meta = Meta::default();
    let mut warnings = Vec::new();
    let Some(rest) = text.strip_prefix("---\n") else {
        return (meta, text, warnings);
    };
    let Some(end) = rest.find("\n---\n").or_else(|| rest.strip_suffix("\n---").map(|r| r.len())) else {
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
                Some((d, approx)) => {
                    meta.date = Some(d);
                    meta.date_approximate = Some(approx || meta.date_approximate.unwrap_or(false));
                }
                None => warnings.push(format!("date '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")),
            },
            "date_approximate" => meta.date_approximate = Some(value == "true"),
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
        assert_eq!(parse_date("2000-10"), Some(("2000-10".into(), false)));
        assert_eq!(parse_date("~2024"), Some(("2024".into(), true)));
        assert_eq!(parse_date("2000-13"), None);
        assert_eq!(parse_date("last week"), None);
    }

    #[test]
    fn front_matter_is_read() {
        let (m, body, w) = front_matter("---\ntitle: \"A: b\"\ndate: 2001-06\nauthor: Jo Bloggs\n---\nText here\n");
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
