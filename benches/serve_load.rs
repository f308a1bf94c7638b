//! Load on `yrke serve`: N pupils at once on loopback, each typing a scripted query.
//!
//!     cargo bench --bench serve_load            # N = 10, 50, 100
//!     cargo bench --bench serve_load -- 20 200  # other N
//!     cargo bench --bench serve_load -- paste   # CPU for one pupil's 30 KB paste
//!     cargo bench --bench serve_load -- storm   # RSS under a 10,000-resize storm
//!
//! For every key: the time from sending it to the end of the frame that reflects it (each
//! frame ends with the synchronized-output end mark, and the server draws nothing
//! unprompted, so the first complete frame after a key is that key's frame). Memory: the
//! server runs as its own process (a fresh one per N); VmRSS is read from /proc before any
//! pupil connects and after all of them have typed, divided by N.
//!
//! The pupils run in this process on the same 2 cores as the server, so the latencies
//! include the clients' own SSH and terminal work: an upper bound for the server alone.

#[path = "../tests/support/pupil.rs"]
mod pupil;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pupil::Pupil;

/// Every key changes the query, so every key gets a frame.
const SCRIPT: &[&[u8]] = &[
    b"r", b"a", b"d", b"i", b"o", b"l", b"o", b"g", b"\x7f", b"\x7f", b"\x7f", b"\x7f", b"\x7f",
    b"\x7f", b"\x7f", b"\x7f", b"a", b"n", b"e", b"s", b"t", b"e", b"s", b"i", b"\x7f", b"\x7f",
    b"\x7f", b"\x7f", b"\x7f", b"\x7f", b"\x7f", b"\x7f",
];
/// A pupil types about five keys a second.
const THINK: Duration = Duration::from_millis(200);
const FRAME_END: &[u8] = b"\x1b[?2026l";
const KEY_TIMEOUT: Duration = Duration::from_secs(5);

struct ServerProcess {
    child: Child,
    addr: SocketAddr,
    _dir: tempfile::TempDir,
}

impl ServerProcess {
    fn start(max_sessions: usize) -> ServerProcess {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_yrke"))
            .args(["serve", "--listen", "127.0.0.1:0", "--idle-timeout", "1h"])
            .arg("--max-sessions")
            .arg(max_sessions.to_string())
            .arg("--host-key")
            .arg(dir.path().join("host_key"))
            .stderr(Stdio::piped())
            .spawn()
            .expect("start yrke serve");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let addr = loop {
            let line = lines.next().expect("server output").unwrap();
            if let Some(rest) = line.strip_prefix("yrke serve: lytter på ") {
                break rest.split_whitespace().next().unwrap().parse().unwrap();
            }
        };
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        ServerProcess {
            child,
            addr,
            _dir: dir,
        }
    }

    /// CPU time the server has used (user + system), from /proc.
    fn cpu(&self) -> Duration {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // Fields after the command name (which is in parentheses): utime and stime are the
        // 12th and 13th, in clock ticks (100 a second on Linux).
        let rest = &stat[stat.rfind(')').unwrap() + 2..];
        let f: Vec<u64> = rest
            .split_whitespace()
            .map(|v| v.parse().unwrap_or(0))
            .collect();
        Duration::from_millis((f[11] + f[12]) * 10)
    }

