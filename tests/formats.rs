//! Issue 15: the formats users keep their news in. Saved pages, feeds, JSON
//! Lines and CSV exports from `tests/fixtures/formats/`, and a newsboat cache
//! built here: what is extracted, what is left out, how each article is
//! addressed, and that a bad file or line is one warning while the rest loads.

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::json_of;

use centreline::corpus::formats::html::extract;
use centreline::corpus::load::{load_paths_with, LoadOptions};
use centreline::corpus::{load_paths, Document};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn texts(d: &Document) -> Vec<&str> {
    d.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn load_one(path: PathBuf) -> (Vec<Document>, Vec<String>) {
    let loaded = load_paths(&[path], None).unwrap();
    (loaded.documents, loaded.warnings)
}

fn by_id<'a>(docs: &'a [Document], id: &str) -> &'a Document {
    docs.iter().find(|d| d.id == id).unwrap_or_else(|| {
        panic!(
            "no {id} in {:?}",
            docs.iter().map(|d| &d.id).collect::<Vec<_>>()
        )
    })
}

/// Words of page furniture in the news page fixture: none may reach the text.
const NEWS_PAGE_FURNITURE: &[&str] = &[
    "cookies",
    "Skip to content",
    "Finance and efficiency",
    "Advertisement",
    "Share on Twitter",
    "Email this article",
    "Related articles",
    "Confederation welcomes plan",
    "Alan Milburn at the conference",
    "Read more",
    "NHS plan Regulation",
    "forgotten by Christmas",
    "Most read",
    "Chief executive quits",
    "All rights reserved",
    "dataLayer",
    "renderInlineAd",
    "position:fixed",
    "By Lyn Whitfield",
];

