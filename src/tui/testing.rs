//! Fixtures for the explorer's tests and benchmarks: the bundled corpus with
//! hand-made speakers, quotes and theme cues placed at their real offsets,
//! so every pane has something to show whatever the analysis finds.

use crate::analysis::theme::{combine, theme_from_cues};
use crate::analysis::Lexicon;
use crate::model::{
    Corpus, CueHit, Mention, Period, Quote, QuoteId, QuoteKind, SharedStr, Side, Speaker,
    SpeakerKind, Theme,
};

/// (text, side, stance, weight, facet, rule)
type CueSpec = (
    &'static str,
    Side,
    Side,
    f64,
    &'static str,
    Option<&'static str>,
);
/// (id, name, kind, aliases, roles)
type PersonSpec = (
    &'static str,
    &'static str,
    SpeakerKind,
    &'static [&'static str],
    &'static [&'static str],
);

const CUES: &[CueSpec] = &[
    (
        "decentralisation",
        Side::Local,
        Side::Local,
        1.0,
        "structure",
        None,
    ),
    (
        "decentralised",
        Side::Local,
        Side::Local,
        1.0,
        "structure",
        None,
    ),
    (
        "centralised",
        Side::Central,
        Side::Central,
        1.0,
        "structure",
        None,
    ),
    (
        "centralising",
        Side::Central,
        Side::Central,
        1.0,
        "structure",
        None,
    ),
    (
        "micro-management",
        Side::Central,
        Side::Local,
        1.0,
        "control",
        Some("pejorative: argues for the other side"),
    ),
    (
        "Micro-management",
        Side::Central,
        Side::Local,
        1.0,
        "control",
        Some("pejorative: argues for the other side"),
    ),
    (
        "national plan",
        Side::Central,
        Side::Central,
        0.8,
        "planning",
        None,
    ),
    (
        "national guidance",
        Side::Central,
        Side::Central,
        0.8,
        "planning",
        None,
    ),
    (
        "targets",
        Side::Central,
        Side::Central,
        0.6,
        "performance",
        None,
    ),
    (
        "the centre",
        Side::Central,
        Side::Central,
        0.7,
        "control",
        None,
    ),
    ("freedom", Side::Local, Side::Local, 0.8, "autonomy", None),
    (
        "Earned autonomy",
        Side::Local,
        Side::Local,
        1.0,
        "autonomy",
        None,
    ),
    (
        "local managers",
        Side::Local,
        Side::Local,
        1.0,
        "autonomy",
        None,
    ),
    (
        "local flexibility",
        Side::Local,
        Side::Local,
        1.0,
        "autonomy",
        None,
    ),
    (
        "local control",
        Side::Local,
        Side::Local,
        1.0,
        "autonomy",
        None,
    ),
    (
        "local leadership",
        Side::Local,
        Side::Local,
        1.0,
        "leadership",
        None,
    ),
    ("local debate", Side::Local, Side::Local, 1.0, "voice", None),
    (
        "ministers",
        Side::Central,
        Side::Central,
        0.5,
        "politics",
        None,
    ),
];

/// (article id prefix, exact quoted words, speaker id, kind, cue)
const QUOTES: &[(&str, &str, &str, QuoteKind, &str)] = &[
    ("000", "fragile", "alan-milburn", QuoteKind::Partial, "warned"),
    ("000", "tangible improvements", "alan-milburn", QuoteKind::Partial, "gave"),
    ("001", "get regional office off the back", "alan-milburn", QuoteKind::Partial, "promised"),
    ("001", "should periodically be classified as green, amber or red", "alan-milburn", QuoteKind::Partial, "said"),
    ("002", "The process of negotiation will be helped if the NHS rather than a government department or government ministers speaks for the employers' side of the table, ", "alan-milburn", QuoteKind::Direct, "said"),
    ("002", "reform in the NHS has to come from within the NHS", "alan-milburn", QuoteKind::Partial, "re-emphasised"),
    ("004", "But will local debate be allowed, given that implies differences of opinion, argument and local headlines?", "stephen-thornton", QuoteKind::Direct, "says"),
    ("004", "jury's out", "stephen-thornton", QuoteKind::Partial, "believes"),
    ("004", "gap is widening despite modernisation", "nhs-confederation", QuoteKind::Partial, "conclusion"),
];

