//! The subject of each speech cue: who the name, pronoun or appositive
//! before (or after) a verb of saying points to, and who is in the reader's
//! mind ([`Salience`]) when a pronoun or a quotation with no cue needs one.

use super::credit::ByteSpan;
use super::cues::{self, Cue};
use super::identity::{Entity, Registry};
use super::marks::ScannedQuote;
use super::names::{self, Gender, NameKind, NameSpan};
use super::unnamed;
use super::words::word_set;
use crate::analysis::text::{self, prev_word, word_at, Word};
use crate::analysis::text::{one_of, WordSet};
use std::sync::LazyLock;

/// A name found in a paragraph's own (unquoted) text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Mention<'t> {
    pub(super) span: NameSpan<'t>,
    pub(super) entity: Option<usize>,
}

/// A cue with its resolved subject.
#[derive(Debug, Clone, Copy)]
pub(super) struct ResolvedCue {
    pub(super) cue: Cue,
    pub(super) sentence: usize,
    pub(super) subject: Option<usize>,
    /// Where the subject starts (for cues after a quotation: `'…,' he said`).
    pub(super) clause_start: usize,
    pub(super) clause_end: usize,
    /// Which subject rule found `subject` (see [`super::credit::Rule`]).
    pub(super) how: &'static str,
}

/// Who is in the reader's mind.
#[derive(Debug, Default)]
pub(super) struct Salience {
    /// (entity, paragraph, position) of the last sentence subject.
    pub(super) subject: Option<(usize, usize, usize)>,
    /// The last one credited with speech.
    pub(super) speaker: Option<(usize, usize, usize)>,
    /// Recent subjects and mentions, newest last (bounded).
    pub(super) recent: Vec<(usize, bool)>,
    /// Speaker of the last quotation (for one continued in the next paragraph).
    pub(super) last_quoted: Option<usize>,
    /// The last organisation named, and the last party: who `a spokesman`
    /// or `the party` speaks for when no organisation has spoken yet.
    pub(super) last_org: Option<String>,
    pub(super) last_party: Option<String>,
    /// Organisations named lately, newest last (bounded), with the
    /// paragraph each was named in.
    pub(super) recent_orgs: Vec<(String, usize)>,
    /// The sentence being read, as (paragraph, sentence), and the sentence
    /// where the last subject was set: how fresh that subject is.
    pub(super) here: (usize, usize),
    pub(super) subject_at: (usize, usize),
    /// The sentence where the last speaker was credited.
    pub(super) speaker_at: (usize, usize),
}

pub(super) const RECENT: usize = 24;

impl Salience {
    pub(super) fn note(&mut self, entity: usize, subject: bool) {
        if self.recent.len() >= RECENT {
            self.recent.remove(0);
        }
        self.recent.push((entity, subject));
    }

    pub(super) fn set_subject(&mut self, e: usize, para: usize, pos: usize) {
        self.subject = Some((e, para, pos));
        self.subject_at = self.here;
        self.note(e, true);
    }

    /// An organisation named in the text (spoken or not).
    pub(super) fn note_organisation(&mut self, name: &str) {
        if self.last_org.as_deref() == Some(name) {
            return;
        }
        if names::is_party_name(name) {
            self.last_party = Some(name.to_string());
        }
        // The oldest name's buffer is reused: this runs for every
        // organisation named.
        let mut slot = if self.recent_orgs.len() >= 8 {
            self.recent_orgs.remove(0).0
        } else {
            String::new()
        };
        slot.clear();
        slot.push_str(name);
        self.recent_orgs.push((slot, self.here.0));
        match &mut self.last_org {
            Some(last) => {
                last.clear();
                last.push_str(name);
            }
            None => self.last_org = Some(name.to_string()),
        }
    }

    /// `the commission`, `the committee`: the organisation named lately
    /// whose name ends with that word (`Low Pay Commission`), or has it
    /// before `of` (`the Bank of England`).
    pub(super) fn organisation_ending(&self, head: &str) -> Option<&str> {
        // `the paper` is the Financial Times, `the agency` the Congressional
        // Budget Office: the kinds in `words.toml` (`org_kind`).
        let kinds = text::with_lower_case(head, |h| super::words::bundled().org_kinds.get(h));
        let is_kind = |word: &str| {
            word.eq_ignore_ascii_case(head)
                || kinds.is_some_and(|k| k.iter().any(|e| word.eq_ignore_ascii_case(e)))
        };
        // A name's head is its last word, or the word before `of` when it
        // was named near (`the bank` is the Bank of England).
        let here = self.here.0;
        self.recent_orgs
            .iter()
            .rev()
            .find(|(o, para)| {
                o.rsplit(' ').next().is_some_and(is_kind)
                    || (names::named_near(*para, here)
                        && names::head_before_of(o).is_some_and(is_kind))
            })
            .map(|(o, _)| o.as_str())
    }

    pub(super) fn set_speaker(&mut self, e: usize, para: usize, pos: usize) {
        self.subject = Some((e, para, pos));
        self.subject_at = self.here;
        self.speaker_at = self.here;
        self.speaker = Some((e, para, pos));
        self.note(e, true);
    }

    /// `he said`/`she added` as a speech cue's subject. In news the pronoun
    /// of a speech verb is most often the one who has been speaking, so:
    /// the subject of this or the previous sentence if it fits; else the
    /// last speaker of this or the last two paragraphs; else as
    /// [`Salience::pronoun`]. A clause-final `…, he said` never points into
    /// its own sentence (`Mr Bush's first task was to "…", he said`), so the
    /// people named there (`exclude`) are passed over.
    pub(super) fn speech_pronoun(
        &self,
        gender: Gender,
        entities: &mut [Entity],
        exclude: &[usize],
    ) -> Option<usize> {
        // Who spoke earlier in this very sentence (`X said: "…" "…," he
        // said`) is not someone merely named in it.
        let spoke_here = self
            .speaker
            .filter(|_| self.speaker_at == self.here)
            .map(|s| s.0);
        let fits = |e: usize| {
            fits_pronoun(&entities[e], gender) && (!exclude.contains(&e) || spoke_here == Some(e))
        };
        let (p, si) = self.here;
        let fresh = self.subject_at.0 == p && self.subject_at.1 + 1 >= si
            || self.subject_at.0 + 1 == p && si == 0;
        let pick = self
            .subject
            .filter(|s| fresh && fits(s.0))
            .or_else(|| self.speaker.filter(|s| s.1 + 2 >= p && fits(s.0)))
            .map(|s| s.0)
            .or_else(|| {
                let recent = self.recent.iter().rev();
                recent
                    .clone()
                    .find(|(e, subj)| *subj && fits(*e))
                    .or_else(|| recent.clone().find(|(e, _)| fits(*e)))
                    .map(|(e, _)| *e)
            })?;
        if entities[pick].gender == Gender::Unknown {
            entities[pick].gender = gender;
        }
        Some(pick)
    }

    /// `he`/`she`: the most recent compatible subject, else mention.
    pub(super) fn pronoun(&self, gender: Gender, entities: &mut [Entity]) -> Option<usize> {
        let fits = |e: &Entity| fits_pronoun(e, gender);
        let pick = self
            .recent
            .iter()
            .rev()
            .find(|(e, subj)| *subj && fits(&entities[*e]))
            .or_else(|| self.recent.iter().rev().find(|(e, _)| fits(&entities[*e])))
            .map(|(e, _)| *e)?;
        if entities[pick].gender == Gender::Unknown {
            entities[pick].gender = gender;
        }
        Some(pick)
    }

    /// Who a quotation with no cue of its own continues: the last subject of
    /// this or the previous paragraph, or the last speaker of the last few.
    pub(super) fn current(&self, para: usize) -> Option<usize> {
        let limits = &super::rules::bundled().thresholds;
        let subject = self
            .subject
            .filter(|s| s.1 + limits.subject_memory_paragraphs >= para);
        let speaker = self
            .speaker
            .filter(|s| s.1 + limits.speaker_memory_paragraphs >= para);
        match (subject, speaker) {
            (Some(a), Some(b)) => Some(if (a.1, a.2) >= (b.1, b.2) { a.0 } else { b.0 }),
            (a, b) => a.or(b).map(|x| x.0),
        }
    }
}

/// Whether `he`/`she` can point to `e`. A lone capitalised word (`Iraq`) is
/// no `he` unless it spoke, and a group (`Critics`) is never one person.
fn fits_pronoun(e: &Entity, gender: Gender) -> bool {
    e.kind == NameKind::Person
        && (e.gender == gender || e.gender == Gender::Unknown)
        && !e.is_group()
        && (e.given.is_some() || e.short_name.contains(' ') || e.spoke || e.describes)
}

/// Whether `the` stands before `at`, right before it or with one or two
/// lower-case words between (`the nonpartisan `), none before `floor`.
fn after_the(text: &str, at: usize, floor: usize) -> bool {
    let mut end = at;
    for _ in 0..3 {
        let Some(w) = prev_word(text, end, floor) else {
            return false;
        };
        let word = &text[w.start..w.end];
        if one_of(word, &["the", "The"]) {
            return true;
        }
        if !word.starts_with(char::is_lowercase) || cues::first_cue_in(word).is_some() {
            return false;
        }
        end = w.start;
    }
    false
}

/// `on Tuesday`, `this month`, `last week`, `earlier this year` ending with
/// the word `w`: where it starts, so that the subject before it is found.
fn time_phrase_before(text: &str, w: Word, s0: usize) -> Option<usize> {
    let word = &text[w.start..w.end];
    let weekday = one_of(word, &text::WEEKDAYS);
    let span = one_of(
        word,
        &[
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
        ],
    );
    if !(weekday || span) {
        return None;
    }
    let mut p = prev_word(text, w.start, s0)?;
    // `on Tuesday night`, `last Tuesday`.
    if span && one_of(&text[p.start..p.end], &text::WEEKDAYS) {
        p = prev_word(text, p.start, s0)?;
    }
    let opener = &text[p.start..p.end];
    // `The Mail on Sunday reported`, `Scotland on Sunday`: a Sunday paper's
    // name, not when (`Sanders on Tuesday said` is when).
    if opener == "on"
        && word == "Sunday"
        && prev_word(text, p.start, s0)
            .is_some_and(|b| text[b.start..b.end].starts_with(char::is_uppercase))
    {
        return None;
    }
    if !one_of(
        opener,
        &["on", "this", "last", "next", "that", "earlier", "later"],
    ) {
        return (weekday && opener.starts_with(char::is_uppercase)).then_some(w.start);
    }
    // `earlier this week`.
    match prev_word(text, p.start, s0) {
        Some(e) if one_of(&text[e.start..e.end], &["earlier", "later"]) => Some(e.start),
        _ => Some(p.start),
    }
}

/// Words between a subject and its verb: `Mr Milburn also announced`,
/// `has pledged`, `warmly welcomed`.
pub(super) fn is_verb_modifier(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("verb_modifier");
    // Lower case only: `Christine May had said` ends a name on `May`; and
    // any `-ly` adverb (`warmly welcomed`).
    w.starts_with(|c: char| c.is_lowercase())
        && (SET.contains(w)
            || (w.len() > 4
                && w.is_char_boundary(w.len() - 2)
                && w[w.len() - 2..].eq_ignore_ascii_case("ly")))
}

