//! Paths → documents: walking folders, reading and decoding files, applying
//! manifests and front matter. Files are read and split in parallel; the
//! result is in path order, so a corpus loads the same way every time.

use super::decode::decode;
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

/// One file to load: where it is, how to name it, and the manifest that covers it.
struct Candidate {
    path: PathBuf,
    rel: String,
    manifest_meta: Option<Meta>,
}

/// Load articles from files and folders (walked recursively for `.txt` and
/// `.md`). A path that does not exist is an error; a file that cannot be read
/// or is not text is a warning, and the rest still load.
pub fn load_paths(paths: &[PathBuf], progress: Option<&Progress>) -> Result<Loaded> {
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
    // Order by the path given, so output is stable whatever the file system says.
    let read: Vec<(Option<Document>, Vec<String>)> = candidates
        .par_iter()
        .map(|c| {
            let r = read_candidate(c);
            Progress::add(progress.map(|p| &p.files_read), 1);
            r
        })
        .collect();
    let mut documents = Vec::with_capacity(read.len());
    for (doc, warns) in read {
        warnings.extend(warns);
        documents.extend(doc);
    }
    if documents.is_empty() {
        for w in &warnings {
            eprintln!("centreline: {w}");
        }
        bail!(
            "no articles found in {} (looked for readable .txt and .md files)",
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
        date: meta.date,
        date_approximate: meta.date_approximate.unwrap_or(false),
        source: meta.source,
        author: meta.author,
        paragraphs: s.paragraphs,
    };
    (doc, warnings)
}

fn read_candidate(c: &Candidate) -> (Option<Document>, Vec<String>) {
    let shown = c.path.display();
    let size = std::fs::metadata(&c.path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return (
            None,
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
                None,
                vec![format!("skipped '{shown}': {}", plain_io_error(&e))],
            )
        }
    };
    let text = match decode(&bytes) {
        Ok(t) => t,
        Err(why) => return (None, vec![format!("skipped '{shown}': {why}")]),
    };
    let (doc, front_matter_warnings) =
        document_and_warnings(&c.rel, &text, c.manifest_meta.clone().unwrap_or_default());
    let warnings = front_matter_warnings
        .into_iter()
        .map(|w| format!("'{shown}': {w}"))
        .collect();
    if doc.paragraphs.is_empty() {
        return (
            None,
            vec![format!("skipped '{shown}': no text after its front matter")],
        );
    }
    (Some(doc), warnings)
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
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".txt") || lower.ends_with(".md")
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
/// its relative path without extension, else with a numeric suffix.
pub fn assign_ids(docs: &mut [Document]) {
    fn stem(path: &str) -> &str {
        let name = path.rsplit('/').next().unwrap_or(path);
        name.rsplit_once('.').map_or(name, |(s, _)| s)
    }
    fn without_ext(path: &str) -> &str {
        match path.rsplit_once('.') {
            Some((s, _)) if !s.ends_with('/') && !s.is_empty() => s,
            _ => path,
        }
    }
    let mut stem_count: HashMap<&str, usize> = HashMap::new();
    for d in docs.iter() {
        *stem_count.entry(stem(&d.path)).or_default() += 1;
    }
    let wanted: Vec<String> = docs
        .iter()
        .map(|d| {
            if stem_count[stem(&d.path)] == 1 {
                stem(&d.path).to_string()
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
