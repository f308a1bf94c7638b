//! Reading RON files into one [`Dataset`]: parse each file, merge, normalise to NFC, validate.

use std::io::Read;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use super::model::DataFile;
use super::{Dataset, Date, Strictness};
use crate::error::DataError;

/// The bundled data files (`data/**/*.ron`, listed by `build.rs`), compiled into the binary so
/// `yrke` starts without any files.
pub const BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// Largest data file read; a bigger one is not a data file (and must not fill memory).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Parse one file's text. Errors carry `path:line:col` and ron's description of what it expected.
pub fn parse_file(path: &Path, text: &str) -> Result<DataFile, DataError> {
    // NFC first: the seeds and some editors produce decomposed letters (o + ◌̸), and
    // search, sorting and width all assume composed ones.
    // Most files are NFC already (the bundled ones always): a quick check skips the copy.
    let text: std::borrow::Cow<str> = match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    };
    ron::Options::default()
        .from_str::<DataFile>(&text)
        .map_err(|e| DataError::Syntax {
            path: path.to_path_buf(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: short(e.code.to_string()),
        })
}

/// ron quotes what it found; from a junk file that can be megabytes.
fn short(mut message: String) -> String {
    const MAX: usize = 300;
    if message.len() > MAX {
        let mut cut = MAX;
        while !message.is_char_boundary(cut) {
            cut -= 1;
        }
        message.truncate(cut);
        message.push('…');
    }
    message
}

/// Merge parsed files in order and validate the result.
pub fn from_files(
    files: Vec<DataFile>,
    strictness: Strictness,
    today: Date,
) -> Result<Dataset, DataError> {
    let mut merged = DataFile::default();
    let mut education_count = 0;
    for f in files {
        // One file per entry keeps its sources beside it, so two entries citing the same page
        // both define it: the same id with the same link is one source, not a clash.
        for src in f.sources {
            let same = merged
                .sources
                .iter()
                .any(|s| s.id == src.id && s.link() == src.link());
            if !same {
                merged.sources.push(src);
            }
        }
        merged.occupations.extend(f.occupations);
        merged.specialties.extend(f.specialties);
        merged.articles.extend(f.articles);
        merged.stages.extend(f.stages);
        merged.programmes.extend(f.programmes);
        merged.subjects.extend(f.subjects);
        if f.education.is_some() {
            education_count += 1;
            merged.education = f.education;
        }
    }
    Dataset::build(merged, education_count, strictness, today)
}

/// The dataset compiled into the binary, with review stamps measured against today.
pub fn bundled() -> Result<Dataset, DataError> {
    bundled_at(Date::today())
}

/// The bundled dataset with a fixed "today" (tests, snapshots).
pub fn bundled_at(today: Date) -> Result<Dataset, DataError> {
    let files = BUNDLED
        .iter()
        .map(|(name, text)| parse_file(Path::new(name), text))
        .collect::<Result<Vec<_>, _>>()?;
    from_files(files, Strictness::Bundled, today)
}

/// Load a file, or every `*.ron` file below a directory in path order, as a school's own data.
pub fn load_path(path: &Path) -> Result<Dataset, DataError> {
    load_path_at(path, Strictness::Own, Date::today())
}

/// [`load_path`] with the strictness and "today" given.
pub fn load_path_at(
    path: &Path,
    strictness: Strictness,
    today: Date,
) -> Result<Dataset, DataError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| DataError::Io { path: p, source }
    };
    let paths: Vec<PathBuf> = if std::fs::metadata(path).map_err(io(path))?.is_dir() {
        let mut v = Vec::new();
        collect(path, &mut v).map_err(io(path))?;
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
    // Every broken file at once: a school (or several writers) fixing files sees them all.
    let mut files = Vec::with_capacity(paths.len());
    let mut broken = Vec::new();
    for p in paths {
        match read_limited(&p).and_then(|text| parse_file(&p, &text)) {
            Ok(f) => files.push(f),
            Err(e) => broken.push(e),
        }
    }
    match broken.len() {
        0 => from_files(files, strictness, today),
        1 => Err(broken.remove(0)),
        _ => Err(DataError::Files(broken)),
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            collect(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "ron") {
            out.push(p);
        }
    }
    Ok(())
}

/// A regular file of at most [`MAX_FILE_BYTES`]; a FIFO or device is refused, not read forever.
fn read_limited(p: &Path) -> Result<String, DataError> {
    let err = |source| DataError::Io {
        path: p.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(p).map_err(err)?;
    if !meta.is_file() {
        return Err(err(std::io::Error::other("er ingen vanlig fil")));
    }
    let too_big = || {
        err(std::io::Error::other(format!(
            "større enn {} MB",
            MAX_FILE_BYTES / 1024 / 1024
        )))
    };
    // Checked before reading too: a huge file of junk would otherwise be reported for its
    // first bad byte (not UTF-8), not for its size, after reading 8 MB of it.
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    let mut text = String::new();
    let file = std::fs::File::open(p).map_err(err)?;
    file.take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(err)?;
    // A file that grew while we read it, or one whose size the file system does not know.
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(text)
}
