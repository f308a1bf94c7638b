//! Bokmål help, usage and errors. Clap writes its own headings ("Usage:", "Options:",
//! "Print help", "[default: …]") in English; here the command is rebuilt with Norwegian ones,
//! and parse errors are written in Norwegian from clap's structured error context. The same
//! command feeds the shell completions and the man page (`examples/gen-assets.rs`).

use std::ffi::OsString;
use std::io::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::args::{Cli, TEMPLATE};

/// The full command with bokmål help, as parsed and as documented.
pub fn command() -> clap::Command {
    let mut cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading("Kommandoer")
        .subcommand_value_name("KOMMANDO")
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .display_order(2000)
                .help("Vis hjelp (-h kort, --help utfyllende)"),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(2001)
                .help("Vis versjonen"),
        )
        .mut_args(norwegian_arg)
        .mut_subcommands(|sc| sc.help_template(TEMPLATE).mut_args(norwegian_arg));
    // Global flags are copied into every subcommand by `build`, unless the subcommand already
    // has them. The explorer's own flags say nothing about plain text, so the plain commands
    // get hidden copies: still accepted, not listed.
    let explorer_only: Vec<Arg> = cmd
        .get_arguments()
        .filter(|a| matches!(a.get_id().as_str(), "ascii" | "mouse"))
        .map(|a| a.clone().hide(true))
        .collect();
    cmd = cmd.mut_subcommands(|sc| {
        if sc.get_name() == "serve" {
            sc
        } else {
            sc.args(explorer_only.clone())
        }
    });
    cmd.build();
    // Clap writes "[OPTIONS]" into every usage line; write the usage ourselves instead.
    let usages: Vec<(String, String)> = cmd
        .get_subcommands_mut()
        .map(|sc| (sc.get_name().to_string(), usage_of(sc)))
        .collect();
    let root = usage_of(&mut cmd);
    cmd = cmd.override_usage(root);
    for (name, usage) in usages {
        cmd = cmd.mut_subcommand(name, |sc| sc.override_usage(usage));
    }
    cmd
}

fn usage_of(cmd: &mut clap::Command) -> String {
    let u = cmd.render_usage().to_string();
    u.trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", "[VALG]")
}

/// Headings in bokmål, and default and possible values written into the help text so clap
/// does not add its English "[default: …]" and "[possible values: …]".
fn norwegian_arg(a: Arg) -> Arg {
    let heading = if a.is_positional() {
        "Argumenter"
    } else {
        "Valg"
    };
    let mut a = if a.get_help_heading().is_none() {
        a.help_heading(heading)
    } else {
        a
    };
    // A command's own options first, the global ones after them.
    if a.is_global_set() && a.get_display_order() < 1000 {
        let order = a.get_display_order();
        a = a.display_order(1000 + order);
    }
    if !a.get_action().takes_values() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let mut extra = Vec::new();
    let values: Vec<_> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        extra.push(format!("verdier: {}", names.join(", ")));
    }
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !default.is_empty() {
        extra.push(format!("standard: {}", default.join(" ")));
    }
    if extra.is_empty() {
        return a;
    }
    let short = format!("{help} [{}]", extra.join("; "));
    let mut long = help.clone();
    if values.iter().any(|v| v.get_help().is_some()) {
        long.push_str("\n\nVerdier:");
        for v in &values {
            let h = v.get_help().map(|h| h.to_string()).unwrap_or_default();
            long.push_str(&format!("\n- {}: {h}", v.get_name()));
        }
        if !default.is_empty() {
            long.push_str(&format!("\n\nStandard: {}", default.join(" ")));
        }
    } else {
        long = short.clone();
    }
    a.hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

/// Parse the process's arguments; help and version go to stdout, errors to stderr in bokmål,
/// and the process exits as clap would (0 for help, 2 for a usage error).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    match try_parse_from(args.clone()) {
        Ok(cli) => cli,
        Err(e) => std::process::exit(report(&e, &args)),
    }
}

/// Parse `args` (the first is the program name). `yrke help show` means `yrke show --help`.
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    let mut cmd = command();
    let m = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&m).map_err(|e| e.format(&mut cmd))
}

