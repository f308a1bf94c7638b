//! Education routes: stages shared by reference, and the closed vocabularies they use.

use serde::{Deserialize, Serialize};

/// An entry's education route: stage ids in order, from Vg1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub stages: Vec<String>,
    /// Own words on alternatives (påbygging, 23/5 …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The kind of a stage; routes list them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StageKind {
    Vgs,
    Apprenticeship,
    Admission,
    Study,
    Authorisation,
    Practice,
    Specialisation,
    Approval,
}

/// The level of a study.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    Bachelor,
    Master,
    Profession,
    Fagskole,
    Further,
}

/// One stage of an education route, shared by every route that names its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    pub kind: StageKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// True where the source says "minst".
    #[serde(default)]
    pub minimum: bool,
    /// Vgs: the programme, from the closed list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    /// Vgs/Admission: subjects, from the closed list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// Admission: Samordna opptak's code for the requirement (GSK, MEROD …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admission_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Study: where in Norway.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<String>,
    /// Own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
    pub sources: Vec<String>,
}

/// A name in a closed vocabulary (programmes, subjects), with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: String,
    pub sources: Vec<String>,
}
