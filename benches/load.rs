//! Startup cost before the first frame: parsing and validating the bundled RON, and building
//! the search index. `cargo bench --bench load`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load(c: &mut Criterion) {
    c.bench_function("dataset::bundled (parse + NFC + validate)", |b| {
        b.iter(|| black_box(yrke::dataset::bundled().ok()))
    });
    let data = yrke::dataset::bundled().ok();
    if let Some(data) = data {
        c.bench_function("search::Index::new", |b| {
            b.iter(|| black_box(yrke::search::Index::new(&data)))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = load
}
criterion_main!(benches);
