//! The Speakers pane: everyone quoted, in a chosen order, narrowed by a
//! filter and, if asked, without those resting on thin evidence.

mod draw;
mod state;

use crate::tui::action::Action;
use crate::tui::keymap::Key;
use crossterm::event::KeyCode;

pub use state::{SpeakerSort, SpeakersPane};

/// The Speakers pane's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    title: "Speakers",
    bindings: &[
        (Key::code(KeyCode::Enter), Action::Open, "their quotes"),
        (Key::plain('s'), Action::Sort, "sort by quotes, name or lean"),
        (Key::plain('c'), Action::Compare, "mark, then compare with a second"),
        (Key::plain('e'), Action::Explain, "explain the speaker's lean"),
        (Key::plain('/'), Action::Search, "filter the list by words"),
        (Key::plain('H'), Action::HideThin, "hide/show thin-evidence speakers"),
        (Key::plain('m'), Action::Merge, "merge the speaker marked with c into this one"),
        (Key::plain('R'), Action::Rename, "rename this speaker"),
    ],
    hint_labels: &[(Action::Open, "quotes"), (Action::Search, "filter")],
    hint_global: &[],
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
