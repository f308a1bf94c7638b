//! `yrke serve` to a slow client: output stays bounded (issue 7). The pupil's network is
//! simulated by a stream that hands the SSH client only as many bytes as it is allowed to: shut
//! while a long burst of keys is typed, then a trickle. The client's SSH window is small, so
//! the server soon has to wait on it. The session must skip frames (draw only the newest
//! state once the client catches up) rather than queue one frame per key.

#[path = "support/pupil.rs"]
mod pupil;
#[path = "support/server.rs"]
mod server_support;

use server_support::{Running, start_with};

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use pupil::{Pupil, Seen, Trusting};
use russh::ChannelMsg;
use russh::client;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout_at};
use yrke::serve::Settings;

/// End of every frame: the session draws in synchronized output.
const FRAME_END: &[u8] = b"\x1b[?2026l";

/// The client's SSH window (bytes of screen output the server may send before waiting).
const WINDOW: u32 = 4096;

/// How many bytes from the server the client may read; `None`: no limit.
#[derive(Default)]
struct Budget {
    allowed: Option<usize>,
    waker: Option<Waker>,
}

/// The client's side of the network: reads wait while the budget is spent.
#[derive(Clone, Default)]
struct Link(Arc<Mutex<Budget>>);

impl Link {
    fn set(&self, allowed: Option<usize>) {
        let mut b = self.0.lock().unwrap();
        b.allowed = allowed;
        if let Some(w) = b.waker.take() {
            w.wake();
        }
    }

    fn grant(&self, bytes: usize) {
        let mut b = self.0.lock().unwrap();
        b.allowed = b.allowed.map(|a| a + bytes);
        if let Some(w) = b.waker.take() {
            w.wake();
        }
    }
}

struct SlowStream {
    tcp: TcpStream,
    link: Link,
}

impl AsyncRead for SlowStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let limit = {
            let mut b = self.link.0.lock().unwrap();
            match b.allowed {
                Some(0) => {
                    b.waker = Some(cx.waker().clone());
                    return Poll::Pending;
                }
                Some(n) => n.min(buf.remaining()),
                None => buf.remaining(),
            }
        };
        let mut part = ReadBuf::new(buf.initialize_unfilled_to(limit));
        let r = Pin::new(&mut self.tcp).poll_read(cx, &mut part);
        let n = part.filled().len();
        buf.advance(n);
        let mut b = self.link.0.lock().unwrap();
        b.allowed = b.allowed.map(|a| a.saturating_sub(n));
        r
    }
}

impl AsyncWrite for SlowStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.tcp).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.tcp).poll_shutdown(cx)
    }
}

async fn server() -> Running {
    start_with(Settings::new(10, Duration::from_secs(600))).await
}

/// A pupil behind `link`, with a small SSH window so the server soon has to wait on it.
async fn slow_pupil(addr: SocketAddr, link: Link) -> Pupil {
    let config = Arc::new(client::Config {
        nodelay: true,
        window_size: WINDOW,
        maximum_packet_size: 1024,
        ..Default::default()
    });
    let tcp = TcpStream::connect(addr).await.unwrap();
    tcp.set_nodelay(true).unwrap();
    let mut conn = client::connect_stream(config, SlowStream { tcp, link }, Trusting)
        .await
        .expect("connect");
    let auth = conn.authenticate_none("elev").await.expect("auth");
    assert!(auth.success());
    let channel = conn.channel_open_session().await.expect("session channel");
    channel
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .expect("pty");
    channel.request_shell(true).await.expect("shell");
    Pupil {
        conn,
        channel,
        screen: vt100::Parser::new(24, 80, 0),
        seen: Seen::default(),
    }
}

/// Screen bytes as they arrived.
#[derive(Default)]
struct Received(Vec<u8>);

impl Received {
    fn frames(&self) -> usize {
        self.0
            .windows(FRAME_END.len())
            .filter(|w| *w == FRAME_END)
            .count()
    }
}

/// Read into the screen and `got` until `ready` holds; panics at the deadline.
async fn read_until(
    p: &mut Pupil,
    got: &mut Received,
    what: &str,
    within: Duration,
    ready: impl Fn(&Pupil, &Received) -> bool,
) {
    let until = Instant::now() + within;
    while !ready(p, got) {
        match timeout_at(until, p.channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                p.screen.process(&data);
                got.0.extend_from_slice(&data);
            }
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => {
                panic!(
                    "waited {within:?} for {what}; {} bytes, {} frames; screen:\n{}",
                    got.0.len(),
                    got.frames(),
                    p.text()
                )
            }
        }
    }
}

fn query_reads(p: &Pupil, query: &str) -> bool {
    p.text().lines().any(|l| l.contains(query))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_client_gets_the_newest_screen_not_a_queue_of_frames() {
    let s = server().await;
    let link = Link::default();
    let mut p = slow_pupil(s.addr, link.clone()).await;
    let within = Duration::from_secs(20);
    let mut got = Received::default();
    read_until(&mut p, &mut got, "the first frame", within, |_, g| {
        g.frames() >= 1
    })
    .await;

    // What one key costs when the client keeps up: type a letter, then delete it.
    let mut per_key = usize::MAX;
    for (i, key) in [b"x", b"\x7f"].into_iter().enumerate() {
        let before = got.0.len();
        p.send(key).await;
        read_until(&mut p, &mut got, "a one-key frame", within, |_, g| {
            g.frames() >= 2 + i
        })
        .await;
        per_key = per_key.min(got.0.len() - before);
    }

    // The network stalls; the pupil types on: each key its own packet, each a new screen.
    link.set(Some(0));
    let keys = 200;
    for i in 0..keys {
        p.send(if i % 2 == 0 { b"x" } else { b"\x7f" }).await;
    }
    p.send(b"radiolog").await;
    let before = got.0.len();
    let frames_before = got.frames();

    // Then it trickles: far slower than the server can draw.
    let trickle = {
        let link = link.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(10)).await;
                link.grant(256);
            }
        })
    };
    let bound = keys * per_key / 4;
    read_until(
        &mut p,
        &mut got,
        "the newest state («radiolog» and its hit)",
        Duration::from_secs(60),
        |p, g| {
            assert!(
                g.0.len() - before <= bound,
                "{} bytes after the stall, more than a quarter of {keys} frames of {per_key} \
                 bytes: frames were queued, not skipped",
                g.0.len() - before
            );
            query_reads(p, "radiolog") && p.text().contains("Radiolog")
        },
    )
    .await;
    trickle.abort();
    eprintln!(
        "per key {per_key} bytes; after the stall {} bytes in {} frames (bound {bound})",
        got.0.len() - before,
        got.frames() - frames_before
    );
    // Every key was applied, in order: the 200 toggles cancel out.
    assert!(!query_reads(&p, "xradiolog"), "{}", p.text());
}
