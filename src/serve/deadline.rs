//! A TCP stream that fails its reads once a deadline passes, unless the explorer has started.
//!
//! russh's own timeouts restart on every packet, so a client that trickles bytes (or stalls
//! in the middle of a key exchange, where russh does not act on a disconnect request) could
//! hold a connection open for ever. Failing the read ends the russh session from below,
//! whatever state it is in.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Sleep, sleep};

pub struct Deadline<S> {
    inner: S,
    deadline: Pin<Box<Sleep>>,
    started: Arc<AtomicBool>,
}

impl<S> Deadline<S> {
    pub fn new(inner: S, within: Duration, started: Arc<AtomicBool>) -> Deadline<S> {
        Deadline {
            inner,
            deadline: Box::pin(sleep(within)),
            started,
        }
    }

    fn expired(&mut self, cx: &mut Context<'_>) -> bool {
        // Polling the timer also registers this task to be woken when it runs out.
        !self.started.load(Ordering::Acquire) && self.deadline.as_mut().poll(cx).is_ready()
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Deadline<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.expired(cx) {
            return Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "handshake not completed in time",
            )));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Deadline<S> {
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
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt, duplex};

    #[tokio::test]
    async fn a_silent_peer_is_cut_off_at_the_deadline() {
        let (_peer, ours) = duplex(64);
        let started = Arc::new(AtomicBool::new(false));
        let mut s = Deadline::new(ours, Duration::from_millis(20), started);
        let mut buf = [0u8; 8];
        let err = s.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test]
    async fn a_started_session_is_not_cut_off() {
        let (mut peer, ours) = duplex(64);
        let started = Arc::new(AtomicBool::new(false));
        let mut s = Deadline::new(ours, Duration::from_millis(10), Arc::clone(&started));
        started.store(true, Ordering::Release);
        // Let the deadline pass first.
        tokio::time::sleep(Duration::from_millis(30)).await;
        peer.write_all(b"hei").await.unwrap();
        let mut buf = [0u8; 3];
        s.read_exact(&mut buf).await.unwrap();
        assert_eq!(&buf, b"hei");
    }
}
