//! The store's cache (`cache.db`): reopen without analysis, incremental
//! re-analysis of changed files, rebuilds (engine bump, corruption), two
//! openers at once, a kill mid-build, and search.

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::json_of;

use centreline::analysis::Lexicon;
use centreline::corpus::load::LoadOptions;
use centreline::export::{self, Format};
use centreline::store::{cache, search, StoreOptions};
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_centreline"));
    c.env("CENTRELINE_CONFIG", "/nonexistent/centreline.toml");
    c
}

/// The bundled articles as files in a fresh folder, `copies` times each.
fn corpus_dir(copies: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    for entry in std::fs::read_dir(&assets).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            for i in 0..copies {
                let file = if copies == 1 {
                    format!("{name}.txt")
                } else {
                    format!("{name}-{i}.txt")
                };
                std::fs::write(dir.path().join(file), &text).unwrap();
            }
        }
    }
    dir
}

fn store_at(dir: &Path) -> StoreOptions {
    StoreOptions {
        dir: Some(dir.to_path_buf()),
        disabled: false,
    }
}

/// JSON and CSV exports, and the warnings, of a cold open without a store.
fn cold(paths: &[PathBuf]) -> (Vec<u8>, Vec<u8>, Vec<String>) {
    let lexicon = Lexicon::bundled();
    let (corpus, warnings) =
        centreline::open_corpus_with(paths, &LoadOptions::default(), &lexicon, None).unwrap();
    (
        export::render(&corpus, Format::Json).unwrap(),
        export::render(&corpus, Format::Csv).unwrap(),
        warnings,
    )
}

/// Open through the store: (JSON, CSV, warnings, stats).
fn stored(paths: &[PathBuf], store: &Path) -> (Vec<u8>, Vec<u8>, Vec<String>, cache::Stats) {
    let lexicon = Lexicon::bundled();
    let o = centreline::open_stored(
        paths,
        &LoadOptions::default(),
        &lexicon,
        &store_at(store),
        None,
    )
    .unwrap();
    (
        export::render(&o.corpus, Format::Json).unwrap(),
        export::render(&o.corpus, Format::Csv).unwrap(),
        o.warnings,
        o.stats,
    )
}

fn assert_same(a: &[u8], b: &[u8], what: &str) {
    assert!(a == b, "{what}: the store's export differs from a cold one");
}

#[test]
fn the_bundled_corpus_exports_byte_for_byte_the_same_from_its_store() {
    let store = tempfile::tempdir().unwrap();
    for format in ["json", "csv"] {
        let cold = bin()
            .args(["export", "--no-store", "--format", format])
            .output()
            .unwrap();
        assert!(cold.status.success());
        for round in ["build", "reopen"] {
            let out = bin()
                .args(["export", "--format", format, "--store"])
                .arg(store.path())
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_same(&cold.stdout, &out.stdout, &format!("{format} {round}"));
        }
    }
    assert!(store.path().join(cache::CACHE_FILE).is_file());
}

#[test]
fn build_then_reopen_analyses_nothing_and_exports_the_same() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let (json, csv, warnings) = cold(&paths);
    let (j1, c1, w1, s1) = stored(&paths, store.path());
    assert_eq!((s1.analysed, s1.reused, s1.from_cache), (5, 0, false));
    assert!(s1.cache_current);
    let (j2, c2, w2, s2) = stored(&paths, store.path());
    assert_eq!((s2.analysed, s2.reused, s2.from_cache), (0, 5, true));
    assert_eq!(s2.files_read, 0);
    for (j, c) in [(&j1, &c1), (&j2, &c2)] {
        assert_same(&json, j, "json");
        assert_same(&csv, c, "csv");
    }
    assert_eq!(w1, warnings);
    assert_eq!(w2, warnings);
}

