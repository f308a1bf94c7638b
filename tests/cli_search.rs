//! `yrke search`: exit codes, plain lines, the JSON shape and the did-you-mean hint.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn yrke() -> Command {
    let mut c = Command::cargo_bin("yrke").expect("the yrke binary is built");
    c.env_remove("NO_COLOR")
        .env("TERM", "dumb")
        .env("YRKE_SPRAK", "nb");
    c
}

#[test]
fn hits_exit_0_with_one_line_each() {
    let out = yrke()
        .args(["search", "røntgenlege"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let first = text.lines().next().unwrap_or_default();
    assert!(first.starts_with("Radiolog "), "{text}");
    assert!(first.contains("yrke"), "{first}");
    assert!(first.contains("annet navn: «røntgenlege»"), "{first}");
    // Never colour into a pipe, even when asked.
    yrke()
        .args(["search", "radiolog", "--color", "always"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\x1b[").not())
        .stdout(predicate::str::contains("Radiologi"))
        .stdout(predicate::str::contains("spesialitet"));
}

#[test]
fn json_is_an_array_of_hits_best_first() {
    let out = yrke()
        .args(["search", "radiolog", "--json", "--limit", "3"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).expect("valid JSON");
    let hits = v.as_array().expect("an array");
    assert!(!hits.is_empty() && hits.len() <= 3, "{v}");
    assert_eq!(hits[0]["id"], "radiolog");
    assert_eq!(hits[0]["name"], "Radiolog");
    assert_eq!(hits[0]["kind"], "occupation");
    assert_eq!(hits[0]["field"], "name");
    for h in hits {
        assert!(h["id"].is_string() && h["name"].is_string() && h["field"].is_string());
        assert!(matches!(
            h["kind"].as_str(),
            Some("occupation" | "specialty")
        ));
        assert!(h["score"].is_i64());
        assert!(h["positions"].is_array());
    }
    let scores: Vec<i64> = hits.iter().filter_map(|h| h["score"].as_i64()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(hits.iter().any(|h| h["kind"] == "specialty"));
}

#[test]
fn codes_and_old_names_say_why() {
    yrke()
        .args(["search", "763239", "--json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"id\": \"radiologi\""))
        .stdout(predicate::str::contains("\"field\": \"code\""));
    yrke()
        .args(["search", "yrkesmedisin"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("Arbeidsmedisin"))
        .stdout(predicate::str::contains("tidligere navn: «Yrkesmedisin»"));
}

#[test]
fn nothing_found_exits_1_with_a_hint() {
    yrke()
        .args(["search", "kqrdjolgo"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("Ingen treff for «kqrdjolgo»"))
        .stderr(predicate::str::contains("Mente du «Kardiolog»?"));
    yrke()
        .args(["search", "qqqqqqqq", "--json"])
        .assert()
        .code(1)
        .stdout("[]\n")
        .stderr(predicate::str::contains("Ingen treff"));
}

#[test]
fn bad_usage_exits_2() {
    yrke().args(["search"]).assert().code(2);
    yrke().args(["search", "  "]).assert().code(2).stdout("");
    yrke()
        .args(["search", "lege", "--limit", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--limit"));
    yrke()
        .args(["search", "lege", "--limit", "mange"])
        .assert()
        .code(2);
}
