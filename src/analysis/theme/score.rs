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
    /// What a pejorative in its sentence criticises (argues neither way).
    target: bool,
}

/// Score `text` against `lexicon`. See the module docs of
/// [`crate::analysis::theme`] for the rules. Each cue's text is a slice of
/// `text` (pass a [`SharedStr`] to share its buffer rather than copy it).
///
/// The span stands alone: its generic cues count only beside a governance
/// word in it. [`score_in`] scores a part of an article.
pub fn score(lexicon: &Lexicon, text: impl Into<SharedStr>) -> Theme {
    score_in(lexicon, text, || None)
}

/// [`score`] for a part of a larger text (a paragraph or a quote of an
/// article): a generic cue with no governance word beside it in `text` still
/// counts when `article` gives a rule saying the whole is about governance
/// (see [`article_context`]). `article` is asked only then, so the article is
/// read again only for the few spans that need it.
pub fn score_in(
    lexicon: &Lexicon,
    text: impl Into<SharedStr>,
    article: impl FnOnce() -> Option<String>,
) -> Theme {
    let text = text.into();
    let found = find(lexicon, &text);
    let mut scored = apply_rules(lexicon, &text, &found);
    scored.retain(|s| s.weight > 0.0);
    keep_generic_in_governance_context(lexicon, &text, &found, &mut scored, article);
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
            PatternKind::Ignore | PatternKind::Governance => {}
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
                    target: false,
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
    targets_of_pejoratives(lexicon, text, &mut scored);
    scored
}

/// A pejorative names the side it criticises, and the plain cues of that
/// side before it in the same sentence are what it criticises: in `the
/// national drive happens in such a way that it doesn't tell clinicians what
/// to do`, the national drive is the target of the complaint, not an argument
/// for the centre. Such cues are targets: they speak of their side and argue
/// neither way (the pejorative carries the argument). A cue after the
/// pejorative is left alone: in `without political interference under the
/// NHS national plan` the plan is not what is complained of.
fn targets_of_pejoratives(lexicon: &Lexicon, text: &str, scored: &mut [Scored]) {
    if !scored.iter().any(|s| lexicon.cues[s.cue].pejorative()) {
        return;
    }
    // Which sentence each cue is in (the cues are in text order): one pass.
    let mut sentence = Vec::with_capacity(scored.len());
    let (mut n, mut at) = (0, 0);
    for s in scored.iter() {
        n += text[at..s.start].matches(SENTENCE_ENDS).count();
        sentence.push(n);
        at = s.start;
    }
    // Backwards, keeping the nearest later pejorative about each side.
    let mut next_central: Option<(usize, usize, usize)> = None; // (sentence, start, end)
    let mut next_local = None;
    for (s, &in_sentence) in scored.iter_mut().zip(&sentence).rev() {
        let cue = &lexicon.cues[s.cue];
        let next = match cue.side {
            Side::Central => &mut next_central,
            Side::Local => &mut next_local,
        };
        if cue.pejorative() {
            *next = Some((in_sentence, s.start, s.end));
            continue;
        }
        // Plain and not reversed: it still argues for its own side.
        if s.stance != cue.side {
            continue;
        }
        if let Some((at_sentence, start, end)) = *next {
            if at_sentence == in_sentence {
                s.target = true;
                s.rules.push(format!(
                    "what '{}' criticises: argues neither way",
                    &text[start..end]
                ));
            }
        }
    }
}

/// What ends a sentence for [`targets_of_pejoratives`] (brackets and commas
/// do not).
const SENTENCE_ENDS: [char; 4] = ['.', '!', '?', ';'];

/// Drop the generic cues (`centre`, `national`, `target`) of a span that is
/// not about governance: one with no `[[governance]]` word and no cue that is
/// not generic. Those that stay name what made the span about governance.
fn keep_generic_in_governance_context(
    lexicon: &Lexicon,
    text: &str,
    found: &[Found],
    scored: &mut Vec<Scored>,
    article: impl FnOnce() -> Option<String>,
) {
    if !scored.iter().any(|s| lexicon.cues[s.cue].generic) {
        return;
    }
    let anchor = found
        .iter()
        .find(|f| f.kind == PatternKind::Governance)
        .map(|f| (f.start, f.end))
        .or_else(|| {
            scored
                .iter()
                .find(|s| !lexicon.cues[s.cue].generic)
                .map(|s| (s.start, s.end))
        });
    let rule = match anchor {
        Some((start, end)) => format!("generic: counts beside '{}'", &text[start..end]),
        None => match article() {
            Some(rule) => rule,
            None => {
                scored.retain(|s| !lexicon.cues[s.cue].generic);
                return;
            }
        },
    };
    for s in scored.iter_mut().filter(|s| lexicon.cues[s.cue].generic) {
        s.rules.push(rule.clone());
    }
}

/// Whether an article (its paragraphs' texts) is about governance as a
/// whole: it holds at least the lexicon's `article_anchors` governance words
/// or cues that are not generic. If so, the rule its generic cues carry.
///
/// Why the article and not only the span: `As we step in firmly for a
/// minority, we will be able to step back further from the majority` names no
/// institution, but in a report on the NHS it is about the centre and the
/// trusts; in a match report `centre` is a position on the pitch.
pub fn article_context<'a>(
    lexicon: &Lexicon,
    texts: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let need = lexicon.article_anchors;
    if need == 0 {
        return None;
    }
    let mut first: Option<&str> = None;
    let mut anchors = 0;
    for text in texts {
        for f in find(lexicon, text) {
            let anchor = match f.kind {
                PatternKind::Governance => true,
                PatternKind::Cue(c) => !lexicon.cues[c].generic,
                _ => false,
            };
            if anchor {
                anchors += 1;
                let first = *first.get_or_insert(&text[f.start..f.end]);
                if anchors >= need {
                    return Some(format!(
                        "generic: counts in an article about governance (at least {need} governance words, first '{first}')"
                    ));
                }
            }
        }
    }
    None
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
                target: s.target,
            }
        })
        .collect()
}
