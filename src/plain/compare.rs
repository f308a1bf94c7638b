//! `yrke compare`: what a pupil weighs, side by side, for 2–4 entries — the same rows as text
//! columns (stacked when the window is narrow), a Markdown table, or JSON.

use serde::Serialize;

use super::entry::source_line;
use super::wrap::{width, wrap};
use crate::dataset::model::StageKind;
use crate::dataset::relations;
use crate::dataset::timeline::{self, format_months};
use crate::dataset::{Dataset, EntryRef};
use crate::lang::{Doc as T, Lang};

/// Narrowest column a cell is wrapped into; below this the entries are stacked instead.
pub const MIN_COLUMN: usize = 26;

/// One entry's answers to the rows.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    /// (row label, text) in row order.
    pub cells: Vec<(String, String)>,
    /// Which row each cell is, so rows line up whatever the labels' standard or letters.
    #[serde(skip)]
    pub rows: Vec<T>,
    /// (title line, link) of each source, for Markdown links.
    #[serde(skip)]
    pub links: Vec<(String, Option<String>)>,
}

/// The comparison's rows for one entry, labelled in `l`.
pub fn column(data: &Dataset, e: EntryRef, l: Lang) -> Column {
    let p = e.profile();
    let stages = data.route(e.id());
    let names = |k: StageKind| -> Vec<String> {
        stages
            .iter()
            .filter(|s| s.kind == k)
            .map(|s| super::route::stage_title(s, l))
            .collect()
    };
    let vgs: Vec<String> = stages
        .iter()
        .filter(|s| s.kind == StageKind::Vgs)
        .map(|s| {
            if s.subjects.is_empty() {
                s.name.clone()
            } else {
                format!("{} ({})", s.name, s.subjects.join(", "))
            }
        })
        .collect();
    let study: Vec<String> = stages
        .iter()
        .filter(|s| s.kind == StageKind::Study)
        .map(|s| {
            let mut t = super::route::stage_title(s, l);
            if !s.places.is_empty() {
                t.push_str(&format!(": {}", s.places.join(", ")));
            }
            t
        })
        .collect();
    let total = super::route::total_from_vg1(&stages, l).unwrap_or_else(|| "–".into());
    let specialist = data.path_specialty(e.id()).map(|spec| {
        let t = timeline::for_specialty(data, spec, l);
        let to_lis1: u32 = stages.iter().filter_map(|s| s.months).sum();
        l.f(
            T::SpecialistFromVg1,
            &[
                (
                    "total",
                    &format_months(to_lis1 + data.education.lis2_lis3_min_months, l),
                ),
                ("after", &format_months(t.after_authorisation_min, l)),
            ],
        )
    });
    let related: Vec<String> = relations::of(data, e.id(), l)
        .into_iter()
        .take(4)
        .map(|r| r.name)
        .collect();
    let sources: Vec<_> = e.sources().iter().filter_map(|s| data.source(s)).collect();
    let or_dash = |v: Vec<String>| {
        if v.is_empty() {
            "–".to_string()
        } else {
            v.join("; ")
        }
    };
    let mut rows = vec![
        (T::RowWhat, p.summary.to_string()),
        (
            T::RowWhere,
            or_dash(p.workplaces.iter().take(4).cloned().collect()),
        ),
        (T::RowVgs, or_dash(vgs)),
        (T::RowAdmission, or_dash(names(StageKind::Admission))),
        (T::RowStudy, or_dash(study)),
        (
            T::RowAuthorisation,
            or_dash(names(StageKind::Authorisation)),
        ),
        (T::RowToJob, total),
    ];
    if let Some(s) = specialist {
        rows.push((T::RowToSpecialist, s));
    }
    rows.push((T::RowRelated, or_dash(related)));
    rows.push((
        T::RowSources,
        or_dash(sources.iter().map(|s| source_line(s, l)).collect()),
    ));
    Column {
        id: e.id().to_string(),
        name: e.name().to_string(),
        kind: e.kind().badge(),
        cells: rows
            .iter()
            .map(|(row, text)| (l.t(*row).to_string(), text.clone()))
            .collect(),
        rows: rows.into_iter().map(|(row, _)| row).collect(),
        links: sources
            .iter()
            .map(|s| (format!("{}, {}", s.title, s.publisher), s.link()))
            .collect(),
    }
}

