//! The correction commands (`speakers merge|rename|split`, `quotes
//! assign|reject`, `corrections [undo]`): open the corpus with the
//! corrections made so far, find what the user names, check the new
//! correction applies, and add it to the store's `corrections.toml`.

use crate::cli::{CorrectionArgs, QuoteCorrection, Sources, SpeakerCorrection};
use crate::model::Corpus;
use crate::store::corrections::{self, Correction, CorrectionsFile, QuoteRef, SpeakerRef};
use crate::store::Store;
use crate::tables::corrections::{find_quote, find_speaker};
use anyhow::{bail, Result};

/// The corpus of `sources`, through its store (see [`crate::open_stored`]),
/// with the user's corrections applied; and its store. Warnings (where the
/// store is, skipped files, corrections that no longer apply) go to `warn`.
pub fn open_corrected(sources: &Sources, warn: &mut dyn FnMut(String)) -> Result<(Corpus, Store)> {
    corrected(opened_with(sources, crate::open_stored)?, warn)
}

/// [`open_corrected`], returning while a build's cache is still being
/// written (see [`crate::open_stored_writing`]): the caller calls
/// [`crate::store::cache::Writing::finish`] for its warning, if any.
pub fn open_corrected_writing(
    sources: &Sources,
    warn: &mut dyn FnMut(String),
) -> Result<(Corpus, Store, Option<crate::store::cache::Writing>)> {
    let (opened, writing) = opened_with(sources, crate::open_stored_writing)?;
    let (corpus, store) = corrected(opened, warn)?;
    Ok((corpus, store, writing))
}

/// `open` (one of the store's openers) on `sources`, with their lexicon and
/// a progress bar on stderr while it runs.
fn opened_with<T>(
    sources: &Sources,
    open: impl FnOnce(
        &[std::path::PathBuf],
        &crate::corpus::load::LoadOptions,
        &crate::analysis::Lexicon,
        &crate::store::StoreOptions,
        Option<&crate::progress::Progress>,
    ) -> Result<T>,
) -> Result<T> {
    let lexicon = crate::open_lexicon(sources.lexicon.as_deref())?;
    let bar = crate::progress::StderrBar::start();
    let opened = open(
        &sources.paths,
        &sources.load_options(),
        &lexicon,
        &sources.store_options(),
        Some(bar.progress()),
    );
    drop(bar);
    opened
}

/// The corpus opened, with the store's corrections applied.
fn corrected(opened: crate::Opened, warn: &mut dyn FnMut(String)) -> Result<(Corpus, Store)> {
    opened.warnings.into_iter().for_each(&mut *warn);
    let store = Store { dir: opened.store };
    let mut corpus = opened.corpus;
    store
        .apply_corrections(&mut corpus)?
        .into_iter()
        .for_each(&mut *warn);
    Ok((corpus, store))
}

/// Run a speaker correction; returns the line to print.
pub fn speakers(c: &SpeakerCorrection, warn: &mut dyn FnMut(String)) -> Result<String> {
    let (args, fixed, usage) = match c {
        SpeakerCorrection::Merge { args } => (args, None, "merge KEEP OTHER... [PATH...]"),
        SpeakerCorrection::Rename { args } => (args, Some(2), "rename ID NAME [PATH...]"),
        SpeakerCorrection::Split { args, .. } => {
            (args, Some(1), "split ID --article ARTICLE [PATH...]")
        }
    };
    let (words, sources) = split_args(args, fixed, usage)?;
    if matches!(c, SpeakerCorrection::Merge { .. }) && words.len() < 2 {
        bail!("name at least two speakers to merge: centreline speakers {usage}");
    }
    let (corpus, store) = open_corrected(&sources, warn)?;
    let correction = match c {
        SpeakerCorrection::Merge { .. } => {
            let [keep, others @ ..] = words.as_slice() else {
                bail!("usage: centreline speakers {usage}");
            };
            if others.is_empty() {
                bail!("name at least two speakers to merge: centreline speakers {usage}");
            }
            let keep = find_speaker(&corpus, keep)?;
            let others = others
                .iter()
                .map(|o| find_speaker(&corpus, o).map(SpeakerRef::of))
                .collect::<Result<Vec<_>>>()?;
            Correction::Merge {
                keep: SpeakerRef::of(keep),
                others,
                made: String::new(),
            }
        }
        SpeakerCorrection::Rename { .. } => Correction::Rename {
            speaker: SpeakerRef::of(find_speaker(&corpus, &words[0])?),
            name: words[1].trim().to_string(),
            made: String::new(),
        },
        SpeakerCorrection::Split { article, .. } => {
            if corpus.article(article).is_none() {
                bail!(
                    "no article '{article}' in this corpus (`centreline quotes` lists article ids)"
                );
            }
            Correction::Split {
                speaker: SpeakerRef::of(find_speaker(&corpus, &words[0])?),
                article: article.clone(),
                made: String::new(),
            }
        }
    };
    record(&corpus, &store, &sources, correction)
}

