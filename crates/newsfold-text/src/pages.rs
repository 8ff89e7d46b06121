//! Page furniture of paginated text: page numbers, browser print headers and
//! footers, and running heads repeated at the top or bottom of every page.

use crate::features::{lower_case, FnvMap};
use newsfold_types::RemovedKind;

/// How many non-empty lines at each end of a page may be furniture.
const EDGE_LINES: usize = 4;

/// How many at each end may be the page's printed address.
const URL_EDGE_LINES: usize = 2;

/// For each line, the kind of page furniture it is, if any.
/// `pages[i]` is the page of line `i` (None when the input has no pages).
pub fn mark_furniture(texts: &[&str], pages: &[Option<u32>]) -> Vec<Option<RemovedKind>> {
    let mut marks = vec![None; texts.len()];
    // A line without a page (a paragraph break a reader inserted) is on the
    // page of the line before it: it must not cut a page into one-line pages.
    let mut current = None;
    let pages: Vec<Option<u32>> = pages
        .iter()
        .map(|&p| {
            current = p.or(current);
            current
        })
        .collect();
    // Edge lines of each page: (line index, shape key).
    let mut edges: Vec<(usize, u32)> = Vec::new();
    let mut start = 0;
    let mut page_count = 0u32;
    while start < texts.len() {
        let page = pages[start];
        let mut end = start;
        while end < texts.len() && pages[end] == page {
            end += 1;
        }
        page_count += 1;
        let non_empty: Vec<usize> = (start..end)
            .filter(|&i| !texts[i].trim().is_empty())
            .collect();
        let n = non_empty.len();
        for (k, &i) in non_empty.iter().enumerate() {
            if k < EDGE_LINES || k + EDGE_LINES >= n {
                edges.push((i, page.unwrap_or(0)));
                if page.is_some() {
                    // A browser prints the address in the last line or two of a page
                    // (beside its "1/3"); a link deeper in is the article's own.
                    let line = texts[i].trim();
                    let lone_url = line.starts_with("http") || line.starts_with("file://");
                    let outermost = k < URL_EDGE_LINES || k + URL_EDGE_LINES >= n;
                    if let Some(kind) = furniture_shape(line).filter(|_| !lone_url || outermost) {
                        marks[i] = Some(kind);
                    }
                }
            }
        }
        start = end;
    }
    if page_count < 2 {
        return marks;
    }
    // A line shape seen at the edge of at least two pages (and half of them) repeats.
    let mut pages_of_key: FnvMap<String, Vec<u32>> = FnvMap::default();
    let keys: Vec<(usize, String)> = edges
        .iter()
        .map(|&(i, _)| (i, shape_key(texts[i].trim())))
        .collect();
    for (&(_, page), (_, key)) in edges.iter().zip(&keys) {
        let list = pages_of_key.entry(key.clone()).or_default();
        if list.last() != Some(&page) {
            list.push(page);
        }
    }
    let need = 2.max(page_count as usize / 2);
    for (i, key) in keys {
        if pages_of_key.get(&key).is_some_and(|p| p.len() >= need) && marks[i].is_none() {
            marks[i] = Some(
                if texts[i].contains("://") || looks_like_timestamp(texts[i].trim()) {
                    RemovedKind::PrintHeader
                } else {
                    RemovedKind::RunningHead
                },
            );
        }
    }
    marks
}

