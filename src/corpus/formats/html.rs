//! A saved web page → its article: the main text and what the page says about
//! it (title, date, authors, publication).
//!
//! Parsing is html5ever's (through `scraper`), so entities, broken markup and
//! `<script>`/`<style>` are handled as a browser would. Finding the article in
//! the page is readability's idea, kept small: every paragraph scores its
//! parent and (less) its grandparents, the best-scoring element is the
//! article, and its block elements, in order, are the paragraphs. Navigation,
//! asides, share bars, cookie banners, related links and comments are dropped
//! by tag, ARIA role and class/id words, and link-only lines by their link
//! density. Metadata is read in order of reliability: JSON-LD `NewsArticle`,
//! then `og:`/`article:` meta tags, then `<time datetime>`, then the visible
//! byline and dateline ([`super::byline`]).

use super::super::date::{parse_date, DateError, PartialDate};
use crate::corpus::decode::normalise;
use crate::corpus::meta::date_problem;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::HashMap;

/// What a page says about its article, and the article's paragraphs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    /// Each author or reporter, one name each.
    pub authors: Vec<String>,
    /// The publication (`og:site_name`, JSON-LD `publisher`).
    pub source: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
    /// Dates the page gave that do not exist, as warnings without the file.
    pub warnings: Vec<String>,
}

/// Tags whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "math", "nav", "aside", "footer",
    "form", "button", "select", "textarea", "input", "figure", "object", "embed", "video", "audio",
    "canvas", "dialog", "menu", "head", "title",
];

/// Words in a class or id that mark page furniture rather than the article.
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "popular",
    "trending",
    "mostread",
    "outbrain",
    "taboola",
    "comment",
    "comments",
    "disqus",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "masthead",
    "popup",
    "modal",
    "overlay",
    "banner",
    "toolbar",
    "pagination",
    "tags",
    "skiplink",
    "print",
];

/// Parts of class or id words that mark furniture inside compounds
/// (`jp-relatedposts`, `sharedaddy`, `commentlist`).
const BOILERPLATE_PARTS: &[&str] = &[
    "related",
    "share",
    "social",
    "comment",
    "cookie",
    "advert",
    "newsletter",
    "promo",
    "sponsor",
    "sidebar",
    "breadcrumb",
    "outbrain",
    "taboola",
    "disqus",
    "subscribe",
];

/// Words in a class or id that mark the article's text.
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "story", "main", "post", "entry", "text", "column",
];

/// Words that mark the article's own furniture: left out of the body but
/// read for metadata (the byline, the dateline).
const FURNITURE_WORDS: &[&str] = &["byline", "author", "dateline", "timestamp", "caption"];

/// ARIA roles of page furniture.
const BOILERPLATE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
];

/// Elements whose content flows inside a paragraph.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    "ins", "del", "img", "label", "br",
];

/// Whole lines that are page furniture wherever they stand.
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "share this article",
    "share this page",
    "share",
    "related topics",
    "related content",
    "more on this story",
    "read more",
    "image caption",
    "media caption",
    "image source",
    "skip to content",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Content,
    /// Byline, dateline: not body, but read for metadata.
    Furniture,
    /// Navigation, adverts, cookie banners: nothing read from it.
    Boilerplate,
}

fn kind_of(el: &scraper::node::Element) -> Kind {
    let name = el.name();
    if matches!(name, "html" | "body") {
        return Kind::Content;
    }
    if SKIP_TAGS.contains(&name) {
        return Kind::Boilerplate;
    }
    if el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el
            .attr("style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"))
    {
        return Kind::Boilerplate;
    }
    if let Some(role) = el.attr("role") {
        if BOILERPLATE_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()) {
            return Kind::Boilerplate;
        }
    }
    // The article's own containers are never dropped for a word in their
    // class (`<main class="js-social-anchor">`), and a word of content
    // (`story-body`, `post-content`) outweighs a word of furniture in the same
    // class, as readability's "maybe a candidate" list does.
    let container = matches!(name, "main" | "article")
        || el.attr("role") == Some("main")
        || el.attr("itemprop") == Some("articleBody");
    let mut kind = if matches!(name, "header" | "h1") {
        Kind::Furniture
    } else {
        Kind::Content
    };
    let mut boilerplate = false;
    let mut content = false;
    let mut furniture = false;
    for attr in [el.attr("class"), el.id()].into_iter().flatten() {
        for word in attr
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let w = word.to_ascii_lowercase();
            boilerplate |= BOILERPLATE_WORDS.contains(&w.as_str())
                || BOILERPLATE_PARTS.iter().any(|p| w.contains(p));
            content |= CONTENT_WORDS.contains(&w.as_str());
            furniture |= FURNITURE_WORDS.contains(&w.as_str());
        }
    }
    if boilerplate && !content && !container {
        return Kind::Boilerplate;
    }
    // `<article class="entry author-sarah">` is the article, not its byline.
    if furniture && !content && !container {
        kind = Kind::Furniture;
    }
    if el.attr("rel") == Some("author") || el.attr("itemprop") == Some("author") {
        kind = Kind::Furniture;
    }
    kind
}

