//! Small text primitives shared by the attribution modules: words and
//! sentences over byte offsets, without allocation per word.

/// The days of the week, for phrases of when something was said (`on
/// Tuesday`, `said Tuesday that`).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `word` is one of `list` (lower case), ignoring ASCII case.
pub fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(word))
}

/// A fixed set of lower-case ASCII words, looked up case-insensitively
/// without allocating: an open-addressing hash table keyed by a hash that
/// ignores ASCII case ([`hash_folded`]), built once.
pub struct WordSet {
    /// Space-separated lower-case words; the set holds those of both.
    sources: [&'static str; 2],
    table: std::sync::OnceLock<Table>,
}

/// The hash table, with a bit per word length present (bit `n` for length
/// `n`, all at most 24) so most absent words are rejected before hashing.
struct Table {
    slots: Vec<Option<&'static str>>,
    lengths: u32,
}

/// A hash of `word` that ignores ASCII case, eight bytes at a time: every
/// byte gets its `0x20` bit set, which lower-cases ASCII letters and leaves
/// any other byte the same for both spellings of a word. (Words that differ
/// in other ways may collide; the table compares words in full.)
fn hash_folded(word: &str) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes = word.as_bytes();
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        h = (h ^ (x | FOLD)).wrapping_mul(MIX);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let x = little_endian_tail(tail);
        h = (h ^ (x | FOLD)).wrapping_mul(MIX);
    }
    // The multiplications mix upwards: the high half is the well-mixed one.
    h >> 32
}

/// The 1 to 7 bytes of `tail` as a little-endian number (as if padded with
/// zeros to eight bytes), from two overlapping reads instead of a loop over
/// the bytes: the bytes both reads cover land on the same bits.
fn little_endian_tail(tail: &[u8]) -> u64 {
    let n = tail.len();
    debug_assert!((1..8).contains(&n));
    if n >= 4 {
        let low = u32::from_le_bytes(tail[..4].try_into().expect("four bytes"));
        let high = u32::from_le_bytes(tail[n - 4..].try_into().expect("four bytes"));
        u64::from(low) | u64::from(high) << (8 * (n - 4))
    } else {
        let middle = n / 2;
        u64::from(tail[0])
            | u64::from(tail[middle]) << (8 * middle)
            | u64::from(tail[n - 1]) << (8 * (n - 1))
    }
}

impl WordSet {
    /// `words`: space-separated, lower case.
    pub const fn new(words: &'static str) -> WordSet {
        WordSet::union(words, "")
    }

    /// The words of two lists in one set: one lookup instead of two.
    pub const fn union(first: &'static str, second: &'static str) -> WordSet {
        WordSet {
            sources: [first, second],
            table: std::sync::OnceLock::new(),
        }
    }

    fn table(&self) -> &Table {
        self.table.get_or_init(|| {
            let words: Vec<&str> = self
                .sources
                .iter()
                .flat_map(|source| source.split_whitespace())
                .collect();
            let mut lengths = 0u32;
            // A power of two at least four times the words: short probes.
            let size = (words.len() * 4).next_power_of_two().max(8);
            let mut table = vec![None; size];
            for w in words {
                // Longer words are never looked up (see `contains`).
                if w.len() <= 24 {
                    lengths |= 1 << w.len();
                }
                let mut at = hash_folded(w) as usize & (size - 1);
                while let Some(existing) = table[at] {
                    if existing == w {
                        break;
                    }
                    at = (at + 1) & (size - 1);
                }
                table[at] = Some(w);
            }
            Table {
                slots: table,
                lengths,
            }
        })
    }

    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > 24 {
            return false;
        }
        let table = self.table();
        if table.lengths & (1 << word.len()) == 0 {
            return false;
        }
        let table = &table.slots;
        let mask = table.len() - 1;
        let mut at = hash_folded(word) as usize & mask;
        while let Some(w) = table[at] {
            if w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word.as_bytes()) {
                return true;
            }
            at = (at + 1) & mask;
        }
        false
    }
}

/// Up to eight words on the stack: names and titles are short, and they are
/// read for every capitalised word, so they should not allocate.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    buf: [Word; 8],
    len: usize,
}

