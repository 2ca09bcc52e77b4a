//! The manifesto check (see `examples/manifesto.rs`): UK manifesto sentences
//! coded 301 (decentralisation) must read local-leaning in at least half of
//! cases and at least five times as often as other sentences. Skips when
//! `../shared` is absent.

mod support {
    pub mod manifesto;
}

use centreline::analysis::Lexicon;
use support::manifesto;

#[test]
fn decentralisation_sentences_read_local() {
    let Some(dir) = manifesto::data_dir() else {
        eprintln!("../shared/data/manifesto-uk not found; skipped");
        return;
    };
    let o = manifesto::run(&dir, &Lexicon::bundled()).unwrap();
    eprintln!(
        "files {}, 301 recall {}/{} = {:.3}, others {}/{} = {:.4}, ratio {:.1}x",
        o.files,
        o.coded_301_local,
        o.coded_301,
        o.recall(),
        o.other_local,
        o.other,
        o.other_rate(),
        o.ratio()
    );
    assert_eq!(o.files, 15);
    assert!(o.coded_301 >= 700, "expected the 755 sentences coded 301");
    assert!(o.recall() >= 0.5, "recall {:.3}", o.recall());
    assert!(o.ratio() >= 5.0, "ratio {:.1}", o.ratio());
}
