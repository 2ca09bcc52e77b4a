//! The theme over time, as the tracker's chart draws it: the corpus's years,
//! or its months when every dated article has a month, they span two years
//! at most and there are enough of them to make months worth telling apart.
//! Each period's theme is the analysis's own aggregate
//! ([`combine`], weighted by article length as the years are).

use crate::analysis::theme::{combine, JOIN_CHARS};
use crate::model::{Article, Corpus, Theme};
use crate::present::year_label;

/// Months are shown when the dated articles span at most this many months…
pub const MONTHLY_MAX_MONTHS: u32 = 24;
/// …and at least this many articles carry a month.
pub const MONTHLY_MIN_ARTICLES: usize = 12;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// One bar of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPeriod {
    /// `2001`, `~2001` (approximate dates), or `Jun 2001`.
    pub label: String,
    /// A few columns' worth: `2001`, `~01`, `Jun`.
    pub short: String,
    pub articles: usize,
    pub theme: Theme,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Trend {
    pub monthly: bool,
    /// Oldest first. Monthly, every month of the span is there (an empty one
    /// has no articles), so the bars are evenly spaced in time.
    pub periods: Vec<TrendPeriod>,
}

impl Trend {
    pub fn new(corpus: &Corpus) -> Trend {
        Trend::weighted(corpus, None)
    }

    /// [`Trend::new`], with each article's length given (`chars`, by
    /// position) when its paragraphs are not in the corpus to count: an
    /// article's text read from the store as it is shown.
    pub fn weighted(corpus: &Corpus, chars: Option<&[usize]>) -> Trend {
        Trend::monthly(corpus, chars).unwrap_or_else(|| Trend::yearly(corpus))
    }

    /// Whether [`Trend::new`] shows months for these articles (it needs
    /// their lengths and cues to combine them).
    pub fn shows_months(articles: &[Article]) -> bool {
        month_span(articles).is_some()
    }

    /// By year, as the analysis gave the periods: all a corpus's preview
    /// can show (its articles' themes have no cues to combine by month).
    pub fn yearly(corpus: &Corpus) -> Trend {
        Trend {
            monthly: false,
            periods: corpus
                .periods
                .iter()
                .map(|p| TrendPeriod {
                    label: year_label(&p.year, p.date_approximate),
                    short: year_label(&p.year, p.date_approximate),
                    articles: p.articles.len(),
                    theme: p.theme.clone(),
                })
                .collect(),
        }
    }

    fn monthly(corpus: &Corpus, chars: Option<&[usize]>) -> Option<Trend> {
        let (months, first, last) = month_span(&corpus.articles)?;
        let weight = |i: usize, a: &Article| match chars {
            Some(chars) => chars.get(i).copied().unwrap_or(0),
            None => body_chars(a),
        };
        let periods = (first..=last)
            .map(|m| {
                let arts: Vec<(usize, &Article)> = months
                    .iter()
                    .filter(|(k, _, _)| *k == m)
                    .map(|(_, i, a)| (*i, *a))
                    .collect();
                let approximate = arts.iter().any(|(_, a)| a.date_approximate);
                let name = MONTHS[(m % 12) as usize];
                let tilde = if approximate { "~" } else { "" };
                TrendPeriod {
                    label: format!("{tilde}{name} {}", m / 12),
                    short: format!("{tilde}{name}"),
                    articles: arts.len(),
                    theme: combine(arts.iter().map(|&(i, a)| (weight(i, a), &a.theme))),
                }
            })
            .collect();
        Some(Trend {
            monthly: true,
            periods,
        })
    }

    /// `By year` or `By month`.
    pub fn unit(&self) -> &'static str {
        if self.monthly {
            "By month"
        } else {
            "By year"
        }
    }
}

/// The dated articles by month (month number, position, article), and the
/// first and last month, when they call for a chart by month.
type Months<'a> = (Vec<(u32, usize, &'a Article)>, u32, u32);

fn month_span(articles: &[Article]) -> Option<Months<'_>> {
    let month_of = |a: &Article| {
        let d = a.date?;
        Some(d.year() * 12 + d.month()? - 1)
    };
    let months: Option<Vec<(u32, usize, &Article)>> = articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.date.is_some())
        .map(|(i, a)| Some((month_of(a)?, i, a)))
        .collect();
    let months = months?;
    if months.len() < MONTHLY_MIN_ARTICLES {
        return None;
    }
    let first = months.iter().map(|m| m.0).min()?;
    let last = months.iter().map(|m| m.0).max()?;
    if last - first >= MONTHLY_MAX_MONTHS {
        return None;
    }
    Some((months, first, last))
}

/// Characters of an article's paragraphs joined by blank lines (the weight
/// the analysis gives an article in a year).
fn body_chars(a: &Article) -> usize {
    let paragraphs: usize = a.paragraphs.iter().map(|p| p.text.chars().count()).sum();
    paragraphs + JOIN_CHARS * a.paragraphs.len().saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    #[test]
    fn years_for_a_corpus_spanning_decades() {
        let corpus = crate::tui::testing::fixture_corpus();
        let t = Trend::new(&corpus);
        assert!(!t.monthly);
        let got: Vec<(&str, usize)> = t
            .periods
            .iter()
            .map(|p| (p.label.as_str(), p.articles))
            .collect();
        assert_eq!(got, [("~2000", 2), ("~2001", 2), ("~2024", 1)]);
        assert_eq!(t.periods[0].theme, corpus.periods[0].theme);
    }

    /// The fixture's articles re-dated over eighteen months, three a month
    /// in four of them: months, with the empty months between them kept.
    #[test]
    fn months_when_the_corpus_spans_two_years_or_less() {
        let mut corpus = crate::tui::testing::fixture_corpus();
        let base = corpus.articles.clone();
        corpus.articles.clear();
        for (k, month) in ["2001-01", "2001-02", "2001-06", "2002-06"]
            .iter()
            .enumerate()
        {
            for j in 0..3 {
                let mut a = base[(k + j) % base.len()].clone();
                a.id = format!("{}-{k}-{j}", a.id).into();
                a.date = Some(month.parse::<PartialDate>().unwrap());
                a.date_approximate = false;
                corpus.articles.push(a);
            }
        }
        let t = Trend::new(&corpus);
        assert!(t.monthly, "{t:?}");
        assert_eq!(t.periods.len(), 18, "January 2001 to June 2002");
        assert_eq!(t.periods[0].label, "Jan 2001");
        assert_eq!(t.periods[17].label, "Jun 2002");
        let counts: Vec<usize> = t.periods.iter().map(|p| p.articles).collect();
        assert_eq!(counts.iter().sum::<usize>(), 12);
        assert_eq!((counts[0], counts[1], counts[2], counts[5]), (3, 3, 0, 3));
        assert!(
            t.periods[2].theme.cues.is_empty(),
            "an empty month has no lean"
        );
        // Without their paragraphs (their text left in the store), the
        // articles' lengths given make the same months.
        let chars: Vec<usize> = corpus.articles.iter().map(body_chars).collect();
        assert!(Trend::shows_months(&corpus.articles));
        let mut lean = corpus.clone();
        for a in &mut lean.articles {
            a.paragraphs.clear();
        }
        assert_eq!(Trend::weighted(&lean, Some(&chars)), t);
        assert_ne!(Trend::new(&lean), t, "the lengths count");
        // One article fewer is not enough to tell months apart.
        corpus.articles.pop();
        assert!(!Trend::new(&corpus).monthly);
        assert!(!Trend::shows_months(&corpus.articles));
    }
}
