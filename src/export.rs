//! The analysed corpus written out: JSON (the model as is) or CSV (one row per
//! quote). Files are written atomically: to a temporary file beside the target,
//! flushed, then renamed over it, so a crash or a full disk never leaves a
//! half-written file where a good one was.

use crate::analysis::attribution::FoundQuotes;
use crate::analysis::theme::PeriodBuilder;
use crate::analysis::Analysed;
use crate::atomic::{io_error, write_atomic};
use crate::model::{Article, Corpus, Quote, Speaker, EXPORT_VERSION};
use anyhow::Result;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};
use std::cell::RefCell;
use std::collections::HashMap;
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
        Format::Csv => {
            let articles = corpus.articles.iter().map(|a| {
                (
                    a.id.as_str(),
                    (a.title.as_str(), a.date.as_deref(), a.date_approximate),
                )
            });
            let names = Names::new(articles, &corpus.speakers);
            quotes_csv(&corpus.quotes, &names, &mut out)?
        }
    }
    out.flush()?;
    Ok(())
}

/// [`write`] for a corpus whose articles are still to be made: byte for byte
/// the same output, but each article is scored, written and dropped in turn
/// (a batch at a time), so the articles' paragraph structures, scores and
/// mentions never all exist at once. (The text stays until written, and a
/// paragraph with a quote until the quotes are, since a quote's text is a
/// slice of it.) This is what `centreline export` runs.
pub fn write_analysed(analysed: Analysed<'_>, format: Format, out: impl Write) -> Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    match format {
        Format::Json => {
            let count = analysed.documents().len();
            let (speakers, quotes, articles) = analysed.into_articles();
            let corpus = StreamedCorpus {
                count,
                articles: RefCell::new(Some(articles)),
                periods: RefCell::default(),
                speakers: &speakers,
                quotes: QuoteStream(&quotes),
            };
            serde_json::to_writer_pretty(&mut out, &corpus)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            // Only the quotes are written: no article needs to be made.
            let articles = analysed.documents().iter().map(|d| {
                let meta = (d.title.as_str(), d.date.as_deref(), d.date_approximate);
                (d.id.as_str(), meta)
            });
            let names = Names::new(articles, &analysed.speakers);
            let quotes = &analysed.quotes;
            quotes_csv((0..quotes.len()).map(|i| quotes.quote(i)), &names, &mut out)?
        }
    }
    out.flush()?;
    Ok(())
}

/// A [`Corpus`] whose articles arrive from an iterator, serialised exactly as
/// `#[derive(Serialize)]` serialises `Corpus` (same fields, same order; a
/// test holds the two outputs equal). Periods are gathered from the articles
/// as they pass, since they come after them.
struct StreamedCorpus<'a, I> {
    count: usize,
    articles: RefCell<Option<I>>,
    periods: RefCell<PeriodBuilder>,
    speakers: &'a [Speaker],
    quotes: QuoteStream<'a>,
}

/// The model's quotes, made one at a time as they are written.
struct QuoteStream<'a>(&'a FoundQuotes);

impl Serialize for QuoteStream<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((0..self.0.len()).map(|i| self.0.quote(i)))
    }
}

impl<I: Iterator<Item = Article>> Serialize for StreamedCorpus<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut corpus = serializer.serialize_struct("Corpus", 5)?;
        corpus.serialize_field("version", &EXPORT_VERSION)?;
        corpus.serialize_field("articles", &ArticleStream(self))?;
        corpus.serialize_field("speakers", self.speakers)?;
        corpus.serialize_field("quotes", &self.quotes)?;
        corpus.serialize_field("periods", &self.periods.take().finish())?;
        corpus.end()
    }
}

struct ArticleStream<'s, 'a, I>(&'s StreamedCorpus<'a, I>);

impl<I: Iterator<Item = Article>> Serialize for ArticleStream<'_, '_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let articles = self.0.articles.take();
        let count = if articles.is_some() { self.0.count } else { 0 };
        let mut seq = serializer.serialize_seq(Some(count))?;
        for article in articles.into_iter().flatten() {
            seq.serialize_element(&article)?;
            self.0.periods.borrow_mut().add(&article);
        }
        seq.end()
    }
}

/// Serialise the corpus in `format` into memory.
pub fn render(corpus: &Corpus, format: Format) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    write(corpus, format, &mut buf)?;
    Ok(buf)
}

/// CSV columns, one row per quote.
pub const CSV_HEADER: [&str; 17] = [
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
    "rule",
];

/// Title, date and whether the date is approximate.
type ArticleMeta<'a> = (&'a str, Option<&'a str>, bool);

/// What a quote's CSV row says of its article and speaker, by id (looked up
/// once per quote, so a corpus of 100,000 quotes is not searched per row).
struct Names<'a> {
    articles: HashMap<&'a str, ArticleMeta<'a>>,
    speakers: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(
        articles: impl Iterator<Item = (&'a str, ArticleMeta<'a>)>,
        speakers: &'a [Speaker],
    ) -> Names<'a> {
        Names {
            // The first article of an id wins, as `Corpus::article` finds it.
            articles: articles.fold(HashMap::new(), |mut map, (id, meta)| {
                map.entry(id).or_insert(meta);
                map
            }),
            speakers: speakers
                .iter()
                .map(|s| (s.id.as_str(), s.name.as_str()))
                .collect(),
        }
    }
}

fn quotes_csv(
    quotes: impl IntoIterator<Item = impl std::borrow::Borrow<Quote>>,
    names: &Names<'_>,
    out: impl Write,
) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for q in quotes {
        w.write_record(csv_row(names, q.borrow()))?;
    }
    w.flush()?;
    Ok(())
}

fn csv_row(names: &Names<'_>, q: &Quote) -> Vec<String> {
    let article = names.articles.get(q.article.as_str());
    let speaker_name = q
        .speaker
        .as_deref()
        .and_then(|id| names.speakers.get(id))
        .map(|s| s.to_string())
        .unwrap_or_default();
    vec![
        q.id.to_string(),
        q.article.to_string(),
        article.map(|a| a.0.to_string()).unwrap_or_default(),
        article.and_then(|a| a.1).unwrap_or_default().to_string(),
        article.is_some_and(|a| a.2).to_string(),
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
    .chain([q.text.to_string(), q.rule.to_string()])
    .collect()
}

/// Write the export to `path` atomically: into a temporary file in the same
/// folder, synced, then renamed over `path`. A path that is not a regular file
/// (`/dev/null`, a named pipe) is written directly: renaming over it would
/// replace the device.
pub fn write_file(path: &Path, fill: impl FnOnce(&mut std::fs::File) -> Result<()>) -> Result<()> {
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if special {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| io_error(path, &e))?;
        return fill(&mut f);
    }
    write_atomic(path, fill)
}
