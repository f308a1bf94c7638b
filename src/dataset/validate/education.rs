//! The specialist education rules (spesialistforskriften): given once, with lengths that add up.

use std::collections::HashSet;

use super::{Checker, Ids};
use crate::dataset::model::*;

pub(super) fn check(c: &mut Checker, file: &DataFile, education_count: usize, ids: &Ids) {
    match (education_count, &file.education) {
        (0, _) | (_, None) => c.push("education", "education", "ingen fil gir utdanningsreglene"),
        (1, Some(e)) => rules(c, e, file, ids),
        (n, Some(_)) => c.push(
            "education",
            "education",
            format!("{n} filer gir utdanningsreglene; bare én kan"),
        ),
    }
}

fn rules(c: &mut Checker, e: &Education, file: &DataFile, ids: &Ids) {
    let id = "education";
    if e.doctor_route.is_empty() {
        c.missing(id, "doctor_route", "legenes løp fra Vg1 til LIS1 mangler");
    }
    c.non_empty(id, "study.name", &e.study.name);
    if e.study.months.is_none_or(|m| m == 0) {
        c.push(id, "study.months", "studiet må ha en lengde");
    }
    c.non_empty(id, "authorisation", &e.authorisation);
    c.non_empty(id, "approval", &e.approval);
    if e.lis1.is_empty() {
        c.push(id, "lis1", "LIS1 har ingen deler");
    }
    let mut lis1 = 0;
    for (i, p) in e.lis1.iter().enumerate() {
        c.non_empty(id, &format!("lis1[{i}].name"), &p.name);
        match p.months {
            Some(m) if m > 0 => lis1 += m,
            _ => c.push(id, &format!("lis1[{i}].months"), "må ha en lengde"),
        }
    }
    if lis1 + e.lis2_lis3_min_months != e.total_min_months {
        c.push(
            id,
            "total_min_months",
            format!(
                "LIS1 ({lis1} mnd) + LIS2/LIS3 ({} mnd) = {} mnd, men totalen sier {} mnd",
                e.lis2_lis3_min_months,
                lis1 + e.lis2_lis3_min_months,
                e.total_min_months
            ),
        );
    }
    let mut seen = HashSet::new();
    for (i, p) in e.lis2.iter().enumerate() {
        if !matches!(p.group, Lis2Group::Fim | Lis2Group::Kirurgi) {
            c.push(
                id,
                &format!("lis2[{i}].group"),
                "bare Fim og Kirurgi har felles LIS2",
            );
        }
        if !seen.insert(p.group) {
            c.push(id, &format!("lis2[{i}].group"), "gruppen står to ganger");
        }
        c.non_empty(id, &format!("lis2[{i}].name"), &p.name);
        c.non_empty(id, &format!("lis2[{i}].short"), &p.short);
    }
    for s in &file.specialties {
        if matches!(s.group, Lis2Group::Fim | Lis2Group::Kirurgi) && !seen.contains(&s.group) {
            c.push(
                &s.id,
                "group",
                "gruppen har ingen LIS2-del i education.lis2",
            );
        }
    }
    for (i, sp) in e.special_paths.iter().enumerate() {
        let f = format!("special_paths[{i}]");
        if ids.entries.get(sp.specialty.as_str()) != Some(&true) {
            c.push(id, &f, format!("«{}» er ingen spesialitet", sp.specialty));
        }
        for (j, r) in sp.rules.iter().enumerate() {
            c.non_empty(id, &format!("{f}.rules[{j}].text"), &r.text);
            if let (Some(lo), Some(hi)) = (r.min_months, r.max_months)
                && lo > hi
            {
                c.push(
                    id,
                    &format!("{f}.rules[{j}]"),
                    "minimum er større enn maksimum",
                );
            }
            if let (Some(total), Some(v)) = (sp.service_months, r.min_months.or(r.max_months))
                && v > total
            {
                c.push(id, &format!("{f}.rules[{j}]"), "lengre enn hele tjenesten");
            }
        }
    }
    c.sources(id, &e.sources, &ids.sources);
}
