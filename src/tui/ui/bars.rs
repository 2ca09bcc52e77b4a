//! The title bar, the hint bar and the diverging lean bars.

use crate::analysis::theme::PRIOR_WEIGHT;
use crate::model::Theme;
use crate::present::count;
use crate::tui::action::Action;
use crate::tui::app::{App, FilterList, Overlay, Screen, MAX_MATCHES};
use crate::tui::keymap::{Context, Hint};
use crate::tui::style::Palette;
use crate::tui::text::{clean, str_width, truncate};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

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
    let centre = Span::raw(if theme.cues.is_empty() { "┊" } else { "│" });
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

/// The top bar: the corpus's size, what is marked for comparison, and the
/// status (what to do next) or the skipped-files notice. When they do not
/// fit, the sizes go first, then the marked title is shortened or left out:
/// the status is the part a person needs.
pub fn draw_top(frame: &mut Frame, app: &App, area: Rect) {
    let pal = &app.palette;
    let width = area.width as usize;
    let mut counts = None;
    let mut marked = None;
    if let Some(d) = &app.data {
        let c = &d.corpus;
        counts = Some(format!(
            " · {} · {} · {}",
            count(c.articles.len(), "article"),
            count(c.speakers.len(), "speaker"),
            count(c.quotes.len(), "quote")
        ));
        let mut marks = Vec::new();
        if let Some(s) = app.marks.speaker.and_then(|s| d.speaker(s)) {
            marks.push(s.name.clone());
        }
        if let Some(a) = app.marks.article.and_then(|a| d.article(a)) {
            marks.push(format!("“{}”", a.title));
        }
        marked = (!marks.is_empty()).then(|| format!(" · marked: {}", marks.join(" + ")));
    }
    let notice = if let Some(s) = &app.status {
        Some(Span::styled(format!(" · {s}"), pal.bold()))
    } else if !app.warnings.is_empty() {
        // A warning may be a whole file or one record of it (a bad CSV
        // row): count warnings, not files.
        let n = app.warnings.len();
        let plural = if n == 1 { "" } else { "s" };
        let text = format!(" · {n} warning{plural}: something skipped (w to list)");
        Some(Span::styled(text, pal.error()))
    } else {
        None
    };
    let name = "centreline";
    let notice_width = notice.as_ref().map_or(0, |n| str_width(&n.content));
    let marked_width = marked.as_deref().map_or(0, str_width);
    let counts_width = counts.as_deref().map_or(0, str_width);
    if name.len() + counts_width + marked_width.min(24) + notice_width > width {
        counts = None;
    }
    let used = name.len() + counts.as_deref().map_or(0, str_width) + notice_width;
    let mut spans = vec![Span::styled(name, pal.bold())];
    spans.extend(counts.map(Span::raw));
    // Too narrow even for a shortened title: the list's ● shows the mark.
    let room = width.saturating_sub(used);
    if let Some(m) = marked.filter(|_| room >= 16) {
        spans.push(Span::styled(truncate(&m, room), pal.marked()));
    }
    spans.extend(notice);
    frame.render_widget(Paragraph::new(fit(spans, width)), area);
}

/// The hint bar: the keys that can do something here, each with a short
/// label, and `? help` and `q quit` always at the right end. Entries that do
/// not fit are left out whole, never cut.
pub fn draw_hints(frame: &mut Frame, app: &App, area: Rect) {
    if area.height == 0 {
        return;
    }
    let pal = &app.palette;
    let width = area.width as usize;
    let mut left: Vec<Span<'static>> = Vec::new();
    if let (Some(Overlay::Search { .. }), Some(s)) = (&app.overlay, &app.search) {
        left.push(Span::styled(format!("/{}▏", s.query), pal.bold()));
        left.push(Span::raw(format!(" {} ", match_count(s.matches.len()))));
    }
    if let Some(Overlay::Filter { list, .. }) = &app.overlay {
        let (n, what) = match list {
            FilterList::Articles => (app.article_order.len(), "article"),
            FilterList::Speakers => (app.speaker_order.len(), "speaker"),
        };
        left.push(Span::styled(
            format!("filter /{}▏", app.filter_text(*list)),
            pal.bold(),
        ));
        left.push(Span::raw(format!(
            " {n} {what}{} ",
            if n == 1 { "" } else { "s" }
        )));
    }
    if let Some(Overlay::Rename { speaker, text }) = &app.overlay {
        let old = app
            .data
            .as_ref()
            .and_then(|d| d.corpus.speakers.get(*speaker))
            .map_or("", |s| s.name.as_str());
        left.push(Span::raw(format!("rename '{}' to: ", clean(old))));
        left.push(Span::styled(format!("{}▏ ", clean(text)), pal.bold()));
    }
    let context = if app.data.is_none() && app.overlay.is_none() {
        // Loading, or failed: only help and quit do anything.
        Context::Global
    } else {
        app.context()
    };
    let hints = app.keymap.hints(context);
    // Help and quit at the right end; in a pop-up or prompt, which has
    // neither, the key that closes it.
    let has_quit = hints.iter().any(|h| h.action == Action::Quit);
    let (tail, body): (Vec<Hint>, Vec<Hint>) = hints.into_iter().partition(|h| {
        if has_quit {
            matches!(h.action, Action::Help | Action::Quit)
        } else {
            h.action == Action::Back
        }
    });
    // The lock key says what pressing it will do.
    let locked = matches!(
        app.screen,
        Screen::CompareArticles { locked: true, .. } | Screen::CompareSpeakers { locked: true, .. }
    );
    let entry = |h: &Hint, keys: &str| {
        let label = if h.action == Action::LockScroll && locked {
            "unlock"
        } else {
            h.label
        };
        vec![
            Span::styled(keys.to_string(), pal.selected()),
            Span::raw(format!(" {label}")),
        ]
    };
    let mut right: Vec<Span<'static>> = Vec::new();
    for (i, h) in tail.iter().enumerate() {
        if i > 0 {
            right.push(Span::raw("  "));
        }
        // One key is enough at the end (`q`, not `q/Ctrl-c`).
        right.extend(entry(h, h.keys.split('/').next().unwrap_or("")));
    }
    let right_w: usize = right.iter().map(|s| str_width(&s.content)).sum();
    if context == Context::Global || app.data.is_some() {
        let room = width.saturating_sub(right_w + 2);
        let mut used: usize = left.iter().map(|s| str_width(&s.content)).sum();
        for h in body.iter().filter(|h| app.can_do(h.action)) {
            let e = entry(h, &h.keys);
            let w: usize = e.iter().map(|s| str_width(&s.content)).sum::<usize>() + 2;
            if used + w > room {
                continue;
            }
            used += w;
            left.extend(e);
            left.push(Span::raw("  "));
        }
    }
    let left_w: usize = left.iter().map(|s| str_width(&s.content)).sum();
    if left_w + right_w <= width {
        left.push(Span::raw(" ".repeat(width - left_w - right_w)));
        left.extend(right);
        frame.render_widget(Paragraph::new(Line::from(left)), area);
    } else {
        // Too narrow for both: help and quit win.
        frame.render_widget(Paragraph::new(fit(right, width)), area);
    }
}

/// `3 matches`, `1 match`, `10000+ matches` (the search stops at the cap).
pub fn match_count(n: usize) -> String {
    if n >= MAX_MATCHES {
        format!("{MAX_MATCHES}+ matches")
    } else {
        format!("{n} match{}", if n == 1 { "" } else { "es" })
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
