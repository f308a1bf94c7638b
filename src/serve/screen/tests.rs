use std::sync::Arc;

use super::*;
use crate::search::Index;

fn explorer(cols: u16, rows: u16) -> Explorer {
    let data = Arc::new(crate::dataset::bundled().unwrap());
    let index = Arc::new(Index::new(&data));
    let app = App::new(data, index, crate::ui::measure());
    let opts = ui::Options {
        color: true,
        ascii: false,
    };
    Explorer::new(app, opts, cols, rows).unwrap()
}

/// What a client terminal shows after the bytes we sent.
struct Client(vt100::Parser);

impl Client {
    fn new(cols: u16, rows: u16) -> Client {
        let mut p = vt100::Parser::new(rows, cols, 0);
        p.process(ENTER);
        Client(p)
    }

    fn show(&mut self, bytes: &[u8]) -> String {
        self.0.process(bytes);
        self.0.screen().contents()
    }
}

#[test]
fn typing_a_query_shows_the_hit() {
    let mut ex = explorer(80, 24);
    let mut client = Client::new(80, 24);
    assert!(ex.needs_frame());
    let first = client.show(&ex.frame().unwrap());
    assert!(!ex.needs_frame());
    assert!(!first.contains("Radiolog"), "{first}");

    ex.input(b"radiolog").unwrap();
    assert!(ex.needs_frame());
    let after = client.show(&ex.frame().unwrap());
    assert!(after.contains("Radiolog"), "{after}");
}

#[test]
fn later_frames_send_only_what_changed() {
    let mut ex = explorer(80, 24);
    let full = ex.frame().unwrap();
    ex.input(b"r").unwrap();
    let diff = ex.frame().unwrap();
    assert!(
        diff.len() < full.len(),
        "diff {} bytes, full frame {} bytes",
        diff.len(),
        full.len()
    );
}

#[test]
fn frames_are_wrapped_in_synchronized_output() {
    let mut ex = explorer(80, 24);
    let f = ex.frame().unwrap();
    assert!(f.starts_with(b"\x1b[?2026h"));
    assert!(f.ends_with(b"\x1b[?2026l"));
}

#[test]
fn resize_redraws_at_the_new_size() {
    let mut ex = explorer(80, 24);
    let mut client = Client::new(80, 24);
    client.show(&ex.frame().unwrap());
    ex.resize(120, 40).unwrap();
    assert!(ex.needs_frame());
    let mut big = Client::new(120, 40);
    let shown = big.show(&ex.frame().unwrap());
    // The redraw is complete on its own: a fresh 120×40 terminal shows a full screen.
    assert!(
        shown.lines().filter(|l| !l.trim().is_empty()).count() > 20,
        "{shown}"
    );
}

#[test]
fn a_pending_escape_waits_for_the_timer() {
    let mut ex = explorer(80, 24);
    ex.frame().unwrap();
    ex.input(b"\x1b").unwrap();
    assert!(ex.has_pending_escape());
    ex.escape_timeout().unwrap();
    assert!(!ex.has_pending_escape());
}

#[test]
fn a_panic_becomes_crashed() {
    let r: Result<(), Crashed> = guarded(Doing::Input, || panic!("prøvepanikk"));
    assert_eq!(r, Err(Crashed::Panicked(Doing::Input)));
    assert_eq!(guarded(Doing::Input, || 7), Ok(7));
}

#[test]
fn enter_and_leave_restore_the_terminal() {
    let mut p = vt100::Parser::new(24, 80, 0);
    p.process(ENTER);
    assert!(p.screen().alternate_screen());
    assert!(p.screen().hide_cursor());
    p.process(LEAVE);
    assert!(!p.screen().alternate_screen());
    assert!(!p.screen().hide_cursor());
}

