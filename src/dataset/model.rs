//! The dataset's types, exactly as they appear in `data/*.ron`.
//!
//! Every struct denies unknown fields so a typo in a school's own data file is an error with a
//! position, not a silently ignored line. Lists default to empty so a file only names what it has.

use serde::{Deserialize, Serialize};

/// One RON file. The bundled dataset is several of these merged; a school may add its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataFile {
    pub sources: Vec<Source>,
    pub occupations: Vec<Occupation>,
    pub specialties: Vec<Specialty>,
    pub articles: Vec<Article>,
    /// The specialist education rules; exactly one file of a dataset gives them.
    pub education: Option<Education>,
}

/// Where a fact comes from: a seed text or a public source named in domain-facts.md.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// ASCII slug, referenced from entries' `sources`.
    pub id: String,
    /// Human-readable title, e.g. "utdanning.no: Anestesilege".
    pub title: String,
    /// Publisher or owner, e.g. "utdanning.no", "Helsedirektoratet".
    pub publisher: String,
    /// The seed file this was built from, when it is one.
    #[serde(default)]
    pub seed: Option<String>,
    /// Public address, when one is known.
    #[serde(default)]
    pub url: Option<String>,
    /// ISO date (YYYY-MM-DD) of publication or review, when known.
    #[serde(default)]
    pub date: Option<String>,
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

/// Why two entries are related. Stored relations say why in data; derived ones
/// (specialty ↔ specialist, same LIS2 group) are computed by `dataset::relations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RelationKind {
    /// The source text says they work together (e.g. anestesilege and anestesisykepleier).
    WorksWith,
    /// Listed in the same field in the source's "Andre yrker" list (helse).
    SameField,
    /// This occupation is the specialist of that specialty (derived).
    SpecialistOf,
    /// That occupation is the specialist of this specialty (derived).
    HasSpecialist,
    /// Specialties sharing a LIS2 group (derived).
    SameGroup,
    /// A broader or narrower role (e.g. Lege ↔ Anestesilege).
    Broader,
    Narrower,
}

/// A stored relation to another entry (occupation or specialty id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub id: String,
    pub kind: RelationKind,
    /// Optional own-words note on how they relate.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// ASCII slug, unique across occupations and specialties.
    pub id: String,
    pub name: String,
    /// Other names a pupil might type (e.g. "røntgenlege").
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// One line, own words.
    pub summary: String,
    /// Paragraphs, own words.
    #[serde(default)]
    pub description: Vec<String>,
    #[serde(default)]
    pub tasks: Vec<TaskGroup>,
    #[serde(default)]
    pub workplaces: Vec<String>,
    #[serde(default)]
    pub qualities: Vec<String>,
    /// Paragraphs on the way into the occupation.
    #[serde(default)]
    pub education: Vec<String>,
    /// The specialty this occupation is the specialist of, if any.
    #[serde(default)]
    pub specialty: Option<String>,
    #[serde(default)]
    pub occupation_codes: Vec<OccupationCode>,
    #[serde(default)]
    pub education_codes: Vec<EducationCode>,
    #[serde(default)]
    pub related: Vec<Related>,
    /// Article ids shown as perspective.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Source ids; at least one.
    pub sources: Vec<String>,
    #[serde(default)]
    pub review: Option<Review>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Specialty {
    pub id: String,
    pub name: String,
    /// Earlier official names; searched like the name.
    #[serde(default)]
    pub old_names: Vec<String>,
    #[serde(default)]
    pub summary: Option<String>,
    /// NUS code of the specialist education, where confirmed.
    #[serde(default)]
    pub nus: Option<EducationCode>,
    pub group: Lis2Group,
    /// True where the group is inferred rather than stated in a source.
    #[serde(default)]
    pub group_inferred: bool,
    /// Specialist society, where confirmed.
    #[serde(default)]
    pub society: Option<String>,
    #[serde(default)]
    pub related: Vec<Related>,
    pub sources: Vec<String>,
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
    pub sources: Vec<String>,
}

/// One stretch of the path with a fixed or minimum length.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub name: String,
    /// Length in months; `None` where the rules set none.
    #[serde(default)]
    pub months: Option<u32>,
    /// Where it is served (sykehus, kommune …).
    #[serde(default)]
    pub place: Option<String>,
}

/// The shared LIS2 part of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lis2Part {
    pub group: Lis2Group,
    pub name: String,
    /// Short form shown on the chart (FIM, FKI).
    pub short: String,
}

/// A rule of a specialty with its own path (allmennmedisin), with bounds in months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub text: String,
    #[serde(default)]
    pub min_months: Option<u32>,
    #[serde(default)]
    pub max_months: Option<u32>,
}

/// Rules that replace the general LIS3 description for one specialty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialPath {
    pub specialty: String,
    /// Total service in months for this path, where the rules give one.
    #[serde(default)]
    pub service_months: Option<u32>,
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The specialist education system (spesialistforskriften 2019), drawn by the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// Medisinstudiet, 72 months.
    pub study: Part,
    /// The milestone between study and LIS1 (autorisasjon from Helsedirektoratet).
    pub authorisation: String,
    /// LIS1's parts in order: 12 months sykehus, 6 months kommune.
    pub lis1: Vec<Part>,
    /// Minimum LIS2 + LIS3 together, in months (60).
    pub lis2_lis3_min_months: u32,
    /// Minimum total after authorisation, in months (78); must equal LIS1 + LIS2/LIS3 minimum.
    pub total_min_months: u32,
    /// The shared LIS2 parts; groups without one go straight to LIS3.
    pub lis2: Vec<Lis2Part>,
    /// Name of the final milestone (spesialistgodkjenning).
    pub approval: String,
    /// Learning goals common to all (felles kompetansemål), own words.
    #[serde(default)]
    pub common_goals: Vec<String>,
    /// Own-words notes on the general rules (LIS2/LIS3 overlap, no fixed order …).
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub special_paths: Vec<SpecialPath>,
    pub sources: Vec<String>,
}
