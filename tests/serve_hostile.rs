//! `yrke serve` under hostile or odd input: silent sockets, an idle timeout of 0, absurd
//! flags, IPv6.

#[path = "support/pupil.rs"]
mod pupil;
#[path = "support/server.rs"]
mod server_support;

use std::process::Command;
use std::time::Duration;

use pupil::Pupil;
use server_support::{start_on, start_with};
use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;
use yrke::serve::Settings;

/// 132 silent sockets from one address used to take every connection place (max-sessions +
/// 32) for the 30 s handshake timeout. Now one address may hold at most 40 connections that
/// have not logged in; the rest are closed at once, without the SSH banner.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_sockets_from_one_address_get_at_most_the_address_cap() {
    let s = start_with(Settings::new(100, Duration::from_secs(600))).await;
    let mut sockets = Vec::new();
    for _ in 0..132 {
        sockets.push(TcpStream::connect(s.addr).await.unwrap());
    }
    let (mut closed, mut banner) = (0, 0);
    for sock in &mut sockets {
        let mut buf = [0u8; 64];
        // Every socket hears something soon: the banner, or the close.
        match timeout(Duration::from_secs(30), sock.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            Ok(Ok(_)) => banner += 1,
            Err(_) => panic!("a socket heard nothing"),
        }
    }
    assert!(banner <= 40, "{banner} silent sockets were let in");
    assert!(closed >= 92, "{closed} closed");
    assert_eq!(banner + closed, 132);
}

/// `--idle-timeout 0` used to drop every pupil at once; now it means no idle timeout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_timeout_of_zero_is_off() {
    let s = start_with(Settings::new(10, Duration::ZERO)).await;
    let mut p = Pupil::start(s.addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    p.send(b"radiolog").await;
    p.wait_for_text("Radiolog").await;
    assert!(!p.text().contains("Koblet fra"), "{}", p.text());
}

/// Listening on IPv6 loopback works (skipped where the machine has no IPv6).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ipv6_loopback_serves_a_pupil() {
    let Ok(listener) = TcpListener::bind("[::1]:0").await else {
        eprintln!("no IPv6 loopback here; skipped");
        return;
    };
    let s = start_on(Settings::new(10, Duration::from_secs(600)), listener).await;
    assert!(s.addr.is_ipv6());
    let mut p = Pupil::start(s.addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    p.send(b"radiolog").await;
    p.wait_for_text("Radiolog").await;
}

fn serve(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_yrke"))
        .arg("serve")
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .output()
        .expect("run yrke serve");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `--idle-timeout 18446744073709551615` panicked (exit 101) adding it to a clock.
#[test]
fn absurd_durations_are_usage_errors_not_panics() {
    for huge in ["18446744073709551615", "99999999999999999999h", "31d"] {
        let (code, err) = serve(&["--idle-timeout", huge]);
        assert_eq!(code, Some(2), "{huge}: {err}");
        assert!(err.contains("30 dager"), "{huge}: {err}");
    }
}

/// `--host-key /dev/zero` read without end; a directory or a device is refused at once.
#[test]
fn a_host_key_that_is_not_a_small_regular_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for path in ["/dev/zero".to_string(), dir.path().display().to_string()] {
        let (code, err) = serve(&["--host-key", &path]);
        assert_eq!(code, Some(2), "{path}: {err}");
        assert!(err.contains("vanlig fil"), "{path}: {err}");
    }
}
