//! The plain commands as a script or a counsellor meets them: `yrke show`, `list`, `timeline`
//! and `related` run as a real process with stdout in a pipe; output, format, exit code and
//! stderr checked, and the two pages counsellors print most kept as snapshots.

use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use unicode_width::UnicodeWidthStr;

fn yrke() -> Command {
    let mut c = Command::new(cargo_bin!("yrke"));
    // The environment of whoever runs the tests must not change the output.
    // Bokmål, whatever the locale says (nynorsk is in tests/cli_nn.rs).
    c.env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .env("YRKE_SPRAK", "nb");
    c
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn run(args: &[&str]) -> Run {
    let o = yrke().args(args).output().expect("yrke runs");
    Run {
        code: o.status.code().expect("exit code"),
        out: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        err: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
    }
}

fn assert_plain(s: &str) {
    assert!(!s.contains('\x1b'), "escape code in piped output:\n{s}");
    for c in ['─', '│', '┌', '┐', '└', '┘', '├', '┤', '═', '║', '█', '▏'] {
        assert!(!s.contains(c), "box drawing {c:?} in plain output:\n{s}");
    }
}

/// Lines fit in 80 columns, except single words too long for any line (addresses).
fn assert_fits_80(s: &str) {
    for line in s.lines() {
        if line.width() > 80 {
            assert!(
                !line.trim().contains(' '),
                "line over 80 columns: {line:?} ({})",
                line.width()
            );
        }
    }
}

#[test]
fn show_radiolog_as_text() {
    let r = run(&["show", "radiolog"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.is_empty(), "{}", r.err);
    assert_plain(&r.out);
    assert_fits_80(&r.out);
    insta::assert_snapshot!("show_radiolog", r.out);
}

#[test]
fn show_finds_an_entry_by_another_name() {
    let by_synonym = run(&["show", "røntgenlege"]);
    assert_eq!(by_synonym.code, 0);
    assert_eq!(by_synonym.out, run(&["show", "radiolog"]).out);
}

#[test]
fn show_lists_sections_in_reading_order() {
    let out = run(&["show", "anestesilege"]).out;
    let order = [
        "Anestesilege (yrke)",
        "Hva jobben går ut på",
        "Arbeidsoppgaver",
        "Anestesi:",
        "Intensivmedisin:",
        "Akuttmedisin:",
        "Smertebehandling:",
        "Hvem du hjelper",
        "Hvor du jobber",
        "Hvem du jobber med",
        "Egenskaper",
        "Veien dit fra Vg1",
        "Vg1 studiespesialisering",
        "Profesjonsstudiet i medisin",
        "Etter LIS1 følger spesialiseringen i anestesiologi",
        "Koder",
        "Beslektede yrker og spesialiteter",
        "Kilder",
        "kvalitetssikret av Norsk anestesiologisk forening",
        "Perspektiv",
        "Tap av mening i legeyrket",
    ];
    let mut at = 0;
    for h in order {
        let i = out[at..]
            .find(h)
            .unwrap_or_else(|| panic!("{h:?} missing or out of order:\n{out}"));
        at += i + h.len();
    }
}

#[test]
fn show_nothing_found_exits_1() {
    let r = run(&["show", "xyzzy"]);
    assert_eq!(r.code, 1);
    assert!(r.out.is_empty(), "{}", r.out);
    assert!(
        r.err.starts_with("yrke: fant ingenting for «xyzzy»."),
        "{}",
        r.err
    );
}

#[test]
fn show_nothing_found_suggests_close_names() {
    // A misspelling the search does not find but the suggester does; which one that is
    // depends on the search, so ask it rather than hard-code one.
    let data = yrke::dataset::bundled().unwrap();
    let index = yrke::search::Index::new(&data);
    let (q, names) = [
        "kirrurgx",
        "radiologgxx",
        "anestesilegexx",
        "kardiologxx",
        "nevrologxx",
    ]
    .into_iter()
    .map(|q| (q, index.suggest(q, 3)))
    .find(|(q, s)| index.search(q, 1).is_empty() && !s.is_empty())
    .expect("one of the misspellings finds nothing but has suggestions");
    let r = run(&["show", q]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("Mente du: "), "{}", r.err);
    for n in &names {
        assert!(r.err.contains(n.as_str()), "{n} missing: {}", r.err);
    }
}

#[test]
fn show_empty_query_is_a_usage_error() {
    let r = run(&["show", " "]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty());
    assert!(r.err.starts_with("yrke: "), "{}", r.err);
}

#[test]
fn show_markdown_has_headings_and_lists() {
    let r = run(&["show", "radiolog", "--format", "markdown"]);
    assert_eq!(r.code, 0);
    assert_plain(&r.out);
    assert!(r.out.starts_with("# Radiolog (yrke)\n"), "{}", r.out);
    for s in [
        "\n## Arbeidsoppgaver\n",
        "\n### Undersøkelser\n",
        "\n- mammografi\n",
        "\n## Veien dit fra Vg1\n",
        "\n## Kilder\n",
        "kvalitetssikret av Norsk radiologisk forening 10. april 2019",
        "(sist gjennomgått 2019)",
    ] {
        assert!(r.out.contains(s), "{s:?} missing:\n{}", r.out);
    }
}

#[test]
fn show_json_has_every_field_of_the_entry() {
    let r = run(&["show", "radiolog", "--format", "json"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("valid JSON");
    assert_eq!(v["kind"], "occupation");
    assert_eq!(v["id"], "radiolog");
    for field in [
        "name",
        "synonyms",
        "summary",
        "description",
        "tasks",
        "workplaces",
        "qualities",
        "works_with",
        "specialty",
        "occupation_codes",
        "education_codes",
        "related",
        "articles",
        "sources",
        "route_stages",
        "source_pages",
        "relations",
    ] {
        assert!(v.get(field).is_some(), "{field} missing");
    }
    let spec: serde_json::Value =
        serde_json::from_str(&run(&["show", "radiologi", "--format", "json"]).out).unwrap();
    assert_eq!(spec["kind"], "specialty");
    assert_eq!(spec["group"], "Direkte");
}

#[test]
fn show_bad_format_is_a_usage_error_in_bokmal() {
    let r = run(&["show", "radiolog", "--format", "pdf"]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty());
    assert!(r.err.contains("er ikke en gyldig verdi"), "{}", r.err);
    assert!(r.err.contains("Bruk: yrke show"), "{}", r.err);
}

#[test]
fn list_is_one_per_line_in_norwegian_order() {
    let r = run(&["list"]);
    assert_eq!(r.code, 0);
    assert_plain(&r.out);
    let lines: Vec<&str> = r.out.lines().collect();
    assert!(lines.len() > 46, "{} lines", lines.len());
    for l in &lines {
        assert!(
            l.ends_with(" (yrke)") || l.ends_with(" (spesialitet)"),
            "{l:?}"
        );
    }
    let names: Vec<&str> = lines
        .iter()
        .map(|l| l.rsplit_once(" (").unwrap().0)
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| yrke::collate::cmp(a, b));
    assert_eq!(names, sorted);
}

#[test]
fn list_filters_by_kind_and_group() {
    let r = run(&["list", "--kind", "specialty", "--group", "fim"]);
    assert_eq!(r.code, 0);
    assert!(
        r.out.contains("Hjertesykdommer (spesialitet)\n"),
        "{}",
        r.out
    );
    assert!(!r.out.contains("Radiologi"), "{}", r.out);
    assert!(r.out.lines().all(|l| l.ends_with(" (spesialitet)")));

    let occ = run(&["list", "--kind", "yrke"]);
    assert_eq!(occ.code, 0);
    assert!(occ.out.lines().all(|l| l.ends_with(" (yrke)")));
}

#[test]
fn list_group_with_occupations_is_a_usage_error() {
    let r = run(&["list", "--kind", "occupation", "--group", "fim"]);
    assert_eq!(r.code, 2);
    assert!(r.out.is_empty());
    assert!(r.err.contains("--group"), "{}", r.err);
}

#[test]
fn list_json_is_an_array_of_entries() {
    let r = run(&["list", "--json", "--kind", "specialty"]);
    assert_eq!(r.code, 0);
    let v: Vec<serde_json::Value> = serde_json::from_str(&r.out).unwrap();
    assert!(v.len() >= 46);
    assert!(
        v.iter()
            .all(|e| e["kind"] == "specialty" && e["group"].is_string())
    );
}

#[test]
fn timeline_anestesiologi_chart_and_sentences() {
    let r = run(&["timeline", "anestesiologi"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_plain(&r.out);
    assert_fits_80(&r.out);
    // The chart itself is ASCII: from the year axis to the legend.
    let chart: String = r
        .out
        .lines()
        .skip_while(|l| !l.starts_with("År"))
        .skip(1)
        .take_while(|l| !l.starts_with("Tegnforklaring"))
        .collect();
    // Labels and durations are words ("6 år"); everything drawn is ASCII.
    let drawn: String = chart.chars().filter(|c| !c.is_alphabetic()).collect();
    assert!(drawn.is_ascii(), "{chart}");
    insta::assert_snapshot!("timeline_anestesiologi", r.out);
}

#[test]
fn timeline_of_an_occupation_is_its_specialtys() {
    let r = run(&["timeline", "kardiolog"]);
    assert_eq!(r.code, 0);
    assert!(r.out.starts_with("Utdanningsløp: Kardiolog"), "{}", r.out);
    assert!(
        r.out.contains("- år 0–1: Vg1 studiespesialisering"),
        "{}",
        r.out
    );
    assert!(
        r.out
            .contains("Etter LIS1: spesialiseringen i hjertesykdommer"),
        "{}",
        r.out
    );
    assert!(r.out.contains("LIS2 FIM + LIS3"), "{}", r.out);
}

#[test]
fn timeline_allmennmedisin_has_its_own_rules() {
    let r = run(&["timeline", "allmennmedisin"]);
    assert_eq!(r.code, 0);
    assert!(
        r.out.contains("Egne regler for allmennmedisin"),
        "{}",
        r.out
    );
    assert!(
        r.out
            .contains("- Åpen, uselektert allmennpraksis: minst 2 år, høyst 4,5 år"),
        "{}",
        r.out
    );
}

#[test]
fn timeline_of_a_vocational_job_starts_at_vg1_and_needs_no_doctor_path() {
    let r = run(&["timeline", "apotektekniker"]);
    assert_eq!(r.code, 0);
    assert!(r.out.contains("Apotektekniker (yrke)"), "{}", r.out);
    assert!(
        r.out.contains("- år 0–1: Vg1 helse- og oppvekstfag"),
        "{}",
        r.out
    );
    assert!(r.out.contains("Fra Vg1: 3 år"), "{}", r.out);
    assert!(!r.out.contains("LIS1"), "{}", r.out);
}

#[test]
fn related_gives_the_reason() {
    let r = run(&["related", "radiolog"]);
    assert_eq!(r.code, 0);
    assert_plain(&r.out);
    assert!(
        r.out
            .contains("- Radiograf (yrke): samarbeider i jobben. Radiografen tar de fleste"),
        "{}",
        r.out
    );
    let j = run(&["related", "radiolog", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&j.out).unwrap();
    let radiograf = v.iter().find(|e| e["id"] == "radiograf").unwrap();
    assert_eq!(radiograf["why"], "WorksWith");
    assert_eq!(radiograf["reason"], "samarbeider i jobben");
    assert!(
        radiograf["evidence"][0]
            .as_str()
            .unwrap()
            .contains("samarbeider tett med radiografer")
    );
}

#[test]
fn related_nothing_found_exits_1() {
    let r = run(&["related", "xyzzy"]);
    assert_eq!(r.code, 1);
    assert!(r.out.is_empty(), "{}", r.out);
    assert!(r.err.contains("fant ingenting"), "{}", r.err);
}

#[test]
fn no_escape_codes_into_a_pipe_whatever_the_flags() {
    for args in [
        vec!["show", "radiolog", "--color", "always"],
        vec!["timeline", "radiolog", "--color", "always"],
        vec!["related", "radiolog", "--color", "always"],
        vec!["list", "--color", "always"],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 0);
        assert_plain(&r.out);
    }
    let o = yrke()
        .env("NO_COLOR", "1")
        .args(["show", "radiolog"])
        .output()
        .unwrap();
    assert!(!o.stdout.contains(&0x1b));
}

#[test]
fn help_is_bokmal_and_exits_0() {
    for args in [
        vec!["--help"],
        vec!["show", "--help"],
        vec!["list", "-h"],
        vec!["timeline", "--help"],
        vec!["related", "--help"],
        vec!["help", "show"],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 0, "{args:?}");
        assert!(r.out.contains("Bruk: yrke"), "{args:?}:\n{}", r.out);
        assert!(!r.out.contains("Usage:"), "{args:?}:\n{}", r.out);
        assert!(!r.out.contains("Options:"), "{args:?}:\n{}", r.out);
    }
}

/// Run with stdout a pipe whose reading end is already closed, as after `| head -1` has
/// read its line: every write fails, deterministically.
fn closed_pipe(args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let o = StdCommand::new(cargo_bin!("yrke"))
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        o.status.code().expect("not killed by a signal"),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "anestesilege"],
        vec!["show", "radiolog", "--format", "json"],
        vec!["timeline", "allmennmedisin"],
        vec!["related", "lege"],
        vec!["--help"],
        vec!["show", "--help"],
    ] {
        let (code, err) = closed_pipe(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
