//! PDF mode: a PDF's text layer in reading order, cleaned by text mode.
//!
//! The text layer is read with `pdf_oxide` (runs of text with their box,
//! font size and weight). Runs become lines in content-stream order, with
//! blank lines where the vertical gap says a paragraph ends; browser print
//! headers and footers, page numbers and running heads are cut (and listed in
//! `removed`); the headline is the largest type on the first page; the rest
//! of the cleaning (reflow, captions, related links, boilerplate) is text
//! mode's, fed the lines with their layout hints.
//!
//! Every input gives a record; encrypted, scanned (image-only), truncated and
//! malformed files give one with `error` set. Reading is bounded: see
//! [`Limits`].

mod headline;
mod layout;
mod noise;
mod reader;

use newsfold_text::Line;
use newsfold_types::{Record, Removed};
use std::sync::mpsc;
use std::time::Duration;

/// Why a PDF gave no article.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    #[error("not a PDF: no %PDF- header in the first kilobyte")]
    NotPdf,
    #[error("truncated PDF: the file ends before its end-of-file marker (%%EOF)")]
    Truncated,
    #[error("encrypted PDF: it needs a password to be read")]
    Encrypted,
    #[error("no text layer: this PDF is scanned images; OCR is not supported")]
    NoTextLayer,
    #[error(
        "no text found: the pages hold neither text nor images (blank, drawings only, or damaged)"
    )]
    NoText,
    #[error("malformed PDF: {0}")]
    Malformed(String),
    #[error("PDF too large: {bytes} bytes (limit {limit})")]
    TooLarge { bytes: usize, limit: usize },
    #[error("PDF has too many pages: {pages} (limit {limit})")]
    TooManyPages { pages: usize, limit: usize },
    #[error("PDF holds too much text (limit {limit} bytes)")]
    TooMuchText { limit: usize },
    #[error("PDF took too long to read: gave up after {seconds} s ({pages_read} pages read)")]
    Timeout { seconds: f32, pages_read: usize },
    #[error("the PDF reader failed on this file: {0}")]
    ReaderFailed(String),
}

/// Bounds on the work one PDF may cost.
///
/// The page and size caps are checked before parsing, the text cap and the
/// deadline between pages. A single page that never returns is covered by a
/// watchdog: the reader runs on its own thread and the record is given up
/// (with a `Timeout` error) at twice the deadline; that thread is left to
/// finish on its own. `pdf_oxide` itself caps each decompressed stream at
/// 100 MiB and a 100:1 ratio.
#[derive(Debug, Clone)]
pub struct Limits {
    pub max_bytes: usize,
    pub max_pages: usize,
    /// Bytes of text over all pages.
    pub max_text_bytes: usize,
    pub deadline: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 256 << 20,
            max_pages: 1000,
            max_text_bytes: 32 << 20,
            deadline: Duration::from_secs(20),
        }
    }
}

/// Extracts the article of a PDF file into `rec`.
pub fn extract_into(bytes: &[u8], rec: &mut Record) {
    extract_with_limits(bytes, &Limits::default(), rec);
}

/// [`extract_into`] with explicit bounds.
pub fn extract_with_limits(bytes: &[u8], limits: &Limits, rec: &mut Record) {
    match text_layer(bytes, limits) {
        Ok(text) => {
            rec.warnings.extend(text.warnings);
            newsfold_text::extract_lines_into(text.lines, rec);
            if let Some(title) = &text.title {
                apply_headline(rec, title);
            }
            rec.removed.extend(text.removed);
            if rec.url.is_none() {
                rec.url = text.url;
            }
        }
        Err(e) => rec.error = Some(e.to_string()),
    }
}

/// What PDF mode hands to text mode, and what it found on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLayer {
    /// Lines in reading order with layout hints; an empty line is a paragraph break.
    pub lines: Vec<Line>,
    /// The headline by type size, when one stands out.
    pub title: Option<String>,
    /// Print headers and footers, page numbers, running heads.
    pub removed: Vec<Removed>,
    /// The page URL from a browser's print footer.
    pub url: Option<String>,
    pub warnings: Vec<String>,
}

