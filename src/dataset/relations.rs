//! Related entries with the reason they are related: relations stored in the data, their
//! reverse, and those derived from structure (specialist ↔ specialty, same LIS2 group).

use std::collections::HashMap;

use super::model::{Lis2Group, RelationKind};
use super::{Dataset, EntryRef, Kind};

/// One related entry as shown in the Relaterte pane and by `yrke related`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Relation {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub why: RelationKind,
    /// Own-words note from the data, when there is one.
    pub note: Option<String>,
}

impl RelationKind {
    /// Why the other entry is related, seen from the current one (bokmål).
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::SpecialistOf => "spesialiteten yrket bygger på",
            RelationKind::HasSpecialist => "spesialist i dette faget",
            RelationKind::WorksWith => "samarbeider i jobben (nevnt i kilden)",
            RelationKind::Broader => "det bredere yrket",
            RelationKind::Narrower => "en spesialisering av yrket",
            RelationKind::SameGroup => "samme LIS2-gruppe",
            RelationKind::SameField => "samme fagfelt: helse",
        }
    }

    /// The same relation seen from the other end.
    pub fn reverse(self) -> RelationKind {
        match self {
            RelationKind::SpecialistOf => RelationKind::HasSpecialist,
            RelationKind::HasSpecialist => RelationKind::SpecialistOf,
            RelationKind::Broader => RelationKind::Narrower,
            RelationKind::Narrower => RelationKind::Broader,
            k => k,
        }
    }

    /// Lower is stronger; when two reasons link the same pair, the stronger one is shown.
    fn strength(self) -> u8 {
        match self {
            RelationKind::SpecialistOf | RelationKind::HasSpecialist => 0,
            RelationKind::WorksWith => 1,
            RelationKind::Broader | RelationKind::Narrower => 2,
            RelationKind::SameGroup => 3,
            RelationKind::SameField => 4,
        }
    }
}

/// Every entry related to `id`, strongest reason first, then in Norwegian alphabetical order.
pub fn of(data: &Dataset, id: &str) -> Vec<Relation> {
    let Some(this) = data.entry(id) else {
        return Vec::new();
    };
    // (target, why, note) candidates; several may name the same target.
    let mut cands: Vec<(&str, RelationKind, Option<&str>)> = Vec::new();
    for e in data.entries() {
        let stored = match e {
            EntryRef::Occupation(o) => &o.related,
            EntryRef::Specialty(s) => &s.related,
        };
        for r in stored {
            if e.id() == id {
                cands.push((&r.id, r.kind, r.note.as_deref()));
            } else if r.id == id {
                cands.push((e.id(), r.kind.reverse(), r.note.as_deref()));
            }
        }
    }

    match this {
        EntryRef::Occupation(o) => {
            if let Some(s) = &o.specialty {
                cands.push((s, RelationKind::SpecialistOf, None));
            }
        }
        EntryRef::Specialty(s) => {
            for o in data.occupations.iter() {
                if o.specialty.as_deref() == Some(id) {
                    cands.push((&o.id, RelationKind::HasSpecialist, None));
                }
            }
            // The direct group is everything else; sharing it says nothing.
            if s.group != Lis2Group::Direkte {
                for other in &data.specialties {
                    if other.group == s.group {
                        cands.push((&other.id, RelationKind::SameGroup, None));
                    }
                }
            }
        }
    }

    // Keep the strongest reason per target, and the first note given for that reason.
    let mut found: HashMap<&str, (RelationKind, Option<&str>)> = HashMap::new();
    for (target, why, note) in cands {
        if target == id || data.entry(target).is_none() {
            continue;
        }
        let slot = found.entry(target).or_insert((why, note));
        if why.strength() < slot.0.strength() {
            *slot = (why, note);
        } else if slot.0 == why && slot.1.is_none() {
            slot.1 = note;
        }
    }

    let mut out: Vec<Relation> = found
        .into_iter()
        .filter_map(|(target, (why, note))| {
            let e = data.entry(target)?;
            Some(Relation {
                id: e.id().to_string(),
                name: e.name().to_string(),
                kind: e.kind(),
                why,
                note: note.map(str::to_string),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.why
            .strength()
            .cmp(&b.why.strength())
            .then_with(|| crate::collate::cmp(&a.name, &b.name))
    });
    out
}
