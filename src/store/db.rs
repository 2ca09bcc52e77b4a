//! Opening `cache.db`: its schema, its version marks, and what happens to a
//! file that is not a cache this program can use (deleted and made again,
//! with one warning line). See [`super::cache`] for what is kept in it.

use anyhow::Result;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The cache's file name in the store folder.
pub const CACHE_FILE: &str = "cache.db";

/// `PRAGMA user_version` of the schema below: bumped when it changes, or
/// when what its blobs hold is encoded differently (2: MessagePack, was JSON;
/// 3: an article's paragraphs and cues apart from the rest of it; 4: the kept
/// documents and findings LZ4-compressed).
pub const SCHEMA_VERSION: i64 = 4;

/// `PRAGMA application_id`: marks the file as centreline's ("CLN1"), so a
/// foreign SQLite file of the same name is recognised.
pub(super) const APPLICATION_ID: i64 = crate::corpus::formats::newsboat::CENTRELINE_CACHE_ID;

/// Big pages for big blobs (articles, quotes): fewer overflow pages to
/// write. Set on a new file before anything is written to it.
pub(super) const PAGE_SIZE: &str = "PRAGMA page_size=16384";

/// How long to wait for another process holding the write lock (it is held
/// only while a finished analysis is written, not while analysing).
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(20);

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
    ord INTEGER PRIMARY KEY,
    path BLOB NOT NULL,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash TEXT NOT NULL,
    manifest TEXT NOT NULL,
    warnings TEXT NOT NULL
);
CREATE TABLE documents(
    file INTEGER NOT NULL,
    n INTEGER NOT NULL,
    document BLOB NOT NULL,
    findings BLOB NOT NULL,
    PRIMARY KEY(file, n)
);
CREATE TABLE articles(
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    date_flag INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE article_rest(ord INTEGER PRIMARY KEY, rest BLOB NOT NULL);
CREATE TABLE model(part TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE quotes(n INTEGER PRIMARY KEY, body BLOB NOT NULL);
";

/// The full-text index of the paragraphs (see [`super::search`]).
const PARAGRAPH_INDEX: &str =
    "CREATE VIRTUAL TABLE paragraphs USING fts5(text, article UNINDEXED, paragraph UNINDEXED);";

/// FTS5 keeps new entries in memory up to this size before writing them
/// out as a segment (1 MB by default). A build adds the whole corpus at
/// once: with a bigger buffer it writes a few large segments instead of
/// hundreds of small ones that it would then merge, again and again.
const INDEX_BUFFER_BYTES: i64 = 32 << 20;

/// Make the paragraph index empty, ready for a build: dropped and made
/// again, since deleting its rows would have FTS5 tokenize every paragraph
/// once more to take it out of the index.
pub(super) fn empty_paragraph_index(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS paragraphs; {PARAGRAPH_INDEX}
         INSERT INTO paragraphs(paragraphs, rank) VALUES('hashsize', {INDEX_BUFFER_BYTES});"
    ))
}

/// Open `dir/cache.db`, creating it (and the folder) when missing; a file
/// that is unreadable, foreign or of a newer schema is deleted and made
/// again, with a warning in `warnings`.
pub fn open_db(dir: &Path, warnings: &mut Vec<String>) -> Result<Connection> {
    make_folder(dir)?;
    let path = dir.join(CACHE_FILE);
    let foreign = || {
        anyhow::anyhow!(
            "'{}' is a database that is not centreline's; it is left as it is (choose another --store)",
            path.display()
        )
    };
    match try_open(&path) {
        Ok(conn) => Ok(conn),
        Err(Bad::Io(e) | Bad::Locked(e)) => Err(e),
        Err(Bad::Foreign) => Err(foreign()),
        Err(Bad::Unusable(why)) => {
            // Not a database at all (or ours, unreadable): moved aside
            // rather than deleted, in case it was something of the user's.
            let aside = with_suffix(&path, ".unreadable");
            remove_db(&aside);
            let moved = std::fs::rename(&path, &aside).is_ok();
            remove_db(&path);
            warnings.push(if moved {
                format!(
                    "the store's cache '{}' {why}; it was moved to '{}' and is rebuilt",
                    path.display(),
                    aside.display()
                )
            } else {
                format!(
                    "the store's cache '{}' {why}; it is rebuilt",
                    path.display()
                )
            });
            try_open(&path).map_err(|b| match b {
                Bad::Io(e) | Bad::Locked(e) => e,
                Bad::Foreign => foreign(),
                Bad::Unusable(why) => anyhow::anyhow!("cannot make '{}': {why}", path.display()),
            })
        }
    }
}

/// Make the store folder `dir` (and its parents) if missing.
pub(super) fn make_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        anyhow::anyhow!(
            "cannot create the store folder '{}': {}",
            dir.display(),
            crate::corpus::load::plain_io_error(&e)
        )
    })
}

/// Whether `dir` holds no cache at all, not even the log of one (a first
/// build may then be written beside it and moved into place: see
/// [`super::cache`]'s writer).
pub(super) fn no_cache_in(dir: &Path) -> bool {
    let path = dir.join(CACHE_FILE);
    let wal = with_suffix(&path, "-wal");
    // Nothing at all at either path: a link to a missing file is something
    // (the cache is then made through it, as ever).
    std::fs::symlink_metadata(&path).is_err() && std::fs::symlink_metadata(wal).is_err()
}