impl Words {
    pub fn new() -> Words {
        Words {
            buf: [Word { start: 0, end: 0 }; 8],
            len: 0,
        }
    }
    /// Add a word (ignored when full; callers stop well before).
    pub fn push(&mut self, w: Word) {
        if self.len < self.buf.len() {
            self.buf[self.len] = w;
            self.len += 1;
        }
    }
    pub fn remove_first(&mut self) {
        if self.len > 0 {
            self.buf.copy_within(1..self.len, 0);
            self.len -= 1;
        }
    }
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

impl std::ops::Deref for Words {
    type Target = [Word];
    fn deref(&self) -> &[Word] {
        &self.buf[..self.len]
    }
}

impl std::ops::DerefMut for Words {
    fn deref_mut(&mut self) -> &mut [Word] {
        &mut self.buf[..self.len]
    }
}

/// A word's byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    /// End including a directly following `.` (`Sen.`, `Dr.`).
    pub fn end_with_dot(&self, text: &str) -> usize {
        if text[self.end..].starts_with('.') {
            self.end + 1
        } else {
            self.end
        }
    }
}

fn is_joiner(c: char) -> bool {
    // (`&` inside a word only: `B&B`, `AT&T`, `P&O` are one name.)
    matches!(c, '\'' | '’' | '-' | '&')
}

/// The word ending at or before `at` (over spaces only), not before `floor`.
/// A trailing dot is allowed on an honorific (`Dr.`).
pub fn prev_word(text: &str, at: usize, floor: usize) -> Option<Word> {
    let at = floor_boundary(text, at);
    let floor = ceil_boundary(text, floor.min(at));
    let bytes = text.as_bytes();
    let mut end = at;
    while end > floor && bytes[end - 1] == b' ' {
        end -= 1;
    }
    let &last = bytes[floor..end].last()?;
    if last == b'.' {
        return word_before_dot(text, end, floor);
    }
    // Most words are ASCII: read them byte by byte, and leave anything else
    // to the reader of characters.
    if !last.is_ascii_alphanumeric() {
        return if last.is_ascii() {
            None
        } else {
            word_ending_at(text, end, floor)
        };
    }
    let mut start = end - 1;
    while start > floor {
        let b = bytes[start - 1];
        if b.is_ascii_alphanumeric() {
            start -= 1;
        } else if !b.is_ascii() {
            return word_ending_at(text, end, floor);
        } else if is_joiner(char::from(b)) && start - 1 > floor {
            // A joiner counts only with a letter on its left too.
            let left = bytes[start - 2];
            if left.is_ascii_alphanumeric() {
                start -= 2;
            } else if left.is_ascii() {
                break;
            } else {
                return word_ending_at(text, end, floor);
            }
        } else {
            break;
        }
    }
    Some(Word { start, end })
}

/// `Dr.`: the word before a dot at `end - 1`, which only honorifics and
/// initials keep.
fn word_before_dot(text: &str, end: usize, floor: usize) -> Option<Word> {
    let w = prev_word(text, end - 1, floor)?;
    let word = &text[w.start..w.end];
    let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    if w.end == end - 1 && (initial || super::attribution::names::honorific(word).is_some()) {
        return Some(w);
    }
    None
}

/// [`prev_word`] over characters, for words that are not all ASCII: the word
/// ending exactly at `end` (spaces and a dot already dealt with), from `floor`.
fn word_ending_at(text: &str, end: usize, floor: usize) -> Option<Word> {
    let last = text[floor..end].chars().next_back()?;
    if !last.is_alphanumeric() {
        return None;
    }
    let base = floor;
    let mut start = end;
    let seg = &text[base..end];
    let mut prev_was_alnum = false;
    for (i, c) in seg.char_indices().rev() {
        if c.is_alphanumeric() {
            start = base + i;
            prev_was_alnum = true;
        } else if is_joiner(c) && prev_was_alnum {
            // A joiner counts only with a letter on its left too.
            let left = seg[..i].chars().next_back();
            if left.is_some_and(|l| l.is_alphanumeric()) {
                start = base + i;
                prev_was_alnum = false;
                continue;
            }
            break;
        } else {
            break;
        }
    }
    // Trailing possessive stays part of the word; trim a leading joiner.
    while start < end && text[start..].starts_with(['\'', '-']) {
        start += 1;
    }
    if start >= end {
        return None;
    }
    Some(Word { start, end })
}

