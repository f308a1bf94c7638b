//! The explorer never loses a pupil's typing (issue: letters always type), Esc never destroys
//! what can't be got back, and nothing found is a place to go on from. Key sequences through
//! `App::handle_event`, asserting on state.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use yrke::app::{App, Filter, Pane};
use yrke::dataset::Kind;

mod common;
use common::shared;

fn app() -> App {
    let (d, i) = shared();
    let mut a = App::new(d, i, yrke::ui::measure());
    a.handle_event(&Event::Resize(80, 24));
    a
}

fn key(a: &mut App, code: KeyCode, mods: KeyModifiers) {
    a.handle_event(&Event::Key(KeyEvent::new(code, mods)));
}

fn typ(a: &mut App, s: &str) {
    for c in s.chars() {
        key(a, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn alt(a: &mut App, c: char) {
    key(a, KeyCode::Char(c), KeyModifiers::ALT);
}

#[test]
fn a_word_typed_after_opening_an_entry_arrives_whole_from_every_pane() {
    for pane in ['1', '2', '3', '4'] {
        for word in [
            "kirurg",
            "gynekolog",
            "jordmor",
            "quiz",
            "Øyelege",
            "hvem jobber på sykehus?",
        ] {
            let mut a = app();
            typ(&mut a, "radiolog");
            key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
            alt(&mut a, pane);
            typ(&mut a, word);
            let want = if pane == '1' {
                format!("radiolog{word}")
            } else {
                word.to_string()
            };
            assert_eq!(a.query(), want, "pane {pane}");
            assert!(!a.should_quit());
            assert_eq!(a.focus(), Pane::Search);
        }
    }
}

#[test]
fn alt_letter_is_the_letter_and_esc_then_a_word_is_the_word() {
    let mut a = app();
    typ(&mut a, "jordmor");
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(a.focus(), Pane::Detail);
    // A fast Esc followed by a word arrives (over SSH) as Alt-k then "irurg".
    alt(&mut a, 'k');
    typ(&mut a, "irurg");
    assert_eq!(a.query(), "kirurg");
}

#[test]
fn esc_from_another_pane_returns_to_search_as_it_was() {
    let mut a = app();
    typ(&mut a, "lege");
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    let (sel, hits) = (a.selected_hit(), a.hits().to_vec());
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    alt(&mut a, '3');
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.focus(), Pane::Search);
    assert_eq!(a.query(), "lege");
    assert_eq!(a.hits(), hits.as_slice());
    assert_eq!(a.selected_hit(), sel);
}

#[test]
fn esc_in_search_clears_and_a_second_esc_brings_the_query_back() {
    let mut a = app();
    typ(&mut a, "sykepleier");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.query(), "");
    assert_eq!(a.cleared_query(), Some("sykepleier"));
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(a.query(), "sykepleier");
    assert_eq!(a.hits()[0].id, "sykepleier");
    // Typing after a clear starts afresh: the old query is not brought back later.
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    typ(&mut a, "j");
    assert_eq!(a.cleared_query(), None);
}

#[test]
fn nothing_found_offers_close_names_to_pick_with_down_and_enter() {
    let mut a = app();
    typ(&mut a, "sykpleir");
    assert!(a.no_match() && a.suggesting());
    assert_eq!(a.current(), None, "Detaljer shows no old entry");
    assert!(a.hits().iter().any(|h| h.id == "sykepleier"));
    let i = a.hits().iter().position(|h| h.id == "sykepleier").unwrap();
    for _ in 0..i {
        key(&mut a, KeyCode::Down, KeyModifiers::NONE);
    }
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(a.current(), Some("sykepleier"));
    assert_eq!(a.focus(), Pane::Detail);

    let mut b = app();
    typ(&mut b, "qzxqzx");
    assert!(b.no_match() && !b.suggesting() && b.hits().is_empty());
    assert_eq!(b.current(), None);
}

#[test]
fn a_phrase_finds_what_its_words_mean() {
    let mut a = app();
    typ(&mut a, "lege som jobber med barn");
    let top: Vec<&str> = a.hits().iter().take(3).map(|h| h.id.as_str()).collect();
    assert!(
        top.contains(&"barnelege") || top.contains(&"barnesykdommer"),
        "{top:?}"
    );
    let mut b = app();
    typ(&mut b, "medisinstudiet");
    assert!(!b.hits().is_empty(), "route text is searchable");
}

#[test]
fn the_filter_shows_all_occupations_or_specialties() {
    let mut a = app();
    let all = a.hits_total();
    key(&mut a, KeyCode::Char('k'), KeyModifiers::CONTROL);
    assert_eq!(a.filter(), Filter::Occupations);
    assert!(a.hits().iter().all(|h| h.kind == Kind::Occupation));
    let occ = a.hits_total();
    key(&mut a, KeyCode::Char('k'), KeyModifiers::CONTROL);
    assert!(a.hits().iter().all(|h| h.kind == Kind::Specialty));
    assert_eq!(occ + a.hits_total(), all);
    key(&mut a, KeyCode::Char('k'), KeyModifiers::CONTROL);
    assert_eq!(a.filter(), Filter::All);
    assert_eq!(a.hits_total(), all);
}

#[test]
fn a_pasted_page_is_capped_and_costs_no_more_searches() {
    let mut a = app();
    let page = "lege ".repeat(2_000);
    a.handle_event(&Event::Paste(page));
    assert_eq!(a.query().chars().count(), yrke::app::MAX_QUERY);
}

#[test]
fn ctrl_x_marks_up_to_four_and_alt_5_compares_them() {
    let mut a = app();
    for q in [
        "anestesilege",
        "sykepleier",
        "radiograf",
        "jordmor",
        "psykolog",
    ] {
        key(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
        typ(&mut a, q);
        key(&mut a, KeyCode::Char('x'), KeyModifiers::CONTROL);
    }
    assert_eq!(
        a.shortlist(),
        ["anestesilege", "sykepleier", "radiograf", "jordmor"],
        "at most four, in the order marked"
    );
    // Unmark from Detaljer: the shown entry.
    key(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typ(&mut a, "radiograf");
    key(&mut a, KeyCode::Enter, KeyModifiers::NONE);
    key(&mut a, KeyCode::Char('x'), KeyModifiers::CONTROL);
    assert_eq!(a.shortlist(), ["anestesilege", "sykepleier", "jordmor"]);
    alt(&mut a, '5');
    assert!(a.compare_open());
    key(&mut a, KeyCode::PageDown, KeyModifiers::NONE);
    assert!(a.compare_scroll() > 0, "the view scrolls");
    key(&mut a, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!a.compare_open());
    assert_eq!(a.shortlist().len(), 3, "closing keeps the marks");
}

#[test]
fn the_terminal_cursor_marks_the_query_in_search_only_and_never_the_bottom_row() {
    use ratatui::layout::Rect;
    for (w, h) in [(80, 24), (120, 40), (60, 20)] {
        let mut a = app();
        a.handle_event(&Event::Resize(w, h));
        typ(&mut a, "lege");
        let area = Rect::new(0, 0, w, h);
        let at = yrke::ui::cursor(area, &a, false).expect("a cursor in Søk");
        assert_eq!(at.y, 1, "{w}×{h}: the query line");
        assert_eq!(at.x, 1 + 2 + 4, "{w}×{h}: border, «> », «lege»");
        for pane in ['2', '3', '4'] {
            alt(&mut a, pane);
            if let Some(at) = yrke::ui::cursor(area, &a, false) {
                panic!("{w}×{h} pane {pane}: cursor at {at:?}");
            }
        }
        key(&mut a, KeyCode::F(1), KeyModifiers::NONE);
        assert!(
            yrke::ui::cursor(area, &a, false).is_none(),
            "hidden under the help"
        );
    }
}