/// The bundled corpus as analysed on this branch, with nothing added.
pub fn bundled_corpus() -> Corpus {
    crate::open_corpus(&[], &Lexicon::bundled(), None)
        .expect("the bundled corpus loads")
        .0
}

/// The bundled corpus with speakers, quotes and theme cues added by hand.
pub fn fixture_corpus() -> Corpus {
    let mut c = bundled_corpus();
    c.quotes.clear();
    c.speakers.clear();
    // Theme cues at their real offsets in every paragraph.
    for a in &mut c.articles {
        for p in &mut a.paragraphs {
            p.theme = theme_of(find_cues(&p.text));
        }
        a.theme = combine(
            a.paragraphs
                .iter()
                .map(|p| (p.text.chars().count(), &p.theme)),
        );
    }
    // Quotes at their real offsets.
    for (prefix, words, speaker, kind, cue) in QUOTES {
        let Some(a) = c.articles.iter().find(|a| a.id.starts_with(prefix)) else {
            continue;
        };
        let Some((pi, byte)) = a
            .paragraphs
            .iter()
            .enumerate()
            .find_map(|(i, p)| p.text.find(words).map(|b| (i, b)))
        else {
            continue;
        };
        let text = &a.paragraphs[pi].text;
        let start = text[..byte].chars().count();
        let end = start + words.chars().count();
        let n = c.quotes.iter().filter(|q| q.article == a.id).count();
        c.quotes.push(Quote {
            corrected: false,
            negated: false,
            id: QuoteId {
                article: a.id.clone(),
                n,
            },
            article: a.id.clone(),
            paragraph: pi,
            start,
            end,
            text: (*words).into(),
            kind: *kind,
            speaker: Some((*speaker).into()),
            cue: Some((*cue).into()),
            rule: "said-after-quote/name-subject".into(),
            theme: theme_of(find_cues(words)),
        });
    }
    c.quotes.sort_by(|a, b| {
        (a.article.as_str(), a.paragraph, a.start).cmp(&(b.article.as_str(), b.paragraph, b.start))
    });
    let people: [PersonSpec; 3] = [
        (
            "alan-milburn",
            "Alan Milburn",
            SpeakerKind::Person,
            &["Alan Milburn", "Mr Milburn"],
            &["health secretary"],
        ),
        (
            "stephen-thornton",
            "Stephen Thornton",
            SpeakerKind::Person,
            &["Stephen Thornton", "Mr Thornton"],
            &["chief executive, NHS Confederation"],
        ),
        (
            "nhs-confederation",
            "NHS Confederation",
            SpeakerKind::Organisation,
            &["NHS Confederation", "the confederation"],
            &["employers' organisation"],
        ),
    ];
    for (id, name, kind, aliases, roles) in people {
        let quotes: Vec<&Quote> = c
            .quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(id))
            .collect();
        let mut articles: Vec<SharedStr> = quotes.iter().map(|q| q.article.clone()).collect();
        articles.dedup();
        let theme = combine(quotes.iter().map(|q| (q.text.chars().count(), &q.theme)));
        c.speakers.push(Speaker {
            corrected: false,
            identity: Vec::new(),
            id: id.into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
            articles,
            quote_count: quotes.len(),
            theme,
            thin_evidence: quotes.len() < 3,
        });
    }
    // Where each person is named, as attribution would record it: every
    // alias, longest first, whole words, never overlapping.
    for a in &mut c.articles {
        for p in &mut a.paragraphs {
            let mut found: Vec<Mention> = Vec::new();
            let mut names: Vec<(&str, &str)> = people
                .iter()
                .flat_map(|(id, _, _, aliases, _)| aliases.iter().map(move |al| (*id, *al)))
                .collect();
            names.sort_by_key(|(_, al)| std::cmp::Reverse(al.len()));
            for (id, alias) in names {
                for (start, end) in whole_word_spans(&p.text, alias) {
                    if found.iter().all(|m| end <= m.start || start >= m.end) {
                        found.push(Mention {
                            speaker: id.into(),
                            start,
                            end,
                        });
                    }
                }
            }
            found.sort_by_key(|m| m.start);
            p.mentions = found;
        }
    }
    // Periods by year.
    let mut years: Vec<String> = c
        .articles
        .iter()
        .filter_map(|a| a.date.as_ref().map(|d| d[..4.min(d.len())].to_string()))
        .collect();
    years.sort();
    years.dedup();
    c.periods = years
        .into_iter()
        .map(|y| {
            let arts: Vec<&crate::model::Article> = c
                .articles
                .iter()
                .filter(|a| a.date.as_deref().is_some_and(|d| d.starts_with(&y)))
                .collect();
            Period {
                date_approximate: true,
                year: y,
                articles: arts.iter().map(|a| a.id.clone()).collect(),
                theme: combine(arts.iter().map(|a| {
                    let chars = a
                        .paragraphs
                        .iter()
                        .map(|p| p.text.chars().count())
                        .sum::<usize>()
                        + crate::analysis::theme::JOIN_CHARS * a.paragraphs.len().saturating_sub(1);
                    (chars, &a.theme)
                })),
            }
        })
        .collect();
    c
}

