//! The reader's movements: scrolling, quotes, search; used by the Reader
//! pane's keys (`src/tui/panes/reader/`) and by the article comparison.

use super::*;
use crate::model::QuoteKind;

impl App {
    pub(crate) fn has_quotes(&self, article: usize) -> bool {
        self.data
            .as_ref()
            .and_then(|d| d.quotes_by_article.get(article))
            .is_some_and(|q| !q.is_empty())
    }

    /// Why `]`/`[` did not move: no quotes at all, or none further that way.
    pub(crate) fn no_quote_message(&self, article: usize) -> &'static str {
        if self.has_quotes(article) {
            "No more quotes in this article."
        } else {
            "This article has no quotes."
        }
    }

    /// Scroll one reader; returns the lines moved (for locked comparisons).
    pub(crate) fn scroll_pos(&self, pos: &mut ReaderPos, action: Action, area: Rect) -> isize {
        let Some(l) = self.layout_for(pos, area.width) else {
            return 0;
        };
        let h = (area.height as usize).max(1);
        let max = l.max_scroll(h);
        let before = pos.scroll;
        let at_end = pos.scroll >= max;
        pos.scroll = match action {
            Action::Down => pos.scroll.saturating_add(1),
            Action::Up => pos.scroll.saturating_sub(1),
            Action::Top => 0,
            Action::Bottom => max,
            Action::PageDown => pos.scroll.saturating_add(h.saturating_sub(1).max(1)),
            Action::PageUp => pos.scroll.saturating_sub(h.saturating_sub(1).max(1)),
            Action::HalfPageDown => pos.scroll.saturating_add((h / 2).max(1)),
            Action::HalfPageUp => pos.scroll.saturating_sub((h / 2).max(1)),
            _ => pos.scroll,
        }
        .min(max);
        let top_para = l.para_at(pos.scroll).unwrap_or(0);
        let last = l.para_first.len().saturating_sub(1);
        pos.cursor = match action {
            // At the end the view cannot move, so the cursor walks on through
            // the last paragraphs (so each can still be explained).
            Action::Down if at_end => (pos.cursor + 1).min(last),
            Action::Bottom => last,
            Action::Up if pos.scroll == before => pos.cursor.saturating_sub(1),
            _ => top_para,
        };
        pos.quote = None;
        pos.scroll as isize - before as isize
    }

    /// Who said quote `q` and how it was found, for the status line when `]`
    /// or `[` lands on it: `Alan Milburn, health secretary · direct quote ·
    /// 'said' · colon-intro/name-subject` (the rule that credited it, as the
    /// export names it, so a reader can see why).
    pub(crate) fn who_said(&self, q: usize) -> Option<String> {
        let d = self.data.as_ref()?;
        let quote = d.quote(q)?;
        let who = quote
            .speaker
            .as_deref()
            .and_then(|id| d.speaker_index.get(id))
            .and_then(|&s| d.speaker(s))
            .map_or_else(
                || "Nobody credited".to_string(),
                // A long role is cut, so that the kind, cue and rule after
                // it still fit at 80 columns.
                |s| match s.roles.first() {
                    Some(role) if role.chars().count() > 32 => {
                        let cut: String = role.chars().take(31).collect();
                        format!("{}, {}…", s.name, cut.trim_end())
                    }
                    Some(role) => format!("{}, {role}", s.name),
                    None => s.name.to_string(),
                },
            );
        let rule = if quote.rule.is_empty() {
            String::new()
        } else {
            format!(" · {}", quote.rule)
        };
        let kind = match quote.kind {
            QuoteKind::Direct => "direct quote",
            QuoteKind::Partial => "partial quote",
            QuoteKind::Indirect => "reported speech",
        };
        let cue = quote
            .cue
            .as_deref()
            .map(|c| format!(" · '{c}'"))
            .unwrap_or_default();
        let more = if quote.speaker.is_some() {
            " · Enter: all their quotes"
        } else {
            ""
        };
        let corrected = if quote.corrected {
            " · corrected ✎"
        } else {
            ""
        };
        Some(format!("{who} · {kind}{cue}{rule}{corrected}{more}"))
    }

    /// Quote `q` as a researcher would cite it: `“…” — Alan Milburn,
    /// health secretary. “Title”, Health Service Journal, 2000-07, ¶3.`
    pub fn citation(&self, q: usize) -> Option<String> {
        let d = self.data.as_ref()?;
        let quote = d.quote(q)?;
        let article = d.article(d.quote_article(q)?)?;
        let who = quote
            .speaker
            .as_deref()
            .and_then(|id| d.speaker_index.get(id))
            .and_then(|&s| d.speaker(s));
        let who = match who {
            Some(s) => match s.roles.first() {
                Some(role) => format!("{}, {role}", s.name),
                None => s.name.to_string(),
            },
            None => "unattributed".to_string(),
        };
        let mut source = vec![format!("“{}”", article.title)];
        source.extend(article.source.clone());
        source.extend(article.date.as_ref().map(|d| d.to_string()));
        source.push(format!("¶{}", quote.paragraph + 1));
        let text = quote.marked(&crate::present::one_line(&quote.text));
        Some(format!("{text} — {who}. {}.", source.join(", ")))
    }

    /// Article `a` as plain text for a pager: title, where it is from, then
    /// its paragraphs with a blank line between.
    pub fn article_text(&self, a: usize) -> Option<String> {
        let article = self.data.as_ref()?.article(a)?;
        let mut out = format!("{}\n", article.title);
        let from: Vec<String> = article
            .source
            .iter()
            .cloned()
            .chain(article.date.as_ref().map(|d| d.to_string()))
            .chain(
                (!article.byline.is_empty()).then(|| format!("by {}", article.byline.join(", "))),
            )
            .collect();
        if !from.is_empty() {
            out.push_str(&from.join(" · "));
            out.push('\n');
        }
        for p in &article.paragraphs {
            out.push('\n');
            out.push_str(&p.text);
            out.push('\n');
        }
        Some(out)
    }

    pub(crate) fn step_quote(&self, pos: &mut ReaderPos, forward: bool, area: Rect) -> bool {
        let Some(d) = &self.data else { return false };
        let Some(list) = d.quotes_by_article.get(pos.article) else {
            return false;
        };
        let key = |qi: usize| {
            let q = &d.corpus.quotes[qi];
            (q.paragraph, q.start)
        };
        let shown = |qi: usize| {
            !(self.hide_partial_quotes && d.corpus.quotes[qi].kind == QuoteKind::Partial)
        };
        // With no current quote, a quote at the top of the cursor's paragraph counts as next.
        let (here, inclusive) = match pos.quote {
            Some(q) => (key(q), false),
            None => ((pos.cursor, 0), true),
        };
        let next = if forward {
            list.iter()
                .copied()
                .filter(|&q| shown(q))
                .find(|&q| key(q) > here || (inclusive && key(q) == here))
        } else {
            list.iter()
                .rev()
                .copied()
                .filter(|&q| shown(q))
                .find(|&q| key(q) < here)
        };
        match next {
            Some(q) => {
                pos.quote = Some(q);
                let para = d.corpus.quotes[q].paragraph;
                let mut p = *pos;
                goto_para_pos(self, &mut p, para, area);
                *pos = p;
                pos.quote = Some(q);
                true
            }
            None => false,
        }
    }

    pub(super) fn set_search(&mut self, query: String, before: ReaderPos) {
        let matches = match self
            .data
            .as_ref()
            .and_then(|d| d.article(self.reader.article))
        {
            Some(a) => find_matches(a, &query),
            None => Vec::new(),
        };
        let current = matches
            .iter()
            .position(|&(p, _, _)| p >= before.cursor)
            .unwrap_or(0);
        let target = matches.get(current).map(|m| m.0);
        self.search = Some(Search {
            query,
            matches,
            current,
        });
        match target {
            Some(p) => {
                let area = self.reader_text_area();
                goto_para(self, p, area);
            }
            None => self.reader = before,
        }
    }

    pub(crate) fn next_match(&mut self, forward: bool) {
        let area = self.reader_text_area();
        if let Some(s) = &mut self.search {
            let n = s.matches.len();
            if n == 0 {
                self.status = Some(format!("No matches for '{}'.", s.query));
                return;
            }
            s.current = if forward {
                (s.current + 1) % n
            } else {
                (s.current + n - 1) % n
            };
            let p = s.matches[s.current].0;
            goto_para(self, p, area);
            return;
        }
        if let Some(j) = &mut self.jump {
            let n = j.quotes.len();
            if n == 0 {
                return;
            }
            j.pos = if forward {
                (j.pos + 1) % n
            } else {
                (j.pos + n - 1) % n
            };
            let q = j.quotes[j.pos];
            // Stepping through a speaker's quotes is not a jump to remember.
            self.show_quote(q);
            return;
        }
        self.status =
            Some("Nothing to move between: search with / or find a speaker with f.".into());
    }
}

