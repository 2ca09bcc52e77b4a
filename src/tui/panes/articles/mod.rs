//! The Articles pane: the corpus's articles in a chosen order, narrowed by
//! a filter; the Reader follows its selection.

mod draw;
mod state;

pub use state::{ArticleSort, ArticlesPane};

/// The Articles pane's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    context: crate::tui::keymap::Context::Articles,
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
