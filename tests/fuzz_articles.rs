//! The fuzz harness's short run, part of the normal test suite: a fixed seed,
//! a few thousand real articles mutated with the hazards of news text
//! (`tests/support/fuzz.rs`), each analysed whole; any panic (caught by
//! attribution's guard or not) or span out of bounds fails, printing a
//! minimised reproducer and the seed. The long run is `examples/fuzz.rs`.
//!
//! The rest proves the harness cannot pass vacuously: the mutators change
//! text and each is reachable, each kind of failure is caught, and the
//! minimiser shrinks a failing text to its cause.

mod support {
    pub mod fuzz;
    pub mod spans;
}

use centreline::corpus::load::{assign_ids, document_from_text};
use centreline::corpus::Meta;
use rayon::prelude::*;
use std::collections::HashSet;
use std::time::Instant;
use support::fuzz::{
    analyse_one, check, check_failure, check_with, minimise, minimise_within, mutate,
    mutate_logged, Pool, Rng, MUTATORS,
};
use support::spans::check_spans;

/// The short run's seed: fixed, so a failure here is a failure every time.
const SEED: u64 = 0x00C3_471E_11FE_2025;

/// Mutated inputs in the short run: a few seconds in the test profile on
/// two cores (inputs are a mix of whole articles and one to four
/// paragraphs, see [`Pool::sample_among`]).
const EXECS: usize = 5_000;

#[test]
fn mutated_articles_analyse_without_panics_or_bad_spans() {
    let mut pool = Pool::bundled();
    let bundled = pool.bundled_count();
    match pool.add_bbc() {
        Some(n) => eprintln!("fuzz_articles: {bundled} bundled and {n} BBC articles"),
        None => eprintln!(
            "skip: ../shared/data/bbc not found; fuzzing only the {bundled} bundled articles"
        ),
    }
    let started = Instant::now();
    let mut rng = Rng::new(SEED);
    for exec in 0..EXECS {
        // Half the inputs from the bundled articles whatever else is there.
        let base = if exec % 2 == 0 {
            pool.sample_among(&mut rng, 0..bundled)
        } else {
            pool.sample(&mut rng)
        };
        let mut applied = Vec::new();
        let text = mutate_logged(&base, &mut rng, &pool, &mut applied);
        if let Err(failure) = check_failure(&text) {
            let small = minimise(&text, |t| {
                check_failure(t).is_err_and(|f| f.signature == failure.signature)
            });
            let again = check_failure(&small).err().unwrap_or(failure);
            panic!(
                "fuzz finding at exec {exec} of seed {SEED:#x} (mutators {applied:?}):\n\
                 {again}\nminimised reproducer ({} bytes):\n{small:?}",
                small.len()
            );
        }
    }
    eprintln!(
        "fuzz_articles: {EXECS} mutated inputs in {:.1?}",
        started.elapsed()
    );
}

/// A mutated article as each other format gives it: a saved page, a feed
/// item, a JSON line and a CSV row, read back by their readers.
fn through_formats(text: &str) -> Vec<centreline::corpus::Document> {
    use centreline::corpus::formats::{self, feed, html, records, FieldMap};
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let body: String = text
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let page = html::extract(&format!(
        "<html><head><title>T</title></head><body><nav>Home</nav><article>{body}</article></body></html>"
    ));
    let mut docs = vec![formats::document(
        "page.html",
        formats::Record {
            title: page.title,
            paragraphs: page.paragraphs,
            ..Default::default()
        },
    )];
    let rss = format!(
        "<rss version=\"2.0\"><channel><title>F</title><item><title>T</title><guid>g</guid>\
         <description>{}</description></item></channel></rss>",
        escape(&body)
    );
    if let Ok((items, _)) = feed::read(rss.as_bytes()) {
        docs.extend(items.into_iter().map(|r| formats::document("feed.rss", r)));
    }
    let fields = FieldMap::default();
    let line = serde_json::json!({"title": "T", "text": text}).to_string();
    let jsonl = records::read_json_lines(line.as_bytes(), &fields);
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(["title", "text"]).unwrap();
    csv.write_record(["T", text]).unwrap();
    let csv = csv.into_inner().unwrap();
    let rows = records::read_csv(&csv[..], &fields);
    for r in jsonl.records.into_iter().chain(rows.records) {
        docs.push(formats::document("export.jsonl", r));
    }
    docs.retain(|d| !d.paragraphs.is_empty());
    assign_ids(&mut docs);
    docs
}

