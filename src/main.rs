//! The `hearsay` command: the reader, and the scriptable exports.

use clap::{Parser, Subcommand};
use hearsay::app::index::Index;
use hearsay::config::Dirs;
use hearsay::ingest::{self, Loaded};
use hearsay::state::{self, Store};
use hearsay::{analysis, export, report, sample, tui};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// hearsay: a terminal news reader that knows who said what.
///
/// Opens news text files (one article per file, or news dumps holding
/// many), finds every quote and who said it, and lets you follow people
/// through the news. With no PATH it opens a bundled sample.
#[derive(Parser)]
#[command(
    name = "hearsay",
    version,
    after_help = "Examples:\n  hearsay                      open the bundled sample\n  hearsay ~/news               open every article in a folder\n  hearsay export a.txt > a.json  the document model as JSON\n  cat a.txt | hearsay -        read articles from standard input"
)]
struct Cli {
    /// Files or folders of news text to open; `-` reads standard input.
    paths: Vec<PathBuf>,

    /// The config file to use instead of the one in the config folder
    /// (`hearsay config` shows where that is).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the articles, quotes and entities as JSON (export format v1).
    Export {
        /// Files or folders to read; `-` reads standard input. With none,
        /// the bundled sample.
        paths: Vec<PathBuf>,
    },
    /// Print every quote of one person (`--by NAME`), grouped by article,
    /// with its cue and file:line; or the quotes you starred (`--starred`).
    #[command(group(clap::ArgGroup::new("which").required(true).args(["by", "starred"])))]
    Quotes {
        /// The person, matched fuzzily against names and aliases
        /// (`lavrov`, `S Lavrov`, `the Russian minister`).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// The quotes starred in the reader, with speaker, article, file
        /// and line.
        #[arg(long)]
        starred: bool,
        /// With --starred: as JSON.
        #[arg(long, requires = "starred")]
        json: bool,
        /// Files or folders to read (with --by); with none, the bundled
        /// sample.
        paths: Vec<PathBuf>,
    },
    /// Print the people, organizations and places found, most quoted
    /// first, with their aliases and quote and mention counts.
    Entities {
        /// Files or folders to read; with none, the bundled sample.
        paths: Vec<PathBuf>,
    },
    /// Show where the config, the reading state and the data live.
    Config {
        /// Print a commented config holding every default, to start from.
        #[arg(long)]
        default: bool,
    },
}

fn main() -> ExitCode {
    hearsay::tune_allocator();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export { paths }) => run_export(&paths),
        Some(Command::Quotes {
            starred: true,
            json,
            ..
        }) => run_starred(cli.config.as_deref(), json),
        Some(Command::Quotes { by, paths, .. }) => {
            run_quotes_by(by.as_deref().unwrap_or_default(), &paths)
        }
        Some(Command::Entities { paths }) => run_entities(&paths),
        Some(Command::Config { default }) => run_config(cli.config.as_deref(), default),
        None => run_reader(&cli.paths, cli.config.as_deref()),
    }
}

/// Loads and analyses the paths, reporting every problem on stderr.
/// `None` when nothing at all could be read.
fn load(paths: &[PathBuf]) -> Option<Loaded> {
    let loaded = load_quiet(paths);
    for p in &loaded.problems {
        eprintln!("hearsay: {p}");
    }
    if loaded.corpus.articles.is_empty() {
        eprintln!("hearsay: no article could be read");
        return None;
    }
    Some(loaded)
}

