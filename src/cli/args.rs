//! Command-line definitions (clap). Every subcommand has its own module in `cli/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Clap's default help layout with the usage heading written by `cli::help` in the chosen
/// standard.
pub fn template(usage: &str) -> String {
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

// The command line. Parse with [`super::help::parse`]: it builds the command in bokmål or
// nynorsk, with every help text from `lang::CliHelp`, and writes errors in the same
// standard. The plain `Cli::parse()` works too but has no help texts and English errors.
//
// No doc comments on the fields and variants below: clap would take them as help, and the
// help lives in the catalogue (`src/lang/cli.rs`) so both standards come from one place.
#[derive(Debug, Parser)]
#[command(name = "yrke", version)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    #[arg(long, global = true, value_name = "STI")]
    pub data: Option<PathBuf>,
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "NÅR")]
    pub color: ColorChoice,
    #[arg(long, global = true)]
    pub ascii: bool,
    #[arg(long, global = true)]
    pub mouse: bool,
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<usize>,
    #[arg(long, global = true, value_name = "nb|nn", value_parser = parse_lang)]
    pub sprak: Option<crate::lang::Lang>,
}

fn parse_lang(s: &str) -> Result<crate::lang::Lang, String> {
    use crate::lang::{CliHelp, Lang};
    Lang::parse(s).ok_or_else(|| Lang::Nb.t(CliHelp::SprakInvalid).to_string())
}

pub use crate::config::ColorChoice;

impl Global {
    /// The options the explorer, the server and the commands share.
    pub fn shared(&self) -> crate::config::Shared {
        crate::config::Shared {
            data: self.data.clone(),
            color: self.color,
            ascii: self.ascii,
            mouse: self.mouse,
            lang: self
                .sprak
                .unwrap_or_else(crate::lang::Lang::from_process_env),
        }
    }

    /// Bokmål or nynorsk: `--sprak`, else `YRKE_SPRAK`, else the locale.
    pub fn lang(&self) -> crate::lang::Lang {
        self.sprak
            .unwrap_or_else(crate::lang::Lang::from_process_env)
    }
}

#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(ValidateArgs),
    Search(SearchArgs),
    Show(ShowArgs),
    List(ListArgs),
    Timeline(QueryArgs),
    Compare(CompareArgs),
    Related(RelatedArgs),
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(value_name = "SØK")]
    pub query: String,
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

// `--format text|markdown|json`, with `--json` kept as a short form.
#[derive(Debug, Clone, Copy, Args)]
pub struct FormatArgs {
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    pub format: Format,
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

impl FormatArgs {
    pub fn get(self) -> Format {
        if self.json { Format::Json } else { self.format }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(value_name = "NAVN", required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[arg(value_name = "NAVN", required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    #[value(alias = "yrke")]
    Occupation,
    #[value(alias = "spesialitet")]
    Specialty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupArg {
    Fim,
    Kirurgi,
    Direkte,
    Kommunal,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, value_name = "SLAG")]
    pub kind: Option<KindArg>,
    #[arg(long, value_enum, value_name = "GRUPPE")]
    pub group: Option<GroupArg>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[arg(value_name = "NAVN")]
    pub query: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct RelatedArgs {
    #[arg(value_name = "NAVN")]
    pub query: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

pub use crate::serve::ServeArgs;