/// The word starting exactly at `at`, ending by `limit`.
pub fn word_at(text: &str, at: usize, limit: usize) -> Option<Word> {
    let limit = floor_boundary(text, limit.min(text.len()));
    if at >= limit || !text.is_char_boundary(at) {
        return None;
    }
    // ASCII byte by byte; a word with other characters is read as characters.
    let bytes = text.as_bytes();
    let mut end = at;
    while end < limit {
        let b = bytes[end];
        if b.is_ascii_alphanumeric() {
            end += 1;
        } else if !b.is_ascii() {
            return word_at_chars(text, at, limit);
        } else if is_joiner(char::from(b)) && end + 1 < limit {
            // A joiner counts only with a letter on its right too.
            let next = bytes[end + 1];
            if next.is_ascii_alphanumeric() {
                end += 2;
            } else if next.is_ascii() {
                break;
            } else {
                return word_at_chars(text, at, limit);
            }
        } else {
            break;
        }
    }
    (end > at).then_some(Word { start: at, end })
}

/// [`word_at`] over characters, for words that are not all ASCII.
fn word_at_chars(text: &str, at: usize, limit: usize) -> Option<Word> {
    let seg = &text[at..limit];
    let mut end = at;
    let mut iter = seg.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            end = at + i + c.len_utf8();
        } else if is_joiner(c)
            && end == at + i
            && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric())
        {
            continue;
        } else {
            break;
        }
    }
    (end > at).then_some(Word { start: at, end })
}

/// A word that can be part of a name: it starts with a capital letter.
pub fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The largest char boundary of `text` at or below `at`.
pub fn floor_boundary(text: &str, at: usize) -> usize {
    crate::model::floor_char_boundary(text, at)
}

/// The smallest char boundary of `text` at or above `at`.
pub fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut b = at.min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// Abbreviations whose dot does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    word.chars().count() == 1
        || is_initials(word)
        || super::attribution::names::honorific(word).is_some()
        || matches!(
            word,
            "Jan"
                | "Feb"
                | "Mar"
                | "Apr"
                | "Jun"
                | "Jul"
                | "Aug"
                | "Sep"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "St"
                | "No"
                | "vs"
                | "Mt"
                | "Ft"
                | "Jr"
                | "Sr"
                | "Inc"
                | "Co"
                | "Corp"
                | "Ltd"
                | "Gen"
                | "Col"
                | "Lt"
                | "Capt"
                | "Sgt"
                | "U.S"
                | "U.K"
                | "D.C"
                | "approx"
                | "e.g"
                | "i.e"
        )
}

/// Sentence ranges of a paragraph, ignoring stops inside quotations (`quoted`
/// is the sorted list of outer quotation ranges, with whether the quoted words
/// end a sentence). A quotation that ends a sentence and is followed by a
/// capital starts a new one.
pub fn sentences(text: &str, quoted: &[(usize, usize, bool)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    sentences_into(text, quoted, &mut out);
    out
}

/// [`sentences`] into `out` (cleared first), so that a caller reading many
/// paragraphs reuses one buffer.
pub fn sentences_into(text: &str, quoted: &[(usize, usize, bool)], out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    out.clear();
    let mut start = 0;
    let mut q = 0;
    let mut i = 0;
    while i < bytes.len() {
        if q < quoted.len() && i >= quoted[q].0 {
            let (_, qend, ends_sentence) = quoted[q];
            q += 1;
            i = qend.max(i);
            if ends_sentence {
                let next = next_nonspace(text, i);
                if next.is_some_and(|(_, c)| c.is_uppercase()) {
                    out.push((start, i));
                    start = i;
                }
            }
            continue;
        }
        // Jump to the next stop before the next quotation.
        let limit = quoted.get(q).map_or(bytes.len(), |r| r.0.max(i));
        match memchr::memchr3(b'.', b'?', b'!', &bytes[i..limit]) {
            Some(p) => i += p,
            None => {
                i = limit;
                continue;
            }
        }
        let b = bytes[i];
        if matches!(b, b'.' | b'?' | b'!') {
            let after = i + 1;
            let spaced = text[after..].starts_with(' ');
            let next = next_nonspace(text, after);
            let opens = next.is_some_and(|(j, c)| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || (matches!(c, '\'' | '"' | '‘' | '“')
                        && quoted.get(q).is_some_and(|r| r.0 == j))
            });
            if spaced && opens && !(b == b'.' && preceded_by_abbreviation(text, i)) {
                out.push((start, after));
                start = after;
            }
        }
        i += 1;
    }
    if start < text.len() || out.is_empty() {
        out.push((start, text.len()));
    }
}

