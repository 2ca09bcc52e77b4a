//! Loading real-world mess: each hostile file written to a temp folder.

use centreline::corpus::{load_paths, Document};
use std::fs;
use std::path::{Path, PathBuf};

const GOOD: &str = "Health secretary Alan Milburn believes the NHS must be the best. Lyn Whitfield and Tash Shifrin report\n\nKeep up the momentum on delivering the NHS plan. That was the message delivered by the centre\nto NHS managers attending the conference.\n\nHe said it would be 'mad' for the centre to try and run everything.\n";

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, bytes).unwrap();
    p
}

fn by_path<'a>(docs: &'a [Document], rel: &str) -> &'a Document {
    docs.iter()
        .find(|d| d.path == rel)
        .unwrap_or_else(|| panic!("{rel} not loaded"))
}

fn crlf_bom(text: &str) -> Vec<u8> {
    let mut v = vec![0xef, 0xbb, 0xbf];
    v.extend(text.replace('\n', "\r\n").into_bytes());
    v
}

#[test]
fn hostile_folder_loads_good_files_and_names_each_bad_one_once() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "good.txt", GOOD.as_bytes());
    write(d, "crlf_bom.txt", &crlf_bom(GOOD));
    write(
        d,
        "old/latin1.txt",
        b"Trusts get \xa325,000 each\r\rfor staff.",
    );
    write(d, "empty.txt", b"");
    write(d, "blank.txt", b"  \n\n \r\n");
    write(d, "binary.txt", b"\x00\x01\x02ELF\x00\x00garbage");
    write(d, "report.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    write(d, "notes.csv", b"ignored, not an article");
    write(d, "nested/deeper/post.md", b"---\ntitle: Local leadership matters\ndate: 2024-02\nauthor: A Blogger\nsource: A blog\n---\n# Ignored heading\n\nFirst paragraph.\n\nSecond paragraph.\n");
    write(d, "huge.txt", "word ".repeat(1_100_000).as_bytes());
    write(
        d,
        "controls.txt",
        b"bell\x07 escape\x1b[2J tab\there\n\nnext",
    );
    write(
        d,
        "unbalanced.txt",
        b"'He said 'this never closes\n\n\"nor \xe2\x80\x9cthis\n",
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(d, d.join("nested/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("missing.txt"), d.join("dangling.txt")).unwrap();
    }
    let loaded = load_paths(&[d.to_path_buf()], None).unwrap();
    let docs = &loaded.documents;
    let paths: Vec<&str> = docs.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "controls.txt",
            "crlf_bom.txt",
            "good.txt",
            "huge.txt",
            "nested/deeper/post.md",
            "old/latin1.txt",
            "unbalanced.txt"
        ]
    );
    // Each bad file is named in exactly one warning.
    // A CSV is read as an export now: with no text column, it is one warning.
    let mut bad = vec![
        "empty.txt",
        "blank.txt",
        "binary.txt",
        "report.pdf.txt",
        "notes.csv",
    ];
    #[cfg(unix)]
    bad.extend(["dangling.txt", "loop"]);
    for name in bad {
        let n = loaded.warnings.iter().filter(|w| w.contains(name)).count();
        assert_eq!(n, 1, "{name}: {:?}", loaded.warnings);
    }
    assert!(loaded
        .warnings
        .iter()
        .any(|w| w.contains("notes.csv") && w.contains("no text field")));

    // Latin-1 £, bare CR line ends: the short first line reads as a headline.
    let latin1 = by_path(docs, "old/latin1.txt");
    assert_eq!(latin1.title, "Trusts get £25,000 each");
    assert_eq!(latin1.paragraphs[0].text, "for staff.");
    let md = by_path(docs, "nested/deeper/post.md");
    assert_eq!(md.title, "Local leadership matters");
    assert_eq!(md.date.as_deref(), Some("2024-02"));
    assert_eq!(md.author.as_deref(), Some("A Blogger"));
    assert_eq!(md.id, "post");
    let ctl = by_path(docs, "controls.txt");
    assert!(ctl
        .paragraphs
        .iter()
        .all(|p| !p.text.chars().any(char::is_control)));
    assert_eq!(by_path(docs, "huge.txt").paragraphs.len(), 1);
}

