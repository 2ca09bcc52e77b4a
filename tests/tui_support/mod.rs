//! Helpers shared by the explorer's tests.
#![allow(dead_code)]

use centreline::tui::keymap::Key;
use centreline::tui::{self, App};
use crossterm::event::KeyEvent;
use ratatui::{backend::TestBackend, Terminal};

/// A key from its written form (`j`, `Enter`, `ctrl-p`, `Shift-Tab`).
pub fn key(text: &str) -> KeyEvent {
    let k = Key::parse(text).unwrap_or_else(|e| panic!("bad key {text:?}: {e}"));
    KeyEvent::new(k.code, k.mods)
}

/// Press space-separated keys; a word of several letters is typed letter by
/// letter unless it names a key (`Enter`, `Esc`, `ctrl-p`...).
pub fn press(app: &mut App, keys: &str) {
    for word in keys.split_whitespace() {
        match Key::parse(word) {
            Ok(k) => app.handle_key(KeyEvent::new(k.code, k.mods)),
            Err(_) => {
                for c in word.chars() {
                    app.handle_key(key(&c.to_string()));
                }
            }
        }
    }
}

/// Type text into a prompt, character by character (spaces included).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let k = if c == ' ' {
            key("space")
        } else {
            key(&c.to_string())
        };
        app.handle_key(k);
    }
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn render(app: &App, width: u16, height: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(width, height)).unwrap();
    t.draw(|f| tui::draw(f, app)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The fixture corpus, built once per test binary.
pub fn fixture() -> centreline::model::Corpus {
    static C: std::sync::OnceLock<centreline::model::Corpus> = std::sync::OnceLock::new();
    C.get_or_init(tui::testing::fixture_corpus).clone()
}

pub fn fixture_app(width: u16, height: u16) -> App {
    App::with_corpus(tui::testing::fixture_corpus(), width, height)
}

pub fn article_index(app: &App, id_prefix: &str) -> usize {
    let d = app.data.as_ref().unwrap();
    d.corpus
        .articles
        .iter()
        .position(|a| a.id.starts_with(id_prefix))
        .unwrap()
}

pub fn speaker_index(app: &App, id: &str) -> usize {
    app.data.as_ref().unwrap().speaker_index[id]
}

/// Where speaker `id` stands in the Speakers list as sorted now.
pub fn speaker_row(app: &App, id: &str) -> usize {
    let s = speaker_index(app, id);
    app.speakers.order.iter().position(|&o| o == s).unwrap()
}
