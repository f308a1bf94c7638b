//! Selections and scroll positions: moving them by rows or pages, and keeping them in range
//! and in view for the panes at the last known size.

use ratatui::layout::Rect;

use super::{App, Pane, screen, set_current};
use crate::app::layout;
use crate::app::scroll;

/// Rows of one page in a pane: its visible height less one row of context.
pub(super) fn page(app: &App, p: Option<Pane>) -> isize {
    let scr = screen(app);
    let h = match p {
        None => scr.help.map(layout::inner),
        Some(Pane::Search) => scr.inner(Pane::Search).map(|r| layout::search_parts(r).2),
        Some(Pane::Related) => scr.inner(Pane::Related).map(|r| layout::related_parts(r).1),
        Some(other) => scr.inner(other),
    }
    .map_or(10, |r| r.height);
    h.saturating_sub(1).max(1) as isize
}

fn moved(v: usize, by: isize, len: usize) -> usize {
    let max = len.saturating_sub(1) as isize;
    (v as isize).saturating_add(by).clamp(0, max.max(0)) as usize
}

/// Move the selection or scroll of a pane (`None`: the help overlay) by `by` rows.
pub(super) fn step(app: &mut App, p: Option<Pane>, by: isize) {
    match p {
        None if app.v.compare => {
            app.v.compare_scroll = moved(app.v.compare_scroll, by, usize::MAX / 4);
        }
        None => app.v.help_scroll = moved(app.v.help_scroll, by, usize::MAX / 4),
        Some(Pane::Search) => {
            app.v.hit_sel = moved(app.v.hit_sel, by, app.v.hits.len());
            if let Some(id) = app.v.hits.get(app.v.hit_sel).map(|h| h.id.clone()) {
                set_current(app, Some(id));
            }
        }
        Some(Pane::Related) => {
            app.v.rel_sel = moved(app.v.rel_sel, by, app.v.relations.len());
        }
        Some(Pane::Detail) => {
            app.v.detail_scroll = moved(app.v.detail_scroll, by, usize::MAX / 4);
        }
        Some(Pane::Timeline) => {
            app.v.timeline_scroll = moved(app.v.timeline_scroll, by, usize::MAX / 4);
        }
    }
}

/// Clamp a text pane's scroll to its wrapped length at the pane's width; unchanged when the
/// pane is not on screen.
fn clamp_doc(scroll: usize, inner: Option<Rect>, count: impl FnOnce(usize) -> usize) -> usize {
    match inner {
        Some(r) => scroll::clamp(scroll, count(usize::from(r.width)), usize::from(r.height)),
        None => scroll,
    }
}

/// Keep selections in range and in view, and scroll positions inside their text, for the
/// panes visible at the last known size.
pub(super) fn sync(app: &mut App) {
    let v = &mut app.v;
    v.hit_sel = v.hit_sel.min(v.hits.len().saturating_sub(1));
    v.rel_sel = v.rel_sel.min(v.relations.len().saturating_sub(1));
    let scr = screen(app);
    let m = app.measure.clone();
    if let Some(inner) = scr.inner(Pane::Search) {
        let h = usize::from(layout::search_parts(inner).2.height);
        let v = &mut app.v;
        v.hit_offset = scroll::follow(v.hit_offset, v.hit_sel, v.hit_sel + 1, h, v.hits.len());
    }
    if let Some(inner) = scr.inner(Pane::Related) {
        let ((first, end), total) = m.related_span(
            app.v.lang,
            &app.v.relations,
            app.v.rel_sel,
            usize::from(inner.width),
        );
        let h = usize::from(layout::related_parts(inner).1.height);
        app.v.rel_offset = scroll::follow(app.v.rel_offset, first, end, h, total);
    }
    let current = app.v.current.as_deref();
    app.v.detail_scroll = clamp_doc(app.v.detail_scroll, scr.inner(Pane::Detail), |w| {
        m.detail_rows(app.v.lang, &app.data, current, w)
    });
    app.v.timeline_scroll = clamp_doc(app.v.timeline_scroll, scr.inner(Pane::Timeline), |w| {
        m.timeline_rows(app.v.lang, &app.data, current, w)
    });
    if let Some(r) = scr.help {
        let inner = layout::inner(r);
        let (w, h) = (usize::from(inner.width), usize::from(inner.height));
        if app.v.compare {
            let n = m.compare_rows(app.v.lang, &app.data, &app.v.shortlist, w);
            app.v.compare_scroll = scroll::clamp(app.v.compare_scroll, n, h);
        } else {
            app.v.help_scroll = scroll::clamp(app.v.help_scroll, m.help_rows(app.v.lang, w), h);
        }
    }
}
