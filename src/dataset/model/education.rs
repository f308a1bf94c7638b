//! The specialist education rules for doctors (spesialistforskriften), drawn by the timeline.

use serde::{Deserialize, Serialize};

use super::Lis2Group;

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
    /// Stage ids every doctor's route starts with, from Vg1 to LIS1 (see `Stage`).
    #[serde(default)]
    pub doctor_route: Vec<String>,
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
