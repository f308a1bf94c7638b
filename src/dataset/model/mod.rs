//! The dataset's types, exactly as they appear in `data/*.ron`.
//!
//! Every struct denies unknown fields so a typo in a school's own data file is an error with a
//! position, not a silently ignored line. Lists default to empty so a file only names what it has.

mod education;
mod route;

use serde::{Deserialize, Serialize};

pub use education::*;
pub use route::*;

/// One RON file. The bundled dataset is several of these merged; a school may add its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataFile {
    pub sources: Vec<Source>,
    pub occupations: Vec<Occupation>,
    pub specialties: Vec<Specialty>,
    pub articles: Vec<Article>,
    /// Education stages that routes refer to by id.
    pub stages: Vec<Stage>,
    /// The closed list of Vg programme names stages may use.
    pub programmes: Vec<Term>,
    /// The closed list of subject names (programfag) stages may use.
    pub subjects: Vec<Term>,
    /// The specialist education rules; exactly one file of a dataset gives them.
    pub education: Option<Education>,
}

/// A public page or publication that facts come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// ASCII slug, referenced from entries' `sources`.
    pub id: String,
    /// The page's own title, whole.
    pub title: String,
    /// Publisher or owner, e.g. "utdanning.no", "Helsedirektoratet".
    pub publisher: String,
    /// The seed file this was built from, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// Public address; bundled data needs this or a DOI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// DOI without the resolver, e.g. "10.4045/tidsskr.26.0146".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// ISO date (YYYY-MM-DD) the page gives for itself (published or updated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The page's review stamp ("kvalitetssikret av …, DATE"), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// ISO date we read the page; bundled data needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
}

impl Source {
    /// The link to show: the URL, else the DOI resolver address.
    pub fn link(&self) -> Option<String> {
        self.url
            .clone()
            .or_else(|| self.doi.as_ref().map(|d| format!("https://doi.org/{d}")))
    }

    /// The page's own date: its review stamp's, else its publication date.
    pub fn stamp_date(&self) -> Option<&str> {
        self.review
            .as_ref()
            .map(|r| r.date.as_str())
            .or(self.date.as_deref())
    }
}

/// Who reviewed an entry's source text, and when (ISO date).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub by: String,
    pub date: String,
}

/// A NAV/Aa-register occupation code (7 digits, STYRK-98 based) with its official title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccupationCode {
    pub code: String,
    pub title: String,
}

/// An NUS education code (6 digits) with its official title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationCode {
    pub code: String,
    pub title: String,
}

/// A titled group of tasks, e.g. "Intensivmedisin" for Anestesilege.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskGroup {
    pub area: String,
    pub tasks: Vec<String>,
}

/// Why two entries are related: a closed list. Stored relations use `WorksWith`,
/// `SpecialisationOf` and `SamePatientGroup`, each with evidence; the others are derived by
/// `dataset::relations` from structure (and the reverse of every stored one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RelationKind {
    /// The cited page names the other as someone this one works with.
    WorksWith,
    /// This job is a specialisation of that one (anestesisykepleier → sykepleier; kardiolog → lege).
    #[serde(alias = "Broader")]
    SpecialisationOf,
    /// The reverse: that job is a specialisation of this one (derived).
    #[serde(alias = "Narrower")]
    HasSpecialisation,
    /// Both serve the same patient group, as each one's own page says.
    SamePatientGroup,
    /// This occupation is the specialist of that specialty (derived).
    SpecialistOf,
    /// That occupation is the specialist of this specialty (derived).
    HasSpecialist,
    /// Specialties sharing a LIS2 group (derived).
    SameGroup,
}

/// A structural rule that a relation rests on, checked by the validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StructuralRule {
    /// This entry's route contains every stage of the other's route.
    RouteBuildsOn,
}

/// What a stored relation rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Evidence {
    /// A sentence or phrase from a cited page, copied exactly.
    Quote { source: String, quote: String },
    /// A rule the validator checks on the data.
    Rule(StructuralRule),
}

