//! The Central ◀ ▶ Local tracker: every article as a diverging bar by date,
//! the open article's paragraph strip, the theme over time as a chart, and
//! speakers ranked by lean. Both lists scroll and select (`v` moves between
//! them).

mod draw;
mod state;

use crate::tui::action::Action;
use crate::tui::keymap::Key;
use crossterm::event::KeyCode;

pub use state::{TrackerList, TrackerPane};

/// The tracker's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    title: "Central ◀ ▶ Local",
    bindings: &[
        (Key::plain('v'), Action::SwitchList, "move between Articles by date and Speakers by lean"),
        (Key::code(KeyCode::Enter), Action::Open, "read the article, or the speaker's quotes"),
        (Key::plain('e'), Action::Explain, "explain the article's or speaker's lean"),
        (Key::plain('/'), Action::Search, "filter the list (in Articles or Speakers)"),
    ],
    hint_labels: &[(Action::Open, "open"), (Action::Search, "filter")],
    hint_global: &[],
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
