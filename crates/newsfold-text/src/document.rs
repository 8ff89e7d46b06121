//! The shared block model: lines -> blocks -> roles -> record. Text and PDF
//! input both go through [`analyse`].

use crate::boilerplate::{
    cue_kind, is_comment_header, is_copyright, is_dense_legal, is_legal, is_thread_heading,
    spreads_to_neighbours,
};
use crate::caption::{caption_parts, credit_line, is_related_label, related_text};
use crate::classify::{is_glued_teaser, is_title_like, main_region, region_score, Role};
use crate::features::{lower_case, Features};
use crate::headline::{clean_title, find_headline};
use crate::metadata::{byline_authors, dateline, is_bare_by, is_stamp, month_of, split_names};
use crate::normalize::{clean_line, indent_of, strip_bullet};
use crate::pages::mark_furniture;
use crate::quotes::repair_quotes;
use crate::reflow::{reflow, Block, PreparedLine};
use crate::site;
use crate::Line;
use newsfold_types::{Caption, Paragraph, ParagraphKind, Record, Related, Removed, RemovedKind};
use std::cell::OnceCell;

/// How many blocks around the article's edges may hold its captions and metadata.
const NEAR: usize = 8;

/// Everything text mode decided about one input.
#[derive(Debug, Default)]
pub struct Analysis {
    pub blocks: Vec<Block>,
    pub feats: Vec<Features>,
    pub roles: Vec<Role>,
    /// Page furniture taken out before reflow: (input line, kind, text).
    pub furniture: Vec<(usize, RemovedKind, String)>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
}

pub fn analyse(lines: Vec<Line>) -> Analysis {
    let prepared = prepare(&lines);
    let texts: Vec<&str> = prepared.iter().map(|l| l.text.as_str()).collect();
    let pages: Vec<Option<u32>> = prepared.iter().map(|l| l.page).collect();
    let marks = mark_furniture(&texts, &pages);
    let mut prepared = prepared;
    let mut furniture = Vec::new();
    for (i, mark) in marks.iter().enumerate() {
        if let Some(kind) = mark {
            prepared[i].skip = true;
            furniture.push((i, *kind, prepared[i].text.clone()));
        }
    }
    let blocks = reflow(&prepared);
    let feats: Vec<Features> = blocks.iter().map(|b| Features::of(&b.text)).collect();
    let lower = Lowered::new(blocks.iter().map(|b| b.text.as_str()));
    let mut cues: Vec<Option<RemovedKind>> = (0..blocks.len())
        .map(|i| cue_kind(|| lower.get(i), &feats[i]))
        .collect();
    extend_appeals(&feats, &mut cues);
    let stamps: Vec<bool> = blocks.iter().map(|b| is_stamp(&b.text)).collect();
    // Comment headers ("X on May 1, 2019 at 4:47 pm said:") head entries too.
    let entry_heads: Vec<bool> = (0..blocks.len())
        .map(|i| stamps[i] || (feats[i].words <= 12 && is_comment_header(lower.get(i))))
        .collect();
    mark_listings(&entry_heads, &feats, &mut cues);
    mark_legal_footer(&lower, &feats, &mut cues);
    let mut analysis = Analysis {
        furniture,
        ..Analysis::default()
    };
    if blocks.is_empty() {
        return analysis;
    }
    let scores: Vec<f64> = (0..blocks.len())
        .map(|i| {
            let score = region_score(&blocks[i], &feats[i], cues[i], stamps[i]);
            // A teaser card pulls no more than a short line.
            if score > 0.0 && is_glued_teaser(&blocks[i].text) {
                -(6.0 + feats[i].chars as f64 / 6.0)
            } else {
                score
            }
        })
        .collect();
    let tables = table_zones(&blocks, &feats, &cues, &stamps);
    let scores: Vec<f64> = (0..blocks.len())
        .map(|i| match tables[i] {
            TableCell::Data => scores[i].max(feats[i].words as f64 * TABLE_DATA_WEIGHT),
            TableCell::Label => scores[i].max(0.0),
            TableCell::None => scores[i],
        })
        .collect();
    // An article's paragraphs come in runs; a lone paragraph between short
    // lines is more often a teaser or a comment.
    let prose = |i: usize| cues[i].is_none() && feats[i].is_prose();
    let scores: Vec<f64> = (0..blocks.len())
        .map(|i| {
            let before = i > 0 && prose(i - 1);
            let after = i + 1 < blocks.len() && prose(i + 1);
            let lone = !before && !after;
            if lone && scores[i] > 0.0 && feats[i].chars < LONE_PROSE_CHARS {
                scores[i] * LONE_PROSE_WEIGHT
            } else {
                scores[i]
            }
        })
        .collect();
    // Without any prose, everything not boilerplate is the text.
    let region = main_region(&scores).unwrap_or_else(|| {
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| cues[i].is_none()).collect();
        match (kept.first(), kept.last()) {
            (Some(&a), Some(&b)) => (a, b + 1),
            _ => (0, 0),
        }
    });
    let region = start_under_headline(&blocks, &feats, region);
    let region = start_at_fact_check(&blocks, &feats, region);
    let region = end_at_thread(&blocks, &feats, region);
    let region = extend_over_numbered_list(&blocks, &cues, region);
    let mut roles: Vec<Role> = (0..blocks.len())
        .map(|i| {
            if i >= region.0 && i < region.1 && cues[i].is_none() {
                Role::Body
            } else {
                Role::Removed(cues[i].unwrap_or(RemovedKind::Other))
            }
        })
        .collect();
    mark_captions_and_related(&blocks, &feats, &mut roles, region);
    mark_repeats(&blocks, &feats, &mut roles);
    let title_index = find_headline(&blocks, &feats, &roles, region);
    if let Some(t) = title_index {
        roles[t] = Role::Title;
        analysis.title = Some(clean_title(&blocks[t].text));
    }
    // The subject is the headline's, or without one the lead paragraph's.
    let subject = title_index
        .or((region.0 < region.1).then_some(region.0))
        .map(|t| subject_words(&blocks[t].text))
        .unwrap_or_default();
    extend_over_schedule(&blocks, &feats, &mut roles, region, &subject);
    let article_start = title_index.map_or(region.0, |t| t.min(region.0));
    mark_metadata(
        &blocks,
        &feats,
        &mut roles,
        article_start,
        region,
        &mut analysis,
    );
    let masthead = mark_masthead(&feats, &mut roles, title_index);
    name_leftovers(&blocks, &feats, &mut roles, region);
    spread_appeals(&feats, &mut roles);
    analysis.site_name = find_site_name(&blocks, &feats, &roles, masthead, &analysis, &lines);
    analysis.blocks = blocks;
    analysis.feats = feats;
    analysis.roles = roles;
    analysis
}

