//! Small presentation rules shared by the CLI tables and the explorer, so a
//! date, a lean or a cut title looks the same wherever it is shown.

use crate::model::Article;
use unicode_width::UnicodeWidthChar;

/// The date as shown everywhere: `~2000-07` when approximate, `undated` when absent.
pub fn date_label(a: &Article) -> String {
    match &a.date {
        Some(d) if a.date_approximate => format!("~{d}"),
        Some(d) => d.to_string(),
        None => "undated".into(),
    }
}

/// The year bucket as shown: `~2000` when any article in it is approximately dated.
pub fn year_label(year: &str, approximate: bool) -> String {
    if approximate {
        format!("~{year}")
    } else {
        year.to_string()
    }
}

/// Sort key for "by date": oldest first, undated last, then title, then id,
/// so every list ordered by date agrees.
pub fn date_key(a: &Article) -> (bool, &str, &str, &str) {
    (
        a.date.is_none(),
        a.date.as_deref().unwrap_or(""),
        a.title.as_str(),
        a.id.as_str(),
    )
}

/// How many cells of a diverging bar with `half` cells a side the lean fills:
/// negative leftwards (central), positive rightwards (local). A lean that is not
/// zero always fills at least one cell, so a slight lean never looks balanced.
pub fn lean_cells(lean: f64, half: usize) -> i64 {
    if !lean.is_finite() || lean == 0.0 || half == 0 {
        return 0;
    }
    let lean = lean.clamp(-1.0, 1.0);
    let n = ((lean.abs() * half as f64).round() as i64).clamp(1, half as i64);
    if lean < 0.0 {
        -n
    } else {
        n
    }
}

/// `1 quote`, `2 quotes`: a count with its noun (plural by `s`).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `+0.42` / `-0.42`, never `-0.00`.
pub fn lean_number(lean: f64) -> String {
    if lean.is_finite() {
        format!("{:+.2}", lean + 0.0)
    } else {
        "n/a".into()
    }
}

/// Whitespace runs folded to one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `columns` terminal columns of `s` (display width, so CJK and
/// combining marks count right), ending in `…` when cut.
pub fn truncate(s: &str, columns: usize) -> String {
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= columns {
        return s.to_string();
    }
    if columns == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut width = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if width + w + 1 > columns {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slight_leans_still_show() {
        assert_eq!(lean_cells(-0.03, 3), -1);
        assert_eq!(lean_cells(0.12, 3), 1);
        assert_eq!(lean_cells(0.0, 3), 0);
        assert_eq!(lean_cells(1.0, 5), 5);
        assert_eq!(lean_cells(-7.0, 5), -5);
        assert_eq!(lean_cells(f64::NAN, 5), 0);
    }

    #[test]
    fn truncation_counts_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(lean_number(-0.0), "+0.00");
        assert_eq!(lean_number(-0.456), "-0.46");
        let mut a = Article {
            date: Some("2000-07".parse().unwrap()),
            date_approximate: true,
            ..Default::default()
        };
        assert_eq!(date_label(&a), "~2000-07");
        a.date = None;
        assert_eq!(date_label(&a), "undated");
    }
}
