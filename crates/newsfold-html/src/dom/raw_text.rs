//! Script and style contents set aside before parsing and put back after.
//!
//! html5ever reads the inside of `<script>` and `<style>` only to find the end
//! tag, yet copies every byte of it into a text node on the way. [`spans`]
//! finds those contents with a quick scan; the parser gets one [`MARK`] in
//! place of each; [`restore`] then checks that every mark became the only
//! text of an HTML element of the expected name (so the tokenizer really was
//! reading raw text right there) and puts the original text in its place.
//! Where the contents end needs no check: raw text ends at the first
//! `</script` or `</style` followed by a space, `/` or `>`, except inside a
//! script's `<!--` escape, and scripts holding `<!--` are left alone.
//!
//! Inline `<svg>` drawings are set aside the same way but not put back: the
//! element stays, empty, when nothing inside could have been page text.

use super::{Dom, NodeData, NONE};
use html5ever::ns;
use html5ever::tendril::StrTendril;
use memchr::memmem;

/// Stands in for a set-aside text (a private-use character pages do not contain,
/// checked by [`spans`]).
pub(super) const MARK: &str = "\u{E000}";

/// Shorter contents are not worth a placeholder.
const MIN_LEN: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tag {
    Script,
    Style,
    /// An inline drawing: its contents are dropped, not put back (see [`spans`]).
    Svg,
}

impl Tag {
    fn name(self) -> &'static str {
        match self {
            Tag::Script => "script",
            Tag::Style => "style",
            Tag::Svg => "svg",
        }
    }
}

/// The contents of one element, as byte offsets into the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub start: u32,
    pub end: u32,
    pub tag: Tag,
}

fn starts_with_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// What may follow a tag name inside a tag (the tokenizer turns `\r` into `\n`).
fn ends_name(b: Option<&u8>) -> bool {
    matches!(
        b,
        Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
    )
}

/// `rest` (what follows `<` or `</`) begins with the tag name `name`.
fn starts_with_name(rest: &[u8], name: &[u8]) -> bool {
    starts_with_ignore_case(rest, name) && ends_name(rest.get(name.len()))
}

/// The `>` closing a start tag whose name ends at `from`, skipping quoted attribute values.
fn start_tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        match *b.get(i)? {
            b'>' => return Some(i),
            b'=' => {
                i += 1;
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if let Some(&q @ (b'"' | b'\'')) = b.get(i) {
                    i += 1 + memchr::memchr(q, b.get(i + 1..)?)? + 1;
                }
            }
            _ => i += 1,
        }
    }
}

/// Where the end tag `</name` of raw text starting at `from` begins.
fn end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = at + memmem::find(&b[at..], b"</")?;
        let after = lt + 2;
        if starts_with_name(&b[after..], name) {
            return Some(lt);
        }
        at = after;
    }
}

/// Where scanning resumes after an `<svg>` or `<math>` element starting at `lt`:
/// after its end tag (nested ones of the same name counted), or at the end of
/// the page when it has none.
fn skip_foreign(b: &[u8], lt: usize, name: &[u8]) -> usize {
    let mut depth = 0usize;
    let mut at = lt;
    while let Some(off) = memchr::memchr(b'<', &b[at..]) {
        let pos = at + off;
        at = pos + 1;
        let rest = &b[pos + 1..];
        let (closing, rest) = match rest.strip_prefix(b"/") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if !starts_with_name(rest, name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return at;
            }
        } else {
            depth += 1;
        }
    }
    b.len()
}

/// Tag names that end an svg element when they appear inside it (the HTML
/// standard's list for foreign content): their text belongs to the page.
const BREAKS_OUT_OF_SVG: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
    b"font",
];

/// The contents of an `<svg>` element whose start tag ends at `gt` (not
/// self-closing) and whose matching end tag's `<` is just before `after`, when
/// nothing in it can be page text: no element
/// that breaks out into HTML, no `<foreignObject>`, nested `<svg>`, comment or
/// CDATA section.
/// Icons' paths are about a tenth of what the tokenizer reads on a news page,
/// and no reader of the tree looks inside a drawing.
fn drawing(b: &[u8], gt: usize, after: usize) -> Option<Span> {
    let end = after.checked_sub(1)?;
    // No end tag at all.
    if end <= gt || !b[end..].starts_with(b"</") {
        return None;
    }
    let content = &b[gt + 1..end];
    if content.len() < MIN_LEN || memchr::memchr(0, content).is_some() {
        return None;
    }
    let mut at = 0;
    while let Some(off) = memchr::memchr(b'<', &content[at..]) {
        let rest = &content[at + off + 1..];
        at += off + 1;
        if rest.starts_with(b"!") {
            return None;
        }
        let name = rest.strip_prefix(b"/").unwrap_or(rest);
        // A nested `<svg/>` would have misled the count of end tags.
        if starts_with_ignore_case(name, b"foreignobject") || starts_with_name(name, b"svg") {
            return None;
        }
        let breaks_out = BREAKS_OUT_OF_SVG.iter().any(|t| starts_with_name(name, t));
        if breaks_out {
            return None;
        }
    }
    Some(Span {
        start: (gt + 1) as u32,
        end: end as u32,
        tag: Tag::Svg,
    })
}

