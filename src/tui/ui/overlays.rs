//! Pop-ups over the screen: help, explain, skipped files, the finder and the
//! palette.

use super::bars::fit;
use crate::model::{CueHit, Side, Theme};
use crate::present::lean_number;
use crate::tui::app::{App, Explained, Overlay};
use crate::tui::finder::{matched_chars, FinderKind, Target};
use crate::tui::keymap::{Context, COMPARE_NOTES};
use crate::tui::layout;
use crate::tui::text::{clean, display_char, str_width, truncate, wrap};
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
                "Skipped files and records (Esc closes)",
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

/// How far an overlay's text can scroll (lines beyond its box).
pub fn max_scroll(app: &App, body: Rect) -> usize {
    let (w, lines) = match &app.overlay {
        Some(Overlay::Help { .. }) => {
            let r = popup(body, 90, body.height.saturating_sub(2));
            (r, help_lines(app, r.width.saturating_sub(2) as usize).len())
        }
        Some(Overlay::Explain { .. }) => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            (
                r,
                explain_lines(app, r.width.saturating_sub(2) as usize).len(),
            )
        }
        Some(Overlay::Warnings { .. }) => {
            let r = popup(body, 100, body.height.saturating_sub(2));
            let width = (r.width.saturating_sub(4) as usize).max(1);
            (r, app.warnings.iter().map(|w| wrap(w, width).len()).sum())
        }
        _ => return 0,
    };
    lines.saturating_sub(layout::inner(w).height as usize)
}

