//! `yrke related` (not built yet).

use super::{CliError, Global, Outcome};

pub fn run(_global: &Global, _args: &impl std::fmt::Debug) -> Result<Outcome, CliError> {
    Err(CliError::Usage("«related» er ikke ferdig ennå".into()))
}
