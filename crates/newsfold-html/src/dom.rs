//! An arena DOM filled by html5ever (scripting off, so `<noscript>` is markup).
//!
//! Nodes live in one `Vec` and point at each other by index, so building the
//! tree allocates little and every later pass is an index walk with explicit
//! stacks (no recursion: pages can nest thousands of levels deep).

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::interface::ElemName;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{
    local_name, ns, parse_document, Attribute, LocalName, Namespace, ParseOpts, QualName,
};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

mod raw_text;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = u32;

/// The document node is always first.
pub const DOCUMENT: NodeId = 0;
const NONE: NodeId = u32::MAX;

#[derive(Debug)]
pub enum NodeData {
    Document,
    Element {
        name: LocalName,
        ns: Namespace,
        /// As html5ever made them (converting cost a pass per element); matched by local name.
        attrs: Vec<Attribute>,
    },
    Text(StrTendril),
    /// Comments, doctypes, processing instructions and template fragments: never text.
    Other,
}

#[derive(Debug)]
pub struct Node {
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub next_sibling: NodeId,
    pub prev_sibling: NodeId,
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Self {
        Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            prev_sibling: NONE,
            data,
        }
    }
}

/// A parsed page.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

fn some(id: NodeId) -> Option<NodeId> {
    (id != NONE).then_some(id)
}

impl Dom {
    /// Parses decoded text. Never fails: html5ever repairs any input.
    ///
    /// Script and style contents are half of a typical page's bytes, and the
    /// tokenizer spends much of its time copying them into text nodes. They
    /// are handed to html5ever as one placeholder character each and put back
    /// afterwards, so the tree is the same as from parsing the whole text (but
    /// for inline drawings, which stay empty: see [`raw_text`]); when
    /// the placeholders did not all land where expected (our scan misread the
    /// markup), the page is parsed again whole.
    pub fn parse(text: &str) -> Dom {
        let input = StrTendril::from(text);
        let spans = raw_text::spans(text);
        if spans.is_empty() {
            return parse_chunks(text.len(), std::iter::once(input));
        }
        let mut pos = 0u32;
        let mut chunks = Vec::with_capacity(spans.len() * 2 + 1);
        for span in &spans {
            chunks.push(input.subtendril(pos, span.start - pos));
            chunks.push(StrTendril::from_slice(raw_text::MARK));
            pos = span.end;
        }
        chunks.push(input.subtendril(pos, input.len32() - pos));
        let mut dom = parse_chunks(text.len(), chunks.into_iter());
        if raw_text::restore(&mut dom, &input, &spans) {
            dom
        } else {
            parse_chunks(text.len(), std::iter::once(input))
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].parent)
    }

    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].first_child)
    }

    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].next_sibling)
    }

    /// Children in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// The element's local name, or None for other nodes.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        match &self.nodes[id as usize].data {
            NodeData::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn is_tag(&self, id: NodeId, tag: &str) -> bool {
        self.tag(id).is_some_and(|t| &**t == tag)
    }

    pub fn attr(&self, id: NodeId, attr: &str) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == attr)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// All nodes under `root` (itself included) in document order.
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root,
            next: Some(root),
        }
    }

    /// Text of a subtree, whitespace collapsed (for short things: titles, bylines, meta).
    pub fn text_of(&self, root: NodeId) -> String {
        let mut raw = String::new();
        for id in self.descendants(root) {
            if let Some(t) = self.text(id) {
                if !self.ancestor_is_hidden_text(id, root) {
                    raw.push_str(t);
                }
            }
        }
        collapse_ws(&raw)
    }

    fn ancestor_is_hidden_text(&self, id: NodeId, root: NodeId) -> bool {
        let mut cur = self.parent(id);
        while let Some(p) = cur {
            if let Some(tag) = self.tag(p) {
                if holds_no_visible_text(tag) {
                    return true;
                }
            }
            if p == root {
                break;
            }
            cur = self.parent(p);
        }
        false
    }
}

fn parse_chunks(text_len: usize, chunks: impl Iterator<Item = StrTendril>) -> Dom {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(text_len / 40 + 16)),
        templates: RefCell::new(Vec::new()),
    };
    sink.nodes.borrow_mut().push(Node::new(NodeData::Document));
    let mut parser = parse_document(sink, opts);
    for chunk in chunks {
        parser.process(chunk);
    }
    parser.finish()
}

