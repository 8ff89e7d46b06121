//! What a reader sees around the headline: the dates and bylines printed near
//! the `<h1>`. Meta tags are written by the CMS and sometimes disagree with the
//! page (a template's default date, a first-draft date, the sitewide author);
//! the text beside the headline is what the publisher shows and what readers cite.

use super::dates;
use crate::content::fold;
use crate::dom::{Dom, NodeData, DOCUMENT};
use std::borrow::Cow;
use std::sync::LazyLock;

/// One run of text (or a `<time datetime>`) in document order.
struct Block<'a> {
    /// Borrowed from the page where it needs no collapsing (most runs).
    text: Cow<'a, str>,
    /// The `datetime` attribute of a `<time>` element.
    machine: Option<String>,
}

/// Dates seen near the headline, nearest reading order first.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct VisibleDates {
    /// Dates not labelled as an update, first shown first.
    pub published: Vec<String>,
    /// Dates labelled "Updated", "Aktualisiert", ...
    pub updated: Vec<String>,
    /// When nothing is shown near the headline: dates labelled "Published ..." or
    /// "Posted on ..." elsewhere (a footer, a sidebar), first one first.
    pub far_published: Vec<String>,
    /// Likewise for "Last updated ..." elsewhere.
    pub far_updated: Vec<String>,
    /// Dates labelled "Published" anywhere on the page (a footer's "Published on
    /// DATE" as well as the line under the headline), to confirm a structured date.
    pub labelled: Vec<String>,
    /// Dates labelled "Originally published" / "First published" anywhere: the
    /// page's own word on its first publication, above any later re-stamp.
    pub original: Vec<String>,
    /// A dateline opening the story's first paragraph by the headline
    /// ("Karlsruhe, (12.11.2021). Traditionell ..."): a last resort, as a paragraph
    /// may also open with the date of an event.
    pub dateline: Option<String>,
}

impl VisibleDates {
    /// Whether the page shows this date (in any time zone, see [`dates::same_day`]).
    pub fn contains_day(&self, day: &str) -> bool {
        self.published
            .iter()
            .chain(&self.updated)
            .any(|d| dates::same_day(d, day))
    }
}

/// Blocks read after the headline, and before it (kickers, date lines above titles).
const AFTER_HEADLINE: usize = 45;
const BEFORE_HEADLINE: usize = 8;
/// Without an anchor, only labelled dates are trusted, within this many blocks.
const UNANCHORED: usize = 600;

/// The page's text runs in reading order, read once and shared by the date and
/// byline searches, with where the headline `title` names is among them.
pub struct Page<'a> {
    blocks: Vec<Block<'a>>,
    /// The block the searches read around (see [`anchor`]).
    anchor: Option<usize>,
}

impl<'a> Page<'a> {
    pub fn new(dom: &'a Dom, title: Option<&str>) -> Page<'a> {
        let mut blocks = Vec::new();
        // `<h1>`s: the block index where each starts and its text.
        let mut headings = Vec::new();
        walk(dom, DOCUMENT, &mut blocks, &mut headings, 0);
        let anchor = anchor(&blocks, &headings, title);
        Page { blocks, anchor }
    }
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
                let t = crate::dom::trim_ws(t);
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
                            machine: Some(d.to_string()),
                        });
                    }
                }
                walk(dom, c, out, headings, depth + 1);
            }
            _ => {}
        }
    }
}

/// Labels of a date that belongs to the whole site, not to the article
/// ("Site Last Updated: December 20, 2025" in a government site's footer).
const SITE_LABELS: &[&str] = &[
    "site last updated",
    "site updated",
    "website last updated",
    "website updated",
    "site last modified",
];

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
    "опубликован",
    "дата публикации",
    "发布",
    "發布",
    "公開",
    "投稿",
    "입력",
    "publicerad",
    "yayınlanma",
    "geschrieben",
    "erschienen",
    "publiziert",
    "datum",
    "written",
    "publicat",
    "publiceret",
    "publisert",
    "julkaistu",
    "zveřejněno",
    "objavljeno",
    "megjelent",
    "опубліковано",
    "发表",
    "掲載",
    "작성",
    "등록",
];

