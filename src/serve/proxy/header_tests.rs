use super::*;

fn sa(s: &str) -> SocketAddr {
    s.parse().unwrap()
}

#[test]
fn v1_tcp4() {
    let h = b"PROXY TCP4 203.0.113.7 10.0.0.1 51234 2222\r\n";
    assert_eq!(
        parse(h),
        Ok(Parsed::Done(
            Header::Proxied {
                source: sa("203.0.113.7:51234"),
                dest: sa("10.0.0.1:2222"),
            },
            h.len()
        ))
    );
}

#[test]
fn v1_tcp6() {
    let h = b"PROXY TCP6 2001:db8:aa:bb::7 ::1 65535 22\r\n";
    assert_eq!(
        parse(h),
        Ok(Parsed::Done(
            Header::Proxied {
                source: sa("[2001:db8:aa:bb::7]:65535"),
                dest: sa("[::1]:22"),
            },
            h.len()
        ))
    );
}

#[test]
fn v1_unknown_is_local_and_its_rest_is_ignored() {
    assert_eq!(
        parse(b"PROXY UNKNOWN\r\n"),
        Ok(Parsed::Done(Header::Local, 15))
    );
    let h = b"PROXY UNKNOWN ffff::1 ffff::2 1 2\r\n";
    assert_eq!(parse(h), Ok(Parsed::Done(Header::Local, h.len())));
}

#[test]
fn v1_wrong_family_ports_and_fields_are_bad_addresses() {
    for bad in [
        "PROXY TCP4 ::1 ::1 1 2\r\n",
        "PROXY TCP6 1.2.3.4 1.2.3.4 1 2\r\n",
        "PROXY TCP4 1.2.3.4 1.2.3.4 65536 2\r\n",
        "PROXY TCP4 1.2.3.4 1.2.3.4 01 2\r\n",
        "PROXY TCP4 1.2.3.4 1.2.3.4 +1 2\r\n",
        "PROXY TCP4 1.2.3.4 1.2.3.4 1\r\n",
        "PROXY TCP4 1.2.3.4 1.2.3.4 1 2 3\r\n",
        "PROXY TCP4 1.2.3.4  1.2.3.4 1 2\r\n",
        "PROXY TCP4 256.2.3.4 1.2.3.4 1 2\r\n",
    ] {
        assert_eq!(parse(bad.as_bytes()), Err(Invalid::BadAddress), "{bad:?}");
    }
    assert_eq!(
        parse(b"PROXY UDP4 1.2.3.4 1.2.3.4 1 2\r\n"),
        Err(Invalid::Unsupported)
    );
}

#[test]
fn v2_proxy_ipv4_and_ipv6() {
    let (s, d) = (sa("203.0.113.7:40000"), sa("10.0.0.1:2222"));
    let h = v2_proxy(s, d);
    assert_eq!(h.len(), 28);
    assert_eq!(
        parse(&h),
        Ok(Parsed::Done(Header::Proxied { source: s, dest: d }, 28))
    );
    let (s, d) = (sa("[2001:db8:aa:bb::7]:40000"), sa("[2001:db8::1]:2222"));
    let h = v2_proxy(s, d);
    assert_eq!(
        parse(&h),
        Ok(Parsed::Done(Header::Proxied { source: s, dest: d }, 52))
    );
}

#[test]
fn v2_local_is_local_whatever_its_address_block() {
    assert_eq!(parse(&v2_local()), Ok(Parsed::Done(Header::Local, 16)));
    // LOCAL with an IPv4 block: the block is skipped, not read.
    let mut h = v2_proxy(sa("1.2.3.4:1"), sa("5.6.7.8:2"));
    h[12] = 0x20;
    assert_eq!(parse(&h), Ok(Parsed::Done(Header::Local, 28)));
}

#[test]
fn v2_tlvs_after_the_addresses_are_skipped() {
    let mut h = v2_proxy(sa("203.0.113.7:1"), sa("10.0.0.1:2"));
    let tlv = [0x05, 0x00, 0x03, b'a', b'b', b'c']; // PP2_TYPE_UNIQUE_ID
    h.extend(tlv);
    h[15] += tlv.len() as u8;
    let n = h.len();
    assert!(matches!(parse(&h), Ok(Parsed::Done(Header::Proxied { .. }, m)) if m == n));
}

