//! The publication's name, from where the text shows it structurally: a
//! masthead, a print header "Title - Site", a proper name repeated in the
//! boilerplate, a copyright line.

use crate::features::{find_loose, is_alnum, FnvMap};

/// A masthead line as a name: ". Moscow Times" -> "Moscow Times".
pub fn from_masthead(text: &str) -> Option<String> {
    let t = text.trim_matches(|c: char| !is_alnum(c));
    let words = t.split_whitespace().count();
    ((1..=5).contains(&words) && t.chars().next().is_some_and(|c| c.is_uppercase()))
        .then(|| t.to_string())
}

/// "Headline - Site Name - Tagline" printed at the top of every page.
pub fn from_print_header(header: &str, title: &str) -> Option<String> {
    let h = header.trim();
    let (_, end) = find_loose(h, title.trim())?;
    let after = h[end..]
        .trim_start()
        .strip_prefix(['-', '|', '–', '—', '·', ':'])?;
    let cut = [" - ", " | ", " – ", " — ", " · "]
        .iter()
        .filter_map(|sep| after.find(sep))
        .min()
        .unwrap_or(after.len());
    let first = after[..cut].trim();
    let words = first.split_whitespace().count();
    ((1..=6).contains(&words)).then(|| first.to_string())
}

/// Runs of capitalised words (2-5, may start with "The") in `text`.
fn proper_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        // A sentence-initial "The"/"A" alone does not make a name.
        if run.len() >= 2 && run.len() <= 5 {
            out.push(run.join(" "));
        }
        run.clear();
    };
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !is_alnum(c) && c != '.' && c != '&');
        let word = word.trim_end_matches('.');
        let capital = word.chars().next().is_some_and(|c| c.is_uppercase());
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        if capital && !possessive && word.chars().count() > 1 {
            run.push(word);
        } else {
            flush(&mut run, &mut out);
        }
        // Punctuation after a word ends the name.
        if raw.ends_with([',', '.', ':', ';', '!', '?', ')', '"', '”']) {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The multi-word proper name that recurs most in boilerplate prose
/// (appeals, footers), seen at least twice.
pub fn from_repeated_names<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: FnvMap<String, usize> = FnvMap::default();
    for t in texts {
        for name in proper_names(t) {
            *counts.entry(name).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.len().cmp(&b.0.len()))
                .then(b.0.cmp(&a.0))
        })
        .map(|(name, _)| name)
}

/// "Copyright © 2019, Los Angeles Times | Terms" -> "Los Angeles Times".
pub fn from_copyright(text: &str) -> Option<String> {
    let at = text
        .find('©')
        .or_else(|| find_loose(text, "copyright").map(|(start, _)| start))?;
    let tail = &text[at..];
    proper_names(
        &tail
            .replace("Copyright", " ")
            .replace('©', " ")
            .replace(|c: char| c.is_ascii_digit(), " "),
    )
    .into_iter()
    .find(|n| !n.to_lowercase().starts_with("all rights"))
}

/// Prefers "The Moscow Times" over "Moscow Times" when the input has it.
pub fn fuller_form(name: &str, whole_text: &str) -> String {
    if name.starts_with("The ") {
        return name.to_string();
    }
    let fuller = format!("The {name}");
    if whole_text.contains(&fuller) {
        fuller
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masthead() {
        assert_eq!(
            from_masthead(". Moscow Times").as_deref(),
            Some("Moscow Times")
        );
        assert_eq!(
            from_masthead("this is a sentence that goes on and on."),
            None
        );
    }

    #[test]
    fn print_header() {
        assert_eq!(
            from_print_header(
                "Black Friday per nostalgici - Remember 80/90 - Memorabilia",
                "Black Friday per nostalgici"
            )
            .as_deref(),
            Some("Remember 80/90")
        );
    }

    #[test]
    fn repeated_name_in_appeal() {
        let appeal = [
            "A Message from The Moscow Times:",
            "Russia's Prosecutor General's Office has designated The Moscow Times as an undesirable organization.",
            "We, the journalists of The Moscow Times, refuse to be silenced.",
        ];
        assert_eq!(
            from_repeated_names(appeal.into_iter()).as_deref(),
            Some("The Moscow Times")
        );
    }

    #[test]
    fn copyright() {
        assert_eq!(
            from_copyright("Copyright © 2019, Los Angeles Times | Terms of Service").as_deref(),
            Some("Los Angeles Times")
        );
    }

    #[test]
    fn fuller() {
        assert_eq!(
            fuller_form("Moscow Times", "by The Moscow Times staff"),
            "The Moscow Times"
        );
        assert_eq!(fuller_form("Moscow Times", "Moscow Times"), "Moscow Times");
    }
}
