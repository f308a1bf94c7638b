//! Mouse clicks and the wheel: focus what is under the pointer, select or open a row, scroll.

use super::super::layout::{self, contains};
use super::super::{App, Pane};
use super::{focus, open_selected, screen, step};

/// Rows moved by one notch of the mouse wheel in text panes.
const WHEEL_ROWS: isize = 3;

pub(super) fn click(app: &mut App, col: u16, row: u16) {
    let scr = screen(app);
    if let Some(h) = scr.help {
        if !contains(h, col, row) {
            app.v.help = false;
        }
        return;
    }
    if let Some(t) = scr.tabs.iter().find(|t| contains(t.rect, col, row)) {
        focus(app, t.pane);
        return;
    }
    let Some(pane) = scr.pane_at(col, row) else {
        return;
    };
    focus(app, pane);
    let Some(inner) = scr.inner(pane) else { return };
    match pane {
        Pane::Search => {
            let list = layout::search_parts(inner).2;
            if !contains(list, col, row) {
                return;
            }
            let i = app.v.hit_offset + usize::from(row - list.y);
            if i >= app.v.hits.len() {
                return;
            }
            if i == app.v.hit_sel {
                open_selected(app);
            } else {
                step(app, Some(Pane::Search), i as isize - app.v.hit_sel as isize);
            }
        }
        Pane::Related => {
            let list = layout::related_parts(inner).1;
            if !contains(list, col, row) {
                return;
            }
            let k = app.v.rel_offset + usize::from(row - list.y);
            let width = usize::from(inner.width);
            if let Some(i) = app
                .measure
                .related_item_at(app.v.lang, &app.v.relations, k, width)
            {
                if i == app.v.rel_sel {
                    open_selected(app);
                } else {
                    app.v.rel_sel = i;
                }
            }
        }
        Pane::Detail | Pane::Timeline => {}
    }
}

pub(super) fn wheel(app: &mut App, col: u16, row: u16, down: bool) {
    let scr = screen(app);
    let sign = if down { 1 } else { -1 };
    if scr.help.is_some() {
        step(app, None, sign * WHEEL_ROWS);
        return;
    }
    match scr.pane_at(col, row) {
        Some(p @ (Pane::Search | Pane::Related)) => step(app, Some(p), sign),
        Some(p) => step(app, Some(p), sign * WHEEL_ROWS),
        None => {}
    }
}
