//! PolNeAR harness: how well attribution finds direct quotes and their
//! speakers in annotated US election news nobody on the team wrote.
//!
//! Run with `cargo run --release --example polnear` (set `POLNEAR_VERBOSE=1`
//! to list the misses). Reads `../shared/data/polnear-dev` next to the repo
//! and skips with a message when it is absent.
//!
//! Gold: each attribution's Content span (brat `T… Content start end[;start
//! end]`), linked by an `E` line to its Source. A Content is a *quoted* one
//! when it contains a double quote mark (`"`, `“`, `”`) or an opening `‘`;
//! it is *direct* when at least half of its characters lie between marks.
//! Several articles have more than one annotator's file; the harness takes
//! the first in name order for each article (one consistent reading, never a
//! union that would double-count).
//!
//! Scores:
//! - direct-quote recall: gold direct Contents that a predicted quote (direct
//!   or partial) overlaps by at least half of the predicted quote's length;
//! - direct-quote precision: predicted direct quotes that lie (by at least
//!   half their length) inside some quoted gold Content;
//! - speaker match: of the recalled gold direct Contents whose Source names
//!   someone (has a capitalised word that is not a pronoun), how many were
//!   credited to a speaker sharing a name word with that Source.

use centreline::analysis::attribution::attribute;
use centreline::corpus::{DocParagraph, Document};
use centreline::model::QuoteKind;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gold attribution: Content span (file chars) and Source text.
struct Gold {
    content: Vec<(usize, usize)>,
    source: Option<String>,
    quoted_share: f64,
    quoted: bool,
}

struct Article {
    name: String,
    doc: Document,
    /// File char offset of each paragraph.
    para_start: Vec<usize>,
    chars: Vec<char>,
    gold: Vec<Gold>,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear-dev");
    if !root.is_dir() {
        println!(
            "skipping: {} not found (PolNeAR dev split lives in ../shared)",
            root.display()
        );
        return;
    }
    let verbose = std::env::var_os("POLNEAR_VERBOSE").is_some();
    let articles = load(&root);
    let docs: Vec<Document> = articles.iter().map(|a| a.doc.clone()).collect();
    let started = std::time::Instant::now();
    let result = attribute(&docs, None);
    let elapsed = started.elapsed();
    let speaker_name: HashMap<&str, &str> = result
        .speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();

