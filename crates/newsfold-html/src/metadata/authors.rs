//! Author names from bylines and metadata: names only, no "By", roles or links.

/// Splits a byline or author field into clean names.
pub fn names(raw: &str) -> Vec<String> {
    let mut s = raw.trim();
    // An author box: the name, then a long biography; the lines before it will do.
    if s.len() > 300 {
        match s[..s.floor_char_boundary(300)].rfind(" | ") {
            Some(cut) => s = &s[..cut],
            None => return Vec::new(),
        }
    }
    if s.is_empty() || looks_like_url(s) {
        return Vec::new();
    }
    let lower = s.to_lowercase();
    if NOT_AUTHOR_LABELS.iter().any(|l| lower.starts_with(l)) {
        return Vec::new();
    }
    // "This post was written by Danielle Padula, Head of Marketing": the label
    // inside a short sentence.
    let s = match s.to_ascii_lowercase().find(" written by ") {
        Some(at) if at < 40 => &s[at + 1..],
        _ => s,
    };
    let s = strip_by(s);
    // A label alone ("Written by", "Author:") names nobody.
    if is_byline_label(s) {
        return Vec::new();
    }
    // Text after a separator is usually a role, a date or the outlet; a date, read
    // time or label before the name ("Dec. 19, 2025 · Niko Matsakis") is passed over.
    let mut out = Vec::new();
    // "Adrien Ramirez, 4+ years covering hardware | Joanna Nelius, senior editor":
    // names each followed by a biography, one credit per piece.
    let mut after_bio = false;
    for piece in s.split(['|', '\n', '\u{2022}', '·', '(']) {
        let piece = strip_by(piece);
        if piece.is_empty() || is_byline_label(piece) || is_date_line(piece) {
            continue;
        }
        // An author box's biography ("Jane covers data. Based in Colombo, ...") or a
        // story card's headline ("Introducing X: A New Way to ...") is no byline.
        let digits = piece.chars().any(|c| c.is_ascii_digit());
        if piece.split_whitespace().count() > 10 && piece.contains(". ")
            || piece.contains(": ") && !digits
        {
            break;
        }
        let before = out.len();
        let mut bio = false;
        let listed = piece.contains([',', ';', '&', '/']);
        // "hessenschau.de, Frankfurt, Germany": the outlet's address, not a list of names.
        if piece.contains(',') && piece.split(',').next().is_some_and(is_domain) {
            continue;
        }
        // "Bild © hr": a picture credit set in the byline element.
        if piece.contains('©') {
            continue;
        }
        'parts: for part in piece.split([',', ';', '&', '/']) {
            for name in split_and(part) {
                let name = clean_name(&name);
                // A lower-case handle ("jdoe") is a credit on its own, never one word
                // of a list ("helping homeowners plan, visualize, and build").
                let handle =
                    !name.contains(' ') && name.chars().next().is_some_and(char::is_lowercase);
                if name.is_empty() || listed && handle {
                    // What follows a rejected phrase is more of the biography
                    // ("..., software, and science"), not more names.
                    let words = part.split_whitespace().count();
                    let phrase = words >= 5 && (out.len() > before || words > 6)
                        || out.len() > before && part.chars().any(|c| c.is_ascii_digit());
                    if phrase {
                        bio = out.len() > before;
                        break 'parts;
                    }
                } else if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        if after_bio && out.len() == before {
            break;
        }
        after_bio = bio && out.len() == before + 1;
        if (!out.is_empty() || !digits) && !after_bio {
            break;
        }
    }
    out
}

/// "Veröffentlicht am 19.10.19 um 14:34 Uhr", "Updated 3 May 2024": a date line
/// in a byline element, not a name ("Published by Jane Doe" still names her).
fn is_date_line(piece: &str) -> bool {
    const DATE_LABELS: &[&str] = &[
        "published",
        "updated",
        "posted on",
        "veröffentlicht",
        "aktualisiert",
        "erschienen",
        "publié",
        "mis à jour",
        "publicado",
        "actualizado",
        "pubblicato",
        "aggiornato",
        "opublikowano",
    ];
    let lower = piece.trim().to_lowercase();
    let Some(rest) = DATE_LABELS.iter().find_map(|l| lower.strip_prefix(l)) else {
        return false;
    };
    let by = [" by ", " von ", " par ", " por ", " da ", " przez "];
    !rest.starts_with(char::is_alphabetic)
        && rest.contains(|c: char| c.is_ascii_digit())
        && !by.iter().any(|b| rest.contains(b))
}

/// "hessenschau.de", "ORF.at": a bare host name.
fn is_domain(s: &str) -> bool {
    let s = s.trim();
    let Some((host, tld)) = s.rsplit_once('.') else {
        return false;
    };
    !host.is_empty()
        && !s.contains(char::is_whitespace)
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
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
    "article by",
    "authored by",
    "author",
    "authors",
    "author(s)",
    "contributor",
    "contributors",
    "von",
    "verfasst von",
    "geschrieben von",
    "veröffentlicht von",
    "gepostet von",
    "erstellt von",
    "artikel von",
    "ein beitrag von",
    "beitrag von",
    "publié par",
    "publicado por",
    "pubblicato da",
    "opublikowane przez",
    "por",
    "escrito por",
    "par",
    "écrit par",
    "di",
    "scritto da",
    "door",
    "geschreven door",
    "av",
    "skrevet af",
    "skrevet av",
    "skrivet av",
    "kirjoittanut",
    "napisane przez",
    "przez",
    "автор",
    "авторы",
    "autor",
    "autorka",
    "autorzy",
    "autores",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "yazar",
    "text",
    "text by",
    "texto",
    "reported by",
    "story by",
    "作者",
    "著者",
    "執筆者",
    "文",
    "기자",
];

/// Labels before someone who did not write the piece ("Reviewed by", "Edited by").
const NOT_AUTHOR_LABELS: &[&str] = &[
    "reviewed by",
    "medically reviewed",
    "fact checked",
    "fact-checked",
    "edited by",
    "researched by",
    "illustrated by",
    "photos by",
    "photography by",
    "insights from",
    "geprüft von",
    "redigiert von",
    "revisado por",
    "editado por",
    "relu par",
    "révisé par",
    "sprawdzone przez",
];

/// Whether a line opens with a byline word ("By Jane Doe", "Von Max Muster").
pub fn starts_with_by(s: &str) -> bool {
    let stripped = strip_by(s);
    stripped.len() < s.trim().len() && !stripped.is_empty()
}

/// Whether a text is only a byline label ("Written by", "Autor:").
pub fn is_byline_label(s: &str) -> bool {
    let bare = s.trim().trim_end_matches([':', '：']).trim().to_lowercase();
    BYLINE_WORDS.contains(&bare.as_str())
}

/// Whether `s` starts with the first letter of some byline label: a text that
/// does not can be neither a label nor a labelled byline.
pub fn may_open_with_label(s: &str) -> bool {
    let first = first_lowered(s.trim());
    BYLINE_WORDS.iter().any(|w| w.chars().next() == first)
}

fn first_lowered(s: &str) -> Option<char> {
    s.chars().next().and_then(|c| c.to_lowercase().next())
}

pub fn strip_by(s: &str) -> &str {
    let s = s.trim();
    // A label matches only if its first letter does; most texts start with none.
    let first = first_lowered(s);
    // Longest label first: "written by" before "by".
    let mut best = 0;
    for w in BYLINE_WORDS {
        if w.chars().next() != first {
            continue;
        }
        // `head.to_lowercase() == w`, without a copy for ASCII heads.
        let head_is_word = s.get(..w.len()).is_some_and(|head| {
            if head.is_ascii() {
                head.eq_ignore_ascii_case(w) && !w.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                head.to_lowercase() == *w
            }
        });
        if !head_is_word || w.len() <= best {
            continue;
        }
        let rest = &s[w.len()..];
        let next = rest.chars().next();
        // "By Jane", "Autor: Jan", "作者：李", or glued by text joining ("byScott").
        let colon = matches!(next, Some(':' | '：'));
        // "Text Link", "Text size": these labels need their colon.
        if matches!(*w, "text" | "texto" | "文") && !colon {
            continue;
        }
        let bounded = colon
            || next.is_some_and(char::is_whitespace)
            || (!w.is_ascii() && next.is_some())
            || (w.ends_with("by") && next.is_some_and(|c| c.is_ascii_uppercase()));
        if bounded {
            best = w.len();
        }
    }
    if best == 0 {
        // "Analysis by Chris Cillizza", "Commentary by ...": the kind of piece, then "by".
        if let Some(at) = s.find(" by ") {
            if matches!(
                s[..at].to_lowercase().as_str(),
                "analysis"
                    | "commentary"
                    | "opinion"
                    | "column"
                    | "essay"
                    | "reporting"
                    | "interview"
            ) {
                return s[at + 4..].trim();
            }
        }
        return s;
    }
    s[best..].trim_start_matches([':', '：']).trim()
}

/// A site named after a person ("Owain Brennan", the "| Pierce Freeman" after a
/// personal blog's titles): its owner wrote the post, when nothing else says who.
/// Two or three words, each a capital then small letters, none a common word of
/// company, product or publication names.
pub fn personal_site_owner(site: &str) -> Option<String> {
    const NOT_PERSON: &[&str] = &[
        "blog",
        "news",
        "media",
        "group",
        "times",
        "post",
        "journal",
        "daily",
        "weekly",
        "press",
        "studio",
        "labs",
        "lab",
        "data",
        "tech",
        "digital",
        "health",
        "home",
        "world",
        "online",
        "review",
        "magazine",
        "network",
        "solutions",
        "services",
        "company",
        "store",
        "shop",
        "center",
        "centre",
        "institute",
        "university",
        "school",
        "academy",
        "foundation",
        "association",
        "society",
        "club",
        "hub",
        "guide",
        "central",
        "insights",
        "global",
        "international",
        "travel",
        "food",
        "kitchen",
        "garden",
        "house",
        "life",
        "living",
        "style",
        "money",
        "finance",
        "law",
        "legal",
        "clinic",
        "care",
        "team",
        "official",
        "podcast",
        "radio",
        "tv",
    ];
    let site = site.trim();
    let words: Vec<&str> = site.split_whitespace().collect();
    let person_word = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() >= 1
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
            && !NOT_PERSON.contains(&w.to_lowercase().as_str())
    };
    ((2..=3).contains(&words.len()) && words.iter().all(person_word) && plausible_name(site))
        .then(|| site.to_string())
}

