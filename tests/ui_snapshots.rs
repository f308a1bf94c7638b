//! What the explorer draws, as text snapshots (insta), plus style assertions where style
//! carries meaning: matched letters, the selection, monochrome and ASCII modes.
//!
//! Screens are set up by opening entries by id, not by search ranking, so they only change
//! when the drawing does. Review changed snapshots with `cargo insta review`, or run with
//! `INSTA_UPDATE=always` and read the `.snap` files.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::{Terminal, backend::TestBackend};
use yrke::app::{Action, App, Pane, update};
use yrke::dataset::Kind;
use yrke::search::{Field, Hit};
use yrke::ui::search_pane::{SearchView, render as render_search};
use yrke::ui::theme::{Symbols, Theme};
use yrke::ui::{self, Options, buffer_text};

mod common;
use common::shared;

/// An app at `w`×`h` with `id` opened (if any) and `focus` focused.
fn app(w: u16, h: u16, id: Option<&str>, focus: Pane) -> App {
    let (d, i) = shared();
    let mut a = App::new(d, i, yrke::ui::measure());
    update(&mut a, Action::Resize(w, h));
    if let Some(id) = id {
        update(&mut a, Action::OpenId(id.into()));
    }
    update(&mut a, Action::Focus(focus));
    a
}

fn draw(a: &App, opts: Options) -> Buffer {
    let (w, h) = a.size();
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| ui::draw(f, a, &opts)).expect("draw");
    t.backend().buffer().clone()
}

fn screen(a: &App) -> String {
    buffer_text(&draw(a, Options::default()))
}

#[test]
fn layout_120x40_shows_all_four_panes() {
    let a = app(120, 40, Some("anestesilege"), Pane::Detail);
    let s = screen(&a);
    for title in ["1 Søk", "2 Detaljer", "3 Relaterte", "4 Utdanningsløp"] {
        assert!(s.contains(title), "{title} missing");
    }
    insta::assert_snapshot!("layout_120x40", s);
}

#[test]
fn layout_80x24_shows_search_and_tabs() {
    let a = app(80, 24, Some("anestesilege"), Pane::Detail);
    let s = screen(&a);
    assert!(s.contains("1 Søk") && s.contains("2 Detaljer") && s.contains("4 Utdanningsløp"));
    insta::assert_snapshot!("layout_80x24", s);
}

#[test]
fn layout_60x20_shows_one_pane_with_a_tab_bar() {
    let a = app(60, 20, Some("anestesilege"), Pane::Detail);
    let s = screen(&a);
    assert!(!s.contains("> "), "Søk is not drawn beside it");
    insta::assert_snapshot!("layout_60x20", s);
}

#[test]
fn first_screen_lists_everything_and_welcomes() {
    insta::assert_snapshot!("start_80x24", screen(&app(80, 24, None, Pane::Search)));
}

#[test]
fn pane_search_empty_query_in_norwegian_order() {
    let a = app(60, 30, None, Pane::Search);
    insta::assert_snapshot!("pane_search", screen(&a));
}

#[test]
fn pane_detail_occupation_has_every_section() {
    let a = app(70, 200, Some("anestesilege"), Pane::Detail);
    let s = screen(&a);
    for part in [
        "Arbeidsoppgaver",
        "Intensivmedisin",
        "Hvor du jobber",
        "Hvem du jobber med",
        "Egenskaper",
        "Veien dit fra Vg1",
        "Kilder",
    ] {
        assert!(s.contains(part), "{part} missing");
    }
    insta::assert_snapshot!("pane_detail_anestesilege", s);
}

#[test]
fn pane_detail_specialty() {
    let a = app(70, 30, Some("hjertesykdommer"), Pane::Detail);
    insta::assert_snapshot!("pane_detail_hjertesykdommer", screen(&a));
}

