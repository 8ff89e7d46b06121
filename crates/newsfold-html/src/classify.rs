//! What an element is, from its tag and attributes alone: computed once per
//! element, so later passes only read small enums.
//!
//! Class and id values are split into words at any non-alphanumeric character
//! ("article-body__text" gives article, body, text) and matched as whole words;
//! a few unambiguous stems (share, comment, newsletter, ...) also match inside
//! words ("sharebar"). Short stems like "ad" or "nav" only match whole words,
//! which keeps "header", "canvas" and "load" out.

use crate::dom::{Dom, NodeData, NodeId};
use newsfold_types::RemovedKind;
use rustc_hash::FxHashMap;

/// How an element takes part in text layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Never text: scripts, styles, forms controls, media, the head.
    Skip,
    /// Starts its own block of text.
    Block,
    /// Flows inside the surrounding block.
    Inline,
    /// A line break.
    Break,
}

pub fn layout(tag: &str) -> Layout {
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "head"
        | "title" | "meta" | "link" | "base" | "button" | "input" | "select" | "textarea"
        | "option" | "canvas" | "video" | "audio" | "object" | "embed" | "map" | "source"
        | "track" | "img" | "picture" | "dialog" | "label" => Layout::Skip,
        "br" | "hr" => Layout::Break,
        "p" | "div" | "section" | "article" | "main" | "li" | "ul" | "ol" | "h1" | "h2" | "h3"
        | "h4" | "h5" | "h6" | "blockquote" | "pre" | "table" | "tbody" | "thead" | "tfoot"
        | "tr" | "td" | "th" | "caption" | "figure" | "figcaption" | "dl" | "dt" | "dd"
        | "header" | "footer" | "nav" | "aside" | "form" | "address" | "body" | "html"
        | "center" | "fieldset" | "legend" | "details" | "summary" | "hgroup" | "menu"
        | "noframes" | "frameset" => Layout::Block,
        _ => Layout::Inline,
    }
}

/// What the attributes (and a few tags) say about an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Neutral,
    /// Suggests content ("content", "text", `<main>`).
    Content,
    /// Names the article itself (itemprop=articleBody, `<article>`, "post-body", "entry-content").
    Article,
    /// Boilerplate of a kind; `Caption` and `Related` are kept aside, not dropped.
    Boiler(RemovedKind),
    Caption,
    Hidden,
}

/// Splits a class/id value into lower-case words.
/// Lower-cased class/id words, reusing their allocations from element to element.
/// Also remembers what each class value (on elements without an id) said:
/// pages repeat their classes, so most are read once.
#[derive(Default)]
pub struct Words<'a> {
    words: Vec<String>,
    len: usize,
    /// Fx hashing: class values are short and looked up once per element.
    seen: FxHashMap<&'a str, Sense>,
}

/// What an element's class and id words say, before its tag and attributes count.
#[derive(Clone, Copy)]
struct Sense {
    caption: bool,
    content_hits: u32,
    article_word: bool,
    body_word: bool,
    boiler: Option<RemovedKind>,
    image_word: bool,
    embed: bool,
}

impl Words<'_> {
    fn clear(&mut self) {
        self.len = 0;
    }

    fn add(&mut self, value: &str) {
        for w in value.split(|c: char| !c.is_ascii_alphanumeric()) {
            if w.is_empty() || w.len() >= 40 {
                continue;
            }
            if self.len == self.words.len() {
                self.words.push(String::with_capacity(16));
            }
            let slot = &mut self.words[self.len];
            slot.clear();
            slot.push_str(w);
            slot.make_ascii_lowercase();
            self.len += 1;
        }
    }

    fn iter(&self) -> impl Iterator<Item = &String> {
        self.words[..self.len].iter()
    }
}

