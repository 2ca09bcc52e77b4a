//! The corpus from an up-to-date cache with its articles' text left in the
//! store ([`open_lean`]), read back one article at a time when it is shown
//! ([`TextStore`]): what the explorer holds on a reopen, so that its memory
//! is the lists' and not every paragraph's.
//!
//! What is read: every article without its paragraphs (nor its theme's cues
//! and explanation), every quote, speaker and period, and the warnings, as
//! [`super::open`] gives them. The text comes from `article_rest` by the
//! article's `ord`, in a read transaction that first checks the cache is the
//! build the corpus was read from (its `built` stamp): another process may
//! rebuild it from files edited since, and then its paragraphs would not be
//! the ones the quotes point into. A search of the whole corpus uses the
//! cache's index under the same check.

use super::{
    article_head, decode_rows, decode_rows_into, end_read, open_snapshot, quotes_bound,
    scanned_if_current, ArticleRest, READ_BATCH,
};
use crate::analysis::Lexicon;
use crate::corpus::load::LoadOptions;
use crate::model::{Article, Corpus, CueHit, CueTotal, Paragraph, Period, Quote, SharedStr};
use crate::store::codec::decode;
use crate::store::search::{self, Hit};
use anyhow::{anyhow, Result};
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One article's text as the cache keeps it apart from the rest of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleText {
    pub paragraphs: Vec<Paragraph>,
    /// Its theme's cues and explanation (left out of the lean article).
    pub cues: Vec<CueHit>,
    pub explanation: Vec<CueTotal>,
}

/// What [`open_lean`] reads.
pub struct Lean {
    /// Every article without its text (`paragraphs` empty, no cues in its
    /// theme unless `chars` is given), and all the rest of the model.
    pub corpus: Corpus,
    /// The load and analysis warnings, as [`super::open`] gives them.
    pub warnings: Vec<String>,
    /// Where each article's text is.
    pub texts: TextStore,
    /// Each article's length in characters with its paragraphs joined by
    /// blank lines, when asked for (the monthly chart weighs articles by
    /// it); the articles' theme cues and explanations are read with it.
    pub chars: Option<Vec<usize>>,
}

/// The articles' text in the cache, read one article at a time.
pub struct TextStore {
    path: PathBuf,
    /// The cache's `built` stamp when the corpus was read.
    built: String,
    /// Each article's `ord`, by position in the corpus.
    ords: Vec<i64>,
    conn: Option<Connection>,
}

impl std::fmt::Debug for TextStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextStore")
            .field("path", &self.path)
            .field("built", &self.built)
            .field("articles", &self.ords.len())
            .finish()
    }
}

/// Said when the cache no longer holds the build the corpus was read from.
pub const STORE_CHANGED: &str =
    "the store was rebuilt since the corpus was opened (its files changed?); reopen centreline to read it";

impl TextStore {
    /// The text of the article at `index` in the corpus [`open_lean`] read.
    pub fn read(&mut self, index: usize) -> Result<ArticleText> {
        let ord = *self
            .ords
            .get(index)
            .ok_or_else(|| anyhow!("no article {index} in the store"))?;
        let rest: Option<Vec<u8>> = self.snapshot(|conn| {
            Ok(conn
                .query_row("SELECT rest FROM article_rest WHERE ord = ?1", [ord], |r| {
                    r.get(0)
                })
                .optional()?)
        })?;
        let rest = rest.ok_or_else(|| anyhow!("the store holds no text for this article"))?;
        let (paragraphs, cues, explanation): ArticleRest =
            decode(&rest).map_err(|e| anyhow!("its text in the store is damaged ({e})"))?;
        Ok(ArticleText {
            paragraphs,
            cues,
            explanation,
        })
    }

    /// [`search::search`] over the cache's paragraph index.
    pub fn search(&mut self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        self.snapshot(|conn| search::search(conn, query, limit))
    }

