//! Utdanningsløp: the path of a specialty as a chart on a year axis, then the minimum totals,
//! the special rules (allmennmedisin) and the notes. Everything comes from
//! `dataset::timeline::for_specialty`; nothing here knows any specialty by name.

use ratatui::text::{Line, Span};

use super::doc::Doc;
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::wrap::width as text_width;
use crate::dataset::timeline::{Phase, Timeline, for_specialty, format_months};
use crate::lang::{Lang, Ui};

/// A length as on the chart: months below two years ("12 mnd"), else years ("5 år").
fn length(l: Lang, m: u32) -> String {
    if m < 24 {
        format!("{m} {}", l.t(Ui::Months))
    } else {
        format_months(m, l)
    }
}
use crate::dataset::{Dataset, EntryRef, RelationKind, relations};

/// Narrower than this the chart is left out and only the text is shown.
const MIN_CHART: usize = 20;
/// A label is wrapped right of its bar when at least this many columns are left there.
const MIN_LABEL: usize = 16;

/// The rows of Utdanningsløp for `current` at `width` columns.
pub fn lines(
    data: &Dataset,
    current: Option<&str>,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Vec<Line<'static>> {
    doc(data, current, width, theme, sym).finish()
}

/// The rows where Utdanningsløp's sections start.
pub fn sections(data: &Dataset, current: Option<&str>, width: usize, lang: Lang) -> Vec<usize> {
    doc(
        data,
        current,
        width,
        Theme { color: false },
        Symbols::new(false).in_lang(lang),
    )
    .sections
}

fn doc(data: &Dataset, current: Option<&str>, width: usize, theme: Theme, sym: Symbols) -> Doc {
    let l = sym.lang;
    let mut d = Doc::new(width, theme, sym);
    let Some(entry) = current.and_then(|id| data.entry(id)) else {
        d.plain(l.t(Ui::PickFirst));
        return d;
    };
    // The route from Vg1 first: the stages a pupil controls come before the specialist path.
    let route = crate::plain::route::blocks(data, entry, l);
    let has_route = !route.is_empty();
    if has_route {
        d.styled(&s::route_heading(l, entry.name()), theme.title());
        for b in route {
            super::detail::block(&mut d, b);
        }
    }
    let Some(spec) = data.path_specialty(entry.id()) else {
        // A broader role whose narrower roles are specialists (Lege) has many paths, not none.
        let leads_to_specialists = relations::of(data, entry.id(), l).iter().any(|r| {
            r.why == RelationKind::HasSpecialisation && data.path_specialty(&r.id).is_some()
        });
        if leads_to_specialists {
            d.blank();
            d.plain(l.t(Ui::ManyPaths));
        } else if !has_route {
            d.plain(&s::no_path(l, entry.name()));
        }
        return d;
    };
    if has_route {
        d.heading(l.t(Ui::AfterLis1));
    }
    let tl = for_specialty(data, spec, l);
    let mut head = vec![Span::styled(tl.specialty.clone(), theme.title())];
    if let EntryRef::Occupation(o) = entry {
        head.push(Span::raw(" "));
        head.push(Span::raw(s::path_via(l, &o.name)));
    }
    d.spans(head);
    totals(&mut d, &tl, l);
    if width >= MIN_CHART {
        d.blank();
        chart(&mut d, &tl);
    }
    if !tl.rules.is_empty() {
        d.heading(&s::rules_heading(l, &tl.specialty));
        for r in &tl.rules {
            let bounds = s::rule_bounds(
                l,
                r.min_months.map(|m| length(l, m)).as_deref(),
                r.max_months.map(|m| length(l, m)).as_deref(),
            );
            if bounds.is_empty() {
                d.bullet(&r.text);
            } else {
                d.bullet(&format!("{}: {bounds}", r.text));
            }
        }
    }
    if !tl.notes.is_empty() {
        d.heading(l.t(Ui::Notes));
        for n in &tl.notes {
            d.bullet(n);
        }
    }
    if !data.education.common_goals.is_empty() {
        d.heading(l.t(Ui::CommonGoals));
        for g in &data.education.common_goals {
            d.bullet(g);
        }
    }
    d
}

/// "Minst 6,5 år etter autorisasjon: LIS1 1,5 år + LIS3 minst 5 år." for a timeline.
pub fn total_line(tl: &Timeline, l: Lang) -> String {
    let lis1: u32 = tl
        .segments
        .iter()
        .filter(|sg| sg.phase == Phase::Lis1)
        .map(|sg| sg.months)
        .sum();
    let rest_name = match tl.segments.last().map(|sg| sg.phase) {
        Some(Phase::Lis2Lis3) => Ui::RestLis2Lis3,
        Some(Phase::Special) => Ui::RestSpecial,
        _ => Ui::RestLis3,
    };
    s::total_after_authorisation(
        l,
        &format_months(tl.after_authorisation_min, l),
        &format_months(lis1, l),
        l.t(rest_name),
        &format_months(tl.lis2_lis3_min, l),
    )
}

