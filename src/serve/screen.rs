//! One pupil's explorer without any networking: raw input bytes in, frame bytes out.
//! The async session (`session.rs`) only moves these bytes; everything here is plain,
//! synchronous and testable.
//!
//! A panic in the app's update or draw is caught here and reported as [`Crashed`], so it
//! ends this one session (with the pupil's terminal restored) and nobody else's.

use std::io::{self, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use ratatui::crossterm::event::Event;
use ratatui::crossterm::queue;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::App;
use crate::ui;

use super::backend::{PupilBackend, Sink};
use crate::input::Parser;

/// Sent first: alternate screen, hidden cursor, no attributes, cleared screen.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[0m\x1b[H\x1b[2J";
/// Sent last, on every way out: attributes off, cursor back, main screen back.
pub const LEAVE: &[u8] = b"\x1b[0m\x1b[?25h\x1b[?1049l";

/// What the session was doing when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    Starting,
    Input,
    Resizing,
    Drawing,
}

/// The app or the drawing failed and the session must end. Says why, for the log: "intern
/// feil" alone gives the teacher nothing to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Crashed {
    /// App code panicked. Its message is not kept: the panic hook has already logged it with
    /// its place in the code, and a message may quote what the pupil typed.
    Panicked(Doing),
    /// Making or writing the pupil's screen failed, with the error.
    Screen(Doing, String),
}

impl Crashed {
    fn screen(doing: Doing) -> impl FnOnce(io::Error) -> Crashed {
        move |e| Crashed::Screen(doing, e.to_string())
    }
}

type Screen = Terminal<PupilBackend>;

pub struct Explorer {
    app: App,
    screen: Screen,
    sink: Sink,
    opts: ui::Options,
    parser: Parser,
    /// Something changed since the last frame.
    dirty: bool,
    /// The pupil's newest size, not yet given to the screen. Resizes coalesce here (only the
    /// last size matters); the screen is resized — cleared and drawn in full — only in
    /// [`Explorer::frame`], so the clear travels inside the frame and nothing at all is
    /// written between frames, however many resizes arrive while one is in flight.
    resize_to: Option<(u16, u16)>,
    /// The size the app was last told of.
    app_size: (u16, u16),
    /// How often the screen was really resized (cleared and redrawn); for tests.
    screen_resizes: usize,
    /// Events handed to the app; for tests.
    handled: usize,
}

impl Explorer {
    /// The standard the pupil reads in now (Ctrl-L may have switched it).
    pub fn lang(&self) -> crate::lang::Lang {
        self.app.lang()
    }