#[test]
fn an_edit_an_addition_and_a_removal_reanalyse_only_that_file() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    stored(&paths, store.path());
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();

    // Edit one file.
    let text = std::fs::read_to_string(&files[1]).unwrap();
    let edited = text.replacen(
        "\n\n",
        "\n\nThe minister said: \"Local trusts will decide for themselves.\"\n\n",
        1,
    );
    assert_ne!(text, edited);
    std::fs::write(&files[1], edited).unwrap();
    let (j, c, w, s) = stored(&paths, store.path());
    assert_eq!((s.analysed, s.reused, s.files_read), (1, 4, 1), "{s:?}");
    let (json, csv, warnings) = cold(&paths);
    assert_same(&json, &j, "json after an edit");
    assert_same(&csv, &c, "csv after an edit");
    assert_eq!(w, warnings);

    // Add one.
    std::fs::write(
        corpus.path().join("added.txt"),
        "Council budget row\n\nThe council leader, Jane Smith, said: \"Whitehall must let us set our own budget.\"\n",
    )
    .unwrap();
    let (j, c, _, s) = stored(&paths, store.path());
    assert_eq!((s.analysed, s.reused, s.files_read), (1, 5, 1), "{s:?}");
    let (json, csv, _) = cold(&paths);
    assert_same(&json, &j, "json after an addition");
    assert_same(&csv, &c, "csv after an addition");

    // Remove one.
    std::fs::remove_file(&files[0]).unwrap();
    let (j, c, _, s) = stored(&paths, store.path());
    assert_eq!((s.analysed, s.reused, s.from_cache), (0, 5, false), "{s:?}");
    let (json, csv, _) = cold(&paths);
    assert_same(&json, &j, "json after a removal");
    assert_same(&csv, &c, "csv after a removal");

    // And then nothing changed again.
    let (j, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache, "{s:?}");
    assert_same(&json, &j, "json on reopen");
}

#[test]
fn a_different_engine_version_rebuilds() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    stored(&paths, store.path());
    let conn = rusqlite::Connection::open(store.path().join(cache::CACHE_FILE)).unwrap();
    let n = conn
        .execute(
            "UPDATE meta SET value = '0.0.0+analysis0' WHERE key = 'engine'",
            [],
        )
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);
    let (j, _, w, s) = stored(&paths, store.path());
    assert_eq!((s.analysed, s.reused), (5, 0), "{s:?}");
    assert!(w.is_empty(), "a version change is no warning: {w:?}");
    assert_same(&cold(&paths).0, &j, "json after an engine bump");
    let (_, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache);
}

#[test]
fn a_different_lexicon_rebuilds() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    stored(&paths, store.path());
    let other = Lexicon::from_toml(&format!(
        "{}\n# edited\n",
        centreline::analysis::lexicon::BUNDLED_TOML
    ))
    .unwrap();
    let o = centreline::open_stored(
        &paths,
        &LoadOptions::default(),
        &other,
        &store_at(store.path()),
        None,
    )
    .unwrap();
    assert_eq!(o.stats.analysed, 5, "{:?}", o.stats);
}

/// Someone else's database where the cache would be (newsboat's cache is
/// called `cache.db` too): never written to or deleted; the corpus opens
/// without a cache, with one warning.
#[test]
fn a_foreign_database_is_left_alone() {
    let corpus = corpus_dir(1);
    let paths = vec![corpus.path().to_path_buf()];
    let (json, _, _) = cold(&paths);
    let store = tempfile::tempdir().unwrap();
    let db = store.path().join(cache::CACHE_FILE);
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(
        "CREATE TABLE feeds(url TEXT); INSERT INTO feeds VALUES ('https://example.org/rss')",
    )
    .unwrap();
    drop(c);
    let before = std::fs::read(&db).unwrap();
    for _ in 0..2 {
        let (j, _, w, s) = stored(&paths, store.path());
        assert_eq!(s.analysed, 5, "{s:?}");
        assert!(!s.from_cache, "{s:?}");
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("not centreline's") && w[0].contains("left as it is"),
            "{w:?}"
        );
        assert_same(&json, &j, "foreign");
    }
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the user's database is untouched"
    );
    assert!(!store.path().join("cache.db-wal").exists());
}

#[test]
fn a_corrupt_or_newer_cache_is_rebuilt_with_one_warning() {
    let corpus = corpus_dir(1);
    let paths = vec![corpus.path().to_path_buf()];
    let (json, _, _) = cold(&paths);
    for (what, expect) in [
        ("garbage", "could not be read"),
        ("newer", "newer centreline"),
        ("table dropped", "missing its 'article_rest' table"),
    ] {
        let store = tempfile::tempdir().unwrap();
        let db = store.path().join(cache::CACHE_FILE);
        match what {
            "garbage" => {
                stored(&paths, store.path());
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(store.path().join(format!("cache.db{suffix}")));
                }
                std::fs::write(&db, b"this is not a database, just some bytes".repeat(200))
                    .unwrap();
            }
            "newer" => {
                stored(&paths, store.path());
                let c = rusqlite::Connection::open(&db).unwrap();
                c.execute_batch("PRAGMA user_version = 99").unwrap();
            }
            _ => {
                stored(&paths, store.path());
                let c = rusqlite::Connection::open(&db).unwrap();
                c.execute_batch("DROP TABLE article_rest").unwrap();
            }
        }
        let (j, _, w, s) = stored(&paths, store.path());
        assert_eq!(s.analysed, 5, "{what}: {s:?}");
        assert_eq!(w.len(), 1, "{what}: {w:?}");
        assert!(
            w[0].contains(expect) && w[0].contains("rebuilt"),
            "{what}: {w:?}"
        );
        assert_same(&json, &j, what);
        let (_, _, w, s) = stored(&paths, store.path());
        assert!(s.from_cache && w.is_empty(), "{what}: {s:?} {w:?}");
        // What was there is kept beside it, not deleted.
        assert!(store.path().join("cache.db.unreadable").exists(), "{what}");
    }
}

