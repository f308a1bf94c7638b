//! Søk: the query line, the count and the hit list. A function of plain data.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::rows::{Sel, marked_row};
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::app::layout::search_parts;
use crate::app::scroll;
use crate::lang::Ui;
use crate::search::{Field, Hit};

/// What Søk shows.
pub struct SearchView<'a> {
    pub query: &'a str,
    pub hits: &'a [Hit],
    pub selected: usize,
    pub offset: usize,
    pub focused: bool,
    /// How many entries matched (more than `hits` when the list is capped).
    pub total: usize,
    /// Nothing matched; `hits` are close names to choose from.
    pub suggesting: bool,
    /// "bare yrker" / "bare spesialiteter" when the list is filtered.
    pub filter: Option<&'a str>,
    /// Ids marked for comparison.
    pub marked: &'a [String],
}

/// The visible end of the query in `room` columns: a long query keeps its last letters.
fn visible_query(query: &str, room: usize) -> String {
    let chars: Vec<char> = query.chars().collect();
    let mut start = 0;
    while start < chars.len() && text_width(&chars[start..].iter().collect::<String>()) > room {
        start += 1;
    }
    chars[start..].iter().collect()
}

/// Columns the query line needs for the prompt and the room the query gets (one column is
/// kept free for the cursor after it).
fn query_room(width: u16) -> usize {
    usize::from(width).saturating_sub(text_width(s::QUERY_PROMPT) + 1)
}

/// The column just after the visible query, where the terminal's cursor goes.
pub fn cursor_column(query: &str, width: u16, ascii: bool) -> u16 {
    let mut shown = visible_query(query, query_room(width));
    if ascii {
        // The line is drawn transliterated (ø → oe), so the cursor goes after that.
        shown = crate::text::ascii(&shown).into_owned();
    }
    u16::try_from(text_width(s::QUERY_PROMPT) + text_width(&shown)).unwrap_or(u16::MAX)
}

pub fn render(v: &SearchView, inner: Rect, buf: &mut Buffer, theme: Theme, sym: Symbols) {
    let (q, count, list) = search_parts(inner);
    let w = usize::from(inner.width);

    // Query line: the end of a long query stays visible; the terminal's cursor follows it.
    let prompt = s::QUERY_PROMPT;
    let room = query_room(inner.width);
    let mut spans = vec![Span::styled(prompt, theme.label())];
    if v.query.is_empty() {
        // The placeholder leaves the first column free for the cursor when focused.
        let lead = if v.focused { " " } else { "" };
        spans.push(Span::raw(lead));
        spans.push(Span::styled(
            truncate(
                sym.lang.t(Ui::QueryPlaceholder),
                room.saturating_sub(lead.len()),
                sym.ellipsis,
            ),
            theme.muted(),
        ));
    } else {
        spans.push(Span::raw(visible_query(v.query, room)));
    }
    Line::from(spans).render(q, buf);

    let status = if v.hits.is_empty() || v.suggesting {
        // Detaljer says what found nothing; here the room goes to the offer.
        let text = if v.suggesting {
            format!(
                "{}?",
                sym.lang.t(Ui::DidYouMean).trim_end().trim_end_matches(':')
            )
        } else {
            s::no_hits(sym.lang, v.query, sym.lquote, sym.rquote)
        };
        vec![Span::styled(
            truncate(&text, w, sym.ellipsis),
            theme.error(),
        )]
    } else {
        let mut count = s::hit_count(sym.lang, v.hits.len(), v.total, v.query.trim().is_empty());
        if let Some(f) = v.filter {
            count = format!("{count} ({f})");
        }
        let mut spans = vec![Span::raw(count)];
        // Why the selected hit matched, when it was not by its name.
        if let Some(h) = v.hits.get(v.selected).filter(|h| h.field != Field::Name) {
            let used = text_width(&spans[0].content) + text_width(sym.dot);
            let why = format!("{}: {}", h.field.label_in(sym.lang), h.matched);
            spans.push(Span::raw(sym.dot));
            spans.push(Span::raw(truncate(
                &why,
                w.saturating_sub(used),
                sym.ellipsis,
            )));
        }
        spans
    };
    Line::from(status).render(count, buf);

    if v.hits.is_empty() {
        return;
    }
    let h = usize::from(list.height);
    let offset = scroll::follow(v.offset, v.selected, v.selected + 1, h, v.hits.len());
    for (row, (i, hit)) in v.hits.iter().enumerate().skip(offset).take(h).enumerate() {
        let sel = match (i == v.selected, v.focused) {
            (false, _) => Sel::No,
            (true, true) => Sel::Focused,
            (true, false) => Sel::Unfocused,
        };
        let marked = v.marked.contains(&hit.id);
        let line = marked_row(
            &hit.name,
            &hit.positions,
            hit.kind,
            w,
            (sel, marked),
            theme,
            sym,
        );
        let y = list.y + u16::try_from(row).unwrap_or(u16::MAX);
        buf.set_line(list.x, y, &line, list.width);
    }
}
