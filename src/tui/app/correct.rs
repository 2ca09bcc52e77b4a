//! Correcting the machine from the explorer: `m` merges the marked speaker
//! into the selected one, `R` renames, `a` gives the current quote to a
//! speaker picked with the finder, `x` rejects the current quote, `u` undoes
//! the last correction.
//!
//! State only asks: a correction is left in [`App::correction`] for the
//! event loop, which writes it to the store's `corrections.toml` (state
//! never does I/O) and hands back [`App::correction_saved`]. Only then is it
//! applied to what is shown, so the screen never shows a fix that was not
//! kept. Undo reopens the corpus, since a merge cannot be taken apart from
//! the merged speaker alone.

use super::{still_opening, App, Overlay, Screen};
use crate::store::corrections::{self, Correction, QuoteRef, SpeakerRef};
use crate::tui::data::Data;
use crate::tui::finder::FinderKind;

/// What the event loop is asked to do with the corrections file.
#[derive(Debug, Clone, PartialEq)]
pub enum CorrectionRequest {
    /// Keep this correction, then show it.
    Add(Correction),
    /// Remove the last correction, then reopen the corpus.
    Undo,
}

impl App {
    /// `m` in Speakers: the speaker marked with `c` becomes the selected one.
    pub(crate) fn merge_marked_into_selected(&mut self) {
        let Some(d) = &self.data else { return };
        let Some(keep) = self.speakers.selected() else {
            return;
        };
        let Some(other) = self.marks.speaker else {
            self.status =
                Some("Mark the speaker to merge with c, then press m on the one to keep.".into());
            return;
        };
        if other == keep {
            self.status =
                Some("That is the marked speaker: select the one to keep, then press m.".into());
            return;
        }
        let (Some(k), Some(o)) = (d.corpus.speakers.get(keep), d.corpus.speakers.get(other)) else {
            return;
        };
        self.marks.speaker = None;
        self.ask(Correction::Merge {
            keep: SpeakerRef::of(k),
            others: vec![SpeakerRef::of(o)],
            made: String::new(),
        });
    }

    /// `R`: a prompt with the speaker's name to edit.
    pub(crate) fn start_rename(&mut self, speaker: usize) {
        let Some(s) = self
            .data
            .as_ref()
            .and_then(|d| d.corpus.speakers.get(speaker))
        else {
            return;
        };
        self.overlay = Some(Overlay::Rename {
            speaker,
            text: s.name.clone(),
        });
    }

    /// Keys in the rename prompt.
    pub(super) fn apply_rename_prompt(&mut self, action: crate::tui::Action) {
        use crate::tui::Action as A;
        let Some(Overlay::Rename { speaker, text }) = &mut self.overlay else {
            return;
        };
        match action {
            A::Input(c) => text.push(c),
            A::DeleteChar => {
                text.pop();
            }
            A::Back => self.overlay = None,
            A::Open => {
                let (speaker, name) = (*speaker, text.trim().to_string());
                self.overlay = None;
                let Some(s) = self
                    .data
                    .as_ref()
                    .and_then(|d| d.corpus.speakers.get(speaker))
                else {
                    return;
                };
                if name.is_empty() || name == s.name {
                    self.status = Some("Name unchanged.".into());
                    return;
                }
                let c = Correction::Rename {
                    speaker: SpeakerRef::of(s),
                    name,
                    made: String::new(),
                };
                self.ask(c);
            }
            _ => {}
        }
    }

    /// `a`: the finder, to pick who said quote `q`.
    pub(crate) fn start_assign(&mut self, q: usize) {
        self.open_finder(FinderKind::Speakers);
        if self.overlay.is_some() {
            self.assigning = Some(q);
        }
    }

    /// Enter in the finder while assigning: give the quote to `speaker`.
    pub(super) fn finish_assign(&mut self, q: usize, speaker: usize) {
        if !self.load_quote_text(q) {
            return;
        }
        let Some(d) = &self.data else { return };
        let (Some(quote), Some(s)) = (d.quote(q), d.corpus.speakers.get(speaker)) else {
            return;
        };
        self.ask(Correction::Assign {
            quote: QuoteRef::of(&d.corpus, quote),
            speaker: SpeakerRef::of(s),
            made: String::new(),
        });
    }

    /// `x`: quote `q` is not a quote of anyone.
    pub(crate) fn reject_quote(&mut self, q: usize) {
        if !self.load_quote_text(q) {
            return;
        }
        let Some(d) = &self.data else { return };
        let Some(quote) = d.quote(q) else { return };
        self.ask(Correction::Reject {
            quote: QuoteRef::of(&d.corpus, quote),
            made: String::new(),
        });
    }

    /// A correction names a quote with the words before it in its
    /// paragraph: its article's text is read from the store first, when it
    /// is kept there (a speaker's quotes list quotes of articles not shown).
    /// Read the text of quote `q`'s article, which its correction is keyed
    /// on (the words before it); false, with the reason said, when it
    /// cannot be read.
    fn load_quote_text(&mut self, q: usize) -> bool {
        let Some(a) = self.data.as_ref().and_then(|d| d.quote_article(q)) else {
            return true;
        };
        self.load_text(a);
        match self.data.as_ref().and_then(|d| d.text_error(a)) {
            Some(why) => {
                self.status = Some(format!(
                    "Not corrected: the article's text could not be read from the store ({why})."
                ));
                false
            }
            None => true,
        }
    }

    /// `u`: undo the last correction.
    pub(super) fn request_undo(&mut self) {
        if self.partial() {
            self.status = Some(still_opening());
            return;
        }
        if self.reopening {
            self.status = Some(REOPENING.into());
            return;
        }
        if self
            .data
            .as_ref()
            .is_some_and(|d| d.corpus.corrections.is_empty())
        {
            self.status = Some("No corrections to undo.".into());
            return;
        }
        self.correction = Some(CorrectionRequest::Undo);
    }

