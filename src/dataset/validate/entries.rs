//! Occupations and specialties: names, content, codes, references, and relations with evidence.

use std::collections::HashMap;

use super::{Checker, Ids};
use crate::dataset::model::*;
use crate::dataset::{EntryRef, Profile};

pub(super) fn check(c: &mut Checker, file: &DataFile, ids: &Ids) {
    let sources: HashMap<&str, &Source> = file.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut code_owner: HashMap<&str, &str> = HashMap::new();
    for o in &file.occupations {
        let id = o.id.as_str();
        entry(c, EntryRef::Occupation(o), &o.sources, ids, &sources);
        c.all_non_empty(id, "education", &o.education);
        if let Some(s) = &o.specialty
            && ids.entries.get(s.as_str()) != Some(&true)
        {
            c.push(id, "specialty", format!("«{s}» er ingen spesialitet"));
        }
        if o.route.is_none() && o.specialty.is_none() {
            c.missing(id, "route", "mangler utdanningsløp (route)");
        }
        for code in &o.occupation_codes {
            c.digits(id, "occupation_codes", &code.code, 7);
            c.non_empty(id, "occupation_codes.title", &code.title);
            if let Some(prev) = code_owner.insert(&code.code, id)
                && prev != id
            {
                c.push(
                    id,
                    "occupation_codes",
                    format!("yrkeskode {} står også på «{prev}»", code.code),
                );
            }
        }
        for code in &o.education_codes {
            c.digits(id, "education_codes", &code.code, 6);
            c.non_empty(id, "education_codes.title", &code.title);
        }
    }
    for s in &file.specialties {
        let id = s.id.as_str();
        entry(c, EntryRef::Specialty(s), &s.sources, ids, &sources);
        if let Some(n) = &s.nus {
            c.digits(id, "nus", &n.code, 6);
            c.non_empty(id, "nus.title", &n.title);
        }
    }
    names_lead_to_one_entry(c, file);
    for a in &file.articles {
        let id = a.id.as_str();
        c.non_empty(id, "author", &a.author);
        c.non_empty(id, "title", &a.title);
        c.non_empty(id, "journal", &a.journal);
        c.date(id, "date", &a.date);
        if a.summary.is_empty() {
            c.push(id, "summary", "mangler");
        }
        c.all_non_empty(id, "summary", &a.summary);
        c.sources(id, &a.sources, &ids.sources);
    }
}

/// A name a pupil types must lead to one entry: a synonym is on one entry only and is never
/// another entry's name (else search would have to guess which one was meant).
fn names_lead_to_one_entry(c: &mut Checker, file: &DataFile) {
    let entries = file
        .occupations
        .iter()
        .map(EntryRef::Occupation)
        .chain(file.specialties.iter().map(EntryRef::Specialty));
    let mut owner: HashMap<String, &str> = HashMap::new();
    for e in entries.clone() {
        owner.insert(e.name().to_lowercase(), e.id());
    }
    let mut synonyms: HashMap<String, &str> = HashMap::new();
    for e in entries {
        let p = e.profile();
        for s in p.synonyms.iter().chain(p.former_names) {
            let key = s.to_lowercase();
            match owner.get(&key).or(synonyms.get(&key)) {
                Some(other) if *other != e.id() => c.push(
                    e.id(),
                    "synonyms",
                    format!("«{s}» leder også til «{other}»"),
                ),
                _ => {
                    synonyms.insert(key, e.id());
                }
            }
        }
    }
}

