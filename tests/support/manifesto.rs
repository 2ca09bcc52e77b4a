//! The manifesto check, shared by `examples/manifesto.rs` and
//! `tests/theme_manifesto.rs`: do UK manifesto sentences coded 301
//! (decentralisation) read local-leaning far more often than other sentences?

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use std::path::{Path, PathBuf};

/// The Manifesto Project code for decentralisation.
pub const DECENTRALISATION: &str = "301";

/// `../shared/data/manifesto-uk` next to the repository, if present.
pub fn data_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/manifesto-uk");
    dir.is_dir().then_some(dir)
}

#[derive(Debug, Default, Clone)]
pub struct Outcome {
    pub files: usize,
    /// Sentences coded 301, and how many read local-leaning (lean > 0).
    pub coded_301: usize,
    pub coded_301_local: usize,
    /// Every other coded sentence (headings, coded `NA`, are left out).
    pub other: usize,
    pub other_local: usize,
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
        let mut reader = csv::Reader::from_path(&file)?;
        let headers = reader.headers()?.clone();
        let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.trim()));
        // One file names its text column `content`.
        let (Some(text_col), Some(code_col)) =
            (column(&["text", "content"]), column(&["cmp_code"]))
        else {
            anyhow::bail!("{}: no text/content and cmp_code columns", file.display());
        };
        out.files += 1;
        for record in reader.records() {
            let record = record?;
            let (Some(text), Some(code)) = (record.get(text_col), record.get(code_col)) else {
                continue;
            };
            let code = code.trim();
            if code.is_empty() || code == "NA" {
                continue;
            }
            out.bytes += text.len();
            let local = score(lexicon, text).lean > 0.0;
            if code == DECENTRALISATION {
                out.coded_301 += 1;
                out.coded_301_local += usize::from(local);
            } else {
                out.other += 1;
                out.other_local += usize::from(local);
            }
        }
    }
    Ok(out)
}
