//! Key sequences through `App::handle_event` / `update`, asserting on state. No terminal.

use std::sync::Arc;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use yrke::app::{Action, App, Mode, Pane, update};

use yrke::app::layout;
use yrke::search::Index;

mod common;
use common::shared;

fn app(w: u16, h: u16) -> App {
    let (d, i) = shared();
    let mut a = App::new(d, i, yrke::ui::measure());
    assert!(a.handle_event(&Event::Resize(w, h)));
    a
}

fn press(a: &mut App, code: KeyCode) -> bool {
    a.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn chord(a: &mut App, code: KeyCode, mods: KeyModifiers) -> bool {
    a.handle_event(&Event::Key(KeyEvent::new(code, mods)))
}

fn typ(a: &mut App, s: &str) {
    for c in s.chars() {
        press(a, KeyCode::Char(c));
    }
}

fn select_relation(a: &mut App, id: &str) {
    let i = a
        .relations()
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} is not related to {:?}", a.current()));
    press(a, KeyCode::Home);
    for _ in 0..i {
        press(a, KeyCode::Down);
    }
    assert_eq!(a.selected_relation(), i);
}

#[test]
fn starts_with_everything_listed_and_nothing_open() {
    let a = app(80, 24);
    assert_eq!(a.query(), "");
    assert_eq!(a.hits().len(), a.index().len());
    assert_eq!(a.current(), None);
    assert_eq!(a.mode(), Mode::TypingEmpty);
}

#[test]
fn typing_searches_and_previews_the_top_hit() {
    let mut a = app(80, 24);
    typ(&mut a, "radiolog");
    assert_eq!(a.query(), "radiolog");
    assert_eq!(a.hits().first().map(|h| h.id.as_str()), Some("radiolog"));
    assert_eq!(
        a.current(),
        Some("radiolog"),
        "the selection previews in Detaljer"
    );
    assert!(a.history().is_empty(), "a preview is not a history step");
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.query(), "radiolo");
}

#[test]
fn letters_and_digits_go_into_the_query_while_typing() {
    let mut a = app(80, 24);
    typ(&mut a, "jkgGq12");
    assert_eq!(a.query(), "jkgGq12");
    assert!(!a.should_quit());
    assert_eq!(a.focus(), Pane::Search);
}

#[test]
fn moving_the_selection_previews_each_hit() {
    let mut a = app(80, 24);
    press(&mut a, KeyCode::Down);
    let second = a.hits()[1].id.clone();
    assert_eq!(a.selected_hit(), 1);
    assert_eq!(a.current(), Some(second.as_str()));
    chord(&mut a, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert_eq!(a.selected_hit(), 0);
    chord(&mut a, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(a.selected_hit(), 1);
    press(&mut a, KeyCode::End);
    assert_eq!(a.selected_hit(), a.hits().len() - 1);
    press(&mut a, KeyCode::Home);
    assert_eq!(a.selected_hit(), 0);
    press(&mut a, KeyCode::Up);
    assert_eq!(a.selected_hit(), 0, "stays at the top");
}

#[test]
fn enter_opens_the_hit_and_moves_to_detaljer() {
    let mut a = app(80, 24);
    typ(&mut a, "radiolog");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.history().current(), Some("radiolog"));
    assert_eq!(a.focus(), Pane::Detail);
    assert_eq!(a.mode(), Mode::Reading);
}

#[test]
fn related_jump_then_back_and_forward_like_a_browser() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    chord(&mut a, KeyCode::Char('3'), KeyModifiers::ALT);
    assert_eq!(a.focus(), Pane::Related);
    select_relation(&mut a, "anestesisykepleier");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.current(), Some("anestesisykepleier"));
    assert_eq!(
        a.history().trail().0,
        ["anestesilege", "anestesisykepleier"]
    );
    assert_eq!(a.focus(), Pane::Detail, "80×24 shows what was opened");

    chord(&mut a, KeyCode::Char('t'), KeyModifiers::CONTROL);
    assert_eq!(a.current(), Some("anestesilege"));
    chord(&mut a, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert_eq!(a.current(), Some("anestesisykepleier"));
    press(&mut a, KeyCode::Left);
    assert_eq!(a.current(), Some("anestesilege"));
    chord(&mut a, KeyCode::Right, KeyModifiers::ALT);
    assert_eq!(a.current(), Some("anestesisykepleier"));
    chord(&mut a, KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(a.current(), Some("anestesilege"));
    assert!(a.history().can_forward());

    // Opening something new after going back drops the forward part.
    chord(&mut a, KeyCode::Char('3'), KeyModifiers::ALT);
    select_relation(&mut a, "lege");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.history().trail().0, ["anestesilege", "lege"]);
    assert!(!a.history().can_forward());
}