fn popup(body: Rect, w: u16, h: u16) -> Rect {
    layout::centred(body, w.min(body.width.saturating_sub(2)).max(1), h.max(1))
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

/// What the explorer's marks mean (the help's last section).
const GLYPH_NOTES: [&str; 5] = [
    "Mouse: the wheel scrolls the pane under the pointer; a click focuses a pane and picks the row under it; a click on the picked row opens it.",
    "··█│··· a lean bar: central fills leftwards, local rightwards, by the lean as its evidence allows (a lean from one cue draws shorter than the same lean from twenty; ▌ ▐ half a cell, ▏ ▕ a lean too slight for half a cell). Dim: under two plain cues' worth of evidence. ┊ in the middle: no cue fired.",
    "◀ ▶ = · beside a paragraph or quote: leans central, leans local, balanced, no cue.",
    "-0.03 the lean itself, from −1 (all central) to +1 (all local); e explains it cue by cue.",
    "2q, 5c: quotes and cues behind a speaker's lean; thin: too few of either to go by.",
];

/// The help text, generated from the keymap in force (so rebound keys show).
pub fn help_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    // The keys of the place help was asked from first, then the rest.
    let from = match &app.overlay {
        Some(Overlay::Help { from, .. }) => *from,
        _ => Context::Global,
    };
    let order = std::iter::once(from).chain(Context::ALL.into_iter().filter(|&c| c != from));
    for ctx in order {
        let groups = app.keymap.grouped(ctx);
        if groups.is_empty() {
            continue;
        }
        lines.push(Line::styled(ctx.title().to_string(), app.palette.bold()));
        for (keys, desc) in groups {
            let k = keys.join(" ");
            lines.push(fit(
                vec![
                    Span::styled(format!("  {k:<22}"), app.palette.speaker()),
                    Span::raw(desc.to_string()),
                ],
                width,
            ));
        }
        lines.push(Line::raw(""));
    }
    for (s, e) in wrap(COMPARE_NOTES, width.max(1)) {
        lines.push(Line::raw(COMPARE_NOTES[s..e].to_string()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Reading the marks", app.palette.bold()));
    for legend in GLYPH_NOTES {
        for (s, e) in wrap(legend, width.max(1)) {
            lines.push(Line::raw(legend[s..e].to_string()));
        }
    }
    lines.push(Line::raw(""));
    let config = "Keys and colours can be changed in ~/.config/centreline/config.toml (or under $XDG_CONFIG_HOME, or the file $CENTRELINE_CONFIG names): [keys], [keys.<pane>], [colors]. NO_COLOR turns colour off.";
    for (s, e) in wrap(config, width.max(1)) {
        lines.push(Line::raw(config[s..e].to_string()));
    }
    lines
}

/// What the explain overlay says: for a paragraph, each cue with its side,
/// stance, weight, facet and rule; for an article or a speaker, the cues
/// totalled (the model's explanation) with each line's share of the lean.
pub fn explain_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let Some(d) = &app.data else {
        return Vec::new();
    };
    let what = match &app.overlay {
        Some(Overlay::Explain { what, .. }) => *what,
        _ => Explained::Paragraph,
    };
    match what {
        Explained::Paragraph => paragraph_lines(app, width),
        Explained::Article(a) => match d.corpus.articles.get(a) {
            Some(a) => aggregate_lines(app, &format!("Article: {}", a.title), &a.theme, width),
            None => Vec::new(),
        },
        Explained::Speaker(s) => match d.corpus.speakers.get(s) {
            Some(s) => {
                let quotes = format!(
                    "Speaker: {} ({} quote{})",
                    s.name,
                    s.quote_count,
                    if s.quote_count == 1 { "" } else { "s" }
                );
                aggregate_lines(app, &quotes, &s.theme, width)
            }
            None => Vec::new(),
        },
    }
}

/// An article's or a speaker's lean from its explanation: every cue
/// totalled by wording, side and stance, largest share first, the shares
/// adding up to the lean. The model's numbers; nothing is re-scored.
fn aggregate_lines(app: &App, heading: &str, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let pal = &app.palette;
    let mut lines = Vec::new();
    for (s, e) in wrap(heading, width.max(1)) {
        lines.push(Line::styled(clean(&heading[s..e]), pal.bold()));
    }
    lines.push(Line::raw(""));
    if theme.explanation.is_empty() {
        lines.push(Line::raw("No theme cues fired, so there is no lean."));
        return lines;
    }
    let summary = [
        format!(
            "Lean {}: the shares below add up to it (each: its weight over the {:.2} of all cues that argue, + local, − central).",
            lean_number(theme.lean),
            theme.evidence.weight + 0.0
        ),
        format!(
            "Evidence: {} cue{}; as that allows, the lean is {} (the bar's length). Spoken of: central {:.2} · local {:.2}.",
            theme.evidence.cues,
            if theme.evidence.cues == 1 { "" } else { "s" },
            lean_number(theme.evidence.lean_shrunk),
            theme.central + 0.0,
            theme.local + 0.0
        ),
    ];
    for line in summary {
        for (s, e) in wrap(&line, width.max(1)) {
            lines.push(Line::raw(line[s..e].to_string()));
        }
    }
    lines.push(Line::raw(""));
    let text_w = width.saturating_sub(8 + 9 + 9 + 7 + 7 + 5).clamp(8, 40);
    lines.push(Line::styled(
        format!(
            "{} {:>5}  {:<8} {:<8} {:>6} {:>6}",
            pad_cell("cue", text_w),
            "times",
            "side",
            "stance",
            "weight",
            "share"
        ),
        pal.bold(),
    ));
    for l in &theme.explanation {
        let side = side_name(l.side);
        let stance = stance_name(l.target, l.stance);
        let row = format!(
            "{} {:>5}  {:<8} {:<8} {:>6.2} {:>6}",
            pad_cell(&format!("“{}”", l.text), text_w),
            format!("×{}", l.count),
            side,
            stance,
            l.weight,
            lean_number(l.lean_share)
        );
        let style = if l.target {
            pal.dim()
        } else {
            pal.side(l.stance == Side::Central)
        };
        lines.push(fit(vec![Span::styled(row, style)], width));
    }
    lines
}

/// Each cue of the current paragraph with its side, stance, weight, facet
/// and rule, and how the lean follows from them.
fn paragraph_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let pal = &app.palette;
    let Some(d) = &app.data else {
        return Vec::new();
    };
    let Some(a) = d.article(app.reader.article) else {
        return Vec::new();
    };
    let Some(p) = a.paragraphs.get(app.reader.cursor) else {
        return vec![Line::raw("This article has no paragraphs.")];
    };
    let mut lines = vec![Line::styled(
        format!(
            "Paragraph {} of {}",
            app.reader.cursor + 1,
            a.paragraphs.len()
        ),
        pal.bold(),
    )];
    let excerpt: String = p.text.chars().take(300).collect();
    for (s, e) in wrap(&excerpt, width.max(1)).into_iter().take(4) {
        lines.push(Line::styled(clean(&excerpt[s..e]), pal.dim()));
    }
    lines.push(Line::raw(""));
    if p.theme.cues.is_empty() {
        lines.push(Line::raw(
            "No theme cues fired in this paragraph, so it has no lean.",
        ));
        return lines;
    }
    // Columns as wide as their contents, as far as the overlay allows: the
    // cue and its facet are what a reader came for, the rule takes the rest.
    let quoted = |c: &CueHit| format!("“{}”", c.text);
    let widest = |w: fn(&CueHit) -> usize| p.theme.cues.iter().map(w).max().unwrap_or(0);
    let cue_want = widest(|c| str_width(&c.text) + 2).max(3);
    let facet_want = widest(|c| str_width(&c.facet)).max(5);
    let rule_want = widest(|c| c.rule.as_deref().map_or(1, str_width)).clamp(4, 12);
    // Side, stance, weight and the spaces between: what is left is shared by
    // the cue and its facet, the cue first, the facet keeping a few words.
    let between = 1 + 8 + 1 + 8 + 1 + 6 + 2 + 1; // " side stance weight  " and a space
    let room = width.saturating_sub(between + rule_want);
    let cue_w = cue_want.min(room.saturating_sub(facet_want.min(14)).max(room / 2));
    let facet_w = facet_want.min(room.saturating_sub(cue_w)).max(5);
    lines.push(Line::styled(
        format!(
            "{} {:<8} {:<8} {:>6}  {} rule",
            pad_cell("cue", cue_w),
            "side",
            "stance",
            "weight",
            pad_cell("facet", facet_w)
        ),
        pal.bold(),
    ));
    for c in &p.theme.cues {
        let side = side_name(c.side);
        let stance = stance_name(c.target, c.stance);
        let row = format!(
            "{} {:<8} {:<8} {:>6.2}  {} {}",
            pad_cell(&quoted(c), cue_w),
            side,
            stance,
            c.weight,
            pad_cell(&c.facet, facet_w),
            c.rule.as_deref().unwrap_or("—")
        );
        lines.push(fit(
            vec![Span::styled(row, pal.side(c.stance == Side::Central))],
            width,
        ));
    }
    lines.push(Line::raw(""));
    // The model's own numbers; the explorer never re-scores.
    let summary = [
        format!(
            "Argues: lean {} (weights by stance: (local − central) / all).",
            lean_number(p.theme.lean)
        ),
        format!(
            "Spoken of: central {:.2} · local {:.2} (weights summed by side, whatever the stance).",
            p.theme.central + 0.0,
            p.theme.local + 0.0
        ),
        format!(
            "Evidence: {} cue{} arguing with weight {:.2}; as that allows, the lean is {} (the bar's length).",
            p.theme.evidence.cues,
            if p.theme.evidence.cues == 1 { "" } else { "s" },
            p.theme.evidence.weight + 0.0,
            lean_number(p.theme.evidence.lean_shrunk)
        ),
    ];
    for line in summary {
        for (s, e) in wrap(&line, width.max(1)) {
            lines.push(Line::raw(line[s..e].to_string()));
        }
    }
    lines
}

/// `s` cut or padded to `w` columns: one cell of an explain table.
fn pad_cell(s: &str, w: usize) -> String {
    let s = truncate(s, w);
    let pad = w.saturating_sub(str_width(&s));
    format!("{s}{}", " ".repeat(pad))
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Central => "central",
        Side::Local => "local",
    }
}

/// What a cue argues: what a pejorative criticises argues neither way.
fn stance_name(target: bool, stance: Side) -> &'static str {
    if target {
        "neither"
    } else {
        side_name(stance)
    }
}
