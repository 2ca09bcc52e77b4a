//! One article cannot take the corpus down: its attribution runs under
//! [`guarded`], which turns a panic into an error naming where it happened.
//!
//! The trade-off: `catch_unwind` costs nothing when nothing panics, but the
//! default panic hook would still print to standard error, which would write
//! over the explorer's screen while it loads in the background. So a hook is
//! installed once that stays quiet for a panic inside [`guarded`] on the same
//! thread (keeping its message for the warning) and hands every other panic
//! to the hook that was there before.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread runs guarded code.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The last guarded panic's message and place.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDED.get() {
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST.set(Some(format!("internal error{place}: {what}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Run `f`; a panic inside it becomes `Err(reason)`.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let was = GUARDED.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.set(was);
    result.map_err(|_| LAST.take().unwrap_or_else(|| "internal error".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_naming_its_place() {
        let r: Result<(), String> = guarded(|| {
            let v: Vec<u8> = Vec::new();
            let i = v.len() + 3;
            let _ = v[i];
        });
        let why = r.unwrap_err();
        assert!(
            why.starts_with("internal error at src/analysis/attribution/guard.rs:"),
            "{why}"
        );
        assert!(why.contains("index out of bounds"), "{why}");
        assert_eq!(guarded(|| 7), Ok(7));
    }
}
