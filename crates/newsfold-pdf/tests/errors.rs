//! Every broken input gives a record with a clear error, never a panic or a hang.

use newsfold_pdf::{extract_into, extract_with_limits, text_layer, Limits, PdfError};
use newsfold_types::{InputFormat, Record};
use std::time::Duration;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn error_of(name: &str) -> String {
    let mut rec = Record::new(name, InputFormat::Pdf);
    extract_into(&fixture(name), &mut rec);
    assert!(rec.body.is_empty(), "{name} gave a body");
    rec.error.unwrap_or_else(|| panic!("{name} gave no error"))
}

#[test]
fn encrypted_pdf_needs_a_password() {
    assert_eq!(
        error_of("encrypted.pdf"),
        "encrypted PDF: it needs a password to be read"
    );
}

#[test]
fn owner_password_only_is_read() {
    let mut rec = Record::new("x", InputFormat::Pdf);
    extract_into(&fixture("owner-password-only.pdf"), &mut rec);
    assert_eq!(rec.error, None);
    assert!(rec.body.contains("Hitler"));
}

#[test]
fn scanned_pdf_has_no_text_layer() {
    assert_eq!(
        error_of("scanned.pdf"),
        "no text layer: this PDF is scanned images; OCR is not supported"
    );
}

#[test]
fn truncated_pdf_is_reported() {
    assert!(error_of("truncated.pdf").starts_with("truncated PDF"));
}

#[test]
fn malformed_pdf_is_reported() {
    assert!(error_of("malformed.pdf").starts_with("malformed PDF: "));
}

#[test]
fn damaged_content_stream_gives_no_text() {
    assert!(error_of("broken-content-stream.pdf").starts_with("no text found"));
}

#[test]
fn not_a_pdf_is_reported() {
    assert!(error_of("not-a-pdf.pdf").starts_with("not a PDF"));
}

#[test]
fn empty_input_is_reported() {
    let mut rec = Record::new("x", InputFormat::Pdf);
    extract_into(b"", &mut rec);
    assert!(rec.error.is_some());
}

#[test]
fn every_prefix_of_a_real_pdf_gives_a_record() {
    let bytes = fixture("article-nbcnews.pdf");
    for len in (0..bytes.len()).step_by(997) {
        let mut rec = Record::new("x", InputFormat::Pdf);
        extract_into(&bytes[..len], &mut rec);
        assert!(rec.error.is_some(), "prefix of {len} bytes");
    }
}

#[test]
fn bounds_are_enforced() {
    let bytes = fixture("article-print-headers.pdf");
    let pages = Limits {
        max_pages: 2,
        ..Limits::default()
    };
    assert_eq!(
        text_layer(&bytes, &pages).unwrap_err(),
        PdfError::TooManyPages { pages: 3, limit: 2 }
    );
    let size = Limits {
        max_bytes: 1000,
        ..Limits::default()
    };
    assert!(matches!(
        text_layer(&bytes, &size),
        Err(PdfError::TooLarge { .. })
    ));
    let text = Limits {
        max_text_bytes: 100,
        ..Limits::default()
    };
    assert!(matches!(
        text_layer(&bytes, &text),
        Err(PdfError::TooMuchText { .. })
    ));
    let time = Limits {
        deadline: Duration::ZERO,
        ..Limits::default()
    };
    let mut rec = Record::new("x", InputFormat::Pdf);
    extract_with_limits(&bytes, &time, &mut rec);
    assert!(rec.error.unwrap().starts_with("PDF took too long"));
}

#[test]
fn a_panic_inside_the_pdf_reader_becomes_an_error() {
    // Found by the fuzz target: pdf_oxide 0.3.78 slices a string inside a
    // multi-byte character while scanning for an object header.
    assert!(error_of("reader-panic.pdf").starts_with("the PDF reader failed on this file"));
}

#[test]
fn text_at_absurd_coordinates_does_not_overflow() {
    // Found by the fuzz target: a mutated print-header PDF whose text sits
    // at coordinates beyond i32 after rounding.
    let mut rec = Record::new("x", InputFormat::Pdf);
    extract_into(&fixture("far-off-coordinates.pdf"), &mut rec);
    assert!(rec.error.is_some() || !rec.removed.is_empty());
}