/// `path` with `suffix` added to its file name (`cache.db-wal`,
/// `cache.db.unreadable`, a build's `cache.db.new-…`).
pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

enum Bad {
    /// Another process holds the lock past what SQLite waits for by itself.
    Locked(anyhow::Error),
    /// Could not open at all (permissions…): the caller goes on without a store.
    Io(anyhow::Error),
    /// Opened, but not a cache this program can use: delete and rebuild.
    Unusable(String),
    /// Someone else's database: left alone, and no cache is used.
    Foreign,
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
}

/// [`try_open_once`], again for a while when another process holds the
/// lock: SQLite's busy timeout covers reads and writes, but not every step
/// of opening (switching a new file to WAL mode answers "locked" at once
/// while another process is doing the same).
fn try_open(path: &Path) -> std::result::Result<Connection, Bad> {
    let until = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match try_open_once(path) {
            Err(Bad::Locked(e)) if std::time::Instant::now() >= until => return Err(Bad::Io(e)),
            Err(Bad::Locked(_)) => std::thread::sleep(std::time::Duration::from_millis(25)),
            other => return other,
        }
    }
}

fn try_open_once(path: &Path) -> std::result::Result<Connection, Bad> {
    let conn = Connection::open(path)
        .map_err(|e| Bad::Io(anyhow::anyhow!("cannot open '{}': {e}", path.display())))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| Bad::Io(e.into()))?;
    let unusable = |e: rusqlite::Error| match e.sqlite_error_code() {
        // Another process opening the same new file at the same moment
        // (its WAL switch or shared-memory file half made) is answered with
        // "locked" or an I/O error: both pass, so both are tried again,
        // never taken for a broken file to delete under the other process.
        Some(
            rusqlite::ErrorCode::DatabaseBusy
            | rusqlite::ErrorCode::DatabaseLocked
            | rusqlite::ErrorCode::SystemIoFailure,
        ) => Bad::Locked(anyhow::anyhow!("'{}' is locked: {e}", path.display())),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::PermissionDenied) => {
            Bad::Io(anyhow::anyhow!("cannot open '{}': {e}", path.display()))
        }
        _ => Bad::Unusable(format!("could not be read ({e})")),
    };
    // Whose file is it? Asked first, reading only, in one snapshot (another
    // process may be making the schema this moment): a database that is
    // not centreline's is never written to or deleted, whatever it is
    // called or wherever `--store` points (newsboat's cache is `cache.db`).
    let (app, version, tables) = identify(&conn).map_err(unusable)?;
    if app != APPLICATION_ID && (app != 0 || version != 0 || tables > 0) {
        return Err(Bad::Foreign);
    }
    // WAL: readers never wait for a writer, and a crash mid-write is rolled
    // back on the next open. `synchronous=NORMAL` in WAL mode never corrupts
    // the file; a power cut may lose the last build, which a disposable
    // cache can afford, and each build saves its fsyncs.
    // Big pages for big blobs (articles, quotes): fewer overflow pages to
    // write. Only takes effect on a new file, before WAL is turned on.
    conn.execute_batch(PAGE_SIZE).map_err(unusable)?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(unusable)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Bad::Io(anyhow::anyhow!(
            "'{}' cannot use WAL mode (journal mode {mode})",
            path.display()
        )));
    }
    conn.execute_batch("PRAGMA synchronous=NORMAL")
        .map_err(unusable)?;
    let (app, version, _) = identify(&conn).map_err(unusable)?;
    if app == APPLICATION_ID && version == SCHEMA_VERSION {
        // (A table dropped by hand would fail every read and every build
        // after it, run after run: such a file is rebuilt too.)
        if let Some(table) = missing_table(&conn).map_err(unusable)? {
            return Err(Bad::Unusable(format!("is missing its '{table}' table")));
        }
        return Ok(conn);
    }
    if app == 0 && version == 0 {
        // Empty: ours to make (unless another process did a moment ago).
        create_schema(&conn).map_err(unusable)?;
        return Ok(conn);
    }
    if version > SCHEMA_VERSION {
        return Err(Bad::Unusable(format!(
            "was made by a newer centreline (schema {version}, this one reads {SCHEMA_VERSION})"
        )));
    }
    // An older schema: nothing in it is reused, so it goes without a warning.
    drop(conn);
    remove_db(path);
    try_open_once(path)
}

/// The first table of [`SCHEMA`] the file lacks, if any.
fn missing_table(conn: &Connection) -> rusqlite::Result<Option<&'static str>> {
    let tables = SCHEMA
        .split("CREATE TABLE ")
        .skip(1)
        .filter_map(|s| s.split(['(', ' ']).next());
    for table in tables {
        let n: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if n == 0 {
            return Ok(Some(table));
        }
    }
    Ok(None)
}

/// The file's application id, schema version and number of tables, read
/// in one transaction.
fn identify(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    conn.execute_batch("BEGIN")?;
    let read = (|| {
        let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok((app, version, tables))
    })();
    let _ = conn.execute_batch("COMMIT");
    read
}

/// Make the tables, unless another process did first (checked under the
/// write lock).
pub(super) fn create_schema(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == 0 {
            conn.execute_batch(SCHEMA)?;
            empty_paragraph_index(conn)?;
            conn.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
            ))?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}
