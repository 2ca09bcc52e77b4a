//! Spans that say something small: the diverging lean bar, a lean's
//! glyph, and a line cut to a width. Built from state alone (no frame), so
//! drawing and measuring use the very same text.

use crate::analysis::theme::PRIOR_WEIGHT;
use crate::model::Theme;
use crate::tui::style::Palette;
use crate::tui::text::{str_width, truncate};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// A diverging bar: `half` cells each side of a centre mark, central filling
/// leftwards and local rightwards.
///
/// The fill is the lean *as the evidence allows* ([`Evidence::lean_shrunk`]),
/// in half cells (`▌`, `▐`), so a lean from one cue draws shorter than the
/// same lean from twenty, and −0.03 shorter than −0.30. A lean too slight for
/// half a cell still shows a sliver (`▏`, `▕`), so it never looks balanced.
/// Under two plain cues' worth of evidence the fill is dim: uncertain. The
/// centre mark is `┊` when no cue fired at all.
pub fn lean_bar(pal: &Palette, theme: &Theme, half: usize) -> Vec<Span<'static>> {
    let halves = lean_half_cells(theme.evidence.lean_shrunk, half);
    let central = theme.evidence.lean_shrunk < 0.0;
    let n = halves.unsigned_abs() as usize;
    let (full, part) = (n / 2, n % 2 == 1);
    let sliver = n == 0 && theme.evidence.lean_shrunk != 0.0;
    let partial = if part { 1 } else { usize::from(sliver) };
    let thin = theme.evidence.weight < PRIOR_WEIGHT;
    let fill_style = if thin {
        pal.side(central).add_modifier(Modifier::DIM)
    } else {
        pal.side(central)
    };
    let dots = |k: usize| Span::styled("·".repeat(k), pal.dim());
    let fill = |k: usize| Span::styled("█".repeat(k), fill_style);
    let edge = |glyph: &'static str| Span::styled(glyph, fill_style);
    // (A cue arguing a way is counted in the evidence: an article whose
    // text, and with it its cues, is still in the store has that count.)
    let cues = !theme.cues.is_empty() || theme.evidence.cues > 0;
    let centre = Span::raw(if cues { "│" } else { "┊" });
    let rest = half.saturating_sub(full + partial);
    let mut spans = Vec::with_capacity(7);
    if central && (full > 0 || partial > 0) {
        spans.push(dots(rest));
        if part {
            spans.push(edge("▐"));
        } else if sliver {
            spans.push(edge("▕"));
        }
        spans.push(fill(full));
        spans.push(centre);
        spans.push(dots(half));
    } else if full > 0 || partial > 0 {
        spans.push(dots(half));
        spans.push(centre);
        spans.push(fill(full));
        if part {
            spans.push(edge("▌"));
        } else if sliver {
            spans.push(edge("▏"));
        }
        spans.push(dots(rest));
    } else {
        spans.push(dots(half));
        spans.push(centre);
        spans.push(dots(half));
    }
    spans
}

/// Half cells of a `half`-cell side that `lean` fills, negative for central.
fn lean_half_cells(lean: f64, half: usize) -> i64 {
    if !lean.is_finite() || half == 0 {
        return 0;
    }
    let n = (lean.clamp(-1.0, 1.0).abs() * 2.0 * half as f64).round() as i64;
    if lean < 0.0 {
        -n
    } else {
        n
    }
}

/// The lean glyph for one paragraph or quote: ◀ central, ▶ local, `=`
/// balanced (not `│`, which is the bars' centre line), `·` no cues.
pub fn lean_mark(pal: &Palette, lean: f64, has_cues: bool) -> Span<'static> {
    if !has_cues {
        return Span::styled("·", pal.dim());
    }
    if lean < -0.1 {
        Span::styled("◀", pal.side(true))
    } else if lean > 0.1 {
        Span::styled("▶", pal.side(false))
    } else {
        Span::raw("=")
    }
}

/// Cut a line of spans to `width` columns.
pub fn fit(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let w = str_width(&s.content);
        if used + w <= width {
            used += w;
            out.push(s);
        } else {
            let rest = width.saturating_sub(used);
            if rest > 0 {
                out.push(Span::styled(truncate(&s.content, rest), s.style));
            }
            break;
        }
    }
    Line::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::theme::theme_from_cues;
    use crate::model::{CueHit, Side};

    /// A theme of `central` and `local` plain cues of weight 1.
    fn theme(central: usize, local: usize) -> Theme {
        let cue = |side| CueHit {
            side,
            stance: side,
            weight: 1.0,
            ..Default::default()
        };
        let cues = std::iter::repeat_n(cue(Side::Central), central)
            .chain(std::iter::repeat_n(cue(Side::Local), local))
            .collect();
        theme_from_cues(cues)
    }

    fn drawn(t: &Theme) -> String {
        lean_bar(&Palette::default(), t, 3)
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    }

    fn dim(t: &Theme) -> bool {
        lean_bar(&Palette::default(), t, 3)
            .iter()
            .filter(|s| s.content.contains(['█', '▌', '▐', '▏', '▕']))
            .all(|s| s.style.add_modifier.contains(Modifier::DIM))
    }

    /// Issue 12: a lean from one cue draws shorter than from twenty, −0.03
    /// shorter than −0.30, and thin evidence is dim.
    #[test]
    fn bars_show_how_much_evidence_a_lean_rests_on() {
        // One cue: lean −1, shrunk to −0.33; dim.
        assert_eq!(drawn(&theme(1, 0)), "··█│···");
        assert!(dim(&theme(1, 0)));
        // Twenty: −0.91; not dim.
        assert_eq!(drawn(&theme(20, 0)), "▐██│···");
        assert!(!dim(&theme(20, 0)));
        // −0.30 (13 against 7) and −0.03 (11 against 10).
        assert_eq!(drawn(&theme(13, 7)), "··█│···");
        assert_eq!(drawn(&theme(11, 10)), "··▕│···");
        // Local fills rightwards, in half cells.
        assert_eq!(drawn(&theme(0, 2)), "···│█▌·");
        // Balanced, and nothing fired.
        assert_eq!(drawn(&theme(2, 2)), "···│···");
        assert_eq!(drawn(&theme(0, 0)), "···┊···");
    }
}
