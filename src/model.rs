//! The analysed corpus: the contract between analysis, the explorer and the export.
//!
//! Everything the explorer shows and everything `centreline export` writes comes
//! from these types. Field names are part of the JSON contract (`version: 1`):
//! fields may be added, never renamed. Offsets are **character** offsets (Unicode
//! scalar values) into the text they refer to, because that is what a consumer in
//! any language can index; [`char_to_byte`] converts them for Rust slicing.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

mod partial_date;
mod shared_str;
pub use partial_date::{days_in_month, DateError, PartialDate};
pub use shared_str::SharedStr;

/// Version of the export format; bumped only when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

/// The whole analysed corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub version: u32,
    pub articles: Vec<Article>,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    /// Theme aggregated per date bucket (year), oldest first; undated articles
    /// are left out.
    #[serde(default)]
    pub periods: Vec<Period>,
    /// The user's corrections (`corrections.toml` in the store), in the
    /// order made, each applied or stale; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<CorrectionStatus>,
}

/// What became of one of the user's corrections when the corpus was opened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionStatus {
    /// Its place in `corrections.toml`, from 1.
    pub n: usize,
    /// `merge`, `rename`, `split`, `assign` or `reject`.
    pub action: String,
    /// What it does, in words (`merge 'Mr Blair' into 'Tony Blair'`).
    pub summary: String,
    /// Why it no longer applies (its article was edited or deleted, or what
    /// it names is gone); `None` when it was applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stale: Option<String>,
}

/// One article as loaded and analysed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique in the corpus: the file stem where that is unique.
    pub id: SharedStr,
    /// Path relative to the folder given (or the file name for a lone file).
    pub path: String,
    pub title: String,
    pub kicker: Option<String>,
    /// The start of (or all of) paragraph 0, whose text it shares.
    pub standfirst: Option<SharedStr>,
    /// Reporters named in the byline (not speakers of what they report).
    pub byline: Vec<String>,
    /// Serialised as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<PartialDate>,
    /// The date's approximate flag, kept beside it for the JSON contract.
    pub date_approximate: bool,
    pub source: Option<String>,
    /// Author from front matter or the manifest (a blog's own voice).
    #[serde(default)]
    pub author: Option<String>,
    /// Where the article is on the web, when its source says (a feed item's
    /// link, a JSON line's `url`); left out of the JSON when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Every paragraph of the body, in order (the standfirst, when the text has
    /// one, is paragraph 0 with `kind: "standfirst"`).
    pub paragraphs: Vec<Paragraph>,
    pub theme: Theme,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Standfirst,
    #[default]
    Body,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub text: SharedStr,
    #[serde(default)]
    pub kind: ParagraphKind,
    pub theme: Theme,
    /// Where the paragraph names a speaker (`Mr Milburn`, `he` is not a
    /// mention), so readers can highlight names without re-analysing text.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

