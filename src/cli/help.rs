//! Help, usage and errors in bokmål or nynorsk. Clap writes its own headings ("Usage:",
//! "Options:", "Print help", "[default: …]") in English; here the command is rebuilt with
//! Norwegian ones, every help text is put on it from the catalogue (`lang::CliHelp`), and
//! parse errors are written from clap's structured error context (`lang::CliMsg`). Since
//! `--sprak` is itself an argument, the arguments are scanned for it before the command is
//! built. The same command feeds the shell completions and the man pages
//! (`examples/gen-assets.rs`).

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, ValueEnum};

use super::args::{Cli, Format, GroupArg, KindArg, template};
use crate::lang::{CliHelp as H, CliMsg as M, Lang};
use crate::serve::log::Addresses;

/// The full command with its help in `l`, as parsed and as documented.
pub fn command(l: Lang) -> clap::Command {
    let tpl = template(l.t(H::Usage));
    let mut cmd = Cli::command()
        .help_template(tpl.clone())
        .about(l.t(H::About))
        .long_about(l.t(H::LongAbout))
        .after_help(l.t(H::AfterHelp))
        .after_long_help(l.t(H::AfterLongHelp))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(l.t(H::Commands))
        .subcommand_value_name(l.t(H::CommandValue))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .display_order(2000)
                .help(l.t(H::Help)),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(2001)
                .help(l.t(H::Version)),
        )
        .mut_args(|a| norwegian_arg(l, with_texts(l, "", a)))
        .mut_subcommands(|sc| {
            let name = sc.get_name().to_string();
            let (about, long, after) = command_texts(&name);
            let mut sc = sc
                .help_template(tpl.clone())
                .about(l.t(about))
                .mut_args(|a| norwegian_arg(l, with_texts(l, &name, a)));
            if let Some(long) = long {
                sc = sc.long_about(l.t(long));
            }
            if let Some(after) = after {
                sc = sc.after_help(l.t(after));
            }
            sc
        });
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
        .map(|sc| (sc.get_name().to_string(), usage_of(l, sc)))
        .collect();
    let root = usage_of(l, &mut cmd);
    cmd = cmd.override_usage(root);
    for (name, usage) in usages {
        cmd = cmd.mut_subcommand(name, |sc| sc.override_usage(usage));
    }
    cmd
}

/// A subcommand's about, long about and example.
fn command_texts(name: &str) -> (H, Option<H>, Option<H>) {
    match name {
        "validate" => (H::ValidateAbout, None, None),
        "search" => (H::SearchAbout, None, None),
        "show" => (H::ShowAbout, Some(H::ShowLongAbout), Some(H::ShowExample)),
        "list" => (H::ListAbout, None, Some(H::ListExample)),
        "timeline" => (
            H::TimelineAbout,
            Some(H::TimelineLongAbout),
            Some(H::TimelineExample),
        ),
        "compare" => (
            H::CompareAbout,
            Some(H::CompareLongAbout),
            Some(H::CompareExample),
        ),
        "related" => (H::RelatedAbout, None, Some(H::RelatedExample)),
        "serve" => (H::ServeAbout, None, None),
        // A new subcommand without texts: the catalogue test names it.
        _ => (H::About, None, None),
    }
}

/// The help of argument `id` of subcommand `sub` (`""` for yrke itself).
fn arg_help(sub: &str, id: &str) -> Option<H> {
    Some(match (sub, id) {
        ("", "data") => H::Data,
        ("", "color") => H::Color,
        ("", "ascii") => H::Ascii,
        ("", "mouse") => H::Mouse,
        ("", "width") => H::Width,
        ("", "sprak") => H::Sprak,
        (_, "format") => H::Format,
        (_, "json") => H::Json,
        ("validate", "strict") => H::Strict,
        ("search", "query") => H::SearchQuery,
        ("search", "limit") => H::Limit,
        ("show", "query") => H::ShowQuery,
        ("compare", "query") => H::CompareQuery,
        ("timeline" | "related", "query") => H::Query,
        ("list", "kind") => H::Kind,
        ("list", "group") => H::Group,
        ("serve", "listen") => H::Listen,
        ("serve", "host_key") => H::HostKey,
        ("serve", "max_sessions") => H::MaxSessions,
        ("serve", "idle_timeout") => H::IdleTimeout,
        ("serve", "max_startups") => H::MaxStartups,
        ("serve", "max_startups_per_address") => H::MaxStartupsPerAddress,
        ("serve", "log_addresses") => H::LogAddresses,
        ("serve", "proxy_protocol") => H::ProxyProtocol,
        ("serve", "proxy_from") => H::ProxyFrom,
        ("serve", "login_timeout") => H::LoginTimeout,
        _ => return None,
    })
}

