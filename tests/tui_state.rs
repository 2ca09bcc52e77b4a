//! State transitions: key sequences in, state out (fixture corpus with
//! hand-placed speakers, quotes and theme cues).

mod tui_support;

use centreline::tui::app::{App, Overlay, Screen};
use centreline::tui::keymap::Context;
use centreline::tui::layout::Focus;
use centreline::tui::Action;
use tui_support::*;

#[test]
fn f_thorn_enter_opens_thorntons_quote_and_n_cycles_his_quotes() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "f thorn");
    assert_eq!(app.context(), Context::Finder);
    press(&mut app, "Enter");
    assert!(app.overlay.is_none());
    assert_eq!(app.focus, Focus::Reader);
    let thornton = speaker_index(&app, "stephen-thornton");
    let jump = app.jump.clone().expect("a jump list");
    assert_eq!(jump.speaker, thornton);
    assert_eq!(jump.quotes.len(), 2);
    assert_eq!(app.reader.article, article_index(&app, "004"));
    let d = app.data.as_ref().unwrap();
    let q = &d.corpus.quotes[app.reader.quote.unwrap()];
    assert_eq!(q.speaker.as_deref(), Some("stephen-thornton"));
    assert!(q.text.starts_with("But will local debate be allowed"));
    assert_eq!(app.reader.cursor, q.paragraph);
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Stephen Thornton's quotes 1/2"), "{screen}");
    assert!(screen.contains("'But will local debate be"), "{screen}");
    press(&mut app, "n");
    assert_eq!(app.jump.as_ref().unwrap().pos, 1);
    let q2 = app.reader.quote.unwrap();
    assert!(app.data.as_ref().unwrap().corpus.quotes[q2]
        .text
        .contains("jury's out"));
    press(&mut app, "n");
    assert_eq!(app.jump.as_ref().unwrap().pos, 0, "n wraps round");
    press(&mut app, "N");
    assert_eq!(app.jump.as_ref().unwrap().pos, 1);
    press(&mut app, "Esc");
    assert!(app.jump.is_none(), "Esc in the reader drops the jump list");
}

#[test]
fn esc_cancels_the_finder_and_backspace_edits_the_query() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "f mil Backspace Backspace");
    match &app.overlay {
        Some(Overlay::Finder(f)) => assert_eq!(f.query, "m"),
        other => panic!("finder expected, got {other:?}"),
    }
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
    assert_eq!(app.focus, Focus::Articles);
    assert!(app.jump.is_none());
}

#[test]
fn tab_and_shift_tab_reach_every_pane_at_every_width() {
    for width in [140, 80, 40] {
        let mut app = fixture_app(width, 30);
        let mut seen = vec![app.focus];
        for _ in 0..4 {
            press(&mut app, "Tab");
            seen.push(app.focus);
        }
        assert_eq!(
            seen,
            [
                Focus::Articles,
                Focus::Reader,
                Focus::Speakers,
                Focus::Tracker,
                Focus::Articles
            ]
        );
        press(&mut app, "Shift-Tab");
        assert_eq!(app.focus, Focus::Tracker);
        // The focused pane is drawn with its marker at every width.
        let screen = render(&app, width, 30);
        assert!(
            screen.contains("▶ Central ◀ ▶ Local"),
            "width {width}:\n{screen}"
        );
    }
}

#[test]
fn articles_move_sort_and_open() {
    let mut app = fixture_app(140, 40);
    let d = app.data.as_ref().unwrap();
    let dates: Vec<_> = app
        .articles
        .order
        .iter()
        .map(|&a| d.corpus.articles[a].date)
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "by date at first");
    press(&mut app, "j j");
    assert_eq!(app.articles.sel, 2);
    press(&mut app, "G");
    assert_eq!(app.articles.sel, 4);
    press(&mut app, "g");
    assert_eq!(app.articles.sel, 0);
    press(&mut app, "s");
    let d = app.data.as_ref().unwrap();
    let titles: Vec<String> = app
        .articles
        .order
        .iter()
        .map(|&a| d.corpus.articles[a].title.to_lowercase())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted, "s sorts by title");
    press(&mut app, "s");
    let d = app.data.as_ref().unwrap();
    let leans: Vec<f64> = app
        .articles
        .order
        .iter()
        .map(|&a| d.corpus.articles[a].theme.lean)
        .collect();
    assert!(
        leans.windows(2).all(|w| w[0] <= w[1]),
        "then by lean: {leans:?}"
    );
    press(&mut app, "s j Enter");
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.article, app.articles.order[1]);
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn reader_scrolls_pages_and_steps_through_quotes() {
    let mut app = fixture_app(140, 40);
    let a = article_index(&app, "002");
    app.open_article(a);
    press(&mut app, "j j j");
    assert_eq!(app.reader.scroll, 3);
    press(&mut app, "ctrl-d");
    assert!(app.reader.scroll > 3);
    press(&mut app, "PgDn G");
    let bottom = app.reader.scroll;
    assert!(bottom > 0);
    assert_eq!(
        app.reader.cursor,
        app.data.as_ref().unwrap().corpus.articles[a]
            .paragraphs
            .len()
            - 1
    );
    press(&mut app, "j");
    assert_eq!(app.reader.scroll, bottom, "no scrolling past the end");
    press(&mut app, "g");
    assert_eq!((app.reader.scroll, app.reader.cursor), (0, 0));
    press(&mut app, "]");
    let d = app.data.as_ref().unwrap();
    let first = app.reader.quote.expect("a quote");
    assert!(d.corpus.quotes[first]
        .text
        .starts_with("The process of negotiation"));
    assert_eq!(app.reader.cursor, d.corpus.quotes[first].paragraph);
    // The status says who said it, and how (issue 13: see who said it).
    let speaker = d.corpus.quotes[first].speaker.clone().expect("credited");
    let who = d.corpus.speaker(&speaker).unwrap();
    let (name, role) = (who.name.clone(), who.roles[0].clone());
    let status = app.status.clone().unwrap_or_default();
    // Speaker and role, kind, cue and the rule that credited it.
    assert!(
        status.starts_with(&format!("{name}, {role} · ")),
        "{status}"
    );
    assert!(status.contains("direct quote"), "{status}");
    let rule = d.corpus.quotes[first].rule.to_string();
    assert!(
        !rule.is_empty() && status.contains(&format!(" · {rule}")),
        "{status}"
    );
    // The current quote is reversed, not underlined like a cue's tint.
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(140, 40)).unwrap();
    t.draw(|f| centreline::tui::draw(f, &app)).unwrap();
    let buf = t.backend().buffer();
    let reversed_rows: Vec<String> = (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| &buf[(x, y)])
                .filter(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
                .map(|c| c.symbol())
                .collect()
        })
        .collect();
    assert!(
        reversed_rows.iter().any(|r| r.contains("The process of")),
        "the current quote is drawn reversed: {reversed_rows:?}"
    );
    press(&mut app, "]");
    let d = app.data.as_ref().unwrap();
    let second = app.reader.quote.unwrap();
    assert!(d.corpus.quotes[second]
        .text
        .starts_with("reform in the NHS"));
    press(&mut app, "]");
    assert_eq!(app.reader.quote, Some(second), "stays on the last quote");
    assert!(app
        .status
        .as_deref()
        .unwrap_or("")
        .contains("No more quotes"));
    press(&mut app, "[");
    assert_eq!(app.reader.quote, Some(first));
}

#[test]
fn search_highlights_matches_and_n_moves_between_them() {
    let mut app = fixture_app(140, 40);
    let a = article_index(&app, "003");
    app.open_article(a);
    press(&mut app, "/");
    assert_eq!(app.context(), Context::Search);
    type_text(&mut app, "local");
    let s = app.search.clone().unwrap();
    assert_eq!(s.query, "local");
    let text = &app.data.as_ref().unwrap().corpus.articles[a];
    let expected: usize = text
        .paragraphs
        .iter()
        .map(|p| p.text.to_lowercase().matches("local").count())
        .sum();
    assert_eq!(s.matches.len(), expected);
    assert!(expected > 3);
    press(&mut app, "Enter");
    assert!(app.overlay.is_none());
    let first_para = app.reader.cursor;
    assert_eq!(first_para, s.matches[0].0);
    press(&mut app, "n");
    assert_eq!(app.search.as_ref().unwrap().current, 1);
    press(&mut app, "N N");
    assert_eq!(
        app.search.as_ref().unwrap().current,
        expected - 1,
        "N wraps to the last"
    );
    let screen = render(&app, 140, 40);
    assert!(screen.contains("/local"), "{screen}");
    press(&mut app, "Esc");
    assert!(app.search.is_none());
    // Esc while typing restores where the reader was.
    press(&mut app, "j j");
    let before = app.reader;
    press(&mut app, "/");
    type_text(&mut app, "employer");
    press(&mut app, "Esc");
    assert_eq!(app.reader, before);
    assert!(app.search.is_none());
}

#[test]
fn explain_opens_for_the_current_paragraph() {
    let mut app = fixture_app(140, 40);
    let a = article_index(&app, "004");
    app.open_article(a);
    // The paragraph with "decentralisation" has a local-leaning cue.
    let p = app.data.as_ref().unwrap().corpus.articles[a]
        .paragraphs
        .iter()
        .position(|p| p.text.contains("decentralisation"))
        .unwrap();
    for _ in 0..200 {
        if app.reader.cursor >= p {
            break;
        }
        press(&mut app, "j");
    }
    assert_eq!(app.reader.cursor, p);
    press(&mut app, "e");
    assert_eq!(app.context(), Context::Explain);
    let screen = render(&app, 140, 40);
    assert!(screen.contains("“decentralisation”"), "{screen}");
    assert!(screen.contains("local    local"), "{screen}");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
}