/// The script and style contents of a page worth setting aside, in document order.
/// Empty when the page contains [`MARK`] itself or is too large for tendril offsets.
pub(super) fn spans(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    if b.len() >= u32::MAX as usize || memmem::find(b, MARK.as_bytes()).is_some() {
        return out;
    }
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        i = lt + 1;
        let rest = &b[lt + 1..];
        // Only comments and the names below matter: most tags are rejected by their first letter.
        if !matches!(
            rest.first().map(u8::to_ascii_lowercase),
            Some(b'!' | b's' | b'm' | b'i' | b't' | b'x' | b'n' | b'p')
        ) {
            continue;
        }
        if rest.starts_with(b"!--") {
            match memmem::find(&rest[3..], b"-->") {
                Some(end) => i = lt + 4 + end + 3,
                None => break,
            }
            continue;
        }
        // Inside svg and math, script and style are markup like any other.
        if let Some(foreign) = [&b"svg"[..], b"math"]
            .into_iter()
            .find(|n| starts_with_name(rest, n))
        {
            // `<svg/>` has no contents to skip (and no end tag to count).
            let Some(gt) = start_tag_end(b, lt + 1 + foreign.len()) else {
                break;
            };
            if b[gt - 1] == b'/' {
                i = gt + 1;
                continue;
            }
            i = skip_foreign(b, lt, foreign);
            if foreign == b"svg" {
                out.extend(drawing(b, gt, i));
            }
            continue;
        }
        // Other elements whose text is not markup: nothing in them is a tag.
        if let Some(raw) = [
            &b"iframe"[..],
            b"textarea",
            b"title",
            b"xmp",
            b"noembed",
            b"noframes",
            b"plaintext",
        ]
        .into_iter()
        .find(|n| starts_with_name(rest, n))
        {
            let end = start_tag_end(b, lt + 1 + raw.len())
                .and_then(|gt| end_tag(b, gt + 1, raw).filter(|_| raw != b"plaintext"));
            match end {
                Some(end) => i = end,
                None => break,
            }
            continue;
        }
        let tag = if starts_with_ignore_case(rest, b"script") {
            Tag::Script
        } else if starts_with_ignore_case(rest, b"style") {
            Tag::Style
        } else {
            continue;
        };
        let name = tag.name().as_bytes();
        let name_end = lt + 1 + name.len();
        if !ends_name(b.get(name_end)) {
            continue;
        }
        let Some(gt) = start_tag_end(b, name_end) else {
            break;
        };
        let start = gt + 1;
        let Some(end) = end_tag(b, start, name) else {
            break;
        };
        let content = &b[start..end];
        let escaped = tag == Tag::Script && memmem::find(content, b"<!--").is_some();
        if content.len() >= MIN_LEN && !escaped && memchr::memchr(0, content).is_none() {
            out.push(Span {
                start: start as u32,
                end: end as u32,
                tag,
            });
        }
        i = end;
    }
    out
}

/// The text html5ever would have made of a span: line breaks normalised to `\n`.
fn content(input: &StrTendril, span: &Span) -> StrTendril {
    let raw = input.subtendril(span.start, span.end - span.start);
    if memchr::memchr(b'\r', raw.as_bytes()).is_none() {
        return raw;
    }
    let normalised = raw.replace("\r\n", "\n").replace('\r', "\n");
    StrTendril::from(normalised)
}

