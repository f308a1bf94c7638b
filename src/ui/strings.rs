//! The explorer's texts, put together: each helper picks catalogue texts (`crate::lang`) in
//! the session's standard and fills in numbers and names. Key help texts are named by the
//! keymap table itself, so the help cannot drift from the keys.

use ratatui::crossterm::event::KeyCode;

use crate::app::keymap::{Group, Key};
use crate::app::{Filter, Mode, Pane};
use crate::lang::{Lang, Ui};

pub fn pane_name(p: Pane, l: Lang) -> &'static str {
    p.title(l)
}

pub const QUERY_PROMPT: &str = "> ";

/// Shown alone when the window is below the minimum size.
pub fn too_small(l: Lang, min_w: u16, min_h: u16) -> String {
    l.f(Ui::TooSmall, &[("w", &min_w), ("h", &min_h)])
}

/// `matched` entries matched, `shown` of them are listed.
pub fn hit_count(l: Lang, shown: usize, matched: usize, query_empty: bool) -> String {
    if query_empty && shown == matched {
        l.f(Ui::HitsAll, &[("n", &matched)])
    } else if query_empty {
        l.f(Ui::HitsFirst, &[("shown", &shown), ("matched", &matched)])
    } else if shown < matched {
        l.f(Ui::HitsSome, &[("shown", &shown), ("matched", &matched)])
    } else if matched == 1 {
        l.t(Ui::HitsOne).to_string()
    } else {
        l.f(Ui::HitsMany, &[("n", &matched)])
    }
}

pub fn no_hits(l: Lang, query: &str, lq: &str, rq: &str) -> String {
    l.f(Ui::NoHits, &[("query", &format!("{lq}{query}{rq}"))])
}

pub fn nothing_found(l: Lang, query: &str, lq: &str, rq: &str) -> String {
    l.f(Ui::NothingFound, &[("query", &format!("{lq}{query}{rq}"))])
}

pub fn welcome(l: Lang, occupations: usize, specialties: usize) -> Vec<String> {
    vec![
        l.f(
            Ui::Welcome1,
            &[("occupations", &occupations), ("specialties", &specialties)],
        ),
        l.t(Ui::Welcome2).to_string(),
        l.t(Ui::Welcome3).to_string(),
    ]
}

pub fn no_path(l: Lang, name: &str) -> String {
    l.f(Ui::NoPath, &[("name", &name)])
}

pub fn route_heading(l: Lang, name: &str) -> String {
    l.f(Ui::RouteHeading, &[("name", &name)])
}

pub fn path_via(l: Lang, occupation: &str) -> String {
    l.f(Ui::PathVia, &[("name", &occupation.to_lowercase())])
}

pub fn at_year(l: Lang, y: &str) -> String {
    l.f(Ui::AtYear, &[("y", &y)])
}

pub fn earliest_year(l: Lang, y: &str) -> String {
    l.f(Ui::EarliestYear, &[("y", &y)])
}

pub fn total_after_authorisation(
    l: Lang,
    total: &str,
    lis1: &str,
    rest_name: &str,
    rest: &str,
) -> String {
    l.f(
        Ui::TotalAfterAuthorisation,
        &[
            ("total", &total),
            ("lis1", &lis1),
            ("rest_name", &rest_name),
            ("rest", &rest),
        ],
    )
}

pub fn total_from_start(l: Lang, total: &str) -> String {
    l.f(Ui::TotalFromStart, &[("total", &total)])
}

pub fn lis2_shared(l: Lang, name: &str) -> String {
    l.f(Ui::Lis2Shared, &[("name", &name)])
}

pub fn rules_heading(l: Lang, name: &str) -> String {
    l.f(Ui::RulesHeading, &[("name", &name.to_lowercase())])
}

pub fn rule_bounds(l: Lang, min: Option<&str>, max: Option<&str>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => l.f(Ui::RuleMinMax, &[("min", &a), ("max", &b)]),
        (Some(a), None) => l.f(Ui::RuleMin, &[("min", &a)]),
        (None, Some(b)) => l.f(Ui::RuleMax, &[("max", &b)]),
        (None, None) => String::new(),
    }
}

