//! The help overlay and the footer hints, both generated from `app::keymap::BINDINGS`.

use ratatui::text::{Line, Span};

use super::doc::Doc;
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::app::keymap::{BINDINGS, Binding, Group};
use crate::app::{Action, Mode};

/// Widest key column of the help overlay.
const KEY_COLUMN: usize = 16;

fn keys(b: &Binding, ascii: bool) -> String {
    b.keys
        .iter()
        .map(|k| s::key_label(*k, ascii))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The rows of the help overlay at `width` columns: keys grouped by what a pupil wants to
/// do, then the glossary, then where screen-reader users find the same text.
pub fn lines(width: usize, theme: Theme, sym: Symbols) -> Vec<Line<'static>> {
    let mut d = Doc::new(width, theme, sym);
    d.plain(s::HELP_INTRO);
    let labels: Vec<String> = BINDINGS.iter().map(|b| keys(b, sym.ascii)).collect();
    // Longer key lists get a row of their own rather than widening the column for all.
    let kw = labels
        .iter()
        .map(|l| text_width(l))
        .filter(|w| *w <= KEY_COLUMN)
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for g in Group::ALL {
        d.heading(s::group_heading(g));
        for (b, label) in BINDINGS.iter().zip(&labels).filter(|(b, _)| b.group == g) {
            let mut text = b.help.to_string();
            if let Some(note) = s::when_note(b.when) {
                text = format!("{text} ({note})");
            }
            let key = Span::styled(label.clone(), theme.key());
            if text_width(label) <= kw {
                let pad = " ".repeat(kw - text_width(label) + 2);
                d.prefixed(vec![key, Span::raw(pad)], vec![Span::raw(text)], kw + 2);
            } else {
                d.raw(Line::from(key));
                d.prefixed(
                    vec![Span::raw(" ".repeat(kw + 2))],
                    vec![Span::raw(text)],
                    kw + 2,
                );
            }
        }
    }
    d.heading(s::GLOSSARY_HEADING);
    for (word, meaning) in s::GLOSSARY {
        d.hanging(
            vec![
                Span::styled(format!("{word}:"), theme.label()),
                Span::raw(format!(" {meaning}")),
            ],
            2,
        );
    }
    d.blank();
    d.plain(s::SCREEN_READER);
    d.finish()
}

/// Rows of the help overlay whichever symbols are used (key names differ in width).
pub fn line_count(width: usize) -> usize {
    let t = Theme { color: false };
    lines(width, t, Symbols::new(false))
        .len()
        .max(lines(width, t, Symbols::new(true)).len())
}

/// What the footer needs to know besides the mode.
#[derive(Debug, Clone, Copy, Default)]
pub struct FooterState {
    pub can_back: bool,
    /// One Ctrl-C pressed: the footer asks for the second.
    pub quit_armed: bool,
    /// Esc cleared a query that Esc brings back.
    pub can_undo_clear: bool,
    /// The list has something Enter can open.
    pub can_open: bool,
}

/// The footer: the hinted keys that apply in `mode`, as many whole hints as fit, and always,
/// from 40 columns, how to quit. "tilbake" is left out while there is nothing to go back to.
pub fn footer(
    mode: Mode,
    st: FooterState,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Line<'static> {
    if st.quit_armed {
        return Line::from(Span::styled(
            truncate(s::QUIT_CONFIRM, width, sym.ellipsis),
            theme.key(),
        ));
    }
    let hint = |b: &Binding| -> Option<(String, &'static str)> {
        let h = b.hint?;
        let k = b.keys.first()?;
        Some((s::key_label(*k, sym.ascii), h))
    };
    let quit = BINDINGS
        .iter()
        .find(|b| b.action == Some(Action::Quit))
        .and_then(hint);
    let quit_w = quit
        .as_ref()
        .map_or(0, |(k, h)| 2 + text_width(k) + 1 + text_width(h));
    let room = if width >= 40 {
        width.saturating_sub(quit_w)
    } else {
        width
    };
    let mut items: Vec<(String, &str)> = Vec::new();
    if st.can_undo_clear {
        items.push((
            s::key_label(
                crate::app::keymap::Key::Code(ratatui::crossterm::event::KeyCode::Esc),
                sym.ascii,
            ),
            s::UNDO_CLEAR,
        ));
    }
    for b in BINDINGS {
        if !b.when.contains(&mode) || b.action == Some(Action::Quit) {
            continue;
        }
        if (!st.can_back && b.action == Some(Action::Back))
            || (!st.can_open && b.action == Some(Action::Open))
            || (st.can_undo_clear && b.action == Some(Action::Cancel))
        {
            continue;
        }
        if let Some((k, h)) = hint(b)
            && !items.iter().any(|(_, seen)| *seen == h)
        {
            items.push((k, h));
        }
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (key, h) in items {
        let sep = if spans.is_empty() { "" } else { "  " };
        let w = text_width(sep) + text_width(&key) + 1 + text_width(h);
        if used + w > room {
            break;
        }
        used += w;
        spans.push(Span::raw(sep));
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {h}")));
    }
    if let Some((k, h)) = quit
        && width >= 40
    {
        let sep = if spans.is_empty() { "" } else { "  " };
        spans.push(Span::raw(sep));
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::raw(format!(" {h}")));
    }
    if spans.is_empty() {
        return Line::from(truncate(s::HELP_CLOSE, width, sym.ellipsis));
    }
    Line::from(spans)
}

/// The keymap as Markdown (bokmål), grouped as in the help, with the keys reserved for coming
/// work and those avoided. `assets/keys.md` holds a copy that a test keeps equal to this.
pub fn keys_markdown() -> String {
    let mut out = String::from(
        "# Taster i yrke\n\nBokstaver, tall, mellomrom og tegn går alltid inn i søket, fra hvilken rute som \
         helst. Alt pluss en bokstav skriver bokstaven.\n",
    );
    for g in Group::ALL {
        out.push_str(&format!(
            "\n## {}\n\n| Tast | Hva | Når |\n|---|---|---|\n",
            s::group_heading(g)
        ));
        for b in BINDINGS.iter().filter(|b| b.group == g) {
            let keys = b
                .keys
                .iter()
                .map(|k| format!("`{}`", s::key_label(*k, false).replace('|', "\\|")))
                .collect::<Vec<_>>()
                .join(" ");
            let when = s::when_note(b.when).unwrap_or(s::EVERYWHERE);
            out.push_str(&format!("| {keys} | {} | {when} |\n", b.help));
        }
    }
    out.push_str(s::KEYS_RESERVED_MD);
    out
}
