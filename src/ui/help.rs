//! The help overlay and the footer hints, both generated from `app::keymap::BINDINGS`.

use ratatui::text::{Line, Span};

use super::doc::Doc;
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::app::keymap::{BINDINGS, Binding, Group};
use crate::app::{Action, Mode};
use crate::lang::{Lang, Ui};

/// Widest key column of the help overlay.
const KEY_COLUMN: usize = 16;

fn keys(b: &Binding, sym: Symbols) -> String {
    b.keys
        .iter()
        .map(|k| s::key_label(sym.lang, *k, sym.ascii))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The rows of the help overlay at `width` columns: keys grouped by what a pupil wants to
/// do, then the glossary, then where screen-reader users find the same text.
pub fn lines(width: usize, theme: Theme, sym: Symbols) -> Vec<Line<'static>> {
    let mut d = Doc::new(width, theme, sym);
    let l = sym.lang;
    d.plain(l.t(Ui::HelpIntro));
    let labels: Vec<String> = BINDINGS.iter().map(|b| keys(b, sym)).collect();
    // Longer key lists get a row of their own rather than widening the column for all.
    let kw = labels
        .iter()
        .map(|l| text_width(l))
        .filter(|w| *w <= KEY_COLUMN)
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for g in Group::ALL {
        d.heading(s::group_heading(l, g));
        for (b, label) in BINDINGS.iter().zip(&labels).filter(|(b, _)| b.group == g) {
            let mut text = l.t(b.help).to_string();
            if let Some(note) = s::when_note(l, b.when) {
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
    d.heading(l.t(Ui::GlossaryHeading));
    for (word, meaning) in crate::lang::ui::GLOSSARY.map(|(w, m)| (l.t(w), l.t(m))) {
        d.hanging(
            vec![
                Span::styled(format!("{word}:"), theme.label()),
                Span::raw(format!(" {meaning}")),
            ],
            2,
        );
    }
    d.blank();
    d.plain(l.t(Ui::ScreenReader));
    d.finish()
}

/// Rows of the help overlay whichever symbols are used (key names differ in width).
pub fn line_count(width: usize, l: Lang) -> usize {
    let t = Theme { color: false };
    lines(width, t, Symbols::new(false).in_lang(l))
        .len()
        .max(lines(width, t, Symbols::new(true).in_lang(l)).len())
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
            truncate(sym.lang.t(Ui::QuitConfirm), width, sym.ellipsis),
            theme.key(),
        ));
    }
    let hint = |b: &Binding| -> Option<(String, &'static str)> {
        let h = sym.lang.t(b.hint?);
        let k = b.keys.first()?;
        Some((s::key_label(sym.lang, *k, sym.ascii), h))
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
                sym.lang,
                crate::app::keymap::Key::Code(ratatui::crossterm::event::KeyCode::Esc),
                sym.ascii,
            ),
            sym.lang.t(Ui::UndoClear),
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
        return Line::from(truncate(sym.lang.t(Ui::HelpClose), width, sym.ellipsis));
    }
    Line::from(spans)
}

/// The keymap as Markdown (bokmål, as the docs are), grouped as in the help, with the keys
/// avoided. `assets/keys.md` holds a copy that a test keeps equal to this.
pub fn keys_markdown() -> String {
    let mut out = String::from(
        "# Taster i yrke\n\nBokstaver, tall, mellomrom og tegn går alltid inn i søket, fra hvilken rute som \
         helst. Alt pluss en bokstav skriver bokstaven.\n",
    );
    for g in Group::ALL {
        out.push_str(&format!(
            "\n## {}\n\n| Tast | Hva | Når |\n|---|---|---|\n",
            s::group_heading(Lang::Nb, g)
        ));
        for b in BINDINGS.iter().filter(|b| b.group == g) {
            let keys = b
                .keys
                .iter()
                .map(|k| {
                    format!(
                        "`{}`",
                        s::key_label(Lang::Nb, *k, false).replace('|', "\\|")
                    )
                })
                .collect::<Vec<_>>()
                .join(" ");
            let when = s::when_note(Lang::Nb, b.when).unwrap_or(Lang::Nb.t(Ui::Everywhere));
            out.push_str(&format!("| {keys} | {} | {when} |\n", Lang::Nb.t(b.help)));
        }
    }
    out.push_str(s::KEYS_AVOIDED_MD);
    out
}
