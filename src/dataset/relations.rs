//! Related entries with the reason they are related: relations stored in the data (each with
//! its evidence), their reverse, and those derived from structure (specialist ↔ specialty,
//! role → lege, lege → every specialty by LIS2 route, same LIS2 group).

use std::collections::HashMap;

use super::model::{Evidence, Lis2Group, RelationKind, StructuralRule};
use super::{Dataset, EntryRef, Kind};
use crate::lang::{Doc as T, Lang};

/// The id of the general doctor entry every specialty and role specialises.
pub const LEGE: &str = "lege";

/// One related entry as shown in the Relaterte pane and by `yrke related`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Relation {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub why: RelationKind,
    /// Own-words note from the data (for a derived specialty: its LIS2 route), if any.
    pub note: Option<String>,
    /// What the relation rests on, in words: «quote» (source) or the rule.
    pub evidence: Vec<String>,
}

impl RelationKind {
    /// Why the other entry is related, seen from the current one.
    pub fn label(self, l: Lang) -> &'static str {
        l.t(match self {
            RelationKind::SpecialistOf => T::SpecialistOf,
            RelationKind::HasSpecialist => T::HasSpecialist,
            RelationKind::WorksWith => T::WorksWith,
            RelationKind::SpecialisationOf => T::SpecialisationOf,
            RelationKind::HasSpecialisation => T::HasSpecialisation,
            RelationKind::SamePatientGroup => T::SamePatientGroup,
            RelationKind::SameGroup => T::SameGroup,
        })
    }

    /// The same relation seen from the other end.
    pub fn reverse(self) -> RelationKind {
        match self {
            RelationKind::SpecialistOf => RelationKind::HasSpecialist,
            RelationKind::HasSpecialist => RelationKind::SpecialistOf,
            RelationKind::SpecialisationOf => RelationKind::HasSpecialisation,
            RelationKind::HasSpecialisation => RelationKind::SpecialisationOf,
            k => k,
        }
    }

    /// Lower is stronger; when two reasons link the same pair, the stronger one is shown.
    pub fn strength(self) -> u8 {
        match self {
            RelationKind::SpecialistOf | RelationKind::HasSpecialist => 0,
            RelationKind::SpecialisationOf => 1,
            RelationKind::WorksWith => 2,
            RelationKind::HasSpecialisation => 3,
            RelationKind::SamePatientGroup => 4,
            RelationKind::SameGroup => 5,
        }
    }
}

/// A candidate: target, why, note, evidence.
type Cand<'a> = (&'a str, RelationKind, Option<String>, Vec<String>);

/// Every entry related to `id`, strongest reason first, then in Norwegian alphabetical order
/// (Lege's specialties by LIS2 route, then name). Notes and evidence that are not the data's
/// own words are in `l`; the order is the same in both standards.
pub fn of(data: &Dataset, id: &str, l: Lang) -> Vec<Relation> {
    let Some(this) = data.entry(id) else {
        return Vec::new();
    };
    let mut cands = stored(data, id, l);
    derived(data, this, &mut cands, l);

    // Keep the strongest reason per target.
    let mut found: HashMap<&str, Cand> = HashMap::new();
    for c in cands {
        if c.0 == id || data.entry(c.0).is_none() {
            continue;
        }
        match found.get(c.0) {
            Some(old) if old.1.strength() <= c.1.strength() => {}
            _ => {
                found.insert(c.0, c);
            }
        }
    }
    let mut out: Vec<Relation> = found
        .into_values()
        .filter_map(|(target, why, note, evidence)| {
            let e = data.entry(target)?;
            Some(Relation {
                id: e.id().to_string(),
                name: e.name().to_string(),
                kind: e.kind(),
                why,
                note,
                evidence,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.why
            .strength()
            .cmp(&b.why.strength())
            .then_with(|| group_rank(data, a).cmp(&group_rank(data, b)))
            .then_with(|| crate::collate::cmp(&a.name, &b.name))
    });
    out
}

/// Stored relations from and to `id`, with their evidence in words.
fn stored<'a>(data: &'a Dataset, id: &str, l: Lang) -> Vec<Cand<'a>> {
    let mut cands = Vec::new();
    for e in data.entries() {
        for r in e.profile().related {
            let evidence = r
                .evidence
                .iter()
                .map(|ev| evidence_text(data, ev, l))
                .collect();
            if e.id() == id {
                cands.push((r.id.as_str(), r.kind, r.note.clone(), evidence));
            } else if r.id == id {
                cands.push((e.id(), r.kind.reverse(), r.note.clone(), evidence));
            }
        }
    }
    cands
}

