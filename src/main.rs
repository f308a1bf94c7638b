use std::process::ExitCode;

fn main() -> ExitCode {
    // `help::parse` gives bokmål help and errors; plain `Cli::parse()` would not.
    yrke::cli::run(yrke::cli::help::parse())
}
