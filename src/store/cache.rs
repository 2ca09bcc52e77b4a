//! `cache.db`: the analysed corpus kept between runs, disposable.
//!
//! What it holds, and why:
//! - `meta`: what made the cache (engine version, lexicon, load options, the
//!   paths given). Any difference and nothing in it is trusted.
//! - `files`: each file's path, size, mtime and content hash, with the load
//!   warnings it gave. A file whose size and mtime are unchanged is not read.
//! - `documents`: per article, the loaded document and its attribution
//!   findings ([`ArticleFindings`]), the expensive per-article part. A
//!   changed file's articles are the only ones analysed again; the
//!   cross-article step ([`Unifying`]) and theme scoring then run over all.
//! - `articles`, `article_rest`, `quotes` and `model`: the finished model,
//!   so that a reopen with nothing changed runs no analysis at all (articles
//!   one per row and quotes a few hundred per row, to be decoded in
//!   parallel). An article is kept in two parts: what lists it (`articles`)
//!   apart from its paragraphs and cues (`article_rest`), so that the
//!   explorer can show the articles and speakers at once ([`preview`]).
//! - `paragraphs`: an FTS5 index of every paragraph (see [`super::search`]).
//!
//! Every build is written in one transaction: a process killed mid-build
//! leaves the previous cache (SQLite rolls the transaction back), and two
//! processes serialise on SQLite's lock (WAL mode, busy timeout). A store's
//! first build, with no cache to keep, is written into a file of its own
//! and moved into place whole (see [`write`]). A cache
//! that cannot be read, or is not ours, or is from a newer schema, is
//! deleted and rebuilt with one warning line. A cache that cannot be written
//! is a warning too: the analysis made is still used.

pub mod texts;
mod write;

pub use texts::{open_lean, open_rest, ArticleText, Lean, Rest, Shown, TextStore, STORE_CHANGED};

use super::codec::{decode, encode, encode_compressed};
use super::db::{make_folder, no_cache_in, open_db, APPLICATION_ID, BUSY_TIMEOUT};
pub use super::db::{CACHE_FILE, SCHEMA_VERSION};
use crate::analysis::attribution::{self, ArticleFindings, Unifying};
use crate::analysis::{self, Lexicon};
use crate::corpus::load::{self, Candidate, LoadOptions};
use crate::corpus::{self, Document};
use crate::model::{
    Article, Corpus, CueHit, CueTotal, Paragraph, Period, Quote, Theme, EXPORT_VERSION,
};
use crate::progress::Progress;
use crate::store::Fnv1a;
use anyhow::Result;
use rayon::prelude::*;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// A file modified this close to when it was recorded may have changed again
/// within the file system's mtime granularity: it is re-hashed, not trusted.
const RACY_NANOS: i64 = 2_000_000_000;

/// What an open did: how many articles were analysed and how many reused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Articles loaded and attributed afresh.
    pub analysed: usize,
    /// Articles whose document and findings came from the cache.
    pub reused: usize,
    /// Files read (changed or new, or with no cache).
    pub files_read: usize,
    /// The whole model came from the cache: nothing was analysed.
    pub from_cache: bool,
    /// The cache is up to date with the corpus after this open (false when
    /// it could not be written): search can use it.
    pub cache_current: bool,
}

/// What made a cache: all must match for anything in it to be used.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    engine: String,
    lexicon: String,
    options: String,
    sources: String,
}

impl Key {
    fn new(paths: &[PathBuf], options: &LoadOptions, lexicon: &Lexicon) -> Key {
        let sources = if paths.is_empty() {
            // The bundled corpus has no files to stat: its text is hashed.
            let mut h = Fnv1a::default();
            for (name, text) in corpus::bundled::ARTICLES {
                h.write(name.as_bytes());
                h.write(&[0]);
                h.write(text.as_bytes());
                h.write(&[0]);
            }
            h.write(corpus::bundled::MANIFEST.as_bytes());
            format!("bundled:{:016x}", h.0)
        } else {
            // As given (warnings name files by these paths); callers pass
            // them through `plain_paths`, so one folder is one key.
            paths
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("\n")
        };
        Key {
            engine: format!("{}+{}", analysis::engine_version(), program_identity()),
            lexicon: format!("{:016x}", lexicon.fingerprint()),
            options: format!("{:?}", options.fields),
            sources,
        }
    }

    fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            ("engine", &self.engine),
            ("lexicon", &self.lexicon),
            ("options", &self.options),
            ("sources", &self.sources),
        ]
    }
}

/// The running program's size and mtime: a cache never outlives the build
/// that made it, so a developer's change to the analysis (made without
/// bumping [`analysis::ANALYSIS_VERSION`]) cannot be hidden by an old cache.
/// An upgrade or a reinstall costs one rebuild.
fn program_identity() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|exe| stat(&exe))
        .map_or_else(|| "exe?".into(), |f| format!("exe{}-{}", f.size, f.mtime))
}

/// A file as the cache recorded it.
struct FileRow {
    ord: i64,
    size: i64,
    mtime: i64,
    hash: String,
    manifest: String,
    warnings: Vec<String>,
}

/// A file as it is now.
#[derive(Clone)]
struct FileNow {
    size: i64,
    mtime: i64,
}

