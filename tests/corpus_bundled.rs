//! Paragraphs, kicker, title, standfirst and byline of the five bundled articles.

use centreline::corpus::{load_bundled, Document};
use centreline::model::ParagraphKind;

fn doc(prefix: &str) -> Document {
    load_bundled()
        .documents
        .into_iter()
        .find(|d| d.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no bundled article {prefix}"))
}

/// The bundled text is kept byte for byte in assets/ (nothing edited by hand).
#[test]
fn assets_match_the_shared_corpus_when_present() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !shared.exists() {
        eprintln!("skipped: ../shared/corpus not present");
        return;
    }
    for (name, text) in centreline::corpus::bundled::ARTICLES {
        let original = std::fs::read(shared.join(name)).unwrap();
        assert_eq!(
            text.as_bytes(),
            &original[..],
            "{name} differs from ../shared"
        );
    }
}

#[test]
fn every_word_of_the_text_survives_loading() {
    // Paragraphs + kicker + removed headline hold every non-space character.
    for (name, text) in centreline::corpus::bundled::ARTICLES {
        let d = load_bundled()
            .documents
            .into_iter()
            .find(|d| d.path == *name)
            .unwrap();
        let mut kept: String = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
        kept.push_str(d.kicker.as_deref().unwrap_or(""));
        if name.starts_with("003") {
            kept.push_str(&d.title);
        }
        let squash = |s: &str| {
            let mut v: Vec<char> = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ':')
                .collect();
            v.sort_unstable();
            v
        };
        assert_eq!(squash(&kept), squash(text), "{name} lost or gained text");
    }
}

#[test]
fn article_000_byline_two_reporters() {
    let d = doc("000");
    assert_eq!(d.byline, vec!["Lyn Whitfield", "Tash Shifrin"]);
    assert_eq!(d.kicker, None);
    assert_eq!(d.date.as_deref(), Some("2000-10"));
    assert!(d.date_approximate);
    assert_eq!(d.source.as_deref(), Some("Health Service Journal"));
    assert_eq!(d.paragraphs.len(), 24);
    assert_eq!(d.paragraphs[0].kind, ParagraphKind::Standfirst);
    assert!(d
        .standfirst
        .as_deref()
        .unwrap()
        .ends_with("Institute of Healthcare Management."));
    // The example in the export contract: paragraph 7 is Milburn's speech.
    assert!(d.paragraphs[7]
        .text
        .starts_with("Mr Milburn told the conference:"));
    assert!(d.paragraphs[23]
        .text
        .starts_with("He said it would be 'mad'"));
}

#[test]
fn article_001_standfirst_without_byline() {
    let d = doc("001");
    assert!(d.byline.is_empty(), "{:?}", d.byline);
    assert_eq!(d.date.as_deref(), Some("2000-07"));
    assert!(d
        .standfirst
        .as_deref()
        .unwrap()
        .starts_with("With managers awaiting"));
    assert!(d.paragraphs[1]
        .text
        .starts_with("Health service managers will win the freedom"));
    assert_eq!(d.paragraphs.len(), 24);
}

#[test]
fn article_002_kicker_and_glued_byline() {
    let d = doc("002");
    assert_eq!(d.kicker.as_deref(), Some("conference focus"));
    assert_eq!(d.byline, vec!["Tash Shifrin"]);
    assert!(d
        .standfirst
        .as_deref()
        .unwrap()
        .ends_with("over to the NHS Confederation."));
    // The body sentence glued after the byline is a paragraph of its own.
    assert!(d.paragraphs[0].text.ends_with("Tash Shifrin reports"));
    assert_eq!(d.paragraphs[0].kind, ParagraphKind::Standfirst);
    assert!(d.paragraphs[1]
        .text
        .starts_with("The government will hand over negotiations"));
    assert_eq!(d.paragraphs[1].kind, ParagraphKind::Body);
    // 19 lines: the kicker leaves, the glued standfirst splits in two.
    assert_eq!(d.paragraphs.len(), 19);
}

#[test]
fn article_003_blog_headline_and_subtitle() {
    let d = doc("003");
    assert_eq!(
        d.title,
        "What resources will we need in the future NHS? (An occasional series)"
    );
    assert!(d.byline.is_empty());
    assert_eq!(d.date.as_deref(), Some("2024-02"));
    assert!(d
        .standfirst
        .as_deref()
        .unwrap()
        .starts_with("1 – Staff that enjoy their work"));
    assert!(d.paragraphs[1].text.starts_with("Today I want to continue"));
}

#[test]
fn article_004_shouted_kicker_and_trailing_byline() {
    let d = doc("004");
    assert_eq!(d.kicker.as_deref(), Some("NEWS FOCUS"));
    assert_eq!(d.byline, vec!["Ann McGauran"]);
    assert_eq!(
        d.standfirst.as_deref(),
        Some("Micro-management of the NHS will continue at the government's peril")
    );
    assert!(d.paragraphs[1].text.starts_with("Letting go is healthy"));
}

#[test]
fn ids_are_file_stems_and_titles_come_from_the_manifest() {
    let docs = load_bundled().documents;
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "000_cfc937d7100a9871",
            "001_950c5f3d704ebb9d",
            "002_606b5fe05658d27d",
            "003_093cf3b6af6c1ba7",
            "004_1c94f41e1d698293"
        ]
    );
    for d in &docs {
        assert!(!d.title.is_empty());
        assert!(
            d.date_approximate,
            "{} date must be marked approximate",
            d.id
        );
    }
}
