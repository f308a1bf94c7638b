//! Broken data files give positioned, named errors and exit 2; no file content panics.

use std::path::Path;

use assert_cmd::Command;
use proptest::prelude::*;
use yrke::dataset::{self, load};
use yrke::error::{DataError, Problem};

const MINIMAL: &str = r#"(
    sources: [(id: "kilde", title: "T", publisher: "P")],
    occupations: [
        (id: "lege", name: "Lege", summary: "Behandler syke.", sources: ["kilde"],
         related: [(id: "sykepleier", kind: WorksWith)]),
        (id: "sykepleier", name: "Sykepleier", summary: "Pleier syke.", sources: ["kilde"]),
    ],
    education: Some((
        study: (name: "Medisinstudiet", months: Some(72)),
        authorisation: "Autorisasjon",
        lis1: [(name: "sykehus", months: Some(12)), (name: "kommune", months: Some(6))],
        lis2_lis3_min_months: 60,
        total_min_months: 78,
        lis2: [],
        approval: "Spesialistgodkjenning",
        sources: ["kilde"],
    )),
)"#;

fn parse(text: &str) -> Result<yrke::dataset::Dataset, DataError> {
    let f = load::parse_file(Path::new("test.ron"), text)?;
    load::from_files(
        vec![f],
        dataset::Strictness::Own,
        dataset::Date::parse("2026-12-01").unwrap(),
    )
}

fn problems(text: &str) -> Vec<Problem> {
    match parse(text) {
        Err(DataError::Invalid(p)) => p,
        other => panic!("expected semantic problems, got {other:?}"),
    }
}

#[test]
fn minimal_file_is_valid() {
    let d = parse(MINIMAL).unwrap();
    assert_eq!(d.occupations.len(), 2);
}

#[test]
fn syntax_error_points_at_line_and_column() {
    // Line 4 loses the comma after `name: "Lege"`.
    let broken = MINIMAL.replacen(r#"name: "Lege","#, r#"name: "Lege""#, 1);
    let err = parse(&broken).unwrap_err();
    let DataError::Syntax { line, col, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*line, 4);
    assert!(*col > 30, "column {col} should be after the name");
    let msg = err.to_string();
    assert!(msg.starts_with("test.ron:4:"), "{msg}");
    assert!(msg.to_lowercase().contains("expected"), "{msg}");
}

#[test]
fn unknown_field_is_an_error_with_position() {
    let broken = MINIMAL.replacen("summary: \"Pleier syke.\"", "sumary: \"Pleier syke.\"", 1);
    let msg = parse(&broken).unwrap_err().to_string();
    assert!(msg.starts_with("test.ron:6:"), "{msg}");
    assert!(msg.contains("sumary"), "{msg}");
}

#[test]
fn dangling_reference_is_named() {
    let broken = MINIMAL.replacen(r#"(id: "sykepleier", kind"#, r#"(id: "jordmor", kind"#, 1);
    let p = problems(&broken);
    assert!(
        p.iter()
            .any(|p| p.entry == "lege" && p.field == "related[0]" && p.message.contains("jordmor")),
        "{p:?}"
    );
}

#[test]
fn duplicate_id_is_named_and_all_problems_reported_together() {
    let broken = MINIMAL
        .replacen(r#"(id: "sykepleier", name"#, r#"(id: "lege", name"#, 1)
        .replacen("months: Some(6)", "months: Some(7)", 1);
    let p = problems(&broken);
    assert!(
        p.iter().any(|p| p.entry == "lege" && p.field == "id"),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|p| p.entry == "education" && p.field == "total_min_months"),
        "durations that do not add up: {p:?}"
    );
}

#[test]
fn malformed_codes_and_empty_fields_are_named() {
    let broken = MINIMAL.replacen(
        r#"summary: "Behandler syke.","#,
        r#"summary: " ", occupation_codes: [(code: "22211", title: "LEGE")], education_codes: [(code: "7631011", title: "X")],"#,
        1,
    );
    let p = problems(&broken);
    for field in ["summary", "occupation_codes", "education_codes"] {
        assert!(
            p.iter().any(|p| p.entry == "lege" && p.field == field),
            "{field}: {p:?}"
        );
    }
}

#[test]
fn validate_command_exits_2_with_the_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skole.ron");
    std::fs::write(&path, MINIMAL.replacen("lis2: [],", "lis2: [,", 1)).unwrap();
    let out = Command::cargo_bin("yrke")
        .unwrap()
        .args(["validate", "--data"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skole.ron:14:16: Expected"), "{err}");
}

#[test]
fn validate_command_summarises_the_bundled_data() {
    let out = Command::cargo_bin("yrke")
        .unwrap()
        .arg("validate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.starts_with("ok: ") && s.contains("46 spesialiteter"),
        "{s}"
    );
    // The bundled data is held to the content rules: nothing merely missing either.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn validate_command_accepts_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.ron"), MINIMAL).unwrap();
    let out = Command::cargo_bin("yrke")
        .unwrap()
        .args(["validate", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// All bundled files concatenated into one valid file, to mutate.
fn bundled_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(build_bundled_text)
}

fn build_bundled_text() -> String {
    // One entry file with its route's stages, the shared sources and the education rules:
    // every kind of value the format has, small enough to mutate hundreds of times.
    let d = dataset::bundled().unwrap();
    let stages: Vec<_> = d.route("jordmor").into_iter().cloned().collect();
    let occupations = vec![d.occupation("jordmor").unwrap().clone()];
    let file = yrke::dataset::DataFile {
        sources: d.sources.clone(),
        occupations,
        stages,
        education: Some(d.education.clone()),
        ..Default::default()
    };
    ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Deleting, duplicating or replacing any stretch of a valid file gives Ok or an error,
    /// never a panic.
    #[test]
    fn no_mutation_panics(start in 0.0f64..1.0, len in 0usize..40, op in 0u8..3, junk in "[\\x00-\\x7f\u{e6}\u{f8}\u{e5}\"()\\[\\],:]{0,8}") {
        let text = bundled_text();
        let chars: Vec<char> = text.chars().collect();
        let at = ((chars.len() as f64) * start) as usize;
        let end = (at + len).min(chars.len());
        let mut out: String = chars[..at].iter().collect();
        match op {
            0 => {}
            // Duplicate: the stretch appears twice.
            1 => out.extend(&chars[at..end]),
            _ => out.push_str(&junk),
        }
        out.extend(&chars[end..]);
        let _ = parse(&out);
    }
}
