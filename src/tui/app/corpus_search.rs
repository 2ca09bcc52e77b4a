//! `S`: search every paragraph of the corpus (SQLite FTS5 syntax: words,
//! "phrases", prefix*, AND, OR, NOT), list the matching paragraphs, and open
//! the article at the one chosen with its match marked in the Reader.
//!
//! State only asks: the query is left in [`App::corpus_search`] for the
//! event loop, which runs it against an index of the paragraphs shown (made
//! at the first search) and hands back [`App::corpus_search_done`].

use super::{App, Overlay, ReaderPos};
use crate::store::search::{Hit, MATCH_END, MATCH_START};
use crate::tui::Action;

/// Matches listed at most.
pub const SEARCH_LIMIT: usize = 200;

/// The search prompt and what it found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusSearch {
    pub query: String,
    /// The query the hits are for (`None`: not searched yet).
    pub searched: Option<String>,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// Why the last query could not run (bad syntax).
    pub error: Option<String>,
}

impl App {
    /// `S`: open the prompt, with the last query and its results.
    pub(super) fn open_corpus_search(&mut self) {
        let last = self.last_corpus_search.take().unwrap_or_default();
        self.overlay = Some(Overlay::CorpusSearch(last));
    }

    /// Keys in the prompt: type, Enter searches (or, once searched, opens
    /// the selected paragraph), Up/Down choose, Esc closes.
    pub(super) fn apply_corpus_search(&mut self, action: Action) {
        let Some(Overlay::CorpusSearch(s)) = &mut self.overlay else {
            return;
        };
        match action {
            Action::Input(c) => s.query.push(c),
            Action::DeleteChar => {
                s.query.pop();
            }
            Action::Down if !s.hits.is_empty() => {
                s.selected = (s.selected + 1).min(s.hits.len() - 1);
            }
            Action::Up => s.selected = s.selected.saturating_sub(1),
            Action::Back => {
                if let Some(Overlay::CorpusSearch(s)) = self.overlay.take() {
                    self.last_corpus_search = Some(s);
                }
            }
            Action::Open if s.searched.as_deref() == Some(s.query.as_str()) => {
                let Some(hit) = s.hits.get(s.selected).cloned() else {
                    return;
                };
                if let Some(Overlay::CorpusSearch(s)) = self.overlay.take() {
                    self.last_corpus_search = Some(s);
                }
                self.open_hit(&hit);
            }
            Action::Open if s.query.trim().is_empty() => {
                s.error = Some("type words to search for".into());
            }
            Action::Open => self.corpus_search = Some(s.query.clone()),
            _ => {}
        }
    }

    /// The event loop ran `query`: show what it found (or why it could not).
    pub fn corpus_search_done(&mut self, query: &str, result: anyhow::Result<Vec<Hit>>) {
        let Some(Overlay::CorpusSearch(s)) = &mut self.overlay else {
            return;
        };
        s.searched = Some(query.to_string());
        s.selected = 0;
        match result {
            Ok(hits) => {
                s.hits = hits;
                s.error = None;
            }
            Err(e) => {
                s.hits.clear();
                s.error = Some(format!("{e:#}"));
            }
        }
    }

    /// Open the hit's article at its paragraph, the matched words found as
    /// the Reader's search (n/N move between them).
    fn open_hit(&mut self, hit: &Hit) {
        let Some(&a) = self
            .data
            .as_ref()
            .and_then(|d| d.article_index.get(hit.article.as_str()))
        else {
            self.status = Some(format!("The article {} is no longer open.", hit.article));
            return;
        };
        self.open_article(a);
        let area = self.reader_text_area();
        super::reader_nav::goto_para(self, hit.paragraph, area);
        if let Some(word) = first_match(&hit.snippet) {
            let before = ReaderPos {
                cursor: hit.paragraph,
                ..self.reader
            };
            self.set_search(word, before);
        }
    }
}

/// The first matched words in a snippet (between the match marks).
pub fn first_match(snippet: &str) -> Option<String> {
    let (_, rest) = snippet.split_once(MATCH_START)?;
    let (word, _) = rest.split_once(MATCH_END)?;
    Some(word.to_string()).filter(|w| !w.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::first_match;

    #[test]
    fn the_first_match_is_read_from_the_snippet() {
        assert_eq!(
            first_match("…the \u{2}NHS\u{3} plan and \u{2}NHS\u{3} trusts").as_deref(),
            Some("NHS")
        );
        assert_eq!(first_match("no marks here"), None);
    }
}
