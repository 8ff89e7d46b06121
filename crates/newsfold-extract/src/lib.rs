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

/// Body bytes whatlang reads: trigram scores settle well within this, and
/// past it detection was a fifth of text mode's time.
const LANGUAGE_SAMPLE_BYTES: usize = 1500;

/// ISO 639-1 code of the body's language, when the guess is reliable.
pub fn detect_language(text: &str) -> Option<String> {
    // A few kilobytes decide the language; more only costs time.
    let mut end = text.len().min(LANGUAGE_SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    if !info.is_reliable() {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Pol => "pl",
        Ukr => "uk",
        Nld => "nl",
        Swe => "sv",
        Dan => "da",
        Nob => "no",
        Fin => "fi",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Ron => "ro",
        Hun => "hu",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Hin => "hi",
        Ben => "bn",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Tha => "th",
        Ind => "id",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Bel => "be",
        Cat => "ca",
        Urd => "ur",
        Tam => "ta",
        _ => return None,
    })
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

    #[test]
    fn detects_english() {
        let text = "The Russian foreign minister on Wednesday called on the UN chief to organize an international conference.";
        assert_eq!(detect_language(text).as_deref(), Some("en"));
    }
}
