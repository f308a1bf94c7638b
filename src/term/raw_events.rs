//! The local terminal's input read as bytes and parsed by [`crate::input`], the same parser
//! `yrke serve` uses. crossterm's reader drops bytes that are not UTF-8 (a ø from a Latin-1
//! PuTTY), can leave the rest of a burst over 1,024 bytes unread until the next key, and spins
//! on a hung-up terminal; this reader does none of that. Window size changes arrive through a
//! SIGWINCH self-pipe and are read from the terminal with crossterm.

use std::collections::VecDeque;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::time::Duration;

use ratatui::crossterm::event::Event;

use super::event_loop::EventSource;
use crate::input::{ESC_TIMEOUT, Parser};

/// Bytes read from the terminal at a time; a longer burst is read in several, all before
/// the next frame.
const CHUNK: usize = 4096;

/// Input from a terminal file descriptor (stdin), with window changes from SIGWINCH.
pub struct RawEvents {
    fd: RawFd,
    winch: Option<UnixStream>,
    parser: Parser,
    queue: VecDeque<Event>,
    /// How to learn the window's size after SIGWINCH (the real terminal, or a test's).
    size: fn() -> io::Result<(u16, u16)>,
    _signal: Option<signal_hook::SigId>,
}

impl RawEvents {
    /// Read the process's stdin; window changes come from SIGWINCH.
    pub fn stdin() -> io::Result<RawEvents> {
        let (rx, tx) = UnixStream::pair()?;
        rx.set_nonblocking(true)?;
        let id = signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, tx)?;
        Ok(RawEvents {
            fd: io::stdin().as_raw_fd(),
            winch: Some(rx),
            parser: Parser::new(),
            queue: VecDeque::new(),
            size: || ratatui::crossterm::terminal::size(),
            _signal: Some(id),
        })
    }

    /// Read `fd` (tests: one end of a socket pair), no window changes.
    pub fn from_fd(fd: &OwnedFd) -> RawEvents {
        RawEvents {
            fd: fd.as_raw_fd(),
            winch: None,
            parser: Parser::new(),
            queue: VecDeque::new(),
            size: || Ok((80, 24)),
            _signal: None,
        }
    }

    /// Wait up to `timeout` (None: for ever) for input or a window change, and queue what
    /// arrives. `Ok(false)` when nothing came in time.
    fn fill(&mut self, timeout: Option<Duration>) -> io::Result<bool> {
        let mut fds = vec![libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        }];
        if let Some(w) = &self.winch {
            fds.push(libc::pollfd {
                fd: w.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let ms = timeout.map_or(-1, |t| i32::try_from(t.as_millis()).unwrap_or(i32::MAX));
        // SAFETY: `fds` is a live, correctly sized array of pollfd for the call's duration.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if n < 0 {
            let e = io::Error::last_os_error();
            // A signal (SIGWINCH itself) woke us: look again.
            return if e.kind() == io::ErrorKind::Interrupted {
                Ok(true)
            } else {
                Err(e)
            };
        }
        if n == 0 {
            return Ok(false);
        }
        if fds.get(1).is_some_and(|f| f.revents != 0) {
            self.drain_winch();
            let (w, h) = (self.size)()?;
            self.queue.push_back(Event::Resize(w, h));
        }
        let ready = fds[0].revents;
        if ready & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0 {
            self.read_bytes()?;
        }
        Ok(true)
    }

    fn drain_winch(&mut self) {
        if let Some(w) = &self.winch {
            let mut buf = [0u8; 64];
            while matches!(io::Read::read(&mut &*w, &mut buf), Ok(n) if n > 0) {}
        }
    }

    /// One read: parse what came. End of input (the terminal hung up) is an error the
    /// caller ends the explorer on, instead of reading nothing for ever.
    fn read_bytes(&mut self) -> io::Result<()> {
        let mut buf = [0u8; CHUNK];
        // SAFETY: `buf` is valid for `CHUNK` bytes and `fd` is open for the reader's life.
        let n = unsafe { libc::read(self.fd, buf.as_mut_ptr().cast(), CHUNK) };
        if n < 0 {
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => Ok(()),
                // EIO: the terminal is gone (its other end closed).
                _ => Err(io::Error::new(io::ErrorKind::UnexpectedEof, e)),
            };
        }
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "terminalen ble lukket",
            ));
        }
        let n = usize::try_from(n).unwrap_or(0);
        self.queue.extend(self.parser.feed(&buf[..n]));
        Ok(())
    }
}

impl EventSource for RawEvents {
    fn read(&mut self) -> io::Result<Event> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Ok(e);
            }
            // A lone Esc waits a moment for the rest of a sequence, then counts as Esc.
            let timeout = self.parser.has_pending_escape().then_some(ESC_TIMEOUT);
            if !self.fill(timeout)? {
                self.queue.extend(self.parser.flush_escape());
            }
        }
    }

    fn ready(&mut self) -> io::Result<bool> {
        if self.queue.is_empty() {
            self.fill(Some(Duration::ZERO))?;
        }
        Ok(!self.queue.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;

    fn keys(ev: &mut RawEvents, n: usize) -> String {
        (0..n)
            .map(|_| match ev.read().unwrap() {
                Event::Key(k) => match k.code {
                    KeyCode::Char(c) if k.modifiers.contains(KeyModifiers::CONTROL) => {
                        format!("^{c}")
                    }
                    KeyCode::Char(c) => c.to_string(),
                    other => format!("<{other:?}>"),
                },
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_burst_of_any_size_is_read_whole_with_what_follows() {
        let (ours, mut theirs) = UnixStream::pair().unwrap();
        let fd = OwnedFd::from(ours);
        let mut ev = RawEvents::from_fd(&fd);
        let mut burst = vec![b'a'; 10_000];
        burst.extend_from_slice(b"\x03");
        theirs.write_all(&burst).unwrap();
        assert_eq!(keys(&mut ev, 10_000).len(), 10_000);
        // The Ctrl-C after the paste is there without another key.
        assert!(ev.ready().unwrap());
        assert_eq!(keys(&mut ev, 1), "^c");
    }

    #[test]
    fn latin1_bytes_are_letters_and_utf8_is_utf8() {
        let (ours, mut theirs) = UnixStream::pair().unwrap();
        let fd = OwnedFd::from(ours);
        let mut ev = RawEvents::from_fd(&fd);
        theirs.write_all(b"s\xf8k ").unwrap();
        theirs.write_all("søk".as_bytes()).unwrap();
        assert_eq!(keys(&mut ev, 7), "søk søk");
    }

    #[test]
    fn a_hung_up_terminal_ends_the_reader_instead_of_spinning() {
        let (ours, theirs) = UnixStream::pair().unwrap();
        let fd = OwnedFd::from(ours);
        let mut ev = RawEvents::from_fd(&fd);
        drop(theirs);
        let err = ev.read().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
    }

    #[test]
    fn a_lone_esc_is_esc_after_the_timeout() {
        let (ours, mut theirs) = UnixStream::pair().unwrap();
        let fd = OwnedFd::from(ours);
        let mut ev = RawEvents::from_fd(&fd);
        theirs.write_all(b"\x1b").unwrap();
        assert_eq!(keys(&mut ev, 1), "<Esc>");
    }
}
