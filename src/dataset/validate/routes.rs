//! Education routes: closed vocabularies, stages with the fields their kind needs, and routes
//! that start at videregående, resolve, and come in order.

use std::collections::HashSet;

use super::{Checker, Ids};
use crate::dataset::model::*;
use crate::dataset::route;

pub(super) fn check(c: &mut Checker, file: &DataFile, ids: &Ids) {
    let programmes = vocabulary(c, "programmes", &file.programmes, ids);
    let subjects = vocabulary(c, "subjects", &file.subjects, ids);
    for s in &file.stages {
        stage(c, s, &programmes, &subjects, ids);
    }
    let doctor_route: &[String] = file
        .education
        .as_ref()
        .map_or(&[], |e| e.doctor_route.as_slice());
    if !doctor_route.is_empty() {
        order(c, "education", "doctor_route", doctor_route, ids);
    }
    for o in &file.occupations {
        let (own, doctor) = route::of_occupation(o);
        if let Some(r) = own {
            order(c, &o.id, "route.stages", &r.stages, ids);
            if let Some(n) = &r.note {
                c.non_empty(&o.id, "route.note", n);
            }
        }
        let mine = route::stage_ids(own, doctor, doctor_route);
        builds_on(c, &o.id, &o.related, mine, file, doctor_route);
    }
    for s in &file.specialties {
        let (own, doctor) = route::of_specialty(s);
        let mine = route::stage_ids(own, doctor, doctor_route);
        builds_on(c, &s.id, &s.related, mine, file, doctor_route);
    }
}

fn vocabulary<'a>(c: &mut Checker, list: &str, terms: &'a [Term], ids: &Ids) -> HashSet<&'a str> {
    let mut names = HashSet::new();
    for t in terms {
        c.non_empty(list, "name", &t.name);
        if !names.insert(t.name.as_str()) {
            c.push(list, &t.name, "står to ganger");
        }
        c.sources(&format!("{list}.{}", t.name), &t.sources, &ids.sources);
    }
    names
}

fn stage(
    c: &mut Checker,
    s: &Stage,
    programmes: &HashSet<&str>,
    subjects: &HashSet<&str>,
    ids: &Ids,
) {
    let id = s.id.as_str();
    c.non_empty(id, "name", &s.name);
    c.all_non_empty(id, "text", &s.text);
    c.all_non_empty(id, "places", &s.places);
    c.sources(id, &s.sources, &ids.sources);
    if s.text.is_empty() {
        c.missing(id, "text", "trinnet forklares ikke");
    }
    if s.months == Some(0) {
        c.push(id, "months", "0 måneder; bruk None for et milepælstrinn");
    }
    if s.minimum && s.months.is_none() {
        c.push(id, "minimum", "et minimum trenger months");
    }
    match (&s.programme, s.kind) {
        (Some(p), StageKind::Vgs) if !programmes.contains(p.as_str()) => c.push(
            id,
            "programme",
            format!("«{p}» står ikke i listen over utdanningsprogram (programmes)"),
        ),
        (None, StageKind::Vgs) => c.push(id, "programme", "et Vgs-trinn må nevne programmet"),
        (Some(_), k) if k != StageKind::Vgs => {
            c.push(id, "programme", "bare Vgs-trinn har et program")
        }
        _ => {}
    }
    for subj in &s.subjects {
        if !subjects.contains(subj.as_str()) {
            c.push(
                id,
                "subjects",
                format!("«{subj}» står ikke i fagliste (subjects)"),
            );
        }
    }
    if s.kind == StageKind::Vgs && s.months.is_none() {
        c.push(id, "months", "et Vgs-trinn har en lengde");
    }
    // A study's length or level that no source gives stays unknown rather than guessed.
    if s.admission_code.is_some() && s.kind != StageKind::Admission {
        c.push(id, "admission_code", "bare opptakstrinn har en opptakskode");
    }
}

/// A route's stages resolve and come in order: it starts at videregående, and nothing from
/// school comes after admission or study.
fn order(c: &mut Checker, entry: &str, field: &str, stages: &[String], ids: &Ids) {
    if stages.is_empty() {
        c.push(entry, field, "er tom");
        return;
    }
    let mut left_school = false;
    for (i, sid) in stages.iter().enumerate() {
        let Some(s) = ids.stages.get(sid.as_str()) else {
            c.push(
                entry,
                &format!("{field}[{i}]"),
                format!("ukjent trinn «{sid}»"),
            );
            continue;
        };
        let school = matches!(s.kind, StageKind::Vgs | StageKind::Apprenticeship);
        if i == 0 && s.kind != StageKind::Vgs {
            c.missing(
                entry,
                &format!("{field}[0]"),
                "løpet skal starte i videregående (Vg1)",
            );
        }
        if school && left_school {
            c.push(
                entry,
                &format!("{field}[{i}]"),
                format!("«{sid}» (videregående) kommer etter opptak eller studium"),
            );
        }
        left_school |= !school;
        if stages[..i].contains(sid) {
            c.push(
                entry,
                &format!("{field}[{i}]"),
                format!("«{sid}» står to ganger"),
            );
        }
    }
}

/// `SpecialisationOf` with `Rule(RouteBuildsOn)`: this route holds every stage of the other's.
fn builds_on(
    c: &mut Checker,
    id: &str,
    related: &[Related],
    mine: &[String],
    file: &DataFile,
    doctor_route: &[String],
) {
    for (i, r) in related.iter().enumerate() {
        let rule = r
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::Rule(StructuralRule::RouteBuildsOn)));
        if !rule {
            continue;
        }
        let theirs = if let Some(o) = file.occupations.iter().find(|o| o.id == r.id) {
            let (own, doctor) = route::of_occupation(o);
            route::stage_ids(own, doctor, doctor_route)
        } else if file.specialties.iter().any(|s| s.id == r.id) {
            doctor_route
        } else {
            continue;
        };
        let missing: Vec<&str> = theirs
            .iter()
            .filter(|s| !mine.contains(s))
            .map(String::as_str)
            .collect();
        if theirs.is_empty() || !missing.is_empty() {
            c.push(
                id,
                &format!("related[{i}]"),
                format!(
                    "RouteBuildsOn: løpet mangler trinnene til «{}»: {}",
                    r.id,
                    missing.join(", ")
                ),
            );
        }
    }
}
