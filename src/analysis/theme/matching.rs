//! Finding the lexicon's phrases in a text: one Aho-Corasick pass, whole
//! words only, longest match first.

use crate::analysis::lexicon::{Lexicon, PatternKind};
use std::borrow::Cow;

/// One phrase found, in bytes of the scored text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// Automaton pattern id (index into `Lexicon::patterns`).
    pub pattern: usize,
    pub kind: PatternKind,
}

/// Every lexicon phrase in `text` that stands as whole words, choosing at each
/// position the longest, left to right, without overlaps (governance words
/// apart: they may overlap the rest).
///
/// Why overlapping search and then a greedy pick, rather than the automaton's
/// own leftmost-longest mode: that mode reports one match per position, so
/// when the longest phrase there fails the word-boundary check
/// (`central governments` against `central government`) the shorter phrase
/// that does stand as a word (`central`) would be lost. Checking boundaries
/// first keeps it; the pick is then the same leftmost-longest rule.
pub fn find(lexicon: &Lexicon, text: &str) -> Vec<Found> {
    let haystack = spaces_for_breaks(text);
    let mut found: Vec<Found> = lexicon
        .matcher()
        .find_overlapping_iter(haystack.as_bytes())
        .filter(|m| whole_words(text, m.start(), m.end()))
        .map(|m| {
            let pattern = m.pattern().as_usize();
            Found {
                start: m.start(),
                end: m.end(),
                pattern,
                kind: lexicon.patterns[pattern].kind,
            }
        })
        .collect();
    found.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Governance words only say what a span is about: they take part in no
    // longest-match contest, so `prime minister` still holds the cue
    // `minister` and `public spending review` the cue `spending review`.
    // Each kind is picked leftmost-longest on its own; the result stays in
    // text order.
    let mut taken = Vec::with_capacity(found.len());
    let (mut last_end, mut last_governance_end) = (0, 0);
    for f in found {
        let last = if f.kind == PatternKind::Governance {
            &mut last_governance_end
        } else {
            &mut last_end
        };
        if f.start >= *last {
            *last = f.end;
            taken.push(f);
        }
    }
    taken
}

/// `text` with tabs and line breaks as spaces (same length), so a phrase
/// written with a space matches across a hard-wrapped line.
fn spaces_for_breaks(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Whether `text[start..end]` is not part of a longer word.
fn whole_words(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Longest gap, in bytes, ever measured between a reverser or context phrase
/// and a cue; beyond it they are out of reach whatever their scope, which
/// keeps scoring linear in the text.
pub const MAX_GAP_BYTES: usize = 2048;

/// Words in `gap` (runs of letters and digits), or `None` when the gap is
/// longer than [`MAX_GAP_BYTES`].
pub fn words_in(gap: &str) -> Option<usize> {
    if gap.len() > MAX_GAP_BYTES {
        return None;
    }
    let mut words = 0;
    let mut in_word = false;
    for c in gap.chars() {
        let word_char = c.is_alphanumeric() || (in_word && matches!(c, '\'' | '’'));
        if word_char && !in_word {
            words += 1;
        }
        in_word = word_char;
    }
    Some(words)
}

/// Whether `gap` crosses a clause: a reverser's reach stops at sentence or
/// clause punctuation.
pub fn crosses_clause(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ';', ':', '(', ')'])
}

/// Whether `gap` joins two cues as one coordinated list (`targets and league
/// tables`, `to bid or get regional office approval`: a coordinator and at
/// most one other word), so that a reverser before the first reaches the
/// second; `and to encourage` starts a new phrase and does not.
pub fn coordinates(gap: &str) -> bool {
    let Some(words) = words_in(gap) else {
        return false;
    };
    if words == 0 && gap.contains(',') {
        return true;
    }
    words <= 2
        && gap
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w.to_ascii_lowercase().as_str(), "and" | "or" | "nor"))
}
