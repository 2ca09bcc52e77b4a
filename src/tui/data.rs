//! The loaded corpus with the indexes the explorer needs, built once when
//! loading finishes so that no keystroke re-reads or re-analyses the
//! corpus: the finder scores prepared entries, and a list filter's first
//! word scans prepared lower-case haystacks (later letters narrow what it
//! found).

use super::finder::{Entry, Target};
use crate::analysis::theme::combine;
use crate::model::{Article, Corpus, Quote, SharedStr, Speaker, Theme};
use crate::present::{date_key, date_label};
use std::collections::HashMap;

/// One speaker's quotes in one article, with the theme of those quotes
/// aggregated the way the analysis aggregates a speaker (every cue of every
/// quote), so the per-article lean agrees with the speaker's overall lean.
#[derive(Debug, Clone)]
pub struct QuoteGroup {
    pub article: usize,
    /// Position of the first of its quotes in the speaker's
    /// `quotes_by_speaker` list: the group is the `len` quotes from there
    /// ([`QuoteGroup::quotes`]), kept as a span rather than a list apiece.
    pub first: usize,
    pub len: usize,
    pub theme: Theme,
}

impl QuoteGroup {
    /// Its quote indexes, in reading order, from the speaker's
    /// `quotes_by_speaker` list.
    pub fn quotes<'a>(&self, by_speaker: &'a [usize]) -> &'a [usize] {
        by_speaker
            .get(self.first..self.first + self.len)
            .unwrap_or_default()
    }

    /// Whether any cue fired in these quotes (else the lean means nothing).
    pub fn has_evidence(&self) -> bool {
        !self.theme.cues.is_empty()
    }
}

pub struct Data {
    pub corpus: Corpus,
    /// Only what the store shows at once ([`Data::preview`]): the articles
    /// without their paragraphs, the speakers, and no quotes. The rest comes
    /// when the corpus has opened, and replaces it.
    pub partial: bool,
    pub article_index: HashMap<SharedStr, usize>,
    pub speaker_index: HashMap<SharedStr, usize>,
    /// Quote indexes per article, in reading order.
    pub quotes_by_article: Vec<Vec<usize>>,
    /// Quote indexes per speaker, by article date then reading order.
    pub quotes_by_speaker: Vec<Vec<usize>>,
    /// Speakers named or quoted in each article.
    pub speakers_in_article: Vec<Vec<usize>>,
    /// Each speaker's quotes grouped by article, in `quotes_by_speaker` order.
    pub speaker_groups: Vec<Vec<QuoteGroup>>,
    /// Articles oldest first (undated last).
    pub by_date: Vec<usize>,
    /// Speakers most central first, then by evidence (the tracker's ranking).
    pub speakers_by_lean: Vec<usize>,
    /// The theme over time, for the tracker's chart.
    pub trend: super::trend::Trend,
    /// Finder entries over speakers (names, aliases, roles).
    pub speaker_entries: Vec<Entry>,
    /// Palette entries: speakers, articles and quotes (the quotes' made
    /// the first time the palette opens: [`Data::ensure_palette`]).
    pub palette_entries: Vec<Entry>,
    /// Whether the quotes' palette entries are made.
    palette_quotes: bool,
    /// What the Articles filter (`/`) searches, lower-cased once: title, id,
    /// source, date and byline.
    pub article_haystacks: Vec<String>,
    /// What the Speakers filter searches, lower-cased once: name, other
    /// names and roles.
    pub speaker_haystacks: Vec<String>,
    /// Where the articles' text is: all in `corpus`, or in the store and
    /// read into `corpus` an article at a time as it is shown.
    pub texts: Texts,
}

/// Articles whose text is held at once when it is read from the store: the
/// reader's and a comparison's two, and a few just left to go back to.
pub const TEXTS_HELD: usize = 8;

/// Where the articles' text is (see [`Data::texts`]).
#[derive(Debug, Default)]
pub struct Texts {
    /// `None`: every article's text is in the corpus.
    store: Option<crate::store::cache::TextStore>,
    /// Articles whose text is in the corpus, least recently shown first.
    held: std::collections::VecDeque<usize>,
    /// Why an article's text could not be read.
    /// With whether it failed only because the store was busy (then it is
    /// tried again when shown again).
    failed: HashMap<usize, (String, bool)>,
}

