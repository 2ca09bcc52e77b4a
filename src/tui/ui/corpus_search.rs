//! The corpus search pop-up (`S`): the query, then the matching paragraphs
//! with their article, date and paragraph number, the matched words marked.

use crate::store::search::{MATCH_END, MATCH_START};
use crate::tui::app::{App, CorpusSearch};
use crate::tui::layout;
use crate::tui::text::{clean, truncate};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, s: &CorpusSearch, body: Rect) {
    let r = crate::tui::measure::popup(body, 110, body.height.saturating_sub(2));
    frame.render_widget(Clear, r);
    let pal = &app.palette;
    let title = " Search the corpus: words, \"a phrase\", prefix*, OR, NOT ";
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(pal.border(true))
        .title(Span::styled(
            truncate(title, r.width.saturating_sub(2) as usize),
            pal.title(true),
        ));
    frame.render_widget(block, r);
    let inner = layout::inner(r);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = inner.width as usize;
    let state = match (&s.error, &s.searched) {
        (Some(e), _) => e.clone(),
        (None, Some(q)) if *q == s.query => match s.hits.len() {
            0 => "no paragraph matches".to_string(),
            1 => "1 paragraph · Enter opens it".to_string(),
            n if n >= crate::tui::app::SEARCH_LIMIT => {
                format!("the best {n} paragraphs · Enter opens one")
            }
            n => format!("{n} paragraphs · Enter opens one"),
        },
        _ => "Enter searches".to_string(),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("> {}▏  ", clean(&s.query)), pal.bold()),
        Span::styled(truncate(&state, width.saturating_sub(4)), pal.dim()),
    ])];
    let rows = (inner.height as usize).saturating_sub(1) / 2;
    let offset = (s.selected + 1).saturating_sub(rows.max(1));
    for (i, hit) in s.hits.iter().enumerate().skip(offset).take(rows) {
        let date = hit.date.as_deref().unwrap_or("undated");
        let heading = format!("{} · {date} · ¶ {}", clean(&hit.title), hit.number);
        let mut first = Line::from(Span::styled(truncate(&heading, width), pal.bold()));
        let mut snippet = Line::from(snippet_spans(app, &hit.snippet, width));
        if i == s.selected {
            first = first.style(pal.selected());
            snippet = snippet.style(pal.selected());
        }
        lines.push(first);
        lines.push(snippet);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The snippet, indented, its matched words in the match style.
fn snippet_spans(app: &App, snippet: &str, width: usize) -> Vec<Span<'static>> {
    let mut spans = vec![Span::raw("    ")];
    let mut room = width.saturating_sub(4);
    let mut matched = false;
    for part in snippet.split([MATCH_START, MATCH_END]) {
        if room == 0 {
            break;
        }
        let text = truncate(&clean(part), room);
        room = room.saturating_sub(crate::tui::text::str_width(&text));
        spans.push(if matched {
            Span::styled(text, app.palette.matched())
        } else {
            Span::raw(text)
        });
        matched = !matched;
    }
    spans
}
