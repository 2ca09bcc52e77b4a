//! Dates as sources write them → [`PartialDate`].
//!
//! Manifests and front matter write `2001-12`; pages write ISO 8601 with times
//! and zones (`2001-12-04T10:00:00+00:00`); feeds write RFC 2822 (`Tue, 04 Dec
//! 2001 10:00:00 GMT`); visible bylines write `4 December 2001` or `December
//! 4, 2001`. The date is kept as written, not moved to UTC: a page's own day is
//! the day its readers saw. A date that cannot exist (2001-02-31) is refused,
//! not rounded, so the caller can name the file.

pub use crate::model::{DateError, PartialDate};

/// Parse a date in any of the forms above. `~`, `c.`, `circa` or `about` in
/// front marks it approximate.
pub fn parse_date(raw: &str) -> Result<PartialDate, DateError> {
    let mut s = raw.trim();
    let mut approx = false;
    loop {
        let lower = s.get(..6).unwrap_or(s).to_ascii_lowercase();
        let cut = ["~", "c.", "circa ", "about ", "ca. "]
            .iter()
            .find(|p| lower.starts_with(*p))
            .map(|p| p.len());
        match cut {
            Some(n) => {
                s = s[n..].trim_start();
                approx = true;
            }
            None => break,
        }
    }
    let date = if s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        iso(s)?
    } else {
        words(s)?
    };
    Ok(date.with_approximate(approx))
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (or with `/`), optionally followed by `T`
/// or a space and a time with a zone, which are checked loosely and dropped.
fn iso(s: &str) -> Result<PartialDate, DateError> {
    let end = s.find(['T', 't', ' ']).unwrap_or(s.len());
    let (date, time) = s.split_at(end);
    let time = time.get(1..).unwrap_or("").trim();
    if !time.is_empty() && !looks_like_time(time) {
        return Err(DateError::Unrecognised);
    }
    let canonical = date.replace('/', "-");
    // `20011204` (ISO basic) as well as the extended form.
    if canonical.len() == 8 && canonical.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| canonical[r].parse::<u32>().unwrap_or(0);
        return day_of(n(0..4), n(4..6), n(6..8));
    }
    canonical.parse()
}

/// `10:00`, `10:00:00.123Z`, `10:00:00+01:00`, `10:00 GMT`: digits, colons,
/// dots, signs, `Z` and a zone abbreviation.
fn looks_like_time(t: &str) -> bool {
    t.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && t.contains(':')
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | '+' | '-' | ' ' | ','))
}

/// A full date from numbers, refusing a zero month or day.
fn day_of(y: u32, m: u32, d: u32) -> Result<PartialDate, DateError> {
    if m == 0 || d == 0 {
        return Err(DateError::Impossible);
    }
    PartialDate::new(y, m, d)
}

/// Dates written with a month name: `Tue, 04 Dec 2001 10:00:00 GMT`,
/// `4 December 2001`, `4th Dec. 2001`, `December 4, 2001`, `December 2001`.
fn words(s: &str) -> Result<PartialDate, DateError> {
    let mut month = None;
    let mut year = None;
    let mut day = None;
    let mut seen_time = false;
    for token in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        let t = token.trim_end_matches('.');
        let lower = t.to_ascii_lowercase();
        if let Some(m) = month_number(&lower) {
            if month.replace(m).is_some() {
                return Err(DateError::Unrecognised);
            }
        } else if WEEKDAYS.iter().any(|w| lower.starts_with(w)) && month.is_none() {
            continue;
        } else if t.contains(':') && t.as_bytes()[0].is_ascii_digit() {
            seen_time = true;
        } else if seen_time && is_zone(t) {
            continue;
        } else if let Some(n) = number(&lower) {
            if t.len() == 4 && !lower.ends_with(|c: char| c.is_ascii_alphabetic()) {
                if year.replace(n).is_some() {
                    return Err(DateError::Unrecognised);
                }
            } else if day.is_none() && n <= 99 {
                day = Some(n);
            } else if year.is_none() && t.len() == 2 && month.is_some() {
                // RFC 822's two-digit year, after the month: `04 Dec 01`.
                year = Some(n);
            } else {
                return Err(DateError::Unrecognised);
            }
        } else {
            return Err(DateError::Unrecognised);
        }
    }
    let Some(month) = month else {
        return Err(DateError::Unrecognised);
    };
    let year = match year {
        Some(y) => y,
        // `04 Dec 01`: the first number was the day, the second the year.
        None => return Err(DateError::Unrecognised),
    };
    let year = if year < 100 {
        if year < 50 {
            2000 + year
        } else {
            1900 + year
        }
    } else {
        year
    };
    match day {
        Some(d) => day_of(year, month, d),
        None => PartialDate::new(year, month, 0),
    }
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `lower` is a month's name or its three-letter (or `sept`)
/// abbreviation, exactly.
pub(crate) fn is_month_name(lower: &str) -> bool {
    lower == "sept"
        || MONTHS
            .iter()
            .any(|m| *m == lower || (lower.len() == 3 && m.starts_with(lower)))
}

