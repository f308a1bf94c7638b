//! Every text the explorer shows that does not come from the dataset, in bokmål.
//! (Key help texts live beside the keys in `app::keymap` so they cannot drift apart.)

use ratatui::crossterm::event::KeyCode;

use crate::app::keymap::{Group, Key};
use crate::app::{Mode, Pane};
use crate::dataset::Lis2Group;

pub fn pane_name(p: Pane) -> &'static str {
    p.title()
}

/// Shown alone when the window is below the minimum size.
pub fn too_small(min_w: u16, min_h: u16) -> String {
    format!("Gjør vinduet større (minst {min_w}x{min_h})")
}

pub const TOO_SMALL_SHORT: &str = "Gjør vinduet større";

// Søk
pub const QUERY_PROMPT: &str = "> ";
pub const QUERY_PLACEHOLDER: &str = "skriv et yrke, en spesialitet eller en kode";

/// `matched` entries matched, `shown` of them are listed.
pub fn hit_count(shown: usize, matched: usize, query_empty: bool) -> String {
    if query_empty && shown == matched {
        format!("Alle {matched}, alfabetisk")
    } else if query_empty {
        format!("De første {shown} av {matched}, alfabetisk")
    } else if shown < matched {
        format!("{shown} av {matched} treff")
    } else if matched == 1 {
        "1 treff".to_string()
    } else {
        format!("{matched} treff")
    }
}

pub fn no_hits(query: &str, lq: &str, rq: &str) -> String {
    format!("Ingen treff for {lq}{query}{rq}")
}

pub const DID_YOU_MEAN: &str = "Mente du: ";
/// Short kind badge for narrow lists.
pub const BADGE_SHORT_SPECIALTY: &str = "spes.";
pub const MATCHED_IN: &str = "treff i";

// Detaljer
pub const WELCOME_TITLE: &str = "Velkommen til yrke";
pub fn welcome(occupations: usize, specialties: usize) -> Vec<String> {
    vec![
        format!(
            "Her kan du utforske {occupations} yrker og {specialties} legespesialiteter: hva de gjør, hvor de jobber, hvilke yrker som henger sammen, og hvor lang utdanningen er."
        ),
        "Skriv i Søk for å finne et yrke eller en spesialitet, velg med piltastene og trykk Enter for å åpne. Tab bytter rute, og ? viser alle tastene.".to_string(),
    ]
}
pub const H_ABOUT: &str = "Om yrket";
pub const H_TASKS: &str = "Arbeidsoppgaver";
pub const H_WORKPLACES: &str = "Arbeidssteder";
pub const H_QUALITIES: &str = "Egenskaper som er nyttige";
pub const H_EDUCATION: &str = "Utdanning";
pub const H_CODES: &str = "Koder";
pub const H_ARTICLES: &str = "Perspektiv";
pub const H_SOURCES: &str = "Kilder";
pub const H_SPECIALTY_FACTS: &str = "Om spesialiteten";
pub const SYNONYMS: &str = "Også kalt";
pub const SPECIALTY_OF: &str = "Spesialitet";
pub const SEE_TIMELINE: &str = "(se Utdanningsløp)";
pub const SEE_TIMELINE_SENTENCE: &str = "Se Utdanningsløp.";
pub const OCCUPATION_CODE: &str = "Yrkeskode";
pub const EDUCATION_CODE: &str = "Utdanningskode (NUS)";
pub const OLD_NAMES: &str = "Tidligere navn";
pub const LIS2_GROUP: &str = "LIS2-del";
pub const GROUP_INFERRED: &str = "(antatt, ikke bekreftet i kildene)";
pub const SOCIETY: &str = "Spesialistforening";
pub const SPECIALISTS: &str = "Spesialist";
pub const ARTICLE_REFERENCES: &str = "Artikkelen omtaler:";
pub fn reviewed(by: &str, date: &str) -> String {
    format!("Gjennomgått med {by}, {date}")
}

pub fn group_text(g: Lis2Group) -> &'static str {
    match g {
        Lis2Group::Fim => "indremedisinsk gruppe",
        Lis2Group::Kirurgi => "kirurgisk gruppe",
        Lis2Group::Direkte => "ingen felles LIS2-del, rett fra LIS1 til LIS3",
        Lis2Group::Kommunal => "kommunalt løp, ingen felles LIS2-del",
    }
}

// Relaterte
pub const TRAIL: &str = "Vei: ";
pub const NO_RELATIONS: &str = "Ingen relaterte oppføringer i datasettet.";
pub const PICK_FIRST: &str = "Velg et yrke eller en spesialitet i Søk først.";

