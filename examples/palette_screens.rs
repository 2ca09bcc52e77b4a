//! "Screenshots" of the explorer in the default palette under four terminal
//! schemes (dark, light, Solarized Dark, Solarized Light), as HTML pages in
//! `docs/screenshots/`: `cargo run --example palette_screens`.
//!
//! The screen is the test fixture (the bundled corpus with quotes, speakers
//! and theme cues placed by hand) drawn with ratatui's TestBackend, as the
//! snapshot tests draw it, with the Reader focused so quotes and cue tints
//! show. `tests/tui_palette.rs` checks the same colours' contrast.

use centreline::tui::keymap::Key;
use centreline::tui::{self, schemes, App};
use crossterm::event::KeyEvent;
use ratatui::{backend::TestBackend, Terminal};

fn main() -> anyhow::Result<()> {
    let (w, h) = (140, 40);
    let mut app = App::with_corpus(tui::testing::fixture_corpus(), w, h);
    // Tab to the Reader, then `]` to the first quote.
    for k in ["Tab", "]"] {
        let k = Key::parse(k).map_err(anyhow::Error::msg)?;
        app.handle_key(KeyEvent::new(k.code, k.mods));
    }
    let mut t = Terminal::new(TestBackend::new(w, h))?;
    t.draw(|f| tui::draw(f, &app))?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    std::fs::create_dir_all(&dir)?;
    for scheme in schemes::ALL {
        let title = format!("centreline, default palette, {} terminal", scheme.name);
        let path = dir.join(format!("{}.html", scheme.name));
        std::fs::write(&path, schemes::html(t.backend().buffer(), &scheme, &title))?;
        println!("{}", path.display());
    }
    Ok(())
}
