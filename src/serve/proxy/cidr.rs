//! `--proxy-from`: the networks allowed to speak for a pupil with a PROXY header.

use std::fmt;
use std::net::IpAddr;

/// One network: an address with its prefix length, host bits zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    bits: u8,
}

impl Cidr {
    /// `10.0.0.0/24`, `2001:db8::/48`, or a bare address (one host).
    pub fn parse(text: &str) -> Result<Cidr, String> {
        let text = text.trim();
        let (addr, bits) = match text.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (text, None),
        };
        let net: IpAddr = addr
            .parse()
            .map_err(|_| format!("«{text}» er ikke en IP-adresse eller et nett"))?;
        let max = if net.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            None => max,
            Some(b) => b
                .parse::<u8>()
                .ok()
                .filter(|&n| n <= max && b.bytes().all(|c| c.is_ascii_digit()))
                .ok_or_else(|| format!("«{text}»: prefikslengden må være 0–{max}"))?,
        };
        let cidr = Cidr { net, bits };
        if cidr.masked(net) != net {
            let fixed = Cidr {
                net: cidr.masked(net),
                bits,
            };
            return Err(format!(
                "«{text}» har bits satt etter prefikset; mente du {fixed}?"
            ));
        }
        Ok(cidr)
    }

    /// Whether `ip` is in this network (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        ip.is_ipv4() == self.net.is_ipv4() && self.masked(ip) == self.net
    }

    fn masked(&self, ip: IpAddr) -> IpAddr {
        match ip {
            IpAddr::V4(v4) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.bits)).unwrap_or(0);
                IpAddr::V4((u32::from(v4) & mask).into())
            }
            IpAddr::V6(v6) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.bits))
                    .unwrap_or(0);
                IpAddr::V6((u128::from(v6) & mask).into())
            }
        }
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.net, self.bits)
    }
}

/// `CIDR[,CIDR…]`; at least one.
pub fn parse_list(text: &str) -> Result<Vec<Cidr>, String> {
    let list: Result<Vec<Cidr>, String> = text
        .split(',')
        .filter(|part| !part.trim().is_empty())
        .map(Cidr::parse)
        .collect();
    let bad = |why: String| {
        format!(
            "ugyldig --proxy-from «{text}»: {why} (forventet nett i CIDR-form, kommaskilt, \
             f.eks. 10.0.0.5/32,2001:db8::/64)"
        )
    };
    match list {
        Err(why) => Err(bad(why)),
        Ok(list) if list.is_empty() => Err(bad("ingen nett".into())),
        Ok(list) => Ok(list),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn networks_contain_their_addresses_only() {
        let list = parse_list("127.0.0.0/8, ::1/128,10.0.0.5").unwrap();
        let trusted = |s: &str| list.iter().any(|c| c.contains(ip(s)));
        assert!(trusted("127.0.0.1"));
        assert!(trusted("127.255.0.9"));
        assert!(trusted("::1"));
        assert!(trusted("::ffff:127.0.0.1"), "IPv4-mapped counts as IPv4");
        assert!(trusted("10.0.0.5"));
        assert!(!trusted("10.0.0.6"));
        assert!(!trusted("128.0.0.1"));
        assert!(!trusted("::2"));
        let v6 = Cidr::parse("2001:db8:aa::/48").unwrap();
        assert!(v6.contains(ip("2001:db8:aa:ffff::1")));
        assert!(!v6.contains(ip("2001:db8:ab::1")));
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert!(!Cidr::parse("0.0.0.0/0").unwrap().contains(ip("::1")));
        assert!(Cidr::parse("::/0").unwrap().contains(ip("2001:db8::1")));
    }

    #[test]
    fn bad_input_says_what_was_expected() {
        for bad in [
            "",
            ",",
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/",
            "10.0.0.0/+8",
            "10.0.0/8",
            "balancer.example",
            "10.0.0.0/8,nope",
        ] {
            let err = parse_list(bad).unwrap_err();
            assert!(err.contains("forventet nett i CIDR-form"), "{bad}: {err}");
        }
        let err = parse_list("10.1.2.3/24").unwrap_err();
        assert!(err.contains("mente du 10.1.2.0/24?"), "{err}");
    }
}
