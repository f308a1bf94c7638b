//! The bundled dataset's structure: the 46 specialties, the education rules, the article, text
//! that is NFC and names known sources, relations that resolve and say why.

use std::collections::HashSet;

use unicode_normalization::is_nfc;
use yrke::dataset::{self, Dataset, Date, EntryRef, Lis2Group, RelationKind};
use yrke::lang::Lang;

fn data() -> Dataset {
    dataset::bundled_at(Date::parse("2026-12-01").unwrap()).expect("bundled data must load")
}

/// The 46 specialties of spesialistforskriften, by id.
const SPECIALTIES: [&str; 46] = [
    "akutt-og-mottaksmedisin",
    "allmennmedisin",
    "anestesiologi",
    "arbeidsmedisin",
    "barne-og-ungdomspsykiatri",
    "barnekirurgi",
    "barnesykdommer",
    "blodsykdommer",
    "bryst-og-endokrinkirurgi",
    "endokrinologi",
    "fordoyelsessykdommer",
    "fysikalsk-medisin-og-rehabilitering",
    "fodselshjelp-og-kvinnesykdommer",
    "gastroenterologisk-kirurgi",
    "generell-kirurgi",
    "geriatri",
    "hjertesykdommer",
    "hud-og-veneriske-sykdommer",
    "immunologi-og-transfusjonsmedisin",
    "indremedisin",
    "infeksjonssykdommer",
    "karkirurgi",
    "klinisk-farmakologi",
    "klinisk-nevrofysiologi",
    "lungesykdommer",
    "maxillofacial-kirurgi",
    "medisinsk-biokjemi",
    "medisinsk-genetikk",
    "medisinsk-mikrobiologi",
    "nevrokirurgi",
    "nevrologi",
    "nukleaermedisin",
    "nyresykdommer",
    "onkologi",
    "ortopedisk-kirurgi",
    "patologi",
    "plastikkirurgi",
    "psykiatri",
    "radiologi",
    "revmatologi",
    "rus-og-avhengighetsmedisin",
    "samfunnsmedisin",
    "thoraxkirurgi",
    "urologi",
    "ore-nese-halssykdommer",
    "oyesykdommer",
];

#[test]
fn all_46_specialties_with_a_group() {
    let d = data();
    assert_eq!(d.specialties.len(), 46);
    for id in SPECIALTIES {
        assert!(d.specialty(id).is_some(), "{id}");
    }
}

#[test]
fn education_rules_add_up() {
    let e = data().education;
    assert_eq!(e.study.months, Some(72));
    let lis1: Vec<u32> = e.lis1.iter().map(|p| p.months.unwrap()).collect();
    assert_eq!(lis1, [12, 6]);
    assert_eq!(e.lis2_lis3_min_months, 60);
    assert_eq!(e.total_min_months, 78);
    let groups: HashSet<Lis2Group> = e.lis2.iter().map(|p| p.group).collect();
    assert_eq!(groups, HashSet::from([Lis2Group::Fim, Lis2Group::Kirurgi]));
    assert!(
        e.special_paths
            .iter()
            .any(|p| p.specialty == "allmennmedisin")
    );
}

#[test]
fn the_article_is_cited_in_full_and_shown_with_care() {
    let d = data();
    let a = d.article("tap-av-mening-i-legeyrket").unwrap();
    assert_eq!(a.author, "Erlend Hem");
    assert_eq!(a.date, "2026-04-20");
    assert_eq!(a.doi.as_deref(), Some("10.4045/tidsskr.26.0146"));
    let care = a.care.as_ref().expect("the article mentions a suicide");
    assert_eq!(care.home, "lege");
    let numbers: Vec<&str> = care.helplines.iter().map(|h| h.number.as_str()).collect();
    for n in ["116 123", "22 40 00 40", "113"] {
        assert!(numbers.contains(&n), "{n}");
    }
    for h in &care.helplines {
        assert!(
            d.source(&h.source).and_then(|s| s.link()).is_some(),
            "{}",
            h.name
        );
    }
}

#[test]
fn text_is_nfc_and_every_entry_names_a_known_source() {
    let d = data();
    for e in d.entries() {
        assert!(is_nfc(e.name()), "{}", e.id());
        assert!(is_nfc(e.profile().summary), "{}", e.id());
        assert!(!e.sources().is_empty(), "{}", e.id());
        for s in e.sources() {
            assert!(d.source(s).is_some(), "{}: {s}", e.id());
        }
    }
}

#[test]
fn relations_resolve_and_are_explained() {
    let d = data();
    let rel = yrke::dataset::relations::of(&d, "anestesilege", Lang::Nb);
    let why = |id: &str| rel.iter().find(|r| r.id == id).map(|r| r.why);
    assert_eq!(why("anestesiologi"), Some(RelationKind::SpecialistOf));
    assert_eq!(why("anestesisykepleier"), Some(RelationKind::WorksWith));
    assert_eq!(why("lege"), Some(RelationKind::SpecialisationOf));
    // A FIM specialty relates to the others of its group; the direct group does not.
    let fim = yrke::dataset::relations::of(&d, "hjertesykdommer", Lang::Nb);
    assert!(
        fim.iter()
            .any(|r| r.id == "lungesykdommer" && r.why == RelationKind::SameGroup)
    );
    let direct = yrke::dataset::relations::of(&d, "anestesiologi", Lang::Nb);
    assert!(!direct.iter().any(|r| r.why == RelationKind::SameGroup));
    for e in d.entries() {
        for r in yrke::dataset::relations::of(&d, e.id(), Lang::Nb) {
            assert!(d.entry(&r.id).is_some());
            assert_ne!(r.id, e.id());
            assert!(
                !r.evidence.is_empty(),
                "{} → {} has no evidence",
                e.id(),
                r.id
            );
        }
    }
    assert!(matches!(d.entry("lege"), Some(EntryRef::Occupation(_))));
}

#[test]
fn lege_lists_every_specialty_grouped_by_lis2_route() {
    let d = data();
    let rel = yrke::dataset::relations::of(&d, "lege", Lang::Nb);
    let specs: Vec<_> = rel
        .iter()
        .filter(|r| r.why == RelationKind::HasSpecialisation && d.specialty(&r.id).is_some())
        .collect();
    assert_eq!(specs.len(), 46);
    // Grouped: once the group changes it never comes back.
    let mut seen = Vec::new();
    for r in specs {
        let g = r.note.clone().unwrap();
        if seen.last() != Some(&g) {
            assert!(!seen.contains(&g), "group {g} split");
            seen.push(g);
        }
    }
}
