//! People and organisations named in text: honorifics, given names (with the
//! gender they usually signal, for resolving `he`/`she`), organisation words,
//! and the roles written around a name (`NHS Confederation chief executive
//! Stephen Thornton`, `Gill Morgan, chief executive of …, said`).
//!
//! Everything works on byte offsets into one paragraph and looks at a bounded
//! window around a name, so a paragraph of any length is read in linear time.

use super::words::word_set;
use crate::analysis::text::one_of;
use crate::analysis::text::{is_name_word, prev_word, word_at, Word, WordSet, Words};
use std::sync::LazyLock;

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NameKind {
    Person,
    Organisation,
}

/// A name as written in a paragraph. Its parts borrow the paragraph's text:
/// names are found for every capitalised word, and most never become an
/// entity, so strings are built only when one does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
    /// `Mr`, `Dr`, `Professor`… as written (without a trailing dot).
    pub honorific: Option<&'t str>,
    pub given: Option<&'t str>,
    /// The family name (for an organisation, the whole name).
    pub surname: &'t str,
    pub gender: Gender,
}

impl<'t> NameSpan<'t> {
    /// A body named by a phrase of the text or a name the reader recalls
    /// (`Muslim Council of Britain`, `the party` as the last party named).
    pub fn body(start: usize, end: usize, name: &'t str) -> NameSpan<'t> {
        NameSpan {
            start,
            end,
            kind: NameKind::Organisation,
            honorific: None,
            given: None,
            surname: name,
            gender: Gender::Unknown,
        }
    }

    /// Someone described, not named (`Home Office spokesman`, `chancellor`).
    pub fn described(start: usize, end: usize, description: &'t str) -> NameSpan<'t> {
        NameSpan {
            kind: NameKind::Person,
            ..NameSpan::body(start, end, description)
        }
    }

    /// The canonical form: `Alan Milburn`, `Mr Milburn` when only the surname
    /// is known, or the organisation's name.
    pub fn canonical(&self) -> String {
        match (self.given, self.honorific) {
            (Some(g), _) => joined(g, self.surname),
            (None, Some(h)) if self.kind == NameKind::Person => joined(h, self.surname),
            _ => self.surname.to_string(),
        }
    }
}

/// `first surname` in one allocation (`format!` costs several times more,
/// and this runs for every new entity).
pub fn joined(first: &str, surname: &str) -> String {
    let mut name = String::with_capacity(first.len() + 1 + surname.len());
    name.push_str(first);
    name.push(' ');
    name.push_str(surname);
    name
}

const HONORIFICS: &[(&str, Gender)] = &[
    ("Mr", Gender::Male),
    ("Mrs", Gender::Female),
    ("Ms", Gender::Female),
    ("Miss", Gender::Female),
    ("Dr", Gender::Unknown),
    ("Professor", Gender::Unknown),
    ("Prof", Gender::Unknown),
    ("Sir", Gender::Male),
    ("Lord", Gender::Male),
    // `Baron Kinnock of Bedwellty`: a peer's rank, said as `Lord Kinnock`.
    ("Baron", Gender::Male),
    ("Lady", Gender::Female),
    ("Baroness", Gender::Female),
    ("Dame", Gender::Female),
    ("Rev", Gender::Unknown),
    ("Cllr", Gender::Unknown),
    ("Sen", Gender::Unknown),
    ("Senator", Gender::Unknown),
    ("Rep", Gender::Unknown),
    ("Gov", Gender::Unknown),
    ("Governor", Gender::Unknown),
    ("Del", Gender::Unknown),
    ("Gen", Gender::Unknown),
    ("Col", Gender::Unknown),
    ("Sgt", Gender::Unknown),
    ("Capt", Gender::Unknown),
    ("Adm", Gender::Unknown),
    ("Judge", Gender::Unknown),
    ("President", Gender::Unknown),
];

pub fn honorific(word: &str) -> Option<Gender> {
    let w = word.strip_suffix('.').unwrap_or(word);
    // Asked of most words read: rule out the many that cannot be one before
    // comparing with each (all are 2 to 9 letters and capitalised).
    if !(2..=9).contains(&w.len()) || !w.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|(_, g)| *g)
}

/// Whether `given` is in the bundled given-name lists.
pub fn is_known_given(given: &str) -> bool {
    name_gender(given).is_some()
}

fn name_gender(given: &str) -> Option<Gender> {
    static FEMALE: LazyLock<WordSet> = word_set!("female_given");
    static MALE: LazyLock<WordSet> = word_set!("male_given");
    if FEMALE.contains(given) {
        Some(Gender::Female)
    } else if MALE.contains(given) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Words that make a capitalised phrase an organisation, and words of place
/// names (`United States`, `White House`): neither is a person.
fn is_org_word(w: &str) -> bool {
    static ORG_OR_PLACE: LazyLock<WordSet> = word_set!("org", "place");
    ORG_OR_PLACE.contains(w)
}

/// Words that stand before a surname without being a given name (the
/// `not_given` list: `Tory`, `Foreign`, `Shadow`, `Backbencher`).
pub fn is_not_given(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("not_given", "not_name");
    SET.contains(w)
}

/// A party as the text names it (`Labour`, `Lib Dems`, `the Tories`' `Tories`).
pub fn is_party_name(phrase: &str) -> bool {
    // Asked for most capitalised runs: lower-cased without allocating.
    let parties = &super::words::bundled().parties;
    crate::analysis::text::with_lower_case(phrase, |l| parties.contains_key(l))
}

/// An office one person holds at a time (`prime minister`, `chancellor`),
/// from the `office` list: lower case, words joined by spaces.
pub fn is_office(phrase: &str) -> bool {
    static OFFICES: LazyLock<Vec<String>> = LazyLock::new(|| {
        super::words::bundled()
            .list("office")
            .split_whitespace()
            .map(|w| w.replace('-', " "))
            .collect()
    });
    OFFICES.iter().any(|o| o == phrase)
}

/// The word before the first `of`, `for` or `on` of a body's name (`Bank`
/// in `Bank of England`, `Department` in `the Department for Work and
/// Pensions`): its head when its last word is not (`the bank`, `the
/// department` are these bodies).
pub fn head_before_of(name: &str) -> Option<&str> {
    let of = [" of ", " for ", " on "]
        .iter()
        .filter_map(|p| name.find(p))
        .min()?;
    name[..of].rsplit(' ').next()
}

/// Whether a body named in paragraph `named_in` is still the one `the
/// bank` means in paragraph `here` when its head comes before `of` or it
/// was named only in passing: in the same paragraph or the one before, or
/// in the first (what the article is about). Further back `the bank` is as
/// likely another bank (BBC business 405: a Halifax survey that names the
/// Bank of England three paragraphs up).
pub fn named_near(named_in: usize, here: usize) -> bool {
    named_in == 0 || here.saturating_sub(named_in) <= 1
}

/// Words that make a phrase a body that can speak (`the assembly
/// government`, `the council`): the `org` list.
pub fn is_org_head(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("org");
    SET.contains(w)
}

/// Words that name a side rather than say anything (`a "no" vote`): the
/// `side_name` list.
pub fn is_side_name(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("side_name");
    w.len() <= 24 && crate::analysis::text::with_lower_case(w, |l| SET.contains(l))
}

/// Auxiliary verbs (`had`, `would`): the `auxiliary` list.
pub fn is_auxiliary(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("auxiliary");
    SET.contains(w)
}

/// Heads of a body that may be named in lower case (`the environment select
/// committee`): the `lower_case_body_head` list.
pub fn is_lower_case_body_head(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("lower_case_body_head");
    SET.contains(w)
}

/// What a body publishes (`the report said`): the `document` list.
pub fn is_document(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("document");
    SET.contains(w)
}

/// A body that publishes documents, by a word of its name (`Office`,
/// `Institute`): the `document_author` list.
pub fn is_document_author(name: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("document_author");
    // Any word: `the Commission for Racial Equality`, `the Department of
    // Health`.
    name.split(' ')
        .any(|w| crate::analysis::text::with_lower_case(w, |l| SET.contains(l)))
}

/// Bodies `the` alone names (`the government said`): the `bare_body` list.
pub fn is_bare_body(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("bare_body");
    SET.contains(w)
}

/// Plural words for unnamed sets of people (`MPs`, `critics`).
pub fn is_group_word(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("group");
    SET.contains(w)
}

/// Capitalised words that start sentences or name days and months, never
/// names (`Thursday`, `April`, `Earlier`).
pub fn is_not_name_word(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("not_name");
    SET.contains(w)
}

pub fn is_acronym(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// The initials a body's name abbreviates to, if it has at least two: a
/// capitalised word gives its first letter and an acronym itself (`UK
/// Independence Party` → `UKIP`); small words (`of`, `and`, `the`) give none.
pub fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in name.split([' ', '-']).filter(|w| !w.is_empty()) {
        if is_acronym(w) {
            out.extend(w.chars().filter(char::is_ascii_uppercase));
        } else if let Some(c) = w.chars().next().filter(char::is_ascii_uppercase) {
            out.push(c);
        } else if !w.starts_with(char::is_lowercase) && w != "&" {
            return None;
        } else {
            continue;
        }
        words += 1;
    }
    (words >= 2 && out.len() >= 2).then_some(out)
}

/// An organisation's name that is its own initials (`NAO`, `TUC`) and no
/// abbreviated title (`QC`, `PM`; the `title_acronym` list).
pub fn is_body_acronym(name: &str) -> bool {
    static TITLES: LazyLock<WordSet> = word_set!("title_acronym");
    is_acronym(name) && !name.contains('&') && !TITLES.contains(&name.to_ascii_lowercase())
}

/// Role words that end a name when read backwards (`Trade and Industry
/// Secretary Patricia Hewitt`) and make a phrase a role.
pub fn is_role_head(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("role_head");
    SET.contains(w)
}

/// Words a pre-name role may not contain (they belong to the sentence, not
/// the title): `by health secretary Alan Milburn`.
pub fn is_role_stop(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("role_stop");
    SET.contains(w)
}

/// The name ending exactly at `end` (a word end), read backwards over
/// capitalised words, stopping at a role word or honorific. `sentence_start`
/// bounds the look-back.
pub fn name_ending_at(text: &str, end: usize, sentence_start: usize) -> Option<NameSpan<'_>> {
    let mut words = Words::new();
    let mut at = end;
    let mut honor: Option<Word> = None;
    while words.len() < 5 {
        // Only a space can separate the next word (read below): without one,
        // stop before reading it.
        if !words.is_empty() && !text[..at].ends_with(' ') {
            break;
        }
        let Some(w) = prev_word(text, at, sentence_start) else {
            break;
        };
        // Only single spaces (or nothing, for the first) may separate name words.
        let gap = &text[w.end..at];
        let initial = w.end - w.start == 1;
        // `Loretta E. Lynch`: a middle initial keeps its dot.
        if !words.is_empty() && gap != " " && !(initial && gap == ". ") {
            break;
        }
        if words.is_empty() && w.end != end {
            break;
        }
        let s = &text[w.start..w.end];
        if honorific(s).is_some() {
            honor = Some(w);
            break;
        }
        if !is_name_word(s) || is_role_head(s) && !words.is_empty() {
            break;
        }
        // `Oxfam's Barbara Stocking`: the possessor is not part of the name.
        if !words.is_empty() && (s.ends_with("'s") || s.ends_with("’s")) {
            break;
        }
        words.push(w);
        at = w.start;
    }
    words.reverse();
    // Sentence-opening words (`But`, `The`) are not part of a name.
    while let Some(first) = words.first() {
        let s = &text[first.start..first.end];
        if is_not_name_word(s) {
            words.remove_first();
        } else {
            break;
        }
    }
    // `Richard Mawrey, QC told the hearing`: a title after a name's comma
    // is the named person's, not a body's initials.
    if let ([only], None) = (&*words, honor) {
        let title = &text[only.start..only.end];
        if is_acronym(title) && !is_body_acronym(title) {
            if let Some(comma) = text[..only.start].strip_suffix(", ") {
                // (The name opens its clause or follows a title: `Judge
                // Richard Mawrey, QC`, not `After meeting Charles Kennedy, PM`.)
                if let Some(n) = name_ending_at(text, comma.len(), sentence_start).filter(|n| {
                    n.kind == NameKind::Person
                        && prev_word(text, n.start, sentence_start)
                            .is_none_or(|w| is_name_word(&text[w.start..w.end]))
                }) {
                    return Some(n);
                }
            }
        }
    }
    // `Ernst & Young`, `Marks & Spencer`: a firm, not a Mr Young.
    if let Some(first) = words.first().filter(|_| honor.is_none()) {
        if let Some(before) = text[..first.start].strip_suffix(" & ") {
            if let Some(w) = prev_word(text, before.len(), sentence_start)
                .filter(|w| w.end == before.len() && is_name_word(&text[w.start..w.end]))
            {
                let end = words.last().map_or(first.end, |l| l.end);
                return Some(NameSpan::body(w.start, end, &text[w.start..end]));
            }
        }
    }
    classify(text, honor, &words)
}

/// The name starting exactly at `start`, read forwards (for `said Mr Thornton`,
/// `according to Steve Black`).
pub fn name_starting_at(text: &str, start: usize, limit: usize) -> Option<NameSpan<'_>> {
    let mut at = start;
    let mut honor = None;
    let mut words = Words::new();
    while words.len() < 5 {
        let Some(w) = word_at(text, at, limit) else {
            break;
        };
        let s = &text[w.start..w.end];
        if words.is_empty() && honor.is_none() {
            if honorific(s).is_some() {
                honor = Some(w);
                at = skip_one_space(text, w.end_with_dot(text));
                continue;
            }
            if is_not_name_word(s) {
                break;
            }
        }
        if !is_name_word(s) {
            break;
        }
        words.push(w);
        // `Julie A. Diaz Martinez`: a middle initial keeps its dot.
        let after = if w.end - w.start == 1 {
            w.end_with_dot(text)
        } else {
            w.end
        };
        let next = skip_one_space(text, after);
        if next == after {
            break;
        }
        at = next;
    }
    classify(text, honor, &words)
}

