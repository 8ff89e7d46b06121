//! From positioned text runs to lines in reading order.
//!
//! Runs are taken in content-stream order: browsers and most producers paint
//! a page in reading order (column by column, paragraph by paragraph), which
//! beats any geometric guess on web layouts with sidebars. Consecutive runs on
//! one baseline form a line; a blank line marks a paragraph break where the
//! vertical step is clearly larger than the document's line spacing for that
//! font size, where the text jumps up or sideways (a new column or block), or
//! where the font size changes.

use std::collections::HashMap;

/// One run of text as the reader found it, in points from the page's top-left.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub x0: f32,
    pub x1: f32,
    /// Baseline (bottom of the run's box), from the page top.
    pub baseline: f32,
    pub font_size: f32,
    pub bold: bool,
    /// The producer marked this run as an artifact (running head, page number).
    pub artifact: bool,
}

/// One page's runs in content-stream order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// 1-based.
    pub number: u32,
    pub width: f32,
    pub height: f32,
    pub spans: Vec<Span>,
}

/// A line of text with its layout.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfLine {
    pub text: String,
    pub page: u32,
    pub x0: f32,
    pub x1: f32,
    pub baseline: f32,
    pub font_size: f32,
    pub bold: bool,
    pub artifact: bool,
    /// Height of the page the line is on, for header and footer bands.
    pub page_height: f32,
    /// A paragraph break comes before this line.
    pub break_before: bool,
}

/// Cuts every page into lines, in reading order; paragraph breaks are marked
/// later by [`mark_breaks`], once headers and footers are gone.
pub fn lines_of(pages: &[Page]) -> Vec<PdfLine> {
    let mut lines = Vec::new();
    for page in pages {
        lines_of_page(page, &mut lines);
    }
    lines
}

fn lines_of_page(page: &Page, out: &mut Vec<PdfLine>) {
    // The line being built, and how many characters it has in each size.
    let mut current: Option<(PdfLine, Vec<(f32, usize)>)> = None;
    for span in &page.spans {
        let text = normalise(&span.text);
        if text.trim().is_empty() {
            // A space glyph painted alone still separates words.
            if let Some((line, _)) = current.as_mut() {
                if !line.text.ends_with(' ') && !text.is_empty() {
                    line.text.push(' ');
                }
            }
            continue;
        }
        let chars = text.chars().count();
        if let Some((line, sizes)) = current.as_mut() {
            if continues_line(line, span) {
                let gap = span.x0 - line.x1;
                let needs_space = gap > 0.15 * span.font_size.max(line.font_size)
                    && !line.text.ends_with(' ')
                    && !text.starts_with(' ');
                if needs_space {
                    line.text.push(' ');
                }
                line.text.push_str(&text);
                line.x1 = line.x1.max(span.x1);
                match sizes
                    .iter_mut()
                    .find(|(size, _)| (size - span.font_size).abs() < 0.25)
                {
                    Some((_, n)) => *n += chars,
                    None => sizes.push((span.font_size, chars)),
                }
                // The line's size is the size most of its characters have (a
                // drop cap or a superscript does not make the line big or small).
                if let Some(&(size, _)) = sizes.iter().max_by_key(|(_, n)| *n) {
                    line.font_size = size;
                }
                line.bold &= span.bold;
                line.artifact &= span.artifact;
                continue;
            }
        }
        if let Some((line, _)) = current.take() {
            push_line(out, line);
        }
        current = Some((
            PdfLine {
                text,
                page: page.number,
                x0: span.x0,
                x1: span.x1,
                baseline: span.baseline,
                font_size: span.font_size,
                bold: span.bold,
                artifact: span.artifact,
                page_height: page.height,
                break_before: false,
            },
            vec![(span.font_size, chars)],
        ));
    }
    if let Some((line, _)) = current {
        push_line(out, line);
    }
}

fn push_line(out: &mut Vec<PdfLine>, mut line: PdfLine) {
    let trimmed = close_letter_spacing(&line.text);
    if !trimmed.is_empty() {
        line.text = trimmed;
        out.push(line);
    }
}

