//! The validator holds the bundled data to the content rules and names each problem as
//! entry.field; a school's own file gets a warning where a field is merely missing.

use std::path::Path;

use yrke::dataset::{Date, Strictness, load};
use yrke::error::{DataError, Problem, Severity};

/// One complete, valid entry of each kind: an occupation with a route from Vg1, a specialty
/// with synonyms, their sources and the stages — the schema's worked example.
const GOOD: &str = r#"(
    sources: [
        (id: "side", title: "Sykepleier", publisher: "utdanning.no",
         url: Some("https://utdanning.no/yrker/beskrivelse/sykepleier"),
         review: Some((by: "Norsk sykepleierforbund", date: "2021-04-27")),
         retrieved: Some("2026-12-01")),
        (id: "vilbli", title: "Studiespesialisering", publisher: "vilbli.no",
         url: Some("https://www.vilbli.no/"), retrieved: Some("2026-12-01")),
    ],
    programmes: [(name: "Studiespesialisering", sources: ["vilbli"])],
    subjects: [(name: "Kjemi 1", sources: ["vilbli"])],
    stages: [
        (id: "vg1", kind: Vgs, name: "Vg1 studiespesialisering", months: Some(12),
         programme: Some("Studiespesialisering"), text: ["Fellesfag."], sources: ["vilbli"]),
        (id: "vg23", kind: Vgs, name: "Vg2 og Vg3", months: Some(24),
         programme: Some("Studiespesialisering"), subjects: ["Kjemi 1"],
         text: ["Programfag."], sources: ["vilbli"]),
        (id: "opptak", kind: Admission, name: "Opptak", admission_code: Some("GSK"),
         text: ["Karakterer teller."], sources: ["vilbli"]),
        (id: "bachelor", kind: Study, name: "Bachelor i sykepleie", months: Some(36),
         level: Some(Bachelor), places: ["OsloMet"], text: ["Tre år."], sources: ["side"]),
        (id: "master", kind: Study, name: "Master", months: Some(24), level: Some(Master),
         text: ["To år."], sources: ["side"]),
    ],
    occupations: [
        (id: "sykepleier", name: "Sykepleier", synonyms: ["sjukepleiar"],
         summary: "Pleier syke.", description: ["Om jobben."], sources: ["side"],
         route: Some((stages: ["vg1", "vg23", "opptak", "bachelor"]))),
        (id: "jordmor", name: "Jordmor", summary: "Tar imot barn.",
         description: ["Om jobben."], sources: ["side"],
         route: Some((stages: ["vg1", "vg23", "opptak", "bachelor", "master"])),
         related: [
            (id: "sykepleier", kind: SpecialisationOf, evidence: [Rule(RouteBuildsOn)]),
            (id: "barnesykdommer", kind: WorksWith,
             evidence: [Quote(source: "side", quote: "samarbeider med barnelege")]),
         ]),
    ],
    specialties: [
        (id: "barnesykdommer", name: "Barnesykdommer", synonyms: ["barnelege"],
         summary: "Syke barn.", description: ["Om faget."], group: Direkte, sources: ["side"]),
    ],
    education: Some((
        doctor_route: ["vg1", "vg23", "opptak", "bachelor"],
        study: (name: "Medisinstudiet", months: Some(72)),
        authorisation: "Autorisasjon",
        lis1: [(name: "sykehus", months: Some(12)), (name: "kommune", months: Some(6))],
        lis2_lis3_min_months: 60,
        total_min_months: 78,
        lis2: [],
        approval: "Spesialistgodkjenning",
        sources: ["side"],
    )),
)"#;

fn check(text: &str, strictness: Strictness) -> Result<Vec<Problem>, DataError> {
    let f = load::parse_file(Path::new("t.ron"), text)?;
    let d = load::from_files(vec![f], strictness, Date::parse("2026-12-01").unwrap())?;
    Ok(d.warnings)
}

