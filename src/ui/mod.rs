//! Drawing: a pure function of `&App` onto any ratatui backend. The screen is laid out by
//! [`layout::screen`]; each pane draws from plain data into its own rectangle.

mod ascii;
pub mod compare;
pub mod detail;
pub mod doc;
pub mod help;
pub mod measure;
pub mod related;
pub mod rows;
pub mod search_pane;
pub mod strings;
pub mod theme;
pub mod timeline;
pub mod wrap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::app::layout::{self, Layout, Screen};
use crate::app::scroll;
use crate::app::{App, Pane};
use crate::lang::Ui;
pub use measure::{measure, measure_for};
use theme::{Symbols, Theme};

/// How to draw: chosen once per session from flags and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Use the 16 ANSI colours; without, only bold/reverse/underline.
    pub color: bool,
    /// Plain ASCII borders and symbols (non-UTF-8 locale or `--ascii`).
    pub ascii: bool,
}

pub fn draw(frame: &mut Frame, app: &App, opts: &Options) {
    let area = frame.area();
    render(area, frame.buffer_mut(), app, opts);
    // The terminal's own cursor marks where typing goes: every font draws it (a drawn bar
    // glyph is missing from PuTTY's default font), and when it is hidden elsewhere it is
    // never left on the bottom row, where xterm would scroll the screen on a resize.
    if let Some(at) = cursor(area, app, opts.ascii) {
        frame.set_cursor_position(at);
    }
}

/// Where the cursor goes: after the query in Søk, when Søk has focus and is drawn.
pub fn cursor(area: Rect, app: &App, ascii: bool) -> Option<ratatui::layout::Position> {
    if app.focus() != Pane::Search || app.help_open() {
        return None;
    }
    let scr = layout::screen(area, app.focus(), app.tab(), app.help_open(), app.lang());
    let inner = scr.inner(Pane::Search)?;
    let (q, _, _) = layout::search_parts(inner);
    let col = search_pane::cursor_column(app.query(), inner.width, ascii);
    (q.height > 0).then(|| ratatui::layout::Position::new(q.x + col, q.y))
}

/// Draw the whole screen into `buf` (what [`draw`] does, without a `Frame`).
pub fn render(area: Rect, buf: &mut Buffer, app: &App, opts: &Options) {
    let theme = Theme { color: opts.color };
    let sym = Symbols::new(opts.ascii).in_lang(app.lang());
    let overlay = app.help_open() || app.compare_open();
    let scr = layout::screen(area, app.focus(), app.tab(), overlay, app.lang());
    if scr.layout == Layout::TooSmall {
        too_small(area, buf, app.lang());
        return;
    }
    for (pane, rect) in &scr.panes {
        draw_pane(*pane, *rect, buf, app, &scr, theme, sym);
    }
    if let Some(f) = scr.footer {
        let h = app.history();
        let can_back = h.can_back() || (!h.is_empty() && app.current() != h.current());
        let st = help::FooterState {
            can_back,
            quit_armed: app.quit_armed(),
            can_undo_clear: app.query().is_empty() && app.cleared_query().is_some(),
            can_open: !app.hits().is_empty() || app.focus() == Pane::Related,
        };
        help::footer(app.mode(), st, usize::from(f.width), theme, sym).render(f, buf);
    }
    if let Some(h) = scr.help {
        if app.compare_open() {
            draw_compare(h, buf, app, theme, sym);
        } else {
            draw_help(h, buf, app, theme, sym);
        }
    }
    if opts.ascii {
        ascii::rows(buf);
    }
}

fn too_small(area: Rect, buf: &mut Buffer, l: crate::lang::Lang) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let full = strings::too_small(l, layout::MIN_WIDTH, layout::MIN_HEIGHT);
    let fits = wrap::width(&full) <= usize::from(area.width);
    let msg = if fits {
        full
    } else {
        l.t(crate::lang::Ui::TooSmallShort).to_string()
    };
    let w = wrap::width(&msg).min(usize::from(area.width));
    let text = wrap::truncate(&msg, w, "");
    let x = area.x + (area.width - w as u16) / 2;
    let y = area.y + area.height / 2;
    buf.set_stringn(x, y, text, w, ratatui::style::Style::new());
}

