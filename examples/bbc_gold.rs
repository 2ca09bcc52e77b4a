//! `cargo run --release --example bbc_gold [-- --misses]`: attribution
//! against two readers' hand-made gold for 60 BBC politics articles (see
//! `tests/gold/bbc/README.md`), on the part tuned on (`dev`) and the part
//! nobody tuned on (`held`), beside the readers' agreement with each other,
//! which is the ceiling.
//!
//! `--misses` lists the wrong credits on the tuning parts (`dev`, `dev2`)
//! only: the held part stays unseen. `--classes` gives every part's right
//! and total per credit rule, counts only (held included). `BBC_RULE=RULE` lists that credit rule's
//! hits and misses on the tuning parts. Needs `../shared/data/bbc/politics`.

#[path = "../tests/support/bbc_gold.rs"]
mod bbc_gold;

use bbc_gold::{agreement, identity_report, politics_dir, read_gold, score, Part};

fn main() {
    let Some(dir) = politics_dir() else {
        println!("skipping: ../shared/data/bbc/politics not found");
        return;
    };
    let misses = std::env::args().any(|a| a == "--misses");
    let classes = std::env::args().any(|a| a == "--classes");
    // `BBC_RULE=current-speaker`: that rule's hits and misses on the tuning parts.
    let rule = std::env::var("BBC_RULE").ok();
    let lexicon = centreline::open_lexicon(None).expect("bundled lexicon");
    let (corpus, _) = centreline::open_corpus(&[dir], &lexicon, None).expect("the BBC folder");
    for part in Part::ALL {
        let [ra, rb] = part.readers();
        let (a, b) = (read_gold(part, ra), read_gold(part, rb));
        let (paired, agree) = agreement(&a, &b);
        let (sa, sb) = (score(&corpus, &a), score(&corpus, &b));
        println!(
            "{}: vs reader {ra} {}; vs reader {rb} {}; readers agree {agree}/{paired} = {:.3}",
            part.name(),
            sa.line(),
            sb.line(),
            agree as f64 / paired.max(1) as f64
        );
        if let Some(want) = rule.as_deref().filter(|_| part.tuned()) {
            for (r, right, line) in &sa.lines {
                if r.contains(want) {
                    println!("  {} {line}", if *right { "right" } else { "WRONG" });
                }
            }
        }
        if misses && part.tuned() {
            for m in sa.misses() {
                println!("  {m}");
            }
        }
        // Per credit rule, counts only: the held part's sentences stay unseen.
        if (misses && part.tuned()) || classes {
            for (rule, (right, total)) in &sa.by_rule {
                println!("  {rule:<50} {right:>3}/{total:<3}");
            }
        }
    }
    println!(
        "\nspeaker identity over the folder:\n{}",
        identity_report(&corpus).text()
    );
}
