//! Scoring attribution against PolNeAR, the Political News Attribution
//! Relations corpus (`../shared/data/polnear-dev`: 84 US election articles
//! from 2016 and brat standoff files marking each attribution's Source, Cue
//! and Content by character offset), text nobody on the team wrote.
//!
//! Shared by `tests/attribution_polnear.rs` (the floors) and
//! `examples/polnear.rs` (the figures and, for the tuning part only, the
//! misses).
//!
//! **Two parts.** The articles are split by [`Part::of`], a stable hash of the
//! text file's name: the *tune* part is the one to read misses on and tune
//! against; the *held* part is never listed, so its figures say whether a
//! change generalises or only fits the articles someone looked at. Both are
//! analysed together (one corpus, as the product would see it) and scored
//! apart.
//!
//! **Gold.** Each attribution event (`E… Attribution:T… Content:T…
//! Source:T…`) gives a Content span (possibly discontinuous, `start end;start
//! end`) and, unless it is `Attribution-no-source`, a Source. A few events
//! carry a second Content (`Content2:`), a quotation the reporter split
//! around the cue; it is scored as a Content of its own with the same Source,
//! since the program finds the two halves as two quotes. A Content is
//! - *quoted* when it holds a double quote mark (`"`, `“`, `”`, or `''` as
//!   the New York Times articles here write it) or an opening `‘`, or starts
//!   right after an opening mark (annotators sometimes leave the marks out of
//!   the span);
//! - *direct* when it is quoted and at least half of its characters lie
//!   between marks (a quotation, perhaps with its cue-less lead-in);
//! - *indirect* when it is not quoted at all: reported speech (`a source said
//!   the van was supposed to be escorted…`).
//!
//! Quoted Contents that are mostly the reporter's words (`reports that … in
//! order to “keep the details under wraps”`) are neither: they are what a
//! partial quote should land in, and count only for precision.
//!
//! Several articles have more than one annotator's file; the first in name
//! order is taken for each article (one consistent reading, never a union
//! that would double-count).

#![allow(dead_code)]

use centreline::analysis::attribution::attribute;
use centreline::corpus::{DocParagraph, Document};
use centreline::model::QuoteKind;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `../shared/data/polnear-dev`, when it is there.
pub fn polnear_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear-dev");
    dir.is_dir().then_some(dir)
}

/// The two parts of the articles: tuned on, and never looked at while tuning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Tune,
    Held,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Tune => "tune",
            Part::Held => "held",
        }
    }

    /// The part an article belongs to, from its text file's name
    /// (`breitbart_2016-09-12_….txt`): FNV-1a, even → tune, odd → held. A
    /// fixed hash rather than Rust's per-process randomised one, so an
    /// article never changes sides between runs, machines or compiler
    /// versions; by name rather than by position, so adding an article does
    /// not move the others. (FNV-1a's lowest bit is only the parity of the
    /// odd bytes in the name, which is still an arbitrary, stable coin for
    /// names like these: 41 articles fall to tune, 43 to held, every outlet
    /// on both sides.)
    pub fn of(file_name: &str) -> Part {
        if fnv1a(file_name.as_bytes()).is_multiple_of(2) {
            Part::Tune
        } else {
            Part::Held
        }
    }
}

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// `hit` out of `of`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    pub hit: usize,
    pub of: usize,
}

