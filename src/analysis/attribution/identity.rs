//! Who is who: the people and organisations of one article under all their
//! names (`Alan Milburn`, `Mr Milburn`, `health secretary Alan Milburn`), and
//! the unification of articles' people into the corpus's speakers.

use super::names::{is_group_word, is_not_name_word, joined, Gender, NameKind, NameSpan};
use super::words;
use crate::model::{IdentityDecision, SharedStr, Speaker, SpeakerKind};
use std::collections::HashMap;

/// At most this many aliases and roles are kept per speaker (hostile input
/// could otherwise grow them without bound).
const MAX_FORMS: usize = 16;

/// A person or organisation as one article knows them. Serialisable: the
/// store keeps each article's entities so an unchanged article is not
/// analysed again.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Entity {
    pub kind: NameKind,
    pub given: Option<String>,
    pub surname: String,
    /// Name used when only the surname is known (`Mr Thornton`).
    pub short_name: String,
    pub gender: Gender,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Subject of a speech cue or credited with a quote.
    pub spoke: bool,
    pub quotes: usize,
    /// Described, not named (`Home Office spokesman`): one speaker of that
    /// description across the corpus.
    pub describes: bool,
    /// Described without a name or a body (`one West Virginia official`):
    /// someone of this article only, never joined to a description of the
    /// same words elsewhere.
    pub unnamed: bool,
}

impl Entity {
    pub fn name(&self) -> String {
        match &self.given {
            Some(g) if self.kind == NameKind::Person => joined(g, &self.surname),
            _ => self.short_name.clone(),
        }
    }

    /// A set of people named by a group word (`MPs`, `Critics`): one group
    /// speaker, never one person (so never `he` or `she`).
    pub fn is_group(&self) -> bool {
        self.kind == NameKind::Person
            && self.given.is_none()
            && !self.describes
            && is_group_word(&self.surname)
    }

    pub fn add_role(&mut self, role: &str) {
        merge_role(&mut self.roles, role);
    }

    fn add_alias(&mut self, alias: &str) {
        if !alias.is_empty()
            && self.aliases.len() < MAX_FORMS
            && !self.aliases.iter().any(|a| a == alias)
        {
            self.aliases.push(alias.to_string());
        }
    }
}

/// Add a role unless it is already there; `chief executive` adds nothing to
/// `NHS Confederation chief executive`, and the more specific form replaces
/// the less.
pub fn merge_role(roles: &mut Vec<String>, role: &str) {
    let role = role.trim();
    if role.is_empty() || roles.len() >= MAX_FORMS || roles.iter().any(|r| ends_with_ci(r, role)) {
        return;
    }
    if let Some(r) = roles
        .iter_mut()
        .find(|r| ends_with_ci(role, r) && r.as_str() != "professor")
    {
        *r = role.to_string();
        return;
    }
    roles.push(role.to_string());
}

/// `text` ends with `suffix`, ignoring ASCII case (no allocation).
fn ends_with_ci(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The entities of one article.
#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// Names that are the article's own reporters or author, lower-cased.
    excluded: Vec<String>,
    by_surname: HashMap<String, Vec<usize>>,
    orgs: HashMap<String, usize>,
    /// Bodies the article has named lately, whether they spoke or not
    /// ([`Registry::note_named_body`]), with the paragraph of each.
    named_bodies: Vec<(String, usize)>,
    /// The paragraph being read.
    pub paragraph: usize,
    /// The article's paragraphs, for [`Registry::written_lower_case`].
    paragraphs: Vec<SharedStr>,
    /// Hashes of the words the article writes in lower case, made on first
    /// need (most articles never ask).
    lower_case_words: Option<std::collections::HashSet<u64, PassThrough>>,
    /// Words already asked about, with the answer.
    asked: Vec<(u64, bool)>,
}

/// The set's keys are already hashes ([`word_hash`]): hashing them again
/// (SipHash, by default) would cost more than building the set.
#[derive(Default, Clone, Copy)]
struct PassThrough;

impl std::hash::BuildHasher for PassThrough {
    type Hasher = PassThroughHasher;
    fn build_hasher(&self) -> PassThroughHasher {
        PassThroughHasher(0)
    }
}

#[derive(Default)]
struct PassThroughHasher(u64);

impl std::hash::Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a of a word's ASCII-lower-cased bytes.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3)
    })
}

/// `lower` is `ascii.to_lowercase()` (`ascii` being ASCII), byte for byte.
fn is_ascii_lowercase_of(lower: &[u8], ascii: &str) -> bool {
    lower.len() == ascii.len()
        && lower
            .iter()
            .zip(ascii.bytes())
            .all(|(&l, a)| l == a.to_ascii_lowercase())
}

fn compatible(a: Gender, b: Gender) -> bool {
    a == b || a == Gender::Unknown || b == Gender::Unknown
}

impl Registry {
    pub fn new(byline: &[String], author: Option<&str>) -> Registry {
        let mut excluded: Vec<String> = byline.iter().map(|b| b.to_lowercase()).collect();
        excluded.extend(author.map(str::to_lowercase));
        Registry {
            entities: Vec::new(),
            excluded,
            by_surname: HashMap::new(),
            orgs: HashMap::new(),
            named_bodies: Vec::new(),
            paragraph: 0,
            paragraphs: Vec::new(),
            lower_case_words: None,
            asked: Vec::new(),
        }
    }

    /// The article's text, so that a capitalised word the article also writes
    /// in lower case can be told from a given name.
    pub fn with_text(mut self, paragraphs: Vec<SharedStr>) -> Registry {
        self.paragraphs = paragraphs;
        self
    }

