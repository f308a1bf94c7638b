//! The help overlay and the footer hints, both generated from `app::keymap::BINDINGS`.

use ratatui::text::{Line, Span};

use super::doc::Doc;
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::app::keymap::{BINDINGS, Binding};
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

/// The rows of the help overlay at `width` columns.
pub fn lines(width: usize, theme: Theme, sym: Symbols) -> Vec<Line<'static>> {
    let mut d = Doc::new(width, theme, sym);
    d.plain(s::HELP_INTRO);
    d.blank();
    let labels: Vec<String> = BINDINGS.iter().map(|b| keys(b, sym.ascii)).collect();
    // Longer key lists get a row of their own rather than widening the column for all.
    let kw = labels
        .iter()
        .map(|l| text_width(l))
        .filter(|w| *w <= KEY_COLUMN)
        .max()
        .unwrap_or(0)
        .min(width / 3);
    for (b, label) in BINDINGS.iter().zip(labels) {
        let mut text = b.help.to_string();
        if let Some(note) = s::when_note(b.when) {
            text = format!("{text} ({note})");
        }
        let key = Span::styled(label.clone(), theme.key());
        if text_width(&label) <= kw {
            let pad = " ".repeat(kw - text_width(&label) + 2);
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
    d.finish()
}

/// Rows of the help overlay whichever symbols are used (key names differ in width).
pub fn line_count(width: usize) -> usize {
    let t = Theme { color: false };
    lines(width, t, Symbols::new(false))
        .len()
        .max(lines(width, t, Symbols::new(true)).len())
}

/// The footer: the hinted keys that apply in `mode`, as many whole hints as fit. The
/// "tilbake" hint is left out while there is nothing to go back to.
pub fn footer(
    mode: Mode,
    can_back: bool,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Line<'static> {
    let mut seen: Vec<&str> = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for b in BINDINGS {
        let Some(hint) = b.hint else { continue };
        if !b.when.contains(&mode) || seen.contains(&hint) {
            continue;
        }
        if !can_back && b.action == Some(Action::Back) {
            continue;
        }
        seen.push(hint);
        let Some(k) = b.keys.first() else { continue };
        let key = s::key_label(*k, sym.ascii);
        let sep = if spans.is_empty() { "" } else { "  " };
        let w = text_width(sep) + text_width(&key) + 1 + text_width(hint);
        if used + w > width {
            break;
        }
        used += w;
        spans.push(Span::raw(sep));
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {hint}")));
    }
    if spans.is_empty() {
        return Line::from(truncate(s::HELP_CLOSE, width, sym.ellipsis));
    }
    Line::from(spans)
}

/// The keymap as a Markdown table (bokmål), for the README. `assets/keys.md` holds a copy
/// that a test keeps equal to this.
pub fn keys_markdown() -> String {
    let mut out = String::from("| Tast | Hva | Når |\n|---|---|---|\n");
    for b in BINDINGS {
        let keys = b
            .keys
            .iter()
            .map(|k| format!("`{}`", s::key_label(*k, false).replace('|', "\\|")))
            .collect::<Vec<_>>()
            .join(" ");
        let when = s::when_note(b.when).unwrap_or(s::EVERYWHERE);
        out.push_str(&format!("| {keys} | {} | {when} |\n", b.help));
    }
    out
}