    /// `f` in a read transaction on the cache, once it is known to be the
    /// build the corpus was read from.
    fn snapshot<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if self.conn.is_none() {
            let conn = Connection::open_with_flags(
                &self.path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )?;
            // Read as the screen changes: a store another process is
            // writing answers `busy` rather than freezing the screen for
            // the writers' long timeout ([`is_busy`]; it is tried again).
            conn.busy_timeout(std::time::Duration::from_millis(250))?;
            // One article at a time: a small page cache is plenty.
            conn.execute_batch("PRAGMA cache_size = -512")?;
            self.conn = Some(conn);
        }
        let conn = self.conn.as_ref().ok_or_else(|| anyhow!("no connection"))?;
        conn.execute_batch("BEGIN")?;
        let result = (|| {
            let built: Option<String> = conn
                .query_row("SELECT value FROM meta WHERE key = 'built'", [], |r| {
                    r.get(0)
                })
                .optional()?;
            if built.as_deref() != Some(self.built.as_str()) {
                return Err(anyhow!(STORE_CHANGED));
            }
            f(conn)
        })();
        end_read(conn);
        result
    }
}

/// The corpus at `paths` from the cache in `dir` without its articles'
/// text, when the cache holds it as it is now; `None` otherwise (missing,
/// unreadable or out of date: the caller opens it the usual way). With
/// `wants_chars(articles)` true, each article's length and theme cues are
/// read too (see [`Lean::chars`]).
pub fn open_lean(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    wants_chars: impl Fn(&[Article]) -> bool,
) -> Option<Lean> {
    let (conn, stored) = open_snapshot(dir, paths, options, lexicon)?;
    // The files are checked while the rows are read.
    let (scanned, read) = std::thread::scope(|scope| {
        let scanned = scope.spawn(|| scanned_if_current(paths, &stored));
        let read = read_lean(&conn, &wants_chars);
        (scanned.join().ok().flatten(), read)
    });
    let built = built_stamp(&conn);
    end_read(&conn);
    let mut warnings = scanned?;
    let (corpus, kept, ords, chars) = read.ok()?;
    warnings.extend(kept);
    Some(Lean {
        corpus,
        warnings,
        texts: TextStore {
            path: dir.join(super::CACHE_FILE),
            built: built?,
            ords,
            conn: None,
        },
        chars,
    })
}

/// The cache's `built` stamp: which build its rows are.
pub(super) fn built_stamp(conn: &Connection) -> Option<String> {
    conn.query_row("SELECT value FROM meta WHERE key = 'built'", [], |r| {
        r.get(0)
    })
    .ok()
}

/// An article's length in characters (its paragraphs joined by blank
/// lines), and its theme's cues and explanation.
pub type Measured = (usize, Vec<CueHit>, Vec<CueTotal>);

/// What the explorer shows of a [`super::preview`], for [`open_rest`] to
/// read the rest of that corpus against.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The build the preview was read from ([`super::Preview::built`]).
    pub built: String,
    /// Its articles' and speakers' ids, in order (their strings are shared
    /// with the quotes read).
    pub articles: Vec<SharedStr>,
    pub speakers: Vec<SharedStr>,
    /// Read each article's length and theme cues too (see [`Lean::chars`]).
    pub chars: bool,
}

/// The rest of a previewed corpus: its quotes, where its articles' text
/// is, and (when asked for) their lengths and theme cues.
pub struct Rest {
    pub quotes: Vec<Quote>,
    pub texts: TextStore,
    /// Each article's length, theme cues and explanation, by position.
    pub chars: Option<Vec<Measured>>,
}

