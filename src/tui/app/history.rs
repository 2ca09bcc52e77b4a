//! History: where the reader has been. Jumps, opened articles, a speaker's
//! quotes and comparisons each leave a [`Place`] behind; Backspace or Ctrl-o
//! goes back through them and Ctrl-f forward again, restoring the screen, the
//! Reader's position and the focus as they were.

use super::*;

/// A place to come back to: the screen, the main Reader's position, focus
/// and the speaker's quotes being stepped through.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub screen: Screen,
    pub reader: ReaderPos,
    pub focus: Focus,
    pub side: Focus,
    /// The speaker's quotes `n`/`N` step through, as they were then.
    pub jump: Option<JumpList>,
}

/// The places behind (most recent last) and ahead (after going back).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
}

/// More than anyone walks back through; the oldest are let go.
const MAX_PLACES: usize = 200;

impl App {
    /// Where the app is now.
    pub fn place(&self) -> Place {
        Place {
            screen: self.screen.clone(),
            reader: self.reader,
            focus: self.focus,
            side: self.side,
            jump: self.jump.clone(),
        }
    }

    /// Leave the current place behind before going somewhere new: it goes on
    /// the back stack (once), and the way forward is forgotten.
    pub(crate) fn remember(&mut self) {
        let here = self.place();
        if self.history.back.last() != Some(&here) {
            self.history.back.push(here);
            if self.history.back.len() > MAX_PLACES {
                self.history.back.remove(0);
            }
        }
        self.history.forward.clear();
    }

    /// Go back one place; `false` when there is none.
    pub(super) fn history_back(&mut self) -> bool {
        let Some(place) = self.history.back.pop() else {
            return false;
        };
        let here = self.place();
        self.history.forward.push(here);
        self.restore(place);
        true
    }

    /// Go forward again after going back; `false` when there is nothing ahead.
    pub(super) fn history_forward(&mut self) -> bool {
        let Some(place) = self.history.forward.pop() else {
            return false;
        };
        let here = self.place();
        self.history.back.push(here);
        self.restore(place);
        true
    }

    fn restore(&mut self, place: Place) {
        let article_changed = place.reader.article != self.reader.article;
        self.screen = place.screen;
        self.reader = place.reader;
        self.focus = place.focus;
        self.side = place.side;
        self.jump = place.jump;
        if article_changed {
            self.search = None;
        }
        // The Articles list shows the open article again.
        self.articles.select(self.reader.article);
        self.clamp_scrolls();
    }

    /// The back and forward keys, with a status when there is nowhere to go.
    pub(super) fn apply_history(&mut self, action: Action) {
        let forward = action == Action::HistoryForward;
        let moved = if forward {
            self.history_forward()
        } else {
            self.history_back()
        };
        if !moved {
            self.status = Some(
                if forward {
                    "Nothing to go forward to."
                } else {
                    "Nothing to go back to."
                }
                .into(),
            );
        }
    }
}
