//! newsboat's cache (`cache.db`) → one article per stored item, its feed as
//! the source, addressed `cache.db#<item id>` (newsboat's own row id, which
//! does not change when other items arrive).
//!
//! The database is opened read-only: centreline never writes a user's cache,
//! and a cache newsboat has open is read as it stands. While newsboat is
//! writing, SQLite refuses readers; after a short wait the file is skipped
//! with a warning that says so, not that it is no cache. Items the user
//! deleted (`deleted = 1`) are left out.

use super::html::{extract, plain, split_names};
use super::Record;
use crate::model::PartialDate;
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// The SQLite application id centreline marks its own store's `cache.db`
/// with ("CLN1"), so that the loader never takes it for newsboat's when a
/// store sits inside a corpus folder (`--store corpus/store`).
pub const CENTRELINE_CACHE_ID: i64 = 0x434c_4e31;

/// Whether `path` is centreline's own cache, not newsboat's.
pub fn is_centreline_cache(path: &Path) -> bool {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|c| c.query_row("PRAGMA application_id", [], |r| r.get::<_, i64>(0)))
    .is_ok_and(|id| id == CENTRELINE_CACHE_ID)
}

/// The stored items, and warnings without the file name; `Err` when the file
/// is not an SQLite database with newsboat's tables.
pub fn read(path: &Path) -> Result<(Vec<Record>, Vec<String>), String> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("cannot open as SQLite ({e})"))?;
    // newsboat holds its lock only while it writes: wait a moment for it,
    // not for ever.
    conn.busy_timeout(BUSY_WAIT)
        .map_err(|e| format!("cannot open as SQLite ({e})"))?;
    // An item the user deleted stays in the cache, marked, until newsboat
    // purges it; it is not one of their articles. Old caches lack the column.
    let deleted = if has_column(&conn, "rss_item", "deleted").map_err(not_a_cache)? {
        "WHERE COALESCE(i.deleted, 0) = 0"
    } else {
        ""
    };
    let mut stmt = conn
        .prepare(&format!(
            "SELECT i.id, i.title, i.author, i.url, i.pubDate, i.content, f.title, i.feedurl, i.guid
             FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
             {deleted} ORDER BY i.id"
        ))
        .map_err(not_a_cache)?;
    let rows = stmt
        .query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                text(row, 1),
                text(row, 2),
                text(row, 3),
                row.get::<_, Option<i64>>(4).ok().flatten(),
                text(row, 5),
                text(row, 6),
                text(row, 7),
                text(row, 8),
            ))
        })
        .map_err(not_a_cache)?;
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    let mut empty: Vec<String> = Vec::new();
    for row in rows {
        let (id, title, author, url, pub_date, content, feed_title, feed_url, guid) = match row {
            Ok(r) => r,
            Err(e) if is_busy(&e) => return Err(in_use()),
            Err(e) => {
                warnings.push(format!("an item could not be read ({e})"));
                continue;
            }
        };
        let content = content.unwrap_or_default();
        let mut record = if content.contains('<') {
            Record {
                paragraphs: extract(&content).paragraphs,
                ..Record::default()
            }
        } else {
            Record::default().with_text(&content)
        };
        if record.paragraphs.is_empty() {
            let title = title.as_deref().map(plain).filter(|t| !t.is_empty());
            empty.push(title.or(guid).unwrap_or_else(|| format!("#{id}")));
            continue;
        }
        record.fragment = Some(id.to_string());
        record.title = title.map(|t| plain(&t)).filter(|t| !t.is_empty());
        record.date = pub_date
            .filter(|&t| t > 0)
            .and_then(|t| PartialDate::from_unix_days(t.div_euclid(86_400)).ok());
        record.authors = author.map(|a| split_names(&a)).unwrap_or_default();
        record.source = feed_title
            .map(|t| plain(&t))
            .filter(|t| !t.is_empty())
            .or(feed_url);
        record.url = url;
        records.push(record);
    }
    if !empty.is_empty() {
        warnings.push(super::skipped_without_text(&empty));
    }
    Ok((records, warnings))
}

/// How long to wait for newsboat to finish writing before giving up.
const BUSY_WAIT: Duration = Duration::from_millis(300);

/// Whether `table` has `column` (newsboat's schema has grown over the years).
fn has_column(conn: &Connection, table: &str, column: &str) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let names = stmt.query_map([], |row| row.get::<_, String>(1))?;
    for name in names {
        if name?.eq_ignore_ascii_case(column) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether SQLite refused because another program holds the database.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

fn in_use() -> String {
    "in use by another program (newsboat updating its feeds?); try again when it is done".into()
}

/// The error for a database that could not be read as newsboat's: it is in
/// use, or it is something else.
fn not_a_cache(e: rusqlite::Error) -> String {
    if is_busy(&e) {
        in_use()
    } else {
        format!("not a newsboat cache ({e})")
    }
}

/// A text column, read leniently (NULL, or a number where text was expected).
fn text(row: &rusqlite::Row<'_>, i: usize) -> Option<String> {
    use rusqlite::types::ValueRef;
    match row.get_ref(i).ok()? {
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Null => None,
    }
}
