//! Who may start a handshake: a small budget for connections that have not started their
//! explorer yet, apart from the sessions' places, so silent sockets cannot take a class's
//! places.
//!
//! - Random early drop as OpenSSH's `MaxStartups start:rate:full`: below `start` pending
//!   connections every new one is let in; from `start` a new one is dropped with probability
//!   `rate` %, rising linearly to 100 % at `full`. Unlike OpenSSH, each address counts here
//!   with at most its fair share (`start / 2`) of its pending connections, and a new
//!   connection's own address doesn't count against it: one address that holds many silent
//!   sockets, or a class behind one NAT address logging in at once, can't push anybody into
//!   the random drop. Many busy addresses at once still do.
//! - At most `per_address` pending connections from one address (IPv4-mapped IPv6 counts as
//!   the IPv4 address). Sized for a class behind one NAT address logging in at once.
//! - At most `full + per_address` pending in all, whatever the shares say.
//!
//! A connection stops counting as pending when its explorer starts: logged-in sessions are not
//! capped per address (only by `--max-sessions`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// The pre-login limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreAuth {
    pub start: usize,
    /// Percent dropped at `start`.
    pub rate: u32,
    pub full: usize,
    pub per_address: usize,
}

impl Default for PreAuth {
    fn default() -> PreAuth {
        PreAuth {
            start: 10,
            rate: 30,
            full: 60,
            per_address: 40,
        }
    }
}

impl PreAuth {
    /// `start:rate:full`, as OpenSSH's MaxStartups.
    pub fn parse_startups(&mut self, text: &str) -> Result<(), String> {
        let bad =
            || format!("ugyldig --max-startups «{text}»: bruk start:rate:full, f.eks. 10:30:60");
        let parts: Vec<&str> = text.split(':').collect();
        let [start, rate, full] = parts.as_slice() else {
            return Err(bad());
        };
        let start: usize = start.trim().parse().map_err(|_| bad())?;
        let rate: u32 = rate.trim().parse().map_err(|_| bad())?;
        let full: usize = full.trim().parse().map_err(|_| bad())?;
        if full == 0 || start > full || rate > 100 {
            return Err(bad());
        }
        (self.start, self.rate, self.full) = (start, rate, full);
        Ok(())
    }

    /// How many of one address's pending connections count towards the random drop.
    pub fn share(&self) -> usize {
        (self.start / 2).max(1)
    }

    /// Pending connections in all, beyond which every new one is refused.
    pub fn hard_cap(&self) -> usize {
        self.full.saturating_add(self.per_address)
    }

    /// Percent of new connections dropped with `pending` already waiting.
    pub fn drop_percent(&self, pending: usize) -> u32 {
        if pending < self.start {
            0
        } else if pending >= self.full {
            100
        } else {
            let span = (self.full - self.start) as u64;
            let over = (pending - self.start) as u64;
            let rate = u64::from(self.rate);
            (rate + (100 - rate) * over / span) as u32
        }
    }
}

/// Why a connection was not let in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    PerAddress,
    Full,
    EarlyDrop,
}

#[derive(Debug, Default)]
struct Counts {
    total: usize,
    /// The sum over addresses of their pending connections, each at most `share`.
    fair: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// The pending connections, in total and per address.
#[derive(Debug)]
pub struct Gate {
    limits: PreAuth,
    counts: Mutex<Counts>,
}

impl Gate {
    pub fn new(limits: PreAuth) -> Arc<Gate> {
        Arc::new(Gate {
            limits,
            counts: Mutex::default(),
        })
    }

