//! Documents → analysed corpus. Pure functions, no UI: quotes and speakers
//! ([`attribution`]), then the central-vs-local theme ([`theme`]).

pub mod article;
pub mod attribution;
pub mod cues;
pub mod lexicon;
pub mod names;
pub mod quotes;
pub mod speakers;
pub mod text;
pub mod theme;

use crate::corpus::Document;
use crate::model::{Article, Corpus, Mention, Paragraph, EXPORT_VERSION};
use crate::progress::Progress;
pub use lexicon::Lexicon;

/// Analyse a set of loaded documents into the model the explorer and export use.
pub fn analyse(docs: Vec<Document>, lexicon: &Lexicon) -> Corpus {
    analyse_with_progress(docs, lexicon, None)
}

/// [`analyse`], counting articles done in `progress` for a gauge.
pub fn analyse_with_progress(
    docs: Vec<Document>,
    lexicon: &Lexicon,
    progress: Option<&Progress>,
) -> Corpus {
    let attribution::Attribution {
        speakers,
        quotes,
        mentions,
    } = attribution::attribute(&docs, progress);
    let articles = docs
        .into_iter()
        .zip(mentions)
        .map(|(doc, mentions)| article_from(doc, mentions))
        .collect();
    let mut corpus = Corpus {
        version: EXPORT_VERSION,
        articles,
        speakers,
        quotes,
        periods: Vec::new(),
    };
    theme::fill_themes(&mut corpus, lexicon);
    corpus
}

fn article_from(doc: Document, mentions: Vec<Vec<Mention>>) -> Article {
    Article {
        id: doc.id,
        path: doc.path,
        title: doc.title,
        kicker: doc.kicker,
        standfirst: doc.standfirst,
        byline: doc.byline,
        date: doc.date,
        date_approximate: doc.date_approximate,
        source: doc.source,
        author: doc.author,
        paragraphs: doc
            .paragraphs
            .into_iter()
            .zip(mentions.into_iter().chain(std::iter::repeat_with(Vec::new)))
            .map(|(p, mentions)| Paragraph {
                text: p.text,
                kind: p.kind,
                theme: Default::default(),
                mentions,
            })
            .collect(),
        theme: Default::default(),
    }
}
