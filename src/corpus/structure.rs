//! Text → article structure: paragraphs, kicker, title, standfirst, byline.
//!
//! News text arrives with its furniture inline: a kicker line (`conference
//! focus :`), a standfirst that ends in a byline (`Lyn Whitfield and Tash
//! Shifrin report`), sometimes glued to the first sentence of the body
//! (`…Confederation.Tash Shifrin reports The government will…`). These rules
//! recognise that furniture without losing a character of the text: the kicker
//! moves to its own field, and every other word stays in a paragraph.

use super::{DocParagraph, Meta};
use crate::model::{ParagraphKind, SharedStr};

/// Split text into paragraphs on blank lines, joining hard-wrapped lines with
/// one space. Linear in the text's size.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The derived structure of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Structure {
    pub title: String,
    pub kicker: Option<String>,
    /// Shares paragraph 0's text (it is all or the start of it).
    pub standfirst: Option<SharedStr>,
    pub byline: Vec<String>,
    pub paragraphs: Vec<DocParagraph>,
}

/// Derive the structure of an article from its paragraphs; `meta.title`, when
/// given, wins over anything derived.
pub fn derive(paras: Vec<String>, meta: &Meta) -> Structure {
    derive_with(paras, meta, true)
}

/// [`derive`] for text whose headline a source gave apart from it (a page's
/// `<h1>`, a feed item's title): the first paragraph is never taken for one.
pub fn derive_under_title(paras: Vec<String>, meta: &Meta) -> Structure {
    derive_with(paras, meta, false)
}

fn derive_with(mut paras: Vec<String>, meta: &Meta, find_headline: bool) -> Structure {
    let mut kicker = None;
    let mut headline = None;
    // A kicker: a short label ending in a colon, alone or leading the first paragraph.
    if let Some(first) = paras.first() {
        if let Some((label, rest)) = split_kicker(first) {
            kicker = Some(label);
            if rest.is_empty() {
                paras.remove(0);
            } else {
                paras[0] = rest;
            }
        }
    }
    // A headline: a short first line with no full stop, followed by more text.
    if find_headline
        && paras.len() > 1
        && is_headline(&paras[0])
        && find_byline(&paras[0]).is_none()
    {
        headline = Some(paras.remove(0));
    }
    let mut byline = Vec::new();
    let mut standfirst = None;
    let mut out: Vec<DocParagraph> = Vec::with_capacity(paras.len() + 1);
    let mut paras = paras.into_iter();
    if let Some(first) = paras.next() {
        let body_follows = paras.len() > 0;
        if let Some(b) = find_byline(&first) {
            byline = b.names;
            // A body sentence glued after the byline becomes its own paragraph.
            let (head, glued) = first.split_at(b.end);
            let para = standfirst_paragraph(head.trim_end());
            let words = first[..b.start].trim_end_matches([' ', ','].as_slice());
            standfirst = Some(para.text.slice(0..words.len())).filter(|s| !s.is_empty());
            out.push(para);
            if !glued.trim().is_empty() {
                out.push(body_paragraph(glued.trim_start()));
            }
        } else if body_follows && is_standfirst(&first, headline.is_some() || !find_headline) {
            let para = standfirst_paragraph(&first);
            standfirst = Some(para.text.clone());
            out.push(para);
        } else {
            out.push(body_paragraph(&first));
        }
    }
    out.extend(paras.map(|text| DocParagraph {
        kind: ParagraphKind::Body,
        text: text.into(),
    }));
    let title = meta
        .title
        .clone()
        .or(headline)
        .or_else(|| standfirst.as_deref().map(first_sentence))
        .or_else(|| out.first().map(|p| first_sentence(&p.text)))
        .unwrap_or_default();
    Structure {
        title: clip(&title, 200),
        kicker,
        standfirst,
        byline,
        paragraphs: out,
    }
}

/// The first paragraph is a standfirst when it reads as a summary: short.
/// Under a headline the bar is lower (a blog's subtitle, a news lede); without
/// one, HSJ-style standfirsts run to a few sentences.
fn is_standfirst(text: &str, under_headline: bool) -> bool {
    text.len() < if under_headline { 400 } else { 600 }
}