impl Texts {
    /// Whether the text is read from the store as it is shown.
    pub fn on_demand(&self) -> bool {
        self.store.is_some()
    }

    /// The articles whose text is held, least recently shown first.
    pub fn held(&self) -> impl Iterator<Item = usize> + '_ {
        self.held.iter().copied()
    }

    /// The store the text is read from, if it is.
    pub fn store_mut(&mut self) -> Option<&mut crate::store::cache::TextStore> {
        self.store.as_mut()
    }
}

impl Data {
    pub fn new(corpus: Corpus) -> Data {
        Data::build(corpus, false, None)
    }

    /// The corpus from the store without its articles' text
    /// ([`crate::store::cache::open_lean`]): each article's is read into
    /// the corpus when it is shown ([`Data::load_text`]), and let go when
    /// more than [`TEXTS_HELD`] are held.
    pub fn lean(lean: crate::store::cache::Lean) -> Data {
        let mut d = Data::build(lean.corpus, false, lean.chars.as_deref());
        d.texts.store = Some(lean.texts);
        d
    }

    /// Add the quotes to the palette's entries, unless they are there: made
    /// when the palette first opens rather than with the rest, since an
    /// entry apiece for every quote is one of the biggest things the
    /// explorer would hold, for a pop-up many sessions never open.
    pub fn ensure_palette(&mut self) {
        use rayon::prelude::*;
        if self.palette_quotes {
            return;
        }
        self.palette_quotes = true;
        let (corpus, speaker_index) = (&self.corpus, &self.speaker_index);
        let quotes: Vec<Entry> = corpus
            .quotes
            .par_iter()
            .enumerate()
            .map(|(i, q)| {
                let who = q
                    .speaker
                    .as_deref()
                    .and_then(|id| speaker_index.get(id))
                    .map_or("unattributed", |&s| corpus.speakers[s].name.as_str());
                let text: String = q.text.chars().take(160).collect();
                Entry::new(Target::Quote(i), format!("{} — {who}", q.marked(&text)))
            })
            .collect();
        self.palette_entries.reserve_exact(quotes.len());
        self.palette_entries.extend(quotes);
    }

    /// This preview with the rest of its corpus read from the store
    /// ([`crate::store::cache::open_rest`]): the quotes added to the
    /// preview's own articles and speakers (never a second copy of them),
    /// the articles' text left in the store as with [`Data::lean`], and
    /// every index made again.
    pub fn complete(mut self, rest: crate::store::cache::Rest) -> Data {
        let mut corpus = std::mem::take(&mut self.corpus);
        // The preview's indexes go before the new ones are made.
        drop(self);
        corpus.quotes = rest.quotes;
        let chars = rest.chars.map(|read| {
            let mut chars = Vec::with_capacity(read.len());
            for (a, (n, cues, explanation)) in corpus.articles.iter_mut().zip(read) {
                a.theme.cues = cues;
                a.theme.explanation = explanation;
                chars.push(n);
            }
            chars
        });
        let mut d = Data::build(corpus, false, chars.as_deref());
        d.texts.store = Some(rest.texts);
        d
    }

    /// What [`crate::store::cache::open_rest`] needs to know of this
    /// preview to read the rest of its corpus.
    pub fn shown(&self, built: String) -> crate::store::cache::Shown {
        crate::store::cache::Shown {
            built,
            articles: self.corpus.articles.iter().map(|a| a.id.clone()).collect(),
            speakers: self.corpus.speakers.iter().map(|s| s.id.clone()).collect(),
            chars: super::trend::Trend::shows_months(&self.corpus.articles),
        }
    }

    /// Why article `i`'s text could not be read from the store, if it could not.
    pub fn text_error(&self, i: usize) -> Option<&str> {
        self.texts.failed.get(&i).map(|(why, _)| why.as_str())
    }

