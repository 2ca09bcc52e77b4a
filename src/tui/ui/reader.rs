//! Drawing a reader, as the Reader pane (`src/tui/panes/reader/`) and each
//! side of the article comparison do: header, wrapped paragraphs with
//! quotes, speaker names, theme cues and search matches styled, and a
//! gutter with each paragraph's lean.

use super::bars::{lean_bar, lean_mark};
use super::{pane_block, ScrollPos};
use crate::model::{Article, QuoteKind};
use crate::present::{count, lean_number};
use crate::tui::app::{text_area, App, ReaderPos, Search};
use crate::tui::data::Data;
use crate::tui::layout;
use crate::tui::reading::Line as RLine;
use crate::tui::text::{char_ranges_to_bytes, display_char, str_width, truncate};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// What else a reader highlights.
#[derive(Default)]
pub struct ReaderOpts<'a> {
    pub search: Option<&'a Search>,
    /// Speakers whose names get an extra highlight (common to both articles).
    pub common: &'a [usize],
    /// A speaker whose quotes are picked out.
    pub speaker: Option<usize>,
    /// Keep the lean bar on the first row while the text scrolls (comparisons).
    pub pin_lean: bool,
}

/// Draw one reader for `pos` in `area` (a bordered pane).
pub fn draw_reader(
    frame: &mut Frame,
    app: &App,
    pos: &ReaderPos,
    area: Rect,
    focused: bool,
    title: &str,
    opts: &ReaderOpts,
) {
    let Some(d) = &app.data else { return };
    let block = pane_block(app, title, focused, area.width);
    frame.render_widget(block, area);
    let Some(article) = d.article(pos.article) else {
        let inner = layout::inner(area);
        frame.render_widget(Paragraph::new("No article open."), inner);
        return;
    };
    let mut text = text_area(area);
    let inner = layout::inner(area);
    if text.width == 0 || text.height == 0 {
        return;
    }
    if opts.pin_lean {
        let row = Rect { height: 1, ..text };
        frame.render_widget(
            Paragraph::new(lean_line(app, d, article, opts, text.width)),
            row,
        );
        text = pinned_text_area(text);
    }
    let Some(l) = app.layout_for(pos, text.width) else {
        return;
    };
    let max_scroll = l.max_scroll(text.height as usize);
    let scroll = pos.scroll.min(max_scroll);
    // The thumb is where the top line is among the lines it can be, and as
    // long as the screen is of the article.
    let sb = ScrollPos {
        pos: scroll,
        len: max_scroll + 1,
        visible: text.height as usize,
        by_scroll: true,
    };
    super::pane_scrollbar(frame, app, area, sb, focused);
    let mut styler = ParaStyler::new(app, d, pos, opts);
    for (row, line) in l
        .lines
        .iter()
        .skip(scroll)
        .take(text.height as usize)
        .enumerate()
    {
        let y = text.y + row as u16;
        let line_area = Rect {
            y,
            height: 1,
            ..text
        };
        let gutter = Rect {
            x: inner.x,
            y,
            width: inner.width.min(layout::GUTTER),
            height: 1,
        };
        match line {
            RLine::Kicker(k) => frame.render_widget(
                Paragraph::new(Span::styled(k.clone(), app.palette.dim())),
                line_area,
            ),
            RLine::Title(t) => frame.render_widget(
                Paragraph::new(Span::styled(
                    t.clone(),
                    app.palette.bold().add_modifier(Modifier::UNDERLINED),
                )),
                line_area,
            ),
            RLine::Meta(m) => frame.render_widget(
                Paragraph::new(Span::styled(m.clone(), app.palette.dim())),
                line_area,
            ),
            // A pinned lean bar is already on the first row.
            RLine::Lean if opts.pin_lean => {}
            RLine::Lean => frame.render_widget(
                Paragraph::new(lean_line(app, d, article, opts, text.width)),
                line_area,
            ),
            RLine::Blank => {}
            &RLine::Body { para, start, end } => {
                let first = l.para_first.get(para) == Some(&(scroll + row));
                let g = gutter_spans(app, article, para, pos.cursor == para, first);
                frame.render_widget(Paragraph::new(Line::from(g)), gutter);
                let spans = styler.line(article, para, start, end);
                frame.render_widget(Paragraph::new(Line::from(spans)), line_area);
            }
        }
    }
    // A text kept in the store that could not be read: said under the header.
    if let Some(why) = d.text_error(pos.article) {
        let used = l.lines.len().saturating_sub(scroll) as u16;
        if used < text.height {
            let rest = Rect {
                y: text.y + used,
                height: text.height - used,
                ..text
            };
            let note = format!("The text of this article could not be read from the store: {why}.");
            frame.render_widget(
                Paragraph::new(Span::styled(note, app.palette.dim()))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                rest,
            );
        }
    }
}

