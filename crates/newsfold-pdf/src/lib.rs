//! PDF mode: a PDF's text layer in reading order, cleaned by text mode.

use newsfold_types::Record;

/// Extracts the article of a PDF file into `rec`.
pub fn extract_into(_bytes: &[u8], rec: &mut Record) {
    rec.error = Some("PDF extraction is not built yet".to_string());
}