/// Extract the article from a page's HTML.
pub fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let root = doc.tree.root();
    let mut pass = FirstPass::default();
    pass.run(root);
    let mut out = Extracted::default();
    let ld = pass.json_ld.iter().find_map(|s| json_ld_article(s));

    // Title: JSON-LD, og:title, the first <h1>, <title>.
    out.title = ld
        .as_ref()
        .and_then(|l| l.headline.clone())
        .or_else(|| pass.meta("og:title"))
        .or_else(|| pass.meta("twitter:title"))
        .or(pass.h1.clone())
        .or_else(|| {
            pass.title
                .as_deref()
                .map(|t| without_site_name(&plain(t), &pass))
        })
        .map(|t| plain(&t))
        .filter(|t| !t.is_empty());

    // Date: JSON-LD, meta tags, <time datetime>, in that order.
    let mut candidates: Vec<String> = Vec::new();
    if let Some(l) = &ld {
        candidates.extend(l.date.clone());
    }
    for key in [
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
    ] {
        candidates.extend(pass.meta(key));
    }
    candidates.extend(pass.times.iter().cloned());
    let mut impossible = None;
    for c in &candidates {
        match parse_date(c) {
            Ok(d) => {
                out.date = Some(d);
                break;
            }
            Err(DateError::Impossible) if impossible.is_none() => {
                impossible = Some(date_problem(c, DateError::Impossible))
            }
            Err(_) => {}
        }
    }
    // Else the date printed in the visible byline (`Alice Brown, 3 June 2003`).
    if out.date.is_none() {
        out.date = pass.byline.as_deref().and_then(|b| {
            super::byline::byline_line(b)
                .and_then(|s| s.date)
                .or_else(|| super::byline::date_line(b))
        });
    }
    if out.date.is_none() {
        out.warnings.extend(impossible);
    }

    // Authors: JSON-LD, meta tags, the visible byline.
    let authors = ld
        .as_ref()
        .map(|l| l.authors.clone())
        .filter(|a| !a.is_empty())
        .or_else(|| {
            [
                "author",
                "article:author",
                "byl",
                "parsely-author",
                "sailthru.author",
                "dc.creator",
            ]
            .iter()
            .filter_map(|k| pass.meta(k))
            .find(|v| !v.starts_with("http"))
            .map(|v| vec![v])
        })
        .or_else(|| pass.byline.clone().map(|b| vec![b]))
        .unwrap_or_default();
    out.authors = authors.iter().flat_map(|a| split_names(a)).collect();
    out.authors.dedup();

    out.source = ld
        .as_ref()
        .and_then(|l| l.publisher.clone())
        .or_else(|| pass.meta("og:site_name"))
        .or_else(|| pass.meta("application-name"))
        .map(|s| plain(&s))
        .filter(|s| !s.is_empty());
    out.url = ld
        .as_ref()
        .and_then(|l| l.url.clone())
        .or_else(|| pass.meta("og:url"))
        .or(pass.canonical.clone());

    // The article: the best-scoring element, or the body.
    let best = pass
        .scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(id, _)| *id);
    let start = best
        .and_then(|id| doc.tree.get(id))
        .or(pass.body.and_then(|id| doc.tree.get(id)))
        .unwrap_or(root);
    // The article is often split among siblings (text blocks between
    // adverts): those that score a fifth of the best, or are a long
    // paragraph themselves, belong to it too.
    let top = best
        .and_then(|id| pass.scores.get(&id))
        .copied()
        .unwrap_or(0.0);
    let start_family = family(start).filter(|(_, class)| class.is_some());
    let parts: Vec<NodeRef<'_, Node>> = match start.parent().filter(|_| best.is_some()) {
        Some(parent) => {
            // One level up too: `story-body-1` and `story-body-2` may each
            // sit in their own `story-body-supplemental`, beside asides.
            let parent_family = family(parent).filter(|(_, class)| class.is_some());
            match parent
                .parent()
                .filter(|_| parent_family.is_some() && start_family.is_some())
            {
                Some(grand) => grand
                    .children()
                    .flat_map(|uncle| {
                        if uncle.id() == parent.id() {
                            siblings(parent, start, &pass.scores, top, &start_family)
                        } else if family(uncle) == parent_family {
                            uncle
                                .children()
                                .filter(|c| {
                                    family(*c) == start_family
                                        && pass.scores.get(&c.id()).is_some_and(|s| *s > 0.0)
                                })
                                .collect()
                        } else {
                            Vec::new()
                        }
                    })
                    .collect(),
                None => siblings(parent, start, &pass.scores, top, &start_family),
            }
        }
        None => vec![start],
    };
    out.paragraphs = parts.into_iter().flat_map(paragraphs).collect();
    if out.paragraphs.is_empty() {
        if let Some(body) = ld.and_then(|l| l.body) {
            out.paragraphs = body
                .split("\n\n")
                .map(clean)
                .filter(|p| !p.is_empty())
                .collect();
        }
    }
    // A byline or dateline heading the text is metadata, not a paragraph.
    let heading = super::byline::take_from_top(&mut out.paragraphs);
    out.date = out.date.or(heading.date);
    if out.authors.is_empty() {
        out.authors = heading.authors;
    }
    // A page often repeats its title as the first line of the article.
    if out.title.is_some() && out.paragraphs.first() == out.title.as_ref() {
        out.paragraphs.remove(0);
    }
    out
}

