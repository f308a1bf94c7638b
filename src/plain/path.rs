//! `yrke timeline` as a `Doc`: the chart, the minimum times as a list, a specialty's own rules,
//! and then the whole path again in sentences, for screen readers and for pasting.

use super::chart;
use super::doc::{Block, Doc};
use super::entry::{group_text, source_line};
use super::paint::Paint;
use crate::dataset::model::{Occupation, Rule, Specialty};
use crate::dataset::timeline::{self, Phase, Timeline, format_months};
use crate::dataset::{Dataset, Kind};
use crate::lang::{Doc as T, Lang};

/// The path of `spec`; `via` is the occupation the user asked about, when it was one. The
/// words around the data are in `l`.
pub fn doc(
    data: &Dataset,
    spec: &Specialty,
    via: Option<&Occupation>,
    width: usize,
    paint: Paint,
    l: Lang,
) -> Doc {
    let t = timeline::for_specialty(data, spec, l);
    let mut d = Doc::default();
    d.push(Block::Title(
        l.f(T::PathTitle, &[("name", &spec.name)]),
        Kind::Specialty.badge().into(),
    ));
    if let Some(o) = via {
        d.para(l.f(
            T::PathVia,
            &[
                ("occupation", &o.name),
                ("specialty", &lower_first(&spec.name)),
            ],
        ));
    }
    d.field(l.t(T::Lis2Group), group_text(data, spec.group, l));
    d.push(Block::Pre(chart::draw(&t, width, paint, l)));
    d.push(Block::Muted(chart::legend(l).into()));

    d.heading(l.t(T::Minimums));
    d.bullets(minimums(&t, l));
    if !t.rules.is_empty() {
        d.heading(&l.f(T::OwnRulesFor, &[("specialty", &lower_first(&spec.name))]));
        d.bullets(t.rules.iter().map(|r| rule_short(r, l)).collect());
    }
    if !t.notes.is_empty() {
        d.heading(l.t(T::Notes));
        d.bullets(t.notes.clone());
    }
    d.heading(l.t(T::InSentences));
    sentences(&mut d, data, &t, l);
    let srcs: Vec<String> = data
        .education
        .sources
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| source_line(s, l))
        .collect();
    if !srcs.is_empty() {
        d.heading(l.t(T::Sources));
        d.bullets(srcs);
    }
    d
}

fn minimums(t: &Timeline, l: Lang) -> Vec<String> {
    let mut v = Vec::new();
    let lis1: Vec<_> = t
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Lis1)
        .collect();
    for s in &t.segments {
        match s.phase {
            Phase::Study => v.push(format!("{}: {}", s.label, format_months(s.months, l))),
            Phase::Lis1 => {}
            _ => v.push(format!(
                "{}: {}",
                s.short,
                l.f(T::AtLeast, &[("len", &format_months(s.months, l))])
            )),
        }
        if s.phase == Phase::Study && !lis1.is_empty() {
            let total: u32 = lis1.iter().map(|p| p.months).sum();
            let parts: Vec<String> = lis1
                .iter()
                .map(|p| {
                    format!(
                        "{} {}",
                        l.f(T::MonthsN, &[("n", &p.months)]),
                        p.label.trim_start_matches("LIS1 ")
                    )
                })
                .collect();
            v.push(format!(
                "LIS1: {} ({})",
                l.f(T::MonthsN, &[("n", &total)]),
                parts.join(" + ")
            ));
        }
    }
    v.push(l.f(
        T::AuthorisationToApproval,
        &[("len", &format_months(t.after_authorisation_min, l))],
    ));
    v.push(l.f(
        T::StudyToApproval,
        &[("len", &format_months(t.total_min(), l))],
    ));
    v
}

/// "Åpen, uselektert allmennpraksis: minst 2 år, høyst 4,5 år"
fn rule_short(r: &Rule, l: Lang) -> String {
    format!("{}: {}", r.text, bounds(r, months, l))
}

/// "minst 2 år, høyst 4,5 år", with `len` writing each length.
fn bounds(r: &Rule, len: fn(u32, Lang) -> String, l: Lang) -> String {
    match (r.min_months, r.max_months) {
        (Some(a), Some(b)) => l.f(T::MinMax, &[("min", &len(a, l)), ("max", &len(b, l))]),
        (Some(a), None) => l.f(T::AtLeast, &[("len", &len(a, l))]),
        (None, Some(b)) => l.f(T::Max, &[("max", &len(b, l))]),
        (None, None) => l.t(T::NoFixedLength).into(),
    }
}

