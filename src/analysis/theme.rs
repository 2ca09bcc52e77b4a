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
//!   / (sum of their weights), in [-1, +1]; 0 when no cue fired. A cue that is
//!   the *target* of a pejorative in its sentence (`the centre` in `mad for
//!   the centre to try and run everything`) speaks of its side but argues
//!   neither way: it is left out of the lean and of the evidence's weight.
//! - `evidence`: how many cues, their total weight, and `lean_shrunk`, the
//!   lean with [`PRIOR_WEIGHT`] of balance added to the denominator, so a lean
//!   from one cue reads smaller than the same lean from twenty.
//!
//! Nothing else enters: [`theme_from_cues`] is the only place a score is made,
//! for spans and aggregates alike.
//!
//! An aggregate also carries its `explanation` ([`explain`]): its cues
//! totalled by wording, side and stance with each line's share of the lean,
//! the shares adding up to the lean. That is what `e` shows for an article, a
//! speaker or a year, and what the export gives.
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
pub(crate) mod matching;
mod score;

use super::attribution::FoundQuotes;
use super::Lexicon;
use crate::corpus::Document;
use crate::model::{Article, Corpus, CueHit, Evidence, Quote, SharedStr, Side, Speaker, Theme};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

pub use aggregate::{combine, explain, fill_speakers, PeriodBuilder, JOIN_CHARS};
pub use score::{article_context, score, score_in};

/// The weight of balance every lean is shrunk with in
/// [`Evidence::lean_shrunk`]: two plain cues' worth.
pub const PRIOR_WEIGHT: f64 = 2.0;

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
        if c.target {
            continue;
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
    let lean_shrunk = if total > 0.0 {
        ((for_local - for_central) / (total + PRIOR_WEIGHT)).clamp(-1.0, 1.0)
    } else {
        0.0
    };
    let evidence = Evidence {
        // What a pejorative criticises argues neither way: not evidence.
        cues: cues.iter().filter(|c| !c.target).count(),
        weight: total,
        lean_shrunk,
    };
    Theme {
        central,
        local,
        lean,
        cues,
        evidence,
        explanation: Vec::new(),
    }
}

/// The theme of words reported under a negated cue (`Tony Blair does not
/// believe …`): each cue argues for the other side, as after any reverser,
/// since they are what the speaker does *not* hold. Targets stay neither.
pub fn under_negated_cue(theme: Theme, cue: &str) -> Theme {
    let cues = theme
        .cues
        .into_iter()
        .map(|mut c| {
            if !c.target {
                c.stance = match c.stance {
                    Side::Central => Side::Local,
                    Side::Local => Side::Central,
                };
                let why = format!("reversed by the negated cue '{cue}'");
                c.rule = Some(match c.rule.take() {
                    Some(r) => format!("{why}; {r}"),
                    None => why,
                });
            }
            c
        })
        .collect();
    theme_from_cues(cues)
}

/// A quote's theme, in both of analysis's routes: its words scored in their
/// article's context, reversed when they were reported under a negated cue.
fn score_quote(
    lexicon: &Lexicon,
    text: &SharedStr,
    negated_cue: Option<&str>,
    context: impl FnOnce() -> Option<String>,
) -> Theme {
    let theme = score_in(lexicon, text, context);
    match negated_cue {
        Some(cue) => under_negated_cue(theme, cue),
        None => theme,
    }
}

/// Fill every `theme` in the corpus (paragraphs, quotes, articles, speakers)
/// and its `periods`. Articles and quotes are scored in parallel.
pub fn fill_themes(corpus: &mut Corpus, lexicon: &Lexicon) {
    corpus
        .articles
        .par_iter_mut()
        .for_each(|article| theme_article(article, lexicon));
    theme_quotes_and_speakers(
        &mut corpus.quotes,
        &mut corpus.speakers,
        &corpus.articles,
        lexicon,
    );
    let mut periods = PeriodBuilder::default();
    for article in &corpus.articles {
        periods.add(article);
    }
    corpus.periods = periods.finish();
}

/// Each article's governance context ([`article_context`]), worked out the
/// first time one of its spans asks (most never do), then shared.
struct ContextCache(Vec<OnceLock<Option<String>>>);

impl ContextCache {
    fn new(articles: usize) -> Self {
        ContextCache((0..articles).map(|_| OnceLock::new()).collect())
    }

    /// Article `i`'s context, from `texts` (its paragraphs) the first time.
    fn get<'t, I: IntoIterator<Item = &'t str>>(
        &self,
        i: usize,
        lexicon: &Lexicon,
        texts: impl FnOnce() -> I,
    ) -> Option<String> {
        self.0
            .get(i)?
            .get_or_init(|| article_context(lexicon, texts()))
            .clone()
    }
}

/// Score an article's paragraphs and the article as a whole.
pub fn theme_article(article: &mut Article, lexicon: &Lexicon) {
    let texts: Vec<SharedStr> = article.paragraphs.iter().map(|p| p.text.clone()).collect();
    let cache = ContextCache::new(1);
    let context = || cache.get(0, lexicon, || texts.iter().map(|t| t.as_str()));
    // In parallel too: one huge file is one article.
    article
        .paragraphs
        .par_iter_mut()
        .for_each(|p| p.theme = score_in(lexicon, &p.text, context));
    article.theme = combine(
        article
            .paragraphs
            .iter()
            .map(|p| (p.text.chars().count(), &p.theme)),
    );
}

/// Score every quote (in parallel) in the context of its article (one of
/// `articles`), then each speaker from their quotes.
pub fn theme_quotes_and_speakers(
    quotes: &mut [Quote],
    speakers: &mut [Speaker],
    articles: &[Article],
    lexicon: &Lexicon,
) {
    let contexts = ContextCache::new(articles.len());
    let slot: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    quotes.par_iter_mut().for_each(|q| {
        let article = q.article.as_str();
        let negated = q.cue.as_deref().filter(|_| q.negated);
        q.theme = score_quote(lexicon, &q.text, negated, || {
            let &i = slot.get(article)?;
            contexts.get(i, lexicon, || {
                articles[i].paragraphs.iter().map(|p| p.text.as_str())
            })
        });
    });
    let index: HashMap<&str, usize> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let theirs: Vec<_> = quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_deref().and_then(|id| index.get(id).copied());
            (speaker, q.text.chars().count(), &q.theme)
        })
        .collect();
    drop(index);
    aggregate::fill_speakers(speakers, theirs);
}

/// [`theme_quotes_and_speakers`] for quotes still in analysis's compact form,
/// found in `docs`.
pub fn theme_found_quotes(
    quotes: &mut FoundQuotes,
    speakers: &mut [Speaker],
    docs: &[Document],
    lexicon: &Lexicon,
) {
    let contexts = ContextCache::new(docs.len());
    let themes: Vec<Theme> = (0..quotes.len())
        .into_par_iter()
        .map(|i| {
            score_quote(lexicon, quotes.text(i), quotes.negated_cue(i), || {
                let a = quotes.article(i);
                let doc = docs.get(a)?;
                contexts.get(a, lexicon, || {
                    doc.paragraphs.iter().map(|p| p.text.as_str())
                })
            })
        })
        .collect();
    aggregate::fill_speakers(
        speakers,
        themes
            .iter()
            .enumerate()
            .map(|(i, t)| (quotes.speaker(i), quotes.text(i).chars().count(), t)),
    );
    quotes.set_themes(themes.into_iter().enumerate());
}

#[cfg(test)]
mod tests;
