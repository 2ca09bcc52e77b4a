//! Formats other than plain text: saved web pages, RSS/Atom feeds, JSON Lines
//! and CSV exports, and newsboat's cache. Each reads its files into
//! [`Record`]s, the fields such sources give; [`document`] turns a record into
//! a [`Document`] by the same structure rules as a `.txt` file, so an article
//! is analysed the same whichever way it arrives.

pub mod byline;
pub mod csv_lines;
pub mod feed;
pub mod furniture;
pub mod html;
pub mod newsboat;
pub mod records;

use super::meta::Meta;
use super::structure::{derive, derive_under_title, paragraphs};
use super::Document;
use crate::model::{PartialDate, SharedStr};
use std::str::FromStr;

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.md`.
    Text,
    Html,
    /// RSS 2.0, RSS 1.0 or Atom.
    Feed,
    JsonLines,
    Csv,
    /// newsboat's `cache.db`.
    Newsboat,
}

impl Format {
    /// The format a file's name says, for files found in a folder.
    pub fn of_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        if lower == "cache.db" {
            return Some(Format::Newsboat);
        }
        let ext = lower.rsplit_once('.')?.1;
        Some(match ext {
            "txt" | "md" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "xml" | "rss" | "atom" => Format::Feed,
            "jsonl" | "ndjson" => Format::JsonLines,
            "csv" => Format::Csv,
            _ => return None,
        })
    }
}

/// Whether a file's first bytes are an RSS or Atom feed, whatever its name.
pub fn looks_like_feed(head: &[u8]) -> bool {
    let head = &head[..head.len().min(2048)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
        && (text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:rdf"))
}

/// Whether a file's first bytes are a web page.
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = &head[..head.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = text.trim_start_matches('\u{feff}').trim_start();
    // After any XML declaration or comment: an XHTML page starts `<?xml`.
    t.starts_with('<') && (t.contains("<!doctype html") || t.contains("<html"))
}

/// Whether a file is an SQLite database.
pub fn looks_like_sqlite(head: &[u8]) -> bool {
    head.starts_with(b"SQLite format 3\0")
}

/// `1 item with no text skipped ("Only a link")`: how many items of a file
/// had no text, naming them (by title or guid) when there are few.
pub fn skipped_without_text(names: &[String]) -> String {
    let n = names.len();
    let noun = if n == 1 { "item" } else { "items" };
    let mut out = format!("{n} {noun} with no text skipped");
    if (1..=3).contains(&n) {
        let shown: Vec<String> = names.iter().map(|s| format!("\"{s}\"")).collect();
        out.push_str(&format!(" ({})", shown.join(", ")));
    }
    out
}

/// An article as a structured source gives it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// Where in its file: `12` (a line), `item-guid` (a feed item); made safe
    /// with [`fragment`].
    pub fragment: Option<String>,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
}

impl Record {
    /// The record's paragraphs from plain text, split as a `.txt` file is.
    pub fn with_text(mut self, text: &str) -> Record {
        self.paragraphs = paragraphs(&super::decode::normalise(text));
        self
    }
}

/// The document of a record from the file at `rel` (relative path). Its path
/// is `rel#fragment` when it has one. A title given by the source is the
/// title: the body is not searched for a headline, and a first paragraph that
/// repeats the title is dropped. Reporters named in the text's own byline
/// win over the source's author field; either way they are not speakers.
pub fn document(rel: &str, r: Record) -> Document {
    // Whatever the source, no control character or HTML entity reaches the
    // terminal (a URL keeps its `&`s: it is only cleaned).
    let tidy = |s: Option<String>| s.map(|s| html::plain(&s)).filter(|s| !s.is_empty());
    let mut paras = r.paragraphs;
    let title = tidy(r.title);
    let source = tidy(r.source);
    let url = r.url.map(|s| html::clean(&s)).filter(|s| !s.is_empty());
    let authors: Vec<String> = r
        .authors
        .iter()
        .map(|a| html::plain(a))
        .filter(|a| !a.is_empty())
        .collect();
    if let Some(t) = &title {
        if paras.first().is_some_and(|p| p.trim() == t.trim()) {
            paras.remove(0);
        }
    }
    let meta = Meta {
        title: title.clone(),
        date: r.date,
        date_approximate: r.date.map(|d| d.approximate()),
        source: source.clone(),
        author: None,
        note: None,
    };
    let s = if title.is_some() {
        derive_under_title(paras, &meta)
    } else {
        derive(paras, &meta)
    };
    let byline = if s.byline.is_empty() {
        authors.clone()
    } else {
        s.byline
    };
    let path = match &r.fragment {
        Some(f) => format!("{rel}#{f}"),
        None => rel.to_string(),
    };
    Document {
        id: SharedStr::default(),
        path,
        title: s.title,
        kicker: s.kicker,
        standfirst: s.standfirst,
        byline,
        date: r.date,
        date_approximate: r.date.is_some_and(|d| d.approximate()),
        source,
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        url,
        paragraphs: s.paragraphs,
    }
}

