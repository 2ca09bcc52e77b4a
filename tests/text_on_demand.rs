//! The explorer reopened from its store holds no article text until an
//! article is shown, reads each shown article's text from the store (the
//! same as a whole open gives), holds a bounded number at once, and says so
//! in the Reader when a text cannot be read.

mod tui_support;

use centreline::analysis::Lexicon;
use centreline::corpus::load::LoadOptions;
use centreline::model::Corpus;
use centreline::store::cache;
use centreline::store::StoreOptions;
use centreline::tui::data::{Data, TEXTS_HELD};
use centreline::tui::App;
use std::path::{Path, PathBuf};
use tui_support::*;

/// The bundled articles as files in a fresh folder, `copies` times each.
fn corpus_dir(copies: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    for entry in std::fs::read_dir(&assets).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            // Each copy ends differently, so that a text read for the
            // wrong copy shows.
            for i in 0..copies {
                let copy = format!("{}\n\nThis is copy {i} of {name}.\n", text.trim_end());
                std::fs::write(dir.path().join(format!("{name}-{i}.txt")), copy).unwrap();
            }
        }
    }
    dir
}

fn store_at(dir: &Path) -> StoreOptions {
    StoreOptions {
        dir: Some(dir.to_path_buf()),
        disabled: false,
    }
}

/// A corpus folder, its store built, and the corpus opened whole.
struct Built {
    corpus: tempfile::TempDir,
    store: tempfile::TempDir,
    paths: Vec<PathBuf>,
    whole: Corpus,
}

fn built(copies: usize) -> Built {
    let corpus = corpus_dir(copies);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let whole = centreline::open_stored(
        &paths,
        &LoadOptions::default(),
        &Lexicon::bundled(),
        &store_at(store.path()),
        None,
    )
    .unwrap()
    .corpus;
    Built {
        corpus,
        store,
        paths,
        whole,
    }
}

impl Built {
    fn lean(&self) -> cache::Lean {
        centreline::open_stored_lean(
            &self.paths,
            &LoadOptions::default(),
            &Lexicon::bundled(),
            &store_at(self.store.path()),
            centreline::tui::trend::Trend::shows_months,
        )
        .expect("an up-to-date store")
    }

