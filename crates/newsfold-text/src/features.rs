//! Counts that describe how much a block of text reads like prose.

use newsfold_read::is_unspaced_script;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// High-frequency function words of the languages news most often comes in
/// (en, de, fr, es, it, pt, nl, ru). Written for this crate from general
/// knowledge of those languages; a support signal only.
const STOP_WORDS: &[&str] = &[
    // en
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by",
    "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this",
    "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    "not", "no", "if", "which", "who", "what", "when", "than", "then", "there", "would", "will",
    "can", "could", "said", "about", "after", "into", "also", "more", "so", "do", "did",
    // de
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "des",
    "auf", "für", "im", "dem", "auch", "es", "an", "als", "wie", "wird", "bei", "oder", "sie",
    // fr
    "le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "dans", "pour", "pas",
    "sur", "au", "il", "elle", "ne", "se", "par", "avec", "ce", "sont", "aux",
    // es / pt / it
    "el", "los", "las", "y", "que", "en", "por", "con", "para", "una", "es", "lo", "se", "del",
    "al", "como", "más", "pero", "su", "o", "os", "as", "um", "uma", "não", "com", "da", "do",
    "dos", "das", "na", "no", "e", "é", "il", "di", "che", "per", "della", "non", "sono", "nel",
    "gli", "lo", "dei", "alla", "ha", // nl
    "de", "het", "een", "en", "van", "is", "op", "te", "dat", "niet", "zijn", "voor", "met",
    // ru
    "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "к", "из", "за", "от", "но",
    "его", "для", "о", "же", "так", "все", "они",
];

/// FNV-1a: a fast hash for short words (the set is fixed, not attacker-fed).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

pub type FnvSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;
pub type FnvMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Words that address the reader or speak for the publisher: dense in
/// appeals, rare in reported news.
const PERSON_WORDS: &[&str] = &[
    "we", "us", "our", "you", "your", "wir", "uns", "unser", "sie", "ihr", "nous", "vous", "votre",
    "notre", "nosotros", "nuestro", "usted", "noi", "nostro", "nós", "nosso", "você", "мы", "нас",
    "наш", "вы", "ваш",
];

/// Of those, the words that address the reader.
const YOU_WORDS: &[&str] = &[
    "you", "your", "sie", "ihr", "vous", "votre", "usted", "você", "вы", "ваш",
];

const STOP: u8 = 1;
const PERSON: u8 = 2;
const YOU: u8 = 4;

/// The function words above, each with its classes. A word is packed into a
/// `u128` (none is longer than 16 bytes), so a lookup is a multiply and a
/// compare or two: it runs for nearly every word of the input.
struct WordClasses {
    slots: Vec<(u128, u8)>,
    shift: u32,
}

const WORD_SLOTS_LOG2: u32 = 10;

fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    Some(
        word.iter()
            .enumerate()
            .fold(0u128, |key, (i, &b)| key | (b as u128) << (8 * i)),
    )
}

impl WordClasses {
    fn build() -> WordClasses {
        let mut table = WordClasses {
            slots: vec![(0, 0); 1 << WORD_SLOTS_LOG2],
            shift: 64 - WORD_SLOTS_LOG2,
        };
        for (words, class) in [(STOP_WORDS, STOP), (PERSON_WORDS, PERSON), (YOU_WORDS, YOU)] {
            for word in words {
                let key = pack(word.as_bytes()).expect("function words are 1 to 16 bytes");
                let mut slot = table.slot_of(key);
                while table.slots[slot].0 != 0 && table.slots[slot].0 != key {
                    slot = (slot + 1) & (table.slots.len() - 1);
                }
                table.slots[slot].0 = key;
                table.slots[slot].1 |= class;
            }
        }
        table
    }

    fn slot_of(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (folded.wrapping_mul(0xff51_afd7_ed55_8ccd) >> self.shift) as usize
    }

    /// The classes of a lower-cased word (0 for none).
    fn of(&self, lower: &[u8]) -> u8 {
        pack(lower).map_or(0, |key| self.of_key(key))
    }

