//! What pupils type, and what must come first. Each row is a query and the id of the expected
//! top hit, with the field it should have matched; then highlight positions, ranking rules and
//! the did-you-mean suggestions.

use yrke::dataset::{self, Kind, Occupation, Specialty};
use yrke::search::{Field, Hit, Index};

fn index() -> Index {
    Index::new(&dataset::bundled().expect("bundled data loads"))
}

fn top(index: &Index, q: &str) -> Hit {
    match index.search(q, 5).into_iter().next() {
        Some(h) => h,
        None => panic!("{q:?} found nothing"),
    }
}

/// (query, expected top id, expected field, what the row is about)
const TABLE: &[(&str, &str, Field, &str)] = &[
    ("lege", "lege", Field::Name, "exact name"),
    ("Lege", "lege", Field::Name, "case"),
    (
        "anestesilege",
        "anestesilege",
        Field::Name,
        "exact long name",
    ),
    (
        "anest",
        "anestesilege",
        Field::Name,
        "prefix, shortest name first",
    ),
    ("øyelege", "oyelege", Field::Name, "ø typed"),
    ("oyelege", "oyelege", Field::Name, "ø as o"),
    ("ØYELEGE", "oyelege", Field::Name, "upper-case Ø"),
    ("øye", "oyelege", Field::Name, "prefix with ø"),
    (
        "ø",
        "oyelege",
        Field::Name,
        "typed ø ranks Ø names above O names",
    ),
    ("nukleær", "nukleaermedisin", Field::Name, "æ typed"),
    ("nuklearmedisin", "nukleaermedisin", Field::Name, "æ as a"),
    ("nukleaermedisin", "nukleaermedisin", Field::Name, "æ as ae"),
    (
        "fodselshjelp",
        "fodselshjelp-og-kvinnesykdommer",
        Field::Name,
        "ø as o",
    ),
    (
        "ore nese halssykdommer",
        "ore-nese-halssykdommer",
        Field::Name,
        "hyphens as spaces",
    ),
    ("røntgenlege", "radiolog", Field::Synonym, "synonym"),
    (
        "rontgen",
        "radiolog",
        Field::Synonym,
        "synonym prefix without ø",
    ),
    ("hjertelege", "kardiolog", Field::Synonym, "synonym"),
    ("kreftlege", "onkolog", Field::Synonym, "synonym"),
    ("doktor", "lege", Field::Synonym, "synonym"),
    ("turnuslege", "lege", Field::Synonym, "old role name"),
    ("lis1", "lege", Field::Synonym, "letters and digits"),
    (
        "ønh",
        "ore-nese-hals-spesialist",
        Field::Synonym,
        "abbreviation",
    ),
    (
        "yrkesmedisin",
        "arbeidsmedisin",
        Field::OldName,
        "old specialty name",
    ),
    (
        "klinisk kjemi",
        "medisinsk-biokjemi",
        Field::OldName,
        "old name, two words",
    ),
    (
        "assistentlege",
        "lege",
        Field::CodeTitle,
        "occupation code title",
    ),
    ("2221141", "radiolog", Field::Code, "occupation code"),
    (
        "763239",
        "radiologi",
        Field::Code,
        "NUS code of the specialty",
    ),
    (
        "2221 141",
        "radiolog",
        Field::Code,
        "code typed with a space",
    ),
    ("narkose", "anestesilege", Field::Synonym, "narkoselege"),
    (
        "CT",
        "radiograf",
        Field::Summary,
        "abbreviation in the summary; ties in Norwegian order",
    ),
    (
        "mammografi",
        "radiograf",
        Field::Task,
        "task: the radiograf takes the pictures",
    ),
    (
        "helikopter",
        "anestesilege",
        Field::Task,
        "inside a compound",
    ),
    ("anestesilge", "anestesilege", Field::Name, "missing letter"),
    ("anestesilwge", "anestesilege", Field::Name, "wrong letter"),
    ("radiloog", "radiolog", Field::Name, "swapped letters"),
    ("kardiolg", "kardiolog", Field::Name, "missing letter"),
    ("barnlege", "barnelege", Field::Name, "missing letter"),
    ("gynekollog", "gynekolog", Field::Name, "extra letter"),
    (
        "kirurgi generell",
        "generell-kirurgi",
        Field::Name,
        "words in another order",
    ),
    (
        "psyk",
        "psykolog",
        Field::Name,
        "prefix: the shortest name first",
    ),
];