#[test]
fn pane_detail_leaves_out_empty_sections() {
    // Apotektekniker has no pay figure, codes or articles: no empty headings for them.
    let a = app(70, 40, Some("apotektekniker"), Pane::Detail);
    let s = screen(&a);
    assert!(!s.contains("Lønn") && !s.contains("Perspektiv") && !s.contains("Koder"));
    insta::assert_snapshot!("pane_detail_apotektekniker", s);
}

#[test]
fn pane_related_with_reasons_and_breadcrumb() {
    let mut a = app(70, 30, Some("anestesilege"), Pane::Related);
    update(&mut a, Action::OpenId("anestesisykepleier".into()));
    update(&mut a, Action::Focus(Pane::Related));
    let s = screen(&a);
    assert!(s.contains("Vei: Anestesilege › Anestesisykepleier"));
    insta::assert_snapshot!("pane_related", s);
}

fn timeline(id: &str, width: usize) -> String {
    let (d, _) = shared();
    let lines = ui::timeline::lines(
        &d,
        Some(id),
        width,
        Theme { color: false },
        Symbols::new(false),
    );
    lines
        .iter()
        .map(|l| format!("{}\n", l.to_string().trim_end()))
        .collect()
}

#[test]
fn timeline_fim_hjertesykdommer() {
    let t = timeline("hjertesykdommer", 100);
    assert!(t.contains("LIS2 (FIM) og LIS3, minst 5 år"));
    insta::assert_snapshot!("timeline_hjertesykdommer", t);
}

#[test]
fn timeline_surgical_karkirurgi() {
    let t = timeline("karkirurgi", 100);
    assert!(t.contains("FKI"));
    insta::assert_snapshot!("timeline_karkirurgi", t);
}

#[test]
fn timeline_direct_anestesiologi() {
    let t = timeline("anestesiologi", 100);
    assert!(t.contains("Ingen felles LIS2-del") && !t.contains("LIS2 ("));
    insta::assert_snapshot!("timeline_anestesiologi", t);
}

#[test]
fn timeline_allmennmedisin_has_its_rules() {
    let t = timeline("allmennmedisin", 100);
    assert!(t.contains("Åpen, uselektert allmennpraksis: minst 2 år, høyst 4,5 år"));
    insta::assert_snapshot!("timeline_allmennmedisin", t);
}

#[test]
fn timeline_narrow_kardiolog_via_its_specialty() {
    insta::assert_snapshot!("timeline_kardiolog_46", timeline("kardiolog", 46));
}

#[test]
fn timeline_of_a_vocational_job_starts_at_vg1_without_a_doctor_path() {
    let t = timeline("apotektekniker", 100);
    assert!(t.starts_with("Veien til Apotektekniker, fra Vg1"), "{t}");
    assert!(t.contains("år 0–1: Vg1 helse- og oppvekstfag"), "{t}");
    assert!(!t.contains("LIS1"), "{t}");
}

#[test]
fn timeline_of_the_broader_lege_goes_to_lis1_and_points_to_the_specialties() {
    let t = timeline("lege", 100);
    assert!(t.contains("LIS1") && t.contains("Relaterte"), "{t}");
    assert!(!t.contains("LIS2 og LIS3 i"), "{t}");
}

/// The five routes a pupil asks about first, as they read in Utdanningsløp at 80×24: which Vg
/// programme and subjects, how long, where to study.
#[test]
fn five_routes_at_80x24() {
    for id in [
        "lege",
        "sykepleier",
        "ambulansearbeider",
        "psykolog",
        "anestesisykepleier",
    ] {
        let a = app(80, 24, Some(id), Pane::Timeline);
        let s = screen(&a);
        assert!(s.contains("år 0–1: Vg1"), "{id}:\n{s}");
        insta::assert_snapshot!(format!("route_80x24_{id}"), s);
    }
}

#[test]
fn help_overlay_lists_the_keymap() {
    let mut a = app(80, 24, None, Pane::Search);
    update(&mut a, Action::ToggleHelp);
    let s = screen(&a);
    assert!(s.contains("Hjelp: taster") && s.contains("Ctrl-N"));
    insta::assert_snapshot!("help_80x24", s);
}

