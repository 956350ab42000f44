//! A small language guess: the writing system first (Cyrillic, Arabic, CJK, …), then, for Latin
//! script, which language's most frequent function words the text uses most. Enough to warn a
//! reader that the English-only entity model is looking at French or Urdu; not a full detector.

use std::sync::OnceLock;

use crate::wordmap::WordMap;

/// ISO 639-1 code of the text's language, or `"und"` when there is too little text to tell.
pub fn detect(text: &str) -> &'static str {
    detect_parts(&[text])
}

/// [`detect`] of the parts joined by line breaks, without building the joined text: a line
/// break is in no script and not a letter, so counting each part and reading the words of each
/// in turn gives the joined text's counts and word sequence.
pub fn detect_parts(parts: &[&str]) -> &'static str {
    let mut counts = Scripts::default();
    for part in parts {
        counts.add(part);
    }
    let others = [
        (counts.cyrillic, "cyrillic"),
        (counts.arabic, "arabic"),
        (counts.cjk() * 2, "cjk"), // one CJK character carries about a word
        (counts.greek, "el"),
        (counts.hebrew, "he"),
        (counts.devanagari, "hi"),
        (counts.thai, "th"),
    ];
    let (best, script) =
        others
            .iter()
            .copied()
            .fold((0, "cyrillic"), |a, b| if b.0 >= a.0 { b } else { a });
    if best > counts.latin && best >= 2 {
        return match script {
            "cyrillic" if counts.ukrainian * 50 > counts.cyrillic => "uk",
            "cyrillic" => "ru",
            "arabic" if counts.urdu > 0 => "ur",
            "arabic" if counts.persian * 30 > counts.arabic => "fa",
            "arabic" => "ar",
            "cjk" if counts.hangul > counts.han + counts.kana => "ko",
            "cjk" if counts.kana > 0 => "ja",
            "cjk" => "zh",
            s => s,
        };
    }
    latin_language(parts.iter().flat_map(|p| alphabetic_words(p)))
}

impl Scripts {
    fn cjk(&self) -> usize {
        self.han + self.kana + self.hangul
    }

    /// Counts the letters of `text` by script. ASCII bytes (most of a news text) are counted
    /// without decoding them; other chars are decoded and sorted by code point.
    fn add(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // The run of ASCII bytes from `i`, its letters counted in one pass over the slice
            // (which the compiler vectorizes) instead of a branch per byte.
            let run = bytes[i..]
                .iter()
                .position(|&b| b >= 0x80)
                .unwrap_or(bytes.len() - i);
            if run > 0 {
                let ascii = &bytes[i..i + run];
                self.latin += ascii.iter().filter(|b| b.is_ascii_alphabetic()).count();
                i += run;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or_default();
            self.add_char(c);
            i += c.len_utf8().max(1);
        }
    }

    fn add_char(&mut self, c: char) {
        let counts = self;
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => counts.latin += 1,
            0x400..=0x4FF => {
                counts.cyrillic += 1;
                if matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                    counts.ukrainian += 1;
                }
            }
            0x370..=0x3FF => counts.greek += 1,
            0x590..=0x5FF => counts.hebrew += 1,
            0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                counts.arabic += 1;
                // Letters Urdu uses and Arabic does not: ٹ ڈ ڑ ں ے ھ
                if matches!(c, 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ۓ' | 'ھ') {
                    counts.urdu += 1;
                }
                // Persian/Urdu letters absent from Arabic: پ چ ژ گ ک ی
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی') {
                    counts.persian += 1;
                }
            }
            0x900..=0x97F => counts.devanagari += 1,
            0xE00..=0xE7F => counts.thai += 1,
            0x3040..=0x30FF => counts.kana += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => counts.han += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => counts.hangul += 1,
            _ => {}
        }
    }
}

/// Han ideographs and kana: scripts written without spaces between words (Korean has them).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

#[derive(Default)]
struct Scripts {
    latin: usize,
    cyrillic: usize,
    ukrainian: usize,
    greek: usize,
    hebrew: usize,
    arabic: usize,
    urdu: usize,
    persian: usize,
    devanagari: usize,
    thai: usize,
    kana: usize,
    han: usize,
    hangul: usize,
}

