//! Hostile inputs: every one must give a record (text or a clear error) in
//! bounded time, never a panic, stack overflow or hang. Big inputs are built
//! here rather than committed.

use newsfold_html::{extract_into, parse_only, HtmlOptions};
use newsfold_types::{InputFormat, Record};
use std::time::{Duration, Instant};

fn extract(bytes: &[u8]) -> (Record, Duration) {
    let mut rec = Record::new("t.html", InputFormat::Html);
    let start = Instant::now();
    extract_into(bytes, &HtmlOptions::default(), &mut rec);
    (rec, start.elapsed())
}

/// Generous limits: debug builds are ~10x slower than release.
fn limit(release_secs: u64) -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(release_secs * 20)
    } else {
        Duration::from_secs(release_secs)
    }
}

const PARAGRAPH: &str = "<p>The council voted on Tuesday to extend the programme for another year, officials said, after a long debate.</p>";

#[test]
fn empty_and_whitespace_inputs_are_errors() {
    for input in [&b""[..], b"   \n\t", b"<html></html>", b"<!doctype html>"] {
        let (rec, _) = extract(input);
        assert!(rec.error.is_some(), "{input:?}");
        assert!(rec.body.is_empty());
    }
}

#[test]
fn binary_garbage_gives_a_record() {
    // A fixed pseudo-random stream, so failures reproduce.
    let mut x: u32 = 0x9E37_79B9;
    let bytes: Vec<u8> = (0..300_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    let (rec, took) = extract(&bytes);
    assert!(took < limit(5));
    assert!(rec.error.is_some() || !rec.body.is_empty());
}

#[test]
fn deeply_nested_page_does_not_overflow() {
    let depth = 10_000;
    let mut html = String::from("<html><body>");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(PARAGRAPH);
    html.push_str(PARAGRAPH);
    for _ in 0..depth {
        html.push_str("</div>");
    }
    // Inline nesting too (formatting elements take another path in the tree builder).
    html.push_str(&"<span><b>".repeat(depth / 2));
    html.push_str("deep inline text");
    let (rec, took) = extract(html.as_bytes());
    assert!(took < limit(10), "took {took:?}");
    assert!(rec.body.contains("extend the programme"), "{:?}", rec.error);
}

#[test]
fn fifty_megabyte_page_finishes() {
    let mut html = String::with_capacity(51 * 1024 * 1024);
    html.push_str("<html><head><title>Big page</title></head><body><article>");
    while html.len() < 50 * 1024 * 1024 {
        html.push_str(PARAGRAPH);
        html.push_str("<div class=\"share\"><a href=\"/x\">Share</a></div>\n");
    }
    html.push_str("</article></body></html>");
    let (rec, took) = extract(html.as_bytes());
    assert!(took < limit(30), "took {took:?}");
    assert!(rec.body.len() > 10_000_000);
    assert!(parse_only(html.as_bytes()) > 100_000);
}

#[test]
fn page_without_an_article_is_handled() {
    // A login page: a form and some links, no prose.
    let login = r#"<html><head><title>Sign in</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <form><label>Email <input name="e"></label><label>Password <input type="password"></label>
        <button>Sign in</button></form><footer>© 2024 Example</footer></body></html>"#;
    let (rec, _) = extract(login.as_bytes());
    assert!(rec.error.is_some() || rec.body.len() < 200);
    assert_eq!(rec.title.as_deref(), Some("Sign in"));

    // A home page: only teasers.
    let mut home = String::from("<html><body><main>");
    for i in 0..30 {
        home.push_str(&format!(
            "<div class=\"card\"><h3><a href=\"/story/{i}\">Story number {i} about the local council vote</a></h3>\
             <p>A short summary of the story, enough to look like a sentence or two.</p></div>"
        ));
    }
    home.push_str("</main></body></html>");
    let (rec, took) = extract(home.as_bytes());
    assert!(took < limit(2));
    assert!(rec.error.is_some() || !rec.body.is_empty());
}

#[test]
fn unclosed_and_malformed_markup() {
    let cases = [
        "<p>unclosed <b>bold <i>italic <a href='x'>link",
        "<<<>>><p>x</p></div></div></body></html></html>",
        "<table><tr><td><table><tr><td>nested</td></tr></table>",
        "<script>never closed",
        "<style>p{}</style><template><p>hidden</p></template><p>shown text here</p>",
        "<svg><p>foreign</p></svg><math><mi>x</mi></math>",
        "&#xD800;&#0;&#x110000;&amp",
    ];
    for c in cases {
        let (rec, _) = extract(c.as_bytes());
        assert!(rec.error.is_some() || !rec.body.is_empty(), "{c}");
    }
}
