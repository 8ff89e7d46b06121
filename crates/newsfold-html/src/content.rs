//! Finding the article in the tree and writing it out as blocks.
//!
//! Three linear passes, all over index arrays with explicit stacks:
//! 1. [`Analysis::new`] walks the tree once in document order (skipping
//!    scripts, hidden elements and the like) and then once backwards, which is
//!    post-order, to fill side arrays: text and link characters per subtree,
//!    each block's own inline text, and "good" characters (text of blocks that
//!    read like prose: long enough, few links) versus "bad" ones (links,
//!    short lines, boilerplate-marked subtrees).
//! 2. [`Analysis::content_root`] picks the element maximising
//!    `good - BAD_WEIGHT * bad`: going up one level pays only when the
//!    prose it adds outweighs the clutter it brings.
//! 3. [`Emitter`] walks that root, turning each block into a [`Paragraph`],
//!    keeping captions and related links aside and listing every dropped part
//!    in `removed`; then everything outside the root is listed too.

use crate::classify::{self, Hint, Layout};
use crate::dom::{collapse_ws, Dom, NodeData, NodeId, DOCUMENT};
use html5ever::local_name;
use newsfold_types::{Caption, Paragraph, ParagraphKind, Related, Removed, RemovedKind};

/// How much one character of clutter costs against one of prose when choosing the root.
const BAD_WEIGHT: f64 = 0.4;
/// Most prose a teaser item (linked heading plus summary) has.
const TEASER_MAX_PROSE: u32 = 600;
/// A block needs this many non-link characters to count as prose.
const PROSE_MIN_CHARS: u32 = 25;
/// Longest text kept for one removed block.
const SNIPPET_CHARS: usize = 300;
/// At most this many removed entries are listed for the outside of the root.
const MAX_OUTSIDE_REMOVED: usize = 200;

pub struct Analysis {
    /// Visited nodes in document order (skipped subtrees left out).
    pub order: Vec<NodeId>,
    pub layout: Vec<Layout>,
    pub hint: Vec<Hint>,
    /// Non-whitespace characters of visible text in the subtree.
    pub chars: Vec<u32>,
    /// Of those, inside links.
    pub link: Vec<u32>,
    /// Inline text owned by a block (not by nested blocks); for inline nodes, their share.
    pub inline_chars: Vec<u32>,
    pub inline_link: Vec<u32>,
    pub good: Vec<u32>,
    pub bad: Vec<u32>,
    /// Boilerplate-marked subtrees that really are boilerplate (see [`Analysis::new`]).
    pub boiler: Vec<bool>,
    /// Headings that are links (teasers for other stories) in the subtree.
    pub teasers: Vec<u32>,
    /// Prose inside teaser items (a linked heading and its summary).
    pub teaser_good: Vec<u32>,
    pub body: NodeId,
    /// The page's own host, when known.
    pub site_host: Option<String>,
}

/// Soft hyphens, zero-width spaces and byte-order marks: line-breaking hints that
/// pages put into words, dropped from the body and the metadata fields alike.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}')
}

fn is_heading_tag(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Whether a subtree has a heading below its root: story cards have one each.
fn holds_heading(dom: &Dom, id: NodeId) -> bool {
    dom.descendants(id)
        .skip(1)
        .any(|n| dom.tag(n).is_some_and(|t| is_heading_tag(t)))
}

/// Whether a sibling has the same class: one card of several, not a lone lead.
fn repeated_class(dom: &Dom, id: NodeId) -> bool {
    let (Some(class), Some(parent)) = (dom.attr(id, "class"), dom.parent(id)) else {
        return false;
    };
    dom.children(parent)
        .any(|c| c != id && dom.attr(c, "class") == Some(class))
}

/// Boilerplate kinds whose class names hardly ever wrap a whole article.
fn kind_is_structural(kind: RemovedKind) -> bool {
    matches!(
        kind,
        RemovedKind::Navigation
            | RemovedKind::Footer
            | RemovedKind::Comments
            | RemovedKind::Cookie
            | RemovedKind::Form
            | RemovedKind::RelatedLinks
    )
}

/// Markup that ended up as text (inside `<noscript>` in the head, or escaped).
fn is_markup_text(t: &str) -> bool {
    // Most text does not start with '<': skip trimming its end.
    let t = crate::dom::trim_ws_start(t);
    t.starts_with('<') && t.trim_end().ends_with('>')
}

/// Mentions of cookies in a text that also speaks of consent, privacy or the
/// website (so a cookie recipe does not count).
fn consent_talk(t: &str) -> u32 {
    let bytes = t.as_bytes();
    // Built once: setting up a searcher cost more than most text nodes' search.
    static OOKIE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ookie"));
    // Most texts have none: `find` is checked first, as `find_iter` copies the searcher.
    let Some(first) = OOKIE.find(bytes) else {
        return 0;
    };
    let mentions = 1 + OOKIE.find_iter(&bytes[first + 1..]).count() as u32;
    let context = [
        &b"consent"[..],
        b"privacy",
        b"website",
        b"browser",
        b"Privacy",
        b"Consent",
    ]
    .iter()
    .any(|w| memchr::memmem::find(bytes, w).is_some());
    if context {
        mentions
    } else {
        0
    }
}

/// `host.trim_start_matches("www.")`, without setting up a substring searcher
/// (this runs for every link of the page).
fn without_www(mut host: &str) -> &str {
    while let Some(rest) = host.strip_prefix("www.") {
        host = rest;
    }
    host
}

/// Whether `href` leads off the site whose host is `host`.
fn links_out(href: &str, host: &str) -> bool {
    let href = href.trim();
    let Some(rest) = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
        .or_else(|| href.strip_prefix("//"))
    else {
        return false;
    };
    // The delimiters are ASCII, so a byte search finds the same end as splitting by chars.
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#' | b':'))
        .unwrap_or(rest.len());
    let link_host = &rest[..end];
    let (a, b) = (without_www(link_host), without_www(host));
    // Compared without allocating: this runs for every link of the page.
    let subdomain_of = |sub: &str, parent: &str| {
        sub.len() > parent.len()
            && sub.as_bytes()[sub.len() - parent.len() - 1] == b'.'
            && sub.as_bytes()[sub.len() - parent.len()..].eq_ignore_ascii_case(parent.as_bytes())
    };
    !(a.eq_ignore_ascii_case(b) || subdomain_of(a, b) || subdomain_of(b, a))
}

/// Whether an `<article>` element encloses `id`.
/// Whether a text in the subtree ends in an ellipsis: an excerpt cut off to
/// tease a story ("... on Tuesday, December 1...").
fn ends_cut_off(dom: &Dom, root: NodeId) -> bool {
    dom.descendants(root).any(|id| {
        dom.text(id)
            .is_some_and(|t| t.trim_end().ends_with("...") || t.trim_end().ends_with('…'))
    })
}

fn inside_article(dom: &Dom, id: NodeId) -> bool {
    let mut cur = dom.parent(id);
    while let Some(p) = cur {
        if dom.is_tag(p, "article") {
            return true;
        }
        cur = dom.parent(p);
    }
    false
}

/// The host of a URL.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    (!host.is_empty()).then_some(host)
}

/// Non-whitespace characters of `s` (as `chars().filter(|c| !c.is_whitespace())`).
/// Counted over bytes, which vectorises: every text node of the page goes through here.
fn count_chars(s: &str) -> u32 {
    let bytes = s.as_bytes();
    // Lead and ASCII bytes that are not ASCII whitespace (9..=13 and the space).
    let counted: usize = bytes
        .iter()
        .map(|&b| ((b & 0xC0) != 0x80 && b != b' ' && b.wrapping_sub(9) >= 5) as usize)
        .sum();
    if bytes.is_ascii() {
        return counted as u32;
    }
    // Other whitespace starts with one of these bytes (U+0085 and U+00A0, U+1680,
    // U+2000 to U+205F, U+3000).
    let wide_spaces = bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3))
        .filter(|&(i, _)| s[i..].chars().next().is_some_and(char::is_whitespace))
        .count();
    (counted - wide_spaces) as u32
}

impl Analysis {
    /// `site_host` (the page's own host, when known) tells links to other
    /// stories of the site, which make teasers, from links out, which listicles have.
    pub fn new(dom: &Dom, site_host: Option<&str>) -> Analysis {
        Analysis::build(dom, site_host, false)
    }

    /// For a page where [`Analysis::new`] left no article: trusts class names only
    /// where they name navigation, footers, comments, forms, cookie banners or link
    /// lists. A story wrapped whole in "paywall" or "premium" markup
    /// (its teaser shown, the rest for subscribers), inside a "socialicons" box or
    /// inside `<noscript>` then still gives its text.
    pub fn lenient(dom: &Dom, site_host: Option<&str>) -> Analysis {
        Analysis::build(dom, site_host, true)
    }

