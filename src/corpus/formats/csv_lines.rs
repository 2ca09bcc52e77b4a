//! The line a CSV row starts on, counted from the bytes themselves.
//!
//! The csv crate's record position is where the reader stopped after the
//! previous row: after a row ending `\r\n` (Python's csv module, Excel) that
//! is the `\n` still on the previous line, and after a blank line it is the
//! blank line. An id made from it (`export.csv#2`) would then depend on the
//! file's line endings. So the bytes the reader takes are kept from the
//! previous row on, and the row's line is that of its first byte that is not
//! a line ending.

use std::cell::RefCell;
use std::io::Read;
use std::rc::Rc;

/// A reader that keeps what it has read since the last row asked about.
pub struct Counted<R> {
    inner: R,
    seen: Rc<RefCell<Seen>>,
}

/// The bytes read since `base`, and how many lines ended before `base`.
#[derive(Default)]
pub struct Seen {
    bytes: Vec<u8>,
    base: u64,
    lines_before: usize,
}

/// Wrap `inner`; the handle answers [`Lines::line_at`] for rows read from it.
pub fn counted<R: Read>(inner: R) -> (Counted<R>, Lines) {
    let seen = Rc::new(RefCell::new(Seen::default()));
    (
        Counted {
            inner,
            seen: Rc::clone(&seen),
        },
        Lines(seen),
    )
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.borrow_mut().bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// Line numbers of rows by the byte offset the csv crate gives.
pub struct Lines(Rc<RefCell<Seen>>);

impl Lines {
    /// The 1-based line of the row the csv crate says starts at `byte`.
    /// Offsets must not go backwards (rows are asked about in order); what
    /// lies before `byte` is then forgotten, so memory stays at a row or two.
    pub fn line_at(&self, byte: u64) -> usize {
        let mut seen = self.0.borrow_mut();
        let at = usize::try_from(byte.saturating_sub(seen.base))
            .unwrap_or(usize::MAX)
            .min(seen.bytes.len());
        let before = memchr::memchr_iter(b'\n', &seen.bytes[..at]).count();
        seen.lines_before += before;
        seen.bytes.drain(..at);
        seen.base += at as u64;
        let leading = seen
            .bytes
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .filter(|b| **b == b'\n')
            .count();
        seen.lines_before + leading + 1
    }
}