/// With the headline known from the layout, the article starts under it:
/// blocks of the run above it go, unless one of them is a paragraph that
/// ends its sentence (then the "headline" is more likely a subhead set
/// large). Teaser lists above a headline seldom end with a stop.
fn start_under_headline(
    blocks: &[Block],
    feats: &[Features],
    region: (usize, usize),
) -> (usize, usize) {
    let Some(h) = blocks.iter().position(|b| b.headline) else {
        return region;
    };
    if h < region.0 || h >= region.1 {
        return region;
    }
    let paragraph_above = (region.0..h).any(|i| {
        let f = &feats[i];
        f.is_prose() && f.terminal
    });
    if paragraph_above {
        region
    } else {
        (h + 1, region.1)
    }
}

/// Article prose that must come before a comment thread's heading for the
/// heading to end the article (a comment count under the byline does not).
const PROSE_BEFORE_THREAD: usize = 1000;

/// A comment thread's heading ends the article: what follows are comments.
fn end_at_thread(blocks: &[Block], feats: &[Features], region: (usize, usize)) -> (usize, usize) {
    let mut prose = 0;
    for i in region.0..region.1 {
        if prose >= PROSE_BEFORE_THREAD && is_thread_heading(&blocks[i].text) {
            return (region.0, i);
        }
        if feats[i].is_prose() {
            prose += feats[i].chars;
        }
    }
    region
}

/// Labels of a fact check's verdict box: the claim checked, then its rating.
const CLAIM_LABELS: &[&str] = &["claim", "the claim", "claim checked"];
const RATING_LABELS: &[&str] = &["rating", "our rating", "verdict", "our verdict", "ruling"];

fn is_label(text: &str, labels: &[&str]) -> bool {
    let bare = text.trim().trim_end_matches(':').trim_end().to_lowercase();
    labels.contains(&bare.as_str())
}

/// A fact check opens with its verdict box ("Claim" over the claim checked,
/// "Rating" over the verdict) before the prose that explains it: the article
/// starts at the box, which is short lines the prose region leaves out.
fn start_at_fact_check(
    blocks: &[Block],
    feats: &[Features],
    region: (usize, usize),
) -> (usize, usize) {
    let (start, end) = region;
    let from = start.saturating_sub(FACT_CHECK_BOX_BLOCKS);
    let Some(claim) = (from..start).find(|&k| {
        is_label(&blocks[k].text, CLAIM_LABELS) && k + 1 < start && feats[k + 1].terminal
    }) else {
        return region;
    };
    let rated = (claim + 2..start).any(|k| is_label(&blocks[k].text, RATING_LABELS));
    if rated {
        (claim, end)
    } else {
        region
    }
}

/// Most blocks a verdict box spans above the explanation.
const FACT_CHECK_BOX_BLOCKS: usize = 10;

/// An article that ends in a lead-in ("... on Amazon:") goes on in the numbered
/// list it announces ("1) ...", "2) ..."), however short and link-laden its items
/// (a link line may sit under each): the region runs to the last item in sequence
/// and the line right under it.
fn extend_over_numbered_list(
    blocks: &[Block],
    cues: &[Option<RemovedKind>],
    region: (usize, usize),
) -> (usize, usize) {
    let (start, end) = region;
    if end == 0 || end >= blocks.len() || !blocks[end - 1].text.trim_end().ends_with(':') {
        return region;
    }
    let Some(first) = list_number(&blocks[end].text) else {
        return region;
    };
    let mut items = 1;
    let mut expected = glued_items(&blocks[end].text, first + 1, &mut items);
    let mut last_item = end;
    let mut k = end + 1;
    while k < blocks.len() && k - last_item <= LIST_ITEM_GAP && cues[k].is_none() {
        if list_number(&blocks[k].text) == Some(expected) {
            items += 1;
            expected = glued_items(&blocks[k].text, expected + 1, &mut items);
            last_item = k;
        }
        k += 1;
    }
    if items < 3 {
        return region;
    }
    let under_last = last_item + 1;
    let tail = under_last < blocks.len()
        && cues[under_last].is_none()
        && list_number(&blocks[under_last].text).is_none()
        && blocks[under_last].text.split_whitespace().count() <= 2;
    (start, if tail { under_last + 1 } else { last_item + 1 })
}

/// Counts the items reflowed into one block ("5) ... 6) ... 7) ...") from
/// `next` on; returns the number the next item should carry.
fn glued_items(text: &str, mut next: u32, items: &mut usize) -> u32 {
    // Each step scans the block: a bound keeps a page-long block cheap.
    let last = next + MAX_GLUED_ITEMS;
    while next < last
        && (text.contains(&format!(" {next}) ")) || text.contains(&format!(" {next}. ")))
    {
        next += 1;
        *items += 1;
    }
    next
}

/// The headline's words that can name a subject (not short function words).
fn subject_words(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !crate::features::is_stop_word(w))
        .collect()
}

/// An article about a tour or a season often ends in its schedule: a heading
/// that names the headline's subject ("The Doobie Brothers Tour Dates") over
/// a run of dated lines ("June 9 – West Palm Beach, FL @ ..."). The region
/// found by prose ends before it; the schedule is still the article's.
fn extend_over_schedule(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    region: (usize, usize),
    title_words: &[String],
) {
    let heading = region.1;
    let uncued = |role: &Role| {
        matches!(
            role,
            Role::Removed(RemovedKind::Other | RemovedKind::RelatedLinks)
        )
    };
    if heading >= blocks.len()
        || roles[heading] != Role::Removed(RemovedKind::Other)
        || !(2..=10).contains(&feats[heading].words)
        || feats[heading].terminal
    {
        return;
    }
    let heading_words = subject_words(&blocks[heading].text);
    let shared = title_words
        .iter()
        .filter(|w| heading_words.contains(w))
        .count();
    if shared < 2 {
        return;
    }
    // "June 9 – ...", "9 June ...", "Sat, June 9 ...": a month in the first two
    // words (a ranked list of links, "1. ...", is no schedule).
    let dated = |text: &str| {
        text.split_whitespace()
            .take(2)
            .any(|w| month_of(w).is_some())
    };
    let run = (heading + 1..blocks.len())
        .take_while(|&k| uncued(&roles[k]) && !feats[k].is_prose() && dated(&blocks[k].text))
        .count();
    if run >= SCHEDULE_MIN_ITEMS {
        for role in &mut roles[heading..=heading + run] {
            *role = Role::Body;
        }
    }
}

/// Fewest dated lines under a heading for them to be a schedule.
const SCHEDULE_MIN_ITEMS: usize = 5;

/// Most list items counted inside one block.
const MAX_GLUED_ITEMS: u32 = 100;

/// Most blocks from one numbered item to the next (a link or a price between).
const LIST_ITEM_GAP: usize = 3;

