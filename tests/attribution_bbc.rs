//! Issue 11's gauges on real text nobody here wrote: the BBC politics folder
//! (`../shared/data/bbc/politics`), against two readers' hand-made gold
//! (`tests/gold/bbc/`), and who the speakers pane lists for that folder.
//! Each test skips, saying so, when `../shared` is absent.
//!
//! The floors are what the code reaches now, so that a change that loses
//! ground fails; the issue's target (0.93, near the readers' own agreement)
//! is not yet met and is not asserted.

mod support {
    pub mod bbc_gold;
}

use centreline::model::{Corpus, SpeakerKind};
use std::collections::HashMap;
use std::sync::OnceLock;
use support::bbc_gold::{
    agreement, identity_report, politics_dir, read_gold, score, Part, NOT_FIRST,
};

/// The folder analysed once for every test here.
fn politics() -> Option<&'static Corpus> {
    static CORPUS: OnceLock<Option<Corpus>> = OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let dir = politics_dir()?;
            let lexicon = centreline::open_lexicon(None).expect("bundled lexicon");
            let (corpus, warnings) =
                centreline::open_corpus(&[dir], &lexicon, None).expect("the BBC folder opens");
            assert!(warnings.is_empty(), "{warnings:?}");
            Some(corpus)
        })
        .as_ref()
}

macro_rules! politics_or_skip {
    () => {
        match politics() {
            Some(c) => c,
            None => {
                eprintln!("skip: ../shared/data/bbc/politics not found");
                return;
            }
        }
    };
}

#[test]
fn the_two_readers_agree_almost_always() {
    // The ceiling: if the gold itself were noisy, no figure would mean much.
    for part in Part::ALL {
        let [ra, rb] = part.readers();
        let (a, b) = (read_gold(part, ra), read_gold(part, rb));
        let (paired, agree) = agreement(&a, &b);
        assert!(
            paired >= 230,
            "{} part: only {paired} lines paired",
            part.name()
        );
        let share = agree as f64 / paired as f64;
        eprintln!(
            "{}: readers agree {agree}/{paired} = {share:.3}",
            part.name()
        );
        assert!(
            share >= 0.98,
            "{} part: readers agree {share:.3}",
            part.name()
        );
    }
}

#[test]
fn quotes_go_to_the_speaker_a_reader_names() {
    let corpus = politics_or_skip!();
    // (part, floor): dev, dev2, dev3 and dev4 are tuned on, held is not.
    // Before issue 11 dev and held stood at 0.707 and 0.702; dev2, dev3 and
    // dev4 (read later, each by two other readers) at 0.811, 0.801 and 0.806
    // when first scored, before any tuning on them. Today: 0.946, 0.916,
    // 0.930, 0.883 and 0.840 (0.845 against reader B); each floor is the
    // figure of the round it was set in less about 0.02.
    for (part, floor) in [
        (Part::Dev, 0.92),
        (Part::Dev2, 0.89),
        (Part::Dev3, 0.91),
        (Part::Dev4, 0.85),
        (Part::Held, 0.82),
    ] {
        for reader in part.readers() {
            let s = score(corpus, &read_gold(part, reader));
            eprintln!("{} vs reader {reader}: {}", part.name(), s.line());
            assert!(
                s.found as f64 >= 0.99 * s.total as f64,
                "{} part: quotes not found: {}",
                part.name(),
                s.line()
            );
            assert!(
                s.accuracy() >= floor,
                "{} part vs reader {reader}: {} (floor {floor})",
                part.name(),
                s.line()
            );
        }
    }
}

/// Speakers by display name.
fn by_name(corpus: &Corpus) -> HashMap<&str, Vec<&centreline::model::Speaker>> {
    let mut m: HashMap<&str, Vec<_>> = HashMap::new();
    for s in &corpus.speakers {
        m.entry(&*s.name).or_default().push(s);
    }
    m
}

