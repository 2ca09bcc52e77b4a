//! Speaker and quote themes on a hand-built corpus (attribution lands on its
//! own branch; these quotes are the real words of the bundled articles).

use centreline::analysis::theme::{fill_themes, JOIN_CHARS};
use centreline::analysis::Lexicon;
use centreline::model::{char_to_byte, Article, Corpus, Paragraph, Quote, QuoteId, Speaker, Theme};

const THORNTON: &[(&str, &str)] = &[
    (
        "004_1c94f41e1d698293",
        "Often if you look at private organisations, they have a relatively simple brief about targets and are left to get on with it. That is what we are asking for.",
    ),
    (
        "004_1c94f41e1d698293",
        "But will local debate be allowed, given that implies differences of opinion, argument and local headlines?",
    ),
    (
        "002_606b5fe05658d27d",
        "We can see the potential benefit of putting in the driving seat of negotiations on the employer side those who actually manage primary healthcare on the ground. This could well be a radical step to overcome the current delays in the negotiations.",
    ),
];

const MILBURN: &[(&str, &str)] = &[
    (
        "000_cfc937d7100a9871",
        "Good human resources management is part and parcel of good general management. That is why, for the first time, human resources in the NHS will be performance-managed as energetically as other objectives and targets.",
    ),
    (
        "000_cfc937d7100a9871",
        "encapsulates the commitment I expect you to make to staff",
    ),
    (
        "001_950c5f3d704ebb9d",
        "As we step in firmly for a minority, we will be able to step back further from the majority.",
    ),
    (
        "001_950c5f3d704ebb9d",
        "We have got a grip on the system and we are in a different period now.",
    ),
    (
        "002_606b5fe05658d27d",
        "The process of negotiation will be helped if the NHS rather than a government department or government ministers speaks for the employers' side of the table,",
    ),
];

fn speaker(id: &str, name: &str) -> Speaker {
    Speaker {
        id: id.into(),
        name: name.into(),
        ..Default::default()
    }
}

fn corpus() -> Corpus {
    let mut quotes = Vec::new();
    let mut add = |who: Option<&str>, article: &str, text: &str| {
        quotes.push(Quote {
            id: QuoteId {
                article: article.into(),
                n: quotes.len(),
            },
            article: article.into(),
            text: text.into(),
            end: text.chars().count(),
            speaker: who.map(Into::into),
            ..Default::default()
        })
    };
    // Interleaved across articles, as attribution would list them.
    add(Some("alan-milburn"), MILBURN[0].0, MILBURN[0].1);
    add(Some("stephen-thornton"), THORNTON[0].0, THORNTON[0].1);
    add(Some("alan-milburn"), MILBURN[1].0, MILBURN[1].1);
    add(
        None,
        "000_cfc937d7100a9871",
        "Do not wait to be told what to do to improve patient care,",
    );
    add(
        Some("neil-mckay"),
        "000_cfc937d7100a9871",
        "Please feel free to get on and do something now.",
    );
    for (a, t) in &MILBURN[2..] {
        add(Some("alan-milburn"), a, t);
    }
    for (a, t) in &THORNTON[1..] {
        add(Some("stephen-thornton"), a, t);
    }
    Corpus {
        version: 1,
        speakers: vec![
            speaker("alan-milburn", "Alan Milburn"),
            speaker("stephen-thornton", "Stephen Thornton"),
            speaker("neil-mckay", "Neil McKay"),
            speaker("brian-edwards", "Brian Edwards"),
        ],
        quotes,
        articles: bundled_articles(),
        ..Default::default()
    }
}

