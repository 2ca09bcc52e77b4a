//! The user's corrections: speakers merged, renamed or split, quotes given to
//! someone else or rejected. Kept in `corrections.toml` in the corpus's
//! store and applied, in the order made, every time the corpus is opened.
//!
//! # Why TOML, and what a correction holds
//! The file is the user's work, so it is written to be read, edited, diffed
//! and shared: one `[[correction]]` table per fix, oldest first. (JSON Lines
//! would append more cheaply, but corrections are made by hand, a few at a
//! time, and TOML is what the rest of centreline's user files are.)
//!
//! A correction names what it touches by what survives re-analysis and an
//! engine upgrade, never by a list position:
//! - a speaker by kind and display name, with the first article they appear
//!   in to tell apart two speakers of one name (and their id at the time,
//!   for the reader and as a last resort);
//! - a quote by its article id, its paragraph, its words and where they start.
//!
//! A correction that no longer finds what it names (the article was edited
//! or deleted, or the engine already did what it asked) is reported as stale
//! and kept: it is never dropped silently, since only the user can say
//! whether it still matters.
//!
//! # Writing
//! The engine never rewrites the file except to add or undo what the user
//! asked, and every write is atomic: a temporary file beside it is written,
//! flushed to disk and renamed over it, so a crash leaves the old file or
//! the new, never half of one. A file that does not parse is an error that
//! names its line; nothing is written over it.

use crate::analysis::attribution::identity::slug;
use crate::model::{
    Corpus, CorrectionStatus, IdentityDecision, Quote, SharedStr, Speaker, SpeakerKind,
};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file's name in the store.
pub const CORRECTIONS_FILE: &str = "corrections.toml";

/// The rule recorded in a speaker's identity for forms a user joined.
pub const MERGE_RULE: &str = "correction-merge";

/// A speaker as a correction names them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRef {
    pub name: String,
    pub kind: SpeakerKind,
    /// The first article they appeared in when the correction was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Their id when the correction was made (ids can change as the corpus
    /// does; the name and kind are what is matched first).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
}

impl SpeakerRef {
    pub fn of(s: &Speaker) -> SpeakerRef {
        SpeakerRef {
            name: s.name.clone(),
            kind: s.kind,
            article: s.articles.first().map(|a| a.to_string()),
            id: s.id.to_string(),
        }
    }
}

/// A quote as a correction names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRef {
    pub article: String,
    /// Index of the paragraph, from 0 as in the export.
    pub paragraph: usize,
    /// Characters into the paragraph where the quoted words start.
    pub start: usize,
    /// The quoted words.
    pub text: String,
    /// The words just before them in the paragraph: when the quote has
    /// moved (its article was edited), the same words with the same words
    /// before them are the same quote, and the same words elsewhere
    /// (`'fragile'` quoted twice) are not.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
}

/// Characters of the paragraph kept before a quote to recognise it by.
const CONTEXT_CHARS: usize = 40;

impl QuoteRef {
    pub fn of(corpus: &Corpus, q: &Quote) -> QuoteRef {
        QuoteRef {
            article: q.article.to_string(),
            paragraph: q.paragraph,
            start: q.start,
            text: q.text.to_string(),
            before: words_before(corpus, q),
        }
    }
}

/// Up to [`CONTEXT_CHARS`] characters of `q`'s paragraph before it, spaces
/// squeezed (quote marks and spacing change with house style).
fn words_before(corpus: &Corpus, q: &Quote) -> String {
    let Some(p) = corpus
        .article(&q.article)
        .and_then(|a| a.paragraphs.get(q.paragraph))
    else {
        return String::new();
    };
    let before: Vec<char> = p.text.chars().take(q.start).collect();
    let from = before.len().saturating_sub(CONTEXT_CHARS);
    let text: String = before[from..].iter().collect();
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One fix the user made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "lowercase")]
pub enum Correction {
    /// `others` are the same person as `keep`: one speaker, under `keep`'s name.
    Merge {
        keep: SpeakerRef,
        others: Vec<SpeakerRef>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        made: String,
    },
    /// Show `speaker` as `name`.
    Rename {
        speaker: SpeakerRef,
        name: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        made: String,
    },
    /// What `speaker` says in `article` is someone else's: a new speaker.
    Split {
        speaker: SpeakerRef,
        article: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        made: String,
    },
    /// `quote` was said by `speaker`.
    Assign {
        quote: QuoteRef,
        speaker: SpeakerRef,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        made: String,
    },
    /// `quote` is not a quote of anyone (a scare quote, a title…).
    Reject {
        quote: QuoteRef,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        made: String,
    },
}

