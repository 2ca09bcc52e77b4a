//! The title bar, the hint bar and the diverging lean bars.

use crate::present::count;
use crate::tui::action::Action;
use crate::tui::app::{App, FilterList, Overlay, Screen, MAX_MATCHES, PREVIEW_NOTE};
use crate::tui::keymap::{hint_priority, Context, Hint};
use crate::tui::text::{clean, str_width, truncate};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub use crate::tui::measure::spans::{fit, lean_bar, lean_mark};

/// The top bar: the corpus's size, what is marked for comparison, and the
/// status (what to do next) or the skipped-files notice. When they do not
/// fit, the sizes go first, then the marked title is shortened or left out:
/// the status is the part a person needs.
pub fn draw_top(frame: &mut Frame, app: &App, area: Rect) {
    let pal = &app.palette;
    let width = area.width as usize;
    let mut counts = None;
    let mut marked = None;
    if let Some(d) = &app.data {
        let c = &d.corpus;
        counts = Some(format!(
            " · {} · {} · {}",
            count(c.articles.len(), "article"),
            count(c.speakers.len(), "speaker"),
            if d.partial {
                PREVIEW_NOTE.to_string()
            } else {
                count(c.quotes.len(), "quote")
            }
        ));
        let mut marks = Vec::new();
        if let Some(s) = app.marks.speaker.and_then(|s| d.speaker(s)) {
            marks.push(s.name.clone());
        }
        if let Some(a) = app.marks.article.and_then(|a| d.article(a)) {
            marks.push(format!("“{}”", a.title));
        }
        marked = (!marks.is_empty()).then(|| format!(" · marked: {}", marks.join(" + ")));
    }
    let notice = if let Some(s) = &app.status {
        Some(Span::styled(format!(" · {s}"), pal.bold()))
    } else if !app.warnings.is_empty() {
        // A warning may be a whole file or one record of it (a bad CSV
        // row): count warnings, not files.
        let text = format!(" · {} (w to list)", count(app.warnings.len(), "warning"));
        Some(Span::styled(text, pal.error()))
    } else {
        None
    };
    let name = "centreline";
    let notice_width = notice.as_ref().map_or(0, |n| str_width(&n.content));
    let marked_width = marked.as_deref().map_or(0, str_width);
    let counts_width = counts.as_deref().map_or(0, str_width);
    if name.len() + counts_width + marked_width.min(24) + notice_width > width {
        counts = None;
    }
    let used = name.len() + counts.as_deref().map_or(0, str_width) + notice_width;
    let mut spans = vec![Span::styled(name, pal.bold())];
    spans.extend(counts.map(Span::raw));
    // Too narrow even for a shortened title: the list's ● shows the mark.
    let room = width.saturating_sub(used);
    if let Some(m) = marked.filter(|_| room >= 16) {
        spans.push(Span::styled(truncate(&m, room), pal.marked()));
    }
    spans.extend(notice);
    frame.render_widget(Paragraph::new(fit(spans, width)), area);
}

