//! centreline: a terminal explorer for news and commentary about how public
//! services are governed.
//!
//! The data's path: files → [`corpus`] (load, decode, paragraphs, metadata) →
//! [`analysis`] (quotes, speakers, theme; pure functions) → [`model`] (the
//! serde contract) → [`export`] / CLI [`tables`], or the explorer, [`tui`].

pub mod analysis;
pub mod atomic;
pub mod cli;
pub mod corpus;
pub mod correct;
pub mod export;
pub mod model;
pub mod present;
pub mod progress;
pub mod store;
pub mod tables;
pub mod tui;

use analysis::Lexicon;
use corpus::load::LoadOptions;
use std::path::{Path, PathBuf};

/// The bundled lexicon, or the one in `path`; errors name the file and line.
pub fn open_lexicon(path: Option<&Path>) -> anyhow::Result<Lexicon> {
    match path {
        Some(p) => Lexicon::load(p),
        None => Ok(Lexicon::bundled()),
    }
}

/// Load (the bundled corpus when `paths` is empty) and analyse. Returns the
/// corpus and one warning line per file skipped.
pub fn open_corpus(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<(model::Corpus, Vec<String>)> {
    open_corpus_with(paths, &LoadOptions::default(), lexicon, progress)
}

/// [`open_corpus`] with loading options (`--fields`).
pub fn open_corpus_with(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<(model::Corpus, Vec<String>)> {
    let (analysed, warnings) = open_analysed_with(paths, options, lexicon, progress)?;
    Ok((analysed.into_corpus(), warnings))
}

/// [`open_corpus`] up to its articles, which are made as they are taken
/// (see [`analysis::Analysed`]): for the export, which streams them.
pub fn open_analysed<'l>(
    paths: &[PathBuf],
    lexicon: &'l Lexicon,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<(analysis::Analysed<'l>, Vec<String>)> {
    open_analysed_with(paths, &LoadOptions::default(), lexicon, progress)
}

/// [`open_analysed`] with loading options (`--fields`).
pub fn open_analysed_with<'l>(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &'l Lexicon,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<(analysis::Analysed<'l>, Vec<String>)> {
    let loaded = if paths.is_empty() {
        corpus::load_bundled()
    } else {
        corpus::load::load_paths_with(paths, options, progress)?
    };
    let mut analysed = analysis::analyse_parts(loaded.documents, lexicon, progress);
    let mut warnings = loaded.warnings;
    warnings.append(&mut analysed.warnings);
    Ok((analysed, warnings))
}

/// A corpus opened through its store ([`open_stored`]).
pub struct Opened {
    pub corpus: model::Corpus,
    /// The store's warning line (where it is, when unexpected), then one per
    /// file skipped, as [`open_corpus_with`] gives them.
    pub warnings: Vec<String>,
    /// What was analysed and what reused.
    pub stats: store::cache::Stats,
    /// The store folder used, if any.
    pub store: Option<PathBuf>,
}

/// [`open_corpus_with`] through the corpus's store (see [`store`]): an
/// unchanged corpus comes from its cache without analysis, a changed one has
/// only its changed files analysed again. With `--no-store` (or no folder
/// for a store at all) this is [`open_corpus_with`] exactly.
pub fn open_stored(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    store_options: &store::StoreOptions,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<Opened> {
    let (mut opened, writing) =
        open_stored_writing(paths, options, lexicon, store_options, progress)?;
    if let Some(writing) = writing {
        opened.warnings.extend(writing.finish(&mut opened.stats));
    }
    Ok(opened)
}

/// [`open_stored`], returning as soon as the corpus is ready while its
/// cache is still being written (see [`store::cache::open_writing`]): for a
/// caller with work to do meanwhile, which then calls
/// [`store::cache::Writing::finish`] for the warning, if any, and the
/// stats' `cache_current`.
pub fn open_stored_writing(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    store_options: &store::StoreOptions,
    progress: Option<&progress::Progress>,
) -> anyhow::Result<(Opened, Option<store::cache::Writing>)> {
    // One spelling per path, so that the cache finds its files whichever
    // was typed.
    let paths = plain_paths(paths);
    let paths = paths.as_slice();
    let located = store::locate(paths, store_options);
    let mut warnings: Vec<String> = located.warning.into_iter().collect();
    match located.dir {
        None => {
            let (corpus, mut w) = open_corpus_with(paths, options, lexicon, progress)?;
            warnings.append(&mut w);
            let stats = store::cache::Stats {
                analysed: corpus.articles.len(),
                ..Default::default()
            };
            let opened = Opened {
                corpus,
                warnings,
                stats,
                store: None,
            };
            Ok((opened, None))
        }
        Some(dir) => {
            let (corpus, mut w, stats, writing) =
                store::cache::open_writing(&dir, paths, options, lexicon, progress)?;
            warnings.append(&mut w);
            let opened = Opened {
                corpus,
                warnings,
                stats,
                store: Some(dir),
            };
            Ok((opened, writing))
        }
    }
}

/// What the explorer can show at once of the corpus at `paths` when its
/// store's cache is up to date (see [`store::cache::preview`]): the
/// articles without their paragraphs, the speakers and no quotes, with the
/// warnings [`open_stored`] would give. `None` when there is no such cache,
/// or when the store holds corrections (they need the quotes and the text
/// to apply, and a preview never shows what the user corrected as it was).
pub fn preview_stored(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    store_options: &store::StoreOptions,
) -> Option<store::cache::Preview> {
    let paths = plain_paths(paths);
    let (dir, warning) = store_without_corrections(&paths, store_options)?;
    let mut preview = store::cache::preview(&dir, &paths, options, lexicon)?;
    let mut warnings: Vec<String> = warning.into_iter().collect();
    warnings.append(&mut preview.warnings);
    preview.warnings = warnings;
    Some(preview)
}

/// The store of the corpus at `paths` and its location's warning, when it
/// holds no corrections: the partial opens read the cache alone, and
/// corrections need the whole corpus to apply. `None` otherwise, or when
/// there is no store (or its corrections cannot be read).
fn store_without_corrections(
    paths: &[PathBuf],
    store_options: &store::StoreOptions,
) -> Option<(PathBuf, Option<String>)> {
    let located = store::locate(paths, store_options);
    let dir = located.dir?;
    let corrections = store::corrections::CorrectionsFile::in_store(&dir);
    if !corrections.load().ok()?.is_empty() {
        return None;
    }
    Some((dir, located.warning))
}

/// The rest of the corpus [`preview_stored`] showed (`shown`): its quotes,
/// with its articles' text left in the store (see
/// [`store::cache::open_rest`]). `None` when the store no longer holds
/// that build, or holds corrections.
pub fn open_stored_rest(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    store_options: &store::StoreOptions,
    shown: &store::cache::Shown,
) -> Option<store::cache::Rest> {
    let paths = plain_paths(paths);
    let (dir, _) = store_without_corrections(&paths, store_options)?;
    store::cache::open_rest(&dir, &paths, options, lexicon, shown)
}

/// The corpus at `paths` from its store's up-to-date cache with the
/// articles' text left in the store, to be read an article at a time (see
/// [`store::cache::open_lean`]), and the warnings [`open_stored`] would
/// give. `None` when there is no such cache, or when the store holds
/// corrections (they rewrite what the text names, so a corrected corpus is
/// opened whole).
pub fn open_stored_lean(
    paths: &[PathBuf],
    options: &LoadOptions,
    lexicon: &Lexicon,
    store_options: &store::StoreOptions,
    wants_chars: impl Fn(&[model::Article]) -> bool,
) -> Option<store::cache::Lean> {
    let paths = plain_paths(paths);
    let (dir, warning) = store_without_corrections(&paths, store_options)?;
    let mut lean = store::cache::open_lean(&dir, &paths, options, lexicon, wants_chars)?;
    let mut warnings: Vec<String> = warning.into_iter().collect();
    warnings.append(&mut lean.warnings);
    lean.warnings = warnings;
    Some(lean)
}

/// Each path spelled one way: without `.` components or a trailing slash
/// (`corpus/`, `./corpus` and `corpus/.` are `corpus`; lexically, so links
/// are not followed and `..` is kept; `.` itself stays `.`).
pub fn plain_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .map(|p| {
            let plain: PathBuf = p
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .collect();
            if plain.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                plain
            }
        })
        .collect()
}
