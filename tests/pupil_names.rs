//! The names pupils type for doctors and health jobs — everyday names, -log forms, nynorsk and
//! typos — each lead to the right entry first, never to a look-alike by typo tolerance.

use yrke::dataset::{self, Dataset, Date};
use yrke::search::Index;

fn data() -> Dataset {
    dataset::bundled_at(Date::parse("2026-12-01").unwrap()).expect("bundled data loads")
}

/// (what a pupil types, the entry it must find first). Written from pupils' words first.
const TABLE: &[(&str, &str)] = &[
    // Everyday names of specialists and -log forms.
    ("hjertelege", "kardiolog"),
    ("kvinnelege", "gynekolog"),
    ("nyrelege", "nyresykdommer"),
    ("nefrolog", "nyresykdommer"),
    ("nevrolog", "nevrolog"),
    ("blodlege", "blodsykdommer"),
    ("hematolog", "blodsykdommer"),
    ("hjernekirurg", "nevrokirurgi"),
    ("lungelege", "lungesykdommer"),
    ("hudlege", "hudspesialist"),
    ("kreftlege", "onkolog"),
    ("barnedoktor", "barnelege"),
    ("narkoselege", "anestesilege"),
    ("røntgenlege", "radiolog"),
    ("ØNH", "ore-nese-hals-spesialist"),
    // Health jobs by their common name and in nynorsk.
    ("sykepleier", "sykepleier"),
    ("sjukepleiar", "sykepleier"),
    ("psykolog", "psykolog"),
    ("tannlege", "tannlege"),
    ("tannlækjar", "tannlege"),
    ("jordmor", "jordmor"),
    ("jordmødre", "jordmor"),
    ("fysioterapeut", "fysioterapeut"),
    ("helsefagarbeider", "helsefagarbeider"),
    ("helsefagarbeidar", "helsefagarbeider"),
    ("ambulansearbeidar", "ambulansearbeider"),
    ("helsesøster", "helsesykepleier"),
    ("augelege", "oyelege"),
    // Typos.
    ("sykepeier", "sykepleier"),
    ("psykolg", "psykolog"),
    ("jordmro", "jordmor"),
    ("fysioterapaut", "fysioterapeut"),
    ("tannlgee", "tannlege"),
    ("kardiolg", "kardiolog"),
    // Look-alikes rank by the closer match.
    ("audiograf", "audiograf"),
    ("radiograf", "radiograf"),
];

#[test]
fn pupils_words_find_the_right_entry_first() {
    let d = data();
    let index = Index::new(&d);
    let mut wrong = Vec::new();
    for (q, want) in TABLE {
        let got = index.search(q, 1).first().map(|h| h.id.clone());
        if got.as_deref() != Some(*want) {
            wrong.push(format!("{q:?}: got {got:?}, want {want}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// One misspelling of a name: two letters in the middle swapped.
fn misspell(name: &str) -> Option<String> {
    let mut c: Vec<char> = name.to_lowercase().chars().collect();
    let i = c.len() / 2;
    (c.len() >= 6 && c[i] != c[i - 1] && c[i].is_alphabetic() && c[i - 1].is_alphabetic()).then(
        || {
            c.swap(i - 1, i);
            c.into_iter().collect()
        },
    )
}

#[test]
fn every_entry_is_found_first_by_its_name_and_by_one_misspelling() {
    let d = data();
    let index = Index::new(&d);
    let mut wrong = Vec::new();
    for e in d.entries() {
        let top = |q: &str| index.search(q, 1).first().map(|h| h.id.clone());
        if top(e.name()).as_deref() != Some(e.id()) {
            wrong.push(format!("{}: got {:?}", e.name(), top(e.name())));
        }
        if let Some(typo) = misspell(e.name())
            && top(&typo).as_deref() != Some(e.id())
        {
            wrong.push(format!("{typo:?} for {}: got {:?}", e.name(), top(&typo)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_synonym_leads_to_its_own_entry() {
    let d = data();
    let index = Index::new(&d);
    let mut wrong = Vec::new();
    for e in d.entries() {
        for s in e.profile().synonyms {
            let got = index.search(s, 1).first().map(|h| h.id.clone());
            if got.as_deref() != Some(e.id()) {
                wrong.push(format!("{s:?} ({}): got {got:?}", e.id()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
