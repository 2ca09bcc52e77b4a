//! A fuzz harness for stable Rust: real articles, mutated with the hazards of
//! news text, through the whole analysis, with every panic and every bad span
//! counted as a finding.
//!
//! Shared by `tests/fuzz_articles.rs` (a short, fixed-seed run in the normal
//! test suite) and `examples/fuzz.rs` (the long run, in the `fuzz` profile:
//! optimised, with debug assertions and overflow checks on).
//!
//! # Why not cargo-fuzz
//! libFuzzer needs nightly and its coverage feedback, and random bytes are a
//! poor start for a news analyser anyway: almost nothing random looks like a
//! quotation credited to a speaker, so the deep code (cues, subjects, pronoun
//! chains, unification) would rarely run. Starting from real articles and
//! applying the mutations that real text suffers (odd quote marks,
//! abbreviations with dots, dashes, combining characters, glued or cut
//! paragraphs, capitalised runs, cues in odd places) keeps every input close
//! to what the code was written for while moving it off the paths the tests
//! walk. The cost is that there is no coverage guidance: the harness relies
//! on volume and on stacking mutations (the long run sometimes mutates its
//! previous input again) to reach rare combinations.
//!
//! # Finding, not hiding, panics
//! Attribution runs each article under a guard that turns a panic into a
//! warning (`src/analysis/attribution/guard.rs`), so one bad article cannot
//! take a corpus down. For the fuzzer that warning *is* the crash:
//! [`check`] treats any warning from [`analyse_parts`] on its one document
//! as a failure, alongside a panic escaping anywhere (the loader, the theme,
//! the model) and a span that [`check_spans`] rejects.
//!
//! The guard's message names the panic's place only when its own panic hook
//! sees the panic first, which depends on which hook was installed last. To
//! be independent of that, this module installs its own hook once, *after*
//! forcing the guard's (see [`install_hook`]): while a check runs, it keeps
//! the message and place of any panic on that thread (and, when asked, a
//! backtrace), quietly; at all other times it hands the panic on. And the
//! analysis uses rayon, whose workers are other threads, so every check runs
//! on a one-thread rayon pool of its own ([`on_own_pool`]): the hook's
//! thread-local record is on the thread that reads it, and `--threads 1`
//! really uses one core.

#![allow(dead_code)]

use super::spans::check_spans;
use centreline::analysis::{analyse_parts, Lexicon};
use centreline::corpus::decode::{decode, normalise};
use centreline::corpus::load::{assign_ids, document_from_text};
use centreline::corpus::{Document, Meta};
use centreline::model::Corpus;
use std::cell::{Cell, RefCell};
use std::ops::Range;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

// ---------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------