impl Correction {
    /// The action's name, as in the file.
    pub fn action(&self) -> &'static str {
        match self {
            Correction::Merge { .. } => "merge",
            Correction::Rename { .. } => "rename",
            Correction::Split { .. } => "split",
            Correction::Assign { .. } => "assign",
            Correction::Reject { .. } => "reject",
        }
    }

    /// One line saying what it does, for listings and the explorer.
    pub fn summary(&self) -> String {
        match self {
            Correction::Merge { keep, others, .. } => {
                let others: Vec<String> = others.iter().map(|o| format!("'{}'", o.name)).collect();
                format!("merge {} into '{}'", others.join(", "), keep.name)
            }
            Correction::Rename { speaker, name, .. } => {
                format!("rename '{}' to '{name}'", speaker.name)
            }
            Correction::Split {
                speaker, article, ..
            } => format!(
                "split '{}' in {article} into a speaker of their own",
                speaker.name
            ),
            Correction::Assign { quote, speaker, .. } => format!(
                "give {} to '{}'",
                quote_words(&quote.text, &quote.article, quote.paragraph),
                speaker.name
            ),
            Correction::Reject { quote, .. } => format!(
                "reject {} (not a quote of anyone)",
                quote_words(&quote.text, &quote.article, quote.paragraph)
            ),
        }
    }

    fn set_made(&mut self, when: String) {
        match self {
            Correction::Merge { made, .. }
            | Correction::Rename { made, .. }
            | Correction::Split { made, .. }
            | Correction::Assign { made, .. }
            | Correction::Reject { made, .. } => *made = when,
        }
    }
}

fn quote_words(text: &str, article: &str, paragraph: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let shown = if words.len() > 8 {
        format!("{}…", words[..8].join(" "))
    } else {
        words.join(" ")
    };
    format!("‘{shown}’ ({article} ¶{})", paragraph + 1)
}

/// The file as written: a header comment, then `[[correction]]` tables.
#[derive(Debug, Default, Serialize, Deserialize)]
struct FileForm {
    #[serde(default, rename = "correction")]
    corrections: Vec<Correction>,
}

const HEADER: &str = "\
# centreline corrections for this corpus: your fixes to the analysis,
# applied in this order every time the corpus is opened.
# Written by `centreline speakers merge|rename|split`, `centreline quotes
# assign|reject` and the explorer; `centreline corrections undo` removes the
# last. Safe to edit by hand, commit and share.

";

/// The corrections file of a store.
#[derive(Debug, Clone)]
pub struct CorrectionsFile {
    path: PathBuf,
}

impl CorrectionsFile {
    /// The file in the store folder `store` (which may not exist yet).
    pub fn in_store(store: &Path) -> CorrectionsFile {
        CorrectionsFile {
            path: store.join(CORRECTIONS_FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every correction, oldest first; none when there is no file yet.
    pub fn load(&self) -> Result<Vec<Correction>> {
        parse(&self.read_text()?).with_context(|| self.unreadable())
    }

    /// The file's text; empty when there is no file, or no store folder
    /// (the cache has said why): no corrections.
    fn read_text(&self) -> Result<String> {
        match std::fs::read_to_string(&self.path) {
            Ok(t) => Ok(t),
            Err(e) if no_file(&e) => Ok(String::new()),
            Err(e) => Err(e).with_context(|| format!("cannot read '{}'", self.path.display())),
        }
    }

    fn unreadable(&self) -> String {
        format!(
            "'{}' is not a corrections file centreline can read; fix it or move it aside (nothing was written over it)",
            self.path.display()
        )
    }

    /// Add `correction` (stamped with the time) after those in the file now;
    /// returns how many there are now (its number).
    pub fn add(&self, mut correction: Correction) -> Result<usize> {
        correction.set_made(now_utc());
        let _lock = self.lock()?;
        let (mut doc, before) = self.read_document()?;
        let table = correction_table(&correction)?;
        match doc.get_mut("correction") {
            Some(toml_edit::Item::ArrayOfTables(list)) => list.push(table),
            Some(_) => bail!(
                "'{}': `correction` is not a list of [[correction]] tables; fix it or move it aside (nothing was written over it)",
                self.path.display()
            ),
            None => {
                // The first correction: the file starts with what it is.
                let mut table = table;
                table.decor_mut().set_prefix(HEADER);
                let mut list = toml_edit::ArrayOfTables::new();
                list.push(table);
                doc.insert("correction", toml_edit::Item::ArrayOfTables(list));
            }
        }
        self.save(&doc)?;
        Ok(before.len() + 1)
    }

    /// Remove the last correction and return it; `None` when there is none.
    pub fn undo(&self) -> Result<Option<Correction>> {
        let _lock = self.lock()?;
        let (mut doc, mut all) = self.read_document()?;
        let Some(last) = all.pop() else {
            return Ok(None);
        };
        if let Some(toml_edit::Item::ArrayOfTables(list)) = doc.get_mut("correction") {
            list.remove(list.len() - 1);
            if list.is_empty() {
                doc.remove("correction");
            }
        }
        self.save(&doc)?;
        Ok(Some(last))
    }

    /// The file as an editable document (comments, order and fields this
    /// version does not know kept as they are), and its corrections; a new
    /// document with the header when there is no file yet.
    fn read_document(&self) -> Result<(toml_edit::DocumentMut, Vec<Correction>)> {
        let text = self.read_text()?;
        let all = parse(&text).with_context(|| self.unreadable())?;
        let doc = text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|e| anyhow::anyhow!("{e}"))
            .with_context(|| self.unreadable())?;
        Ok((doc, all))
    }

    /// Only one writer at a time, across processes (an explorer and a
    /// command, or two explorers): each reads, changes and replaces the
    /// whole file, so two at once would lose one's correction. The lock is
    /// the operating system's on a file beside it, released when the
    /// process ends however it ends.
    fn lock(&self) -> Result<std::fs::File> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the store folder '{}'", dir.display()))?;
        let path = dir.join(".corrections.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open '{}'", path.display()))?;
        file.lock()
            .with_context(|| format!("cannot lock '{}'", path.display()))?;
        Ok(file)
    }