impl Ratio {
    /// The share, 0 when there is nothing to count.
    pub fn value(self) -> f64 {
        if self.of == 0 {
            0.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }

    fn count(&mut self, hit: bool) {
        self.of += 1;
        self.hit += hit as usize;
    }

    fn add(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.of += other.of;
    }
}

/// The figures for one part (or the whole).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    /// Gold direct Contents that a predicted direct or partial quote overlaps
    /// by at least half of the predicted quote's length. Measured against the
    /// prediction's length, not the Content's, because a gold Content often
    /// carries its lead-in or runs over two quotations the program rightly
    /// finds apart; either half found is the quotation found.
    pub direct_recall: Ratio,
    /// Of the found gold direct Contents, those found as `Direct` rather than
    /// `Partial`: the direct/partial line is a heuristic and this shows how
    /// often it lands on the annotators' side.
    pub found_as_direct: Ratio,
    /// Predicted `Direct` quotes that lie (by at least half their length)
    /// inside some quoted gold Content. Against any quoted Content, not only
    /// direct ones: a full sentence quoted inside a mostly-reported Content is
    /// still a quotation someone made.
    pub direct_precision: Ratio,
    /// The same for predicted `Partial` quotes. Low by nature: scare quotes
    /// and titles (`the so-called “alt-right”`) are quoted but attributed to
    /// nobody, so no Content holds them.
    pub partial_precision: Ratio,
    /// Of the found gold direct Contents whose Source names someone
    /// ([`names_someone`]), those credited to a speaker sharing a name word
    /// with it ([`shares_name_word`]). Sources that only describe (`a
    /// source`, `the Vermont senator`) are left out: the program may rightly
    /// resolve them to a name the Source never spells.
    pub direct_named_source: Ratio,
    /// Gold indirect Contents that some predicted quote of any kind holds most
    /// of ([`holds_most_words`]). Any kind, because a reported clause around a
    /// quoted fragment may come out as a partial quote and still be the
    /// attribution found; most of the words, measured on the Content, because
    /// reported speech has no marks to agree on: the program's span and the
    /// annotator's may differ by a `that` or a trailing clause, but a
    /// prediction covering a few words of a long Content has not found it.
    pub indirect_recall: Ratio,
    /// Of the found gold indirect Contents whose Source names someone, those
    /// credited to a speaker sharing a name word with it (the same tests as
    /// [`Counts::direct_named_source`]).
    pub indirect_named_source: Ratio,
    /// Predicted `Indirect` quotes that lie (by at least half their length)
    /// inside some gold Content, quoted or not: whatever the kind, reported
    /// speech outside every Content is a sentence the annotators did not read
    /// as anyone's words.
    pub indirect_precision: Ratio,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.articles += o.articles;
        self.direct_recall.add(o.direct_recall);
        self.found_as_direct.add(o.found_as_direct);
        self.direct_precision.add(o.direct_precision);
        self.partial_precision.add(o.partial_precision);
        self.direct_named_source.add(o.direct_named_source);
        self.indirect_recall.add(o.indirect_recall);
        self.indirect_named_source.add(o.indirect_named_source);
        self.indirect_precision.add(o.indirect_precision);
    }

    /// Each figure with its label, in reporting order.
    pub fn figures(&self) -> [(&'static str, Ratio); 8] {
        [
            ("direct recall", self.direct_recall),
            ("  found as direct", self.found_as_direct),
            ("direct precision", self.direct_precision),
            ("partial precision", self.partial_precision),
            ("direct named source", self.direct_named_source),
            ("indirect recall", self.indirect_recall),
            ("indirect named source", self.indirect_named_source),
            ("indirect precision", self.indirect_precision),
        ]
    }
}

/// Everything one run measures.
#[derive(Debug, Default)]
pub struct Report {
    pub tune: Counts,
    pub held: Counts,
    /// Bytes of article text analysed.
    pub bytes: usize,
    /// Time spent in `attribute` for all articles together.
    pub elapsed: Duration,
    /// One line per miss, on the tune part only: the held part's misses are
    /// dropped inside [`evaluate`], so no caller can list them by accident.
    pub tune_misses: Vec<String>,
}

impl Report {
    pub fn part(&self, part: Part) -> &Counts {
        match part {
            Part::Tune => &self.tune,
            Part::Held => &self.held,
        }
    }

    pub fn all(&self) -> Counts {
        let mut c = self.tune.clone();
        c.add(&self.held);
        c
    }
}

/// One gold attribution: a Content span (file chars) and its Source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    pub content: Vec<(usize, usize)>,
    pub source: Option<String>,
    /// The words that mark it as reported (`said`, `according to`), when
    /// annotated; printed beside a miss so misses can be tallied by cue.
    pub cue: Option<String>,
    /// Share of the Content's characters between quote marks.
    pub quoted_share: f64,
    /// Any quote mark in (or opening just before) the Content.
    pub quoted: bool,
}

