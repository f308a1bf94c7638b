//! What the explorer, `yrke serve` and the plain commands share: where the data comes from and
//! how to draw (colour, ASCII, mouse). It sits below all three, so none of them needs `cli`;
//! `cli` turns the command line into a [`Shared`].

pub mod env;

use std::path::{Path, PathBuf};

use crate::dataset::{self, Dataset};
use crate::error::DataError;

/// When to use colour. `Auto` means: in a terminal, unless NO_COLOR is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// The options every front end honours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shared {
    /// A school's own data file or folder instead of the bundled data.
    pub data: Option<PathBuf>,
    pub color: ColorChoice,
    pub ascii: bool,
    pub mouse: bool,
    /// Bokmål or nynorsk for everything around the dataset's own text.
    pub lang: crate::lang::Lang,
}

impl Shared {
    /// The bundled dataset, or the one `data` names.
    pub fn load(&self) -> Result<Dataset, DataError> {
        load(self.data.as_deref())
    }
}

/// The bundled dataset, or the file or folder given.
pub fn load(path: Option<&Path>) -> Result<Dataset, DataError> {
    match path {
        Some(p) => dataset::load_path(p),
        None => dataset::bundled(),
    }
}