#[test]
fn news_page_body_in_order_without_boilerplate() {
    let (docs, warnings) = load_one(fixture("news_page.html"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let d = &docs[0];
    assert_eq!(
        texts(d),
        [
            "Health service managers will win the freedom to run their organisations without political interference under the NHS national plan, health secretary Alan Milburn has pledged.",
            "He told an NHS Confederation conference which had spent two days speculating on the contents of the plan that ministers will measure hospitals, primary care groups and health authorities against a system of ‘traffic lights’, with those on ‘green’ left to run their own affairs.",
            "The national plan to be revealed later this month will give local managers more freedom, he told the conference in Glasgow.",
            "Mr Milburn said he had ‘agreed’ to proposals from the confederation that NHS bodies ‘should periodically be classified as green, amber or red’. The judgement would be based on service quality, efficiency, accessibility & patient satisfaction.",
            "He promised to ‘get regional office off the back’ of those who did well. ‘Green organisations’ would enjoy ‘far greater freedom for manoeuvre’.",
        ]
    );
    let all = texts(d).join("\n");
    for furniture in NEWS_PAGE_FURNITURE {
        assert!(!all.contains(furniture), "{furniture:?} in {all}");
    }
}

#[test]
fn news_page_metadata_comes_from_json_ld_first() {
    let (docs, _) = load_one(fixture("news_page.html"));
    let d = &docs[0];
    assert_eq!(d.id, "news_page");
    assert_eq!(d.path, "news_page.html");
    assert_eq!(
        d.title,
        "Milburn promises traffic lights and earned autonomy"
    );
    assert_eq!(d.date.as_deref(), Some("2000-07-06"));
    assert!(!d.date_approximate);
    // JSON-LD's publisher, not og:site_name's "HSJ"; its authors, not the
    // author meta tag.
    assert_eq!(d.source.as_deref(), Some("Health Service Journal"));
    assert_eq!(d.byline, ["Lyn Whitfield", "Tash Shifrin"]);
    assert_eq!(
        d.url.as_deref(),
        Some("https://www.hsj.co.uk/news/milburn-promises-traffic-lights/12345.article")
    );
}

#[test]
fn blog_page_reads_og_tags_time_and_visible_byline() {
    let (docs, warnings) = load_one(fixture("blog_page.html"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let d = &docs[0];
    assert_eq!(d.title, "Why local leadership matters more than ever");
    assert_eq!(d.date.as_deref(), Some("2024-02-12"));
    assert_eq!(d.source.as_deref(), Some("The Health Policy Blog"));
    assert_eq!(d.author.as_deref(), Some("Sarah Johnson"));
    let t = texts(d);
    assert_eq!(t.len(), 5, "{t:?}");
    assert!(t[0].starts_with("Whilst this can intellectually"));
    assert_eq!(t[2], "What the centre could do");
    assert_eq!(
        t[4],
        "As one trust chair put it to me last week: ‘We are accountable to our communities, not just to a dashboard in London.’"
    );
    let all = t.join("\n");
    for furniture in [
        "Home",
        "Archive",
        "Tweet",
        "Great post",
        "newsletter",
        "Posted by",
    ] {
        assert!(!all.contains(furniture), "{furniture:?} in {all}");
    }
}

#[test]
fn metadata_falls_back_in_order_of_reliability() {
    let body = "<p>The regulator said the trust had failed to act on warnings about its maternity unit.</p>";
    // Meta tags when there is no JSON-LD.
    let e = extract(&format!(
        "<html><head><meta property=\"og:title\" content=\"Trust failed to act\">\
         <meta property=\"article:published_time\" content=\"2019-03-05T07:00:00Z\">\
         <meta name=\"author\" content=\"Nick Triggle\"></head><body><article>{body}</article>\
         <time datetime=\"2001-01-01\">old</time></body></html>"
    ));
    assert_eq!(e.title.as_deref(), Some("Trust failed to act"));
    assert_eq!(e.date.as_deref(), Some("2019-03-05"));
    assert_eq!(e.authors, ["Nick Triggle"]);
    // <time datetime> and a visible byline when there are no tags.
    let e = extract(&format!(
        "<html><head><title>Trust failed to act | News</title></head><body>\
         <h1>Trust failed to act</h1><div class=\"byline\">By Nick Triggle, Health correspondent</div>\
         <time datetime=\"2019-03-05\">5 March</time><article>{body}</article></body></html>"
    ));
    assert_eq!(e.title.as_deref(), Some("Trust failed to act"));
    assert_eq!(e.date.as_deref(), Some("2019-03-05"));
    assert_eq!(e.authors, ["Nick Triggle"]);
    // An impossible date is refused, and the next candidate used.
    let e = extract(&format!(
        "<html><head><meta property=\"article:published_time\" content=\"2019-02-30\"></head>\
         <body><time datetime=\"2019-03-05\">x</time>{body}</body></html>"
    ));
    assert_eq!(e.date.as_deref(), Some("2019-03-05"));
}

#[test]
fn page_with_no_body_text_is_one_warning_and_the_rest_loads() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("empty_page.html"),
        "<html><head><title>Loading…</title><script>app.start()</script></head>\
         <body><nav><a href=\"/\">Home</a></nav><div id=\"root\"></div></body></html>",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("bad_date.html"),
        "<html><head><meta property=\"article:published_time\" content=\"2001-02-31\"></head>\
         <body><p>Ministers said the hospital would stay open for another year.</p></body></html>",
    )
    .unwrap();
    std::fs::copy(fixture("feed.rss"), tmp.path().join("feed.rss")).unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    let named = |name: &str| loaded.warnings.iter().filter(|w| w.contains(name)).count();
    assert_eq!(named("empty_page.html"), 1, "{:?}", loaded.warnings);
    // The page with an impossible date loads undated, with a warning naming it.
    assert_eq!(named("bad_date.html"), 1, "{:?}", loaded.warnings);
    assert!(loaded.warnings.iter().any(|w| w.contains("2001-02-31")));
    let d = by_id(&loaded.documents, "bad_date");
    assert_eq!(d.date, None);
    assert_eq!(loaded.documents.len(), 3);
}

#[test]
fn rss_items_are_articles_addressed_by_guid() {
    let (docs, warnings) = load_one(fixture("feed.rss"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(docs.len(), 2);
    let first = by_id(&docs, "feed.rss#nhsp-2023-0412");
    assert_eq!(first.path, "feed.rss#nhsp-2023-0412");
    assert_eq!(
        first.title,
        "Trust leaders warn of pressure on elective recovery"
    );
    assert_eq!(first.date.as_deref(), Some("2023-04-12"));
    assert_eq!(first.byline, ["Saffron Cordery"]);
    assert_eq!(first.source.as_deref(), Some("NHS Providers news"));
    assert_eq!(
        first.url.as_deref(),
        Some("https://nhsproviders.org/news/trust-leaders-warn")
    );
    // Its HTML content went through the page extraction: the share bar is gone.
    assert_eq!(
        texts(first),
        [
            "Trust leaders say the elective recovery targets cannot be met without more capital investment.",
            "‘We need the freedom to decide locally where the money goes,’ said the chief executive of one acute trust.",
        ]
    );
    // A guid that is a URL is made safe for an id.
    let second = by_id(
        &docs,
        "feed.rss#nhsproviders.org-news-oversight-framework-id-77",
    );
    assert_eq!(second.date.as_deref(), Some("2001-12-04"));
    assert!(texts(second)[0].starts_with("NHS England has published"));
}

#[test]
fn atom_entry_uses_its_published_date() {
    let (docs, _) = load_one(fixture("feed.atom"));
    let d = &docs[0];
    assert_eq!(d.id, "feed.atom#tag-healthpolicy.example.org-2024-post-118");
    assert_eq!(d.date.as_deref(), Some("2024-02-12"));
    assert_eq!(d.byline, ["Sarah Johnson"]);
    assert_eq!(d.source.as_deref(), Some("The Health Policy Blog"));
    assert_eq!(texts(d).len(), 2);
}

#[test]
fn a_feed_is_detected_by_its_content_whatever_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("download.txt");
    std::fs::copy(fixture("feed.atom"), &path).unwrap();
    let (docs, _) = load_one(path);
    assert_eq!(
        docs[0].id,
        "download.txt#tag-healthpolicy.example.org-2024-post-118"
    );
}

#[test]
fn feed_items_without_text_are_counted_in_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("links.rss");
    std::fs::write(
        &path,
        "<rss version=\"2.0\"><channel><title>Links</title>\
         <item><title>Only a link</title><link>https://example.org/a</link></item>\
         <item><title>Another link</title><link>https://example.org/b</link></item>\
         <item><title>Council tax</title><guid>ct</guid><description>The minister said council tax would rise by 5%.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let (docs, warnings) = load_one(path);
    assert_eq!(docs.len(), 1);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("links.rss") && warnings[0].contains("2 items"),
        "{warnings:?}"
    );
}

#[test]
fn truncated_feed_is_one_warning_and_the_rest_loads() {
    let tmp = tempfile::tempdir().unwrap();
    let full = std::fs::read(fixture("feed.rss")).unwrap();
    std::fs::write(tmp.path().join("cut.rss"), &full[..full.len() / 2]).unwrap();
    std::fs::copy(fixture("feed.atom"), tmp.path().join("feed.atom")).unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    let about_cut: Vec<&String> = loaded
        .warnings
        .iter()
        .filter(|w| w.contains("cut.rss"))
        .collect();
    assert_eq!(about_cut.len(), 1, "{:?}", loaded.warnings);
    assert_eq!(loaded.documents.len(), 1);
}

#[test]
fn feed_ids_stay_when_items_are_added() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("news.xml");
    let feed = std::fs::read_to_string(fixture("feed.rss")).unwrap();
    std::fs::write(&path, &feed).unwrap();
    let before: Vec<String> = load_one(path.clone())
        .0
        .iter()
        .map(|d| d.id.to_string())
        .collect();
    // A new item arrives at the top, as feeds add them.
    let newer = feed.replacen(
        "<item>",
        "<item><title>Newer story</title><guid>nhsp-2023-0501</guid>\
         <description>The chief executive said the plan was sound.</description></item>\n<item>",
        1,
    );
    std::fs::write(&path, newer).unwrap();
    let after: Vec<String> = load_one(path).0.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(after.len(), 3);
    for id in &before {
        assert!(after.contains(id), "{id} gone from {after:?}");
    }
}

#[test]
fn json_lines_load_with_a_warning_per_bad_line() {
    let (docs, warnings) = load_one(fixture("export.jsonl"));
    assert_eq!(docs.len(), 2);
    // An id field names the record; without one, its line does.
    let first = by_id(&docs, "export.jsonl#bbc-pol-001");
    assert_eq!(first.title, "Labour plans maternity pay rise");
    assert_eq!(first.date.as_deref(), Some("2005-01-21"));
    assert_eq!(first.source.as_deref(), Some("BBC News"));
    assert_eq!(texts(first).len(), 2);
    let fourth = by_id(&docs, "export.jsonl#4");
    assert_eq!(fourth.path, "export.jsonl#4");
    assert_eq!(fourth.date.as_deref(), Some("2005-03-05"));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("export.jsonl") && warnings[0].contains("line 2"));
    assert!(warnings[1].contains("export.jsonl") && warnings[1].contains("line 3"));
}