impl Gold {
    pub fn is_direct(&self) -> bool {
        self.quoted && self.quoted_share >= 0.5
    }
    pub fn is_indirect(&self) -> bool {
        !self.quoted
    }
}

struct Article {
    name: String,
    part: Part,
    doc: Document,
    /// File char offset of each paragraph.
    para_start: Vec<usize>,
    chars: Vec<char>,
    gold: Vec<Gold>,
}

/// A predicted quote in file char offsets.
struct Predicted<'a> {
    span: (usize, usize),
    kind: QuoteKind,
    speaker: Option<&'a str>,
}

/// Loads the articles under `root` (`text/*.txt`, `attributions/*.ann`),
/// runs attribution over all of them at once and scores each part.
pub fn evaluate(root: &Path) -> Report {
    let articles = load(root);
    let docs: Vec<Document> = articles.iter().map(|a| a.doc.clone()).collect();
    let started = std::time::Instant::now();
    let result = attribute(&docs, None);
    let elapsed = started.elapsed();
    let speaker_name: HashMap<&str, &str> = result
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let mut report = Report {
        elapsed,
        bytes: docs
            .iter()
            .flat_map(|d| &d.paragraphs)
            .map(|p| p.text.len())
            .sum(),
        ..Default::default()
    };
    for a in &articles {
        let mut preds: Vec<Predicted> = Vec::new();
        for q in result.quotes.iter().filter(|q| q.article == a.doc.id) {
            let base = a.para_start[q.paragraph];
            preds.push(Predicted {
                span: (base + q.start, base + q.end),
                kind: q.kind,
                speaker: q.speaker.as_deref(),
            });
        }
        let credited = |hits: &[&Predicted]| {
            hits.iter()
                .find_map(|p| p.speaker)
                .and_then(|id| speaker_name.get(id).copied())
        };
        let mut misses = Vec::new();
        let mut c = Counts {
            articles: 1,
            ..Default::default()
        };

        for p in &preds {
            let in_quoted = a
                .gold
                .iter()
                .any(|g| g.quoted && lies_inside(p.span, &g.content));
            let (ratio, label) = match p.kind {
                QuoteKind::Direct => (&mut c.direct_precision, "extra direct"),
                QuoteKind::Partial => (&mut c.partial_precision, ""),
                QuoteKind::Indirect => {
                    let in_any = a.gold.iter().any(|g| lies_inside(p.span, &g.content));
                    c.indirect_precision.count(in_any);
                    if !in_any {
                        misses.push(format!(
                            "extra indirect   {}: {}",
                            a.name,
                            snippet(&a.chars, &[p.span])
                        ));
                    }
                    continue;
                }
            };
            ratio.count(in_quoted);
            if !in_quoted && !label.is_empty() {
                misses.push(format!(
                    "{label:<16} {}: {}",
                    a.name,
                    snippet(&a.chars, &[p.span])
                ));
            }
        }

        for g in a.gold.iter().filter(|g| g.is_direct()) {
            let hits: Vec<&Predicted> = preds
                .iter()
                .filter(|p| p.kind != QuoteKind::Indirect && lies_inside(p.span, &g.content))
                .collect();
            c.direct_recall.count(!hits.is_empty());
            if hits.is_empty() {
                misses.push(format!(
                    "missed direct    {}: {}",
                    a.name,
                    snippet(&a.chars, &g.content)
                ));
                continue;
            }
            c.found_as_direct
                .count(hits.iter().any(|p| p.kind == QuoteKind::Direct));
            if let Some(source) = g.source.as_deref().filter(|s| names_someone(s)) {
                let given = credited(&hits);
                let ok = given.is_some_and(|name| shares_name_word(name, source));
                c.direct_named_source.count(ok);
                if !ok {
                    misses.push(format!(
                        "speaker direct   {}: gold {source:?}, given {given:?}: {}",
                        a.name,
                        snippet(&a.chars, &g.content)
                    ));
                }
            }
        }

        for g in a.gold.iter().filter(|g| g.is_indirect()) {
            let words = word_tokens(&a.chars, &g.content);
            if words.is_empty() {
                continue;
            }
            let hits: Vec<&Predicted> = preds
                .iter()
                .filter(|p| holds_most_words(p.span, &words))
                .collect();
            c.indirect_recall.count(!hits.is_empty());
            if hits.is_empty() {
                misses.push(format!(
                    "missed indirect  {}: <{}> [{}] {}",
                    a.name,
                    g.source.as_deref().unwrap_or("-"),
                    g.cue.as_deref().unwrap_or("-"),
                    snippet(&a.chars, &g.content)
                ));
                continue;
            }
            if let Some(source) = g.source.as_deref().filter(|s| names_someone(s)) {
                let given = credited(&hits);
                let ok = given.is_some_and(|name| shares_name_word(name, source));
                c.indirect_named_source.count(ok);
                if !ok {
                    misses.push(format!(
                        "speaker indirect {}: gold {source:?}, given {given:?}: {}",
                        a.name,
                        snippet(&a.chars, &g.content)
                    ));
                }
            }
        }

        match a.part {
            Part::Tune => {
                report.tune.add(&c);
                report.tune_misses.extend(misses);
            }
            Part::Held => report.held.add(&c),
        }
    }
    report
}

