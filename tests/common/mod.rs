//! Shared by the explorer's test files: the bundled dataset and its index, loaded once.

use std::sync::{Arc, OnceLock};

use yrke::dataset::Dataset;
use yrke::search::Index;

pub fn shared() -> (Arc<Dataset>, Arc<Index>) {
    static DATA: OnceLock<(Arc<Dataset>, Arc<Index>)> = OnceLock::new();
    DATA.get_or_init(|| {
        let d = Arc::new(yrke::dataset::bundled().expect("bundled data loads"));
        let i = Arc::new(Index::new(&d));
        (d, i)
    })
    .clone()
}
