//! Folding: records that render the same story become one [`Story`].
//!
//! Each record's body is cut into hashed 4-word shingles; an inverted index
//! from shingle to record finds the pairs that share any, and a pair whose
//! overlap covers at least [`MIN_CONTAINMENT`] of the shorter body is the
//! same story (containment, not Jaccard, so a truncated or paywalled
//! rendering still joins the full one). Groups are the connected components.
//! The story's body comes from its cleanest rendering; its metadata from
//! whichever rendering has it.
//!
//! ```
//! use newsfold_types::{InputFormat, Paragraph, Record};
//! let body = "one two three four five six seven eight nine ten eleven twelve";
//! let mut a = Record::new("a.txt", InputFormat::Text);
//! a.id = "a".into();
//! a.set_paragraphs(vec![Paragraph::text(body)]);
//! let mut b = Record::new("b.pdf", InputFormat::Pdf);
//! b.id = "b".into();
//! b.title = Some("Title".into());
//! b.set_paragraphs(vec![Paragraph::text(body)]);
//! let stories = newsfold_fold::fold(&[a, b]);
//! assert_eq!(stories.len(), 1);
//! assert_eq!(stories[0].versions.len(), 2);
//! assert_eq!(stories[0].title.as_deref(), Some("Title"));
//! ```

use newsfold_types::{content_id, InputFormat, Record, Story, Version};
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Share of the shorter body's shingles that the other must contain.
pub const MIN_CONTAINMENT: f64 = 0.5;
/// Share of the longer body's shingles that must be shared too, unless at least
/// [`MIN_SHARED_SHINGLES`] are: a short body that is mostly boilerplate (a
/// failed extraction, a teaser made of a site's stock phrases) must not pull a
/// long one into its story.
pub const MIN_COVERAGE_OF_LONGER: f64 = 0.15;
pub const MIN_SHARED_SHINGLES: usize = 50;
const SHINGLE: usize = 4;

/// Lower-cased word tokens (Unicode letters and digits), as the body metric counts them.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The set of hashed 4-word shingles of a text (one shingle for shorter texts).
pub fn shingles(text: &str) -> HashSet<u64> {
    let toks = tokens(text);
    let mut out = HashSet::new();
    if toks.is_empty() {
        return out;
    }
    let n = SHINGLE.min(toks.len());
    for w in toks.windows(n) {
        let mut h = DefaultHasher::new();
        w.hash(&mut h);
        out.insert(h.finish());
    }
    out
}

/// Share of the smaller set found in the larger one (0 when either is empty).
pub fn containment(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return 0.0;
    }
    small.iter().filter(|s| large.contains(s)).count() as f64 / small.len() as f64
}

/// Groups records into stories; failed or empty records are left out.
/// Stories come out in the order of their first record.
pub fn fold(records: &[Record]) -> Vec<Story> {
    let usable: Vec<usize> = (0..records.len())
        .filter(|&i| records[i].error.is_none() && !records[i].body.trim().is_empty())
        .collect();
    let sets: Vec<HashSet<u64>> = usable.iter().map(|&i| shingles(&records[i].body)).collect();

    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (k, set) in sets.iter().enumerate() {
        for &s in set {
            index.entry(s).or_default().push(k);
        }
    }
    let mut links: Vec<(f64, usize, usize)> = Vec::new();
    for (k, set) in sets.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for s in set {
            for &other in &index[s] {
                if other > k {
                    *shared.entry(other).or_default() += 1;
                }
            }
        }
        for (other, n) in shared {
            if same_story(n, set.len(), sets[other].len()) {
                let smaller = set.len().min(sets[other].len()).max(1);
                links.push((n as f64 / smaller as f64, k, other));
            }
        }
    }
    // Strongest links first; a link that would join two groups whose pages are
    // different pages of one site is two stories chained through a shared menu
    // or footer (two text dumps of that site's pages), and is not taken.
    links.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut parent: Vec<usize> = (0..usable.len()).collect();
    let mut addresses: Vec<Vec<(String, Vec<String>)>> = usable
        .iter()
        .map(|&i| {
            records[i]
                .url
                .as_deref()
                .and_then(address)
                .into_iter()
                .collect()
        })
        .collect();
    for (_, k, other) in links {
        let (ra, rb) = (find(&mut parent, k), find(&mut parent, other));
        if ra == rb {
            continue;
        }
        let (a, b) = (&addresses[ra], &addresses[rb]);
        let apart = !a.is_empty()
            && !b.is_empty()
            && a.iter().all(|x| b.iter().all(|y| !may_be_one_page(x, y)));
        if apart {
            continue;
        }
        let moved = std::mem::take(&mut addresses[ra.max(rb)]);
        addresses[ra.min(rb)].extend(moved);
        union(&mut parent, ra, rb);
    }

    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for k in 0..usable.len() {
        let root = find(&mut parent, k);
        let g = *group_of.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(k);
    }
    groups
        .iter()
        .map(|members| {
            let recs: Vec<&Record> = members.iter().map(|&k| &records[usable[k]]).collect();
            let member_sets: Vec<&HashSet<u64>> = members.iter().map(|&k| &sets[k]).collect();
            build_story(&recs, &member_sets)
        })
        .collect()
}