/// A credit that names no person ("Staff", "News Desk", "The Upwork Team", "Thrive
/// Agency") as the page gives it, for when no person is credited anywhere.
/// `group_only` asks for a word saying it is a group (for text found by markup).
pub fn group_credit(raw: &str, group_only: bool) -> Option<String> {
    const GROUP_WORDS: &[&str] = &[
        "team",
        "staff",
        "desk",
        "editors",
        "editorial",
        "newsroom",
        "contributor",
        "contributors",
        "agency",
        "redaktion",
        "redacción",
        "redazione",
        "rédaction",
        "redakcja",
        "redactie",
        "редакция",
        "编辑部",
        "編集部",
    ];
    let lower = raw.trim().to_lowercase();
    if NOT_AUTHOR_LABELS.iter().any(|l| lower.starts_with(l)) {
        return None;
    }
    let s = strip_by(raw);
    if s.chars().filter(|c| c.is_alphabetic()).count() < 3 || is_placeholder(s) {
        return None;
    }
    let s = s.split(['|', '(', '\n', '•', '·']).next()?.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || s.len() > 60
        || is_byline_label(s)
        || looks_like_url(s)
        || s.contains('@')
        || s.chars().any(|c| c.is_ascii_digit())
        || !s.chars().any(char::is_alphabetic)
    {
        return None;
    }
    let grouped = words.iter().any(|w| {
        GROUP_WORDS.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
        )
    });
    (grouped || !group_only).then(|| words.join(" "))
}

