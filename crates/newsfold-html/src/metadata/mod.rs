//! Page metadata: title, authors, dates, site name, language, canonical URL,
//! description, image, section and tags.
//!
//! Everything is gathered in one walk over the tree, then each field takes the
//! first source that has it, in this order of trust:
//!
//! - **title**: the page's `<h1>` (the visible headline readers cite) unless it
//!   shares no words with the meta title (then it is a blog name or section
//!   heading) or merely decorates it ("Headline | Tag"); else JSON-LD `headline` >
//!   `og:title` > `twitter:title` > microdata `headline` > `<title>`, losing a
//!   " | Site" suffix (or "Site | " prefix).
//! - **published**: what the page shows wins when hidden metadata disagrees, see
//!   [`choose_published`]: a structured date (JSON-LD `datePublished`,
//!   `article:published_time`, microdata, other meta) that is also shown near the
//!   headline or in the URL > the structured modified date when that is the one
//!   shown ("Updated <date>") > the first date shown near the headline not
//!   labelled as an update ([`visible::dates`]) > a date in the URL path (given,
//!   canonical or `og:url`) > the structured date > the first update shown > the
//!   first `<time datetime>` in the page. CMSes re-stamp `datePublished` when a
//!   page is re-saved; the printed date is the one readers and citations use.
//! - **modified**: JSON-LD `dateModified` > `article:modified_time` > microdata.
//! - **authors**: JSON-LD `author` > microdata `author` > `author` /
//!   `article:author` meta (unless a URL) > `rel=author` links > "By ..." lines
//!   near the headline ([`visible::bylines`]) > byline elements (class/id
//!   "byline", "author"); a name equal to the site or publisher (or a domain or
//!   login handle) is kept only when no person is found, and a visible byline
//!   naming more people than the structured data replaces it. Every source goes
//!   through [`authors::names`] so "By", roles and credentials are dropped.
//! - **site_name**: `og:site_name` > JSON-LD publisher > `application-name`.
//! - **url**: `<link rel=canonical>` > `og:url` > JSON-LD url > the given URL.
//! - **language**: `<html lang>` > `content-language` meta > `og:locale` > JSON-LD `inLanguage`.
//! - **description**, **image**, **section**, **tags**: OpenGraph/meta > JSON-LD.

