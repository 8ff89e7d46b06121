//! UTF-8 text that was once decoded as Latin-1 or windows-1252 and saved again
//! ("NASAâ€™s" for "NASA’s", "CafÃ©" for "Café"): pages carry it in their own
//! source and print it into PDFs, and copying keeps it.

use std::borrow::Cow;

/// The windows-1252 byte a character was decoded from, if it is one of the
/// bytes 0x80-0xFF (C1 controls stand for themselves, as Latin-1 reads them).
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// Undoes the double decoding where it is certain: a lead byte's character
/// (Â-ô) followed by continuation bytes' characters that together are valid
/// UTF-8 of one character. Real text does not spell "â€™" or "Ã©"; anything else
/// is left as it is.
pub fn repair(s: &str) -> Cow<'_, str> {
    // Every repair starts at a lead byte read as Â (0xC2) to ô (0xF4).
    // Those are U+00C2..=U+00F4, in UTF-8 0xC3 then 0x82..=0xB4.
    if !s
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == 0xc3 && (0x82..=0xb4).contains(&w[1]))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut fixed_any = false;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let width = match c as u32 {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        if width > 0 {
            let mut bytes = [0u8; 4];
            let mut used = 0;
            let mut n = 0;
            for ch in rest.chars().take(width) {
                match cp1252_byte(ch) {
                    Some(b) if n == 0 || (0x80..=0xbf).contains(&b) => {
                        bytes[n] = b;
                        n += 1;
                        used += ch.len_utf8();
                    }
                    _ => break,
                }
            }
            if n == width {
                if let Ok(decoded) = std::str::from_utf8(&bytes[..n]) {
                    out.push_str(decoded);
                    rest = &rest[used..];
                    fixed_any = true;
                    continue;
                }
            }
        }
        if let Some(skip) = broken_tail(c, rest, out.chars().last()) {
            out.push_str(skip.0);
            rest = &rest[skip.1..];
            fixed_any = true;
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if fixed_any {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// Double decodings that lost a byte on the way, as printed pages show them:
/// "USÂ President" (a no-break space saved as a plain one after its "Â") and
/// "said,â€ he" (the closing quote's 0x9D, which windows-1252 leaves undefined,
/// dropped). Returns the repair and how many bytes of `rest` it replaces.
fn broken_tail(c: char, rest: &str, before: Option<char>) -> Option<(&'static str, usize)> {
    let mut next = rest.chars().skip(1);
    match c {
        'Â' if before.is_some_and(|b| !b.is_whitespace()) && next.next() == Some(' ') => {
            Some(("", 'Â'.len_utf8()))
        }
        'â' if next.next() == Some('€') && next.next().is_none_or(|n| cp1252_byte(n).is_none()) => {
            Some(("”", 'â'.len_utf8() + '€'.len_utf8()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn undoes_double_decoding() {
        assert_eq!(repair("NASAâ€™s moon shot"), "NASA’s moon shot");
        assert_eq!(repair("CafÃ© dÃ©jÃ\u{a0}vu"), "Café déjàvu");
        assert_eq!(repair("â€œWe will,â€\u{9d} he said"), "“We will,” he said");
        assert_eq!(
            repair("A DIY Investor\u{e2}\u{80}\u{99}s Guide"),
            "A DIY Investor’s Guide"
        );
        // A byte lost in print: the no-break space, the closing quote's 0x9D.
        assert_eq!(repair("USÂ President"), "US President");
        assert_eq!(
            repair("“We have a need,â€ he said, “and â€"),
            "“We have a need,” he said, “and ”"
        );
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "Café déjà vu",
            "Zürich – Genève",
            "Ångström",
            "São Paulo",
            "Â alone",
            "ô€",
        ] {
            assert_eq!(repair(s), s);
        }
    }
}
