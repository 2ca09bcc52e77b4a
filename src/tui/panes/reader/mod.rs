//! The Reader pane: the open article, paragraph by paragraph, with its
//! quotes and theme cues marked.

mod draw;
mod state;

use crate::tui::action::Action;
use crate::tui::keymap::Key;
use crossterm::event::KeyCode;

/// The Reader's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    title: "Reader",
    bindings: &[
        (Key::code(KeyCode::Enter), Action::Open, "all quotes by the current quote's speaker"),
        (Key::plain('/'), Action::Search, "search"),
        (Key::plain('n'), Action::NextMatch, "next match, or speaker's next quote"),
        (Key::plain('N'), Action::PrevMatch, "previous match or quote"),
        (Key::plain(']'), Action::NextQuote, "next quote"),
        (Key::plain('['), Action::PrevQuote, "previous quote"),
        (Key::plain('y'), Action::Copy, "copy the quote with its citation"),
        (Key::plain('o'), Action::Pager, "read the article in $PAGER"),
        (Key::plain('H'), Action::HideThin, "hide/show partial quotes"),
        (Key::plain('e'), Action::Explain, "explain the paragraph's lean"),
        (Key::plain('c'), Action::Compare, "mark, then compare with a second"),
        (Key::plain('a'), Action::Assign, "give the current quote to another speaker"),
        (Key::plain('x'), Action::Reject, "reject the current quote: nobody's quote"),
    ],
    hint_labels: &[(Action::Open, "speaker"), (Action::HideThin, "partial")],
    hint_global: &[Action::ToggleCues],
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