fn stat(path: &Path) -> Option<FileNow> {
    let m = std::fs::metadata(path).ok()?;
    let mtime = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos().min(i64::MAX as u128) as i64);
    Some(FileNow {
        size: m.len().min(i64::MAX as u64) as i64,
        mtime,
    })
}

fn now_nanos() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos().min(i64::MAX as u128) as i64)
}

fn content_hash(path: &Path) -> Option<String> {
    // In pieces: a big JSON Lines export is never held whole for its hash.
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut h = Fnv1a::default();
    let mut buf = vec![0u8; 1 << 16];
    let mut len = 0usize;
    loop {
        match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                h.write(&buf[..n]);
                len += n;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        }
    }
    Some(format!("{:016x}-{len}", h.0))
}

fn read_key(conn: &Connection) -> rusqlite::Result<HashMap<String, String>> {
    let mut stmt = conn.prepare("SELECT key, value FROM meta")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn key_matches(stored: &HashMap<String, String>, key: &Key) -> bool {
    key.pairs()
        .iter()
        .all(|(k, v)| stored.get(*k).map(String::as_str) == Some(*v))
        && stored.contains_key("built")
}

/// Open the corpus at `paths` through the cache in `dir`: the corpus, the
/// warnings (load and analysis, as a cold open gives them), and what was
/// reused. Errors are only the corpus's own (no articles, a missing path);
/// a cache that cannot be used is a warning and a cold analysis.
pub fn open(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    progress: Option<&Progress>,
) -> Result<(Corpus, Vec<String>, Stats)> {
    let (corpus, mut warnings, mut stats, writing) =
        open_writing(dir, paths, options, lexicon, progress)?;
    if let Some(writing) = writing {
        warnings.extend(writing.finish(&mut stats));
    }
    Ok((corpus, warnings, stats))
}

/// The cache being brought up to date by an [`open_writing`], on a thread
/// of its own: [`Writing::finish`] waits for it.
pub struct Writing(write::PendingWrite);

impl Writing {
    /// Wait until the cache is written, marking `stats` current; or the
    /// warning line saying it could not be.
    pub fn finish(self, stats: &mut Stats) -> Option<String> {
        match self.0.finish() {
            Ok(()) => {
                stats.cache_current = true;
                None
            }
            Err(e) => Some(format!(
                "the store's cache could not be written ({}); the analysis is used without it",
                crate::present::one_line(&format!("{e:#}"))
            )),
        }
    }
}

/// [`open`], but returning as soon as the corpus is ready, while the cache
/// is still being written (when it needs to be): the caller uses the corpus
/// meanwhile and calls [`Writing::finish`] before it relies on the cache
/// (`stats.cache_current` is false until then) or ends. Dropping the
/// [`Writing`] waits for it too.
pub fn open_writing(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    progress: Option<&Progress>,
) -> Result<(Corpus, Vec<String>, Stats, Option<Writing>)> {
    // Before any file is looked at: a file changed after this may have an
    // mtime its record already has (see [`RACY_NANOS`]).
    let started = now_nanos();
    let mut notes = Vec::new();
    let unusable = |e: anyhow::Error| {
        format!(
            "the store's cache cannot be used ({}); analysing without it",
            crate::present::one_line(&format!("{e:#}"))
        )
    };
    // A first build killed midway leaves its own file: not kept.
    write::remove_abandoned(&dir.join(CACHE_FILE));
    // Where the build (if one is needed) is written. With no cache there
    // yet, nothing is opened: there is nothing to read, and the build is
    // written into a file of its own (`write::Target::New`).
    let (conn, target) = if no_cache_in(dir) {
        match make_folder(dir) {
            Ok(()) => (None, Some(write::Target::New(dir.join(CACHE_FILE)))),
            Err(e) => {
                notes.push(unusable(e));
                (None, None)
            }
        }
    } else {
        match open_db(dir, &mut notes) {
            Ok(c) => (Some(c), Some(write::Target::Existing(dir.join(CACHE_FILE)))),
            Err(e) => {
                notes.push(unusable(e));
                (None, None)
            }
        }
    };
    let key = Key::new(paths, options, lexicon);
    let (candidates, scan_warnings) = if paths.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        load::scan(paths, progress)?
    };
    // One read transaction (a WAL snapshot) from the file records to the
    // last cached row read, so another process's build in between cannot
    // mix its rows with these.
    if let Some(c) = &conn {
        let _ = c.execute_batch("BEGIN");
    }
    let stored = conn
        .as_ref()
        .and_then(|c| read_stored(c, &key).ok())
        .unwrap_or_default();
    let now: Vec<Option<FileNow>> = candidates.iter().map(|c| stat(&c.path)).collect();

    // Nothing changed: the model as it was written, no analysis.
    if let Some(conn) = &conn {
        if stored.valid && unchanged(&candidates, &now, &stored) {
            let model = read_model(conn);
            end_read(conn);
            match model {
                Ok(Some((corpus, mut warnings))) => {
                    let mut all = notes;
                    all.extend(scan_warnings);
                    all.append(&mut warnings);
                    let n = corpus.articles.len();
                    Progress::add(progress.map(|p| &p.files_read), candidates.len());
                    Progress::add(progress.map(|p| &p.articles_analysed), n);
                    let stats = Stats {
                        reused: n,
                        from_cache: true,
                        cache_current: true,
                        ..Default::default()
                    };
                    return Ok((corpus, all, stats, None));
                }
                Ok(None) => {}
                Err(e) => notes.push(format!(
                    "the store's cache could not be read ({}); it is rebuilt",
                    crate::present::one_line(&format!("{e:#}"))
                )),
            }
        }
    }

    // The build's writes go through a connection of their own, on a thread
    // that starts indexing paragraphs while the analysis runs.
    let built = match build(
        conn.as_ref(),
        target.as_ref(),
        &stored,
        paths,
        &candidates,
        now.clone(),
        options,
        lexicon,
        progress,
    ) {
        Ok(b) => b,
        // Cached rows that do not parse: analyse everything afresh (an
        // error then is the corpus's own, and is returned).
        Err(e) if stored.valid => {
            if let Some(c) = &conn {
                end_read(c);
            }
            let b = build(
                None,
                target.as_ref(),
                &Stored::default(),
                paths,
                &candidates,
                now,
                options,
                lexicon,
                progress,
            )?;
            notes.push(format!(
                "the store's cache could not be read ({}); it is rebuilt",
                crate::present::one_line(&format!("{e:#}"))
            ));
            b
        }
        Err(e) => return Err(e),
    };
    if let Some(c) = conn {
        end_read(&c);
    }
    let Built {
        corpus,
        warnings,
        stats,
        index,
    } = built;
    let mut all = notes;
    all.extend(scan_warnings);
    all.extend(warnings.iter().cloned());
    let mut writing = None;
    if let Some(index) = index {
        match write::write_cache(index, &key, started, &corpus, &warnings) {
            Ok(pending) => writing = Some(Writing(pending)),
            Err(e) => all.push(format!(
                "the store's cache could not be written ({}); the analysis is used without it",
                crate::present::one_line(&format!("{e:#}"))
            )),
        }
    }
    Ok((corpus, all, stats, writing))
}

