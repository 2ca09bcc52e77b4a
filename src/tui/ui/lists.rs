//! The screen of one speaker's quotes, and what the list panes (see
//! [`crate::tui::panes`]) draw alike.

use super::bars::lean_mark;
use super::groups::{each_group, group_heading};
use super::pane_block;
use crate::tables::CORRECTED;
use crate::tui::app::{App, Screen};
use crate::tui::data::Data;
use crate::tui::layout;
use crate::tui::text::truncate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use ratatui::Frame;

/// A filtered list that holds nothing says so, and how to get it back.
pub(crate) fn no_match(
    frame: &mut Frame,
    app: &App,
    block: ratatui::widgets::Block<'static>,
    area: Rect,
    filter: &str,
) {
    frame.render_widget(
        Paragraph::new(format!(
            "Nothing matches “{filter}”. Esc clears the filter."
        ))
        .style(app.palette.dim())
        .wrap(ratatui::widgets::Wrap { trim: true })
        .block(block),
        area,
    );
}

/// `(57/417)`: the selected row and how many there are (`(0)` when empty).
pub(crate) fn position(selected: usize, len: usize) -> String {
    if len == 0 {
        "(0)".into()
    } else {
        format!("({}/{len})", selected.min(len - 1) + 1)
    }
}

/// ` · /nhs trust` after a pane's title while a filter narrows it.
pub(crate) fn filter_note(filter: &str) -> String {
    if filter.is_empty() {
        String::new()
    } else {
        format!(" · /{filter}")
    }
}

/// The part of a long list to build: (first item, how many), keeping the
/// selection in view. Only what is drawn is built, so 100,000 speakers cost
/// no more than ten.
pub use crate::tui::layout::list_window as window;

pub(crate) fn draw_list(
    frame: &mut Frame,
    app: &App,
    items: Vec<ListItem>,
    selected: usize,
    block: ratatui::widgets::Block,
    area: Rect,
    focused: bool,
) {
    let hl = if focused {
        app.palette.selected()
    } else {
        app.palette.bold()
    };
    let n = items.len();
    let list = List::new(items).block(block).highlight_style(hl);
    let mut state =
        ListState::default().with_selected((n > 0).then_some(selected.min(n.saturating_sub(1))));
    frame.render_stateful_widget(list, area, &mut state);
}

/// Rows of a speaker's quotes grouped by article: headings and quotes (the
/// quote's position in the speaker's list).
pub fn speaker_quote_rows(
    app: &App,
    d: &Data,
    speaker: usize,
    width: usize,
) -> Vec<(Line<'static>, Option<usize>)> {
    let pal = &app.palette;
    let mut rows = Vec::new();
    for (g, quotes) in each_group(d, speaker) {
        if !rows.is_empty() {
            rows.push((Line::raw(""), None));
        }
        rows.push((group_heading(pal, d, g, width), None));
        for (qi, k) in quotes {
            let q = &d.corpus.quotes[qi];
            let mark = lean_mark(pal, q.theme.lean, !q.theme.cues.is_empty());
            let corrected = if q.corrected { CORRECTED } else { "" };
            let text = format!(" ¶{} {}{corrected}", q.paragraph + 1, q.shown());
            rows.push((
                Line::from(vec![
                    Span::raw("  "),
                    mark,
                    Span::styled(truncate(&text, width.saturating_sub(3)), pal.quote()),
                ]),
                Some(k),
            ));
        }
    }
    rows
}

pub fn draw_speaker_quotes(frame: &mut Frame, app: &App, body: Rect) {
    let Some(d) = &app.data else { return };
    let Screen::SpeakerQuotes { speaker, selected } = app.screen else {
        return;
    };
    let Some(s) = d.speaker(speaker) else { return };
    let title = format!(
        "Quotes by {}{} ({}) · Enter opens · Esc back",
        s.name,
        if s.corrected { CORRECTED } else { "" },
        d.quotes_by_speaker[speaker].len()
    );
    let block = pane_block(app, &title, true, body.width);
    let inner = layout::inner(body);
    frame.render_widget(block, body);
    let rows = speaker_quote_rows(app, d, speaker, inner.width as usize);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new("No quotes are credited to this speaker."),
            inner,
        );
        return;
    }
    let sel_row = rows.iter().position(|r| r.1 == Some(selected)).unwrap_or(0);
    let h = inner.height as usize;
    let offset = (sel_row + 1).saturating_sub(h);
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(i, (l, _))| {
            if i == sel_row {
                l.style(app.palette.selected())
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
