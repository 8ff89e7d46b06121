//! Whole PDF mode (read, layout, noise, text mode) on the two article fixtures.

use criterion::{criterion_group, criterion_main, Criterion};
use newsfold_types::{InputFormat, Record};
use std::hint::black_box;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn extract(c: &mut Criterion) {
    for name in ["article-nbcnews.pdf", "article-print-headers.pdf"] {
        let bytes = fixture(name);
        c.bench_function(name, |b| {
            b.iter(|| {
                let mut rec = Record::new(name, InputFormat::Pdf);
                newsfold_pdf::extract_into(black_box(&bytes), &mut rec);
                rec
            })
        });
    }
}

criterion_group!(benches, extract);
criterion_main!(benches);
