//! How much memory one session may take at most, computed from the code's own constants,
//! and the check that the default number of sessions at the largest size we draw fits in
//! the service's `MemoryMax` (packaging/yrke.service) with room to spare.
//!
//! Before this, the size clamp was 500×200: 100 pupils at that size took 954–995 MB against
//! `MemoryMax=512M`, so systemd would have killed the whole class's server. Measured figures
//! and the command: docs/malinger.md.

use ratatui::buffer::Cell;

use super::limits::{EVENT_BUFFER, INPUT_QUEUE, MAX_COLS, MAX_PACKET, MAX_ROWS};
use super::session::CHUNK;

/// Bytes a frame may take per cell. A full frame at the largest size is far smaller (most
/// cells are blank or plain letters); `screen::tests` holds real frames to this.
pub const FRAME_BYTES_PER_CELL: usize = 4;

/// Everything of a session that does not grow with its size: the app's state, its search
/// results, russh's ciphers and buffers. Measured: 0.63–0.75 MB per session at 80×24
/// including the cells (`cargo bench --bench serve_load -- size 80x24 100`), so about
/// 0.5 MB without them; 1 MiB leaves room.
pub const SESSION_FIXED: usize = 1024 * 1024;

/// The server before any pupil: dataset, search index, runtime (measured 10 MB), plus the
/// connections that have not logged in (at most the pre-login budget and the room for
/// goodbyes, `Settings::max_connections`), which own no screen.
pub const BASE: usize = 32 * 1024 * 1024;

/// Bytes per cell of a session's screen: ratatui's two buffers (the frame being drawn and
/// the last one sent), the list of changed cells it builds to diff them, and two frames of
/// output (one in flight, one being drawn), each in a `Vec` that may be twice its length.
pub fn bytes_per_cell() -> usize {
    2 * size_of::<Cell>() + size_of::<(u16, u16, &Cell)>() + 2 * 2 * FRAME_BYTES_PER_CELL
}

/// One session at `cols`×`rows`, at its worst: the screen, a full input queue of the
/// largest packets we accept, russh's output queue of frame pieces, and the fixed part.
pub fn session_bytes(cols: u16, rows: u16) -> usize {
    let cells = usize::from(cols) * usize::from(rows);
    cells * bytes_per_cell() + INPUT_QUEUE * MAX_PACKET + (EVENT_BUFFER + 1) * CHUNK + SESSION_FIXED
}

/// The whole server with `sessions` pupils, every one at the largest size.
pub fn server_bytes(sessions: usize) -> usize {
    BASE + sessions * session_bytes(MAX_COLS, MAX_ROWS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::limits::DEFAULT_MAX_SESSIONS;

    const MIB: usize = 1024 * 1024;

    /// `MemoryMax=512M` in a unit file (or the same line quoted in a document), in bytes.
    fn memory_max(text: &str) -> Option<usize> {
        let value = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("MemoryMax="))?
            .trim();
        let (digits, unit) = value.split_at(value.find(|c: char| !c.is_ascii_digit())?);
        let n: usize = digits.parse().ok()?;
        match unit {
            "K" => Some(n * 1024),
            "M" => Some(n * MIB),
            "G" => Some(n * 1024 * MIB),
            _ => None,
        }
    }

    /// The default server, full, every pupil at the largest size and at their worst, must
    /// fit in three quarters of the service's `MemoryMax`: the rest is for the allocator's
    /// slack and for what this bound does not know.
    #[test]
    fn default_sessions_at_the_largest_size_fit_in_memory_max() {
        let unit = memory_max(include_str!("../../packaging/yrke.service")).unwrap();
        let documented = memory_max(include_str!("../../docs/skoleserver.md")).unwrap();
        assert_eq!(
            unit, documented,
            "the unit file and skoleserver.md disagree"
        );
        let need = server_bytes(DEFAULT_MAX_SESSIONS);
        eprintln!(
            "{DEFAULT_MAX_SESSIONS} sessions at {MAX_COLS}×{MAX_ROWS}: {} B per cell, \
             {:.2} MiB per session, {} MiB in all, MemoryMax {} MiB",
            bytes_per_cell(),
            session_bytes(MAX_COLS, MAX_ROWS) as f64 / MIB as f64,
            need / MIB,
            unit / MIB
        );
        assert!(
            need <= unit / 4 * 3,
            "{DEFAULT_MAX_SESSIONS} sessions at {MAX_COLS}×{MAX_ROWS} may need {} MiB; \
             MemoryMax is {} MiB",
            need / MIB,
            unit / MIB
        );
    }

    /// The old clamp fails the same check: the bound is not loose enough to pass anything.
    #[test]
    fn the_old_clamp_would_not_fit() {
        let unit = memory_max(include_str!("../../packaging/yrke.service")).unwrap();
        let old = BASE + DEFAULT_MAX_SESSIONS * session_bytes(500, 200);
        assert!(old > unit, "{} MiB", old / MIB);
    }

    /// The screen's share is at least ratatui's two buffers: the bound counts what the
    /// measurement shows (about 98 bytes per cell at 500×200).
    #[test]
    fn the_screen_costs_at_least_two_buffers() {
        assert!(bytes_per_cell() >= 2 * size_of::<Cell>());
        assert!(bytes_per_cell() >= 98, "{}", bytes_per_cell());
    }

    #[test]
    fn memory_max_is_read_in_bytes() {
        assert_eq!(memory_max("[Service]\nMemoryMax=512M\n"), Some(512 * MIB));
        assert_eq!(memory_max("MemoryMax=1G"), Some(1024 * MIB));
        assert_eq!(memory_max("nothing"), None);
    }
}
