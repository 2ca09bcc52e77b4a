//! Pop-ups over the screen: help, explain, skipped files, the finder and the
//! palette.

use crate::tui::app::{App, Explained, Overlay};
use crate::tui::finder::{matched_chars, FinderKind, Target};
use crate::tui::layout;
use crate::tui::measure::lines::{explain_lines, help_lines};
use crate::tui::measure::popup;
use crate::tui::measure::spans::fit;
use crate::tui::text::{clean, display_char, truncate, wrap};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App, body: Rect) {
    let Some(o) = &app.overlay else { return };
    match o {
        Overlay::Help { scroll, .. } => {
            let r = popup(body, 90, body.height.saturating_sub(2));
            let lines = help_lines(app, r.width.saturating_sub(2) as usize);
            scrolled(frame, app, r, "Help: keys (Esc closes)", lines, *scroll);
        }
        Overlay::Explain { scroll, what } => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            let lines = explain_lines(app, r.width.saturating_sub(2) as usize);
            let title = match what {
                Explained::Paragraph => {
                    "Explain: why this paragraph leans the way it does (Esc closes)"
                }
                Explained::Article(_) => {
                    "Explain: why this article leans the way it does (Esc closes)"
                }
                Explained::Speaker(_) => {
                    "Explain: why this speaker leans the way they do (Esc closes)"
                }
            };
            scrolled(frame, app, r, title, lines, *scroll);
        }
        Overlay::Warnings { scroll } => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            let w = r.width.saturating_sub(2) as usize;
            let mut lines = Vec::new();
            for warning in &app.warnings {
                for (s, e) in wrap(warning, w.saturating_sub(2)) {
                    lines.push(Line::raw(format!("  {}", clean(&warning[s..e]))));
                }
            }
            scrolled(
                frame,
                app,
                r,
                "Warnings: skipped files and records, the store, the config (Esc closes)",
                lines,
                *scroll,
            );
        }
        Overlay::Finder(f) => {
            let r = popup(body, 90, body.height.saturating_sub(2));
            frame.render_widget(Clear, r);
            let title = match f.kind {
                FinderKind::Speakers => "Find a speaker (names, aliases, roles)",
                FinderKind::Everything => "Jump to a speaker, article or quote",
            };
            let block = block(app, title);
            let inner = layout::inner(r);
            frame.render_widget(block, r);
            if inner.height == 0 {
                return;
            }
            let Some(d) = &app.data else { return };
            let entries = match f.kind {
                FinderKind::Speakers => &d.speaker_entries,
                FinderKind::Everything => &d.palette_entries,
            };
            let mut lines = vec![fit(
                vec![
                    Span::styled(format!("> {}▏", f.query), app.palette.bold()),
                    Span::styled(
                        match f.searching() {
                            Some(done) => format!(
                                "  {} of {} · searching {:.0}%",
                                f.total,
                                entries.len(),
                                done * 100.0
                            ),
                            None => format!("  {} of {}", f.total, entries.len()),
                        },
                        app.palette.dim(),
                    ),
                ],
                inner.width as usize,
            )];
            let h = (inner.height as usize).saturating_sub(1);
            let offset = (f.selected + 1).saturating_sub(h);
            if entries.is_empty() {
                let what = match f.kind {
                    FinderKind::Speakers => "no speakers in this corpus",
                    FinderKind::Everything => "nothing in this corpus",
                };
                lines.push(Line::styled(what, app.palette.dim()));
            } else if f.ranked.is_empty() && f.searching().is_none() {
                lines.push(Line::styled("no matches", app.palette.dim()));
            }
            for (i, &(ei, _)) in f.ranked.iter().enumerate().skip(offset).take(h) {
                let Some(e) = entries.get(ei as usize) else {
                    continue;
                };
                let tag = match e.target {
                    Target::Speaker(_) if f.kind == FinderKind::Everything => "speaker ",
                    Target::Article(_) => "article ",
                    Target::Quote(_) => "quote   ",
                    Target::Speaker(_) => "",
                };
                let mut spans = vec![Span::styled(tag, app.palette.dim())];
                // A quote may match far along; a speaker or article row
                // keeps its start, the name or title.
                let room = match e.target {
                    Target::Quote(_) => (inner.width as usize).saturating_sub(tag.len()),
                    _ => usize::MAX,
                };
                spans.extend(highlighted(app, &e.text, &f.query, room));
                let mut line = fit(spans, inner.width as usize);
                if i == f.selected {
                    line = line.style(app.palette.selected());
                }
                lines.push(line);
            }
            frame.render_widget(Paragraph::new(lines), inner);
        }
        // Prompts are drawn in the bars.
        Overlay::CorpusSearch(s) => super::corpus_search::draw(frame, app, s, body),
        Overlay::Search { .. } | Overlay::Filter { .. } | Overlay::Rename { .. } => {}
    }
}

/// `text` with the characters the query matched in the match style. When
/// the match lies past `room` columns (a long quote matched near its end),
/// the start gives way to `…` so the match is on screen: a row whose match
/// cannot be seen gives no reason for being there.
fn highlighted(app: &App, text: &str, query: &str, room: usize) -> Vec<Span<'static>> {
    let hits = matched_chars(text, query);
    let skip = match (hits.first(), hits.last()) {
        // Enough to bring the last matched character into view, keeping a
        // few characters before the first for context.
        // (Dropping a few characters would show nothing new.)
        (Some(&first), Some(&last)) if last + 2 > room => {
            Some((last + 2 - room).min(first.saturating_sub(8)))
                .filter(|&s| s >= 8)
                .unwrap_or(0)
        }
        _ => 0,
    };
    let mut spans = Vec::new();
    if skip > 0 {
        spans.push(Span::raw("…"));
    }
    let mut cur = String::new();
    let mut cur_hit = false;
    let mut next = hits.iter().skip_while(|&&h| h < skip).peekable();
    for (ci, c) in text.chars().enumerate().skip(skip) {
        let hit = next.peek() == Some(&&ci);
        if hit {
            next.next();
        }
        if hit != cur_hit && !cur.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut cur),
                if cur_hit {
                    app.palette.matched()
                } else {
                    Default::default()
                },
            ));
        }
        cur_hit = hit;
        cur.push(display_char(c));
    }
    if !cur.is_empty() {
        spans.push(Span::styled(
            cur,
            if cur_hit {
                app.palette.matched()
            } else {
                Default::default()
            },
        ));
    }
    spans
}

fn block<'a>(app: &App, title: &str) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(app.palette.border(true))
        .title(Span::styled(format!(" {title} "), app.palette.title(true)))
}

fn scrolled(
    frame: &mut Frame,
    app: &App,
    r: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
) {
    frame.render_widget(Clear, r);
    let inner = layout::inner(r);
    let max = lines.len().saturating_sub(inner.height as usize);
    let mut frame_block = block(app, &truncate(title, r.width.saturating_sub(4) as usize));
    // Say when there is more than fits, so nobody takes the first page for all.
    let more = match (scroll.min(max) > 0, scroll < max) {
        (_, true) => Some(" ↓ more below "),
        (true, false) => Some(" ↑ more above "),
        (false, false) => None,
    };
    if let Some(more) = more {
        frame_block =
            frame_block.title_bottom(Line::styled(more, app.palette.dim()).right_aligned());
    }
    frame.render_widget(frame_block, r);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll.min(max))
        .take(inner.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
