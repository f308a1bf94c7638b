use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    yrke::cli::run(yrke::cli::Cli::parse())
}