#[test]
fn wide_layout_keeps_relaterte_focused_after_a_jump() {
    let mut a = app(120, 40);
    update(&mut a, Action::OpenId("radiolog".into()));
    update(&mut a, Action::Focus(Pane::Related));
    select_relation(&mut a, "radiograf");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.current(), Some("radiograf"));
    assert_eq!(a.focus(), Pane::Related);
    assert_eq!(a.selected_relation(), 0, "the new list starts at the top");
}

#[test]
fn holding_backspace_never_navigates() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    update(&mut a, Action::OpenId("radiolog".into()));
    update(&mut a, Action::Focus(Pane::Search));
    typ(&mut a, "ab");
    for _ in 0..10 {
        press(&mut a, KeyCode::Backspace);
    }
    assert_eq!(a.query(), "");
    assert_eq!(a.history().current(), Some("radiolog"), "history untouched");
    // From another pane Backspace edits the query, in Søk.
    typ(&mut a, "lege");
    update(&mut a, Action::Focus(Pane::Detail));
    press(&mut a, KeyCode::Backspace);
    assert_eq!((a.focus(), a.query()), (Pane::Search, "leg"));
}

#[test]
fn back_from_a_preview_returns_to_the_opened_entry() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    typ(&mut a, "radiolog");
    assert_eq!(a.current(), Some("radiolog"));
    chord(&mut a, KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(a.current(), Some("anestesilege"));
    assert_eq!(a.query(), "radiolog", "going back does not touch the query");
}

#[test]
fn a_previewed_entry_becomes_a_history_step_when_leaving_it() {
    let mut a = app(80, 24);
    typ(&mut a, "radiolog");
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Pane::Related);
    select_relation(&mut a, "radiologi");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.history().trail().0, ["radiolog", "radiologi"]);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.current(), Some("radiolog"));
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut a = app(80, 24);
    let mut seen = vec![a.focus()];
    for _ in 0..4 {
        press(&mut a, KeyCode::Tab);
        seen.push(a.focus());
    }
    assert_eq!(
        seen,
        [
            Pane::Search,
            Pane::Detail,
            Pane::Related,
            Pane::Timeline,
            Pane::Search
        ]
    );
    chord(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(a.focus(), Pane::Timeline);
    assert_eq!(a.tab(), Pane::Timeline);
}

#[test]
fn alt_digits_switch_panes_and_plain_digits_always_type() {
    let mut a = app(80, 24);
    chord(&mut a, KeyCode::Char('4'), KeyModifiers::ALT);
    assert_eq!(a.focus(), Pane::Timeline);
    chord(&mut a, KeyCode::Char('2'), KeyModifiers::ALT);
    assert_eq!(a.focus(), Pane::Detail);
    press(&mut a, KeyCode::Char('7'));
    assert_eq!(
        (a.focus(), a.query()),
        (Pane::Search, "7"),
        "a digit is typed (codes are searchable), from any pane"
    );
}

#[test]
fn an_unbound_letter_outside_search_starts_a_new_search() {
    let mut a = app(80, 24);
    typ(&mut a, "lege");
    press(&mut a, KeyCode::Enter);
    update(&mut a, Action::Focus(Pane::Detail));
    typ(&mut a, "rad");
    assert_eq!(a.focus(), Pane::Search);
    assert_eq!(a.query(), "rad");
}