    fn build(dom: &Dom, site_host: Option<&str>, lenient: bool) -> Analysis {
        let n = dom.len();
        let mut layout = vec![Layout::Inline; n];
        let mut hint = vec![Hint::Neutral; n];
        let mut order = Vec::with_capacity(n);
        let mut scratch = classify::Words::default();
        let mut body = None;
        let mut in_link = vec![false; n];
        let mut link_out = vec![false; n];
        // Every <article>, and whether it sits inside another.
        let mut articles: Vec<(NodeId, bool)> = Vec::new();
        let mut in_code = vec![false; n];
        let mut stack = vec![DOCUMENT];
        while let Some(id) = stack.pop() {
            order.push(id);
            let i = id as usize;
            if let NodeData::Element { name, .. } = &dom.node(id).data {
                let parent = dom.parent(id).map(|p| p as usize);
                let is_a = *name == local_name!("a");
                in_link[i] = is_a || parent.is_some_and(|p| in_link[p]);
                link_out[i] = if is_a {
                    site_host.is_some_and(|h| links_out(dom.attr(id, "href").unwrap_or(""), h))
                } else {
                    parent.is_some_and(|p| link_out[p])
                };
                layout[i] = match classify::layout(name) {
                    // A page wholly inside <noscript> (a site's no-JavaScript version).
                    Layout::Skip if lenient && *name == local_name!("noscript") => Layout::Block,
                    l => l,
                };
                in_code[i] = matches!(*name, local_name!("pre") | local_name!("code"))
                    || parent.is_some_and(|p| in_code[p]);
                // Syntax highlighting names its spans "comment", "meta", "tag".
                hint[i] = if parent.is_some_and(|p| in_code[p]) {
                    Hint::Neutral
                } else {
                    match classify::hint(dom, id, &mut scratch) {
                        Hint::Boiler(kind) if lenient && !kind_is_structural(kind) => Hint::Neutral,
                        h => h,
                    }
                };
                if body.is_none() && *name == local_name!("body") {
                    body = Some(id);
                    hint[i] = Hint::Neutral;
                }
                if *name == local_name!("html") {
                    hint[i] = Hint::Neutral;
                }
                if *name == local_name!("article") {
                    articles.push((id, inside_article(dom, id)));
                }
                if layout[i] == Layout::Skip || hint[i] == Hint::Hidden {
                    continue;
                }
            }
            let first = stack.len();
            stack.extend(dom.children(id));
            stack[first..].reverse();
        }
        // Only those side by side with others matter (see `count`): two inside
        // an article, three elsewhere (a widget's cards outside the article).
        let side_by_side: Vec<(NodeId, bool)> = articles
            .iter()
            .filter(|&&(id, nested)| {
                let parent = dom.parent(id);
                let siblings = articles
                    .iter()
                    .filter(|&&(o, o_nested)| o_nested == nested && dom.parent(o) == parent)
                    .count();
                siblings >= if nested { 2 } else { 3 }
            })
            .copied()
            .collect();
        let mut an = Analysis {
            chars: vec![0; n],
            link: vec![0; n],
            inline_chars: vec![0; n],
            inline_link: vec![0; n],
            good: vec![0; n],
            bad: vec![0; n],
            boiler: vec![false; n],
            teasers: vec![0; n],
            teaser_good: vec![0; n],
            order,
            layout,
            hint,
            body: body.unwrap_or(DOCUMENT),
            site_host: site_host.map(str::to_string),
        };
        an.count(dom, &in_link, &link_out, &side_by_side);
        an
    }

    fn count(
        &mut self,
        dom: &Dom,
        in_link: &[bool],
        link_out: &[bool],
        side_by_side: &[(NodeId, bool)],
    ) {
        let mut inline_out = vec![0u32; dom.len()];
        // Text nodes that mention cookies: consent banners are dense in them.
        let mut cookie_talk = vec![0u32; dom.len()];
        let mut cookie_chars = vec![0u32; dom.len()];
        let n = dom.len();
        let mut own_good = vec![0u32; n];
        let mut own_bad = vec![0u32; n];
        let mut raw_good = vec![0u32; n];
        // Whether an element's inline text opens with a link; children come last
        // to first here, so the first child with text writes last.
        let mut opens_with_link = vec![false; n];
        let mut li_teaser = vec![false; n];
        for k in (0..self.order.len()).rev() {
            let id = self.order[k];
            let i = id as usize;
            let node = dom.node(id);
            let mut inline = true;
            match &node.data {
                NodeData::Text(t) => {
                    let c = if is_markup_text(t) { 0 } else { count_chars(t) };
                    cookie_talk[i] = consent_talk(t);
                    if cookie_talk[i] > 0 {
                        cookie_chars[i] = c;
                    }
                    self.chars[i] = c;
                    self.inline_chars[i] = c;
                }
                NodeData::Element { name, .. } => match self.layout[i] {
                    Layout::Skip => continue,
                    _ if self.hint[i] == Hint::Hidden => continue,
                    Layout::Block => {
                        inline = false;
                        let (own, own_link) = (self.inline_chars[i], self.inline_link[i]);
                        if !in_link[i] && own >= own_link + PROSE_MIN_CHARS && own_link * 2 < own {
                            // Teaser lists put their summaries in list items: count them at half.
                            let prose = own - own_link;
                            let weight = if *name == local_name!("li") {
                                prose / 2
                            } else {
                                prose
                            };
                            own_good[i] = weight;
                            own_bad[i] = own_link + (prose - weight);
                        } else {
                            own_bad[i] = own;
                        }
                        let heading = is_heading_tag(name);
                        let linked = own_link * 10 >= own * 6 || in_link[i];
                        let outward = link_out[i] || inline_out[i] * 2 > own_link;
                        // A list item that opens with a story's linked title and goes on
                        // with its summary is a teaser just the same.
                        let linked_title_then_summary = &**name == "li"
                            && opens_with_link[i]
                            && own_link >= 20
                            && own >= own_link + PROSE_MIN_CHARS;
                        if heading && own > 0 && linked && !outward {
                            self.teasers[i] += 1;
                        }
                        // It weighs against the root around it, but a list of them inside
                        // the article (a reading list, a report's sources) stays.
                        li_teaser[i] = linked_title_then_summary && !outward;
                        raw_good[i] += own_good[i];
                    }
                    _ => {
                        if *name == local_name!("a") {
                            self.link[i] = self.chars[i];
                            self.inline_link[i] = self.inline_chars[i];
                            if link_out[i] {
                                inline_out[i] = self.inline_chars[i];
                            }
                        }
                    }
                },
                _ => continue,
            }
            if let Some(p) = dom.parent(id) {
                let p = p as usize;
                self.chars[p] += self.chars[i];
                self.link[p] += self.link[i];
                raw_good[p] += raw_good[i];
                self.teasers[p] += self.teasers[i];
                cookie_talk[p] += cookie_talk[i];
                cookie_chars[p] += cookie_chars[i];
                if inline {
                    if self.chars[i] > 0 {
                        opens_with_link[p] = match &node.data {
                            NodeData::Element { name, .. } if &**name == "a" => true,
                            NodeData::Element { .. } => opens_with_link[i],
                            _ => false,
                        };
                    }
                    self.inline_chars[p] += self.inline_chars[i];
                    self.inline_link[p] += self.inline_link[i];
                    inline_out[p] += inline_out[i];
                }
            }
        }
        // A boilerplate-looking wrapper around most of the page's prose is a
        // layout class ("page-with-comments"), not boilerplate.
        let total_good = raw_good[self.body as usize].max(raw_good[DOCUMENT as usize]);
        // Short <article>s side by side inside another are, in HTML's own terms,
        // its related posts or comments; long ones are the items of a listicle.
        for &(id, nested) in side_by_side {
            let i = id as usize;
            // Outside an article, <article> also marks up a guide's sections:
            // only cards with a linked title or a cut-off excerpt are teasers.
            if raw_good[i] <= TEASER_MAX_PROSE
                && !matches!(self.hint[i], Hint::Boiler(_))
                && (nested || self.teasers[i] > 0 || ends_cut_off(dom, id))
            {
                self.hint[i] = Hint::Boiler(RemovedKind::RelatedLinks);
            }
        }
        // Whether an article-naming element lies below, not behind other boilerplate.
        let mut article_below = vec![false; n];
        for k in (0..self.order.len()).rev() {
            let id = self.order[k];
            let i = id as usize;
            // Teaser cards marked up as <article>s do not make their box the article's.
            if self.hint[i] == Hint::Article && raw_good[i] > TEASER_MAX_PROSE {
                article_below[i] = true;
            }
            if article_below[i] {
                if let Some(p) = dom.parent(id) {
                    if !matches!(self.hint[i], Hint::Boiler(_)) {
                        article_below[p as usize] = true;
                    }
                }
            }
        }
        for k in (0..self.order.len()).rev() {
            let id = self.order[k];
            let i = id as usize;
            if !matches!(dom.node(id).data, NodeData::Element { .. })
                || self.layout[i] == Layout::Skip
                || self.hint[i] == Hint::Hidden
            {
                continue;
            }
            self.good[i] += own_good[i];
            self.bad[i] += own_bad[i];
            self.boiler[i] = match self.hint[i] {
                // Boilerplate words on a wrapper of much of the page's prose are
                // CMS naming ("meta_field", "widget"), not boilerplate; comment
                // threads and related-story lists are prose-like but never the article.
                // A "teaser" without a single link is the story's lead (German CMSes
                // name the standfirst so), not a list of other stories.
                Hint::Boiler(RemovedKind::RelatedLinks)
                    if self.link[i] == 0
                        && raw_good[i] >= 100
                        && self.teasers[i] == 0
                        && !holds_heading(dom, id)
                        && !repeated_class(dom, id) =>
                {
                    false
                }
                Hint::Boiler(
                    RemovedKind::Comments | RemovedKind::RelatedLinks | RemovedKind::Footer,
                ) => !(article_below[i] || raw_good[i] > 1500 && raw_good[i] * 10 > total_good * 6),
                // Bylines, tag lists, share bars and menus never hold paragraphs of prose.
                Hint::Boiler(
                    RemovedKind::Metadata
                    | RemovedKind::Masthead
                    | RemovedKind::Share
                    | RemovedKind::Navigation,
                ) => {
                    // A menu is links: a "nav"-named block of unlinked prose is a section
                    // ("skip-item" targets, "toc" anchors).
                    let unlinked_prose = self.hint[i] == Hint::Boiler(RemovedKind::Navigation)
                        && raw_good[i] >= 200
                        && self.link[i] * 10 < self.chars[i];
                    !(article_below[i] || raw_good[i] >= 1000 || unlinked_prose)
                }
                Hint::Boiler(_) => {
                    !(article_below[i] || raw_good[i] >= 500 && raw_good[i] * 10 >= total_good * 4)
                }
                Hint::Caption => self.chars[i] < 1000,
                _ => false,
            };
            // A consent banner: several blocks about cookies and little else.
            if cookie_talk[i] >= 3
                && cookie_chars[i] * 10 >= self.chars[i] * 6
                && !self.boiler[i]
                && !article_below[i]
                && id != self.body
                && dom.parent(id).is_some_and(|p| p != DOCUMENT)
            {
                self.boiler[i] = true;
                self.hint[i] = Hint::Boiler(RemovedKind::Cookie);
            }
            // One linked heading with a little prose: a teaser item, all of it.
            if (self.teasers[i] == 1 || li_teaser[i]) && self.good[i] <= TEASER_MAX_PROSE {
                self.teaser_good[i] = self.good[i];
            }
            if let Some(p) = dom.parent(id) {
                let p = p as usize;
                if self.boiler[i] {
                    // A comment thread is cut when the root is written out and often
                    // sits inside the article's container: it must not drive the root
                    // down to a single paragraph, only not count as prose.
                    let weight = if self.hint[i] == Hint::Boiler(RemovedKind::Comments) {
                        10
                    } else {
                        1
                    };
                    self.bad[p] += (self.good[i] + self.bad[i]) / weight;
                } else {
                    self.good[p] += self.good[i];
                    self.bad[p] += self.bad[i];
                    self.teaser_good[p] += self.teaser_good[i];
                }
            }
        }
    }