fn run_export(paths: &[PathBuf]) -> ExitCode {
    let Some(loaded) = load(paths) else {
        return ExitCode::FAILURE;
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = export::write_json(&loaded.corpus, &mut out)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hearsay: cannot write the export: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a report to stdout; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hearsay: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_quotes_by(name: &str, paths: &[PathBuf]) -> ExitCode {
    let Some(loaded) = load(paths) else {
        return ExitCode::FAILURE;
    };
    let index = Index::build(&loaded.corpus);
    match report::best_person(&loaded.corpus, &index, name) {
        Some(e) => print(&report::quotes_by(&loaded.corpus, &index, e)),
        None => {
            eprintln!(
                "hearsay: no person matches {name:?}; `hearsay entities` lists who was found"
            );
            ExitCode::FAILURE
        }
    }
}

fn run_entities(paths: &[PathBuf]) -> ExitCode {
    let Some(loaded) = load(paths) else {
        return ExitCode::FAILURE;
    };
    let index = Index::build(&loaded.corpus);
    print(&report::entities(&loaded.corpus, &index))
}

fn run_reader(paths: &[PathBuf], config: Option<&Path>) -> ExitCode {
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "hearsay: standard output is not a terminal, so the reader cannot start.\n\
             For the articles, quotes and speakers as JSON, run `hearsay export {}`.",
            if paths.is_empty() {
                "PATH...".to_owned()
            } else {
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        );
        return ExitCode::from(2);
    }
    let (setup, library) = match reader_setup(config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("hearsay: {e}");
            return ExitCode::from(2);
        }
    };
    // No path: the config's library, then the bundled sample.
    let from_library = paths.is_empty() && !library.is_empty();
    let paths = if paths.is_empty() {
        &library[..]
    } else {
        paths
    };
    let what = match paths {
        [] => "the bundled sample".to_owned(),
        [one] => one.display().to_string(),
        many => format!("{} paths", many.len()),
    };
    let paths = paths.to_vec();
    let outcome = tui::run(
        &what,
        move || {
            let mut loaded = read_quiet(&paths);
            let mut problems: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
            if loaded.corpus.articles.is_empty() && from_library {
                problems.push("nothing could be read from the library: the bundled sample".into());
                loaded = read_quiet(&[]);
            }
            if loaded.corpus.articles.is_empty() {
                let mut msg = problems.join("\n");
                if !msg.is_empty() {
                    msg.push('\n');
                }
                msg.push_str("no article could be read");
                return Err(msg);
            }
            Ok((loaded.corpus, problems))
        },
        setup,
    );
    match outcome {
        Ok(o) => {
            // After SIGHUP the terminal may be gone: a failed write is not
            // a panic.
            let mut err = std::io::stderr();
            for p in o.problems.iter().chain(&o.warnings) {
                let _ = writeln!(err, "hearsay: {p}");
            }
            if let Some(sig) = o.signal {
                // Ended by a signal, state saved: the shell's usual status.
                return ExitCode::from(128 + sig as u8);
            }
            match o.error {
                Some(e) => {
                    for line in e.lines() {
                        eprintln!("hearsay: {line}");
                    }
                    ExitCode::FAILURE
                }
                None => ExitCode::SUCCESS,
            }
        }
        Err(e) => {
            eprintln!("hearsay: cannot use the terminal: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Loads and analyses the paths, or the bundled sample when there are
/// none, without printing.
fn load_quiet(paths: &[PathBuf]) -> Loaded {
    let mut loaded = read_quiet(paths);
    analysis::analyze(&mut loaded.corpus);
    loaded
}

/// Reads the paths, or the bundled sample when there are none, without
/// printing (the reader shows problems, then prints them on exit) and
/// without analysing (the reader's worker does, after showing a large
/// corpus's articles).
fn read_quiet(paths: &[PathBuf]) -> Loaded {
    if paths.is_empty() {
        let files: Vec<(String, &str)> = sample::FILES
            .iter()
            .map(|(name, text)| (sample::display_name(name), *text))
            .collect();
        Loaded {
            corpus: ingest::load_texts(&files),
            problems: Vec::new(),
        }
    } else {
        ingest::load_paths(paths)
    }
}

/// The reader's settings and reading state, and the default library's
/// paths. A config with an error stops here with the error.
fn reader_setup(config: Option<&Path>) -> Result<(tui::Setup, Vec<PathBuf>), String> {
    let dirs = Dirs::platform(config)?;
    let cfg = dirs.load_config().map_err(|e| e.to_string())?;
    let mut store = Store::new(&dirs.data_dir);
    let loaded = store.load();
    let setup = tui::Setup {
        keymap: cfg.keymap(),
        colors: cfg.theme.clone(),
        panes: cfg.panes.widths(),
        store: Some(store),
        state: loaded.state,
        warnings: loaded.warnings,
    };
    Ok((setup, cfg.library.expanded()))
}

fn run_config(config: Option<&Path>, default: bool) -> ExitCode {
    if default {
        print!("{}", hearsay::config::default_text());
        return ExitCode::SUCCESS;
    }
    let dirs = match Dirs::platform(config) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("hearsay: {e}");
            return ExitCode::FAILURE;
        }
    };
    let exists = |p: &Path| if p.exists() { "" } else { " (not there yet)" };
    println!(
        "config  {}{}",
        dirs.config_file.display(),
        exists(&dirs.config_file)
    );
    println!(
        "state   {}{}",
        dirs.state_file().display(),
        exists(&dirs.state_file())
    );
    println!(
        "data    {}{}",
        dirs.data_dir.display(),
        exists(&dirs.data_dir)
    );
    match dirs.load_config() {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hearsay: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_starred(config: Option<&Path>, json: bool) -> ExitCode {
    let dirs = match Dirs::platform(config) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("hearsay: {e}");
            return ExitCode::FAILURE;
        }
    };
    let loaded = Store::new(&dirs.data_dir).load();
    for w in &loaded.warnings {
        eprintln!("hearsay: {w}");
    }
    print(&state::starred_report(&loaded.state, json))
}
