//! Page metadata: title, authors, dates, site name, language, canonical URL,
//! description, image, section and tags.
//!
//! Everything is gathered in one walk over the tree, then each field takes the
//! first source that has it, in this order of trust:
//!
//! - **title**: the page's `<h1>` (the visible headline readers cite) unless it
//!   shares fewer than two significant words with the meta title (then it is a
//!   blog name, an author, a section heading or a pull quote) or dresses it: the
//!   meta title plus " | Tag" or a date/domain ("Dec 18 2025 Headline"), set in
//!   capitals, or set on several lines (`<br>`, block children) while the meta
//!   title rewrites it. Else JSON-LD `headline` (unless it is the site's name; the
//!   OpenGraph title when the headline was cut near 110 characters) > `og:title` >
//!   `twitter:title` > microdata `headline` > `<title>`, losing a " | Site" suffix
//!   (or "Site | " / "example.com | " prefix).
//! - **published**: what the page shows wins when hidden metadata disagrees, see
//!   [`choose_published`]: a structured date (JSON-LD `datePublished`, its WebPage's
//!   when the article has none, `article:published_time`, microdata, other meta, any
//!   meta named like "published-date") that is also shown near the headline (in any
//!   time zone) or in the URL > the local day shown and in the URL over a UTC stamp >
//!   the structured date when the page shows only its modified date ("Updated
//!   DATE": an update does not move the first publication) > the first date shown
//!   near the headline not labelled as an update ([`visible::dates`]) > a date in
//!   the URL path (given, canonical or `og:url`) > the structured date > a date
//!   labelled "Published"/"Posted" elsewhere > the first update shown > "Last
//!   updated" elsewhere > the first `<time datetime>`. CMSes re-stamp
//!   `datePublished` when a page is re-saved; the printed date is the one readers
//!   and citations use.
//! - **modified**: JSON-LD `dateModified` > `article:modified_time` > microdata.
//! - **authors**: JSON-LD `author` people > microdata `author` > `author` /
//!   `article:author` meta (unless a URL) > the name paired with a "Written by"
//!   label (`twitter:label1`/`twitter:data1`) > `rel=author` links > "By ..." lines
//!   near the headline ([`visible::bylines`]) > byline elements (class/id "byline",
//!   "author", "authorName"; not comment authors) > bylines with a specific label
//!   ("Written by", "Autor:") anywhere ([`visible::far_bylines`]); a name equal to
//!   the site or publisher (or a domain or login handle) or a JSON-LD organisation
//!   is kept only when no person is found, then a group credit as given ("Staff",
//!   "News Desk", [`authors::group_credit`]); a visible byline naming more people
//!   than the structured data replaces it. Every source goes through
//!   [`authors::names`] so "By", roles, credentials and reviewers are dropped.
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
use html5ever::local_name;
use newsfold_types::Record;
use rustc_hash::FxHashMap;

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
        let clean = |t: Option<String>| t.map(|t| without_invisible(&t));
        rec.title = clean(self.title);
        rec.authors = self.authors.iter().map(|a| without_invisible(a)).collect();
        rec.published = self.published;
        rec.modified = self.modified;
        rec.site_name = clean(self.site_name);
        rec.language = self.language;
        rec.url = self.url;
        rec.description = clean(self.description);
        rec.image = self.image;
        rec.section = self.section;
        rec.tags = self.tags;
    }
}

