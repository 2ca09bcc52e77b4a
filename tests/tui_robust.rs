//! Hostile terminals: every size from 1×1 up, every key in every mode, and
//! random key sequences with resizes. Nothing may panic.

mod tui_support;

use centreline::model::Corpus;
use centreline::tui::app::{Load, Screen};
use centreline::tui::layout::{self, Focus};
use centreline::tui::App;
use proptest::prelude::*;
use ratatui::layout::Rect;
use tui_support::*;

/// (mode, keys that reach it from a fresh app)
const MODES: &[(&str, &str)] = &[
    ("articles", ""),
    ("reader", "Tab"),
    ("speakers", "Tab Tab"),
    ("tracker", "Tab Tab Tab"),
    ("help", "?"),
    ("finder", "f thorn"),
    ("finder-empty", "f zzzzqqq"),
    ("palette", "ctrl-p mil"),
    ("explain", "Tab e"),
    ("search", "Tab / local"),
    ("search-kept", "Tab / local Enter"),
    ("speaker-quotes", "Tab Tab Enter"),
    ("compare-articles", "c j c"),
    ("compare-speakers", "Tab Tab c j c"),
    (
        "compare-speaker-articles",
        "Tab Tab c Shift-Tab Shift-Tab c j c",
    ),
    ("marked", "c"),
    ("jumped", "f thorn Enter"),
];

fn app_in(mode: &str, width: u16, height: u16) -> App {
    let mut app = App::with_corpus(fixture(), width, height);
    let keys = MODES.iter().find(|m| m.0 == mode).unwrap().1;
    press(&mut app, keys);
    app
}

fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = (0x21u8..0x7f).map(|b| (b as char).to_string()).collect();
    for k in [
        "space",
        "Enter",
        "Esc",
        "Tab",
        "Shift-Tab",
        "Up",
        "Down",
        "Left",
        "Right",
        "PgUp",
        "PgDn",
        "Home",
        "End",
        "Backspace",
        "Delete",
        "F1",
        "alt-x",
        "é",
        "英",
    ] {
        keys.push(k.to_string());
    }
    for c in 'a'..='z' {
        if c != 'c' {
            keys.push(format!("ctrl-{c}"));
        }
    }
    keys
}

/// Draw `app` at `w`×`h` and check what a survivor must show: the "too
/// small" message below the minimum; otherwise the title bar, the hint bar
/// ending in `q quit`, and (on the main screen, when there is room) every
/// pane's title. And the state's invariants: every selection and position
/// inside its list.
fn check(app: &App, w: u16, h: u16) -> String {
    let screen = render(app, w, h);
    assert_invariants(app);
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines.len(), h as usize);
    if layout::too_small(Rect::new(0, 0, w, h)) {
        assert!(
            screen.starts_with('T'),
            "too small at {w}×{h}, yet:\n{screen}"
        );
        if w >= 20 && h >= 3 {
            assert!(screen.contains("Terminal"), "{screen}");
        }
        return screen;
    }
    assert!(lines[0].starts_with("centreline"), "{w}×{h}:\n{screen}");
    // Over a pop-up the keys are the pop-up's own, the one that closes it last.
    if app.overlay.is_some() && w >= 12 {
        let last = lines[h as usize - 1];
        assert!(
            last.ends_with("Esc close") || last.ends_with("Esc cancel"),
            "{w}×{h}: hint bar {last:?}"
        );
    }
    if app.overlay.is_none() {
        assert!(
            lines[h as usize - 1].ends_with("q quit"),
            "{w}×{h}: hint bar {:?}",
            lines[h as usize - 1]
        );
    }
    match &app.load {
        Load::Loading { .. } if h >= 12 && app.overlay.is_none() => {
            assert!(screen.contains("Loading"), "{screen}")
        }
        Load::Failed(_) if h >= 14 && w >= 40 && app.overlay.is_none() => {
            assert!(screen.contains("Could not open"), "{screen}")
        }
        Load::Ready if app.overlay.is_none() && app.screen == Screen::Main => {
            // The four panes' titles as written here; a pane added to the
            // registry since is checked by the title it gives itself.
            let focused = [
                (Focus::Articles, "Articles"),
                (Focus::Reader, "Reader"),
                (Focus::Speakers, "Speakers"),
                (Focus::Tracker, "Central ◀ ▶ Local"),
            ]
            .into_iter()
            .find(|&(f, _)| f == app.focus)
            .map_or(app.focus.title(), |(_, title)| title);
            assert!(
                screen.contains(&format!("▶ {focused}")),
                "{w}×{h}:\n{screen}"
            );
            // All four panes show on a wide screen unless one is maximised (`z`).
            if w >= layout::WIDE && h >= 24 && !app.maximized {
                for title in ["Articles", "Reader", "Speakers", "Central ◀ ▶ Local"] {
                    assert!(screen.contains(title), "{title} at {w}×{h}:\n{screen}");
                }
            }
        }
        _ => {}
    }
    screen
}

