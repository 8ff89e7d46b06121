//! The headline from type sizes: the largest text near the start, set
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

/// Three quarters of the way across the body prose's column: the median
/// left and right edges of lines in prose blocks.
fn body_column_right(lines: &[PdfLine], prose_starts: &[usize], body: f32) -> Option<f32> {
    let mut lefts = Vec::new();
    let mut rights = Vec::new();
    for &start in prose_starts {
        for line in lines[start..]
            .iter()
            .take(30)
            .take_while(|l| (l.font_size - body).abs() <= 0.5)
        {
            lefts.push(line.x0);
            rights.push(line.x1);
        }
    }
    if lefts.is_empty() {
        return None;
    }
    lefts.sort_by(f32::total_cmp);
    rights.sort_by(f32::total_cmp);
    let (left, right) = (lefts[lefts.len() / 2], rights[rights.len() / 2]);
    Some(left + 0.75 * (right - left))
}

/// First lines of the runs of body-size prose: 40 words or more, in blocks
/// of lines of 5 words or more on average (menus are short lines). A run may
/// span paragraphs: some sites write none longer than 30 words.
fn prose_block_starts(lines: &[PdfLine], body: f32) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut run: Option<(usize, usize)> = None; // (first line, words)
    let mut i = 0;
    while i < lines.len() {
        let body_sized = |l: &PdfLine| (l.font_size - body).abs() <= 0.5;
        let mut end = i + 1;
        while end < lines.len()
            && !lines[end].break_before
            && body_sized(&lines[end]) == body_sized(&lines[i])
        {
            end += 1;
        }
        let words: usize = lines[i..end]
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum();
        let prose = body_sized(&lines[i]) && words >= 8 && words >= 5 * (end - i);
        run = match (prose, run) {
            (false, _) => None,
            (true, None) => Some((i, words)),
            (true, Some((first, total))) => Some((first, total + words)),
        };
        if let Some((first, total)) = run {
            if total >= 40 && starts.last() != Some(&first) {
                starts.push(first);
            }
        }
        i = end;
    }
    starts
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

/// The largest text that is followed, within a few dozen lines, by a block
/// of body-size prose, when it stands out from the body. Printed web pages
/// can spend many pages on menus before the article, and put larger type in
/// sidebars and promos that no prose follows, so neither "top of page one"
/// nor "largest anywhere" will do.
pub fn find_headline(lines: &[PdfLine]) -> Option<Headline> {
    const PROSE_WITHIN: usize = 40;
    // A share panel or a gallery between headline and text is many short lines.
    const SHORT_LINES_WITHIN: usize = 150;
    const WORDS_BETWEEN: usize = 200;
    let body = body_size(lines)?;
    let prose_starts = prose_block_starts(lines, body);
    let followed_by_prose = |i: usize| {
        let k = prose_starts.partition_point(|&s| s <= i);
        prose_starts.get(k).is_some_and(|&s| {
            s - i <= PROSE_WITHIN
                || (s - i <= SHORT_LINES_WITHIN
                    && lines[i + 1..s]
                        .iter()
                        .map(|l| l.text.split_whitespace().count())
                        .sum::<usize>()
                        <= WORDS_BETWEEN)
        })
    };
    // A headline starts inside the body's column, not in a sidebar beside it.
    let column_right = body_column_right(lines, &prose_starts, body);
    let mut best: Option<(usize, f32)> = None;
    for (i, line) in lines.iter().enumerate() {
        let stands_out = line.font_size >= HEADLINE_RATIO * body
            && looks_like_words(&line.text)
            && column_right.is_none_or(|right| line.x0 < right);
        // Only the first line of a block can start a headline.
        let starts_block = i == 0 || lines[i].break_before;
        if stands_out
            && starts_block
            && best.is_none_or(|(_, size)| line.font_size > size + 0.25)
            && followed_by_prose(i)
        {
            best = Some((i, line.font_size));
        }
    }
    best.map(|(first_line, _)| block_at(lines, first_line))
}

