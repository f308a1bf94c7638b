//! Every message `yrke serve` shows a pupil or writes to the log, in one place.
//! Messages to pupils end in `\r\n`: the client's terminal is in raw mode.

use std::net::SocketAddr;
use std::time::Duration;

use super::screen::{Crashed, Doing};
use crate::lang::{Lang, Pupil};

pub fn full(l: Lang, max: usize) -> String {
    l.f(Pupil::Full, &[("max", &max)])
}

pub fn dumb_terminal(l: Lang, term: &str) -> String {
    l.f(Pupil::DumbTerminal, &[("term", &term)])
}

pub fn idle(l: Lang, after: Duration) -> String {
    l.f(Pupil::Idle, &[("after", &human(after))])
}

/// `30 min`, `90 s`, `1 t 30 min`.
pub fn human(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h} t"));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s} s"));
    }
    parts.join(" ")
}

// Log lines (stderr). They name the peer and the count, never what anyone typed.

pub fn log_listening(addr: SocketAddr, fingerprint: &str, max: usize, idle: Duration) -> String {
    let idle = if idle.is_zero() {
        "ingen frakobling uten taster".to_string()
    } else {
        format!("frakobling etter {} uten taster", human(idle))
    };
    format!(
        "yrke serve: lytter på {addr} (høyst {max} økter, {idle})\n\
         yrke serve: vertsnøkkel {fingerprint}"
    )
}

/// Who can reach the server, and what pupils type.
pub fn reach(addr: SocketAddr) -> String {
    let port = addr.port();
    if addr.ip().is_loopback() {
        format!(
            "yrke serve: bare denne maskinen kan koble til (ssh -p {port} localhost). \
             For en klasse: --listen 0.0.0.0:{port}"
        )
    } else {
        format!(
            "yrke serve: andre maskiner kan koble til; åpne TCP-port {port} i brannmuren. \
             Elevene skriver: ssh -p {port} <vertsnavn>"
        )
    }
}

/// `--proxy-protocol`: pupils come through the balancer, and only it may connect.
pub fn log_proxy(from: &[super::proxy::Cidr]) -> String {
    let from: Vec<String> = from.iter().map(ToString::to_string).collect();
    format!(
        "yrke serve: krever PROXY-hode (v1 eller v2) fra {}; elevene kobler til gjennom \
         lastbalansereren",
        from.join(", ")
    )
}

pub fn log_connected(peer: &str, sessions: usize) -> String {
    format!("yrke serve: koblet til {peer} ({})", count(sessions))
}

pub fn log_disconnected(peer: &str, sessions: usize, why: &str) -> String {
    format!("yrke serve: koblet fra {peer} ({}){why}", count(sessions))
}

/// The log's reason for a session that ended in an internal error: what went wrong and what
/// the session was doing, so the teacher has something to report.
pub fn log_crashed(crashed: &Crashed) -> String {
    match crashed {
        Crashed::Panicked(doing) => format!(
            ", intern feil: programfeil (panic) {}; se meldingen fra tråden over",
            doing_what(*doing)
        ),
        Crashed::Screen(doing, error) => format!(
            ", intern feil: skjermbildet kunne ikke lages {}: {error}",
            doing_what(*doing)
        ),
    }
}

fn doing_what(doing: Doing) -> &'static str {
    match doing {
        Doing::Starting => "da økten startet",
        Doing::Input => "under tasting",
        Doing::Resizing => "ved ny vindusstørrelse",
        Doing::Drawing => "under tegning",
    }
}

fn count(sessions: usize) -> String {
    match sessions {
        1 => "1 økt".to_string(),
        n => format!("{n} økter"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human(Duration::from_secs(1800)), "30 min");
        assert_eq!(human(Duration::from_secs(90)), "1 min 30 s");
        assert_eq!(human(Duration::from_secs(3600)), "1 t");
        assert_eq!(human(Duration::ZERO), "0 s");
    }

    #[test]
    fn pupil_messages_end_lines_for_a_raw_terminal() {
        for m in [
            full(Lang::Nb, 3),
            full(Lang::Nn, 3),
            dumb_terminal(Lang::Nb, "dumb"),
            dumb_terminal(Lang::Nn, "dumb"),
            idle(Lang::Nb, Duration::from_secs(60)),
            idle(Lang::Nn, Duration::from_secs(60)),
        ] {
            assert!(m.ends_with("\r\n"), "{m:?}");
            assert!(!m.contains('{'), "a hole left unfilled: {m:?}");
        }
        assert!(full(Lang::Nn, 3).contains("alle dei 3 plassane"));
        assert!(idle(Lang::Nn, Duration::from_secs(60)).contains("etter 1 min utan"));
    }

    #[test]
    fn log_lines_count_sessions_in_bokmal() {
        let peer = "10.0.0.7:50000";
        assert_eq!(
            log_connected(peer, 1),
            "yrke serve: koblet til 10.0.0.7:50000 (1 økt)"
        );
        assert_eq!(
            log_disconnected(peer, 0, ""),
            "yrke serve: koblet fra 10.0.0.7:50000 (0 økter)"
        );
    }

    #[test]
    fn an_internal_error_names_its_cause_in_the_log() {
        let resize = Crashed::Screen(Doing::Resizing, "tput failed".into());
        assert_eq!(
            log_crashed(&resize),
            ", intern feil: skjermbildet kunne ikke lages ved ny vindusstørrelse: tput failed"
        );
        let panic = log_crashed(&Crashed::Panicked(Doing::Drawing));
        assert!(
            panic.contains("panic") && panic.contains("under tegning"),
            "{panic}"
        );
    }
}