/// `e` in Articles, Speakers and the Tracker explains the selected
/// article's or speaker's lean from the model's explanation: every cue
/// totalled, with its share.
#[test]
fn explain_opens_for_an_article_and_a_speaker() {
    let corpus = centreline::tui::testing::bundled_corpus();
    let mut app = App::with_corpus(corpus, 140, 40);
    let d = app.data.as_ref().unwrap();
    let a = app.articles.order[app.articles.sel];
    let article = d.corpus.articles[a].clone();
    press(&mut app, "e");
    assert_eq!(app.context(), Context::Explain);
    let screen = render(&app, 140, 40);
    assert!(screen.contains("why this article leans"), "{screen}");
    assert!(
        screen.contains(&format!("Article: {}", article.title)),
        "{screen}"
    );
    let top = &article.theme.explanation[0];
    assert!(screen.contains(&format!("“{}”", top.text)), "{screen}");
    assert!(screen.contains("the shares below add up to it"), "{screen}");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
    // Speakers: the selected speaker.
    press(&mut app, "Tab Tab");
    let s = app.speakers.order[app.speakers.sel];
    let name = app.data.as_ref().unwrap().corpus.speakers[s].name.clone();
    press(&mut app, "e");
    let screen = render(&app, 140, 40);
    assert!(screen.contains("why this speaker leans"), "{screen}");
    assert!(screen.contains(&format!("Speaker: {name}")), "{screen}");
    press(&mut app, "Esc");
    // Tracker: the selected article by date (not the Articles selection).
    press(&mut app, "Tab j e");
    let d = app.data.as_ref().unwrap();
    let by_date = d.by_date[app.tracker.article_sel];
    assert_ne!(by_date, app.articles.order[app.articles.sel]);
    let title = d.corpus.articles[by_date].title.clone();
    let screen = render(&app, 140, 40);
    assert!(screen.contains("why this article leans"), "{screen}");
    assert!(screen.contains(&format!("Article: {title}")), "{screen}");
}

#[test]
fn t_toggles_cue_tints_and_question_mark_opens_help() {
    let mut app = fixture_app(140, 40);
    assert!(app.show_cues);
    press(&mut app, "t");
    assert!(!app.show_cues);
    press(&mut app, "t ?");
    assert!(app.show_cues);
    assert_eq!(app.context(), Context::Help);
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Help: keys"));
    assert!(screen.contains("next pane"));
    // Help scrolls, but not past its end.
    press(&mut app, "j j");
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 2, .. })));
    press(&mut app, "G");
    let Some(Overlay::Help { scroll: bottom, .. }) = app.overlay else {
        panic!()
    };
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains("colour off."),
        "the end of help is reachable:\n{screen}"
    );
    press(&mut app, "j k");
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll, .. }) if scroll + 1 == bottom));
    press(&mut app, "q");
    assert!(app.overlay.is_none(), "q closes help rather than quitting");
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn speaker_quotes_open_the_article_at_the_quote() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Tab Tab");
    assert_eq!(app.focus, Focus::Speakers);
    let milburn = speaker_index(&app, "alan-milburn");
    assert_eq!(app.speakers.order[0], milburn, "most quoted first");
    press(&mut app, "Enter");
    assert_eq!(
        app.screen,
        Screen::SpeakerQuotes {
            speaker: milburn,
            selected: 0
        }
    );
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Quotes by Alan Milburn (6)"), "{screen}");
    assert!(
        screen.contains("Milburn promises traffic lights"),
        "grouped by article:\n{screen}"
    );
    press(&mut app, "j j Enter");
    assert_eq!(app.screen, Screen::Main);
    let d = app.data.as_ref().unwrap();
    let qi = d.quotes_by_speaker[milburn][2];
    assert_eq!(app.reader.quote, Some(qi));
    assert_eq!(app.reader.article, d.quote_article(qi).unwrap());
    assert_eq!(app.jump.as_ref().unwrap().pos, 2);
    // Esc from the list goes back to the main screen.
    press(&mut app, "Tab Enter Esc");
    assert_eq!(app.screen, Screen::Main);
}

/// A quote reported under a negated cue is listed with the cue, never as
/// if the speaker held it (issue 11: `Tony Blair does not believe abortion
/// should be an election issue`).
#[test]
fn a_negated_quote_is_listed_with_its_cue() {
    let mut corpus = fixture();
    let q = corpus
        .quotes
        .iter_mut()
        .find(|q| q.text.starts_with("jury's out"))
        .expect("the fixture's Thornton quote");
    q.negated = true;
    q.cue = Some("does not believe".into());
    let mut app = App::with_corpus(corpus, 140, 40);
    press(&mut app, "Tab Tab");
    for _ in 0..speaker_row(&app, "stephen-thornton") {
        press(&mut app, "j");
    }
    press(&mut app, "Enter");
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains("(does not believe) “jury's out”"),
        "{screen}"
    );
}

#[test]
fn c_on_two_articles_compares_them_with_independent_then_locked_scrolling() {
    let mut app = fixture_app(140, 40);
    let (a0, a1) = (app.articles.order[0], app.articles.order[1]);
    press(&mut app, "c");
    assert_eq!(app.marks.article, Some(a0));
    press(&mut app, "j c");
    let Screen::CompareArticles { left, right, .. } = app.screen.clone() else {
        panic!("comparison expected")
    };
    assert_eq!((left.article, right.article), (a0, a1));
    assert_eq!(app.marks.article, None);
    press(&mut app, "j j");
    let Screen::CompareArticles { left, right, .. } = app.screen.clone() else {
        panic!()
    };
    assert_eq!(
        (left.scroll, right.scroll),
        (2, 0),
        "each side scrolls on its own"
    );
    press(&mut app, "Tab j");
    let Screen::CompareArticles {
        left,
        right,
        right_focused,
        ..
    } = app.screen.clone()
    else {
        panic!()
    };
    assert!(right_focused);
    assert_eq!((left.scroll, right.scroll), (2, 1));
    press(&mut app, "s j j");
    let Screen::CompareArticles {
        left,
        right,
        locked,
        ..
    } = app.screen.clone()
    else {
        panic!()
    };
    assert!(locked);
    assert_eq!((left.scroll, right.scroll), (4, 3), "s locks them together");
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains("Left: Milburn promises traffic"),
        "{screen}"
    );
    assert!(screen.contains("Right: Milburn to managers"), "{screen}");
    press(&mut app, "Esc");
    assert_eq!(app.screen, Screen::Main);
    assert_eq!(app.focus, Focus::Articles, "back where we were");
    assert_eq!(app.articles.sel, 1);
}

#[test]
fn c_on_the_same_article_twice_unmarks_it() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "c c");
    assert_eq!(app.marks.article, None);
    assert_eq!(app.screen, Screen::Main);
}

#[test]
fn c_on_two_speakers_compares_their_quotes() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Tab Tab c j c");
    let milburn = speaker_index(&app, "alan-milburn");
    let thornton = speaker_index(&app, "stephen-thornton");
    let Screen::CompareSpeakers { a, b, .. } = app.screen.clone() else {
        panic!("speaker comparison expected")
    };
    assert_eq!((a, b), (milburn, thornton));
    let screen = render(&app, 140, 40);
    // Counts with their nouns ("1 article", not "1 articles").
    assert!(
        screen.contains("6 quotes · quoted in 3 articles"),
        "{screen}"
    );
    assert!(
        screen.contains("2 quotes · quoted in 1 article ·"),
        "{screen}"
    );
    assert!(screen.contains("top cues: ministers (1)"), "{screen}");
    assert!(screen.contains("top cues: local debate (1)"), "{screen}");
    // A short terminal, so the columns have something to scroll.
    app.resize(80, 12);
    press(&mut app, "j Tab j j");
    let Screen::CompareSpeakers {
        scroll,
        right_focused,
        ..
    } = app.screen.clone()
    else {
        panic!()
    };
    assert!(right_focused);
    assert_eq!(scroll, [1, 2]);
    press(&mut app, "G");
    let Screen::CompareSpeakers { scroll, .. } = app.screen.clone() else {
        panic!()
    };
    let bottom = scroll[1];
    press(&mut app, "j");
    let Screen::CompareSpeakers { scroll, .. } = app.screen.clone() else {
        panic!()
    };
    assert_eq!(scroll[1], bottom, "no scrolling past the end");
    press(&mut app, "Esc");
    assert_eq!(app.screen, Screen::Main);
    assert_eq!(app.focus, Focus::Speakers);
}

#[test]
fn one_speaker_in_two_articles() {
    let mut app = fixture_app(140, 40);
    let milburn = speaker_index(&app, "alan-milburn");
    // Mark Milburn in Speakers, then c on two articles.
    press(&mut app, "Tab Tab c Shift-Tab Shift-Tab c j c");
    let Screen::CompareArticles {
        left,
        right,
        speaker,
        ..
    } = app.screen.clone()
    else {
        panic!("comparison expected")
    };
    assert_eq!(speaker, Some(milburn));
    let d = app.data.as_ref().unwrap();
    for side in [left, right] {
        let q = side
            .quote
            .expect("each side starts at his first quote there");
        assert_eq!(d.corpus.quotes[q].speaker.as_deref(), Some("alan-milburn"));
        assert_eq!(d.quote_article(q), Some(side.article));
    }
    // The header is about him first (his bar and count), the article after.
    let screen = render(&app, 140, 40);
    let header = screen.lines().nth(2).unwrap();
    assert!(header.contains("Alan Milburn ◀ "), "{screen}");
    assert!(header.contains("2 quotes"), "{screen}");
    assert!(header.contains("· article -0.11"), "{screen}");
}

