//! Bylines and datelines: short blocks near the headline whose content goes
//! into `authors` and `published`.

use crate::features::{is_alnum, is_letter, strip_prefix_loose, Fnv};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Words that introduce a byline.
const BY_WORDS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "от",
    "автор",
    "written by",
];

/// Words after a name that give the author's role, not a name.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "opinion",
    "senior",
    "chief",
    "special",
    "news",
    "for",
    "in",
    "at",
    "the",
    "is",
    "updated",
    "published",
    "photographer",
    "analyst",
    "associated",
    "press",
];

/// Author names in a byline ("By Jane Doe and John Roe", "By Meg JamesStaff Writer").
pub fn byline_authors(text: &str) -> Option<Vec<String>> {
    let t = text.trim();
    // Most lines start with no by-word's letter: settle them before counting.
    let first = t.chars().next()?;
    let first = first.to_lowercase().next().unwrap_or(first);
    if !BY_WORDS.iter().any(|b| b.starts_with(first)) {
        return None;
    }
    let mut words = t.split_whitespace();
    if words.nth(1).is_none() || words.nth(12).is_some() {
        return None;
    }
    let rest = BY_WORDS
        .iter()
        .find_map(|b| strip_prefix_loose(t, b).filter(|rest| rest.starts_with([' ', ':'])))?;
    let rest = rest.trim_start_matches([' ', ':']);
    let authors = split_names(rest);
    (!authors.is_empty()).then_some(authors)
}

/// A bare "By" line (its name follows on the next line).
pub fn is_bare_by(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    BY_WORDS.contains(&lower.trim_end_matches(':'))
}

/// Names from "Jane Doe, John Roe and Ann Poe", stopping at a role or date.
pub fn split_names(text: &str) -> Vec<String> {
    let spaced = split_glued_words(text);
    let mut authors = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let flush = |current: &mut Vec<&str>, authors: &mut Vec<String>| {
        if !current.is_empty() && current.len() <= 5 {
            authors.push(current.join(" "));
        }
        current.clear();
    };
    for raw in spaced.split_whitespace() {
        let word = raw.trim_end_matches([',', ';', '|', '.']);
        let lower = word.to_lowercase();
        if matches!(
            raw.to_lowercase().as_str(),
            "and" | "&" | "und" | "et" | "y" | "e" | "и"
        ) {
            flush(&mut current, &mut authors);
            continue;
        }
        let ends_list = raw.ends_with([',', ';', '|']);
        let capital = word.chars().next().is_some_and(|c| c.is_uppercase());
        let connector = matches!(
            lower.as_str(),
            "de" | "da" | "van" | "von" | "der" | "del" | "di" | "le" | "la" | "bin" | "al"
        );
        if ROLE_WORDS.contains(&lower.as_str())
            || !(capital || connector)
            || word.chars().any(|c| c.is_ascii_digit())
        {
            flush(&mut current, &mut authors);
            break;
        }
        // Keep initials' dots ("Sarah E. Needleman").
        current.push(if raw.ends_with('.') && word.chars().count() == 1 {
            raw
        } else {
            word
        });
        if ends_list {
            flush(&mut current, &mut authors);
        }
    }
    flush(&mut current, &mut authors);
    authors
}

/// "JamesStaff Writer" -> "James Staff Writer": a name glued to its role.
fn split_glued_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev {
            if p.is_lowercase() && c.is_uppercase() {
                out.push(' ');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // de, fr, es, it, pt forms that differ from the English ones
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
];

/// The month a word names, in any of the listed languages.
pub fn month_of(word: &str) -> Option<u32> {
    static TABLE: OnceLock<HashMap<&'static str, u32, BuildHasherDefault<Fnv>>> = OnceLock::new();
    let w = word.trim_matches(|c: char| !is_letter(c));
    if w.len() < 3 || w.len() > 12 {
        return None;
    }
    let table = TABLE.get_or_init(|| MONTHS.iter().copied().collect());
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        return table.get(w).copied();
    }
    table.get(w.to_lowercase().as_str()).copied()
}

/// An ISO date from a short dateline ("Nov. 19, 2019 8:03 am ET",
/// "23 Nov 2017", "2023-12-13", "22 de outubro de 2010"), when the block is
/// mostly the date.
pub fn dateline(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    if let Some(iso) = words.iter().find_map(|w| iso_date(w)) {
        return Some(iso);
    }
    let mut month = None;
    let mut day = None;
    let mut year = None;
    for w in &words {
        let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
        if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) && year.is_none() {
            let y: u32 = digits.parse().ok()?;
            if (1900..=2100).contains(&y) {
                year = Some(y);
            }
        } else if !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
            && day.is_none()
            && !w.contains(':')
        {
            let d: u32 = digits.parse().ok()?;
            if (1..=31).contains(&d) {
                day = Some(d);
            }
        } else if month.is_none() {
            month = month_of(w);
        }
    }
    let (y, m, d) = (year?, month?, day?);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A short line that is a time stamp and little else: a date, a clock time,