#[test]
fn csv_loads_with_a_warning_for_a_malformed_row_and_an_impossible_date() {
    let (docs, warnings) = load_one(fixture("export.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    // Rows are named by the line they start on (the first spans lines 2-4).
    assert_eq!(ids, ["export.csv#2", "export.csv#6"]);
    assert_eq!(docs[0].title, "Kilroy names election seat target");
    assert_eq!(docs[0].date.as_deref(), Some("2005-02-04"));
    assert_eq!(
        texts(&docs[0])[1],
        "Mr Kilroy-Silk said: \"Erewash is a seat that Labour should never have won.\""
    );
    assert_eq!(docs[1].date, None);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("export.csv") && warnings[0].contains("line 5"));
    assert!(warnings[1].contains("line 6") && warnings[1].contains("2005-02-31"));
}

#[test]
fn fields_map_other_names() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("scrape.ndjson");
    std::fs::write(
        &path,
        "{\"hed\": \"Council tax to rise\", \"story_text\": \"Councils in England will be able to raise council tax by 5% without a referendum, the government said.\", \"when\": \"December 4, 2001\", \"outlet\": \"BBC News\"}\n",
    )
    .unwrap();
    // Without the map, no text field is found: one warning naming the file.
    let err = load_paths(std::slice::from_ref(&path), None).unwrap_err();
    assert!(err.to_string().contains("no articles"), "{err}");
    let options = LoadOptions {
        fields: "text=story_text,title=hed,date=when".parse().unwrap(),
    };
    let loaded = load_paths_with(&[path], &options, None).unwrap();
    let d = &loaded.documents[0];
    assert_eq!(d.title, "Council tax to rise");
    assert_eq!(d.date.as_deref(), Some("2001-12-04"));
    assert_eq!(d.source.as_deref(), Some("BBC News"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn fields_option_on_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("scrape.csv");
    std::fs::write(
        &path,
        "hed,copy,when\nCouncil tax to rise,\"Councils will be able to raise council tax by 5%, the minister said.\",2001-12-04\n",
    )
    .unwrap();
    let json = json_of(
        assert_cmd::Command::cargo_bin("centreline")
            .unwrap()
            .args(["export", "--fields", "text=copy,title=hed,date=when"])
            .arg(&path)
            .output()
            .unwrap(),
    );
    let a = &json["articles"][0];
    assert_eq!(a["id"], "scrape.csv#2");
    assert_eq!(a["path"], "scrape.csv#2");
    assert_eq!(a["title"], "Council tax to rise");
    assert_eq!(a["date"], "2001-12-04");
    // A role that does not exist is a usage error naming it.
    let out = assert_cmd::Command::cargo_bin("centreline")
        .unwrap()
        .args(["export", "--fields", "colour=red"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("colour"));
}

#[test]
fn json_lines_ids_stay_when_lines_are_added() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("export.jsonl");
    let text = std::fs::read_to_string(fixture("export.jsonl")).unwrap();
    std::fs::write(&path, &text).unwrap();
    let before: Vec<String> = load_one(path.clone())
        .0
        .iter()
        .map(|d| d.id.to_string())
        .collect();
    std::fs::write(
        &path,
        format!(
            "{text}{{\"title\": \"Later\", \"text\": \"The minister said more was coming.\"}}\n"
        ),
    )
    .unwrap();
    let after: Vec<String> = load_one(path).0.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(&after[..before.len()], &before[..]);
    assert_eq!(after.last().map(String::as_str), Some("export.jsonl#5"));
}

#[test]
fn ids_of_two_files_with_one_name_stay_apart() {
    let tmp = tempfile::tempdir().unwrap();
    for dir in ["a", "b"] {
        std::fs::create_dir(tmp.path().join(dir)).unwrap();
        std::fs::copy(
            fixture("export.jsonl"),
            tmp.path().join(dir).join("export.jsonl"),
        )
        .unwrap();
    }
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a/export.jsonl#bbc-pol-001",
            "a/export.jsonl#4",
            "b/export.jsonl#bbc-pol-001",
            "b/export.jsonl#4"
        ]
    );
}

