//! Author names from bylines and metadata: names only, no "By", roles or links.

/// Splits a byline or author field into clean names.
pub fn names(raw: &str) -> Vec<String> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 300 || looks_like_url(s) {
        return Vec::new();
    }
    let s = strip_by(s);
    // An author box's biography ("Jane covers data. Based in Colombo, ...") is prose, not a byline.
    if s.split_whitespace().count() > 10 && s.contains(". ") {
        return Vec::new();
    }
    // Text after a separator is usually a role, a date or the outlet.
    let s = s
        .split(['|', '\n', '\u{2022}', '·', '('])
        .next()
        .unwrap_or("");
    let mut out = Vec::new();
    for part in s.split([',', ';', '&', '/']) {
        for name in split_and(part) {
            let name = clean_name(&name);
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("www.")
        || s.starts_with('/')
}

/// Words that stand alone before a byline's name ("By", "Written by", "Autor:").
pub const BYLINE_WORDS: &[&str] = &[
    "by",
    "written by",
    "words by",
    "posted by",
    "author",
    "authors",
    "von",
    "por",
    "par",
    "di",
    "door",
    "av",
    "автор",
    "autor",
    "autorka",
    "auteur",
    "autore",
    "text",
    "texto",
    "reported by",
    "story by",
    "作者",
    "文",
];

/// Whether a line opens with a byline word ("By Jane Doe", "Von Max Muster").
pub fn starts_with_by(s: &str) -> bool {
    let stripped = strip_by(s);
    stripped.len() < s.trim().len() && !stripped.is_empty()
}

fn strip_by(s: &str) -> &str {
    const PREFIXES: &[&str] = &[
        "autor:",
        "autor ",
        "autorka:",
        "auteur:",
        "autore:",
        "reported by ",
        "作者：",
        "作者:",
        "by ",
        "by:",
        "written by ",
        "words by ",
        "text by ",
        "story by ",
        "posted by ",
        "author:",
        "authors:",
        "von ",
        "par ",
        "por ",
        "di ",
        "door ",
        "av ",
        "автор:",
        "автор ",
        "written by:",
    ];
    let lower = s.to_lowercase();
    for p in PREFIXES {
        if lower.starts_with(p) && s.is_char_boundary(p.len()) {
            return s[p.len()..].trim();
        }
    }
    s
}

fn split_and(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = part;
    for sep in [" and ", " und ", " et ", " y ", " e ", " и "] {
        if let Some(at) = rest.find(sep) {
            out.push(rest[..at].to_string());
            rest = &rest[at + sep.len()..];
        }
    }
    out.push(rest.to_string());
    out
}

/// Words that make a comma-separated piece a role or outlet, not a name.
fn is_role(lower: &str) -> bool {
    const ROLES: &[&str] = &[
        "writer",
        "editor",
        "reporter",
        "correspondent",
        "staff",
        "contributor",
        "columnist",
        "news",
        "press",
        "associated",
        "reuters",
        "agency",
        "team",
        "desk",
        "photographer",
        "updated",
        "published",
        "posted",
        "minute",
        "read",
        "ago",
        "journalist",
        "producer",
        "analyst",
        "senior",
        "chief",
        "bureau",
        "contributing",
        "bio",
        "profile",
        "posts",
        "articles",
        "follow",
    ];
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // "Everfit Team", "Lifestyle Desk": a named group credited as the author.
    let group = words.len() >= 2
        && matches!(words.last(), Some(&("team" | "staff" | "desk" | "editors")))
        && !ROLES.contains(&words[0]);
    !group && words.iter().any(|w| ROLES.contains(w))
}

fn is_weekday(word: &str) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ];
    DAYS.contains(
        &word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase()
            .as_str(),
    )
}

fn clean_name(raw: &str) -> String {
    let name = strip_by(raw.trim()).trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '.' | '@')
    });
    if name.is_empty() || name.contains('@') || looks_like_url(name) {
        return String::new();
    }
    let lower = name.to_lowercase();
    if is_role(&lower) {
        return String::new();
    }
    // "By Jane Doe, Wednesday, 20 November": the date after a byline is no name.
    if name
        .split_whitespace()
        .all(|w| is_weekday(w) || super::dates::month_number(w).is_some())
    {
        return String::new();
    }
    let words = name.split_whitespace().count();
    // Credentials ("MD", "PhD") and long sentences are not names.
    if words == 0 || words > 5 || name.chars().any(|c| c.is_ascii_digit()) {
        return String::new();
    }
    if words == 1 && name.len() <= 4 && name.chars().all(|c| c.is_uppercase() || c == '.') {
        return String::new();
    }
    if !plausible_name(name) {
        return String::new();
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names are capitalised words (bar particles like "van der"); scripts without
/// case pass. Rejects "data", "The Author", "Name *" and user handles.
fn plausible_name(name: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "van", "der", "den", "de", "da", "di", "do", "dos", "das", "von", "la", "le", "du", "del",
        "della", "bin", "ibn", "al", "el", "y", "e", "ter", "zu", "st",
    ];
    if name.contains(['*', '=', '#']) || name.eq_ignore_ascii_case("the author") {
        return false;
    }
    // A handle ("jdoe") is a name as the site shows it; a run of lower-case words is a sentence.
    let words: Vec<&str> = name.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !PARTICLES.contains(&w.to_lowercase().as_str())
        })
        .count();
    words.len() < 2 || lower * 2 < words.len() || words.len() == 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_by_and_roles() {
        assert_eq!(names("By Jane Doe"), vec!["Jane Doe"]);
        assert_eq!(names("By Jane Doe, Staff Writer"), vec!["Jane Doe"]);
        assert_eq!(names("Jane Doe and John Roe"), vec!["Jane Doe", "John Roe"]);
        assert_eq!(names("Jane Doe, John Roe"), vec!["Jane Doe", "John Roe"]);
        assert_eq!(names("Von Max Muster | 12.03.2020"), vec!["Max Muster"]);
        assert_eq!(names("Dylan Bailey, MS, RD"), vec!["Dylan Bailey"]);
        assert_eq!(names("Everfit Team"), vec!["Everfit Team"]);
        assert!(names("Full Bio").is_empty());
        assert_eq!(names("By Sherif Saed, Wednesday"), vec!["Sherif Saed"]);
        assert!(
            names("Jane writes about data and technology. Based in Colombo, she studies")
                .is_empty()
        );
        assert!(names("Staff Writer").is_empty());
    }

    #[test]
    fn rejects_links_and_emails() {
        assert!(names("https://www.facebook.com/someone").is_empty());
        assert!(names("jane@example.com").is_empty());
        assert!(names("Associated Press").is_empty());
        assert!(names("The Author").is_empty());
        assert!(!names("data, technology. Based in Colombo")
            .iter()
            .any(|n| n.contains("Based")));
        assert_eq!(names("Marna van der Merwe"), vec!["Marna van der Merwe"]);
        assert_eq!(names("Иван Петров"), vec!["Иван Петров"]);
    }
}