    pub fn score(&self, id: NodeId) -> f64 {
        let i = id as usize;
        // Each linked heading stands for a teaser whose summary looks like prose.
        let s = (self.good[i] - self.teaser_good[i]) as f64
            - BAD_WEIGHT * (self.bad[i] + self.teaser_good[i]) as f64;
        match self.hint[i] {
            _ if s <= 0.0 => s,
            Hint::Article => s * 1.3,
            Hint::Content => s * 1.1,
            _ => s,
        }
    }

    /// The element whose subtree is most article and least clutter.
    pub fn content_root(&self, dom: &Dom) -> NodeId {
        let mut best = self.body;
        let mut best_score = self.score(self.body);
        // Nothing inside a boilerplate subtree can be the article.
        let mut in_boiler = vec![false; self.boiler.len()];
        let mut in_weak = vec![false; self.boiler.len()];
        let mut in_body = vec![self.body == DOCUMENT; self.boiler.len()];
        for &id in &self.order {
            let i = id as usize;
            let parent = dom.parent(id).map(|p| p as usize);
            // Weak boilerplate words (sidebar, widget) do not rule out what is inside.
            let weak = self.hint[i] == Hint::Boiler(RemovedKind::Other);
            in_boiler[i] = (self.boiler[i] && !weak) || parent.is_some_and(|p| in_boiler[p]);
            in_weak[i] = weak || parent.is_some_and(|p| in_weak[p]);
            in_body[i] = id == self.body || parent.is_some_and(|p| in_body[p]);
        }
        for &id in self.order.iter().rev() {
            let i = id as usize;
            if self.layout[i] != Layout::Block || in_boiler[i] || !in_body[i] || self.good[i] == 0 {
                continue;
            }
            let mut s = self.score(id);
            if in_weak[i] && s > 0.0 {
                s *= 0.5;
            }
            if s > best_score {
                best = id;
                best_score = s;
            }
        }
        best
    }
}

/// What the content pass produced.
#[derive(Debug, Default)]
pub struct Content {
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
    pub related: Vec<Related>,
    pub removed: Vec<Removed>,
}

impl Content {
    /// Characters of paragraph text.
    pub fn text_chars(&self) -> usize {
        self.paragraphs.iter().map(|p| p.text.chars().count()).sum()
    }

    /// Characters of the longest paragraph.
    pub fn longest_paragraph(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.text.chars().count())
            .max()
            .unwrap_or(0)
    }
}

/// Up to `max` characters of a subtree's visible text.
pub fn snippet(dom: &Dom, an: &Analysis, root: NodeId, max: usize) -> String {
    let mut out = String::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let i = id as usize;
        match &dom.node(id).data {
            NodeData::Text(t) => {
                out.push_str(t);
                out.push(' ');
                if out.len() > max * 4 + 64 {
                    break;
                }
                continue;
            }
            NodeData::Element { .. } => {
                if an.layout[i] == Layout::Skip || an.hint[i] == Hint::Hidden {
                    continue;
                }
                if an.layout[i] != Layout::Inline {
                    out.push(' ');
                }
            }
            _ => continue,
        }
        let first = stack.len();
        stack.extend(dom.children(id));
        stack[first..].reverse();
    }
    let text = collapse_ws(&out);
    truncate_chars(&text, max)
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", s[..at].trim_end()),
        None => s.to_string(),
    }
}

/// Lower-case letters and digits only, for comparing headings with the title.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Default)]
struct Buffer {
    text: String,
    md: String,
    pending_space: bool,
    chars: u32,
    link_chars: u32,
    links: u32,
    first_url: Option<String>,
    markup: bool,
}

impl Buffer {
    fn flush_space(&mut self) {
        // After a cell separator (" | ") or a space, another space adds nothing.
        if self.pending_space && !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
            self.md.push(' ');
        }
        self.pending_space = false;
    }

    fn push_text(&mut self, s: &str, in_link: bool, preformatted: bool) {
        for c in s.chars() {
            if c.is_whitespace() && !(preformatted && c == '\n') {
                self.pending_space = true;
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            self.flush_space();
            self.text.push(c);
            if matches!(c, '*' | '_' | '[' | ']' | '`' | '\\') {
                self.md.push('\\');
            }
            self.md.push(c);
            if c != '\n' {
                self.chars += 1;
                if in_link {
                    self.link_chars += 1;
                }
            }
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.md.clear();
        self.pending_space = false;
        self.chars = 0;
        self.link_chars = 0;
        self.links = 0;
        self.first_url = None;
        self.markup = false;
    }
}

enum Frame {
    Enter(NodeId),
    Exit(NodeId),
}

/// Inline markup whose closing marker is written on exit.
#[derive(Clone, Copy)]
enum Open {
    None,
    Emphasis(usize),
    Strong(usize),
    Link(usize),
}

struct Emitter<'a> {
    dom: &'a Dom,
    an: &'a Analysis,
    title: String,
    out: Content,
    buf: Buffer,
    heading: Option<u8>,
    list_depth: u8,
    quote_depth: u32,
    pre_depth: u32,
    link_depth: u32,
    emphasis_depth: u32,
    table_row: bool,
    opens: Vec<Open>,
    headline_seen: bool,
    root: NodeId,
    /// A "Related stories" style heading was just written out.
    related_heading: bool,
    /// Inside the section such a heading opened, until this element ends.
    related_until: Option<NodeId>,
}

impl<'a> Emitter<'a> {
    fn run(&mut self, root: NodeId) {
        self.root = root;
        let mut stack = vec![Frame::Enter(root)];
        while let Some(frame) = stack.pop() {
            match frame {
                Frame::Enter(id) => self.enter(id, &mut stack),
                Frame::Exit(id) => self.exit(id),
            }
        }
        self.flush();
    }