/// A JSON Lines export bigger than any article file, produced as it is read:
/// the reader takes it a line at a time.
#[test]
fn a_fifty_megabyte_json_lines_export_streams() {
    struct Lines {
        left: usize,
        line: Vec<u8>,
        at: usize,
    }
    impl std::io::Read for Lines {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.at == self.line.len() {
                if self.left == 0 {
                    return Ok(0);
                }
                self.left -= 1;
                self.at = 0;
            }
            let n = buf.len().min(self.line.len() - self.at);
            buf[..n].copy_from_slice(&self.line[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }
    let sentence = "The health secretary said trusts would be given more freedom to manage their own budgets. ";
    let line = format!(
        "{{\"title\": \"Trusts given freedom\", \"text\": \"{}\", \"date\": \"2001-12-04\"}}\n",
        sentence.repeat(10)
    )
    .into_bytes();
    let count = 50 * 1024 * 1024 / line.len();
    let input = Lines {
        left: count,
        line: line.clone(),
        at: line.len(),
    };
    let read = centreline::corpus::formats::records::read_json_lines(input, &Default::default());
    assert_eq!(read.records.len(), count);
    assert!(read.warnings.is_empty());
}

/// newsboat's schema, as its cache.db has it (the columns read here and a
/// few more).
fn newsboat_cache(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,
             title VARCHAR(1024) NOT NULL, lastmodified INTEGER(11) NOT NULL DEFAULT 0,
             is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT '');
         CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT, guid VARCHAR(64) NOT NULL,
             title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,
             feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,
             unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
             enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0,
             base VARCHAR(128) NOT NULL DEFAULT '', content_mime_type VARCHAR(255) NOT NULL DEFAULT '');
         INSERT INTO rss_feed (rssurl, url, title) VALUES
             ('https://feeds.bbci.co.uk/news/politics/rss.xml', 'https://www.bbc.co.uk/news/politics', 'BBC News - Politics');
         INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread) VALUES
             ('https://www.bbc.co.uk/news/uk-politics-1', 'Blair rejects Iraq advice calls', '',
              'https://www.bbc.co.uk/news/uk-politics-1', 'https://feeds.bbci.co.uk/news/politics/rss.xml',
              1110020400,
              '<p>Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war.</p><p>&quot;The attorney general has made his position clear,&quot; the prime minister said.</p>', 1),
             ('https://www.bbc.co.uk/news/uk-politics-2', 'Kilroy names election seat target', 'Political staff',
              'https://www.bbc.co.uk/news/uk-politics-2', 'https://feeds.bbci.co.uk/news/politics/rss.xml',
              1107475200, 'Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash.', 0),
             ('tag:empty', 'An item with no text', '', '', 'https://feeds.bbci.co.uk/news/politics/rss.xml',
              1107475200, '', 0);",
    )
    .unwrap();
}