/// Whether at least half of `span` lies inside `ranges` (a Content's pieces).
/// Measured on the span, so a short quote wholly inside a long Content lies
/// inside it, and a long one that only brushes a Content does not.
pub fn lies_inside(span: (usize, usize), ranges: &[(usize, usize)]) -> bool {
    let len = span.1.saturating_sub(span.0).max(1);
    let overlap: usize = ranges
        .iter()
        .map(|&(s, e)| e.min(span.1).saturating_sub(s.max(span.0)))
        .sum();
    2 * overlap >= len
}

/// The word tokens of a Content, as file char ranges: maximal runs of
/// letters and digits within each of its pieces (`didn’t` is two tokens,
/// `D-S.C.` three). Punctuation and spacing are left out so that where an
/// annotator or the program put the edge of a span by a comma or a space
/// does not count.
pub fn word_tokens(chars: &[char], ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &(s, e) in ranges {
        let e = e.min(chars.len());
        let s = s.min(e);
        let mut start = None;
        for (i, c) in chars[s..e].iter().enumerate().map(|(i, c)| (s + i, c)) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    out.push((b, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(b) = start {
            out.push((b, e));
        }
    }
    out
}

/// Whether more than half of `words` (a Content's [`word_tokens`]) lie wholly
/// inside `span`. Strictly more than half, so that of two predictions
/// splitting a Content evenly neither counts as having found it.
pub fn holds_most_words(span: (usize, usize), words: &[(usize, usize)]) -> bool {
    let inside = words
        .iter()
        .filter(|&&(s, e)| s >= span.0 && e <= span.1)
        .count();
    2 * inside > words.len()
}

/// The text of `ranges`, on one line, cut at 100 chars.
fn snippet(chars: &[char], ranges: &[(usize, usize)]) -> String {
    let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
        return String::new();
    };
    let e = last.1.min(chars.len());
    let s = first.0.min(e);
    let t: String = chars[s..e].iter().take(100).collect();
    t.replace('\n', " ")
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this", "those", "his",
    "her",
];

/// A Source that names someone: its head (the last word before any comma or
/// parenthesis) is a capitalised word that is not a pronoun. `Donald Trump`,
/// `Scott Pruitt, the Republican attorney general…` and `Rep. Jim Clyburn
/// (D-S.C.)` name someone; `the Vermont senator` and `Obama's former
/// campaign strategist` describe them, and are not scored.
pub fn names_someone(source: &str) -> bool {
    let head = source.split([',', '(']).next().unwrap_or("");
    let Some(last) = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .rfind(|w| !w.is_empty())
    else {
        return false;
    };
    last.chars().next().is_some_and(|c| c.is_uppercase())
        && !PRONOUNS.contains(&last.to_lowercase().as_str())
}

/// Whether the credited speaker's `name` and the gold `source` share a
/// capitalised word of two letters or more (possessive `'s` off, case
/// ignored): `Trump` for `Donald Trump`, `Jason Chaffetz` for `panel Chairman
/// Rep. Jason Chaffetz (R-Utah)`. Lenient about titles and first names, which
/// the two sides spell differently, but a different person sharing no name
/// word fails.
pub fn shares_name_word(name: &str, source: &str) -> bool {
    // `Republicans said`, `Democrats accused`: a party's members speaking as
    // the party are that party, one organisation under all its forms (issue
    // 11), so the party's table in `words.toml` says which name they have.
    let party_form = source
        .trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .to_lowercase();
    let parties = &centreline::analysis::attribution::words::bundled().parties;
    if parties.get(&party_form).is_some_and(|party| party == name) {
        return true;
    }
    let words = |s: &str| -> Vec<String> {
        s.replace("'s", "")
            .replace("’s", "")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2 && w.chars().next().is_some_and(|c| c.is_uppercase()))
            .map(str::to_lowercase)
            .collect()
    };
    let a = words(name);
    if words(source).iter().any(|w| a.contains(w)) {
        return true;
    }
    // `the IMF` for the International Monetary Fund: a body's initials (a
    // name of three words at least, so no person's: `DT` is not Donald
    // Trump). The program joins the two only where an article uses both.
    let initials = centreline::analysis::attribution::names::initials(name)
        .filter(|i| i.len() >= 3 && name.split_whitespace().count() >= 3);
    source
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.len() >= 2 && initials.as_deref() == Some(w))
}

