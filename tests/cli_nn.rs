//! The command line in nynorsk: `--sprak`, `YRKE_SPRAK` and the locale choose the standard
//! for help, parse errors and messages, in that order; a value yrke can't read is a usage
//! error. Run as a separate process, as a pupil would.

use assert_cmd::Command;
use predicates::prelude::*;

/// `yrke` with no language in its environment but what the test sets.
fn yrke() -> Command {
    let mut c = Command::cargo_bin("yrke").expect("the yrke binary is built");
    for v in ["YRKE_SPRAK", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c.env_remove("NO_COLOR")
        .env("TERM", "dumb")
        .env("COLUMNS", "100");
    c
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_in_nynorsk_with_sprak() {
    let h = stdout(yrke().args(["--sprak", "nn", "--help"]));
    for want in [
        "Utforsk yrke og legespesialitetar i terminalen.",
        "Bruk: yrke [VAL] [KOMMANDO]",
        "Kommandoar:",
        "Val:",
        "Samanlikn to til fire yrke eller spesialitetar side om side",
        "Berre ASCII-teikn i rammer og symbol",
        "Vis hjelp (-h kort, --help utfyllande)",
        "Døme:",
        "Avslutningskodar: 0 ok, 1 fann ingenting",
    ] {
        assert!(h.contains(want), "{want:?} missing:\n{h}");
    }
    for bokmal in ["Kommandoer:", "Valg:", "[VALG]", "ikke", "Eksempler:"] {
        assert!(!h.contains(bokmal), "{bokmal:?} in nynorsk help:\n{h}");
    }
}

#[test]
fn help_in_nynorsk_from_the_locale() {
    let h = stdout(yrke().env("LANG", "nn_NO.UTF-8").args(["show", "--help"]));
    for want in [
        "Vis alt om eitt yrke eller éin spesialitet som rein tekst",
        "Bruk: yrke show [VAL] <NAMN>...",
        "Argument:",
        "fleire namn gir fleire oppføringar etter kvarandre",
        "Korleis det blir skrive ut",
        "Verdiar:",
        "Døme: yrke show radiolog --format markdown",
    ] {
        assert!(h.contains(want), "{want:?} missing:\n{h}");
    }
    // `yrke help show` is the same page.
    let same = stdout(yrke().env("LANG", "nn_NO.UTF-8").args(["help", "show"]));
    assert_eq!(h, same);
}

#[test]
fn not_found_in_nynorsk_with_exit_1_and_a_suggestion() {
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .args(["show", "ukjentnamn"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "yrke: fann ingenting for «ukjentnamn». Prøv eit kortare ord, eller sjå alle namna \
             med «yrke list».\n",
        );
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .args(["show", "kqrdjolgo"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "yrke: fann ingenting for «kqrdjolgo». Meinte du: Kardiolog",
        ));
    yrke()
        .args(["--sprak", "nn", "search", "kqrdjolgo"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Ingen treff for «kqrdjolgo». Meinte du «Kardiolog»?",
        ));
}

#[test]
fn yrke_sprak_beats_the_locale_and_the_flag_beats_both() {
    let first_line = |c: &mut Command| stdout(c).lines().next().unwrap_or("").to_string();
    let nb = "Utforsk yrker og legespesialiteter i terminalen";
    let nn = "Utforsk yrke og legespesialitetar i terminalen";
    assert_eq!(first_line(yrke().env("LANG", "nn_NO.UTF-8").arg("-h")), nn);
    assert_eq!(
        first_line(
            yrke()
                .env("LANG", "nb_NO.UTF-8")
                .env("YRKE_SPRAK", "nn")
                .arg("-h")
        ),
        nn
    );
    assert_eq!(
        first_line(
            yrke()
                .env("LANG", "nn_NO.UTF-8")
                .env("YRKE_SPRAK", "nb")
                .arg("-h")
        ),
        nb
    );
    assert_eq!(
        first_line(
            yrke()
                .env("LANG", "nn_NO.UTF-8")
                .args(["--sprak", "nb", "-h"])
        ),
        nb
    );
    assert_eq!(
        first_line(
            yrke()
                .env("LANG", "nn_NO.UTF-8")
                .env("YRKE_SPRAK", "nn")
                .args(["-h", "--sprak=nb"])
        ),
        nb
    );
    // The messages follow the same choice as the help.
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .args(["show", "ukjentnamn", "--sprak", "nb"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "yrke: fant ingenting for «ukjentnamn».",
        ));
    yrke()
        .env("YRKE_SPRAK", "nn")
        .arg("validate")
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"^ok: \d+ yrke, \d+ spesialitetar, .* \d+ kjelder\n$")
                .unwrap(),
        );
}

#[test]
fn parse_errors_in_nynorsk_exit_2() {
    yrke()
        .args(["--sprak", "nn", "list", "--kind", "katt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "yrke: «katt» er ikkje ein gyldig verdi for --kind",
        ))
        .stderr(predicate::str::contains(
            "Moglege verdiar: occupation, specialty.",
        ))
        .stderr(predicate::str::contains("Bruk: yrke list [VAL]"))
        .stderr(predicate::str::contains(
            "Skriv «yrke list --help» for meir hjelp.",
        ));
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .args(["shwo", "lege"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Meinte du «show»?"));
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .arg("timeline")
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("yrke: manglar <NAMN>."));
}

#[test]
fn an_unknown_sprak_is_a_usage_error() {
    for args in [
        &["--sprak", "sv", "list"][..],
        &["list", "--sprak=sv"],
        &["--sprak", "", "list"],
    ] {
        yrke()
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("for --sprak"))
            .stderr(predicate::str::contains(
                "bruk nb (bokmål) eller nn (nynorsk).",
            ))
            .stderr(predicate::str::contains("Bruk: yrke list [VALG]"));
    }
    // The rest of the message follows the environment.
    yrke()
        .env("LANG", "nn_NO.UTF-8")
        .args(["--sprak", "sv", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("for meir hjelp"));
}

#[test]
fn no_terminal_message_in_nynorsk() {
    yrke()
        .args(["--sprak", "nn"])
        .write_stdin("")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "yrke: utforskaren treng ein terminal",
        ))
        .stderr(predicate::str::contains(
            "yrke show <namn>    vis eitt yrke",
        ));
}

#[test]
fn command_output_in_nynorsk() {
    let t = stdout(yrke().args(["--sprak", "nn", "timeline", "tannlege"]));
    assert!(t.starts_with("Utdanningsløp: Tannlege"), "{t}");
    let t = stdout(yrke().args(["--sprak", "nn", "search", "røntgenlege"]));
    assert!(t.contains("anna namn: «røntgenlege»"), "{t}");
    yrke()
        .args(["--sprak", "nn", "compare", "lege"])
        .assert()
        .code(2)
        .stderr("yrke: samanlikn to til fire oppføringar (fekk 1), til dømes: yrke compare lege sjukepleiar\n");
}