    fn enter(&mut self, id: NodeId, stack: &mut Vec<Frame>) {
        let dom = self.dom;
        let i = id as usize;
        let name = match &dom.node(id).data {
            NodeData::Text(t) if is_markup_text(t) => return,
            NodeData::Text(t) => {
                let in_link = self.link_depth > 0;
                let pre = self.pre_depth > 0;
                self.buf.push_text(t, in_link, pre);
                return;
            }
            NodeData::Element { name, .. } => name,
            NodeData::Document => {
                self.push_children(id, stack);
                return;
            }
            NodeData::Other => return,
        };
        let layout = self.an.layout[i];
        if layout == Layout::Skip || self.an.hint[i] == Hint::Hidden {
            return;
        }
        if self.an.boiler[i] && self.an.chars[i] > 0 {
            self.flush();
            self.set_aside(id);
            return;
        }
        if self.is_teaser_list(id) {
            self.flush();
            set_teasers_aside(self.dom, self.an, id, &mut self.out);
            return;
        }
        match layout {
            Layout::Break => {
                self.flush();
                return;
            }
            Layout::Block => {
                // A data row's cells share its line (see `exit`).
                if !(self.table_row && matches!(&**name, "td" | "th")) {
                    self.flush();
                }
                match &**name {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        self.heading = Some(name.as_bytes()[1] - b'0');
                    }
                    "ul" | "ol" | "dl" => self.list_depth = self.list_depth.saturating_add(1),
                    "blockquote" => self.quote_depth += 1,
                    "pre" => self.pre_depth += 1,
                    "tr" => self.table_row = self.is_data_row(id),
                    _ => {}
                }
            }
            _ => {
                let open = match &**name {
                    "a" => {
                        self.link_depth += 1;
                        match dom.attr(id, "href") {
                            Some(href)
                                if self.link_depth == 1 && !href.starts_with("javascript:") =>
                            {
                                self.buf.flush_space();
                                self.buf.links += 1;
                                if self.buf.first_url.is_none() {
                                    self.buf.first_url = Some(href.trim().to_string());
                                }
                                let at = self.buf.md.len();
                                self.buf.md.push('[');
                                Open::Link(at)
                            }
                            _ => Open::None,
                        }
                    }
                    "em" | "i" | "cite" if self.emphasis_depth == 0 => {
                        self.emphasis_depth += 1;
                        self.buf.flush_space();
                        let at = self.buf.md.len();
                        self.buf.md.push('*');
                        Open::Emphasis(at)
                    }
                    "strong" | "b" if self.emphasis_depth == 0 => {
                        self.emphasis_depth += 1;
                        self.buf.flush_space();
                        let at = self.buf.md.len();
                        self.buf.md.push_str("**");
                        Open::Strong(at)
                    }
                    "td" | "th" => Open::None,
                    _ => Open::None,
                };
                self.opens.push(open);
            }
        }
        stack.push(Frame::Exit(id));
        self.push_children(id, stack);
    }

    fn push_children(&self, id: NodeId, stack: &mut Vec<Frame>) {
        let first = stack.len();
        stack.extend(self.dom.children(id).map(Frame::Enter));
        stack[first..].reverse();
    }

    fn exit(&mut self, id: NodeId) {
        let i = id as usize;
        let Some(name) = self.dom.tag(id) else { return };
        if self.related_until == Some(id) {
            self.flush();
            self.related_until = None;
        }
        if self.an.layout[i] == Layout::Block {
            if self.table_row && matches!(&**name, "td" | "th") {
                // Cells of a data row stay on one line, separated by " | ".
                self.buf.pending_space = false;
                if !self.buf.text.is_empty() && !self.buf.text.ends_with(" | ") {
                    self.buf.text.push_str(" | ");
                    self.buf.md.push_str(" | ");
                }
                return;
            }
            self.flush();
            match &**name {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    self.heading = None;
                    if std::mem::take(&mut self.related_heading) {
                        self.start_related_section(id);
                    }
                }
                "ul" | "ol" | "dl" => self.list_depth = self.list_depth.saturating_sub(1),
                "blockquote" => self.quote_depth = self.quote_depth.saturating_sub(1),
                "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
                "tr" => self.table_row = false,
                _ => {}
            }
            return;
        }
        if &**name == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        match self.opens.pop().unwrap_or(Open::None) {
            Open::None => {}
            Open::Link(at) => {
                if self.buf.md.len() == at + 1 {
                    self.buf.md.truncate(at);
                } else if let Some(href) = self.dom.attr(id, "href") {
                    self.buf.md.push_str("](");
                    self.buf.md.push_str(&href.trim().replace(' ', "%20"));
                    self.buf.md.push(')');
                    self.buf.markup = true;
                }
            }
            Open::Emphasis(at) => self.close_emphasis(at, "*"),
            Open::Strong(at) => self.close_emphasis(at, "**"),
        }
    }

    fn close_emphasis(&mut self, at: usize, marker: &str) {
        self.emphasis_depth = self.emphasis_depth.saturating_sub(1);
        if self.buf.md.len() == at + marker.len() {
            self.buf.md.truncate(at);
        } else {
            self.buf.md.push_str(marker);
            self.buf.markup = true;
        }
    }

    /// After a "Related stories" heading: the element holding the heading (and
    /// nothing else) and what follows it is a related section, unless it holds
    /// much of the article's prose.
    fn start_related_section(&mut self, heading: NodeId) {
        let an = self.an;
        let mut node = heading;
        while let Some(p) = self.dom.parent(node) {
            if p == self.root || an.chars[p as usize] != an.chars[node as usize] {
                break;
            }
            node = p;
        }
        let Some(section) = self.dom.parent(node) else {
            return;
        };
        if an.good[section as usize] * 2 < an.good[self.root as usize] {
            self.related_until = Some(section);
        }
    }

    /// Several linked headings with little prose each, and not most of the root's prose.
    fn is_teaser_list(&self, id: NodeId) -> bool {
        let i = id as usize;
        let teasers = self.an.teasers[i];
        // A guide's directory of linked entries (schools, products) can hold a
        // good part of the prose; a related-stories box holds little.
        teasers >= 2
            && self.an.teaser_good[i] * 10 >= self.an.good[i] * 6
            && self.an.good[i] * 3 < self.an.good[self.root as usize]
    }

    /// A table row whose cells are short: data, not layout.
    fn is_data_row(&self, tr: NodeId) -> bool {
        let mut cells = 0;
        for c in self.dom.children(tr) {
            if matches!(self.dom.tag(c).map(|t| &**t), Some("td" | "th")) {
                cells += 1;
                if self.an.chars[c as usize] > 300 {
                    return false;
                }
            }
        }
        cells >= 2
    }

    fn kind(&self) -> (ParagraphKind, Option<u8>) {
        if let Some(level) = self.heading {
            (ParagraphKind::Heading, Some(level))
        } else if self.pre_depth > 0 {
            (ParagraphKind::Code, None)
        } else if self.table_row {
            (ParagraphKind::Table, None)
        } else if self.quote_depth > 0 {
            (ParagraphKind::Quote, None)
        } else if self.list_depth > 0 {
            (ParagraphKind::ListItem, Some(self.list_depth))
        } else {
            (ParagraphKind::Paragraph, None)
        }
    }

    fn flush(&mut self) {
        if self.buf.chars == 0 {
            self.buf.clear();
            return;
        }
        let mut text = std::mem::take(&mut self.buf.text);
        let trimmed = text.trim_end_matches([' ', '|']).trim();
        if trimmed.len() != text.len() {
            text = trimmed.to_string();
        }
        let (kind, level) = self.kind();
        let chars = self.buf.chars;
        let link_chars = self.buf.link_chars;
        if kind == ParagraphKind::Heading && !self.headline_seen && self.is_headline(&text, level) {
            self.headline_seen = true;
            self.buf.clear();
            return;
        }
        // A URL written out as the link's text is part of what the author wrote.
        let spelled_url = self.buf.links == 1 && looks_like_url(&text);
        // A list of links out to sources, papers or changes, written by the author,
        // is part of the text; links to the site's own stories are related links.
        let listed_link_out = kind == ParagraphKind::ListItem
            && self.buf.links == 1
            && text.split_whitespace().count() >= 3
            && self.an.site_host.as_deref().is_some_and(|host| {
                self.buf
                    .first_url
                    .as_deref()
                    .is_some_and(|url| links_out(url, host))
            });
        if link_chars * 2 > chars
            && kind != ParagraphKind::Heading
            && !spelled_url
            && !listed_link_out
        {
            let words = text.split_whitespace().count();
            if self.buf.links == 1 && words >= 4 {
                self.out.related.push(Related {
                    text,
                    url: self.buf.first_url.take(),
                });
            } else {
                let kind = if chars < 40 {
                    RemovedKind::Navigation
                } else {
                    RemovedKind::RelatedLinks
                };
                self.out.removed.push(Removed {
                    kind,
                    text: truncate_chars(&text, SNIPPET_CHARS),
                });
            }
            self.buf.clear();
            return;
        }
        if self.related_until.is_some() {
            if self.buf.links >= 1 && text.split_whitespace().count() >= 3 {
                self.out.related.push(Related {
                    text,
                    url: self.buf.first_url.take(),
                });
            } else {
                self.out.removed.push(Removed {
                    kind: RemovedKind::RelatedLinks,
                    text: truncate_chars(&text, SNIPPET_CHARS),
                });
            }
            self.buf.clear();
            return;
        }
        if kind == ParagraphKind::Heading && is_related_title(&text) {
            self.related_heading = true;
            self.out.removed.push(Removed {
                kind: RemovedKind::RelatedLinks,
                text,
            });
            self.buf.clear();
            return;
        }
        if !text.chars().any(char::is_alphanumeric) {
            // Separators, stray punctuation, lone emoji.
            self.buf.clear();
            return;
        }
        // Datelines sit at the top; dates further down are often table or list data.
        let near_top = self.out.paragraphs.len() < 5;
        let kind_of_line = boilerplate_line(&text).or_else(|| {
            matches!(kind, ParagraphKind::Paragraph | ParagraphKind::ListItem)
                .then(|| metadata_line(&text, near_top))
                .flatten()
        });
        if let Some(kind) = kind_of_line {
            self.out.removed.push(Removed { kind, text });
            self.buf.clear();
            return;
        }
        if kind == ParagraphKind::Paragraph && is_credit_line(&text) {
            self.out.captions.push(Caption {
                text,
                credit: None,
                image: None,
            });
            self.buf.clear();
            return;
        }
        let md = std::mem::take(&mut self.buf.md);
        let markdown = if self.buf.markup {
            let md = md.trim_end_matches([' ', '|']).trim();
            Some(md.to_string())
        } else {
            None
        };
        self.out.paragraphs.push(Paragraph {
            kind,
            text,
            markdown,
            level,
            start: 0,
            end: 0,
        });
        self.buf.clear();
    }

    fn is_headline(&self, text: &str, level: Option<u8>) -> bool {
        if self.title.is_empty() {
            return level == Some(1) && self.out.paragraphs.is_empty();
        }
        let f = fold(text);
        // An <h1> holding the headline and a kicker or date line counts too.
        let with_kicker = f.contains(&self.title) && f.len() <= self.title.len() * 2;
        !f.is_empty()
            && (f == self.title || (level == Some(1) && (self.title.contains(&f) || with_kicker)))
    }

    /// A boilerplate subtree inside the root: related links are kept aside, the rest listed as removed.
    fn set_aside(&mut self, id: NodeId) {
        set_aside(self.dom, self.an, id, &mut self.out);
    }
}

