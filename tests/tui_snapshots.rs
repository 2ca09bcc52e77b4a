//! Every pane and mode drawn with TestBackend at 140×40 and 80×24.
//! `fixture_*` use the bundled corpus with hand-placed speakers, quotes and
//! cues; `bundled_*` use the bundled corpus exactly as the analysis gives it
//! (re-accept those when the analysis changes).

mod tui_support;

use centreline::tui::style::Palette;
use centreline::tui::{self, App};
use ratatui::style::Modifier;
use ratatui::{backend::TestBackend, Terminal};
use tui_support::*;

const MODES: &[(&str, &str)] = &[
    ("articles", ""),
    ("reader", "Tab"),
    ("speakers", "Tab Tab"),
    ("tracker", "Tab Tab Tab"),
    ("help", "?"),
    ("finder", "f thorn"),
    ("palette", "ctrl-p milburn"),
    ("jumped_to_speaker", "f thorn Enter"),
    ("explain", "f thorn Enter e"),
    ("search", "Tab / nhs"),
    ("speaker_quotes", "Tab Tab Enter"),
    ("compare_articles", "c j c"),
    ("compare_speakers", "Tab Tab c j c"),
    (
        "compare_speaker_in_two_articles",
        "Tab Tab c Shift-Tab Shift-Tab c j c",
    ),
    ("cues_hidden", "Tab t"),
    ("filter_articles", "/ letting"),
    ("filter_speakers_empty", "Tab Tab / zzz Enter"),
    ("explain_speaker", "Tab Tab e"),
];

#[test]
fn fixture_modes() {
    for (w, h) in [(140, 40), (80, 24)] {
        for (name, keys) in MODES {
            let mut app = App::with_corpus(fixture(), w, h);
            press(&mut app, keys);
            insta::assert_snapshot!(format!("fixture_{name}_{w}x{h}"), render(&app, w, h), keys);
        }
    }
}

#[test]
fn loading_failed_too_small_and_warnings() {
    for (w, h) in [(140, 40), (80, 24)] {
        let mut loading = App::new(Default::default(), Default::default());
        loading.resize(w, h);
        loading.progress((12, 7, 3), 10.0 / 24.0);
        insta::assert_snapshot!(format!("loading_{w}x{h}"), render(&loading, w, h));

        let mut failed = App::new(Default::default(), Default::default());
        failed.resize(w, h);
        failed.failed(
            "no articles found in '/tmp/empty' (looked for .txt, .md and .html files)".into(),
        );
        insta::assert_snapshot!(format!("failed_{w}x{h}"), render(&failed, w, h));

        let mut warned = App::new(Default::default(), Default::default());
        warned.resize(w, h);
        warned.loaded(
            fixture(),
            vec![
                "skipped 'scan.pdf': not text (PDF)".into(),
                "skipped 'empty.txt': empty".into(),
            ],
        );
        insta::assert_snapshot!(format!("warnings_status_{w}x{h}"), render(&warned, w, h));
        press(&mut warned, "w");
        insta::assert_snapshot!(format!("warnings_list_{w}x{h}"), render(&warned, w, h));
    }
    let app = App::with_corpus(fixture(), 28, 7);
    insta::assert_snapshot!("too_small_28x7", render(&app, 28, 7));
}

/// The bundled corpus as this branch's analysis leaves it.
#[test]
fn bundled_modes() {
    let corpus = tui::testing::bundled_corpus();
    for (w, h) in [(140, 40), (80, 24)] {
        for (name, keys) in [
            ("articles", ""),
            ("reader", "Tab"),
            ("speakers", "Tab Tab"),
            ("tracker", "Tab Tab Tab"),
            ("finder", "f thorn"),
            ("explain_article", "j j j j e"),
            ("explain_speaker", "Tab Tab e"),
        ] {
            let mut app = App::with_corpus(corpus.clone(), w, h);
            press(&mut app, keys);
            insta::assert_snapshot!(format!("bundled_{name}_{w}x{h}"), render(&app, w, h), keys);
        }
    }
}