/// Prepositions after which a name is not the sentence's subject.
pub(super) fn is_preposition(w: &str) -> bool {
    one_of(
        w,
        &[
            "by", "to", "from", "with", "of", "than", "for", "on", "at", "about", "against", "as",
            "into", "like", "unlike", "between", "under", "over", "after", "before", "without",
            "echoed", "warned", "told", "asked", "urged", "accused", "said", "says", "that",
        ],
    )
}

/// Prepositions proper: a name right after one is the object of a phrase
/// (`the southern sector of Iraq, have announced`, `partner of Tods Murray
/// said`), never the subject of the verb that follows. `as`, `after` and
/// `before` are left out: they also join clauses (`as Mr Blair said`).
pub(super) fn governs_a_noun(w: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("object_preposition");
    SET.contains(w)
}

/// The preposition a name starting at `start` is the object of, looking past
/// a determiner (`Rhian Beynon of the JCWI said`, `a fellow at the Hoover
/// Institution`), if there is one.
fn governing_preposition(text: &str, start: usize, floor: usize) -> Option<Word> {
    let mut before = prev_word(text, start, floor);
    if let Some(w) = before.filter(|w| one_of(&text[w.start..w.end], &["the", "a", "an"])) {
        before = prev_word(text, w.start, floor);
    }
    before.filter(|w| governs_a_noun(&text[w.start..w.end]))
}

/// `been`, `was`: before a past participle, a passive (`have been described
/// as "irresponsible" by the IHRC`).
pub(super) fn is_be_form(w: &str) -> bool {
    one_of(
        w,
        &[
            "be", "been", "being", "was", "were", "is", "are", "am", "get", "got",
        ],
    )
}

