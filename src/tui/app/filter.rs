//! Narrowing the Articles or the Speakers list to what matches typed words
//! (`/` in that pane; in the Tracker it filters the articles).
//!
//! Every word typed must appear, case-insensitively, somewhere in the item:
//! an article's title, source, byline, date or id; a speaker's name, other
//! names or roles. Typed keys go to the prompt, never to the pane's commands
//! (the review found `/quit` in the Tracker quitting the app).

use super::*;

/// Which list a filter narrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterList {
    Articles,
    Speakers,
}

impl App {
    /// Open the filter prompt for `list`.
    pub(crate) fn start_filter(&mut self, list: FilterList) {
        let before = self.filter_text(list).to_string();
        self.overlay = Some(Overlay::Filter { list, before });
    }

    /// The filter in force on `list` (empty: none).
    pub fn filter_text(&self, list: FilterList) -> &str {
        match list {
            FilterList::Articles => &self.articles.filter,
            FilterList::Speakers => &self.speakers.filter,
        }
    }

    pub(super) fn apply_filter_prompt(&mut self, list: FilterList, before: String, action: Action) {
        let mut text = self.filter_text(list).to_string();
        match action {
            Action::Input(c) => text.push(c),
            Action::DeleteChar => {
                text.pop();
            }
            Action::Open => {
                self.overlay = None;
                return;
            }
            Action::Back => {
                self.overlay = None;
                text = before;
            }
            _ => return,
        }
        self.set_filter(list, text);
    }

    /// Select item `i` (an article or speaker index) in `list`, clearing a
    /// filter that hides it: a jump never lands on something invisible.
    pub(super) fn reveal(&mut self, list: FilterList, i: usize) {
        let order = match list {
            FilterList::Articles => &self.articles.order,
            FilterList::Speakers => &self.speakers.order,
        };
        if !order.contains(&i) && !self.filter_text(list).is_empty() {
            self.set_filter(list, String::new());
        }
        if list == FilterList::Speakers
            && self.speakers.hide_thin
            && !self.speakers.order.contains(&i)
        {
            self.speakers.hide_thin = false;
            let text = self.speakers.filter.clone();
            self.refilter(list, text);
        }
        match list {
            FilterList::Articles => self.articles.select(i),
            FilterList::Speakers => self.speakers.select(i),
        };
    }

    /// Set `list`'s filter and rebuild its order, keeping the selection on
    /// the same item when it still matches. The haystacks are lower-cased
    /// once when the corpus loads; while the query only grows, the list
    /// already shown is narrowed in place (a subset, already sorted), so a
    /// keystroke never re-sorts the corpus.
    pub(crate) fn set_filter(&mut self, list: FilterList, text: String) {
        self.filter_list(list, text, false);
    }

    /// Rebuild `list`'s order from scratch (the thin-evidence toggle
    /// changed what may show).
    pub(crate) fn refilter(&mut self, list: FilterList, text: String) {
        self.filter_list(list, text, true);
    }

    fn filter_list(&mut self, list: FilterList, text: String, rebuild: bool) {
        let Some(d) = &self.data else { return };
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let haystacks = match list {
            FilterList::Articles => &d.article_haystacks,
            FilterList::Speakers => &d.speaker_haystacks,
        };
        let hide_thin = list == FilterList::Speakers && self.speakers.hide_thin;
        let matches = |i: usize| {
            haystacks
                .get(i)
                .is_some_and(|h| words.iter().all(|w| h.contains(w.as_str())))
                && !(hide_thin && d.corpus.speakers.get(i).is_some_and(|s| s.thin_evidence))
        };
        let old = self.filter_text(list);
        let narrowing = !rebuild && text.starts_with(old);
        let (order, sel, total) = match list {
            FilterList::Articles => (
                &mut self.articles.order,
                &mut self.articles.sel,
                d.corpus.articles.len(),
            ),
            FilterList::Speakers => (
                &mut self.speakers.order,
                &mut self.speakers.sel,
                d.corpus.speakers.len(),
            ),
        };
        let keep = order.get(*sel).copied();
        let resort = if narrowing {
            order.retain(|&i| matches(i));
            false
        } else {
            *order = (0..total).filter(|&i| matches(i)).collect();
            true
        };
        match list {
            FilterList::Articles => self.articles.filter = text,
            FilterList::Speakers => self.speakers.filter = text,
        }
        if resort {
            match list {
                FilterList::Articles => self.sort_articles(),
                FilterList::Speakers => self.sort_speakers(),
            }
        }
        let (order, sel) = match list {
            FilterList::Articles => (&self.articles.order, &mut self.articles.sel),
            FilterList::Speakers => (&self.speakers.order, &mut self.speakers.sel),
        };
        *sel = keep
            .and_then(|k| order.iter().position(|&x| x == k))
            .unwrap_or(0);
    }
}
