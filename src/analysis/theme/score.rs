//! Scoring one span of text: which cues fire, with which stance and why.

use super::matching::{coordinates, crosses_clause, find, words_in, Found};
use super::theme_from_cues;
use crate::analysis::lexicon::{Lexicon, PatternKind, Position};
use crate::model::{byte_to_char, CueHit, SharedStr, Side, Theme};
use std::borrow::Cow;

/// A cue found, before offsets are turned into characters.
struct Scored {
    start: usize,
    end: usize,
    stance: Side,
    weight: f64,
    rules: Vec<String>,
    cue: usize,
}

/// Score `text` against `lexicon`. See the module docs of
/// [`crate::analysis::theme`] for the rules. Each cue's text is a slice of
/// `text` (pass a [`SharedStr`] to share its buffer rather than copy it).
pub fn score(lexicon: &Lexicon, text: impl Into<SharedStr>) -> Theme {
    let text = text.into();
    let found = find(lexicon, &text);
    let mut scored = apply_rules(lexicon, &text, &found);
    scored.retain(|s| s.weight > 0.0);
    theme_from_cues(to_hits(lexicon, &text, scored))
}

fn apply_rules(lexicon: &Lexicon, text: &str, found: &[Found]) -> Vec<Scored> {
    let mut scored: Vec<Scored> = Vec::new();
    // For each cue, the reverser that reaches it, if any (index into `found`).
    let mut reversed_by: Vec<Option<usize>> = Vec::new();

    // Forward pass: reversers before the cue, and context phrases.
    let mut reverser: Option<(usize, usize)> = None; // (found index, end of reach so far)
    let mut chained = false; // the reverser already reached a cue; only a coordinated one follows
    let mut context: Option<usize> = None; // found index
    for (i, f) in found.iter().enumerate() {
        match f.kind {
            PatternKind::Reverser(r) => {
                if lexicon.reversers[r].position != Position::After {
                    reverser = Some((i, f.end));
                    chained = false;
                }
            }
            PatternKind::Context(_) => context = Some(i),
            PatternKind::Ignore => {}
            PatternKind::Cue(c) => {
                let cue = &lexicon.cues[c];
                let mut weight = cue.weight;
                let mut rules = Vec::new();
                if let Some(ci) = context {
                    let PatternKind::Context(x) = found[ci].kind else {
                        unreachable!("only context phrases are kept as context")
                    };
                    let ctx = &lexicon.contexts[x];
                    let reach = words_in(&text[found[ci].end..f.start]);
                    if reach.is_some_and(|w| w <= ctx.within_words)
                        && ctx.cue_patterns.contains(&f.pattern)
                    {
                        weight *= ctx.factor;
                        rules.push(ctx.rule.clone());
                    }
                }
                let mut by = None;
                if let Some((ri, reach_end)) = reverser {
                    let gap = &text[reach_end..f.start];
                    let PatternKind::Reverser(r) = found[ri].kind else {
                        unreachable!("only reversers are kept as reverser")
                    };
                    let in_scope = if chained {
                        coordinates(gap)
                    } else {
                        !crosses_clause(gap)
                            && words_in(gap).is_some_and(|w| w <= lexicon.reversers[r].scope_words)
                    };
                    if in_scope {
                        by = Some(ri);
                        reverser = Some((ri, f.end));
                        chained = true;
                    } else {
                        reverser = None;
                    }
                }
                reversed_by.push(by);
                scored.push(Scored {
                    start: f.start,
                    end: f.end,
                    stance: cue.stance,
                    weight,
                    rules,
                    cue: c,
                });
            }
        }
    }

    // Backward pass: reversers after the cue (`regional office off the back`).
    let mut next_after: Option<usize> = None;
    let mut k = scored.len();
    for (i, f) in found.iter().enumerate().rev() {
        match f.kind {
            PatternKind::Reverser(r) if lexicon.reversers[r].position != Position::Before => {
                next_after = Some(i);
            }
            PatternKind::Cue(_) => {
                k -= 1;
                if reversed_by[k].is_some() {
                    continue;
                }
                if let Some(ri) = next_after {
                    let PatternKind::Reverser(r) = found[ri].kind else {
                        unreachable!("only reversers are kept as next_after")
                    };
                    let gap = &text[f.end..found[ri].start];
                    if !crosses_clause(gap)
                        && words_in(gap).is_some_and(|w| w <= lexicon.reversers[r].scope_words)
                    {
                        reversed_by[k] = Some(ri);
                    }
                }
                // A reverser after a cue reaches only that one cue.
                next_after = None;
            }
            _ => {}
        }
    }

    for (s, by) in scored.iter_mut().zip(reversed_by) {
        let cue = &lexicon.cues[s.cue];
        let reverser_form = by.map(|ri| lexicon.patterns[found[ri].pattern].form.as_str());
        let pejorative_rule = if cue.pejorative() {
            Some(match (cue.side, reverser_form) {
                (_, Some(form)) => format!("pejorative; '{form}' keeps its stance"),
                (Side::Central, None) => "pejorative: about the centre, argues local".to_string(),
                (Side::Local, None) => "pejorative: about localism, argues central".to_string(),
            })
        } else {
            None
        };
        match (pejorative_rule, reverser_form) {
            (Some(rule), _) => s.rules.insert(0, rule),
            (None, Some(form)) => {
                s.stance = other(s.stance);
                s.rules.insert(0, format!("reversed by '{form}'"));
            }
            (None, None) => {}
        }
        if let Some(note) = &cue.note {
            s.rules.push(note.clone());
        }
    }
    scored
}

fn other(side: Side) -> Side {
    match side {
        Side::Central => Side::Local,
        Side::Local => Side::Central,
    }
}

/// Turn byte spans into the model's character offsets, counting characters
/// once across the text (the hits are in order and do not overlap).
fn to_hits(lexicon: &Lexicon, text: &SharedStr, scored: Vec<Scored>) -> Vec<CueHit> {
    let mut byte = 0;
    let mut chars = 0;
    let mut advance = |to: usize| {
        chars += byte_to_char(&text[byte..], to - byte);
        byte = to;
        chars
    };
    scored
        .into_iter()
        .map(|s| {
            let cue = &lexicon.cues[s.cue];
            let start = advance(s.start);
            let end = advance(s.end);
            CueHit {
                text: text.slice(s.start..s.end),
                side: cue.side,
                stance: s.stance,
                start,
                end,
                rule: (!s.rules.is_empty()).then(|| s.rules.join("; ")),
                weight: s.weight,
                facet: Cow::Borrowed(cue.facet),
            }
        })
        .collect()
}
