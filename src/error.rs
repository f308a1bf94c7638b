//! The library's typed errors. Every message names where the problem is, so a counsellor
//! editing a data file can find and fix it without reading code.

use std::fmt;
use std::path::PathBuf;

/// One semantic problem in a dataset: which entry, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The entry's id (or `education`, `sources` …) the problem belongs to.
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}: {}", self.entry, self.field, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{path}: kan ikke lese: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A RON syntax or shape error, positioned (1-based line and column).
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error("{path}: ingen .ron-filer i mappen")]
    Empty { path: PathBuf },
    /// Every semantic problem found, reported together.
    #[error("{}", format_problems(.0))]
    Invalid(Vec<Problem>),
}

fn format_problems(problems: &[Problem]) -> String {
    let mut out = format!("{} feil i datasettet:", problems.len());
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.to_string());
    }
    out
}
