//! Semantic checks over merged data files. Every problem is collected, not just the first, so a
//! school fixing its file sees the whole list at once.
//!
//! Two levels: the bundled data is held to the content rules (a description, a linked and dated
//! source, a route, evidence for each relation); a school's own `--data` files get a warning,
//! not an error, where a field is merely missing. Broken references, malformed codes and
//! control characters are errors for both.

mod education;
mod entries;
mod routes;
mod sources;
mod text;

use std::collections::{HashMap, HashSet};

use super::model::*;
use crate::error::{Problem, Severity};

/// How strictly to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// The bundled dataset: every content rule is an error.
    Bundled,
    /// A school's own files: merely missing content is a warning.
    Own,
}

pub(crate) struct Checker {
    pub problems: Vec<Problem>,
    strictness: Strictness,
}

impl Checker {
    pub fn push(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.add(entry, field, message, Severity::Error);
    }

    /// A field the content rules want: an error in the bundled data, a warning in own files.
    pub fn missing(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        let severity = match self.strictness {
            Strictness::Bundled => Severity::Error,
            Strictness::Own => Severity::Warning,
        };
        self.add(entry, field, message, severity);
    }

    fn add(&mut self, entry: &str, field: &str, message: impl Into<String>, severity: Severity) {
        self.problems.push(Problem {
            entry: entry.to_string(),
            field: field.to_string(),
            message: message.into(),
            severity,
        });
    }

    pub fn non_empty(&mut self, entry: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(entry, field, "er tom");
        }
    }

    pub fn all_non_empty(&mut self, entry: &str, field: &str, values: &[String]) {
        for (i, v) in values.iter().enumerate() {
            if v.trim().is_empty() {
                self.push(entry, &format!("{field}[{i}]"), "er tom");
            }
        }
    }

    pub fn slug(&mut self, entry: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.push(
                entry,
                "id",
                format!("«{id}» er ikke en ASCII-slug (a–z, 0–9 og bindestrek)"),
            );
        }
    }

    pub fn digits(&mut self, entry: &str, field: &str, code: &str, len: usize) {
        if code.len() != len || !code.bytes().all(|b| b.is_ascii_digit()) {
            self.push(entry, field, format!("«{code}» skulle vært {len} sifre"));
        }
    }

    pub fn date(&mut self, entry: &str, field: &str, date: &str) {
        if crate::dataset::Date::parse(date).is_none() {
            self.push(
                entry,
                field,
                format!("«{date}» er ikke en dato (ÅÅÅÅ-MM-DD)"),
            );
        }
    }

    pub fn sources(&mut self, entry: &str, sources: &[String], known: &HashSet<&str>) {
        if sources.is_empty() {
            self.push(entry, "sources", "må nevne minst én kilde");
        }
        for s in sources {
            if !known.contains(s.as_str()) {
                self.push(entry, "sources", format!("ukjent kilde «{s}»"));
            }
        }
    }
}

/// The ids everything refers to, gathered once.
pub(crate) struct Ids<'a> {
    pub sources: HashSet<&'a str>,
    /// Entry id → is a specialty.
    pub entries: HashMap<&'a str, bool>,
    pub articles: HashSet<&'a str>,
    pub stages: HashMap<&'a str, &'a Stage>,
}

/// All problems in `file`, errors and warnings; no errors means it loads.
/// `education_count` is how many files gave the specialist rules.
pub fn check(file: &DataFile, education_count: usize, strictness: Strictness) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        strictness,
    };
    let ids = collect_ids(&mut c, file);
    sources::check(&mut c, file);
    entries::check(&mut c, file, &ids);
    routes::check(&mut c, file, &ids);
    education::check(&mut c, file, education_count, &ids);
    text::check(&mut c, file);
    c.problems
}

fn collect_ids<'a>(c: &mut Checker, file: &'a DataFile) -> Ids<'a> {
    let mut ids = Ids {
        sources: HashSet::new(),
        entries: HashMap::new(),
        articles: HashSet::new(),
        stages: HashMap::new(),
    };
    for s in &file.sources {
        c.slug(&s.id, &s.id);
        if !ids.sources.insert(s.id.as_str()) {
            c.push(&s.id, "id", "kilde-id finnes fra før");
        }
    }
    // Occupations and specialties share one id space: relations point at either.
    for (id, is_spec) in file
        .occupations
        .iter()
        .map(|o| (o.id.as_str(), false))
        .chain(file.specialties.iter().map(|s| (s.id.as_str(), true)))
    {
        c.slug(id, id);
        if ids.entries.insert(id, is_spec).is_some() {
            c.push(id, "id", "id finnes fra før");
        }
    }
    for a in &file.articles {
        c.slug(&a.id, &a.id);
        if !ids.articles.insert(a.id.as_str()) {
            c.push(&a.id, "id", "artikkel-id finnes fra før");
        }
    }
    for s in &file.stages {
        c.slug(&s.id, &s.id);
        if ids.stages.insert(s.id.as_str(), s).is_some() {
            c.push(&s.id, "id", "trinn-id finnes fra før");
        }
    }
    ids
}