/// The warnings of the corpus at `paths` when the cache in `dir` holds it
/// as it is now (nothing to analyse), without loading the model: what a
/// search needs to use the cache's index directly. `None` when the cache is
/// missing, unreadable or out of date (the caller opens the corpus, which
/// rebuilds it).
pub fn current_warnings(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
) -> Option<Vec<String>> {
    let (conn, stored) = open_snapshot(dir, paths, options, lexicon)?;
    let mut warnings = scanned_if_current(paths, &stored)?;
    warnings.extend(kept_warnings(&conn).ok()?);
    end_read(&conn);
    Some(warnings)
}

/// What the explorer shows first when the cache in `dir` holds the corpus
/// at `paths` as it is now: every article without its paragraphs (nor its
/// theme's cues), every speaker and the periods, with the warnings a full
/// open gives, read without the paragraphs and quotes that make up most of
/// the cache (see [`Preview`]). `None` when the cache is missing,
/// unreadable or out of date, as for [`current_warnings`].
pub fn preview(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
) -> Option<Preview> {
    // The files are scanned (a directory walk and a stat of each) on a thread
    // of their own from the start: it needs nothing from the cache, and it
    // takes about as long as opening the cache and reading its rows. (With no
    // cache at all there is nothing to compare it with: no scan.)
    if !dir.join(CACHE_FILE).is_file() {
        return None;
    }
    std::thread::scope(|scope| {
        let scanning = scope.spawn(|| scan_now(paths));
        let read = read_preview(dir, paths, options, lexicon);
        let scanned = scanning.join().ok().flatten();
        let (read, stored) = read?;
        let mut warnings = scanned.filter(|s| s.unchanged(&stored))?.warnings;
        warnings.extend(read.kept);
        let corpus = Corpus {
            version: EXPORT_VERSION,
            articles: read.articles,
            speakers: read.speakers,
            quotes: Vec::new(),
            periods: read.periods,
            corrections: Vec::new(),
        };
        Some(Preview {
            corpus,
            warnings,
            built: read.built,
        })
    })
}

/// What [`preview`] reads from the cache, decoded.
struct PreviewRead {
    articles: Vec<Article>,
    speakers: Vec<crate::model::Speaker>,
    periods: Vec<Period>,
    kept: Vec<String>,
    built: String,
}

/// The rows [`preview`] shows, read as bytes in one snapshot and then
/// decoded in parallel; with the cache's record of the files.
fn read_preview(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
) -> Option<(PreviewRead, Stored)> {
    let (conn, stored) = open_snapshot(dir, paths, options, lexicon)?;
    let part = |name: &str| -> Option<Vec<u8>> {
        conn.query_row("SELECT body FROM model WHERE part = ?1", [name], |r| {
            r.get(0)
        })
        .ok()
    };
    let (speakers, periods, kept) = (part("speakers")?, part("periods")?, part("warnings")?);
    let built = texts::built_stamp(&conn)?;
    let heads: Vec<(Vec<u8>, bool)> = (|| -> rusqlite::Result<_> {
        let mut stmt = conn.prepare("SELECT body, date_flag FROM articles ORDER BY ord")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    })()
    .ok()?;
    end_read(&conn);
    drop(conn);
    let (articles, speakers) = rayon::join(
        || {
            heads
                .par_iter()
                .map(|(body, flag)| article_head(body, *flag))
                .collect::<Result<Vec<Article>>>()
        },
        || decode(&speakers),
    );
    let read = PreviewRead {
        articles: articles.ok()?,
        speakers: speakers.ok()?,
        periods: decode(&periods).ok()?,
        kept: decode(&kept).ok()?,
        built,
    };
    Some((read, stored))
}

