//! Issue 12's new vocabulary and context rules, each on a real sentence from
//! the manifesto sets (all from the tuning part of manifesto-multi).

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use centreline::model::Side;

fn lean(text: &str) -> f64 {
    score(&Lexicon::bundled(), text).lean
}

fn facets(text: &str) -> Vec<String> {
    score(&Lexicon::bundled(), text)
        .cues
        .iter()
        .map(|c| c.facet.to_string())
        .collect()
}

#[test]
fn provinces_and_territories_are_local() {
    for s in [
        "In consultation with communities, provinces and territories,",
        "Partnering with the provinces and territories,",
    ] {
        assert!(lean(s) > 0.2, "{s}: {}", lean(s));
    }
    assert!(facets("Partnering with the provinces and territories,")
        .iter()
        .any(|f| f == "federal, devolved and municipal government"));
}

#[test]
fn municipalities_and_the_senedd_are_local() {
    let t = score(
        &Lexicon::bundled(),
        "The roles of municipalities and traditional leaders are duplicated and blurred.",
    );
    assert_eq!(t.cues.len(), 1);
    assert_eq!(t.cues[0].text.as_str(), "municipalities");
    assert_eq!(t.cues[0].side, Side::Local);
    assert!(lean("It denies a say for our Senedd.") > 0.2);
}

#[test]
fn block_grants_are_local_control_of_services() {
    let s = "We will give them a free hand to do so by block-granting the program without strings.";
    assert!(lean(s) > 0.2, "{}", lean(s));
    assert!(facets(s).iter().any(|f| f == "local control of services"));
}

#[test]
fn government_as_a_party_in_office_is_not_the_centre() {
    // Was read -1 (central) on the bare word `government`.
    let s = "In government, Labour rolled out regional Action Plans for Jobs to support job creation in every region.";
    let t = score(&Lexicon::bundled(), s);
    assert!(t.cues.iter().all(|c| c.side == Side::Local), "{:?}", t.cues);
    assert!(t.lean > 0.2);
    // The centre is still the centre when it is named as such.
    assert!(lean("Britain is one of the most centralised countries in Europe.") < -0.2);
}

#[test]
fn regional_development_is_local() {
    let s = "Removing impediments to regional living is another essential part of the equation for getting more people into regional areas.";
    assert!(lean(s) > 0.2, "{}", lean(s));
}

#[test]
fn evidence_counts_cues_and_weight_and_shrinks_thin_leans() {
    let lex = Lexicon::bundled();
    // One cue: lean +1, but shrunk to a third.
    let one = score(&lex, "It denies a say for our Senedd.");
    assert_eq!(one.evidence.cues, 1);
    assert!((one.evidence.weight - 1.0).abs() < 1e-9);
    assert!((one.lean - 1.0).abs() < 1e-9);
    assert!((one.evidence.lean_shrunk - 1.0 / 3.0).abs() < 1e-9);
    // Many cues: the shrunk lean comes close to the lean.
    let many = score(
        &lex,
        "Decentralisation, devolution and local autonomy: councils, municipalities and \
         provincial governments with more power to decide, local control and local democracy.",
    );
    assert_eq!(many.evidence.cues, many.cues.len());
    let w: f64 = many.cues.iter().map(|c| c.weight).sum();
    assert!((many.evidence.weight - w).abs() < 1e-9);
    assert!(many.evidence.lean_shrunk > 0.8 && many.evidence.lean_shrunk <= many.lean);
    // No cue, no evidence.
    let none = score(&lex, "The match ended in a draw.");
    assert_eq!(none.evidence, Default::default());
}

#[test]
fn aggregate_evidence_adds_up_to_its_parts() {
    let corpus = centreline::open_corpus(&[], &Lexicon::bundled(), None)
        .unwrap()
        .0;
    for a in &corpus.articles {
        let cues: usize = a.paragraphs.iter().map(|p| p.theme.evidence.cues).sum();
        let weight: f64 = a.paragraphs.iter().map(|p| p.theme.evidence.weight).sum();
        assert_eq!(a.theme.evidence.cues, cues, "{}", a.id);
        assert!((a.theme.evidence.weight - weight).abs() < 1e-9, "{}", a.id);
        let (central, local): (f64, f64) = a
            .theme
            .cues
            .iter()
            .map(|c| match c.side {
                Side::Central => (c.weight, 0.0),
                Side::Local => (0.0, c.weight),
            })
            .fold((0.0, 0.0), |x, y| (x.0 + y.0, x.1 + y.1));
        assert!((a.theme.central - central).abs() < 1e-9);
        assert!((a.theme.local - local).abs() < 1e-9);
    }
}
