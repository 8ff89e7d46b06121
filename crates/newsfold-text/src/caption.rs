//! Photo captions with their credits, and "Related article:" pointers.

use crate::features::{is_alnum, lower_case, strip_prefix_loose, Features};

/// Words that mark a photo credit, in the credit itself or just before it.
const CREDIT_CUES: &[&str] = &[
    "photo",
    "photograph",
    "foto",
    "image",
    "credit",
    "getty",
    "reuters",
    "afp",
    "ap",
    "epa",
    "shutterstock",
    "courtesy",
    "press service",
    "istock",
    "pool",
    "tass",
    "dpa",
    "xinhua",
    "bloomberg",
    "©",
];

/// Labels that introduce a pointer to another article.
const RELATED_LABELS: &[&str] = &[
    "related article",
    "related articles",
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "more on this",
    "more:",
    "read:",
    "leia mais",
    "leia também",
    "lire aussi",
    "à lire aussi",
    "leggi anche",
    "lee también",
    "mehr zum thema",
    "weiterlesen",
    "читайте также",
];

/// The article title a "Related article: …" line points to.
pub fn related_text(text: &str) -> Option<String> {
    let t = text.trim();
    // Every label starts with one of these letters; most blocks start otherwise.
    let first = t
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    if !matches!(first, Some('r' | 's' | 'a' | 'm' | 'l' | 'à' | 'w' | 'ч')) {
        return None;
    }
    if t.split_whitespace().nth(30).is_some() {
        return None;
    }
    for label in RELATED_LABELS {
        if let Some(rest) = strip_prefix_loose(t, label) {
            let rest_trim = rest.trim_start();
            let sep = rest_trim.starts_with([':', '|', '»', '>', '-', '–', '—']);
            if sep || label.ends_with(':') {
                let tail = rest_trim
                    .trim_start_matches([':', '|', '»', '>', '-', '–', '—'])
                    .trim();
                if !tail.is_empty() {
                    return Some(tail.to_string());
                }
            }
        }
    }
    None
}

/// A block that is only a related-articles label ("Related", "Read more:"):
/// the head of a box whose next lines are the headlines it points to.
pub fn is_related_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '»', '>']).trim_end();
    !t.is_empty()
        && t.len() <= 24
        && RELATED_LABELS
            .iter()
            .any(|label| strip_prefix_loose(t, label.trim_end_matches(':')) == Some(""))
}

/// Splits a caption into its text and credit when the block reads like one:
/// a short description followed by a credit ("Minister X. Ministry Press
/// Service", "… (Photo: AP)", "… Getty Images").
pub fn caption_parts(text: &str, f: &Features) -> Option<(String, Option<String>)> {
    if f.words < 2 || f.words > MAX_MARKED_CAPTION_WORDS {
        return None;
    }
    let t = text.trim();
    // A bracketed photo credit is the strongest sign, wherever it sits.
    if let Some(parts) = bracketed_photo_credit(t) {
        return Some(parts);
    }
    if let Some(parts) = trailing_agency(t) {
        return Some(parts);
    }
    if f.words > 60 {
        return None;
    }
    for label in [
        "photo:",
        "foto:",
        "image:",
        "caption:",
        "pictured:",
        "photograph:",
    ] {
        if let Some(rest) = strip_prefix_loose(t, label) {
            let rest = rest.trim();
            return Some(split_credit(rest).unwrap_or((rest.to_string(), None)));
        }
    }
    let (body, credit) = split_credit(t)?;
    let credit_lower = credit.as_deref().unwrap_or("").to_lowercase();
    let cued = has_any_word(&credit_lower, CREDIT_CUES);
    // Without a credit cue both halves must be names, not sentences.
    let body_f = Features::of(&body);
    let name_like = body_f.lower_ratio() <= 0.25 && body_f.words <= 12;
    if cued || name_like {
        Some((body, credit))
    } else {
        None
    }
}

/// Wire captions run long ("In this photo issued by ..., (ITV via AP)"); a
/// block this long is a caption only with a bracketed photo credit.
const MAX_MARKED_CAPTION_WORDS: usize = 90;

/// Labels that open a photo credit.
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "foto:",
    "image:",
    "images:",
    "picture:",
    "pictured:",
    "credit:",
    "photograph:",
    "photo by",
    "photo credit",
];

/// "(Photo: X)", "(Image: GETTY)", "(AP Photo/Jane Doe)", "(ITV via AP)" inside a
/// block, with little after it (a stray credit word, or a second credit).
fn bracketed_photo_credit(t: &str) -> Option<(String, Option<String>)> {
    let mut search = 0;
    while let Some(rel) = t[search..].find(['(', '[']) {
        let open = search + rel;
        let close_char = if t[open..].starts_with('(') { ')' } else { ']' };
        let close = open + t[open..].find(close_char)?;
        let inner = t[open + 1..close].trim();
        let after = t[close + 1..].trim();
        search = close + 1;
        if open == 0 || inner.is_empty() || !is_photo_credit(inner) {
            continue;
        }
        let trailing_ok = after.split_whitespace().count() <= 3
            || CREDIT_LABELS
                .iter()
                .any(|l| strip_prefix_loose(after, l).is_some());
        if !trailing_ok {
            continue;
        }
        let text = t[..open].trim().to_string();
        let mut credit = clean_credit(inner);
        if !after.is_empty() {
            credit = format!("{credit} {after}");
        }
        return Some((text, Some(credit)));
    }
    None
}

