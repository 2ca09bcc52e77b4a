//! The explorer: a full-screen terminal interface over an analysed corpus.
//!
//! One [`App`] state, one [`Action`] enum, one [`keymap`] table; each pane
//! of the main screen has a folder in [`panes`] with its state, keys and
//! drawing, and [`ui`] draws the rest from the state. The corpus loads on a
//! background thread while a gauge shows progress, so the first screen comes
//! at once. It only reads [`crate::model::Corpus`]; it never re-analyses text.

pub mod action;
pub mod app;
pub mod config;
pub mod data;
pub mod finder;
pub mod keymap;
pub mod layout;
pub mod measure;
pub mod panes;
pub mod reading;
pub mod schemes;
pub mod style;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod trend;
pub mod ui;

pub use action::Action;
pub use app::App;
pub use ui::draw;

use crate::analysis::Lexicon;
use crate::progress::Progress;
use crate::store::Store;
use anyhow::anyhow;
use app::CorrectionRequest;
use crossterm::event::{self, Event, KeyEventKind};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

const LOADER_THREAD: &str = "centreline-load";

/// How long the loader waits for its preview to be drawn before going on.
const PREVIEW_WAIT: Duration = Duration::from_millis(250);

/// How often the event loop looks for the loader's news while it works;
/// the loading gauge's spinner moves every [`SPINNER_STEP`].
const LOADER_POLL: Duration = Duration::from_millis(10);
const SPINNER_STEP: Duration = Duration::from_millis(50);
static LOADER_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// What the loader sends: at most one preview, then the corpus (or why not).
enum Loaded {
    /// What an up-to-date store shows at once ([`data::Data::preview`]);
    /// the loader goes on once it is drawn (told on the sender, or when it
    /// is dropped), so that the rest of the opening does not slow it down.
    Preview(data::Data, Vec<String>, mpsc::Sender<()>),
    /// The rest of the corpus the preview showed, to be added to it in
    /// place ([`App::completed`]); its articles' text stays in the store.
    Rest(crate::store::cache::Rest, Vec<String>),
    Full(anyhow::Result<(data::Data, Vec<String>)>),
}

/// How the explorer ended, so the binary can exit with the right status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit (`q`, or Ctrl-C pressed as a key): status 0.
    Quit,
    /// A signal (SIGTERM, SIGHUP, or SIGINT sent with `kill`) ended it after
    /// the terminal was restored: status 128 + the signal, as a shell reports.
    Signal(i32),
}

impl Exit {
    /// The process exit status: 0, or 128 + signal (143 for SIGTERM, 129 for SIGHUP).
    pub fn code(self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(sig) => u8::try_from(128 + sig).unwrap_or(u8::MAX),
        }
    }
}

