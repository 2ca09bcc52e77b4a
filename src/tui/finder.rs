//! Fuzzy finding (SkimMatcherV2). As the query grows, only the previous
//! matches are scored again; only the best [`SHOWN`] are sorted; matched
//! characters are computed for the rows actually drawn.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;
use std::sync::LazyLock;

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
}

impl Entry {
    pub fn new(target: Target, text: String) -> Self {
        Entry { target, text }
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
    /// Every entry matching `query` (unordered), for narrowing.
    matched: Vec<u32>,
    /// The best matches, best first: (entry, score).
    pub ranked: Vec<(u32, i64)>,
    /// How many entries match in all.
    pub total: usize,
    pub selected: usize,
}

impl FinderState {
    pub fn new(kind: FinderKind, entries: &[Entry]) -> Self {
        let mut f = FinderState {
            kind,
            query: String::new(),
            matched: Vec::new(),
            ranked: Vec::new(),
            total: 0,
            selected: 0,
        };
        f.refilter(entries, None);
        f
    }

    pub fn push(&mut self, c: char, entries: &[Entry]) {
        let old = self.query.clone();
        self.query.push(c);
        self.refilter(entries, Some(&old));
    }

    pub fn pop(&mut self, entries: &[Entry]) {
        if self.query.pop().is_some() {
            self.refilter(entries, None);
        }
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

    /// Recompute matches. When the new query extends `previous`, every match
    /// of the new one is among the old matches, so only those are scored.
    fn refilter(&mut self, entries: &[Entry], previous: Option<&str>) {
        self.selected = 0;
        let query = self.query.trim();
        if query.is_empty() {
            self.matched = (0..entries.len() as u32).collect();
            self.total = entries.len();
            self.ranked = self.matched.iter().take(SHOWN).map(|&i| (i, 0)).collect();
            return;
        }
        let narrowing = previous.is_some_and(|p| !p.trim().is_empty() && self.query.starts_with(p));
        let score = |i: u32| {
            entries
                .get(i as usize)
                .and_then(|e| MATCHER.fuzzy_match(&e.text, query))
                .map(|s| (i, s))
        };
        let scored: Vec<(u32, i64)> = if narrowing {
            self.matched.par_iter().filter_map(|&i| score(i)).collect()
        } else {
            (0..entries.len() as u32)
                .into_par_iter()
                .filter_map(score)
                .collect()
        };
        self.matched = scored.iter().map(|&(i, _)| i).collect();
        self.total = scored.len();
        self.ranked = top(scored, SHOWN);
    }
}

/// The `k` best by score (ties: earlier entry first), sorted, without sorting
/// everything.
fn top(mut scored: Vec<(u32, i64)>, k: usize) -> Vec<(u32, i64)> {
    let order = |a: &(u32, i64), b: &(u32, i64)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
    if scored.len() > k {
        scored.select_nth_unstable_by(k, order);
        scored.truncate(k);
    }
    scored.sort_unstable_by(order);
    scored
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
        fresh.refilter(&e, None);
        assert_eq!(fresh.ranked, f.ranked);
        f.pop(&e);
        assert_eq!(f.query, "thor");
    }

    #[test]
    fn top_keeps_the_best_in_order() {
        let v: Vec<(u32, i64)> = (0..1000).map(|i| (i, (i as i64 * 7919) % 1000)).collect();
        let t = top(v.clone(), 10);
        let mut all = v;
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        assert_eq!(t, all[..10].to_vec());
    }
}
