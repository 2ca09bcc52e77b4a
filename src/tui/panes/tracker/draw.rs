//! How the tracker is drawn: its two lists with their headings, the open
//! article's paragraph strip and the chart of the theme over time, in the
//! areas [`crate::tui::measure::tracker_areas`] gives them.

use super::TrackerList;
use crate::analysis::theme::PRIOR_WEIGHT;
use crate::present::{lean_number, year_label};
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::layout::{self, Focus};
use crate::tui::measure::{tracker_areas, TrackerAreas};
use crate::tui::text::{str_width, truncate};
use crate::tui::trend::TrendPeriod;
use crate::tui::ui::bars::{lean_bar, lean_mark};
use crate::tui::ui::{pane_block, scrollbar, ScrollPos};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};
use ratatui::Frame;

/// Rows the chart needs to say anything: its heading, a row of bars each
/// side of the zero line, and the labels.
const CHART_MIN_ROWS: u16 = 5;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect, focused: bool) {
    let Some(d) = &app.data else { return };
    let block = pane_block(app, Focus::Tracker.title(), focused, area.width);
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let TrackerAreas {
        articles,
        strip: strip_area,
        chart,
        speakers,
    } = tracker_areas(app, inner);
    let strip = strip_lines(app, d, strip_area.width as usize);
    let active = |list| focused && app.tracker.list == list;
    // Scrollbars on the pane's right border, or for a section that stops
    // short of it, on its last column (titles stop short of that).
    let border = inner.x + inner.width;
    let edge = |r: Rect| {
        if r.x + r.width >= border {
            border
        } else {
            (r.x + r.width).saturating_sub(1)
        }
    };
    draw_articles(
        frame,
        app,
        d,
        articles,
        active(TrackerList::Articles),
        edge(articles),
    );
    frame.render_widget(Paragraph::new(strip), strip_area);
    draw_trend(frame, app, d, chart);
    draw_speakers(
        frame,
        app,
        d,
        speakers,
        active(TrackerList::Speakers),
        edge(speakers),
    );
}

/// A list's heading with its position; `▸` marks the list the keys move in.
fn heading(app: &App, text: &str, pos: usize, len: usize, active: bool) -> Line<'static> {
    let mark = if active { "▸ " } else { "" };
    let style = if active {
        app.palette.title(true)
    } else {
        app.palette.bold()
    };
    Line::styled(format!("{mark}{text} ({}/{len})", pos.min(len)), style)
}

fn draw_articles(frame: &mut Frame, app: &App, d: &Data, area: Rect, active: bool, bar_x: u16) {
    let pal = &app.palette;
    let len = d.by_date.len();
    let sel = app.tracker.article_sel.min(len.saturating_sub(1));
    let mut rows = vec![heading(app, "Articles by date", sel + 1, len, active)];
    let visible = (area.height as usize).saturating_sub(1);
    let (offset, shown) = layout::list_window(sel, len, visible);
    let mut last_year = String::new();
    for (i, &ai) in d.by_date.iter().enumerate().skip(offset).take(shown) {
        let a = &d.corpus.articles[ai];
        // `~2000` when this article's date is approximate; shown once a year
        // (and on the first row shown).
        let year = a.date.as_deref().map_or("----".to_string(), |x| {
            year_label(&x.chars().take(4).collect::<String>(), a.date_approximate)
        });
        let label = if year != last_year {
            year.clone()
        } else {
            String::new()
        };
        last_year = year;
        let mut spans = vec![Span::styled(format!("{label:<5} "), pal.bold())];
        spans.extend(lean_bar(pal, &a.theme, 5));
        let open = if ai == app.reader.article { "›" } else { " " };
        spans.push(Span::raw(format!(
            " {open}{}",
            truncate(&a.title, (area.width as usize).saturating_sub(20))
        )));
        let mut line = Line::from(spans);
        if i == sel && active {
            line = line.style(pal.selected());
        }
        rows.push(line);
    }
    frame.render_widget(Paragraph::new(rows), area);
    let list = layout::rows(area, &[1, 0])[1];
    let sb = ScrollPos::list(sel, len, visible);
    scrollbar(frame, app, bar_x, list, sb, active);
}