fn boiler_word(w: &str) -> Option<RemovedKind> {
    use RemovedKind::*;
    Some(match w {
        "nav" | "navbar" | "navigation" | "menu" | "breadcrumb" | "breadcrumbs" | "topbar"
        | "skip" | "toolbar" | "pagination" | "pager" | "sitemap" | "toc" => Navigation,
        "footer" | "colophon" | "copyright" => Footer,
        "share" | "sharing" | "social" | "sharebar" | "follow" | "addthis" | "sociallinks"
        | "print" | "email" => Share,
        "comment" | "comments" | "disqus" | "discussion" | "respond" | "replies" => Comments,
        "related" | "recommended" | "recommendations" | "recirc" | "popular" | "trending"
        | "mostread" | "outbrain" | "taboola" | "readmore" | "morestories" | "teaser"
        | "teasers" | "suggested" => RelatedLinks,
        "ad" | "ads" | "advert" | "adverts" | "advertisement" | "advertising" | "sponsor"
        | "sponsored" | "promo" | "promoted" | "banner" | "dfp" | "gpt" | "adslot" | "adunit"
        | "commercial" | "promotion" | "upsell" => Advertisement,
        // Not "cmp": Adobe Experience Manager prefixes every component with it.
        "cookie" | "cookies" | "consent" | "gdpr" => Cookie,
        // "cta": a call to action (sign up, download, try, give).
        "newsletter" | "subscribe" | "subscription" | "signup" | "optin" | "cta"
        | "calltoaction" => Subscribe,
        "donate" | "donation" | "donations" | "membership" => Donation,
        "paywall" | "meter" | "regwall" => Paywall,
        // An author box; a byline inside the article is small and goes the same way.
        "bio" | "biography" | "authorbio" | "author_bio" | "author" | "authors" => AuthorBio,
        "sidebar" | "aside" | "rail" | "popup" | "modal" | "overlay" | "login" | "search"
        | "offcanvas" | "disclaimer" => Other,
        "byline" | "dateline" | "timestamp" | "meta" | "metadata" | "postmeta" | "tags"
        | "keywords" | "categories" | "topics" => Metadata,
        "masthead" | "logo" | "branding" => Masthead,
        _ => return None,
    })
}

fn boiler_stem(w: &str) -> Option<RemovedKind> {
    use RemovedKind::*;
    const STEMS: &[(&str, RemovedKind)] = &[
        ("comment", Comments),
        ("share", Share),
        ("social", Share),
        ("newsletter", Subscribe),
        ("cookie", Cookie),
        ("sidebar", Other),
        ("related", RelatedLinks),
        ("advert", Advertisement),
        ("sponsor", Advertisement),
        ("breadcrumb", Navigation),
        ("footer", Footer),
        ("navbar", Navigation),
        ("paywall", Paywall),
        ("subscri", Subscribe),
        ("outbrain", RelatedLinks),
        ("taboola", RelatedLinks),
        ("recommend", RelatedLinks),
    ];
    // A stem with a byte the word lacks cannot be in it: most are ruled out
    // by one mask test instead of a scan.
    const MASKS: [u32; STEMS.len()] = {
        let mut m = [0; STEMS.len()];
        let mut i = 0;
        while i < STEMS.len() {
            m[i] = byte_mask(STEMS[i].0.as_bytes());
            i += 1;
        }
        m
    };
    let have = byte_mask(w.as_bytes());
    STEMS
        .iter()
        .zip(MASKS)
        .find(|((s, _), m)| m & !have == 0 && has_part(w, s))
        .map(|((_, k), _)| *k)
}

/// One bit per byte value modulo 32 (a superset test, so collisions are harmless).
const fn byte_mask(s: &[u8]) -> u32 {
    let mut m = 0;
    let mut i = 0;
    while i < s.len() {
        m |= 1 << (s[i] & 31);
        i += 1;
    }
    m
}

