//! Raw bytes from a terminal (an SSH channel, or the local tty) → crossterm key events.
//!
//! Used by `yrke serve` (there is no local terminal to ask over SSH) and by the local
//! explorer (crossterm's reader drops bytes that are not UTF-8 and can leave a burst half
//! read). The terminal sends bytes and we turn them into the same `Event`s crossterm
//! produces, so the app's keymap works
//! unchanged. Covers the forms school terminals send (xterm, PuTTY, the Linux console,
//! tmux): arrows as `ESC[A` and `ESC OA`, Home/End as `ESC[H`/`ESC[F`, `ESC[1~`/`ESC[4~`
//! and `ESC[7~`/`ESC[8~`, modifiers as `ESC[1;3D`, Alt as an `ESC` prefix. Incomplete
//! sequences (an escape sequence or a UTF-8 letter split across packets) wait for more
//! bytes; a lone `ESC` becomes Esc only after [`ESC_TIMEOUT`] (see [`Parser::flush_escape`]).
//!
//! Anyone can send any bytes, and one session shares the server with a whole class, so every
//! byte stream is parsed in bounded stack and memory and in time linear in its length: no
//! step calls itself, no step looks more than [`MAX_PENDING`] bytes ahead, and at most
//! [`MAX_PENDING`] bytes wait between packets. (A run of Esc bytes used to recurse once per
//! byte and wait unbounded; about 48,000 of them overflowed the worker's stack and aborted
//! the server for everybody.)

mod sequence;

use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use sequence::{csi, ss3};

/// How long a lone `ESC` waits for the rest of a sequence before it counts as the Esc key.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);

/// Longest escape sequence we wait for; a longer one is junk and is dropped whole.
const MAX_SEQUENCE: usize = 32;

/// Most bytes that ever wait between packets. The longest wait is an Alt-prefixed sequence
/// (`ESC ESC [ …`) one byte short of [`MAX_SEQUENCE`]; anything longer is settled at once.
pub const MAX_PENDING: usize = MAX_SEQUENCE;

const ESC: u8 = 0x1b;

/// One step of parsing the front of the buffer. Every step that uses bytes uses at least one,
/// so the parse loop always moves on.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// A key, and how many bytes it used.
    Key(KeyEvent, usize),
    /// Bytes that mean nothing to us (unknown sequences, invalid UTF-8): drop them.
    Skip(usize),
    /// The start of a sequence longer than [`MAX_SEQUENCE`]: drop it, and drop the rest of it
    /// too, in this packet or later ones (see [`overlong_tail`]).
    Overlong(usize),
    /// The buffer ends in the middle of something: wait for more bytes.
    Incomplete,
}

/// Keeps the unfinished tail of the input between packets.
#[derive(Debug, Default)]
pub struct Parser {
    /// At most [`MAX_PENDING`] bytes between calls.
    pending: Vec<u8>,
    /// Inside an over-long sequence: its remaining bytes are dropped, whatever packet they
    /// come in. One flag instead of the bytes themselves keeps the memory bounded.
    overlong: bool,
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Parse as much as possible; an incomplete tail (at most [`MAX_PENDING`] bytes) is kept
    /// for the next call.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        let rest = self.settle_pending(bytes, &mut events);
        let used = parse(rest, &mut self.overlong, &mut events);
        self.pending.extend_from_slice(&rest[used..]);
        events
    }

    /// Finish the tail an earlier packet left, topping it up with just enough new bytes (no
    /// step needs more than [`MAX_PENDING`]), so a big packet is parsed where it lies rather
    /// than copied behind the tail. Returns the bytes not yet parsed; if the tail is still
    /// unfinished, they are all in it and none are returned.
    fn settle_pending<'a>(&mut self, mut bytes: &'a [u8], events: &mut Vec<Event>) -> &'a [u8] {
        while !self.pending.is_empty() && !bytes.is_empty() {
            let old = self.pending.len();
            let top = bytes.len().min(MAX_PENDING);
            self.pending.extend_from_slice(&bytes[..top]);
            let used = parse(&self.pending, &mut self.overlong, events);
            if used >= old {
                self.pending.clear();
                return &bytes[used - old..];
            }
            self.pending.drain(..used);
            bytes = &bytes[top..];
        }
        bytes
    }

    /// Whether an escape sequence has started and not finished (the caller then arms the
    /// [`ESC_TIMEOUT`] timer). A half UTF-8 letter does not count: it just waits.
    pub fn has_pending_escape(&self) -> bool {
        self.pending.first() == Some(&ESC)
    }

    /// How many bytes wait for the next packet; never more than [`MAX_PENDING`].
    pub fn pending_len(&self) -> usize {
        self.pending.len()
    }

    /// The timer ran out: what is pending was typed by a person, not sent as one sequence.
    /// `ESC` alone is Esc; `ESC` + a letter is Alt+letter. Each round uses at least one byte
    /// of a bounded buffer, so this ends quickly.
    pub fn flush_escape(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        while self.has_pending_escape() {
            let (key, used) = timed_out(&self.pending);
            events.push(Event::Key(key));
            self.pending.drain(..used);
            let used = parse(&self.pending, &mut self.overlong, &mut events);
            self.pending.drain(..used);
        }
        events
    }
}

