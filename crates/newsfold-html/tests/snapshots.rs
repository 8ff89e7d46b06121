//! Whole records for real pages: a change in extraction shows up as a reviewed snapshot diff.

use newsfold_html::{extract_into, HtmlOptions};
use newsfold_types::{InputFormat, Record};
use std::io::Read;

fn record(fixture: &str) -> Record {
    let path = format!("{}/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read(&path).expect("fixture present");
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&raw[..])
        .read_to_end(&mut bytes)
        .expect("gzip fixture");
    let mut rec = Record::new(fixture, InputFormat::Html);
    extract_into(&bytes, &HtmlOptions::default(), &mut rec);
    rec
}

macro_rules! snapshot {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            insta::assert_json_snapshot!(record($file));
        }
    };
}

snapshot!(english_news_wsj, "en-wsj-gaming.html.gz");
snapshot!(english_blog_nutrition, "en-nutrition-trends.html.gz");
snapshot!(russian_news, "ru-model.html.gz");
snapshot!(portuguese_blog, "pt-music.html.gz");
snapshot!(japanese_blog, "ja-trademark.html.gz");
