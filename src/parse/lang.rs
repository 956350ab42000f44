//! A small language guess: the writing system first (Cyrillic, Arabic, CJK, …), then, for Latin
//! script, which language's most frequent function words the text uses most. Enough to warn a
//! reader that the English-only entity model is looking at French or Urdu; not a full detector.

use std::ops::Range;
use std::sync::OnceLock;

/// ISO 639-1 code of the text's language, or `"und"` when there is too little text to tell.
pub fn detect(text: &str) -> &'static str {
    detect_parts(&[text])
}

/// [`detect`] of the parts joined by line breaks, without building the joined text: a line
/// break is in no script and not a letter, so counting each part and reading the words of each
/// in turn gives the joined text's counts and word sequence.
pub fn detect_parts(parts: &[&str]) -> &'static str {
    words_and_language(parts).1
}

/// The words a reader counts in the parts (the sum of [`crate::parse::word_count`] over them)
/// and [`detect_parts`] of them, read in one pass: each byte of an article's body is classed
/// once for the word count, the script counts and the stop words, where the three read the
/// body in turn (about 5 % of a native analysis, the stop-word words alone 3 %).
pub fn words_and_language(parts: &[&str]) -> (usize, &'static str) {
    let mut r = Reader::default();
    for part in parts {
        r.read(part);
    }
    (r.words, r.language())
}

/// Classes of an ASCII byte for [`Reader`]: white space as [`char::is_whitespace`] has it (tab,
/// line feed, vertical tab, form feed, carriage return, space), alphanumeric, alphabetic.
const WHITE: u8 = 1;
const ALNUM: u8 = 2;
const ALPHA: u8 = 4;
/// A CJK char ([`is_cjk`]); only non-ASCII chars have it.
const CJK: u8 = 8;

static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, 0x09..=0x0D | b' ') {
            WHITE
        } else if c.is_ascii_alphabetic() {
            ALPHA | ALNUM
        } else if c.is_ascii_digit() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The one pass of [`words_and_language`]: the word count, the script counts and the
/// stop-word scores of the words read so far.
struct Reader {
    scripts: Scripts,
    words: usize,
    /// Inside a white-space separated word: its CJK chars and whether it has another
    /// alphanumeric char ([`crate::parse::word_count`]'s reading of a word).
    in_word: bool,
    cjk: usize,
    rest: bool,
    /// The alphabetic words read (at most [`LATIN_WORDS`]) and the stop-word hits of each
    /// language among them.
    total: usize,
    scores: [usize; STOP_WORDS.len()],
    /// [`stop_word_languages`], fetched once for the text rather than once a word.
    stop: &'static StopWords,
}

impl Default for Reader {
    fn default() -> Self {
        Reader {
            scripts: Scripts::default(),
            words: 0,
            in_word: false,
            cjk: 0,
            rest: false,
            total: 0,
            scores: [0; STOP_WORDS.len()],
            stop: stop_word_languages(),
        }
    }
}

