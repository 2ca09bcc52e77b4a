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

/// Serialise the corpus in `format` to `out`, streaming: the export of a large
/// corpus never needs a second copy of it in memory.
pub fn write(corpus: &Corpus, format: Format, out: impl Write) -> Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, corpus)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => quotes_csv(corpus, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

/// Serialise the corpus in `format` into memory.
pub fn render(corpus: &Corpus, format: Format) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    write(corpus, format, &mut buf)?;
    Ok(buf)
}

/// CSV columns, one row per quote.
pub const CSV_HEADER: [&str; 16] = [
    "quote_id",
    "article",
    "article_title",
    "date",
    "date_approximate",
    "paragraph",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_name",
    "cue",
    "lean",
    "central",
    "local",
    "text",
];

fn quotes_csv(corpus: &Corpus, out: impl Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for q in &corpus.quotes {
        w.write_record(csv_row(corpus, q))?;
    }
    w.flush()?;
    Ok(())
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
        q.id.to_string(),
        q.article.to_string(),
        article.map(|a| a.title.clone()).unwrap_or_default(),
        article.and_then(|a| a.date.clone()).unwrap_or_default(),
        article.is_some_and(|a| a.date_approximate).to_string(),
        q.paragraph.to_string(),
        q.start.to_string(),
        q.end.to_string(),
        format!("{:?}", q.kind).to_lowercase(),
        q.speaker.as_deref().unwrap_or_default().to_string(),
        speaker_name,
        q.cue.as_deref().unwrap_or_default().to_string(),
        format!("{:.3}", q.theme.lean),
        format!("{:.3}", q.theme.central),
        format!("{:.3}", q.theme.local),
    ]
    .into_iter()
    .chain(std::iter::once(q.text.to_string()))
    .collect()
}

/// Write the export to `path` atomically: into a temporary file in the same
/// folder, synced, then renamed over `path`. A path that is not a regular file
/// (`/dev/null`, a named pipe) is written directly: renaming over it would
/// replace the device.
pub fn write_file(corpus: &Corpus, format: Format, path: &Path) -> Result<()> {
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if special {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| io_error(path, &e))?;
        return write(corpus, format, f);
    }
    write_atomic(path, |f| write(corpus, format, f))
}

/// Create `path` atomically with `fill` writing its contents.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    if path.is_dir() {
        anyhow::bail!("cannot write '{}': it is a folder", path.display());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("'{}' is not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> Result<()> {
        let mut f = std::fs::File::create(&tmp).map_err(|e| io_error(path, &e))?;
        fill(&mut f)?;
        f.sync_all().map_err(|e| io_error(path, &e))?;
        std::fs::rename(&tmp, path).map_err(|e| io_error(path, &e))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn io_error(path: &Path, e: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot write '{}': {}",
        path.display(),
        crate::corpus::load::plain_io_error(e)
    )
}
