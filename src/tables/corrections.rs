//! `centreline corrections`: the user's corrections in order, each applied or
//! stale; and how the correction commands find the speaker or quote a user
//! names.

use crate::model::{Corpus, Quote, QuoteId, Speaker};
use crate::present::truncate;
use anyhow::{anyhow, bail, Result};

/// The corrections of `corpus` (as applied when it was opened), as a table
/// or JSON; `file` is where they are kept.
pub fn list(corpus: &Corpus, file: &std::path::Path, json: bool) -> Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(&corpus.corrections)? + "\n");
    }
    if corpus.corrections.is_empty() {
        return Ok(format!(
            "No corrections yet (they will be kept in '{}').\n",
            file.display()
        ));
    }
    let mut out = format!(
        "Corrections in '{}', applied in this order:\n",
        file.display()
    );
    for c in &corpus.corrections {
        let status = match &c.stale {
            None => "applied".to_string(),
            Some(why) => format!("STALE: {why}"),
        };
        out.push_str(&format!(
            "{:>4}  {:<7} {}\n      {status}\n",
            c.n,
            c.action,
            truncate(&c.summary, 110)
        ));
    }
    let stale = corpus
        .corrections
        .iter()
        .filter(|c| c.stale.is_some())
        .count();
    if stale > 0 {
        out.push_str(&format!(
            "{stale} of {} no longer apply; they are kept until you undo or edit them.\n",
            corpus.corrections.len()
        ));
    }
    Ok(out)
}

/// The speaker `word` names: an id as `centreline speakers --json` gives it,
/// or a display name (when only one speaker has it).
pub fn find_speaker<'a>(corpus: &'a Corpus, word: &str) -> Result<&'a Speaker> {
    if let Some(s) = corpus.speaker(word) {
        return Ok(s);
    }
    let named: Vec<&Speaker> = corpus
        .speakers
        .iter()
        .filter(|s| s.name.eq_ignore_ascii_case(word.trim()))
        .collect();
    match named.as_slice() {
        [one] => Ok(one),
        [] => {
            let like: Vec<String> = super::speakers::find_speakers(corpus, &word.replace('-', " "))
                .into_iter()
                .take(3)
                .map(|s| format!("{} ({})", s.id, s.name))
                .collect();
            if like.is_empty() {
                bail!("no speaker '{word}' (`centreline speakers --json` lists their ids)")
            }
            bail!("no speaker '{word}'; did you mean {}?", like.join(", or "))
        }
        several => {
            let ids: Vec<&str> = several.iter().map(|s| s.id.as_str()).collect();
            bail!(
                "{} speakers are called '{word}': name one by id ({})",
                several.len(),
                ids.join(", ")
            )
        }
    }
}

/// The quote `word` names: `ARTICLE#qN`, as `centreline quotes` lists it.
pub fn find_quote<'a>(corpus: &'a Corpus, word: &str) -> Result<&'a Quote> {
    let id: QuoteId = word.parse().map_err(|_| {
        anyhow!("'{word}' is not a quote id: quote ids are ARTICLE#qN, as `centreline quotes` lists them")
    })?;
    if corpus.article(&id.article).is_none() {
        bail!("no article '{}' in this corpus", id.article);
    }
    corpus.quotes.iter().find(|q| q.id == id).ok_or_else(|| {
        anyhow!("no quote {word}: that article's quotes are listed by `centreline quotes`")
    })
}