// Utdanningsløp
pub fn no_path(name: &str) -> String {
    format!("Datasettet har ennå ikke noe utdanningsløp for {name}.")
}
pub fn many_paths(_name: &str) -> String {
    "Etter LIS1 velger du spesialitet. Relaterte viser alle spesialitetene, ordnet etter \
     LIS2-løp; velg en for å se resten av veien."
        .to_string()
}
pub fn route_heading(name: &str) -> String {
    format!("Veien til {name}, fra Vg1")
}
pub const AFTER_LIS1: &str = "Etter LIS1: spesialiseringen";
pub fn path_via(occupation: &str) -> String {
    format!("(spesialiteten til {})", occupation.to_lowercase())
}
pub const MONTHS: &str = "mnd";
pub const YEAR: &str = "år";
pub fn at_year(y: &str) -> String {
    format!("år {y}")
}
pub fn earliest_year(y: &str) -> String {
    format!("tidligst år {y}")
}
pub const AT_LEAST: &str = "minst";
pub fn total_after_authorisation(total: &str, lis1: &str, rest_name: &str, rest: &str) -> String {
    format!("Minst {total} etter autorisasjon: LIS1 {lis1} + {rest_name} minst {rest}.")
}
pub fn total_from_start(total: &str) -> String {
    format!("Tidligst spesialist {total} etter studiestart.")
}
pub const REST_LIS2_LIS3: &str = "LIS2 og LIS3";
pub const REST_LIS3: &str = "LIS3";
pub const REST_SPECIAL: &str = "tjeneste";
pub fn lis2_shared(name: &str) -> String {
    format!("LIS2-delen deles av hele gruppen: {name}.")
}
pub const NO_LIS2: &str = "Ingen felles LIS2-del: rett fra LIS1 til LIS3.";
pub fn rules_heading(name: &str) -> String {
    format!("Egne regler for {}:", name.to_lowercase())
}
pub fn rule_bounds(min: Option<&str>, max: Option<&str>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("minst {a}, høyst {b}"),
        (Some(a), None) => format!("minst {a}"),
        (None, Some(b)) => format!("høyst {b}"),
        (None, None) => String::new(),
    }
}
pub const NOTES: &str = "Verdt å vite";
pub const COMMON_GOALS: &str = "Felles kompetansemål for alle spesialiteter:";

// Hjelp
pub const HELP_TITLE: &str = "Hjelp: taster";
pub const HELP_INTRO: &str = "Skriv, så søker du: bokstaver, tall og mellomrom går alltid inn i søket, fra hvilken rute som helst. Tastene under flytter deg rundt.";
pub const HELP_CLOSE: &str = "Esc lukker";
pub const QUIT_CONFIRM: &str =
    "Trykk Ctrl-C én gang til for å avslutte, eller en annen tast for å bli";
pub const UNDO_CLEAR: &str = "angre tømming";
pub fn filter_label(f: crate::app::Filter) -> Option<&'static str> {
    match f {
        crate::app::Filter::All => None,
        crate::app::Filter::Occupations => Some("bare yrker"),
        crate::app::Filter::Specialties => Some("bare spesialiteter"),
    }
}
pub fn nothing_found(query: &str, lq: &str, rq: &str) -> String {
    format!("Ingen oppføring passer til {lq}{query}{rq}.")
}
pub const COMPARE_TITLE: &str = "Sammenligning";
pub const COMPARE_EMPTY: &str = "Merk to til fire yrker eller spesialiteter med Ctrl-X (i Søk, Detaljer eller Relaterte), så viser Alt-5 dem side om side her. Merkene gjelder bare denne økten.";
pub const COMPARE_MARKED: &str = "Merket nå:";
pub const COMPARE_EXPORT: &str = "Samme sammenligning som fil, til å dele ut:";
pub const PICK_SUGGESTION: &str = "Søk viser navn som ligner. Velg ett med ↓ og Enter.";
pub const NOTHING_FOUND_TIPS: &[&str] = &[
    "Prøv ett ord, for eksempel «lege», «barn» eller «sykehus».",
    "Sjekk skrivemåten, eller prøv et annet navn på yrket.",
    "Ctrl-K veksler mellom alle, bare yrker og bare spesialiteter.",
];
pub const KEY_ANY_CHAR: &str = "bokstaver";
pub const KEYS_RESERVED_MD: &str = "
## Satt av til arbeid som kommer

| Tast | Hva |
|---|---|
| `Ctrl-L` | bytt mellom bokmål og nynorsk |

## Taster vi ikke bruker, og hvorfor

- `F1` tar GNOME Terminal selv; hjelpen har også `Ctrl-G`.
- `F10` åpner menyen i GNOME Terminal.
- `Ctrl-B` er tmux sin prefikstast.
- `Ctrl-V` limer inn i Windows Terminal.
- `Ctrl-S` og `Ctrl-Q` stopper og starter utskriften i mange terminaler.
- `Ctrl`-piler tar macOS selv, og PuTTY sender dem som vanlige piler.
- Alt som bokstavtast: Alt-x kommer som Esc og x og kan ikke skilles fra en rask Esc; Option er ikke Alt i macOS Terminal uten videre.
- `Mellomrom` og `?` skrives i søk som «lege som jobber med barn».
";
pub const EVERYWHERE: &str = "overalt";

