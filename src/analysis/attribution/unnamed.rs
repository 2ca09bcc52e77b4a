//! Subjects of a speech cue that are not a name the name finder saw: a group
//! written in lower case (`critics say`, `Experts on North Korea … said`),
//! someone described by whose they are (`His lawyer said`, `Trump's
//! campaign said`), and a verb joined to the sentence's subject (`Mr.
//! Schultz supported Democrats …, and said`).
//!
//! These are tried only after every named subject has failed, so they never
//! take a cue from a person the sentence names. Each yields the same kind of
//! entity the named path would: a group is the one group speaker of that
//! word across the corpus (`critics` and `Critics` are one), a description
//! is a described speaker, a body is an organisation.

use super::identity::Registry;
use super::names::{self, Gender, NameKind, NameSpan};
use super::subject::{opening_person, Salience};
use crate::analysis::text::{one_of, prev_word, word_at, Word};

/// `critics say`, `many analysts said`, `Republican lawmakers say`: a plural
/// group word right before the cue is that group. Written `Critics` at a
/// sentence's start the name finder already has it; this is the rest.
pub(super) fn group_before(text: &str, w: Word, reg: &mut Registry) -> Option<(usize, usize)> {
    let word = &text[w.start..w.end];
    if !names::is_group_word(word) {
        return None;
    }
    // The subject starts at the words that qualify the group (`Iranian
    // officials`, `many critics`), so what came before ends there.
    let mut start = w.start;
    for _ in 0..2 {
        match prev_word(text, start, start.saturating_sub(40)) {
            Some(p) if qualifies_group(&text[p.start..p.end]) => start = p.start,
            _ => break,
        }
    }
    Some((group_entity(text, w, reg)?, start))
}

/// A word that can qualify a group word before it: a capitalised word
/// (`Iranian`, `US`, `Labour`) or a quantifier (`many`, `some`).
fn qualifies_group(word: &str) -> bool {
    (word.starts_with(char::is_uppercase) && !one_of(word, &["And", "But", "The"]))
        || one_of(
            word,
            &[
                "many", "some", "several", "most", "other", "senior", "two", "three", "few",
            ],
        )
}

/// `Experts on North Korea and nuclear nonproliferation said`: a sentence
/// opening on a group word (past a quantifier or two) and a prepositional
/// phrase that runs to the cue, with no comma or other verb of speech in it.
pub(super) fn group_with_phrase(
    text: &str,
    s0: usize,
    verb_at: usize,
    reg: &mut Registry,
) -> Option<(usize, usize)> {
    // The clause the verb is in: after the sentence's last comma before it
    // (`Although Scott lacks a signature policy achievement, elected
    // officials from both parties say`).
    // (A subject is a few words: reading no further back than this keeps
    // the work per cue bounded in a sentence of any length.)
    let s0 = s0.max(crate::analysis::text::ceil_boundary(
        text,
        verb_at.saturating_sub(160),
    ));
    let s0 = text
        .get(s0..verb_at)?
        .rfind(", ")
        .map_or(s0, |comma| s0 + comma + 2);
    let span = text.get(s0..verb_at)?;
    if span.contains([',', ';', ':', '"', '“', '”']) || span.split_whitespace().count() > 12 {
        return None;
    }
    let mut at = s0 + (span.len() - span.trim_start().len());
    for _ in 0..4 {
        let w = word_at(text, at, verb_at)?;
        let word = &text[w.start..w.end];
        if names::is_group_word(word) {
            let next = word_at(text, w.end + 1, verb_at)?;
            // (`Observers in Virginia`: any preposition that takes an object;
            // `Analysts that spoke to the BBC`: a relative too; `Protesters
            // marching through the streets`: a participle, not the cue's.)
            let next_word = &text[next.start..next.end];
            let participle = next_word.len() > 4
                && next_word.ends_with("ing")
                && !super::cues::is_cue_word(next_word);
            if !opens_a_qualifier(next_word) && !participle {
                return None;
            }
            return Some((group_entity(text, w, reg)?, w.start));
        }
        // `Some`, `Many`, `Two`, `Political`, `Developers and`: a
        // quantifier, an adjective or another plural before the group word,
        // never a verb.
        if (word.ends_with("ed") && word != "elected") || word.ends_with("ing") {
            return None;
        }
        at = w.end + 1;
    }
    None
}

