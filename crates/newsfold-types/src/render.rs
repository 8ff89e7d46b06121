//! Human-readable renderings of a record: plain text and markdown.

use crate::{ParagraphKind, Record};
use std::fmt::Write;

/// The title, then the body paragraphs, separated by blank lines.
pub fn render_text(rec: &Record) -> String {
    let mut out = String::new();
    if let Some(title) = &rec.title {
        out.push_str(title);
        out.push_str("\n\n");
    }
    out.push_str(&rec.body);
    out.push('\n');
    out
}

/// Markdown with headings, lists, block quotes and inline markup where the input had it.
pub fn render_markdown(rec: &Record) -> String {
    let mut out = String::new();
    if let Some(title) = &rec.title {
        let _ = writeln!(out, "# {title}\n");
    }
    let mut byline = Vec::new();
    if !rec.authors.is_empty() {
        byline.push(format!("By {}", rec.authors.join(", ")));
    }
    if let Some(date) = &rec.published {
        byline.push(date.clone());
    }
    if let Some(site) = &rec.site_name {
        byline.push(site.clone());
    }
    if !byline.is_empty() {
        let _ = writeln!(out, "*{}*\n", byline.join(" · "));
    }
    let mut prev_kind = None;
    for p in &rec.paragraphs {
        let text = p.markdown.as_deref().unwrap_or(&p.text);
        // Consecutive list items and table rows form one block.
        let tight = prev_kind == Some(p.kind)
            && matches!(p.kind, ParagraphKind::ListItem | ParagraphKind::Table);
        if prev_kind.is_some() && !tight {
            out.push('\n');
        }
        match p.kind {
            ParagraphKind::Heading => {
                let level = p.level.unwrap_or(2).clamp(2, 6) as usize;
                let _ = writeln!(out, "{} {text}", "#".repeat(level));
            }
            ParagraphKind::ListItem => {
                let indent = "  ".repeat(p.level.unwrap_or(1).saturating_sub(1) as usize);
                let _ = writeln!(out, "{indent}- {text}");
            }
            ParagraphKind::Quote => {
                for line in text.lines() {
                    let _ = writeln!(out, "> {line}");
                }
            }
            ParagraphKind::Table => {
                let _ = writeln!(out, "| {text} |");
            }
            ParagraphKind::Code => {
                let _ = writeln!(out, "```\n{text}\n```");
            }
            ParagraphKind::Paragraph => {
                let _ = writeln!(out, "{text}");
            }
        }
        prev_kind = Some(p.kind);
    }
    for c in &rec.captions {
        match &c.credit {
            Some(credit) => {
                let _ = write!(out, "\n*Caption: {} ({credit})*\n", c.text);
            }
            None => {
                let _ = write!(out, "\n*Caption: {}*\n", c.text);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{InputFormat, Paragraph};

    #[test]
    fn markdown_keeps_structure() {
        let mut rec = Record::new("x", InputFormat::Html);
        rec.title = Some("T".into());
        let mut h = Paragraph::new(ParagraphKind::Heading, "Sub");
        h.level = Some(2);
        rec.set_paragraphs(vec![
            h,
            Paragraph::new(ParagraphKind::ListItem, "a"),
            Paragraph::new(ParagraphKind::ListItem, "b"),
            Paragraph::new(ParagraphKind::Quote, "q"),
        ]);
        assert_eq!(render_markdown(&rec), "# T\n\n## Sub\n\n- a\n- b\n\n> q\n");
    }
}
