//! Finding the headline: the largest type near the top of the first page
//! when font sizes are known, otherwise the nearest headline-shaped block
//! above the article's prose.

use crate::classify::{is_title_like, Role};
use crate::features::Features;
use crate::metadata::{byline_authors, is_bare_by, is_stamp};
use crate::reflow::Block;

/// How far above the article's first block a headline may sit.
const LOOK_BACK: usize = 14;

/// Index of the headline block, if there is one.
pub fn find_headline(
    blocks: &[Block],
    feats: &[Features],
    roles: &[Role],
    region: (usize, usize),
) -> Option<usize> {
    by_hint(blocks, roles)
        .or_else(|| by_font_size(blocks, feats, roles, region))
        .or_else(|| by_position(blocks, feats, roles, region))
}

/// The block a layout-aware reader marked as the headline, unless text mode
/// took it for a caption or a related link.
pub fn by_hint(blocks: &[Block], roles: &[Role]) -> Option<usize> {
    let i = blocks.iter().position(|b| b.headline)?;
    matches!(roles[i], Role::Body | Role::Removed(_)).then_some(i)
}

fn usable(i: usize, blocks: &[Block], feats: &[Features], roles: &[Role]) -> bool {
    matches!(
        roles[i],
        Role::Body | Role::Removed(newsfold_types::RemovedKind::Other)
    ) && !blocks[i].bullet
        && is_title_like(&blocks[i].text, &feats[i])
        && !is_byline_or_stamp(&blocks[i].text)
}

/// Bylines and time stamps are title-shaped and sit right above the prose.
fn is_byline_or_stamp(text: &str) -> bool {
    byline_authors(text).is_some() || is_bare_by(text) || is_stamp(text)
}

fn by_font_size(
    blocks: &[Block],
    feats: &[Features],
    roles: &[Role],
    region: (usize, usize),
) -> Option<usize> {
    // The body's type size: the size most of the region's characters are set in.
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    for i in region.0..region.1 {
        if let Some(fs) = blocks[i].font_size {
            match sizes.iter_mut().find(|(s, _)| (*s - fs).abs() < 0.3) {
                Some(entry) => entry.1 += feats[i].chars,
                None => sizes.push((fs, feats[i].chars)),
            }
        }
    }
    let body_size = sizes.iter().max_by_key(|(_, n)| *n)?.0;
    let first_page = blocks.iter().filter_map(|b| b.page).min();
    let mut best: Option<(f32, usize)> = None;
    for i in 0..region.1.min(blocks.len()) {
        let b = &blocks[i];
        let Some(fs) = b.font_size else { continue };
        if b.page != first_page || fs < body_size * 1.15 || !usable(i, blocks, feats, roles) {
            continue;
        }
        if best.is_none_or(|(s, _)| fs > s + 0.3) {
            best = Some((fs, i));
        }
    }
    best.map(|(_, i)| i)
}

fn by_position(
    blocks: &[Block],
    feats: &[Features],
    roles: &[Role],
    region: (usize, usize),
) -> Option<usize> {
    let lowest = region.0.saturating_sub(LOOK_BACK);
    for i in (lowest..region.0).rev() {
        if feats[i].words >= 3 && usable(i, blocks, feats, roles) {
            return Some(i);
        }
    }
    // A plain text that starts with its headline.
    let first = region.0;
    if region.1 - region.0 > 1
        && feats[first].words >= 2
        && usable(first, blocks, feats, roles)
        && feats[first].words <= 20
    {
        return Some(first);
    }
    None
}

/// The headline as it is stored: one line, curly single quotes made straight.
pub fn clean_title(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.replace(['\u{2018}', '\u{2019}'], "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::plain_blocks as blocks;

    #[test]
    fn nearest_headline_above_the_prose() {
        let (b, f) = blocks(&[
            "Home",
            "Republicans Are Following Trump to Nowhere",
            "There is an impeachment lesson hiding in the failure to produce results.",
            "Opinion Columnist",
            "Americans have gone to the polls four times this month to vote.",
        ]);
        let roles = vec![Role::Body; 5];
        assert_eq!(find_headline(&b, &f, &roles, (4, 5)), Some(1));
    }

    #[test]
    fn largest_type_wins_when_sizes_are_known() {
        let (mut b, f) = blocks(&[
            "Site Name Here",
            "The Real Headline Of It",
            "Kicker Line Above",
            "Body text that is long enough to count as prose in this test, surely.",
        ]);
        for (blk, size) in b.iter_mut().zip([14.0, 24.0, 12.0, 10.0]) {
            blk.font_size = Some(size);
            blk.page = Some(1);
        }
        let roles = vec![Role::Body; 4];
        assert_eq!(find_headline(&b, &f, &roles, (3, 4)), Some(1));
    }

    #[test]
    fn the_readers_headline_wins() {
        let (mut b, f) = blocks(&[
            "Site search",
            "The Real Headline Of It",
            "Body text that is long enough to count as prose in this test, surely.",
        ]);
        b[0].font_size = Some(18.0);
        b[1].headline = true;
        let roles = vec![Role::Body; 3];
        assert_eq!(find_headline(&b, &f, &roles, (2, 3)), Some(1));
    }

    #[test]
    fn curly_quotes_straightened() {
        assert_eq!(
            clean_title("Solve Israel Conflict \u{2018}Forever\u{2019}"),
            "Solve Israel Conflict 'Forever'"
        );
    }
}
