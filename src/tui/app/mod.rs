//! The explorer's whole state and its transitions. Keys become [`Action`]s
//! through the keymap; [`App::apply`] is the only place state changes (a
//! pane's keys, in [`crate::tui::panes`], run inside it); drawing reads the
//! state and never changes it.

mod compare;
mod corpus_search;
mod correct;
pub use corpus_search::{CorpusSearch, SEARCH_LIMIT};

/// What the top bar says in place of the quote count while only the
/// store's preview is shown ([`Data::partial`]).
pub const PREVIEW_NOTE: &str = "opening quotes and text…";

/// What a correction, a corpus search, explaining, paging or copying gets
/// while only the preview is shown.
pub const STILL_OPENING: &str = "the corpus is still opening; try again in a moment";

/// [`STILL_OPENING`] as a status line.
pub(crate) fn still_opening() -> String {
    let mut c = STILL_OPENING.chars();
    let first: String = c.next().into_iter().flat_map(char::to_uppercase).collect();
    format!("{first}{}.", c.as_str())
}

mod filter;
mod history;
pub use correct::CorrectionRequest;
pub use history::{History, Place};
mod mouse;
pub use filter::FilterList;
pub use mouse::{contains, list_row};
mod reader_nav;

use super::action::Action;
use super::data::Data;
use super::finder::{FinderKind, FinderState, Target};
use super::keymap::{Context, Keymap};
use super::layout::{self, Focus, GUTTER};
use super::panes;
pub use super::panes::articles::{ArticleSort, ArticlesPane};
pub use super::panes::speakers::{SpeakerSort, SpeakersPane};
pub use super::panes::tracker::{TrackerList, TrackerPane};
use super::reading::{Layout, Line};
use super::style::Palette;
use crate::model::Corpus;
use crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use reader_nav::goto_para;
pub use reader_nav::{find_matches, MAX_MATCHES};
use std::rc::Rc;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    Loading {
        files_total: usize,
        files_read: usize,
        analysed: usize,
        fraction: f64,
    },
    Failed(String),
    Ready,
}

/// Where a reader is in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReaderPos {
    pub article: usize,
    /// First line shown.
    pub scroll: usize,
    /// The current paragraph (what `e` explains).
    pub cursor: usize,
    /// The current quote, after `]`/`[` or a jump.
    pub quote: Option<usize>,
}

