//! Keys → [`Action`], resolved against a snapshot of where the user is ([`Mode`]).
//!
//! One table, [`BINDINGS`], drives both the resolution and the help overlay and footer hints,
//! so the help can never disagree with what the keys do.
//!
//! Typing mode: focus on Søk. Letters, digits and `q` go into the query; `?` opens help only
//! while the query is empty (otherwise F1 does). Navigation mode: any other pane. Letters bound
//! below (j k g G q / 1–4 and space) navigate; any other printable character moves focus to
//! Søk and starts a new query with it, so a pupil who just starts typing is never lost.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Pane};

/// Where the user is, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Focus on Søk with text in the query.
    Typing,
    /// Focus on Søk with an empty query.
    TypingEmpty,
    /// Focus on Detaljer, Relaterte or Utdanningsløp.
    Navigating,
    /// The help overlay is open.
    Help,
}

/// A key as the table names it. Shift is ignored for characters (`G` is `Char('G')`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A printable character without Ctrl or Alt.
    Char(char),
    /// Ctrl plus a letter (lower case).
    Ctrl(char),
    /// Alt plus a character.
    Alt(char),
    /// A named key without Alt.
    Code(KeyCode),
    /// A named key with Alt.
    AltCode(KeyCode),
    /// Any printable character not bound otherwise (typing).
    AnyChar,
}

/// One row of the keymap: keys, the modes it applies in, what it does and its help text.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub when: &'static [Mode],
    /// `None` for [`Key::AnyChar`]: the typed character becomes [`Action::Type`].
    pub action: Option<Action>,
    /// Help overlay text (bokmål).
    pub help: &'static str,
    /// Short footer hint, for the few keys a pupil needs first.
    pub hint: Option<&'static str>,
}

use Mode::{Help as H, Navigating as N, Typing as T, TypingEmpty as E};

const ALL: &[Mode] = &[T, E, N, H];
const MAIN: &[Mode] = &[T, E, N];
const SEARCH: &[Mode] = &[T, E];
const NAV: &[Mode] = &[N];
const NAV_HELP: &[Mode] = &[N, H];
const EMPTY_OR_NAV: &[Mode] = &[E, N];

const fn b(
    keys: &'static [Key],
    when: &'static [Mode],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        when,
        action: Some(action),
        help,
        hint,
    }
}