#[test]
fn pupil_queries_find_the_expected_entry_first() {
    assert!(TABLE.len() >= 30);
    let index = index();
    let mut wrong = Vec::new();
    for &(q, id, field, about) in TABLE {
        let h = top(&index, q);
        if h.id != id || h.field != field {
            wrong.push(format!(
                "{q:?} ({about}): got {} via {:?}, want {id} via {field:?}",
                h.id, h.field
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The highlighted letters of `h.name`, as a string.
fn lit(h: &Hit) -> String {
    h.name
        .chars()
        .enumerate()
        .filter(|(i, _)| h.positions.contains(i))
        .map(|(_, c)| c)
        .collect()
}

#[test]
fn highlights_land_on_the_original_letters() {
    let index = index();
    for (q, name, want) in [
        ("oye", "Øyelege", "Øye"),
        ("ØYE", "Øyelege", "Øye"),
        ("lege", "Øyelege", "lege"),
        ("nuklear", "Nukleærmedisin", "Nukleær"),
        ("nukleaer", "Nukleærmedisin", "Nukleær"),
        ("aermed", "Nukleærmedisin", "ærmed"),
        ("fodsel", "Fødselshjelp og kvinnesykdommer", "Fødsel"),
        ("ore nese", "Øre-nese-halssykdommer", "Ørenese"), // not the hyphen
        ("kardiolg", "Kardiolog", "Kardiolg"),
    ] {
        let h = index
            .search(q, usize::MAX)
            .into_iter()
            .find(|h| h.name == name)
            .unwrap_or_else(|| panic!("{q:?} did not find {name}"));
        assert_eq!(h.field, Field::Name, "{q:?}");
        assert_eq!(lit(&h), want, "{q:?} on {name}: {:?}", h.positions);
    }
}

fn occupation(id: &str, name: &str) -> Occupation {
    Occupation {
        id: id.into(),
        name: name.into(),
        summary: "Et yrke.".into(),
        sources: vec!["x".into()],
        ..Default::default()
    }
}

#[test]
fn decomposed_names_and_queries_highlight_the_base_letter() {
    // "Rådgiver" and "Kafé" with å and é decomposed (NFD), as some editors save them.
    let occ = [
        occupation("radgiver", "Ra\u{30a}dgiver"),
        occupation("kafe", "Kafe\u{301}vert"),
    ];
    let index = Index::from_parts(&occ, &[] as &[Specialty]);
    let h = top(&index, "rådg");
    assert_eq!(h.id, "radgiver");
    // R, a (its ring at index 2 is not a letter of its own), d, g.
    assert_eq!(h.positions, [0, 1, 3, 4]);
    let h = top(&index, "Ka\u{301}fe\u{301}"); // an NFD query on the NFD name
    assert_eq!(h.id, "kafe");
    assert_eq!(h.positions, [0, 1, 2, 3]);
    // Decomposed queries on the bundled (NFC) data: å as a + ring, ø as o + stroke.
    let bundled = self::index();
    let h = top(&bundled, "ra\u{30a}dgivende overlege");
    assert_eq!((h.id.as_str(), h.field), ("lege", Field::CodeTitle));
    let h = top(&bundled, "fo\u{338}dsel");
    assert_eq!(h.id, "fodselshjelp-og-kvinnesykdommer");
    assert_eq!(lit(&h), "Fødsel");
}

#[test]
fn exact_and_prefix_beat_scattered_and_names_beat_text() {
    let index = index();
    let hits = index.search("kirurg", usize::MAX);
    assert_eq!(hits[0].id, "kirurg");
    let pos = |id: &str| hits.iter().position(|h| h.id == id);
    // A name match beats a task or summary match of any kind.
    let last_name = hits.iter().rposition(|h| h.field == Field::Name);
    let first_text = hits
        .iter()
        .position(|h| matches!(h.field, Field::Summary | Field::Task));
    if let (Some(n), Some(t)) = (last_name, first_text) {
        assert!(n < t, "a text match ranks above a name match");
    }
    // "Generell kirurgi" (word start) before "Barnekirurgi" (inside a word).
    assert!(pos("generell-kirurgi") < pos("barnekirurgi"));
}

#[test]
fn one_entry_appears_once() {
    let index = index();
    for q in ["lege", "radiolog", "kirurgi", "a", "2221"] {
        let hits = index.search(q, usize::MAX);
        let mut ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "{q:?} lists an entry twice");
    }
}

#[test]
fn empty_query_lists_everything_in_norwegian_order() {
    let data = dataset::bundled().expect("bundled data loads");
    let index = Index::new(&data);
    let hits = index.search("", usize::MAX);
    assert_eq!(hits.len(), data.occupations.len() + data.specialties.len());
    assert!(
        hits.windows(2)
            .all(|w| yrke::collate::cmp(&w[0].name, &w[1].name).is_le())
    );
    // Æ, Ø, Å come after Z.
    let last = &hits[hits.len() - 1].name;
    assert!(last.starts_with('Ø') || last.starts_with('Å'), "{last}");
    assert_eq!(index.search("   ", 3).len(), 3);
}

#[test]
fn ties_keep_norwegian_order() {
    let index = index();
    let hits = index.search("psykiat", usize::MAX);
    for w in hits.windows(2) {
        if w[0].score == w[1].score {
            assert!(yrke::collate::cmp(&w[0].name, &w[1].name).is_lt(), "{w:?}");
        }
    }
}

#[test]
fn scores_fall_and_limit_holds() {
    let index = index();
    let hits = index.search("lege", 7);
    assert_eq!(hits.len(), 7);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(hits, index.search("lege", usize::MAX)[..7]);
    assert!(index.search("lege", 0).is_empty());
}

#[test]
fn name_hits_carry_positions_and_kinds() {
    let index = index();
    for q in ["radiolog", "øye", "kardiolg", "ønh", "psyk"] {
        for h in index.search(q, usize::MAX) {
            if h.field == Field::Name {
                assert!(!h.positions.is_empty(), "{q:?}: {h:?}");
                assert!(h.positions.iter().all(|&p| p < h.name.chars().count()));
            } else {
                assert!(h.positions.is_empty(), "{q:?}: {h:?}");
            }
        }
    }
    assert_eq!(top(&index, "radiologi").kind, Kind::Specialty);
    assert_eq!(top(&index, "radiolog").kind, Kind::Occupation);
}

#[test]
fn short_queries_do_not_flood_with_junk() {
    let index = index();
    // Scattered letters over a long name are not a match.
    let smerte = index.search("smerte", usize::MAX);
    assert!(smerte.iter().all(|h| h.field != Field::Name), "{smerte:?}");
    // Nothing like these exists; no typo fallback for three letters.
    assert!(index.search("qzx", usize::MAX).is_empty());
    assert!(index.search("xyzzy", usize::MAX).is_empty());
    // Two letters: only names and words that hold them in one piece.
    for h in index.search("mr", usize::MAX) {
        assert!(
            matches!(
                h.field,
                Field::Summary | Field::Task | Field::Text | Field::Synonym
            ),
            "{h:?}"
        );
        assert!(h.matched.to_lowercase().contains("mr"), "{h:?}");
    }
}

#[test]
fn suggestions_are_close_names() {
    let index = index();
    assert_eq!(index.suggest("radiolgoo", 2), ["Radiolog", "Radiologi"]);
    assert_eq!(index.suggest("kardjolgo", 1), ["Kardiolog"]);
    assert_eq!(index.suggest("øyelgee", 1), ["Øyelege"]);
    assert!(index.suggest("qqqqqqqq", 3).is_empty());
    assert!(index.suggest("", 3).is_empty());
}

#[test]
fn one_letter_finds_the_words_it_starts() {
    let index = index();
    let hits = index.search("k", usize::MAX);
    assert!(hits.iter().any(|h| h.id == "kirurg"));
    for h in hits.iter().filter(|h| h.field == Field::Name) {
        let first = h.positions[0];
        let before = h.name.chars().nth(first.wrapping_sub(1));
        assert!(
            first == 0 || before.is_some_and(|c| !c.is_alphanumeric()),
            "{h:?}"
        );
    }
    // "Barnekirurg" holds a k, but not at a word start.
    assert!(hits.iter().all(|h| h.id != "barnekirurg"));
}

#[test]
fn the_total_counts_hits_beyond_the_limit() {
    let index = index();
    let (hits, total) = index.search_with_total("lege", 5);
    assert_eq!(hits.len(), 5);
    assert_eq!(total, index.search("lege", usize::MAX).len());
    assert!(total > 5);
    let (none, zero) = index.search_with_total("qzxqzx", 5);
    assert!(none.is_empty());
    assert_eq!(zero, 0);
}