    /// Ask the event loop to keep `c`, if it applies to what is shown.
    fn ask(&mut self, c: Correction) {
        let Some(d) = &self.data else { return };
        // The preview has no quotes to check a correction against.
        if d.partial {
            self.status = Some(still_opening());
            return;
        }
        if self.reopening {
            self.status = Some(REOPENING.into());
            return;
        }
        match corrections::check(&d.corpus, &c) {
            Ok(()) => self.correction = Some(CorrectionRequest::Add(c)),
            Err(why) => self.status = Some(format!("Not done: {why}.")),
        }
    }

    /// The event loop kept `c` in the corrections file: show it.
    pub fn correction_saved(&mut self, c: &Correction) {
        let Some(d) = &self.data else { return };
        let mut corpus = d.corpus.clone();
        let outcome = corrections::apply_more(&mut corpus, c);
        self.replace_data(Data::new(corpus));
        self.status = Some(match outcome {
            Ok(()) => format!("{} (✎; u undoes).", capitalised(&c.summary())),
            Err(why) => format!("Kept, but it does not apply: {why}."),
        });
    }

    /// The event loop kept `c`, and reopens the corpus to show it (its
    /// text was read from the store as shown, without the corrections).
    pub fn correction_kept_reopening(&mut self, c: &crate::store::corrections::Correction) {
        self.status = Some(format!(
            "{} (✎; u undoes). Reopening…",
            capitalised(&c.summary())
        ));
    }

    /// The corpus reopened (after an undo): show it where the user was.
    /// Its files may have changed on disk since it was first opened, so
    /// articles too are found again by id.
    pub fn reopened(&mut self, data: Data, warnings: Vec<String>) {
        self.warnings = warnings;
        self.reopening = false;
        self.replace_data(data);
        if let Some(done) = self
            .status
            .as_deref()
            .and_then(|s| s.strip_suffix(" Reopening…"))
        {
            self.status = Some(done.to_string());
        }
    }

    /// Show `data` in place of what is shown, keeping the user where they
    /// were: the selected article, the open article and the selected
    /// speaker found again by id, and anything else that pointed at an
    /// article, speaker or quote by position let go.
    fn replace_data(&mut self, data: Data) {
        use crate::model::SharedStr;
        let old = self.data.as_ref();
        let speaker_id = |s: usize| {
            old.and_then(|d| d.corpus.speakers.get(s))
                .map(|s| s.id.clone())
        };
        let article_id = |a: usize| {
            old.and_then(|d| d.corpus.articles.get(a))
                .map(|a| a.id.clone())
        };
        let selected = self.speakers.selected().and_then(speaker_id);
        let open = match self.screen {
            Screen::SpeakerQuotes { speaker, .. } => speaker_id(speaker),
            _ => None,
        };
        let selected_article = self.articles.selected().and_then(article_id);
        let reading = article_id(self.reader.article);
        let speaker_at =
            |id: Option<SharedStr>| id.and_then(|id| data.speaker_index.get(&id).copied());
        let article_at =
            |id: Option<SharedStr>| id.and_then(|id| data.article_index.get(&id).copied());
        let (selected, open) = (speaker_at(selected), speaker_at(open));
        let (selected_article, reading) = (article_at(selected_article), article_at(reading));
        let same_articles = old.is_some_and(|d| {
            d.corpus.articles.len() == data.corpus.articles.len()
                && d.corpus
                    .articles
                    .iter()
                    .zip(&data.corpus.articles)
                    .all(|(a, b)| a.id == b.id)
        });
        self.speakers.order = (0..data.corpus.speakers.len()).collect();
        if !same_articles {
            self.articles.order = (0..data.corpus.articles.len()).collect();
        }
        self.data = Some(data);
        self.layouts.clear();
        // Lists: sorted and filtered as before, the same items selected.
        self.sort_speakers();
        let text = self.speakers.filter.clone();
        self.refilter(super::FilterList::Speakers, text);
        if let Some(s) = selected {
            self.speakers.select(s);
        }
        self.speakers.sel = self
            .speakers
            .sel
            .min(self.speakers.order.len().saturating_sub(1));
        if !same_articles {
            self.sort_articles();
            let text = self.articles.filter.clone();
            self.refilter(super::FilterList::Articles, text);
            if let Some(a) = selected_article {
                self.articles.select(a);
            }
            self.articles.sel = self
                .articles
                .sel
                .min(self.articles.order.len().saturating_sub(1));
            self.reader = match reading {
                Some(a) => super::ReaderPos {
                    article: a,
                    quote: None,
                    ..self.reader
                },
                None => super::ReaderPos::at(self.articles.order.first().copied().unwrap_or(0)),
            };
            self.marks.article = None;
            self.tracker.article_sel = 0;
            self.search = None;
        }
        self.screen = match (&self.screen, open) {
            (Screen::SpeakerQuotes { selected, .. }, Some(speaker)) => Screen::SpeakerQuotes {
                speaker,
                selected: *selected,
            },
            _ => Screen::Main,
        };
        // Prompts and pop-ups that hold a position.
        if matches!(
            self.overlay,
            Some(Overlay::Rename { .. } | Overlay::Explain { .. } | Overlay::Finder(_))
        ) {
            self.overlay = None;
        }
        self.assigning = None;
        // Places may point at speakers by position: let them go.
        self.history = super::History::default();
        self.marks.speaker = None;
        self.reader.quote = None;
        self.jump = None;
        self.clamp_scrolls();
    }
}

/// What a correction key says while an undo reopens the corpus.
const REOPENING: &str = "Reopening the corpus after the undo; try again in a moment.";

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
