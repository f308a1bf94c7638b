//! Writes shell completions and man pages from the clap definitions into `assets/`:
//!
//!     cargo run --example gen-assets
//!
//! Run it after changing `src/cli/args.rs`, `src/cli/help.rs` or the help in
//! `src/lang/cli.rs`, and commit the result; `tests/assets.rs` fails until you do.
//! An optional argument names another output folder.
//!
//! The man pages come in both standards: bokmål in `man/`, nynorsk in `man/nn/` (installed
//! under `/usr/share/man/nn/man1/`, so `man yrke` shows the nynorsk page in an `nn` locale).
//! The completions are static scripts and describe the flags in bokmål only.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap_complete::Shell;
use yrke::lang::{CliHelp, Lang};

fn main() -> std::io::Result<()> {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"));
    let date = std::env::var("SOURCE_DATE").unwrap_or_default();
    let mut stdout = std::io::stdout().lock();
    for path in generate(&out, &date)? {
        let _ = writeln!(stdout, "{}", path.display());
    }
    Ok(())
}

/// The folder each standard's man pages go in, under `assets/`.
pub fn man_dir(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "man",
        Lang::Nn => "man/nn",
    }
}

/// Writes every asset under `out` and returns the files written.
pub fn generate(out: &Path, date: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let completions = out.join("completions");
    fs::create_dir_all(&completions)?;
    let mut cmd = yrke::cli::help::command(Lang::Nb);
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        written.push(clap_complete::generate_to(
            shell,
            &mut cmd,
            "yrke",
            &completions,
        )?);
    }

    for lang in Lang::ALL {
        let man = out.join(man_dir(lang));
        fs::create_dir_all(&man)?;
        let cmd = yrke::cli::help::command(lang);
        let mut pages = vec![cmd.clone()];
        pages.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        for page in pages {
            let m = clap_mangen::Man::new(page)
                .date(date.to_string())
                .manual(lang.t(CliHelp::ManManual));
            let path = man.join(m.get_filename());
            let mut roff = Vec::new();
            m.render(&mut roff)?;
            let text = norwegian_sections(&String::from_utf8_lossy(&roff), lang);
            fs::File::create(&path)?.write_all(text.as_bytes())?;
            written.push(path);
        }
    }
    Ok(written)
}

/// clap_mangen writes its section titles in English; man pages for a Norwegian program use
/// Norwegian ones. Lines of lists and examples in the help text keep their own line.
fn norwegian_sections(roff: &str, lang: Lang) -> String {
    let section = |h: CliHelp| format!(".SH {}", lang.t(h));
    roff.lines()
        .map(|line| match line {
            l if l.starts_with("\\- ") || l.starts_with("  ") => format!(".br\n{l}"),
            ".SH NAME" => section(CliHelp::ManName),
            ".SH SYNOPSIS" => section(CliHelp::ManSynopsis),
            ".SH DESCRIPTION" => section(CliHelp::ManDescription),
            ".SH EXTRA" => section(CliHelp::ManExtra),
            ".SH VERSION" => section(CliHelp::ManVersion),
            ".SH AUTHORS" => section(CliHelp::ManAuthors),
            l if l == format!(".SH {}", lang.t(CliHelp::Commands)) => {
                format!(".SH {}", lang.t(CliHelp::Commands).to_uppercase())
            }
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
