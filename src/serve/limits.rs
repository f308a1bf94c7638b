//! What keeps one classroom server healthy: a cap on sessions and connections, durations for
//! the idle and handshake timeouts, and the russh settings that bound each connection.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use super::admission::PreAuth;
use super::log::Addresses;
use super::proxy::Proxy;

/// The limits one server runs with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Explorer sessions at once; one more gets a polite refusal.
    pub max_sessions: usize,
    /// A session with no keystrokes for this long is ended; zero: never.
    pub idle_timeout: Duration,
    /// A connection that has not started its explorer by then (handshake, login, pty and
    /// shell request) is dropped.
    pub handshake_timeout: Duration,
    /// Connections that have not started their explorer: budget and per-address cap.
    pub preauth: PreAuth,
    /// How pupils' addresses appear in the log.
    pub log_addresses: Addresses,
    /// Bokmål or nynorsk for pupils whose client sends no Norwegian locale.
    pub lang: crate::lang::Lang,
    /// `--proxy-protocol`: a PROXY header first on every connection, from these networks.
    pub proxy: Option<Proxy>,
}

impl Settings {
    pub fn new(max_sessions: usize, idle_timeout: Duration) -> Settings {
        Settings {
            max_sessions,
            idle_timeout,
            handshake_timeout: Duration::from_secs(30),
            preauth: PreAuth::default(),
            log_addresses: Addresses::default(),
            lang: crate::lang::Lang::default(),
            proxy: None,
        }
    }

    /// The idle timeout, or `None` when it is off (`--idle-timeout 0`).
    pub fn idle(&self) -> Option<Duration> {
        (!self.idle_timeout.is_zero()).then_some(self.idle_timeout)
    }

    /// Open TCP connections allowed at once: every session, the pre-login budget
    /// (`preauth.hard_cap()`), and some room for connections saying goodbye. Beyond this a new
    /// connection is closed at once, so a script cannot exhaust memory with handshakes; and
    /// since connections still logging in have their own budget, they never take a
    /// session's place.
    pub fn max_connections(&self) -> usize {
        self.max_sessions
            .saturating_add(self.preauth.hard_cap())
            .saturating_add(32)
    }
}

/// Longest duration accepted: 30 days. Longer makes no sense for a classroom, and every
/// value below it can be added to a clock without overflow.
pub const MAX_DURATION: Duration = Duration::from_secs(30 * 24 * 3600);

