use super::*;

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

fn k(code: KeyCode) -> Event {
    key(code, KeyModifiers::NONE)
}

fn parse(bytes: &[u8]) -> Vec<Event> {
    Parser::new().feed(bytes)
}

#[test]
fn arrows_in_both_forms() {
    for (seq, code) in [
        (&b"\x1b[A"[..], KeyCode::Up),
        (b"\x1b[B", KeyCode::Down),
        (b"\x1b[C", KeyCode::Right),
        (b"\x1b[D", KeyCode::Left),
        (b"\x1bOA", KeyCode::Up),
        (b"\x1bOB", KeyCode::Down),
        (b"\x1bOC", KeyCode::Right),
        (b"\x1bOD", KeyCode::Left),
    ] {
        assert_eq!(parse(seq), vec![k(code)], "{seq:?}");
    }
}

#[test]
fn home_and_end_in_every_form() {
    for seq in [&b"\x1b[1~"[..], b"\x1b[7~", b"\x1b[H", b"\x1bOH"] {
        assert_eq!(parse(seq), vec![k(KeyCode::Home)], "{seq:?}");
    }
    for seq in [&b"\x1b[4~"[..], b"\x1b[8~", b"\x1b[F", b"\x1bOF"] {
        assert_eq!(parse(seq), vec![k(KeyCode::End)], "{seq:?}");
    }
}

#[test]
fn paging_delete_and_function_keys() {
    assert_eq!(parse(b"\x1b[5~"), vec![k(KeyCode::PageUp)]);
    assert_eq!(parse(b"\x1b[6~"), vec![k(KeyCode::PageDown)]);
    assert_eq!(parse(b"\x1b[3~"), vec![k(KeyCode::Delete)]);
    assert_eq!(parse(b"\x1bOP"), vec![k(KeyCode::F(1))]);
    assert_eq!(parse(b"\x1b[15~"), vec![k(KeyCode::F(5))]);
    assert_eq!(parse(b"\x1b[24~"), vec![k(KeyCode::F(12))]);
    assert_eq!(parse(b"\x1b[[B"), vec![k(KeyCode::F(2))]);
}

#[test]
fn backtab() {
    assert_eq!(
        parse(b"\x1b[Z"),
        vec![key(KeyCode::BackTab, KeyModifiers::SHIFT)]
    );
}

#[test]
fn alt_arrows_in_both_forms() {
    let alt_left = key(KeyCode::Left, KeyModifiers::ALT);
    let alt_right = key(KeyCode::Right, KeyModifiers::ALT);
    assert_eq!(parse(b"\x1b[1;3D"), vec![alt_left.clone()]);
    assert_eq!(parse(b"\x1b[1;3C"), vec![alt_right.clone()]);
    assert_eq!(parse(b"\x1b\x1b[D"), vec![alt_left]);
    assert_eq!(parse(b"\x1b\x1b[C"), vec![alt_right]);
    assert_eq!(
        parse(b"\x1b[1;5A"),
        vec![key(KeyCode::Up, KeyModifiers::CONTROL)]
    );
}

#[test]
fn control_keys() {
    assert_eq!(
        parse(b"\x03"),
        vec![key(KeyCode::Char('c'), KeyModifiers::CONTROL)]
    );
    assert_eq!(
        parse(b"\x10"),
        vec![key(KeyCode::Char('p'), KeyModifiers::CONTROL)]
    );
    assert_eq!(
        parse(b"\x0e"),
        vec![key(KeyCode::Char('n'), KeyModifiers::CONTROL)]
    );
    assert_eq!(parse(b"\x7f"), vec![k(KeyCode::Backspace)]);
    assert_eq!(parse(b"\x08"), vec![k(KeyCode::Backspace)]);
    assert_eq!(parse(b"\r"), vec![k(KeyCode::Enter)]);
    assert_eq!(parse(b"\t"), vec![k(KeyCode::Tab)]);
}

#[test]
fn letters_and_norwegian_letters() {
    assert_eq!(
        parse("aØ".as_bytes()),
        vec![
            k(KeyCode::Char('a')),
            key(KeyCode::Char('Ø'), KeyModifiers::SHIFT)
        ]
    );
    assert_eq!(
        parse("æøå".as_bytes()),
        vec![
            k(KeyCode::Char('æ')),
            k(KeyCode::Char('ø')),
            k(KeyCode::Char('å'))
        ]
    );
}

#[test]
fn utf8_split_across_packets_waits_for_the_rest() {
    let bytes = "ø".as_bytes();
    let mut p = Parser::new();
    assert_eq!(p.feed(&bytes[..1]), vec![]);
    assert!(!p.has_pending_escape(), "a half letter needs no Esc timer");
    assert_eq!(p.feed(&bytes[1..]), vec![k(KeyCode::Char('ø'))]);

    let four = "😀".as_bytes();
    let mut p = Parser::new();
    assert_eq!(p.feed(&four[..2]), vec![]);
    assert_eq!(p.feed(&four[2..3]), vec![]);
    assert_eq!(p.feed(&four[3..]), vec![k(KeyCode::Char('😀'))]);
}

#[test]
fn escape_sequence_split_across_packets() {
    let mut p = Parser::new();
    assert_eq!(p.feed(b"\x1b"), vec![]);
    assert!(p.has_pending_escape());
    assert_eq!(p.feed(b"[1"), vec![]);
    assert_eq!(p.feed(b"~"), vec![k(KeyCode::Home)]);
    assert!(!p.has_pending_escape());

    let mut p = Parser::new();
    assert_eq!(p.feed(b"\x1bO"), vec![]);
    assert_eq!(p.feed(b"A"), vec![k(KeyCode::Up)]);
}