    /// The classes of a packed word (0, the empty word, has none).
    fn of_key(&self, key: u128) -> u8 {
        if key == 0 {
            return 0;
        }
        let mut slot = self.slot_of(key);
        loop {
            match self.slots[slot] {
                (0, _) => return 0,
                (k, classes) if k == key => return classes,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
    }
}

fn word_classes() -> &'static WordClasses {
    static TABLE: OnceLock<WordClasses> = OnceLock::new();
    TABLE.get_or_init(WordClasses::build)
}

/// What a block's words look like.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    pub chars: usize,
    pub words: usize,
    /// Words that begin with a lower-case letter.
    pub lower_words: usize,
    /// Words that begin with an upper-case letter.
    pub upper_words: usize,
    pub stop_words: usize,
    pub person_words: usize,
    /// Of those, words that address the reader (you, your, vous, Sie...).
    pub you_words: usize,
    /// Words without any letter (numbers, symbols).
    pub letterless_words: usize,
    /// Link-like tokens (URLs, e-mail addresses, handles).
    pub link_words: usize,
    /// Ends like a sentence (. ! ? … : possibly followed by closing quotes).
    pub terminal: bool,
    /// Characters of scripts written without spaces (CJK, Thai).
    pub unspaced_chars: usize,
    /// Words that end a sentence (. ! ? … and full-width forms, before closing quotes).
    pub sentence_ends: usize,
}

impl Features {
    pub fn of(text: &str) -> Features {
        let mut f = Features {
            terminal: ends_sentence(text),
            ..Features::default()
        };
        let mut state = WordState::default();
        // A vertical tab splits words for `char` but not for `u8`.
        if text.is_ascii() && !text.as_bytes().contains(&0x0b) {
            for word in text.split_ascii_whitespace() {
                state.ascii_word(word, &mut f);
            }
        } else {
            for word in text.split_whitespace() {
                if word.is_ascii() {
                    state.ascii_word(word, &mut f);
                } else {
                    state.word(word, &mut f);
                }
            }
        }
        // A CJK character carries about what three letters of a spaced script do.
        f.chars = f.chars.saturating_sub(1) + 2 * f.unspaced_chars;
        f
    }

    /// Share of lettered words that start lower-case: high in running prose,
    /// low in menus, names and headlines.
    pub fn lower_ratio(&self) -> f64 {
        let lettered = self.lower_words + self.upper_words;
        if lettered == 0 {
            0.0
        } else {
            self.lower_words as f64 / lettered as f64
        }
    }

    pub fn stop_ratio(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.stop_words as f64 / self.words as f64
        }
    }

    pub fn person_ratio(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.person_words as f64 / self.words as f64
        }
    }

    /// A long run of words with hardly a sentence end and few function
    /// words: headlines and keyword strings of a link list glued into one
    /// block, not a paragraph (news sentences rarely pass 80 words).
    pub fn is_glued_list(&self) -> bool {
        self.words >= GLUED_LIST_WORDS
            && self.sentence_ends * WORDS_PER_SENTENCE_LIMIT < self.words
            && self.stop_ratio() < 0.25
    }

    /// Reads as running prose: long enough, mostly lower-case words.
    pub fn is_prose(&self) -> bool {
        if self.unspaced_chars >= 30 || (self.unspaced_chars >= 12 && self.terminal) {
            return true;
        }
        !self.is_glued_list()
            && self.words >= 10
            && self.lower_ratio() >= 0.45
            && (self.terminal || self.words >= 25)
            && self.link_words * 4 < self.words
    }
}

/// What [`Features::of`] carries from word to word.
#[derive(Default)]
struct WordState {
    /// Inside a quotation: its words are someone else's.
    in_quote: bool,
    lower: String,
}

