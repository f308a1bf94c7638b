//! `yrke serve`'s input parser against hostile byte streams (issue 10): one pupil's flood
//! must cost that pupil's session bounded stack and memory, never the whole server.
//!
//! Each flood is fed in one call on a thread with the stack a tokio worker has, since that is
//! where the parser runs in production. The assertions are on bytes and events, not on time:
//! a parser that keeps at most `MAX_PENDING` bytes between calls does bounded work per byte.
//! (On the old parser the Esc flood overflows the stack and aborts this test binary.)

use std::thread;

use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use yrke::serve::input::{MAX_PENDING, Parser};

/// tokio's default worker stack, which `yrke serve`'s runtime keeps.
const WORKER_STACK: usize = 2 * 1024 * 1024;

const MILLION: usize = 1_000_000;
const ESC: u8 = 0x1b;

/// What one flood did to a fresh parser.
#[derive(Debug)]
struct Outcome {
    /// Keys from the one `feed` and the Esc timer that follows it.
    events: Vec<Event>,
    /// Bytes kept after the `feed`, and after the timer.
    pending_after_feed: usize,
    pending_after_timer: usize,
    /// Whether an escape still waited after the timer.
    escape_after_timer: bool,
}

/// Feed `bytes` in one call, then run the Esc timer, on a worker-sized stack.
fn flood(bytes: Vec<u8>) -> Outcome {
    thread::Builder::new()
        .name("flood".into())
        .stack_size(WORKER_STACK)
        .spawn(move || {
            let mut p = Parser::new();
            let mut events = p.feed(&bytes);
            let pending_after_feed = p.pending_len();
            events.extend(p.flush_escape());
            Outcome {
                events,
                pending_after_feed,
                pending_after_timer: p.pending_len(),
                escape_after_timer: p.has_pending_escape(),
            }
        })
        .expect("spawn the flood thread")
        .join()
        .expect("the parser must not panic")
}

fn repeated(prefix: &[u8], byte: u8, n: usize) -> Vec<u8> {
    let mut v = prefix.to_vec();
    v.resize(prefix.len() + n, byte);
    v
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn assert_bounded(what: &str, o: &Outcome) {
    assert!(
        o.pending_after_feed <= MAX_PENDING,
        "{what}: {} bytes kept after the feed",
        o.pending_after_feed
    );
    // Only half a UTF-8 letter may still wait for its other bytes.
    assert!(
        o.pending_after_timer < 4 && !o.escape_after_timer,
        "{what}: {} bytes kept after the timer",
        o.pending_after_timer
    );
}

#[test]
fn a_million_esc_bytes_are_a_million_esc_keys() {
    let o = flood(vec![ESC; MILLION]);
    assert_bounded("Esc flood", &o);
    assert_eq!(o.events.len(), MILLION);
    assert!(o.events.iter().all(|e| *e == key(KeyCode::Esc)));
}

#[test]
fn the_issue_repro_size_keeps_two_bytes_for_the_timer() {
    let o = flood(vec![ESC; 100_000]);
    // ESC ESC could still be Alt + a sequence; nothing older waits.
    assert_eq!(o.pending_after_feed, 2);
    assert_eq!(o.events.len(), 100_000);
}

#[test]
fn any_one_byte_repeated_a_million_times() {
    for byte in [
        0x00, b'a', b'[', b'O', b'1', b';', 0x80, 0xc3, 0xf0, 0xff, 0x9b, 0x7f,
    ] {
        let o = flood(vec![byte; MILLION]);
        assert_bounded(&format!("byte {byte:#04x}"), &o);
        assert!(o.events.len() <= MILLION);
    }
}

#[test]
fn unterminated_sequences_of_a_million_bytes() {
    let cases: [(&str, Vec<u8>); 8] = [
        ("CSI digits", repeated(b"\x1b[", b'1', MILLION)),
        (
            "CSI params",
            [&b"\x1b["[..], &b"1;".repeat(MILLION / 2)].concat(),
        ),
        ("Alt + CSI", repeated(b"\x1b\x1b[", b'2', MILLION)),
        ("OSC", repeated(b"\x1b]0;", b'x', MILLION)),
        ("DCS", repeated(b"\x1bP", b'q', MILLION)),
        ("SS3 again and again", b"\x1bO".repeat(MILLION / 2)),
        ("CSI starts again and again", b"\x1b[".repeat(MILLION / 2)),
        (
            "paste without its end",
            repeated(b"\x1b[200~", b'a', MILLION),
        ),
    ];
    for (what, bytes) in cases {
        let o = flood(bytes);
        assert_bounded(what, &o);
    }
}

#[test]
fn an_endless_csi_is_dropped_not_typed() {
    let mut bytes = repeated(b"\x1b[", b'1', MILLION);
    bytes.extend(b"~z");
    let o = flood(bytes);
    assert_eq!(o.events, vec![key(KeyCode::Char('z'))]);
}

#[test]
fn a_paste_without_its_end_arrives_as_letters() {
    let o = flood(repeated(b"\x1b[200~", b'a', 1000));
    assert_eq!(o.events, vec![key(KeyCode::Char('a')); 1000]);
}

#[test]
fn an_esc_flood_a_byte_per_packet_keeps_little() {
    let mut p = Parser::new();
    let mut keys = 0;
    for _ in 0..100_000 {
        keys += p.feed(&[ESC]).len();
        assert!(p.pending_len() <= 2, "{}", p.pending_len());
    }
    keys += p.flush_escape().len();
    assert_eq!(keys, 100_000);
}

/// Bytes that start, continue and end sequences, mixed with anything at all. (Mapped from
/// plain bytes: a `prop_oneof!` per byte makes this test many times slower.)
fn hostile(byte: u8) -> u8 {
    const SPECIAL: &[u8] = b"[O]P;~12A\x07\\\xc3\xf0";
    match byte {
        0..=79 => ESC,
        80..=159 => SPECIAL[usize::from(byte) % SPECIAL.len()],
        _ => byte,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_stream_in_any_packets_keeps_at_most_max_pending(
        bytes in prop::collection::vec(any::<u8>().prop_map(hostile), 0..3000),
        cuts in prop::collection::vec(1usize..80, 1..64),
    ) {
        let mut p = Parser::new();
        let mut chunked = Vec::new();
        let mut rest = &bytes[..];
        for n in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (packet, after) = rest.split_at((*n).min(rest.len()));
            chunked.extend(p.feed(packet));
            prop_assert!(p.pending_len() <= MAX_PENDING, "{} kept", p.pending_len());
            rest = after;
        }
        chunked.extend(p.flush_escape());
        prop_assert!(!p.has_pending_escape());
        prop_assert!(p.pending_len() < 4, "{} kept after the timer", p.pending_len());

        // How the stream was cut into packets does not change the keys.
        let mut whole = Parser::new();
        let mut at_once = whole.feed(&bytes);
        at_once.extend(whole.flush_escape());
        prop_assert_eq!(chunked, at_once);
    }
}
