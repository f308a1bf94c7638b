//! `yrke timeline QUERY`: the education path of a specialty, or of the specialty an
//! occupation is the specialist of, as a chart and then in sentences.

use std::io::Write;

use super::args::QueryArgs;
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use crate::dataset::EntryRef;
use crate::plain::{Doc, path};

pub fn run(global: &Global, args: &QueryArgs) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let Some(e) = resolve::entry_or_hint(&data, &args.query)? else {
        return Ok(Outcome::NotFound);
    };
    let out = Output::detect(global);
    let mut stdout = std::io::stdout().lock();
    let Some(spec) = data.path_specialty(e.id()) else {
        // Found, but not a doctor's path: a fact about the entry, not an error.
        let mut d = Doc::default();
        d.para(format!(
            "Datasettet knytter ikke {} til en legespesialitet, så det er ikke noe \
             utdanningsløp for legespesialister å vise. «yrke show {}» viser det datasettet \
             har om yrket.",
            resolve::badged(e),
            e.id()
        ));
        stdout.write_all(d.to_text(out.width, out.paint).as_bytes())?;
        stdout.flush()?;
        return Ok(Outcome::Ok);
    };
    let via = match e {
        EntryRef::Occupation(o) => Some(o),
        EntryRef::Specialty(_) => None,
    };
    let doc = path::doc(&data, spec, via, out.width, out.paint);
    stdout.write_all(doc.to_text(out.width, out.paint).as_bytes())?;
    stdout.flush()?;
    Ok(Outcome::Ok)
}
