//! Progress of a load, shared between the loading thread and the explorer's
//! gauge. Plain atomics: the loader never waits on the UI.

use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Default)]
pub struct Progress {
    /// Files found so far (grows while folders are walked).
    pub files_total: AtomicUsize,
    /// Files read and decoded.
    pub files_read: AtomicUsize,
    /// Articles whose quotes and speakers are found.
    pub articles_analysed: AtomicUsize,
}

impl Progress {
    pub fn snapshot(&self) -> (usize, usize, usize) {
        (
            self.files_total.load(Ordering::Relaxed),
            self.files_read.load(Ordering::Relaxed),
            self.articles_analysed.load(Ordering::Relaxed),
        )
    }

    /// Overall fraction done in [0, 1]: reading is the first half, analysis the second.
    pub fn fraction(&self) -> f64 {
        let (total, read, analysed) = self.snapshot();
        if total == 0 {
            return 0.0;
        }
        ((read + analysed) as f64 / (2 * total) as f64).clamp(0.0, 1.0)
    }

    pub(crate) fn add(counter: Option<&AtomicUsize>, n: usize) {
        if let Some(c) = counter {
            c.fetch_add(n, Ordering::Relaxed);
        }
    }
}

/// A one-line progress bar on standard error while a command loads and
/// analyses a corpus, drawn only when stderr is a terminal and only once the
/// work has taken longer than [`BAR_DELAY`] (a small corpus shows nothing).
/// Dropping it stops the bar and clears its line. Ctrl-C ends the process as
/// usual: nothing is written until the analysis is done, so nothing is left
/// half-written.
pub struct StderrBar {
    progress: std::sync::Arc<Progress>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// How long a load runs before the bar appears.
pub const BAR_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

impl StderrBar {
    /// Start watching a load (a bar that never draws when stderr is not a
    /// terminal).
    pub fn start() -> StderrBar {
        use std::io::IsTerminal;
        let progress = std::sync::Arc::new(Progress::default());
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let thread = std::io::stderr().is_terminal().then(|| {
            let (progress, stop) = (progress.clone(), stop.clone());
            std::thread::spawn(move || draw_until_stopped(&progress, &stop))
        });
        StderrBar {
            progress,
            stop,
            thread,
        }
    }

    /// What the loader counts into.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }
}

impl Drop for StderrBar {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn draw_until_stopped(progress: &Progress, stop: &std::sync::atomic::AtomicBool) {
    use std::io::Write;
    let started = std::time::Instant::now();
    let mut drawn = false;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(std::time::Duration::from_millis(100));
        if started.elapsed() < BAR_DELAY || stop.load(Ordering::Relaxed) {
            continue;
        }
        let line = bar_line(progress, 24);
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{line}\x1b[K");
        let _ = err.flush();
        drawn = true;
    }
    if drawn {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[K");
        let _ = err.flush();
    }
}

/// `centreline: [#####.....] 41% · 120/417 files read · 80 articles analysed`
pub fn bar_line(progress: &Progress, width: usize) -> String {
    let (total, read, analysed) = progress.snapshot();
    let fraction = progress.fraction();
    let filled = ((fraction * width as f64).round() as usize).min(width);
    format!(
        "centreline: [{}{}] {:>3.0}% · {read}/{total} files read · {analysed} articles analysed",
        "#".repeat(filled),
        ".".repeat(width - filled),
        fraction * 100.0
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_says_how_far_the_load_has_got() {
        let p = Progress::default();
        p.files_total.store(4, Ordering::Relaxed);
        p.files_read.store(4, Ordering::Relaxed);
        p.articles_analysed.store(2, Ordering::Relaxed);
        assert_eq!(
            bar_line(&p, 8),
            "centreline: [######..]  75% · 4/4 files read · 2 articles analysed"
        );
        // Dropping a bar that never drew (stderr is not a terminal under
        // the test runner) returns at once.
        drop(StderrBar::start());
    }
}