/// An element's tag and first class: `story-body-1` and `story-body-2` are
/// both `("div", "story-body")`.
type Family = Option<(String, Option<String>)>;

fn family(n: NodeRef<'_, Node>) -> Family {
    n.value().as_element().map(|e| {
        let first_class = e.attr("class").and_then(|c| c.split_whitespace().next());
        (e.name().to_string(), first_class.map(str::to_string))
    })
}

/// The children of `parent` that belong to the article whose best block is
/// `start` (scoring `top`): it, blocks scoring a fifth as well, blocks of its
/// family with any score, and long paragraphs standing alone.
fn siblings<'a>(
    parent: NodeRef<'a, Node>,
    start: NodeRef<'a, Node>,
    scores: &HashMap<NodeId, f32>,
    top: f32,
    start_family: &Family,
) -> Vec<NodeRef<'a, Node>> {
    parent
        .children()
        .filter(|c| {
            let score = scores.get(&c.id()).copied().unwrap_or(0.0);
            c.id() == start.id()
                || score >= top * 0.2
                || (score > 0.0 && start_family.is_some() && family(*c) == *start_family)
                || c.value().as_element().is_some_and(|e| {
                    e.name() == "p"
                        && kind_of(e) == Kind::Content
                        && clean(&text_of(*c)).len() >= 80
                })
        })
        .collect()
}

