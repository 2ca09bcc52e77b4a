//! Fuzzy finding (SkimMatcherV2). As the query grows, only the previous
//! matches are scored again; only the best [`SHOWN`] are sorted; matched
//! characters are computed for the rows actually drawn.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

/// Most results kept in rank order (a screen never shows more).
pub const SHOWN: usize = 200;

static MATCHER: LazyLock<SkimMatcherV2> = LazyLock::new(|| SkimMatcherV2::default().smart_case());

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Speaker(usize),
    Article(usize),
    Quote(usize),
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub target: Target,
    pub text: String,
    /// Added to the match score: how prominent the entry is, so that among
    /// equal matches the one a reader most likely wants comes first (`blair`:
    /// Tony Blair with 385 quotes before `Blair spokesman` with 4).
    pub weight: i64,
}

impl Entry {
    pub fn new(target: Target, mut text: String) -> Self {
        // Built by formatting, so with room to spare; the finder keeps
        // one per speaker, article and quote for the whole session.
        text.shrink_to_fit();
        Entry {
            target,
            text,
            weight: 0,
        }
    }

    /// A speaker's entry, weighted by how often they are quoted (by the
    /// logarithm: 4 quotes to 385 is worth about a word-start match).
    pub fn speaker(target: Target, text: String, quotes: usize) -> Self {
        Entry {
            weight: (20.0 * (1.0 + quotes as f64).log2()) as i64,
            ..Entry::new(target, text)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinderKind {
    /// `f`: speakers only.
    Speakers,
    /// Ctrl-p: speakers, articles and quotes.
    Everything,
}

#[derive(Debug, Clone)]
pub struct FinderState {
    pub kind: FinderKind,
    pub query: String,
    /// Entries to score against `query`: all of them, or, when the query
    /// grew, only what the shorter query matched (or had yet to test).
    todo: Vec<u32>,
    /// How much of `todo` is scored.
    done: usize,
    /// Matches found so far, with their scores.
    scored: Vec<(u32, i64)>,
    /// The best matches so far, best first: (entry, score).
    pub ranked: Vec<(u32, i64)>,
    /// How many entries match (so far, while [`Self::searching`]).
    pub total: usize,
    pub selected: usize,
}

/// Added to the score of an entry that holds the query as typed, so that
/// every such entry ranks above every scattered-letter match.
const HOLDS: i64 = 1 << 40;

/// Entries scored between checks of the time budget.
const CHUNK: usize = 2048;
/// Time spent filtering before a frame is drawn; the rest of a big search
/// continues between frames (as fzf and skim do), so typing never waits.
pub const KEYSTROKE_BUDGET: Duration = Duration::from_millis(8);

impl FinderState {
    pub fn new(kind: FinderKind, entries: &[Entry]) -> Self {
        let mut f = FinderState {
            kind,
            query: String::new(),
            todo: Vec::new(),
            done: 0,
            scored: Vec::new(),
            ranked: Vec::new(),
            total: 0,
            selected: 0,
        };
        f.refilter(entries, false);
        f
    }

    pub fn push(&mut self, c: char, entries: &[Entry]) {
        self.query.push(c);
        self.refilter(entries, true);
    }

    pub fn pop(&mut self, entries: &[Entry]) {
        if self.query.pop().is_some() {
            self.refilter(entries, false);
        }
    }

    /// Match the query again, over `entries` that have changed.
    pub fn rerun(&mut self, entries: &[Entry]) {
        self.refilter(entries, false);
    }

    pub fn selected_target(&self, entries: &[Entry]) -> Option<Target> {
        let &(i, _) = self.ranked.get(self.selected)?;
        entries.get(i as usize).map(|e| e.target)
    }

    pub fn move_by(&mut self, delta: isize) {
        let n = self.ranked.len();
        if n == 0 {
            self.selected = 0;
            return;
        }
        self.selected = (self.selected as isize + delta).clamp(0, n as isize - 1) as usize;
    }

    /// While a search is unfinished, the fraction of it done.
    pub fn searching(&self) -> Option<f64> {
        (self.done < self.todo.len()).then(|| self.done as f64 / self.todo.len().max(1) as f64)
    }

    /// Start matching `query` again and take a keystroke's worth of it.
    /// `grew`: the query only got longer, so every match is among the
    /// previous matches and the entries not yet tested.
    fn refilter(&mut self, entries: &[Entry], grew: bool) {
        if self.restart(entries, grew) {
            self.work(entries, KEYSTROKE_BUDGET);
        }
    }

    /// Set up the candidates; false when there is nothing to score (empty query).
    fn restart(&mut self, entries: &[Entry], grew: bool) -> bool {
        self.selected = 0;
        if self.query.trim().is_empty() {
            self.todo.clear();
            self.done = 0;
            self.scored = (0..entries.len() as u32).map(|i| (i, 0)).collect();
            self.total = entries.len();
            self.ranked = self.scored.iter().take(SHOWN).copied().collect();
            return false;
        }
        let candidates: Vec<u32> = if grew {
            let mut c: Vec<u32> = self.scored.iter().map(|&(i, _)| i).collect();
            c.extend_from_slice(&self.todo[self.done.min(self.todo.len())..]);
            c
        } else {
            (0..entries.len() as u32).collect()
        };
        self.todo = candidates;
        self.done = 0;
        self.scored.clear();
        true
    }

    /// Score more entries, for about `budget` (at least one chunk). Returns
    /// whether work remains.
    pub fn work(&mut self, entries: &[Entry], budget: Duration) -> bool {
        let start = Instant::now();
        let query = self.query.trim();
        let lower_query = query.to_lowercase();
        let score = |&i: &u32| {
            let e = entries.get(i as usize)?;
            let s = MATCHER.fuzzy_match(&e.text, query)?;
            let bonus = word_bonus(&e.text, &lower_query);
            Some((i, s + bonus + e.weight + if bonus > 0 { HOLDS } else { 0 }))
        };
        while self.done < self.todo.len() {
            let end = (self.done + CHUNK).min(self.todo.len());
            let found: Vec<(u32, i64)> = self.todo[self.done..end]
                .par_iter()
                .filter_map(score)
                .collect();
            self.scored.extend(found);
            self.done = end;
            if start.elapsed() >= budget {
                break;
            }
        }
        // When some entry holds the query as typed, entries matched only by
        // scattered letters are noise (`thorn` in `NORTH and east devoN`)
        // and are not shown; a typo (`thornten`) that no entry holds is
        // matched loosely. (`scored` keeps them all, so that narrowing stays
        // the same as a fresh search.)
        let holding = self.scored.iter().filter(|s| s.1 >= HOLDS).count();
        self.total = if holding > 0 {
            holding
        } else {
            self.scored.len()
        };
        self.ranked = top(&self.scored, SHOWN);
        if holding > 0 {
            self.ranked.retain(|s| s.1 >= HOLDS);
        }
        if self.done >= self.todo.len() {
            // Finished: keep only the matches, for the next keystroke.
            self.todo.clear();
            self.done = 0;
        }
        self.searching().is_some()
    }
}

/// The `k` best by score (ties: earlier entry first), sorted, without sorting
/// everything.
fn top(all: &[(u32, i64)], k: usize) -> Vec<(u32, i64)> {
    let mut scored = all.to_vec();
    let order = |a: &(u32, i64), b: &(u32, i64)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
    if scored.len() > k {
        scored.select_nth_unstable_by(k, order);
        scored.truncate(k);
    }
    scored.sort_unstable_by(order);
    scored
}

/// Skim scores scattered letters (`Theo HORNe`) close to a whole word
/// (`THORNton`); what people type is usually the start of a word, so a
/// match at a word's start ranks first, a match inside a word next.
fn word_bonus(text: &str, lower_query: &str) -> i64 {
    let lower = text.to_lowercase();
    let mut best = 0;
    for (at, _) in lower.match_indices(lower_query) {
        let word_start = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start {
            return 100;
        }
        best = 50;
    }
    best
}

/// Character indices of `text` matched by `query`, for highlighting.
pub fn matched_chars(text: &str, query: &str) -> Vec<usize> {
    let q = query.trim();
    if q.is_empty() {
        return Vec::new();
    }
    MATCHER
        .fuzzy_indices(text, q)
        .map(|(_, idx)| idx)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[&str]) -> Vec<Entry> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| Entry::new(Target::Speaker(i), n.to_string()))
            .collect()
    }