/// Without colour the focused pane and highlights are still marked (bold,
/// reverse, underline), and no cell carries a colour.
#[test]
fn no_color_keeps_focus_and_highlights_visible() {
    let mut app = App::new(
        Default::default(),
        Palette {
            monochrome: true,
            ..Palette::default()
        },
    );
    app.resize(140, 40);
    app.loaded(fixture(), Vec::new());
    press(&mut app, "f thorn Enter");
    let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
    t.draw(|f| tui::draw(f, &app)).unwrap();
    let buf = t.backend().buffer();
    let mut reversed = 0;
    let mut underlined = 0;
    for cell in buf.content() {
        assert_eq!(
            cell.fg,
            ratatui::style::Color::Reset,
            "no colours with NO_COLOR"
        );
        assert_eq!(
            cell.bg,
            ratatui::style::Color::Reset,
            "no colours with NO_COLOR"
        );
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
        if cell.modifier.contains(Modifier::UNDERLINED) {
            underlined += 1;
        }
    }
    assert!(reversed > 5, "the focused title and hint keys are reversed");
    assert!(
        underlined > 5,
        "the current quote and central cues are underlined"
    );
    // The focused pane's title cell is reversed and bold.
    let screen = render(&app, 140, 40);
    let row = screen.lines().position(|l| l.contains("▶ Reader")).unwrap();
    let col = screen
        .lines()
        .nth(row)
        .unwrap()
        .chars()
        .position(|c| c == '▶')
        .unwrap();
    let cell = &buf[(col as u16, row as u16)];
    assert!(cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD));
}

/// Cell styles in the reader: speaker names, the current quote, cues by
/// side, search matches.
#[test]
fn reader_styles_names_quotes_cues_and_matches() {
    use ratatui::style::Color;
    let mut app = App::with_corpus(fixture(), 140, 40);
    press(&mut app, "f thorn Enter");
    let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
    t.draw(|f| tui::draw(f, &app)).unwrap();
    let screen = render(&app, 140, 40);
    let find = |needle: &str| {
        for (y, line) in screen.lines().enumerate() {
            if let Some(byte) = line.find(needle) {
                return (line[..byte].chars().count() as u16, y as u16);
            }
        }
        panic!("{needle} not on screen:\n{screen}");
    };
    let buf = t.backend().buffer().clone();
    let (x, y) = find("Mr Thornton says. 'But");
    let name = &buf[(x, y)];
    assert_eq!(name.fg, Color::Magenta, "speaker name");
    assert!(name.modifier.contains(Modifier::BOLD));
    let quote = &buf[(x + 19, y)]; // the B of 'But', inside the current quote
    assert_eq!(quote.fg, Color::Indexed(28), "quote (dark green)");
    // The current quote is reversed, never underlined like a cue's tint.
    assert!(quote
        .modifier
        .contains(Modifier::ITALIC | Modifier::REVERSED | Modifier::BOLD));
    assert!(!quote.modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find("decentralisation,");
    assert_eq!(
        buf[(x, y)].fg,
        Color::Indexed(166),
        "a local cue (dark orange)"
    );
    let (x, y) = find("centralised manner");
    assert_eq!(buf[(x, y)].fg, Color::Indexed(32), "a central cue (blue)");
    // Without cue tints the words are plain.
    press(&mut app, "t");
    t.draw(|f| tui::draw(f, &app)).unwrap();
    assert_eq!(t.backend().buffer()[(x, y)].fg, Color::Reset);
    // Search matches get the match background.
    press(&mut app, "/");
    type_text(&mut app, "confederation");
    press(&mut app, "Enter");
    t.draw(|f| tui::draw(f, &app)).unwrap();
    let screen = render(&app, 140, 40);
    let (mx, my) = {
        let (y, line) = screen
            .lines()
            .enumerate()
            .skip(2)
            .find(|(_, l)| l.contains("onfederation"))
            .unwrap();
        let byte = line.find("onfederation").unwrap();
        (line[..byte].chars().count() as u16, y as u16)
    };
    assert_eq!(
        t.backend().buffer()[(mx, my)].bg,
        Color::Indexed(203),
        "{screen}"
    );
}

/// Names are highlighted where the model's mentions say, and nowhere else:
/// with a paragraph's mentions removed its names are drawn plain.
#[test]
fn names_come_from_the_models_mentions() {
    use ratatui::style::Color;
    let mut corpus = fixture();
    let a = corpus
        .articles
        .iter()
        .position(|a| a.id.starts_with("004"))
        .unwrap();
    let para = corpus.articles[a]
        .paragraphs
        .iter()
        .position(|p| p.text.contains("Mr Thornton says. 'But"))
        .unwrap();
    let with = corpus.clone();
    corpus.articles[a].paragraphs[para].mentions.clear();
    for (c, expect) in [(with, Color::Magenta), (corpus, Color::Reset)] {
        let mut app = App::with_corpus(c, 140, 40);
        press(&mut app, "f thorn Enter");
        let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
        t.draw(|f| tui::draw(f, &app)).unwrap();
        let screen = render(&app, 140, 40);
        let (y, line) = screen
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains("Mr Thornton says. 'But"))
            .expect("the paragraph is on screen");
        let x = line[..line.find("Mr Thornton says").unwrap()]
            .chars()
            .count() as u16;
        assert_eq!(t.backend().buffer()[(x, y as u16)].fg, expect, "{screen}");
    }
}