/// Without the characters the body text drops too ([`crate::content::is_invisible`]).
fn without_invisible(t: &str) -> String {
    t.chars()
        .filter(|&c| !crate::content::is_invisible(c))
        .collect()
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
    /// Whether each `<h1>` is set on several lines (`<br>`, block children): a
    /// display composition of headline and subtitle rather than one title.
    h1_broken: Vec<bool>,
    /// `<h2>`s before the first `<h1>`.
    h2_before_h1: Vec<String>,
    /// The first `<h2>`s: a blog theme's post title where the `<h1>` is the blog's name.
    h2: Vec<String>,
    micro: Vec<(String, String)>,
    times: Vec<String>,
    rel_authors: Vec<String>,
    /// Links to an author's page whose address names them (`/authors/jane-doe`).
    author_links: Vec<String>,
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

/// An author element's text with " | " where its pieces sit apart on screen (block
/// children, or inline ones glued without a space: "Luke Kim" and "December 17,
/// 2025"), so the name does not run into the date or biography beside it.
fn byline_text(dom: &Dom, id: u32) -> Option<String> {
    // An inline stylesheet's id ("wp-block-post-author-name-inline-css") names no author.
    if dom
        .tag(id)
        .is_some_and(|t| crate::dom::holds_no_visible_text(t))
    {
        return None;
    }
    /// What lies between the text so far and the next: nothing, an inline
    /// element's edge, or a block's.
    #[derive(Clone, Copy, PartialEq)]
    enum Gap {
        None,
        Inline,
        Block,
    }
    fn walk(dom: &Dom, id: u32, out: &mut String, gap: &mut Gap, nodes: &mut usize) {
        for c in dom.children(id) {
            *nodes += 1;
            if *nodes > SHORT_TEXT_NODES {
                return;
            }
            match &dom.node(c).data {
                NodeData::Text(t) => {
                    if t.trim().is_empty() {
                        out.push_str(t);
                        continue;
                    }
                    // "Jane Doe" then ", Editor" continues the line.
                    let glued = !out.ends_with(char::is_whitespace)
                        && !t.starts_with(|c: char| c.is_whitespace() || ",.;:)".contains(c));
                    if !out.trim().is_empty()
                        && (*gap == Gap::Block || *gap == Gap::Inline && glued)
                    {
                        out.push_str(" | ");
                    }
                    *gap = Gap::None;
                    out.push_str(t);
                }
                NodeData::Element { name, .. } => {
                    let tag = &**name;
                    if crate::dom::holds_no_visible_text(tag) {
                        continue;
                    }
                    let edge = if matches!(
                        tag,
                        "br" | "div" | "p" | "li" | "ul" | "h2" | "h3" | "h4" | "h5" | "h6"
                    ) {
                        Gap::Block
                    } else {
                        Gap::Inline
                    };
                    if *gap != Gap::Block {
                        *gap = edge;
                    }
                    walk(dom, c, out, gap, nodes);
                    if *gap != Gap::Block {
                        *gap = edge;
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = String::new();
    let (mut gap, mut nodes) = (Gap::None, 0);
    walk(dom, id, &mut out, &mut gap, &mut nodes);
    if nodes > SHORT_TEXT_NODES {
        return None;
    }
    let t = collapse_ws(&out);
    if t.len() < 400 {
        return (!t.is_empty()).then_some(t);
    }
    // An author box: the name, then a long biography. The lines before it will do.
    let cut = t[..t.floor_char_boundary(400)].rfind(" | ")?;
    Some(t[..cut].to_string())
}

/// A heading's text with a space where it breaks into lines (`Title<br>Subtitle`
/// reads "Title Subtitle", not "TitleSubtitle"), and whether it breaks between
/// two pieces of text.
fn heading_text(dom: &Dom, id: u32) -> Option<(String, bool)> {
    #[derive(Default)]
    struct State {
        out: String,
        text_seen: bool,
        pending_break: bool,
        broken: bool,
        nodes: usize,
        kicker: Option<u32>,
    }
    fn walk(dom: &Dom, id: u32, st: &mut State) {
        for c in dom.children(id) {
            st.nodes += 1;
            if st.nodes > SHORT_TEXT_NODES {
                return;
            }
            match &dom.node(c).data {
                NodeData::Text(t) => {
                    if !t.trim().is_empty() {
                        st.broken |= st.pending_break && st.text_seen;
                        st.text_seen = true;
                        st.pending_break = false;
                    }
                    st.out.push_str(t);
                }
                NodeData::Element { name, .. } => {
                    let tag = &**name;
                    if crate::dom::holds_no_visible_text(tag)
                        || dom.attr(c, "class").is_some_and(is_kicker_class)
                        || Some(c) == st.kicker
                    {
                        continue;
                    }
                    let block = matches!(tag, "br" | "div" | "p" | "h2" | "h3" | "li")
                        || dom.attr(c, "class").is_some_and(|cl| {
                            cl.split_whitespace()
                                .any(|w| w == "block" || w == "d-block")
                        });
                    if block {
                        st.pending_break = true;
                        st.out.push(' ');
                    }
                    walk(dom, c, st);
                    if block {
                        st.pending_break = true;
                        st.out.push(' ');
                    }
                }
                _ => {}
            }
        }
    }
    let mut st = State {
        kicker: leading_kicker(dom, id),
        ..State::default()
    };
    walk(dom, id, &mut st);
    if st.nodes > SHORT_TEXT_NODES {
        return None;
    }
    let t = collapse_ws(&st.out);
    (!t.is_empty() && t.len() < 400).then_some((t, st.broken))
}

/// A kicker set apart at the head of a heading without a telling class:
/// `<h1><small>Tunesien</small><br>Große Aufgaben ...</h1>`, `<h1><div>100.
/// Geburtstag</div> Holocaust-Überlebende ...</h1>`. A leading `<small>`, a block,
/// or an element followed by a line break, shorter than the headline after it.
/// Inline emphasis (`<em>Hamlet</em> review: ...`) stays part of the headline.
fn leading_kicker(dom: &Dom, heading: u32) -> Option<u32> {
    let visible = |c: &u32| match &dom.node(*c).data {
        NodeData::Text(t) => !t.trim().is_empty(),
        NodeData::Element { name, .. } => !crate::dom::holds_no_visible_text(name),
        _ => false,
    };
    let name = |n: u32| dom.tag(n).map(|t| &**t);
    // Through a wrapper holding the whole headline (`<h1><span class="post-title">`).
    let mut container = heading;
    let children = loop {
        let children: Vec<u32> = dom.children(container).filter(visible).collect();
        match children.as_slice() {
            [only] if dom.text(*only).is_none() && name(*only) != Some("br") => container = *only,
            _ => break children,
        }
    };
    let (&first, rest) = children.split_first()?;
    let tag = name(first)?;
    let set_apart = matches!(tag, "small" | "div" | "p")
        || rest.first().is_some_and(|&n| name(n) == Some("br"));
    if !set_apart || rest.len() > 24 {
        return None;
    }
    let kicker = dom.text_of(first);
    let after: String = rest
        .iter()
        .map(|&n| dom.text_of(n))
        .collect::<Vec<_>>()
        .join(" ");
    let after = collapse_ws(&after);
    let words = kicker.split_whitespace().count();
    (!kicker.is_empty()
        && words <= 8
        && after.split_whitespace().count() >= 2
        && kicker.chars().count() < after.chars().count())
    .then_some(first)
}

/// A headline's kicker or screen-reader separator set inside the `<h1>`
/// ("Klimaschutz" over "Bohren, bis es heiß wird"): not part of the headline.
fn is_kicker_class(class: &str) -> bool {
    class.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        let w = w.to_ascii_lowercase();
        matches!(
            w.as_str(),
            "kicker"
                | "dachzeile"
                | "overline"
                | "articleoverline"
                | "topline"
                | "eyebrow"
                | "roofline"
                | "supertitle"
                | "pretitle"
                | "subheadline"
                | "toptitle"
                | "titleheader"
                | "h1small"
                | "hiddendash"
        ) || (w == "visually" && class.to_ascii_lowercase().contains("visually-hidden"))
            || (w == "sub" && class.to_ascii_lowercase().contains("sub-heading"))
            || w == "sr" && class.contains("sr-only")
    })
}

fn gather(dom: &Dom) -> Sources {
    let mut s = Sources::default();
    // Pages repeat their class values: each is judged once.
    let mut byline_classes: FxHashMap<&str, bool> = FxHashMap::default();
    for id in dom.descendants(DOCUMENT) {
        let NodeData::Element { name, attrs, .. } = &dom.node(id).data else {
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
                    // Some frameworks ship the page's JSON-LD in a meta tag.
                    if k.trim().eq_ignore_ascii_case("script:ld+json") {
                        if s.jsonld.len() < 20 {
                            s.jsonld.push(decode_entities(v).into_owned());
                        }
                        continue;
                    }
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
            // The meta title printed as an <h2> above every <h1>: the <h1>s are
            // section headings inside the post.
            "h2" if s.h2.len() < 10 => {
                if let Some((t, _)) = heading_text(dom, id) {
                    if s.h1.is_empty() && s.h2_before_h1.len() < 5 {
                        s.h2_before_h1.push(t.clone());
                    }
                    s.h2.push(t);
                }
            }
            "h1" if s.h1.len() < 5 => {
                if let Some((t, broken)) = heading_text(dom, id) {
                    s.h1.push(t);
                    s.h1_broken.push(broken);
                }
            }
            "time" if s.times.len() < 10 => {
                if let Some(d) = attr("datetime") {
                    s.times.push(d.to_string());
                }
            }
            _ => {}
        }
        // The attributes every element is asked for, in one pass over its list.
        let (mut itemprop, mut rel, mut class, mut idv) = (None, None, None, None);
        for a in attrs {
            let slot = match a.name.local {
                local_name!("itemprop") => &mut itemprop,
                local_name!("rel") => &mut rel,
                local_name!("class") => &mut class,
                local_name!("id") => &mut idv,
                _ => continue,
            };
            slot.get_or_insert(&*a.value);
        }
        if let Some(prop) = itemprop {
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
        if rel.is_some_and(|r| r.split_whitespace().any(|r| r == "author"))
            && s.rel_authors.len() < 10
        {
            if let Some(t) = short_text(dom, id) {
                s.rel_authors.push(t);
            }
        }
        if &**name == "a" && s.author_links.len() < 5 {
            if let Some(t) = attr("href")
                .filter(|h| author_page(h))
                .and_then(|h| short_text(dom, id).filter(|t| slug_names(h, t)))
            {
                s.author_links.push(t);
            }
        }
        if s.bylines.len() < 10 {
            // Most elements have no class: nothing to hash.
            let by_class = class.is_some_and(|class| {
                *byline_classes
                    .entry(class)
                    .or_insert_with(|| byline_class(class))
            });
            if by_class || byline_class(idv.unwrap_or("")) {
                if let Some(t) = byline_text(dom, id) {
                    s.bylines.push(t);
                }
            }
        }
    }
    s
}

/// A link to an author's page: a path segment "author", "authors", "autor", ...
fn author_page(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    const AUTHOR_SEGMENTS: &[&str] = &[
        "author",
        "authors",
        "autor",
        "autores",
        "auteur",
        "autore",
        "writers",
        "contributors",
    ];
    // Compared without a lower-cased copy: this runs for every segment of every link.
    path.split('/')
        .any(|seg| AUTHOR_SEGMENTS.iter().any(|w| seg.eq_ignore_ascii_case(w)))
}

/// Whether the link's last path segment spells the linked text ("/authors/jane-doe"
/// for "Jane Doe"): the site's page for that person, not "/author/admin" or a list.
fn slug_names(href: &str, text: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    let Some(slug) = path.trim_end_matches('/').rsplit('/').next() else {
        return false;
    };
    let slug = crate::content::fold(slug);
    text.split_whitespace().count() >= 2 && !slug.is_empty() && slug == crate::content::fold(text)
}

/// A class or id naming an author element: "author", "byline", "post-author__name",
/// "authorName", "styles__AuthorName-sc-1"; not comments' authors ("comment-author")
/// nor "authority".
fn byline_class(v: &str) -> bool {
    // Most values name neither: skip the lower-cased copy for them.
    let b = v.as_bytes();
    let has = |word: &[u8]| {
        b.windows(word.len())
            .any(|w| w[0] | 0x20 == word[0] && w.eq_ignore_ascii_case(word))
    };
    if !has(b"author") && !has(b"byline") {
        return false;
    }
    let lower = v.to_ascii_lowercase();
    // WordPress marks the whole post "hentry author-jdoe": a container, not a byline.
    if lower.contains("comment") || lower.contains("avatar") || lower.contains("hentry") {
        return false;
    }
    // Parts of an author block that are not the name: "author-description" (a
    // biography's credentials), "byline__tag" (the story's topic link).
    let part = lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w,
            "description" | "tag" | "tags" | "category" | "categories" | "topic" | "topics"
        )
    });
    if part {
        return false;
    }
    let named = lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        (w.starts_with("author") && !w.starts_with("authori"))
            || (w.ends_with("author") && w.len() <= 16)
            || (w.len() >= 6 && w.contains("byline"))
    });
    // camelCase class names ("styles_dateAndAuthorContainer__x1"): a word inside.
    named
        || camel_words(v).any(|w| {
            w.eq_ignore_ascii_case("author")
                || w.eq_ignore_ascii_case("authors")
                || w.eq_ignore_ascii_case("byline")
        })
}

