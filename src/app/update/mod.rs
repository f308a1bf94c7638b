//! [`update`]: the only place the explorer's state changes.

use ratatui::layout::Rect;

use super::layout::{self, Layout, Screen};
use super::{Action, App, Pane, Place};
use crate::dataset::relations;

mod mouse;
mod scrolling;

use mouse::{click, wheel};
use scrolling::{page, step, sync};

/// Apply one action, then keep selections and scroll positions valid for the last known size.
pub fn update(app: &mut App, action: Action) {
    // Ctrl-C asks first; any other key in between means the pupil did not mean it.
    if !matches!(action, Action::Quit | Action::Resize(..)) {
        app.v.quit_armed = false;
    }
    match action {
        Action::Type(c) => {
            // Typing closes the overlays and, from another pane, starts a new search.
            app.v.help = false;
            app.v.compare = false;
            if app.v.focus != Pane::Search {
                app.v.query.clear();
            }
            app.v.focus = Pane::Search;
            app.v.cleared_query = None;
            if app.v.query.chars().count() < super::MAX_QUERY {
                app.v.query.push(c);
                requery(app);
            }
        }
        Action::DeleteChar => {
            app.v.focus = Pane::Search;
            if app.v.query.pop().is_some() {
                requery(app);
            }
        }
        Action::ClearQuery => clear_query(app),
        Action::Cancel => {
            app.v.focus = Pane::Search;
            if !app.v.query.is_empty() {
                app.v.cleared_query = Some(std::mem::take(&mut app.v.query));
                requery(app);
            } else if let Some(q) = app.v.cleared_query.take() {
                app.v.query = q;
                requery(app);
            }
        }
        Action::CycleFilter => {
            app.v.filter = app.v.filter.next();
            requery(app);
        }
        Action::NextSection => section(app, true),
        Action::PrevSection => section(app, false),
        Action::Down => step(app, target(app), 1),
        Action::Up => step(app, target(app), -1),
        Action::PageDown => {
            let p = target(app);
            step(app, p, page(app, p));
        }
        Action::PageUp => {
            let p = target(app);
            step(app, p, -page(app, p));
        }
        Action::Top => step(app, target(app), isize::MIN / 2),
        Action::Bottom => step(app, target(app), isize::MAX / 2),
        Action::Open => open_selected(app),
        Action::OpenId(id) => {
            if app.data.entry(&id).is_some() {
                open(app, &id);
            }
        }
        Action::Back => back(app),
        Action::Forward => {
            if let Some(id) = app.v.history.forward().map(str::to_string) {
                revisit(app, id);
            }
        }
        Action::NextPane => focus(app, app.v.focus.next()),
        Action::PrevPane => focus(app, app.v.focus.prev()),
        Action::Focus(p) => focus(app, p),
        Action::ToggleHelp => {
            app.v.help = !app.v.help;
            app.v.compare = false;
            app.v.help_scroll = 0;
        }
        Action::ToggleMark => toggle_mark(app),
        Action::ToggleCompare => {
            app.v.compare = !app.v.compare;
            app.v.help = false;
            app.v.compare_scroll = 0;
        }
        Action::SwitchLanguage => {
            app.v.lang = app.v.lang.other();
            // Relaterte's reasons and notes are words around the data: say them again.
            if let Some(id) = &app.v.current {
                app.v.relations = relations::of(&app.data, id, app.v.lang);
            }
        }
        Action::Resize(w, h) => app.v.size = (w, h),
        Action::Click(col, row) => click(app, col, row),
        Action::Wheel { col, row, down } => wheel(app, col, row, down),
        Action::Quit => {
            app.v.quit = app.v.quit_armed;
            app.v.quit_armed = true;
        }
    }
    sync(app);
}

/// The screen at the last known size.
fn screen(app: &App) -> Screen {
    let (w, h) = app.v.size;
    let overlay = app.v.help || app.v.compare;
    layout::screen(
        Rect::new(0, 0, w, h),
        app.v.focus,
        app.v.tab,
        overlay,
        app.v.lang,
    )
}

/// What scrolling keys move: an overlay when open, else the focused pane.
fn target(app: &App) -> Option<Pane> {
    (!app.v.help && !app.v.compare).then_some(app.v.focus)
}

/// Mark the selected hit (in Søk) or the shown entry; unmark it when marked.
fn toggle_mark(app: &mut App) {
    let id = match app.v.focus {
        Pane::Search => app.v.hits.get(app.v.hit_sel).map(|h| h.id.clone()),
        Pane::Related => app.v.relations.get(app.v.rel_sel).map(|r| r.id.clone()),
        Pane::Detail | Pane::Timeline => app.v.current.clone(),
    };
    let Some(id) = id else { return };
    if let Some(i) = app.v.shortlist.iter().position(|m| *m == id) {
        app.v.shortlist.remove(i);
    } else if app.v.shortlist.len() < super::MAX_MARKED {
        app.v.shortlist.push(id);
    }
}

fn focus(app: &mut App, p: Pane) {
    app.v.focus = p;
    if p != Pane::Search {
        app.v.tab = p;
    }
}

