//! The command line's help and errors in both standards.

use std::ffi::OsString;

use clap::error::ErrorKind;

use super::*;

/// Help text with runs of whitespace made single, so terminal-width wrapping does not
/// matter.
fn help_of(args: &[&str]) -> String {
    help_in(args, Lang::Nb)
}

fn help_in(args: &[&str], lang: Lang) -> String {
    match try_parse_in(args.iter().copied(), lang) {
        Err(e) if e.kind() == ErrorKind::DisplayHelp => {
            let s = e.render().to_string();
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        other => panic!("expected help, got {other:?}"),
    }
}

fn error_of(args: &[&str]) -> (String, i32) {
    error_in(args, Lang::Nb)
}

fn error_in(args: &[&str], lang: Lang) -> (String, i32) {
    let os: Vec<OsString> = args.iter().map(OsString::from).collect();
    let e = try_parse_in(os.clone(), lang).unwrap_err();
    (message(&e, &os, lang), e.exit_code())
}

#[test]
fn the_command_is_valid() {
    for l in Lang::ALL {
        command(l).debug_assert();
    }
}

/// Every visible argument, value and subcommand has help from the catalogue, in both
/// standards: a new flag without a catalogue entry fails here (args.rs has no doc comments).
#[test]
fn every_arg_and_subcommand_has_catalogue_help() {
    fn walk(cmd: &clap::Command, path: &str, l: Lang, missing: &mut Vec<String>) {
        if cmd
            .get_about()
            .is_none_or(|a| a.to_string().trim().is_empty())
        {
            missing.push(format!("{l:?} {path}: about"));
        }
        // Help written anywhere else (a doc comment in args.rs or serve) would be in one
        // standard only: every text must be one of the catalogue's, in `l`.
        let known: std::collections::HashSet<&str> = H::ALL.iter().map(|h| l.t(*h)).collect();
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            // (Defaults and values may follow the text, as clap or `with_texts` add them.)
            let ours = known.iter().any(|k| {
                help == *k
                    || help.starts_with(&format!("{k} ["))
                    || help.starts_with(&format!("{k}\n"))
            });
            if help.trim().is_empty() || !ours {
                missing.push(format!("{l:?} {path} {}: {help:?}", a.get_id()));
            }
            for v in a.get_possible_values() {
                if a.get_id() != "color" && v.get_help().is_none() {
                    missing.push(format!("{l:?} {path} {} {}", a.get_id(), v.get_name()));
                }
            }
        }
        for sc in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sc, &format!("{path} {}", sc.get_name()), l, missing);
        }
    }
    let mut missing = Vec::new();
    for l in Lang::ALL {
        walk(&command(l), "yrke", l, &mut missing);
    }
    assert!(
        missing.is_empty(),
        "no help in the catalogue for: {missing:#?}"
    );
    // Each subcommand has its own about, not the fallback.
    let cmd = command(Lang::Nb);
    for sc in cmd.get_subcommands() {
        assert_ne!(sc.get_about(), cmd.get_about(), "{}", sc.get_name());
    }
}

#[test]
fn nynorsk_help_has_nynorsk_headings_and_texts() {
    for args in [
        vec!["yrke", "--help"],
        vec!["yrke", "show", "--help"],
        vec!["yrke", "list", "-h"],
        vec!["yrke", "serve", "--help"],
    ] {
        let h = help_in(&args, Lang::Nn);
        for bokmal in [
            "Valg:",
            "Argumenter:",
            "Kommandoer:",
            "[VALG]",
            "<NAVN>",
            "ikke",
            "verdier:",
        ] {
            assert!(!h.contains(bokmal), "{args:?} has {bokmal:?}:\n{h}");
        }
        assert!(h.contains("Bruk: yrke"), "{args:?}:\n{h}");
        assert!(h.contains("Val:"), "{args:?}:\n{h}");
    }
    let h = help_in(&["yrke", "--help"], Lang::Nn);
    assert!(h.contains("Kommandoar:"), "{h}");
    assert!(h.contains("Utforsk yrke og legespesialitetar"), "{h}");
    let h = help_in(&["yrke", "show", "--help"], Lang::Nn);
    assert!(h.contains("Bruk: yrke show [VAL] <NAMN>..."), "{h}");
    assert!(
        h.contains("- markdown: Markdown, for å lime inn i dokument"),
        "{h}"
    );
    let h = help_in(&["yrke", "serve", "--help"], Lang::Nn);
    assert!(h.contains("- truncated: Berre nettet"), "{h}");
}