/// Joins words set with wide letter spacing ("A D V E RT I S E M E N T"):
/// four or more capitals in a row, alone or in pairs, are one word (lower
/// case is left alone: "it is a go" is four short words).
fn close_letter_spacing(text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let tiny = |t: &str| t.chars().count() <= 2 && t.chars().all(char::is_uppercase);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < tokens.len() {
        let run = tokens[i..].iter().take_while(|t| tiny(t)).count();
        if !out.is_empty() {
            out.push(' ');
        }
        if run >= 4 {
            out.extend(tokens[i..i + run].iter().copied());
            i += run;
        } else {
            out.push_str(tokens[i]);
            i += 1;
        }
    }
    out
}

/// Same baseline (within a third of the font size) and not far to the left or right.
fn continues_line(line: &PdfLine, span: &Span) -> bool {
    let size = span.font_size.max(line.font_size).max(1.0);
    let same_baseline = (span.baseline - line.baseline).abs() <= 0.35 * size;
    let gap = span.x0 - line.x1;
    same_baseline && gap > -0.5 * size && gap < 3.0 * size
}

/// Typical baseline step between two lines of one paragraph, per font size.
fn line_spacing(lines: &[PdfLine]) -> HashMap<i32, f32> {
    let mut steps: HashMap<i32, Vec<f32>> = HashMap::new();
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.page != b.page || (a.font_size - b.font_size).abs() > 0.5 {
            continue;
        }
        let step = b.baseline - a.baseline;
        if step > 0.8 * a.font_size && step < 3.5 * a.font_size {
            steps.entry(size_key(a.font_size)).or_default().push(step);
        }
    }
    steps
        .into_iter()
        .map(|(k, mut v)| {
            v.sort_by(f32::total_cmp);
            // The lower quartile: most steps inside paragraphs are the plain line step.
            (k, v[v.len() / 4])
        })
        .collect()
}

fn size_key(size: f32) -> i32 {
    (size * 2.0).round() as i32
}

/// Marks where paragraphs break between consecutive lines.
pub fn mark_breaks(lines: &mut [PdfLine]) {
    let spacing = line_spacing(lines);
    for i in 1..lines.len() {
        let (a, b) = (&lines[i - 1], &lines[i]);
        let brk = if a.page != b.page {
            page_turn_breaks(a, b)
        } else {
            let size = a.font_size.max(b.font_size).max(1.0);
            let expected = spacing
                .get(&size_key(a.font_size))
                .copied()
                .unwrap_or(1.5 * a.font_size);
            let step = b.baseline - a.baseline;
            let size_change = (a.font_size - b.font_size).abs() > 0.1 * size;
            let sideways = (b.x0 - a.x0).abs() > 4.0 * size && b.x0 > a.x1;
            step <= 0.3 * size
                || step > 1.3 * expected + 0.5
                || size_change
                || sideways
                || a.bold != b.bold
                || a.artifact != b.artifact
        };
        lines[i].break_before = brk;
    }
    mend_page_turns(lines);
}

/// Text painted after the main flow's last line on a page (a floating share
/// bar, a sidebar) must not cut a paragraph that runs on to the next page:
/// the page turn is judged from the lowest line in the next page's size, and
/// the floating lines move after the paragraph that runs on.
fn mend_page_turns(lines: &mut [PdfLine]) {
    let mut i = 1;
    while i < lines.len() {
        if lines[i].page == lines[i - 1].page {
            i += 1;
            continue;
        }
        let turn = i;
        let page = lines[turn - 1].page;
        let page_start = lines[..turn]
            .iter()
            .rposition(|l| l.page != page)
            .map_or(0, |k| k + 1);
        let size = lines[turn].font_size;
        let flow_end = (page_start..turn)
            .filter(|&k| (lines[k].font_size - size).abs() <= 0.5)
            .max_by(|&x, &y| lines[x].baseline.total_cmp(&lines[y].baseline));
        let Some(flow_end) = flow_end else {
            i += 1;
            continue;
        };
        let runs_on = !page_turn_breaks(&lines[flow_end], &lines[turn]);
        lines[turn].break_before = !runs_on;
        let floats = turn - (flow_end + 1);
        if !runs_on || floats == 0 {
            i += 1;
            continue;
        }
        let end = (turn + 1..lines.len())
            .find(|&k| lines[k].break_before || lines[k].page != lines[turn].page)
            .unwrap_or(lines.len());
        lines[flow_end + 1..end].rotate_left(floats);
        lines[flow_end + 1].break_before = false;
        lines[end - floats].break_before = true;
        if let Some(after) = lines.get_mut(end) {
            after.break_before = true;
        }
        i = end;
    }
}

