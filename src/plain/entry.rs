//! One occupation or specialty as a `Doc`: every section an entry has, in reading order, shared
//! by `yrke show` (text, Markdown) and the explorer's Detaljer pane, so they never disagree.

use super::date::norwegian;
use super::doc::{Block, Doc};
use crate::dataset::model::{Article, Lis2Group, Occupation, Source, Specialty};
use crate::dataset::relations::{self, Relation};
use crate::dataset::timeline::{self, format_months};
use crate::dataset::{Dataset, Date, EntryRef, Profile};
use crate::lang::{Doc as T, Lang};

/// A review stamp this many years old is shown as old.
const STALE_YEARS: i32 = 3;

/// The whole entry, ready to render, with the route and the related entries in full; the
/// words around the data in `l`.
pub fn doc(data: &Dataset, entry: EntryRef<'_>, l: Lang) -> Doc {
    doc_with(data, entry, true, l)
}

/// The entry. `standalone` false is the explorer's Detaljer: related entries and the route's
/// stages have panes of their own, so only the route's overview is shown here.
pub fn doc_with(data: &Dataset, entry: EntryRef<'_>, standalone: bool, l: Lang) -> Doc {
    let mut d = Doc::default();
    d.push(Block::Title(
        entry.name().to_string(),
        entry.kind().badge().to_string(),
    ));
    let p = entry.profile();
    d.para(p.summary);
    names(&mut d, &p, l);
    if let EntryRef::Specialty(s) = entry {
        specialty_facts(&mut d, data, s, l);
    }
    content(&mut d, &p, l);
    // Beside its own Utdanningsløp pane the explorer needs only the overview here.
    route(&mut d, data, entry, standalone, l);
    if let EntryRef::Occupation(o) = entry {
        codes(&mut d, o, l);
    }
    if standalone {
        related(&mut d, &relations::of(data, entry.id(), l), l);
    }
    sources(&mut d, data, entry.sources(), l);
    articles(&mut d, data, entry.id(), p.articles, l);
    d
}

fn names(d: &mut Doc, p: &Profile, l: Lang) {
    if !p.synonyms.is_empty() {
        d.field(l.t(T::AlsoCalled), p.synonyms.join(", "));
    }
    if !p.former_names.is_empty() {
        d.field(l.t(T::FormerNames), p.former_names.join(", "));
    }
}

fn content(d: &mut Doc, p: &Profile, l: Lang) {
    if !p.description.is_empty() {
        d.heading(l.t(T::WhatTheJobIs));
        p.description.iter().for_each(|t| d.para(t.as_str()));
    }
    if !p.tasks.is_empty() {
        d.heading(l.t(T::Tasks));
        for g in p.tasks {
            if !g.area.is_empty() {
                d.push(Block::Sub(g.area.clone()));
            }
            d.bullets(g.tasks.clone());
        }
    }
    for (heading, list) in [
        (T::WhoYouHelp, p.patients),
        (T::WhereYouWork, p.workplaces),
        (T::WhoYouWorkWith, p.works_with),
        (T::Qualities, p.qualities),
        (T::Hours, p.hours),
    ] {
        if !list.is_empty() {
            d.heading(l.t(heading));
            d.bullets(list.to_vec());
        }
    }
    if let Some(pay) = p.pay {
        d.heading(l.t(T::Pay));
        d.para(l.f(
            T::PayLine,
            &[
                ("what", &pay.what),
                ("amount", &thousands(pay.monthly_nok)),
                ("year", &pay.year),
            ],
        ));
    }
}

fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

fn specialty_facts(d: &mut Doc, data: &Dataset, s: &Specialty, l: Lang) {
    if let Some(soc) = &s.society {
        d.field(l.t(T::Society), soc.as_str());
    }
    let mut group = group_text(data, s.group, l);
    if s.group_inferred {
        group.push_str(l.t(T::GroupInferred));
    }
    d.field(l.t(T::Lis2Group), group);
    if let Some(nus) = &s.nus {
        d.field(l.t(T::EducationCode), format!("{} {}", nus.code, nus.title));
    }
}

/// The route from Vg1, then for doctors the specialist path's minimums in one sentence.
fn route(d: &mut Doc, data: &Dataset, entry: EntryRef, detail: bool, l: Lang) {
    let blocks = super::route::blocks_with(data, entry, detail, l);
    let spec = data.path_specialty(entry.id());
    if blocks.is_empty() && spec.is_none() {
        return;
    }
    d.heading(l.t(T::RouteFromVg1));
    blocks.into_iter().for_each(|b| d.push(b));
    if let Some(spec) = spec {
        let t = timeline::for_specialty(data, spec, l);
        d.para(l.f(
            T::SpecialistAfterLis1,
            &[
                ("specialty", &lower_first(&spec.name)),
                (
                    "rest",
                    &format_months(data.education.lis2_lis3_min_months, l),
                ),
                ("total", &format_months(t.after_authorisation_min, l)),
            ],
        ));
    }
}

