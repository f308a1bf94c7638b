//! The accept loop: one russh connection per TCP connection, under the connection cap and the
//! handshake deadline, until told to stop; then every session is ended politely.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use russh::keys::PrivateKey;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::config::ColorChoice;
use crate::dataset::Dataset;
use crate::search::Index;

use super::deadline::Deadline;
use super::handler::Conn;
use super::limits::{self, Settings, Slots};
use super::text;

/// What every session shares: the dataset and index (loaded once), the limits, the look
/// forced by `--color`/`--ascii`, the session count, and the stop signal.
pub struct Shared {
    pub data: Arc<Dataset>,
    pub index: Arc<Index>,
    pub settings: Settings,
    pub color: ColorChoice,
    pub ascii: bool,
    pub sessions: Arc<Slots>,
    pub shutdown: watch::Sender<bool>,
}

/// How long, after being told to stop, we wait for sessions to say goodbye.
const STOP_GRACE: Duration = Duration::from_secs(3);

pub struct Server {
    config: Arc<russh::server::Config>,
    shared: Arc<Shared>,
    connections: Arc<Slots>,
}

impl Server {
    pub fn new(
        key: PrivateKey,
        data: Arc<Dataset>,
        index: Arc<Index>,
        settings: Settings,
        color: ColorChoice,
        ascii: bool,
    ) -> Server {
        let config = Arc::new(limits::russh_config(key, &settings));
        let connections = Slots::new(settings.max_connections());
        let shared = Arc::new(Shared {
            data,
            index,
            sessions: Slots::new(settings.max_sessions),
            settings,
            color,
            ascii,
            shutdown: watch::Sender::new(false),
        });
        Server {
            config,
            shared,
            connections,
        }
    }

    /// Explorer sessions running now.
    pub fn sessions(&self) -> usize {
        self.shared.sessions.used()
    }

    /// Accept connections until `stop` completes; then end every session (restoring the
    /// pupils' terminals) and wait a moment for them to go.
    pub async fn run(&self, listener: TcpListener, stop: impl Future<Output = ()>) {
        tokio::pin!(stop);
        loop {
            tokio::select! {
                () = &mut stop => break,
                accepted = listener.accept() => match accepted {
                    Ok((socket, peer)) => self.accept(socket, peer),
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little, keep serving.
                        eprintln!("yrke serve: kunne ikke ta imot en tilkobling: {e}");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
            }
        }
        drop(listener);
        self.shared.shutdown.send_replace(true);
        let until = Instant::now() + STOP_GRACE;
        while self.connections.used() > 0 && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn accept(&self, socket: TcpStream, peer: SocketAddr) {
        let Some(slot) = self.connections.try_take() else {
            eprintln!("{}", text::log_refused(peer, "for mange tilkoblinger"));
            return;
        };
        let _ = socket.set_nodelay(true);
        let started = Arc::new(AtomicBool::new(false));
        let within = self.shared.settings.handshake_timeout;
        let stream = Deadline::new(socket, within, Arc::clone(&started));
        let handler = Conn::new(Arc::clone(&self.shared), peer, started, slot);
        let config = Arc::clone(&self.config);
        tokio::spawn(async move {
            // Failures here are clients going away or timing out: the session task logs
            // what matters (connect and disconnect), so nothing more is said.
            if let Ok(running) = russh::server::run_stream(config, stream, handler).await {
                let _ = running.await;
            }
        });
    }
}
