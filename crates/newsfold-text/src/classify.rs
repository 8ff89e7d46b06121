//! Block roles, and where the article is: the run of blocks with the most
//! prose in it, allowing short blocks (subheads, table cells) inside.

use crate::features::Features;
use crate::reflow::Block;
use newsfold_types::RemovedKind;

/// What a block is in the record.
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Body,
    Title,
    Caption {
        text: String,
        credit: Option<String>,
    },
    Related(String),
    Removed(RemovedKind),
    /// Its text went into a neighbour's field (a credit line into the caption above).
    Absorbed,
}

/// Taken off every prose block: a run of short teaser paragraphs then weighs
/// less than an article's full paragraphs.
const PROSE_BASE: f64 = 40.0;

/// How much a block pulls the article region towards itself (prose, positive)
/// or away (boilerplate, negative).
/// `stamp`: the block is a time stamp ([`crate::metadata::is_stamp`]).
pub fn region_score(block: &Block, f: &Features, cue: Option<RemovedKind>, stamp: bool) -> f64 {
    let chars = f.chars as f64;
    match cue {
        Some(RemovedKind::Comments) => return -150.0,
        Some(_) => return -(120.0 + chars / 2.0),
        None => {}
    }
    if stamp {
        return -120.0;
    }
    if f.is_glued_list() {
        // Link lists glued into one block: as long as prose, and as foreign.
        return -(6.0 + chars / 6.0);
    }
    if f.is_prose() {
        return chars * prose_quality(f) - PROSE_BASE;
    }
    // A piece of a sentence; a string of lower-case keywords (a link's tags)
    // has no function word.
    if f.words >= 5 && f.lower_ratio() >= 0.5 && f.link_words == 0 && f.stop_words > 0 {
        return chars / 4.0;
    }
    if f.words > 0 && f.letterless_words * 2 >= f.words {
        // Numbers: table cells, scores; neutral.
        return -1.0;
    }
    if block.bullet {
        return -(15.0 + chars / 3.0);
    }
    -(6.0 + chars / 6.0)
}

/// 0-1: how clean the prose is. Numbers, links and a missing sentence end
/// (contact boxes, tickers, tag lists) make it count for less.
fn prose_quality(f: &Features) -> f64 {
    if f.unspaced_chars >= 12 {
        return 1.0;
    }
    let words = f.words.max(1) as f64;
    let case = (f.lower_ratio() / 0.6).min(1.0);
    let numbers = (1.0 - 2.0 * f.letterless_words as f64 / words).max(0.0);
    let links = (1.0 - 3.0 * f.link_words as f64 / words).max(0.0);
    let ending = if f.terminal { 1.0 } else { 0.5 };
    case * numbers * links * ending
}

/// The contiguous run of blocks with the largest total score, as start..end.
pub fn main_region(scores: &[f64]) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut sum = 0.0;
    let mut start = 0;
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += s;
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// A link card dumped as text: a title-case headline glued onto its summary
/// without a space ("...Student-AthleteA 24-year-old woman"). Looks at the
/// first words only; a camel-case name ("McDonald") has a short lower run.
pub fn is_glued_teaser(text: &str) -> bool {
    let mut capitalised = 0;
    for (n, word) in text.split_whitespace().take(25).enumerate() {
        let mut lower_run = 0;
        for c in word.chars() {
            if c.is_lowercase() {
                lower_run += 1;
            } else if c.is_uppercase() && lower_run >= 3 {
                return n >= 3 && capitalised * 4 >= n * 3;
            } else {
                lower_run = 0;
            }
        }
        if word.chars().next().is_some_and(|c| !c.is_lowercase()) {
            capitalised += 1;
        }
    }
    false
}

/// Reads as a headline or subhead: a few words, not a sentence-ending period.
pub fn is_title_like(text: &str, f: &Features) -> bool {
    let t = text.trim();
    (2..=30).contains(&f.words)
        && f.chars <= 220
        && !t.ends_with(['.', ',', ';', ':'])
        && f.link_words == 0
        && f.letterless_words * 2 < f.words
        && f.upper_words + f.lower_words >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_spans_prose_and_short_blocks_between() {
        let scores = [-10.0, -5.0, 200.0, -8.0, 150.0, -40.0, -40.0, 30.0];
        assert_eq!(main_region(&scores), Some((2, 5)));
        assert_eq!(main_region(&[-1.0, -2.0]), None);
    }

    #[test]
    fn glued_teasers() {
        assert!(is_glued_teaser(
            "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman died"
        ));
        assert!(!is_glued_teaser(
            "He bought a PlayStation and a McDonald's meal."
        ));
        assert!(!is_glued_teaser(
            "Sony PlayStation sales rose in the quarter."
        ));
    }

    #[test]
    fn keyword_strings_do_not_pull_like_sentence_pieces() {
        let score = |t: &str| region_score(&Block::default(), &Features::of(t), None, false);
        assert!(score("munich police Marienplatz incident germany security terror level") < 0.0);
        assert!(score("and then the council voted to approve it") > 0.0);
    }

    #[test]
    fn titles() {
        let t = "Moscow Calls for UN Conference To Solve Israel Conflict 'Forever'";
        assert!(is_title_like(t, &Features::of(t)));
        let s = "The Russian foreign minister on Wednesday called on UN chief Antonio Guterres.";
        assert!(!is_title_like(s, &Features::of(s)));
    }
}