/// Very frequent words that are (nearly) unique to one language.
const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "was", "that", "with", "for", "on", "are", "this",
            "by", "from", "he", "she", "it", "his", "which", "have", "has", "said", "will",
            "would", "their", "they", "were", "been", "an", "at", "or", "not",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "que", "qui",
            "sur", "au", "aux", "avec", "pas", "ce", "cette", "sont", "été", "mais", "ont", "il",
            "elle", "nous", "leur",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine",
            "auf", "für", "sich", "dem", "des", "auch", "wird", "wurde", "nach", "bei", "sie",
            "er", "im", "aus", "dass",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "es", "una", "por", "para", "con", "del", "que", "se", "su",
            "al", "como", "más", "pero", "sus", "fue", "este", "esta", "han", "entre", "sobre",
            "también",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "della", "per", "non", "una", "sono", "gli", "nel", "alla",
            "anche", "con", "del", "dei", "delle", "si", "ha", "questo", "stato", "più", "ma",
            "come",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "de", "do", "da", "dos", "das", "e", "é", "não", "um", "uma", "para",
            "com", "que", "em", "no", "na", "foi", "mais", "pelo", "pela", "também", "são", "seu",
            "sua",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn", "voor",
            "met", "ook", "maar", "werd", "wordt", "bij", "naar", "heeft", "hij", "zij", "deze",
            "uit",
        ],
    ),
    (
        "id",
        &[
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan",
            "pada", "juga", "ke", "karena", "oleh", "ada", "bahwa",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi",
            "ama", "sonra", "kadar", "değil", "ise",
        ],
    ),
];

/// Builds the stop-word table now rather than on the first text ([`crate::load`]).
pub(crate) fn load() {
    stop_word_languages();
}

/// Each stop word (lower case) with the set of [`STOP_WORDS`] languages it belongs to, one bit
/// per language: one lookup per word of the text instead of a scan of every list. Keyed by
/// [`word_key`]: hashing and comparing one integer is cheaper than a string.
fn stop_word_languages() -> &'static WordMap<u64, u16> {
    static MAP: OnceLock<WordMap<u64, u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = WordMap::default();
        for (k, (_, words)) in STOP_WORDS.iter().enumerate() {
            for w in *words {
                if let Some(key) = word_key(w.as_bytes()) {
                    *map.entry(key).or_insert(0) |= 1 << k;
                }
            }
        }
        map
    })
}

/// Longest stop word, in bytes.
const MAX_STOP_WORD: usize = 8;

/// A word of at most [`MAX_STOP_WORD`] bytes as one integer (its bytes, zero-padded). Words
/// hold no zero byte, so different words get different keys.
fn word_key(w: &[u8]) -> Option<u64> {
    let mut b = [0u8; MAX_STOP_WORD];
    b.get_mut(..w.len())?.copy_from_slice(w);
    Some(u64::from_le_bytes(b))
}

/// The languages (bits as in [`stop_word_languages`]) whose stop words include `w` lower-cased.
fn languages_of(w: &str) -> u16 {
    let key = if w.is_ascii() {
        // ASCII lower-casing keeps the length (longer words cannot be stop words) and maps the
        // zero padding to itself, so the key can be lower-cased whole.
        word_key(w.as_bytes()).map(|k| {
            let mut b = k.to_le_bytes();
            b.make_ascii_lowercase();
            u64::from_le_bytes(b)
        })
    } else {
        word_key(w.to_lowercase().as_bytes())
    };
    key.and_then(|k| stop_word_languages().get(&k).copied())
        .unwrap_or(0)
}

/// The maximal runs of alphabetic chars in `text`, as
/// `text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty())`, but stepping over
/// ASCII bytes without decoding them (most of a Latin-script text).
fn alphabetic_words(text: &str) -> impl Iterator<Item = &str> {
    // Whether the char at byte `i` is alphabetic, and its length.
    let class_at = |i: usize| {
        let b = text.as_bytes()[i];
        if b < 0x80 {
            return (b.is_ascii_alphabetic(), 1);
        }
        let c = text[i..].chars().next().unwrap_or_default();
        (c.is_alphabetic(), c.len_utf8())
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        let n = text.len();
        while pos < n {
            let (alpha, len) = class_at(pos);
            if alpha {
                break;
            }
            pos += len;
        }
        if pos >= n {
            return None;
        }
        let start = pos;
        while pos < n {
            let (alpha, len) = class_at(pos);
            if !alpha {
                break;
            }
            pos += len;
        }
        Some(&text[start..pos])
    })
}

