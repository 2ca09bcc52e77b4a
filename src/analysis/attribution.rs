//! Quotes and speakers. (Stub: filled in by the quotes-and-speakers issue.)

use crate::corpus::Document;
use crate::model::{Quote, Speaker};
use crate::progress::Progress;

/// Everything attribution finds in a corpus.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
}

/// Find every quote in `docs` and credit it to a speaker, unifying each person
/// under all their names across articles. Themes are left empty.
pub fn attribute(docs: &[Document], progress: Option<&Progress>) -> Attribution {
    Progress::add(progress.map(|p| &p.articles_analysed), docs.len());
    Attribution::default()
}
