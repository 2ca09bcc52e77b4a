use centreline::analysis::{analyse, Lexicon};
use centreline::corpus::load::{assign_ids, document_from_text};
use centreline::corpus::Meta;
use std::time::Instant;
fn main() {
    let shapes = [
        "'unclosed quote with no end ",
        "“nested ‘quotes “within’ quotes ",
        "Brian Edwards Nigel Edwards Mr Edwards Professor Edwards ",
        "'Trusts must decide,' he said. ",
        "Mr Milburn said: 'Targets. ",
        "a\u{301}\u{302} مرحبا ",
        "The centre told local managers what to do. ",
    ];
    for unit in shapes {
        for n in [25_000usize, 50_000, 100_000] {
            let text = unit.repeat(n / unit.len() + 1);
            let mut docs = vec![document_from_text("x.txt", &text, Meta::default())];
            assign_ids(&mut docs);
            let t = Instant::now();
            let c = analyse(docs, &Lexicon::bundled());
            println!(
                "{unit:?} {n}: {:?} quotes={} speakers={}",
                t.elapsed(),
                c.quotes.len(),
                c.speakers.len()
            );
        }
    }
}
