//! The view/measure layer: what the views say and how big they are, worked
//! out from the state without a frame. Both the state (scroll limits, page
//! sizes, where text wraps) and the drawing use it, so the state never
//! imports drawing code ([`crate::tui::ui`]) and the two cannot disagree.

pub mod groups;
pub mod lines;
pub mod spans;

use crate::tui::app::{App, Overlay};
use crate::tui::layout;
use crate::tui::text::wrap;
use lines::{explain_lines, help_lines};
use ratatui::layout::Rect;

/// The scrolling part of a reader whose lean bar is pinned to its first row.
pub fn pinned_text_area(text: Rect) -> Rect {
    Rect {
        y: text.y.saturating_add(text.height.min(1)),
        height: text.height.saturating_sub(1),
        ..text
    }
}

/// How far an overlay's text can scroll (lines beyond its box).
pub fn max_scroll(app: &App, body: Rect) -> usize {
    let (w, lines) = match &app.overlay {
        Some(Overlay::Help { .. }) => {
            let r = popup(body, 90, body.height.saturating_sub(2));
            (r, help_lines(app, r.width.saturating_sub(2) as usize).len())
        }
        Some(Overlay::Explain { .. }) => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            (
                r,
                explain_lines(app, r.width.saturating_sub(2) as usize).len(),
            )
        }
        Some(Overlay::Warnings { .. }) => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            let width = (r.width.saturating_sub(4) as usize).max(1);
            (r, app.warnings.iter().map(|w| wrap(w, width).len()).sum())
        }
        _ => return 0,
    };
    lines.saturating_sub(layout::inner(w).height as usize)
}

/// A pop-up `w` wide and `h` high, centred in the body (both capped).
pub fn popup(body: Rect, w: u16, h: u16) -> Rect {
    layout::centred(body, w.min(body.width.saturating_sub(2)).max(1), h.max(1))
}

/// Where the tracker's four sections go inside its pane's `inner` area:
/// side by side when wide; stacked otherwise, where the paragraph strip is
/// as tall as its content and the chart gets a few rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackerAreas {
    pub articles: Rect,
    pub strip: Rect,
    pub chart: Rect,
    pub speakers: Rect,
}

/// The tracker's sections for its pane's inner area (see [`TrackerAreas`]);
/// drawing and the mouse both use it.
pub fn tracker_areas(app: &App, inner: Rect) -> TrackerAreas {
    let Some(d) = &app.data else {
        return TrackerAreas::default();
    };
    if inner.width >= 90 {
        let w = inner.width;
        let c = layout::columns(inner, &[w * 36 / 100, w * 20 / 100, w * 22 / 100, 0]);
        return TrackerAreas {
            articles: c[0],
            strip: c[1],
            chart: c[2],
            speakers: c[3],
        };
    }
    let h = inner.height;
    let strip_h = (strip_rows(app, inner.width) as u16).min(h / 4);
    // Short, the chart gives way to a line per period (as many as fit).
    let chart_h = match h {
        // Nothing dated: a line saying so.
        _ if d.trend.periods.is_empty() => 1,
        16.. => 7,
        8.. => 2,
        _ => 0,
    };
    let rest = h.saturating_sub(strip_h + chart_h);
    // Two thirds of the rest for the articles, or what they need (their
    // heading and a row each) if less: the speakers get the remainder.
    let articles_h = (rest - rest / 3).min(u16::try_from(d.by_date.len() + 1).unwrap_or(u16::MAX));
    let r = layout::rows(inner, &[articles_h, strip_h, chart_h, 0]);
    TrackerAreas {
        articles: r[0],
        strip: r[1],
        chart: r[2],
        speakers: r[3],
    }
}

/// Rows of the tracker's paragraph strip at `width`: its heading, the open
/// article's paragraphs a mark each, and its lean.
pub fn strip_rows(app: &App, width: u16) -> usize {
    let paragraphs = app
        .data
        .as_ref()
        .and_then(|d| d.article(app.reader.article))
        .map(|a| a.paragraphs.len());
    match paragraphs {
        Some(n) => {
            let w = (width as usize).saturating_sub(1).max(1);
            1 + n.div_ceil(w) + 1
        }
        None => 1,
    }
}
