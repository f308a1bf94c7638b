//! The comparison view: the entries marked with Ctrl-X side by side (stacked when the window is
//! narrow), drawn from the same rows as `yrke compare`, with that command to export them.

use ratatui::text::{Line, Span};

use super::strings as s;
use super::theme::Theme;
use crate::dataset::Dataset;
use crate::plain::compare;

/// The rows of the view at `width` columns.
pub fn lines(data: &Dataset, marked: &[String], width: usize, theme: Theme) -> Vec<Line<'static>> {
    let entries: Vec<_> = marked.iter().filter_map(|id| data.entry(id)).collect();
    let mut out = Vec::new();
    if entries.len() < 2 {
        for l in crate::plain::wrap::wrap(s::COMPARE_EMPTY, width, "", "") {
            out.push(Line::raw(l));
        }
        if let Some(e) = entries.first() {
            out.push(Line::default());
            out.push(Line::raw(format!("{} {}", s::COMPARE_MARKED, e.name())));
        }
        return out;
    }
    let cols: Vec<_> = entries.iter().map(|e| compare::column(data, *e)).collect();
    for l in compare::text(&cols, width).lines() {
        out.push(Line::raw(l.to_string()));
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled(s::COMPARE_EXPORT, theme.label())));
    let ids: Vec<&str> = entries.iter().map(|e| e.id()).collect();
    let cmd = format!(
        "yrke compare {} --format markdown > sammenligning.md",
        ids.join(" ")
    );
    for l in crate::plain::wrap::wrap(&cmd, width, "", "  ") {
        out.push(Line::raw(l));
    }
    out
}