pub(super) fn pronoun_gender(w: &str) -> Option<Gender> {
    if w.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

pub(super) fn is_first_person(w: &str) -> bool {
    matches!(w, "I" | "we" | "We")
}

pub(super) fn add_roles(
    reg: &mut Registry,
    e: usize,
    text: &str,
    n: &NameSpan<'_>,
    s0: usize,
    s1: usize,
) {
    if reg.entities[e].kind != NameKind::Person {
        return;
    }
    if let Some(r) = names::role_before(text, n.start, s0) {
        reg.entities[e].add_role(&r);
    }
    // `Lord Faulkner of Worcester`, `Baron Kinnock of Bedwellty`: a peer's
    // `of` names his territorial designation, not a role.
    // (`of Finsbury, chairman of the Environment Agency` still gives his role.)
    for r in names::roles_after(text, past_designation(text, n, s1), s1) {
        reg.entities[e].add_role(&r);
    }
}

/// Where a peer's name ends with its territorial designation (`Lord Smith
/// of Finsbury`, `Baron Kinnock of Bedwellty`): the designation names a
/// place, not a role, and an appositive may follow it. Elsewhere the name's
/// end.
fn past_designation(text: &str, n: &NameSpan<'_>, limit: usize) -> usize {
    let peer = n
        .honorific
        .is_some_and(|h| one_of(h, &["Lord", "Baron", "Baroness", "Lady"]));
    if !peer || !text[n.end..].starts_with(" of ") {
        return n.end;
    }
    let mut after = n.end + " of".len();
    while let Some(w) = word_at(text, after + 1, limit)
        .filter(|w| w.start == after + 1 && text[w.start..w.end].starts_with(char::is_uppercase))
    {
        after = w.end;
    }
    after
}

/// `Security, stability and prosperity would be the key themes …, said Mr
/// Straw.`: after a comma, the verb and a person's name close the sentence
/// (or the name and its appositive: `, said Mr Barrett, the lawyer for …`).
/// That name is the subject, whatever opens the sentence. Not `said Mr Brown
/// was wrong`, where the name opens what was said.
fn inverted_name(text: &str, cue: Cue, s0: usize, s1: usize) -> bool {
    // Only verbs that take no person as object: `, criticised Mr Blair.`
    // and `, told Mr Blair.` name whom, not who.
    let say_like = matches!(
        cue.base(),
        "say"
            | "add"
            | "explain"
            | "insist"
            | "continue"
            | "reply"
            | "write"
            | "argue"
            | "conclude"
            | "admit"
            | "concede"
            | "claim"
    );
    if !say_like
        || !text[s0..cue.start].trim_end().ends_with(',')
        || !text[cue.end..].starts_with(' ')
    {
        return false;
    }
    let Some(n) = names::name_starting_at(text, cue.end + 1, s1) else {
        return false;
    };
    let rest = text[n.end..s1].trim_end_matches(['.', '"', '”', '\'', '’', ' ']);
    // (`, said Gordon Brown, the chancellor, had …` goes on: no comma in
    // the appositive, which closes the sentence.)
    names::looks_like_person(&n)
        && (rest.is_empty()
            || rest
                .strip_prefix(", ")
                .is_some_and(|a| a.starts_with(char::is_lowercase) && !a.contains(',')))
}

/// The subject of a speech cue: a name or pronoun before it (past adverbs,
/// an appositive or a parenthesis), or, right after a quotation, after it.
#[allow(clippy::too_many_arguments)]
pub(super) fn subject_of(
    text: &str,
    cue: Cue,
    si: usize,
    sents: &[(usize, usize)],
    pq: &[ScannedQuote],
    mentions: &[Mention<'_>],
    reg: &mut Registry,
    sal: &mut Salience,
) -> Option<ResolvedCue> {
    let (s0, s1) = sents[si];
    let mk = |subject, clause_start, how| ResolvedCue {
        how,
        cue,
        sentence: si,
        subject,
        clause_start,
        clause_end: cue.end,
    };
    // `have been described as "irresponsible" … by the IHRC`, `announced by
    // Chancellor Gordon Brown`: a passive names its speaker after `by`, and
    // the name before the verb is not it.
    if let Some(r) = passive_agent(text, cue, s0, s1, reg) {
        // The clause runs from the verb to the agent (`described as "…" by
        // the IHRC`), so reported speech is not taken to start at the agent.
        return Some(ResolvedCue {
            how: "passive-agent",
            cue,
            sentence: si,
            subject: r.0,
            clause_start: cue.start,
            clause_end: r.1.max(cue.end),
        });
    }
    let inverted = !cue.speaker_follows() && inverted_name(text, cue, s0, s1);
    if !cue.speaker_follows() && !inverted {
        let mut at = cue.start;
        // Step back over modifiers (`also`, `has`, `warmly`) and when it
        // was said (`Sanders on Tuesday said`, `Wells Fargo just this month
        // announced`).
        for _ in 0..4 {
            match prev_word(text, at, s0) {
                Some(w) if is_verb_modifier(&text[w.start..w.end]) => at = w.start,
                Some(w) => match time_phrase_before(text, w, s0) {
                    Some(start) => at = start,
                    None => break,
                },
                None => break,
            }
        }
        let head = text[s0..at].trim_end_matches(' ');
        let end = s0 + head.len();
        // `Gill Morgan, chief executive of …, said`, `Dr Jonathan Shapiro of
        // Birmingham University's … centre said`: a person named earlier in
        // the sentence with only an appositive between.
        let appositive = appositive_subject(text, cue, end, s0, mentions, reg);
        if text[..end].ends_with(',') {
            // `Smith, a friend of J.R. Jones, said`: the sentence opens with
            // the subject and a lower-case appositive, which may name others.
            if let Some(r) = opening_subject(text, s0, end, mentions, reg) {
                return Some(mk(Some(r.0), r.1, "opening-subject"));
            }
            if let Some(r) = appositive {
                return Some(mk(Some(r.0), r.1, "appositive-subject"));
            }
            // `Neil McKay, reiterated`.
            let before_comma = s0 + text[s0..end - 1].trim_end().len();
            let before_comma = skip_parenthesis(text, before_comma, s0);
            if let Some(r) = name_subject(text, before_comma, s0, mentions, reg) {
                return Some(mk(Some(r.0), r.1, "name-before-comma"));
            }
            // `The Glasgow Kelvin MP, who was expelled from Labour …,
            // accused`: a description the sentence opens with, then an
            // appositive.
            // (Only the sentence's first words: a description is short, and
            // a sentence of any length stays linear.)
            let opening = &text[s0..text::floor_boundary(text, end.min(s0 + 120))];
            if let Some(comma) = opening.find(", ") {
                if let Some(d) = description_before(text, s0 + comma, s0)
                    .filter(|d| text[s0..d.start].trim().is_empty())
                {
                    let (e, how) = describe(text, &d, reg, sal);
                    if e.is_some() {
                        return Some(mk(e, d.start, how));
                    }
                }
            }
        } else {
            let name_end = skip_parenthesis(text, end, s0);
            if let Some(w) = prev_word(text, name_end, s0) {
                let word = &text[w.start..w.end];
                if w.end == name_end {
                    if let Some(g) = pronoun_gender(word) {
                        let exclude = clause_final_names(text, s0, w.start, mentions);
                        let e = sal.speech_pronoun(g, &mut reg.entities, &exclude);
                        return Some(mk(e, w.start, "pronoun-chain"));
                    }
                    // `They say the Lib Dem policy would …`: the body that
                    // was last the subject, if one was, lately.
                    if matches!(word, "they" | "They") {
                        let body = sal
                            .recent
                            .iter()
                            .rev()
                            .take(4)
                            .find(|(e, subj)| {
                                let ent = &reg.entities[*e];
                                // A body, or a group (`MPs … They called for a
                                // "cast-iron guarantee"`).
                                *subj && (ent.kind == NameKind::Organisation || ent.is_group())
                            })
                            .map(|(e, _)| *e);
                        return body.map(|e| mk(Some(e), w.start, "they-body"));
                    }
                    // `The US government denied the claims … In a statement,
                    // it said:`: the body that was last the subject, if one
                    // was in this sentence or the one before (of this
                    // paragraph); else the cue has no subject, and its
                    // quotation falls back as any other would.
                    if matches!(word, "it" | "It") {
                        let (sp, ss) = sal.subject_at;
                        let fresh = sp == sal.here.0 && ss + 1 >= sal.here.1;
                        let body = sal.subject.map(|s| s.0).filter(|&e| {
                            fresh
                                && reg.entities[e].kind == NameKind::Organisation
                                && !reg.entities[e].is_group()
                        });
                        return body.map(|e| mk(Some(e), w.start, "it-body"));
                    }
                    if is_first_person(word) || matches!(word, "you" | "You") {
                        return None;
                    }
                    // `Mr Blair, who has described Africa as a "scar"`.
                    if word == "who" {
                        let head = text[s0..w.start].trim_end();
                        if let Some(before) = head.strip_suffix(',') {
                            let end = s0 + before.trim_end().len();
                            if let Some(r) = name_subject(text, end, s0, mentions, reg) {
                                return Some(mk(Some(r.0), r.1, "relative-who"));
                            }
                        }
                        return None;
                    }
                    if let Some(d) = description_before(text, name_end, s0) {
                        let (e, how) = describe(text, &d, reg, sal);
                        return Some(mk(e, d.start, how));
                    }
                    // `The PM insisted`.
                    if let Some((d, office)) = abbreviated_office(text, name_end, s0) {
                        let (e, how) = describe_as(text, &d, &office, reg, sal);
                        return Some(mk(e, d.start, how));
                    }
                    // `the cross-party committee stated`: a body described,
                    // the one of that kind named lately.
                    // `The report said`: the body that published it.
                    if let Some(r) = document_author(text, w, s0, reg, sal) {
                        return Some(mk(Some(r.0), r.1, "document-author"));
                    }
                    if (names::is_org_head(word) || super::words::is_org_kind(word))
                        && word.starts_with(char::is_lowercase)
                    {
                        if let Some(e) = body_described(text, w.start, s0, word, reg, sal) {
                            return Some(mk(Some(e.0), e.1, "body-description"));
                        }
                    }
                    if let Some(r) = name_subject(text, name_end, s0, mentions, reg) {
                        // `Colin Asplin, Blackpool Hotel Association said`:
                        // the person the sentence opens with, not their body.
                        if reg.entities[r.0].kind == NameKind::Organisation {
                            if let Some(p) = person_before_org(text, s0, r.1, mentions, reg) {
                                return Some(mk(Some(p.0), p.1, "opening-subject"));
                            }
                        }
                        return Some(mk(Some(r.0), r.1, "name-subject"));
                    }
                    // Subjects that are no name: `critics say`, `His lawyer
                    // said`, `…, and said`.
                    if let Some(r) = unnamed::group_before(text, w, reg) {
                        return Some(mk(Some(r.0), r.1, "group-subject"));
                    }
                    if let Some(r) = unnamed::possessed(text, w, s0, reg, sal) {
                        return Some(mk(Some(r.0), r.1, "possessed-description"));
                    }
                    if appositive.is_none() {
                        if let Some(r) = unnamed::coordinated(text, w, s0, reg, sal, mentions) {
                            return Some(mk(Some(r.0), r.1, "coordinated-verb"));
                        }
                    }
                }
            }
            if let Some(r) = appositive {
                return Some(mk(Some(r.0), r.1, "appositive-subject"));
            }
            if let Some(r) = unnamed::group_with_phrase(text, s0, end, reg) {
                return Some(mk(Some(r.0), r.1, "group-subject"));
            }
        }
    }
    // Inverted: `'…,' said Mr Thornton`, `according to Steve Black`.
    let prior = pq.partition_point(|q| q.outer_end <= cue.start);
    let after_quote = prior > 0
        && pq[prior - 1..prior].iter().any(|q| {
            q.outer_end <= cue.start
                && text[q.outer_end..cue.start]
                    .chars()
                    .all(|c| matches!(c, ' ' | ',' | '-'))
        });
    // `…at "reasonable levels", says the assembly government.`: a cue after
    // a comma with only its subject left in the sentence.
    let closing = inverted
        || !after_quote
            && !cue.speaker_follows()
            && text[s0..cue.start].trim_end().ends_with(',')
            && text[cue.end..s1]
                .trim_end()
                .trim_end_matches(['.', '"', '”', '\''])
                .split_whitespace()
                .take(7)
                .count()
                <= 6;
    if closing {
        if let Some(r) = closing_description(text, cue, s0, s1, reg, sal) {
            return Some(ResolvedCue {
                how: "description-after-cue",
                cue,
                sentence: si,
                subject: r.0,
                clause_start: cue.start,
                clause_end: r.1,
            });
        }
    }
    // `Said Ellis: "…"`: a sentence opening on the verb.
    let opens =
        text[s0..cue.start].trim().is_empty() && text[cue.start..].starts_with(char::is_uppercase);
    if cue.speaker_follows() || after_quote || closing || opens {
        let start = cue.end + 1;
        if start < s1 && text[cue.end..].starts_with(' ') {
            if let Some(w) = word_at(text, start, s1) {
                if let Some(g) = pronoun_gender(&text[w.start..w.end]) {
                    let exclude = clause_final_names(text, s0, cue.start, mentions);
                    let e = sal.speech_pronoun(g, &mut reg.entities, &exclude);
                    return Some(mk(e, cue.start, "pronoun-chain"));
                }
            }
            if cue.speaker_follows() {
                if let Some((e, end, how)) =
                    unnamed::after_cue_body_or_group(text, start, s1, reg, sal)
                {
                    return Some(ResolvedCue {
                        how,
                        cue,
                        sentence: si,
                        subject: Some(e),
                        clause_start: cue.start,
                        clause_end: end,
                    });
                }
            }
            // `"…," said a Home Office spokesman.`: a description closing
            // the sentence.
            if after_quote && !closing {
                if let Some(r) = closing_description(text, cue, s0, s1, reg, sal) {
                    if r.0.is_some() {
                        return Some(ResolvedCue {
                            how: "description-after-cue",
                            cue,
                            sentence: si,
                            subject: r.0,
                            clause_start: cue.start,
                            clause_end: r.1,
                        });
                    }
                }
            }
            // `said Mr Thornton`, or past a title: `said NHS finance director
            // Colin Reeves`, `said 9/11 widow Terry Strada`, `said the
            // chairman of the Commons education select committee, Labour MP
            // Barry Sheerman` (a dozen words at most, past commas, never past
            // another quotation).
            let mut at = start;
            for _ in 0..14 {
                let Some(w) = word_at(text, at, s1) else {
                    // `9/11`: step to the next space.
                    match text[at..s1].find(' ') {
                        Some(sp)
                            if !text[at..at + sp].contains(['"', '“', '”', '\'', '‘', '’']) =>
                        {
                            at += sp + 1;
                            continue;
                        }
                        _ => break,
                    }
                };
                if let Some(n) = names::name_starting_at(text, at, s1) {
                    let person = names::looks_like_person(&n);
                    // `according to the Times`: a body after `the` too, or
                    // after `the` and a word or two that describe it
                    // (`according to the nonpartisan Congressional Budget
                    // Office`, `the conservative-leaning Tax Foundation`).
                    let body = n.kind == NameKind::Organisation && after_the(text, at, start);
                    // `said Stop Stansted Expansion chairman Peter Sanders`:
                    // a body followed by a title is where the person is from.
                    let titled = word_at(text, n.end + 1, s1)
                        .is_some_and(|t| names::is_role_head(&text[t.start..t.end]));
                    if (person || at == start || body) && !titled {
                        // `according to the Ministry of Commerce, China's
                        // exports …`: the body's name goes on past `of`.
                        let whole = if n.kind == NameKind::Organisation {
                            body_continuing(text, n.end, s1)
                        } else {
                            BodyEnd::Here
                        };
                        let found = match whole {
                            // `according to Bank of England deputy governor
                            // Rachel Lomax`: where the one speaking is from.
                            BodyEnd::Through(end) if title_then_person(text, end, s1) => None,
                            BodyEnd::Through(end) => {
                                let name = &text[n.start..end];
                                reg.resolve(&NameSpan::body(n.start, end, name), name, true)
                                    .map(|e| (e, end))
                            }
                            // `according to Emmanuel Gaillard of Shearman
                            // and Sterling, the overall claim …`: where the
                            // person is from is no part of what was said.
                            BodyEnd::Here => resolve_cue_name(&n, text, reg).map(|e| {
                                let from = (n.kind == NameKind::Person)
                                    .then(|| body_continuing(text, n.end, s1));
                                match from {
                                    Some(BodyEnd::Through(end)) => (e, end),
                                    _ => (e, n.end),
                                }
                            }),
                            // `according to the Bank of England's Mervyn
                            // King`: the one speaking comes after.
                            // (`the Bank of Mexico's figures`: the bank's.)
                            BodyEnd::Possessor(end) if title_then_person(text, end, s1) => {
                                at = end + 1;
                                continue;
                            }
                            BodyEnd::Possessor(end) => {
                                let name = text[n.start..end]
                                    .trim_end_matches("'s")
                                    .trim_end_matches("’s");
                                let body_end = n.start + name.len();
                                reg.resolve(&NameSpan::body(n.start, body_end, name), name, true)
                                    .map(|e| (e, end))
                            }
                        };
                        if let Some((e, end)) = found {
                            return Some(ResolvedCue {
                                how: "name-after-cue",
                                cue,
                                sentence: si,
                                subject: Some(e),
                                clause_start: cue.start,
                                clause_end: past_qualifiers(text, after_acronym(text, end, s1), s1),
                            });
                        }
                    }
                }
                at = if text[w.end..].starts_with(", ") {
                    w.end + 2
                } else if text[w.end..].starts_with(' ') {
                    w.end + 1
                } else {
                    // `9/11 widow`: past the rest of the token.
                    match text[w.end..s1].find(' ') {
                        Some(sp)
                            if !text[w.end..w.end + sp]
                                .contains(['"', '“', '”', '\'', '‘', '’', '.', ';', ':']) =>
                        {
                            w.end + sp + 1
                        }
                        _ => break,
                    }
                };
            }
            // `…, according to a campaign aide.`: a description closing the
            // sentence, when no name follows the cue.
            if cue.speaker_follows() && !after_quote && !closing {
                if let Some((Some(e), end)) = closing_description(text, cue, s0, s1, reg, sal) {
                    return Some(ResolvedCue {
                        how: "description-after-cue",
                        cue,
                        sentence: si,
                        subject: Some(e),
                        clause_start: cue.start,
                        clause_end: end,
                    });
                }
            }
        }
    }
    None
}

/// People named earlier in the sentence when the cue closes it after a comma
/// (`Mr Bush's first task was to "…", he said`): what they are named in is
/// the reported content, so they are not who `he` is.
fn clause_final_names(text: &str, s0: usize, at: usize, mentions: &[Mention<'_>]) -> Vec<usize> {
    let before = text[s0..at].trim_end();
    if !before.ends_with([',', '"', '”', '\'', '’']) {
        return Vec::new();
    }
    // Within a few hundred bytes: a clause, not a whole hostile paragraph.
    let from = mentions.partition_point(|m| m.span.start < s0.max(at.saturating_sub(400)));
    let to = mentions.partition_point(|m| m.span.start < at);
    mentions[from..to.max(from)]
        .iter()
        .filter(|m| m.span.end <= at)
        .filter_map(|m| m.entity)
        .collect()
}

/// The subject of a participle cue (`…, adding: "…"`, `had a "scorching"
/// from MPs adding:`, `…, saying "bring it on"`): the subject of the clause it
/// hangs from, which is the last cue's subject earlier in the sentence, or
/// else the person or pronoun the sentence opens with. None when the
/// participle has a subject of its own just before it (`with Mr Brown saying`).
#[allow(clippy::too_many_arguments)]
pub(super) fn participle_subject(
    text: &str,
    cue: Cue,
    si: usize,
    sents: &[(usize, usize)],
    resolved: &[ResolvedCue],
    mentions: &[Mention<'_>],
    reg: &mut Registry,
    sal: &mut Salience,
) -> Option<ResolvedCue> {
    let (s0, _) = sents[si];
    // `The cardinal used a Christmas message to denounce …`: an infinitive's
    // subject is the clause's too.
    let infinitive = prev_word(text, cue.start, s0).is_some_and(|w| &text[w.start..w.end] == "to");
    let after_comma = infinitive || text[s0..cue.start].trim_end().ends_with(',');
    if !after_comma {
        let w = prev_word(text, cue.start, s0)?;
        let word = &text[w.start..w.end];
        let near = mentions.partition_point(|m| m.span.end < w.end);
        let named_person = mentions.get(near).is_some_and(|m| {
            m.span.end == w.end
                && m.entity
                    .is_some_and(|e| reg.entities[e].kind == NameKind::Person)
        });
        if pronoun_gender(word).is_some() || named_person || is_first_person(word) {
            return None;
        }
    }
    let mk = |subject, how| ResolvedCue {
        cue,
        sentence: si,
        subject,
        clause_start: cue.start,
        clause_end: cue.end,
        how,
    };
    if let Some(r) = resolved
        .iter()
        .rev()
        .take_while(|r| r.sentence == si)
        .take(16)
        .find(|r| r.subject.is_some())
    {
        return Some(mk(r.subject, "participle-clause"));
    }
    if !after_comma {
        return None;
    }
    if let Some(e) = opening_person(text, s0, cue.start, mentions, reg, sal) {
        return Some(mk(Some(e), "participle-clause"));
    }
    // `The prime minister's official spokesman also rejected the claims,
    // saying:`: a description opening the sentence.
    let first = s0 + (text[s0..cue.start].len() - text[s0..cue.start].trim_start().len());
    let mut at = first;
    for _ in 0..8 {
        let w = word_at(text, at, cue.start)?;
        let word = &text[w.start..w.end];
        if names::is_role_head(word) || speaks_for_another(word) {
            if let Some(d) = description_before(text, w.end, s0).filter(|d| d.start == first) {
                let (e, _) = describe(text, &d, reg, sal);
                return e.map(|e| mk(Some(e), "participle-clause"));
            }
        }
        if !text[w.end..].starts_with(' ') {
            return None;
        }
        at = w.end + 1;
    }
    None
}

/// The person a sentence opens with, past a conjunction (`But he`, `And Mr
/// Howard`): a pronoun resolved in the reader's mind, or a named person.
pub(super) fn opening_person(
    text: &str,
    s0: usize,
    limit: usize,
    mentions: &[Mention<'_>],
    reg: &mut Registry,
    sal: &mut Salience,
) -> Option<usize> {
    let mut at = s0 + (text[s0..limit].len() - text[s0..limit].trim_start().len());
    for _ in 0..2 {
        let w = word_at(text, at, limit)?;
        let word = &text[w.start..w.end];
        if let Some(g) = pronoun_gender(word) {
            return sal.pronoun(g, &mut reg.entities);
        }
        // Mentions are in text order: a binary search, so that a paragraph of
        // any length stays linear.
        let at_word = mentions.partition_point(|m| m.span.start < w.start);
        let person = |m: &&Mention<'_>| {
            m.entity
                .is_some_and(|e| reg.entities[e].kind == NameKind::Person)
        };
        // `Liberal Democrat leader Charles Kennedy has begun …`: past the
        // title before the name (capitalised words, a party's name among
        // them, ending on a role word).
        let titled_person = mentions[at_word..]
            .iter()
            .take(3)
            .take_while(|m| m.span.start < limit)
            .find(person);
        if let Some(m) = mentions.get(at_word).filter(|m| m.span.start == w.start) {
            if person(&m) || titled_person.is_none() {
                return m
                    .entity
                    .filter(|&e| reg.entities[e].kind == NameKind::Person);
            }
        }
        if let Some(m) = titled_person.filter(|m| m.span.start > w.start) {
            let title: Vec<&str> = text[w.start..m.span.start].split_whitespace().collect();
            let titled = title.len() <= 5
                && title.last().is_some_and(|r| names::is_role_head(r))
                && title
                    .iter()
                    .all(|t| t.starts_with(char::is_uppercase) || names::is_role_head(t));
            if titled {
                return m
                    .entity
                    .filter(|&e| reg.entities[e].kind == NameKind::Person);
            }
        }
        if !one_of(
            word,
            &["But", "And", "So", "Yet", "Now", "However", "Meanwhile"],
        ) {
            return None;
        }
        at = w.end;
        at += text[at..limit].len() - text[at..limit].trim_start_matches([',', ' ']).len();
    }
    None
}

/// The last person named before `cue` in its sentence when only an appositive
/// (`, …`, ` of …`, `(…)`) separates them, with no other person between.
pub(super) fn appositive_subject(
    text: &str,
    cue: Cue,
    verb_start: usize,
    s0: usize,
    mentions: &[Mention<'_>],
    reg: &Registry,
) -> Option<(usize, usize)> {
    let upto = mentions.partition_point(|m| m.span.end <= cue.start);
    // A name after a preposition (`a senior fellow at the Hoover
    // Institution`) is inside the appositive, not the one it describes.
    let object = |m: &Mention<'_>| governing_preposition(text, m.span.start, s0).is_some();
    let m = mentions[..upto]
        .iter()
        .rev()
        .take_while(|m| m.span.start >= s0)
        .take(8)
        .find(|m| {
            m.entity
                .is_some_and(|e| reg.entities[e].kind == NameKind::Person)
                && !object(m)
        })?;
    if m.span.end > verb_start {
        return None;
    }
    let mut gap = &text[m.span.end..verb_start];
    if gap.len() > 250 || gap.contains([';', ':']) {
        return None;
    }
    // `Stephen Thornton (left),`, `Sen. Lindsey Graham (R-S.C.)`: step over
    // one parenthesis.
    if let Some(inner) = gap.strip_prefix(" (") {
        let close = inner.find(')')?;
        gap = &inner[close + 1..];
        if gap.is_empty() || gap == "," {
            return Some((m.entity?, m.span.start));
        }
    }
    // Nothing but the appositive: it must close with a comma, or (for `of …`)
    // run straight into the verb.
    let ok = if let Some(inner) = gap.strip_prefix(", ") {
        // `Peter Misselbrook, executive partner of Tods Murray said`: an
        // unclosed appositive may run into the verb when it ends on the body
        // the person belongs to.
        gap.ends_with(',')
            || (inner.len() <= 100
                && !inner.contains(',')
                && inner.starts_with(|c: char| c.is_lowercase())
                && [" of ", " at ", " for ", " from "]
                    .iter()
                    .any(|p| inner.contains(p)))
    } else if gap.starts_with(" of ")
        // `Dan McLaughlin at the National Review agreed`: a person at a body
        // (named in capitals), not `at the rally`.
        || ([" at ", " from "].iter().any(|p| gap.starts_with(p))
            && gap.split(' ').skip(2).any(|w| w.starts_with(char::is_uppercase)))
    {
        gap.len() <= 100 && !gap.contains(',')
    } else {
        false
    };
    if !ok {
        return None;
    }
    // Another speech verb between means the name is not this cue's subject
    // (`states`, `reports` and the like are mostly nouns there).
    let mut found = Vec::new();
    // `Mr Livingstone, who says he is "standing by" his remarks, had
    // accused`: a relative clause's verbs are its own.
    if !gap.starts_with(", who ") {
        cues::find(text, m.span.end, verb_start, &mut found);
    }
    if found
        .iter()
        .any(|c| !text[c.start..c.end].ends_with('s') || &text[c.start..c.end] == "says")
    {
        return None;
    }
    Some((m.entity?, m.span.start))
}

/// `Stephen Thornton (left)` → the end of `Thornton`.
pub(super) fn skip_parenthesis(text: &str, end: usize, floor: usize) -> usize {
    // `Gerry Conlon - who was wrongly convicted of planting the bombs -
    // said`: a parenthesis between dashes.
    // (`Kall -- co-editor of …, a book … -- said`: a typewriter's double
    // hyphen is one dash.)
    for (dash, open) in [(" --", "-- "), (" -", "- "), (" –", "– "), (" —", "— ")] {
        if text[..end].ends_with(dash) {
            let window = text::floor_boundary(text, end.saturating_sub(240)).max(floor);
            let inner_end = end - dash.len();
            if inner_end < window {
                return end;
            }
            return match text[window..inner_end].rfind(open) {
                Some(at) => window + text[window..window + at].trim_end().len(),
                None => end,
            };
        }
    }
    if !text[..end].ends_with(')') {
        return end;
    }
    let window = text::floor_boundary(text, end.saturating_sub(40)).max(floor);
    match text[window..end].rfind('(') {
        Some(open) => window + text[window..window + open].trim_end().len(),
        None => end,
    }
}

/// A name ending at `end` as a cue's subject: (entity, where it starts).
/// The name that opens the sentence at `s0` when all between it and the
/// verb at `end` is one appositive: `, ` + a lower-case phrase + `,`
/// (`Smith, a friend of J.R. Jones, said`; `Bill Palatucci, general counsel
/// to Trump's transition team, said`).
fn opening_subject(
    text: &str,
    s0: usize,
    end: usize,
    mentions: &[Mention<'_>],
    reg: &mut Registry,
) -> Option<(usize, usize)> {
    let mut start = s0 + (text[s0..end].len() - text[s0..end].trim_start().len());
    // `However, Mr Johnson, who …, said`: past an opening conjunction.
    for opener in ["However, ", "But ", "And ", "Meanwhile, ", "Yet ", "Now "] {
        if text[start..end].starts_with(opener) {
            start += opener.len();
            break;
        }
    }
    let n = names::name_starting_at(text, start, end)?;
    // `United States Citizenship and Immigration Services, the agency that
    // …, said`: a body whose name holds `and` (the name finder stops there)
    // is the whole capitalised run up to the appositive.
    let n = body_opening(text, start, end).unwrap_or(n);
    let gap = text.get(past_designation(text, &n, end)..end)?;
    let inner = gap.strip_prefix(", ")?.strip_suffix(',')?;
    // A lower-case appositive (`a friend of J.R. Jones`), or a title
    // (`Labour MP for Hornsey and Wood Green`).
    let titled = || inner.split(' ').take(4).any(names::is_role_head);
    if inner.len() > 200
        || inner.contains([';', ':', '"', '“', '”'])
        || inner.contains(", ")
        || !(inner.starts_with(|c: char| c.is_lowercase()) || titled())
        || speaks_in_appositive(inner)
    {
        return None;
    }
    if n.kind == NameKind::Organisation && n.surname.contains(" and ") {
        let e = reg.resolve(&n, n.surname, true)?;
        return Some((e, n.start));
    }
    name_subject(text, n.end, s0, mentions, reg)
}

/// Whether an appositive between a subject and its verb holds a speech cue of
/// its own (`Tony Blair, said Mr Howard, had failed`), which makes the words
/// around it someone else's. A participle is none: `Michael Howard, after
/// admitting errors, said` and `Paul Ryan, despite admitting concerns,
/// said` are still the opening name speaking.
fn speaks_in_appositive(inner: &str) -> bool {
    let mut found = Vec::new();
    cues::find(inner, 0, inner.len(), &mut found);
    found.iter().any(|c| {
        let verb = inner[c.start..c.end].split(' ').next().unwrap_or("");
        // (`according to the Sunday Times` is no participle: its speaker
        // follows it.)
        c.speaker_follows() || !verb.ends_with("ing")
    })
}

/// The body's name from `start` to the sentence's first `, ` when it is all
/// capitalised words and their small words (`and`, `of`, `for`, `the`) and
/// ends on a body's name (`… Immigration Services`): None otherwise.
fn body_opening(text: &str, start: usize, end: usize) -> Option<NameSpan<'_>> {
    let comma = start + text.get(start..end)?.find(", ")?;
    let run = &text[start..comma];
    let words = run.split(' ').count();
    let capitalised = run
        .split(' ')
        .all(|w| w.starts_with(char::is_uppercase) || one_of(w, &["and", "of", "for", "the"]));
    if !(3..=8).contains(&words) || !capitalised || !run.contains(" and ") {
        return None;
    }
    // `Mr Blair and the Labour Party, …`: a person and a body are two
    // speakers, not one body.
    let (first, _) = run.split_once(" and ")?;
    let person = names::name_starting_at(first, 0, first.len()).is_some_and(|n| {
        n.kind == NameKind::Person
            && (n.honorific.is_some() || n.given.is_some_and(names::is_known_given))
    });
    if person || run.contains(" and the ") {
        return None;
    }
    let last = names::name_ending_at(text, comma, start)?;
    (last.kind == NameKind::Organisation).then(|| NameSpan::body(start, comma, run))
}

/// Where a body's name that runs on through `of`/`for`/`on` starts, when it
/// ends at `end`: `The Muslim Council of Britain said`, `the Department for
/// International Development said`, `the Department of Health said` (whose
/// last word alone is no name), `the Department of Trade and Industry said`,
/// `the International Federation of the Phonographic Industry said`. The
/// words after the preposition are capitalised, none a calendar or sentence
/// word (`the Commerce Department for November`, `the FA on Monday`); an
/// `and` may join two that together name no second body (`Trade and
/// Industry`, not `… of Africa and Standard Trust Bank`); and a body's word
/// comes before the preposition.
fn body_through_preposition(text: &str, end: usize, floor: usize) -> Option<usize> {
    let mut at = end;
    let mut words = 0;
    // Where the capitalised words after the last `and` start.
    let mut since_and = None;
    let prep = loop {
        let w = prev_word(text, at, floor)?;
        if !text[w.end..at].trim_start().is_empty() {
            return None;
        }
        let word = &text[w.start..w.end];
        if word.starts_with(char::is_uppercase) && words < 4 {
            // (`The Bank of England's Mervyn King`: a possessor is no part
            // of the name; `the Office of the Deputy Prime Minister`, a
            // role's words, names an office rather than a body that speaks.)
            if names::is_not_name_word(word)
                || word.ends_with("'s")
                || word.ends_with("’s")
                || text::with_lower_case(word, names::is_role_head)
                || names::honorific(word).is_some()
            {
                return None;
            }
            words += 1;
        } else if word == "and" && words > 0 && since_and.is_none() {
            // Two bodies or a body and a person (`The Bank of England and
            // Chancellor Gordon Brown`) are not one name.
            let after = &text[w.end..end].trim_start();
            let person = after.split(' ').any(|a| {
                names::honorific(a).is_some()
                    || names::is_known_given(a)
                    || text::with_lower_case(a, names::is_role_head)
            });
            if person
                || names::name_ending_at(after, after.len(), 0)
                    .is_some_and(|n| n.kind == NameKind::Organisation && n.start == 0)
            {
                return None;
            }
            since_and = Some(w.end);
        } else if word == "the"
            && words > 0
            && prev_word(text, w.start, floor)
                .is_some_and(|p| one_of(&text[p.start..p.end], &["of", "for", "on"]))
        {
            // (`of the Phonographic Industry`.)
        } else if one_of(word, &["of", "for", "on"]) && words > 0 {
            break w;
        } else {
            return None;
        }
        at = w.start;
    };
    if !text[..prep.start].ends_with(' ') {
        return None;
    }
    names::name_ending_at(text, prep.start - 1, floor)
        .filter(|b| b.kind == NameKind::Organisation)
        .map(|b| b.start)
}

/// Where a body's name ends, read forwards from its first words.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum BodyEnd {
    /// Where the name finder ended it.
    Here,
    /// Further on, past `of` (`the Ministry of Commerce`).
    Through(usize),
    /// It is a possessor (`the Bank of England's Mervyn King`), whose name
    /// ends here: someone of its own speaks.
    Possessor(usize),
}

/// Where a body's name that reaches `end` goes on through `of`, `for` or
/// `on` (`the Ministry of Commerce`, `the Office for National Statistics`,
/// `the Ministry of Economy, Trade and Industry`), read forwards. What may
/// follow the preposition is as in [`body_through_preposition`], which
/// reads the same names backwards: capitalised words (not a title or a word
/// that opens sentences, unless after `of the`: `the Office of the Deputy
/// Prime Minister`), joined by `and` or in a list that `and` ends, never a
/// person after `and`.
pub(super) fn body_continuing(text: &str, end: usize, limit: usize) -> BodyEnd {
    let Some(rest) = text.get(end..limit) else {
        return BodyEnd::Here;
    };
    let Some(after) = ["of ", "for ", "on "]
        .iter()
        .find_map(|p| rest.strip_prefix(' ')?.strip_prefix(p))
    else {
        return BodyEnd::Here;
    };
    let mut at = limit - after.len();
    let the = text[at..limit].starts_with("the ");
    if the {
        at += 4;
    }
    let mut words = 0;
    let mut last = None;
    // After `and` or a list's comma: another capitalised word must follow.
    let mut joined = false;
    while words < 6 {
        let Some(w) = word_at(text, at, limit) else {
            break;
        };
        let word = &text[w.start..w.end];
        if word.starts_with(char::is_uppercase) {
            // (Plural nouns that open sentences, `Statistics show`, are
            // names' words here: `the Office for National Statistics`.)
            let plural_noun = word.len() > 4 && word.ends_with('s');
            if word.ends_with("'s") || word.ends_with("’s") {
                return BodyEnd::Possessor(w.end);
            }
            let titled = !the
                && (text::with_lower_case(word, names::is_role_head)
                    || names::honorific(word).is_some());
            if names::is_not_name_word(word) && !plural_noun
                || titled
                || (joined && names::is_known_given(word))
            {
                return BodyEnd::Here;
            }
            words += 1;
            last = Some(w.end);
            joined = false;
        } else if word == "and" && words > 0 && !joined {
            joined = true;
        } else {
            break;
        }
        let gap = &text[w.end..limit];
        if gap.starts_with(", ") && words > 0 && !joined {
            // A list only when `and` closes it among capitalised words.
            let list = &gap[2..gap.find(['.', ';', ':', '(']).unwrap_or(gap.len())];
            let and = list.find(" and ");
            let all_capital = and.is_some_and(|a| {
                list[..a]
                    .split([' ', ','])
                    .filter(|x| !x.is_empty())
                    .all(|x| x.starts_with(char::is_uppercase))
            });
            if !all_capital {
                break;
            }
            joined = true;
            at = w.end + 2;
        } else if gap.starts_with(' ') {
            at = w.end + 1;
        } else {
            break;
        }
    }
    match last {
        Some(end) if !joined => BodyEnd::Through(end),
        _ => BodyEnd::Here,
    }
}

/// Whether a title and then a person follow `end` (`… chief Toshihiko
/// Fukui`, `…'s deputy governor Rachel Lomax`): up to three role words
/// (`role_head` in `words.toml`), then someone's name.
fn title_then_person(text: &str, end: usize, limit: usize) -> bool {
    let mut at = end;
    let mut roles = 0;
    while roles < 3 {
        let Some(next) = text.get(at..limit).and_then(|r| r.strip_prefix(' ')) else {
            return false;
        };
        at = limit - next.len();
        let Some(w) = word_at(text, at, limit) else {
            return false;
        };
        if !text::with_lower_case(&text[w.start..w.end], names::is_role_head) {
            break;
        }
        roles += 1;
        at = w.end;
    }
    roles > 0
        && names::name_starting_at(text, at, limit).is_some_and(|n| names::looks_like_person(&n))
}

/// Past up to three lower-case words and the comma after them, right after
/// a name (`according to Office for National Statistics data, sales …`,
/// `according to the Bank of Mexico's figures, remittances …`): what the
/// name qualifies, not what was said. Else `end`.
fn past_qualifiers(text: &str, end: usize, limit: usize) -> usize {
    let rest = text.get(end..limit).unwrap_or("");
    let Some(comma) = rest.find(',') else {
        return end;
    };
    let words = &rest[..comma];
    let lower = words.split(' ').filter(|w| !w.is_empty()).count();
    let all_lower = words.starts_with(' ')
        && words
            .split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !super::cues::is_cue_word(w));
    if (1..=3).contains(&lower) && all_lower {
        end + comma
    } else {
        end
    }
}

/// Past a bracketed acronym right after a name (`the Ministry of Economy,
/// Trade and Industry (METI), the decline …`), which belongs to the name and
/// not to what was said; else `end`.
fn after_acronym(text: &str, end: usize, limit: usize) -> usize {
    let rest = text.get(end..limit).unwrap_or("");
    let Some(inner) = rest.strip_prefix(" (") else {
        return end;
    };
    match inner.find(')') {
        Some(close)
            if close > 0
                && close <= 10
                && inner[..close]
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '&') =>
        {
            end + 2 + close + 1
        }
        _ => end,
    }
}

pub(super) fn name_subject(
    text: &str,
    end: usize,
    floor: usize,
    mentions: &[Mention<'_>],
    reg: &mut Registry,
) -> Option<(usize, usize)> {
    if let Some(start) = body_through_preposition(text, end, floor) {
        let name = &text[start..end];
        let whole = NameSpan::body(start, end, name);
        let e = reg.resolve(&whole, name, true)?;
        return Some((e, start));
    }
    let n = names::name_ending_at(text, end, floor)?;
    if let Some(w) = governing_preposition(text, n.start, floor) {
        // A body's name whose last words are a name of their own (`the
        // Office for National Statistics (ONS) said`, `the Muslim Council
        // of Britain`).
        let word = &text[w.start..w.end];
        if one_of(word, &["of", "for", "on"]) && text[..w.start].ends_with(' ') {
            if let Some(body) = names::name_ending_at(text, w.start - 1, floor)
                .filter(|b| b.kind == NameKind::Organisation)
            {
                let whole = NameSpan::body(body.start, n.end, &text[body.start..n.end]);
                let e = reg.resolve(&whole, &text[body.start..n.end], true)?;
                return Some((e, body.start));
            }
        }
        // Otherwise the object of a preposition is not the one speaking.
        return None;
    }
    let at = mentions.partition_point(|m| m.span.end < n.end);
    if let Some(m) = mentions
        .get(at)
        .filter(|m| m.span.end == n.end && m.span.start <= n.start + 1)
    {
        if let Some(e) = m.entity {
            return Some((e, m.span.start));
        }
    }
    // An acronym right before the verb is the body speaking (`CNS reported
    // Monday that`, `NATO said`); after a verb it is more often a title's
    // first word (`said NHS finance director Colin Reeves`).
    let acronym =
        n.kind == NameKind::Organisation && n.surname.len() <= 6 && names::is_acronym(n.surname);
    let e = if acronym {
        reg.resolve(&n, &text[n.start..n.end], true)?
    } else {
        resolve_cue_name(&n, text, reg)?
    };
    Some((e, n.start))
}

/// `the PM`: a definite description of an office written as an abbreviation
/// (`office_abbreviation` in `words.toml`), ending at `end`: the description
/// and the office in full, which [`describe_as`] resolves as it would `the
/// prime minister` (the holder named in the article, else the one the
/// corpus gives the office).
fn abbreviated_office(text: &str, end: usize, s0: usize) -> Option<(Description, String)> {
    let w = prev_word(text, end, s0).filter(|w| w.end == end)?;
    let office = text::with_lower_case(&text[w.start..w.end], |l| {
        super::words::bundled().office_abbreviations.get(l).cloned()
    })?;
    let the =
        prev_word(text, w.start, s0).filter(|t| one_of(&text[t.start..t.end], &["the", "The"]))?;
    let d = Description {
        start: the.start,
        phrase: (w.start, w.end),
        definite: true,
        head: (w.start, w.end),
        sentence: s0,
    };
    Some((d, office))
}

/// A name a speech cue says speaks: people with two or more name words or an
/// honorific, known surnames, and organisations (not documents).
pub(super) fn resolve_cue_name(n: &NameSpan<'_>, text: &str, reg: &mut Registry) -> Option<usize> {
    let alias = &text[n.start..n.end];
    match n.kind {
        NameKind::Organisation => {
            let last = n.surname.rsplit(' ').next().unwrap_or("");
            if one_of(last, &["report", "review", "plan", "guidance", "study"]) {
                return None;
            }
            // `as already announced by the Office for National Statistics`:
            // the whole name, never its first word taken for a body named
            // before.
            if let BodyEnd::Through(end) = body_continuing(text, n.end, text.len()) {
                let name = &text[n.start..end];
                return reg.resolve(&NameSpan::body(n.start, end, name), name, true);
            }
            // A bare acronym or one word is too weak unless written `The X`;
            // a firm's initials joined by `&` are a name (`said M&S`).
            let the = text[..n.start].ends_with("The ") || text[..n.start].ends_with("the ");
            // (Closing its clause: `wrote S&P credit analyst Helena Hessel`
            // is hers.)
            let ampersand = n.surname.contains('&')
                && text[n.end..]
                    .trim_start_matches(['"', '”', '’'])
                    .starts_with(['.', ',', ';'])
                || n.surname.contains('&') && text[n.end..].is_empty();
            // A party is strong enough alone: `while Labour criticised`.
            if !the && !ampersand && !n.surname.contains(' ') && !names::is_party_name(n.surname) {
                return None;
            }
            reg.resolve(n, alias, true)
        }
        NameKind::Person => {
            if n.given.is_some() || n.honorific.is_some() {
                reg.resolve(n, alias, true)
            } else {
                // A lone surname: someone already known in this article, or
                // (`Limbaugh said`) someone the article names only so.
                reg.resolve(n, alias, true)
            }
        }
    }
}

/// `“…” ― Sonya Herridge` closing a paragraph: the dash names the speaker.
pub(super) fn dash_signature(text: &str, after: usize, reg: &mut Registry) -> Option<usize> {
    let rest = &text[after..];
    let trimmed = rest.trim_start();
    let body = trimmed.strip_prefix(['―', '—', '–', '-'])?.trim_start();
    let start = text.len() - body.len();
    let n = names::name_starting_at(text, start, text.len())?;
    // Nothing but the name (and a full stop) may follow.
    if !text[n.end..].trim().trim_end_matches('.').is_empty() {
        return None;
    }
    let e = resolve_cue_name(&n, text, reg)?;
    reg.entities[e].spoke = true;
    Some(e)
}

/// `'The aim, Mr Thornton says, is to …'`: a `, <name> <cue>,` inside the
/// opening of a quotation.
pub(super) fn interruption(
    text: &str,
    q: &ScannedQuote,
    reg: &mut Registry,
    sal: &mut Salience,
) -> Option<(usize, ByteSpan)> {
    let window_end = text::floor_boundary(text, (q.start + 160).min(q.end));
    let mut found = Vec::new();
    cues::find(text, q.start, window_end, &mut found);
    for cue in found {
        if !text[cue.end..].starts_with(',') {
            continue;
        }
        let Some(w) = prev_word(text, cue.start, q.start) else {
            continue;
        };
        let word = &text[w.start..w.end];
        let subject_start;
        let e = if let Some(g) = pronoun_gender(word) {
            subject_start = w.start;
            sal.pronoun(g, &mut reg.entities)
        } else {
            let n = names::name_ending_at(text, w.end, q.start)?;
            subject_start = n.start;
            resolve_cue_name(&n, text, reg)
        };
        if !text[..subject_start].ends_with(", ") {
            continue;
        }
        if let Some(e) = e {
            reg.entities[e].spoke = true;
            return Some((e, (cue.start, cue.end)));
        }
    }
    None
}

/// A subject that describes rather than names: `the Salford MP`, `the
/// prime minister's official spokesman`, `a Home Office spokesman`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Description {
    /// Where the determiner starts.
    pub(super) start: usize,
    /// The words after the determiner (`Salford MP`), as a span of the text.
    pub(super) phrase: (usize, usize),
    /// `the` rather than `a`/`an`.
    pub(super) definite: bool,
    /// The role word it ends on (`MP`, `spokesman`).
    pub(super) head: (usize, usize),
    /// Where its sentence starts (what opens the sentence can say who is
    /// meant: `But the Tory leader argued`).
    pub(super) sentence: usize,
}

/// Words that describe someone speaking for another (`spokesman`, `source`):
/// never the person last named, but a speaker of their own.
pub(super) fn speaks_for_another(head: &str) -> bool {
    static SET: LazyLock<WordSet> = word_set!("speaks_for");
    SET.contains(head)
}

/// The description ending at `end`: a determiner, at most six words, and a
/// role word (or a role and `for`/`of` a place: `the Labour MP for Birkenhead`).
pub(super) fn description_before(text: &str, end: usize, s0: usize) -> Option<Description> {
    let mut last = prev_word(text, end, s0)?;
    if last.end != end {
        return None;
    }
    // `a spokeswoman for the Department for International Development`:
    // step back over the body's name (capitals and its small words) to the
    // head word that `for`/`of` ties it to.
    {
        let mut w = last;
        // (A body is named in capitals: `a candidate for allegedly
        // suggesting` names none.)
        let mut named = false;
        for _ in 0..8 {
            let word = &text[w.start..w.end];
            let capital = word.starts_with(|c: char| c.is_uppercase());
            if !(capital || one_of(word, &["of", "for", "the", "and", "on", "at"])) {
                break;
            }
            named |= capital;
            let Some(p) = prev_word(text, w.start, s0) else {
                break;
            };
            let pw = &text[p.start..p.end];
            if named
                && one_of(word, &["for", "of", "at"])
                && (speaks_for_another(pw) || names::is_role_head(pw))
            {
                return finish_description(text, end, s0, p);
            }
            w = p;
        }
    }
    // `… MP for Birkenhead`: step back over the capitalised place and `for`.
    let mut place = 0;
    while place < 3
        && text[last.start..last.end].starts_with(|c: char| c.is_uppercase())
        && !names::is_role_head(&text[last.start..last.end])
    {
        place += 1;
        last = prev_word(text, last.start, s0)?;
    }
    if place > 0 {
        if !one_of(&text[last.start..last.end], &["for", "of"]) {
            return None;
        }
        last = prev_word(text, last.start, s0)?;
    }
    finish_description(text, end, s0, last)
}

/// The rest of [`description_before`]: from its head word `last` back to the
/// determiner.
fn finish_description(text: &str, end: usize, s0: usize, last: Word) -> Option<Description> {
    let head_word = &text[last.start..last.end];
    let head = head_word
        .strip_suffix("'s")
        .or_else(|| head_word.strip_suffix("’s"))
        .unwrap_or(head_word);
    if !(names::is_role_head(head) || speaks_for_another(head)) || head != head_word {
        return None;
    }
    let mut at = last.start;
    for _ in 0..7 {
        let w = prev_word(text, at, s0)?;
        let word = &text[w.start..w.end];
        if one_of(word, &["the", "The", "a", "A", "an", "An", "one", "One"]) {
            return Some(Description {
                start: w.start,
                phrase: (w.end + 1, end),
                definite: one_of(word, &["the", "The"]),
                head: (last.start, last.end),
                sentence: s0,
            });
        }
        // (`A Department of Trade and Industry spokesman`: an `and` between
        // capitals joins the name of a body whose spokesman it is; not in a
        // capitalised head, `The Health and Safety Executive`, a body.)
        let joins_a_name = word == "and"
            && head.starts_with(char::is_lowercase)
            && text[w.end..].trim_start().starts_with(char::is_uppercase)
            && prev_word(text, w.start, s0)
                .is_some_and(|p| text[p.start..p.end].starts_with(char::is_uppercase));
        if names::is_role_stop(word) && !joins_a_name
            || pronoun_gender(word).is_some()
            || word.contains(['"', '“', '”'])
        {
            return None;
        }
        at = w.start;
    }
    None
}

/// One name for a body's spokesperson whatever form the text uses: `a
/// spokesman for the Home Office` is the `Home Office spokesman`, a `Tory
/// spokesman` the `Conservative Party spokesman`. None when the description
/// names no body (see [`spokesperson_body`]).
pub(super) fn spokesperson_name(name: &str, head: &str) -> Option<String> {
    let body = spokesperson_body(name, head)?;
    let party = &super::words::bundled().parties;
    let body =
        text::with_lower_case(body, |l| party.get(l).cloned()).unwrap_or_else(|| body.to_string());
    Some(names::joined(&body, head))
}

/// The body a spokesperson's description names (`Home Office spokesman`,
/// `spokeswoman for the Department for International Development`, `Tory
/// spokesman`). None for someone's own spokesman (`the prime minister's
/// official spokesman`, `spokesman for Michael Howard`), for a description
/// that names no body (`executive spokeswoman`, `police spokesman`), and for
/// sources and aides, who speak for nobody officially.
fn spokesperson_body<'n>(name: &'n str, head: &str) -> Option<&'n str> {
    if !one_of(head, &["spokesman", "spokeswoman", "spokesperson"]) {
        return None;
    }
    let body = if let Some(before) = name.strip_suffix(head) {
        before.trim_end()
    } else {
        let rest = name.strip_prefix(head)?.strip_prefix(" for ")?;
        rest.strip_prefix("the ").unwrap_or(rest)
    };
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    if body.is_empty()
        || body.ends_with("'s")
        || body.ends_with("’s")
        || !body
            .split(' ')
            .all(|w| capitalised(w) || one_of(w, &["of", "for", "and", "the", "on"]))
        || !capitalised(body)
    {
        return None;
    }
    // A person (`Mr Prescott`, `Michael Howard`) has a spokesman of their own.
    if let Some(n) = names::name_starting_at(body, 0, body.len()) {
        let person = n.honorific.is_some() || n.given.is_some_and(names::is_known_given);
        if n.end == body.len() && n.kind == NameKind::Person && person {
            return None;
        }
    }
    Some(body)
}