fn split_and(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = part;
    for sep in [" and ", " und ", " et ", " y ", " e ", " и "] {
        if let Some(at) = rest.find(sep) {
            // "José Volta e Pinto", "José Ortega y Gasset": a surname joined to a
            // full name, not a second person.
            let joins_surname = matches!(sep, " y " | " e ")
                && rest[..at].split_whitespace().count() >= 2
                && rest[at + sep.len()..].split_whitespace().count() == 1;
            if joins_surname {
                continue;
            }
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
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    DAYS.contains(
        &word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase()
            .as_str(),
    )
}

/// Credits a CMS fills in by default ("admin", "Nama" for "Name").
fn is_placeholder(name: &str) -> bool {
    matches!(
        name.trim().to_lowercase().as_str(),
        "admin"
            | "administrator"
            | "webmaster"
            | "guest"
            | "user"
            | "unknown"
            | "name"
            | "nama"
            | "nombre"
            | "nom"
    )
}

fn clean_name(raw: &str) -> String {
    let mut name = strip_by(raw.trim());
    // "David at December 16", "Mahua Das in Projects", "Jane Doe on March 3": the
    // name ends where a lower-case preposition starts the time or section.
    for sep in [" at ", " on ", " in ", " am ", " le ", " el ", " il "] {
        if let Some(at) = name.find(sep) {
            name = &name[..at];
        }
    }
    // "Luke Kim December 17, 2025": a date run on after the name (text joined
    // from sibling elements); a month as a first name ("April Smith") stays.
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(k) = (1..words.len()).find(|&k| {
        super::dates::month_number(words[k]).is_some()
            && words
                .get(k + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    }) {
        if let Some(at) = name.find(words[k]) {
            name = &name[..at];
        }
    }
    let name = name.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '.' | '@')
    });
    if name.is_empty() || name.contains('@') || looks_like_url(name) {
        return String::new();
    }
    let lower = name.to_lowercase();
    if is_role(&lower) || is_placeholder(name) {
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
    if name.contains(['*', '=', '#', '?', '!'])
        || name.eq_ignore_ascii_case("the author")
        || !name.chars().any(char::is_alphabetic)
    {
        return false;
    }
    // A handle ("jdoe") is a name as the site shows it; a run of lower-case words is a sentence.
    let words: Vec<&str> = name.split_whitespace().collect();
    // "in Uncategorized", "im Forum": a place or section after a preposition.
    const PREPOSITIONS: &[&str] = &[
        "in", "im", "on", "at", "auf", "bei", "mit", "für", "zu", "en", "dans", "sur", "su", "w",
        "na", "в", "на",
    ];
    if words.len() >= 2 && PREPOSITIONS.contains(&words[0]) {
        return false;
    }
    let lower = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !PARTICLES.contains(&w.to_lowercase().as_str())
        })
        .count();
    // A sentence's end inside ("technology. Based"), not an initial ("John A. Smith").
    if words.iter().any(|w| {
        w.ends_with('.')
            && w.chars().count() > 4
            && w.chars().next().is_some_and(char::is_lowercase)
    }) {
        return false;
    }
    // Function words ("Head of Marketing", "Insights from", "Florence says") make a phrase.
    const FUNCTION_WORDS: &[&str] = &["by", "from", "of", "says", "for", "with", "the", "to"];
    if words.len() >= 2
        && words
            .iter()
            .any(|w| FUNCTION_WORDS.contains(&w.trim_end_matches(':')))
    {
        return false;
    }
    // Of two words one may be small when it comes first ("danah Boyd"), not when
    // it follows a capital ("Personal finance", a section).
    let small_second = words.len() == 2
        && words[1].chars().next().is_some_and(char::is_lowercase)
        && !PARTICLES.contains(&words[1].to_lowercase().as_str());
    words.len() < 2 || lower * 2 < words.len() || (words.len() == 2 && lower < 2 && !small_second)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sites_named_after_people() {
        use super::personal_site_owner as owner;
        assert_eq!(owner("Owain Brennan").as_deref(), Some("Owain Brennan"));
        assert_eq!(owner("Pierce Freeman").as_deref(), Some("Pierce Freeman"));
        assert_eq!(owner("Engora Data Blog"), None);
        assert_eq!(owner("The Moscow Times"), None);
        assert_eq!(owner("LegalZoom"), None);
        assert_eq!(owner("BBC News"), None);
    }

    #[test]
    fn credit_lines_that_name_nobody() {
        assert!(super::names("hessenschau.de, Frankfurt, Germany").is_empty());
        assert!(super::is_domain("ORF.at"));
        assert!(!super::is_domain("J.R.R."));
        assert!(super::names("Veröffentlicht am 19.10.19 um 14:34 Uhr").is_empty());
        assert!(super::names("Bild © hr").is_empty());

        assert!(super::is_date_line("Updated: 3 May 2024"));
        assert!(!super::is_date_line("Published 3 May 2024 by Jane Doe"));
        assert!(!super::is_date_line("Publishers Weekly 2024"));
    }

    #[test]
    fn a_surname_joined_by_e_or_y_stays_with_its_name() {
        assert_eq!(
            super::names("José Volta e Pinto"),
            vec!["José Volta e Pinto"]
        );
        assert_eq!(
            super::names("Ana Silva e João Santos"),
            vec!["Ana Silva", "João Santos"]
        );
    }

    #[test]
    fn a_name_before_a_long_biography() {
        let bio =
            "Bence is a software developer specializing in audio and game development. ".repeat(5);
        assert_eq!(
            super::names(&format!("Bence Kovács | {bio}")),
            vec!["Bence Kovács"]
        );
    }

    #[test]
    fn words_of_prose_are_no_names() {
        assert!(super::names(
            "Block Renovation personalizes home remodeling with free AI-powered design tools and a \
             vetted contractor network, helping homeowners plan, visualize, and build with confidence."
        )
        .is_empty());
        assert!(super::names("By creating area maps, self-empty").is_empty());
        assert!(super::names("Personal finance").is_empty());
        assert_eq!(super::names("jdoe"), vec!["jdoe"]);
        // Labels, sections, questions and ornaments that bylines leave behind.
        for junk in [
            "Veröffentlicht von",
            "Artikel von",
            "in Uncategorized",
            "wem?",
            "»»»",
        ] {
            assert!(super::names(junk).is_empty(), "{junk}");
        }
        assert_eq!(
            super::names("Veröffentlicht von Chris Jung"),
            vec!["Chris Jung"]
        );
        assert_eq!(
            super::names(
                "This post was written by Danielle Padula, Head of Marketing and Community Development"
            ),
            vec!["Danielle Padula"]
        );
    }

    #[test]
    fn names_each_with_a_biography() {
        assert_eq!(
            super::names(
                "Adrien Ramirez, 4+ years covering computer hardware, software, and science | \
                 Joanna Nelius, senior editor and E Ink enthusiast with 5+ years experience"
            ),
            vec!["Adrien Ramirez", "Joanna Nelius"]
        );
        assert_eq!(
            super::names("Jane Doe, covering city hall since 2010 | Updated March 13, 2024"),
            vec!["Jane Doe"]
        );
        assert_eq!(
            super::names("Jane Doe, Senior Staff Writer, John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
    }

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
        assert!(names("Written by").is_empty());
        assert_eq!(names("byScott Miller"), vec!["Scott Miller"]);
        assert_eq!(
            names("Authored by: Dr Ehsan Jazini"),
            vec!["Dr Ehsan Jazini"]
        );
        assert_eq!(
            names("Posted by David at December 16, 2025 11:15 AM"),
            vec!["David"]
        );
        assert_eq!(names("Mahua Das in Project Management"), vec!["Mahua Das"]);
        assert_eq!(names("Luke Kim December 17, 2025"), vec!["Luke Kim"]);
        assert_eq!(names("April Smith"), vec!["April Smith"]);
        assert_eq!(names("Escrito por María López"), vec!["María López"]);
        assert_eq!(names("Napisane przez: Jan Kowalski"), vec!["Jan Kowalski"]);
        assert!(names("Reviewed by Robert Tschudi").is_empty());
        assert!(names("Researched by").is_empty());
        assert!(names("Insights from").is_empty());
        assert!(names("Head of Marketing").is_empty());
        assert!(names("Florence says").is_empty());
        assert!(names("editorial policies").is_empty());
        assert_eq!(names("Parker Lee"), vec!["Parker Lee"]);
        assert!(names("Text Link").iter().all(|n| n != "Link"));
        assert_eq!(names("Text: Anna Nowak"), vec!["Anna Nowak"]);
        assert_eq!(names("Text by Hunter Dukes"), vec!["Hunter Dukes"]);
        assert_eq!(names("Analysis by Chris Cillizza"), vec!["Chris Cillizza"]);
        assert!(names("Photographs by Ann Lee").is_empty());
        assert!(names("Photos by Ann Lee").is_empty());
        assert!(names("admin").is_empty());
        assert_eq!(names("Dirk Byrne"), vec!["Dirk Byrne"]);
        assert!(names("Autor:").is_empty());
        assert_eq!(names("By Sherif Saed, Wednesday"), vec!["Sherif Saed"]);
        assert_eq!(names("By Olive Ryan, Sat"), vec!["Olive Ryan"]);
        assert!(
            names("Jane writes about data and technology. Based in Colombo, she studies")
                .is_empty()
        );
        assert!(names("Staff Writer").is_empty());
        assert_eq!(
            names("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group"),
            vec!["Niko Matsakis"]
        );
        assert_eq!(
            names("Written by | Ann Lee, senior editor"),
            vec!["Ann Lee"]
        );
        assert!(
            names("Introducing the Growth Collective: A New Way to Earn, Grow | Stacy Edgar")
                .is_empty()
        );
        assert!(names("August 28, 2025 | 5 min read").is_empty());
    }

    #[test]
    fn group_credits() {
        assert_eq!(
            group_credit("Staff Clinician", false).as_deref(),
            Some("Staff Clinician")
        );
        assert_eq!(
            group_credit("By News Desk", true).as_deref(),
            Some("News Desk")
        );
        assert_eq!(group_credit("team", false).as_deref(), Some("team"));
        assert_eq!(
            group_credit("Thrive Agency", true).as_deref(),
            Some("Thrive Agency")
        );
        assert_eq!(
            group_credit("Redaktion", true).as_deref(),
            Some("Redaktion")
        );
        assert_eq!(group_credit("Marketing", true), None);
        assert_eq!(group_credit("AS", false), None);
        assert_eq!(group_credit("Admin", false), None);
        assert_eq!(group_credit("Reviewed by the Editorial Team", false), None);
        assert_eq!(group_credit("Written by", false), None);
        assert_eq!(group_credit("https://x.example/team", false), None);
        assert_eq!(group_credit("Updated 12 March 2024", false), None);
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