    /// Whether the article writes `word` in lower case somewhere
    /// (`community`, `terrorism`, `stop`): then `Community Cohesion`,
    /// `Terrorism Bill` and `Stop Expansion` are no one's name.
    ///
    /// Few words are asked about per article, so each is looked for with a
    /// vectorised substring search and the answer kept; an article too big
    /// for that to stay cheap (a hostile megabyte) gets one set of its
    /// lower-case words instead, so the work stays linear either way.
    fn written_lower_case(&mut self, word: &str) -> bool {
        const SEARCH_UP_TO: usize = 1 << 18;
        if !word.is_ascii() || word.is_empty() {
            return false;
        }
        let key = word_hash(word);
        if let Some(&(_, known)) = self.asked.iter().find(|(k, _)| *k == key) {
            return known;
        }
        let lower = word.to_ascii_lowercase();
        let bytes: usize = self.paragraphs.iter().map(|p| p.len()).sum();
        // Past a few dozen questions the set is cheaper than more searches.
        let found = if bytes <= SEARCH_UP_TO
            && self.asked.len() < 32
            && self.lower_case_words.is_none()
        {
            let finder = memchr::memmem::Finder::new(lower.as_bytes());
            self.paragraphs.iter().any(|p| {
                let b = p.as_bytes();
                finder.find_iter(b).any(|at| {
                    let end = at + lower.len();
                    (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                        && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
                })
            })
        } else {
            let paragraphs = &self.paragraphs;
            let set = self.lower_case_words.get_or_insert_with(|| {
                let mut set =
                    std::collections::HashSet::with_capacity_and_hasher(bytes / 12, PassThrough);
                for p in paragraphs {
                    let b = p.as_bytes();
                    let mut i = 0;
                    while i < b.len() {
                        if b[i].is_ascii_lowercase()
                            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                        {
                            let start = i;
                            while i < b.len() && b[i].is_ascii_alphanumeric() {
                                i += 1;
                            }
                            set.insert(word_hash(&p[start..i]));
                        } else {
                            i += 1;
                        }
                    }
                }
                set
            });
            set.contains(&key)
        };
        if self.asked.len() < 32 {
            self.asked.push((key, found));
        }
        found
    }

    /// The organisation entity of that name, if the article has one.
    pub fn organisation(&self, name: &str) -> Option<usize> {
        // Asked for every unresolved organisation name: lower-cased without
        // allocating.
        crate::analysis::text::with_lower_case(name, |lower| self.orgs.get(lower).copied())
    }

    /// Whether the name is one of the article's own reporters: its canonical
    /// form is a byline name, or (for a name without a given name) a byline
    /// name ends with its surname. This runs for every name in an article
    /// with a byline, so ASCII names (nearly all) are compared byte by byte
    /// instead of through lower-cased copies.
    fn is_excluded(&self, n: &NameSpan<'_>) -> bool {
        // The word before the surname in `n.canonical()`.
        let first = match (n.given, n.honorific) {
            (Some(g), _) => Some(g),
            (None, Some(h)) if n.kind == NameKind::Person => Some(h),
            _ => None,
        };
        if !n.surname.is_ascii() || !first.is_none_or(str::is_ascii) {
            let lower = n.canonical().to_lowercase();
            let surname = format!(" {}", n.surname.to_lowercase());
            return self
                .excluded
                .iter()
                .any(|e| *e == lower || (n.given.is_none() && e.ends_with(&surname)));
        }
        self.excluded.iter().any(|e| {
            let e = e.as_bytes();
            let canonical = match first {
                Some(f) => {
                    e.len() == f.len() + 1 + n.surname.len()
                        && is_ascii_lowercase_of(&e[..f.len()], f)
                        && e[f.len()] == b' '
                        && is_ascii_lowercase_of(&e[f.len() + 1..], n.surname)
                }
                None => is_ascii_lowercase_of(e, n.surname),
            };
            let ends_with_surname = || {
                e.len() > n.surname.len()
                    && e[e.len() - n.surname.len() - 1] == b' '
                    && is_ascii_lowercase_of(&e[e.len() - n.surname.len()..], n.surname)
            };
            canonical || (n.given.is_none() && ends_with_surname())
        })
    }

    /// A body the article names (`the Bank of England`), spoken or not, for
    /// [`Registry::body_of_head`].
    pub fn note_named_body(&mut self, name: &str) {
        let here = self.paragraph;
        if self
            .named_bodies
            .last()
            .is_some_and(|(b, p)| b == name && *p == here)
        {
            return;
        }
        if self.named_bodies.len() >= 16 {
            self.named_bodies.remove(0);
        }
        self.named_bodies.push((name.to_string(), here));
    }

    /// `The Bank revealed`, `the Commission said`: a body's head word alone
    /// (`head_alone` in `words.toml`) is the body with that head this
    /// article named last, as a speaker or in passing (`the Bank of
    /// England`, `the European Commission`), near enough
    /// ([`super::names::named_near`]), if any. A name's head is its last
    /// word or [`super::names::head_before_of`].
    fn body_of_head(&self, word: &str) -> Option<String> {
        static HEADS: std::sync::LazyLock<crate::analysis::text::WordSet> =
            super::words::word_set!("head_alone");
        if word.contains(' ') || !HEADS.contains(word) {
            return None;
        }
        let headed = |name: &str| {
            let last = name.rsplit(' ').next().unwrap_or("");
            name.contains(' ')
                && (last.eq_ignore_ascii_case(word)
                    || super::names::head_before_of(name)
                        .is_some_and(|h| h.eq_ignore_ascii_case(word)))
        };
        let here = self.paragraph;
        self.named_bodies
            .iter()
            .rev()
            .find(|(b, p)| super::names::named_near(*p, here) && headed(b))
            .map(|(b, _)| b.clone())
    }

    /// The entity this name refers to, creating it when the name is a full
    /// name, an honorific and surname, an organisation, or `create_bare` (a
    /// lone surname that a speech cue says speaks). Reporters in the byline
    /// are never entities.
    pub fn resolve(&mut self, n: &NameSpan<'_>, alias: &str, create_bare: bool) -> Option<usize> {
        if !self.excluded.is_empty() && self.is_excluded(n) {
            return None;
        }
        let alias = alias.trim();
        let alias = alias
            .strip_suffix("'s")
            .or_else(|| alias.strip_suffix("’s"))
            .unwrap_or(alias);
        // `Thursday`, `April`: a lone calendar or adverb word that slipped
        // through as a name is nobody.
        if n.given.is_none() && n.honorific.is_none() && is_not_name_word(n.surname) {
            return None;
        }
        // `Community Cohesion`, `Terrorism Bill`: a first word that is no
        // known given name and that the article writes in lower case too.
        if let (NameKind::Person, None, Some(g)) = (n.kind, n.honorific, n.given) {
            if !super::names::is_known_given(g) && self.written_lower_case(g) {
                return None;
            }
        }
        if n.kind == NameKind::Organisation {
            let name = self
                .body_of_head(n.surname)
                .unwrap_or_else(|| n.surname.to_string());
            let key = name.to_lowercase();
            let found = self.orgs.get(&key).copied();
            let id = found.unwrap_or_else(|| {
                self.orgs.insert(key, self.entities.len());
                self.entities.push(Entity {
                    kind: NameKind::Organisation,
                    given: None,
                    surname: name.clone(),
                    short_name: name,
                    gender: Gender::Unknown,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    spoke: false,
                    quotes: 0,
                    describes: false,
                    unnamed: false,
                });
                self.entities.len() - 1
            });
            self.entities[id].add_alias(alias);
            return Some(id);
        }
        // Same surname, and no conflicting given name or gender. The most
        // recently created match wins (a surname resolves in its article).
        let same_surname = self
            .by_surname
            .get(n.surname)
            .map_or(&[][..], |v| v.as_slice());
        let found = same_surname.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            e.kind == NameKind::Person
                && compatible(e.gender, n.gender)
                && match (&e.given, n.given) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        });
        // `Sir Digby` after `Sir Digby Jones`: a knight's title goes with the
        // given name.
        let found = found.or_else(|| {
            let knight =
                n.given.is_none() && n.honorific.is_some_and(|h| matches!(h, "Sir" | "Dame"));
            knight
                .then(|| {
                    self.entities.iter().rposition(|e| {
                        e.kind == NameKind::Person && e.given.as_deref() == Some(n.surname)
                    })
                })
                .flatten()
        });
        let id = match found {
            Some(id) => id,
            None => {
                if n.given.is_none() && n.honorific.is_none() && !create_bare {
                    return None;
                }
                self.entities.push(Entity {
                    kind: NameKind::Person,
                    given: None,
                    surname: n.surname.to_string(),
                    short_name: n.canonical(),
                    gender: Gender::Unknown,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    spoke: false,
                    quotes: 0,
                    describes: false,
                    unnamed: false,
                });
                let id = self.entities.len() - 1;
                self.by_surname
                    .entry(n.surname.to_string())
                    .or_default()
                    .push(id);
                id
            }
        };
        let e = &mut self.entities[id];
        if e.given.is_none() {
            e.given = n.given.map(str::to_string);
        }
        if e.gender == Gender::Unknown {
            e.gender = n.gender;
        }
        if n.honorific.is_some_and(|h| h.starts_with("Prof")) {
            e.add_role("professor");
        }
        e.add_alias(alias);
        Some(id)
    }
}