    #[test]
    fn among_equal_matches_the_most_quoted_speaker_comes_first() {
        // BBC politics: `blair`.
        let e = vec![
            Entry::speaker(Target::Speaker(0), "Blair spokesman".into(), 4),
            Entry::speaker(Target::Speaker(1), "Blair government".into(), 2),
            Entry::speaker(
                Target::Speaker(2),
                "Tony Blair · Mr Blair · Blair · UK Prime Minister".into(),
                385,
            ),
        ];
        let mut f = FinderState::new(FinderKind::Speakers, &e);
        for c in "blair".chars() {
            f.push(c, &e);
        }
        assert_eq!(f.selected_target(&e), Some(Target::Speaker(2)));
    }

    #[test]
    fn scattered_letters_show_only_when_nobody_holds_the_query() {
        let e = entries(&[
            "Stephen Thornton · Mr Thornton · NHS Confederation chief executive",
            "Gill Morgan · chief executive of North and East Devon health authority",
        ]);
        let mut f = FinderState::new(FinderKind::Speakers, &e);
        for c in "thorn".chars() {
            f.push(c, &e);
        }
        let shown: Vec<u32> = f.ranked.iter().map(|r| r.0).collect();
        assert_eq!((shown, f.total), (vec![0], 1));
        // A typo nobody holds is still matched loosely.
        let mut typo = FinderState::new(FinderKind::Speakers, &e);
        for c in "thornten".chars() {
            typo.push(c, &e);
        }
        assert_eq!(typo.selected_target(&e), Some(Target::Speaker(0)));
    }

