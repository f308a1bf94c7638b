//! The accept loop: one russh connection per TCP connection, under the connection cap and the
//! handshake deadline, until told to stop; then every session is ended politely.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use russh::keys::PrivateKey;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::config::ColorChoice;
use crate::dataset::Dataset;
use crate::search::Index;

use super::admission::{Gate, Pending, Refused};
use super::deadline::Deadline;
use super::handler::Conn;
use super::limits::{self, Settings, Slot, Slots};
use super::log::{Log, why};
use super::proxy::{self, Arrival, Failure, Prefixed, Proxy};

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
    pub log: Log,
}

/// How long, after being told to stop, we wait for sessions to say goodbye.
const STOP_GRACE: Duration = Duration::from_secs(3);

pub struct Server {
    config: Arc<russh::server::Config>,
    shared: Arc<Shared>,
    connections: Arc<Slots>,
    gate: Arc<Gate>,
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
        let gate = Gate::new(settings.preauth);
        let log = Log::new(settings.log_addresses);
        let shared = Arc::new(Shared {
            data,
            index,
            sessions: Slots::new(settings.max_sessions),
            settings,
            color,
            ascii,
            shutdown: watch::Sender::new(false),
            log,
        });
        Server {
            config,
            shared,
            connections,
            gate,
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
        // The refusal summary is written once its minute is over, refusals or not.
        let ticker = {
            let shared = Arc::clone(&self.shared);
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(10)).await;
                    shared.log.tick();
                }
            })
        };
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
        ticker.abort();
        self.shared.shutdown.send_replace(true);
        let until = Instant::now() + STOP_GRACE;
        while self.connections.used() > 0 && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Connections logging in right now, in total and from `ip` (for tests).
    pub fn pending(&self, ip: std::net::IpAddr) -> (usize, usize) {
        self.gate.pending(ip)
    }

    fn accept(&self, socket: TcpStream, peer: SocketAddr) {
        if let Some(proxy) = &self.shared.settings.proxy {
            return self.accept_proxied(socket, peer, proxy);
        }
        let pending = match self.admit(peer) {
            Ok(pending) => pending,
            Err(why) => return self.shared.log.refused(peer, why),
        };
        let Some(slot) = self.connections.try_take() else {
            return self.shared.log.refused(peer, why::CONNECTIONS);
        };
        let _ = socket.set_nodelay(true);
        self.start(socket, peer, slot, pending);
    }

    /// `--proxy-protocol`: only the balancer may connect, and it must say whom it relays
    /// before SSH starts. The pre-login budget and the log see the pupil, not the balancer;
    /// until the header is in, the connection cap and the header deadline bound the wait.
    fn accept_proxied(&self, mut socket: TcpStream, peer: SocketAddr, proxy: &Proxy) {
        let log = &self.shared.log;
        if !proxy.trusts(peer.ip()) {
            return log.refused(peer, why::UNTRUSTED);
        }
        let Some(slot) = self.connections.try_take() else {
            return log.refused(peer, why::CONNECTIONS);
        };
        let _ = socket.set_nodelay(true);
        let this = self.clone_parts();
        let within = proxy.within;
        tokio::spawn(async move {
            let log = &this.shared.log;
            let (source, rest) = match proxy::read_header(&mut socket, within).await {
                Ok(Arrival::Pupil { source, rest }) => (source, rest),
                // Health checks come every few seconds: not counted, not logged.
                Ok(Arrival::HealthCheck) => return,
                Err(e) if e.quiet() => return,
                Err(Failure::TimedOut | Failure::Truncated) => {
                    return log.refused(peer, why::NO_PROXY_HEADER);
                }
                Err(_) => return log.refused(peer, why::BAD_PROXY_HEADER),
            };
            let pending = match this.admit(source) {
                Ok(pending) => pending,
                Err(why) => return log.refused(source, why),
            };
            this.start(Prefixed::new(rest, socket), source, slot, pending);
        });
    }

    /// A place in the pre-login budget for `peer`, or the log's reason why not.
    fn admit(&self, peer: SocketAddr) -> Result<Pending, &'static str> {
        self.gate
            .admit(peer.ip(), || rand::random_range(0..100u32))
            .map_err(|refused| match refused {
                Refused::PerAddress => why::PER_ADDRESS,
                Refused::Full => why::STARTUPS_FULL,
                Refused::EarlyDrop => why::EARLY_DROP,
            })
    }

    /// Run SSH on `stream` for the pupil at `peer`, under the handshake deadline.
    fn start<S>(&self, stream: S, peer: SocketAddr, slot: Slot, pending: Pending)
    where
        S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let started = Arc::new(AtomicBool::new(false));
        let refused = Arc::new(AtomicBool::new(false));
        let within = self.shared.settings.handshake_timeout;
        let stream = Deadline::new(stream, within, Arc::clone(&started));
        let handler = Conn::new(
            Arc::clone(&self.shared),
            peer,
            (Arc::clone(&started), Arc::clone(&refused)),
            slot,
            pending,
        );
        let config = Arc::clone(&self.config);
        let shared = Arc::clone(&self.shared);
        tokio::spawn(async move {
            // Other failures are clients going away: the session task logs what matters
            // (connect and disconnect). A handshake cut off by the deadline is logged, unless
            // the connection was refused (and logged) already.
            let result = match russh::server::run_stream(config, stream, handler).await {
                Ok(running) => running.await,
                Err(e) => Err(e),
            };
            if let Err(e) = result
                && !started.load(std::sync::atomic::Ordering::Acquire)
                && !refused.load(std::sync::atomic::Ordering::Acquire)
                && timed_out(&e)
            {
                shared.log.refused(peer, why::HANDSHAKE_TIMEOUT);
            }
        });
    }

    /// What a spawned task needs to start SSH later (the connection cap stays here).
    fn clone_parts(&self) -> Server {
        Server {
            config: Arc::clone(&self.config),
            shared: Arc::clone(&self.shared),
            connections: Arc::clone(&self.connections),
            gate: Arc::clone(&self.gate),
        }
    }
}

/// Whether a connection ended because the handshake deadline cut it off.
fn timed_out(e: &russh::Error) -> bool {
    match e {
        russh::Error::IO(io) => io.kind() == std::io::ErrorKind::TimedOut,
        other => other
            .to_string()
            .contains("handshake not completed in time"),
    }
}
