//! QUERY → one entry, the same way for `show`, `timeline` and `related`: an exact id, then an
//! exact name or other name, then the best search hit (the explorer's search). When several
//! hits are about as good, the best is used and the others are named on stderr.

use std::io::Write;

use unicode_normalization::UnicodeNormalization;

use super::CliError;
use crate::dataset::{Dataset, EntryRef};
use crate::lang::{CliMsg as M, Lang};
use crate::search::Index;

/// How many equally good alternatives to name at most.
const MAX_OTHERS: usize = 5;

#[derive(Debug)]
pub enum Found<'a> {
    /// The entry, and others that matched about as well.
    One(EntryRef<'a>, Vec<EntryRef<'a>>),
    /// Nothing matched; the closest names, for a hint.
    Nothing(Vec<String>),
}

/// Lower case, NFC, single spaces: how names are compared for an exact match.
fn fold(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Find what `query` means. An empty query is a usage error.
pub fn find<'a>(data: &'a Dataset, query: &str, l: Lang) -> Result<Found<'a>, CliError> {
    let q = fold(query);
    if q.is_empty() {
        return Err(CliError::Usage(l.t(M::EmptyQuery).into()));
    }
    if let Some(e) = data.entry(query.trim()) {
        return Ok(Found::One(e, Vec::new()));
    }
    let by_name: Vec<EntryRef<'a>> = data.entries().filter(|e| fold(e.name()) == q).collect();
    if let Some((first, rest)) = by_name.split_first() {
        return Ok(Found::One(*first, rest.to_vec()));
    }
    let by_other: Vec<EntryRef<'a>> = data
        .entries()
        .filter(|e| other_names(*e).any(|n| fold(n) == q))
        .collect();
    if let Some((first, rest)) = by_other.split_first() {
        return Ok(Found::One(*first, rest.to_vec()));
    }

    let index = Index::new(data);
    let hits = index.search(query, MAX_OTHERS + 5);
    let Some(best) = hits.first() else {
        return Ok(Found::Nothing(index.suggest(query, 3)));
    };
    let close = |score: i64| {
        let slack = (best.score.abs() / 10).max(1);
        score >= best.score - slack
    };
    let others = hits[1..]
        .iter()
        .filter(|h| h.field == best.field && close(h.score))
        .filter_map(|h| data.entry(&h.id))
        .take(MAX_OTHERS)
        .collect();
    match data.entry(&best.id) {
        Some(e) => Ok(Found::One(e, others)),
        None => Ok(Found::Nothing(index.suggest(query, 3))),
    }
}

fn other_names<'a>(e: EntryRef<'a>) -> Box<dyn Iterator<Item = &'a String> + 'a> {
    match e {
        EntryRef::Occupation(o) => Box::new(o.synonyms.iter().chain(&o.former_names)),
        EntryRef::Specialty(s) => Box::new(s.synonyms.iter().chain(&s.former_names)),
    }
}

/// Resolve and report on stderr: the entry, or `None` after printing "Mente du …?".
pub fn entry_or_hint<'a>(
    data: &'a Dataset,
    query: &str,
    l: Lang,
) -> Result<Option<EntryRef<'a>>, CliError> {
    let mut err = std::io::stderr().lock();
    match find(data, query, l)? {
        Found::One(e, others) => {
            if !others.is_empty() {
                let names: Vec<String> = others.iter().map(|o| badged(*o)).collect();
                // stderr may be closed too; the answer on stdout matters more than the note.
                let _ = writeln!(
                    err,
                    "{}",
                    l.f(
                        M::AlsoMatched,
                        &[("shown", &badged(e)), ("others", &names.join(", "))]
                    )
                );
            }
            Ok(Some(e))
        }
        Found::Nothing(suggestions) => {
            let _ = writeln!(err, "{}", not_found_message(query, &suggestions, l));
            Ok(None)
        }
    }
}

/// "Radiolog (yrke)"
pub fn badged(e: EntryRef<'_>) -> String {
    format!("{} ({})", e.name(), e.kind().badge())
}

/// "yrke: fant ingenting for «kirrurg». Mente du: A, B eller C?", or where to look instead.
pub fn not_found_message(query: &str, suggestions: &[String], l: Lang) -> String {
    let mut s = l.f(M::FoundNothing, &[("query", &query.trim())]);
    if suggestions.is_empty() {
        s.push_str(l.t(M::TryShorter));
    } else {
        s.push_str(&l.f(M::DidYouMeanList, &[("names", &or_list(suggestions, l))]));
    }
    s
}

/// "A", "A eller B", "A, B eller C"
pub fn or_list(items: &[String], l: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => l.f(M::Or, &[("init", &init.join(", ")), ("last", last)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::bundled;

    fn one(data: &Dataset, q: &str) -> String {
        match find(data, q, Lang::Nb).unwrap() {
            Found::One(e, _) => e.id().to_string(),
            Found::Nothing(s) => panic!("nothing for {q}: {s:?}"),
        }
    }

    #[test]
    fn exact_id_name_and_other_names_win() {
        let data = bundled().unwrap();
        assert_eq!(one(&data, "radiolog"), "radiolog");
        assert_eq!(one(&data, "  RADIOLOGI "), "radiologi");
        assert_eq!(one(&data, "Røntgenlege"), "radiolog");
        assert_eq!(one(&data, "yrkesmedisin"), "arbeidsmedisin");
    }

    #[test]
    fn nothing_found_is_not_an_entry() {
        let data = bundled().unwrap();
        assert!(matches!(
            find(&data, "xyzzy", Lang::Nb).unwrap(),
            Found::Nothing(_)
        ));
    }

    #[test]
    fn empty_query_is_a_usage_error() {
        let data = bundled().unwrap();
        assert!(matches!(
            find(&data, "  ", Lang::Nb),
            Err(CliError::Usage(_))
        ));
    }

    #[test]
    fn suggestions_read_as_norwegian_lists() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(or_list(&v(&["A"]), Lang::Nb), "A");
        assert_eq!(or_list(&v(&["A", "B", "C"]), Lang::Nb), "A, B eller C");
        assert_eq!(
            not_found_message(" xyzzy ", &v(&["Lege", "Radiolog"]), Lang::Nb),
            "yrke: fant ingenting for «xyzzy». Mente du: Lege eller Radiolog?"
        );
        assert!(not_found_message("xyzzy", &[], Lang::Nb).contains("«yrke list»"));
        assert_eq!(
            not_found_message("xyzzy", &v(&["Lege", "Radiolog"]), Lang::Nn),
            "yrke: fann ingenting for «xyzzy». Meinte du: Lege eller Radiolog?"
        );
        assert!(not_found_message("xyzzy", &[], Lang::Nn).contains("sjå alle namna"));
    }
}
