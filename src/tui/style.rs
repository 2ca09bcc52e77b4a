//! Colours and emphasis. Every highlight has a non-colour form too (bold,
//! underline, reverse), so with `NO_COLOR` set the focus and highlights stay
//! visible.
//!
//! The colours are chosen to read on dark, light and Solarized terminals:
//! secondary text is the terminal's own faint style rather than colour 8
//! (which is the background in Solarized Dark), and the local side is a
//! fixed dark orange (colour 166) rather than yellow, which fades on a light
//! background; central, focus, quotes and matches are fixed colours of the
//! 256 too, since xterm's blue, cyan and green and Solarized's orange fall
//! below 3:1 on one background or another. `tests/tui_palette.rs` checks
//! each text colour's contrast on the four schemes of [`super::schemes`];
//! `cargo run --example palette_screens` draws the explorer in each to
//! `docs/screenshots/`.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// No colours at all (`NO_COLOR`).
    pub monochrome: bool,
    pub central: Color,
    pub local: Color,
    pub focus: Color,
    pub quote: Color,
    pub speaker: Color,
    pub matched: Color,
    pub dim: Color,
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            monochrome: false,
            // Fixed colours of the 256 whose contrast is 3:1 or more on
            // dark, light and both Solarized backgrounds (xterm's own blue,
            // cyan and green are not: see tests/tui_palette.rs).
            central: Color::Indexed(32),
            local: Color::Indexed(166),
            focus: Color::Indexed(30),
            quote: Color::Indexed(28),
            speaker: Color::Magenta,
            matched: Color::Indexed(203),
            // `reset`: the terminal's faint (dim) style, not a colour.
            dim: Color::Reset,
        }
    }
}

impl Palette {
    /// The default palette, or no colour when `NO_COLOR` is set (to anything
    /// but the empty string, as no-color.org asks).
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Palette {
            monochrome: no_color,
            ..Palette::default()
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.monochrome {
            Style::default()
        } else {
            Style::default().fg(c)
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.focus).add_modifier(Modifier::BOLD)
        } else {
            self.dim()
        }
    }
    pub fn title(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.focus)
                .add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        }
    }
    pub fn side(&self, central: bool) -> Style {
        self.fg(if central { self.central } else { self.local })
    }
    /// A theme cue tinted by its side; without colour, underlined (central)
    /// or underlined and bold (local): quotes are the italic text.
    pub fn cue(&self, central: bool) -> Style {
        if self.monochrome {
            Style::default().add_modifier(if central {
                Modifier::UNDERLINED
            } else {
                Modifier::UNDERLINED | Modifier::BOLD
            })
        } else {
            self.side(central).add_modifier(Modifier::UNDERLINED)
        }
    }
    pub fn quote(&self) -> Style {
        self.fg(self.quote).add_modifier(Modifier::ITALIC)
    }
    pub fn speaker(&self) -> Style {
        self.fg(self.speaker).add_modifier(Modifier::BOLD)
    }
    pub fn matched(&self) -> Style {
        if self.monochrome {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default().bg(self.matched).fg(Color::Black)
        }
    }
    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
    pub fn dim(&self) -> Style {
        if self.monochrome || self.dim == Color::Reset {
            Style::default().add_modifier(Modifier::DIM)
        } else {
            Style::default().fg(self.dim)
        }
    }
    pub fn bold(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    pub fn marked(&self) -> Style {
        self.fg(self.speaker)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secondary_text_is_faint_not_colour_8() {
        let p = Palette::default();
        let dim = p.dim();
        assert_eq!(dim.fg, None, "colour 8 is Solarized Dark's background");
        assert!(dim.add_modifier.contains(Modifier::DIM));
        assert_eq!(p.border(false), dim);
        // A colour chosen in the config is used as given.
        let grey = Palette {
            dim: Color::Indexed(245),
            ..Palette::default()
        };
        assert_eq!(grey.dim().fg, Some(Color::Indexed(245)));
    }

    #[test]
    fn local_is_not_yellow_and_every_side_reads_without_colour() {
        let p = Palette::default();
        assert_eq!(p.side(false).fg, Some(Color::Indexed(166)));
        assert_ne!(p.local, Color::Yellow);
        let mono = Palette {
            monochrome: true,
            ..Palette::default()
        };
        let (central, local, quote) = (mono.cue(true), mono.cue(false), mono.quote());
        assert_ne!(central, local);
        assert!(
            !local.add_modifier.contains(Modifier::ITALIC),
            "italic is for quotes"
        );
        assert_ne!(local.add_modifier, quote.add_modifier);
        assert_ne!(central.add_modifier, quote.add_modifier);
        assert!([central, local, quote].iter().all(|s| s.fg.is_none()));
    }
}