fn load(root: &Path) -> Vec<Article> {
    let list = |dir: &str| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    let texts = list("text");
    let anns = list("attributions");
    let mut out = Vec::new();
    for t in texts {
        let Some(file_name) = t.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let stem = t.file_stem().unwrap().to_string_lossy().into_owned();
        let Some(ann) = anns.iter().find(|a| {
            a.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{stem}_")))
        }) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&t) else {
            continue;
        };
        let Ok(ann_text) = std::fs::read_to_string(ann) else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        // One paragraph per non-empty line, remembering where it starts.
        let mut paragraphs = Vec::new();
        let mut para_start = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let n = line.chars().count();
            if !line.trim().is_empty() {
                paragraphs.push(DocParagraph {
                    text: line.into(),
                    ..Default::default()
                });
                para_start.push(at);
            }
            at += n + 1;
        }
        let gold = parse_ann(&ann_text, &chars);
        out.push(Article {
            part: Part::of(file_name),
            name: stem.clone(),
            doc: Document {
                id: stem.clone().into(),
                path: file_name.to_string(),
                paragraphs,
                ..Default::default()
            },
            para_start,
            chars,
            gold,
        });
    }
    out
}

/// A brat text-bound annotation: its type, character ranges and text.
type Span<'a> = (&'a str, Vec<(usize, usize)>, &'a str);

/// The attributions of one brat `.ann` file, one [`Gold`] per Content (an
/// event's `Content2` is a Content of its own with the same Source).
pub fn parse_ann(ann: &str, chars: &[char]) -> Vec<Gold> {
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(meta)) = (fields.next(), fields.next()) else {
            continue;
        };
        let text = fields.next().unwrap_or("");
        if id.starts_with('T') {
            let (kind, ranges) = meta.split_once(' ').unwrap_or((meta, ""));
            let ranges = ranges
                .split(';')
                .filter_map(|r| {
                    let (s, e) = r.trim().split_once(' ')?;
                    Some((s.parse().ok()?, e.parse().ok()?))
                })
                .collect();
            spans.insert(id, (kind, ranges, text));
        } else if id.starts_with('E') {
            let mut contents = Vec::new();
            let (mut source, mut cue) = (None, None);
            for arg in meta.split(' ') {
                match arg.split_once(':') {
                    Some(("Source", t)) => source = Some(t),
                    Some(("Cue", t)) => cue = Some(t),
                    Some((role, t)) if role.starts_with("Content") => contents.push(t),
                    _ => {}
                }
            }
            relations.push((contents, source, cue));
        }
    }
    let mut out = Vec::new();
    for (contents, source, cue) in relations {
        let text_of =
            |id: Option<&str>| id.and_then(|s| spans.get(s)).map(|(_, _, t)| t.to_string());
        let (source, cue) = (text_of(source), text_of(cue));
        for c in contents {
            let Some((_, ranges, _)) = spans.get(c) else {
                continue;
            };
            let (quoted_share, quoted) = quoted_share(chars, ranges);
            out.push(Gold {
                content: ranges.clone(),
                source: source.clone(),
                cue: cue.clone(),
                quoted_share,
                quoted,
            });
        }
    }
    out
}

