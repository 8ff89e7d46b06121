//! HTML mode: a web page in, the article and its metadata out.

use newsfold_types::Record;

/// Options that come from outside the page.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// The page's address, for relative links, canonical URL and date hints.
    pub url: Option<String>,
}

/// Extracts the article of an HTML page into `rec`.
pub fn extract_into(_bytes: &[u8], _opts: &HtmlOptions, rec: &mut Record) {
    rec.error = Some("HTML extraction is not built yet".to_string());
}
