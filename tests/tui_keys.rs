//! The keymap: one table feeds help, the hint bar and the README; the
//! config file can rebind keys and colours, and its mistakes name the line.

mod tui_support;

use centreline::tui::action::Action;
use centreline::tui::config;
use centreline::tui::keymap::{markdown_table, Context, Key, Keymap};
use centreline::tui::style::Palette;
use std::path::Path;
use tui_support::*;

#[test]
fn readme_keys_section_matches_the_keymap() {
    let generated = markdown_table();
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .unwrap_or_default();
    let (Some(start), Some(end)) = (
        readme.find("<!-- keys:start -->"),
        readme.find("<!-- keys:end -->"),
    ) else {
        panic!("README.md needs a keys section between <!-- keys:start --> and <!-- keys:end --> containing:\n\n{generated}");
    };
    let section = readme[start + "<!-- keys:start -->".len()..end].trim();
    assert_eq!(
        section,
        generated.trim(),
        "README keys section is out of date; paste centreline::tui::keymap::markdown_table()"
    );
}

#[test]
fn the_table_covers_every_key_the_issue_names() {
    let t = markdown_table();
    for k in [
        "`Tab`",
        "`Shift-Tab`",
        "`j`",
        "`k`",
        "`Up`",
        "`Down`",
        "`g`",
        "`G`",
        "`PgUp`",
        "`PgDn`",
        "`Ctrl-d`",
        "`Ctrl-u`",
        "`Enter`",
        "`Esc`",
        "`q`",
        "`?`",
        "`/`",
        "`n`",
        "`N`",
        "`f`",
        "`Ctrl-p`",
        "`c`",
        "`s`",
        "`t`",
        "`e`",
        "`]`",
        "`[`",
    ] {
        assert!(t.contains(k), "{k} missing from\n{t}");
    }
    assert!(t.contains("One speaker in two articles"));
}

#[test]
fn hints_follow_the_focused_pane() {
    let map = Keymap::default();
    let reader: Vec<String> = map
        .hints(Context::Reader)
        .into_iter()
        .map(|h| h.keys)
        .collect();
    assert!(reader.contains(&"/".to_string()) && reader.contains(&"e".to_string()));
    let articles: Vec<String> = map
        .hints(Context::Articles)
        .into_iter()
        .map(|h| h.keys)
        .collect();
    // `e` explains the selected article, `/` filters the list; `n` (next
    // match) belongs to the Reader.
    assert!(articles.contains(&"s".to_string()) && articles.contains(&"e".to_string()));
    assert!(articles.contains(&"/".to_string()) && !articles.contains(&"n".to_string()));
    assert!(articles.contains(&"?".to_string()) && articles.contains(&"q".to_string()));
    // Help and quit come last, so the hint bar can keep them at its right end.
    let last: Vec<Action> = map
        .hints(Context::Reader)
        .iter()
        .rev()
        .take(2)
        .map(|h| h.action)
        .collect();
    assert_eq!(last, [Action::Quit, Action::Help]);
}

#[test]
fn key_labels_round_trip() {
    for text in [
        "x",
        "N",
        "Ctrl-p",
        "Shift-Tab",
        "PgDn",
        "Enter",
        "Esc",
        "Space",
        "F5",
        "/",
        "?",
        "]",
    ] {
        let k = Key::parse(text).unwrap();
        assert_eq!(k.label(), text);
    }
    assert_eq!(Key::parse("ctrl-P").unwrap(), Key::ctrl('p'));
    assert!(Key::parse("hyper-x").is_err());
    assert!(Key::parse("").is_err());
}