/// A paragraph runs on across a page turn unless the last line ends a sentence
/// or is clearly short.
fn page_turn_breaks(a: &PdfLine, b: &PdfLine) -> bool {
    let ends_sentence = a
        .text
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '”' | '»' | '。'));
    let starts_lower = b.text.chars().next().is_some_and(|c| c.is_lowercase());
    (ends_sentence && !starts_lower) || (a.font_size - b.font_size).abs() > 0.5 || a.bold != b.bold
}

/// Undoes typographic ligatures and drops invisible characters.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Rejoins words hyphenated at a line end: the second half moves up to the first.
///
/// The hyphen is dropped when the document spells the joined word without
/// it elsewhere, kept otherwise (a line broken after a real hyphen, as
/// browsers do, must keep "well-known").
pub fn rejoin_hyphenated(lines: &mut [PdfLine]) {
    let vocabulary = words_of(lines);
    for i in 0..lines.len().saturating_sub(1) {
        if lines[i + 1].break_before {
            continue;
        }
        let Some(head) = trailing_fragment(&lines[i].text) else {
            continue;
        };
        let next = &lines[i + 1].text;
        let tail_len = next.find(|c: char| c.is_whitespace()).unwrap_or(next.len());
        let tail = &next[..tail_len];
        let Some(first) = tail.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        // "neo-Nazis": a capital after the hyphen is a compound, never a split word.
        let tail_word: String = tail.chars().take_while(|c| c.is_alphanumeric()).collect();
        let joined = format!("{head}{tail_word}").to_lowercase();
        let drop_hyphen = first.is_lowercase() && vocabulary.contains_key(&joined);
        let tail = tail.to_string();
        let rest = next[tail_len..].trim_start().to_string();
        let line = &mut lines[i].text;
        if drop_hyphen {
            line.pop();
        }
        line.push_str(&tail);
        lines[i + 1].text = rest;
    }
}

