//! The education path as a plain-text chart on a year axis, ASCII only (`#` study, `=` LIS1,
//! `-` LIS2/LIS3, `>` "at least", `^` a milestone), so it survives any terminal, font or paste.

use super::paint::{Meaning, Paint};
use super::wrap::{width, wrap};
use crate::dataset::timeline::{Phase, Segment, Timeline, format_months};
use crate::lang::{Doc as T, Lang};

/// The legend printed under the chart.
pub fn legend(l: Lang) -> &'static str {
    l.t(T::Legend)
}

/// Pieces of one chart row: (column, text, style).
type Row = Vec<(usize, String, Option<Meaning>)>;

/// Draw the chart in at most `max` columns (at least 20 are assumed).
pub fn draw(t: &Timeline, max: usize, paint: Paint, l: Lang) -> Vec<String> {
    let max = max.max(20);
    let years = t.total_min().div_ceil(12).max(1) as usize;
    let label_w = t
        .segments
        .iter()
        .map(|s| width(&label(s, l)))
        .max()
        .unwrap_or(0)
        + 2;
    // Side by side when every year gets two columns or more beside the labels; otherwise the
    // label goes on its own line above each bar.
    let stacked = label_w + 2 * years + 2 > max;
    let x0 = if stacked { 0 } else { label_w };
    let per_year = ((max - x0 - 2) / years).max(1);
    let col = |months: u32| x0 + (months as usize * per_year + 6) / 12;

    let mut rows: Vec<Row> = Vec::new();
    // Year numbers, spaced so two-digit numbers never touch.
    let step = 3usize.div_ceil(per_year);
    let mut numbers: Row = Vec::new();
    let mut ticks: Row = Vec::new();
    if !stacked {
        numbers.push((0, l.t(T::Years).into(), Some(Meaning::Heading)));
    }
    for y in 0..=years {
        let c = x0 + y * per_year;
        if y % step == 0 {
            numbers.push((c, y.to_string(), None));
            ticks.push((c, "|".into(), None));
        }
    }
    rows.push(numbers);
    rows.push(ticks);

    for seg in &t.segments {
        let start = col(seg.start);
        let end = col(seg.start + seg.months).max(start + 1);
        let (fill, meaning) = match seg.phase {
            Phase::Study => ('#', Meaning::Study),
            Phase::Lis1 => ('=', Meaning::Lis1),
            Phase::Lis2Lis3 | Phase::Lis3 | Phase::Special => ('-', Meaning::Later),
        };
        let mut bar: String = std::iter::repeat_n(fill, end - start).collect();
        if seg.at_least {
            bar.pop();
            bar.push('>');
        }
        let mut row: Row = Vec::new();
        if stacked {
            rows.push(vec![(0, label(seg, l), Some(Meaning::Heading))]);
        } else {
            row.push((0, label(seg, l), None));
        }
        let note = duration(seg, l);
        if end + 1 + width(&note) <= max {
            row.push((start, bar, Some(meaning)));
            row.push((end + 1, note, Some(Meaning::Muted)));
        } else if start > x0 + width(&note) {
            row.push((start - width(&note) - 1, note, Some(Meaning::Muted)));
            row.push((start, bar, Some(meaning)));
        } else {
            row.push((start, bar, Some(meaning)));
        }
        rows.push(row);
        for m in t
            .milestones
            .iter()
            .filter(|m| m.at == seg.start + seg.months)
        {
            let text = if m.at_least {
                l.f(
                    T::EarliestAfter,
                    &[("label", &m.label), ("len", &format_months(m.at, l))],
                )
            } else {
                m.label.clone()
            };
            rows.extend(milestone(col(m.at), &text, max));
        }
    }
    rows.iter().map(|r| render(r, paint)).collect()
}

/// A `^` under the point, with its text after it, before it, or on the next line.
fn milestone(at: usize, text: &str, max: usize) -> Vec<Row> {
    let w = width(text);
    let mark = (at, "^".to_string(), Some(Meaning::Mark));
    if at + 2 + w <= max {
        vec![vec![mark, (at + 2, text.to_string(), None)]]
    } else if at > w {
        vec![vec![(at - w - 1, text.to_string(), None), mark]]
    } else {
        let mut rows = vec![vec![mark]];
        rows.extend(
            wrap(text, max, "", "")
                .into_iter()
                .map(|l| vec![(0, l, None)]),
        );
        rows
    }
}

/// The row label: "Medisinstudiet", "LIS1 sykehus", "LIS2 FIM + LIS3" …
fn label(seg: &Segment, l: Lang) -> String {
    match seg.phase {
        Phase::Special => l.f(T::OwnRulesShort, &[("short", &seg.short)]),
        Phase::Lis2Lis3 | Phase::Lis3 => seg.short.clone(),
        Phase::Study | Phase::Lis1 => seg.label.clone(),
    }
}

/// "6 år", "12 mnd", "minst 5 år".
fn duration(seg: &Segment, l: Lang) -> String {
    let m = if seg.phase == Phase::Lis1 {
        l.f(T::MonthsN, &[("n", &seg.months)])
    } else {
        format_months(seg.months, l)
    };
    if seg.at_least {
        l.f(T::AtLeast, &[("len", &m)])
    } else {
        m
    }
}

fn render(row: &Row, paint: Paint) -> String {
    let mut sorted: Vec<&(usize, String, Option<Meaning>)> = row.iter().collect();
    sorted.sort_by_key(|p| p.0);
    let mut out = String::new();
    let mut at = 0;
    for (col, text, meaning) in sorted {
        if *col > at {
            out.push_str(&" ".repeat(col - at));
            at = *col;
        }
        out.push_str(&match meaning {
            Some(m) => paint.paint(*m, text),
            None => text.clone(),
        });
        at += width(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{bundled, timeline};

    fn anestesiologi() -> Timeline {
        let data = bundled().unwrap();
        timeline::for_specialty(&data, data.specialty("anestesiologi").unwrap(), Lang::Nb)
    }

    #[test]
    fn every_line_fits_and_is_ascii_apart_from_labels() {
        let t = anestesiologi();
        for w in [30, 40, 60, 80, 120] {
            for line in draw(&t, w, Paint::OFF, Lang::Nb) {
                assert!(width(&line) <= w, "{w}: {line:?}");
            }
        }
    }

    #[test]
    fn bars_follow_the_months() {
        let lines = draw(&anestesiologi(), 80, Paint::OFF, Lang::Nb);
        let study = lines
            .iter()
            .find(|l| l.starts_with("Medisinstudiet"))
            .unwrap();
        let lis1 = lines
            .iter()
            .find(|l| l.starts_with("LIS1 sykehus"))
            .unwrap();
        let lis3 = lines.iter().find(|l| l.starts_with("LIS3")).unwrap();
        let hashes = study.matches('#').count();
        let equals = lis1.matches('=').count();
        // 72 months of study against 12 of LIS1 in hospital: six times as long.
        assert_eq!(hashes, 6 * equals, "{study}\n{lis1}");
        assert!(lis3.contains("->"), "minimum shown as an open end: {lis3}");
        assert!(lines.iter().any(|l| l.contains("^ Autorisasjon")));
    }

    #[test]
    fn narrow_charts_stack_labels_above_bars() {
        let lines = draw(&anestesiologi(), 30, Paint::OFF, Lang::Nb);
        let i = lines.iter().position(|l| l == "Medisinstudiet").unwrap();
        assert!(lines[i + 1].starts_with('#'), "{lines:#?}");
    }
}
