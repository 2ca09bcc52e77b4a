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
//!
//! The first build of a store has no previous cache to keep, and nobody can
//! have it open: it is written without a journal into a file of its own,
//! which is moved into place once complete ([`Target::New`]). That spares
//! the WAL's second copy of every page (written to the log, then copied into
//! the database by the checkpoint) and one of its two fsyncs: a quarter of
//! the time a build adds to an analysis on two cores.

use super::{article_parts, Corpus, FileWrite, Key, BUSY_TIMEOUT, SCHEMA_VERSION};
use crate::corpus::Document;
use crate::model::SharedStr;
use crate::store::codec::encode;
use crate::store::db::{
    create_schema, empty_paragraph_index, with_suffix, APPLICATION_ID, PAGE_SIZE,
};
use anyhow::Result;
use rayon::prelude::*;
use rusqlite::{params, Connection};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

/// Articles serialised at a time while writing the cache.
const WRITE_BATCH: usize = 512;

/// Quotes kept in one row of the `quotes` table.
pub(super) const QUOTES_PER_ROW: usize = 512;

/// Where a build is written.
#[derive(Debug, Clone)]
pub(super) enum Target {
    /// Into the cache there, in one transaction of its WAL.
    Existing(PathBuf),
    /// There is no cache at this path yet: the build is written into a file
    /// of its own beside it and moved into place when complete, so the path
    /// only ever holds a whole cache. Should another process's first build
    /// get there first, theirs is kept.
    New(PathBuf),
}

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
    pub(super) fn start(target: &Target, docs: &[Document]) -> IndexBuild {
        // The texts are shared buffers: this copies counters, not text.
        let texts: Vec<Vec<SharedStr>> = docs
            .iter()
            .map(|d| d.paragraphs.iter().map(|p| p.text.clone()).collect())
            .collect();
        let paragraphs = texts.iter().map(Vec::len).collect();
        let target = target.clone();
        // Bounded: the index is built before the rows are read, and the
        // encoded rows must not all wait in memory meanwhile.
        let (rows, receive) = mpsc::sync_channel(2);
        let thread = std::thread::Builder::new()
            .name("centreline-index".into())
            .spawn(move || match &target {
                Target::Existing(db) => write(db, &texts, receive),
                Target::New(db) => write_new(db, &texts, receive),
            })
            .ok();
        IndexBuild {
            thread,
            paragraphs,
            rows: Some(rows),
        }
    }
}

impl IndexBuild {
    /// Hand the files' rows (with their documents and findings) to the
    /// thread, to be written as soon as the index is, while the caller
    /// finishes the analysis.
    pub(super) fn send_files(&self, files: Vec<FileWrite>) {
        if let Some(rows) = &self.rows {
            // Fails only when the thread has stopped with an error, which
            // `PendingWrite::finish` then gives.
            let _ = rows.send(Rows::Files(files));
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
        insert_rows(&conn, texts, rows)?;
        conn.execute_batch("COMMIT")?;
        Ok(())
    })();
    if result.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    result
}

/// [`write`] for a store with no cache yet ([`Target::New`]): the build
/// goes into a file of its own (`cache.db.new-…`) with no journal and no
/// fsync until it is complete; then it is synced and linked to `db`
/// (never replacing a file there). A build that fails or is given up
/// deletes its file; one killed leaves it, and the next open deletes it
/// (see [`remove_abandoned`]).
fn write_new(db: &Path, texts: &[Vec<SharedStr>], rows: mpsc::Receiver<Rows>) -> Result<()> {
    let (own, _lock) = claim_build_file(db)?;
    let result = (|| -> Result<()> {
        let conn = Connection::open(&own)?;
        // No journal: nothing in this file is anyone's until it is linked,
        // so there is nothing to roll back to. Big pages as in `db`.
        conn.execute_batch(PAGE_SIZE)?;
        conn.execute_batch("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")?;
        create_schema(&conn)?;
        conn.execute_batch("BEGIN")?;
        insert_rows(&conn, texts, rows)?;
        conn.execute_batch("COMMIT")?;
        conn.close().map_err(|(_, e)| e)?;
        // On disk before the name points at it: after a power cut the
        // path holds a whole cache or none.
        // (Opened for writing: Windows flushes only a file it may write.)
        std::fs::OpenOptions::new()
            .write(true)
            .open(&own)?
            .sync_all()?;
        let placed = match std::fs::hard_link(&own, db) {
            Ok(()) => Ok(()),
            // Another process's first build finished first: the same
            // corpus, analysed by the same program (or its cache is rebuilt
            // at the next open, as any other).
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if std::fs::metadata(db).is_ok_and(|m| m.is_file()) {
                    return Ok(());
                }
                Err(e)
            }
            // A file system with no hard links (FAT, exFAT, some network
            // shares): moved instead, unless a cache appeared meanwhile.
            Err(_) if std::fs::symlink_metadata(db).is_err() => std::fs::rename(&own, db),
            Err(_) => return Ok(()),
        };
        placed.map_err(|e| anyhow::anyhow!("cannot make '{}': {e}", db.display()))?;
        sync_folder(db);
        Ok(())
    })();
    let _ = std::fs::remove_file(&own);
    result
}