/// Speakers by lean, with the evidence behind each.
fn draw_speakers(frame: &mut Frame, app: &App, d: &Data, area: Rect, active: bool, bar_x: u16) {
    let pal = &app.palette;
    let ranked = &d.speakers_by_lean;
    let sel = app.tracker.speaker_sel.min(ranked.len().saturating_sub(1));
    let mut lines = vec![heading(
        app,
        "Speakers by lean",
        sel + 1,
        ranked.len(),
        active,
    )];
    if ranked.is_empty() {
        lines.push(Line::styled("no speakers", pal.dim()));
    }
    let visible = (area.height as usize).saturating_sub(1);
    let (offset, shown) = layout::list_window(sel, ranked.len(), visible);
    for (i, &si) in ranked.iter().enumerate().skip(offset).take(shown) {
        let s = &d.corpus.speakers[si];
        let mut spans = lean_bar(pal, &s.theme, 4);
        let thin = if s.thin_evidence { " thin" } else { "" };
        let text = format!(
            " {} ({}q, {}c{thin})",
            s.name,
            s.quote_count,
            s.theme.cues.len()
        );
        spans.push(Span::raw(truncate(
            &text,
            (area.width as usize).saturating_sub(9),
        )));
        let mut line = Line::from(spans);
        if i == sel && active {
            line = line.style(pal.selected());
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
    let list = layout::rows(area, &[1, 0])[1];
    let sb = ScrollPos::list(sel, ranked.len(), visible);
    scrollbar(frame, app, bar_x, list, sb, active);
}

/// The theme over time: a bar per period, up for local and down for central
/// (the lean as the evidence allows, so a year resting on one cue stands
/// short), about a zero line; a period on thin evidence is dotted and dim.
/// Under the bars, each period and its number of articles.
fn draw_trend(frame: &mut Frame, app: &App, d: &Data, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let pal = &app.palette;
    let trend = &d.trend;
    if trend.periods.is_empty() {
        let line = Line::styled("Over time: no dated articles", pal.dim());
        frame.render_widget(Paragraph::new(line), area);
        return;
    }
    let heading = Line::styled(
        truncate(
            &format!("{}: ▲ local ▼ central", trend.unit()),
            area.width as usize,
        ),
        pal.bold(),
    );
    // Six rows each side of zero at most: taller bars read no better, and
    // the labels stay near them.
    // A row for the periods' article counts when the labels leave them out
    // and there is room.
    let counts_row = area.height > CHART_MIN_ROWS;
    let below = 1 + u16::from(counts_row);
    let rows = layout::rows(
        area,
        &[1, area.height.saturating_sub(1 + below).min(13), 1, 1],
    );
    frame.render_widget(Paragraph::new(heading), rows[0]);
    if area.height < CHART_MIN_ROWS {
        // Too short for a chart: one line per period, as many as fit, and
        // how many do not.
        let below = layout::rows(area, &[1, 0])[1];
        let room = below.height as usize;
        let n = trend.periods.len();
        let shown = if n > room { room.saturating_sub(1) } else { n };
        let mut lines: Vec<Line> = trend
            .periods
            .iter()
            .take(shown)
            .map(|p| period_line(app, p))
            .collect();
        if shown < n && room > 0 {
            let unit = if trend.monthly { "month" } else { "year" };
            let hidden = n - shown;
            lines.push(Line::styled(
                format!(
                    "… {hidden} {unit}{} hidden",
                    if hidden == 1 { "" } else { "s" }
                ),
                pal.dim(),
            ));
        }
        frame.render_widget(Paragraph::new(lines), below);
        return;
    }
    let (bars, labels) = (rows[1], rows[2]);
    let width = bars.width as usize;
    // The most recent periods when they do not all fit a column each.
    let periods = &trend.periods[trend.periods.len().saturating_sub(width)..];
    let slot = (width / periods.len()).max(1);
    let bar_w = if slot >= 3 { (slot - 1).min(6) } else { slot };
    // An odd number of rows: the middle one is the zero line, local bars
    // rise above it and central ones hang below, `half` rows each, in
    // half-block pixels.
    let chart_rows = if bars.height % 2 == 1 {
        bars.height
    } else {
        bars.height - 1
    };
    let bars = Rect {
        y: bars.y + (bars.height - chart_rows),
        height: chart_rows,
        ..bars
    };
    let half = usize::from((chart_rows - 1) / 2);
    let pixels = 2 * half;
    // The chart's canvas puts a point at pixel `round(top - y)` (counted from
    // the top) when its y bounds span one less than its pixels: so each
    // point is given as `top - pixel`, and x as a column.
    let top = f64::from(2 * chart_rows - 1) / 2.0;
    let mut central = Vec::new();
    let mut local = Vec::new();
    let mut thin_central = Vec::new();
    let mut thin_local = Vec::new();
    for (i, p) in periods.iter().enumerate() {
        let lean = p.theme.evidence.lean_shrunk.clamp(-1.0, 1.0);
        if p.theme.cues.is_empty() || lean == 0.0 || !lean.is_finite() {
            continue;
        }
        // Proportional to the lean, and never so short it looks balanced.
        let n = ((lean.abs() * pixels as f64).round() as usize).clamp(1, pixels);
        let thin = p.theme.evidence.weight < PRIOR_WEIGHT;
        let target = match (lean < 0.0, thin) {
            (true, false) => &mut central,
            (false, false) => &mut local,
            (true, true) => &mut thin_central,
            (false, true) => &mut thin_local,
        };
        for col in 0..bar_w {
            let x = (i * slot + col) as f64;
            for k in 0..n {
                // Pixels count down from the top; the zero line's row holds
                // pixels `pixels` and `pixels + 1`.
                let pixel = if lean < 0.0 {
                    pixels + 2 + k
                } else {
                    pixels - 1 - k
                };
                target.push((x, top - pixel as f64));
            }
        }
    }
    let faint = |s: Style| s.add_modifier(Modifier::DIM);
    let set = |marker, style, data| {
        Dataset::default()
            .marker(marker)
            .graph_type(GraphType::Scatter)
            .style(style)
            .data(data)
    };
    let datasets = vec![
        set(Marker::HalfBlock, pal.side(true), &central),
        set(Marker::HalfBlock, pal.side(false), &local),
        // Thin evidence: dotted, faint.
        set(Marker::Dot, faint(pal.side(true)), &thin_central),
        set(Marker::Dot, faint(pal.side(false)), &thin_local),
    ];
    let chart = Chart::new(datasets)
        .x_axis(Axis::default().bounds([0.0, width.saturating_sub(1).max(1) as f64]))
        .y_axis(Axis::default().bounds([-top, top]));
    frame.render_widget(chart, bars);
    let zero = Rect {
        y: bars.y + chart_rows / 2,
        height: 1,
        ..bars
    };
    frame.render_widget(
        Paragraph::new(Line::styled("─".repeat(width), pal.dim())),
        zero,
    );

    // Each period under its bar: `2001 (3)`, else `2001` with the count on
    // the row below (or `2001·3`, or the count alone, when there is no row).
    let mut label = String::new();
    let mut counts = String::new();
    let mut counts_needed = false;
    for (i, p) in periods.iter().enumerate() {
        let room = if i + 1 == periods.len() {
            width.saturating_sub(i * slot)
        } else {
            slot.saturating_sub(1)
        };
        let n = p.articles.to_string();
        // (text, whether it has the count)
        let mut choices = vec![(format!("{} ({n})", p.short), true)];
        if !counts_row {
            choices.push((format!("{}·{n}", p.short), true));
        }
        choices.push((p.short.clone(), false));
        if !counts_row {
            choices.push((n.clone(), true));
        }
        let (text, counted) = choices
            .into_iter()
            .find(|(t, _)| str_width(t) <= room)
            .unwrap_or_default();
        counts_needed |= !counted;
        let pad = (i * slot).saturating_sub(str_width(&label));
        label.push_str(&" ".repeat(pad));
        label.push_str(&text);
        let pad = (i * slot).saturating_sub(str_width(&counts));
        counts.push_str(&" ".repeat(pad));
        counts.push_str(&truncate(&n, room.max(1)));
    }
    frame.render_widget(Paragraph::new(Line::styled(label, pal.dim())), labels);
    if counts_row && counts_needed {
        frame.render_widget(
            Paragraph::new(Line::styled(
                // Named when there is room for the word.
                if str_width(&counts) + 10 <= width {
                    format!("{counts}  articles")
                } else {
                    counts
                },
                pal.dim(),
            )),
            rows[3],
        );
    }
}

/// A period as text, for a chart too short to draw: `~2000 ··▐│··· -0.16 (2)`.
fn period_line(app: &App, p: &TrendPeriod) -> Line<'static> {
    let mut spans = vec![Span::raw(format!("{:<5} ", p.short))];
    spans.extend(lean_bar(&app.palette, &p.theme, 3));
    spans.push(Span::raw(format!(
        " {} ({})",
        lean_number(p.theme.lean),
        p.articles
    )));
    Line::from(spans)
}

/// The open article's paragraph strip and lean.
fn strip_lines(app: &App, d: &Data, width: usize) -> Vec<Line<'static>> {
    let pal = &app.palette;
    let mut strip = vec![Line::styled("This article, ¶ by ¶", pal.bold())];
    if let Some(a) = d.article(app.reader.article) {
        let w = width.saturating_sub(1).max(1);
        let marks: Vec<Span> = a
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let m = lean_mark(pal, p.theme.lean, !p.theme.cues.is_empty());
                if i == app.reader.cursor {
                    m.style(pal.selected())
                } else {
                    m
                }
            })
            .collect();
        for chunk in marks.chunks(w) {
            strip.push(Line::from(chunk.to_vec()));
        }
        let mut lean = vec![Span::raw("lean ")];
        lean.extend(lean_bar(pal, &a.theme, 3));
        lean.push(Span::raw(format!(" {}", lean_number(a.theme.lean))));
        strip.push(Line::from(lean));
    }
    strip
}