    /// Read article `i`'s text from the store into the corpus, unless it
    /// is there; the least recently shown beyond [`TEXTS_HELD`] is let go
    /// (never one of `shown`). Called as the state changes, never while
    /// drawing. A text that cannot be read is remembered with why, and the
    /// article shows without paragraphs.
    pub fn load_text(&mut self, i: usize, shown: &[usize]) {
        let Some(store) = self.texts.store.as_mut() else {
            return;
        };
        if i >= self.corpus.articles.len() {
            return;
        }
        if let Some(k) = self.texts.held.iter().position(|&h| h == i) {
            self.texts.held.remove(k);
            self.texts.held.push_back(i);
            return;
        }
        // (A store that was busy is tried again; any other failure stays.)
        if self.texts.failed.get(&i).is_some_and(|&(_, busy)| !busy) {
            return;
        }
        match store.read(i) {
            Ok(text) => {
                self.texts.failed.remove(&i);
                let a = &mut self.corpus.articles[i];
                a.paragraphs = text.paragraphs;
                a.theme.cues = text.cues;
                a.theme.explanation = text.explanation;
                self.texts.held.push_back(i);
            }
            Err(e) => {
                let busy = crate::store::cache::texts::is_busy(&e);
                self.texts.failed.insert(i, (format!("{e:#}"), busy));
            }
        }
        while self.texts.held.len() > TEXTS_HELD {
            let Some(k) = self.texts.held.iter().position(|h| !shown.contains(h)) else {
                break;
            };
            if let Some(old) = self.texts.held.remove(k) {
                let a = &mut self.corpus.articles[old];
                a.paragraphs = Vec::new();
            }
        }
    }

    /// The explorer's first view of a corpus from an up-to-date store
    /// ([`crate::store::cache::preview`]): browsable articles and speakers
    /// while the quotes and text are read, marked [`Data::partial`].
    pub fn preview(corpus: Corpus) -> Data {
        Data::build(corpus, true, None)
    }