/// Parse keys off the front of `buf` and return how many bytes were used. What is left is an
/// unfinished sequence of at most [`MAX_PENDING`] bytes.
fn parse(buf: &[u8], overlong: &mut bool, events: &mut Vec<Event>) -> usize {
    let mut at = 0;
    while at < buf.len() {
        let rest = &buf[at..];
        if *overlong {
            let (used, ended) = overlong_tail(rest);
            at += used;
            *overlong = !ended;
            continue;
        }
        match step(rest) {
            Step::Key(key, n) => {
                events.push(Event::Key(key));
                at += n;
            }
            Step::Skip(n) => at += n,
            Step::Overlong(n) => {
                at += n;
                *overlong = true;
            }
            Step::Incomplete if rest.len() <= MAX_PENDING => break,
            // Every step below finishes within MAX_PENDING bytes, so this is a safety net: if
            // one ever waited for more, its first byte is given up rather than the buffer
            // growing with each packet.
            Step::Incomplete => {
                if rest[0] == ESC {
                    events.push(Event::Key(plain(KeyCode::Esc)));
                }
                at += 1;
            }
        }
    }
    at
}

/// The rest of an over-long sequence: its parameter bytes and its final byte. Returns how
/// many bytes belong to it and whether it has ended. A byte that cannot be in a sequence
/// (a control byte, a new ESC) ends it without being used.
fn overlong_tail(buf: &[u8]) -> (usize, bool) {
    let params = buf
        .iter()
        .take_while(|b| (0x20..=0x3f).contains(*b))
        .count();
    match buf.get(params) {
        None => (params, false),
        Some(0x40..=0x7e) => (params + 1, true),
        Some(_) => (params, true),
    }
}

/// What a pending `ESC …` (at the front of `buf`) was, once the timer ran out.
fn timed_out(buf: &[u8]) -> (KeyEvent, usize) {
    let rest = buf.get(1..).unwrap_or_default();
    if rest.first().is_some_and(|&b| b != ESC)
        && let Step::Key(key, n) = plain_key(rest)
    {
        return (with_alt(key), 1 + n);
    }
    (plain(KeyCode::Esc), 1)
}

fn plain(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn with_alt(mut key: KeyEvent) -> KeyEvent {
    key.modifiers |= KeyModifiers::ALT;
    key
}

/// Parse one key from the front of `buf`.
fn step(buf: &[u8]) -> Step {
    match buf.first() {
        None => Step::Incomplete,
        Some(&ESC) => escape(buf),
        Some(_) => plain_key(buf),
    }
}

/// A key that is not an escape sequence: a control key or a letter.
fn plain_key(buf: &[u8]) -> Step {
    let Some(&first) = buf.first() else {
        return Step::Incomplete;
    };
    match first {
        b'\r' | b'\n' => Step::Key(plain(KeyCode::Enter), 1),
        b'\t' => Step::Key(plain(KeyCode::Tab), 1),
        0x7f | 0x08 => Step::Key(plain(KeyCode::Backspace), 1),
        0x00 => Step::Key(ctrl(' '), 1),
        c @ 0x01..=0x1a => Step::Key(ctrl(char::from(c - 1 + b'a')), 1),
        c @ 0x1c..=0x1f => Step::Key(ctrl(char::from(c - 0x1c + b'4')), 1),
        _ => utf8(buf),
    }
}

/// One UTF-8 letter; uppercase gets SHIFT like crossterm reports it locally. A letter split
/// across packets waits for the rest; a byte that can't be UTF-8 is read as Latin-1, so a ø
/// typed in a Latin-1 PuTTY arrives as ø.
fn utf8(buf: &[u8]) -> Step {
    let Some(&lead) = buf.first() else {
        return Step::Incomplete;
    };
    let len = match lead {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return latin1(lead),
    };
    if buf.len() < len {
        // Invalid continuation bytes need not wait for the rest to be rejected.
        if buf[1..].iter().any(|b| b & 0xc0 != 0x80) {
            return latin1(lead);
        }
        return Step::Incomplete;
    }
    match std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) if c.is_control() => Step::Skip(len),
        Some(c) => char_key(c, len),
        None => latin1(lead),
    }
}

fn char_key(c: char, len: usize) -> Step {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    Step::Key(KeyEvent::new(KeyCode::Char(c), mods), len)
}

/// A byte as ISO 8859-1: its letters (æ ø å …) are typed; its control range is dropped.
fn latin1(byte: u8) -> Step {
    match char::from(byte) {
        c if c.is_control() => Step::Skip(1),
        c => char_key(c, 1),
    }
}

/// `buf` starts with ESC. No path through here calls [`step`] again, so the stack depth is
/// the same for any input.
fn escape(buf: &[u8]) -> Step {
    match buf.get(1) {
        None => Step::Incomplete,
        Some(&ESC) => alt_prefixed(buf),
        Some(_) => introduced(buf),
    }
}

/// `ESC ESC …`. PuTTY sends Alt+arrow as an ESC in front of the arrow's own sequence
/// (`ESC ESC [D`). Before anything else the first ESC is the Esc key on its own, so a run of
/// Esc bytes is taken one key per byte.
fn alt_prefixed(buf: &[u8]) -> Step {
    match buf.get(2) {
        None => Step::Incomplete,
        Some(b'[' | b'O') => behind_esc(introduced(&buf[1..])),
        Some(_) => Step::Key(plain(KeyCode::Esc), 1),
    }
}

/// `ESC x`, `x` not ESC: a CSI or SS3 sequence, or Alt + a key.
fn introduced(buf: &[u8]) -> Step {
    match buf.get(1) {
        None => Step::Incomplete,
        Some(b'[') => csi(buf),
        Some(b'O') => ss3(buf),
        Some(_) => behind_esc(plain_key(&buf[1..])),
    }
}

/// What `inner` parsed, seen from one ESC earlier: one more byte, and Alt on the key.
fn behind_esc(inner: Step) -> Step {
    match inner {
        Step::Key(key, n) => Step::Key(with_alt(key), 1 + n),
        Step::Skip(n) => Step::Skip(1 + n),
        Step::Overlong(n) => Step::Overlong(1 + n),
        Step::Incomplete => Step::Incomplete,
    }
}

#[cfg(test)]
mod tests;