    /// Write the document atomically: a temporary file, flushed to disk,
    /// renamed over the old one.
    fn save(&self, doc: &toml_edit::DocumentMut) -> Result<()> {
        let text = doc.to_string();
        // What is written must read back as what was meant.
        parse(&text).context("the corrections would not read back; nothing was written")?;
        crate::atomic::write_atomic(&self.path, |f| Ok(f.write_all(text.as_bytes())?))
    }
}

/// One correction as a `[[correction]]` table.
fn correction_table(c: &Correction) -> Result<toml_edit::Table> {
    let text = toml::to_string(&FileForm {
        corrections: vec![c.clone()],
    })
    .context("cannot write the correction as TOML")?;
    let doc = text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let Some(toml_edit::Item::ArrayOfTables(list)) = doc.get("correction") else {
        bail!("cannot write the correction as a [[correction]] table");
    };
    let Some(parsed) = list.get(0) else {
        bail!("cannot write the correction as a [[correction]] table");
    };
    // Rebuilt key by key, with the speakers and quotes it names written
    // inline (`keep = { name = "Alan Milburn", kind = "person", … }`): one
    // line each, and nothing carried over from the document it was parsed
    // in (a table's place there would clash with the user's file).
    let mut table = toml_edit::Table::new();
    for (key, item) in parsed.iter() {
        let value = match item {
            toml_edit::Item::Table(t) => {
                let mut inline = t.clone().into_inline_table();
                inline.fmt();
                toml_edit::Value::InlineTable(inline)
            }
            toml_edit::Item::ArrayOfTables(ts) => {
                let mut array = toml_edit::Array::new();
                for t in ts.iter() {
                    let mut inline = t.clone().into_inline_table();
                    inline.fmt();
                    array.push(inline);
                }
                toml_edit::Value::Array(array)
            }
            toml_edit::Item::Value(v) => {
                let mut v = v.clone();
                v.decor_mut().clear();
                v
            }
            toml_edit::Item::None => continue,
        };
        table.insert(key, toml_edit::value(value));
    }
    Ok(table)
}

fn no_file(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
    )
}

fn parse(text: &str) -> Result<Vec<Correction>> {
    let form: FileForm = toml::from_str(text).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(form.corrections)
}

/// The time now as `YYYY-MM-DDTHH:MM:SSZ`.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// Apply `corrections` to `corpus` in order, recording in
/// `corpus.corrections` what became of each (applied, or stale and why).
/// Speakers and quotes a correction changed are marked `corrected`; the
/// speakers' quote counts and themes follow their quotes.
pub fn apply(corpus: &mut Corpus, corrections: &[Correction]) {
    if corrections.is_empty() {
        return;
    }
    let mut touched: HashSet<SharedStr> = HashSet::new();
    let mut statuses = Vec::with_capacity(corrections.len());
    for (i, c) in corrections.iter().enumerate() {
        let outcome = apply_one(corpus, c, &mut touched).and_then(partly);
        statuses.push(CorrectionStatus {
            n: i + 1,
            action: c.action().to_string(),
            summary: c.summary(),
            stale: outcome.err(),
        });
    }
    settle(corpus, &touched);
    corpus.corrections = statuses;
}

