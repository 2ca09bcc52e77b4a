//! Scoring attribution against the hand-made BBC politics gold in
//! `tests/gold/bbc/` (see its README): which share of the quotations a careful
//! reader credited does centreline credit to the same speaker?
//!
//! Shared by `tests/attribution_bbc.rs` (the gauges) and
//! `examples/bbc_gold.rs` (the figures and, for the tuning part only, the
//! misses).
//!
//! Matching a gold line to a program quote: same article, and the program
//! quote's text starts with the gold line's first words (compared without
//! case, marks or punctuation), each program quote used once, in reading
//! order. Matching speakers is [`same_speaker`]; the same test is used between
//! the two readers, so the readers' agreement is a fair ceiling.

#![allow(dead_code)]

use centreline::model::{Corpus, Speaker, SpeakerKind};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldLine {
    pub file: String,
    pub block: usize,
    pub quote: String,
    pub speaker: String,
    pub kind: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// The parts of the gold: four tuned on (`dev`; `dev2`, `dev3` and `dev4`,
/// read later by other readers, each scored once before it was tuned on), and
/// one never looked at while tuning (`held`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Dev,
    Dev2,
    Dev3,
    Dev4,
    Held,
}

impl Part {
    pub const ALL: [Part; 5] = [Part::Dev, Part::Dev2, Part::Dev3, Part::Dev4, Part::Held];

    pub fn name(self) -> &'static str {
        match self {
            Part::Dev => "dev",
            Part::Dev2 => "dev2",
            Part::Dev3 => "dev3",
            Part::Dev4 => "dev4",
            Part::Held => "held",
        }
    }

    /// The two readers of this part, by their letters.
    pub fn readers(self) -> [char; 2] {
        match self {
            Part::Dev | Part::Held => ['A', 'B'],
            Part::Dev2 => ['C', 'D'],
            Part::Dev3 => ['E', 'F'],
            Part::Dev4 => ['G', 'H'],
        }
    }

    /// Tuned on: its misses may be listed.
    pub fn tuned(self) -> bool {
        self != Part::Held
    }
}

pub fn gold_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/bbc")
}

/// `../shared/data/bbc/politics`, when it is there.
pub fn politics_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc/politics");
    dir.is_dir().then_some(dir)
}

pub fn read_gold(part: Part, reader: char) -> Vec<GoldLine> {
    let path = gold_dir().join(format!("{}_reader{reader}.jsonl", part.name()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{} line {}: {e}", path.display(), i + 1))
        })
        .collect()
}

/// Lower case, letters and digits only, single spaces: for comparing quote
/// openings whatever the marks, dashes and apostrophes.
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "baroness",
    "dame",
    "professor",
    "prof",
    "rev",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
];

/// A name's words for comparison: lower case, possessives and plural `s` off,
/// titles and articles dropped, party short forms spelt out.
fn name_words(s: &str) -> Vec<String> {
    let s = s.replace(['’', '\''], "");
    // `Lord Faulkner of Worcester` is Lord Faulkner: a peer's territorial
    // designation is not part of how anyone names him.
    let s = match s.split_once(" of ") {
        Some((peer, _)) if peer.starts_with("Lord ") || peer.starts_with("Baroness ") => {
            peer.to_string()
        }
        _ => s,
    };
    let mut words: Vec<String> = plain(&s)
        .split(' ')
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .map(|w| match w {
            "tories" | "tory" | "conservatives" => "conservative".to_string(),
            "dems" | "dem" | "libdems" => "democrat".to_string(),
            "lib" => "liberal".to_string(),
            "democrats" => "democrat".to_string(),
            w if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") => {
                w[..w.len() - 1].to_string()
            }
            w => w.to_string(),
        })
        .collect();
    words.dedup();
    words
}

/// Whether `said` names the speaker `gold` names. Both empty: nobody (a
/// scare quote or title). A person must keep the gold surname (`Mr Brown` for
/// Gordon Brown is right, `Labour` for him is not); otherwise one name's words
/// must all be in the other's (`Home Office spokesman`, `Home Office`).
pub fn same_speaker(gold: &str, kind: &str, said: &str) -> bool {
    let (g, s) = (name_words(gold), name_words(said));
    if g.is_empty() || s.is_empty() {
        return g.is_empty() && s.is_empty();
    }
    let subset = |a: &[String], b: &[String]| a.iter().all(|w| b.contains(w));
    // A body and its initials are one body (`UKIP`, `UK Independence Party`).
    let initials = centreline::analysis::attribution::names::initials;
    let abbreviates = |short: &str, long: &str| initials(long).is_some_and(|i| i == short.trim());
    if kind != "person" && (abbreviates(gold, said) || abbreviates(said, gold)) {
        return true;
    }
    let either = subset(&g, &s) || subset(&s, &g);
    if kind == "person" {
        either && s.contains(g.last().unwrap())
    } else {
        either
    }
}

