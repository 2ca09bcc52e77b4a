//! Unit tests for the rules, each on real sentences of the bundled corpus.

use super::*;
use crate::analysis::Lexicon;
use crate::model::{char_to_byte, Side};

fn lex() -> Lexicon {
    Lexicon::bundled()
}

fn cue<'a>(t: &'a Theme, text: &str) -> &'a CueHit {
    t.cues
        .iter()
        .find(|c| c.text.eq_ignore_ascii_case(text))
        .unwrap_or_else(|| panic!("no cue '{text}' in {:#?}", t.cues))
}

fn texts(t: &Theme) -> Vec<&str> {
    t.cues.iter().map(|c| c.text.as_str()).collect()
}

#[test]
fn pejorative_cues_are_about_the_centre_and_argue_local() {
    let t = score(
        &lex(),
        "NEWS FOCUS: Micro-management of the NHS will continue at the government's peril, reports Ann McGauran",
    );
    let c = cue(&t, "Micro-management");
    assert_eq!((c.side, c.stance), (Side::Central, Side::Local));
    assert_eq!(
        c.rule.as_deref(),
        Some("pejorative: about the centre, argues local")
    );
    assert_eq!(c.facet, "leadership and management freedom");
    assert!(t.lean > 0.0, "{t:#?}");
}

#[test]
fn a_reverser_leaves_a_pejorative_stance_as_it_is() {
    let t = score(&lex(), "An end to micro-management might help, he says.");
    let c = cue(&t, "micro-management");
    assert_eq!(c.stance, Side::Local);
    assert_eq!(
        c.rule.as_deref(),
        Some("pejorative; 'an end to' keeps its stance")
    );
    assert_eq!(t.lean, 1.0);
}

#[test]
fn a_reverser_turns_a_neutral_cue_to_the_other_side() {
    let t = score(
        &lex(),
        "The confederation is also adamant that there needs to be less emphasis on 'simple, straightline' performance targets.",
    );
    let c = cue(&t, "performance targets");
    assert_eq!((c.side, c.stance), (Side::Central, Side::Local));
    assert_eq!(c.rule.as_deref(), Some("reversed by 'less emphasis on'"));
    assert_eq!(t.lean, 1.0);
    // Without the reverser the same cue argues central.
    let plain = score(&lex(), "'simple, straightline' performance targets.");
    assert_eq!(cue(&plain, "performance targets").stance, Side::Central);
}

#[test]
fn a_reverser_after_the_cue_reaches_back() {
    let t = score(
        &lex(),
        "He promised to 'get regional office off the back' of those who did well.",
    );
    let c = cue(&t, "regional office");
    assert_eq!(c.stance, Side::Local);
    assert_eq!(c.rule.as_deref(), Some("reversed by 'off the back'"));
}

#[test]
fn without_reaches_coordinated_cues_and_stops_at_the_first_other() {
    let t = score(
        &lex(),
        "they could get earmarked resources 'as of right without needing to bid or get regional office approval'.",
    );
    assert_eq!(cue(&t, "needing to bid").stance, Side::Local);
    assert_eq!(cue(&t, "regional office approval").stance, Side::Local);
    assert_eq!(cue(&t, "earmarked").stance, Side::Central);

    let t = score(
        &lex(),
        "Health service managers will win the freedom to run their organisations without political interference under the NHS national plan, health secretary Alan Milburn has pledged.",
    );
    let pi = cue(&t, "political interference");
    assert_eq!(pi.stance, Side::Local);
    assert_eq!(
        pi.rule.as_deref(),
        Some("pejorative; 'without' keeps its stance")
    );
    let plan = cue(&t, "national plan");
    assert_eq!((plan.stance, plan.rule.as_deref()), (Side::Central, None));
}

#[test]
fn a_reverser_does_not_cross_a_clause_or_a_new_phrase() {
    let t = score(
        &lex(),
        "They want both an end to the nationalised industry and to encourage local diversity of approach.  But they are wrong.",
    );
    assert_eq!(cue(&t, "nationalised industry").stance, Side::Local);
    let d = cue(&t, "local diversity");
    assert_eq!((d.stance, d.rule.as_deref()), (Side::Local, None));
}

#[test]
fn cannot_reverses_before_and_after() {
    let t = score(
        &lex(),
        "'The secretary of state may be choosing to delegate the conduct of negotiations, but clearly, he cannot delegate his responsibility for the funding of the service.'",
    );
    let delegates: Vec<&CueHit> = t.cues.iter().filter(|c| c.text == "delegate").collect();
    assert_eq!(delegates.len(), 2);
    assert_eq!(delegates[0].stance, Side::Local);
    assert_eq!(delegates[1].stance, Side::Central);
    // `delegate` has everyday senses (a conference's delegates): it counts
    // here because the sentence is about governance.
    assert_eq!(
        delegates[1].rule.as_deref(),
        Some("reversed by 'cannot'; generic: counts beside 'funding'")
    );

    let t = score(
        &lex(),
        "'The health secretary cannot deliver the plan, I cannot do it, regional offices cannot do it. Only 'you can deliver it, 'he concluded.",
    );
    assert_eq!(cue(&t, "regional offices").stance, Side::Local);
}