fn skip_one_space(text: &str, at: usize) -> usize {
    if text[at..].starts_with(' ') {
        at + 1
    } else {
        at
    }
}

/// Letters written after a name.
const POST_NOMINALS: &[&str] = &[
    "MP", "MSP", "MEP", "AM", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "PC",
];

fn classify<'t>(text: &'t str, honor: Option<Word>, words: &[Word]) -> Option<NameSpan<'t>> {
    let mut words = words;
    let mut honor = honor;
    // `Frank Field MP`, `Guy Mansfield QC`, `Lord Goldsmith QC`: letters
    // after a name are not part of it.
    if words.len() + usize::from(honor.is_some()) >= 3
        && one_of(
            &text[words[words.len() - 1].start..words[words.len() - 1].end],
            POST_NOMINALS,
        )
    {
        words = &words[..words.len() - 1];
    }
    // `Lord Chancellor Lord Falconer`, `Attorney General Lord Goldsmith`: an
    // honorific after a title starts the name again; the words before it
    // are the title. (Not after other words: `Notre Dame University`,
    // `Sacha Baron Cohen`.)
    if let Some(i) = (1..words.len().saturating_sub(1)).rev().find(|&i| {
        honorific(&text[words[i].start..words[i].end]).is_some()
            && words[..i]
                .iter()
                .any(|w| is_role_head(&text[w.start..w.end]))
    }) {
        honor = Some(words[i]);
        words = &words[i + 1..];
    }
    // `Paris-based Euronext`, `San Francisco-based US Court of Appeals`:
    // where a body is based (or born, or led) is not part of its name
    // (`where_from` in `words.toml`).
    static WHERE_FROM: LazyLock<WordSet> = word_set!("where_from");
    if let Some(i) = words.iter().rposition(|w| {
        text[w.start..w.end]
            .rsplit_once('-')
            .is_some_and(|(_, tail)| WHERE_FROM.contains(tail))
    }) {
        words = words.get(i + 1..).filter(|rest| !rest.is_empty())?;
    }
    let last = *words.last()?;
    // `Salford MP`, `Shadow Chancellor`: a phrase ending on a role word is a
    // role, not a name.
    if honor.is_none() && is_role_head(&text[last.start..last.end]) {
        return None;
    }
    if honor.is_none() {
        words = past_inner_title(text, words);
    }
    // At most five words (see the callers): no allocation.
    let mut buf = [""; 5];
    for (slot, w) in buf.iter_mut().zip(words) {
        *slot = &text[w.start..w.end];
    }
    let mut strs = &buf[..words.len().min(5)];
    // Looked up once: the loops below only drop words when there is none.
    let has_org_word = honor.is_none() && strs.iter().any(|w| is_org_word(w));
    // `Tory Fox`, `Foreign Straw`, `Monday Blair`: a party, office or day
    // word before a surname is not a given name, nor part of the name.
    while honor.is_none()
        && !has_org_word
        && strs.len() >= 2
        && is_not_given(strs[0])
        // `Lib Dems`: when only such words are left they are the party, not
        // a name; `Liberal Democrat Sarah Teather` is still Sarah Teather.
        && strs[1..].iter().any(|w| !is_not_given(w))
    {
        strs = &strs[1..];
        words = &words[1..];
    }
    // `Secretary Jack Straw` (after `Foreign` fell away), `Chancellor Gordon
    // Brown`: a title word before a name is a role, not a given name; and
    // `Farmer Geoff Brooks`: a first word that is no given name before one
    // that is, is a description.
    while honor.is_none()
        && !has_org_word
        && strs.len() >= 2
        && (is_role_head(strs[0])
            || (strs.len() >= 3
                && name_gender(strs[0]).is_none()
                && name_gender(strs[1]).is_some()))
    {
        strs = &strs[1..];
        words = &words[1..];
    }
    let start = honor.map_or(words[0].start, |h| h.start);
    // `Lib Dems`, `Tories`: a party's name is an organisation, never a `he`.
    let party = || is_party_name(&text[words[0].start..last.end]);
    let org = honor.is_none() && (has_org_word || strs.iter().any(|w| is_acronym(w)) || party());
    if org {
        return Some(NameSpan {
            start,
            end: last.end,
            kind: NameKind::Organisation,
            honorific: None,
            given: None,
            surname: &text[words[0].start..last.end],
            gender: Gender::Unknown,
        });
    }
    if strs.iter().any(|w| is_acronym(w) && w.len() > 1) {
        return None;
    }
    // `The Scottish Conservative leader`, `Shadow Home`: party, nation and
    // office words with nothing else are an adjective phrase, not a name.
    if honor.is_none() && strs.iter().all(|w| is_not_given(strip_possessive(w))) {
        return None;
    }
    let honor_str = honor.map(|h| text[h.start..h.end].trim_end_matches('.'));
    let mut gender = honor_str.and_then(honorific).unwrap_or(Gender::Unknown);
    let surname = strip_possessive(strs[strs.len() - 1]);
    let given = (strs.len() >= 2).then_some(strs[0]);
    if let Some(g) = given.and_then(name_gender) {
        if gender == Gender::Unknown {
            gender = g;
        }
    }
    // Without an honorific, a lone capitalised word is not known to be a
    // person; two or more are, when the first is a given name or the caller
    // has other evidence (a speech cue).
    if honor.is_none() && given.is_none() {
        return Some(NameSpan {
            start,
            end: last.end,
            kind: NameKind::Person,
            honorific: None,
            given: None,
            surname,
            gender,
        });
    }
    // Middle names and initials are dropped: the canonical name is given + last.
    Some(NameSpan {
        start,
        end: last.end,
        kind: NameKind::Person,
        honorific: honor_str,
        given,
        surname,
        gender,
    })
}

