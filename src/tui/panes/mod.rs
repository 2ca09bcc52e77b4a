//! The panes of the main screen, each in a folder of its own, kept in one
//! registry keyed by [`Focus`].
//!
//! A pane's folder holds everything that is only about that pane:
//!
//! - `state.rs`: its state (a struct [`App`] holds, such as
//!   [`articles::ArticlesPane`]), its keys (what an [`Action`] does while it
//!   has the focus), what a click on it does, and what it can do now (which
//!   the hint bar shows). State never draws, so `state.rs` never names the
//!   drawing code (`tests/tui_keys.rs` checks, as it does for `src/tui/app/`).
//! - `draw.rs`: how it is drawn, a pure function of `&App`.
//! - `mod.rs`: its [`Pane`] entry, tying the two together.
//!
//! What panes share stays in [`App`]: opening, comparing, explaining,
//! filtering, history, marks and corrections, which the panes' keys call;
//! and the Reader's position, search and jump list, which the lists,
//! history and comparisons use too.
//!
//! [`App`] asks [`pane`] which keymap context is active, where a key or a
//! click goes and what is possible; [`crate::tui::ui`] asks it how to draw.
//! So adding a pane costs its folder and one line in [`pane`] (with its
//! `mod` line), besides what every pane shares on purpose: its [`Focus`]
//! variant and where [`crate::tui::layout`] places it, and its keymap
//! context and bindings in the one keymap table, whose descriptions feed
//! `?` help, the hint bar and the README.

pub mod articles;
pub mod reader;
pub mod speakers;
pub mod tracker;

use super::action::Action;
use super::app::App;
use super::keymap::Context;
use super::layout::Focus;
use ratatui::layout::Rect;
use ratatui::Frame;

/// What the rest of the explorer needs of a pane: plain functions, so an
/// entry is a constant and the registry is one `match`.
pub struct Pane {
    /// The keymap context its keys are looked up in.
    pub context: Context,
    /// What `action` does while the pane has the focus (the keys every
    /// pane shares, such as Tab or `?`, are handled before it is asked).
    pub keys: fn(&mut App, Action),
    /// Whether `action` can do anything now; the hint bar leaves out the
    /// keys that cannot. Asked only with a corpus loaded and no pop-up open.
    pub can_do: fn(&App, Action) -> bool,
    /// What a left click on the pane does (it has the focus by then).
    pub click: fn(&mut App, Click),
    /// Draw the pane in `area`; the last argument says whether it has the focus.
    pub draw: fn(&mut Frame, &App, Rect, bool),
}

/// A left click on a pane of the main screen.
#[derive(Debug, Clone, Copy)]
pub struct Click {
    /// The pane's area, border included.
    pub area: Rect,
    pub x: u16,
    pub y: u16,
    /// The pane had the focus before the click: a click on a list's
    /// selected row then opens it, as Enter does.
    pub was_focused: bool,
}

/// The pane shown for `focus`: the one place panes are listed.
pub fn pane(focus: Focus) -> &'static Pane {
    match focus {
        Focus::Articles => &articles::PANE,
        Focus::Reader => &reader::PANE,
        Focus::Speakers => &speakers::PANE,
        Focus::Tracker => &tracker::PANE,
    }
}
