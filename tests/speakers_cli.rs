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

/// Write `(file, text)` articles into a fresh folder and list its speakers
/// as JSON, keeping no store.
fn speakers_of(articles: &[(&str, &str)]) -> Vec<serde_json::Value> {
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in articles {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let path = tmp.path().to_str().unwrap();
    let out = run(&["speakers", "--no-store", "--json", path]);
    serde_json::from_str::<serde_json::Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// BBC politics 006 and 076: `the NAO` in one article is the National
/// Audit Office of another, one speaker whose identity says why; a QC after
/// a name's comma is that person's title, not a body.
#[test]
fn a_bodys_initials_are_that_body_and_a_qc_is_a_person() {
    let speakers = speakers_of(&[
        (
            "006.txt",
            "Dome deal\n\nThe National Audit Office said the Dome cost taxpayers £28.7m to maintain and sell in the four years after it closed.\n",
        ),
        (
            "076.txt",
            "MoD projects\n\nThe NAO said costs had risen and there was \"little evidence\" the MoD's performance had improved.\n",
        ),
        (
            "148.txt",
            "Postal votes\n\nDeputy High Court Judge Richard Mawrey, QC told the hearing at the Birmingham and Midlands Institute the case could have potentially serious consequences for any forthcoming General Election.\n",
        ),
    ]);
    let names: Vec<&str> = speakers
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"NAO"), "{names:?}");
    assert!(!names.contains(&"QC"), "{names:?}");
    assert!(names.contains(&"Richard Mawrey"), "{names:?}");
    let nao = speakers
        .iter()
        .find(|s| s["name"] == "National Audit Office")
        .expect("one National Audit Office");
    assert_eq!(nao["kind"], "organisation");
    assert_eq!(nao["quote_count"], 2);
    assert!(
        nao["identity"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["form"] == "NAO" && d["rule"] == "acronym"),
        "{nao}"
    );
}

/// Initials two bodies of the corpus share are neither's: `the CA` could be
/// the Countryside Alliance or the Consumers' Association, so it stays apart.
#[test]
fn initials_two_bodies_share_are_left_alone() {
    let speakers = speakers_of(&[
        (
            "a.txt",
            "Hunting\n\nThe Countryside Alliance said the meets would show the new law was \"impossibly difficult to determine\" and open to different interpretations.\n",
        ),
        (
            "b.txt",
            "Prices\n\nThe Consumers Association said the charges were \"far too high\" for most households.\n",
        ),
        (
            "c.txt",
            "Hunting again\n\nThe CA said more than 250 hunts would meet legally the day after the ban.\n",
        ),
    ]);
    let names: Vec<&str> = speakers
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"CA"), "{names:?}");
    assert!(names.contains(&"Countryside Alliance"), "{names:?}");
}
