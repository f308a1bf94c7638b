//! `yrke serve`: the explorer over SSH for a whole class, no accounts.
//!
//! - `server`: accept loop, connection cap, handshake deadline (`deadline`), stopping.
//! - `handler`: the russh handler — log in without credentials, one pty + shell, nothing else.
//! - `session`: one task per pupil; input in, at most one frame in flight out.
//! - `screen`: the app and a ratatui terminal over a byte buffer (no networking; tested).
//! - `backend`: that terminal's backend, sized by the pupil's client, never by the host.
//! - `input`: raw bytes → crossterm key events.
//! - `client`: the client's TERM, size and env → how to draw.
//! - `limits`, `hostkey`, `text`: settings, the host key on disk, every message.

mod backend;
mod client;
mod deadline;
mod handler;
pub mod hostkey;
pub mod input;
pub mod limits;
mod screen;
mod server;
mod session;
mod text;

use std::sync::Arc;

use tokio::net::TcpListener;

use crate::cli::args::ServeArgs;
use crate::cli::{CliError, Global, Outcome};
use crate::search::Index;

pub use limits::Settings;
pub use server::Server;

pub fn run(global: &Global, args: &ServeArgs) -> Result<Outcome, CliError> {
    let idle = limits::parse_duration(&args.idle_timeout).map_err(CliError::Usage)?;
    if args.max_sessions == 0 {
        return Err(CliError::Usage("--max-sessions må være minst 1".into()));
    }
    let key_path = args
        .host_key
        .clone()
        .or_else(hostkey::default_path)
        .ok_or_else(|| CliError::Usage("fant ingen datamappe; oppgi --host-key STI".into()))?;
    let (key, created) = hostkey::load_or_create(&key_path).map_err(CliError::Usage)?;
    if created {
        eprintln!("yrke serve: laget ny vertsnøkkel i {}", key_path.display());
    } else if hostkey::readable_by_others(&key_path) {
        eprintln!(
            "yrke serve: advarsel: {} kan leses av andre; kjør «chmod 600» på den",
            key_path.display()
        );
    }
    let fingerprint = hostkey::fingerprint(&key);

    // Loaded once, shared by every session.
    let data = Arc::new(crate::cli::load(global)?);
    let index = Arc::new(Index::new(&data));
    let settings = Settings::new(args.max_sessions, idle);
    let server = Server::new(key, data, index, settings, global.color, global.ascii);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = TcpListener::bind(&args.listen)
            .await
            .map_err(|e| CliError::Usage(format!("kan ikke lytte på {}: {e}", args.listen)))?;
        let addr = listener.local_addr()?;
        eprintln!(
            "{}",
            text::log_listening(addr, &fingerprint, args.max_sessions, idle)
        );
        eprintln!("{}", text::reach(addr));
        server.run(listener, stop_signal()).await;
        eprintln!("yrke serve: stoppet");
        Ok(Outcome::Ok)
    })
}

/// SIGINT (Ctrl-C in the teacher's terminal) or SIGTERM (systemd stopping the service).
async fn stop_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(mut term) = signal(SignalKind::terminate()) else {
        let _ = tokio::signal::ctrl_c().await;
        return;
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