#[test]
fn the_cli_says_so_on_one_line_when_the_cache_is_corrupt() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    std::fs::write(store.path().join(cache::CACHE_FILE), [0xffu8; 4096]).unwrap();
    let out = bin()
        .args(["speakers", "--json", "--store"])
        .arg(store.path())
        .arg(corpus.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("centreline: the store's cache"), "{err}");
}

#[test]
fn two_openers_at_once_corrupt_nothing() {
    let corpus = corpus_dir(2);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let (json, _, _) = cold(&paths);
    let results: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|_| s.spawn(|| stored(&paths, store.path())))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (j, _, w, _) in &results {
        assert!(w.is_empty(), "{w:?}");
        assert_same(&json, j, "concurrent build");
    }
    let (j, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache, "{s:?}");
    assert_same(&json, &j, "after concurrent builds");
    let conn = rusqlite::Connection::open(store.path().join(cache::CACHE_FILE)).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn a_read_only_folder_keeps_its_store_in_the_cache_directory() {
    let corpus = corpus_dir(1);
    let home = tempfile::tempdir().unwrap();
    let mut perms = std::fs::metadata(corpus.path()).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o555);
    std::fs::set_permissions(corpus.path(), perms.clone()).unwrap();
    let restore = || {
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms.clone(), 0o755);
        let mut p = perms.clone();
        std::os::unix::fs::PermissionsExt::set_mode(&mut p, 0o755);
        let _ = std::fs::set_permissions(corpus.path(), p);
    };
    // Even root, whom the system lets write anywhere, leaves it alone.
    let out = bin()
        .args(["speakers", "--json"])
        .arg(corpus.path())
        .env("XDG_CACHE_HOME", home.path())
        .output()
        .unwrap();
    restore();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is read-only"), "{err}");
    let kept = std::fs::read_dir(home.path().join("centreline"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert!(kept.join(cache::CACHE_FILE).is_file(), "{kept:?}");
    assert!(!corpus.path().join(".centreline").exists());
}

#[test]
fn a_build_killed_midway_leaves_a_store_that_reopens() {
    let corpus = corpus_dir(40);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    for delay in [150u64, 600, 1500] {
        let mut child = bin()
            .args(["export", "-o", "/dev/null", "--store"])
            .arg(store.path())
            .arg(corpus.path())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
    }
    // As a first build killed before its lock was taken would leave it.
    std::fs::write(store.path().join("cache.db.new-4000000-0"), b"half").unwrap();
    let (json, csv, _) = cold(&paths);
    let (j, c, w, _) = stored(&paths, store.path());
    assert!(w.is_empty(), "{w:?}");
    assert_same(&json, &j, "json after a kill");
    assert_same(&csv, &c, "csv after a kill");
    let (_, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache);
    // A first build killed midway leaves a file of its own beside the
    // cache; an open removes it.
    let left: Vec<_> = std::fs::read_dir(store.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".new-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A `cache.db` that is a link to a file not yet made: the cache is made
/// through the link, as before a store's first build had a path of its
/// own, and reopens from it.
#[cfg(unix)]
#[test]
fn a_cache_linked_to_a_missing_file_is_made_through_the_link() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("real.db");
    std::os::unix::fs::symlink(&target, store.path().join(cache::CACHE_FILE)).unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let (_, _, w, s) = stored(&paths, store.path());
    assert!(w.is_empty(), "{w:?}");
    assert!(s.cache_current);
    assert!(target.is_file());
    let (_, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache);
}

fn search_in(store: &Path, query: &str) -> anyhow::Result<Vec<search::Hit>> {
    let conn = rusqlite::Connection::open(store.join(cache::CACHE_FILE)).unwrap();
    search::search(&conn, query, 50)
}

#[test]
fn search_finds_words_phrases_prefixes_and_not() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("zz-search.txt"),
        "Search test article\n\nThe zebrafish committee met on Tuesday.\n\nA second paragraph about zebrafish and the Treasury.\n\nThird: the quokka plan was shelved.\n",
    )
    .unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    stored(&paths, store.path());

    let hits = search_in(store.path(), "quokka").unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].article, "zz-search");
    assert_eq!(hits[0].title, "Search test article");
    assert_eq!((hits[0].paragraph, hits[0].number), (2, 3));
    assert_eq!(
        search::mark(&hits[0].snippet, "«", "»"),
        "Third: the «quokka» plan was shelved."
    );

    // The title is no paragraph: the first paragraph is the standfirst.
    let hits = search_in(store.path(), "\"zebrafish committee\"").unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].paragraph, 0);

    let hits = search_in(store.path(), "zebra*").unwrap();
    assert_eq!(hits.len(), 2, "{hits:?}");

    let hits = search_in(store.path(), "zebrafish NOT treasury").unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].paragraph, 0);

    let hits = search_in(store.path(), "zebrafish OR quokka").unwrap();
    assert_eq!(hits.len(), 3);

    // A word with punctuation is a word, not a column filter or syntax.
    assert!(search_in(store.path(), "col:umn").unwrap().is_empty());
    for bad in ["\"unterminated", "AND", "zebra NOT", "((("] {
        let err = search_in(store.path(), bad).unwrap_err().to_string();
        assert!(err.starts_with("cannot search for"), "{bad}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn the_search_command_prints_matches_and_refuses_a_bad_query() {
    let store = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["search", "trust", "--json", "--limit", "3", "--store"])
        .arg(store.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for h in hits {
        assert!(h["snippet"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("«trust"));
        assert_eq!(h["number"], h["paragraph"].as_u64().unwrap() + 1);
        assert!(h["article"].is_string() && h["title"].is_string());
    }
    // The same without a store (an index made in memory).
    let plain = bin()
        .args(["search", "trust", "--json", "--limit", "3", "--no-store"])
        .output()
        .unwrap();
    assert_eq!(plain.stdout, out.stdout);
    // A table, marked with « » when not on a terminal.
    let table = bin()
        .args(["search", "trust", "--limit", "1", "--store"])
        .arg(store.path())
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains(" · ¶ ") && text.contains('«'), "{text}");

    let bad = bin()
        .args(["search", "\"nhs", "--store"])
        .arg(store.path())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("centreline: cannot search for '\"nhs'"),
        "{err}"
    );
}

