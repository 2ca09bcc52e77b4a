//! Hostile terminals: every size from 1×1 up, every key in every mode, and
//! random key sequences with resizes. Nothing may panic.

mod tui_support;

use centreline::model::Corpus;
use centreline::tui::{self, App};
use proptest::prelude::*;
use std::sync::OnceLock;
use tui_support::*;

fn corpus() -> Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(tui::testing::fixture_corpus).clone()
}

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
    let mut app = App::with_corpus(corpus(), width, height);
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
            let _ = render(&app, w, h);
        }
    }
    // Loading and failed screens too.
    let mut loading = App::new(Default::default(), Default::default());
    let mut failed = App::new(Default::default(), Default::default());
    failed.failed("no articles found in '/tmp/empty'".into());
    for &(w, h) in &sizes {
        loading.resize(w, h);
        failed.resize(w, h);
        let _ = render(&loading, w, h);
        let _ = render(&failed, w, h);
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
                let _ = render(&app, w, h);
                // And again, from wherever that key led.
                app.handle_key(key(k));
                let _ = render(&app, w, h);
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
            let _ = render(&app, 100, 30);
            let _ = render(&app, 7, 3);
            let _ = label;
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
        let mut app = App::with_corpus(corpus(), 100, 30);
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
        }
        let _ = render(&app, w, h);
    }
}

/// A 2 MB single-paragraph article with quotes and cues near its end:
/// reading, scrolling to the bottom, searching and explaining all work.
#[test]
fn a_huge_paragraph_is_readable() {
    use centreline::model::{Article, CueHit, Paragraph, Quote, Side, Theme};
    let mut c = corpus();
    let sentence = "Local managers want freedom from the centre, said Mr Thornton. ";
    let text = sentence.repeat(2_000_000 / sentence.len());
    let n = text.chars().count();
    let cue_start = n - sentence.len() + 20; // "freedom" in the last sentence
    c.articles.push(Article {
        id: "huge".into(),
        path: "huge.txt".into(),
        title: "A very long dump".into(),
        date: Some("2005".into()),
        paragraphs: vec![Paragraph {
            text: text.clone(),
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
                }],
                ..Default::default()
            },
        }],
        ..Default::default()
    });
    c.quotes.push(Quote {
        id: "huge#q0".into(),
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
        let mut c = corpus();
        let a = &mut c.articles[0];
        for (i, t) in texts.iter().enumerate() {
            if let Some(p) = a.paragraphs.get_mut(i) {
                p.text = t.clone();
            }
        }
        let id = a.id.clone();
        for (k, &(s, e, p)) in offsets.iter().enumerate() {
            if let Some(para) = a.paragraphs.get_mut(p) {
                para.theme.cues.push(centreline::model::CueHit { text: "x".into(), start: s, end: e, ..Default::default() });
            }
            c.quotes.push(centreline::model::Quote {
                id: format!("{id}#x{k}"),
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
        let _ = render(&app, w, h);
        for k in ["]", "]", "e", "Esc", "G", "[", "/", "x", "Enter", "n", "c", "j", "c", "j", "G"] {
            app.handle_key(key(k));
            let _ = render(&app, w, h);
        }
    }
}
