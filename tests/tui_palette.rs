//! Every colour the default palette draws text in, against the backgrounds
//! of a dark terminal (black, xterm's colours), a light one (white, xterm's
//! colours), Solarized Dark and Solarized Light: the WCAG contrast ratio must
//! be at least 3:1 (`schemes::MIN_CONTRAST`), except for the pairs listed in
//! [`KNOWN_BELOW`], which the test pins so that the list stays exact.
//!
//! Text drawn in the terminal's own foreground (no colour, `Color::Reset`)
//! passes by construction: the terminal's theme picks it to read on its own
//! background. That is how secondary text is drawn (`dim = "reset"`: the
//! terminal's faint attribute over its own foreground), so dim text is
//! checked as the terminal's foreground; a palette giving `dim` a fixed
//! colour is checked like any other colour (see
//! `a_fixed_dim_colour_is_checked`).

use centreline::tui::schemes::{self, Scheme, MIN_CONTRAST};
use centreline::tui::style::Palette;
use ratatui::style::Style;

/// The palette's text styles, each as drawn: (slot, style).
fn drawn(p: &Palette) -> Vec<(&'static str, Style)> {
    vec![
        ("central", p.cue(true)),
        ("local", p.cue(false)),
        ("focus", p.border(true)),
        ("quote", p.quote()),
        ("speaker", p.speaker()),
        // Black text on the matched colour: checked as that pair.
        ("matched", p.matched()),
        ("dim", p.dim()),
        ("error", p.error()),
    ]
}

/// The contrast of a style's text in a scheme: its foreground (or the
/// terminal's) on its background (or the terminal's).
fn contrast(scheme: &Scheme, style: Style) -> f64 {
    let fg = style.fg.and_then(|c| scheme.rgb(c)).unwrap_or(scheme.fg);
    let bg = style.bg.and_then(|c| scheme.rgb(c)).unwrap_or(scheme.bg);
    schemes::contrast(fg, bg)
}

/// (scheme, slot, ratio) for every pair below the minimum.
fn below(p: &Palette) -> Vec<(&'static str, &'static str, f64)> {
    let mut out = Vec::new();
    for scheme in schemes::ALL {
        for (slot, style) in drawn(p) {
            let c = contrast(&scheme, style);
            if c < MIN_CONTRAST {
                out.push((scheme.name, slot, c));
            }
        }
    }
    out
}

/// Pairs of the default palette below 3:1: none. (xterm's blue on black,
/// its cyan and green on white, Solarized's cyan and green on base3 and
/// black on Solarized's orange were, before those slots became fixed
/// colours of the 256.)
const KNOWN_BELOW: &[(&str, &str, f64)] = &[];

#[test]
fn default_palette_reads_on_every_scheme() {
    let p = Palette::default();
    for scheme in schemes::ALL {
        for (slot, style) in drawn(&p) {
            println!(
                "{:16} {:8} {:5.2}",
                scheme.name,
                slot,
                contrast(&scheme, style)
            );
        }
    }
    let found = below(&p);
    let rounded: Vec<(&str, &str, f64)> = found
        .iter()
        .map(|&(s, slot, c)| (s, slot, (c * 100.0).round() / 100.0))
        .collect();
    assert_eq!(rounded, KNOWN_BELOW, "pairs below {MIN_CONTRAST}:1");
}

#[test]
fn dim_and_local_read_everywhere() {
    let p = Palette::default();
    // Dim is the terminal's own foreground (faint), local is colour 166.
    assert_eq!(p.dim().fg, None);
    for scheme in schemes::ALL {
        for (slot, style) in drawn(&p) {
            if slot == "dim" || slot == "local" {
                let c = contrast(&scheme, style);
                assert!(c >= MIN_CONTRAST, "{slot} on {}: {c:.2}", scheme.name);
            }
        }
    }
}

#[test]
fn a_fixed_dim_colour_is_checked() {
    // Colour 8 is Solarized Dark's background: unreadable there.
    let grey = Palette {
        dim: ratatui::style::Color::Indexed(8),
        ..Palette::default()
    };
    let found = below(&grey);
    assert!(
        found
            .iter()
            .any(|&(s, slot, c)| s == "solarized-dark" && slot == "dim" && c < 1.01),
        "{found:?}"
    );
    // A mid grey of the 256 reads on all four.
    let mid = Palette {
        dim: ratatui::style::Color::Indexed(244),
        ..Palette::default()
    };
    assert!(!below(&mid).iter().any(|&(_, slot, _)| slot == "dim"));
}
