//! The Central ◀ ▶ Local tracker: every article as a diverging bar by date,
//! the open article's paragraph strip, and speakers ranked by lean.

use super::bars::{lean_bar, lean_mark};
use super::pane_block;
use crate::present::{lean_number, year_label};
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::layout::{self, Focus};
use crate::tui::text::truncate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, focused: bool) {
    let Some(d) = &app.data else { return };
    let block = pane_block(app, Focus::Tracker.title(), focused, area.width);
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let pal = &app.palette;
    // Three sections side by side when wide, stacked otherwise; stacked, the
    // middle one (this article and the years) is as tall as its content
    // allows, so every year shows whenever the pane can hold it.
    let wide = inner.width >= 90;
    let strip_width = if wide {
        inner.width * 25 / 100
    } else {
        inner.width
    };
    let strip = strip_lines(app, d, strip_width as usize);
    let sections = if wide {
        let w = inner.width;
        layout::columns(inner, &[w * 45 / 100, w * 25 / 100, 0])
    } else {
        let h = inner.height;
        let mid = (strip.len() as u16).min(h.saturating_sub(4));
        let rest = h - mid;
        layout::rows(inner, &[rest - rest / 3, mid, 0])
    };
    let h = sections[0].height as usize;

    // 1. Articles by date.
    let mut rows = vec![Line::styled(
        "Articles by date (central ◀ │ ▶ local)",
        pal.bold(),
    )];
    let list_h = h.saturating_sub(1).max(1);
    let offset = (app.tracker_sel + 1).saturating_sub(list_h);
    let mut last_year = String::new();
    for (i, &ai) in d.by_date.iter().enumerate().skip(offset).take(list_h) {
        let a = &d.corpus.articles[ai];
        // `~2000` when this article's date is approximate.
        let year = a.date.as_deref().map_or("----".to_string(), |x| {
            year_label(&x.chars().take(4).collect::<String>(), a.date_approximate)
        });
        let shown = if year != last_year {
            year.clone()
        } else {
            String::new()
        };
        last_year = year;
        let mut spans = vec![Span::styled(format!("{shown:<5} "), pal.bold())];
        spans.extend(lean_bar(pal, &a.theme, 5));
        let open = if ai == app.reader.article { "›" } else { " " };
        spans.push(Span::raw(format!(
            " {open}{}",
            truncate(&a.title, (sections[0].width as usize).saturating_sub(20))
        )));
        let mut line = Line::from(spans);
        if i == app.tracker_sel && focused {
            line = line.style(pal.selected());
        }
        rows.push(line);
    }
    frame.render_widget(Paragraph::new(rows), sections[0]);

    // 2. The open article, paragraph by paragraph, and the years.
    let room = sections[1].height as usize;
    let mut strip = strip;
    if strip.len() > room && room > 0 {
        let hidden_years = d.corpus.periods.len().min(strip.len() - (room - 1));
        strip.truncate(room - 1);
        strip.push(Line::styled(
            format!(
                "… {hidden_years} year{} hidden",
                if hidden_years == 1 { "" } else { "s" }
            ),
            pal.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(strip), sections[1]);

    // 3. Speakers by lean, with the evidence behind each.
    let ranked = &d.speakers_by_lean;
    let mut lines = vec![Line::styled("Speakers by lean (quotes, cues)", pal.bold())];
    if ranked.is_empty() {
        lines.push(Line::styled("no speakers", pal.dim()));
    }
    let sh = (sections[2].height as usize).saturating_sub(1);
    // When they do not all fit, the last row says how many more there are
    // and where to see them all.
    let shown = if ranked.len() > sh {
        sh.saturating_sub(1)
    } else {
        ranked.len()
    };
    for &si in ranked.iter().take(shown) {
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
            (sections[2].width as usize).saturating_sub(9),
        )));
        lines.push(Line::from(spans));
    }
    if shown < ranked.len() && sh > 0 {
        let more = ranked.len() - shown;
        lines.push(Line::styled(
            truncate(
                &format!("… {more} more: Speakers pane, s to sort by lean"),
                sections[2].width as usize,
            ),
            pal.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), sections[2]);
}

/// The open article's paragraph strip and lean, then the corpus year by year.
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
    // The corpus year by year (the analysis's periods).
    if !d.corpus.periods.is_empty() {
        strip.push(Line::styled("By year", pal.bold()));
        for p in &d.corpus.periods {
            let mut spans = vec![Span::raw(format!(
                "{:<5} ",
                year_label(&p.year, p.date_approximate)
            ))];
            spans.extend(lean_bar(pal, &p.theme, 3));
            spans.push(Span::raw(format!(
                " {} ({})",
                lean_number(p.theme.lean),
                p.articles.len()
            )));
            strip.push(Line::from(spans));
        }
    }
    strip
}
