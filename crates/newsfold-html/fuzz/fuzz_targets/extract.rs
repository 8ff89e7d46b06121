//! Any bytes through decoding, parsing, metadata and content extraction:
//! must return, never panic or overflow the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfold_html::{extract_into, parse_only, HtmlOptions};
use newsfold_types::{InputFormat, Record};

fuzz_target!(|data: &[u8]| {
    let mut rec = Record::new("fuzz.html", InputFormat::Html);
    let opts = HtmlOptions {
        url: Some("https://example.com/2020/01/02/story".to_string()),
    };
    extract_into(data, &opts, &mut rec);
    // Offsets must index the body.
    let chars = rec.body.chars().count();
    for p in &rec.paragraphs {
        assert!(p.start <= p.end && p.end <= chars);
    }
    let _ = parse_only(data);
});
