//! The real terminal, at the edge: decide what the environment allows, set the terminal up,
//! run the event loop, and restore it on every way out (quit, error, panic, signals).
//!
//! - `setup`: raw mode, alternate screen, cursor, mouse; the restore every exit path calls.
//! - `signals`: the panic hook and SIGTERM / SIGHUP / SIGINT.
//! - `event_loop`: read, drain, draw once, in synchronized output.

pub mod event_loop;
pub mod raw_events;
pub mod setup;
pub mod signals;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::App;
use crate::config::Shared;
use crate::config::env;
use crate::error::DataError;
use crate::search::Index;
use crate::ui::Options;

use event_loop::{CrosstermEvents, FrameBuffer};

/// Why the explorer could not run; the command line maps these to exit codes.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not a terminal the explorer can draw on (a pipe, TERM=dumb): a usage error.
    #[error("{0}")]
    NoTerminal(String),
    #[error(transparent)]
    Data(#[from] DataError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// `yrke` with no subcommand: the full-screen explorer.
pub fn run_explorer(shared: &Shared) -> Result<(), Error> {
    let env = env::EnvSnapshot::from_process();
    // Checked before anything is written, so a pipe or a dumb terminal gets no escape codes.
    env::check_terminal(&env).map_err(|why| Error::NoTerminal(why.message(shared.lang)))?;
    let opts = Options {
        color: env::use_color(shared.color, &env),
        ascii: env::use_ascii(shared.ascii, &env),
    };

    // The only work before the first frame: parse the bundled data and build the index.
    let data = Arc::new(shared.load()?);
    let index = Arc::new(Index::new(&data));
    let mut app = App::new(data, index, crate::ui::measure_for(opts.ascii)).with_lang(shared.lang);
    // The app scrolls and hit-tests the mouse for the size it last heard of: tell it now.
    if let Ok((w, h)) = ratatui::crossterm::terminal::size() {
        app.handle_event(&ratatui::crossterm::event::Event::Resize(w, h));
    }

    signals::install()?;
    let _guard = setup::enter(shared.mouse)?;
    let frames = FrameBuffer::default();
    let mut terminal = Terminal::new(CrosstermBackend::new(frames.clone()))?;
    // Keys through our own reader (Latin-1, whole bursts, hang-up); with --mouse through
    // crossterm's, which also reads mouse reports.
    use std::io::IsTerminal;
    let result = if !shared.mouse && std::io::stdin().is_terminal() {
        let mut events = raw_events::RawEvents::stdin()?;
        event_loop::run(
            &mut terminal,
            &frames,
            &mut events,
            &mut app,
            &opts,
            send_frame,
        )
    } else {
        event_loop::run(
            &mut terminal,
            &frames,
            &mut CrosstermEvents,
            &mut app,
            &opts,
            send_frame,
        )
    };
    match result {
        // The terminal hung up (its window or connection closed): nothing left to draw on.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(()),
        other => other.map_err(Error::Io),
    }
    // `_guard` restores the terminal here, and on the `?` paths above.
}

fn send_frame(bytes: &[u8]) -> std::io::Result<()> {
    setup::emit(bytes)?;
    panic_after_first_frame_for_tests();
    Ok(())
}

/// Debug builds only: `YRKE_TEST_PANIC=1` panics once the first frame is out, so the pty
/// tests can prove the panic hook restores the terminal before the message prints.
/// Release builds have no such hook.
fn panic_after_first_frame_for_tests() {
    #[cfg(debug_assertions)]
    if std::env::var_os("YRKE_TEST_PANIC").is_some() {
        panic!("YRKE_TEST_PANIC: prøvepanikk etter første bilde");
    }
}
