//! `yrke timeline QUERY`: the route from Vg1 to the job, stage by stage, and for doctors the
//! specialist path after LIS1 as a chart and in sentences.

use std::io::Write;

use super::args::QueryArgs;
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use crate::dataset::{Dataset, EntryRef};
use crate::plain::{Block, Doc, path, route};

pub fn run(global: &Global, args: &QueryArgs) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let Some(e) = resolve::entry_or_hint(&data, &args.query)? else {
        return Ok(Outcome::NotFound);
    };
    let out = Output::detect(global);
    let doc = doc(&data, e, out);
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(doc.to_text(out.width, out.paint).as_bytes())?;
    stdout.flush()?;
    Ok(Outcome::Ok)
}

/// The whole route of `e` as one document.
pub fn doc(data: &Dataset, e: EntryRef<'_>, out: Output) -> Doc {
    let mut d = Doc::default();
    d.push(Block::Title(
        format!("Utdanningsløp: {}", e.name()),
        e.kind().badge().to_string(),
    ));
    let stages = route::blocks(data, e);
    let has_route = !stages.is_empty();
    stages.into_iter().for_each(|b| d.push(b));
    match data.path_specialty(e.id()) {
        Some(spec) => {
            let via = match e {
                EntryRef::Occupation(o) => Some(o),
                EntryRef::Specialty(_) => None,
            };
            d.heading(&format!(
                "Etter LIS1: spesialiseringen i {}",
                spec.name.to_lowercase()
            ));
            path::doc(data, spec, via, out.width, out.paint)
                .blocks
                .into_iter()
                .filter(|b| !matches!(b, Block::Title(..)))
                .for_each(|b| d.push(b));
        }
        None if !has_route => d.para(format!(
            "Datasettet har ennå ikke noe utdanningsløp for {}. «yrke show {}» viser det \
             datasettet har om yrket.",
            resolve::badged(e),
            e.id()
        )),
        None => {}
    }
    d
}
