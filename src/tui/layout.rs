//! Where each pane goes for a terminal size. Pure arithmetic on `Rect`s with
//! saturating operations, so any size down to 1×1 is safe; both drawing and
//! the state transitions (page sizes, wrap widths) use it.

use ratatui::layout::Rect;

/// Below this the explorer shows a "terminal too small" message instead.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// From this width all four panes show at once.
pub const WIDE: u16 = 100;
/// From this width a list pane and the reader show side by side.
pub const MEDIUM: u16 = 60;
/// Columns of the reader's gutter (current mark, lean mark, space).
pub const GUTTER: u16 = 3;

/// Which pane has the focus; defined by the pane registry.
pub use super::panes::Focus;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Title bar, body, hint bar.
pub fn frame_areas(area: Rect) -> (Rect, Rect, Rect) {
    let top = Rect {
        height: area.height.min(1),
        ..area
    };
    let hint_h = if area.height >= 2 { 1 } else { 0 };
    let hint = Rect {
        y: area.y.saturating_add(area.height.saturating_sub(hint_h)),
        height: hint_h,
        ..area
    };
    let body = Rect {
        y: area.y.saturating_add(top.height),
        height: area.height.saturating_sub(top.height + hint_h),
        ..area
    };
    (top, body, hint)
}

/// Where each pane is, if shown: a slot per pane of the registry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes([Option<Rect>; Focus::ORDER.len()]);

impl Panes {
    // `Focus` is fieldless and declared in `Focus::ORDER`'s order, so
    // `f as usize` is its place there.
    pub fn get(&self, f: Focus) -> Option<Rect> {
        self.0[f as usize]
    }
    fn set(&mut self, f: Focus, r: Rect) {
        self.0[f as usize] = Some(r);
    }
    fn clear(&mut self, f: Focus) {
        self.0[f as usize] = None;
    }
}

/// Split `r` into columns of the given widths (the last takes the rest).
pub fn columns(r: Rect, widths: &[u16]) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut x = r.x;
    let end = r.x.saturating_add(r.width);
    for (i, &w) in widths.iter().enumerate() {
        let w = if i + 1 == widths.len() {
            end.saturating_sub(x)
        } else {
            w.min(end.saturating_sub(x))
        };
        out.push(Rect { x, width: w, ..r });
        x = x.saturating_add(w);
    }
    out
}

/// Split `r` into rows of the given heights (the last takes the rest).
pub fn rows(r: Rect, heights: &[u16]) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut y = r.y;
    let end = r.y.saturating_add(r.height);
    for (i, &h) in heights.iter().enumerate() {
        let h = if i + 1 == heights.len() {
            end.saturating_sub(y)
        } else {
            h.min(end.saturating_sub(y))
        };
        out.push(Rect { y, height: h, ..r });
        y = y.saturating_add(h);
    }
    out
}

/// [`panes`], or with `maximized` (`z`) the focused pane alone over the
/// whole body.
pub fn panes_maybe_maximized(body: Rect, focus: Focus, side: Focus, maximized: bool) -> Panes {
    if maximized {
        let mut p = Panes::default();
        p.set(focus, body);
        return p;
    }
    panes(body, focus, side)
}

/// The panes shown in `body` with `focus` focused; `side` is the list pane
/// last focused (shown next to the reader when only two fit).
pub fn panes(body: Rect, focus: Focus, side: Focus) -> Panes {
    let mut p = Panes::default();
    let w = body.width;
    if w >= WIDE {
        let (main, tracker) = if body.height >= 18 {
            let th = (body.height / 4).clamp(6, 12);
            let r = rows(body, &[body.height.saturating_sub(th), th]);
            (r[0], Some(r[1]))
        } else {
            (body, None)
        };
        let left = (w * 28 / 100).max(24);
        let right = (w * 24 / 100).max(22);
        let c = columns(main, &[left, w.saturating_sub(left + right), right]);
        p.set(Focus::Articles, c[0]);
        p.set(Focus::Reader, c[1]);
        p.set(Focus::Speakers, c[2]);
        if let Some(t) = tracker {
            p.set(Focus::Tracker, t);
        }
        // A focused pane with no place of its own here (the tracker when
        // there is no room for its row) takes the speakers' column.
        if p.get(focus).is_none() {
            p.clear(Focus::Speakers);
            p.set(focus, c[2]);
        }
    } else if w >= MEDIUM {
        let list = if focus == Focus::Reader { side } else { focus };
        let c = columns(body, &[w * 2 / 5, w - w * 2 / 5]);
        p.set(list, c[0]);
        p.set(Focus::Reader, c[1]);
    } else {
        p.set(focus, body);
    }
    p
}

/// Inside a bordered block.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// A centred rectangle of at most `w`×`h` inside `r`.
pub fn centred(r: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(r.width);
    let h = h.min(r.height);
    Rect {
        x: r.x.saturating_add((r.width - w) / 2),
        y: r.y.saturating_add((r.height - h) / 2),
        width: w,
        height: h,
    }
}

/// The rows of a list shown in `visible` rows with `selected` selected:
/// (first item shown, how many). Shared by drawing and by the mouse, so a
/// click lands on the item drawn under it.
pub fn list_window(selected: usize, len: usize, visible: usize) -> (usize, usize) {
    let visible = visible.max(1);
    let selected = selected.min(len.saturating_sub(1));
    let offset = (selected + 1).saturating_sub(visible);
    (offset, visible.min(len - offset.min(len)))
}