#[test]
fn newsboat_cache_items_are_articles_and_the_cache_is_not_touched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("newsboat");
    std::fs::create_dir(&dir).unwrap();
    let cache = dir.join("cache.db");
    newsboat_cache(&cache);
    let before = std::fs::read(&cache).unwrap();
    let modified = std::fs::metadata(&cache).unwrap().modified().unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    let docs = &loaded.documents;
    assert_eq!(docs.len(), 2, "{:?}", loaded.warnings);
    let first = by_id(docs, "cache.db#1");
    assert_eq!(first.path, "newsboat/cache.db#1");
    assert_eq!(first.title, "Blair rejects Iraq advice calls");
    assert_eq!(first.source.as_deref(), Some("BBC News - Politics"));
    // 1110020400 is 2005-03-05 11:00 UTC.
    assert_eq!(first.date.as_deref(), Some("2005-03-05"));
    assert_eq!(
        texts(first)[1],
        "\"The attorney general has made his position clear,\" the prime minister said."
    );
    assert_eq!(
        by_id(docs, "cache.db#2").date.as_deref(),
        Some("2005-02-04")
    );
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(loaded.warnings[0].contains("cache.db"));
    assert_eq!(std::fs::read(&cache).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&cache).unwrap().modified().unwrap(),
        modified
    );
    let siblings: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(
        siblings.len(),
        1,
        "a journal or lock file was left beside the cache"
    );
}

#[test]
fn an_sqlite_file_that_is_not_newsboat_is_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cache.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');")
        .unwrap();
    std::fs::write(
        tmp.path().join("a.txt"),
        "The minister said the plan would be published in the spring.",
    )
    .unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    assert_eq!(loaded.documents.len(), 1);
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(loaded.warnings[0].contains("not a newsboat cache"));
}

#[test]
fn the_tracker_has_years_for_a_dated_export() {
    let lexicon = centreline::open_lexicon(None).unwrap();
    let (corpus, _) = centreline::open_corpus(
        &[fixture("export.jsonl"), fixture("feed.rss")],
        &lexicon,
        None,
    )
    .unwrap();
    let years: Vec<&str> = corpus.periods.iter().map(|p| p.year.as_str()).collect();
    assert_eq!(years, ["2001", "2005", "2023"]);
}