#[test]
fn palette_jumps_to_an_article_and_to_a_quote() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "ctrl-p");
    assert_eq!(app.context(), Context::Palette);
    type_text(&mut app, "letting go");
    press(&mut app, "Enter");
    assert_eq!(app.reader.article, article_index(&app, "004"));
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, "ctrl-p");
    type_text(&mut app, "jury's out");
    press(&mut app, "Enter");
    let q = app.reader.quote.expect("the quote is current");
    assert_eq!(
        app.data.as_ref().unwrap().corpus.quotes[q].text,
        "jury's out"
    );
}

#[test]
fn warnings_show_in_the_status_and_w_lists_them() {
    let mut app = centreline::tui::App::new(Default::default(), Default::default());
    app.resize(100, 30);
    app.loaded(
        centreline::tui::testing::fixture_corpus(),
        vec![
            "skipped 'a.pdf': not text".into(),
            "skipped 'b.bin': not text".into(),
        ],
    );
    let screen = render(&app, 100, 30);
    assert!(screen.contains("2 warnings (w to list)"), "{screen}");
    press(&mut app, "w");
    assert_eq!(app.context(), Context::Warnings);
    assert!(render(&app, 100, 30).contains("skipped 'b.bin': not text"));
}

#[test]
fn ctrl_c_quits_from_inside_a_prompt() {
    let mut app = fixture_app(100, 30);
    press(&mut app, "f ctrl-c");
    assert!(app.quit);
}

#[test]
fn one_speaker_in_two_articles_from_their_quotes() {
    let mut app = fixture_app(140, 40);
    let milburn = speaker_index(&app, "alan-milburn");
    // Milburn's quotes: c on one in his first article, c on one in his third.
    press(&mut app, "Tab Tab Enter c j j j j c");
    let Screen::CompareArticles {
        left,
        right,
        speaker,
        ..
    } = app.screen.clone()
    else {
        panic!("comparison expected, got {:?}", app.screen)
    };
    assert_eq!(speaker, Some(milburn));
    let d = app.data.as_ref().unwrap();
    let quotes = &d.quotes_by_speaker[milburn];
    assert_eq!(left.article, d.quote_article(quotes[0]).unwrap());
    assert_eq!(right.article, d.quote_article(quotes[4]).unwrap());
    assert_ne!(left.article, right.article);
    // Esc goes back to his quotes, where we were.
    press(&mut app, "Esc");
    assert_eq!(
        app.screen,
        Screen::SpeakerQuotes {
            speaker: milburn,
            selected: 4
        }
    );
}

/// The bundled corpus as text with nobody quoted (as a folder of plain
/// reports would be).
fn corpus_without_speakers() -> centreline::model::Corpus {
    let mut corpus = centreline::tui::testing::bundled_corpus();
    corpus.quotes.clear();
    corpus.speakers.clear();
    for p in corpus.articles.iter_mut().flat_map(|a| &mut a.paragraphs) {
        p.mentions.clear();
    }
    corpus
}

/// An article without quotes says so; Enter does not send the reader to `]`,
/// and the hint bar leaves out the keys that could do nothing.
#[test]
fn an_article_without_quotes_says_so() {
    let mut app = App::with_corpus(corpus_without_speakers(), 80, 24);
    press(&mut app, "Enter ]");
    assert_eq!(app.status.as_deref(), Some("This article has no quotes."));
    press(&mut app, "Enter");
    assert_eq!(app.status.as_deref(), Some("This article has no quotes."));
    let screen = render(&app, 80, 24);
    let hints = screen.lines().last().unwrap();
    assert!(
        !hints.contains("next quote") && !hints.contains("Enter"),
        "{hints}"
    );
    assert!(hints.ends_with("? help  q quit"), "{hints}");
    assert!(hints.contains("/ search"), "{hints}");
}

/// Help and quit stay at the right end of the hint bar at every width the
/// explorer draws, and `t` shows its state in the Reader's title.
#[test]
fn hint_bar_keeps_help_and_quit_and_the_reader_shows_tints() {
    for (w, h) in [(140, 40), (80, 24), (40, 10)] {
        let mut app = fixture_app(w, h);
        press(&mut app, "Enter");
        let screen = render(&app, w, h);
        let hints = screen.lines().last().unwrap();
        assert!(hints.ends_with("? help  q quit"), "{w}×{h}: {hints}");
        assert!(!hints.ends_with('…'), "{hints}");
    }
    let mut app = fixture_app(140, 40);
    press(&mut app, "Enter");
    assert!(render(&app, 140, 40).contains("Reader · tints on"));
    press(&mut app, "t");
    assert!(render(&app, 140, 40).contains("Reader · tints off"));
}

#[test]
fn a_capped_search_says_10000_plus() {
    use centreline::tui::ui::bars::match_count;
    assert_eq!(match_count(10_000), "10000+ matches");
    assert_eq!(match_count(1), "1 match");
    assert_eq!(match_count(3), "3 matches");
}

/// The finder over a corpus without speakers says so rather than "no matches".
#[test]
fn the_finder_over_no_speakers_says_so() {
    let mut app = App::with_corpus(corpus_without_speakers(), 100, 30);
    press(&mut app, "f");
    let screen = render(&app, 100, 30);
    assert!(screen.contains("no speakers in this corpus"), "{screen}");
    assert!(!screen.contains("no matches"), "{screen}");
}

/// Every year shows in the tracker's chart, with `~` for approximate dates
/// and its number of articles; where the pane is too short for a chart, a
/// line per year, or how many are hidden.
#[test]
fn the_tracker_shows_every_year_or_says_how_many_are_hidden() {
    let mut app = fixture_app(80, 24);
    press(&mut app, "Tab Tab Tab");
    let screen = render(&app, 80, 24);
    let by_year = &screen[screen.find("By year").expect("the chart")..];
    assert!(
        by_year.contains("~2000 (2) ~2001 (2) ~2024 (1)"),
        "each year under its bar, with its articles:\n{screen}"
    );
    assert!(
        screen.contains("~2000 ····▐│·····"),
        "article rows marked ~:\n{screen}"
    );
    let mut app = fixture_app(60, 12);
    press(&mut app, "Tab Tab Tab");
    let screen = render(&app, 60, 12);
    let shown = ["~2000 ", "~2001 ", "~2024 "]
        .iter()
        .filter(|y| screen.matches(*y).count() >= 2)
        .count();
    assert!(
        shown == 3 || screen.contains(&format!("{} years hidden", 3 - shown)),
        "{screen}"
    );
}

/// Marking an article names it once, in the top bar; the status only says
/// what to do next.
#[test]
fn marking_names_the_article_once() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "c");
    let top = render(&app, 140, 40).lines().next().unwrap().to_string();
    assert_eq!(top.matches("Milburn promises").count(), 1, "{top}");
    assert!(top.contains("Press c on another"), "{top}");
}

/// Lines rewrap when the terminal changes size; the paragraph at the top of
/// the reader stays there rather than the line number.
#[test]
fn resizing_keeps_the_paragraph_at_the_top_of_the_reader() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "f thorn Enter n");
    let para = {
        let d = app.data.as_ref().unwrap();
        d.corpus.quotes[app.reader.quote.unwrap()].paragraph
    };
    let top = |app: &App| {
        let width = app.reader_text_area().width;
        let l = app.layout_for(&app.reader, width).unwrap();
        // The jump leaves the blank line above the paragraph on top.
        l.para_at(app.reader.scroll + 1)
    };
    assert!(app.reader.scroll > 0);
    assert_eq!(top(&app), Some(para));
    for (w, h) in [(80, 24), (60, 30), (200, 50), (140, 40)] {
        app.resize(w, h);
        assert_eq!(top(&app), Some(para), "at {w}x{h}");
        let screen = render(&app, w, h);
        assert!(screen.contains("jury's"), "at {w}x{h}:\n{screen}");
    }
}

/// The status says what to do next; on a narrow top bar it stays whole and
/// the marked title and the corpus counts give way.
#[test]
fn a_narrow_top_bar_keeps_the_status_whole() {
    for keys in ["c", "Tab Tab c"] {
        let mut app = fixture_app(80, 24);
        press(&mut app, keys);
        let status = app.status.clone().expect("marking says what next");
        let screen = render(&app, 80, 24);
        let top = screen.lines().next().unwrap();
        assert!(top.contains(status.as_str()), "{keys}: {top}");
        let wide = render(&app, 200, 40);
        let top = wide.lines().next().unwrap();
        assert!(
            top.contains("marked: ") && top.contains(" quotes"),
            "{keys}: {top}"
        );
    }
}