impl WordState {
    /// Counts one word of any script.
    fn word(&mut self, word: &str, f: &mut Features) {
        if word.starts_with(['"', '“', '«', '„']) {
            self.in_quote = true;
        }
        let closes_quote = word
            .trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '"')
            .ends_with(['"', '”', '»'])
            || word.ends_with(['"', '”', '»']);
        f.words += 1;
        if ends_sentence_word(word) {
            f.sentence_ends += 1;
        }
        f.chars += word.chars().count() + 1;
        if is_link_like(word) {
            f.link_words += 1;
        } else {
            let core = word.trim_matches(|c: char| !is_alnum(c));
            match core.chars().find(|&c| is_letter(c)) {
                None => f.letterless_words += 1,
                Some(first) => {
                    if first.is_lowercase() {
                        f.lower_words += 1;
                    } else if first.is_uppercase() {
                        f.upper_words += 1;
                    }
                    f.unspaced_chars += core.chars().filter(|&c| is_unspaced_script(c)).count();
                    if core.len() <= 10 {
                        self.lower.clear();
                        for c in core.chars() {
                            push_lower(&mut self.lower, c);
                        }
                        count_function_word(self.lower.as_bytes(), self.in_quote, f);
                    }
                }
            }
        }
        if closes_quote {
            self.in_quote = false;
        }
    }

    /// Counts one ASCII word: [`WordState::word`] on bytes, for the common case.
    fn ascii_word(&mut self, text: &str, f: &mut Features) {
        let word = text.as_bytes();
        if word.first() == Some(&b'"') {
            self.in_quote = true;
        }
        // The word's letters and digits, and the punctuation after them.
        let (core, tail) = match word.iter().position(u8::is_ascii_alphanumeric) {
            Some(start) => {
                let end = word
                    .iter()
                    .rposition(u8::is_ascii_alphanumeric)
                    .unwrap_or(start);
                (&word[start..=end], &word[end + 1..])
            }
            None => (&word[..0], word),
        };
        // A quote mark among the closing punctuation (an alphanumeric stops the search).
        let closes_quote = tail
            .iter()
            .rev()
            .find(|&&b| b == b'"' || !b.is_ascii_punctuation())
            == Some(&b'"');
        f.words += 1;
        let unquoted = tail
            .iter()
            .rev()
            .find(|b| !matches!(b, b'"' | b'\'' | b')' | b']'));
        if matches!(unquoted, Some(b'.' | b'!' | b'?')) {
            f.sentence_ends += 1;
        }
        f.chars += word.len() + 1;
        if is_link_like(text) {
            f.link_words += 1;
        } else {
            match core.iter().find(|b| b.is_ascii_alphabetic()) {
                None => f.letterless_words += 1,
                Some(first) => {
                    if first.is_ascii_lowercase() {
                        f.lower_words += 1;
                    } else {
                        f.upper_words += 1;
                    }
                    if core.len() <= 10 {
                        count_ascii_function_word(core, self.in_quote, f);
                    }
                }
            }
        }
        if closes_quote {
            self.in_quote = false;
        }
    }
}

/// Counts a lower-cased word that may be a stop word or a person word.
fn count_function_word(lower: &[u8], in_quote: bool, f: &mut Features) {
    let table = word_classes();
    let classes = table.of(lower);
    // "you're" counts as "you".
    let base_classes = || {
        if lower.iter().any(|&b| b == b'\'' || b == 0xe2) {
            let base = std::str::from_utf8(lower)
                .map_or("", |w| w.split(['\'', '’']).next().unwrap_or(""));
            table.of(base.as_bytes())
        } else {
            classes
        }
    };
    count_classes(classes, in_quote, base_classes, f);
}

/// [`count_function_word`] for an ASCII word (at most 10 bytes), packed
/// lower-cased while it is read.
fn count_ascii_function_word(core: &[u8], in_quote: bool, f: &mut Features) {
    let mut key = 0u128;
    let mut apostrophe = None;
    for (i, &b) in core.iter().enumerate() {
        key |= (b.to_ascii_lowercase() as u128) << (8 * i);
        if b == b'\'' && apostrophe.is_none() {
            apostrophe = Some(i);
        }
    }
    let table = word_classes();
    let classes = table.of_key(key);
    let base_classes = || match apostrophe {
        // The word up to its apostrophe: the low bytes of the key.
        Some(at) => table.of_key(key & ((1u128 << (8 * at)) - 1)),
        None => classes,
    };
    count_classes(classes, in_quote, base_classes, f);
}