/// The Latin-script language whose stop words are most of `words` (the first 5000 read).
fn latin_language<'a>(words: impl Iterator<Item = &'a str>) -> &'static str {
    let mut scores = [0usize; STOP_WORDS.len()];
    let mut total = 0usize;
    for w in words.take(5000) {
        total += 1;
        let langs = languages_of(w);
        if langs != 0 {
            for (k, score) in scores.iter_mut().enumerate() {
                *score += usize::from(langs & (1 << k) != 0);
            }
        }
    }
    let (k, &best) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(k, &s)| (s, std::cmp::Reverse(k)))
        .unwrap();
    // Too little evidence either way: a headline, a list of names.
    if total < 5 || best * 20 < total {
        return "und";
    }
    STOP_WORDS[k].0
}

#[cfg(test)]
mod tests {
    use super::{detect, languages_of, MAX_STOP_WORD, STOP_WORDS};

    #[test]
    fn alphabetic_words_are_the_split() {
        for t in [
            "",
            "a",
            "  ",
            "The talks, 2025: Été à Pékin — 王毅 said!",
            "x1y",
            "é",
            "ab\u{301}c",
        ] {
            let want: Vec<&str> = t
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(
                super::alphabetic_words(t).collect::<Vec<_>>(),
                want,
                "{t:?}"
            );
        }
    }

    #[test]
    fn stop_word_lookup_is_the_lists() {
        let longest = STOP_WORDS
            .iter()
            .flat_map(|(_, ws)| ws.iter())
            .map(|w| w.len())
            .max();
        assert!(longest.is_some_and(|n| n <= MAX_STOP_WORD));
        for w in [
            "the",
            "The",
            "DE",
            "que",
            "Été",
            "für",
            "nicht",
            "hello",
            "Außenminister",
            "",
        ] {
            let lw = w.to_lowercase();
            let want = STOP_WORDS
                .iter()
                .enumerate()
                .filter(|(_, (_, ws))| ws.contains(&lw.as_str()))
                .fold(0u16, |m, (k, _)| m | 1 << k);
            assert_eq!(languages_of(w), want, "{w}");
        }
    }

    #[test]
    fn parts_are_the_joined_text() {
        let samples: &[&[&str]] = &[
            &[],
            &[""],
            &[
                "The talks ended.",
                "Le ministre est arrivé à Pékin pour une visite.",
            ],
            &[
                "Министр иностранных дел",
                "прибыл в Пекин.",
                "The end of the story",
            ],
            &["王毅会见", "巴基斯坦副总理", "a b c"],
            &["وزیر خارجہ", "اسحاق ڈار"],
            &["der", "die", "das und ist nicht", "mit den von", "the and"],
        ];
        for parts in samples {
            assert_eq!(
                super::detect_parts(parts),
                detect(&parts.join("\n")),
                "{parts:?}"
            );
        }
    }

    #[test]
    fn languages() {
        assert_eq!(
            detect("China on Tuesday reiterated its support for Pakistan in safeguarding its sovereignty, the foreign ministry said."),
            "en"
        );
        assert_eq!(
            detect("Le ministre des Affaires étrangères est arrivé à Pékin pour une visite de trois jours avec une délégation."),
            "fr"
        );
        assert_eq!(
            detect("Der Außenminister ist am Dienstag in Peking eingetroffen, wo er mit seinem Amtskollegen sprechen wird und die Lage erörtert."),
            "de"
        );
        assert_eq!(
            detect("El ministro de Asuntos Exteriores llegó a Pekín para una visita de tres días con su homólogo chino."),
            "es"
        );
        assert_eq!(
            detect("Il ministro degli Esteri è arrivato a Pechino per una visita di tre giorni, che è stata molto importante per il governo."),
            "it"
        );
        assert_eq!(
            detect("O ministro das Relações Exteriores chegou a Pequim para uma visita de três dias com a sua delegação."),
            "pt"
        );
        assert_eq!(
            detect("De minister van Buitenlandse Zaken is dinsdag in Peking aangekomen voor een bezoek van drie dagen, maar hij werd niet ontvangen."),
            "nl"
        );
        assert_eq!(detect("Министр иностранных дел прибыл в Пекин."), "ru");
        assert_eq!(detect("وزير الخارجية يصل إلى بكين في زيارة رسمية"), "ar");
        assert_eq!(detect("وزیر خارجہ اسحاق ڈار بیجنگ پہنچ گئے ہیں۔"), "ur");
        assert_eq!(detect("王毅会见巴基斯坦副总理兼外长达尔。"), "zh");
        assert_eq!(detect("王毅外相はパキスタンの外相と会談した。"), "ja");
        assert_eq!(detect(""), "und");
        assert_eq!(detect("😀 👍"), "und");
    }
}
