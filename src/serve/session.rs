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
use tokio::sync::{mpsc, watch};
use tokio::time::{Instant, sleep_until};

use crate::app::App;
use crate::lang::{Lang, Pupil};

use super::client::ClientTerm;
use super::limits::Slot;
use super::screen::{self, Crashed, Doing, Explorer};
use super::server::Shared;
use super::text;
use crate::input::ESC_TIMEOUT;

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
pub(crate) enum End {
    Quit,
    Gone,
    Idle,
    Shutdown,
    Crashed(Crashed),
}

/// How long the goodbye (restore + message) may take before we give up on the client.
const GOODBYE_TIMEOUT: Duration = Duration::from_secs(5);

pub(crate) type Sending = Pin<Box<dyn Future<Output = bool> + Send>>;

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
    let mut lang = client.lang(shared.settings.lang);
    let explorer = screen::guarded(Doing::Starting, || {
        App::new(data, index, crate::ui::measure_for(opts.ascii)).with_lang(lang)
    })
    .and_then(|app| Explorer::new(app, opts, client.cols, client.rows));
    let end = match explorer {
        Ok(mut ex) => {
            let out = ToChannel {
                handle: handle.clone(),
                channel,
            };
            let idle = shared.settings.idle();
            let shutdown = shared.shutdown.subscribe();
            let end = drive(&mut ex, &out, idle, shutdown, &mut rx).await;
            // The goodbye in the standard the pupil last chose (Ctrl-L).
            lang = ex.lang();
            end
        }
        Err(crashed) => End::Crashed(crashed),
    };
    // Let a handler blocked on handing us input go on, before we wait on the channel.
    drop(rx);
    let _ = tokio::time::timeout(
        GOODBYE_TIMEOUT,
        goodbye(&handle, channel, &end, &shared, lang),
    )
    .await;
    drop(slot);
    let why = match &end {
        End::Idle => ", inaktiv".to_string(),
        End::Crashed(crashed) => text::log_crashed(crashed),
        End::Shutdown => ", serveren stoppes".to_string(),
        End::Quit | End::Gone => String::new(),
    };
    eprintln!(
        "{}",
        text::log_disconnected(&shared.log.who(peer), shared.sessions.used(), &why)
    );
    linger_then_disconnect(handle);
}

/// Largest piece of a frame handed to russh at once. russh takes a message into its queue
/// (`event_buffer_size` messages, see `limits::russh_config`) and holds one more while the
/// client's window is shut; so with a frame cut into pieces, russh holds at most
/// `(EVENT_BUFFER + 1) × CHUNK` bytes of a session's output, whatever the frame's size.
pub const CHUNK: usize = 16 * 1024;

/// Most input messages applied in one go before the screen is drawn again.
const MAX_BATCH: usize = 64;

/// Where a session's frames go: the SSH channel, or a test's recorder.
pub(crate) trait Output: Send + Sync {
    /// Hand one frame on. Completes when the last piece has been taken; `false` when the
    /// connection is gone.
    fn send(&self, bytes: Vec<u8>) -> Sending;
}

struct ToChannel {
    handle: Handle,
    channel: ChannelId,
}

impl Output for ToChannel {
    /// One piece at a time: russh waits to take the next while the client's window is
    /// shut, so a frame never sits in russh's queue whole.
    fn send(&self, bytes: Vec<u8>) -> Sending {
        let (handle, channel) = (self.handle.clone(), self.channel);
        Box::pin(async move {
            for piece in bytes.chunks(CHUNK) {
                if handle.data(channel, piece.to_vec()).await.is_err() {
                    return false;
                }
            }
            true
        })
    }
}

/// Run app code (update, draw) off the async workers' hot path: on a multi-thread runtime
/// the worker hands its other tasks to another thread first, so one pupil's paste does not
/// stall the others' sessions.
fn work<T>(f: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(RuntimeFlavor::MultiThread) => tokio::task::block_in_place(f),
        _ => f(),
    }
}

