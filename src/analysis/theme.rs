//! The central-vs-local theme: explainable scores for every paragraph, quote,
//! article, speaker and year.
//!
//! # How a span is scored
//! 1. Every phrase of the [`Lexicon`] (cues, reversers, ignore and context
//!    phrases) is found in one Aho-Corasick pass, case-insensitively, on whole
//!    words; at each position the longest phrase wins, so `health services
//!    management centre` (ignored) swallows `centre`, and `local headlines`
//!    (weight 0.5) beats `local` — that is how context decides ambiguous words.
//! 2. Each cue starts with its side, stance and weight from the lexicon. A
//!    *pejorative* cue (stance ≠ side: `micro-management`) gets the rule
//!    `pejorative: about the centre, argues local`.
//! 3. A reverser (`less emphasis on`, `without`, `an end to`…) reaches the
//!    first cue after it within its `scope_words`, in the same clause (no
//!    `.`, `;`, `:`, `!`, `?` or bracket between), and any cue coordinated
//!    with that one (`targets and league tables`); an `after` reverser
//!    (`off the back`) reaches the one cue just before it. A reached neutral
//!    cue's stance flips (`reversed by 'less emphasis on'`); a pejorative keeps
//!    its stance (`pejorative; 'an end to' keeps its stance`).
//! 4. A context phrase (`the N in the NHS`) multiplies the weight of the cues
//!    it names within its reach; a weight of 0 drops the cue.
//!
//! # The score, from the cues alone
//! - `central` = sum of the weights of cues whose **side** is central (how much
//!   the text speaks of the centre), `local` likewise.
//! - `lean` = (sum of weights with **stance** local − sum with stance central)
//!   / (sum of all weights), in [-1, +1]; 0 when no cue fired.
//!
//! Nothing else enters: [`theme_from_cues`] is the only place a score is made,
//! for spans and aggregates alike.
//!
//! # Aggregates
//! An aggregate lists **every** cue of its parts, so its score is exactly the
//! score of those cues, and a heavily argued paragraph weighs more than a
//! passing mention. Its cues' offsets are into its parts' texts joined with a
//! blank line (`"\n\n"`), in order:
//! - an article: its paragraphs;
//! - a speaker: the text of their quotes, in corpus order, across articles;
//!   `thin_evidence` when they have fewer than [`THIN_EVIDENCE_QUOTES`] quotes
//!   or fewer than [`THIN_EVIDENCE_CUES`] cues fired in them;
//! - a period (year of the article's date; undated articles are left out,
//!   oldest year first): its articles' joined paragraphs, by date then id.

mod aggregate;
mod matching;
mod score;

use super::Lexicon;
use crate::model::{Corpus, CueHit, Side, Theme};
use rayon::prelude::*;

pub use aggregate::{combine, JOIN_CHARS};
pub use score::score;

/// Fewer quotes than this and a speaker's theme is thin evidence.
pub const THIN_EVIDENCE_QUOTES: usize = 3;
/// Fewer cues than this in all their quotes and it is thin evidence too.
pub const THIN_EVIDENCE_CUES: usize = 2;

/// The score of a list of cues (see the module docs): the only way a
/// [`Theme`] is made.
pub fn theme_from_cues(cues: Vec<CueHit>) -> Theme {
    let mut central = 0.0;
    let mut local = 0.0;
    let mut for_local = 0.0;
    let mut for_central = 0.0;
    for c in &cues {
        match c.side {
            Side::Central => central += c.weight,
            Side::Local => local += c.weight,
        }
        match c.stance {
            Side::Central => for_central += c.weight,
            Side::Local => for_local += c.weight,
        }
    }
    let total = for_local + for_central;
    let lean = if total > 0.0 {
        ((for_local - for_central) / total).clamp(-1.0, 1.0)
    } else {
        0.0
    };
    Theme {
        central,
        local,
        lean,
        cues,
    }
}

/// Fill every `theme` in the corpus (paragraphs, quotes, articles, speakers)
/// and its `periods`. Paragraphs and quotes are scored in parallel.
pub fn fill_themes(corpus: &mut Corpus, lexicon: &Lexicon) {
    corpus.articles.par_iter_mut().for_each(|article| {
        article
            .paragraphs
            .par_iter_mut()
            .for_each(|p| p.theme = score(lexicon, &p.text));
        article.theme = combine(
            article
                .paragraphs
                .iter()
                .map(|p| (p.text.chars().count(), &p.theme)),
        );
    });
    corpus
        .quotes
        .par_iter_mut()
        .for_each(|q| q.theme = score(lexicon, &q.text));
    aggregate::fill_speakers(corpus);
    corpus.periods = aggregate::periods(&corpus.articles);
}

#[cfg(test)]
mod tests;