#[test]
fn v2_unspec_and_unix_have_no_pupil_address() {
    let mut h = V2_SIGNATURE.to_vec();
    h.extend([0x21, 0x00, 0, 0]);
    assert_eq!(parse(&h), Ok(Parsed::Done(Header::Local, 16)));
    let mut h = V2_SIGNATURE.to_vec();
    h.extend([0x21, 0x31, 0, 216]);
    h.extend([0u8; 216]);
    assert_eq!(parse(&h), Ok(Parsed::Done(Header::Local, 232)));
}

#[test]
fn v2_bad_version_command_family_or_short_block() {
    let good = v2_proxy(sa("1.2.3.4:1"), sa("5.6.7.8:2"));
    let with = |i: usize, b: u8| {
        let mut h = good.clone();
        h[i] = b;
        h
    };
    assert_eq!(parse(&with(12, 0x11)), Err(Invalid::Unsupported)); // version 1
    assert_eq!(parse(&with(12, 0x22)), Err(Invalid::Unsupported)); // command 2
    assert_eq!(parse(&with(13, 0x12)), Err(Invalid::Unsupported)); // UDP
    assert_eq!(parse(&with(13, 0x41)), Err(Invalid::Unsupported)); // family 4
    // IPv6 claimed with an IPv4-sized block.
    assert_eq!(parse(&with(13, 0x21)), Err(Invalid::BadAddress));
}

#[test]
fn truncated_headers_ask_for_more() {
    let v1 = b"PROXY TCP4 203.0.113.7 10.0.0.1 51234 2222\r\n";
    let v2 = v2_proxy(sa("203.0.113.7:1"), sa("10.0.0.1:2"));
    for whole in [&v1[..], &v2[..], &v2_local()[..]] {
        for cut in 0..whole.len() {
            assert_eq!(
                parse(&whole[..cut]),
                Ok(Parsed::Incomplete),
                "{:?}",
                &whole[..cut]
            );
        }
    }
}

#[test]
fn oversize_headers_are_refused() {
    // v1 without CRLF within 107 bytes.
    let mut long = b"PROXY UNKNOWN ".to_vec();
    long.resize(V1_MAX, b'x');
    assert_eq!(parse(&long), Err(Invalid::TooLong));
    long.truncate(V1_MAX - 1);
    assert_eq!(parse(&long), Ok(Parsed::Incomplete));
    // Exactly 107 bytes with the CRLF is fine.
    long.truncate(V1_MAX - 2);
    long.extend(b"\r\n");
    assert_eq!(parse(&long), Ok(Parsed::Done(Header::Local, V1_MAX)));
    // v2 announcing a block above the cap: refused from the fixed part alone.
    let mut h = V2_SIGNATURE.to_vec();
    h.extend([0x21, 0x11]);
    h.extend(u16::try_from(V2_MAX_BODY + 1).unwrap().to_be_bytes());
    assert_eq!(parse(&h), Err(Invalid::TooLong));
    h[14..16].copy_from_slice(&[0xff, 0xff]);
    assert_eq!(parse(&h), Err(Invalid::TooLong));
}

#[test]
fn garbage_is_refused_at_once() {
    for bad in [
        &b"SSH-2.0-OpenSSH_9.2\r\n"[..],
        b"S",
        b"proxy TCP4",
        b"PROXY\tTCP4",
        b"GET / HTTP/1.1\r\n",
        b"\r\n\r\n\0\r\nQUIT\r",
        b"PROXY TCP4 1.2.3.4\n",
        b"PROXY TCP4 1.2.3.4\x00",
        b"\xff\xfe",
    ] {
        assert!(parse(bad).is_err(), "{bad:?}");
    }
    assert_eq!(parse(b"PROXY FOO\r\n"), Err(Invalid::Unsupported));
}

#[test]
fn bytes_after_the_header_are_left_for_ssh() {
    let banner = b"SSH-2.0-OpenSSH_9.2\r\n";
    let mut v1 = b"PROXY TCP6 ::1 ::1 1 2\r\n".to_vec();
    let n1 = v1.len();
    v1.extend(banner);
    let mut v2 = v2_proxy(sa("203.0.113.7:1"), sa("10.0.0.1:2"));
    v2.extend(banner);
    let mut local = v2_local();
    local.extend(banner);
    for (bytes, used) in [(v1, n1), (v2, 28), (local, 16)] {
        let Ok(Parsed::Done(_, n)) = parse(&bytes) else {
            panic!("{bytes:?}")
        };
        assert_eq!(n, used);
        assert_eq!(&bytes[n..], banner);
    }
}
