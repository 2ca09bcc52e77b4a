//! [`PartialDate`]: a date known to the year, the month or the day.
//!
//! News metadata gives dates at every precision (a manifest says `2001`, a feed
//! says `Tue, 04 Dec 2001 10:00:00 GMT`), and some are guesses. One type holds
//! them all, always valid (no 2001-02-31), and it serialises as the string the
//! JSON contract has always had (`"2001"`, `"2001-12"`, `"2001-12-04"`). To
//! every consumer it is that string too: it derefs to one. Parsing the many
//! ways sources write dates lives in `corpus::date`; here only the canonical
//! form is read.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::str::FromStr;

/// A year, year-month or full date, and whether it is approximate.
///
/// Ordered and compared as its canonical text (`2001` < `2001-01` <
/// `2001-01-05`), the approximate flag last.
#[derive(Clone, Copy)]
pub struct PartialDate {
    year: u16,
    month: u8,
    day: u8,
    approximate: bool,
    /// The canonical text, `YYYY[-MM[-DD]]`, so the date can deref to a `str`.
    text: [u8; 10],
    len: u8,
}

/// Why a date was not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in any form understood.
    Unrecognised,
    /// A date that does not exist (2001-02-31, month 13).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Unrecognised => "not a date",
            DateError::Impossible => "no such date",
        })
    }
}

impl PartialDate {
    /// A date from its parts: `month` and `day` 0 for unknown (a day needs a
    /// month). Refuses years outside 1..=9999 and days the month does not have.
    pub fn new(year: u32, month: u32, day: u32) -> Result<PartialDate, DateError> {
        if !(1..=9999).contains(&year) || month > 12 || (month == 0 && day != 0) {
            return Err(DateError::Impossible);
        }
        if day > days_in_month(year, month) {
            return Err(DateError::Impossible);
        }
        let mut text = [0u8; 10];
        let s = match (month, day) {
            (0, _) => format!("{year:04}"),
            (m, 0) => format!("{year:04}-{m:02}"),
            (m, d) => format!("{year:04}-{m:02}-{d:02}"),
        };
        text[..s.len()].copy_from_slice(s.as_bytes());
        Ok(PartialDate {
            year: year as u16,
            month: month as u8,
            day: day as u8,
            approximate: false,
            text,
            len: s.len() as u8,
        })
    }

    /// The date from days since 1970-01-01 (a Unix time divided by 86 400).
    pub fn from_unix_days(days: i64) -> Result<PartialDate, DateError> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468).ok_or(DateError::Impossible)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        if !(1..=9999).contains(&year) {
            return Err(DateError::Impossible);
        }
        PartialDate::new(year as u32, month as u32, day as u32)
    }

    /// The same date, marked approximate (or not).
    pub fn with_approximate(mut self, approximate: bool) -> PartialDate {
        self.approximate = approximate;
        self
    }

    pub fn year(&self) -> u32 {
        u32::from(self.year)
    }

    /// 1-12, or `None` when only the year is known.
    pub fn month(&self) -> Option<u32> {
        (self.month != 0).then_some(u32::from(self.month))
    }

    /// 1-31, or `None` when the day is not known.
    pub fn day(&self) -> Option<u32> {
        (self.day != 0).then_some(u32::from(self.day))
    }

    pub fn approximate(&self) -> bool {
        self.approximate
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and '-' are ever written to `text`.
        std::str::from_utf8(&self.text[..self.len as usize]).unwrap_or("")
    }
}

/// Days in `month` of `year` (31 for month 0, "any month").
pub fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// The canonical form, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `~` in
    /// front marking it approximate.
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let (approx, s) = match s.trim().strip_prefix('~') {
            Some(rest) => (true, rest.trim()),
            None => (false, s.trim()),
        };
        let num = |p: &str, len: usize| {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u32>().ok())
                .flatten()
                .ok_or(DateError::Unrecognised)
        };
        let parts: Vec<&str> = s.split('-').collect();
        let date = match parts.as_slice() {
            [y] => PartialDate::new(num(y, 4)?, 0, 0),
            [y, m] => {
                let (y, m) = (num(y, 4)?, num(m, 2)?);
                if m == 0 {
                    return Err(DateError::Impossible);
                }
                PartialDate::new(y, m, 0)
            }
            [y, m, d] => {
                let (y, m, d) = (num(y, 4)?, num(m, 2)?, num(d, 2)?);
                if m == 0 || d == 0 {
                    return Err(DateError::Impossible);
                }
                PartialDate::new(y, m, d)
            }
            _ => Err(DateError::Unrecognised),
        }?;
        Ok(date.with_approximate(approx))
    }
}

impl Deref for PartialDate {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for PartialDate {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            write!(f, "~")?;
        }
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for PartialDate {
    fn eq(&self, other: &PartialDate) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for PartialDate {}

impl PartialEq<str> for PartialDate {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PartialDate {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &PartialDate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &PartialDate) -> Ordering {
        (self.year, self.month, self.day, self.approximate).cmp(&(
            other.year,
            other.month,
            other.day,
            other.approximate,
        ))
    }
}

impl Hash for PartialDate {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.year, self.month, self.day, self.approximate).hash(state);
    }
}

/// As its canonical text, without the approximate mark (which the model
/// carries beside it as `date_approximate`).
impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|e| serde::de::Error::custom(format!("date '{s}': {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_round_trip() {
        for s in ["2001", "2001-12", "2001-12-04", "2000-02-29"] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.as_str(), s);
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{s}\""));
            let back: PartialDate = serde_json::from_str(&format!("\"{s}\"")).unwrap();
            assert_eq!(back, d);
        }
        let d: PartialDate = "~1998-05".parse().unwrap();
        assert!(d.approximate());
        assert_eq!((d.year(), d.month(), d.day()), (1998, Some(5), None));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "2001-02-29",
            "2001-02-31",
            "2001-13",
            "2001-00",
            "2001-04-31",
            "0000",
        ] {
            assert_eq!(s.parse::<PartialDate>(), Err(DateError::Impossible), "{s}");
        }
        for s in ["01-02-03", "2001/02", "last week", ""] {
            assert_eq!(
                s.parse::<PartialDate>(),
                Err(DateError::Unrecognised),
                "{s}"
            );
        }
    }

    #[test]
    fn ordered_like_its_text() {
        let mut v: Vec<PartialDate> = ["2001-01-05", "2001", "2000-12", "2001-01"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        v.sort();
        let texts: Vec<&str> = v.iter().map(|d| d.as_str()).collect();
        assert_eq!(texts, ["2000-12", "2001", "2001-01", "2001-01-05"]);
    }

    #[test]
    fn unix_days() {
        assert_eq!(PartialDate::from_unix_days(0).unwrap(), "1970-01-01");
        // 2001-12-04 10:00:00 UTC
        assert_eq!(
            PartialDate::from_unix_days(1_007_460_000 / 86_400).unwrap(),
            "2001-12-04"
        );
        assert_eq!(PartialDate::from_unix_days(-1).unwrap(), "1969-12-31");
        assert!(PartialDate::from_unix_days(i64::MAX).is_err());
    }
}
