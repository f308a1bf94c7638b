//! Everything the user can ask the explorer to do. Keys and mouse events become one of these
//! (see `keymap`); only [`super::update`] applies them, so every change of state is testable
//! without a terminal.

use super::Pane;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Add a character to the search query. From another pane it focuses Søk and starts a
    /// new query.
    Type(char),
    /// Remove the last character of the query.
    DeleteChar,
    /// Empty the query (the list shows everything again).
    ClearQuery,
    /// Esc in Søk: clear the query and remember it; on the empty query right after, bring it
    /// back (so Esc never loses what the pupil typed).
    Cancel,
    /// Show all entries, only occupations, or only specialties (in turn).
    CycleFilter,
    /// Scroll the focused text pane to the next section heading.
    NextSection,
    /// Scroll the focused text pane to the previous section heading.
    PrevSection,
    /// Move the selection (lists) or scroll (text panes) one line down.
    Down,
    /// Move the selection (lists) or scroll (text panes) one line up.
    Up,
    /// One screenful down in the focused pane.
    PageDown,
    /// One screenful up in the focused pane.
    PageUp,
    /// To the first line or entry of the focused pane.
    Top,
    /// To the last line or entry of the focused pane.
    Bottom,
    /// Open the selected search hit or related entry (adds it to the history).
    Open,
    /// Open the entry with this id directly (adds it to the history); unknown ids are ignored.
    OpenId(String),
    /// Go back in the history of opened entries.
    Back,
    /// Go forward again after going back.
    Forward,
    /// Focus the next pane (Søk → Detaljer → Relaterte → Utdanningsløp → Søk).
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Focus one pane (keys 1–4).
    Focus(Pane),
    /// Show the help overlay, or hide it when shown.
    ToggleHelp,
    /// The terminal now has this many columns and rows; layouts and scrolling follow it.
    Resize(u16, u16),
    /// A mouse click at (column, row): focus the pane there and select the row under it;
    /// clicking the already selected row opens it.
    Click(u16, u16),
    /// The mouse wheel at (column, row); `down` scrolls towards the end.
    Wheel {
        /// Column of the pointer.
        col: u16,
        /// Row of the pointer.
        row: u16,
        /// True for scrolling down.
        down: bool,
    },
    /// Mark the selected hit (in Søk) or the shown entry for comparison, or unmark it.
    ToggleMark,
    /// Show the marked entries side by side, or hide the comparison.
    ToggleCompare,
    /// Switch the interface between bokmål and nynorsk for this session.
    SwitchLanguage,
    /// Leave the explorer: the first press asks, the second (right after) leaves.
    Quit,
}