/// The words of camelCase identifiers in `v`: "dateAndAuthorBox" gives "date",
/// "And", "Author", "Box".
fn camel_words(v: &str) -> impl Iterator<Item = &str> {
    v.split(|c: char| !c.is_ascii_alphanumeric()).flat_map(|w| {
        let mut cuts = vec![0];
        let b = w.as_bytes();
        for i in 1..b.len() {
            if b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase() {
                cuts.push(i);
            }
        }
        cuts.push(w.len());
        cuts.windows(2).map(|c| &w[c[0]..c[1]]).collect::<Vec<_>>()
    })
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

    /// Every other meta named like a publication date ("published", "w-published-date",
    /// "og:publish_date"), not the publisher and not an update, in page order.
    fn publish_metas(&self) -> impl Iterator<Item = &String> {
        self.meta.iter().filter_map(|(k, v)| {
            (k.contains("publish")
                && is_dated_key(k)
                && !k.contains("publisher")
                && !k.contains("modif")
                && !k.contains("updat"))
            .then_some(v)
        })
    }

    /// Any other meta named like an update date ("modified-time", "w-updated-date").
    fn modified_meta(&self) -> Option<String> {
        self.meta.iter().find_map(|(k, v)| {
            ((k.contains("modif") || k.contains("updat")) && is_dated_key(k)).then(|| v.clone())
        })
    }

    /// The value WordPress-style pages pair with a "Written by" label
    /// (`twitter:label1` = "Written by", `twitter:data1` = the name).
    fn written_by_label(&self) -> Option<String> {
        self.meta.iter().find_map(|(k, v)| {
            let n = k.strip_prefix("twitter:label")?;
            if !authors::is_byline_label(v) {
                return None;
            }
            self.meta(&[&format!("twitter:data{n}")])
        })
    }

    fn micro(&self, prop: &str) -> Option<String> {
        self.micro
            .iter()
            .find(|(p, _)| p == prop)
            .map(|(_, v)| v.clone())
    }
}

fn is_dated_key(k: &str) -> bool {
    k.contains("date") || k.contains("time") || k.ends_with("published")
}

fn date(candidates: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    candidates
        .into_iter()
        .flatten()
        .find_map(|d| dates::normalize(&d))
}

/// The publication day, in this order of trust:
/// 1. a structured date (JSON-LD, meta) that the page also shows near its headline
///    (in any time zone) or carries in its URL path;
/// 2. the structured date when the page shows only its structured modified date
///    ("Updated DATE"): the update does not move the first publication;
/// 3. the first date shown near the headline that is not labelled as an update
///    (CMSes often stamp re-saved pages with a fresh "published" date);
/// 4. the date in the URL path (`/2025/09/04/`);
/// 5. any structured date; 6. a date labelled "Published"/"Posted" elsewhere on the
///    page; 7. the first update date shown; 8. one labelled "Last updated" elsewhere.
fn choose_published(
    structured: Option<String>,
    modified: Option<&str>,
    shown: &visible::VisibleDates,
    url_day: Option<String>,
) -> Option<String> {
    // "10/09/2024" read the other way round is still the structured 2024-09-10,
    // when that is a machine time stamp (not itself read from "03-09-2026").
    let exact = |a: &str, b: &str| {
        a.get(..10) == b.get(..10)
            || (b.get(10..11) == Some("T")
                && a.get(..5) == b.get(..5)
                && a.get(5..7) == b.get(8..10)
                && a.get(8..10) == b.get(5..7)
                && a.get(5..7).is_some_and(|m| m <= "12"))
    };
    // A date shown both bare and labelled as an update is the update.
    let first_shown = shown
        .published
        .iter()
        .find(|d| !shown.updated.iter().any(|u| exact(u, d)))
        .cloned();
    // "Originally published DATE": the page's own word on the first publication.
    if let Some(o) = shown.original.first() {
        return match &structured {
            Some(p) if dates::same_day(o, p) => structured,
            _ => Some(o.clone()),
        };
    }
    if let Some(p) = &structured {
        let in_published = shown.published.iter().any(|d| exact(d, p));
        let in_updated = shown.updated.iter().any(|d| exact(d, p));
        // The structured "published" date is the one the page labels as its update,
        // while it shows another date bare: that one is the publication.
        if in_updated && !in_published && first_shown.is_some() {
            return first_shown;
        }
        // Also when the page labels it "Published" away from the headline (a
        // footer's "Published on DATE"): the bare date by the headline is another's.
        let labelled = shown.labelled.iter().any(|d| exact(d, p));
        if in_published || in_updated || labelled || url_day.as_deref().is_some_and(|u| exact(u, p))
        {
            return structured;
        }
        // The page's local day, confirmed by its address, beats a UTC time stamp.
        if let Some(u) = url_day.as_deref() {
            if shown.published.iter().any(|d| exact(d, u)) && dates::same_day(u, p) {
                return url_day;
            }
        }
        if shown.contains_day(p) || url_day.as_deref().is_some_and(|u| dates::same_day(u, p)) {
            return structured;
        }
        if modified.is_some_and(|m| shown.contains_day(m)) {
            return structured;
        }
        // A structured date equal to the modified one was re-stamped on saving; a
        // date the page labels "Published" elsewhere is the first publication.
        if first_shown.is_none() && modified.is_some_and(|m| exact(m, p)) {
            if let Some(far) = shown.far_published.first() {
                return Some(far.clone());
            }
        }
    }
    // "03/10/2023" read day first, under an address dated 2023/october/03: the
    // address settles which number is the month.
    let swapped = |a: &str, b: &str| {
        a.get(..5) == b.get(..5) && a.get(5..7) == b.get(8..10) && a.get(8..10) == b.get(5..7)
    };
    if let (Some(f), Some(u)) = (first_shown.as_deref(), url_day.as_deref()) {
        if swapped(f, u) {
            return url_day;
        }
    }
    first_shown
        .or(url_day)
        .or(structured)
        .or_else(|| shown.far_published.first().cloned())
        .or_else(|| shown.updated.first().cloned())
        .or_else(|| shown.dateline.clone())
        .or_else(|| shown.far_updated.first().cloned())
}

