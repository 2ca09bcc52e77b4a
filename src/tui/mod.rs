//! The explorer: a full-screen terminal interface over an analysed corpus.
//!
//! One [`App`] state, one [`Action`] enum, one [`keymap`] table; each pane is
//! a component in [`ui`] that draws from the state. The corpus loads on a
//! background thread while a gauge shows progress, so the first screen comes
//! at once. It only reads [`crate::model::Corpus`]; it never re-analyses text.

pub mod action;
pub mod app;
pub mod config;
pub mod data;
pub mod finder;
pub mod keymap;
pub mod layout;
pub mod reading;
pub mod style;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod ui;

pub use action::Action;
pub use app::App;
pub use ui::draw;

use crate::analysis::Lexicon;
use crate::progress::Progress;
use anyhow::anyhow;
use crossterm::event::{self, Event, KeyEventKind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

type Loaded = anyhow::Result<(data::Data, Vec<String>)>;

/// Open the explorer on `paths` (the bundled corpus when empty). Warnings
/// about skipped files are printed to stderr once the terminal is restored;
/// a corpus that cannot be opened is an error (after the user has seen it).
pub fn run(paths: Vec<PathBuf>, lexicon: Lexicon) -> anyhow::Result<()> {
    // Config mistakes are plain errors, before the screen is taken over.
    let (keymap, palette) = config::load()?;

    let terminate = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&terminate))?;
    }

    let progress = Arc::new(Progress::default());
    let (tx, rx) = mpsc::channel::<Loaded>();
    {
        let progress = Arc::clone(&progress);
        std::thread::Builder::new()
            .name("centreline-load".into())
            .spawn(move || {
                // The explorer's indexes are built here too, off the UI thread.
                let result = crate::open_corpus(&paths, &lexicon, Some(&progress))
                    .map(|(corpus, warnings)| (data::Data::new(corpus), warnings));
                let _ = tx.send(result);
            })?;
    }

    let mut app = App::new(keymap, palette);
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, &mut app, &rx, &progress, &terminate);
    ratatui::restore();

    for w in &app.warnings {
        eprintln!("centreline: {w}");
    }
    result?;
    if let app::Load::Failed(msg) = &app.load {
        return Err(anyhow!("{msg}"));
    }
    Ok(())
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    rx: &mpsc::Receiver<Loaded>,
    progress: &Progress,
    terminate: &AtomicBool,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    loop {
        if matches!(app.load, app::Load::Loading { .. }) {
            app.progress(progress.snapshot(), progress.fraction());
            match rx.try_recv() {
                Ok(Ok((data, warnings))) => app.loaded_data(data, warnings),
                Ok(Err(e)) => app.failed(format!("{e:#}")),
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    app.failed("the loader stopped unexpectedly".into())
                }
            }
        }
        terminal.draw(|f| draw(f, app))?;
        let timeout = if app.busy() {
            Duration::ZERO
        } else if matches!(app.load, app::Load::Loading { .. }) {
            Duration::from_millis(50)
        } else {
            Duration::from_millis(250)
        };
        if event::poll(timeout)? {
            // Take everything queued before drawing again, so a burst of
            // resizes or keys costs one frame.
            loop {
                match event::read()? {
                    Event::Key(k) if k.kind != KeyEventKind::Release => app.handle_key(k),
                    Event::Resize(w, h) => app.resize(w, h),
                    _ => {}
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if app.quit || terminate.load(Ordering::Relaxed) {
            return Ok(());
        }
        if app.busy() {
            app.work();
        }
    }
}
