//! Semantic checks over merged data files. Every problem is collected, not just the first, so a
//! school fixing its file sees the whole list at once.

use std::collections::{HashMap, HashSet};

use super::model::*;
use crate::error::Problem;

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            entry: entry.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, entry: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(entry, field, "er tom");
        }
    }

    fn all_non_empty(&mut self, entry: &str, field: &str, values: &[String]) {
        for (i, v) in values.iter().enumerate() {
            if v.trim().is_empty() {
                self.push(entry, &format!("{field}[{i}]"), "er tom");
            }
        }
    }

    fn slug(&mut self, entry: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-');
        if !ok {
            self.push(
                entry,
                "id",
                format!("«{id}» er ikke en ASCII-slug (a–z, 0–9 og bindestrek)"),
            );
        }
    }

    fn digits(&mut self, entry: &str, field: &str, code: &str, len: usize) {
        if code.len() != len || !code.bytes().all(|b| b.is_ascii_digit()) {
            self.push(entry, field, format!("«{code}» skulle vært {len} sifre"));
        }
    }

    fn date(&mut self, entry: &str, field: &str, date: &str) {
        let b = date.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        let ok = shape && {
            let m: u32 = date[5..7].parse().unwrap_or(0);
            let d: u32 = date[8..10].parse().unwrap_or(0);
            (1..=12).contains(&m) && (1..=31).contains(&d)
        };
        if !ok {
            self.push(
                entry,
                field,
                format!("«{date}» er ikke en dato (ÅÅÅÅ-MM-DD)"),
            );
        }
    }

    fn sources(&mut self, entry: &str, sources: &[String], known: &HashSet<&str>) {
        if sources.is_empty() {
            self.push(entry, "sources", "må nevne minst én kilde");
        }
        for s in sources {
            if !known.contains(s.as_str()) {
                self.push(entry, "sources", format!("ukjent kilde «{s}»"));
            }
        }
    }
}

/// All problems in `file`; empty means valid. `education_count` is how many files gave rules.
pub fn check(file: &DataFile, education_count: usize) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };

    let mut source_ids = HashSet::new();
    for s in &file.sources {
        c.slug(&s.id, &s.id);
        c.non_empty(&s.id, "title", &s.title);
        c.non_empty(&s.id, "publisher", &s.publisher);
        if let Some(d) = &s.date {
            c.date(&s.id, "date", d);
        }
        if !source_ids.insert(s.id.as_str()) {
            c.push(&s.id, "id", "kilde-id finnes fra før");
        }
    }

    // Occupations and specialties share one id space: relations point at either.
    let mut entry_ids: HashMap<&str, bool> = HashMap::new(); // id -> is specialty
    for (id, is_spec) in file
        .occupations
        .iter()
        .map(|o| (o.id.as_str(), false))
        .chain(file.specialties.iter().map(|s| (s.id.as_str(), true)))
    {
        c.slug(id, id);
        if entry_ids.insert(id, is_spec).is_some() {
            c.push(id, "id", "id finnes fra før");
        }
    }
    let mut article_ids = HashSet::new();
    for a in &file.articles {
        c.slug(&a.id, &a.id);
        if !article_ids.insert(a.id.as_str()) {
            c.push(&a.id, "id", "artikkel-id finnes fra før");
        }
    }

    let mut code_owner: HashMap<&str, &str> = HashMap::new();
    for o in &file.occupations {
        let id = o.id.as_str();
        c.non_empty(id, "name", &o.name);
        c.non_empty(id, "summary", &o.summary);
        c.all_non_empty(id, "synonyms", &o.synonyms);
        c.all_non_empty(id, "description", &o.description);
        c.all_non_empty(id, "workplaces", &o.workplaces);
        c.all_non_empty(id, "qualities", &o.qualities);
        c.all_non_empty(id, "education", &o.education);
        for (i, g) in o.tasks.iter().enumerate() {
            c.non_empty(id, &format!("tasks[{i}].area"), &g.area);
            if g.tasks.is_empty() {
                c.push(id, &format!("tasks[{i}].tasks"), "ingen oppgaver");
            }
            c.all_non_empty(id, &format!("tasks[{i}].tasks"), &g.tasks);
        }
        if let Some(s) = &o.specialty
            && entry_ids.get(s.as_str()) != Some(&true)
        {
            c.push(id, "specialty", format!("«{s}» er ingen spesialitet"));
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
        for a in &o.articles {
            if !article_ids.contains(a.as_str()) {
                c.push(id, "articles", format!("ukjent artikkel «{a}»"));
            }
        }
        check_related(&mut c, id, &o.related, &entry_ids);
        c.sources(id, &o.sources, &source_ids);
        if let Some(r) = &o.review {
            c.non_empty(id, "review.by", &r.by);
            c.date(id, "review.date", &r.date);
        }
    }

    for s in &file.specialties {
        let id = s.id.as_str();
        c.non_empty(id, "name", &s.name);
        c.all_non_empty(id, "old_names", &s.old_names);
        if let Some(n) = &s.nus {
            c.digits(id, "nus", &n.code, 6);
            c.non_empty(id, "nus.title", &n.title);
        }
        check_related(&mut c, id, &s.related, &entry_ids);
        c.sources(id, &s.sources, &source_ids);
    }

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
        c.sources(id, &a.sources, &source_ids);
    }

    match (education_count, &file.education) {
        (0, _) | (_, None) => c.push("education", "education", "ingen fil gir utdanningsreglene"),
        (1, Some(e)) => check_education(&mut c, e, file, &source_ids, &entry_ids),
        (n, Some(_)) => c.push(
            "education",
            "education",
            format!("{n} filer gir utdanningsreglene; bare én kan"),
        ),
    }
    c.problems
}