#[test]
fn lone_escape_after_timeout() {
    let mut p = Parser::new();
    assert_eq!(p.feed(b"\x1b"), vec![]);
    assert_eq!(p.flush_escape(), vec![k(KeyCode::Esc)]);
    assert!(!p.has_pending_escape());
    assert_eq!(p.flush_escape(), vec![]);
}

#[test]
fn escape_then_letter_is_alt_letter_and_double_escape_is_two_escapes() {
    assert_eq!(
        parse(b"\x1bb"),
        vec![key(KeyCode::Char('b'), KeyModifiers::ALT)]
    );

    let mut p = Parser::new();
    assert_eq!(p.feed(b"\x1b\x1b"), vec![]);
    assert_eq!(p.flush_escape(), vec![k(KeyCode::Esc), k(KeyCode::Esc)]);

    let mut p = Parser::new();
    assert_eq!(p.feed(b"\x1b["), vec![]);
    assert_eq!(
        p.flush_escape(),
        vec![key(KeyCode::Char('['), KeyModifiers::ALT)]
    );
}

#[test]
fn several_keys_in_one_packet() {
    assert_eq!(
        parse(b"ab\x1b[B\r\x03"),
        vec![
            k(KeyCode::Char('a')),
            k(KeyCode::Char('b')),
            k(KeyCode::Down),
            k(KeyCode::Enter),
            key(KeyCode::Char('c'), KeyModifiers::CONTROL)
        ]
    );
}

#[test]
fn bytes_that_cannot_be_utf8_are_latin1_letters() {
    // A Latin-1 PuTTY sends ø as 0xF8 and æ as 0xE6 (which looks like the start of a
    // three-byte UTF-8 letter until the next byte says otherwise).
    let keys = parse(b"s\xf8k \xe6r");
    let chars: String = keys
        .iter()
        .filter_map(|e| match e {
            Event::Key(k) => match k.code {
                KeyCode::Char(c) => Some(c),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(chars, "søk ær");
    // Real UTF-8, even split across packets, is read as UTF-8 first.
    let mut p = Parser::new();
    assert_eq!(p.feed(b"s\xc3"), vec![k(KeyCode::Char('s'))]);
    assert_eq!(p.feed(b"\xb8k").len(), 2);
}

#[test]
fn junk_is_dropped_and_parsing_continues() {
    // Unknown CSI, invalid UTF-8, an over-long sequence: none of them block what follows.
    assert_eq!(parse(b"\x1b[99xa"), vec![k(KeyCode::Char('a'))]);
    assert_eq!(
        parse(b"\x9ba"),
        vec![k(KeyCode::Char('a'))],
        "a C1 control is dropped"
    );
    let mut long = b"\x1b[".to_vec();
    long.extend(std::iter::repeat_n(b'1', 40));
    let mut p = Parser::new();
    assert_eq!(p.feed(&long), vec![]);
    assert!(!p.has_pending_escape(), "an endless sequence is not kept");
    assert_eq!(p.pending_len(), 0);
    // Its final byte ends it; what comes after is parsed again.
    assert_eq!(p.feed(b"~a"), vec![k(KeyCode::Char('a'))]);
}

#[test]
fn an_over_long_sequence_is_dropped_whole_however_it_is_split() {
    let mut seq = b"\x1b[".to_vec();
    seq.extend(std::iter::repeat_n(b'1', 100));
    seq.extend(b"~b");
    let mut p = Parser::new();
    let events: Vec<Event> = seq.chunks(7).flat_map(|c| p.feed(c)).collect();
    assert_eq!(events, vec![k(KeyCode::Char('b'))]);
    // A new escape sequence also ends it, and is itself parsed.
    assert_eq!(
        parse(&[&seq[..60], b"\x1b[A"].concat()),
        vec![k(KeyCode::Up)]
    );
}

#[test]
fn a_byte_that_cannot_be_in_a_sequence_ends_it() {
    assert_eq!(parse(b"\x1b[1\x1b[B"), vec![k(KeyCode::Down)]);
    assert_eq!(
        parse(b"\x1b[1;\rx"),
        vec![k(KeyCode::Enter), k(KeyCode::Char('x'))]
    );
}

#[test]
fn a_run_of_escapes_is_one_esc_key_per_byte() {
    let mut p = Parser::new();
    let mut events = p.feed(&[ESC; 5]);
    assert!(
        p.pending_len() <= 2,
        "only the last ESCs wait for the timer"
    );
    events.extend(p.flush_escape());
    assert_eq!(events, vec![k(KeyCode::Esc); 5]);

    // A sequence after the run is still read, with the ESC right before it as Alt.
    assert_eq!(
        parse(b"\x1b\x1b\x1b\x1b[D"),
        vec![
            k(KeyCode::Esc),
            k(KeyCode::Esc),
            key(KeyCode::Left, KeyModifiers::ALT)
        ]
    );
    assert_eq!(
        parse(b"\x1b\x1bb"),
        vec![k(KeyCode::Esc), key(KeyCode::Char('b'), KeyModifiers::ALT)]
    );
}

#[test]
fn an_unfinished_sequence_fed_a_byte_at_a_time_stays_small() {
    let mut p = Parser::new();
    let mut events = p.feed(b"\x1b\x1b[");
    for _ in 0..1000 {
        events.extend(p.feed(b"1"));
        assert!(p.pending_len() <= MAX_PENDING, "{}", p.pending_len());
    }
    events.extend(p.feed(b"~"));
    events.extend(p.feed(b"z"));
    assert_eq!(events, vec![k(KeyCode::Char('z'))]);
}
