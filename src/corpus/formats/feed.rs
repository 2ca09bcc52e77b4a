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
/// bytes are not a feed (not XML, no feed root, or cut short before its first
/// complete item). A feed cut short after some items gives those, with a
/// warning that says it was cut.
pub fn read(bytes: &[u8]) -> Result<(Vec<Record>, Vec<String>), String> {
    let refused: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut truncated = false;
    let feed = match parser(&refused).parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            let problem = format!("not a readable feed ({})", first_line(&e.to_string()));
            // A download cut short: its complete items, closed as a feed.
            let Some(repaired) = repair(bytes) else {
                return Err(problem);
            };
            if let Ok(mut list) = refused.lock() {
                list.clear();
            }
            // A new parser: feed-rs's keeps the state of the entry the first
            // parse stopped in, and asserts it has none.
            match parser(&refused).parse(repaired.as_slice()) {
                Ok(feed) if !feed.entries.is_empty() => {
                    truncated = true;
                    feed
                }
                _ => return Err(problem),
            }
        }
    };
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
    let mut warnings = refused.lock().map(|l| l.clone()).unwrap_or_default();
    if truncated {
        let n = records.len();
        let items = if n == 1 { "item" } else { "items" };
        warnings.insert(
            0,
            format!("the feed is cut short: read the {n} complete {items} before the cut; the rest is lost"),
        );
    }
    Ok((records, warnings))
}

/// feed-rs's parser, with our guids and our date parser; an impossible date
/// is refused and said in `refused`.
fn parser(refused: &Arc<Mutex<Vec<String>>>) -> feed_rs::parser::Parser {
    let seen = Arc::clone(refused);
    feed_rs::parser::Builder::new()
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
        .build()
}

/// A feed cut short (a download interrupted, a disk full), closed after its
/// last complete item: the items before the cut can be read, the one the cut
/// went through cannot. `None` when no item is complete.
fn repair(bytes: &[u8]) -> Option<Vec<u8>> {
    let find_last = |needle: &[u8]| {
        bytes
            .windows(needle.len())
            .rposition(|w| w == needle)
            .map(|at| at + needle.len())
    };
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    let (end, close): (usize, &[u8]) = if contains(b"<feed") {
        (find_last(b"</entry>")?, b"</feed>")
    } else if contains(b"<rdf:RDF") {
        (find_last(b"</item>")?, b"</rdf:RDF>")
    } else {
        (find_last(b"</item>")?, b"</channel></rss>")
    };
    let mut out = bytes[..end].to_vec();
    out.extend_from_slice(close);
    Some(out)
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
    fn a_feed_cut_after_an_item_keeps_its_complete_items() {
        let full = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
                    <item><guid>a</guid><title>A</title><description>Ministers said the plan would stand.</description></item>\
                    <item><guid>b</guid><title>B</title><description>The board said it would wait.</description></item>\
                    </channel></rss>";
        let cut = full.find("<item><guid>b").unwrap() + 20;
        let (records, warnings) = read(&full.as_bytes()[..cut]).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].fragment.as_deref(), Some("a"));
        assert!(warnings[0].contains("cut short") && warnings[0].contains("1 complete item"));
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\
                    <entry><id>e1</id><title>A</title><content>The board said it would wait.</content></entry>\
                    <entry><id>e2</id><title>B</title>";
        let (records, _) = read(atom.as_bytes()).unwrap();
        assert_eq!(records.len(), 1);
        assert!(repair(b"<rss><channel><title>T</title>").is_none());
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