/// Run a quote correction; returns the line to print.
pub fn quotes(c: &QuoteCorrection, warn: &mut dyn FnMut(String)) -> Result<String> {
    let (args, fixed, usage) = match c {
        QuoteCorrection::Assign { args } => (args, 2, "assign QUOTE_ID SPEAKER_ID [PATH...]"),
        QuoteCorrection::Reject { args } => (args, 1, "reject QUOTE_ID [PATH...]"),
    };
    let (words, sources) = split_args(args, Some(fixed), usage)?;
    let (corpus, store) = open_corrected(&sources, warn)?;
    let quote = QuoteRef::of(&corpus, find_quote(&corpus, &words[0])?);
    let correction = match c {
        QuoteCorrection::Assign { .. } => Correction::Assign {
            quote,
            speaker: SpeakerRef::of(find_speaker(&corpus, &words[1])?),
            made: String::new(),
        },
        QuoteCorrection::Reject { .. } => Correction::Reject {
            quote,
            made: String::new(),
        },
    };
    record(&corpus, &store, &sources, correction)
}

/// Remove the last correction; returns the line to print.
pub fn undo(sources: &Sources, warn: &mut dyn FnMut(String)) -> Result<String> {
    crate::corpus::load::check_paths(&sources.paths)?;
    let (store, warning) = Store::locate(&sources.paths, &sources.store_options());
    if let Some(w) = warning {
        warn(w);
    }
    let file = store.corrections_or_error()?;
    Ok(match file.undo()? {
        Some(c) => format!(
            "Undone: {} (from '{}').\n",
            c.summary(),
            file.path().display()
        ),
        None => format!("No corrections to undo in '{}'.\n", file.path().display()),
    })
}

/// The fixed words and the sources, or a usage error.
fn split_args(
    args: &CorrectionArgs,
    fixed: Option<usize>,
    usage: &str,
) -> Result<(Vec<String>, Sources)> {
    let (words, sources) = args.split(fixed);
    if fixed.is_some_and(|n| words.len() < n) {
        bail!("usage: centreline speakers/quotes {usage}");
    }
    Ok((words, sources))
}

/// Check `c` applies to the corpus as corrected so far, then keep it.
fn record(corpus: &Corpus, store: &Store, sources: &Sources, c: Correction) -> Result<String> {
    if let Err(why) = corrections::check(corpus, &c) {
        bail!("not recorded: {why}");
    }
    let file: CorrectionsFile = store.corrections_or_error()?;
    let n = file.add(c.clone())?;
    let paths: Vec<String> = sources
        .paths
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let undo = if paths.is_empty() {
        "centreline corrections undo".to_string()
    } else {
        format!("centreline corrections undo {}", paths.join(" "))
    };
    Ok(format!(
        "Recorded correction {n}: {} (in '{}'; `{undo}` takes it back).\n",
        c.summary(),
        file.path().display()
    ))
}