    /// Let a connection from `ip` start a handshake, or say why not. `roll` gives a number in
    /// `0..100` (random in the server, fixed in tests).
    pub fn admit(
        self: &Arc<Self>,
        ip: IpAddr,
        roll: impl FnOnce() -> u32,
    ) -> Result<Pending, Refused> {
        let ip = ip.to_canonical();
        let mut c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let mine = c.by_address.get(&ip).copied().unwrap_or(0);
        if mine >= self.limits.per_address {
            return Err(Refused::PerAddress);
        }
        if c.total >= self.limits.hard_cap() {
            return Err(Refused::Full);
        }
        // The address's own pending connections are the per-address cap's business: only
        // other addresses' shares can push it into the random drop.
        let others = c.fair - mine.min(self.limits.share());
        match self.limits.drop_percent(others) {
            0 => {}
            100 => return Err(Refused::Full),
            p if roll() < p => return Err(Refused::EarlyDrop),
            _ => {}
        }
        c.total += 1;
        if mine < self.limits.share() {
            c.fair += 1;
        }
        *c.by_address.entry(ip).or_default() += 1;
        Ok(Pending {
            gate: Some(Arc::clone(self)),
            ip,
        })
    }

    /// Connections waiting now, in total and from `ip`.
    pub fn pending(&self, ip: IpAddr) -> (usize, usize) {
        let c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let ip = ip.to_canonical();
        (c.total, c.by_address.get(&ip).copied().unwrap_or(0))
    }

