//! What a reader sees around the headline: the dates and bylines printed near
//! the `<h1>`. Meta tags are written by the CMS and sometimes disagree with the
//! page (a template's default date, a first-draft date, the sitewide author);
//! the text beside the headline is what the publisher shows and what readers cite.

use super::dates;
use crate::content::fold;
use crate::dom::{Dom, NodeData, DOCUMENT};
use std::borrow::Cow;

/// One run of text (or a `<time datetime>`) in document order.
struct Block<'a> {
    text: Cow<'a, str>,
    /// The `datetime` attribute of a `<time>` element.
    machine: Option<&'a str>,
}

/// The page read as blocks once, for [`dates_in`] and [`bylines_in`].
pub struct Page<'a> {
    blocks: Vec<Block<'a>>,
    headings: Vec<(usize, String)>,
}

impl<'a> Page<'a> {
    pub fn new(dom: &'a Dom) -> Page<'a> {
        let (blocks, headings) = blocks(dom);
        Page { blocks, headings }
    }
}

/// Dates seen near the headline, nearest reading order first.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct VisibleDates {
    /// Dates not labelled as an update, first shown first.
    pub published: Vec<String>,
    /// Dates labelled "Updated", "Aktualisiert", ...
    pub updated: Vec<String>,
}

impl VisibleDates {
    pub fn contains_day(&self, day: &str) -> bool {
        self.published
            .iter()
            .chain(&self.updated)
            .any(|d| d.get(..10) == day.get(..10))
    }
}

/// Blocks read after the headline, and before it (kickers, date lines above titles).
const AFTER_HEADLINE: usize = 45;
const BEFORE_HEADLINE: usize = 8;
/// Without an anchor, only labelled dates are trusted, within this many blocks.
const UNANCHORED: usize = 600;

fn blocks(dom: &Dom) -> (Vec<Block<'_>>, Vec<(usize, String)>) {
    let mut out = Vec::new();
    let mut headings = Vec::new();
    walk(dom, DOCUMENT, &mut out, &mut headings, 0);
    (out, headings)
}

fn walk<'a>(
    dom: &'a Dom,
    id: u32,
    out: &mut Vec<Block<'a>>,
    headings: &mut Vec<(usize, String)>,
    depth: usize,
) {
    if depth > 200 || out.len() > 20_000 {
        return;
    }
    for c in dom.children(id) {
        match &dom.node(c).data {
            NodeData::Text(t) => {
                let t = t.trim();
                if !t.is_empty() {
                    out.push(Block {
                        text: crate::dom::collapse_ws_cow(t),
                        machine: None,
                    });
                }
            }
            NodeData::Element { name, .. } => {
                let tag = &**name;
                if matches!(
                    tag,
                    "script"
                        | "style"
                        | "noscript"
                        | "template"
                        | "svg"
                        | "head"
                        | "select"
                        | "option"
                        | "button"
                        | "iframe"
                ) {
                    continue;
                }
                if tag == "h1" && headings.len() < 10 {
                    headings.push((out.len(), dom.text_of(c)));
                }
                if tag == "time" {
                    if let Some(d) = dom.attr(c, "datetime") {
                        out.push(Block {
                            text: Cow::Borrowed(""),
                            machine: Some(d),
                        });
                    }
                }
                walk(dom, c, out, headings, depth + 1);
            }
            _ => {}
        }
    }
}

const UPDATE_LABELS: &[&str] = &[
    "updated",
    "update",
    "modified",
    "revised",
    "reviewed",
    "aktualisiert",
    "geändert",
    "actualizado",
    "actualización",
    "atualizado",
    "mis à jour",
    "mise à jour",
    "aggiornato",
    "aggiornamento",
    "bijgewerkt",
    "zaktualizowano",
    "aktualizacja",
    "обновлено",
    "обновлен",
    "更新",
    "수정",
    "uppdaterad",
    "opdateret",
    "oppdatert",
    "güncellendi",
];

