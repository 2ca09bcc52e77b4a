//! The explorer. (Stub: the explorer issue replaces it.)

use crate::analysis::Lexicon;
use std::path::PathBuf;

/// Open the explorer on `paths` (the bundled corpus when empty).
pub fn run(_paths: Vec<PathBuf>, _lexicon: Lexicon) -> anyhow::Result<()> {
    println!("centreline: the explorer is not built yet; try `centreline export` or `centreline --help`.");
    Ok(())
}