/// A `<title>` without the site's name after a separator (`Trust failed to
/// act | BBC News`), when the page names its site; otherwise as it is.
fn without_site_name(title: &str, pass: &FirstPass) -> String {
    let sites: Vec<String> = ["og:site_name", "application-name"]
        .iter()
        .filter_map(|k| pass.meta(k))
        .map(|s| clean(&s).to_lowercase())
        .collect();
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if !head.trim().is_empty() && sites.contains(&tail.trim().to_lowercase()) {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// What one walk over the whole page gathers.
#[derive(Default)]
struct FirstPass {
    metas: HashMap<String, String>,
    json_ld: Vec<String>,
    title: Option<String>,
    h1: Option<String>,
    times: Vec<String>,
    byline: Option<String>,
    canonical: Option<String>,
    body: Option<NodeId>,
    /// Readability's content score of elements that hold paragraphs.
    scores: HashMap<NodeId, f32>,
}

impl FirstPass {
    fn meta(&self, key: &str) -> Option<String> {
        self.metas.get(key).cloned()
    }

    fn run(&mut self, root: NodeRef<'_, Node>) {
        // For each open element: how it reads; `boiler`/`furniture` count the
        // open elements of each kind, so a subtree's kind is known at once.
        let mut stack: Vec<Kind> = Vec::new();
        let mut boiler = 0usize;
        let mut furniture = 0usize;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    let Node::Element(el) = node.value() else {
                        continue;
                    };
                    let kind = kind_of(el);
                    stack.push(kind);
                    match kind {
                        Kind::Boilerplate => boiler += 1,
                        Kind::Furniture => furniture += 1,
                        Kind::Content => {}
                    }
                    self.element(node, el, kind, boiler > 0, furniture > 0);
                }
                Edge::Close(node) => {
                    if node.value().is_element() {
                        match stack.pop() {
                            Some(Kind::Boilerplate) => boiler -= 1,
                            Some(Kind::Furniture) => furniture -= 1,
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    fn element(
        &mut self,
        node: NodeRef<'_, Node>,
        el: &scraper::node::Element,
        kind: Kind,
        in_boiler: bool,
        in_furniture: bool,
    ) {
        match el.name() {
            "meta" => {
                let key = el
                    .attr("property")
                    .or(el.attr("name"))
                    .or(el.attr("itemprop"));
                if let (Some(k), Some(v)) = (key, el.attr("content")) {
                    let v = v.trim();
                    if !v.is_empty() {
                        self.metas
                            .entry(k.trim().to_ascii_lowercase())
                            .or_insert_with(|| v.to_string());
                    }
                }
            }
            "link" if el.attr("rel") == Some("canonical") => {
                self.canonical = self.canonical.take().or(el.attr("href").map(String::from));
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                // The script's own text (text_of leaves scripts out).
                let raw: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                self.json_ld.push(raw);
            }
            "title" if self.title.is_none() => self.title = Some(text_of(node)),
            "body" => self.body = Some(node.id()),
            "h1" if self.h1.is_none() && !in_boiler => {
                self.h1 = Some(text_of(node)).filter(|t| !t.trim().is_empty())
            }
            "time" if !in_boiler => {
                if let Some(d) = el.attr("datetime") {
                    self.times.push(d.to_string());
                }
            }
            "p" | "pre" if !in_boiler && !in_furniture => {
                let len = clean(&text_of(node)).chars().count();
                if len >= 25 {
                    let commas = text_of(node).matches(',').count();
                    let score = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
                    for (level, up) in node.ancestors().take(3).enumerate() {
                        if up.value().is_element() {
                            *self.scores.entry(up.id()).or_default() +=
                                score / (level as f32 + 1.0);
                        }
                    }
                }
            }
            _ => {}
        }
        if self.byline.is_none() && !in_boiler && kind == Kind::Furniture && el.name() != "h1" {
            let is_byline = el.attr("rel") == Some("author")
                || el.attr("itemprop") == Some("author")
                || [el.attr("class"), el.id()].into_iter().flatten().any(|a| {
                    let a = a.to_ascii_lowercase();
                    a.contains("byline") || a.contains("author")
                });
            if is_byline {
                let text = clean(&text_of(node));
                let text = strip_by(&text);
                if !text.is_empty()
                    && !text.eq_ignore_ascii_case("by")
                    && text.chars().count() <= 100
                {
                    self.byline = Some(text.to_string());
                }
            }
        }
    }
}

/// The text under a node, with no markup, scripts or styles.
fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut skipping = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) if matches!(e.name(), "script" | "style" | "template") => {
                    skipping += 1
                }
                Node::Element(e) if e.name() == "br" => out.push(' '),
                Node::Text(t) if skipping == 0 => out.push_str(t),
                _ => {}
            },
            Edge::Close(n) => {
                if let Node::Element(e) = n.value() {
                    if matches!(e.name(), "script" | "style" | "template") {
                        skipping -= 1;
                    }
                }
            }
        }
    }
    out
}

