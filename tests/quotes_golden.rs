//! Golden test on the bundled corpus: what a careful reader says about who is
//! quoted in each article, in what role, and which quotes are theirs.

use centreline::analysis::attribution::{attribute, Attribution};
use centreline::corpus::load_bundled;
use centreline::model::{char_to_byte, QuoteKind, SpeakerKind};

fn bundled() -> (Vec<centreline::corpus::Document>, Attribution) {
    let docs = load_bundled().documents;
    let a = attribute(&docs, None);
    (docs, a)
}

const A000: &str = "000_cfc937d7100a9871";
const A001: &str = "001_950c5f3d704ebb9d";
const A002: &str = "002_606b5fe05658d27d";
const A003: &str = "003_093cf3b6af6c1ba7";
const A004: &str = "004_1c94f41e1d698293";

/// (speaker id, roles they must have, articles they must be listed in).
const SPEAKERS: &[(&str, &[&str], &[&str])] = &[
    ("alan-milburn", &["health secretary"], &[A000, A001, A002]),
    ("neil-mckay", &["acting NHS chief executive"], &[A000]),
    (
        "brian-edwards",
        &["professor", "former regional general manager"],
        &[A000],
    ),
    ("colin-reeves", &["NHS finance director"], &[A000]),
    ("liam-donaldson", &["chief medical officer"], &[A000]),
    ("hugh-taylor", &["NHS human resources director"], &[A000]),
    (
        "stephen-thornton",
        &["NHS Confederation chief executive"],
        &[A001, A002, A004],
    ),
    ("mike-dixon", &["NHS Alliance chair"], &[A001]),
    (
        "jonathan-shapiro",
        &["Birmingham University's health services management centre"],
        &[A001],
    ),
    (
        "nigel-edwards",
        &["NHS Confederation policy director"],
        &[A001],
    ),
    (
        "gill-morgan",
        &[
            "chief executive of North and East Devon health authority",
            "former president of the Institute of Health Services Management",
        ],
        &[A002],
    ),
    (
        "david-panter",
        &["chief executive of Hillingdon PCT"],
        &[A002],
    ),
    ("british-medical-association", &[], &[A002]),
    ("john-chisholm", &["GP committee chair"], &[A002]),
];