/// The path in full sentences, one paragraph per stage.
fn sentences(d: &mut Doc, data: &Dataset, t: &Timeline, l: Lang) {
    let e = &data.education;
    let mut start = Vec::new();
    if let Some(study) = t.segments.iter().find(|x| x.phase == Phase::Study) {
        start.push(l.f(
            T::FirstComes,
            &[
                ("study", &lower_first(&study.label)),
                ("len", &spoken(study.months, l)),
            ],
        ));
    }
    start.push(l.f(
        T::ThenComes,
        &[("authorisation", &lower_first(&e.authorisation))],
    ));
    d.para(start.join(" "));

    let lis1: Vec<String> = e
        .lis1
        .iter()
        .map(|p| {
            let m = p.months.map_or_else(String::new, |m| {
                format!("{} ", l.f(T::MonthsSpoken, &[("n", &m)]))
            });
            let place = match &p.place {
                Some(place) => format!("{} ({})", l.f(T::InPlace, &[("place", place)]), p.name),
                None => l.f(T::InPlace, &[("place", &p.name)]),
            };
            format!("{m}{place}")
        })
        .collect();
    if !lis1.is_empty() {
        d.para(l.f(T::ThenLis1, &[("parts", &lis1.join(l.t(T::AndThen)))]));
    }

    let rest = spoken(t.lis2_lis3_min, l);
    let later = t
        .segments
        .iter()
        .find(|x| x.start >= t.study_months && x.phase != Phase::Lis1);
    d.para(match later.map(|x| x.phase) {
        Some(Phase::Special) => {
            let mut p = vec![l.f(
                T::OwnRulesRest,
                &[("specialty", &lower_first(&t.specialty)), ("rest", &rest)],
            )];
            for r in &t.rules {
                p.push(l.f(
                    T::RuleApplies,
                    &[
                        ("rule", &lower_first(&r.text)),
                        ("bounds", &bounds(r, spoken, l)),
                    ],
                ));
            }
            p.join(" ")
        }
        Some(Phase::Lis2Lis3) => l.f(
            T::SharedLis2,
            &[
                ("specialty", &t.specialty),
                ("lis2", &t.lis2.as_deref().unwrap_or("LIS2")),
                ("rest", &rest),
            ],
        ),
        _ => l.f(
            T::NoSharedLis2,
            &[("specialty", &t.specialty), ("rest", &rest)],
        ),
    });

    if let Some(m) = t.milestones.last() {
        d.para(l.f(
            T::EarliestApproval,
            &[
                ("milestone", &m.label),
                ("after", &spoken(t.after_authorisation_min, l)),
                ("total", &spoken(m.at, l)),
            ],
        ));
    }
}

/// Like `format_months`, but half a year and less reads as months ("6 mnd", not "0,5 år").
fn months(m: u32, l: Lang) -> String {
    if m < 12 {
        l.f(T::MonthsN, &[("n", &m)])
    } else {
        format_months(m, l)
    }
}

/// For sentences read aloud: no abbreviations ("6 måneder").
fn spoken(m: u32, l: Lang) -> String {
    if m < 12 {
        l.f(T::MonthsSpoken, &[("n", &m)])
    } else {
        format_months(m, l)
    }
}

/// "Anestesiologi" → "anestesiologi" inside a sentence; abbreviations ("LIS1") are kept.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(c), Some(next)) if !next.is_uppercase() => c.to_lowercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::bundled;

    fn text(id: &str) -> String {
        let data = bundled().unwrap();
        let spec = data.path_specialty(id).unwrap();
        let t =
            doc(&data, spec, data.occupation(id), 80, Paint::OFF, Lang::Nb).to_text(80, Paint::OFF);
        // Sentences may be wrapped anywhere; compare with single spaces.
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn direct_specialties_go_from_lis1_to_lis3() {
        let t = text("anestesiologi");
        assert!(
            t.contains("LIS1: 18 mnd (12 mnd sykehus + 6 mnd kommune)"),
            "{t}"
        );
        assert!(t.contains("rett til LIS3"), "{t}");
        assert!(t.contains("minst 6,5 år"), "{t}");
        assert!(!t.contains("FIM"), "{t}");
    }

    #[test]
    fn shared_lis2_is_named_for_its_group() {
        let t = text("kardiolog");
        assert!(
            t.contains("Kardiolog (yrke) er spesialist i hjertesykdommer"),
            "{t}"
        );
        assert!(t.contains("LIS2 FIM + LIS3"), "{t}");
        assert!(t.contains("Felles indremedisinske læringsmål (FIM)"), "{t}");
    }

    #[test]
    fn allmennmedisin_shows_its_own_rules() {
        let t = text("allmennmedisin");
        assert!(t.contains("Egne regler for allmennmedisin"), "{t}");
        assert!(
            t.contains("For åpen, uselektert allmennpraksis gjelder minst 2 år, høyst 4,5 år."),
            "{t}"
        );
    }

    #[test]
    fn lower_first_keeps_abbreviations() {
        assert_eq!(lower_first("Anestesiologi"), "anestesiologi");
        assert_eq!(lower_first("LIS1 sykehus"), "LIS1 sykehus");
        assert_eq!(
            lower_first("Autorisasjon fra Helsedirektoratet"),
            "autorisasjon fra Helsedirektoratet"
        );
    }
}