/// Counts a word's classes; a person word counts by its base (before any
/// apostrophe), and not inside a quotation: those words are someone else's.
fn count_classes(classes: u8, in_quote: bool, base_classes: impl FnOnce() -> u8, f: &mut Features) {
    if classes & STOP != 0 {
        f.stop_words += 1;
    }
    if in_quote {
        return;
    }
    let base_classes = base_classes();
    if base_classes & PERSON != 0 {
        f.person_words += 1;
        if base_classes & YOU != 0 {
            f.you_words += 1;
        }
    }
}

/// Blocks at least this long may be glued link lists.
const GLUED_LIST_WORDS: usize = 100;

/// Average sentence length above which a long block is not prose.
const WORDS_PER_SENTENCE_LIMIT: usize = 80;

/// The word ends a sentence: . ! ? … or a full-width stop, before closing
/// quotes or brackets. Abbreviations count too; it is a density signal.
fn ends_sentence_word(word: &str) -> bool {
    let last = word
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .chars()
        .next_back();
    matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？'))
}

pub fn is_link_like(word: &str) -> bool {
    if !word.bytes().any(|b| matches!(b, b'.' | b'@' | b':')) {
        return false;
    }
    let w = word.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | '.' | '"'));
    w.starts_with("http://")
        || w.starts_with("https://")
        || w.starts_with("www.")
        || w.starts_with("file://")
        || (w.contains('@') && w.contains('.') && !w.starts_with('@'))
        || ((w.ends_with(".com") || w.ends_with(".org") || w.ends_with(".net")) && w.len() > 5)
}

/// True when `text` ends like a sentence or a lead-in (. ! ? … : and their
/// full-width forms), ignoring closing quotes and brackets.
pub fn ends_sentence(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', ';'])
}

/// The first letter of the text, if it is lower-case (continuation of a sentence).
pub fn starts_lower(text: &str) -> bool {
    text.trim_start()
        .chars()
        .find(|&c| is_alnum(c))
        .is_some_and(|c| c.is_lowercase())
}

/// Appends `c` lower-cased, as `char::to_lowercase` gives it, with basic
/// Cyrillic done by arithmetic instead of the Unicode tables.
fn push_lower(out: &mut String, c: char) {
    let quick = match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        'а'..='я' | 'ѐ'..='џ' => Some(c),
        _ => None,
    };
    match quick {
        Some(lower) => out.push(lower),
        None => out.extend(c.to_lowercase()),
    }
}

/// `text` lower-cased, as `str::to_lowercase` does it, but with ASCII runs
/// copied and lowered whole: std goes character by character from the first
/// non-ASCII character on, and most blocks have a curly quote early.
pub fn lower_case(text: &str) -> String {
    // Only capital sigma lowers differently by its place in a word.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            push_lower(&mut out, c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Whether `c` is a letter, answered without the Unicode tables for the
/// scripts most news comes in (a lookup there costs hundreds of
/// instructions, and trims and word scans ask for every word): ASCII,
/// Latin-1 and Latin Extended-A letters, basic Cyrillic, and the quotes and
/// dashes around words. `None` leaves it to the tables.
#[inline]
fn quick_letter(c: char) -> Option<bool> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(true),
        '\0'..='\x7f' => Some(false),
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{17f}' => Some(true),
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => Some(true),
        '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '—' | '–' | '…' | '•' | '·' | '\u{a0}' => {
            Some(false)
        }
        _ => None,
    }
}

/// `char::is_alphabetic`, quickly for common scripts.
#[inline]
pub fn is_letter(c: char) -> bool {
    quick_letter(c).unwrap_or_else(|| c.is_alphabetic())
}

/// `char::is_alphanumeric`, quickly for common scripts.
#[inline]
pub fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || quick_letter(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// Lower-cased last word of `text`, without punctuation.
pub fn last_word_lower(text: &str) -> String {
    text.split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !is_alnum(c))
        .to_lowercase()
}

/// One character folded for loose comparison: lower case, quotes straight.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `text` without `prefix`, compared loosely; byte offsets stay those of `text`.
pub fn strip_prefix_loose<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if fold_char(c) != fold_char(p) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

