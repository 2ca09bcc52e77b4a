//! Writing a build into `cache.db`, in one transaction, on a thread of its
//! own.
//!
//! The paragraph index (FTS5) is the costliest part of the write, and it
//! needs only the paragraphs' text, which is final once the files are
//! loaded. So [`IndexBuild::start`] opens a connection of its own on a
//! thread, begins the transaction, empties the cache and indexes every
//! paragraph while the articles are being analysed. [`write_cache`] then
//! encodes the files' rows, the articles and the model (in parallel) and
//! hands them to that thread, which adds them to the same transaction and
//! commits, while the caller goes on (to write an export, say): the
//! [`PendingWrite`] it returns says when the cache is written. A build that
//! fails, or is killed, in between leaves the previous cache: the
//! transaction is rolled back.

use super::{article_parts, Corpus, FileWrite, Key, BUSY_TIMEOUT, SCHEMA_VERSION};
use crate::corpus::Document;
use crate::model::SharedStr;
use crate::store::codec::encode;
use crate::store::db::{empty_paragraph_index, APPLICATION_ID};
use anyhow::Result;
use rayon::prelude::*;
use rusqlite::{params, Connection};
use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;

/// Articles serialised at a time while writing the cache.
const WRITE_BATCH: usize = 512;

/// Quotes kept in one row of the `quotes` table.
pub(super) const QUOTES_PER_ROW: usize = 512;

/// The build's write on its own thread: the paragraph index first, inside
/// the build's open transaction, then whatever [`write_cache`] sends.
pub(super) struct IndexBuild {
    thread: Option<JoinHandle<Result<()>>>,
    /// How many paragraphs were indexed for each article.
    paragraphs: Vec<usize>,
    rows: Option<mpsc::SyncSender<Rows>>,
}