/// Whether two bodies sharing `shared` shingles, of `a` and `b` shingles, are one story.
fn same_story(shared: usize, a: usize, b: usize) -> bool {
    let (smaller, larger) = (a.min(b).max(1) as f64, a.max(b).max(1) as f64);
    let shared_f = shared as f64;
    shared_f / smaller >= MIN_CONTAINMENT
        && (shared_f / larger >= MIN_COVERAGE_OF_LONGER || shared >= MIN_SHARED_SHINGLES)
}

/// A web page's host (without "www.") and the words of its path (without query
/// or fragment); None for other schemes (a PDF printed from `file:///tmp/...`).
fn address(url: &str) -> Option<(String, Vec<String>)> {
    let u = url.trim().to_ascii_lowercase();
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))?;
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let words: Vec<String> = path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 4)
        .map(str::to_string)
        .collect();
    (!host.is_empty() && !words.is_empty()).then(|| (host.to_string(), words))
}

/// Whether two addresses can name one page: another site may carry the same
/// story; on one site, most path words of the shorter are in the longer
/// ("article/us-global-markets-idUSKBN1XT00W" and the same with a slug added).
fn may_be_one_page(a: &(String, Vec<String>), b: &(String, Vec<String>)) -> bool {
    if a.0 != b.0 {
        return true;
    }
    let (short, long) = if a.1.len() <= b.1.len() {
        (&a.1, &b.1)
    } else {
        (&b.1, &a.1)
    };
    let shared = short.iter().filter(|w| long.contains(w)).count();
    shared * 2 >= short.len()
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Higher is cleaner: sentence-final paragraphs and balanced quotes, no
/// replacement characters or stray line-break hyphens; web and text renderings
/// win ties because they were not reflowed from a page layout.
pub fn cleanliness(rec: &Record) -> f64 {
    let paras = rec.paragraphs.len().max(1) as f64;
    let finished = rec
        .paragraphs
        .iter()
        .filter(|p| {
            p.text
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ':', '…'])
        })
        .count() as f64;
    let unbalanced = rec
        .paragraphs
        .iter()
        .filter(|p| p.text.matches('"').count() % 2 == 1)
        .count() as f64;
    let damage =
        rec.body.matches('\u{fffd}').count() as f64 + rec.body.matches("- ").count() as f64 * 0.2;
    let format_bonus = match rec.format {
        InputFormat::Html => 0.02,
        InputFormat::Text => 0.01,
        InputFormat::Pdf => 0.0,
    };
    finished / paras - unbalanced / paras - damage / paras + format_bonus
}

fn build_story(recs: &[&Record], sets: &[&HashSet<u64>]) -> Story {
    // Scored once: cleanliness scans every paragraph.
    let scores: Vec<f64> = recs.iter().map(|r| cleanliness(r)).collect();
    let best = (0..recs.len())
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
        .unwrap_or(0);
    let main = recs[best];
    // Metadata: the canonical rendering first, then the others in order of trust.
    let mut by_trust: Vec<&Record> = recs.to_vec();
    by_trust.sort_by_key(|r| match r.format {
        InputFormat::Html => 0,
        InputFormat::Pdf => 1,
        InputFormat::Text => 2,
    });
    let first = |f: fn(&Record) -> Option<&String>| -> Option<String> {
        f(main)
            .or_else(|| by_trust.iter().find_map(|r| f(r)))
            .cloned()
    };
    let authors = if main.authors.is_empty() {
        by_trust
            .iter()
            .map(|r| &r.authors)
            .find(|a| !a.is_empty())
            .cloned()
            .unwrap_or_default()
    } else {
        main.authors.clone()
    };
    let mut ids: Vec<&str> = recs.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    let versions = recs
        .iter()
        .zip(sets)
        .map(|(r, set)| Version {
            id: r.id.clone(),
            source: r.source.clone(),
            format: r.format,
            similarity: (containment(set, sets[best]) * 1000.0).round() / 1000.0,
            title: r.title.clone(),
            url: r.url.clone(),
        })
        .collect();
    let mut captions = main.captions.clone();
    let mut related = main.related.clone();
    for r in recs {
        for c in &r.captions {
            if !captions.iter().any(|x| x.text == c.text) {
                captions.push(c.clone());
            }
        }
        for l in &r.related {
            if !related.iter().any(|x| x.text == l.text) {
                related.push(l.clone());
            }
        }
    }
    Story {
        story_id: content_id(ids.join(",").as_bytes()),
        title: first(|r| r.title.as_ref()),
        site_name: fullest_name(recs.iter().filter_map(|r| r.site_name.as_deref())),
        authors,
        published: first(|r| r.published.as_ref()),
        language: first(|r| r.language.as_ref()),
        url: first(|r| r.url.as_ref()),
        body: main.body.clone(),
        paragraphs: main.paragraphs.clone(),
        captions,
        related,
        versions,
    }
}