#[test]
fn config_rebinds_keys_per_context_and_colours() {
    let text = "# mine\n[keys]\nquit = \"x\"\n\n[keys.reader]\nnext_quote = [\">\", \"ctrl-n\"]\n\n[colors]\ncentral = \"#336699\"\nlocal = \"red\"\n";
    let mut map = Keymap::default();
    let mut pal = Palette::default();
    config::apply(Path::new("config.toml"), text, &mut map, &mut pal).unwrap();
    assert_eq!(map.lookup(Context::Articles, &key("x")), Some(Action::Quit));
    assert_eq!(
        map.lookup(Context::Articles, &key("q")),
        None,
        "q no longer quits"
    );
    assert_eq!(
        map.lookup(Context::Reader, &key(">")),
        Some(Action::NextQuote)
    );
    assert_eq!(
        map.lookup(Context::Reader, &key("ctrl-n")),
        Some(Action::NextQuote)
    );
    assert_eq!(map.lookup(Context::Reader, &key("]")), None);
    assert_eq!(pal.central, ratatui::style::Color::Rgb(0x33, 0x66, 0x99));
    assert_eq!(pal.local, ratatui::style::Color::Red);
    // Ctrl-C always quits, whatever the config says.
    assert_eq!(
        map.lookup(Context::Finder, &key("ctrl-c")),
        Some(Action::Quit)
    );
    // Help shows the rebound keys (on a screen tall enough for the Reader's).
    let mut app = fixture_app(140, 60);
    app.keymap = map;
    press(&mut app, "?");
    let screen = render(&app, 140, 60);
    assert!(screen.contains("> Ctrl-n"), "{screen}");
    assert!(screen.contains("  x  "), "{screen}");
}

#[test]
fn config_errors_name_the_file_and_line() {
    let cases = [
        (
            "[keys]\nquit = \"x\"\nfly = \"y\"\n",
            3,
            "unknown action 'fly'",
        ),
        (
            "[keys.reader]\n\nnext_quote = \"hyper-q\"\n",
            3,
            "unknown key",
        ),
        (
            "[keys.nowhere]\nquit = \"x\"\n",
            1,
            "unknown context 'nowhere'",
        ),
        (
            "[colors]\ncentral = \"blue\"\nlocal = \"mauve-ish\"\n",
            3,
            "unknown colour 'mauve-ish'",
        ),
        ("[keys]\nquit = \n", 2, ""),
        ("[sounds]\nbeep = true\n", 1, "unknown section"),
        // One key for two actions in one context: an error, not a silent loss.
        (
            "[keys]\nquit = \"x\"\nhelp = \"x\"\n",
            3,
            "key 'x' is bound to both 'quit' (line 2) and 'help' in [keys]",
        ),
        (
            "[keys.reader]\nsearch = \"z\"\n\nexplain = [\"y\", \"z\"]\n",
            4,
            "bound to both 'search' (line 2) and 'explain' in [keys.reader]",
        ),
    ];
    for (text, line, msg) in cases {
        let err = config::apply(
            Path::new("/home/u/.config/centreline/config.toml"),
            text,
            &mut Keymap::default(),
            &mut Palette::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with(&format!("/home/u/.config/centreline/config.toml:{line}:")),
            "{text:?} → {err}"
        );
        assert!(err.contains(msg), "{text:?} → {err}");
    }
}

/// The same key in different contexts, or twice for one action, is fine.
#[test]
fn one_key_in_two_contexts_is_not_a_clash() {
    let mut map = Keymap::default();
    config::apply(
        Path::new("c.toml"),
        "[keys]\nquit = [\"x\", \"x\"]\n[keys.reader]\nexplain = \"x\"\n",
        &mut map,
        &mut Palette::default(),
    )
    .unwrap();
    assert_eq!(
        map.lookup(Context::Reader, &key("x")),
        Some(Action::Explain)
    );
    assert_eq!(map.lookup(Context::Articles, &key("x")), Some(Action::Quit));
}

#[test]
fn config_path_follows_the_environment() {
    // Only CENTRELINE_CONFIG is safe to set in a test binary whose tests run in
    // parallel; it is read first.
    std::env::set_var("CENTRELINE_CONFIG", "/tmp/centreline-test.toml");
    assert_eq!(
        config::config_path().unwrap(),
        Path::new("/tmp/centreline-test.toml")
    );
    std::env::remove_var("CENTRELINE_CONFIG");
}