/// The keymap. Rows with overlapping modes never share a key, so the order is free; it is
/// the order of the help overlay and of the footer hints.
pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::AnyChar],
        when: MAIN,
        action: None,
        help: "Søk: skriv navn, annet navn eller kode (utenfor Søk: bokstaver uten egen tast starter et nytt søk)",
        hint: None,
    },
    b(
        &[Key::Code(KeyCode::Enter)],
        MAIN,
        Action::Open,
        "Åpne valgt treff eller relatert oppføring",
        Some("åpne"),
    ),
    b(
        &[Key::Code(KeyCode::Down), Key::Ctrl('n')],
        ALL,
        Action::Down,
        "Neste treff, eller en linje ned",
        Some("neste"),
    ),
    b(
        &[Key::Code(KeyCode::Up), Key::Ctrl('p')],
        ALL,
        Action::Up,
        "Forrige treff, eller en linje opp",
        None,
    ),
    b(&[Key::Char('j')], NAV_HELP, Action::Down, "Ned", None),
    b(&[Key::Char('k')], NAV_HELP, Action::Up, "Opp", None),
    b(
        &[Key::Code(KeyCode::Tab)],
        MAIN,
        Action::NextPane,
        "Neste rute",
        Some("neste rute"),
    ),
    b(
        &[Key::Code(KeyCode::BackTab)],
        MAIN,
        Action::PrevPane,
        "Forrige rute",
        None,
    ),
    b(
        &[Key::Char('?')],
        EMPTY_OR_NAV,
        Action::ToggleHelp,
        "Vis denne hjelpen",
        Some("hjelp"),
    ),
    b(
        &[Key::Code(KeyCode::F(1))],
        MAIN,
        Action::ToggleHelp,
        "Vis denne hjelpen (virker også mens du skriver)",
        Some("hjelp"),
    ),
    b(
        &[Key::Code(KeyCode::Backspace)],
        &[T],
        Action::DeleteChar,
        "Slett siste tegn i søket",
        None,
    ),
    b(
        &[Key::Code(KeyCode::Backspace)],
        EMPTY_OR_NAV,
        Action::Back,
        "Tilbake til forrige oppføring",
        Some("tilbake"),
    ),
    b(
        &[Key::AltCode(KeyCode::Left), Key::Alt('b')],
        MAIN,
        Action::Back,
        "Tilbake",
        Some("tilbake"),
    ),
    b(
        &[Key::Code(KeyCode::Left)],
        NAV,
        Action::Back,
        "Tilbake",
        None,
    ),
    b(
        &[Key::AltCode(KeyCode::Right), Key::Alt('f')],
        MAIN,
        Action::Forward,
        "Fram igjen etter tilbake",
        None,
    ),
    b(
        &[Key::Code(KeyCode::Right)],
        NAV,
        Action::Forward,
        "Fram igjen etter tilbake",
        None,
    ),
    b(
        &[Key::Code(KeyCode::Esc)],
        MAIN,
        Action::Cancel,
        "Tøm søket, eller gå til Søk",
        None,
    ),
    b(
        &[Key::Ctrl('u')],
        SEARCH,
        Action::ClearQuery,
        "Tøm søket",
        None,
    ),
    b(
        &[Key::Char('1')],
        NAV,
        Action::Focus(Pane::Search),
        "Gå til Søk",
        None,
    ),
    b(
        &[Key::Char('2')],
        NAV,
        Action::Focus(Pane::Detail),
        "Gå til Detaljer",
        None,
    ),
    b(
        &[Key::Char('3')],
        NAV,
        Action::Focus(Pane::Related),
        "Gå til Relaterte",
        None,
    ),
    b(
        &[Key::Char('4')],
        NAV,
        Action::Focus(Pane::Timeline),
        "Gå til Utdanningsløp",
        None,
    ),
    b(
        &[Key::Alt('1'), Key::Alt('2'), Key::Alt('3'), Key::Alt('4')],
        MAIN,
        Action::Focus(Pane::Search),
        "Gå til rute 1-4, også fra Søk",
        None,
    ),
    b(
        &[Key::Char('/')],
        NAV,
        Action::Focus(Pane::Search),
        "Gå til søkefeltet",
        Some("søk"),
    ),
    b(
        &[Key::Code(KeyCode::PageDown)],
        ALL,
        Action::PageDown,
        "En side ned",
        None,
    ),
    b(
        &[Key::Char(' ')],
        NAV_HELP,
        Action::PageDown,
        "En side ned",
        None,
    ),
    b(
        &[Key::Code(KeyCode::PageUp)],
        ALL,
        Action::PageUp,
        "En side opp",
        None,
    ),
    b(
        &[Key::Code(KeyCode::Home)],
        ALL,
        Action::Top,
        "Til toppen",
        None,
    ),
    b(&[Key::Char('g')], NAV_HELP, Action::Top, "Til toppen", None),
    b(
        &[Key::Code(KeyCode::End)],
        ALL,
        Action::Bottom,
        "Til bunnen",
        None,
    ),
    b(
        &[Key::Char('G')],
        NAV_HELP,
        Action::Bottom,
        "Til bunnen",
        None,
    ),
    b(
        &[
            Key::Code(KeyCode::Esc),
            Key::Char('?'),
            Key::Char('q'),
            Key::Code(KeyCode::F(1)),
        ],
        &[H],
        Action::ToggleHelp,
        "Lukk hjelpen",
        Some("lukk"),
    ),
    b(
        &[Key::Char('q')],
        NAV,
        Action::Quit,
        "Avslutt",
        Some("avslutt"),
    ),
    b(
        &[Key::Ctrl('c')],
        ALL,
        Action::Quit,
        "Avslutt",
        Some("avslutt"),
    ),
];

/// The table key for a terminal key event, or `None` for keys no row can name.
pub fn normalise(k: &KeyEvent) -> Option<Key> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    Some(match k.code {
        // AltGr arrives as Ctrl+Alt on Windows: `@`, `{`, `$` on a Norwegian keyboard.
        KeyCode::Char(c) if ctrl && alt => Key::Char(c),
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) if alt => Key::Alt(c),
        KeyCode::Char(c) if c.is_control() => return None,
        KeyCode::Char(c) => Key::Char(c),
        code if alt => Key::AltCode(code),
        code => Key::Code(code),
    })
}

/// The action for a key in a mode, or `None` when the key does nothing there.
pub fn resolve(k: &KeyEvent, mode: Mode) -> Option<Action> {
    let key = normalise(k)?;
    for row in BINDINGS {
        if !row.when.contains(&mode) {
            continue;
        }
        if let Some(i) = row.keys.iter().position(|rk| *rk == key) {
            let action = row.action.clone()?;
            // Alt-1..4 share one row; the key's position picks the pane.
            return Some(match action {
                Action::Focus(_) if matches!(key, Key::Alt(_)) => {
                    Action::Focus(Pane::ALL.get(i).copied().unwrap_or(Pane::Search))
                }
                a => a,
            });
        }
    }
    match key {
        Key::Char(c) if mode != Mode::Help => Some(Action::Type(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_that_can_apply_together_never_share_a_key() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                let overlap = a.when.iter().any(|m| b.when.contains(m));
                let shared = a.keys.iter().find(|k| b.keys.contains(k));
                assert!(
                    !overlap || shared.is_none(),
                    "{:?} is bound twice: {} / {}",
                    shared,
                    a.help,
                    b.help
                );
            }
        }
    }

    #[test]
    fn every_action_row_has_help_text() {
        assert!(
            BINDINGS
                .iter()
                .all(|b| !b.help.is_empty() && !b.keys.is_empty())
        );
    }
}