/// Lower-case ASCII slug: `Alan Milburn` → `alan-milburn`.
pub fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() {
        s.push_str("speaker");
    }
    s
}

/// Identity across articles: the same full name is the same person; a name
/// with no given name is known only inside its article.
fn key(article: &str, e: &Entity) -> String {
    // Built in one buffer: this runs for every entity of every article.
    let mut k = String::with_capacity(article.len() + e.surname.len() + 24);
    match (e.kind, &e.given) {
        _ if party_of(e).is_some() => {
            k.push_str("o:");
            push_lowercase(&mut k, party_of(e).unwrap_or_default());
        }
        (NameKind::Organisation, _) => {
            k.push_str("o:");
            push_body_name(&mut k, &e.surname);
        }
        _ if e.describes && e.unnamed => {
            k.push_str("d:");
            k.push_str(article);
            k.push(':');
            push_body_name(&mut k, &e.short_name);
        }
        _ if e.describes => {
            k.push_str("d:");
            push_body_name(&mut k, &e.short_name);
        }
        (NameKind::Person, None) if is_group_word(&e.surname) => {
            k.push_str("g:");
            push_lowercase(&mut k, &e.surname);
        }
        (NameKind::Person, Some(g)) => {
            k.push_str("p:");
            let g = g.to_lowercase();
            let g = words::bundled()
                .given_variants
                .get(&g)
                .map_or(&*g, |v| v.as_str());
            push_lowercase(&mut k, g);
            k.push(' ');
            push_lowercase(&mut k, &e.surname);
        }
        // `Lord Falconer`, `Sir Digby`: a peer's or knight's title with one
        // name is one person across the corpus.
        (NameKind::Person, None) if is_corpus_title(&e.short_name) => {
            k.push_str("t:");
            push_lowercase(&mut k, &peer_form(&e.short_name));
        }
        (NameKind::Person, None) => {
            k.push_str("a:");
            k.push_str(article);
            k.push(':');
            push_lowercase(&mut k, &e.short_name);
        }
    }
    k
}

