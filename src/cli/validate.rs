//! `yrke validate`: load and check a dataset, print a one-line summary.

use std::io::Write;

use super::args::ValidateArgs;
use super::{CliError, Global, Outcome};
use crate::dataset::{self, Date, Strictness};
use crate::lang::CliMsg;

pub fn run(global: &Global, args: &ValidateArgs) -> Result<Outcome, CliError> {
    let data = match (&global.data, args.strict) {
        (Some(p), true) => dataset::load::load_path_at(p, Strictness::Bundled, Date::today())?,
        _ => super::load(global)?,
    };
    let (occ_codes, edu_codes) = data.code_counts();
    let l = global.lang();
    let mut err = std::io::stderr().lock();
    for w in &data.warnings {
        writeln!(err, "{}", w.message(l))?;
    }
    let mut out = std::io::stdout().lock();
    let summary = l.f(
        CliMsg::ValidateOk,
        &[
            ("occupations", &data.occupations.len()),
            ("specialties", &data.specialties.len()),
            ("articles", &data.articles.len()),
            ("occupation_codes", &occ_codes),
            ("education_codes", &edu_codes),
            ("sources", &data.sources.len()),
        ],
    );
    writeln!(out, "{summary}")?;
    Ok(Outcome::Ok)
}
