//! `centreline speakers` and `centreline quotes`. (Stub: the quotes issue fills it in.)

use crate::model::Corpus;

pub fn speakers(corpus: &Corpus, _find: Option<&str>, json: bool) -> anyhow::Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(&corpus.speakers)? + "\n");
    }
    Ok(String::new())
}

pub fn quotes(corpus: &Corpus, _speaker: Option<&str>, json: bool) -> anyhow::Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(&corpus.quotes)? + "\n");
    }
    Ok(String::new())
}
