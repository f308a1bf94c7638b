//! The server's log (stderr): one stable line per event, `yrke serve: <what> <address>…`,
//! addresses shown as `--log-addresses` says, and refusals rate-limited: a reconnect loop
//! used to write a line per refused connection, a million lines a minute.
//!
//! Refusals (connections turned away, exec and pty refusals, handshake timeouts): the first
//! [`SHOWN_PER_MINUTE`] of each minute get their own line; the rest are counted, and one
//! summary line per minute says how many there were and why:
//! `yrke serve: avviste 312 tilkoblinger siste minutt (for mange fra én adresse: 300; …)`.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::Duration;

use clap::ValueEnum;
use tokio::time::Instant;

/// How pupils' addresses appear in the log (they are personal data).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Addresses {
    /// Address and port.
    #[default]
    Full,
    /// The network only: /24 for IPv4, /48 for IPv6.
    Truncated,
    /// No address at all.
    None,
}

impl Addresses {
    pub fn show(self, peer: SocketAddr) -> String {
        match self {
            Addresses::Full => peer.to_string(),
            Addresses::None => "-".to_string(),
            Addresses::Truncated => match peer.ip().to_canonical() {
                IpAddr::V4(v4) => {
                    let [a, b, c, _] = v4.octets();
                    format!("{a}.{b}.{c}.0/24")
                }
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0);
                    format!("{net}/48")
                }
            },
        }
    }
}

/// Refusal lines with their own line each minute; the rest go into the summary.
pub const SHOWN_PER_MINUTE: usize = 10;
const WINDOW: Duration = Duration::from_secs(60);

/// The refusal counter of one minute.
#[derive(Debug)]
pub struct Refusals {
    since: Instant,
    total: usize,
    shown: usize,
    why: BTreeMap<&'static str, usize>,
}

impl Refusals {
    pub fn new(now: Instant) -> Refusals {
        Refusals {
            since: now,
            total: 0,
            shown: 0,
            why: BTreeMap::new(),
        }
    }

    /// One refusal; returns the lines to write now (at most a summary and one line).
    pub fn refused(&mut self, now: Instant, who: &str, why: &'static str) -> Vec<String> {
        let mut lines: Vec<String> = self.tick(now).into_iter().collect();
        self.total += 1;
        *self.why.entry(why).or_default() += 1;
        if self.shown < SHOWN_PER_MINUTE {
            self.shown += 1;
            lines.push(format!("yrke serve: avviste {who}: {why}"));
        }
        lines
    }

    /// When a minute has passed: the summary of the refusals that had no line of their own
    /// (none if every one had), and a new minute begins.
    pub fn tick(&mut self, now: Instant) -> Option<String> {
        if now.duration_since(self.since) < WINDOW {
            return None;
        }
        let summary = (self.total > self.shown).then(|| {
            let why: Vec<String> = self.why.iter().map(|(w, n)| format!("{w}: {n}")).collect();
            format!(
                "yrke serve: avviste {} tilkoblinger siste minutt ({})",
                self.total,
                why.join("; ")
            )
        });
        *self = Refusals::new(now);
        summary
    }
}

/// The log every connection shares.
#[derive(Debug)]
pub struct Log {
    pub addresses: Addresses,
    refusals: Mutex<Refusals>,
}

impl Log {
    pub fn new(addresses: Addresses) -> Log {
        Log {
            addresses,
            refusals: Mutex::new(Refusals::new(Instant::now())),
        }
    }

    pub fn who(&self, peer: SocketAddr) -> String {
        self.addresses.show(peer)
    }

    /// A connection or request turned away, rate-limited.
    pub fn refused(&self, peer: SocketAddr, why: &'static str) {
        let who = self.who(peer);
        let lines = self
            .refusals
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .refused(Instant::now(), &who, why);
        for line in lines {
            eprintln!("{line}");
        }
    }

    /// Called now and then: writes the last minute's summary once it is over.
    pub fn tick(&self) {
        let line = self
            .refusals
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .tick(Instant::now());
        if let Some(line) = line {
            eprintln!("{line}");
        }
    }
}

/// Why a connection or request was refused: the log's words.
pub mod why {
    pub const CONNECTIONS: &str = "for mange tilkoblinger";
    pub const PER_ADDRESS: &str = "for mange innlogginger fra én adresse";
    pub const STARTUPS_FULL: &str = "for mange innlogginger samtidig";
    pub const EARLY_DROP: &str = "for mange innlogginger samtidig (tilfeldig avvist)";
    pub const SESSIONS: &str = "serveren er full";
    pub const EXEC: &str = "kommando (exec) avvist";
    pub const SUBSYSTEM: &str = "delsystem (sftp o.l.) avvist";
    pub const NO_PTY: &str = "ingen pty";
    pub const DUMB: &str = "terminalen kan ikke tegne (TERM=dumb o.l.)";
    pub const HANDSHAKE_TIMEOUT: &str = "tidsavbrudd under innlogging";
    pub const UNTRUSTED: &str = "ikke fra lastbalansereren (--proxy-from)";
    pub const NO_PROXY_HEADER: &str = "kom ikke med PROXY-hode i tide";
    pub const BAD_PROXY_HEADER: &str = "ugyldig PROXY-hode";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reconnect loop: a million refusals in a minute used to be a million lines.
    #[test]
    fn a_million_refusals_a_minute_are_a_handful_of_lines() {
        let t0 = Instant::now();
        let mut r = Refusals::new(t0);
        let mut lines = Vec::new();
        for i in 0..1_000_000u64 {
            let now = t0 + Duration::from_micros(i * 59);
            let why = if i % 2 == 0 {
                why::PER_ADDRESS
            } else {
                why::CONNECTIONS
            };
            lines.extend(r.refused(now, "10.0.0.0/24", why));
        }
        lines.extend(r.tick(t0 + Duration::from_secs(61)));
        assert_eq!(lines.len(), SHOWN_PER_MINUTE + 1, "{lines:?}");
        assert_eq!(
            lines.last().unwrap(),
            "yrke serve: avviste 1000000 tilkoblinger siste minutt \
             (for mange innlogginger fra én adresse: 500000; for mange tilkoblinger: 500000)"
        );
        assert_eq!(
            lines[0],
            "yrke serve: avviste 10.0.0.0/24: for mange innlogginger fra én adresse"
        );
        // A quiet minute writes nothing.
        assert_eq!(r.tick(t0 + Duration::from_secs(200)), None);
    }

    #[test]
    fn a_few_refusals_need_no_summary() {
        let t0 = Instant::now();
        let mut r = Refusals::new(t0);
        for _ in 0..3 {
            assert_eq!(r.refused(t0, "-", why::EXEC).len(), 1);
        }
        assert_eq!(r.tick(t0 + Duration::from_secs(60)), None);
    }

    #[test]
    fn addresses_full_truncated_or_none() {
        let v4: SocketAddr = "10.1.2.3:50000".parse().unwrap();
        let v6: SocketAddr = "[2001:db8:aa:bb::7]:50000".parse().unwrap();
        let mapped: SocketAddr = "[::ffff:10.1.2.3]:50000".parse().unwrap();
        assert_eq!(Addresses::Full.show(v4), "10.1.2.3:50000");
        assert_eq!(Addresses::Truncated.show(v4), "10.1.2.0/24");
        assert_eq!(Addresses::Truncated.show(mapped), "10.1.2.0/24");
        assert_eq!(Addresses::Truncated.show(v6), "2001:db8:aa::/48");
        assert_eq!(Addresses::None.show(v6), "-");
    }
}
