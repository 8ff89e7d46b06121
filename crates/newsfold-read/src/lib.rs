//! Reading inputs: the first stage of the pipeline.
//!
//! [`expand`] turns the paths a user gave (files, directories walked
//! recursively in name order, `-` for stdin) into [`Source`]s; [`read`]
//! loads one, decompressing `.gz`; [`sniff`] tells from the content whether
//! it is a PDF, HTML or plain text; [`decode`] turns bytes into text (BOM,
//! then a declared charset, then UTF-8, then detection with chardetng).
//!
//! ```
//! use newsfold_read::{sniff, decode};
//! use newsfold_types::InputFormat;
//! assert_eq!(sniff(b"%PDF-1.7 ...", "x.bin"), InputFormat::Pdf);
//! assert_eq!(sniff(b"<!doctype html><p>hi", "x"), InputFormat::Html);
//! assert_eq!(decode(b"\xEF\xBB\xBFabc", None).0, "abc");
//! ```

pub mod mojibake;

use encoding_rs::Encoding;
use newsfold_types::InputFormat;
use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Inputs larger than this are refused rather than read whole into memory.
pub const MAX_INPUT_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot decompress {path}: {source}")]
    Gzip {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is larger than the {limit} byte input limit")]
    TooLarge { path: String, limit: u64 },
}

/// Where one input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in records: the path as given, or "-".
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Expands user-given paths: directories recursively (sorted, hidden files skipped).
/// A path that does not exist is kept, so reading it yields an error record.
pub fn expand(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, &mut out);
        } else {
            out.push(Source::File(path.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(Source::File(dir.to_path_buf()));
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(Source::File(p));
        }
    }
}

/// The decompressed size a gzip file announces in its last four bytes (modulo
/// 4 GiB, last member only), trusted up to a plausible compression ratio: a
/// capacity hint that spares growing the buffer many times over.
fn gzip_size_hint(raw: &[u8]) -> usize {
    let Some(tail) = raw.len().checked_sub(4).and_then(|at| raw.get(at..)) else {
        return 0;
    };
    let announced = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize;
    announced
        .min(raw.len().saturating_mul(100))
        .min(MAX_INPUT_BYTES as usize + 1)
}

/// Reads a source whole, decompressing gzip (by magic bytes, whatever the name).
pub fn read(source: &Source) -> Result<Vec<u8>, ReadError> {
    let name = source.name();
    let io = |e| ReadError::Io {
        path: name.clone(),
        source: e,
    };
    let raw = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(io)?;
            buf
        }
        Source::File(p) => {
            let meta = std::fs::metadata(p).map_err(io)?;
            if meta.is_dir() {
                return Err(io(std::io::Error::other("is a directory")));
            }
            if meta.len() > MAX_INPUT_BYTES {
                return Err(ReadError::TooLarge {
                    path: name,
                    limit: MAX_INPUT_BYTES,
                });
            }
            std::fs::read(p).map_err(io)?
        }
    };
    if raw.len() as u64 > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge {
            path: name,
            limit: MAX_INPUT_BYTES,
        });
    }
    if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::with_capacity(gzip_size_hint(&raw));
        flate2::read::MultiGzDecoder::new(&raw[..])
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| ReadError::Gzip {
                path: name.clone(),
                source: e,
            })?;
        if out.len() as u64 > MAX_INPUT_BYTES {
            return Err(ReadError::TooLarge {
                path: name,
                limit: MAX_INPUT_BYTES,
            });
        }
        return Ok(out);
    }
    Ok(raw)
}

/// Scripts written without spaces between words (kana, CJK ideographs, Hangul
/// syllables, Thai): word counts and separators need other rules there.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}' | '\u{0e00}'..='\u{0e7f}')
}

/// Tells the format from the content; the file name only breaks ties.
pub fn sniff(bytes: &[u8], name: &str) -> InputFormat {
    let head = &bytes[..bytes.len().min(1024)];
    if find(head, b"%PDF-").is_some() {
        return InputFormat::Pdf;
    }
    let (text, _) = decode(&bytes[..bytes.len().min(4096)], None);
    let lower = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
    {
        return InputFormat::Html;
    }
    let tags = [
        "<head", "<body", "<div", "<p>", "<p ", "<meta", "<title", "<article", "<script", "<style",
        "<link", "<br", "<table", "<span", "<section", "<img ",
    ];
    let hits = tags.iter().filter(|t| lower.contains(*t)).count();
    if hits >= 2 || (lower.starts_with('<') && hits >= 1) {
        return InputFormat::Html;
    }
    // A page whose first kilobytes are a style sheet or a server's warnings: its
    // document element comes later.
    if lower.starts_with('<') {
        let (more, _) = decode(&bytes[..bytes.len().min(65536)], None);
        let more = more.to_ascii_lowercase();
        if ["<html", "<head", "<body"]
            .iter()
            .filter(|t| more.contains(*t))
            .count()
            >= 2
        {
            return InputFormat::Html;
        }
    }
    let stem = name.trim_end_matches(".gz").to_ascii_lowercase();
    let html_name = stem.ends_with(".html") || stem.ends_with(".htm") || stem.ends_with(".xhtml");
    if html_name && hits >= 1 {
        return InputFormat::Html;
    }
    InputFormat::Text
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes bytes to text: a BOM wins, then `declared`, then valid UTF-8, then
/// chardetng's guess. Invalid sequences become U+FFFD; never fails.
/// Returns the text (borrowed when the bytes already were valid UTF-8: pages are
/// megabytes, and most are) and the encoding used.
pub fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&'static Encoding>,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, enc);
    }
    if let Some(enc) = declared {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return (text, enc);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), encoding_rs::UTF_8);
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let enc = det.guess(None, true);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text, enc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"Just some text.\nMore.", "a.txt"), InputFormat::Text);
        assert_eq!(sniff(b"<div><p>x</p></div>", "a"), InputFormat::Html);
        assert_eq!(sniff(b"\n\n  <HTML><body>", "a"), InputFormat::Html);
        assert_eq!(sniff(b"%PDF-1.4\n", "a.html"), InputFormat::Pdf);
        assert_eq!(
            sniff(b"Use <p> for paragraphs.", "a.txt"),
            InputFormat::Text
        );
        // A style sheet first, the document later.
        let styled = format!(
            "<style>\n{}</style>\n<div class=\"post\">",
            "a { b: c; }\n".repeat(400)
        );
        assert_eq!(sniff(styled.as_bytes(), "a"), InputFormat::Html);
        let warned = format!(
            "<br />\n<b>Deprecated</b>: {}\n<html><head></head><body>x</body></html>",
            "Assigning the return value of new by reference is deprecated. ".repeat(80)
        );
        assert_eq!(sniff(warned.as_bytes(), "a"), InputFormat::Html);
    }

    #[test]
    fn decodes_windows_1251() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("Привет, мир! Это проверка кодировки текста.");
        let (text, _) = decode(&bytes, None);
        assert_eq!(text, "Привет, мир! Это проверка кодировки текста.");
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "hé".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, None).0, "hé");
    }

    #[test]
    fn reads_gzip_by_magic() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("nf-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"hello").unwrap();
        std::fs::write(&path, enc.finish().unwrap()).unwrap();
        assert_eq!(read(&Source::File(path)).unwrap(), b"hello");
        let missing = read(&Source::File(dir.join("nope")));
        assert!(matches!(missing, Err(ReadError::Io { .. })));
        std::fs::remove_dir_all(dir).unwrap();
    }

    proptest! {
        #[test]
        fn decode_and_sniff_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = sniff(&bytes, "x");
            let _ = decode(&bytes, None);
        }
    }
}