/// The page title a browser wrote into /Title, without the site's name
/// ("Headline | Site", "Headline - Site"): the longest of its parts.
pub fn title_without_site(title: &str) -> &str {
    let mut best = title.trim();
    let mut best_words = 0;
    let mut rest = title;
    loop {
        let cut = [" | ", " - ", " – ", " — ", " :: ", " · "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (at, sep.len())))
            .min();
        let (part, next) = match cut {
            Some((at, len)) => (&rest[..at], Some(&rest[at + len..])),
            None => (rest, None),
        };
        let words = part.split_whitespace().count();
        if words > best_words {
            (best, best_words) = (part.trim(), words);
        }
        match next {
            Some(next) => rest = next,
            None => return best,
        }
    }
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The document's /Title settles the headline when the type sizes are unsure:
/// a block that says the title word for word is the headline, wherever it is
/// set (a theme may set subheads larger, a sidebar as large); a headline that
/// is the title with a glyph lost (a font without that character's mapping)
/// takes the title's text; with no headline, a title the text repeats is
/// still the title. Returns the headline and, when no block carries it, the
/// title text alone.
pub fn prefer_document_title(
    lines: &[PdfLine],
    found: Option<Headline>,
    doc_title: &str,
) -> (Option<Headline>, Option<String>) {
    let title = title_without_site(doc_title);
    let key = tokens(title);
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    // A title of a word or two settles nothing.
    if key.is_empty() || letters < 10 {
        return (found, None);
    }
    if found.as_ref().is_some_and(|h| tokens(&h.text) == key) {
        return (found, None);
    }
    if let Some(body) = body_size(lines) {
        let matching = (0..lines.len())
            // Any line may start it: a heading can run on from the one above
            // it in reading order when both are set alike.
            .filter(|&i| lines[i].font_size >= body + 0.5 && looks_like_words(&lines[i].text))
            .map(|i| block_at(lines, i))
            .filter(|h| tokens(&h.text) == key)
            .max_by(|a, b| {
                a.font_size
                    .total_cmp(&b.font_size)
                    .then(b.first_line.cmp(&a.first_line))
            });
        if matching.is_some() {
            return (matching, None);
        }
    }
    let squeeze = |t: &str| -> Vec<char> { t.chars().filter(|c| c.is_alphanumeric()).collect() };
    if let Some(mut h) = found {
        let (have, want) = (squeeze(&h.text), squeeze(title));
        let mut want_iter = want.iter();
        let subsequence = have.iter().all(|c| want_iter.any(|w| w == c));
        if subsequence && have.len() * 10 >= want.len() * 9 {
            h.text = title.to_string();
        }
        return (Some(h), None);
    }
    let key_text = key.join(" ");
    let repeated = lines
        .iter()
        .any(|l| tokens(&l.text).join(" ").contains(&key_text));
    (None, repeated.then(|| title.to_string()))
}

/// The block of same-size lines starting at `first_line`, as a headline.
fn block_at(lines: &[PdfLine], first_line: usize) -> Headline {
    let size = lines[first_line].font_size;
    let mut line_count = 1;
    while let Some(next) = lines.get(first_line + line_count) {
        if next.break_before || (next.font_size - size).abs() > 0.5 || line_count >= 6 {
            break;
        }
        line_count += 1;
    }
    let text = lines[first_line..first_line + line_count]
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Headline {
        text,
        first_line,
        line_count,
        font_size: size,
    }
}

