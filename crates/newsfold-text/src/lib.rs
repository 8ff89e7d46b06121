//! Text mode: plain text in, a clean article out.
//!
//! The input is cut into [`Line`]s (PDF readers pass lines with layout
//! hints: page, font size, position). One block model serves both: lines
//! are reflowed into blocks ([`reflow`]), each block is described
//! ([`features`]) and given a role ([`classify`]): the run of blocks with the
//! most prose is the article; around it the headline ([`headline`]),
//! captions and related links ([`caption`]), byline and dateline
//! ([`metadata`]) are picked out, and every other block is removed with the
//! kind of boilerplate it is ([`boilerplate`], [`pages`]). Quote marks are
//! repaired where certain ([`quotes`]) and the site name found ([`site`]).
//!
//! ```
//! use newsfold_types::{InputFormat, Record};
//! let mut rec = Record::new("a.txt", InputFormat::Text);
//! newsfold_text::extract_into("Big News Today\n\nThe council voted on Tuesday to approve\nthe new budget, officials said.\n", &mut rec);
//! assert_eq!(rec.title.as_deref(), Some("Big News Today"));
//! assert_eq!(rec.body, "The council voted on Tuesday to approve the new budget, officials said.");
//! ```

pub mod boilerplate;
pub mod caption;
pub mod classify;
pub mod document;
pub mod features;
pub mod headline;
pub mod metadata;
pub mod normalize;
pub mod pages;
pub mod quotes;
pub mod reflow;
pub mod site;

use newsfold_types::Record;

/// One line of input text, with what a layout-aware reader knows about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    pub text: String,
    /// 1-based page number, when the input has pages.
    pub page: Option<u32>,
    /// Font size in points of the line's dominant text.
    pub font_size: Option<f32>,
    /// Left edge and baseline, in points from the page's top-left corner.
    pub x: Option<f32>,
    pub y: Option<f32>,
    pub bold: bool,
    /// The reader knows this line to be (part of) the article's headline,
    /// from type sizes: text mode takes it as the title and starts the
    /// article under it.
    pub headline: bool,
}

impl Line {
    pub fn plain(text: impl Into<String>) -> Self {
        Line {
            text: text.into(),
            ..Line::default()
        }
    }
}

/// Cuts text into lines; form feeds (as pdftotext writes them) start pages.
pub fn split_lines(text: &str) -> Vec<Line> {
    let paged = text.contains('\u{c}');
    let mut page = 1u32;
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // Without form feeds in the text no line needs looking through for one.
        if !paged {
            out.push(Line {
                text: raw.to_string(),
                ..Line::default()
            });
            continue;
        }
        let mut parts = raw.split('\u{c}');
        let first = parts.next().unwrap_or("");
        out.push(Line {
            text: first.to_string(),
            page: paged.then_some(page),
            ..Line::default()
        });
        for part in parts {
            page += 1;
            out.push(Line {
                text: part.to_string(),
                page: Some(page),
                ..Line::default()
            });
        }
    }
    out
}

/// Extracts the article from plain text into `rec`.
pub fn extract_into(text: &str, rec: &mut Record) {
    extract_lines_into(split_lines(text), rec);
}

/// Extracts the article from lines (with layout hints where known) into `rec`.
pub fn extract_lines_into(lines: Vec<Line>, rec: &mut Record) {
    document::analyse(lines).fill(rec);
}

/// Blocks made straight from texts (no reflow), with their features: the
/// input of the role rules in unit tests.
#[cfg(test)]
pub(crate) fn plain_blocks(texts: &[&str]) -> (Vec<reflow::Block>, Vec<features::Features>) {
    let blocks = texts
        .iter()
        .map(|t| reflow::Block {
            text: t.to_string(),
            ..reflow::Block::default()
        })
        .collect();
    let feats = texts.iter().map(|t| features::Features::of(t)).collect();
    (blocks, feats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_feeds_start_pages() {
        let lines = split_lines("a\nb\u{c}c\n");
        let pages: Vec<_> = lines.iter().map(|l| l.page).collect();
        assert_eq!(pages, vec![Some(1), Some(1), Some(2), Some(2)]);
        assert_eq!(split_lines("a\nb")[0].page, None);
    }
}
