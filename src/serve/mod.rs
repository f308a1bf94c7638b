//! `yrke serve`: the explorer over SSH for a whole class, no accounts.
//!
//! - `server`: accept loop, connection cap, handshake deadline (`deadline`), stopping.
//! - `admission`: the pre-login budget (random early drop) and the per-address cap.
//! - `proxy`: `--proxy-protocol`, the PROXY header a load balancer sends first.
//! - `log`: stable log lines, addresses as `--log-addresses` says, refusals rate-limited.
//! - `handler`: the russh handler — log in without credentials, one pty + shell, nothing else.
//! - `session`: one task per pupil; input in (in batches), at most one frame in flight out.
//! - `screen`: the app and a ratatui terminal over a byte buffer (no networking; tested).
//! - `backend`: that terminal's backend, sized by the pupil's client, never by the host.
//! - `input`: raw bytes → crossterm key events.
//! - `client`: the client's TERM, size and env → how to draw.
//! - `limits`, `hostkey`, `text`: settings, the host key on disk, every message.
//! - `budget`: a session's worst-case memory from those limits, checked against `MemoryMax`.

mod admission;
mod backend;
pub mod budget;
mod client;
mod deadline;
mod handler;
pub mod hostkey;
pub use crate::input;
pub mod limits;
pub mod log;
pub mod proxy;
mod screen;
mod server;
mod session;
mod text;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use tokio::net::TcpListener;

use crate::config::Shared;
use crate::error::DataError;
use crate::search::Index;

pub use admission::PreAuth;
pub use limits::Settings;
pub use server::Server;

#[derive(Debug, Args)]
pub struct ServeArgs {
    // Help texts: `lang::cli` (both standards), applied by `cli::help` at run time.
    #[arg(long, default_value = "127.0.0.1:2222", value_name = "ADRESSE:PORT")]
    pub listen: String,
    #[arg(long, value_name = "STI")]
    pub host_key: Option<PathBuf>,
    #[arg(long, default_value_t = limits::DEFAULT_MAX_SESSIONS, value_name = "N")]
    pub max_sessions: usize,
    #[arg(long, default_value = "30m", value_name = "VARIGHET")]
    pub idle_timeout: String,
    #[arg(long, default_value = "10:30:60", value_name = "START:RATE:FULL")]
    pub max_startups: String,
    #[arg(long, default_value_t = 40, value_name = "N")]
    pub max_startups_per_address: usize,
    #[arg(long, default_value = "30s", value_name = "VARIGHET", hide = true)]
    pub login_timeout: String,
    #[arg(long, value_enum, default_value_t = log::Addresses::Full, value_name = "HVORDAN")]
    pub log_addresses: log::Addresses,
    #[arg(long)]
    pub proxy_protocol: bool,
    #[arg(long, value_name = "CIDR[,CIDR…]", requires = "proxy_protocol")]
    pub proxy_from: Option<String>,
}

/// Why `yrke serve` could not start or stopped with an error; the command line maps these to
/// exit codes (a bad flag or file is a usage error).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub fn run(shared: &Shared, args: &ServeArgs) -> Result<(), Error> {
    let idle = limits::parse_duration(&args.idle_timeout).map_err(Error::Usage)?;
    // Checked before the host key is made: a typo must not leave a new key behind.
    let proxy = if args.proxy_protocol {
        let from = args.proxy_from.as_deref().unwrap_or(proxy::DEFAULT_FROM);
        let from = proxy::cidr::parse_list(from).map_err(Error::Usage)?;
        Some(proxy::Proxy::new(from))
    } else {
        None
    };
    if args.max_sessions == 0 {
        return Err(Error::Usage("--max-sessions må være minst 1".into()));
    }
    let key_path = args
        .host_key
        .clone()
        .or_else(hostkey::default_path)
        .ok_or_else(|| Error::Usage("fant ingen datamappe; oppgi --host-key STI".into()))?;
    let (key, created) = hostkey::load_or_create(&key_path).map_err(Error::Usage)?;
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
    let data = Arc::new(shared.load()?);
    let index = Arc::new(Index::new(&data));
    let mut settings = Settings::new(args.max_sessions, idle);
    settings
        .preauth
        .parse_startups(&args.max_startups)
        .map_err(Error::Usage)?;
    if args.max_startups_per_address == 0 {
        return Err(Error::Usage(
            "--max-startups-per-address må være minst 1".into(),
        ));
    }
    settings.preauth.per_address = args.max_startups_per_address;
    settings.log_addresses = args.log_addresses;
    settings.lang = shared.lang;
    settings.proxy = proxy;
    let settings_proxy = settings.proxy.clone();
    settings.handshake_timeout = limits::parse_duration(&args.login_timeout)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| Error::Usage(format!("ugyldig --login-timeout «{}»", args.login_timeout)))?;
    // A socket per connection, plus the few files the server itself holds.
    limits::raise_open_files(settings.max_connections() + 64);
    let server = Server::new(key, data, index, settings, shared.color, shared.ascii);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = TcpListener::bind(&args.listen)
            .await
            .map_err(|e| Error::Usage(format!("kan ikke lytte på {}: {e}", args.listen)))?;
        let addr = listener.local_addr()?;
        eprintln!(
            "{}",
            text::log_listening(addr, &fingerprint, args.max_sessions, idle)
        );
        match &settings_proxy {
            Some(proxy) => eprintln!("{}", text::log_proxy(&proxy.from)),
            None => eprintln!("{}", text::reach(addr)),
        }
        server.run(listener, stop_signal()).await;
        eprintln!("yrke serve: stoppet");
        Ok(())
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
