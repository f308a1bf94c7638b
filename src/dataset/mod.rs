//! The dataset: occupations, specialties, articles, sources and the education rules,
//! loaded from RON, normalised and validated. No UI code here.

pub mod date;
pub mod load;
pub mod model;
pub mod relations;
pub mod route;
pub mod timeline;
pub mod validate;

use std::collections::HashMap;

use serde::Serialize;

pub use date::Date;
pub use load::{bundled, bundled_at, load_path, parse_file};
pub use model::*;
pub use validate::Strictness;

use crate::error::DataError;

/// Whether an entry is an occupation (yrke) or a medical specialty (spesialitet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Occupation,
    Specialty,
}

impl Kind {
    /// The bokmål badge shown in lists.
    pub fn badge(self) -> &'static str {
        match self {
            Kind::Occupation => "yrke",
            Kind::Specialty => "spesialitet",
        }
    }
}

/// A borrowed occupation or specialty, for code that treats both alike.
#[derive(Debug, Clone, Copy)]
pub enum EntryRef<'a> {
    Occupation(&'a Occupation),
    Specialty(&'a Specialty),
}

impl<'a> EntryRef<'a> {
    pub fn id(self) -> &'a str {
        match self {
            EntryRef::Occupation(o) => &o.id,
            EntryRef::Specialty(s) => &s.id,
        }
    }
    pub fn name(self) -> &'a str {
        match self {
            EntryRef::Occupation(o) => &o.name,
            EntryRef::Specialty(s) => &s.name,
        }
    }
    pub fn kind(self) -> Kind {
        match self {
            EntryRef::Occupation(_) => Kind::Occupation,
            EntryRef::Specialty(_) => Kind::Specialty,
        }
    }
    /// One-line summary.
    pub fn summary(self) -> Option<&'a str> {
        Some(self.profile().summary)
    }

    /// The content fields occupations and specialties share, for code that shows either.
    pub fn profile(self) -> Profile<'a> {
        match self {
            EntryRef::Occupation(o) => Profile {
                synonyms: &o.synonyms,
                former_names: &o.former_names,
                summary: &o.summary,
                description: &o.description,
                tasks: &o.tasks,
                workplaces: &o.workplaces,
                works_with: &o.works_with,
                patients: &o.patients,
                qualities: &o.qualities,
                hours: &o.hours,
                pay: o.pay.as_ref(),
                related: &o.related,
                articles: &o.articles,
                backs: &o.backs,
            },
            EntryRef::Specialty(s) => Profile {
                synonyms: &s.synonyms,
                former_names: &s.former_names,
                summary: &s.summary,
                description: &s.description,
                tasks: &s.tasks,
                workplaces: &s.workplaces,
                works_with: &s.works_with,
                patients: &s.patients,
                qualities: &s.qualities,
                hours: &s.hours,
                pay: s.pay.as_ref(),
                related: &s.related,
                articles: &s.articles,
                backs: &s.backs,
            },
        }
    }
    pub fn sources(self) -> &'a [String] {
        match self {
            EntryRef::Occupation(o) => &o.sources,
            EntryRef::Specialty(s) => &s.sources,
        }
    }
}

/// The content an occupation and a specialty have alike, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Profile<'a> {
    pub synonyms: &'a [String],
    pub former_names: &'a [String],
    pub summary: &'a str,
    pub description: &'a [String],
    pub tasks: &'a [TaskGroup],
    pub workplaces: &'a [String],
    pub works_with: &'a [String],
    pub patients: &'a [String],
    pub qualities: &'a [String],
    pub hours: &'a [String],
    pub pay: Option<&'a Pay>,
    pub related: &'a [Related],
    pub articles: &'a [String],
    pub backs: &'a [Backing],
}

/// Position of an entry in the dataset's vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Occupation(usize),
    Specialty(usize),
}

