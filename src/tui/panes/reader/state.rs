//! The Reader pane's keys and what it can do now. Its state is the app's:
//! the Reader shows the app's current article (`app.reader`, with its
//! search and the speaker's quotes `n`/`N` step through), which the lists
//! follow, history restores and comparisons start from; its movements
//! (`app/reader_nav.rs`) are shared with the article comparison.

use super::super::Click;
use crate::model::QuoteKind;
use crate::tui::action::Action;
use crate::tui::app::{contains, text_area, App, Explained, Overlay, Screen, Search};
use crate::tui::finder::Target;
use crate::tui::reading::Line;
use ratatui::layout::Rect;

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
        Action::Pager | Action::Copy if app.refused_in_preview() => {}
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

/// A click on a speaker's name, as the Reader marks it, goes to that speaker.
pub(super) fn click(app: &mut App, c: Click) {
    if let Some(s) = speaker_at(app, c.area, c.x, c.y) {
        app.jump_to(Target::Speaker(s));
    }
}

/// The speaker whose marked name is drawn at `(x, y)` in the main
/// Reader's pane `area`, if any: the screen cell is traced back through
/// the article's layout to a character of a paragraph, and that to the
/// paragraph's mentions (the names the Reader marks).
fn speaker_at(app: &App, area: Rect, x: u16, y: u16) -> Option<usize> {
    let text = text_area(area);
    if !contains(text, x, y) {
        return None;
    }
    let d = app.data.as_ref()?;
    let article = d.article(app.reader.article)?;
    let layout = app.layout_for(&app.reader, text.width)?;
    let scroll = app
        .reader
        .scroll
        .min(layout.max_scroll(text.height as usize));
    let &Line::Body { para, start, end } = layout.lines.get(scroll + (y - text.y) as usize)? else {
        return None;
    };
    let p = article.paragraphs.get(para)?;
    // The byte under column `x`, counting columns as drawing does.
    let mut col = text.x;
    let mut at = None;
    for (i, c) in p.text.get(start..end)?.char_indices() {
        let w = crate::tui::text::char_width(c) as u16;
        if x < col.saturating_add(w.max(1)) {
            at = Some(start + i);
            break;
        }
        col = col.saturating_add(w);
    }
    let char_at = p.text.get(..at?)?.chars().count();
    let m = p
        .mentions
        .iter()
        .find(|m| m.start <= char_at && char_at < m.end)?;
    d.speaker_index.get(&m.speaker).copied()
}