/// A new file for a build beside `db`, unique to this build, and the lock
/// held on it for as long as the build runs (on a file of its own: on some
/// systems a locked file cannot be written through another handle, as
/// SQLite writes it).
fn claim_build_file(db: &Path) -> Result<(PathBuf, BuildLock)> {
    static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let make = |p: &Path| {
        std::fs::File::create(p).map_err(|e| {
            anyhow::anyhow!(
                "cannot make '{}': {}",
                p.display(),
                crate::corpus::load::plain_io_error(&e)
            )
        })
    };
    for _ in 0..16 {
        let n = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let own = with_suffix(db, &format!("{BUILD_FILE_MARK}{}-{n}", std::process::id()));
        let lock_path = with_suffix(&own, LOCK_SUFFIX);
        let file = make(&lock_path)?;
        match file.try_lock() {
            Ok(()) => {}
            // A dead build's with this number (its process id reused),
            // being removed by another process this moment: another number.
            Err(std::fs::TryLockError::WouldBlock) => continue,
            // No locks here (some network file systems): the build goes on
            // unlocked; its file is then never taken for abandoned, since
            // nobody can lock its lock either.
            Err(std::fs::TryLockError::Error(_)) => {}
        }
        let lock = BuildLock {
            path: lock_path,
            _file: file,
        };
        // A leftover of a killed process with the same id and number is
        // not ours to keep.
        let _ = std::fs::remove_file(&own);
        make(&own)?;
        return Ok((own, lock));
    }
    anyhow::bail!(
        "cannot claim a file for the build beside '{}'",
        db.display()
    )
}

/// Marks the files of first builds under way: `cache.db.new-PID-N`.
const BUILD_FILE_MARK: &str = ".new-";
const LOCK_SUFFIX: &str = ".lock";

/// The lock of a first build under way: its file goes when the lock does.
struct BuildLock {
    path: PathBuf,
    _file: std::fs::File,
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Delete what first builds killed midway left beside `db`: their files
/// whose lock nobody holds (a build under way holds its own).
pub(super) fn remove_abandoned(db: &Path) {
    let (Some(dir), Some(name)) = (db.parent(), db.file_name()) else {
        return;
    };
    let mark = format!("{}{BUILD_FILE_MARK}", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&mark) {
            continue;
        }
        if let Some(base) = name.strip_suffix(LOCK_SUFFIX) {
            // A lock left alone (killed just before making its file, or
            // just after removing it). Only an old one: a build takes its
            // lock a moment before it makes its file.
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() >= 60));
            if old && !dir.join(base).exists() {
                if let Ok(lock) = std::fs::File::open(entry.path()) {
                    if lock.try_lock().is_ok() {
                        let _ = std::fs::remove_file(entry.path());
                    }
                }
            }
            continue;
        }
        let own = dir.join(&name);
        let lock_path = with_suffix(&own, LOCK_SUFFIX);
        let Ok(lock) = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
        else {
            continue;
        };
        if lock.try_lock().is_ok() {
            let _ = std::fs::remove_file(&own);
            let _ = std::fs::remove_file(&lock_path);
        }
    }
}

