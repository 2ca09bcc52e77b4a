//! The lexicon file as written (TOML), and its checks.
//!
//! Every field that can be wrong is read with its span, so that an error can
//! name the line it is on: `'my.toml' line 12: unknown side 'centre'`.

use serde::Deserialize;
use toml::Spanned;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    #[serde(default)]
    pub cue: Vec<CueSpec>,
    #[serde(default)]
    pub reverser: Vec<ReverserSpec>,
    #[serde(default)]
    pub ignore: Vec<IgnoreSpec>,
    #[serde(default)]
    pub context: Vec<ContextSpec>,
    #[serde(default)]
    pub governance: Vec<GovernanceSpec>,
    /// `[generic]`: when generic cues count.
    pub generic: Option<GenericSpec>,
}

/// `[generic]`: settings for cues marked `generic = true`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenericSpec {
    /// Governance words (or cues that are not generic) an article needs for
    /// its generic cues to count in every paragraph, not only beside one
    /// (default 3; 0: only beside one).
    pub article_anchors: Option<Spanned<i64>>,
}

/// `[[cue]]`: phrases about one side, arguing for one side.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueSpec {
    pub side: Spanned<String>,
    /// Defaults to `side`; the other side makes the cue pejorative.
    pub stance: Option<Spanned<String>>,
    pub facet: Spanned<String>,
    pub weight: Option<Spanned<f64>>,
    pub phrases: Vec<Spanned<String>>,
    /// Shown as the cue's rule (why this form weighs what it weighs).
    pub note: Option<String>,
    /// A word with everyday senses (`centre`, `target`, `freedom`): it counts
    /// only when the same span is about governance (another cue that is not
    /// generic, or a `[[governance]]` word) or its article is.
    #[serde(default)]
    pub generic: bool,
}

/// `[[reverser]]`: words that turn a neutral cue near them to the other side.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReverserSpec {
    pub phrases: Vec<Spanned<String>>,
    /// `before` (default: `an end to X`) or `after` (`X off the back`).
    pub position: Option<Spanned<String>>,
    /// How many words may stand between reverser and cue (default 4).
    pub scope_words: Option<Spanned<i64>>,
}

/// `[[ignore]]`: phrases that contain a cue word but are not about governance
/// (`front and centre`); matched like cues and dropped.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoreSpec {
    pub phrases: Vec<Spanned<String>>,
    /// Why these are not cues; for the file's readers, not the program.
    #[allow(dead_code)]
    pub reason: Option<String>,
}

/// `[[governance]]`: words that say a span is about governance (`hospital`,
/// `council`, `ministry`), so that its generic cues count. Not cues
/// themselves: they never move a score.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernanceSpec {
    pub phrases: Vec<Spanned<String>>,
    /// For the file's readers, not the program.
    #[allow(dead_code)]
    pub reason: Option<String>,
}

/// `[[context]]`: a phrase that changes the weight of certain cues in the
/// words after it (`the N in the NHS` … `national`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextSpec {
    pub phrases: Vec<Spanned<String>>,
    /// Cue phrases affected (as written in their `[[cue]]`, braces allowed).
    pub cues: Vec<Spanned<String>>,
    /// Words after the context phrase that it reaches (default 20).
    pub within_words: Option<Spanned<i64>>,
    /// Multiplies the cue's weight; 0 drops the cue.
    pub factor: Spanned<f64>,
    /// The rule shown on affected cues.
    pub rule: String,
}

/// 1-based line of byte offset `at` in `text`.
pub fn line_of(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
