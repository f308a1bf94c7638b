//! `yrke timeline QUERY`: the route from Vg1 to the job, stage by stage, and for doctors the
//! specialist path after LIS1 as a chart and in sentences.

use std::io::Write;

use super::args::{Format, QueryArgs};
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use crate::dataset::{Dataset, EntryRef};
use crate::lang::{CliMsg, Lang};
use crate::plain::{Block, Doc, path, route};

pub fn run(global: &Global, args: &QueryArgs) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let l = global.lang();
    let Some(e) = resolve::entry_or_hint(&data, &args.query, l)? else {
        return Ok(Outcome::NotFound);
    };
    let out = Output::detect(global);
    let text = match args.format.get() {
        Format::Text => out.text(doc(&data, e, out, l)),
        Format::Markdown => doc(&data, e, out, l).to_markdown(),
        Format::Json => json(&data, e, l)?,
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(Outcome::Ok)
}

/// The route's stages in order and, for doctors, the specialist path's minimums.
fn json(data: &Dataset, e: EntryRef<'_>, lang: crate::lang::Lang) -> Result<String, CliError> {
    let spec = data.path_specialty(e.id()).map(|s| {
        let t = crate::dataset::timeline::for_specialty(data, s, lang);
        serde_json::json!({
            "specialty": s.id,
            "lis2_lis3_min_months": data.education.lis2_lis3_min_months,
            "after_authorisation_min_months": t.after_authorisation_min,
        })
    });
    let v = serde_json::json!({
        "id": e.id(),
        "name": e.name(),
        "kind": e.kind(),
        "route_stages": data.route(e.id()),
        "route_note": data.route_note(e.id()),
        "specialist_path": spec,
    });
    let mut s = serde_json::to_string_pretty(&v).map_err(std::io::Error::from)?;
    s.push('\n');
    Ok(s)
}

/// The whole route of `e` as one document, its own lines in `l`.
pub fn doc(data: &Dataset, e: EntryRef<'_>, out: Output, l: Lang) -> Doc {
    let mut d = Doc::default();
    d.push(Block::Title(
        l.f(CliMsg::TimelineTitle, &[("name", &e.name())]),
        e.kind().badge().to_string(),
    ));
    let stages = route::blocks(data, e, l);
    let has_route = !stages.is_empty();
    stages.into_iter().for_each(|b| d.push(b));
    match data.path_specialty(e.id()) {
        Some(spec) => {
            let via = match e {
                EntryRef::Occupation(o) => Some(o),
                EntryRef::Specialty(_) => None,
            };
            d.heading(&l.f(
                CliMsg::AfterLis1,
                &[("specialty", &spec.name.to_lowercase())],
            ));
            path::doc(data, spec, via, out.width, out.paint, l)
                .blocks
                .into_iter()
                .filter(|b| !matches!(b, Block::Title(..)))
                .for_each(|b| d.push(b));
        }
        None if !has_route => d.para(l.f(
            CliMsg::NoRoute,
            &[("entry", &resolve::badged(e)), ("id", &e.id())],
        )),
        None => {}
    }
    d
}
