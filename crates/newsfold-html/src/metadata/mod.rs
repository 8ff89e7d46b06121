//! Page metadata: title, authors, dates, site name, language, canonical URL,
//! description, image, section and tags.
//!
//! Everything is gathered in one walk over the tree, then each field takes the
//! first source that has it, in this order of trust:
//!
//! - **title**: JSON-LD `headline` > `og:title` > `twitter:title` > microdata
//!   `headline` > `<title>`; the winner loses a " | Site" suffix (or "Site | "
//!   prefix), and an on-page `<h1>` replaces it when the title only decorates
//!   that heading. Publishers write JSON-LD and OpenGraph for machines, so they
//!   are cleaner than `<title>`, which carries the site name for tabs.
//! - **published**: the date printed with the headline (first short date
//!   text after the first `<h1>`, labels like "Updated:" stripped) > JSON-LD
//!   `datePublished` > `article:published_time` > microdata > other meta tags >
//!   the first `<time datetime>` > a date in the URL. The printed date is what
//!   readers see and cite; the CMS fields often keep a first draft's date.
//! - **modified**: JSON-LD `dateModified` > `article:modified_time` /
//!   `og:updated_time` > microdata `dateModified`.
//!   Among machine sources, structured fields are written by the CMS from the
//!   stored date; a `<time>` may belong to a "related" teaser, so it comes late.
//! - **authors**: JSON-LD `author` > microdata `author` > `author` /
//!   `article:author` meta (unless a URL) > `rel=author` links > byline
//!   elements (class/id "byline", "author"); every source goes through
//!   [`authors::names`] so "By", roles and credentials are dropped.
//! - **site_name**: `og:site_name` > JSON-LD publisher > `application-name`.
//! - **url**: `<link rel=canonical>` > `og:url` > JSON-LD url > the given URL.
//! - **language**: `<html lang>` > `content-language` meta > `og:locale` > JSON-LD `inLanguage`.
//! - **description**, **image**, **section**, **tags**: OpenGraph/meta > JSON-LD.

pub mod authors;
pub mod dates;
pub mod jsonld;
pub mod title;

use crate::dom::{collapse_ws, Dom, NodeData, DOCUMENT};
use newsfold_types::Record;

/// The metadata of one page.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
}

impl Metadata {
    /// Copies the fields into a record.
    pub fn apply(self, rec: &mut Record) {
        rec.title = self.title;
        rec.authors = self.authors;
        rec.published = self.published;
        rec.modified = self.modified;
        rec.site_name = self.site_name;
        rec.language = self.language;
        rec.url = self.url;
        rec.description = self.description;
        rec.image = self.image;
        rec.section = self.section;
        rec.tags = self.tags;
    }
}

/// Everything the walk collects before the fields are decided.
#[derive(Default)]
struct Sources {
    meta: Vec<(String, String)>,
    title_tag: Option<String>,
    lang: Option<String>,
    canonical: Option<String>,
    jsonld: Vec<String>,
    h1: Vec<String>,
    micro: Vec<(String, String)>,
    times: Vec<String>,
    rel_authors: Vec<String>,
    bylines: Vec<String>,
    /// Dates written as short texts, with the text node's position in the page.
    visible_dates: Vec<(usize, String)>,
    /// "By …" texts, with their position.
    printed_bylines: Vec<(usize, String)>,
    /// Text-node position of the first `<h1>`.
    first_h1_at: Option<usize>,
}

/// Elements longer than this are not read whole for metadata.
const SHORT_TEXT_NODES: usize = 40;

fn short_text(dom: &Dom, id: u32) -> Option<String> {
    if dom.descendants(id).take(SHORT_TEXT_NODES + 1).count() > SHORT_TEXT_NODES {
        return None;
    }
    let t = dom.text_of(id);
    (!t.is_empty() && t.len() < 400).then_some(t)
}