/// A credit that names a photo or image, or an agency credit ("ITV via AP").
fn is_photo_credit(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    if CREDIT_LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    let photo_word = has_any_word(&lower, &["photo", "foto", "image", "images"]);
    let cued = has_any_word(&lower, CREDIT_CUES);
    is_credit_phrase(inner) && (photo_word || (cued && lower.contains(" via ")))
}

/// A caption that ends in a bare agency name in capitals ("... [+] GETTY"):
/// prose ends with punctuation, a credit does not.
fn trailing_agency(t: &str) -> Option<(String, Option<String>)> {
    let last = t.split_whitespace().next_back()?;
    if last.len() < 2 || !last.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let lower = last.to_lowercase();
    if !CREDIT_CUES.contains(&lower.as_str()) {
        return None;
    }
    let text = t[..t.len() - last.len()].trim();
    let text = text.strip_suffix("[+]").unwrap_or(text).trim();
    if text.split_whitespace().count() < 3 {
        return None;
    }
    Some((text.to_string(), Some(last.to_string())))
}

/// A block that is only a photo credit ("Sanjeev Verma/Hindustan Times/Getty
/// Images", "Natalie Naccache | Bloomberg | Getty Images"): its caption is
/// the block before it.
pub fn credit_line(text: &str) -> Option<String> {
    let t = text.trim();
    // Counted only as far as the limit.
    let words = t.split_whitespace().take(11).count();
    if words == 0 || words > 10 || t.ends_with(['.', ':', '?', '!']) {
        return None;
    }
    let lower = t.to_lowercase();
    // "By Reuters" is a byline.
    if lower.starts_with("by ") {
        return None;
    }
    let labelled = CREDIT_LABELS.iter().any(|l| lower.starts_with(l));
    let agency = has_any_word(
        &lower,
        &[
            "getty",
            "reuters",
            "afp",
            "shutterstock",
            "istock",
            "ap photo",
        ],
    );
    let joined = t.contains('/') || t.contains(" | ");
    // A lone agency name is as often the site's own footer brand.
    if labelled || (agency && (joined || (words >= 2 && is_credit_phrase(t)))) {
        Some(clean_credit(t))
    } else {
        None
    }
}

/// Whether any of `words` (one word, or several joined by single spaces) stands
/// in `hay` as whole pieces between non-alphanumeric characters.
fn has_any_word(hay: &str, words: &[&str]) -> bool {
    if words.contains(&"©") && hay.contains('©') {
        return true;
    }
    let split = || hay.split(|c: char| !is_alnum(c));
    // Single words need no list of the pieces, only one pass over them.
    if split().any(|piece| !piece.is_empty() && words.contains(&piece)) {
        return true;
    }
    if !words.iter().any(|word| word.contains(' ')) {
        return false;
    }
    let pieces: Vec<&str> = split().collect();
    words.iter().filter(|word| word.contains(' ')).any(|word| {
        let n = word.split(' ').count();
        pieces
            .windows(n)
            .any(|w| w.iter().copied().eq(word.split(' ')))
    })
}

/// The caption text and a trailing credit: a final sentence or bracket made
/// of capitalised words (a name, agency or "Photo: X").
fn split_credit(t: &str) -> Option<(String, Option<String>)> {
    // "(Photo: X)" or "[X]" at the end.
    if t.ends_with(')') || t.ends_with(']') {
        let open = t.rfind(['(', '['])?;
        let inner = t[open + 1..t.len() - 1].trim();
        if is_credit_phrase(inner) {
            return Some((t[..open].trim().to_string(), Some(clean_credit(inner))));
        }
    }
    // "Text. Credit" with the credit a name phrase.
    // Bytes, not a substring search: the searcher's set-up costs more than this.
    let cut = t
        .trim_end_matches('.')
        .as_bytes()
        .windows(2)
        .rposition(|w| w == b". ")?;
    let (body, credit) = (&t[..cut + 1], t[cut + 2..].trim().trim_end_matches('.'));
    if body.trim_end_matches('.').trim().is_empty() || !is_credit_phrase(credit) {
        return None;
    }
    Some((
        body.trim_end_matches('.').trim().to_string(),
        Some(clean_credit(credit)),
    ))
}

fn clean_credit(c: &str) -> String {
    for label in [
        "photo:",
        "foto:",
        "credit:",
        "photograph:",
        "image:",
        "photo by",
        "photo credit:",
    ] {
        if let Some(rest) = strip_prefix_loose(c, label) {
            return rest.trim().to_string();
        }
    }
    c.trim().to_string()
}

