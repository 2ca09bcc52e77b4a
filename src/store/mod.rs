//! The corpus store: what centreline keeps beside a corpus between runs.
//!
//! One folder per corpus, `.centreline/`, holding two things with different
//! duties:
//! - `corrections.toml`: the user's fixes to the analysis
//!   (merged speakers, reassigned quotes…). This is the precious part: it is
//!   human-readable, written atomically, and never rewritten by the engine
//!   except to add or undo what the user asked.
//! - `cache.db`, the disposable cache of the analysed corpus and its
//!   full-text index (rebuilt whenever missing or unusable): see [`cache`]
//!   and [`search`].
//!
//! [`locate`] decides where that folder is. The folder a user opens is the
//! natural place (it travels with the corpus and can be committed with it);
//! where that is impossible (loose files, several paths, a read-only folder)
//! the store goes in the user's cache directory, keyed by the paths, and one
//! warning line says so, because corrections kept there do not travel.

pub mod corrections;

use std::path::{Path, PathBuf};

pub mod cache;
mod codec;
mod db;
pub mod search;

/// The corpus's store, once located: where corrections are kept (`None`
/// with `--no-store`, or when no folder could be found).
#[derive(Debug, Clone, Default)]
pub struct Store {
    pub dir: Option<PathBuf>,
}

impl Store {
    /// Locate the store of the corpus at `paths`, returning the warning
    /// line (if any) for the caller to show.
    pub fn locate(paths: &[PathBuf], options: &StoreOptions) -> (Store, Option<String>) {
        let Located { dir, warning } = locate(paths, options);
        (Store { dir }, warning)
    }

    /// The corrections file, if there is a store.
    pub fn corrections(&self) -> Option<corrections::CorrectionsFile> {
        self.dir
            .as_deref()
            .map(corrections::CorrectionsFile::in_store)
    }

    /// Apply the stored corrections to `corpus` (nothing without a store),
    /// returning one warning line per correction that no longer applies.
    /// A corrections file that cannot be read is an error: opening the
    /// corpus without the user's fixes would show what they corrected as
    /// if it were right.
    pub fn apply_corrections(
        &self,
        corpus: &mut crate::model::Corpus,
    ) -> anyhow::Result<Vec<String>> {
        let Some(file) = self.corrections() else {
            return Ok(Vec::new());
        };
        corrections::apply(corpus, &file.load()?);
        Ok(corpus
            .corrections
            .iter()
            .filter_map(|c| {
                let why = c.stale.as_deref()?;
                Some(format!(
                    "correction {} in '{}' no longer applies ({}): {why}",
                    c.n,
                    file.path().display(),
                    c.summary
                ))
            })
            .collect())
    }

    /// The corrections file, or an error saying there is no store to keep
    /// corrections in.
    pub fn corrections_or_error(&self) -> anyhow::Result<corrections::CorrectionsFile> {
        self.corrections().ok_or_else(|| {
            anyhow::anyhow!("there is no store to keep corrections in (use --store DIR)")
        })
    }
}

/// The folder's name beside a corpus.
pub const STORE_FOLDER: &str = ".centreline";

/// How the user asked for the store (`--store DIR`, `--no-store`).
#[derive(Debug, Clone, Default)]
pub struct StoreOptions {
    /// Use this folder, wherever the corpus is.
    pub dir: Option<PathBuf>,
    /// Keep nothing between runs: no cache and no corrections.
    pub disabled: bool,
}

/// Where the store is, and a warning line when it is not where a user would
/// look for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Located {
    /// `None` with `--no-store`, or when no folder could be found at all.
    pub dir: Option<PathBuf>,
    pub warning: Option<String>,
}

/// Where the store of the corpus at `paths` lives (the bundled corpus when
/// `paths` is empty). Creates the folder beside a corpus folder, to learn
/// whether it can be written.
pub fn locate(paths: &[PathBuf], options: &StoreOptions) -> Located {
    if options.disabled {
        return Located::default();
    }
    if let Some(dir) = &options.dir {
        return Located {
            dir: Some(dir.clone()),
            warning: None,
        };
    }
    if paths.is_empty() {
        // The bundled corpus lives inside the program: its store goes with
        // the user's data, not in a cache that may be cleared.
        return match dirs::data_dir() {
            Some(d) => Located {
                dir: Some(d.join("centreline").join("bundled")),
                warning: None,
            },
            None => no_home("the bundled corpus"),
        };
    }
    // A path that is not there is the loader's error to report; no store
    // (and no warning about one) is wanted for it.
    if paths.iter().any(|p| std::fs::metadata(p).is_err()) {
        return Located::default();
    }
    if let [folder] = paths {
        if folder.is_dir() {
            let beside = folder.join(STORE_FOLDER);
            // A folder whose permissions say nobody may write to it is
            // left alone even by a user (root) whom the system would let.
            let read_only = std::fs::metadata(folder).is_ok_and(|m| m.permissions().readonly());
            // A store already there (committed with the corpus, say) is
            // the corpus's store even when the folder is read-only: its
            // corrections must apply.
            if beside.is_dir() || (!read_only && writable_folder(&beside)) {
                return Located {
                    dir: Some(beside),
                    warning: None,
                };
            }
            return in_user_cache(paths, &format!("'{}' is read-only", folder.display()));
        }
    }
    let why = if paths.len() == 1 {
        format!("'{}' is a file, not a folder", paths[0].display())
    } else {
        format!("{} paths were given, not one folder", paths.len())
    };
    in_user_cache(paths, &why)
}

