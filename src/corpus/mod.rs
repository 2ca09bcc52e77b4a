//! Files → documents: finding, decoding and splitting articles, and reading
//! their metadata. Nothing here analyses quotes or themes.

pub mod bundled;

use crate::model::{ParagraphKind, PartialDate, SharedStr};

/// An article as loaded, before analysis: its metadata and its paragraphs.
/// Serialisable for the store (which keeps the date's approximate flag
/// beside it: a [`PartialDate`] is written without it).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// Unique in the corpus: the file stem where that is unique.
    pub id: SharedStr,
    /// Path relative to the folder given.
    pub path: String,
    pub title: String,
    pub kicker: Option<String>,
    pub standfirst: Option<SharedStr>,
    /// Reporters named in the byline.
    pub byline: Vec<String>,
    pub date: Option<PartialDate>,
    /// The date's approximate flag, as the model carries it.
    pub date_approximate: bool,
    pub source: Option<String>,
    pub author: Option<String>,
    /// Where the article is on the web, when its source says (a feed item's link).
    pub url: Option<String>,
    pub paragraphs: Vec<DocParagraph>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DocParagraph {
    pub kind: ParagraphKind,
    /// Shared with the model's paragraph, and sliced for its quotes and cues.
    pub text: SharedStr,
}

pub mod date;
pub mod decode;
pub mod formats;
pub mod load;
pub mod meta;
pub mod structure;

pub use load::{load_bundled, load_paths, Loaded};
pub use meta::Meta;