/// Share of a Content's characters that lie between double quote marks, and
/// whether it has any quote mark at all.
///
/// Two apostrophes in a row (`''`) are a double quote mark too: seven of the
/// New York Times articles in the set write every quotation that way
/// (`''That makes me smart,'' he said`), and read as reported speech their
/// quotations would fill the indirect gold with quotations.
pub fn quoted_share(chars: &[char], ranges: &[(usize, usize)]) -> (f64, bool) {
    let (mut total, mut inside, mut any) = (0usize, 0usize, false);
    for &(s, e) in ranges {
        let e = e.min(chars.len());
        let mut open = false;
        let mut i = s.min(e);
        while i < e {
            match chars[i] {
                '\'' if i + 1 < e && chars[i + 1] == '\'' => {
                    any = true;
                    open = !open;
                    i += 1;
                }
                '"' => {
                    any = true;
                    open = !open;
                }
                '“' | '‘' => {
                    any = true;
                    open = true;
                }
                '”' => {
                    any = true;
                    open = false;
                }
                _ => {
                    total += 1;
                    inside += open as usize;
                }
            }
            i += 1;
        }
        // A Content that starts inside a quotation (its opening mark just
        // before the span) counts from the start.
        let opened_before = s > 0 && matches!(chars.get(s - 1), Some('"' | '“'))
            || s > 1 && chars.get(s - 2..s) == Some(&['\'', '\''][..]);
        if !any && opened_before {
            any = true;
            inside = total;
        }
    }
    (
        if total == 0 {
            0.0
        } else {
            inside as f64 / total as f64
        },
        any,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_split_is_fnv1a_and_never_moves() {
        // The published FNV-1a test vectors: if these change, every article
        // may have changed sides and the held part is no longer unseen.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(Part::of("a"), Part::Tune);
        assert_eq!(Part::of("b"), Part::Held);
    }

    #[test]
    fn a_content_is_found_when_a_quote_holds_most_of_its_words() {
        //            0         1         2         3
        //            0123456789012345678901234567890123456
        let text = chars("He said the van was late, sources said");
        // Content `the van was late`: 4 words.
        let words = word_tokens(&text, &[(8, 24)]);
        assert_eq!(words, vec![(8, 11), (12, 15), (16, 19), (20, 24)]);
        assert!(holds_most_words((8, 24), &words));
        // A wider prediction still holds them all.
        assert!(holds_most_words((0, 39), &words));
        // Three of four words: found.
        assert!(holds_most_words((12, 25), &words));
        // Exactly half is not most.
        assert!(!holds_most_words((16, 24), &words));
        // A word cut by the span's edge is not inside it.
        assert!(!holds_most_words((13, 24), &words));
        // No words, nothing to hold.
        assert!(!holds_most_words((0, 39), &[]));
    }

    #[test]
    fn word_tokens_follow_a_content_across_its_pieces() {
        let text = chars("Clinton’s van, he said, was late.");
        let words = word_tokens(&text, &[(0, 13), (24, 33)]);
        let got: Vec<String> = words
            .iter()
            .map(|&(s, e)| text[s..e].iter().collect())
            .collect();
        assert_eq!(got, ["Clinton", "s", "van", "was", "late"]);
        // Ranges past the end of the text are cut, not a panic.
        assert_eq!(word_tokens(&text, &[(30, 90)]), vec![(30, 32)]);
    }

    #[test]
    fn a_quote_lies_inside_when_half_its_length_does() {
        let content = [(10, 20), (30, 40)];
        assert!(lies_inside((12, 18), &content));
        assert!(lies_inside((15, 25), &content)); // 5 of 10
        assert!(!lies_inside((16, 26), &content)); // 4 of 10
                                                   // Both pieces count together.
        assert!(lies_inside((15, 35), &content)); // 5 + 5 of 20
        assert!(!lies_inside((18, 32), &content)); // 2 + 2 of 14
        assert!(!lies_inside((0, 50), &content)); // 20 of 50
        assert!(!lies_inside((20, 30), &content)); // the gap
    }

    #[test]
    fn quoted_and_indirect_contents_are_told_apart() {
        let direct = chars("“We will win,” she said.");
        let (share, quoted) = quoted_share(&direct, &[(0, 14)]);
        assert!(quoted && share > 0.9);
        // Marks just outside the span: still a quotation.
        let bare = chars("\"We will win,\" she said.");
        assert_eq!(quoted_share(&bare, &[(1, 13)]), (1.0, true));
        // Mostly the reporter's words around a quoted fragment.
        let mixed = chars("She said the plan was “dead” and buried.");
        let (share, quoted) = quoted_share(&mixed, &[(9, 39)]);
        assert!(quoted && share < 0.5);
        // Two apostrophes are a double mark, in the span or just before it.
        let nyt = chars("''Of course, I pay taxes,'' he said.");
        assert_eq!(quoted_share(&nyt, &[(0, 27)]), (1.0, true));
        assert_eq!(quoted_share(&nyt, &[(2, 25)]), (1.0, true));
        // No mark: reported speech. An apostrophe is not a mark.
        let reported = chars("She said Clinton’s plan was dead.");
        assert_eq!(quoted_share(&reported, &[(9, 32)]), (0.0, false));
    }

    #[test]
    fn sources_name_someone_or_describe_them() {
        assert!(names_someone("Donald Trump"));
        assert!(names_someone("Rep. Jim Clyburn (D-S.C.)"));
        assert!(!names_someone("the Vermont senator"));
        assert!(!names_someone("He"));
        assert!(shares_name_word(
            "Jason Chaffetz",
            "panel Chairman Rep. Jason Chaffetz (R-Utah)"
        ));
        assert!(shares_name_word("Trump", "Donald Trump’s campaign"));
        assert!(!shares_name_word("Hillary Clinton", "Donald Trump"));
        // A party's members are the party; another party is not.
        assert!(shares_name_word("Republican Party", "Republicans"));
        assert!(shares_name_word("International Monetary Fund", "The IMF"));
        assert!(!shares_name_word("International Monetary Fund", "the IRS"));
        assert!(shares_name_word("Democratic Party", "Democrats"));
        assert!(!shares_name_word("Republican Party", "Democrats"));
    }

    #[test]
    fn an_event_with_two_contents_gives_two_golds_with_one_source() {
        //            0         1         2         3         4
        //            01234567890123456789012345678901234567890123456
        let text = chars("\"Not optional,\" Chaffetz said. \"Come.\" Sources said no.");
        let ann = "T1\tContent 0 15\t\"Not optional,\"\n\
                   T2\tSource 16 24\tChaffetz\n\
                   T3\tCue 25 29\tsaid\n\
                   T4\tContent 31 38\t\"Come.\"\n\
                   T5\tAttribution 25 29\tsaid\n\
                   E1\tAttribution:T5 Cue:T3 Source:T2 Content:T1 Content2:T4\n\
                   T6\tContent 52 54\tno\n\
                   T7\tAttribution-no-source 47 51\tsaid\n\
                   E2\tAttribution-no-source:T7 Content:T6\n";
        let gold = parse_ann(ann, &text);
        assert_eq!(gold.len(), 3);
        assert_eq!(gold[0].content, vec![(0, 15)]);
        assert_eq!(gold[1].content, vec![(31, 38)]);
        assert_eq!(gold[1].source.as_deref(), Some("Chaffetz"));
        assert_eq!(gold[1].cue.as_deref(), Some("said"));
        assert!(gold[0].is_direct() && gold[1].is_direct());
        assert!(gold[2].is_indirect() && gold[2].source.is_none());
    }
}
