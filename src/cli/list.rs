//! `yrke list [--kind …] [--group …] [--json]`: one entry per line, in Norwegian order.

use std::io::Write;

use serde::Serialize;

use super::args::{Format, GroupArg, KindArg, ListArgs};
use super::{CliError, Global, Outcome};
use crate::dataset::model::Lis2Group;
use crate::dataset::{Dataset, EntryRef, Kind};

/// One line of `--json`.
#[derive(Debug, Serialize)]
struct Item<'a> {
    id: &'a str,
    name: &'a str,
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<Lis2Group>,
}

pub fn run(global: &Global, args: &ListArgs) -> Result<Outcome, CliError> {
    if args.group.is_some() && args.kind == Some(KindArg::Occupation) {
        return Err(CliError::Usage(
            global
                .lang()
                .t(crate::lang::CliMsg::GroupNeedsSpecialties)
                .into(),
        ));
    }
    let data = super::load(global)?;
    let items = select(&data, args.kind, args.group);
    let mut out = std::io::stdout().lock();
    let format = args.format.get();
    if format == Format::Json {
        let v: Vec<Item> = items
            .iter()
            .map(|e| Item {
                id: e.id(),
                name: e.name(),
                kind: e.kind(),
                group: match e {
                    EntryRef::Specialty(s) => Some(s.group),
                    EntryRef::Occupation(_) => None,
                },
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &v).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        let bullet = if format == Format::Markdown { "- " } else { "" };
        for e in &items {
            writeln!(out, "{bullet}{} ({})", e.name(), e.kind().badge())?;
        }
    }
    out.flush()?;
    Ok(if items.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Ok
    })
}

/// The entries asked for, in Norwegian alphabetical order (occupations and specialties mixed).
/// A group filter implies specialties, since only they belong to a LIS2 group.
fn select(data: &Dataset, kind: Option<KindArg>, group: Option<GroupArg>) -> Vec<EntryRef<'_>> {
    let group = group.map(|g| match g {
        GroupArg::Fim => Lis2Group::Fim,
        GroupArg::Kirurgi => Lis2Group::Kirurgi,
        GroupArg::Direkte => Lis2Group::Direkte,
        GroupArg::Kommunal => Lis2Group::Kommunal,
    });
    let mut v: Vec<EntryRef<'_>> = data
        .entries()
        .filter(|e| match kind {
            Some(KindArg::Occupation) => e.kind() == Kind::Occupation,
            Some(KindArg::Specialty) => e.kind() == Kind::Specialty,
            None => true,
        })
        .filter(|e| match (group, e) {
            (None, _) => true,
            (Some(g), EntryRef::Specialty(s)) => s.group == g,
            (Some(_), EntryRef::Occupation(_)) => false,
        })
        .collect();
    v.sort_by(|a, b| crate::collate::cmp(a.name(), b.name()).then(a.id().cmp(b.id())));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::bundled;

    #[test]
    fn group_selects_only_its_specialties_in_norwegian_order() {
        let data = bundled().unwrap();
        let v = select(&data, None, Some(GroupArg::Fim));
        assert!(!v.is_empty());
        assert!(
            v.iter()
                .all(|e| matches!(e, EntryRef::Specialty(s) if s.group == Lis2Group::Fim))
        );
        let names: Vec<&str> = v.iter().map(|e| e.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_by(|a, b| crate::collate::cmp(a, b));
        assert_eq!(names, sorted);
    }

    #[test]
    fn everything_is_listed_once_without_filters() {
        let data = bundled().unwrap();
        let v = select(&data, None, None);
        assert_eq!(v.len(), data.occupations.len() + data.specialties.len());
        let last = v.last().unwrap().name();
        assert!(last.starts_with(['Ø', 'Å', 'Æ']), "æøå sort last: {last}");
    }
}