/// The words of a name past a title or a body inside them: `said Salford
/// MP Hazel Blears`, `said Nottingham City Councillor Brian Parbutt` (a
/// title word, then at least two words), `Chairman of the Environmental
/// Audit Committee Peter Ainsworth MP` (a body's word, then a given name and
/// a surname). What comes before is the person's role or where they are
/// from, not their name. Read forwards (after `said`) a name takes the
/// title in; read backwards it stops at a title word already, but not at a
/// body's. Place words do not cut: `St John Ambulance`, `Fort William` are
/// places and bodies, not people. A title first (`Chancellor Gordon
/// Brown`) is left to the caller, which drops it only when no body's word
/// is in the name.
fn past_inner_title<'w>(text: &str, words: &'w [Word]) -> &'w [Word] {
    let s = |i: usize| &text[words[i].start..words[i].end];
    let n = words.len();
    let cut = (0..n.saturating_sub(2)).rev().find(|&i| {
        !is_role_head(s(i + 1))
            && ((i > 0 && is_role_head(s(i)))
                || (is_org_head(s(i)) && name_gender(s(i + 1)).is_some()))
    });
    match cut {
        Some(i) => &words[i + 1..],
        None => words,
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// Whether this name reads as a person: an honorific, or two or more
/// capitalised words that are not an organisation or a place (given names are
/// too many to list).
pub fn looks_like_person(n: &NameSpan<'_>) -> bool {
    n.kind == NameKind::Person && (n.honorific.is_some() || n.given.is_some())
}

/// Whether `a`/`an` stands before `at` after a degree word (`such a`) or an
/// adjective after a degree adverb (`how good a`): the `degree_word` and
/// `degree_adverb` lists.
fn after_a_degree_word(text: &str, at: usize, floor: usize) -> bool {
    static DEGREE: LazyLock<WordSet> = word_set!("degree_word");
    static ADVERB: LazyLock<WordSet> = word_set!("degree_adverb");
    let word = |w: Word| &text[w.start..w.end];
    let Some(a) = prev_word(text, at, floor).filter(|&a| one_of(word(a), &["a", "an"])) else {
        return false;
    };
    prev_word(text, a.start, floor).is_some_and(|p| {
        DEGREE.contains(word(p))
            || prev_word(text, p.start, floor).is_some_and(|q| ADVERB.contains(word(q)))
    })
}

/// A role written just before a name: `NHS Confederation chief executive`,
/// `Acting NHS chief executive`, `GP committee chair`, or before an
/// appositive comma (`the Confederation's chief executive, Stephen Thornton`).
pub fn role_before(text: &str, name_start: usize, sentence_start: usize) -> Option<String> {
    if sentence_start > name_start {
        return None;
    }
    let mut at = name_start;
    // `role, Name`: step over the comma.
    let before = text[sentence_start..at].trim_end();
    let appositive = before.ends_with(',');
    if appositive {
        at = sentence_start + before.len() - 1;
    } else if !text[..at].ends_with(' ') {
        return None;
    }
    let mut words = Words::new();
    let mut cur = at;
    while words.len() < 8 {
        let Some(w) = prev_word(text, cur, sentence_start) else {
            break;
        };
        let gap = &text[w.end..cur];
        if !gap.chars().all(|c| c == ' ') || (gap.is_empty() && !words.is_empty()) {
            break;
        }
        let s = &text[w.start..w.end];
        // Read backwards, a lower-case word before a capitalised one ends the
        // title: `…president met Prime Minister`, `although Prime Minister`.
        let capital_seen = words
            .last()
            .is_some_and(|l| is_name_word(&text[l.start..l.end]));
        if capital_seen
            && !is_name_word(s)
            && !one_of(s, &["and", "of", "for", "the"])
            && !is_role_head(s)
        {
            break;
        }
        // `Gordon Brown and Prime Minister Tony Blair`: `and` joins two
        // people, not two words of a title (`Trade and Industry Secretary`).
        if s.eq_ignore_ascii_case("and") {
            let before = prev_word(text, w.start, sentence_start);
            let first = before.and_then(|b| prev_word(text, b.start, sentence_start));
            let given = first.is_some_and(|g| name_gender(&text[g.start..g.end]).is_some());
            // `Aid minister Hilary Benn and Deputy Prime Minister John
            // Prescott`: a given name the tables lack, but two name words
            // after a role or a lower-case word are a person all the same
            // (`Work and Pensions Secretary` has one before `and`).
            let named = match (first, before) {
                (Some(g), Some(b)) => {
                    let (gw, bw) = (&text[g.start..g.end], &text[b.start..b.end]);
                    let ahead =
                        prev_word(text, g.start, sentence_start).map(|p| &text[p.start..p.end]);
                    g.end + 1 == b.start
                        && is_name_word(gw)
                        && is_name_word(bw)
                        && !is_role_head(gw)
                        && !is_role_head(bw)
                        // (`the Northern Ireland and Welsh Secretary`: after
                        // a determiner the two words are a title's.)
                        && ahead.is_some_and(|p| {
                            (p.starts_with(char::is_lowercase)
                                && !matches!(p, "the" | "a" | "an"))
                                || is_role_head(p)
                        })
                }
                _ => false,
            };
            if given || named {
                break;
            }
        }
        // `Secretary of State for the Family`: `the` after `of`/`for` stays.
        if s.eq_ignore_ascii_case("the") {
            let follows_of = prev_word(text, w.start, sentence_start)
                .map(|p| one_of(&text[p.start..p.end], &["of", "for"]))
                .unwrap_or(false);
            if !follows_of {
                break;
            }
        } else if is_role_stop(s) && !one_of(s, &["and", "of", "for"]) {
            break;
        }
        if super::cues::is_cue_word(s) || s.ends_with("ly") {
            break;
        }
        words.push(w);
        cur = w.start;
    }
    words.reverse();
    // A role does not start or end on a joining word.
    while words
        .first()
        .is_some_and(|w| one_of(&text[w.start..w.end], &["and", "of", "for", "the"]))
    {
        words.remove_first();
    }
    // `he was confident shadow home secretary Mr Davis would …`: a word
    // after a form of `be` is said of the subject, not part of the title.
    if words.len() > 1 {
        let first = &text[words[0].start..words[0].end];
        let after_be = prev_word(text, words[0].start, sentence_start)
            .is_some_and(|w| super::subject::is_be_form(&text[w.start..w.end]));
        // (`was former minister Jack Cunningham`: a title's own modifiers stay.)
        let title_word = is_role_head(first)
            || one_of(
                first,
                &[
                    "former",
                    "acting",
                    "deputy",
                    "shadow",
                    "junior",
                    "senior",
                    "interim",
                    "chief",
                    "assistant",
                    "vice",
                    "ex",
                ],
            );
        if after_be && first.starts_with(char::is_lowercase) && !title_word {
            words.remove_first();
        }
    }
    if words.is_empty() {
        return None;
    }
    // `how good a prime minister Gordon Brown will make`, `such a leader`:
    // a role after a degree word and `a` is said of the name, not a title
    // it carries (`a former home secretary David Blunkett` keeps his).
    if !appositive && after_a_degree_word(text, words[0].start, sentence_start) {
        return None;
    }
    // Before a comma, a role in a clause with a subject of its own is that
    // subject's, not the name's: `as he begins his second term as US
    // President, Tony Blair has said` (but `In his new job as Renault chief
    // executive, Mr Ghosn`, `Speaking as Health Secretary, John Reid`).
    if appositive {
        let clause = &text[sentence_start..words[0].start];
        let clause = clause.rsplit_once(", ").map_or(clause, |(_, c)| c);
        if clause
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "he" | "she" | "they" | "we" | "I" | "it"))
        {
            return None;
        }
    }
    let phrase = &text[words[0].start..words[words.len() - 1].end];
    if !words.iter().any(|w| is_role_head(&text[w.start..w.end])) {
        return None;
    }
    // Only the last word may be the head or the phrase must end with one:
    // `chief executive`, `policy director`.
    let last = &text[words[words.len() - 1].start..words[words.len() - 1].end];
    if !is_role_head(last) && !is_role_head(last.trim_end_matches("'s")) {
        return None;
    }
    let sentence_initial = text[sentence_start..words[0].start].trim().is_empty();
    Some(tidy_role(phrase, sentence_initial))
}

