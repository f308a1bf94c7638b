//! One pupil's session as a task: input from the SSH handler in, frames out to the channel.
//!
//! Output is bounded: at most one frame is on its way at a time. While it is (a slow client,
//! a full SSH window), input is still read and applied, and the screen is marked dirty; when
//! the send completes, one frame of the newest state goes out. Frames are never queued, and
//! since each frame is a diff against the last one actually handed off, skipping is safe.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use russh::ChannelId;
use russh::server::Handle;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep_until};

use crate::app::App;

use super::client::ClientTerm;
use super::input::ESC_TIMEOUT;
use super::limits::Slot;
use super::screen::{self, Crashed, Doing, Explorer};
use super::server::Shared;
use super::text;

/// What the SSH handler passes on to the session.
#[derive(Debug)]
pub enum Input {
    Data(Vec<u8>),
    Resize(u16, u16),
    /// The client closed the channel or sent EOF.
    Closed,
}

/// Everything a session starts with.
pub struct Start {
    pub shared: Arc<Shared>,
    pub handle: Handle,
    pub channel: ChannelId,
    pub peer: SocketAddr,
    pub client: ClientTerm,
    /// The session's place under `--max-sessions`; freed when the task ends.
    pub slot: Slot,
}

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum End {
    Quit,
    Gone,
    Idle,
    Shutdown,
    Crashed(Crashed),
}

/// How long the goodbye (restore + message) may take before we give up on the client.
const GOODBYE_TIMEOUT: Duration = Duration::from_secs(5);

type Sending = Pin<Box<dyn Future<Output = bool> + Send>>;

pub async fn run(start: Start, mut rx: mpsc::Receiver<Input>) {
    let Start {
        shared,
        handle,
        channel,
        peer,
        client,
        slot,
    } = start;
    let opts = client.options(shared.color, shared.ascii);
    let (data, index) = (Arc::clone(&shared.data), Arc::clone(&shared.index));
    let explorer = screen::guarded(Doing::Starting, || {
        App::new(data, index, crate::ui::measure())
    })
    .and_then(|app| Explorer::new(app, opts, client.cols, client.rows));
    let end = match explorer {
        Ok(mut ex) => drive(&mut ex, &shared, &handle, channel, &mut rx).await,
        Err(crashed) => End::Crashed(crashed),
    };
    // Let a handler blocked on handing us input go on, before we wait on the channel.
    drop(rx);
    let _ = tokio::time::timeout(GOODBYE_TIMEOUT, goodbye(&handle, channel, &end, &shared)).await;
    drop(slot);
    let why = match &end {
        End::Idle => ", inaktiv".to_string(),
        End::Crashed(crashed) => text::log_crashed(crashed),
        End::Shutdown => ", serveren stoppes".to_string(),
        End::Quit | End::Gone => String::new(),
    };
    eprintln!(
        "{}",
        text::log_disconnected(peer, shared.sessions.used(), &why)
    );
    linger_then_disconnect(handle);
}

/// The event loop: input, Esc timer, idle timer, shutdown, and one frame in flight.
async fn drive(
    ex: &mut Explorer,
    shared: &Shared,
    handle: &Handle,
    channel: ChannelId,
    rx: &mut mpsc::Receiver<Input>,
) -> End {
    let idle = shared.settings.idle_timeout;
    let mut shutdown = shared.shutdown.subscribe();
    let mut idle_at = Instant::now() + idle;
    let mut esc_at: Option<Instant> = None;
    let mut sending: Option<Sending> = None;
    let mut prefix = screen::ENTER.to_vec();
    loop {
        if ex.should_quit() {
            return End::Quit;
        }
        if ex.needs_frame() && sending.is_none() {
            let frame = match ex.frame() {
                Ok(frame) => frame,
                Err(crashed) => return End::Crashed(crashed),
            };
            prefix.extend_from_slice(&frame);
            sending = Some(send(handle, channel, std::mem::take(&mut prefix)));
        }
        let step: Result<(), Crashed> = tokio::select! {
            msg = rx.recv() => match msg {
                Some(Input::Data(bytes)) => {
                    idle_at = Instant::now() + idle;
                    let r = ex.input(&bytes);
                    esc_at = ex.has_pending_escape().then(|| Instant::now() + ESC_TIMEOUT);
                    r
                }
                Some(Input::Resize(cols, rows)) => ex.resize(cols, rows),
                Some(Input::Closed) | None => return End::Gone,
            },
            ok = in_flight(&mut sending) => {
                sending = None;
                if !ok {
                    return End::Gone;
                }
                Ok(())
            }
            () = sleep_until(esc_at.unwrap_or(idle_at)), if esc_at.is_some() => {
                esc_at = None;
                ex.escape_timeout()
            }
            () = sleep_until(idle_at) => return End::Idle,
            _ = shutdown.wait_for(|stop| *stop) => return End::Shutdown,
        };
        if let Err(crashed) = step {
            return End::Crashed(crashed);
        }
    }
}

/// Hand one frame to russh. Completes when russh has taken it (it waits while the client's
/// SSH window is full); `false` when the connection is gone.
fn send(handle: &Handle, channel: ChannelId, bytes: Vec<u8>) -> Sending {
    let handle = handle.clone();
    Box::pin(async move { handle.data(channel, bytes).await.is_ok() })
}

/// The frame in flight, or never when there is none.
async fn in_flight(sending: &mut Option<Sending>) -> bool {
    match sending {
        Some(f) => f.await,
        None => std::future::pending().await,
    }
}

/// Restore the pupil's terminal, say why we stopped if it was not their choice, and close.
async fn goodbye(handle: &Handle, channel: ChannelId, end: &End, shared: &Shared) {
    if *end == End::Gone {
        return;
    }
    let message = match end {
        End::Idle => text::idle(shared.settings.idle_timeout),
        End::Shutdown => text::SHUTDOWN.to_string(),
        End::Crashed(_) => text::CRASHED.to_string(),
        End::Quit | End::Gone => String::new(),
    };
    let mut bytes = screen::LEAVE.to_vec();
    bytes.extend_from_slice(message.as_bytes());
    let status = u32::from(matches!(end, End::Crashed(_)));
    if handle.data(channel, bytes).await.is_err() {
        return;
    }
    let _ = handle.exit_status_request(channel, status).await;
    let _ = handle.eof(channel).await;
    let _ = handle.close(channel).await;
}

/// Clients leave when their session channel closes; one that stays connected anyway is
/// disconnected after a moment, so it does not hold a connection place.
fn linger_then_disconnect(handle: Handle) {
    tokio::spawn(async move {
        tokio::time::sleep(GOODBYE_TIMEOUT).await;
        let _ = handle
            .disconnect(
                russh::Disconnect::ByApplication,
                String::new(),
                String::new(),
            )
            .await;
    });
}