fn has_label(lower: &str, labels: &[&str]) -> bool {
    labels.iter().any(|l| lower.contains(l))
}

/// Where the headline is: the `<h1>` that matches the title, else the first text
/// block equal to the title (a headline in an `<h2>` while the `<h1>` is a blog name
/// or pull quote), else the first `<h1>`.
fn anchor(blocks: &[Block], headings: &[(usize, String)], title: Option<&str>) -> Option<usize> {
    let ft = title.map(fold).filter(|t| !t.is_empty());
    if let Some(ft) = &ft {
        if let Some((at, _)) = headings.iter().find(|(_, h)| {
            let fh = fold(h);
            !fh.is_empty() && (fh.contains(ft.as_str()) || ft.contains(&fh))
        }) {
            return Some(*at);
        }
        // Folding drops only punctuation and spacing: a much shorter or longer block
        // cannot match, and most blocks are skipped without folding.
        let fits = |t: &str| t.len() * 2 >= ft.len() && t.len() <= ft.len() * 2 + 16;
        if let Some(at) = blocks
            .iter()
            .position(|b| fits(&b.text) && fold(&b.text) == *ft)
        {
            return Some(at);
        }
        // A headline that words the title differently ("Introducing X: The Next
        // Generation Y Built on Z" for "Introducing the X Y"): a block holding
        // every significant title word and not much longer.
        if let Some(t) = title {
            let title_words = super::title::words(t);
            let need = title_words.len();
            let near = |b: &Block| {
                b.text.len() >= t.len() / 2
                    && b.text.len() <= t.len() * 3
                    && super::title::shared_of(&title_words, &b.text) == need
            };
            if need >= 3 {
                if let Some(at) = blocks.iter().take(UNANCHORED).position(near) {
                    return Some(at);
                }
            }
        }
    }
    headings.first().map(|(at, _)| *at)
}

/// Dates printed near the headline. `day_first` reads `04/09/2025` as 4 September.
pub fn dates(page: &Page, day_first: bool) -> VisibleDates {
    let blocks = &page.blocks;
    let mut out = VisibleDates::default();
    let anchor = page.anchor;
    let order: Vec<usize> = match anchor {
        Some(a) => around(a, blocks.len()).collect(),
        None => (0..blocks.len().min(UNANCHORED)).collect(),
    };
    let anchored = anchor.is_some();
    // Blocks by the headline are read again in the pass over the page's top.
    let mut read: Vec<Option<Option<(String, bool, bool)>>> = vec![None; blocks.len()];
    let mut date_at = |i: usize| {
        read[i]
            .get_or_insert_with(|| date_at(blocks, i, day_first))
            .clone()
    };
    for i in order {
        if anchored && out.dateline.is_none() {
            out.dateline = dateline(&blocks[i].text, day_first);
        }
        let Some((day, updated, published)) = date_at(i) else {
            continue;
        };
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
    let nothing_near = anchored && out.published.is_empty() && out.updated.is_empty();
    for i in 0..blocks.len().min(UNANCHORED) {
        let Some((day, updated, published)) = date_at(i) else {
            continue;
        };
        if published && !updated && out.labelled.len() < 5 {
            out.labelled.push(day.clone());
        }
        if !nothing_near {
            continue;
        }
        match (updated, published) {
            (true, _) if out.far_updated.is_empty() => out.far_updated.push(day),
            // An author box far from the headline dates the story beside the name
            // ("Written by", "Jane Doe", "April 8, 2024").
            (false, p) if out.far_published.is_empty() && (p || beside_byline(blocks, i)) => {
                out.far_published.push(day)
            }
            _ => {}
        }
    }
    out.original = original_dates(blocks, day_first);
    out
}

/// Whether block `i` follows a byline: "By Jane Doe" or "Written by", "Jane Doe".
fn beside_byline(blocks: &[Block], i: usize) -> bool {
    let text = |back: usize| i.checked_sub(back).map(|p| &*blocks[p].text);
    let by_line = |t: &str| t.chars().count() <= 60 && super::authors::starts_with_by(t);
    let label = |t: &str| super::authors::is_byline_label(t) && t.chars().count() > 3;
    text(1).is_some_and(by_line) || text(2).is_some_and(label)
}

const ORIGINAL_LABELS: &[&str] = &[
    "originally published",
    "first published",
    "originally posted",
    "ursprünglich veröffentlicht",
    "publié initialement",
    "publicado originalmente",
];

/// Dates after an "Originally published" label, in its block or the next two.
fn original_dates(blocks: &[Block], day_first: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate().take(UNANCHORED * 4) {
        // Every label has one of these pieces; most runs have none, and are
        // skipped without a lower-cased copy. One automaton, built once, reads
        // each run in one pass.
        static PIECES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(["ubli", "osted", "ffentlicht"])
                .expect("fixed patterns")
        });
        if b.text.len() > 400 || !PIECES.is_match(&*b.text) {
            continue;
        }
        let lower = b.text.to_lowercase();
        let Some(at) = ORIGINAL_LABELS
            .iter()
            .find_map(|l| lower.find(l).map(|a| a + l.len()))
        else {
            continue;
        };
        let after = lower.get(at..).unwrap_or("");
        let found = find_date(after, day_first).map(|(d, _)| d).or_else(|| {
            blocks[i + 1..].iter().take(2).find_map(|n| {
                n.machine
                    .as_deref()
                    .and_then(dates::normalize)
                    .or_else(|| find_date(&n.text, day_first).map(|(d, _)| d))
            })
        });
        if let Some(d) = found {
            out.push(d);
            break;
        }
    }
    out
}

