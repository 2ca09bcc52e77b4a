//! Paths → documents: walking folders, reading and decoding files, applying
//! manifests and front matter. Files are read and split in parallel; the
//! result is in path order, so a corpus loads the same way every time.

use super::decode::decode;
use super::formats::{self, FieldMap, Format};
use super::meta::{front_matter, Manifest, Meta};
use super::structure::{derive, paragraphs};
use super::{bundled, Document};
use crate::model::SharedStr;
use crate::progress::Progress;
use anyhow::{bail, Result};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Files larger than this are skipped with a warning rather than read whole.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Documents loaded, and one warning line per file skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub warnings: Vec<String>,
}

/// How to read what is loaded: for now, which fields of a JSON line or CSV
/// row hold what (`--fields`).
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub fields: FieldMap,
}

/// One file to load: where it is, how to name it, and the manifest that covers it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub path: PathBuf,
    /// Its path relative to the folder given (the documents' `path`).
    pub rel: String,
    manifest_meta: Option<Meta>,
}

impl Candidate {
    /// What the manifest says of this file, as text: part of what the store
    /// compares, since a manifest edit changes the file's documents.
    pub fn manifest_key(&self) -> String {
        self.manifest_meta
            .as_ref()
            .map_or_else(String::new, |m| format!("{m:?}"))
    }
}

/// Load articles from files and folders (walked recursively for the formats
/// of [`Format::of_name`]). A path that does not exist is an error; a file
/// that cannot be read or is not text is a warning, and the rest still load.
pub fn load_paths(paths: &[PathBuf], progress: Option<&Progress>) -> Result<Loaded> {
    load_paths_with(paths, &LoadOptions::default(), progress)
}

/// [`load_paths`] with options.
pub fn load_paths_with(
    paths: &[PathBuf],
    options: &LoadOptions,
    progress: Option<&Progress>,
) -> Result<Loaded> {
    let (candidates, mut warnings) = scan(paths, progress)?;
    // Order by the path given, so output is stable whatever the file system says.
    let read: Vec<(Vec<Document>, Vec<String>)> = candidates
        .par_iter()
        .map(|c| {
            let r = read_candidate(c, options);
            Progress::add(progress.map(|p| &p.files_read), 1);
            r
        })
        .collect();
    let mut documents = Vec::with_capacity(read.len());
    for (doc, warns) in read {
        warnings.extend(warns);
        documents.extend(doc);
    }
    finish(paths, documents, warnings)
}

/// The files `paths` name (folders walked), in load order, without reading
/// them: what the store compares with what it analysed last time. Warnings
/// are about what was skipped on the way.
pub fn scan(
    paths: &[PathBuf],
    progress: Option<&Progress>,
) -> Result<(Vec<Candidate>, Vec<String>)> {
    let mut candidates = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| {
            anyhow::anyhow!("cannot open '{}': {}", path.display(), plain_io_error(&e))
        })?;
        if meta.is_dir() {
            let mut visited = HashSet::new();
            walk(
                path,
                path,
                None,
                &mut visited,
                &mut candidates,
                &mut warnings,
                progress,
            )?;
        } else if !meta.is_file() {
            warnings.push(format!("skipped '{}': not a regular file", path.display()));
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let manifest = read_manifest(dir)?;
            candidates.push(Candidate {
                manifest_meta: manifest.and_then(|m| m.by_file.get(&name).cloned()),
                path: path.clone(),
                rel: name,
            });
            Progress::add(progress.map(|p| &p.files_total), 1);
        }
    }
    Ok((candidates, warnings))
}