/// The corpus as [`preview`] reads it from an up-to-date cache: its articles
/// with no paragraphs and no cues in their themes (only the figures), its
/// speakers and periods, and no quotes; and the warnings (the scan's and the
/// kept load and analysis warnings, as [`open`] gives them, without any
/// about the store itself).
#[derive(Debug, Clone)]
pub struct Preview {
    pub corpus: Corpus,
    pub warnings: Vec<String>,
    /// The cache's build it was read from (see [`open_rest`]).
    pub built: String,
}

/// A read-only connection to the cache in `dir`, inside a read transaction
/// (one snapshot), when the cache is this program's and was made for the
/// corpus at `paths`; with its record of the files.
fn open_snapshot(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
) -> Option<(Connection, Stored)> {
    let path = dir.join(CACHE_FILE);
    if !path.is_file() {
        return None;
    }
    let conn =
        Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.busy_timeout(BUSY_TIMEOUT).ok()?;
    let pragma = |name: &str| -> Option<i64> {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .ok()
    };
    if pragma("application_id")? != APPLICATION_ID || pragma("user_version")? != SCHEMA_VERSION {
        return None;
    }
    conn.execute_batch("BEGIN").ok()?;
    let stored = read_stored(&conn, &Key::new(paths, options, lexicon)).ok()?;
    if !stored.valid {
        return None;
    }
    Some((conn, stored))
}

/// The scan's warnings when the files at `paths` are the ones `stored`
/// records (nothing to analyse); `None` when any differs.
fn scanned_if_current(paths: &[PathBuf], stored: &Stored) -> Option<Vec<String>> {
    scan_now(paths)
        .filter(|s| s.unchanged(stored))
        .map(|s| s.warnings)
}

/// The files at some paths as they are now, for [`ScannedNow::unchanged`].
struct ScannedNow {
    candidates: Vec<Candidate>,
    now: Vec<Option<FileNow>>,
    /// The scan's warnings.
    warnings: Vec<String>,
}

impl ScannedNow {
    /// Whether the files are the ones `stored` records, unchanged.
    fn unchanged(&self, stored: &Stored) -> bool {
        unchanged(&self.candidates, &self.now, stored)
    }
}

/// Scan `paths` and stat each file found; `None` when they cannot be scanned.
fn scan_now(paths: &[PathBuf]) -> Option<ScannedNow> {
    let (candidates, warnings) = if paths.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        load::scan(paths, None).ok()?
    };
    let now = candidates.iter().map(|c| stat(&c.path)).collect();
    Some(ScannedNow {
        candidates,
        now,
        warnings,
    })
}

/// The load and analysis warnings the cache kept with its model.
fn kept_warnings(conn: &Connection) -> Result<Vec<String>> {
    let kept: Vec<u8> =
        conn.query_row("SELECT body FROM model WHERE part = 'warnings'", [], |r| {
            r.get(0)
        })?;
    decode(&kept)
}

/// End the read transaction [`open`] began, if still open.
fn end_read(conn: &Connection) {
    if !conn.is_autocommit() {
        let _ = conn.execute_batch("COMMIT");
    }
}

/// The cache's record of the files, when its key matches.
#[derive(Default)]
struct Stored {
    /// The key matched and a build was completed.
    valid: bool,
    /// By path bytes.
    files: HashMap<Vec<u8>, FileRow>,
    /// Paths in their order.
    order: Vec<Vec<u8>>,
    /// When the last build recorded the files (see [`RACY_NANOS`]).
    built: i64,
}

fn path_bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_encoded_bytes().to_vec()
}

fn read_stored(conn: &Connection, key: &Key) -> Result<Stored> {
    let meta = read_key(conn)?;
    if !key_matches(&meta, key) {
        return Ok(Stored::default());
    }
    let built = meta.get("built").and_then(|b| b.parse().ok()).unwrap_or(0);
    let mut stmt = conn.prepare(
        "SELECT ord, path, size, mtime, hash, manifest, warnings FROM files ORDER BY ord",
    )?;
    let mut files = HashMap::new();
    let mut order = Vec::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Vec<u8>>(1)?,
            FileRow {
                ord: r.get(0)?,
                size: r.get(2)?,
                mtime: r.get(3)?,
                hash: r.get(4)?,
                manifest: r.get(5)?,
                warnings: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
            },
        ))
    })?;
    for row in rows {
        let (path, file) = row?;
        order.push(path.clone());
        files.insert(path, file);
    }
    Ok(Stored {
        valid: true,
        files,
        order,
        built,
    })
}

/// Whether a recorded file can be trusted as it is, without reading it.
fn same_file(row: &FileRow, now: &FileNow, manifest: &str, built: i64) -> bool {
    row.size == now.size
        && row.mtime == now.mtime
        && row.manifest == manifest
        && now.mtime < built.saturating_sub(RACY_NANOS)
}

