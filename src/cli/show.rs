//! `yrke show QUERY [--format text|markdown|json]`: every section of one entry.

use std::io::Write;

use super::args::{Format, ShowArgs};
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use serde::Serialize;

use crate::dataset::model::{Source, Stage};
use crate::dataset::relations::{self, Relation};
use crate::dataset::{Dataset, EntryRef, Kind};
use crate::plain::entry;

pub fn run(global: &Global, args: &ShowArgs) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let l = global.lang();
    let mut entries = Vec::new();
    for q in &args.query {
        match resolve::entry_or_hint(&data, q, l)? {
            Some(e) => entries.push(e),
            None => return Ok(Outcome::NotFound),
        }
    }
    let format = args.format.get();
    let out_opts = Output::detect(global);
    // Several entries make one document: a JSON array, or the entries one after the other.
    let text = if format == Format::Json && entries.len() > 1 {
        let parts: Vec<String> = entries
            .iter()
            .map(|e| render(&data, *e, format, out_opts, global.shared().lang))
            .collect::<Result<_, _>>()?;
        format!("[\n{}]\n", parts.join(",\n"))
    } else {
        let sep = match format {
            Format::Markdown => "\n---\n\n",
            _ => "\n",
        };
        entries
            .iter()
            .map(|e| render(&data, *e, format, out_opts, global.shared().lang))
            .collect::<Result<Vec<_>, _>>()?
            .join(sep)
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// The entry in the chosen format; JSON is the data file's own fields plus `kind`.
pub fn render(
    data: &Dataset,
    e: EntryRef<'_>,
    format: Format,
    out: Output,
    lang: crate::lang::Lang,
) -> Result<String, CliError> {
    Ok(match format {
        Format::Text => out.text(entry::doc(data, e, lang)),
        Format::Markdown => entry::doc(data, e, lang).to_markdown(),
        Format::Json => {
            let mut s = match e {
                EntryRef::Occupation(o) => json(data, e, o, lang),
                EntryRef::Specialty(s) => json(data, e, s, lang),
            }
            .map_err(CliError::Json)?;
            s.push('\n');
            s
        }
    })
}

/// The entry's own fields in file order, with `kind` first, then what they refer to resolved:
/// the route's stages, the cited pages and the related entries with their reasons.
fn json<T: Serialize>(
    data: &Dataset,
    e: EntryRef<'_>,
    entry: &T,
    lang: crate::lang::Lang,
) -> serde_json::Result<String> {
    #[derive(Serialize)]
    struct Full<'a, T> {
        kind: Kind,
        #[serde(flatten)]
        entry: &'a T,
        route_stages: Vec<&'a Stage>,
        source_pages: Vec<&'a Source>,
        relations: Vec<Relation>,
    }
    serde_json::to_string_pretty(&Full {
        kind: e.kind(),
        entry,
        route_stages: data.route(e.id()),
        source_pages: e.sources().iter().filter_map(|s| data.source(s)).collect(),
        relations: relations::of(data, e.id(), lang),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::bundled;
    use crate::plain::Paint;

    const OUT: Output = Output {
        paint: Paint::OFF,
        width: 80,
        ascii: false,
    };

    #[test]
    fn json_has_every_field_and_the_kind() {
        let data = bundled().unwrap();
        let e = data.entry("radiolog").unwrap();
        let v: serde_json::Value = serde_json::from_str(
            &render(&data, e, Format::Json, OUT, crate::lang::Lang::Nb).unwrap(),
        )
        .unwrap();
        assert_eq!(v["kind"], "occupation");
        assert_eq!(v["synonyms"][0], "røntgenlege");
        assert_eq!(v["occupation_codes"][0]["code"], "2221141");
        assert_eq!(
            v["source_pages"][0]["review"]["by"],
            "Norsk radiologisk forening"
        );
        assert_eq!(v["route_stages"][0]["kind"], "Vgs");
        assert!(v["relations"].as_array().is_some_and(|r| !r.is_empty()));
    }

    #[test]
    fn markdown_and_text_carry_the_same_sections() {
        let data = bundled().unwrap();
        let e = data.entry("anestesilege").unwrap();
        let text = render(&data, e, Format::Text, OUT, crate::lang::Lang::Nb).unwrap();
        let md = render(&data, e, Format::Markdown, OUT, crate::lang::Lang::Nb).unwrap();
        for h in ["Arbeidsoppgaver", "Intensivmedisin", "Perspektiv", "Kilder"] {
            assert!(text.contains(h) && md.contains(h), "{h}");
        }
        assert!(md.contains("## Arbeidsoppgaver") && md.contains("### Intensivmedisin"));
        assert!(md.contains("kvalitetssikret av Norsk anestesiologisk forening 31. oktober 2022"));
        assert!(md.contains("https://utdanning.no/yrker/beskrivelse/anestesilege"));
    }
}