#[test]
fn mutated_articles_through_every_format_analyse_without_panics_or_bad_spans() {
    let pool = Pool::bundled();
    // Not vacuous: a clean article comes back from all four readers.
    assert_eq!(through_formats(pool.article(0)).len(), 4);
    let mut rng = Rng::new(SEED ^ 0x15);
    for exec in 0..400 {
        let base = pool.sample(&mut rng);
        let text = mutate(&base, &mut rng, &pool);
        let result = check_with(&text, false, |_| {
            support::fuzz::analyse_one(through_formats(&text))
        });
        if let Err(failure) = result {
            panic!("exec {exec}: {failure}\ntext: {text:?}");
        }
    }
}

#[test]
fn every_mutator_changes_text_and_keeps_it_valid() {
    let pool = Pool::bundled();
    let mut rng = Rng::new(1);
    for &(name, m) in MUTATORS {
        let mut changed = 0;
        for i in 0..50 {
            let input = pool.sample_among(&mut rng, i % 5..i % 5 + 1);
            let out = m(&input, &mut rng, &pool);
            assert!(std::str::from_utf8(out.as_bytes()).is_ok(), "{name}");
            changed += usize::from(out != input);
        }
        assert!(changed >= 40, "{name} changed only {changed} of 50 inputs");
        // Degenerate inputs must not trip the harness itself.
        for tiny in ["", "a", "é", "\n\n", "“", "e\u{301}", " \n \n"] {
            let out = m(tiny, &mut rng, &pool);
            assert!(std::str::from_utf8(out.as_bytes()).is_ok(), "{name}");
        }
    }
}

#[test]
fn mutate_applies_one_to_eight_and_reaches_every_mutator() {
    let pool = Pool::bundled();
    let mut rng = Rng::new(2);
    let mut seen = HashSet::new();
    let mut differs = 0;
    for _ in 0..2_000 {
        let input = pool.sample(&mut rng);
        let mut applied = Vec::new();
        let out = mutate_logged(&input, &mut rng, &pool, &mut applied);
        assert!((1..=8).contains(&applied.len()), "{}", applied.len());
        seen.extend(applied);
        differs += usize::from(out != input);
    }
    for (name, _) in MUTATORS {
        assert!(seen.contains(name), "{name} never applied");
    }
    assert!(
        differs >= 1_990,
        "only {differs} of 2000 mutated texts differ"
    );
    // Same seed, same inputs: a finding is reproduced from its seed.
    let (mut a, mut b) = (Rng::new(9), Rng::new(9));
    let text = pool.article(0);
    assert_eq!(mutate(text, &mut a, &pool), mutate(text, &mut b, &pool));
}

#[test]
fn the_generator_is_deterministic_and_in_range() {
    let (mut a, mut b) = (Rng::new(42), Rng::new(42));
    for n in 1..1000 {
        assert_eq!(a.next_u64(), b.next_u64());
        assert!(a.below(n) < n);
        b.below(n);
    }
    assert_eq!(a.below(0), 0);
}

#[test]
fn clean_articles_pass_the_check() {
    let pool = Pool::bundled();
    for i in 0..pool.len() {
        assert_eq!(check(pool.article(i)), Ok(()));
    }
}

/// A corpus with one of its spans broken, for [`check_spans`].
fn tampered(change: impl FnOnce(&mut centreline::model::Corpus)) -> Result<(), String> {
    let pool = Pool::bundled();
    let mut docs = vec![document_from_text(
        "a.txt",
        pool.article(0),
        Meta::default(),
    )];
    assign_ids(&mut docs);
    let (_, mut corpus) = analyse_one(docs);
    assert_eq!(check_spans(&corpus), Ok(()));
    change(&mut corpus);
    check_spans(&corpus)
}

