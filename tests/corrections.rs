//! The user's corrections from the command line: each kind recorded, applied
//! to every output, reported stale when its article changes, undone, and the
//! file kept safe. Each test works on its own copy of the bundled articles,
//! whose store (`.centreline/`) is made beside it.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const FIRST: &str = "000_cfc937d7100a9871";
/// The third article, where Milburn is quoted too.
const THIRD: &str = "002_606b5fe05658d27d";

/// A temporary folder holding the five bundled articles.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in centreline::corpus::bundled::ARTICLES {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(args)
        .arg(dir)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn fails(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(args)
        .arg(dir)
        .assert()
        .failure();
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

fn export(dir: &Path) -> Value {
    serde_json::from_str(&run(dir, &["export"])).unwrap()
}

fn speaker<'a>(corpus: &'a Value, id: &str) -> Option<&'a Value> {
    corpus["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
}

fn quote<'a>(corpus: &'a Value, id: &str) -> Option<&'a Value> {
    corpus["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == id)
}

fn corrections_file(dir: &Path) -> std::path::PathBuf {
    dir.join(".centreline").join("corrections.toml")
}

#[test]
fn merge_joins_two_speakers_everywhere() {
    let dir = corpus();
    let before = export(dir.path());
    let milburn = speaker(&before, "alan-milburn").unwrap()["quote_count"]
        .as_u64()
        .unwrap();
    let mckay = speaker(&before, "neil-mckay").unwrap()["quote_count"]
        .as_u64()
        .unwrap();
    let said = run(
        dir.path(),
        &["speakers", "merge", "alan-milburn", "neil-mckay"],
    );
    assert!(
        said.contains("Recorded correction 1: merge 'Neil McKay' into 'Alan Milburn'"),
        "{said}"
    );

    let after = export(dir.path());
    assert!(speaker(&after, "neil-mckay").is_none());
    let kept = speaker(&after, "alan-milburn").unwrap();
    assert_eq!(kept["quote_count"].as_u64().unwrap(), milburn + mckay);
    assert_eq!(kept["corrected"], true);
    assert!(kept["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Neil McKay"));
    assert!(kept["identity"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["form"] == "Neil McKay" && d["rule"] == "correction-merge"));
    // McKay's quotes are Milburn's now, marked; and so are his mentions.
    let moved: Vec<&Value> = after["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["corrected"] == true)
        .collect();
    assert_eq!(moved.len() as u64, mckay);
    assert!(moved.iter().all(|q| q["speaker"] == "alan-milburn"));
    let mentions_mckay = after.to_string().contains("\"speaker\":\"neil-mckay\"");
    assert!(!mentions_mckay, "a mention still names the merged speaker");
    // The export lists the correction, applied.
    assert_eq!(after["corrections"][0]["action"], "merge");
    assert!(after["corrections"][0].get("stale").is_none());
    // And the tables show it.
    let table = run(dir.path(), &["speakers"]);
    assert!(!table.contains("Neil McKay"), "{table}");
    assert!(table.contains("Alan Milburn ✎"), "{table}");
}

#[test]
fn rename_split_assign_and_reject_each_apply() {
    let dir = corpus();
    let before = export(dir.path());
    run(
        dir.path(),
        &["speakers", "rename", "stephen-thornton", "Steve Thornton"],
    );
    run(
        dir.path(),
        &["speakers", "split", "alan-milburn", "--article", THIRD],
    );
    // Milburn's 'Don't wait for advice: start now' given to Hugh Taylor.
    let q1 = format!("{FIRST}#q1");
    assert_eq!(quote(&before, &q1).unwrap()["speaker"], "alan-milburn");
    run(dir.path(), &["quotes", "assign", &q1, "hugh-taylor"]);
    let q2 = format!("{FIRST}#q2");
    assert_eq!(quote(&before, &q2).unwrap()["text"], "fragile");
    run(dir.path(), &["quotes", "reject", &q2]);

    let after = export(dir.path());
    assert_eq!(
        speaker(&after, "stephen-thornton").unwrap()["name"],
        "Steve Thornton"
    );
    // The split: Milburn's quotes in the third article are a new speaker's.
    let split = speaker(&after, "alan-milburn-2").expect("the split speaker");
    assert_eq!(split["articles"], serde_json::json!([THIRD]));
    let in_third = |c: &Value, who: &str| {
        c["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["article"] == THIRD && q["speaker"] == who)
            .count()
    };
    assert!(in_third(&before, "alan-milburn") > 0);
    assert_eq!(in_third(&after, "alan-milburn"), 0);
    assert_eq!(
        in_third(&after, "alan-milburn-2"),
        in_third(&before, "alan-milburn")
    );
    let milburn = speaker(&after, "alan-milburn").unwrap();
    assert!(!milburn["articles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == THIRD));
    // The assigned quote, and Taylor's count.
    assert_eq!(quote(&after, &q1).unwrap()["speaker"], "hugh-taylor");
    assert_eq!(quote(&after, &q1).unwrap()["corrected"], true);
    let taylor = |c: &Value| {
        speaker(c, "hugh-taylor").unwrap()["quote_count"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(taylor(&after), taylor(&before) + 1);
    // The rejected quote is gone; the others keep their ids.
    assert!(quote(&after, &q2).is_none());
    assert!(quote(&after, &format!("{FIRST}#q3")).is_some());
    let statuses: Vec<&str> = after["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["rename", "split", "assign", "reject"]);
}

#[test]
fn a_reassigned_quote_carries_its_theme_to_its_new_speaker() {
    let dir = corpus();
    let before = export(dir.path());
    // A quote of Thornton's that speaks of the centre or of local control.
    let themed = before["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| {
            q["speaker"] == "stephen-thornton" && !q["theme"]["cues"].as_array().unwrap().is_empty()
        })
        .expect("a Thornton quote with theme cues");
    let id = themed["id"].as_str().unwrap();
    let cue = themed["theme"]["cues"][0]["text"].clone();
    let has_cue = |c: &Value, who: &str| {
        speaker(c, who).unwrap()["theme"]["cues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["text"] == cue)
    };
    assert!(!has_cue(&before, "colin-reeves"));
    run(dir.path(), &["quotes", "assign", id, "colin-reeves"]);
    let after = export(dir.path());
    assert!(has_cue(&after, "colin-reeves"), "the theme did not move");
    assert_ne!(
        speaker(&after, "colin-reeves").unwrap()["theme"],
        speaker(&before, "colin-reeves").unwrap()["theme"]
    );
}

#[test]
fn an_edited_article_makes_its_correction_stale_but_keeps_it() {
    let dir = corpus();
    let q2 = format!("{FIRST}#q2");
    run(dir.path(), &["quotes", "reject", &q2]);
    run(
        dir.path(),
        &["speakers", "rename", "colin-reeves", "Col Reeves"],
    );
    let kept = std::fs::read(corrections_file(dir.path())).unwrap();
    // The quoted word is edited away.
    let path = dir.path().join(format!("{FIRST}.txt"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("'fragile'"));
    std::fs::write(&path, text.replace("'fragile'", "'brittle'")).unwrap();

    let listed = run(dir.path(), &["corrections"]);
    assert!(listed.contains("STALE"), "{listed}");
    assert!(listed.contains("‘fragile’"), "{listed}");
    assert!(
        listed.contains("no longer a quote in its article"),
        "{listed}"
    );
    assert!(listed.contains("1 of 2 no longer apply"), "{listed}");
    let after = export(dir.path());
    assert!(after["corrections"][0]["stale"].is_string());
    assert!(after["corrections"][1].get("stale").is_none());
    // Every command says so on stderr, once per stale correction.
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .arg("speakers")
        .arg(dir.path())
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(err.matches("no longer applies").count(), 1, "{err}");
    assert!(err.contains("correction 1 in"), "{err}");
    // Nothing rewrote the user's file.
    assert_eq!(std::fs::read(corrections_file(dir.path())).unwrap(), kept);

    // A deleted article: stale too, with its own reason.
    std::fs::remove_file(&path).unwrap();
    let listed = run(dir.path(), &["corrections", "--json"]);
    let json: Value = serde_json::from_str(&listed).unwrap();
    assert!(json[0]["stale"]
        .as_str()
        .unwrap()
        .contains("no longer in the corpus"));
}

#[test]
fn undo_removes_the_last_correction_only() {
    let dir = corpus();
    run(
        dir.path(),
        &["speakers", "rename", "colin-reeves", "Col Reeves"],
    );
    run(
        dir.path(),
        &["speakers", "rename", "hugh-taylor", "H. Taylor"],
    );
    let said = run(dir.path(), &["corrections", "undo"]);
    assert!(
        said.contains("Undone: rename 'Hugh Taylor' to 'H. Taylor'"),
        "{said}"
    );
    let after = export(dir.path());
    assert_eq!(
        speaker(&after, "hugh-taylor").unwrap()["name"],
        "Hugh Taylor"
    );
    assert_eq!(
        speaker(&after, "colin-reeves").unwrap()["name"],
        "Col Reeves"
    );
    run(dir.path(), &["corrections", "undo"]);
    let none = run(dir.path(), &["corrections", "undo"]);
    assert!(none.contains("No corrections to undo"), "{none}");
    let listed = run(dir.path(), &["corrections"]);
    assert!(listed.contains("No corrections yet"), "{listed}");
}

#[test]
fn mistakes_are_clear_errors_and_record_nothing() {
    let dir = corpus();
    let err = fails(
        dir.path(),
        &["speakers", "merge", "alan-milburn", "stephen-thornten"],
    );
    assert!(
        err.contains("no speaker 'stephen-thornten'; did you mean stephen-thornton"),
        "{err}"
    );
    let err = fails(
        dir.path(),
        &["speakers", "merge", "alan-milburn", "alan-milburn"],
    );
    assert!(
        err.contains("not recorded: 'Alan Milburn' is already 'Alan Milburn'"),
        "{err}"
    );
    let err = fails(dir.path(), &["quotes", "reject", "nonsense"]);
    assert!(err.contains("is not a quote id"), "{err}");
    let err = fails(dir.path(), &["quotes", "reject", &format!("{FIRST}#q999")]);
    assert!(err.contains("no quote"), "{err}");
    let err = fails(
        dir.path(),
        &["speakers", "split", "colin-reeves", "--article", FIRST],
    );
    assert!(err.contains("nothing to split"), "{err}");
    assert!(!corrections_file(dir.path()).exists());
    // A mistyped path is a path that cannot be opened, not a speaker.
    let typo = dir.path().join("no-such-folder");
    let typo = typo.to_str().unwrap();
    for args in [
        &["speakers", "merge", "alan-milburn", "neil-mckay", typo][..],
        &["corrections", "undo", typo][..],
    ] {
        let out = Command::cargo_bin("centreline")
            .unwrap()
            .args(args)
            .assert()
            .failure();
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains("cannot open") && err.contains("no-such-folder"),
            "{err}"
        );
        assert!(!err.contains("no speaker"), "{err}");
    }
    let err = fails(dir.path(), &["speakers", "merge", "alan-milburn"]);
    assert!(err.contains("name at least two speakers"), "{err}");
}

#[test]
fn a_broken_corrections_file_is_an_error_naming_its_line_and_is_never_overwritten() {
    let dir = corpus();
    run(
        dir.path(),
        &["speakers", "rename", "colin-reeves", "Col Reeves"],
    );
    let file = corrections_file(dir.path());
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n[[correction]\naction = \n");
    std::fs::write(&file, &text).unwrap();
    let err = fails(dir.path(), &["speakers"]);
    assert!(err.contains("corrections.toml"), "{err}");
    assert!(err.contains("line"), "{err}");
    let err = fails(
        dir.path(),
        &["speakers", "rename", "hugh-taylor", "H. Taylor"],
    );
    assert!(err.contains("nothing was written over it"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn no_store_applies_no_corrections_and_a_store_option_moves_them() {
    let dir = corpus();
    run(
        dir.path(),
        &["speakers", "rename", "colin-reeves", "Col Reeves"],
    );
    let plain = run(dir.path(), &["speakers", "--no-store"]);
    assert!(
        plain.contains("Colin Reeves") && !plain.contains("Col Reeves"),
        "{plain}"
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let store = elsewhere.path().to_str().unwrap();
    run(
        dir.path(),
        &[
            "speakers",
            "rename",
            "hugh-taylor",
            "H. Taylor",
            "--store",
            store,
        ],
    );
    assert!(elsewhere.path().join("corrections.toml").exists());
    let there = run(dir.path(), &["speakers", "--store", store]);
    assert!(
        there.contains("H. Taylor") && there.contains("Colin Reeves"),
        "{there}"
    );
}

#[test]
fn corrections_key_on_words_not_positions() {
    // The quote's article is edited: a headline and a paragraph with a
    // quote of its own are added above it, so its paragraph number and its
    // quote number move, and a new article sorts first. The correction
    // still finds its quote.
    let dir = corpus();
    let before = export(dir.path());
    let q1 = quote(&before, &format!("{FIRST}#q1")).unwrap().clone();
    assert_eq!(q1["text"], "Don't wait for advice: start now");
    run(
        dir.path(),
        &[
            "quotes",
            "assign",
            q1["id"].as_str().unwrap(),
            "hugh-taylor",
        ],
    );
    let path = dir.path().join(format!("{FIRST}.txt"));
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("Milburn to managers\n\nNeil McKay said: \"We start today.\"\n\n{text}"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("0000_first.txt"),
        "A new article\n\nAlan Milburn said: \"A new quote of mine.\"\n",
    )
    .unwrap();
    let after = export(dir.path());
    let moved = after["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "Don't wait for advice: start now")
        .unwrap();
    assert_ne!(moved["id"], q1["id"], "the edit moved the quote's number");
    assert!(
        moved["paragraph"] != q1["paragraph"] || moved["start"] != q1["start"],
        "and its place: {moved}"
    );
    assert_eq!(moved["speaker"], "hugh-taylor");
    assert!(after["corrections"][0].get("stale").is_none());
}

#[test]
fn corrections_survive_a_lost_cache_and_an_engine_upgrade() {
    let dir = corpus();
    run(
        dir.path(),
        &["speakers", "merge", "alan-milburn", "neil-mckay"],
    );
    run(dir.path(), &["quotes", "reject", &format!("{FIRST}#q2")]);
    let corrected = run(dir.path(), &["export"]);
    let store = dir.path().join(".centreline");
    let cache = store.join("cache.db");
    assert!(cache.exists(), "the store keeps a cache");
    // Reopened from the cache: the same corrected export.
    assert_eq!(run(dir.path(), &["export"]), corrected);
    // The cache deleted: rebuilt, corrections applied again.
    std::fs::remove_file(&cache).unwrap();
    for extra in ["cache.db-wal", "cache.db-shm"] {
        let _ = std::fs::remove_file(store.join(extra));
    }
    assert_eq!(run(dir.path(), &["export"]), corrected);
    // A new engine version (simulated): everything analysed again, the
    // corrections still applied.
    let conn = rusqlite::Connection::open(&cache).unwrap();
    let n = conn
        .execute(
            "UPDATE meta SET value = '0.0.0+analysis0' WHERE key = 'engine'",
            [],
        )
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);
    assert_eq!(run(dir.path(), &["export"]), corrected);
    let after: Value = serde_json::from_str(&corrected).unwrap();
    assert_eq!(after["corrections"].as_array().unwrap().len(), 2);
    assert!(after["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c.get("stale").is_none()));
    // And --no-store gives the analysis without them.
    let plain: Value = serde_json::from_str(&run(dir.path(), &["export", "--no-store"])).unwrap();
    assert!(plain.get("corrections").is_none());
    assert!(speaker(&plain, "neil-mckay").is_some());
}