/// 1-12 for a month's name or its three- (or `sept`) letter abbreviation.
fn month_number(lower: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() >= 3 && m.starts_with(lower) && lower.len() <= 4))
        .map(|i| i as u32 + 1)
}

/// A number, with an ordinal suffix allowed (`4th`, `21st`).
fn number(lower: &str) -> Option<u32> {
    let digits = lower
        .strip_suffix("st")
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))
        .or_else(|| lower.strip_suffix("th"))
        .unwrap_or(lower);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `GMT`, `BST`, `Z`, `+0000`, `-05:00`.
fn is_zone(t: &str) -> bool {
    let sign = t.starts_with(['+', '-'])
        && t.len() >= 3
        && t[1..].bytes().all(|b| b.is_ascii_digit() || b == b':');
    sign || (t.len() <= 5 && t.bytes().all(|b| b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> String {
        let d = parse_date(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        format!("{}{}", if d.approximate() { "~" } else { "" }, d.as_str())
    }

    #[test]
    fn iso_8601_with_times_and_zones() {
        assert_eq!(ok("2001-12-04T10:00:00Z"), "2001-12-04");
        assert_eq!(ok("2001-12-04T23:30:00+01:00"), "2001-12-04");
        assert_eq!(ok("2001-12-04T10:00:00.000-05:00"), "2001-12-04");
        assert_eq!(ok("2001-12-04 10:00"), "2001-12-04");
        assert_eq!(ok("20011204"), "2001-12-04");
        assert_eq!(ok("2001/12/04"), "2001-12-04");
        assert_eq!(ok("2001-12"), "2001-12");
        assert_eq!(ok("2001"), "2001");
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(ok("Tue, 04 Dec 2001 10:00:00 GMT"), "2001-12-04");
        assert_eq!(ok("Tue, 4 Dec 2001 10:00:00 +0000"), "2001-12-04");
        assert_eq!(ok("04 Dec 01 10:00 GMT"), "2001-12-04");
        assert_eq!(ok("Sat, 26 Feb 2000 08:15:00 EST"), "2000-02-26");
    }

    #[test]
    fn written_out() {
        assert_eq!(ok("4 December 2001"), "2001-12-04");
        assert_eq!(ok("December 4, 2001"), "2001-12-04");
        assert_eq!(ok("4th Dec. 2001"), "2001-12-04");
        assert_eq!(ok("Tuesday 4 December 2001"), "2001-12-04");
        assert_eq!(ok("Sept 21, 2004"), "2004-09-21");
        assert_eq!(ok("December 2001"), "2001-12");
        assert_eq!(ok("c. March 1998"), "~1998-03");
        assert_eq!(ok("~2024"), "~2024");
        assert_eq!(ok("circa 2001-06"), "~2001-06");
    }

    #[test]
    fn impossible_dates_are_refused_not_rounded() {
        for s in [
            "2001-02-31",
            "2001-02-29T10:00:00Z",
            "31 February 2001",
            "Tue, 31 Apr 2001 10:00:00 GMT",
            "2001-13-01",
            "20010230",
            "0 May 2001",
        ] {
            assert_eq!(parse_date(s), Err(DateError::Impossible), "{s}");
        }
        assert_eq!(ok("29 February 2000"), "2000-02-29");
    }

    #[test]
    fn non_dates_are_unrecognised() {
        for s in [
            "",
            "last week",
            "May",
            "4 December",
            "2001-12-04Tnoon",
            "December 4 5, 2001",
            "Mayor 2001",
            "12/04/2001",
        ] {
            assert_eq!(parse_date(s), Err(DateError::Unrecognised), "{s}");
        }
    }
}