/// Byte range of the first loose match of `needle` in `hay`.
pub fn find_loose(hay: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    hay.char_indices().find_map(|(i, _)| {
        strip_prefix_loose(&hay[i..], needle).map(|rest| (i, hay.len() - rest.len()))
    })
}

pub fn is_stop_word(lower: &str) -> bool {
    word_classes().of(lower.as_bytes()) & STOP != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`Features::of`] without the ASCII fast path.
    fn of_any_script(text: &str) -> Features {
        let mut f = Features {
            terminal: ends_sentence(text),
            ..Features::default()
        };
        let mut state = WordState::default();
        for word in text.split_whitespace() {
            state.word(word, &mut f);
        }
        f.chars = f.chars.saturating_sub(1) + 2 * f.unspaced_chars;
        f
    }

    proptest! {
        #[test]
        fn ascii_fast_path_counts_as_the_general_one(
            text in "([a-zA-Z0-9]{1,12}|[ .,!?:'\"()\\[\\]@/-]|www\\.x\\.com|\"We|you're){0,40}"
        ) {
            prop_assert_eq!(Features::of(&text), of_any_script(&text));
        }
    }

    #[test]
    fn quick_lowering_is_the_unicode_one() {
        for c in '\u{80}'..='\u{2fff}' {
            let mut quick = String::new();
            push_lower(&mut quick, c);
            assert_eq!(quick, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn quick_classes_are_the_unicode_ones() {
        for c in
            ('\0'..='\u{2fff}').chain(['“', '”', '‘', '’', '«', '»', '„', '—', '–', '…', '•', '·'])
        {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn lower_case_is_to_lowercase(text in "([A-Za-z .,]{0,8}|[ÀÉÖİẞΣΑΩДЖ“”’ﬁ]){0,30}") {
            prop_assert_eq!(lower_case(&text), text.to_lowercase());
        }
    }

    #[test]
    fn prose_and_menus_differ() {
        let prose = Features::of("The Russian foreign minister on Wednesday called on the UN chief to organize an international conference.");
        assert!(prose.is_prose());
        let menu = Features::of("Home World U.S. Politics Economy Business Tech Markets Opinion");
        assert!(!menu.is_prose());
        assert!(menu.lower_ratio() < 0.2);
    }

    #[test]
    fn reader_address_outside_quotes_only() {
        assert_eq!(
            Features::of("We need your help, you're great.").person_words,
            3
        );
        assert_eq!(
            Features::of("\"We will see,\" Mayer said of you.").person_words,
            1
        );
    }

    #[test]
    fn glued_link_lists_are_not_prose() {
        let item = "Royal wedding 2020 queen news prince philip health latest queen elizabeth ii wedding anniversary Queen and Prince Philip spend anniversary apart ";
        let glued = Features::of(&item.repeat(5));
        assert!(glued.words >= 100 && glued.is_glued_list() && !glued.is_prose());
        let sentence = "The council said on Tuesday that the new budget, which was approved after a long debate, would fund schools and roads for the next five years. ";
        let prose = Features::of(&sentence.repeat(5));
        assert_eq!(prose.sentence_ends, 5);
        assert!(!prose.is_glued_list() && prose.is_prose());
    }

    #[test]
    fn unspaced_scripts_read_as_prose() {
        let ja = Features::of("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。");
        assert!(ja.is_prose());
        assert!(ja.chars > 60);
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("He said so.\u{201d}"));
        assert!(ends_sentence("adding:"));
        assert!(!ends_sentence("the war between Israel and the"));
    }

    #[test]
    fn loose_matching_keeps_byte_offsets() {
        assert_eq!(strip_prefix_loose("READ MORE: x", "read more"), Some(": x"));
        assert_eq!(strip_prefix_loose("\u{212a}ey x", "key"), Some(" x"));
        assert_eq!(
            find_loose("Ünï \u{2018}Forever\u{2019} - Site", "'forever'"),
            Some((6, 19))
        );
    }

    #[test]
    fn links() {
        assert!(is_link_like("http://amzn.to/2iJFhRj"));
        assert!(is_link_like("Sarah.Needleman@wsj.com"));
        assert!(!is_link_like("@saraheneedleman"));
        assert!(!is_link_like("U.S."));
    }
}
