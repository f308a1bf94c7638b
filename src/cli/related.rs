//! `yrke related QUERY [--json]`: related entries, each with why it is related.

use std::io::Write;

use serde::Serialize;

use super::args::{Format, RelatedArgs};
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use crate::dataset::relations::{self, Relation};
use crate::lang::CliMsg;
use crate::plain::{Block, Doc, entry};

/// A relation with its reason in words, for `--json`.
#[derive(Debug, Serialize)]
struct Item<'a> {
    #[serde(flatten)]
    relation: &'a Relation,
    reason: &'static str,
}

pub fn run(global: &Global, args: &RelatedArgs) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let l = global.lang();
    let Some(e) = resolve::entry_or_hint(&data, &args.query, l)? else {
        return Ok(Outcome::NotFound);
    };
    let rels = relations::of(&data, e.id(), global.shared().lang);
    let mut out = std::io::stdout().lock();
    let format = args.format.get();
    if format == Format::Json {
        let items: Vec<Item> = rels
            .iter()
            .map(|r| Item {
                relation: r,
                reason: r.why.label(global.shared().lang),
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &items).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        let o = Output::detect(global);
        let mut d = Doc::default();
        if rels.is_empty() {
            d.para(l.f(CliMsg::NoRelated, &[("entry", &resolve::badged(e))]));
        } else {
            d.push(Block::Heading(
                l.f(CliMsg::RelatedTo, &[("entry", &resolve::badged(e))]),
            ));
            d.bullets(rels.iter().map(|r| entry::relation_line(r, l)).collect());
        }
        let text = match format {
            Format::Markdown => d.to_markdown(),
            _ => o.text(d),
        };
        out.write_all(text.as_bytes())?;
    }
    out.flush()?;
    Ok(Outcome::Ok)
}
