//! HAProxy's PROXY protocol header, v1 (text) and v2 (binary), parsed from a byte slice.
//! Pure and bounded: it never looks past [`MAX_HEADER`] bytes, and says how many bytes the
//! header took so whatever follows (the client's SSH banner) is left for SSH.
//!
//! Spec: haproxy.org/download/2.x/doc/proxy-protocol.txt.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Longest v1 header, `PROXY` to CRLF (the spec's 107 bytes).
pub const V1_MAX: usize = 107;
/// v2: the fixed part (signature, version and command, family, length).
pub const V2_FIXED: usize = 16;
/// v2: the longest address block with TLVs we accept. Addresses take at most 216 bytes
/// (UNIX); the rest is room for a balancer's TLVs (unique id, TLS facts).
pub const V2_MAX_BODY: usize = 1024;
/// The most any header may take: reading stops here.
pub const MAX_HEADER: usize = V2_FIXED + V2_MAX_BODY;

const V1_PREFIX: &[u8] = b"PROXY ";
const V2_SIGNATURE: &[u8; 12] = b"\r\n\r\n\0\r\nQUIT\n";

/// What a complete header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// A client's connection, relayed: its source and the address it connected to.
    Proxied {
        source: SocketAddr,
        dest: SocketAddr,
    },
    /// No client behind it: v2 LOCAL (HAProxy's health checks), v1 `UNKNOWN`, or a v2
    /// address we cannot use (unspecified, UNIX socket).
    Local,
}

/// The outcome of looking at the bytes read so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    /// A header, and how many bytes it took; the rest belong to SSH.
    Done(Header, usize),
    /// Valid so far; read more (never beyond [`MAX_HEADER`] in all).
    Incomplete,
}

/// Why the bytes are not a PROXY header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("ikke et PROXY-hode")]
    Garbage,
    #[error("PROXY-hodet er for langt")]
    TooLong,
    #[error("ukjent versjon, kommando eller protokoll i PROXY-hodet")]
    Unsupported,
    #[error("ugyldig adresse eller port i PROXY-hodet")]
    BadAddress,
}

/// Look at the first bytes of a connection.
pub fn parse(buf: &[u8]) -> Result<Parsed, Invalid> {
    let buf = &buf[..buf.len().min(MAX_HEADER)];
    if prefix_of(buf, V1_PREFIX) {
        v1(buf)
    } else if prefix_of(buf, V2_SIGNATURE) {
        v2(buf)
    } else {
        Err(Invalid::Garbage)
    }
}

/// Whether `buf` and `sig` agree on their common length (an empty `buf` agrees).
fn prefix_of(buf: &[u8], sig: &[u8]) -> bool {
    let n = buf.len().min(sig.len());
    buf[..n] == sig[..n]
}

fn v1(buf: &[u8]) -> Result<Parsed, Invalid> {
    let window = &buf[..buf.len().min(V1_MAX)];
    let Some(end) = window.windows(2).position(|w| w == b"\r\n") else {
        return if buf.len() >= V1_MAX {
            Err(Invalid::TooLong)
        } else if window
            .iter()
            .any(|&b| b == b'\n' || !(b == b'\r' || is_text(b)))
        {
            // A bare LF or a control byte can never become a valid line.
            Err(Invalid::Garbage)
        } else {
            Ok(Parsed::Incomplete)
        };
    };
    let line = std::str::from_utf8(&window[V1_PREFIX.len()..end]).map_err(|_| Invalid::Garbage)?;
    let used = end + 2;
    let mut fields = line.split(' ');
    let header = match fields.next() {
        // Whatever follows UNKNOWN is to be ignored (the spec).
        Some("UNKNOWN") => Header::Local,
        Some(proto @ ("TCP4" | "TCP6")) => {
            let v6 = proto == "TCP6";
            let parts: Vec<&str> = fields.collect();
            let [src, dst, sport, dport] = parts.as_slice() else {
                return Err(Invalid::BadAddress);
            };
            let source = SocketAddr::new(v1_ip(src, v6)?, v1_port(sport)?);
            let dest = SocketAddr::new(v1_ip(dst, v6)?, v1_port(dport)?);
            Header::Proxied { source, dest }
        }
        _ => return Err(Invalid::Unsupported),
    };
    Ok(Parsed::Done(header, used))
}

fn is_text(b: u8) -> bool {
    (0x20..0x7f).contains(&b)
}

