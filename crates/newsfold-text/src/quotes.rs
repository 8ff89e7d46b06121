//! Repair of quote marks damaged by OCR or text extraction, only where the
//! pairing is certain; anything doubtful is left as it was.

/// Fixes a doubled `""` and a `"…,'` quotation closed by an apostrophe.
pub fn repair_quotes(text: &str) -> String {
    if !text.contains('"') {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    undouble(&mut chars);
    close_with_apostrophe(&mut chars);
    chars.into_iter().collect()
}

/// `the ""word` -> `the "word`; an empty `""` between spaces stays.
fn undouble(chars: &mut Vec<char>) {
    let mut i = 0;
    while i + 1 < chars.len() {
        if chars[i] == '"' && chars[i + 1] == '"' {
            let before_space = i == 0 || chars[i - 1].is_whitespace();
            let after_space = i + 2 >= chars.len() || chars[i + 2].is_whitespace();
            if before_space != after_space {
                chars.remove(i);
                continue;
            }
        }
        i += 1;
    }
}

fn is_opening(chars: &[char], i: usize) -> bool {
    let before_open =
        i == 0 || chars[i - 1].is_whitespace() || matches!(chars[i - 1], '(' | '[' | '—' | '–');
    let after_word = chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
    before_open && after_word
}

fn is_closing(chars: &[char], i: usize) -> bool {
    let before_word = i > 0 && !chars[i - 1].is_whitespace();
    let after_end = chars
        .get(i + 1)
        .is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '—' | '–'));
    before_word && after_end
}

/// An opening `"` followed by another opening `"` (or the end) before any
/// closing one, with exactly one `,'` / `.'` between them and no single
/// quotation opened there: that apostrophe is the lost closing mark.
fn close_with_apostrophe(chars: &mut [char]) {
    let quotes: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '"').collect();
    if quotes.len().is_multiple_of(2) {
        return;
    }
    for (k, &open) in quotes.iter().enumerate() {
        if !is_opening(chars, open) {
            continue;
        }
        let next = quotes.get(k + 1).copied();
        if let Some(n) = next {
            if is_closing(chars, n) {
                continue;
            }
            if !is_opening(chars, n) {
                return;
            }
        }
        let end = next.unwrap_or(chars.len());
        let mut candidates = Vec::new();
        for i in open + 1..end {
            if chars[i] == '\'' || chars[i] == '’' {
                let after_punct = matches!(chars[i - 1], ',' | '.' | '!' | '?');
                let then_space = chars.get(i + 1).is_none_or(|c| c.is_whitespace());
                if after_punct && then_space {
                    candidates.push(i);
                } else if chars[i - 1].is_whitespace() {
                    // A single quotation opens inside: the pairing is not certain.
                    return;
                }
            }
        }
        if candidates.len() == 1 {
            chars[candidates[0]] = '"';
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophe_closing_a_double_quote() {
        assert_eq!(
            repair_quotes("\"The UN should play a leading role in convening such an event,' he said, adding: \"I trust that the UN is capable.\""),
            "\"The UN should play a leading role in convening such an event,\" he said, adding: \"I trust that the UN is capable.\""
        );
    }

    #[test]
    fn doubled_quote() {
        assert_eq!(
            repair_quotes("Lavrov said that the \"\"continuing injustice fuels sentiments.\""),
            "Lavrov said that the \"continuing injustice fuels sentiments.\""
        );
        assert_eq!(
            repair_quotes("an empty \"\" string"),
            "an empty \"\" string"
        );
    }

    #[test]
    fn uncertain_cases_are_left_alone() {
        let balanced = "\"Yes,' he said. 'No,\" she said.";
        assert_eq!(repair_quotes(balanced), balanced);
        let two_candidates = "\"One,' he said, 'two,' she said, \"three.\"";
        assert_eq!(repair_quotes(two_candidates), two_candidates);
        let plain = "It is the people's choice, he said.";
        assert_eq!(repair_quotes(plain), plain);
    }
}