    fn rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Send one key and wait for the end of the frame it causes.
async fn key_to_frame(p: &mut Pupil, key: &[u8]) -> Option<Duration> {
    let t0 = Instant::now();
    p.send(key).await;
    let until = tokio::time::Instant::now() + KEY_TIMEOUT;
    loop {
        let msg = tokio::time::timeout_at(until, p.channel.wait())
            .await
            .ok()??;
        if let russh::ChannelMsg::Data { data } = msg {
            p.screen.process(&data);
            if data.windows(FRAME_END.len()).any(|w| w == FRAME_END) {
                return Some(t0.elapsed());
            }
        }
    }
}

/// One pupil: connect, wait for the explorer, type the script. Returns each key's latency
/// (`None`: no frame within the timeout).
async fn pupil(addr: SocketAddr, start_after: Duration) -> Vec<Option<Duration>> {
    let mut p = Pupil::start(addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    tokio::time::sleep(start_after).await;
    let mut out = Vec::with_capacity(SCRIPT.len());
    for key in SCRIPT {
        out.push(key_to_frame(&mut p, key).await);
        tokio::time::sleep(THINK).await;
    }
    p.send(b"\x03").await;
    p.wait_for_close().await;
    out
}

struct Report {
    n: usize,
    keys: usize,
    lost: usize,
    p50: Duration,
    p99: Duration,
    max: Duration,
    base_kb: u64,
    per_session_kb: u64,
}

async fn run(n: usize) -> Report {
    let server = ServerProcess::start(n);
    let base_kb = server.rss_kb();
    let mut tasks = Vec::new();
    for i in 0..n {
        // Spread the pupils' first keys over one think time, as a class would.
        let offset = THINK * u32::try_from(i).unwrap() / u32::try_from(n).unwrap();
        tasks.push(tokio::spawn(pupil(server.addr, offset)));
    }
    // Sample memory while every session is open and typing.
    let mut peak_kb = base_kb;
    while !tasks.iter().all(|t| t.is_finished()) {
        peak_kb = peak_kb.max(server.rss_kb());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let keys = all.len();
    let mut ok: Vec<Duration> = all.into_iter().flatten().collect();
    ok.sort();
    let pick = |q: f64| ok[((ok.len() as f64 * q) as usize).min(ok.len() - 1)];
    Report {
        n,
        keys,
        lost: keys - ok.len(),
        p50: pick(0.50),
        p99: pick(0.99),
        max: *ok.last().unwrap(),
        base_kb,
        per_session_kb: peak_kb.saturating_sub(base_kb) / n as u64,
    }
}

/// Read until a frame end arrives and `done` holds for the screen.
async fn read_until(p: &mut Pupil, done: impl Fn(&Pupil) -> bool) {
    let until = tokio::time::Instant::now() + Duration::from_secs(120);
    while !done(p) {
        match tokio::time::timeout_at(until, p.channel.wait()).await {
            Ok(Some(russh::ChannelMsg::Data { data })) => p.screen.process(&data),
            Ok(Some(_)) => {}
            _ => panic!("no frame; screen:\n{}", p.text()),
        }
    }
}

/// One pupil pastes 30 KB (SSH packets as the client cuts them): the server's CPU time for
/// it, from /proc (10 ms resolution), over several pastes.
async fn paste() {
    const ROUNDS: usize = 5;
    let server = ServerProcess::start(10);
    let mut p = Pupil::start(server.addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    let text = "radiologi ".repeat(30 * 1024 / 10);
    let mut total = Duration::ZERO;
    for round in 0..ROUNDS {
        let before = server.cpu();
        p.send(text.as_bytes()).await;
        // The query is capped at 80 characters: wait for that, then clear it (Ctrl-U).
        read_until(&mut p, |p| {
            p.text().contains("radiologi radiologi radiologi")
        })
        .await;
        let used = server.cpu() - before;
        total += used;
        println!(
            "paste {round}: 30 KB → {:.0} ms CPU",
            used.as_secs_f64() * 1000.0
        );
        p.send(b"\x15").await;
        read_until(&mut p, |p| !p.text().contains("radiologi radiologi")).await;
    }
    println!(
        "30 KB paste: {:.0} ms server CPU on average over {ROUNDS}",
        total.as_secs_f64() * 1000.0 / ROUNDS as f64
    );
}

/// A pupil's client sends 10,000 resizes between 1×1 and 500×200 (and reads): the server's
/// peak RSS above its idle RSS.
async fn storm() {
    let server = ServerProcess::start(10);
    let base = server.rss_kb();
    let mut p = Pupil::start(server.addr, 80, 24, &[]).await;
    p.wait_for_first_frame().await;
    let mut peak = base;
    for i in 0..10_000u32 {
        let (c, r) = if i % 2 == 0 { (500, 200) } else { (1, 1) };
        p.channel.window_change(c, r, 0, 0).await.unwrap();
        if i % 500 == 0 {
            peak = peak.max(server.rss_kb());
        }
    }
    p.channel.window_change(80, 24, 0, 0).await.unwrap();
    p.send(b"radiolog").await;
    let mut screen_ok = false;
    let until = tokio::time::Instant::now() + Duration::from_secs(120);
    while !screen_ok {
        match tokio::time::timeout_at(until, p.channel.wait()).await {
            Ok(Some(russh::ChannelMsg::Data { data })) => {
                peak = peak.max(server.rss_kb());
                p.screen.process(&data);
                screen_ok = p.text().contains("Radiolog");
            }
            Ok(Some(_)) => {}
            _ => panic!("no frame after the storm"),
        }
    }
    println!(
        "10,000 resizes: idle RSS {:.1} MB, peak {:.1} MB (+{:.1} MB)",
        base as f64 / 1024.0,
        peak as f64 / 1024.0,
        (peak - base) as f64 / 1024.0
    );
}

fn main() {
    let rt0 = std::env::args()
        .skip(1)
        .find(|a| a == "paste" || a == "storm");
    if let Some(which) = rt0 {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        if which == "paste" {
            rt.block_on(paste());
        } else {
            rt.block_on(storm());
        }
        return;
    }
    let mut ns: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if ns.is_empty() {
        ns = vec![10, 50, 100];
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    println!(
        "serve_load: {} keys per pupil, {} ms between keys, 80×24",
        SCRIPT.len(),
        THINK.as_millis()
    );
    println!("    N   keys  lost   p50 ms   p99 ms   max ms   base RSS MB   RSS per session KB");
    for n in ns {
        let r = rt.block_on(run(n));
        println!(
            "{:>5} {:>6} {:>5} {:>8.1} {:>8.1} {:>8.1} {:>13.1} {:>20}",
            r.n,
            r.keys,
            r.lost,
            r.p50.as_secs_f64() * 1000.0,
            r.p99.as_secs_f64() * 1000.0,
            r.max.as_secs_f64() * 1000.0,
            r.base_kb as f64 / 1024.0,
            r.per_session_kb
        );
    }
}
