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
