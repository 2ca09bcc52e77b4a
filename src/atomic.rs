//! Files replaced whole: written to a temporary file beside the target,
//! flushed to disk, renamed over it, so a crash or a full disk leaves the old
//! file or the new one, never half of one. Exports and the user's
//! corrections are written this way.

use anyhow::{Context, Result};
use std::path::Path;

/// Create `path` atomically with `fill` writing its contents.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<()> {
    if path.is_dir() {
        anyhow::bail!("cannot write '{}': it is a folder", path.display());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .with_context(|| format!("'{}' is not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> Result<()> {
        let mut f = std::fs::File::create(&tmp).map_err(|e| io_error(path, &e))?;
        fill(&mut f)?;
        f.sync_all().map_err(|e| io_error(path, &e))?;
        std::fs::rename(&tmp, path).map_err(|e| io_error(path, &e))?;
        // The rename itself is made durable by syncing the folder (where
        // the platform allows opening one).
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub(crate) fn io_error(path: &Path, e: &std::io::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot write '{}': {}",
        path.display(),
        crate::corpus::load::plain_io_error(e)
    )
}
