//! Søk: the query line, the count and the hit list. A function of plain data.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::rows::{Sel, entry_row};
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::{truncate, width as text_width};
use crate::app::layout::search_parts;
use crate::app::scroll;
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
    /// Close names to offer when nothing matched.
    pub suggestions: &'a [String],
}

pub fn render(v: &SearchView, inner: Rect, buf: &mut Buffer, theme: Theme, sym: Symbols) {
    let (q, count, list) = search_parts(inner);
    let w = usize::from(inner.width);

    // Query line: the end of a long query stays visible.
    let prompt = s::QUERY_PROMPT;
    let room = w.saturating_sub(text_width(prompt) + 1);
    let mut spans = vec![Span::styled(prompt, theme.label())];
    if v.query.is_empty() && !v.focused {
        spans.push(Span::styled(
            truncate(s::QUERY_PLACEHOLDER, room, sym.ellipsis),
            theme.muted(),
        ));
    } else {
        let chars: Vec<char> = v.query.chars().collect();
        let mut start = 0;
        while start < chars.len() && text_width(&chars[start..].iter().collect::<String>()) > room {
            start += 1;
        }
        spans.push(Span::raw(chars[start..].iter().collect::<String>()));
        if v.focused {
            spans.push(Span::styled(sym.cursor, theme.key()));
        }
        if v.query.is_empty() {
            spans.push(Span::styled(
                truncate(s::QUERY_PLACEHOLDER, room.saturating_sub(1), sym.ellipsis),
                theme.muted(),
            ));
        }
    }
    Line::from(spans).render(q, buf);

    let status = if v.hits.is_empty() {
        vec![Span::styled(
            s::no_hits(v.query, sym.lquote, sym.rquote),
            theme.error(),
        )]
    } else {
        let mut spans = vec![Span::raw(s::hit_count(
            v.hits.len(),
            v.total,
            v.query.trim().is_empty(),
        ))];
        // Why the selected hit matched, when it was not by its name.
        if let Some(h) = v.hits.get(v.selected).filter(|h| h.field != Field::Name) {
            let used = text_width(&spans[0].content) + text_width(sym.dot);
            let why = format!("{}: {}", h.field.label(), h.matched);
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
        if !v.suggestions.is_empty() {
            let text = format!("{}{}?", s::DID_YOU_MEAN, v.suggestions.join(", "));
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(list, buf);
        }
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
        let line = entry_row(&hit.name, &hit.positions, hit.kind, w, sel, theme, sym);
        let y = list.y + u16::try_from(row).unwrap_or(u16::MAX);
        buf.set_line(list.x, y, &line, list.width);
    }
}
