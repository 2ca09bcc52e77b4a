//! Quotes and speakers: find every quotation in each article, credit it to a
//! speaker, then unify each person under all their names across articles.
//!
//! Articles are analysed in parallel (each on its own: names, cues, pronouns
//! and quotes never cross an article); the cross-article step only merges
//! entities by full name, so the whole analysis is linear in text size.

use super::article::{analyse_article, ArticleQuote, NameMention};
use super::speakers::{unify, ArticleEntities};
use crate::corpus::Document;
use crate::model::{byte_to_char, Mention, Quote, Speaker};
use crate::progress::Progress;
use rayon::prelude::*;

/// What one article yields besides its entities: quotes, and names of people.
type ArticleFindings = (Vec<ArticleQuote>, Vec<NameMention>);

/// Everything attribution finds in a corpus.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    /// Per document, per paragraph: where a speaker is named.
    pub mentions: Vec<Vec<Vec<Mention>>>,
}

/// Find every quote in `docs` and credit it to a speaker, unifying each person
/// under all their names across articles. Themes are left empty.
pub fn attribute(docs: &[Document], progress: Option<&Progress>) -> Attribution {
    let per_article: Vec<(ArticleEntities, ArticleFindings)> = docs
        .par_iter()
        .map(|doc| {
            let (entities, quotes, names) = analyse_article(doc);
            Progress::add(progress.map(|p| &p.articles_analysed), 1);
            (
                ArticleEntities {
                    article: doc.id.clone(),
                    entities,
                },
                (quotes, names),
            )
        })
        .collect();
    let (entities, found): (Vec<_>, Vec<_>) = per_article.into_iter().unzip();
    let (speakers, maps) = unify(&entities);
    let mut quotes = Vec::new();
    let mut mentions = Vec::with_capacity(docs.len());
    for ((doc, (aq, names)), map) in docs.iter().zip(found).zip(&maps) {
        to_model(doc, aq, map, &speakers, &mut quotes);
        mentions.push(mentions_to_model(doc, &names, map, &speakers));
    }
    Attribution {
        speakers,
        quotes,
        mentions,
    }
}

/// Name mentions of corpus speakers, per paragraph, in character offsets.
/// Names of people who never became speakers are left out.
fn mentions_to_model(
    doc: &Document,
    names: &[NameMention],
    map: &[Option<usize>],
    speakers: &[Speaker],
) -> Vec<Vec<Mention>> {
    let mut out = vec![Vec::new(); doc.paragraphs.len()];
    let mut i = 0;
    while i < names.len() {
        let para = names[i].paragraph;
        let j = i + names[i..]
            .iter()
            .take_while(|n| n.paragraph == para)
            .count();
        let text = doc.paragraphs.get(para).map_or("", |p| p.text.as_str());
        let chars = char_offsets(text, names[i..j].iter().flat_map(|n| [n.start, n.end]));
        for (k, n) in names[i..j].iter().enumerate() {
            if let (Some(Some(s)), Some(slot)) = (map.get(n.entity), out.get_mut(para)) {
                slot.push(Mention {
                    speaker: speakers[*s].id.clone(),
                    start: chars[2 * k],
                    end: chars[2 * k + 1],
                });
            }
        }
        i = j;
    }
    out
}

/// Byte offsets → character offsets (one sweep per paragraph), ids in
/// reading order, speaker indices → speaker ids.
fn to_model(
    doc: &Document,
    aq: Vec<ArticleQuote>,
    map: &[Option<usize>],
    speakers: &[Speaker],
    out: &mut Vec<Quote>,
) {
    let mut n = 0;
    let mut i = 0;
    while i < aq.len() {
        let para = aq[i].paragraph;
        let mut j = i;
        while j < aq.len() && aq[j].paragraph == para {
            j += 1;
        }
        let text = doc.paragraphs.get(para).map_or("", |p| p.text.as_str());
        let chars = char_offsets(text, aq[i..j].iter().flat_map(|q| [q.start, q.end]));
        for (k, q) in aq[i..j].iter().enumerate() {
            let (start, end) = (chars[2 * k], chars[2 * k + 1]);
            out.push(Quote {
                id: format!("{}#q{n}", doc.id),
                article: doc.id.clone(),
                paragraph: para,
                start,
                end,
                text: text[q.start..q.end].to_string(),
                kind: q.kind,
                speaker: q
                    .speaker
                    .and_then(|e| map.get(e).copied().flatten())
                    .map(|s| speakers[s].id.clone()),
                cue: q.cue.clone(),
                theme: Default::default(),
            });
            n += 1;
        }
        i = j;
    }
}

/// Character offsets of byte offsets, in one pass when they come in order.
fn char_offsets(text: &str, bytes: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut at_byte, mut at_char) = (0usize, 0usize);
    for b in bytes {
        if b < at_byte {
            out.push(byte_to_char(text, b));
            continue;
        }
        let b = crate::model::floor_char_boundary(text, b);
        at_char += text[at_byte..b].chars().count();
        at_byte = b;
        out.push(at_char);
    }
    out
}
