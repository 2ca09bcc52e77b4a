//! `centreline speakers` and `centreline quotes`: aligned text tables (or
//! JSON) of who speaks and what they said, with fuzzy finding of speakers by
//! name, alias or role.

use crate::model::{Corpus, Quote, QuoteKind, SharedStr, Speaker, SpeakerKind};
use crate::present::truncate;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use unicode_width::UnicodeWidthStr;

/// Speakers matching `query`, best first. Names and aliases count double
/// against roles, so `thorn` finds Stephen Thornton before anyone whose role
/// happens to contain those letters.
pub fn find_speakers<'a>(corpus: &'a Corpus, query: &str) -> Vec<&'a Speaker> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let lower_query = query.to_lowercase();
    let holds = |text: &str| text.to_lowercase().contains(&lower_query);
    let mut scored: Vec<(i64, &Speaker)> = corpus
        .speakers
        .iter()
        .filter_map(|s| {
            let by_name = std::iter::once(&s.name)
                .chain(&s.aliases)
                .filter_map(|n| matcher.fuzzy_match(n, query))
                .max()
                .map(|x| x * 2);
            let by_role = s
                .roles
                .iter()
                .filter_map(|r| matcher.fuzzy_match(r, query))
                .max();
            // As the explorer's finder does, the whole entry too, so that a
            // typo (`thornten`) still finds the person: weakest of all.
            let by_entry = by_name.or(by_role).is_none().then(|| {
                let entry = std::iter::once(s.name.as_str())
                    .chain(s.aliases.iter().map(|a| a.as_str()))
                    .chain(s.roles.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" · ");
                matcher.fuzzy_match(&entry, query).map(|x| x / 2)
            });
            by_name
                .max(by_role)
                .or(by_entry.flatten())
                .map(|score| (score, s))
        })
        .collect();
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.quote_count.cmp(&a.1.quote_count))
            .then(a.1.name.cmp(&b.1.name))
    });
    // When some speaker holds the query as it was typed, scattered letters
    // elsewhere are noise (`thorn` in `NORTH and east devoN`); only a query
    // nobody holds (a typo, `thornten`) is matched loosely.
    let whole = |s: &Speaker| {
        holds(&s.name) || s.aliases.iter().any(|a| holds(a)) || s.roles.iter().any(|r| holds(r))
    };
    if scored.iter().any(|(_, s)| whole(s)) {
        scored.retain(|(_, s)| whole(s));
    }
    // Far weaker matches than the best are noise too.
    let best = scored.first().map_or(0, |x| x.0);
    scored
        .into_iter()
        .take_while(|(score, _)| *score * 2 >= best)
        .map(|(_, s)| s)
        .collect()
}

fn no_match(query: &str) -> String {
    format!("No speaker matches '{query}'. Try part of a name or role (`centreline speakers` lists them all).\n")
}

pub fn speakers(corpus: &Corpus, find: Option<&str>, json: bool) -> anyhow::Result<String> {
    let list: Vec<&Speaker> = match find {
        Some(q) => find_speakers(corpus, q),
        None => {
            let mut all: Vec<&Speaker> = corpus.speakers.iter().collect();
            all.sort_by(|a, b| b.quote_count.cmp(&a.quote_count).then(a.name.cmp(&b.name)));
            all
        }
    };
    if json {
        return Ok(serde_json::to_string_pretty(&list)? + "\n");
    }
    if list.is_empty() {
        return Ok(match find {
            Some(q) => no_match(q),
            None => "No speakers found: no quotation in these articles is credited to anyone.\n"
                .to_string(),
        });
    }
    let mut rows = vec![[
        "NAME".to_string(),
        "ROLES".into(),
        "QUOTES".into(),
        "ARTICLES".into(),
        // What the correction commands take (`speakers merge KEEP OTHER`).
        "ID".into(),
    ]];
    for s in &list {
        let mut name = s.name.clone();
        match s.kind {
            SpeakerKind::Organisation => name.push_str(" (org)"),
            SpeakerKind::Group => name.push_str(" (group)"),
            SpeakerKind::Description => name.push_str(" (unnamed)"),
            SpeakerKind::Person => {}
        }
        if s.corrected {
            name.push_str(CORRECTED);
        }
        let roles = if s.roles.is_empty() {
            "—".to_string()
        } else {
            s.roles.join("; ")
        };
        rows.push([
            name,
            truncate(&roles, 70),
            s.quote_count.to_string(),
            articles_cell(corpus, &s.articles),
            s.id.to_string(),
        ]);
    }
    Ok(table(&rows, &[false, false, true, false, false]))
}