impl ReaderPos {
    pub fn at(article: usize) -> Self {
        ReaderPos {
            article,
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    pub query: String,
    /// (paragraph, start char, end char).
    pub matches: Vec<(usize, usize, usize)>,
    pub current: usize,
}

/// A speaker's quotes across articles, cycled with `n`/`N`.
#[derive(Debug, Clone, PartialEq)]
pub struct JumpList {
    pub speaker: usize,
    pub quotes: Vec<usize>,
    pub pos: usize,
}

/// What the explain overlay explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explained {
    /// The Reader's current paragraph, cue by cue.
    Paragraph,
    /// An article (index into the corpus's articles), from its explanation.
    Article(usize),
    /// A speaker (index into the corpus's speakers), from its explanation.
    Speaker(usize),
}

#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: usize,
        /// Where help was asked for: its keys come first.
        from: Context,
    },
    Explain {
        scroll: usize,
        what: Explained,
    },
    Warnings {
        scroll: usize,
    },
    Finder(FinderState),
    /// Typing a list filter; `before` is the filter to go back to on Esc.
    Filter {
        list: FilterList,
        before: String,
    },
    /// Typing a search; `before` is the position to go back to on Esc.
    Search {
        before: ReaderPos,
    },
    /// Typing a speaker's new name (`R`).
    Rename {
        speaker: usize,
        text: String,
    },
    /// Searching every paragraph of the corpus (`S`).
    CorpusSearch(CorpusSearch),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Main,
    SpeakerQuotes {
        speaker: usize,
        selected: usize,
    },
    CompareArticles {
        left: ReaderPos,
        right: ReaderPos,
        right_focused: bool,
        locked: bool,
        speaker: Option<usize>,
    },
    CompareSpeakers {
        a: usize,
        b: usize,
        scroll: [usize; 2],
        right_focused: bool,
        locked: bool,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks {
    pub article: Option<usize>,
    pub speaker: Option<usize>,
}

pub struct App {
    pub load: Load,
    pub data: Option<Data>,
    pub warnings: Vec<String>,
    pub size: Rect,
    pub focus: Focus,
    /// The list pane last focused (shown beside the reader when only two fit).
    pub side: Focus,
    pub screen: Screen,
    /// Places left behind by jumps, opened articles, a speaker's quotes and
    /// comparisons (Backspace/Ctrl-o back, Ctrl-f forward).
    pub history: History,
    pub overlay: Option<Overlay>,
    /// The Articles pane: its order, selection and filter.
    pub articles: ArticlesPane,
    /// The Speakers pane: its order, selection, filter and thin-evidence switch.
    pub speakers: SpeakersPane,
    /// The focused pane fills the screen (`z`).
    pub maximized: bool,
    /// Partial quotes (a quoted fragment in reported speech) drawn as plain
    /// text and skipped by `]` and `[`.
    pub hide_partial_quotes: bool,
    /// The tracker: a selection in each of its lists, and which the keys move.
    pub tracker: TrackerPane,
    pub reader: ReaderPos,
    pub search: Option<Search>,
    pub jump: Option<JumpList>,
    pub show_cues: bool,
    pub marks: Marks,
    pub status: Option<String>,
    /// Text to put on the clipboard: the event loop sends it to the terminal
    /// (OSC 52) and clears it, so state never writes to the terminal.
    pub clipboard: Option<String>,
    /// An article's text to show in `$PAGER`: the event loop hands the
    /// terminal over, runs it, and takes the terminal back.
    pub pager: Option<String>,
    /// A correction for the event loop to keep in the store (or an undo);
    /// shown once kept ([`App::correction_saved`]).
    pub correction: Option<CorrectionRequest>,
    /// The quote the speaker finder is picking a speaker for (`a`).
    pub assigning: Option<usize>,
    /// A corpus-wide search for the event loop to run (`S`, then Enter).
    pub corpus_search: Option<String>,
    /// The last corpus-wide search, shown again when `S` reopens it.
    pub last_corpus_search: Option<CorpusSearch>,
    /// An undo is reopening the corpus: what is shown stays until it comes,
    /// but correcting it would correct what is about to be replaced.
    pub reopening: bool,
    pub keymap: Keymap,
    pub palette: Palette,
    pub quit: bool,
    /// Frames drawn while loading (animates the spinner).
    pub tick: u64,
    /// The articles on screen laid out at their widths: (article, width,
    /// layout). Filled after every state change ([`App::apply`], resize,
    /// load), never while drawing, so drawing reads `&App` and changes nothing.
    layouts: Vec<(usize, u16, Rc<Layout>)>,
}

impl App {
    pub fn new(keymap: Keymap, palette: Palette) -> App {
        App {
            load: Load::Loading {
                files_total: 0,
                files_read: 0,
                analysed: 0,
                fraction: 0.0,
            },
            data: None,
            warnings: Vec::new(),
            size: Rect::new(0, 0, 80, 24),
            focus: Focus::Articles,
            side: Focus::Articles,
            screen: Screen::Main,
            history: History::default(),
            overlay: None,
            articles: ArticlesPane::default(),
            speakers: SpeakersPane::default(),
            maximized: false,
            hide_partial_quotes: false,
            tracker: TrackerPane::default(),
            reader: ReaderPos::default(),
            search: None,
            jump: None,
            show_cues: true,
            marks: Marks::default(),
            status: None,
            clipboard: None,
            pager: None,
            correction: None,
            assigning: None,
            reopening: false,
            corpus_search: None,
            last_corpus_search: None,
            keymap,
            palette,
            quit: false,
            tick: 0,
            layouts: Vec::new(),
        }
    }

    /// An app with `corpus` loaded, for tests and benchmarks.
    pub fn with_corpus(corpus: Corpus, width: u16, height: u16) -> App {
        let mut app = App::new(Keymap::default(), Palette::default());
        app.resize(width, height);
        app.loaded(corpus, Vec::new());
        app
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        // Lines rewrap at a new width, so a line number would land somewhere
        // else in the article: keep the paragraph at the top of each reader.
        let tops: Vec<Option<(usize, usize)>> = self
            .readers()
            .into_iter()
            .map(|(pos, width)| self.top_paragraph(&pos, width))
            .collect();
        self.size = Rect::new(0, 0, width, height);
        self.warm_layouts();
        for (i, top) in tops.into_iter().enumerate() {
            let Some((para, above)) = top else { continue };
            let (pos, width) = self.readers()[i];
            let first = self
                .layout_for(&pos, width)
                .and_then(|l| l.para_first.get(para).map(|f| f.saturating_sub(above)));
            if let (Some(first), Some(pos)) = (first, self.reader_mut(i)) {
                pos.scroll = first;
            }
        }
        self.clamp_scrolls();
    }

    /// Every reader position the app holds, with the width it is drawn at:
    /// the main reader, then a comparison's two sides.
    fn readers(&self) -> Vec<(ReaderPos, u16)> {
        let mut shown = vec![(self.reader, self.reader_text_area().width)];
        if let Screen::CompareArticles { left, right, .. } = &self.screen {
            shown.push((*left, self.compare_text_area(false).width));
            shown.push((*right, self.compare_text_area(true).width));
        }
        shown
    }

    /// The `i`th of [`App::readers`], to move it.
    fn reader_mut(&mut self, i: usize) -> Option<&mut ReaderPos> {
        match (&mut self.screen, i) {
            (_, 0) => Some(&mut self.reader),
            (Screen::CompareArticles { left, .. }, 1) => Some(left),
            (Screen::CompareArticles { right, .. }, 2) => Some(right),
            _ => None,
        }
    }

    /// The paragraph on the top line of a reader, and whether that line is
    /// the blank one just above it (where a jump to a quote puts it); `None`
    /// above the first paragraph, where the line number is kept as it is.
    fn top_paragraph(&self, pos: &ReaderPos, width: u16) -> Option<(usize, usize)> {
        let l = self.layout_for(pos, width)?;
        if pos.scroll < *l.para_first.first()? {
            return None;
        }
        let blank = matches!(l.lines.get(pos.scroll), Some(Line::Blank));
        let para = l.para_at(pos.scroll + usize::from(blank))?;
        Some((para, usize::from(blank)))
    }

    pub fn progress(&mut self, snapshot: (usize, usize, usize), fraction: f64) {
        if let Load::Loading { .. } = self.load {
            self.load = Load::Loading {
                files_total: snapshot.0,
                files_read: snapshot.1,
                analysed: snapshot.2,
                fraction,
            };
        }
        self.tick = self.tick.wrapping_add(1);
    }

    pub fn loaded(&mut self, corpus: Corpus, warnings: Vec<String>) {
        self.loaded_data(Data::new(corpus), warnings);
    }

    /// Loading finished with the indexes already built (off the UI thread).
    pub fn loaded_data(&mut self, data: Data, warnings: Vec<String>) {
        self.layouts.clear();
        self.articles.order = (0..data.corpus.articles.len()).collect();
        self.speakers.order = (0..data.corpus.speakers.len()).collect();
        self.data = Some(data);
        self.warnings = warnings;
        self.load = Load::Ready;
        self.sort_articles();
        self.sort_speakers();
        self.articles.sel = 0;
        self.speakers.sel = 0;
        if let Some(&first) = self.articles.order.first() {
            self.reader = ReaderPos::at(first);
        }
        self.warm_layouts();
        if !self.warnings.is_empty() {
            let warnings = crate::present::count(self.warnings.len(), "warning");
            self.status = Some(format!("{warnings} (w to list)"));
        }
    }

    /// Only the store's preview is shown: the full corpus is still to come
    /// ([`App::opened_fully`]).
    pub fn partial(&self) -> bool {
        self.data.as_ref().is_some_and(|d| d.partial)
    }

    /// The full corpus, after its preview ([`App::loaded_data`] with a
    /// [`Data::preview`]): shown in its place with the user kept where
    /// they were. With the same articles and speakers (as it always has,
    /// unless the files changed in between) it is swapped in place and
    /// everything open stays open; otherwise it is found again by id, as
    /// after a reopen.
    pub fn opened_fully(&mut self, data: Data, warnings: Vec<String>) {
        // The full open may warn of what the preview could not know (the
        // cache's rest unreadable and rebuilt, or not written): said again,
        // as when the corpus first opened, and the "still opening" note
        // goes.
        let news = warnings != self.warnings;
        if self.same_ids(&data) {
            self.warnings = warnings;
            self.swap_in_place(data);
        } else {
            self.reopened(data, warnings);
        }
        if news && !self.warnings.is_empty() {
            let warnings = crate::present::count(self.warnings.len(), "warning");
            self.status = Some(format!("{warnings} (w to list)"));
        }
    }

    /// The rest of the previewed corpus, read from the store: added to the
    /// preview in place ([`Data::complete`]), the user kept where they were
    /// as by [`App::opened_fully`]. The indexes are made here, on this
    /// thread, so that the articles and speakers are never held twice.
    pub fn completed(&mut self, rest: crate::store::cache::Rest, warnings: Vec<String>) {
        let Some(preview) = self.data.take() else {
            return;
        };
        let news = warnings != self.warnings;
        self.warnings = warnings;
        self.swap_in_place(preview.complete(rest));
        if news && !self.warnings.is_empty() {
            let warnings = crate::present::count(self.warnings.len(), "warning");
            self.status = Some(format!("{warnings} (w to list)"));
        }
    }

    /// Whether `data` has the same articles and speakers, in the same
    /// order, as what is shown: every position held stays right.
    fn same_ids(&self, data: &Data) -> bool {
        let Some(old) = &self.data else { return false };
        let (a, b) = (&old.corpus, &data.corpus);
        a.articles.len() == b.articles.len()
            && a.speakers.len() == b.speakers.len()
            && a.articles
                .iter()
                .zip(&b.articles)
                .all(|(x, y)| x.id == y.id)
            && a.speakers
                .iter()
                .zip(&b.speakers)
                .all(|(x, y)| x.id == y.id)
    }

    /// The full corpus in place of its preview, with the same articles and
    /// speakers at the same positions: the screen, pop-ups, history, marks
    /// and selections stay; what was worked out from the preview's missing
    /// quotes and text (sorting, finder matches, the in-article search) is
    /// worked out again.
    fn swap_in_place(&mut self, data: Data) {
        self.data = Some(data);
        self.reopening = false;
        self.layouts.clear();
        // Sorted (by quote count, say) and filtered again, the same items
        // selected.
        let text = self.speakers.filter.clone();
        self.refilter(FilterList::Speakers, text);
        let text = self.articles.filter.clone();
        self.refilter(FilterList::Articles, text);
        if let Some(d) = &mut self.data {
            // The palette's entries now include the quotes.
            if let Some(Overlay::Finder(f)) = &mut self.overlay {
                if f.kind == FinderKind::Everything {
                    d.ensure_palette();
                }
                let entries = match f.kind {
                    FinderKind::Speakers => &d.speaker_entries,
                    FinderKind::Everything => &d.palette_entries,
                };
                f.rerun(entries);
            }
            let lean = d.speakers_by_lean.len().saturating_sub(1);
            self.tracker.speaker_sel = self.tracker.speaker_sel.min(lean);
        }
        // The preview had no quotes: nothing pointed at one but a jump list.
        self.jump = None;
        self.reader.quote = None;
        self.warm_layouts();
        // A search typed over the preview's empty paragraphs: run again.
        if let Some(query) = self.search.as_ref().map(|s| s.query.clone()) {
            let before = match &self.overlay {
                Some(Overlay::Search { before }) => *before,
                _ => self.reader,
            };
            self.set_search(query, before);
        }
        self.clamp_scrolls();
        if self.status == Some(still_opening()) {
            self.status = None;
        }
    }

    pub fn failed(&mut self, message: String) {
        self.load = Load::Failed(message);
    }

    /// What the keys mean right now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Help { .. }) => return Context::Help,
            Some(Overlay::Explain { .. }) => return Context::Explain,
            Some(Overlay::Warnings { .. }) => return Context::Warnings,
            Some(Overlay::Finder(f)) if f.kind == FinderKind::Speakers => return Context::Finder,
            Some(Overlay::Finder(_)) => return Context::Palette,
            Some(Overlay::Search { .. }) => return Context::Search,
            Some(Overlay::Filter { .. }) => return Context::Filter,
            Some(Overlay::Rename { .. }) => return Context::Rename,
            Some(Overlay::CorpusSearch(_)) => return Context::CorpusSearch,
            None => {}
        }
        match self.screen {
            Screen::SpeakerQuotes { .. } => Context::SpeakerQuotes,
            Screen::CompareArticles { .. } => Context::CompareArticles,
            Screen::CompareSpeakers { .. } => Context::CompareSpeakers,
            Screen::Main => self.focus.context(),
        }
    }

    /// A key press: look it up in the keymap for the current context and apply.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if let Some(action) = self.keymap.lookup(self.context(), &key) {
            self.apply(action);
        }
    }

    pub fn apply(&mut self, action: Action) {
        self.apply_action(action);
        self.warm_layouts();
    }

    fn apply_action(&mut self, action: Action) {
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if !matches!(
            self.overlay,
            Some(Overlay::Search { .. })
                | Some(Overlay::Finder(_))
                | Some(Overlay::Filter { .. })
                | Some(Overlay::Rename { .. })
                | Some(Overlay::CorpusSearch(_))
        ) {
            self.status = None;
        }
        if self.data.is_none() {
            // Loading or failed: only quitting and help make sense.
            match action {
                Action::Help => self.toggle_overlay(Overlay::Help {
                    scroll: 0,
                    from: Context::Global,
                }),
                Action::Back => self.overlay = None,
                Action::Down | Action::Up if self.overlay.is_some() => self.apply_overlay(action),
                _ => {}
            }
            return;
        }
        if self.overlay.is_some() {
            self.apply_overlay(action);
            return;
        }
        match action {
            Action::Help => {
                let from = self.context();
                self.overlay = Some(Overlay::Help { scroll: 0, from });
            }
            Action::Warnings => {
                if self.warnings.is_empty() {
                    self.status = Some("Nothing was skipped.".into());
                } else {
                    self.overlay = Some(Overlay::Warnings { scroll: 0 });
                }
            }
            Action::Finder => self.open_finder(FinderKind::Speakers),
            Action::Palette => self.open_finder(FinderKind::Everything),
            Action::Undo => self.request_undo(),
            Action::CorpusSearch => self.open_corpus_search(),
            Action::HistoryBack | Action::HistoryForward => self.apply_history(action),
            Action::ToggleCues => {
                self.show_cues = !self.show_cues;
                self.status = Some(format!(
                    "Theme cues {}",
                    if self.show_cues { "shown" } else { "hidden" }
                ));
            }
            _ => match self.screen.clone() {
                Screen::Main => self.apply_main(action),
                Screen::SpeakerQuotes { .. } => self.apply_speaker_quotes(action),
                Screen::CompareArticles { .. } => self.apply_compare_articles(action),
                Screen::CompareSpeakers { .. } => self.apply_compare_speakers(action),
            },
        }
    }

    fn toggle_overlay(&mut self, o: Overlay) {
        self.overlay = if self.overlay.is_some() {
            None
        } else {
            Some(o)
        };
    }

    fn open_finder(&mut self, kind: FinderKind) {
        let Some(d) = &mut self.data else { return };
        if kind == FinderKind::Everything {
            d.ensure_palette();
        }
        let entries = match kind {
            FinderKind::Speakers => &d.speaker_entries,
            FinderKind::Everything => &d.palette_entries,
        };
        self.overlay = Some(Overlay::Finder(FinderState::new(kind, entries)));
        self.assigning = None;
    }

    fn apply_overlay(&mut self, action: Action) {
        let page = self.body_height().saturating_sub(4).max(1);
        let max = super::measure::max_scroll(self, self.body());
        let Some(overlay) = self.overlay.as_mut() else {
            return;
        };
        match overlay {
            Overlay::Help { scroll, .. }
            | Overlay::Explain { scroll, .. }
            | Overlay::Warnings { scroll } => match action {
                Action::Down => *scroll = scroll.saturating_add(1).min(max),
                Action::Up => *scroll = scroll.saturating_sub(1),
                Action::Top => *scroll = 0,
                Action::Bottom => *scroll = max,
                Action::PageDown => *scroll = scroll.saturating_add(page).min(max),
                Action::PageUp => *scroll = scroll.saturating_sub(page),
                Action::Back => self.overlay = None,
                _ => {}
            },
            Overlay::Finder(f) => {
                let Some(d) = &self.data else { return };
                let entries = match f.kind {
                    FinderKind::Speakers => &d.speaker_entries,
                    FinderKind::Everything => &d.palette_entries,
                };
                match action {
                    Action::Input(c) => f.push(c, entries),
                    Action::DeleteChar => f.pop(entries),
                    Action::Down => f.move_by(1),
                    Action::Up => f.move_by(-1),
                    Action::Back => {
                        self.overlay = None;
                        self.assigning = None;
                    }
                    Action::Open => {
                        // Finish an unfinished search so Enter takes the true best.
                        while f.work(entries, Duration::from_millis(50)) {}
                        let target = f.selected_target(entries);
                        self.overlay = None;
                        match (target, self.assigning.take()) {
                            (Some(Target::Speaker(s)), Some(q)) => self.finish_assign(q, s),
                            (Some(t), None) => self.jump_to(t),
                            _ => self.status = Some("Nothing matches.".into()),
                        }
                    }
                    _ => {}
                }
            }
            Overlay::Filter { list, before } => {
                let (list, before) = (*list, before.clone());
                self.apply_filter_prompt(list, before, action);
            }
            Overlay::Rename { .. } => self.apply_rename_prompt(action),
            Overlay::CorpusSearch(_) => self.apply_corpus_search(action),
            Overlay::Search { before } => {
                let before = *before;
                match action {
                    Action::Input(c) => {
                        let q = self
                            .search
                            .as_ref()
                            .map_or(String::new(), |s| s.query.clone())
                            + &c.to_string();
                        self.set_search(q, before);
                    }
                    Action::DeleteChar => {
                        let mut q = self
                            .search
                            .as_ref()
                            .map_or(String::new(), |s| s.query.clone());
                        q.pop();
                        self.set_search(q, before);
                    }
                    Action::Open => {
                        self.overlay = None;
                        if self.search.as_ref().is_some_and(|s| s.query.is_empty()) {
                            self.search = None;
                        }
                    }
                    Action::Back => {
                        self.overlay = None;
                        self.search = None;
                        self.reader = before;
                    }
                    _ => {}
                }
            }
        }
    }

    /// Whether a search is unfinished (the event loop then keeps calling [`App::work`]).
    pub fn busy(&self) -> bool {
        matches!(&self.overlay, Some(Overlay::Finder(f)) if f.searching().is_some())
    }

    /// Continue an unfinished search for about one frame's worth of time.
    pub fn work(&mut self) {
        let Some(d) = &self.data else { return };
        if let Some(Overlay::Finder(f)) = &mut self.overlay {
            let entries = match f.kind {
                FinderKind::Speakers => &d.speaker_entries,
                FinderKind::Everything => &d.palette_entries,
            };
            f.work(entries, super::finder::KEYSTROKE_BUDGET);
        }
    }

    /// Go to what the finder or palette chose. A comparison or a speaker's
    /// quotes left for it is kept: Esc goes back to it.
    pub fn jump_to(&mut self, target: Target) {
        self.remember();
        self.jump_without_history(target);
    }

    fn jump_without_history(&mut self, target: Target) {
        self.screen = Screen::Main;
        match target {
            Target::Speaker(s) => {
                self.reveal(FilterList::Speakers, s);
                let quotes = self
                    .data
                    .as_ref()
                    .map(|d| d.quotes_by_speaker[s].clone())
                    .unwrap_or_default();
                match quotes.first() {
                    Some(&q) => {
                        self.jump = Some(JumpList {
                            speaker: s,
                            quotes,
                            pos: 0,
                        });
                        self.show_quote(q);
                    }
                    None => {
                        self.focus = Focus::Speakers;
                        self.side = Focus::Speakers;
                        self.status = Some("No quotes are credited to this speaker.".into());
                    }
                }
            }
            Target::Article(a) => {
                self.show_article(a);
            }
            Target::Quote(q) => {
                self.jump = None;
                self.show_quote(q);
            }
        }
    }

    /// Whether `action` can do anything in the current state; the hint bar
    /// leaves out the keys that cannot (`]` in an article without quotes).
    pub fn can_do(&self, action: Action) -> bool {
        use Action as A;
        let Some(d) = &self.data else {
            // Loading or failed: help and quit, and keys inside the help.
            return matches!(action, A::Help | A::Quit) || self.overlay.is_some();
        };
        let has_quotes = |a: usize| d.quotes_by_article.get(a).is_some_and(|q| !q.is_empty());
        match (self.context(), action) {
            // A pop-up scrolls only as far as its text goes.
            (
                Context::Help | Context::Explain | Context::Warnings,
                A::Up | A::PageUp | A::Top | A::Down | A::PageDown | A::Bottom,
            ) => {
                let scroll = match &self.overlay {
                    Some(
                        Overlay::Help { scroll, .. }
                        | Overlay::Explain { scroll, .. }
                        | Overlay::Warnings { scroll },
                    ) => *scroll,
                    _ => 0,
                };
                if matches!(action, A::Up | A::PageUp | A::Top) {
                    scroll > 0
                } else {
                    scroll < super::measure::max_scroll(self, self.body())
                }
            }
            // The finder's selection moves only within its results.
            (Context::Finder | Context::Palette, A::Up | A::Down) => match &self.overlay {
                Some(Overlay::Finder(f)) if action == A::Up => f.selected > 0,
                Some(Overlay::Finder(f)) => f.selected + 1 < f.ranked.len(),
                _ => false,
            },
            (_, A::Warnings) => !self.warnings.is_empty(),
            // Tab moves between panes of the main screen only.
            (Context::SpeakerQuotes, A::FocusNext | A::FocusPrev) => false,
            (_, A::Finder) => !d.corpus.speakers.is_empty(),
            (_, A::Undo) => !d.corpus.corrections.is_empty(),
            (_, A::HistoryBack) => !self.history.back.is_empty(),
            (_, A::HistoryForward) => !self.history.forward.is_empty(),
            (Context::CompareArticles, A::NextQuote | A::PrevQuote) => match &self.screen {
                Screen::CompareArticles {
                    left,
                    right,
                    right_focused,
                    ..
                } => has_quotes(if *right_focused { right } else { left }.article),
                _ => false,
            },
            (Context::SpeakerQuotes, A::Open | A::Compare | A::Assign | A::Reject) => {
                match self.screen {
                    Screen::SpeakerQuotes { speaker, .. } => d
                        .quotes_by_speaker
                        .get(speaker)
                        .is_some_and(|q| !q.is_empty()),
                    _ => false,
                }
            }
            // A pane of the main screen knows what it can do.
            (c, _) if c.pane().is_some() => (panes::pane(self.focus).can_do)(self, action),
            _ => true,
        }
    }

    // ---- geometry -------------------------------------------------------

    pub fn body(&self) -> Rect {
        layout::frame_areas(self.size).1
    }
    fn body_height(&self) -> usize {
        self.body().height as usize
    }
    /// Text area of the reader in the main screen (where it would be when focused).
    pub fn reader_text_area(&self) -> Rect {
        let r =
            layout::panes_maybe_maximized(self.body(), Focus::Reader, self.side, self.maximized)
                .get(Focus::Reader)
                .unwrap_or_default();
        text_area(r)
    }
    /// Text area of one side of the article comparison.
    pub fn compare_text_area(&self, right: bool) -> Rect {
        let cols = layout::columns(self.body(), &[self.body().width / 2, 0]);
        let col = cols[usize::from(right)];
        // The lean bar is pinned to the first row; the rest scrolls.
        super::measure::pinned_text_area(text_area(col))
    }
    pub(crate) fn list_page(&self, f: Focus, rows_per_item: usize) -> usize {
        let r = layout::panes_maybe_maximized(self.body(), f, self.side, self.maximized)
            .get(f)
            .unwrap_or_default();
        (layout::inner(r).height as usize / rows_per_item.max(1)).max(1)
    }

    /// The article laid out at `width`: the stored layout when the state
    /// change that put it on screen made one (see [`App::warm_layouts`]),
    /// else laid out afresh (and not kept: this takes `&self`).
    pub fn layout_for(&self, pos: &ReaderPos, width: u16) -> Option<Rc<Layout>> {
        let a = self.data.as_ref()?.article(pos.article)?;
        if let Some((_, _, l)) = self
            .layouts
            .iter()
            .find(|(ai, w, _)| *ai == pos.article && *w == width)
        {
            return Some(Rc::clone(l));
        }
        Some(Rc::new(Layout::new(a, width as usize)))
    }

    /// Lay out the articles the current screen shows, at the widths they are
    /// drawn, keeping those already made; so scrolling a huge article never
    /// wraps it again, and drawing never needs to store anything.
    fn warm_layouts(&mut self) {
        self.load_texts();
        let mut wanted = self.readers();
        if wanted.len() > 1 {
            // Comparing: only the two sides are drawn.
            wanted.remove(0);
        }
        let mut kept = Vec::with_capacity(wanted.len());
        for (pos, width) in wanted {
            if let Some(l) = self.layout_for(&pos, width) {
                kept.push((pos.article, width, l));
            }
        }
        self.layouts = kept;
    }

    /// Read the text of the articles the screen shows from the store, when
    /// it is kept there (see [`Data::load_text`]): as the state changes,
    /// so that drawing finds it.
    pub(crate) fn load_texts(&mut self) {
        let shown: Vec<usize> = self.readers().iter().map(|(p, _)| p.article).collect();
        if let Some(d) = &mut self.data {
            for &a in &shown {
                d.load_text(a, &shown);
            }
        }
    }

    /// [`App::load_texts`] for article `a` about to be shown, before its
    /// layout is needed to place the reader in it.
    pub(crate) fn load_text(&mut self, a: usize) {
        let mut shown: Vec<usize> = self.readers().iter().map(|(p, _)| p.article).collect();
        shown.push(a);
        if let Some(d) = &mut self.data {
            d.load_text(a, &shown);
        }
    }

    fn clamp_scrolls(&mut self) {
        // (Against the text, read first if it is kept in the store: a layout
        // of the header alone would clamp the scroll to the top.)
        self.load_texts();
        let area = self.reader_text_area();
        if let Some(l) = self.layout_for(&self.reader, area.width) {
            self.reader.scroll = self.reader.scroll.min(l.max_scroll(area.height as usize));
        }
    }

    // ---- main screen ----------------------------------------------------

    fn apply_main(&mut self, action: Action) {
        match action {
            Action::FocusNext | Action::FocusPrev => {
                let i = Focus::ORDER
                    .iter()
                    .position(|&f| f == self.focus)
                    .unwrap_or(0);
                let n = Focus::ORDER.len();
                let j = if action == Action::FocusNext {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.set_focus(Focus::ORDER[j]);
            }
            Action::Maximize => {
                self.maximized = !self.maximized;
                self.layouts.clear();
            }
            Action::FocusArticles => self.set_focus(Focus::Articles),
            Action::FocusReader => self.set_focus(Focus::Reader),
            Action::FocusSpeakers => self.set_focus(Focus::Speakers),
            Action::FocusTracker => self.set_focus(Focus::Tracker),
            // Esc after a jump out of a comparison (or a speaker's quotes)
            // goes back to it, once nothing nearer is there to clear.
            Action::Back if self.can_go_back_from_main() => {
                self.go_back();
                self.status = Some("Back where you were before the jump.".into());
            }
            _ => (panes::pane(self.focus).keys)(self, action),
        }
    }

    pub fn set_focus(&mut self, f: Focus) {
        self.focus = f;
        if f != Focus::Reader {
            self.side = f;
        }
    }

    pub(crate) fn explain(&mut self, what: Explained) {
        // An article's explanation comes with its text when that is read
        // from the store (from the tracker or a filtered list, it may not be
        // on screen).
        if let Explained::Article(a) = what {
            self.load_text(a);
        }
        // The preview has no quotes or text to explain a lean by.
        if !self.refused_in_preview() {
            self.overlay = Some(Overlay::Explain { scroll: 0, what });
        }
    }

    /// While only the preview is shown, say the corpus is still opening
    /// (and true); otherwise false.
    pub(crate) fn refused_in_preview(&mut self) -> bool {
        let partial = self.partial();
        if partial {
            self.status = Some(still_opening());
        }
        partial
    }

    pub(crate) fn clear_marks_or(&mut self, otherwise: impl FnOnce(&mut App)) {
        if self.marks != Marks::default() {
            self.marks = Marks::default();
            self.status = Some("Comparison marks cleared.".into());
        } else {
            otherwise(self);
        }
    }

    /// Put the Articles list in its chosen order again.
    pub(crate) fn sort_articles(&mut self) {
        if let Some(d) = &self.data {
            self.articles.sort_order(d);
        }
    }

    /// Put the Speakers list in its chosen order again.
    pub(crate) fn sort_speakers(&mut self) {
        if let Some(d) = &self.data {
            self.speakers.sort_order(d);
        }
    }

    /// Open speaker `s`'s quotes, leaving where we were in the history.
    pub(crate) fn open_speaker_quotes(&mut self, s: usize) {
        self.remember();
        self.screen = Screen::SpeakerQuotes {
            speaker: s,
            selected: 0,
        };
    }

    /// Show article `a` in the Reader without leaving the list (browsing).
    pub(crate) fn follow_article(&mut self, a: usize) {
        if self.reader.article != a && self.screen == Screen::Main {
            self.reader = ReaderPos::at(a);
            self.load_text(a);
            self.search = None;
        }
    }

    /// Open article `a` in the Reader, leaving where we were in the history.
    pub fn open_article(&mut self, a: usize) {
        self.remember();
        self.show_article(a);
    }

    fn show_article(&mut self, a: usize) {
        self.screen = Screen::Main;
        self.reader = ReaderPos::at(a);
        self.load_text(a);
        self.search = None;
        self.reveal(FilterList::Articles, a);
        self.set_focus(Focus::Reader);
    }

    /// Open the quote's article with the quote's paragraph at the top,
    /// leaving where we were in the history.
    pub fn open_quote(&mut self, qi: usize) {
        self.remember();
        self.show_quote(qi);
    }

    fn show_quote(&mut self, qi: usize) {
        let Some(d) = &self.data else { return };
        let Some(q) = d.quote(qi) else { return };
        let Some(a) = d.quote_article(qi) else { return };
        let para = q.paragraph;
        if self.reader.article != a || self.screen != Screen::Main {
            self.show_article(a);
        }
        self.set_focus(Focus::Reader);
        self.reader.quote = Some(qi);
        let area = self.reader_text_area();
        goto_para(self, para, area);
    }

    // ---- speaker quotes ---------------------------------------------------

    fn apply_speaker_quotes(&mut self, action: Action) {
        let Screen::SpeakerQuotes { speaker, selected } = self.screen else {
            return;
        };
        let quotes = self
            .data
            .as_ref()
            .map(|d| d.quotes_by_speaker[speaker].clone())
            .unwrap_or_default();
        let page = self.body_height().saturating_sub(4).max(1) / 2;
        if let Some(sel) = move_selection(selected, quotes.len(), page.max(1), action) {
            self.screen = Screen::SpeakerQuotes {
                speaker,
                selected: sel,
            };
            return;
        }
        match action {
            Action::Open => {
                if let Some(&q) = quotes.get(selected) {
                    self.jump = Some(JumpList {
                        speaker,
                        quotes: quotes.clone(),
                        pos: selected,
                    });
                    self.remember();
                    self.screen = Screen::Main;
                    self.show_quote(q);
                }
            }
            Action::Compare => {
                if let Some(a) = quotes
                    .get(selected)
                    .and_then(|&q| self.data.as_ref()?.quote_article(q))
                {
                    if self.marks.speaker.is_none() {
                        self.marks.speaker = Some(speaker);
                    }
                    self.compare_article(a);
                }
            }
            Action::Assign => {
                if let Some(&q) = quotes.get(selected) {
                    self.start_assign(q);
                }
            }
            Action::Reject => {
                if let Some(&q) = quotes.get(selected) {
                    self.reject_quote(q);
                }
            }
            Action::Rename => self.start_rename(speaker),
            Action::Back => self.go_back(),
            _ => {}
        }
    }

    fn can_go_back_from_main(&self) -> bool {
        let filtered = match self.focus {
            Focus::Articles => !self.articles.filter.is_empty(),
            Focus::Speakers => !self.speakers.filter.is_empty(),
            _ => false,
        };
        self.history
            .back
            .last()
            .is_some_and(|p| p.screen != Screen::Main)
            && self.marks == Marks::default()
            && self.search.is_none()
            && !filtered
    }

    /// Esc out of a comparison or a speaker's quotes: back where we were.
    fn go_back(&mut self) {
        if !self.history_back() {
            self.screen = Screen::Main;
        }
    }
}

/// The reader's text area inside a pane (border and gutter taken off).
pub fn text_area(pane: Rect) -> Rect {
    let i = layout::inner(pane);
    Rect {
        x: i.x.saturating_add(GUTTER),
        width: i.width.saturating_sub(GUTTER),
        ..i
    }
}

/// Move a list selection for a movement action; `None` if it is not one.
pub fn move_selection(sel: usize, len: usize, page: usize, action: Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    let sel = sel.min(last);
    Some(match action {
        Action::Down => (sel + 1).min(last),
        Action::Up => sel.saturating_sub(1),
        Action::Top => 0,
        Action::Bottom => last,
        Action::PageDown => sel.saturating_add(page).min(last),
        Action::PageUp => sel.saturating_sub(page),
        Action::HalfPageDown => sel.saturating_add((page / 2).max(1)).min(last),
        Action::HalfPageUp => sel.saturating_sub((page / 2).max(1)),
        _ => return None,
    })
}
