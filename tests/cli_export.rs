//! For the counsellor's desk: every command in text, Markdown and JSON; text that fits the
//! width asked for; compare side by side; Markdown a real parser reads as a table whose links
//! are the sources' own addresses.

use assert_cmd::Command;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

struct Run {
    code: Option<i32>,
    out: String,
    err: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::cargo_bin("yrke")
        .unwrap()
        .args(args)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .env("YRKE_SPRAK", "nb")
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Lines wider than `w`, except a line that is one unbroken address (never split).
fn too_wide(text: &str, w: usize) -> Vec<&str> {
    text.lines()
        .filter(|l| l.width() > w)
        .filter(|l| {
            !l.trim()
                .trim_start_matches("- ")
                .split_whitespace()
                .all(|t| t.contains("://"))
        })
        .collect()
}

#[test]
fn every_command_takes_every_format() {
    for cmd in [
        vec!["show", "jordmor"],
        vec!["timeline", "jordmor"],
        vec!["related", "jordmor"],
        vec!["compare", "jordmor", "sykepleier"],
        vec!["search", "jordmor"],
        vec!["list", "--kind", "occupation"],
    ] {
        for format in ["text", "markdown", "json"] {
            let mut args = cmd.clone();
            args.extend(["--format", format]);
            let r = run(&args);
            assert_eq!(r.code, Some(0), "{args:?}: {}", r.err);
            assert!(!r.out.trim().is_empty(), "{args:?}");
            if format == "json" {
                serde_json::from_str::<serde_json::Value>(&r.out)
                    .unwrap_or_else(|e| panic!("{args:?}: {e}\n{}", r.out));
            }
        }
        // --json stays as the short form.
        let mut args = cmd.clone();
        args.push("--json");
        assert_eq!(run(&args).code, Some(0), "{args:?}");
    }
}

#[test]
fn text_fits_the_width_from_the_flag_or_columns() {
    for cmd in [
        vec!["show", "lege"],
        vec!["timeline", "kardiolog"],
        vec!["related", "lege"],
        vec!["compare", "anestesilege", "sykepleier", "radiograf"],
    ] {
        let mut args = cmd.clone();
        args.extend(["--width", "60"]);
        let r = run(&args);
        assert_eq!(r.code, Some(0));
        let wide = too_wide(&r.out, 60);
        assert!(wide.is_empty(), "{args:?}: {wide:#?}");
    }
    let out = Command::cargo_bin("yrke")
        .unwrap()
        .args(["show", "sykepleier"])
        .env("COLUMNS", "50")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(too_wide(&text, 50).is_empty(), "$COLUMNS=50:\n{text}");
}

#[test]
fn markdown_is_never_hard_wrapped() {
    let r = run(&["show", "lege", "--format", "markdown", "--width", "40"]);
    assert!(
        r.out.lines().any(|l| l.width() > 40),
        "Markdown keeps its lines whole"
    );
}

#[test]
fn compare_side_by_side_when_there_is_room_and_stacked_when_not() {
    let wide = run(&[
        "compare",
        "anestesilege",
        "sykepleier",
        "radiograf",
        "--width",
        "120",
    ]);
    assert_eq!(wide.code, Some(0));
    let head = wide.out.lines().next().unwrap();
    for name in ["Anestesilege", "Sykepleier", "Radiograf"] {
        assert!(head.contains(name), "{head}");
    }
    let narrow = run(&[
        "compare",
        "anestesilege",
        "sykepleier",
        "radiograf",
        "--width",
        "60",
    ]);
    let heads: Vec<&str> = narrow
        .out
        .lines()
        .filter(|l| l.ends_with("(yrke)"))
        .collect();
    assert_eq!(heads.len(), 3, "stacked:\n{}", narrow.out);
    insta::assert_snapshot!("compare_text_120", wide.out);
    insta::assert_snapshot!(
        "compare_markdown",
        run(&[
            "compare",
            "anestesilege",
            "sykepleier",
            "radiograf",
            "--format",
            "markdown"
        ])
        .out
    );
}

#[test]
fn compare_needs_two_to_four_known_entries() {
    let one = run(&["compare", "lege"]);
    assert_eq!(one.code, Some(2), "{}", one.err);
    let five = run(&[
        "compare",
        "lege",
        "jordmor",
        "psykolog",
        "tannlege",
        "sykepleier",
    ]);
    assert_eq!(five.code, Some(2));
    let unknown = run(&["compare", "lege", "xyzzyq"]);
    assert_eq!(unknown.code, Some(1));
    assert!(unknown.err.contains("xyzzyq"), "{}", unknown.err);
}

/// The Markdown of compare parsed by a real parser: one table, N+1 columns, and every link
/// the address of a source in the data (form only: CI has no network).
#[test]
fn compare_markdown_is_a_table_whose_links_are_the_sources() {
    let r = run(&[
        "compare", "jordmor", "psykolog", "tannlege", "--format", "markdown",
    ]);
    let parser = Parser::new_ext(&r.out, Options::ENABLE_TABLES);
    let mut tables = 0;
    let mut head_cells = 0;
    let mut in_head = false;
    let mut links = Vec::new();
    for ev in parser {
        match ev {
            Event::Start(Tag::Table(aligns)) => {
                tables += 1;
                assert_eq!(aligns.len(), 4);
            }
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableCell) if in_head => head_cells += 1,
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            _ => {}
        }
    }
    assert_eq!((tables, head_cells), (1, 4), "{}", r.out);
    assert!(!links.is_empty());
    let data = yrke::dataset::bundled().unwrap();
    let known: Vec<String> = data.sources.iter().filter_map(|s| s.link()).collect();
    for l in links {
        assert!(l.starts_with("https://") || l.starts_with("http://"), "{l}");
        assert!(known.contains(&l), "{l} is no source's address");
    }
}

#[test]
fn show_markdown_has_the_route_related_and_links_and_takes_several_entries() {
    let r = run(&["show", "jordmor", "psykolog", "--format", "markdown"]);
    assert_eq!(r.code, Some(0));
    for s in [
        "# Jordmor (yrke)",
        "# Psykolog (yrke)",
        "## Veien dit fra Vg1",
        "## Beslektede yrker og spesialiteter",
        "## Kilder",
        "https://utdanning.no/yrker/beskrivelse/jordmor",
    ] {
        assert!(r.out.contains(s), "{s} missing");
    }
    assert!(
        !r.out.contains("yrke timeline"),
        "the route itself, not a command to run"
    );
    let json = run(&["show", "jordmor", "psykolog", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.out).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2));
}
