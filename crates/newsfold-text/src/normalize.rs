//! Character-level clean-up of one input line, before any structure is read.

use std::borrow::Cow;

/// Replaces typographic ligatures, no-break and odd spaces; drops control
/// characters. A soft hyphen at the very end is kept as '-' so that reflow can
/// rejoin the word; elsewhere it is invisible and dropped.
pub fn clean_line(raw: &str) -> Cow<'_, str> {
    let trimmed_end = raw.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    // Most lines are plain printable ASCII: nothing to replace.
    if trimmed_end.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return Cow::Borrowed(trimmed_end);
    }
    // Text decoded twice on its way here ("NASAâ€™s") is put right first.
    let repaired = newsfold_read::mojibake::repair(trimmed_end);
    let trimmed_end = repaired.as_ref();
    let mut out = String::with_capacity(trimmed_end.len());
    // Runs of characters kept as they are are copied whole.
    let mut kept_from = 0;
    let bytes = trimmed_end.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Printable ASCII stays: only the rest is decoded.
        if (b' '..=b'~').contains(&bytes[i]) {
            i += 1;
            continue;
        }
        let Some(c) = trimmed_end[i..].chars().next() else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        let replacement = match c {
            '\u{fb00}' => "ff",
            '\u{fb01}' => "fi",
            '\u{fb02}' => "fl",
            '\u{fb03}' => "ffi",
            '\u{fb04}' => "ffl",
            '\u{fb05}' | '\u{fb06}' => "st",
            '\u{a733}' => "aa",
            '\u{0133}' => "ij",
            '\u{00ad}' if i == trimmed_end.len() => "-",
            '\u{00ad}' => "",
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => " ",
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => "",
            c if c.is_control() => "",
            _ => continue,
        };
        out.push_str(&trimmed_end[kept_from..at]);
        out.push_str(replacement);
        kept_from = i;
    }
    out.push_str(&trimmed_end[kept_from..]);
    Cow::Owned(out)
}

/// Number of leading spaces (after [`clean_line`] tabs are spaces).
pub fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Glyphs that mark a list item at the start of a line.
pub fn strip_bullet(text: &str) -> (bool, &str) {
    let mut chars = text.chars();
    match chars.next() {
        Some('•' | '·' | '▪' | '◦' | '‣' | '►' | '▸' | '●' | '○' | '■' | '□' | '➤' | '✓') => {
            (true, chars.as_str().trim_start())
        }
        Some('*' | '-' | '–') if chars.as_str().starts_with(' ') => (true, text),
        _ => (false, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_are_undone() {
        assert_eq!(
            clean_line("ﬁnal ﬂow eﬀect oﬃce baﬄe"),
            "final flow effect office baffle"
        );
    }

    #[test]
    fn spaces_and_soft_hyphens() {
        assert_eq!(clean_line("a\u{a0}b\tc  "), "a b c");
        assert_eq!(clean_line("inter\u{ad}national"), "international");
        assert_eq!(clean_line("inter\u{ad}"), "inter-");
    }

    #[test]
    fn bullets() {
        assert_eq!(strip_bullet("• Business"), (true, "Business"));
        assert_eq!(strip_bullet("- item"), (true, "- item"));
        assert_eq!(strip_bullet("-5 degrees"), (false, "-5 degrees"));
    }
}