/// Open the explorer on `paths` (the bundled corpus when empty). Warnings
/// about skipped files are printed to stderr once the terminal is restored;
/// a corpus that cannot be opened is an error (after the user has seen it).
pub fn run(
    paths: Vec<PathBuf>,
    options: crate::corpus::load::LoadOptions,
    lexicon: Lexicon,
    store_options: crate::store::StoreOptions,
) -> anyhow::Result<Exit> {
    // Config mistakes are plain errors, before the screen is taken over.
    let (keymap, palette, config_warnings) = config::load()?;

    // The number of the signal that asks us to stop (0: none yet). Ctrl-C
    // arrives as a key in raw mode; a SIGINT sent by `kill` is handled too.
    let terminate = Arc::new(AtomicUsize::new(0));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register_usize(sig, Arc::clone(&terminate), sig as usize)?;
    }

    // Where corrections are written; the loader locates it again (the
    // same folder) and says where it is when that is unexpected.
    let (store, _) = Store::locate(&paths, &store_options);
    let loader = Loader {
        paths: Arc::new(paths),
        options: Arc::new(options),
        lexicon: Arc::new(lexicon),
        store_options,
        store,
        config_warnings,
    };
    let progress = Arc::new(Progress::default());
    let mut rx = loader.spawn(Arc::clone(&progress), true)?;

    let mut app = App::new(keymap, palette);
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            let _ = ratatui::try_restore();
            return Err(anyhow!("cannot set up the terminal: {e}"));
        }
    };
    // The wheel and clicks (see `app/mouse.rs`); turned off again wherever
    // the terminal is restored, or the shell would receive mouse codes.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableMouseCapture);
    // ratatui's hook restores the terminal on a panic; a panic while loading
    // is caught on the loading thread and shown as a load error instead, so
    // only its message is recorded.
    // (The analysis may panic on one of rayon's threads, so anything but
    // this UI thread counts as the loader.)
    let restoring_hook = std::panic::take_hook();
    let ui_thread = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != ui_thread {
            if let Ok(mut m) = LOADER_PANIC.lock() {
                *m = Some(info.to_string());
            }
        } else {
            let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
            restoring_hook(info);
        }
    }));
    let finished = Arc::new(AtomicBool::new(false));
    watch_for_a_lost_terminal(Arc::clone(&terminate), Arc::clone(&finished));
    let result = event_loop(
        &mut terminal,
        &mut app,
        &loader,
        &mut rx,
        &progress,
        &terminate,
    );
    finished.store(true, Ordering::Relaxed);
    // Errors ignored rather than printed: after a hang-up there is no terminal
    // to restore, and printing to it would panic.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
    let _ = ratatui::try_restore();

    let mut stderr = std::io::stderr();
    for w in &app.warnings {
        let _ = writeln!(stderr, "centreline: {w}");
    }
    let exit = result?;
    if let app::Load::Failed(msg) = &app.load {
        if exit == Exit::Quit {
            return Err(anyhow!("{msg}"));
        }
    }
    Ok(exit)
}

/// How long the event loop has to notice a stop signal before the watchdog
/// ends the process itself.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// When the terminal goes away (its window closed, `tmux kill-session`, an
/// ssh drop), crossterm 0.29's reader spins on end-of-file inside
/// `event::poll` and never returns to the loop that checks the stop flag, so
/// the process would burn a core forever. This thread ends it instead: after
/// a stop signal the loop did not act on within [`SIGNAL_GRACE`], or when the
/// controlling terminal can no longer be opened (a hang-up that sent no
/// signal). There is no terminal left to restore in either case.
fn watch_for_a_lost_terminal(terminate: Arc<AtomicUsize>, finished: Arc<AtomicBool>) {
    let tty_at_start = std::fs::File::open("/dev/tty").is_ok();
    let _ = std::thread::Builder::new()
        .name("centreline-watchdog".into())
        .spawn(move || {
            let mut signalled_at = None;
            loop {
                std::thread::sleep(Duration::from_millis(200));
                if finished.load(Ordering::Relaxed) {
                    return;
                }
                let sig = terminate.load(Ordering::Relaxed);
                if sig != 0 {
                    let since = *signalled_at.get_or_insert_with(std::time::Instant::now);
                    if since.elapsed() >= SIGNAL_GRACE && !finished.load(Ordering::Relaxed) {
                        // Best effort, errors ignored: `ratatui::restore` would
                        // print its error, and printing to a dead terminal panics.
                        let _ = crossterm::terminal::disable_raw_mode();
                        let _ = crossterm::execute!(
                            std::io::stdout(),
                            crossterm::event::DisableMouseCapture,
                            crossterm::terminal::LeaveAlternateScreen,
                            crossterm::cursor::Show
                        );
                        std::process::exit(Exit::Signal(sig as i32).code().into());
                    }
                } else if tty_at_start && std::fs::File::open("/dev/tty").is_err() {
                    std::process::exit(Exit::Signal(signal_hook::consts::SIGHUP).code().into());
                }
            }
        });
}

/// What opens the corpus, at the start and again after an undo.
struct Loader {
    paths: Arc<Vec<PathBuf>>,
    options: Arc<crate::corpus::load::LoadOptions>,
    lexicon: Arc<Lexicon>,
    store_options: crate::store::StoreOptions,
    /// Where corrections are kept.
    store: Store,
    /// Keys the config file took from other actions: listed under `w` too.
    config_warnings: Vec<String>,
}

