//! The manifesto checks (see `examples/manifesto.rs` and
//! `tests/support/manifesto.rs` for the sets and the hold-out split).
//! Each skips, saying so, when `../shared` is absent.

mod support {
    pub mod manifesto;
}

use centreline::analysis::Lexicon;
use support::manifesto;

#[test]
fn uk_decentralisation_sentences_read_local() {
    let Some(dir) = manifesto::data_dir() else {
        eprintln!("skip: ../shared/data/manifesto-uk not found");
        return;
    };
    let o = manifesto::run(&dir, &Lexicon::bundled()).unwrap();
    eprintln!("manifesto-uk: {}", o.line());
    assert_eq!(o.files, 15);
    assert!(o.coded_301 >= 700, "expected the 755 sentences coded 301");
    // No worse than before issue 12 (52.3%, 6.8x with lean > 0).
    assert!(o.any_recall() >= 0.52, "recall {:.3}", o.any_recall());
    assert!(o.any_ratio() >= 6.75, "ratio {:.2}", o.any_ratio());
}

/// Issue 12's gauges on manifesto-multi, on both parts of the split: 301
/// reads local (lean > 0.2) in at least 45% of cases at at least 6× the rate
/// of other sentences. (302 reads central in 47% of the tuning part but 38%
/// (6/16) of the untouched part, short of the 40% gauge: not asserted.)
#[test]
fn multi_decentralisation_sentences_read_local_on_both_parts() {
    let Some(file) = manifesto::multi_file() else {
        eprintln!("skip: ../shared/data/manifesto-multi/sentences.csv not found");
        return;
    };
    let (tuning, untouched) = manifesto::run_multi(&file, &Lexicon::bundled()).unwrap();
    for (name, o) in [("tuning", &tuning), ("untouched", &untouched)] {
        eprintln!("manifesto-multi {name}: {}", o.line());
        assert!(o.recall() >= 0.45, "{name} 301 recall {:.3}", o.recall());
        assert!(o.ratio() >= 6.0, "{name} lift {:.1}", o.ratio());
    }
    assert_eq!(tuning.coded_301 + untouched.coded_301, 481);
    assert_eq!(tuning.coded_302 + untouched.coded_302, 33);
}

/// Sport and entertainment pages are not about governance: the share of them
/// with any lean must fall, not rise. Before generic words needed a
/// governance context: sport 24.1% (123/511), entertainment 18.1% (70/386).
/// Sport was looked into while tuning; entertainment never was.
#[test]
fn sport_and_entertainment_pages_seldom_lean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    for (topic, at_most) in [("sport", 0.08), ("entertainment", 0.15)] {
        let dir = root.join(topic);
        if !dir.is_dir() {
            eprintln!("skip: ../shared/data/bbc/{topic} not found");
            continue;
        }
        let (corpus, _) = centreline::open_corpus(&[dir], &Lexicon::bundled(), None).unwrap();
        let n = corpus.articles.len();
        let leaning = corpus
            .articles
            .iter()
            .filter(|a| a.theme.lean != 0.0)
            .count();
        let share = leaning as f64 / n as f64;
        eprintln!("bbc {topic}: {leaning}/{n} = {:.1}% lean", 100.0 * share);
        assert!(share <= at_most, "{topic}: {:.3} of articles lean", share);
    }
}
