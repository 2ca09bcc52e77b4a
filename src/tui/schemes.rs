//! Four terminal colour schemes (dark, light, Solarized Dark, Solarized
//! Light), what a ratatui [`Color`] looks like under each, and the WCAG
//! contrast ratio between two colours: enough to check that the default
//! [`Palette`](super::style::Palette) reads on each (`tests/tui_palette.rs`)
//! and to "screenshot" a drawn screen as HTML in each
//! (`cargo run --example palette_screens`, written to `docs/screenshots/`).
//!
//! The 16 ANSI colours are the scheme's own; colours 16–255 are xterm's fixed
//! 256-colour table (Solarized themes only redefine the first 16).

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

/// A colour as red, green and blue.
pub type Rgb = (u8, u8, u8);

/// A terminal's colours: its default foreground and background and its 16
/// ANSI colours (0–7 normal, 8–15 bright).
#[derive(Debug, Clone, Copy)]
pub struct Scheme {
    /// The file name of its screenshot: `solarized-dark`.
    pub name: &'static str,
    pub fg: Rgb,
    pub bg: Rgb,
    pub ansi: [Rgb; 16],
}

/// xterm's default 16 colours.
const XTERM: [Rgb; 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// Solarized's 16 (the same for its dark and light variants): black is
/// base02, bright black base03 (Solarized Dark's background), bright red
/// orange, and the other bright colours the base tones and violet.
const SOLARIZED: [Rgb; 16] = [
    (0x07, 0x36, 0x42), // base02
    (0xdc, 0x32, 0x2f), // red
    (0x85, 0x99, 0x00), // green
    (0xb5, 0x89, 0x00), // yellow
    (0x26, 0x8b, 0xd2), // blue
    (0xd3, 0x36, 0x82), // magenta
    (0x2a, 0xa1, 0x98), // cyan
    (0xee, 0xe8, 0xd5), // base2
    (0x00, 0x2b, 0x36), // base03
    (0xcb, 0x4b, 0x16), // orange
    (0x58, 0x6e, 0x75), // base01
    (0x65, 0x7b, 0x83), // base00
    (0x83, 0x94, 0x96), // base0
    (0x6c, 0x71, 0xc4), // violet
    (0x93, 0xa1, 0xa1), // base1
    (0xfd, 0xf6, 0xe3), // base3
];

pub const DARK: Scheme = Scheme {
    name: "dark",
    fg: (0xe5, 0xe5, 0xe5),
    bg: (0x00, 0x00, 0x00),
    ansi: XTERM,
};
pub const LIGHT: Scheme = Scheme {
    name: "light",
    fg: (0x00, 0x00, 0x00),
    bg: (0xff, 0xff, 0xff),
    ansi: XTERM,
};
pub const SOLARIZED_DARK: Scheme = Scheme {
    name: "solarized-dark",
    fg: (0x83, 0x94, 0x96), // base0
    bg: (0x00, 0x2b, 0x36), // base03
    ansi: SOLARIZED,
};
pub const SOLARIZED_LIGHT: Scheme = Scheme {
    name: "solarized-light",
    fg: (0x65, 0x7b, 0x83), // base00
    bg: (0xfd, 0xf6, 0xe3), // base3
    ansi: SOLARIZED,
};

pub const ALL: [Scheme; 4] = [DARK, LIGHT, SOLARIZED_DARK, SOLARIZED_LIGHT];

/// Colour `i` of xterm's 256-colour table past the 16 ANSI colours: a
/// 6×6×6 cube, then 24 greys.
fn xterm_256(i: u8) -> Rgb {
    if i >= 232 {
        let v = 8 + 10 * (i - 232);
        return (v, v, v);
    }
    let i = i - 16;
    let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
    (level(i / 36), level(i / 6 % 6), level(i % 6))
}

impl Scheme {
    /// What `color` looks like in this scheme, or `None` for
    /// [`Color::Reset`]: the terminal's own foreground or background,
    /// whichever it stands for.
    pub fn rgb(&self, color: Color) -> Option<Rgb> {
        let ansi = |i: usize| Some(self.ansi[i]);
        match color {
            Color::Reset => None,
            Color::Black => ansi(0),
            Color::Red => ansi(1),
            Color::Green => ansi(2),
            Color::Yellow => ansi(3),
            Color::Blue => ansi(4),
            Color::Magenta => ansi(5),
            Color::Cyan => ansi(6),
            Color::Gray => ansi(7),
            Color::DarkGray => ansi(8),
            Color::LightRed => ansi(9),
            Color::LightGreen => ansi(10),
            Color::LightYellow => ansi(11),
            Color::LightBlue => ansi(12),
            Color::LightMagenta => ansi(13),
            Color::LightCyan => ansi(14),
            Color::White => ansi(15),
            Color::Indexed(i) if i < 16 => ansi(i as usize),
            Color::Indexed(i) => Some(xterm_256(i)),
            Color::Rgb(r, g, b) => Some((r, g, b)),
        }
    }

    /// The contrast of `fg` drawn on this scheme's background; a
    /// [`Color::Reset`] foreground is the terminal's own.
    pub fn contrast_on_bg(&self, fg: Color) -> f64 {
        contrast(self.rgb(fg).unwrap_or(self.fg), self.bg)
    }
}

/// WCAG 2 relative luminance.
fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The least contrast WCAG asks of large text and of graphics (1.4.11);
/// what every foreground the explorer draws is held to.
pub const MIN_CONTRAST: f64 = 3.0;

fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A drawn screen as a standalone HTML page in `scheme`'s colours: each run
/// of cells styled alike is a span with its foreground and background (swapped
/// when reversed), bold, italic and underline as such, and DIM as reduced
/// opacity, which is how most terminals draw faint text.
pub fn html(buf: &Buffer, scheme: &Scheme, title: &str) -> String {
    let mut body = String::new();
    for y in 0..buf.area.height {
        let mut run: Option<(String, String)> = None;
        let flush = |run: &mut Option<(String, String)>, body: &mut String| {
            if let Some((style, text)) = run.take() {
                body.push_str(&format!("<span style=\"{style}\">{}</span>", escape(&text)));
            }
        };
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let mut fg = scheme.rgb(cell.fg).unwrap_or(scheme.fg);
            let mut bg = scheme.rgb(cell.bg).unwrap_or(scheme.bg);
            let m = cell.modifier;
            if m.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let mut style = format!("color:{};background:{}", hex(fg), hex(bg));
            if m.contains(Modifier::BOLD) {
                style.push_str(";font-weight:bold");
            }
            if m.contains(Modifier::ITALIC) {
                style.push_str(";font-style:italic");
            }
            if m.contains(Modifier::UNDERLINED) {
                style.push_str(";text-decoration:underline");
            }
            if m.contains(Modifier::DIM) {
                style.push_str(";opacity:0.5");
            }
            // The cell after a wide character is empty: the character covers it.
            let symbol = cell.symbol();
            match &mut run {
                Some((s, text)) if *s == style => text.push_str(symbol),
                _ => {
                    flush(&mut run, &mut body);
                    run = Some((style, symbol.to_string()));
                }
            }
        }
        flush(&mut run, &mut body);
        body.push('\n');
    }
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n\
         <body style=\"background:{bg};margin:1em\">\n\
         <pre style=\"font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:13px;\
         line-height:1.2;color:{fg};background:{bg};display:inline-block\">\n{body}</pre>\n\
         </body></html>\n",
        title = escape(title),
        fg = hex(scheme.fg),
        bg = hex(scheme.bg),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_xterm_table() {
        assert_eq!(xterm_256(16), (0, 0, 0));
        assert_eq!(xterm_256(166), (0xd7, 0x5f, 0x00));
        assert_eq!(xterm_256(231), (0xff, 0xff, 0xff));
        assert_eq!(xterm_256(232), (8, 8, 8));
        assert_eq!(xterm_256(255), (0xee, 0xee, 0xee));
        assert_eq!(DARK.rgb(Color::Indexed(9)), DARK.rgb(Color::LightRed));
        assert_eq!(DARK.rgb(Color::Reset), None);
    }

    #[test]
    fn contrast_is_wcag() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
        assert_eq!(contrast((1, 2, 3), (1, 2, 3)), 1.0);
    }

    /// The checker can fail: colour 8 is Solarized Dark's own background.
    #[test]
    fn colour_8_on_solarized_dark_fails() {
        let c = SOLARIZED_DARK.contrast_on_bg(Color::Indexed(8));
        assert!(c < MIN_CONTRAST, "{c}");
        assert!(SOLARIZED_DARK.contrast_on_bg(Color::DarkGray) < MIN_CONTRAST);
        // The terminal's own foreground reads, as it is meant to.
        assert!(SOLARIZED_DARK.contrast_on_bg(Color::Reset) >= MIN_CONTRAST);
    }
}
