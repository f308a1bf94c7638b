//! Search over the bundled dataset with any query, as the explorer runs it on every key:
//! never a panic, never more hits than asked for, and suggestions ("Mente du") too.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use yrke::search::Index;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(&yrke::dataset::bundled().expect("bundled dataset")))
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (hits, total) = index().search_with_total(&query, 20);
    assert!(hits.len() <= 20 && hits.len() <= total.max(hits.len()));
    let _ = index().suggest(&query, 3);
});
