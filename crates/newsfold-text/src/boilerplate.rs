//! Kinds of boilerplate told by generic cue words (in several languages) and
//! by how a block addresses the reader. Cues are a supporting signal: the
//! layout decides where the article is, cues decide what a dropped block was.

use crate::features::{is_alnum, Features, FnvMap};
use memchr::memmem::Finder;
use newsfold_types::RemovedKind;
use std::sync::OnceLock;

/// Cue stems for each kind, matched against the lower-cased block.
const CUES: &[(RemovedKind, &[&str])] = &[
    (
        RemovedKind::Advertisement,
        &[
            "advertisement",
            "advertising",
            "sponsored",
            "anzeige",
            "publicidad",
            "publicité",
            "pubblicità",
            "publicidade",
            "реклама",
            "werbung",
            "reklama",
            "スポンサー",
            "広告",
            "广告",
        ],
    ),
    (RemovedKind::Cookie, &["cookie"]),
    (
        RemovedKind::Paywall,
        &[
            "to read the full",
            "already a subscriber",
            "subscribe to continue",
            "continue reading",
            "to continue reading",
            "for unlimited access",
        ],
    ),
    (
        RemovedKind::Subscribe,
        &[
            "subscri",
            "newsletter",
            "sign up",
            "signup",
            "inscreva",
            "abonn",
            "suscr",
            "iscriviti",
            "e-mail alert",
            "email alert",
            "подпис",
            "订阅",
            "購読",
        ],
    ),
    (
        RemovedKind::Donation,
        &[
            "donat",
            "support us",
            "support our",
            "your support",
            "support it",
            "financial support",
            "contribut",
            "membership",
            "become a member",
            "spende",
        ],
    ),
    (
        RemovedKind::Share,
        &[
            "share",
            "tweet",
            "facebook",
            "twitter",
            "whatsapp",
            "pinterest",
            "linkedin",
            "instagram",
            "youtube",
            "telegram",
            "follow us",
            "compartilh",
            "condividi",
            "partager",
            "teilen",
            "compartir",
            "udostępnij",
            "поделит",
            "シェア",
            "分享",
        ],
    ),
    (
        RemovedKind::Comments,
        &[
            "comment",
            "leave a reply",
            "comentário",
            "commento",
            "kommentar",
            "komentarz",
            "комментар",
            "コメント",
            "评论",
            "評論",
        ],
    ),
    (
        RemovedKind::Footer,
        &[
            "copyright",
            "©",
            "all rights reserved",
            "terms of",
            "privacy",
            "contact us",
            "about us",
            "impressum",
            "todos os direitos",
            "tous droits",
            "derechos reservados",
            "diritti riservati",
            "все права",
            "prawa zastrzeżone",
            "著作権",
            "無断転載",
            "版权所有",
            "版權所有",
        ],
    ),
    (
        RemovedKind::RelatedLinks,
        &[
            "related",
            "read more",
            "more from",
            "see also",
            "most popular",
            "most read",
            "recommended",
            "leia mais",
            "lire aussi",
            "you may also like",
            "mehr zum thema",
            "más noticias",
            "leggi anche",
            "trending",
            "articoli correlati",
            "notizie correlate",
            "relacionad",
            "ähnliche artikel",
            "czytaj także",
            "zobacz także",
            "читайте также",
            "похожие",
            "関連記事",
            "相关文章",
            "相關文章",
            "相关阅读",
            "관련 기사",
        ],
    ),
    (
        RemovedKind::Navigation,
        &[
            "skip to",
            "menu",
            "sign in",
            "log in",
            "login",
            "back to top",
            "navigation",
        ],
    ),
];

/// Stems indexed by first character: (position of the kind in CUES, stem).
/// Looked up for every word start of every short block, so ASCII first
/// characters index an array.
struct StemIndex {
    ascii: Vec<Vec<(usize, &'static str)>>,
    other: FnvMap<char, Vec<(usize, &'static str)>>,
}

impl StemIndex {
    fn get(&self, c: char) -> &[(usize, &'static str)] {
        if c.is_ascii() {
            &self.ascii[c as usize]
        } else {
            self.other.get(&c).map_or(&[], Vec::as_slice)
        }
    }
}

fn stem_index() -> &'static StemIndex {
    static INDEX: OnceLock<StemIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = StemIndex {
            ascii: vec![Vec::new(); 128],
            other: FnvMap::default(),
        };
        for (k, (_, stems)) in CUES.iter().enumerate() {
            for stem in *stems {
                match stem.chars().next() {
                    Some(c) if c.is_ascii() => index.ascii[c as usize].push((k, stem)),
                    Some(c) => index.other.entry(c).or_default().push((k, stem)),
                    None => {}
                }
            }
        }
        index
    })
}