fn standfirst_paragraph(text: &str) -> DocParagraph {
    DocParagraph {
        kind: ParagraphKind::Standfirst,
        text: text.into(),
    }
}

fn body_paragraph(text: &str) -> DocParagraph {
    DocParagraph {
        kind: ParagraphKind::Body,
        text: text.into(),
    }
}

/// `conference focus :` alone, or `NEWS FOCUS: Micro-management…`: a label of at
/// most four words ending in a colon, in capitals when something follows it.
fn split_kicker(text: &str) -> Option<(String, String)> {
    let colon = text.find(':')?;
    let label = text[..colon].trim();
    let rest = text[colon + 1..].trim();
    let words = label.split_whitespace().count();
    if label.is_empty() || words > 4 || label.len() > 40 {
        return None;
    }
    if !label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    {
        return None;
    }
    let shouting = label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase);
    if rest.is_empty() || shouting {
        return Some((label.to_string(), rest.to_string()));
    }
    None
}

fn is_headline(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().count() <= 120
        && !t.ends_with('.')
        && !t.ends_with(':')
        && !t.ends_with(',')
        // `'Best person' for top legal job`: a headline may open on a quote
        // mark (18 of BBC politics's 417 do).
        && t.trim_start_matches(['\'', '"', '‘', '“'])
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '#')
}

/// The first sentence of a paragraph (up to the first `. `, `? ` or `! `).
fn first_sentence(text: &str) -> String {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'?' | b'!') && bytes.get(i + 1).is_none_or(|&n| n == b' ') {
            return text[..=i].to_string();
        }
    }
    text.to_string()
}

/// At most `max` characters, cut at a word boundary with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", &cut[..at])
}

/// A byline found in a paragraph: the names, and the byte span of the whole
/// phrase (`Lyn Whitfield and Tash Shifrin report`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    pub names: Vec<String>,
    pub start: usize,
    pub end: usize,
}

/// Find `<Names> report(s)` (at the end, or glued to the next sentence), or
/// `reports <Name>` / `By <Name>` in a paragraph.
pub fn find_byline(text: &str) -> Option<Byline> {
    // `, reports Ann McGauran` at the end.
    if let Some(at) = text.rfind("reports ") {
        let tail = &text[at + "reports ".len()..];
        let names = name_run_forward(tail);
        if !names.is_empty() {
            let end = at + "reports ".len() + names.len();
            if text[end..].trim().is_empty() {
                return Some(Byline {
                    names: split_names(names),
                    start: at,
                    end: text.len(),
                });
            }
        }
    }
    // `By Jane Smith` at the start.
    if let Some(tail) = text.strip_prefix("By ") {
        let names = name_run_forward(tail);
        if !names.is_empty() {
            let end = 3 + names.len();
            return Some(Byline {
                names: split_names(names),
                start: 0,
                end,
            });
        }
    }
    // `Lyn Whitfield and Tash Shifrin report` / `Tash Shifrin reports The…`.
    for verb in [" reports", " report"] {
        let mut from = 0;
        while let Some(rel) = text[from..].find(verb) {
            let at = from + rel;
            from = at + verb.len();
            let after = &text[at + verb.len()..];
            let ends_or_glued = after.is_empty()
                || after.starts_with(' ')
                    && after[1..].chars().next().is_some_and(char::is_uppercase);
            if !ends_or_glued {
                continue;
            }
            let names = name_run_backward(&text[..at]);
            if names.is_empty() {
                continue;
            }
            let start = at - names.len();
            return Some(Byline {
                names: split_names(names),
                start,
                end: at + verb.len(),
            });
        }
    }
    None
}

fn is_name_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.len() > 1
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// The longest run of capitalised names (joined by `and`) at the start of `s`,
/// as a prefix of `s`.
fn name_run_forward(s: &str) -> &str {
    let mut end = 0;
    let mut words_in_name = 0;
    let mut pos = 0;
    for word in s.split(' ') {
        let w = word.trim_end_matches(['.', ',']);
        if is_name_word(w) && words_in_name < 3 {
            words_in_name += 1;
            end = pos + w.len();
        } else if word == "and" && words_in_name >= 2 {
            words_in_name = 0;
        } else {
            break;
        }
        pos += word.len() + 1;
    }
    // A byline name has at least two words.
    if s[..end].split_whitespace().count() < 2 {
        return "";
    }
    &s[..end]
}