/// A loaded, validated dataset. Construct with [`bundled`] or [`load_path`].
#[derive(Debug, Clone)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub occupations: Vec<Occupation>,
    pub specialties: Vec<Specialty>,
    pub articles: Vec<Article>,
    pub stages: Vec<Stage>,
    pub programmes: Vec<Term>,
    pub subjects: Vec<Term>,
    pub education: Education,
    /// Problems that did not stop loading (a school's own file missing a field).
    pub warnings: Vec<crate::error::Problem>,
    /// The day review stamps are measured against ("sist gjennomgått 2019").
    pub today: Date,
    by_id: HashMap<String, Slot>,
}

impl Dataset {
    /// Index and validate merged files; every problem is reported at once.
    pub(crate) fn build(
        file: DataFile,
        education_count: usize,
        strictness: Strictness,
        today: Date,
    ) -> Result<Self, DataError> {
        let (warnings, errors): (Vec<_>, Vec<_>) =
            validate::check(&file, education_count, strictness)
                .into_iter()
                .partition(|p| p.severity == crate::error::Severity::Warning);
        if !errors.is_empty() {
            return Err(DataError::Invalid(errors));
        }
        let education = file.education.ok_or_else(|| {
            DataError::Invalid(vec![crate::error::Problem {
                entry: "education".into(),
                field: "education".into(),
                message: "mangler".into(),
                severity: crate::error::Severity::Error,
            }])
        })?;
        let mut by_id = HashMap::new();
        for (i, o) in file.occupations.iter().enumerate() {
            by_id.insert(o.id.clone(), Slot::Occupation(i));
        }
        for (i, s) in file.specialties.iter().enumerate() {
            by_id.insert(s.id.clone(), Slot::Specialty(i));
        }
        Ok(Dataset {
            sources: file.sources,
            occupations: file.occupations,
            specialties: file.specialties,
            articles: file.articles,
            stages: file.stages,
            programmes: file.programmes,
            subjects: file.subjects,
            education,
            warnings,
            today,
            by_id,
        })
    }

    /// The occupation or specialty with this id.
    pub fn entry(&self, id: &str) -> Option<EntryRef<'_>> {
        Some(match *self.by_id.get(id)? {
            Slot::Occupation(i) => EntryRef::Occupation(&self.occupations[i]),
            Slot::Specialty(i) => EntryRef::Specialty(&self.specialties[i]),
        })
    }

    /// All occupations, then all specialties, in file order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        self.occupations
            .iter()
            .map(EntryRef::Occupation)
            .chain(self.specialties.iter().map(EntryRef::Specialty))
    }

    pub fn occupation(&self, id: &str) -> Option<&Occupation> {
        match self.entry(id)? {
            EntryRef::Occupation(o) => Some(o),
            EntryRef::Specialty(_) => None,
        }
    }

    pub fn specialty(&self, id: &str) -> Option<&Specialty> {
        match self.entry(id)? {
            EntryRef::Specialty(s) => Some(s),
            EntryRef::Occupation(_) => None,
        }
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The specialty whose path an entry's timeline shows: itself, or the one its
    /// occupation is the specialist of.
    pub fn path_specialty(&self, id: &str) -> Option<&Specialty> {
        match self.entry(id)? {
            EntryRef::Specialty(s) => Some(s),
            EntryRef::Occupation(o) => self.specialty(o.specialty.as_deref()?),
        }
    }

    /// Number of distinct occupation codes and education codes in the dataset.
    pub fn code_counts(&self) -> (usize, usize) {
        let mut occ = std::collections::BTreeSet::new();
        let mut edu = std::collections::BTreeSet::new();
        for o in &self.occupations {
            occ.extend(o.occupation_codes.iter().map(|c| c.code.as_str()));
            edu.extend(o.education_codes.iter().map(|c| c.code.as_str()));
        }
        for s in &self.specialties {
            edu.extend(s.nus.iter().map(|c| c.code.as_str()));
        }
        (occ.len(), edu.len())
    }
}