/// A line's text with every digit run folded, so "1/9" and "2/9" share a key.
pub fn shape_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    let mut in_digits = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                key.push('#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// Furniture recognisable from one line alone: "12", "3/9", "Page 2 of 5", a
/// print time stamp, a file:// or bare URL line.
pub fn furniture_shape(line: &str) -> Option<RemovedKind> {
    if line.is_empty() {
        return None;
    }
    let digits_and = |extra: &[char]| {
        line.chars()
            .all(|c| c.is_ascii_digit() || extra.contains(&c))
    };
    if line.len() <= 9
        && digits_and(&['/', ' ', '-', '–'])
        && line.chars().any(|c| c.is_ascii_digit())
    {
        return Some(RemovedKind::PageNumber);
    }
    // Only one- and four-word lines are tested: five words tell enough.
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    if words.len() == 4
        && matches!(
            lower_case(words[0]).as_str(),
            "page" | "seite" | "página" | "pagina" | "страница"
        )
        && words[1].chars().all(|c| c.is_ascii_digit())
        && words[3].chars().all(|c| c.is_ascii_digit())
    {
        return Some(RemovedKind::PageNumber);
    }
    if looks_like_timestamp(line) {
        return Some(RemovedKind::PrintHeader);
    }
    if words.len() == 1 {
        let lower = lower_case(line);
        if lower.starts_with("file://") || lower.starts_with("http") {
            return Some(RemovedKind::PrintHeader);
        }
    }
    None
}

/// "11/24/26, 9:08 AM", "24.11.2026 09:08": a date with a clock time, nothing else.
fn looks_like_timestamp(line: &str) -> bool {
    if line.len() > 24 || !line.contains(':') {
        return false;
    }
    let digits = line.chars().filter(|c| c.is_ascii_digit()).count();
    let others = line
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '/' | '.' | '-' | ',' | ':' | ' '))
        .collect::<String>()
        .to_lowercase();
    digits >= 6 && (others.is_empty() || others == "am" || others == "pm")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_shapes() {
        assert_eq!(furniture_shape("1/9"), Some(RemovedKind::PageNumber));
        assert_eq!(
            furniture_shape("Page 2 of 5"),
            Some(RemovedKind::PageNumber)
        );
        assert_eq!(
            furniture_shape("11/24/26, 9:08 AM"),
            Some(RemovedKind::PrintHeader)
        );
        assert_eq!(
            furniture_shape("file:///tmp/x/page.html"),
            Some(RemovedKind::PrintHeader)
        );
        assert_eq!(furniture_shape("In 2019 prices rose."), None);
    }

    #[test]
    fn repeated_heads_are_found_across_pages() {
        let texts = [
            "Story title - Site",
            "Body text one.",
            "1/2",
            "Story title - Site",
            "Body text two.",
            "2/2",
        ];
        let pages = [Some(1), Some(1), Some(1), Some(2), Some(2), Some(2)];
        let marks = mark_furniture(&texts, &pages);
        assert_eq!(marks[0], Some(RemovedKind::RunningHead));
        assert_eq!(marks[2], Some(RemovedKind::PageNumber));
        assert_eq!(marks[3], Some(RemovedKind::RunningHead));
        assert_eq!(marks[1], None);
    }

    #[test]
    fn a_link_inside_the_page_is_the_articles() {
        let texts = [
            "Body text of the page.",
            "More body text.",
            "1) A product",
            "http://amzn.to/abc",
            "2) Another product",
            "http://amzn.to/def",
            "3) A third",
            "https://site.example/the-story",
            "1/2",
        ];
        let pages = [Some(1); 9];
        let marks = mark_furniture(&texts, &pages);
        assert_eq!(marks[5], None, "{marks:?}");
        assert_eq!(marks[7], Some(RemovedKind::PrintHeader));
        assert_eq!(marks[8], Some(RemovedKind::PageNumber));
    }

    #[test]
    fn breaks_without_a_page_do_not_make_every_line_an_edge() {
        let mut texts = vec!["Standings"];
        let mut pages = vec![Some(1)];
        for _ in 0..12 {
            texts.extend(["", "17 27", "", "Body text of the page."]);
            pages.extend([None, Some(1), None, Some(1)]);
        }
        let marks = mark_furniture(&texts, &pages);
        assert!(marks[10..40].iter().all(Option::is_none), "{marks:?}");
    }

    #[test]
    fn unpaged_text_keeps_numbers() {
        let texts = ["12", "Body."];
        assert_eq!(mark_furniture(&texts, &[None, None]), vec![None, None]);
    }
}
