//! The catalogues as a whole: every text exists in both standards, nynorsk is not bokmål
//! copied over (unless reviewed), both have the same `{holes}`, and nynorsk is spelt right.
//!
//! Reviewed lists live in `tests/lang/`: `same-in-both.txt` (texts that are rightly the same
//! in both standards) and `nn-allow.txt` (words hunspell's nn_NO dictionary doesn't know:
//! key names, abbreviations, commands).

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use yrke::lang::{all, placeholders};

fn list(path: &str) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_text_exists_in_both_standards() {
    for (key, nb, nn) in all() {
        assert!(!nb.trim().is_empty(), "{key}: bokmål is empty");
        assert!(!nn.trim().is_empty(), "{key}: nynorsk is empty");
    }
}

#[test]
fn both_standards_have_the_same_holes() {
    for (key, nb, nn) in all() {
        assert_eq!(placeholders(nb), placeholders(nn), "{key}");
    }
}

#[test]
fn nynorsk_differs_from_bokmal_unless_reviewed() {
    let reviewed = list("tests/lang/same-in-both.txt");
    let texts = all();
    let same: BTreeSet<String> = texts
        .iter()
        .filter(|(_, nb, nn)| nb == nn)
        .map(|(k, _, _)| k.clone())
        .collect();
    let unreviewed: Vec<_> = same.difference(&reviewed).collect();
    assert!(
        unreviewed.is_empty(),
        "nynorsk identical to bokmål, not on tests/lang/same-in-both.txt: {unreviewed:?}"
    );
    // A stale line would let a later copy slip through unreviewed.
    let keys: BTreeSet<String> = texts.iter().map(|(k, _, _)| k.clone()).collect();
    let stale: Vec<_> = reviewed
        .iter()
        .filter(|k| !same.contains(*k) || !keys.contains(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "on same-in-both.txt but not identical (or gone): {stale:?}"
    );
}

/// The words of a text hunspell should see: holes and commands in «yrke …» left out.
fn words_of(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = rest[open..].split_once('}').map_or("", |(_, r)| r);
    }
    out.push_str(rest);
    out.replace(['\r', '\n'], " ")
}

#[test]
fn nynorsk_is_spelt_right() {
    let dict = std::path::Path::new("/usr/share/hunspell/nn_NO.dic");
    let have = Command::new("hunspell").arg("-v").output().is_ok() && dict.exists();
    if !have {
        // CI installs hunspell and hunspell-no and says so (.ci/run); a developer without
        // them is told how to get them.
        assert!(
            std::env::var_os("YRKE_REQUIRE_HUNSPELL").is_none(),
            "hunspell and hunspell-no are required here (YRKE_REQUIRE_HUNSPELL is set)"
        );
        eprintln!("hunspell or nn_NO missing: apt-get install hunspell hunspell-no");
        return;
    }
    let allow = list("tests/lang/nn-allow.txt");
    let mut child = Command::new("hunspell")
        .args(["-d", "nn_NO", "-l", "-i", "UTF-8"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run hunspell");
    let mut input = String::new();
    for (_, _, nn) in all() {
        input.push_str(&words_of(nn));
        input.push('\n');
    }
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("hunspell output");
    writer.join().unwrap().unwrap();
    let unknown: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .filter(|w| !allow.contains(w))
        .collect();
    assert!(
        unknown.is_empty(),
        "words nn_NO doesn't know (fix them, or add to tests/lang/nn-allow.txt after review): {unknown:?}"
    );
}
