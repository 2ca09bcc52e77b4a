//! Arbitrary bytes and adversarial text through the loader and the whole
//! analysis: nothing panics, every span lies inside its text, and time stays
//! linear (large inputs must finish, with a generous bound).

use centreline::analysis::{analyse, Lexicon};
use centreline::corpus::date::parse_date;
use centreline::corpus::decode::decode;
use centreline::corpus::formats::{self, feed, html, records, FieldMap};
use centreline::corpus::load::{assign_ids, document_from_text};
use centreline::corpus::Meta;
use centreline::model::Corpus;
use centreline::model::{days_in_month, PartialDate};
use proptest::prelude::*;
use std::time::{Duration, Instant};
use support::spans::check_spans;

mod support {
    pub mod spans;
}

fn analyse_texts(texts: &[String]) -> Corpus {
    let mut docs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| document_from_text(&format!("{i}.txt"), t, Meta::default()))
        .collect();
    assign_ids(&mut docs);
    let corpus = analyse(docs, &Lexicon::bundled());
    check_spans(&corpus).unwrap_or_else(|e| panic!("{e}"));
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

/// Pieces of markup that stress the page extractor when glued together.
fn markup_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"cookie share\">".to_string()),
        Just("</div>".to_string()),
        Just("<article>".to_string()),
        Just("<br><br>".to_string()),
        Just("<script>var x = '</p>';".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[[["
                .to_string()
        ),
        Just("<time datetime=\"2001-02-31\">".to_string()),
        Just("<meta property=\"article:published_time\" content=\"\u{0}\">".to_string()),
        Just("<![CDATA[".to_string()),
        Just("<!--".to_string()),
        Just("&amp;&#0;&#x110000;&bogus;".to_string()),
        Just("<a href=\"#\">".to_string()),
        Just("<h1>".to_string()),
        Just("'Trusts must decide,' he said. ".to_string()),
        "\\PC{0,20}",
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
    fn arbitrary_bytes_through_every_format_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let fields = FieldMap::default();
        let _ = feed::read(&bytes);
        let _ = records::read_json_lines(&bytes[..], &fields);
        let _ = records::read_csv(&bytes[..], &fields);
        let page = html::extract(&String::from_utf8_lossy(&bytes));
        for p in &page.paragraphs {
            prop_assert!(!p.is_empty() && !p.contains('\n'));
            prop_assert!(!p.chars().any(char::is_control));
        }
    }

    #[test]
    fn adversarial_markup_extracts_and_analyses_within_bounds(
        pages in prop::collection::vec(prop::collection::vec(markup_piece(), 0..60).prop_map(|v| v.concat()), 1..4)
    ) {
        let mut docs: Vec<_> = pages
            .iter()
            .enumerate()
            .map(|(i, page)| {
                let e = html::extract(page);
                formats::document(
                    &format!("{i}.html"),
                    formats::Record { title: e.title, date: e.date, authors: e.authors, paragraphs: e.paragraphs, ..Default::default() },
                )
            })
            .collect();
        assign_ids(&mut docs);
        let corpus = analyse(docs, &Lexicon::bundled());
        check_spans(&corpus).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn any_date_text_is_a_real_date_or_refused(raw in "\\PC{0,30}", y in 0u32..10_000, m in 0u32..14, d in 0u32..33) {
        for text in [raw.clone(), format!("{y:04}-{m:02}-{d:02}"), format!("{d} {} {y}", ["Jan", "Feb", "Apr", "Sept"][(m % 4) as usize])] {
            if let Ok(date) = parse_date(&text) {
                let again: PartialDate = date.as_str().parse().unwrap();
                prop_assert_eq!(again.as_str(), date.as_str());
                if let (Some(month), Some(day)) = (date.month(), date.day()) {
                    prop_assert!(day <= days_in_month(date.year(), month), "{}", text);
                }
            }
        }
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
    check_spans(&corpus).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        t.elapsed() < Duration::from_secs(120),
        "took {:?}",
        t.elapsed()
    );
}
