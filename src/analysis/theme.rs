//! The central-vs-local theme. (Stub: filled in by the theme issue.)

use super::Lexicon;
use crate::model::{Corpus, Theme};

/// Score one span of text.
pub fn score(_lexicon: &Lexicon, _text: &str) -> Theme {
    Theme::default()
}

/// Fill every `theme` in the corpus (paragraphs, quotes, articles, speakers)
/// and its `periods`.
pub fn fill_themes(_corpus: &mut Corpus, _lexicon: &Lexicon) {}