/// A speaker named in a paragraph: character offsets into its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub speaker: SharedStr,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    #[default]
    Person,
    Organisation,
    /// An unnamed set of people: `MPs`, `critics`, `ministers`.
    Group,
    /// Someone described, not named: `Home Office spokesman`.
    Description,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Slug of the canonical name, unique in the corpus (`alan-milburn`).
    pub id: SharedStr,
    pub name: String,
    pub kind: SpeakerKind,
    /// Every form the text used for them (`Mr Milburn`, `Alan Milburn`).
    pub aliases: Vec<String>,
    /// Each distinct role, in order of first appearance.
    pub roles: Vec<String>,
    /// Articles that quote or name them.
    pub articles: Vec<SharedStr>,
    pub quote_count: usize,
    pub theme: Theme,
    /// Too few quotes for the theme to mean much.
    #[serde(default)]
    pub thin_evidence: bool,
    /// How the forms of this speaker's name were joined: each form that is
    /// not the display name, with the identity rule that joined it.
    #[serde(default)]
    pub identity: Vec<IdentityDecision>,
    /// A correction of the user's changed this speaker (merged, renamed,
    /// split, or given or lost a quote).
    #[serde(default, skip_serializing_if = "is_false")]
    pub corrected: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One identity decision: a form of a name (`Mr Blair`, `Vince Cable`,
/// `Tories`) joined into a speaker, and the rule that joined it:
/// `surname-in-article` (named in full in the same article),
/// `given-name-variant` (`Vince`/`Vincent`, from the name table),
/// `titled-form` (a peer or knight by title, corpus-wide), `party-form`
/// (`Tories` is the Conservative Party), `one-person-with-surname` (the only
/// compatible full-named person in the corpus), `dominant-person-with-surname`
/// (named in three times as many articles as any other), `same-form` (the
/// same title-and-surname form in several articles, no full name known),
/// `corpus-office` (`the chancellor` in an article that names nobody for it:
/// the one person the corpus gives that office), `same-name` (the same full
/// name, organisation, group or description).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityDecision {
    pub form: String,
    pub rule: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quoted statement.
    #[default]
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech with no quote marks.
    Indirect,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `<article id>#q<n>`, n counting from 0 in reading order.
    pub id: QuoteId,
    pub article: SharedStr,
    /// Index into the article's `paragraphs`.
    pub paragraph: usize,
    /// Character offsets into that paragraph's text (end exclusive); the quoted
    /// words, without the marks.
    pub start: usize,
    pub end: usize,
    pub text: SharedStr,
    pub kind: QuoteKind,
    /// Speaker id, or `None` when nobody could be credited.
    pub speaker: Option<SharedStr>,
    /// The speech cue that attributed it (`told`, `said`, `according to`).
    pub cue: Option<SharedStr>,
    /// The attribution rule that credited it, and after a `/` the one that
    /// found the cue's subject: `said-after-quote/pronoun-chain`,
    /// `colon-intro/name-subject`, `continuation`, `unattributed`
    /// (see `assets/attribution/rules.toml`).
    #[serde(default)]
    pub rule: std::borrow::Cow<'static, str>,
    pub theme: Theme,
    /// A correction of the user's gave this quote its speaker.
    #[serde(default, skip_serializing_if = "is_false")]
    pub corrected: bool,
    /// Reported under a negated cue (`does not believe`, `has never said`):
    /// the words are what the speaker does *not* hold, so every view shows
    /// the cue with them. Left out of the JSON when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub negated: bool,
}

impl Quote {
    /// The quoted words as shown in lists: in quotation marks, after their
    /// cue when that is negated (`(does not believe) “abortion should be an
    /// election issue”`), so that a list never shows a view its speaker
    /// denies as theirs.
    pub fn shown(&self) -> String {
        self.marked(&self.text)
    }

    /// [`Quote::shown`] for `words` standing for the quote's text (cut short
    /// or on one line).
    pub fn marked(&self, words: &str) -> String {
        match self.cue.as_deref().filter(|_| self.negated) {
            Some(cue) => format!("({cue}) “{words}”"),
            None => format!("“{words}”"),
        }
    }
}

/// A quote's id, `<article id>#q<n>`, held as its parts (the article id is
/// shared with the article, so a corpus's ids cost no text of their own) and
/// written as that string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct QuoteId {
    pub article: SharedStr,
    /// Counting from 0 in the article's reading order.
    pub n: usize,
}

impl std::fmt::Display for QuoteId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#q{}", self.article, self.n)
    }
}

impl std::str::FromStr for QuoteId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.rsplit_once("#q")
            // Digits only (`parse` would also take a leading `+`), and no
            // leading zero, so that an id reads back exactly as written.
            .filter(|(_, n)| {
                !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_digit())
                    && (n == &"0" || !n.starts_with('0'))
            })
            .and_then(|(article, n)| {
                Some(QuoteId {
                    article: article.into(),
                    n: n.parse().ok()?,
                })
            })
            .ok_or_else(|| format!("quote id '{s}' is not '<article>#q<n>'"))
    }
}

impl Serialize for QuoteId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QuoteId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Central,
    Local,
}

/// How much of each side a span of text speaks of, and which way it leans.
///
/// `lean` is in [-1, +1]: -1 all central, +1 all local. It is computed from the
/// cues' stances alone, so every score can be explained from `cues`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub central: f64,
    pub local: f64,
    pub lean: f64,
    pub cues: Vec<CueHit>,
    /// How much evidence `lean` rests on, and the lean that accounts for it.
    #[serde(default)]
    pub evidence: Evidence,
    /// For an article, a speaker or a year: its cues totalled by wording,
    /// side and stance, heaviest share of the lean first, so that the score
    /// can be read at a glance. The lines' `lean_share`s add up to `lean`.
    /// Empty (and not written) for a paragraph or a quote, whose `cues` are
    /// few enough to read as they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanation: Vec<CueTotal>,
}

