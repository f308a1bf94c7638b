//! Command-line definitions (clap). Every subcommand has its own module in `cli/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Clap's default help layout with the usage heading in bokmål; the other headings are set
/// in `cli::help`.
pub const TEMPLATE: &str =
    "{before-help}{about-with-newline}\nBruk: {usage}\n\n{all-args}{after-help}";

/// The command line. Parse with [`super::help::parse`] (bokmål help and errors); the plain
/// `Cli::parse()` works too but leaves clap's English usage line and errors.
#[derive(Debug, Parser)]
#[command(
    name = "yrke",
    version,
    help_template = TEMPLATE,
    about = "Utforsk yrker og legespesialiteter i terminalen",
    long_about = "Utforsk yrker og legespesialiteter i terminalen.\n\n\
        Uten kommando åpnes utforskeren: skriv for å søke, Enter åpner, Ctrl-G viser tastene, Ctrl-C to ganger avslutter.\n\
        Kommandoene under skriver ren tekst, for rør, utskrift og skjermlesere.",
    after_help = "Skriv «yrke KOMMANDO --help» for hjelp til én kommando.",
    after_long_help = "Eksempler:\n  \
        yrke show radiolog\n  \
        yrke show røntgenlege --format markdown > radiolog.md\n  \
        yrke timeline anestesiologi\n  \
        yrke list --kind specialty --group fim\n  \
        yrke related anestesilege\n\n\
        Avslutningskoder: 0 ok, 1 fant ingenting, 2 feil bruk eller feil i datasettet.\n\n\
        Miljø: NO_COLOR (med en verdi) slår av farger når --color er auto."
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
    /// Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "NÅR")]
    pub color: ColorChoice,
    /// Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst
    #[arg(long, global = true)]
    pub mouse: bool,
    /// Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<usize>,
    /// Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)
    #[arg(long, global = true, value_name = "nb|nn", value_parser = parse_lang)]
    pub sprak: Option<crate::lang::Lang>,
}

fn parse_lang(s: &str) -> Result<crate::lang::Lang, String> {
    crate::lang::Lang::parse(s).ok_or_else(|| "bruk nb (bokmål) eller nn (nynorsk)".to_string())
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
}

#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    /// Hold --data til de samme kravene som det innebygde datasettet (lenke, dato, løp …)
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sjekk datasettet og skriv et sammendrag, eller alle feilene
    #[command(help_template = TEMPLATE)]
    Validate(ValidateArgs),
    /// Søk etter yrker og spesialiteter
    #[command(help_template = TEMPLATE)]
    Search(SearchArgs),
    /// Vis alt om ett yrke eller én spesialitet som ren tekst
    #[command(
        help_template = TEMPLATE,
        long_about = "Vis alt om ett yrke eller én spesialitet som ren tekst: sammendrag, \
            beskrivelse, oppgaver, arbeidssteder, egenskaper, utdanning, koder, \
            perspektivartikler, beslektede oppføringer, kilder og når teksten ble gjennomgått.\n\n\
            Navnet kan være id-en, navnet, et annet navn (røntgenlege) eller et søk. Finnes flere \
            like gode treff, vises det beste og de andre nevnes på standardfeil.",
        after_help = "Eksempel: yrke show radiolog --format markdown"
    )]
    Show(ShowArgs),
    /// List alle yrker og spesialiteter i norsk alfabetisk rekkefølge
    #[command(
        help_template = TEMPLATE,
        after_help = "Eksempel: yrke list --kind specialty --group fim"
    )]
    List(ListArgs),
    /// Vis utdanningsløpet til en spesialitet (eller til et yrkes spesialitet) som tekst
    #[command(
        help_template = TEMPLATE,
        long_about = "Vis utdanningsløpet til en spesialitet som en tidslinje i ren tekst \
            (bare ASCII-tegn), med minstetidene: medisinstudiet, LIS1 (12 måneder sykehus og \
            6 måneder kommune), en felles LIS2-del der spesialiteten har en, LIS3 og \
            spesialistgodkjenning. Etterpå kommer det samme i hele setninger, for skjermlesere.\n\n\
            Et yrke viser løpet til spesialiteten yrket bygger på.",
        after_help = "Eksempel: yrke timeline anestesiologi"
    )]
    Timeline(QueryArgs),
    /// Sammenlign to til fire yrker eller spesialiteter side om side
    #[command(
        help_template = TEMPLATE,
        long_about = "Sammenlign to til fire yrker eller spesialiteter side om side: hva jobben er, \
            hvor, videregående, opptak, studium, autorisasjon, hvor lang tid det tar fra Vg1, \
            beslektede yrker og kildene. Hvert navn er ett argument; sett navn med mellomrom i \
            anførselstegn.",
        after_help = "Eksempel: yrke compare anestesilege sykepleier radiograf --format markdown"
    )]
    Compare(CompareArgs),
    /// Vis beslektede yrker og spesialiteter, og hvorfor de henger sammen
    #[command(
        help_template = TEMPLATE,
        after_help = "Eksempel: yrke related radiolog"
    )]
    Related(RelatedArgs),
    /// Kjør utforskeren over SSH for en hel klasse, uten brukerkontoer
    #[command(help_template = TEMPLATE)]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Hva du leter etter: navn, gammelt navn, oppgave eller kode
    #[arg(value_name = "SØK")]
    pub query: String,
    /// Høyst så mange treff
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

/// `--format text|markdown|json`, with `--json` kept as a short form.
#[derive(Debug, Clone, Copy, Args)]
pub struct FormatArgs {
    /// Hvordan det skrives ut
    #[arg(long, value_enum, default_value_t = Format::Text, value_name = "FORMAT")]
    pub format: Format,
    /// Det samme som --format json
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
    /// Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)
    #[default]
    Text,
    /// Markdown, for å lime inn i dokumenter
    Markdown,
    /// JSON med alle feltene i oppføringen
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Id, navn eller et annet navn på yrket eller spesialiteten (røntgenlege, radiologi …);
    /// flere navn gir flere oppføringer etter hverandre (sett navn med mellomrom i anførselstegn)
    #[arg(value_name = "NAVN", required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// To til fire yrker eller spesialiteter, hvert som ett argument («klinisk ernæringsfysiolog»)
    #[arg(value_name = "NAVN", required = true)]
    pub query: Vec<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Yrker (også: yrke)
    #[value(alias = "yrke")]
    Occupation,
    /// Legespesialiteter (også: spesialitet)
    #[value(alias = "spesialitet")]
    Specialty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupArg {
    /// Felles indremedisinske læringsmål (FIM) i LIS2
    Fim,
    /// Kirurgi del 2 (FKI), den felles kirurgiske LIS2-delen
    Kirurgi,
    /// Rett fra LIS1 til LIS3, uten felles LIS2-del
    Direkte,
    /// Kommunalt løp (allmennmedisin, samfunnsmedisin)
    Kommunal,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Bare yrker eller bare spesialiteter
    #[arg(long, value_enum, value_name = "SLAG")]
    pub kind: Option<KindArg>,
    /// Bare spesialiteter i denne LIS2-gruppen (gjelder ikke yrker)
    #[arg(long, value_enum, value_name = "GRUPPE")]
    pub group: Option<GroupArg>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Id, navn eller et annet navn på yrket eller spesialiteten (røntgenlege, radiologi …)
    #[arg(value_name = "NAVN")]
    pub query: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct RelatedArgs {
    /// Id, navn eller et annet navn på yrket eller spesialiteten (røntgenlege, radiologi …)
    #[arg(value_name = "NAVN")]
    pub query: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

pub use crate::serve::ServeArgs;
