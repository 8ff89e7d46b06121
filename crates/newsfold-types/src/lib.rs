//! The record types of newsfold: what every stage produces and consumes.
//!
//! A [`Record`] is one rendering of an article (a web page, a PDF, a text
//! dump) after extraction: its metadata, its body as [`Paragraph`]s, and
//! everything that was cut out of it ([`Removed`], [`Caption`], [`Related`]),
//! so that nothing a user gave is silently lost. A [`Story`] is one article
//! folded from several records, each listed as a [`Version`].
//!
//! This crate depends on nothing else of newsfold's; its types derive
//! `serde` and `schemars`, and [`record_schema`] is the JSON Schema checked
//! into `schema/`.
//!
//! ```
//! use newsfold_types::{Record, InputFormat, Paragraph};
//! let mut rec = Record::new("a.txt", InputFormat::Text);
//! rec.set_paragraphs(vec![Paragraph::text("One."), Paragraph::text("Two.")]);
//! assert_eq!(rec.body, "One.\n\nTwo.");
//! assert_eq!(rec.paragraphs[1].start, 6);
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod render;
pub use render::{render_markdown, render_text};

/// The kind of input a record was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    Text,
    Html,
    Pdf,
}

impl InputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Pdf => "pdf",
        }
    }
}

/// What a body paragraph is, so that markdown and later analysis keep structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    #[default]
    Paragraph,
    /// A subheading inside the article; `level` on the paragraph says which.
    Heading,
    ListItem,
    Quote,
    /// A table row or a whole table, cells separated by " | ".
    Table,
    Code,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    /// Plain text, no markup.
    pub text: String,
    /// The same text with inline markdown (emphasis, links), where the input had it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
    /// Heading level (1-6) for headings, list nesting depth for list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// Character (Unicode scalar) offset of `text` in the record's `body`.
    pub start: usize,
    /// Character offset just past `text` in `body`.
    pub end: usize,
}

impl Paragraph {
    /// A plain paragraph; offsets are set when it is placed in a record.
    pub fn text(text: impl Into<String>) -> Self {
        Self::new(ParagraphKind::Paragraph, text)
    }

    pub fn new(kind: ParagraphKind, text: impl Into<String>) -> Self {
        Paragraph {
            kind,
            text: text.into(),
            markdown: None,
            level: None,
            start: 0,
            end: 0,
        }
    }
}

/// A photo caption, kept out of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Caption {
    pub text: String,
    /// Photographer or agency, when the caption carries one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// A "Related article" / "Read more" pointer, kept out of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Related {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Why a block was cut out of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// The site's name or logo at the top of the page.
    Masthead,
    /// A slogan under the masthead.
    Tagline,
    Navigation,
    /// Share / follow / social buttons.
    Share,
    /// Newsletter or subscription appeals.
    Subscribe,
    /// Donation and membership appeals.
    Donation,
    Paywall,
    Cookie,
    Advertisement,
    Comments,
    AuthorBio,
    /// Byline, dateline and other metadata lines whose content went into fields.
    Metadata,
    Footer,
    PageNumber,
    /// Browser print headers and footers (date, page title, URL, "1/3").
    PrintHeader,
    /// Lines repeated on every page of a paginated document.
    RunningHead,
    /// Lists of links to other articles.
    RelatedLinks,
    /// A form or widget (search box, login, comment form).
    Form,
    /// Anything else judged not to be article text.
    Other,
}

/// A block cut from the input, with its kind, so nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Removed {
    pub kind: RemovedKind,
    pub text: String,
}

/// One rendering of an article after extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    /// Stable content hash of the input bytes (hex, 16 chars).
    pub id: String,
    /// The input's path as given, or "-" for stdin.
    pub source: String,
    pub format: InputFormat,
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 date or date-time.
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    /// Canonical URL of the page, when known.
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Paragraph texts joined by one blank line.
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
    pub related: Vec<Related>,
    pub removed: Vec<Removed>,
    /// Things the user should know that did not stop extraction.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Null, or why this input could not be processed.
    pub error: Option<String>,
}

