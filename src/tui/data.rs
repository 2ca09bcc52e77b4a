//! The loaded corpus with the indexes the explorer needs, built once when
//! loading finishes so that nothing per keystroke scans the whole corpus.

use super::finder::{Entry, Target};
use crate::model::{Article, Corpus, Quote, Speaker};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

/// Finds speakers' names and aliases in one article's text.
pub struct NameFinder {
    pub matcher: AhoCorasick,
    /// Speaker index for each pattern.
    pub speaker_of: Vec<usize>,
}

pub struct Data {
    pub corpus: Corpus,
    pub article_index: HashMap<String, usize>,
    pub speaker_index: HashMap<String, usize>,
    /// Quote indexes per article, in reading order.
    pub quotes_by_article: Vec<Vec<usize>>,
    /// Quote indexes per speaker, by article date then reading order.
    pub quotes_by_speaker: Vec<Vec<usize>>,
    /// Speakers named or quoted in each article.
    pub speakers_in_article: Vec<Vec<usize>>,
    pub names: Vec<Option<NameFinder>>,
    /// Articles oldest first (undated last).
    pub by_date: Vec<usize>,
    /// Speakers most central first, then by evidence (the tracker's ranking).
    pub speakers_by_lean: Vec<usize>,
    /// Finder entries over speakers (names, aliases, roles).
    pub speaker_entries: Vec<Entry>,
    /// Palette entries: speakers, articles and quotes.
    pub palette_entries: Vec<Entry>,
}

impl Data {
    pub fn new(corpus: Corpus) -> Data {
        let article_index: HashMap<String, usize> = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let speaker_index: HashMap<String, usize> = corpus
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let mut by_date: Vec<usize> = (0..corpus.articles.len()).collect();
        by_date.sort_by(|&a, &b| date_key(&corpus.articles[a]).cmp(&date_key(&corpus.articles[b])));
        let date_rank: Vec<usize> = {
            let mut r = vec![0; by_date.len()];
            for (rank, &a) in by_date.iter().enumerate() {
                r[a] = rank;
            }
            r
        };

        let mut quotes_by_article = vec![Vec::new(); corpus.articles.len()];
        let mut quotes_by_speaker = vec![Vec::new(); corpus.speakers.len()];
        let mut speakers_in_article: Vec<Vec<usize>> = vec![Vec::new(); corpus.articles.len()];
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
        let names = speakers_in_article
            .iter()
            .map(|speakers| name_finder(&corpus.speakers, speakers))
            .collect();

        let speaker_entries: Vec<Entry> = corpus
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| Entry::new(Target::Speaker(i), speaker_text(s)))
            .collect();
        let mut palette_entries = speaker_entries.clone();
        for (i, a) in corpus.articles.iter().enumerate() {
            palette_entries.push(Entry::new(Target::Article(i), article_text(a)));
        }
        for (i, q) in corpus.quotes.iter().enumerate() {
            let who = q
                .speaker
                .as_deref()
                .and_then(|id| speaker_index.get(id))
                .map_or("unattributed", |&s| corpus.speakers[s].name.as_str());
            let text: String = q.text.chars().take(160).collect();
            palette_entries.push(Entry::new(Target::Quote(i), format!("“{text}” — {who}")));
        }
        let mut speakers_by_lean: Vec<usize> = (0..corpus.speakers.len()).collect();
        speakers_by_lean.sort_by(|&a, &b| {
            let (x, y) = (&corpus.speakers[a], &corpus.speakers[b]);
            x.theme
                .lean
                .total_cmp(&y.theme.lean)
                .then(y.quote_count.cmp(&x.quote_count))
        });
        Data {
            speakers_by_lean,
            corpus,
            article_index,
            speaker_index,
            quotes_by_article,
            quotes_by_speaker,
            speakers_in_article,
            names,
            by_date,
            speaker_entries,
            palette_entries,
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
}

/// Sort key for dates; undated articles last, then by title.
pub fn date_key(a: &Article) -> (bool, String, String) {
    (
        a.date.is_none(),
        a.date.clone().unwrap_or_default(),
        a.title.clone(),
    )
}

/// The date as shown: `~2000-07` when approximate.
pub fn date_label(a: &Article) -> String {
    match &a.date {
        Some(d) if a.date_approximate => format!("~{d}"),
        Some(d) => d.clone(),
        None => "undated".into(),
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

fn name_finder(speakers: &[Speaker], in_article: &[usize]) -> Option<NameFinder> {
    let mut patterns = Vec::new();
    let mut speaker_of = Vec::new();
    for &si in in_article {
        let s = &speakers[si];
        for name in std::iter::once(&s.name).chain(s.aliases.iter()) {
            if name.chars().count() >= 2 {
                patterns.push(name.clone());
                speaker_of.push(si);
            }
        }
    }
    if patterns.is_empty() {
        return None;
    }
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .ok()?;
    Some(NameFinder {
        matcher,
        speaker_of,
    })
}
