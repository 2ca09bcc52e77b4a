//! The central-vs-local cue lexicon. (Stub: filled in by the theme issue.)

/// A compiled lexicon of theme cues.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicon embedded in the binary (`assets/lexicon/central_local.toml`).
    pub fn bundled() -> Lexicon {
        Lexicon {}
    }

    /// Read a lexicon file; errors name the file and the line.
    pub fn load(_path: &std::path::Path) -> anyhow::Result<Lexicon> {
        Ok(Lexicon {})
    }
}