/// What one batch of input asks for.
enum Batch {
    Applied { typed: bool },
    Closed,
}

/// Apply every message of one batch: keys to the app, resizes noted (the last one wins).
fn apply_batch(ex: &mut Explorer, batch: Vec<Input>) -> Result<Batch, Crashed> {
    let mut typed = false;
    for msg in batch {
        match msg {
            Input::Data(bytes) => {
                typed = true;
                ex.input(&bytes)?;
            }
            Input::Resize(cols, rows) => ex.resize(cols, rows)?,
            Input::Closed => return Ok(Batch::Closed),
        }
    }
    Ok(Batch::Applied { typed })
}

/// The event loop: input, Esc timer, idle timer, shutdown, and one frame in flight.
///
/// Everything written to the pupil goes through `out`, one frame at a time: a frame is drawn
/// only when the previous one has been taken, and input that arrives meanwhile is applied
/// (each batch at once) and shown in the next frame. `idle`: `None` is no idle timeout.
pub(crate) async fn drive(
    ex: &mut Explorer,
    out: &dyn Output,
    idle: Option<Duration>,
    mut shutdown: watch::Receiver<bool>,
    rx: &mut mpsc::Receiver<Input>,
) -> End {
    let next_idle = || idle.map(|d| Instant::now() + d);
    let mut idle_at = next_idle();
    let mut esc_at: Option<Instant> = None;
    let mut sending: Option<Sending> = None;
    let mut prefix = screen::ENTER.to_vec();
    loop {
        if ex.should_quit() {
            return End::Quit;
        }
        if ex.needs_frame() && sending.is_none() {
            let frame = match work(|| ex.frame()) {
                Ok(frame) => frame,
                Err(crashed) => return End::Crashed(crashed),
            };
            prefix.extend_from_slice(&frame);
            sending = Some(out.send(std::mem::take(&mut prefix)));
        }
        let step: Result<(), Crashed> = tokio::select! {
            msg = rx.recv() => {
                let Some(first) = msg else { return End::Gone };
                let mut batch = vec![first];
                while batch.len() < MAX_BATCH {
                    match rx.try_recv() {
                        Ok(msg) => batch.push(msg),
                        Err(_) => break,
                    }
                }
                match work(|| apply_batch(ex, batch)) {
                    Ok(Batch::Closed) => return End::Gone,
                    Ok(Batch::Applied { typed }) => {
                        if typed {
                            idle_at = next_idle();
                            esc_at = ex.has_pending_escape().then(|| Instant::now() + ESC_TIMEOUT);
                        }
                        Ok(())
                    }
                    Err(crashed) => Err(crashed),
                }
            },
            ok = in_flight(&mut sending) => {
                sending = None;
                if !ok {
                    return End::Gone;
                }
                Ok(())
            }
            () = sleep_until(esc_at.unwrap_or_else(Instant::now)), if esc_at.is_some() => {
                esc_at = None;
                work(|| ex.escape_timeout())
            }
            () = sleep_until(idle_at.unwrap_or_else(Instant::now)), if idle_at.is_some() => {
                return End::Idle;
            }
            _ = shutdown.wait_for(|stop| *stop) => return End::Shutdown,
        };
        if let Err(crashed) = step {
            return End::Crashed(crashed);
        }
    }
}

/// The frame in flight, or never when there is none.
async fn in_flight(sending: &mut Option<Sending>) -> bool {
    match sending {
        Some(f) => f.await,
        None => std::future::pending().await,
    }
}

/// Restore the pupil's terminal, say why we stopped if it was not their choice, and close.
async fn goodbye(handle: &Handle, channel: ChannelId, end: &End, shared: &Shared, l: Lang) {
    if *end == End::Gone {
        return;
    }
    let message = match end {
        End::Idle => text::idle(l, shared.settings.idle_timeout),
        End::Shutdown => l.t(Pupil::Shutdown).to_string(),
        End::Crashed(_) => l.t(Pupil::Crashed).to_string(),
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

#[cfg(test)]
mod tests;