#[test]
fn no_store_writes_nothing_beside_the_corpus() {
    let corpus = corpus_dir(1);
    let out = bin()
        .args(["quotes", "--json", "--no-store"])
        .arg(corpus.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!corpus.path().join(".centreline").exists());
    let out = bin()
        .args(["quotes", "--json"])
        .arg(corpus.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(corpus
        .path()
        .join(".centreline")
        .join(cache::CACHE_FILE)
        .is_file());
}

#[test]
fn search_sees_a_file_added_since_the_last_build() {
    let corpus = corpus_dir(1);
    let search = |q: &str| {
        let hits = json_of(
            bin()
                .args(["search", q, "--json"])
                .arg(corpus.path())
                .output()
                .unwrap(),
        );
        hits.as_array().unwrap().len()
    };
    assert_eq!(search("wombat"), 0);
    std::fs::write(
        corpus.path().join("new.txt"),
        "Wombats\n\nThe wombat census was devolved to councils.\n",
    )
    .unwrap();
    assert_eq!(search("wombat"), 1);
    std::fs::remove_file(corpus.path().join("new.txt")).unwrap();
    assert_eq!(search("wombat"), 0);
}

#[test]
fn rows_that_do_not_parse_are_rebuilt_with_a_warning() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let (json, _, _) = cold(&paths);
    let db = store.path().join(cache::CACHE_FILE);
    for sql in [
        // The finished model, used when nothing changed.
        "UPDATE articles SET body = x'7b7b7b'",
        // An article's paragraphs and cues, kept apart from it.
        "UPDATE article_rest SET rest = x'c1' WHERE ord = 1",
        // …or missing.
        "DELETE FROM article_rest WHERE ord = 0",
        // A part of the quotes (0xc1 is no MessagePack value).
        "UPDATE quotes SET body = x'c1' WHERE n = 0",
        // A cached article's findings, used when another file changed.
        "UPDATE documents SET findings = x'5b5b'",
    ] {
        stored(&paths, store.path());
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(sql).unwrap();
        drop(c);
        if sql.contains("documents") {
            std::fs::write(
                corpus.path().join("extra.txt"),
                "Extra\n\nOne more article.\n",
            )
            .unwrap();
        }
        let (j, _, w, s) = stored(&paths, store.path());
        assert_eq!(w.len(), 1, "{sql}: {w:?}");
        assert!(w[0].contains("could not be read"), "{w:?}");
        assert!(!s.from_cache, "{s:?}");
        let expect = if sql.contains("documents") {
            cold(&paths).0
        } else {
            json.clone()
        };
        assert_same(&expect, &j, sql);
        let (_, _, w, s) = stored(&paths, store.path());
        assert!(w.is_empty() && s.from_cache, "{w:?} {s:?}");
    }
}

