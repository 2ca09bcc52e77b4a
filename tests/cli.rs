//! The binary's commands and its errors, as a user meets them.

#[path = "support/cli.rs"]
mod cli_support;
use cli_support::json_of;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn centreline() -> Command {
    let mut c = Command::cargo_bin("centreline").unwrap();
    c.env_remove("NO_COLOR")
        .env("CENTRELINE_CONFIG", "/nonexistent/centreline.toml");
    c
}

fn export_json(args: &[&str]) -> Value {
    json_of(centreline().arg("export").args(args).output().unwrap())
}

#[test]
fn export_of_the_bundled_corpus_has_the_contract_shape() {
    let v = export_json(&[]);
    assert_eq!(v["version"], 1);
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    let a = &articles[0];
    for key in [
        "id",
        "path",
        "title",
        "kicker",
        "standfirst",
        "byline",
        "date",
        "date_approximate",
        "source",
        "paragraphs",
        "theme",
    ] {
        assert!(a.get(key).is_some(), "article lacks {key}");
    }
    assert_eq!(a["id"], "000_cfc937d7100a9871");
    assert_eq!(a["path"], "000_cfc937d7100a9871.txt");
    assert_eq!(
        a["byline"],
        serde_json::json!(["Lyn Whitfield", "Tash Shifrin"])
    );
    assert_eq!(a["date"], "2000-10");
    assert_eq!(a["date_approximate"], true);
    assert_eq!(a["source"], "Health Service Journal");
    assert!(a["kicker"].is_null());
    let p = &a["paragraphs"][7];
    assert!(p["text"]
        .as_str()
        .unwrap()
        .starts_with("Mr Milburn told the conference"));
    for key in ["central", "local", "lean", "cues"] {
        assert!(p["theme"].get(key).is_some(), "theme lacks {key}");
    }
    assert!(v["speakers"].is_array());
    assert!(v["quotes"].is_array());
    // Every id unique, every quote pointing at a real article and paragraph.
    let ids: std::collections::HashSet<&str> =
        articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 5);
    for q in v["quotes"].as_array().unwrap() {
        let art = articles
            .iter()
            .find(|a| a["id"] == q["article"])
            .expect("quote's article");
        let para = &art["paragraphs"][q["paragraph"].as_u64().unwrap() as usize]["text"];
        let chars: Vec<char> = para.as_str().expect("quote's paragraph").chars().collect();
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= chars.len());
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            q["text"].as_str().unwrap()
        );
    }
}

#[test]
fn export_to_a_file_and_as_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("corpus.json");
    centreline()
        .args(["export", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    let csv = centreline()
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    assert!(csv.status.success());
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(text.starts_with(
        "quote_id,article,article_title,date,date_approximate,paragraph,start,end,kind,speaker,"
    ));
}

#[test]
fn export_of_a_user_folder_uses_relative_paths() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("a/b")).unwrap();
    std::fs::write(
        tmp.path().join("a/b/story.txt"),
        "Headline here\n\nBody text.\n",
    )
    .unwrap();
    let v = export_json(&[tmp.path().to_str().unwrap()]);
    assert_eq!(v["articles"][0]["path"], "a/b/story.txt");
    assert_eq!(v["articles"][0]["id"], "story");
    assert_eq!(v["articles"][0]["title"], "Headline here");
}

#[test]
fn a_missing_path_is_one_line_naming_it() {
    let out = centreline()
        .args(["export", "/no/such/place"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/place"), "{err}");
    assert!(err.contains("no such file or folder"), "{err}");
    assert!(!err.contains("os error") && !err.contains("panicked") && !err.contains("backtrace"));
    // The explorer checks paths before taking over the screen.
    centreline().arg("/no/such/place").assert().failure();
}

#[test]
fn skipped_files_are_one_warning_each_and_the_rest_load() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("good.txt"), "Title\n\nBody.\n").unwrap();
    std::fs::write(tmp.path().join("bad.txt"), b"\x00\x00\x00").unwrap();
    let out = centreline().arg("export").arg(tmp.path()).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.txt") && err.contains("binary"), "{err}");
}

#[test]
fn usage_mistakes_are_one_line() {
    for args in [
        &["--bogus"][..],
        &["export", "--format", "xml"],
        &["export", "-o"],
    ] {
        let out = centreline().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("centreline: "), "{err}");
    }
    centreline()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("export"));
}

#[test]
fn without_a_terminal_the_explorer_points_to_export() {
    centreline().assert().code(2).stderr(
        predicate::str::contains("needs a terminal")
            .and(predicate::str::contains("centreline export")),
    );
}

#[test]
fn export_to_an_unwritable_place_fails_cleanly() {
    let out = centreline()
        .args(["export", "-o", "/no/such/dir/out.json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/dir/out.json"), "{err}");
}

#[test]
fn export_to_dev_null_leaves_the_device_alone() {
    #[cfg(unix)]
    {
        centreline()
            .args(["export", "-o", "/dev/null"])
            .assert()
            .success();
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(!meta.is_file(), "/dev/null must still be a device");
    }
}

#[test]
fn a_failed_export_keeps_the_old_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("corpus.json");
    std::fs::write(&out, "precious").unwrap();
    centreline()
        .args(["export", "/no/such/place", "-o"])
        .arg(&out)
        .assert()
        .failure();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `centreline export | head -c 10`: stdout closes early; no panic, no message.
    // The export (~2 MB) is far larger than a pipe's buffer.
    let tmp = tempfile::tempdir().unwrap();
    let para =
        "Mr Milburn said the centre would step back. 'Trusts will be free to decide,' he said.\n\n";
    for i in 0..200 {
        std::fs::write(tmp.path().join(format!("{i}.txt")), para.repeat(100)).unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_centreline"))
        .arg("export")
        .arg(tmp.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.status.success(), "{err}");
}

/// A mistyped command is not taken for a missing folder without a word
/// about what was probably meant (issue 13).
#[test]
fn a_mistyped_command_is_named() {
    centreline()
        .arg("speaker")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "did you mean the command `centreline speakers`?",
        ));
    // A real missing folder says only that.
    centreline()
        .arg("no-such-folder-here")
        .assert()
        .failure()
        .stderr(predicate::str::contains("did you mean").not());
}

/// `speakers --find` forgives a typo the way the explorer's finder does:
/// `thornten` finds Stephen Thornton.
#[test]
fn speakers_find_forgives_a_typo() {
    centreline()
        .args(["speakers", "--find", "thornten"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Stephen Thornton"));
}

/// `config --print-default` prints the whole default config, and `config`
/// reads that file back without an error or a warning; a file that takes a
/// key from another action is read with a warning naming both.
#[test]
fn config_print_default_round_trips_and_taken_keys_warn() {
    let out = centreline()
        .args(["config", "--print-default"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text, centreline::tui::config::default_text());
    assert!(text.contains("[keys.global]") && text.contains("[colors]"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, &text).unwrap();
    centreline()
        .env("CENTRELINE_CONFIG", &path)
        .arg("config")
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("read, no errors"));
    std::fs::write(&path, "[keys]\nquit = \"j\"\n").unwrap();
    centreline()
        .env("CENTRELINE_CONFIG", &path)
        .arg("config")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "key 'j' was bound to 'down' in [keys]; now it does 'quit'",
        ));
}
