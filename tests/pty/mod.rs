//! A real pseudo-terminal around the `yrke` binary: a reader thread feeds every byte to a
//! vt100 screen (and keeps the raw bytes); tests wait on screen contents with a deadline.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// Generous: CI may be a loaded 2-core machine running a debug build.
pub const DEADLINE: Duration = Duration::from_secs(20);

pub struct Shared {
    pub parser: vt100::Parser,
    pub raw: Vec<u8>,
}

pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    shared: Arc<Mutex<Shared>>,
    reader: Option<JoinHandle<()>>,
    tty: Option<PathBuf>,
    termios_before: Option<String>,
}

/// The environment of a school terminal with a UTF-8 locale; tests override single values
/// (`Some`) or remove them (`None`).
const BASE_ENV: &[(&str, &str)] = &[
    ("TERM", "xterm-256color"),
    ("LANG", "nb_NO.UTF-8"),
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
];

impl Pty {
    pub fn spawn(args: &[&str], env: &[(&str, Option<&str>)], cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_yrke"));
        cmd.args(args);
        cmd.env_clear();
        for (k, v) in BASE_ENV {
            cmd.env(k, v);
        }
        for (k, v) in env {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            }
        }
        let tty = pair.master.tty_name();
        let termios_before = tty.as_ref().and_then(stty_state);
        let child = pair.slave.spawn_command(cmd).expect("spawn yrke");
        // Our copy of the slave must go, or the reader never sees the end.
        drop(pair.slave);

        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new(rows.max(1), cols.max(1), 0),
            raw: Vec::new(),
        }));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let feed = Arc::clone(&shared);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        let mut s = feed.lock().unwrap_or_else(|p| p.into_inner());
                        s.parser.process(&buf[..n]);
                        s.raw.extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Pty {
            master: pair.master,
            writer,
            child,
            shared,
            reader: Some(reader),
            tty,
            termios_before,
        }
    }

    /// The explorer at 80×24 in a UTF-8 locale, with extra environment.
    pub fn explorer(args: &[&str], env: &[(&str, Option<&str>)]) -> Pty {
        Pty::spawn(args, env, 80, 24)
    }

    pub fn shared(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn screen_text(&self) -> String {
        self.shared().parser.screen().contents()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.shared().raw.clone()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Type text one key at a time (each its own write, like a person typing).
    pub fn type_keys(&mut self, text: &str) {
        let mut buf = [0u8; 4];
        for c in text.chars() {
            self.send(c.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// Poll the screen until `ok` holds; panic with the screen if the deadline passes or the
    /// program ends first.
    pub fn wait_for(&mut self, what: &str, ok: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            if ok(self.shared().parser.screen()) {
                return;
            }
            let exited = matches!(self.child.try_wait(), Ok(Some(_)));
            // One last look: the bytes that satisfy us may have come just before the exit.
            if exited || Instant::now() > deadline {
                if ok(self.shared().parser.screen()) {
                    return;
                }
                let why = if exited {
                    "programmet avsluttet"
                } else {
                    "tiden gikk ut"
                };
                panic!("venter på {what}: {why}. Skjermen:\n{}", self.screen_text());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Poll the raw output until it contains `needle` (for what a screen cannot show).
    pub fn wait_for_output(&mut self, needle: &[u8]) {
        let deadline = Instant::now() + DEADLINE;
        while !self.shared().raw.windows(needle.len()).any(|w| w == needle) {
            assert!(
                Instant::now() < deadline && self.is_running(),
                "venter på {:?} i utdataene",
                String::from_utf8_lossy(needle)
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn wait_for_text(&mut self, text: &str) {
        self.wait_for(&format!("«{text}»"), |s| s.contents().contains(text));
    }

    /// Resize the pty (the child gets SIGWINCH) and our screen model with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master.resize(size(cols, rows)).expect("resize pty");
        self.shared()
            .parser
            .screen_mut()
            .set_size(rows.max(1), cols.max(1));
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn kill_with(&self, signal: &str) {
        let pid = self.child.process_id().expect("child pid");
        let ok = Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -{signal} {pid}");
    }

    /// Wait for the program to end and for its last bytes to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + DEADLINE;
        let status = loop {
            if let Ok(Some(st)) = self.child.try_wait() {
                break st;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("yrke avsluttet ikke. Skjermen:\n{}", self.screen_text());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        status
    }

    /// Everything a well-behaved exit leaves behind: the raw output ends by leaving the
    /// alternate screen and showing the cursor, the screen model agrees, no mouse reporting,
    /// and the tty's settings are what they were before the program started.
    pub fn assert_restored(&self) {
        let raw = self.raw();
        assert!(
            raw.ends_with(b"\x1b[?1049l\x1b[?25h"),
            "the output must end with leaving the alternate screen and showing the cursor; \
             it ends with {:?}",
            String::from_utf8_lossy(&raw[raw.len().saturating_sub(80)..])
        );
        self.assert_screen_state_restored();
        self.assert_termios_restored();
    }

    pub fn assert_screen_state_restored(&self) {
        let s = self.shared();
        let screen = s.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting still on"
        );
    }

    /// Raw mode off again: `stty -g` of the pty is what it was before the start.
    pub fn assert_termios_restored(&self) {
        let (Some(tty), Some(before)) = (&self.tty, &self.termios_before) else {
            return; // no stty here; the escape-sequence checks still ran
        };
        let after = stty_state(tty).expect("stty after exit");
        assert_eq!(&after, before, "the tty's modes were not restored");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn stty_state(tty: &PathBuf) -> Option<String> {
    let out = Command::new("stty")
        .arg("-g")
        .arg("-F")
        .arg(tty)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// SGR parameters that set a colour (foreground, background, bright, 256/truecolour). The
/// defaults (39, 49, 59) and attributes (bold, reverse, underline …) are not colours.
pub fn colour_sgr_codes(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let text = String::from_utf8_lossy(raw);
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("\x1b[") {
        rest = &rest[i + 2..];
        let end = rest
            .find(|c: char| ('\x40'..='\x7e').contains(&c))
            .unwrap_or(rest.len());
        let (params, tail) = rest.split_at(end);
        if tail.starts_with('m') && !params.starts_with('?') {
            let is_colour = params.split([';', ':']).any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)
                )
            });
            if is_colour {
                found.push(format!("\\e[{params}m"));
            }
        }
    }
    found
}

/// Box-drawing characters (U+2500–U+257F) anywhere in the output.
pub fn box_drawing_chars(raw: &[u8]) -> Vec<char> {
    let mut v: Vec<char> = String::from_utf8_lossy(raw)
        .chars()
        .filter(|c| ('\u{2500}'..='\u{257f}').contains(c))
        .collect();
    v.dedup();
    v
}
