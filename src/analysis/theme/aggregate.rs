//! Themes of articles, speakers and years, from the themes of their parts.

use super::{theme_from_cues, THIN_EVIDENCE_CUES, THIN_EVIDENCE_QUOTES};
use crate::model::{Article, CueTotal, Period, SharedStr, Side, Speaker, Theme};
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
    let mut theme = theme_from_cues(cues);
    theme.explanation = explain(&theme);
    theme
}

/// An aggregate's explanation: its cues totalled by wording, side, stance
/// and target, with each line's share of the lean; largest share first (then
/// heaviest, then by wording, so the order is stable).
pub fn explain(theme: &Theme) -> Vec<CueTotal> {
    let mut lines: Vec<CueTotal> = Vec::new();
    let mut index: HashMap<(String, Side, Side, bool), usize> = HashMap::new();
    for c in &theme.cues {
        let key = (c.text.to_lowercase(), c.side, c.stance, c.target);
        let i = *index.entry(key).or_insert_with_key(|key| {
            lines.push(CueTotal {
                text: key.0.clone(),
                side: key.1,
                stance: key.2,
                target: key.3,
                ..Default::default()
            });
            lines.len() - 1
        });
        lines[i].count += 1;
        lines[i].weight += c.weight;
    }
    let total = theme.evidence.weight;
    for line in &mut lines {
        line.lean_share = match (line.target, line.stance) {
            _ if total <= 0.0 => 0.0,
            (true, _) => 0.0,
            (false, Side::Local) => line.weight / total,
            (false, Side::Central) => -line.weight / total,
        };
    }
    lines.sort_by(|a, b| {
        b.lean_share
            .abs()
            .total_cmp(&a.lean_share.abs())
            .then(b.weight.total_cmp(&a.weight))
            .then_with(|| a.text.cmp(&b.text))
    });
    lines
}

/// Each speaker's theme from their quotes in every article, and whether it
/// rests on thin evidence. One pass over the quotes.
///
/// `quotes` gives, for each quote in corpus order, its speaker (an index into
/// `speakers`), the length of its text in characters, and its theme.
pub fn fill_speakers<'a>(
    speakers: &mut [Speaker],
    quotes: impl IntoIterator<Item = (Option<usize>, usize, &'a Theme)>,
) {
    let mut by_speaker: Vec<Vec<(usize, &Theme)>> = vec![Vec::new(); speakers.len()];
    for (speaker, chars, theme) in quotes {
        if let Some(theirs) = speaker.and_then(|s| by_speaker.get_mut(s)) {
            theirs.push((chars, theme));
        }
    }
    for (speaker, theirs) in speakers.iter_mut().zip(by_speaker) {
        speaker.theme = combine(theirs.iter().copied());
        speaker.thin_evidence =
            theirs.len() < THIN_EVIDENCE_QUOTES || speaker.theme.cues.len() < THIN_EVIDENCE_CUES;
    }
}

/// The [`Period`]s of articles given one at a time (so a stream of articles
/// need not be kept): one per year of their dates, oldest first; articles in
/// a year by date then id; undated (or unparsable) dates left out. Keeps only
/// what a period needs of each dated article: its id, date and theme.
#[derive(Debug, Default)]
pub struct PeriodBuilder {
    years: BTreeMap<String, Vec<Dated>>,
}

#[derive(Debug)]
struct Dated {
    date: crate::model::PartialDate,
    id: SharedStr,
    date_approximate: bool,
    chars: usize,
    theme: Theme,
}

impl PeriodBuilder {
    pub fn add(&mut self, a: &Article) {
        let Some(date) = a.date else {
            return;
        };
        let year = format!("{:04}", date.year());
        let dated = Dated {
            date,
            id: a.id.clone(),
            date_approximate: a.date_approximate,
            chars: body_chars(a),
            theme: a.theme.clone(),
        };
        self.years.entry(year).or_default().push(dated);
    }

    pub fn finish(self) -> Vec<Period> {
        self.years
            .into_iter()
            .map(|(year, mut arts)| {
                arts.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
                let theme = combine(arts.iter().map(|a| (a.chars, &a.theme)));
                Period {
                    year,
                    date_approximate: arts.iter().any(|a| a.date_approximate),
                    articles: arts.into_iter().map(|a| a.id).collect(),
                    theme,
                }
            })
            .collect()
    }
}

/// Characters of an article's paragraphs joined by blank lines.
fn body_chars(a: &Article) -> usize {
    let paragraphs: usize = a.paragraphs.iter().map(|p| p.text.chars().count()).sum();
    paragraphs + JOIN_CHARS * a.paragraphs.len().saturating_sub(1)
}