/// Who a description is: a spokesman or source is their own speaker (`Home
/// Office spokesman`; a bare `a spokesman` after an organisation was the
/// subject speaks for it, else for nobody known); `the Salford MP` is the
/// person in the reader's mind who holds such a role, else the last person
/// who was a subject.
pub(super) fn describe(
    text: &str,
    d: &Description,
    reg: &mut Registry,
    sal: &Salience,
) -> (Option<usize>, &'static str) {
    describe_as(text, d, &text[d.phrase.0..d.phrase.1], reg, sal)
}

/// [`describe`] with the description's words given (`prime minister` for
/// `the PM`) rather than read from the text.
fn describe_as(
    text: &str,
    d: &Description,
    phrase: &str,
    reg: &mut Registry,
    sal: &Salience,
) -> (Option<usize>, &'static str) {
    let head = &text[d.head.0..d.head.1];
    if speaks_for_another(head) {
        // `Later, the prime minister's official spokesman urged … the
        // spokesman said`: the spokesman just described.
        if d.definite && !phrase.contains(' ') {
            let described =
                sal.recent.iter().rev().map(|(e, _)| *e).find(|&e| {
                    reg.entities[e].describes && reg.entities[e].short_name.contains(head)
                });
            if let Some(e) = described {
                return (Some(e), "description");
            }
        }
        let name = if phrase.contains(' ') {
            phrase.to_string()
        } else {
            // `A spokesman said`: for the organisation last the subject.
            // (or, `But the Home Office defended the measures. A spokesman
            // said:`, the organisation last named).
            let Some(org) = sal
                .recent
                .iter()
                .rev()
                .take(3)
                .find(|(e, _)| reg.entities[*e].kind == NameKind::Organisation)
                .map(|(e, _)| reg.entities[*e].short_name.clone())
                .or_else(|| sal.last_org.clone())
            else {
                return (None, "description");
            };
            if org.ends_with(head) {
                org
            } else {
                names::joined(&org, head)
            }
        };
        // `a spokesman for the Home Office` is the `Home Office spokesman`,
        // and a `Tory spokesman` the `Conservative Party spokesman`: one
        // speaker for a body's spokesman whatever form the text uses. (Still
        // a described person, not the body: `He added` goes on with them.)
        let name = spokesperson_name(&name, head).unwrap_or(name);
        let n = NameSpan::described(d.phrase.0, d.phrase.1, &name);
        let e = reg.resolve(&n, &name, true);
        if let Some(e) = e {
            let e = &mut reg.entities[e];
            e.describes = true;
            e.short_name = name.clone();
            if e.gender == Gender::Unknown {
                e.gender = match head {
                    "spokesman" => Gender::Male,
                    "spokeswoman" => Gender::Female,
                    _ => Gender::Unknown,
                };
            }
        }
        return (e, "description");
    }
    if !d.definite {
        // `one West Virginia official said`, `A former Democratic National
        // Committee chairman says`: someone the article never names, a
        // speaker of that description. One word (`a lawyer`) says too little
        // to be anyone.
        if !phrase.contains(' ') {
            return (None, "description");
        }
        let n = NameSpan::described(d.phrase.0, d.phrase.1, phrase);
        let e = reg.resolve(&n, phrase, true);
        if let Some(e) = e {
            let e = &mut reg.entities[e];
            e.describes = true;
            e.unnamed = true;
            e.short_name = phrase.to_string();
        }
        return (e, "someone-described");
    }
    let person = |e: &Entity| e.kind == NameKind::Person;
    // `the prime minister` is not the deputy prime minister: a role holds
    // when it is the phrase, or the phrase with a qualifier that does not
    // make it another office (`Labour leader` for `the leader`).
    let phrase_lower = phrase.to_lowercase();
    let holds = |e: &Entity| {
        e.roles.iter().any(|r| {
            // Whole words either way: `UK Prime Minister` holds `the prime
            // minister`; `minister` (a role too short to say which) holds
            // `the health minister`; `vice-chancellor` holds no `chancellor`.
            super::identity::holds_office(r, &phrase_lower)
                || (!r.is_empty()
                    && super::identity::holds_office(&phrase_lower, &r.to_lowercase()))
        })
    };
    // `According to Mr Peston the prime minister said`: the one credited
    // with another cue in this sentence is not who is described.
    let source_here = sal
        .speaker
        .filter(|_| sal.speaker_at == sal.here)
        .map(|s| s.0);
    let holder = sal
        .recent
        .iter()
        .rev()
        .map(|(e, _)| *e)
        .find(|&e| person(&reg.entities[e]) && holds(&reg.entities[e]));
    if holder.is_some() {
        return (holder, "role-anaphor");
    }
    // An office one person holds at a time, that the article gives nobody
    // named lately, is the last subject only when nothing says otherwise:
    // they hold no other role here but a party's leadership (`Home
    // Secretary David Blunkett …. The prime minister said`, `BBC political
    // editor Andrew Marr said …. The prime minister was asked`), and the
    // sentence does not open on a contrast or a response (`… where George
    // Bush opposed extending it. But the Tory leader argued`, `In a furious
    // response, the first minister said`). Otherwise it is left to the
    // corpus, below. (`David Blunkett has spoken of …. The home secretary
    // described …` is still Mr Blunkett.)
    let office = names::is_office(&phrase_lower);
    let contrast = office && {
        let opener = text.get(d.sentence..d.start).unwrap_or("").trim_start();
        ["But ", "However", "Yet "]
            .iter()
            .any(|w| opener.starts_with(w))
            || opener.contains("response")
    };
    // (A party's leadership may go with an office of state: `Labour leader
    // Tony Blair … The prime minister said` is Mr Blair.)
    let not_this_holder = |e: &Entity| {
        office
            && (contrast
                || e.roles.iter().any(|r| {
                    let r = r.to_lowercase();
                    !(r.ends_with("leader") && names::is_office(&r))
                }))
    };
    // (`The Glasgow Kelvin MP`: a name inside the description is where they
    // are from, never who they are.)
    let pick = holder.or_else(|| {
        let (e, _) = sal.recent.iter().rev().find(|(e, subj)| {
            let ent = &reg.entities[*e];
            *subj
                && person(ent)
                && !ent.is_group()
                && source_here != Some(*e)
                && !phrase.split(' ').any(|w| w == ent.surname)
        })?;
        // (For an office, only the last subject is a candidate: not one
        // further back past someone who could not hold it.)
        (!not_this_holder(&reg.entities[*e])).then_some(*e)
    });
    // `the prime minister`, `the chancellor`: an office one person holds at a
    // time. When the article gives it to nobody and names nobody who could
    // be meant, it is left to the corpus, which knows who holds it (the
    // identity step joins it to that person: `corpus-office`).
    if pick.is_none() && office {
        let n = NameSpan::described(d.phrase.0, d.phrase.1, &phrase_lower);
        if let Some(e) = reg.resolve(&n, &phrase_lower, true) {
            let ent = &mut reg.entities[e];
            ent.describes = true;
            ent.short_name = phrase_lower.clone();
            ent.add_role(&phrase_lower);
            return (Some(e), "office");
        }
    }
    (pick, "role-anaphor")
}

