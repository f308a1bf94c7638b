//! What keeps one classroom server healthy: a cap on sessions and connections, durations for
//! the idle and handshake timeouts, and the russh settings that bound each connection.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The limits one server runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Explorer sessions at once; one more gets a polite refusal.
    pub max_sessions: usize,
    /// A session with no keystrokes for this long is ended.
    pub idle_timeout: Duration,
    /// A connection that has not started its explorer by then (handshake, login, pty and
    /// shell request) is dropped.
    pub handshake_timeout: Duration,
}

impl Settings {
    pub fn new(max_sessions: usize, idle_timeout: Duration) -> Settings {
        Settings {
            max_sessions,
            idle_timeout,
            handshake_timeout: Duration::from_secs(30),
        }
    }

    /// Open TCP connections allowed at once: every session, plus some room for clients in
    /// the middle of a handshake or being told the server is full. Beyond this a new
    /// connection is closed at once, so a script cannot exhaust memory with handshakes.
    pub fn max_connections(&self) -> usize {
        self.max_sessions.saturating_add(32)
    }
}

/// Parse `30m`, `90s`, `1h`, `2h30m` or a plain number of seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("ugyldig varighet «{text}»: bruk f.eks. 30m, 90s eller 1h");
    let text = text.trim();
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(secs) = text.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    let mut total: u64 = 0;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            _ => return Err(bad()),
        };
        let n: u64 = number.parse().map_err(|_| bad())?;
        total = n
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .ok_or_else(bad)?;
        number.clear();
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(Duration::from_secs(total))
}

/// A counted pool of places (sessions, or connections). Taking a place returns a guard
/// that gives it back when dropped, on every exit path.
#[derive(Debug)]
pub struct Slots {
    used: AtomicUsize,
    max: usize,
}

impl Slots {
    pub fn new(max: usize) -> Arc<Slots> {
        Arc::new(Slots {
            used: AtomicUsize::new(0),
            max,
        })
    }

    /// A place, or `None` when all are taken.
    pub fn try_take(self: &Arc<Self>) -> Option<Slot> {
        self.used
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(Arc::clone(self)))
    }

    pub fn used(&self) -> usize {
        self.used.load(Ordering::Acquire)
    }

    pub fn max(&self) -> usize {
        self.max
    }
}

/// One taken place; dropping it frees the place.
#[derive(Debug)]
pub struct Slot(Arc<Slots>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.used.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Largest pty we draw for. A client may claim any size; each cell costs memory twice
/// (ratatui keeps two buffers), so an absurd size must not cost an absurd amount.
pub const MAX_COLS: u16 = 500;
pub const MAX_ROWS: u16 = 200;

/// A client's claimed size, clamped to what we are willing to draw.
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    let c = cols.clamp(1, u32::from(MAX_COLS));
    let r = rows.clamp(1, u32::from(MAX_ROWS));
    (c as u16, r as u16)
}

/// russh settings: no password prompts, a quick start for the "none" probe, keepalives so a
/// closed laptop is noticed, and the connection-level inactivity limit as a backstop behind
/// our own idle timeout (which counts only keystrokes).
pub fn russh_config(key: russh::keys::PrivateKey, settings: &Settings) -> russh::server::Config {
    use russh::MethodKind;
    let methods: &[MethodKind] = &[
        MethodKind::None,
        MethodKind::KeyboardInteractive,
        MethodKind::PublicKey,
        MethodKind::Password,
    ];
    russh::server::Config {
        methods: methods.into(),
        auth_rejection_time: Duration::from_millis(200),
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: 6,
        keys: vec![key],
        inactivity_timeout: Some(settings.idle_timeout + Duration::from_secs(60)),
        keepalive_interval: Some(Duration::from_secs(60)),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("2h30m"), Ok(Duration::from_secs(9000)));
        assert_eq!(parse_duration("45"), Ok(Duration::from_secs(45)));
        for bad in ["", "m", "10x", "1h5", "-5m", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slots_are_returned_on_drop() {
        let slots = Slots::new(2);
        let a = slots.try_take();
        let b = slots.try_take();
        assert!(a.is_some() && b.is_some());
        assert!(slots.try_take().is_none());
        assert_eq!(slots.used(), 2);
        drop(a);
        assert_eq!(slots.used(), 1);
        assert!(slots.try_take().is_some());
    }

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (1, 1));
        assert_eq!(clamp_size(100_000, 100_000), (MAX_COLS, MAX_ROWS));
    }
}