/// Headlines of further articles: blocks set as large as the headline that
/// come after a long stretch of text, are followed by body prose of their
/// own within a few dozen lines, and lead a stretch of 250 words or more
/// (sections under subheadings are usually shorter).
pub fn further_headlines(lines: &[PdfLine], headline: &Headline) -> Vec<String> {
    const MIN_WORDS: usize = 250;
    let Some(body) = body_size(lines) else {
        return Vec::new();
    };
    let prose_starts = prose_block_starts(lines, body);
    let followed_by_prose = |i: usize| {
        let k = prose_starts.partition_point(|&s| s <= i);
        prose_starts.get(k).is_some_and(|&s| s - i <= 40)
    };
    let big = |i: usize| {
        let l = &lines[i];
        // Headline class, not subheading class (those are 1.1-1.5 times the body).
        l.font_size >= headline.font_size - 0.25
            && l.font_size >= 1.6 * body
            && l.break_before
            && looks_like_words(&l.text)
            && followed_by_prose(i)
    };
    let starts: Vec<usize> = (headline.first_line + headline.line_count..lines.len())
        .filter(|&i| big(i))
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
    fn a_first_page_of_menus_is_looked_past() {
        let mut lines: Vec<PdfLine> = (0..40)
            .map(|i| line("Menu entry", 1, 10.0, i == 0))
            .collect();
        lines.push(line("Related: a big promo box", 3, 30.0, true));
        lines.insert(40, line("The real headline of it", 2, 22.0, true));
        lines.splice(41..41, body_lines(10, 2));
        assert_eq!(
            find_headline(&lines).unwrap().text,
            "The real headline of it"
        );
    }

    #[test]
    fn short_paragraphs_and_a_share_panel_still_follow_the_headline() {
        // The headline, forty short share-panel lines, then paragraphs of
        // under thirty words each; a subhead (smaller) follows later.
        let mut lines = vec![line("Minister Resigns Over Budget Row", 1, 24.0, true)];
        for _ in 0..40 {
            lines.push(line("Share this with Email", 1, 10.0, true));
        }
        for _ in 0..3 {
            lines.push(line(
                "The minister said on Tuesday that she would step down after the vote on the",
                2,
                10.0,
                true,
            ));
            lines.push(line("budget failed in parliament.", 2, 10.0, false));
        }
        lines.push(line("What happens next for the party", 2, 16.0, true));
        lines.extend(body_lines(12, 2));
        let headline = find_headline(&lines).expect("a headline");
        assert_eq!(headline.text, "Minister Resigns Over Budget Row");
    }

    #[test]
    fn the_site_name_leaves_the_document_title() {
        assert_eq!(
            title_without_site("Julian Assange: Sweden drops rape investigation - BBC News"),
            "Julian Assange: Sweden drops rape investigation"
        );
        assert_eq!(
            title_without_site("Classificação NASCAR | Autoracing | F1 | Indy"),
            "Classificação NASCAR"
        );
        assert_eq!(
            title_without_site("Site | A longer headline here"),
            "A longer headline here"
        );
    }

    #[test]
    fn the_document_title_settles_the_headline() {
        let mut lines = vec![line("Sidebar Column of the Week", 1, 24.0, true)];
        lines.extend(body_lines(12, 1));
        lines.push(line("RSS Feed", 1, 24.0, true));
        // Runs on from the line above in reading order, set alike.
        lines.push(line("Storm Closes the Harbour for a Week", 2, 24.0, false));
        lines.extend(body_lines(12, 2));
        let found = find_headline(&lines);
        assert_eq!(found.as_ref().unwrap().text, "Sidebar Column of the Week");
        let (h, _) = prefer_document_title(
            &lines,
            found.clone(),
            "Storm Closes the Harbour for a Week | Daily",
        );
        let h = h.unwrap();
        assert_eq!(
            (h.text.as_str(), h.first_line),
            ("Storm Closes the Harbour for a Week", 14)
        );
        // A headline missing a glyph takes the title's text.
        let (h, _) = prefer_document_title(&lines, found.clone(), "Sidebar Column of thé Week");
        assert_eq!(
            h.unwrap().text,
            "Sidebar Column of the Week",
            "é is no lost glyph"
        );
        let (h, _) = prefer_document_title(&lines, found.clone(), "Sidebar Column of the Weeks");
        assert_eq!(h.unwrap().text, "Sidebar Column of the Weeks");
        // No headline: a title the text repeats stands alone; others do not.
        let plain = body_lines(12, 1);
        let (h, text) = prefer_document_title(
            &plain,
            None,
            "ten words of body text set in the plain size | X",
        );
        assert!(h.is_none());
        assert_eq!(
            text.as_deref(),
            Some("ten words of body text set in the plain size")
        );
        let (_, text) = prefer_document_title(&plain, None, "Microsoft Word - report_final.docx");
        assert_eq!(text, None);
    }

    #[test]
    fn no_headline_when_nothing_stands_out() {
        let lines = body_lines(10, 1);
        assert_eq!(find_headline(&lines), None);
    }

    #[test]
    fn a_second_article_is_found() {
        let mut lines = vec![line("First story headline here", 1, 24.0, true)];
        lines.extend(body_lines(30, 1));
        lines.push(line("Second story headline here", 2, 24.0, true));
        lines.extend(body_lines(30, 2));
        let h = find_headline(&lines).unwrap();
        assert_eq!(
            further_headlines(&lines, &h),
            vec!["Second story headline here"]
        );
    }
}
