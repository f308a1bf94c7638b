//! The terminal-input parser (`src/input`), which reads every byte a pupil's SSH client
//! sends: any bytes, cut into packets anywhere, must never panic, and the tail kept between
//! packets must stay within its bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yrke::input::{MAX_PENDING, Parser};

fuzz_target!(|data: &[u8]| {
    // The first byte says where to cut the rest into packets, as a network would.
    let Some((&cut, bytes)) = data.split_first() else {
        return;
    };
    let step = usize::from(cut).max(1);
    let mut parser = Parser::new();
    for packet in bytes.chunks(step) {
        let _ = parser.feed(packet);
        assert!(parser.pending_len() <= MAX_PENDING);
        // Now and then the Esc timer runs out between packets.
        if packet.first() == Some(&0x1b) && packet.len() % 3 == 0 {
            let _ = parser.flush_escape();
            assert!(!parser.has_pending_escape());
        }
    }
    let _ = parser.flush_escape();
    assert!(parser.pending_len() <= MAX_PENDING);
});