/// A corpus with `n` made-up speakers (for finder benchmarks), each quoted
/// once in the bundled articles.
pub fn synthetic_corpus(n: usize) -> Corpus {
    let mut c = fixture_corpus();
    const FIRST: &[&str] = &[
        "Alan", "Ann", "Stephen", "Tash", "Lyn", "Nigel", "Sarah", "Chris", "Julia", "Patricia",
        "Simon", "Amanda",
    ];
    const LAST: &[&str] = &[
        "Milburn",
        "Thornton",
        "Shifrin",
        "Whitfield",
        "Crisp",
        "Hewitt",
        "Dixon",
        "Ham",
        "Edwards",
        "Stevens",
        "Pritchard",
        "McGauran",
    ];
    const ROLE: &[&str] = &[
        "chief executive",
        "health secretary",
        "GP",
        "chair",
        "director of nursing",
        "manager",
    ];
    let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng as usize
    };
    for i in 0..n {
        let name = format!(
            "{} {}{}",
            FIRST[next() % FIRST.len()],
            LAST[next() % LAST.len()],
            ["", "son", "ley", "er", "ford"][next() % 5]
        );
        c.speakers.push(Speaker {
            corrected: false,
            identity: Vec::new(),
            id: format!("s{i}").into(),
            name: name.clone(),
            kind: SpeakerKind::Person,
            aliases: vec![name],
            roles: vec![ROLE[next() % ROLE.len()].to_string()],
            articles: Vec::new(),
            quote_count: 0,
            theme: Theme::default(),
            thin_evidence: true,
        });
    }
    c
}

fn find_cues(text: &str) -> Vec<CueHit> {
    let mut hits = Vec::new();
    for &(cue, side, stance, weight, facet, rule) in CUES {
        for (byte, _) in text.match_indices(cue) {
            let before_ok = text[..byte]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric());
            let after_ok = text[byte + cue.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric());
            if !(before_ok && after_ok) {
                continue;
            }
            let start = text[..byte].chars().count();
            hits.push(CueHit {
                text: cue.into(),
                side,
                stance,
                start,
                end: start + cue.chars().count(),
                rule: rule.map(String::from),
                weight,
                facet: facet.to_string().into(),
                target: false,
            });
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

fn theme_of(cues: Vec<CueHit>) -> Theme {
    theme_from_cues(cues)
}

/// Character spans where `name` occurs as whole words in `text`.
fn whole_word_spans(text: &str, name: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (byte, _) in text.match_indices(name) {
        let before_ok = text[..byte]
            .chars()
            .next_back()
            .is_none_or(|ch| !ch.is_alphanumeric());
        let after_ok = text[byte + name.len()..]
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_alphanumeric());
        if before_ok && after_ok {
            let start = text[..byte].chars().count();
            out.push((start, start + name.chars().count()));
        }
    }
    out
}
