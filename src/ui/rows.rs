//! One list row (search hit or related entry): marker, name with matched letters, kind badge.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::dataset::Kind;

/// How a row is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sel {
    No,
    /// Selected in the focused list.
    Focused,
    /// Selected in a list without focus.
    Unfocused,
}

/// Lists this wide or wider show "spesialitet"; narrower ones "spes.".
const FULL_BADGE_WIDTH: usize = 40;

pub fn badge(kind: Kind, width: usize, l: crate::lang::Lang) -> &'static str {
    match kind {
        Kind::Specialty if width < FULL_BADGE_WIDTH => l.t(crate::lang::Ui::BadgeShortSpecialty),
        k => k.badge(),
    }
}

/// A row `width` columns wide. `positions` are char indices of matched letters in `name`.
pub fn entry_row(
    name: &str,
    positions: &[usize],
    kind: Kind,
    width: usize,
    sel: Sel,
    theme: Theme,
    sym: Symbols,
) -> Line<'static> {
    marked_row(name, positions, kind, width, (sel, false), theme, sym)
}

/// [`entry_row`] for a list where entries can be marked for comparison.
pub fn marked_row(
    name: &str,
    positions: &[usize],
    kind: Kind,
    width: usize,
    (sel, marked): (Sel, bool),
    theme: Theme,
    sym: Symbols,
) -> Line<'static> {
    // Without UTF-8 the name is drawn transliterated (ø → oe): lay it out that way, so the
    // badge keeps its place; matched letters move with their letter.
    let ascii_name;
    let ascii_positions;
    let (name, positions) = if sym.ascii && !name.is_ascii() {
        let mut out = String::new();
        let mut at = Vec::new();
        for c in name.chars() {
            at.push(out.chars().count());
            crate::text::push_ascii(c, &mut out);
        }
        ascii_positions = positions
            .iter()
            .filter_map(|p| at.get(*p).copied())
            .collect::<Vec<_>>();
        ascii_name = out;
        (ascii_name.as_str(), ascii_positions.as_slice())
    } else {
        (name, positions)
    };
    let marker = match (sel == Sel::No, marked) {
        (true, false) => "  ",
        (true, true) => sym.marked,
        (false, false) => sym.selected,
        (false, true) => sym.marked_selected,
    };
    let mut badge_text = badge(kind, width, sym.lang);
    let mut room = width.saturating_sub(text_width(marker) + 1 + text_width(badge_text));
    if room < 6 {
        badge_text = "";
        room = width.saturating_sub(text_width(marker));
    }
    let shown = truncate(name, room, sym.ellipsis);
    let cut = shown != name;
    let (base, hl, badge_style) = match sel {
        Sel::Focused => {
            let b = theme.selection();
            (b, b.add_modifier(Modifier::BOLD | Modifier::UNDERLINED), b)
        }
        Sel::Unfocused => {
            let b = theme.selection_unfocused();
            (b, b.patch(theme.highlight()), b.patch(theme.badge(kind)))
        }
        Sel::No => (Style::new(), theme.highlight(), theme.badge(kind)),
    };
    let mut spans = vec![Span::styled(marker, base)];
    let name_chars = shown.chars().count() - if cut { sym.ellipsis.chars().count() } else { 0 };
    let mut run = String::new();
    let mut run_hl = false;
    for (i, c) in shown.chars().enumerate() {
        let h = i < name_chars && positions.contains(&i);
        if h != run_hl && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hl { hl } else { base },
            ));
        }
        run_hl = h;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hl { hl } else { base }));
    }
    let used = text_width(marker) + text_width(&shown);
    let pad = width.saturating_sub(used + text_width(badge_text));
    spans.push(Span::styled(" ".repeat(pad), base));
    if !badge_text.is_empty() {
        spans.push(Span::styled(badge_text, badge_style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_fills_the_width_and_keeps_the_badge() {
        let sym = Symbols::new(false);
        let t = Theme { color: false };
        for w in [12, 20, 30, 45] {
            let l = entry_row(
                "Barne- og ungdomspsykiatri",
                &[0],
                Kind::Specialty,
                w,
                Sel::No,
                t,
                sym,
            );
            assert_eq!(l.width(), w, "{l}");
        }
        let l = entry_row("Lege", &[], Kind::Occupation, 20, Sel::Focused, t, sym);
        assert_eq!(l.to_string(), "▶ Lege          yrke");
    }
}