fn totals(d: &mut Doc, tl: &Timeline, l: Lang) {
    d.plain(&total_line(tl, l));
    d.plain(&s::total_from_start(l, &format_months(tl.total_min(), l)));
    match (&tl.lis2, tl.rules.is_empty()) {
        (Some(name), _) => d.plain(&s::lis2_shared(l, name)),
        (None, true) => d.plain(l.t(Ui::NoLis2)),
        (None, false) => {}
    }
}

/// Years as "6", "7,5" or "12,5".
fn years(months: u32) -> String {
    if months.is_multiple_of(12) {
        (months / 12).to_string()
    } else {
        let tenths = (months * 10 + 6) / 12;
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

/// One row of the chart before placement: a bar or a point, and its text.
struct Item {
    start: u32,
    end: u32,
    phase: Option<Phase>,
    open_end: bool,
    text: String,
}

fn items(tl: &Timeline, l: Lang) -> Vec<Item> {
    let mut v: Vec<(u32, u8, Item)> = Vec::new();
    for sg in &tl.segments {
        let len = length(l, sg.months);
        let text = if sg.at_least {
            format!("{}, {} {len}", sg.label, l.t(Ui::AtLeast))
        } else {
            format!("{}, {len}", sg.label)
        };
        v.push((
            sg.start,
            1,
            Item {
                start: sg.start,
                end: sg.start + sg.months,
                phase: Some(sg.phase),
                open_end: sg.at_least,
                text,
            },
        ));
    }
    for m in &tl.milestones {
        let at = years(m.at);
        let when = if m.at_least {
            s::earliest_year(l, &at)
        } else {
            s::at_year(l, &at)
        };
        v.push((
            m.at,
            0,
            Item {
                start: m.at,
                end: m.at,
                phase: None,
                open_end: false,
                text: format!("{}, {when}", m.label),
            },
        ));
    }
    // By time; a point comes before the bars that start there.
    v.sort_by_key(|(t, order, _)| (*t, *order));
    v.into_iter().map(|(_, _, i)| i).collect()
}

/// The chart: a year axis, then one row per stretch or point with its text beside it
/// (right of the bar when it fits, else left, else on the row below).
fn chart(d: &mut Doc, tl: &Timeline) {
    let w = d.width;
    let total = tl.total_min().max(1);
    let span_years = total.div_ceil(12).max(1);
    // Columns 0..=scale hold the axis; one more for the open-end arrow.
    // Room on the right for the open-end arrow and the " år" after the last year.
    let scale = w.saturating_sub(5).max(1);
    let x = |m: u32| (m as usize * scale) / (span_years as usize * 12);
    let step = [1u32, 2, 5, 10, 20]
        .into_iter()
        .find(|k| (*k as usize * scale) / span_years as usize >= 3)
        .unwrap_or(50);

    let mut labels = String::new();
    let mut axis = String::new();
    let mut col = 0;
    let mut ticks: Vec<usize> = Vec::new();
    let mut y = 0;
    while y <= span_years {
        ticks.push(x(y * 12));
        let pos = x(y * 12);
        let t = y.to_string();
        if pos >= col && pos + t.len() <= w {
            labels.push_str(&" ".repeat(pos - col));
            labels.push_str(&t);
            col = pos + t.len() + 1;
            labels.push(' ');
        }
        y += step;
    }
    if text_width(labels.trim_end()) + 1 + text_width(d.sym.lang.t(Ui::Year)) <= w {
        labels = format!("{} {}", labels.trim_end(), d.sym.lang.t(Ui::Year));
    }
    for c in 0..=scale.min(w.saturating_sub(1)) {
        axis.push_str(if ticks.contains(&c) {
            d.sym.tick
        } else {
            d.sym.axis
        });
    }
    let muted = d.theme.muted();
    d.raw(Line::from(Span::raw(labels.trim_end().to_string())));
    d.raw(Line::from(Span::styled(axis, muted)));

    for it in items(tl, d.sym.lang) {
        let x0 = x(it.start).min(scale);
        let (mark, style) = match it.phase {
            Some(p) => {
                let len = x(it.end).saturating_sub(x0).max(1);
                let mut m = d.sym.fill(p).repeat(len);
                if it.open_end {
                    m.push_str(d.sym.open_end);
                }
                (m, d.theme.phase(p))
            }
            None => (d.sym.milestone.to_string(), d.theme.label()),
        };
        let mark_w = text_width(&mark);
        let text_w = text_width(&it.text);
        let right = w.saturating_sub(x0 + mark_w + 1);
        let lead = Span::raw(" ".repeat(x0));
        if text_w <= right || right >= MIN_LABEL {
            // Right of the mark, wrapped under itself when long.
            d.prefixed(
                vec![lead, Span::styled(mark, style), Span::raw(" ")],
                vec![Span::raw(it.text)],
                x0 + mark_w + 1,
            );
        } else if text_w < x0 {
            d.raw(Line::from(vec![
                Span::raw(" ".repeat(x0 - text_w - 1)),
                Span::raw(it.text),
                Span::raw(" "),
                Span::styled(mark, style),
            ]));
        } else {
            d.raw(Line::from(vec![lead, Span::styled(mark, style)]));
            d.plain(&it.text);
        }
    }
}
