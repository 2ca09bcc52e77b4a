//! The Speakers pane's state and keys. Opening, comparing, explaining,
//! filtering and corrections (merge, rename) are the app's, shared with
//! other panes and screens: the keys here only say which speaker they act on.

use super::super::Click;
use crate::tui::action::Action;
use crate::tui::app::{list_row, move_selection, App, Explained, FilterList};
use crate::tui::data::Data;
use crate::tui::layout::Focus;

/// The order the Speakers list is in (`s` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerSort {
    Quotes,
    Name,
    Lean,
}

impl SpeakerSort {
    /// The order after this one.
    fn next(self) -> SpeakerSort {
        match self {
            SpeakerSort::Quotes => SpeakerSort::Name,
            SpeakerSort::Name => SpeakerSort::Lean,
            SpeakerSort::Lean => SpeakerSort::Quotes,
        }
    }
}

/// What the Speakers list shows and where its selection is.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakersPane {
    pub sort: SpeakerSort,
    /// The speakers shown (indexes into the corpus's speakers), in order;
    /// those the filter (or `hide_thin`) leaves out are not there.
    pub order: Vec<usize>,
    /// The selected row of `order`.
    pub sel: usize,
    /// The words the list is narrowed to (`/` there); empty: all.
    pub filter: String,
    /// Speakers resting on thin evidence are left out (`H`).
    pub hide_thin: bool,
}

impl Default for SpeakersPane {
    fn default() -> Self {
        SpeakersPane {
            sort: SpeakerSort::Quotes,
            order: Vec::new(),
            sel: 0,
            filter: String::new(),
            hide_thin: false,
        }
    }
}

impl SpeakersPane {
    /// The selected speaker (an index into the corpus's speakers).
    pub fn selected(&self) -> Option<usize> {
        super::super::selected_in(&self.order, self.sel)
    }

    /// Select speaker `s` if the list shows it; whether it does.
    pub fn select(&mut self, s: usize) -> bool {
        super::super::select_in(&self.order, &mut self.sel, s)
    }

    /// Put `order` in the chosen sort order, keeping the selection on the
    /// same speaker.
    pub(crate) fn sort_order(&mut self, d: &Data) {
        let keep = self.selected();
        let sp = &d.corpus.speakers;
        match self.sort {
            SpeakerSort::Quotes => self.order.sort_by(|&a, &b| {
                sp[b]
                    .quote_count
                    .cmp(&sp[a].quote_count)
                    .then(sp[a].name.cmp(&sp[b].name))
            }),
            SpeakerSort::Name => self.order.sort_by(|&a, &b| sp[a].name.cmp(&sp[b].name)),
            SpeakerSort::Lean => self.order.sort_by(|&a, &b| {
                sp[a]
                    .theme
                    .lean
                    .total_cmp(&sp[b].theme.lean)
                    .then(a.cmp(&b))
            }),
        }
        if let Some(k) = keep {
            self.sel = self.order.iter().position(|&x| x == k).unwrap_or(0);
        }
    }
}

/// What `action` does while the Speakers pane has the focus.
pub(super) fn keys(app: &mut App, action: Action) {
    let n = app.speakers.order.len();
    let page = app.list_page(Focus::Speakers, 1);
    if let Some(sel) = move_selection(app.speakers.sel, n, page, action) {
        app.speakers.sel = sel;
        return;
    }
    let selected = app.speakers.selected();
    match action {
        Action::Open => {
            if let Some(s) = selected {
                app.open_speaker_quotes(s);
            }
        }
        Action::Sort => {
            app.speakers.sort = app.speakers.sort.next();
            app.sort_speakers();
        }
        Action::Explain => {
            if let Some(s) = selected {
                app.explain(Explained::Speaker(s));
            }
        }
        Action::Search => app.start_filter(FilterList::Speakers),
        Action::HideThin => {
            app.speakers.hide_thin = !app.speakers.hide_thin;
            let text = app.speakers.filter.clone();
            app.refilter(FilterList::Speakers, text);
            app.status = Some(
                if app.speakers.hide_thin {
                    "Thin-evidence speakers hidden (H shows them)."
                } else {
                    "Thin-evidence speakers shown."
                }
                .into(),
            );
        }
        Action::Back if !app.speakers.filter.is_empty() => {
            app.set_filter(FilterList::Speakers, String::new());
            app.status = Some("Filter cleared.".into());
        }
        Action::Compare => {
            if let Some(s) = selected {
                app.compare_speaker(s);
            }
        }
        Action::Merge => app.merge_marked_into_selected(),
        Action::Rename => {
            if let Some(s) = selected {
                app.start_rename(s);
            }
        }
        Action::Back => app.clear_marks_or(|_| {}),
        _ => {}
    }
}

/// Whether `action` can do anything in the Speakers pane now.
pub(super) fn can_do(app: &App, action: Action) -> bool {
    match action {
        Action::Merge => app.marks.speaker.is_some(),
        Action::Sort => app.speakers.order.len() > 1,
        Action::Open | Action::Compare | Action::Rename => !app.speakers.order.is_empty(),
        _ => true,
    }
}

/// A click picks the speaker on the row clicked, or opens their quotes
/// when they were already picked in the focused list.
pub(super) fn click(app: &mut App, c: Click) {
    let Some(i) = list_row(c.area, c.y, 1, app.speakers.sel, app.speakers.order.len()) else {
        return;
    };
    if c.was_focused && i == app.speakers.sel {
        app.apply(Action::Open);
    } else {
        app.speakers.sel = i;
    }
}
