//! The headline from type sizes: the largest text on the first page, set
//! clearly larger than the body text. Further text of that size far down the
//! document, each followed by a body of its own, means several articles.

use crate::layout::PdfLine;
use std::collections::HashMap;

/// Headline text and the lines it was set in.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub text: String,
    pub first_line: usize,
    pub line_count: usize,
    pub font_size: f32,
}

/// How much larger than body text a headline must be.
const HEADLINE_RATIO: f32 = 1.3;

/// The size most characters of the document are set in.
pub fn body_size(lines: &[PdfLine]) -> Option<f32> {
    let mut chars: HashMap<i32, usize> = HashMap::new();
    for line in lines {
        *chars
            .entry((line.font_size * 2.0).round() as i32)
            .or_default() += line.text.chars().count();
    }
    chars
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map(|(size, _)| size as f32 / 2.0)
}

fn looks_like_words(text: &str) -> bool {
    text.split_whitespace().count() >= 2 && text.chars().filter(|c| c.is_alphabetic()).count() >= 8
}

/// The largest text on the first page with text, when it stands out from the body.
pub fn find_headline(lines: &[PdfLine]) -> Option<Headline> {
    let body = body_size(lines)?;
    let first_page = lines.first()?.page;
    let page_one = lines.iter().take_while(|l| l.page == first_page);
    let largest = page_one
        .filter(|l| looks_like_words(&l.text))
        .map(|l| l.font_size)
        .fold(0.0f32, f32::max);
    if largest < HEADLINE_RATIO * body {
        return None;
    }
    let first_line = lines
        .iter()
        .position(|l| l.font_size >= largest - 0.25 && looks_like_words(&l.text))?;
    let mut line_count = 1;
    while let Some(next) = lines.get(first_line + line_count) {
        if next.break_before || (next.font_size - largest).abs() > 0.5 || line_count >= 6 {
            break;
        }
        line_count += 1;
    }
    let text = lines[first_line..first_line + line_count]
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Some(Headline {
        text,
        first_line,
        line_count,
        font_size: largest,
    })
}

/// Headlines of further articles: lines as large as the headline that open a
/// block after a long stretch of body text and are followed by one.
pub fn further_headlines(lines: &[PdfLine], headline: &Headline) -> Vec<String> {
    const MIN_WORDS: usize = 150;
    let big = |l: &PdfLine| {
        l.font_size >= 0.9 * headline.font_size && l.break_before && looks_like_words(&l.text)
    };
    let starts: Vec<usize> = (headline.first_line + headline.line_count..lines.len())
        .filter(|&i| big(&lines[i]))
        .collect();
    let words = |from: usize, to: usize| -> usize {
        lines[from..to]
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum()
    };
    let mut found = Vec::new();
    let mut previous = headline.first_line;
    for (k, &start) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(lines.len());
        if words(previous, start) >= MIN_WORDS && words(start, next) >= MIN_WORDS {
            found.push(lines[start].text.clone());
            previous = start;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, page: u32, size: f32, break_before: bool) -> PdfLine {
        PdfLine {
            text: text.to_string(),
            page,
            x0: 50.0,
            x1: 400.0,
            baseline: 100.0,
            font_size: size,
            bold: false,
            artifact: false,
            page_height: 792.0,
            break_before,
        }
    }

    fn body_lines(n: usize, page: u32) -> Vec<PdfLine> {
        (0..n)
            .map(|i| {
                line(
                    "ten words of body text set in the plain size",
                    page,
                    10.0,
                    i == 0,
                )
            })
            .collect()
    }

    #[test]
    fn the_largest_text_on_page_one_is_the_headline_across_its_lines() {
        let mut lines = vec![line("Site menu and links", 1, 10.0, false)];
        lines.push(line("A headline that runs", 1, 24.0, true));
        lines.push(line("over two lines", 1, 24.0, false));
        lines.extend(body_lines(30, 1));
        let h = find_headline(&lines).unwrap();
        assert_eq!(h.text, "A headline that runs over two lines");
        assert_eq!((h.first_line, h.line_count), (1, 2));
        assert!(further_headlines(&lines, &h).is_empty());
    }

    #[test]
    fn no_headline_when_nothing_stands_out() {
        let lines = body_lines(10, 1);
        assert_eq!(find_headline(&lines), None);
    }

    #[test]
    fn a_second_article_is_found() {
        let mut lines = vec![line("First story headline here", 1, 24.0, true)];
        lines.extend(body_lines(20, 1));
        lines.push(line("Second story headline here", 2, 24.0, true));
        lines.extend(body_lines(20, 2));
        let h = find_headline(&lines).unwrap();
        assert_eq!(
            further_headlines(&lines, &h),
            vec!["Second story headline here"]
        );
    }
}
