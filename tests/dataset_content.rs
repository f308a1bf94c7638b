//! What a pupil came for: every entry says what the work is, cites linked and dated pages,
//! has a route from Vg1, and is related to something — and no sentence is shared by two.

use std::collections::HashMap;

use yrke::dataset::model::StageKind;
use yrke::dataset::{self, Dataset, Date, EntryRef, Kind};
use yrke::lang::Lang;

fn data() -> Dataset {
    dataset::bundled_at(Date::parse("2026-12-01").unwrap()).expect("bundled data must load")
}

fn words(ps: &[String]) -> usize {
    ps.iter().map(|p| p.split_whitespace().count()).sum()
}

#[test]
fn every_entry_describes_the_work() {
    let d = data();
    let mut thin = Vec::new();
    for e in d.entries() {
        let p = e.profile();
        let min = match e.kind() {
            Kind::Specialty => 80,
            Kind::Occupation => 60,
        };
        let n = words(p.description);
        if n < min {
            thin.push(format!("{} ({n} ord)", e.id()));
        }
    }
    assert!(thin.is_empty(), "for lite beskrivelse: {thin:?}");
}

#[test]
fn every_entry_cites_a_linked_dated_page() {
    let d = data();
    for e in d.entries() {
        let ok = e.sources().iter().filter_map(|s| d.source(s)).any(|s| {
            s.link()
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"))
                && s.retrieved.is_some()
        });
        assert!(ok, "{} has no linked source", e.id());
        assert!(
            !e.sources().iter().any(|s| s == "domain-facts"),
            "{} cites internal notes",
            e.id()
        );
    }
}

#[test]
fn every_entry_has_a_route_from_vg1() {
    let d = data();
    for e in d.entries() {
        let route = d.route(e.id());
        assert!(!route.is_empty(), "{} has no route", e.id());
        assert_eq!(
            route[0].kind,
            StageKind::Vgs,
            "{} starts at {}",
            e.id(),
            route[0].id
        );
        for s in &route {
            assert!(!s.sources.is_empty(), "stage {}", s.id);
        }
    }
}

/// Reviewed: no page we cite links these to another entry, and a made-up link would be worse
/// than none (bioteknolog: the only sources are an interview about lab research and a study
/// plan).
const WITHOUT_SOURCED_RELATIONS: &[&str] = &["bioteknolog"];

#[test]
fn no_entry_is_left_without_related_entries() {
    let d = data();
    let lonely: Vec<&str> = d
        .entries()
        .filter(|e| yrke::dataset::relations::of(&d, e.id(), Lang::Nb).is_empty())
        .map(EntryRef::id)
        .collect();
    assert_eq!(lonely, WITHOUT_SOURCED_RELATIONS, "ingen relaterte");
}

#[test]
fn no_sentence_appears_in_two_entries() {
    let d = data();
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut twice = Vec::new();
    for e in d.entries() {
        let p = e.profile();
        let texts = std::iter::once(p.summary).chain(p.description.iter().map(String::as_str));
        for t in texts {
            for s in t.split(['.', '!', '?']).map(str::trim) {
                if s.split_whitespace().count() < 6 {
                    continue;
                }
                if let Some(other) = seen.insert(s.to_lowercase(), e.id())
                    && other != e.id()
                {
                    twice.push(format!("{other} / {}: {s}", e.id()));
                }
            }
        }
    }
    assert!(twice.is_empty(), "{twice:#?}");
}

#[test]
fn at_least_seventy_occupations_and_the_common_health_jobs() {
    let d = data();
    assert!(d.occupations.len() >= 70, "{}", d.occupations.len());
    for id in [
        "sykepleier",
        "psykolog",
        "tannlege",
        "jordmor",
        "fysioterapeut",
        "helsefagarbeider",
    ] {
        assert!(d.occupation(id).is_some(), "{id}");
    }
}

#[test]
fn stale_review_stamps_are_shown_as_such() {
    let d = data();
    let doc = yrke::plain::entry::doc(&d, d.entry("radiolog").unwrap(), Lang::Nb).to_markdown();
    // utdanning.no's Radiolog page was last reviewed 10 April 2019.
    assert!(doc.contains("sist gjennomgått 2019"), "{doc}");
}
