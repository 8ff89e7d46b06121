//! The two seed renderings of one Moscow Times story: a web page's text and
//! a PDF's text layer. Full records are snapshotted; the facts the issue
//! asks for are asserted one by one.

use newsfold_types::{InputFormat, Record};
use std::collections::HashMap;
use std::path::PathBuf;

const WEB: &str = "000_cbab12af0755ade9.txt";
const PDF: &str = "001_60a101c0e6a68700.txt";

fn seed_text(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/seeds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn extract(name: &str) -> Record {
    let mut rec = Record::new(name, InputFormat::Text);
    newsfold_text::extract_into(&seed_text(name), &mut rec);
    rec
}

/// The article's paragraphs: the web seed's first 13 lines.
fn expected_paragraphs() -> Vec<String> {
    seed_text(WEB)
        .lines()
        .take(13)
        .map(str::to_string)
        .collect()
}

/// Bag-of-words F1 over lower-cased word tokens (the eval crate's token F1).
fn token_f1(predicted: &str, truth: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut gold: HashMap<String, i64> = HashMap::new();
    for t in tokens(truth) {
        *gold.entry(t).or_insert(0) += 1;
    }
    let pred = tokens(predicted);
    let gold_len: i64 = gold.values().sum();
    let mut hit = 0;
    for t in &pred {
        if let Some(c) = gold.get_mut(t) {
            if *c > 0 {
                *c -= 1;
                hit += 1;
            }
        }
    }
    if pred.is_empty() || gold_len == 0 {
        return 0.0;
    }
    let (p, r) = (hit as f64 / pred.len() as f64, hit as f64 / gold_len as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn assert_no_boilerplate_in_body(rec: &Record) {
    for noise in [
        "30 YEARS INDEPENDENT NEWS FROM RUSSIA",
        "Press Service",
        "Related article",
        "Collective Action",
        "A Message from The Moscow Times",
        "Dear readers",
        "Remind me later",
        "support us monthly",
    ] {
        assert!(
            !rec.body.contains(noise),
            "body of {} holds {noise:?}",
            rec.source
        );
    }
    assert!(!rec.body.starts_with(". Moscow Times"));
}

#[test]
fn web_seed_gives_exactly_the_article() {
    let rec = extract(WEB);
    let texts: Vec<&str> = rec.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, expected_paragraphs());
    assert_no_boilerplate_in_body(&rec);
    assert_eq!(rec.site_name.as_deref(), Some("The Moscow Times"));
    assert!(rec
        .removed
        .iter()
        .any(|r| r.kind == newsfold_types::RemovedKind::Donation
            && r.text.contains("Remind me later")));
}

#[test]
fn pdf_seed_matches_the_article() {
    let rec = extract(PDF);
    assert_eq!(rec.paragraphs.len(), 13);
    let f1 = token_f1(&rec.body, &expected_paragraphs().join("\n\n"));
    assert!(f1 >= 0.995, "token F1 {f1}");
    assert_no_boilerplate_in_body(&rec);
    assert_eq!(
        rec.title.as_deref(),
        Some("Moscow Calls for UN Conference To Solve Israel Conflict 'Forever'")
    );
    assert!(rec
        .captions
        .iter()
        .any(|c| c.text == "Russian Foreign Minister Sergei Lavrov"
            && c.credit.as_deref() == Some("Russian Foreign Ministry Press Service")));
    assert_eq!(rec.related.len(), 1);
    assert!(rec.related[0].text.contains("Collective Action"));
    assert!(matches!(
        rec.site_name.as_deref(),
        Some("Moscow Times" | "The Moscow Times")
    ));
}

#[test]
fn pdf_seed_quotes_are_repaired() {
    let rec = extract(PDF);
    assert!(rec.body.contains("such an event,\" he said"));
    assert!(rec.body.contains("the \"continuing injustice"));
    assert!(!rec.body.contains("\"\""));
}

#[test]
fn web_seed_record() {
    insta::assert_json_snapshot!("web_seed_record", extract(WEB));
}

#[test]
fn pdf_seed_record() {
    insta::assert_json_snapshot!("pdf_seed_record", extract(PDF));
}