fn gather(dom: &Dom) -> Sources {
    let mut s = Sources::default();
    let mut text_nodes = 0usize;
    for id in dom.descendants(DOCUMENT) {
        if let Some(t) = dom.text(id) {
            text_nodes += 1;
            let t = t.trim();
            if (2..=80).contains(&t.len()) {
                let in_code = dom.parent(id).and_then(|p| dom.tag(p)).is_some_and(|p| {
                    matches!(&**p, "script" | "style" | "noscript" | "template" | "title")
                });
                if !in_code && t.split_whitespace().count() <= 8 {
                    if t.len() >= 6 && s.visible_dates.len() < 60 && has_year_digits(t) {
                        if let Some(d) = dates::normalize(strip_date_label(t)) {
                            s.visible_dates.push((text_nodes, d));
                        }
                    }
                    if s.printed_bylines.len() < 10 && is_by_text(t) {
                        // "By" alone in its text node: the name is in the next element.
                        let mut text = t.to_string();
                        let mut up = dom.parent(id);
                        for _ in 0..3 {
                            if text.len() > 4 {
                                break;
                            }
                            let Some(p) = up else { break };
                            text = short_text(dom, p).unwrap_or_default();
                            up = dom.parent(p);
                        }
                        s.printed_bylines.push((text_nodes, text));
                    }
                }
            }
            continue;
        }
        let NodeData::Element { name, .. } = &dom.node(id).data else {
            continue;
        };
        let attr = |a: &str| dom.attr(id, a);
        match &**name {
            "meta" => {
                let key = attr("property")
                    .or(attr("name"))
                    .or(attr("itemprop"))
                    .or(attr("http-equiv"));
                if let (Some(k), Some(v)) = (key, attr("content")) {
                    let v = collapse_ws(&decode_entities(v));
                    if !v.is_empty() {
                        s.meta.push((k.trim().to_ascii_lowercase(), v));
                    }
                }
                continue;
            }
            "title" if s.title_tag.is_none() => s.title_tag = Some(dom.text_of(id)),
            "html" if s.lang.is_none() => {
                s.lang = attr("lang").or(attr("xml:lang")).map(str::to_string)
            }
            "link" => {
                let rel = attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") && s.canonical.is_none() {
                    s.canonical = attr("href").map(|h| h.trim().to_string());
                }
                continue;
            }
            "script" => {
                if attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                    && s.jsonld.len() < 20
                {
                    if let Some(t) = dom.first_child(id).and_then(|c| dom.text(c)) {
                        s.jsonld.push(t.to_string());
                    }
                }
                continue;
            }
            "h1" if s.h1.len() < 5 => {
                if let Some(t) = short_text(dom, id) {
                    s.h1.push(t);
                    s.first_h1_at.get_or_insert(text_nodes);
                }
            }
            "time" if s.times.len() < 10 => {
                if let Some(d) = attr("datetime") {
                    s.times.push(d.to_string());
                }
            }
            _ => {}
        }
        if let Some(prop) = attr("itemprop") {
            let prop = prop.trim();
            if matches!(
                prop,
                "headline" | "author" | "datePublished" | "dateModified" | "name"
            ) && s.micro.len() < 40
            {
                let value = attr("content")
                    .or(attr("datetime"))
                    .map(str::to_string)
                    .or_else(|| short_text(dom, id));
                if let Some(v) = value {
                    s.micro.push((prop.to_string(), v));
                }
            }
        }
        if attr("rel").is_some_and(|r| r.split_whitespace().any(|r| r == "author"))
            && s.rel_authors.len() < 10
        {
            if let Some(t) = short_text(dom, id) {
                s.rel_authors.push(t);
            }
        }
        if s.bylines.len() < 10 {
            let class = attr("class").unwrap_or("");
            let idv = attr("id").unwrap_or("");
            let hit = |v: &str| {
                v.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                    w.eq_ignore_ascii_case("author")
                        || w.eq_ignore_ascii_case("authors")
                        || w.len() >= 6 && w.to_ascii_lowercase().contains("byline")
                })
            };
            if hit(class) || hit(idv) {
                if let Some(t) = short_text(dom, id) {
                    s.bylines.push(t);
                }
            }
        }
    }
    s
}

/// A text that opens a byline: "By …", "Written by …", or a bare "By".
fn is_by_text(t: &str) -> bool {
    let b = t.as_bytes();
    // Cheap first-letter test before any allocation: all openers start with b, w, s, v or p.
    if !b
        .first()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'b' | b'w' | b's' | b'v' | b'p'))
    {
        return false;
    }
    let lower = t.to_lowercase();
    lower == "by"
        || lower == "by:"
        || [
            "by ",
            "written by",
            "words by",
            "story by",
            "von ",
            "par ",
            "por ",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Four digits in a row: every date form we read has a year.
fn has_year_digits(t: &str) -> bool {
    let mut run = 0;
    for b in t.bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// "Updated: May 2, 2024" → "May 2, 2024".
fn strip_date_label(t: &str) -> &str {
    let lower = t.to_ascii_lowercase();
    for label in [
        "last updated",
        "updated on",
        "updated",
        "published on",
        "published",
        "posted on",
        "posted",
        "date:",
        "on ",
    ] {
        if lower.starts_with(label) && t.is_char_boundary(label.len()) {
            return t[label.len()..].trim_start_matches([':', ' ', '-', '|']);
        }
    }
    t
}

impl Sources {
    /// The first "By …" text after the first `<h1>` (or just before it).
    fn headline_byline(&self) -> Option<String> {
        let h1 = self.first_h1_at.unwrap_or(0);
        self.printed_bylines
            .iter()
            .find(|(at, _)| *at > h1 && *at <= h1 + 300)
            .or_else(|| {
                self.printed_bylines
                    .iter()
                    .rev()
                    .find(|(at, _)| at + 40 >= h1)
            })
            .map(|(_, t)| t.clone())
    }

    /// The date shown with the headline: the first date text after the first
    /// `<h1>` (within a few hundred texts), else the nearest one just before it.
    fn headline_date(&self) -> Option<String> {
        let h1 = self.first_h1_at?;
        self.visible_dates
            .iter()
            .find(|(at, _)| *at > h1 && *at <= h1 + 300)
            .or_else(|| {
                self.visible_dates
                    .iter()
                    .rev()
                    .find(|(at, _)| *at <= h1 && at + 40 >= h1)
            })
            .map(|(_, d)| d.clone())
    }

    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.meta
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, v)| v.clone())
        })
    }

    fn micro(&self, prop: &str) -> Option<String> {
        self.micro
            .iter()
            .find(|(p, _)| p == prop)
            .map(|(_, v)| v.clone())
    }
}

