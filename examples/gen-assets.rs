//! Writes shell completions and man pages from the clap definitions into `assets/`:
//!
//!     cargo run --example gen-assets
//!
//! Run it after changing `src/cli/args.rs` or `src/cli/help.rs`, and commit the result.
//! An optional argument names another output folder.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

fn main() -> std::io::Result<()> {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"));
    let completions = out.join("completions");
    let man = out.join("man");
    fs::create_dir_all(&completions)?;
    fs::create_dir_all(&man)?;

    let mut stdout = std::io::stdout().lock();
    let mut cmd = yrke::cli::help::command(yrke::lang::Lang::Nb);
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let path = clap_complete::generate_to(shell, &mut cmd, "yrke", &completions)?;
        let _ = writeln!(stdout, "{}", path.display());
    }

    let date = std::env::var("SOURCE_DATE").unwrap_or_default();
    let mut pages = vec![cmd.clone()];
    pages.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    for page in pages {
        let m = clap_mangen::Man::new(page)
            .date(date.clone())
            .manual("Brukerveiledning for yrke");
        let path = man.join(m.get_filename());
        let mut roff = Vec::new();
        m.render(&mut roff)?;
        let text = norwegian_sections(&String::from_utf8_lossy(&roff));
        fs::File::create(&path)?.write_all(text.as_bytes())?;
        let _ = writeln!(stdout, "{}", path.display());
    }
    Ok(())
}

/// clap_mangen writes its section titles in English; man pages for a bokmål program use
/// Norwegian ones. Lines of lists and examples in the help text keep their own line.
fn norwegian_sections(roff: &str) -> String {
    roff.lines()
        .map(|line| match line {
            l if l.starts_with("\\- ") || l.starts_with("  ") => format!(".br\n{l}"),
            ".SH NAME" => ".SH NAVN".to_string(),
            ".SH SYNOPSIS" => ".SH BRUK".to_string(),
            ".SH DESCRIPTION" => ".SH BESKRIVELSE".to_string(),
            ".SH EXTRA" => ".SH MER".to_string(),
            ".SH VERSION" => ".SH VERSJON".to_string(),
            ".SH AUTHORS" => ".SH FORFATTERE".to_string(),
            ".SH Kommandoer" => ".SH KOMMANDOER".to_string(),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
