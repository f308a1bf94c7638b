//! The comparison view: the entries marked with Ctrl-X side by side (stacked when the window is
//! narrow), drawn from the same rows as `yrke compare`, with that command to export them.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::dataset::Dataset;
use crate::lang::{Lang, Ui};
use crate::plain::compare;

/// The rows of the view at `width` columns.
pub fn lines(
    data: &Dataset,
    marked: &[String],
    width: usize,
    theme: Theme,
    l: Lang,
) -> Vec<Line<'static>> {
    let entries: Vec<_> = marked.iter().filter_map(|id| data.entry(id)).collect();
    let mut out = Vec::new();
    if entries.len() < 2 {
        for l in crate::plain::wrap::wrap(l.t(Ui::CompareEmpty), width, "", "") {
            out.push(Line::raw(l));
        }
        if let Some(e) = entries.first() {
            out.push(Line::default());
            out.push(Line::raw(format!(
                "{} {}",
                l.t(Ui::CompareMarked),
                e.name()
            )));
        }
        return out;
    }
    let cols: Vec<_> = entries
        .iter()
        .map(|e| compare::column(data, *e, l))
        .collect();
    for l in compare::text(&cols, width).lines() {
        out.push(Line::raw(l.to_string()));
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled(
        l.t(Ui::CompareExport),
        theme.label(),
    )));
    let ids: Vec<&str> = entries.iter().map(|e| e.id()).collect();
    let cmd = format!(
        "yrke compare {} --format markdown > {}",
        ids.join(" "),
        l.t(Ui::CompareFile)
    );
    for l in crate::plain::wrap::wrap(&cmd, width, "", "  ") {
        out.push(Line::raw(l));
    }
    out
}
