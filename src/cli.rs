//! Command-line interface: the explorer by default, and subcommands that print
//! or export the same analysis for scripts.

use crate::corpus::formats::FieldMap;
use crate::corpus::load::LoadOptions;
use crate::export::Format;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "centreline",
    version,
    about = "Explore news about how public services are governed: quotes, speakers and the central-vs-local theme.",
    long_about = "Explore news about how public services are governed: who said what, in what role, and where each article, paragraph and speaker stands between central control and local autonomy.\n\nWith no PATH, opens the bundled corpus (five articles on NHS management, 2000-2024). PATHs are files or folders (walked recursively): plain text (.txt, .md), saved web pages (.html, .htm), RSS/Atom feeds (.xml, .rss, .atom), JSON Lines and CSV exports (.jsonl, .ndjson, .csv) and newsboat's cache.db.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: Sources,
}

/// Where the articles come from, and how to score them.
#[derive(Debug, Clone, Default, Args)]
pub struct Sources {
    /// Article files (.txt, .md, .html, .xml/.rss/.atom, .jsonl, .csv, cache.db) or folders; none means the bundled corpus.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Which fields of JSON Lines and CSV records hold what, when not the usual names: ROLE=FIELD,… with roles text, title, date, source, author, url, id (e.g. text=body,title=headline,date=published).
    #[arg(long, value_name = "MAP", value_parser = parse_fields)]
    pub fields: Option<FieldMap>,
    /// A theme lexicon to use instead of the bundled one (TOML, like assets/lexicon/central_local.toml).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Keep the corpus's store (corrections and cache) in DIR instead of `.centreline/` beside the corpus.
    #[arg(long, value_name = "DIR", conflicts_with = "no_store")]
    pub store: Option<PathBuf>,
    /// Keep nothing between runs: analyse everything afresh and apply no corrections.
    #[arg(long)]
    pub no_store: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the analysed corpus as JSON (the whole model) or CSV (one row per quote).
    Export {
        #[command(flatten)]
        sources: Sources,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write to FILE (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// List speakers: name, roles, quotes, articles.
    Speakers {
        #[command(flatten)]
        sources: Sources,
        /// Show only speakers matching QUERY (fuzzy: `thorn` finds Stephen Thornton).
        #[arg(long, value_name = "QUERY")]
        find: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List quotes with their speakers.
    Quotes {
        #[command(flatten)]
        sources: Sources,
        /// Show only quotes by speakers matching QUERY (fuzzy).
        #[arg(long, value_name = "QUERY")]
        speaker: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Find paragraphs across the corpus (FTS5 syntax: words, "a phrase", prefix*, AND, OR, NOT), best matches first.
    Search {
        /// What to find, e.g. 'trust AND "foundation hospital"', 'devolv*', 'nhs NOT england'.
        #[arg(value_name = "QUERY")]
        query: String,
        #[command(flatten)]
        sources: Sources,
        /// Show at most N matches.
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: usize,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show the central-vs-local theme: articles by date, speakers, years.
    Themes {
        #[command(flatten)]
        sources: Sources,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

fn parse_fields(s: &str) -> Result<FieldMap, String> {
    s.parse()
}

impl Sources {
    /// Where the store is to be, as the user asked.
    pub fn store_options(&self) -> crate::store::StoreOptions {
        crate::store::StoreOptions {
            dir: self.store.clone(),
            disabled: self.no_store,
        }
    }

    /// How to load these sources.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            fields: self.fields.clone().unwrap_or_default(),
        }
    }
}

/// The subcommand a mistyped first word most likely meant (`speaker` →
/// `speakers`): one within two edits of the word, or that it starts. A
/// word that names a file or folder never gets here.
pub fn command_like(word: &str) -> Option<String> {
    use clap::CommandFactory;
    let word = word.to_lowercase();
    if word.is_empty() || word.contains(['/', '\\', '.']) {
        return None;
    }
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|name| name != "help")
        .map(|name| (edits(&word, &name), name))
        .filter(|(d, name)| *d <= 2 || (word.len() >= 3 && name.starts_with(&word)))
        .min()
        .map(|(_, name)| name)
}

/// Levenshtein distance (the words are short).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::command_like;

    #[test]
    fn a_mistyped_command_is_named() {
        assert_eq!(command_like("speaker").as_deref(), Some("speakers"));
        assert_eq!(command_like("exprot").as_deref(), Some("export"));
        assert_eq!(command_like("quote").as_deref(), Some("quotes"));
        assert_eq!(command_like("them").as_deref(), Some("themes"));
        assert_eq!(command_like("serch").as_deref(), Some("search"));
        assert_eq!(command_like("politics"), None);
        assert_eq!(command_like("./speaker"), None);
        assert_eq!(command_like("notes.txt"), None);
    }
}