/// Records a subtree that is not article text: captions, related links or removed.
fn set_aside(dom: &Dom, an: &Analysis, id: NodeId, out: &mut Content) {
    match an.hint[id as usize] {
        Hint::Caption => {
            let text = snippet(dom, an, id, 1000);
            if !text.is_empty() {
                out.captions.push(Caption {
                    text,
                    credit: None,
                    image: None,
                });
            }
        }
        Hint::Boiler(RemovedKind::RelatedLinks) => {
            let before = out.related.len();
            for n in dom.descendants(id) {
                if dom.is_tag(n, "a") && an.chars[n as usize] >= 15 {
                    let text = snippet(dom, an, n, 300);
                    if text.split_whitespace().count() >= 3 {
                        out.related.push(Related {
                            text,
                            url: dom.attr(n, "href").map(|h| h.trim().to_string()),
                        });
                    }
                }
                if out.related.len() - before >= 50 {
                    break;
                }
            }
            if out.related.len() == before {
                out.removed.push(Removed {
                    kind: RemovedKind::RelatedLinks,
                    text: snippet(dom, an, id, SNIPPET_CHARS),
                });
            }
        }
        // A line under an "author" class is a byline, not a biography.
        Hint::Boiler(RemovedKind::AuthorBio) if an.chars[id as usize] < 80 => {
            out.removed.push(Removed {
                kind: RemovedKind::Metadata,
                text: snippet(dom, an, id, SNIPPET_CHARS),
            })
        }
        Hint::Boiler(kind) => out.removed.push(Removed {
            kind,
            text: snippet(dom, an, id, SNIPPET_CHARS),
        }),
        _ => out.removed.push(Removed {
            kind: RemovedKind::Other,
            text: snippet(dom, an, id, SNIPPET_CHARS),
        }),
    }
}

/// A list of teasers: its links become related entries.
fn set_teasers_aside(dom: &Dom, an: &Analysis, id: NodeId, out: &mut Content) {
    let before = out.related.len();
    for n in dom.descendants(id) {
        if dom.is_tag(n, "a") && an.chars[n as usize] >= 15 && out.related.len() - before < 50 {
            let text = snippet(dom, an, n, 300);
            if text.split_whitespace().count() >= 3 {
                out.related.push(Related {
                    text,
                    url: dom.attr(n, "href").map(|h| h.trim().to_string()),
                });
            }
        }
    }
    out.removed.push(Removed {
        kind: RemovedKind::RelatedLinks,
        text: snippet(dom, an, id, SNIPPET_CHARS),
    });
}

fn looks_like_url(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(' ')
}

/// Headings that open lists of other stories.
fn is_related_title(text: &str) -> bool {
    related_title_label(text).is_some()
}

/// The label a related-section title opens with, if it opens with one.
fn related_title_label(text: &str) -> Option<&'static str> {
    if text.len() > 60 {
        return None;
    }
    let l = text.to_lowercase();
    let l = l.trim_matches(|c: char| !c.is_alphanumeric());
    const STARTS: &[&str] = &[
        "related",
        "more from",
        "more stories",
        "more on",
        "recommended",
        "you may also like",
        "you might also like",
        "read next",
        "read more",
        "most popular",
        "most read",
        "popular",
        "recent posts",
        "latest posts",
        "trending",
        "more news",
        "also on",
        "see also",
        "other stories",
        "similar posts",
        "similar articles",
        "don't miss",
        "editor's picks",
        "top stories",
        "latest news",
        "latest articles",
        "latest stories",
        "más noticias",
        "lesen sie auch",
        "à lire aussi",
        "читайте также",
        "leia também",
        "leggi anche",
        "lees ook",
        "czytaj także",
        "zobacz też",
        "関連記事",
        "相关文章",
        "相關文章",
        "관련 기사",
        "самые популярные",
        "похожие статьи",
        "другие статьи",
        // German
        "mehr zum thema",
        "mehr zu diesem thema",
        "weitere artikel",
        "weitere beiträge",
        "weitere nachrichten",
        "weitere themen",
        "weitere aktuelle",
        "weiterführende",
        "das könnte sie auch",
        "das könnte dich auch",
        "auch interessant",
        "schon gelesen",
        "ähnliche artikel",
        "ähnliche beiträge",
        "verwandte artikel",
        "meistgelesen",
        "neueste beiträge",
        "aktuelle beiträge",
        "letzte beiträge",
        "beliebte beiträge",
        "weitere informationen",
        "weitere infos",
        "zum weiterlesen",
        "vorschau auf den nächsten",
        "empfohlener redaktioneller inhalt",
        "à découvrir",
        // French, Spanish, Italian, Portuguese, Dutch, Swedish
        "en savoir plus",
        "sur le même sujet",
        "à lire également",
        "lire aussi",
        "articles similaires",
        "articles récents",
        "les plus lus",
        "vous aimerez aussi",
        "dans la même rubrique",
        "noticias relacionadas",
        "artículos relacionados",
        "te puede interesar",
        "también te puede interesar",
        "lo más leído",
        "articoli correlati",
        "potrebbe interessarti",
        "i più letti",
        "notícias relacionadas",
        "veja também",
        "mais lidas",
        "gerelateerde artikelen",
        "meer nieuws",
        "relaterade artiklar",
        // Polish, Czech, Russian, Turkish
        "czytaj też",
        "czytaj również",
        "zobacz także",
        "podobne artykuły",
        "najczęściej czytane",
        "související články",
        "čtěte také",
        "mohlo by vás zajímat",
        "материалы по теме",
        "новости по теме",
        "ещё по теме",
        "еще по теме",
        "ilgili haberler",
        "benzer haberler",
        // Chinese, Japanese, Korean
        "相关阅读",
        "相关新闻",
        "延伸阅读",
        "推荐阅读",
        "相關新聞",
        "延伸閱讀",
        "関連ニュース",
        "あわせて読みたい",
        "관련기사",
    ];
    STARTS.iter().find(|s| l.starts_with(**s)).copied()
}

/// Bylines and datelines inside the body: "By Ann Lee", "Updated: May 2, 2024", a bare date.
fn metadata_line(text: &str, near_top: bool) -> Option<RemovedKind> {
    if text.len() > 100 {
        return None;
    }
    // What is left of "Ann Lee · May 2, 2024" once the byline was set aside.
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let l = text.to_lowercase();
    const STARTS: &[&str] = &[
        "by ",
        "written by",
        "posted by",
        "posted on",
        "published",
        "updated",
        "last updated",
        "last modified",
        "reviewed by",
        "fact checked by",
        "von ",
        "par ",
        "por ",
        "текст:",
        "автор:",
        "opublikowano",
        "verfasst von",
        "geschrieben von",
        "veröffentlicht am",
        "erstellt am",
        "écrit par",
        "publié le",
        "escrito por",
        "publicado el",
        "scritto da",
        "pubblicato il",
        // Filing labels: "Kategorie: News", "Categories: Python, Mercurial".
        "category:",
        "categories:",
        "category :",
        "kategorie:",
        "kategorien:",
        "catégorie :",
        "catégories :",
        "categoría:",
        "categoria:",
        "tags:",
        "schlagwörter:",
        "schlagworte:",
        "filed under",
        "abgelegt unter",
    ];
    if STARTS.iter().any(|s| l.starts_with(s)) {
        return Some(RemovedKind::Metadata);
    }
    // "05/10/2018 - Published by: Ann Lee - Category: Health"
    const INSIDE: &[&str] = &[
        "posted by",
        "published by",
        "publicado por",
        "publié par",
        "veröffentlicht von",
    ];
    // With a date on the line, so "originally published by X" stays.
    if INSIDE.iter().any(|s| l.contains(s)) && l.bytes().any(|b| b.is_ascii_digit()) {
        return Some(RemovedKind::Metadata);
    }
    // A bare date: few words, one of them a year, one a month name or a d/m/y form.
    let words: Vec<&str> = l
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if near_top && words.len() <= 5 && crate::metadata::dates::normalize(text).is_some() {
        let wordy = words
            .iter()
            .filter(|w| {
                w.chars().all(char::is_alphabetic)
                    && crate::metadata::dates::month_number(w).is_none()
            })
            .count();
        if wordy <= 1 {
            return Some(RemovedKind::Metadata);
        }
    }
    None
}

/// A picture's caption or credit set as a paragraph of its own: "Foto: dpa",
/// "(Quelle: Foto Steven V.)", "Abbildung 4: Die Schwachschicht.", "Photo: Reuters".
fn is_credit_line(text: &str) -> bool {
    if text.chars().count() > 100 {
        return false;
    }
    let l = text.trim_start_matches(['(', '[']).to_lowercase();
    const OPENERS: &[&str] = &[
        "foto:",
        "fotos:",
        "bild:",
        "bilder:",
        "photo:",
        "photos:",
        "image:",
        "credit:",
        "crédit photo",
        "crédits photo",
        "quelle: foto",
        "fotó:",
        "zdjęcie:",
        "фото:",
    ];
    if OPENERS.iter().any(|o| l.starts_with(o)) {
        return true;
    }
    // "Abbildung 4: ...", "Abb. 2: ...", "Figure 3: ...".
    ["abbildung ", "abb. ", "figure ", "fig. "].iter().any(|o| {
        l.strip_prefix(o).is_some_and(|rest| {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && rest[digits..].starts_with(':')
        })
    })
}

/// Phrases that mark a line wherever they stand in it: the paywall's word to readers
/// who see only the start, and rights notices.
const PAYWALL_PHRASES: &[&str] = &[
    "to view the full story",
    "to continue reading",
    "to read the full",
    "subscribe to continue",
    "subscribe to read",
    "already a subscriber",
    "this content is for subscribers",
    "this article is for subscribers",
    "um weiterzulesen",
    "jetzt weiterlesen mit",
    "dieser artikel ist nur für abonnenten",
    "pour lire la suite",
    "réservé aux abonnés",
    "para seguir leyendo",
    "contenido exclusivo para suscriptores",
    "per continuare a leggere",
    "riservato agli abbonati",
];
const RIGHTS_PHRASES: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "wszelkie prawa zastrzeżone",
    "все права защищены",
];