/// `--fields` adds names: a folder of exports from two tools loads whole in
/// one run, the one that needed the map and the one with the usual names.
#[test]
fn fields_add_names_and_the_usual_ones_still_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mixed");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("plain.jsonl"),
        "{\"title\": \"Blair rejects Iraq advice calls\", \"text\": \"Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war.\", \"date\": \"2005-03-05\"}\n\
         {\"title\": \"Kilroy names election seat target\", \"body\": \"Ex-chat show host Robert Kilroy-Silk is to contest the Derbyshire seat of Erewash.\", \"published\": \"2005-02-04\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("scrape.jsonl"),
        "{\"story_title\": \"Howard backs stem cell research\", \"story_text\": \"Michael Howard has backed stem cell research, saying it could bring hope to millions.\", \"when\": \"2005-02-05\"}\n",
    )
    .unwrap();
    let options = LoadOptions {
        fields: "text=story_text,title=story_title,date=when"
            .parse()
            .unwrap(),
    };
    let loaded = load_paths_with(&[dir], &options, None).unwrap();
    let docs = &loaded.documents;
    assert_eq!(docs.len(), 3, "{:?}", loaded.warnings);
    assert_eq!(
        by_id(docs, "plain.jsonl#1").title,
        "Blair rejects Iraq advice calls"
    );
    assert!(texts(by_id(docs, "plain.jsonl#2"))[0].starts_with("Ex-chat show host"));
    let mapped = by_id(docs, "scrape.jsonl#1");
    assert_eq!(mapped.title, "Howard backs stem cell research");
    assert_eq!(mapped.date.as_deref(), Some("2005-02-05"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

/// A mapped name wins over a usual one in the same record.
#[test]
fn a_mapped_field_is_the_first_choice() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("both.csv");
    std::fs::write(
        &path,
        "title,story_title,text\nbbc-001,Blair rejects Iraq advice calls,\"Tony Blair has rejected calls for the publication of advice on the Iraq war.\"\n",
    )
    .unwrap();
    let options = LoadOptions {
        fields: "title=story_title".parse().unwrap(),
    };
    let loaded = load_paths_with(&[path], &options, None).unwrap();
    assert_eq!(loaded.documents[0].title, "Blair rejects Iraq advice calls");
}

/// Python's csv module and Excel end rows with `\r\n`: ids and the lines
/// warnings name are those of the same file with `\n`.
#[test]
fn csv_ids_and_warning_lines_do_not_depend_on_line_endings() {
    let lf = std::fs::read_to_string(fixture("export.csv")).unwrap();
    assert!(!lf.contains('\r'));
    let crlf = lf.replace('\n', "\r\n");
    let load = |text: &str| {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("export.csv");
        std::fs::write(&path, text).unwrap();
        let (docs, warnings) = load_one(path);
        let shown = tmp.path().display().to_string();
        let warnings: Vec<String> = warnings.iter().map(|w| w.replace(&shown, "")).collect();
        let docs: Vec<(String, String, Vec<String>)> = docs
            .iter()
            .map(|d| {
                let t = texts(d).iter().map(|s| s.to_string()).collect();
                (d.id.to_string(), d.title.clone(), t)
            })
            .collect();
        (docs, warnings)
    };
    let (lf_docs, lf_warnings) = load(&lf);
    let (crlf_docs, crlf_warnings) = load(&crlf);
    assert_eq!(lf_docs[0].0, "export.csv#2");
    assert_eq!(crlf_docs, lf_docs);
    assert_eq!(crlf_warnings, lf_warnings);
    assert!(crlf_warnings[0].contains("line 5"), "{crlf_warnings:?}");
    // A blank line between rows does not move the next row's line.
    let (docs, _) = load("title,text\r\n\r\nCuts,The minister said cuts would follow.\r\n");
    assert_eq!(docs[0].0, "export.csv#3");
}

/// A video page and a paywall have text, but only notices about the page:
/// each is one warning naming the file, like a page with no text, and the
/// rest loads.
#[test]
fn pages_of_notices_only_are_skipped_with_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["video_page.html", "paywall_page.html", "news_page.html"] {
        std::fs::copy(fixture(name), tmp.path().join(name)).unwrap();
    }
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    assert_eq!(loaded.documents.len(), 1, "{:?}", loaded.warnings);
    assert_eq!(loaded.documents[0].id, "news_page");
    for name in ["video_page.html", "paywall_page.html"] {
        let about: Vec<&String> = loaded
            .warnings
            .iter()
            .filter(|w| w.contains(name))
            .collect();
        assert_eq!(about.len(), 1, "{:?}", loaded.warnings);
        assert!(about[0].contains("no article text"), "{about:?}");
    }
    assert!(loaded
        .warnings
        .iter()
        .any(|w| w.contains("This video can not be played")));
}