    #[test]
    fn thorn_ranks_thornton_first_and_narrowing_agrees_with_a_fresh_search() {
        let e = entries(&[
            "Alan Milburn · Mr Milburn · health secretary",
            "Stephen Thornton · Mr Thornton · chief executive",
            "Tash Shifrin · reporter",
            "Theo Horne",
        ]);
        let mut f = FinderState::new(FinderKind::Speakers, &e);
        for c in "thorn".chars() {
            f.push(c, &e);
        }
        assert_eq!(f.selected_target(&e), Some(Target::Speaker(1)));
        let mut fresh = FinderState::new(FinderKind::Speakers, &e);
        fresh.query = "thorn".into();
        fresh.refilter(&e, false);
        assert_eq!(fresh.ranked, f.ranked);
        f.pop(&e);
        assert_eq!(f.query, "thor");
    }

    /// A search left unfinished by the time budget, narrowed by more typing,
    /// ends with exactly what a search from scratch finds.
    #[test]
    fn unfinished_searches_narrow_correctly() {
        let names: Vec<String> = (0..20_000)
            .map(|i| format!("Speaker{i} Thornton{} · role{}", i % 97, i % 13))
            .collect();
        let e: Vec<Entry> = names
            .into_iter()
            .enumerate()
            .map(|(i, n)| Entry::new(Target::Speaker(i), n))
            .collect();
        let mut f = FinderState::new(FinderKind::Speakers, &e);
        f.query.push('t');
        f.restart(&e, true);
        f.work(&e, Duration::ZERO);
        assert!(f.searching().is_some(), "one chunk only");
        f.query.push('9');
        f.restart(&e, true);
        f.work(&e, Duration::ZERO);
        while f.work(&e, Duration::ZERO) {}
        let mut fresh = FinderState::new(FinderKind::Speakers, &e);
        fresh.query = "t9".into();
        fresh.restart(&e, false);
        fresh.work(&e, Duration::MAX);
        assert_eq!(f.total, fresh.total);
        assert_eq!(f.ranked, fresh.ranked);
        assert!(f.total > 100);
    }

    #[test]
    fn top_keeps_the_best_in_order() {
        let v: Vec<(u32, i64)> = (0..1000).map(|i| (i, (i as i64 * 7919) % 1000)).collect();
        let t = top(&v, 10);
        let mut all = v;
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        assert_eq!(t, all[..10].to_vec());
    }
}