/// The number opening a list item: "1) ...", "12. ...".
fn list_number(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &t[digits..];
    (rest.starts_with(") ") || rest.starts_with(". ")).then(|| t[..digits].parse().ok())?
}

/// What a block is in a table dumped as text (one cell or one row a block).
#[derive(Debug, Clone, Copy, PartialEq)]
enum TableCell {
    None,
    /// Mostly numbers: a row of figures or a figure cell.
    Data,
    /// A short header or name cell between them.
    Label,
}

/// What each word of a table's figures counts for: enough to carry a
/// results table that follows the text into the article, too little to
/// outweigh an article's prose.
const TABLE_DATA_WEIGHT: f64 = 0.125;

/// Fewest figure blocks that make a table.
const TABLE_MIN_DATA: usize = 4;

/// Tables read as text: runs of short cells and figure rows in which a
/// third or more of the blocks are mostly numbers (standings, results,
/// statistics). Menus have few figures; a calendar or a pager counts
/// 1, 2, 3 and is left alone.
fn table_zones(
    blocks: &[Block],
    feats: &[Features],
    cues: &[Option<RemovedKind>],
    stamps: &[bool],
) -> Vec<TableCell> {
    let n = blocks.len();
    let kind = |i: usize| {
        let f = &feats[i];
        if cues[i].is_some() || stamps[i] || blocks[i].bullet || f.words == 0 {
            return TableCell::None;
        }
        // A row of figures, or a results line ("Viera (4-0): K. Hupfer 1 goal.").
        let figures = f.letterless_words * 2 >= f.words
            || (f.letterless_words * 4 >= f.words && f.words <= 60);
        if figures {
            TableCell::Data
        } else if f.words <= 6 && !f.is_prose() {
            TableCell::Label
        } else {
            TableCell::None
        }
    };
    let kinds: Vec<TableCell> = (0..n).map(kind).collect();
    let mut out = vec![TableCell::None; n];
    let mut i = 0;
    while i < n {
        if kinds[i] == TableCell::None {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && kinds[i] != TableCell::None {
            i += 1;
        }
        let data: Vec<usize> = (start..i)
            .filter(|&k| kinds[k] == TableCell::Data)
            .collect();
        if data.len() >= TABLE_MIN_DATA
            && data.len() * 3 >= i - start
            && !counts_up(data.iter().map(|&k| blocks[k].text.as_str()))
        {
            out[start..i].copy_from_slice(&kinds[start..i]);
        }
    }
    out
}

/// Most figure cells are lone integers, each one more than the last: page
/// links or a calendar, not a table.
fn counts_up<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    let numbers: Vec<Option<u64>> = cells.map(|c| c.trim().parse::<u64>().ok()).collect();
    let steps = numbers
        .windows(2)
        .filter(|w| matches!(w, [Some(a), Some(b)] if *b == a + 1))
        .count();
    steps * 5 >= numbers.len() * 3
}

/// Lone paragraphs shorter than this are discounted; a listicle's long ones are not.
const LONE_PROSE_CHARS: usize = 300;

/// What a paragraph with no prose neighbour counts for.
const LONE_PROSE_WEIGHT: f64 = 0.25;

/// Blocks lower-cased on first use, once: the cue rules read most short
/// blocks but long prose only now and then.
struct Lowered<'a> {
    texts: Vec<&'a str>,
    lowered: Vec<OnceCell<String>>,
}

impl<'a> Lowered<'a> {
    fn new(texts: impl Iterator<Item = &'a str>) -> Lowered<'a> {
        let texts: Vec<&str> = texts.collect();
        let lowered = vec![OnceCell::new(); texts.len()];
        Lowered { texts, lowered }
    }

    fn get(&self, i: usize) -> &str {
        self.lowered[i].get_or_init(|| lower_case(self.texts[i]))
    }

    fn len(&self) -> usize {
        self.texts.len()
    }
}

/// Most prose paragraphs in a page's closing small print; an article that
/// runs straight into its copyright line has more.
const LEGAL_FOOTER_MAX_PROSE: usize = 8;

/// A page's closing small print (disclaimers, trademark notices, the
/// copyright line) reads as prose and can outweigh a short or list-like
/// article. It runs from just after the last boilerplate block before the
/// copyright line to the end, holds at least two legal notices, and has no
/// prose after the copyright line but more legal notices.
fn mark_legal_footer(lower: &Lowered, feats: &[Features], cues: &mut [Option<RemovedKind>]) {
    let Some(copyright) = (0..lower.len()).rev().find(|&i| is_copyright(lower.get(i))) else {
        return;
    };
    let trailing_prose = (copyright + 1..lower.len())
        .any(|i| cues[i].is_none() && feats[i].is_prose() && !is_legal(lower.get(i)));
    if trailing_prose {
        return;
    }
    mark_small_print_before(copyright, lower, feats, cues);
    let Some(last_cue) = (0..copyright).rev().find(|&i| cues[i].is_some()) else {
        return;
    };
    let zone = last_cue + 1..lower.len();
    let uncued = || zone.clone().filter(|&i| cues[i].is_none());
    let legal = uncued().filter(|&i| is_legal(lower.get(i))).count();
    let prose = uncued().filter(|&i| feats[i].is_prose()).count();
    if legal < 2 || prose > LEGAL_FOOTER_MAX_PROSE {
        return;
    }
    for i in zone {
        cues[i].get_or_insert(RemovedKind::Footer);
    }
}

/// Market-data disclaimers and licence notices set as prose just above a
/// page's footer links: walking back from the copyright line over cued
/// blocks and link lines, each block dense with legal notices is small print,
/// and once there is some, the link lines walked over are footer too.
fn mark_small_print_before(
    copyright: usize,
    lower: &Lowered,
    feats: &[Features],
    cues: &mut [Option<RemovedKind>],
) {
    let mut top = copyright;
    for i in (0..copyright).rev() {
        if !is_dense_legal(lower.get(i)) && cues[i].is_none() && !is_link_line(&feats[i]) {
            break;
        }
        top = i;
    }
    // A rights line right under the article's last paragraph is the article's own.
    if top > 0 && top < copyright && cues[top].is_none() && is_dense_legal(lower.get(top)) {
        top += 1;
    }
    if (top..copyright).any(|i| is_dense_legal(lower.get(i))) {
        for cue in &mut cues[top..copyright] {
            cue.get_or_insert(RemovedKind::Footer);
        }
    }
}

/// A line of footer links or menu entries: no sentence, and either short or
/// mostly capitalised words ("Terms of Use Privacy Policy About Us ...").
fn is_link_line(f: &Features) -> bool {
    !f.is_prose() && (f.words <= LINK_LINE_MAX_WORDS || (f.lower_ratio() < 0.3 && !f.terminal))
}

/// Longest line of footer links ("Modern Slavery Act Statement CNN Newsource").
const LINK_LINE_MAX_WORDS: usize = 8;

/// Most blocks between two time stamps of a listing.
const LISTING_SPACING: usize = 12;

/// Comment threads and teaser lists: three or more time stamps, each within a
/// few blocks of the next. An article has its dateline once, at the top. The
/// zone runs from just before the first stamp to one spacing past the last.
fn mark_listings(is_stamp: &[bool], feats: &[Features], cues: &mut [Option<RemovedKind>]) {
    let stamps: Vec<usize> = (0..is_stamp.len()).filter(|&i| is_stamp[i]).collect();
    let mut k = 0;
    while k < stamps.len() {
        let mut end = k;
        while end + 1 < stamps.len() && stamps[end + 1] - stamps[end] <= LISTING_SPACING {
            end += 1;
        }
        if end - k >= 2 {
            let spacing = (stamps[end] - stamps[k]) / (end - k);
            let from = stamps[k].saturating_sub(spacing.min(3));
            let to = (stamps[end] + spacing).min(is_stamp.len());
            // Comment threads stamp each entry with a clock time; teaser lists a date.
            let comments = stamps[k..=end]
                .iter()
                .filter(|&&i| feats[i].letterless_words > 1)
                .count()
                * 2
                > end - k;
            let kind = if comments {
                RemovedKind::Comments
            } else {
                RemovedKind::RelatedLinks
            };
            // An article listed among one-line neighbours (its own title,
            // byline and stamp in the same pattern) is the zone's only run of
            // several prose paragraphs: it keeps its weight.
            let runs = prose_runs(feats, from, to);
            let keep = match runs.as_slice() {
                [only] => Some(only.clone()),
                _ => None,
            };
            for (i, cue) in cues.iter_mut().enumerate().take(to).skip(from) {
                if cue.is_none() && !keep.as_ref().is_some_and(|r| r.contains(&i)) {
                    *cue = Some(kind);
                }
            }
        }
        k = end + 1;
    }
}

/// Runs of two or more consecutive prose blocks with 350+ characters in all.
fn prose_runs(feats: &[Features], from: usize, to: usize) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut i = from;
    while i < to {
        if !feats[i].is_prose() {
            i += 1;
            continue;
        }
        let start = i;
        let mut chars = 0;
        while i < to && feats[i].is_prose() {
            chars += feats[i].chars;
            i += 1;
        }
        if i - start >= 2 && chars >= 350 {
            runs.push(start..i);
        }
    }
    runs
}