fn requery(app: &mut App) {
    let kind = app.v.filter.kind();
    (app.v.hits, app.v.hits_total) = app.index.search_in(&app.v.query, super::MAX_HITS, kind);
    app.v.hit_offset = 0;
    app.v.hit_sel = 0;
    app.v.suggesting = false;
    if app.v.hits.is_empty() && !app.v.query.trim().is_empty() {
        // Nothing found is a place, not a dead end: close names to pick with ↓ and Enter.
        let mut close: Vec<crate::search::Hit> = Vec::new();
        for name in app.index.suggest(&app.v.query, 3) {
            if let Some(h) = app.index.search_in(&name, 1, kind).0.into_iter().next()
                && !close.iter().any(|c| c.id == h.id)
            {
                close.push(h);
            }
        }
        app.v.suggesting = !close.is_empty();
        app.v.hits = close;
        set_current(app, None);
        return;
    }
    if app.v.query.trim().is_empty() {
        // Everything listed: keep what is shown, and select it in the list.
        if let Some(cur) = app.v.current.as_deref() {
            app.v.hit_sel = app.v.hits.iter().position(|h| h.id == cur).unwrap_or(0);
        }
    } else if let Some(h) = app.v.hits.first() {
        // The top hit previews as you type.
        let id = h.id.clone();
        set_current(app, Some(id));
    } else {
        // Nothing found and nothing close: Detaljer says so rather than showing an old entry.
        set_current(app, None);
    }
}

/// Scroll the focused text pane to the next (or previous) section heading.
fn section(app: &mut App, forward: bool) {
    let scr = screen(app);
    let Some(inner) = scr.inner(app.v.focus) else {
        return;
    };
    let w = usize::from(inner.width);
    let current = app.v.current.as_deref();
    let (rows, scroll) = match app.v.focus {
        Pane::Detail => (
            app.measure
                .detail_sections(app.v.lang, &app.data, current, w),
            &mut app.v.detail_scroll,
        ),
        Pane::Timeline => (
            app.measure
                .timeline_sections(app.v.lang, &app.data, current, w),
            &mut app.v.timeline_scroll,
        ),
        Pane::Search | Pane::Related => return,
    };
    let target = if forward {
        rows.into_iter().find(|r| *r > *scroll)
    } else {
        rows.into_iter().rev().find(|r| *r < *scroll).or(Some(0))
    };
    if let Some(t) = target {
        *scroll = t;
    }
}

fn clear_query(app: &mut App) {
    if !app.v.query.is_empty() {
        app.v.query.clear();
        requery(app);
    }
}

/// Show another entry, with its panes at the top.
fn set_current(app: &mut App, id: Option<String>) {
    show(app, id, false);
}

/// Show an entry reached by Back or Forward, where the pupil left it.
fn revisit(app: &mut App, id: String) {
    show(app, Some(id), true);
}

fn show(app: &mut App, id: Option<String>, restore: bool) {
    if app.v.current == id {
        return;
    }
    let (v, places) = (&mut app.v, &mut app.places);
    if let Some(old) = v.current.take() {
        let place = Place {
            rel_sel: v.rel_sel,
            rel_offset: v.rel_offset,
            detail_scroll: v.detail_scroll,
            timeline_scroll: v.timeline_scroll,
        };
        places.insert(old, place);
    }
    let place = match &id {
        Some(i) if restore => places.get(i).copied().unwrap_or_default(),
        _ => Place::default(),
    };
    v.relations = match &id {
        Some(i) => relations::of(&app.data, i, v.lang),
        None => Vec::new(),
    };
    v.current = id;
    v.rel_sel = place.rel_sel;
    v.rel_offset = place.rel_offset;
    v.detail_scroll = place.detail_scroll;
    v.timeline_scroll = place.timeline_scroll;
}

/// Open an entry: the previewed entry (if not yet in the history) and then this one become
/// history steps, so Back returns to what was on screen.
fn open(app: &mut App, id: &str) {
    if let Some(cur) = app.v.current.clone() {
        app.v.history.visit(&cur);
    }
    app.v.history.visit(id);
    set_current(app, Some(id.to_string()));
}

fn open_selected(app: &mut App) {
    match app.v.focus {
        Pane::Search => {
            if let Some(id) = app.v.hits.get(app.v.hit_sel).map(|h| h.id.clone()) {
                open(app, &id);
                focus(app, Pane::Detail);
            }
        }
        Pane::Related => {
            if let Some(id) = app.v.relations.get(app.v.rel_sel).map(|r| r.id.clone()) {
                open(app, &id);
                // With all panes on screen the details show beside the list; otherwise show them.
                if screen(app).layout != Layout::Wide {
                    focus(app, Pane::Detail);
                }
            }
        }
        Pane::Detail | Pane::Timeline => {}
    }
}

fn back(app: &mut App) {
    let hist = app.v.history.current().map(str::to_string);
    match (app.v.current.as_deref(), hist) {
        // Leaving a preview returns to the last opened entry first.
        (Some(cur), Some(h)) if cur != h => revisit(app, h),
        _ => {
            if let Some(id) = app.v.history.back().map(str::to_string) {
                revisit(app, id);
            }
        }
    }
}
