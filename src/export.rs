//! The analysed corpus written out: JSON (the model as is) or CSV (one row per
//! quote). Files are written atomically: to a temporary file beside the target,
//! flushed, then renamed over it, so a crash or a full disk never leaves a
//! half-written file where a good one was.

use crate::model::{Corpus, Quote};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Json,
    Csv,
}

/// Serialise the corpus in `format`.
pub fn render(corpus: &Corpus, format: Format) -> Result<Vec<u8>> {
    match format {
        Format::Json => {
            let mut out = serde_json::to_vec_pretty(corpus)?;
            out.push(b'\n');
            Ok(out)
        }
        Format::Csv => quotes_csv(corpus),
    }
}

/// CSV columns, one row per quote.
pub const CSV_HEADER: [&str; 15] = [
    "quote_id", "article", "article_title", "date", "paragraph", "start", "end", "kind", "speaker",
    "speaker_name", "cue", "lean", "central", "local", "text",
];

fn quotes_csv(corpus: &Corpus) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    for q in &corpus.quotes {
        w.write_record(csv_row(corpus, q))?;
    }
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(bytes)
}

fn csv_row(corpus: &Corpus, q: &Quote) -> Vec<String> {
    let article = corpus.article(&q.article);
    let speaker_name = q
        .speaker
        .as_deref()
        .and_then(|id| corpus.speaker(id))
        .map(|s| s.name.clone())
        .unwrap_or_default();
    vec![
        q.id.clone(),
        q.article.clone(),
        article.map(|a| a.title.clone()).unwrap_or_default(),
        article.and_then(|a| a.date.clone()).unwrap_or_default(),
        q.paragraph.to_string(),
        q.start.to_string(),
        q.end.to_string(),
        format!("{:?}", q.kind).to_lowercase(),
        q.speaker.clone().unwrap_or_default(),
        speaker_name,
        q.cue.clone().unwrap_or_default(),
        format!("{:.3}", q.theme.lean),
        format!("{:.3}", q.theme.central),
        format!("{:.3}", q.theme.local),
    ]
    .into_iter()
    .chain(std::iter::once(q.text.clone()))
    .collect()
}

/// Write `bytes` to `path` atomically (temp file in the same folder, fsync, rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("'{}' is not a file name", path.display()))?;
    let tmp = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(anyhow::anyhow!(
            "cannot write '{}': {}",
            path.display(),
            crate::corpus::load::plain_io_error(&e)
        ));
    }
    Ok(())
}