#[derive(Debug, Default, Clone)]
pub struct Score {
    /// Gold lines scored (those whose speaker is not `?`).
    pub total: usize,
    /// Of those, the ones a program quote matched.
    pub found: usize,
    pub right: usize,
    /// Per credit rule of the matched program quote (`said-after-quote`,
    /// `current-speaker`…; `not found` when no quote matched): (right, total).
    pub by_rule: std::collections::BTreeMap<String, (usize, usize)>,
    /// Every scored line as (rule, right, `file [block] "quote": gold → program`),
    /// for listing one rule's hits beside its misses.
    pub lines: Vec<(String, bool, String)>,
}

impl Score {
    /// `file [block] "quote": gold → program` for each wrong credit.
    pub fn misses(&self) -> impl Iterator<Item = &str> {
        self.lines
            .iter()
            .filter(|(_, right, _)| !right)
            .map(|(_, _, line)| line.as_str())
    }

    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.total.max(1) as f64
    }
    pub fn line(&self) -> String {
        format!(
            "{}/{} = {:.3} right ({} found)",
            self.right,
            self.total,
            self.accuracy(),
            self.found
        )
    }
}

/// Scores the corpus's quotes against `gold`.
pub fn score(corpus: &Corpus, gold: &[GoldLine]) -> Score {
    let speakers: HashMap<&str, &Speaker> = corpus.speakers.iter().map(|s| (&*s.id, s)).collect();
    let mut by_article: HashMap<&str, Vec<(String, &str, bool, String)>> = HashMap::new();
    for q in &corpus.quotes {
        let name = q
            .speaker
            .as_deref()
            .and_then(|id| speakers.get(id))
            .map_or("", |s| s.name.as_str());
        by_article.entry(&q.article).or_default().push((
            plain(&q.text),
            name,
            false,
            format!("{} {:?}", q.rule, q.kind),
        ));
    }
    let mut out = Score::default();
    for g in gold.iter().filter(|g| g.speaker != "?") {
        out.total += 1;
        let article = g.file.trim_end_matches(".txt");
        let want = plain(&g.quote);
        let quotes = by_article.get_mut(article);
        let mut rule = "not found".to_string();
        let hit = quotes.and_then(|qs| {
            qs.iter_mut()
                .find(|(text, _, used, _)| !*used && !want.is_empty() && text.starts_with(&want))
                .map(|q| {
                    q.2 = true;
                    rule = q.3.clone();
                    q.1
                })
        });
        let said = match hit {
            Some(name) => {
                out.found += 1;
                name
            }
            // Not found as a quote at all: right only when nobody said it.
            None => "",
        };
        let right = same_speaker(&g.speaker, &g.kind, said);
        let tally = out.by_rule.entry(rule.clone()).or_default();
        tally.0 += right as usize;
        tally.1 += 1;
        let line = format!(
            "{} [{}] \"{}\": {} {:?} → {} ({rule})",
            g.file,
            g.block,
            g.quote,
            g.kind,
            g.speaker,
            match hit {
                Some("") => "nobody".to_string(),
                Some(n) => format!("{n:?}"),
                None => "not found".to_string(),
            }
        );
        out.right += usize::from(right);
        out.lines.push((rule, right, line));
    }
    out
}

/// Reader against reader, with the same test: lines paired by article and
/// quote opening, and agreement on the speaker.
pub fn agreement(a: &[GoldLine], b: &[GoldLine]) -> (usize, usize) {
    let mut used = vec![false; b.len()];
    let (mut paired, mut agree) = (0, 0);
    for x in a.iter().filter(|g| g.speaker != "?") {
        let want = plain(&x.quote);
        let Some(j) = (0..b.len()).find(|&j| {
            !used[j] && b[j].file == x.file && {
                let other = plain(&b[j].quote);
                other.starts_with(&want) || want.starts_with(&other)
            }
        }) else {
            continue;
        };
        used[j] = true;
        paired += 1;
        agree += same_speaker(&x.speaker, &x.kind, &b[j].speaker) as usize;
    }
    (paired, agree)
}

/// Whether speaker name `form` is a form of the person named `full`: the same
/// surname, and no other given name (`Mr Blair`, `Tony Blair`, `Blair`; not
/// `Cherie Blair`).
pub fn is_form_of(form: &str, full: &str) -> bool {
    let (Some((given, surname)), mut words) = (full.rsplit_once(' '), form.split(' ')) else {
        return false;
    };
    let given = given.rsplit(' ').next().unwrap_or(given);
    let last = form.rsplit(' ').next().unwrap_or(form);
    if last != surname {
        return false;
    }
    match words.next() {
        Some(first) if first != last => {
            first == given
                || [
                    "Mr",
                    "Mrs",
                    "Ms",
                    "Miss",
                    "Dr",
                    "Sir",
                    "Lord",
                    "Lady",
                    "Prof",
                    "Professor",
                ]
                .contains(&first)
                || given.starts_with(first)
                || first.starts_with(given)
        }
        _ => true,
    }
}