/// (article, paragraph, how the quote begins, speaker; `None` = nobody's words).
const QUOTES: &[(&str, usize, &str, Option<&str>)] = &[
    (A000, 0, "Don't wait for advice", Some("alan-milburn")),
    (A000, 2, "fragile", Some("alan-milburn")),
    (A000, 4, "now", Some("alan-milburn")),
    (A000, 4, "discussion about how", Some("alan-milburn")),
    (A000, 5, "tangible improvements", Some("alan-milburn")),
    (A000, 6, "improved working lives standard", None),
    (
        A000,
        7,
        "Overworked and under-trained",
        Some("alan-milburn"),
    ),
    (A000, 8, "Good human resources", Some("alan-milburn")),
    (A000, 9, "encapsulates the commitment", Some("alan-milburn")),
    (A000, 11, "restless managers", Some("neil-mckay")),
    (A000, 12, "Do not wait to be told", Some("neil-mckay")),
    (A000, 12, ". . . do what needs", Some("neil-mckay")),
    (A000, 13, "Do not feel you have to ask", Some("neil-mckay")),
    (A000, 13, "Please feel free", Some("neil-mckay")),
    (A000, 14, "tremendous opportunity", Some("neil-mckay")),
    (A000, 14, "which were only supported", Some("neil-mckay")),
    (
        A000,
        15,
        "The health secretary cannot deliver",
        Some("neil-mckay"),
    ),
    (A000, 16, "in future years", Some("neil-mckay")),
    (A000, 17, "meet the NHS xecutive", None),
    (A000, 19, "What are the chances", Some("brian-edwards")),
    (
        A000,
        19,
        "particularly when the people",
        Some("brian-edwards"),
    ),
    (A000, 20, "Trust me", Some("colin-reeves")),
    (A000, 20, "done its sums", Some("colin-reeves")),
    (A000, 21, "more optimistic", Some("liam-donaldson")),
    (A000, 22, "tensions", Some("hugh-taylor")),
    (A000, 23, "mad", Some("hugh-taylor")),
    (A001, 2, "traffic lights", Some("alan-milburn")),
    (A001, 6, "agreed", Some("alan-milburn")),
    (
        A001,
        6,
        "should periodically be classified",
        Some("alan-milburn"),
    ),
    (
        A001,
        7,
        "get regional office off the back",
        Some("alan-milburn"),
    ),
    (A001, 8, "baling out", Some("alan-milburn")),
    (A001, 11, "As we step in firmly", Some("alan-milburn")),
    (A001, 12, "a major step forward", Some("stephen-thornton")),
    (A001, 13, "It is wonderful", Some("mike-dixon")),
    (
        A001,
        14,
        "The risk is, who would want to work in a 'red' organisation?",
        Some("jonathan-shapiro"),
    ),
    (A001, 16, "this is about providing", Some("nigel-edwards")),
    (A001, 18, "We have got a grip", Some("alan-milburn")),
    (A001, 19, "major service changes", Some("alan-milburn")),
    (A002, 2, "The process of negotiation", Some("alan-milburn")),
    (A002, 3, "GPs - whether", Some("alan-milburn")),
    (A002, 5, "the public service ethos", Some("alan-milburn")),
    (A002, 5, "reform in the NHS", Some("alan-milburn")),
    (A002, 5, "We risk the ethos", Some("alan-milburn")),
    (A002, 6, "we do need every bit", Some("alan-milburn")),
    (A002, 6, "not close our minds", Some("alan-milburn")),
    (A002, 8, "We will work - I will work", Some("alan-milburn")),
    (A002, 10, "within two years", Some("alan-milburn")),
    (A002, 11, "absolutely fantastic", Some("gill-morgan")),
    (A002, 12, "absolutely first-rate", Some("gill-morgan")),
    (
        A002,
        13,
        "It is a skilful sideways step",
        Some("david-panter"),
    ),
    (
        A002,
        14,
        "We can see the potential",
        Some("stephen-thornton"),
    ),
    (A002, 17, "If Mr Milburn's move", Some("john-chisholm")),
    (
        A002,
        18,
        "The secretary of state may be choosing",
        Some("john-chisholm"),
    ),
    (A004, 3, "But will local debate", Some("stephen-thornton")),
    (A004, 4, "jury's out", Some("stephen-thornton")),
    (
        A004,
        6,
        "The aim, Mr Thornton says, is to try",
        Some("stephen-thornton"),
    ),
    (A004, 7, "up for those sorts", Some("stephen-thornton")),
    (
        A004,
        8,
        "Let's have a level playing field.",
        Some("stephen-thornton"),
    ),
    (A004, 10, "Often if you look", Some("stephen-thornton")),
    (
        A004,
        12,
        "at the upper end of orange",
        Some("stephen-thornton"),
    ),
    (A004, 13, "top-quality leadership", Some("stephen-thornton")),
    (
        A004,
        13,
        "think radically and laterally",
        Some("stephen-thornton"),
    ),
    (A004, 14, "perhaps not overnight", Some("stephen-thornton")),
    (
        A004,
        15,
        "further generous Treasury settlement",
        Some("stephen-thornton"),
    ),
];

#[test]
fn every_quoted_person_is_found_with_their_roles() {
    let (_, a) = bundled();
    for (id, roles, articles) in SPEAKERS {
        let s = a.speakers.iter().find(|s| s.id == *id).unwrap_or_else(|| {
            panic!(
                "speaker {id} missing; have {:?}",
                a.speakers.iter().map(|s| &s.id).collect::<Vec<_>>()
            )
        });
        for r in *roles {
            assert!(
                s.roles.iter().any(|x| x.eq_ignore_ascii_case(r)),
                "{id}: role {r:?} missing from {:?}",
                s.roles
            );
        }
        for art in *articles {
            assert!(
                s.articles.iter().any(|x| x == art),
                "{id}: article {art} missing from {:?}",
                s.articles
            );
        }
        assert!(s.quote_count > 0, "{id} is credited with nothing");
    }
}

#[test]
fn nobody_else_is_a_speaker() {
    let (_, a) = bundled();
    let expected: Vec<&str> = SPEAKERS.iter().map(|s| s.0).collect();
    let extra: Vec<&str> = a
        .speakers
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !expected.contains(id))
        .collect();
    assert!(extra.is_empty(), "unexpected speakers: {extra:?}");
}

