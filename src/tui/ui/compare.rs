//! Side-by-side comparison of two articles or two speakers.

use super::pane_block;
use super::reader::{compare_title, draw_reader, ReaderOpts};
use crate::tui::app::{App, Screen};

use crate::tui::layout;
use crate::tui::text::truncate;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw_articles(frame: &mut Frame, app: &App, body: Rect) {
    let Some(d) = &app.data else { return };
    let Screen::CompareArticles {
        left,
        right,
        right_focused,
        locked,
        speaker,
    } = &app.screen
    else {
        return;
    };
    let cols = layout::columns(body, &[body.width / 2, 0]);
    let common: Vec<usize> = d.speakers_in_article[left.article]
        .iter()
        .copied()
        .filter(|s| {
            d.speakers_in_article
                .get(right.article)
                .is_some_and(|r| r.contains(s))
        })
        .collect();
    let opts = ReaderOpts {
        search: None,
        common: &common,
        speaker: *speaker,
        pin_lean: true,
    };
    let lock = if *locked { " · locked" } else { "" };
    let lt = compare_title(app, "Left", left, cols[0].width, lock);
    let rt = compare_title(app, "Right", right, cols[1].width, lock);
    draw_reader(frame, app, left, cols[0], !right_focused, &lt, &opts);
    draw_reader(frame, app, right, cols[1], *right_focused, &rt, &opts);
}

pub fn draw_speakers(frame: &mut Frame, app: &App, body: Rect) {
    let Screen::CompareSpeakers {
        a,
        b,
        scroll,
        right_focused,
        locked,
    } = &app.screen
    else {
        return;
    };
    let Some(d) = &app.data else { return };
    let cols = layout::columns(body, &[body.width / 2, 0]);
    for (i, &s) in [*a, *b].iter().enumerate() {
        let focused = (i == 1) == *right_focused;
        let name = d.speaker(s).map_or("", |x| x.name.as_str());
        let lock = if *locked { " · locked" } else { "" };
        let room = (cols[i].width.saturating_sub(6) as usize).saturating_sub(lock.len());
        let side = if i == 0 { "Left" } else { "Right" };
        let title = truncate(&format!("{side}: {name}"), room) + lock;
        let block = pane_block(app, &title, focused, cols[i].width);
        let inner = layout::inner(cols[i]);
        frame.render_widget(block, cols[i]);
        let lines = speaker_column_lines(app, s, inner.width);
        let max = lines.len().saturating_sub(inner.height as usize);
        let shown: Vec<Line> = lines
            .into_iter()
            .skip(scroll[i].min(max))
            .take(inner.height as usize)
            .collect();
        frame.render_widget(Paragraph::new(shown), inner);
    }
}

pub use crate::tui::measure::lines::speaker_column_lines;
