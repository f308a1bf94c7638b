//! Command-line definitions (clap). Every subcommand has its own module in `cli/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "yrke",
    version,
    about = "Utforsk yrker og legespesialiteter i terminalen",
    long_about = "Utforsk yrker og legespesialiteter i terminalen.\n\nUten underkommando åpnes utforskeren: skriv for å søke, Enter åpner, ? viser tastene."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Les datasettet fra denne filen eller mappen i stedet for det innebygde
    #[arg(long, global = true, value_name = "STI")]
    pub data: Option<PathBuf>,
    /// Farger: auto (når det skrives til en terminal og NO_COLOR ikke er satt), always eller never
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "NÅR")]
    pub color: ColorChoice,
    /// Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst
    #[arg(long, global = true)]
    pub mouse: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sjekk datasettet og skriv et sammendrag, eller alle feilene
    Validate,
    /// Søk etter yrker og spesialiteter
    Search(SearchArgs),
    /// Vis alt om ett yrke eller én spesialitet som ren tekst
    Show(ShowArgs),
    /// List alle yrker og spesialiteter i alfabetisk rekkefølge
    List(ListArgs),
    /// Vis utdanningsløpet til en spesialitet som tekst
    Timeline(QueryArgs),
    /// Vis beslektede yrker og spesialiteter, og hvorfor de henger sammen
    Related(RelatedArgs),
    /// Kjør utforskeren over SSH for en hel klasse, uten brukerkontoer
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Hva du leter etter: navn, gammelt navn, oppgave eller kode
    pub query: String,
    /// Høyst så mange treff
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    /// Skriv treffene som JSON
    #[arg(long)]
    pub json: bool,
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
    /// Id eller navn på yrket eller spesialiteten
    pub query: String,
    /// Utdataformat
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Occupation,
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
    /// Bare yrker (occupation) eller bare spesialiteter (specialty)
    #[arg(long, value_enum, value_name = "SLAG")]
    pub kind: Option<KindArg>,
    /// Bare spesialiteter i denne LIS2-gruppen
    #[arg(long, value_enum, value_name = "GRUPPE")]
    pub group: Option<GroupArg>,
    /// Skriv listen som JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Id eller navn på yrket eller spesialiteten
    pub query: String,
}

#[derive(Debug, Args)]
pub struct RelatedArgs {
    /// Id eller navn på yrket eller spesialiteten
    pub query: String,
    /// Skriv listen som JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Adressen serveren lytter på; en bredere adresse enn 127.0.0.1 må velges med vilje
    #[arg(long, default_value = "127.0.0.1:2222", value_name = "ADRESSE:PORT")]
    pub listen: String,
    /// Vertsnøkkelen; lages ved første oppstart (standard: under XDG-datamappen)
    #[arg(long, value_name = "STI")]
    pub host_key: Option<PathBuf>,
    /// Høyst så mange samtidige økter
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub max_sessions: usize,
    /// Koble fra en økt etter så lang tid uten taster, f.eks. 30m, 90s, 1h
    #[arg(long, default_value = "30m", value_name = "VARIGHET")]
    pub idle_timeout: String,
}