/// The loaded corpus from the documents of every file, in [`scan`] order:
/// an error when there are none, else each given its id.
pub fn finish(
    paths: &[PathBuf],
    mut documents: Vec<Document>,
    warnings: Vec<String>,
) -> Result<Loaded> {
    if documents.is_empty() {
        for w in &warnings {
            eprintln!("centreline: {w}");
        }
        bail!(
            "no articles found in {} (looked for readable .txt, .md, .html, .xml/.rss/.atom, .jsonl, .csv files and newsboat's cache.db)",
            paths
                .iter()
                .map(|p| format!("'{}'", p.display()))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    assign_ids(&mut documents);
    Ok(Loaded {
        documents,
        warnings,
    })
}

/// The bundled corpus, from the text embedded in the binary.
pub fn load_bundled() -> Loaded {
    let manifest = Manifest::parse(bundled::MANIFEST).expect("bundled manifest is valid");
    let mut documents: Vec<Document> = bundled::ARTICLES
        .iter()
        .map(|(name, text)| {
            let meta = manifest.by_file.get(*name).cloned().unwrap_or_default();
            document_from_text(name, text, meta)
        })
        .collect();
    assign_ids(&mut documents);
    Loaded {
        documents,
        warnings: Vec::new(),
    }
}

/// Build a document from decoded text: front matter (for `.md`) and manifest
/// metadata first, then structure derived from the text. Metadata in the file
/// itself wins over the manifest.
pub fn document_from_text(rel: &str, text: &str, manifest_meta: Meta) -> Document {
    document_and_warnings(rel, text, manifest_meta).0
}

/// [`document_from_text`], also returning what the front matter held that was
/// not understood (read once, for both).
fn document_and_warnings(rel: &str, text: &str, manifest_meta: Meta) -> (Document, Vec<String>) {
    let (fm, body, warnings) = if rel.to_ascii_lowercase().ends_with(".md") {
        front_matter(text)
    } else {
        (Meta::default(), text, Vec::new())
    };
    let meta = fm.or(&manifest_meta);
    let mut paras = paragraphs(body);
    if rel.to_ascii_lowercase().ends_with(".md") {
        // A Markdown heading as the first line is the headline.
        if let Some(first) = paras.first_mut() {
            if first.starts_with('#') {
                *first = first.trim_start_matches('#').trim().to_string();
            }
        }
    }
    let s = derive(paras, &meta);
    let doc = Document {
        id: SharedStr::default(),
        path: rel.to_string(),
        title: s.title,
        kicker: s.kicker,
        standfirst: s.standfirst,
        byline: s.byline,
        date: meta
            .date
            .map(|d| d.with_approximate(meta.date_approximate.unwrap_or(d.approximate()))),
        date_approximate: meta
            .date_approximate
            .unwrap_or(meta.date.is_some_and(|d| d.approximate())),
        source: meta.source,
        author: meta.author,
        url: None,
        paragraphs: s.paragraphs,
    };
    (doc, warnings)
}

/// Read one file in its format: the articles in it and warnings naming it.
pub fn read_candidate(c: &Candidate, options: &LoadOptions) -> (Vec<Document>, Vec<String>) {
    let shown = c.path.display();
    let named = |ws: Vec<String>| -> Vec<String> {
        ws.into_iter().map(|w| format!("'{shown}': {w}")).collect()
    };
    let mut head = [0u8; 2048];
    let head = match std::fs::File::open(&c.path).and_then(|mut f| {
        let mut n = 0;
        loop {
            match std::io::Read::read(&mut f, &mut head[n..]) {
                Ok(0) => break,
                Ok(k) => {
                    n += k;
                    if n == head.len() {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(n)
    }) {
        Ok(n) => &head[..n],
        Err(e) => {
            return (
                Vec::new(),
                vec![format!("skipped '{shown}': {}", plain_io_error(&e))],
            )
        }
    };
    let name = c.rel.rsplit('/').next().unwrap_or(&c.rel);
    // What the file holds decides; its name only where the content does not
    // say (a page that links its feed in its head is still a page).
    let format = if formats::looks_like_sqlite(head) {
        Format::Newsboat
    } else if formats::looks_like_html(head) {
        Format::Html
    } else if formats::looks_like_feed(head) {
        Format::Feed
    } else {
        Format::of_name(name).unwrap_or(Format::Text)
    };
    // Streamed formats are read a record at a time, whatever their size.
    match format {
        Format::JsonLines | Format::Csv => {
            let file = match std::fs::File::open(&c.path) {
                Ok(f) => f,
                Err(e) => {
                    return (
                        Vec::new(),
                        vec![format!("skipped '{shown}': {}", plain_io_error(&e))],
                    )
                }
            };
            let read = if format == Format::Csv {
                formats::records::read_csv(file, &options.fields)
            } else {
                formats::records::read_json_lines(file, &options.fields)
            };
            return from_records(c, read.records, named(read.warnings));
        }
        Format::Newsboat => {
            // A store kept inside the corpus folder is not part of it.
            if formats::newsboat::is_centreline_cache(&c.path) {
                return (Vec::new(), Vec::new());
            }
            return match formats::newsboat::read(&c.path) {
                Ok((records, warnings)) => from_records(c, records, named(warnings)),
                Err(why) => (Vec::new(), vec![format!("skipped '{shown}': {why}")]),
            };
        }
        _ => {}
    }
    let size = std::fs::metadata(&c.path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return (
            Vec::new(),
            vec![format!(
                "skipped '{shown}': larger than {} MiB",
                MAX_FILE_BYTES >> 20
            )],
        );
    }
    let bytes = match std::fs::read(&c.path) {
        Ok(b) => b,
        Err(e) => {
            return (
                Vec::new(),
                vec![format!("skipped '{shown}': {}", plain_io_error(&e))],
            )
        }
    };
    if format == Format::Feed {
        return match formats::feed::read(&bytes) {
            Ok((records, warnings)) => from_records(c, records, named(warnings)),
            Err(why) => (Vec::new(), vec![format!("skipped '{shown}': {why}")]),
        };
    }
    let text = match decode(&bytes) {
        Ok(t) => t,
        Err(why) => return (Vec::new(), vec![format!("skipped '{shown}': {why}")]),
    };
    if format == Format::Html {
        let page = formats::html::extract(&text);
        let warnings = named(page.warnings);
        let page_text = page.paragraphs.clone();
        let record = formats::Record {
            fragment: None,
            title: page.title,
            date: page.date,
            authors: page.authors,
            source: page.source,
            url: page.url,
            paragraphs: page.paragraphs,
        };
        let mut doc = formats::document(&c.rel, record);
        apply_manifest(&mut doc, c.manifest_meta.as_ref());
        // A page of notices only (a video player, a paywall) is no article.
        let notices = formats::furniture::not_an_article(&page_text);
        if doc.paragraphs.is_empty() || notices.is_some() {
            let mut w = warnings;
            let why = match notices.flatten() {
                Some(n) => format!(
                    "no article text in the page, only notices such as \"{}\"",
                    n.chars().take(60).collect::<String>()
                ),
                None => "no article text in the page".to_string(),
            };
            w.push(format!("skipped '{shown}': {why}"));
            return (Vec::new(), w);
        }
        return (vec![doc], warnings);
    }
    let (doc, front_matter_warnings) =
        document_and_warnings(&c.rel, &text, c.manifest_meta.clone().unwrap_or_default());
    let warnings = named(front_matter_warnings);
    if doc.paragraphs.is_empty() {
        return (
            Vec::new(),
            vec![format!("skipped '{shown}': no text after its front matter")],
        );
    }
    (vec![doc], warnings)
}

/// Documents from a multi-article file's records; a file with none is one
/// warning (after any about its lines).
fn from_records(
    c: &Candidate,
    records: Vec<formats::Record>,
    mut warnings: Vec<String>,
) -> (Vec<Document>, Vec<String>) {
    let mut docs = Vec::with_capacity(records.len());
    let mut empty = Vec::new();
    for r in records {
        // Named by title, else by where it is in the file (its guid).
        let name = r.title.clone().or_else(|| r.fragment.clone());
        let d = formats::document(&c.rel, r);
        if d.paragraphs.is_empty() {
            empty.push(name.map_or_else(String::new, |n| formats::html::plain(&n)));
        } else {
            docs.push(d);
        }
    }
    if docs.is_empty() && !warnings.iter().any(|w| w.contains("no text field")) {
        warnings.push(format!("skipped '{}': no articles in it", c.path.display()));
    } else if !empty.is_empty() {
        warnings.push(format!(
            "'{}': {}",
            c.path.display(),
            formats::skipped_without_text(&empty)
        ));
    }
    (docs, warnings)
}

/// A manifest entry for a page fills what the page did not say.
fn apply_manifest(doc: &mut Document, meta: Option<&Meta>) {
    let Some(m) = meta else { return };
    if let Some(t) = &m.title {
        doc.title = t.clone();
    }
    if doc.date.is_none() {
        doc.date = m.date;
        doc.date_approximate = m.date_approximate.unwrap_or(false);
    }
    doc.source = doc.source.take().or_else(|| m.source.clone());
    doc.author = doc.author.take().or_else(|| m.author.clone());
}

/// Each path exists, or an error naming the first that does not, in plain
/// words: the check the explorer and the correction commands make before
/// anything else.
pub fn check_paths(paths: &[PathBuf]) -> anyhow::Result<()> {
    for p in paths {
        std::fs::metadata(p).map_err(|e| {
            anyhow::anyhow!("cannot open '{}': {}", p.display(), plain_io_error(&e))
        })?;
    }
    Ok(())
}

/// An I/O error as a short lower-case phrase (no OS error codes).
pub fn plain_io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or folder".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

fn read_manifest(dir: &Path) -> Result<Option<Manifest>> {
    let path = dir.join("corpus.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => Manifest::parse(&text)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("'{}' {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => bail!("cannot read '{}': {}", path.display(), plain_io_error(&e)),
    }
}

fn is_article_file(name: &str) -> bool {
    Format::of_name(name).is_some()
}

/// Walk `dir` (below the root folder `root`), collecting article files.
/// Folders are identified by their canonical path, so a symlink loop is seen
/// once and not followed again.
#[allow(clippy::too_many_arguments)]
fn walk(
    root: &Path,
    dir: &Path,
    inherited: Option<(&Path, &Manifest)>,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<Candidate>,
    warnings: &mut Vec<String>,
    progress: Option<&Progress>,
) -> Result<()> {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        warnings.push(format!(
            "skipped '{}': folder already visited (symlink loop)",
            dir.display()
        ));
        return Ok(());
    }
    let own = read_manifest(dir)?;
    let manifest: Option<(&Path, &Manifest)> = match &own {
        Some(m) => Some((dir, m)),
        None => inherited,
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            warnings.push(format!(
                "skipped '{}': {}",
                dir.display(),
                plain_io_error(&e)
            ));
            return Ok(());
        }
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(_) => continue,
        };
        let (is_dir, is_file) = if file_type.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(m) => (m.is_dir(), m.is_file()),
                Err(e) => {
                    if is_article_file(&name) {
                        warnings.push(format!(
                            "skipped '{}': {}",
                            path.display(),
                            plain_io_error(&e)
                        ));
                    }
                    continue;
                }
            }
        } else {
            (file_type.is_dir(), file_type.is_file())
        };
        if is_dir {
            walk(root, &path, manifest, visited, out, warnings, progress)?;
        } else if is_file && is_article_file(&name) {
            let rel = relative(root, &path);
            let manifest_meta =
                manifest.and_then(|(mdir, m)| m.by_file.get(&relative(mdir, &path)).cloned());
            out.push(Candidate {
                path,
                rel,
                manifest_meta,
            });
            Progress::add(progress.map(|p| &p.files_total), 1);
        }
    }
    Ok(())
}

fn relative(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Give each document a unique id: its file stem where that is unique, else
/// its relative path without extension, else with a numeric suffix. An
/// article from a multi-article file (path `dir/feed.xml#guid`) is
/// `feed.xml#guid`, or its whole path where two folders hold a `feed.xml`:
/// it depends on nothing but its own file and record, so it stays when other
/// items are added.
pub fn assign_ids(docs: &mut [Document]) {
    fn name(path: &str) -> &str {
        path.rsplit('/').next().unwrap_or(path)
    }
    fn stem(path: &str) -> &str {
        let name = name(path);
        name.rsplit_once('.').map_or(name, |(s, _)| s)
    }
    fn without_ext(path: &str) -> &str {
        match path.rsplit_once('.') {
            Some((s, _)) if !s.ends_with('/') && !s.is_empty() => s,
            _ => path,
        }
    }
    /// What a document is known by first: a record's file name and fragment,
    /// else its file stem.
    fn short(path: &str) -> &str {
        match path.split_once('#') {
            Some((file, _)) => &path[file.rfind('/').map_or(0, |i| i + 1)..],
            None => stem(path),
        }
    }
    let mut short_count: HashMap<&str, usize> = HashMap::new();
    for d in docs.iter() {
        *short_count.entry(short(&d.path)).or_default() += 1;
    }
    let wanted: Vec<String> = docs
        .iter()
        .map(|d| {
            let short = short(&d.path);
            if short_count[short] == 1 {
                short.to_string()
            } else if d.path.contains('#') {
                d.path.clone()
            } else {
                without_ext(&d.path).to_string()
            }
        })
        .collect();
    let mut taken: HashSet<String> = HashSet::new();
    for (doc, want) in docs.iter_mut().zip(wanted) {
        let mut id = if want.is_empty() {
            "article".to_string()
        } else {
            want
        };
        if taken.contains(&id) {
            let base = id.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
        }
        taken.insert(id.clone());
        doc.id = id.into();
    }
}
