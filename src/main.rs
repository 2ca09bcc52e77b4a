use centreline::cli::{Cli, Command, CorrectionsUndo, Sources};
use centreline::present::one_line;
use centreline::{export, tables};
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("centreline: {}", one_line(&format!("{e:#}")));
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let Some(command) = cli.command else {
        return explore(cli.open);
    };
    match command {
        Command::Export {
            sources,
            format,
            output,
        } => {
            if !sources.no_store {
                // Through the store, with the user's corrections: the model,
                // written as `export::write` writes it (byte for byte what
                // the streamed export writes).
                // The export is written while a build's cache is: the
                // cache's warning, if it could not be, comes after it.
                let (corpus, writing) = open_writing(&sources)?;
                let exported = write_export(output, |f| export::write(&corpus, format, f));
                if let Some(writing) = writing {
                    let mut stats = Default::default();
                    print_warnings(writing.finish(&mut stats));
                }
                exported?;
                // The process ends here: freeing the whole model one string
                // at a time would only delay the exit (by tens of ms at
                // 25 MB); the system takes the memory back at once.
                std::mem::forget(corpus);
                return Ok(ExitCode::SUCCESS);
            }
            let lexicon = centreline::open_lexicon(sources.lexicon.as_deref())?;
            let bar = centreline::progress::StderrBar::start();
            let (analysed, warnings) = centreline::open_analysed_with(
                &sources.paths,
                &sources.load_options(),
                &lexicon,
                Some(bar.progress()),
            )?;
            drop(bar);
            print_warnings(warnings);
            write_export(output, |f| export::write_analysed(analysed, format, f))?;
        }
        Command::Speakers {
            correct: Some(c), ..
        } => print!("{}", centreline::correct::speakers(&c, &mut warn)?),
        Command::Quotes {
            correct: Some(c), ..
        } => print!("{}", centreline::correct::quotes(&c, &mut warn)?),
        Command::Corrections {
            undo: Some(CorrectionsUndo::Undo { sources }),
            ..
        } => print!("{}", centreline::correct::undo(&sources, &mut warn)?),
        Command::Corrections {
            undo: None,
            sources,
            json,
        } => {
            let (corpus, store) = centreline::correct::open_corrected(&sources, &mut warn)?;
            let file = store.corrections_or_error()?;
            let table = tables::corrections::list(&corpus, file.path(), json)?;
            write_stdout(table.as_bytes())?;
        }
        Command::Speakers {
            correct: None,
            sources,
            find,
            json,
        } => {
            let corpus = open(&sources)?;
            write_stdout(tables::speakers(&corpus, find.as_deref(), json)?.as_bytes())?;
        }
        Command::Quotes {
            correct: None,
            sources,
            speaker,
            json,
        } => {
            let corpus = open(&sources)?;
            write_stdout(tables::quotes(&corpus, speaker.as_deref(), json)?.as_bytes())?;
        }
        Command::Search {
            query,
            sources,
            limit,
            json,
        } => return search(&query, &sources, limit, json),
        Command::Config {
            print_default: true,
        } => write_stdout(centreline::tui::config::default_text().as_bytes())?,
        Command::Config {
            print_default: false,
        } => {
            let path = centreline::tui::config::config_path();
            let shown = path
                .as_ref()
                .map_or("(no home folder)".to_string(), |p| p.display().to_string());
            let exists = path.as_ref().is_some_and(|p| p.exists());
            // Mistakes are errors (with the line); taken keys are warnings.
            let (_, _, warnings) = centreline::tui::config::load()?;
            print_warnings(warnings);
            let state = if exists {
                "read, no errors"
            } else {
                "not there: the defaults apply"
            };
            println!("config file: {shown} ({state})");
            println!("centreline config --print-default prints every default, to start one from.");
        }
        Command::Themes { sources, json } => {
            let corpus = open(&sources)?;
            write_stdout(tables::themes(&corpus, json)?.as_bytes())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Load and analyse, apply the user's corrections, printing one warning
/// line per skipped file.
fn open(sources: &Sources) -> anyhow::Result<centreline::model::Corpus> {
    Ok(centreline::correct::open_corrected(sources, &mut warn)?.0)
}

/// [`open`], returning while a build's cache is still being written (see
/// [`centreline::open_stored_writing`]).
fn open_writing(
    sources: &Sources,
) -> anyhow::Result<(
    centreline::model::Corpus,
    Option<centreline::store::cache::Writing>,
)> {
    let (corpus, store, writing) = centreline::correct::open_corrected_writing(sources, &mut warn)?;
    drop(store);
    Ok((corpus, writing))
}

/// An export to `output` (atomically) or to standard output.
fn write_export(
    output: Option<std::path::PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match output {
        Some(path) => export::write_file(&path, |f| write(f)),
        None => {
            let mut out = std::io::stdout().lock();
            ignore_broken_pipe(write(&mut out))
        }
    }
}

fn warn(line: String) {
    eprintln!("centreline: {line}");
}

fn open_stored(sources: &Sources) -> anyhow::Result<centreline::Opened> {
    let lexicon = centreline::open_lexicon(sources.lexicon.as_deref())?;
    let mut opened = centreline::open_stored(
        &sources.paths,
        &sources.load_options(),
        &lexicon,
        &sources.store_options(),
        None,
    )?;
    print_warnings(std::mem::take(&mut opened.warnings));
    Ok(opened)
}

/// `centreline search`: the store's paragraph index when it is up to date,
/// else one made in memory. Matches are marked «so» in plain output and in
/// bold on a terminal.
fn search(query: &str, sources: &Sources, limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    use centreline::store::{cache, locate, search};
    let lexicon = centreline::open_lexicon(sources.lexicon.as_deref())?;
    let options = sources.load_options();
    // An up-to-date cache is searched as it is, without loading the corpus.
    let located = locate(&sources.paths, &sources.store_options());
    let current = located.dir.as_ref().and_then(|dir| {
        let paths = centreline::plain_paths(&sources.paths);
        let warnings = cache::current_warnings(dir, &paths, &options, &lexicon)?;
        let conn = rusqlite::Connection::open_with_flags(
            dir.join(cache::CACHE_FILE),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .ok()?;
        Some((conn, warnings))
    });
    let conn = match current {
        Some((conn, warnings)) => {
            print_warnings(located.warning.into_iter().chain(warnings));
            conn
        }
        None => {
            // Open (building or updating the cache); its index if it is now
            // current, else one made in memory.
            let opened = open_stored(sources)?;
            let from_cache = match &opened.store {
                Some(dir) if opened.stats.cache_current => rusqlite::Connection::open_with_flags(
                    dir.join(cache::CACHE_FILE),
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )
                .ok(),
                _ => None,
            };
            match from_cache {
                Some(c) => c,
                None => search::index_in_memory(&opened.corpus)?,
            }
        }
    };
    let mut hits = search::search(&conn, query, limit)?;
    if json {
        for h in &mut hits {
            h.snippet = search::mark(&h.snippet, "«", "»");
        }
        let mut text = serde_json::to_string_pretty(&hits)?;
        text.push('\n');
        write_stdout(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        eprintln!("centreline: no paragraph matches '{}'", query);
        return Ok(ExitCode::SUCCESS);
    }
    let (start, end) = if std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[22m")
    } else {
        ("«", "»")
    };
    let mut out = String::new();
    for h in &hits {
        let date = h.date.as_deref().unwrap_or("undated");
        out.push_str(&format!("{} · {} · ¶ {}\n", h.title, date, h.number));
        out.push_str(&format!("    {}\n", search::mark(&h.snippet, start, end)));
    }
    write_stdout(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// One line on standard error per file skipped.
fn print_warnings(warnings: impl IntoIterator<Item = String>) {
    for w in warnings {
        eprintln!("centreline: {w}");
    }
}

fn explore(sources: Sources) -> anyhow::Result<ExitCode> {
    // A missing first PATH that looks like a command is a typo for it.
    if let Some(first) = sources.paths.first() {
        if std::fs::metadata(first).is_err() {
            if let Some(command) = first.to_str().and_then(centreline::cli::command_like) {
                anyhow::bail!(
                    "no file or folder '{}'; did you mean the command `centreline {command}`?",
                    first.display()
                );
            }
        }
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "centreline: the explorer needs a terminal; to write the analysis to a file or a pipe, use `centreline export` (see `centreline --help`)"
        );
        return Ok(ExitCode::from(2));
    }
    // Check what can be checked before the screen is taken over, so mistakes
    // read as plain errors.
    centreline::corpus::load::check_paths(&sources.paths)?;
    let lexicon = centreline::open_lexicon(sources.lexicon.as_deref())?;
    // 0 on quit; 128 + signal (143 SIGTERM, 129 SIGHUP) once the terminal is restored.
    let options = sources.load_options();
    let store = sources.store_options();
    let exit = centreline::tui::run(sources.paths, options, lexicon, store)?;
    Ok(ExitCode::from(exit.code()))
}

/// Write to stdout; a closed pipe (`| head`) is a normal end, not an error.
fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    ignore_broken_pipe(
        out.write_all(bytes)
            .and_then(|_| out.flush())
            .map_err(Into::into),
    )
}

fn ignore_broken_pipe(result: anyhow::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || c.downcast_ref::<serde_json::Error>()
                        .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            }) =>
        {
            Ok(())
        }
        other => other,
    }
}

/// Usage mistakes as one line on stderr; help and version as clap prints them.
fn clap_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind::*;
    match e.kind() {
        DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        _ => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("centreline: {first} (see `centreline --help`)");
            ExitCode::from(2)
        }
    }
}
