//! An article laid out for reading at a given width: header lines, then each
//! paragraph wrapped by display width. Both the reader's drawing and its
//! scrolling (jump to a quote, a match, a paragraph) use the same layout.

use super::text::{truncate, wrap};
use crate::model::Article;
use crate::present::date_label;

#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Kicker(String),
    Title(String),
    Meta(String),
    /// The article's lean bar.
    Lean,
    Blank,
    /// Part of paragraph `para`: bytes `start..end` of its text.
    Body {
        para: usize,
        start: usize,
        end: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub lines: Vec<Line>,
    /// First line of each paragraph.
    pub para_first: Vec<usize>,
}

impl Layout {
    pub fn new(article: &Article, width: usize) -> Layout {
        let width = width.max(1);
        let mut lines = Vec::new();
        if let Some(k) = article.kicker.as_deref().filter(|k| !k.trim().is_empty()) {
            lines.push(Line::Kicker(truncate(&k.trim().to_uppercase(), width)));
        }
        for (s, e) in wrap(&article.title, width) {
            lines.push(Line::Title(article.title[s..e].to_string()));
        }
        let meta = meta_text(article);
        for (s, e) in wrap(&meta, width) {
            lines.push(Line::Meta(meta[s..e].to_string()));
        }
        lines.push(Line::Lean);
        lines.push(Line::Blank);
        let mut para_first = Vec::with_capacity(article.paragraphs.len());
        for (pi, p) in article.paragraphs.iter().enumerate() {
            if pi > 0 {
                lines.push(Line::Blank);
            }
            para_first.push(lines.len());
            for (start, end) in wrap(&p.text, width) {
                lines.push(Line::Body {
                    para: pi,
                    start,
                    end,
                });
            }
        }
        Layout { lines, para_first }
    }

    /// The paragraph shown at `line` (or the next one below it).
    pub fn para_at(&self, line: usize) -> Option<usize> {
        let i = self.para_first.partition_point(|&f| f <= line);
        if i == 0 {
            if self.para_first.is_empty() {
                None
            } else {
                Some(0)
            }
        } else {
            Some(i - 1)
        }
    }

    pub fn max_scroll(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }
}

/// `source · ~2000-07 (approximate date) · by A and B`.
pub fn meta_text(a: &Article) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &a.source {
        parts.push(s.clone());
    }
    let date = date_label(a);
    parts.push(if a.date.is_some() && a.date_approximate {
        format!("{date} (approximate date)")
    } else {
        date
    });
    if !a.byline.is_empty() {
        parts.push(format!("by {}", a.byline.join(", ")));
    } else if let Some(au) = &a.author {
        parts.push(format!("by {au}"));
    }
    parts.join(" · ")
}
