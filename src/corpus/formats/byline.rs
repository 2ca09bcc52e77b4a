//! A page's visible byline and dateline, when its metadata says nothing.
//!
//! Pages without JSON-LD or meta tags still print who wrote the piece and
//! when: in a byline element (`<p class="byline">By Alice Brown, 3 June
//! 2003</p>`), or as the first lines of the text (`By Alice Brown | 3 June
//! 2003`, `Published Monday 14 March 2005`). Such a line is taken for what it
//! says, and when it heads the text it is taken out of it, so it is neither
//! the standfirst nor a first paragraph. A line is only taken when it is short
//! and every part of it reads as names, a job or a date: a sentence that
//! happens to start "By" stays text.

use super::html::split_names;
use crate::corpus::date::parse_date;
use crate::model::PartialDate;

/// Furniture lines are looked for among this many first paragraphs.
const TOP_LINES: usize = 3;

/// A byline or dateline is a line, not a sentence.
const MAX_LINE_WORDS: usize = 14;

/// Words that announce a date and are not part of it.
const DATE_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "first",
    "on",
    "date",
    "dated",
    "at",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// What a furniture line says.
#[derive(Debug, Default, PartialEq)]
pub struct Said {
    pub authors: Vec<String>,
    pub date: Option<PartialDate>,
}

/// The date a short line is, whole: `3 June 2003`, `Published Monday 14
/// March 2005`, `Updated: 14 March 2005 10:32 GMT`. `None` when anything but
/// the date (its announcing words, a weekday, a time) is left over.
pub fn date_line(text: &str) -> Option<PartialDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LINE_WORDS {
        return None;
    }
    let bare = |w: &str| w.trim_matches([',', ':', '.', ';']).to_lowercase();
    let start = words
        .iter()
        .position(|w| {
            let b = bare(w);
            !(DATE_WORDS.contains(&b.as_str()) || WEEKDAYS.contains(&b.as_str()))
        })
        .unwrap_or(words.len());
    // The date ends at its year; after it only a time and a zone may follow.
    let rest = &words[start..];
    let year_at = rest.iter().position(|w| {
        let b = bare(w);
        b.len() == 4 && b.chars().all(|c| c.is_ascii_digit())
    })?;
    let after_ok = rest[year_at + 1..].iter().all(|w| {
        let b = bare(w);
        b.chars().all(|c| c.is_ascii_digit() || c == ':')
            || matches!(
                b.as_str(),
                "am" | "pm" | "gmt" | "bst" | "utc" | "cet" | "est"
            )
    });
    if !after_ok {
        return None;
    }
    let date = rest[..=year_at].join(" ");
    parse_date(date.trim_end_matches([',', '.'])).ok()
}

/// A byline with a date, `By Alice Brown, 3 June 2003` or `Alice Brown |
/// Health correspondent | 3 June 2003`: its names and its date. `None` unless
/// it is short, names someone, and each other part is a date or a job.
pub fn byline_line(text: &str) -> Option<Said> {
    if text.split_whitespace().count() > MAX_LINE_WORDS {
        return None;
    }
    let mut parts = text
        .split(['|', ',', '·', '•', '—', '–'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let authors = split_names(parts.next()?);
    if authors.is_empty() {
        return None;
    }
    let mut date = None;
    for part in parts {
        match date_line(part) {
            Some(d) if date.is_none() => date = Some(d),
            // A job (`Health correspondent`): lower-case words after the
            // first, no sentence.
            _ if !part.ends_with(['.', '!', '?'])
                && part.split_whitespace().count() <= 4
                && split_names(part).is_empty() => {}
            _ => return None,
        }
    }
    Some(Said { authors, date })
}

/// Take a byline or dateline off the top of a page's text (among its first
/// few paragraphs), and say what it said. A byline line must start `By` (a
/// bare name there could be a headline); a dateline must be a date whole.
pub fn take_from_top(paragraphs: &mut Vec<String>) -> Said {
    let mut said = Said::default();
    let mut i = 0;
    while i < paragraphs.len().min(TOP_LINES) {
        let p = &paragraphs[i];
        let starts_by = ["By ", "by ", "BY "].iter().any(|b| p.starts_with(b));
        if let Some(d) = date_line(p) {
            said.date = said.date.or(Some(d));
        } else if let Some(b) = byline_line(p).filter(|b| starts_by && b.date.is_some()) {
            if said.authors.is_empty() {
                said.authors = b.authors;
            }
            said.date = said.date.or(b.date);
        } else {
            i += 1;
            continue;
        }
        paragraphs.remove(i);
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(
            date_line("Published Monday 14 March 2005").as_deref(),
            Some("2005-03-14")
        );
        assert_eq!(date_line("3 June 2003").as_deref(), Some("2003-06-03"));
        assert_eq!(
            date_line("Updated: 14 March 2005 10:32 GMT").as_deref(),
            Some("2005-03-14")
        );
        assert_eq!(date_line("Published by the Treasury in 2005"), None);
        assert_eq!(date_line("The plan was published in March 2005."), None);
        assert_eq!(date_line(""), None);
    }

    #[test]
    fn bylines_with_dates() {
        let b = byline_line("By Alice Brown, 3 June 2003").unwrap();
        assert_eq!(b.authors, ["Alice Brown"]);
        assert_eq!(b.date.as_deref(), Some("2003-06-03"));
        let b = byline_line("By Alice Brown | Health correspondent | 3 June 2003").unwrap();
        assert_eq!(b.authors, ["Alice Brown"]);
        assert_eq!(b.date.as_deref(), Some("2003-06-03"));
        assert_eq!(
            byline_line("By Tuesday, ministers said, the plan would be law."),
            None
        );
    }

    #[test]
    fn top_lines_are_taken_and_the_text_stays() {
        let mut ps: Vec<String> = [
            "By Alice Brown | 3 June 2003",
            "Published Tuesday 3 June 2003",
            "The health secretary has said foundation hospitals will be free of Whitehall control.",
            "Published figures show waiting lists fell in 2003.",
        ]
        .map(String::from)
        .to_vec();
        let said = take_from_top(&mut ps);
        assert_eq!(said.authors, ["Alice Brown"]);
        assert_eq!(said.date.as_deref(), Some("2003-06-03"));
        assert_eq!(ps.len(), 2);
        assert!(ps[0].starts_with("The health secretary"));
        let mut ps = vec!["By Tuesday the plan will be law, the minister said.".to_string()];
        assert_eq!(take_from_top(&mut ps), Said::default());
        assert_eq!(ps.len(), 1);
    }
}