pub use crate::tui::measure::pinned_text_area;

fn gutter_spans(
    app: &App,
    a: &Article,
    para: usize,
    current: bool,
    first: bool,
) -> Vec<Span<'static>> {
    let cur = if current {
        Span::styled("▎", app.palette.border(true))
    } else {
        Span::raw(" ")
    };
    let mark = match (first, a.paragraphs.get(para)) {
        (true, Some(p)) => lean_mark(&app.palette, p.theme.lean, !p.theme.cues.is_empty()),
        _ => Span::raw(" "),
    };
    vec![cur, mark, Span::raw(" ")]
}

fn lean_line(app: &App, d: &Data, a: &Article, opts: &ReaderOpts, width: u16) -> Line<'static> {
    let pal = &app.palette;
    // One speaker in two articles: the line is about the speaker here (their
    // bar, their lean, their count first), the article's lean after it.
    if let Some((s, sp)) = opts.speaker.and_then(|s| Some((s, d.speaker(s)?))) {
        let group = d.article_index.get(&a.id).and_then(|&ai| d.group_of(s, ai));
        let mut spans = vec![Span::styled(format!("{} ", sp.name), pal.marked())];
        let what = match group {
            Some(g) => {
                spans.push(Span::styled("◀ ", pal.side(true)));
                spans.extend(lean_bar(pal, &g.theme, 3));
                spans.push(Span::styled(" ▶", pal.side(false)));
                let n = count(g.len, "quote");
                if g.has_evidence() {
                    format!(" argues {} · {n}", lean_number(g.theme.lean))
                } else {
                    format!(" {n}, no cues")
                }
            }
            None => "not quoted here".to_string(),
        };
        spans.push(Span::raw(what));
        spans.push(Span::styled(
            format!(" · article {}", lean_number(a.theme.lean)),
            pal.dim(),
        ));
        return super::bars::fit(spans, width as usize);
    }
    // Narrower bar in a comparison, where each reader has half the width.
    let compact = opts.pin_lean;
    let mut spans = vec![Span::styled("Central ◀ ", pal.side(true))];
    spans.extend(lean_bar(pal, &a.theme, if compact { 3 } else { 6 }));
    spans.push(Span::styled(" ▶ Local", pal.side(false)));
    let quotes = d
        .article_index
        .get(&a.id)
        .map_or(0, |&i| d.quotes_by_article[i].len());
    spans.push(Span::raw(format!(
        " {} · {}",
        lean_number(a.theme.lean),
        if d.partial {
            "quotes …".to_string()
        } else {
            count(quotes, "quote")
        }
    )));
    super::bars::fit(spans, width as usize)
}

/// Computes the styled ranges of each paragraph once per draw.
struct ParaStyler<'a> {
    app: &'a App,
    data: &'a Data,
    pos: &'a ReaderPos,
    opts: &'a ReaderOpts<'a>,
    cached: Option<(usize, Vec<StyledRange>)>,
}

/// Bytes `start..end` of a paragraph and their style.
type StyledRange = (usize, usize, Style);

impl<'a> ParaStyler<'a> {
    fn new(app: &'a App, data: &'a Data, pos: &'a ReaderPos, opts: &'a ReaderOpts<'a>) -> Self {
        ParaStyler {
            app,
            data,
            pos,
            opts,
            cached: None,
        }
    }