/// The kind of the first paywall or rights phrase in a lower-cased line; one
/// pass over the line for all of them (short lines are many).
fn phrase_inside(lower: &str) -> Option<RemovedKind> {
    static PHRASES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let ac = PHRASES.get_or_init(|| {
        aho_corasick::AhoCorasick::new(PAYWALL_PHRASES.iter().chain(RIGHTS_PHRASES))
            .expect("fixed phrases build an automaton")
    });
    let m = ac.find(lower)?;
    Some(if m.pattern().as_usize() < PAYWALL_PHRASES.len() {
        RemovedKind::Paywall
    } else {
        RemovedKind::Footer
    })
}

/// Short lines that are page furniture whatever element holds them.
fn boilerplate_line(text: &str) -> Option<RemovedKind> {
    if text.len() > 160 {
        return None;
    }
    let lower = text.to_lowercase();
    let l = lower.trim();
    const ADS: &[&str] = &[
        "advert",
        "advertisement",
        "advertising",
        "sponsored",
        "anzeige",
        "publicité",
        "реклама",
        "publicidad",
        "pubblicità",
        "スポンサーリンク",
        "スポンサードリンク",
        "広告",
    ];
    if ADS.iter().any(|a| l == *a || l.trim_end_matches(':') == *a) {
        return Some(RemovedKind::Advertisement);
    }
    const SHARE: &[&str] = &[
        "share this",
        "share on",
        "share:",
        "follow us",
        "tweet this",
        "be sociable, share",
        "seite teilen",
        "artikel teilen",
        "beitrag teilen",
        "möchten sie den artikel teilen",
        "folge uns",
        "folgen sie uns",
        "partager",
        "suivez-nous",
        "compartir",
        "síguenos",
        "siguenos",
        "condividi",
        "seguici",
        "compartilhe",
        "nos siga",
        "udostępnij",
        "obserwuj nas",
        "поделиться",
    ];
    if SHARE.iter().any(|s| l.starts_with(s)) {
        return Some(RemovedKind::Share);
    }
    const SUBSCRIBE: &[&str] = &[
        "sign up for",
        "subscribe to",
        "subscribe now",
        "get our newsletter",
        "join our newsletter",
        "receive our",
        "never miss the latest",
        "zum newsletter",
        "newsletter abonnieren",
        "jetzt abonnieren",
        "abonnez-vous",
        "inscrivez-vous",
        "suscríbete",
        "iscriviti",
        "zapisz się",
        "подпишитесь",
    ];
    if SUBSCRIBE.iter().any(|s| l.starts_with(s)) {
        return Some(RemovedKind::Subscribe);
    }
    if let Some(kind) = phrase_inside(l) {
        return Some(kind);
    }
    // Asking for a rating or feedback on the page.
    const RATE: &[&str] = &[
        "was this article helpful",
        "was this page helpful",
        "rate this article",
        "war der artikel nützlich",
        "war dieser artikel hilfreich",
        "hier können sie den artikel bewerten",
        "artikel bewerten",
        "cet article vous a-t-il été utile",
        "¿te ha sido útil",
        "¿te resultó útil",
    ];
    if RATE.iter().any(|s| l.starts_with(s)) {
        return Some(RemovedKind::Other);
    }
    // "Mehr zum Thema:", "Auch interessant:" set as a paragraph, not a heading; but
    // not a one-word opener, which a sentence may share ("Popular dishes include:").
    let phrase = |label: &str| label.contains(' ') || !label.is_ascii();
    if l.chars().count() <= 40 && related_title_label(l).is_some_and(phrase) {
        return Some(RemovedKind::RelatedLinks);
    }
    const RELATED: &[&str] = &[
        "read more:",
        "related:",
        "see also:",
        "read also:",
        "also read:",
        "related articles",
        "related stories",
        "more stories",
        "recommended for you",
    ];
    if RELATED.iter().any(|s| l.starts_with(s)) {
        return Some(RemovedKind::RelatedLinks);
    }
    if l.starts_with("©") || l.starts_with("copyright ©") || l.starts_with("(c) ") {
        return Some(RemovedKind::Footer);
    }
    None
}

/// Extracts the article of a parsed page; `title` is the headline to keep out of the body.
pub fn extract(dom: &Dom, an: &Analysis, title: Option<&str>) -> Content {
    let root = an.content_root(dom);
    let mut em = Emitter {
        dom,
        an,
        title: title.map(fold).unwrap_or_default(),
        out: Content::default(),
        buf: Buffer::default(),
        heading: None,
        list_depth: 0,
        quote_depth: 0,
        pre_depth: 0,
        link_depth: 0,
        emphasis_depth: 0,
        table_row: false,
        opens: Vec::new(),
        headline_seen: false,
        root,
        related_heading: false,
        related_until: None,
    };
    if let Some(list) = ingredients_outside(dom, root) {
        em.run(list);
    }
    em.run(root);
    let mut out = em.out;
    drop_closing_promos(&mut out);
    drop_trailing_headings(&mut out);
    drop_repeated_paragraphs(&mut out);
    list_outside(dom, an, root, &mut out);
    out
}

/// A recipe's ingredient list set beside the method rather than inside it
/// (`<article class="recipe-ingredients">` next to the steps' `<article>`): the
/// recipe needs both, the list first.
fn ingredients_outside(dom: &Dom, root: NodeId) -> Option<NodeId> {
    let names_ingredients = |id: NodeId| {
        dom.attr(id, "class").is_some_and(|c| {
            c.split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("ingredients"))
        })
    };
    // Only beside the root (siblings of it and of three ancestors, three levels
    // down): a walk over the whole page would cost every page for a few.
    let mut child = root;
    let mut found = None;
    'levels: for _ in 0..4 {
        let Some(parent) = dom.parent(child) else {
            break;
        };
        for sib in dom.children(parent).filter(|&s| s != child) {
            if let Some(f) = find_near(dom, sib, 3, &names_ingredients) {
                found = Some(f);
                break 'levels;
            }
        }
        child = parent;
    }
    let list = found?;
    // The root holding its own list needs nothing.
    if dom.descendants(root).any(names_ingredients) {
        return None;
    }
    let text = dom.text_of(list);
    (text.len() >= 20 && text.len() <= 4000).then_some(list)
}

/// The first element at most `depth` levels under `id` (itself included) that `hit` names.
fn find_near(dom: &Dom, id: NodeId, depth: u8, hit: &impl Fn(NodeId) -> bool) -> Option<NodeId> {
    // Elements only: text and comments name nothing.
    dom.tag(id)?;
    if hit(id) {
        return Some(id);
    }
    if depth == 0 {
        return None;
    }
    dom.children(id)
        .find_map(|c| find_near(dom, c, depth - 1, hit))
}

/// The lines a publisher closes every story with: "For the latest stories download
/// the Nationnews apps", "Follow The Gleaner on Twitter", "¿Ya sabías que tenemos
/// canal de Telegram? Únete", "This article is the copyrighted property of ...".
/// Only the last few paragraphs are read, from the end, up to the first that is
/// the story's: the same words inside a story are the story.
fn drop_closing_promos(out: &mut Content) {
    for _ in 0..4 {
        if out.paragraphs.len() <= 2 {
            return;
        }
        let Some(kind) = out.paragraphs.last().and_then(|p| closing_promo(&p.text)) else {
            return;
        };
        if let Some(p) = out.paragraphs.pop() {
            out.removed.push(Removed { kind, text: p.text });
        }
    }
}

/// Whether a short paragraph asks the reader to follow, download, join or subscribe
/// on some channel, or reserves the publisher's reprint rights.
fn closing_promo(text: &str) -> Option<RemovedKind> {
    if text.chars().count() > 300 {
        return None;
    }
    let lower = text.to_lowercase();
    const RIGHTS: &[&str] = &[
        "copyrighted property",
        "permission must be obtained",
        "may not be reproduced",
        "may not be published, broadcast",
        "darf nicht ohne",
        "prohibida su reproducción",
        "reproduction interdite",
    ];
    if RIGHTS.iter().any(|r| lower.contains(r)) {
        return Some(RemovedKind::Footer);
    }
    const CHANNELS: &[&str] = &[
        "twitter",
        "facebook",
        "instagram",
        "telegram",
        "whatsapp",
        "youtube",
        "tiktok",
        "linkedin",
        " app",
        "apps",
        "newsletter",
        "podcast",
        "canal",
    ];
    const ASKS: &[&str] = &[
        "follow",
        "download",
        "join",
        "subscribe",
        "sign up",
        "like us",
        "únete",
        "síguenos",
        "siguenos",
        "sigue",
        "mira",
        "suscríbete",
        "descarga",
        "folgen",
        "abonnieren",
        "laden sie",
        "suivez",
        "téléchargez",
        "rejoignez",
        "abonnez",
        "segui",
        "scarica",
        "iscriviti",
        "obserwuj",
        "pobierz",
        "подпис",
    ];
    let word_at = |at: usize| !lower[..at].ends_with(|c: char| c.is_alphanumeric());
    // The ask opens a sentence (an imperative), or the line speaks to the reader:
    // "Facebook will join the lawsuit" reports, "Follow us on Facebook" asks.
    let sentence_at = |at: usize| {
        let before = lower[..at].trim_end_matches(['¿', '¡', ' ', '"', '“']);
        before.is_empty() || before.ends_with(['.', '!', '?', ':'])
    };
    let mut asks = false;
    let mut imperative = false;
    for a in ASKS {
        for (at, _) in lower.match_indices(a).filter(|&(at, _)| word_at(at)) {
            asks = true;
            imperative |= sentence_at(at);
        }
    }
    const TO_READER: &[&str] = &[
        "you",
        " us ",
        " us.",
        " us!",
        " our ",
        "for the latest",
        " her on",
        " him on",
        " sie ",
        " uns",
        "unser",
        "nuestr",
        "tenemos",
        " tu ",
        "vous",
        "notre",
        " nos ",
        " ci ",
    ];
    let padded = format!(" {lower} ");
    let to_reader = TO_READER.iter().any(|w| padded.contains(w));
    let channel = CHANNELS.iter().any(|c| lower.contains(c));
    (asks && channel && (imperative || to_reader)).then_some(RemovedKind::Share)
}