/// The date in block `i`, if any, and whether it is labelled as an update or as
/// the publication (the label may sit in the block or one or two short blocks back:
/// "Updated", ":", "Dec 4, 2025").
fn date_at(blocks: &[Block], i: usize, day_first: bool) -> Option<(String, bool, bool)> {
    let b = &blocks[i];
    // Most text runs hold no date; a badge's last part holds its year. Over 480
    // bytes a run has over 120 characters, which are not read for a date either.
    if b.machine.is_none() && (b.text.len() > 480 || !dates::may_hold_date(&b.text)) {
        return None;
    }
    let (day, before) = if let Some(m) = &b.machine {
        (dates::normalize(m)?, String::new())
    } else if b.text.chars().count() <= 120 {
        match find_date(&b.text, day_first) {
            Some((d, at)) => (d, b.text[..at].to_lowercase()),
            None => (split_date(blocks, i, day_first)?, String::new()),
        }
    } else {
        return None;
    };
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
    let label_text = format!("{prev} {before}");
    if has_label(&before, SITE_LABELS)
        || (before.trim().is_empty() && has_label(&prev, SITE_LABELS))
    {
        return None;
    }
    let updated = has_label(&before, UPDATE_LABELS)
        || (before.trim().is_empty() && has_label(&prev, UPDATE_LABELS));
    let published = has_label(&label_text, PUBLISH_LABELS);
    Some((day, updated, published))
}

/// A date badge set in separate elements ("26", "Okt", "2018" or "26", "Okt 2018"),
/// read at its last part: the one or two tiny blocks before it joined to it.
fn split_date(blocks: &[Block], i: usize, day_first: bool) -> Option<String> {
    let tiny = |k: usize| {
        let t = blocks[k].text.trim();
        (!t.is_empty() && t.chars().count() <= 12 && blocks[k].machine.is_none()).then_some(t)
    };
    let last = blocks[i].text.trim();
    // Badges end with the year; most short texts with a digit are no date part.
    let has_year = |t: &str| {
        t.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    };
    if last.chars().count() > 20 || !has_year(last) {
        return None;
    }
    // Each part alone is no date: the last block must complete it.
    let one = i.checked_sub(1).and_then(tiny)?;
    if find_date(one, day_first).is_some() {
        return None;
    }
    let joined = format!("{one} {last}");
    if let Some((d, 0)) = find_date(&joined, day_first) {
        return Some(d);
    }
    let two = i.checked_sub(2).and_then(tiny)?;
    if find_date(&format!("{two} {one}"), day_first).is_some() {
        return None;
    }
    match find_date(&format!("{two} {joined}"), day_first) {
        Some((d, 0)) => Some(d),
        _ => None,
    }
}