/// Whether a recorded file is the one on disk: trusted by size and mtime
/// ([`same_file`]), else by the same size and a content hash.
fn still_same(row: &FileRow, now: &FileNow, path: &Path, manifest: &str, built: i64) -> bool {
    same_file(row, now, manifest, built)
        || (row.size == now.size
            && row.manifest == manifest
            && content_hash(path).as_deref() == Some(&row.hash))
}

fn unchanged(candidates: &[Candidate], now: &[Option<FileNow>], stored: &Stored) -> bool {
    candidates.len() == stored.order.len()
        && candidates
            .iter()
            .zip(now)
            .zip(&stored.order)
            .all(|((c, n), p)| {
                path_bytes(&c.path) == *p
                    && n.as_ref().is_some_and(|n| {
                        stored.files.get(p).is_some_and(|row| {
                            still_same(row, n, &c.path, &c.manifest_key(), stored.built)
                        })
                    })
            })
}

/// The finished model from the cache; `None` when it holds none.
fn read_model(conn: &Connection) -> Result<Option<(Corpus, Vec<String>)>> {
    // Within the caller's read transaction: one snapshot with the files read.
    let part = |name: &str| -> Result<Option<Vec<u8>>> {
        Ok(conn
            .query_row("SELECT body FROM model WHERE part = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    };
    let (Some(speakers), Some(periods), Some(warnings)) =
        (part("speakers")?, part("periods")?, part("warnings")?)
    else {
        return Ok(None);
    };
    // The two tables side by side, each in its own order (one row each per
    // article, the same `ord`s), rather than a join's look-up a row.
    let mut rests = conn.prepare("SELECT ord, rest FROM article_rest ORDER BY ord")?;
    let rests = std::cell::RefCell::new(rests.query([])?);
    let articles = decode_rows(
        conn,
        "SELECT ord, body, date_flag FROM articles ORDER BY ord",
        READ_BATCH,
        |r| {
            let mut rests = rests.borrow_mut();
            let rest = rests.next()?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
            if rest.get::<_, i64>(0)? != r.get::<_, i64>(0)? {
                return Err(rusqlite::Error::QueryReturnedNoRows);
            }
            Ok((
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, bool>(2)?,
                rest.get::<_, Vec<u8>>(1)?,
            ))
        },
        |(body, flag, rest)| {
            let mut a = article_head(&body, flag)?;
            let (paragraphs, cues, explanation): ArticleRest = decode(&rest)?;
            a.paragraphs = paragraphs;
            a.theme.cues = cues;
            a.theme.explanation = explanation;
            Ok(vec![a])
        },
    )?;
    if rests.borrow_mut().next()?.is_some() {
        anyhow::bail!("the cache holds more article texts than articles");
    }
    let quotes = decode_rows_into(
        conn,
        "SELECT body FROM quotes ORDER BY n",
        4,
        quotes_bound(conn)?,
        // (A few hundred quotes a row: a few rows make a batch.)
        |r| r.get::<_, Vec<u8>>(0),
        |body| decode::<Vec<Quote>>(&body),
    )?;
    Ok(Some((
        Corpus {
            version: EXPORT_VERSION,
            articles,
            speakers: decode(&speakers)?,
            quotes,
            periods: decode::<Vec<Period>>(&periods)?,
            // The user's corrections are never cached: they are applied
            // afresh to what the cache gives back.
            corrections: Vec::new(),
        },
        decode(&warnings)?,
    )))
}

/// At most how many quotes the cache's `quotes` table holds.
fn quotes_bound(conn: &Connection) -> Result<usize> {
    let rows: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    Ok(usize::try_from(rows).unwrap_or(0) * write::QUOTES_PER_ROW)
}

/// Articles read at a time by [`decode_rows`].
const READ_BATCH: usize = 256;

/// A decoding job's token, given back to [`decode_rows`]'s reader when the
/// job ends, by return or by panic.
struct GiveBack<'a>(&'a std::sync::Mutex<std::sync::mpsc::Receiver<()>>);

impl Drop for GiveBack<'_> {
    fn drop(&mut self) {
        let tokens = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let _ = tokens.recv();
    }
}

/// The rows of `sql`, each taken by `read` and decoded into items by
/// `decode`, in order: read a batch at a time, each batch decoded on
/// rayon's threads while this one reads the next, so that neither every
/// blob at once nor the reading waits on the decoding.
fn decode_rows<R: Send, T: Send>(
    conn: &Connection,
    sql: &str,
    per_batch: usize,
    read: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<R>,
    decode: impl Fn(R) -> Result<Vec<T>> + Sync,
) -> Result<Vec<T>> {
    decode_rows_into(conn, sql, per_batch, 0, read, decode)
}

/// [`decode_rows`] into a list made for `expected` items (a bound, when
/// known), each batch moved into it as soon as those before it are: the
/// decoded batches are never all held beside the list they make.
fn decode_rows_into<R: Send, T: Send>(
    conn: &Connection,
    sql: &str,
    per_batch: usize,
    expected: usize,
    read: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<R>,
    decode: impl Fn(R) -> Result<Vec<T>> + Sync,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    /// Batches read and not yet decoded, at most.
    const IN_FLIGHT: usize = 2;
    let (done, decoded) = std::sync::mpsc::channel::<(usize, Result<Vec<T>>)>();
    let decode = &decode;
    let (take, tokens) = std::sync::mpsc::sync_channel::<()>(IN_FLIGHT);
    let give_back = std::sync::Mutex::new(tokens);
    let mut out: Vec<T> = Vec::with_capacity(expected);
    // Decoded batches that came before one ahead of them, by number.
    let mut early: std::collections::BTreeMap<usize, Result<Vec<T>>> = Default::default();
    let mut next = 0usize;
    let mut failed: Option<anyhow::Error> = None;
    let mut take_in = |k: usize, items: Result<Vec<T>>, out: &mut Vec<T>| {
        early.insert(k, items);
        while let Some(items) = early.remove(&next) {
            match items {
                Ok(items) if failed.is_none() => out.extend(items),
                Ok(_) => {}
                Err(e) => {
                    failed.get_or_insert(e);
                }
            }
            next += 1;
        }
    };
    let batches = rayon::in_place_scope(|scope| -> Result<usize> {
        let mut batches = 0;
        let mut batch: Vec<R> = Vec::with_capacity(per_batch);
        let mut more = true;
        while more {
            match rows.next()? {
                Some(row) => batch.push(read(row)?),
                None => more = false,
            }
            if batch.len() == per_batch || (!more && !batch.is_empty()) {
                // A few batches in hand at most: reading runs ahead of
                // decoding, and every blob at once would be most of the cache.
                // (A token is taken per batch, given back once decoded.)
                let _ = take.send(());
                let full = std::mem::replace(&mut batch, Vec::with_capacity(per_batch));
                let (k, done, give_back) = (batches, done.clone(), &give_back);
                scope.spawn(move |_| {
                    // The token goes back however the job ends: a job that
                    // panicked and kept it would leave the reader waiting
                    // for ever, and the panic never raised.
                    let _token = GiveBack(give_back);
                    let items: Result<Vec<Vec<T>>> = full.into_par_iter().map(decode).collect();
                    let items = items.map(|v| v.into_iter().flatten().collect());
                    let _ = done.send((k, items));
                });
                batches += 1;
                while let Ok((k, items)) = decoded.try_recv() {
                    take_in(k, items, &mut out);
                }
            }
        }
        Ok(batches)
    })?;
    drop(done);
    for (k, items) in decoded.into_iter() {
        take_in(k, items, &mut out);
    }
    if let Some(e) = failed {
        return Err(e);
    }
    debug_assert_eq!(next, batches);
    if next != batches {
        anyhow::bail!("a batch of the cache's rows was not decoded");
    }
    Ok(out)
}

/// What an article's `rest` holds: its paragraphs, and its theme's cues and
/// explanation.
type ArticleRest = (Vec<Paragraph>, Vec<CueHit>, Vec<CueTotal>);

/// An article as the cache keeps it, in two parts, each encoded: its
/// `body` in `articles`, what lists and finds it (read alone by
/// [`preview`], so kept apart from the bulk), and its `rest` in
/// `article_rest` ([`ArticleRest`]).
fn article_parts(a: &Article) -> Result<(Vec<u8>, Vec<u8>)> {
    // Every field named, so that one added to the model is not left out.
    let Article {
        id,
        path,
        title,
        kicker,
        standfirst,
        byline,
        date,
        date_approximate,
        source,
        author,
        url,
        paragraphs,
        theme:
            Theme {
                central,
                local,
                lean,
                cues,
                evidence,
                explanation,
            },
    } = a;
    let (central, local, lean, evidence) = (*central, *local, *lean, *evidence);
    let head = Article {
        id: id.clone(),
        path: path.clone(),
        title: title.clone(),
        kicker: kicker.clone(),
        standfirst: standfirst.clone(),
        byline: byline.clone(),
        date: *date,
        date_approximate: *date_approximate,
        source: source.clone(),
        author: author.clone(),
        url: url.clone(),
        paragraphs: Vec::new(),
        theme: Theme {
            central,
            local,
            lean,
            cues: Vec::new(),
            evidence,
            explanation: Vec::new(),
        },
    };
    let rest = (paragraphs, cues, explanation);
    Ok((encode(&head)?, encode(&rest)?))
}

/// An article's `body` as kept by [`article_parts`]: no paragraphs, and
/// no cues or explanation in its theme.
fn article_head(body: &[u8], date_flag: bool) -> Result<Article> {
    let mut a: Article = decode(body)?;
    // The date is written without its approximate mark.
    a.date = a.date.map(|d| d.with_approximate(date_flag));
    Ok(a)
}

/// A document as kept: with its date's approximate mark (see [`Document`]).
#[derive(serde::Serialize, serde::Deserialize)]
struct KeptDocument {
    doc: Document,
    date_flag: bool,
}

/// What a build writes back: per file, its record and its articles'
/// (document, findings) as bytes.
struct FileWrite {
    path: Vec<u8>,
    size: i64,
    mtime: i64,
    hash: String,
    manifest: String,
    warnings: Vec<String>,
    docs: Vec<(Vec<u8>, Vec<u8>)>,
}

struct Built {
    corpus: Corpus,
    /// Load and analysis warnings (not the scan's).
    warnings: Vec<String>,
    stats: Stats,
    /// The build's write to the cache, begun (the files' rows already
    /// handed to it): `None` without a cache.
    index: Option<write::IndexBuild>,
}

/// A file read in this build: its documents, its warnings, its content
/// hash, and its documents as kept.
type FreshFile = (Vec<Document>, Vec<String>, String, Vec<Vec<u8>>);

/// A document as [`KeptDocument`] bytes, without copying it.
fn keep_document(doc: &Document) -> Vec<u8> {
    #[derive(serde::Serialize)]
    struct Kept<'a> {
        doc: &'a Document,
        date_flag: bool,
    }
    let kept = Kept {
        doc,
        date_flag: doc.date.is_some_and(|d| d.approximate()),
    };
    // Plain data with string keys: serialising it cannot fail.
    encode_compressed(&kept).unwrap_or_default()
}

