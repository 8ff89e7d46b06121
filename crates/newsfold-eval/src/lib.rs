//! Measuring extraction against ground truth.
//!
//! [`body_counts`] is the ScrapingHub article-extraction metric for one page:
//! lower-cased `\w+` tokens, 4-word shingles counted with multiplicity, and
//! true positives, false positives and misses divided by their sum so that
//! long pages weigh no more than short ones. [`Summary`] averages precision
//! and recall over pages and takes the F1 of the two averages. [`run`] reads
//! a `gt.jsonl`, extracts every page and scores body, title, date and authors.
//!
//! ```
//! let c = newsfold_eval::body_counts("a b c d e", "a b c d e");
//! assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
//! ```

pub mod bench;
mod fold_eval;
pub use fold_eval::{run_fold_eval, FoldScore};

use newsfold_extract::Options;
use newsfold_types::{InputFormat, Record};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Normalised true positives, false positives and misses of one page.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0.0 {
            // Nothing predicted: right only when nothing was expected.
            if self.fn_ == 0.0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0.0 {
            if self.fp == 0.0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn metric_tokens(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn shingle_counts(text: &str) -> HashMap<String, usize> {
    let toks = metric_tokens(text);
    let mut out = HashMap::new();
    // Like the reference: texts shorter than 4 tokens give one shorter shingle.
    let n = toks.len().saturating_sub(3).max(1);
    for i in 0..n {
        let end = (i + 4).min(toks.len());
        let s = toks[i..end].join(" ");
        if !s.is_empty() {
            *out.entry(s).or_insert(0) += 1;
        }
    }
    out
}

/// The body metric's counts for one page.
pub fn body_counts(predicted: &str, truth: &str) -> Counts {
    let pred = shingle_counts(predicted);
    let gold = shingle_counts(truth);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &g) in &gold {
        let p = pred.get(k).copied().unwrap_or(0);
        tp += p.min(g);
        fn_ += g.saturating_sub(p);
    }
    for (k, &p) in &pred {
        let g = gold.get(k).copied().unwrap_or(0);
        fp += p.saturating_sub(g);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return Counts {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        };
    }
    Counts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Token-level F1 of two texts (bag of lower-cased word tokens).
pub fn token_f1(predicted: &str, truth: &str) -> f64 {
    let mut gold: HashMap<String, i64> = HashMap::new();
    for t in metric_tokens(truth) {
        *gold.entry(t).or_insert(0) += 1;
    }
    let pred = metric_tokens(predicted);
    let (np, ng) = (pred.len(), gold.values().sum::<i64>() as usize);
    let mut hit = 0usize;
    for t in pred {
        if let Some(c) = gold.get_mut(&t) {
            if *c > 0 {
                *c -= 1;
                hit += 1;
            }
        }
    }
    if np == 0 || ng == 0 {
        return if np == ng { 1.0 } else { 0.0 };
    }
    f1(hit as f64 / np as f64, hit as f64 / ng as f64)
}

/// Case and punctuation folding for comparing titles and names.
pub fn fold_text(s: &str) -> String {
    metric_tokens(s).join(" ")
}

/// [`fold_text`] for titles and names, where a soft hyphen (invisible, a line-break
/// hint) must not split a word in two as it does for the body metric's tokens.
fn fold_label(s: &str) -> String {
    fold_text(&s.replace('\u{ad}', ""))
}

/// One line of a `gt.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct Truth {
    pub id: String,
    #[serde(default)]
    pub html: Option<String>,
    #[serde(default)]
    pub pdf: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub authors: Option<serde_json::Value>,
    #[serde(default)]
    pub date: Option<String>,
}

/// Which of a truth line's inputs to extract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputField {
    /// The first present of html, pdf, text.
    Auto,
    Html,
    Pdf,
    Text,
}

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref()
        .filter(|s| !s.is_empty() && *s != "None" && *s != "null")
}