/// splitmix64: a tiny, fast, well-mixed generator, seeded by one `u64`.
///
/// Enough for choosing mutations (nothing here needs cryptographic or even
/// statistical-suite quality), with no dependency, and its whole state is the
/// seed, so a run is reproduced from the seed it prints.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0), by multiply-shift: no modulo
    /// bias worth the name for the small `n` used here.
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items` (not empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// [`Rng::pick`], by reference.
    pub fn pick_ref<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A size that is usually small and sometimes large (1..=8, ..=64 or
    /// ..=`max`, equally often): deletions and copies of a few characters find
    /// different bugs than those of whole paragraphs.
    pub fn size(&mut self, max: usize) -> usize {
        let cap = match self.below(3) {
            0 => 8,
            1 => 64,
            _ => max,
        };
        self.between(1, cap.clamp(1, max.max(1)))
    }
}

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

/// The real articles mutations start from, and splice from.
///
/// Each article is kept once, as text, with its paragraphs' byte ranges (runs
/// of non-blank lines, as the loader splits them), so that a paragraph can be
/// picked without copying the corpus. The bundled articles are always the
/// first [`Pool::bundled_count`].
#[derive(Debug, Default)]
pub struct Pool {
    articles: Vec<String>,
    paragraphs: Vec<Vec<Range<usize>>>,
    bundled: usize,
}

impl Pool {
    /// The five articles that ship with centreline (`assets/corpus`,
    /// embedded in the library, so always present).
    pub fn bundled() -> Pool {
        let mut pool = Pool::default();
        for (_, text) in centreline::corpus::bundled::ARTICLES {
            pool.add(text.to_string());
        }
        pool.bundled = pool.articles.len();
        pool
    }

    /// Add one article's text (ignored when it has no paragraph).
    pub fn add(&mut self, text: String) {
        let paragraphs = paragraph_ranges(&text);
        if !paragraphs.is_empty() {
            self.articles.push(text);
            self.paragraphs.push(paragraphs);
        }
    }

    /// Add every `.txt` file directly in `dir`, decoded as the loader
    /// decodes it (files it would skip are skipped); how many were added.
    pub fn add_dir(&mut self, dir: &Path) -> usize {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let before = self.articles.len();
        for p in paths {
            if let Some(text) = std::fs::read(&p).ok().and_then(|b| decode(&b).ok()) {
                self.add(text);
            }
        }
        self.articles.len() - before
    }

    /// The BBC set (`../shared/data/bbc/<category>/*.txt`), when present:
    /// how many articles were added, or `None` when the folder is absent.
    pub fn add_bbc(&mut self) -> Option<usize> {
        let root = shared_data().join("bbc");
        let mut categories: Vec<PathBuf> = std::fs::read_dir(&root)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        categories.sort();
        Some(categories.iter().map(|c| self.add_dir(c)).sum())
    }

    /// The POLNEAR development texts (`../shared/data/polnear-dev/text`),
    /// when present.
    pub fn add_polnear(&mut self) -> Option<usize> {
        let dir = shared_data().join("polnear-dev/text");
        dir.is_dir().then(|| self.add_dir(&dir))
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn bundled_count(&self) -> usize {
        self.bundled
    }

    pub fn article(&self, i: usize) -> &str {
        &self.articles[i]
    }

    /// A starting input from any article.
    pub fn sample(&self, rng: &mut Rng) -> String {
        self.sample_among(rng, 0..self.articles.len())
    }

    /// A starting input from one of `articles`: half the time a whole
    /// article, half the time one to four consecutive paragraphs of it.
    ///
    /// The trade-off: whole articles exercise what spans paragraphs (the
    /// standfirst and byline, pronoun chains, continued quotes, one speaker
    /// under several names), while a few paragraphs analyse several times
    /// faster and let a mutation weigh more in a smaller text.
    pub fn sample_among(&self, rng: &mut Rng, articles: Range<usize>) -> String {
        let a = articles.start + rng.below(articles.len());
        let (text, paras) = (&self.articles[a], &self.paragraphs[a]);
        if rng.one_in(2) {
            return text.clone();
        }
        let first = rng.below(paras.len());
        let last = (first + rng.below(4)).min(paras.len() - 1);
        text[paras[first].start..paras[last].end].to_string()
    }

    /// One random paragraph of any article.
    fn paragraph(&self, rng: &mut Rng) -> &str {
        let a = rng.below(self.articles.len());
        let r = rng.pick_ref(&self.paragraphs[a]);
        &self.articles[a][r.clone()]
    }
}

/// `../shared/data`, beside the repository (never copied into it).
pub fn shared_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// Byte ranges of the paragraphs of `text`: runs of non-blank lines, as the
/// loader splits them (a line of only whitespace is blank).
pub fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut end, mut at) = (None, 0, 0);
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        } else {
            start.get_or_insert(at);
            end = at + line.trim_end_matches('\n').len();
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

// ---------------------------------------------------------------------------
// Mutators
// ---------------------------------------------------------------------------

/// A mutation: a new text from `text`, with `pool` to splice from. Every one
/// cuts and inserts at character boundaries only, so its output is valid
/// UTF-8 by construction (a `String`) and what is tested is the analysis, not
/// the harness's slicing.
pub type Mutator = fn(&str, &mut Rng, &Pool) -> String;

/// Every mutator, by name (the names are what a finding's log shows).
pub const MUTATORS: &[(&str, Mutator)] = &[
    ("insert_quote_mark", insert_quote_mark),
    ("replace_quote_mark", replace_quote_mark),
    ("wrap_in_quotes", wrap_in_quotes),
    ("insert_abbreviation", insert_abbreviation),
    ("insert_dash_or_ellipsis", insert_dash_or_ellipsis),
    ("insert_multibyte", insert_multibyte),
    ("add_combining_mark", add_combining_mark),
    ("splice_paragraph", splice_paragraph),
    ("truncate_paragraph", truncate_paragraph),
    ("add_blank_lines", add_blank_lines),
    ("remove_blank_line", remove_blank_line),
    ("break_line", break_line),
    ("insert_capitalised_run", insert_capitalised_run),
    ("insert_cue", insert_cue),
    ("insert_pronoun", insert_pronoun),
    ("repeat_hazard", repeat_hazard),
    ("delete_range", delete_range),
    ("duplicate_range", duplicate_range),
];

/// Every kind of quotation mark news text uses, straight, curly, guillemets,
/// low-9, and TeX-style doubled backticks and apostrophes.
pub const QUOTE_MARKS: &[&str] = &[
    "\"", "'", "‘", "’", "“", "”", "«", "»", "„", "‹", "›", "``", "''", "`", "‚", "‛", "‟",
];

/// Opening and closing marks that belong together (wrapping with a pair
/// makes quotes the scanner should find; wrapping with two random marks,
/// half the time, makes the mismatches it must survive).
const QUOTE_PAIRS: &[(&str, &str)] = &[
    ("“", "”"),
    ("‘", "’"),
    ("\"", "\""),
    ("'", "'"),
    ("«", "»"),
    ("» ", " «"),
    ("„", "“"),
    ("‹", "›"),
    ("``", "''"),
];

/// Initials and abbreviations whose dots are not full stops (and a lone dot
/// that is one): the sentence splitter's and the name finder's hazards.
pub const ABBREVIATIONS: &[&str] = &[
    "J.K. ",
    "A.J. Smith",
    "U.N. ",
    "W.C. Fields",
    "Mr. ",
    "Mrs. ",
    "Dr.",
    "St.",
    "e.g.",
    "i.e. ",
    "No. 10",
    "Jan.",
    "U.S.-led",
    "U.K.",
    "Prof. ",
    "Gov. ",
    "Lt. Col. ",
    "a.m.",
    "Ph.D.",
    "etc.",
    "vs. ",
    "Inc.",
    ".",
    ". ",
    " .",
];

/// Dashes and ellipses, with and without the spaces around them.
pub const DASHES: &[&str] = &[
    "-", "–", "—", "...", "…", " - ", " – ", " — ", "--", ". . .", "―", "‐", "\u{2212}",
];

/// Characters that are more than one byte, or more than one char per glyph,
/// or whose case mapping changes length (`İ`, `ẞ`, `ﬁ`): the hazards of
/// code that mixes byte, char and lower-cased offsets. Also RTL and other
/// invisible format marks, and the spaces `str::trim` treats as spaces.
pub const MULTIBYTE: &[&str] = &[
    "é",
    "e\u{301}",
    "É",
    "İ",
    "ẞ",
    "ß",
    "ﬁ",
    "ǅ",
    "Σ",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "🇬🇧",
    "中文",
    "東京都知事",
    "مرحبا",
    "עברית",
    "\u{200f}",
    "\u{200e}",
    "\u{202e}",
    "\u{2067}",
    "\u{200d}",
    "\u{200b}",
    "\u{a0}",
    "\u{2009}",
    "\u{3000}",
    "\u{2028}",
    "𝐀",
    "£",
    "€",
];

/// Combining and joining marks, put after an existing character.
const COMBINING: &[&str] = &[
    "\u{301}",
    "\u{302}\u{303}",
    "\u{200d}",
    "\u{fe0f}",
    "\u{20e3}",
    "\u{327}",
    "\u{200c}",
];

/// Runs of capitalised words: titles before names, names, days, parties,
/// places: what the name finder and speaker unifier chew on.
pub const CAPITALISED: &[&str] = &[
    "Tory Foreign Secretary Jack Straw",
    "Monday",
    "Prime Minister Tony Blair",
    "Mr Blair",
    "Health Secretary Alan Milburn",
    "Chancellor Gordon Brown",
    "Sir Menzies Campbell",
    "Lord Falconer of Thoroton",
    "Ms Hewitt",
    "Dr Liam Fox",
    "the Home Office",
    "Downing Street",
    "Labour",
    "The Conservatives",
    "NHS",
    "BBC",
    "Jean-Claude Juncker",
    "O'Brien",
    "McDonald",
    "de Villepin",
    "Charles Kennedy MP",
    "A Home Office spokesman",
];

/// Speech cues, in the forms and places they occur, and some they should not.
pub const CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "added:",
    "insisted that",
    "he said.",
    ", said Mr Blair.",
    "said:",
    "told the BBC:",
    "warned",
    "claimed",
    ", she added.",
    "said that",
    "told reporters",
    "according to a spokesman,",
    ":",
    "asked:",
    "\" he said. \"",
    "said the Prime Minister.",
    "said Mr",
    "told The Times that",
];

pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "He", "She", "They", "it", "his", "her", "him", "we", "I",
];

/// `text` with `s` inserted at byte `at` (a char boundary).
fn insert(text: &str, at: usize, s: &str) -> String {
    let mut out = String::with_capacity(text.len() + s.len());
    out.push_str(&text[..at]);
    out.push_str(s);
    out.push_str(&text[at..]);
    out
}

/// `text` with bytes `range` (char boundaries) replaced by `s`.
fn replace(text: &str, range: Range<usize>, s: &str) -> String {
    let mut out = String::with_capacity(text.len() + s.len());
    out.push_str(&text[..range.start]);
    out.push_str(s);
    out.push_str(&text[range.end..]);
    out
}

/// The greatest char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte `n` characters after `at` (or the end).
fn chars_after(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

/// A char boundary in `text`: half the time anywhere, half the time at the
/// next word's edge (the start of a word, or just before punctuation),
/// because that is where real text puts marks and words, and where the
/// tokeniser decides most.
fn position(text: &str, rng: &mut Rng) -> usize {
    let i = floor_boundary(text, rng.below(text.len() + 1));
    if rng.one_in(2) {
        return i;
    }
    let edge = text[i..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || (c.is_ascii_punctuation() && c != '-' && c != '\''));
    match edge {
        Some((j, c)) if c.is_whitespace() => i + j + c.len_utf8(),
        Some((j, _)) => i + j,
        None => text.len(),
    }
}

/// `s`, sometimes with a space before or after (or both), so that an insert
/// lands both glued to a word and standing alone.
fn spaced(s: &str, rng: &mut Rng) -> String {
    let before = if rng.one_in(2) { " " } else { "" };
    let after = if rng.one_in(2) { " " } else { "" };
    format!("{before}{s}{after}")
}

fn insert_quote_mark(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    insert(text, at, rng.pick(QUOTE_MARKS))
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '‘'
            | '’'
            | '“'
            | '”'
            | '«'
            | '»'
            | '„'
            | '‹'
            | '›'
            | '‚'
            | '‛'
            | '‟'
    )
}

/// Turn one quote mark of the text into another kind (so an opening curly
/// quote can be closed by a straight one, or an apostrophe become a quote);
/// inserts one when the text has none.
fn replace_quote_mark(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    let marks: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| is_quote_mark(c))
        .collect();
    if marks.is_empty() {
        return insert_quote_mark(text, rng, pool);
    }
    let (at, old) = rng.pick(&marks);
    let old_len = old.len_utf8();
    let new = loop {
        let m = rng.pick(QUOTE_MARKS);
        if m != &text[at..at + old_len] {
            break m;
        }
    };
    replace(text, at..at + old_len, new)
}

/// Put a span of one to a few dozen words between quote marks, a matching
/// pair or (half the time) two random marks.
fn wrap_in_quotes(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let start = position(text, rng);
    let mut end = start;
    for _ in 0..rng.size(40) {
        let rest = &text[end..];
        end += rest.len() - rest.trim_start().len();
        match text[end..].find(char::is_whitespace) {
            Some(j) => end += j,
            None => {
                end = text.len();
                break;
            }
        }
    }
    let (open, close) = if rng.one_in(2) {
        rng.pick(QUOTE_PAIRS)
    } else {
        (rng.pick(QUOTE_MARKS), rng.pick(QUOTE_MARKS))
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..start]);
    out.push_str(open);
    out.push_str(&text[start..end]);
    out.push_str(close);
    out.push_str(&text[end..]);
    out
}

fn insert_abbreviation(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    let s = spaced(rng.pick(ABBREVIATIONS), rng);
    insert(text, at, &s)
}

fn insert_dash_or_ellipsis(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    insert(text, at, rng.pick(DASHES))
}

fn insert_multibyte(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    let s = rng.pick(MULTIBYTE);
    // Sometimes in place of a character rather than beside it.
    if rng.one_in(3) && at < text.len() {
        let end = chars_after(text, at, 1);
        return replace(text, at..end, s);
    }
    insert(text, at, s)
}

/// A combining or joining mark right after a character (or at the very
/// start, where it combines with nothing).
fn add_combining_mark(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = floor_boundary(text, rng.below(text.len() + 1));
    let after = chars_after(text, at, 1);
    insert(text, after, rng.pick(COMBINING))
}

/// A paragraph of another article, as a paragraph of its own (blank lines
/// around it) or glued into the middle of one, where its capitalised start
/// and its quotes meet text they were never written beside.
fn splice_paragraph(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    let para = pool.paragraph(rng);
    if rng.one_in(2) {
        let at = position(text, rng);
        return insert(text, at, para);
    }
    let ranges = paragraph_ranges(text);
    let at = if ranges.is_empty() {
        0
    } else {
        let k = rng.below(ranges.len() + 1);
        if k == ranges.len() {
            text.len()
        } else {
            ranges[k].start
        }
    };
    insert(text, at, &format!("\n\n{para}\n\n"))
}

/// Cut one paragraph short at a random character, as a sloppy scrape or a
/// length limit would: quotes left open, a sentence without its cue.
fn truncate_paragraph(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    let ranges = paragraph_ranges(text);
    if ranges.is_empty() {
        return delete_range(text, rng, pool);
    }
    let r = rng.pick_ref(&ranges).clone();
    let cut = floor_boundary(text, r.start + rng.below(r.len()));
    replace(text, cut..r.end, "")
}

/// More blank lines between paragraphs (or a new paragraph break, when
/// there is none), also lines of nothing but spaces.
fn add_blank_lines(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let gaps: Vec<usize> = text.match_indices("\n\n").map(|(i, _)| i).collect();
    let extra = rng.pick(&["\n", "\n\n", "\n \n", "\n\u{a0}\n", "\n\n\n\n"]);
    if gaps.is_empty() || rng.one_in(4) {
        let at = position(text, rng);
        return insert(text, at, &format!("\n{extra}"));
    }
    insert(text, rng.pick(&gaps), extra)
}

/// Join two paragraphs: their separating blank lines become one newline (a
/// hard wrap), a space, or nothing at all (`…Confederation.Tash Shifrin
/// reports`). With one paragraph, a newline is removed instead, or added.
fn remove_blank_line(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    let ranges = paragraph_ranges(text);
    if ranges.len() < 2 {
        return match text.find('\n') {
            Some(i) => replace(text, i..i + 1, ""),
            None => break_line(text, rng, pool),
        };
    }
    let k = rng.below(ranges.len() - 1);
    let gap = ranges[k].end..ranges[k + 1].start;
    let with = rng.pick(&["\n", " ", ""]);
    replace(text, gap, with)
}

/// A single newline inside a paragraph (a hard-wrapped line, which the
/// loader joins with a space), sometimes with trailing spaces.
fn break_line(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    insert(text, at, rng.pick(&["\n", " \n", "\n ", "\n  "]))
}

/// A run of capitalised words: a known title-and-name run, or one to seven
/// random `[A-Z][a-z]+` words (sometimes all capitals, an acronym run).
fn insert_capitalised_run(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    let run = if rng.one_in(2) {
        rng.pick(CAPITALISED).to_string()
    } else {
        let words = rng.between(1, 7);
        let all_caps = rng.one_in(5);
        (0..words)
            .map(|_| {
                let len = rng.between(1, 10);
                (0..len)
                    .map(|i| {
                        let c = (b'a' + rng.below(26) as u8) as char;
                        if i == 0 || all_caps {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let s = spaced(&run, rng);
    insert(text, at, &s)
}

fn insert_cue(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    let s = spaced(rng.pick(CUES), rng);
    insert(text, at, &s)
}

fn insert_pronoun(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let at = position(text, rng);
    let s = spaced(rng.pick(PRONOUNS), rng);
    insert(text, at, &s)
}

/// One hazard (a quote mark, dash, abbreviation, cue, combining mark…)
/// repeated 2 to 64 times: the runs that break scanners which look one or
/// two characters ahead, and the inputs that expose quadratic loops.
fn repeat_hazard(text: &str, rng: &mut Rng, _: &Pool) -> String {
    let lists: [&[&str]; 7] = [
        QUOTE_MARKS,
        DASHES,
        ABBREVIATIONS,
        CUES,
        COMBINING,
        MULTIBYTE,
        PRONOUNS,
    ];
    let list = rng.pick(&lists);
    let unit = spaced(rng.pick(list), rng);
    let at = position(text, rng);
    insert(text, at, &unit.repeat(rng.between(2, 64)))
}

/// Delete a range of characters: a few, a few dozen, or up to the whole
/// text. On an empty text, insert something instead (so a mutator always
/// changes its input when it can).
fn delete_range(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    if text.is_empty() {
        return insert_quote_mark(text, rng, pool);
    }
    let n = text.chars().count();
    let start = floor_boundary(text, rng.below(text.len()));
    let end = chars_after(text, start, rng.size(n));
    replace(text, start..end, "")
}

/// Copy a range of characters somewhere else in the text: repeated names,
/// quotes and cues, as in a text pasted twice.
fn duplicate_range(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    if text.is_empty() {
        return splice_paragraph(text, rng, pool);
    }
    let n = text.chars().count();
    let start = floor_boundary(text, rng.below(text.len()));
    let end = chars_after(text, start, rng.size(n.min(2000)));
    let piece = text[start..end].to_string();
    let at = position(text, rng);
    insert(text, at, &piece)
}

/// Apply 1 to 8 random mutators, in turn.
pub fn mutate(text: &str, rng: &mut Rng, pool: &Pool) -> String {
    mutate_logged(text, rng, pool, &mut Vec::new())
}

/// [`mutate`], pushing the name of each mutator applied onto `applied`.
pub fn mutate_logged(
    text: &str,
    rng: &mut Rng,
    pool: &Pool,
    applied: &mut Vec<&'static str>,
) -> String {
    let mut out = text.to_string();
    for _ in 0..rng.between(1, 8) {
        let (name, m) = rng.pick(MUTATORS);
        out = m(&out, rng, pool);
        applied.push(name);
    }
    out
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

/// What went wrong on one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Names the bug, not the input: the kind and the panic's place
    /// (`panic at src/…/marks.rs:120:9`) or the span check's fixed phrase.
    /// The minimiser keeps an input only while it fails with the same
    /// signature, so that it does not slide from one bug to another; the
    /// long run writes one finding per signature.
    pub signature: String,
    /// Everything known: the panic message or the warning, and the details.
    pub message: String,
    /// The panic's backtrace, when asked for (see [`check_with`]).
    pub backtrace: Option<String>,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.signature, self.message)
    }
}

/// The one-document analysis every check runs: attribution, theme, the
/// model, with the articles made (`into_corpus`) so that article themes and
/// mentions are checked too. Returns the warnings and the corpus.
pub fn analyse_one(docs: Vec<Document>) -> (Vec<String>, Corpus) {
    let lexicon = Lexicon::bundled();
    let mut analysed = analyse_parts(docs, &lexicon, None);
    let warnings = std::mem::take(&mut analysed.warnings);
    (warnings, analysed.into_corpus())
}

/// Analyse `text` as one article; `Err` describes the failure: a panic
/// caught by attribution's guard (reported as a warning), a panic escaping
/// anywhere, or a span out of bounds.
pub fn check(text: &str) -> Result<(), String> {
    check_failure(text).map_err(|f| f.to_string())
}

/// [`check`], with the failure's parts kept apart.
pub fn check_failure(text: &str) -> Result<(), Failure> {
    check_with(text, false, analyse_one)
}

/// [`check_failure`], also capturing the backtrace of a panic (costly; for
/// reporting a finding once it is minimised).
pub fn check_with_backtrace(text: &str) -> Result<(), Failure> {
    check_with(text, true, analyse_one)
}

/// The checking machinery around any analysis `run` of the document made
/// from `text`, so that tests can prove it catches each kind of failure
/// (`run` panics, warns, or returns a bad corpus) without a bug in `src/`.
pub fn check_with(
    text: &str,
    backtrace: bool,
    run: impl FnOnce(Vec<Document>) -> (Vec<String>, Corpus) + Send,
) -> Result<(), Failure> {
    install_hook();
    on_own_pool(move || {
        CHECKING.set(true);
        WANT_BACKTRACE.set(backtrace);
        PANICKED.take();
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            // The loader's last step before `document_from_text`, so that
            // only text a file could produce is analysed.
            let text = normalise(text);
            let mut docs = vec![document_from_text("fuzz.txt", &text, Meta::default())];
            assign_ids(&mut docs);
            run(docs)
        }));
        CHECKING.set(false);
        let seen = PANICKED.take();
        match result {
            Err(payload) => {
                let (place, message, backtrace) = seen.unwrap_or_else(|| {
                    (
                        "an unknown place".into(),
                        payload_text(payload.as_ref()),
                        None,
                    )
                });
                Err(Failure {
                    signature: format!("panic at {place}"),
                    message,
                    backtrace,
                })
            }
            Ok((warnings, corpus)) => {
                if let Some(warning) = warnings.first() {
                    // Attribution's guard caught a panic: its warning names
                    // the place only when the guard's hook saw it; this
                    // module's hook always does.
                    let (place, message, backtrace) = match seen {
                        Some((place, message, bt)) => (place, message, bt),
                        None => (
                            guarded_place(warning).unwrap_or_else(|| "an unknown place".into()),
                            String::new(),
                            None,
                        ),
                    };
                    return Err(Failure {
                        signature: format!("guarded panic at {place}"),
                        message: format!("{message} (warning: {warning})"),
                        backtrace,
                    });
                }
                check_spans(&corpus).map_err(|e| {
                    let phrase = e.split(": ").next().unwrap_or(&e).to_string();
                    Failure {
                        signature: format!("bad span: {phrase}"),
                        message: e,
                        backtrace: None,
                    }
                })
            }
        }
    })
}

/// The place in a guard warning, `…(internal error at src/x.rs:12: why)…`.
fn guarded_place(warning: &str) -> Option<String> {
    let rest = &warning[warning.find("internal error at ")? + "internal error at ".len()..];
    Some(rest.split(": ").next().unwrap_or(rest).to_string())
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with no message".to_string())
}

thread_local! {
    /// Set while this thread runs a check.
    static CHECKING: Cell<bool> = const { Cell::new(false) };
    /// Whether the check wants a backtrace of a panic.
    static WANT_BACKTRACE: Cell<bool> = const { Cell::new(false) };
    /// The last panic in a check on this thread: place, message, backtrace.
    static PANICKED: RefCell<Option<(String, String, Option<String>)>> =
        const { RefCell::new(None) };
    /// This thread's one-thread rayon pool (see [`on_own_pool`]).
    static POOL: rayon::ThreadPool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread rayon pool");
}

static HOOK: Once = Once::new();

/// Install the fuzzer's panic hook, once, outside attribution's.
///
/// The guard installs its hook on its first use and hands on panics it does
/// not own to the hook it replaced. Forcing that first (one tiny analysis)
/// and then installing this hook over it makes the order fixed: this hook
/// sees every panic first. During a check it records the panic and stays
/// quiet (thousands of panics while minimising would flood the terminal);
/// otherwise it hands the panic to the guard's hook, which behaves as usual.
pub fn install_hook() {
    HOOK.call_once(|| {
        let _ = analyse_one(vec![document_from_text("x.txt", "x", Meta::default())]);
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CHECKING.get() {
                return previous(info);
            }
            let place = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_else(|| "an unknown place".into());
            let backtrace = WANT_BACKTRACE
                .get()
                .then(|| std::backtrace::Backtrace::force_capture().to_string());
            PANICKED.set(Some((place, payload_text(info.payload()), backtrace)));
        }));
    });
}

/// Run `f` on this thread's one-thread rayon pool, so that the analysis's
/// parallel iterators (and any panic in them) stay on one thread: the
/// thread whose panic record [`check_with`] reads. Handing work to the pool
/// costs a few microseconds per check, nothing beside an analysis.
fn on_own_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    POOL.with(|pool| pool.install(f))
}

// ---------------------------------------------------------------------------
// Minimising
// ---------------------------------------------------------------------------

/// How many times [`minimise`] may call its predicate: enough to bring a
/// 20 kB article down to a line, few enough to stop within a minute or so
/// when each call is a full analysis.
pub const MINIMISE_BUDGET: usize = 20_000;

/// The shortest text found that still `failing`: delta debugging over ever
/// smaller units (paragraphs, then sentence pieces, then words, then single
/// characters), repeated until a whole round removes nothing.
///
/// At each level, chunks of half the units are tried for removal, then
/// quarters, and so on to single units (ddmin's complement step, without its
/// subset step, which rarely helps on text). `failing(text)` must hold to
/// begin with, or `text` comes back unchanged. The predicate should test for
/// *the same* failure (see [`Failure::signature`]): "fails somehow" lets the
/// reduction drift to an unrelated, easier bug.
pub fn minimise(text: &str, failing: impl FnMut(&str) -> bool) -> String {
    minimise_within(text, failing, MINIMISE_BUDGET)
}

/// [`minimise`] with at most `budget` calls of the predicate.
pub fn minimise_within(text: &str, mut failing: impl FnMut(&str) -> bool, budget: usize) -> String {
    let mut calls = 1;
    if !failing(text) {
        return text.to_string();
    }
    let mut best = text.to_string();
    loop {
        let before = best.len();
        for level in [
            Level::Paragraphs,
            Level::Sentences,
            Level::Words,
            Level::Chars,
        ] {
            best = reduce(&best, level, &mut failing, &mut calls, budget);
        }
        if best.len() == before || calls >= budget {
            return best;
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Paragraphs,
    Sentences,
    Words,
    Chars,
}

/// `text` cut into units at `level`, each keeping its separator, so that
/// the units concatenated are `text` again.
fn units(text: &str, level: Level) -> Vec<&str> {
    match level {
        Level::Paragraphs => text.split_inclusive("\n\n").collect(),
        Level::Sentences => text
            .split_inclusive(['.', '!', '?', '…', '\n', ':', ';'])
            .collect(),
        Level::Words => text.split_inclusive(char::is_whitespace).collect(),
        Level::Chars => text
            .char_indices()
            .map(|(i, c)| &text[i..i + c.len_utf8()])
            .collect(),
    }
}

/// One level of [`minimise`]: remove chunks of units while the text still
/// fails, halving the chunk size down to one unit.
fn reduce(
    text: &str,
    level: Level,
    failing: &mut impl FnMut(&str) -> bool,
    calls: &mut usize,
    budget: usize,
) -> String {
    let mut units: Vec<String> = units(text, level).into_iter().map(String::from).collect();
    let mut chunk = units.len().div_ceil(2).max(1);
    loop {
        let mut i = 0;
        while i < units.len() {
            if *calls >= budget {
                return units.concat();
            }
            let end = (i + chunk).min(units.len());
            let candidate: String = units[..i]
                .iter()
                .chain(&units[end..])
                .map(String::as_str)
                .collect();
            *calls += 1;
            if failing(&candidate) {
                units.drain(i..end);
            } else {
                i += chunk;
            }
        }
        if chunk == 1 {
            return units.concat();
        }
        chunk = chunk.div_ceil(2);
    }
}
