//! Single-core pages/s of parse-only and of full extraction over a directory
//! of pages (`.html` or `.html.gz`), all held in memory, best of 3 passes.
//!
//! `cargo run --release -p newsfold-html --example throughput -- DIR`

use newsfold_html::{extract_into, parse_only, HtmlOptions};
use newsfold_types::{InputFormat, Record};
use std::io::Read;
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".to_string());
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("readable dir").flatten() {
        let raw = std::fs::read(entry.path()).expect("readable page");
        if raw.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            if flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .is_ok()
            {
                pages.push(out);
            }
        } else {
            pages.push(raw);
        }
    }
    let mb = pages.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let best = |f: &dyn Fn(&[u8])| {
        (0..3)
            .map(|_| {
                let start = Instant::now();
                for p in &pages {
                    f(p);
                }
                start.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let parse = best(&|p| {
        std::hint::black_box(parse_only(p));
    });
    let full = best(&|p| {
        let mut rec = Record::new("t.html", InputFormat::Html);
        extract_into(p, &HtmlOptions::default(), &mut rec);
        std::hint::black_box(rec);
    });
    // Where the time goes, stage by stage (one pass).
    let mut stages = [0f64; 5];
    for p in &pages {
        let t0 = Instant::now();
        let (text, _) = newsfold_html::decode::decode_page(p);
        let t1 = Instant::now();
        let dom = newsfold_html::dom::Dom::parse(&text);
        let t2 = Instant::now();
        let meta = newsfold_html::metadata::extract(&dom, None);
        let t3 = Instant::now();
        let host = meta
            .url
            .as_deref()
            .and_then(newsfold_html::content::host_of);
        let an = newsfold_html::content::Analysis::new(&dom, host);
        let t4 = Instant::now();
        let content = newsfold_html::content::extract(&dom, &an, meta.title.as_deref());
        let t5 = Instant::now();
        std::hint::black_box(content);
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)]
            .iter()
            .enumerate()
        {
            stages[k] += (*b - *a).as_secs_f64();
        }
    }
    println!(
        "ms per page: decode {:.3} parse {:.3} metadata {:.3} analysis {:.3} content {:.3}",
        stages[0] * 1e3 / pages.len() as f64,
        stages[1] * 1e3 / pages.len() as f64,
        stages[2] * 1e3 / pages.len() as f64,
        stages[3] * 1e3 / pages.len() as f64,
        stages[4] * 1e3 / pages.len() as f64
    );
    let n = pages.len() as f64;
    println!(
        "{} pages, {mb:.1} MB: parse_only {:.0} pages/s ({:.0} MB/s), extract {:.0} pages/s ({:.0} MB/s), ratio {:.2}",
        pages.len(),
        n / parse,
        mb / parse,
        n / full,
        mb / full,
        parse / full
    );
}