/// Most blocks an appeal spreads over on either side of its seed.
const MAX_APPEAL_SPREAD: usize = 10;

/// An appeal to the reader runs over several blocks, not all of which name
/// money or sign-ups: neighbours of a long appeal that also speak to the
/// reader (we/our/you outside quotations), and short lines between them,
/// belong to it.
fn extend_appeals(feats: &[Features], cues: &mut [Option<RemovedKind>]) {
    let n = cues.len();
    let seeds: Vec<(usize, RemovedKind)> = (0..n)
        .filter_map(|i| match cues[i] {
            Some(kind) if spreads_to_neighbours(kind) && feats[i].words > 12 => Some((i, kind)),
            _ => None,
        })
        .collect();
    let is_short = |f: &Features| f.words <= 8 && !f.is_prose();
    let speaks_to_reader = |f: &Features| f.words > 8 && f.person_ratio() >= 0.05;
    // At most two short lines in a row: a greeting or a "Remind me later.", not a footer menu.
    // The blocks of the appeal on one side of the seed, or None when the run
    // goes on too long to be an appeal (an article written to "you").
    let walk = |cues: &[Option<RemovedKind>], order: &mut dyn Iterator<Item = usize>| {
        let mut shorts = 0;
        let mut taken = Vec::new();
        for i in order {
            if cues[i].is_some() {
                break;
            }
            if speaks_to_reader(&feats[i]) {
                shorts = 0;
            } else if is_short(&feats[i]) && shorts < 2 {
                shorts += 1;
            } else {
                break;
            }
            taken.push(i);
            if taken.len() > MAX_APPEAL_SPREAD {
                return None;
            }
        }
        Some(taken)
    };
    for (seed, kind) in seeds {
        let before = walk(cues, &mut (0..seed).rev());
        let after = walk(cues, &mut (seed + 1..n));
        match (before, after) {
            (Some(before), Some(after)) => {
                for i in before.into_iter().chain(after) {
                    cues[i] = Some(kind);
                }
            }
            // The seed is one of the article's own paragraphs.
            _ => cues[seed] = None,
        }
    }
}

fn prepare(lines: &[Line]) -> Vec<PreparedLine> {
    lines
        .iter()
        .map(|l| {
            let cleaned = clean_line(&l.text);
            let indent = indent_of(&cleaned);
            let (bullet, text) = strip_bullet(cleaned.trim_start());
            PreparedLine {
                text: text.to_string(),
                indent,
                bullet,
                page: l.page,
                font_size: l.font_size,
                y: l.y,
                bold: l.bold,
                headline: l.headline,
                skip: false,
            }
        })
        .collect()
}

fn mark_captions_and_related(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    region: (usize, usize),
) {
    let from = region.0.saturating_sub(NEAR);
    let to = (region.1 + 2).min(blocks.len());
    mark_related_boxes(blocks, feats, roles, region);
    for i in from..to {
        let inside = i >= region.0 && i < region.1;
        let movable = matches!(roles[i], Role::Body)
            || matches!(
                roles[i],
                Role::Removed(RemovedKind::Other | RemovedKind::RelatedLinks)
            );
        if !movable || (!inside && feats[i].is_prose()) {
            continue;
        }
        if let Some(text) = related_text(&blocks[i].text) {
            roles[i] = Role::Related(text);
        } else if let Some(credit) = credit_line(&blocks[i].text).filter(|_| !blocks[i].bullet) {
            attach_credit(blocks, feats, roles, i, credit);
        } else if !feats[i].is_prose() || inside {
            if let Some((text, credit)) = caption_parts(&blocks[i].text, &feats[i]) {
                roles[i] = Role::Caption { text, credit };
            }
        }
    }
}

