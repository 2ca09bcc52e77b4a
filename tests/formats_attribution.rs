//! Issue 15's "attribution unchanged": the quotes, and who is credited with
//! them, are the same whether an article arrives as a `.txt` file, a saved
//! web page (with navigation, a cookie banner and related links around it),
//! an RSS item or a JSON line. The bundled articles, and BBC politics articles
//! when `../shared` is there, are rendered into each format here.

use centreline::analysis::Lexicon;
use centreline::model::Corpus;
use std::path::{Path, PathBuf};

/// One article as the `.txt` loader reads it: title and paragraphs.
struct Source {
    title: String,
    paragraphs: Vec<String>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn html_page(a: &Source) -> String {
    let ld = serde_json::json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title});
    let body: String = a
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", escape(p)))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t} - News</title>\
         <script type=\"application/ld+json\">{ld}</script><script>track('page')</script></head><body>\
         <div class=\"cookie-banner\"><p>We use cookies to improve your experience of this website.</p></div>\
         <nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/politics\">Politics</a></li></ul></nav>\
         <main><article><h1>{t}</h1><div class=\"share-tools\"><a href=\"#\">Share</a></div>\n{body}</article>\
         <aside class=\"related-stories\"><h2>Related stories</h2><ul><li><a href=\"/x\">Minister says the review is final</a></li></ul></aside>\
         </main><footer><p>Copyright the publisher, all rights reserved.</p></footer></body></html>",
        t = escape(&a.title)
    )
}

fn rss_feed(articles: &[Source]) -> String {
    let items: String = articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let html: String = a
                .paragraphs
                .iter()
                .map(|p| format!("<p>{}</p>", escape(p)))
                .collect();
            format!(
                "<item><title>{}</title><guid isPermaLink=\"false\">article-{i}</guid>\
                 <description>{}</description></item>\n",
                escape(&a.title),
                escape(&html)
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>News</title><link>https://example.org/</link><description>d</description>\n{items}</channel></rss>\n"
    )
}

fn json_lines(articles: &[Source]) -> String {
    articles
        .iter()
        .map(|a| {
            serde_json::json!({"title": a.title, "text": a.paragraphs.join("\n\n")}).to_string()
                + "\n"
        })
        .collect()
}

/// Per article, in order: each quote's text, its kind and its speaker's name.
fn attributions(corpus: &Corpus) -> Vec<Vec<(String, String, Option<String>)>> {
    let name = |id: &str| {
        corpus
            .speakers
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
    };
    corpus
        .articles
        .iter()
        .map(|a| {
            corpus
                .quotes
                .iter()
                .filter(|q| q.article == a.id)
                .map(|q| {
                    (
                        q.text.to_string(),
                        format!("{:?}", q.kind),
                        q.speaker.as_deref().and_then(name),
                    )
                })
                .collect()
        })
        .collect()
}

fn open(paths: &[PathBuf]) -> Corpus {
    let (corpus, warnings) = centreline::open_corpus(paths, &Lexicon::bundled(), None).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    corpus
}

/// The `.txt` folder analysed, and the same articles in each other format.
fn check_every_format(txt_dir: &Path) -> usize {
    let as_text = open(&[txt_dir.to_path_buf()]);
    let sources: Vec<Source> = as_text
        .articles
        .iter()
        .map(|a| Source {
            title: a.title.clone(),
            paragraphs: a.paragraphs.iter().map(|p| p.text.to_string()).collect(),
        })
        .collect();
    let expected = attributions(&as_text);
    let quotes: usize = expected.iter().map(Vec::len).sum();
    assert!(quotes > 0, "no quotes to compare");

    let tmp = tempfile::tempdir().unwrap();
    let html_dir = tmp.path().join("html");
    std::fs::create_dir(&html_dir).unwrap();
    for (i, a) in sources.iter().enumerate() {
        std::fs::write(html_dir.join(format!("{i:04}.html")), html_page(a)).unwrap();
    }
    let feed = tmp.path().join("feed.rss");
    std::fs::write(&feed, rss_feed(&sources)).unwrap();
    let jsonl = tmp.path().join("export.jsonl");
    std::fs::write(&jsonl, json_lines(&sources)).unwrap();

    for (format, path) in [("HTML", html_dir), ("RSS", feed), ("JSON Lines", jsonl)] {
        let corpus = open(&[path]);
        assert_eq!(corpus.articles.len(), sources.len(), "{format}");
        let got = attributions(&corpus);
        for (i, (want, got)) in expected.iter().zip(&got).enumerate() {
            assert_eq!(
                got, want,
                "{format}: article {i} ({}) credits differently",
                sources[i].title
            );
        }
        for (a, b) in as_text.articles.iter().zip(&corpus.articles) {
            assert_eq!(a.title, b.title, "{format}");
        }
    }
    quotes
}

#[test]
fn bundled_articles_are_attributed_the_same_in_every_format() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let quotes = check_every_format(&dir);
    assert!(quotes >= 20, "only {quotes} quotes compared");
}

#[test]
fn bbc_politics_articles_are_attributed_the_same_in_every_format() {
    let politics = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc/politics");
    let Ok(entries) = std::fs::read_dir(&politics) else {
        println!(
            "skipped: {} is not there (the BBC set lives in ../shared)",
            politics.display()
        );
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let tmp = tempfile::tempdir().unwrap();
    for f in files.iter().take(40) {
        std::fs::copy(f, tmp.path().join(f.file_name().unwrap())).unwrap();
    }
    let quotes = check_every_format(tmp.path());
    assert!(quotes >= 40, "only {quotes} quotes compared");
}
