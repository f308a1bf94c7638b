//! The event loop: block for input, drain whatever else is queued, then draw once — and only
//! if something changed. No timer, no periodic redraw: an idle explorer sends no bytes.

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};

use crate::app::App;
use crate::ui::{self, Options};

/// Where frames are written: a buffer shared with the caller, so a whole frame leaves in one
/// write (one SSH packet instead of a dozen), and so the bandwidth bench can count it.
#[derive(Debug, Clone, Default)]
pub struct FrameBuffer(Rc<RefCell<Vec<u8>>>);

impl FrameBuffer {
    /// The bytes written since the last call.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

impl Write for FrameBuffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    /// The caller sends the frame when it is complete; ratatui's mid-frame flush is a no-op.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Draw one frame into the backend: ratatui's diff (only changed cells), wrapped in
/// synchronized output so the terminal shows it all at once, without tearing.
pub fn draw_frame<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    app: &App,
    opts: &Options,
) -> io::Result<()> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    let mut hidden = false;
    terminal.draw(|frame| {
        ui::draw(frame, app, opts);
        hidden = ui::cursor(frame.area(), app, opts.ascii).is_none();
    })?;
    // A hidden cursor is parked top left: left on the bottom row, xterm scrolls the screen
    // away when the window is made smaller.
    if hidden {
        terminal.set_cursor_position((0, 0))?;
    }
    queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    terminal.backend_mut().flush()
}

/// Where input comes from: the real terminal, or a script in tests.
pub trait EventSource {
    /// Block until the next event.
    fn read(&mut self) -> io::Result<Event>;
    /// Whether another event is ready right now (never blocks).
    fn ready(&mut self) -> io::Result<bool>;
}

/// The terminal's input via crossterm, which also tells a lone Esc from an escape sequence
/// and understands PuTTY's and xterm's key variants.
pub struct CrosstermEvents;

impl EventSource for CrosstermEvents {
    fn read(&mut self) -> io::Result<Event> {
        event::read()
    }

    fn ready(&mut self) -> io::Result<bool> {
        event::poll(Duration::ZERO)
    }
}

/// Run until the app quits. Each completed frame is handed to `send` in one piece.
pub fn run<E: EventSource>(
    terminal: &mut Terminal<CrosstermBackend<FrameBuffer>>,
    frames: &FrameBuffer,
    events: &mut E,
    app: &mut App,
    opts: &Options,
    mut send: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let mut redraw = true;
    while !app.should_quit() {
        if redraw {
            draw_frame(terminal, app, opts)?;
            send(&frames.take())?;
        }
        redraw = next_batch(events, app)?;
    }
    Ok(())
}

/// Events taken at once before they are handed on: enough for a long Esc run to be
/// shortened (`app::coalesce`), small enough to hold.
const CHUNK: usize = 4096;

/// One blocking read, then everything already queued: a pasted word or a held-down key
/// costs one frame, not one per key.
fn next_batch<E: EventSource>(events: &mut E, app: &mut App) -> io::Result<bool> {
    let mut batch = vec![events.read()?];
    let mut changed = false;
    loop {
        while batch.len() < CHUNK && events.ready()? {
            batch.push(events.read()?);
        }
        for ev in crate::app::coalesce::events(&batch) {
            if app.should_quit() {
                return Ok(changed);
            }
            changed |= apply(app, ev);
        }
        batch.clear();
        if app.should_quit() || !events.ready()? {
            return Ok(changed);
        }
    }
}

fn apply(app: &mut App, event: &Event) -> bool {
    match event {
        // Windows reports releases too; a key counts once.
        Event::Key(key) if key.kind == KeyEventKind::Release => false,
        // The new size must be drawn whatever the app thinks of it.
        Event::Resize(..) => {
            app.handle_event(event);
            true
        }
        _ => app.handle_event(event),
    }
}