/// The first kind in CUES order (among those `allowed`) with a stem that
/// starts a word of `lower` (or, for symbols like ©, appears anywhere).
/// One pass over the text, whatever the number of stems.
fn first_cue(lower: &str, allowed: impl Fn(RemovedKind) -> bool) -> Option<RemovedKind> {
    let index = stem_index();
    let mut best: Option<usize> = None;
    let mut prev_alnum = false;
    for (i, c) in lower.char_indices() {
        let alnum = is_alnum(c);
        let word_start = alnum && !prev_alnum;
        prev_alnum = alnum;
        if alnum && !word_start {
            continue;
        }
        let next_byte = lower.as_bytes().get(i + c.len_utf8());
        for &(k, stem) in index.get(c) {
            if best.is_some_and(|b| b <= k) || !allowed(CUES[k].0) {
                continue;
            }
            // The byte after the first character settles most candidates
            // without a call to compare the whole stem.
            let second = stem.as_bytes().get(c.len_utf8());
            if second.is_some() && second != next_byte {
                continue;
            }
            if lower[i..].starts_with(stem) {
                best = Some(k);
            }
        }
    }
    best.map(|k| CUES[k].0)
}

/// Single words that are a whole navigation item.
const NAV_WORDS: &[&str] = &[
    "home", "search", "print", "email", "e-mail", "more", "next", "previous", "top", "ad", "ads",
];

/// Boilerplate kind of a block from its cue words, if it has any and is short
/// enough for the cue to be what the block is about. `lower` gives the block
/// lower-cased, asked for only when a cue is possible.
pub fn cue_kind<'a>(lower: impl FnOnce() -> &'a str, f: &Features) -> Option<RemovedKind> {
    if f.words > 40 {
        return appeal_kind(lower, f);
    }
    // A longer block that does not talk to the reader names no cue: skip its copy.
    if f.words > 12 && (f.person_ratio() < 0.04 || f.you_words == 0) {
        return None;
    }
    let lower = lower();
    if f.words <= 12 && is_comment_header(lower) {
        return Some(RemovedKind::Comments);
    }
    if f.words <= 2 {
        let bare = lower.trim_matches(|c: char| !is_alnum(c));
        if NAV_WORDS.contains(&bare) {
            return Some(if bare.starts_with("ad") {
                RemovedKind::Advertisement
            } else {
                RemovedKind::Navigation
            });
        }
    }
    // Short blocks are what their cue says; longer ones only when they also
    // talk to the reader (an appeal, not a report that mentions the word).
    let short = f.words <= 12 && !f.is_prose();
    if !short && (f.person_ratio() < 0.04 || f.you_words == 0) {
        return None;
    }
    first_cue(lower, |kind| {
        (short && (kind != RemovedKind::Navigation || f.words <= NAV_CUE_MAX_WORDS))
            || matches!(
                kind,
                RemovedKind::Subscribe
                    | RemovedKind::Donation
                    | RemovedKind::Cookie
                    | RemovedKind::Paywall
            )
    })
}

/// Longest block a navigation cue names: "Skip to main content" is a link,
/// "Meal Prep Menu for Eating Plan A" a subhead that has the word.
const NAV_CUE_MAX_WORDS: usize = 5;

/// A site's legal small print: a copyright line, trademark notices, links to
/// its terms (`lower` is lower-cased).
pub fn is_legal(lower: &str) -> bool {
    lower.contains("trademark") || first_cue(lower, |kind| kind == RemovedKind::Footer).is_some()
}

/// A copyright line proper, which ends a page's legal small print.
pub fn is_copyright(lower: &str) -> bool {
    let finders = legal_finders();
    let found = |f: &Finder| f.find(lower.as_bytes()).is_some();
    lower.contains('©')
        || found(&finders.copyright)
        || found(&finders.all_rights)
        || finders.rights_elsewhere.iter().any(found)
}

