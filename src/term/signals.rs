//! The ways out that skip the normal code path: a panic, and SIGTERM / SIGHUP (an SSH
//! disconnect) / SIGINT / SIGQUIT. Each restores the terminal first.

use std::io;
use std::sync::Once;
use std::sync::mpsc;
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use super::setup;

/// How long a signal waits for the restore before leaving anyway: a terminal whose output
/// is blocked (a stalled SSH link) must not keep a killed process alive.
const RESTORE_GRACE: Duration = Duration::from_secs(1);

static INSTALLED: Once = Once::new();

/// Install the panic hook and the signal thread (once per process).
pub fn install() -> io::Result<()> {
    let mut result = Ok(());
    INSTALLED.call_once(|| {
        install_panic_hook();
        result = spawn_signal_thread();
    });
    result
}

/// Restore before the default hook prints, so the message lands on the main screen with
/// cooked line endings instead of vanishing with the alternate screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        setup::restore();
        previous(info);
    }));
}

/// In raw mode Ctrl-C arrives as a key, but `kill -INT` still sends SIGINT; SIGQUIT (`kill
/// -QUIT`, Ctrl-\\ in a cooked terminal) used to leave the terminal raw. All four end the
/// process the way the signal would have, after the terminal is back.
fn spawn_signal_thread() -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::Builder::new()
        .name("yrke-signaler".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                restore_within_grace();
                // Die of the signal itself, so a parent (sshd, a shell) sees what happened.
                let _ = signal_hook::low_level::emulate_default_handler(sig);
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

fn restore_within_grace() {
    let (done_tx, done_rx) = mpsc::channel();
    let spawned = std::thread::Builder::new().spawn(move || {
        setup::restore();
        let _ = done_tx.send(());
    });
    if spawned.is_ok() {
        let _ = done_rx.recv_timeout(RESTORE_GRACE);
    }
}
