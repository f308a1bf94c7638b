//! `yrke serve`'s log as the teacher (or journald) sees it: the real binary, its stderr
//! read line by line. Refused exec requests, sessions without a pty, `TERM=dumb` and
//! connections that never finish the handshake each give one line in the stable format
//! `yrke serve: avviste ADRESSE: GRUNN`, and a pupil's visit gives `koblet til`/`koblet fra`.

#[path = "support/pupil.rs"]
mod pupil;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use pupil::Pupil;
use yrke::serve::log::why;

struct Serve {
    child: Child,
    addr: SocketAddr,
    lines: mpsc::Receiver<String>,
    /// Every line read so far.
    seen: Vec<String>,
    _dir: tempfile::TempDir,
}

impl Serve {
    fn start() -> Serve {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_yrke"))
            .args(["serve", "--listen", "127.0.0.1:0", "--login-timeout", "1s"])
            .arg("--host-key")
            .arg(dir.path().join("host_key"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut s = Serve {
            child,
            addr: "127.0.0.1:0".parse().unwrap(),
            lines,
            seen: Vec::new(),
            _dir: dir,
        };
        let listening = s.wait_for("yrke serve: lytter på ");
        s.addr = listening["yrke serve: lytter på ".len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        s
    }

    /// The first line not seen before that contains `needle`; panics after 10 s.
    fn wait_for(&mut self, needle: &str) -> String {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let left = until.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "no log line with «{needle}»; log:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `yrke serve: avviste 127.0.0.1:PORT: GRUNN`, exactly, for a client at `local`.
fn assert_refusal(line: &str, local: SocketAddr, reason: &str) {
    assert_eq!(line, format!("yrke serve: avviste {local}: {reason}"));
}

/// Blocking log reads inside the async test: one at a time, off the runtime's workers.
/// The `ADDRESS:PORT` of a refusal line, `yrke serve: avviste ADDRESS:PORT: GRUNN`.
fn address_in(line: &str) -> String {
    let rest = line.strip_prefix("yrke serve: avviste ").expect(line);
    let (addr, _) = rest.rsplit_once(": ").expect(line);
    format!("{addr}:")
}

async fn wait_for(s: &mut Serve, needle: &str) -> String {
    tokio::task::block_in_place(|| s.wait_for(needle))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_and_timeouts_are_one_stable_line_each() {
    let mut s = Serve::start();

    // A command (`ssh server ls`).
    let mut p = Pupil::open(s.addr, 80, 24).await;
    p.channel.exec(true, "ls").await.unwrap();
    p.wait_for_close().await;
    let line = wait_for(&mut s, why::EXEC).await;
    assert!(line.starts_with("yrke serve: avviste 127.0.0.1:"), "{line}");
    assert!(line.ends_with(&format!(": {}", why::EXEC)), "{line}");
    let mut refused = vec![address_in(&line)];

    // A shell without a pty (`ssh -T server`).
    let mut p = Pupil::open(s.addr, 80, 24).await;
    p.channel.request_shell(true).await.unwrap();
    p.wait_for_close().await;
    let line = wait_for(&mut s, why::NO_PTY).await;
    assert!(line.starts_with("yrke serve: avviste 127.0.0.1:"), "{line}");
    refused.push(address_in(&line));

    // A pty with TERM=dumb.
    let mut p = Pupil::open(s.addr, 80, 24).await;
    p.channel
        .request_pty(true, "dumb", 80, 24, 0, 0, &[])
        .await
        .unwrap();
    p.channel.request_shell(true).await.unwrap();
    p.wait_for_close().await;
    let line = wait_for(&mut s, why::DUMB).await;
    assert!(line.starts_with("yrke serve: avviste 127.0.0.1:"), "{line}");
    refused.push(address_in(&line));

    // A socket that never says anything: cut off after --login-timeout (1 s here).
    let silent = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    let local = silent.local_addr().unwrap();
    let line = wait_for(&mut s, &format!("{local}: {}", why::HANDSHAKE_TIMEOUT)).await;
    assert_refusal(&line, local, why::HANDSHAKE_TIMEOUT);
    drop(silent);
    // The refused clients above still hold their connections, and their deadlines ran out
    // before this one's: each was logged once, as refused, not again as a timeout.
    for addr in &refused {
        let lines: Vec<_> = s
            .seen
            .iter()
            .filter(|l| l.contains(addr.as_str()))
            .collect();
        assert_eq!(lines.len(), 1, "{addr}: {lines:?}");
    }

    // And a pupil who uses the explorer: in and out, with the count of sessions.
    let mut p = Pupil::start(s.addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    let line = wait_for(&mut s, "koblet til").await;
    assert!(
        line.starts_with("yrke serve: koblet til 127.0.0.1:"),
        "{line}"
    );
    assert!(line.ends_with("(1 økt)"), "{line}");
    p.send(b"\x03\x03").await;
    p.wait_for_close().await;
    let line = wait_for(&mut s, "koblet fra").await;
    assert!(
        line.starts_with("yrke serve: koblet fra 127.0.0.1:"),
        "{line}"
    );

    // Nothing else: every line is the server's, and none is a Rust error or panic.
    for line in &s.seen {
        assert!(line.starts_with("yrke serve: "), "{line}");
    }
}