/// The party an entity's name is a form of (`Tories` → `Conservative Party`).
fn party_of(e: &Entity) -> Option<&'static str> {
    if e.given.is_some() || e.describes {
        return None;
    }
    let name = e
        .short_name
        .trim_start_matches("the ")
        .trim_start_matches("The ");
    words::bundled()
        .parties
        .get(&name.to_lowercase())
        .map(String::as_str)
}

/// A titled name as spoken: a baron is `Lord` (`Baron Kinnock` is `Lord
/// Kinnock`), so both forms are one key and one alias.
fn peer_form(name: &str) -> std::borrow::Cow<'_, str> {
    match name.strip_prefix("Baron ") {
        Some(rest) => format!("Lord {rest}").into(),
        None => name.into(),
    }
}

/// Titles that, with one name, say who someone is wherever they appear.
const CORPUS_TITLES: &[&str] = &[
    "Lord",
    "Baron",
    "Lady",
    "Baroness",
    "Sir",
    "Dame",
    "Archbishop",
    "Cardinal",
];

fn is_corpus_title(short_name: &str) -> bool {
    short_name
        .split_once(' ')
        .is_some_and(|(t, _)| CORPUS_TITLES.contains(&t))
}

/// Append a body's name (or a description, which names one: `Downing St
/// spokesman`) to a key, lower case, with each abbreviated word after the
/// first written in full (`body_word` in `words.toml`): one key for every
/// way of writing it.
fn push_body_name(out: &mut String, name: &str) {
    let full = &words::bundled().body_words;
    for (i, word) in name.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let expanded = (i > 0)
            .then(|| crate::analysis::text::with_lower_case(word, |l| full.get(l)))
            .flatten();
        push_lowercase(out, expanded.map_or(word, String::as_str));
    }
}

/// Append `s.to_lowercase()` to `out`, without the temporary for ASCII text
/// (where the two agree byte for byte).
fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// One person (or organisation) across the corpus, by identity [`key`]:
/// everything the articles say of them, whether or not they ever speak.
#[derive(Debug, Default)]
struct Record {
    /// The first entity with this key that spoke (article, entity): that is
    /// where the speaker's name comes from, and what orders the speakers.
    first_spoke: Option<(usize, usize)>,
    name: String,
    kind: SpeakerKind,
    /// As first seen, spoken or not: what a merged form takes its name from.
    seen_name: String,
    surname: String,
    gender: Gender,
    /// Full name known (`p:` key).
    full: bool,
    articles: Vec<SharedStr>,
    roles: Vec<String>,
    aliases: Vec<String>,
    quote_count: usize,
    /// For each alias, the rule that joined it (a record is kept for every
    /// name in the corpus, so the rule is a static name, not a string).
    alias_rules: Vec<&'static str>,
}

impl Record {
    /// Add an alias joined by `rule`, unless it is there already.
    fn add_alias(&mut self, alias: &str, rule: &'static str) {
        if !self.aliases.iter().any(|x| x == alias) {
            self.aliases.push(alias.to_string());
            self.alias_rules.push(rule);
        }
    }
}

/// Whether `role` (as written: `UK Prime Minister`) is `office` (`prime
/// minister`), perhaps with a qualifier that does not make it another office
/// (`deputy prime minister` is another).
pub(super) fn holds_office(role: &str, office: &str) -> bool {
    let role = role.to_lowercase();
    match role.strip_suffix(office) {
        Some(extra) => {
            let extra = extra.trim_end();
            // The office starts a word (`vice-chancellor` is not `chancellor`).
            let at_word = extra.is_empty() || role.as_bytes().get(extra.len()) == Some(&b' ');
            let last = extra.rsplit([' ', '-']).next().unwrap_or("");
            !office.is_empty()
                && at_word
                && ![
                    "deputy",
                    "shadow",
                    "former",
                    "vice",
                    "assistant",
                    "junior",
                    "ex",
                ]
                .contains(&last)
        }
        None => false,
    }
}

/// The rule by which an alias of `e` is the entity `e` is (see
/// [`IdentityDecision`]).
fn alias_rule(e: &Entity, alias: &str) -> &'static str {
    if party_of(e).is_some() {
        return "party-form";
    }
    match (e.kind, &e.given) {
        (NameKind::Person, Some(g)) if !alias.contains(g.as_str()) => "surname-in-article",
        (NameKind::Person, None) if is_corpus_title(&e.short_name) => "titled-form",
        _ => "same-name",
    }
}

/// Cross-article unification, fed one article at a time in corpus order, so
/// that a big corpus never holds every article's entities at once (only one
/// record per identity, whether or not they ever speak).
///
/// Those who speak somewhere become speakers, in order of first speaking;
/// people merely named join a speaker's entry (articles, roles, aliases) when
/// they are the same person, wherever in the corpus that person speaks. Every
/// key is recorded as it comes (a name in article 5 may belong to someone who
/// only speaks in article 9,000) and keys that never speak are dropped at the
/// end. Records are merged in article order, so the result does not depend on
/// how many articles are analysed at a time.
#[derive(Debug, Default)]
pub struct Unifier {
    by_key: HashMap<String, usize>,
    records: Vec<Record>,
    articles_seen: usize,
}