/// Make a new name in `path`'s folder last through a power cut (on systems
/// where a folder can be opened and synced; elsewhere a no-op).
fn sync_folder(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// Into the build's open transaction: the paragraph index from `texts`,
/// then every batch of `rows` up to [`Rows::Done`]. Rows that end before it
/// are an error (the build was given up).
fn insert_rows(
    conn: &Connection,
    texts: &[Vec<SharedStr>],
    rows: mpsc::Receiver<Rows>,
) -> Result<()> {
    insert_paragraphs(conn, texts.iter().map(|t| t.iter().map(|p| p.as_str())))?;
    for batch in rows {
        match batch {
            Rows::Reindex(texts) => {
                insert_paragraphs(conn, texts.iter().map(|t| t.iter().map(|p| p.as_str())))?
            }
            Rows::Files(files) => insert_files(conn, &files)?,
            Rows::Articles(articles) => insert_articles(conn, articles)?,
            Rows::Model(parts, quotes) => insert_model(conn, parts, &quotes)?,
            Rows::Done(meta) => {
                let mut stmt = conn.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)")?;
                for (k, v) in meta {
                    stmt.execute(params![k, v])?;
                }
                return Ok(());
            }
        }
    }
    anyhow::bail!("the build was given up")
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
        let corpus = write_to(&Target::Existing(tmp.path().join(CACHE_FILE)), docs, 0);
        (tmp, corpus)
    }

    /// Write a build of the bundled corpus to `target`, its index begun
    /// from `docs` and stamped `built`.
    fn write_to(target: &Target, docs: &[Document], built: i64) -> Corpus {
        let lexicon = Lexicon::bundled();
        let corpus = crate::open_corpus(&[], &lexicon, None).unwrap().0;
        let index = IndexBuild::start(target, docs);
        let key = Key::new(&[], &LoadOptions::default(), &lexicon);
        write_cache(index, &key, built, &corpus, &[])
            .unwrap()
            .finish()
            .unwrap();
        corpus
    }

    fn built_stamp(dir: &Path) -> String {
        let conn = Connection::open(dir.join(CACHE_FILE)).unwrap();
        conn.query_row("SELECT value FROM meta WHERE key = 'built'", [], |r| {
            r.get(0)
        })
        .unwrap()
    }

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
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
        drop(IndexBuild::start(
            &Target::Existing(tmp.path().join(CACHE_FILE)),
            &[],
        ));
        assert_eq!(indexed(tmp.path()), every_paragraph(&corpus));
    }

    /// A first build is written beside the cache's path and moved there
    /// whole: the folder then holds the cache alone, which opens as any
    /// other (in WAL mode from then on).
    #[test]
    fn a_first_build_is_moved_into_place_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let docs = crate::corpus::load_bundled().documents;
        let corpus = write_to(&Target::New(tmp.path().join(CACHE_FILE)), &docs, 7);
        assert_eq!(files_in(tmp.path()), [CACHE_FILE]);
        assert_eq!(indexed(tmp.path()), every_paragraph(&corpus));
        assert_eq!(built_stamp(tmp.path()), "7");
        drop(crate::store::db::open_db(tmp.path(), &mut Vec::new()).unwrap());
        let conn = Connection::open(tmp.path().join(CACHE_FILE)).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    /// A first build given up (dropped before it is finished) leaves
    /// nothing behind: no cache, no file of its own.
    #[test]
    fn a_first_build_given_up_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let docs = crate::corpus::load_bundled().documents;
        drop(IndexBuild::start(
            &Target::New(tmp.path().join(CACHE_FILE)),
            &docs,
        ));
        assert_eq!(files_in(tmp.path()), Vec::<String>::new());
    }

    /// Two first builds at once: the one finished first is the cache, and
    /// the other never replaces it (another process may be reading it).
    #[test]
    fn a_first_build_never_replaces_a_cache_made_meanwhile() {
        let tmp = tempfile::tempdir().unwrap();
        let db = tmp.path().join(CACHE_FILE);
        let docs = crate::corpus::load_bundled().documents;
        let lexicon = Lexicon::bundled();
        let corpus = crate::open_corpus(&[], &lexicon, None).unwrap().0;
        let slow = IndexBuild::start(&Target::New(db.clone()), &docs);
        write_to(&Target::New(db.clone()), &docs, 1);
        let key = Key::new(&[], &LoadOptions::default(), &lexicon);
        write_cache(slow, &key, 2, &corpus, &[])
            .unwrap()
            .finish()
            .unwrap();
        assert_eq!(built_stamp(tmp.path()), "1");
        assert_eq!(files_in(tmp.path()), [CACHE_FILE]);
    }

    /// What a first build killed midway left (its file, and its lock's
    /// file with no lock held) is removed; a build under way, whose lock
    /// is held, is left alone.
    #[test]
    fn abandoned_first_builds_are_removed_and_live_ones_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let db = tmp.path().join(CACHE_FILE);
        let dead = with_suffix(&db, ".new-4000000-0");
        std::fs::write(&dead, b"half a cache").unwrap();
        std::fs::write(with_suffix(&dead, LOCK_SUFFIX), b"").unwrap();
        // Killed before its lock's file was made.
        let bare = with_suffix(&db, ".new-4000001-3");
        std::fs::write(&bare, b"").unwrap();
        let (live, _lock) = claim_build_file(&db).unwrap();
        // Not a build's file: never touched.
        std::fs::write(with_suffix(&db, ".unreadable"), b"").unwrap();

        // A lock left alone a while ago goes; one made a moment ago (a build
        // about to make its file) stays.
        let orphan = with_suffix(&db, &format!(".new-4000002-0{LOCK_SUFFIX}"));
        let fresh = with_suffix(&db, &format!(".new-4000003-0{LOCK_SUFFIX}"));
        for p in [&orphan, &fresh] {
            std::fs::write(p, b"").unwrap();
        }
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&orphan)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        remove_abandoned(&db);
        assert!(!orphan.exists());
        std::fs::remove_file(&fresh).unwrap();
        let live_name = live.file_name().unwrap().to_string_lossy().into_owned();
        let mut want = vec![
            format!("{CACHE_FILE}.unreadable"),
            format!("{live_name}{LOCK_SUFFIX}"),
            live_name,
        ];
        want.sort();
        assert_eq!(files_in(tmp.path()), want);
    }
}
