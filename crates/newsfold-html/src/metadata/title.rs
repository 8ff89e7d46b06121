//! Headlines without the site name that pages append or prepend.

use crate::content::fold;

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " « ",
];

/// Removes a " | Site Name" style suffix (or prefix) from a title.
/// `site` is the site's name when known; `headline` an on-page heading that may confirm the cut.
pub fn clean(raw: &str, site: Option<&str>, headline: Option<&str>) -> String {
    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = without_date_prefix(&title).to_string();
    if let Some(h) = headline {
        let fh = fold(h);
        // The page's own heading is the title when the title merely decorates it.
        if !fh.is_empty()
            && fh != fold(&title)
            && fold(&title).contains(&fh)
            && fh.len() * 3 >= fold(&title).len()
        {
            return h.split_whitespace().collect::<Vec<_>>().join(" ");
        }
    }
    let site_fold = site.map(fold).filter(|s| !s.is_empty());
    for sep in SEPARATORS {
        let Some(at) = title.rfind(sep) else { continue };
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        if is_site_part(tail, head, site_fold.as_deref()) {
            return clean(head, site, None);
        }
        if let Some(at) = title.find(sep) {
            let (first, rest) = (&title[..at], &title[at + sep.len()..]);
            // "Site | Headline", "example.com | Headline".
            let domain =
                !first.contains(' ') && first.contains('.') && rest.split_whitespace().count() >= 2;
            if domain
                || is_blog_archive(first)
                || site_fold.as_deref().is_some_and(|s| {
                    fold(first) == s || s.contains(&fold(first)) && !fold(first).is_empty()
                })
            {
                return clean(rest, site, None);
            }
        }
    }
    without_unspaced_site(&title, site_fold.as_deref())
        .map(str::to_string)
        .unwrap_or(title)
}

/// Titles in scripts written without spaces (CJK, Thai) join the site's name without them too:
/// "武汉的声音……城！-新华网", "NEWS WEB EASY|子どもへの……". The part cut is the
/// site's declared name, or a short tail ending like an outlet's name (…网, …新聞).
fn without_unspaced_site<'a>(title: &'a str, site: Option<&str>) -> Option<&'a str> {
    if !title.chars().any(newsfold_read::is_unspaced_script) {
        return None;
    }
    const OUTLET_ENDINGS: &[&str] = &[
        "网",
        "網",
        "报",
        "報",
        "社",
        "台",
        "刊",
        "新闻",
        "新聞",
        "ニュース",
        "百科",
        "频道",
    ];
    let site_named = |part: &str| site.is_some_and(|s| fold(part) == s);
    for sep in ['|', '｜', '_', '-', '—', '–'] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let (head, tail) = (head.trim(), tail.trim());
            let outlet_like =
                tail.chars().count() <= 10 && OUTLET_ENDINGS.iter().any(|e| tail.ends_with(e));
            if !head.is_empty()
                && (site_named(tail) || outlet_like)
                && head.chars().count() >= 2 * tail.chars().count()
            {
                return Some(head);
            }
        }
        if let Some((head, rest)) = title.split_once(sep) {
            if site_named(head) && rest.trim().chars().count() > head.chars().count() {
                return Some(rest.trim());
            }
        }
    }
    None
}

/// A title's folded words longer than three letters (so not "the"/"for"); words of
/// scripts without spaces count whole.
pub(super) fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(fold)
        .filter(|w| w.chars().count() > 3 || !w.is_ascii())
        .collect()
}

