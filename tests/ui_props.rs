//! Long random sequences of keys, mouse events and resizes (down to 0×0) through
//! `handle_event`, drawing at random sizes after each step: nothing may panic, and the state
//! stays consistent.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;
use ratatui::{Terminal, backend::TestBackend};
use yrke::app::{App, Mode};

use yrke::ui::{self, Options};

mod common;
use common::shared;

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => prop::sample::select(vec![
            'a', 'e', 'g', 'G', 'j', 'k', 'l', 'q', 'r', '?', '/', ' ', '1', '2', '3', '4', 'æ',
            'ø', 'å', '2', '-',
        ])
        .prop_map(KeyCode::Char),
        4 => prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::F(1),
            KeyCode::Delete,
        ]),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        8 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::SHIFT),
        // Ctrl without C, so a sequence is not cut short every few steps.
        1 => Just(KeyModifiers::CONTROL),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        12 => (key_code(), modifiers()).prop_filter_map("no Ctrl-C", |(c, m)| {
            (!(m == KeyModifiers::CONTROL && c == KeyCode::Char('c')))
                .then(|| Event::Key(KeyEvent::new(c, m)))
        }),
        2 => (0u16..220, 0u16..70).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => (0u16..3, 0u16..220, 0u16..70).prop_map(|(k, col, row)| {
            let kind = match k {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            };
            Event::Mouse(MouseEvent { kind, column: col, row, modifiers: KeyModifiers::NONE })
        }),
        1 => "[a-zø \n]{0,12}".prop_map(Event::Paste),
    ]
}

fn check(app: &App) {
    let d = app.data();
    assert!(app.hits().is_empty() || app.selected_hit() < app.hits().len());
    assert!(app.relations().is_empty() || app.selected_relation() < app.relations().len());
    if let Some(id) = app.current() {
        assert!(d.entry(id).is_some(), "current {id} exists");
    }
    if let Some(id) = app.history().current() {
        assert!(d.entry(id).is_some(), "history entry {id} exists");
    }
    assert_eq!(app.help_open(), app.mode() == Mode::Help);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_never_panic(
        events in prop::collection::vec(event(), 1..140),
        sizes in prop::collection::vec((0u16..200, 0u16..60), 1..8),
        color in any::<bool>(),
        ascii in any::<bool>(),
    ) {
        let (d, i) = shared();
        let mut app = App::new(d, i, yrke::ui::measure());
        let opts = Options { color, ascii };
        for (n, ev) in events.iter().enumerate() {
            app.handle_event(ev);
            check(&app);
            // Draw at the app's size, and also at a size it has not heard of.
            let (w, h) = app.size();
            let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
            ui::render(buf.area, &mut buf, &app, &opts);
            let (sw, sh) = sizes[n % sizes.len()];
            let mut other = Buffer::empty(Rect::new(0, 0, sw, sh));
            ui::render(other.area, &mut other, &app, &opts);
            if app.should_quit() {
                break;
            }
        }
        // And through a real `Frame` once, at the smallest sizes.
        for (w, h) in [(0, 0), (1, 1), (2, 1)] {
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
            t.draw(|f| ui::draw(f, &app, &opts)).expect("draw");
        }
    }
}

fn screen_of(app: &App) -> String {
    let (w, h) = app.size();
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    ui::render(buf.area, &mut buf, app, &Options::default());
    ui::buffer_text(&buf)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// `app::coalesce` hands on only the start and the parity of a long Esc run (a flood of
    /// Esc cost a search each): from wherever a session is, the shortened run must end
    /// exactly where the whole run does.
    #[test]
    fn a_long_esc_run_ends_where_its_shortened_form_does(
        before in prop::collection::vec(event(), 0..40),
        n in 0usize..14,
    ) {
        let (d, i) = shared();
        let mut whole = App::new(d, i, yrke::ui::measure());
        whole.handle_event(&Event::Resize(80, 24));
        for ev in &before {
            whole.handle_event(ev);
        }
        prop_assume!(!whole.should_quit());
        let mut short = whole.clone();
        let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        let run = vec![esc; n];
        for ev in &run {
            whole.handle_event(ev);
        }
        for ev in yrke::app::coalesce::events(&run) {
            short.handle_event(ev);
        }
        prop_assert_eq!(whole.query(), short.query());
        prop_assert_eq!(whole.cleared_query(), short.cleared_query());
        prop_assert_eq!(whole.focus(), short.focus());
        prop_assert_eq!(whole.mode(), short.mode());
        prop_assert_eq!(whole.selected_hit(), short.selected_hit());
        prop_assert_eq!(whole.current(), short.current());
        prop_assert_eq!(screen_of(&whole), screen_of(&short));
    }
}

