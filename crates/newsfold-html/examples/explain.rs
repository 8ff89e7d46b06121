//! Shows why a page's content root was chosen: the best-scoring containers
//! with their prose ("good") and clutter ("bad") character counts.
//!
//! `cargo run --release -p newsfold-html --example explain -- page.html[.gz]`

use newsfold_html::classify::Layout;
use newsfold_html::content::Analysis;
use newsfold_html::dom::Dom;
use std::io::Read;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE");
        std::process::exit(2);
    };
    let raw = std::fs::read(&path).expect("readable file");
    let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .expect("gzip");
        out
    } else {
        raw
    };
    let (text, enc) = newsfold_html::decode::decode_page(&bytes);
    let dom = Dom::parse(&text);
    let meta = newsfold_html::metadata::extract(&dom, None);
    let an = Analysis::new(
        &dom,
        meta.url
            .as_deref()
            .and_then(newsfold_html::content::host_of),
    );
    let root = an.content_root(&dom);
    println!(
        "encoding {} nodes {} root {}",
        enc.name(),
        dom.len(),
        describe(&dom, root)
    );
    let mut scored: Vec<(f64, u32)> = an
        .order
        .iter()
        .filter(|&&n| an.layout[n as usize] == Layout::Block && an.good[n as usize] > 0)
        .map(|&n| (an.score(n), n))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("large boilerplate-marked subtrees:");
    for &n in &an.order {
        let i = n as usize;
        if matches!(an.hint[i], newsfold_html::classify::Hint::Boiler(_)) && an.chars[i] > 500 {
            println!(
                "  {:?} boiler {} chars {} good {} {}",
                an.hint[i],
                an.boiler[i],
                an.chars[i],
                an.good[i],
                describe(&dom, n)
            );
        }
    }
    for (s, n) in scored.iter().take(12) {
        let i = *n as usize;
        println!(
            "{s:8.0} good {:6} bad {:6} chars {:6} link {:6} {:?} boiler {} {}",
            an.good[i],
            an.bad[i],
            an.chars[i],
            an.link[i],
            an.hint[i],
            an.boiler[i],
            describe(&dom, *n)
        );
    }
}

fn describe(dom: &Dom, mut n: u32) -> String {
    let mut parts = Vec::new();
    loop {
        if let Some(tag) = dom.tag(n) {
            let mut s = tag.to_string();
            if let Some(id) = dom.attr(n, "id") {
                s.push('#');
                s.push_str(id);
            }
            if let Some(c) = dom.attr(n, "class") {
                s.push('.');
                s.push_str(&c.split_whitespace().collect::<Vec<_>>().join("."));
            }
            parts.push(s);
        }
        match dom.parent(n) {
            Some(p) if parts.len() < 6 => n = p,
            _ => break,
        }
    }
    parts.reverse();
    parts.join(" > ")
}