/// Share of `a`'s significant words that also occur in `b`.
pub fn word_overlap(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() {
        return 0.0;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared as f64 / wa.len() as f64
}

/// How many of `a`'s significant words occur in `b`.
pub fn shared_words(a: &str, b: &str) -> usize {
    shared_of(&words(a), b)
}

/// [`shared_words`] for `a`'s words already split out.
pub(super) fn shared_of(words_a: &[String], b: &str) -> usize {
    let wb = words(b);
    words_a.iter().filter(|w| wb.contains(w)).count()
}

/// How many significant words a title has.
pub fn significant_words(s: &str) -> usize {
    words(s).len()
}

/// Whether `heading` is `meta` with characters lost to a broken encoding on the
/// way to the page ("Planning? Beginner? Guide" for "Planning: Beginner's Guide"):
/// the same text, but a `?` or U+FFFD in the heading for one or two characters.
pub fn damaged_copy(heading: &str, meta: &str) -> bool {
    let h: Vec<char> = heading.trim().chars().collect();
    let m: Vec<char> = meta.trim().chars().collect();
    let (mut i, mut j, mut damaged) = (0, 0, false);
    while i < h.len() && j < m.len() {
        if h[i] == m[j] {
            i += 1;
            j += 1;
        } else if matches!(h[i], '?' | '\u{fffd}') {
            damaged = true;
            i += 1;
            j += 1;
            // "’s" lost as one "?".
            if i < h.len() && j < m.len() && h[i] != m[j] {
                j += 1;
            }
        } else {
            return false;
        }
    }
    damaged && i == h.len() && j == m.len()
}

/// Whether a title is set in capitals ("SUPPORTING GAAP COMPLIANCE"): a display
/// label, while the same title in metadata keeps its case.
pub fn all_caps(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.iter().filter(|c| c.is_uppercase()).count() >= 6
        && !letters.iter().any(|c| c.is_lowercase())
}

/// Whether `heading` is `core` plus a separator and a short tag on either side
/// ("Best Movers 2025 | Top 19 Companies", "The Agency | ML at Georgia Tech").
pub fn decorates(heading: &str, core: &str) -> bool {
    let (h, c) = (heading.trim(), core.trim());
    if c.split_whitespace().count() < 3 || h.len() <= c.len() {
        return false;
    }
    let starts_sep = |rest: &str| {
        let rest = rest.trim_start();
        ["|", "-", "–", "—", ":", "·", "•", "/"]
            .iter()
            .any(|s| rest.starts_with(s))
    };
    let ends_sep = |rest: &str| {
        let rest = rest.trim_end();
        ["|", "-", "–", "—", ":", "·", "•", "/"]
            .iter()
            .any(|s| rest.ends_with(s))
    };
    if let Some(rest) = h.strip_prefix(c) {
        if starts_sep(rest) {
            return true;
        }
    }
    if let Some(rest) = h.strip_suffix(c) {
        if ends_sep(rest) {
            return true;
        }
    }
    // "Dec 18 2025 Headline", "Headline (latimes.com) 87": the rest is dates,
    // numbers and domains, whatever the case and quotes.
    let (hw, cw): (Vec<&str>, Vec<&str>) = (
        h.split_whitespace().collect(),
        c.split_whitespace().collect(),
    );
    let same = |a: &[&str], b: &[&str]| a.iter().zip(b).all(|(x, y)| fold(x) == fold(y));
    let extra = if same(&hw[..cw.len().min(hw.len())], &cw) {
        &hw[cw.len().min(hw.len())..]
    } else if hw.len() >= cw.len() && same(&hw[hw.len() - cw.len()..], &cw) {
        &hw[..hw.len() - cw.len()]
    } else {
        return false;
    };
    // A year alone is part of the headline ("2025 Software Price Guide").
    let dated = extra.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        super::dates::month_number(w).is_some() || w.contains('.')
    });
    dated && extra.iter().all(|w| incidental(w))
}

/// A word that adds nothing to a headline: a number, a month or weekday, a domain
/// name or a lone separator.
fn incidental(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty()
        || w.chars().all(|c| c.is_ascii_digit())
        || super::dates::month_number(w).is_some()
        || w.contains('.')
            && w.split('.')
                .all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric))
}

/// "23.01.2022 - Headline", "2025-09-04 | Headline": the date before a separator is
/// the page's listing, not the headline.
fn without_date_prefix(title: &str) -> &str {
    for sep in SEPARATORS {
        if let Some((head, rest)) = title.split_once(sep) {
            if head.len() <= 12
                && rest.split_whitespace().count() >= 2
                && super::dates::normalize_numeric(head.trim(), true).is_some()
            {
                return rest.trim();
            }
        }
    }
    title
}

/// WordPress themes title posts "Site » Blog Archive » Post".
fn is_blog_archive(part: &str) -> bool {
    let p = part.trim().to_lowercase();
    matches!(p.as_str(), "blog archive" | "blog archiv" | "blogarchiv")
}