/// The agent of a passive cue: `(have been) described as "…" by the Islamic
/// Human Rights Commission`, `announced by Chancellor Gordon Brown`. Some(None)
/// when the cue is passive but names no agent (`was announced`): then nobody
/// before the verb is its subject either.
fn passive_agent(
    text: &str,
    cue: Cue,
    s0: usize,
    s1: usize,
    reg: &mut Registry,
) -> Option<(Option<usize>, usize)> {
    let form = &text[cue.start..cue.end];
    let participle = form.ends_with("ed") || one_of(form, &["told", "said", "written", "thought"]);
    if !participle || cue.speaker_follows() {
        return None;
    }
    let mut at = cue.start;
    for _ in 0..2 {
        match prev_word(text, at, s0) {
            Some(w)
                if is_verb_modifier(&text[w.start..w.end])
                    && !is_be_form(&text[w.start..w.end]) =>
            {
                at = w.start
            }
            _ => break,
        }
    }
    let be = prev_word(text, at, s0).is_some_and(|w| is_be_form(&text[w.start..w.end]));
    let rest = &text[cue.end..s1];
    let direct_by = rest.starts_with(" by ");
    if !be && !direct_by {
        return None;
    }
    // The agent: `by` within a short reach, past the quoted words.
    let reach = text::floor_boundary(rest, rest.len().min(160));
    let by = rest[..reach].find(" by ")?;
    // Not past the clause: `a curfew was announced from midnight to 6
    // a.m., authorities did not enforce it … and patrolled by National Guard
    // troops` (PolNeAR). A comma inside the quoted words does not end it.
    if clause_breaks_before(&rest[..by]) {
        return be.then_some((None, cue.start));
    }
    let mut start = cue.end + by + 4;
    for det in ["the ", "The "] {
        if text[start..].starts_with(det) {
            start += det.len();
        }
    }
    let found = names::name_starting_at(text, start, s1)
        .and_then(|n| resolve_cue_name(&n, text, reg).map(|e| (e, n.start)));
    match found {
        Some((e, at)) => Some((Some(e), at)),
        None if be => Some((None, cue.start)),
        None => None,
    }
}

