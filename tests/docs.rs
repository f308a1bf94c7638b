//! The documentation stays whole and navigable: every heading of the old one-page README
//! still has a home in README.md or docs/, every relative Markdown link points at a file that
//! exists (and a heading that exists, where it names one), every test file is described in
//! docs/utvikling.md, and the README stays a front page with the two commands that work on a
//! fresh machine on its first screen.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Every heading of README.md before it was split into docs/ (`grep '^#' README.md`, without
/// the two comment lines inside the systemd unit), with the file and heading it lives under now.
const MOVED: &[(&str, &str, &str)] = &[
    ("# yrke", "README.md", "yrke"),
    ("## Innhold", "README.md", "Innhold"),
    ("## Utforskeren", "docs/bruk.md", "Utforskeren"),
    (
        "### 120×40 (søk «anest», Enter)",
        "docs/bruk.md",
        "120×40 (søk «anest», Enter)",
    ),
    ("### Taster", "docs/taster.md", "Taster"),
    ("## Søk", "docs/bruk.md", "Søk"),
    (
        "## Ren tekst: for rør, utskrift og skjermlesere",
        "docs/bruk.md",
        "Ren tekst: for rør, utskrift og skjermlesere",
    ),
    (
        "### Skallfullføring og man-sider",
        "docs/skoleserver.md",
        "Skallfullføring og man-sider",
    ),
    ("## Terminalen", "docs/skoleserver.md", "Terminalen"),
    (
        "## Kjøre på en skoleserver",
        "docs/skoleserver.md",
        "Kjøre på en skoleserver",
    ),
    ("### Installere", "docs/skoleserver.md", "Installere"),
    (
        "### En egen konto som bare kjører yrke",
        "docs/skoleserver.md",
        "En egen konto som bare kjører yrke",
    ),
    (
        "### Hva som er prøvd, og hvordan",
        "docs/skoleserver.md",
        "Hva som er prøvd, og hvordan",
    ),
    (
        "## Hele klassen over SSH: `yrke serve`",
        "docs/skoleserver.md",
        "Hele klassen over SSH: `yrke serve`",
    ),
    (
        "### Dette skriver elevene",
        "docs/skoleserver.md",
        "Dette skriver elevene",
    ),
    ("### Brannmur", "docs/skoleserver.md", "Brannmur"),
    (
        "### Som systemd-tjeneste",
        "docs/skoleserver.md",
        "Som systemd-tjeneste",
    ),
    ("### Ytelse", "docs/skoleserver.md", "Ytelse"),
    ("## Datasettet", "docs/datasett.md", "Datasettet"),
    ("### Egne datafiler", "docs/datasett.md", "Egne datafiler"),
    ("## Utvikling", "docs/utvikling.md", "Utvikling"),
    ("## Målinger", "docs/malinger.md", "Målinger"),
    ("### Søk", "docs/malinger.md", "Søk"),
    (
        "### Datasett og søkeindeks",
        "docs/malinger.md",
        "Datasett og søkeindeks",
    ),
    ("### Båndbredde", "docs/malinger.md", "Båndbredde"),
    (
        "### Oppstart og fotavtrykk (binærfilen)",
        "docs/malinger.md",
        "Oppstart og fotavtrykk (binærfilen)",
    ),
    (
        "### Tester i en ekte pseudoterminal",
        "docs/utvikling.md",
        "Tester i en ekte pseudoterminal",
    ),
];

/// The longest README.md may get, and how much of it is its first screen.
const README_MAX_LINES: usize = 160;
const FIRST_SCREEN: usize = 40;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// README.md, ARCHITECTURE.md and every docs/*.md, sorted.
fn markdown_files() -> Vec<PathBuf> {
    let root = root();
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|e| e.expect("docs/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// Lines outside fenced code blocks (``` or ~~~), with their line numbers (from 1).
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut fence: Option<&str> = None;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        match fence {
            Some(f) if t.starts_with(f) => fence = None,
            Some(_) => {}
            None if t.starts_with("```") => fence = Some("```"),
            None if t.starts_with("~~~") => fence = Some("~~~"),
            None => out.push((i + 1, line)),
        }
    }
    out
}

/// The text of every ATX heading (`# …` to `###### …`) outside code blocks.
fn headings(text: &str) -> Vec<String> {
    prose_lines(text)
        .into_iter()
        .filter_map(|(_, line)| {
            let hashes = line.chars().take_while(|&c| c == '#').count();
            let rest = &line[hashes..];
            ((1..=6).contains(&hashes) && rest.starts_with(' '))
                .then(|| rest.trim().trim_end_matches('#').trim().to_string())
        })
        .collect()
}

