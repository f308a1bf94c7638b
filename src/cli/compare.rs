//! `yrke compare A B [C D] [--format text|markdown|json]`: 2–4 entries side by side.

use std::io::Write;

use super::args::{CompareArgs, Format};
use super::output::Output;
use super::{CliError, Global, Outcome, resolve};
use crate::dataset::EntryRef;
use crate::lang::CliMsg;
use crate::plain::compare;

pub fn run(global: &Global, args: &CompareArgs) -> Result<Outcome, CliError> {
    let l = global.lang();
    if !(2..=4).contains(&args.query.len()) {
        return Err(CliError::Usage(
            l.f(CliMsg::CompareCount, &[("n", &args.query.len())]),
        ));
    }
    let data = super::load(global)?;
    let mut entries: Vec<EntryRef> = Vec::new();
    for q in &args.query {
        match resolve::entry_or_hint(&data, q, l)? {
            Some(e) => entries.push(e),
            None => return Ok(Outcome::NotFound),
        }
    }
    let cols: Vec<compare::Column> = entries
        .iter()
        .map(|e| compare::column(&data, *e, global.shared().lang))
        .collect();
    let text = match args.format.get() {
        Format::Text => {
            let o = Output::detect(global);
            let cols = if o.ascii {
                cols.into_iter().map(compare::Column::into_ascii).collect()
            } else {
                cols
            };
            compare::text(&cols, o.width)
        }
        Format::Markdown => compare::markdown(&cols),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&cols).map_err(std::io::Error::from)?;
            s.push('\n');
            s
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Ok)
}
