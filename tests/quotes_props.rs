//! Property tests: no text makes attribution panic, and every quote's span
//! lies inside its paragraph on character boundaries, matching its text.

use centreline::analysis::attribution::attribute;
use centreline::corpus::{DocParagraph, Document};
use centreline::model::char_to_byte;
use proptest::prelude::*;

fn doc(paragraphs: Vec<String>) -> Document {
    Document {
        id: "p".into(),
        path: "p.txt".into(),
        paragraphs: paragraphs
            .into_iter()
            .map(|text| DocParagraph {
                text: text.into(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

/// Text built from the pieces attribution reacts to, in any order.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "'",
        "\"",
        "‘",
        "’",
        "“",
        "”",
        " ",
        " ",
        " ",
        ", ",
        ". ",
        ": ",
        "(",
        ")",
        "-",
        "Mr ",
        "Dr. ",
        "Milburn",
        "Alan ",
        "Gill Morgan",
        "said",
        " he ",
        " she ",
        "told",
        "according to ",
        "s",
        "t ",
        "The ",
        "British Medical Association",
        "chief executive ",
        "of ",
        "é",
        "£",
        "\u{0}",
        "\r",
        "NHS",
        "'s",
        "years'",
        "calls for",
        "I ",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(paragraphs: Vec<String>) {
    let d = doc(paragraphs);
    let a = attribute(std::slice::from_ref(&d), None);
    // Character → byte tables, built once per paragraph.
    let tables: Vec<Vec<usize>> = d
        .paragraphs
        .iter()
        .map(|p| {
            let mut t: Vec<usize> = p.text.char_indices().map(|(b, _)| b).collect();
            t.push(p.text.len());
            t
        })
        .collect();
    for q in &a.quotes {
        let text = &d.paragraphs[q.paragraph].text;
        let table = &tables[q.paragraph];
        assert!(q.start <= q.end, "{q:?}");
        assert!(q.end < table.len(), "{q:?}");
        let (s, e) = (table[q.start], table[q.end]);
        if q.end < 50 {
            assert_eq!(
                (s, e),
                (char_to_byte(text, q.start), char_to_byte(text, q.end))
            );
        }
        assert_eq!(&text[s..e], q.text);
        if let Some(sp) = &q.speaker {
            assert!(a.speakers.iter().any(|x| &x.id == sp));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(paragraphs in prop::collection::vec(any::<String>(), 0..6)) {
        check(paragraphs);
    }

    #[test]
    fn quote_heavy_text_keeps_spans_in_bounds(paragraphs in prop::collection::vec(newsy(), 0..6)) {
        check(paragraphs);
    }
}

#[test]
fn a_long_paragraph_of_marks_is_linear_enough() {
    // 5 MB of alternating quotes, apostrophes and cues in one paragraph, and
    // 5 MB of one endless sentence full of cues and names.
    let unit = "Mr Milburn said: 'It's the employers' side, ' he said, 'and \"more\" of it. ";
    let quotes = unit.repeat(5_000_000 / unit.len());
    let unit = "Dr John Smith, a chief executive of Acme, said that he told Ms Jones she said ";
    let sentence = unit.repeat(5_000_000 / unit.len());
    let started = std::time::Instant::now();
    check(vec![quotes]);
    check(vec![sentence, "'".repeat(100_000)]);
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}
