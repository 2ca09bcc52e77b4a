//! Colours and emphasis. Every highlight has a non-colour form too (bold,
//! underline, reverse), so with `NO_COLOR` set the focus and highlights stay
//! visible.

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
            central: Color::Blue,
            local: Color::Yellow,
            focus: Color::Cyan,
            quote: Color::Green,
            speaker: Color::Magenta,
            matched: Color::LightRed,
            dim: Color::DarkGray,
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
            self.fg(self.dim)
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
    /// or italic (local).
    pub fn cue(&self, central: bool) -> Style {
        if self.monochrome {
            Style::default().add_modifier(if central {
                Modifier::UNDERLINED
            } else {
                Modifier::ITALIC
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
        if self.monochrome {
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
