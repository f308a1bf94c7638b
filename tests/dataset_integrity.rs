//! The bundled dataset holds what the sources establish, on the entries they belong to.

use std::collections::HashSet;

use unicode_normalization::is_nfc;
use yrke::dataset::{self, Dataset, EntryRef, Lis2Group, RelationKind};

fn data() -> Dataset {
    dataset::bundled().expect("bundled data must load")
}

/// Every NAV occupation code in seed 001, with the entry it belongs on.
const OCCUPATION_CODES: &[(&str, &str)] = &[
    ("2221101", "lege"),
    ("2221102", "allmennlege"),
    ("2221103", "anestesilege"),
    ("2221104", "lege"),
    ("2221105", "bedriftslege"),
    ("2221106", "gynekolog"),
    ("2221107", "kardiolog"),
    ("2221108", "kirurg"),
    ("2221109", "kommunelege"),
    ("2221110", "lege"),
    ("2221112", "nevrolog"),
    ("2221113", "onkolog"),
    ("2221114", "ortoped"),
    ("2221115", "lege"),
    ("2221116", "psykiater"),
    ("2221117", "lege"),
    ("2221118", "lege"),
    ("2221120", "kommunelege"),
    ("2221121", "kommunelege"),
    ("2221122", "oyelege"),
    ("2221123", "lege"),
    ("2221124", "oralkirurg"),
    ("2221125", "rettsmedisiner"),
    ("2221126", "rettspsykiater"),
    ("2221127", "radiolog"),
    ("2221128", "lege"),
    ("2221129", "lege"),
    ("2221130", "barnelege"),
    ("2221132", "ore-nese-hals-spesialist"),
    ("2221133", "hudspesialist"),
    ("2221134", "kommunelege"),
    ("2221135", "kommunelege"),
    ("2221136", "lege"),
    ("2221137", "bedriftslege"),
    ("2221138", "lege"),
    ("2221139", "fastlege"),
    ("2221140", "lege"),
    ("2221141", "radiolog"),
    ("2221142", "lege"),
    ("2221143", "audiolog"),
    ("2221144", "patolog"),
    ("2221146", "lege"),
    ("2221150", "lege"),
    ("2221151", "barnelege"),
    ("2221152", "barnelege"),
    ("1228130", "lege"),
];

/// The 46 specialties of domain-facts.md: id, NUS code where confirmed, LIS2 group.
const SPECIALTIES: &[(&str, Option<&str>, Lis2Group)] = &[
    ("akutt-og-mottaksmedisin", None, Lis2Group::Fim),
    ("allmennmedisin", Some("763201"), Lis2Group::Kommunal),
    ("anestesiologi", Some("763202"), Lis2Group::Direkte),
    ("arbeidsmedisin", Some("763203"), Lis2Group::Direkte),
    (
        "barne-og-ungdomspsykiatri",
        Some("763204"),
        Lis2Group::Direkte,
    ),
    ("barnekirurgi", Some("763209"), Lis2Group::Kirurgi),
    ("barnesykdommer", Some("763205"), Lis2Group::Direkte),
    ("blodsykdommer", Some("763217"), Lis2Group::Fim),
    ("bryst-og-endokrinkirurgi", None, Lis2Group::Kirurgi),
    ("endokrinologi", Some("763218"), Lis2Group::Fim),
    ("fordoyelsessykdommer", Some("763219"), Lis2Group::Fim),
    (
        "fysikalsk-medisin-og-rehabilitering",
        Some("763206"),
        Lis2Group::Direkte,
    ),
    (
        "fodselshjelp-og-kvinnesykdommer",
        Some("763207"),
        Lis2Group::Direkte,
    ),
    (
        "gastroenterologisk-kirurgi",
        Some("763210"),
        Lis2Group::Kirurgi,
    ),
    ("generell-kirurgi", Some("763208"), Lis2Group::Kirurgi),
    ("geriatri", Some("763220"), Lis2Group::Fim),
    ("hjertesykdommer", Some("763221"), Lis2Group::Fim),
    (
        "hud-og-veneriske-sykdommer",
        Some("763214"),
        Lis2Group::Direkte,
    ),
    (
        "immunologi-og-transfusjonsmedisin",
        Some("763215"),
        Lis2Group::Direkte,
    ),
    ("indremedisin", Some("763216"), Lis2Group::Fim),
    ("infeksjonssykdommer", Some("763222"), Lis2Group::Fim),
    ("karkirurgi", Some("763211"), Lis2Group::Kirurgi),
    ("klinisk-farmakologi", Some("763226"), Lis2Group::Direkte),
    ("klinisk-nevrofysiologi", Some("763228"), Lis2Group::Direkte),
    ("lungesykdommer", Some("763223"), Lis2Group::Fim),
    ("maxillofacial-kirurgi", Some("763225"), Lis2Group::Direkte),
    ("medisinsk-biokjemi", Some("763227"), Lis2Group::Direkte),
    ("medisinsk-genetikk", Some("763229"), Lis2Group::Direkte),
    ("medisinsk-mikrobiologi", Some("763230"), Lis2Group::Direkte),
    ("nevrokirurgi", Some("763231"), Lis2Group::Direkte),
    ("nevrologi", Some("763232"), Lis2Group::Direkte),
    ("nukleaermedisin", Some("763233"), Lis2Group::Direkte),
    ("nyresykdommer", Some("763224"), Lis2Group::Fim),
    ("onkologi", Some("763234"), Lis2Group::Direkte),
    ("ortopedisk-kirurgi", Some("763235"), Lis2Group::Direkte),
    ("patologi", Some("763236"), Lis2Group::Direkte),
    ("plastikkirurgi", Some("763237"), Lis2Group::Kirurgi),
    ("psykiatri", Some("763238"), Lis2Group::Direkte),
    ("radiologi", Some("763239"), Lis2Group::Direkte),
    ("revmatologi", Some("763240"), Lis2Group::Direkte),
    ("rus-og-avhengighetsmedisin", None, Lis2Group::Direkte),
    ("samfunnsmedisin", Some("763241"), Lis2Group::Kommunal),
    ("thoraxkirurgi", None, Lis2Group::Kirurgi),
    ("urologi", None, Lis2Group::Kirurgi),
    ("ore-nese-halssykdommer", None, Lis2Group::Direkte),
    ("oyesykdommer", None, Lis2Group::Direkte),
];

