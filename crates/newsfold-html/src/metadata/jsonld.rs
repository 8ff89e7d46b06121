//! schema.org JSON-LD: the article object among `<script type="application/ld+json">` blocks,
//! found in plain objects, arrays and `@graph`s.

use serde_json::Value;

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LdArticle {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    /// The author names as given, before cleaning ("Staff Clinician", "News Desk").
    pub credits: Vec<String>,
    /// Authors typed as organisations, named whole ("Center for Drug Evaluation and Research").
    pub organizations: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// How article-like a schema.org type is: higher wins.
fn type_rank(v: &Value) -> u8 {
    let rank = |t: &str| match t {
        "NewsArticle"
        | "ReportageNews"
        | "AnalysisNewsArticle"
        | "OpinionNewsArticle"
        | "BackgroundNewsArticle"
        | "LiveBlogPosting" => 4,
        "Article" | "BlogPosting" | "Report" | "ScholarlyArticle" | "TechArticle"
        | "SocialMediaPosting" | "Review" | "Recipe" | "HowTo" => 3,
        t if t.ends_with("Article") || t.ends_with("Posting") => 3,
        // The blog as a whole: its name is the site's, not the post's.
        "Blog" => 2,
        "WebPage" | "ItemPage" | "AboutPage" => 1,
        _ => 0,
    };
    match v.get("@type") {
        Some(Value::String(t)) => rank(t),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(rank)
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}

/// Parses every JSON-LD block given and merges what the best article object says.
pub fn parse(blocks: &[String]) -> Option<LdArticle> {
    let mut best: Option<(u8, Value)> = None;
    let mut publisher_fallback = None;
    // Dates of any object, for an article object that carries none (they sit on its WebPage).
    let mut published_fallback = None;
    let mut modified_fallback = None;
    // Objects by "@id", for authors given as references into a @graph.
    let mut by_id: Vec<(String, Value)> = Vec::new();
    for block in blocks {
        let cleaned: String = block
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let Ok(root) = serde_json::from_str::<Value>(cleaned.trim().trim_end_matches(';')) else {
            continue;
        };
        // Explicit stack, bounded: JSON-LD can nest deeply or be huge.
        let mut stack = vec![(&root, 0usize)];
        let mut seen = 0;
        while let Some((v, depth)) = stack.pop() {
            seen += 1;
            if seen > 5000 || depth > 8 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().map(|i| (i, depth + 1))),
                Value::Object(map) => {
                    if let (Some(Value::String(id)), Some(_)) = (map.get("@id"), map.get("name")) {
                        if by_id.len() < 200 {
                            by_id.push((id.clone(), v.clone()));
                        }
                    }
                    let rank = type_rank(v);
                    if rank > 0 && best.as_ref().is_none_or(|(r, _)| rank > *r) {
                        best = Some((rank, v.clone()));
                    }
                    if matches!(
                        map.get("@type").and_then(Value::as_str),
                        Some("Organization" | "NewsMediaOrganization" | "WebSite")
                    ) && publisher_fallback.is_none()
                    {
                        publisher_fallback = name_of(v);
                    }
                    if published_fallback.is_none() {
                        published_fallback = text(map.get("datePublished"));
                    }
                    if modified_fallback.is_none() {
                        modified_fallback = text(map.get("dateModified"));
                    }
                    if let Some(g) = map.get("@graph") {
                        stack.push((g, depth + 1));
                    }
                    if let Some(m) = map.get("mainEntity") {
                        stack.push((m, depth + 1));
                    }
                }
                _ => {}
            }
        }
    }
    let (rank, obj) = best?;
    let mut out = LdArticle {
        headline: text(obj.get("headline"))
            .or_else(|| (rank >= 3).then(|| text(obj.get("name"))).flatten()),
        authors: Vec::new(),
        credits: credits(
            obj.get("author").or_else(|| obj.get("creator")),
            &by_id,
            false,
        ),
        organizations: credits(
            obj.get("author").or_else(|| obj.get("creator")),
            &by_id,
            true,
        ),
        published: text(obj.get("datePublished"))
            .or_else(|| text(obj.get("dateCreated")))
            .or(published_fallback),
        modified: text(obj.get("dateModified")).or(modified_fallback),
        publisher: obj
            .get("publisher")
            .and_then(name_of)
            .or(publisher_fallback),
        description: text(obj.get("description")),
        image: image(obj.get("image").or_else(|| obj.get("thumbnailUrl"))),
        section: list(obj.get("articleSection")).into_iter().next(),
        tags: list(obj.get("keywords")),
        url: text(obj.get("url")).or_else(|| match obj.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(v @ Value::Object(_)) => text(v.get("@id")).or_else(|| text(v.get("url"))),
            _ => None,
        }),
        language: text(obj.get("inLanguage")),
    };
    out.authors = people(&out.credits);
    if rank < 3 {
        // A bare WebPage says little about the article; keep only its dates and authors.
        out.headline = None;
        out.description = None;
    }
    Some(out)
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = crate::dom::collapse_ws(&super::decode_entities(s));
            (!s.is_empty()).then_some(s)
        }
        Value::Array(a) => a.iter().find_map(|x| text(Some(x))),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => text(Some(&Value::String(s.clone()))),
        Value::Object(m) => text(m.get("name")),
        Value::Array(a) => a.iter().find_map(name_of),
        _ => None,
    }
}

