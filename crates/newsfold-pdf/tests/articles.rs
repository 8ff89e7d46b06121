//! The two real article PDFs (printed from web pages by Chromium): what PDF
//! mode hands to text mode, and the whole record.
//!
//! The record snapshots also move when text mode improves; review and accept
//! them with `INSTA_UPDATE=always cargo test -p newsfold-pdf`.

use newsfold_pdf::{extract_into, text_layer, Limits};
use newsfold_types::{InputFormat, Record, RemovedKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Lines as text, a blank line at each paragraph break, page turns marked.
fn layout_text(name: &str) -> String {
    let layer = text_layer(&fixture(name), &Limits::default()).unwrap();
    let mut out = String::new();
    let mut page = 0;
    for line in &layer.lines {
        if let Some(p) = line.page {
            if p != page {
                out.push_str(&format!("--- page {p}\n"));
                page = p;
            }
        }
        out.push_str(&line.text);
        out.push('\n');
    }
    out
}

fn record(name: &str) -> Record {
    let mut rec = Record::new(name, InputFormat::Pdf);
    extract_into(&fixture(name), &mut rec);
    rec
}

#[test]
fn nbcnews_layout() {
    insta::assert_snapshot!(layout_text("article-nbcnews.pdf"));
}

#[test]
fn print_headers_layout() {
    insta::assert_snapshot!(layout_text("article-print-headers.pdf"));
}

#[test]
fn nbcnews_record() {
    let rec = record("article-nbcnews.pdf");
    assert_eq!(
        rec.title.as_deref(),
        Some("House Hitler was born in will become a police station, Austria says")
    );
    insta::assert_json_snapshot!(rec);
}

#[test]
fn print_headers_record() {
    let rec = record("article-print-headers.pdf");
    assert_eq!(
        rec.url.as_deref(),
        Some("http://www.remember8090.it/remake-serie-animata-de-i-cavalieri-dello-zodiaco-per-netflix/")
    );
    let print_headers = rec
        .removed
        .iter()
        .filter(|r| r.kind == RemovedKind::PrintHeader)
        .count();
    assert_eq!(print_headers, 6, "{:?}", rec.removed);
    assert!(!rec.body.contains("9:09 AM"));
    insta::assert_json_snapshot!(rec);
}
