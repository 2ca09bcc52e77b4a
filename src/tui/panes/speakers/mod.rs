//! The Speakers pane: everyone quoted, in a chosen order, narrowed by a
//! filter and, if asked, without those resting on thin evidence.

mod draw;
mod state;

pub use state::{SpeakerSort, SpeakersPane};

/// The Speakers pane's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    context: crate::tui::keymap::Context::Speakers,
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