/// `/` in a list narrows it to items matching every typed word; typed keys
/// never run as commands (`/quit` in the Tracker used to quit); Esc in the
/// prompt puts the old filter back, Esc in the list clears it; a jump to a
/// hidden item clears the filter that hides it.
#[test]
fn slash_filters_the_articles_and_speakers_lists() {
    let mut app = fixture_app(140, 40);
    let all_articles = app.articles.order.len();
    press(&mut app, "/");
    assert_eq!(app.context(), Context::Filter);
    type_text(&mut app, "letting");
    assert_eq!(app.articles.order.len(), 1);
    let d = app.data.as_ref().unwrap();
    assert!(d.corpus.articles[app.articles.order[0]]
        .title
        .starts_with("Letting go"));
    let screen = render(&app, 140, 40);
    assert!(screen.contains("· /letting"), "{screen}");
    assert!(screen.contains("filter /letting"), "{screen}");
    press(&mut app, "Enter");
    assert!(app.overlay.is_none());
    assert_eq!(app.articles.order.len(), 1, "Enter keeps the filter");
    // Words that match nothing say so.
    press(&mut app, "/");
    type_text(&mut app, " zzz");
    assert!(app.articles.order.is_empty());
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Nothing matches “letting zzz”"), "{screen}");
    press(&mut app, "Esc");
    assert_eq!(
        app.articles.filter, "letting",
        "Esc in the prompt restores it"
    );
    press(&mut app, "Esc");
    assert_eq!(
        app.articles.order.len(),
        all_articles,
        "Esc in the list clears it"
    );
    // In the Tracker, `/quit` filters the articles and does not quit.
    press(&mut app, "Tab Tab Tab");
    assert_eq!(app.focus, Focus::Tracker);
    press(&mut app, "/");
    type_text(&mut app, "quit");
    assert!(!app.quit);
    assert_eq!(app.focus, Focus::Articles);
    assert_eq!(app.articles.filter, "quit");
    press(&mut app, "Esc Esc");
    // Speakers: by name, other names or role.
    press(&mut app, "Tab Tab");
    assert_eq!(app.focus, Focus::Speakers);
    press(&mut app, "/");
    type_text(&mut app, "thornton");
    press(&mut app, "Enter");
    let d = app.data.as_ref().unwrap();
    assert_eq!(app.speakers.order.len(), 1);
    assert_eq!(
        d.corpus.speakers[app.speakers.order[0]].name,
        "Stephen Thornton"
    );
    // Opening an article the filter hides clears the filter.
    press(&mut app, "Esc");
    let hidden = article_index(&app, "003");
    press(&mut app, "Shift-Tab Shift-Tab");
    assert_eq!(app.focus, Focus::Articles);
    press(&mut app, "/");
    type_text(&mut app, "letting");
    press(&mut app, "Enter");
    assert!(!app.articles.order.contains(&hidden));
    app.open_article(hidden);
    assert!(app.articles.filter.is_empty());
    assert_eq!(app.articles.order[app.articles.sel], hidden);
    press(&mut app, "Tab Tab");
    press(&mut app, "/");
    type_text(&mut app, "thornton");
    press(&mut app, "Enter");
    // A jump to a speaker the filter hides clears the filter.
    let milburn = speaker_index(&app, "alan-milburn");
    app.jump_to(centreline::tui::finder::Target::Speaker(milburn));
    assert!(app.speakers.filter.is_empty());
    assert_eq!(app.speakers.order[app.speakers.sel], milburn);
}

/// Help opens at the keys of the place it was asked from (issue 13), and
/// explains the marks; in a comparison the lock key says what it will do.
#[test]
fn help_opens_at_the_panes_keys() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Tab Tab ?");
    let screen = render(&app, 140, 40);
    let first_section = screen
        .lines()
        .find_map(|l| {
            let inner = l.split('║').nth(1)?.trim();
            (!inner.is_empty()).then(|| inner.to_string())
        })
        .unwrap();
    assert_eq!(first_section, "Speakers", "{screen}");
    press(&mut app, "G");
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Reading the marks"), "{screen}");
    assert!(screen.contains("half a cell"), "{screen}");
    press(&mut app, "Esc");
    // Comparing two articles: `s` locks, then says it will unlock.
    press(&mut app, "Shift-Tab Shift-Tab c j c");
    let hints = |app: &App| render(app, 140, 40).lines().last().unwrap().to_string();
    assert!(hints(&app).contains("s lock"), "{}", hints(&app));
    press(&mut app, "s");
    assert!(hints(&app).contains("s unlock"), "{}", hints(&app));
}

/// The tracker's lists scroll and select, each with its own selection, and
/// open with Enter (issue 13: "Speakers by lean shows 6 of 14 speakers …
/// cannot scroll"); `v` moves between them.
#[test]
fn the_tracker_lists_scroll_select_and_open() {
    let corpus = centreline::tui::testing::bundled_corpus();
    let total = corpus.speakers.len();
    let mut app = App::with_corpus(corpus, 140, 40);
    press(&mut app, "Tab Tab Tab");
    let d = app.data.as_ref().unwrap();
    let last = *d.speakers_by_lean.last().unwrap();
    let last_name = d.corpus.speakers[last].name.clone();
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains(&format!("Speakers by lean (1/{total})")),
        "{screen}"
    );
    // (Tracker rows read `Name (3q, 5c)`; the Speakers pane's `3q Name · role`.)
    let row = format!("{last_name} (");
    assert!(!screen.contains(&row), "{screen}");
    // Into the speakers, down to the last: it scrolls into view.
    press(&mut app, "v G");
    assert_eq!(app.tracker.speaker_sel, total - 1);
    assert_eq!(
        app.tracker.article_sel, 0,
        "the articles keep their own selection"
    );
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains(&format!("▸ Speakers by lean ({total}/{total})")),
        "{screen}"
    );
    assert!(screen.contains(&row), "{screen}");
    press(&mut app, "e");
    assert!(matches!(
        app.overlay,
        Some(Overlay::Explain { what: centreline::tui::app::Explained::Speaker(s), .. }) if s == last
    ));
    press(&mut app, "Esc Enter");
    assert_eq!(
        app.screen,
        Screen::SpeakerQuotes {
            speaker: last,
            selected: 0
        }
    );
    // Back in the tracker, `v` returns to the articles, where Enter reads one.
    press(&mut app, "Backspace v j Enter");
    let second = app.data.as_ref().unwrap().by_date[1];
    assert_eq!((app.focus, app.reader.article), (Focus::Reader, second));
}

fn mouse(
    kind: crossterm::event::MouseEventKind,
    column: u16,
    row: u16,
) -> crossterm::event::MouseEvent {
    crossterm::event::MouseEvent {
        kind,
        column,
        row,
        modifiers: crossterm::event::KeyModifiers::NONE,
    }
}

/// The mouse (issue 13): a click focuses a pane and picks the row under it,
/// a second click on that row opens it; the wheel scrolls the pane under the
/// pointer; in a pop-up the wheel scrolls it and clicks do nothing.
#[test]
fn the_mouse_picks_opens_and_scrolls() {
    use crossterm::event::{MouseButton, MouseEventKind as K};
    let mut app = fixture_app(140, 40);
    let screen = render(&app, 140, 40);
    // The third article's title row, as drawn.
    let d = app.data.as_ref().unwrap();
    let third = app.articles.order[2];
    let title: String = d.corpus.articles[third].title.chars().take(12).collect();
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&title))
        .unwrap();
    let x = line[..line.find(&title).unwrap()].chars().count() as u16;
    app.handle_mouse(mouse(K::Down(MouseButton::Left), x, y as u16));
    assert_eq!(app.focus, Focus::Articles);
    assert_eq!(app.articles.sel, 2);
    assert_eq!(app.screen, Screen::Main);
    app.handle_mouse(mouse(K::Down(MouseButton::Left), x, y as u16));
    assert_eq!(
        app.focus,
        Focus::Reader,
        "a click on the picked row opens it"
    );
    assert_eq!(app.reader.article, third);
    // A click on a speaker row focuses Speakers and picks it, not opens it.
    let screen = render(&app, 140, 40);
    let (sy, sline) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Stephen Thornton"))
        .unwrap();
    let sx = sline[..sline.find("Stephen Thornton").unwrap()]
        .chars()
        .count() as u16;
    app.handle_mouse(mouse(K::Down(MouseButton::Left), sx, sy as u16));
    assert_eq!(app.focus, Focus::Speakers);
    let picked = app.speakers.order[app.speakers.sel];
    assert_eq!(
        app.data.as_ref().unwrap().corpus.speakers[picked].name,
        "Stephen Thornton"
    );
    assert_eq!(app.screen, Screen::Main);
    // The wheel over the Reader scrolls it and focuses it.
    let reader_x = 70;
    let before = app.reader.cursor;
    app.handle_mouse(mouse(K::ScrollDown, reader_x, 10));
    assert_eq!(app.focus, Focus::Reader);
    assert!(app.reader.cursor > before || app.reader.scroll > 0);
    // In help, the wheel scrolls help; a click does nothing.
    press(&mut app, "?");
    app.handle_mouse(mouse(K::ScrollDown, 70, 10));
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll: 3, .. })));
    app.handle_mouse(mouse(K::Down(MouseButton::Left), 2, 3));
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    // Clicks outside every pane (the hint bar) do nothing.
    press(&mut app, "Esc");
    let focus = app.focus;
    app.handle_mouse(mouse(K::Down(MouseButton::Left), 5, 39));
    assert_eq!(app.focus, focus);
}

/// Browsing the Articles list, the Reader follows the selection and the
/// list marks the open article with `›`; focus stays in the list (issue 13).
#[test]
fn the_reader_follows_the_articles_list() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "j j");
    assert_eq!(app.focus, Focus::Articles);
    let selected = app.articles.order[app.articles.sel];
    assert_eq!(app.reader.article, selected);
    let d = app.data.as_ref().unwrap();
    let title: String = d.corpus.articles[selected].title.chars().take(14).collect();
    let screen = render(&app, 140, 40);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("›~") && l.contains(&title)),
        "{screen}"
    );
}

/// `c` on an article, `c` on Milburn, then `c` on Brian Edwards compares the
/// two speakers (the review saw Edwards silently replace Milburn).
#[test]
fn a_second_speaker_compares_speakers_even_with_an_article_marked() {
    let mut app = App::with_corpus(centreline::tui::testing::bundled_corpus(), 140, 40);
    press(&mut app, "c");
    assert!(app.marks.article.is_some());
    let milburn = speaker_index(&app, "alan-milburn");
    let edwards = speaker_index(&app, "brian-edwards");
    app.compare_speaker(milburn);
    assert_eq!(app.marks.speaker, Some(milburn));
    app.compare_speaker(edwards);
    let Screen::CompareSpeakers { a, b, .. } = app.screen.clone() else {
        panic!("a speaker comparison, not {:?}", app.screen)
    };
    assert_eq!((a, b), (milburn, edwards));
    assert_eq!(app.marks, Default::default());
}

