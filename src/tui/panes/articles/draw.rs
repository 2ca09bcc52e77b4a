//! How the Articles pane is drawn: two rows an article (date and title;
//! lean bar, quotes and byline), the open article marked `›`.

use super::ArticleSort;
use crate::present::{date_label, lean_number};
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::layout;
use crate::tui::text::truncate;
use crate::tui::ui::bars::{fit, lean_bar};
use crate::tui::ui::lists::{draw_list, filter_note, no_match, position, window};
use crate::tui::ui::{pane_block, pane_scrollbar, ScrollPos};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::ListItem;
use ratatui::Frame;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect, focused: bool) {
    let Some(d) = &app.data else { return };
    let sort = match app.articles.sort {
        ArticleSort::Date => "date",
        ArticleSort::Title => "title",
        ArticleSort::Lean => "lean",
    };
    // The filter before the sort order: a narrow title loses the sort first.
    let title = format!(
        "Articles {}{} · by {sort}",
        position(app.articles.sel, app.articles.order.len()),
        filter_note(&app.articles.filter)
    );
    let block = pane_block(app, &title, focused, area.width);
    let w = layout::inner(area).width as usize;
    if app.articles.order.is_empty() && !app.articles.filter.is_empty() {
        no_match(frame, app, block, area, &app.articles.filter);
        return;
    }
    let pal = &app.palette;
    let (offset, shown) = window(
        app.articles.sel,
        app.articles.order.len(),
        layout::inner(area).height as usize / 2,
    );
    let items: Vec<ListItem> = app.articles.order[offset..offset + shown]
        .iter()
        .map(|&ai| {
            let a = &d.corpus.articles[ai];
            let marked = app.marks.article == Some(ai);
            let date = date_label(a);
            let head = format!("{date} {}", a.title);
            // `›` marks the article open in the Reader.
            let open = app.reader.article == ai;
            let mut l1 = vec![
                Span::styled(if open { "›" } else { " " }, pal.bold()),
                Span::styled(truncate(&head, w.saturating_sub(3)), pal.bold()),
            ];
            if marked {
                l1.insert(1, Span::styled("● ", pal.marked()));
            }
            ListItem::new(vec![Line::from(l1), article_second_line(app, d, ai, w)])
        })
        .collect();
    draw_list(
        frame,
        app,
        items,
        app.articles.sel - offset.min(app.articles.sel),
        block,
        area,
        focused,
    );
    let sb = ScrollPos::list(
        app.articles.sel,
        app.articles.order.len(),
        layout::inner(area).height as usize / 2,
    );
    pane_scrollbar(frame, app, area, sb, focused);
}

/// `··█│··· -0.11 · 3 quotes · by Lyn Whitfield, Tash Shifrin` (or the
/// source when nobody is named), so the count and the names cannot be misread.
fn article_second_line(app: &App, d: &Data, ai: usize, width: usize) -> Line<'static> {
    let pal = &app.palette;
    let a = &d.corpus.articles[ai];
    let quotes = d.quotes_by_article[ai].len();
    let who = if !a.byline.is_empty() {
        format!("by {}", a.byline.join(", "))
    } else if let Some(author) = &a.author {
        format!("by {author}")
    } else {
        a.source.clone().unwrap_or_default()
    };
    let mut spans = lean_bar(pal, &a.theme, 3);
    // (A preview has no quotes yet: `quotes …`, never a false `0 quotes`.)
    let quotes = if d.partial {
        "quotes …".to_string()
    } else {
        format!("{quotes} quote{}", if quotes == 1 { "" } else { "s" })
    };
    spans.push(Span::raw(format!(
        " {} · {quotes}",
        lean_number(a.theme.lean),
    )));
    if !who.is_empty() {
        spans.push(Span::styled(format!(" · {who}"), pal.dim()));
    }
    fit(spans, width)
}