/// A stored relation to another entry (occupation or specialty id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub id: String,
    pub kind: RelationKind,
    /// Own-words note; for `SamePatientGroup` the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A field of an entry that a source can back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Name,
    Synonyms,
    Summary,
    Description,
    Tasks,
    Workplaces,
    WorksWith,
    Patients,
    Qualities,
    Hours,
    Pay,
    Codes,
    Route,
    Related,
}

/// Which fields one of the entry's sources backs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backing {
    pub source: String,
    pub fields: Vec<Field>,
}

/// A pay figure, only from SSB, with its year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub monthly_nok: u32,
    pub year: u16,
    pub source: String,
    /// What the figure is, e.g. "gjennomsnittlig månedslønn, heltid".
    pub what: String,
}

/// An occupation (yrke): the main kind of entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// ASCII slug, unique across occupations and specialties.
    pub id: String,
    pub name: String,
    /// Everyday names a pupil types, bokmål and nynorsk (e.g. "røntgenlege", "sjukepleiar").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<String>,
    /// Earlier official names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    /// One line, own words.
    pub summary: String,
    /// Paragraphs, own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workplaces: Vec<String>,
    /// Professions the source names as colleagues.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub works_with: Vec<String>,
    /// Whom the work serves, as the source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patients: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<String>,
    /// Working hours, shifts and on-call duty, where the source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Pay>,
    /// Paragraphs on the way into the occupation (school data; bundled entries use `route`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<String>,
    /// The specialty this occupation is the specialist of, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialty: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupation_codes: Vec<OccupationCode>,
    /// SSB's statistics of the most common educations among people in the job.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education_codes: Vec<EducationCode>,
    /// The route from Vg1; doctors' roles derive theirs from `specialty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Article ids shown as perspective.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    /// Source ids; at least one.
    pub sources: Vec<String>,
    /// Which fields each source backs; a source not named here backs the whole entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backs: Vec<Backing>,
}

/// The LIS2 group a specialty's path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lis2Group {
    /// Shared internal-medicine part (felles indremedisinske læringsmål, FIM).
    Fim,
    /// Shared surgical part (kirurgi del 2, FKI).
    Kirurgi,
    /// Straight from LIS1 to LIS3.
    Direkte,
    /// The municipal path (allmennmedisin, samfunnsmedisin).
    Kommunal,
}

/// A medical specialty (spesialitet), one of the 46 of spesialistforskriften.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Specialty {
    pub id: String,
    pub name: String,
    /// Everyday names a pupil types (hematolog, lungelege), bokmål and nynorsk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<String>,
    /// Earlier official names.
    #[serde(default, alias = "old_names", skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workplaces: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub works_with: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patients: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Pay>,
    /// NUS code of the specialist education, where confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nus: Option<EducationCode>,
    pub group: Lis2Group,
    /// True where the group is inferred rather than stated in a source.
    #[serde(default)]
    pub group_inferred: bool,
    /// Specialist society, where confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub society: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<String>,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backs: Vec<Backing>,
}

/// A journal article shown as perspective beside occupations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub author: String,
    pub title: String,
    pub journal: String,
    /// ISO date of publication.
    pub date: String,
    #[serde(default)]
    pub doi: Option<String>,
    /// Own-words summary, paragraphs.
    pub summary: Vec<String>,
    /// Works it discusses, as citation strings.
    #[serde(default)]
    pub references: Vec<String>,
    /// For an article on a painful subject: shown only on `home`, last, with help lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care: Option<Care>,
    pub sources: Vec<String>,
}

/// How a sensitive article is shown: on one entry only, after a calm line, with help lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Care {
    /// The one entry that shows the article in full; others point to it.
    pub home: String,
    /// One calm line before the article.
    pub intro: String,
    /// Where a young person can call, after the article.
    pub helplines: Vec<Helpline>,
}

/// A help line: who, which number, when it is open, and the source saying so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub name: String,
    pub number: String,
    pub when: String,
    pub source: String,
}