/// The end of the run of ASCII letters at `i` in `bytes` (`i` itself if there is none):
/// eight bytes at a time, where a byte loop read one (a news text is mostly such runs).
#[inline(always)]
fn ascii_letters_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte, its high bit set where the byte is no ASCII letter: a byte of 0x80 or
        // more, or one that folded to lower case (`| 0x20`, high bit cleared) is below `a` or
        // above `z`. Each sum stays within its byte (0x7F + 0x1F < 0x100).
        let x = (w | (0x20 * ONES)) & !HIGH;
        let from_a = x + (0x80 - 0x61) * ONES;
        let past_z = x + (0x80 - 0x7B) * ONES;
        let not_letter = (w | !from_a | past_z) & HIGH;
        if not_letter != 0 {
            return i + (not_letter.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// How many alphabetic words the stop-word scores read.
const LATIN_WORDS: usize = 5000;

impl Reader {
    fn read(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        // Start of the alphabetic run being read, if any, and whether it is all ASCII so far.
        let mut run: Option<usize> = None;
        let mut run_ascii = true;
        let mut i = 0;
        while i < n {
            let b = bytes[i];
            let (class, len) = if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                if class & ALPHA != 0 {
                    // A run of ASCII letters (most of a word), stepped over at once.
                    let start = i;
                    i = ascii_letters_end(bytes, i + 1);
                    self.scripts.latin += i - start;
                    self.in_word = true;
                    self.rest = true;
                    if run.is_none() {
                        run = Some(start);
                        run_ascii = true;
                    }
                    continue;
                }
                (class, 1)
            } else {
                let c = text[i..].chars().next().unwrap_or_default();
                self.scripts.add_char(c);
                let class = if c.is_whitespace() {
                    WHITE
                } else if is_cjk(c) {
                    CJK | if c.is_alphabetic() { ALPHA } else { 0 }
                } else if c.is_alphabetic() {
                    ALPHA | ALNUM
                } else if c.is_alphanumeric() {
                    ALNUM
                } else {
                    0
                };
                (class, c.len_utf8().max(1))
            };
            if class & WHITE != 0 {
                self.end_word();
            } else {
                self.in_word = true;
                if class & CJK != 0 {
                    self.cjk += 1;
                } else if class & ALNUM != 0 {
                    self.rest = true;
                }
            }
            if class & ALPHA != 0 {
                // Only a non-ASCII char gets here with a letter.
                run.get_or_insert(i);
                run_ascii = false;
            } else if let Some(start) = run.take() {
                self.latin_word(text, start..i, run_ascii);
            }
            i += len;
        }
        if let Some(start) = run {
            self.latin_word(text, start..n, run_ascii);
        }
        // A part ends a word, as the line break between joined parts does.
        self.end_word();
    }

    fn end_word(&mut self) {
        if self.in_word {
            self.words += self.cjk + usize::from(self.rest);
            self.in_word = false;
            self.cjk = 0;
            self.rest = false;
        }
    }

    /// Scores the alphabetic word at `at` in `text`; `ascii` if it is all ASCII letters.
    /// Inlined into the byte loop (one call a word cost more than the lookup); the rare word
    /// with other letters calls [`languages_of`].
    #[inline(always)]
    fn latin_word(&mut self, text: &str, at: Range<usize>, ascii: bool) {
        if self.total >= LATIN_WORDS {
            return;
        }
        self.total += 1;
        let langs = if ascii {
            ascii_key(text.as_bytes(), at).map_or(0, |k| self.stop.get(k))
        } else {
            text.get(at).map_or(0, languages_of)
        };
        // Most stop words are one language's: one score to add, not a pass over all of them.
        if langs.is_power_of_two() {
            self.scores[langs.trailing_zeros() as usize] += 1;
        } else if langs != 0 {
            for (k, score) in self.scores.iter_mut().enumerate() {
                *score += usize::from(langs & (1 << k) != 0);
            }
        }
    }

    fn language(&self) -> &'static str {
        let counts = &self.scripts;
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
        latin_language(&self.scores, self.total)
    }
}

impl Scripts {
    fn cjk(&self) -> usize {
        self.han + self.kana + self.hangul
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
/// [`word_key`] in a table of its own (open addressing, linear probing, a quarter full): hashing
/// and comparing one integer with no general hash map's machinery around it.
fn stop_word_languages() -> &'static StopWords {
    static TABLE: OnceLock<StopWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = StopWords {
            keys: [0; STOP_SLOTS],
            langs: [0; STOP_SLOTS],
        };
        for (k, (_, words)) in STOP_WORDS.iter().enumerate() {
            for w in *words {
                if let Some(key) = word_key(w.as_bytes()) {
                    let at = t.slot(key);
                    t.keys[at] = key;
                    t.langs[at] |= 1 << k;
                }
            }
        }
        t
    })
}

/// Slots of [`StopWords`]: a power of two, about four times the 230 words.
const STOP_SLOTS: usize = 1024;

struct StopWords {
    /// A word's key, or 0 for an empty slot (no word's key is 0: words are not empty).
    keys: [u64; STOP_SLOTS],
    langs: [u16; STOP_SLOTS],
}

impl StopWords {
    /// The slot that holds `key`, or the empty slot where it would go.
    fn slot(&self, key: u64) -> usize {
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize;
        while self.keys[at] != key && self.keys[at] != 0 {
            at = (at + 1) % STOP_SLOTS;
        }
        at
    }

    fn get(&self, key: u64) -> u16 {
        self.langs[self.slot(key)]
    }
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

/// [`word_key`] of the ASCII letters at `at` in `bytes`, lower-cased: a letter's lower case is
/// its byte with 0x20 set. Read as eight bytes when the text has them (masked to the word),
/// not copied into a buffer byte by byte.
fn ascii_key(bytes: &[u8], at: Range<usize>) -> Option<u64> {
    let len = at.len();
    if len == 0 || len > MAX_STOP_WORD {
        return None;
    }
    let keep = u64::MAX >> (8 * (MAX_STOP_WORD - len));
    let key = match bytes.get(at.start..at.start + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().ok()?) & keep,
        None => word_key(bytes.get(at)?)?,
    };
    Some(key | (0x2020_2020_2020_2020 & keep))
}