/// A resize storm while a frame is in flight (issue: 10,000 resizes between 1×1 and 500×200
/// took the server to 525 MB): nothing is written between frames — not even the clears — and
/// the next frame is one complete screen at the last size, no bigger than a fresh one.
#[test]
fn a_resize_storm_coalesces_into_one_clear_and_one_frame() {
    let mut ex = explorer(80, 24);
    ex.frame().unwrap();
    for i in 0..10_000 {
        let (c, r) = if i % 2 == 0 { (500, 200) } else { (1, 1) };
        ex.resize(c, r).unwrap();
        if i % 100 == 0 {
            ex.input(b"a").unwrap();
        }
        assert_eq!(
            ex.buffered(),
            0,
            "bytes written between frames after {i} resizes"
        );
    }
    ex.resize(120, 40).unwrap();
    assert_eq!(
        ex.screen_resizes(),
        0,
        "the screen is resized only when drawn"
    );
    let frame = ex.frame().unwrap();
    assert_eq!(ex.screen_resizes(), 1);

    // The same state drawn fresh at 120×40, after one resize.
    let mut fresh = explorer(80, 24);
    fresh.frame().unwrap();
    for _ in 0..100 {
        fresh.input(b"a").unwrap();
    }
    fresh.resize(120, 40).unwrap();
    let reference = fresh.frame().unwrap();
    assert!(
        frame.len() <= reference.len() + 64,
        "{} bytes after the storm, {} for one resize",
        frame.len(),
        reference.len()
    );
    let mut client = Client::new(120, 40);
    let shown = client.show(&frame);
    assert_eq!(shown, Client::new(120, 40).show(&reference));
}

/// The largest frame: a full redraw at the largest size we draw for. docs/skoleserver.md
/// states the per-session output bound with this figure.
#[test]
fn a_full_frame_at_the_largest_size_is_bounded() {
    use crate::serve::limits::{MAX_COLS, MAX_ROWS};
    let mut ex = explorer(MAX_COLS, MAX_ROWS);
    let first = ex.frame().unwrap();
    ex.input(b"lege").unwrap();
    ex.resize(MAX_COLS, MAX_ROWS).unwrap();
    let full = ex.frame().unwrap();
    let cells = usize::from(MAX_COLS) * usize::from(MAX_ROWS);
    eprintln!(
        "full frames at {MAX_COLS}×{MAX_ROWS}: {} and {} bytes",
        first.len(),
        full.len()
    );
    let bound = crate::serve::budget::FRAME_BYTES_PER_CELL * cells;
    assert!(full.len() <= bound, "{} bytes", full.len());
}

/// A 30 KB paste: the letters past the query's cap change nothing, so they are not even
/// handed to the app; the screen is the same as after typing the first 80.
#[test]
fn a_long_paste_ends_like_its_first_80_letters() {
    let paste = "radiologi ".repeat(3 * 1024);
    let mut ex = explorer(80, 24);
    let mut client = Client::new(80, 24);
    client.show(&ex.frame().unwrap());
    ex.input(b"\x03").unwrap(); // Ctrl-C once: armed; the paste must disarm it.
    let before = ex.handled();
    ex.input(paste.as_bytes()).unwrap();
    assert!(
        ex.handled() - before <= crate::app::MAX_QUERY + 1,
        "{} of {} pasted letters went to the app",
        ex.handled() - before,
        paste.len()
    );
    let after = client.show(&ex.frame().unwrap());

    let mut short = explorer(80, 24);
    let mut reference = Client::new(80, 24);
    reference.show(&short.frame().unwrap());
    short.input(b"\x03").unwrap();
    short
        .input(&paste.as_bytes()[..crate::app::MAX_QUERY])
        .unwrap();
    assert_eq!(after, reference.show(&short.frame().unwrap()));
    assert!(!ex.should_quit());
    ex.input(b"\x03").unwrap();
    assert!(!ex.should_quit(), "the paste disarmed the first Ctrl-C");
}

/// A flood of Esc cost a search each (40 s of server CPU for 1 MiB). Sent in SSH-sized
/// packets, each packet's run now reaches the app as at most four presses, and the screen
/// after it is the one the whole run would give: the query cleared, then typing works.
#[test]
fn an_esc_flood_reaches_the_app_as_a_few_presses_per_packet() {
    let mut ex = explorer(80, 24);
    let mut client = Client::new(80, 24);
    client.show(&ex.frame().unwrap());
    ex.input(b"lege").unwrap();
    let before = ex.handled();
    let flood = vec![0x1b; 1024 * 1024 + 1];
    for packet in flood.chunks(32 * 1024) {
        ex.input(packet).unwrap();
    }
    ex.escape_timeout().unwrap();
    let packets = flood.len().div_ceil(32 * 1024);
    assert!(
        ex.handled() - before <= 4 * packets + 1,
        "{} presses reached the app",
        ex.handled() - before
    );
    // An odd number of Esc from Søk with a query: cleared.
    assert_eq!(ex.app.query(), "");
    ex.input(b"radiolog").unwrap();
    let after = client.show(&ex.frame().unwrap());
    assert!(after.contains("Radiolog"), "{after}");
}