    /// `chars`: each article's length, when its paragraphs are not in the
    /// corpus to count (see [`super::trend::Trend::weighted`]).
    fn build(corpus: Corpus, partial: bool, chars: Option<&[usize]>) -> Data {
        let article_index: HashMap<SharedStr, usize> = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let speaker_index: HashMap<SharedStr, usize> = corpus
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        // Three independent parts, built side by side: the explorer waits
        // for all of them before its first screen.
        let (
            (by_date, quotes_by_article, quotes_by_speaker, speakers_in_article, speaker_groups),
            (
                (speaker_entries, palette_entries),
                (speakers_by_lean, article_haystacks, speaker_haystacks, trend),
            ),
        ) = rayon::join(
            || {
                let mut by_date: Vec<usize> = (0..corpus.articles.len()).collect();
                by_date.sort_by(|&a, &b| {
                    date_key(&corpus.articles[a]).cmp(&date_key(&corpus.articles[b]))
                });
                let date_rank: Vec<usize> = {
                    let mut r = vec![0; by_date.len()];
                    for (rank, &a) in by_date.iter().enumerate() {
                        r[a] = rank;
                    }
                    r
                };

                let mut quotes_by_article = vec![Vec::new(); corpus.articles.len()];
                let mut quotes_by_speaker = vec![Vec::new(); corpus.speakers.len()];
                let mut speakers_in_article: Vec<Vec<usize>> =
                    vec![Vec::new(); corpus.articles.len()];
                for (qi, q) in corpus.quotes.iter().enumerate() {
                    let Some(&a) = article_index.get(&q.article) else {
                        continue;
                    };
                    quotes_by_article[a].push(qi);
                    if let Some(&s) = q.speaker.as_deref().and_then(|id| speaker_index.get(id)) {
                        quotes_by_speaker[s].push(qi);
                        speakers_in_article[a].push(s);
                    }
                }
                let reading = |q: &Quote| (q.paragraph, q.start);
                for list in &mut quotes_by_article {
                    list.sort_by_key(|&qi| reading(&corpus.quotes[qi]));
                }
                for list in &mut quotes_by_speaker {
                    list.sort_by_key(|&qi| {
                        let q = &corpus.quotes[qi];
                        let rank = article_index
                            .get(&q.article)
                            .map_or(usize::MAX, |&a| date_rank[a]);
                        (rank, q.paragraph, q.start)
                    });
                }
                for (si, s) in corpus.speakers.iter().enumerate() {
                    for id in &s.articles {
                        if let Some(&a) = article_index.get(id) {
                            speakers_in_article[a].push(si);
                        }
                    }
                }
                for list in &mut speakers_in_article {
                    list.sort_unstable();
                    list.dedup();
                }
                // Kept for the session, one list per article and speaker.
                for list in quotes_by_article
                    .iter_mut()
                    .chain(&mut quotes_by_speaker)
                    .chain(&mut speakers_in_article)
                {
                    list.shrink_to_fit();
                }
                let speaker_groups = quotes_by_speaker
                    .iter()
                    .map(|list| group_by_article(&corpus, &article_index, list))
                    .collect();

                (
                    by_date,
                    quotes_by_article,
                    quotes_by_speaker,
                    speakers_in_article,
                    speaker_groups,
                )
            },
            || {
                rayon::join(
                    || {
                        let speaker_entries: Vec<Entry> = corpus
                            .speakers
                            .iter()
                            .enumerate()
                            .map(|(i, s)| {
                                Entry::speaker(Target::Speaker(i), speaker_text(s), s.quote_count)
                            })
                            .collect();
                        let mut palette_entries =
                            Vec::with_capacity(speaker_entries.len() + corpus.articles.len());
                        palette_entries.extend_from_slice(&speaker_entries);
                        for (i, a) in corpus.articles.iter().enumerate() {
                            palette_entries.push(Entry::new(Target::Article(i), article_text(a)));
                        }
                        (speaker_entries, palette_entries)
                    },
                    || {
                        let mut speakers_by_lean: Vec<usize> = (0..corpus.speakers.len()).collect();
                        speakers_by_lean.sort_by(|&a, &b| {
                            let (x, y) = (&corpus.speakers[a], &corpus.speakers[b]);
                            x.theme
                                .lean
                                .total_cmp(&y.theme.lean)
                                .then(y.quote_count.cmp(&x.quote_count))
                        });
                        let article_haystacks = corpus
                            .articles
                            .iter()
                            .map(|a| {
                                let mut parts = vec![a.title.as_str(), a.id.as_str()];
                                parts.extend(a.source.as_deref());
                                parts.extend(a.byline.iter().map(String::as_str));
                                let mut text = parts.join("\n");
                                if let Some(date) = &a.date {
                                    text.push('\n');
                                    text.push_str(date.as_ref());
                                }
                                text.to_lowercase()
                            })
                            .collect();
                        let speaker_haystacks = corpus
                            .speakers
                            .iter()
                            .map(|s| {
                                std::iter::once(s.name.as_str())
                                    .chain(s.aliases.iter().map(|a| a.as_str()))
                                    .chain(s.roles.iter().map(String::as_str))
                                    .collect::<Vec<_>>()
                                    .join("\n")
                                    .to_lowercase()
                            })
                            .collect();
                        let trend = if partial {
                            super::trend::Trend::yearly(&corpus)
                        } else {
                            super::trend::Trend::weighted(&corpus, chars)
                        };
                        (
                            speakers_by_lean,
                            article_haystacks,
                            speaker_haystacks,
                            trend,
                        )
                    },
                )
            },
        );
        Data {
            partial,
            article_haystacks,
            speaker_haystacks,
            speakers_by_lean,
            trend,
            corpus,
            article_index,
            speaker_index,
            quotes_by_article,
            quotes_by_speaker,
            speakers_in_article,
            speaker_groups,
            by_date,
            speaker_entries,
            palette_entries,
            palette_quotes: false,
            texts: Texts::default(),
        }
    }

    pub fn article(&self, i: usize) -> Option<&Article> {
        self.corpus.articles.get(i)
    }
    pub fn speaker(&self, i: usize) -> Option<&Speaker> {
        self.corpus.speakers.get(i)
    }
    pub fn quote(&self, i: usize) -> Option<&Quote> {
        self.corpus.quotes.get(i)
    }
    pub fn speaker_name(&self, id: Option<&str>) -> &str {
        id.and_then(|id| self.speaker_index.get(id))
            .map_or("unattributed", |&s| self.corpus.speakers[s].name.as_str())
    }
    pub fn quote_article(&self, qi: usize) -> Option<usize> {
        self.quote(qi)
            .and_then(|q| self.article_index.get(&q.article).copied())
    }
    /// A speaker's quotes in one article, if they have any there.
    pub fn group_of(&self, speaker: usize, article: usize) -> Option<&QuoteGroup> {
        self.speaker_groups
            .get(speaker)?
            .iter()
            .find(|g| g.article == article)
    }
}