/// The date opening a paragraph too long for [`date_at`], after at most a place name
/// ("BERLIN, 4. März 2021 – ...", "(18.01.2018) Deutschlands ...", "27.1.2022 - Bei ...").
fn dateline(text: &str, day_first: bool) -> Option<String> {
    const OPENING: usize = 64;
    if text.len() <= 120 || !text.bytes().take(OPENING).any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut end = OPENING;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (day, at) = find_date(&text[..end], day_first)?;
    // Nothing before the date, or a place closed by punctuation: "Seit 4. August
    // 2014 ist ..." opens with an event's date, not the story's, and "Date: Fri,
    // 1 Feb 2002 ... From: ..." is a quoted mail's header.
    let place = text[..at].trim_end();
    let place_like = place.is_empty()
        || place.len() <= 40
            && !place.bytes().any(|c| c.is_ascii_digit() || c == b':')
            && place.split_whitespace().count() <= 4
            && place.ends_with([',', '(', '|', '-', '–', '—', '/']);
    place_like.then_some(day)
}

/// The text runs read around the headline, in the order the date and byline
/// searches read them.
pub fn near_headline<'a>(page: &'a Page) -> impl Iterator<Item = &'a str> {
    let blocks = &page.blocks;
    page.anchor
        .into_iter()
        .flat_map(|a| around(a, blocks.len()))
        .map(move |i| &*blocks[i].text)
}

/// Block indices from the headline down, then the few above it going up.
fn around(anchor: usize, len: usize) -> impl Iterator<Item = usize> {
    (anchor..len.min(anchor + AFTER_HEADLINE))
        .chain((anchor.saturating_sub(BEFORE_HEADLINE)..anchor).rev())
}

/// Byline-looking text near the headline ("By Jane Doe", "Von Max Muster"), for pages
/// whose author is only printed.
pub fn bylines(page: &Page) -> Vec<String> {
    let blocks = &page.blocks;
    let Some(a) = page.anchor else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in around(a, blocks.len()) {
        let t = &*blocks[i].text;
        if t.chars().count() > 80 {
            continue;
        }
        if super::authors::is_byline_label(t) {
            // "By" alone, the names in the next blocks.
            if i + 1 < blocks.len() {
                out.push(labelled_run(blocks, i));
            }
        } else if super::authors::starts_with_by(t) && !(t.starts_with("by ") && t.ends_with('.')) {
            // (A small "by ... ." is the end of a sentence split by a link: "ranked by AM
            // Best's Review.")
            out.push(t.to_string());
        }
    }
    out
}

/// A name shown over a biography that opens with it ("Alban Brooke" over "Alban
/// Brooke is the Head of Marketing at ..."): an author box, wherever it is.
pub fn bio_box_names(page: &Page) -> Vec<String> {
    let blocks = &page.blocks;
    let mut out: Vec<String> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let name = b.text.trim();
        if out.len() >= 3 || !is_short_name(name) || name.split_whitespace().count() > 4 {
            continue;
        }
        let first = name.split_whitespace().next().unwrap_or(name);
        // A list of companies reads the same ("Metropolis Moving is a mover in ..."):
        // a biography speaks of a person and their work.
        const PERSONAL: &[&str] = &[
            " he ",
            " she ",
            " his ",
            " her ",
            "writer",
            "editor",
            "journalist",
            "author",
            "reporter",
            "founder",
            "head of",
            "director",
            "specialist",
            "passionate",
            "degree",
            "lives in",
        ];
        let opens_bio = |t: &str| {
            [name, first].iter().any(|n| {
                t.strip_prefix(n).is_some_and(|rest| {
                    let head: String = rest.chars().take(160).collect::<String>().to_lowercase();
                    (rest.starts_with(" is ") || rest.starts_with(" has "))
                        && PERSONAL.iter().any(|w| head.contains(w))
                })
            })
        };
        if blocks[i + 1..]
            .iter()
            .take(3)
            .any(|n| opens_bio(n.text.trim_start()))
            && !out.iter().any(|o| o == name)
        {
            out.push(name.to_string());
        }
    }
    out
}