#[test]
fn too_small_asks_for_a_bigger_window() {
    let a = app(39, 12, None, Pane::Search);
    insta::assert_snapshot!("too_small_39x12", screen(&a));
    for (w, h) in [(0, 0), (1, 1), (5, 3), (39, 9)] {
        let a = app(w, h, Some("lege"), Pane::Detail);
        screen(&a);
    }
}

#[test]
fn ascii_mode_draws_no_unicode_symbols() {
    let a = app(80, 24, Some("kardiolog"), Pane::Timeline);
    let buf = draw(
        &a,
        Options {
            color: false,
            ascii: true,
        },
    );
    let s = buffer_text(&buf);
    let symbols = "─│┌┐└┘├┤┼▶•›…◆→≥↑↓←█▓▒░▏";
    assert!(!s.chars().any(|c| symbols.contains(c)), "{s}");
    assert!(s.contains("+") && s.contains("|"));
    insta::assert_snapshot!("ascii_80x24_timeline", s);
}

/// Every cell of a screen drawn in several states.
fn cells_of_many_screens(opts: Options) -> Vec<ratatui::buffer::Cell> {
    let mut out = Vec::new();
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        for focus in Pane::ALL {
            let mut a = app(w, h, Some("radiolog"), focus);
            out.extend(draw(&a, opts).content.iter().cloned());
            update(&mut a, Action::ToggleHelp);
            out.extend(draw(&a, opts).content.iter().cloned());
        }
    }
    out
}

