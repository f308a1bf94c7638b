//! Keys → [`Action`], resolved against a snapshot of where the user is ([`Mode`]).
//!
//! One table, [`BINDINGS`], drives both the resolution and the help overlay and footer hints,
//! so the help can never disagree with what the keys do.
//!
//! Letters always type: from any pane every printable character (space, `?` and digits too)
//! goes into the search, so a pupil who reads, then types the next job, never loses a letter.
//! Navigation lives on keys that are not letters (arrows, Tab, Enter, Esc, PgUp/PgDn,
//! Home/End, Ctrl- and Alt-digit combinations). No Alt+letter binding: terminals send Alt-x as
//! Esc then x, which can't be told from a quick Esc and typing, so Alt+letter types the letter.
//! Keys that don't reach the program on pupils' terminals are not used for anything that has
//! no other key: F1 (GNOME Terminal), F10, Ctrl-B (tmux), Ctrl-V (Windows Terminal), Ctrl-S
//! and Ctrl-Q (flow control), Ctrl-arrows.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Pane};
use crate::lang::KeyText;

/// Where the user is, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Focus on Søk with text in the query.
    Typing,
    /// Focus on Søk with an empty query.
    TypingEmpty,
    /// Focus on Detaljer or Utdanningsløp: text to read and scroll.
    Reading,
    /// Focus on Relaterte: a list to open from.
    Related,
    /// The help overlay is open.
    Help,
    /// The comparison of the marked entries is open.
    Compare,
}

/// What a pupil wants to do; the help overlay groups keys by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Search,
    Read,
    Move,
    Compare,
    Other,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Search,
        Group::Read,
        Group::Move,
        Group::Compare,
        Group::Other,
    ];
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
    pub group: Group,
    /// Help overlay text (in the catalogue, both standards).
    pub help: KeyText,
    /// Short footer hint, for the few keys a pupil needs first.
    pub hint: Option<KeyText>,
}

use Mode::{Compare as C, Help as H, Reading as R, Related as L, Typing as T, TypingEmpty as E};

const ALL: &[Mode] = &[T, E, R, L, H, C];
const MAIN: &[Mode] = &[T, E, R, L];
const SEARCH: &[Mode] = &[T, E];
const OUTSIDE: &[Mode] = &[R, L];
const OPENABLE: &[Mode] = &[T, E, L];
const READING: &[Mode] = &[R];

const fn b(
    keys: &'static [Key],
    when: &'static [Mode],
    action: Action,
    group: Group,
    help: KeyText,
    hint: Option<KeyText>,
) -> Binding {
    Binding {
        keys,
        when,
        action: Some(action),
        group,
        help,
        hint,
    }
}