impl Loader {
    /// Open the corpus on a thread of its own, with the store's corrections
    /// applied; the result arrives on the returned channel, after a preview
    /// when `preview` is asked for and the store can give one.
    fn spawn(
        &self,
        progress: Arc<Progress>,
        preview: bool,
    ) -> anyhow::Result<mpsc::Receiver<Loaded>> {
        let (tx, rx) = mpsc::channel::<Loaded>();
        let (paths, options, lexicon) = (
            Arc::clone(&self.paths),
            Arc::clone(&self.options),
            Arc::clone(&self.lexicon),
        );
        let store = self.store.clone();
        let store_options = self.store_options.clone();
        let config_warnings = self.config_warnings.clone();
        std::thread::Builder::new()
            .name(LOADER_THREAD.into())
            .spawn(move || {
                // A panic in the analysis becomes a load error on screen
                // rather than a torn-down terminal (see the panic hook below).
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    // From an up-to-date store, the articles and speakers
                    // first: the rest is read, corrected and indexed below.
                    let preview = preview
                        .then(|| crate::preview_stored(&paths, &options, &lexicon, &store_options))
                        .flatten();
                    if let Some(crate::store::cache::Preview {
                        corpus,
                        mut warnings,
                        built,
                    }) = preview
                    {
                        warnings.extend(config_warnings.iter().cloned());
                        let preview = data::Data::preview(corpus);
                        let shown = preview.shown(built);
                        let (drawn_tx, drawn) = mpsc::channel();
                        if tx
                            .send(Loaded::Preview(preview, warnings.clone(), drawn_tx))
                            .is_ok()
                        {
                            let _ = drawn.recv_timeout(PREVIEW_WAIT);
                        }
                        // Its quotes, added to it where it is shown: its
                        // articles and speakers are not read again.
                        if let Some(rest) = crate::open_stored_rest(
                            &paths,
                            &options,
                            &lexicon,
                            &store_options,
                            &shown,
                        ) {
                            return Ok(Loaded::Rest(rest, warnings));
                        }
                    }
                    // From an up-to-date store with no corrections, the
                    // articles' text stays there, read as each is shown.
                    let lean = crate::open_stored_lean(
                        &paths,
                        &options,
                        &lexicon,
                        &store_options,
                        trend::Trend::shows_months,
                    );
                    if let Some(mut lean) = lean {
                        let mut warnings = std::mem::take(&mut lean.warnings);
                        warnings.extend(config_warnings);
                        return Ok(Loaded::Full(Ok((data::Data::lean(lean), warnings))));
                    }
                    let crate::Opened {
                        mut corpus,
                        mut warnings,
                        ..
                    } = crate::open_stored(
                        &paths,
                        &options,
                        &lexicon,
                        &store_options,
                        Some(&progress),
                    )?;
                    warnings.extend(store.apply_corrections(&mut corpus)?);
                    warnings.extend(config_warnings);
                    // The explorer's indexes are built here too, off the UI thread.
                    Ok(Loaded::Full(Ok((data::Data::new(corpus), warnings))))
                }))
                .unwrap_or_else(|_| {
                    let msg = LOADER_PANIC
                        .lock()
                        .ok()
                        .and_then(|m| m.clone())
                        .unwrap_or_else(|| "unknown error".into());
                    Err(anyhow!("the analysis failed: {msg}"))
                });
                let _ = tx.send(result.unwrap_or_else(|e| Loaded::Full(Err(e))));
            })?;
        Ok(rx)
    }
}