/// The languages (bits as in [`stop_word_languages`]) whose stop words include `w` lower-cased.
/// Not inlined: [`Reader::read`] asks it only of words with a non-ASCII letter.
#[inline(never)]
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
    key.map_or(0, |k| stop_word_languages().get(k))
}

/// The Latin-script language whose stop words are most of the `total` words read, given how
/// many of them are each language's ([`STOP_WORDS`] order).
fn latin_language(scores: &[usize; STOP_WORDS.len()], total: usize) -> &'static str {
    let (k, &best) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(k, &s)| (s, std::cmp::Reverse(k)))
        .unwrap_or((0, &0));
    // Too little evidence either way: a headline, a list of names.
    if total < 5 || best * 20 < total {
        return "und";
    }
    STOP_WORDS[k].0
}

#[cfg(test)]
mod tests {
    use super::{ascii_letters_end, detect, languages_of, MAX_STOP_WORD, STOP_WORDS};

    #[test]
    fn letter_runs_end_where_a_byte_loop_ends_them() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        let mut seed = 11u64;
        for _ in 0..4000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Mostly letters of either case, and every byte value now and then.
            let b = (seed >> 8) as u8;
            bytes.push(match seed % 4 {
                0 => b,
                1 => b'A' + b % 26,
                _ => b'a' + b % 26,
            });
        }
        for i in 0..=bytes.len() {
            let mut end = i;
            while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
                end += 1;
            }
            assert_eq!(ascii_letters_end(&bytes, i), end, "at {i}");
        }
    }

    #[test]
    fn one_pass_is_the_definitions() {
        // The language as first written: script counts char by char, then the stop words of
        // the alphabetic words (`split` on non-letters), each list searched.
        fn by_definition(parts: &[&str]) -> &'static str {
            let text = parts.join("\n");
            let mut counts = super::Scripts::default();
            text.chars().for_each(|c| counts.add_char(c));
            let mut r = super::Reader {
                scripts: counts,
                ..Default::default()
            };
            for w in text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(super::LATIN_WORDS)
            {
                r.total += 1;
                let lw = w.to_lowercase();
                for (k, (_, ws)) in STOP_WORDS.iter().enumerate() {
                    r.scores[k] += usize::from(ws.contains(&lw.as_str()));
                }
            }
            r.language()
        }
        let mut texts: Vec<Vec<String>> = [
            &[][..],
            &[""],
            &["a"],
            &["  "],
            &["The talks, 2025: Été à Pékin — 王毅 said!"],
            &["x1y", "é", "ab\u{301}c", "THE AND OF", "İstanbul"],
            &[
                "China’s “ironclad” friend — May 6–7 王毅",
                "and the\u{a0}of\u{2009}to",
            ],
            &[
                "Le ministre des Affaires étrangères est arrivé à Pékin",
                "pour une visite.",
            ],
            &["der", "die", "das und ist nicht", "mit den von", "the and"],
            &["Министр иностранных дел", "прибыл в Пекин."],
            &["وزیر خارجہ", "اسحاق ڈار"],
            &["王毅外相はパキスタンの外相と会談した。", "ー・"],
        ]
        .iter()
        .map(|p| p.iter().map(|s| s.to_string()).collect())
        .collect();
        // Pieces glued at random, and a text of more than the words the scores read.
        const PIECES: &[&str] = &[
            " ",
            "\n",
            "\t",
            "\u{b}",
            "\u{a0}",
            "the",
            "The",
            "und",
            "de",
            "été",
            "Été",
            "x",
            "1",
            "-",
            "’",
            "王",
            "ー",
            "д",
            "ڈ",
            "é",
            "\u{301}",
            "é",
            "ß",
            "K",
            "İ",
            "Σ",
            "olarak",
            "también",
            "yang",
            "ABCDEFGHI",
            ".",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..400 {
            let parts = (0..(seed % 4) as usize)
                .map(|_| {
                    (0..(seed % 30))
                        .map(|_| {
                            seed ^= seed << 13;
                            seed ^= seed >> 7;
                            seed ^= seed << 17;
                            PIECES[(seed % PIECES.len() as u64) as usize]
                        })
                        .collect()
                })
                .collect();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            texts.push(parts);
        }
        texts.push(vec!["the and ".repeat(2000) + &"le la ".repeat(3000)]);
        for parts in &texts {
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            let words: usize = parts.iter().map(|p| crate::parse::word_count(p)).sum();
            assert_eq!(
                super::words_and_language(&parts),
                (words, by_definition(&parts)),
                "{parts:?}"
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
