//! Search under any input a pupil (or a paste) can produce: it never panics, never returns
//! more than asked for, and the phrase filter never loses the word being typed.

use proptest::prelude::*;
use yrke::dataset::Kind;
use yrke::search::{Index, phrase};

mod common;
use common::shared;

fn index() -> &'static Index {
    static I: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    I.get_or_init(|| {
        let (d, _) = shared();
        Index::new(&d)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_query_is_answered_within_its_limit(q in "\\PC{0,40}", limit in 0usize..20) {
        let (hits, total) = index().search_in(&q, limit, None);
        prop_assert!(hits.len() <= limit);
        prop_assert!(hits.len() <= total || total == 0);
        let _ = index().suggest(&q, 3);
    }

    #[test]
    fn a_kind_filter_only_returns_that_kind(q in "[a-zæøå ]{0,12}") {
        for kind in [Kind::Occupation, Kind::Specialty] {
            let (hits, _) = index().search_in(&q, 50, Some(kind));
            prop_assert!(hits.iter().all(|h| h.kind == kind));
        }
    }

    #[test]
    fn the_word_being_typed_is_never_dropped(words in proptest::collection::vec("[a-zæøå]{1,8}", 1..6)) {
        let q = words.join(" ");
        if let Some(core) = phrase::without_filler(&q) {
            prop_assert!(core.ends_with(words.last().unwrap().as_str()), "{q:?} -> {core:?}");
        }
    }
}
