//! The five articles that ship inside the binary, so `centreline` with no path
//! works from any folder.

/// (file name, contents) of each bundled article, in file-name order.
pub const ARTICLES: &[(&str, &str)] = &[
    ("000_cfc937d7100a9871.txt", include_str!("../../assets/corpus/000_cfc937d7100a9871.txt")),
    ("001_950c5f3d704ebb9d.txt", include_str!("../../assets/corpus/001_950c5f3d704ebb9d.txt")),
    ("002_606b5fe05658d27d.txt", include_str!("../../assets/corpus/002_606b5fe05658d27d.txt")),
    ("003_093cf3b6af6c1ba7.txt", include_str!("../../assets/corpus/003_093cf3b6af6c1ba7.txt")),
    ("004_1c94f41e1d698293.txt", include_str!("../../assets/corpus/004_1c94f41e1d698293.txt")),
];

/// The bundled manifest (`assets/corpus/corpus.toml`).
pub const MANIFEST: &str = include_str!("../../assets/corpus/corpus.toml");