/// `s.trim()`, with a byte loop for the ASCII ends nearly every text node has.
pub fn trim_ws(s: &str) -> &str {
    let t = s.trim_ascii();
    if t.is_empty() || plain_end(t.as_bytes().first()) && plain_end(t.as_bytes().last()) {
        t
    } else {
        t.trim()
    }
}

/// `s.trim_start()`, likewise.
pub fn trim_ws_start(s: &str) -> &str {
    let t = s.trim_ascii_start();
    if plain_end(t.as_bytes().first()) {
        t
    } else {
        t.trim_start()
    }
}

/// An end byte after ASCII trimming that `str::trim` would keep too. Vertical tab
/// is Unicode whitespace but not ASCII whitespace to Rust.
fn plain_end(b: Option<&u8>) -> bool {
    b.is_some_and(|&b| b.is_ascii() && b != 0x0b)
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    collapse_ws_cow(s).into_owned()
}

/// [`collapse_ws`], borrowing text that is already collapsed (most is).
pub fn collapse_ws_cow(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        // The same test as the loop below, over bytes, without early exits so
        // that it vectorises: text nodes are short, and most are clean.
        let b = s.as_bytes();
        let control = b
            .iter()
            .fold(false, |any, &c| any | (c.wrapping_sub(b'\t') < 5));
        let double_space = b
            .iter()
            .zip(b.iter().skip(1))
            .fold(false, |any, (&x, &y)| any | (x == b' ' && y == b' '));
        let clean = b.first().is_some_and(|&c| c != b' ')
            && b.last().is_some_and(|&c| c != b' ')
            && !control
            && !double_space;
        return if clean {
            Cow::Borrowed(s)
        } else if s.is_empty() {
            Cow::Borrowed("")
        } else {
            Cow::Owned(collapse_ws_owned(s))
        };
    }
    let mut after_space = true;
    let clean = s.chars().all(|c| {
        if c == ' ' {
            !std::mem::replace(&mut after_space, true)
        } else {
            after_space = false;
            !(c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
        }
    });
    if clean && !after_space {
        return Cow::Borrowed(s);
    }
    if s.is_empty() {
        return Cow::Borrowed("");
    }
    Cow::Owned(collapse_ws_owned(s))
}

fn collapse_ws_owned(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = some(self.next)?;
        self.next = self.dom.nodes[cur as usize].next_sibling;
        Some(cur)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next?;
        let dom = self.dom;
        self.next = if let Some(c) = dom.first_child(cur) {
            Some(c)
        } else {
            let mut n = cur;
            loop {
                if n == self.root {
                    break None;
                }
                if let Some(s) = dom.next_sibling(n) {
                    break Some(s);
                }
                match dom.parent(n) {
                    Some(p) => n = p,
                    None => break None,
                }
            }
        };
        Some(cur)
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// (template element, its contents fragment)
    templates: RefCell<Vec<(NodeId, NodeId)>>,
}

/// Elements whose text a reader never sees as text (code, styles, fallbacks, templates).
pub fn holds_no_visible_text(tag: &str) -> bool {
    matches!(tag, "script" | "style" | "noscript" | "template")
}

/// An element's name borrowed from the arena (cloning two atoms per call
/// cost more): html5ever only holds it while reading, never across a mutation.
pub struct NameRef<'a> {
    nodes: Ref<'a, Vec<Node>>,
    id: NodeId,
}

static NO_NS: Namespace = ns!();
static NO_NAME: LocalName = local_name!("");

impl ElemName for NameRef<'_> {
    fn ns(&self) -> &Namespace {
        match &self.nodes[self.id as usize].data {
            NodeData::Element { ns, .. } => ns,
            // The tree builder only asks about elements; answer harmlessly otherwise.
            _ => &NO_NS,
        }
    }
    fn local_name(&self) -> &LocalName {
        match &self.nodes[self.id as usize].data {
            NodeData::Element { name, .. } => name,
            _ => &NO_NAME,
        }
    }
}

impl std::fmt::Debug for NameRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.local_name())
    }
}