/// Value names the two standards spell differently.
fn value_name(sub: &str, id: &str) -> Option<H> {
    match (sub, id) {
        ("show" | "compare" | "timeline" | "related", "query") => Some(H::NameValue),
        ("serve", "idle_timeout" | "login_timeout") => Some(H::DurationValue),
        ("serve", "log_addresses") => Some(H::HowValue),
        _ => None,
    }
}

/// An argument's help, value name and possible values' help in `l`.
fn with_texts(l: Lang, sub: &str, a: Arg) -> Arg {
    let id = a.get_id().as_str().to_string();
    let mut a = match arg_help(sub, &id) {
        Some(h) => a.help(l.t(h)),
        None => a,
    };
    if let Some(v) = value_name(sub, &id) {
        a = a.value_name(l.t(v));
    }
    match id.as_str() {
        "format" => a.value_parser(Described::<Format>::new(l, |v| match v {
            Format::Text => H::FormatText,
            Format::Markdown => H::FormatMarkdown,
            Format::Json => H::FormatJson,
        })),
        "kind" => a.value_parser(Described::<KindArg>::new(l, |v| match v {
            KindArg::Occupation => H::KindOccupation,
            KindArg::Specialty => H::KindSpecialty,
        })),
        "group" => a.value_parser(Described::<GroupArg>::new(l, |v| match v {
            GroupArg::Fim => H::GroupFim,
            GroupArg::Kirurgi => H::GroupKirurgi,
            GroupArg::Direkte => H::GroupDirekte,
            GroupArg::Kommunal => H::GroupKommunal,
        })),
        "log_addresses" => a.value_parser(Described::<Addresses>::new(l, |v| match v {
            Addresses::Full => H::AddressesFull,
            Addresses::Truncated => H::AddressesTruncated,
            Addresses::None => H::AddressesNone,
        })),
        _ => a,
    }
}

/// A value enum's parser with each value's help from the catalogue: parsing is clap's own
/// (`EnumValueParser`), only the descriptions differ.
#[derive(Clone)]
struct Described<E> {
    values: Vec<PossibleValue>,
    kind: PhantomData<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> Described<E> {
    fn new(l: Lang, help: impl Fn(&E) -> H) -> Self {
        let values = E::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.help(l.t(help(v)))))
            .collect();
        Described {
            values,
            kind: PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

fn usage_of(l: Lang, cmd: &mut clap::Command) -> String {
    let u = cmd.render_usage().to_string();
    u.trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", l.t(H::OptionsUsage))
}

/// Headings in `l`, and default and possible values written into the help text so clap
/// does not add its English "[default: …]" and "[possible values: …]".
fn norwegian_arg(l: Lang, a: Arg) -> Arg {
    let heading = if a.is_positional() {
        l.t(H::Arguments)
    } else {
        l.t(H::Options)
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
        extra.push(l.f(H::ValuesShort, &[("values", &names.join(", "))]));
    }
    let default: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !default.is_empty() {
        extra.push(l.f(H::DefaultShort, &[("default", &default.join(" "))]));
    }
    if extra.is_empty() {
        return a;
    }
    let short = format!("{help} [{}]", extra.join("; "));
    let mut long = help.clone();
    if values.iter().any(|v| v.get_help().is_some()) {
        long.push_str("\n\n");
        long.push_str(l.t(H::ValuesLong));
        for v in &values {
            let h = v.get_help().map(|h| h.to_string()).unwrap_or_default();
            long.push_str(&format!("\n- {}: {h}", v.get_name()));
        }
        if !default.is_empty() {
            long.push_str("\n\n");
            long.push_str(&l.f(H::DefaultLong, &[("default", &default.join(" "))]));
        }
    } else {
        long = short.clone();
    }
    a.hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

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

#[cfg(test)]
mod tests {
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
}