/// Where a file's articles come from in this build.
enum FileSource {
    Cached(Vec<(Vec<u8>, Vec<u8>)>),
    Fresh,
}

#[allow(clippy::too_many_arguments)]
fn build(
    conn: Option<&Connection>,
    write_to: Option<&write::Target>,
    stored: &Stored,
    paths: &[PathBuf],
    candidates: &[Candidate],
    now: Vec<Option<FileNow>>,
    options: &LoadOptions,
    lexicon: &Lexicon,
    progress: Option<&Progress>,
) -> Result<Built> {
    let mut stats = Stats::default();
    if paths.is_empty() {
        let loaded = corpus::load_bundled();
        stats.analysed = loaded.documents.len();
        return finish_build(
            paths,
            write_to,
            loaded.documents,
            Vec::new(),
            loaded.warnings,
            Vec::new(),
            lexicon,
            progress,
            stats,
        );
    }
    // Which files can be taken from the cache.
    let mut sources: Vec<FileSource> = Vec::with_capacity(candidates.len());
    for (c, n) in candidates.iter().zip(&now) {
        let manifest = c.manifest_key();
        let row = stored.files.get(&path_bytes(&c.path));
        let reuse = match (conn, row, n) {
            (Some(conn), Some(row), Some(n)) => {
                if still_same(row, n, &c.path, &manifest, stored.built) {
                    read_documents(conn, row.ord).ok()
                } else {
                    None
                }
            }
            _ => None,
        };
        sources.push(match reuse {
            Some(docs) => FileSource::Cached(docs),
            None => FileSource::Fresh,
        });
    }
    // Every cached row needed is in hand: let other processes' builds go on.
    if let Some(c) = conn {
        end_read(c);
    }
    // Read the rest, in parallel, as the loader does.
    let read: Vec<Option<FreshFile>> = candidates
        .par_iter()
        .zip(&sources)
        .map(|(c, s)| {
            let r = match s {
                FileSource::Cached(_) => None,
                FileSource::Fresh => {
                    let hash = content_hash(&c.path).unwrap_or_default();
                    let (docs, warnings) = load::read_candidate(c, options);
                    let kept = docs.iter().map(keep_document).collect();
                    Some((docs, warnings, hash, kept))
                }
            };
            Progress::add(progress.map(|p| &p.files_read), 1);
            r
        })
        .collect();
    let mut documents = Vec::new();
    let mut cached_findings: Vec<Option<Vec<u8>>> = Vec::new();
    let mut warnings = Vec::new();
    let mut write = Vec::with_capacity(candidates.len());
    for (((c, n), source), fresh) in candidates.iter().zip(&now).zip(sources).zip(read) {
        let path = path_bytes(&c.path);
        let (size, mtime) = n.as_ref().map_or((-1, -1), |n| (n.size, n.mtime));
        match (source, fresh) {
            (FileSource::Cached(docs), _) => {
                let row = &stored.files[&path];
                warnings.extend(row.warnings.iter().cloned());
                for (doc, findings) in &docs {
                    let kept: KeptDocument = decode(doc)?;
                    let mut d = kept.doc;
                    d.date = d.date.map(|x| x.with_approximate(kept.date_flag));
                    documents.push(d);
                    cached_findings.push(Some(findings.clone()));
                }
                stats.reused += docs.len();
                write.push(FileWrite {
                    path,
                    size,
                    mtime,
                    hash: row.hash.clone(),
                    manifest: row.manifest.clone(),
                    warnings: row.warnings.clone(),
                    docs,
                });
            }
            (FileSource::Fresh, Some((docs, file_warnings, hash, kept))) => {
                stats.files_read += 1;
                stats.analysed += docs.len();
                warnings.extend(file_warnings.iter().cloned());
                let kept = kept.into_iter().map(|k| (k, Vec::new())).collect();
                cached_findings.extend(docs.iter().map(|_| None));
                documents.extend(docs);
                write.push(FileWrite {
                    path,
                    size,
                    mtime,
                    hash,
                    manifest: c.manifest_key(),
                    warnings: file_warnings,
                    docs: kept,
                });
            }
            (FileSource::Fresh, None) => unreachable!("a fresh file is always read"),
        }
    }
    finish_build(
        paths,
        write_to,
        documents,
        cached_findings,
        warnings,
        write,
        lexicon,
        progress,
        stats,
    )
}