impl Record {
    /// An empty record for `source`; extractors fill it in.
    pub fn new(source: impl Into<String>, format: InputFormat) -> Self {
        Record {
            id: String::new(),
            source: source.into(),
            format,
            title: None,
            site_name: None,
            authors: Vec::new(),
            published: None,
            modified: None,
            language: None,
            url: None,
            description: None,
            image: None,
            section: None,
            tags: Vec::new(),
            body: String::new(),
            paragraphs: Vec::new(),
            captions: Vec::new(),
            related: Vec::new(),
            removed: Vec::new(),
            warnings: Vec::new(),
            error: None,
        }
    }

    /// A record for an input that could not be processed.
    pub fn failed(
        source: impl Into<String>,
        format: InputFormat,
        error: impl Into<String>,
    ) -> Self {
        let mut rec = Record::new(source, format);
        rec.error = Some(error.into());
        rec
    }

    /// Sets the paragraphs and derives `body` and every paragraph's offsets from them.
    pub fn set_paragraphs(&mut self, paragraphs: Vec<Paragraph>) {
        let (body, paragraphs) = join_paragraphs(paragraphs);
        self.body = body;
        self.paragraphs = paragraphs;
    }
}

/// Joins paragraphs with one blank line and sets each one's character offsets.
pub fn join_paragraphs(mut paragraphs: Vec<Paragraph>) -> (String, Vec<Paragraph>) {
    paragraphs.retain(|p| !p.text.trim().is_empty());
    let mut body = String::with_capacity(paragraphs.iter().map(|p| p.text.len() + 2).sum());
    let mut chars = 0usize;
    for (i, p) in paragraphs.iter_mut().enumerate() {
        if i > 0 {
            body.push_str("\n\n");
            chars += 2;
        }
        body.push_str(&p.text);
        p.start = chars;
        chars += p.text.chars().count();
        p.end = chars;
    }
    (body, paragraphs)
}

/// A stable 16-hex-digit content hash (BLAKE3), used for record and story ids.
pub fn content_id(bytes: &[u8]) -> String {
    let hash = blake3::hash(bytes);
    hash.to_hex()[..16].to_string()
}

/// One rendering that a story was folded from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Version {
    /// The record's `id`.
    pub id: String,
    pub source: String,
    pub format: InputFormat,
    /// Similarity of this rendering's body to the story's body (0-1).
    pub similarity: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One article, folded from every rendering of it that was seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Story {
    /// Stable id: content hash of the sorted ids of its versions.
    pub story_id: String,
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
    pub related: Vec<Related>,
    pub versions: Vec<Version>,
}

/// JSON Schema of [`Record`].
pub fn record_schema() -> schemars::Schema {
    schemars::schema_for!(Record)
}

/// JSON Schema of [`Story`].
pub fn story_schema() -> schemars::Schema {
    schemars::schema_for!(Story)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let mut rec = Record::new("x", InputFormat::Text);
        rec.set_paragraphs(vec![Paragraph::text("Привет"), Paragraph::text("мир")]);
        let p = &rec.paragraphs[1];
        let slice: String = rec
            .body
            .chars()
            .skip(p.start)
            .take(p.end - p.start)
            .collect();
        assert_eq!(slice, "мир");
    }

    #[test]
    fn empty_paragraphs_are_dropped() {
        let (body, paras) = join_paragraphs(vec![Paragraph::text(" "), Paragraph::text("a")]);
        assert_eq!(body, "a");
        assert_eq!(paras.len(), 1);
    }

    #[test]
    fn content_id_is_stable() {
        assert_eq!(content_id(b"abc"), content_id(b"abc"));
        assert_ne!(content_id(b"abc"), content_id(b"abd"));
        assert_eq!(content_id(b"abc").len(), 16);
    }
}
