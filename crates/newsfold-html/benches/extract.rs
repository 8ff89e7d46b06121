//! Parse-only versus full extraction on the fixture pages: the gap is the
//! cost of metadata and content extraction on top of decoding and parsing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfold_html::{extract_into, parse_only, HtmlOptions};
use newsfold_types::{InputFormat, Record};
use std::hint::black_box;
use std::io::Read;

fn pages() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let raw = std::fs::read(p).expect("fixture");
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("gzip");
            out
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("fixtures");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            for p in &pages {
                black_box(parse_only(black_box(p)));
            }
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            for p in &pages {
                let mut rec = Record::new("b.html", InputFormat::Html);
                extract_into(black_box(p), &HtmlOptions::default(), &mut rec);
                black_box(rec);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
