//! `centreline speakers` and `centreline quotes` on the bundled corpus.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("centreline")
        .unwrap()
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn speakers_table_lists_names_roles_counts_and_articles() {
    let out = run(&["speakers"]);
    let header = out.lines().next().unwrap();
    for col in ["NAME", "ROLES", "QUOTES", "ARTICLES"] {
        assert!(header.contains(col), "{header}");
    }
    let milburn = out
        .lines()
        .find(|l| l.starts_with("Alan Milburn"))
        .expect("Milburn row");
    assert!(milburn.contains("health secretary"));
    // Articles by (shortened) title, not by id.
    assert!(milburn.contains("Milburn to managers: do…"), "{milburn}");
    assert!(!milburn.contains("000_cfc937d7100a9871"), "{milburn}");
    assert!(out
        .lines()
        .any(|l| l.starts_with("British Medical Association (org)")));
    // Aligned: every row's QUOTES column ends at the same display column.
    let end = header.find("QUOTES").unwrap() + "QUOTES".len();
    for line in out.lines().skip(1) {
        let chars: Vec<char> = line.chars().collect();
        let at = chars[..end.min(chars.len())].iter().collect::<String>();
        assert!(
            at.trim_end().chars().last().unwrap().is_ascii_digit(),
            "misaligned: {line}"
        );
    }
}

#[test]
fn find_is_fuzzy_and_ranked() {
    let out = run(&["speakers", "--find", "thorn"]);
    let first = out.lines().nth(1).unwrap();
    assert!(first.starts_with("Stephen Thornton"), "{out}");
    let out = run(&["speakers", "--find", "milbrn"]);
    assert!(
        out.lines().nth(1).unwrap().starts_with("Alan Milburn"),
        "{out}"
    );
    // Roles are searched too.
    let out = run(&["speakers", "--find", "medical officer"]);
    assert!(out.contains("Liam Donaldson"), "{out}");
}

#[test]
fn quotes_by_a_speaker() {
    let out = run(&["quotes", "--speaker", "thorn"]);
    assert!(out.starts_with("Stephen Thornton"), "{out}");
    assert!(out.contains("The aim, Mr Thornton says, is to try"));
    assert!(!out.contains("Milburn told"));
    let json = run(&["quotes", "--speaker", "thorn", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let list = v.as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|q| q["speaker"] == "stephen-thornton"));
}

#[test]
fn all_quotes_grouped_by_article() {
    let out = run(&["quotes"]);
    assert!(out.contains("000_cfc937d7100a9871 — Milburn to managers"));
    let fragile = out.lines().find(|l| l.contains("‘fragile’")).unwrap();
    assert!(
        fragile.contains("partial")
            && fragile.contains("Alan Milburn")
            && fragile.contains("(warned)")
    );
    let scare = out
        .lines()
        .find(|l| l.contains("improved working lives standard"))
        .unwrap();
    assert!(scare.contains('—'), "nobody's words: {scare}");
}

#[test]
fn a_query_matching_nobody_says_so() {
    let out = run(&["speakers", "--find", "zzqxv"]);
    assert!(out.contains("No speaker matches 'zzqxv'"), "{out}");
    let out = run(&["quotes", "--speaker", "zzqxv"]);
    assert!(out.contains("No speaker matches 'zzqxv'"), "{out}");
    let out = run(&["speakers", "--find", "zzqxv", "--json"]);
    assert_eq!(out.trim(), "[]");
}

#[test]
fn json_speakers_follow_the_contract() {
    let v: serde_json::Value = serde_json::from_str(&run(&["speakers", "--json"])).unwrap();
    let s = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "alan-milburn")
        .unwrap();
    assert_eq!(s["name"], "Alan Milburn");
    assert_eq!(s["kind"], "person");
    assert!(s["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Mr Milburn"));
    assert!(s["quote_count"].as_u64().unwrap() > 10);
}