fn is_site_part(part: &str, rest: &str, site: Option<&str>) -> bool {
    let f = fold(part);
    if f.is_empty() {
        return true;
    }
    if is_blog_archive(part) {
        return true;
    }
    if let Some(s) = site {
        if f == s || s.contains(&f) || f.contains(s) {
            return true;
        }
    }
    // Unknown site: a short tail after a longer headline.
    let words = part.split_whitespace().count();
    if words == 1 && part.contains('.') && !part.ends_with('.') {
        return true;
    }
    words <= 4
        && rest.split_whitespace().count() >= 3
        && part.len() * 2 < rest.len()
        && (part.contains('.') || part.chars().next().is_some_and(|c| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_damaged_on_the_way_yields_to_the_meta_title() {
        assert!(damaged_copy(
            "What Are The Basics Of Event Planning? Beginner? Guide",
            "What Are The Basics Of Event Planning: Beginner's Guide"
        ));
        assert!(!damaged_copy("Is it over?", "Is it over?"));
        assert!(!damaged_copy("Is it over? Yes", "Is it over: No."));
    }

    #[test]
    fn site_names_joined_without_spaces_in_unspaced_scripts() {
        assert_eq!(
            clean("武汉的声音：有英勇的你，才有英雄的城！-新华网", None, None),
            "武汉的声音：有英勇的你，才有英雄的城！"
        );
        assert_eq!(
            clean(
                "NEWS WEB EASY|子どもへの体罰を禁止する法律ができる",
                Some("NEWS WEB EASY"),
                None
            ),
            "子どもへの体罰を禁止する法律ができる"
        );
        // Thai is written without spaces between words too.
        assert_eq!(
            clean(
                "ฝนตกหนักทั่วกรุงเทพฯ วันนี้ถึงพรุ่งนี้|ไทยรัฐออนไลน์",
                Some("ไทยรัฐออนไลน์"),
                None
            ),
            "ฝนตกหนักทั่วกรุงเทพฯ วันนี้ถึงพรุ่งนี้"
        );
        // A hyphen inside a headline stays.
        assert_eq!(clean("中美贸易-最新进展", None, None), "中美贸易-最新进展");
        assert_eq!(
            clean("Spider-Man returns", None, None),
            "Spider-Man returns"
        );
    }

    #[test]
    fn strips_a_date_prefix_and_the_blog_archive() {
        assert_eq!(
            clean("23.01.2022 - Wierer darf noch jubeln", None, None),
            "Wierer darf noch jubeln"
        );
        assert_eq!(
            clean("Blog Archiv » Podcasts in Plex einbinden", None, None),
            "Podcasts in Plex einbinden"
        );
        // A year or a number opening the headline stays.
        assert_eq!(
            clean("2025 - The year in review", None, None),
            "2025 - The year in review"
        );
    }

    #[test]
    fn strips_site_suffix() {
        assert_eq!(
            clean("Rain due on Tuesday | The Daily", None, None),
            "Rain due on Tuesday"
        );
        assert_eq!(
            clean("Rain due on Tuesday - BBC News", Some("BBC News"), None),
            "Rain due on Tuesday"
        );
        assert_eq!(
            clean("The Daily | Rain due on Tuesday", Some("The Daily"), None),
            "Rain due on Tuesday"
        );
        assert_eq!(
            clean("Rain due on Tuesday - example.com", None, None),
            "Rain due on Tuesday"
        );
        assert_eq!(
            clean("RealtyMogul.com™ | Real Estate 101", None, None),
            "Real Estate 101"
        );
    }

    #[test]
    fn keeps_dashes_inside_headlines() {
        assert_eq!(
            clean(
                "Covid - what you need to know about the new variant and vaccines",
                None,
                None
            ),
            "Covid - what you need to know about the new variant and vaccines"
        );
    }

    #[test]
    fn overlap_of_headline_words() {
        assert!(word_overlap("Defer, Panic, and Recover", "The Go Blog") < 0.1);
        assert!(
            word_overlap(
                "Rain due on Tuesday",
                "Rain due on Tuesday, forecasters say"
            ) > 0.9
        );
    }

    #[test]
    fn heading_decorating_the_meta_title() {
        assert!(decorates(
            "Best Residential Movers in NYC 2025 | Top 19 Companies",
            "Best Residential Movers in NYC 2025"
        ));
        assert!(decorates(
            "The Agency | ML (Machine Learning) at Georgia Tech",
            "ML (Machine Learning) at Georgia Tech"
        ));
        assert!(!decorates(
            "Rain due on Tuesday, forecasters say",
            "Rain due on Tuesday"
        ));
        assert!(decorates(
            "Dec 18 2025 Preparing a transition in Debusine",
            "Preparing a transition in Debusine"
        ));
        assert!(decorates(
            "Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87",
            "Stanford Grads Find Their Degrees No Longer Guarantee Jobs"
        ));
        assert!(!decorates(
            "2025 Software Development Price Guide",
            "Software Development Price Guide"
        ));
        assert!(!decorates(
            "Best Travel Insurance for Seniors in 2025",
            "Best Travel Insurance for Seniors"
        ));
        assert!(!decorates(
            "The Best Home Security Cameras of 2026",
            "Best Home Security Cameras of 2026"
        ));
    }

    #[test]
    fn capitals_and_shared_words() {
        assert!(all_caps("SUPPORTING GAAP COMPLIANCE"));
        assert!(!all_caps("Supporting GAAP compliance"));
        assert!(!all_caps("NASA"));
        assert!(!all_caps("Ленин и Сталин"));
        assert_eq!(
            shared_words("PIN IT HERE", "Here Are the Best Restaurants"),
            1
        );
        assert_eq!(significant_words("So many models!"), 2);
    }

    #[test]
    fn prefers_on_page_heading() {
        assert_eq!(
            clean(
                "Rain due on Tuesday, forecasters say | The Daily",
                None,
                Some("Rain due on Tuesday, forecasters say")
            ),
            "Rain due on Tuesday, forecasters say"
        );
    }
}
