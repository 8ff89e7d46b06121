//! Reads a PDF's text layer with `pdf_oxide`, within time and size bounds.

use crate::layout::{Page, Span};
use crate::{Limits, PdfError};
use pdf_oxide::extractors::SpanMergingConfig;
use pdf_oxide::PdfDocument;
use std::time::Instant;

/// What the reader hands on: every page's text runs and the document's title.
pub struct Document {
    pub pages: Vec<Page>,
    /// The Info dictionary's /Title: a browser writes the page's <title> there.
    pub title: Option<String>,
}

/// Every page's text runs and the title, or why there are none.
pub fn read_pages(bytes: &[u8], limits: &Limits) -> Result<Document, PdfError> {
    if bytes.len() > limits.max_bytes {
        return Err(PdfError::TooLarge {
            bytes: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let Some(header) = bytes.windows(5).take(1024).position(|w| w == b"%PDF-") else {
        return Err(PdfError::NotPdf);
    };
    if !has_eof_marker(bytes) {
        return Err(PdfError::Truncated);
    }
    let started = Instant::now();
    let doc = PdfDocument::from_bytes(bytes[header..].to_vec())
        .map_err(|e| PdfError::Malformed(e.to_string()))?;
    if doc.is_encrypted() {
        // pdf_oxide has already tried the empty user password; owner-only
        // protection (printing, copying restrictions) reads fine.
        match doc.authenticate(b"") {
            Ok(true) => {}
            _ => return Err(PdfError::Encrypted),
        }
    }
    let page_count = doc
        .page_count()
        .map_err(|e| PdfError::Malformed(e.to_string()))?;
    if page_count == 0 {
        return Err(PdfError::Malformed("the document has no pages".into()));
    }
    if page_count > limits.max_pages {
        return Err(PdfError::TooManyPages {
            pages: page_count,
            limit: limits.max_pages,
        });
    }
    let mut pages = Vec::with_capacity(page_count);
    let mut chars = 0usize;
    let mut failures = Vec::new();
    for index in 0..page_count {
        if started.elapsed() > limits.deadline {
            return Err(PdfError::Timeout {
                seconds: limits.deadline.as_secs_f32(),
                pages_read: index,
            });
        }
        match read_page(&doc, index) {
            Ok(page) => {
                chars += page.spans.iter().map(|s| s.text.len()).sum::<usize>();
                if chars > limits.max_text_bytes {
                    return Err(PdfError::TooMuchText {
                        limit: limits.max_text_bytes,
                    });
                }
                pages.push(page);
            }
            Err(e) => failures.push(format!("page {}: {e}", index + 1)),
        }
    }
    if pages.is_empty() {
        return Err(PdfError::Malformed(failures.join("; ")));
    }
    if pages
        .iter()
        .all(|p| p.spans.iter().all(|s| s.text.trim().is_empty()))
    {
        // Only now look for images, without decoding them: a scan is pages of pictures.
        let has_images = (0..page_count.min(20)).any(|i| {
            doc.page_image_handles(i)
                .is_ok_and(|images| !images.is_empty())
        });
        return Err(if has_images {
            PdfError::NoTextLayer
        } else {
            PdfError::NoText
        });
    }
    // The title is a hint: a broken Info dictionary must not cost the text.
    let title = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| info_title(&doc)))
        .ok()
        .flatten();
    Ok(Document { title, pages })
}

/// The Info dictionary's /Title as text, when it has one.
fn info_title(doc: &PdfDocument) -> Option<String> {
    let info = doc.trailer().as_dict()?.get("Info")?;
    let info = doc.resolve_object(info).ok()?;
    let title = doc.resolve_object(info.as_dict()?.get("Title")?).ok()?;
    let text = decode_text_string(title.as_string()?);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// A PDF text string: UTF-16BE or UTF-8 after their byte-order marks,
/// otherwise PDFDocEncoding, which agrees with Latin-1 on printable text.
fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
            .collect();
        return String::from_utf16_lossy(&units).replace('\u{feff}', "");
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes
        .iter()
        .filter(|&&b| b >= 0x20 || b == b'\t')
        .map(|&b| b as char)
        .collect()
}

/// A complete file ends with "%%EOF" (give or take trailing whitespace or padding).
fn has_eof_marker(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(2048)..];
    tail.windows(5).any(|w| w == b"%%EOF")
}

fn read_page(doc: &PdfDocument, index: usize) -> Result<Page, pdf_oxide::Error> {
    let (x_min, y_min, x_max, y_max) = doc.get_page_media_box(index)?;
    let height = (y_max - y_min).abs();
    let width = (x_max - x_min).abs();
    // The raw runs: `extract_spans` would add a reading-order sort we undo,
    // and a running-head pass that parses every page a second time.
    let mut raw = doc.extract_spans_with_config(index, SpanMergingConfig::default())?;
    // Content-stream order: see the layout module for why.
    raw.sort_by_key(|s| s.sequence);
    let spans = raw
        .into_iter()
        .filter(|s| {
            // Text placed off the page is never seen on paper.
            [s.bbox.x, s.bbox.y, s.bbox.width, s.bbox.height, s.font_size]
                .iter()
                .all(|v| v.is_finite())
                && s.bbox.x + s.bbox.width > x_min
                && s.bbox.x < x_max
                && s.bbox.y + s.bbox.height > y_min
                && s.bbox.y < y_max
        })
        .map(|s| {
            // Boxes are in PDF space, y growing upwards from the bottom.
            let bottom = s.bbox.y.min(s.bbox.y + s.bbox.height);
            Span {
                x0: s.bbox.x - x_min,
                x1: s.bbox.x + s.bbox.width - x_min,
                baseline: y_max - bottom,
                font_size: plausible_size(&s.text, s.font_size, s.bbox.width.abs()),
                bold: s.font_weight.is_bold(),
                artifact: s.artifact_type.is_some(),
                text: s.text,
            }
        })
        .collect();
    Ok(Page {
        number: index as u32 + 1,
        width,
        height,
        spans,
    })
}

/// A run's size, unless its width says otherwise: a drop cap merged with the
/// text after it reports the cap's size for the whole run. Letters average
/// about half an em; a run narrower than a fifth of an em per letter was not
/// set in the size it claims.
fn plausible_size(text: &str, size: f32, width: f32) -> f32 {
    let letters = text.chars().filter(|c| !c.is_whitespace()).count();
    if letters < 8 || width <= 0.0 {
        return size;
    }
    let em_per_letter = width / (letters as f32 * size);
    if em_per_letter < 0.2 {
        width / (letters as f32 * 0.5)
    } else {
        size
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_text_string, plausible_size};

    #[test]
    fn text_strings_in_each_encoding() {
        let utf16: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(
                "\u{feff}Café – 東京"
                    .encode_utf16()
                    .flat_map(u16::to_be_bytes),
            )
            .collect();
        assert_eq!(decode_text_string(&utf16), "Café – 東京");
        assert_eq!(decode_text_string(b"\xef\xbb\xbfCaf\xc3\xa9"), "Café");
        assert_eq!(decode_text_string(b"Caf\xe9 News"), "Café News");
    }

    #[test]
    fn a_run_too_narrow_for_its_size_gets_the_size_its_width_implies() {
        let text = "Asenatorial conviction, the only strategy is to taint the president";
        let size = plausible_size(text, 75.0, 420.0);
        assert!((10.0..16.0).contains(&size), "{size}");
        assert_eq!(plausible_size("Ordinary text here", 12.0, 100.0), 12.0);
        assert_eq!(plausible_size("Short", 75.0, 10.0), 75.0);
    }
}
