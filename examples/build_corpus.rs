//! Build a large corpus for measuring: several varied copies of the 2,225 BBC
//! News articles in `../shared/data/bbc/` (5 copies ≈ 11,000 articles, ≈ 25 MB).
//!
//! ```sh
//! cargo run --release --example build_corpus -- /tmp/centreline-scale [COPIES]
//! ```
//!
//! Each copy varies the text the way real archives vary, so the loader and the
//! quote scanner do real work on every copy and no cache of identical files can
//! flatter the figures: copy 0 is verbatim (mixed encodings, one Latin-1 file),
//! copy 1 has CRLF line ends and a BOM, copy 2 curly double quotes, copy 3 lines
//! hard-wrapped at 72 columns, copy 4 straight single quotes; further copies
//! cycle through these. Never commit the output: the articles are the BBC's.

use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: build_corpus OUT_DIR [COPIES]");
        std::process::exit(2);
    };
    let copies: usize = args.next().and_then(|c| c.parse().ok()).unwrap_or(5);
    let shared = std::env::var_os("CENTRELINE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let bbc = shared.join("data/bbc");
    if !bbc.is_dir() {
        eprintln!("build_corpus: {} not found; nothing built", bbc.display());
        std::process::exit(0);
    }
    let mut files = Vec::new();
    for topic in std::fs::read_dir(&bbc).unwrap().flatten() {
        if topic.path().is_dir() {
            for f in std::fs::read_dir(topic.path()).unwrap().flatten() {
                files.push((topic.file_name(), f.file_name(), f.path()));
            }
        }
    }
    files.sort();
    let (mut n, mut bytes) = (0usize, 0usize);
    for copy in 0..copies {
        for (topic, name, path) in &files {
            let raw = std::fs::read(path).unwrap();
            let varied = vary(copy % 5, &raw);
            let dest = out.join(format!("copy{copy}")).join(topic).join(name);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::write(&dest, &varied).unwrap();
            n += 1;
            bytes += varied.len();
        }
    }
    println!(
        "built {n} articles, {:.1} MB, in {}",
        bytes as f64 / 1e6,
        out.display()
    );
}

fn vary(kind: usize, raw: &[u8]) -> Vec<u8> {
    if kind == 0 {
        return raw.to_vec();
    }
    let text = centreline::corpus::decode::decode(raw).unwrap_or_default();
    match kind {
        1 => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend(text.replace('\n', "\r\n").into_bytes());
            v
        }
        2 => curly(&text).into_bytes(),
        3 => wrap(&text, 72).into_bytes(),
        _ => text.replace('"', "'").into_bytes(),
    }
}

/// Straight double quotes to curly ones, opening after space or start.
fn curly(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut prev = ' ';
    for c in text.chars() {
        if c == '"' {
            out.push(if prev.is_whitespace() || "([".contains(prev) {
                '“'
            } else {
                '”'
            });
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// Hard-wrap every paragraph at `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split('\n') {
        let mut col = 0;
        for (i, word) in line.split(' ').enumerate() {
            if i > 0 {
                if col + 1 + word.len() > width {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(word);
            col += word.len();
        }
        out.push('\n');
    }
    out
}