/// Several names printed as separate links near the headline ("Rui Ma", ",", "Heba
/// Ledwon", "&", "Suparn Patra"), joined into one credit line; structured data often
/// keeps only the first of them.
pub fn name_runs(page: &Page) -> Vec<String> {
    let blocks = &page.blocks;
    let Some(a) = page.anchor else {
        return Vec::new();
    };
    around(a, blocks.len())
        .filter(|&i| is_short_name(&blocks[i].text) && is_name_separator(next_text(blocks, i)))
        .map(|i| name_run(blocks, i))
        .take(3)
        .collect()
}

fn next_text<'a>(blocks: &'a [Block], i: usize) -> &'a str {
    blocks.get(i + 1).map_or("", |b| &*b.text)
}

/// The block at `i` and every further name joined to it by a separator block.
fn name_run(blocks: &[Block], i: usize) -> String {
    let mut run = blocks[i].text.to_string();
    let mut j = i + 1;
    while j + 1 < blocks.len()
        && is_name_separator(&blocks[j].text)
        && is_short_name(&blocks[j + 1].text)
    {
        let sep = blocks[j].text.trim();
        if sep == "," {
            run.push_str(", ");
        } else {
            run.push(' ');
            run.push_str(sep);
            run.push(' ');
        }
        run.push_str(blocks[j + 1].text.trim());
        j += 2;
    }
    run
}

/// The names after a byline label at `label`. A plural label ("Author(s)",
/// "Contributors") may head a list of names, one per item, with no separators.
fn labelled_run(blocks: &[Block], label: usize) -> String {
    let mut run = name_run(blocks, label + 1);
    let plural = {
        let l = blocks[label]
            .text
            .trim()
            .trim_end_matches([':', '：'])
            .to_lowercase();
        l.ends_with("(s)")
            || l.ends_with("ors")
            || l.ends_with("ores")
            || l.ends_with("eurs")
            || l.ends_with("ori")
            || l.ends_with("oren")
            || l.ends_with("ры")
            || l.ends_with("orzy")
    };
    if plural && is_short_name(&run) {
        for b in blocks.iter().skip(label + 2).take(10) {
            if !is_short_name(&b.text) {
                break;
            }
            run.push_str(", ");
            run.push_str(b.text.trim());
        }
    }
    run
}

/// ",", "&", "and", "und", "y", "et" ... between two names.
fn is_name_separator(t: &str) -> bool {
    let t = t.trim();
    let word = t.trim_start_matches(',').trim();
    t == ","
        || matches!(
            word.to_lowercase().as_str(),
            "&" | "and" | "und" | "y" | "e" | "et" | "i" | "og" | "och" | "en" | "и" | "oraz"
        )
}

/// Two to five capitalised words, as a person's name is printed.
fn is_short_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && t.chars().count() <= 50
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            >= 2
        && !t.contains(['|', ':', '@', '?', '!'])
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// Bylines anywhere on the page that open with a label more specific than "By"
/// ("Written by", "Autor:", "Contributors:"), for pages that print their author
/// far from the headline (an author box after the text, a sidebar).
pub fn far_bylines(page: &Page) -> Vec<String> {
    let blocks = &page.blocks;
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate().take(UNANCHORED * 4) {
        let t = &*b.text;
        if t.chars().count() > 80 || out.len() >= 5 || !super::authors::may_open_with_label(t) {
            continue;
        }
        let lower = t.to_lowercase();
        let bare = lower.trim_end_matches([':', '：']).trim();
        // "by", "von", "di" alone also start "sort by" lists and sentences.
        if bare.chars().count() <= 3 {
            continue;
        }
        if super::authors::is_byline_label(t) {
            if i + 1 < blocks.len() {
                out.push(labelled_run(blocks, i));
            }
        } else if super::authors::starts_with_by(t)
            && !lower.starts_with("by ")
            && !lower.starts_with("by:")
        {
            // "Text size", "Author archive": only labels that name a writer.
            let label = super::authors::BYLINE_WORDS
                .iter()
                .filter(|w| lower.starts_with(*w))
                .max_by_key(|w| w.len())
                .copied()
                .unwrap_or("");
            // "Author names", "Authors list": a heading, not a label before a name.
            let named = !super::authors::strip_by(t).starts_with(char::is_lowercase);
            if label.chars().count() > 3 && !matches!(label, "text" | "texto") && named {
                out.push(t.to_string());
            }
        }
    }
    out
}