impl Column {
    /// The same column in 7-bit ASCII (æ → ae …), for terminals without UTF-8.
    pub fn into_ascii(self) -> Column {
        let a = |s: &str| crate::text::ascii(s).into_owned();
        Column {
            name: a(&self.name),
            cells: self.cells.iter().map(|(l, t)| (a(l), a(t))).collect(),
            ..self
        }
    }
}

/// Every row any column has, with its label, in order.
fn labels(cols: &[Column]) -> Vec<(T, String)> {
    let mut out: Vec<(T, String)> = Vec::new();
    for c in cols {
        for (row, (l, _)) in c.rows.iter().zip(&c.cells) {
            if !out.iter().any(|(r, _)| r == row) {
                out.push((*row, l.clone()));
            }
        }
    }
    // "Til spesialist" belongs after "Til jobben", whichever column brought it.
    if let (Some(a), Some(b)) = (
        out.iter().position(|(r, _)| *r == T::RowToSpecialist),
        out.iter().position(|(r, _)| *r == T::RowToJob),
    ) && a > b + 1
    {
        let l = out.remove(a);
        out.insert(b + 1, l);
    }
    out
}

fn cell(c: &Column, row: T) -> &str {
    c.rows
        .iter()
        .position(|r| *r == row)
        .and_then(|i| c.cells.get(i))
        .map_or("–", |(_, t)| t.as_str())
}

/// Text at `max` columns: side by side when every column gets [`MIN_COLUMN`], else each entry
/// under the other. No line is wider than `max` (a long address stands alone on its line).
pub fn text(cols: &[Column], max: usize) -> String {
    let labels = labels(cols);
    let label_w = labels
        .iter()
        .map(|(_, l)| width(l))
        .max()
        .unwrap_or(0)
        .min(16);
    let gap = 2;
    let room = max.saturating_sub(label_w + gap);
    let col_w = (room + gap) / cols.len().max(1) - gap;
    let mut out = String::new();
    if cols.len() > 1 && col_w >= MIN_COLUMN {
        let head: Vec<String> = cols
            .iter()
            .map(|c| format!("{} ({})", c.name, c.kind))
            .collect();
        push_row(&mut out, "", &head, label_w, col_w, gap);
        out.push_str(&"-".repeat(max.min(label_w + gap + cols.len() * (col_w + gap) - gap)));
        out.push('\n');
        for (row, l) in &labels {
            let texts: Vec<String> = cols.iter().map(|c| cell(c, *row).to_string()).collect();
            push_row(&mut out, l, &texts, label_w, col_w, gap);
            out.push('\n');
        }
        return out;
    }
    for (i, c) in cols.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("{} ({})\n", c.name, c.kind));
        for (row, l) in &labels {
            for line in wrap(&format!("{l}: {}", cell(c, *row)), max, "", "  ") {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

fn push_row(
    out: &mut String,
    label: &str,
    texts: &[String],
    label_w: usize,
    col_w: usize,
    gap: usize,
) {
    let wrapped: Vec<Vec<String>> = texts.iter().map(|t| wrap(t, col_w, "", "")).collect();
    let label_lines = wrap(label, label_w, "", "");
    let rows = wrapped
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
        .max(label_lines.len());
    for r in 0..rows {
        let mut line = String::new();
        let l = label_lines.get(r).map_or("", String::as_str);
        line.push_str(l);
        line.push_str(&" ".repeat(label_w - width(l).min(label_w) + gap));
        for (i, w) in wrapped.iter().enumerate() {
            let t = w.get(r).map_or("", String::as_str);
            line.push_str(t);
            if i + 1 < wrapped.len() {
                line.push_str(&" ".repeat(col_w.saturating_sub(width(t)) + gap));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// A Markdown table: one column per entry plus the labels; sources as links.
pub fn markdown(cols: &[Column]) -> String {
    let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = String::from("| |");
    for c in cols {
        out.push_str(&format!(" {} ({}) |", esc(&c.name), c.kind));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(cols.len()));
    out.push('\n');
    for (row, l) in labels(cols) {
        out.push_str(&format!("| **{}** |", esc(&l)));
        for c in cols {
            let text = if row == T::RowSources && !c.links.is_empty() {
                c.links
                    .iter()
                    .map(|(t, u)| match u {
                        Some(u) => format!("[{}]({u})", esc(t)),
                        None => esc(t),
                    })
                    .collect::<Vec<_>>()
                    .join("<br>")
            } else {
                esc(cell(c, row))
            };
            out.push_str(&format!(" {text} |"));
        }
        out.push('\n');
    }
    out
}
