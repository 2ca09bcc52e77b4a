//! How the Speakers pane is drawn: a row a speaker (lean bar, quote count,
//! name, first role), with a note when it is empty or filtered to nothing.

use super::SpeakerSort;
use crate::tables::CORRECTED;
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::text::{str_width, truncate};
use crate::tui::ui::bars::lean_bar;
use crate::tui::ui::lists::{draw_list, filter_note, no_match, position, window};
use crate::tui::ui::{pane_block, pane_scrollbar, ScrollPos};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph};
use ratatui::Frame;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect, focused: bool) {
    let Some(d) = &app.data else { return };
    let sort = match app.speakers.sort {
        SpeakerSort::Quotes => "quotes",
        SpeakerSort::Name => "name",
        SpeakerSort::Lean => "lean",
    };
    let title = format!(
        "Speakers {}{} · by {sort}{}",
        position(app.speakers.sel, app.speakers.order.len()),
        filter_note(&app.speakers.filter),
        if app.speakers.hide_thin {
            " · thin hidden"
        } else {
            ""
        }
    );
    let block = pane_block(app, &title, focused, area.width);
    let w = layout::inner(area).width as usize;
    if d.corpus.speakers.is_empty() {
        frame.render_widget(
            Paragraph::new("No speakers found in this corpus.")
                .style(app.palette.dim())
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    }
    if app.speakers.order.is_empty() && !app.speakers.filter.is_empty() {
        no_match(frame, app, block, area, &app.speakers.filter);
        return;
    }
    let pal = &app.palette;
    let (offset, shown) = window(
        app.speakers.sel,
        app.speakers.order.len(),
        layout::inner(area).height as usize,
    );
    let items: Vec<ListItem> = app.speakers.order[offset..offset + shown]
        .iter()
        .map(|&si| {
            let s = &d.corpus.speakers[si];
            let mut spans = lean_bar(pal, &s.theme, 2);
            let count = format!(" {:>3}q ", s.quote_count);
            spans.push(Span::raw(count));
            if app.marks.speaker == Some(si) {
                spans.push(Span::styled("● ", pal.marked()));
            }
            let used = 5 + 6 + if app.marks.speaker == Some(si) { 2 } else { 0 };
            let name_w = str_width(&s.name);
            spans.push(Span::styled(
                truncate(&s.name, w.saturating_sub(used)),
                pal.speaker(),
            ));
            let role = s.roles.first().cloned().unwrap_or_default();
            let mut rest = if role.is_empty() {
                String::new()
            } else {
                format!(" · {role}")
            };
            if s.corrected {
                rest.insert_str(0, CORRECTED);
            }
            if s.thin_evidence {
                rest.push_str(" (thin)");
            }
            let room = w.saturating_sub(used + name_w);
            if room > 2 {
                spans.push(Span::styled(truncate(&rest, room), pal.dim()));
            }
            ListItem::new(Line::from(spans))
        })
        .collect();
    draw_list(
        frame,
        app,
        items,
        app.speakers.sel - offset.min(app.speakers.sel),
        block,
        area,
        focused,
    );
    let sb = ScrollPos::list(
        app.speakers.sel,
        app.speakers.order.len(),
        layout::inner(area).height as usize,
    );
    pane_scrollbar(frame, app, area, sb, focused);
}