#[test]
fn centre_in_a_name_or_an_idiom_is_not_the_centre() {
    for text in [
        "Dr Jonathan Shapiro of Birmingham University's health services management centre said: 'The risk is, who would want to work in a 'red' organisation?'",
        "This simple reality puts staff experience of their employment pretty much front and centre for any possible future of the NHS.",
        "or whether much of that work can be taken on GP specialists and stand-alone diagnostic and surgical centres.",
    ] {
        let t = score(&lex(), text);
        assert!(t.cues.is_empty(), "{text}: {:?}", texts(&t));
    }
    let t = score(
        &lex(),
        "That was the message delivered by the centre to NHS managers attending the Institute of Healthcare Management's annual conference in Harrogate last week.",
    );
    assert_eq!(cue(&t, "centre").side, Side::Central);
}

#[test]
fn national_in_an_election_or_the_nhs_name_is_not_central_control() {
    let t = score(
        &lex(),
        "In the coming months, a national general election will be fought out – with most of the public putting the NHS as their first or second most important issue.",
    );
    assert!(t.cues.is_empty(), "{:?}", texts(&t));
    let name = "The N in the NHS really matters to the public as well, so they expect it to be a national system.";
    assert!(score(&lex(), name).cues.is_empty());
    // The same words without the context are a cue.
    let plain = score(&lex(), "so they expect it to be a national system.");
    assert_eq!(cue(&plain, "national system").side, Side::Central);
}

#[test]
fn local_headlines_weigh_less_than_local_debate() {
    let t = score(
        &lex(),
        "'But will local debate be allowed, given that implies differences of opinion, argument and local headlines?'",
    );
    let headlines = cue(&t, "local headlines");
    assert!(headlines.weight < cue(&t, "local debate").weight);
    assert!(headlines
        .rule
        .as_deref()
        .unwrap()
        .contains("weaker than 'local managers'"));
    assert!(score(&lex(), "The national plan to be revealed later this month will give local managers more freedom").local
        > score(&lex(), "argument and local headlines").local);
}

#[test]
fn localist_pejoratives_argue_central() {
    let t = score(
        &lex(),
        "He said it would be 'mad' for the centre to try and run everything - but equally 'mad' for 400 trusts to try and reinvent the wheel on every issue.",
    );
    let wheel = cue(&t, "reinvent the wheel");
    assert_eq!((wheel.side, wheel.stance), (Side::Local, Side::Central));
    assert!(t.central > 0.0 && t.local > 0.0);
}

#[test]
fn inflections_and_hyphens_are_matched() {
    let t = score(
        &lex(),
        "That is why, for the first time, human resources in the NHS will be performance-managed as energetically as other objectives and targets.",
    );
    assert_eq!(texts(&t), ["performance-managed", "targets"]);
    assert_eq!(t.lean, -1.0);
    let t = score(
        &lex(),
        "He believes the 'jury's out' on whether the structures we are going to have when new legislation is implemented could be used in a decentralised or centralised manner.",
    );
    assert_eq!(cue(&t, "decentralised").side, Side::Local);
    assert_eq!(cue(&t, "centralised").side, Side::Central);
    assert!(!score(&lex(), "performance management").cues.is_empty());
    assert!(!score(&lex(), "PERFORMANCE MANAGE").cues.is_empty());
    assert!(!score(&lex(), "decentralization").cues.is_empty());
}

#[test]
fn both_sides_are_seen_in_a_tension() {
    let t = score(
        &lex(),
        "But NHS human resources director Hugh Taylor acknowledged there were 'tensions'between central and local control.",
    );
    assert!(t.central > 0.0 && t.local > 0.0, "{:?}", texts(&t));
}

#[test]
fn cues_match_whole_words_only() {
    // "no" in "now", "centre" in "centres", "local" in "locality".
    let t = score(&lex(), "start now; the centres of the locality");
    assert!(t.cues.is_empty(), "{:?}", texts(&t));
}

#[test]
fn offsets_are_characters_into_the_scored_text() {
    let text = "1 – Staff that enjoy their work and central guidance that engages and develops a senior local NHS leadership to feel supported and empowered.";
    let t = score(&lex(), text);
    assert_eq!(
        texts(&t),
        ["central guidance", "local NHS leadership", "empowered"]
    );
    for c in &t.cues {
        let slice = &text[char_to_byte(text, c.start)..char_to_byte(text, c.end)];
        assert_eq!(slice, c.text);
    }
}

#[test]
fn line_breaks_inside_a_phrase_still_match() {
    let t = score(&lex(), "less emphasis on\nperformance\ttargets");
    assert_eq!(cue(&t, "performance\ttargets").stance, Side::Local);
}

#[test]
fn lean_is_the_stance_weights_of_the_cues() {
    let corpus = crate::open_corpus(&[], &lex(), None).unwrap().0;
    let mut fired = 0;
    for p in corpus.articles.iter().flat_map(|a| &a.paragraphs) {
        let again = theme_from_cues(p.theme.cues.clone());
        assert_eq!(again, p.theme);
        fired += p.theme.cues.len();
    }
    assert!(fired > 100, "only {fired} cues in the bundled corpus");
}

#[test]
fn nothing_fired_is_zero_lean() {
    let t = score(
        &lex(),
        "The British Medical Association welcomed the announcement.",
    );
    assert_eq!((t.central, t.local, t.lean), (0.0, 0.0, 0.0));
}
