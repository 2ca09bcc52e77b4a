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
//! - `mod.rs`: its [`Pane`] entry, tying the two together, with its title
//!   and its default keys as data: (key, action, description) in the order
//!   help lists them, and the hint bar's short labels where they differ.
//!   The keymap gathers every pane's keys into the one table, so `?` help,
//!   the hint bar, the README's keys and the config file (`[keys.<pane>]`)
//!   still come from one place.
//!
//! What panes share stays in [`App`]: opening, comparing, explaining,
//! filtering, history, marks and corrections, which the panes' keys call;
//! and the Reader's position, search and jump list, which the lists,
//! history and comparisons use too.
//!
//! [`App`] asks [`pane`] which keymap context is active, where a key or a
//! click goes and what is possible; [`crate::tui::ui`] asks it how to draw.
//!
//! # Adding a pane
//!
//! Its folder, and one line in `registry!` (in this file): `Name => folder,`.
//! From that line come `pub mod folder;`, the variant `Focus::Name` (Tab
//! visits the panes in the registry's order), `pane(Focus::Name)` (the
//! folder's `PANE`), and the keymap context `Context::Name`: placed after
//! `Global` in help and the README (headed `Name`), named `name` in the
//! config file, falling back to the keys of everywhere, holding the keys
//! listed in `PANE.bindings`.
//!
//! It is then on screen: [`crate::tui::layout::Panes`] has a slot for
//! every pane, and [`crate::tui::layout::panes`] shows a pane it does not
//! place by name where the focused list pane goes: alone on a narrow
//! screen, beside the Reader on a medium one, and in the Speakers' column
//! on a wide one (as the tracker is when there is no room for its row);
//! `z` gives it the whole body.
//!
//! Its keys then show in `?` help and its hint bar, and join the README's
//! keys table, which is pasted from `cargo run --example keys_table`
//! (`tests/tui_keys.rs` says when it is out of date). Nothing else is
//! needed: a scratch pane of one `mod.rs` (a title, a key and four trivial
//! functions) plus its registry line builds, takes its turn at Tab and
//! shows at every width.
//!
//! Shared code is touched only for what a pane chooses to share:
//!
//! - A place of its own on a wide screen: in [`crate::tui::layout::panes`].
//! - State of its own lives in a field of [`App`] (set up in `App::new`),
//!   as `app.articles` does, so other panes and [`App`] can reach it.
//! - A key of its own to jump to it (`1` to `4`) is an [`Action`]
//!   (`FocusArticles`) bound in the table's `Global` section.

use super::action::Action;
use super::app::App;
use super::keymap::{Context, Key};
use ratatui::layout::Rect;
use ratatui::Frame;

/// The registry: one line per pane, `Variant => folder`, in the order Tab
/// visits them. It hands the list to the macro named, which is how the
/// lines become the `mod` declarations, [`Focus`] and [`pane`] here (see
/// `panes!` below) and the panes' keymap contexts in [`Context`] (in
/// [`crate::tui::keymap`]).
macro_rules! registry {
    ($then:ident) => {
        $then! {
            Articles => articles,
            Reader => reader,
            Speakers => speakers,
            Tracker => tracker,
        }
    };
}
pub(crate) use registry;

macro_rules! panes {
    ($($variant:ident => $folder:ident,)*) => {
        $(pub mod $folder;)*

        /// Which pane of the main screen has the focus: one per line of the
        /// registry (`registry!`), in its order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Focus {
            $($variant,)*
        }

        impl Focus {
            /// Every pane, in the order Tab visits them.
            pub const ORDER: [Focus; [$(Focus::$variant),*].len()] = [$(Focus::$variant),*];

            /// The pane's keymap context, of the same name.
            pub fn context(self) -> Context {
                match self {
                    $(Focus::$variant => Context::$variant,)*
                }
            }
        }

        /// The pane shown for `focus`: the one place panes are listed.
        pub fn pane(focus: Focus) -> &'static Pane {
            match focus {
                $(Focus::$variant => &$folder::PANE,)*
            }
        }
    };
}
registry!(panes);

impl Focus {
    /// The pane's title on its border.
    pub fn title(self) -> &'static str {
        pane(self).title
    }
}

/// One of a pane's default keys: (key, action, what it does there). The
/// description is what `?` help and the README say.
pub type PaneKey = (Key, Action, &'static str);

/// What the rest of the explorer needs of a pane: plain functions, so an
/// entry is a constant and the registry is one `match`.
pub struct Pane {
    /// Its title on its border.
    pub title: &'static str,
    /// Its default keys, in the order help, the hint bar and the README
    /// list them; [`crate::tui::keymap`] gathers them into the one table
    /// under the pane's context (which a config file can rebind).
    pub bindings: &'static [PaneKey],
    /// The hint bar's short label for an action where it differs from the
    /// one every context uses (`read` rather than `open`).
    pub hint_labels: &'static [(Action, &'static str)],
    /// Keys of everywhere the hint bar offers in this pane too, besides
    /// Tab, `f`, history, `?` and `q` (the Reader adds `t`, its tints).
    pub hint_global: &'static [Action],
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

/// The item at row `sel` of a list shown in `order` (indices into the
/// corpus), shared by the list panes.
pub(crate) fn selected_in(order: &[usize], sel: usize) -> Option<usize> {
    order.get(sel).copied()
}

/// Move `sel` to the row showing item `x`, if the list shows it; whether it
/// does.
pub(crate) fn select_in(order: &[usize], sel: &mut usize, x: usize) -> bool {
    match order.iter().position(|&o| o == x) {
        Some(i) => {
            *sel = i;
            true
        }
        None => false,
    }
}