/// The rows sent to the writing thread, in the order written.
enum Rows {
    /// The index again, from the model (see [`write_cache`]).
    Reindex(Vec<Vec<SharedStr>>),
    Files(Vec<FileWrite>),
    /// `(ord, id, title, date, date_flag, body, rest)`.
    Articles(Vec<ArticleRow>),
    /// `(part, body)` rows of `model`, and the quotes' rows.
    Model(Vec<(&'static str, Vec<u8>)>, Vec<Vec<u8>>),
    /// The key, last: the cache is complete. Commit.
    Done(Vec<(&'static str, String)>),
}

type ArticleRow = (i64, String, String, Option<String>, bool, Vec<u8>, Vec<u8>);

impl IndexBuild {
    /// Begin the build's transaction on `db` and index the paragraphs of
    /// `docs` (article `i` is document `i`) on a thread.
    pub(super) fn start(db: &Path, docs: &[Document]) -> IndexBuild {
        // The texts are shared buffers: this copies counters, not text.
        let texts: Vec<Vec<SharedStr>> = docs
            .iter()
            .map(|d| d.paragraphs.iter().map(|p| p.text.clone()).collect())
            .collect();
        let paragraphs = texts.iter().map(Vec::len).collect();
        let db = db.to_path_buf();
        // Bounded: the index is built before the rows are read, and the
        // encoded rows must not all wait in memory meanwhile.
        let (rows, receive) = mpsc::sync_channel(2);
        let thread = std::thread::Builder::new()
            .name("centreline-index".into())
            .spawn(move || write(&db, &texts, receive))
            .ok();
        IndexBuild {
            thread,
            paragraphs,
            rows: Some(rows),
        }
    }
}

impl Drop for IndexBuild {
    /// A build given up (an error, cached rows that do not parse): the
    /// thread is told so (its rows end before [`Rows::Done`]) and waited
    /// for; its connection then rolls the transaction back, so the write
    /// lock is free for whatever comes next.
    fn drop(&mut self) {
        self.rows.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The cache being written on the build's thread, after [`write_cache`]
/// has handed it everything: [`PendingWrite::finish`] waits for it.
pub struct PendingWrite {
    build: IndexBuild,
}

impl PendingWrite {
    /// Wait until the cache is written (committed) or has failed to be.
    pub fn finish(mut self) -> Result<()> {
        let thread = self
            .build
            .thread
            .take()
            .ok_or_else(|| anyhow::anyhow!("the indexing thread could not be started"))?;
        thread
            .join()
            .map_err(|_| anyhow::anyhow!("the indexing thread failed"))?
    }
}

/// The build's thread: open `db`, begin the build's transaction (taking the
/// write lock, waiting for another process's build as long as
/// [`BUSY_TIMEOUT`]), empty the cache and index `texts`; then write what
/// arrives on `rows`, and commit on [`Rows::Done`]. Rows that end before
/// it roll everything back.
fn write(db: &Path, texts: &[Vec<SharedStr>], rows: mpsc::Receiver<Rows>) -> Result<()> {
    let conn = Connection::open(db)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Per connection, as on the one that opened the cache (see `db`).
    conn.execute_batch("PRAGMA synchronous=NORMAL")?;
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        // Still ours under the lock (another process may have replaced
        // the file since it was checked): never write into anything else.
        let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if app != APPLICATION_ID || version != SCHEMA_VERSION {
            anyhow::bail!("'{}' is no longer this program's cache", db.display());
        }
        conn.execute_batch(
            "DELETE FROM meta; DELETE FROM files; DELETE FROM documents;
             DELETE FROM articles; DELETE FROM article_rest; DELETE FROM model;
             DELETE FROM quotes;",
        )?;
        insert_paragraphs(&conn, texts.iter().map(|t| t.iter().map(|p| p.as_str())))?;
        for batch in rows {
            match batch {
                Rows::Reindex(texts) => {
                    insert_paragraphs(&conn, texts.iter().map(|t| t.iter().map(|p| p.as_str())))?
                }
                Rows::Files(files) => insert_files(&conn, &files)?,
                Rows::Articles(articles) => insert_articles(&conn, articles)?,
                Rows::Model(parts, quotes) => insert_model(&conn, parts, &quotes)?,
                Rows::Done(meta) => {
                    let mut stmt = conn.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)")?;
                    for (k, v) in meta {
                        stmt.execute(params![k, v])?;
                    }
                    drop(stmt);
                    conn.execute_batch("COMMIT")?;
                    return Ok(());
                }
            }
        }
        anyhow::bail!("the build was given up")
    })();
    if result.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    result
}

/// Make the paragraph index afresh from each article's paragraphs.
fn insert_paragraphs<'t, A, P>(conn: &Connection, articles: A) -> Result<()>
where
    A: Iterator<Item = P>,
    P: Iterator<Item = &'t str>,
{
    empty_paragraph_index(conn)?;
    let mut stmt =
        conn.prepare("INSERT INTO paragraphs(text, article, paragraph) VALUES (?1, ?2, ?3)")?;
    for (ord, paragraphs) in articles.enumerate() {
        for (pi, text) in paragraphs.enumerate() {
            stmt.execute(params![text, ord as i64, pi as i64])?;
        }
    }
    Ok(())
}

fn insert_files(tx: &Connection, files: &[FileWrite]) -> Result<()> {
    let mut file_stmt = tx.prepare(
        "INSERT INTO files(ord, path, size, mtime, hash, manifest, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut doc_stmt =
        tx.prepare("INSERT INTO documents(file, n, document, findings) VALUES (?1, ?2, ?3, ?4)")?;
    for (ord, f) in files.iter().enumerate() {
        file_stmt.execute(params![
            ord as i64,
            f.path,
            f.size,
            f.mtime,
            f.hash,
            f.manifest,
            serde_json::to_string(&f.warnings)?
        ])?;
        for (n, (doc, findings)) in f.docs.iter().enumerate() {
            doc_stmt.execute(params![ord as i64, n as i64, doc, findings])?;
        }
    }
    Ok(())
}

fn insert_articles(tx: &Connection, articles: Vec<ArticleRow>) -> Result<()> {
    let mut art_stmt = tx.prepare_cached(
        "INSERT INTO articles(ord, id, title, date, date_flag, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut rest_stmt = tx.prepare_cached("INSERT INTO article_rest(ord, rest) VALUES (?1, ?2)")?;
    for (ord, id, title, date, flag, body, rest) in articles {
        art_stmt.execute(params![ord, id, title, date, flag, body])?;
        rest_stmt.execute(params![ord, rest])?;
    }
    Ok(())
}

fn insert_model(
    tx: &Connection,
    parts: Vec<(&'static str, Vec<u8>)>,
    quotes: &[Vec<u8>],
) -> Result<()> {
    let mut model_stmt = tx.prepare("INSERT INTO model(part, body) VALUES (?1, ?2)")?;
    for (part, body) in parts {
        model_stmt.execute(params![part, body])?;
    }
    let mut quote_stmt = tx.prepare("INSERT INTO quotes(n, body) VALUES (?1, ?2)")?;
    for (n, body) in quotes.iter().enumerate() {
        quote_stmt.execute(params![n as i64, body])?;
    }
    Ok(())
}

/// Finish the build's transaction begun by [`IndexBuild::start`]: the
/// files, documents, articles and model, encoded here and written on the
/// build's thread, which then commits. The returned [`PendingWrite`] says
/// when that is done; any error there rolls the whole build back, leaving
/// the cache as it was.
pub(super) fn write_cache(
    mut index: IndexBuild,
    key: &Key,
    started: i64,
    files: Vec<FileWrite>,
    corpus: &Corpus,
    warnings: &[String],
) -> Result<PendingWrite> {
    let rows = index
        .rows
        .take()
        .ok_or_else(|| anyhow::anyhow!("the build's rows were already sent"))?;
    // Sends fail only when the thread has stopped with an error, which
    // `finish` then gives.
    let send = |r: Rows| {
        let _ = rows.send(r);
    };
    // The index was made from the loaded documents, one article each with
    // the same paragraphs; should the model ever differ, it is made again
    // from the articles, so search never points at the wrong paragraph.
    let same_shape = index.paragraphs.len() == corpus.articles.len()
        && index
            .paragraphs
            .iter()
            .zip(&corpus.articles)
            .all(|(&n, a)| n == a.paragraphs.len());
    if !same_shape {
        send(Rows::Reindex(
            corpus
                .articles
                .iter()
                .map(|a| a.paragraphs.iter().map(|p| p.text.clone()).collect())
                .collect(),
        ));
    }
    send(Rows::Files(files));
    // Serialised a batch at a time (in parallel) while the thread writes
    // the batch before.
    for (batch, articles) in corpus.articles.chunks(WRITE_BATCH).enumerate() {
        let encoded: Vec<ArticleRow> = articles
            .par_iter()
            .enumerate()
            .map(|(i, a)| {
                let (body, rest) = article_parts(a)?;
                Ok((
                    (batch * WRITE_BATCH + i) as i64,
                    a.id.to_string(),
                    a.title.clone(),
                    a.date.as_deref().map(str::to_string),
                    a.date.is_some_and(|d| d.approximate()),
                    body,
                    rest,
                ))
            })
            .collect::<Result<_>>()?;
        send(Rows::Articles(encoded));
    }
    // The quotes in parts, so that a reopen decodes them in parallel.
    let quotes: Vec<Vec<u8>> = corpus
        .quotes
        .par_chunks(QUOTES_PER_ROW)
        .map(encode)
        .collect::<Result<_>>()?;
    let parts = vec![
        ("speakers", encode(&corpus.speakers)?),
        ("periods", encode(&corpus.periods)?),
        ("warnings", encode(warnings)?),
    ];
    send(Rows::Model(parts, quotes));
    let mut meta: Vec<(&'static str, String)> = key
        .pairs()
        .iter()
        .map(|(k, v)| (*k, v.to_string()))
        .collect();
    meta.push(("schema", SCHEMA_VERSION.to_string()));
    meta.push(("built", started.to_string()));
    send(Rows::Done(meta));
    Ok(PendingWrite { build: index })
}

#[cfg(test)]
mod tests {
    use super::super::{Key, CACHE_FILE};
    use super::*;
    use crate::analysis::Lexicon;
    use crate::corpus::load::LoadOptions;

    /// A cache made for the bundled corpus, its index begun from `docs`.
    fn written(docs: &[Document]) -> (tempfile::TempDir, Corpus) {
        let tmp = tempfile::tempdir().unwrap();
        drop(crate::store::db::open_db(tmp.path(), &mut Vec::new()).unwrap());
        let lexicon = Lexicon::bundled();
        let corpus = crate::open_corpus(&[], &lexicon, None).unwrap().0;
        let index = IndexBuild::start(&tmp.path().join(CACHE_FILE), docs);
        let key = Key::new(&[], &LoadOptions::default(), &lexicon);
        write_cache(index, &key, 0, Vec::new(), &corpus, &[])
            .unwrap()
            .finish()
            .unwrap();
        (tmp, corpus)
    }

    fn indexed(dir: &Path) -> Vec<(String, i64, i64)> {
        let conn = Connection::open(dir.join(CACHE_FILE)).unwrap();
        let mut stmt = conn
            .prepare("SELECT text, article, paragraph FROM paragraphs ORDER BY rowid")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn every_paragraph(corpus: &Corpus) -> Vec<(String, i64, i64)> {
        let mut all = Vec::new();
        for (ai, a) in corpus.articles.iter().enumerate() {
            for (pi, p) in a.paragraphs.iter().enumerate() {
                all.push((p.text.to_string(), ai as i64, pi as i64));
            }
        }
        all
    }

    #[test]
    fn the_index_made_beside_the_analysis_holds_every_paragraph_of_the_model() {
        let docs = crate::corpus::load_bundled().documents;
        let (tmp, corpus) = written(&docs);
        assert_eq!(indexed(tmp.path()), every_paragraph(&corpus));
    }

    #[test]
    fn an_index_begun_from_other_documents_is_made_again_from_the_model() {
        // Documents that do not match the model (one, with no paragraphs).
        let (tmp, corpus) = written(&[Document::default()]);
        assert_eq!(indexed(tmp.path()), every_paragraph(&corpus));
    }

    #[test]
    fn a_build_given_up_leaves_the_cache_as_it_was() {
        let docs = crate::corpus::load_bundled().documents;
        let (tmp, corpus) = written(&docs);
        // Begun, then dropped without being finished: rolled back.
        drop(IndexBuild::start(&tmp.path().join(CACHE_FILE), &[]));
        assert_eq!(indexed(tmp.path()), every_paragraph(&corpus));
    }
}
