//! The command line: parse arguments, load the dataset, run one command, map the outcome
//! to an exit code (0 ok, 1 nothing found, 2 usage or data error).

pub mod args;
mod compare;
pub mod help;
mod list;
mod output;
mod related;
mod resolve;
mod search;
mod show;
mod timeline;
mod validate;

use std::process::ExitCode;

pub use args::{Cli, ColorChoice, Command, Global};

use crate::dataset::Dataset;
use crate::error::DataError;

/// What a command found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    NotFound,
}

/// Errors a command can end with; all exit 2. `Display` is bokmål; [`CliError::message`]
/// says it in the standard asked for.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Data(#[from] DataError),
    /// Already in the standard asked for (the command wrote it).
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("kan ikke lage JSON: {0}")]
    Json(serde_json::Error),
}

impl CliError {
    /// What `yrke: …` says, in `l`.
    pub fn message(&self, l: crate::lang::Lang) -> String {
        match self {
            CliError::Data(d) => d.message(l),
            CliError::Usage(why) => why.clone(),
            CliError::Io(e) => e.to_string(),
            CliError::Json(e) => l.f(crate::lang::CliMsg::NoJson, &[("error", e)]),
        }
    }
}

/// Load the bundled dataset, or `--data` when given.
pub fn load(global: &Global) -> Result<Dataset, DataError> {
    crate::config::load(global.data.as_deref())
}

impl From<crate::term::Error> for CliError {
    fn from(e: crate::term::Error) -> CliError {
        match e {
            crate::term::Error::NoTerminal(why) => CliError::Usage(why),
            crate::term::Error::Data(d) => CliError::Data(d),
            crate::term::Error::Io(io) => CliError::Io(io),
        }
    }
}

impl From<crate::serve::Error> for CliError {
    fn from(e: crate::serve::Error) -> CliError {
        match e {
            crate::serve::Error::Usage(why) => CliError::Usage(why),
            crate::serve::Error::Data(d) => CliError::Data(d),
            crate::serve::Error::Io(io) => CliError::Io(io),
        }
    }
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.global.lang();
    let result = match cli.command {
        None => crate::term::run_explorer(&cli.global.shared())
            .map(|()| Outcome::Ok)
            .map_err(CliError::from),
        Some(Command::Validate(a)) => validate::run(&cli.global, &a),
        Some(Command::Search(a)) => search::run(&cli.global, &a),
        Some(Command::Show(a)) => show::run(&cli.global, &a),
        Some(Command::List(a)) => list::run(&cli.global, &a),
        Some(Command::Timeline(a)) => timeline::run(&cli.global, &a),
        Some(Command::Related(a)) => related::run(&cli.global, &a),
        Some(Command::Compare(a)) => compare::run(&cli.global, &a),
        Some(Command::Serve(a)) => crate::serve::run(&cli.global.shared(), &a)
            .map(|()| Outcome::Ok)
            .map_err(CliError::from),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::NotFound) => ExitCode::from(1),
        // A closed pipe (`yrke list | head -1`) is the reader's choice, not an error.
        Err(CliError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("yrke: {}", e.message(lang));
            ExitCode::from(2)
        }
    }
}
