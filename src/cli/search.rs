//! `yrke search QUERY [--limit N] [--json]`: one line per hit (name, kind, why it matched) or
//! a JSON array, best first. Exit 0 with hits, 1 with none (and a "mente du …?" hint on
//! stderr), 2 on bad usage.

use std::io::{IsTerminal, Write};

use unicode_width::UnicodeWidthStr;

use super::args::{Format, SearchArgs};
use super::{CliError, ColorChoice, Global, Outcome};
use crate::lang::{CliMsg as M, Lang};
use crate::search::excerpt::excerpt;
use crate::search::{Field, Hit, Index};

/// Longest matched text shown after the label before it is cut with "…".
const MATCHED_MAX: usize = 60;

pub fn run(global: &Global, args: &SearchArgs) -> Result<Outcome, CliError> {
    let l = global.lang();
    if args.query.trim().is_empty() {
        return Err(CliError::Usage(l.t(M::SearchEmpty).into()));
    }
    if args.limit == 0 {
        return Err(CliError::Usage(l.t(M::LimitZero).into()));
    }
    let data = super::load(global)?;
    let index = Index::new(&data);
    let hits = index.search(&args.query, args.limit);

    let mut out = std::io::stdout().lock();
    let format = args.format.get();
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &hits).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else if format == Format::Markdown {
        for h in &hits {
            let why = why(h, &args.query, global.ascii, l);
            writeln!(out, "- **{}** ({}) — {why}", h.name, h.kind.badge())?;
        }
    } else {
        let bold = use_color(global.color);
        let name_w = hits.iter().map(|h| h.name.width()).max().unwrap_or(0);
        let badge_w = hits.iter().map(|h| h.kind.badge().len()).max().unwrap_or(0);
        for h in &hits {
            let why = why(h, &args.query, global.ascii, l);
            writeln!(out, "{}", line(h, &why, name_w, badge_w, bold))?;
        }
    }
    out.flush()?;
    if hits.is_empty() {
        eprintln!(
            "{}",
            hint(&args.query, &index.suggest(&args.query, 3), global.ascii, l)
        );
        return Ok(Outcome::NotFound);
    }
    Ok(Outcome::Ok)
}

/// Bold matched letters only on a terminal (never into a pipe or a file, whatever the flag),
/// and on auto only without NO_COLOR and outside TERM=dumb, like the other commands.
fn use_color(choice: ColorChoice) -> bool {
    if !std::io::stdout().is_terminal() {
        return false;
    }
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

fn quote(s: &str, ascii: bool) -> String {
    if ascii {
        format!("\"{s}\"")
    } else {
        format!("«{s}»")
    }
}

/// "annet navn: «røntgenlege»"; for a long text the part around the match.
fn why(h: &Hit, query: &str, ascii: bool, l: Lang) -> String {
    let label = h.field.label_in(l);
    match h.field {
        Field::Name => label.to_string(),
        Field::Summary | Field::Task | Field::Text => {
            let text = excerpt(&h.matched, query, MATCHED_MAX);
            format!("{label}: {}", quote(&text, ascii))
        }
        _ => format!("{label}: {}", quote(&shorten(&h.matched), ascii)),
    }
}

/// "Radiolog    yrke         annet navn: «røntgenlege»", the matched letters in bold.
fn line(h: &Hit, why: &str, name_w: usize, badge_w: usize, bold: bool) -> String {
    let pad = " ".repeat(name_w.saturating_sub(h.name.width()));
    let name = if bold {
        highlight(&h.name, &h.positions)
    } else {
        h.name.clone()
    };
    let badge = h.kind.badge();
    format!("{name}{pad}  {badge:<badge_w$}  {why}")
}

fn highlight(name: &str, positions: &[usize]) -> String {
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if positions.binary_search(&i).is_ok() {
            s.push_str("\x1b[1m");
            s.push(c);
            s.push_str("\x1b[22m");
        } else {
            s.push(c);
        }
    }
    s
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= MATCHED_MAX {
        return s.to_string();
    }
    let mut t: String = s.chars().take(MATCHED_MAX - 1).collect();
    t.truncate(t.trim_end().len());
    t.push('…');
    t
}

fn hint(query: &str, suggestions: &[String], ascii: bool, l: Lang) -> String {
    let q = quote(query.trim(), ascii);
    if suggestions.is_empty() {
        return l.f(M::NoHitsTry, &[("query", &q)]);
    }
    let quoted: Vec<String> = suggestions.iter().map(|s| quote(s, ascii)).collect();
    let names = super::resolve::or_list(&quoted, l);
    l.f(M::NoHitsDidYouMean, &[("query", &q), ("names", &names)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Kind;

    fn hit(field: Field, matched: &str) -> Hit {
        Hit {
            id: "radiolog".into(),
            name: "Radiolog".into(),
            kind: Kind::Occupation,
            score: 1,
            field,
            matched: matched.into(),
            positions: vec![0, 1],
        }
    }

    #[test]
    fn line_says_why_it_matched() {
        let h = hit(Field::Synonym, "røntgenlege");
        let l = line(&h, &why(&h, "rontgen", false, Lang::Nb), 10, 11, false);
        assert_eq!(l, "Radiolog    yrke         annet navn: «røntgenlege»");
        let h = hit(Field::Name, "Radiolog");
        let l = line(&h, &why(&h, "ra", true, Lang::Nb), 8, 4, true);
        assert_eq!(l, "\x1b[1mR\x1b[22m\x1b[1ma\x1b[22mdiolog  yrke  navn");
        let long = format!("{} narkose", "ord ".repeat(30));
        let w = why(&hit(Field::Task, &long), "narkose", false, Lang::Nb);
        assert!(w.starts_with("oppgave: «…") && w.contains("narkose"), "{w}");
    }

    #[test]
    fn long_matches_are_cut() {
        let s = shorten(&"ord ".repeat(40));
        assert_eq!(s.chars().count(), MATCHED_MAX);
        assert!(s.ends_with("ord…"));
    }

    #[test]
    fn hint_lists_suggestions() {
        let s = vec!["Radiolog".to_string(), "Radiologi".to_string()];
        assert_eq!(
            hint("radiolgoo", &s, false, Lang::Nb),
            "Ingen treff for «radiolgoo». Mente du «Radiolog» eller «Radiologi»?"
        );
        assert!(hint("x", &[], true, Lang::Nb).starts_with("Ingen treff for \"x\"."));
        assert_eq!(
            hint("radiolgoo", &s, false, Lang::Nn),
            "Ingen treff for «radiolgoo». Meinte du «Radiolog» eller «Radiologi»?"
        );
        let h = hit(Field::Synonym, "røntgenlege");
        assert_eq!(
            why(&h, "rontgen", false, Lang::Nn),
            "anna namn: «røntgenlege»"
        );
    }
}
