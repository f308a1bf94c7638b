//! A specialty's education path laid out on a month axis, computed from `Education` so the
//! timeline pane and `yrke timeline` draw any specialty without per-specialty code.

use serde::Serialize;

use super::Dataset;
use super::model::{Lis2Group, Rule, Specialty};
use crate::lang::{Doc as T, Lang};

/// Which stage a segment belongs to; the UI styles by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Study,
    Lis1,
    /// LIS2 and LIS3 together: their split and order are not fixed.
    Lis2Lis3,
    Lis3,
    /// A specialty with its own rules (allmennmedisin).
    Special,
}

/// A stretch of the path. `start` and `months` are months from the start of medical school.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub phase: Phase,
    pub label: String,
    /// Short label for narrow charts.
    pub short: String,
    pub start: u32,
    pub months: u32,
    /// True when `months` is a minimum rather than a fixed length.
    pub at_least: bool,
    pub place: Option<String>,
}

/// A point on the path (autorisasjon, spesialistgodkjenning).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Milestone {
    pub label: String,
    pub at: u32,
    /// True when reached at the earliest at `at`.
    pub at_least: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub specialty_id: String,
    pub specialty: String,
    pub group: Lis2Group,
    pub segments: Vec<Segment>,
    pub milestones: Vec<Milestone>,
    /// Months of medical school.
    pub study_months: u32,
    /// Minimum months from authorisation to approval.
    pub after_authorisation_min: u32,
    /// Minimum months of LIS2 + LIS3 (or the special path's service).
    pub lis2_lis3_min: u32,
    /// The shared LIS2 part, when the specialty's group has one.
    pub lis2: Option<String>,
    /// Rules of a specialty with its own path (allmennmedisin).
    pub rules: Vec<Rule>,
    pub notes: Vec<String>,
}

impl Timeline {
    /// Months from the start of medical school to the earliest approval.
    pub fn total_min(&self) -> u32 {
        self.study_months + self.after_authorisation_min
    }
}

/// Months as Norwegian text: "18 mnd", "6 år", "6,5 år".
pub fn format_months(m: u32, l: Lang) -> String {
    if m.is_multiple_of(12) {
        l.f(T::YearsN, &[("n", &(m / 12))])
    } else if m.is_multiple_of(6) {
        l.f(T::YearsN, &[("n", &format!("{},5", m / 12))])
    } else {
        l.f(T::MonthsN, &[("n", &m)])
    }
}

/// Lay out the path of one specialty, its labels in `l`.
pub fn for_specialty(data: &Dataset, spec: &Specialty, l: Lang) -> Timeline {
    let e = &data.education;
    let study = e.study.months.unwrap_or(0);
    let mut segments = vec![Segment {
        phase: Phase::Study,
        label: e.study.name.clone(),
        short: e.study.name.clone(),
        start: 0,
        months: study,
        at_least: false,
        place: e.study.place.clone(),
    }];
    let mut milestones = vec![Milestone {
        label: e.authorisation.clone(),
        at: study,
        at_least: false,
    }];
    let mut t = study;
    for p in &e.lis1 {
        let m = p.months.unwrap_or(0);
        segments.push(Segment {
            phase: Phase::Lis1,
            label: format!("LIS1 {}", p.name),
            short: "LIS1".into(),
            start: t,
            months: m,
            at_least: false,
            place: p.place.clone(),
        });
        t += m;
    }

    let special = e.special_paths.iter().find(|p| p.specialty == spec.id);
    let lis2 = e
        .lis2
        .iter()
        .find(|p| p.group == spec.group)
        .map(|p| format!("{} ({})", p.name, p.short));
    let lis2_short = e
        .lis2
        .iter()
        .find(|p| p.group == spec.group)
        .map(|p| p.short.clone());
    let rest = special
        .and_then(|s| s.service_months)
        .unwrap_or(e.lis2_lis3_min_months);
    let (phase, label, short) = match (special, &lis2_short) {
        (Some(_), _) => (
            Phase::Special,
            l.f(T::OwnRules, &[("specialty", &spec.name)]),
            "LIS3".to_string(),
        ),
        (None, Some(s)) => (
            Phase::Lis2Lis3,
            l.f(T::Lis2AndLis3, &[("short", s)]),
            format!("LIS2 {s} + LIS3"),
        ),
        (None, None) => (Phase::Lis3, "LIS3".to_string(), "LIS3".to_string()),
    };
    segments.push(Segment {
        phase,
        label,
        short,
        start: t,
        months: rest,
        at_least: true,
        place: None,
    });
    t += rest;
    milestones.push(Milestone {
        label: e.approval.clone(),
        at: t,
        at_least: true,
    });

    let mut notes = e.notes.clone();
    if let Some(s) = special {
        notes.extend(s.notes.iter().cloned());
    }
    Timeline {
        specialty_id: spec.id.clone(),
        specialty: spec.name.clone(),
        group: spec.group,
        segments,
        milestones,
        study_months: study,
        after_authorisation_min: t - study,
        lis2_lis3_min: rest,
        lis2,
        rules: special.map(|s| s.rules.clone()).unwrap_or_default(),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::format_months;
    use crate::lang::Lang;

    #[test]
    fn months_read_as_years_where_whole() {
        for l in Lang::ALL {
            assert_eq!(format_months(72, l), "6 år");
            assert_eq!(format_months(78, l), "6,5 år");
            assert_eq!(format_months(18, l), "1,5 år");
            assert_eq!(format_months(7, l), "7 mnd");
        }
    }
}