/// Apply one more correction to a corpus that has the earlier ones (the
/// explorer, as the user makes it), appending its status; `Err` says why it
/// does not apply, and then the corpus is unchanged.
pub fn apply_more(corpus: &mut Corpus, c: &Correction) -> Result<(), String> {
    check(corpus, c)?;
    let mut touched = HashSet::new();
    let outcome = apply_one(corpus, c, &mut touched).and_then(partly);
    settle(corpus, &touched);
    corpus.corrections.push(CorrectionStatus {
        n: corpus.corrections.len() + 1,
        action: c.action().to_string(),
        summary: c.summary(),
        stale: outcome.err(),
    });
    Ok(())
}

/// Whether `c` would apply to `corpus` as it is now (`Err`: why not).
pub fn check(corpus: &Corpus, c: &Correction) -> Result<(), String> {
    let mut trial = corpus.clone();
    apply_one(&mut trial, c, &mut HashSet::new()).and_then(partly)
}

/// A correction done only in part (a merge some of whose speakers are
/// gone) is reported as stale, saying what was and was not done, so the
/// user looks at it.
fn partly(done: Option<String>) -> Result<(), String> {
    match done {
        None => Ok(()),
        Some(missing) => Err(format!("applied only in part: {missing}")),
    }
}

/// Quote counts, themes and emptied speakers after the corrections.
fn settle(corpus: &mut Corpus, touched: &HashSet<SharedStr>) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for q in &corpus.quotes {
        if let Some(s) = q.speaker.as_deref() {
            *counts.entry(s).or_default() += 1;
        }
    }
    // A speaker the corrections left with nothing said and no mention is
    // no speaker (one still named stays, as `named, but not quoted`).
    let named: HashSet<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .flat_map(|p| &p.mentions)
        .map(|m| m.speaker.as_str())
        .collect();
    let gone: HashSet<SharedStr> = corpus
        .speakers
        .iter()
        .filter(|s| {
            touched.contains(&s.id)
                && !counts.contains_key(s.id.as_str())
                && !named.contains(s.id.as_str())
        })
        .map(|s| s.id.clone())
        .collect();
    drop((counts, named));
    corpus.speakers.retain(|s| !gone.contains(&s.id));
    // Themes from the quotes, as analysis makes them; only the speakers a
    // correction touched take the new figures, so the rest stay as analysed.
    let index: HashMap<&str, usize> = corpus
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut fresh = corpus.speakers.clone();
    let mut counts = vec![0usize; fresh.len()];
    let theirs: Vec<_> = corpus
        .quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_deref().and_then(|id| index.get(id).copied());
            if let Some(s) = s {
                counts[s] += 1;
            }
            (s, q.text.chars().count(), &q.theme)
        })
        .collect();
    crate::analysis::theme::fill_speakers(&mut fresh, theirs);
    drop(index);
    for ((s, f), n) in corpus.speakers.iter_mut().zip(fresh).zip(counts) {
        if touched.contains(&s.id) {
            s.theme = f.theme;
            s.thin_evidence = f.thin_evidence;
            s.quote_count = n;
            s.corrected = true;
        }
    }
}

/// Which speaker `r` names now: kind and name first (the first article
/// telling apart two of one name), then the id it had.
pub fn find_speaker(corpus: &Corpus, r: &SpeakerRef) -> Option<usize> {
    let named: Vec<usize> = corpus
        .speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == r.kind && s.name.eq_ignore_ascii_case(&r.name))
        .map(|(i, _)| i)
        .collect();
    match named.as_slice() {
        // One of that name, but not the one meant: the correction named
        // a second speaker of that name (`alan-milburn-2`, split off by a
        // correction that no longer applies, say), or one seen in an
        // article this one is not in.
        [one]
            if corpus.speakers[*one].id != r.id.as_str()
                && (second_of_name(r)
                    || r.article.as_deref().is_some_and(|a| {
                        corpus.article(a).is_some()
                            && !corpus.speakers[*one].articles.iter().any(|x| x == a)
                    })) =>
        {
            return None
        }
        [one] => return Some(*one),
        [] => {}
        several => {
            let by_article = |i: &&usize| {
                r.article
                    .as_deref()
                    .is_some_and(|a| corpus.speakers[**i].articles.iter().any(|x| x == a))
            };
            let in_article: Vec<&usize> = several.iter().filter(by_article).collect();
            if let [one] = in_article.as_slice() {
                return Some(**one);
            }
            return several
                .iter()
                .copied()
                .find(|&i| corpus.speakers[i].id == r.id.as_str());
        }
    }
    None
}

