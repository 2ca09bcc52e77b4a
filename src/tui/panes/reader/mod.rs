//! The Reader pane: the open article, paragraph by paragraph, with its
//! quotes and theme cues marked.

mod draw;
mod state;

/// The Reader's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    context: crate::tui::keymap::Context::Reader,
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
