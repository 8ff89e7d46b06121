//! PDF-only noise: browser print headers and footers, page numbers and running
//! heads repeated at the top or bottom of several pages.
//!
//! Browsers print the date and time and the page title at the top of every
//! page and the page's URL and "n/m" at the bottom, in small type in the page
//! margin. They are recognised by what they say (a date-time, a URL, a page
//! count) and by sitting on the same baseline as such a line.

use crate::layout::PdfLine;
use newsfold_text::pages::shape_key;
use newsfold_types::{Removed, RemovedKind};
use std::collections::{HashMap, HashSet};

/// What was cut, and the page URL a print footer gave.
#[derive(Debug, Default)]
pub struct Noise {
    pub removed: Vec<Removed>,
    pub url: Option<String>,
}

/// Share of the page height, at the top and at the bottom, where headers live.
const BAND: f32 = 0.07;

fn in_top_band(line: &PdfLine) -> bool {
    line.baseline < (BAND * line.page_height).max(36.0)
}

fn in_bottom_band(line: &PdfLine) -> bool {
    line.baseline > line.page_height - (BAND * line.page_height).max(36.0)
}

/// Removes the noise from `lines` and says what it was.
pub fn remove_noise(lines: &mut Vec<PdfLine>) -> Noise {
    let pages: HashSet<u32> = lines.iter().map(|l| l.page).collect();
    let mut kinds: Vec<Option<RemovedKind>> = vec![None; lines.len()];
    let mut url = None;

    // Baselines (per page, top or bottom) that carry a print header or footer.
    let mut print_rows: HashSet<(u32, bool, i32)> = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        let top = in_top_band(line);
        if !top && !in_bottom_band(line) {
            continue;
        }
        let text = line.text.trim();
        let kind = if is_date_time(text) || is_url(text) || is_page_of(text) {
            Some(RemovedKind::PrintHeader)
        } else if is_page_number(text) {
            Some(RemovedKind::PageNumber)
        } else {
            None
        };
        if kind == Some(RemovedKind::PrintHeader) {
            print_rows.insert((line.page, top, line.baseline.round() as i32));
            if url.is_none() && is_url(text) && !text.contains('…') && !text.ends_with("...") {
                url = Some(text.to_string());
            }
        }
        kinds[i] = kind;
    }
    // The page title printed beside the date (or beside the URL) is part of it.
    for (i, line) in lines.iter().enumerate() {
        if kinds[i].is_some() {
            continue;
        }
        let top = in_top_band(line);
        if !top && !in_bottom_band(line) {
            continue;
        }
        let row = line.baseline.round() as i32;
        // Saturating: a damaged file can put text at any coordinate.
        if (row.saturating_sub(1)..=row.saturating_add(1))
            .any(|r| print_rows.contains(&(line.page, top, r)))
        {
            kinds[i] = Some(RemovedKind::PrintHeader);
        }
    }
    mark_running_heads(lines, &mut kinds, pages.len());

    let mut noise = Noise {
        url,
        ..Noise::default()
    };
    let mut seen: HashSet<(RemovedKind, String)> = HashSet::new();
    let mut kept = Vec::with_capacity(lines.len());
    for (line, kind) in lines.drain(..).zip(kinds) {
        match kind {
            Some(kind) => {
                if seen.insert((kind, line.text.clone())) {
                    noise.removed.push(Removed {
                        kind,
                        text: line.text,
                    });
                }
            }
            None => kept.push(line),
        }
    }
    // A line after a cut header starts a new paragraph only if it did before.
    *lines = kept;
    noise
}

/// Lines in the header or footer band whose text (digits aside) recurs on
/// at least half the pages, and on two at least; and lines painted at the
/// very same place on those pages anywhere (a sticky bar or a cookie banner
/// the browser prints on every page: body text never repeats at one spot).
fn mark_running_heads(lines: &[PdfLine], kinds: &mut [Option<RemovedKind>], page_count: usize) {
    if page_count < 2 {
        return;
    }
    let mut pages_of: HashMap<String, HashSet<u32>> = HashMap::new();
    let mut pages_at: HashMap<(String, i32, i32), HashSet<u32>> = HashMap::new();
    for line in lines {
        let key = shape_key(&line.text);
        if in_top_band(line) || in_bottom_band(line) {
            pages_of.entry(key.clone()).or_default().insert(line.page);
        }
        pages_at
            .entry((line.text.clone(), spot(line.x0), spot(line.baseline)))
            .or_default()
            .insert(line.page);
    }
    let needed = (page_count / 2).max(2);
    // Out of the bands only what three pages or more repeat word for word.
    let needed_in_place = needed.max(3);
    for (i, line) in lines.iter().enumerate() {
        if kinds[i].is_some() {
            continue;
        }
        let key = shape_key(&line.text);
        let in_band = in_top_band(line) || in_bottom_band(line);
        let repeats_in_band = in_band && pages_of.get(&key).is_some_and(|p| p.len() >= needed);
        let repeats_in_place = pages_at
            .get(&(line.text.clone(), spot(line.x0), spot(line.baseline)))
            .is_some_and(|p| p.len() >= needed_in_place);
        if repeats_in_band || repeats_in_place {
            kinds[i] = Some(RemovedKind::RunningHead);
        }
    }
}

/// A position rounded to 2 points, as a key.
fn spot(v: f32) -> i32 {
    // Saturating cast: a damaged file can put text at any coordinate.
    (v / 2.0).round() as i32
}