#[test]
fn a_store_that_cannot_be_made_is_one_warning_and_the_analysis_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let cold = bin().args(["export", "--no-store"]).output().unwrap();
    let out = bin()
        .args(["export", "--store"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "centreline: the store's cache cannot be used (cannot create the store folder"
        ),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");
    assert_same(&cold.stdout, &out.stdout, "export without a usable store");
}

#[test]
fn two_processes_building_one_store_at_once_agree() {
    let corpus = corpus_dir(10);
    let store = tempfile::tempdir().unwrap();
    let cold = bin()
        .args(["export", "--no-store"])
        .arg(corpus.path())
        .output()
        .unwrap();
    let spawn = || {
        bin()
            .args(["export", "--store"])
            .arg(store.path())
            .arg(corpus.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_same(&cold.stdout, &out.stdout, "a concurrent process");
    }
    let again = bin()
        .args(["export", "--store"])
        .arg(store.path())
        .arg(corpus.path())
        .output()
        .unwrap();
    assert_same(&cold.stdout, &again.stdout, "after two processes");
}

/// `corpus` and `corpus/` (and `./corpus`) are one corpus: the second
/// spelling reopens from the cache rather than rebuilding it.
#[test]
fn one_folder_spelled_two_ways_is_one_cache() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let plain = vec![corpus.path().to_path_buf()];
    let (json, _, _, s) = stored(&plain, store.path());
    assert!(!s.from_cache);
    let slashed = vec![PathBuf::from(format!("{}/", corpus.path().display()))];
    let dotted = vec![corpus.path().join(".")];
    for other in [slashed, dotted] {
        let (j, _, w, s) = stored(&other, store.path());
        assert!(s.from_cache && w.is_empty(), "{other:?}: {s:?} {w:?}");
        assert_same(&json, &j, "another spelling");
    }
}

/// The cache's rows as the first schema wrote them: JSON, not MessagePack.
fn write_rows_as_json(db: &Path) {
    let c = rusqlite::Connection::open(db).unwrap();
    let bodies: Vec<(i64, Vec<u8>)> = {
        let mut s = c.prepare("SELECT ord, body FROM articles").unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for (ord, body) in bodies {
        let value: serde_json::Value = rmp_serde::from_slice(&body).unwrap();
        c.execute(
            "UPDATE articles SET body = ?1 WHERE ord = ?2",
            rusqlite::params![serde_json::to_vec(&value).unwrap(), ord],
        )
        .unwrap();
    }
}

#[test]
fn a_cache_in_the_old_json_format_is_rebuilt_and_exports_the_same() {
    let corpus = corpus_dir(1);
    let paths = vec![corpus.path().to_path_buf()];
    let (json, _, _) = cold(&paths);
    // Marked with the old schema version: rebuilt (nothing in it is reused).
    let store = tempfile::tempdir().unwrap();
    let db = store.path().join(cache::CACHE_FILE);
    stored(&paths, store.path());
    write_rows_as_json(&db);
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA user_version = 1")
        .unwrap();
    let (j, _, _, s) = stored(&paths, store.path());
    assert!(!s.from_cache && s.analysed == 5 && s.cache_current, "{s:?}");
    assert_same(&json, &j, "old schema");
    let (j, _, w, s) = stored(&paths, store.path());
    assert!(s.from_cache && w.is_empty(), "{s:?} {w:?}");
    assert_same(&json, &j, "old schema, reopened");
    // JSON rows under the current version mark: a warning and a rebuild.
    let store = tempfile::tempdir().unwrap();
    let db = store.path().join(cache::CACHE_FILE);
    stored(&paths, store.path());
    write_rows_as_json(&db);
    let (j, _, w, s) = stored(&paths, store.path());
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("could not be read") && w[0].contains("rebuilt"),
        "{w:?}"
    );
    assert!(!s.from_cache, "{s:?}");
    assert_same(&json, &j, "JSON rows");
}