/// The hint bar: the keys that can do something here, each with a short
/// label, and `? help` and `q quit` always at the right end. Entries that do
/// not fit are left out whole, never cut.
pub fn draw_hints(frame: &mut Frame, app: &App, area: Rect) {
    if area.height == 0 {
        return;
    }
    let pal = &app.palette;
    let width = area.width as usize;
    let mut left: Vec<Span<'static>> = Vec::new();
    if let (Some(Overlay::Search { .. }), Some(s)) = (&app.overlay, &app.search) {
        left.push(Span::styled(format!("/{}▏", s.query), pal.bold()));
        left.push(Span::raw(format!(" {} ", match_count(s.matches.len()))));
    }
    if let Some(Overlay::Filter { list, .. }) = &app.overlay {
        let (n, what) = match list {
            FilterList::Articles => (app.articles.order.len(), "article"),
            FilterList::Speakers => (app.speakers.order.len(), "speaker"),
        };
        left.push(Span::styled(
            format!("filter /{}▏", app.filter_text(*list)),
            pal.bold(),
        ));
        left.push(Span::raw(format!(" {} ", count(n, what))));
    }
    if let Some(Overlay::Rename { speaker, text }) = &app.overlay {
        let old = app
            .data
            .as_ref()
            .and_then(|d| d.corpus.speakers.get(*speaker))
            .map_or("", |s| s.name.as_str());
        left.push(Span::raw(format!("rename '{}' to: ", clean(old))));
        left.push(Span::styled(format!("{}▏ ", clean(text)), pal.bold()));
    }
    let context = if app.data.is_none() && app.overlay.is_none() {
        // Loading, or failed: only help and quit do anything.
        Context::Global
    } else {
        app.context()
    };
    let hints = app.keymap.hints(context);
    // Help and quit at the right end; in a pop-up or prompt, which has
    // neither, the key that closes it.
    let has_quit = hints.iter().any(|h| h.action == Action::Quit);
    let (tail, body): (Vec<Hint>, Vec<Hint>) = hints.into_iter().partition(|h| {
        if has_quit {
            matches!(h.action, Action::Help | Action::Quit)
        } else {
            h.action == Action::Back
        }
    });
    // The lock key says what pressing it will do.
    let locked = matches!(
        app.screen,
        Screen::CompareArticles { locked: true, .. } | Screen::CompareSpeakers { locked: true, .. }
    );
    let entry = |h: &Hint, keys: &str| {
        let label = if h.action == Action::LockScroll && locked {
            "unlock"
        } else {
            h.label
        };
        vec![
            Span::styled(keys.to_string(), pal.selected()),
            Span::raw(format!(" {label}")),
        ]
    };
    let mut right: Vec<Span<'static>> = Vec::new();
    for (i, h) in tail.iter().enumerate() {
        if i > 0 {
            right.push(Span::raw("  "));
        }
        // One key is enough at the end (`q`, not `q/Ctrl-c`).
        right.extend(entry(h, h.keys.split('/').next().unwrap_or("")));
    }
    let right_w: usize = right.iter().map(|s| str_width(&s.content)).sum();
    if context == Context::Global || app.data.is_some() {
        let room = width.saturating_sub(right_w + 2);
        let mut used: usize = left.iter().map(|s| str_width(&s.content)).sum();
        // What fits, chosen by priority, shown in the table's order.
        let doable: Vec<(Vec<Span<'static>>, usize, u8)> = body
            .iter()
            .filter(|h| app.can_do(h.action))
            .map(|h| {
                let e = entry(h, &h.keys);
                let w = e.iter().map(|s| str_width(&s.content)).sum::<usize>() + 2;
                (e, w, hint_priority(h.action))
            })
            .collect();
        let mut by_priority: Vec<usize> = (0..doable.len()).collect();
        by_priority.sort_by_key(|&i| (doable[i].2, i));
        let mut keep = vec![false; doable.len()];
        for i in by_priority {
            if used + doable[i].1 <= room {
                used += doable[i].1;
                keep[i] = true;
            }
        }
        for ((e, _, _), kept) in doable.into_iter().zip(keep) {
            if kept {
                left.extend(e);
                left.push(Span::raw("  "));
            }
        }
    }
    let left_w: usize = left.iter().map(|s| str_width(&s.content)).sum();
    if left_w + right_w <= width {
        left.push(Span::raw(" ".repeat(width - left_w - right_w)));
        left.extend(right);
        frame.render_widget(Paragraph::new(Line::from(left)), area);
    } else {
        // Too narrow for both: help and quit win.
        frame.render_widget(Paragraph::new(fit(right, width)), area);
    }
}

/// `3 matches`, `1 match`, `10000+ matches` (the search stops at the cap).
pub fn match_count(n: usize) -> String {
    if n >= MAX_MATCHES {
        format!("{MAX_MATCHES}+ matches")
    } else {
        format!("{n} match{}", if n == 1 { "" } else { "es" })
    }
}