/// One of the most quoted people: their entry's quotes and those of every
/// form of their name.
#[derive(Debug, Clone)]
pub struct TopPerson {
    pub name: String,
    pub quotes: usize,
    pub all_forms: usize,
    /// Other entries that are forms of the name, with their quotes.
    pub others: Vec<(String, usize)>,
}

impl TopPerson {
    pub fn share(&self) -> f64 {
        self.quotes as f64 / self.all_forms.max(1) as f64
    }
}

/// Issue 11's speaker-identity report over a corpus.
#[derive(Debug, Default)]
pub struct IdentityReport {
    /// Display names held by more than one speaker, with how many.
    pub shared_names: Vec<(String, usize)>,
    /// People or groups whose name starts with a weekday, month, party or
    /// office word (`Monday Blair`, `Tory Fox`).
    pub calendar_or_party_names: Vec<String>,
    pub top: Vec<TopPerson>,
}

/// Words no person's name may start with (issue 11's list).
pub const NOT_FIRST: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Earlier",
    "Later",
    "Tory",
    "Foreign",
    "Lib",
    "Liberal",
    "Conservative",
    "Labour",
    "Commerce",
    "Dems",
    "Republican",
    "State",
];

pub fn identity_report(corpus: &Corpus) -> IdentityReport {
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for s in &corpus.speakers {
        *by_name.entry(s.name.as_str()).or_default() += 1;
    }
    let mut shared_names: Vec<(String, usize)> = by_name
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(name, n)| (name.to_string(), n))
        .collect();
    shared_names.sort();
    let calendar_or_party_names = corpus
        .speakers
        .iter()
        .filter(|s| matches!(s.kind, SpeakerKind::Person | SpeakerKind::Group))
        .filter(|s| NOT_FIRST.contains(&s.name.split(' ').next().unwrap_or_default()))
        .map(|s| s.name.clone())
        .collect();
    let mut people: Vec<&Speaker> = corpus
        .speakers
        .iter()
        .filter(|s| s.kind == SpeakerKind::Person && s.name.contains(' '))
        .collect();
    people.sort_by_key(|s| std::cmp::Reverse(s.quote_count));
    let top = people
        .iter()
        .take(20)
        .map(|s| {
            let forms: Vec<&Speaker> = corpus
                .speakers
                .iter()
                .filter(|o| o.kind == SpeakerKind::Person && is_form_of(&o.name, &s.name))
                .collect();
            TopPerson {
                name: s.name.clone(),
                quotes: s.quote_count,
                all_forms: forms.iter().map(|o| o.quote_count).sum(),
                others: forms
                    .iter()
                    .filter(|o| o.id != s.id)
                    .map(|o| (o.name.clone(), o.quote_count))
                    .collect(),
            }
        })
        .collect();
    IdentityReport {
        shared_names,
        calendar_or_party_names,
        top,
    }
}

impl IdentityReport {
    /// The report as text, for the harness and the test output.
    pub fn text(&self) -> String {
        let mut out = format!(
            "display names held by several speakers: {} {:?}\nnames starting with a weekday, month, party or office word: {} {:?}\nthe 20 most quoted people:\n",
            self.shared_names.len(),
            self.shared_names,
            self.calendar_or_party_names.len(),
            self.calendar_or_party_names
        );
        for t in &self.top {
            out.push_str(&format!(
                "  {:<24} {:>4}/{:<4} = {:.3}{}\n",
                t.name,
                t.quotes,
                t.all_forms,
                t.share(),
                if t.others.is_empty() {
                    String::new()
                } else {
                    format!("  (also {:?})", t.others)
                }
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_name_are_its_title_and_surname_forms() {
        assert!(is_form_of("Mr Blair", "Tony Blair"));
        assert!(is_form_of("Tony Blair", "Tony Blair"));
        assert!(is_form_of("Vince Cable", "Vincent Cable"));
        assert!(!is_form_of("Cherie Blair", "Tony Blair"));
        assert!(!is_form_of("Gordon Brown", "Tony Blair"));
    }

    #[test]
    fn speakers_compare_as_a_reader_would() {
        assert!(same_speaker("Gordon Brown", "person", "Mr Brown"));
        assert!(same_speaker("Gordon Brown", "person", "Gordon Brown"));
        assert!(!same_speaker("Gordon Brown", "person", "Labour"));
        assert!(!same_speaker("Gordon Brown", "person", "Nick Brown"));
        assert!(same_speaker("Conservatives", "organisation", "the Tories"));
        assert!(same_speaker(
            "Home Office spokesman",
            "description",
            "Home Office"
        ));
        assert!(same_speaker("", "none", ""));
        assert!(!same_speaker("", "none", "Tony Blair"));
        assert!(!same_speaker("Hazel Blears", "person", "Salford MP"));
        assert!(same_speaker(
            "Lord Faulkner of Worcester",
            "person",
            "Lord Faulkner"
        ));
        assert!(!same_speaker(
            "Lord Faulkner of Worcester",
            "person",
            "Lord Condon"
        ));
    }
}