/// A guid, link or line number made safe for an id and a path: letters,
/// digits, `.`, `_` and `-` only, the scheme of a URL dropped, at most 80
/// characters (a long one keeps a hash of the whole, so two stay apart).
pub fn fragment(raw: &str) -> String {
    let raw = raw.trim();
    let body = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))
        .or_else(|| raw.strip_prefix("urn:"))
        .unwrap_or(raw);
    let mut out = String::with_capacity(body.len());
    for c in body.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches(['-', '.']).to_string();
    if out.len() <= 80 {
        return if out.is_empty() {
            format!("h{:08x}", fnv(raw) as u32)
        } else {
            out
        };
    }
    // Keep the end (a URL's slug says most), and a hash of the whole.
    let tail = &out[out.len() - 70..];
    format!("{}-{:08x}", tail.trim_matches(['-', '.']), fnv(raw) as u32)
}

/// FNV-1a: a stable hash (the standard library's is not stable across builds).
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Which field of a JSON line or CSV row holds what: `--fields
/// text=body,title=headline`. A name given is looked for first, and the
/// common names after it ([`FieldMap::candidates`]): one run over a folder of
/// exports from different tools then loads them all, those that use the
/// usual names as well as the one that needed mapping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldMap {
    given: Vec<(Role, String)>,
}

/// What a field means for an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Text,
    Title,
    Date,
    Source,
    Author,
    Url,
    Id,
}

impl Role {
    const ALL: [(Role, &'static str); 7] = [
        (Role::Text, "text"),
        (Role::Title, "title"),
        (Role::Date, "date"),
        (Role::Source, "source"),
        (Role::Author, "author"),
        (Role::Url, "url"),
        (Role::Id, "id"),
    ];

    /// The role's name, as `--fields` spells it.
    pub fn name(self) -> &'static str {
        Role::ALL
            .iter()
            .find(|(r, _)| *r == self)
            .map_or("", |(_, n)| n)
    }

    /// The field names that usually hold it, in order of preference.
    fn common_names(self) -> &'static [&'static str] {
        match self {
            Role::Text => &[
                "text",
                "body",
                "content",
                "article",
                "full_text",
                "fulltext",
                "story",
            ],
            Role::Title => &["title", "headline"],
            Role::Date => &[
                "date",
                "published",
                "pubdate",
                "pub_date",
                "published_at",
                "publication_date",
                "datetime",
            ],
            Role::Source => &["source", "publication", "publisher", "outlet"],
            Role::Author => &["author", "byline", "authors", "creator"],
            Role::Url => &["url", "link"],
            Role::Id => &["id", "guid", "uuid"],
        }
    }
}

impl FieldMap {
    /// The field names to look for `role` under, in order: the one given,
    /// then the common ones.
    pub fn candidates(&self, role: Role) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .given
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|(_, n)| n.as_str())
            .collect();
        for common in role.common_names() {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(common)) {
                names.push(common);
            }
        }
        names
    }

    /// The field name the user gave for `role`, if any.
    pub fn given(&self, role: Role) -> Option<&str> {
        self.given
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, n)| n.as_str())
    }

    /// The roles the user mapped, with the name given for each.
    pub fn given_roles(&self) -> impl Iterator<Item = (Role, &str)> {
        self.given.iter().map(|(r, n)| (*r, n.as_str()))
    }

    /// The warning for a mapped role that a file has under no name at all
    /// (neither the one given nor a usual one): said once per file, as the
    /// user asked for something the file does not have.
    pub fn missing(&self, role: Role) -> Option<String> {
        let given = self.given(role)?;
        let usual = role.common_names().join(", ");
        Some(format!(
            "no field '{given}' (from --fields {}={given}), nor {usual}",
            role.name()
        ))
    }

    /// Whether `role` was mapped by the user (then a missing field is named).
    pub fn is_given(&self, role: Role) -> bool {
        self.given.iter().any(|(r, _)| *r == role)
    }
}