/// The keymap for the whole wave (see `assets/keys.md`). Rows with overlapping modes never
/// share a key, so the order is free; it is the order of the help and of the footer hints.
pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::AnyChar],
        when: MAIN,
        action: None,
        group: Group::Search,
        help: KeyText::Type,
        hint: None,
    },
    b(
        &[Key::Code(KeyCode::Enter)],
        OPENABLE,
        Action::Open,
        Group::Search,
        KeyText::Open,
        Some(KeyText::OpenHint),
    ),
    b(
        &[Key::Code(KeyCode::Backspace)],
        MAIN,
        Action::DeleteChar,
        Group::Search,
        KeyText::DeleteChar,
        None,
    ),
    b(
        &[Key::Ctrl('u')],
        SEARCH,
        Action::ClearQuery,
        Group::Search,
        KeyText::Clear,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Esc)],
        SEARCH,
        Action::Cancel,
        Group::Search,
        KeyText::ClearUndo,
        None,
    ),
    b(
        &[Key::Ctrl('k')],
        MAIN,
        Action::CycleFilter,
        Group::Search,
        KeyText::Filter,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Down), Key::Ctrl('n')],
        ALL,
        Action::Down,
        Group::Read,
        KeyText::Down,
        Some(KeyText::DownHint),
    ),
    b(
        &[Key::Code(KeyCode::Up), Key::Ctrl('p')],
        ALL,
        Action::Up,
        Group::Read,
        KeyText::Up,
        None,
    ),
    b(
        &[Key::Code(KeyCode::PageDown)],
        ALL,
        Action::PageDown,
        Group::Read,
        KeyText::PageDown,
        Some(KeyText::PageDownHint),
    ),
    b(
        &[Key::Code(KeyCode::PageUp)],
        ALL,
        Action::PageUp,
        Group::Read,
        KeyText::PageUp,
        None,
    ),
    b(
        &[Key::Ctrl('d')],
        READING,
        Action::NextSection,
        Group::Read,
        KeyText::NextSection,
        Some(KeyText::NextSectionHint),
    ),
    b(
        &[Key::Ctrl('u')],
        READING,
        Action::PrevSection,
        Group::Read,
        KeyText::PrevSection,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Home)],
        ALL,
        Action::Top,
        Group::Read,
        KeyText::Top,
        None,
    ),
    b(
        &[Key::Code(KeyCode::End)],
        ALL,
        Action::Bottom,
        Group::Read,
        KeyText::Bottom,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Tab)],
        MAIN,
        Action::NextPane,
        Group::Move,
        KeyText::NextPane,
        Some(KeyText::NextPaneHint),
    ),
    b(
        &[Key::Code(KeyCode::BackTab)],
        MAIN,
        Action::PrevPane,
        Group::Move,
        KeyText::PrevPane,
        None,
    ),
    b(
        &[Key::Alt('1'), Key::Alt('2'), Key::Alt('3'), Key::Alt('4')],
        MAIN,
        Action::Focus(Pane::Search),
        Group::Move,
        KeyText::GoToPane,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Esc)],
        OUTSIDE,
        Action::Focus(Pane::Search),
        Group::Move,
        KeyText::BackToSearch,
        Some(KeyText::BackToSearchHint),
    ),
    b(
        &[Key::AltCode(KeyCode::Left), Key::Ctrl('t')],
        MAIN,
        Action::Back,
        Group::Move,
        KeyText::Back,
        Some(KeyText::BackHint),
    ),
    b(
        &[Key::Code(KeyCode::Left)],
        OUTSIDE,
        Action::Back,
        Group::Move,
        KeyText::Back,
        None,
    ),
    b(
        &[Key::AltCode(KeyCode::Right), Key::Ctrl('f')],
        MAIN,
        Action::Forward,
        Group::Move,
        KeyText::Forward,
        None,
    ),
    b(
        &[Key::Code(KeyCode::Right)],
        OUTSIDE,
        Action::Forward,
        Group::Move,
        KeyText::Forward,
        None,
    ),
    b(
        &[Key::Ctrl('x')],
        MAIN,
        Action::ToggleMark,
        Group::Compare,
        KeyText::Mark,
        Some(KeyText::MarkHint),
    ),
    b(
        &[Key::Alt('5')],
        MAIN,
        Action::ToggleCompare,
        Group::Compare,
        KeyText::Compare,
        Some(KeyText::CompareHint),
    ),
    b(
        &[Key::Code(KeyCode::Esc), Key::Alt('5')],
        &[C],
        Action::ToggleCompare,
        Group::Compare,
        KeyText::CloseCompare,
        Some(KeyText::CloseHint),
    ),
    b(
        &[Key::Ctrl('g'), Key::Code(KeyCode::F(1))],
        MAIN,
        Action::ToggleHelp,
        Group::Other,
        KeyText::Help,
        Some(KeyText::HelpHint),
    ),
    b(
        &[
            Key::Code(KeyCode::Esc),
            Key::Ctrl('g'),
            Key::Code(KeyCode::F(1)),
        ],
        &[H],
        Action::ToggleHelp,
        Group::Other,
        KeyText::CloseHelp,
        Some(KeyText::CloseHint),
    ),
    b(
        &[Key::Ctrl('l')],
        ALL,
        Action::SwitchLanguage,
        Group::Other,
        KeyText::Language,
        Some(KeyText::LanguageHint),
    ),
    b(
        &[Key::Ctrl('c')],
        ALL,
        Action::Quit,
        Group::Other,
        KeyText::Quit,
        Some(KeyText::QuitHint),
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
        // An unbound Alt+letter is a letter typed right after Esc (or Alt held): type it.
        Key::Char(c) | Key::Alt(c) => Some(Action::Type(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