impl Unifier {
    /// Corpus-wide identity for forms no article completed (`Mr Blair`,
    /// `Flynn`, written so in an article that never gives the full name):
    /// the one full-named person of that surname, title and gender the corpus
    /// knows, or the one who is named in at least three times as many
    /// articles as any other; failing that, one entry per form. Returns, per
    /// record, the record it was merged into.
    fn merge_short_forms(&mut self) -> Vec<Option<(usize, &'static str)>> {
        let mut keys: Vec<(&str, usize)> =
            self.by_key.iter().map(|(k, &r)| (k.as_str(), r)).collect();
        keys.sort_unstable_by_key(|&(_, r)| r);
        let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
        for &(_, r) in &keys {
            if self.records[r].full {
                by_surname
                    .entry(self.records[r].surname.as_str())
                    .or_default()
                    .push(r);
            }
        }
        let mut into: Vec<Option<(usize, &'static str)>> = vec![None; self.records.len()];
        let mut by_form: HashMap<String, usize> = HashMap::new();
        for &(k, r) in &keys {
            if !k.starts_with("a:") {
                continue;
            }
            let rec = &self.records[r];
            let title = rec.seen_name.split_once(' ').map(|(t, _)| t);
            let fits = |c: &Record| {
                compatible(c.gender, rec.gender)
                    // A `Mr` is not a peer or knight.
                    && !(title.is_some() && CORPUS_TITLES.iter().any(|t| c.seen_name.starts_with(t)))
            };
            let mut candidates: Vec<usize> =
                by_surname
                    .get(rec.surname.as_str())
                    .map_or(Vec::new(), |v| {
                        v.iter()
                            .copied()
                            .filter(|&c| fits(&self.records[c]))
                            .collect()
                    });
            candidates.sort_unstable_by_key(|&c| std::cmp::Reverse(self.records[c].articles.len()));
            let target = match candidates.as_slice() {
                [one] => Some((*one, "one-person-with-surname")),
                [a, b, ..]
                    if self.records[*a].articles.len() >= 3 * self.records[*b].articles.len() =>
                {
                    Some((*a, "dominant-person-with-surname"))
                }
                [] => {
                    let form = rec.seen_name.to_lowercase();
                    match by_form.get(&form) {
                        Some(&first) => Some((first, "same-form")),
                        None => {
                            by_form.insert(form, r);
                            None
                        }
                    }
                }
                _ => None,
            };
            if let Some(t) = target {
                into[r] = Some(t);
            }
        }
        // `Lord Kinnock` in an article that never gives his name: the one
        // full-named person some article called so (`Former Labour leader
        // Neil Kinnock … Lord Kinnock`), compared as keys (`Baron Kinnock`
        // is `Lord Kinnock`). Named in full in two articles at least: one
        // article's `Nick Hurd, the son of Lord Hurd` is not enough to make
        // every `Lord Hurd` in the corpus Nick Hurd.
        for &(k, r) in &keys {
            let Some(form) = k.strip_prefix("t:") else {
                continue;
            };
            let called: Vec<usize> = by_surname
                .get(self.records[r].surname.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&c| {
                    let full = &self.records[c];
                    full.articles.len() >= 2
                        && full
                            .aliases
                            .iter()
                            .any(|a| peer_form(a).eq_ignore_ascii_case(form))
                })
                .collect();
            if let [one] = called.as_slice() {
                into[r] = Some((*one, "titled-alias"));
            }
        }
        // `the prime minister` where no article said who: the person the
        // corpus gives that office, when one clearly holds it.
        for &(k, r) in &keys {
            let Some(office) = k.strip_prefix("d:") else {
                continue;
            };
            if !super::names::is_office(office) {
                continue;
            }
            let mut holders: Vec<usize> = self
                .records
                .iter()
                .enumerate()
                .filter(|(_, c)| c.full && c.roles.iter().any(|role| holds_office(role, office)))
                .map(|(i, _)| i)
                .collect();
            holders.sort_unstable_by_key(|&c| std::cmp::Reverse(self.records[c].articles.len()));
            let target = match holders.as_slice() {
                [one] => Some(*one),
                [a, b, ..]
                    if self.records[*a].articles.len() >= 3 * self.records[*b].articles.len() =>
                {
                    Some(*a)
                }
                _ => None,
            };
            if let Some(t) = target {
                into[r] = Some((t, "corpus-office"));
            }
        }
        // `the NAO`, in an article that also names the National Audit Office:
        // a body's initials are that body, when exactly one organisation
        // named beside them has them. (Initials alone are not enough: `GM` in
        // a car maker's article is not the Group Menatep of a bank's.)
        let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
        for &(k, r) in &keys {
            if k.starts_with("o:") && into[r].is_none() {
                if let Some(i) = super::names::initials(&self.records[r].seen_name) {
                    by_initials.entry(i).or_default().push(r);
                }
            }
        }
        for &(k, r) in &keys {
            let name = &self.records[r].seen_name;
            if !k.starts_with("o:") || into[r].is_some() || !super::names::is_body_acronym(name) {
                continue;
            }
            let Some(bodies) = by_initials.get(name.as_str()) else {
                continue;
            };
            let beside: Vec<usize> = bodies
                .iter()
                .copied()
                .filter(|&b| {
                    self.records[b]
                        .articles
                        .iter()
                        .any(|a| self.records[r].articles.contains(a))
                })
                .collect();
            if let [one] = beside.as_slice() {
                into[r] = Some((*one, "acronym"));
            }
        }
        for (r, &t) in into.iter().enumerate() {
            let Some((t, rule)) = t else { continue };
            let from = std::mem::take(&mut self.records[r]);
            let to = &mut self.records[t];
            if from.first_spoke.is_some()
                && (to.first_spoke.is_none() || from.first_spoke < to.first_spoke)
            {
                to.first_spoke = from.first_spoke;
                if to.name.is_empty() {
                    to.name = to.seen_name.clone();
                    // (A body's initials join a body; every other form a person.)
                    to.kind = if from.kind == SpeakerKind::Organisation {
                        SpeakerKind::Organisation
                    } else {
                        SpeakerKind::Person
                    };
                }
            }
            for a in from.articles {
                if !to.articles.contains(&a) {
                    to.articles.push(a);
                }
            }
            for role in &from.roles {
                merge_role(&mut to.roles, role);
            }
            // The forms of the record merged in were joined by this rule.
            for al in &from.aliases {
                to.add_alias(al, rule);
            }
            to.quote_count += from.quote_count;
        }
        into
    }

    /// Add the next article's entities; returns, per entity that spoke, its
    /// record (to pass through [`Unifier::finish`]'s map).
    pub fn add(&mut self, article: &SharedStr, entities: &[Entity]) -> Vec<Option<usize>> {
        let ai = self.articles_seen;
        self.articles_seen += 1;
        let mut map = Vec::with_capacity(entities.len());
        for (ei, e) in entities.iter().enumerate() {
            let records = &mut self.records;
            let ri = *self.by_key.entry(key(article, e)).or_insert_with(|| {
                records.push(Record::default());
                records.len() - 1
            });
            let r = &mut self.records[ri];
            if r.seen_name.is_empty() {
                r.seen_name = party_of(e).map_or_else(|| e.name(), str::to_string);
                r.surname = e.surname.to_lowercase();
                r.full = e.kind == NameKind::Person && e.given.is_some() && !e.describes;
            }
            if r.gender == Gender::Unknown {
                r.gender = e.gender;
            }
            if e.spoke && r.first_spoke.is_none() {
                r.first_spoke = Some((ai, ei));
                r.name = party_of(e).map_or_else(|| e.name(), str::to_string);
                r.kind = match e.kind {
                    _ if party_of(e).is_some() => SpeakerKind::Organisation,
                    _ if e.describes => SpeakerKind::Description,
                    NameKind::Person if is_group_word(&e.surname) => SpeakerKind::Group,
                    NameKind::Person => SpeakerKind::Person,
                    NameKind::Organisation => SpeakerKind::Organisation,
                };
            }
            // Articles are visited in order, so a repeat can only be the last.
            if r.articles.last() != Some(article) {
                r.articles.push(article.clone());
            }
            for role in &e.roles {
                merge_role(&mut r.roles, role);
            }
            for al in &e.aliases {
                r.add_alias(al, alias_rule(e, al));
            }
            if e.spoke {
                r.quote_count += e.quotes;
            }
            map.push(e.spoke.then_some(ri));
        }
        map
    }

    /// The speakers, in order of first speaking, with unique slugs; and for
    /// each record, its speaker (`None` for those who never spoke).
    pub fn finish(mut self) -> (Vec<Speaker>, Vec<Option<usize>>) {
        let into = self.merge_short_forms();
        let mut spoke: Vec<usize> = (0..self.records.len())
            .filter(|&r| self.records[r].first_spoke.is_some())
            .collect();
        spoke.sort_unstable_by_key(|&r| self.records[r].first_spoke);
        let mut to_speaker = vec![None; self.records.len()];
        for (si, &r) in spoke.iter().enumerate() {
            to_speaker[r] = Some(si);
        }
        for (r, target) in into.iter().enumerate() {
            if let Some((t, _)) = target {
                to_speaker[r] = to_speaker[*t];
            }
        }
        let mut records: Vec<Option<Record>> = self.records.into_iter().map(Some).collect();
        let mut used: HashMap<String, usize> = HashMap::new();
        let speakers = spoke
            .iter()
            .filter_map(|&r| records[r].take())
            .map(|r| {
                let base = slug(&r.name);
                let n = used.entry(base.clone()).or_insert(0);
                *n += 1;
                let id = if *n == 1 { base } else { format!("{base}-{n}") };
                let name = r.name;
                let identity = r
                    .aliases
                    .iter()
                    .zip(&r.alias_rules)
                    .filter(|(form, _)| **form != name)
                    .map(|(form, &rule)| {
                        // `Vince Cable` under `Vincent Cable`: one key
                        // through the given-name table.
                        let variant = r.kind == SpeakerKind::Person
                            && rule == "same-name"
                            && form.split(' ').count() >= 2
                            && form.split(' ').next() != name.split(' ').next();
                        IdentityDecision {
                            form: form.clone(),
                            rule: if variant { "given-name-variant" } else { rule }.to_string(),
                        }
                    })
                    .collect();
                Speaker {
                    id: id.into(),
                    name: name.clone(),
                    kind: r.kind,
                    aliases: r.aliases,
                    roles: r.roles,
                    articles: r.articles,
                    quote_count: r.quote_count,
                    identity,
                    ..Default::default()
                }
            })
            .collect();
        (speakers, to_speaker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One article's people, ready to unify.
    #[derive(Debug, Clone)]
    struct ArticleEntities {
        article: SharedStr,
        entities: Vec<Entity>,
    }

    /// Unify the people of every article (see [`Unifier`]): the corpus's speakers,
    /// and per article, per entity, its speaker.
    fn unify(articles: &[ArticleEntities]) -> (Vec<Speaker>, Vec<Vec<Option<usize>>>) {
        let mut unifier = Unifier::default();
        let maps: Vec<_> = articles
            .iter()
            .map(|a| unifier.add(&a.article, &a.entities))
            .collect();
        let (speakers, to_speaker) = unifier.finish();
        let maps = maps
            .into_iter()
            .map(|m| m.iter().map(|r| r.and_then(|r| to_speaker[r])).collect())
            .collect();
        (speakers, maps)
    }

    fn person<'t>(
        given: Option<&'t str>,
        surname: &'t str,
        honorific: Option<&'t str>,
    ) -> NameSpan<'t> {
        NameSpan {
            start: 0,
            end: 0,
            kind: NameKind::Person,
            honorific,
            given,
            surname,
            gender: if honorific == Some("Mr") {
                Gender::Male
            } else {
                Gender::Unknown
            },
        }
    }

    #[test]
    fn one_person_under_all_their_names() {
        let mut r = Registry::new(&["Lyn Whitfield".into()], None);
        let a = r.resolve(
            &person(Some("Alan"), "Milburn", None),
            "Alan Milburn",
            false,
        );
        let b = r.resolve(&person(None, "Milburn", Some("Mr")), "Mr Milburn", false);
        assert_eq!(a, b);
        assert_eq!(r.entities[0].aliases, ["Alan Milburn", "Mr Milburn"]);
        assert_eq!(
            r.resolve(
                &person(Some("Lyn"), "Whitfield", None),
                "Lyn Whitfield",
                true
            ),
            None
        );
    }

    #[test]
    fn shared_surnames_stay_apart_across_articles() {
        let mut brian = Registry::new(&[], None);
        brian.resolve(
            &person(Some("Brian"), "Edwards", Some("Professor")),
            "Professor Brian Edwards",
            false,
        );
        let mut nigel = Registry::new(&[], None);
        nigel.resolve(
            &person(Some("Nigel"), "Edwards", None),
            "Nigel Edwards",
            false,
        );
        let mut arts = vec![
            ArticleEntities {
                article: "a".into(),
                entities: brian.entities,
            },
            ArticleEntities {
                article: "b".into(),
                entities: nigel.entities,
            },
        ];
        for a in &mut arts {
            a.entities[0].spoke = true;
        }
        let (speakers, _) = unify(&arts);
        let ids: Vec<&str> = speakers.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["brian-edwards", "nigel-edwards"]);
        assert_eq!(speakers[0].roles, ["professor"]);
    }

