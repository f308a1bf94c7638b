//! Reading RON files into one [`Dataset`]: parse each file, merge, normalise to NFC, validate.

use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use super::Dataset;
use super::model::DataFile;
use crate::error::DataError;

/// The bundled data files, compiled into the binary so `yrke` starts without any files.
pub const BUNDLED: &[(&str, &str)] = &[
    ("data/sources.ron", include_str!("../../data/sources.ron")),
    (
        "data/education.ron",
        include_str!("../../data/education.ron"),
    ),
    (
        "data/specialties.ron",
        include_str!("../../data/specialties.ron"),
    ),
    (
        "data/occupations.ron",
        include_str!("../../data/occupations.ron"),
    ),
    (
        "data/specialists.ron",
        include_str!("../../data/specialists.ron"),
    ),
    ("data/articles.ron", include_str!("../../data/articles.ron")),
];

/// Parse one file's text. Errors carry `path:line:col` and ron's description of what it expected.
pub fn parse_file(path: &Path, text: &str) -> Result<DataFile, DataError> {
    // NFC first: the seeds and some editors produce decomposed letters (o + ◌̸), and
    // search, sorting and width all assume composed ones.
    let text: String = text.nfc().collect();
    ron::Options::default()
        .from_str::<DataFile>(&text)
        .map_err(|e| DataError::Syntax {
            path: path.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: e.code.to_string(),
        })
}

/// Merge parsed files in order and validate the result.
pub fn from_files(files: Vec<DataFile>) -> Result<Dataset, DataError> {
    let mut merged = DataFile::default();
    let mut education_count = 0;
    for f in files {
        merged.sources.extend(f.sources);
        merged.occupations.extend(f.occupations);
        merged.specialties.extend(f.specialties);
        merged.articles.extend(f.articles);
        if f.education.is_some() {
            education_count += 1;
            merged.education = f.education;
        }
    }
    Dataset::build(merged, education_count)
}

/// The dataset compiled into the binary.
pub fn bundled() -> Result<Dataset, DataError> {
    let files = BUNDLED
        .iter()
        .map(|(name, text)| parse_file(Path::new(name), text))
        .collect::<Result<Vec<_>, _>>()?;
    from_files(files)
}

/// Load a file, or every `*.ron` file of a directory in name order.
pub fn load_path(path: &Path) -> Result<Dataset, DataError> {
    let paths: Vec<PathBuf> = if path.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| DataError::Io {
                path: path.to_path_buf(),
                source,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        v.sort();
        if v.is_empty() {
            return Err(DataError::Empty {
                path: path.to_path_buf(),
            });
        }
        v
    } else {
        vec![path.to_path_buf()]
    };
    let mut files = Vec::with_capacity(paths.len());
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|source| DataError::Io {
            path: p.clone(),
            source,
        })?;
        files.push(parse_file(&p, &text)?);
    }
    from_files(files)
}
