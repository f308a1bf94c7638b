//! Fuzzy search over names, synonyms, codes and text. (Placeholder: the search helper
//! replaces the matching; the API below is what the UI and CLI use.)

use serde::Serialize;

use crate::dataset::{Dataset, Kind};

/// Which field of an entry a hit matched, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Synonym,
    OldName,
    Code,
    CodeTitle,
    Summary,
    Task,
}

impl Field {
    /// Bokmål label for "why it matched".
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "navn",
            Field::Synonym => "annet navn",
            Field::OldName => "tidligere navn",
            Field::Code => "kode",
            Field::CodeTitle => "stillingstittel",
            Field::Summary => "beskrivelse",
            Field::Task => "oppgave",
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub score: i64,
    pub field: Field,
    /// The text that matched (the name, a synonym, "2221141 RADIOLOG", a task …).
    pub matched: String,
    /// Char indices into `name` of the matched letters; empty unless `field` is `Name`.
    pub positions: Vec<usize>,
}

/// A search index built once per dataset.
#[derive(Debug, Clone)]
pub struct Index {
    entries: Vec<(String, String, Kind)>,
}

impl Index {
    pub fn new(data: &Dataset) -> Index {
        let mut entries: Vec<_> = data
            .entries()
            .map(|e| (e.id().to_string(), e.name().to_string(), e.kind()))
            .collect();
        entries.sort_by(|a, b| crate::collate::cmp(&a.1, &b.1));
        Index { entries }
    }

    /// Best hits first; the empty query lists everything in Norwegian alphabetical order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = query.trim().to_lowercase();
        self.entries
            .iter()
            .filter(|(_, name, _)| name.to_lowercase().contains(&q))
            .take(limit)
            .map(|(id, name, kind)| Hit {
                id: id.clone(),
                name: name.clone(),
                kind: *kind,
                score: 0,
                field: Field::Name,
                matched: name.clone(),
                positions: Vec::new(),
            })
            .collect()
    }

    /// Names closest to a query that found nothing, for "mente du …?" hints.
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        let q = query.trim().to_lowercase();
        let mut v: Vec<(usize, &str)> = self
            .entries
            .iter()
            .map(|(_, name, _)| {
                let common = name
                    .to_lowercase()
                    .chars()
                    .zip(q.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                (usize::MAX - common, name.as_str())
            })
            .collect();
        v.sort();
        v.into_iter().take(n).map(|(_, s)| s.to_string()).collect()
    }

    /// Number of entries indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