/// An appositive just after a name: `Gill Morgan, chief executive of North and
/// East Devon health authority and a former president of …, said` gives two
/// roles; `Dr Jonathan Shapiro of Birmingham University's … centre said` one.
pub fn roles_after(text: &str, name_end: usize, limit: usize) -> Vec<String> {
    let mut roles = Vec::new();
    if name_end >= limit {
        return roles;
    }
    let rest = &text[name_end..limit];
    if let Some(body) = rest.strip_prefix(", ") {
        // Up to the next comma (bounded).
        let Some(close) = body.find(',') else {
            return roles;
        };
        if close > 200 {
            return roles;
        }
        let phrase = &body[..close];
        // An appositive is a noun phrase, not a clause: `, who said …,`.
        if phrase.contains(['"', '“', '”', '‘', ':'])
            || has_quote_like_single(phrase)
            || super::cues::first_cue_in(phrase).is_some()
            || phrase
                .split(' ')
                .any(|w| one_of(w, &["who", "which", "that", "whose"]))
        {
            return roles;
        }
        let first = phrase.split(' ').next().unwrap_or("");
        // `As he assumes the title of Lord Kinnock, he has also become
        // chairman of …`: a clause with its own subject is no appositive.
        // (Case counts: `IT director` is a role.)
        if matches!(first, "he" | "she" | "they" | "it" | "we" | "I" | "you") {
            return roles;
        }
        let starts_ok = first.chars().next().is_some_and(|c| c.is_lowercase())
            || matches!(first, "a" | "an" | "the")
            || is_acronym(first);
        if !starts_ok || !phrase.split(' ').any(is_role_head) {
            return roles;
        }
        for part in split_roles(phrase) {
            roles.push(tidy_role(part, false));
        }
    } else if let Some(body) = rest.strip_prefix(" of ") {
        // `of Birmingham University's health services management centre said`
        let stop = body
            .find([',', '.', ':', ';'])
            .unwrap_or(body.len())
            .min(160);
        let stop = crate::analysis::text::floor_boundary(body, stop);
        let mut phrase = &body[..stop];
        if let Some(cue) = super::cues::first_cue_in(phrase) {
            phrase = phrase[..cue].trim_end();
        }
        // `President Musharraf of Pakistan has said`: the verb's auxiliary
        // and what follows are the sentence's, not the body's name.
        if let Some(at) = phrase.split(' ').position(is_auxiliary) {
            let keep: usize = phrase.split(' ').take(at).map(|w| w.len() + 1).sum();
            phrase = phrase[..keep.saturating_sub(1)].trim_end();
        }
        if phrase.chars().next().is_some_and(|c| c.is_uppercase()) && phrase.split(' ').count() <= 8
        {
            roles.push(phrase.trim().to_string());
        }
    }
    roles.retain(|r| !r.is_empty());
    roles
}

