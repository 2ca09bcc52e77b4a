//! What the pop-ups and the speaker comparison say, as styled lines: built
//! from the state alone (no frame), so the state can measure them (how far
//! they scroll) and drawing can draw the very same lines.

use super::groups::{each_group, group_heading};
use super::spans::{fit, lean_bar, lean_mark};
use crate::model::{CueHit, Side, Theme};
use crate::present::{count, lean_number};
use crate::tui::app::{App, Explained, Overlay, PREVIEW_NOTE};
use crate::tui::keymap::{Context, COMPARE_NOTES};
use crate::tui::text::{clean, str_width, truncate, wrap};
use ratatui::text::{Line, Span};
use std::collections::BTreeMap;

/// What the explorer's marks mean (the help's last section).
const GLYPH_NOTES: [&str; 8] = [
    "In the Reader: a direct quote is italic, a partial quote (a phrase in the reporter's sentence) upright, reported speech (no quote marks) faint; the current quote is reversed; cue words are tinted (underlined without colour).",
    "Mouse: the wheel scrolls the pane under the pointer; a click focuses a pane and picks the row under it; a click on the picked row opens it; a click on a speaker's name in the Reader goes to that speaker.",
    "··█│··· a lean bar: central fills leftwards, local rightwards, by the lean as its evidence allows (a lean from one cue draws shorter than the same lean from twenty; ▌ ▐ half a cell, ▏ ▕ a lean too slight for half a cell). Dim: under two plain cues' worth of evidence. ┊ in the middle: no cue fired.",
    "◀ ▶ = · beside a paragraph or quote: leans central, leans local, balanced, no cue.",
    "-0.03 the lean itself, from −1 (all central) to +1 (all local); e explains it cue by cue.",
    "2q, 5c: quotes and cues behind a speaker's lean; thin: too few of either to go by.",
    "▀ ▄ █ the tracker's chart over time: a bar a year (a month when the dates span two years or less), up for local and down for central from the ─ zero line, as long as the lean its evidence allows; dotted and faint on thin evidence; under each, the period and (its articles).",
    "█ on a pane's right border: a scrollbar, where the position in the title is among the whole.",
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
        if d.partial {
            return vec![Line::raw(PREVIEW_NOTE)];
        }
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
    lines.push(fit(lean, w));
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
            let text = q.shown();
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