/// When a key applies, as a short note after its help text; `None` when it applies everywhere.
pub fn when_note(when: &[Mode]) -> Option<&'static str> {
    let has = |m| when.contains(&m);
    let search = has(Mode::Typing) && has(Mode::TypingEmpty);
    let outside = has(Mode::Reading) && has(Mode::Related);
    match (search, outside, has(Mode::Related)) {
        (true, true, _) => None,
        (true, false, true) => Some("i Søk og Relaterte"),
        (true, false, false) => Some("i Søk"),
        (false, true, _) => Some("utenfor Søk"),
        (false, false, false) if has(Mode::Reading) => Some("i Detaljer og Utdanningsløp"),
        _ if has(Mode::Help) => Some("i hjelpen"),
        _ if has(Mode::Compare) => Some("i sammenligningen"),
        _ => None,
    }
}

/// The help's group headings, by what a pupil wants to do.
pub fn group_heading(g: Group) -> &'static str {
    match g {
        Group::Search => "Søke",
        Group::Read => "Lese",
        Group::Move => "Flytte deg",
        Group::Compare => "Sammenligne",
        Group::Other => "Hjelp og avslutte",
    }
}

/// The short glossary in the help: the words the entries use, in plain bokmål.
pub const GLOSSARY_HEADING: &str = "Ordliste";
pub const GLOSSARY: &[(&str, &str)] = &[
    (
        "Yrke",
        "en jobb, for eksempel sykepleier, jordmor eller kardiolog.",
    ),
    (
        "Spesialitet",
        "et fagområde en lege blir spesialist i, for eksempel hjertesykdommer. Det finnes 46.",
    ),
    (
        "Autorisasjon",
        "godkjenningen fra Helsedirektoratet som gir rett til å jobbe som lege, sykepleier og i mange andre helseyrker.",
    ),
    (
        "LIS",
        "lege i spesialisering: en lege som er i gang med å bli spesialist.",
    ),
    (
        "LIS1",
        "den første delen, lik for alle: 12 måneder på sykehus og 6 måneder i en kommune.",
    ),
    (
        "LIS2",
        "en felles del for en gruppe spesialiteter. Bare den indremedisinske og den kirurgiske gruppen har en slik del.",
    ),
    (
        "LIS3",
        "den delen som er egen for hver spesialitet. LIS2 og LIS3 tar til sammen minst 5 år.",
    ),
    (
        "FIM",
        "felles indremedisinske læringsmål: LIS2-delen for de indremedisinske spesialitetene.",
    ),
    (
        "Kirurgi del 2",
        "LIS2-delen for de kirurgiske spesialitetene; noen sykehus kaller den FKI.",
    ),
    (
        "NUS",
        "Norsk standard for utdanningsgruppering: koden SSB gir hver utdanning.",
    ),
    (
        "STYRK",
        "SSBs koder for yrker; NAV bruker dem for stillingstitler.",
    ),
    ("Vg1, Vg2, Vg3", "de tre årene på videregående skole."),
    (
        "Vei",
        "stien du har gått mellom oppføringene; tilbake-tasten går den baklengs.",
    ),
];
pub const SCREEN_READER: &str = "Bruker du skjermleser? «yrke show NAVN» skriver hele oppføringen som ren tekst, og «yrke timeline NAVN» hele utdanningsløpet.";

/// A key as the help overlay and footer name it.
pub fn key_label(key: Key, ascii: bool) -> String {
    let code = |c: KeyCode| -> String {
        match (c, ascii) {
            (KeyCode::Up, false) => "↑".into(),
            (KeyCode::Down, false) => "↓".into(),
            (KeyCode::Left, false) => "←".into(),
            (KeyCode::Right, false) => "→".into(),
            (KeyCode::Up, true) => "Pil opp".into(),
            (KeyCode::Down, true) => "Pil ned".into(),
            (KeyCode::Left, true) => "Pil venstre".into(),
            (KeyCode::Right, true) => "Pil høyre".into(),
            (KeyCode::Enter, _) => "Enter".into(),
            (KeyCode::Tab, _) => "Tab".into(),
            (KeyCode::BackTab, _) => "Shift-Tab".into(),
            (KeyCode::Esc, _) => "Esc".into(),
            (KeyCode::Backspace, _) => "Backspace".into(),
            (KeyCode::PageUp, _) => "PgUp".into(),
            (KeyCode::PageDown, _) => "PgDn".into(),
            (KeyCode::Home, _) => "Home".into(),
            (KeyCode::End, _) => "End".into(),
            (KeyCode::F(n), _) => format!("F{n}"),
            (other, _) => format!("{other:?}"),
        }
    };
    match key {
        Key::Char(' ') => "Mellomrom".into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Alt(c) => format!("Alt-{c}"),
        Key::Code(c) => code(c),
        Key::AltCode(c) => format!("Alt-{}", code(c)),
        Key::AnyChar => KEY_ANY_CHAR.into(),
    }
}
