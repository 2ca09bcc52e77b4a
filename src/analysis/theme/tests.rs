//! Unit tests for the rules, each on real sentences of the bundled corpus.

use super::*;
use crate::analysis::Lexicon;
use crate::model::Side;

fn lex() -> Lexicon {
    Lexicon::bundled()
}

#[test]
fn placeholder_compiles() {
    let t = score(&lex(), "There has been much talk by health secretary Alan Milburn of decentralisation, Mr Thornton says.");
    assert!(t.lean > 0.0, "{t:#?}");
    assert_eq!(t.cues[0].side, Side::Local);
}