impl FromStr for FieldMap {
    type Err = String;

    /// `text=body,title=headline,date=published`.
    fn from_str(s: &str) -> Result<FieldMap, String> {
        let mut given = Vec::new();
        for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((role, field)) = pair.split_once('=') else {
                return Err(format!("'{pair}' is not ROLE=FIELD (e.g. text=body)"));
            };
            let (role, field) = (role.trim().to_ascii_lowercase(), field.trim());
            let Some(&(r, _)) = Role::ALL.iter().find(|(_, n)| *n == role) else {
                let names: Vec<&str> = Role::ALL.iter().map(|(_, n)| *n).collect();
                return Err(format!(
                    "unknown field role '{role}' (one of {})",
                    names.join(", ")
                ));
            };
            if field.is_empty() {
                return Err(format!("'{pair}' names no field"));
            }
            given.retain(|(g, _)| *g != r);
            given.push((r, field.to_string()));
        }
        Ok(FieldMap { given })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_safe_and_stable() {
        assert_eq!(fragment("12"), "12");
        assert_eq!(
            fragment("https://www.bbc.co.uk/news/uk-politics-4132/"),
            "www.bbc.co.uk-news-uk-politics-4132"
        );
        assert_eq!(
            fragment("tag:example.org,2001:item 7"),
            "tag-example.org-2001-item-7"
        );
        assert_eq!(fragment("../../etc/passwd"), "etc-passwd");
        let long = format!("https://example.org/{}", "a/".repeat(100));
        let (a, b) = (fragment(&long), fragment(&format!("{long}b")));
        assert!(a.len() <= 80 && b.len() <= 80 && a != b, "{a} {b}");
        assert!(!fragment("///").is_empty());
    }

    #[test]
    fn field_map_parses_and_refuses() {
        let m: FieldMap = "text=body, title=headline,date=published".parse().unwrap();
        // The name given first, then the usual ones (each once).
        let text = m.candidates(Role::Text);
        assert_eq!(text[..2], ["body", "text"]);
        assert_eq!(text.iter().filter(|n| **n == "body").count(), 1);
        assert!(text.contains(&"full_text") && text.contains(&"story"));
        assert_eq!(m.candidates(Role::Date)[..2], ["published", "date"]);
        assert_eq!(m.given(Role::Text), Some("body"));
        assert_eq!(m.given(Role::Url), None);
        assert!(m.candidates(Role::Source).contains(&"publication"));
        assert!("colour=red"
            .parse::<FieldMap>()
            .unwrap_err()
            .contains("colour"));
        assert!("text".parse::<FieldMap>().is_err());
        assert!("text=".parse::<FieldMap>().is_err());
    }

    #[test]
    fn no_control_character_reaches_a_document() {
        let d = document(
            "x.jsonl",
            Record {
                fragment: Some("3".into()),
                title: Some("Cuts\u{7}".into()),
                source: Some("BBC\u{1b}[2J News".into()),
                url: Some("https://example.org/\u{0}a".into()),
                authors: vec!["Jo\tBloggs".into()],
                paragraphs: vec!["The minister said cuts would follow.".into()],
                ..Record::default()
            },
        );
        assert_eq!(d.path, "x.jsonl#3");
        assert_eq!(d.title, "Cuts");
        assert_eq!(d.source.as_deref(), Some("BBC[2J News"));
        assert_eq!(d.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(d.byline, ["Jo Bloggs"]);
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_feed(
            b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"
        ));
        assert!(looks_like_feed(
            b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        ));
        assert!(!looks_like_feed(b"The feed was cut, <rss> said"));
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
        assert!(!looks_like_html(b"<rss version=\"2.0\"><channel>"));
        assert!(!looks_like_html(b"The page said <html> was old"));
        assert!(looks_like_sqlite(b"SQLite format 3\0...."));
    }
}