    fn release(&self, ip: IpAddr) {
        let mut guard = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let c = &mut *guard;
        c.total = c.total.saturating_sub(1);
        if let Some(n) = c.by_address.get_mut(&ip) {
            if *n <= self.limits.share() {
                c.fair = c.fair.saturating_sub(1);
            }
            *n -= 1;
            if *n == 0 {
                c.by_address.remove(&ip);
            }
        }
    }
}

/// One pending connection's place; freed when its explorer starts or it goes away.
#[derive(Debug)]
pub struct Pending {
    gate: Option<Arc<Gate>>,
    ip: IpAddr,
}

impl Pending {
    /// The explorer started: this connection no longer counts as pending.
    pub fn release(&mut self) {
        if let Some(gate) = self.gate.take() {
            gate.release(self.ip);
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    /// 132 silent sockets from one address (they used to take every place for 30 s): that
    /// address gets 40, and a class behind another NAT address, 30 pupils logging in at once,
    /// all get in while the silent ones wait, with the default limits and every roll unlucky.
    #[test]
    fn silent_sockets_from_one_address_cannot_lock_out_a_class() {
        let gate = Gate::new(PreAuth::default());
        // A roll of 0 is dropped whenever the drop is above 0 %.
        let never = || 0;
        let mut silent = Vec::new();
        let mut refused = 0;
        for _ in 0..132 {
            match gate.admit(ip("203.0.113.9"), never) {
                Ok(p) => silent.push(p),
                Err(why) => {
                    assert_eq!(why, Refused::PerAddress);
                    refused += 1;
                }
            }
        }
        assert_eq!((silent.len(), refused), (40, 92));
        let class: Vec<_> = (0..30)
            .map(|_| gate.admit(ip("198.51.100.1"), never).expect("a pupil"))
            .collect();
        assert_eq!(gate.pending(ip("198.51.100.1")), (70, 30));
        drop(class);
        drop(silent);
        assert_eq!(gate.pending(ip("203.0.113.9")), (0, 0));
    }

    #[test]
    fn defaults_let_a_class_behind_one_address_in_under_the_address_cap() {
        let gate = Gate::new(PreAuth::default());
        // The roll never drops: what is left is the per-address rule.
        let class: Vec<_> = (0..40)
            .map(|_| gate.admit(ip("::ffff:10.0.0.1"), || 99).expect("a pupil"))
            .collect();
        assert_eq!(
            gate.admit(ip("10.0.0.1"), || 99).unwrap_err(),
            Refused::PerAddress
        );
        assert_eq!(class.len(), 40);
    }

    #[test]
    fn logged_in_sessions_do_not_count() {
        let gate = Gate::new(PreAuth {
            per_address: 2,
            ..PreAuth::default()
        });
        let mut logged_in = Vec::new();
        for _ in 0..10 {
            let mut p = gate.admit(ip("10.0.0.1"), || 0).expect("pending");
            p.release();
            logged_in.push(p);
        }
        assert_eq!(gate.pending(ip("10.0.0.1")), (0, 0));
    }

    #[test]
    fn early_drop_rises_from_rate_to_all_between_start_and_full() {
        let limits = PreAuth::default();
        // Many addresses, one connection each: each counts whole.
        let many = |n: usize| ip(&format!("10.0.{}.{}", n / 250, n % 250 + 1));
        assert_eq!(limits.drop_percent(0), 0);
        assert_eq!(limits.drop_percent(9), 0);
        assert_eq!(limits.drop_percent(10), 30);
        assert_eq!(limits.drop_percent(35), 65);
        assert_eq!(limits.drop_percent(59), 98);
        assert_eq!(limits.drop_percent(60), 100);
        let gate = Gate::new(limits);
        let mut kept = Vec::new();
        // Rolls of 99 are never dropped below full; the 61st is refused as full.
        for n in 0..60 {
            kept.push(
                gate.admit(many(n), || 99)
                    .unwrap_or_else(|e| panic!("{n}: {e:?}")),
            );
        }
        assert_eq!(gate.admit(many(60), || 99).unwrap_err(), Refused::Full);
        kept.truncate(10);
        // At start, a roll below the rate is dropped; at or above it, let in.
        assert_eq!(gate.admit(many(61), || 29).unwrap_err(), Refused::EarlyDrop);
        assert!(gate.admit(many(62), || 30).is_ok());
    }

    /// One address counts with its share only (5 by default), however many it holds; the
    /// pending total has a hard cap all the same.
    #[test]
    fn an_address_counts_with_its_share_and_the_total_has_a_cap() {
        let limits = PreAuth::default();
        assert_eq!((limits.share(), limits.hard_cap()), (5, 100));
        let gate = Gate::new(limits);
        let never = || 0;
        let a: Vec<_> = (0..40)
            .map(|_| gate.admit(ip("10.0.0.1"), never).unwrap())
            .collect();
        let b: Vec<_> = (0..4)
            .map(|_| gate.admit(ip("10.0.0.2"), never).unwrap())
            .collect();
        // 5 + 4 counted: still below start, so nobody is dropped.
        assert!(gate.admit(ip("10.0.0.3"), never).is_ok());
        // A third busy address: a fourth sees 5 + 4 + 5 = 14 others, past start, and an
        // unlucky roll is dropped (the busy ones got in: their own count never counts).
        let c: Vec<_> = (0..5)
            .map(|_| gate.admit(ip("10.0.0.4"), || 99).unwrap())
            .collect();
        assert_eq!(
            gate.admit(ip("10.0.0.5"), never).unwrap_err(),
            Refused::EarlyDrop
        );
        // Releasing below the share gives the count back exactly.
        drop(c);
        drop(b);
        assert!(gate.admit(ip("10.0.0.5"), never).is_ok());
        drop(a);
        // The hard cap: three busy addresses fill it whatever the shares say.
        let gate = Gate::new(PreAuth { full: 60, ..limits });
        let mut held = Vec::new();
        for n in 1..=3 {
            for _ in 0..40 {
                if let Ok(p) = gate.admit(ip(&format!("10.1.0.{n}")), || 99) {
                    held.push(p);
                }
            }
        }
        assert_eq!(held.len(), 100);
        assert_eq!(
            gate.admit(ip("10.9.9.9"), || 99).unwrap_err(),
            Refused::Full
        );
    }

    #[test]
    fn startups_parse_like_openssh() {
        let mut p = PreAuth::default();
        p.parse_startups("5:50:20").unwrap();
        assert_eq!((p.start, p.rate, p.full), (5, 50, 20));
        for bad in ["", "10", "10:30", "30:30:10", "1:101:5", "0:0:0", "a:b:c"] {
            assert!(PreAuth::default().parse_startups(bad).is_err(), "{bad}");
        }
    }
}