/// Headlines under a bare "Related" label inside the article are pointers,
/// not text: up to a few headline-like lines, ending at the first sentence.
fn mark_related_boxes(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    region: (usize, usize),
) {
    let heads_box = |i: usize, roles: &[Role]| {
        is_related_label(&blocks[i].text)
            || (roles[i] == Role::Removed(RemovedKind::RelatedLinks)
                && feats[i].words <= RELATED_HEADING_WORDS)
    };
    let mut i = region.0;
    while i < region.1.min(blocks.len()) {
        if !heads_box(i, roles) {
            i += 1;
            continue;
        }
        let mut k = i + 1;
        while k < region.1 && k <= i + RELATED_BOX_TITLES {
            let f = &feats[k];
            let headline_like =
                f.words >= 3 && f.words <= 30 && !f.terminal && !blocks[k].text.ends_with(':');
            let numbered = list_number(&blocks[k].text).is_some();
            if !matches!(roles[k], Role::Body) || !headline_like || numbered || f.is_prose() {
                break;
            }
            roles[k] = Role::Related(blocks[k].text.trim().to_string());
            k += 1;
        }
        // "Most Read" over "1. ...", "2. ...": a ranked list of links, each a
        // headline and a line of teaser, not an article's numbered advice.
        let mut expected = 1;
        while k < region.1
            && matches!(roles[k], Role::Body)
            && list_number(&blocks[k].text) == Some(expected)
        {
            let mut items = 1;
            let next = glued_items(&blocks[k].text, expected + 1, &mut items);
            if feats[k].words > items * RANKED_ITEM_WORDS {
                break;
            }
            expected = next;
            roles[k] = Role::Removed(RemovedKind::RelatedLinks);
            k += 1;
        }
        i = k.max(i + 1);
    }
    // A teaser card prints its headline twice (image link, text link).
    let bare = |t: &str| t.trim().trim_end_matches(['.', '…']).trim_end().to_string();
    for i in region.0..region.1.min(blocks.len()).saturating_sub(1) {
        let f = &feats[i];
        let headline_like = f.words >= 6 && f.words <= 25 && !f.is_prose();
        if headline_like
            && matches!(roles[i], Role::Body)
            && matches!(roles[i + 1], Role::Body)
            && bare(&blocks[i].text) == bare(&blocks[i + 1].text)
        {
            roles[i] = Role::Related(blocks[i].text.trim().to_string());
            roles[i + 1] = Role::Absorbed;
        }
    }
}

/// Most words of one item in a ranked list of links (headline and teaser).
const RANKED_ITEM_WORDS: usize = 35;

/// Longest related-links cue that heads a box ("More From Dawgs By Nature").
const RELATED_HEADING_WORDS: usize = 6;

/// Most headlines a related box lists under its label.
const RELATED_BOX_TITLES: usize = 4;

/// Fewest words for a repeated block to be judged by its repetition.
const REPEAT_MIN_WORDS: usize = 8;
/// The same for a block that is not a sentence.
const REPEAT_MIN_LINE_WORDS: usize = 12;

/// An article says each paragraph once. A paragraph said twice keeps its
/// first telling (the second is a pull quote or a summary's echo); a block
/// met three times or more is a template (a gallery caption, a widget) and
/// every copy goes. Questions and list items are exempt: interviews repeat
/// their questions for each guest, product lists their features.
fn mark_repeats(blocks: &[Block], feats: &[Features], roles: &mut [Role]) {
    use crate::features::{FnvMap, FnvSet};
    // A 64-bit FNV-1a hash of the words, lower-cased: a copy of every block would
    // cost more than the rest of this pass.
    let key = |t: &str| -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |b: u8| {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        };
        for (n, word) in t.split_whitespace().enumerate() {
            if n > 0 {
                eat(b' ');
            }
            if word.is_ascii() {
                word.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
            } else {
                let mut buf = [0u8; 4];
                for c in word.chars().flat_map(char::to_lowercase) {
                    c.encode_utf8(&mut buf).bytes().for_each(&mut eat);
                }
            }
        }
        h
    };
    let keys: Vec<Option<u64>> = (0..blocks.len())
        .map(|i| {
            let t = blocks[i].text.trim_end();
            // Short list lines repeat in product lists and tables.
            let min_words = if feats[i].is_prose() {
                REPEAT_MIN_WORDS
            } else {
                REPEAT_MIN_LINE_WORDS
            };
            let judged =
                feats[i].words >= min_words && !blocks[i].bullet && !t.ends_with(['?', '？']);
            judged.then(|| key(t))
        })
        .collect();
    let mut count: FnvMap<u64, usize> = FnvMap::default();
    for k in keys.iter().flatten() {
        *count.entry(*k).or_default() += 1;
    }
    let mut kept: FnvSet<u64> = FnvSet::default();
    for (i, k) in keys.iter().enumerate() {
        let Some(k) = *k else { continue };
        if roles[i] != Role::Body || count[&k] < 2 {
            continue;
        }
        // A paragraph's first telling is kept; a template's copies all go.
        if count[&k] >= 3 || !kept.insert(k) {
            roles[i] = Role::Removed(RemovedKind::Other);
        }
    }
}

/// Longest block taken as the caption of a credit line under it.
const CREDITED_CAPTION_WORDS: usize = 45;

/// A credit on a line of its own belongs to the caption just above it (or,
/// with none there, stands for a photo without a caption).
fn attach_credit(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    i: usize,
    credit: String,
) {
    if i > 0 {
        let prev = i - 1;
        if let Role::Caption {
            credit: c @ None, ..
        } = &mut roles[prev]
        {
            *c = Some(credit);
            roles[i] = Role::Absorbed;
            return;
        }
        let movable = matches!(
            roles[prev],
            Role::Body | Role::Removed(RemovedKind::Other | RemovedKind::RelatedLinks)
        );
        if movable && feats[prev].words <= CREDITED_CAPTION_WORDS && feats[prev].words > 0 {
            roles[prev] = Role::Caption {
                text: blocks[prev].text.clone(),
                credit: Some(credit),
            };
            roles[i] = Role::Absorbed;
            return;
        }
    }
    roles[i] = Role::Caption {
        text: String::new(),
        credit: Some(credit),
    };
}

fn mark_metadata(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    article_start: usize,
    region: (usize, usize),
    analysis: &mut Analysis,
) {
    let from = article_start.saturating_sub(2);
    let to = (region.0 + 3).min(region.1.max(region.0));
    let mut i = from;
    while i < to.min(blocks.len()) {
        if matches!(
            roles[i],
            Role::Title | Role::Caption { .. } | Role::Related(_)
        ) || feats[i].is_prose()
        {
            i += 1;
            continue;
        }
        let text = &blocks[i].text;
        if analysis.authors.is_empty() {
            if let Some(authors) = byline_authors(text) {
                analysis.authors = authors;
                roles[i] = Role::Removed(RemovedKind::Metadata);
                i += 1;
                continue;
            }
            if is_bare_by(text) && i + 1 < blocks.len() {
                let names = split_names(&blocks[i + 1].text);
                if !names.is_empty() && feats[i + 1].words <= 8 {
                    analysis.authors = names;
                    roles[i] = Role::Removed(RemovedKind::Metadata);
                    roles[i + 1] = Role::Removed(RemovedKind::Metadata);
                    i += 2;
                    continue;
                }
            }
        }
        if analysis.published.is_none() {
            if let Some(date) = dateline(text) {
                analysis.published = Some(date);
                roles[i] = Role::Removed(RemovedKind::Metadata);
            }
        }
        i += 1;
    }
}