#[test]
fn monochrome_uses_no_colours_at_all() {
    let cells = cells_of_many_screens(Options::default());
    assert!(
        cells
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}

#[test]
fn colour_uses_only_the_16_ansi_colours() {
    let cells = cells_of_many_screens(Options {
        color: true,
        ascii: false,
    });
    let ansi = |c: Color| !matches!(c, Color::Rgb(..) | Color::Indexed(_));
    assert!(cells.iter().all(|c| ansi(c.fg) && ansi(c.bg)));
    assert!(
        cells.iter().any(|c| c.fg != Color::Reset),
        "colour mode uses colour"
    );
}

fn hit(name: &str, positions: Vec<usize>) -> Hit {
    Hit {
        id: name.to_lowercase(),
        name: name.into(),
        kind: Kind::Occupation,
        score: 0,
        field: Field::Name,
        matched: name.into(),
        positions,
    }
}

#[test]
fn matched_letters_are_highlighted_and_the_selection_reversed() {
    let hits = [hit("Anestesilege", vec![0, 1, 2]), hit("Radiolog", vec![4])];
    let view = SearchView {
        query: "ane",
        hits: &hits,
        selected: 1,
        offset: 0,
        focused: true,
        total: 2,
        suggesting: false,
        filter: None,
        marked: &[],
    };
    let area = Rect::new(0, 0, 30, 6);
    let mut buf = Buffer::empty(area);
    render_search(
        &view,
        area,
        &mut buf,
        Theme { color: false },
        Symbols::new(false),
    );
    let hl = Modifier::BOLD | Modifier::UNDERLINED;
    // Row 2 is "  Anestesilege": letters 0–2 at columns 2–4 are highlighted, the rest not.
    for x in 2..5 {
        assert!(buf[(x, 2)].modifier.contains(hl), "column {x}");
    }
    assert!(!buf[(5, 2)].modifier.contains(Modifier::UNDERLINED));
    // Row 3 is the selected "Radiolog": reversed across the row, its match still marked.
    for x in 0..30 {
        assert!(
            buf[(x, 3)].modifier.contains(Modifier::REVERSED),
            "column {x}"
        );
    }
    assert!(buf[(2 + 4, 3)].modifier.contains(hl));
    assert!(!buf[(0, 2)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn in_colour_the_selection_has_its_own_background() {
    let a = app(80, 24, None, Pane::Search);
    let buf = draw(
        &a,
        Options {
            color: true,
            ascii: false,
        },
    );
    // The first hit is selected: its row in Søk has a background, the next row none.
    let scr = yrke::app::layout::screen(
        Rect::new(0, 0, 80, 24),
        Pane::Search,
        Pane::Detail,
        false,
        yrke::lang::Lang::Nb,
    );
    let list = yrke::app::layout::search_parts(scr.inner(Pane::Search).expect("Søk")).2;
    assert_ne!(buf[(list.x + 3, list.y)].bg, Color::Reset);
    assert_eq!(buf[(list.x + 3, list.y + 1)].bg, Color::Reset);
}

#[test]
fn titles_are_bold_in_monochrome() {
    let a = app(120, 40, Some("lege"), Pane::Search);
    let buf = draw(&a, Options::default());
    // " 2 Detaljer " in the top border of the unfocused pane.
    let s = buffer_text(&buf);
    let first = s.lines().next().unwrap_or_default();
    let col = first
        .chars()
        .position(|c| c == 'D')
        .expect("Detaljer title") as u16;
    assert!(buf[(col, 0)].modifier.contains(Modifier::BOLD));
}

#[test]
fn the_key_table_in_assets_matches_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/keys.md");
    let stored = std::fs::read_to_string(path).expect("assets/keys.md exists");
    assert_eq!(
        stored,
        ui::help::keys_markdown(),
        "refresh with `cargo run --example capture`"
    );
}

#[test]
fn the_real_search_highlights_exactly_the_matched_letters() {
    let mut a = app(80, 24, None, Pane::Search);
    for c in "radiolog".chars() {
        update(&mut a, Action::Type(c));
    }
    let hit = a.hits()[a.selected_hit()].clone();
    assert!(!hit.positions.is_empty(), "a name match has positions");
    let buf = draw(&a, Options::default());
    let scr = yrke::app::layout::screen(
        Rect::new(0, 0, 80, 24),
        Pane::Search,
        Pane::Detail,
        false,
        yrke::lang::Lang::Nb,
    );
    let list = yrke::app::layout::search_parts(scr.inner(Pane::Search).expect("Søk")).2;
    // The selected row starts with the 2-column marker, then the name.
    let y = list.y + (a.selected_hit() - a.hit_offset()) as u16;
    let hl = Modifier::BOLD | Modifier::UNDERLINED;
    for (i, _) in hit.name.chars().enumerate() {
        let cell = &buf[(list.x + 2 + i as u16, y)];
        assert_eq!(
            cell.modifier.contains(hl),
            hit.positions.contains(&i),
            "letter {i} of {}",
            hit.name
        );
        assert!(cell.modifier.contains(Modifier::REVERSED), "selected row");
    }
}

#[test]
fn only_the_focused_tab_is_reversed() {
    let a = app(80, 24, Some("lege"), Pane::Related);
    let buf = draw(&a, Options::default());
    let scr = yrke::app::layout::screen(
        Rect::new(0, 0, 80, 24),
        Pane::Related,
        Pane::Related,
        false,
        yrke::lang::Lang::Nb,
    );
    for t in &scr.tabs {
        let cell = &buf[(t.rect.x, t.rect.y)];
        assert_eq!(
            cell.modifier.contains(Modifier::REVERSED),
            t.pane == Pane::Related,
            "{}",
            t.label
        );
    }
    // With Søk focused, the tab shown on the right is underlined, not reversed.
    let b = app(80, 24, Some("lege"), Pane::Search);
    let buf = draw(&b, Options::default());
    let scr = yrke::app::layout::screen(
        Rect::new(0, 0, 80, 24),
        Pane::Search,
        Pane::Detail,
        false,
        yrke::lang::Lang::Nb,
    );
    let shown = scr.tabs.iter().find(|t| t.active).expect("a shown tab");
    let cell = &buf[(shown.rect.x, shown.rect.y)];
    assert!(cell.modifier.contains(Modifier::UNDERLINED));
    assert!(!cell.modifier.contains(Modifier::REVERSED));
}
