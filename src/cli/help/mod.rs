//! Help, usage and errors in bokmål or nynorsk. Clap writes its own headings ("Usage:",
//! "Options:", "Print help", "[default: …]") in English; here the command is rebuilt with
//! Norwegian ones, every help text is put on it from the catalogue (`lang::CliHelp`), and
//! parse errors are written from clap's structured error context (`lang::CliMsg`). Since
//! `--sprak` is itself an argument, the arguments are scanned for it before the command is
//! built. The same command feeds the shell completions and the man pages
//! (`examples/gen-assets.rs`).

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Arg, ArgAction, CommandFactory, ValueEnum};

use super::args::{Cli, Format, GroupArg, KindArg, template};
use crate::lang::{CliHelp as H, Lang};
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

mod errors;
pub use errors::{lang_of, message, parse, report, sprak_in, try_parse_from, try_parse_in};

#[cfg(test)]
mod tests;