fn check_related(c: &mut Checker, id: &str, related: &[Related], ids: &HashMap<&str, bool>) {
    for r in related {
        if r.id == id {
            c.push(id, "related", "peker på seg selv");
        } else if !ids.contains_key(r.id.as_str()) {
            c.push(id, "related", format!("ukjent oppføring «{}»", r.id));
        }
        if let Some(n) = &r.note {
            c.non_empty(id, "related.note", n);
        }
    }
}

fn check_education(
    c: &mut Checker,
    e: &Education,
    file: &DataFile,
    sources: &HashSet<&str>,
    ids: &HashMap<&str, bool>,
) {
    let id = "education";
    c.non_empty(id, "study.name", &e.study.name);
    if e.study.months.is_none_or(|m| m == 0) {
        c.push(id, "study.months", "studiet må ha en lengde");
    }
    c.non_empty(id, "authorisation", &e.authorisation);
    c.non_empty(id, "approval", &e.approval);
    if e.lis1.is_empty() {
        c.push(id, "lis1", "LIS1 har ingen deler");
    }
    let mut lis1 = 0;
    for (i, p) in e.lis1.iter().enumerate() {
        c.non_empty(id, &format!("lis1[{i}].name"), &p.name);
        match p.months {
            Some(m) if m > 0 => lis1 += m,
            _ => c.push(id, &format!("lis1[{i}].months"), "må ha en lengde"),
        }
    }
    if lis1 + e.lis2_lis3_min_months != e.total_min_months {
        c.push(
            id,
            "total_min_months",
            format!(
                "LIS1 ({lis1} mnd) + LIS2/LIS3 ({} mnd) = {} mnd, men totalen sier {} mnd",
                e.lis2_lis3_min_months,
                lis1 + e.lis2_lis3_min_months,
                e.total_min_months
            ),
        );
    }
    let mut seen = HashSet::new();
    for (i, p) in e.lis2.iter().enumerate() {
        if !matches!(p.group, Lis2Group::Fim | Lis2Group::Kirurgi) {
            c.push(
                id,
                &format!("lis2[{i}].group"),
                "bare Fim og Kirurgi har felles LIS2",
            );
        }
        if !seen.insert(p.group) {
            c.push(id, &format!("lis2[{i}].group"), "gruppen står to ganger");
        }
        c.non_empty(id, &format!("lis2[{i}].name"), &p.name);
        c.non_empty(id, &format!("lis2[{i}].short"), &p.short);
    }
    for s in &file.specialties {
        if matches!(s.group, Lis2Group::Fim | Lis2Group::Kirurgi) && !seen.contains(&s.group) {
            c.push(
                &s.id,
                "group",
                "gruppen har ingen LIS2-del i education.lis2",
            );
        }
    }
    for (i, sp) in e.special_paths.iter().enumerate() {
        let f = format!("special_paths[{i}]");
        if ids.get(sp.specialty.as_str()) != Some(&true) {
            c.push(id, &f, format!("«{}» er ingen spesialitet", sp.specialty));
        }
        for (j, r) in sp.rules.iter().enumerate() {
            c.non_empty(id, &format!("{f}.rules[{j}].text"), &r.text);
            if let (Some(lo), Some(hi)) = (r.min_months, r.max_months)
                && lo > hi
            {
                c.push(
                    id,
                    &format!("{f}.rules[{j}]"),
                    "minimum er større enn maksimum",
                );
            }
            if let (Some(total), Some(v)) = (sp.service_months, r.min_months.or(r.max_months))
                && v > total
            {
                c.push(id, &format!("{f}.rules[{j}]"), "lengre enn hele tjenesten");
            }
        }
    }
    c.sources(id, &e.sources, sources);
}
