//! Scoring story folding against a `renderings.jsonl` ({story, kind, path} a line).
//!
//! Pairwise precision is the share of record pairs put in one story that are
//! truly one story; pairwise recall the share of true same-story pairs that
//! were put together. A story is exact when its versions are exactly the
//! renderings of one true story.

use crate::EvalError;
use newsfold_extract::Options;
use newsfold_read::Source;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;

#[derive(Debug, Deserialize)]
struct Rendering {
    story: String,
    kind: String,
    path: String,
}

/// How well folding grouped the renderings.
#[derive(Debug, Clone, Serialize)]
pub struct FoldScore {
    pub renderings: usize,
    /// Renderings that gave an error record (left out of folding).
    pub failed: usize,
    pub true_stories: usize,
    pub found_stories: usize,
    pub exact_stories: usize,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    /// Renderings whose kind was read as given (pdftotext and pagetext as text).
    pub kinds: HashMap<String, usize>,
}

/// Extracts every rendering, folds them and scores the grouping.
pub fn run_fold_eval(renderings: &Path) -> Result<FoldScore, EvalError> {
    let text = std::fs::read_to_string(renderings)
        .map_err(|e| EvalError::Io(renderings.to_path_buf(), e))?;
    let rows: Vec<Rendering> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Json(renderings.to_path_buf(), i + 1, e))
        })
        .collect::<Result<_, _>>()?;
    let base = renderings.parent().unwrap_or(Path::new("."));
    let records: Vec<_> = rows
        .par_iter()
        .map(|r| {
            let source = Source::File(base.join(&r.path));
            newsfold_extract::extract_source(&source, &Options::default())
        })
        .collect();
    let truth_of: HashMap<&str, &str> = rows
        .iter()
        .zip(&records)
        .map(|(row, rec)| (rec.source.as_str(), row.story.as_str()))
        .collect();
    let stories = newsfold_fold::fold(&records);

    let mut true_sizes: HashMap<&str, usize> = HashMap::new();
    for (row, rec) in rows.iter().zip(&records) {
        if rec.error.is_none() {
            *true_sizes.entry(row.story.as_str()).or_default() += 1;
        }
    }
    let pairs = |n: usize| n * n.saturating_sub(1) / 2;
    let true_pairs: usize = true_sizes.values().map(|&n| pairs(n)).sum();
    let (mut found_pairs, mut right_pairs, mut exact) = (0usize, 0usize, 0usize);
    for story in &stories {
        let labels: Vec<&str> = story
            .versions
            .iter()
            .map(|v| truth_of.get(v.source.as_str()).copied().unwrap_or(""))
            .collect();
        found_pairs += pairs(labels.len());
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for l in &labels {
            *counts.entry(l).or_default() += 1;
        }
        right_pairs += counts.values().map(|&n| pairs(n)).sum::<usize>();
        let distinct: HashSet<&&str> = labels.iter().collect();
        if distinct.len() == 1 && true_sizes.get(labels[0]) == Some(&labels.len()) {
            exact += 1;
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (p, r) = (
        ratio(right_pairs, found_pairs),
        ratio(right_pairs, true_pairs),
    );
    let mut kinds = HashMap::new();
    for row in &rows {
        *kinds.entry(row.kind.clone()).or_default() += 1;
    }
    Ok(FoldScore {
        renderings: rows.len(),
        failed: records.iter().filter(|r| r.error.is_some()).count(),
        true_stories: true_sizes.len(),
        found_stories: stories.len(),
        exact_stories: exact,
        pair_precision: p,
        pair_recall: r,
        pair_f1: if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        },
        kinds,
    })
}