/// The name that the most others are a part of ("The Moscow Times" over
/// "Moscow Times"), so that a masthead cut short by a logo loses to the full form.
/// Ties go to the earlier name.
fn fullest_name<'a>(names: impl Iterator<Item = &'a str>) -> Option<String> {
    let names: Vec<&str> = names.map(str::trim).filter(|n| !n.is_empty()).collect();
    let folded: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    let support = |i: usize| {
        folded
            .iter()
            .filter(|o| folded[i].contains(o.as_str()))
            .count()
    };
    let mut best: Option<usize> = None;
    for i in 0..names.len() {
        if best.is_none_or(|b| support(i) > support(b)) {
            best = Some(i);
        }
    }
    best.map(|i| names[i].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsfold_types::Paragraph;

    fn rec(id: &str, format: InputFormat, body: &str) -> Record {
        let mut r = Record::new(id, format);
        r.id = id.to_string();
        r.set_paragraphs(body.split("\n\n").map(Paragraph::text).collect());
        r
    }

    #[test]
    fn different_articles_stay_apart() {
        let a = rec(
            "a",
            InputFormat::Text,
            "the cat sat on the mat and looked at the dog for a long while.",
        );
        let b = rec(
            "b",
            InputFormat::Text,
            "stocks fell sharply on monday as investors weighed the new tariffs on steel.",
        );
        assert_eq!(fold(&[a, b]).len(), 2);
    }

    #[test]
    fn two_pages_sharing_only_a_menu_stay_apart() {
        let menu: String = (0..300).map(|i| format!("section{i} ")).collect();
        let story = |words: &str| format!("{} {menu}", words.repeat(40));
        let mut a = rec("a", InputFormat::Html, &story("prince andrew interview "));
        a.url = Some("https://www.example.com/opinion/prince-andrew-interview".into());
        let mut b = rec(
            "b",
            InputFormat::Html,
            &story("beijing hong kong protests "),
        );
        b.url = Some("https://www.example.com/opinion/why-beijing-will-act".into());
        // Text dumps of both pages: the menu and the article, no address.
        let a_dump = rec("c", InputFormat::Text, &story("prince andrew interview "));
        let b_dump = rec(
            "d",
            InputFormat::Text,
            &story("beijing hong kong protests "),
        );
        let stories = fold(&[a, a_dump, b, b_dump]);
        assert_eq!(stories.len(), 2, "{stories:?}");
        // One page under two addresses (a slug added) is one page.
        let x = address("https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W").unwrap();
        let y = address(
            "http://reuters.com/article/us-global-markets/asian-shares-soft-idUSKBN1XT00W?x=1",
        )
        .unwrap();
        assert!(may_be_one_page(&x, &y));
        assert!(address("file:///tmp/page.html").is_none());
    }

    #[test]
    fn truncated_rendering_joins_the_full_one() {
        let full =
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        let a = rec("a", InputFormat::Html, full);
        let b = rec(
            "b",
            InputFormat::Pdf,
            "one two three four five six seven eight",
        );
        let stories = fold(&[a, b]);
        assert_eq!(stories.len(), 1);
        assert_eq!(stories[0].body, full);
    }

    #[test]
    fn a_short_body_does_not_pull_in_a_long_one() {
        // 10 shared shingles are all of the short body but 5% of the long one.
        assert!(!same_story(10, 10, 200));
        assert!(same_story(60, 60, 1000));
        assert!(same_story(90, 100, 120));
        assert!(!same_story(40, 100, 120));
    }

    #[test]
    fn fuller_site_name_wins() {
        let names = ["Moscow Times", "The Moscow Times", "Moscow Times"];
        assert_eq!(
            fullest_name(names.into_iter()).as_deref(),
            Some("The Moscow Times")
        );
        assert_eq!(fullest_name(["A", "B"].into_iter()).as_deref(), Some("A"));
        assert_eq!(fullest_name(std::iter::empty()), None);
    }

    #[test]
    fn failed_records_are_not_folded() {
        let mut a = rec("a", InputFormat::Text, "some words that make a body here");
        a.error = Some("bad".into());
        assert!(fold(&[a]).is_empty());
    }

    #[test]
    fn cleaner_rendering_gives_the_body() {
        let clean = rec(
            "a",
            InputFormat::Pdf,
            "He said \"yes\" to it all.\n\nThen he left the room.",
        );
        let broken = rec(
            "b",
            InputFormat::Pdf,
            "He said \"yes to it all\n\nThen he left the room",
        );
        let stories = fold(&[broken, clean.clone()]);
        assert_eq!(stories[0].body, clean.body);
    }
}
