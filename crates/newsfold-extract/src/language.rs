//! The body's language: a count of function words decides the common case,
//! whatlang's trigram profiles the rest.
//!
//! whatlang compares every text with each profile of its script (about 40 for
//! Latin), a fixed cost that was a quarter of text mode's time on whole-page
//! dumps. Running prose in the languages below is a fifth or more function
//! words that the other languages listed rarely use, so when one of them holds
//! a clear majority of those words the answer is certain without trigrams.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Body bytes read: the language settles well within this.
const SAMPLE_BYTES: usize = 1500;

/// Frequent words of each language that the others listed here rarely use:
/// ones shared across them ("de", "la", "in", "is") are left out, but for "das",
/// frequent in both German and Portuguese, which counts for both.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "that", "with", "for", "are", "this", "have", "from",
            "which", "they", "were", "been", "has", "would", "their", "there", "about", "will",
            "its", "it's", "said", "but", "by", "at", "be", "he", "she", "we", "you", "not", "or",
            "had", "his", "her", "who", "can", "more", "than", "also", "into",
        ],
    ),
    (
        "de",
        &[
            "der", "und", "das", "nicht", "ist", "mit", "sich", "dem", "auch", "auf", "für",
            "eine", "einen", "einer", "wird", "sind", "wurde", "werden", "bei", "nach", "noch",
            "oder", "aber", "wie", "über", "zum", "zur", "dass", "vom", "sie", "ein", "hat",
        ],
    ),
    (
        "fr",
        &[
            "les", "des", "est", "une", "dans", "pour", "qui", "pas", "sur", "aux", "avec",
            "cette", "sont", "été", "elle", "nous", "vous", "ont", "leur", "au", "ces", "ils",
            "être", "fait", "comme", "aussi", "peut", "très", "où", "c'est", "d'un",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "del", "y", "es", "su", "sus", "más", "pero", "muy", "también",
            "fue", "hay", "ya", "cuando", "donde", "sin", "han", "puede", "según", "así", "están",
            "había", "fueron",
        ],
    ),
    (
        "it",
        &[
            "di", "che", "è", "della", "delle", "degli", "dei", "nel", "nella", "sono", "anche",
            "più", "questo", "questa", "gli", "alla", "dalla", "molto", "essere", "stato", "però",
            "sul", "sulla", "loro", "dopo", "ancora", "perché",
        ],
    ),
    (
        "pt",
        &[
            "não", "uma", "com", "os", "em", "ao", "pelo", "pela", "são", "foi", "também", "dos",
            "das", "seu", "sua", "é", "nas", "nos", "às", "já", "isso", "ainda", "muito", "pode",
            "num", "numa", "seus", "suas",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "niet", "zijn", "wordt", "met", "voor", "ook", "dat", "op", "aan",
            "bij", "naar", "worden", "heeft", "maar", "nog", "deze", "dit", "werd", "wel", "hij",
            "zij", "ze", "uit", "kan", "tot", "geen",
        ],
    ),
];

/// A function-word language needs this many of its words in the sample...
const MIN_HITS: usize = 12;
/// ...making up this share of the sample's words...
const MIN_SHARE: f64 = 0.12;
/// ...and this many times the runner-up's count.
const MIN_MARGIN: usize = 4;

/// Each function word's languages (indexes into [`FUNCTION_WORDS`]), and the
/// longest word's length in bytes: longer words need not be looked up.
struct Lexicon {
    /// Looked up for every word of the sample: Fx, not SipHash.
    languages: FxHashMap<&'static str, Vec<usize>>,
    longest: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut languages: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
        for (index, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            for word in *words {
                let langs = languages.entry(word).or_default();
                if !langs.contains(&index) {
                    langs.push(index);
                }
            }
        }
        let longest = languages.keys().map(|w| w.len()).max().unwrap_or(0);
        Lexicon { languages, longest }
    })
}

/// ISO 639-1 code of the text's language, when the guess is reliable.
pub fn detect_language(text: &str) -> Option<String> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if let Some(code) = by_function_words(sample) {
        return Some(code.to_string());
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    iso639_1(info.lang()).map(str::to_string)
}

/// The language whose function words clearly dominate the sample, if one does.
fn by_function_words(sample: &str) -> Option<&'static str> {
    let lexicon = lexicon();
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let mut words = 0usize;
    let mut lower = String::new();
    for raw in sample.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if word.is_empty() {
            continue;
        }
        words += 1;
        if word.len() > lexicon.longest {
            continue;
        }
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        if lower.contains('’') {
            lower = lower.replace('’', "'");
        }
        if let Some(langs) = lexicon.languages.get(lower.as_str()) {
            for &lang in langs {
                hits[lang] += 1;
            }
        }
    }
    let (best, &top) = hits.iter().enumerate().max_by_key(|(_, h)| **h)?;
    let runner_up = hits
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, h)| *h)
        .max()
        .unwrap_or(0);
    let certain = top >= MIN_HITS
        && top as f64 >= MIN_SHARE * words as f64
        && top >= MIN_MARGIN * runner_up.max(1);
    certain.then_some(FUNCTION_WORDS[best].0)
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Rus => "ru",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Pol => "pl",
        Ukr => "uk",
        Nld => "nl",
        Swe => "sv",
        Dan => "da",
        Nob => "no",
        Fin => "fi",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Bul => "bg",
        Ron => "ro",
        Hun => "hu",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Hin => "hi",
        Ben => "bn",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Tha => "th",
        Ind => "id",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Bel => "be",
        Cat => "ca",
        Urd => "ur",
        Tam => "ta",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_english() {
        let text = "The Russian foreign minister on Wednesday called on the UN chief to organize an international conference.";
        assert_eq!(detect_language(text).as_deref(), Some("en"));
    }

    #[test]
    fn function_words_decide_clear_prose() {
        let en = "The minister said that the talks with the two sides would go on for a week, and that there was hope of an agreement by the end of the month, which they have been seeking for years.";
        assert_eq!(by_function_words(en), Some("en"));
        let de = "Der Minister sagte, dass die Gespräche mit den beiden Seiten noch eine Woche dauern werden und dass es Hoffnung auf eine Einigung bis zum Ende des Monats gibt, die sie seit Jahren suchen. Das ist nicht neu, aber sie wird auch bei der nächsten Runde über die Lage sprechen.";
        assert_eq!(by_function_words(de), Some("de"));
        let fr = "Le ministre a déclaré que les discussions avec les deux parties vont durer encore une semaine et qu'il y a l'espoir d'un accord pour la fin du mois, qui est recherché depuis des années. Elle sont aussi dans une situation où nous avons été très prudents avec cette question.";
        assert_eq!(by_function_words(fr), Some("fr"));
    }

    #[test]
    fn other_languages_and_short_or_mixed_text_go_to_trigrams() {
        // Danish shares "der" and "den" with German but is not German.
        let da = "Ministeren sagde, at der er håb om en aftale inden udgangen af måneden, og at forhandlingerne med de to parter fortsætter en uge endnu. Det er den aftale, som de har søgt i mange år.";
        assert_eq!(by_function_words(da), None);
        assert_eq!(detect_language(da).as_deref(), Some("da"));
        assert_eq!(by_function_words("The minister said"), None);
    }
}