/// Author names as the data gives them, following `@id` references into a `@graph`:
/// the people (and untyped names), or with `organizations` those typed as organisations.
fn credits(v: Option<&Value>, by_id: &[(String, Value)], organizations: bool) -> Vec<String> {
    let mut out = Vec::new();
    let Some(v) = v else { return out };
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for item in items.into_iter().take(20) {
        let item = match (item.get("name"), item.get("@id")) {
            (None, Some(Value::String(id))) => by_id
                .iter()
                .find(|(k, _)| k == id)
                .map(|(_, v)| v)
                .unwrap_or(item),
            _ => item,
        };
        let is_org = matches!(
            item.get("@type").and_then(Value::as_str),
            Some(
                "Organization" | "NewsMediaOrganization" | "GovernmentOrganization" | "Corporation"
            )
        );
        if is_org != organizations {
            continue;
        }
        if let Some(name) = name_of(item) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// The people among the credits, cleaned ("By", roles and credentials dropped).
fn people(credits: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for name in credits {
        for n in super::authors::names(name) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

fn image(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| image(Some(x))),
        Value::Object(m) => text(m.get("url")).or_else(|| text(m.get("contentUrl"))),
        _ => None,
    }
}

fn list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .take(50)
            .collect(),
        Some(Value::Array(a)) => a.iter().filter_map(|x| text(Some(x))).take(50).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_with_article_and_person() {
        let block = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Daily"},
            {"@type":"WebPage","datePublished":"2020-01-01"},
            {"@type":"NewsArticle","headline":"Rain due","datePublished":"2020-01-02T08:00:00Z",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
             "publisher":{"@type":"Organization","name":"The Daily"},
             "keywords":"weather, rain","articleSection":["UK"],
             "image":{"@type":"ImageObject","url":"https://x/a.jpg"}}]}"#;
        let a = parse(&[block.to_string()]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("Rain due"));
        assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
        assert!(a.organizations.is_empty());
        assert_eq!(a.published.as_deref(), Some("2020-01-02T08:00:00Z"));
        assert_eq!(a.publisher.as_deref(), Some("The Daily"));
        assert_eq!(a.tags, vec!["weather", "rain"]);
        assert_eq!(a.section.as_deref(), Some("UK"));
        assert_eq!(a.image.as_deref(), Some("https://x/a.jpg"));
    }

    #[test]
    fn top_level_array_and_raw_newlines() {
        let block =
            "[{\"@type\":\"BlogPosting\",\"headline\":\"Two\nlines\",\"author\":\"By Ann Lee\"}]";
        let a = parse(&[block.to_string()]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("Two lines"));
        assert_eq!(a.authors, vec!["Ann Lee"]);
    }

    #[test]
    fn dates_from_the_web_page_when_the_article_has_none() {
        let block = r#"{"@graph":[
            {"@type":"WebPage","datePublished":"2023-05-18T04:39:05+00:00","dateModified":"2024-02-26"},
            {"@type":"Article","headline":"Rankings"}]}"#;
        let a = parse(&[block.to_string()]).unwrap();
        assert_eq!(a.published.as_deref(), Some("2023-05-18T04:39:05+00:00"));
        assert_eq!(a.modified.as_deref(), Some("2024-02-26"));
    }

    #[test]
    fn organisation_authors_are_kept_whole() {
        let block = r#"{"@type":"Article","headline":"GLP-1",
            "author":{"@type":"Organization","name":"Center for Drug Evaluation and Research"}}"#;
        let a = parse(&[block.to_string()]).unwrap();
        assert!(a.authors.is_empty());
        assert_eq!(
            a.organizations,
            vec!["Center for Drug Evaluation and Research"]
        );
    }

    #[test]
    fn broken_json_is_ignored() {
        assert_eq!(parse(&["{not json".to_string()]), None);
    }
}