#[test]
fn one_person_is_one_speaker_under_all_their_names() {
    let corpus = politics_or_skip!();
    let names = by_name(corpus);
    let quoted = |n: &str| {
        names
            .get(n)
            .map_or(0, |v| v.iter().map(|s| s.quote_count).sum::<usize>())
    };
    // A peer is the same peer in every article.
    assert_eq!(names.get("Lord Falconer").map(Vec::len), Some(1));
    assert!(quoted("Lord Falconer") >= 30, "{}", quoted("Lord Falconer"));
    // Title-and-surname forms join the full name they belong to.
    for short in [
        "Mr Blair",
        "Mr Brown",
        "Mr Howard",
        "Mr Kennedy",
        "Vince Cable",
    ] {
        assert_eq!(quoted(short), 0, "{short} still quoted on its own");
    }
    assert!(quoted("Tony Blair") >= 300, "{}", quoted("Tony Blair"));
    assert!(quoted("Gordon Brown") >= 150, "{}", quoted("Gordon Brown"));
    assert_eq!(names.get("Vincent Cable").map(Vec::len), Some(1));
    // A party is one organisation whatever it is called; a group word is one group.
    let libdems = &names["Liberal Democrats"];
    assert_eq!(libdems.len(), 1);
    assert_eq!(libdems[0].kind, SpeakerKind::Organisation);
    for gone in ["Lib Dems", "Dems", "Tories", "Conservatives"] {
        assert!(!names.contains_key(gone), "{gone} is a speaker of its own");
    }
    for group in ["MPs", "Ministers", "Critics"] {
        let v = &names[group];
        assert_eq!(v.len(), 1, "{group} ×{}", v.len());
        assert_eq!(v[0].kind, SpeakerKind::Group);
    }
    // Before issue 11, 37 display names were each held by several speakers.
    let shared: Vec<_> = names
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(n, _)| *n)
        .collect();
    assert!(
        shared.len() <= 3,
        "display names held by several speakers: {shared:?}"
    );
}

#[test]
fn the_identity_report_meets_the_issue_gauges() {
    // Issue 11: display names held by several speakers ≤ 5; names with a
    // weekday, month or party word 0; the 20 most quoted one entry each with
    // ≥ 95% of the quotes of any form of their name.
    let corpus = politics_or_skip!();
    let r = identity_report(corpus);
    eprintln!("{}", r.text());
    assert!(r.shared_names.len() <= 5, "{:?}", r.shared_names);
    assert!(
        r.calendar_or_party_names.is_empty(),
        "{:?}",
        r.calendar_or_party_names
    );
    assert_eq!(r.top.len(), 20);
    assert!(r.top.iter().all(|t| t.share() >= 0.95), "{}", r.text());
}

#[test]
fn every_joined_form_says_which_rule_joined_it() {
    let corpus = politics_or_skip!();
    let blair = corpus
        .speakers
        .iter()
        .find(|s| s.name == "Tony Blair")
        .expect("Tony Blair speaks");
    let rule_of = |form: &str| {
        blair
            .identity
            .iter()
            .find(|d| d.form == form)
            .map(|d| d.rule.as_str())
    };
    assert!(
        matches!(
            rule_of("Mr Blair"),
            Some("surname-in-article" | "one-person-with-surname" | "dominant-person-with-surname")
        ),
        "{:?}",
        blair.identity
    );
    let cable = corpus
        .speakers
        .iter()
        .find(|s| s.name == "Vincent Cable")
        .expect("Vincent Cable speaks");
    assert!(
        cable
            .identity
            .iter()
            .any(|d| d.form == "Vince Cable" && d.rule == "given-name-variant"),
        "{:?}",
        cable.identity
    );
}

#[test]
fn calendar_party_and_office_words_are_not_names() {
    let corpus = politics_or_skip!();
    for s in &corpus.speakers {
        if matches!(s.kind, SpeakerKind::Organisation | SpeakerKind::Description) {
            continue; // `Liberal Democrats`, `Conservative spokeswoman`
        }
        let first = s.name.split(' ').next().unwrap_or_default();
        assert!(
            !NOT_FIRST.contains(&first),
            "speaker {:?} ({:?}, {} quotes)",
            s.name,
            s.kind,
            s.quote_count
        );
    }
}