/// The store in the user's cache directory, keyed by the paths.
fn in_user_cache(paths: &[PathBuf], why: &str) -> Located {
    let Some(cache) = dirs::cache_dir() else {
        return no_home(why);
    };
    let dir = cache.join("centreline").join(cache_key(paths));
    let warning = format!(
        "{why}, so its store (corrections and cache) is kept in '{}' (use --store DIR to choose)",
        dir.display()
    );
    Located {
        dir: Some(dir),
        warning: Some(warning),
    }
}

fn no_home(what: &str) -> Located {
    Located {
        dir: None,
        warning: Some(format!(
            "{what}: no home folder was found, so nothing is kept between runs (use --store DIR)"
        )),
    }
}

/// Whether `dir` exists (or can be made) and a file can be written in it.
fn writable_folder(dir: &Path) -> bool {
    if std::fs::create_dir_all(dir).is_err() {
        return false;
    }
    let probe = dir.join(format!(".probe-{}", std::process::id()));
    let ok = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    ok
}

/// A folder name for a set of paths: the last path's name (so a person can
/// tell the folders apart) and a hash of all of them, made absolute.
pub fn cache_key(paths: &[PathBuf]) -> String {
    // Absolute and sorted: `a.txt b.txt` and `b.txt a.txt` are one corpus.
    let mut absolute: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            std::fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .unwrap_or_else(|_| p.clone())
        })
        .collect();
    absolute.sort();
    absolute.dedup();
    let mut hash = Fnv1a::default();
    for abs in &absolute {
        hash.write(abs.as_os_str().as_encoded_bytes());
        hash.write(&[0]);
    }
    let name: String = absolute
        .last()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    format!("{name}-{:016x}", hash.0)
}

/// 64-bit FNV-1a: a stable hash (the standard library's may change between
/// releases, and these keys name folders on disk).
pub struct Fnv1a(pub u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_keeps_its_store_beside_it() {
        let tmp = tempfile::tempdir().unwrap();
        let at = locate(&[tmp.path().to_path_buf()], &StoreOptions::default());
        assert_eq!(at.dir, Some(tmp.path().join(STORE_FOLDER)));
        assert_eq!(at.warning, None);
        assert!(tmp.path().join(STORE_FOLDER).is_dir());
    }

    #[test]
    fn loose_files_keep_theirs_in_the_cache_with_a_warning() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        std::fs::write(&file, "text").unwrap();
        let at = locate(std::slice::from_ref(&file), &StoreOptions::default());
        if let Some(dir) = &at.dir {
            assert!(!dir.starts_with(tmp.path()), "{dir:?}");
            assert!(dir.to_string_lossy().contains("a_txt-"), "{dir:?}");
        }
        let warning = at.warning.expect("a warning line");
        assert!(warning.contains("is a file, not a folder"), "{warning}");
        assert!(!tmp.path().join(STORE_FOLDER).exists());
    }

    #[test]
    fn a_read_only_folder_is_left_alone_even_by_root() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::set_permissions(&corpus, std::fs::Permissions::from_mode(0o555)).unwrap();
        let at = locate(std::slice::from_ref(&corpus), &StoreOptions::default());
        std::fs::set_permissions(&corpus, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(!corpus.join(STORE_FOLDER).exists());
        let warning = at.warning.expect("a warning line");
        assert!(warning.contains("is read-only"), "{warning}");
        if let Some(dir) = at.dir {
            assert!(!dir.starts_with(&corpus), "{dir:?}");
        }
    }

    #[test]
    fn a_store_already_in_a_read_only_folder_is_still_its_store() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let corpus = tmp.path().join("corpus");
        std::fs::create_dir_all(corpus.join(STORE_FOLDER)).unwrap();
        std::fs::set_permissions(&corpus, std::fs::Permissions::from_mode(0o555)).unwrap();
        let at = locate(std::slice::from_ref(&corpus), &StoreOptions::default());
        std::fs::set_permissions(&corpus, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(at.dir, Some(corpus.join(STORE_FOLDER)));
        assert_eq!(at.warning, None);
    }

    #[test]
    fn the_options_override_the_place() {
        let tmp = tempfile::tempdir().unwrap();
        let chosen = tmp.path().join("elsewhere");
        let options = StoreOptions {
            dir: Some(chosen.clone()),
            disabled: false,
        };
        assert_eq!(locate(&[tmp.path().into()], &options).dir, Some(chosen));
        let off = StoreOptions {
            dir: None,
            disabled: true,
        };
        assert_eq!(locate(&[tmp.path().into()], &off), Located::default());
    }

    #[test]
    fn cache_keys_differ_by_path_and_are_stable() {
        let a = cache_key(&["/tmp/one/politics".into()]);
        let b = cache_key(&["/tmp/two/politics".into()]);
        assert_ne!(a, b);
        assert!(a.starts_with("politics-"));
        assert_eq!(a, cache_key(&["/tmp/one/politics".into()]));
        // The order paths are given in does not matter.
        let ab = cache_key(&["/tmp/a.txt".into(), "/tmp/b.txt".into()]);
        let ba = cache_key(&["/tmp/b.txt".into(), "/tmp/a.txt".into()]);
        assert_eq!(ab, ba);
    }
}
