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
    /// List speakers: name, roles, quotes, articles; or correct them (merge, rename, split).
    #[command(args_conflicts_with_subcommands = true)]
    Speakers {
        #[command(subcommand)]
        correct: Option<SpeakerCorrection>,
        #[command(flatten)]
        sources: Sources,
        /// Show only speakers matching QUERY (fuzzy: `thorn` finds Stephen Thornton).
        #[arg(long, value_name = "QUERY")]
        find: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// List quotes with their speakers; or correct them (assign, reject).
    #[command(args_conflicts_with_subcommands = true)]
    Quotes {
        #[command(subcommand)]
        correct: Option<QuoteCorrection>,
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
    /// Check the explorer's config file (keys and colours) and say where it is.
    Config {
        /// Print the whole default config, commented: every action's keys in
        /// every context and every colour slot (save it, then edit it).
        #[arg(long)]
        print_default: bool,
    },
    /// List your corrections in order, saying which no longer apply; `undo` removes the last.
    #[command(args_conflicts_with_subcommands = true)]
    Corrections {
        #[command(subcommand)]
        undo: Option<CorrectionsUndo>,
        #[command(flatten)]
        sources: Sources,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Corrections to speakers, kept in the corpus's `corrections.toml`.
#[derive(Debug, Subcommand)]
pub enum SpeakerCorrection {
    /// Join speakers: `merge KEEP OTHER... [PATH...]` (ids as `centreline speakers` lists them; the OTHERs become KEEP).
    Merge {
        #[command(flatten)]
        args: CorrectionArgs,
    },
    /// Give a speaker another name: `rename ID NAME [PATH...]`.
    Rename {
        #[command(flatten)]
        args: CorrectionArgs,
    },
    /// Make one article's mentions of a speaker a speaker of their own: `split ID --article ARTICLE [PATH...]`.
    Split {
        /// The article (its id, as `centreline quotes` lists it) whose mentions are someone else.
        #[arg(long, value_name = "ARTICLE", required = true)]
        article: String,
        #[command(flatten)]
        args: CorrectionArgs,
    },
}

/// Corrections to quotes, kept in the corpus's `corrections.toml`.
#[derive(Debug, Subcommand)]
pub enum QuoteCorrection {
    /// Credit a quote to another speaker: `assign QUOTE_ID SPEAKER_ID [PATH...]` (QUOTE_ID is ARTICLE#qN).
    Assign {
        #[command(flatten)]
        args: CorrectionArgs,
    },
    /// Say a quote is not a quote of anyone (a scare quote, a title): `reject QUOTE_ID [PATH...]`.
    Reject {
        #[command(flatten)]
        args: CorrectionArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum CorrectionsUndo {
    /// Remove the last correction.
    Undo {
        #[command(flatten)]
        sources: Sources,
    },
}

/// A correction's ids, then the corpus's paths (the words that name a file
/// or folder, at the end), and how the corpus is opened.
#[derive(Debug, Clone, Args)]
pub struct CorrectionArgs {
    /// Ids (and, for rename, the new name), then the corpus's PATHs (none: the bundled corpus).
    #[arg(value_name = "ARG", required = true)]
    pub words: Vec<String>,
    /// As for the other commands: which fields of JSON Lines and CSV records hold what.
    #[arg(long, value_name = "MAP", value_parser = parse_fields)]
    pub fields: Option<FieldMap>,
    /// As for the other commands: a theme lexicon to use instead of the bundled one.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// The store folder, when not `.centreline/` beside the corpus.
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
}

impl CorrectionArgs {
    /// The first `fixed` words (at least that many, or all but the paths
    /// when `fixed` is `None`), and the sources named by the rest.
    pub fn split(&self, fixed: Option<usize>) -> (Vec<String>, Sources) {
        let at = match fixed {
            Some(n) => n.min(self.words.len()),
            // Trailing words that look like paths are the paths.
            None => {
                let paths = self.words.iter().rev().take_while(|w| path_like(w)).count();
                self.words.len() - paths
            }
        };
        let sources = Sources {
            paths: self.words[at..].iter().map(PathBuf::from).collect(),
            fields: self.fields.clone(),
            lexicon: self.lexicon.clone(),
            store: self.store.clone(),
            no_store: false,
        };
        (self.words[..at].to_vec(), sources)
    }
}

/// Whether a word among speaker ids is a PATH: it names a file or folder,
/// or it is written as a path (`./corpus`, `data/bbc`, `~/news`) even if
/// mistyped, so that a typo is reported as a path that cannot be opened
/// rather than as an unknown speaker. Speaker ids and names never hold a
/// slash or start with a dot.
pub fn path_like(word: &str) -> bool {
    std::fs::metadata(word).is_ok() || word.contains(['/', '\\']) || word.starts_with(['.', '~'])
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
