//! One occupation or specialty as a `Doc`: every section the explorer's Detaljer pane shows,
//! in reading order, for `yrke show` (text and Markdown).

use super::date::norwegian;
use super::doc::{Block, Doc};
use crate::dataset::model::{Article, Lis2Group, Occupation, Source, Specialty};
use crate::dataset::relations::{self, Relation};
use crate::dataset::timeline::{self, format_months};
use crate::dataset::{Dataset, EntryRef};

/// The whole entry, ready to render.
pub fn doc(data: &Dataset, entry: EntryRef<'_>) -> Doc {
    let mut d = Doc::default();
    d.push(Block::Title(
        entry.name().to_string(),
        entry.kind().badge().to_string(),
    ));
    match entry {
        EntryRef::Occupation(o) => occupation(&mut d, data, o),
        EntryRef::Specialty(s) => specialty(&mut d, data, s),
    }
    related(&mut d, &relations::of(data, entry.id()));
    sources(&mut d, data, entry.sources());
    if let EntryRef::Occupation(Occupation {
        review: Some(r), ..
    }) = entry
    {
        d.push(Block::Muted(format!(
            "Gjennomgått med {}, {}.",
            r.by,
            norwegian(&r.date)
        )));
    }
    d
}

fn occupation(d: &mut Doc, data: &Dataset, o: &Occupation) {
    d.para(o.summary.as_str());
    if !o.synonyms.is_empty() {
        d.field("Også kalt", o.synonyms.join(", "));
    }
    if !o.description.is_empty() {
        d.heading("Om yrket");
        o.description.iter().for_each(|p| d.para(p.as_str()));
    }
    if !o.tasks.is_empty() {
        d.heading("Arbeidsoppgaver");
        for g in &o.tasks {
            d.push(Block::Sub(g.area.clone()));
            d.bullets(g.tasks.clone());
        }
    }
    if !o.workplaces.is_empty() {
        d.heading("Arbeidssteder");
        d.bullets(o.workplaces.clone());
    }
    if !o.qualities.is_empty() {
        d.heading("Egenskaper");
        d.bullets(o.qualities.clone());
    }
    if !o.education.is_empty() {
        d.heading("Utdanning");
        o.education.iter().for_each(|p| d.para(p.as_str()));
    }
    if let Some(spec) = o.specialty.as_deref().and_then(|id| data.specialty(id)) {
        d.heading("Spesialitet");
        d.para(format!(
            "{} (spesialitet). {}",
            spec.name,
            path_sentence(data, spec, &o.id)
        ));
    }
    if !o.occupation_codes.is_empty() || !o.education_codes.is_empty() {
        d.heading("Koder");
        if !o.occupation_codes.is_empty() {
            d.push(Block::Sub("Yrkeskoder (NAV, STYRK-98)".into()));
            d.bullets(
                o.occupation_codes
                    .iter()
                    .map(|c| format!("{} {}", c.code, c.title))
                    .collect(),
            );
        }
        if !o.education_codes.is_empty() {
            d.push(Block::Sub("Utdanningskoder (NUS)".into()));
            d.bullets(
                o.education_codes
                    .iter()
                    .map(|c| format!("{} {}", c.code, c.title))
                    .collect(),
            );
        }
    }
    let articles: Vec<&Article> = o.articles.iter().filter_map(|a| data.article(a)).collect();
    if !articles.is_empty() {
        d.heading("Perspektiv");
        for a in articles {
            article(d, a);
        }
    }
}

fn specialty(d: &mut Doc, data: &Dataset, s: &Specialty) {
    if let Some(sum) = &s.summary {
        d.para(sum.as_str());
    }
    if !s.old_names.is_empty() {
        d.field("Tidligere navn", s.old_names.join(", "));
    }
    if let Some(soc) = &s.society {
        d.field("Spesialistforening", soc.as_str());
    }
    d.heading("Utdanning");
    let mut group = group_text(data, s.group);
    if s.group_inferred {
        group.push_str(" (antatt, ikke oppgitt i kildene)");
    }
    d.field("LIS2-gruppe", group);
    d.para(path_sentence(data, s, &s.id));
    if let Some(nus) = &s.nus {
        d.heading("Koder");
        d.push(Block::Sub("Utdanningskode (NUS)".into()));
        d.bullets(vec![format!("{} {}", nus.code, nus.title)]);
    }
}

/// The LIS2 group in words, from the education rules where they name it.
pub fn group_text(data: &Dataset, g: Lis2Group) -> String {
    if let Some(p) = data.education.lis2.iter().find(|p| p.group == g) {
        return format!("{} ({})", p.name, p.short);
    }
    match g {
        Lis2Group::Direkte => "ingen felles LIS2-del; rett fra LIS1 til LIS3".into(),
        Lis2Group::Kommunal => "kommunalt løp".into(),
        Lis2Group::Fim => "indremedisinsk gruppe".into(),
        Lis2Group::Kirurgi => "kirurgisk gruppe".into(),
    }
}

/// "Utdanningsløpet tar minst 6,5 år etter autorisasjon …" with the command that draws it.
fn path_sentence(data: &Dataset, s: &Specialty, query_id: &str) -> String {
    let t = timeline::for_specialty(data, s);
    format!(
        "Utdanningsløpet tar minst {} etter autorisasjon, {} regnet fra start på medisinstudiet. \
         Kommandoen «yrke timeline {query_id}» viser hele løpet.",
        format_months(t.after_authorisation_min),
        format_months(t.total_min())
    )
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

fn article(d: &mut Doc, a: &Article) {
    d.para(citation(a));
    a.summary.iter().for_each(|p| d.para(p.as_str()));
    if !a.references.is_empty() {
        d.push(Block::Sub("Artikkelen omtaler".into()));
        d.bullets(a.references.clone());
    }
}

/// "Name (kind): why. Note"
pub fn relation_line(r: &Relation) -> String {
    let mut s = format!("{} ({}): {}.", r.name, r.kind.badge(), r.why.label());
    if let Some(n) = &r.note {
        s.push(' ');
        s.push_str(n);
    }
    s
}

fn related(d: &mut Doc, rels: &[Relation]) {
    if rels.is_empty() {
        return;
    }
    d.heading("Beslektede yrker og spesialiteter");
    d.bullets(rels.iter().map(relation_line).collect());
}

/// "Title. Publisher, date. Address"
pub fn source_line(s: &Source) -> String {
    let mut line = format!("{}. {}", s.title, s.publisher);
    if let Some(date) = &s.date {
        line.push_str(&format!(", {}", norwegian(date)));
    }
    line.push('.');
    if let Some(url) = &s.url {
        line.push(' ');
        line.push_str(url);
    }
    line
}

fn sources(d: &mut Doc, data: &Dataset, ids: &[String]) {
    let lines: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(source_line)
        .collect();
    if !lines.is_empty() {
        d.heading("Kilder");
        d.bullets(lines);
    }
}