/// Reads the text layer and cuts the PDF-specific noise, before text mode.
pub fn text_layer(bytes: &[u8], limits: &Limits) -> Result<TextLayer, PdfError> {
    let doc = read_bounded(bytes, limits)?;
    Ok(prepare(&doc.pages, doc.title.as_deref()))
}

/// Runs the reader on its own thread so that neither a panic inside it nor a
/// page that never finishes can take the caller down.
fn read_bounded(bytes: &[u8], limits: &Limits) -> Result<reader::Document, PdfError> {
    let (tx, rx) = mpsc::channel();
    let owned = bytes.to_vec();
    let thread_limits = limits.clone();
    let spawned = std::thread::Builder::new()
        .name("newsfold-pdf-reader".into())
        .spawn(move || {
            let result = std::panic::catch_unwind(|| reader::read_pages(&owned, &thread_limits));
            let result = result.unwrap_or_else(|panic| {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                Err(PdfError::ReaderFailed(why))
            });
            // The receiver may have given up waiting; nothing to do then.
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Err(PdfError::ReaderFailed(format!("cannot start reader: {e}")));
    }
    match rx.recv_timeout(limits.deadline * 2) {
        Ok(result) => result,
        Err(_) => Err(PdfError::Timeout {
            seconds: limits.deadline.as_secs_f32() * 2.0,
            pages_read: 0,
        }),
    }
}

/// From the pages' runs to lines for text mode.
fn prepare(pages: &[layout::Page], doc_title: Option<&str>) -> TextLayer {
    let mut lines = layout::lines_of(pages);
    let noise = noise::remove_noise(&mut lines);
    layout::mark_breaks(&mut lines);
    layout::rejoin_hyphenated(&mut lines);
    lines.retain(|l| !l.text.is_empty());

    let mut warnings = Vec::new();
    let headline = headline::find_headline(&lines);
    let (headline, headline_text) = match doc_title {
        Some(t) => headline::prefer_document_title(&lines, headline, t),
        None => (headline, None),
    };
    if let Some(h) = &headline {
        let others = headline::further_headlines(&lines, h);
        if !others.is_empty() {
            warnings.push(format!(
                "this PDF seems to hold {} articles (also: {}); they were extracted as one",
                others.len() + 1,
                others
                    .iter()
                    .map(|t| format!("\"{t}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }

    let headline_lines = headline
        .as_ref()
        .map_or(0..0, |h| h.first_line..h.first_line + h.line_count);
    let mut text_lines = Vec::with_capacity(lines.len() + lines.len() / 4);
    for (i, line) in lines.iter().enumerate() {
        if line.break_before && !text_lines.is_empty() {
            text_lines.push(Line {
                page: Some(line.page),
                ..Line::default()
            });
        }
        text_lines.push(Line {
            text: line.text.clone(),
            page: Some(line.page),
            font_size: Some(line.font_size),
            x: Some(line.x0),
            y: Some(line.baseline),
            bold: line.bold,
            headline: headline_lines.contains(&i),
        });
    }
    TextLayer {
        lines: text_lines,
        // Text mode repairs its lines the same way; the headline must match them.
        title: headline
            .map(|h| h.text)
            .or(headline_text)
            .map(|t| newsfold_read::mojibake::repair(&t).into_owned()),
        removed: noise.removed,
        url: noise.url,
        warnings,
    }
}

/// The type-size headline wins over text mode's guess and leaves the body.
fn apply_headline(rec: &mut Record, headline: &str) {
    let key = squash(headline);
    if rec.paragraphs.iter().any(|p| squash(&p.text) == key) {
        let paragraphs: Vec<_> = rec
            .paragraphs
            .drain(..)
            .filter(|p| squash(&p.text) != key)
            .collect();
        rec.set_paragraphs(paragraphs);
    }
    rec.title = Some(headline.to_string());
}

fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