/// Drawing reads the state and changes nothing: two draws of the same state
/// give the same buffer, in every mode and at sizes the state was not laid
/// out for.
#[test]
fn drawing_twice_gives_identical_buffers() {
    for keys in [
        "",
        "Tab",
        "f thorn Enter",
        "f thorn Enter j j e",
        "c Tab Tab j c",
        "Tab Tab c j c",
        "Tab Tab Enter",
    ] {
        for (w, h) in [(140, 40), (80, 24), (45, 12)] {
            let mut app = App::with_corpus(fixture(), 140, 40);
            press(&mut app, keys);
            let draw = |app: &App| {
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| tui::draw(f, app)).unwrap();
                t.backend().buffer().clone()
            };
            let first = draw(&app);
            assert_eq!(first, draw(&app), "keys {keys:?} at {w}×{h}");
        }
    }
}

/// The tracker's chart by month: the fixture's articles re-dated over seven
/// months of 2001, so that months are shown, March (empty) has no bar, and
/// February (one article resting on a cue and a half) is dotted: thin
/// evidence. Normal and maximised (`z`).
#[test]
fn tracker_by_month() {
    let mut corpus = fixture();
    let base = corpus.articles.clone();
    corpus.articles.clear();
    let months = [
        "2001-01", "2001-01", "2001-02", "2001-04", "2001-04", "2001-04", "2001-05", "2001-06",
        "2001-06", "2001-07", "2001-07", "2001-07",
    ];
    for (k, month) in months.iter().enumerate() {
        let mut a = base[k % base.len()].clone();
        // The first five keep their ids, so quotes and speakers still point at them.
        if k >= base.len() {
            a.id = format!("{}-{k}", a.id).into();
        }
        a.date = Some(month.parse().unwrap());
        a.date_approximate = false;
        corpus.articles.push(a);
    }
    for (w, h) in [(140, 40), (80, 24)] {
        for (name, keys) in [
            ("tracker_by_month", "4"),
            ("tracker_by_month_zoomed", "4 z"),
        ] {
            let mut app = App::with_corpus(corpus.clone(), w, h);
            assert!(app.data.as_ref().unwrap().trend.monthly);
            press(&mut app, keys);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(&app, w, h), keys);
        }
    }
}

/// Direct, partial and reported speech look different in the Reader, with
/// colour and without: italic, upright, faint (issue 13).
#[test]
fn the_three_kinds_of_quote_are_told_apart_without_colour() {
    let mut app = App::new(
        Default::default(),
        Palette {
            monochrome: true,
            ..Palette::default()
        },
    );
    app.resize(140, 40);
    app.loaded(tui::testing::bundled_corpus(), Vec::new());
    // 000 ¶12–13: Neil McKay "reiterated the point" (reported), then
    // 'restless managers …' (partial), then 'Do not wait …' (direct).
    press(&mut app, "f mckay Enter");
    // The jump lands on 'Do not wait …'; back past all three, so that none
    // of them is the (reversed) current quote.
    press(&mut app, "[ [ [");
    let mut t = Terminal::new(TestBackend::new(140, 40)).unwrap();
    t.draw(|f| tui::draw(f, &app)).unwrap();
    let buf = t.backend().buffer().clone();
    let screen = render(&app, 140, 40);
    let style_of = |needle: &str| {
        let (y, line) = screen
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not on screen:\n{screen}"));
        let x = line[..line.find(needle).unwrap()].chars().count() as u16;
        buf[(x + 1, y as u16)].modifier
    };
    let reported = style_of("the point");
    let partial = style_of("restless managers");
    let direct = style_of("Do not wait");
    assert!(direct.contains(Modifier::ITALIC) && !direct.contains(Modifier::DIM));
    assert!(!partial.contains(Modifier::ITALIC) && !partial.contains(Modifier::DIM));
    assert!(!reported.contains(Modifier::ITALIC) && reported.contains(Modifier::DIM));
    for m in [direct, partial, reported] {
        assert!(!m.contains(Modifier::REVERSED), "{screen}");
    }
}
