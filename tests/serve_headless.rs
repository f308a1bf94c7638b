//! `yrke serve` the way the README's systemd unit runs it: its own session with no
//! controlling terminal, no TERM, stdin from /dev/null, output not a terminal. A pupil's
//! window resize must redraw their screen, not end their session (issue 10: ratatui asked
//! crossterm for the *host's* terminal size, which ran `tput`, which fails without TERM).
//!
//! This runs the built binary, since the environment of the server process is the point.
//! Every wait has a deadline; no sleeps.

#[path = "support/pupil.rs"]
mod pupil;

use std::io::{self, BufRead, BufReader};
use std::net::SocketAddr;
use std::os::raw::c_int;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use pupil::Pupil;

unsafe extern "C" {
    /// POSIX `setsid(2)`: no preconditions, so safe to call.
    safe fn setsid() -> c_int;
}

/// How long the server may take to start or to log a line.
const LOG_WAIT: Duration = Duration::from_secs(20);

/// The server process; killed when dropped.
struct Headless {
    child: Child,
    addr: SocketAddr,
    /// The server's stderr, line by line.
    log: mpsc::Receiver<String>,
    _dir: tempfile::TempDir,
}

impl Headless {
    fn start() -> Headless {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_yrke"));
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--host-key"])
            .arg(dir.path().join("host_key"))
            .env_remove("TERM")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        without_a_terminal(&mut cmd);
        let mut child = cmd.spawn().expect("start yrke serve");
        let stderr = child.stderr.take().expect("stderr is piped");
        let (tx, log) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Headless {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            log,
            _dir: dir,
        };
        let listening = server.wait_for_log("lytter på ");
        server.addr = listening_addr(&listening);
        server
    }

    /// The next log line containing `needle`; panics with the lines seen at the deadline.
    fn wait_for_log(&self, needle: &str) -> String {
        let mut seen = Vec::new();
        loop {
            match self.log.recv_timeout(LOG_WAIT) {
                Ok(line) if line.contains(needle) => return line,
                Ok(line) => seen.push(line),
                Err(e) => panic!(
                    "no log line with «{needle}» ({e}); log:\n{}",
                    seen.join("\n")
                ),
            }
        }
    }
}

impl Drop for Headless {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start the server in a session of its own, as systemd does: no controlling terminal, so
/// /dev/tty cannot be opened.
fn without_a_terminal(cmd: &mut Command) {
    let new_session = || {
        if setsid() == -1 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    };
    // SAFETY: the closure runs in the forked child before exec and only calls setsid, which
    // is async-signal-safe and allocates nothing.
    unsafe {
        cmd.pre_exec(new_session);
    }
}

/// `yrke serve: lytter på 127.0.0.1:PORT (høyst …` → the address.
fn listening_addr(line: &str) -> SocketAddr {
    line.split("lytter på ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|addr| addr.parse().ok())
        .unwrap_or_else(|| panic!("no address in «{line}»"))
}

#[test]
fn a_resize_on_a_server_without_a_terminal_or_term_redraws_the_screen() {
    let server = Headless::start();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut p = Pupil::start(server.addr, 80, 24, &[]).await;
        p.wait_for_first_frame().await;

        p.screen.screen_mut().set_size(40, 120);
        p.channel
            .window_change(120, 40, 0, 0)
            .await
            .expect("resize");
        p.wait_until("a frame at 120×40", Duration::from_secs(10), |p| {
            p.text().lines().skip(30).any(|l| !l.trim().is_empty())
        })
        .await;
        assert!(!p.seen.closed, "the session must go on after a resize");
        assert!(p.screen.screen().alternate_screen(), "{}", p.text());

        p.send(b"\x03\x03").await; // Ctrl-C twice: the pupil leaves on their own.
        p.wait_for_close().await;
        assert_eq!(p.seen.exit_status, Some(0), "{}", p.text());
    });
    let goodbye = server.wait_for_log("koblet fra");
    assert!(!goodbye.contains("intern feil"), "{goodbye}");
}