const PUBLISH_LABELS: &[&str] = &[
    "published",
    "posted",
    "publish",
    "released",
    "veröffentlicht",
    "publicado",
    "publié",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "publikacja",
    "опубликовано",
    "дата публикации",
    "发布",
    "發布",
    "公開",
    "投稿",
    "입력",
    "publicerad",
    "yayınlanma",
];

fn has_label(lower: &str, labels: &[&str]) -> bool {
    labels.iter().any(|l| lower.contains(l))
}

/// Where the headline is: the `<h1>` that matches the title, else the first `<h1>`,
/// else the first text block equal to the title.
fn anchor(blocks: &[Block], headings: &[(usize, String)], title: Option<&str>) -> Option<usize> {
    let ft = title.map(fold).filter(|t| !t.is_empty());
    if let Some(ft) = &ft {
        if let Some((at, _)) = headings.iter().find(|(_, h)| {
            let fh = fold(h);
            !fh.is_empty() && (fh.contains(ft.as_str()) || ft.contains(&fh))
        }) {
            return Some(*at);
        }
    }
    if let Some((at, _)) = headings.first() {
        return Some(*at);
    }
    let ft = ft?;
    blocks.iter().position(|b| fold(&b.text) == ft)
}

/// Dates printed near the headline. `day_first` reads `04/09/2025` as 4 September.
pub fn dates(dom: &Dom, title: Option<&str>, day_first: bool) -> VisibleDates {
    dates_in(&Page::new(dom), title, day_first)
}

/// [`dates`] of a page already read as blocks.
pub fn dates_in(page: &Page, title: Option<&str>, day_first: bool) -> VisibleDates {
    let (blocks, headings) = (&page.blocks, &page.headings);
    let mut out = VisibleDates::default();
    let order: Vec<usize> = match anchor(blocks, headings, title) {
        Some(a) => (a..blocks.len().min(a + AFTER_HEADLINE))
            .chain((a.saturating_sub(BEFORE_HEADLINE)..a).rev())
            .collect(),
        None => (0..blocks.len().min(UNANCHORED)).collect(),
    };
    let anchored = !headings.is_empty() || order.len() < UNANCHORED.min(blocks.len());
    for i in order {
        let b = &blocks[i];
        // The label may sit one or two short blocks back ("Updated", ":", "Dec 4, 2025").
        let short_before = |back: usize| {
            i.checked_sub(back)
                .map(|p| blocks[p].text.to_lowercase())
                .filter(|p| p.chars().count() <= 40)
                .unwrap_or_default()
        };
        let labelled = |t: &str| has_label(t, UPDATE_LABELS) || has_label(t, PUBLISH_LABELS);
        let prev = match short_before(1) {
            p if labelled(&p) || p.chars().any(char::is_alphanumeric) => p,
            _ => short_before(2),
        };
        let (found, before) = if let Some(m) = &b.machine {
            (dates::normalize(m), String::new())
        } else if b.text.chars().count() <= 120 {
            match find_date(&b.text, day_first) {
                Some((d, at)) => (Some(d), b.text[..at].to_lowercase()),
                None => (None, String::new()),
            }
        } else {
            (None, String::new())
        };
        let Some(day) = found else { continue };
        let label_text = format!("{prev} {before}");
        let updated = has_label(&before, UPDATE_LABELS)
            || (before.trim().is_empty() && has_label(&prev, UPDATE_LABELS));
        let published = has_label(&label_text, PUBLISH_LABELS);
        if !anchored && !updated && !published {
            continue;
        }
        let list = if updated {
            &mut out.updated
        } else {
            &mut out.published
        };
        if !list.iter().any(|d| d.get(..10) == day.get(..10)) {
            list.push(day);
        }
    }
    out
}

/// Byline-looking text near the headline ("By Jane Doe", "Von Max Muster"), for pages
/// whose author is only printed.
pub fn bylines(dom: &Dom, title: Option<&str>) -> Vec<String> {
    bylines_in(&Page::new(dom), title)
}

