//! Dates in the many forms pages write them, normalised to ISO 8601.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// An ISO 8601 date (`YYYY-MM-DD`) or date-time, from any common form; None when unsure.
pub fn normalize(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    if let Some(iso) = iso_like(s) {
        return Some(iso);
    }
    if let Ok(ts) = s.parse::<i64>() {
        return from_timestamp(ts);
    }
    worded(s)
}

/// Whether `text` could hold a full date: every form read here has a four-digit
/// year, or is a dotted `28.01.22`. Most text runs have neither, and are passed
/// over without being split into words.
pub fn may_hold_date(text: &str) -> bool {
    let b = text.as_bytes();
    // Most runs have no digit at all: a test without early exit, which vectorises.
    if !b.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
        return false;
    }
    let mut run = 0;
    for &c in b {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    b.windows(8).any(|w| {
        w[2] == b'.' && w[5] == b'.' && [0, 1, 3, 4, 6, 7].iter().all(|&k| w[k].is_ascii_digit())
    })
}

pub fn valid(y: u32, m: u32, d: u32) -> bool {
    (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `2019-11-19`, `2019-11-19T10:00:00Z`, `2019/11/19 10:00`, `20191119`.
fn iso_like(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b[4] == b'-' || b[4] == b'/' || b[4] == b'.')
        && b[7] == b[4]
    {
        let y = digits(s.get(..4)?)?;
        let m = digits(s.get(5..7)?)?;
        let d = digits(s.get(8..10)?)?;
        if !valid(y, m, d) {
            return None;
        }
        let rest = s.get(10..)?;
        if b[4] == b'-' && (rest.starts_with('T') || rest.starts_with(' ')) && rest.len() >= 6 {
            let time = rest[1..].trim();
            if time.len() >= 5 && time.as_bytes()[2] == b':' {
                let clean: String = time
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z'))
                    .collect();
                // "00:00:00 +0000", "10:00 UTC": the zone after a space is still the zone.
                let after = time[clean.len()..].trim_start();
                let zone = match after.as_bytes().first() {
                    Some(b'+' | b'-') if !clean.contains(['+', 'Z']) => after
                        .get(..5)
                        .filter(|z| z[1..].bytes().all(|b| b.is_ascii_digit()))
                        .or_else(|| after.get(..6).filter(|z| z.as_bytes()[3] == b':')),
                    _ if after.starts_with("UTC") || after.starts_with("GMT") => Some("Z"),
                    _ => None,
                };
                let zone = zone.unwrap_or("");
                return Some(format!("{y:04}-{m:02}-{d:02}T{clean}{zone}"));
            }
        }
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        let (y, m, d) = (digits(&s[..4])?, digits(&s[4..6])?, digits(&s[6..8])?);
        return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    None
}

fn from_timestamp(ts: i64) -> Option<String> {
    // Seconds or milliseconds since 1970.
    let secs = if ts > 100_000_000_000 { ts / 1000 } else { ts };
    if !(631_152_000..=4_102_444_800).contains(&secs) {
        return None;
    }
    let days = secs / 86_400;
    let (y, m, d) = civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Days since 1970-01-01 of a (year, month, day), the inverse of [`civil_from_days`].
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The instant of an ISO date-time with a zone (`2025-07-05T00:04:00Z`,
/// `...+05:30`, `...-0400`), in minutes since 1970; None without time or zone.
fn instant_minutes(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() < 17 || !matches!(b[10], b'T' | b' ') || b[13] != b':' {
        return None;
    }
    let y = i64::from(digits(iso.get(..4)?)?);
    let (m, d) = (digits(iso.get(5..7)?)?, digits(iso.get(8..10)?)?);
    let (hh, mm) = (digits(iso.get(11..13)?)?, digits(iso.get(14..16)?)?);
    let rest = iso.get(16..)?;
    // Seconds and fractions, then the zone.
    let zone_at = rest.find(['Z', 'z', '+', '-'])?;
    let zone = &rest[zone_at..];
    let offset = if zone.eq_ignore_ascii_case("z") {
        0
    } else {
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let num: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
        if num.len() != 4 || zone.len() > 6 {
            return None;
        }
        let (oh, om) = (i64::from(digits(&num[..2])?), i64::from(digits(&num[2..])?));
        sign * (oh * 60 + om)
    };
    let minutes = days_from_civil(y, m, d) * 1440 + i64::from(hh) * 60 + i64::from(mm);
    Some(minutes - offset)
}

/// Whole days from `earlier`'s day to `later`'s (negative when `later` is earlier).
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    let day = |iso: &str| -> Option<i64> {
        let (y, m, d) = (
            digits(iso.get(..4)?)?,
            digits(iso.get(5..7)?)?,
            digits(iso.get(8..10)?)?,
        );
        valid(y, m, d).then(|| days_from_civil(i64::from(y), m, d))
    };
    Some(day(later)? - day(earlier)?)
}

/// Whether two dates name the same day. A date-time in UTC also matches the day it
/// falls on anywhere on earth (UTC-12 to UTC+14): a page printing its local day
/// ("Dec 9") and metadata in UTC ("2021-12-10T02:17Z") agree. A stamp with its own
/// offset names its local day.
pub fn same_day(a: &str, b: &str) -> bool {
    let (Some(da), Some(db)) = (a.get(..10), b.get(..10)) else {
        return false;
    };
    if da == db {
        return true;
    }
    let within = |timed: &str, day: &str| {
        let Some(t) = instant_minutes(timed) else {
            return false;
        };
        let utc = timed.ends_with(['Z', 'z'])
            || timed.ends_with("+00:00")
            || timed.ends_with("+0000")
            || timed.ends_with("-00:00");
        if !utc {
            return false;
        }
        let Some(start) = iso_like(day)
            .filter(|d| d.len() >= 10)
            .and_then(|d| {
                Some(days_from_civil(
                    i64::from(digits(&d[..4])?),
                    digits(&d[5..7])?,
                    digits(&d[8..10])?,
                ))
            })
            .map(|days| days * 1440)
        else {
            return false;
        };
        // The instant, seen from the day's own zone, falls inside that day.
        (start - 14 * 60..start + 1440 + 12 * 60).contains(&t)
    };
    within(a, db) || within(b, da)
}

pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Called on every word near a headline: numbers and punctuation are never months.
    if w.bytes()
        .any(|b| b.is_ascii_digit() || b.is_ascii_punctuation())
    {
        return None;
    }
    let w = w.to_lowercase();
    const MONTHS: &[(&[&str], u32)] = &[
        (
            &[
                "jan",
                "january",
                "januar",
                "janvier",
                "enero",
                "gennaio",
                "janeiro",
                "januari",
                "stycznia",
                "января",
                "январь",
                "leden",
                "ledna",
                "styczeń",
                "січня",
                "січень",
                "ocak",
                "januára",
                "sausio",
                "tammikuuta",
                "ianuarie",
                "január",
                "gener",
                "janvāris",
                "siječnja",
            ],
            1,
        ),
        (
            &[
                "feb",
                "february",
                "februar",
                "février",
                "fevrier",
                "febrero",
                "febbraio",
                "fevereiro",
                "februari",
                "lutego",
                "февраля",
                "февраль",
                "únor",
                "února",
                "luty",
                "лютого",
                "лютий",
                "şubat",
                "februára",
                "vasario",
                "helmikuuta",
                "februarie",
                "február",
                "febrer",
                "veljače",
            ],
            2,
        ),
        (
            &[
                "mar",
                "march",
                "märz",
                "maerz",
                "mars",
                "marzo",
                "março",
                "maart",
                "marca",
                "марта",
                "март",
                "březen",
                "března",
                "marzec",
                "березня",
                "березень",
                "mart",
                "kovo",
                "maaliskuuta",
                "martie",
                "március",
                "març",
                "ožujka",
            ],
            3,
        ),
        (
            &[
                "apr",
                "april",
                "avril",
                "abril",
                "aprile",
                "kwietnia",
                "апреля",
                "апрель",
                "duben",
                "dubna",
                "kwiecień",
                "квітня",
                "квітень",
                "nisan",
                "apríla",
                "balandžio",
                "huhtikuuta",
                "aprilie",
                "április",
                "travnja",
            ],
            4,
        ),
        (
            &[
                "may",
                "mai",
                "mayo",
                "maggio",
                "maio",
                "mei",
                "maja",
                "мая",
                "май",
                "květen",
                "května",
                "maj",
                "травня",
                "травень",
                "mayıs",
                "mája",
                "gegužės",
                "toukokuuta",
                "május",
                "maig",
                "svibnja",
            ],
            5,
        ),
        (
            &[
                "jun",
                "june",
                "juni",
                "juin",
                "junio",
                "giugno",
                "junho",
                "czerwca",
                "июня",
                "июнь",
                "červen",
                "června",
                "czerwiec",
                "червня",
                "червень",
                "haziran",
                "júna",
                "birželio",
                "kesäkuuta",
                "iunie",
                "június",
                "juny",
                "lipnja",
            ],
            6,
        ),
        (
            &[
                "jul",
                "july",
                "juli",
                "juillet",
                "julio",
                "luglio",
                "julho",
                "lipca",
                "июля",
                "июль",
                "červenec",
                "července",
                "lipiec",
                "липня",
                "липень",
                "temmuz",
                "júla",
                "liepos",
                "heinäkuuta",
                "iulie",
                "július",
                "juliol",
                "srpnja",
            ],
            7,
        ),
        (
            &[
                "aug",
                "august",
                "août",
                "aout",
                "agosto",
                "augustus",
                "sierpnia",
                "августа",
                "август",
                "srpen",
                "srpna",
                "sierpień",
                "серпня",
                "серпень",
                "ağustos",
                "augusta",
                "rugpjūčio",
                "elokuuta",
                "augusztus",
                "agost",
                "kolovoza",
            ],
            8,
        ),
        (
            &[
                "sep",
                "sept",
                "september",
                "septembre",
                "septiembre",
                "settembre",
                "setembro",
                "września",
                "сентября",
                "сентябрь",
                "září",
                "wrzesień",
                "вересня",
                "вересень",
                "eylül",
                "septembra",
                "rugsėjo",
                "syyskuuta",
                "septembrie",
                "szeptember",
                "setembre",
                "rujna",
            ],
            9,
        ),
        (
            &[
                "oct",
                "october",
                "oktober",
                "octobre",
                "octubre",
                "ottobre",
                "outubro",
                "października",
                "октября",
                "октябрь",
                "říjen",
                "října",
                "październik",
                "жовтня",
                "жовтень",
                "ekim",
                "októbra",
                "spalio",
                "lokakuuta",
                "octombrie",
                "október",
            ],
            10,
        ),
        (
            &[
                "nov",
                "november",
                "novembre",
                "noviembre",
                "novembro",
                "listopada",
                "ноября",
                "ноябрь",
                "listopad",
                "listopadu",
                "листопада",
                "листопад",
                "kasım",
                "novembra",
                "lapkričio",
                "marraskuuta",
                "noiembrie",
                "studenoga",
            ],
            11,
        ),
        (
            &[
                "dec",
                "december",
                "dezember",
                "décembre",
                "decembre",
                "diciembre",
                "dicembre",
                "dezembro",
                "grudnia",
                "декабря",
                "декабрь",
                "prosinec",
                "prosince",
                "grudzień",
                "грудня",
                "грудень",
                "aralık",
                "decembra",
                "gruodžio",
                "joulukuuta",
                "decembrie",
                "desember",
                "desembre",
                "prosinca",
            ],
            12,
        ),
    ];
    // Names, then abbreviations ("sept", "févr", "Okt", "dic": a prefix of one
    // month's names only, three letters or more), looked up in tables built once.
    static LOOKUP: OnceLock<MonthLookup> = OnceLock::new();
    let lookup = LOOKUP.get_or_init(|| MonthLookup::new(MONTHS));
    if let Some(n) = lookup.names.get(w.as_str()) {
        return Some(*n);
    }
    if w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    lookup.prefixes.get(w.as_str()).copied().flatten()
}

/// Month names and their unambiguous prefixes, for [`month_number`].
struct MonthLookup {
    names: HashMap<&'static str, u32>,
    /// Every prefix of three or more letters: its month, or None when months share it.
    prefixes: HashMap<String, Option<u32>>,
}

impl MonthLookup {
    fn new(months: &[(&[&'static str], u32)]) -> MonthLookup {
        let mut names = HashMap::default();
        debug_assert!(months.iter().all(|(list, _)| list.iter().all(|n| !n
            .bytes()
            .any(|b| b.is_ascii_digit() || b.is_ascii_punctuation()))));
        let mut prefixes: HashMap<String, Option<u32>> = HashMap::default();
        for (list, n) in months {
            for name in list.iter() {
                // The first month listing a name wins, as a search in order would.
                names.entry(*name).or_insert(*n);
                for (at, _) in name.char_indices().skip(3) {
                    Self::add_prefix(&mut prefixes, &name[..at], *n);
                }
                Self::add_prefix(&mut prefixes, name, *n);
            }
        }
        MonthLookup { names, prefixes }
    }

    fn add_prefix(prefixes: &mut HashMap<String, Option<u32>>, prefix: &str, n: u32) {
        if prefix.chars().count() < 3 {
            return;
        }
        prefixes
            .entry(prefix.to_string())
            .and_modify(|m| {
                if *m != Some(n) {
                    *m = None;
                }
            })
            .or_insert(Some(n));
    }
}

/// "November 19, 2019", "19 Nov 2019", "Tue, 19 Nov 2019 10:00:00 GMT", "19.11.2019", "11/19/2019".
fn worded(s: &str) -> Option<String> {
    let tokens: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|t| !t.is_empty())
        .take(12)
        .collect();
    let mut year = None;
    let mut month = None;
    let mut day = None;
    for t in &tokens {
        let t = t.trim_end_matches(['.', ',', 'h']);
        let t = t
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if let Some(n) = digits(t) {
            if t.len() == 4 && year.is_none() && (1990..=2100).contains(&n) {
                year = Some(n);
            } else if t.len() <= 2 && day.is_none() && (1..=31).contains(&n) {
                day = Some(n);
            }
        } else if month.is_none() {
            month = month_number(t);
        } else if let Some((y, m, d)) = numeric_date(t, false) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        if let (Some(y), Some(m), Some(d)) = (year, month, day) {
            return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    tokens
        .iter()
        .find_map(|t| numeric_date(t, false))
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

/// An all-digit date (`2019-11-19`, `19.11.2019`, `11/19/2019`); `day_first` reads
/// ambiguous slashed dates as day/month (most languages but US English).
pub fn normalize_numeric(s: &str, day_first: bool) -> Option<String> {
    iso_like(s)
        .or_else(|| numeric_date(s, day_first).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")))
}

/// `19.11.2019` (day first) or `11/19/2019` (month first when the day cannot be a month).
fn numeric_date(t: &str, day_first: bool) -> Option<(u32, u32, u32)> {
    let sep = if t.contains('.') {
        '.'
    } else if t.contains('/') {
        '/'
    } else {
        '-'
    };
    let parts: Vec<&str> = t.split(sep).collect();
    if parts.len() != 3 {
        return None;
    }
    let (a, b, c) = (digits(parts[0])?, digits(parts[1])?, digits(parts[2])?);
    if parts[0].len() == 4 {
        return valid(a, b, c).then_some((a, b, c));
    }
    // "28.01.22": German and other European pages shorten the year, with dots only.
    if sep == '.' && parts.iter().all(|p| p.len() == 2) {
        let year = if c < 70 { 2000 + c } else { 1900 + c };
        return valid(year, b, a).then_some((year, b, a));
    }
    if parts[2].len() != 4 {
        return None;
    }
    // Slashes are month-first (US) unless the first number cannot be a month.
    let (d, m) = if sep == '/' && a <= 12 && !(day_first && b <= 12) {
        (b, a)
    } else {
        (a, b)
    };
    valid(c, m, d).then_some((c, m, d))
}

/// A date in a URL path such as `/2019/11/19/`, `/2023/october/03/` or `/2019-11-19-`.
pub fn from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let parts: Vec<&str> = path.split('/').collect();
    for w in parts.windows(3) {
        let month = if w[1].len() <= 2 {
            digits(w[1])
        } else if w[1].bytes().all(|b| b.is_ascii_alphabetic()) {
            month_number(w[1])
        } else {
            None
        };
        if w[0].len() == 4 && !w[1].is_empty() {
            let (Some(y), Some(m)) = (digits(w[0]), month) else {
                continue;
            };
            let d = w[2]
                .get(..2)
                .and_then(|d| digits(d.trim_end_matches(|c: char| !c.is_ascii_digit())));
            if let Some(d) = d {
                if valid(y, m, d) && w[2].len() <= 2 {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    for w in parts.windows(2) {
        // "/2020-02/19/": year and month in one segment, the day in the next.
        let (ym, d) = (w[0].as_bytes(), w[1]);
        if ym.len() == 7 && ym[4] == b'-' {
            let (Some(y), Some(m)) = (digits(&w[0][..4]), digits(&w[0][5..])) else {
                continue;
            };
            let d = d
                .get(..2)
                .filter(|_| !d[2..].starts_with(|c: char| c.is_ascii_digit()));
            if let Some(d) = d.and_then(digits).filter(|&d| valid(y, m, d)) {
                return Some(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
    }
    for p in &parts {
        if p.len() >= 10 {
            if let Some(iso) = p.get(..10).and_then(iso_like) {
                return Some(iso);
            }
        }
    }
    // "/20200428/": eight digits alone in a segment (not an article number that
    // happens to start like a date, which has more digits).
    parts.iter().find_map(|p| compact_day(p))
}

/// `20200428` as a whole path segment, with a plausible year.
fn compact_day(segment: &str) -> Option<String> {
    if segment.len() != 8 || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m, d) = (
        digits(&segment[..4])?,
        digits(&segment[4..6])?,
        digits(&segment[6..])?,
    );
    ((1995..=2099).contains(&y) && valid(y, m, d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_that_may_hold_a_date() {
        for t in [
            "4. März 2021",
            "2021-03-04",
            "am 28.01.22 um",
            "20200428",
            "2025年9月4日",
        ] {
            assert!(may_hold_date(t), "{t}");
        }
        for t in [
            "Page 12 of 345",
            "28.1.22",
            "Call 555 12 34",
            "",
            "no digits",
        ] {
            assert!(!may_hold_date(t), "{t}");
        }
    }

    #[test]
    fn iso_forms() {
        assert_eq!(normalize("2019-11-19").as_deref(), Some("2019-11-19"));
        assert_eq!(
            normalize("2019-11-19T10:05:00+01:00").as_deref(),
            Some("2019-11-19T10:05:00+01:00")
        );
        assert_eq!(normalize("2019/11/19").as_deref(), Some("2019-11-19"));
        assert_eq!(normalize("20191119").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn worded_forms() {
        assert_eq!(
            normalize("November 19, 2019").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            normalize("Tue, 19 Nov 2019 10:00:00 GMT").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(normalize("19. März 2020").as_deref(), Some("2020-03-19"));
        assert_eq!(normalize("3 июня 2021").as_deref(), Some("2021-06-03"));
        assert_eq!(
            normalize("Published 19.11.2019 10:00").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(normalize("11/19/2019").as_deref(), Some("2019-11-19"));
        assert_eq!(normalize("June 3rd, 2021").as_deref(), Some("2021-06-03"));
        // Two-digit years with dots only; a slashed 01/02/22 stays ambiguous.
        assert_eq!(
            normalize_numeric("28.01.22", true).as_deref(),
            Some("2022-01-28")
        );
        assert_eq!(
            normalize_numeric("26.10.98", true).as_deref(),
            Some("1998-10-26")
        );
        assert_eq!(normalize_numeric("01/02/22", true), None);
        assert_eq!(normalize_numeric("32.01.22", true), None);
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(normalize("yesterday"), None);
        // Multi-byte characters where digits are expected must not split a char.
        assert_eq!(normalize("2019-11-1é"), None);
        assert_eq!(normalize("2019-11-12é").as_deref(), Some("2019-11-12"));
        assert_eq!(from_url("https://x.com/2019-11-1ééé/"), None);
        assert_eq!(normalize("2019-13-45"), None);
        assert_eq!(normalize(""), None);
    }

    #[test]
    fn timestamps() {
        assert_eq!(normalize("1574168580").as_deref(), Some("2019-11-19"));
        assert_eq!(normalize("1574168580000").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn same_day_across_time_zones() {
        assert!(same_day("2021-12-09", "2021-12-10T02:17:00+00:00"));
        assert!(same_day(
            "2025-07-04T20:04:00-04:00",
            "2025-07-05T00:04:00Z"
        ));
        assert!(same_day("2025-07-05", "2025-07-05T23:00:00+02:00"));
        // Its own offset says the publisher's day was the 20th.
        assert!(!same_day("2019-11-19", "2019-11-20T04:31:13-06:00"));
        assert!(!same_day("2021-12-08", "2021-12-10T02:17:00+00:00"));
        assert!(!same_day("2021-12-09", "2021-12-10"));
        assert!(!same_day("2021-12-09", "2021-12-10T12:00:00+00:00"));
        assert!(same_day("2024-12-31", "2025-01-01T03:00:00+0000"));
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn zone_after_a_space() {
        assert_eq!(
            normalize("2025-12-16 00:00:00 +0000").as_deref(),
            Some("2025-12-16T00:00:00+0000")
        );
        assert_eq!(
            normalize("2025-12-16 10:30 UTC").as_deref(),
            Some("2025-12-16T10:30Z")
        );
        assert_eq!(
            normalize("2025-12-16 10:30 (local)").as_deref(),
            Some("2025-12-16T10:30")
        );
    }

    #[test]
    fn day_counts() {
        assert_eq!(days_between("2025-12-30", "2026-01-02T10:00Z"), Some(3));
        assert_eq!(days_between("2026-03-09", "2026-01-15"), Some(-53));
        assert_eq!(days_between("2026-03", "2026-01-15"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.com/2019/11/19/some-story/").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            from_url("https://x.com/news/2019-11-19-story").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            from_url("https://x.com/blog/2023/october/03/wine-types").as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(from_url("https://x.com/2023/guide/03/x"), None);
        assert_eq!(from_url("https://x.com/news/story-123"), None);
        assert_eq!(
            from_url("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm").as_deref(),
            Some("2020-02-19")
        );
        assert_eq!(from_url("https://x.com/2020-02/191/x"), None);
        assert_eq!(
            from_url("https://www.thelocal.se/20200428/meet-the-swede").as_deref(),
            Some("2020-04-28")
        );
        assert_eq!(from_url("https://x.com/article/20201399/x"), None);
        assert_eq!(from_url("https://x.com/article/202004281/x"), None);
    }
}
