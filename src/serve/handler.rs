//! The SSH side of one connection (russh `Handler`): anyone may log in, and the only thing a
//! login can do is open one session channel with a pty and a shell — the explorer.
//!
//! Refused: exec and subsystems (sftp) with a short explanation on stderr, X11 and agent
//! forwarding, and every port or socket forwarding (russh's defaults refuse the channel
//! opens and global requests we do not override). Env requests other than NO_COLOR and
//! the locale variables are refused.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, Response, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, ChannelOpenFailure, Pty};
use tokio::sync::mpsc;

use super::admission::Pending;
use super::client::{ClientTerm, Unfit};
use super::limits::{INPUT_QUEUE, Slot};
use super::log::why;
use super::server::Shared;
use super::session::{self, Input, Start};
use super::text;
use crate::lang::Pupil;

pub struct Conn {
    shared: Arc<Shared>,
    peer: SocketAddr,
    /// Set when the explorer starts: the handshake deadline no longer applies.
    started: Arc<AtomicBool>,
    /// Set when a refusal was logged: the deadline that ends the connection later adds no
    /// second line for it.
    refused: Arc<AtomicBool>,
    /// The connection's place under the connection cap; freed when the connection ends.
    _slot: Slot,
    /// Its place in the pre-login budget; freed when the explorer starts.
    pending: Pending,
    channel: Option<ChannelId>,
    client: ClientTerm,
    input: Option<mpsc::Sender<Input>>,
}

impl Conn {
    pub fn new(
        shared: Arc<Shared>,
        peer: SocketAddr,
        (started, refused): (Arc<AtomicBool>, Arc<AtomicBool>),
        slot: Slot,
        pending: Pending,
    ) -> Conn {
        Conn {
            shared,
            peer,
            started,
            refused,
            _slot: slot,
            pending,
            channel: None,
            client: ClientTerm::default(),
            input: None,
        }
    }

    fn log_refused(&self, why: &'static str) {
        self.refused.store(true, Ordering::Release);
        self.shared.log.refused(self.peer, why);
    }

    /// A request on our one session channel, before the explorer started.
    fn configurable(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel) && self.input.is_none()
    }

    async fn forward(&mut self, input: Input) {
        if let Some(tx) = &self.input
            && tx.send(input).await.is_err()
        {
            // The session has ended; nothing more to hand on.
            self.input = None;
        }
    }

    /// Show `message`, then close the channel (exit status 1).
    fn refuse(
        &self,
        channel: ChannelId,
        message: &str,
        session: &mut Session,
    ) -> Result<(), russh::Error> {
        session.data(channel, message.as_bytes().to_vec())?;
        session.exit_status_request(channel, 1)?;
        session.eof(channel)?;
        session.close(channel)
    }

    /// Exec and subsystem requests: a word on stderr, a failure reply, and the channel
    /// closed (unless the explorer already runs on it: then only the failure).
    fn refuse_command(
        &self,
        channel: ChannelId,
        why: &'static str,
        session: &mut Session,
    ) -> Result<(), russh::Error> {
        self.log_refused(why);
        if !self.configurable(channel) {
            return session.channel_failure(channel);
        }
        let l = self.client.lang(self.shared.settings.lang);
        session.extended_data(channel, 1, l.t(Pupil::NoCommands).as_bytes().to_vec())?;
        session.channel_failure(channel)?;
        session.close(channel)
    }

    fn start_explorer(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), russh::Error> {
        let l = self.client.lang(self.shared.settings.lang);
        if let Some(unfit) = self.client.unfit() {
            let (message, why) = match unfit {
                Unfit::NoPty => (l.t(Pupil::NoPty).to_string(), why::NO_PTY),
                Unfit::Dumb(term) => (text::dumb_terminal(l, &term), why::DUMB),
            };
            self.log_refused(why);
            return self.refuse(channel, &message, session);
        }
        let Some(slot) = self.shared.sessions.try_take() else {
            self.log_refused(why::SESSIONS);
            return self.refuse(channel, &text::full(l, self.shared.sessions.max()), session);
        };
        self.started.store(true, Ordering::Release);
        // Logged in: no longer counts against the pre-login budget or the address's cap.
        self.pending.release();
        eprintln!(
            "{}",
            text::log_connected(&self.shared.log.who(self.peer), self.shared.sessions.used())
        );
        let (tx, rx) = mpsc::channel(INPUT_QUEUE);
        self.input = Some(tx);
        let start = Start {
            shared: Arc::clone(&self.shared),
            handle: session.handle(),
            channel,
            peer: self.peer,
            client: self.client.clone(),
            slot,
        };
        tokio::spawn(session::run(start, rx));
        Ok(())
    }
}

fn reply(ok: bool, channel: ChannelId, session: &mut Session) -> Result<(), russh::Error> {
    if ok {
        session.channel_success(channel)
    } else {
        session.channel_failure(channel)
    }
}

impl Handler for Conn {
    type Error = russh::Error;

    // No accounts: every way of logging in is let through.
    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::Accept)
    }

    async fn auth_password(&mut self, _user: &str, _password: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::Accept)
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        _key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(Auth::Accept)
    }

    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        _user: &str,
        _submethods: &str,
        _response: Option<Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        Ok(Auth::Accept)
    }

    /// One session channel per connection: one explorer.
    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.channel.is_some() {
            reply
                .reject(ChannelOpenFailure::AdministrativelyProhibited)
                .await;
        } else {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        // Input reaches us through `data`; the channel's own message queue is not read.
        drop(channel);
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let ok = self.configurable(channel);
        if ok {
            self.client.set_pty(term, cols, rows);
        }
        reply(ok, channel, session)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let ok = self.configurable(channel) && self.client.set_env(name, value);
        reply(ok, channel, session)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.configurable(channel) {
            return session.channel_failure(channel);
        }
        session.channel_success(channel)?;
        self.start_explorer(channel, session)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _command: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse_command(channel, why::EXEC, session)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refuse_command(channel, why::SUBSYSTEM, session)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn agent_request(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<bool, Self::Error> {
        Ok(false)
    }

    async fn data(
        &mut self,
        _channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.forward(Input::Data(data.to_vec())).await;
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.client.resize(cols, rows);
        let (cols, rows) = (self.client.cols, self.client.rows);
        self.forward(Input::Resize(cols, rows)).await;
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.forward(Input::Closed).await;
        Ok(())
    }

    async fn channel_close(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.forward(Input::Closed).await;
        Ok(())
    }
}