/// Whether a comma or semicolon outside quotation marks breaks `span` (what
/// follows it is another clause). A comma just before the agent (`condemned
/// on Monday, by the Liberal Democrats`) does not.
fn clause_breaks_before(span: &str) -> bool {
    let chars: Vec<char> = span.chars().collect();
    let (mut double, mut single) = (false, false);
    let last = span.trim_end().chars().count();
    chars.iter().enumerate().any(|(i, &c)| {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            '"' => double = !double,
            '“' => double = true,
            '”' => double = false,
            '‘' => single = true,
            '’' if single => single = false,
            // A straight single mark opens before a word after a space, and
            // closes after a word (`'unworkable, unfair and wrong'`).
            '\'' if !single && before.is_none_or(char::is_whitespace) => single = true,
            '\'' if single && !after.is_some_and(char::is_alphanumeric) => single = false,
            _ => {}
        }
        !double && !single && matches!(c, ',' | ';') && i + 1 != last
    })
}

/// The subject written after a closing cue: `, says the assembly government`,
/// `, said the party`, `, said the prime minister`. (entity, end of subject).
fn closing_description(
    text: &str,
    cue: Cue,
    s0: usize,
    s1: usize,
    reg: &mut Registry,
    sal: &Salience,
) -> Option<(Option<usize>, usize)> {
    let rest = &text[cue.end..s1];
    // A closing subject is a few words: anything longer is not one (and
    // reading no further keeps the work per cue bounded).
    if rest.split_whitespace().take(9).count() > 8 {
        return None;
    }
    let body = rest
        .trim_end()
        .trim_end_matches(['.', '"', '”', '\'', '’'])
        .trim_end();
    let lead = body.len() - body.trim_start().len();
    let body = body.trim_start();
    let phrase = body
        .strip_prefix("the ")
        .or_else(|| body.strip_prefix("a "))
        .or_else(|| body.strip_prefix("an "))
        .or_else(|| body.strip_prefix("one "))?;
    if phrase.is_empty() || phrase.contains([',', '"', '“', '”', '(']) {
        return None;
    }
    let start = cue.end + lead + (body.len() - phrase.len());
    let end = start + phrase.len();
    // `said the PM`.
    if let Some((mut d, office)) = abbreviated_office(text, end, cue.end) {
        d.sentence = s0;
        if d.start == cue.end + lead {
            return Some((describe_as(text, &d, &office, reg, sal).0, end));
        }
    }
    // The head is the last word before `of`/`for` (`the spokesman for the
    // prime minister` is a spokesman), else the last word.
    // (`one GOP source in the room` is a source).
    let core = [" for ", " of ", " to ", " in ", " at ", " with "]
        .iter()
        .filter_map(|p| phrase.find(p))
        .min()
        .map_or(phrase, |at| &phrase[..at]);
    let head = core.rsplit(' ').next().unwrap_or(core);
    // `said the Green Party`, `said the Home Office`: a body named in
    // capitals is itself, never the one of that kind named lately.
    if phrase.starts_with(char::is_uppercase) {
        let n = NameSpan::body(start, end, phrase);
        if names::is_org_head(head) || names::is_party_name(phrase) {
            let e = reg.resolve(&n, phrase, true)?;
            return Some((Some(e), end));
        }
    }
    if head == "party" && core == phrase {
        let party = sal.last_party.clone()?;
        let n = NameSpan::body(start, end, &party);
        let e = reg.resolve(&n, &party, true)?;
        return Some((Some(e), end));
    }
    if names::is_role_head(head) || speaks_for_another(head) {
        let d = Description {
            start: start - (body.len() - phrase.len()),
            phrase: (start, end),
            definite: body.starts_with("the "),
            head: (start + core.len() - head.len(), start + core.len()),
            sentence: s0,
        };
        let (e, _) = describe(text, &d, reg, sal);
        return Some((e, end));
    }
    if core == phrase && !phrase.contains(' ') {
        if let Some(org) = sal.organisation_ending(head).map(str::to_string) {
            let n = NameSpan::body(start, end, &org);
            let e = reg.resolve(&n, &org, true)?;
            return Some((Some(e), end));
        }
    }
    if names::is_org_head(head) && (2..=4).contains(&phrase.split(' ').count()) {
        let n = NameSpan::body(start, end, phrase);
        let e = reg.resolve(&n, phrase, true)?;
        return Some((Some(e), end));
    }
    None
}