    /// Byte ranges with their style, lowest priority first.
    fn ranges(&self, a: &Article, para: usize) -> Vec<StyledRange> {
        let pal = &self.app.palette;
        let Some(p) = a.paragraphs.get(para) else {
            return Vec::new();
        };
        let text = &p.text;
        let mut char_ranges: Vec<(usize, usize)> = Vec::new();
        let mut styles: Vec<Style> = Vec::new();
        // Quotes.
        if let Some(list) = self.data.quotes_by_article.get(self.pos.article) {
            for &qi in list {
                let q = &self.data.corpus.quotes[qi];
                if q.paragraph != para {
                    continue;
                }
                // Hidden partial quotes read as plain text (H in the Reader).
                if self.app.hide_partial_quotes && q.kind == QuoteKind::Partial {
                    continue;
                }
                // A direct quote is italic; a partial one (a phrase inside
                // the reporter's sentence) upright; reported speech (no
                // quote marks) upright and faint, so it never reads as the
                // speaker's own words. Told apart without colour too.
                let mut st = match q.kind {
                    QuoteKind::Direct => pal.quote(),
                    QuoteKind::Partial => pal.quote().remove_modifier(Modifier::ITALIC),
                    QuoteKind::Indirect => pal
                        .quote()
                        .remove_modifier(Modifier::ITALIC)
                        .add_modifier(Modifier::DIM),
                };
                let theirs = self.opts.speaker.is_some_and(|s| {
                    q.speaker.as_deref() == self.data.speaker(s).map(|x| x.id.as_str())
                });
                // The current quote is reversed: a cue's tint is underlined,
                // and the two must not look alike.
                if self.pos.quote == Some(qi) {
                    st = st.add_modifier(Modifier::BOLD | Modifier::REVERSED);
                } else if theirs {
                    st = st.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
                }
                char_ranges.push((q.start, q.end));
                styles.push(st);
            }
        }
        // Theme cues, tinted by side.
        if self.app.show_cues {
            for c in &p.theme.cues {
                char_ranges.push((c.start, c.end));
                styles.push(pal.cue(c.side == crate::model::Side::Central));
            }
        }
        // Speaker names, as the analysis found them: above quotes and cues,
        // below search matches.
        for m in &p.mentions {
            let mut st = pal.speaker();
            let common = self
                .data
                .speaker_index
                .get(&m.speaker)
                .is_some_and(|si| self.opts.common.contains(si));
            if common {
                st = st.add_modifier(Modifier::REVERSED);
            }
            char_ranges.push((m.start, m.end));
            styles.push(st);
        }
        // Search matches.
        if let Some(s) = self.opts.search {
            let from = s.matches.partition_point(|m| m.0 < para);
            for (k, m) in s.matches[from..]
                .iter()
                .take_while(|m| m.0 == para)
                .enumerate()
            {
                char_ranges.push((m.1, m.2));
                let mut st = pal.matched();
                if from + k == s.current {
                    st = st.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
                }
                styles.push(st);
            }
        }
        char_ranges_to_bytes(text, &char_ranges)
            .into_iter()
            .zip(styles)
            .map(|((s, e), st)| (s, e, st))
            .collect()
    }

    fn line(&mut self, a: &Article, para: usize, start: usize, end: usize) -> Vec<Span<'static>> {
        if self.cached.as_ref().map(|c| c.0) != Some(para) {
            self.cached = Some((para, self.ranges(a, para)));
        }
        let ranges: &[StyledRange] = match &self.cached {
            Some((_, r)) => r,
            None => &[],
        };
        let Some(p) = a.paragraphs.get(para) else {
            return Vec::new();
        };
        let text = &p.text;
        let base = if p.kind == crate::model::ParagraphKind::Standfirst {
            self.app.palette.bold()
        } else {
            Style::default()
        };
        let mut cuts = vec![start, end];
        for &(s, e, _) in ranges.iter() {
            if s > start && s < end {
                cuts.push(s);
            }
            if e > start && e < end {
                cuts.push(e);
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut spans = Vec::new();
        for w in cuts.windows(2) {
            let (s, e) = (w[0], w[1]);
            let Some(piece) = text.get(s..e) else {
                continue;
            };
            let mut st = base;
            for &(rs, re, rst) in ranges.iter() {
                if rs <= s && e <= re && rs < re {
                    st = st.patch(rst);
                }
            }
            let shown: String = piece.chars().map(display_char).collect();
            spans.push(Span::styled(shown, st));
        }
        spans
    }
}

/// Title for a reader pane in a comparison; the article title is cut so
/// `suffix` (` · locked`) always shows.
pub fn compare_title(app: &App, side: &str, pos: &ReaderPos, width: u16, suffix: &str) -> String {
    let t = app
        .data
        .as_ref()
        .and_then(|d| d.article(pos.article))
        .map_or(String::new(), |a| a.title.clone());
    let room = (width.saturating_sub(6) as usize).saturating_sub(str_width(suffix));
    truncate(&format!("{side}: {t}"), room) + suffix
}