/// A heading with nothing after it heads a section that was cut ("Comments",
/// "Leave a reply", "You may also like"): it goes with that section. A run of
/// them holding two sentences or more is the story itself set in heading tags (a
/// post written in `<h3>`s), and stays.
fn drop_trailing_headings(out: &mut Content) {
    let run = out
        .paragraphs
        .iter()
        .rev()
        .take_while(|p| p.kind == ParagraphKind::Heading);
    let sentences = run
        .filter(|p| {
            p.text.split_whitespace().count() >= 12
                && p.text.trim_end().ends_with(['.', '!', '?', '。'])
        })
        .count();
    if sentences >= 2 {
        return;
    }
    while out.paragraphs.len() > 1
        && out
            .paragraphs
            .last()
            .is_some_and(|p| p.kind == ParagraphKind::Heading)
    {
        if let Some(p) = out.paragraphs.pop() {
            out.removed.push(Removed {
                kind: RemovedKind::Other,
                text: p.text,
            });
        }
    }
}

/// A summary shown twice in a row at the top (teaser text above the same lead):
/// the copy goes. Further down a repeat can be the author's.
fn drop_repeated_paragraphs(out: &mut Content) {
    let mut k = 1;
    // Three comparisons at most, whatever is removed.
    for _ in 0..3 {
        if k >= out.paragraphs.len() {
            break;
        }
        let (a, b) = (&out.paragraphs[k - 1], &out.paragraphs[k]);
        if a.text.len() >= 40 && a.text == b.text && a.kind == b.kind {
            let p = out.paragraphs.remove(k);
            out.removed.push(Removed {
                kind: RemovedKind::Other,
                text: p.text,
            });
        } else {
            k += 1;
        }
    }
}