/// The article's paragraphs: the text of its block elements, in order, with
/// page furniture and link-only lines left out.
fn paragraphs(start: NodeRef<'_, Node>) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut link_chars = 0usize;
    let mut links = 0usize;
    let mut skip = 0usize;
    let mut breaks = 0usize;
    let mut flush = |buf: &mut String, link_chars: &mut usize| {
        let text = clean(buf);
        let total = text.chars().count();
        let linky = *link_chars * 10 > total * 6;
        let furniture = FURNITURE_LINES.contains(&text.to_lowercase().trim_end_matches(['.', ':']));
        if !text.is_empty() && !linky && !furniture {
            out.push(text);
        }
        buf.clear();
        *link_chars = 0;
    };
    for edge in start.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    if skip > 0 || kind_of(el) != Kind::Content {
                        skip += 1;
                        continue;
                    }
                    let name = el.name();
                    if name == "br" {
                        breaks += 1;
                        if breaks >= 2 {
                            flush(&mut buf, &mut link_chars);
                        } else {
                            buf.push(' ');
                        }
                        continue;
                    }
                    if name == "a" {
                        links += 1;
                    }
                    if !INLINE_TAGS.contains(&name) {
                        flush(&mut buf, &mut link_chars);
                    }
                }
                Node::Text(t) if skip == 0 => {
                    if !t.trim().is_empty() {
                        breaks = 0;
                    }
                    buf.push_str(t);
                    if links > 0 {
                        link_chars += t.trim().chars().count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    let name = el.name();
                    if name == "a" {
                        links = links.saturating_sub(1);
                    }
                    if !INLINE_TAGS.contains(&name) {
                        flush(&mut buf, &mut link_chars);
                    }
                }
            }
        }
    }
    flush(&mut buf, &mut link_chars);
    out
}

/// A metadata string (a title, an author, a publication) as plain text:
/// HTML entities decoded and markup dropped, then [`clean`]ed. Feeds and
/// pages escape these once more than they should as often as not (an Atom
/// `type="html"` title, a JSON-LD headline with `&amp;`), and a reader
/// should never see `&mdash;`. Text without `&` or `<` is only cleaned.
pub fn plain(text: &str) -> String {
    if !text.contains(['&', '<']) {
        return clean(text);
    }
    let frag = Html::parse_fragment(text);
    clean(&text_of(frag.tree.root()))
}

/// Whitespace collapsed to single spaces (no-break spaces too), control
/// characters removed, ends trimmed.
pub fn clean(text: &str) -> String {
    let text = normalise(text);
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn strip_by(text: &str) -> &str {
    let t = text.trim();
    for p in ["By ", "by ", "BY ", "Written by ", "Posted by "] {
        if let Some(rest) = t.strip_prefix(p) {
            return rest.trim();
        }
    }
    t
}

/// `Jane Smith and Tom Jones`, `Jane Smith, Tom Jones` → each name; a job
/// after a comma or a pipe (`Jane Smith | Health correspondent`) is dropped.
pub fn split_names(text: &str) -> Vec<String> {
    let text = without_email(&plain(text));
    let text = strip_by(&text);
    let text = text.split(['|', '\n']).next().unwrap_or(text);
    text.split(" and ")
        .flat_map(|p| p.split([',', '&', ';']))
        .map(name_part)
        .filter(|n| !n.is_empty() && n.chars().count() <= 60 && reads_as_name(n))
        .collect()
}

/// An author as RSS 2.0 writes it, `editor@example.com (Nick Assinder)`, is
/// the name in brackets; an address beside a name (`Nick Assinder
/// nick@example.com`) is dropped, as is an address alone: it is no one's name
/// to show or to count as a reporter. feed-rs takes the address and leaves
/// the name in its brackets, which go too.
fn without_email(text: &str) -> String {
    // What is left of it once a parser has taken the address: `(Nick Assinder)`.
    let t = text.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return inner.trim().to_string();
    }
    if !text.contains('@') {
        return text.to_string();
    }
    if let (Some(open), Some(close)) = (text.find('('), text.rfind(')')) {
        let inside = text[open + 1..close.max(open + 1)].trim();
        if open < close && !inside.is_empty() && !inside.contains('@') {
            return inside.to_string();
        }
    }
    text.split_whitespace()
        .filter(|w| !w.contains('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The name at the start of a byline's part: up to a dash, a date (`Joshua
/// Sokol May 20`, `Lucas Nolan22 Dec 2016`) or a job (`Ben Silverman Games
/// Editor`). `Theresa May` keeps her name: a month is a date only before a number.
fn name_part(part: &str) -> String {
    const JOBS: &[&str] = &[
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "columnist",
        "contributor",
        "staff",
        "journalist",
        "producer",
    ];
    const DEGREES: &[&str] = &["MA", "MD", "PhD", "MBA", "MSc", "BSc", "RN", "MPH", "DPhil"];
    let part = clean(part);
    let words: Vec<&str> = part.split(' ').collect();
    if words.first().is_some_and(|w| DEGREES.contains(w)) {
        return String::new();
    }
    let mut kept: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let before_number = words
            .get(i + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        if JOBS.contains(&lower.trim_end_matches('s')) {
            // `Our Foreign Staff` is no one; `Ben Silverman Games Editor`
            // loses the desk as well as the job.
            if kept.len() <= 1 || kept.first().is_some_and(|f| matches!(*f, "Our" | "The")) {
                // `Health correspondent`: a desk and a job, no name.
                return String::new();
            }
            if kept.len() >= 3 {
                kept.pop();
            }
            break;
        }
        if matches!(*w, "-" | "–" | "—" | "•" | "·")
            || (crate::corpus::date::is_month_name(lower.trim_end_matches('.')) && before_number)
        {
            break;
        }
        if let Some(at) = w.find(|c: char| c.is_ascii_digit()) {
            if at > 0 {
                kept.push(&w[..at]);
            }
            break;
        }
        kept.push(w);
    }
    kept.join(" ")
}

/// `Nick Triggle`, `Ursula von der Leyen`: every word capitalised but the
/// particles; `Health correspondent` is a job, not a name.
fn reads_as_name(n: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "der", "van", "von", "da", "du", "la", "le", "al", "bin", "di",
    ];
    n.split_whitespace()
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || PARTICLES.contains(&w))
        && n.chars().next().is_some_and(char::is_uppercase)
}

/// What a JSON-LD article object gives.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    url: Option<String>,
    body: Option<String>,
}

