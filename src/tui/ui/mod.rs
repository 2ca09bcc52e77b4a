//! Drawing: a pure function of the [`App`] state. The main screen's panes
//! draw themselves (each in its folder under [`crate::tui::panes`]); what
//! is here is the frame around them, the other screens, the pop-ups, and
//! the pieces the panes draw alike.

pub mod bars;
pub mod compare;
pub mod corpus_search;
pub use crate::tui::measure::groups;
pub mod lists;
pub mod overlays;
pub mod reader;

use super::app::{App, Load, Screen};
use super::layout::{self, Focus};
use super::panes;
use super::text::truncate;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, Gauge, Paragraph, Scrollbar, ScrollbarOrientation,
    ScrollbarState, Wrap,
};
use ratatui::Frame;

/// Draw the whole screen for `app`.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if layout::too_small(area) {
        let msg = format!(
            "Terminal too small ({}×{}): centreline needs at least {}×{}. Enlarge it, or press q to quit.",
            area.width,
            area.height,
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let (top, body, hint) = layout::frame_areas(area);
    bars::draw_top(frame, app, top);
    match &app.load {
        Load::Loading { .. } => draw_loading(frame, app, body),
        Load::Failed(msg) => draw_failed(frame, app, body, msg),
        Load::Ready => match &app.screen {
            Screen::Main => draw_main(frame, app, body),
            Screen::SpeakerQuotes { .. } => lists::draw_speaker_quotes(frame, app, body),
            Screen::CompareArticles { .. } => compare::draw_articles(frame, app, body),
            Screen::CompareSpeakers { .. } => compare::draw_speakers(frame, app, body),
        },
    }
    bars::draw_hints(frame, app, hint);
    overlays::draw(frame, app, body);
}

fn draw_main(frame: &mut Frame, app: &App, body: Rect) {
    let panes = layout::panes_maybe_maximized(body, app.focus, app.side, app.maximized);
    for f in Focus::ORDER {
        if let Some(r) = panes.get(f) {
            (panes::pane(f).draw)(frame, app, r, f == app.focus);
        }
    }
}

/// A bordered block whose focus is unmistakable: thick coloured border and a
/// reversed title with a marker.
pub fn pane_block<'a>(app: &App, title: &str, focused: bool, width: u16) -> Block<'a> {
    let pal = &app.palette;
    let t = if focused {
        format!("▶ {title} ")
    } else {
        format!(" {title} ")
    };
    let t = truncate(&t, width.saturating_sub(2) as usize);
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(pal.border(focused))
        .title(Span::styled(t, pal.title(focused)))
}

/// A scrollbar down column `x` over `rows` (a pane's right border, or the
/// edge of a section), when there is anything to scroll: its thumb is where
/// `pos` is among `len` positions, as the title's `(57/417)` says, and as
/// long as the `visible` part is of the whole. Only the thumb is drawn, so
/// the border it sits on is its track.
pub fn scrollbar(frame: &mut Frame, app: &App, x: u16, rows: Rect, sb: ScrollPos, focused: bool) {
    if !sb.scrolls() || rows.height < 2 || rows.width == 0 {
        return;
    }
    let area = Rect {
        x,
        width: 1,
        ..rows
    };
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(None)
        .thumb_symbol("█")
        .thumb_style(app.palette.border(focused));
    let mut state = ScrollbarState::new(sb.len)
        .position(sb.pos.min(sb.len - 1))
        .viewport_content_length(sb.visible);
    frame.render_stateful_widget(bar, area, &mut state);
}

/// What a scrollbar shows: `pos` among `len` positions, `visible` of them
/// on screen at once. For a list, the selected row among its rows; for the
/// Reader, its top line among the lines it can start at.
#[derive(Debug, Clone, Copy)]
pub struct ScrollPos {
    pub pos: usize,
    pub len: usize,
    pub visible: usize,
    /// The Reader: `len` counts scroll positions, not lines, so anything
    /// past the first means there is more than fits.
    pub by_scroll: bool,
}

impl ScrollPos {
    /// A list's selected row among `len`, `visible` at once.
    pub fn list(pos: usize, len: usize, visible: usize) -> Self {
        ScrollPos {
            pos,
            len,
            visible,
            by_scroll: false,
        }
    }

    /// Whether there is more than fits.
    pub fn scrolls(&self) -> bool {
        if self.by_scroll {
            self.len > 1
        } else {
            self.len > self.visible
        }
    }
}

/// A scrollbar on a bordered pane's right border, between its corners.
pub fn pane_scrollbar(frame: &mut Frame, app: &App, pane: Rect, sb: ScrollPos, focused: bool) {
    let inner = layout::inner(pane);
    if pane.width < 2 {
        return;
    }
    scrollbar(frame, app, pane.x + pane.width - 1, inner, sb, focused);
}

fn draw_loading(frame: &mut Frame, app: &App, body: Rect) {
    let Load::Loading {
        files_total,
        files_read,
        analysed,
        fraction,
    } = app.load
    else {
        return;
    };
    let r = layout::centred(body, 60, 5);
    let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][(app.tick % 10) as usize];
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {spinner} Loading the corpus "));
    let label = if files_total == 0 {
        "finding files…".to_string()
    } else {
        format!("read {files_read}/{files_total} files · analysed {analysed}")
    };
    let gauge = Gauge::default()
        .block(block)
        .gauge_style(app.palette.side(true))
        .ratio(fraction.clamp(0.0, 1.0))
        .label(truncate(&label, r.width.saturating_sub(2) as usize));
    frame.render_widget(Clear, r);
    frame.render_widget(gauge, r);
}

fn draw_failed(frame: &mut Frame, app: &App, body: Rect, msg: &str) {
    let r = layout::centred(body, 70, 8);
    let text = vec![
        Line::styled("Could not open the corpus", app.palette.error()),
        Line::raw(""),
        Line::raw(msg.to_string()),
        Line::raw(""),
        Line::styled("Press q to quit.", Style::default()),
    ];
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(app.palette.error()),
        ),
        r,
    );
}
