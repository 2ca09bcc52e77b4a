//! PolNeAR harness: how well attribution finds quotations and reported speech,
//! and credits them to the right speaker, in annotated US election news
//! nobody on the team wrote.
//!
//! Run with `cargo run --release --example polnear`. Reads
//! `../shared/data/polnear-dev` next to the repo and skips with a message
//! when it is absent. The gold, the figures and the split are described in
//! `tests/support/polnear.rs`, which `tests/attribution_polnear.rs` shares.
//!
//! Every figure is given for the tune part, the held part and all articles.
//! `POLNEAR_VERBOSE=1` lists the misses of the **tune part only**: the held
//! part's misses are never printed, so that whoever tunes against this list
//! leaves the held part unseen and its figures stay an honest check. A gap
//! that opens between tune and held is a sign of fitting the articles
//! rather than the language.
//!
//! Figures:
//! - direct recall: gold direct Contents found by a predicted direct or
//!   partial quote (and, below it, how many of those as direct);
//! - direct precision, partial precision: predicted direct (partial) quotes
//!   that lie inside a quoted Content;
//! - direct named source: found direct Contents whose Source names someone,
//!   credited to a speaker sharing a name word with it;
//! - indirect recall: gold Contents with no quote mark that some predicted
//!   quote, of any kind, holds more than half the words of;
//! - indirect named source: the named-source test on those;
//! - indirect precision: predicted indirect quotes that lie inside any
//!   Content.

#[path = "../tests/support/polnear.rs"]
mod polnear;

use polnear::{evaluate, polnear_dir, Part, Ratio};

fn main() {
    let Some(root) = polnear_dir() else {
        println!(
            "skipping: ../shared/data/polnear-dev not found (PolNeAR dev split lives in ../shared)"
        );
        return;
    };
    let verbose = std::env::var_os("POLNEAR_VERBOSE").is_some();
    let report = evaluate(&root);
    let all = report.all();
    println!(
        "PolNeAR dev: {} articles ({} KB), analysed in {:.1?}",
        all.articles,
        report.bytes / 1024,
        report.elapsed
    );
    println!(
        "parts by FNV-1a of the file name, even → tune: tune {} articles (misses listed with POLNEAR_VERBOSE=1), held {} (never listed)",
        report.tune.articles, report.held.articles
    );
    let cell = |r: Ratio| format!("{:.3} ({}/{})", r.value(), r.hit, r.of);
    let (tune, held) = (report.tune.figures(), report.held.figures());
    for ((&(label, t), &(_, h)), &(_, a)) in tune.iter().zip(&held).zip(&all.figures()) {
        println!(
            "{label:<22} {} {:<20} {} {:<20} all {}",
            Part::Tune.name(),
            cell(t),
            Part::Held.name(),
            cell(h),
            cell(a)
        );
    }
    if verbose {
        println!(
            "misses on the tune part ({}; the held part is not listed):",
            report.tune_misses.len()
        );
        for m in &report.tune_misses {
            println!("  {m}");
        }
    }
}