/// Article types of schema.org, most specific (news) first.
const LD_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
];

/// The article object of a JSON-LD script (at the top, in a list, or in an
/// `@graph`), the most news-like if there are several.
fn json_ld_article(script: &str) -> Option<LdArticle> {
    let trimmed = script
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim()
        .trim_end_matches(';');
    let value: serde_json::Value = serde_json::from_str(trimmed).ok()?;
    let mut objects = Vec::new();
    let mut todo = vec![&value];
    while let Some(v) = todo.pop() {
        match v {
            serde_json::Value::Array(items) => todo.extend(items.iter().rev()),
            serde_json::Value::Object(map) => {
                objects.push(map);
                if let Some(graph) = map.get("@graph") {
                    todo.push(graph);
                }
            }
            _ => {}
        }
    }
    let rank = |m: &serde_json::Map<String, serde_json::Value>| {
        let types: Vec<&str> = match m.get("@type") {
            Some(serde_json::Value::String(s)) => vec![s.as_str()],
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect(),
            _ => vec![],
        };
        types
            .iter()
            .filter_map(|t| LD_TYPES.iter().position(|x| x == t))
            .min()
    };
    let best = objects
        .iter()
        .filter_map(|m| rank(m).map(|r| (r, *m)))
        .min_by_key(|(r, _)| *r)?
        .1;
    let string = |key: &str| best.get(key).and_then(name_of).filter(|s| !s.is_empty());
    let authors = match best.get("author").or(best.get("creator")) {
        Some(serde_json::Value::Array(list)) => list.iter().filter_map(name_of).collect(),
        Some(one) => name_of(one).into_iter().collect(),
        None => Vec::new(),
    };
    Some(LdArticle {
        headline: string("headline").or_else(|| string("name")),
        date: string("datePublished").or_else(|| string("dateCreated")),
        authors,
        publisher: best.get("publisher").and_then(name_of),
        url: string("url"),
        body: string("articleBody"),
    })
}