/// Ids, attribution (cached or fresh) and the cross-article steps.
#[allow(clippy::too_many_arguments)]
fn finish_build(
    paths: &[PathBuf],
    write_to: Option<&write::Target>,
    documents: Vec<Document>,
    mut cached: Vec<Option<Vec<u8>>>,
    load_warnings: Vec<String>,
    mut write: Vec<FileWrite>,
    lexicon: &Lexicon,
    progress: Option<&Progress>,
    stats: Stats,
) -> Result<Built> {
    let loaded = if paths.is_empty() {
        // The bundled corpus comes with its ids.
        crate::corpus::Loaded {
            documents,
            warnings: load_warnings,
        }
    } else {
        load::finish(paths, documents, load_warnings)?
    };
    let docs = loaded.documents;
    // The paragraphs are final: index them (into the build's transaction)
    // while the articles are analysed.
    let index = write_to.map(|target| write::IndexBuild::start(target, &docs));
    cached.resize(docs.len(), None);
    let mut unifying = Unifying::with_capacity(docs.len());
    let mut findings_bytes: Vec<Vec<u8>> = Vec::with_capacity(docs.len());
    let indices: Vec<usize> = (0..docs.len()).collect();
    for chunk in indices.chunks(512) {
        let taken: Vec<(usize, Option<Vec<u8>>)> =
            chunk.iter().map(|&i| (i, cached[i].take())).collect();
        let found: Vec<Result<(ArticleFindings, Vec<u8>)>> = taken
            .into_par_iter()
            .map(|(i, cached)| {
                let r = match cached {
                    Some(bytes) => {
                        let f: ArticleFindings = decode(&bytes)?;
                        (f, bytes)
                    }
                    None => {
                        let f = attribution::find_article(&docs[i]);
                        let bytes = encode_compressed(&f)?;
                        (f, bytes)
                    }
                };
                Progress::add(progress.map(|p| &p.articles_analysed), 1);
                Ok(r)
            })
            .collect();
        for (&i, f) in chunk.iter().zip(found) {
            let (f, bytes) = f?;
            unifying.add(&docs[i], f);
            findings_bytes.push(bytes);
        }
    }
    // Each file's articles take their findings, in order; the files' rows
    // are written now, while the cross-article steps run.
    let mut at = 0;
    for file in &mut write {
        for d in &mut file.docs {
            d.1 = std::mem::take(&mut findings_bytes[at]);
            at += 1;
        }
    }
    drop(findings_bytes);
    if let Some(index) = &index {
        index.send_files(write);
    }
    let found = unifying.finish(&docs);
    let analysed = analysis::analyse_found(docs, found, lexicon);
    let mut warnings = loaded.warnings;
    warnings.extend(analysed.warnings.iter().cloned());
    let corpus = analysed.into_corpus();
    Ok(Built {
        corpus,
        warnings,
        stats,
        index,
    })
}

