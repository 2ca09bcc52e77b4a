//! `centreline themes`: where each article, speaker and year stands between
//! central control and local autonomy, with the cues that put it there.

use crate::model::{Article, Corpus, CueHit, Side, Speaker, Theme};
use crate::present::{
    date_key, date_label, lean_cells, lean_number, one_line, truncate, year_label,
};
use serde_json::json;
use std::collections::HashMap;
use std::fmt::Write;

/// Cells in the lean bar between `◀` and `▶` (odd, so 0 has a middle cell).
const BAR_CELLS: usize = 21;
/// Cues shown per line.
const TOP_CUES: usize = 4;
/// Longest title shown, in terminal columns.
const TITLE_COLUMNS: usize = 64;

/// The themes table, or with `json` a document with `articles`, `speakers`
/// and `periods`, each with its full theme.
pub fn themes(corpus: &Corpus, json: bool) -> anyhow::Result<String> {
    let quotes = quotes_per_speaker(corpus);
    let articles = articles_by_date(corpus);
    let speakers = speakers_by_lean(corpus, &quotes);
    if json {
        let doc = json!({
            "articles": articles.iter().map(|a| json!({
                "id": a.id, "title": a.title, "date": a.date,
                "date_approximate": a.date_approximate, "theme": a.theme,
            })).collect::<Vec<_>>(),
            "speakers": speakers.iter().map(|s| json!({
                "id": s.id, "name": s.name,
                "quotes": quotes.get(s.id.as_str()).copied().unwrap_or(0),
                "thin_evidence": s.thin_evidence, "theme": s.theme,
            })).collect::<Vec<_>>(),
            "periods": corpus.periods,
        });
        return Ok(serde_json::to_string_pretty(&doc)? + "\n");
    }

    let mut out = String::new();
    let _ = writeln!(
        out,
        "Lean: central ◀──┼──▶ local (● marks it).  Cues: + argues local, − argues central, with their summed weight."
    );
    let _ = writeln!(out, "\nArticles by date (~ approximate)");
    if articles.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    for a in &articles {
        let date = date_label(a);
        let _ = writeln!(
            out,
            "  {date:<11} {}  {}",
            a.id,
            truncate(&one_line(&a.title), TITLE_COLUMNS)
        );
        let _ = writeln!(out, "              {}", bar_line(&a.theme));
        let _ = writeln!(out, "              {}", top_cues(&a.theme.cues));
    }

    let _ = writeln!(out, "\nSpeakers, most central first (from their quotes)");
    if speakers.is_empty() {
        let _ = writeln!(out, "  (no quotes credited to speakers)");
    }
    for s in &speakers {
        let n = quotes.get(s.id.as_str()).copied().unwrap_or(0);
        let thin = if s.thin_evidence {
            "  thin evidence"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {}  ({n} quote{}, {} cue{}){thin}",
            s.name,
            plural(n),
            s.theme.cues.len(),
            plural(s.theme.cues.len())
        );
        let _ = writeln!(out, "      {}", bar_line(&s.theme));
        if !s.theme.cues.is_empty() {
            let _ = writeln!(out, "      {}", top_cues(&s.theme.cues));
        }
    }

    let _ = writeln!(out, "\nYears");
    if corpus.periods.is_empty() {
        let _ = writeln!(out, "  (no dated articles)");
    }
    for p in &corpus.periods {
        let n = p.articles.len();
        let _ = writeln!(
            out,
            "  {:<5}  {}  ({n} article{})",
            year_label(&p.year, p.date_approximate),
            bar_line(&p.theme),
            plural(n)
        );
    }
    Ok(out)
}

/// `central ◀────●───┼────▶ local  -0.42  (spoken of: central 3.0, local 1.5)`.
///
/// The lean is where the cues' stances point; the weights say how much each
/// side is spoken of, which differs when a cue about the centre argues local.
pub fn bar_line(theme: &Theme) -> String {
    format!(
        "central ◀{}▶ local  {}  (spoken of: central {:.1}, local {:.1})",
        lean_bar(theme.lean, theme.cues.is_empty()),
        lean_number(theme.lean),
        theme.central,
        theme.local
    )
}

/// The cells of the bar: `─` with `┼` in the middle and `●` at the lean;
/// no marker when nothing fired (no lean to show).
pub fn lean_bar(lean: f64, nothing_fired: bool) -> String {
    let middle = BAR_CELLS / 2;
    let at = (middle as i64 + lean_cells(lean, middle)) as usize;
    (0..BAR_CELLS)
        .map(|i| match i {
            i if i == at && !nothing_fired => '●',
            i if i == middle => '┼',
            _ => '─',
        })
        .collect()
}

