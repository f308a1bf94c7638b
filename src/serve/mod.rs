//! `yrke serve`: the explorer over SSH, one app per session. (Not built yet.)

use crate::cli::args::ServeArgs;
use crate::cli::{CliError, Global, Outcome};

pub fn run(_global: &Global, _args: &ServeArgs) -> Result<Outcome, CliError> {
    Err(CliError::Usage("«serve» er ikke ferdig ennå".into()))
}
