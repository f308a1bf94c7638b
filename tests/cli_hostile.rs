//! The command line against a hostile environment: stdout that cannot be written (a full
//! disk, `> /dev/full`) and a data file of 100 MB of junk. Each must end with a short
//! message on stderr and exit code 2, never with success or a panic.

use std::fs::File;
use std::io::Write;
use std::process::{Command, Stdio};

fn yrke() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_yrke"));
    c.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    c
}

/// Run with stdout opened to /dev/full: every write fails with ENOSPC.
fn to_dev_full(args: &[&str]) -> (i32, String) {
    let full = File::options().write(true).open("/dev/full").unwrap();
    let o = yrke()
        .args(args)
        .stdin(Stdio::null())
        .stdout(full)
        .output()
        .unwrap();
    (
        o.status.code().expect("an exit code, not a signal"),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Help, version and every command that writes a document: exit 2 and say why, as a
/// script needs to notice that nothing was saved. Help used to exit 0 here.
#[test]
fn writing_to_a_full_disk_is_an_error() {
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("no /dev/full here; skipped");
        return;
    }
    for args in [
        &["--help"][..],
        &["-h"],
        &["--version"],
        &["-V"],
        &["help"],
        &["help", "show"],
        &["show", "--help"],
        &["serve", "--help"],
        &["show", "radiolog"],
        &["show", "radiolog", "--format", "json"],
        &["list"],
        &["search", "lege"],
        &["timeline", "anestesiologi"],
        &["related", "radiolog"],
        &["compare", "radiolog", "anestesilege"],
        &["validate"],
    ] {
        let (code, err) = to_dev_full(args);
        assert_eq!(code, 2, "yrke {args:?} > /dev/full: stderr {err:?}");
        assert!(
            err.starts_with("yrke: ") && err.contains("(os error 28)"),
            "yrke {args:?}: {err:?}"
        );
        assert!(err.len() < 200, "yrke {args:?}: {err:?}");
    }
}

/// 100 MB of junk as a data file (sparse, so the test writes 4 KB): refused for its size,
/// with its path and the limit, in one short line, before it is read.
#[test]
fn a_huge_junk_data_file_is_refused_for_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.ron");
    let mut f = File::create(&path).unwrap();
    // Not UTF-8 from the first byte: reading would fail on the junk, not on the size.
    f.write_all(&[0xff; 4096]).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    drop(f);
    for args in [&["list"][..], &["validate"], &["show", "radiolog"]] {
        let started = std::time::Instant::now();
        let o = yrke()
            .arg("--data")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(err.contains(&*path.to_string_lossy()), "{args:?}: {err}");
        assert!(err.contains("større enn 8 MB"), "{args:?}: {err}");
        assert!(err.len() < 300, "{args:?}: {} bytes: {err}", err.len());
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{args:?}"
        );
    }
}
