//! The Central ◀ ▶ Local tracker: every article as a diverging bar by date,
//! the open article's paragraph strip, the theme over time as a chart, and
//! speakers ranked by lean. Both lists scroll and select (`v` moves between
//! them).

mod draw;
mod state;

pub use state::{TrackerList, TrackerPane};

/// The tracker's entry in the [registry](super::pane).
pub const PANE: super::Pane = super::Pane {
    context: crate::tui::keymap::Context::Tracker,
    keys: state::keys,
    can_do: state::can_do,
    click: state::click,
    draw: draw::draw,
};