/// A word that opens what qualifies a group word after it: a preposition or
/// a relative (`Observers in Virginia`, `Analysts that spoke to the BBC`,
/// `officials familiar with …`).
fn opens_a_qualifier(word: &str) -> bool {
    super::subject::governs_a_noun(word) || super::subject::is_preposition(word)
}

/// After a cue whose speaker follows it: a body named lately, by its kind
/// (`According to the commission, many businesses had found …`, `the paper`
/// for the Financial Times), or a group (`according to police, officers saw
/// …`). (entity, where it ends, how it was found).
pub(super) fn after_cue_body_or_group(
    text: &str,
    start: usize,
    s1: usize,
    reg: &mut Registry,
    sal: &Salience,
) -> Option<(usize, usize, &'static str)> {
    // Only the phrase itself: `the commission,` or `police.`, or a group with
    // what qualifies it (`officials familiar with …`); never `the
    // commission's report`, which is a document, not the body.
    let alone = |end: usize| {
        end >= s1
            || text[end..].starts_with([',', '.', ';', ')'])
            || word_at(text, end + 1, s1).is_some_and(|n| opens_a_qualifier(&text[n.start..n.end]))
    };
    let w = word_at(text, start, s1)?;
    let word = &text[w.start..w.end];
    if word == "the" {
        let h = word_at(text, w.end + 1, s1)?;
        let head = &text[h.start..h.end];
        if !head.starts_with(char::is_lowercase) || !alone(h.end) {
            return None;
        }
        if let Some(found) = super::subject::kind_named_lately(head, w.start, h.end, reg, sal) {
            return Some((found?, h.end, "body-description"));
        }
        // `says the committee,` after `the home affairs committee`.
        if let Some(e) = super::subject::recent_lower_case_body(head, reg, sal) {
            return Some((e, h.end, "body-description"));
        }
        // `, says the government`.
        if names::is_bare_body(head) {
            let e = super::subject::bare_body(head, w.start, h.end, reg)?;
            return Some((e, h.end, "body-description"));
        }
        return None;
    }
    if word.starts_with(char::is_lowercase) && names::is_group_word(word) && alone(w.end) {
        return Some((group_entity(text, w, reg)?, w.end, "group-subject"));
    }
    None
}

/// The group entity for the group word at `w`, named with a capital as a
/// sentence would open on it (`Critics`), so that both spellings are one.
fn group_entity(text: &str, w: Word, reg: &mut Registry) -> Option<usize> {
    let word = &text[w.start..w.end];
    let mut name = String::with_capacity(word.len());
    let mut chars = word.chars();
    name.extend(chars.next()?.to_uppercase());
    name.push_str(chars.as_str());
    let n = NameSpan::described(w.start, w.end, &name);
    reg.resolve(&n, &name, true)
}