/// GitHub's anchor for a heading: lower case, every character that is not a letter, digit,
/// `_`, `-` or space dropped, spaces to `-`; a repeated anchor gets `-1`, `-2` ….
fn anchors(text: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    for h in headings(text) {
        let base: String = h
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '))
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut slug = base.clone();
        let mut n = 0;
        while seen.contains(&slug) {
            n += 1;
            slug = format!("{base}-{n}");
        }
        seen.insert(slug);
    }
    seen
}

/// A line without its inline code spans, so `[x](y)` inside backticks is not a link.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        out.push_str(&rest[..start]);
        let ticks = rest[start..].chars().take_while(|&c| c == '`').count();
        let after = &rest[start + ticks..];
        match after.find(&"`".repeat(ticks)) {
            Some(end) => rest = &after[end + ticks..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Inline link targets `[text](target)` and `![alt](target)` outside code, with line numbers.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in prose_lines(text) {
        let line = without_code_spans(line);
        let mut rest = line.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let Some(end) = after.find(')') else { break };
            let target = after[..end]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_start_matches('<')
                .trim_end_matches('>');
            out.push((n, target.to_string()));
            rest = &after[end..];
        }
    }
    out
}

fn is_external(target: &str) -> bool {
    target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:")
}

#[test]
fn every_heading_of_the_old_readme_has_a_home() {
    let mut missing = Vec::new();
    for (old, file, now) in MOVED {
        let text = read(&root().join(file));
        if !headings(&text).iter().any(|h| h == now) {
            missing.push(format!("«{old}» should be the heading «{now}» in {file}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn relative_links_point_at_files_that_exist() {
    let mut broken = Vec::new();
    for file in markdown_files() {
        let text = read(&file);
        let dir = file.parent().expect("a file has a folder");
        for (line, target) in links(&text) {
            if target.is_empty() || is_external(&target) || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap_or("");
            if !dir.join(path).exists() {
                broken.push(format!("{}:{line}: {target}", file.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links to missing files:\n{}",
        broken.join("\n")
    );
}

#[test]
fn anchors_in_links_name_a_heading() {
    let mut broken = Vec::new();
    for file in markdown_files() {
        let text = read(&file);
        let dir = file.parent().expect("a file has a folder");
        for (line, target) in links(&text) {
            if is_external(&target) {
                continue;
            }
            let Some((path, anchor)) = target.split_once('#') else {
                continue;
            };
            let linked = if path.is_empty() {
                file.clone()
            } else {
                dir.join(path)
            };
            if anchor.is_empty() || linked.extension().is_none_or(|x| x != "md") {
                continue;
            }
            let Ok(linked_text) = fs::read_to_string(&linked) else {
                continue; // a missing file is the other test's failure
            };
            if !anchors(&linked_text).contains(anchor) {
                broken.push(format!("{}:{line}: {target}", file.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "anchors with no such heading:\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_test_file_is_listed_in_the_development_guide() {
    let guide = read(&root().join("docs/utvikling.md"));
    let mut missing: Vec<String> = fs::read_dir(root().join("tests"))
        .expect("tests/ exists")
        .map(|e| e.expect("tests/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| format!("tests/{}", p.file_name().unwrap().to_string_lossy()))
        .filter(|name| !guide.contains(&format!("`{name}`")))
        .collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "say what these cover in docs/utvikling.md (## Tester): {}",
        missing.join(", ")
    );
}

#[test]
fn the_readme_is_a_front_page_with_the_two_commands_first() {
    let text = read(&root().join("README.md"));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines.len() <= README_MAX_LINES,
        "README.md has {} lines; at most {README_MAX_LINES} (the rest belongs in docs/)",
        lines.len()
    );
    let first = lines[..lines.len().min(FIRST_SCREEN)].join("\n");
    for command in ["cargo run --release", "cargo test"] {
        assert!(
            first.contains(command),
            "`{command}` is not in the first {FIRST_SCREEN} lines of README.md"
        );
    }
}

#[test]
fn the_checks_see_what_they_should() {
    let md = "# A title\n\n```sh\n# not a heading [x](nowhere.md)\n```\n\
              ## Hele klassen over SSH: `yrke serve`\n\
              See [a](docs/x.md#y), `[b](code.md)`, ![c](img.png \"t\") and [d](https://e.no).\n\
              ### 120×40 (søk «anest», Enter)\n## A title\n";
    assert_eq!(
        headings(md),
        [
            "A title",
            "Hele klassen over SSH: `yrke serve`",
            "120×40 (søk «anest», Enter)",
            "A title"
        ]
    );
    let a = anchors(md);
    for slug in [
        "a-title",
        "a-title-1",
        "hele-klassen-over-ssh-yrke-serve",
        "12040-søk-anest-enter",
    ] {
        assert!(a.contains(slug), "{slug} not in {a:?}");
    }
    let targets: Vec<String> = links(md).into_iter().map(|(_, t)| t).collect();
    assert_eq!(targets, ["docs/x.md#y", "img.png", "https://e.no"]);
}