/// `the cross-party committee` ending at the head word starting at
/// `head_start`: `the` within four words before, and an organisation of that
/// kind named lately. (entity, where the description starts).
fn body_described(
    text: &str,
    head_start: usize,
    s0: usize,
    head: &str,
    reg: &mut Registry,
    sal: &Salience,
) -> Option<(usize, usize)> {
    let mut at = head_start;
    let mut det = None;
    let mut det_end = head_start;
    // `the Trump campaign`, `the Obama administration`, `the Saudi
    // government`: capitalised words right before the head name the body.
    let mut named_from = None;
    let mut lower_from = None;
    for _ in 0..4 {
        let w = prev_word(text, at, s0)?;
        let word = &text[w.start..w.end];
        if one_of(word, &["the", "The"]) {
            det = Some(w.start);
            det_end = w.end;
            break;
        }
        let capital = word.starts_with(char::is_uppercase);
        if capital && (named_from.is_some() || at == head_start) {
            named_from = Some(w.start);
        } else if capital && named_from.is_none() && !is_preposition(word) {
            // `the Commons home affairs committee`: a house or a country
            // before a body named in lower case; the lower-case words name it.
            lower_from.get_or_insert(at);
        } else if capital || is_preposition(word) || pronoun_gender(word).is_some() {
            return None;
        }
        at = w.start;
    }
    let det = det?;
    // `was quoted in the Herald newspaper saying`: the object of a
    // preposition is not the one speaking.
    if prev_word(text, det, s0).is_some_and(|w| governs_a_noun(&text[w.start..w.end])) {
        return None;
    }
    let end = head_start + head.len();
    if let Some(from) = named_from {
        let name = &text[from..end];
        let n = NameSpan::body(det, end, name);
        return reg.resolve(&n, name, true).map(|e| (e, det));
    }
    // `the cross-party committee`: the body of that kind named lately.
    if let Some(found) = kind_named_lately(head, det, end, reg, sal) {
        return found.map(|e| (e, det));
    }
    // `the environment select committee said`: a body named in lower case,
    // by what qualifies its head, is that body (and `the committee`, later,
    // is it again). An adjective alone (`the influential committee`) names
    // nothing: the qualifiers must hold a noun-like word.
    let qualifiers = text[lower_from.unwrap_or(det_end)..head_start].trim_start();
    if names::is_lower_case_body_head(head) && is_lower_case_body(qualifiers) {
        let name = &text[head_start - qualifiers.len()..end];
        let n = NameSpan::body(det, end, name);
        return reg.resolve(&n, name, true).map(|e| (e, det));
    }
    if lower_from.is_some() {
        return None;
    }
    if let Some(e) = recent_lower_case_body(head, reg, sal) {
        return Some((e, det));
    }
    // `the government said`, where it opens its clause (not `MPs who
    // support the government said`): a body named before it in the
    // paragraph (`the Chinese government`) if one was, else the bare one.
    if qualifiers.is_empty() && names::is_bare_body(head) && opens_a_clause(text, det, s0) {
        if let Some((from, to)) = named_before(text, det, head) {
            let name = &text[from..to];
            let n = NameSpan::body(det, end, name);
            return reg.resolve(&n, name, true).map(|e| (e, det));
        }
        return bare_body(head, det, end, reg).map(|e| (e, det));
    }
    None
}