fn assert_invariants(app: &App) {
    let Some(d) = &app.data else {
        return;
    };
    let c = &d.corpus;
    // Every item once, or, under a filter (`/` in a list), the ones that
    // match: valid and never twice.
    for (order, narrowed, total) in [
        (
            &app.articles.order,
            !app.articles.filter.is_empty(),
            c.articles.len(),
        ),
        (
            &app.speakers.order,
            !app.speakers.filter.is_empty() || app.speakers.hide_thin,
            c.speakers.len(),
        ),
    ] {
        if !narrowed {
            assert_eq!(order.len(), total);
        }
        let mut seen = std::collections::HashSet::new();
        assert!(order.iter().all(|&i| i < total && seen.insert(i)));
    }
    // The selection is a row of the list as shown (filtered or not).
    assert!(app.articles.sel < app.articles.order.len().max(1));
    assert!(app.speakers.sel < app.speakers.order.len().max(1));
    assert!(app.tracker.article_sel < c.articles.len().max(1));
    if !c.articles.is_empty() {
        assert!(app.reader.article < c.articles.len());
        let paras = c.articles[app.reader.article].paragraphs.len();
        assert!(app.reader.cursor < paras.max(1));
    }
    if let Some(q) = app.reader.quote {
        assert_eq!(d.quote_article(q), Some(app.reader.article));
    }
    match &app.screen {
        Screen::SpeakerQuotes { speaker, selected } => {
            assert!(*speaker < c.speakers.len());
            assert!(*selected < d.quotes_by_speaker[*speaker].len().max(1));
        }
        Screen::CompareArticles { left, right, .. } => {
            assert!(left.article < c.articles.len() && right.article < c.articles.len());
            assert_ne!(left.article, right.article);
        }
        Screen::CompareSpeakers { a, b, .. } => {
            assert!(*a < c.speakers.len() && *b < c.speakers.len());
            assert_ne!(a, b);
        }
        Screen::Main => {}
    }
    if let Some(s) = &app.search {
        assert!(s.matches.is_empty() || s.current < s.matches.len());
    }
    if let Some(j) = &app.jump {
        assert!(j.pos < j.quotes.len());
    }
}

#[test]
fn every_size_from_1x1_draws_in_every_mode() {
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for w in 1..=30 {
        for h in 1..=12 {
            sizes.push((w, h));
        }
    }
    sizes.extend([
        (200, 1),
        (1, 60),
        (59, 30),
        (60, 30),
        (99, 17),
        (100, 17),
        (100, 18),
        (300, 100),
        (31, 9),
        (45, 40),
    ]);
    for (mode, _) in MODES {
        for &(w, h) in &sizes {
            let app = app_in(mode, w, h);
            check(&app, w, h);
        }
    }
    // Loading and failed screens too.
    let mut loading = App::new(Default::default(), Default::default());
    let mut failed = App::new(Default::default(), Default::default());
    failed.failed("no articles found in '/tmp/empty'".into());
    for &(w, h) in &sizes {
        loading.resize(w, h);
        failed.resize(w, h);
        check(&loading, w, h);
        check(&failed, w, h);
    }
}

#[test]
fn too_small_says_so() {
    let app = app_in("articles", 20, 5);
    let screen = render(&app, 20, 5);
    assert!(screen.contains("Terminal too"), "{screen}");
    let app = app_in("articles", 1, 1);
    assert_eq!(render(&app, 1, 1), "T\n");
}

#[test]
fn every_key_in_every_mode_is_survived() {
    let keys = all_keys();
    for (mode, _) in MODES {
        for k in &keys {
            for (w, h) in [(140, 40), (24, 6)] {
                let mut app = app_in(mode, w, h);
                app.handle_key(key(k));
                if app.quit {
                    assert!(k == "q" || k == "ctrl-c", "{k} quit in {mode}");
                    app.quit = false;
                }
                check(&app, w, h);
                // And again, from wherever that key led.
                app.handle_key(key(k));
                app.quit = false;
                check(&app, w, h);
            }
        }
    }
}