/// Parse `30m`, `90s`, `1h`, `2h30m`, `1d` or a plain number of seconds; `0` is allowed (the
/// caller decides what it means: for the idle timeout, off). Never overflows: anything
/// above [`MAX_DURATION`] is an error.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("ugyldig varighet «{text}»: bruk f.eks. 30m, 90s eller 1h");
    let too_long = || format!("for lang varighet «{text}»: høyst 30 dager (30d)");
    let max = MAX_DURATION.as_secs();
    let text = text.trim();
    if text.is_empty() {
        return Err(bad());
    }
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    for c in text.chars() {
        if let Some(d) = c.to_digit(10) {
            // Saturates far above `max`, then is refused below: no overflow, however long.
            let n = number
                .unwrap_or(0)
                .saturating_mul(10)
                .saturating_add(u64::from(d));
            number = Some(n.min(max + 1));
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 24 * 3600,
            _ => return Err(bad()),
        };
        let n = number.take().ok_or_else(bad)?;
        total = total.saturating_add(n.saturating_mul(unit));
        if total > max {
            return Err(too_long());
        }
    }
    if let Some(n) = number {
        // A plain number of seconds; a number after a unit ("1h5") is an error.
        if total != 0 || text.contains(|c: char| !c.is_ascii_digit()) {
            return Err(bad());
        }
        total = n;
    }
    if total > max {
        return Err(too_long());
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

/// Sessions at once unless `--max-sessions` says otherwise: this many, each at the largest
/// size, must fit in the service's `MemoryMax` (`budget` checks it).
pub const DEFAULT_MAX_SESSIONS: usize = 100;

/// Largest pty we draw for; a larger window gets the explorer in its top left corner. A
/// client may claim any size, and each cell costs about 100 bytes (ratatui keeps two
/// buffers and diffs them), so a size must not cost more than [`DEFAULT_MAX_SESSIONS`] can
/// afford: 500×200 was 10 MB a session. 200×60 is about a full-screen terminal on a 1080p
/// screen with an ordinary font, and the explorer is made for 80×24.
pub const MAX_COLS: u16 = 200;
pub const MAX_ROWS: u16 = 60;

/// A client's claimed size, clamped to what we are willing to draw.
pub fn clamp_size(cols: u32, rows: u32) -> (u16, u16) {
    let c = cols.clamp(1, u32::from(MAX_COLS));
    let r = rows.clamp(1, u32::from(MAX_ROWS));
    (c as u16, r as u16)
}

/// Raise the soft limit on open files towards `needed` (never above the hard limit, never
/// lower than it is): every connection is a socket, and systemd starts services with a soft
/// limit of 1024, which `--max-sessions 1000` would outgrow. Returns the soft limit now.
pub fn raise_open_files(needed: usize) -> u64 {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct we pass.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return 0;
        }
        let want = (needed as libc::rlim_t).min(lim.rlim_max);
        if want > lim.rlim_cur {
            let raised = libc::rlimit {
                rlim_cur: want,
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                lim = raised;
            }
        }
    }
    lim.rlim_cur
}

/// Messages a connection's russh queue holds (the session's frame pieces among them).
pub const EVENT_BUFFER: usize = 10;

/// Input messages the handler queues for a session before it stops reading the connection
/// (TCP holds the rest). With [`MAX_PACKET`], a session's queued input is at most 512 KiB.
pub const INPUT_QUEUE: usize = 16;

/// Largest SSH packet we accept from a client (russh's default, made explicit because the
/// memory bound counts on it).
pub const MAX_PACKET: usize = 32 * 1024;

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
        inactivity_timeout: settings.idle().map(|d| d + Duration::from_secs(60)),
        event_buffer_size: EVENT_BUFFER,
        maximum_packet_size: MAX_PACKET as u32,
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
    fn huge_durations_are_refused_not_overflowed() {
        for huge in [
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999999999999",
            "18446744073709551615h",
            "5124095576030431h",
            "31d",
            "2592001",
        ] {
            let err = parse_duration(huge).unwrap_err();
            assert!(err.contains("30 dager"), "{huge}: {err}");
        }
        assert_eq!(parse_duration("30d"), Ok(MAX_DURATION));
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        // Every accepted value can be added to a clock and to russh's 60 s margin.
        let s = Settings::new(1, parse_duration("30d").unwrap());
        let _ = russh_config_margin(&s);
    }

    fn russh_config_margin(s: &Settings) -> Option<std::time::Instant> {
        s.idle()
            .map(|d| std::time::Instant::now() + d + Duration::from_secs(60))
    }

    #[test]
    fn zero_idle_timeout_is_off() {
        let s = Settings::new(1, parse_duration("0").unwrap());
        assert_eq!(s.idle(), None);
        assert_eq!(
            Settings::new(1, Duration::from_secs(5)).idle(),
            Some(Duration::from_secs(5))
        );
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
    fn the_open_file_limit_is_raised_never_lowered() {
        let now = raise_open_files(0);
        assert!(now > 0);
        assert_eq!(raise_open_files(1), now, "a smaller need must not lower it");
        assert!(raise_open_files(now as usize + 1) >= now);
    }

    #[test]
    fn sizes_are_clamped() {
        assert_eq!(clamp_size(80, 24), (80, 24));
        assert_eq!(clamp_size(0, 0), (1, 1));
        assert_eq!(clamp_size(100_000, 100_000), (MAX_COLS, MAX_ROWS));
    }
}
