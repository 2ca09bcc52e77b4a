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

/// BBC politics 076: `the NAO`, in an article that names the National Audit
/// Office, is that body, one speaker with the one from 006, whose identity
/// says why; a QC after a name's comma is that person's title, not a body.
/// And `GM` in a car maker's article is not a bank's Group Menatep.
#[test]
fn a_bodys_initials_are_that_body_and_a_qc_is_a_person() {
    let speakers = speakers_of(&[
        (
            "006.txt",
            "Dome deal\n\nThe National Audit Office said the Dome cost taxpayers £28.7m to maintain and sell in the four years after it closed.\n",
        ),
        (
            "076.txt",
            "MoD projects\n\nA National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year.\n\nThe NAO found that projects launched since the start of the scheme were showing the same worrying tendencies as the older \"legacy projects\", such as the Eurofighter.\n",
        ),
        (
            "148.txt",
            "Postal votes\n\nDeputy High Court Judge Richard Mawrey, QC told the hearing at the Birmingham and Midlands Institute the case could have potentially serious consequences for any forthcoming General Election.\n",
        ),
        (
            "yukos.txt",
            "Yukos\n\nGroup Menatep, the Gibraltar-based holding company which controls 51% of Yukos, says this was illegal.\n",
        ),
        (
            "gm.txt",
            "Car sales\n\nGM said higher healthcare costs in North America, and lower profits at its financial services subsidiary would hurt its performance in 2005.\n",
        ),
    ]);
    let names: Vec<&str> = speakers
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"NAO"), "{names:?}");
    assert!(!names.contains(&"QC"), "{names:?}");
    assert!(names.contains(&"Richard Mawrey"), "{names:?}");
    assert!(names.contains(&"GM"), "{names:?}");
    let nao = speakers
        .iter()
        .find(|s| s["name"] == "National Audit Office")
        .expect("one National Audit Office");
    assert_eq!(nao["kind"], "organisation");
    assert!(
        nao["identity"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["form"] == "NAO" && d["rule"] == "acronym"),
        "{nao}"
    );
}