#[test]
fn every_quote_goes_to_the_right_person() {
    let (_, a) = bundled();
    let mut wrong = Vec::new();
    for (art, para, begins, speaker) in QUOTES {
        let q = a
            .quotes
            .iter()
            .find(|q| q.article == *art && q.paragraph == *para && q.text.starts_with(begins));
        match q {
            None => wrong.push(format!("{art} ¶{para}: no quote beginning {begins:?}")),
            Some(q) if q.speaker.as_deref() != *speaker => wrong.push(format!(
                "{art} ¶{para} {begins:?}: credited to {:?}, expected {speaker:?}",
                q.speaker
            )),
            Some(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn direct_and_partial_quotes_are_told_apart() {
    let (_, a) = bundled();
    let kind = |art: &str, para: usize, begins: &str| {
        a.quotes
            .iter()
            .find(|q| q.article == art && q.paragraph == para && q.text.starts_with(begins))
            .map(|q| q.kind)
    };
    assert_eq!(kind(A000, 7, "Overworked"), Some(QuoteKind::Direct));
    assert_eq!(kind(A000, 12, "Do not wait"), Some(QuoteKind::Direct));
    assert_eq!(kind(A000, 19, "particularly when"), Some(QuoteKind::Direct));
    assert_eq!(kind(A001, 13, "It is wonderful"), Some(QuoteKind::Direct));
    assert_eq!(
        kind(A002, 18, "The secretary of state"),
        Some(QuoteKind::Direct)
    );
    assert_eq!(kind(A000, 2, "fragile"), Some(QuoteKind::Partial));
    assert_eq!(kind(A000, 21, "more optimistic"), Some(QuoteKind::Partial));
    assert_eq!(kind(A001, 16, "this is about"), Some(QuoteKind::Partial));
    assert_eq!(
        kind(A002, 11, "absolutely fantastic"),
        Some(QuoteKind::Partial)
    );
    // Reported speech with no marks.
    let indirect = a
        .quotes
        .iter()
        .find(|q| q.article == A000 && q.paragraph == 6 && q.kind == QuoteKind::Indirect)
        .expect("Mr Milburn said the initiative meant …");
    assert!(
        indirect.text.starts_with("the initiative meant"),
        "{}",
        indirect.text
    );
    assert_eq!(indirect.speaker.as_deref(), Some("alan-milburn"));
    assert_eq!(indirect.cue.as_deref(), Some("said"));
}

#[test]
fn one_speaker_per_person_and_surnames_stay_in_their_article() {
    let (_, a) = bundled();
    let milburn = a.speakers.iter().find(|s| s.id == "alan-milburn").unwrap();
    assert!(milburn.aliases.iter().any(|x| x == "Mr Milburn"));
    assert!(milburn.aliases.iter().any(|x| x == "Alan Milburn"));
    let thornton = a
        .speakers
        .iter()
        .find(|s| s.id == "stephen-thornton")
        .unwrap();
    assert_eq!(
        a.speakers
            .iter()
            .filter(|s| s.name.contains("Thornton"))
            .count(),
        1
    );
    assert!(thornton.aliases.iter().any(|x| x == "Mr Thornton"));
    // Professor Edwards (000) is Brian; Nigel Edwards (001) is someone else.
    let brian = a.speakers.iter().find(|s| s.id == "brian-edwards").unwrap();
    let nigel = a.speakers.iter().find(|s| s.id == "nigel-edwards").unwrap();
    assert_eq!(brian.articles, [A000]);
    assert_eq!(nigel.articles, [A001]);
    let bma = a
        .speakers
        .iter()
        .find(|s| s.id == "british-medical-association")
        .unwrap();
    assert_eq!(bma.kind, SpeakerKind::Organisation);
    let ids: std::collections::HashSet<_> = a.speakers.iter().map(|s| &s.id).collect();
    assert_eq!(ids.len(), a.speakers.len(), "speaker ids are unique");
}

#[test]
fn reporters_bloggers_and_names_in_passing_are_not_speakers() {
    let (_, a) = bundled();
    for id in [
        "lyn-whitfield",
        "tash-shifrin",
        "ann-mcgauran",
        "steve-black",
    ] {
        assert!(
            a.speakers.iter().all(|s| s.id != id),
            "{id} is not a speaker"
        );
    }
    // The blog's own voice is nobody's quote.
    assert!(a
        .quotes
        .iter()
        .filter(|q| q.article == A003)
        .all(|q| q.speaker.is_none()));
    assert!(a
        .speakers
        .iter()
        .all(|s| !s.articles.iter().any(|x| x == A003)));
}

#[test]
fn offsets_ids_and_text_agree() {
    let (docs, a) = bundled();
    for doc in &docs {
        let qs: Vec<_> = a.quotes.iter().filter(|q| q.article == doc.id).collect();
        for (n, q) in qs.iter().enumerate() {
            assert_eq!(q.id.to_string(), format!("{}#q{n}", doc.id));
            let text = &doc.paragraphs[q.paragraph].text;
            let (s, e) = (char_to_byte(text, q.start), char_to_byte(text, q.end));
            assert_eq!(&text[s..e], q.text);
            if n > 0 {
                let p = qs[n - 1];
                assert!(
                    (p.paragraph, p.start) <= (q.paragraph, q.start),
                    "reading order"
                );
            }
        }
    }
    for q in &a.quotes {
        if let Some(s) = &q.speaker {
            assert!(a.speakers.iter().any(|x| &x.id == s));
        }
    }
}
