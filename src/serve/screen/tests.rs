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
