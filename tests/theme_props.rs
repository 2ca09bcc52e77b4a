//! Property tests: any text scores without panicking, the lean stays in
//! [-1, 1], and every cue's offsets are in bounds and name its own words.

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use centreline::model::{char_to_byte, Theme};
use proptest::prelude::*;

fn check(text: &str, t: &Theme) {
    assert!((-1.0..=1.0).contains(&t.lean), "lean {}", t.lean);
    assert!(t.central >= 0.0 && t.local >= 0.0);
    if t.cues.is_empty() {
        assert_eq!(t.lean, 0.0);
    }
    let chars = text.chars().count();
    let mut last_end = 0;
    for c in &t.cues {
        assert!(c.start < c.end && c.end <= chars, "{c:?} in {chars} chars");
        assert!(c.start >= last_end, "cues overlap");
        last_end = c.end;
        let (s, e) = (char_to_byte(text, c.start), char_to_byte(text, c.end));
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert_eq!(&text[s..e], c.text);
        assert!(c.weight > 0.0);
    }
}

/// Words the lexicon knows, mixed with noise, so matches and rules fire.
fn lexicon_words() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "an end to",
        "micro-management",
        "less emphasis on",
        "performance targets",
        "without",
        "political interference",
        "regional office",
        "off the back",
        "the N in the NHS",
        "national",
        "local",
        "centre",
        "front and centre",
        "cannot",
        "delegate",
        "and",
        "or",
        "local headlines",
        "postcode lottery",
        "no",
        "£",
        "–",
        "’",
        "\n",
        ".",
        ",",
        "'",
        "é",
        "Whitehall",
        "decentralisation",
        "DECENTRALISED",
        "reinvent the wheel",
        "told what to do",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_scores_safely(text in "\\PC*") {
        let t = score(&Lexicon::bundled(), &text);
        check(&text, &t);
    }

    #[test]
    fn lexicon_heavy_text_scores_safely(text in lexicon_words()) {
        let t = score(&Lexicon::bundled(), &text);
        check(&text, &t);
    }

    #[test]
    fn glued_text_without_spaces_scores_safely(text in "[a-z’'\\-\\.]{0,200}") {
        let t = score(&Lexicon::bundled(), &text);
        check(&text, &t);
    }

    #[test]
    fn arbitrary_lexicon_text_never_panics(text in "\\PC*") {
        let _ = Lexicon::from_toml(&text);
    }

    #[test]
    fn arbitrary_phrases_never_panic(phrase in "[a-z{},\\- ']{0,40}") {
        let toml = format!(
            "[[cue]]\nside = \"local\"\nfacet = \"money\"\nphrases = [{phrase:?}]\n"
        );
        if let Ok(lex) = Lexicon::from_toml(&toml) {
            let text = format!("some {phrase} text");
            check(&text, &score(&lex, &text));
        }
    }
}

#[test]
fn a_five_megabyte_paragraph_is_linear() {
    let corpus = centreline::open_corpus(&[], &Lexicon::bundled(), None)
        .unwrap()
        .0;
    let body: String = corpus
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter().map(|p| p.text.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut big = String::new();
    while big.len() < 5_000_000 {
        big.push_str(&body);
        big.push(' ');
    }
    let started = std::time::Instant::now();
    let t = score(&Lexicon::bundled(), &big);
    let secs = started.elapsed().as_secs_f64();
    eprintln!("5 MB paragraph: {} cues in {secs:.2}s", t.cues.len());
    assert!(t.cues.len() > 1000);
    assert!((-1.0..=1.0).contains(&t.lean));
    assert!(secs < 30.0, "took {secs:.1}s");
}
