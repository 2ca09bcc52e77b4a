//! The hint bar lists exactly what can be done (issue 13: "a test that each
//! pane's hint bar lists exactly what that pane can do"): for every context,
//! in a state where its keys can act, the bar shows each binding whose action
//! [`App::can_do`] allows and nothing else; and each key it shows, pressed,
//! changes something.

mod tui_support;

use centreline::tui::app::App;
use centreline::tui::keymap::{Context, Hint};
use centreline::tui::Action;
use tui_support::*;

/// Wide enough that no hint is left out for lack of room.
const W: u16 = 250;
const H: u16 = 50;

/// Every context, with the keys that bring the fixture app there in a state
/// where its keys can act (a quote current, a speaker marked, a pop-up
/// scrolled part way).
const SCENARIOS: [(Context, &str); 16] = [
    (Context::Articles, ""),
    (Context::Reader, "Tab ] ]"),
    (Context::Speakers, "Tab Tab c j"),
    (Context::Tracker, "Tab Tab Tab"),
    (Context::SpeakerQuotes, "Tab Tab Enter j"),
    (Context::CompareArticles, "c j c"),
    (Context::CompareSpeakers, "Tab Tab c j c"),
    (Context::Finder, "f m"),
    (Context::Palette, "ctrl-p m"),
    (Context::Search, "Tab / milburn"),
    (Context::Filter, "/ milburn"),
    (Context::Rename, "Tab Tab R"),
    (Context::Help, "? j j j"),
    (Context::Explain, "Tab e"),
    (Context::Warnings, "w j"),
    (Context::Global, ""),
];

fn app_in(keys: &str) -> App {
    let mut app = App::new(Default::default(), Default::default());
    app.resize(W, H);
    // Enough skipped files for the warnings list to scroll.
    let warnings = (0..80)
        .map(|i| format!("skipped file {i}.txt: not an article"))
        .collect();
    app.loaded(centreline::tui::testing::fixture_corpus(), warnings);
    app.status = None;
    press(&mut app, keys);
    app
}

/// What the hint bar says for a hint that is shown.
fn entry(app: &App, h: &Hint, tail: bool) -> String {
    let keys = if tail {
        h.keys.split('/').next().unwrap_or("").to_string()
    } else {
        h.keys.clone()
    };
    let locked = render(app, W, H).contains("s unlock");
    let label = if h.action == Action::LockScroll && locked {
        "unlock"
    } else {
        h.label
    };
    format!("{keys} {label}")
}

/// Everything a key can change, as text: the screen (whose highlights are
/// styles, so the state behind them too) and what goes to the event loop.
fn fingerprint(app: &App) -> String {
    format!(
        "{}\n{:?} {:?} {:?} {:?} {} {:?}\n{:?} {:?} {:?} {:?}\n{:?}",
        render(app, W, H),
        app.status,
        app.clipboard,
        app.pager.as_ref().map(|p| p.len()),
        app.correction.is_some(),
        app.quit,
        app.place(),
        app.overlay,
        app.search,
        app.marks,
        (
            app.articles.sel,
            app.speakers.sel,
            app.tracker.article_sel,
            app.tracker.speaker_sel
        ),
        (
            app.show_cues,
            app.hide_partial_quotes,
            app.speakers.hide_thin,
            app.maximized
        ),
    )
}

#[test]
fn the_hint_bar_lists_exactly_what_can_be_done_and_each_key_does_something() {
    for (context, keys) in SCENARIOS {
        if context == Context::Global {
            continue; // the panes' bars include its keys
        }
        let app = app_in(keys);
        assert_eq!(app.context(), context, "after {keys:?}");
        let screen = render(&app, W, H);
        let bar = screen.lines().last().unwrap().to_string();
        let hints = app.keymap.hints(context);
        let has_quit = hints.iter().any(|h| h.action == Action::Quit);
        let mut rest = bar.clone();
        for h in &hints {
            let tail = if has_quit {
                matches!(h.action, Action::Help | Action::Quit)
            } else {
                h.action == Action::Back
            };
            let shown = entry(&app, h, tail);
            if app.can_do(h.action) {
                assert!(
                    rest.contains(&shown),
                    "{context:?}: '{shown}' missing from the bar:\n{bar}"
                );
                rest = rest.replacen(&shown, "", 1);
            } else {
                assert!(
                    !bar.contains(&shown),
                    "{context:?}: '{shown}' shown though it cannot act:\n{bar}"
                );
            }
        }
        // What is left is a prompt's text, or nothing.
        let rest = rest.trim();
        let prompt = match context {
            Context::Search => rest.starts_with("/milburn▏"),
            Context::Filter => rest.starts_with("filter /milburn▏"),
            Context::Rename => rest.starts_with("rename '"),
            _ => rest.is_empty(),
        };
        assert!(prompt, "{context:?}: the bar says more: {rest:?}\n{bar}");

        // Each key shown does something.
        for h in hints.iter().filter(|h| app.can_do(h.action)) {
            let mut fresh = app_in(keys);
            let before = fingerprint(&fresh);
            fresh.apply(h.action);
            assert_ne!(
                fingerprint(&fresh),
                before,
                "{context:?}: '{} {}' is offered but does nothing",
                h.keys,
                h.label
            );
        }
    }
}

/// Keys that cannot act leave the bar: at the top of a pop-up, scrolling
/// up; in an article without quotes, `]`; with nothing behind, history.
#[test]
fn keys_that_cannot_act_are_not_offered() {
    let app = app_in("?");
    assert!(!app.can_do(Action::Up) && !app.can_do(Action::Top));
    assert!(app.can_do(Action::Down));
    let bar = render(&app, W, H).lines().last().unwrap().to_string();
    assert!(!bar.contains("k/Up up") && !bar.contains("g top"), "{bar}");
    let app = app_in("? G");
    assert!(!app.can_do(Action::Down) && !app.can_do(Action::Bottom));
    assert!(app.can_do(Action::Up));
    let app = app_in("");
    assert!(!app.can_do(Action::HistoryBack) && !app.can_do(Action::HistoryForward));
    let bar = render(&app, W, H).lines().last().unwrap().to_string();
    assert!(!bar.contains("history"), "{bar}");
    // The fifth article (a blog post) has no quotes.
    let app = app_in("G Tab");
    assert!(!app.can_do(Action::NextQuote), "{}", render(&app, W, H));
}