/// `word.contains(part)` for the short words of class names, without the
/// set-up cost of a general substring search.
fn has_part(word: &str, part: &str) -> bool {
    let (w, p) = (word.as_bytes(), part.as_bytes());
    let Some((&first, _)) = p.split_first() else {
        return true;
    };
    w.len() >= p.len() && (0..=w.len() - p.len()).any(|i| w[i] == first && &w[i..i + p.len()] == p)
}

fn content_word(w: &str) -> bool {
    matches!(
        w,
        "article"
            | "content"
            | "body"
            | "story"
            | "post"
            | "entry"
            | "text"
            | "main"
            | "articlebody"
            | "storybody"
            | "postbody"
            | "richtext"
            | "prose"
    )
}

fn caption_word(w: &str) -> bool {
    // Compounds like "imageEmbedCaption" or "photoCredit".
    (w.len() > 7 && (has_part(w, "caption") || w.ends_with("credit")))
        || matches!(
            w,
            "caption"
                | "figcaption"
                | "credit"
                | "credits"
                | "imagecaption"
                | "photocaption"
                | "wp-caption-text"
        )
}

/// Words that describe a page layout or state rather than the element's own role.
fn layout_modifier(w: &str) -> bool {
    matches!(w, "has" | "with" | "no" | "without" | "is" | "not" | "js")
}

fn hidden_style(style: &str) -> bool {
    // Most styles hide nothing: only normalise those that could.
    if !style.contains("none") && !style.contains("hidden") {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// A React streaming segment: `<div hidden id="S:1f">`.
fn is_streamed_segment(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, "id").is_some_and(|v| {
        v.strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
    })
}

/// An accordion's collapsed panel (WAI-ARIA pattern: a region labelled by its toggle).
fn is_collapsed_panel(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, "role") == Some("region") && dom.attr(id, "aria-labelledby").is_some()
}

/// Whether an `<img>` or `<picture>` is a child or grandchild of `id`.
fn holds_image(dom: &Dom, id: NodeId) -> bool {
    let is_image = |n: NodeId| matches!(dom.tag(n).map(|t| &**t), Some("img" | "picture"));
    dom.children(id)
        .any(|c| is_image(c) || dom.children(c).any(is_image))
}