/// A short name line at the very top, and a slogan right under it, above a
/// headline that comes early.
fn mark_masthead(feats: &[Features], roles: &mut [Role], title: Option<usize>) -> Option<usize> {
    let t = title?;
    if t == 0 || t > 4 {
        return None;
    }
    let first =
        (0..t).find(|&i| matches!(roles[i], Role::Removed(RemovedKind::Other) | Role::Body))?;
    if feats[first].words > 6 || feats[first].is_prose() {
        return None;
    }
    roles[first] = Role::Removed(RemovedKind::Masthead);
    let next = first + 1;
    if next < t
        && matches!(roles[next], Role::Removed(RemovedKind::Other) | Role::Body)
        && feats[next].words <= 10
        && !feats[next].is_prose()
    {
        roles[next] = Role::Removed(RemovedKind::Tagline);
    }
    Some(first)
}

/// Gives removed blocks without a cue a kind from where they sit.
fn name_leftovers(
    blocks: &[Block],
    feats: &[Features],
    roles: &mut [Role],
    region: (usize, usize),
) {
    for i in 0..blocks.len() {
        if roles[i] != Role::Removed(RemovedKind::Other) || feats[i].is_prose() {
            continue;
        }
        let short = feats[i].words <= 4 || blocks[i].bullet;
        if i < region.0 && short {
            roles[i] = Role::Removed(RemovedKind::Navigation);
        } else if i >= region.1 && is_title_like(&blocks[i].text, &feats[i]) && feats[i].words >= 4
        {
            roles[i] = Role::Removed(RemovedKind::RelatedLinks);
        } else if i >= region.1 && short {
            roles[i] = Role::Removed(RemovedKind::Footer);
        }
    }
}

/// Short lines next to an appeal ("Dear readers,", "Remind me later.") are part of it.
fn spread_appeals(feats: &[Features], roles: &mut [Role]) {
    let n = roles.len();
    for pass in 0..2 {
        let order: Vec<usize> = if pass == 0 {
            (0..n).collect()
        } else {
            (0..n).rev().collect()
        };
        let mut carry: Option<RemovedKind> = None;
        let mut steps = 0;
        for i in order {
            match roles[i] {
                Role::Removed(kind) if spreads_to_neighbours(kind) => {
                    carry = Some(kind);
                    steps = 0;
                }
                Role::Removed(
                    RemovedKind::Other
                    | RemovedKind::Footer
                    | RemovedKind::Navigation
                    | RemovedKind::RelatedLinks,
                ) if feats[i].words <= 8 && steps < 2 => {
                    if let Some(kind) = carry {
                        roles[i] = Role::Removed(kind);
                        steps += 1;
                    }
                }
                _ => carry = None,
            }
        }
    }
}

fn find_site_name(
    blocks: &[Block],
    feats: &[Features],
    roles: &[Role],
    masthead: Option<usize>,
    analysis: &Analysis,
    lines: &[Line],
) -> Option<String> {
    let name = masthead
        .and_then(|m| site::from_masthead(&blocks[m].text))
        .or_else(|| {
            let title = analysis.title.as_deref()?;
            analysis
                .furniture
                .iter()
                .find_map(|(_, _, text)| site::from_print_header(text, title))
        })
        .or_else(|| {
            site::from_repeated_names(
                (0..blocks.len())
                    .filter(|&i| {
                        matches!(roles[i], Role::Removed(_))
                            && feats[i].words >= 4
                            && feats[i].lower_ratio() >= 0.3
                    })
                    .map(|i| blocks[i].text.as_str()),
            )
        })
        .or_else(|| {
            (0..blocks.len())
                .rev()
                .filter(|&i| matches!(roles[i], Role::Removed(RemovedKind::Footer)))
                .find_map(|i| site::from_copyright(&blocks[i].text))
        })?;
    // Prefer the fuller form if the input writes it anywhere.
    if name.starts_with("The ") {
        return Some(name);
    }
    let fuller = format!("The {name}");
    if lines.iter().any(|l| l.text.contains(&fuller)) {
        Some(fuller)
    } else {
        Some(name)
    }
}

