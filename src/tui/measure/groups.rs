//! A speaker's quotes grouped by article, shared by the speaker's-quotes
//! screen and the speaker comparison. The groups and their leans come from
//! [`crate::tui::data::Data::speaker_groups`], computed once at load time.

use super::spans::{fit, lean_bar};
use crate::present::{date_label, lean_number};
use crate::tui::data::{Data, QuoteGroup};
use crate::tui::style::Palette;
use ratatui::text::{Line, Span};

/// The heading of one article's group: lean bar, date, title, how many
/// quotes and what they argue.
pub fn group_heading(pal: &Palette, d: &Data, g: &QuoteGroup, width: usize) -> Line<'static> {
    let Some(a) = d.article(g.article) else {
        return Line::raw("");
    };
    let n = g.len;
    let argues = if g.has_evidence() {
        format!("argues {}", lean_number(g.theme.lean))
    } else {
        "no cues".to_string()
    };
    let mut spans = lean_bar(pal, &g.theme, 3);
    spans.push(Span::styled(
        format!(
            " {} {} ({n} quote{}, {argues})",
            date_label(a),
            a.title,
            if n == 1 { "" } else { "s" }
        ),
        pal.bold(),
    ));
    fit(spans, width)
}

/// Every group of `speaker` with, for each, its heading and its quotes
/// (quote index, position in the speaker's list).
pub fn each_group<'a>(
    d: &'a Data,
    speaker: usize,
) -> impl Iterator<Item = (&'a QuoteGroup, impl Iterator<Item = (usize, usize)> + 'a)> + 'a {
    d.speaker_groups
        .get(speaker)
        .into_iter()
        .flatten()
        .map(move |g| {
            let quotes = g
                .quotes(&d.quotes_by_speaker[speaker])
                .iter()
                .enumerate()
                .map(move |(k, &qi)| (qi, g.first + k));
            (g, quotes)
        })
}
