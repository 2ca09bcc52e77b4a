//! Themes of articles, speakers and years, from the themes of their parts.

use super::{theme_from_cues, THIN_EVIDENCE_CUES, THIN_EVIDENCE_QUOTES};
use crate::model::{Article, Corpus, Period, Theme};
use std::collections::{BTreeMap, HashMap};

/// Characters between two parts of an aggregate (`"\n\n"`), for offsets.
pub const JOIN_CHARS: usize = 2;

/// The theme of parts given as (character length of the part's text, its
/// theme): every cue of every part, with offsets into the parts' texts joined
/// by a blank line.
pub fn combine<'a>(parts: impl IntoIterator<Item = (usize, &'a Theme)>) -> Theme {
    let mut cues = Vec::new();
    let mut offset = 0;
    for (i, (chars, theme)) in parts.into_iter().enumerate() {
        if i > 0 {
            offset += JOIN_CHARS;
        }
        cues.extend(theme.cues.iter().map(|c| {
            let mut c = c.clone();
            c.start += offset;
            c.end += offset;
            c
        }));
        offset += chars;
    }
    theme_from_cues(cues)
}

/// Each speaker's theme from their quotes in every article, and whether it
/// rests on thin evidence. One pass over the quotes.
pub fn fill_speakers(corpus: &mut Corpus) {
    let Corpus {
        speakers, quotes, ..
    } = corpus;
    let index: HashMap<&str, usize> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut by_speaker: Vec<Vec<usize>> = vec![Vec::new(); speakers.len()];
    for (qi, q) in quotes.iter().enumerate() {
        if let Some(&si) = q.speaker.as_deref().and_then(|id| index.get(id)) {
            by_speaker[si].push(qi);
        }
    }
    for (speaker, theirs) in speakers.iter_mut().zip(by_speaker) {
        speaker.theme = combine(
            theirs
                .iter()
                .map(|&qi| (quotes[qi].text.chars().count(), &quotes[qi].theme)),
        );
        speaker.thin_evidence =
            theirs.len() < THIN_EVIDENCE_QUOTES || speaker.theme.cues.len() < THIN_EVIDENCE_CUES;
    }
}

/// One [`Period`] per year of the articles' dates, oldest first; articles in
/// a year by date then id; undated (or unparsable) dates left out.
pub fn periods(articles: &[Article]) -> Vec<Period> {
    let mut years: BTreeMap<&str, Vec<&Article>> = BTreeMap::new();
    for a in articles {
        if let Some(year) = a.date.as_deref().and_then(year_of) {
            years.entry(year).or_default().push(a);
        }
    }
    years
        .into_iter()
        .map(|(year, mut arts)| {
            arts.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
            let theme = combine(arts.iter().map(|a| (body_chars(a), &a.theme)));
            Period {
                year: year.to_string(),
                date_approximate: arts.iter().any(|a| a.date_approximate),
                articles: arts.iter().map(|a| a.id.clone()).collect(),
                theme,
            }
        })
        .collect()
}

/// The year of a `YYYY[-MM[-DD]]` date.
fn year_of(date: &str) -> Option<&str> {
    let year = date.get(..4)?;
    let rest = &date[4..];
    (year.bytes().all(|b| b.is_ascii_digit()) && (rest.is_empty() || rest.starts_with('-')))
        .then_some(year)
}

/// Characters of an article's paragraphs joined by blank lines.
fn body_chars(a: &Article) -> usize {
    let paragraphs: usize = a.paragraphs.iter().map(|p| p.text.chars().count()).sum();
    paragraphs + JOIN_CHARS * a.paragraphs.len().saturating_sub(1)
}
