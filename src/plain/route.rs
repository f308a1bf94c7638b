//! An entry's route from Vg1 as document blocks: one step per stage with the years it spans,
//! what happens there, the subjects and the places, then the totals "fra Vg1" and "fra
//! studiestart". Shared by `yrke show`, `yrke timeline` and the Utdanningsløp pane.

use super::doc::Block;
use crate::dataset::model::{Stage, StageKind};
use crate::dataset::timeline::format_months;
use crate::dataset::{Dataset, EntryRef};
use crate::lang::{Doc as T, Lang};

/// The route's blocks; empty when the entry has no route. First the overview a pupil reads
/// at a glance (one line per stage on a year axis, then the totals), then each stage in full.
pub fn blocks(data: &Dataset, entry: EntryRef, l: Lang) -> Vec<Block> {
    blocks_with(data, entry, true, l)
}

/// The overview alone (`detail` false), or the overview and every stage in full.
pub fn blocks_with(data: &Dataset, entry: EntryRef, detail: bool, l: Lang) -> Vec<Block> {
    let stages = data.route(entry.id());
    if stages.is_empty() {
        return Vec::new();
    }
    let mut overview = Vec::new();
    let mut at = 0u32;
    let mut minimum = false;
    for s in &stages {
        let span = match s.months {
            Some(m) => {
                let from = at;
                at += m;
                minimum |= s.minimum;
                format!("{}–{}", years(from, l), number(at))
            }
            None => after(at, l),
        };
        // What a pupil chooses and where they go, on the stage's own line.
        let mut line = format!("{span}: {}", stage_title(s, l));
        if s.kind == StageKind::Vgs && !s.subjects.is_empty() {
            let subjects = s.subjects.join(", ");
            line.push_str(" – ");
            line.push_str(&l.f(T::SubjectsInLine, &[("subjects", &subjects)]));
        }
        if !s.places.is_empty() {
            line.push_str(&format!(" – {}", s.places.join(", ")));
        }
        overview.push(line);
    }
    // A doctor's route goes on after LIS1: the specialty's LIS2 and LIS3, a minimum.
    if let Some(spec) = data.path_specialty(entry.id()) {
        let rest = data.education.lis2_lis3_min_months;
        let what = l.f(
            T::Lis2Lis3In,
            &[
                ("specialty", &spec.name.to_lowercase()),
                ("rest", &format_months(rest, l)),
            ],
        );
        overview.push(format!("{}–{}: {what}", years(at, l), number(at + rest)));
        overview.push(format!(
            "{}: {}",
            after(at + rest, l),
            l.t(T::SpecialistApproval)
        ));
        at += rest;
        minimum = true;
    }
    let length = |m: u32| {
        let len = format_months(m, l);
        if minimum {
            l.f(T::AtLeast, &[("len", &len)])
        } else {
            len
        }
    };
    let mut totals = vec![l.f(T::FromVg1, &[("total", &length(at))])];
    if let Some(start) = study_start(&stages) {
        totals.push(l.f(T::FromStudyStart, &[("total", &length(at - start))]));
    }
    let mut out = vec![Block::Bullets(overview), Block::Bullets(totals)];
    if let Some(n) = data.route_note(entry.id()) {
        out.push(Block::Para(n.to_string()));
    }
    if !detail {
        return out;
    }
    for s in &stages {
        out.push(Block::Sub(s.name.clone()));
        out.extend(s.text.iter().map(|t| Block::Para(t.clone())));
        if !s.subjects.is_empty() {
            out.push(Block::Field(l.t(T::Subjects).into(), s.subjects.join(", ")));
        }
        if let Some(code) = &s.admission_code {
            out.push(Block::Field(l.t(T::AdmissionCode).into(), code.clone()));
        }
        if !s.places.is_empty() {
            out.push(Block::Field(
                l.t(T::StudyPlaces).into(),
                s.places.join(", "),
            ));
        }
    }
    // Every stage cites where it comes from; list each page once.
    let mut seen = Vec::new();
    for id in stages.iter().flat_map(|s| &s.sources) {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    let lines: Vec<String> = seen
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| super::entry::source_line(s, l))
        .collect();
    if !lines.is_empty() {
        out.push(Block::Sub(l.t(T::RouteSources).into()));
        out.push(Block::Bullets(lines));
    }
    out
}

/// "Vg1 studiespesialisering (1 år)", "Autorisasjon fra Helsedirektoratet".
pub fn stage_title(s: &Stage, l: Lang) -> String {
    match s.months {
        // The data's own name may say it already (in bokmål, as the data is written).
        Some(m) if s.minimum && !s.name.to_lowercase().contains("minst") => format!(
            "{} ({})",
            s.name,
            l.f(T::AtLeast, &[("len", &format_months(m, l))])
        ),
        Some(m) => format!("{} ({})", s.name, format_months(m, l)),
        None => s.name.clone(),
    }
}

/// Months from Vg1 to the first study, when the route has one.
fn study_start(stages: &[&Stage]) -> Option<u32> {
    let mut at = 0;
    for s in stages {
        if s.kind == StageKind::Study {
            return Some(at);
        }
        at += s.months.unwrap_or(0);
    }
    None
}

/// "år 0" … on the axis: whole years, or "år 2,5".
fn years(months: u32, l: Lang) -> String {
    l.f(T::AtYear, &[("y", &number(months))])
}

/// "etter år 3".
fn after(months: u32, l: Lang) -> String {
    l.f(T::AfterYear, &[("at", &years(months, l))])
}

/// The year on the axis as a number: "3", or "2,5".
fn number(months: u32) -> String {
    if months.is_multiple_of(12) {
        format!("{}", months / 12)
    } else {
        format!("{},{}", months / 12, months % 12 * 10 / 12)
    }
}

/// The sum of the stages' lengths from Vg1, "minst" when any is a minimum.
pub fn total_from_vg1(stages: &[&Stage], l: Lang) -> Option<String> {
    let months: u32 = stages.iter().filter_map(|s| s.months).sum();
    if months == 0 {
        return None;
    }
    let len = format_months(months, l);
    Some(if stages.iter().any(|s| s.minimum) {
        l.f(T::AtLeast, &[("len", &len)])
    } else {
        len
    })
}
