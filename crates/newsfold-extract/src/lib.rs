//! Extraction: one input in, one [`Record`] out.
//!
//! [`extract`] sniffs the format (unless forced), hands the bytes to the
//! text, HTML or PDF extractor, sets the record's stable `id` and fills
//! `language` when the extractor could not. A panic inside an extractor
//! becomes an error record rather than taking the whole run down.
//!
//! ```
//! use newsfold_extract::{extract, Options};
//! let rec = extract("a.txt", b"Headline\n\nSome body text here.", &Options::default());
//! assert!(rec.error.is_none());
//! ```

mod language;

pub use language::detect_language;
use newsfold_read::Source;
use newsfold_types::{content_id, InputFormat, Record};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// How inputs are to be read.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force a format instead of sniffing it.
    pub format: Option<InputFormat>,
    /// The page's URL, when the caller knows it.
    pub url: Option<String>,
}

/// Reads and extracts one source; a read failure gives an error record.
pub fn extract_source(source: &Source, opts: &Options) -> Record {
    let name = source.name();
    match newsfold_read::read(source) {
        Ok(bytes) => extract(&name, &bytes, opts),
        Err(e) => {
            let format = opts.format.unwrap_or(InputFormat::Text);
            let mut rec = Record::failed(name.clone(), format, e.to_string());
            rec.id = content_id(name.as_bytes());
            rec
        }
    }
}

/// Extracts one input held in memory.
pub fn extract(name: &str, bytes: &[u8], opts: &Options) -> Record {
    let format = opts
        .format
        .unwrap_or_else(|| newsfold_read::sniff(bytes, name));
    let mut rec = Record::new(name, format);
    rec.id = content_id(bytes);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut out = Record::new(name, format);
        match format {
            InputFormat::Text => {
                let (text, _) = newsfold_read::decode(bytes, None);
                newsfold_text::extract_into(&text, &mut out);
            }
            InputFormat::Html => {
                let html_opts = newsfold_html::HtmlOptions {
                    url: opts.url.clone(),
                };
                newsfold_html::extract_into(bytes, &html_opts, &mut out);
            }
            InputFormat::Pdf => newsfold_pdf::extract_into(bytes, &mut out),
        }
        out
    }));
    match outcome {
        Ok(out) => {
            let id = std::mem::take(&mut rec.id);
            rec = out;
            rec.id = id;
        }
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            rec.error = Some(format!("internal error while extracting: {why}"));
        }
    }
    if rec.url.is_none() {
        rec.url = opts.url.clone();
    }
    if rec.error.is_none() && rec.body.trim().is_empty() {
        rec.error = Some("no article text found in this input".to_string());
    }
    if rec.language.is_none() {
        rec.language = detect_language(&rec.body);
    }
    rec
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_an_error_record() {
        let rec = extract("empty.txt", b"", &Options::default());
        assert!(rec.error.is_some());
        assert_eq!(rec.source, "empty.txt");
    }

    #[test]
    fn missing_file_is_an_error_record() {
        let rec = extract_source(
            &Source::File("/definitely/not/here.txt".into()),
            &Options::default(),
        );
        assert!(rec.error.as_deref().unwrap().contains("cannot read"));
    }
}
