//! `yrke timeline` as a `Doc`: the chart, the minimum times as a list, a specialty's own rules,
//! and then the whole path again in sentences, for screen readers and for pasting.

use super::chart;
use super::doc::{Block, Doc};
use super::entry::{group_text, source_line};
use super::paint::Paint;
use crate::dataset::Dataset;
use crate::dataset::model::{Occupation, Rule, Specialty};
use crate::dataset::timeline::{self, Phase, Timeline, format_months};

/// The path of `spec`; `via` is the occupation the user asked about, when it was one.
pub fn doc(
    data: &Dataset,
    spec: &Specialty,
    via: Option<&Occupation>,
    width: usize,
    paint: Paint,
) -> Doc {
    let t = timeline::for_specialty(data, spec);
    let mut d = Doc::default();
    d.push(Block::Title(
        format!("Utdanningsløp: {}", spec.name),
        "spesialitet".into(),
    ));
    if let Some(o) = via {
        d.para(format!(
            "{} (yrke) er spesialist i {}, og dette er utdanningsløpet dit.",
            o.name,
            lower_first(&spec.name)
        ));
    }
    d.field("LIS2-gruppe", group_text(data, spec.group));
    d.push(Block::Pre(chart::draw(&t, width, paint)));
    d.push(Block::Muted(chart::LEGEND.into()));

    d.heading("Minstetider");
    d.bullets(minimums(&t));
    if !t.rules.is_empty() {
        d.heading(&format!("Egne regler for {}", lower_first(&spec.name)));
        d.bullets(t.rules.iter().map(rule_short).collect());
    }
    if !t.notes.is_empty() {
        d.heading("Merknader");
        d.bullets(t.notes.clone());
    }
    d.heading("Utdanningsløpet i setninger");
    sentences(&mut d, data, &t);
    let srcs: Vec<String> = data
        .education
        .sources
        .iter()
        .filter_map(|id| data.source(id))
        .map(source_line)
        .collect();
    if !srcs.is_empty() {
        d.heading("Kilder");
        d.bullets(srcs);
    }
    d
}

fn minimums(t: &Timeline) -> Vec<String> {
    let mut v = Vec::new();
    let lis1: Vec<_> = t
        .segments
        .iter()
        .filter(|s| s.phase == Phase::Lis1)
        .collect();
    for s in &t.segments {
        match s.phase {
            Phase::Study => v.push(format!("{}: {}", s.label, format_months(s.months))),
            Phase::Lis1 => {}
            _ => v.push(format!("{}: minst {}", s.short, format_months(s.months))),
        }
        if s.phase == Phase::Study && !lis1.is_empty() {
            let total: u32 = lis1.iter().map(|p| p.months).sum();
            let parts: Vec<String> = lis1
                .iter()
                .map(|p| format!("{} mnd {}", p.months, p.label.trim_start_matches("LIS1 ")))
                .collect();
            v.push(format!("LIS1: {total} mnd ({})", parts.join(" + ")));
        }
    }
    v.push(format!(
        "Fra autorisasjon til spesialistgodkjenning: minst {}",
        format_months(t.after_authorisation_min)
    ));
    v.push(format!(
        "Fra start på medisinstudiet til spesialistgodkjenning: minst {}",
        format_months(t.total_min())
    ));
    v
}

/// "Åpen, uselektert allmennpraksis: minst 2 år, høyst 4,5 år"
fn rule_short(r: &Rule) -> String {
    format!("{}: {}", r.text, bounds(r, months))
}

/// "minst 2 år, høyst 4,5 år", with `len` writing each length.
fn bounds(r: &Rule, len: fn(u32) -> String) -> String {
    match (r.min_months, r.max_months) {
        (Some(a), Some(b)) => format!("minst {}, høyst {}", len(a), len(b)),
        (Some(a), None) => format!("minst {}", len(a)),
        (None, Some(b)) => format!("høyst {}", len(b)),
        (None, None) => "ingen fast lengde".into(),
    }
}

/// The path in full sentences, one paragraph per stage.
fn sentences(d: &mut Doc, data: &Dataset, t: &Timeline) {
    let e = &data.education;
    let mut start = Vec::new();
    if let Some(study) = t.segments.iter().find(|x| x.phase == Phase::Study) {
        start.push(format!(
            "Først kommer {}, som tar {}.",
            lower_first(&study.label),
            spoken(study.months)
        ));
    }
    start.push(format!(
        "Deretter kommer {}.",
        lower_first(&e.authorisation)
    ));
    d.para(start.join(" "));

    let lis1: Vec<String> = e
        .lis1
        .iter()
        .map(|p| {
            let m = p
                .months
                .map_or_else(String::new, |m| format!("{m} måneder "));
            match &p.place {
                Some(place) => format!("{m}i {place} ({})", p.name),
                None => format!("{m}i {}", p.name),
            }
        })
        .collect();
    if !lis1.is_empty() {
        d.para(format!(
            "Så følger LIS1, som er lik for alle spesialiteter: {}.",
            lis1.join(", og deretter ")
        ));
    }

    let rest = spoken(t.lis2_lis3_min);
    let later = t
        .segments
        .iter()
        .find(|x| x.start >= t.study_months && x.phase != Phase::Lis1);
    d.para(match later.map(|x| x.phase) {
        Some(Phase::Special) => {
            let mut p = vec![format!(
                "Resten av løpet følger egne regler for {}, med minst {rest} tjeneste.",
                lower_first(&t.specialty)
            )];
            for r in &t.rules {
                p.push(format!(
                    "For {} gjelder {}.",
                    lower_first(&r.text),
                    bounds(r, spoken)
                ));
            }
            p.join(" ")
        }
        Some(Phase::Lis2Lis3) => format!(
            "{} har en felles LIS2-del, {}. LIS2 og LIS3 tar til sammen minst {rest}; \
             delene har ingen fast lengde hver for seg og kan gå samtidig.",
            t.specialty,
            t.lis2.as_deref().unwrap_or("LIS2")
        ),
        _ => format!(
            "{} har ingen felles LIS2-del, så etter LIS1 går man rett til LIS3, som tar minst {rest}.",
            t.specialty
        ),
    });

    if let Some(m) = t.milestones.last() {
        d.para(format!(
            "{} kan tidligst komme {} etter autorisasjonen, altså {} etter at medisinstudiet \
             startet. Løpet kan ta lenger tid enn dette.",
            m.label,
            spoken(t.after_authorisation_min),
            spoken(m.at)
        ));
    }
}

/// Like `format_months`, but half a year and less reads as months ("6 mnd", not "0,5 år").
fn months(m: u32) -> String {
    if m < 12 {
        format!("{m} mnd")
    } else {
        format_months(m)
    }
}

/// For sentences read aloud: no abbreviations ("6 måneder").
fn spoken(m: u32) -> String {
    if m < 12 {
        format!("{m} måneder")
    } else {
        format_months(m)
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
        let t = doc(&data, spec, data.occupation(id), 80, Paint::OFF).to_text(80, Paint::OFF);
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