/// Titles, authors and sources escaped once more than they should be (an
/// Atom `type="html"` title, a JSON-LD headline) show their characters,
/// never `&mdash;` or `&amp;`.
#[test]
fn entities_in_metadata_are_decoded() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("wales.atom"),
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
         <feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <title type=\"html\">Health &amp;amp; care news</title><id>urn:hcn</id><updated>2005-02-04T10:00:00Z</updated>\
         <entry><title type=\"html\">Hospital budgets cut &amp;mdash; in Wales</title><id>urn:hcn:1</id>\
         <updated>2005-02-04T10:00:00Z</updated><author><name>Sian Lloyd &amp;amp; Tom Jones</name></author>\
         <content type=\"html\">&lt;p&gt;Hospital budgets in Wales are to be cut by 2%, the assembly government said.&lt;/p&gt;</content>\
         </entry></feed>",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("page.html"),
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \
         \"headline\": \"Health &amp; social care bill passes\", \
         \"author\": {\"@type\": \"Person\", \"name\": \"Nick Triggle\"}, \
         \"publisher\": {\"@type\": \"Organization\", \"name\": \"Health &amp; Care Weekly\"}}</script></head>\
         <body><article><p>The health and social care bill has passed its final stage in the Commons, despite a rebellion.</p></article></body></html>",
    )
    .unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    let docs = &loaded.documents;
    assert_eq!(docs.len(), 2, "{:?}", loaded.warnings);
    let entry = by_id(docs, "wales.atom#hcn-1");
    assert_eq!(entry.title, "Hospital budgets cut \u{2014} in Wales");
    assert_eq!(entry.source.as_deref(), Some("Health & care news"));
    assert_eq!(entry.byline, ["Sian Lloyd", "Tom Jones"]);
    let page = by_id(docs, "page");
    assert_eq!(page.title, "Health & social care bill passes");
    assert_eq!(page.source.as_deref(), Some("Health & Care Weekly"));
    for d in docs {
        for s in [Some(&d.title), d.source.as_ref(), d.author.as_ref()]
            .into_iter()
            .flatten()
        {
            assert!(!s.contains("&amp;") && !s.contains("&mdash;"), "{s}");
        }
    }
}

/// An item the user deleted in newsboat stays in its cache, marked: it is not
/// loaded.
#[test]
fn newsboat_items_marked_deleted_are_left_out() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache.db");
    newsboat_cache(&cache);
    rusqlite::Connection::open(&cache)
        .unwrap()
        .execute("UPDATE rss_item SET deleted = 1 WHERE id = 2", [])
        .unwrap();
    let loaded = load_paths(&[cache], None).unwrap();
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["cache.db#1"], "{:?}", loaded.warnings);
}

/// While newsboat writes its cache, SQLite refuses readers: the warning says
/// the file is in use, not that it is no cache, and the rest loads.
#[test]
fn a_locked_newsboat_cache_is_said_to_be_in_use() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache.db");
    newsboat_cache(&cache);
    std::fs::copy(fixture("feed.rss"), tmp.path().join("feed.rss")).unwrap();
    let writer = rusqlite::Connection::open(&cache).unwrap();
    writer.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    writer.execute_batch("ROLLBACK").unwrap();
    let about: Vec<&String> = loaded
        .warnings
        .iter()
        .filter(|w| w.contains("cache.db"))
        .collect();
    assert_eq!(about.len(), 1, "{:?}", loaded.warnings);
    assert!(about[0].contains("in use by another program"), "{about:?}");
    assert!(!about[0].contains("not a newsboat cache"), "{about:?}");
    assert_eq!(loaded.documents.len(), 2);
}

/// "1 item", not "1 items", and a few items skipped are named.
#[test]
fn items_without_text_are_counted_in_good_english_and_named() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache.db");
    newsboat_cache(&cache);
    let loaded = load_paths(&[cache], None).unwrap();
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(
        loaded.warnings[0].ends_with("1 item with no text skipped (\"An item with no text\")"),
        "{:?}",
        loaded.warnings
    );
    let path = tmp.path().join("links.rss");
    std::fs::write(
        &path,
        "<rss version=\"2.0\"><channel><title>Links</title>\
         <item><guid>link-1</guid><link>https://example.org/a</link></item>\
         <item><title>Council tax</title><guid>ct</guid><description>The minister said council tax would rise by 5%.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let (docs, warnings) = load_one(path);
    assert_eq!(docs.len(), 1);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("links.rss")
            && warnings[0].ends_with("1 item with no text skipped (\"link-1\")"),
        "{warnings:?}"
    );
}