pub mod authors;
pub mod dates;
pub mod jsonld;
pub mod title;
pub mod visible;

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
    for id in dom.descendants(DOCUMENT) {
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
                        || w.len() >= 6
                            && w.as_bytes()
                                .windows(6)
                                .any(|x| x.eq_ignore_ascii_case(b"byline"))
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

impl Sources {
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

/// The publication day, in this order of trust:
/// 1. a structured date (JSON-LD, meta) that the page also shows near its headline
///    or carries in its URL path;
/// 2. the structured modified date when that is the one shown (the page presents
///    itself as "Updated <date>");
/// 3. the first date shown near the headline that is not labelled as an update
///    (CMSes often stamp re-saved pages with a fresh "published" date);
/// 4. the date in the URL path (`/2025/09/04/`);
/// 5. any structured date; 6. the first update date shown.
fn choose_published(
    structured: Option<String>,
    modified: Option<&str>,
    shown: &visible::VisibleDates,
    url_day: Option<String>,
) -> Option<String> {
    let same_day = |a: &str, b: &str| a.get(..10) == b.get(..10);
    if let Some(p) = &structured {
        if shown.contains_day(p) || url_day.as_deref().is_some_and(|u| same_day(u, p)) {
            return structured;
        }
        if let Some(m) = modified.filter(|m| shown.contains_day(m)) {
            return Some(m.to_string());
        }
    }
    shown
        .published
        .first()
        .cloned()
        .or(url_day)
        .or(structured)
        .or_else(|| shown.updated.first().cloned())
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
    let meta_title = raw_title
        .as_deref()
        .map(|t| title::clean(t, site_name.as_deref(), headline.map(String::as_str)));
    let plausible: Vec<&String> =
        s.h1.iter()
            .filter(|h| {
                let f = crate::content::fold(h);
                let words = h.split_whitespace().count();
                (2..=40).contains(&words)
                    && f != site_fold
                    && !(site_fold.len() > 3 && f.contains(&site_fold))
            })
            .collect();
    // An <h1> that shares no words with the meta title is a blog name, an author
    // or a section heading, not this article's headline.
    let visible = match meta_title.as_deref() {
        None => plausible.first().copied(),
        Some(m) => plausible
            .iter()
            .map(|h| (title::word_overlap(h, m), *h))
            .filter(|(o, _)| *o >= 0.15)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| h),
    };
    // "Headline | Section" in the <h1> while the meta title is just "Headline".
    let visible = visible.filter(|h| {
        !meta_title
            .as_deref()
            .is_some_and(|m| title::decorates(h, m))
    });
    let title = visible
        .cloned()
        .or(meta_title)
        .map(|t| collapse_ws(&decode_entities(&t)))
        .filter(|t| !t.is_empty());

    let canonical = s
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| s.meta(&["og:url"]))
        .or(ld.url.clone())
        .or_else(|| url.map(str::to_string));
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
    ]);
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

    let day_first = !s
        .lang
        .as_deref()
        .map(|l| l.trim().to_ascii_lowercase())
        .is_some_and(|l| l == "en" || l.starts_with("en-us") || l.starts_with("en_us"));
    let page = visible::Page::new(dom);
    let shown = visible::dates_in(&page, title.as_deref(), day_first);
    let url_day = url
        .and_then(dates::from_url)
        .or_else(|| canonical.as_deref().and_then(dates::from_url));
    let published = choose_published(structured, modified.as_deref(), &shown, url_day)
        .or_else(|| date([s.times.first().cloned()]));
    // The publisher filed as author ("USA TODAY", "etimes.in", a login handle) says
    // nothing about who wrote the piece: look for a person first, keep it as a last resort.
    let site_keys: Vec<String> = [site_name.as_deref(), ld.publisher.as_deref()]
        .into_iter()
        .flatten()
        .map(crate::content::fold)
        .filter(|f| f.len() > 2)
        .collect();
    let is_outlet = |n: &String| {
        let f = crate::content::fold(n);
        (!n.contains(' ') && n.contains('.'))
            || site_keys
                .iter()
                .any(|k| f == *k || k.contains(&f) || f.contains(k.as_str()))
    };
    let (mut authors, outlets): (Vec<String>, Vec<String>) =
        ld.authors.iter().cloned().partition(|n| !is_outlet(n));
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
            .chain(visible::bylines_in(&page, title.as_deref()))
            .chain(s.bylines.iter().cloned());
        let mut fallback = outlets;
        for c in candidates {
            let (people, orgs): (Vec<String>, Vec<String>) =
                authors::names(&c).into_iter().partition(|n| !is_outlet(n));
            if !people.is_empty() {
                authors = people;
                break;
            }
            if fallback.is_empty() {
                fallback = orgs;
            }
        }
        if authors.is_empty() {
            authors = fallback;
        }
    }
    // Structured data often credits only the first of several authors the byline names.
    if !authors.is_empty() {
        let folded: Vec<String> = authors.iter().map(|a| crate::content::fold(a)).collect();
        let fuller = visible::bylines_in(&page, title.as_deref())
            .iter()
            .map(|b| authors::names(b))
            .find(|names| {
                let f: Vec<String> = names.iter().map(|n| crate::content::fold(n)).collect();
                f.len() > folded.len() && folded.iter().all(|a| f.contains(a))
            });
        if let Some(names) = fuller {
            authors = names;
        }
    }

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
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
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
    fn entities_in_meta_values() {
        assert_eq!(
            decode_entities("A &#8211; B &amp; C &#x2019;"),
            "A – B & C ’"
        );
        assert_eq!(
            decode_entities("fish & chips &bogus;"),
            "fish & chips &bogus;"
        );
        assert_eq!(
            decode_entities("Ideas & Why They’re Smart"),
            "Ideas & Why They’re Smart"
        );
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
