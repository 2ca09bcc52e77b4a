//! Arbitrary bytes and adversarial text through the loader and the whole
//! analysis: nothing panics, every span lies inside its text, and time stays
//! linear (large inputs must finish, with a generous bound).

use centreline::analysis::{analyse, Lexicon};
use centreline::corpus::decode::decode;
use centreline::corpus::load::{assign_ids, document_from_text};
use centreline::corpus::Meta;
use centreline::model::{Corpus, Theme};
use proptest::prelude::*;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Check every offset in the model against the text it points into.
fn check_spans(corpus: &Corpus) {
    let check_theme = |t: &Theme, text: &str, what: &str| {
        let n = text.chars().count();
        assert!((-1.0..=1.0).contains(&t.lean), "{what}: lean {}", t.lean);
        assert!(
            t.central >= 0.0 && t.local >= 0.0,
            "{what}: negative weight"
        );
        for c in &t.cues {
            assert!(
                c.start <= c.end && c.end <= n,
                "{what}: cue {}..{} of {n}",
                c.start,
                c.end
            );
        }
    };
    for a in &corpus.articles {
        for (i, p) in a.paragraphs.iter().enumerate() {
            check_theme(&p.theme, &p.text, &format!("{} ¶{i}", a.id));
            let n = p.text.chars().count();
            for m in &p.mentions {
                assert!(
                    m.start < m.end && m.end <= n,
                    "{} ¶{i}: mention {m:?} of {n}",
                    a.id
                );
                assert!(
                    corpus.speaker(&m.speaker).is_some(),
                    "{}: {}",
                    a.id,
                    m.speaker
                );
            }
        }
    }
    // Index each paragraph's char boundaries once, so checking many quotes in
    // a 1 MB paragraph stays linear.
    let mut boundaries: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
    for q in &corpus.quotes {
        let a = corpus.article(&q.article).expect("quote's article exists");
        let p = &a
            .paragraphs
            .get(q.paragraph)
            .expect("quote's paragraph exists")
            .text;
        let b = boundaries
            .entry((a.id.as_str(), q.paragraph))
            .or_insert_with(|| p.char_indices().map(|(i, _)| i).chain([p.len()]).collect());
        let n = b.len() - 1;
        assert!(
            q.start <= q.end && q.end <= n,
            "{}: {}..{} of {n}",
            q.id,
            q.start,
            q.end
        );
        assert_eq!(&p[b[q.start]..b[q.end]], q.text, "{}", q.id);
        check_theme(&q.theme, &q.text, &q.id.to_string());
        if let Some(s) = &q.speaker {
            assert!(corpus.speaker(s).is_some(), "{}: unknown speaker {s}", q.id);
        }
    }
    for s in &corpus.speakers {
        assert!((-1.0..=1.0).contains(&s.theme.lean));
    }
}

fn analyse_texts(texts: &[String]) -> Corpus {
    let mut docs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| document_from_text(&format!("{i}.txt"), t, Meta::default()))
        .collect();
    assign_ids(&mut docs);
    let corpus = analyse(docs, &Lexicon::bundled());
    check_spans(&corpus);
    corpus
}

/// Pieces that stress quote scanning, names and cues when glued together.
fn adversarial_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("'".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(" said ".to_string()),
        Just(", he said. ".to_string()),
        Just("Mr Milburn told the conference: '".to_string()),
        Just("Health secretary Alan Milburn warned that ".to_string()),
        Just("Professor Brian Edwards, a former regional general manager, ".to_string()),
        Just("less emphasis on performance targets ".to_string()),
        Just("an end to micro-management ".to_string()),
        Just("local managers ".to_string()),
        Just("Whitehall ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just("e\u{301}\u{302}\u{303}".to_string()),
        Just("مرحبا بالعالم ".to_string()),
        Just("\u{202e}reversed\u{202c}".to_string()),
        Just("\u{1b}[2J\u{7}".to_string()),
        Just("£25,000".to_string()),
        "[A-Z][a-z]{0,8} ".prop_map(|s| s),
        "\\PC{0,12}",
    ]
}

fn adversarial_text() -> impl Strategy<Value = String> {
    prop::collection::vec(adversarial_piece(), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_decode_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(text) = decode(&bytes) {
            prop_assert!(!text.contains('\r'));
            prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
            let doc = document_from_text("x.txt", &text, Meta::default());
            for p in &doc.paragraphs {
                prop_assert!(!p.text.is_empty());
                prop_assert!(!p.text.contains('\n'));
            }
        }
    }

    #[test]
    fn arbitrary_text_analyses_within_bounds(texts in prop::collection::vec("\\PC{0,400}", 1..4)) {
        analyse_texts(&texts);
    }

    #[test]
    fn adversarial_text_analyses_within_bounds(texts in prop::collection::vec(adversarial_text(), 1..4)) {
        analyse_texts(&texts);
    }

    #[test]
    fn markdown_front_matter_of_any_shape(title in "\\PC{0,40}", date in "\\PC{0,12}", body in "\\PC{0,200}") {
        let text = format!("---\ntitle: {title}\ndate: {date}\n---\n{body}");
        let doc = document_from_text("x.md", &text, Meta::default());
        if let Some(d) = doc.date {
            prop_assert!(d.len() >= 4);
        }
    }
}

/// Builds `n` bytes of text by repeating `unit`.
fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)
}

/// Time to analyse one article made of `text`.
fn time_one(text: &str) -> Duration {
    let t = Instant::now();
    analyse_texts(&[text.to_string()]);
    t.elapsed()
}

#[test]
fn large_hostile_paragraphs_finish_in_linear_time() {
    // Each shape is a classic quadratic trap: unclosed quotes, thousands of
    // capitalised words (name candidates), many quotes sharing one speaker.
    let shapes = [
        "'unclosed quote with no end ",
        "“nested ‘quotes “within’ quotes ",
        "Brian Edwards Nigel Edwards Mr Edwards Professor Edwards ",
        "'Trusts must decide,' he said. ",
        "Mr Milburn said: 'Targets. ",
        "a\u{301}\u{302} مرحبا ",
    ];
    for unit in shapes {
        let small = repeat_to(unit, 100_000);
        let large = repeat_to(unit, 1_000_000);
        let t_small = time_one(&small).max(Duration::from_millis(5));
        let t_large = time_one(&large);
        // 10x the text may take at most ~40x the time (generous: noise, caches),
        // and must finish: a quadratic scan would take 100x.
        assert!(
            t_large < t_small * 40 + Duration::from_secs(2),
            "{unit:?}: 100 kB took {t_small:?}, 1 MB took {t_large:?}"
        );
    }
}

#[test]
fn a_five_megabyte_single_line_loads_and_analyses() {
    let line = repeat_to("The centre told local managers what to do. ", 5_000_000);
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("dump.txt"), &line).unwrap();
    let t = Instant::now();
    let (corpus, warnings) =
        centreline::open_corpus(&[tmp.path().to_path_buf()], &Lexicon::bundled(), None).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(corpus.articles[0].paragraphs.len(), 1);
    check_spans(&corpus);
    assert!(
        t.elapsed() < Duration::from_secs(120),
        "took {:?}",
        t.elapsed()
    );
}