fn v1_ip(text: &str, v6: bool) -> Result<IpAddr, Invalid> {
    let ip = if v6 {
        text.parse::<Ipv6Addr>().map(IpAddr::V6)
    } else {
        text.parse::<Ipv4Addr>().map(IpAddr::V4)
    };
    ip.map_err(|_| Invalid::BadAddress)
}

/// 0..=65535 in plain digits: no sign, no leading zero.
fn v1_port(text: &str) -> Result<u16, Invalid> {
    let digits = !text.is_empty() && text.len() <= 5 && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || (text.len() > 1 && text.starts_with('0')) {
        return Err(Invalid::BadAddress);
    }
    text.parse().map_err(|_| Invalid::BadAddress)
}

fn v2(buf: &[u8]) -> Result<Parsed, Invalid> {
    if buf.len() < V2_FIXED {
        return Ok(Parsed::Incomplete);
    }
    let (ver_cmd, fam) = (buf[12], buf[13]);
    let len = usize::from(u16::from_be_bytes([buf[14], buf[15]]));
    if ver_cmd >> 4 != 2 {
        return Err(Invalid::Unsupported);
    }
    if len > V2_MAX_BODY {
        return Err(Invalid::TooLong);
    }
    let local = match ver_cmd & 0x0f {
        0 => true,
        1 => false,
        _ => return Err(Invalid::Unsupported),
    };
    let used = V2_FIXED + len;
    if buf.len() < used {
        return Ok(Parsed::Incomplete);
    }
    // LOCAL: the receiver must ignore the address block (the spec).
    if local {
        return Ok(Parsed::Done(Header::Local, used));
    }
    let body = &buf[V2_FIXED..used];
    let (family, transport) = (fam >> 4, fam & 0x0f);
    let header = match (family, transport) {
        // Unspecified or a UNIX socket: no pupil address to use.
        (0, _) | (3, 0..=2) => Header::Local,
        (1, 1) => {
            let a = body.get(..12).ok_or(Invalid::BadAddress)?;
            let ip = |i: usize| IpAddr::V4(Ipv4Addr::new(a[i], a[i + 1], a[i + 2], a[i + 3]));
            let port = |i: usize| u16::from_be_bytes([a[i], a[i + 1]]);
            Header::Proxied {
                source: SocketAddr::new(ip(0), port(8)),
                dest: SocketAddr::new(ip(4), port(10)),
            }
        }
        (2, 1) => {
            let a = body.get(..36).ok_or(Invalid::BadAddress)?;
            let ip = |i: usize| {
                let octets: [u8; 16] = a[i..i + 16].try_into().expect("16 bytes");
                IpAddr::V6(Ipv6Addr::from(octets))
            };
            let port = |i: usize| u16::from_be_bytes([a[i], a[i + 1]]);
            Header::Proxied {
                source: SocketAddr::new(ip(0), port(32)),
                dest: SocketAddr::new(ip(16), port(34)),
            }
        }
        // UDP, or a family the spec does not define: not an SSH connection.
        _ => return Err(Invalid::Unsupported),
    };
    Ok(Parsed::Done(header, used))
}

/// A v2 PROXY header as HAProxy's `send-proxy-v2` writes it (for tests: a balancer's side).
/// Both addresses must be of one family.
pub fn v2_proxy(source: SocketAddr, dest: SocketAddr) -> Vec<u8> {
    let mut out = V2_SIGNATURE.to_vec();
    out.push(0x21); // version 2, PROXY
    match (source.ip(), dest.ip()) {
        (IpAddr::V4(s), IpAddr::V4(d)) => {
            out.extend([0x11, 0, 12]);
            out.extend(s.octets().into_iter().chain(d.octets()));
        }
        (s, d) => {
            out.extend([0x21, 0, 36]);
            out.extend(v6(s).octets().into_iter().chain(v6(d).octets()));
        }
    }
    out.extend(source.port().to_be_bytes());
    out.extend(dest.port().to_be_bytes());
    out
}

fn v6(ip: IpAddr) -> Ipv6Addr {
    match ip {
        IpAddr::V4(v4) => v4.to_ipv6_mapped(),
        IpAddr::V6(v6) => v6,
    }
}

/// v2 LOCAL as HAProxy's `check-send-proxy` writes it: no addresses.
pub fn v2_local() -> Vec<u8> {
    let mut out = V2_SIGNATURE.to_vec();
    out.extend([0x20, 0x00, 0, 0]);
    out
}

#[cfg(test)]
#[path = "header_tests.rs"]
mod tests;
