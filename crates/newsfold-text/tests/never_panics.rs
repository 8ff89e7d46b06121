//! Any text at all gives a record without panicking, and the record's body is
//! always its paragraphs joined by blank lines.

use newsfold_types::{InputFormat, Record};
use proptest::prelude::*;

fn check(text: &str) {
    let mut rec = Record::new("p.txt", InputFormat::Text);
    newsfold_text::extract_into(text, &mut rec);
    let joined = rec
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_eq!(rec.body, joined);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn text_like_input(lines in proptest::collection::vec(
        prop_oneof![
            Just(String::new()),
            Just("\u{c}".to_string()),
            Just("• Home".to_string()),
            Just("By Jane Doe".to_string()),
            Just("Nov. 19, 2019 8:03 am ET".to_string()),
            Just("\"\"quoted,' he said\"".to_string()),
            Just("inter-".to_string()),
            "[A-Za-z ,.'\"-]{0,120}",
            "[a-z]{1,12}( [a-z]{1,12}){8,30}\\.",
        ],
        0..40,
    )) {
        check(&lines.join("\n"));
    }
}