/// `His lawyer said`, `Pagliano's lawyer said`, `Trump's spokeswoman said`,
/// `Clinton's campaign said`: a role or a body that belongs to someone. A
/// person so described is a described speaker (`Pagliano's lawyer`); a
/// body is the owner's body (`Clinton campaign`). `his`/`her` is the one
/// the reader has in mind, and with nobody in mind this is nobody.
pub(super) fn possessed(
    text: &str,
    w: Word,
    s0: usize,
    reg: &mut Registry,
    sal: &Salience,
) -> Option<(usize, usize)> {
    let head = &text[w.start..w.end];
    let role = names::is_role_head(head) || super::subject::speaks_for_another(head);
    let body = !role && names::is_org_head(head);
    if !(role || body) || !head.starts_with(char::is_lowercase) {
        return None;
    }
    let p = prev_word(text, w.start, s0)?;
    let owner_word = &text[p.start..p.end];
    // The owner is named by surname (`Pagliano's lawyer` however the article
    // wrote it, `Trump campaign`), so every form of them is one speaker.
    let (owner, start) = match owner_of(owner_word)? {
        Owner::Pronoun(g) => {
            let e = sal.recent.iter().rev().map(|(e, _)| *e).find(|&e| {
                let ent = &reg.entities[e];
                ent.kind == NameKind::Person
                    && (ent.gender == g || ent.gender == Gender::Unknown)
                    && !ent.is_group()
            })?;
            (reg.entities[e].surname.clone(), p.start)
        }
        Owner::Named(stem) => {
            if !stem.starts_with(char::is_uppercase) {
                return None;
            }
            // The owner's whole name: `Donald Trump's`, not only `Trump's`.
            let n = names::name_ending_at(text, p.start + stem.len(), s0)?;
            (n.surname.to_string(), n.start)
        }
    };
    // Only a subject that opens its clause (`His lawyer said`, `…, and
    // Clinton's campaign said`): in `Critics of his administration say` the
    // owner is inside someone else's phrase.
    let before = text[s0..start].trim_end();
    let opens = before.is_empty()
        || before.ends_with([',', ';'])
        || one_of(
            before.rsplit(' ').next().unwrap_or(""),
            &["and", "but", "But", "And", "while", "However,"],
        );
    if !opens {
        return None;
    }
    if body {
        let name = names::joined(&owner, head);
        let n = NameSpan::body(start, w.end, &name);
        return reg.resolve(&n, &name, true).map(|e| (e, start));
    }
    // `Labour's spokesman` is the `Labour Party spokesman`.
    let name = super::subject::spokesperson_name(&names::joined(&owner, head), head)
        .unwrap_or_else(|| format!("{owner}'s {head}"));
    let n = NameSpan::described(start, w.end, &name);
    let e = reg.resolve(&n, &name, true)?;
    let ent = &mut reg.entities[e];
    ent.describes = true;
    ent.short_name = name;
    Some((e, start))
}

/// Whose a possessed description is.
enum Owner<'t> {
    /// `his`, `her`: the one in the reader's mind of that gender.
    Pronoun(Gender),
    /// `Pagliano's`: the name before `'s`.
    Named(&'t str),
}

/// `his`/`her` or a name with `'s`; anything else owns nothing.
fn owner_of(word: &str) -> Option<Owner<'_>> {
    match word {
        "his" | "His" => Some(Owner::Pronoun(Gender::Male)),
        "her" | "Her" => Some(Owner::Pronoun(Gender::Female)),
        _ => word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .map(Owner::Named),
    }
}

