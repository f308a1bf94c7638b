//! One pupil's explorer without any networking: raw input bytes in, frame bytes out.
//! The async session (`session.rs`) only moves these bytes; everything here is plain,
//! synchronous and testable.
//!
//! A panic in the app's update or draw is caught here and reported as [`Crashed`], so it
//! ends this one session (with the pupil's terminal restored) and nobody else's.

use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::App;
use crate::term::event_loop::draw_frame;
use crate::ui;

use super::input::Parser;

/// Sent first: alternate screen, hidden cursor, no attributes, cleared screen.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[0m\x1b[H\x1b[2J";
/// Sent last, on every way out: attributes off, cursor back, main screen back.
pub const LEAVE: &[u8] = b"\x1b[0m\x1b[?25h\x1b[?1049l";

/// The app or the drawing panicked; the session must end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crashed;

type Screen = Terminal<CrosstermBackend<Sink>>;

/// Where ratatui writes a frame; we take the bytes out after each draw. (The local
/// terminal's buffer is `Rc`-based; a session moves between threads, so this one is `Arc`.)
#[derive(Debug, Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Sink {
    fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .map(|mut b| std::mem::take(&mut *b))
            .unwrap_or_default()
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut b = self
            .0
            .lock()
            .map_err(|_| io::Error::other("frame buffer poisoned"))?;
        b.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub struct Explorer {
    app: App,
    screen: Screen,
    sink: Sink,
    opts: ui::Options,
    parser: Parser,
    /// Something changed since the last frame.
    dirty: bool,
}

impl Explorer {
    pub fn new(mut app: App, opts: ui::Options, cols: u16, rows: u16) -> io::Result<Explorer> {
        // The app scrolls and hit-tests the mouse for the size it last heard of: tell it now.
        app.handle_event(&Event::Resize(cols, rows));
        let viewport = Viewport::Fixed(Rect::new(0, 0, cols, rows));
        let sink = Sink::default();
        let screen = Terminal::with_options(
            CrosstermBackend::new(sink.clone()),
            TerminalOptions { viewport },
        )?;
        Ok(Explorer {
            app,
            screen,
            sink,
            opts,
            parser: Parser::new(),
            dirty: true,
        })
    }

    pub fn should_quit(&self) -> bool {
        self.app.should_quit()
    }

    pub fn needs_frame(&self) -> bool {
        self.dirty
    }

    /// Whether a lone `ESC` is waiting for the rest of a sequence (arm the Esc timer).
    pub fn has_pending_escape(&self) -> bool {
        self.parser.has_pending_escape()
    }

    /// Bytes typed by the pupil.
    pub fn input(&mut self, bytes: &[u8]) -> Result<(), Crashed> {
        let events = self.parser.feed(bytes);
        self.apply(&events)
    }

    /// The Esc timer ran out.
    pub fn escape_timeout(&mut self) -> Result<(), Crashed> {
        let events = self.parser.flush_escape();
        self.apply(&events)
    }

    /// The client's window changed size.
    pub fn resize(&mut self, cols: u16, rows: u16) -> Result<(), Crashed> {
        // ratatui clears the screen and forgets the previous frame, so the next frame is
        // drawn in full at the new size.
        self.screen
            .resize(Rect::new(0, 0, cols, rows))
            .map_err(|_| Crashed)?;
        self.apply(&[Event::Resize(cols, rows)])?;
        self.dirty = true;
        Ok(())
    }

    /// Draw the current state: only the cells that changed since the last frame, in
    /// synchronized output. Call only when the previous frame has been handed off, so the
    /// diff is against what the client really has.
    pub fn frame(&mut self) -> Result<Vec<u8>, Crashed> {
        let (app, opts, screen) = (&self.app, &self.opts, &mut self.screen);
        guarded(|| draw_frame(screen, app, opts))?.map_err(|_| Crashed)?;
        self.dirty = false;
        Ok(self.sink.take())
    }

    fn apply(&mut self, events: &[Event]) -> Result<(), Crashed> {
        for ev in events {
            if self.app.should_quit() {
                break;
            }
            let app = &mut self.app;
            self.dirty |= guarded(|| app.handle_event(ev))?;
        }
        Ok(())
    }
}

/// Run app code; a panic becomes [`Crashed`]. The state it leaves is not trusted again:
/// the caller ends the session.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, Crashed> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| Crashed)
}

#[cfg(test)]
mod tests;
