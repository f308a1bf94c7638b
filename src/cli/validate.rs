//! `yrke validate`: load and check a dataset, print a one-line summary.

use std::io::Write;

use super::{CliError, Global, Outcome};

pub fn run(global: &Global) -> Result<Outcome, CliError> {
    let data = super::load(global)?;
    let (occ_codes, edu_codes) = data.code_counts();
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