/// The articles' list fields and the speakers as JSON, to compare a
/// preview with the full model.
fn listed(corpus: &centreline::model::Corpus) -> (Vec<String>, String) {
    let articles = corpus
        .articles
        .iter()
        .map(|a| {
            let mut head = a.clone();
            head.paragraphs.clear();
            head.theme.cues.clear();
            head.theme.explanation.clear();
            serde_json::to_string(&head).unwrap()
        })
        .collect();
    (articles, serde_json::to_string(&corpus.speakers).unwrap())
}

#[test]
fn an_up_to_date_cache_previews_the_articles_and_speakers_without_their_text() {
    let corpus = corpus_dir(2);
    // A file skipped with a warning, to see the preview gives it too.
    std::fs::write(corpus.path().join("empty.txt"), "").unwrap();
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let lexicon = Lexicon::bundled();
    let options = LoadOptions::default();
    // No cache yet: nothing to preview.
    assert!(cache::preview(store.path(), &paths, &options, &lexicon).is_none());
    let full =
        centreline::open_stored(&paths, &options, &lexicon, &store_at(store.path()), None).unwrap();
    let preview = cache::preview(store.path(), &paths, &options, &lexicon).expect("a preview");
    assert_eq!(preview.warnings, full.warnings);
    assert!(!preview.warnings.is_empty());
    let p = &preview.corpus;
    assert_eq!(listed(p), listed(&full.corpus));
    assert!(p.articles.iter().all(|a| a.paragraphs.is_empty()));
    assert!(p.articles.iter().all(|a| a.theme.cues.is_empty()));
    assert!(p.quotes.is_empty());
    assert_eq!(p.periods, full.corpus.periods);
    // The full model still comes back whole from the same cache.
    let (json, _, _) = cold(&paths);
    let (j, _, _, s) = stored(&paths, store.path());
    assert!(s.from_cache, "{s:?}");
    assert_same(&json, &j, "after a preview");
    // An edited file: the cache is out of date, so no preview.
    let first = std::fs::read_dir(corpus.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "txt") && !p.ends_with("empty.txt"))
        .unwrap();
    let mut text = std::fs::read_to_string(&first).unwrap();
    text.push_str("\n\nA paragraph added since.\n");
    std::fs::write(&first, text).unwrap();
    assert!(cache::preview(store.path(), &paths, &options, &lexicon).is_none());
    // The files are scanned beside the cache's read: a file added or one
    // removed since the build is seen as well.
    let rebuild = || {
        centreline::open_stored(&paths, &options, &lexicon, &store_at(store.path()), None).unwrap();
        assert!(cache::preview(store.path(), &paths, &options, &lexicon).is_some());
    };
    rebuild();
    let added = corpus.path().join("added.txt");
    std::fs::write(&added, "A title\n\nMr Smith said: \"It was added.\"\n").unwrap();
    assert!(cache::preview(store.path(), &paths, &options, &lexicon).is_none());
    rebuild();
    std::fs::remove_file(&first).unwrap();
    assert!(cache::preview(store.path(), &paths, &options, &lexicon).is_none());
    rebuild();
}

#[test]
fn a_store_with_corrections_gives_no_preview() {
    let corpus = corpus_dir(1);
    let store = tempfile::tempdir().unwrap();
    let paths = vec![corpus.path().to_path_buf()];
    let lexicon = Lexicon::bundled();
    let options = LoadOptions::default();
    let at = store_at(store.path());
    let opened = centreline::open_stored(&paths, &options, &lexicon, &at, None).unwrap();
    assert!(centreline::preview_stored(&paths, &options, &lexicon, &at).is_some());
    // A rename, kept: the preview would show the old name.
    let s = &opened.corpus.speakers[0];
    let file = centreline::store::corrections::CorrectionsFile::in_store(store.path());
    file.add(centreline::store::corrections::Correction::Rename {
        speaker: centreline::store::corrections::SpeakerRef::of(s),
        name: "Someone Else".into(),
        made: String::new(),
    })
    .unwrap();
    assert!(centreline::preview_stored(&paths, &options, &lexicon, &at).is_none());
}