#[test]
fn esc_clears_the_query_then_returns_to_search() {
    let mut a = app(80, 24);
    typ(&mut a, "lege");
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.query(), "");
    assert_eq!(a.hits().len(), a.index().len());
    update(&mut a, Action::Focus(Pane::Timeline));
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.focus(), Pane::Search);
    // The shown entry stays selected in the full list.
    let cur = a.current().map(str::to_string);
    assert_eq!(a.hits().get(a.selected_hit()).map(|h| h.id.clone()), cur);
}

#[test]
fn help_opens_from_any_pane_and_question_marks_are_typed() {
    let mut a = app(80, 24);
    chord(&mut a, KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert!(a.help_open());
    assert_eq!(a.mode(), Mode::Help);
    // Arrows scroll the help, not the panes; Esc closes it without quitting.
    press(&mut a, KeyCode::Down);
    assert_eq!(a.help_scroll(), 1);
    assert_eq!(a.selected_hit(), 0);
    press(&mut a, KeyCode::Esc);
    assert!(!a.help_open());
    assert!(!a.should_quit());

    typ(&mut a, "hva gjør en lege?");
    assert!(!a.help_open());
    assert_eq!(a.query(), "hva gjør en lege?");
    update(&mut a, Action::Focus(Pane::Related));
    press(&mut a, KeyCode::F(1));
    assert!(a.help_open());
    // Typing in the help closes it and searches.
    typ(&mut a, "jordmor");
    assert!(!a.help_open());
    assert_eq!(a.query(), "jordmor");
}

#[test]
fn help_scroll_stops_at_the_end() {
    let mut a = app(80, 24);
    press(&mut a, KeyCode::F(1));
    press(&mut a, KeyCode::End);
    let end = a.help_scroll();
    assert!(end > 0, "the help is longer than 80×24");
    press(&mut a, KeyCode::Down);
    assert_eq!(a.help_scroll(), end);
    press(&mut a, KeyCode::Home);
    assert_eq!(a.help_scroll(), 0);
}

#[test]
fn quitting_takes_two_ctrl_c_and_no_letter_quits() {
    let mut a = app(80, 24);
    update(&mut a, Action::Focus(Pane::Detail));
    typ(&mut a, "q");
    assert!(!a.should_quit());
    assert_eq!(a.query(), "q", "q is a letter: it types");

    let ctrl_c = |a: &mut App| chord(a, KeyCode::Char('c'), KeyModifiers::CONTROL);
    let mut b = app(80, 24);
    typ(&mut b, "abc");
    ctrl_c(&mut b);
    assert!(
        !b.should_quit() && b.quit_armed(),
        "a reflexive Ctrl-C only asks"
    );
    press(&mut b, KeyCode::Down);
    assert!(!b.quit_armed(), "another key cancels");
    ctrl_c(&mut b);
    ctrl_c(&mut b);
    assert!(b.should_quit());

    let mut c = app(80, 24);
    press(&mut c, KeyCode::F(1));
    ctrl_c(&mut c);
    ctrl_c(&mut c);
    assert!(c.should_quit());
}

/// Rows of Detaljer at the size the app knows, computed as the UI does.
fn detail_rows(a: &App) -> (usize, usize) {
    let (w, h) = a.size();
    let scr = layout::screen(
        ratatui::layout::Rect::new(0, 0, w, h),
        a.focus(),
        a.tab(),
        false,
        a.lang(),
    );
    let inner = scr.inner(Pane::Detail).expect("Detaljer is shown");
    let lines = yrke::ui::detail::lines(
        a.data(),
        a.current(),
        usize::from(inner.width),
        yrke::ui::theme::Theme { color: false },
        yrke::ui::theme::Symbols::new(false),
    );
    (lines.len(), usize::from(inner.height))
}

#[test]
fn detaljer_scrolls_by_line_page_and_section_and_stops_at_the_end() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    update(&mut a, Action::Focus(Pane::Detail));
    press(&mut a, KeyCode::Down);
    assert_eq!(a.detail_scroll(), 1);
    press(&mut a, KeyCode::PageDown);
    let (total, height) = detail_rows(&a);
    assert_eq!(a.detail_scroll(), 1 + height - 1);
    press(&mut a, KeyCode::End);
    assert_eq!(a.detail_scroll(), total - height);
    press(&mut a, KeyCode::Down);
    assert_eq!(
        a.detail_scroll(),
        total - height,
        "no scrolling past the end"
    );
    press(&mut a, KeyCode::PageUp);
    assert_eq!(a.detail_scroll(), total - height - (height - 1));
    press(&mut a, KeyCode::Home);
    assert_eq!(a.detail_scroll(), 0);
    // Ctrl-D jumps from heading to heading, Ctrl-U back.
    chord(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
    let first = a.detail_scroll();
    assert!(first > 0);
    chord(&mut a, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert!(a.detail_scroll() > first);
    chord(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(a.detail_scroll(), first);
}

#[test]
fn opening_another_entry_resets_the_scroll() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    update(&mut a, Action::Focus(Pane::Detail));
    press(&mut a, KeyCode::PageDown);
    assert!(a.detail_scroll() > 0);
    update(&mut a, Action::OpenId("lege".into()));
    assert_eq!(a.detail_scroll(), 0);
}

#[test]
fn a_smaller_window_pulls_the_scroll_back_inside_the_text() {
    let mut a = app(120, 40);
    update(&mut a, Action::OpenId("radiolog".into()));
    update(&mut a, Action::Focus(Pane::Detail));
    press(&mut a, KeyCode::End);
    let wide_end = a.detail_scroll();
    a.handle_event(&Event::Resize(200, 60));
    let (total, height) = detail_rows(&a);
    assert_eq!(a.detail_scroll(), total.saturating_sub(height));
    assert!(a.detail_scroll() <= wide_end);
}

#[test]
fn key_releases_and_unbound_keys_change_nothing() {
    let mut a = app(80, 24);
    let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert!(!a.handle_event(&Event::Key(release)));
    assert!(!press(&mut a, KeyCode::F(5)));
    assert_eq!(a.query(), "");
    assert!(
        a.handle_event(&Event::Resize(80, 24)),
        "a resize always redraws"
    );
}

#[test]
fn altgr_characters_and_pastes_are_typed() {
    let mut a = app(80, 24);
    chord(
        &mut a,
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(a.query(), "@");
    press(&mut a, KeyCode::Backspace);
    assert!(a.handle_event(&Event::Paste("hjerte\nlege".into())));
    assert_eq!(a.query(), "hjerte lege");
}

#[test]
fn ctrl_u_clears_the_query() {
    let mut a = app(80, 24);
    typ(&mut a, "kirurg");
    chord(&mut a, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(a.query(), "");
}

fn mouse(a: &mut App, kind: MouseEventKind, col: u16, row: u16) -> bool {
    a.handle_event(&Event::Mouse(MouseEvent {
        kind,
        column: col,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

#[test]
fn clicking_a_row_selects_it_and_clicking_again_opens_it() {
    let mut a = app(120, 40);
    let scr = layout::screen(
        ratatui::layout::Rect::new(0, 0, 120, 40),
        a.focus(),
        a.tab(),
        false,
        a.lang(),
    );
    let list = layout::search_parts(scr.inner(Pane::Search).expect("Søk")).2;
    let click = MouseEventKind::Down(MouseButton::Left);
    mouse(&mut a, click, list.x + 3, list.y + 2);
    assert_eq!(a.selected_hit(), 2);
    let id = a.hits()[2].id.clone();
    assert_eq!(a.current(), Some(id.as_str()));
    mouse(&mut a, click, list.x + 3, list.y + 2);
    assert_eq!(a.history().current(), Some(id.as_str()));
    assert_eq!(a.focus(), Pane::Detail);
}

#[test]
fn clicking_a_tab_focuses_its_pane_and_the_wheel_scrolls_the_pane_under_it() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("anestesilege".into()));
    let scr = layout::screen(
        ratatui::layout::Rect::new(0, 0, 80, 24),
        a.focus(),
        a.tab(),
        false,
        a.lang(),
    );
    let tab = scr
        .tabs
        .iter()
        .find(|t| t.pane == Pane::Timeline)
        .expect("a Utdanningsløp tab");
    mouse(
        &mut a,
        MouseEventKind::Down(MouseButton::Left),
        tab.rect.x,
        tab.rect.y,
    );
    assert_eq!(a.focus(), Pane::Timeline);

    update(&mut a, Action::Focus(Pane::Detail));
    update(&mut a, Action::Focus(Pane::Search));
    let detail = scr.pane(Pane::Detail).expect("Detaljer on the right");
    mouse(
        &mut a,
        MouseEventKind::ScrollDown,
        detail.x + 5,
        detail.y + 5,
    );
    assert_eq!(a.detail_scroll(), 3);
    assert_eq!(a.focus(), Pane::Search, "the wheel does not move focus");
}

#[test]
fn unknown_ids_are_ignored() {
    let mut a = app(80, 24);
    update(&mut a, Action::OpenId("finnes-ikke".into()));
    assert_eq!(a.current(), None);
    assert!(a.history().is_empty());
}

#[test]
fn a_huge_dataset_lists_a_capped_page_but_counts_every_match() {
    let (d, _) = shared();
    let (occ, spec) = yrke::search::synthetic::synthetic(&d, 5_000);
    let index = Arc::new(Index::from_parts(&occ, &spec));
    let mut a = App::new(d, index, yrke::ui::measure());
    assert!(a.handle_event(&Event::Resize(80, 24)));
    assert_eq!(a.hits().len(), yrke::app::MAX_HITS);
    assert_eq!(a.hits_total(), 5_000);
    for c in "lege".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    assert!(a.hits().len() <= yrke::app::MAX_HITS);
    assert!(
        a.hits_total() > a.hits().len(),
        "{} matched",
        a.hits_total()
    );
}

#[test]
fn back_returns_to_the_row_and_scroll_the_pupil_left() {
    let mut a = app(120, 40);
    update(&mut a, Action::OpenId("anestesilege".into()));
    chord(&mut a, KeyCode::Char('2'), KeyModifiers::ALT);
    press(&mut a, KeyCode::PageDown);
    let scrolled = a.detail_scroll();
    assert!(scrolled > 0, "Detaljer scrolls");
    chord(&mut a, KeyCode::Char('3'), KeyModifiers::ALT);
    select_relation(&mut a, "kirurg");
    let row = a.selected_relation();
    assert!(row > 0);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.current(), Some("kirurg"));
    assert_eq!(
        (a.selected_relation(), a.detail_scroll()),
        (0, 0),
        "a new entry starts at the top"
    );

    chord(&mut a, KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(a.current(), Some("anestesilege"));
    assert_eq!(a.selected_relation(), row);
    assert_eq!(a.detail_scroll(), scrolled);
}

#[test]
fn switching_language_says_relaterte_again_in_the_new_standard() {
    let mut a = app(120, 40);
    update(&mut a, Action::OpenId("lege".into()));
    update(&mut a, Action::Focus(Pane::Related));
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    let sel = a.selected_relation();
    let before: Vec<(String, Option<String>)> = a
        .relations()
        .iter()
        .map(|r| (r.id.clone(), r.note.clone()))
        .collect();
    assert!(
        before
            .iter()
            .any(|(_, n)| n.as_deref() == Some("rett fra LIS1 til LIS3")),
        "{before:?}"
    );
    update(&mut a, Action::SwitchLanguage);
    let after: Vec<(String, Option<String>)> = a
        .relations()
        .iter()
        .map(|r| (r.id.clone(), r.note.clone()))
        .collect();
    // The same entries in the same order, still selected where they were; only our words change.
    assert_eq!(
        before.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        after.iter().map(|(id, _)| id).collect::<Vec<_>>()
    );
    assert_eq!(a.selected_relation(), sel);
    assert!(
        after
            .iter()
            .any(|(_, n)| n.as_deref() == Some("rett frå LIS1 til LIS3")),
        "{after:?}"
    );
}