    /// Feeding articles one at a time gives what a whole-corpus merge would:
    /// someone named (with a role) before they first speak gets that role and
    /// article; people never heard are not speakers; speakers come in order
    /// of first speaking, and only speaking entities map to a speaker.
    #[test]
    fn unifying_article_by_article_keeps_what_came_before_the_first_quote() {
        let entities = |people: &[(&str, &str, &str, bool)]| {
            let mut r = Registry::new(&[], None);
            for &(given, surname, role, spoke) in people {
                let alias = format!("{given} {surname}");
                let e = r.resolve(&person(Some(given), surname, None), &alias, false);
                let e = &mut r.entities[e.unwrap()];
                e.add_role(role);
                e.spoke = spoke;
                e.quotes = usize::from(spoke);
            }
            r.entities
        };
        let articles = [
            // Thornton only named here, with a role; Black never speaks.
            entities(&[
                (
                    "Stephen",
                    "Thornton",
                    "NHS Confederation chief executive",
                    false,
                ),
                ("Steve", "Black", "Downing Street adviser", false),
            ]),
            entities(&[("Alan", "Milburn", "health secretary", true)]),
            entities(&[
                ("Stephen", "Thornton", "chief executive", true),
                ("Alan", "Milburn", "", false),
            ]),
        ];
        let mut unifier = Unifier::default();
        let maps: Vec<_> = articles
            .iter()
            .enumerate()
            .map(|(i, e)| unifier.add(&SharedStr::from(format!("a{i}")), e))
            .collect();
        let (speakers, to_speaker) = unifier.finish();
        let ids: Vec<&str> = speakers.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["alan-milburn", "stephen-thornton"],
            "first to speak first"
        );
        let thornton = &speakers[1];
        assert_eq!(thornton.articles, ["a0", "a2"]);
        assert_eq!(thornton.roles, ["NHS Confederation chief executive"]);
        assert_eq!(thornton.quote_count, 1);
        assert_eq!(speakers[0].articles, ["a1", "a2"]);
        let speaker_of =
            |article: usize, entity: usize| maps[article][entity].and_then(|r| to_speaker[r]);
        assert_eq!(speaker_of(0, 0), None, "named, not speaking: no mention");
        assert_eq!(speaker_of(0, 1), None);
        assert_eq!(speaker_of(1, 0), Some(0));
        assert_eq!(speaker_of(2, 0), Some(1));
        // The same through the whole-corpus entry point.
        let whole: Vec<ArticleEntities> = articles
            .iter()
            .enumerate()
            .map(|(i, e)| ArticleEntities {
                article: format!("a{i}").into(),
                entities: e.clone(),
            })
            .collect();
        let (again, maps_again) = unify(&whole);
        assert_eq!(again, speakers);
        assert_eq!(maps_again[2], [Some(1), None]);
    }

    /// One article's speakers, each `(given, surname, honorific)`, all spoke.
    fn spoken(people: &[(Option<&str>, &str, Option<&str>)]) -> Vec<Entity> {
        let mut r = Registry::new(&[], None);
        for &(given, surname, honorific) in people {
            let n = person(given, surname, honorific);
            let e = r.resolve(&n, &n.canonical(), true).unwrap();
            r.entities[e].spoke = true;
            r.entities[e].quotes += 1;
        }
        r.entities
    }

    fn ids_by_article(articles: Vec<Vec<Entity>>) -> (Vec<String>, Vec<Vec<Option<usize>>>) {
        let arts: Vec<ArticleEntities> = articles
            .into_iter()
            .enumerate()
            .map(|(i, entities)| ArticleEntities {
                article: format!("{i:03}").into(),
                entities,
            })
            .collect();
        let (speakers, maps) = unify(&arts);
        (speakers.iter().map(|s| s.name.clone()).collect(), maps)
    }

    /// BBC politics: `Mr Blair` in an article that never says `Tony` is
    /// still Tony Blair; `Lord Falconer` is one peer in every article;
    /// `Vince Cable` is `Vincent Cable`.
    #[test]
    fn short_forms_join_the_one_full_name_they_belong_to() {
        let (names, maps) = ids_by_article(vec![
            spoken(&[
                (Some("Tony"), "Blair", None),
                (None, "Falconer", Some("Lord")),
            ]),
            spoken(&[
                (None, "Blair", Some("Mr")),
                (Some("Vincent"), "Cable", None),
            ]),
            spoken(&[
                (None, "Falconer", Some("Lord")),
                (Some("Vince"), "Cable", None),
            ]),
        ]);
        assert_eq!(names, ["Tony Blair", "Lord Falconer", "Vincent Cable"]);
        assert_eq!(maps[1][0], maps[0][0], "Mr Blair is Tony Blair");
        assert_eq!(maps[2][0], maps[0][1], "one Lord Falconer");
        assert_eq!(maps[2][1], maps[1][1], "Vince is Vincent");
    }

    /// BBC politics 289, 163 and 295: `Former Labour leader Neil Kinnock …
    /// Baron Kinnock of Bedwellty … Lord Kinnock` in one article makes
    /// `Lord Kinnock` elsewhere Neil Kinnock; a peer no article names in
    /// full (`Lord Falconer`) stays one entry of his own.
    #[test]
    fn a_peer_is_the_full_name_an_article_gave_him() {
        let (names, maps) = ids_by_article(vec![
            spoken(&[(Some("Neil"), "Kinnock", None)]),
            spoken(&[
                (Some("Neil"), "Kinnock", None),
                (None, "Kinnock", Some("Baron")),
                (None, "Kinnock", Some("Lord")),
            ]),
            spoken(&[(None, "Kinnock", Some("Lord"))]),
            spoken(&[(None, "Falconer", Some("Lord"))]),
        ]);
        assert_eq!(names, ["Neil Kinnock", "Lord Falconer"]);
        assert_eq!(maps[1][0], maps[0][0]);
        assert_eq!(maps[2][0], maps[0][0], "Lord Kinnock is Neil Kinnock");
        assert_ne!(maps[3][0], maps[0][0]);
        // Whichever form comes first (`Baron Kinnock` before `Lord
        // Kinnock`), both are his.
        let (names, _) = ids_by_article(vec![
            spoken(&[(Some("Neil"), "Kinnock", None)]),
            spoken(&[
                (Some("Neil"), "Kinnock", None),
                (None, "Kinnock", Some("Lord")),
            ]),
            spoken(&[(None, "Kinnock", Some("Baron"))]),
            spoken(&[(None, "Kinnock", Some("Lord"))]),
        ]);
        assert_eq!(names, ["Neil Kinnock"]);
        // One article that joins a son to his father's title is not enough.
        let (names, _) = ids_by_article(vec![
            spoken(&[(Some("Nick"), "Hurd", None), (None, "Hurd", Some("Lord"))]),
            spoken(&[(None, "Hurd", Some("Lord"))]),
        ]);
        assert_eq!(names, ["Nick Hurd", "Lord Hurd"]);
    }

    /// Two full names share the surname and neither dominates: `Mr Brown`
    /// stays apart rather than join the wrong Brown.
    #[test]
    fn a_short_form_with_two_candidates_stays_apart() {
        let (names, maps) = ids_by_article(vec![
            spoken(&[(Some("Gordon"), "Brown", None)]),
            spoken(&[(Some("Nick"), "Brown", None)]),
            spoken(&[(None, "Brown", Some("Mr"))]),
        ]);
        assert_eq!(names.len(), 3, "{names:?}");
        assert_ne!(maps[2][0], maps[0][0]);
        assert_ne!(maps[2][0], maps[1][0]);
    }

    #[test]
    fn an_abbreviated_word_of_a_body_keys_as_the_word_in_full() {
        let key_of = |name: &str| {
            let mut k = String::new();
            push_body_name(&mut k, name);
            k
        };
        assert_eq!(key_of("Downing St"), key_of("Downing Street"));
        assert_eq!(key_of("Downing St spokesman"), "downing street spokesman");
        // Only after the first word: `St Helens` is a saint's town.
        assert_eq!(key_of("St Helens Council"), "st helens council");
    }

    /// A lone weekday or month that reached the registry is nobody.
    #[test]
    fn calendar_words_are_nobody() {
        let mut r = Registry::new(&[], None);
        assert_eq!(
            r.resolve(&person(None, "Thursday", None), "Thursday", true),
            None
        );
        assert_eq!(r.resolve(&person(None, "April", None), "April", true), None);
        assert!(r
            .resolve(&person(None, "Blair", Some("Mr")), "Mr Blair", true)
            .is_some());
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Alan Milburn"), "alan-milburn");
        assert_eq!(
            slug("British Medical Association"),
            "british-medical-association"
        );
        assert_eq!(slug("Mr O'Brien"), "mr-o-brien");
    }
}
