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
