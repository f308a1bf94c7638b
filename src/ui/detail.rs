//! Detaljer: every section an entry has, in reading order; sections without data are left out.

use ratatui::text::{Line, Span};

use super::doc::{Doc, date};
use super::strings as s;
use super::theme::{Symbols, Theme};
use super::timeline::total_line;
use crate::dataset::timeline::for_specialty;
use crate::dataset::{Dataset, EntryRef, Occupation, Specialty};

/// The rows of Detaljer for `current` at `width` columns (the welcome text when none).
pub fn lines(
    data: &Dataset,
    current: Option<&str>,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Vec<Line<'static>> {
    let mut d = Doc::new(width, theme, sym);
    match current.and_then(|id| data.entry(id)) {
        None => welcome(&mut d, data),
        Some(e) => {
            d.spans(vec![
                Span::styled(e.name().to_string(), theme.title()),
                Span::raw(sym.dot),
                Span::styled(e.kind().badge(), theme.badge(e.kind())),
            ]);
            if let Some(summary) = e.summary() {
                d.plain(summary);
            }
            match e {
                EntryRef::Occupation(o) => occupation(&mut d, data, o),
                EntryRef::Specialty(sp) => specialty(&mut d, data, sp),
            }
            sources(&mut d, data, e.sources());
            if let EntryRef::Occupation(Occupation {
                review: Some(r), ..
            }) = e
            {
                d.blank();
                d.styled(&s::reviewed(&r.by, &date(&r.date)), theme.label());
            }
        }
    }
    d.finish()
}

fn welcome(d: &mut Doc, data: &Dataset) {
    d.styled(s::WELCOME_TITLE, d.theme.title());
    for p in s::welcome(data.occupations.len(), data.specialties.len()) {
        d.blank();
        d.plain(&p);
    }
}

fn occupation(d: &mut Doc, data: &Dataset, o: &Occupation) {
    if !o.synonyms.is_empty() {
        d.kv(s::SYNONYMS, &o.synonyms.join(", "));
    }
    if !o.description.is_empty() {
        d.heading(s::H_ABOUT);
        paragraphs(d, &o.description);
    }
    if !o.tasks.is_empty() {
        d.heading(s::H_TASKS);
        for g in &o.tasks {
            d.sub(&g.area);
            for t in &g.tasks {
                d.bullet(t);
            }
        }
    }
    list(d, s::H_WORKPLACES, &o.workplaces);
    list(d, s::H_QUALITIES, &o.qualities);
    let spec = o.specialty.as_deref().and_then(|id| data.specialty(id));
    if !o.education.is_empty() || spec.is_some() {
        d.heading(s::H_EDUCATION);
        paragraphs(d, &o.education);
        if let Some(sp) = spec {
            if !o.education.is_empty() {
                d.blank();
            }
            d.kv(s::SPECIALTY_OF, &format!("{} {}", sp.name, s::SEE_TIMELINE));
        }
    }
    if !o.occupation_codes.is_empty() || !o.education_codes.is_empty() {
        d.heading(s::H_CODES);
        for c in &o.occupation_codes {
            d.kv(s::OCCUPATION_CODE, &format!("{} {}", c.code, c.title));
        }
        for c in &o.education_codes {
            d.kv(s::EDUCATION_CODE, &format!("{} {}", c.code, c.title));
        }
    }
    let articles: Vec<_> = o.articles.iter().filter_map(|a| data.article(a)).collect();
    if !articles.is_empty() {
        d.heading(s::H_ARTICLES);
        for a in articles {
            let mut cite = vec![
                Span::raw(format!("{}: ", a.author)),
                Span::styled(
                    format!("{}{}{}", d.sym.lquote, a.title, d.sym.rquote),
                    d.theme.label(),
                ),
                Span::raw(format!(". {}, {}.", a.journal, date(&a.date))),
            ];
            if let Some(doi) = &a.doi {
                cite.push(Span::raw(format!(" doi:{doi}")));
            }
            d.spans(cite);
            for p in &a.summary {
                d.blank();
                d.plain(p);
            }
            if !a.references.is_empty() {
                d.blank();
                d.sub(s::ARTICLE_REFERENCES);
                for r in &a.references {
                    d.bullet(r);
                }
            }
        }
    }
}

fn specialty(d: &mut Doc, data: &Dataset, sp: &Specialty) {
    d.heading(s::H_SPECIALTY_FACTS);
    if !sp.old_names.is_empty() {
        d.kv(s::OLD_NAMES, &sp.old_names.join(", "));
    }
    let part = data.education.lis2.iter().find(|p| p.group == sp.group);
    let mut group = match part {
        Some(p) => format!("{} ({}), {}", p.name, p.short, s::group_text(sp.group)),
        None => s::group_text(sp.group).to_string(),
    };
    if sp.group_inferred {
        group = format!("{group} {}", s::GROUP_INFERRED);
    }
    d.kv(s::LIS2_GROUP, &group);
    if let Some(c) = &sp.nus {
        d.kv(s::EDUCATION_CODE, &format!("{} {}", c.code, c.title));
    }
    if let Some(soc) = &sp.society {
        d.kv(s::SOCIETY, soc);
    }
    let specialists: Vec<&str> = data
        .occupations
        .iter()
        .filter(|o| o.specialty.as_deref() == Some(sp.id.as_str()))
        .map(|o| o.name.as_str())
        .collect();
    if !specialists.is_empty() {
        d.kv(s::SPECIALISTS, &specialists.join(", "));
    }
    d.heading(s::H_EDUCATION);
    let tl = for_specialty(data, sp);
    d.plain(&format!("{} {}", total_line(&tl), s::SEE_TIMELINE_SENTENCE));
}

fn paragraphs(d: &mut Doc, ps: &[String]) {
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            d.blank();
        }
        d.plain(p);
    }
}

fn list(d: &mut Doc, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    d.heading(heading);
    for i in items {
        d.bullet(i);
    }
}

fn sources(d: &mut Doc, data: &Dataset, ids: &[String]) {
    let found: Vec<_> = ids.iter().filter_map(|id| data.source(id)).collect();
    if found.is_empty() {
        return;
    }
    d.heading(s::H_SOURCES);
    for src in found {
        let mut t = format!("{}, {}", src.title, src.publisher);
        if let Some(dt) = &src.date {
            t = format!("{t}, {}", date(dt));
        }
        if let Some(u) = &src.url {
            t = format!("{t}. {u}");
        }
        d.bullet(&t);
    }
}
