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
    pub(super) fn start_filter(&mut self, list: FilterList) {
        let before = self.filter_text(list).to_string();
        self.overlay = Some(Overlay::Filter { list, before });
    }

    /// The filter in force on `list` (empty: none).
    pub fn filter_text(&self, list: FilterList) -> &str {
        match list {
            FilterList::Articles => &self.article_filter,
            FilterList::Speakers => &self.speaker_filter,
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
            FilterList::Articles => &self.article_order,
            FilterList::Speakers => &self.speaker_order,
        };
        if !order.contains(&i) && !self.filter_text(list).is_empty() {
            self.set_filter(list, String::new());
        }
        let (order, sel) = match list {
            FilterList::Articles => (&self.article_order, &mut self.article_sel),
            FilterList::Speakers => (&self.speaker_order, &mut self.speaker_sel),
        };
        if let Some(pos) = order.iter().position(|&x| x == i) {
            *sel = pos;
        }
    }

    /// Set `list`'s filter and rebuild its order, keeping the selection on
    /// the same item when it still matches.
    pub(super) fn set_filter(&mut self, list: FilterList, text: String) {
        let Some(d) = &self.data else { return };
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let matches = |fields: &[&str]| {
            words
                .iter()
                .all(|w| fields.iter().any(|f| f.to_lowercase().contains(w.as_str())))
        };
        match list {
            FilterList::Articles => {
                let keep = self.article_order.get(self.article_sel).copied();
                self.article_order = d
                    .corpus
                    .articles
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| {
                        let mut fields = vec![a.title.as_str(), a.id.as_str()];
                        fields.extend(a.source.as_deref());
                        fields.extend(a.date.as_deref());
                        fields.extend(a.byline.iter().map(String::as_str));
                        matches(&fields)
                    })
                    .map(|(i, _)| i)
                    .collect();
                self.article_filter = text;
                self.sort_articles();
                self.article_sel = keep
                    .and_then(|k| self.article_order.iter().position(|&x| x == k))
                    .unwrap_or(0);
            }
            FilterList::Speakers => {
                let keep = self.speaker_order.get(self.speaker_sel).copied();
                self.speaker_order = d
                    .corpus
                    .speakers
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| {
                        let mut fields = vec![s.name.as_str()];
                        fields.extend(s.aliases.iter().map(|a| a.as_str()));
                        fields.extend(s.roles.iter().map(|r| r.as_str()));
                        matches(&fields)
                    })
                    .map(|(i, _)| i)
                    .collect();
                self.speaker_filter = text;
                self.sort_speakers();
                self.speaker_sel = keep
                    .and_then(|k| self.speaker_order.iter().position(|&x| x == k))
                    .unwrap_or(0);
            }
        }
    }
}
