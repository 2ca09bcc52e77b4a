//! An RSS or Atom feed → one article per item, addressed `feed.xml#guid`.
//!
//! `feed-rs` parses the feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed); an item's
//! HTML content goes through the same extraction as a saved page, and its
//! date through the same parser as every other date, so an impossible
//! `pubDate` is refused with a warning rather than rounded by a library.

use super::html::{extract, plain, split_names};
use super::{fragment, Record};
use crate::corpus::date::{parse_date, DateError};
use crate::corpus::meta::date_problem;
use std::sync::{Arc, Mutex};

/// The items of a feed, and warnings (without the file name); `Err` when the
/// bytes are not a feed (truncated, not XML, no feed root).
pub fn read(bytes: &[u8]) -> Result<(Vec<Record>, Vec<String>), String> {
    let refused: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = Arc::clone(&refused);
    let parser = feed_rs::parser::Builder::new()
        // A guid that is missing is the link, else the title: stable when
        // other items are added (feed-rs's fallback is a random UUID).
        .id_generator(|links, title, _| {
            links
                .first()
                .map(|l| l.href.clone())
                .or_else(|| title.as_ref().map(|t| t.content.clone()))
                .unwrap_or_else(|| "item".to_string())
        })
        .timestamp_parser(move |text| match parse_date(text) {
            Ok(d) => {
                let (m, day) = (d.month().unwrap_or(1), d.day().unwrap_or(1));
                // Noon, so the day stays the day written in any zone.
                chrono::NaiveDate::from_ymd_opt(d.year() as i32, m, day)?
                    .and_hms_opt(12, 0, 0)
                    .map(|t| t.and_utc())
            }
            Err(DateError::Impossible) => {
                if let Ok(mut list) = seen.lock() {
                    list.push(date_problem(text, DateError::Impossible));
                }
                None
            }
            Err(DateError::Unrecognised) => None,
        })
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| format!("not a readable feed ({})", first_line(&e.to_string())))?;
    let source = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let mut records = Vec::with_capacity(feed.entries.len());
    for entry in feed.entries {
        let title = entry
            .title
            .as_ref()
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty());
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let mut record = if body.contains('<') {
            let page = extract(&body);
            Record {
                paragraphs: page.paragraphs,
                ..Record::default()
            }
        } else {
            Record::default().with_text(&body)
        };
        record.fragment = Some(fragment(&entry.id));
        record.title = title;
        record.date = entry.published.or(entry.updated).and_then(|t| {
            let d = t.date_naive();
            use chrono::Datelike;
            crate::model::PartialDate::new(d.year() as u32, d.month(), d.day()).ok()
        });
        record.authors = entry
            .authors
            .iter()
            .filter_map(|p| p.name.as_deref())
            .flat_map(split_names)
            .collect();
        record.source = source.clone();
        record.url = entry.links.first().map(|l| l.href.clone());
        records.push(record);
    }
    let warnings = refused.lock().map(|l| l.clone()).unwrap_or_default();
    Ok((records, warnings))
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_feed_is_an_error() {
        let full = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
                    <item><title>A</title><description>Some text here.</description></item>\
                    </channel></rss>";
        assert_eq!(read(full.as_bytes()).unwrap().0.len(), 1);
        assert!(read(&full.as_bytes()[..60]).is_err());
    }

    #[test]
    fn impossible_pub_date_is_refused() {
        let feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title>\
                    <guid>a1</guid><pubDate>Sat, 31 Feb 2001 10:00:00 GMT</pubDate>\
                    <description>Ministers said the plan would stand.</description></item>\
                    </channel></rss>";
        let (records, warnings) = read(feed.as_bytes()).unwrap();
        assert_eq!(records[0].date, None);
        assert!(warnings[0].contains("31 Feb 2001"), "{warnings:?}");
    }
}