/// The rest of the corpus a [`super::preview`] showed (`shown`), from the
/// same build of the cache when the files are still the ones it holds;
/// `None` otherwise (the caller opens the corpus the usual way).
pub fn open_rest(
    dir: &Path,
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    shown: &Shown,
) -> Option<Rest> {
    let (conn, stored) = open_snapshot(dir, paths, options, lexicon)?;
    if built_stamp(&conn).as_deref() != Some(shown.built.as_str()) {
        return None;
    }
    let (scanned, read) = std::thread::scope(|scope| {
        let scanned = scope.spawn(|| scanned_if_current(paths, &stored));
        let read = (|| -> Result<_> {
            let ords: Vec<i64> = {
                let mut stmt = conn.prepare("SELECT ord FROM articles ORDER BY ord")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            if ords.len() != shown.articles.len() {
                anyhow::bail!("the cache holds other articles");
            }
            let chars = shown.chars.then(|| read_chars(&conn, &ords)).transpose()?;
            let quotes = read_quotes(&conn, &shown.articles, &shown.speakers)?;
            Ok((ords, chars, quotes))
        })();
        (scanned.join().ok().flatten(), read)
    });
    end_read(&conn);
    scanned?;
    let (ords, chars, quotes) = read.ok()?;
    Some(Rest {
        quotes,
        texts: TextStore {
            path: dir.join(super::CACHE_FILE),
            built: shown.built.clone(),
            ords,
            conn: None,
        },
        chars,
    })
}

/// Each article's length, theme cues and explanation, read from its text
/// (which is let go), for the articles at `ords`.
fn read_chars(conn: &Connection, ords: &[i64]) -> Result<Vec<Measured>> {
    let rests = decode_rows_into(
        conn,
        "SELECT ord, rest FROM article_rest ORDER BY ord",
        READ_BATCH,
        ords.len(),
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)),
        |(ord, rest)| {
            let (paragraphs, cues, explanation): ArticleRest = decode(&rest)?;
            let chars: usize = paragraphs.iter().map(|p| p.text.chars().count()).sum();
            let joins = crate::analysis::theme::JOIN_CHARS * paragraphs.len().saturating_sub(1);
            Ok(vec![(ord, (chars + joins, cues, explanation))])
        },
    )?;
    if rests.len() != ords.len() || rests.iter().zip(ords).any(|((o, _), ord)| o != ord) {
        anyhow::bail!("the cache holds texts for other articles");
    }
    Ok(rests.into_iter().map(|(_, r)| r).collect())
}

/// Every quote, its strings shared with `articles` and `speakers` (their
/// ids) as each batch is decoded (see [`share_strings`]).
fn read_quotes(
    conn: &Connection,
    articles: &[SharedStr],
    speakers: &[SharedStr],
) -> Result<Vec<Quote>> {
    let ids = Ids {
        articles: articles.iter().map(|id| (id.as_str(), id)).collect(),
        speakers: speakers.iter().map(|id| (id.as_str(), id)).collect(),
    };
    decode_rows_into(
        conn,
        "SELECT body FROM quotes ORDER BY n",
        4,
        quotes_bound(conn)?,
        |r| r.get::<_, Vec<u8>>(0),
        |body| {
            let mut quotes = decode::<Vec<Quote>>(&body)?;
            share_strings(&ids, &mut quotes);
            Ok(quotes)
        },
    )
}

/// Ids by their text.
struct Ids<'a> {
    articles: HashMap<&'a str, &'a SharedStr>,
    speakers: HashMap<&'a str, &'a SharedStr>,
}

type LeanRead = (Corpus, Vec<String>, Vec<i64>, Option<Vec<usize>>);

fn read_lean(conn: &Connection, wants_chars: &dyn Fn(&[Article]) -> bool) -> Result<LeanRead> {
    let part = |name: &str| -> Result<Vec<u8>> {
        Ok(
            conn.query_row("SELECT body FROM model WHERE part = ?1", [name], |r| {
                r.get(0)
            })?,
        )
    };
    let speakers: Vec<crate::model::Speaker> = decode(&part("speakers")?)?;
    let periods: Vec<Period> = decode(&part("periods")?)?;
    let warnings: Vec<String> = decode(&part("warnings")?)?;
    let heads = decode_rows(
        conn,
        "SELECT ord, body, date_flag FROM articles ORDER BY ord",
        READ_BATCH,
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, bool>(2)?,
            ))
        },
        |(ord, body, flag)| Ok(vec![(ord, article_head(&body, flag)?)]),
    )?;
    let (ords, mut articles): (Vec<i64>, Vec<Article>) = heads.into_iter().unzip();
    let chars = if wants_chars(&articles) {
        let read = read_chars(conn, &ords)?;
        let mut chars = Vec::with_capacity(read.len());
        for (a, (n, cues, explanation)) in articles.iter_mut().zip(read) {
            a.theme.cues = cues;
            a.theme.explanation = explanation;
            chars.push(n);
        }
        Some(chars)
    } else {
        None
    };

    let article_ids: Vec<SharedStr> = articles.iter().map(|a| a.id.clone()).collect();
    let speaker_ids: Vec<SharedStr> = speakers.iter().map(|s| s.id.clone()).collect();
    let quotes = read_quotes(conn, &article_ids, &speaker_ids)?;
    let corpus = Corpus {
        version: crate::model::EXPORT_VERSION,
        articles,
        speakers,
        quotes,
        periods,
        corrections: Vec::new(),
    };
    Ok((corpus, warnings, ords, chars))
}

