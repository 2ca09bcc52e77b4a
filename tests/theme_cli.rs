//! `--lexicon` changes the scores; a bad lexicon is a one-line error naming
//! the line; `centreline themes` prints and exports the themes.

use assert_cmd::Command;
use centreline::model::{Corpus, Side};
use std::path::Path;

/// A lexicon that only knows one word, `NHS`, and calls it central.
const TINY: &str = r#"
[[cue]]
side = "central"
facet = "leadership and management freedom"
weight = 1.0
phrases = ["nhs"]
"#;

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn open(lexicon: Option<&Path>) -> Corpus {
    let lex = centreline::open_lexicon(lexicon).unwrap();
    centreline::open_corpus(&[], &lex, None).unwrap().0
}

#[test]
fn a_custom_lexicon_changes_the_scores() {
    let dir = tempfile::tempdir().unwrap();
    let custom = write(dir.path(), "tiny.toml", TINY);
    let bundled = open(None);
    let tiny = open(Some(&custom));
    let a004 = |c: &Corpus| {
        c.articles
            .iter()
            .find(|a| a.id.starts_with("004"))
            .unwrap()
            .theme
            .clone()
    };
    assert!(a004(&bundled).lean > 0.0);
    let t = a004(&tiny);
    assert!(!t.cues.is_empty());
    assert!(t.cues.iter().all(|c| c.text.to_lowercase() == "nhs"));
    assert!(t
        .cues
        .iter()
        .all(|c| c.side == Side::Central && c.stance == Side::Central));
    assert_eq!(t.lean, -1.0);
    assert_ne!(bundled, tiny);
}

#[test]
fn themes_with_a_custom_lexicon_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let custom = write(dir.path(), "tiny.toml", TINY);
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(["themes", "--json", "--lexicon"])
        .arg(&custom)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 5);
    for a in articles {
        for cue in a["theme"]["cues"].as_array().unwrap() {
            assert!(cue["text"].as_str().unwrap().to_lowercase() == "nhs");
        }
    }
    let plain = Command::cargo_bin("centreline")
        .unwrap()
        .args(["themes", "--json"])
        .output()
        .unwrap();
    assert_ne!(plain.stdout, out.stdout, "the lexicon made no difference");
}

#[test]
fn a_bad_lexicon_is_a_one_line_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "my.toml",
        &TINY.replace("\"central\"", "\"centre\""),
    );
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(["themes", "--lexicon"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("my.toml' line 3: unknown side 'centre'"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let missing = Command::cargo_bin("centreline")
        .unwrap()
        .args(["themes", "--lexicon"])
        .arg(dir.path().join("absent.toml"))
        .output()
        .unwrap();
    assert!(!missing.status.success());
    let err = String::from_utf8(missing.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("absent.toml"), "{err}");
}

#[test]
fn themes_prints_articles_by_date_speakers_and_years() {
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .arg("themes")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let order: Vec<usize> = ["~2000-07", "~2000-10", "~2001-06", "~2001-07", "~2024-02"]
        .iter()
        .map(|d| {
            text.find(d)
                .unwrap_or_else(|| panic!("{d} missing:\n{text}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "not by date:\n{text}"
    );
    assert!(text.contains("central ◀"));
    assert!(text.contains("▶ local"));
    assert!(text.contains("+ micro-management ×2"), "{text}");
    assert!(text.contains("Speakers"));
    assert!(text.contains("Years"));
    assert!(
        text.contains("  ~2024  central ◀"),
        "approximate years are marked"
    );
}

#[test]
fn themes_json_has_articles_speakers_and_periods() {
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(["themes", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["speakers"].is_array());
    let periods = doc["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 3);
    assert_eq!(periods[0]["year"], "2000");
    let first = &doc["articles"][0];
    assert_eq!(first["date"], "2000-07");
    assert_eq!(first["date_approximate"], true);
    let cue = &first["theme"]["cues"][0];
    for field in [
        "text", "side", "stance", "start", "end", "rule", "weight", "facet",
    ] {
        assert!(cue.get(field).is_some(), "cue lacks {field}: {cue}");
    }
}
