//! A scripted pupil for `yrke serve`: an SSH client (russh) with a screen (vt100).
//! Shared by tests/serve.rs and benches/serve_load.rs.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use russh::client::{self, Handle, Msg};
use russh::keys::PublicKeyOrCertificate;
use russh::{Channel, ChannelMsg};
use tokio::time::{Instant, timeout_at};

pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// Log in with no credentials ("none"), as `ssh elev@host` does.
pub async fn login(addr: SocketAddr) -> Handle<Trusting> {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).expect("nodelay");
    login_over(stream).await
}

/// Log in over a stream the test opened (through a load balancer's header, say).
pub async fn login_over<S>(stream: S) -> Handle<Trusting>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let config = Arc::new(client::Config::default());
    let mut handle = client::connect_stream(config, stream, Trusting)
        .await
        .expect("connect");
    let auth = handle.authenticate_none("elev").await.expect("auth");
    assert!(auth.success(), "login without credentials must be accepted");
    handle
}

/// What the server said apart from screen bytes.
#[derive(Debug, Default)]
pub struct Seen {
    pub exit_status: Option<u32>,
    pub closed: bool,
    pub stderr: String,
    pub failures: usize,
    pub successes: usize,
}

pub struct Pupil {
    pub conn: Handle<Trusting>,
    pub channel: Channel<Msg>,
    pub screen: vt100::Parser,
    pub seen: Seen,
}

impl Pupil {
    /// Log in, open a session with a pty of this size (plus any env), start the shell.
    pub async fn start(addr: SocketAddr, cols: u16, rows: u16, env: &[(&str, &str)]) -> Pupil {
        Pupil::start_with(login(addr).await, cols, rows, env).await
    }

    /// Log in and open a session channel, nothing more.
    pub async fn open(addr: SocketAddr, cols: u16, rows: u16) -> Pupil {
        Pupil::open_on(login(addr).await, cols, rows).await
    }

    /// Open a session channel on a connection already logged in, pty and shell too.
    pub async fn start_on(conn: Handle<Trusting>, cols: u16, rows: u16) -> Pupil {
        Pupil::start_with(conn, cols, rows, &[]).await
    }

    async fn start_with(
        conn: Handle<Trusting>,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Pupil {
        let p = Pupil::open_on(conn, cols, rows).await;
        for (k, v) in env {
            p.channel.set_env(true, *k, *v).await.expect("env");
        }
        p.channel
            .request_pty(
                true,
                "xterm-256color",
                u32::from(cols),
                u32::from(rows),
                0,
                0,
                &[],
            )
            .await
            .expect("pty");
        p.channel.request_shell(true).await.expect("shell");
        p
    }

    async fn open_on(conn: Handle<Trusting>, cols: u16, rows: u16) -> Pupil {
        let channel = conn.channel_open_session().await.expect("session channel");
        Pupil {
            conn,
            channel,
            screen: vt100::Parser::new(rows, cols, 0),
            seen: Seen::default(),
        }
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    pub async fn send(&self, bytes: &[u8]) {
        self.channel.data(bytes).await.expect("send keys");
    }

    /// Take one message from the server into the screen; `false` at the deadline or when the
    /// channel is gone.
    pub async fn pump(&mut self, until: Instant) -> bool {
        match timeout_at(until, self.channel.wait()).await {
            Ok(Some(msg)) => {
                self.take(msg);
                true
            }
            Ok(None) | Err(_) => false,
        }
    }

    fn take(&mut self, msg: ChannelMsg) {
        match msg {
            ChannelMsg::Data { data } => self.screen.process(&data),
            ChannelMsg::ExtendedData { data, .. } => {
                self.seen.stderr.push_str(&String::from_utf8_lossy(&data))
            }
            ChannelMsg::ExitStatus { exit_status } => self.seen.exit_status = Some(exit_status),
            ChannelMsg::Close => self.seen.closed = true,
            ChannelMsg::Failure => self.seen.failures += 1,
            ChannelMsg::Success => self.seen.successes += 1,
            _ => {}
        }
    }

    /// Read until `ready(self)` holds; panics with the screen at the deadline.
    pub async fn wait_until(
        &mut self,
        what: &str,
        within: Duration,
        ready: impl Fn(&Pupil) -> bool,
    ) {
        let until = Instant::now() + within;
        while !ready(self) {
            if !self.pump(until).await {
                assert!(
                    ready(self),
                    "waited {within:?} for {what}; screen:\n{}\nseen: {:?}",
                    self.text(),
                    self.seen
                );
                return;
            }
        }
    }

    /// Read until the screen shows `needle`.
    pub async fn wait_for_text(&mut self, needle: &str) {
        let needle = needle.to_string();
        self.wait_until(
            &format!("«{needle}»"),
            Duration::from_secs(10),
            move |p| p.text().contains(&needle),
        )
        .await;
    }

    /// Read until the first frame is on the screen.
    pub async fn wait_for_first_frame(&mut self) {
        self.wait_until("the first frame", Duration::from_secs(10), |p| {
            p.screen.screen().alternate_screen() && !p.text().trim().is_empty()
        })
        .await;
    }

    /// Read until the server closes the channel.
    pub async fn wait_for_close(&mut self) {
        self.wait_until("the channel to close", Duration::from_secs(10), |p| {
            p.seen.closed
        })
        .await;
    }
}