/// With scrolling locked, `]` (next quote) moves both sides of an article
/// comparison, as the scrolling keys do (the review saw one side only).
#[test]
fn locked_next_quote_scrolls_both_sides() {
    let mut app = App::with_corpus(centreline::tui::testing::bundled_corpus(), 140, 24);
    press(&mut app, "c j c s");
    let scrolls = |app: &App| match &app.screen {
        Screen::CompareArticles {
            left,
            right,
            locked,
            ..
        } => {
            assert!(*locked);
            (left.scroll, right.scroll)
        }
        other => panic!("an article comparison, not {other:?}"),
    };
    assert_eq!(scrolls(&app), (0, 0));
    for _ in 0..12 {
        press(&mut app, "]");
        if scrolls(&app).0 > 0 {
            break;
        }
    }
    let (left, right) = scrolls(&app);
    assert!(left > 0, "the quotes lie below the first screen");
    assert_eq!(right, left, "the other side followed");
}

/// A jump with `f` out of a comparison keeps it: Esc goes back to it
/// (issue 13: "a jump drops a comparison, and Esc does not return to it").
#[test]
fn esc_goes_back_to_a_comparison_left_by_a_jump() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "c j c");
    assert!(matches!(app.screen, Screen::CompareArticles { .. }));
    press(&mut app, "f thorn Enter");
    assert_eq!(app.screen, Screen::Main);
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, "Esc");
    assert!(
        matches!(app.screen, Screen::CompareArticles { .. }),
        "{:?}",
        app.screen
    );
    // From the main screen with nothing behind it, Esc does not leave it.
    press(&mut app, "Esc");
    assert_eq!(app.screen, Screen::Main);
    press(&mut app, "Esc");
    assert_eq!(app.screen, Screen::Main);
}

/// `y` on a quote puts it on the clipboard with its citation (issue 13:
/// "copy a quote with its citation").
#[test]
fn y_copies_the_quote_with_its_citation() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Tab y");
    assert!(app.clipboard.is_none());
    assert!(app
        .status
        .as_deref()
        .unwrap_or("")
        .contains("Move to a quote"));
    press(&mut app, "]");
    let q = app.reader.quote.expect("a quote");
    press(&mut app, "y");
    let copied = app.clipboard.clone().expect("copied");
    let d = app.data.as_ref().unwrap();
    let quote = &d.corpus.quotes[q];
    let article = &d.corpus.articles[app.reader.article];
    assert!(
        copied.starts_with(&format!(
            "“{}”",
            quote.text.split_whitespace().collect::<Vec<_>>().join(" ")
        )),
        "{copied}"
    );
    assert!(copied.contains(&format!("“{}”", article.title)), "{copied}");
    assert!(
        copied.contains(&format!("¶{}", quote.paragraph + 1)),
        "{copied}"
    );
    let speaker = d.corpus.speaker(quote.speaker.as_deref().unwrap()).unwrap();
    assert!(copied.contains(&format!(" — {}", speaker.name)), "{copied}");
}

/// `o` in the Reader asks for the open article's text in the pager: title,
/// where it is from, then its paragraphs.
#[test]
fn o_asks_for_the_article_in_the_pager() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Tab o");
    let text = app.pager.clone().expect("the article's text");
    let d = app.data.as_ref().unwrap();
    let a = &d.corpus.articles[app.reader.article];
    assert!(text.starts_with(&format!("{}\n", a.title)), "{text}");
    for p in &a.paragraphs {
        assert!(text.contains(p.text.as_str()));
    }
}

/// `H` hides what rests on little (issue 13): thin-evidence speakers in
/// Speakers, partial quotes in the Reader (plain text, skipped by `]`).
#[test]
fn h_hides_thin_speakers_and_partial_quotes() {
    let mut app = App::with_corpus(centreline::tui::testing::bundled_corpus(), 140, 40);
    let d = app.data.as_ref().unwrap();
    let thin = d.corpus.speakers.iter().filter(|s| s.thin_evidence).count();
    let total = d.corpus.speakers.len();
    assert!(thin > 0 && thin < total);
    press(&mut app, "Tab Tab H");
    assert_eq!(app.speakers.order.len(), total - thin);
    let d = app.data.as_ref().unwrap();
    assert!(app
        .speakers
        .order
        .iter()
        .all(|&s| !d.corpus.speakers[s].thin_evidence));
    assert!(render(&app, 140, 40).contains(&format!("/{}) · by quotes", total - thin)));
    assert!(app.status.as_deref().unwrap_or("").contains("hidden"));
    press(&mut app, "H");
    assert_eq!(app.speakers.order.len(), total);
    // Reader: with partial quotes hidden, ] never lands on one.
    press(&mut app, "Shift-Tab H");
    assert!(app.hide_partial_quotes);
    for _ in 0..40 {
        press(&mut app, "]");
        if let Some(q) = app.reader.quote {
            let kind = app.data.as_ref().unwrap().corpus.quotes[q].kind;
            assert_ne!(kind, centreline::model::QuoteKind::Partial);
        }
    }
    assert!(app.reader.quote.is_some());
}

/// h/l and Left/Right move between panes, 1–4 go straight to one (issue 13).
#[test]
fn panes_by_letter_arrow_and_number() {
    let mut app = fixture_app(140, 40);
    assert_eq!(app.focus, Focus::Articles);
    press(&mut app, "l");
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, "Right");
    assert_eq!(app.focus, Focus::Speakers);
    press(&mut app, "h Left");
    assert_eq!(app.focus, Focus::Articles);
    for (key, focus) in [
        ("4", Focus::Tracker),
        ("3", Focus::Speakers),
        ("2", Focus::Reader),
        ("1", Focus::Articles),
    ] {
        press(&mut app, key);
        assert_eq!(app.focus, focus, "{key}");
    }
    // In a prompt the digits are text, not panes.
    press(&mut app, "/");
    type_text(&mut app, "2001");
    assert_eq!(app.focus, Focus::Articles);
    assert_eq!(app.articles.filter, "2001");
}

/// `z` lets the focused pane fill the screen and share it again (issue 13).
#[test]
fn z_maximises_the_focused_pane() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "2 z");
    let screen = render(&app, 140, 40);
    assert!(screen.contains("▶ Reader"), "{screen}");
    assert!(
        !screen.contains("/5) · by date") && !screen.contains("/3) · by quotes"),
        "{screen}"
    );
    // The Reader's text now runs the whole width.
    assert!(screen
        .lines()
        .any(|l| l.chars().count() >= 138 && l.contains("Milburn")));
    press(&mut app, "z");
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains("/5) · by date") && screen.contains("/3) · by quotes"),
        "{screen}"
    );
}

/// Every list and the Reader say where you are (issue 13: "57/417").
#[test]
fn lists_and_the_reader_show_their_position() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "j j");
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Articles (3/5)"), "{screen}");
    assert!(screen.contains("Speakers (1/3)"), "{screen}");
    press(&mut app, "2 ]");
    let d = app.data.as_ref().unwrap();
    let a = &d.corpus.articles[app.reader.article];
    let quotes = d.quotes_by_article[app.reader.article].len();
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains(&format!(
            "¶ {}/{}",
            app.reader.cursor + 1,
            a.paragraphs.len()
        )),
        "{screen}"
    );
    assert!(screen.contains(&format!("quote 1/{quotes}")), "{screen}");
}

/// Stand in for the event loop: keep nothing on disk, show the correction.
fn save(app: &mut App) -> centreline::store::corrections::Correction {
    match app.correction.take() {
        Some(centreline::tui::app::CorrectionRequest::Add(c)) => {
            app.correction_saved(&c);
            c
        }
        other => panic!("a correction to keep expected, got {other:?}"),
    }
}

#[test]
fn m_merges_the_marked_speaker_into_the_selected_one() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "3");
    press(&mut app, "m");
    assert!(app.correction.is_none());
    assert!(
        app.status.as_deref().unwrap().contains("Mark the speaker"),
        "{:?}",
        app.status
    );
    // Mark Thornton, then m on Milburn (the first, by quotes).
    for _ in 0..speaker_row(&app, "stephen-thornton") {
        press(&mut app, "j");
    }
    press(&mut app, "c g m");
    let c = save(&mut app);
    assert_eq!(c.summary(), "merge 'Stephen Thornton' into 'Alan Milburn'");
    let d = app.data.as_ref().unwrap();
    assert!(d.corpus.speaker("stephen-thornton").is_none());
    let milburn = d.corpus.speaker("alan-milburn").unwrap();
    assert_eq!(milburn.quote_count, 8);
    assert!(milburn.corrected);
    assert_eq!(app.speakers.order.len(), d.corpus.speakers.len());
    // Milburn stays selected, marked as corrected, and the status says so.
    assert_eq!(
        app.speakers.order[app.speakers.sel],
        speaker_index(&app, "alan-milburn")
    );
    let screen = render(&app, 140, 40);
    assert!(screen.contains("Alan Milburn ✎"), "{screen}");
    assert!(
        screen.contains("Merge 'Stephen Thornton' into 'Alan Milburn'"),
        "{screen}"
    );
    press(&mut app, "u");
    assert_eq!(
        app.correction,
        Some(centreline::tui::app::CorrectionRequest::Undo)
    );
}

