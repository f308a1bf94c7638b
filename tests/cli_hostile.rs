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

/// A school's own data file whose names and texts carry terminal control: a title change
/// (OSC … BEL), a screen clear (CSI 2J), a C1 CSI and a bidi override, both written raw and
/// as RON escapes.
const HOSTILE: &str = "(
    sources: [(id: \"kilde\", title: \"T\u{1b}]0;eid\u{7}\", publisher: \"P\")],
    occupations: [
        (id: \"lege\", name: \"Lege\u{1b}]0;eid\u{7}\", summary: \"Behandler \\u{1b}[2J syke.\",
         sources: [\"kilde\"], related: [(id: \"sykepleier\", kind: WorksWith)]),
        (id: \"sykepleier\", name: \"Syke\u{202e}pleier\", summary: \"Pleier \u{9b}31m syke.\",
         sources: [\"kilde\"]),
    ],
)";

fn has_terminal_control(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    bytes.contains(&0x1b)
        || bytes.contains(&0x07)
        || text.contains('\u{9b}')
        || text.contains('\u{202e}')
}

/// Data is text, never terminal control: the file is refused with a message that names
/// each field and its control character, escaped, and no command, format or `yrke serve` lets one through.
#[test]
fn control_characters_in_data_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("skolen.ron"), HOSTILE).unwrap();
    let data = dir.path().to_str().unwrap();
    let key = dir.path().join("host_key");
    let key = key.to_str().unwrap();
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["validate"],
        vec!["list"],
        vec!["search", "lege"],
        vec!["serve", "--listen", "127.0.0.1:0", "--host-key", key],
    ];
    for format in ["text", "markdown", "json"] {
        for cmd in [
            &["show", "lege"][..],
            &["related", "lege"],
            &["timeline", "lege"],
            &["compare", "lege", "sykepleier"],
            &["list"],
            &["search", "lege"],
        ] {
            let mut v = cmd.to_vec();
            v.extend(["--format", format]);
            runs.push(v);
        }
    }
    for args in runs {
        let o = yrke()
            .arg("--data")
            .arg(data)
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "yrke {args:?}: {err}");
        assert!(
            !has_terminal_control(&o.stdout) && !has_terminal_control(&o.stderr),
            "yrke {args:?} let terminal control through: {err:?}"
        );
        assert!(
            err.contains("lege.name: inneholder styretegnet \\u{1b}")
                && err.contains("sykepleier.name: inneholder styretegnet \\u{202e}"),
            "yrke {args:?}: the message names the field and the character: {err}"
        );
    }
}