pub fn filter_label(l: Lang, f: Filter) -> Option<&'static str> {
    match f {
        Filter::All => None,
        Filter::Occupations => Some(l.t(Ui::FilterOccupations)),
        Filter::Specialties => Some(l.t(Ui::FilterSpecialties)),
    }
}

/// Markdown for `assets/keys.md` after the key tables (docs are in bokmål).
pub const KEYS_AVOIDED_MD: &str = "
## Taster vi ikke bruker, og hvorfor

- `F1` tar GNOME Terminal selv; hjelpen har også `Ctrl-G`.
- `F10` åpner menyen i GNOME Terminal.
- `Ctrl-B` er tmux sin prefikstast.
- `Ctrl-V` limer inn i Windows Terminal.
- `Ctrl-S` og `Ctrl-Q` stopper og starter utskriften i mange terminaler.
- `Ctrl`-piler tar macOS selv, og PuTTY sender dem som vanlige piler.
- Alt som bokstavtast: Alt-x kommer som Esc og x og kan ikke skilles fra en rask Esc; Option er ikke Alt i macOS Terminal uten videre.
- `Mellomrom` og `?` skrives i søk som «lege som jobber med barn».
";

/// When a key applies, as a short note after its help text; `None` when it applies everywhere.
pub fn when_note(l: Lang, when: &[Mode]) -> Option<&'static str> {
    let has = |m| when.contains(&m);
    let search = has(Mode::Typing) && has(Mode::TypingEmpty);
    let outside = has(Mode::Reading) && has(Mode::Related);
    let note = match (search, outside, has(Mode::Related)) {
        (true, true, _) => None,
        (true, false, true) => Some(Ui::WhenSearchRelated),
        (true, false, false) => Some(Ui::WhenSearch),
        (false, true, _) => Some(Ui::WhenOutside),
        (false, false, false) if has(Mode::Reading) => Some(Ui::WhenReading),
        _ if has(Mode::Help) => Some(Ui::WhenHelp),
        _ if has(Mode::Compare) => Some(Ui::WhenCompare),
        _ => None,
    };
    note.map(|n| l.t(n))
}

/// The help's group headings, by what a pupil wants to do.
pub fn group_heading(l: Lang, g: Group) -> &'static str {
    l.t(match g {
        Group::Search => Ui::GroupSearch,
        Group::Read => Ui::GroupRead,
        Group::Move => Ui::GroupMove,
        Group::Compare => Ui::GroupCompare,
        Group::Other => Ui::GroupOther,
    })
}

/// A key as the help overlay and footer name it.
pub fn key_label(l: Lang, key: Key, ascii: bool) -> String {
    let code = |c: KeyCode| -> String {
        match (c, ascii) {
            (KeyCode::Up, false) => "↑".into(),
            (KeyCode::Down, false) => "↓".into(),
            (KeyCode::Left, false) => "←".into(),
            (KeyCode::Right, false) => "→".into(),
            (KeyCode::Up, true) => l.t(Ui::KeyUp).into(),
            (KeyCode::Down, true) => l.t(Ui::KeyDown).into(),
            (KeyCode::Left, true) => l.t(Ui::KeyLeft).into(),
            (KeyCode::Right, true) => l.t(Ui::KeyRight).into(),
            (KeyCode::Enter, _) => "Enter".into(),
            (KeyCode::Tab, _) => "Tab".into(),
            (KeyCode::BackTab, _) => "Shift-Tab".into(),
            (KeyCode::Esc, _) => "Esc".into(),
            (KeyCode::Backspace, _) => "Backspace".into(),
            (KeyCode::PageUp, _) => "PgUp".into(),
            (KeyCode::PageDown, _) => "PgDn".into(),
            (KeyCode::Home, _) => "Home".into(),
            (KeyCode::End, _) => "End".into(),
            (KeyCode::F(n), _) => format!("F{n}"),
            (other, _) => format!("{other:?}"),
        }
    };
    match key {
        Key::Char(' ') => l.t(Ui::KeySpace).into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Alt(c) => format!("Alt-{c}"),
        Key::Code(c) => code(c),
        Key::AltCode(c) => format!("Alt-{}", code(c)),
        Key::AnyChar => l.t(Ui::KeyAnyChar).into(),
    }
}
