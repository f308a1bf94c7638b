//! `yrke serve --proxy-protocol` as its own process, as it runs behind HAProxy: the test is
//! the balancer, writing the PROXY header itself before a russh pupil logs in. The server's
//! log (stderr) is read line by line; every wait has a deadline, no sleeps.

#[path = "support/pupil.rs"]
mod pupil;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use pupil::{Pupil, login_over};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::timeout;
use yrke::serve::proxy::header::{v2_local, v2_proxy};

const WAIT: Duration = Duration::from_secs(15);

/// A `yrke serve` process and every line it has logged so far.
struct Served {
    child: Child,
    addr: SocketAddr,
    log: watch::Receiver<Vec<String>>,
    _dir: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    async fn start(args: &[&str]) -> Served {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("host_key");
        let mut child = Command::new(env!("CARGO_BIN_EXE_yrke"))
            .args(["serve", "--proxy-protocol", "--listen", "127.0.0.1:0"])
            .arg("--host-key")
            .arg(&key)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start yrke serve");
        let (tx, log) = watch::channel(Vec::new());
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                tx.send_modify(|lines| lines.push(line));
            }
        });
        let mut served = Served {
            child,
            addr: "0.0.0.0:0".parse().unwrap(),
            log,
            _dir: dir,
        };
        let line = served.wait_for_line("lytter på ").await;
        let addr = line.split("lytter på ").nth(1).unwrap();
        served.addr = addr.split(' ').next().unwrap().parse().unwrap();
        served
    }

    /// The first logged line containing `needle`; panics with the log at the deadline.
    async fn wait_for_line(&mut self, needle: &str) -> String {
        let found = timeout(
            WAIT,
            self.log
                .wait_for(|lines| lines.iter().any(|l| l.contains(needle))),
        )
        .await
        .is_ok_and(|r| r.is_ok());
        let lines = self.lines();
        assert!(
            found,
            "waited for a line with «{needle}»; log:\n{}",
            lines.join("\n")
        );
        lines.into_iter().find(|l| l.contains(needle)).unwrap()
    }

    fn lines(&self) -> Vec<String> {
        self.log.borrow().clone()
    }

    /// A TCP connection that has sent `header`, as the balancer opens one.
    async fn balancer(&self, header: &[u8]) -> TcpStream {
        let mut tcp = TcpStream::connect(self.addr).await.unwrap();
        tcp.write_all(header).await.unwrap();
        tcp
    }
}

/// Read until the server closes; what it sent before closing.
async fn until_closed(tcp: &mut TcpStream) -> Vec<u8> {
    let mut got = Vec::new();
    let read = timeout(WAIT, tcp.read_to_end(&mut got)).await;
    assert!(read.is_ok(), "still open after {WAIT:?}; got {got:?}");
    got
}

/// Read until the server's SSH banner (it let the connection in).
async fn banner(tcp: &mut TcpStream) -> String {
    let mut buf = [0u8; 64];
    let n = timeout(WAIT, tcp.read(&mut buf)).await.unwrap().unwrap();
    String::from_utf8_lossy(&buf[..n]).into_owned()
}