impl Sink {
    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        (nodes.len() - 1) as NodeId
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next_sibling = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            nodes[next as usize].prev_sibling = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev_sibling = NONE;
        n.next_sibling = NONE;
    }

    fn append_node(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last_child;
        nodes[child as usize].parent = parent;
        nodes[child as usize].prev_sibling = last;
        if last != NONE {
            nodes[last as usize].next_sibling = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        nodes[parent as usize].last_child = child;
    }

    fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let parent = nodes[sibling as usize].parent;
        let prev = nodes[sibling as usize].prev_sibling;
        nodes[child as usize].parent = parent;
        nodes[child as usize].prev_sibling = prev;
        nodes[child as usize].next_sibling = sibling;
        nodes[sibling as usize].prev_sibling = child;
        if prev != NONE {
            nodes[prev as usize].next_sibling = child;
        } else if parent != NONE {
            nodes[parent as usize].first_child = child;
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = NameRef<'a>;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> NameRef<'a> {
        NameRef {
            nodes: self.nodes.borrow(),
            id: *target,
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let id = self.push(NodeData::Element {
            name: name.local,
            ns: name.ns,
            attrs,
        });
        if flags.template {
            let frag = self.push(NodeData::Other);
            self.templates.borrow_mut().push((id, frag));
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(NodeData::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(c) => {
                Self::append_node(&mut self.nodes.borrow_mut(), *parent, c)
            }
            NodeOrText::AppendText(t) => {
                let mut nodes = self.nodes.borrow_mut();
                let last = nodes[*parent as usize].last_child;
                if last != NONE {
                    if let NodeData::Text(prev) = &mut nodes[last as usize].data {
                        prev.push_tendril(&t);
                        return;
                    }
                }
                nodes.push(Node::new(NodeData::Text(t)));
                let id = (nodes.len() - 1) as NodeId;
                Self::append_node(&mut nodes, *parent, id);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        let templates = self.templates.borrow();
        match templates.iter().rev().find(|(t, _)| t == target) {
            Some((_, frag)) => *frag,
            None => {
                drop(templates);
                // Not a template after all: give it a detached fragment so nothing is shown.
                self.push(NodeData::Other)
            }
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(c) => Self::insert_before(&mut nodes, *sibling, c),
            NodeOrText::AppendText(t) => {
                let prev = nodes[*sibling as usize].prev_sibling;
                if prev != NONE {
                    if let NodeData::Text(p) = &mut nodes[prev as usize].data {
                        p.push_tendril(&t);
                        return;
                    }
                }
                nodes.push(Node::new(NodeData::Text(t)));
                let id = (nodes.len() - 1) as NodeId;
                Self::insert_before(&mut nodes, *sibling, id);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, new_attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element { attrs, .. } = &mut nodes[*target as usize].data {
            for a in new_attrs {
                if !attrs.iter().any(|o| o.name.local == a.name.local) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first_child;
        while child != NONE {
            let next = nodes[child as usize].next_sibling;
            Self::append_node(&mut nodes, *new_parent, child);
            child = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_and_merges_text() {
        let dom = Dom::parse("<p>a<b>b</b>c</p><p>d</p>");
        let ps: Vec<_> = dom
            .descendants(DOCUMENT)
            .filter(|&n| dom.is_tag(n, "p"))
            .collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(dom.text_of(ps[0]), "abc");
    }

    #[test]
    fn noscript_is_markup_and_template_hidden() {
        let dom = Dom::parse("<body><noscript><p>x</p></noscript><template><p>t</p></template>");
        let ps = dom
            .descendants(DOCUMENT)
            .filter(|&n| dom.is_tag(n, "p"))
            .count();
        assert_eq!(ps, 1);
    }

    #[test]
    fn collapse_and_trim_agree_with_the_plain_versions() {
        // Every string of up to five of these characters.
        let alphabet = [' ', 'a', '\t', '\n', '\r', '\u{0b}', '\u{a0}', '\u{200b}'];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
            texts.dedup();
        }
        for t in &texts {
            let got = collapse_ws_cow(t);
            let want = collapse_ws_owned(t);
            assert_eq!(*got, *want, "{t:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), want == *t, "{t:?}");
            assert_eq!(trim_ws(t), t.trim(), "{t:?}");
            assert_eq!(trim_ws_start(t), t.trim_start(), "{t:?}");
        }
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let html = "<div>".repeat(3_000) + "deep";
        let dom = Dom::parse(&html);
        assert!(dom.len() > 1000);
        assert!(dom.text_of(DOCUMENT).contains("deep"));
    }
}
