//! How the Reader pane is drawn: the article as any reader draws it
//! ([`crate::tui::ui::reader::draw_reader`], shared with the comparison),
//! under a title saying where the reader is and what it is stepping through.

use crate::tui::app::{App, MAX_MATCHES};
use crate::tui::ui::reader::{draw_reader, ReaderOpts};
use ratatui::layout::Rect;
use ratatui::Frame;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect, focused: bool) {
    let Some(d) = &app.data else { return };
    let mut title = String::from("Reader");
    title.push_str(if app.show_cues {
        " · tints on"
    } else {
        " · tints off"
    });
    if let Some(s) = &app.search {
        let cur = if s.matches.is_empty() {
            0
        } else {
            s.current + 1
        };
        let total = if s.matches.len() >= MAX_MATCHES {
            format!("{MAX_MATCHES}+")
        } else {
            s.matches.len().to_string()
        };
        title.push_str(&format!(" · /{} {cur}/{total}", s.query));
    } else if let Some(j) = &app.jump {
        let name = d.speaker(j.speaker).map_or("", |s| s.name.as_str());
        title.push_str(&format!(
            " · {name}'s quotes {}/{} (n/N)",
            j.pos + 1,
            j.quotes.len()
        ));
    }
    // Where the reader is (`¶ 3/24`, the quote among the article's quotes),
    // last, so a narrow title loses it first.
    if let Some(a) = d.article(app.reader.article) {
        if !a.paragraphs.is_empty() {
            title.push_str(&format!(
                " · ¶ {}/{}",
                app.reader.cursor + 1,
                a.paragraphs.len()
            ));
        }
        let quotes = &d.quotes_by_article[app.reader.article];
        if let Some(n) = app
            .reader
            .quote
            .and_then(|q| quotes.iter().position(|&x| x == q))
        {
            title.push_str(&format!(" · quote {}/{}", n + 1, quotes.len()));
        }
    }
    let opts = ReaderOpts {
        search: app.search.as_ref(),
        ..Default::default()
    };
    draw_reader(frame, app, &app.reader, area, focused, &title, &opts);
}