/// Prose that is mostly legal notices: two or more of them, one a rights or
/// trademark claim an article about copyright would not make of itself.
pub fn is_dense_legal(lower: &str) -> bool {
    let finders = legal_finders();
    let count = |f: &Finder| f.find_iter(lower.as_bytes()).count();
    let claims =
        count(&finders.all_rights) + count(&finders.trademark) + lower.matches('©').count();
    claims >= 1 && claims + count(&finders.copyright) >= 2
}

/// Searchers for the legal phrases, built once: every block of a page may be
/// searched for them, and a searcher's set-up costs more than a short search.
struct LegalFinders {
    copyright: Finder<'static>,
    all_rights: Finder<'static>,
    trademark: Finder<'static>,
    /// "All rights reserved" in the other languages.
    rights_elsewhere: Vec<Finder<'static>>,
}

fn legal_finders() -> &'static LegalFinders {
    static FINDERS: OnceLock<LegalFinders> = OnceLock::new();
    FINDERS.get_or_init(|| LegalFinders {
        copyright: Finder::new("copyright").into_owned(),
        all_rights: Finder::new("all rights reserved").into_owned(),
        trademark: Finder::new("trademark").into_owned(),
        rights_elsewhere: [
            "todos os direitos",
            "tous droits",
            "derechos reservados",
            "diritti riservati",
        ]
        .iter()
        .map(|p| Finder::new(p.as_bytes()).into_owned())
        .collect(),
    })
}

/// "jdoe says:", "Alex on September 17, 2018 at 6:34 am said:" (`lower` is lower-cased).
pub fn is_comment_header(lower: &str) -> bool {
    let t = lower.trim_end();
    [
        "says:",
        "said:",
        "says",
        "wrote:",
        "writes:",
        "replied:",
        "disse:",
        "schreibt:",
        "a écrit :",
        "a écrit:",
        "dice:",
        "ha scritto:",
        "escribió:",
        "написал:",
    ]
    .iter()
    .any(|end| t.ends_with(end))
        // "He said:" in an article introduces a quote; a comment header
        // carries a date or an entry number, or is a user name alone.
        && (t.bytes().any(|b| b.is_ascii_digit())
            || (t.split_whitespace().count() == 2
                && !matches!(
                    t.split_whitespace().next(),
                    Some("he" | "she" | "they" | "it" | "who" | "we" | "i" | "you")
                )))
}

/// The head of a comment thread: "10 thoughts on “…”", "34 responses to …",
/// "24 comments", "Leave a Reply", "Join the conversation". A bare
/// "Comments" is as often a share-bar button and is not taken.
pub fn is_thread_heading(text: &str) -> bool {
    // Every heading below starts with a count or with l, j or c: most blocks
    // are settled by their first character.
    let first = text
        .trim_start()
        .chars()
        .next()
        .map(|c| c.to_ascii_lowercase());
    if !matches!(first, Some('0'..='9' | ',' | 'l' | 'j' | 'c')) {
        return false;
    }
    if text.split_whitespace().nth(24).is_some() {
        return false;
    }
    let lower = text.trim().to_lowercase();
    // Text reflowed into the heading may bring the first entry's number ("… 1.").
    let lower = match lower.rsplit_once(' ') {
        Some((head, last))
            if last.ends_with('.')
                && last[..last.len() - 1].bytes().all(|b| b.is_ascii_digit()) =>
        {
            head.to_string()
        }
        _ => lower,
    };
    let unnumbered = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
    let numbered = unnumbered.len() < lower.len();
    let rest = unnumbered.trim_start();
    let counted = [
        "thoughts on",
        "responses to",
        "replies to",
        "comments",
        "comment",
        "kommentare",
        "commentaires",
        "comentarios",
        "commenti",
        "комментари",
    ];
    let opening = [
        "leave a reply",
        "leave a comment",
        "join the conversation",
        "join the discussion",
        "comments are closed",
    ];
    (numbered && counted.iter().any(|p| rest.starts_with(p)) && !rest.contains(['.', '!']))
        || opening.iter().any(|p| lower.starts_with(p))
}

