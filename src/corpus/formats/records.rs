//! JSON Lines and CSV exports → one article per line or row, addressed
//! `file.jsonl#12` (its line) or `file.jsonl#<id>` when the record has an id.
//!
//! Both are read as a stream, a line or row at a time, so a 50 MB export is
//! never held whole. Fields are found by their common names or by the user's
//! `--fields` ([`FieldMap`]). A malformed line or row is skipped with a warning
//! naming its line; an export with no text field at all gives one warning.

use super::{fragment, FieldMap, Record, Role};
use crate::corpus::date::parse_date;
use crate::corpus::meta::date_problem;
use std::io::{BufRead, Read};

/// Warnings about single lines beyond this many are summed up in one line.
const LINE_WARNINGS: usize = 5;

/// Records and warnings (each naming its line, not the file).
#[derive(Debug, Default)]
pub struct Records {
    pub records: Vec<Record>,
    pub warnings: Vec<String>,
}

/// Collects line warnings, keeping the first few.
#[derive(Default)]
struct Warnings {
    list: Vec<String>,
    more: usize,
}

impl Warnings {
    fn push(&mut self, w: String) {
        if self.list.len() < LINE_WARNINGS {
            self.list.push(w);
        } else {
            self.more += 1;
        }
    }

    fn finish(mut self) -> Vec<String> {
        if self.more > 0 {
            let lines = if self.more == 1 { "line" } else { "lines" };
            self.list.push(format!(
                "{} more {lines} skipped or warned about",
                self.more
            ));
        }
        self.list
    }
}

/// A field's value as text: strings as they are, numbers written out, a list
/// of strings joined (`["Jane Smith", "Tom Jones"]`).
fn as_text(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(as_text).collect();
            (!parts.is_empty()).then(|| parts.join(" and "))
        }
        serde_json::Value::Object(m) => m.get("name").and_then(as_text),
        _ => None,
    }
    .map(|s| s.trim().to_string())
    .filter(|s| !s.is_empty())
}

/// Read JSON Lines: one JSON object per line; blank lines are fine.
pub fn read_json_lines(input: impl Read, fields: &FieldMap) -> Records {
    let mut reader = std::io::BufReader::new(input);
    let mut out = Records::default();
    let mut warnings = Warnings::default();
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut any_text = false;
    let mut objects = 0usize;
    // Mapped roles, and whether any line has a field for each.
    let mut mapped: Vec<(Role, bool)> = fields.given_roles().map(|(r, _)| (r, false)).collect();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                warnings.push(format!("line {}: {}", number + 1, e));
                break;
            }
        }
        number += 1;
        let text = legacy_text(&line);
        let text = text.trim_start_matches('\u{feff}').trim();
        if text.is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                warnings.push(format!("line {number}: not JSON ({e}); skipped"));
                continue;
            }
        };
        let serde_json::Value::Object(map) = value else {
            warnings.push(format!("line {number}: not a JSON object; skipped"));
            continue;
        };
        objects += 1;
        for (role, found) in mapped.iter_mut().filter(|(_, f)| !*f) {
            *found = fields
                .candidates(*role)
                .iter()
                .any(|name| map.keys().any(|k| k.eq_ignore_ascii_case(name)));
        }
        let get = |role: Role| {
            fields.candidates(role).iter().find_map(|name| {
                map.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .and_then(|(_, v)| as_text(v))
            })
        };
        match record(number, get, &mut warnings) {
            Some(r) => {
                any_text = true;
                out.records.push(r);
            }
            None => warnings.push(format!("line {number}: no text; skipped")),
        }
    }
    if objects > 0 && !any_text {
        out.warnings.push(no_text_field(fields));
    } else {
        if objects > 0 {
            out.warnings.extend(
                mapped
                    .iter()
                    .filter(|(_, found)| !found)
                    .filter_map(|(role, _)| fields.missing(*role)),
            );
        }
        out.warnings.extend(warnings.finish());
    }
    out
}

/// Read CSV with a header row.
pub fn read_csv(input: impl Read, fields: &FieldMap) -> Records {
    // Not flexible: a row with more or fewer fields than the header is
    // malformed (a stray quote), and is skipped rather than misread.
    // Lines are counted from the bytes ([`super::csv_lines`]), so a row's
    // line and id are the same whatever the file's line endings.
    let (input, lines) = super::csv_lines::counted(input);
    let mut reader = csv::ReaderBuilder::new().from_reader(input);
    let mut out = Records::default();
    let headers: Vec<String> = match reader.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|s| {
                legacy_text(s)
                    .trim_start_matches('\u{feff}')
                    .trim()
                    .to_string()
            })
            .collect(),
        Err(e) => {
            out.warnings.push(format!("no header row ({e})"));
            return out;
        }
    };
    let column = |role: Role| {
        fields
            .candidates(role)
            .iter()
            .find_map(|name| headers.iter().position(|h| h.eq_ignore_ascii_case(name)))
    };
    let columns: Vec<(Role, Option<usize>)> = [
        Role::Text,
        Role::Title,
        Role::Date,
        Role::Source,
        Role::Author,
        Role::Url,
        Role::Id,
    ]
    .into_iter()
    .map(|r| (r, column(r)))
    .collect();
    if columns[0].1.is_none() {
        out.warnings.push(format!(
            "{} (columns: {})",
            no_text_field(fields),
            headers.join(", ")
        ));
        return out;
    }
    // A mapped role with no column at all: said once, then the rows load.
    for (role, column) in &columns {
        if column.is_none() {
            out.warnings.extend(fields.missing(*role));
        }
    }
    let mut warnings = Warnings::default();
    let mut row = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                let why = match e.kind() {
                    csv::ErrorKind::UnequalLengths { len, .. } => format!(
                        "{len} fields where the header has {} (a stray quote or comma?)",
                        headers.len()
                    ),
                    _ => e.to_string(),
                };
                warnings.push(format!("line {line}: not a CSV row: {why}; skipped"));
                // An I/O error can repeat forever; stop there.
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = row.position().map_or(0, |p| lines.line_at(p.byte()));
        let get = |role: Role| {
            columns
                .iter()
                .find(|(r, _)| *r == role)
                .and_then(|(_, c)| *c)
                .and_then(|c| row.get(c))
                .map(|s| legacy_text(s).trim().to_string())
                .filter(|s| !s.is_empty())
        };
        match record(line, get, &mut warnings) {
            Some(r) => out.records.push(r),
            None => warnings.push(format!("line {line}: no text; skipped")),
        }
    }
    out.warnings.extend(warnings.finish());
    out
}