/// The errors for the bundled rules after replacing `from` with `to` in GOOD.
fn errors(from: &str, to: &str) -> Vec<String> {
    assert!(GOOD.contains(from), "fixture has no «{from}»");
    match check(&GOOD.replacen(from, to, 1), Strictness::Bundled) {
        Err(DataError::Invalid(p)) => p.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

fn has(errors: &[String], needle: &str) {
    assert!(
        errors.iter().any(|e| e.contains(needle)),
        "no «{needle}» in {errors:#?}"
    );
}

#[test]
fn the_worked_example_is_valid_under_the_bundled_rules() {
    assert_eq!(check(GOOD, Strictness::Bundled).unwrap(), Vec::new());
}

#[test]
fn a_missing_description_is_named() {
    let e = errors(
        r#"summary: "Pleier syke.", description: ["Om jobben."],"#,
        r#"summary: "Pleier syke.","#,
    );
    has(&e, "sykepleier.description: mangler beskrivelse");
}

#[test]
fn a_source_without_link_or_reading_date_is_named() {
    let e = errors(
        r#"url: Some("https://www.vilbli.no/"), retrieved: Some("2026-12-01")"#,
        "",
    );
    has(&e, "vilbli.url: mangler lenke");
    has(&e, "vilbli.retrieved: mangler datoen");
    let e = errors("https://www.vilbli.no/", "www.vilbli.no");
    has(&e, "vilbli.url: «www.vilbli.no» er ikke en lenke");
}

#[test]
fn a_malformed_review_date_is_named() {
    let e = errors(r#"date: "2021-04-27""#, r#"date: "2021-02-30""#);
    has(&e, "side.review.date: «2021-02-30» er ikke en dato");
}

#[test]
fn control_characters_in_any_text_are_refused() {
    let e = errors("Pleier syke.", "Pleier \\u{1b}]0;hei\\u{7} syke.");
    has(&e, "sykepleier.summary: inneholder styretegnet \\u{1b}");
    let e = errors("Tre år.", "Tre \\u{202e}år.");
    has(&e, "bachelor.text[0]: inneholder styretegnet \\u{202e}");
}

#[test]
fn an_occupation_without_route_is_named_and_routes_must_resolve_in_order() {
    let e = errors(
        r#"route: Some((stages: ["vg1", "vg23", "opptak", "bachelor"]))"#,
        "",
    );
    has(&e, "sykepleier.route: mangler utdanningsløp");
    let e = errors(
        r#"["vg1", "vg23", "opptak", "bachelor"]))"#,
        r#"["vg1", "vg9"]))"#,
    );
    has(&e, "sykepleier.route.stages[1]: ukjent trinn «vg9»");
    let e = errors(
        r#"["vg1", "vg23", "opptak", "bachelor"]))"#,
        r#"["opptak", "vg1"]))"#,
    );
    has(
        &e,
        "sykepleier.route.stages[0]: løpet skal starte i videregående",
    );
    has(&e, "«vg1» (videregående) kommer etter opptak");
}

#[test]
fn programme_and_subject_names_come_from_the_closed_lists() {
    let e = errors(r#"subjects: ["Kjemi 1"],"#, r#"subjects: ["Kjemi 9"],"#);
    has(&e, "vg23.subjects: «Kjemi 9» står ikke");
    let e = errors(
        r#"programme: Some("Studiespesialisering"), text: ["Fellesfag."]"#,
        r#"programme: Some("Realfag"), text: ["Fellesfag."]"#,
    );
    has(&e, "vg1.programme: «Realfag» står ikke");
}

#[test]
fn every_relation_needs_its_evidence() {
    let e = errors(
        r#"evidence: [Quote(source: "side", quote: "samarbeider med barnelege")]"#,
        "",
    );
    has(&e, "jordmor.related[1]: «WorksWith» trenger et sitat");
    let e = errors(r#""bachelor", "master"]))"#, r#""master"]))"#);
    has(
        &e,
        "RouteBuildsOn: løpet mangler trinnene til «sykepleier»: bachelor",
    );
    let e = errors("kind: SpecialisationOf", "kind: SameGroup");
    has(&e, "jordmor.related[0]: «SameGroup» avledes av programmet");
}

#[test]
fn own_data_files_get_warnings_for_merely_missing_fields() {
    let text = GOOD.replacen(
        r#"summary: "Pleier syke.", description: ["Om jobben."],"#,
        r#"summary: "Pleier syke.","#,
        1,
    );
    let warnings = check(&text, Strictness::Own).expect("loads with a warning");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].severity, Severity::Warning);
    assert_eq!(
        warnings[0].to_string(),
        "advarsel: sykepleier.description: mangler beskrivelse"
    );
    // A control character is never merely missing: it stops an own file too.
    let text = GOOD.replacen("Pleier syke.", "Pleier \\u{9b}2J syke.", 1);
    assert!(matches!(
        check(&text, Strictness::Own),
        Err(DataError::Invalid(_))
    ));
}