/// The non-specialist education codes of the seeds, with the entry each belongs on.
const OTHER_EDUCATION_CODES: &[(&str, &str)] = &[
    ("763101", "lege"),
    ("763102", "lege"),
    ("763103", "radiolog"),
    ("763106", "lege"),
    ("763901", "lege"),
    ("763999", "lege"),
    ("863101", "lege"),
    ("863105", "lege"),
    ("869904", "lege"),
];

#[test]
fn every_occupation_code_is_on_its_entry_and_only_there() {
    let d = data();
    assert_eq!(OCCUPATION_CODES.len(), 46, "seed 001 has 46 distinct codes");
    for (code, id) in OCCUPATION_CODES {
        let owners: Vec<&str> = d
            .occupations
            .iter()
            .filter(|o| o.occupation_codes.iter().any(|c| c.code == *code))
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(owners, [*id], "code {code}");
    }
    let (occ, edu) = d.code_counts();
    assert_eq!(occ, 46);
    assert_eq!(edu, 48);
}

#[test]
fn all_46_specialties_with_nus_code_and_group() {
    let d = data();
    assert_eq!(d.specialties.len(), 46);
    for (id, nus, group) in SPECIALTIES {
        let s = d.specialty(id).unwrap_or_else(|| panic!("missing {id}"));
        assert_eq!(s.nus.as_ref().map(|c| c.code.as_str()), *nus, "{id}");
        assert_eq!(s.group, *group, "{id}");
    }
}

#[test]
fn other_education_codes_are_on_their_entries() {
    let d = data();
    for (code, id) in OTHER_EDUCATION_CODES {
        let o = d.occupation(id).unwrap();
        assert!(
            o.education_codes.iter().any(|c| c.code == *code),
            "{code} on {id}"
        );
    }
}

#[test]
fn old_names_are_kept_as_synonyms() {
    let d = data();
    for (id, old) in [
        ("maxillofacial-kirurgi", "Kjevekirurgi og munnhulesykdommer"),
        ("medisinsk-biokjemi", "Klinisk kjemi"),
        (
            "hud-og-veneriske-sykdommer",
            "Hudsykdommer og veneriske sykdommer",
        ),
    ] {
        assert!(
            d.specialty(id).unwrap().old_names.iter().any(|n| n == old),
            "{id}"
        );
    }
}