/// The heaviest cues, merged by wording and stance: `+ earned autonomy 2.0`.
pub fn top_cues(cues: &[CueHit]) -> String {
    if cues.is_empty() {
        return "no cues".into();
    }
    // A cue a pejorative criticises argues neither way: `·`.
    let mut merged: Vec<(String, Option<Side>, f64, usize)> = Vec::new();
    let mut index: HashMap<(String, Option<Side>), usize> = HashMap::new();
    for c in cues {
        let key = (c.text.to_lowercase(), (!c.target).then_some(c.stance));
        let i = *index.entry(key.clone()).or_insert_with(|| {
            merged.push((key.0, key.1, 0.0, 0));
            merged.len() - 1
        });
        merged[i].2 += c.weight;
        merged[i].3 += 1;
    }
    merged.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    let shown: Vec<String> = merged
        .iter()
        .take(TOP_CUES)
        .map(|(text, stance, weight, n)| {
            let sign = match stance {
                Some(Side::Local) => '+',
                Some(Side::Central) => '−',
                None => '·',
            };
            let times = if *n > 1 {
                format!(" ×{n}")
            } else {
                String::new()
            };
            format!("{sign} {}{times} {weight:.1}", one_line(text))
        })
        .collect();
    let more = merged.len().saturating_sub(TOP_CUES);
    let more = if more > 0 {
        format!("  (+{more} more)")
    } else {
        String::new()
    };
    format!("cues: {}{more}", shown.join(", "))
}

fn articles_by_date(corpus: &Corpus) -> Vec<&Article> {
    let mut articles: Vec<&Article> = corpus.articles.iter().collect();
    articles.sort_by(|a, b| date_key(a).cmp(&date_key(b)));
    articles
}

fn quotes_per_speaker(corpus: &Corpus) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for q in &corpus.quotes {
        if let Some(s) = q.speaker.as_deref() {
            *counts.entry(s).or_insert(0) += 1;
        }
    }
    counts
}

/// Speakers with at least one quote, most central first; ties by name.
fn speakers_by_lean<'a>(corpus: &'a Corpus, quotes: &HashMap<&str, usize>) -> Vec<&'a Speaker> {
    let mut speakers: Vec<&Speaker> = corpus
        .speakers
        .iter()
        .filter(|s| quotes.get(s.id.as_str()).is_some_and(|&n| n > 0))
        .collect();
    speakers.sort_by(|a, b| {
        a.theme
            .lean
            .total_cmp(&b.theme.lean)
            .then_with(|| a.name.cmp(&b.name))
    });
    speakers
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_marks_the_lean() {
        assert_eq!(
            lean_bar(-1.0, false),
            format!("●{}┼{}", "─".repeat(9), "─".repeat(10))
        );
        assert_eq!(
            lean_bar(1.0, false),
            format!("{}┼{}●", "─".repeat(10), "─".repeat(9))
        );
        assert_eq!(lean_bar(0.0, false).chars().nth(10), Some('●'));
        assert_eq!(lean_bar(0.0, true).chars().nth(10), Some('┼'));
        assert_eq!(lean_bar(f64::NAN, false).chars().count(), BAR_CELLS);
    }

    #[test]
    fn top_cues_merge_and_sign_by_stance() {
        let cue = |text: &str, stance, weight| CueHit {
            text: text.into(),
            stance,
            weight,
            ..Default::default()
        };
        let s = top_cues(&[
            cue("targets", Side::Central, 1.0),
            cue("Targets", Side::Central, 1.0),
            cue("earned autonomy", Side::Local, 2.0),
        ]);
        assert_eq!(s, "cues: + earned autonomy 2.0, − targets ×2 2.0");
        // What a pejorative criticises argues neither way.
        let criticised = CueHit {
            target: true,
            ..cue("centre", Side::Central, 1.0)
        };
        let s = top_cues(&[criticised, cue("run everything", Side::Local, 1.5)]);
        assert_eq!(s, "cues: + run everything 1.5, · centre 1.0");
    }

    #[test]
    fn speakers_are_ranked_with_their_evidence() {
        use crate::model::{Quote, Speaker};
        let quote = |id: &str, speaker: &str, text: &str| Quote {
            id: id.parse().unwrap(),
            article: "a".into(),
            speaker: Some(speaker.into()),
            text: text.into(),
            ..Default::default()
        };
        let speaker = |id: &str, name: &str| Speaker {
            id: id.into(),
            name: name.into(),
            ..Default::default()
        };
        let mut corpus = Corpus {
            speakers: vec![
                speaker("stephen-thornton", "Stephen Thornton"),
                speaker("alan-milburn", "Alan Milburn"),
                speaker("nobody", "Nobody Quoted"),
            ],
            quotes: vec![
                quote("a#q0", "stephen-thornton", "An end to micro-management might help."),
                quote(
                    "a#q1",
                    "alan-milburn",
                    "human resources in the NHS will be performance-managed as energetically as other objectives and targets.",
                ),
                quote("a#q2", "alan-milburn", "We have got a grip on the system."),
                quote("a#q3", "alan-milburn", "the national plan will give local managers more freedom"),
            ],
            ..Default::default()
        };
        crate::analysis::theme::fill_themes(&mut corpus, &crate::analysis::Lexicon::bundled());
        let text = themes(&corpus, false).unwrap();
        let milburn = text.find("Alan Milburn  (3 quotes, ").unwrap();
        let thornton = text
            .find("Stephen Thornton  (1 quote, 1 cue)  thin evidence")
            .unwrap();
        assert!(milburn < thornton, "most central first:\n{text}");
        assert!(!text.contains("Nobody Quoted"));
        let json: serde_json::Value =
            serde_json::from_str(&themes(&corpus, true).unwrap()).unwrap();
        assert_eq!(json["speakers"][0]["id"], "alan-milburn");
        assert_eq!(json["speakers"][0]["quotes"], 3);
        assert_eq!(json["speakers"][1]["thin_evidence"], true);
    }

    #[test]
    fn long_titles_are_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