/// "2 days ago at 07:52 am". Repeated down a page they mark listings
/// (comments, teasers), not an article.
pub fn is_stamp(text: &str) -> bool {
    let mut datey = 0;
    let mut others = 0;
    // A word only a date or time has (month, clock, year, "ago"): a row of
    // small numbers ("37 Drew Herring 8 0 0 0") is a table row, not a stamp.
    let mut anchored = false;
    let mut lower = String::new();
    for (n, raw) in text.split_whitespace().enumerate() {
        // A paragraph is no stamp; and already too many other words for the
        // date ones to be twice as many.
        if n >= 14 || others > 4 {
            return false;
        }
        match stamp_word(raw, &mut lower) {
            StampWord::Number { date } => {
                datey += 1;
                anchored |= date;
            }
            StampWord::Datey => {
                datey += 1;
                anchored = true;
            }
            StampWord::Other => others += 1,
            StampWord::Filler => {}
        }
    }
    anchored && datey >= 2 && datey >= 2 * others
}

/// What one word of a possible time stamp is.
enum StampWord {
    /// Has a digit; `date` when it can only be part of a date or time.
    Number {
        date: bool,
    },
    /// A month, weekday, clock or relative-time word.
    Datey,
    /// A preposition or article between the parts ("at", "on", "de").
    Filler,
    Other,
}

/// Reads one word of a possible time stamp; `lower_buf` is scratch space
/// for lower-casing a non-ASCII word.
fn stamp_word(raw: &str, lower_buf: &mut String) -> StampWord {
    let core = raw.trim_matches(|c: char| !is_alnum(c));
    if core.bytes().any(|b| b.is_ascii_digit()) {
        return StampWord::Number {
            date: is_date_number(core),
        };
    }
    if core.len() > 12 {
        return StampWord::Other;
    }
    let mut ascii_buf = [0u8; 12];
    let w: &str = if core.is_ascii() {
        let lower = &mut ascii_buf[..core.len()];
        lower.copy_from_slice(core.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).unwrap_or_default()
    } else {
        lower_buf.clear();
        lower_buf.extend(core.chars().flat_map(char::to_lowercase));
        lower_buf
    };
    if w.is_empty() || matches!(w, "at" | "on" | "um" | "à" | "a" | "de" | "le" | "el") {
        return StampWord::Filler;
    }
    let datey = month_of(w).is_some()
        || matches!(
            w,
            "am" | "pm"
                | "ago"
                | "days"
                | "day"
                | "hours"
                | "hour"
                | "minutes"
                | "minute"
                | "yesterday"
                | "today"
                | "et"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "gmt"
                | "utc"
                | "cet"
                | "bst"
                | "mon"
                | "tue"
                | "wed"
                | "thu"
                | "fri"
                | "sat"
                | "sun"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "updated"
                | "posted"
                | "published"
        );
    if datey {
        StampWord::Datey
    } else {
        StampWord::Other
    }
}

/// "6:34", "11/19/2019", "2019-11-19", "19.11.2019", "2019", "2h": digits
/// that read as a date or a time (a decimal "12.5" does not).
fn is_date_number(core: &str) -> bool {
    if core.contains([':', '/', '-']) || core.matches('.').count() >= 2 {
        return true;
    }
    let digits = core.bytes().take_while(u8::is_ascii_digit).count();
    if digits == core.len() {
        return digits == 4 && matches!(&core[..2], "19" | "20");
    }
    // "2h", "5min", "3d": short relative times.
    digits <= 2 && matches!(&core[digits..], "h" | "m" | "d" | "min" | "mins" | "hrs")
}

fn iso_date(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let b = w.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: u32 = w.get(0..4)?.parse().ok()?;
    let m: u32 = w.get(5..7)?.parse().ok()?;
    let d: u32 = w.get(8..10)?.parse().ok()?;
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        assert_eq!(
            byline_authors("By Sarah E. Needleman"),
            Some(vec!["Sarah E. Needleman".to_string()])
        );
        assert_eq!(
            byline_authors("By Meg JamesStaff Writer"),
            Some(vec!["Meg James".to_string()])
        );
        assert_eq!(
            byline_authors("By Jane Doe and John Roe"),
            Some(vec!["Jane Doe".to_string(), "John Roe".to_string()])
        );
        assert_eq!(
            byline_authors("By the way, this is prose about things."),
            None
        );
        assert!(is_bare_by("By"));
        // Other languages' by-words, capitalised.
        assert_eq!(
            byline_authors("Von Anna Schmidt"),
            Some(vec!["Anna Schmidt".to_string()])
        );
        assert_eq!(
            byline_authors("Автор: Иван Петров"),
            Some(vec!["Иван Петров".to_string()])
        );
        assert_eq!(byline_authors("Sarah E. Needleman"), None);
    }

    #[test]
    fn stamps() {
        assert!(is_stamp("2 days ago at 07:52 am"));
        assert!(is_stamp("19.11.2019 14:02"));
        assert!(!is_stamp("37  Drew Herring  8  0  0  0  0"));
        assert!(!is_stamp("12.5 3.4 7"));
        assert!(is_stamp("November 19, 2019 at 6:34 am"));
        assert!(!is_stamp(
            "The vote was held at the town hall on a quiet evening."
        ));
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("Nov. 19, 2019 8:03 am ET").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(dateline("23 Nov 2017").as_deref(), Some("2017-11-23"));
        assert_eq!(
            dateline("Published 2023-12-13T10:00").as_deref(),
            Some("2023-12-13")
        );
        assert_eq!(
            dateline("sexta-feira, 22 de outubro de 2010 às 20:13").as_deref(),
            Some("2010-10-22")
        );
        assert_eq!(dateline("Kyle Busch"), None);
    }
}
