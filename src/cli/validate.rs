//! `yrke validate`: load and check a dataset, print a one-line summary.

use std::io::Write;

use super::args::ValidateArgs;
use super::{CliError, Global, Outcome};
use crate::dataset::{self, Date, Strictness};

pub fn run(global: &Global, args: &ValidateArgs) -> Result<Outcome, CliError> {
    let data = match (&global.data, args.strict) {
        (Some(p), true) => dataset::load::load_path_at(p, Strictness::Bundled, Date::today())?,
        _ => super::load(global)?,
    };
    let (occ_codes, edu_codes) = data.code_counts();
    let mut err = std::io::stderr().lock();
    for w in &data.warnings {
        writeln!(err, "{w}")?;
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "ok: {} yrker, {} spesialiteter, {} artikler, {} yrkeskoder, {} utdanningskoder, {} kilder",
        data.occupations.len(),
        data.specialties.len(),
        data.articles.len(),
        occ_codes,
        edu_codes,
        data.sources.len()
    )?;
    Ok(Outcome::Ok)
}
