//! Load on `yrke serve`: N pupils at once on loopback, each typing a scripted query.
//!
//!     cargo bench --bench serve_load            # N = 10, 50, 100
//!     cargo bench --bench serve_load -- 20 200  # other N
//!     cargo bench --bench serve_load -- paste   # CPU for one pupil's 30 KB paste
//!     cargo bench --bench serve_load -- storm   # RSS under a 10,000-resize storm
//!     cargo bench --bench serve_load -- 1000    # a thousand (raises the open-file limit)
//!     cargo bench --bench serve_load -- size 500x200 100   # memory per pupil at a size
//!
//! For every key: the time from sending it to the end of the frame that reflects it (each
//! frame ends with the synchronized-output end mark, and the server draws nothing
//! unprompted, so the first complete frame after a key is that key's frame). Memory: the
//! server runs as its own process (a fresh one per N); VmRSS is read from /proc before any
//! pupil connects and after all of them have typed, divided by N.
//!
//! Pupils log in a few at a time (as a class does, and within the pre-login budget), wait
//! until all are in, then type: so every session is open while any pupil types.
//!
//! The pupils run in this process on the same 2 cores as the server, so the latencies
//! include the clients' own SSH and terminal work: an upper bound for the server alone.

#[path = "../tests/support/pupil.rs"]
mod pupil;

#[path = "serve_load/process.rs"]
mod process;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use process::ServerProcess;
use pupil::Pupil;
use tokio::sync::{Barrier, Semaphore};

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

/// Logins in progress at once: under the server's default pre-login budget (10 before any
/// is dropped), so a thousand pupils are let in, not randomly turned away.
const LOGINS_AT_ONCE: usize = 8;

/// Log in (a few at a time), wait for the first frame, then wait until every pupil is in.
async fn join(addr: SocketAddr, cols: u16, rows: u16, gate: &Gate) -> Pupil {
    let p = {
        let _turn = gate.logins.acquire().await.unwrap();
        let mut p = Pupil::start(addr, cols, rows, &[]).await;
        p.wait_for_first_frame().await;
        p
    };
    gate.all_in.wait().await;
    p
}

struct Gate {
    logins: Semaphore,
    all_in: Barrier,
}

impl Gate {
    fn new(n: usize) -> Arc<Gate> {
        Arc::new(Gate {
            logins: Semaphore::new(LOGINS_AT_ONCE),
            all_in: Barrier::new(n),
        })
    }
}

/// One pupil: log in, wait for the class, type the script. Returns each key's latency
/// (`None`: no frame within the timeout).
async fn pupil(addr: SocketAddr, start_after: Duration, gate: Arc<Gate>) -> Vec<Option<Duration>> {
    let mut p = join(addr, 80, 24, &gate).await;
    tokio::time::sleep(start_after).await;
    let mut out = Vec::with_capacity(SCRIPT.len());
    for key in SCRIPT {
        out.push(key_to_frame(&mut p, key).await);
        tokio::time::sleep(THINK).await;
    }
    // Ctrl-C twice: the first only asks.
    p.send(b"\x03\x03").await;
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
    let gate = Gate::new(n);
    let mut tasks = Vec::new();
    for i in 0..n {
        // Spread the pupils' first keys over one think time, as a class would.
        let offset = THINK * u32::try_from(i).unwrap() / u32::try_from(n).unwrap();
        tasks.push(tokio::spawn(pupil(server.addr, offset, Arc::clone(&gate))));
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

/// What a pupil does at a size: search, open the first hit, page through its details and
/// switch panes. Every key is a frame, most of them large changes.
const BIG_SCRIPT: &[&[u8]] = &[
    b"l", b"e", b"g", b"e", b"\r", b"\x1b[6~", b"\x1b[6~", b"\t", b"\t",
];

/// N pupils at `cols`×`rows` (the server clamps a larger claim): the server's memory per
/// session, at its peak while all are in and each has typed, and after all have typed.
async fn size(cols: u16, rows: u16, n: usize) {
    let server = ServerProcess::start(n);
    let base_kb = server.rss_kb();
    // The pupils and this task meet three times: all in, all typed, memory read.
    let gate = Gate::new(n + 1);
    let addr = server.addr;
    let mut tasks = Vec::new();
    for _ in 0..n {
        let gate = Arc::clone(&gate);
        tasks.push(tokio::spawn(async move {
            let mut p = join(addr, cols, rows, &gate).await;
            let lost = {
                let mut lost = 0;
                for key in BIG_SCRIPT {
                    lost += usize::from(key_to_frame(&mut p, key).await.is_none());
                }
                lost
            };
            // Hold the session open until memory has been read with everyone in.
            gate.all_in.wait().await;
            gate.all_in.wait().await;
            p.send(b"\x03\x03").await;
            lost
        }));
    }
    let mut peak_kb = base_kb;
    let sampling = async {
        loop {
            peak_kb = peak_kb.max(server.rss_kb());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::select! {
        _ = sampling => unreachable!(),
        _ = async { gate.all_in.wait().await; gate.all_in.wait().await; } => {}
    }
    let held_kb = server.rss_kb();
    peak_kb = peak_kb.max(held_kb);
    gate.all_in.wait().await;
    let mut lost = 0;
    for t in tasks {
        lost += t.await.unwrap();
    }
    let per = |kb: u64| kb.saturating_sub(base_kb) as f64 / n as f64 / 1024.0;
    println!(
        "{n} pupils at {cols}×{rows}: {} keys without a frame; RSS before {:.1} MB, \
         peak {:.1} MB, all in after typing {:.1} MB; per session {:.2} MB (peak), {:.2} MB (held)",
        lost,
        base_kb as f64 / 1024.0,
        peak_kb as f64 / 1024.0,
        held_kb as f64 / 1024.0,
        per(peak_kb),
        per(held_kb),
    );
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (soft, hard) = process::raise_open_files();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    match args
        .iter()
        .map(String::as_str)
        .find(|a| !a.starts_with('-'))
    {
        Some("paste") => return rt.block_on(paste()),
        Some("storm") => return rt.block_on(storm()),
        Some("size") => {
            // `size COLSxROWS N`
            let mut rest = args.iter().skip_while(|a| *a != "size").skip(1);
            let (cols, rows) = rest
                .next()
                .and_then(|s| s.split_once('x'))
                .and_then(|(c, r)| Some((c.parse().ok()?, r.parse().ok()?)))
                .expect("size COLSxROWS N, e.g. size 500x200 100");
            let n = rest.next().and_then(|n| n.parse().ok()).unwrap_or(100);
            return rt.block_on(size(cols, rows, n));
        }
        _ => {}
    }
    let mut ns: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if ns.is_empty() {
        ns = vec![10, 50, 100];
    }
    println!(
        "serve_load: {} keys per pupil, {} ms between keys, 80×24; open files: {soft} (hard {hard})",
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
