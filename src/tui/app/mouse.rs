//! The mouse: the wheel scrolls what is under the pointer, and a click
//! focuses a pane and is passed to it (see each pane's `click` in
//! [`crate::tui::panes`]): a list picks the row clicked and opens the row
//! already picked, the tracker does so in either of its lists, and the
//! Reader goes to the speaker whose name is clicked.
//!
//! Everything goes through the same actions as the keys (so a click does
//! what Enter does), and hit-testing uses the layout the drawing uses
//! ([`layout::panes`], [`layout::list_window`]).

use super::*;
use crate::tui::panes::Click;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

/// Rows the wheel moves per notch.
const WHEEL_ROWS: usize = 3;

impl App {
    pub fn handle_mouse(&mut self, m: MouseEvent) {
        if self.data.is_none() {
            return;
        }
        let wheel = match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Down),
            MouseEventKind::ScrollUp => Some(Action::Up),
            _ => None,
        };
        let click = matches!(m.kind, MouseEventKind::Down(MouseButton::Left));
        if wheel.is_none() && !click {
            return;
        }
        // In a pop-up, a prompt or another screen the wheel scrolls what is
        // shown; clicks there do nothing.
        if self.overlay.is_some() || self.screen != Screen::Main {
            if let Some(action) = wheel {
                for _ in 0..WHEEL_ROWS {
                    self.apply(action);
                }
            }
            return;
        }
        let panes =
            layout::panes_maybe_maximized(self.body(), self.focus, self.side, self.maximized);
        let Some(pane) = Focus::ORDER
            .into_iter()
            .find(|&f| panes.get(f).is_some_and(|r| contains(r, m.column, m.row)))
        else {
            return;
        };
        let was_focused = self.focus == pane;
        if !was_focused {
            self.set_focus(pane);
        }
        if let Some(action) = wheel {
            for _ in 0..WHEEL_ROWS {
                self.apply(action);
            }
            return;
        }
        let click = Click {
            area: panes.get(pane).unwrap_or_default(),
            x: m.column,
            y: m.row,
            was_focused,
        };
        (crate::tui::panes::pane(pane).click)(self, click);
        self.warm_layouts();
    }
}

/// The list item drawn at screen row `y` of a list pane in `area`
/// (`rows_per_item` rows each, `selected` of `len` kept in view), if any.
pub fn list_row(
    area: Rect,
    y: u16,
    rows_per_item: usize,
    selected: usize,
    len: usize,
) -> Option<usize> {
    let inner = layout::inner(area);
    if y < inner.y || y >= inner.y + inner.height {
        return None;
    }
    let visible = inner.height as usize / rows_per_item.max(1);
    let (offset, shown) = layout::list_window(selected, len, visible);
    let k = (y - inner.y) as usize / rows_per_item.max(1);
    (k < shown).then_some(offset + k)
}

/// Whether `(x, y)` is inside `r`.
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x.saturating_add(r.width) && y >= r.y && y < r.y.saturating_add(r.height)
}
