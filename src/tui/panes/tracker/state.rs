//! The tracker's state and keys: a selection in each of its two lists
//! (articles by date, speakers by lean), and which of them the keys move.

use super::super::Click;
use crate::tui::action::Action;
use crate::tui::app::{contains, move_selection, App, Explained, FilterList};
use crate::tui::layout::{self, Focus};
use ratatui::layout::Rect;

/// The tracker's two lists; `v` moves between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrackerList {
    /// Articles by date (`article_sel`).
    #[default]
    Articles,
    /// Speakers by lean (`speaker_sel`).
    Speakers,
}

/// Where the tracker's selections are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackerPane {
    /// Selected row of the articles (index into articles by date).
    pub article_sel: usize,
    /// Selected row of the speakers (index into speakers by lean).
    pub speaker_sel: usize,
    /// Which of the lists the keys move in.
    pub list: TrackerList,
}

/// What `action` does while the tracker has the focus.
pub(super) fn keys(app: &mut App, action: Action) {
    let Some(d) = &app.data else { return };
    let speakers = app.tracker.list == TrackerList::Speakers;
    let (n, sel) = if speakers {
        (d.speakers_by_lean.len(), app.tracker.speaker_sel)
    } else {
        (d.by_date.len(), app.tracker.article_sel)
    };
    let article = d.by_date.get(app.tracker.article_sel).copied();
    let speaker = d.speakers_by_lean.get(app.tracker.speaker_sel).copied();
    // Both lists sit under a header row.
    let page = app.list_page(Focus::Tracker, 1).saturating_sub(1).max(1);
    if let Some(sel) = move_selection(sel, n, page, action) {
        if speakers {
            app.tracker.speaker_sel = sel;
        } else {
            app.tracker.article_sel = sel;
        }
        return;
    }
    match (action, speakers) {
        (Action::SwitchList, _) => {
            app.tracker.list = if speakers {
                TrackerList::Articles
            } else {
                TrackerList::Speakers
            };
        }
        (Action::Open, false) => {
            if let Some(a) = article {
                app.open_article(a);
            }
        }
        (Action::Open, true) => {
            if let Some(s) = speaker {
                app.open_speaker_quotes(s);
            }
        }
        (Action::Explain, false) => {
            if let Some(a) = article {
                app.explain(Explained::Article(a));
            }
        }
        (Action::Explain, true) => {
            if let Some(s) = speaker {
                app.explain(Explained::Speaker(s));
            }
        }
        // `/` filters the list of the same things in their own pane.
        (Action::Search, _) => {
            let (focus, list) = if speakers {
                (Focus::Speakers, FilterList::Speakers)
            } else {
                (Focus::Articles, FilterList::Articles)
            };
            app.set_focus(focus);
            app.start_filter(list);
        }
        _ => {}
    }
}

/// Whether `action` can do anything in the tracker now.
pub(super) fn can_do(app: &App, action: Action) -> bool {
    let Some(d) = &app.data else { return false };
    match action {
        Action::Open | Action::Explain => match app.tracker.list {
            TrackerList::Articles => !d.by_date.is_empty(),
            TrackerList::Speakers => !d.speakers_by_lean.is_empty(),
        },
        _ => true,
    }
}

/// A click in the tracker: on a row of either list, that list takes the
/// keys and the row is selected; on the selected row, it opens.
pub(super) fn click(app: &mut App, c: Click) {
    let Click {
        area,
        x,
        y,
        was_focused,
    } = c;
    let Some(d) = &app.data else { return };
    let areas = crate::tui::measure::tracker_areas(app, layout::inner(area));
    let lists = [
        (
            TrackerList::Articles,
            areas.articles,
            d.by_date.len(),
            app.tracker.article_sel,
        ),
        (
            TrackerList::Speakers,
            areas.speakers,
            d.speakers_by_lean.len(),
            app.tracker.speaker_sel,
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
        let again = was_focused && app.tracker.list == list && i == sel.min(len - 1);
        app.tracker.list = list;
        if again {
            app.apply(Action::Open);
        } else if list == TrackerList::Articles {
            app.tracker.article_sel = i;
        } else {
            app.tracker.speaker_sel = i;
        }
        return;
    }
}