/// The rows of a text pane and its scroll position, clamped to the rows there are.
fn text_pane(
    pane: Pane,
    app: &App,
    inner: Rect,
    theme: Theme,
    sym: Symbols,
) -> (Vec<Line<'static>>, usize) {
    let w = usize::from(inner.width);
    let (lines, scroll) = match pane {
        Pane::Detail if app.no_match() => (
            detail::nothing_found(app.query(), app.suggesting(), w, theme, sym),
            0,
        ),
        Pane::Detail => (
            detail::lines(app.data(), app.current(), w, theme, sym),
            app.detail_scroll(),
        ),
        _ => (
            timeline::lines(app.data(), app.current(), w, theme, sym),
            app.timeline_scroll(),
        ),
    };
    let scroll = scroll::clamp(scroll, lines.len(), usize::from(inner.height));
    (lines, scroll)
}

/// The heading of the section that row `scroll` of a text pane belongs to.
fn section_at(app: &App, pane: Pane, inner: Rect, lines: &[Line], scroll: usize) -> Option<String> {
    if app.no_match() && pane == Pane::Detail {
        return None;
    }
    let w = usize::from(inner.width);
    let rows = match pane {
        Pane::Detail => detail::sections(app.data(), app.current(), w, app.lang()),
        Pane::Timeline => timeline::sections(app.data(), app.current(), w, app.lang()),
        _ => return None,
    };
    let row = rows.into_iter().rev().find(|r| *r <= scroll)?;
    let text = lines.get(row)?.to_string();
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn draw_lines(lines: &[Line], scroll: usize, inner: Rect, buf: &mut Buffer) {
    for (i, l) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .enumerate()
    {
        buf.set_line(inner.x, inner.y + i as u16, l, inner.width);
    }
}

fn draw_pane(
    pane: Pane,
    rect: Rect,
    buf: &mut Buffer,
    app: &App,
    scr: &Screen,
    theme: Theme,
    sym: Symbols,
) {
    let focused = app.focus() == pane && !app.help_open();
    let inner = layout::inner(rect);
    let mut block = Block::bordered()
        .border_set(sym.border)
        .border_style(theme.border(focused));
    let titled =
        scr.layout == Layout::Wide || (scr.layout == Layout::Tabbed && pane == Pane::Search);
    if titled {
        let style = if focused {
            theme.tab_active()
        } else {
            theme.title()
        };
        let t = format!(" {} {} ", pane.number(), strings::pane_name(pane, sym.lang));
        block = block.title(Span::styled(t, style));
    }
    let text = matches!(pane, Pane::Detail | Pane::Timeline)
        .then(|| text_pane(pane, app, inner, theme, sym));
    let indicator = match (&text, pane) {
        (Some((lines, scroll)), _) => {
            scroll::indicator(*scroll, usize::from(inner.height), lines.len()).map(|ind| {
                // Which section the top of the pane is in, so a long page has landmarks.
                match section_at(app, pane, inner, lines, *scroll) {
                    Some(name) => {
                        let room = usize::from(inner.width)
                            .saturating_sub(wrap::width(&ind) + wrap::width(sym.dot) + 4);
                        format!(
                            "{}{}{ind}",
                            wrap::truncate(&name, room, sym.ellipsis),
                            sym.dot
                        )
                    }
                    None => ind,
                }
            })
        }
        (None, Pane::Search) if !app.hits().is_empty() => {
            Some(format!("{}/{}", app.selected_hit() + 1, app.hits().len()))
        }
        (None, Pane::Related) if !app.relations().is_empty() => Some(format!(
            "{}/{}",
            app.selected_relation() + 1,
            app.relations().len()
        )),
        _ => None,
    };
    if let Some(ind) = indicator {
        block = block.title_bottom(Line::from(format!(" {ind} ")).right_aligned());
    }
    block.render(rect, buf);
    draw_tabs(rect, buf, scr, focused.then_some(pane), theme, sym);

    match (pane, text) {
        (_, Some((lines, scroll))) => draw_lines(&lines, scroll, inner, buf),
        (Pane::Search, None) => {
            let v = search_pane::SearchView {
                query: app.query(),
                hits: app.hits(),
                selected: app.selected_hit(),
                offset: app.hit_offset(),
                focused,
                total: app.hits_total(),
                suggesting: app.suggesting(),
                filter: strings::filter_label(sym.lang, app.filter()),
                marked: app.shortlist(),
            };
            search_pane::render(&v, inner, buf, theme, sym);
        }
        (_, None) => {
            let data = app.data();
            let name = |id: &str| {
                data.entry(id)
                    .map_or(id.to_string(), |e| e.name().to_string())
            };
            let (trail, cursor) = app.history().trail();
            let preview = app
                .current()
                .filter(|c| app.history().current() != Some(*c))
                .map(name);
            let v = related::RelatedView {
                trail: trail.iter().map(|id| name(id)).collect(),
                cursor,
                preview,
                current: app.current(),
                relations: app.relations(),
                selected: app.selected_relation(),
                offset: app.related_offset(),
                focused,
            };
            related::render(&v, inner, buf, theme, sym);
        }
    }
}

/// Tab labels over the top border of `rect`, where the layout put them.
fn draw_tabs(
    rect: Rect,
    buf: &mut Buffer,
    scr: &Screen,
    focused: Option<Pane>,
    theme: Theme,
    sym: Symbols,
) {
    let on = |t: &&layout::Tab| t.rect.y == rect.y && t.rect.x > rect.x && t.rect.x < rect.right();
    let tabs: Vec<_> = scr.tabs.iter().filter(on).collect();
    if tabs.is_empty() {
        return;
    }
    // Clear the border under the tab bar, then draw labels and separators.
    let first = tabs[0].rect.x.saturating_sub(1).max(rect.x + 1);
    let last = tabs[tabs.len() - 1].rect;
    let end = (last.x + last.width + 1).min(rect.right().saturating_sub(1));
    for x in first..end {
        buf.set_string(x, rect.y, " ", theme.border(false));
    }
    for (i, t) in tabs.iter().enumerate() {
        let style = match (t.active, focused == Some(t.pane)) {
            (true, true) => theme.tab_active(),
            (true, false) => theme.tab_shown(),
            _ => theme.title(),
        };
        let label = if sym.ascii {
            t.label.replace(layout::ACTIVE_MARK, ">")
        } else {
            t.label.clone()
        };
        buf.set_stringn(t.rect.x, t.rect.y, &label, usize::from(t.rect.width), style);
        let sep_x = t.rect.x + t.rect.width + 1;
        if i + 1 < tabs.len() && sep_x < rect.right().saturating_sub(1) {
            buf.set_string(sep_x, t.rect.y, sym.tab_sep, theme.muted());
        }
    }
}

fn draw_help(rect: Rect, buf: &mut Buffer, app: &App, theme: Theme, sym: Symbols) {
    Clear.render(rect, buf);
    let inner = layout::inner(rect);
    let lines = help::lines(usize::from(inner.width), theme, sym);
    let scroll = scroll::clamp(app.help_scroll(), lines.len(), usize::from(inner.height));
    let mut block = Block::bordered()
        .border_set(sym.border)
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(" {} ", sym.lang.t(Ui::HelpTitle)),
            theme.tab_active(),
        ));
    let mut bottom = format!(" {} ", sym.lang.t(Ui::HelpClose));
    if let Some(ind) = scroll::indicator(scroll, usize::from(inner.height), lines.len()) {
        bottom = format!(" {ind} {bottom}");
    }
    block = block.title_bottom(Line::from(bottom).right_aligned());
    block.render(rect, buf);
    draw_lines(&lines, scroll, inner, buf);
}

fn draw_compare(rect: Rect, buf: &mut Buffer, app: &App, theme: Theme, sym: Symbols) {
    Clear.render(rect, buf);
    let inner = layout::inner(rect);
    let lines = compare::lines(
        app.data(),
        app.shortlist(),
        usize::from(inner.width),
        theme,
        sym.lang,
    );
    let scroll = scroll::clamp(app.compare_scroll(), lines.len(), usize::from(inner.height));
    let mut bottom = format!(" {} ", sym.lang.t(Ui::HelpClose));
    if let Some(ind) = scroll::indicator(scroll, usize::from(inner.height), lines.len()) {
        bottom = format!(" {ind} {bottom}");
    }
    Block::bordered()
        .border_set(sym.border)
        .border_style(theme.border(true))
        .title(Span::styled(
            format!(" {} ", sym.lang.t(Ui::CompareTitle)),
            theme.tab_active(),
        ))
        .title_bottom(Line::from(bottom).right_aligned())
        .render(rect, buf);
    draw_lines(&lines, scroll, inner, buf);
}

/// A drawn buffer as plain text, one line per row, trailing spaces trimmed (for screen
/// captures in `assets/` and snapshot tests).
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