/// 1-8 words, each capitalised, a connector ("of", "/", "via", "by") or a label.
fn is_credit_phrase(c: &str) -> bool {
    let mut words = c.split_whitespace();
    if words.next().is_none() || words.nth(7).is_some() {
        return false;
    }
    c.split_whitespace().all(|w| {
        let core = w.trim_matches(|ch: char| !is_alnum(ch));
        core.is_empty()
            || core
                .chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit())
            || matches!(
                lower_case(core).as_str(),
                "of" | "via"
                    | "by"
                    | "for"
                    | "and"
                    | "de"
                    | "the"
                    | "photo"
                    | "foto"
                    | "credit"
                    | "images"
            )
            || w.contains('/')
            || w.contains('©')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_label_heads_a_related_box() {
        for label in ["Related", "Read more:", "READ ALSO", "Related articles"] {
            assert!(is_related_label(label), "{label}");
        }
        for text in [
            "Related coverage of the vote",
            "Read more about it.",
            "Moreover",
        ] {
            assert!(!is_related_label(text), "{text}");
        }
    }

    fn caption(t: &str) -> Option<(String, Option<String>)> {
        caption_parts(t, &Features::of(t))
    }

    #[test]
    fn name_caption_with_credit() {
        assert_eq!(
            caption(
                "Russian Foreign Minister Sergei Lavrov. Russian Foreign Ministry Press Service"
            ),
            Some((
                "Russian Foreign Minister Sergei Lavrov".into(),
                Some("Russian Foreign Ministry Press Service".into())
            ))
        );
    }

    #[test]
    fn sentence_caption_needs_a_cue() {
        assert_eq!(
            caption("Protesters gather outside parliament on Tuesday. AP Photo/Jane Doe"),
            Some((
                "Protesters gather outside parliament on Tuesday".into(),
                Some("AP Photo/Jane Doe".into())
            ))
        );
        assert_eq!(
            caption("Russia is one of five permanent members. The U.K. Agreed"),
            None
        );
        assert_eq!(
            caption("He said the talks had failed. Lavrov Told Senators"),
            None
        );
    }

    #[test]
    fn bracketed_photo_credits_mark_long_captions() {
        let wire = "In this photo issued by ITV, the two leaders shake hands during their debate \
            live on TV, in Manchester, England, on Tuesday. (ITV via AP)";
        assert_eq!(caption(wire).unwrap().1.as_deref(), Some("ITV via AP"));
        let (text, credit) =
            caption("The plague is caused by a bacterium (Image: GETTY) plague").unwrap();
        assert_eq!(text, "The plague is caused by a bacterium");
        assert_eq!(credit.as_deref(), Some("GETTY plague"));
        assert!(caption("The team won 5-4. (AP Photo/Gene J. Puskar)").is_some());
        assert_eq!(
            caption("The council (which met on Tuesday) voted to approve the budget."),
            None
        );
        assert_eq!(
            caption("Turnout rose sharply (up 5% on 2015, the figures show) in the north."),
            None
        );
    }

    #[test]
    fn a_capitalised_agency_at_the_end_is_a_credit() {
        assert_eq!(
            caption("Not all duvets have real feathers in them. If you are ... [+] GETTY"),
            Some((
                "Not all duvets have real feathers in them. If you are ...".into(),
                Some("GETTY".into())
            ))
        );
        assert_eq!(caption("He told AFP."), None);
    }

    #[test]
    fn whole_words_and_phrases() {
        let cues = ["getty", "ap photo", "©"];
        assert!(has_any_word("photo: getty images", &cues));
        assert!(!has_any_word("gettysburg address", &cues));
        assert!(has_any_word("(ap photo/jane doe)", &cues));
        // A phrase's words must be neighbours.
        assert!(!has_any_word("ap  photo", &cues));
        assert!(!has_any_word("ap news photo", &cues));
        assert!(has_any_word("© 2024 jane doe", &cues));
        assert!(!has_any_word("", &cues));
    }

    #[test]
    fn credit_lines_on_their_own() {
        assert_eq!(
            credit_line("Sanjeev Verma/Hindustan Times/Getty Images").as_deref(),
            Some("Sanjeev Verma/Hindustan Times/Getty Images")
        );
        assert!(credit_line("Natalie Naccache | Bloomberg | Getty Images").is_some());
        assert_eq!(credit_line("Photo: Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(credit_line("Reuters reported the deal."), None);
        assert_eq!(credit_line("Markets"), None);
        assert_eq!(credit_line("Reuters"), None);
        assert_eq!(credit_line("By Reuters"), None);
        assert_eq!(credit_line("15 Amazing Images of Stars"), None);
    }

    #[test]
    fn related_lines() {
        assert_eq!(
            related_text(
                "Related article: Russia Calls for 'Collective Action' to End Hamas-Israel War"
            )
            .as_deref(),
            Some("Russia Calls for 'Collective Action' to End Hamas-Israel War")
        );
        assert_eq!(
            related_text("READ MORE: Oil prices slump").as_deref(),
            Some("Oil prices slump")
        );
        assert_eq!(related_text("Related to this, the court ruled."), None);
    }
}