    pub fn new(mut app: App, opts: ui::Options, cols: u16, rows: u16) -> Result<Explorer, Crashed> {
        // The app scrolls and hit-tests the mouse for the size it last heard of: tell it now.
        guarded(Doing::Starting, || {
            app.handle_event(&Event::Resize(cols, rows))
        })?;
        let viewport = Viewport::Fixed(Rect::new(0, 0, cols, rows));
        let sink = Sink::default();
        let screen = Terminal::with_options(
            PupilBackend::new(sink.clone(), cols, rows),
            TerminalOptions { viewport },
        )
        .map_err(Crashed::screen(Doing::Starting))?;
        Ok(Explorer {
            app,
            screen,
            sink,
            opts,
            parser: Parser::new(),
            dirty: true,
            resize_to: None,
            app_size: (cols, rows),
            screen_resizes: 0,
            handled: 0,
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
        self.apply(&events, Doing::Input)
    }

    /// The Esc timer ran out.
    pub fn escape_timeout(&mut self) -> Result<(), Crashed> {
        let events = self.parser.flush_escape();
        self.apply(&events, Doing::Input)
    }

    /// The client's window changed size. Only noted: the app hears of it at once (keys that
    /// follow scroll and hit-test for the new size), the screen at the next frame.
    pub fn resize(&mut self, cols: u16, rows: u16) -> Result<(), Crashed> {
        self.resize_to = Some((cols, rows));
        self.dirty = true;
        if self.app_size != (cols, rows) {
            self.app_size = (cols, rows);
            self.apply(&[Event::Resize(cols, rows)], Doing::Resizing)?;
        }
        Ok(())
    }

    /// Bytes written but not yet taken as a frame: always 0 between frames.
    #[cfg(test)]
    pub fn buffered(&self) -> usize {
        self.sink.len()
    }

    /// How often the screen was cleared and redrawn for a new size.
    #[cfg(test)]
    pub fn screen_resizes(&self) -> usize {
        self.screen_resizes
    }

    /// Events handed to the app so far.
    #[cfg(test)]
    pub fn handled(&self) -> usize {
        self.handled
    }

    /// Give the screen the newest size: ratatui clears it and forgets the previous frame,
    /// so the frame drawn next is complete at the new size.
    fn apply_resize(&mut self) -> Result<(), Crashed> {
        let Some((cols, rows)) = self.resize_to.take() else {
            return Ok(());
        };
        // The backend must know the pupil's new size before ratatui clears the screen for
        // it: ratatui asks the backend how big the terminal is.
        self.screen.backend_mut().set_size(cols, rows);
        self.screen
            .resize(Rect::new(0, 0, cols, rows))
            .map_err(Crashed::screen(Doing::Resizing))?;
        self.screen_resizes += 1;
        Ok(())
    }

    /// Draw the current state: only the cells that changed since the last frame, in
    /// synchronized output. Call only when the previous frame has been handed off, so the
    /// diff is against what the client really has.
    pub fn frame(&mut self) -> Result<Vec<u8>, Crashed> {
        self.apply_resize()?;
        let (app, opts, screen) = (&self.app, &self.opts, &mut self.screen);
        guarded(Doing::Drawing, || draw(screen, app, opts))?
            .map_err(Crashed::screen(Doing::Drawing))?;
        self.dirty = false;
        Ok(self.sink.take())
    }

    fn apply(&mut self, events: &[Event], doing: Doing) -> Result<(), Crashed> {
        // Inside a run of typed letters the first one has already closed the overlays and
        // disarmed Ctrl-C; once the query is full (`MAX_QUERY`) the rest of the run changes
        // nothing, so a 30 KB paste costs 80 updates, not 30,000.
        let mut in_run = false;
        for ev in crate::app::coalesce::events(events) {
            if self.app.should_quit() {
                break;
            }
            let types = self.types(ev);
            if in_run && types && self.app.query().chars().count() >= crate::app::MAX_QUERY {
                continue;
            }
            in_run = types;
            self.handled += 1;
            let app = &mut self.app;
            self.dirty |= guarded(doing, || app.handle_event(ev))?;
        }
        Ok(())
    }

    /// Whether `ev` types a letter into the query in the app's present mode.
    fn types(&self, ev: &Event) -> bool {
        use crate::app::{Action, Mode, keymap};
        match ev {
            Event::Key(k) => {
                self.app.mode() == Mode::Typing
                    && matches!(keymap::resolve(k, Mode::Typing), Some(Action::Type(_)))
            }
            _ => false,
        }
    }
}

/// One frame, wrapped in synchronized output so the pupil's terminal shows it all at once.
/// (The local terminal's `draw_frame` does the same but is tied to crossterm's own backend,
/// which would ask the host's terminal for its size.)
fn draw(screen: &mut Screen, app: &App, opts: &ui::Options) -> io::Result<()> {
    queue!(screen.backend_mut(), BeginSynchronizedUpdate)?;
    let mut hidden = false;
    screen.draw(|frame| {
        ui::draw(frame, app, opts);
        hidden = ui::cursor(frame.area(), app, opts.ascii).is_none();
    })?;
    // A hidden cursor is parked top left, never on the bottom row (see `ui::draw`).
    if hidden {
        screen.set_cursor_position((0, 0))?;
    }
    queue!(screen.backend_mut(), EndSynchronizedUpdate)?;
    Write::flush(screen.backend_mut())
}

/// Run app code; a panic becomes [`Crashed`]. The state it leaves is not trusted again:
/// the caller ends the session.
pub fn guarded<T>(doing: Doing, f: impl FnOnce() -> T) -> Result<T, Crashed> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| Crashed::Panicked(doing))
}

#[cfg(test)]
mod tests;