fn speaker_text(s: &Speaker) -> String {
    let mut t = s.name.clone();
    for a in &s.aliases {
        if a != &s.name {
            t.push_str(" · ");
            t.push_str(a);
        }
    }
    for r in &s.roles {
        t.push_str(" · ");
        t.push_str(r);
    }
    t
}

fn article_text(a: &Article) -> String {
    let mut t = format!("{} · {}", a.title, date_label(a));
    if !a.byline.is_empty() {
        t.push_str(" · ");
        t.push_str(&a.byline.join(", "));
    }
    t
}

/// Split one speaker's quote list (already ordered by article) into runs
/// of the same article; linear in the list.
fn group_by_article(
    corpus: &Corpus,
    article_index: &HashMap<SharedStr, usize>,
    list: &[usize],
) -> Vec<QuoteGroup> {
    let mut groups: Vec<QuoteGroup> = Vec::new();
    for (k, &qi) in list.iter().enumerate() {
        let Some(&a) = article_index.get(&corpus.quotes[qi].article) else {
            continue;
        };
        match groups.last_mut() {
            // (A run of one article in the list: `k` follows the last.)
            Some(g) if g.article == a && g.first + g.len == k => g.len += 1,
            _ => groups.push(QuoteGroup {
                article: a,
                first: k,
                len: 1,
                theme: Theme::default(),
            }),
        }
    }
    for g in &mut groups {
        g.theme = combine(g.quotes(list).iter().map(|&qi| {
            let q = &corpus.quotes[qi];
            (q.text.chars().count(), &q.theme)
        }));
    }
    // Kept for the session, one list per speaker: no room to spare.
    groups.shrink_to_fit();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::theme::theme_from_cues;

    /// A speaker's per-article lean is the analysis's own aggregate of their
    /// quotes there, so the groups' cues together make the speaker's theme.
    #[test]
    fn group_leans_aggregate_like_the_analysis() {
        let d = Data::new(crate::tui::testing::fixture_corpus());
        let milburn = d.speaker_index["alan-milburn"];
        let groups = &d.speaker_groups[milburn];
        assert_eq!(groups.len(), 3, "Milburn is quoted in three articles");
        let mut all = Vec::new();
        for g in groups {
            let expected = theme_from_cues(
                g.quotes(&d.quotes_by_speaker[milburn])
                    .iter()
                    .flat_map(|&q| d.corpus.quotes[q].theme.cues.clone())
                    .collect(),
            );
            assert_eq!(g.theme.lean, expected.lean);
            assert_eq!(g.has_evidence(), !expected.cues.is_empty());
            all.extend(g.quotes(&d.quotes_by_speaker[milburn]).iter().copied());
            assert_eq!(d.group_of(milburn, g.article).unwrap().first, g.first);
        }
        assert_eq!(all, d.quotes_by_speaker[milburn]);
        let speaker = &d.corpus.speakers[milburn].theme;
        let joined = theme_from_cues(groups.iter().flat_map(|g| g.theme.cues.clone()).collect());
        assert_eq!(joined.lean, speaker.lean);
        // The group in 002 has a quote arguing central ("ministers").
        let g002 = groups
            .iter()
            .find(|g| d.corpus.articles[g.article].id.starts_with("002"))
            .unwrap();
        assert!(g002.theme.lean < 0.0 && g002.has_evidence());
    }

    #[test]
    fn fixture_mentions_are_real_names_in_bounds() {
        let c = crate::tui::testing::fixture_corpus();
        let mut n = 0;
        for a in &c.articles {
            for p in &a.paragraphs {
                for m in &p.mentions {
                    let s = crate::model::char_to_byte(&p.text, m.start);
                    let e = crate::model::char_to_byte(&p.text, m.end);
                    let sp = c.speaker(&m.speaker).expect("a known speaker");
                    assert!(sp.aliases.iter().any(|al| al == &p.text[s..e]));
                    n += 1;
                }
            }
        }
        assert!(n >= 5, "only {n} mentions");
    }
}
