//! Text-mode throughput in bytes of input per second, on the seed renderings
//! and on a whole-page dump made of them (menus, article, appeal, footer).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfold_types::{InputFormat, Record};
use std::hint::black_box;
use std::path::PathBuf;

fn seed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/seeds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A page dump like the pagetext bench: a long menu, the PDF text, the web
/// text with its appeal, teaser links with time stamps and a footer.
fn whole_page(web: &str, pdf: &str) -> String {
    let mut page = String::new();
    for i in 0..150 {
        page.push_str(&format!("  • Section {i}\n"));
    }
    page.push_str(pdf);
    page.push('\n');
    page.push_str(web);
    page.push('\n');
    for i in 0..40 {
        page.push_str(&format!(
            "Teaser headline number {i} about something else\n{} hours ago\n",
            i % 24
        ));
    }
    page.push_str("Copyright © 2024 Example News. All rights reserved.\n");
    page
}

fn bench(c: &mut Criterion) {
    let web = seed("000_cbab12af0755ade9.txt");
    let pdf = seed("001_60a101c0e6a68700.txt");
    let page = whole_page(&web, &pdf);
    let mut group = c.benchmark_group("extract_into");
    for (name, text) in [
        ("web_seed", &web),
        ("pdf_seed", &pdf),
        ("whole_page", &page),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut rec = Record::new("bench.txt", InputFormat::Text);
                newsfold_text::extract_into(black_box(text), &mut rec);
                rec
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