/// A `'` or `’` that is not an apostrophe (`Officers' spokesman`,
/// `Britain's`): one at a word's start, or at its end after a letter other
/// than `s`.
fn has_quote_like_single(phrase: &str) -> bool {
    let chars: Vec<char> = phrase.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c != '\'' && c != '’' {
            return false;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let word_before = before.is_some_and(char::is_alphanumeric);
        let word_after = after.is_some_and(char::is_alphanumeric);
        !word_before || (!word_after && !matches!(before, Some('s' | 'S')))
    })
}

fn split_roles(phrase: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = phrase;
    for sep in [" and a ", " and an ", " and the ", " and former "] {
        if let Some(i) = rest.find(sep) {
            parts.push(&rest[..i]);
            let keep = if sep == " and former " { 5 } else { sep.len() };
            rest = &rest[i + keep..];
        }
    }
    parts.push(rest);
    parts
}

/// Drop leading articles; lower-case a sentence-initial first word when the
/// next is lower-case or an acronym (`Health secretary` → `health secretary`).
fn tidy_role(phrase: &str, sentence_initial: bool) -> String {
    let mut p = phrase.trim();
    // `disunity and Tory leader`, `Mr Blair and Liberal Democrat leader`:
    // an `and` joins the role to words of the sentence, not two parts of one
    // title (as `Trade and Industry Secretary` does), when what comes before
    // it is lower case or names a person.
    if let Some((left, right)) = p.rsplit_once(" and ") {
        let last = left.rsplit(' ').next().unwrap_or(left);
        let named = left.split(' ').any(|w| honorific(w).is_some());
        if last.starts_with(char::is_lowercase) || named {
            p = right;
        }
    }
    for art in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(r) = p.strip_prefix(art) {
            p = r;
        }
    }
    // `On Tuesday Foreign Secretary Jack Straw`: a day, a month or a
    // sentence opener before the title is not part of it.
    while let Some((first, rest)) = p.split_once(' ') {
        if !is_not_name_word(first) || rest.is_empty() {
            break;
        }
        p = rest;
    }
    let mut words = p.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let lower_next = second.chars().next().is_some_and(|c| c.is_lowercase()) || is_acronym(second);
    // Only common title words are lower-cased: `London mayor` keeps its capital.
    let common = is_role_head(first)
        || one_of(
            first,
            &[
                "acting",
                "assistant",
                "associate",
                "chief",
                "deputy",
                "former",
                "health",
                "interim",
                "joint",
                "junior",
                "senior",
                "shadow",
                "national",
                "regional",
                "local",
                "finance",
                "policy",
            ],
        );
    if sentence_initial && lower_next && common && !is_acronym(first) {
        let mut out = first.to_lowercase();
        out.push_str(&p[first.len()..]);
        out
    } else {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_of(text: &str, word: &str) -> usize {
        text.find(word).unwrap() + word.len()
    }

    #[test]
    fn party_words_are_the_party_or_fall_away_before_a_name() {
        // BBC politics 2005: `The Lib Dems said the plan could let extreme
        // groups run policing, …`.
        let p = "The Lib Dems said the plan could let extreme groups run policing.";
        let n = name_ending_at(p, end_of(p, "Dems"), 0).unwrap();
        assert_eq!(n.kind, NameKind::Organisation);
        assert_eq!(n.canonical(), "Lib Dems");
        let p = "Tory leader Michael Howard has written to Tony Blair demanding an explanation.";
        let n = name_ending_at(p, end_of(p, "Howard"), 0).unwrap();
        assert_eq!(n.canonical(), "Michael Howard");
        // BBC politics 008: `Liberal Democrat Sarah Teather, the most recent
        // female MP to be elected, told researchers: …`.
        let p = "Liberal Democrat Sarah Teather, the most recent female MP to be elected, told researchers.";
        let n = name_ending_at(p, end_of(p, "Teather"), 0).unwrap();
        assert_eq!(n.canonical(), "Sarah Teather");
        // A day word is never a given name.
        let p = "On Monday Blair said the vote was delayed.";
        let n = name_ending_at(p, end_of(p, "Blair"), 0).unwrap();
        assert_eq!(n.canonical(), "Blair");
        assert_eq!(n.given, None);
    }

    #[test]
    fn a_name_read_forwards_starts_after_the_title_inside_it() {
        // BBC politics 336, 167 and 119: `said Nottingham City Councillor
        // Brian Parbutt.`, `Chairman of the Environmental Audit Committee
        // Peter Ainsworth MP, said`, `Paying tribute, the Lord Chancellor
        // Lord Falconer said`.
        for (p, from, name, honorific) in [
            (
                "\"It might sound great,\" said Nottingham City Councillor Brian Parbutt.",
                "Nottingham",
                "Brian Parbutt",
                None,
            ),
            (
                "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: \"The government's housing policy is an alarming example.\"",
                "Environmental",
                "Peter Ainsworth",
                None,
            ),
            (
                "Paying tribute, the Lord Chancellor Lord Falconer said Lord Scarman was one of the \"great advocates of our generation\".",
                "Lord Chancellor",
                "Lord Falconer",
                Some("Lord"),
            ),
        ] {
            let n = name_starting_at(p, p.find(from).unwrap(), p.len()).unwrap();
            assert_eq!(n.kind, NameKind::Person, "{p}");
            assert_eq!(n.canonical(), name, "{p}");
            assert_eq!(n.honorific, honorific, "{p}");
            assert_eq!(&p[n.start..n.end], name, "{p}");
        }
        // Letters after the name go too (a reviewer's sentence: no BBC
        // article adds `QC` to Lord Goldsmith).
        let p = "\"It is wrong,\" said Attorney General Lord Goldsmith QC.";
        let n = name_starting_at(p, p.find("Attorney").unwrap(), p.len()).unwrap();
        assert_eq!(
            (n.canonical().as_str(), n.honorific),
            ("Lord Goldsmith", Some("Lord"))
        );
        // A place's word or an honorific after other words starts no name
        // read forwards (a reviewer's sentences: the BBC set names neither
        // body).
        for p in [
            "\"It was a busy night,\" said St John Ambulance.",
            "\"We are delighted,\" said Notre Dame University.",
        ] {
            let from = p.find("said ").unwrap() + 5;
            let n = name_starting_at(p, from, p.len());
            assert!(
                n.is_none_or(|n| n.kind == NameKind::Organisation && n.start == from),
                "{p}: {n:?}"
            );
        }
        // A title first stays the caller's to drop; a body's name with no
        // person in it stays a body.
        let p = "\"We will win,\" said Environmental Audit Committee members.";
        let n = name_starting_at(p, p.find("Environmental").unwrap(), p.len());
        assert!(n.is_none_or(|n| n.kind == NameKind::Organisation), "{n:?}");
    }

    #[test]
    fn names_with_honorifics_and_roles() {
        let p = "Chief medical officer Professor Liam Donaldson said he was 'more optimistic' about the cancer plan than Professor Edwards, because it would build on five to six years'experience with the Calman-Hine framework.";
        let n = name_ending_at(p, end_of(p, "Donaldson"), 0).unwrap();
        assert_eq!(n.canonical(), "Liam Donaldson");
        assert_eq!(n.honorific, Some("Professor"));
        assert_eq!(
            role_before(p, n.start, 0).as_deref(),
            Some("chief medical officer")
        );
        let e = name_ending_at(p, end_of(p, "Edwards"), 0).unwrap();
        assert_eq!(e.canonical(), "Professor Edwards");
    }

    #[test]
    fn a_role_joined_to_the_sentence_by_and_is_only_the_title() {
        // BBC politics: not `disunity and Tory leader`; `Trade and Industry
        // Secretary` keeps its `and`.
        let t = "The party was split over disunity and Tory leader Michael Howard said so.";
        let at = t.find("Michael").unwrap();
        assert_eq!(role_before(t, at, 0).as_deref(), Some("Tory leader"));
        let t = "On Tuesday Foreign Secretary Jack Straw said so.";
        let at = t.find("Jack").unwrap();
        assert_eq!(role_before(t, at, 0).as_deref(), Some("Foreign Secretary"));
        let t = "Trade and Industry Secretary Patricia Hewitt said so.";
        let at = t.find("Patricia").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Trade and Industry Secretary")
        );
        // BBC politics 251: `Hilary` is in no table of given names.
        let t = "both men separately spoke about working on tsunami or wider aid and development policy with their cabinet colleagues Foreign Secretary Jack Straw, Aid minister Hilary Benn and Deputy Prime Minister John Prescott - with whom they share the credit.";
        let at = t.find("John Prescott").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Deputy Prime Minister")
        );
        // Two capitalised words after a determiner are a title's, and so is
        // one word after a lower-case one.
        let t = "Speaking in Belfast, the Northern Ireland and Welsh Secretary Peter Hain said so.";
        let at = t.find("Peter").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Northern Ireland and Welsh Secretary")
        );
        let t = "Speaking on Tuesday the Work and Pensions Secretary Alan Johnson said so.";
        let at = t.find("Alan").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Work and Pensions Secretary")
        );
    }

    #[test]
    fn initials_of_bodies() {
        assert_eq!(initials("UK Independence Party").as_deref(), Some("UKIP"));
        assert_eq!(
            initials("Institute of Fiscal Studies").as_deref(),
            Some("IFS")
        );
        assert_eq!(initials("Trades Union Congress").as_deref(), Some("TUC"));
        // One word has no initials to stand for it.
        assert_eq!(initials("Oxfam"), None);
        assert!(is_body_acronym("NAO"));
        // Titles are a person's, never a body's initials.
        assert!(!is_body_acronym("QC"));
        assert!(!is_body_acronym("PM"));
        assert!(!is_body_acronym("Nao"));
    }

    #[test]
    fn a_role_in_the_clause_before_is_not_the_names() {
        // BBC politics: the role that closes a clause before the comma is
        // someone else's, and `including` is no part of a title.
        let t = "George W Bush will display a more consensual approach to world politics as he begins his second term as US President, Tony Blair has said.";
        let at = t.find("Tony").unwrap();
        assert_eq!(role_before(t, at, 0), None);
        let t = "The Liberal Democrats are aiming to unseat a string of top Tories - including leader Michael Howard - at the next general election.";
        let at = t.find("Michael").unwrap();
        assert_eq!(role_before(t, at, 0).as_deref(), Some("leader"));
        // BBC politics 362: a role after `a` is said of the person, and
        // Gordon Brown is no prime minister for it.
        let t = "And in Labour circles there will undoubtedly be an argument over just how good a prime minister Gordon Brown will make at some point after the next election.";
        let at = t.find("Gordon").unwrap();
        assert_eq!(role_before(t, at, 0), None);
        // (A title after a plain `a` stays one.)
        let t =
            "At the conference a former home secretary David Blunkett said the plan would fail.";
        let at = t.find("David").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("former home secretary")
        );
        // BBC politics: an adjective after `was` is no part of the title.
        let t = "He also said he was confident shadow home secretary Mr Davis would \"set out the position very clearly\" when he stands up to debate the matter next week.";
        let at = t.find("Mr Davis").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("shadow home secretary")
        );
        // BBC business 216: the role is the named person's.
        let t = "In his new job as Renault chief executive, Mr Ghosn will devote 40% of his time to Renault, 40% to Nissan and the rest to the group's activities in North America and other key markets.";
        let at = t.find("Mr Ghosn").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Renault chief executive")
        );
        let t = "Hiding women away in the home hidden behind veils is a backward view of Islam, President Musharraf of Pakistan has said during a visit to Britain.";
        let end = t.find(" of Pakistan").unwrap();
        assert_eq!(roles_after(t, end, t.len()), vec!["Pakistan".to_string()]);
        // An appositive role before the comma still holds.
        let t = "Speaking at the conference, the Confederation's chief executive, Stephen Thornton, said so.";
        let at = t.find("Stephen").unwrap();
        assert_eq!(
            role_before(t, at, 0).as_deref(),
            Some("Confederation's chief executive")
        );
    }

    #[test]
    fn role_titles_before_the_name() {
        let p = "Acting NHS chief executive Neil McKay, reiterated the point.";
        let n = name_ending_at(p, end_of(p, "McKay"), 0).unwrap();
        assert_eq!(n.canonical(), "Neil McKay");
        assert_eq!(n.gender, Gender::Male);
        assert_eq!(
            role_before(p, n.start, 0).as_deref(),
            Some("acting NHS chief executive")
        );
        let p = "But GP committee chair Dr John Chisholm warned Mr Milburn that he retained ultimate responsibility for funding and creating the right conditions within the health service.";
        let n = name_ending_at(p, end_of(p, "Chisholm"), 0).unwrap();
        assert_eq!(
            role_before(p, n.start, 0).as_deref(),
            Some("GP committee chair")
        );
        let p = "There has been much talk by health secretary Alan Milburn of decentralisation, Mr Thornton says.";
        let n = name_ending_at(p, end_of(p, "Milburn"), 0).unwrap();
        assert_eq!(
            role_before(p, n.start, 0).as_deref(),
            Some("health secretary")
        );
        let p = "The plea comes as the Confederation's chief executive, Stephen Thornton (left), sets out the organisation's thinking for the next four years or so.";
        let n = name_ending_at(p, end_of(p, "Thornton"), 0).unwrap();
        assert_eq!(
            role_before(p, n.start, 0).as_deref(),
            Some("Confederation's chief executive")
        );
    }

    #[test]
    fn appositive_roles_after_the_name() {
        let p = "The reaction among delegates was mainly positive. Gill Morgan, chief executive of North and East Devon health authority and a former president of the Institute of Health Services Management, said Mr Milburn was 'absolutely fantastic, focused and with no ambiguity'.";
        let n = name_ending_at(p, end_of(p, "Morgan"), 50).unwrap();
        assert_eq!(n.gender, Gender::Female);
        assert_eq!(
            roles_after(p, n.end, p.len()),
            [
                "chief executive of North and East Devon health authority",
                "former president of the Institute of Health Services Management"
            ]
        );
        let p = "Dr Jonathan Shapiro of Birmingham University's health services management centre said: 'The risk is, who would want to work in a 'red' organisation?'";
        let n = name_ending_at(p, end_of(p, "Shapiro"), 0).unwrap();
        assert_eq!(
            roles_after(p, n.end, p.len()),
            ["Birmingham University's health services management centre"]
        );
    }

    #[test]
    fn a_clause_after_a_name_is_no_role() {
        // BBC politics 289.
        let p = "As he assumes the title of Lord Kinnock, he has also become chairman of the British Council, which promotes the UK's reputation.";
        let n = name_ending_at(p, end_of(p, "Kinnock"), 0).unwrap();
        assert!(roles_after(p, n.end, p.len()).is_empty());
        let p = "John Smith, IT director at Acme, said so.";
        let n = name_ending_at(p, end_of(p, "Smith"), 0).unwrap();
        // (As before this check: `IT` is dropped as a lone capital word.)
        assert_eq!(roles_after(p, n.end, p.len()), ["director at Acme"]);
    }

    #[test]
    fn a_firm_named_with_an_ampersand_is_a_body() {
        // BBC politics 077.
        let p = "As Mr Brown announced the Budget date in a short ministerial statement, accountancy firm Ernst & Young urged him to put politics aside.";
        let n = name_ending_at(p, end_of(p, "Young"), 0).unwrap();
        assert_eq!(n.kind, NameKind::Organisation);
        assert_eq!(n.canonical(), "Ernst & Young");
    }

    #[test]
    fn organisations_are_not_people() {
        let p = "The British Medical Association welcomed the announcement.";
        let n = name_ending_at(p, end_of(p, "Association"), 0).unwrap();
        assert_eq!(n.kind, NameKind::Organisation);
        assert_eq!(n.canonical(), "British Medical Association");
    }

    #[test]
    fn every_honorific_is_recognised_with_or_without_its_dot() {
        for (h, g) in HONORIFICS {
            assert_eq!(honorific(h), Some(*g), "{h}");
            assert_eq!(honorific(&format!("{h}.")), Some(*g), "{h}.");
        }
        assert_eq!(honorific("Mister"), None);
        assert_eq!(honorific("mr"), None);
    }

    #[test]
    fn forward_names_after_a_cue() {
        let p = "said Mr Thornton.";
        let n = name_starting_at(p, 5, p.len()).unwrap();
        assert_eq!(n.canonical(), "Mr Thornton");
    }
}