#[test]
fn every_key_on_an_empty_corpus_and_while_loading() {
    for (label, make) in [
        (
            "empty",
            (|| App::with_corpus(Corpus::default(), 100, 30)) as fn() -> App,
        ),
        ("loading", || {
            let mut a = App::new(Default::default(), Default::default());
            a.resize(100, 30);
            a
        }),
    ] {
        for k in all_keys() {
            let mut app = make();
            for _ in 0..3 {
                app.handle_key(key(&k));
            }
            app.quit = false;
            let screen = check(&app, 100, 30);
            check(&app, 7, 3);
            if label == "loading" && app.overlay.is_none() {
                assert!(screen.contains("Loading the corpus"), "{k}: {screen}");
            }
            if label == "empty" && app.overlay.is_none() && app.screen == Screen::Main {
                assert!(screen.contains("Articles (0)"), "{k}: {screen}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_keys_and_resizes_never_panic(
        steps in proptest::collection::vec((0usize..160, 1u16..180, 1u16..60, any::<bool>()), 1..60)
    ) {
        let keys = all_keys();
        let mut app = App::with_corpus(fixture(), 100, 30);
        let (mut w, mut h) = (100u16, 30u16);
        for (k, nw, nh, resize) in steps {
            if resize {
                w = nw;
                h = nh;
                app.resize(w, h);
            } else {
                app.handle_key(key(&keys[k % keys.len()]));
            }
            if app.quit {
                app.quit = false;
            }
            assert_invariants(&app);
        }
        check(&app, w, h);
    }
}

/// A 2 MB single-paragraph article with quotes and cues near its end:
/// reading, scrolling to the bottom, searching and explaining all work.
#[test]
fn a_huge_paragraph_is_readable() {
    use centreline::model::{Article, CueHit, Paragraph, Quote, Side, Theme};
    let mut c = fixture();
    let sentence = "Local managers want freedom from the centre, said Mr Thornton. ";
    let text = sentence.repeat(2_000_000 / sentence.len());
    let n = text.chars().count();
    let cue_start = n - sentence.len() + 20; // "freedom" in the last sentence
    c.articles.push(Article {
        id: "huge".into(),
        path: "huge.txt".into(),
        title: "A very long dump".into(),
        date: Some("2005".parse().unwrap()),
        paragraphs: vec![Paragraph {
            text: text.clone().into(),
            kind: Default::default(),
            mentions: Vec::new(),
            theme: Theme {
                local: 1.0,
                lean: 1.0,
                cues: vec![CueHit {
                    text: "freedom".into(),
                    side: Side::Local,
                    stance: Side::Local,
                    start: cue_start,
                    end: cue_start + 7,
                    weight: 1.0,
                    facet: "autonomy".into(),
                    rule: None,
                    target: false,
                }],
                ..Default::default()
            },
        }],
        ..Default::default()
    });
    c.quotes.push(Quote {
        id: "huge#q0".parse().unwrap(),
        article: "huge".into(),
        paragraph: 0,
        start: n - sentence.len(),
        end: n - sentence.len() + 44,
        text: sentence[..44].into(),
        speaker: Some("stephen-thornton".into()),
        ..Default::default()
    });
    let mut app = App::with_corpus(c, 120, 40);
    let huge = app.data.as_ref().unwrap().article_index["huge"];
    app.open_article(huge);
    let _ = render(&app, 120, 40);
    press(&mut app, "G");
    let bottom = render(&app, 120, 40);
    assert!(bottom.contains("said Mr Thornton."), "{bottom}");
    press(&mut app, "e");
    assert!(render(&app, 120, 40).contains("“freedom”"));
    press(&mut app, "Esc g ]");
    assert!(app.reader.quote.is_some());
    press(&mut app, "/");
    type_text(&mut app, "thornton");
    assert_eq!(
        app.search.as_ref().unwrap().matches.len(),
        10_000,
        "matches are capped"
    );
    press(&mut app, "Enter n");
    let _ = render(&app, 120, 40);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    /// Whatever text and offsets the analysis hands over (out of range,
    /// reversed, inside multi-byte characters; control characters, combining
    /// marks, right-to-left text, wide characters), drawing never panics.
    #[test]
    fn arbitrary_text_and_offsets_never_panic(
        texts in proptest::collection::vec("(\\PC|[\\x00-\\x1f\\u{202e}\\u{0301}英\\t])*", 1..6),
        offsets in proptest::collection::vec((0usize..400, 0usize..400, 0usize..8), 1..12),
        w in 1u16..160,
        h in 1u16..50,
    ) {
        let mut c = fixture();
        let a = &mut c.articles[0];
        for (i, t) in texts.iter().enumerate() {
            if let Some(p) = a.paragraphs.get_mut(i) {
                p.text = t.clone().into();
            }
        }
        let id = a.id.clone();
        for (k, &(s, e, p)) in offsets.iter().enumerate() {
            if let Some(para) = a.paragraphs.get_mut(p) {
                para.mentions.push(centreline::model::Mention { speaker: "stephen-thornton".into(), start: e, end: s });
                para.theme.cues.push(centreline::model::CueHit { text: "x".into(), start: s, end: e, ..Default::default() });
            }
            c.quotes.push(centreline::model::Quote {
                id: centreline::model::QuoteId { article: id.clone(), n: 10_000 + k },
                article: id.clone(),
                paragraph: p,
                start: e,
                end: s,
                text: "?".into(),
                speaker: Some("stephen-thornton".into()),
                ..Default::default()
            });
        }
        let mut app = App::with_corpus(c, w, h);
        let first = app.data.as_ref().unwrap().article_index[&id];
        app.open_article(first);
        check(&app, w, h);
        for k in ["]", "]", "e", "Esc", "G", "[", "/", "x", "Enter", "n", "c", "j", "c", "j", "G"] {
            app.handle_key(key(k));
            check(&app, w, h);
        }
    }
}
