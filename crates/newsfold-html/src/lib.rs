//! HTML mode: a web page in, the article and its metadata out.
//!
//! The pipeline: [`decode`] turns bytes into text (BOM, declared charset,
//! detection); [`dom`] parses it with html5ever into an index arena;
//! [`metadata`] reads title, authors, dates and the rest from JSON-LD, meta
//! tags, microdata and the page; [`content`] scores containers, picks the
//! article's root and writes its blocks as paragraphs, setting captions,
//! related links and every removed block aside.
//!
//! ```
//! use newsfold_html::{extract_into, HtmlOptions};
//! use newsfold_types::{InputFormat, Record};
//! let page = b"<html><head><title>Rain due - The Daily</title></head><body>\
//!   <nav><a href='/'>Home</a></nav><article><h1>Rain due</h1>\
//!   <p>Heavy rain is expected across the region on Tuesday, forecasters said.</p>\
//!   </article></body></html>";
//! let mut rec = Record::new("a.html", InputFormat::Html);
//! extract_into(page, &HtmlOptions::default(), &mut rec);
//! assert_eq!(rec.title.as_deref(), Some("Rain due"));
//! assert!(rec.body.starts_with("Heavy rain"));
//! ```

use newsfold_types::Record;

pub mod classify;
pub mod content;
pub mod decode;
pub mod dom;
pub mod metadata;

/// Options that come from outside the page.
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// The page's address, for relative links, canonical URL and date hints.
    pub url: Option<String>,
}

/// Decodes and parses a page without extracting anything; returns the node count.
/// For measuring how much of extraction's time is parsing.
pub fn parse_only(bytes: &[u8]) -> usize {
    let (text, _) = decode::decode_page(bytes);
    dom::Dom::parse(&text).len()
}

/// Below this many characters of text an article is read again leniently.
const THIN_ARTICLE_CHARS: usize = 300;

/// Extracts the article of an HTML page into `rec`.
pub fn extract_into(bytes: &[u8], opts: &HtmlOptions, rec: &mut Record) {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        rec.error = Some("empty input".to_string());
        return;
    }
    let (text, _) = decode::decode_page(bytes);
    let dom = dom::Dom::parse(&text);
    drop(text);
    let meta = metadata::extract(&dom, opts.url.as_deref());
    let host = meta
        .url
        .as_deref()
        .or(opts.url.as_deref())
        .and_then(content::host_of);
    let an = content::Analysis::new(&dom, host);
    let mut content = content::extract(&dom, &an, meta.title.as_deref());
    // Little or no text: perhaps the article sat in markup that usually holds
    // boilerplate. Over some text, the lenient reading must bring a paragraph of
    // real prose, not just the share bars and author boxes it also lets in.
    if content.text_chars() < THIN_ARTICLE_CHARS {
        let an = content::Analysis::lenient(&dom, host);
        let lenient = content::extract(&dom, &an, meta.title.as_deref());
        let longest = content.longest_paragraph();
        if content.paragraphs.is_empty()
            || lenient.longest_paragraph() >= (longest * 2).max(THIN_ARTICLE_CHARS)
        {
            content = lenient;
        }
    }
    meta.apply(rec);
    rec.set_paragraphs(content.paragraphs);
    rec.captions = content.captions;
    rec.related = content.related;
    rec.removed = content.removed;
    if rec.body.is_empty() {
        rec.error = Some("no article text found in this page".to_string());
    }
}
