//! Lines with layout hints, as the PDF reader passes them: the headline is
//! the largest type near the top of the first page, even when it is not the
//! block right above the body.

use newsfold_text::{extract_lines_into, Line};
use newsfold_types::{InputFormat, Record};

fn line(text: &str, page: u32, size: f32, y: f32) -> Line {
    Line {
        text: text.to_string(),
        page: Some(page),
        font_size: Some(size),
        x: Some(72.0),
        y: Some(y),
        bold: size > 12.0,
        headline: false,
    }
}

#[test]
fn largest_type_on_the_first_page_is_the_headline() {
    let body = "The council voted on Tuesday to approve the new budget after a long debate, officials said in a statement.";
    let lines = vec![
        line("Daily Courier", 1, 14.0, 40.0),
        line("Council Approves", 1, 26.0, 90.0),
        line("New City Budget", 1, 26.0, 120.0),
        line("Local politics", 1, 11.0, 160.0),
        line("By Jane Doe", 1, 10.0, 180.0),
        line(body, 1, 10.0, 220.0),
        line(body, 1, 10.0, 250.0),
        line("Second page text goes on with more detail about the vote and what it means for residents.", 2, 10.0, 60.0),
    ];
    let mut rec = Record::new("layout.pdf", InputFormat::Pdf);
    extract_lines_into(lines, &mut rec);
    assert_eq!(
        rec.title.as_deref(),
        Some("Council Approves New City Budget")
    );
    assert_eq!(rec.authors, vec!["Jane Doe".to_string()]);
    assert!(rec.body.starts_with("The council voted"));
    assert!(!rec.body.contains("Council Approves"));
}
