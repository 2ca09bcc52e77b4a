//! Where paragraphs name speakers: the spans the explorer highlights, found by
//! analysis so the UI never searches text itself.

use centreline::model::{char_to_byte, Corpus};

fn bundled() -> Corpus {
    centreline::open_corpus(&[], &centreline::analysis::Lexicon::bundled(), None)
        .unwrap()
        .0
}

/// (article prefix, paragraph) → the names as written, with their speaker ids.
fn named(c: &Corpus, prefix: &str, paragraph: usize) -> Vec<(String, String)> {
    let a = c
        .articles
        .iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap();
    let p = &a.paragraphs[paragraph];
    p.mentions
        .iter()
        .map(|m| {
            let s = &p.text[char_to_byte(&p.text, m.start)..char_to_byte(&p.text, m.end)];
            (s.to_string(), m.speaker.to_string())
        })
        .collect()
}

#[test]
fn names_of_speakers_are_marked_in_their_paragraphs() {
    let c = bundled();
    // 000 ¶7: "Mr Milburn told the conference: …"
    assert_eq!(
        named(&c, "000", 7),
        [("Mr Milburn".into(), "alan-milburn".into())]
    );
    // 001 ¶12: Thornton with his title, and Milburn in the possessive.
    let p = named(&c, "001", 12);
    assert_eq!(
        p,
        [
            ("Stephen Thornton".into(), "stephen-thornton".into()),
            ("Mr Milburn".into(), "alan-milburn".into())
        ],
        "the possessive 's is not part of the name"
    );
    // 002: the BMA speaks as an organisation and is named as one.
    let a = c.articles.iter().find(|a| a.id.starts_with("002")).unwrap();
    let bma = a
        .paragraphs
        .iter()
        .flat_map(|p| &p.mentions)
        .filter(|m| m.speaker == "british-medical-association")
        .count();
    assert!(bma >= 1, "the BMA is named where it speaks");
    // Reporters in the byline are never marked.
    let a = c.articles.iter().find(|a| a.id.starts_with("000")).unwrap();
    let p0 = &a.paragraphs[0];
    for m in &p0.mentions {
        let s = &p0.text[char_to_byte(&p0.text, m.start)..char_to_byte(&p0.text, m.end)];
        assert!(!s.contains("Whitfield") && !s.contains("Shifrin"), "{s}");
    }
}

#[test]
fn every_mention_is_a_known_speaker_inside_its_paragraph() {
    let c = bundled();
    let mut total = 0;
    for a in &c.articles {
        for p in &a.paragraphs {
            let n = p.text.chars().count();
            let mut last = 0;
            for m in &p.mentions {
                assert!(m.start < m.end && m.end <= n, "{}: {m:?}", a.id);
                assert!(m.start >= last, "{}: mentions in order", a.id);
                last = m.start;
                assert!(c.speaker(&m.speaker).is_some(), "{}: {}", a.id, m.speaker);
                total += 1;
            }
        }
    }
    assert!(total >= 40, "only {total} mentions in the bundled corpus");
}
