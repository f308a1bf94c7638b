//! Entering and leaving the full-screen mode, and the one door all frame bytes go through.
//!
//! The terminal is one per process, so its state is process-wide: the quit path (a guard's
//! `Drop`), the panic hook and the signal thread all call [`restore`], which runs once. Frame
//! bytes are sent by [`emit`] under the same lock, so after a restore nothing else reaches the
//! screen — not even a frame that was half-way out when a signal came.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::time::Duration;

use ratatui::crossterm::event::DisableMouseCapture;
use ratatui::crossterm::terminal::{
    self, Clear, ClearType, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, queue};

/// Set while the terminal is in raw mode on the alternate screen.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Set while mouse reporting is on.
static MOUSE: AtomicBool = AtomicBool::new(false);
/// Serialises frame output against the restore.
static OUT: Mutex<()> = Mutex::new(());

/// Only clicks and the wheel (X10/normal tracking, 1000) in SGR encoding (1006): no motion
/// reports (1003), which would send bytes upstream on every mouse move.
const MOUSE_ON: &[u8] = b"\x1b[?1000h\x1b[?1006h";

/// Restores the terminal when dropped: the normal way out, and the way out of an error.
#[must_use = "the terminal is restored when the guard is dropped"]
pub struct TerminalGuard(());

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode, the alternate screen (cleared, for terminals that keep its old contents), the
/// cursor hidden, and the mouse when asked for.
pub fn enter(mouse: bool) -> io::Result<TerminalGuard> {
    terminal::enable_raw_mode()?;
    // From here on a failure must still undo raw mode: the guard does that when `?` drops it
    // (`emit` has released the output lock by then, so the restore can take it).
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = TerminalGuard(());
    MOUSE.store(mouse, Ordering::SeqCst);
    emit(&enter_sequence(mouse))?;
    Ok(guard)
}

/// The bytes [`enter`] writes.
pub fn enter_sequence(mouse: bool) -> Vec<u8> {
    let mut seq = Vec::with_capacity(32);
    let _ = queue!(
        seq,
        EnterAlternateScreen,
        Clear(ClearType::All),
        cursor::Hide
    );
    if mouse {
        seq.extend_from_slice(MOUSE_ON);
    }
    seq
}

/// Send one frame's bytes in a single write, unless the terminal was already restored.
pub fn emit(bytes: &[u8]) -> io::Result<()> {
    let _out = lock_out();
    if !ACTIVE.load(Ordering::SeqCst) || bytes.is_empty() {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()
}

/// Whether the terminal is currently set up (for tests and the signal thread).
pub fn is_active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// Put the terminal back: mouse off, synchronized update ended (a frame may have been cut
/// short), main screen back, cursor shown, raw mode off. Safe to call any number of times and
/// from any thread; errors are ignored because this runs on the way out (a hung-up SSH line
/// fails every write).
pub fn restore() {
    let _out = lock_out_for_restore();
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = io::stdout().write_all(&restore_sequence(MOUSE.swap(false, Ordering::SeqCst)));
    let _ = io::stdout().flush();
    let _ = terminal::disable_raw_mode();
}

/// The bytes [`restore`] writes; ends with leaving the alternate screen and showing the cursor.
pub fn restore_sequence(mouse: bool) -> Vec<u8> {
    let mut seq = Vec::with_capacity(48);
    if mouse {
        // crossterm's full set, so any mode a terminal may have latched is off again.
        let _ = queue!(seq, DisableMouseCapture);
    }
    let _ = queue!(
        seq,
        EndSynchronizedUpdate,
        LeaveAlternateScreen,
        cursor::Show
    );
    seq
}

/// A poisoned lock only means another thread panicked while writing; the terminal still has to
/// be restored, so carry on.
fn lock_out() -> MutexGuard<'static, ()> {
    OUT.lock().unwrap_or_else(|p| p.into_inner())
}

/// The restore must not hang: if the lock stays taken (a panic while a frame was being sent
/// on this very thread, or a write stuck on a stalled line), restore without it.
fn lock_out_for_restore() -> Option<MutexGuard<'static, ()>> {
    for _ in 0..50 {
        match OUT.try_lock() {
            Ok(guard) => return Some(guard),
            Err(TryLockError::Poisoned(p)) => return Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restore_sequence_ends_on_main_screen_with_cursor_shown() {
        for mouse in [false, true] {
            let seq = String::from_utf8(restore_sequence(mouse)).unwrap_or_default();
            assert!(seq.ends_with("\x1b[?1049l\x1b[?25h"), "{seq:?}");
            assert!(seq.contains("\x1b[?2026l"), "{seq:?}");
            assert_eq!(seq.contains("\x1b[?1000l"), mouse, "{seq:?}");
            assert_eq!(seq.contains("\x1b[?1006l"), mouse, "{seq:?}");
        }
    }

    #[test]
    fn restore_does_not_hang_when_output_lock_is_held_on_this_thread() {
        // As in a panic while a frame is being sent: the hook's restore must still return.
        let held = lock_out();
        let start = std::time::Instant::now();
        restore();
        assert!(start.elapsed() < Duration::from_secs(5));
        drop(held);
    }

    #[test]
    fn restore_and_emit_do_nothing_when_not_set_up() {
        // No terminal was entered in this test process: both are silent no-ops.
        assert!(!is_active());
        restore();
        assert!(emit(b"frame").is_ok());
        assert!(!is_active());
    }
}
