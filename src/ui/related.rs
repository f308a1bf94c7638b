//! Relaterte: the breadcrumb, then related entries grouped by why they are related, each
//! with its note. Rows are computed here so `update` can scroll and the mouse can click
//! exactly what is drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::rows::{Sel, entry_row};
use super::theme::{Symbols, Theme};
use super::wrap::{width as text_width, wrap};
use crate::app::layout::related_parts;
use crate::app::scroll;
use crate::dataset::relations::Relation;
use crate::lang::Ui;

/// A drawn row; `item` is the relation it belongs to (headers belong to none).
pub struct Row {
    pub item: Option<usize>,
    pub line: Line<'static>,
}

/// All rows of the list at `width` columns. `selected` is drawn with the marker.
pub fn rows(
    rels: &[Relation],
    selected: Option<(usize, bool)>,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Vec<Row> {
    let mut out = Vec::new();
    let mut last = None;
    for (i, r) in rels.iter().enumerate() {
        if last != Some(r.why) {
            last = Some(r.why);
            let label = capitalise(r.why.label(sym.lang));
            for line in wrap(Vec::new(), &[Span::styled(label, theme.title())], 2, width) {
                out.push(Row { item: None, line });
            }
        }
        // A note shared by neighbours of the same kind names their group (Lege's specialties
        // by LIS2 route): written once, as a sub-heading, instead of under every row.
        let shares = |j: usize| {
            rels.get(j)
                .is_some_and(|o| o.why == r.why && o.note.is_some() && o.note == r.note)
        };
        let grouped = shares(i + 1) || (i > 0 && shares(i - 1));
        if grouped && !(i > 0 && shares(i - 1)) {
            let note = r.note.clone().unwrap_or_default();
            for line in wrap(
                vec![Span::raw("  ")],
                &[Span::styled(note, theme.label())],
                2,
                width,
            ) {
                out.push(Row { item: None, line });
            }
        }
        let sel = match selected {
            Some((j, true)) if j == i => Sel::Focused,
            Some((j, false)) if j == i => Sel::Unfocused,
            _ => Sel::No,
        };
        out.push(Row {
            item: Some(i),
            line: entry_row(&r.name, &[], r.kind, width, sel, theme, sym),
        });
        if let Some(note) = r.note.as_ref().filter(|_| !grouped) {
            for line in wrap(
                vec![Span::raw("    ")],
                &[Span::raw(note.clone())],
                4,
                width,
            ) {
                out.push(Row {
                    item: Some(i),
                    line,
                });
            }
        }
    }
    out
}

/// The rows of entry `i`: first (inclusive) and end (exclusive).
pub fn item_span(rows: &[Row], i: usize) -> (usize, usize) {
    let first = rows.iter().position(|r| r.item == Some(i)).unwrap_or(0);
    let end = rows
        .iter()
        .rposition(|r| r.item == Some(i))
        .map_or(first + 1, |p| p + 1);
    (first, end)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// What Relaterte shows.
pub struct RelatedView<'a> {
    /// Names of the history, oldest first, and the cursor among them.
    pub trail: Vec<String>,
    pub cursor: usize,
    /// The shown entry's name, when it is a preview not in the history.
    pub preview: Option<String>,
    pub current: Option<&'a str>,
    pub relations: &'a [Relation],
    pub selected: usize,
    pub offset: usize,
    pub focused: bool,
}

pub fn render(v: &RelatedView, inner: Rect, buf: &mut Buffer, theme: Theme, sym: Symbols) {
    let (crumb_area, list) = related_parts(inner);
    let w = usize::from(inner.width);
    crumb(v, w, theme, sym).render(crumb_area, buf);
    if v.current.is_none() {
        for (i, l) in wrap(Vec::new(), &[Span::raw(sym.lang.t(Ui::PickFirst))], 0, w)
            .into_iter()
            .enumerate()
        {
            buf.set_line(list.x, list.y + i as u16, &l, list.width);
        }
        return;
    }
    if v.relations.is_empty() {
        Line::from(sym.lang.t(Ui::NoRelations)).render(list, buf);
        return;
    }
    let rows = rows(v.relations, Some((v.selected, v.focused)), w, theme, sym);
    let h = usize::from(list.height);
    let (first, end) = item_span(&rows, v.selected);
    let offset = scroll::follow(v.offset, first, end, h, rows.len());
    for (k, row) in rows.iter().skip(offset).take(h).enumerate() {
        let y = list.y + u16::try_from(k).unwrap_or(u16::MAX);
        buf.set_line(list.x, y, &row.line, list.width);
    }
}

/// "Vei: A › B › C" ending in the shown entry (bold); cut from the left when too long.
fn crumb(v: &RelatedView, width: usize, theme: Theme, sym: Symbols) -> Line<'static> {
    // The path up to what is shown, which is always last; entries ahead (after going back)
    // are left out so the last name is never ambiguous.
    let upto = (v.cursor + 1).min(v.trail.len());
    let mut parts: Vec<(String, ratatui::style::Style)> = v.trail[..upto]
        .iter()
        .map(|n| (n.clone(), ratatui::style::Style::new()))
        .collect();
    if let Some(p) = &v.preview {
        parts.push((p.clone(), ratatui::style::Style::new()));
    }
    if let Some(last) = parts.last_mut() {
        last.1 = theme.label();
    }
    if parts.is_empty() {
        return Line::default();
    }
    let total = |p: &[(String, _)]| {
        text_width(sym.lang.t(Ui::Trail))
            + p.iter().map(|(n, _)| text_width(n)).sum::<usize>()
            + p.len().saturating_sub(1) * text_width(sym.crumb)
    };
    let mut cut = false;
    while parts.len() > 1 && total(&parts) + if cut { text_width(sym.ellipsis) } else { 0 } > width
    {
        parts.remove(0);
        cut = true;
    }
    let mut spans = vec![Span::styled(sym.lang.t(Ui::Trail), theme.muted())];
    if cut {
        spans.push(Span::raw(sym.ellipsis));
    }
    for (i, (name, style)) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(sym.crumb, theme.muted()));
        }
        spans.push(Span::styled(name, style));
    }
    Line::from(spans)
}