#[test]
fn after_a_correction_the_same_speaker_stays_selected_and_their_quotes_stay_open() {
    let mut app = fixture_app(140, 40);
    // Sort by name, so list positions differ from corpus positions, and
    // select Thornton.
    press(&mut app, "3 s s");
    let thornton = speaker_index(&app, "stephen-thornton");
    let at = speaker_row(&app, "stephen-thornton");
    assert_ne!(
        at, thornton,
        "the test needs list and corpus positions to differ"
    );
    app.speakers.sel = at;
    // His quotes; reject the first: still his quotes, one fewer.
    press(&mut app, "Enter");
    press(&mut app, "x");
    save(&mut app);
    let thornton = speaker_index(&app, "stephen-thornton");
    match app.screen {
        Screen::SpeakerQuotes { speaker, .. } => assert_eq!(speaker, thornton),
        ref other => panic!("still in his quotes expected, got {other:?}"),
    }
    assert_eq!(
        app.data.as_ref().unwrap().quotes_by_speaker[thornton].len(),
        1
    );
    press(&mut app, "Esc");
    assert_eq!(app.speakers.order[app.speakers.sel], thornton);
}

#[test]
fn a_reopened_corpus_with_an_article_fewer_is_shown_where_the_user_was() {
    let mut app = fixture_app(140, 40);
    // The last article by date, open in the Reader and selected.
    press(&mut app, "G");
    let last_id = {
        let d = app.data.as_ref().unwrap();
        d.corpus.articles[app.articles.order[app.articles.sel]]
            .id
            .clone()
    };
    assert_eq!(app.reader.article, app.articles.order[app.articles.sel]);
    // The first file was deleted on disk before the undo reopened it.
    let mut corpus = app.data.as_ref().unwrap().corpus.clone();
    let gone = corpus.articles.remove(0).id;
    assert_ne!(gone, last_id);
    corpus.quotes.retain(|q| q.article != gone);
    app.reopening = true;
    press(&mut app, "u");
    assert!(app.correction.is_none(), "no correction while reopening");
    assert!(app.status.as_deref().unwrap().contains("Reopening"));
    app.reopened(centreline::tui::data::Data::new(corpus), Vec::new());
    assert!(!app.reopening);
    let d = app.data.as_ref().unwrap();
    assert_eq!(app.articles.order.len(), d.corpus.articles.len());
    assert_eq!(
        d.corpus.articles[app.articles.order[app.articles.sel]].id,
        last_id
    );
    assert_eq!(d.corpus.articles[app.reader.article].id, last_id);
    for (w, h) in [(140, 40), (80, 24)] {
        let screen = render(&app, w, h);
        assert!(!screen.is_empty());
    }
    press(&mut app, "g j j k 2 ] ] 4 j Enter");
}

#[test]
fn r_renames_through_a_prompt_that_esc_cancels() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "3 R");
    assert_eq!(app.context(), Context::Rename);
    let screen = render(&app, 140, 40);
    assert!(
        screen.contains("rename 'Alan Milburn' to: Alan Milburn▏"),
        "{screen}"
    );
    press(&mut app, "Esc");
    assert!(app.overlay.is_none() && app.correction.is_none());
    press(&mut app, "R");
    for _ in 0.."Alan Milburn".len() {
        press(&mut app, "Backspace");
    }
    type_text(&mut app, "the health secretary");
    press(&mut app, "Enter");
    save(&mut app);
    let d = app.data.as_ref().unwrap();
    let s = d.corpus.speaker("alan-milburn").unwrap();
    assert_eq!(s.name, "the health secretary");
    assert!(s.aliases.iter().any(|a| a == "Alan Milburn"));
}

#[test]
fn a_gives_the_current_quote_to_a_speaker_found_with_the_finder_and_x_rejects() {
    let mut app = fixture_app(140, 40);
    // Nothing is current yet: a and x say how to pick a quote.
    press(&mut app, "2 x");
    assert!(app.correction.is_none());
    press(&mut app, "]");
    let q = app.reader.quote.unwrap();
    let quote = app.data.as_ref().unwrap().corpus.quotes[q].clone();
    assert_eq!(quote.speaker.as_deref(), Some("alan-milburn"));
    press(&mut app, "a");
    assert_eq!(app.context(), Context::Finder);
    press(&mut app, "thorn Enter");
    save(&mut app);
    let d = app.data.as_ref().unwrap();
    let moved = d.corpus.quotes.iter().find(|x| x.id == quote.id).unwrap();
    assert_eq!(moved.speaker.as_deref(), Some("stephen-thornton"));
    assert!(moved.corrected);
    assert_eq!(d.corpus.speaker("stephen-thornton").unwrap().quote_count, 3);
    // The next quote, rejected: gone from the corpus.
    press(&mut app, "]");
    let q = app.reader.quote.unwrap();
    let id = app.data.as_ref().unwrap().corpus.quotes[q].id.clone();
    press(&mut app, "x");
    save(&mut app);
    let d = app.data.as_ref().unwrap();
    assert!(d.corpus.quotes.iter().all(|x| x.id != id));
    assert_eq!(d.corpus.corrections.len(), 2);
    // A finder opened for jumping after that jumps, and assigns nothing.
    press(&mut app, "f thorn Enter");
    assert!(app.correction.is_none());
}

#[test]
fn s_searches_every_paragraph_and_opens_the_one_chosen_at_its_match() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "S");
    assert_eq!(app.context(), Context::CorpusSearch);
    // Typed letters are the query, never commands (q does not quit).
    type_text(&mut app, "micro-management");
    assert!(!app.quit);
    press(&mut app, "Enter");
    let query = app
        .corpus_search
        .take()
        .expect("a search for the event loop");
    assert_eq!(query, "micro-management");
    // The event loop's part: the paragraph index, here made in memory.
    let conn =
        centreline::store::search::index_in_memory(&app.data.as_ref().unwrap().corpus).unwrap();
    let hits = centreline::store::search::search(&conn, &query, 200);
    app.corpus_search_done(&query, hits);
    let screen = render(&app, 140, 40);
    assert!(screen.contains("paragraphs · Enter opens one"), "{screen}");
    assert!(screen.contains("Letting go"), "{screen}");
    let (article, paragraph) = match &app.overlay {
        Some(Overlay::CorpusSearch(s)) => {
            assert!(s.hits.len() >= 2, "{:?}", s.hits);
            let h = &s.hits[0];
            (h.article.clone(), h.paragraph)
        }
        other => panic!("the search pop-up expected, got {other:?}"),
    };
    press(&mut app, "Enter");
    assert!(app.overlay.is_none());
    assert_eq!(app.focus, Focus::Reader);
    let d = app.data.as_ref().unwrap();
    assert_eq!(d.corpus.articles[app.reader.article].id, article);
    assert_eq!(app.reader.cursor, paragraph);
    let search = app.search.as_ref().expect("the match found in the Reader");
    assert_eq!(search.query.to_lowercase(), "micro-management");
    assert!(search.matches.iter().any(|m| m.0 == paragraph));
    // S again shows the same results; Esc closes.
    press(&mut app, "S");
    match &app.overlay {
        Some(Overlay::CorpusSearch(s)) => assert_eq!(s.query, "micro-management"),
        other => panic!("the search pop-up expected, got {other:?}"),
    }
    // A query FTS5 cannot read is said, not a crash.
    for _ in 0.."micro-management".len() {
        press(&mut app, "Backspace");
    }
    type_text(&mut app, "\"nhs");
    press(&mut app, "Enter");
    let query = app.corpus_search.take().unwrap();
    let bad = centreline::store::search::search(&conn, &query, 200);
    app.corpus_search_done(&query, bad);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("cannot search for"), "{screen}");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
}

/// History (issue 13: "Backspace and Ctrl-o go back through a history of
/// jumps, opened articles and comparisons, with a way forward again"): each
/// step back restores the screen, the Reader's position and the focus, and
/// Ctrl-f retraces them.
#[test]
fn backspace_and_ctrl_o_go_back_and_ctrl_f_forward_through_the_history() {
    let mut app = fixture_app(140, 40);
    assert!(
        !app.can_do(Action::HistoryBack),
        "nothing behind at the start"
    );
    // Browse to the third article (the Reader follows), open it, read down it.
    press(&mut app, "j j");
    let browsing = app.place();
    press(&mut app, "Enter");
    let third = app.articles.order[2];
    assert_eq!((app.reader.article, app.focus), (third, Focus::Reader));
    press(&mut app, "j j j ]");
    let reading = app.place();
    assert!(reading.reader.scroll > 0 && reading.reader.quote.is_some());
    // Jump to Thornton with the finder: elsewhere, and remembered.
    press(&mut app, "f thorn Enter");
    let thornton = speaker_index(&app, "stephen-thornton");
    let jumped = app.place();
    assert_ne!(jumped.reader, reading.reader);
    // His quotes (Enter on his quote), then a comparison from there.
    press(&mut app, "Enter");
    assert!(matches!(app.screen, Screen::SpeakerQuotes { speaker, .. } if speaker == thornton));
    let quotes = app.place();

    press(&mut app, "Backspace");
    assert_eq!(app.place(), jumped, "back to the jump's quote");
    press(&mut app, "ctrl-o");
    assert_eq!(
        app.place(),
        reading,
        "back to where we were reading, scroll and quote kept"
    );
    press(&mut app, "Backspace");
    assert_eq!(
        app.place(),
        browsing,
        "back to browsing the list, focus in Articles"
    );
    assert_eq!(app.articles.sel, 2, "the list shows the article we were on");
    assert!(!app.can_do(Action::HistoryBack));
    press(&mut app, "Backspace");
    assert_eq!(app.place(), browsing);
    assert_eq!(app.status.as_deref(), Some("Nothing to go back to."));

    press(&mut app, "ctrl-f");
    assert_eq!(app.place(), reading);
    press(&mut app, "ctrl-f ctrl-f");
    assert_eq!(app.place(), quotes, "forward to his quotes again");
    assert!(!app.can_do(Action::HistoryForward));

    // Going somewhere new forgets the way forward.
    press(&mut app, "Backspace Backspace");
    assert_eq!(app.place(), reading);
    assert!(app.can_do(Action::HistoryForward));
    press(&mut app, "Esc Esc 1 j c j c");
    assert!(matches!(app.screen, Screen::CompareArticles { .. }));
    assert!(
        !app.can_do(Action::HistoryForward),
        "a new comparison drops what was ahead"
    );
    let comparing = app.place();
    press(&mut app, "Backspace");
    assert_eq!(app.screen, Screen::Main);
    assert_eq!(app.focus, Focus::Articles);
    press(&mut app, "ctrl-f");
    assert_eq!(app.place(), comparing, "forward into the comparison again");
}

