//! `--proxy-protocol`: several `yrke serve` behind a TCP load balancer (HAProxy
//! `send-proxy-v2`). Every connection must start with a PROXY header from a trusted address;
//! the header's source address is the pupil, for the log and the per-address cap alike.
//!
//! - `header`: the bounded v1/v2 parser (pure).
//! - `cidr`: `--proxy-from` networks.
//! - here: reading the header off a connection within a deadline, and handing the bytes read
//!   past it on to SSH.

pub mod cidr;
pub mod header;

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, ReadBuf};

pub use cidr::Cidr;
pub use header::{Header, Invalid, MAX_HEADER, Parsed};

/// A balancer sends its header at once; a trusted peer silent for this long is dropped.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// `--proxy-from` when not given: the machine itself (HAProxy on the same host).
pub const DEFAULT_FROM: &str = "127.0.0.0/8,::1/128";

/// The PROXY protocol settings: who may send the header, and how long it may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxy {
    pub from: Vec<Cidr>,
    pub within: Duration,
}

impl Proxy {
    pub fn new(from: Vec<Cidr>) -> Proxy {
        Proxy {
            from,
            within: HEADER_TIMEOUT,
        }
    }

    /// Whether a connection from `ip` may carry a header (anyone else is refused).
    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.from.iter().any(|c| c.contains(ip))
    }
}

/// A connection whose header has been read.
#[derive(Debug)]
pub enum Arrival {
    /// A pupil relayed by the balancer; `rest` are bytes read past the header (SSH's).
    Pupil { source: SocketAddr, rest: Vec<u8> },
    /// A health check (v2 LOCAL, v1 UNKNOWN) or a header with no usable address.
    HealthCheck,
}

/// Why no header came.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Closed (or reset) before sending a byte: a plain connect check. Not worth a line.
    #[error("lukket før et PROXY-hode")]
    Closed,
    #[error("lukket midt i PROXY-hodet")]
    Truncated,
    #[error("tidsavbrudd før PROXY-hodet")]
    TimedOut,
    #[error(transparent)]
    Invalid(#[from] Invalid),
}

impl Failure {
    /// Whether the log should stay silent about it.
    pub fn quiet(&self) -> bool {
        matches!(self, Failure::Closed)
    }
}

/// Read a PROXY header off `stream` within `within`. Reads at most [`MAX_HEADER`] bytes.
pub async fn read_header<R: AsyncRead + Unpin>(
    stream: &mut R,
    within: Duration,
) -> Result<Arrival, Failure> {
    tokio::time::timeout(within, read_bounded(stream))
        .await
        .unwrap_or(Err(Failure::TimedOut))
}

async fn read_bounded<R: AsyncRead + Unpin>(stream: &mut R) -> Result<Arrival, Failure> {
    let mut buf = [0u8; MAX_HEADER];
    let mut filled = 0;
    loop {
        match header::parse(&buf[..filled])? {
            Parsed::Done(Header::Proxied { source, .. }, used) => {
                let rest = buf[used..filled].to_vec();
                return Ok(Arrival::Pupil { source, rest });
            }
            // Nothing more is read: a check that closes now leaves nothing to fail on.
            Parsed::Done(Header::Local, _) => return Ok(Arrival::HealthCheck),
            Parsed::Incomplete if filled == MAX_HEADER => return Err(Invalid::TooLong.into()),
            Parsed::Incomplete => {}
        }
        let n = match stream.read(&mut buf[filled..]).await {
            Ok(n) => n,
            Err(_) if filled == 0 => 0,
            Err(_) => return Err(Failure::Truncated),
        };
        if n == 0 {
            return Err(if filled == 0 {
                Failure::Closed
            } else {
                Failure::Truncated
            });
        }
        filled += n;
    }
}

/// A stream that first yields the bytes read past the header, then the connection itself.
pub struct Prefixed<S> {
    head: Vec<u8>,
    at: usize,
    inner: S,
}

impl<S> Prefixed<S> {
    pub fn new(head: Vec<u8>, inner: S) -> Prefixed<S> {
        Prefixed { head, at: 0, inner }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Prefixed<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.at < this.head.len() {
            let n = buf.remaining().min(this.head.len() - this.at);
            buf.put_slice(&this.head[this.at..this.at + n]);
            this.at += n;
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut this.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Prefixed<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
#[path = "read_tests.rs"]
mod tests;