    let (mut gold_direct, mut recalled, mut recalled_as_direct) = (0, 0, 0);
    let (mut named, mut named_match) = (0, 0);
    let (mut pred_direct, mut pred_direct_ok) = (0, 0);
    let (mut pred_partial, mut pred_partial_ok) = (0, 0);
    for (ai, a) in articles.iter().enumerate() {
        // Predicted quotes in file char offsets.
        let preds: Vec<(usize, usize, QuoteKind, Option<&str>)> = result
            .quotes
            .iter()
            .filter(|q| q.article == a.doc.id && q.kind != QuoteKind::Indirect)
            .map(|q| {
                let base = a.para_start[q.paragraph];
                (base + q.start, base + q.end, q.kind, q.speaker.as_deref())
            })
            .collect();
        let inside = |p: &(usize, usize, QuoteKind, Option<&str>), g: &Gold| {
            let len = (p.1 - p.0).max(1);
            let ov: usize = g
                .content
                .iter()
                .map(|&(s, e)| e.min(p.1).saturating_sub(s.max(p.0)))
                .sum();
            2 * ov >= len
        };
        for p in &preds {
            let ok = a.gold.iter().any(|g| g.quoted && inside(p, g));
            match p.2 {
                QuoteKind::Direct => {
                    pred_direct += 1;
                    pred_direct_ok += ok as usize;
                }
                _ => {
                    pred_partial += 1;
                    pred_partial_ok += ok as usize;
                }
            }
            if verbose && !ok && p.2 == QuoteKind::Direct {
                println!(
                    "  extra  {} [{}]: {}",
                    a.name,
                    ai,
                    snippet(&a.chars, p.0, p.1)
                );
            }
        }
        for g in a.gold.iter().filter(|g| g.quoted && g.quoted_share >= 0.5) {
            gold_direct += 1;
            let hits: Vec<_> = preds.iter().filter(|p| inside(p, g)).collect();
            if hits.is_empty() {
                if verbose {
                    let (s, e) = (g.content[0].0, g.content.last().unwrap().1);
                    println!("  missed {}: {}", a.name, snippet(&a.chars, s, e));
                }
                continue;
            }
            recalled += 1;
            if hits.iter().any(|p| p.2 == QuoteKind::Direct) {
                recalled_as_direct += 1;
            }
            let Some(source) = g.source.as_deref().filter(|s| names_someone(s)) else {
                continue;
            };
            named += 1;
            let credited = hits
                .iter()
                .find_map(|p| p.3)
                .and_then(|id| speaker_name.get(id).copied());
            let ok = credited.is_some_and(|name| shares_name_word(name, source));
            named_match += ok as usize;
            if verbose && !ok {
                println!("  speaker {}: gold {source:?}, given {credited:?}", a.name);
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let bytes: usize = docs
        .iter()
        .flat_map(|d| &d.paragraphs)
        .map(|p| p.text.len())
        .sum();
    println!(
        "PolNeAR dev: {} articles ({} KB), analysed in {:.1?}",
        articles.len(),
        bytes / 1024,
        elapsed
    );
    println!(
        "direct-quote recall:    {:.3}  ({recalled}/{gold_direct} gold direct quotes found; {recalled_as_direct} of them as direct)",
        ratio(recalled, gold_direct)
    );
    println!(
        "direct-quote precision: {:.3}  ({pred_direct_ok}/{pred_direct} predicted direct quotes inside a quoted Content)",
        ratio(pred_direct_ok, pred_direct)
    );
    println!(
        "partial-quote precision: {:.3} ({pred_partial_ok}/{pred_partial})",
        ratio(pred_partial_ok, pred_partial)
    );
    println!(
        "speaker match:          {:.3}  ({named_match}/{named} recalled quotes whose Source names someone)",
        ratio(named_match, named)
    );
}

fn snippet(chars: &[char], s: usize, e: usize) -> String {
    let e = e.min(chars.len());
    let s = s.min(e);
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
fn names_someone(source: &str) -> bool {
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

fn shares_name_word(name: &str, source: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.replace("'s", "")
            .replace("’s", "")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2 && w.chars().next().is_some_and(|c| c.is_uppercase()))
            .map(str::to_lowercase)
            .collect()
    };
    let a = words(name);
    words(source).iter().any(|w| a.contains(w))
}

fn load(root: &Path) -> Vec<Article> {
    let mut texts: Vec<PathBuf> = std::fs::read_dir(root.join("text"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    texts.sort();
    let mut anns: Vec<PathBuf> = std::fs::read_dir(root.join("attributions"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    anns.sort();
    let mut out = Vec::new();
    for t in texts {
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
            name: stem.clone(),
            doc: Document {
                id: stem.clone().into(),
                path: format!("{stem}.txt"),
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

fn parse_ann(ann: &str, chars: &[char]) -> Vec<Gold> {
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
            let mut content = None;
            let mut source = None;
            for arg in meta.split(' ') {
                match arg.split_once(':') {
                    Some(("Content", t)) => content = Some(t),
                    Some(("Source", t)) => source = Some(t),
                    _ => {}
                }
            }
            relations.push((content, source));
        }
    }
    let mut out = Vec::new();
    for (content, source) in relations {
        let Some((_, ranges, _)) = content.and_then(|c| spans.get(c)) else {
            continue;
        };
        let source = source
            .and_then(|s| spans.get(s))
            .map(|(_, _, t)| t.to_string());
        let (share, quoted) = quoted_share(chars, ranges);
        out.push(Gold {
            content: ranges.clone(),
            source,
            quoted_share: share,
            quoted,
        });
    }
    out
}

/// Share of a Content's characters that lie between double quote marks, and
/// whether it has any quote mark at all.
fn quoted_share(chars: &[char], ranges: &[(usize, usize)]) -> (f64, bool) {
    let (mut total, mut inside, mut any) = (0usize, 0usize, false);
    for &(s, e) in ranges {
        let e = e.min(chars.len());
        let mut open = false;
        for &c in &chars[s.min(e)..e] {
            match c {
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
        }
        // A Content that starts inside a quotation (its opening mark just
        // before the span) counts from the start.
        if !any && s > 0 && matches!(chars.get(s - 1), Some('"' | '“')) {
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
