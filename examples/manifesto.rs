//! `cargo run --release --example manifesto [-- LEXICON] [--misses] [--bbc]`:
//! the theme tracker against manifesto sentences coded by the Manifesto
//! Project (see `tests/support/manifesto.rs` for the sets and the split).
//!
//! Gauges (issue 12): on manifesto-multi, 301 sentences read local
//! (lean > 0.2) in at least 45% of cases at at least 6× the rate of other
//! sentences, and 302 sentences read central (lean < -0.2) in at least 40%;
//! on manifesto-uk no worse than before (52%, 6.8× with lean > 0).
//!
//! `--misses` prints the **tuning** part's misses (never the untouched
//! part's): 301 sentences not read local, 302 not read central, and other
//! sentences read local. `--bbc` adds the share of BBC sport and entertainment
//! articles with any lean (they are not about governance).
//!
//! Needs `../shared/data/manifesto-uk` and `../shared/data/manifesto-multi`.

#[path = "../tests/support/manifesto.rs"]
mod manifesto;

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use manifesto::{Part, CENTRALISATION, DECENTRALISATION, READS};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let bbc = args.iter().any(|a| a == "--bbc");
    let lexicon = match args.iter().find(|a| !a.starts_with("--")) {
        Some(path) => match Lexicon::load(path.as_ref()) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("manifesto: {e:#}");
                return ExitCode::FAILURE;
            }
        },
        None => Lexicon::bundled(),
    };
    let mut ok = true;
    match manifesto::data_dir() {
        None => eprintln!("skip: ../shared/data/manifesto-uk not found"),
        Some(dir) => match manifesto::run(&dir, &lexicon) {
            Ok(o) => {
                println!("manifesto-uk ({} files): {}", o.files, o.line());
                ok &= o.any_recall() >= 0.52 && o.any_ratio() >= 6.8;
            }
            Err(e) => {
                eprintln!("manifesto: {e:#}");
                return ExitCode::FAILURE;
            }
        },
    }
    match manifesto::multi_file() {
        None => eprintln!("skip: ../shared/data/manifesto-multi/sentences.csv not found"),
        Some(file) => match manifesto::run_multi(&file, &lexicon) {
            Ok((tuning, untouched)) => {
                println!("manifesto-multi tuning: {}", tuning.line());
                println!("manifesto-multi untouched: {}", untouched.line());
                for o in [&tuning, &untouched] {
                    ok &= o.recall() >= 0.45 && o.ratio() >= 6.0 && o.central_recall() >= 0.4;
                }
                if misses {
                    print_misses(&file, &lexicon);
                }
            }
            Err(e) => {
                eprintln!("manifesto: {e:#}");
                return ExitCode::FAILURE;
            }
        },
    }
    if bbc {
        print_bbc(&lexicon, misses);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The tuning part's misses, with the cues that fired.
/// Then the UK set's (used in development since the tracker's first round),
/// marked `UK`.
fn print_misses(file: &Path, lexicon: &Lexicon) {
    let Ok(sentences) = manifesto::sentences(file) else {
        return;
    };
    let multi = sentences
        .into_iter()
        .filter(|(text, _)| manifesto::part_of(text) == Part::Tuning)
        .map(|(text, code)| (text, code, ""));
    let mut uk = Vec::new();
    if let Some(dir) = manifesto::data_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "csv"))
            .filter(|p| p.file_name().is_some_and(|n| n != "manifesto_codes.csv"))
            .collect();
        files.sort();
        for f in files {
            uk.extend(manifesto::sentences(&f).unwrap_or_default());
        }
    }
    let uk = uk.into_iter().map(|(text, code)| (text, code, "UK"));
    for (text, code, set) in multi.chain(uk) {
        let t = score(lexicon, text.as_str());
        let kind = if code == DECENTRALISATION && t.lean <= READS {
            "MISS301"
        } else if code == CENTRALISATION && t.lean >= -READS {
            "MISS302"
        } else if code != DECENTRALISATION && t.lean > READS {
            "FALSE_LOCAL"
        } else {
            continue;
        };
        let cues: Vec<String> = t
            .cues
            .iter()
            .map(|c| format!("{}({:?}>{:?} {})", c.text, c.side, c.stance, c.weight))
            .collect();
        println!(
            "{kind}{set}\t{code}\t{:+.2}\t{}\t{}",
            t.lean,
            cues.join(", "),
            text
        );
    }
}

/// Share of BBC sport and entertainment articles with any lean, per folder.
/// Sport is the tuning folder: with `--misses` the cues firing there are
/// tallied. Entertainment is never looked into, only counted.
fn print_bbc(lexicon: &Lexicon, misses: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    for topic in ["sport", "entertainment"] {
        let path: PathBuf = root.join(topic);
        if !path.is_dir() {
            eprintln!("skip: ../shared/data/bbc/{topic} not found");
            return;
        }
        let corpus = match centreline::open_corpus(&[path], lexicon, None) {
            Ok((c, _)) => c,
            Err(e) => {
                eprintln!("manifesto: {e:#}");
                return;
            }
        };
        let n = corpus.articles.len();
        let any = corpus
            .articles
            .iter()
            .filter(|a| a.theme.lean != 0.0)
            .count();
        let cues = corpus
            .articles
            .iter()
            .filter(|a| !a.theme.cues.is_empty())
            .count();
        let over = corpus
            .articles
            .iter()
            .filter(|a| a.theme.lean.abs() > READS)
            .count();
        let part = if topic == "sport" {
            "tuning"
        } else {
            "untouched"
        };
        println!(
            "bbc {topic} ({part}): {n} articles; any lean {any} = {:.1}%; |lean| > {READS} {over} = {:.1}%; any cue {cues} = {:.1}%",
            100.0 * any as f64 / n.max(1) as f64,
            100.0 * over as f64 / n.max(1) as f64,
            100.0 * cues as f64 / n.max(1) as f64,
        );
        if misses && topic == "sport" {
            let mut tally: std::collections::BTreeMap<String, usize> = Default::default();
            for c in corpus.articles.iter().flat_map(|a| &a.theme.cues) {
                *tally.entry(c.text.to_lowercase()).or_default() += 1;
            }
            let mut tally: Vec<_> = tally.into_iter().collect();
            tally.sort_by_key(|t| std::cmp::Reverse(t.1));
            for (cue, k) in tally.iter().take(40) {
                println!("SPORT_CUE\t{k}\t{cue}");
            }
        }
    }
}
