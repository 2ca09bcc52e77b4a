//! `centreline themes`. (Stub: the theme issue fills it in.)

use crate::model::Corpus;

pub fn themes(corpus: &Corpus, json: bool) -> anyhow::Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(&corpus.periods)? + "\n");
    }
    Ok(String::new())
}
