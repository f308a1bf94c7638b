//! The library's typed errors. Every message names where the problem is, so a counsellor
//! editing a data file can find and fix it without reading code.

use std::fmt;
use std::path::PathBuf;

use crate::lang::{CliMsg, Lang};

/// How bad a problem is: an error stops loading; a warning is printed and the data is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    #[default]
    Error,
    /// A merely missing field in a school's own data file.
    Warning,
}

/// One semantic problem in a dataset: which entry, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The entry's id (or `education`, `sources` …) the problem belongs to.
    pub entry: String,
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    /// The problem as a line, with "advarsel:" in `l`. The rule's own message stays as the
    /// validator wrote it (bokmål, for data authors).
    pub fn message(&self, l: Lang) -> String {
        // The message may quote a bad value from the file: never let it reach the terminal raw.
        let (entry, field, message) = (
            crate::text::clean(&self.entry),
            crate::text::clean(&self.field),
            crate::text::clean(&self.message),
        );
        let warning = match self.severity {
            Severity::Error => "",
            Severity::Warning => l.t(CliMsg::Warning),
        };
        format!("{warning}{entry}.{field}: {message}")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nb))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A RON syntax or shape error, positioned (1-based line and column).
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    /// Several files failed to parse; each is reported.
    Files(Vec<DataError>),
    Empty {
        path: PathBuf,
    },
    /// Every semantic problem found, reported together.
    Invalid(Vec<Problem>),
}

/// Bokmål, from the same catalogue as [`DataError::message`].
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nb))
    }
}

fn format_problems_in(problems: &[Problem], l: Lang) -> String {
    let mut out = l.f(CliMsg::ProblemsInData, &[("n", &problems.len())]);
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.message(l));
    }
    out
}

impl DataError {
    /// The error in `l` (`Display` is bokmål). File positions, the parser's own words and
    /// the validator's rule messages are as they are.
    pub fn message(&self, l: Lang) -> String {
        match self {
            DataError::Io { path, source } => l.f(
                CliMsg::CantRead,
                &[("path", &path.display()), ("error", source)],
            ),
            DataError::Files(errors) => errors
                .iter()
                .map(|e| e.message(l))
                .collect::<Vec<_>>()
                .join("\n"),
            DataError::Empty { path } => l.f(CliMsg::NoRonFiles, &[("path", &path.display())]),
            DataError::Invalid(problems) => format_problems_in(problems, l),
            DataError::Syntax {
                path,
                line,
                col,
                message,
            } => format!(
                "{}:{line}:{col}: {}",
                path.display(),
                crate::text::clean(message)
            ),
        }
    }
}