/// The longest run of capitalised names (joined by `and`) at the end of `s`, as
/// a suffix of `s`; stops at a sentence end, even one with no space after it
/// (`Confederation.Tash Shifrin`).
fn name_run_backward(s: &str) -> &str {
    let mut start = s.len();
    let mut words_in_name = 0;
    let mut names = 0;
    let mut pos = s.len();
    for word in s.rsplit(' ') {
        let word_start = pos - word.len();
        // A sentence end glued to the first name: keep only what follows the dot.
        let (w, w_start) = match word.rfind(['.', '?', '!']) {
            Some(d) if d + 1 < word.len() => (&word[d + 1..], word_start + d + 1),
            _ => (word, word_start),
        };
        if is_name_word(w) && words_in_name < 3 {
            words_in_name += 1;
            if words_in_name == 2 {
                names += 1;
            }
            start = w_start;
            if w_start != word_start {
                break;
            }
        } else if word == "and" && words_in_name >= 2 {
            words_in_name = 0;
        } else {
            break;
        }
        if word_start == 0 {
            break;
        }
        pos = word_start - 1;
    }
    if names == 0 {
        return "";
    }
    let run = &s[start..];
    // A dangling `and` means the run started mid-list; trim to whole names.
    run.trim_start_matches("and ").trim()
}

fn split_names(run: &str) -> Vec<String> {
    run.split(" and ")
        .flat_map(|p| p.split(", "))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_join_wrapped_lines_and_split_on_blank_lines() {
        let p = paragraphs("one\ntwo  \n\n\n  three\n \nfour\n");
        assert_eq!(p, vec!["one two", "three", "four"]);
    }

    #[test]
    fn bylines_in_the_house_styles() {
        let b = find_byline("employer in the land. 'Don't wait for advice: start now' was the message to the Institute of Healthcare Management. Lyn Whitfield and Tash Shifrin report").unwrap();
        assert_eq!(b.names, vec!["Lyn Whitfield", "Tash Shifrin"]);
        let b = find_byline(
            "over to the NHS Confederation.Tash Shifrin reports The government will hand over",
        )
        .unwrap();
        assert_eq!(b.names, vec!["Tash Shifrin"]);
        let b = find_byline("Micro-management of the NHS will continue at the government's peril, reports Ann McGauran").unwrap();
        assert_eq!(b.names, vec!["Ann McGauran"]);
        assert!(find_byline("The minister reports that waiting times fell.").is_none());
        assert!(find_byline("HSJ begins six pages of conference coverage with a report on the health secretary's keynote speech").is_none());
    }

    #[test]
    fn a_headline_may_open_on_a_quote_mark() {
        // BBC politics 273.txt: once repeated as the standfirst, and its
        // quoted words taken for an unattributed quotation.
        let s = derive(
            vec![
                "'Best person' for top legal job".to_string(),
                "The \"best person for the job\" should be appointed lord chancellor, the courts minister has told MPs.".to_string(),
                "Mr Leslie said the reforms would go ahead.".to_string(),
            ],
            &Meta::default(),
        );
        assert_eq!(s.title, "'Best person' for top legal job");
        assert!(s.paragraphs[0].text.starts_with("The \"best person"));
        assert!(is_headline("\u{201c}Errors\u{201d} doomed first Dome sale"));
        assert!(!is_headline("'it was a disaster,' he said."));
    }

    #[test]
    fn kickers() {
        assert_eq!(
            split_kicker("conference focus :"),
            Some(("conference focus".into(), "".into()))
        );
        assert_eq!(
            split_kicker("NEWS FOCUS: Micro-management of the NHS")
                .unwrap()
                .0,
            "NEWS FOCUS"
        );
        assert!(split_kicker("Mr Milburn told the conference: 'Overworked'").is_none());
        assert!(split_kicker("Ms Hewitt said: \"We have\"").is_none());
    }
}