/// Typed into a prompt, Backspace deletes and never goes back.
#[test]
fn backspace_in_a_prompt_deletes_rather_than_going_back() {
    let mut app = fixture_app(140, 40);
    press(&mut app, "Enter");
    let reading = app.place();
    press(&mut app, "/ gp Backspace");
    assert_eq!(app.search.as_ref().map(|s| s.query.as_str()), Some("g"));
    assert_eq!(app.place().screen, reading.screen);
    assert_eq!(app.focus, Focus::Reader);
}

/// The column of characters at `x` from row `y0` for `h` rows of a screen.
fn column(screen: &str, x: u16, y0: u16, h: u16) -> String {
    screen
        .lines()
        .skip(y0 as usize)
        .take(h as usize)
        .map(|l| l.chars().nth(x as usize).unwrap_or(' '))
        .collect()
}

/// Scrollbars (issue 13: "every list and the Reader show their position and
/// a scrollbar"): a thumb on the pane's right border, at the top with the
/// first row selected and at the bottom with the last, and none where
/// everything fits.
#[test]
fn lists_and_the_reader_have_scrollbars_that_follow_the_position() {
    let corpus = centreline::tui::testing::bundled_corpus();
    let mut app = App::with_corpus(corpus, 60, 12);
    let right_border = |app: &App, f: Focus| {
        let panes = centreline::tui::layout::panes_maybe_maximized(
            app.body(),
            app.focus,
            app.side,
            app.maximized,
        );
        let r = panes.get(f).expect("pane shown");
        column(
            &render(app, 60, 12),
            r.x + r.width - 1,
            r.y + 1,
            r.height - 2,
        )
    };
    // Articles: five of two rows each do not fit eight rows.
    let bar = right_border(&app, Focus::Articles);
    assert!(bar.starts_with('█') && !bar.ends_with('█'), "{bar:?}");
    press(&mut app, "G");
    let bar = right_border(&app, Focus::Articles);
    assert!(!bar.starts_with('█') && bar.ends_with('█'), "{bar:?}");
    // Speakers: fourteen do not fit either.
    press(&mut app, "3");
    let bar = right_border(&app, Focus::Speakers);
    assert!(bar.starts_with('█') && !bar.ends_with('█'), "{bar:?}");
    press(&mut app, "G");
    let bar = right_border(&app, Focus::Speakers);
    assert!(!bar.starts_with('█') && bar.ends_with('█'), "{bar:?}");
    // The Reader: top, then bottom of a long article.
    press(&mut app, "2");
    let bar = right_border(&app, Focus::Reader);
    assert!(bar.starts_with('█') && !bar.ends_with('█'), "{bar:?}");
    press(&mut app, "G");
    let bar = right_border(&app, Focus::Reader);
    assert!(!bar.starts_with('█') && bar.ends_with('█'), "{bar:?}");
    // Where everything fits, no thumb: the fixture's five articles at 140×40.
    let app = fixture_app(140, 40);
    let panes = centreline::tui::layout::panes_maybe_maximized(
        app.body(),
        app.focus,
        app.side,
        app.maximized,
    );
    let r = panes.get(Focus::Articles).unwrap();
    let bar = column(
        &render(&app, 140, 40),
        r.x + r.width - 1,
        r.y + 1,
        r.height - 2,
    );
    assert!(!bar.contains('█'), "{bar:?}");
}

/// Clicking a speaker's name where the Reader marks it goes to that speaker
/// (issue 13); a click on other words only focuses the Reader.
#[test]
fn clicking_a_speakers_name_in_the_reader_goes_to_them() {
    use crossterm::event::{MouseButton, MouseEventKind as K};
    let mut app = fixture_app(140, 40);
    let milburn = speaker_index(&app, "alan-milburn");
    let d = app.data.as_ref().unwrap();
    let first = &d.corpus.articles[app.reader.article];
    let named = first
        .paragraphs
        .iter()
        .flat_map(|p| &p.mentions)
        .find(|m| m.speaker.as_str() == "alan-milburn")
        .expect("the first article names Milburn");
    assert!(named.end > named.start);
    let panes = centreline::tui::layout::panes_maybe_maximized(
        app.body(),
        app.focus,
        app.side,
        app.maximized,
    );
    let reader = panes.get(Focus::Reader).unwrap();
    let screen = render(&app, 140, 40);
    // "Alan Milburn" on a line of the Reader's pane.
    let (y, col) = screen
        .lines()
        .enumerate()
        .filter(|(y, _)| (*y as u16) > reader.y && (*y as u16) < reader.y + reader.height)
        .find_map(|(y, l)| {
            let inside: String = l
                .chars()
                .skip(reader.x as usize)
                .take(reader.width as usize)
                .collect();
            inside
                .find("Alan Milburn")
                .map(|i| (y as u16, reader.x + inside[..i].chars().count() as u16))
        })
        .expect("Alan Milburn in the Reader");
    // A plain word first: the Reader is focused, nothing else happens.
    let article = app.reader.article;
    app.handle_mouse(mouse(K::Down(MouseButton::Left), col.saturating_sub(3), y));
    assert_eq!((app.focus, app.reader.article), (Focus::Reader, article));
    assert!(app.jump.is_none());
    // On "Milburn": his quotes, the first open, n/N to step through them.
    app.handle_mouse(mouse(K::Down(MouseButton::Left), col + 6, y));
    assert_eq!(app.jump.as_ref().map(|j| j.speaker), Some(milburn));
    let d = app.data.as_ref().unwrap();
    assert_eq!(app.reader.quote, Some(d.quotes_by_speaker[milburn][0]));
    // And Backspace comes back.
    press(&mut app, "Backspace");
    assert!(app.jump.is_none());
    assert_eq!(app.reader.article, article);
}

/// A corpus without dates (the BBC folder's plain text files) says so in one
/// line where the chart would be, leaving the rows to the lists.
#[test]
fn the_tracker_says_when_nothing_is_dated() {
    let mut corpus = centreline::tui::testing::fixture_corpus();
    for a in &mut corpus.articles {
        a.date = None;
    }
    corpus.periods.clear();
    let mut app = App::with_corpus(corpus, 80, 24);
    press(&mut app, "4");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Over time: no dated articles"), "{screen}");
    assert!(!screen.contains("By year"), "{screen}");
    // The three speakers all show below it.
    assert!(screen.contains("Speakers by lean (1/3)"), "{screen}");
    for name in [
        "Alan Milburn (",
        "NHS Confederation (",
        "Stephen Thornton (",
    ] {
        assert!(screen.contains(name), "{name}:\n{screen}");
    }
}

/// The mouse in the tracker: a click on a row of either list selects it
/// (and that list takes the keys), a second click opens it.
#[test]
fn clicks_in_the_tracker_pick_and_open_rows_of_both_lists() {
    use crossterm::event::{MouseButton, MouseEventKind as K};
    let corpus = centreline::tui::testing::bundled_corpus();
    let mut app = App::with_corpus(corpus, 140, 40);
    let at = |app: &App, text: &str| {
        let screen = render(app, 140, 40);
        // The tracker is the bottom pane: its rows are the last ones.
        let (y, line) = screen
            .lines()
            .enumerate()
            .filter(|(y, _)| *y > 30)
            .find(|(_, l)| l.contains(text))
            .unwrap_or_else(|| panic!("{text} in the tracker:\n{screen}"));
        let x = line[..line.find(text).unwrap()].chars().count() as u16;
        (x, y as u16)
    };
    let d = app.data.as_ref().unwrap();
    let third = d.speakers_by_lean[2];
    let name = format!("{} (", d.corpus.speakers[third].name);
    let (x, y) = at(&app, &name);
    let click = mouse(K::Down(MouseButton::Left), x, y);
    app.handle_mouse(click);
    assert_eq!(app.focus, Focus::Tracker);
    assert_eq!(
        app.tracker.list,
        centreline::tui::app::TrackerList::Speakers
    );
    assert_eq!(app.tracker.speaker_sel, 2);
    app.handle_mouse(click);
    assert_eq!(
        app.screen,
        Screen::SpeakerQuotes {
            speaker: third,
            selected: 0
        }
    );
    press(&mut app, "Esc");
    // An article row: the articles take the keys.
    let d = app.data.as_ref().unwrap();
    let second = d.by_date[1];
    let title: String = d.corpus.articles[second].title.chars().take(16).collect();
    let (x, y) = at(&app, &title);
    let click = mouse(K::Down(MouseButton::Left), x, y);
    app.handle_mouse(click);
    assert_eq!(
        app.tracker.list,
        centreline::tui::app::TrackerList::Articles
    );
    assert_eq!(app.tracker.article_sel, 1);
    app.handle_mouse(click);
    assert_eq!((app.focus, app.reader.article), (Focus::Reader, second));
}

