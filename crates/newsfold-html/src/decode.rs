//! Bytes to text: BOM, then a charset declared in the first bytes
//! (`<meta charset>`, `<meta http-equiv content="...charset=">`, `<?xml encoding>`),
//! then detection (newsfold_read::decode: UTF-8, else chardetng).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::borrow::Cow;

/// How far into the page a charset declaration is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Decodes a page; invalid sequences become U+FFFD.
pub fn decode_page(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    if Encoding::for_bom(bytes).is_some() {
        return newsfold_read::decode(bytes, None);
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return newsfold_read::decode(bytes, Some(enc));
    }
    let declared = declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let declared = match declared {
        // A page saved as UTF-8 that still declares its old legacy charset: valid
        // multi-byte UTF-8 almost never happens by chance in legacy text.
        Some(enc) if enc != UTF_8 && looks_like_utf8(bytes) => Some(UTF_8),
        // A meta tag cannot declare UTF-16 (the bytes were readable as ASCII).
        Some(enc) if enc == UTF_16LE || enc == UTF_16BE => Some(UTF_8),
        other => other,
    };
    newsfold_read::decode(bytes, declared)
}

/// Valid UTF-8 with at least some multi-byte sequences.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// UTF-16 without a BOM: ASCII markup leaves every other byte zero.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 < pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset a page declares in its first bytes, if encoding_rs knows the label.
pub fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let at = from + pos + b"charset".len();
        from = at;
        // Only inside a tag: the nearest '<' before must be later than the nearest '>'.
        let before = &lower[..at];
        let lt = before.iter().rposition(|b| *b == b'<');
        let gt = before.iter().rposition(|b| *b == b'>');
        match (lt, gt) {
            (Some(l), Some(g)) if g > l => continue,
            (None, _) => continue,
            _ => {}
        }
        if let Some(label) = label_after(&lower[at..]) {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(enc);
            }
        }
    }
    if lower.starts_with(b"<?xml") {
        if let Some(pos) = find(&lower[..lower.len().min(200)], b"encoding") {
            if let Some(label) = label_after(&lower[pos + 8..]) {
                return Encoding::for_label(label);
            }
        }
    }
    None
}

/// The value after `charset`: optional spaces, '=', optional quote, then the label.
fn label_after(rest: &[u8]) -> Option<&[u8]> {
    let mut i = 0;
    while i < rest.len() && rest[i].is_ascii_whitespace() {
        i += 1;
    }
    if rest.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while i < rest.len() && (rest[i].is_ascii_whitespace() || rest[i] == b'"' || rest[i] == b'\'') {
        i += 1;
    }
    let start = i;
    while i < rest.len()
        && (rest[i].is_ascii_alphanumeric() || matches!(rest[i], b'-' | b'_' | b':' | b'.'))
    {
        i += 1;
    }
    (i > start).then(|| &rest[start..i])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(charset: &str, body: &str, enc: &'static Encoding) -> Vec<u8> {
        let html = format!("<html><head><meta charset=\"{charset}\"><title>t</title></head><body><p>{body}</p></body></html>");
        enc.encode(&html).0.into_owned()
    }

    #[test]
    fn meta_charset_wins() {
        let text = "Съешь же ещё этих мягких французских булок";
        for (label, enc) in [
            ("windows-1251", encoding_rs::WINDOWS_1251),
            ("koi8-r", encoding_rs::KOI8_R),
        ] {
            let bytes = page(label, text, enc);
            let (out, used) = decode_page(&bytes);
            assert_eq!(used, enc);
            assert!(out.contains(text));
        }
    }

    #[test]
    fn east_asian_and_latin() {
        let cases = [
            ("shift_jis", "日本語のテキストです", encoding_rs::SHIFT_JIS),
            ("gbk", "中文文本测试内容", encoding_rs::GBK),
            ("iso-8859-2", "Zażółć gęślą jaźń", encoding_rs::ISO_8859_2),
            ("iso-8859-1", "Déjà vu, garçon", encoding_rs::WINDOWS_1252),
        ];
        for (label, text, enc) in cases {
            let bytes = page(label, text, enc);
            let (out, _) = decode_page(&bytes);
            assert!(out.contains(text), "{label}: {out}");
        }
    }

    #[test]
    fn http_equiv_content_type() {
        let html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Привет</p>";
        let bytes = encoding_rs::WINDOWS_1251.encode(html).0.into_owned();
        assert!(decode_page(&bytes).0.contains("Привет"));
    }

    #[test]
    fn utf8_page_with_stale_legacy_declaration() {
        let html = "<meta charset=\"iso-8859-1\"><p>naïve café</p>";
        assert!(decode_page(html.as_bytes()).0.contains("naïve café"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let html = "<html><body><p>Grüße aus Köln</p></body></html>";
        let le: Vec<u8> = html.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(decode_page(&le).0.contains("Grüße"));
        let mut be: Vec<u8> = vec![0xFE, 0xFF];
        be.extend(html.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert!(decode_page(&be).0.contains("Grüße"));
    }

    #[test]
    fn charset_in_text_is_ignored() {
        assert_eq!(declared_charset(b"<p>charset=koi8-r</p>"), None);
        assert_eq!(declared_charset(b"<meta charset=unknown-thing>"), None);
    }

    #[test]
    fn garbage_never_panics() {
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let _ = decode_page(&bytes);
        let _ = decode_page(b"");
        let _ = decode_page(b"<meta charset=");
    }
}
