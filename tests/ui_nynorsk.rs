//! The explorer in nynorsk at 80×24: the main screens as snapshots, and Ctrl-L switching
//! standard in the middle of a session without losing the place. The dataset's own text
//! stays bokmål; everything around it is nynorsk.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use yrke::app::{Action, App, Pane, update};
use yrke::lang::Lang;
use yrke::ui::{self, Options, buffer_text};

mod common;
use common::shared;

fn app(lang: Lang, id: Option<&str>, focus: Pane) -> App {
    let (d, i) = shared();
    let mut a = App::new(d, i, yrke::ui::measure()).with_lang(lang);
    update(&mut a, Action::Resize(80, 24));
    if let Some(id) = id {
        update(&mut a, Action::OpenId(id.into()));
    }
    update(&mut a, Action::Focus(focus));
    a
}

fn screen(a: &App) -> String {
    let (w, h) = a.size();
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| ui::draw(f, a, &Options::default()))
        .expect("draw");
    buffer_text(t.backend().buffer())
}

fn ctrl(a: &mut App, c: char) {
    a.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        a.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }
}

#[test]
fn first_screen_in_nynorsk() {
    let s = screen(&app(Lang::Nn, None, Pane::Search));
    assert!(s.contains("Velkomen til yrke"), "{s}");
    assert!(s.contains("Detaljar"), "{s}");
    assert!(s.contains("bokmål? Trykk Ctrl-L"), "{s}");
    insta::assert_snapshot!("nn_start_80x24", s);
}

#[test]
fn a_search_for_a_nynorsk_name_in_nynorsk() {
    let mut a = app(Lang::Nn, None, Pane::Search);
    typed(&mut a, "sjukepleiar");
    let s = screen(&a);
    assert!(
        s.contains("Sykepleier"),
        "the nynorsk name finds the entry: {s}"
    );
    insta::assert_snapshot!("nn_search_80x24", s);
}

#[test]
fn detail_in_nynorsk() {
    let s = screen(&app(Lang::Nn, Some("sykepleier"), Pane::Detail));
    assert!(s.contains("2 Detaljar"), "{s}");
    insta::assert_snapshot!("nn_detail_80x24", s);
}

#[test]
fn related_in_nynorsk() {
    let s = screen(&app(Lang::Nn, Some("jordmor"), Pane::Related));
    assert!(s.contains("Veg: "), "{s}");
    insta::assert_snapshot!("nn_related_80x24", s);
}

#[test]
fn timeline_in_nynorsk() {
    let s = screen(&app(Lang::Nn, Some("hjertesykdommer"), Pane::Timeline));
    assert!(s.contains("Vegen til"), "{s}");
    insta::assert_snapshot!("nn_timeline_80x24", s);
}

#[test]
fn help_in_nynorsk() {
    let mut a = app(Lang::Nn, None, Pane::Search);
    update(&mut a, Action::ToggleHelp);
    let s = screen(&a);
    assert!(s.contains("Hjelp: tastar"), "{s}");
    assert!(
        s.contains("Ctrl-L bokmål"),
        "the footer offers the way back: {s}"
    );
    insta::assert_snapshot!("nn_help_80x24", s);
}

#[test]
fn nothing_found_in_nynorsk() {
    let mut a = app(Lang::Nn, None, Pane::Search);
    typed(&mut a, "qqqqzzzz");
    let s = screen(&a);
    assert!(s.contains("Inga oppføring passar"), "{s}");
    insta::assert_snapshot!("nn_nothing_found_80x24", s);
}

#[test]
fn ctrl_l_switches_standard_and_keeps_the_place() {
    let mut a = app(Lang::Nb, Some("jordmor"), Pane::Detail);
    update(&mut a, Action::PageDown);
    let before = (
        a.current().map(str::to_string),
        a.focus(),
        a.detail_scroll(),
    );
    assert!(screen(&a).contains("2 Detaljer"));
    ctrl(&mut a, 'l');
    assert_eq!(a.lang(), Lang::Nn);
    assert!(screen(&a).contains("2 Detaljar"));
    assert_eq!(
        (
            a.current().map(str::to_string),
            a.focus(),
            a.detail_scroll()
        ),
        before
    );
    // It is a key, not a letter: the query is untouched.
    assert_eq!(a.query(), "");
    ctrl(&mut a, 'l');
    assert_eq!(a.lang(), Lang::Nb);
    assert!(screen(&a).contains("2 Detaljer"));
}
