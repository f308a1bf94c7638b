//! Per-query search time on the bundled data and on synthetic datasets of 10k and 100k
//! entries made from the real ones (`yrke::search::synthetic`).
//!
//! Run: `cargo bench --bench search` (about half a minute). Budget: under 1 ms per query on the
//! bundled data, under 16 ms (one frame) at 100k. Every query is what the explorer runs on
//! each keystroke: `search_with_total(query, app::MAX_HITS)` (at most 500 hits built, every
//! match counted); `lege/all` builds every hit, to show what the cap saves.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use yrke::app::MAX_HITS;
use yrke::search::{Index, synthetic::synthetic};

/// What pupils type: a common word, a Norwegian letter, a prefix, a code, a task word, a
/// one-letter typo (the edit-distance fallback), a scattered match and a single letter.
const QUERIES: &[&str] = &[
    "lege", "røntgen", "anest", "2221141", "narkose", "radiloog", "kardiolg", "a",
];

fn bench(c: &mut Criterion) {
    let data = yrke::dataset::bundled().expect("bundled data loads");
    let sizes: [(&str, Index); 3] = [
        ("bundled", Index::new(&data)),
        ("10k", synthetic_index(&data, 10_000)),
        ("100k", synthetic_index(&data, 100_000)),
    ];
    for (label, index) in &sizes {
        let mut g = c.benchmark_group(format!("search/{label}"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(200))
            .measurement_time(Duration::from_millis(700));
        for q in QUERIES {
            g.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
                b.iter(|| black_box(index.search_with_total(black_box(q), MAX_HITS)))
            });
        }
        g.bench_function("lege/all", |b| {
            b.iter(|| black_box(index.search(black_box("lege"), usize::MAX)))
        });
        g.finish();
    }
}

fn synthetic_index(data: &yrke::dataset::Dataset, n: usize) -> Index {
    let (occupations, specialties) = synthetic(data, n);
    Index::from_parts(&occupations, &specialties)
}

criterion_group!(benches, bench);
criterion_main!(benches);