impl Analysis {
    /// Writes the analysis into `rec`.
    pub fn fill(self, rec: &mut Record) {
        let mut removed: Vec<(usize, Removed)> = self
            .furniture
            .into_iter()
            .map(|(line, kind, text)| (line, Removed { kind, text }))
            .collect();
        let mut paragraphs = Vec::new();
        let body_indices: Vec<usize> = (0..self.blocks.len())
            .filter(|&i| self.roles[i] == Role::Body)
            .collect();
        for (k, &i) in body_indices.iter().enumerate() {
            let block = &self.blocks[i];
            let text = repair_quotes(&block.text);
            let f = &self.feats[i];
            let next_is_prose = body_indices
                .get(k + 1)
                .is_some_and(|&j| self.feats[j].is_prose());
            let kind = if block.bullet {
                ParagraphKind::ListItem
            } else if next_is_prose && !f.is_prose() && is_title_like(&text, f) && f.words <= 15 {
                ParagraphKind::Heading
            } else {
                ParagraphKind::Paragraph
            };
            let mut p = Paragraph::new(kind, text);
            if kind == ParagraphKind::Heading {
                p.level = Some(2);
            }
            paragraphs.push(p);
        }
        for (block, role) in self.blocks.into_iter().zip(self.roles) {
            match role {
                Role::Body | Role::Title | Role::Absorbed => {}
                Role::Caption { text, credit } => rec.captions.push(Caption {
                    text: repair_quotes(&text),
                    credit,
                    image: None,
                }),
                Role::Related(text) => rec.related.push(Related { text, url: None }),
                Role::Removed(kind) => removed.push((
                    block.first_line,
                    Removed {
                        kind,
                        text: block.text,
                    },
                )),
            }
        }
        removed.sort_by_key(|(line, _)| *line);
        rec.removed = removed.into_iter().map(|(_, r)| r).collect();
        rec.set_paragraphs(paragraphs);
        if rec.title.is_none() {
            rec.title = self.title;
        }
        if rec.site_name.is_none() {
            rec.site_name = self.site_name;
        }
        if rec.authors.is_empty() {
            rec.authors = self.authors;
        }
        if rec.published.is_none() {
            rec.published = self.published;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(texts: &[&str]) -> Vec<TableCell> {
        let (blocks, feats) = crate::plain_blocks(texts);
        let n = texts.len();
        table_zones(&blocks, &feats, &vec![None; n], &vec![false; n])
    }

    #[test]
    fn a_results_table_read_cell_by_cell_is_a_table() {
        let got = zones(&[
            "Pos.",
            "Driver",
            "1",
            "Kyle Busch",
            "5040",
            "2",
            "Martin Truex Jr.",
            "5035",
            "3",
            "Kevin Harvick",
            "5033",
        ]);
        assert_eq!(got[0], TableCell::Label);
        assert_eq!(got[4], TableCell::Data);
        assert!(got.iter().all(|&c| c != TableCell::None));
    }

    #[test]
    fn menus_and_pagers_are_not_tables() {
        let menu = zones(&["Home", "World", "Politics", "Business", "Sport", "Weather"]);
        assert!(menu.iter().all(|&c| c == TableCell::None));
        let pager = zones(&["Previous", "1", "2", "3", "4", "5", "6", "Next"]);
        assert!(pager.iter().all(|&c| c == TableCell::None));
    }

    #[test]
    fn the_article_starts_under_a_known_headline() {
        let texts = [
            "Colin Kaepernick: We are waiting for owners to stop running (185) Myles Garrett should expect a suspension (148)",
            "The Headline",
            "The coach said after the game that the team had needed to win it, and that they had not.",
        ];
        let (mut blocks, feats) = crate::plain_blocks(&texts);
        blocks[1].headline = true;
        assert_eq!(start_under_headline(&blocks, &feats, (0, 3)), (2, 3));
        // A finished paragraph above it: the marked line is a subhead.
        blocks[0].text = texts[2].to_string();
        let feats: Vec<Features> = blocks.iter().map(|b| Features::of(&b.text)).collect();
        assert_eq!(start_under_headline(&blocks, &feats, (0, 3)), (0, 3));
    }

    fn legal_footer_cues(texts: &[&str]) -> Vec<Option<RemovedKind>> {
        let (_, feats) = crate::plain_blocks(texts);
        let lower = Lowered::new(texts.iter().copied());
        let mut cues: Vec<Option<RemovedKind>> = (0..texts.len())
            .map(|i| cue_kind(|| lower.get(i), &feats[i]))
            .collect();
        mark_legal_footer(&lower, &feats, &mut cues);
        cues
    }

    const DISCLAIMER: &str = "The contents of this website are for informational purposes only and are not intended to replace the advice of a professional.";
    const TRADEMARKS: &str = "Apple logo and App Store are trademarks of Apple Inc., registered in the United States and other countries.";
    const COPYRIGHT: &str = "© 2019 Example, LLC. All rights reserved. Example is the owner of its trademarks and designs.";
    const PARAGRAPH: &str = "The minister said on Wednesday that the talks would resume next week, officials told reporters in the capital.";

    #[test]
    fn a_pages_closing_small_print_is_footer() {
        let cues = legal_footer_cues(&[
            PARAGRAPH,
            "Join our newsletter",
            DISCLAIMER,
            COPYRIGHT,
            TRADEMARKS,
        ]);
        assert_eq!(cues[0], None);
        assert!(cues[2..].iter().all(|c| *c == Some(RemovedKind::Footer)));
    }

    #[test]
    fn an_article_that_ends_in_its_copyright_line_stays() {
        // No boilerplate before it: nothing marks where small print starts.
        let cues = legal_footer_cues(&[PARAGRAPH, DISCLAIMER, COPYRIGHT]);
        assert_eq!(cues[0], None);
        assert_eq!(cues[1], None);
        // One legal notice alone is a copyright line, not a legal section.
        let cues = legal_footer_cues(&[PARAGRAPH, "Join our newsletter", PARAGRAPH, COPYRIGHT]);
        assert_eq!(cues[2], None);
        // Prose after the copyright line: the line sits inside the page.
        let cues = legal_footer_cues(&["Join our newsletter", DISCLAIMER, COPYRIGHT, PARAGRAPH]);
        assert_eq!(cues[1], None);
    }

    #[test]
    fn legal_prose_above_the_footer_links_is_footer() {
        let market = "Market data is delayed. Copyright 2018 Morningstar, Inc. All Rights Reserved. Dow Jones is a registered trademark of Dow Jones Trademark Holdings LLC.";
        let cues = legal_footer_cues(&[
            PARAGRAPH,
            "Features",
            market,
            "Terms of Use",
            "Modern Slavery Act Statement CNN Newsource",
            COPYRIGHT,
        ]);
        assert_eq!(cues[0], None);
        assert_eq!(cues[2], Some(RemovedKind::Footer));
        // An article that mentions copyright once is not small print.
        let story = "The court ruled that the copyright claim over the song failed, lawyers for both sides said on Friday.";
        let cues = legal_footer_cues(&[story, "Terms of Use", COPYRIGHT]);
        assert_eq!(cues[0], None);
    }

    #[test]
    fn menus_around_small_print_go_and_an_articles_own_rights_line_stays() {
        let market = "Most stock quote data provided by BATS. Copyright 2018 Morningstar, Inc. All Rights Reserved.";
        let cues = legal_footer_cues(&[
            PARAGRAPH,
            "World",
            "US Politics",
            market,
            "Terms of Use Privacy Policy Accessibility & CC AdChoices About Us Modern Slavery Act Statement",
            COPYRIGHT,
        ]);
        assert_eq!(cues[0], None);
        assert!(cues[1..5].iter().all(|c| *c == Some(RemovedKind::Footer)));
        let wire = "© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.";
        let cues = legal_footer_cues(&[PARAGRAPH, wire, "Privacy Policy", COPYRIGHT]);
        assert_eq!(cues[1], None);
    }

    #[test]
    fn a_lead_in_carries_the_region_over_its_numbered_list() {
        let texts = [
            "The offers nobody should miss this week, for those who grew up in the eighties:",
            "1) A Lego set",
            "http://amzn.to/a",
            "2) A racing track",
            "http://amzn.to/b",
            "3) A film box set",
            "http://amzn.to/c",
            "Newsletter",
        ];
        let (blocks, _) = crate::plain_blocks(&texts);
        let cues = vec![None; texts.len()];
        assert_eq!(extend_over_numbered_list(&blocks, &cues, (0, 1)), (0, 7));
        // No lead-in, or numbers out of sequence: the region stays.
        let (mut blocks, _) = crate::plain_blocks(&texts);
        blocks[0].text = "The offers nobody should miss this week.".to_string();
        assert_eq!(extend_over_numbered_list(&blocks, &cues, (0, 1)), (0, 1));
        let (mut blocks, _) = crate::plain_blocks(&texts);
        blocks[3].text = "7) Something else".to_string();
        assert_eq!(extend_over_numbered_list(&blocks, &cues, (0, 1)), (0, 1));
        // Items reflowed into one block count one by one: 1) 2) glued, then 3).
        let glued = [
            texts[0],
            "1) A Lego set http://amzn.to/a 2) A racing track",
            "http://amzn.to/b",
            "3) A film box set",
            "Newsletter",
        ];
        let (blocks, _) = crate::plain_blocks(&glued);
        let cues = vec![None; glued.len()];
        assert_eq!(extend_over_numbered_list(&blocks, &cues, (0, 1)), (0, 5));
    }

    #[test]
    fn a_fact_check_starts_at_its_verdict_box() {
        let texts = [
            "Did the Council Ban Bicycles?",
            "Claim",
            "The city council banned bicycles from the old town this month.",
            "Rating",
            "False",
            "About this rating",
            "Origin",
            "On Nov. 15 the council voted on a plan for the old town, which some posts described as a ban on bicycles across the district.",
            "The plan, in fact, widens two cycle lanes and closes one street to cars on Sundays, the council's minutes show.",
        ];
        let (blocks, feats) = crate::plain_blocks(&texts);
        assert_eq!(start_at_fact_check(&blocks, &feats, (7, 9)), (1, 9));
        // A "Claim" heading without a rating is a subhead like any other.
        let (mut blocks, feats) = crate::plain_blocks(&texts);
        blocks[3].text = "Reaction".to_string();
        assert_eq!(start_at_fact_check(&blocks, &feats, (7, 9)), (7, 9));
    }

    #[test]
    fn a_schedule_under_the_subject_stays_with_the_article() {
        let mut texts = vec![
            "The band's current tour continues in Greenville before a break, the promoter said.",
            "The Harbour Singers Tour Dates",
        ];
        let dates = [
            "June 9 – West Palm Beach, FL @ Coral Sky",
            "June 10 – Tampa, FL @ Amphitheatre",
            "June 14 – Alpharetta, GA @ Bank Amphitheatre",
            "July 2 – Uncasville, CT @ Arena",
            "July 3 – Mansfield, MA @ Centre",
        ];
        texts.extend(dates);
        texts.push("Most Popular");
        let (blocks, feats) = crate::plain_blocks(&texts);
        let title = subject_words("The Harbour Singers Reunite for a 50th Anniversary Tour");
        let fresh = || {
            let mut roles = vec![Role::Removed(RemovedKind::Other); texts.len()];
            roles[0] = Role::Body;
            roles
        };
        let mut roles = fresh();
        extend_over_schedule(&blocks, &feats, &mut roles, (0, 1), &title);
        assert!(roles[..7].iter().all(|r| *r == Role::Body));
        assert_ne!(roles[7], Role::Body);
        // A heading about something else, or too few dates: nothing moves.
        let other = subject_words("Council Approves the New City Budget");
        let mut roles = fresh();
        extend_over_schedule(&blocks, &feats, &mut roles, (0, 1), &other);
        assert!(roles[1..].iter().all(|r| *r != Role::Body));
        let mut roles = fresh();
        roles[5] = Role::Removed(RemovedKind::Footer);
        extend_over_schedule(&blocks, &feats, &mut roles, (0, 1), &title);
        assert!(roles[1..].iter().all(|r| *r != Role::Body));
        // A ranked list of links under such a heading is no schedule.
        let mut ranked = texts.clone();
        for (k, text) in ranked[2..7].iter_mut().enumerate() {
            *text = [
                "1. Harbour Singers",
                "2. Tour news",
                "3. More",
                "4. Tickets",
                "5. Fans",
            ][k];
        }
        let (blocks, feats) = crate::plain_blocks(&ranked);
        let mut roles = fresh();
        extend_over_schedule(&blocks, &feats, &mut roles, (0, 1), &title);
        assert!(roles[1..].iter().all(|r| *r != Role::Body));
    }

    #[test]
    fn related_boxes_and_teaser_cards_leave_the_body() {
        let texts = [
            "The council voted on Tuesday to approve the new budget after a long debate, officials said.",
            "Related",
            "Council Leader Faces Questions Over Spending Plans",
            "Five Things To Know About the New Budget",
            "Opposition members said they would appeal the decision to the regional court next month.",
            "Mayor warns of cuts to bus routes in the northern districts",
            "Mayor warns of cuts to bus routes in the northern districts...",
            "The budget takes effect in January, and the first payments are due in March, the council said.",
        ];
        let (blocks, feats) = crate::plain_blocks(&texts);
        let mut roles = vec![Role::Body; texts.len()];
        roles[1] = Role::Removed(RemovedKind::RelatedLinks);
        mark_related_boxes(&blocks, &feats, &mut roles, (0, texts.len()));
        let related: Vec<usize> = (0..texts.len())
            .filter(|&i| matches!(roles[i], Role::Related(_)))
            .collect();
        assert_eq!(related, [2, 3, 5]);
        assert_eq!(roles[6], Role::Absorbed);
        assert!([0, 4, 7].iter().all(|&i| roles[i] == Role::Body));

        // A "Most Read" cue over a ranked list, two items glued in one block.
        let texts = [
            texts[0],
            "Most Read",
            "1. Council Leader Faces Questions Over Spending Plans The leader defends the plan",
            "2. Five Things To Know About the Budget 3. Mayor Warns of Cuts to Bus Routes",
            "4. Opposition Vows Appeal",
            texts[7],
        ];
        let (blocks, feats) = crate::plain_blocks(&texts);
        let mut roles = vec![Role::Body; texts.len()];
        roles[1] = Role::Removed(RemovedKind::RelatedLinks);
        mark_related_boxes(&blocks, &feats, &mut roles, (0, texts.len()));
        let links = Role::Removed(RemovedKind::RelatedLinks);
        assert_eq!(roles[2..5], [links.clone(), links.clone(), links]);
        assert!(roles[0] == Role::Body && roles[5] == Role::Body);
    }

    #[test]
    fn repeated_blocks_keep_one_telling_or_none() {
        let caption = "The winger puts the game-winning goal past the keeper during the second half on Tuesday.";
        let pull = "The council voted on Tuesday to approve the new budget, officials said.";
        let question = "What inspired you to start cooking for other people at home?";
        let texts = [
            caption, pull, question, caption, pull, question, caption, question,
        ];
        let (blocks, feats) = crate::plain_blocks(&texts);
        let mut roles = vec![Role::Body; texts.len()];
        mark_repeats(&blocks, &feats, &mut roles);
        let body: Vec<bool> = roles.iter().map(|r| *r == Role::Body).collect();
        assert_eq!(
            body,
            [false, true, true, false, false, true, false, true],
            "three captions go, the pull quote keeps its first telling, questions stay"
        );
    }

    #[test]
    fn counting_cells() {
        assert!(counts_up(["1", "2", "3", "4"].into_iter()));
        assert!(!counts_up(["5040", "5", "1", "17"].into_iter()));
    }
}