    /// The explorer as the loader leaves it: the preview, completed with the
    /// rest of its corpus.
    fn completed(&self, width: u16, height: u16) -> App {
        let at = store_at(self.store.path());
        let (options, lexicon) = (LoadOptions::default(), Lexicon::bundled());
        let preview =
            centreline::preview_stored(&self.paths, &options, &lexicon, &at).expect("a preview");
        let mut app = App::with_corpus(Corpus::default(), width, height);
        let data = Data::preview(preview.corpus);
        let shown = data.shown(preview.built);
        app.loaded_data(data, preview.warnings.clone());
        assert!(app.partial());
        let rest = centreline::open_stored_rest(&self.paths, &options, &lexicon, &at, &shown)
            .expect("the rest of the previewed corpus");
        app.completed(rest, preview.warnings);
        assert!(!app.partial());
        app
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

/// Articles whose paragraphs are in the explorer's corpus.
fn with_text(app: &App) -> Vec<usize> {
    let d = app.data.as_ref().unwrap();
    (0..d.corpus.articles.len())
        .filter(|&i| !d.corpus.articles[i].paragraphs.is_empty())
        .collect()
}

#[test]
fn a_lean_open_has_no_text_and_reads_each_article_back_as_a_whole_open_has_it() {
    let b = built(1);
    let mut lean = b.lean();
    let c = &lean.corpus;
    assert_eq!(c.articles.len(), b.whole.articles.len());
    assert!(c.articles.iter().all(|a| a.paragraphs.is_empty()));
    // Everything else is the whole open's.
    assert_eq!(json(&c.quotes), json(&b.whole.quotes));
    assert_eq!(json(&c.speakers), json(&b.whole.speakers));
    assert_eq!(json(&c.periods), json(&b.whole.periods));
    for (i, a) in b.whole.articles.iter().enumerate() {
        assert_eq!(lean.corpus.articles[i].id, a.id);
        let text = lean.texts.read(i).unwrap();
        assert_eq!(json(&text.paragraphs), json(&a.paragraphs), "{}", a.id);
        assert_eq!(json(&text.cues), json(&a.theme.cues));
        assert_eq!(json(&text.explanation), json(&a.theme.explanation));
    }
    assert!(lean.texts.read(b.whole.articles.len()).is_err());
    // Asked for (a chart by month), each article's length and cues come too.
    let with_chars = centreline::open_stored_lean(
        &b.paths,
        &LoadOptions::default(),
        &Lexicon::bundled(),
        &store_at(b.store.path()),
        |_| true,
    )
    .unwrap();
    let chars = with_chars.chars.as_ref().expect("the lengths");
    for (i, a) in b.whole.articles.iter().enumerate() {
        let n: usize = a
            .paragraphs
            .iter()
            .map(|p| p.text.chars().count())
            .sum::<usize>()
            + centreline::analysis::theme::JOIN_CHARS * a.paragraphs.len().saturating_sub(1);
        assert_eq!(chars[i], n, "{}", a.id);
        let l = &with_chars.corpus.articles[i];
        assert_eq!(json(&l.theme), json(&a.theme));
        assert!(l.paragraphs.is_empty());
    }
    assert!(lean.chars.is_none());
    // The store's own index answers a search as the in-memory one does.
    let memory = centreline::store::search::index_in_memory(&b.whole).unwrap();
    let want = centreline::store::search::search(&memory, "minister*", 50).unwrap();
    assert!(!want.is_empty());
    assert_eq!(lean.texts.search("minister*", 50).unwrap(), want);
}

#[test]
fn the_rest_of_a_preview_is_its_quotes_from_the_same_build_only() {
    let b = built(1);
    let app = b.completed(120, 40);
    let d = app.data.as_ref().unwrap();
    assert!(d.texts.on_demand());
    assert_eq!(json(&d.corpus.quotes), json(&b.whole.quotes));
    assert_eq!(json(&d.corpus.speakers), json(&b.whole.speakers));
    // A whole open's figures: the quotes are counted, the lists indexed.
    let n: usize = d.quotes_by_article.iter().map(Vec::len).sum();
    assert_eq!(n, b.whole.quotes.len());

    // A store rebuilt since (a file edited): the rest is not read from it,
    // and text read through the old one says why.
    let (options, lexicon) = (LoadOptions::default(), Lexicon::bundled());
    let at = store_at(b.store.path());
    let preview = centreline::preview_stored(&b.paths, &options, &lexicon, &at).unwrap();
    let shown = Data::preview(preview.corpus).shown(preview.built);
    let mut lean = b.lean();
    let file = std::fs::read_dir(b.corpus.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n\nA paragraph added since.\n");
    std::fs::write(&file, text).unwrap();
    centreline::open_stored(&b.paths, &options, &lexicon, &at, None).unwrap();
    assert!(centreline::open_stored_rest(&b.paths, &options, &lexicon, &at, &shown).is_none());
    let err = lean.texts.read(0).unwrap_err().to_string();
    assert_eq!(err, cache::STORE_CHANGED);
    assert!(lean.texts.search("minister", 5).is_err());
}

#[test]
fn the_explorer_holds_only_the_text_it_shows_and_shows_the_right_text() {
    // More articles than are ever held at once.
    let b = built(5);
    assert!(b.whole.articles.len() > 2 * TEXTS_HELD);
    let mut app = b.completed(140, 40);
    // Only the article the Reader opened on has its text.
    assert_eq!(with_text(&app), vec![app.reader.article]);
    let held: Vec<usize> = app.data.as_ref().unwrap().texts.held().collect();
    assert_eq!(held, vec![app.reader.article]);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..b.whole.articles.len() {
        let a = app.reader.article;
        seen.insert(a);
        let d = app.data.as_ref().unwrap();
        let whole = &b.whole.articles[a];
        assert_eq!(d.corpus.articles[a].id, whole.id);
        assert_eq!(
            json(&d.corpus.articles[a].paragraphs),
            json(&whole.paragraphs),
            "the Reader's article {}",
            whole.id
        );
        let held = with_text(&app);
        assert!(held.len() <= TEXTS_HELD, "{} texts held", held.len());
        assert!(held.contains(&a));
        // What the Reader draws is that article's text.
        let screen = render(&app, 140, 40);
        let first_words: String = whole.paragraphs[0].text.chars().take(20).collect();
        assert!(
            screen.contains(first_words.trim()),
            "{first_words:?} not on screen:\n{screen}"
        );
        press(&mut app, "j");
    }
    assert_eq!(
        seen.len(),
        b.whole.articles.len(),
        "every article was shown"
    );
    // Comparing two articles holds both.
    let (x, y) = (app.reader.article, app.articles.order[0]);
    press(&mut app, "c");
    press(&mut app, "g");
    press(&mut app, "c");
    if let centreline::tui::app::Screen::CompareArticles { left, right, .. } = app.screen {
        assert_eq!((left.article, right.article), (x, y));
        let held = with_text(&app);
        assert!(held.contains(&x) && held.contains(&y), "{held:?}");
    } else {
        panic!("not comparing: {:?}", app.screen);
    }
}

#[test]
fn a_text_missing_from_the_store_is_said_in_the_reader_never_a_panic() {
    let b = built(1);
    // The second article's text gone from the store.
    let db = b.store.path().join(cache::CACHE_FILE);
    let lean = b.lean();
    let second = lean.corpus.articles[1].id.clone();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "DELETE FROM article_rest WHERE ord = (SELECT ord FROM articles WHERE id = ?1)",
        [second.as_str()],
    )
    .unwrap();
    drop(conn);
    let mut app = App::with_corpus(Corpus::default(), 140, 40);
    app.loaded_data(Data::lean(lean), Vec::new());
    let i = app
        .data
        .as_ref()
        .unwrap()
        .corpus
        .articles
        .iter()
        .position(|a| a.id == second)
        .unwrap();
    app.open_article(i);
    let d = app.data.as_ref().unwrap();
    let why = d.text_error(i).expect("the failure remembered");
    assert!(why.contains("no text"), "{why}");
    assert!(d.corpus.articles[i].paragraphs.is_empty());
    let screen = render(&app, 140, 40);
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("could not be read from the store"),
        "{screen}"
    );
    // Moving about, searching and explaining in it are no panic either.
    press(&mut app, "j k ] [ G g e Esc / council Enter Esc");
    render(&app, 140, 40);
    // The other articles still read.
    app.open_article((i + 1) % d_len(&app));
    assert!(!with_text(&app).is_empty());
}

fn d_len(app: &App) -> usize {
    app.data.as_ref().unwrap().corpus.articles.len()
}

#[test]
fn the_palette_finds_quotes_made_when_it_first_opens() {
    let b = built(1);
    let mut app = b.completed(140, 40);
    let before = app.data.as_ref().unwrap().palette_entries.len();
    assert_eq!(
        before,
        b.whole.speakers.len() + b.whole.articles.len(),
        "no quote entries yet"
    );
    press(&mut app, "ctrl-p");
    let d = app.data.as_ref().unwrap();
    assert_eq!(d.palette_entries.len(), before + b.whole.quotes.len());
}

#[test]
fn a_quote_corrected_from_a_speakers_quotes_is_named_with_its_words_before() {
    use centreline::store::corrections::{Correction, QuoteRef};
    use centreline::tui::app::{CorrectionRequest, Screen};
    let b = built(5);
    let mut app = b.completed(140, 40);
    // A speaker's quotes, the last: in an article the Reader has not shown.
    press(&mut app, "3 Enter G");
    let Screen::SpeakerQuotes { speaker, selected } = app.screen else {
        panic!("not a speaker's quotes: {:?}", app.screen);
    };
    let d = app.data.as_ref().unwrap();
    let q = d.quotes_by_speaker[speaker][selected];
    let a = d.quote_article(q).unwrap();
    assert!(
        !with_text(&app).contains(&a),
        "the quote's article is not held yet"
    );
    press(&mut app, "x");
    let Some(CorrectionRequest::Add(Correction::Reject { quote, .. })) = app.correction.clone()
    else {
        panic!("no rejection asked: {:?}", app.correction);
    };
    assert_eq!(quote, QuoteRef::of(&b.whole, &b.whole.quotes[q]));
}

/// After an undo leaves no correction the explorer reopens without text;
/// the Reader keeps its article, its text and where it was in it.
#[test]
fn a_reopen_after_an_undo_keeps_the_readers_text_and_place() {
    let b = built(5);
    let mut app = b.completed(140, 30);
    press(&mut app, "2 G");
    let (a, scroll) = (app.reader.article, app.reader.scroll);
    assert!(scroll > 0, "scrolled into the article");
    // What the loader hands back after such an undo: a lean open.
    app.reopening = true;
    app.reopened(Data::lean(b.lean()), Vec::new());
    assert_eq!(app.reader.article, a);
    assert!(
        with_text(&app).contains(&a),
        "the Reader's text is read again"
    );
    assert_eq!(app.reader.scroll, scroll, "at the same place");
    let last = &b.whole.articles[a].paragraphs.last().unwrap().text;
    let words: String = last.chars().take(20).collect();
    assert!(render(&app, 140, 30).contains(words.trim()));
}

/// Back in history to an article whose text was let go: its text is read
/// again and the Reader is where it was.
#[test]
fn history_back_to_an_article_let_go_keeps_its_place() {
    let b = built(5);
    let mut app = b.completed(140, 30);
    let order = app.articles.order.clone();
    app.open_article(order[0]);
    press(&mut app, "G");
    let (a, scroll) = (app.reader.article, app.reader.scroll);
    assert!(scroll > 0);
    for &k in &order[1..=TEXTS_HELD + 2] {
        app.open_article(k);
    }
    assert!(!with_text(&app).contains(&a), "let go");
    for _ in 0..=TEXTS_HELD + 1 {
        press(&mut app, "ctrl-o");
    }
    assert_eq!(app.reader.article, a);
    assert_eq!(app.reader.scroll, scroll, "back where the reader was");
}

/// Explaining an article the Reader does not show (from the tracker's
/// list) gives its explanation, not "no cues".
#[test]
fn an_article_not_shown_is_explained_from_its_text() {
    let b = built(5);
    let mut app = b.completed(140, 40);
    let d = app.data.as_ref().unwrap();
    let (k, a) = d
        .by_date
        .iter()
        .enumerate()
        .find(|&(_, &a)| {
            a != app.reader.article && !b.whole.articles[a].theme.explanation.is_empty()
        })
        .map(|(k, &a)| (k, a))
        .unwrap();
    assert!(!with_text(&app).contains(&a));
    press(&mut app, "4");
    app.tracker.article_sel = k;
    press(&mut app, "e");
    let screen = render(&app, 140, 40);
    assert!(
        !screen.contains("No theme cues fired"),
        "{} explanation lines in the whole open:\n{screen}",
        b.whole.articles[a].theme.explanation.len()
    );
}
