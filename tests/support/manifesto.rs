//! The manifesto checks, shared by `examples/manifesto.rs` and
//! `tests/theme_manifesto.rs`: do manifesto sentences coded 301
//! (decentralisation) read local-leaning far more often than other sentences,
//! and do those coded 302 (centralisation) read central?
//!
//! Two sets, both outside the repository (never copied in):
//! - `../shared/data/manifesto-uk`: 15 UK manifestos, one CSV each;
//! - `../shared/data/manifesto-multi/sentences.csv`: English sentences from
//!   several countries, shuffled, with no country or manifesto column.
//!
//! # The hold-out split of manifesto-multi
//! The file names neither country nor manifesto, so neither can be held out
//! as a whole. The split is by sentence: a sentence is in the **tuning** part
//! when the FNV-1a hash of its text is even, else in the **untouched** part
//! (see [`part_of`]). Only the tuning part's misses were read while the
//! lexicon was changed; the untouched part is only ever counted. Sentences of
//! one manifesto fall on both sides, so the untouched figure is an optimistic
//! guide to text from a country never seen — `manifesto-uk`, counted but not
//! read for misses, is the second check.

#![allow(dead_code)]

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use std::path::{Path, PathBuf};

/// The Manifesto Project code for decentralisation.
pub const DECENTRALISATION: &str = "301";
/// The Manifesto Project code for centralisation.
pub const CENTRALISATION: &str = "302";
/// A sentence reads local when its lean is above this, central below minus it.
pub const READS: f64 = 0.2;

/// `../shared/data/manifesto-uk` next to the repository, if present.
pub fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/manifesto-uk");
    dir.is_dir().then_some(dir)
}

/// `../shared/data/manifesto-multi/sentences.csv`, if present.
pub fn multi_file() -> Option<PathBuf> {
    let f =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/manifesto-multi/sentences.csv");
    f.is_file().then_some(f)
}

/// Which part of manifesto-multi a sentence is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Tuning,
    Untouched,
}

/// FNV-1a (64-bit) of the sentence's bytes: even → tuning, odd → untouched.
pub fn part_of(text: &str) -> Part {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    if h.is_multiple_of(2) {
        Part::Tuning
    } else {
        Part::Untouched
    }
}

#[derive(Debug, Default, Clone)]
pub struct Outcome {
    pub files: usize,
    /// Sentences coded 301, and how many read local (lean > [`READS`]).
    pub coded_301: usize,
    pub coded_301_local: usize,
    /// The same with lean > 0 (the first harness's measure).
    pub coded_301_any_local: usize,
    /// Sentences coded 302, and how many read central (lean < -[`READS`]).
    pub coded_302: usize,
    pub coded_302_central: usize,
    /// Every other coded sentence (headings, coded `NA`, are left out).
    pub other: usize,
    pub other_local: usize,
    pub other_any_local: usize,
    /// Bytes of sentence text scored.
    pub bytes: usize,
}

impl Outcome {
    pub fn recall(&self) -> f64 {
        self.coded_301_local as f64 / self.coded_301.max(1) as f64
    }
    pub fn other_rate(&self) -> f64 {
        self.other_local as f64 / self.other.max(1) as f64
    }
    /// How many times more often a 301 sentence reads local than another one.
    pub fn ratio(&self) -> f64 {
        self.recall() / self.other_rate().max(f64::MIN_POSITIVE)
    }
    /// 301 recall and lift with lean > 0.
    pub fn any_recall(&self) -> f64 {
        self.coded_301_any_local as f64 / self.coded_301.max(1) as f64
    }
    pub fn any_ratio(&self) -> f64 {
        let other = self.other_any_local as f64 / self.other.max(1) as f64;
        self.any_recall() / other.max(f64::MIN_POSITIVE)
    }
    pub fn central_recall(&self) -> f64 {
        self.coded_302_central as f64 / self.coded_302.max(1) as f64
    }

    /// Count one coded sentence.
    pub fn add(&mut self, lexicon: &Lexicon, text: &str, code: &str) {
        self.bytes += text.len();
        let lean = score(lexicon, text).lean;
        let (local, any_local) = (lean > READS, lean > 0.0);
        if code == DECENTRALISATION {
            self.coded_301 += 1;
            self.coded_301_local += usize::from(local);
            self.coded_301_any_local += usize::from(any_local);
        } else {
            if code == CENTRALISATION {
                self.coded_302 += 1;
                self.coded_302_central += usize::from(lean < -READS);
            }
            self.other += 1;
            self.other_local += usize::from(local);
            self.other_any_local += usize::from(any_local);
        }
    }

    /// One line of figures.
    pub fn line(&self) -> String {
        format!(
            "301 local (lean > {READS}) {}/{} = {:.1}%, others {}/{} = {:.2}%, lift {:.1}x; \
             302 central {}/{} = {:.1}%; with lean > 0: 301 {:.1}%, lift {:.1}x",
            self.coded_301_local,
            self.coded_301,
            100.0 * self.recall(),
            self.other_local,
            self.other,
            100.0 * self.other_rate(),
            self.ratio(),
            self.coded_302_central,
            self.coded_302,
            100.0 * self.central_recall(),
            100.0 * self.any_recall(),
            self.any_ratio(),
        )
    }
}

/// The coded sentences of a CSV (text, code), headings (`NA`) left out.
pub fn sentences(file: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut reader = csv::Reader::from_path(file)?;
    let headers = reader.headers()?.clone();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.trim()));
    // One file names its text column `content`.
    let (Some(text_col), Some(code_col)) = (column(&["text", "content"]), column(&["cmp_code"]))
    else {
        anyhow::bail!("{}: no text/content and cmp_code columns", file.display());
    };
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record?;
        let (Some(text), Some(code)) = (record.get(text_col), record.get(code_col)) else {
            continue;
        };
        let code = code.trim();
        if code.is_empty() || code == "NA" {
            continue;
        }
        out.push((text.to_string(), code.to_string()));
    }
    Ok(out)
}

/// Score every coded sentence of every `*.csv` in `dir` (except the codebook,
/// `manifesto_codes.csv`).
pub fn run(dir: &Path, lexicon: &Lexicon) -> anyhow::Result<Outcome> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .filter(|p| p.file_name().is_some_and(|n| n != "manifesto_codes.csv"))
        .collect();
    files.sort();
    let mut out = Outcome::default();
    for file in files {
        out.files += 1;
        for (text, code) in sentences(&file)? {
            out.add(lexicon, &text, &code);
        }
    }
    Ok(out)
}

/// Score manifesto-multi: (tuning part, untouched part).
pub fn run_multi(file: &Path, lexicon: &Lexicon) -> anyhow::Result<(Outcome, Outcome)> {
    let mut tuning = Outcome {
        files: 1,
        ..Outcome::default()
    };
    let mut untouched = tuning.clone();
    for (text, code) in sentences(file)? {
        match part_of(&text) {
            Part::Tuning => tuning.add(lexicon, &text, &code),
            Part::Untouched => untouched.add(lexicon, &text, &code),
        }
    }
    Ok((tuning, untouched))
}
