//! newsboat's cache (`cache.db`) → one article per stored item, its feed as
//! the source, addressed `cache.db#<item id>` (newsboat's own row id, which
//! does not change when other items arrive).
//!
//! The database is opened read-only: centreline never writes a user's cache,
//! and a cache newsboat has open is read as it stands.

use super::html::{extract, plain, split_names};
use super::Record;
use crate::model::PartialDate;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// The stored items, and warnings without the file name; `Err` when the file
/// is not an SQLite database with newsboat's tables.
pub fn read(path: &Path) -> Result<(Vec<Record>, Vec<String>), String> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("cannot open as SQLite ({e})"))?;
    let mut stmt = conn
        .prepare(
            "SELECT i.id, i.title, i.author, i.url, i.pubDate, i.content, f.title, i.feedurl
             FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
             ORDER BY i.id",
        )
        .map_err(|e| format!("not a newsboat cache ({e})"))?;
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
            ))
        })
        .map_err(|e| format!("not a newsboat cache ({e})"))?;
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    let mut empty = 0usize;
    for row in rows {
        let (id, title, author, url, pub_date, content, feed_title, feed_url) = match row {
            Ok(r) => r,
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
            empty += 1;
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
    if empty > 0 {
        warnings.push(format!("{empty} items with no text skipped"));
    }
    Ok((records, warnings))
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