#[test]
fn a_file_and_its_crlf_bom_copy_give_the_same_article() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "a/piece.txt", GOOD.as_bytes());
    let b = write(tmp.path(), "b/piece.txt", &crlf_bom(GOOD));
    let lexicon = centreline::analysis::Lexicon::bundled();
    let (ca, _) = centreline::open_corpus(&[a], &lexicon, None).unwrap();
    let (cb, _) = centreline::open_corpus(&[b], &lexicon, None).unwrap();
    assert_eq!(
        serde_json::to_string(&ca).unwrap(),
        serde_json::to_string(&cb).unwrap()
    );
    assert_eq!(ca.articles[0].byline, vec!["Lyn Whitfield", "Tash Shifrin"]);
    // Hard-wrapped lines are joined into one paragraph.
    assert_eq!(
        ca.articles[0].paragraphs[1].text,
        "Keep up the momentum on delivering the NHS plan. That was the message delivered by the centre to NHS managers attending the conference."
    );
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let err = load_paths(&[PathBuf::from("/no/such/folder")], None).unwrap_err();
    assert!(format!("{err:#}").contains("/no/such/folder"), "{err:#}");
}

#[test]
fn a_folder_with_nothing_readable_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "empty.txt", b"");
    let err = load_paths(&[tmp.path().to_path_buf()], None).unwrap_err();
    assert!(format!("{err:#}").contains("no articles found"), "{err:#}");
}

#[test]
fn manifest_supplies_metadata_and_bad_manifest_names_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "x.txt", GOOD.as_bytes());
    write(d, "sub/y.txt", GOOD.as_bytes());
    write(
        d,
        "corpus.toml",
        b"[[article]]\nfile = \"x.txt\"\ntitle = \"Given title\"\ndate = \"~2001-06\"\nsource = \"HSJ\"\n\n[[article]]\nfile = \"sub/y.txt\"\ndate = \"2002\"\n",
    );
    let docs = load_paths(&[d.to_path_buf()], None).unwrap().documents;
    let x = by_path(&docs, "x.txt");
    assert_eq!(x.title, "Given title");
    assert_eq!(x.date.as_deref(), Some("2001-06"));
    assert!(x.date_approximate);
    assert_eq!(x.source.as_deref(), Some("HSJ"));
    assert_eq!(by_path(&docs, "sub/y.txt").date.as_deref(), Some("2002"));
    // Without a manifest title, the first sentence of the standfirst.
    assert_eq!(
        by_path(&docs, "sub/y.txt").title,
        "Health secretary Alan Milburn believes the NHS must be the best."
    );

    write(
        d,
        "corpus.toml",
        b"[[article]]\nfile = \"x.txt\"\n\ntitel = \"typo\"\n",
    );
    let err = load_paths(&[d.to_path_buf()], None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("corpus.toml") && err.contains("line 4"),
        "{err}"
    );
}

#[test]
fn ids_stay_unique_when_stems_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(d, "politics/001.txt", GOOD.as_bytes());
    write(d, "sport/001.txt", GOOD.as_bytes());
    write(d, "sport/002.txt", GOOD.as_bytes());
    let docs = load_paths(&[d.to_path_buf()], None).unwrap().documents;
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["politics/001", "sport/001", "002"]);
    // The same file given twice still gets two distinct ids.
    let f = d.join("sport/002.txt");
    let docs = load_paths(&[f.clone(), f], None).unwrap().documents;
    assert_eq!(docs[0].id, "002");
    assert_eq!(docs[1].id, "002-2");
}

#[test]
fn a_headline_line_becomes_the_title() {
    let tmp = tempfile::tempdir().unwrap();
    // BBC style: title on line 1, then paragraphs, double quotes.
    let f = write(
        tmp.path(),
        "001.txt",
        b"Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by \xc2\xa31,400.\n\nMs Hewitt said: \"We have already doubled the length of maternity pay.\"\n",
    );
    let d = &load_paths(&[f], None).unwrap().documents[0];
    assert_eq!(d.title, "Labour plans maternity pay rise");
    assert_eq!(d.paragraphs.len(), 2);
    assert!(d.paragraphs[0].text.starts_with("Maternity pay"));
}
