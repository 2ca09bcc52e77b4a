//! The Reader pane's keys and what it can do now. Its state is the app's:
//! the Reader shows the app's current article (`app.reader`, with its
//! search and the speaker's quotes `n`/`N` step through), which the lists
//! follow, history restores and comparisons start from; its movements
//! (`app/reader_nav.rs`) are shared with the article comparison.

use crate::model::QuoteKind;
use crate::tui::action::Action;
use crate::tui::app::{App, Explained, Overlay, Screen, Search};

/// What `action` does while the Reader has the focus.
pub(super) fn keys(app: &mut App, action: Action) {
    let area = app.reader_text_area();
    match action {
        Action::Up
        | Action::Down
        | Action::Top
        | Action::Bottom
        | Action::PageUp
        | Action::PageDown
        | Action::HalfPageUp
        | Action::HalfPageDown => {
            let mut pos = app.reader;
            app.scroll_pos(&mut pos, action, area);
            app.reader = pos;
        }
        Action::NextQuote | Action::PrevQuote => {
            let mut pos = app.reader;
            let moved = app.step_quote(&mut pos, action == Action::NextQuote, area);
            app.reader = pos;
            app.status = if moved {
                app.reader.quote.and_then(|q| app.who_said(q))
            } else {
                Some(app.no_quote_message(pos.article).into())
            };
        }
        Action::Search => {
            app.search = Some(Search {
                query: String::new(),
                matches: Vec::new(),
                current: 0,
            });
            app.overlay = Some(Overlay::Search { before: app.reader });
        }
        Action::NextMatch | Action::PrevMatch => app.next_match(action == Action::NextMatch),
        Action::Explain => app.explain(Explained::Paragraph),
        Action::Pager => app.pager = app.article_text(app.reader.article),
        Action::HideThin => {
            app.hide_partial_quotes = !app.hide_partial_quotes;
            if app.hide_partial_quotes
                && app
                    .reader
                    .quote
                    .and_then(|q| app.data.as_ref()?.quote(q))
                    .is_some_and(|q| q.kind == QuoteKind::Partial)
            {
                app.reader.quote = None;
            }
            app.status = Some(
                if app.hide_partial_quotes {
                    "Partial quotes hidden: plain text, skipped by ] and [ (H shows them)."
                } else {
                    "Partial quotes shown."
                }
                .into(),
            );
        }
        Action::Assign | Action::Reject => match app.reader.quote {
            Some(q) if action == Action::Assign => app.start_assign(q),
            Some(q) => app.reject_quote(q),
            None => app.status = Some("Move to a quote with ] first.".into()),
        },
        Action::Copy => match app.reader.quote.and_then(|q| app.citation(q)) {
            Some(text) => {
                app.clipboard = Some(text);
                app.status = Some("Quote and citation copied to the clipboard.".into());
            }
            None => app.status = Some("Move to a quote with ] first.".into()),
        },
        Action::Open => {
            let d = app.data.as_ref();
            let speaker = app.reader.quote.and_then(|q| {
                let d = d?;
                let s = *d.speaker_index.get(d.quote(q)?.speaker.as_deref()?)?;
                let pos = d.quotes_by_speaker[s].iter().position(|&x| x == q)?;
                Some((s, pos))
            });
            match speaker {
                Some((speaker, selected)) => {
                    app.remember();
                    app.screen = Screen::SpeakerQuotes { speaker, selected };
                }
                None if !app.has_quotes(app.reader.article) => {
                    app.status = Some(app.no_quote_message(app.reader.article).into())
                }
                None if app.reader.quote.is_some() => {
                    app.status = Some("Nobody is credited with this quote.".into())
                }
                None => {
                    app.status = Some(
                        "Move to a quote with ] first; Enter then lists all its speaker's quotes."
                            .into(),
                    )
                }
            }
        }
        Action::Compare => app.compare_article(app.reader.article),
        Action::Back => {
            if app.search.is_some() {
                app.search = None;
            } else if app.jump.is_some() {
                app.jump = None;
            } else {
                app.clear_marks_or(|app| app.set_focus(app.side));
            }
        }
        _ => {}
    }
}

/// Whether `action` can do anything in the Reader now.
pub(super) fn can_do(app: &App, action: Action) -> bool {
    use Action as A;
    match action {
        A::NextQuote | A::PrevQuote | A::Open => app.has_quotes(app.reader.article),
        // Copying and correcting need a current quote (`]` first).
        A::Copy | A::Assign | A::Reject => app.reader.quote.is_some(),
        A::NextMatch | A::PrevMatch => {
            app.search.as_ref().is_some_and(|s| !s.matches.is_empty())
                || (app.search.is_none() && app.jump.is_some())
        }
        _ => true,
    }
}
