//! Styles by meaning (title, muted, highlight, selection …) and the symbols to draw with.
//!
//! Colour uses only the 16 ANSI colours, picked to read on dark and light backgrounds (no
//! yellow or white text on the default background; the selection sets both its colours).
//! Without colour only modifiers are used: selection reversed, highlight bold + underlined.

use crate::lang::Lang;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::dataset::Kind;
use crate::dataset::timeline::Phase;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn pick(self, color: Style, mono: Style) -> Style {
        if self.color { color } else { mono }
    }

    /// Pane titles, entry names and section headings.
    pub fn title(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// Sub-headings (task areas) and labels of key–value lines.
    pub fn label(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Decoration only (inactive borders, forward history, scroll position): bright black is
    /// near-invisible on some dark palettes, so nothing a pupil must read uses it.
    pub fn muted(self) -> Style {
        self.pick(Style::new().fg(Color::DarkGray), Style::new())
    }

    /// Matched letters in search results.
    pub fn highlight(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// The selected row of the focused list.
    pub fn selection(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// The selected row of a list that does not have focus.
    pub fn selection_unfocused(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn error(self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    pub fn badge(self, kind: Kind) -> Style {
        match kind {
            Kind::Occupation => self.pick(Style::new().fg(Color::Green), Style::new()),
            Kind::Specialty => self.pick(Style::new().fg(Color::Magenta), Style::new()),
        }
    }

    /// Border of a pane; the focused one stands out.
    pub fn border(self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::new()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::BOLD),
            (true, false) => Style::new().fg(Color::DarkGray),
            (false, true) => Style::new().add_modifier(Modifier::BOLD),
            (false, false) => Style::new(),
        }
    }

    /// The title or tab of the focused pane.
    pub fn tab_active(self) -> Style {
        self.selection()
    }

    /// The tab shown on the right while focus is elsewhere (Søk).
    pub fn tab_shown(self) -> Style {
        self.title().add_modifier(Modifier::UNDERLINED)
    }

    /// Keys in the help overlay and footer.
    pub fn key(self) -> Style {
        self.pick(
            Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// A timeline bar of a phase.
    pub fn phase(self, phase: Phase) -> Style {
        let c = match phase {
            Phase::Study => Color::LightBlue,
            Phase::Lis1 => Color::Cyan,
            Phase::Lis2Lis3 | Phase::Lis3 => Color::Green,
            Phase::Special => Color::Magenta,
        };
        self.pick(Style::new().fg(c), Style::new())
    }
}

/// Characters to draw with: Unicode, or plain ASCII for non-UTF-8 terminals.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    pub ascii: bool,
    pub border: border::Set<'static>,
    pub bullet: &'static str,
    pub selected: &'static str,
    pub crumb: &'static str,
    pub ellipsis: &'static str,
    pub tab_sep: &'static str,
    pub dot: &'static str,
    pub milestone: &'static str,
    pub open_end: &'static str,
    pub axis: &'static str,
    pub tick: &'static str,
    pub cursor: &'static str,
    /// Before a name marked for comparison (Ctrl-X), and with the selection marker.
    pub marked: &'static str,
    pub marked_selected: &'static str,
    pub lquote: &'static str,
    pub rquote: &'static str,
    /// The written standard of the words around the data (pane titles, help, labels).
    pub lang: Lang,
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Symbols {
    /// The same symbols, with the words in `lang`.
    pub fn in_lang(self, lang: Lang) -> Symbols {
        Symbols { lang, ..self }
    }

    pub fn new(ascii: bool) -> Symbols {
        if ascii {
            Symbols {
                ascii,
                border: ASCII_BORDER,
                bullet: "- ",
                selected: "> ",
                marked: "+ ",
                marked_selected: ">+",
                crumb: " > ",
                ellipsis: "...",
                tab_sep: "|",
                dot: " - ",
                milestone: "*",
                open_end: ">",
                axis: "-",
                tick: "+",
                cursor: "_",
                lquote: "\"",
                rquote: "\"",
                lang: Lang::Nb,
            }
        } else {
            Symbols {
                ascii,
                border: border::PLAIN,
                bullet: "• ",
                selected: "▶ ",
                marked: "✓ ",
                marked_selected: "▶✓",
                crumb: " › ",
                ellipsis: "…",
                tab_sep: "│",
                dot: " · ",
                milestone: "◆",
                open_end: "→",
                axis: "─",
                tick: "┼",
                cursor: "▏",
                lquote: "«",
                rquote: "»",
                lang: Lang::Nb,
            }
        }
    }

    /// Fill of a timeline bar: different per phase so the chart reads without colour.
    pub fn fill(&self, phase: Phase) -> &'static str {
        match (phase, self.ascii) {
            (Phase::Study, false) => "█",
            (Phase::Lis1, false) => "▓",
            (Phase::Lis2Lis3 | Phase::Lis3, false) => "▒",
            (Phase::Special, false) => "░",
            (Phase::Study, true) => "#",
            (Phase::Lis1, true) => "=",
            (Phase::Lis2Lis3 | Phase::Lis3, true) => "~",
            (Phase::Special, true) => ":",
        }
    }
}
