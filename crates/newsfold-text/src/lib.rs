//! Text mode: plain text in, a clean article out.
//!
//! The input is cut into [`Line`]s (PDF readers pass lines with layout
//! hints: page, font size, position). The cleaning stages reflow lines into
//! blocks, classify each block (headline, body, caption, related link or a
//! named kind of boilerplate) and fill a [`Record`].

use newsfold_types::{Paragraph, Record};

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
}

impl Line {
    pub fn plain(text: impl Into<String>) -> Self {
        Line {
            text: text.into(),
            ..Line::default()
        }
    }
}

/// Extracts the article from plain text into `rec`.
pub fn extract_into(text: &str, rec: &mut Record) {
    let lines: Vec<Line> = text.lines().map(Line::plain).collect();
    extract_lines_into(lines, rec);
}

/// Extracts the article from lines (with layout hints where known) into `rec`.
pub fn extract_lines_into(lines: Vec<Line>, rec: &mut Record) {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in &lines {
        let t = line.text.trim();
        if t.is_empty() {
            if !current.is_empty() {
                paragraphs.push(Paragraph::text(current.join(" ")));
                current.clear();
            }
        } else {
            current.push(t);
        }
    }
    if !current.is_empty() {
        paragraphs.push(Paragraph::text(current.join(" ")));
    }
    rec.set_paragraphs(paragraphs);
}
