//! The title bar, the hint bar and the diverging lean bars.

use crate::present::lean_cells;
use crate::tui::app::{App, Overlay};
use crate::tui::style::Palette;
use crate::tui::text::{str_width, truncate};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// A diverging bar: `half` cells each side of a centre mark, central filling
/// leftwards and local rightwards, in proportion to |lean|.
pub fn lean_bar(pal: &Palette, lean: f64, half: usize, has_evidence: bool) -> Vec<Span<'static>> {
    // The shared rule: a lean that is not zero fills at least one cell.
    let n = lean_cells(lean, half);
    let (left, right) = if n < 0 {
        (n.unsigned_abs() as usize, 0)
    } else {
        (0, n as usize)
    };
    let dot = |k: usize| "·".repeat(k);
    let fill = |k: usize| "█".repeat(k);
    let centre = if has_evidence { "│" } else { "┊" };
    vec![
        Span::styled(dot(half - left), pal.dim()),
        Span::styled(fill(left), pal.side(true)),
        Span::raw(centre),
        Span::styled(fill(right), pal.side(false)),
        Span::styled(dot(half - right), pal.dim()),
    ]
}

/// The lean glyph for one paragraph or quote: ◀ central, ▶ local, │ balanced.
pub fn lean_mark(pal: &Palette, lean: f64, has_cues: bool) -> Span<'static> {
    if !has_cues {
        return Span::styled("·", pal.dim());
    }
    if lean < -0.1 {
        Span::styled("◀", pal.side(true))
    } else if lean > 0.1 {
        Span::styled("▶", pal.side(false))
    } else {
        Span::raw("│")
    }
}

pub fn draw_top(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = vec![Span::styled("centreline", app.palette.bold())];
    if let Some(d) = &app.data {
        let c = &d.corpus;
        spans.push(Span::raw(format!(
            " · {} articles · {} speakers · {} quotes",
            c.articles.len(),
            c.speakers.len(),
            c.quotes.len()
        )));
        let mut marks = Vec::new();
        if let Some(s) = app.marks.speaker.and_then(|s| d.speaker(s)) {
            marks.push(s.name.clone());
        }
        if let Some(a) = app.marks.article.and_then(|a| d.article(a)) {
            marks.push(format!("“{}”", a.title));
        }
        if !marks.is_empty() {
            spans.push(Span::raw(" · "));
            spans.push(Span::styled(
                format!("marked: {}", marks.join(" + ")),
                app.palette.marked(),
            ));
        }
    }
    if let Some(s) = &app.status {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(s.clone(), app.palette.bold()));
    } else if !app.warnings.is_empty() {
        let n = app.warnings.len();
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            format!(
                "{n} file{} skipped (w to list)",
                if n == 1 { "" } else { "s" }
            ),
            app.palette.error(),
        ));
    }
    frame.render_widget(Paragraph::new(fit(spans, area.width as usize)), area);
}

pub fn draw_hints(frame: &mut Frame, app: &App, area: Rect) {
    if area.height == 0 {
        return;
    }
    let pal = &app.palette;
    let mut spans = Vec::new();
    if let (Some(Overlay::Search { .. }), Some(s)) = (&app.overlay, &app.search) {
        spans.push(Span::styled(format!("/{}▏", s.query), pal.bold()));
        spans.push(Span::raw(format!(
            " {} match{} ",
            s.matches.len(),
            if s.matches.len() == 1 { "" } else { "es" }
        )));
    }
    let hints = if app.data.is_none() && app.overlay.is_none() {
        // Loading, or failed: only these keys do anything.
        let key = |a| {
            app.keymap
                .key_for(crate::tui::keymap::Context::Global, a)
                .unwrap_or_default()
        };
        vec![
            (key(crate::tui::action::Action::Quit), "quit"),
            (key(crate::tui::action::Action::Help), "help"),
        ]
    } else {
        app.keymap.hints(app.context())
    };
    for (keys, desc) in hints {
        spans.push(Span::styled(keys, pal.selected()));
        spans.push(Span::raw(format!(" {desc}  ")));
    }
    frame.render_widget(Paragraph::new(fit(spans, area.width as usize)), area);
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

    fn drawn(lean: f64) -> String {
        lean_bar(&Palette::default(), lean, 3, true)
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    }

    /// The leans the review found all drawn as balanced now fill a cell.
    #[test]
    fn slight_leans_fill_one_cell() {
        assert_eq!(drawn(-0.11), "··█│···");
        assert_eq!(drawn(-0.03), "··█│···");
        assert_eq!(drawn(0.12), "···│█··");
        assert_eq!(drawn(0.0), "···│···");
        assert_eq!(drawn(-1.0), "███│···");
        assert_eq!(drawn(f64::NAN), "···│···");
    }
}
