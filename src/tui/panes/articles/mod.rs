//! The Articles pane: the corpus's articles in a chosen order, narrowed by
//! a filter; the Reader follows its selection.

mod draw;
mod state;

use crate::tui::action::Action;
use crate::tui::keymap::Key;
use crossterm::event::KeyCode;

pub use state::{ArticleSort, ArticlesPane};

/// The Articles pane's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    title: "Articles",
    bindings: &[
        (Key::code(KeyCode::Enter), Action::Open, "read the article"),
        (Key::plain('s'), Action::Sort, "sort by date, title or lean"),
        (Key::plain('c'), Action::Compare, "mark, then compare with a second"),
        (Key::plain('e'), Action::Explain, "explain the article's lean"),
        (Key::plain('/'), Action::Search, "filter the list by words"),
    ],
    hint_labels: &[(Action::Open, "read"), (Action::Search, "filter")],
    hint_global: &[],
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
