use std::process::ExitCode;

fn main() -> ExitCode {
    // `help::parse` gives help and errors in bokmål or nynorsk; plain `Cli::parse()` would not.
    yrke::cli::run(yrke::cli::help::parse())
}
