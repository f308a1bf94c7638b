//! Where everything goes, as a pure function of the terminal size and a few bits of state.
//! Drawing and the mouse (in `app::update`) both use it, so a click lands where things are drawn.

use crate::lang::Lang;
use ratatui::layout::Rect;

use crate::app::Pane;

/// Below this the screen shows one line asking for a bigger window.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width all four panes are shown.
pub const WIDE_WIDTH: u16 = 120;
/// All four panes also need this many rows; fewer fall back to the tabbed layout.
pub const WIDE_HEIGHT: u16 = 20;
/// From this width Søk is shown beside a tabbed right side.
pub const TABBED_WIDTH: u16 = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    TooSmall,
    /// One pane at a time with a tab bar.
    Narrow,
    /// Søk on the left, the other three as tabs on the right.
    Tabbed,
    /// All four panes.
    Wide,
}

/// A clickable tab label in a pane's top border.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    pub pane: Pane,
    pub rect: Rect,
    pub label: String,
    pub active: bool,
}

/// The computed screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub layout: Layout,
    pub area: Rect,
    /// Outer rectangles (border included) of the panes shown, in screen order.
    pub panes: Vec<(Pane, Rect)>,
    /// Tab labels, in the tabbed and narrow layouts.
    pub tabs: Vec<Tab>,
    pub footer: Option<Rect>,
    /// The help overlay, when open.
    pub help: Option<Rect>,
}

impl Screen {
    pub fn pane(&self, p: Pane) -> Option<Rect> {
        self.panes.iter().find(|(q, _)| *q == p).map(|(_, r)| *r)
    }

    /// The pane's rectangle inside its border.
    pub fn inner(&self, p: Pane) -> Option<Rect> {
        self.pane(p).map(inner)
    }

    /// The pane under a screen position.
    pub fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        self.panes
            .iter()
            .find(|(_, r)| contains(*r, col, row))
            .map(|(p, _)| *p)
    }
}

pub fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x
        && col < r.x.saturating_add(r.width)
        && row >= r.y
        && row < r.y.saturating_add(r.height)
}

/// Inside a one-cell border.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

fn row(r: Rect, dy: u16) -> Rect {
    Rect {
        x: r.x,
        y: r.y.saturating_add(dy.min(r.height)),
        width: r.width,
        height: u16::from(dy < r.height),
    }
}

fn below(r: Rect, dy: u16) -> Rect {
    let dy = dy.min(r.height);
    Rect {
        x: r.x,
        y: r.y + dy,
        width: r.width,
        height: r.height - dy,
    }
}

/// Søk's inside: the query line, the count line and the list.
pub fn search_parts(inner: Rect) -> (Rect, Rect, Rect) {
    (row(inner, 0), row(inner, 1), below(inner, 2))
}

/// Relaterte's inside: the breadcrumb line and the list.
pub fn related_parts(inner: Rect) -> (Rect, Rect) {
    (row(inner, 0), below(inner, 1))
}

/// Which layout a size gets.
pub fn layout_for(width: u16, height: u16) -> Layout {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        Layout::TooSmall
    } else if width >= WIDE_WIDTH && height >= WIDE_HEIGHT {
        Layout::Wide
    } else if width >= TABBED_WIDTH {
        Layout::Tabbed
    } else {
        Layout::Narrow
    }
}

/// The right-hand pane the tabbed layout shows.
pub fn right_pane(focus: Pane, tab: Pane) -> Pane {
    if focus == Pane::Search {
        if tab == Pane::Search {
            Pane::Detail
        } else {
            tab
        }
    } else {
        focus
    }
}

/// Lay out the screen for `area`, the focused pane, the last right-hand tab and the overlay.
pub fn screen(area: Rect, focus: Pane, tab: Pane, help: bool, lang: Lang) -> Screen {
    let layout = layout_for(area.width, area.height);
    let mut s = Screen {
        layout,
        area,
        panes: Vec::new(),
        tabs: Vec::new(),
        footer: None,
        help: None,
    };
    if layout == Layout::TooSmall {
        return s;
    }
    let body = Rect {
        height: area.height - 1,
        ..area
    };
    s.footer = Some(Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    });
    match layout {
        Layout::Wide => {
            let th = (body.height * 2 / 5).clamp(7, 16);
            let top_h = body.height - th;
            // Wide enough for the longest names with their badge ("Barne- og ungdomspsykiater").
            let side = (body.width * 30 / 100).clamp(34, 44);
            let mid = body.width - 2 * side;
            let top = |x, w| Rect::new(x, body.y, w, top_h);
            s.panes = vec![
                (Pane::Search, top(body.x, side)),
                (Pane::Detail, top(body.x + side, mid)),
                (Pane::Related, top(body.x + side + mid, side)),
                (
                    Pane::Timeline,
                    Rect::new(body.x, body.y + top_h, body.width, th),
                ),
            ];
        }
        Layout::Tabbed => {
            let left = (body.width * 44 / 100).clamp(34, 46);
            let right = Rect::new(body.x + left, body.y, body.width - left, body.height);
            let shown = right_pane(focus, tab);
            s.panes = vec![
                (Pane::Search, Rect::new(body.x, body.y, left, body.height)),
                (shown, right),
            ];
            s.tabs = tabs(right, &Pane::ALL[1..], shown, lang);
        }
        Layout::Narrow | Layout::TooSmall => {
            s.panes = vec![(focus, body)];
            s.tabs = tabs(body, &Pane::ALL, focus, lang);
        }
    }
    if help {
        let w = area.width.saturating_sub(4).min(78);
        let h = area.height.saturating_sub(2).min(44);
        s.help = Some(Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        ));
    }
    s
}