#[test]
fn errors_are_in_nynorsk_with_usage() {
    let (m, code) = error_in(&["yrke", "list", "--kind", "katt"], Lang::Nn);
    assert!(
        m.starts_with("yrke: «katt» er ikkje ein gyldig verdi for --kind"),
        "{m}"
    );
    assert!(m.contains("Moglege verdiar:"), "{m}");
    assert!(m.contains("Bruk: yrke list [VAL]"), "{m}");
    assert!(m.contains("for meir hjelp"), "{m}");
    assert_eq!(code, 2);
    let (m, _) = error_in(&["yrke", "shwo", "x"], Lang::Nn);
    assert!(m.contains("Meinte du «show»?"), "{m}");
    let (m, _) = error_in(&["yrke", "show"], Lang::Nn);
    assert!(m.starts_with("yrke: manglar <NAMN>."), "{m}");
}

#[test]
fn sprak_is_read_before_parsing() {
    let os = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(
        sprak_in(&os(&["yrke", "--sprak", "nn", "show"])),
        Some(Lang::Nn)
    );
    assert_eq!(
        sprak_in(&os(&["yrke", "show", "x", "--sprak=nb"])),
        Some(Lang::Nb)
    );
    assert_eq!(
        sprak_in(&os(&["yrke", "--sprak=nn", "--sprak", "nb"])),
        Some(Lang::Nb)
    );
    assert_eq!(sprak_in(&os(&["yrke", "--sprak", "sv"])), None);
    assert_eq!(
        sprak_in(&os(&["yrke", "show", "--", "--sprak", "nn"])),
        None
    );
    assert_eq!(sprak_in(&os(&["yrke", "--sprak"])), None);
}

#[test]
fn help_is_in_bokmal_everywhere() {
    for args in [
        vec!["yrke", "--help"],
        vec!["yrke", "-h"],
        vec!["yrke", "show", "--help"],
        vec!["yrke", "list", "-h"],
        vec!["yrke", "help", "timeline"],
        vec!["yrke", "related", "--help"],
        vec!["yrke", "search", "--help"],
        vec!["yrke", "serve", "--help"],
    ] {
        let h = help_of(&args);
        for english in [
            "Usage:",
            "Options:",
            "Arguments:",
            "Commands:",
            "Print help",
            "Print version",
            "[default:",
            "possible values",
            "[OPTIONS]",
        ] {
            assert!(!h.contains(english), "{args:?} has {english:?}:\n{h}");
        }
        assert!(h.contains("Bruk: yrke"), "{args:?}:\n{h}");
        assert!(h.contains("Valg:"), "{args:?}:\n{h}");
    }
}

#[test]
fn plain_commands_list_their_own_options_first_and_not_the_explorers() {
    let h = help_of(&["yrke", "show", "-h"]);
    assert!(!h.contains("--mouse") && !h.contains("--ascii"), "{h}");
    let (format, color) = (h.find("--format").unwrap(), h.find("--color").unwrap());
    assert!(format < color, "{h}");
}

#[test]
fn values_and_defaults_are_listed_in_bokmal() {
    let h = help_of(&["yrke", "show", "-h"]);
    assert!(
        h.contains("[verdier: text, markdown, json; standard: text]"),
        "{h}"
    );
    let long = help_of(&["yrke", "show", "--help"]);
    assert!(
        long.contains("- markdown: Markdown, for å lime inn"),
        "{long}"
    );
}

#[test]
fn errors_are_in_bokmal_with_usage() {
    let (m, code) = error_of(&["yrke", "list", "--kind", "katt"]);
    assert!(
        m.starts_with("yrke: «katt» er ikke en gyldig verdi for --kind"),
        "{m}"
    );
    assert!(m.contains("Bruk: yrke list [VALG]"), "{m}");
    assert!(m.contains("Skriv «yrke list --help»"), "{m}");
    assert_eq!(code, 2);

    let (m, _) = error_of(&["yrke", "shwo", "x"]);
    assert!(m.contains("Mente du «show»?"), "{m}");
    let (m, _) = error_of(&["yrke", "show"]);
    assert!(m.starts_with("yrke: mangler <NAVN>."), "{m}");
}

#[test]
fn norwegian_kind_names_are_accepted() {
    let cli = try_parse_in(["yrke", "list", "--kind", "spesialitet"], Lang::Nb).unwrap();
    assert!(matches!(
        cli.command,
        Some(super::super::Command::List(super::super::args::ListArgs {
            kind: Some(super::super::args::KindArg::Specialty),
            ..
        }))
    ));
}