/// A full date (day, month, year) inside a line of text, as `YYYY-MM-DD`, and
/// the byte offset where it starts.
pub fn find_date(text: &str, day_first: bool) -> Option<(String, usize)> {
    if !dates::may_hold_date(text) {
        return None;
    }
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
        if let Some(iso) = dashed_date(t) {
            return Some((iso, *at));
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

/// "04-ago-2021", "4-Sep-2025": day, month name and year joined by dashes. "ago"
/// (agosto) counts as a month only here, where no "3 days ago" can be meant.
fn dashed_date(t: &str) -> Option<String> {
    let mut parts = t.split('-');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() > 2 || y.len() != 4 {
        return None;
    }
    let (d, y): (u32, u32) = (d.parse().ok()?, y.parse().ok()?);
    let month = dates::month_number(m).or_else(|| m.eq_ignore_ascii_case("ago").then_some(8))?;
    dates::valid(y, month, d).then(|| format!("{y:04}-{month:02}-{d:02}"))
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

    /// Sixty paragraphs of article, to put a block far from the headline.
    fn story_filler() -> String {
        (0..60)
            .map(|i| format!("<p>Paragraph {i} of the story.</p>"))
            .collect()
    }

    fn day(text: &str, day_first: bool) -> Option<String> {
        find_date(text, day_first).map(|(d, _)| d)
    }

    #[test]
    fn datelines_opening_a_paragraph() {
        let story = " Traditionell gedenken evangelische Christinnen und Christen am \
                     Ewigkeitssonntag ihrer verstorbenen Angehörigen und Freunde.";
        let at = |opening: &str| dateline(&format!("{opening}{story}"), true);
        assert_eq!(
            at("Karlsruhe, (12.11.2021).").as_deref(),
            Some("2021-11-12")
        );
        assert_eq!(at("(18.01.2018)").as_deref(), Some("2018-01-18"));
        assert_eq!(at("BERLIN, 4. März 2021 –").as_deref(), Some("2021-03-04"));
        // An event's date inside the sentence, and a short line (read by `date_at`).
        assert_eq!(at("Seit 4. August 2014 ist"), None);
        assert_eq!(at("Die Feier am 4. August 2014 war"), None);
        assert_eq!(dateline("(18.01.2018) Kurz.", true), None);
        assert_eq!(at("Date: Fri, 1 Feb 2002 11:53:40 -0500 From: Matt"), None);
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
        assert_eq!(
            day("By: Jane on 04-ago-2021 5:11:10", true).as_deref(),
            Some("2021-08-04")
        );
        assert_eq!(day("4-Sep-2025", false).as_deref(), Some("2025-09-04"));
        assert_eq!(day("3 days ago", true), None);
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
        let page = Page::new(&dom, Some("Rain due on Tuesday"));
        let v = dates(&page, false);
        assert_eq!(v.published, vec!["2018-11-21"]);
        assert_eq!(v.updated, vec!["2025-12-10"]);
        assert_eq!(bylines(&page), vec!["By Jane Doe"]);
    }

    #[test]
    fn a_date_badge_in_separate_elements() {
        let dom = Dom::parse(
            r#"<body><h1>Wahlzensur</h1><div class="date"><span>26</span><span>Okt</span>
            <span>2018</span></div><p>Updated</p><p>Aug 21, 2025</p><p>15 min</p></body>"#,
        );
        let v = dates(&Page::new(&dom, Some("Wahlzensur")), true);
        assert_eq!(v.published, vec!["2018-10-26"]);
        // "Aug 21, 2025" and "15 min" do not make another date.
        assert_eq!(v.updated, vec!["2025-08-21"]);
    }

    #[test]
    fn byline_word_alone_takes_the_next_block() {
        let dom = Dom::parse(
            r#"<body><h1>Headline here</h1><span>Written by</span><a>Edzel Tabing</a></body>"#,
        );
        assert_eq!(bylines(&Page::new(&dom, None)), vec!["Edzel Tabing"]);
    }

    #[test]
    fn specific_byline_labels_far_from_the_headline() {
        let filler: String = (0..60).map(|i| format!("<p>Paragraph {i}.</p>")).collect();
        let html = format!(
            "<body><h1>Headline here</h1>{filler}<p>Sort by</p><p>Date</p><h3>Written by Cassidy Horton</h3><p>Autor:</p><a>Jan Kowalski</a></body>"
        );
        assert_eq!(
            far_bylines(&Page::new(&Dom::parse(&html), None)),
            vec!["Written by Cassidy Horton", "Jan Kowalski"]
        );
    }

    #[test]
    fn labelled_dates_far_from_the_headline() {
        let filler = story_filler();
        let html = format!(
            "<body><h1>Rain due on Tuesday</h1>{filler}<footer><span>Posted on April 13, 2023</span><p>Last updated: November 13, 2025</p><p>March 3, 2020</p></footer></body>"
        );
        let v = dates(
            &Page::new(&Dom::parse(&html), Some("Rain due on Tuesday")),
            false,
        );
        assert!(v.published.is_empty() && v.updated.is_empty());
        assert_eq!(v.far_published, vec!["2023-04-13"]);
        assert_eq!(v.far_updated, vec!["2025-11-13"]);
    }

    #[test]
    fn a_site_wide_update_date_is_not_the_articles() {
        let filler = story_filler();
        let html = format!(
            "<body><h1>Meditation</h1>{filler}<footer><p>Site Last Updated: December 20, 2025</p><p>Last updated: November 13, 2025</p></footer></body>"
        );
        let v = dates(&Page::new(&Dom::parse(&html), Some("Meditation")), false);
        assert_eq!(v.far_updated, vec!["2025-11-13"]);
    }

    #[test]
    fn original_publication_and_author_box_dates() {
        let filler = story_filler();
        let html = format!(
            "<body><h1>Tiny homes</h1><p>Sep 30, 2022</p>{filler}<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.</p></body>"
        );
        let v = dates(&Page::new(&Dom::parse(&html), Some("Tiny homes")), false);
        assert_eq!(v.original, vec!["2019-09-26"]);
        // Nothing by the headline: the date beside the byline in the author box.
        let html = format!(
            "<body><h1>How apps are made</h1>{filler}<p>Written by</p><a>Moses Kim</a><p>April 8, 2024</p><p>March 3, 2020</p></body>"
        );
        let v = dates(
            &Page::new(&Dom::parse(&html), Some("How apps are made")),
            false,
        );
        assert_eq!(v.far_published, vec!["2024-04-08"]);
        // A bare date far away is no publication.
        let html = format!("<body><h1>How apps are made</h1>{filler}<p>April 8, 2024</p></body>");
        let v = dates(
            &Page::new(&Dom::parse(&html), Some("How apps are made")),
            false,
        );
        assert!(v.far_published.is_empty());
    }

    #[test]
    fn headline_in_h2_under_a_blog_name_h1() {
        let filler: String = (0..60).map(|i| format!("<p>Paragraph {i}.</p>")).collect();
        let html = format!(
            "<body><h2>What do people love about Rust?</h2><div>Dec. 19, 2025 · Niko</div>{filler}<h1>A pull quote</h1><p>Jan 2, 2024</p></body>"
        );
        let v = dates(
            &Page::new(&Dom::parse(&html), Some("What do people love about Rust?")),
            false,
        );
        assert_eq!(v.published, vec!["2025-12-19"]);
    }

    #[test]
    fn headline_worded_unlike_the_title() {
        let html = "<body><nav>Blog</nav><p>Introducing Spice Cayenne: The Next-Generation Data Accelerator Built on Vortex</p><p>Luke Kim</p><p>December 17, 2025</p></body>";
        let v = dates(
            &Page::new(
                &Dom::parse(html),
                Some("Introducing the Spice Cayenne Data Accelerator"),
            ),
            false,
        );
        assert_eq!(v.published, vec!["2025-12-17"]);
    }
}