/// Whether `r` named a second speaker of its name: an id that is the
/// name's slug with a number (`alan-milburn-2`).
fn second_of_name(r: &SpeakerRef) -> bool {
    r.id.strip_prefix(&slug(&r.name))
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Which quote `r` names now: the same words at the same place, else the
/// same words in the same paragraph, else the only place in the article
/// with those words.
pub fn find_quote(corpus: &Corpus, r: &QuoteRef) -> Option<usize> {
    let in_article: Vec<usize> = corpus
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.article == r.article.as_str() && q.text == r.text.as_str())
        .map(|(i, _)| i)
        .collect();
    let q = |i: &usize| &corpus.quotes[*i];
    if let Some(&i) = in_article
        .iter()
        .find(|i| q(i).paragraph == r.paragraph && q(i).start == r.start)
    {
        return Some(i);
    }
    // Moved: only with the same words before it (when the correction
    // recorded them; the last word may have been cut by the window).
    let context_fits = |i: &&usize| {
        r.before.is_empty() || {
            let here = words_before(corpus, q(i));
            let tail = r
                .before
                .split_once(' ')
                .map_or(r.before.as_str(), |(_, t)| t);
            here.ends_with(tail)
        }
    };
    let moved: Vec<&usize> = in_article.iter().filter(context_fits).collect();
    let same_paragraph: Vec<&&usize> = moved
        .iter()
        .filter(|i| q(i).paragraph == r.paragraph)
        .collect();
    match (same_paragraph.as_slice(), moved.as_slice()) {
        ([one], _) => Some(***one),
        ([], [one]) => Some(**one),
        _ => None,
    }
}

fn speaker_gone(corpus: &Corpus, r: &SpeakerRef) -> String {
    let article_gone = r
        .article
        .as_deref()
        .is_some_and(|a| corpus.article(a).is_none());
    if article_gone {
        format!(
            "no speaker '{}' now: the article they were first seen in is no longer in the corpus",
            r.name
        )
    } else {
        format!("no speaker '{}' ({}) now", r.name, kind_word(r.kind))
    }
}

fn quote_gone(corpus: &Corpus, r: &QuoteRef) -> String {
    if corpus.article(&r.article).is_none() {
        format!("the article {} is no longer in the corpus", r.article)
    } else {
        format!(
            "{} is no longer a quote in its article (was the article edited?)",
            quote_words(&r.text, &r.article, r.paragraph)
        )
    }
}

fn kind_word(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Organisation => "organisation",
        SpeakerKind::Group => "group",
        SpeakerKind::Description => "description",
    }
}