pub fn quotes(corpus: &Corpus, speaker: Option<&str>, json: bool) -> anyhow::Result<String> {
    match speaker {
        Some(q) => {
            let found = find_speakers(corpus, q);
            if json {
                let list: Vec<&Quote> =
                    found.iter().flat_map(|s| corpus.quotes_by(&s.id)).collect();
                return Ok(serde_json::to_string_pretty(&list)? + "\n");
            }
            if found.is_empty() {
                return Ok(no_match(q));
            }
            let mut out = String::new();
            for s in found {
                out.push_str(&speaker_heading(s));
                let mut any = false;
                for quote in corpus.quotes_by(&s.id) {
                    any = true;
                    // ¶ counts from 1, as in the explorer (the JSON's
                    // `paragraph` is an index from 0).
                    let title = corpus
                        .article(&quote.article)
                        .map_or(quote.article.as_str(), |a| a.title.as_str());
                    out.push_str(&format!(
                        "  {} {:<28} ¶{:<3} {:<8} {}\n",
                        truncate(title, 40),
                        quote.id.to_string(),
                        quote.paragraph + 1,
                        kind_name(quote.kind),
                        quote_line(quote)
                    ));
                }
                if !any {
                    out.push_str("  (named, but not quoted)\n");
                }
                out.push('\n');
            }
            Ok(out)
        }
        None => {
            if json {
                return Ok(serde_json::to_string_pretty(&corpus.quotes)? + "\n");
            }
            if corpus.quotes.is_empty() {
                return Ok("No quotes found in these articles.\n".to_string());
            }
            let mut out = String::new();
            for article in &corpus.articles {
                let mut lines = corpus.quotes_in(&article.id).peekable();
                if lines.peek().is_none() {
                    continue;
                }
                // A quote's id is the article's id and its `#qN`.
                out.push_str(&format!("{} — {}\n", article.id, article.title));
                for quote in lines {
                    let who = quote
                        .speaker
                        .as_deref()
                        .and_then(|id| corpus.speaker(id))
                        .map_or("—", |s| s.name.as_str());
                    out.push_str(&format!(
                        "  #q{:<3} ¶{:<3} {:<8} {:<22} {}\n",
                        quote.id.n,
                        quote.paragraph + 1,
                        kind_name(quote.kind),
                        truncate(who, 22),
                        quote_line(quote)
                    ));
                }
                out.push('\n');
            }
            Ok(out)
        }
    }
}

fn speaker_heading(s: &Speaker) -> String {
    let roles = if s.roles.is_empty() {
        String::new()
    } else {
        format!(", {}", s.roles.join("; "))
    };
    let plural = if s.quote_count == 1 { "" } else { "s" };
    format!("{}{roles} — {} quote{plural}\n", s.name, s.quote_count)
}

fn kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

/// Marks what a user's correction changed, in tables and the explorer.
pub const CORRECTED: &str = " ✎";

/// `said: 'text'` for quotations, `said: text` for reported speech.
fn quote_line(q: &Quote) -> String {
    let text: String = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = if q.kind == QuoteKind::Indirect {
        text
    } else {
        format!("‘{text}’")
    };
    let corrected = if q.corrected { CORRECTED } else { "" };
    match &q.cue {
        Some(c) => format!("({c}) {body}{corrected}"),
        None => format!("{body}{corrected}"),
    }
}

/// The first articles by (shortened) title, and how many more.
fn articles_cell(corpus: &Corpus, articles: &[SharedStr]) -> String {
    const SHOWN: usize = 3;
    let mut cell = articles
        .iter()
        .take(SHOWN)
        .map(|id| {
            corpus
                .article(id)
                .map_or_else(|| id.to_string(), |a| truncate(&a.title, 24))
        })
        .collect::<Vec<_>>()
        .join("; ");
    if articles.len() > SHOWN {
        cell.push_str(&format!(" +{}", articles.len() - SHOWN));
    }
    cell
}

/// Columns aligned by display width; `right` columns are right-aligned.
fn table<const N: usize>(rows: &[[String; N]], right: &[bool; N]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.width());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.width());
            if right[i] {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if i + 1 < N {
                    line.push_str(&pad);
                }
            }
            if i + 1 < N {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_and_align_by_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        let t = table(
            &[["a".to_string(), "1".into()], ["ééé".into(), "22".into()]],
            &[false, true],
        );
        assert_eq!(t, "a     1\nééé  22\n");
    }
}
