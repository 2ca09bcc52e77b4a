//! Side-by-side comparison of two articles or two speakers.

use super::bars::{lean_bar, lean_mark};
use super::groups::{each_group, group_heading};
use super::pane_block;
use super::reader::{compare_title, draw_reader, ReaderOpts};
use crate::present::{count, lean_number};
use crate::tui::app::{App, Screen};

use crate::tui::layout;
use crate::tui::text::{truncate, wrap};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::BTreeMap;

pub fn draw_articles(frame: &mut Frame, app: &App, body: Rect) {
    let Some(d) = &app.data else { return };
    let Screen::CompareArticles {
        left,
        right,
        right_focused,
        locked,
        speaker,
    } = &app.screen
    else {
        return;
    };
    let cols = layout::columns(body, &[body.width / 2, 0]);
    let common: Vec<usize> = d.speakers_in_article[left.article]
        .iter()
        .copied()
        .filter(|s| {
            d.speakers_in_article
                .get(right.article)
                .is_some_and(|r| r.contains(s))
        })
        .collect();
    let opts = ReaderOpts {
        search: None,
        common: &common,
        speaker: *speaker,
        pin_lean: true,
    };
    let lock = if *locked { " · locked" } else { "" };
    let lt = compare_title(app, "Left", left, cols[0].width, lock);
    let rt = compare_title(app, "Right", right, cols[1].width, lock);
    draw_reader(frame, app, left, cols[0], !right_focused, &lt, &opts);
    draw_reader(frame, app, right, cols[1], *right_focused, &rt, &opts);
}

pub fn draw_speakers(frame: &mut Frame, app: &App, body: Rect) {
    let Screen::CompareSpeakers {
        a,
        b,
        scroll,
        right_focused,
        locked,
    } = &app.screen
    else {
        return;
    };
    let Some(d) = &app.data else { return };
    let cols = layout::columns(body, &[body.width / 2, 0]);
    for (i, &s) in [*a, *b].iter().enumerate() {
        let focused = (i == 1) == *right_focused;
        let name = d.speaker(s).map_or("", |x| x.name.as_str());
        let lock = if *locked { " · locked" } else { "" };
        let room = (cols[i].width.saturating_sub(6) as usize).saturating_sub(lock.len());
        let side = if i == 0 { "Left" } else { "Right" };
        let title = truncate(&format!("{side}: {name}"), room) + lock;
        let block = pane_block(app, &title, focused, cols[i].width);
        let inner = layout::inner(cols[i]);
        frame.render_widget(block, cols[i]);
        let lines = speaker_column_lines(app, s, inner.width);
        let max = lines.len().saturating_sub(inner.height as usize);
        let shown: Vec<Line> = lines
            .into_iter()
            .skip(scroll[i].min(max))
            .take(inner.height as usize)
            .collect();
        frame.render_widget(Paragraph::new(shown), inner);
    }
}

/// One speaker's column: a summary (quotes, articles, lean, top cues), then
/// their quotes grouped by article with leans.
pub fn speaker_column_lines(app: &App, s: usize, width: u16) -> Vec<Line<'static>> {
    let Some(d) = &app.data else {
        return Vec::new();
    };
    let Some(sp) = d.speaker(s) else {
        return Vec::new();
    };
    let pal = &app.palette;
    let w = (width as usize).max(1);
    let quotes = &d.quotes_by_speaker[s];
    let mut articles: Vec<usize> = quotes.iter().filter_map(|&q| d.quote_article(q)).collect();
    articles.sort_unstable();
    articles.dedup();
    let mut lines = vec![Line::styled(truncate(&sp.name, w), pal.speaker())];
    if let Some(role) = sp.roles.first() {
        lines.push(Line::styled(truncate(role, w), pal.dim()));
    }
    lines.push(Line::raw(truncate(
        &format!(
            "{} · quoted in {}{}",
            count(quotes.len(), "quote"),
            // The model's articles also count those that only name them
            // (as `centreline speakers` does): say both when they differ.
            if sp.articles.len() > articles.len() {
                format!(
                    "{} of the {} naming them",
                    articles.len(),
                    sp.articles.len()
                )
            } else {
                count(articles.len(), "article")
            },
            if sp.thin_evidence {
                " · thin evidence"
            } else {
                ""
            }
        ),
        w,
    )));
    let mut lean = vec![Span::styled("Central ◀ ", pal.side(true))];
    lean.extend(lean_bar(pal, &sp.theme, 4));
    lean.push(Span::styled(" ▶ Local", pal.side(false)));
    lean.push(Span::raw(format!(" {}", lean_number(sp.theme.lean))));
    lines.push(super::bars::fit(lean, w));
    // Top cues: the speaker's own, else those in their quotes.
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let cues = if sp.theme.cues.is_empty() {
        quotes
            .iter()
            .flat_map(|&q| d.corpus.quotes[q].theme.cues.iter())
            .collect::<Vec<_>>()
    } else {
        sp.theme.cues.iter().collect()
    };
    for c in cues {
        *counts.entry(c.text.to_lowercase()).or_default() += 1;
    }
    let mut top: Vec<(String, usize)> = counts.into_iter().collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    let top_text = if top.is_empty() {
        "top cues: none".to_string()
    } else {
        let t: Vec<String> = top
            .iter()
            .take(5)
            .map(|(c, n)| format!("{c} ({n})"))
            .collect();
        format!("top cues: {}", t.join(", "))
    };
    for (s0, e0) in wrap(&top_text, w) {
        lines.push(Line::styled(top_text[s0..e0].to_string(), pal.dim()));
    }
    lines.push(Line::styled("─".repeat(w), pal.dim()));
    for (g, quotes) in each_group(d, s) {
        lines.push(group_heading(pal, d, g, w));
        for (qi, _) in quotes {
            let q = &d.corpus.quotes[qi];
            let text = format!("“{}”", q.text);
            for (k, (s0, e0)) in wrap(&text, w.saturating_sub(3)).into_iter().enumerate() {
                let mark = if k == 0 {
                    lean_mark(pal, q.theme.lean, !q.theme.cues.is_empty())
                } else {
                    Span::raw(" ")
                };
                lines.push(Line::from(vec![
                    Span::raw(" "),
                    mark,
                    Span::raw(" "),
                    Span::styled(crate::tui::text::clean(&text[s0..e0]), pal.quote()),
                ]));
            }
        }
    }
    if quotes.is_empty() {
        lines.push(Line::styled("No quotes credited.", pal.dim()));
    }
    lines
}