/// `Mr. Schultz generally supported Democrats …, and said he did not
/// support Mr. Trump`: a cue right after `and` shares the subject the
/// sentence opens with.
pub(super) fn coordinated(
    text: &str,
    w: Word,
    s0: usize,
    reg: &mut Registry,
    sal: &mut Salience,
    mentions: &[super::subject::Mention<'_>],
) -> Option<(usize, usize)> {
    if !one_of(&text[w.start..w.end], &["and", "but"]) {
        return None;
    }
    if let Some(e) = opening_person(text, s0, w.start, mentions, reg, sal) {
        return Some((e, s0));
    }
    // A person named at the start whom nothing has resolved yet (`Mr.
    // Schultz generally supported …`), past a title (`Democratic candidate
    // Hillary Clinton, like Obama, has encouraged …, but has said`).
    let mut start = s0 + (text[s0..w.start].len() - text[s0..w.start].trim_start().len());
    if let Some(title_end) = title_before_name(text, start, w.start) {
        start = title_end;
    }
    let n = names::name_starting_at(text, start, w.start)
        .filter(|n| n.kind == NameKind::Person && names::looks_like_person(n))?;
    let e = super::subject::resolve_cue_name(&n, text, reg)?;
    Some((e, s0))
}

/// `Democratic candidate Hillary Clinton`: where the name starts after a
/// title of at most three words, the last of them a role (`candidate`), the
/// others capitalised. (An honorific, `Sen. Tim Kaine`, is the name finder's.)
fn title_before_name(text: &str, start: usize, limit: usize) -> Option<usize> {
    let mut at = start;
    for _ in 0..3 {
        let w = word_at(text, at, limit)?;
        let word = &text[w.start..w.end];
        let next = w.end + 1;
        if names::is_role_head(word) {
            return word_at(text, next, limit)
                .filter(|n| text[n.start..n.end].starts_with(char::is_uppercase))
                .map(|n| n.start);
        }
        if !word.starts_with(char::is_uppercase) || !text[w.end..].starts_with(' ') {
            return None;
        }
        at = next;
    }
    None
}

#[cfg(test)]
mod tests {
    //! Real sentences from PolNeAR's articles (US election news, 2016) and
    //! the BBC politics folder, one per pattern.
    use super::super::credit::tests::{credit, reported, speaker_of};
    use crate::model::QuoteKind;

    #[test]
    fn a_group_in_lower_case_is_the_group() {
        // wash-post 2016-09-18.
        let f = credit(
            &[],
            &["But critics say resources could be better spent in partnership with NATO, the existing military alliance that includes the United States and most E.U. countries."],
        );
        assert_eq!(speaker_of(&f, "resources").as_deref(), Some("Critics"));
        assert_eq!(f[0].3, QuoteKind::Indirect);
        assert_eq!(f[0].2.as_deref(), Some("say"));
    }

    #[test]
    fn a_group_with_a_phrase_after_it_is_the_group() {
        // wash-post 2016-09-10.
        let f = credit(
            &[],
            &["Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that."],
        );
        assert_eq!(speaker_of(&f, "the latest").as_deref(), Some("Experts"));
    }

    #[test]
    fn a_group_after_a_comma_is_the_group() {
        // wash-post 2016-09-08.
        let f = credit(
            &[],
            &["Although Scott lacks a signature policy achievement, elected officials from both parties say he has forged a reputation as a hard worker and policy wonk over a 40-year public career."],
        );
        assert_eq!(
            speaker_of(&f, "he has forged").as_deref(),
            Some("Officials")
        );
    }

    #[test]
    fn a_group_with_a_place_or_a_party_after_it_is_the_group() {
        // wash-post 2016-09-08, nyt 2016-09-12, wash-post 2016-09-25:
        // `in` takes its object like `on` does, and `attorneys` are a group.
        let f = credit(
            &[],
            &[
                "Political observers in Virginia and around the country say Scott deserves the right of first refusal.",
                "Developers and supporters in Congress say the program, run by the Department of Homeland Security, has brought billions of dollars to areas that would otherwise not have access to capital.",
                "Scott's relatives, who asked authorities to show them video of the shooting, watched it on Thursday, attorneys for the family said.",
            ],
        );
        assert_eq!(
            speaker_of(&f, "Scott deserves").as_deref(),
            Some("Observers")
        );
        assert_eq!(
            speaker_of(&f, "the program, run").as_deref(),
            Some("Supporters")
        );
        assert_eq!(
            speaker_of(&f, "Scott's relatives").as_deref(),
            Some("Attorneys")
        );
        let f = credit(
            &[],
            &["Analysts that spoke to the BBC said the deal would collapse."],
        );
        assert_eq!(speaker_of(&f, "the deal").as_deref(), Some("Analysts"));
    }

    #[test]
    fn environmentalists_and_defenders_are_groups_and_they_say_goes_on_with_them() {
        // nyt 2016-10-02 and 2016-09-19.
        let f = credit(
            &[],
            &[
                "Should Mr. Clarke's company run into financial trouble, environmentalists worry that the cost of reclaiming the mines could fall to West Virginia taxpayers. Unlike Patriot, Mr. Clarke has few deep-pocketed Wall Street investors that the state could pressure to cover the costs, they say.",
                "RT and its defenders say that the network is no more biased than any other news organization.",
            ],
        );
        assert_eq!(
            speaker_of(&f, "the cost of").as_deref(),
            Some("Environmentalists")
        );
        assert_eq!(
            speaker_of(&f, "Unlike Patriot").as_deref(),
            Some("Environmentalists")
        );
        assert_eq!(
            speaker_of(&f, "the network is").as_deref(),
            Some("Defenders")
        );
    }

    #[test]
    fn someones_body_after_a_semicolon_opens_its_clause() {
        // politico 2016-09-12.
        let f = credit(
            &[],
            &["It's an extremely unlikely scenario; Clinton's team says she'll continue her march toward Election Day later this week."],
        );
        assert_eq!(
            speaker_of(&f, "she'll continue").as_deref(),
            Some("Clinton team")
        );
    }

    #[test]
    fn a_verb_after_but_shares_the_subject_named_after_a_title() {
        // wash-post 2016-09-18.
        let f = credit(
            &[],
            &["Democratic candidate Hillary Clinton, like Obama, has encouraged European nations to bolster defense spending but has said she will hold firm to U.S. defense commitments."],
        );
        assert_eq!(
            speaker_of(&f, "she will hold").as_deref(),
            Some("Hillary Clinton")
        );
    }

    #[test]
    fn someones_lawyer_is_described_by_whose_they_are() {
        // politico 2016-09-23: `his` is the one named before.
        let f = credit(
            &[],
            &["On Thursday, the panel held Bryan Pagliano in contempt of Congress for refusing to show up to a hearing despite a subpoena. His lawyer said he would not answer questions."],
        );
        assert_eq!(
            speaker_of(&f, "he would not").as_deref(),
            // Named by surname, as `Pagliano's lawyer` would be.
            Some("Pagliano's lawyer")
        );
        // With nobody in mind, `his lawyer` is nobody's, never a guess.
        let f = credit(&[], &["His lawyer said he would not answer questions."]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_group_is_never_he_or_she() {
        // wash-post 2016-09-21, after a group spoke.
        let f = credit(
            &[],
            &[
                "But critics say resources could be better spent in partnership with NATO.",
                "She said fathers and parents who adopt would not be eligible for the six weeks of paid leave.",
            ],
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn someone_described_without_a_name_is_that_description() {
        // nyt 2016-10-02 and politico 2016-09-23.
        let f = credit(
            &[],
            &[
                "Mr. Clarke bought the mines in 2015.",
                "After some challenges, Mr. Clarke's reclamation work has been meeting regulatory standards and even exceeding expectations by some measures, one West Virginia official said.",
            ],
        );
        assert_eq!(
            speaker_of(&f, "After some challenges").as_deref(),
            Some("West Virginia official")
        );
        // In the opening paragraph, the one described is the person named
        // next (BBC politics 415).
        let f = credit(
            &[],
            &[
                "The Conservatives have been \"a lot smarter\" in the way they have conducted the general election campaign, a Labour backbencher has said.",
                "Derek Wyatt said having a five month campaign \"turned off voters\".",
            ],
        );
        assert_eq!(
            speaker_of(&f, "a lot smarter").as_deref(),
            Some("Derek Wyatt")
        );
    }

    #[test]
    fn a_body_named_before_its_kind_and_one_described_after_the() {
        // wash-post 2016-09-21, politico 2016-10-04.
        let f = credit(
            &[],
            &[
                "The Trump team has said single people and families would qualify for the tax breaks under Trump's broader child-care plan.",
                "The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to the nonpartisan Congressional Budget Office.",
            ],
        );
        assert_eq!(
            speaker_of(&f, "single people").as_deref(),
            Some("Trump team")
        );
        assert_eq!(
            speaker_of(&f, "The top 1 percent").as_deref(),
            Some("Congressional Budget Office")
        );
    }

    #[test]
    fn when_and_to_whom_it_was_said_are_not_what_was_said() {
        // wash-post 2016-10-05, wash-post 2016-09-21, west-journal 2016-10-04.
        let f = credit(
            &[],
            &[
                "The International Monetary Fund said Tuesday that it is lowering its forecast for U.S. growth this year.",
                "Trump campaign spokesman Jason Miller told The Washington Post that Trump's maternity-leave policy would extend to single mothers.",
                "Bernie Sanders on Tuesday said he wants to attack four provisions in the tax code.",
            ],
        );
        let reported = reported(&f);
        assert_eq!(
            reported,
            [
                "it is lowering its forecast for U.S. growth this year",
                "Trump's maternity-leave policy would extend to single mothers",
                "he wants to attack four provisions in the tax code",
            ],
            "{f:?}"
        );
    }

    #[test]
    fn they_after_a_group_is_the_group() {
        // BBC politics 048.
        let f = credit(
            &[],
            &["MPs said the bill was a missed opportunity. They called for a \"cast-iron guarantee\" that the government consults on any plans to regulate animal industries like pet fairs and game bird rearing."],
        );
        assert_eq!(speaker_of(&f, "cast-iron").as_deref(), Some("MPs"));
    }

    #[test]
    fn a_description_opening_the_sentence_before_an_appositive() {
        // BBC politics 302: the MP is the one named before, never the place
        // named inside the description.
        let f = credit(
            &[],
            &["Mr Galloway, who on Thursday won £150,000 in libel damages from the Daily Telegraph said he would contest Bethnal Green, in London, for Respect. The Glasgow Kelvin MP, who was expelled from Labour over his anti Iraq war stance, accused Ms King of being a \"New Labour stooge\"."],
        );
        assert_eq!(
            speaker_of(&f, "New Labour stooge").as_deref(),
            Some("Mr Galloway")
        );
    }

    #[test]
    fn praise_and_speaking_of_credit_their_subject() {
        // BBC politics 139, and a BBC politics article on Labour's posters.
        let f = credit(
            &[],
            &[
                "Foreign Secretary Jack Straw, touring South East Asian countries, praised the \"spirit of cooperation\" in achieving the breakthrough.",
                "Mr Brown repeated the familiar mantras displayed on the posters and spoke of Labour's \"shared purpose\" and \"united dedication\".",
            ],
        );
        assert_eq!(
            speaker_of(&f, "spirit of cooperation").as_deref(),
            Some("Jack Straw")
        );
        assert_eq!(
            speaker_of(&f, "shared purpose").as_deref(),
            Some("Mr Brown")
        );
    }

    #[test]
    fn an_acronym_before_the_verb_and_a_person_at_a_body() {
        // west-journal 2016-09-12, west-journal 2016-10-05.
        let f = credit(
            &[],
            &[
                "CNS reported Monday that the U.S. had accepted 11,491 Syrian refugees, 15 percent over the limit of 10,000.",
                "Dan McLaughlin at the National Review agreed with Matthews about the winner.",
            ],
        );
        assert_eq!(speaker_of(&f, "the U.S. had").as_deref(), Some("CNS"));
        assert_eq!(
            speaker_of(&f, "with Matthews").as_deref(),
            Some("Dan McLaughlin")
        );
    }

    #[test]
    fn short_speech_and_things_found_are_read_right() {
        // Short reported speech opening on `this` or `next` is speech; a
        // fronted adverbial is not; a thing found is no finding; a Sunday
        // paper is no paper speaking on Sunday (sentences as BBC politics
        // and PolNeAR write them).
        let f = credit(
            &[],
            &[
                "Tony Blair spoke to reporters. This is a disgrace, he said.",
                "After the vote in the House of Commons, Mr Smith said he would resign.",
                "Mr Smith was found dead at his home in Leeds.",
                "The Mail on Sunday reported that the minister would resign.",
            ],
        );
        let reported: Vec<(&str, Option<&str>)> = f
            .iter()
            .filter(|q| q.3 == QuoteKind::Indirect)
            .map(|q| (q.0.as_str(), q.1.as_deref()))
            .collect();
        assert_eq!(
            reported,
            [
                ("This is a disgrace", Some("Tony Blair")),
                ("he would resign", Some("Mr Smith")),
            ],
            "{f:?}"
        );
        // (`The Mail on Sunday` is not yet found as a name; it is at least
        // never the Daily Mail speaking `on Sunday`.)
        assert!(!f.iter().any(|q| q.1.as_deref() == Some("Mail")), "{f:?}");
    }

    #[test]
    fn one_group_twice_in_a_sentence_says_two_things() {
        let f = credit(
            &[],
            &["US officials said the strike was legal, and Iranian officials said it was an act of war."],
        );
        let reported = reported(&f);
        assert_eq!(
            reported,
            ["the strike was legal", "it was an act of war"],
            "{f:?}"
        );
    }

    #[test]
    fn an_owner_inside_another_phrase_is_not_the_subject() {
        // `Critics of his administration say`: the critics, not a body of
        // the owner's.
        let f = credit(
            &[],
            &["Barack Obama spoke on Monday. Critics of his administration say the policy has failed."],
        );
        assert_eq!(speaker_of(&f, "the policy").as_deref(), Some("Critics"));
    }

    #[test]
    fn a_verb_after_and_shares_the_sentence_subject() {
        // nyt 2016-09-19.
        let f = credit(
            &[],
            &["Mr. Schultz generally supported Democrats during his time on MSNBC, which let him go in 2015, and said he did not support Mr. Trump, the presumed Putin favorite."],
        );
        assert_eq!(speaker_of(&f, "he did not").as_deref(), Some("Mr Schultz"));
    }
}