fn balancer_side() -> SocketAddr {
    "10.0.0.1:2222".parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pupil_behind_the_balancer_is_logged_by_the_address_in_the_v2_header() {
    let mut s = Served::start(&[]).await;
    let pupil: SocketAddr = "203.0.113.7:40000".parse().unwrap();
    let tcp = s.balancer(&v2_proxy(pupil, balancer_side())).await;
    let mut p = Pupil::start_on(login_over(tcp).await, 80, 24).await;
    p.wait_for_first_frame().await;
    p.send(b"radiolog").await;
    p.wait_for_text("Radiolog").await;
    s.wait_for_line("koblet til 203.0.113.7:40000 (1 økt)")
        .await;
    let loopback: Vec<String> = s
        .lines()
        .into_iter()
        .filter(|l| l.contains("127.0.0.1:") && !l.contains("lytter på"))
        .collect();
    assert!(loopback.is_empty(), "the balancer's address: {loopback:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_v1_ipv6_header_is_logged_truncated_as_asked() {
    let mut s = Served::start(&["--log-addresses", "truncated"]).await;
    let tcp = s
        .balancer(b"PROXY TCP6 2001:db8:aa:bb::7 2001:db8::1 40000 2222\r\n")
        .await;
    let mut p = Pupil::start_on(login_over(tcp).await, 80, 24).await;
    p.wait_for_first_frame().await;
    s.wait_for_line("koblet til 2001:db8:aa::/48 (1 økt)").await;
    assert!(
        !s.lines().iter().any(|l| l.contains("bb::7")),
        "{:?}",
        s.lines()
    );
}

/// HAProxy's `check-send-proxy` health checks (v2 LOCAL), v1 UNKNOWN and a bare connect
/// check are closed without a word; a client that skips the balancer is dropped and logged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_checks_leave_no_line_and_a_client_without_the_header_is_dropped() {
    let mut s = Served::start(&[]).await;
    for check in [v2_local(), b"PROXY UNKNOWN\r\n".to_vec(), Vec::new()] {
        let mut tcp = s.balancer(&check).await;
        // The balancer closes its side at once, as HAProxy's check does.
        tcp.shutdown().await.unwrap();
        assert_eq!(
            until_closed(&mut tcp).await,
            b"",
            "no SSH banner for a check"
        );
    }
    // Every check has been closed by the server, so any line it caused is written by now.
    // A direct SSH client sends its banner where the header should be.
    let direct = timeout(WAIT, async {
        let tcp = TcpStream::connect(s.addr).await.unwrap();
        let config = std::sync::Arc::new(russh::client::Config::default());
        russh::client::connect_stream(config, tcp, pupil::Trusting).await
    })
    .await
    .expect("the direct client must be dropped, not left waiting");
    assert!(direct.is_err(), "a client without a header got in");
    s.wait_for_line(": ugyldig PROXY-hode").await;
    let refusals: Vec<String> = s
        .lines()
        .into_iter()
        .filter(|l| l.contains("avviste") || l.contains("feil"))
        .collect();
    assert_eq!(refusals.len(), 1, "{refusals:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_balancer_that_never_sends_the_header_is_dropped() {
    let mut s = Served::start(&[]).await;
    let mut tcp = s.balancer(b"PROXY TCP4 203.0.").await;
    // Dropped at the header deadline (5 s), with no SSH banner.
    assert_eq!(until_closed(&mut tcp).await, b"");
    s.wait_for_line(": kom ikke med PROXY-hode i tide").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_balancer_may_connect() {
    let mut s = Served::start(&["--proxy-from", "192.0.2.0/24,2001:db8::/32"]).await;
    let pupil: SocketAddr = "203.0.113.7:40000".parse().unwrap();
    let mut tcp = s.balancer(&v2_proxy(pupil, balancer_side())).await;
    assert_eq!(until_closed(&mut tcp).await, b"");
    let line = s.wait_for_line("ikke fra lastbalansereren").await;
    assert!(line.contains("avviste 127.0.0.1:"), "{line}");
}

/// The per-address cap counts the pupil from the header: two pupils behind the balancer are
/// two addresses, though every TCP connection comes from 127.0.0.1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_per_address_cap_sees_the_pupil_not_the_balancer() {
    let mut s = Served::start(&["--max-startups-per-address", "1"]).await;
    let header = |ip: &str| v2_proxy(format!("{ip}:40000").parse().unwrap(), balancer_side());
    let mut first = s.balancer(&header("203.0.113.7")).await;
    assert!(banner(&mut first).await.starts_with("SSH-2.0-"));
    let mut second = s.balancer(&header("203.0.113.7")).await;
    assert_eq!(until_closed(&mut second).await, b"");
    s.wait_for_line("avviste 203.0.113.7:40000: for mange innlogginger fra én adresse")
        .await;
    let mut other = s.balancer(&header("198.51.100.1")).await;
    assert!(banner(&mut other).await.starts_with("SSH-2.0-"));
}

#[test]
fn a_bad_proxy_from_is_a_usage_error_that_says_what_was_expected() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("host_key");
    for (from, says) in [
        ("10.0.0.0/33", "prefikslengden må være 0–32"),
        ("haproxy.local", "er ikke en IP-adresse"),
        ("10.1.2.3/24", "mente du 10.1.2.0/24?"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_yrke"))
            .args(["serve", "--proxy-protocol", "--proxy-from", from])
            .arg("--host-key")
            .arg(&key)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{from}: {err}");
        assert!(err.contains(says), "{from}: {err}");
        assert!(err.contains("forventet nett i CIDR-form"), "{from}: {err}");
    }
    assert!(
        !key.exists(),
        "no host key is made for a command line that fails"
    );
}