/// The hint of one element; `scratch` is reused between calls.
pub fn hint<'a>(dom: &'a Dom, id: NodeId, scratch: &mut Words<'a>) -> Hint {
    let NodeData::Element { name, attrs, .. } = &dom.node(id).data else {
        return Hint::Neutral;
    };
    let tag: &str = name;
    let mut content = matches!(tag, "article" | "main");
    let tag_article = tag == "article";
    let mut class = None;
    let mut has_id = false;
    for a in attrs {
        let (n, v) = (&a.name.local, &a.value);
        match &**n {
            "class" => class = Some(&**v),
            "id" => has_id = true,
            // React streams late parts of the page as hidden "S:<n>" segments that
            // its script then moves into place: they are shown.
            "hidden" if !is_streamed_segment(dom, id) => return Hint::Hidden,
            "aria-hidden" if v.eq_ignore_ascii_case("true") => return Hint::Hidden,
            // A collapsed accordion panel is part of the text: readers open it.
            "style" if hidden_style(v) && !is_collapsed_panel(dom, id) => return Hint::Hidden,
            "itemprop" => {
                let v = v.to_ascii_lowercase();
                if v.contains("articlebody") || v == "text" || v == "reviewbody" {
                    return Hint::Article;
                }
            }
            "role" => match &**v {
                "navigation" | "menubar" | "menu" => return Hint::Boiler(RemovedKind::Navigation),
                "contentinfo" => return Hint::Boiler(RemovedKind::Footer),
                "banner" => return Hint::Boiler(RemovedKind::Masthead),
                "complementary" => return Hint::Boiler(RemovedKind::Other),
                "search" => return Hint::Boiler(RemovedKind::Form),
                "dialog" | "alertdialog" => return Hint::Boiler(RemovedKind::Other),
                "main" | "article" => content = true,
                _ => {}
            },
            _ => {}
        }
    }
    match tag {
        "nav" => return Hint::Boiler(RemovedKind::Navigation),
        "footer" => return Hint::Boiler(RemovedKind::Footer),
        "aside" => return Hint::Boiler(RemovedKind::Other),
        "form" => return Hint::Boiler(RemovedKind::Form),
        "figcaption" => return Hint::Caption,
        _ => {}
    }
    let sense = match class {
        // Ids are unique: not worth remembering.
        Some(c) if !has_id => match scratch.seen.get(c) {
            Some(sense) => *sense,
            None => {
                scratch.clear();
                scratch.add(c);
                let sense = sense(scratch);
                scratch.seen.insert(c, sense);
                sense
            }
        },
        _ => {
            scratch.clear();
            for a in attrs {
                if matches!(&*a.name.local, "class" | "id") {
                    scratch.add(&a.value);
                }
            }
            sense(scratch)
        }
    };
    if sense.caption {
        return Hint::Caption;
    }
    let Sense {
        content_hits,
        mut boiler,
        ..
    } = sense;
    let article = tag_article || (sense.article_word && sense.body_word);
    // An image box ("image top", "photo-wrap") holding the picture: its text is the caption.
    if boiler.is_none() && !article && sense.image_word && holds_image(dom, id) {
        return Hint::Caption;
    }
    // "social-media-embed": a post quoted in the article, not a share bar.
    if sense.embed && boiler == Some(RemovedKind::Share) {
        boiler = None;
    }
    match boiler {
        // Layout-ish words (widget, modal, rail) lose to a content word on the same element.
        Some(RemovedKind::Other) if content || content_hits > 0 => {
            if article {
                Hint::Article
            } else {
                Hint::Content
            }
        }
        // "article-meta", "post-tags", "story-related": the boilerplate word names the part.
        Some(kind) => Hint::Boiler(kind),
        None if article => Hint::Article,
        None if content || content_hits > 0 => Hint::Content,
        None => Hint::Neutral,
    }
}

