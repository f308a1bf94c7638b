//! The event loop without a terminal: scripted input, frames counted.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

use super::event_loop::{self, EventSource, FrameBuffer};
use crate::app::App;
use crate::search::Index;
use crate::ui::Options;

/// Input arriving in bursts: events of one burst are all "ready" at once.
struct Script(VecDeque<VecDeque<Event>>);

impl Script {
    fn new(bursts: Vec<Vec<Event>>) -> Script {
        Script(bursts.into_iter().map(VecDeque::from).collect())
    }
}

impl EventSource for Script {
    fn read(&mut self) -> io::Result<Event> {
        while let Some(burst) = self.0.front_mut() {
            if let Some(ev) = burst.pop_front() {
                return Ok(ev);
            }
            self.0.pop_front();
        }
        Err(io::Error::other("skriptet er slutt"))
    }

    fn ready(&mut self) -> io::Result<bool> {
        Ok(self.0.front().is_some_and(|b| !b.is_empty()))
    }
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn ctrl_c() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
}

fn app() -> App {
    let data = Arc::new(crate::dataset::bundled().expect("bundled data loads"));
    let index = Arc::new(Index::new(&data));
    App::new(data, index, crate::ui::measure())
}

fn terminal(w: u16, h: u16) -> (Terminal<CrosstermBackend<FrameBuffer>>, FrameBuffer) {
    let frames = FrameBuffer::default();
    let opts = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
    };
    let term = Terminal::with_options(CrosstermBackend::new(frames.clone()), opts)
        .expect("fixed viewport needs no tty");
    (term, frames)
}

/// Run the loop over a script; returns every frame sent.
fn run(bursts: Vec<Vec<Event>>) -> Vec<Vec<u8>> {
    let (mut term, frames) = terminal(80, 24);
    let mut sent = Vec::new();
    let mut app = app();
    let opts = Options::default();
    let mut script = Script::new(bursts);
    event_loop::run(&mut term, &frames, &mut script, &mut app, &opts, |f| {
        sent.push(f.to_vec());
        Ok(())
    })
    .expect("script ends with Ctrl-C");
    sent
}

#[test]
fn a_burst_of_keys_costs_one_frame() {
    let sent = run(vec![
        vec![key('r'), key('ø'), key('n'), key('t')],
        vec![ctrl_c(), ctrl_c()],
    ]);
    assert_eq!(sent.len(), 2, "first frame, then one for the whole burst");
    assert!(!sent[1].is_empty());
}

#[test]
fn quitting_draws_nothing_more() {
    let sent = run(vec![vec![ctrl_c(), ctrl_c()]]);
    assert_eq!(sent.len(), 1, "only the first frame");
}

#[test]
fn key_releases_and_unchanged_state_draw_nothing() {
    let release = Event::Key(KeyEvent::new_with_kind(
        KeyCode::Char('x'),
        KeyModifiers::NONE,
        KeyEventKind::Release,
    ));
    let sent = run(vec![
        vec![release.clone()],
        vec![Event::FocusLost],
        vec![release],
        vec![ctrl_c(), ctrl_c()],
    ]);
    assert_eq!(sent.len(), 1, "nothing changed after the first frame");
}

#[test]
fn a_resize_is_always_drawn() {
    let sent = run(vec![vec![Event::Resize(100, 30)], vec![ctrl_c(), ctrl_c()]]);
    assert_eq!(sent.len(), 2);
}

#[test]
fn every_frame_is_wrapped_in_synchronized_output() {
    let sent = run(vec![
        vec![key('l')],
        vec![key('e')],
        vec![ctrl_c(), ctrl_c()],
    ]);
    assert_eq!(sent.len(), 3);
    for frame in &sent {
        assert!(frame.starts_with(b"\x1b[?2026h"), "{frame:?}");
        assert!(frame.ends_with(b"\x1b[?2026l"), "{frame:?}");
    }
}

#[test]
fn any_size_draws_without_panic_including_zero_rows() {
    let (mut term, frames) = terminal(80, 24);
    let app = app();
    for opts in [
        Options::default(),
        Options {
            color: true,
            ascii: true,
        },
    ] {
        for (w, h) in [
            (80, 24),
            (1, 1),
            (0, 0),
            (80, 0),
            (0, 24),
            (1, 24),
            (80, 1),
            (3, 2),
        ] {
            term.resize(Rect::new(0, 0, w, h)).expect("resize");
            event_loop::draw_frame(&mut term, &app, &opts)
                .unwrap_or_else(|e| panic!("{w}×{h}: {e}"));
            frames.take();
        }
    }
}