fn read_documents(conn: &Connection, file: i64) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut stmt =
        conn.prepare_cached("SELECT document, findings FROM documents WHERE file = ?1 ORDER BY n")?;
    let rows = stmt.query_map([file], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod decode_rows_tests {
    use super::decode_rows;
    use rusqlite::Connection;

    fn numbers(n: i64) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (i INTEGER)").unwrap();
        for i in 0..n {
            conn.execute("INSERT INTO t VALUES (?1)", [i]).unwrap();
        }
        conn
    }

    /// Many batches, decoded out of order (some slowly), come back in the
    /// rows' order: the reordering and the tokens, which the stores in the
    /// other tests (fewer rows than a batch) never reach.
    #[test]
    fn many_batches_come_back_in_order() {
        let conn = numbers(300);
        let out = decode_rows(
            &conn,
            "SELECT i FROM t ORDER BY i",
            1,
            |row| row.get::<_, i64>(0),
            |i| {
                if i % 7 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                Ok(vec![i, -i])
            },
        )
        .unwrap();
        let want: Vec<i64> = (0..300).flat_map(|i| [i, -i]).collect();
        assert_eq!(out, want);
    }

    /// A batch that fails to decode fails the whole read.
    #[test]
    fn a_failed_batch_fails_the_read() {
        let conn = numbers(50);
        let out = decode_rows(
            &conn,
            "SELECT i FROM t ORDER BY i",
            3,
            |row| row.get::<_, i64>(0),
            |i| {
                if i == 31 {
                    anyhow::bail!("row {i} is corrupt")
                }
                Ok(vec![i])
            },
        );
        assert!(out.unwrap_err().to_string().contains("row 31"));
    }

    /// Panicking decode jobs raise their panic rather than leave the reader
    /// waiting for tokens they never gave back.
    #[test]
    fn panicking_batches_raise_rather_than_hang() {
        let conn = numbers(40);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            decode_rows(
                &conn,
                "SELECT i FROM t ORDER BY i",
                1,
                |row| row.get::<_, i64>(0),
                |i| {
                    assert!(i < 5, "decoding row {i} panicked");
                    Ok(vec![i])
                },
            )
        }));
        assert!(caught.is_err());
    }
}
