//! One pupil's ratatui backend: crossterm's escape codes into a byte buffer, with the size
//! and cursor of the *pupil's* terminal.
//!
//! `CrosstermBackend` answers `size()` by asking the server's own terminal (/dev/tty, then
//! stdout, then running `tput cols` and `tput lines`), and `get_cursor_position()` by
//! querying it. A server has no terminal of its own — under systemd there is no tty and no
//! TERM — so a resize failed and ended the pupil's session (issue 10), and where it worked it
//! started two processes per resize and got the teacher's size. Here the size is the one the
//! pupil's client reported, and nothing ever asks the host.

use std::io::{self, Write};
use std::sync::{Arc, Mutex};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// Where ratatui writes a frame; we take the bytes out after each draw. (The local
/// terminal's buffer is `Rc`-based; a session moves between threads, so this one is `Arc`.)
#[derive(Debug, Clone, Default)]
pub struct Sink(Arc<Mutex<Vec<u8>>>);

impl Sink {
    pub fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .map(|mut b| std::mem::take(&mut *b))
            .unwrap_or_default()
    }
}

impl Sink {
    /// Bytes waiting to be taken.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.0.lock().map(|b| b.len()).unwrap_or_default()
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

/// Crossterm's output with the pupil's size and a cursor we keep track of ourselves.
pub struct PupilBackend {
    out: CrosstermBackend<Sink>,
    size: Size,
    /// Where we last put the cursor: the answer to `get_cursor_position`, which crossterm
    /// would otherwise read back from the host's terminal.
    cursor: Position,
}

impl PupilBackend {
    pub fn new(sink: Sink, cols: u16, rows: u16) -> PupilBackend {
        PupilBackend {
            out: CrosstermBackend::new(sink),
            size: Size::new(cols, rows),
            cursor: Position::ORIGIN,
        }
    }

    /// The pupil's client reported a new window size.
    pub fn set_size(&mut self, cols: u16, rows: u16) {
        self.size = Size::new(cols, rows);
    }
}

impl Backend for PupilBackend {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.out.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.out.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.out.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.out.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        self.out.set_cursor_position(position)?;
        self.cursor = position;
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.out.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.out.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        // SSH's window-change gives pixels too, but nothing here draws by the pixel.
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::ZERO,
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.out)
    }
}

/// Raw escape codes around a frame (synchronized output) go straight to the buffer.
impl Write for PupilBackend {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_is_the_pupils_not_the_hosts() {
        let mut b = PupilBackend::new(Sink::default(), 123, 45);
        assert_eq!(b.size().unwrap(), Size::new(123, 45));
        b.set_size(7, 3);
        assert_eq!(b.size().unwrap(), Size::new(7, 3));
        assert_eq!(b.window_size().unwrap().columns_rows, Size::new(7, 3));
    }

    #[test]
    fn the_cursor_is_remembered_not_queried() {
        let sink = Sink::default();
        let mut b = PupilBackend::new(sink.clone(), 80, 24);
        assert_eq!(b.get_cursor_position().unwrap(), Position::ORIGIN);
        b.set_cursor_position(Position::new(4, 2)).unwrap();
        assert_eq!(b.get_cursor_position().unwrap(), Position::new(4, 2));
        // The move itself went to the pupil: row 3, column 5 in 1-based ANSI.
        assert_eq!(sink.take(), b"\x1b[3;5H");
    }
}