/// What every entry must have, occupation or specialty.
fn entry(
    c: &mut Checker,
    e: EntryRef,
    cited: &[String],
    ids: &Ids,
    sources: &HashMap<&str, &Source>,
) {
    let id = e.id();
    let p = e.profile();
    c.non_empty(id, "name", e.name());
    c.non_empty(id, "summary", p.summary);
    content(c, id, &p);
    c.sources(id, cited, &ids.sources);
    let linked = cited
        .iter()
        .filter_map(|s| sources.get(s.as_str()))
        .any(|s| (s.url.is_some() || s.doi.is_some()) && s.retrieved.is_some());
    if !cited.is_empty() && !linked {
        c.missing(id, "sources", "ingen av kildene har lenke og lesedato");
    }
    for a in p.articles {
        if !ids.articles.contains(a.as_str()) {
            c.push(id, "articles", format!("ukjent artikkel «{a}»"));
        }
    }
    for (i, b) in p.backs.iter().enumerate() {
        if !cited.contains(&b.source) {
            c.push(
                id,
                &format!("backs[{i}].source"),
                format!("«{}» står ikke i oppføringens sources", b.source),
            );
        }
        if b.fields.is_empty() {
            c.push(id, &format!("backs[{i}].fields"), "nevner ingen felt");
        }
    }
    if let Some(pay) = p.pay {
        if !cited.contains(&pay.source) {
            c.push(id, "pay.source", "lønnstallets kilde står ikke i sources");
        }
        if pay.monthly_nok == 0 || !(2000..=2100).contains(&pay.year) {
            c.push(id, "pay", "lønn trenger et beløp og et årstall");
        }
    }
    related(c, e, cited, ids);
}

fn content(c: &mut Checker, id: &str, p: &Profile) {
    for (field, list) in [
        ("synonyms", p.synonyms),
        ("former_names", p.former_names),
        ("description", p.description),
        ("workplaces", p.workplaces),
        ("works_with", p.works_with),
        ("patients", p.patients),
        ("qualities", p.qualities),
        ("hours", p.hours),
    ] {
        c.all_non_empty(id, field, list);
    }
    if p.description.is_empty() {
        c.missing(id, "description", "mangler beskrivelse");
    }
    for (i, g) in p.tasks.iter().enumerate() {
        if g.tasks.is_empty() {
            c.push(id, &format!("tasks[{i}].tasks"), "ingen oppgaver");
        }
        c.all_non_empty(id, &format!("tasks[{i}].tasks"), &g.tasks);
    }
}

/// Stored relations: a known target, a kind that may be stored, and evidence of the right sort.
fn related(c: &mut Checker, e: EntryRef, cited: &[String], ids: &Ids) {
    let id = e.id();
    for (i, r) in e.profile().related.iter().enumerate() {
        let f = format!("related[{i}]");
        if r.id == id {
            c.push(id, &f, "peker på seg selv");
        } else if !ids.entries.contains_key(r.id.as_str()) {
            c.push(id, &f, format!("ukjent oppføring «{}»", r.id));
        }
        if let Some(n) = &r.note {
            c.non_empty(id, &format!("{f}.note"), n);
        }
        let quotes = r
            .evidence
            .iter()
            .filter(|e| matches!(e, Evidence::Quote { .. }))
            .count();
        for (j, ev) in r.evidence.iter().enumerate() {
            if let Evidence::Quote { source, quote } = ev {
                c.non_empty(id, &format!("{f}.evidence[{j}].quote"), quote);
                if !ids.sources.contains(source.as_str()) {
                    c.push(
                        id,
                        &format!("{f}.evidence[{j}].source"),
                        format!("ukjent kilde «{source}»"),
                    );
                }
            }
        }
        let own_quote = r
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::Quote { source, .. } if cited.contains(source)));
        let rule = r
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::Rule(StructuralRule::RouteBuildsOn)));
        match r.kind {
            RelationKind::WorksWith if !own_quote => c.missing(
                id,
                &f,
                "«WorksWith» trenger et sitat fra en av oppføringens egne kilder",
            ),
            RelationKind::SpecialisationOf if !own_quote && !rule => c.missing(
                id,
                &f,
                "«SpecialisationOf» trenger Rule(RouteBuildsOn) eller et sitat",
            ),
            RelationKind::SamePatientGroup if quotes < 2 || r.note.is_none() => c.missing(
                id,
                &f,
                "«SamePatientGroup» trenger gruppen i note og ett sitat fra hver side",
            ),
            RelationKind::WorksWith
            | RelationKind::SpecialisationOf
            | RelationKind::SamePatientGroup => {}
            other => c.push(
                id,
                &f,
                format!("«{other:?}» avledes av programmet og kan ikke lagres"),
            ),
        }
    }
}