/// One line of an aggregate [`Theme`]'s explanation: every cue of one
/// wording, side and stance in its parts, and what they add to its score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CueTotal {
    /// The wording, lower-cased (`Targets` and `targets` are one line).
    pub text: String,
    pub side: Side,
    pub stance: Side,
    /// The cues are what a pejorative criticises (see [`CueHit::target`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target: bool,
    /// How many times they fired.
    pub count: usize,
    /// Their total weight.
    pub weight: f64,
    /// What they add to the lean: `weight` over the evidence's weight,
    /// positive when they argue local, negative when central, 0 for targets.
    pub lean_share: f64,
}

/// The amount of evidence behind a [`Theme`]'s lean (issue 12), so that a lean
/// from one cue is not read like a lean from twenty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// How many cues argue a way (`cues` less the targets of pejoratives).
    pub cues: usize,
    /// Their total weight.
    pub weight: f64,
    /// The lean shrunk towards 0 by the amount of evidence:
    /// (weight arguing local − weight arguing central) / (total weight +
    /// `PRIOR_WEIGHT`), with `PRIOR_WEIGHT` = 2 (two plain cues' worth of
    /// balance). One plain cue reads ±0.33, twenty ±0.91; same sign as `lean`.
    pub lean_shrunk: f64,
}

/// One theme cue that fired.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CueHit {
    pub text: SharedStr,
    /// What the cue is about.
    pub side: Side,
    /// Which way it argues (a pejorative or reversed cue argues for the other side).
    pub stance: Side,
    /// Character offsets into the scored text.
    pub start: usize,
    pub end: usize,
    /// The rule applied, if any (`reversed by 'less emphasis on'`).
    pub rule: Option<String>,
    #[serde(default)]
    pub weight: f64,
    /// One of the lexicon's facets (static, so cues share it).
    #[serde(default)]
    pub facet: Cow<'static, str>,
    /// What a pejorative in the same sentence criticises (`the centre` in
    /// `mad for the centre to try and run everything`): it speaks of its side
    /// but argues neither way, so it counts in `central`/`local` and not in
    /// the lean. Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target: bool,
}

/// Theme per date bucket.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// The bucket: a year, `2000`.
    pub year: String,
    /// True when any article in the bucket has an approximate date.
    #[serde(default)]
    pub date_approximate: bool,
    pub articles: Vec<SharedStr>,
    pub theme: Theme,
}

impl Corpus {
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }
    /// Quotes of one article, in reading order.
    pub fn quotes_in<'a>(&'a self, article: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.quotes.iter().filter(move |q| q.article == article)
    }
    /// Quotes credited to one speaker, in corpus order.
    pub fn quotes_by<'a>(&'a self, speaker: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.quotes
            .iter()
            .filter(move |q| q.speaker.as_deref() == Some(speaker))
    }
}

/// Byte index of the `chars`-th character of `text` (clamped to its length), for
/// turning the model's character offsets into slice bounds.
pub fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(byte, _)| byte)
}

/// Character index of byte offset `byte` (which must be a char boundary or the
/// end; anything past the end is clamped).
pub fn byte_to_char(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text[..floor_char_boundary(text, byte)].chars().count()
}

/// The largest char boundary at or below `byte`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_through_multibyte_text() {
        let t = "a£b–c";
        assert_eq!(char_to_byte(t, 0), 0);
        assert_eq!(char_to_byte(t, 2), 3);
        assert_eq!(char_to_byte(t, 4), 7);
        assert_eq!(char_to_byte(t, 99), t.len());
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(byte_to_char(t, bi), ci);
        }
        assert_eq!(byte_to_char(t, 2), 1, "inside '£' rounds down");
        assert_eq!(byte_to_char(t, 5), 3, "inside '–' rounds down");
    }

    #[test]
    fn quote_ids_read_back_as_written() {
        let id = QuoteId {
            article: "000_nhs-confed#2".into(),
            n: 12,
        };
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"000_nhs-confed#2#q12\"");
        assert_eq!(serde_json::from_str::<QuoteId>(&json).unwrap(), id);
        for bad in ["\"x\"", "\"x#q\"", "\"x#qa1\"", "\"x#q-1\"", "\"x#q01\""] {
            let err = serde_json::from_str::<QuoteId>(bad).unwrap_err();
            assert!(err.to_string().contains("is not '<article>#q<n>'"), "{err}");
        }
    }

    #[test]
    fn json_uses_the_contract_names() {
        let q = Quote {
            kind: QuoteKind::Partial,
            ..Default::default()
        };
        let v = serde_json::to_value(&q).unwrap();
        assert_eq!(v["kind"], "partial");
        let s = serde_json::to_value(Speaker {
            kind: SpeakerKind::Organisation,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s["kind"], "organisation");
        assert_eq!(serde_json::to_value(Side::Local).unwrap(), "local");
    }
}