/// The longest way into the toggle: the help open over Detaljer, with a query. Esc closes
/// the help, goes back to Søk, then clears and brings back, again and again. A run of any
/// length from there ends where its shortened form does.
#[test]
fn esc_from_the_help_over_detaljer_toggles_after_two_presses() {
    use yrke::app::{Action, Pane, update};
    let (d, i) = shared();
    let mut app = App::new(d, i, yrke::ui::measure());
    update(&mut app, Action::Resize(80, 24));
    for c in "lege".chars() {
        update(&mut app, Action::Type(c));
    }
    update(&mut app, Action::Focus(Pane::Detail));
    update(&mut app, Action::ToggleHelp);
    let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    let state = |a: &App| {
        (
            a.mode(),
            a.query().to_string(),
            a.cleared_query().map(str::to_string),
            screen_of(a),
        )
    };
    let states: Vec<_> = (0..6)
        .scan(app.clone(), |a, _| {
            a.handle_event(&esc);
            Some(state(a))
        })
        .collect();
    assert_eq!(states[0].0, Mode::Reading);
    assert_eq!(
        (states[1].0, states[2].0),
        (Mode::Typing, Mode::TypingEmpty)
    );
    assert_eq!(states[1], states[3]);
    assert_eq!(states[2], states[4]);
    for n in 0..10 {
        let run = vec![esc.clone(); n];
        let (mut whole, mut short) = (app.clone(), app.clone());
        run.iter().for_each(|e| {
            whole.handle_event(e);
        });
        yrke::app::coalesce::events(&run).into_iter().for_each(|e| {
            short.handle_event(e);
        });
        assert_eq!(state(&whole), state(&short), "{n} presses");
    }
}

#[test]
fn every_entry_draws_at_every_width_from_40_to_130() {
    let (d, i) = shared();
    for e in d.entries() {
        let mut app = App::new(d.clone(), i.clone(), yrke::ui::measure());
        yrke::app::update(&mut app, yrke::app::Action::OpenId(e.id().to_string()));
        for w in (40..=130).step_by(15) {
            for focus in yrke::app::Pane::ALL {
                yrke::app::update(&mut app, yrke::app::Action::Resize(w, 24));
                yrke::app::update(&mut app, yrke::app::Action::Focus(focus));
                yrke::app::update(&mut app, yrke::app::Action::Bottom);
                let mut buf = Buffer::empty(Rect::new(0, 0, w, 24));
                ui::render(buf.area, &mut buf, &app, &Options::default());
            }
        }
    }
}

#[test]
fn row_counts_do_not_depend_on_colour_and_the_measure_follows_ascii() {
    // `update` scrolls by counts from the measure the explorer was built with; drawing must
    // give the same rows or the scroll limits would be off. Colour never changes the rows;
    // ASCII spells æøå out, so its measure counts the ASCII layout.
    use yrke::ui::theme::{Symbols, Theme};
    let (d, _) = shared();
    for e in d.entries() {
        for w in [20, 38, 46, 58, 73, 118] {
            let count = |color, ascii| {
                let t = Theme { color };
                let s = Symbols::new(ascii);
                (
                    ui::detail::lines(&d, Some(e.id()), w, t, s).len(),
                    ui::timeline::lines(&d, Some(e.id()), w, t, s).len(),
                )
            };
            assert_eq!(count(false, false), count(true, false), "{} at {w}", e.id());
            let m = yrke::ui::measure_for(true);
            assert_eq!(
                (
                    m.detail_rows(
                        yrke::lang::Lang::Nb,
                        &d,
                        Some(e.id()),
                        usize::from(w as u16)
                    ),
                    m.timeline_rows(
                        yrke::lang::Lang::Nb,
                        &d,
                        Some(e.id()),
                        usize::from(w as u16)
                    )
                ),
                count(false, true),
                "{} at {w} in ASCII",
                e.id()
            );
        }
    }
}