fn codes(d: &mut Doc, o: &Occupation, l: Lang) {
    if o.occupation_codes.is_empty() && o.education_codes.is_empty() {
        return;
    }
    d.heading(l.t(T::Codes));
    if !o.occupation_codes.is_empty() {
        d.push(Block::Sub(l.t(T::OccupationCodes).into()));
        d.push(Block::Muted(l.t(T::OccupationCodesNote).into()));
        d.bullets(
            o.occupation_codes
                .iter()
                .map(|c| format!("{} {}", c.code, c.title))
                .collect(),
        );
    }
    if !o.education_codes.is_empty() {
        d.push(Block::Sub(l.t(T::EducationCodes).into()));
        d.bullets(
            o.education_codes
                .iter()
                .map(|c| format!("{} {}", c.code, c.title))
                .collect(),
        );
    }
}

/// The LIS2 group in words, from the education rules where they name it.
pub fn group_text(data: &Dataset, g: Lis2Group, l: Lang) -> String {
    relations::group_name(data, g, l)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Author: «Title». Journal, date. DOI as an address.
pub fn citation(a: &Article) -> String {
    let mut s = format!(
        "{}: «{}». {}, {}.",
        a.author,
        a.title,
        a.journal,
        norwegian(&a.date)
    );
    if let Some(doi) = &a.doi {
        s.push_str(&format!(" https://doi.org/{doi}"));
    }
    s
}

/// Perspective articles, last. A sensitive one is shown in full on its home entry only, after
/// a calm line and followed by help lines; elsewhere a pointer to that entry.
fn articles(d: &mut Doc, data: &Dataset, id: &str, ids: &[String], l: Lang) {
    let found: Vec<&Article> = ids.iter().filter_map(|a| data.article(a)).collect();
    if found.is_empty() {
        return;
    }
    d.heading(l.t(T::Perspective));
    for a in found {
        if let Some(care) = &a.care
            && care.home != id
        {
            let home = data
                .entry(&care.home)
                .map_or(care.home.as_str(), |e| e.name());
            d.para(l.f(T::ArticleElsewhere, &[("title", &a.title), ("home", &home)]));
            continue;
        }
        if let Some(care) = &a.care {
            d.para(care.intro.as_str());
        }
        d.para(citation(a));
        a.summary.iter().for_each(|p| d.para(p.as_str()));
        if !a.references.is_empty() {
            d.push(Block::Sub(l.t(T::ArticleRefers).into()));
            d.bullets(a.references.clone());
        }
        if let Some(care) = &a.care {
            d.heading(l.t(T::SomeoneToTalkTo));
            d.bullets(
                care.helplines
                    .iter()
                    .map(|h| {
                        let from = data.source(&h.source).and_then(|s| s.link());
                        let mut line = format!("{}: {} ({})", h.name, h.number, h.when);
                        if let Some(u) = from {
                            line.push_str(". ");
                            line.push_str(&l.f(T::SourceIs, &[("source", &u)]));
                        }
                        line
                    })
                    .collect(),
            );
        }
    }
}

/// "Name (kind): why. Note"
pub fn relation_line(r: &Relation, l: Lang) -> String {
    let mut s = format!("{} ({}): {}.", r.name, r.kind.badge(), r.why.label(l));
    if let Some(n) = &r.note {
        s.push(' ');
        s.push_str(n);
        if !n.ends_with('.') {
            s.push('.');
        }
    }
    // What it rests on: the source's own words, so a pupil can see why.
    for ev in r.evidence.iter().filter(|e| e.starts_with('«')) {
        s.push(' ');
        s.push_str(&l.f(T::SourceIs, &[("source", ev)]));
        s.push('.');
    }
    s
}

fn related(d: &mut Doc, rels: &[Relation], l: Lang) {
    if rels.is_empty() {
        return;
    }
    d.heading(l.t(T::Related));
    d.bullets(rels.iter().map(|r| relation_line(r, l)).collect());
}

/// "Title. Publisher, date. Address"
pub fn source_line(s: &Source, l: Lang) -> String {
    let stop = if s.title.ends_with(['.', '?', '!']) {
        ""
    } else {
        "."
    };
    let mut line = format!("{}{stop} {}", s.title, s.publisher);
    if let Some(r) = &s.review {
        line.push_str(", ");
        line.push_str(&l.f(
            T::ReviewedBy,
            &[("by", &r.by), ("date", &norwegian(&r.date))],
        ));
    } else if let Some(date) = &s.date {
        line.push_str(&format!(", {}", norwegian(date)));
    }
    line.push('.');
    if let Some(url) = s.link() {
        line.push(' ');
        line.push_str(&url);
    }
    line
}

/// "sist gjennomgått 2019" when the page's own date is older than three years.
pub fn stale_note(s: &Source, today: Date, l: Lang) -> Option<String> {
    let d = Date::parse(s.stamp_date()?)?;
    (d.years_until(today) >= STALE_YEARS).then(|| l.f(T::LastReviewed, &[("year", &d.year)]))
}

fn sources(d: &mut Doc, data: &Dataset, ids: &[String], l: Lang) {
    let lines: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| match stale_note(s, data.today, l) {
            Some(n) => format!("{} ({n})", source_line(s, l)),
            None => source_line(s, l),
        })
        .collect();
    if !lines.is_empty() {
        d.heading(l.t(T::Sources));
        d.bullets(lines);
    }
}