/// Reads a parsed page's metadata; `url` is the address the caller knows, if any.
pub fn extract(dom: &Dom, url: Option<&str>) -> Metadata {
    let s = gather(dom);
    let ld = jsonld::parse(&s.jsonld).unwrap_or_default();

    let site_name = s
        .meta(&["og:site_name", "application-name", "twitter:site"])
        .map(|n| n.trim_start_matches('@').to_string())
        .or(ld.publisher.clone());

    // The visible headline is what readers (and citations) call the title;
    // meta titles are often SEO rewrites of it.
    let site_fold = site_name
        .as_deref()
        .map(crate::content::fold)
        .unwrap_or_default();
    // A "title" that is the site's name ("AppAddict" on a Blog object) names no article.
    let not_site = |t: &String| site_fold.is_empty() || crate::content::fold(t) != site_fold;
    let og_title = s.meta(&["og:title", "twitter:title"]).filter(not_site);
    // JSON-LD headlines are cut near 110 characters; OpenGraph carries the whole one.
    let ld_headline = ld
        .headline
        .clone()
        .filter(not_site)
        .map(|h| match &og_title {
            Some(o)
                if h.chars().count() >= 90 && o.len() > h.len() && {
                    let (fo, fh) = (crate::content::fold(o), crate::content::fold(&h));
                    !fh.is_empty() && fo.starts_with(&fh)
                } =>
            {
                o.clone()
            }
            _ => h,
        });
    let raw_title = ld_headline
        .or(og_title)
        .or_else(|| s.micro("headline"))
        .or_else(|| s.meta(&["title", "dc.title", "sailthru.title", "parsely-title"]))
        .or_else(|| s.title_tag.clone().filter(|t| !t.is_empty()))
        .or_else(|| s.h1.first().cloned());
    let headline = raw_title.as_deref().and_then(|t| {
        let ft = crate::content::fold(t);
        let inside = |h: &&String| {
            let fh = crate::content::fold(h);
            !fh.is_empty() && ft.contains(&fh) && fh != site_fold
        };
        // An <h2> (a blog theme's post title) only at either end of the title: in
        // the middle it is a subtitle or a section heading.
        let at_an_end = |h: &&String| {
            let fh = crate::content::fold(h);
            inside(h) && (ft.starts_with(&fh) || ft.ends_with(&fh))
        };
        s.h1.iter()
            .find(inside)
            .or_else(|| s.h2.iter().find(at_an_end))
    });
    // Without a declared site name, the address names the site ("apps.shopify.com"
    // for "Klatch Coffee | Shopify App Store").
    let site_hint = site_name.clone().or_else(|| {
        s.canonical
            .as_deref()
            .or(s.meta(&["og:url"]).as_deref())
            .or(url)
            .and_then(host_label)
    });
    let meta_title = raw_title
        .as_deref()
        .map(|t| title::clean(t, site_hint.as_deref(), headline.map(String::as_str)));
    let plausible: Vec<(&String, bool)> =
        s.h1.iter()
            .zip(s.h1_broken.iter().copied())
            .filter(|(h, _)| {
                let f = crate::content::fold(h);
                let words = h.split_whitespace().count();
                (2..=40).contains(&words)
                    && f != site_fold
                    && !(site_fold.len() > 3 && f.contains(&site_fold))
            })
            .collect();
    // An <h1> that shares no words with the meta title is a blog name, an author
    // or a section heading, not this article's headline; one shared word ("Pin it
    // here" against "... Here Are the Best ...") is chance.
    let visible = match meta_title.as_deref() {
        None => plausible.first().copied(),
        Some(m) => {
            let needed = title::significant_words(m).min(2);
            let mut best: Option<(f64, (&String, bool))> = None;
            for &(h, broken) in &plausible {
                let o = title::word_overlap(h, m);
                if o >= 0.15
                    && title::shared_words(h, m) >= needed
                    && best.is_none_or(|(b, _)| o > b)
                {
                    best = Some((o, (h, broken)));
                }
            }
            best.map(|(_, hb)| hb)
        }
    };
    // The meta title wins over an <h1> that dresses it: "Headline | Section",
    // "Dec 18 2025 Headline", a headline set in capitals, or headline and subtitle
    // on separate lines.
    let visible = visible
        .filter(|(h, broken)| {
            meta_title.as_deref().is_none_or(|m| {
                let rewritten = title::word_overlap(m, h) < 1.0;
                let dressed = title::decorates(h, m)
                    || *broken && rewritten
                    || title::all_caps(h) && !title::all_caps(m)
                    || title::damaged_copy(h, m);
                !dressed
            })
        })
        .map(|(h, _)| h)
        .filter(|_| {
            meta_title.as_deref().is_none_or(|m| {
                let fm = crate::content::fold(m);
                !s.h2_before_h1.iter().any(|h| crate::content::fold(h) == fm)
            })
        });
    let title = visible
        .cloned()
        .or(meta_title)
        .map(|t| collapse_ws(&newsfold_read::mojibake::repair(&decode_entities(&t))))
        .filter(|t| !t.is_empty());

    let canonical = s
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| s.meta(&["og:url"]))
        .or(ld.url.clone())
        .or_else(|| url.map(str::to_string));
    let modified = date([
        ld.modified.clone(),
        s.meta(&[
            "article:modified_time",
            "og:updated_time",
            "last-modified",
            "dcterms.modified",
        ]),
        s.micro("dateModified"),
        s.modified_meta(),
    ]);
    let mut structured_dates = [
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
    ]
    .into_iter()
    .flatten()
    .chain(s.publish_metas().cloned())
    .filter_map(|d| dates::normalize(&d));
    // A "published" stamp weeks after the page's own update is a crawl or render
    // time ("published-time" 2026-03 beside "published-date" 2021 and "modified-time"
    // 2026-01): take the next. A day or two is a post saved, then scheduled.
    let after_update = |p: &str| {
        modified
            .as_deref()
            .and_then(|m| dates::days_between(m, p))
            .is_some_and(|days| days > 7)
    };
    let first_structured = structured_dates.next();
    let structured = match &first_structured {
        Some(p) if after_update(p) => structured_dates
            .find(|d| !after_update(d))
            .or(first_structured),
        _ => first_structured,
    };

    let day_first = !s
        .lang
        .as_deref()
        .map(|l| l.trim().to_ascii_lowercase())
        .is_some_and(|l| l == "en" || l.starts_with("en-us") || l.starts_with("en_us"));
    let page = visible::Page::new(dom, title.as_deref());
    let shown = visible::dates(&page, day_first);
    let url_day = url
        .and_then(dates::from_url)
        .or_else(|| canonical.as_deref().and_then(dates::from_url));
    // The modified date is the last resort: a page's only date still dates it.
    let published = choose_published(structured, modified.as_deref(), &shown, url_day)
        .or_else(|| date([s.times.first().cloned()]))
        .or_else(|| modified.clone());
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
    let near_bylines = visible::bylines(&page);
    // An author element dated another day is a card for another story ("Jane Doe |
    // December 4, 2025" in a list of related posts).
    let other_story = |b: &String| {
        let shown = visible::find_date(b, day_first).map(|(d, _)| d);
        shown
            .zip(published.as_deref())
            .is_some_and(|(d, p)| !dates::same_day(&d, p))
    };
    // Author-page links also credit other stories (related lists, sidebars): only
    // one printed by the headline is this story's.
    // Folding the text by the headline costs a pass; most pages have no such link.
    let near_text: Vec<String> = if s.author_links.is_empty() {
        Vec::new()
    } else {
        visible::near_headline(&page)
            .map(crate::content::fold)
            .collect()
    };
    let author_links = s
        .author_links
        .iter()
        .filter(|l| near_text.contains(&crate::content::fold(l)))
        .cloned();
    let meta_authors: Vec<String> = s
        .meta(&[
            "author",
            "article:author",
            "dc.creator",
            "sailthru.author",
            "parsely-author",
            "cxenseparse:author",
            "byl",
        ])
        .into_iter()
        .chain(s.written_by_label())
        .collect();
    if authors.is_empty() {
        let mut candidates = s
            .micro
            .iter()
            .filter(|(p, _)| p == "author")
            .map(|(_, v)| v.clone())
            .chain(meta_authors.iter().cloned())
            .chain(s.rel_authors.iter().cloned())
            .chain(near_bylines.iter().cloned())
            .chain(s.bylines.iter().filter(|b| !other_story(b)).cloned())
            .chain(author_links);
        let mut fallback: Vec<String> = outlets
            .into_iter()
            .chain(ld.organizations.iter().cloned())
            .collect();
        let take = |c: &str, fallback: &mut Vec<String>| {
            let (people, orgs): (Vec<String>, Vec<String>) =
                authors::names(c).into_iter().partition(|n| !is_outlet(n));
            if fallback.is_empty() {
                *fallback = orgs;
            }
            people
        };
        if let Some(people) =
            candidates.find_map(|c| Some(take(&c, &mut fallback)).filter(|p| !p.is_empty()))
        {
            authors = people;
        } else if let Some(people) = visible::far_bylines(&page)
            .iter()
            .find_map(|c| Some(take(c, &mut fallback)).filter(|p| !p.is_empty()))
        {
            authors = people;
        }
        if authors.is_empty() {
            authors = visible::bio_box_names(&page)
                .iter()
                .find_map(|b| Some(take(b, &mut fallback)).filter(|p| !p.is_empty()))
                .unwrap_or_default();
        }
        if authors.is_empty() {
            authors = fallback;
        }
        // No person anywhere: the group credited ("Staff", "News Desk"), as given.
        if authors.is_empty() {
            let micro_authors: Vec<String> = s
                .micro
                .iter()
                .filter(|(p, _)| p == "author")
                .map(|(_, v)| v.clone())
                .collect();
            authors = ld
                .credits
                .iter()
                .chain(&micro_authors)
                .chain(&meta_authors)
                .filter_map(|c| authors::group_credit(c, false))
                .chain(
                    s.bylines
                        .iter()
                        .chain(&near_bylines)
                        .filter_map(|c| authors::group_credit(c, true)),
                )
                .next()
                .into_iter()
                .collect();
        }
    }
    // The byline printed by the headline is what readers see; a different person in
    // the metadata is a CMS login ("KatieS") or the editor who filed the page.
    // Only one byline there, of full names, and the metadata's person printed nowhere
    // near the headline: a reviewer's line beside the author's, a role ("AV
    // technician") or a handle ("TurboTaxLisa") overrules nothing.
    let mut printed_lines: Vec<Vec<String>> = near_bylines
        .iter()
        .map(|b| authors::names(b))
        .filter(|names| !names.is_empty())
        .collect();
    printed_lines.dedup();
    let full_names = |names: &[String]| {
        names.iter().all(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            words.len() >= 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
                && !is_outlet(n)
        })
    };
    if let [printed] = printed_lines.as_slice() {
        let folded: Vec<String> = printed.iter().map(|n| crate::content::fold(n)).collect();
        let disjoint = authors.iter().all(|a| {
            let fa = crate::content::fold(a);
            !folded
                .iter()
                .any(|p| p.ends_with(&fa) || fa.ends_with(p.as_str()))
        });
        if !authors.is_empty() && disjoint && full_names(printed) {
            let near: String = visible::near_headline(&page)
                .map(crate::content::fold)
                .collect();
            if !authors
                .iter()
                .any(|a| near.contains(&crate::content::fold(a)))
            {
                authors = printed.clone();
            }
        }
    }
    // A personal blog credits nobody: the site is its owner's name.
    if authors.is_empty() {
        let title_suffix = raw_title.as_deref().and_then(|t| {
            let (_, last) = t.rsplit_once(" | ").or_else(|| t.rsplit_once(" – "))?;
            Some(last.to_string())
        });
        authors = site_name
            .iter()
            .chain(&title_suffix)
            .find_map(|n| authors::personal_site_owner(n))
            .into_iter()
            .collect();
    }
    // Scholarly pages list every author in repeated Highwire/Dublin Core tags, where
    // the other sources often keep only the first.
    let listed: Vec<String> = s
        .meta
        .iter()
        .filter(|(k, _)| {
            matches!(
                k.as_str(),
                "citation_author" | "citation_authors" | "dc.creator"
            )
        })
        .flat_map(|(_, v)| authors::names(v))
        .fold(Vec::new(), |mut acc, n| {
            if !acc.contains(&n) {
                acc.push(n);
            }
            acc
        });
    if listed.len() > authors.len() {
        let folded: Vec<String> = listed.iter().map(|a| crate::content::fold(a)).collect();
        if authors
            .iter()
            .all(|a| folded.contains(&crate::content::fold(a)))
        {
            authors = listed;
        }
    }
    // Structured data often credits only the first of several authors the byline names.
    if !authors.is_empty() {
        let folded: Vec<String> = authors.iter().map(|a| crate::content::fold(a)).collect();
        let fuller = near_bylines
            .iter()
            .chain(&visible::name_runs(&page))
            .map(|b| authors::names(b))
            .find(|names| {
                let f: Vec<String> = names.iter().map(|n| crate::content::fold(n)).collect();
                // "Dr Marna van der Merwe" in the byline is the structured "Marna van der Merwe".
                f.len() > folded.len()
                    && folded
                        .iter()
                        .all(|a| f.iter().any(|n| n.ends_with(a.as_str())))
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

/// The distinctive label of a URL's host: "shopify" for `https://apps.shopify.com/x`,
/// "bbc" for `bbc.co.uk`; None when shorter than three letters.
fn host_label(url: &str) -> Option<String> {
    let host = url
        .split("://")
        .nth(1)?
        .split(['/', '?', '#', ':'])
        .next()?;
    let labels: Vec<&str> = host.split('.').collect();
    let generic = |l: &str| {
        matches!(
            l,
            "co" | "com" | "org" | "net" | "gov" | "ac" | "edu" | "or" | "ne" | "go"
        )
    };
    let mut rev = labels.iter().rev().skip(1);
    let mut label = rev.next()?;
    if generic(label) {
        label = rev.next()?;
    }
    (label.chars().count() >= 3).then(|| label.to_string())
}

/// Meta values and JSON-LD strings are sometimes entity-escaped once more
/// ("&amp;#8211;" arrives as "&#8211;", "Redacci&oacute;n" in JSON): every HTML
/// entity, by the parser's own table, is read.
pub(crate) fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
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
                _ if ent.starts_with('#') => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
                // Keys carry their semicolon; two-character entities are rare enough to leave.
                _ => html5ever::data::NAMED_ENTITIES
                    .get(&rest[1..=e])
                    .filter(|&&(_, second)| second == 0)
                    .and_then(|&(c, _)| char::from_u32(c)),
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
    fn jsonld_in_a_meta_tag_counts() {
        let m = meta_of(
            r#"<head><meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Full EV Cars&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"></head><body></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Full EV Cars"));
        assert_eq!(m.published.as_deref(), Some("2025-11-17T09:00:00-05:00"));
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
    fn a_blog_post_title_in_an_h2_confirms_the_cut() {
        // The suffix is too long to pass for a site name by itself.
        let m = meta_of(
            "<head><title>Alles Neue mach der Mai | Bibliothek 2.0 und mehr</title></head>\
             <body><h1>Bibliothekswelt</h1><h2>Alles Neue mach der Mai</h2><p>Text.</p></body>",
        );
        assert_eq!(m.title.as_deref(), Some("Alles Neue mach der Mai"));
    }

    #[test]
    fn a_kicker_inside_the_h1_is_no_part_of_the_headline() {
        let m = meta_of(
            "<head><title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | tagesschau.de</title></head>\
             <body><h1><span class=\"dachzeile\">Interne Unterlagen im Netz</span>\
             <span class=\"headline\">Daten von Rheinmetall gehackt</span></h1><p>Text.</p></body>",
        );
        assert_eq!(m.title.as_deref(), Some("Daten von Rheinmetall gehackt"));
        assert!(is_kicker_class("article-heading__kicker"));
        assert!(is_kicker_class("visually-hidden"));
        assert!(!is_kicker_class("headline"));
        assert!(is_kicker_class("entry-title__toptitle"));
        assert!(is_kicker_class("sub-heading"));
    }

    #[test]
    fn a_kicker_set_apart_at_the_head_of_the_h1_is_dropped() {
        let title = |body: &str| meta_of(&format!("<body>{body}<p>Text.</p></body>")).title;
        assert_eq!(
            title("<h1><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1>")
                .as_deref(),
            Some("Große Aufgaben für die neue Regierung")
        );
        assert_eq!(
            title("<h1><div class=\"topic-label\">100. Geburtstag</div> Holocaust-Überlebende Margot Friedländer wird 100 Jahre</h1>").as_deref(),
            Some("Holocaust-Überlebende Margot Friedländer wird 100 Jahre")
        );
        // Through a wrapper around the whole headline.
        assert_eq!(
            title("<h1><span class=\"post-title\"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>").as_deref(),
            Some("Lagen-Pyramide mit GA2")
        );
        // Inline emphasis opening a headline is part of it.
        assert_eq!(
            title("<h1><em>Hamlet</em> review: a triumph at the Globe</h1>").as_deref(),
            Some("Hamlet review: a triumph at the Globe")
        );
        // A first line longer than the second is the headline, not a kicker.
        assert_eq!(
            title("<h1><span>The long first line of a headline</span><br>set on two</h1>")
                .as_deref(),
            Some("The long first line of a headline set on two")
        );
    }

    #[test]
    fn soft_hyphens_leave_the_fields() {
        let m = meta_of(
            "<head><title>Erinnerung an die Op\u{ad}fer</title></head>\
             <body><h1>Erin\u{ad}ne\u{ad}rung an die Op\u{ad}fer</h1></body>",
        );
        let mut rec = Record::new("t.html", newsfold_types::InputFormat::Html);
        m.apply(&mut rec);
        assert_eq!(rec.title.as_deref(), Some("Erinnerung an die Opfer"));
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
    fn site_named_by_the_address() {
        assert_eq!(
            host_label("https://apps.shopify.com/klatch").as_deref(),
            Some("shopify")
        );
        assert_eq!(
            host_label("https://www.bbc.co.uk/news/1").as_deref(),
            Some("bbc")
        );
        assert_eq!(host_label("https://x.io/a"), None);
        let m = meta_of(
            r#"<head><title>Klatch Coffee | Shopify App Store</title>
            <link rel="canonical" href="https://apps.shopify.com/klatch"></head><body></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Klatch Coffee"));
    }

    #[test]
    fn scholarly_author_lists() {
        let m = meta_of(
            r#"<head><meta name="author" content="Jennifer Huberty">
            <meta name="citation_authors" content="Jennifer Huberty">
            <meta name="citation_authors" content="Jeni Green">
            <meta name="citation_authors" content="Chong Lee"></head><body></body>"#,
        );
        assert_eq!(
            m.authors,
            vec!["Jennifer Huberty", "Jeni Green", "Chong Lee"]
        );
    }

    #[test]
    fn every_name_of_a_linked_byline() {
        let m = meta_of(
            r#"<head><script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Rui Ma"}}</script></head>
            <body><h1>Free certificates, listed</h1><div><a href="/a/rui">Rui Ma</a><span>,</span>
            <a href="/a/heba">Heba Ledwon</a><span>&amp;</span> <a href="/a/sp">Suparn Patra</a></div>
            <p>Text of the story that goes on for a while.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Rui Ma", "Heba Ledwon", "Suparn Patra"]);
    }

    #[test]
    fn an_author_box_with_a_long_biography() {
        let bio =
            "She writes about clinics and the software they run on, and has done so for years. "
                .repeat(6);
        let m = meta_of(&format!(
            r#"<body><h1>SEO tips for clinics</h1><p>Story text that runs on.</p>
            <div class="blog_author-box"><div>Lauren Vetter</div><p>{bio}</p></div></body>"#
        ));
        assert_eq!(m.authors, vec!["Lauren Vetter"]);
    }

    #[test]
    fn the_printed_byline_beats_a_cms_login() {
        let m = meta_of(
            r#"<head><meta name="author" content="KatieS"></head><body>
            <h1>The top rental car companies</h1><p>by <a class="author-link" href="/authors/ao">Aoife O'Riordan</a></p>
            <p>Story text that goes on.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Aoife O'Riordan"]);
        // A reviewer's line beside the author's overrules nothing.
        let m = meta_of(
            r#"<head><meta name="author" content="Jillian Kubala"></head><body>
            <h1>What to eat</h1><p>By Kim Rose-Francis</p><p>Reviewed by Ann Other</p>
            <p>Story text by Jillian Kubala that goes on.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Jillian Kubala"]);
    }

    #[test]
    fn a_biography_names_its_author() {
        let m = meta_of(
            r#"<body><h1>Podcast equipment guide</h1><p>Story text that runs on.</p>
            <div class="callout"><h3>Alban Brooke</h3><p>Alban Brooke is the Head of Marketing at
            Buzzsprout and hosts a show.</p></div></body>"#,
        );
        assert_eq!(m.authors, vec!["Alban Brooke"]);
        // A list of companies reads the same, and names no author.
        let m = meta_of(
            r#"<body><h1>Best movers in New York</h1><h3>Volume Nine</h3><p>Volume Nine is a
            Denver-based agency. They specialize in social campaigns.</p></body>"#,
        );
        assert!(m.authors.is_empty());
    }

    #[test]
    fn a_personal_blog_is_its_owners() {
        let m = meta_of(
            r#"<head><title>Go ahead, self-host Postgres | Pierce Freeman</title></head>
            <body><h1>Go ahead, self-host Postgres</h1><p>Story text.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Pierce Freeman"]);
        let m = meta_of(
            r#"<head><title>Go ahead, self-host Postgres | Engora Data Blog</title></head>
            <body><h1>Go ahead, self-host Postgres</h1><p>Story text.</p></body>"#,
        );
        assert!(m.authors.is_empty());
    }

    #[test]
    fn a_plural_label_lists_its_authors() {
        let m = meta_of(
            r#"<body><h1>Lessons for climate policy</h1><h6>Author(s)</h6><ul>
            <li><a href="/l?a=1">John A. Alic</a></li><li><a href="/l?a=2">David C. Mowery</a></li>
            <li><a href="/l?a=3">Edward S. Rubin</a></li></ul><p>Download the report.</p></body>"#,
        );
        assert_eq!(
            m.authors,
            vec!["John A. Alic", "David C. Mowery", "Edward S. Rubin"]
        );
        // A singular label takes one name, not the next line's role.
        let m = meta_of(
            r#"<body><h1>A story</h1><span>By</span><a href="/a">Jane Doe</a><div>Staff Writer</div>
            <p>Story text.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Jane Doe"]);
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

    fn shown(published: &[&str], updated: &[&str]) -> visible::VisibleDates {
        visible::VisibleDates {
            published: published.iter().map(|d| d.to_string()).collect(),
            updated: updated.iter().map(|d| d.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn an_update_shown_does_not_move_the_publication() {
        let p = Some("2024-10-15T18:50:03+00:00".to_string());
        let m = Some("2025-06-18T16:35:02+00:00");
        assert_eq!(
            choose_published(p.clone(), m, &shown(&[], &["2025-06-18"]), None).as_deref(),
            Some("2024-10-15T18:50:03+00:00")
        );
        assert_eq!(
            choose_published(p.clone(), m, &shown(&["2025-06-18"], &[]), None).as_deref(),
            Some("2024-10-15T18:50:03+00:00")
        );
        // A different date printed under the headline still beats a re-stamped structured one.
        assert_eq!(
            choose_published(p.clone(), m, &shown(&["2021-03-02"], &[]), None).as_deref(),
            Some("2021-03-02")
        );
        // The structured date is the one labelled as the update; the bare one is the publication.
        assert_eq!(
            choose_published(p.clone(), m, &shown(&["2023-04-26"], &["2024-10-15"]), None)
                .as_deref(),
            Some("2023-04-26")
        );
        // Shown bare and as an update: an update, not the publication.
        assert_eq!(
            choose_published(p, None, &shown(&["2025-12-17"], &["2025-12-17"]), None).as_deref(),
            Some("2024-10-15T18:50:03+00:00")
        );
        // Day and month read the other way round.
        let p2 = Some("2024-09-10T16:07:00.000Z".to_string());
        assert_eq!(
            choose_published(p2, None, &shown(&["2024-10-09"], &[]), None).as_deref(),
            Some("2024-09-10T16:07:00.000Z")
        );
        // Not when the structured date was itself read from an ambiguous "03-09-2026".
        assert_eq!(
            choose_published(
                Some("2026-09-03".into()),
                None,
                &shown(&["2026-03-09"], &[]),
                None
            )
            .as_deref(),
            Some("2026-03-09")
        );
    }

    #[test]
    fn labelled_publication_elsewhere_beats_a_restamped_structured_date() {
        let p = Some("2025-11-29T12:28:31-05:00".to_string());
        let far = visible::VisibleDates {
            far_published: vec!["2025-08-13".into()],
            ..Default::default()
        };
        assert_eq!(
            choose_published(p.clone(), p.as_deref(), &far, None).as_deref(),
            Some("2025-08-13")
        );
        // Not when the modified date differs: the structured one stands.
        assert_eq!(
            choose_published(p, Some("2025-12-01"), &far, None).as_deref(),
            Some("2025-11-29T12:28:31-05:00")
        );
    }

    #[test]
    fn structured_date_labelled_published_far_away_beats_a_bare_one() {
        let p = Some("2021-01-18T19:55+01:00".to_string());
        let mut v = shown(&["2023-06-12"], &[]);
        assert_eq!(
            choose_published(p.clone(), None, &v, None).as_deref(),
            Some("2023-06-12")
        );
        v.labelled = vec!["2021-01-18".into()];
        assert_eq!(
            choose_published(p.clone(), None, &v, None).as_deref(),
            p.as_deref()
        );
        // "Originally published" beats both.
        v.original = vec!["2019-09-26".into()];
        assert_eq!(
            choose_published(p, None, &v, None).as_deref(),
            Some("2019-09-26")
        );
    }

    #[test]
    fn modified_date_when_nothing_else_dates_the_page() {
        let m = meta_of(
            r#"<head><meta property="article:modified_time" content="2023-06-12T10:39:42+00:00"></head><body><h1>Portfolio</h1></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2023-06-12T10:39:42+00:00"));
    }

    #[test]
    fn h1_below_an_h2_printing_the_title_is_a_section_heading() {
        let m = meta_of(
            r#"<head><meta property="og:title" content="What do people love about Rust? | Rust Blog"><meta property="og:site_name" content="Rust Blog"></head>
            <body><h2>What do people love about Rust?</h2><p>Text.</p><h1>But what they love is the sense of empowerment</h1></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("What do people love about Rust?"));
    }

    #[test]
    fn local_day_shown_and_in_the_url_beats_utc_stamp() {
        let p = Some("2025-12-19T03:05:00+00:00".to_string());
        let local = shown(&["2025-12-18"], &[]);
        assert_eq!(
            choose_published(p.clone(), None, &local, Some("2025-12-18".into())).as_deref(),
            Some("2025-12-18")
        );
        // Without the address to confirm it, the structured instant is kept.
        assert_eq!(
            choose_published(p, None, &local, None).as_deref(),
            Some("2025-12-19T03:05:00+00:00")
        );
    }

    #[test]
    fn publish_date_meta_under_other_names() {
        let m = meta_of(
            r#"<head><meta name="publisher" content="2001-01-01"><meta name="w-published-date" content="2025-05-27T06:03:43Z"></head><body><h1>A headline here</h1></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2025-05-27T06:03:43Z"));
        let m = meta_of(
            r#"<head><meta name="published" content="July 17, 2025"></head><body><h1>A headline here</h1></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2025-07-17"));
    }

    #[test]
    fn meta_title_beats_a_dressed_h1() {
        let head = |t: &str| format!(r#"<head><meta property="og:title" content="{t}"></head>"#);
        // Set in capitals.
        let m = meta_of(&format!(
            "{}<body><h1>SUPPORTING GAAP COMPLIANCE FOR FIRMS</h1></body>",
            head("GAAP Compliance: Applying Best Practices for Firms")
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("GAAP Compliance: Applying Best Practices for Firms")
        );
        // Headline and subtitle on two lines, the meta title a rewrite of both.
        let m = meta_of(&format!(
            "{}<body><h1>Top MBA Programs of 2025 (US)<br>Your Guide to the Best Business Schools</h1></body>",
            head("Top MBA Programs of 2025: Business School Rankings")
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Top MBA Programs of 2025: Business School Rankings")
        );
        // The same two lines, the meta title only one of them: the <h1> says more.
        let m = meta_of(&format!(
            "{}<body><h1>Real Estate Investing for Beginners <br>Real Estate 101</h1></body>",
            head("Real Estate 101")
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Real Estate Investing for Beginners Real Estate 101")
        );
        // A date printed in the heading.
        let m = meta_of(&format!(
            "{}<body><h1>Dec 18 2025 Preparing a transition in Debusine</h1></body>",
            head("Preparing a transition in Debusine")
        ));
        assert_eq!(
            m.title.as_deref(),
            Some("Preparing a transition in Debusine")
        );
    }

    #[test]
    fn h1_sharing_one_word_or_naming_the_site_is_not_the_headline() {
        let m = meta_of(
            r#"<head><meta property="og:title" content="America's Most Underrated Food City: Here Are the Best Restaurants"></head>
            <body><h1>PIN IT HERE</h1><h1>Toddler sleep here today</h1></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("America's Most Underrated Food City: Here Are the Best Restaurants")
        );
        let m = meta_of(
            r#"<head><title>A brief intro to git • Cory Dransfeldt</title>
            <meta property="og:site_name" content="Cory Dransfeldt"></head>
            <body><h1>Cory Dransfeldt</h1><h2>A brief intro to git</h2></body>"#,
        );
        assert_eq!(m.title.as_deref(), Some("A brief intro to git"));
    }

    #[test]
    fn jsonld_headline_naming_the_site_or_cut_short() {
        let m = meta_of(
            r#"<head><meta property="og:site_name" content="AppAddict">
            <meta property="og:title" content="Photo Frame App Makes Old Hardware Useful">
            <script type="application/ld+json">{"@type":"Blog","name":"AppAddict"}</script></head><body></body>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Photo Frame App Makes Old Hardware Useful")
        );
        let long = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Trick)";
        let cut = &long[..long.find(" One").unwrap()];
        let m = meta_of(&format!(
            r#"<head><meta property="og:title" content="{long}">
            <script type="application/ld+json">{{"@type":"Article","headline":"{cut}"}}</script></head><body></body>"#
        ));
        assert_eq!(m.title.as_deref(), Some(long));
    }

    #[test]
    fn author_element_pieces_stay_apart() {
        // Name and date in sibling elements, glued by their markup.
        let m = meta_of(
            r#"<body><h2>Some headline for the story</h2><div class="resource-author-details"><p>Luke Kim</p><small>December 17, 2025</small></div><p>Body.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Luke Kim"]);
        // A camelCase class, the date first in an inline sibling.
        let m = meta_of(
            r#"<body><div class="styles_dateAndAuthorContainer__x1"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><h1>Attested builds</h1></body>"#,
        );
        assert_eq!(m.authors, vec!["Julian K. Arni"]);
        // Punctuation after the name continues its line.
        let dom = Dom::parse(
            r#"<div class="author"><span>Written by</span><a>Ann Lee</a><span>, senior editor</span></div>"#,
        );
        let div = dom
            .descendants(DOCUMENT)
            .find(|&i| dom.tag(i).is_some_and(|t| &**t == "div"))
            .unwrap();
        assert_eq!(
            byline_text(&dom, div).as_deref(),
            Some("Written by | Ann Lee, senior editor")
        );
        assert!(byline_class("styles_dateAndAuthorContainer__x1"));
        assert!(!byline_class("authorityScore"));
        assert!(!byline_class(
            "post-9 type-post hentry author-solarserver tag-speicher"
        ));
        assert!(!byline_class("dynamic-author-description"));
        assert!(!byline_class("byline__tag"));
        assert!(byline_class("byline__author-name"));
    }

    #[test]
    fn entities_in_json_ld_and_meta_values_are_read() {
        assert_eq!(
            decode_entities("Redacci&oacute;n &amp; Co"),
            "Redacción & Co"
        );
        assert_eq!(decode_entities("&#8211; &#x2014;&nbsp;x"), "– — x");
        assert_eq!(decode_entities("AT&T; & &bogus;"), "AT&T; & &bogus;");
    }

    #[test]
    fn author_card_of_another_story_is_passed_over() {
        let m = meta_of(
            r#"<head><meta property="article:published_time" content="2025-10-31T10:00:00Z"></head><body><h1>Health insurance in the USA</h1><p>October 31, 2025</p>
            <div class="post-author">Stacy Edgar | December 4, 2025</div></body>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2025-10-31T10:00:00Z"));
        assert!(m.authors.is_empty());
    }

    #[test]
    fn author_page_link_by_the_headline() {
        let m = meta_of(
            r#"<body><h1>IT security best practices</h1><span><a href="/authors/trevor-jackins">Trevor Jackins</a></span><p>Body.</p></body>"#,
        );
        assert_eq!(m.authors, vec!["Trevor Jackins"]);
        // Far from the headline (a related-posts list), or not the person's own page.
        let filler: String = (0..60).map(|i| format!("<p>Paragraph {i}.</p>")).collect();
        let m = meta_of(&format!(
            r#"<body><h1>IT security best practices</h1>{filler}<a href="/author/jane-doe">Jane Doe</a></body>"#
        ));
        assert!(m.authors.is_empty());
        assert!(!slug_names("/author/123", "Jane Doe"));
        assert!(slug_names(
            "https://x.example/authors/jane-doe/?ref=1",
            "Jane Doe"
        ));
        assert!(!author_page("/authority/jane-doe"));
    }
}