/// The search stops at this many matches (shown as `10000+`).
pub const MAX_MATCHES: usize = 10_000;

/// Put paragraph `para` at the top of the main reader (with a line of context).
pub(super) fn goto_para(app: &mut App, para: usize, area: Rect) {
    let mut pos = app.reader;
    goto_para_pos(app, &mut pos, para, area);
    app.reader.scroll = pos.scroll;
    app.reader.cursor = pos.cursor;
}

pub(super) fn goto_para_pos(app: &App, pos: &mut ReaderPos, para: usize, area: Rect) {
    let Some(l) = app.layout_for(pos, area.width) else {
        return;
    };
    let Some(&first) = l.para_first.get(para) else {
        return;
    };
    pos.scroll = first
        .saturating_sub(1)
        .min(l.max_scroll(area.height as usize));
    pos.cursor = para;
}

/// Case-insensitive matches of `query` in every paragraph, as
/// (paragraph, start char, end char); at most [`MAX_MATCHES`].
pub fn find_matches(a: &crate::model::Article, query: &str) -> Vec<(usize, usize, usize)> {
    let needle: Vec<char> = query
        .chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect();
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    for (pi, p) in a.paragraphs.iter().enumerate() {
        // One lower-case char per original char keeps offsets aligned.
        let hay: Vec<char> = p
            .text
            .chars()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
            .collect();
        if hay.len() < needle.len() {
            continue;
        }
        let mut i = 0;
        while i + needle.len() <= hay.len() {
            if hay[i..i + needle.len()] == needle[..] {
                out.push((pi, i, i + needle.len()));
                if out.len() >= MAX_MATCHES {
                    return out;
                }
                i += needle.len();
            } else {
                i += 1;
            }
        }
    }
    out
}
