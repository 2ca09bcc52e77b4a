//! Every offset in an analysed [`Corpus`] checked against the text it points
//! into: quotes, theme cues and name mentions are character offsets
//! (see `centreline::model`), and a consumer slicing with them must never go
//! out of bounds or cut a character in two.
//!
//! Shared by `tests/hostile_input.rs` (proptest's adversarial text) and the
//! fuzz harness (`tests/support/fuzz.rs`, used by `tests/fuzz_articles.rs`
//! and `examples/fuzz.rs`).
//!
//! It returns the first problem as `Err` rather than asserting, because the
//! fuzzer runs it millions of times and must tell a bad span from a panic in
//! the analysis itself: a panic here would be reported as the analysis
//! crashing. Each message starts with a fixed phrase, then `: ` and the
//! details, so that the phrase can serve as the failure's signature when a
//! finding is minimised (the details change as the text shrinks).

#![allow(dead_code)]

use centreline::model::{Corpus, Theme};
use std::collections::{HashMap, HashSet};

/// Check every offset in the model against the text it points into; the
/// first problem found, described, as `Err`.
///
/// Linear in the corpus: each paragraph's character boundaries are indexed
/// once, so many quotes in a 1 MB paragraph cost no rescans, and speakers and
/// articles are looked up by id in hash tables rather than by
/// [`Corpus::speaker`]'s scan (a hostile paragraph can name thousands).
pub fn check_spans(corpus: &Corpus) -> Result<(), String> {
    let speakers: HashSet<&str> = corpus.speakers.iter().map(|s| s.id.as_str()).collect();
    let articles: HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    for a in &corpus.articles {
        for (i, p) in a.paragraphs.iter().enumerate() {
            check_theme(&p.theme, &p.text, &format!("{} ¶{i}", a.id))?;
            let n = p.text.chars().count();
            for m in &p.mentions {
                if !(m.start < m.end && m.end <= n) {
                    return Err(format!(
                        "mention outside its paragraph: {} ¶{i}: {m:?} of {n} chars",
                        a.id
                    ));
                }
                if !speakers.contains(m.speaker.as_str()) {
                    return Err(format!(
                        "mention of an unknown speaker: {} ¶{i}: {}",
                        a.id, m.speaker
                    ));
                }
            }
        }
    }
    let mut boundaries: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for q in &corpus.quotes {
        let Some(&ai) = articles.get(q.article.as_str()) else {
            return Err(format!("quote of an unknown article: {}", q.id));
        };
        let Some(p) = corpus.articles[ai].paragraphs.get(q.paragraph) else {
            return Err(format!(
                "quote of an unknown paragraph: {} ¶{}",
                q.id, q.paragraph
            ));
        };
        let p = &p.text;
        let b = boundaries
            .entry((ai, q.paragraph))
            .or_insert_with(|| p.char_indices().map(|(i, _)| i).chain([p.len()]).collect());
        let n = b.len() - 1;
        if !(q.start <= q.end && q.end <= n) {
            return Err(format!(
                "quote outside its paragraph: {}: {}..{} of {n} chars",
                q.id, q.start, q.end
            ));
        }
        let slice = &p[b[q.start]..b[q.end]];
        if slice != q.text.as_str() {
            return Err(format!(
                "quote text is not its span: {}: span {slice:?}, text {:?}",
                q.id, q.text
            ));
        }
        check_theme(&q.theme, &q.text, &q.id.to_string())?;
        if let Some(s) = &q.speaker {
            if !speakers.contains(s.as_str()) {
                return Err(format!("quote of an unknown speaker: {}: {s}", q.id));
            }
        }
    }
    for s in &corpus.speakers {
        if !(-1.0..=1.0).contains(&s.theme.lean) {
            return Err(format!(
                "speaker lean out of range: {}: {}",
                s.id, s.theme.lean
            ));
        }
    }
    Ok(())
}

/// A theme's lean lies in [-1, 1] (so not NaN), its weights are finite and
/// not negative, and each cue lies inside the text scored.
fn check_theme(t: &Theme, text: &str, what: &str) -> Result<(), String> {
    if !(-1.0..=1.0).contains(&t.lean) {
        return Err(format!("lean out of range: {what}: {}", t.lean));
    }
    if !(t.central >= 0.0 && t.local >= 0.0 && t.central.is_finite() && t.local.is_finite()) {
        return Err(format!(
            "theme weight negative or not finite: {what}: central {}, local {}",
            t.central, t.local
        ));
    }
    let n = text.chars().count();
    for c in &t.cues {
        if !(c.start <= c.end && c.end <= n) {
            return Err(format!(
                "cue outside its text: {what}: {}..{} of {n} chars",
                c.start, c.end
            ));
        }
    }
    Ok(())
}