#[test]
fn andre_yrker_roles_and_specialists_exist_and_link_to_their_specialty() {
    let d = data();
    for id in [
        "aktivitor",
        "allmennlege",
        "ambulansearbeider",
        "anestesisykepleier",
        "apoteker",
        "apotektekniker",
        "arbeidsmedisiner",
        "audiograf",
        "audiopedagog",
        "barne-og-ungdomspsykiater",
        "barne-og-ungdomspsykolog",
        "barnekirurg",
        "barnesykepleier",
        "bioingenior",
        "biokjemiker",
        "bioteknolog",
        "ergoterapeut",
        "farmasoyt",
        "radiograf",
        "intensivsykepleier",
    ] {
        assert!(d.occupation(id).is_some(), "{id}");
    }
    for (occ, spec) in [
        ("anestesilege", "anestesiologi"),
        ("radiolog", "radiologi"),
        ("kardiolog", "hjertesykdommer"),
        ("oyelege", "oyesykdommer"),
        ("fastlege", "allmennmedisin"),
        ("allmennlege", "allmennmedisin"),
        ("barnelege", "barnesykdommer"),
        ("psykiater", "psykiatri"),
    ] {
        assert_eq!(d.occupation(occ).unwrap().specialty.as_deref(), Some(spec));
    }
    assert!(d.occupation("apotektekniker").unwrap().specialty.is_none());
}

#[test]
fn full_entries_have_every_section() {
    let d = data();
    for id in ["anestesilege", "lege", "radiolog"] {
        let o = d.occupation(id).unwrap();
        assert!(!o.description.is_empty(), "{id} description");
        assert!(!o.tasks.is_empty(), "{id} tasks");
        assert!(!o.workplaces.is_empty(), "{id} workplaces");
        assert!(!o.qualities.is_empty(), "{id} qualities");
        assert!(!o.education.is_empty(), "{id} education");
        assert!(!o.occupation_codes.is_empty(), "{id} codes");
        assert!(o.review.is_some(), "{id} review");
        assert_eq!(o.articles, ["tap-av-mening-i-legeyrket"], "{id} article");
    }
    let areas: Vec<&str> = d
        .occupation("anestesilege")
        .unwrap()
        .tasks
        .iter()
        .map(|t| t.area.as_str())
        .collect();
    assert_eq!(
        areas,
        [
            "Anestesi",
            "Intensivmedisin",
            "Akuttmedisin",
            "Smertebehandling"
        ]
    );
    let review = d
        .occupation("anestesilege")
        .unwrap()
        .review
        .clone()
        .unwrap();
    assert_eq!(
        (review.by.as_str(), review.date.as_str()),
        ("Norsk anestesiologisk forening", "2022-10-31")
    );
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
fn the_article_is_cited_in_full() {
    let d = data();
    let a = d.article("tap-av-mening-i-legeyrket").unwrap();
    assert_eq!(a.author, "Erlend Hem");
    assert_eq!(a.date, "2026-04-20");
    assert_eq!(a.doi.as_deref(), Some("10.4045/tidsskr.26.0146"));
}

#[test]
fn text_is_nfc_and_every_entry_names_a_known_source() {
    let d = data();
    for e in d.entries() {
        assert!(is_nfc(e.name()), "{}", e.id());
        if let Some(s) = e.summary() {
            assert!(is_nfc(s), "{}", e.id());
        }
        assert!(!e.sources().is_empty(), "{}", e.id());
        for s in e.sources() {
            assert!(d.source(s).is_some(), "{}: {s}", e.id());
        }
    }
}

#[test]
fn no_salary_numbers_anywhere() {
    // The seeds carry salary headings but no figures; the dataset must not invent any.
    for (name, text) in dataset::load::BUNDLED {
        for word in ["kroner", "kr ", "NOK", "årslønn", "månedslønn"] {
            assert!(!text.contains(word), "{name} mentions «{word}»");
        }
    }
}

#[test]
fn relations_resolve_and_are_explained() {
    let d = data();
    let rel = yrke::dataset::relations::of(&d, "anestesilege");
    let why = |id: &str| rel.iter().find(|r| r.id == id).map(|r| r.why);
    assert_eq!(why("anestesiologi"), Some(RelationKind::SpecialistOf));
    assert_eq!(why("anestesisykepleier"), Some(RelationKind::WorksWith));
    assert_eq!(why("lege"), Some(RelationKind::SpecialisationOf));
    // A FIM specialty relates to the others of its group; the direct group does not.
    let fim = yrke::dataset::relations::of(&d, "hjertesykdommer");
    assert!(
        fim.iter()
            .any(|r| r.id == "lungesykdommer" && r.why == RelationKind::SameGroup)
    );
    let direct = yrke::dataset::relations::of(&d, "anestesiologi");
    assert!(!direct.iter().any(|r| r.why == RelationKind::SameGroup));
    // Every entry's relations point at entries that exist.
    for e in d.entries() {
        for r in yrke::dataset::relations::of(&d, e.id()) {
            assert!(d.entry(&r.id).is_some());
            assert_ne!(r.id, e.id());
        }
    }
    assert!(matches!(d.entry("lege"), Some(EntryRef::Occupation(_))));
}