/// Puts the set-aside texts back; false when any mark is not the only text of
/// the HTML element it was cut from (then the tree cannot be trusted).
pub(super) fn restore(dom: &mut Dom, input: &StrTendril, spans: &[Span]) -> bool {
    let mark = memmem::Finder::new(MARK.as_bytes());
    let mut next = 0;
    for id in 0..dom.nodes.len() {
        let NodeData::Text(t) = &dom.nodes[id].data else {
            continue;
        };
        if mark.find(t.as_bytes()).is_none() {
            continue;
        }
        let Some(span) = spans.get(next) else {
            return false;
        };
        if &**t != MARK {
            return false;
        }
        let parent = dom.nodes[id].parent;
        if parent == NONE {
            return false;
        }
        let p = &dom.nodes[parent as usize];
        let only_child = p.first_child as usize == id && p.last_child as usize == id;
        let namespace = if span.tag == Tag::Svg {
            ns!(svg)
        } else {
            ns!(html)
        };
        let expected = matches!(&p.data, NodeData::Element { name, ns, .. }
            if *ns == namespace && &**name == span.tag.name());
        if !only_child || !expected {
            return false;
        }
        dom.nodes[id].data = if span.tag == Tag::Svg {
            NodeData::Other
        } else {
            NodeData::Text(content(input, span))
        };
        next += 1;
    }
    next == spans.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node's links and data, text included (tendrils print their storage kind).
    fn dump(dom: &Dom) -> Vec<String> {
        dom.nodes
            .iter()
            .map(|n| {
                let data = match &n.data {
                    NodeData::Element { name, ns, attrs } => {
                        let attrs: Vec<_> =
                            attrs.iter().map(|a| (&*a.name.local, &*a.value)).collect();
                        format!("<{ns:?} {name:?} {attrs:?}>")
                    }
                    NodeData::Text(t) => format!("{:?}", &**t),
                    other => format!("{other:?}"),
                };
                let links = (
                    n.parent,
                    n.first_child,
                    n.last_child,
                    n.next_sibling,
                    n.prev_sibling,
                );
                format!("{links:?} {data}")
            })
            .collect()
    }

    fn parsed_equal(html: &str) {
        let fast = Dom::parse(html);
        let whole = super::super::parse_chunks(html.len(), std::iter::once(StrTendril::from(html)));
        assert_eq!(dump(&fast), dump(&whole), "{html}");
    }

    #[test]
    fn finds_script_and_style_contents() {
        let js = "var a = '<b>' + \"</scripts>\"; if (a < b) { go(); } // long enough";
        let html = format!("<head><style media='x>y'>body {{ color: red; margin: 0; padding: 0 }}</style></head><body><script type=\"a>b\">{js}</SCRIPT ><p>x</p>");
        let s = spans(&html);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tag, Tag::Style);
        assert_eq!(
            &html[s[1].start as usize..s[1].end as usize],
            js,
            "the script runs to its real end tag"
        );
        parsed_equal(&html);
    }

    /// Element names and texts in document order, leaving out what is inside drawings.
    fn outside_drawings(dom: &Dom) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![crate::dom::DOCUMENT];
        while let Some(id) = stack.pop() {
            let node = &dom.nodes[id as usize];
            match &node.data {
                NodeData::Element { name, .. } => out.push(format!("<{name}>")),
                NodeData::Text(t) => out.push(t.to_string()),
                _ => {}
            }
            if dom.is_tag(id, "svg") {
                continue;
            }
            let first = stack.len();
            stack.extend(dom.children(id));
            stack[first..].reverse();
        }
        out
    }

    #[test]
    fn drawings_are_dropped_and_the_page_around_them_kept() {
        let path = "<path d='M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10'/>";
        let html = format!(
            "<p>before<svg viewBox='0 0 24 24'><title>Share</title>{path}<g>{path}</g></svg>after</p>\
             <svg/><p>x</p><svg><style>.a{{fill:red}}</style>{path}</svg><p>y</p>\
             <svg><script>var a = 1; // inside a drawing</script>{path}</svg>"
        );
        let spans = spans(&html);
        assert_eq!(spans.iter().filter(|s| s.tag == Tag::Svg).count(), 3);
        let fast = Dom::parse(&html);
        let whole =
            super::super::parse_chunks(html.len(), std::iter::once(StrTendril::from(&*html)));
        assert_eq!(outside_drawings(&fast), outside_drawings(&whole));
        assert!(!fast.text_of(crate::dom::DOCUMENT).contains("Share"));
        assert!(fast.text_of(crate::dom::DOCUMENT).contains("beforeafter"));
    }

    #[test]
    fn drawings_that_may_hold_page_text_are_parsed_whole() {
        let path = "<path d='M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10'/>";
        for inner in [
            // HTML tags end the drawing; foreignObject holds HTML; comments and
            // CDATA may hide an end tag; a nested <svg/> misleads the count.
            format!("{path}<p>text</p>"),
            format!("{path}</p>text"),
            format!("{path}<foreignObject><div>text</div></foreignObject>"),
            format!("{path}<!-- </svg> -->"),
            format!("{path}<![CDATA[ </svg> ]]>"),
            format!("{path}<svg/></svg><a>text</a><svg>"),
            format!("{path}<FONT color=red>text</FONT>"),
        ] {
            let html = format!("<body><svg>{inner}</svg><p>after</p>");
            assert!(spans(&html).iter().all(|s| s.tag != Tag::Svg), "{html}");
            parsed_equal(&html);
        }
    }

    #[test]
    fn same_tree_when_the_scan_is_wrong() {
        let filler = "x".repeat(40);
        for html in [
            // Inside a comment, an attribute value, a textarea, an svg, an escape.
            format!("<!-- <script>{filler}</script> --><p>a</p>"),
            format!("<p title='<script>{filler}'></script></p>"),
            format!("<textarea><script>{filler}</script></textarea>"),
            format!("<svg><style>{filler}<b>x</b></style></svg><p>b</p>"),
            format!("<svg><script>{filler}</script><b>x</b></svg>"),
            format!("<svg x=a/><script>{filler}</script><p>g</p>"),
            format!("<script>{filler}<!--<script>{filler}</script>--></script><p>c</p>"),
            format!("<script>{filler}\r\n{filler}\r</script><p>d</p>"),
            format!("<select><style>{filler}</style></select>"),
            format!("<iframe src=x /><script>{filler}</script></iframe><p>f</p>"),
            format!("<plaintext><script>{filler}</script>"),
            format!("<table><style>{filler}</style><tr><td>e</td></tr></table>"),
            format!("<script>{filler}"),
            format!("<style>{filler}</style"),
            format!("<p>\u{E000}</p><script>{filler}</script>"),
        ] {
            parsed_equal(&html);
        }
    }
}