/// Print a parse outcome and return the exit code. A closed pipe is not worth a message;
/// any other failure to write help or version (a full disk, `> /dev/full`) is an error, so
/// a script that saves the help does not think it did.
pub fn report(e: &clap::Error, args: &[OsString]) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let written = e.print().and_then(|()| std::io::stdout().flush());
            if let Err(w) = written
                && w.kind() != std::io::ErrorKind::BrokenPipe
            {
                let _ = writeln!(std::io::stderr().lock(), "yrke: {w}");
                return 2;
            }
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
        }
        _ => {
            let _ = write!(std::io::stderr().lock(), "{}", message(e, args));
        }
    }
    e.exit_code()
}

fn ctx(e: &clap::Error, k: ContextKind) -> String {
    e.get(k).map(ContextValue::to_string).unwrap_or_default()
}

/// The usage line of the subcommand named in `args`, or of `yrke` itself. Clap leaves the
/// usage out of some errors (a bad value); the reader still needs it.
fn usage_for(args: &[OsString]) -> String {
    let mut cmd = command();
    let sub = args
        .iter()
        .skip(1)
        .find_map(|a| cmd.find_subcommand(a).map(|s| s.get_name().to_string()));
    let mut target = match sub {
        Some(name) => cmd.find_subcommand_mut(name).cloned(),
        None => None,
    }
    .unwrap_or(cmd);
    target.render_usage().to_string()
}

/// A parse error in bokmål, with the usage line and where to find help.
pub fn message(e: &clap::Error, args: &[OsString]) -> String {
    let arg = ctx(e, ContextKind::InvalidArg);
    let value = ctx(e, ContextKind::InvalidValue);
    let mut msg = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => format!("{arg} trenger en verdi."),
        ErrorKind::InvalidValue => format!(
            "«{value}» er ikke en gyldig verdi for {arg}. Mulige verdier: {}.",
            ctx(e, ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => format!("ukjent valg eller argument «{arg}»."),
        ErrorKind::InvalidSubcommand => format!(
            "ukjent kommando «{}».",
            ctx(e, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::NoEquals => format!("{arg} må ha = mellom valget og verdien."),
        ErrorKind::ValueValidation => format!("ugyldig verdi «{value}» for {arg}."),
        ErrorKind::TooManyValues => format!("for mange verdier for {arg}: «{value}»."),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("feil antall verdier for {arg}.")
        }
        ErrorKind::ArgumentConflict => format!(
            "{arg} kan ikke brukes sammen med {}.",
            ctx(e, ContextKind::PriorArg)
        ),
        ErrorKind::MissingRequiredArgument => format!("mangler {arg}."),
        ErrorKind::MissingSubcommand => "mangler en kommando.".to_string(),
        ErrorKind::InvalidUtf8 => "argumentene må være gyldig UTF-8.".to_string(),
        _ => "ugyldig bruk.".to_string(),
    };
    for k in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let s = ctx(e, k);
        if !s.is_empty() {
            msg.push_str(&format!(" Mente du «{s}»?"));
        }
    }
    let mut usage = ctx(e, ContextKind::Usage);
    if usage.is_empty() {
        usage = usage_for(args);
    }
    let usage = usage.trim_start_matches("Usage:").trim();
    let mut out = format!("yrke: {msg}\n");
    if !usage.is_empty() {
        // The command part of the usage line ("yrke show") is where --help helps.
        let cmd: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<']))
            .collect();
        out.push_str(&format!(
            "\nBruk: {usage}\n\nSkriv «{} --help» for mer hjelp.\n",
            cmd.join(" ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Help text with runs of whitespace made single, so terminal-width wrapping does not
    /// matter.
    fn help_of(args: &[&str]) -> String {
        match try_parse_from(args.iter().copied()) {
            Err(e) if e.kind() == ErrorKind::DisplayHelp => {
                let s = e.render().to_string();
                s.split_whitespace().collect::<Vec<_>>().join(" ")
            }
            other => panic!("expected help, got {other:?}"),
        }
    }

    fn error_of(args: &[&str]) -> (String, i32) {
        let os: Vec<OsString> = args.iter().map(OsString::from).collect();
        let e = try_parse_from(os.clone()).unwrap_err();
        (message(&e, &os), e.exit_code())
    }

    #[test]
    fn the_command_is_valid() {
        command().debug_assert();
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
        let cli = try_parse_from(["yrke", "list", "--kind", "spesialitet"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(super::super::Command::List(super::super::args::ListArgs {
                kind: Some(super::super::args::KindArg::Specialty),
                ..
            }))
        ));
    }
}
