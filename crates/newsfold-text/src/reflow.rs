//! Lines to blocks: rejoins hard-wrapped lines into paragraphs and words
//! hyphenated across lines, and splits where a paragraph visibly ends.

use crate::features::{ends_sentence, is_alnum, is_stop_word, last_word_lower, starts_lower};
use crate::metadata::byline_authors;
use std::collections::HashSet;

/// One input line after character clean-up, with its layout.
#[derive(Debug, Clone, Default)]
pub struct PreparedLine {
    /// Text without leading spaces or bullet glyph.
    pub text: String,
    pub indent: usize,
    pub bullet: bool,
    pub page: Option<u32>,
    pub font_size: Option<f32>,
    pub y: Option<f32>,
    pub bold: bool,
    /// Set as the headline by a layout-aware reader.
    pub headline: bool,
    /// Page furniture or otherwise taken out before reflow.
    pub skip: bool,
}

/// A paragraph-sized unit of the input: what gets classified.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    pub text: String,
    /// Index of its first input line.
    pub first_line: usize,
    pub indent: usize,
    pub bullet: bool,
    pub page: Option<u32>,
    pub font_size: Option<f32>,
    pub bold: bool,
    /// Its lines were set as the headline by a layout-aware reader.
    pub headline: bool,
}

/// Groups lines into blocks and reflows each.
pub fn reflow(lines: &[PreparedLine]) -> Vec<Block> {
    let mut vocabulary: Option<HashSet<String>> = None;
    let mut blocks: Vec<Block> = Vec::new();
    // Whether page furniture or a page change sits between the last block and the next.
    let mut page_break_before = Vec::new();
    let mut i = 0;
    let mut crossed_page = false;
    while i < lines.len() {
        if lines[i].skip || lines[i].text.is_empty() {
            if lines[i].skip {
                crossed_page = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < lines.len()
            && !lines[i].skip
            && !lines[i].text.is_empty()
            && same_chunk(&lines[i - 1], &lines[i])
        {
            i += 1;
        }
        let chunk = &lines[start..i];
        let page_changed = blocks
            .last()
            .is_some_and(|b: &Block| b.page.is_some() && b.page != chunk[0].page);
        let before = blocks.len();
        split_chunk(chunk, start, lines, &mut vocabulary, &mut blocks);
        for k in before..blocks.len() {
            page_break_before.push(k == before && (crossed_page || page_changed));
        }
        crossed_page = false;
    }
    join_across_breaks(blocks, &page_break_before)
}

/// Consecutive non-empty lines belong to one chunk unless the layout says otherwise.
fn same_chunk(a: &PreparedLine, b: &PreparedLine) -> bool {
    if a.page != b.page || a.headline != b.headline {
        return false;
    }
    if let (Some(fa), Some(fb)) = (a.font_size, b.font_size) {
        if (fa - fb).abs() > 0.6 {
            return false;
        }
        if let (Some(ya), Some(yb)) = (a.y, b.y) {
            if yb - ya > fa.max(fb) * 2.2 {
                return false;
            }
        }
    }
    true
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Splits a run of adjacent lines into paragraphs and pushes them.
fn split_chunk(
    chunk: &[PreparedLine],
    first_index: usize,
    all: &[PreparedLine],
    vocabulary: &mut Option<HashSet<String>>,
    out: &mut Vec<Block>,
) {
    let lens: Vec<usize> = chunk.iter().map(|l| char_len(&l.text)).collect();
    let width = lens.iter().copied().max().unwrap_or(0);
    let open_ends = chunk[..chunk.len() - 1]
        .iter()
        .filter(|l| !ends_sentence(&l.text))
        .count();
    // Hard-wrapped text breaks lines inside sentences; one-line-per-paragraph text does not.
    let wrapped = chunk.len() > 1 && open_ends * 4 >= chunk.len() - 1;
    let mut current = new_block(&chunk[0], first_index);
    for k in 1..chunk.len() {
        let (a, b) = (&chunk[k - 1], &chunk[k]);
        // A headline the reader marked is one block, however its lines end.
        let join = if a.headline && b.headline {
            Join::Space
        } else {
            join_kind(a, b, lens[k - 1], width, wrapped)
        };
        match join {
            Join::Break => {
                out.push(std::mem::replace(
                    &mut current,
                    new_block(b, first_index + k),
                ));
            }
            Join::Space => {
                current.text.push(' ');
                current.text.push_str(&b.text);
            }
            Join::Hyphen => {
                let vocab = vocabulary.get_or_insert_with(|| build_vocabulary(all));
                if keep_hyphen(&current.text, &b.text, vocab) {
                    current.text.push_str(&b.text);
                } else {
                    current.text.pop();
                    current.text.push_str(&b.text);
                }
            }
        }
    }
    out.push(current);
}

fn new_block(line: &PreparedLine, index: usize) -> Block {
    Block {
        text: line.text.clone(),
        first_line: index,
        indent: line.indent,
        bullet: line.bullet,
        page: line.page,
        font_size: line.font_size,
        bold: line.bold,
        headline: line.headline,
    }
}

#[derive(Debug, PartialEq)]
enum Join {
    Break,
    Space,
    /// `a` ends with a hyphen that may only be there because of the line break.
    Hyphen,
}

fn join_kind(
    a: &PreparedLine,
    b: &PreparedLine,
    a_len: usize,
    width: usize,
    wrapped: bool,
) -> Join {
    if b.bullet {
        return Join::Break;
    }
    let b_lower = starts_lower(&b.text);
    // A byline under a headline is its own line, however
    // full the headline's last line is.
    if !b_lower && byline_authors(&b.text).is_some() {
        return Join::Break;
    }
    if b.indent != a.indent && !b_lower {
        return Join::Break;
    }
    if b_lower && ends_with_break_hyphen(&a.text) {
        return Join::Hyphen;
    }
    let full = |share: f64| a_len as f64 >= share * width as f64;
    if !ends_sentence(&a.text) {
        let a_trim = a.text.trim_end();
        if b_lower {
            return Join::Space;
        }
        // In wrapped text a comma, dash or short function word at the end carries on.
        // A salutation ("Dear readers,") is much shorter than what follows it.
        let comparable = a_len * 5 >= char_len(&b.text) * 3;
        if wrapped && comparable && a_trim.ends_with([',', '—', '–']) {
            return Join::Space;
        }
        let last = last_word_lower(a_trim);
        if wrapped
            && comparable
            && is_stop_word(&last)
            && last.chars().count() <= 4
            && !a_trim.ends_with(['"', '”', ')'])
        {
            return Join::Space;
        }
        if wrapped && full(0.6) {
            return Join::Space;
        }
        return Join::Break;
    }
    // A full line ending in an abbreviation ("Gov.", "Oct.") carries on.
    if wrapped && full(0.8) && (b_lower || ends_with_abbreviation(&a.text)) {
        return Join::Space;
    }
    Join::Break
}

fn ends_with_break_hyphen(text: &str) -> bool {
    let mut rev = text.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(|c| c.is_alphabetic())
}

fn ends_with_abbreviation(text: &str) -> bool {
    let last = text.split_whitespace().next_back().unwrap_or("");
    let core = last.trim_end_matches('.');
    last.ends_with('.')
        && !core.is_empty()
        && core.chars().count() <= 3
        && core.chars().next().is_some_and(|c| c.is_uppercase())
        && core.chars().all(|c| c.is_alphabetic())
}

/// Lower-cased words of the whole input, to tell a line-break hyphen from a
/// real compound by how the word is written elsewhere.
fn build_vocabulary(lines: &[PreparedLine]) -> HashSet<String> {
    let mut set = HashSet::new();
    for l in lines {
        for w in l.text.split_whitespace() {
            let w = w.trim_matches(|c: char| !is_alnum(c));
            if w.chars().count() > 2 {
                set.insert(w.to_lowercase());
            }
        }
    }
    set
}

/// `head` ends with "word-", `tail` starts with the rest.
fn keep_hyphen(head: &str, tail: &str, vocab: &HashSet<String>) -> bool {
    let first = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_end_matches('-')
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let second: String = tail
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    // A capitalised first part is a name in a compound ("Hamas-run", "Anglo-").
    if first.chars().next().is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    // Already a compound on the left ("state-of-").
    if first.contains('-') {
        return true;
    }
    let hyphenated = format!("{}-{}", first, second).to_lowercase();
    let joined = format!("{}{}", first, second).to_lowercase();
    if vocab.contains(&joined) {
        return false;
    }
    vocab.contains(&hyphenated)
}

/// Rejoins a paragraph cut by a page break or a stray blank line: the first
/// part does not end a sentence and the second goes on in lower case, or a
/// page break falls between them.
fn join_across_breaks(blocks: Vec<Block>, page_break_before: &[bool]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for (k, b) in blocks.into_iter().enumerate() {
        if let Some(prev) = out.last_mut() {
            // Only compared with 8 and 12: no need to count a long block through.
            let prev_words = prev.text.split_whitespace().take(12).count();
            let open = !ends_sentence(&prev.text) && !prev.text.ends_with('-');
            let continues = !b.bullet
                && open
                && prev_words >= 8
                && (starts_lower(&b.text) || (page_break_before[k] && prev_words >= 12));
            if continues && prev.font_size == b.font_size && prev.headline == b.headline {
                prev.text.push(' ');
                prev.text.push_str(&b.text);
                continue;
            }
        }
        out.push(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<PreparedLine> {
        text.lines()
            .map(|l| PreparedLine {
                text: l.trim_start().to_string(),
                indent: l.len() - l.trim_start().len(),
                ..PreparedLine::default()
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        reflow(&lines(text)).into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn wrapped_lines_become_one_paragraph() {
        let t = "The Russian foreign minister on Wednesday called on UN chief to organize\nan international conference to find a lasting solution to the war between\nIsrael and the Palestinians.\nMoscow has repeatedly called for the creation of a Palestinian state.";
        assert_eq!(texts(t), vec![
            "The Russian foreign minister on Wednesday called on UN chief to organize an international conference to find a lasting solution to the war between Israel and the Palestinians.",
            "Moscow has repeatedly called for the creation of a Palestinian state.",
        ]);
    }

    #[test]
    fn one_line_paragraphs_stay_apart() {
        let t = "First paragraph is a whole line and ends here.\nSecond paragraph starts with a capital letter.";
        assert_eq!(texts(t).len(), 2);
    }

    #[test]
    fn salutation_line_stays_apart_in_unwrapped_text() {
        let t = "He said the talks had ended without any agreement on Tuesday.\nDear readers,\nWe are facing unprecedented challenges this year.";
        assert_eq!(texts(t).len(), 3);
    }

    #[test]
    fn indent_starts_a_paragraph() {
        let t = "the Gulf Cooperation Council.\n \"The UN should play a role,\" he said.";
        assert_eq!(texts(t).len(), 2);
    }

    #[test]
    fn split_headline_is_rejoined() {
        let t = "Moscow Calls for UN Conference To\nSolve Israel Conflict 'Forever'";
        assert_eq!(
            texts(t),
            vec!["Moscow Calls for UN Conference To Solve Israel Conflict 'Forever'"]
        );
    }

    #[test]
    fn byline_under_a_full_headline_line_stays_apart() {
        let t = "Tesla's new Cybertruck has a window problem and the shares fall sharply on\nBy Jill Disis, CNN Business";
        assert_eq!(texts(t).len(), 2);
    }

    #[test]
    fn hyphenation() {
        let t = "this is an inter-\nnational story about a state that is long enough to wrap\nthe Hamas-\nrun ministry and a well-\nknown well-known fact.";
        assert_eq!(texts(t), vec![
            "this is an international story about a state that is long enough to wrap the Hamas-run ministry and a well-known well-known fact.",
        ]);
    }

    #[test]
    fn page_break_inside_sentence_is_joined() {
        let mut ls = lines("Kentucky Democrats beat incumbent Gov. Matt and more words in it here\n1/3\nBevin in a state Trump won by 30 points.");
        ls[1].skip = true;
        assert_eq!(reflow(&ls).len(), 1);
    }
}