fn derived<'a>(data: &'a Dataset, this: EntryRef<'a>, cands: &mut Vec<Cand<'a>>, l: Lang) {
    let id = this.id();
    let rule = |r: T| vec![l.t(r).to_string()];
    match this {
        EntryRef::Occupation(o) if o.id == LEGE => {
            for s in &data.specialties {
                cands.push((
                    &s.id,
                    RelationKind::HasSpecialisation,
                    Some(group_name(data, s.group, l)),
                    rule(T::RuleOneOf46),
                ));
            }
        }
        EntryRef::Occupation(o) => {
            if let Some(s) = &o.specialty {
                cands.push((
                    s,
                    RelationKind::SpecialistOf,
                    None,
                    rule(T::RuleSpecialistIn),
                ));
                cands.push((
                    LEGE,
                    RelationKind::SpecialisationOf,
                    None,
                    rule(T::RuleSpecialistIsDoctor),
                ));
            }
        }
        EntryRef::Specialty(s) => {
            cands.push((
                LEGE,
                RelationKind::SpecialisationOf,
                None,
                rule(T::RuleAfterLis1),
            ));
            for o in data.occupations.iter() {
                if o.specialty.as_deref() == Some(id) {
                    cands.push((
                        &o.id,
                        RelationKind::HasSpecialist,
                        None,
                        rule(T::RuleSpecialistIn),
                    ));
                }
            }
            // The direct group is everything else; sharing it says nothing.
            if matches!(s.group, Lis2Group::Fim | Lis2Group::Kirurgi) {
                for other in &data.specialties {
                    if other.group == s.group {
                        cands.push((
                            &other.id,
                            RelationKind::SameGroup,
                            Some(group_name(data, s.group, l)),
                            rule(T::RuleSameLis2),
                        ));
                    }
                }
            }
        }
    }
}

/// The LIS2 route of a specialty in words, as the education rules name it (else in `l`).
pub fn group_name(data: &Dataset, g: Lis2Group, l: Lang) -> String {
    if let Some(p) = data.education.lis2.iter().find(|p| p.group == g) {
        return format!("{} ({})", p.name, p.short);
    }
    l.t(match g {
        Lis2Group::Direkte => T::GroupDirect,
        Lis2Group::Kommunal => T::GroupMunicipal,
        Lis2Group::Fim => T::GroupFim,
        Lis2Group::Kirurgi => T::GroupSurgery,
    })
    .to_string()
}

/// Lege's specialties sort by LIS2 route so the list reads as groups; other lists by name.
fn group_rank(data: &Dataset, r: &Relation) -> u8 {
    if r.why != RelationKind::HasSpecialisation {
        return 0;
    }
    match data.specialty(&r.id).map(|s| s.group) {
        Some(Lis2Group::Fim) => 0,
        Some(Lis2Group::Kirurgi) => 1,
        Some(Lis2Group::Direkte) => 2,
        Some(Lis2Group::Kommunal) => 3,
        None => 4,
    }
}

fn evidence_text(data: &Dataset, ev: &Evidence, l: Lang) -> String {
    match ev {
        Evidence::Quote { source, quote } => {
            let from = data
                .source(source)
                .map_or(source.as_str(), |s| s.publisher.as_str());
            format!("«{quote}» ({from})")
        }
        Evidence::Rule(StructuralRule::RouteBuildsOn) => l.t(T::RuleRouteBuildsOn).to_string(),
    }
}