/// [`bylines`] of a page already read as blocks.
pub fn bylines_in(page: &Page, title: Option<&str>) -> Vec<String> {
    let (blocks, headings) = (&page.blocks, &page.headings);
    let Some(a) = anchor(blocks, headings, title) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let range = (a..blocks.len().min(a + AFTER_HEADLINE))
        .chain((a.saturating_sub(BEFORE_HEADLINE)..a).rev());
    for i in range {
        let t = &*blocks[i].text;
        if t.chars().count() > 80 {
            continue;
        }
        let lower = t.to_lowercase();
        let bare = lower.trim_end_matches(':').trim();
        if super::authors::BYLINE_WORDS.contains(&bare) {
            // "By" alone, the name in the next block.
            if let Some(next) = blocks.get(i + 1) {
                out.push(next.text.to_string());
            }
        } else if super::authors::starts_with_by(t) {
            out.push(t.to_string());
        }
    }
    out
}

/// A full date (day, month, year) inside a line of text, as `YYYY-MM-DD`, and
/// the byte offset where it starts.
pub fn find_date(text: &str, day_first: bool) -> Option<(String, usize)> {
    if let Some(hit) = cjk_date(text) {
        return Some(hit);
    }
    // Tokens with their byte offsets.
    let mut toks: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let sep = c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | '(' | ')' | '–' | '—');
        match (sep, start) {
            (true, Some(s)) => {
                toks.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        toks.push((s, &text[s..]));
    }
    let fmt = |y: u32, m: u32, d: u32| format!("{y:04}-{m:02}-{d:02}");
    for (i, (at, raw)) in toks.iter().enumerate() {
        let t = raw.trim_matches(|c: char| matches!(c, ':' | ';' | '-' | '.' | '"' | '\''));
        if t.len() >= 8 && t.as_bytes()[0].is_ascii_digit() {
            let head = if t.len() >= 10 && t.is_char_boundary(10) {
                &t[..10]
            } else {
                t
            };
            if let Some(iso) = dates::normalize_numeric(head, day_first) {
                return Some((iso, *at));
            }
            if let Some(iso) = dates::normalize_numeric(t, day_first) {
                return Some((iso, *at));
            }
        }
        let Some(month) = dates::month_number(t) else {
            continue;
        };
        let num = |j: usize| -> Option<u32> {
            let w = toks.get(j)?.1;
            let w = w.trim_end_matches(['.', ',', ':']);
            let w = w
                .trim_end_matches("st")
                .trim_end_matches("nd")
                .trim_end_matches("rd")
                .trim_end_matches("th")
                .trim_end_matches("er")
                .trim_end_matches("º");
            if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            w.parse().ok()
        };
        let filler = |j: usize| {
            toks.get(j).is_some_and(|(_, w)| {
                matches!(w.to_lowercase().as_str(), "de" | "del" | "of" | "the")
            })
        };
        let year_at = |j: usize| num(j).filter(|y| (1990..=2100).contains(y));
        let day_ok = |d: u32| (1..=31).contains(&d);
        // Day before the month: "4 Sep 2025", "4. September 2025", "4 de septiembre de 2025".
        let day_before = if i >= 1 && num(i - 1).is_some_and(day_ok) {
            Some((i - 1, num(i - 1)))
        } else if i >= 2 && filler(i - 1) && num(i - 2).is_some_and(day_ok) {
            Some((i - 2, num(i - 2)))
        } else {
            None
        };
        if let Some((dj, Some(d))) = day_before {
            let y = year_at(i + 1).or_else(|| filler(i + 1).then(|| year_at(i + 2)).flatten());
            if let Some(y) = y {
                if dates::valid(y, month, d) {
                    return Some((fmt(y, month, d), toks[dj].0));
                }
            }
        }
        // Month first: "Sep 4, 2025", "September 4th 2025".
        if let (Some(d), Some(y)) = (num(i + 1).filter(|d| day_ok(*d)), year_at(i + 2)) {
            if dates::valid(y, month, d) {
                return Some((fmt(y, month, d), *at));
            }
        }
    }
    None
}