/// The word before a final hyphen, when the line ends in letters and a hyphen.
fn trailing_fragment(text: &str) -> Option<&str> {
    let body = text.strip_suffix('-')?;
    let start = body
        .rfind(|c: char| !c.is_alphabetic())
        .map(|i| i + body[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &body[start..];
    (word.chars().count() >= 1 && word.chars().all(char::is_alphabetic)).then_some(word)
}

fn words_of(lines: &[PdfLine]) -> HashMap<String, u32> {
    let mut words = HashMap::new();
    for line in lines {
        for w in line.text.split(|c: char| !c.is_alphanumeric()) {
            if w.chars().count() > 3 {
                *words.entry(w.to_lowercase()).or_insert(0) += 1;
            }
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, x0: f32, baseline: f32, size: f32) -> Span {
        let width = text.chars().count() as f32 * size * 0.5;
        Span {
            text: text.to_string(),
            x0,
            x1: x0 + width,
            baseline,
            font_size: size,
            bold: false,
            artifact: false,
        }
    }

    fn page(spans: Vec<Span>) -> Page {
        Page {
            number: 1,
            width: 600.0,
            height: 800.0,
            spans,
        }
    }

    #[test]
    fn runs_on_one_baseline_form_a_line_with_spaces_where_gaps_are() {
        let p = page(vec![
            span("Hello", 50.0, 100.0, 10.0),
            span("world", 78.0, 100.0, 10.0),
        ]);
        let mut lines = lines_of(&[p]);
        mark_breaks(&mut lines);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text, "Hello world");
    }

    #[test]
    fn a_drop_cap_does_not_set_the_line_size() {
        let mut cap = span("A", 50.0, 100.0, 40.0);
        cap.x1 = 70.0;
        let p = page(vec![
            cap,
            span("lready the line goes on", 70.0, 100.0, 10.0),
        ]);
        let lines = lines_of(&[p]);
        assert_eq!(lines[0].font_size, 10.0);
        assert_eq!(lines[0].text, "Already the line goes on");
    }

    #[test]
    fn touching_runs_are_glued() {
        let p = page(vec![
            span("Hel", 50.0, 100.0, 10.0),
            span("lo", 65.0, 100.0, 10.0),
        ]);
        assert_eq!(lines_of(&[p])[0].text, "Hello");
    }

    #[test]
    fn a_larger_vertical_step_is_a_paragraph_break() {
        let p = page(vec![
            span("one", 50.0, 100.0, 10.0),
            span("two", 50.0, 114.0, 10.0),
            span("three", 50.0, 128.0, 10.0),
            span("four", 50.0, 160.0, 10.0),
            span("five", 50.0, 174.0, 10.0),
        ]);
        let mut lines = lines_of(&[p]);
        mark_breaks(&mut lines);
        let breaks: Vec<bool> = lines.iter().map(|l| l.break_before).collect();
        assert_eq!(breaks, vec![false, false, false, true, false]);
    }

    #[test]
    fn jumping_up_to_a_second_column_breaks() {
        let p = page(vec![
            span("left one", 50.0, 100.0, 10.0),
            span("left two", 50.0, 114.0, 10.0),
            span("right one", 320.0, 100.0, 10.0),
            span("right two", 320.0, 114.0, 10.0),
        ]);
        let mut lines = lines_of(&[p]);
        mark_breaks(&mut lines);
        assert_eq!(lines.len(), 4);
        assert!(lines[2].break_before);
        assert!(!lines[3].break_before);
    }

    #[test]
    fn a_float_painted_last_does_not_cut_a_paragraph_across_pages() {
        let first = page(vec![
            span("A sentence that", 50.0, 700.0, 10.0),
            span("0", 500.0, 400.0, 6.0),
        ]);
        let mut second = page(vec![
            span("continues here.", 50.0, 60.0, 10.0),
            span("Next paragraph.", 50.0, 100.0, 10.0),
        ]);
        second.number = 2;
        let mut lines = lines_of(&[first, second]);
        mark_breaks(&mut lines);
        let got: Vec<(&str, bool)> = lines
            .iter()
            .map(|l| (l.text.as_str(), l.break_before))
            .collect();
        assert_eq!(
            got,
            vec![
                ("A sentence that", false),
                ("continues here.", false),
                ("0", true),
                ("Next paragraph.", true)
            ]
        );
    }

    #[test]
    fn letter_spaced_words_are_closed_up() {
        assert_eq!(
            close_letter_spacing("A D V E RT I S E M E N T here"),
            "ADVERTISEMENT here"
        );
        assert_eq!(
            close_letter_spacing("so it is a go  now"),
            "so it is a go now"
        );
    }

    #[test]
    fn ligatures_are_undone() {
        assert_eq!(normalise("e\u{FB03}cient \u{FB01}nd"), "efficient find");
    }

    #[test]
    fn hyphen_is_kept_for_a_compound_and_dropped_where_the_word_exists() {
        let mk = |t: &str| PdfLine {
            text: t.to_string(),
            page: 1,
            x0: 0.0,
            x1: 0.0,
            baseline: 0.0,
            font_size: 10.0,
            bold: false,
            artifact: false,
            page_height: 800.0,
            break_before: false,
        };
        let mut lines = vec![
            mk("a well-"),
            mk("known example of extrac-"),
            mk("tion, and extraction again, by neo-"),
            mk("Nazis"),
        ];
        rejoin_hyphenated(&mut lines);
        assert_eq!(lines[0].text, "a well-known");
        assert_eq!(lines[1].text, "example of extraction,");
        assert_eq!(lines[2].text, "and extraction again, by neo-Nazis");
    }

    #[test]
    fn a_page_turn_mid_sentence_does_not_break() {
        let mut second = page(vec![span("continues here.", 50.0, 60.0, 10.0)]);
        second.number = 2;
        let first = page(vec![span("A sentence that", 50.0, 700.0, 10.0)]);
        let mut lines = lines_of(&[first, second]);
        mark_breaks(&mut lines);
        assert!(!lines[1].break_before);
    }
}