/// Issue 13: "At 80 columns the Reader's hints drop `c`, Tab, `f` and `t`".
/// When the bar cannot hold every key, the ones a newcomer needs stay.
#[test]
fn an_80_column_reader_still_offers_compare_tab_find_and_tints() {
    let mut app = fixture_app(80, 24);
    press(&mut app, "2 ]");
    let screen = render(&app, 80, 24);
    let bar = screen.lines().last().unwrap();
    for hint in [
        "c compare",
        "Tab pane",
        "f find",
        "t tints",
        "? help",
        "q quit",
    ] {
        assert!(bar.contains(hint), "{hint} missing: {bar}");
    }
}

/// The fixture corpus as a store's preview gives it: articles without
/// paragraphs or cues, the speakers, no quotes.
fn preview_of(corpus: &centreline::model::Corpus) -> centreline::model::Corpus {
    let mut p = corpus.clone();
    for a in &mut p.articles {
        a.paragraphs.clear();
        a.theme.cues.clear();
        a.theme.explanation.clear();
    }
    p.quotes.clear();
    p
}

#[test]
fn a_preview_shows_the_articles_and_speakers_until_the_whole_corpus_replaces_it() {
    use centreline::tui::app::PREVIEW_NOTE;
    use centreline::tui::data::Data;
    let full = centreline::tui::testing::fixture_corpus();
    let mut app = App::new(Default::default(), Default::default());
    app.resize(140, 40);
    app.loaded_data(Data::preview(preview_of(&full)), Vec::new());
    assert!(app.partial());
    let screen = render(&app, 140, 40);
    assert!(screen.contains(PREVIEW_NOTE), "{screen}");
    assert!(screen.contains("Articles ("), "{screen}");
    assert!(screen.contains("Speakers ("), "{screen}");
    let first = &full.articles[app.articles.order[0]];
    assert!(screen.contains(&first.title[..20]), "{screen}");
    let named = &full.speakers[app.speakers.order[0]];
    assert!(screen.contains(&named.name), "{screen}");
    // No false count while the quotes are still being read.
    assert!(screen.contains("quotes …"), "{screen}");
    assert!(!screen.contains("· 0 quotes"), "{screen}");
    // Browsing works; corrections wait for the whole corpus.
    press(&mut app, "j j");
    let chosen = full.articles[app.articles.order[app.articles.sel]]
        .id
        .clone();
    press(&mut app, "3 R x Enter");
    assert!(app.correction.is_none());
    assert!(app.status.as_deref().unwrap().contains("still opening"));
    app.status = None;
    press(&mut app, "u");
    assert!(app.correction.is_none());
    assert!(
        app.status.as_deref().unwrap().contains("still opening"),
        "{:?}",
        app.status
    );
    // The whole corpus: shown in its place, with the same article selected.
    app.opened_fully(Data::new(full.clone()), Vec::new());
    assert!(!app.partial());
    let d = app.data.as_ref().unwrap();
    assert_eq!(
        d.corpus.articles[app.articles.order[app.articles.sel]].id,
        chosen
    );
    assert_eq!(d.corpus.quotes.len(), full.quotes.len());
    let screen = render(&app, 140, 40);
    assert!(!screen.contains(PREVIEW_NOTE), "{screen}");
    assert!(
        screen.contains(&format!("{} quotes", full.quotes.len())),
        "{screen}"
    );
}

/// A warning the full open found that the preview did not (the cache's
/// rest unreadable, or not written) is announced when the corpus replaces
/// the preview, not left for the user to find under `w`.
#[test]
fn a_warning_from_the_full_open_is_announced() {
    use centreline::tui::data::Data;
    let full = centreline::tui::testing::fixture_corpus();
    let mut app = App::new(Default::default(), Default::default());
    app.resize(140, 40);
    app.loaded_data(Data::preview(preview_of(&full)), Vec::new());
    app.opened_fully(
        Data::new(full.clone()),
        vec!["the store's cache could not be written: disk full".to_string()],
    );
    assert_eq!(app.status.as_deref(), Some("1 warning (w to list)"));
    assert_eq!(app.warnings.len(), 1);
}

/// An app showing the fixture corpus's preview, and the whole corpus to
/// replace it with.
fn previewed_app() -> (App, centreline::model::Corpus) {
    use centreline::tui::data::Data;
    let full = centreline::tui::testing::fixture_corpus();
    let mut app = App::new(Default::default(), Default::default());
    app.resize(140, 40);
    app.loaded_data(Data::preview(preview_of(&full)), Vec::new());
    assert!(app.partial());
    (app, full)
}

fn open_fully(app: &mut App, full: &centreline::model::Corpus) {
    app.opened_fully(centreline::tui::data::Data::new(full.clone()), Vec::new());
    assert!(!app.partial());
}

/// The finder opened and typed in over the preview is still there, with
/// its query, when the whole corpus comes; and its matches are the whole
/// corpus's.
#[test]
fn the_finder_and_its_query_survive_the_whole_corpus_replacing_the_preview() {
    let (mut app, full) = previewed_app();
    press(&mut app, "f thorn");
    open_fully(&mut app, &full);
    match &app.overlay {
        Some(Overlay::Finder(f)) => assert_eq!(f.query, "thorn"),
        other => panic!("finder expected, got {other:?}"),
    }
    press(&mut app, "Enter");
    let thornton = speaker_index(&app, "stephen-thornton");
    assert_eq!(app.jump.as_ref().map(|j| j.speaker), Some(thornton));
    assert_eq!(app.jump.as_ref().unwrap().quotes.len(), 2);
}

/// A comparison made over the preview stays when the whole corpus comes.
#[test]
fn a_comparison_survives_the_whole_corpus_replacing_the_preview() {
    let (mut app, full) = previewed_app();
    let (a0, a1) = (app.articles.order[0], app.articles.order[1]);
    press(&mut app, "c j c");
    assert!(matches!(app.screen, Screen::CompareArticles { .. }));
    open_fully(&mut app, &full);
    let Screen::CompareArticles { left, right, .. } = app.screen.clone() else {
        panic!("comparison expected, not {:?}", app.screen)
    };
    assert_eq!((left.article, right.article), (a0, a1));
    // Back leaves the comparison for where it was made: the history stayed.
    press(&mut app, "Esc");
    assert_eq!(app.screen, Screen::Main);
}

/// A speaker marked for comparison over the preview is still marked.
#[test]
fn a_speaker_mark_survives_the_whole_corpus_replacing_the_preview() {
    let (mut app, full) = previewed_app();
    press(&mut app, "Tab Tab c");
    let marked = app.marks.speaker.expect("a speaker marked");
    open_fully(&mut app, &full);
    assert_eq!(app.marks.speaker, Some(marked));
}

/// A search typed in the reader over the preview's empty article finds its
/// matches once the text has come.
#[test]
fn a_search_typed_over_the_preview_finds_matches_in_the_whole_corpus() {
    let (mut app, full) = previewed_app();
    let a = article_index(&app, "003");
    app.open_article(a);
    press(&mut app, "/");
    type_text(&mut app, "local");
    press(&mut app, "Enter");
    assert_eq!(app.search.as_ref().unwrap().matches.len(), 0);
    open_fully(&mut app, &full);
    let expected: usize = full.articles[a]
        .paragraphs
        .iter()
        .map(|p| p.text.to_lowercase().matches("local").count())
        .sum();
    assert!(expected > 3);
    let s = app.search.clone().expect("the search kept");
    assert_eq!(s.query, "local");
    assert_eq!(s.matches.len(), expected);
    assert_eq!(app.reader.article, a);
    press(&mut app, "n");
    assert_eq!(app.search.as_ref().unwrap().current, 1);
}

/// Explaining, paging and copying wait for the whole corpus, saying so,
/// rather than showing nothing; and the note goes when it comes.
#[test]
fn explain_pager_and_copy_say_the_corpus_is_still_opening_during_the_preview() {
    let (mut app, full) = previewed_app();
    press(&mut app, "e");
    assert!(app.overlay.is_none(), "{:?}", app.overlay);
    assert!(app.status.as_deref().unwrap().contains("still opening"));
    app.status = None;
    app.open_article(app.articles.order[0]);
    assert_eq!(app.focus, Focus::Reader);
    for key in ["e", "o", "y"] {
        press(&mut app, key);
        assert!(app.overlay.is_none() && app.pager.is_none() && app.clipboard.is_none());
        assert!(
            app.status.as_deref().unwrap().contains("still opening"),
            "{key}: {:?}",
            app.status
        );
        app.status = None;
    }
    press(&mut app, "o");
    open_fully(&mut app, &full);
    assert_eq!(app.status, None);
    press(&mut app, "o");
    assert!(app.pager.is_some());
}

/// A new name half typed over the preview is still being typed when the
/// whole corpus comes.
#[test]
fn a_rename_being_typed_survives_the_whole_corpus_replacing_the_preview() {
    let (mut app, full) = previewed_app();
    press(&mut app, "3 R");
    type_text(&mut app, "Sir");
    let Some(Overlay::Rename { speaker, text }) = app.overlay.clone() else {
        panic!("rename expected, got {:?}", app.overlay)
    };
    open_fully(&mut app, &full);
    match &app.overlay {
        Some(Overlay::Rename {
            speaker: s,
            text: t,
        }) => {
            assert_eq!((*s, t.as_str()), (speaker, text.as_str()));
            assert!(t.ends_with("Sir"), "{t}");
        }
        other => panic!("rename expected, got {other:?}"),
    }
}