/// Apply one correction, or say why it no longer can.
/// `Ok(Some(what))`: done, but `what` could not be.
fn apply_one(
    corpus: &mut Corpus,
    c: &Correction,
    touched: &mut HashSet<SharedStr>,
) -> Result<Option<String>, String> {
    match c {
        Correction::Merge { keep, others, .. } => {
            let k = find_speaker(corpus, keep).ok_or_else(|| speaker_gone(corpus, keep))?;
            let mut froms = Vec::new();
            let mut missing = Vec::new();
            for o in others {
                match find_speaker(corpus, o) {
                    Some(f) if f != k => froms.push(f),
                    Some(_) => missing.push(format!("'{}' is already '{}'", o.name, keep.name)),
                    None => missing.push(speaker_gone(corpus, o)),
                }
            }
            if froms.is_empty() {
                return Err(missing.join("; "));
            }
            let keep_id = corpus.speakers[k].id.clone();
            let from_ids: Vec<SharedStr> = froms
                .iter()
                .map(|&f| corpus.speakers[f].id.clone())
                .collect();
            for &f in &froms {
                let from = corpus.speakers[f].clone();
                let to = &mut corpus.speakers[k];
                for form in std::iter::once(&from.name).chain(&from.aliases) {
                    if !to.aliases.contains(form) {
                        to.aliases.push(form.clone());
                    }
                    if *form != to.name && !to.identity.iter().any(|d| d.form == *form) {
                        to.identity.push(IdentityDecision {
                            form: form.clone(),
                            rule: MERGE_RULE.into(),
                        });
                    }
                }
                for role in &from.roles {
                    crate::analysis::attribution::identity::merge_role(&mut to.roles, role);
                }
                for a in &from.articles {
                    if !to.articles.contains(a) {
                        to.articles.push(a.clone());
                    }
                }
            }
            sort_articles(corpus, k);
            for q in &mut corpus.quotes {
                if q.speaker.as_ref().is_some_and(|s| from_ids.contains(s)) {
                    q.speaker = Some(keep_id.clone());
                    q.corrected = true;
                }
            }
            repoint_mentions(corpus, None, &from_ids, &keep_id);
            corpus.speakers.retain(|s| !from_ids.contains(&s.id));
            touched.insert(keep_id);
            Ok((!missing.is_empty()).then(|| missing.join("; ")))
        }
        Correction::Rename { speaker, name, .. } => {
            let name = name.trim();
            if name.is_empty() {
                return Err("the new name is empty".into());
            }
            let s = find_speaker(corpus, speaker).ok_or_else(|| speaker_gone(corpus, speaker))?;
            let s = &mut corpus.speakers[s];
            let old = std::mem::replace(&mut s.name, name.to_string());
            if !s.aliases.contains(&old) {
                s.aliases.push(old);
            }
            touched.insert(s.id.clone());
            Ok(None)
        }
        Correction::Split {
            speaker, article, ..
        } => {
            let s = find_speaker(corpus, speaker).ok_or_else(|| speaker_gone(corpus, speaker))?;
            let id = corpus.speakers[s].id.clone();
            if corpus.article(article).is_none() {
                return Err(format!("the article {article} is no longer in the corpus"));
            }
            if !corpus.speakers[s]
                .articles
                .iter()
                .any(|a| a == article.as_str())
            {
                return Err(format!("'{}' is not in {article} now", speaker.name));
            }
            if corpus.speakers[s].articles.len() < 2 {
                return Err(format!(
                    "'{}' is in no other article: there is nothing to split",
                    speaker.name
                ));
            }
            let new_id = unique_id(corpus, &corpus.speakers[s].name);
            let old = &mut corpus.speakers[s];
            old.articles.retain(|a| a != article.as_str());
            let new = Speaker {
                id: new_id.clone(),
                name: old.name.clone(),
                kind: old.kind,
                aliases: vec![old.name.clone()],
                roles: Vec::new(),
                articles: vec![SharedStr::from(article.as_str())],
                quote_count: 0,
                theme: Default::default(),
                thin_evidence: true,
                identity: Vec::new(),
                corrected: true,
            };
            for q in &mut corpus.quotes {
                if q.article == article.as_str() && q.speaker.as_ref() == Some(&id) {
                    q.speaker = Some(new_id.clone());
                    q.corrected = true;
                }
            }
            repoint_mentions(corpus, Some(article), std::slice::from_ref(&id), &new_id);
            // Next to the speaker they were split from.
            corpus.speakers.insert(s + 1, new);
            touched.insert(id);
            touched.insert(new_id);
            Ok(None)
        }
        Correction::Assign { quote, speaker, .. } => {
            let q = find_quote(corpus, quote).ok_or_else(|| quote_gone(corpus, quote))?;
            let s = find_speaker(corpus, speaker).ok_or_else(|| speaker_gone(corpus, speaker))?;
            let to = corpus.speakers[s].id.clone();
            if corpus.quotes[q].speaker.as_ref() == Some(&to) {
                return Err(format!("the quote is already '{}'s", speaker.name));
            }
            if let Some(from) = corpus.quotes[q].speaker.replace(to.clone()) {
                touched.insert(from);
            }
            corpus.quotes[q].corrected = true;
            let article = corpus.quotes[q].article.clone();
            if !corpus.speakers[s].articles.contains(&article) {
                corpus.speakers[s].articles.push(article);
                sort_articles(corpus, s);
            }
            touched.insert(to);
            Ok(None)
        }
        Correction::Reject { quote, .. } => {
            let q = find_quote(corpus, quote).ok_or_else(|| quote_gone(corpus, quote))?;
            let removed = corpus.quotes.remove(q);
            if let Some(from) = removed.speaker {
                touched.insert(from);
            }
            Ok(None)
        }
    }
}

/// Keep a speaker's articles in corpus order.
fn sort_articles(corpus: &mut Corpus, s: usize) {
    let order: HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut articles = std::mem::take(&mut corpus.speakers[s].articles);
    articles.sort_by_key(|a| order.get(a.as_str()).copied().unwrap_or(usize::MAX));
    corpus.speakers[s].articles = articles;
}

