//! Search across the whole corpus: SQLite's FTS5 over every paragraph, the
//! index built with the cache (or in memory with `--no-store`).
//!
//! The query is FTS5's own syntax: words (all must appear), `"a phrase"`,
//! `prefix*`, `AND`, `OR`, `NOT` and parentheses. Results are ranked by
//! bm25, best first.

use crate::model::Corpus;
use anyhow::Result;
use rusqlite::{params, Connection};
use serde::Serialize;

/// Where a match starts and ends in a snippet: control characters, which no
/// paragraph holds (the loader drops them), replaced by the caller's marks.
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

/// Tokens of context in a snippet.
const SNIPPET_TOKENS: i64 = 16;

/// One matching paragraph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The article's id.
    pub article: String,
    pub title: String,
    pub date: Option<String>,
    /// Index into the article's paragraphs (from 0, as in the export).
    pub paragraph: usize,
    /// The paragraph's number as the explorer and tables show it (from 1).
    pub number: usize,
    /// The matched words with some context, each match between
    /// [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
}

/// Run `query` against the paragraph index in `conn` (the cache's, or one
/// made by [`index_in_memory`]), best `limit` matches first. A query FTS5
/// cannot parse is an error naming the query, on one line.
pub fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<Hit>> {
    if query.trim().is_empty() {
        anyhow::bail!("the search query is empty");
    }
    let sql = format!(
        "SELECT a.id, a.title, a.date, p.paragraph,
                snippet(paragraphs, 0, '{MATCH_START}', '{MATCH_END}', '…', {SNIPPET_TOKENS})
         FROM paragraphs p JOIN articles a ON a.ord = p.article
         WHERE paragraphs MATCH ?1
         ORDER BY rank, p.article, p.paragraph
         LIMIT ?2"
    );
    let bad = |e: rusqlite::Error| {
        let why = match &e {
            rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
            other => other.to_string(),
        };
        let why = why.strip_prefix("fts5: ").unwrap_or(&why).to_string();
        anyhow::anyhow!(
            "cannot search for '{}': {} (the query uses FTS5 syntax: words, \"a phrase\", prefix*, AND, OR, NOT)",
            crate::present::one_line(query),
            crate::present::one_line(&why)
        )
    };
    let mut stmt = conn.prepare(&sql)?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let fts = fts_query(query);
    let rows = stmt
        .query_map(params![fts, limit], |r| {
            let paragraph: i64 = r.get(3)?;
            let paragraph = usize::try_from(paragraph).unwrap_or(0);
            Ok(Hit {
                article: r.get(0)?,
                title: r.get(1)?,
                date: r.get(2)?,
                paragraph,
                number: paragraph + 1,
                snippet: r.get(4)?,
            })
        })
        .map_err(bad)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(bad)
}

/// `query` with each bare word that holds punctuation FTS5 would read as
/// syntax (`micro-management`, `don't`, `U.S.`, `nhs:`) written as a
/// phrase (`"micro-management"`), a trailing `*` kept as a prefix: people
/// type such words as words. Quoted phrases, operators, parentheses and
/// plain words are left as they are.
pub fn fts_query(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 8);
    let mut word = String::new();
    let mut in_quotes = false;
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let open = word.len() - word.trim_start_matches('(').len();
        let close = word.len() - word.trim_end_matches(')').len();
        let core = &word[open..word.len() - close];
        let (stem, star) = match core.strip_suffix('*') {
            Some(s) => (s, "*"),
            None => (core, ""),
        };
        let plain = stem.chars().all(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&word[..open]);
        if plain || stem.is_empty() {
            out.push_str(core);
        } else {
            out.push('"');
            out.push_str(stem);
            out.push('"');
            out.push_str(star);
        }
        out.push_str(&word[word.len() - close..]);
        word.clear();
    };
    for c in query.chars() {
        match c {
            '"' => {
                flush(&mut word, &mut out);
                in_quotes = !in_quotes;
                out.push(c);
            }
            _ if in_quotes => out.push(c),
            c if c.is_whitespace() => {
                flush(&mut word, &mut out);
                out.push(c);
            }
            c => word.push(c),
        }
    }
    flush(&mut word, &mut out);
    out
}

/// An in-memory index of `corpus`'s paragraphs, for a search without a
/// store: the same tables as the cache's, so [`search`] runs unchanged.
pub fn index_in_memory(corpus: &Corpus) -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    conn.execute_batch(
        "CREATE TABLE articles(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, date TEXT);
         CREATE VIRTUAL TABLE paragraphs USING fts5(text, article UNINDEXED, paragraph UNINDEXED);",
    )?;
    let tx = conn.transaction()?;
    {
        let mut art =
            tx.prepare("INSERT INTO articles(ord, id, title, date) VALUES (?1, ?2, ?3, ?4)")?;
        let mut para =
            tx.prepare("INSERT INTO paragraphs(text, article, paragraph) VALUES (?1, ?2, ?3)")?;
        for (ord, a) in corpus.articles.iter().enumerate() {
            art.execute(params![
                ord as i64,
                a.id.as_str(),
                a.title,
                a.date.as_deref()
            ])?;
            for (pi, p) in a.paragraphs.iter().enumerate() {
                para.execute(params![p.text.as_str(), ord as i64, pi as i64])?;
            }
        }
    }
    tx.commit()?;
    Ok(conn)
}

/// A snippet with its marks replaced: `«` `»` for plain output, bold for a
/// terminal.
pub fn mark(snippet: &str, start: &str, end: &str) -> String {
    snippet.replace(MATCH_START, start).replace(MATCH_END, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_punctuation_are_searched_as_words() {
        assert_eq!(fts_query("micro-management"), "\"micro-management\"");
        assert_eq!(fts_query("don't wait"), "\"don't\" wait");
        assert_eq!(
            fts_query("(U.S. OR uk) NOT health*"),
            "(\"U.S.\" OR uk) NOT health*"
        );
        assert_eq!(fts_query("self-govern*"), "\"self-govern\"*");
        assert_eq!(
            fts_query("\"foundation trust\" devol*"),
            "\"foundation trust\" devol*"
        );
        // An unclosed quote is left for FTS5 to refuse.
        assert_eq!(fts_query("\"nhs"), "\"nhs");
        let corpus = crate::open_corpus(&[], &crate::analysis::Lexicon::bundled(), None)
            .unwrap()
            .0;
        let conn = index_in_memory(&corpus).unwrap();
        let hits = search(&conn, "micro-management", 10).unwrap();
        assert!(hits.len() >= 2, "{hits:?}");
        assert!(hits
            .iter()
            .all(|h| h.snippet.to_lowercase().contains("micro")));
        assert!(!search(&conn, "don't wait", 10).unwrap().is_empty());
    }

    #[test]
    fn fts5_is_built_into_the_bundled_sqlite() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE VIRTUAL TABLE t USING fts5(x)")
            .expect("FTS5 available");
    }
}