/// The paragraph index to search, made from what is shown at the first
/// search (and again after a reopen). Not the store's `cache.db`: another
/// process may have rebuilt it from files edited since the corpus was
/// opened, and its paragraph numbers must be the ones on screen.
fn search_index<'i>(
    index: &'i mut Option<rusqlite::Connection>,
    app: &App,
) -> anyhow::Result<&'i rusqlite::Connection> {
    if index.is_none() {
        let d = app
            .data
            .as_ref()
            .ok_or_else(|| anyhow!("the corpus is not open yet"))?;
        *index = Some(crate::store::search::index_in_memory(&d.corpus)?);
    }
    index.as_ref().ok_or_else(|| anyhow!("no paragraph index"))
}

/// Keep (or undo) the correction the app asked for, in the store's file.
/// Returns whether the corpus must be reopened (after an undo).
fn save_correction(app: &mut App, store: &Store, request: CorrectionRequest) -> bool {
    let file = match store.corrections_or_error() {
        Ok(f) => f,
        Err(e) => {
            app.status = Some(format!("Not saved: {e:#}."));
            return false;
        }
    };
    match request {
        CorrectionRequest::Add(c) => match file.add(c.clone()) {
            // Text read from the store as it is shown has not been through
            // the corrections: the corpus is opened again, whole, with them.
            Ok(_) if app.data.as_ref().is_some_and(|d| d.texts.on_demand()) => {
                app.correction_kept_reopening(&c);
                return true;
            }
            Ok(_) => app.correction_saved(&c),
            Err(e) => app.status = Some(format!("Not saved: {e:#}.")),
        },
        CorrectionRequest::Undo => match file.undo() {
            Ok(Some(c)) => {
                app.status = Some(format!("Undone: {}. Reopening…", c.summary()));
                return true;
            }
            Ok(None) => app.status = Some("No corrections to undo.".into()),
            Err(e) => app.status = Some(format!("Not undone: {e:#}.")),
        },
    }
    false
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    loader: &Loader,
    rx: &mut mpsc::Receiver<Loaded>,
    progress: &Arc<Progress>,
    terminate: &AtomicUsize,
) -> anyhow::Result<Exit> {
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    // The paragraph index corpus searches run against, made at the first.
    let mut index: Option<rusqlite::Connection> = None;
    // A preview drawn is told to the loader (see [`Loaded::Preview`]).
    let mut preview_drawn: Option<mpsc::Sender<()>> = None;
    let mut spun = std::time::Instant::now();
    loop {
        // Reopening after an undo: what is shown stays until the new corpus comes.
        if app.reopening {
            match rx.try_recv() {
                // What is shown stays until the whole corpus comes.
                Ok(Loaded::Preview(..) | Loaded::Rest(..)) => {}
                Ok(Loaded::Full(Ok((data, warnings)))) => {
                    app.reopened(data, warnings);
                    index = None;
                }
                Ok(Loaded::Full(Err(e))) => {
                    app.status = Some(format!("Could not reopen the corpus: {e:#}"));
                    app.reopening = false;
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => app.reopening = false,
            }
        }
        let loading = matches!(app.load, app::Load::Loading { .. });
        let previewed = app.partial() && matches!(app.load, app::Load::Ready);
        if loading || previewed {
            if loading && spun.elapsed() >= SPINNER_STEP {
                app.progress(progress.snapshot(), progress.fraction());
                spun = std::time::Instant::now();
            }
            match rx.try_recv() {
                Ok(Loaded::Preview(data, warnings, shown)) if loading => {
                    app.loaded_data(data, warnings);
                    preview_drawn = Some(shown);
                }
                Ok(Loaded::Preview(..)) => {}
                Ok(Loaded::Rest(rest, warnings)) => {
                    // What reading it left free, given back before the
                    // indexes are made (the explorer's peak memory).
                    give_back_freed_memory();
                    app.completed(rest, warnings);
                    index = None;
                }
                Ok(Loaded::Full(Ok((data, warnings)))) if app.partial() => {
                    app.opened_fully(data, warnings);
                    index = None;
                }
                Ok(Loaded::Full(Ok((data, warnings)))) => app.loaded_data(data, warnings),
                Ok(Loaded::Full(Err(e))) => app.failed(format!("{e:#}")),
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    app.failed("the loader stopped unexpectedly".into())
                }
            }
        }
        terminal.draw(|f| draw(f, app))?;
        if let Some(shown) = preview_drawn.take() {
            let _ = shown.send(());
        }
        let timeout = if app.busy() {
            Duration::ZERO
        } else if matches!(app.load, app::Load::Loading { .. })
            || app.reopening
            || (app.partial() && matches!(app.load, app::Load::Ready))
        {
            LOADER_POLL
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
                    Event::Mouse(m) => app.handle_mouse(m),
                    _ => {}
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if let Some(text) = app.clipboard.take() {
            copy_to_clipboard(&text);
        }
        if let Some(text) = app.pager.take() {
            app.status = page(terminal, &text).err();
        }
        if let Some(query) = app.corpus_search.take() {
            // The preview has no paragraphs to index.
            let result = if app.partial() {
                Err(anyhow!(app::STILL_OPENING))
            } else if let Some(store) = app.data.as_mut().and_then(|d| d.texts.store_mut()) {
                // The text is in the store: so is its index.
                store.search(&query, app::SEARCH_LIMIT)
            } else {
                search_index(&mut index, app)
                    .and_then(|conn| crate::store::search::search(conn, &query, app::SEARCH_LIMIT))
            };
            app.corpus_search_done(&query, result);
        }
        if let Some(request) = app.correction.take() {
            if save_correction(app, &loader.store, request) {
                *rx = loader.spawn(Arc::clone(progress), false)?;
                app.reopening = true;
            }
        }
        match terminate.load(Ordering::Relaxed) {
            0 if app.quit => return Ok(Exit::Quit),
            0 => {}
            sig => return Ok(Exit::Signal(i32::try_from(sig).unwrap_or(i32::MAX - 128))),
        }
        if app.busy() {
            app.work();
        }
    }
}

/// Return the memory the C allocator holds free to the system. Reading
/// the corpus from the store frees as much as it keeps (the rows' bytes,
/// the decoded batches), much of it on the loader's and rayon's threads,
/// whose arenas the explorer's thread does not reuse: without this it
/// stays resident and the peak is that much higher. glibc only; elsewhere
/// nothing.
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::ffi::c_int;
        }
        // SAFETY: malloc_trim takes no pointer and only releases free
        // memory back to the system; it is safe to call at any time.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// Put `text` on the clipboard through the terminal (OSC 52: most terminals,