/// Lists what lies outside the root: every sibling subtree of the root and of its ancestors.
fn list_outside(dom: &Dom, an: &Analysis, root: NodeId, out: &mut Content) {
    let mut listed = 0;
    let mut child = root;
    while let Some(parent) = dom.parent(child) {
        for sib in dom.children(parent) {
            if sib == child || listed >= MAX_OUTSIDE_REMOVED {
                continue;
            }
            let i = sib as usize;
            if an.chars[i] == 0
                || !matches!(
                    dom.node(sib).data,
                    NodeData::Element { .. } | NodeData::Text(_)
                )
                || an.layout[i] == Layout::Skip
                || an.hint[i] == Hint::Hidden
            {
                continue;
            }
            listed += 1;
            match an.hint[i] {
                Hint::Boiler(_) | Hint::Caption => set_aside(dom, an, sib, out),
                _ => {
                    let kind = match dom.tag(sib).map(|t| &**t) {
                        Some("header") => RemovedKind::Masthead,
                        _ => RemovedKind::Other,
                    };
                    let text = if matches!(dom.node(sib).data, NodeData::Text(_)) {
                        truncate_chars(&collapse_ws(dom.text(sib).unwrap_or("")), SNIPPET_CHARS)
                    } else {
                        snippet(dom, an, sib, SNIPPET_CHARS)
                    };
                    if !text.is_empty() {
                        out.removed.push(Removed { kind, text });
                    }
                }
            }
        }
        child = parent;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_promos() {
        for line in [
            "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
            "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.",
            "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
            "Ihnen hat der Artikel gefallen? Dann abonnieren Sie unseren Newsletter!",
            "This article is the copyrighted property of Breaking Belize News.",
        ] {
            assert!(closing_promo(line).is_some(), "{line}");
        }
        for line in [
            "The senator said she would follow the vote on Twitter.".to_string(),
            "Facebook will join the lawsuit, its lawyers said.".to_string(),
            "Unfollowing accounts on Instagram is how she copes.".to_string(),
        ] {
            assert_eq!(closing_promo(&line), None, "{line}");
        }
    }

    #[test]
    fn count_chars_matches_char_iteration() {
        let spaces: String = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        for text in [
            "",
            "plain words, here\t\n",
            "caf\u{e9} \u{a0}na\u{ef}ve\u{2009}\u{3000}\u{201c}quoted\u{201d}",
            "\u{c2}\u{a9} \u{e1}\u{e2}\u{e3} \u{2028}\u{205f}\u{1680}\u{85}x",
            "\u{4e2d}\u{6587} \u{1f600}",
            spaces.as_str(),
        ] {
            let want = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
            assert_eq!(count_chars(text), want, "{text:?}");
        }
    }

    const PROSE: &str = "The council voted on Tuesday to extend the library's opening hours, \
        citing strong demand from students and retired residents across the district.";

    fn run(html: &str) -> Content {
        let dom = Dom::parse(html);
        let an = Analysis::new(&dom, None);
        extract(&dom, &an, None)
    }

    fn prose_count(c: &Content) -> usize {
        c.paragraphs
            .iter()
            .filter(|p| p.text.starts_with(PROSE))
            .count()
    }

    fn body(c: &Content) -> String {
        c.paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn nav_named_block_of_unlinked_prose_is_kept() {
        let section =
            format!("<div class='skip-item'><h2>Part</h2><p>{PROSE} 1</p><p>{PROSE} 2</p></div>");
        let html = format!(
            "<body><div class='post-content'><p>{PROSE} 3</p>{section}{section}</div>\
             <div class='menu'><a href='/a'>Home</a> <a href='/b'>World news</a></div></body>"
        );
        let c = run(&html);
        assert_eq!(
            c.paragraphs
                .iter()
                .filter(|p| p.text.starts_with(PROSE))
                .count(),
            5
        );
        assert!(!body(&c).contains("World news"));
    }

    #[test]
    fn short_articles_nested_side_by_side_are_related_posts() {
        let teaser = "A different story about the weather in the hills this weekend, \
            with rain expected on Saturday and sunshine again by Sunday afternoon.";
        let item =
            format!("<article><p>{teaser}</p><a href='/x'>Read the full story</a></article>");
        let html = format!(
            "<body><article><h1>Hours</h1><p>{PROSE} 4</p><p>{PROSE} 5</p></article>\
             <article><h3>More</h3>{item}{item}{item}{item}{item}</article></body>"
        );
        let c = run(&html);
        assert_eq!(prose_count(&c), 2);
        assert_eq!(c.paragraphs.len(), 2);
        // Long nested articles are the items of a listicle and stay.
        let long = format!("<article><h2>Item</h2><p>{PROSE} 6</p><p>{PROSE} 7</p><p>{PROSE} 8</p><p>{PROSE} 9</p><p>{PROSE} 10</p></article>");
        let c = run(&format!(
            "<body><article><p>{PROSE} 11</p>{long}{long}</article></body>"
        ));
        assert_eq!(
            c.paragraphs
                .iter()
                .filter(|p| p.text.starts_with(PROSE))
                .count(),
            11
        );
    }

    #[test]
    fn cards_with_cut_off_excerpts_beside_the_article_are_related_posts() {
        let card = "<article><div class='title'><a href='/y'>Hampers handed out</a></div>\
            <div class='body'>THE CHARITY continued its long tradition of outreach with the \
            distribution of hampers to families across the island on Tuesday, December 1...</div></article>";
        let html = format!(
            "<body><div class='post-content'><p>{PROSE} 1</p><p>{PROSE} 2</p></div>\
             <section><div>Also in the news</div>{card}{card}{card}</section></body>"
        );
        let c = run(&html);
        assert_eq!(prose_count(&c), 2);
        assert!(!body(&c).contains("THE CHARITY"), "{}", body(&c));
        // A guide's sections marked up as <article>s, without links or
        // cut-off text, are its text.
        let section = "<article><h2>Step</h2><p>Fill the tank to the line and wait for the \
            water to settle before you add the filter and switch the pump on.</p></article>";
        let c = run(&format!(
            "<body><div class='post-content'><p>{PROSE} 3</p>{section}{section}{section}</div></body>"
        ));
        assert_eq!(body(&c).matches("Fill the tank").count(), 3, "{}", body(&c));
    }

    #[test]
    fn list_of_linked_titles_with_summaries_does_not_win_the_root() {
        let summary = "Officials said the new rules would take effect next spring after a \
            consultation with residents, businesses and the regional transport authority.";
        let item = format!("<li><a href='/news/other-story'>Another story from the same site today</a> {summary}</li>");
        let html = format!(
            "<body><div class='content'><div class='article-body'><p>{PROSE} 12</p><p>{PROSE} 13</p>\
             <p>{PROSE} 14</p></div><ul>{}</ul></div></body>",
            item.repeat(10)
        );
        let c = run(&html);
        assert_eq!(prose_count(&c), 3);
        assert_eq!(c.paragraphs.len(), 3);
        // The same list inside the article is a reading list and stays.
        let html = format!(
            "<body><div class='article-body'><p>{PROSE} 15</p><p>{PROSE} 16</p><p>{PROSE} 17</p>\
             <ul>{}</ul></div></body>",
            item.repeat(3)
        );
        assert!(body(&run(&html)).contains(summary));
    }

    #[test]
    fn linked_entries_holding_much_of_the_prose_stay() {
        let entry =
            format!("<div><h3><a href='/school/x'>A school</a></h3><p>{PROSE} 18</p></div>");
        let html = format!(
            "<body><div class='article-body'><p>{PROSE} 19</p><p>{PROSE} 20</p><p>{PROSE} 21</p>\
             <p>{PROSE} 22</p><p>{PROSE} 23</p><div>{}</div></div></body>",
            entry.repeat(4)
        );
        assert_eq!(
            run(&html)
                .paragraphs
                .iter()
                .filter(|p| p.text.starts_with(PROSE))
                .count(),
            9
        );
        // Two such entries after long prose are a related-stories box.
        let html = format!(
            "<body><div class='article-body'>{}<div>{}</div></div></body>",
            (0..6)
                .map(|k| format!("<p>{PROSE} {k}</p>"))
                .collect::<String>(),
            entry.repeat(2)
        );
        assert_eq!(
            run(&html)
                .paragraphs
                .iter()
                .filter(|p| p.text.starts_with(PROSE))
                .count(),
            6
        );
    }

    #[test]
    fn date_left_behind_by_a_set_aside_byline_is_metadata() {
        assert_eq!(
            metadata_line("· 11 октября 2018", true),
            Some(RemovedKind::Metadata)
        );
        assert_eq!(metadata_line("· 11 октября 2018", false), None);
    }

    #[test]
    fn related_box_of_article_cards_is_set_aside() {
        let card = "<article><h3>Another guide</h3><div>A short summary of another guide on \
            the same site, with a tip or two for the reader.</div></article>";
        let html = format!(
            "<body><main><p>{PROSE} 25</p><p>{PROSE} 26</p><p>{PROSE} 27</p>\
             <section class='related-pages'>{}</section></main></body>",
            card.repeat(4)
        );
        let c = run(&html);
        assert_eq!(prose_count(&c), 3);
        assert_eq!(c.paragraphs.len(), 3);
        assert!(c
            .removed
            .iter()
            .any(|r| r.kind == RemovedKind::RelatedLinks));
    }

    #[test]
    fn list_of_links_out_stays_and_links_to_own_stories_are_related() {
        let html = format!(
            "<body><article><p>{PROSE} 28</p><p>{PROSE} 29</p><ul>\
             <li><a href='https://github.com/x/y/pull/1'>Add support for weak variables</a></li>\
             <li><a href='https://news.example.com/2024/other'>Another story from this site</a></li>\
             </ul></article></body>"
        );
        let dom = Dom::parse(&html);
        let an = Analysis::new(&dom, Some("news.example.com"));
        let c = extract(&dom, &an, None);
        assert!(body(&c).contains("Add support for weak variables"));
        assert!(!body(&c).contains("Another story"));
        assert!(c
            .related
            .iter()
            .any(|r| r.text == "Another story from this site"));
    }

    #[test]
    fn highlighted_code_keeps_its_comment_spans() {
        let html = format!(
            "<body><article><p>{PROSE} 30</p><p>{PROSE} 31</p><pre><code>\
             <span class='hljs-comment'># initialize git</span>\ngit init</code></pre></article></body>"
        );
        let c = run(&html);
        assert!(c
            .paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::Code && p.text.starts_with("# initialize git")));
    }

    #[test]
    fn heading_left_without_its_section_goes() {
        let html = format!(
            "<body><article><h2>Background</h2><p>{PROSE} 32</p><p>{PROSE} 33</p>\
             <h3>Leave a reply</h3><form><textarea></textarea></form></article></body>"
        );
        let c = run(&html);
        assert_eq!(
            c.paragraphs.first().map(|p| p.text.as_str()),
            Some("Background")
        );
        assert!(c
            .paragraphs
            .last()
            .is_some_and(|p| p.text.starts_with(PROSE)));
        assert!(c.removed.iter().any(|r| r.text == "Leave a reply"));
    }

    #[test]
    fn a_data_rows_cells_share_one_line() {
        let html = format!(
            "<body><article><p>{PROSE}</p><table><tr><td><span>125 g</span></td>\
             <td><span>Mehl</span></td></tr><tr><td>65 g</td><td>Zucker</td></tr></table>\
             <p>{PROSE} 2</p></article></body>"
        );
        let rows: Vec<String> = run(&html)
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Table)
            .map(|p| p.text.clone())
            .collect();
        assert_eq!(rows, ["125 g | Mehl", "65 g | Zucker"]);
    }

    #[test]
    fn a_recipes_ingredients_beside_the_method_come_first() {
        let html = format!(
            "<body><div class=\"recipe-ingredients\"><h2>Zutaten</h2><ul><li>125 g Mehl</li>\
             <li>65 g Zucker</li></ul></div><article><p>{PROSE}</p><p>{PROSE} 2</p></article>\
             <footer>About us</footer></body>"
        );
        let text = body(&run(&html));
        assert!(text.starts_with("Zutaten"), "{text}");
        assert!(text.contains("125 g Mehl") && text.contains(PROSE));
    }

    #[test]
    fn a_story_set_in_heading_tags_stays() {
        let first = "The contest for children takes place for the sixth time this year, \
                     and everyone between six and twelve may take part.";
        let second = "Design a poster on the theme of clean water and send it in before \
                      the third of April to the organisers.";
        let html = format!(
            "<body><article><p>{PROSE}</p><h2>The poster contest</h2><h3>{first}</h3>\
             <h4>{second}</h4></article></body>"
        );
        let c = run(&html);
        assert!(c.paragraphs.iter().any(|p| p.text == first));
        assert!(c.paragraphs.iter().any(|p| p.text == second));
    }

    #[test]
    fn an_unlinked_teaser_is_the_lead_and_cards_are_not() {
        let lead = "Die Caritas sieht in der Diskussion um eine Impfpflicht für Mitarbeitende \
                    in der Pflege einen falschen Ansatz, sagt der Verband am Montag in Münster.";
        let html = format!(
            "<body><article><p class=\"teaser\">{lead}</p><p>{PROSE}</p><p>{PROSE} Mehr.</p>\
             </article></body>"
        );
        assert!(run(&html).paragraphs.iter().any(|p| p.text == lead));
        let cards = format!(
            "<body><article><p>{PROSE}</p><p>{PROSE} Mehr.</p></article>\
             <div class=\"teaser\"><p>{lead}</p></div><div class=\"teaser\"><p>{lead}</p></div></body>"
        );
        assert!(!run(&cards).paragraphs.iter().any(|p| p.text == lead));
    }

    #[test]
    fn filing_lines_and_picture_credits() {
        assert_eq!(
            metadata_line("Kategorie: News", false),
            Some(RemovedKind::Metadata)
        );
        assert_eq!(
            metadata_line("Verfasst von: mitundvoneinander | 31. Dezember 2008", false),
            Some(RemovedKind::Metadata)
        );
        assert!(is_credit_line("Foto: Ingo Pertramer"));
        assert!(is_credit_line("(Quelle: Foto Steven Vangermain)"));
        assert!(is_credit_line("Abbildung 4: klassische Schwachschicht."));
        assert!(!is_credit_line(
            "Abbildungen zeigen, wie die Schicht bricht."
        ));
        assert!(!is_credit_line(
            "Figure skating returns to the rink on Friday."
        ));
    }

    #[test]
    fn related_headings_and_ad_labels_in_other_languages() {
        assert!(is_related_title("関連記事"));
        assert!(is_related_title("Leia também:"));
        assert!(!is_related_title("Leia o relatório completo"));
        assert!(is_related_title("Mehr zum Thema"));
        assert!(is_related_title("Weiterführende Informationen"));
        assert!(is_related_title("相关阅读"));
        assert!(!is_related_title("Mehr Geld für Schulen"));
        for (line, kind) in [
            ("Seite teilen", RemovedKind::Share),
            (
                "Síguenos en Telegram, Instagram, Facebook y Twitter",
                RemovedKind::Share,
            ),
            ("Zum Newsletter anmelden", RemovedKind::Subscribe),
            ("War der Artikel nützlich?", RemovedKind::Other),
            (
                "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.",
                RemovedKind::Footer,
            ),
            ("Mehr zum Thema:", RemovedKind::RelatedLinks),
            (
                "To view the full story, please subscribe to The Haitian Times.",
                RemovedKind::Paywall,
            ),
            ("Auch interessant:", RemovedKind::RelatedLinks),
        ] {
            assert_eq!(boilerplate_line(line), Some(kind), "{line}");
        }
        assert!(is_related_title("Weitere Informationen"));
        // A sentence that opens like a one-word section title stays.
        assert_eq!(boilerplate_line("Popular dishes include:"), None);
        assert_eq!(boilerplate_line("Recommended for beginners"), None);
        assert_eq!(
            boilerplate_line("スポンサードリンク"),
            Some(RemovedKind::Advertisement)
        );
    }

    #[test]
    fn repeated_summary_and_inline_bylines_go() {
        let html = format!(
            "<body><article><p>{PROSE}</p><p>{PROSE}</p><p>Other words here.</p></article></body>"
        );
        assert_eq!(run(&html).paragraphs.len(), 2);
        assert_eq!(
            metadata_line(
                "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde",
                true
            ),
            Some(RemovedKind::Metadata)
        );
        assert_eq!(
            metadata_line("This article was originally published by Futurism.", false),
            None
        );
    }
}