fn sense(words: &Words) -> Sense {
    let mut sense = Sense {
        caption: false,
        content_hits: 0,
        article_word: false,
        body_word: false,
        boiler: None,
        image_word: false,
        embed: false,
    };
    let mut after_modifier = false;
    let mut prev_node = false;
    let widget = words.iter().any(|w| w.starts_with("widget"));
    for w in words.iter() {
        if caption_word(w) {
            sense.caption = true;
            return sense;
        }
        // "widget_text", "widget-content": the kind of a sidebar widget, not the story.
        if content_word(w) && !widget {
            sense.content_hits += 1;
        }
        if matches!(
            w.as_str(),
            "article" | "post" | "entry" | "story" | "blog" | "news"
        ) {
            sense.article_word = true;
        }
        if matches!(
            w.as_str(),
            "body" | "content" | "text" | "articlebody" | "storybody" | "postbody" | "entrycontent"
        ) {
            sense.body_word = true;
        }
        // "has-sidebar", "no-comments": a page state, not the element's role; Drupal's
        // "node--promoted" is a story promoted to the front page, not an advert.
        let drupal_state = w == "promoted" && prev_node;
        prev_node = w == "node";
        if sense.boiler.is_none() && !after_modifier && !drupal_state {
            // Stems only matter inside compounds ("sharebar"); short words were matched whole.
            // "commentary" names an opinion piece, not its readers' comments.
            let genre = matches!(w.as_str(), "commentary" | "commentaries");
            sense.boiler = boiler_word(w)
                .or_else(|| (w.len() > 6 && !genre).then(|| boiler_stem(w)).flatten());
        }
        after_modifier = layout_modifier(w);
    }
    sense.image_word = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "image" | "img" | "photo" | "picture" | "figure" | "media"
        )
    });
    sense.embed = words
        .iter()
        .any(|w| matches!(w.as_str(), "embed" | "embedded" | "tweet" | "oembed"));
    sense
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::DOCUMENT;

    fn hint_of(html: &str) -> Hint {
        let dom = Dom::parse(html);
        let id = dom
            .descendants(DOCUMENT)
            .find(|&n| dom.attr(n, "data-t").is_some())
            .unwrap();
        hint(&dom, id, &mut Words::default())
    }

    #[test]
    fn words_and_stems() {
        assert_eq!(hint_of("<div data-t class='article-body'>"), Hint::Article);
        assert_eq!(
            hint_of("<div data-t class='box article modal-on'>"),
            Hint::Content
        );
        assert_eq!(
            hint_of("<div data-t class='post-body post-content'>"),
            Hint::Article
        );
        assert_eq!(
            hint_of("<section data-t class='zn-body-text zn-has-2-containers'>"),
            Hint::Content
        );
        assert_eq!(
            hint_of("<div data-t class='comment-content'>"),
            Hint::Boiler(RemovedKind::Comments)
        );
        assert_eq!(
            hint_of("<div data-t class='sharebar'>"),
            Hint::Boiler(RemovedKind::Share)
        );
        assert_eq!(hint_of("<div data-t class='site-header'>"), Hint::Neutral);
        assert_eq!(
            hint_of("<div data-t class='sect news subjective commentary'>"),
            Hint::Neutral
        );
        assert_eq!(
            hint_of("<article data-t class='node node--type-article node--promoted'>"),
            Hint::Article
        );
        assert_eq!(
            hint_of("<div data-t class='widget block widget_text sidebar-box'>"),
            Hint::Boiler(RemovedKind::Other)
        );
        assert_eq!(
            hint_of("<div data-t class='promoted-content'>"),
            Hint::Boiler(RemovedKind::Advertisement)
        );
        assert_eq!(
            hint_of("<div data-t class='commentlist'>"),
            Hint::Boiler(RemovedKind::Comments)
        );
        assert_eq!(
            hint_of("<div data-t class='ad-slot'>"),
            Hint::Boiler(RemovedKind::Advertisement)
        );
        assert_eq!(hint_of("<div data-t class='loading-head'>"), Hint::Neutral);
        assert_eq!(
            hint_of("<div data-t class='image top'><img src=a.jpg><p>A file photo.</p></div>"),
            Hint::Caption
        );
        assert_eq!(
            hint_of("<div data-t class='image top'><p>No picture here.</p></div>"),
            Hint::Neutral
        );
        assert_eq!(
            hint_of("<div data-t class='about-author'>"),
            Hint::Boiler(RemovedKind::AuthorBio)
        );
        assert_eq!(
            hint_of("<ul data-t class='tools-print'>"),
            Hint::Boiler(RemovedKind::Share)
        );
        assert_eq!(
            hint_of("<div data-t class='article-cta-box'>"),
            Hint::Boiler(RemovedKind::Subscribe)
        );
        assert_eq!(
            hint_of("<div data-t class='social-media-embed'>"),
            Hint::Neutral
        );
        assert_eq!(
            hint_of("<div data-t class='page has-sidebar'>"),
            Hint::Neutral
        );
        assert_eq!(hint_of("<div data-t style='display: none'>"), Hint::Hidden);
        assert_eq!(hint_of("<div data-t hidden id='P:1'>"), Hint::Hidden);
        assert_eq!(
            hint_of("<div data-t style='display:none' role='region' aria-labelledby='h1'>"),
            Hint::Neutral
        );
        assert_eq!(hint_of("<div data-t hidden id='S:1f'>"), Hint::Neutral);
        assert_eq!(hint_of("<div data-t class='cmp-container'>"), Hint::Neutral);
        assert_eq!(
            hint_of("<nav data-t>"),
            Hint::Boiler(RemovedKind::Navigation)
        );
        assert_eq!(
            hint_of("<div data-t itemprop='articleBody'>"),
            Hint::Article
        );
    }
}
