//! centreline: a terminal explorer for news and commentary about how public
//! services are governed.
//!
//! The data's path: files → [`corpus`] (load, decode, paragraphs, metadata) →
//! [`analysis`] (quotes, speakers, theme; pure functions) → [`model`] (the
//! serde contract) → [`export`] / CLI [`tables`], or the explorer, [`tui`].

pub mod analysis;
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