/// `the committee`, `the bank` from `start` to `end`: the body of that kind
/// named lately ([`Salience::organisation_ending`]), resolved; `None` when
/// there is none, `Some(None)` when there is one the registry refuses.
pub(super) fn kind_named_lately(
    head: &str,
    start: usize,
    end: usize,
    reg: &mut Registry,
    sal: &Salience,
) -> Option<Option<usize>> {
    let org = sal.organisation_ending(head)?;
    let n = NameSpan::body(start, end, org);
    Some(reg.resolve(&n, org, true))
}

/// Whether the words at `at` open a clause: the sentence starts there, or a
/// comma or a conjunction comes before them (`after the government
/// announced`, `for which the government argued`), not a verb whose object
/// they are (`MPs who support the government said`).
fn opens_a_clause(text: &str, at: usize, s0: usize) -> bool {
    let Some(w) = prev_word(text, at, s0) else {
        return true;
    };
    text[w.end..at].contains(',')
        || text::with_lower_case(&text[w.start..w.end], |word| {
            one_of(
                word,
                &[
                    "and", "but", "yet", "so", "or", "nor", "however", "while", "whereas", "as",
                    "after", "before", "when", "since", "because", "if", "although", "though",
                    "until", "once", "unless", "that", "which", "where",
                ],
            )
        })
}

/// `the Chinese government`, `the US government` earlier in `text` than
/// `before`: the last capitalised words and `head` there, as a body's name.
fn named_before(text: &str, before: usize, head: &str) -> Option<(usize, usize)> {
    let mut at = before;
    while let Some(i) = text[..at].rfind(head) {
        let end = i + head.len();
        let whole_word = !text[end..].starts_with(char::is_alphanumeric);
        if whole_word && text[..i].ends_with(' ') {
            // The capitalised words right before it (`Chinese`, `US`), not
            // a sentence's opening `The`.
            let mut from = None;
            let mut back = i - 1;
            while let Some(w) = prev_word(text, back, 0) {
                let word = &text[w.start..w.end];
                let spaced = text[w.end..back].is_empty();
                // (`a future Conservative government` is no government yet.)
                if names::is_party_name(word) {
                    return None;
                }
                if !spaced || !word.starts_with(char::is_uppercase) || one_of(word, &["The", "A"]) {
                    break;
                }
                from = Some(w.start);
                if !text[..w.start].ends_with(' ') {
                    break;
                }
                back = w.start - 1;
            }
            if let Some(from) = from {
                return Some((from, end));
            }
        }
        at = i;
    }
    None
}

/// `The report said`, `"…," the report said` (BBC politics 076, after `the
/// National Audit Office`): the body that published it, one that publishes
/// (the `document_author` list) in mind lately. Only `the` and the
/// document's word, so `the government's report` or `a report by MPs` are
/// not this; with no such body, None. (entity, start).
pub(super) fn document_author(
    text: &str,
    w: Word,
    s0: usize,
    reg: &Registry,
    sal: &Salience,
) -> Option<(usize, usize)> {
    if !names::is_document(&text[w.start..w.end]) {
        return None;
    }
    let det =
        prev_word(text, w.start, s0).filter(|d| one_of(&text[d.start..d.end], &["the", "The"]))?;
    // (`Critics of the report said`: the report is no subject there.)
    if prev_word(text, det.start, s0).is_some_and(|p| governs_a_noun(&text[p.start..p.end])) {
        return None;
    }
    // A body that publishes, in mind lately.
    sal.recent
        .iter()
        .rev()
        .take(6)
        .map(|&(e, _)| e)
        .find(|&e| {
            let ent = &reg.entities[e];
            ent.kind == NameKind::Organisation
                && !ent.is_group()
                && names::is_document_author(&ent.name())
        })
        .map(|e| (e, det.start))
}

/// The body `the` alone names (`the government`), one across the corpus.
pub(super) fn bare_body(head: &str, start: usize, end: usize, reg: &mut Registry) -> Option<usize> {
    let n = NameSpan::body(start, end, head);
    reg.resolve(&n, head, true)
}

/// `the committee` again: the body of that kind in mind, named in lower case
/// lately (`the home affairs committee`).
pub(super) fn recent_lower_case_body(head: &str, reg: &Registry, sal: &Salience) -> Option<usize> {
    sal.recent.iter().rev().map(|&(e, _)| e).find(|&e| {
        let ent = &reg.entities[e];
        ent.kind == NameKind::Organisation
            && ent.short_name.starts_with(char::is_lowercase)
            && ent.short_name.ends_with(head)
    })
}

/// Qualifiers of a body's head that name it (`environment select `,
/// `home affairs `): one to three lower-case words, none an adjective in
/// `-al`/`-ive`/`-ful`/`-ous` or a participle alone.
pub(super) fn is_lower_case_body(qualifiers: &str) -> bool {
    let words: Vec<&str> = qualifiers.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && qualifiers.ends_with(' ')
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !one_of(w, &["new", "old", "same", "other", "former", "current", "whole", "main"])
                // (`the group in a statement`: a phrase, not a name.)
                && !governs_a_noun(w)
                && !one_of(w, &["a", "an", "its", "their", "his", "her", "our", "this", "that"])
        })
        && words.iter().any(|w| {
            !(w.ends_with("al")
                || w.ends_with("ive")
                || w.ends_with("ful")
                || w.ends_with("ous")
                || w.ends_with("ed")
                || w.ends_with("ing")
                || w.ends_with("ly"))
        })
}

/// `Colin Asplin, Blackpool Hotel Association said`: the person who opens the
/// sentence, when only `, ` separates them from the organisation before the cue.
fn person_before_org(
    text: &str,
    s0: usize,
    org_start: usize,
    mentions: &[Mention<'_>],
    reg: &mut Registry,
) -> Option<(usize, usize)> {
    let before = text[..org_start].strip_suffix(", ")?;
    let n = names::name_ending_at(text, before.len(), s0)?;
    let opens = text[s0..n.start].trim().is_empty();
    if !opens || !names::looks_like_person(&n) {
        return None;
    }
    name_subject(text, n.end, s0, mentions, reg)
}
