//! `cargo run --release --example manifesto`: the theme tracker against UK
//! manifesto sentences coded by the Manifesto Project. Sentences coded 301
//! (decentralisation) should read local-leaning (lean > 0) far more often than
//! the others: targets are a recall of at least 0.5 and at least five times
//! the rate of other sentences. Needs `../shared/data/manifesto-uk`.

#[path = "../tests/support/manifesto.rs"]
mod manifesto;

use centreline::analysis::Lexicon;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = manifesto::data_dir() else {
        eprintln!("manifesto: ../shared/data/manifesto-uk not found; nothing to check");
        return ExitCode::SUCCESS;
    };
    let lexicon = match std::env::args_os().nth(1) {
        Some(path) => match Lexicon::load(path.as_ref()) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("manifesto: {e:#}");
                return ExitCode::FAILURE;
            }
        },
        None => Lexicon::bundled(),
    };
    let started = std::time::Instant::now();
    let outcome = match manifesto::run(&dir, &lexicon) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("manifesto: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let secs = started.elapsed().as_secs_f64();
    println!("files: {}", outcome.files);
    println!(
        "301 (decentralisation) sentences read local: {}/{} = recall {:.3} (target >= 0.5)",
        outcome.coded_301_local,
        outcome.coded_301,
        outcome.recall()
    );
    println!(
        "other coded sentences read local: {}/{} = {:.4}",
        outcome.other_local,
        outcome.other,
        outcome.other_rate()
    );
    println!("ratio: {:.1}x (target >= 5x)", outcome.ratio());
    println!(
        "scored {:.1} MB in {:.2}s",
        outcome.bytes as f64 / 1e6,
        secs
    );
    if outcome.recall() >= 0.5 && outcome.ratio() >= 5.0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