/// Point the name mentions of `from` (in one article, or all) at `to`.
fn repoint_mentions(
    corpus: &mut Corpus,
    article: Option<&str>,
    from: &[SharedStr],
    to: &SharedStr,
) {
    for a in &mut corpus.articles {
        if article.is_some_and(|id| a.id != id) {
            continue;
        }
        for p in &mut a.paragraphs {
            for m in &mut p.mentions {
                if from.contains(&m.speaker) {
                    m.speaker = to.clone();
                }
            }
        }
    }
}

/// An id for a new speaker named `name`, unique in the corpus.
fn unique_id(corpus: &Corpus, name: &str) -> SharedStr {
    let base = slug(name);
    let taken: HashSet<&str> = corpus.speakers.iter().map(|s| s.id.as_str()).collect();
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .map(SharedStr::from)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Lexicon;

    fn bundled() -> Corpus {
        crate::open_corpus(&[], &Lexicon::bundled(), None)
            .unwrap()
            .0
    }

    fn by_id<'a>(c: &'a Corpus, id: &str) -> &'a Speaker {
        c.speaker(id).unwrap()
    }

    #[test]
    fn a_file_round_trips_and_undo_takes_the_last() {
        let dir = tempfile::tempdir().unwrap();
        let file = CorrectionsFile::in_store(&dir.path().join("store"));
        assert!(file.load().unwrap().is_empty());
        let c = bundled();
        let rename = Correction::Rename {
            speaker: SpeakerRef::of(by_id(&c, "colin-reeves")),
            name: "Col Reeves".into(),
            made: String::new(),
        };
        file.add(rename.clone()).unwrap();
        let reject = Correction::Reject {
            quote: QuoteRef::of(&c, &c.quotes[2]),
            made: String::new(),
        };
        file.add(reject).unwrap();
        let back = file.load().unwrap();
        assert_eq!(back.len(), 2);
        // Stamped with the time it was made.
        let Correction::Rename { made, .. } = &back[0] else {
            panic!("{back:?}")
        };
        assert!(
            made.starts_with("20") && made.ends_with('Z') && made.len() == 20,
            "{made}"
        );
        let text = std::fs::read_to_string(file.path()).unwrap();
        assert!(text.starts_with("# centreline corrections"), "{text}");
        assert!(text.contains("action = \"rename\""), "{text}");
        assert_eq!(file.undo().unwrap().map(|c| c.action()), Some("reject"));
        assert_eq!(file.load().unwrap().len(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = CorrectionsFile::in_store(dir.path());
        let c = bundled();
        let rename = Correction::Rename {
            speaker: SpeakerRef::of(by_id(&c, "colin-reeves")),
            name: "Col Reeves".into(),
            made: String::new(),
        };
        file.add(rename.clone()).unwrap();
        let before = std::fs::read(file.path()).unwrap();
        // The temporary file cannot be made (a folder is in its place), as
        // if the disk failed before the rename.
        let tmp = dir
            .path()
            .join(format!(".{CORRECTIONS_FILE}.tmp-{}", std::process::id()));
        std::fs::create_dir(&tmp).unwrap();
        let err = file.add(rename).unwrap_err();
        assert!(err.to_string().contains("cannot write"), "{err}");
        assert_eq!(std::fs::read(file.path()).unwrap(), before);
    }

    #[test]
    fn a_speaker_is_found_by_name_and_told_apart_by_article() {
        let mut c = bundled();
        let milburn = SpeakerRef::of(by_id(&c, "alan-milburn"));
        let third = "002_606b5fe05658d27d";
        apply(
            &mut c,
            &[Correction::Split {
                speaker: milburn.clone(),
                article: third.into(),
                made: String::new(),
            }],
        );
        // Two speakers called Alan Milburn now: the ref made before the
        // split still names the first (its first article is not the third).
        let found = find_speaker(&c, &milburn).unwrap();
        assert_eq!(c.speakers[found].id, "alan-milburn");
        let split = SpeakerRef::of(by_id(&c, "alan-milburn-2"));
        assert_eq!(split.article.as_deref(), Some(third));
        assert_eq!(
            c.speakers[find_speaker(&c, &split).unwrap()].id,
            "alan-milburn-2"
        );
        // Ids change as the corpus does; names are matched first.
        let renamed_id = SpeakerRef {
            id: "someone-else".into(),
            ..SpeakerRef::of(by_id(&c, "hugh-taylor"))
        };
        assert_eq!(
            c.speakers[find_speaker(&c, &renamed_id).unwrap()].id,
            "hugh-taylor"
        );
    }

    #[test]
    fn a_quote_is_found_by_its_words_when_its_place_moved() {
        let c = bundled();
        let q = &c.quotes[1];
        let mut r = QuoteRef::of(&c, q);
        assert_eq!(find_quote(&c, &r), Some(1));
        // Words earlier in the paragraph were edited: the start moved.
        r.start += 7;
        assert_eq!(find_quote(&c, &r), Some(1));
        // A paragraph was added above it.
        r.paragraph += 1;
        assert_eq!(find_quote(&c, &r), Some(1));
        r.text.push_str(" (edited)");
        assert_eq!(find_quote(&c, &r), None);
    }

    #[test]
    fn a_moved_quote_needs_the_same_words_before_it() {
        let c = bundled();
        let q = &c.quotes[1];
        let r = QuoteRef::of(&c, q);
        assert!(!r.before.is_empty(), "{r:?}");
        // Moved to another paragraph, with other words before it: not the
        // same quote, even if its words are unique in the article.
        let elsewhere = QuoteRef {
            paragraph: q.paragraph + 1,
            start: q.start + 1,
            before: "words that were never there".into(),
            ..r.clone()
        };
        assert_eq!(find_quote(&c, &elsewhere), None);
    }

    #[test]
    fn hand_edits_to_the_file_survive_adding_and_undoing() {
        let dir = tempfile::tempdir().unwrap();
        let file = CorrectionsFile::in_store(dir.path());
        let c = bundled();
        let rename = |name: &str| Correction::Rename {
            speaker: SpeakerRef::of(by_id(&c, "colin-reeves")),
            name: name.into(),
            made: String::new(),
        };
        file.add(rename("Col Reeves")).unwrap();
        let mut text = std::fs::read_to_string(file.path()).unwrap();
        text = text.replace(
            "action = \"rename\"",
            "# my note: checked against the annual report\naction = \"rename\"\nreviewed_by = \"jb\"",
        );
        std::fs::write(file.path(), &text).unwrap();
        file.add(rename("Colin R.")).unwrap();
        let after = std::fs::read_to_string(file.path()).unwrap();
        assert!(
            after.contains("# my note: checked against the annual report"),
            "{after}"
        );
        assert!(after.contains("reviewed_by = \"jb\""), "{after}");
        assert_eq!(file.load().unwrap().len(), 2);
        file.undo().unwrap();
        let after = std::fs::read_to_string(file.path()).unwrap();
        assert!(
            after.contains("# my note: checked against the annual report"),
            "{after}"
        );
        assert!(after.contains("reviewed_by = \"jb\""), "{after}");
        assert!(!after.contains("Colin R."), "{after}");
    }

    #[test]
    fn a_later_correction_does_not_fall_on_another_of_the_same_name() {
        // Split Milburn's third article off, then merge the split-off
        // speaker into Thornton. If the split no longer applies (here: left
        // out), the merge must not fall on the one Milburn left.
        let mut c = bundled();
        let third = "002_606b5fe05658d27d";
        let split = Correction::Split {
            speaker: SpeakerRef::of(by_id(&c, "alan-milburn")),
            article: third.into(),
            made: String::new(),
        };
        apply_more(&mut c, &split).unwrap();
        let merge = Correction::Merge {
            keep: SpeakerRef::of(by_id(&c, "stephen-thornton")),
            others: vec![SpeakerRef::of(by_id(&c, "alan-milburn-2"))],
            made: String::new(),
        };
        let mut fresh = bundled();
        apply(&mut fresh, &[merge]);
        assert!(
            fresh.corrections[0].stale.is_some(),
            "{:?}",
            fresh.corrections
        );
        assert!(fresh.speaker("alan-milburn").is_some());
    }

    #[test]
    fn a_merge_done_only_in_part_is_reported() {
        let mut c = bundled();
        let gone = SpeakerRef {
            name: "Nobody Here".into(),
            kind: SpeakerKind::Person,
            article: None,
            id: "nobody-here".into(),
        };
        let merge = Correction::Merge {
            keep: SpeakerRef::of(by_id(&c, "alan-milburn")),
            others: vec![SpeakerRef::of(by_id(&c, "neil-mckay")), gone],
            made: String::new(),
        };
        apply(&mut c, &[merge]);
        assert!(
            c.speaker("neil-mckay").is_none(),
            "the part that could be done is done"
        );
        let why = c.corrections[0].stale.as_deref().unwrap();
        assert!(
            why.starts_with("applied only in part: no speaker 'Nobody Here'"),
            "{why}"
        );
    }

    #[test]
    fn no_corrections_change_nothing() {
        let c = bundled();
        let mut d = c.clone();
        apply(&mut d, &[]);
        assert_eq!(c, d);
    }
}