/// A string, or the `name` of an object (`{"@type": "Person", "name": …}`).
fn name_of(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Object(m) => m
            .get("name")
            .and_then(|n| n.as_str())
            .map(|s| s.trim().to_string()),
        serde_json::Value::Array(a) => a.first().and_then(name_of),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decoded_scripts_never_shown() {
        let e = extract(
            "<html><head><title>T</title><style>p{color:red}</style></head><body><article>\
             <p>Ministers said the &lsquo;target&rsquo; would stay &amp; be met.</p>\
             <script>var secret = 'not text';</script>\
             <p>Trusts will have to report &#8220;every week&#8221; from April next year.</p>\
             </article></body></html>",
        );
        assert_eq!(
            e.paragraphs,
            [
                "Ministers said the ‘target’ would stay & be met.",
                "Trusts will have to report “every week” from April next year."
            ]
        );
    }

    #[test]
    fn title_loses_the_site_name_only_when_the_page_names_its_site() {
        let body = "<p>The trust said the ward would close at the end of the month.</p>";
        let e = extract(&format!(
            "<head><title>Ward to close | Local News</title>\
             <meta name=\"application-name\" content=\"Local News\"></head><body>{body}</body>"
        ));
        assert_eq!(e.title.as_deref(), Some("Ward to close"));
        let e = extract(&format!(
            "<head><title>Ward to close - for now</title></head><body>{body}</body>"
        ));
        assert_eq!(e.title.as_deref(), Some("Ward to close - for now"));
    }

    #[test]
    fn line_breaks_make_paragraphs() {
        let e = extract(
            "<body><div class=\"post\">The board met on Tuesday to agree the plan.<br><br>\
             Its chair said the cuts were <b>not</b> final.</div></body>",
        );
        assert_eq!(
            e.paragraphs,
            [
                "The board met on Tuesday to agree the plan.",
                "Its chair said the cuts were not final."
            ]
        );
    }

    /// Shapes of real pages (WordPress, CNN, The Telegraph) that once lost
    /// their article: a furniture word in the article's own class, a
    /// compound class of related posts, a body split between adverts.
    #[test]
    fn real_page_shapes_keep_their_article() {
        let e = extract(
            "<body><main class=\"container js-social-anchor-start\" role=\"main\">\
             <article class=\"entry author-sarah post-1 tag-jobs\"><div class=\"entry-content\">\
             <p>The trust's board agreed on Tuesday to close the ward, despite local protests.</p>\
             <div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><p>A related post about another ward closure, from last year.</p></div>\
             </div></article></main></body>",
        );
        assert_eq!(
            e.paragraphs,
            ["The trust's board agreed on Tuesday to close the ward, despite local protests."]
        );
        let e = extract(
            "<body><div class=\"wrap\"><div class=\"text\">\
             <p>Ministers said the hospital would stay open, but only for another year at most.</p>\
             <p>The chief executive said staff had been told, and that talks with unions would follow.</p></div>\
             <div class=\"ad-slot\"><p>An advert for a conference, at early bird rates this week.</p></div>\
             <div class=\"text\"><p>Local MPs said the decision was taken in Whitehall, not in the town.</p></div>\
             </div></body>",
        );
        assert_eq!(e.paragraphs.len(), 3, "{:?}", e.paragraphs);
        assert!(e.paragraphs[2].starts_with("Local MPs"));
        // The New York Times: each part of the story in its own wrapper,
        // beside a box of other stories.
        let e = extract(
            "<body><article id=\"story\">\
             <div class=\"story-body-supplemental\"><div class=\"story-body story-body-1\">\
             <p>The sale is being done in two steps, the first of them a transfer of assets.</p></div>\
             <div class=\"supplemental\"><div class=\"story-body\"><a href=\"/x\">Other story</a></div></div></div>\
             <div class=\"story-body-supplemental\"><div class=\"story-body story-body-2\">\
             <p>Finally, if another bidder emerges, the board will have to weigh its offer, lawyers said.</p>\
             <p>Shareholders will vote on the sale, which needs a majority of the outstanding shares.</p>\
             <p>The company said it expected the deal to close early next year, subject to approvals.</p>\
             </div></div></article></body>",
        );
        assert_eq!(e.paragraphs.len(), 4, "{:?}", e.paragraphs);
        assert!(e.paragraphs[0].starts_with("The sale"));
    }

    #[test]
    fn names_split() {
        assert_eq!(
            split_names("By Lyn Whitfield and Tash Shifrin"),
            ["Lyn Whitfield", "Tash Shifrin"]
        );
        assert_eq!(
            split_names("Nick Triggle | Health correspondent"),
            ["Nick Triggle"]
        );
        assert_eq!(
            split_names("editor@example.com (Nick Assinder)"),
            ["Nick Assinder"]
        );
        assert_eq!(
            split_names("Nick Assinder nick@example.com"),
            ["Nick Assinder"]
        );
        assert!(split_names("newsdesk@example.com").is_empty());
        assert_eq!(split_names("(Nick Assinder)"), ["Nick Assinder"]);
        assert!(split_names("news@example.com (BBC News)")
            .iter()
            .all(|n| !n.contains('@')));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}<p>Deep text here for the reader.</p>",
            "<div>".repeat(50_000)
        );
        let e = extract(&html);
        assert_eq!(e.paragraphs, ["Deep text here for the reader."]);
    }
}
