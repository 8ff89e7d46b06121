//! Kinds of boilerplate told by generic cue words (in several languages) and
//! by how a block addresses the reader. Cues are a supporting signal: the
//! layout decides where the article is, cues decide what a dropped block was.

use crate::features::Features;
use newsfold_types::RemovedKind;

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
        ],
    ),
    (
        RemovedKind::Donation,
        &[
            "donat",
            "support us",
            "support our",
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

/// Single words that are a whole navigation item.
const NAV_WORDS: &[&str] = &[
    "home", "search", "print", "email", "e-mail", "more", "next", "previous", "top", "ad", "ads",
];

/// Boilerplate kind of a block from its cue words, if it has any and is short
/// enough for the cue to be what the block is about.
pub fn cue_kind(text: &str, f: &Features) -> Option<RemovedKind> {
    if f.words > 40 {
        return appeal_kind(text, f);
    }
    let lower = text.to_lowercase();
    if f.words <= 2 {
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
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
    if !short && f.person_ratio() < 0.04 {
        return None;
    }
    for (kind, stems) in CUES {
        if !short
            && !matches!(
                kind,
                RemovedKind::Subscribe
                    | RemovedKind::Donation
                    | RemovedKind::Cookie
                    | RemovedKind::Paywall
            )
        {
            continue;
        }
        if stems.iter().any(|s| lower.contains(s)) {
            return Some(*kind);
        }
    }
    None
}

/// A long block that appeals to the reader for money, sign-ups or consent.
fn appeal_kind(text: &str, f: &Features) -> Option<RemovedKind> {
    if f.person_ratio() < 0.05 {
        return None;
    }
    let lower = text.to_lowercase();
    for (kind, stems) in CUES {
        if matches!(
            kind,
            RemovedKind::Subscribe | RemovedKind::Donation | RemovedKind::Cookie
        ) && stems.iter().any(|s| lower.contains(s))
        {
            return Some(*kind);
        }
    }
    None
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
        cue_kind(t, &Features::of(t))
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
    }

    #[test]
    fn appeals_are_told_from_reports() {
        let appeal = "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.";
        assert_eq!(kind(appeal), Some(RemovedKind::Donation));
        let report = "The charity said donations had fallen sharply this year as the economy slowed and households cut back on spending across the country.";
        assert_eq!(kind(report), None);
    }
}
