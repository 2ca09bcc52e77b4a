//! Everything the explorer can be asked to do. Keys map to actions through the
//! [`keymap`](super::keymap); [`App::apply`](super::app::App::apply) performs them.
//! Names are snake_case so a config file can bind them (`quit = "x"`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::EnumIter)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    Open,
    Back,
    Help,
    Search,
    NextMatch,
    PrevMatch,
    NextQuote,
    PrevQuote,
    Explain,
    ToggleCues,
    Sort,
    Finder,
    Palette,
    Compare,
    LockScroll,
    Warnings,
    /// Copy the current quote with its citation to the clipboard.
    Copy,
    /// Read the open article in `$PAGER`.
    Pager,
    /// Hide or show what rests on little: partial quotes in the Reader,
    /// thin-evidence speakers in Speakers.
    HideThin,
    /// Focus one pane of the main screen (`1`–`4`).
    FocusArticles,
    FocusReader,
    FocusSpeakers,
    FocusTracker,
    /// The focused pane fills the screen, or shares it again.
    Maximize,
    /// Corrections (kept in the store's `corrections.toml`): merge the
    /// marked speaker into the selected one, rename a speaker, give the
    /// current quote to another speaker, reject it, undo the last.
    Merge,
    Rename,
    Assign,
    Reject,
    Undo,
    /// Search every paragraph of the corpus.
    CorpusSearch,
    /// Back through the history of jumps, opened articles, speakers' quotes
    /// and comparisons; forward again.
    HistoryBack,
    HistoryForward,
    /// Move between the tracker's two lists.
    SwitchList,
    /// Typed text in the finder, palette or search prompt (not bindable).
    #[serde(skip)]
    Input(char),
    /// Backspace in a prompt (not bindable).
    #[serde(skip)]
    DeleteChar,
}

impl Action {
    /// The name a config file uses: `next_quote`.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// Whether a config file can bind it (typed text and Backspace in a
    /// prompt cannot).
    pub fn bindable(self) -> bool {
        !matches!(self, Action::Input(_) | Action::DeleteChar)
    }

    /// Every bindable action, in the order the config lists them (a test
    /// checks it against [`strum::IntoEnumIterator`]).
    pub const BINDABLE: [Action; 44] = [
        Action::Quit,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Up,
        Action::Down,
        Action::Top,
        Action::Bottom,
        Action::PageUp,
        Action::PageDown,
        Action::HalfPageUp,
        Action::HalfPageDown,
        Action::Open,
        Action::Back,
        Action::Help,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::NextQuote,
        Action::PrevQuote,
        Action::Explain,
        Action::ToggleCues,
        Action::Sort,
        Action::Finder,
        Action::Palette,
        Action::Compare,
        Action::LockScroll,
        Action::Warnings,
        Action::Copy,
        Action::Pager,
        Action::HideThin,
        Action::FocusArticles,
        Action::FocusReader,
        Action::FocusSpeakers,
        Action::FocusTracker,
        Action::Maximize,
        Action::Merge,
        Action::Rename,
        Action::Assign,
        Action::Reject,
        Action::Undo,
        Action::CorpusSearch,
        Action::HistoryBack,
        Action::HistoryForward,
        Action::SwitchList,
    ];
}