/// and tmux with `set-clipboard on`), so copying works over ssh too. Errors
/// are ignored: a terminal that does not understand it shows nothing.
fn copy_to_clipboard(text: &str) {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = std::io::stdout();
    let _ = write!(out, "\x1b]52;c;{encoded}\x07");
    let _ = out.flush();
}

/// Show `text` in the user's pager (`$PAGER`, else `less`), handing the
/// terminal over and taking it back afterwards. An error (no such pager) is
/// a message for the status line; the explorer carries on either way.
fn page(terminal: &mut ratatui::DefaultTerminal, text: &str) -> Result<(), String> {
    use crossterm::{event, execute, terminal as term};
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".into());
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        event::DisableMouseCapture,
        term::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = term::disable_raw_mode();
    // Through the shell, so `PAGER="less -R"` works as it does for git.
    let result = std::process::Command::new("sh")
        .arg("-c")
        .arg(&pager)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                // A pager quit early closes its input: not an error.
                let _ = stdin.write_all(text.as_bytes());
            }
            child.wait()
        });
    let _ = term::enable_raw_mode();
    let _ = execute!(
        out,
        term::EnterAlternateScreen,
        term::Clear(term::ClearType::All),
        event::EnableMouseCapture
    );
    // A fresh terminal has empty buffers, so the next frame is drawn whole.
    // (`Terminal::clear` would ask the terminal for the cursor position and
    // wait for an answer some terminals never give.)
    if let Ok(fresh) =
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))
    {
        *terminal = fresh;
    }
    match result {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("the pager '{pager}' ended with {status}")),
        Err(e) => Err(format!("cannot run the pager '{pager}': {e}")),
    }
}
