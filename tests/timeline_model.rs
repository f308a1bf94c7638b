//! The education path is laid out from data alone, for every group.

use yrke::dataset::timeline::{Phase, for_specialty};
use yrke::dataset::{self, Lis2Group};
use yrke::lang::Lang;

#[test]
fn every_specialty_has_the_common_start_and_minimum_totals() {
    let d = dataset::bundled().unwrap();
    for s in &d.specialties {
        let t = for_specialty(&d, s, Lang::Nb);
        assert_eq!(t.study_months, 72, "{}", s.id);
        assert_eq!(
            t.after_authorisation_min, 78,
            "{}: ≥ 6,5 år etter autorisasjon",
            s.id
        );
        assert_eq!(t.total_min(), 150, "{}", s.id);
        let lis1: Vec<u32> = t
            .segments
            .iter()
            .filter(|g| g.phase == Phase::Lis1)
            .map(|g| g.months)
            .collect();
        assert_eq!(lis1, [12, 6], "{}", s.id);
        // Segments follow each other without gaps.
        for w in t.segments.windows(2) {
            assert_eq!(w[0].start + w[0].months, w[1].start, "{}", s.id);
        }
        assert_eq!(t.milestones.last().unwrap().at, 150);
    }
}

#[test]
fn lis2_only_for_the_fim_and_surgical_groups() {
    let d = dataset::bundled().unwrap();
    for s in &d.specialties {
        let t = for_specialty(&d, s, Lang::Nb);
        match s.group {
            Lis2Group::Fim => assert!(t.lis2.as_deref().unwrap().contains("FIM"), "{}", s.id),
            Lis2Group::Kirurgi => assert!(t.lis2.as_deref().unwrap().contains("FKI"), "{}", s.id),
            _ => assert!(t.lis2.is_none(), "{}", s.id),
        }
    }
}

#[test]
fn allmennmedisin_has_its_own_rules() {
    let d = dataset::bundled().unwrap();
    let t = for_specialty(&d, d.specialty("allmennmedisin").unwrap(), Lang::Nb);
    assert!(t.segments.iter().any(|g| g.phase == Phase::Special));
    assert!(
        t.rules
            .iter()
            .any(|r| r.min_months == Some(24) && r.max_months == Some(54))
    );
    assert!(t.rules.iter().any(|r| r.min_months == Some(6)));
    let other = for_specialty(&d, d.specialty("anestesiologi").unwrap(), Lang::Nb);
    assert!(other.rules.is_empty());
}

#[test]
fn an_occupation_leads_to_its_specialty_path() {
    let d = dataset::bundled().unwrap();
    assert_eq!(
        d.path_specialty("radiolog").map(|s| s.id.as_str()),
        Some("radiologi")
    );
    assert_eq!(
        d.path_specialty("radiologi").map(|s| s.id.as_str()),
        Some("radiologi")
    );
    assert!(d.path_specialty("apotektekniker").is_none());
}
