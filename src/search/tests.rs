//! Unit tests of ranking details; the table of pupil queries is in tests/search_queries.rs.

use super::*;

fn index() -> Index {
    Index::new(&crate::dataset::bundled().expect("bundled data loads"))
}

#[test]
fn index_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Index>();
}

#[test]
fn contiguous_prefers_a_word_start() {
    use rank::contiguous;
    assert_eq!(contiguous("lege", "lege"), Some((How::Exact, 0)));
    assert_eq!(contiguous("legevakt", "lege"), Some((How::Prefix, 0)));
    assert_eq!(
        contiguous("kirurgi og barnekirurgi", "kirurgi"),
        Some((How::Prefix, 0))
    );
    assert_eq!(
        contiguous("barnekirurgi og kirurgi", "kirurgi"),
        Some((How::WordPrefix, 16))
    );
    assert_eq!(
        contiguous("barnekirurgi", "kirurgi"),
        Some((How::Substring, 5))
    );
    assert_eq!(contiguous("lege", "leger"), None);
    // Offsets count chars, not bytes.
    assert_eq!(contiguous("bø lege", "lege"), Some((How::WordPrefix, 3)));
}

#[test]
fn every_tier_of_a_name_beats_every_tier_of_a_text() {
    let text_best = [How::WordPrefix, How::Substring]
        .iter()
        .filter_map(|&h| rank::tier(Field::Task, h).max(rank::tier(Field::Summary, h)))
        .max()
        .unwrap_or(0);
    for how in [
        How::Exact,
        How::Prefix,
        How::Substring,
        How::Typo,
        How::Fuzzy,
    ] {
        let t = rank::tier(Field::Name, how).unwrap_or(0);
        assert!(t > text_best, "{how:?}");
    }
    // A synonym typed whole beats another name that merely starts with it ("anestesiolog" is
    // Anestesilege's, not the start of Anestesiologi), but not a name typed whole.
    let syn = rank::tier(Field::Synonym, How::Exact).unwrap_or(0);
    assert!(syn > rank::tier(Field::Name, How::Prefix).unwrap_or(0));
    assert!(syn < rank::tier(Field::Name, How::Exact).unwrap_or(0));
    // A synonym always beats typo tolerance on a name.
    assert!(
        rank::tier(Field::Synonym, How::Prefix).unwrap_or(0)
            > rank::tier(Field::Name, How::Typo).unwrap_or(0)
    );
}

#[test]
fn synthetic_index_finds_every_copy() {
    let data = crate::dataset::bundled().expect("bundled data loads");
    let (o, s) = synthetic::synthetic(&data, 2000);
    let big = Index::from_parts(&o, &s);
    assert_eq!(big.len(), 2000);
    let copies = o.iter().filter(|o| o.name.starts_with("Radiolog ")).count();
    let hits = big.search("radiolog", usize::MAX);
    let named = hits
        .iter()
        .filter(|h| h.name.starts_with("Radiolog ") && h.field == Field::Name)
        .count();
    assert_eq!(named, copies);
    // Typos reach the copies too.
    assert!(
        big.search("radiloog", 5)
            .iter()
            .all(|h| h.name.starts_with("Radiolog"))
    );
}

#[test]
fn a_clone_answers_like_the_original() {
    let a = index();
    let b = a.clone();
    assert_eq!(a.search("kirurg", 20), b.search("kirurg", 20));
    assert_eq!(a.len(), b.len());
}