/// Where the identifier `word` is used as a word in `code` (comments left
/// out): for `ui`, `ui::`, `super::ui`, `{ui, …}` all count; `tui::` does not.
fn mentions(code: &str, word: &str) -> Vec<String> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let word: Vec<char> = word.chars().collect();
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let chars: Vec<char> = code.chars().collect();
        for i in 0..(chars.len() + 1).saturating_sub(word.len()) {
            let is_word = chars[i..i + word.len()] == word[..];
            let before = i == 0 || !is_ident(chars[i - 1]);
            let after = chars.get(i + word.len()).is_none_or(|&c| !is_ident(c));
            if is_word && before && after {
                found.push(format!("line {}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

fn mentions_ui(code: &str) -> Vec<String> {
    mentions(code, "ui")
}

/// State never imports drawing code: nothing in `src/tui/app/`, nor in a
/// pane's state and keys (`src/tui/panes/<pane>/state.rs`), names the `ui`
/// module; nor does a pane's state name its `draw` module beside it
/// (measuring goes through `src/tui/measure/`).
#[test]
fn app_state_never_imports_drawing_code() {
    // The scanner itself: it must see what it is looking for.
    assert_eq!(
        mentions_ui("let m = super::ui::overlays::max_scroll(self);").len(),
        1
    );
    assert_eq!(mentions_ui("use crate::tui::{ui, layout};").len(), 1);
    assert!(mentions_ui("use crate::tui::Action; // see ui::draw").is_empty());
    assert!(mentions_ui("let build = quick::x; use crate::tui::data;").is_empty());
    assert_eq!(mentions("use super::draw::draw_list;", "draw").len(), 1);
    assert!(mentions("fn redraw(drawn: u8) {} // draw", "draw").is_empty());

    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let check = |path: &Path, words: &[&str]| {
        let code = std::fs::read_to_string(path).unwrap();
        for word in words {
            let found = mentions(&code, word);
            assert!(
                found.is_empty(),
                "{} uses drawing code ({word}): {found:#?}",
                path.display()
            );
        }
    };
    let mut files = 0;
    for entry in std::fs::read_dir(src.join("app")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            files += 1;
            check(&path, &["ui"]);
        }
    }
    assert!(files >= 5, "the app's files were found ({files})");

    // Every pane folder keeps its state and keys apart from its drawing.
    let mut panes = 0;
    for entry in std::fs::read_dir(src.join("panes")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let state = path.join("state.rs");
            assert!(state.is_file(), "{} has a state.rs", path.display());
            panes += 1;
            check(&state, &["ui", "draw"]);
        }
    }
    assert!(panes >= 4, "the panes' folders were found ({panes})");
}

/// The action and context lists kept in order by hand cover every variant
/// (and nothing twice).
#[test]
fn bindable_actions_and_all_contexts_cover_every_variant() {
    use strum::IntoEnumIterator;
    let bindable: Vec<Action> = Action::iter().filter(|a| a.bindable()).collect();
    let mut listed = Action::BINDABLE.to_vec();
    assert_eq!(listed.len(), bindable.len(), "BINDABLE: {listed:?}");
    for a in &bindable {
        assert!(listed.contains(a), "{a:?} missing from Action::BINDABLE");
    }
    listed.dedup();
    assert_eq!(listed.len(), bindable.len());
    let all: Vec<Context> = Context::iter().collect();
    assert_eq!(
        Context::ALL.to_vec(),
        all,
        "Context::ALL in declaration order"
    );
    // Every bindable action has a name a config can use, and it reads back.
    for a in bindable {
        let text = format!("[keys]\n{} = \"F12\"\n", a.name());
        let mut map = Keymap::default();
        config::apply(
            Path::new("c.toml"),
            &text,
            &mut map,
            &mut Palette::default(),
        )
        .unwrap_or_else(|e| panic!("{a:?}: {e}"));
        assert_eq!(map.lookup(Context::Global, &key("F12")), Some(a));
    }
}

/// `centreline config --print-default` prints every binding and colour, and
/// that text loads back to the very same keymap and palette, with no warning.
#[test]
fn the_printed_default_config_loads_back_unchanged() {
    let text = config::default_text();
    let defaults = Keymap::default();
    for b in &defaults.bindings {
        let line = format!("{} = ", b.action.name());
        assert!(text.contains(&line), "{line} missing");
        assert!(
            text.contains(&format!("\"{}\"", b.key.label())),
            "{} missing",
            b.key.label()
        );
    }
    for (slot, _) in config::COLOR_SLOTS {
        assert!(
            text.contains(&format!("\n{slot} = \"")),
            "colour {slot} missing"
        );
    }
    let mut map = Keymap::default();
    // Start from a palette that differs in every slot, so each must be set.
    let mut pal = Palette {
        central: ratatui::style::Color::Black,
        local: ratatui::style::Color::Black,
        focus: ratatui::style::Color::Black,
        quote: ratatui::style::Color::Black,
        speaker: ratatui::style::Color::Black,
        matched: ratatui::style::Color::Black,
        dim: ratatui::style::Color::Black,
        ..Palette::default()
    };
    let warnings = config::apply(Path::new("default.toml"), &text, &mut map, &mut pal).unwrap();
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!(pal, Palette::default());
    let set = |m: &Keymap| {
        let mut v: Vec<String> = m
            .bindings
            .iter()
            .map(|b| {
                format!(
                    "{:?} {} {:?} {}",
                    b.context,
                    b.key.label(),
                    b.action,
                    b.description
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(set(&map), set(&defaults));
}

/// Giving a key another action has in that context warns, naming both (issue
/// 13: "quit = \"j\" silently replaces move-down"); so does a pane's key that
/// hides what the key does everywhere else.
#[test]
fn binding_a_key_another_action_has_warns_naming_both() {
    let mut map = Keymap::default();
    let warnings = config::apply(
        Path::new("c.toml"),
        "[keys]\nquit = \"j\"\n\n[keys.reader]\nexplain = \"f\"\n",
        &mut map,
        &mut Palette::default(),
    )
    .unwrap();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert_eq!(
        warnings[0],
        "c.toml:2: key 'j' was bound to 'down' in [keys]; now it does 'quit' (it keeps Down)"
    );
    assert_eq!(
        warnings[1],
        "c.toml:5: key 'f' in [keys.reader] now does 'explain', no longer 'finder' as in [keys] elsewhere"
    );
    assert_eq!(map.lookup(Context::Articles, &key("j")), Some(Action::Quit));
    assert_eq!(
        map.lookup(Context::Articles, &key("Down")),
        Some(Action::Down)
    );
    // Rebinding an action to keys nobody else has says nothing.
    let warnings = config::apply(
        Path::new("c.toml"),
        "[keys]\nquit = \"x\"\n",
        &mut Keymap::default(),
        &mut Palette::default(),
    )
    .unwrap();
    assert!(warnings.is_empty(), "{warnings:#?}");
}

/// Each pane's keys come from its own `PANE` entry, in its order, under the
/// context the registry gives it; the panes' contexts follow `Global` in the
/// registry's order, and each names its pane back.
#[test]
fn the_pane_registry_feeds_the_one_table() {
    use centreline::tui::layout::Focus;
    use centreline::tui::panes::pane;
    let map = Keymap::default();
    for (i, focus) in Focus::ORDER.into_iter().enumerate() {
        let ctx = focus.context();
        assert_eq!(Context::ALL[1 + i], ctx);
        assert_eq!(ctx.pane(), Some(focus));
        assert!(ctx.falls_back_to_global());
        let table: Vec<_> = map
            .bindings
            .iter()
            .filter(|b| b.context == ctx)
            .map(|b| (b.key, b.action, b.description))
            .collect();
        assert_eq!(table, pane(focus).bindings, "{ctx:?}");
        assert!(!table.is_empty(), "{ctx:?} has keys of its own");
    }
    assert_eq!(Context::Global.pane(), None);
    assert_eq!(Context::SpeakerQuotes.pane(), None);
}