fn date(candidates: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .find_map(|d| dates::normalize(&d))
}

/// Reads a parsed page's metadata; `url` is the address the caller knows, if any.
pub fn extract(dom: &Dom, url: Option<&str>) -> Metadata {
    let s = gather(dom);
    let ld = jsonld::parse(&s.jsonld).unwrap_or_default();

    let site_name = s
        .meta(&["og:site_name", "application-name", "twitter:site"])
        .map(|n| n.trim_start_matches('@').to_string())
        .or(ld.publisher.clone());

    let raw_title = ld
        .headline
        .clone()
        .or_else(|| s.meta(&["og:title", "twitter:title"]))
        .or_else(|| s.micro("headline"))
        .or_else(|| s.meta(&["title", "dc.title", "sailthru.title", "parsely-title"]))
        .or_else(|| s.title_tag.clone().filter(|t| !t.is_empty()))
        .or_else(|| s.h1.first().cloned());
    let headline = raw_title.as_deref().and_then(|t| {
        let ft = crate::content::fold(t);
        s.h1.iter().find(|h| {
            let fh = crate::content::fold(h);
            !fh.is_empty() && ft.contains(&fh)
        })
    });
    // The visible headline is what readers (and citations) call the title;
    // meta titles are often SEO rewrites of it.
    let site_fold = site_name
        .as_deref()
        .map(crate::content::fold)
        .unwrap_or_default();
    let visible = s.h1.iter().find(|h| {
        let f = crate::content::fold(h);
        let words = h.split_whitespace().count();
        (2..=40).contains(&words)
            && f != site_fold
            && !(site_fold.len() > 3 && f.contains(&site_fold))
    });
    let title = visible
        .map(|h| h.to_string())
        .or_else(|| {
            raw_title.map(|t| title::clean(&t, site_name.as_deref(), headline.map(String::as_str)))
        })
        .filter(|t| !t.is_empty());

    let structured = date([
        ld.published.clone(),
        s.meta(&[
            "article:published_time",
            "og:article:published_time",
            "article:published",
        ]),
        s.micro("datePublished"),
        s.meta(&[
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "datepublished",
            "og:published_time",
            "cxenseparse:recs:publishtime",
            "dc.date.created",
        ]),
        s.times.first().cloned(),
        url.and_then(dates::from_url),
    ]);
    // The printed date wins; when it is the structured one's day, keep the latter's time.
    let published = match (s.headline_date(), structured) {
        (Some(printed), Some(full)) if full.starts_with(&printed) => Some(full),
        (Some(printed), _) => Some(printed),
        (None, full) => full,
    };
    let modified = date([
        ld.modified.clone(),
        s.meta(&[
            "article:modified_time",
            "og:updated_time",
            "last-modified",
            "dcterms.modified",
        ]),
        s.micro("dateModified"),
    ]);

    let mut authors = ld.authors.clone();
    if authors.is_empty() {
        let candidates = s
            .micro
            .iter()
            .filter(|(p, _)| p == "author")
            .map(|(_, v)| v.clone())
            .chain(s.meta(&[
                "author",
                "article:author",
                "dc.creator",
                "sailthru.author",
                "parsely-author",
                "byl",
            ]))
            .chain(s.rel_authors.iter().cloned())
            .chain(s.bylines.iter().cloned())
            .chain(s.headline_byline());
        for c in candidates {
            let names = authors::names(&c);
            if !names.is_empty() {
                authors = names;
                break;
            }
        }
    }

    let canonical = s
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| s.meta(&["og:url"]))
        .or(ld.url.clone())
        .or_else(|| url.map(str::to_string));

    let language = s
        .lang
        .clone()
        .or_else(|| s.meta(&["content-language", "language", "dc.language"]))
        .or_else(|| s.meta(&["og:locale"]))
        .or(ld.language.clone())
        .and_then(|l| iso_language(&l));

    let mut tags: Vec<String> = s
        .meta
        .iter()
        .filter(|(k, _)| k == "article:tag")
        .map(|(_, v)| v.clone())
        .collect();
    if tags.is_empty() {
        tags = ld.tags.clone();
    }
    if tags.is_empty() {
        if let Some(k) = s.meta(&["news_keywords", "keywords"]) {
            tags = k
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .take(50)
                .collect();
        }
    }

    Metadata {
        title,
        authors,
        published,
        modified,
        site_name,
        language,
        url: canonical,
        description: s
            .meta(&["og:description", "description", "twitter:description"])
            .or(ld.description.clone()),
        image: s
            .meta(&["og:image", "og:image:url", "twitter:image"])
            .or(ld.image.clone()),
        section: s.meta(&["article:section"]).or(ld.section.clone()),
        tags,
    }
}

