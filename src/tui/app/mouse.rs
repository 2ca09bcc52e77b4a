//! The mouse: the wheel scrolls what is under the pointer, a click focuses
//! a pane and picks a row of a list, a click on the picked row opens it, and
//! a click on a speaker's name in the Reader goes to that speaker. In the
//! tracker a click picks a row of either list, and opens the picked one.
//!
//! Everything goes through the same actions as the keys (so a click does
//! what Enter does), and hit-testing uses the layout the drawing uses
//! ([`layout::panes`], [`layout::list_window`]).

use super::*;
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
        let area = panes.get(pane).unwrap_or_default();
        if pane == Focus::Tracker {
            self.click_tracker(area, m.column, m.row, was_focused);
            self.warm_layouts();
            return;
        }
        if pane == Focus::Reader {
            // A speaker's name, as the Reader marks it: go to that speaker.
            if let Some(s) = self.speaker_at(area, m.column, m.row) {
                self.jump_to(Target::Speaker(s));
            }
            self.warm_layouts();
            return;
        }
        let row = match pane {
            Focus::Articles => {
                self.list_row(area, m.row, 2, self.articles.sel, self.articles.order.len())
            }
            Focus::Speakers => {
                self.list_row(area, m.row, 1, self.speakers.sel, self.speakers.order.len())
            }
            Focus::Reader | Focus::Tracker => None,
        };
        match (pane, row) {
            (Focus::Articles, Some(i)) if was_focused && i == self.articles.sel => {
                self.apply(Action::Open)
            }
            (Focus::Articles, Some(i)) => self.articles.sel = i,
            (Focus::Speakers, Some(i)) if was_focused && i == self.speakers.sel => {
                self.apply(Action::Open)
            }
            (Focus::Speakers, Some(i)) => self.speakers.sel = i,
            _ => {}
        }
        self.warm_layouts();
    }

    /// The list item drawn at screen row `y` of a list pane in `area`
    /// (`rows_per_item` rows each), if any.
    fn list_row(
        &self,
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
}

impl App {
    /// A click in the tracker: on a row of either list, that list takes the
    /// keys and the row is selected; on the selected row, it opens.
    fn click_tracker(&mut self, area: Rect, x: u16, y: u16, was_focused: bool) {
        let Some(d) = &self.data else { return };
        let areas = crate::tui::measure::tracker_areas(self, layout::inner(area));
        let lists = [
            (
                TrackerList::Articles,
                areas.articles,
                d.by_date.len(),
                self.tracker.article_sel,
            ),
            (
                TrackerList::Speakers,
                areas.speakers,
                d.speakers_by_lean.len(),
                self.tracker.speaker_sel,
            ),
        ];
        for (list, r, len, sel) in lists {
            // Each list sits under its heading row.
            let rows = Rect {
                y: r.y.saturating_add(1),
                height: r.height.saturating_sub(1),
                ..r
            };
            if !contains(rows, x, y) {
                continue;
            }
            let (offset, shown) = layout::list_window(sel, len, rows.height as usize);
            let k = (y - rows.y) as usize;
            if k >= shown {
                return;
            }
            let i = offset + k;
            let again = was_focused && self.tracker.list == list && i == sel.min(len - 1);
            self.tracker.list = list;
            if again {
                self.apply(Action::Open);
            } else if list == TrackerList::Articles {
                self.tracker.article_sel = i;
            } else {
                self.tracker.speaker_sel = i;
            }
            return;
        }
    }

    /// The speaker whose marked name is drawn at `(x, y)` in the main
    /// Reader's pane `area`, if any: the screen cell is traced back through
    /// the article's layout to a character of a paragraph, and that to the
    /// paragraph's mentions (the names the Reader marks).
    fn speaker_at(&self, area: Rect, x: u16, y: u16) -> Option<usize> {
        let text = text_area(area);
        if !contains(text, x, y) {
            return None;
        }
        let d = self.data.as_ref()?;
        let article = d.article(self.reader.article)?;
        let layout = self.layout_for(&self.reader, text.width)?;
        let scroll = self
            .reader
            .scroll
            .min(layout.max_scroll(text.height as usize));
        let &Line::Body { para, start, end } = layout.lines.get(scroll + (y - text.y) as usize)?
        else {
            return None;
        };
        let p = article.paragraphs.get(para)?;
        // The byte under column `x`, counting columns as drawing does.
        let mut col = text.x;
        let mut at = None;
        for (i, c) in p.text.get(start..end)?.char_indices() {
            let w = crate::tui::text::char_width(c) as u16;
            if x < col.saturating_add(w.max(1)) {
                at = Some(start + i);
                break;
            }
            col = col.saturating_add(w);
        }
        let char_at = p.text.get(..at?)?.chars().count();
        let m = p
            .mentions
            .iter()
            .find(|m| m.start <= char_at && char_at < m.end)?;
        d.speaker_index.get(&m.speaker).copied()
    }
}

fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x.saturating_add(r.width) && y >= r.y && y < r.y.saturating_add(r.height)
}