/// Tab labels in the top border of `block`, separated by " │ ": full names with a margin
/// when they fit, else without the margin, else numbers only except the active tab, else
/// numbers only.
fn tabs(block: Rect, panes: &[Pane], active: Pane, lang: Lang) -> Vec<Tab> {
    let room = usize::from(block.width.saturating_sub(2));
    // The active tab carries a marker, so it shows without colour too (ui draws it as ▸ or
    // as > in ASCII mode; both one column).
    let mark = |p: Pane, l: String| {
        if p == active {
            format!("{ACTIVE_MARK}{l}")
        } else {
            l
        }
    };
    let full = |p: Pane| mark(p, format!("{} {}", p.number(), p.title(lang)));
    let short = |p: Pane| mark(p, p.number().to_string());
    let width = |labels: &[String], margin: usize| {
        labels.iter().map(|l| l.chars().count()).sum::<usize>()
            + TAB_GAP * labels.len().saturating_sub(1)
            + 2 * margin
    };
    let all_full: Vec<String> = panes.iter().map(|p| full(*p)).collect();
    let one_full: Vec<String> = panes
        .iter()
        .map(|p| if *p == active { full(*p) } else { short(*p) })
        .collect();
    let none_full: Vec<String> = panes.iter().map(|p| short(*p)).collect();
    let (labels, margin) = [
        (&all_full, 1),
        (&all_full, 0),
        (&one_full, 1),
        (&none_full, 1),
    ]
    .into_iter()
    .find(|(l, m)| width(l, *m) <= room)
    .map_or((none_full.clone(), 0), |(l, m)| (l.clone(), m));
    let mut x = block.x.saturating_add(1 + margin as u16);
    let end = block.x.saturating_add(block.width.saturating_sub(1));
    let mut out = Vec::new();
    for (p, label) in panes.iter().zip(labels) {
        let w = u16::try_from(label.chars().count()).unwrap_or(u16::MAX);
        let w = w.min(end.saturating_sub(x));
        if w == 0 {
            break;
        }
        out.push(Tab {
            pane: *p,
            rect: Rect::new(x, block.y, w, 1),
            label,
            active: *p == active,
        });
        x = x.saturating_add(w + TAB_GAP as u16);
    }
    out
}

/// Marks the active tab's label.
pub const ACTIVE_MARK: char = '▸';

/// Columns between two tab labels (" │ ").
pub const TAB_GAP: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_by_size() {
        assert_eq!(layout_for(120, 40), Layout::Wide);
        assert_eq!(layout_for(80, 24), Layout::Tabbed);
        assert_eq!(layout_for(60, 20), Layout::Narrow);
        assert_eq!(layout_for(39, 20), Layout::TooSmall);
        assert_eq!(layout_for(120, 9), Layout::TooSmall);
    }

    #[test]
    fn panes_tile_the_body_without_overlap() {
        for (w, h) in [(120, 40), (80, 24), (60, 20), (200, 60), (40, 10)] {
            let s = screen(
                Rect::new(0, 0, w, h),
                Pane::Search,
                Pane::Detail,
                false,
                Lang::Nb,
            );
            let area: u32 = s
                .panes
                .iter()
                .map(|(_, r)| u32::from(r.width) * u32::from(r.height))
                .sum();
            assert_eq!(area, u32::from(w) * u32::from(h - 1), "{w}×{h}");
        }
    }

    #[test]
    fn tabs_fit_inside_the_border() {
        for w in 40..=79 {
            let s = screen(
                Rect::new(0, 0, w, 20),
                Pane::Timeline,
                Pane::Detail,
                false,
                Lang::Nb,
            );
            let last = s.tabs.last().map(|t| t.rect.x + t.rect.width).unwrap_or(0);
            assert!(last < w, "width {w}");
            assert!(
                s.tabs
                    .iter()
                    .any(|t| t.active && t.label.contains("Utdanningsløp"))
            );
        }
    }
}
