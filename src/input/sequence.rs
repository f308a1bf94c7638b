//! CSI and SS3 sequences: which key a complete or partial `ESC [ …` / `ESC O …` is.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{MAX_SEQUENCE, Step, plain};

/// `ESC O x`: application-mode arrows, Home/End and F1–F4.
pub(super) fn ss3(buf: &[u8]) -> Step {
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

/// `ESC [ params final`, at most [`MAX_SEQUENCE`] bytes: no further is looked at, so a
/// step costs the same however long the junk after it.
pub(super) fn csi(buf: &[u8]) -> Step {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if buf.get(2) == Some(&b'[') {
        return match buf.get(3) {
            None => Step::Incomplete,
            Some(&c @ b'A'..=b'E') => Step::Key(plain(KeyCode::F(c - b'A' + 1)), 4),
            Some(_) => Step::Skip(4),
        };
    }
    for (i, &b) in buf.iter().enumerate().take(MAX_SEQUENCE).skip(2) {
        match b {
            0x40..=0x7e => {
                return match csi_key(&buf[2..i], b) {
                    Some(key) => Step::Key(key, i + 1),
                    None => Step::Skip(i + 1),
                };
            }
            0x20..=0x3f => {}
            // A control byte or a new ESC cannot be inside a sequence: drop what came
            // before it and parse it as itself.
            _ => return Step::Skip(i),
        }
    }
    if buf.len() >= MAX_SEQUENCE {
        Step::Overlong(MAX_SEQUENCE)
    } else {
        Step::Incomplete
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