/// "2025年9月4日", "2025년 9월 4일".
fn cjk_date(text: &str) -> Option<(String, usize)> {
    for (ymark, mmark, dmark) in [('年', '月', '日'), ('년', '월', '일')] {
        let Some(ypos) = text.find(ymark) else {
            continue;
        };
        let before = text[..ypos].trim_end();
        let ystart = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i)?;
        let y: u32 = before[ystart..].parse().ok()?;
        let rest = &text[ypos + ymark.len_utf8()..];
        let mpos = rest.find(mmark)?;
        let m: u32 = rest[..mpos].trim().parse().ok()?;
        let rest = &rest[mpos + mmark.len_utf8()..];
        let dpos = rest.find(dmark)?;
        let d: u32 = rest[..dpos].trim().parse().ok()?;
        if dates::valid(y, m, d) {
            return Some((format!("{y:04}-{m:02}-{d:02}"), ystart));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str, day_first: bool) -> Option<String> {
        find_date(text, day_first).map(|(d, _)| d)
    }

    #[test]
    fn dates_in_lines_of_many_languages() {
        assert_eq!(
            day("Published on July 18, 2025", false).as_deref(),
            Some("2025-07-18")
        );
        assert_eq!(
            day("Jun 08, 2023 • 11 Minute Read", false).as_deref(),
            Some("2023-06-08")
        );
        assert_eq!(day("- Mar 27, 2024", false).as_deref(), Some("2024-03-27"));
        assert_eq!(day("4 Sep 2025", false).as_deref(), Some("2025-09-04"));
        assert_eq!(
            day("Veröffentlicht am 4. September 2025, 10:00 Uhr", true).as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            day("4 de septiembre de 2025", true).as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(day("4 września 2025", true).as_deref(), Some("2025-09-04"));
        assert_eq!(
            day("4 сентября 2025 г.", true).as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            day("2025年9月4日 10:00", true).as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            day("입력 2025년 9월 4일", true).as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(day("12.12.2025", true).as_deref(), Some("2025-12-12"));
        assert_eq!(day("04/09/2025", true).as_deref(), Some("2025-09-04"));
        assert_eq!(day("04/09/2025", false).as_deref(), Some("2025-04-09"));
        assert_eq!(
            day("1er septembre 2025", true).as_deref(),
            Some("2025-09-01")
        );
        assert_eq!(day("2025-09-04 08:00", true).as_deref(), Some("2025-09-04"));
    }

    #[test]
    fn no_date_without_day_month_and_year() {
        assert_eq!(day("September 2025", false), None);
        assert_eq!(day("The 25 best apps of 2025", false), None);
        assert_eq!(day("© 2025 Example", false), None);
        assert_eq!(day("3 days ago", false), None);
    }

    #[test]
    fn labels_and_order_near_headline() {
        let dom = Dom::parse(
            r#"<body><div>Friday, December 19, 2025</div><nav>a</nav><nav>b</nav><nav>c</nav>
            <nav>d</nav><nav>e</nav><nav>f</nav><nav>g</nav><nav>h</nav><nav>i</nav>
            <h1>Rain due on Tuesday</h1><p>By Jane Doe</p><p>Posted on</p><p>Nov 21, 2018</p>
            <p>Updated</p><p>:</p><p>Dec 10, 2025</p><p>Body text that is long enough.</p></body>"#,
        );
        let v = dates(&dom, Some("Rain due on Tuesday"), false);
        assert_eq!(v.published, vec!["2018-11-21"]);
        assert_eq!(v.updated, vec!["2025-12-10"]);
        assert_eq!(
            bylines(&dom, Some("Rain due on Tuesday")),
            vec!["By Jane Doe"]
        );
    }

    #[test]
    fn byline_word_alone_takes_the_next_block() {
        let dom = Dom::parse(
            r#"<body><h1>Headline here</h1><span>Written by</span><a>Edzel Tabing</a></body>"#,
        );
        assert_eq!(bylines(&dom, None), vec!["Edzel Tabing"]);
    }
}
