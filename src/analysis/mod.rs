//! Documents → analysed corpus. Pure functions, no UI: quotes and speakers
//! ([`attribution`]), then the central-vs-local theme ([`theme`]).

pub mod attribution;
pub mod lexicon;
pub mod text;
pub mod theme;

use crate::corpus::Document;
use crate::model::{Article, Corpus, Mention, Paragraph, Speaker, EXPORT_VERSION};
use crate::progress::Progress;
use attribution::FoundQuotes;
pub use lexicon::Lexicon;
use rayon::prelude::*;

/// Bumped whenever a change to the analysis changes its output for the same
/// input: part of [`engine_version`], so a store's cache made by an older
/// engine is rebuilt rather than trusted.
pub const ANALYSIS_VERSION: u32 = 1;

/// What made an analysis: the crate's version, [`ANALYSIS_VERSION`] and a
/// hash of the attribution rule files built into the program (editing them
/// changes results without any code changing).
pub fn engine_version() -> String {
    let mut hash = crate::store::Fnv1a::default();
    for text in [attribution::rules::BUNDLED, attribution::words::BUNDLED] {
        hash.write(text.as_bytes());
        hash.write(&[0]);
    }
    format!(
        "{}+analysis{}+rules{:016x}",
        env!("CARGO_PKG_VERSION"),
        ANALYSIS_VERSION,
        hash.0
    )
}

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
    analyse_parts(docs, lexicon, progress).into_corpus()
}

/// Everything but the articles: quotes and speakers found, credited and
/// scored. Articles (each paragraph scored, names marked) are made from it
/// all at once ([`Analysed::into_corpus`]) or as a stream
/// ([`Analysed::into_articles`]), so that an export never holds every
/// paragraph's theme at once.
pub fn analyse_parts<'l>(
    docs: Vec<Document>,
    lexicon: &'l Lexicon,
    progress: Option<&Progress>,
) -> Analysed<'l> {
    let found = attribution::attribute_compact(&docs, progress);
    analyse_found(docs, found, lexicon)
}

/// [`analyse_parts`] from the attribution already made (by the store, from
/// each article's cached findings and the fresh ones of changed articles).
pub fn analyse_found<'l>(
    docs: Vec<Document>,
    found: attribution::Found,
    lexicon: &'l Lexicon,
) -> Analysed<'l> {
    let attribution::Found {
        mut speakers,
        mut quotes,
        mentions,
        warnings,
    } = found;
    theme::theme_found_quotes(&mut quotes, &mut speakers, &docs, lexicon);
    Analysed {
        docs,
        warnings,
        mentions,
        speakers,
        quotes,
        lexicon,
    }
}

/// See [`analyse_parts`].
pub struct Analysed<'l> {
    docs: Vec<Document>,
    /// One line per article whose analysis failed (kept, with no quotes).
    pub warnings: Vec<String>,
    /// Per document: (paragraph, mention).
    mentions: Vec<Vec<(usize, Mention)>>,
    pub speakers: Vec<Speaker>,
    pub quotes: FoundQuotes,
    lexicon: &'l Lexicon,
}

impl<'l> Analysed<'l> {
    /// The loaded documents the articles will be made from (id, title,
    /// date… and text): what a quote's CSV row says of where it is from.
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// The whole model.
    pub fn into_corpus(self) -> Corpus {
        let mut articles = Vec::with_capacity(self.docs.len());
        let (speakers, quotes, stream) = self.into_articles();
        let mut periods = theme::PeriodBuilder::default();
        for a in stream {
            periods.add(&a);
            articles.push(a);
        }
        Corpus {
            corrections: Vec::new(),
            version: EXPORT_VERSION,
            articles,
            speakers,
            quotes: (0..quotes.len()).map(|i| quotes.quote(i)).collect(),
            periods: periods.finish(),
        }
    }

    /// The speakers and quotes, and the articles in order, each scored as it
    /// comes (in parallel, a batch at a time).
    pub fn into_articles(
        self,
    ) -> (
        Vec<Speaker>,
        FoundQuotes,
        impl Iterator<Item = Article> + use<'l>,
    ) {
        let lexicon = self.lexicon;
        let mut docs = self.docs.into_iter().zip(self.mentions);
        let mut ready = Vec::new().into_iter();
        let articles = std::iter::from_fn(move || {
            if ready.len() == 0 {
                let batch: Vec<_> = docs.by_ref().take(ARTICLE_BATCH).collect();
                ready = batch
                    .into_par_iter()
                    .map(|(doc, mentions)| {
                        let mut a = article_from(doc, mentions);
                        theme::theme_article(&mut a, lexicon);
                        a
                    })
                    .collect::<Vec<_>>()
                    .into_iter();
            }
            ready.next()
        });
        (self.speakers, self.quotes, articles)
    }
}

/// Articles scored at a time when streaming: enough for every core.
const ARTICLE_BATCH: usize = 256;

/// An article from its document and its speakers' mentions, `(paragraph,
/// mention)` in reading order.
fn article_from(doc: Document, mentions: Vec<(usize, Mention)>) -> Article {
    let mut paragraphs: Vec<Paragraph> = doc
        .paragraphs
        .into_iter()
        .map(|p| Paragraph {
            text: p.text,
            kind: p.kind,
            theme: Default::default(),
            mentions: Vec::new(),
        })
        .collect();
    for (i, m) in mentions {
        if let Some(p) = paragraphs.get_mut(i) {
            p.mentions.push(m);
        }
    }
    // The explorer keeps these for the whole session.
    for p in &mut paragraphs {
        p.mentions.shrink_to_fit();
    }
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
        url: doc.url,
        paragraphs,
        theme: Default::default(),
    }
}