/// A field mapped with `--fields` that a file does not have, under that name
/// or a usual one, is said once, naming the file; its rows still load.
#[test]
fn a_mapped_field_that_matches_nothing_is_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("export.csv");
    std::fs::write(
        &csv,
        "title,text\nBlair rejects Iraq advice calls,Tony Blair has rejected calls for the publication of advice.\n\
         Kilroy names election seat target,Ex-chat show host Robert Kilroy-Silk is to contest Erewash.\n",
    )
    .unwrap();
    let jsonl = tmp.path().join("export.jsonl");
    std::fs::write(
        &jsonl,
        "{\"title\": \"Howard backs stem cell research\", \"text\": \"Michael Howard has backed stem cell research.\"}\n\
         {\"title\": \"Labour plans maternity pay rise\", \"text\": \"Maternity pay for new mothers is to rise by 1,400 pounds.\"}\n",
    )
    .unwrap();
    let options = LoadOptions {
        fields: "id=nothere".parse().unwrap(),
    };
    let loaded = load_paths_with(&[tmp.path().to_path_buf()], &options, None).unwrap();
    let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "export.csv#2",
            "export.csv#3",
            "export.jsonl#1",
            "export.jsonl#2"
        ]
    );
    assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
    for (w, name) in loaded.warnings.iter().zip(["export.csv", "export.jsonl"]) {
        assert!(
            w.contains(name) && w.contains("'nothere'") && w.contains("--fields id=nothere"),
            "{w}"
        );
    }
}

/// RSS 2.0's `<author>` is an address with the name in brackets: the name is
/// the author.
#[test]
fn rss_author_address_gives_the_name_in_brackets() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("politics.rss");
    std::fs::write(
        &path,
        "<rss version=\"2.0\"><channel><title>BBC News - Politics</title>\
         <item><title>Blair rejects Iraq advice calls</title><guid>uk-politics-1</guid>\
         <author>editor@example.com (Nick Assinder)</author>\
         <description>Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war.</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let (docs, warnings) = load_one(path);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(docs[0].byline, ["Nick Assinder"]);
    assert_eq!(docs[0].author.as_deref(), Some("Nick Assinder"));
}

/// A page with no metadata prints its byline and date: a byline element
/// gives the author and the date; a byline or dateline heading the text is
/// taken as such, and is neither the standfirst nor the first paragraph.
#[test]
fn visible_bylines_and_datelines_give_author_and_date() {
    let body = "<p>A decision on whether to allow Westminster to legislate on super-casinos is set to be made by the Scottish Parliament.</p>\
                <p>The government has plans for up to eight Las Vegas style resorts in the UK, one of which is likely to be in Glasgow.</p>";
    let e = extract(&format!(
        "<html><head><title>Crucial decision on super-casinos</title></head><body><article>\
         <h1>Crucial decision on super-casinos</h1><p class=\"byline\">By Alice Brown, 3 June 2003</p>{body}</article></body></html>"
    ));
    assert_eq!(e.authors, ["Alice Brown"]);
    assert_eq!(e.date.as_deref(), Some("2003-06-03"));
    assert!(
        e.paragraphs[0].starts_with("A decision on whether"),
        "{:?}",
        e.paragraphs
    );

    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("casinos.html"),
        format!(
            "<html><head><title>Crucial decision on super-casinos</title></head><body><div class=\"story\">\
             <p>By Alice Brown | 3 June 2003</p>{body}</div></body></html>"
        ),
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("dated.html"),
        format!(
            "<html><head><title>Crucial decision on super-casinos</title></head><body><div class=\"story\">\
             <p>Published Monday 14 March 2005</p>{body}</div></body></html>"
        ),
    )
    .unwrap();
    let loaded = load_paths(&[tmp.path().to_path_buf()], None).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let d = by_id(&loaded.documents, "casinos");
    assert_eq!(d.byline, ["Alice Brown"]);
    assert_eq!(d.date.as_deref(), Some("2003-06-03"));
    assert!(
        texts(d).iter().all(|p| !p.contains("Alice Brown")),
        "{:?}",
        texts(d)
    );
    let d = by_id(&loaded.documents, "dated");
    assert_eq!(d.date.as_deref(), Some("2005-03-14"));
    assert!(d
        .standfirst
        .as_deref()
        .is_none_or(|s| !s.contains("Published")));
    assert!(
        texts(d).iter().all(|p| !p.contains("Published")),
        "{:?}",
        texts(d)
    );
}

/// A feed cut short after its items (only `</channel></rss>` lost) loads
/// them, with one warning saying it was cut and how many were read.
#[test]
fn a_feed_cut_after_its_items_keeps_them() {
    let tmp = tempfile::tempdir().unwrap();
    let full = std::fs::read_to_string(fixture("feed.rss")).unwrap();
    let end = full.rfind("</channel>").unwrap();
    let path = tmp.path().join("cut.rss");
    std::fs::write(&path, &full[..end]).unwrap();
    let (docs, warnings) = load_one(path);
    assert_eq!(docs.len(), 2, "{warnings:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("cut.rss")
            && warnings[0].contains("cut short")
            && warnings[0].contains("2 complete items"),
        "{warnings:?}"
    );
}