/// Each quote's article and speaker ids, and its cue, as one string shared
/// with the article, the speaker and the other quotes, rather than one
/// decoded apiece (tens of thousands of small allocations): the same text,
/// so nothing shown or exported changes.
fn share_strings(ids: &Ids<'_>, quotes: &mut [Quote]) {
    let (article_ids, speaker_ids) = (&ids.articles, &ids.speakers);
    // The quotes' words in one buffer, each quote a window onto it.
    let mut words = String::with_capacity(quotes.iter().map(|q| q.text.len()).sum());
    for q in quotes.iter() {
        words.push_str(&q.text);
    }
    let words = SharedStr::from(words);
    let mut at = 0;
    for q in quotes.iter_mut() {
        let len = q.text.len();
        q.text = words.slice(at..at + len);
        at += len;
    }
    let mut rules: HashMap<String, std::borrow::Cow<'static, str>> = HashMap::new();
    let mut cues: HashMap<String, SharedStr> = HashMap::new();
    for q in quotes {
        if let Some(&id) = article_ids.get(q.article.as_str()) {
            q.article = id.clone();
        }
        if let Some(&id) = article_ids.get(q.id.article.as_str()) {
            q.id.article = id.clone();
        }
        if let Some(&id) = q.speaker.as_deref().and_then(|s| speaker_ids.get(s)) {
            q.speaker = Some(id.clone());
        }
        if let std::borrow::Cow::Owned(rule) = &q.rule {
            let shared = match rules.get(rule.as_str()) {
                Some(shared) => shared.clone(),
                None => {
                    let shared = shared_rule(rule);
                    rules.insert(rule.clone(), shared.clone());
                    shared
                }
            };
            q.rule = shared;
        }
        if let Some(cue) = &mut q.cue {
            match cues.get(cue.as_str()) {
                Some(shared) => *cue = shared.clone(),
                None => {
                    cues.insert(cue.to_string(), cue.clone());
                }
            }
        }
    }
}

/// The attribution rule's name as a `'static` string, made once per name
/// for the life of the program (there are a few dozen), so that tens of
/// thousands of quotes need not each own a copy.
fn shared_rule(rule: &str) -> std::borrow::Cow<'static, str> {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static RULES: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut rules = RULES.lock().unwrap_or_else(|e| e.into_inner());
    let rules = rules.get_or_insert_with(HashSet::new);
    if let Some(&known) = rules.get(rule) {
        return std::borrow::Cow::Borrowed(known);
    }
    // A name longer than any rule's is kept as it is, never made static:
    // a damaged cache cannot make this grow without bound.
    if rule.len() > 80 || rules.len() >= 1024 {
        return std::borrow::Cow::Owned(rule.to_string());
    }
    let leaked: &'static str = Box::leak(rule.to_string().into_boxed_str());
    rules.insert(leaked);
    std::borrow::Cow::Borrowed(leaked)
}

/// Whether `e` is a store that was busy (another process writing it), which
/// passes, rather than a text that cannot be read.
pub fn is_busy(e: &anyhow::Error) -> bool {
    use rusqlite::ErrorCode;
    e.chain().any(|c| {
        c.downcast_ref::<rusqlite::Error>().is_some_and(|r| {
            matches!(
                r.sqlite_error_code(),
                Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
            )
        })
    })
}
