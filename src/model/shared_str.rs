//! [`SharedStr`]: the model's string for text that is shared or sliced.
//!
//! A big corpus holds one paragraph text, article id or speaker id many times
//! over: every quote names its article and speaker and carries a slice of its
//! paragraph, every cue a slice of the text it fired in. With `String`s each of
//! those was its own allocation, and the model of a 25 MB corpus weighed four
//! times the text. A `SharedStr` is a window onto a reference-counted buffer,
//! so cloning and slicing cost a counter increment, and the text exists once.
//!
//! To every consumer it is a `str` (it derefs to one, compares with one and
//! serialises as one), so the JSON contract does not change.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::{Arc, LazyLock};

/// An immutable string that is cheap to clone and to slice.
///
/// Offsets are `u32` to keep the window small (a quote carries several): the
/// loader refuses files over 512 MiB, so no text the model holds comes near
/// 4 GiB; a longer string given to `From` is still held whole, but only its
/// first 4 GiB (to a character boundary) is visible.
#[derive(Clone)]
pub struct SharedStr {
    buf: Arc<str>,
    start: u32,
    end: u32,
}

impl SharedStr {
    pub fn as_str(&self) -> &str {
        // The window is always on char boundaries of `buf` (see `slice`).
        &self.buf[self.start as usize..self.end as usize]
    }

    /// The part of this string in the byte range `range` (relative to this
    /// string), sharing the buffer. Bounds are clamped to the string and moved
    /// down to character boundaries, so a bad range gives a shorter slice
    /// rather than a panic.
    pub fn slice(&self, range: Range<usize>) -> SharedStr {
        let s = self.as_str();
        let end = crate::model::floor_char_boundary(s, range.end);
        let start = crate::model::floor_char_boundary(s, range.start.min(end));
        SharedStr {
            buf: Arc::clone(&self.buf),
            start: self.start + start as u32,
            end: self.start + end as u32,
        }
    }

    /// Whether two strings share one buffer (a slice and its source do).
    #[cfg(test)]
    fn shares_buffer(&self, other: &SharedStr) -> bool {
        Arc::ptr_eq(&self.buf, &other.buf)
    }
}

impl From<Arc<str>> for SharedStr {
    fn from(buf: Arc<str>) -> Self {
        let end = crate::model::floor_char_boundary(&buf, u32::MAX as usize) as u32;
        SharedStr { buf, start: 0, end }
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        Arc::<str>::from(s).into()
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        Arc::<str>::from(s).into()
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> Self {
        s.as_str().into()
    }
}

impl From<&SharedStr> for SharedStr {
    fn from(s: &SharedStr) -> Self {
        s.clone()
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> Self {
        s.as_str().to_string()
    }
}

impl Default for SharedStr {
    /// The empty string, without an allocation (one buffer for all of them).
    fn default() -> Self {
        static EMPTY: LazyLock<Arc<str>> = LazyLock::new(|| Arc::from(""));
        SharedStr {
            buf: Arc::clone(&EMPTY),
            start: 0,
            end: 0,
        }
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

// Equality, order and hashing are those of the text, wherever it lives
// (consistent with `Borrow<str>`, so maps keyed by `SharedStr` take `&str`).
impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for SharedStr {}
impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for SharedStr {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}
impl Hash for SharedStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

macro_rules! eq_with {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for SharedStr {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<SharedStr> for $other {
            fn eq(&self, other: &SharedStr) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}
eq_with!(str, &str, String);

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_share_the_buffer_and_read_as_text() {
        let p = SharedStr::from("Mr Milburn said: 'We will devolve.'");
        let q = p.slice(18..34);
        assert_eq!(q, "We will devolve.");
        assert!(q.shares_buffer(&p));
        let inner = q.slice(3..7);
        assert_eq!(inner, "will");
        assert!(inner.shares_buffer(&p));
        assert_eq!(inner.len(), 4);
        assert_eq!(format!("{inner}/{inner:?}"), "will/\"will\"");
    }

    #[test]
    fn bad_ranges_shrink_rather_than_panic() {
        let s = SharedStr::from("a£b");
        assert_eq!(s.slice(0..2), "a", "inside '£' moves down");
        assert_eq!(s.slice(2..99), "£b");
        let reversed = std::ops::Range { start: 5, end: 1 };
        assert_eq!(s.slice(reversed), "", "reversed range is empty");
        assert_eq!(s.slice(99..99), "");
    }

    #[test]
    fn compares_hashes_and_serialises_as_its_text() {
        use std::collections::HashMap;
        let whole = SharedStr::from("alan-milburn alan-milburn");
        let a = whole.slice(0..12);
        let b = whole.slice(13..25);
        assert_eq!(a, b);
        assert_eq!(a, "alan-milburn");
        assert_eq!("alan-milburn", a);
        assert_eq!(a, String::from("alan-milburn"));
        let mut m = HashMap::new();
        m.insert(a.clone(), 1);
        assert_eq!(m.get("alan-milburn"), Some(&1));
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"alan-milburn\"");
        let back: SharedStr = serde_json::from_str("\"x\\\"y\"").unwrap();
        assert_eq!(back, "x\"y");
        let (a, b) = (SharedStr::from("a"), SharedStr::from("b"));
        assert!(a < b);
        assert_eq!(a.cmp(&b), std::cmp::Ordering::Less);
    }
}
