//! Marking and comparing: two articles, two speakers, one speaker in two articles.

use super::reader_nav::goto_para_pos;
use super::*;

/// What a key shared by both comparisons did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shared {
    /// Not a shared key.
    No,
    Done,
    /// The comparison was left (the screen is no longer a comparison).
    Left,
}

impl App {
    // ---- comparison -------------------------------------------------------

    /// `c` on an article: mark it, or compare it with the marked one.
    pub fn compare_article(&mut self, a: usize) {
        match self.marks.article {
            Some(m) if m == a => {
                self.marks.article = None;
                self.status = Some("Article unmarked.".into());
            }
            Some(m) => {
                let speaker = self.marks.speaker;
                self.marks = Marks::default();
                self.remember();
                self.screen = Screen::CompareArticles {
                    left: ReaderPos::at(m),
                    right: ReaderPos::at(a),
                    right_focused: false,
                    locked: false,
                    speaker,
                };
                self.load_texts();
                if let Some(s) = speaker {
                    // Start each side at the speaker's first quote there.
                    let areas = [self.compare_text_area(false), self.compare_text_area(true)];
                    if let Screen::CompareArticles {
                        mut left,
                        mut right,
                        right_focused,
                        locked,
                        speaker,
                    } = self.screen.clone()
                    {
                        for (pos, area) in [(&mut left, areas[0]), (&mut right, areas[1])] {
                            let first = self.data.as_ref().and_then(|d| {
                                d.quotes_by_speaker[s]
                                    .iter()
                                    .copied()
                                    .find(|&q| d.quote_article(q) == Some(pos.article))
                            });
                            if let Some(q) = first {
                                let para = self
                                    .data
                                    .as_ref()
                                    .map_or(0, |d| d.corpus.quotes[q].paragraph);
                                goto_para_pos(self, pos, para, area);
                                pos.quote = Some(q);
                            }
                        }
                        self.screen = Screen::CompareArticles {
                            left,
                            right,
                            right_focused,
                            locked,
                            speaker,
                        };
                    }
                }
            }
            None => {
                self.marks.article = Some(a);
                // The top bar names what is marked; the status says what next.
                self.status = Some(match self.marks.speaker {
                    Some(_) => "Press c on another article to compare the speaker in both.".into(),
                    None => "Press c on another article to compare.".into(),
                });
            }
        }
    }

    /// `c` on a speaker: mark them, or compare them with the marked one.
    pub fn compare_speaker(&mut self, s: usize) {
        match self.marks.speaker {
            Some(m) if m == s => {
                self.marks.speaker = None;
                self.status = Some("Speaker unmarked.".into());
            }
            // A second speaker means comparing the two speakers, whatever
            // article was marked too (it was waiting for a second article).
            Some(m) => {
                self.marks = Marks::default();
                self.remember();
                self.screen = Screen::CompareSpeakers {
                    a: m,
                    b: s,
                    scroll: [0, 0],
                    right_focused: false,
                    locked: false,
                };
            }
            _ => {
                self.marks.speaker = Some(s);
                self.status = Some(
                    "Press c on another speaker, or on two articles to see them in both.".into(),
                );
            }
        }
    }

    pub(super) fn apply_compare_articles(&mut self, action: Action) {
        let Screen::CompareArticles {
            mut left,
            mut right,
            mut right_focused,
            mut locked,
            speaker,
        } = self.screen.clone()
        else {
            return;
        };
        match self.shared_compare_key(action, &mut right_focused, &mut locked) {
            Shared::Left => return,
            Shared::Done => {}
            Shared::No => {
                self.compare_articles_key(action, [&mut left, &mut right], right_focused, locked)
            }
        }
        self.screen = Screen::CompareArticles {
            left,
            right,
            right_focused,
            locked,
            speaker,
        };
    }

    /// Keys of the article comparison beyond the shared ones: stepping
    /// through quotes and (locked) scrolling.
    fn compare_articles_key(
        &mut self,
        action: Action,
        [left, right]: [&mut ReaderPos; 2],
        right_focused: bool,
        locked: bool,
    ) {
        let areas = [self.compare_text_area(false), self.compare_text_area(true)];
        let (first, second, a1, a2) = if right_focused {
            (right, left, areas[1], areas[0])
        } else {
            (left, right, areas[0], areas[1])
        };
        let moved = match action {
            Action::NextQuote | Action::PrevQuote => {
                let before = first.scroll as isize;
                if !self.step_quote(first, action == Action::NextQuote, a1) {
                    self.status = Some(self.no_quote_message(first.article).into());
                }
                first.scroll as isize - before
            }
            _ => self.scroll_pos(first, action, a1),
        };
        // Locked, the other side scrolls by as much, whatever moved this one
        // (lines, pages or a jump to the next quote).
        if locked && moved != 0 {
            let l = self.layout_for(second, a2.width);
            let max = l.as_ref().map_or(0, |l| l.max_scroll(a2.height as usize));
            second.scroll = (second.scroll as isize + moved).clamp(0, max as isize) as usize;
            if let Some(l) = l {
                second.cursor = l.para_at(second.scroll).unwrap_or(0);
            }
        }
    }

    pub(super) fn apply_compare_speakers(&mut self, action: Action) {
        let Screen::CompareSpeakers {
            a,
            b,
            mut scroll,
            mut right_focused,
            mut locked,
        } = self.screen.clone()
        else {
            return;
        };
        let h = self.body_height().saturating_sub(2).max(1);
        let side = usize::from(right_focused);
        let delta: isize = match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::PageDown => h as isize - 1,
            Action::PageUp => -(h as isize - 1),
            Action::HalfPageDown => (h / 2) as isize,
            Action::HalfPageUp => -((h / 2) as isize),
            Action::Top => -(scroll[side] as isize),
            Action::Bottom => 100_000,
            _ => 0,
        };
        if self.shared_compare_key(action, &mut right_focused, &mut locked) == Shared::Left {
            return;
        }
        if delta != 0 {
            let max = self.compare_speaker_max_scroll([a, b]);
            let targets: Vec<usize> = if locked { vec![0, 1] } else { vec![side] };
            for t in targets {
                scroll[t] = (scroll[t] as isize + delta).clamp(0, max[t] as isize) as usize;
            }
        }
        self.screen = Screen::CompareSpeakers {
            a,
            b,
            scroll,
            right_focused,
            locked,
        };
    }

    /// The keys both comparisons share: Tab switches side, `s` locks the
    /// two sides' scrolling together, Esc leaves.
    fn shared_compare_key(
        &mut self,
        action: Action,
        right_focused: &mut bool,
        locked: &mut bool,
    ) -> Shared {
        match action {
            Action::FocusNext | Action::FocusPrev => *right_focused = !*right_focused,
            Action::LockScroll => {
                *locked = !*locked;
                self.status = Some(format!(
                    "Scrolling {}",
                    if *locked {
                        "locked together"
                    } else {
                        "independent"
                    }
                ));
            }
            Action::Back => {
                self.go_back();
                return Shared::Left;
            }
            _ => return Shared::No,
        }
        Shared::Done
    }

    pub(super) fn compare_speaker_max_scroll(&self, who: [usize; 2]) -> [usize; 2] {
        let body = self.body();
        let cols = layout::columns(body, &[body.width / 2, 0]);
        let mut out = [0; 2];
        for i in 0..2 {
            let inner = layout::inner(cols[i]);
            let n =
                crate::tui::measure::lines::speaker_column_lines(self, who[i], inner.width).len();
            out[i] = n.saturating_sub(inner.height as usize);
        }
        out
    }
}