/// The bundled articles' text: the quotes' context (a generic cue such as
/// `step in` counts in a quote from an article about governance).
fn bundled_articles() -> Vec<Article> {
    centreline::corpus::load_bundled()
        .documents
        .into_iter()
        .map(|d| Article {
            id: d.id,
            paragraphs: d
                .paragraphs
                .into_iter()
                .map(|p| Paragraph {
                    text: p.text,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        })
        .collect()
}

fn analysed() -> Corpus {
    let mut c = corpus();
    fill_themes(&mut c, &Lexicon::bundled());
    c
}

#[test]
fn thornton_reads_more_local_than_milburn() {
    let c = analysed();
    let thornton = c.speaker("stephen-thornton").unwrap();
    let milburn = c.speaker("alan-milburn").unwrap();
    eprintln!(
        "Thornton {:+.3}, Milburn {:+.3}",
        thornton.theme.lean, milburn.theme.lean
    );
    assert!(thornton.theme.lean > 0.0, "{:#?}", thornton.theme);
    assert!(milburn.theme.lean < 0.0, "{:#?}", milburn.theme);
    assert!(thornton.theme.lean > milburn.theme.lean);
}

#[test]
fn every_quote_is_scored_from_its_own_text_in_its_article() {
    let c = analysed();
    let lex = Lexicon::bundled();
    for q in &c.quotes {
        let article = c.article(&q.article).unwrap();
        let context = centreline::analysis::theme::article_context(
            &lex,
            article.paragraphs.iter().map(|p| p.text.as_str()),
        );
        assert!(
            context.is_some(),
            "every bundled article is about governance"
        );
        assert_eq!(
            q.theme,
            centreline::analysis::theme::score_in(&lex, &q.text, || context.clone()),
            "{}",
            q.id
        );
    }
    // Milburn's `As we step in firmly for a minority, we will be able to step
    // back further from the majority` names no institution: its cues count
    // because its article is about governance.
    let step = c
        .quotes
        .iter()
        .find(|q| q.text.starts_with("As we step in"))
        .unwrap();
    assert_eq!(step.theme.cues.len(), 2);
    assert!(centreline::analysis::theme::score(&lex, &step.text)
        .cues
        .is_empty());
    let unattributed = c.quotes.iter().find(|q| q.speaker.is_none()).unwrap();
    assert!(
        unattributed.theme.lean > 0.0,
        "told what to do argues local"
    );
}

#[test]
fn a_speaker_theme_is_every_cue_of_their_quotes_across_articles() {
    let c = analysed();
    for s in &c.speakers {
        let theirs: Vec<&Quote> = c.quotes_by(&s.id).collect();
        let cues: usize = theirs.iter().map(|q| q.theme.cues.len()).sum();
        assert_eq!(s.theme.cues.len(), cues, "{}", s.id);
        // Offsets are into their quotes joined by a blank line.
        let joined = theirs
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>()
            .join(&"\n".repeat(JOIN_CHARS));
        for cue in &s.theme.cues {
            let slice = &joined[char_to_byte(&joined, cue.start)..char_to_byte(&joined, cue.end)];
            assert_eq!(slice, cue.text, "{}", s.id);
        }
    }
    let milburn = c.speaker("alan-milburn").unwrap();
    let articles: std::collections::BTreeSet<&str> = c
        .quotes_by("alan-milburn")
        .map(|q| q.article.as_str())
        .collect();
    assert_eq!(articles.len(), 3, "Milburn is quoted in three articles");
    assert!(milburn.theme.cues.len() >= 6);
}

#[test]
fn few_quotes_are_thin_evidence() {
    let c = analysed();
    assert!(
        !c.speaker("stephen-thornton").unwrap().thin_evidence,
        "three quotes, many cues"
    );
    assert!(!c.speaker("alan-milburn").unwrap().thin_evidence);
    let mckay = c.speaker("neil-mckay").unwrap();
    assert!(mckay.thin_evidence, "one quote");
    assert!(mckay.theme.lean > 0.0, "free to ... get on and do");
    let edwards = c.speaker("brian-edwards").unwrap();
    assert!(edwards.thin_evidence);
    assert_eq!(edwards.theme, Theme::default());
}

/// Words reported under a negated cue are what the speaker does *not* hold:
/// their cues argue the other way, in the quote and in the speaker's lean.
#[test]
fn a_negated_quote_argues_the_other_way() {
    let plain = analysed();
    let mut c = corpus();
    let q = c
        .quotes
        .iter_mut()
        .find(|q| q.text.starts_with("But will local debate"))
        .unwrap();
    q.negated = true;
    q.cue = Some("does not ask".into());
    fill_themes(&mut c, &Lexicon::bundled());
    let find = |c: &Corpus| {
        c.quotes
            .iter()
            .find(|q| q.text.starts_with("But will local debate"))
            .unwrap()
            .theme
            .clone()
    };
    let (before, after) = (find(&plain), find(&c));
    assert!(before.lean > 0.0, "{before:#?}");
    assert!(after.lean < 0.0, "{after:#?}");
    assert!(after.cues.iter().all(|h| h
        .rule
        .as_deref()
        .is_some_and(|r| r.starts_with("reversed by the negated cue 'does not ask'"))));
    let lean = |c: &Corpus| c.speaker("stephen-thornton").unwrap().theme.lean;
    assert!(lean(&c) < lean(&plain));
}

/// The same through the whole pipeline, on BBC politics 087 as published:
/// `He did not think Mr Howard intended to centre the debate about race`
/// reverses `centre` (which counts there, in an article about governance).
#[test]
fn a_negated_cue_reverses_its_quotes_cues_in_the_pipeline() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/bbc/politics/087.txt");
    if !file.is_file() {
        eprintln!("skipping: {} not found", file.display());
        return;
    }
    let lexicon = centreline::open_lexicon(None).unwrap();
    let (c, _) = centreline::open_corpus(&[file], &lexicon, None).unwrap();
    let q = c
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Mr Howard intended"))
        .unwrap_or_else(|| panic!("{:#?}", c.quotes));
    assert!(q.negated);
    assert_eq!(q.cue.as_deref(), Some("did not think"));
    assert!(!q.theme.cues.is_empty(), "{:#?}", q.theme);
    for h in &q.theme.cues {
        assert_ne!(h.stance, h.side, "{h:#?}");
    }
}