impl Truth {
    /// The input path (relative to the gt file) and the format it must be read as.
    pub fn input(&self, field: InputField) -> Option<(&str, InputFormat)> {
        let html = present(&self.html).map(|p| (p, InputFormat::Html));
        let pdf = present(&self.pdf).map(|p| (p, InputFormat::Pdf));
        let text = present(&self.text).map(|p| (p, InputFormat::Text));
        match field {
            InputField::Auto => html.or(pdf).or(text),
            InputField::Html => html,
            InputField::Pdf => pdf,
            InputField::Text => text,
        }
    }

    /// Author names in the truth: credentials ("MS", "RD", "Ph.D.", "M.D. FACLM"),
    /// honorifics ("Dr.", "Prof.") and asides in parentheses ("(CNXSoft)") dropped,
    /// since issue 8 scores author *names*.
    pub fn author_names(&self) -> Vec<String> {
        let raw: Vec<String> = match &self.authors {
            Some(serde_json::Value::String(s)) => vec![s.clone()],
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        raw.iter()
            .flat_map(|s| {
                without_parentheses(s)
                    .split([',', ';', '&'])
                    .map(|p| p.trim().trim_start_matches("and "))
                    .enumerate()
                    // A credit that is only a role ("SFist Contributor") stays the credit.
                    .filter(|(i, p)| *i == 0 || !is_role(p))
                    .flat_map(|(_, p)| p.split(" and "))
                    .map(str::trim)
                    .filter(|p| !p.is_empty() && !is_credential(p))
                    .map(without_honorific)
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

fn without_parentheses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// "MD", "RD", "Ph.D.", "M.D. FACLM": capitals of at most six letters, or letters
/// between dots; a piece of several words needs a dotted one ("ALLIN ONE" is a name).
fn is_credential(piece: &str) -> bool {
    let word = |w: &str| {
        let letters: String = w.chars().filter(|c| *c != '.').collect();
        let dotted = w.trim_matches('.').contains('.');
        !letters.is_empty()
            && letters.chars().count() <= 6
            && letters.chars().all(char::is_alphabetic)
            && (dotted || letters.chars().all(char::is_uppercase))
    };
    let words: Vec<&str> = piece.split_whitespace().collect();
    match words.len() {
        0 => false,
        1 => word(words[0]),
        _ => {
            words.iter().all(|w| word(w)) && words.iter().any(|w| w.trim_matches('.').contains('.'))
        }
    }
}

/// A job title after a name ("Shipping Expert", "CEO of CaseBasix", "Sr. Director
/// of Operations"): a piece naming a role is no author's name.
fn is_role(piece: &str) -> bool {
    const ROLES: &[&str] = &[
        "expert",
        "director",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "founder",
        "co-founder",
        "editor",
        "representative",
        "writer",
        "contributor",
        "manager",
        "officer",
        "president",
        "specialist",
        "reporter",
        "correspondent",
        "analyst",
        "consultant",
        "professor",
        "engineer",
        "strategist",
        "columnist",
        "chair",
        "partner",
        "attorney",
        "researcher",
    ];
    piece
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| ROLES.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

fn without_honorific(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1
        && matches!(
            words[0].trim_end_matches('.').to_lowercase().as_str(),
            "dr" | "prof" | "mr" | "mrs" | "ms"
        )
    {
        words.remove(0);
    }
    words.join(" ")
}

/// The score of one page.
#[derive(Debug, Clone, Serialize)]
pub struct PageScore {
    pub id: String,
    pub path: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub title_ok: Option<bool>,
    pub date_ok: Option<bool>,
    pub authors_ok: Option<bool>,
    pub error: Option<String>,
    pub seconds: f64,
}

/// Averages over a set.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub pages: usize,
    pub errors: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub title_accuracy: Option<f64>,
    pub title_pages: usize,
    pub date_accuracy: Option<f64>,
    pub date_pages: usize,
    pub authors_accuracy: Option<f64>,
    pub authors_pages: usize,
    pub seconds: f64,
}

impl Summary {
    pub fn of(pages: &[PageScore], seconds: f64) -> Summary {
        let n = pages.len().max(1) as f64;
        let precision = pages.iter().map(|p| p.precision).sum::<f64>() / n;
        let recall = pages.iter().map(|p| p.recall).sum::<f64>() / n;
        let acc = |f: fn(&PageScore) -> Option<bool>| {
            let judged: Vec<bool> = pages.iter().filter_map(f).collect();
            let ok = judged.iter().filter(|b| **b).count();
            (
                (!judged.is_empty()).then(|| ok as f64 / judged.len() as f64),
                judged.len(),
            )
        };
        let (title_accuracy, title_pages) = acc(|p| p.title_ok);
        let (date_accuracy, date_pages) = acc(|p| p.date_ok);
        let (authors_accuracy, authors_pages) = acc(|p| p.authors_ok);
        Summary {
            pages: pages.len(),
            errors: pages.iter().filter(|p| p.error.is_some()).count(),
            precision,
            recall,
            f1: f1(precision, recall),
            title_accuracy,
            title_pages,
            date_accuracy,
            date_pages,
            authors_accuracy,
            authors_pages,
            seconds,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0} line {1}: {2}")]
    Json(PathBuf, usize, serde_json::Error),
}

/// Reads a `gt.jsonl`.
pub fn load_truth(path: &Path) -> Result<Vec<Truth>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::Io(path.to_path_buf(), e))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Json(path.to_path_buf(), i + 1, e))
        })
        .collect()
}

/// Scores one extracted record against its truth.
pub fn score(rec: &Record, truth: &Truth, path: &str, seconds: f64) -> PageScore {
    let gold = truth.body.as_deref().unwrap_or("");
    let c = body_counts(&rec.body, gold);
    let title_ok = present(&truth.title).map(|t| {
        rec.title
            .as_deref()
            .is_some_and(|p| fold_label(p) == fold_label(t))
    });
    let date_ok = present(&truth.date).map(|d| {
        rec.published
            .as_deref()
            .is_some_and(|p| p.get(..10) == d.get(..10))
    });
    let names = truth.author_names();
    let authors_ok = (!names.is_empty()).then(|| {
        let got = fold_label(&rec.authors.join(" ; "));
        names.iter().all(|n| got.contains(&fold_label(n)))
    });
    PageScore {
        id: truth.id.clone(),
        path: path.to_string(),
        precision: c.precision(),
        recall: c.recall(),
        f1: c.f1(),
        title_ok,
        date_ok,
        authors_ok,
        error: rec.error.clone(),
        seconds,
    }
}

/// Extracts and scores every page of a `gt.jsonl` (in parallel, results in file order).
///
/// With `with_url`, a line's `url` is given to extraction as the page's address, as a
/// crawler calling `newsfold extract --url` would; by default pages are read blind.
pub fn run(
    gt: &Path,
    field: InputField,
    with_url: bool,
) -> Result<(Vec<PageScore>, Vec<Record>), EvalError> {
    let truths = load_truth(gt)?;
    let base = gt.parent().unwrap_or(Path::new("."));
    let results: Vec<(PageScore, Record)> = truths
        .par_iter()
        .filter_map(|t| {
            let (rel, format) = t.input(field)?;
            let path = base.join(rel);
            let opts = Options {
                format: Some(format),
                url: if with_url { t.url.clone() } else { None },
            };
            let start = std::time::Instant::now();
            let rec =
                newsfold_extract::extract_source(&newsfold_read::Source::File(path.clone()), &opts);
            let secs = start.elapsed().as_secs_f64();
            Some((score(&rec, t, &path.display().to_string(), secs), rec))
        })
        .collect();
    Ok(results.into_iter().unzip())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_disjoint() {
        let c = body_counts("One two three four five", "one two three four five");
        assert_eq!(c.f1(), 1.0);
        let d = body_counts("alpha beta gamma delta", "one two three four");
        assert_eq!(d.f1(), 0.0);
    }

    #[test]
    fn extra_text_lowers_precision_only() {
        let c = body_counts("a b c d e f g h", "a b c d e");
        assert_eq!(c.recall(), 1.0);
        assert!(c.precision() < 1.0);
        // 2 true shingles, 3 false ones, normalised by 5.
        assert!((c.tp - 0.4).abs() < 1e-9 && (c.fp - 0.6).abs() < 1e-9);
    }

    #[test]
    fn repeated_shingles_count_with_multiplicity() {
        let c = body_counts("a b c d a b c d", "a b c d");
        assert!(c.fp > 0.0);
    }

    #[test]
    fn summary_is_f1_of_averages() {
        let page = |p: f64, r: f64| PageScore {
            id: String::new(),
            path: String::new(),
            precision: p,
            recall: r,
            f1: f1(p, r),
            title_ok: None,
            date_ok: None,
            authors_ok: None,
            error: None,
            seconds: 0.0,
        };
        let s = Summary::of(&[page(1.0, 0.5), page(0.5, 1.0)], 0.0);
        assert!((s.precision - 0.75).abs() < 1e-9);
        assert!((s.f1 - 0.75).abs() < 1e-9);
    }

    #[test]
    fn soft_hyphens_do_not_split_title_words() {
        let t: Truth = serde_json::from_str(
            r#"{"id":"x","title":"Impf- und Genesenen\u00ad\u00adnachweise"}"#,
        )
        .unwrap();
        let mut rec = Record::new("x.html", InputFormat::Html);
        rec.title = Some("Impf- und Genesenennachweise".to_string());
        assert_eq!(score(&rec, &t, "x", 0.0).title_ok, Some(true));
        rec.title = Some("Impf- und Genesenen nachweise".to_string());
        assert_eq!(score(&rec, &t, "x", 0.0).title_ok, Some(false));
    }

    #[test]
    fn author_names_drop_credentials() {
        let t: Truth =
            serde_json::from_str(r#"{"id":"x","authors":"Dylan Bailey, MS, RD, FAND"}"#).unwrap();
        assert_eq!(t.author_names(), vec!["Dylan Bailey"]);
        let names = |a: &str| {
            let t: Truth = serde_json::from_str(&format!(r#"{{"id":"x","authors":{a}}}"#)).unwrap();
            t.author_names()
        };
        assert_eq!(
            names(r#""Genevieve Carlton, Ph.D.""#),
            vec!["Genevieve Carlton"]
        );
        assert_eq!(
            names(r#""Michael Greger, M.D. FACLM""#),
            vec!["Michael Greger"]
        );
        assert_eq!(names(r#""Dr. Andrew Huberman""#), vec!["Andrew Huberman"]);
        assert_eq!(
            names(r#""Jean-Luc Aufranc (CNXSoft)""#),
            vec!["Jean-Luc Aufranc"]
        );
        assert_eq!(names(r#"["ALLIN ONE"]"#), vec!["ALLIN ONE"]);
        assert_eq!(
            names(r#""Paul Frew, Home and Digital Security Expert""#),
            vec!["Paul Frew"]
        );
        assert_eq!(
            names(r#""Mayank Gupta, CEO of CaseBasix""#),
            vec!["Mayank Gupta"]
        );
        assert_eq!(names(r#""Dr. Allen""#), vec!["Allen"]);
        assert_eq!(
            names(r#""Jane Roe and John Doe""#),
            vec!["Jane Roe", "John Doe"]
        );
    }

    #[test]
    fn none_string_means_absent() {
        let t: Truth = serde_json::from_str(r#"{"id":"x","html":"None","text":"a.txt"}"#).unwrap();
        assert_eq!(
            t.input(InputField::Auto),
            Some(("a.txt", InputFormat::Text))
        );
    }
}