/// UTF-8, or Windows-1252 when it is not (an export from an old database or
/// spreadsheet), as the text loader reads files.
fn legacy_text(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

fn no_text_field(fields: &FieldMap) -> String {
    let names = fields.candidates(Role::Text).join(", ");
    format!("no text field ({names}); use --fields text=NAME to name it")
}

/// The record of line `line` from its fields; `None` without text. An
/// unreadable date is dropped with a warning, and the article still loads.
fn record(
    line: usize,
    get: impl Fn(Role) -> Option<String>,
    warnings: &mut Warnings,
) -> Option<Record> {
    let text = get(Role::Text)?;
    let mut r = Record::default().with_text(&text);
    if r.paragraphs.is_empty() {
        return None;
    }
    r.fragment = Some(match get(Role::Id) {
        Some(id) => fragment(&id),
        None => line.to_string(),
    });
    r.title = get(Role::Title).map(|t| super::html::plain(&t));
    if let Some(raw) = get(Role::Date) {
        match parse_date(&raw) {
            Ok(d) => r.date = Some(d),
            Err(e) => warnings.push(format!("line {line}: {}", date_problem(&raw, e))),
        }
    }
    r.source = get(Role::Source);
    r.authors = get(Role::Author)
        .map(|a| super::html::split_names(&a))
        .unwrap_or_default();
    r.url = get(Role::Url);
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_with_a_bad_line() {
        let input = "{\"title\": \"Trusts warned\", \"body\": \"Ministers said trusts would be told.\", \"published\": \"2001-12-04\"}\n\
                     {not json\n\
                     \n\
                     {\"headline\": \"B\", \"content\": \"The board said it would wait.\", \"date\": \"2001-02-31\"}\n";
        let r = read_json_lines(input.as_bytes(), &FieldMap::default());
        assert_eq!(r.records.len(), 2);
        assert_eq!(r.records[0].fragment.as_deref(), Some("1"));
        assert_eq!(r.records[0].date.as_deref(), Some("2001-12-04"));
        assert_eq!(r.records[1].fragment.as_deref(), Some("4"));
        assert_eq!(r.records[1].title.as_deref(), Some("B"));
        assert_eq!(r.records[1].date, None);
        assert!(
            r.warnings[0].starts_with("line 2: not JSON"),
            "{:?}",
            r.warnings
        );
        assert!(r.warnings[1].contains("line 4") && r.warnings[1].contains("does not exist"));
    }

    #[test]
    fn latin1_exports_decode() {
        let csv = b"title,text\nCuts,\"Trusts get \xa325,000 each\"\n";
        let r = read_csv(&csv[..], &FieldMap::default());
        assert_eq!(r.records[0].paragraphs, ["Trusts get £25,000 each"]);
        let jsonl = b"{\"text\": \"Trusts get \xa325,000 each\"}\n";
        let r = read_json_lines(&jsonl[..], &FieldMap::default());
        assert_eq!(r.records[0].paragraphs, ["Trusts get £25,000 each"]);
    }

    #[test]
    fn csv_without_text_column_is_one_warning() {
        let r = read_csv(
            "title,when\nA,2001\nB,2002\n".as_bytes(),
            &FieldMap::default(),
        );
        assert!(r.records.is_empty());
        assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
        assert!(r.warnings[0].contains("--fields"), "{:?}", r.warnings);
    }

    #[test]
    fn warnings_beyond_five_are_counted_in_good_english() {
        let six = "{bad\n".repeat(6);
        let r = read_json_lines(six.as_bytes(), &FieldMap::default());
        assert_eq!(r.warnings.len(), 6, "{:?}", r.warnings);
        assert_eq!(r.warnings[5], "1 more line skipped or warned about");
        let seven = "{bad\n".repeat(7);
        let r = read_json_lines(seven.as_bytes(), &FieldMap::default());
        assert_eq!(r.warnings[5], "2 more lines skipped or warned about");
    }

    #[test]
    fn csv_lines_are_the_same_for_crlf_and_lf() {
        let lf = "title,text\nCuts,\"The minister said:\n\ncuts would follow.\"\nTax,Council tax will rise.\nOdd,\"a\",b\n";
        let crlf = lf.replace('\n', "\r\n");
        for text in [lf.to_string(), crlf] {
            let r = read_csv(text.as_bytes(), &FieldMap::default());
            let ids: Vec<_> = r.records.iter().map(|r| r.fragment.clone()).collect();
            assert_eq!(ids, [Some("2".into()), Some("5".into())], "{text:?}");
            assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
            assert!(r.warnings[0].starts_with("line 6:"), "{:?}", r.warnings);
        }
    }
}
