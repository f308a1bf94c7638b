//! Reading the arguments in the standard they ask for, and clap's errors written from its
//! structured context in that standard (clap's own are English).

use std::ffi::OsString;
use std::io::Write;

use clap::FromArgMatches;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::command;
use crate::cli::args::Cli;
use crate::lang::{CliMsg as M, Lang};

/// `--sprak X` or `--sprak=X` among the arguments (before a `--`), when X names a standard.
/// Read before parsing, since the command itself is built in the standard asked for.
pub fn sprak_in(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--sprak" {
            it.next().map(|v| v.into_owned())
        } else {
            a.strip_prefix("--sprak=").map(str::to_string)
        };
        if let Some(v) = value {
            // The last one counts, as clap takes the last.
            found = Lang::parse(&v).or(found);
        }
    }
    found
}

/// The standard for this command line: `--sprak`, else YRKE_SPRAK, else the locale.
pub fn lang_of(args: &[OsString]) -> Lang {
    sprak_in(args).unwrap_or_else(Lang::from_process_env)
}

/// Parse the process's arguments; help and version go to stdout, errors to stderr in the
/// standard asked for, and the process exits as clap would (0 for help, 2 for a usage error).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_of(&args);
    match try_parse_in(args.clone(), lang) {
        Ok(cli) => cli,
        Err(e) => std::process::exit(report(&e, &args, lang)),
    }
}

/// Parse `args` (the first is the program name) with help in the standard they or the
/// environment ask for.
pub fn try_parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = lang_of(&args);
    try_parse_in(args, lang)
}

/// Parse `args` with help in `lang`. `yrke help show` means `yrke show --help`.
pub fn try_parse_in<I, T>(args: I, lang: Lang) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    let mut cmd = command(lang);
    let m = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&m).map_err(|e| e.format(&mut cmd))
}

/// Print a parse outcome and return the exit code. A closed pipe is not worth a message;
/// any other failure to write help or version (a full disk, `> /dev/full`) is an error, so
/// a script that saves the help does not think it did.
pub fn report(e: &clap::Error, args: &[OsString], lang: Lang) -> i32 {
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
            let _ = write!(std::io::stderr().lock(), "{}", message(e, args, lang));
        }
    }
    e.exit_code()
}

fn ctx(e: &clap::Error, k: ContextKind) -> String {
    e.get(k).map(ContextValue::to_string).unwrap_or_default()
}

/// The usage line of the subcommand named in `args`, or of `yrke` itself. Clap leaves the
/// usage out of some errors (a bad value); the reader still needs it.
fn usage_for(args: &[OsString], lang: Lang) -> String {
    let mut cmd = command(lang);
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

/// A parse error in `lang`, with the usage line and where to find help.
pub fn message(e: &clap::Error, args: &[OsString], lang: Lang) -> String {
    let l = lang;
    let arg = ctx(e, ContextKind::InvalidArg);
    let value = ctx(e, ContextKind::InvalidValue);
    let a: (&str, &dyn std::fmt::Display) = ("arg", &arg);
    let v: (&str, &dyn std::fmt::Display) = ("value", &value);
    let mut msg = match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => l.f(M::NeedsValue, &[a]),
        ErrorKind::InvalidValue => l.f(
            M::InvalidValue,
            &[a, v, ("valid", &ctx(e, ContextKind::ValidValue))],
        ),
        ErrorKind::UnknownArgument => l.f(M::UnknownArgument, &[a]),
        ErrorKind::InvalidSubcommand => l.f(
            M::UnknownCommand,
            &[("command", &ctx(e, ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::NoEquals => l.f(M::NoEquals, &[a]),
        ErrorKind::ValueValidation if arg.starts_with("--sprak") => l.f(M::BadSprak, &[a, v]),
        ErrorKind::ValueValidation => l.f(M::BadValue, &[a, v]),
        ErrorKind::TooManyValues => l.f(M::TooManyValues, &[a, v]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            l.f(M::WrongNumberOfValues, &[a])
        }
        ErrorKind::ArgumentConflict => {
            l.f(M::Conflict, &[a, ("prior", &ctx(e, ContextKind::PriorArg))])
        }
        ErrorKind::MissingRequiredArgument => l.f(M::Missing, &[a]),
        ErrorKind::MissingSubcommand => l.t(M::MissingCommand).to_string(),
        ErrorKind::InvalidUtf8 => l.t(M::NotUtf8).to_string(),
        _ => l.t(M::BadUsage).to_string(),
    };
    for k in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let s = ctx(e, k);
        if !s.is_empty() {
            msg.push_str(&l.f(M::DidYouMeanOne, &[("suggestion", &s)]));
        }
    }
    let mut usage = ctx(e, ContextKind::Usage);
    if usage.is_empty() {
        usage = usage_for(args, l);
    }
    let usage = usage.trim_start_matches("Usage:").trim();
    let mut out = format!("yrke: {msg}\n");
    if !usage.is_empty() {
        // The command part of the usage line ("yrke show") is where --help helps.
        let cmd: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<']))
            .collect();
        out.push_str(&l.f(
            M::UsageAndHelp,
            &[("usage", &usage), ("command", &cmd.join(" "))],
        ));
    }
    out
}
