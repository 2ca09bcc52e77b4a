//! Quote-mark house style must not change anything: the BBC politics articles
//! as published (double quotes), with every `"` turned into `'`, and with
//! curly single quotes (apostrophes curled too), give the same quotes and
//! speakers article by article. Skips when `../shared` is absent.

use centreline::analysis::attribution::{attribute, Attribution};
use centreline::corpus::{load_paths, Document};
use std::path::Path;

/// Articles whose published text is itself malformed in a way that turning
/// `"` into `'` makes unreadable, so no reader (human or program) can give the
/// same answer for both versions. Each is checked: the published version
/// mixes a stray or cross-nested single mark into its double quotes.
/// (Articles 124 and 408 each leave a quotation unclosed, which a new
/// sentence and a fresh opening mark show, and read the same in every style;
/// `house_style_changes_nothing` holds them to it.)
const MALFORMED: &[(&str, &str)] = &[
    ("039", "a single mark closes a quote that a double mark opened: `… artists to express themselves without government control'. \"As we know …`"),
    ("078", "a stray single mark in a double quote: `[to receive returning children in Albania]. 'If these decisions …`"),
    ("100", "a stray single mark after a double one: `said: \"'We are hoping …`"),
    ("252", "a nested quote that runs across two outer quotes: `said, 'look you are … year,\" Mr Peston said. \"I myself … stand down.'\"`"),
    ("255", "an opening double mark glued to the word before: `of\"squabbling like schoolboys\"`"),
    ("048", "a double quote never closed, around a nested single quote: `Michael Jack … said it \"very much had the feel of a 'work in progress', … \"an obligation to consult …`"),
    ("198", "an opening double mark never closed, around a nested single quote: `Mr Hayman said: \"It would be … to say, 'I'm very sorry'. He said that police …`"),
];

/// Every BBC politics article, broken ones included.
fn all_politics() -> Option<Vec<Document>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc/politics");
    if !dir.is_dir() {
        eprintln!("skipping: {} not found", dir.display());
        return None;
    }
    let docs = load_paths(&[dir], None)
        .expect("BBC politics loads")
        .documents;
    assert!(docs.len() > 400, "the politics folder has 417 articles");
    Some(docs)
}

/// The BBC politics articles whose published quote marks are well formed.
fn politics() -> Option<Vec<Document>> {
    let kept = all_politics()?
        .into_iter()
        .filter(|d| !MALFORMED.iter().any(|(id, _)| d.id == *id))
        .collect();
    Some(kept)
}

fn restyle(docs: &[Document], f: impl Fn(&str) -> String) -> Vec<Document> {
    docs.iter()
        .map(|d| {
            let mut d = d.clone();
            for p in &mut d.paragraphs {
                p.text = f(&p.text).into();
            }
            d
        })
        .collect()
}

/// Curly single quotes as a typesetter would set them: a `"` or `'` after a
/// space, an opening bracket or the start opens (‘), any other closes (’), so
/// apostrophes become ’ too.
fn curly_single(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // `class of '83`: an elision is an apostrophe whatever precedes it.
        let elision = c == '\''
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && chars.get(i + 2).is_some_and(char::is_ascii_digit);
        out.push(match c {
            '\'' if elision => '’',
            '"' if prev.is_none_or(|p| p.is_whitespace() || "([{-—–".contains(p)) => '‘',
            '"' => '’',
            '\'' if prev.is_none_or(|p| p.is_whitespace() || "([{-—–\"".contains(p)) => '‘',
            '\'' => '’',
            c => c,
        });
        prev = Some(c);
    }
    out
}

/// What must not change: each quote's place, kind and speaker, and each
/// speaker's identity and roles.
fn summary(a: &Attribution) -> (Vec<String>, Vec<String>) {
    let quotes = a
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{} ¶{} {}..{} {:?} {:?}",
                q.article, q.paragraph, q.start, q.end, q.kind, q.speaker
            )
        })
        .collect();
    let speakers = a
        .speakers
        .iter()
        // Roles are compared as words: `Cymru's` and `Cymru’s` are one role.
        .map(|s| {
            format!("{} {:?} {:?} {}", s.id, s.roles, s.articles, s.quote_count).replace('’', "'")
        })
        .collect();
    (quotes, speakers)
}

fn diff(label: &str, a: &[String], b: &[String]) -> Vec<String> {
    let sa: std::collections::BTreeSet<_> = a.iter().collect();
    let sb: std::collections::BTreeSet<_> = b.iter().collect();
    let mut out: Vec<String> = sa
        .difference(&sb)
        .map(|x| format!("{label} only in double: {x}"))
        .collect();
    out.extend(
        sb.difference(&sa)
            .map(|x| format!("{label} only in restyled: {x}")),
    );
    out
}

#[test]
fn house_style_changes_nothing() {
    let Some(docs) = politics() else { return };
    let base = summary(&attribute(&docs, None));
    assert!(
        base.0.len() > 1000,
        "the BBC politics folder is full of quotes: {}",
        base.0.len()
    );
    for (name, restyled) in [
        ("straight single", restyle(&docs, |t| t.replace('"', "'"))),
        ("curly single", restyle(&docs, curly_single)),
    ] {
        let other = summary(&attribute(&restyled, None));
        let mut problems = diff("quote", &base.0, &other.0);
        problems.extend(diff("speaker", &base.1, &other.1));
        let shown: Vec<_> = problems.iter().take(200).cloned().collect();
        assert!(
            problems.is_empty(),
            "{name}: {} differences\n{}",
            problems.len(),
            shown.join("\n")
        );
    }
}

/// The gauge, article by article over all 417 (the broken ones
/// included): with curly single quotes (and apostrophes), the share of
/// articles, each analysed alone, whose quotes and speakers are those of
/// the published version. Today 414/417 = 99.3% (the gauge is 99%); with
/// straight single quotes 414/417 too. Every differing article is one of
/// [`MALFORMED`].
#[test]
fn house_style_share_of_articles_unchanged() {
    let Some(docs) = all_politics() else { return };
    type Restyle = fn(&str) -> String;
    for (name, f, floor) in [
        (
            "straight single",
            (|t: &str| t.replace('"', "'")) as Restyle,
            414,
        ),
        ("curly single", curly_single as Restyle, 414),
    ] {
        let mut same = 0;
        for d in &docs {
            let one = std::slice::from_ref(d);
            let base = summary(&attribute(one, None));
            let other = summary(&attribute(&restyle(one, f), None));
            if base == other {
                same += 1;
            } else {
                assert!(
                    MALFORMED.iter().any(|(id, _)| d.id == *id),
                    "{name}: {} differs and is not among the broken articles",
                    d.id
                );
            }
        }
        eprintln!(
            "{name}: {same}/{} = {:.1}% of articles unchanged",
            docs.len(),
            100.0 * same as f64 / docs.len() as f64
        );
        assert!(same >= floor, "{name}: {same}/{}", docs.len());
    }
}
