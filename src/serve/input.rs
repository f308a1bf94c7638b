//! Raw bytes from an SSH channel → crossterm key events.
//!
//! Over SSH there is no local terminal to ask: the client's terminal sends bytes and we turn
//! them into the same `Event`s crossterm produces locally, so the app's keymap works
//! unchanged. Covers the forms school terminals send (xterm, PuTTY, the Linux console,
//! tmux): arrows as `ESC[A` and `ESC OA`, Home/End as `ESC[H`/`ESC[F`, `ESC[1~`/`ESC[4~`
//! and `ESC[7~`/`ESC[8~`, modifiers as `ESC[1;3D`, Alt as an `ESC` prefix. Incomplete
//! sequences (an escape sequence or a UTF-8 letter split across packets) wait for more
//! bytes; a lone `ESC` becomes Esc only after [`ESC_TIMEOUT`] (see [`Parser::flush_escape`]).

use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// How long a lone `ESC` waits for the rest of a sequence before it counts as the Esc key.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);

/// Longest escape sequence we wait for; anything longer is junk and is dropped.
const MAX_SEQUENCE: usize = 32;

const ESC: u8 = 0x1b;

/// One step of parsing the front of the buffer.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// A key, and how many bytes it used.
    Key(KeyEvent, usize),
    /// Bytes that mean nothing to us (unknown sequences, invalid UTF-8): drop them.
    Skip(usize),
    /// The buffer ends in the middle of something: wait for more bytes.
    Incomplete,
}

/// Keeps the unfinished tail of the input between packets.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Parse as much as possible; an incomplete tail is kept for the next call.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            match step(&self.pending[at..]) {
                Step::Key(key, n) => {
                    events.push(Event::Key(key));
                    at += n;
                }
                Step::Skip(n) => at += n,
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..at);
        events
    }

    /// Whether an escape sequence has started and not finished (the caller then arms the
    /// [`ESC_TIMEOUT`] timer). A half UTF-8 letter does not count: it just waits.
    pub fn has_pending_escape(&self) -> bool {
        self.pending.first() == Some(&ESC)
    }

    /// The timer ran out: what is pending was typed by a person, not sent as one sequence.
    /// `ESC` alone is Esc; `ESC` + a letter is Alt+letter.
    pub fn flush_escape(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        while self.has_pending_escape() {
            let rest = &self.pending[1..];
            let (key, used) = match step(rest) {
                Step::Key(k, n) if rest.first() != Some(&ESC) => (with_alt(k), 1 + n),
                _ => (plain(KeyCode::Esc), 1),
            };
            events.push(Event::Key(key));
            self.pending.drain(..used);
            events.extend(self.feed(&[]));
        }
        events
    }
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

/// Parse one key from the front of `buf` (non-empty).
fn step(buf: &[u8]) -> Step {
    let Some(&first) = buf.first() else {
        return Step::Incomplete;
    };
    match first {
        ESC => escape(buf),
        b'\r' | b'\n' => Step::Key(plain(KeyCode::Enter), 1),
        b'\t' => Step::Key(plain(KeyCode::Tab), 1),
        0x7f | 0x08 => Step::Key(plain(KeyCode::Backspace), 1),
        0x00 => Step::Key(ctrl(' '), 1),
        c @ 0x01..=0x1a => Step::Key(ctrl(char::from(c - 1 + b'a')), 1),
        c @ 0x1c..=0x1f => Step::Key(ctrl(char::from(c - 0x1c + b'4')), 1),
        _ => utf8(buf),
    }
}

/// One UTF-8 letter; uppercase gets SHIFT like crossterm reports it locally.
fn utf8(buf: &[u8]) -> Step {
    let Some(&lead) = buf.first() else {
        return Step::Incomplete;
    };
    let len = match lead {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Skip(1),
    };
    if buf.len() < len {
        // Invalid continuation bytes need not wait for the rest to be rejected.
        if buf[1..].iter().any(|b| b & 0xc0 != 0x80) {
            return Step::Skip(1);
        }
        return Step::Incomplete;
    }
    match std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) if c.is_control() => Step::Skip(len),
        Some(c) => {
            let mods = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Step::Key(KeyEvent::new(KeyCode::Char(c), mods), len)
        }
        None => Step::Skip(1),
    }
}

/// `buf` starts with ESC.
fn escape(buf: &[u8]) -> Step {
    match buf.get(1) {
        None => Step::Incomplete,
        Some(b'[') => csi(buf),
        Some(b'O') => ss3(buf),
        // ESC ESC [D and friends: some terminals (PuTTY) send Alt as an ESC prefix even
        // before a sequence.
        Some(_) => match step(&buf[1..]) {
            Step::Key(k, n) => Step::Key(with_alt(k), 1 + n),
            Step::Skip(n) => Step::Skip(1 + n),
            Step::Incomplete => Step::Incomplete,
        },
    }
}

/// `ESC O x`: application-mode arrows, Home/End and F1–F4.
fn ss3(buf: &[u8]) -> Step {
    let Some(&fin) = buf.get(2) else {
        return Step::Incomplete;
    };
    match cursor_key(fin) {
        Some(code) => Step::Key(plain(code), 3),
        None => Step::Skip(3),
    }
}

/// The final byte shared by `ESC[x`, `ESC[1;mx` and `ESC Ox`.
fn cursor_key(fin: u8) -> Option<KeyCode> {
    Some(match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(fin - b'P' + 1),
        _ => return None,
    })
}

/// `ESC [ params final`.
fn csi(buf: &[u8]) -> Step {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if buf.get(2) == Some(&b'[') {
        return match buf.get(3) {
            None => Step::Incomplete,
            Some(&c @ b'A'..=b'E') => Step::Key(plain(KeyCode::F(c - b'A' + 1)), 4),
            Some(_) => Step::Skip(4),
        };
    }
    let body = &buf[2..];
    let Some(end) = body.iter().position(|b| (0x40..=0x7e).contains(b)) else {
        if buf.len() > MAX_SEQUENCE || body.iter().any(|b| !(0x20..=0x3f).contains(b)) {
            return Step::Skip(buf.len());
        }
        return Step::Incomplete;
    };
    let used = 2 + end + 1;
    let params = &body[..end];
    match csi_key(params, body[end]) {
        Some(key) => Step::Key(key, used),
        None => Step::Skip(used),
    }
}

fn csi_key(params: &[u8], fin: u8) -> Option<KeyEvent> {
    let nums = numbers(params)?;
    let mods = modifiers(nums.get(1).copied());
    let code = match fin {
        b'Z' => return Some(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'~' => tilde_key(*nums.first()?)?,
        _ => cursor_key(fin)?,
    };
    Some(KeyEvent::new(code, mods))
}

/// `ESC [ n ~` keys (vt220 / PuTTY / rxvt numbering).
fn tilde_key(n: u16) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23 | 24 => KeyCode::F((n - 12) as u8),
        _ => return None,
    })
}

/// `1;3` → [1, 3]; an empty list or empty fields count as absent. `None` on junk.
fn numbers(params: &[u8]) -> Option<Vec<u16>> {
    let text = std::str::from_utf8(params).ok()?;
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split(';')
        .map(|p| {
            if p.is_empty() {
                Some(1)
            } else {
                p.parse().ok()
            }
        })
        .collect()
}

/// xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
fn modifiers(param: Option<u16>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

#[cfg(test)]
mod tests;