/// Dotted initials without their last dot: `J.K`, `U.N`, `H.G`. A dot
/// after them is read as part of a name (`J.K. Rowling`), never as the end of
/// a sentence, as the name finder reads it; so `…in the U.S. The…` is one
/// sentence, a price paid rarely.
fn is_initials(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_uppercase() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

fn preceded_by_abbreviation(text: &str, dot: usize) -> bool {
    // Abbreviations are short: look back a few bytes only.
    let head = &text[ceil_boundary(text, dot.saturating_sub(12))..dot];
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, |c| c.len_utf8())
        });
    is_abbreviation(&head[word_start..])
}

fn next_nonspace(text: &str, at: usize) -> Option<(usize, char)> {
    text[at..]
        .char_indices()
        .take(8)
        .find(|(_, c)| !c.is_whitespace())
        .map(|(i, c)| (at + i, c))
}

/// Index of the sentence containing byte `at`.
pub fn sentence_of(sentences: &[(usize, usize)], at: usize) -> usize {
    sentences
        .partition_point(|s| s.1 <= at)
        .min(sentences.len().saturating_sub(1))
}

/// `f` of `s` lower-cased: on the stack for short ASCII text (no allocation
/// for the look-ups that run for most capitalised words), else in a string.
pub fn with_lower_case<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if s.is_ascii() && s.len() <= buf.len() {
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lower-cased.
        return f(std::str::from_utf8(lower).unwrap_or_default());
    }
    f(&s.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_reads_agree_with_byte_by_byte() {
        let bytes = [0x81u8, 0x02, 0xf3, 0x44, 0x05, 0xa6, 0x77];
        for n in 1..8 {
            let tail = &bytes[..n];
            let slow = tail
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            assert_eq!(little_endian_tail(tail), slow, "{n} bytes");
        }
    }

    #[test]
    fn words_backwards_and_forwards() {
        let t = "echoed Mr Milburn's move, by Dr. Smith";
        let w = prev_word(t, t.find("'s move").unwrap() + 2, 0).unwrap();
        assert_eq!(&t[w.start..w.end], "Milburn's");
        let w = prev_word(t, t.len() - 6, 0).unwrap();
        assert_eq!(&t[w.start..w.end], "Dr");
        let w = word_at(t, 0, t.len()).unwrap();
        assert_eq!(&t[w.start..w.end], "echoed");
    }

    /// The byte-by-byte readers agree with the character readers they stand
    /// in for, at every position of text with joiners, digits and punctuation.
    #[test]
    fn ascii_word_readers_match_the_character_readers() {
        let samples = [
            "Mr O'Brien's well-known 'quote' -- it's 42-nil, ok?",
            "'Hello' said Jean-Luc; -x- x' 'x '' -- a-b-c",
            "end-  of'  line' -",
        ];
        for t in samples {
            for at in 0..=t.len() {
                assert_eq!(
                    word_at(t, at, t.len()),
                    word_at_chars(t, at, t.len()),
                    "{t:?} at {at}"
                );
                for floor in 0..=at {
                    let fast = prev_word(t, at, floor);
                    let end = floor + t[floor..at].trim_end_matches(' ').len();
                    if !t[..end].ends_with('.') {
                        assert_eq!(fast, word_ending_at(t, end, floor), "{t:?} {floor}..{at}");
                    }
                }
            }
        }
    }

    #[test]
    fn sentences_skip_abbreviations_and_quotes() {
        let t = "Mr. Smith said so. Then Dr. Jones left. Sept. 11 came.";
        let s = sentences(t, &[]);
        let got: Vec<&str> = s.iter().map(|&(a, b)| t[a..b].trim()).collect();
        assert_eq!(
            got,
            [
                "Mr. Smith said so.",
                "Then Dr. Jones left.",
                "Sept. 11 came."
            ]
        );
    }
}