/// "11/24/26, 9:09 AM", "24.11.2026 09:09", "2026-11-24 21:09".
pub fn is_date_time(text: &str) -> bool {
    let mut has_time = false;
    let mut digit_groups = 0;
    for token in text.split([' ', ',']).filter(|t| !t.is_empty()) {
        let lower = token.to_ascii_lowercase();
        if matches!(lower.as_str(), "am" | "pm" | "a.m." | "p.m.") {
            continue;
        }
        if !token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | ':' | '-'))
        {
            return false;
        }
        if token.contains(':') && token.split(':').all(|p| !p.is_empty()) {
            has_time = true;
        }
        digit_groups += token
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .count();
    }
    has_time && digit_groups >= 4
}

/// A URL printed alone on a line.
pub fn is_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("file://"))
        && !text.contains(' ')
}

/// "1/3": the browser's page count.
pub fn is_page_of(text: &str) -> bool {
    let Some((a, b)) = text.split_once('/') else {
        return false;
    };
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty()
        && !b.is_empty()
        && a.len() <= 4
        && b.len() <= 4
        && a.chars().all(|c| c.is_ascii_digit())
        && b.chars().all(|c| c.is_ascii_digit())
}

/// "7", "- 7 -", "Page 7", "Page 7 of 9", "7 of 9".
pub fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let t = lower.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let t = t
        .strip_prefix("page")
        .or_else(|| t.strip_prefix("seite"))
        .or_else(|| t.strip_prefix("página"))
        .or_else(|| t.strip_prefix("pagina"))
        .unwrap_or(t)
        .trim();
    let mut parts = t.split_whitespace();
    let first = parts.next().unwrap_or("");
    let numeric = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => numeric(first),
        (Some(of), Some(total), None) => {
            numeric(first) && matches!(of, "of" | "von" | "de" | "di" | "sur") && numeric(total)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, page: u32, baseline: f32) -> PdfLine {
        PdfLine {
            text: text.to_string(),
            page,
            x0: 20.0,
            x1: 200.0,
            baseline,
            font_size: 8.0,
            bold: false,
            artifact: false,
            page_height: 792.0,
            break_before: false,
        }
    }

    #[test]
    fn recognises_print_header_pieces() {
        assert!(is_date_time("11/24/26, 9:09 AM"));
        assert!(is_date_time("24.11.2026 09:09"));
        assert!(!is_date_time("Updated 9:09 AM"));
        assert!(!is_date_time("2026"));
        assert!(is_url("https://example.com/a/b"));
        assert!(!is_url("see https://example.com"));
        assert!(is_page_of("2/13"));
        assert!(!is_page_of("24/7 news"));
        assert!(is_page_number("Page 3 of 9"));
        assert!(is_page_number("- 12 -"));
        assert!(!is_page_number("12 people died"));
    }

    #[test]
    fn print_headers_and_footers_are_removed_and_the_url_kept() {
        let mut lines = vec![
            line("11/24/26, 9:09 AM", 1, 15.0),
            line("Some Story - The Paper", 1, 15.0),
            line("Body text of the article.", 1, 300.0),
            line("https://paper.example/some-story", 1, 780.0),
            line("1/2", 1, 780.0),
            line("11/24/26, 9:09 AM", 2, 15.0),
            line("Some Story - The Paper", 2, 15.0),
            line("More body.", 2, 300.0),
            line("https://paper.example/some-story", 2, 780.0),
            line("2/2", 2, 780.0),
        ];
        let noise = remove_noise(&mut lines);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["Body text of the article.", "More body."]);
        assert_eq!(
            noise.url.as_deref(),
            Some("https://paper.example/some-story")
        );
        assert!(noise
            .removed
            .iter()
            .any(|r| r.kind == RemovedKind::PrintHeader && r.text == "Some Story - The Paper"));
        assert_eq!(noise.removed.len(), 5);
    }

    #[test]
    fn running_heads_and_page_numbers_go() {
        let mut lines = vec![];
        for p in 1..=3 {
            lines.push(line("THE JOURNAL OF THINGS", p, 20.0));
            lines.push(line(&format!("Body of page {p}."), p, 300.0));
            lines.push(line(&p.to_string(), p, 775.0));
        }
        let noise = remove_noise(&mut lines);
        assert_eq!(lines.len(), 3);
        assert!(noise
            .removed
            .iter()
            .any(|r| r.kind == RemovedKind::RunningHead));
        assert!(noise
            .removed
            .iter()
            .any(|r| r.kind == RemovedKind::PageNumber));
    }

    #[test]
    fn a_bar_painted_at_one_spot_on_every_page_goes_wherever_it_is() {
        let mut lines = vec![];
        for p in 1..=3 {
            lines.push(line("Nov. 20, 2019", p, 80.0));
            lines.push(line(&format!("Body of page {p}."), p, 300.0));
            lines.push(line("Same words, other spot.", p, 300.0 + p as f32 * 20.0));
        }
        let noise = remove_noise(&mut lines);
        assert_eq!(lines.len(), 6);
        assert!(lines.iter().all(|l| l.text != "Nov. 20, 2019"));
        assert_eq!(noise.removed[0].kind, RemovedKind::RunningHead);
    }

    #[test]
    fn a_heading_on_one_page_only_is_not_a_running_head() {
        let mut lines = vec![
            line("Weather", 1, 20.0),
            line("Body.", 1, 300.0),
            line("Body.", 2, 300.0),
        ];
        remove_noise(&mut lines);
        assert_eq!(lines.len(), 3);
    }
}