/// A long block that appeals to the reader for money, sign-ups or consent.
fn appeal_kind<'a>(lower: impl FnOnce() -> &'a str, f: &Features) -> Option<RemovedKind> {
    // An appeal speaks to the reader, not only for the publisher.
    if f.person_ratio() < 0.05 || f.you_words == 0 {
        return None;
    }
    first_cue(lower(), |kind| {
        matches!(
            kind,
            RemovedKind::Subscribe | RemovedKind::Donation | RemovedKind::Cookie
        )
    })
}

/// Reader-facing kinds whose neighbouring short lines ("Dear readers,",
/// "Remind me later.") belong to the same appeal.
pub fn spreads_to_neighbours(kind: RemovedKind) -> bool {
    matches!(
        kind,
        RemovedKind::Donation | RemovedKind::Subscribe | RemovedKind::Cookie | RemovedKind::Paywall
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> Option<RemovedKind> {
        let lower = t.to_lowercase();
        cue_kind(|| &lower, &Features::of(t))
    }

    #[test]
    fn cues_in_scripts_without_spaces_and_other_languages() {
        assert_eq!(kind("スポンサードリンク"), Some(RemovedKind::Advertisement));
        assert_eq!(kind("関連記事"), Some(RemovedKind::RelatedLinks));
        assert_eq!(kind("相关文章"), Some(RemovedKind::RelatedLinks));
        assert_eq!(kind("Читайте также"), Some(RemovedKind::RelatedLinks));
        assert_eq!(kind("Articoli correlati"), Some(RemovedKind::RelatedLinks));
        assert_eq!(
            kind("© 2020 Example. Все права защищены."),
            Some(RemovedKind::Footer)
        );
        // Prose that names the word is still prose.
        assert_eq!(kind("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhoneで、関連記事によれば価格は非常に高かったという。"), None);
    }

    #[test]
    fn a_subhead_that_names_a_menu_is_not_navigation() {
        assert_eq!(kind("Main menu"), Some(RemovedKind::Navigation));
        assert_eq!(kind("Skip to main content"), Some(RemovedKind::Navigation));
        assert_eq!(kind("Meal Prep Menu for Eating Plan A"), None);
    }

    #[test]
    fn short_cue_lines() {
        assert_eq!(kind("Advertisement"), Some(RemovedKind::Advertisement));
        assert_eq!(kind("Share this on WhatsApp"), Some(RemovedKind::Share));
        assert_eq!(
            kind("Get our daily Entertainment newsletter"),
            Some(RemovedKind::Subscribe)
        );
        assert_eq!(
            kind("Copyright © 2019, Los Angeles Times | Terms of Service"),
            Some(RemovedKind::Footer)
        );
        assert_eq!(kind("Home"), Some(RemovedKind::Navigation));
        assert_eq!(
            kind("1. thelastchargersfan says:"),
            Some(RemovedKind::Comments)
        );
    }

    #[test]
    fn thread_headings() {
        assert!(is_thread_heading(
            "10 thoughts on “Business Focus: It’s Why”"
        ));
        assert!(is_thread_heading(
            "34 responses to “We needed to win this game”"
        ));
        assert!(is_thread_heading("24 comments"));
        assert!(is_thread_heading(
            "6 thoughts on “How to Adopt a Mindset” 1."
        ));
        assert!(is_thread_heading("Leave a Reply Cancel reply"));
        assert!(!is_thread_heading("Comments"));
        assert!(!is_thread_heading(
            "2 comments. He said the vote was delayed."
        ));
        assert!(!is_thread_heading(
            "The minister's comments drew criticism on Tuesday."
        ));
    }

    #[test]
    fn appeals_are_told_from_reports() {
        let appeal = "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.";
        assert_eq!(kind(appeal), Some(RemovedKind::Donation));
        let report = "The charity said donations had fallen sharply this year as the economy slowed and households cut back on spending across the country.";
        assert_eq!(kind(report), None);
        // A publisher's letter that never says "donate" asks all the same.
        let letter = "Our reporters answer your questions every day at no charge to you, but the work is far from free, and we cannot keep pace on advertising alone. To keep going and reach more readers we need something from you this year: we need your financial support.";
        assert_eq!(kind(letter), Some(RemovedKind::Donation));
        let aid = "The ministry said the region would receive financial support from the central government for at least two more years, officials told reporters in the capital.";
        assert_eq!(kind(aid), None);
        assert_eq!(
            kind("Do you rely on our reporting? Click here to support it."),
            Some(RemovedKind::Donation)
        );
    }
}
