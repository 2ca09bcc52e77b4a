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