#[test]
fn check_spans_rejects_spans_out_of_bounds() {
    let long = tampered(|c| c.quotes[0].end = 1_000_000).unwrap_err();
    assert!(long.starts_with("quote outside its paragraph"), "{long}");
    let shifted = tampered(|c| {
        c.quotes[0].start += 1;
    })
    .unwrap_err();
    assert!(
        shifted.starts_with("quote text is not its span"),
        "{shifted}"
    );
    let mention = tampered(|c| {
        let p = c
            .articles
            .iter_mut()
            .flat_map(|a| &mut a.paragraphs)
            .find(|p| !p.mentions.is_empty())
            .expect("a paragraph naming a speaker");
        p.mentions[0].end = p.text.chars().count() + 1;
    })
    .unwrap_err();
    assert!(mention.starts_with("mention outside"), "{mention}");
    let lean = tampered(|c| c.speakers[0].theme.lean = f64::NAN).unwrap_err();
    assert!(lean.starts_with("speaker lean out of range"), "{lean}");
}

#[test]
fn check_catches_every_kind_of_failure() {
    let text = "Mr Blair said: “Targets matter.”";
    // A panic escaping the analysis, inside a parallel iterator.
    let escaped = check_with(text, false, |_| {
        let v: Vec<usize> = (0..4usize).into_par_iter().map(|i| [1, 2, 3][i]).collect();
        unreachable!("{v:?}")
    })
    .unwrap_err();
    assert!(
        escaped
            .signature
            .starts_with("panic at tests/fuzz_articles.rs:"),
        "{escaped}"
    );
    assert!(escaped.message.contains("index out of bounds"), "{escaped}");
    // A panic the guard turned into a warning.
    let guarded = check_with(text, false, |docs| {
        let (_, corpus) = analyse_one(docs);
        let w = "'fuzz.txt': attribution failed (internal error at src/x.rs:7: boom); \
                 the article is kept with no quotes";
        (vec![w.to_string()], corpus)
    })
    .unwrap_err();
    assert_eq!(
        guarded.signature, "guarded panic at src/x.rs:7",
        "{guarded}"
    );
    // A bad span in an otherwise clean result.
    let span = check_with(text, false, |docs| {
        let (w, mut corpus) = analyse_one(docs);
        corpus.quotes[0].end += 100;
        (w, corpus)
    })
    .unwrap_err();
    assert_eq!(
        span.signature, "bad span: quote outside its paragraph",
        "{span}"
    );
    // A backtrace when asked for.
    let traced = check_with(text, true, |_| panic!("traced")).unwrap_err();
    assert!(traced.backtrace.is_some_and(|b| !b.is_empty()));
    // And the real analysis passes on this text, after all those panics.
    assert_eq!(check_failure(text), Ok(()));
}

#[test]
fn the_minimiser_shrinks_a_failure_to_its_cause() {
    let pool = Pool::bundled();
    let mut text = pool.article(3).to_string();
    let mid = text.len() / 2;
    let mid = (mid..).find(|&i| text.is_char_boundary(i)).unwrap();
    text.insert_str(mid, " «boom» ");
    text.insert_str(0, "Mr ");
    // Fails when a guillemet-quoted "boom" follows the first "Mr".
    let failing = |t: &str| t.find("Mr").is_some_and(|m| t[m..].contains("«boom»"));
    assert!(failing(&text));
    let small = minimise(&text, failing);
    assert!(failing(&small));
    assert_eq!(small, "Mr«boom»");
    // A text that does not fail comes back as it was.
    assert_eq!(minimise("fine", failing), "fine");
    // The budget bounds the work.
    let mut calls = 0;
    let _ = minimise_within(
        &text,
        |t| {
            calls += 1;
            failing(t)
        },
        50,
    );
    assert!(calls <= 50, "{calls}");
}