/// Meta values are sometimes entity-escaped twice ("&amp;#8211;" arrives as "&#8211;").
fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // Byte search: ';' is ASCII, so the slice below stays on char boundaries.
        let end = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|b| *b == b';');
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// "en-US", "en_GB", "de" to an ISO 639-1 code.
fn iso_language(raw: &str) -> Option<String> {
    let code: String = raw
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    (code.len() == 2).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> Metadata {
        extract(&Dom::parse(html), None)
    }

    #[test]
    fn jsonld_beats_opengraph_and_title_tag() {
        let m = meta_of(
            r#"<html lang="en-GB"><head><title>Old title - Site</title>
            <meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","datePublished":"2021-05-06","author":{"name":"Ann Lee"}}</script>
            <meta property="article:published_time" content="2020-01-01"></head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("LD title"));
        assert_eq!(m.published.as_deref(), Some("2021-05-06"));
        assert_eq!(m.authors, vec!["Ann Lee"]);
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn falls_back_to_meta_and_page() {
        let m = meta_of(
            r#"<head><title>Rain due on Tuesday | The Daily</title>
            <meta property="og:site_name" content="The Daily">
            <meta name="author" content="By Jane Doe">
            <link rel="canonical" href="https://daily.example/rain"></head>
            <body><h1>Rain due on Tuesday</h1><time datetime="2019-11-19T10:00:00Z">Nov 19</time></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Rain due on Tuesday"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
        assert_eq!(m.authors, vec!["Jane Doe"]);
        assert_eq!(m.published.as_deref(), Some("2019-11-19T10:00:00Z"));
        assert_eq!(m.url.as_deref(), Some("https://daily.example/rain"));
    }

    #[test]
    fn byline_and_url_date() {
        let dom = Dom::parse(
            r#"<body><div class="byline">By Max Muster and Erika Muster</div><p>x</p></body>"#,
        );
        let m = extract(&dom, Some("https://x.example/2020/03/19/story"));
        assert_eq!(m.authors, vec!["Max Muster", "Erika Muster"]);
        assert_eq!(m.published.as_deref(), Some("2020-03-19"));
    }

    #[test]
    fn entities_next_to_multibyte_text() {
        // Found by fuzzing: a multi-byte character inside the entity window.
        let s = "&res\u{FFFD}\u{FFFD}640:*";
        assert_eq!(decode_entities(s), s);
    }

    #[test]
    fn entities_in_meta_values() {
        assert_eq!(
            decode_entities("A &#8211; B &amp; C &#x2019;"),
            "A – B & C ’"
        );
        assert_eq!(
            decode_entities("fish & chips &bogus;"),
            "fish & chips &bogus;"
        );
    }

    #[test]
    fn printed_date_with_headline_wins() {
        let m = meta_of(
            r#"<head><script type="application/ld+json">{"@type":"Article","datePublished":"2020-01-01"}</script></head>
            <body><p>March 3, 2019</p><h1>Rain due on Tuesday</h1><div>Updated: May 2, 2024</div><p>Text.</p></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2024-05-02"));
    }

    #[test]
    fn printed_byline_is_the_last_resort() {
        let m = meta_of(
            r#"<body><h1>Rain due on Tuesday</h1><p><span>By</span> <a href="/a/x">Kim Park</a></p><p>Text.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Kim Park"]);
    }

    #[test]
    fn microdata() {
        let m = meta_of(
            r#"<body><article itemscope itemtype="https://schema.org/NewsArticle">
            <h1 itemprop="headline">Micro headline</h1>
            <span itemprop="author" itemscope><span itemprop="name">Kim Park</span></span>
            <meta itemprop="datePublished" content="2018-02-03"></article></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Micro headline"));
        assert_eq!(m.authors, vec!["Kim Park"]);
        assert_eq!(m.published.as_deref(), Some("2018-02-03"));
    }
}
