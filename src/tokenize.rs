//! Splits raw text into tokens the way the training data (OntoNotes, Penn Treebank conventions)
//! does, while keeping every token an exact slice of the input: `China’s` → `China` `’s`,
//! `don’t` → `do` `n’t`, `(CPEC)` → `(` `CPEC` `)`, `U.S.` stays whole. Tokens carry byte spans;
//! the model normalizes their text (curly quotes, brackets) separately.

use crate::analysis::Span;
use crate::wordmap::{with_ascii_lowercase, Words};

/// Abbreviations whose final period belongs to the word (lower-cased, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "sgt",
    "gov", "sen", "rep", "rev", "hon", "pres", "no", "nos", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "fig", "approx", "dept", "univ", "est", "op", "vol", "pp", "e.g", "i.e", "a.m",
    "p.m", "u.s", "u.k", "u.n", "e.u",
];

/// Abbreviations written with a capital only (compared exactly, without the period): titles
/// in the plural (`Sens. Warren and Sanders`), and the states as AP style shortens them after a
/// city (`Tempe, Ariz.`). Lower-cased, several are words that end sentences (`ill.`, `miss.`).
const CAPITAL_ABBREVIATIONS: Words = Words::new(&[
    "Sens", "Reps", "Gens", "Govs", "Adm", "Cmdr", "Supt", "Det", "Ala", "Ariz", "Ark", "Calif",
    "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt",
    "Wash", "Wis", "Wyo",
]);

/// Clitics split off the end of a word (compared case-insensitively, either apostrophe).
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '`' | '(' | '[' | '{' | '<' | '«' | '„' | '¿' | '¡' | '*' | '#'
    )
}

fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '}'
            | '>'
            | '»'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '…'
            | '*'
    )
}

/// Currency signs split off a following number (`$5` -> `$` `5`), as in the training data.
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹')
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒')
}

/// True when a trailing `.` belongs to `word` (which includes that period). In a compound
/// (`Sino-U.S.`, `and/or U.S.`) the part after the last hyphen or slash decides.
pub fn period_is_part_of(word: &str) -> bool {
    let cut = word[..word.len() - 1].rfind(['-', '/']);
    let after_slash = cut.is_some_and(|j| word.as_bytes()[j] == b'/');
    let word = match cut {
        Some(j) => &word[j + 1..],
        None => word,
    };
    let stem = &word[..word.len() - 1];
    if stem.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: `J.`, `U.S.`, `a.m.`; but a lower-case letter after a
    // slash is a unit that ends the sentence (`90 km/h.`).
    let mut letters = stem.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_alphabetic() && !(c.is_lowercase() && after_slash) {
            return true;
        }
    }
    if stem.contains('.')
        && stem
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    if CAPITAL_ABBREVIATIONS.contains(stem) {
        return true;
    }
    // The abbreviations are lower-case ASCII: compare ASCII stems without a lower-cased copy.
    if stem.is_ascii() {
        return ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(stem));
    }
    let lower = stem.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// A word that may be an abbreviation when a period follows it where no sentence can end
/// (`Mass.,`, `Va.-based`, `etc.;`): one to five letters.
fn is_short_word(stem: &str) -> bool {
    (1..=5).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Whether `rest` (what follows an apostrophe) is an elided year, which keeps its apostrophe
/// as the training data does: `'69`, `’90s`, `'76,`.
fn is_elided_year(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && match b.get(2) {
            None => true,
            Some(b's') => b.get(3).is_none_or(|c| !c.is_ascii_alphanumeric()),
            Some(c) => !c.is_ascii_alphanumeric(),
        }
}

/// Whether the `/` at byte `j` of `word` stands between two digits (`1/2`, `25/32`, `24/7`),
/// which the training data keeps in one token.
fn between_digits(word: &str, j: usize) -> bool {
    let b = word.as_bytes();
    j > 0 && b[j - 1].is_ascii_digit() && b.get(j + 1).is_some_and(u8::is_ascii_digit)
}

/// Per byte of `w`, its high bit set where the byte equals `byte` (exact for every byte value:
/// the low seven bits are summed apart from the high bit, so no carry leaves a byte).
#[inline(always)]
pub(crate) fn bytes_equal(w: u64, byte: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let y = w ^ (u64::from(byte) * ONES);
    !(((y & !HIGH) + !HIGH) | y) & HIGH
}

/// Per byte of `w`, its high bit set where the byte is an ASCII digit (exact for every byte
/// value, as [`bytes_equal`]).
#[inline(always)]
fn digits_in(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A digit is 0-9 after the XOR; its low seven bits plus 118 stay under 128.
    let y = w ^ (u64::from(b'0') * ONES);
    !(((y & !HIGH) + 118 * ONES) | y) & HIGH
}

/// `b.iter().any(u8::is_ascii_digit)`, eight bytes at a time: asked of every mention the
/// tagger and the stages propose (most names have no digit and are read to their end).
#[inline]
pub(crate) fn has_ascii_digit(b: &[u8]) -> bool {
    let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let n = b.len();
    if n < 4 {
        return b.iter().any(u8::is_ascii_digit);
    }
    if n < 8 {
        // The first four bytes and the last four, overlapping: most tokens.
        let half =
            |i: usize| u64::from(u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4])));
        return digits_in(half(0) | half(n - 4) << 32) != 0;
    }
    let mut i = 0;
    while i + 8 <= b.len() {
        if digits_in(word(i)) != 0 {
            return true;
        }
        i += 8;
    }
    // The last eight bytes, over some already read.
    i < b.len() && digits_in(word(b.len() - 8)) != 0
}

/// `text.split_inclusive('\n')`, each line found by [`find_byte`]: every text is split into
/// lines five times (its blocks, headline lines, menus, speakers and line-ups), and in wasm the
/// `memchr` behind the char search reads four bytes a word and sets up each search.
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = find_byte(text.as_bytes(), at, b'\n').map_or(text.len(), |k| k + 1);
        let line = text.get(at..end);
        at = end;
        line
    })
}

/// The first `byte` in `bytes` at or after `from`: eight bytes at a time. In wasm, `memchr`
/// (behind `str::find(char)`) reads four bytes a word and costs a call and its setup per
/// search; the texts' rare bytes (`/`, `(`) are sought once over every text.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    let mut i = from;
    // Two words a turn, as `memchr` reads them.
    while let Some(pair) = bytes.get(i..i + 16) {
        let (a, b) = pair.split_at(8);
        let a = bytes_equal(u64::from_le_bytes(a.try_into().unwrap_or([0; 8])), byte);
        let b = bytes_equal(u64::from_le_bytes(b.try_into().unwrap_or([0; 8])), byte);
        if a | b != 0 {
            let k = if a != 0 {
                a.trailing_zeros() / 8
            } else {
                8 + b.trailing_zeros() / 8
            };
            return Some(i + k as usize);
        }
        i += 16;
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let eq = bytes_equal(w, byte);
        if eq != 0 {
            return Some(i + (eq.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&c| c == byte)
        .map(|k| i + k)
}

/// The end of the run of ASCII letters and digits at `i` in `bytes` (`i` itself if there is
/// none): eight bytes at a time, where the scan to a chunk's end read one through
/// [`BYTE_CLASS`] (most of a chunk is such a run).
#[inline(always)]
fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte, its high bit set where the byte is in the range (the high bits cleared
        // first, so each sum stays within its byte: 0x7F + 0x50 < 0x100).
        let low = w & !HIGH;
        let from = |b: u64| low.wrapping_add((0x80 - b) * ONES) & HIGH;
        let folded = (w | (0x20 * ONES)) & !HIGH;
        let letter = (folded + (0x80 - 0x61) * ONES) & !(folded + (0x80 - 0x7B) * ONES) & HIGH;
        let digit = from(0x30) & !from(0x3A);
        // A byte of 0x80 or more is neither.
        let other = (w | !(letter | digit)) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// Classes of a byte for the scan to a chunk's end: an ASCII letter or digit, another ASCII
/// byte that is no white space, ASCII white space (as `space_at` decides it), and the bytes of
/// other chars, which `space_at` decodes. One table load a byte instead of three range tests.
const WORD_BYTE: u8 = 0;
const OTHER_BYTE: u8 = 1;
const SPACE_BYTE: u8 = 2;
const HIGH_BYTE: u8 = 3;
const BYTE_CLASS: [u8; 256] = {
    let mut class = [HIGH_BYTE; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        class[b] = if c.is_ascii_whitespace() || c == 0x0b {
            SPACE_BYTE
        } else if c.is_ascii_alphanumeric() {
            WORD_BYTE
        } else {
            OTHER_BYTE
        };
        b += 1;
    }
    class
};

/// Tokenizes `text` into byte spans.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut tail = Vec::new();
    let mut i = 0;
    while i < text.len() {
        // Skip white space (ASCII decided from the byte, as in `space_at`).
        let b = text.as_bytes()[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0b {
                i += 1;
                continue;
            }
        } else {
            let (space, len) = space_at(text, i);
            if space {
                i += len;
                continue;
            }
        }
        let start = i;
        // Whether the chunk is ASCII letters and digits only, as most words are: no
        // punctuation to split off either end, no `/`, `'`, `-` or dash inside, so it is one
        // token (but `cannot`, which the treebank splits), decided in the scan for its end.
        let mut plain = true;
        let bytes = text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASS[b as usize] {
                WORD_BYTE => i = ascii_alnum_end(bytes, i + 1),
                OTHER_BYTE => {
                    plain = false;
                    i += 1;
                }
                SPACE_BYTE => break,
                _ => {
                    let (space, len) = space_at(text, i);
                    if space {
                        break;
                    }
                    plain = false;
                    i += len;
                }
            }
        }
        if plain && !bytes[start..i].eq_ignore_ascii_case(b"cannot") {
            out.push(Span::new(start, i));
            continue;
        }
        // What follows the chunk: `No. 5` keeps its period, `said no. The` does not.
        let next = text[i..].trim_start().chars().next();
        split_chunk(text, start, i, next, &mut out, &mut tail);
    }
    out
}

/// Whether the char at byte `i` of `text` (a char boundary) is white space, and its length.
/// ASCII is decided from the byte alone; `char::is_whitespace` agrees on it.
#[inline]
fn space_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b.is_ascii_whitespace() || b == 0x0b, 1);
    }
    let c = text[i..].chars().next().unwrap_or_default();
    (c.is_whitespace(), c.len_utf8())
}

/// Splits one white-space-free chunk `text[start..end]`, which `next` follows (after white
/// space). `tail` is scratch space, reused across chunks so that trailing punctuation costs no
/// allocation.
fn split_chunk(
    text: &str,
    mut start: usize,
    mut end: usize,
    next: Option<char>,
    out: &mut Vec<Span>,
    tail: &mut Vec<Span>,
) {
    // Leading punctuation, one char at a time.
    while start < end {
        let c = text[start..end].chars().next().unwrap();
        if is_apostrophe(c) && is_elided_year(&text[start + c.len_utf8()..end]) {
            break;
        }
        if is_leading_punct(c) || is_dash(c) || (is_currency(c) && start + c.len_utf8() < end) {
            out.push(Span::new(start, start + c.len_utf8()));
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected in reverse.
    tail.clear();
    while start < end {
        let c = text[start..end].chars().next_back().unwrap();
        let cs = end - c.len_utf8();
        if c == '.' {
            // What follows the period.
            let after = match tail.last() {
                Some(t) => text[t.start..].chars().next(),
                None => next,
            };
            // A period right before a comma or semicolon ends no sentence: `Salem, Mass., said`.
            let before_comma = matches!(after, Some(',' | ';'));
            let word = &text[start..end];
            // `No.` abbreviates "number" only before one: `No. 10`, not `He said no.`
            let number_sign = matches!(&text[start..cs], "no" | "No" | "NO" | "nos" | "Nos")
                && !after.is_some_and(|c| c.is_ascii_digit() || c == '#');
            if period_is_part_of(word) && !number_sign
                || before_comma && is_short_word(&text[start..cs])
            {
                break;
            }
            // `...` stays one token.
            let dots = text[start..end]
                .bytes()
                .rev()
                .take_while(|&b| b == b'.')
                .count();
            if dots >= 2 {
                tail.push(Span::new(end - dots, end));
                end -= dots;
                continue;
            }
            tail.push(Span::new(cs, end));
            end = cs;
        } else if is_apostrophe(c) && cs > start {
            // `countries’` (plural possessive) or a closing single quote: split either way.
            tail.push(Span::new(cs, end));
            end = cs;
        } else if is_trailing_punct(c)
            || is_dash(c)
            || (c == '%' && cs > start)
            || (c == '-' && text[start..cs].ends_with([')', ']']))
        {
            tail.push(Span::new(cs, end));
            end = cs;
        } else {
            break;
        }
    }
    if start < end {
        split_word(text, start, end, out);
    }
    out.extend(tail.drain(..).rev());
}

/// Splits inside a word: clitics, dashes, slashes and hyphens between names.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let word = &text[start..end];
    // Most words have nothing to split. Each split below needs one of these bytes: `/`, `'`,
    // `-`, or 0xE2, the lead byte of the dashes and of `’`, so one byte scan settles them.
    let splittable = word
        .bytes()
        .any(|b| matches!(b, b'/' | b'\'' | b'-' | 0xE2 | b':' | b'+'));
    if !splittable && !word.eq_ignore_ascii_case("cannot") {
        out.push(Span::new(start, end));
        return;
    }
    // Reuters' page copied as text: `November 7, 20253:45 AM GMT+5Updated 2 hours ago`, the
    // year run into the time and the time's zone into the update stamp.
    if let Some(cut) = glued_stamp(word) {
        split_word(text, start, start + cut, out);
        split_word(text, start + cut, end, out);
        return;
    }
    // A bracket closed before a hyphen (`(in Paris)-and`): the bracket, the hyphen and the
    // word after it are tokens of their own.
    if let Some(j) = word
        .find([')', ']'])
        .filter(|&j| j > 0 && word[j + 1..].starts_with('-'))
    {
        split_word(text, start, start + j, out);
        out.push(Span::new(start + j, start + j + 1));
        out.push(Span::new(start + j + 1, start + j + 2));
        if start + j + 2 < end {
            split_word(text, start + j + 2, end, out);
        }
        return;
    }
    // Em/en dashes inside a chunk (`6–7`, `word—word`) separate tokens.
    if let Some((j, c)) = word.char_indices().find(|&(j, c)| {
        j > 0 && (is_dash(c) || c == '/' && !word.contains("://") && !between_digits(word, j))
    }) {
        let mid = start + j;
        split_word(text, start, mid, out);
        out.push(Span::new(mid, mid + c.len_utf8()));
        if mid + c.len_utf8() < end {
            split_word(text, mid + c.len_utf8(), end, out);
        }
        return;
    }
    // `cannot` -> `can` `not`, as the treebank writes it.
    if word.eq_ignore_ascii_case("cannot") {
        out.push(Span::new(start, start + 3));
        out.push(Span::new(start + 3, end));
        return;
    }
    // Clitics: `China’s` -> `China` `’s`, `don't` -> `do` `n't`. Each has an apostrophe (`'`,
    // or `’` = E2 80 99): most words have neither and skip the comparisons.
    let apostrophe = word.bytes().any(|b| b == b'\'' || b == 0xE2);
    let clitic = if apostrophe && !is_short_decade(word) {
        CLITICS.iter().find_map(|cl| clitic_start(word, cl))
    } else {
        None
    };
    if let Some(cut) = clitic {
        split_hyphens(text, start, start + cut, out);
        out.push(Span::new(start + cut, end));
        return;
    }
    split_hyphens(text, start, end, out);
}

/// Where a glued stamp splits (see [`split_word`]): after the year of `20253:45` (see
/// [`glued_year`]; the minutes are two digits, and up to two letters may follow them,
/// `10:21pm`) or after the zone of
/// `GMT+5Updated` ([`glued_zone`]).
fn glued_stamp(word: &str) -> Option<usize> {
    if let Some((_, clock_end)) = glued_year(word) {
        let b = word.as_bytes();
        return (b.len() <= clock_end + 2 && !b.get(clock_end).is_some_and(u8::is_ascii_digit))
            .then_some(4);
    }
    glued_zone(word)
}

/// The year of `20253:45` in Reuters' `November 7, 20253:45 AM GMT+5Updated 2 hours ago`: a
/// page's date, time and update stamp are set apart by layout alone, and copied as text they
/// run together. `s` starts with four digits of a year from 1900 to 2099, then a clock time
/// (`3:45`, `10:21`): the year and where the clock ends.
pub(crate) fn glued_year(s: &str) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let clock = b.get(4..)?;
    let colon = clock.iter().position(|&c| !c.is_ascii_digit())?;
    let year: u32 = s.get(..4)?.parse().ok()?;
    ((1900..2100).contains(&year)
        && (1..=2).contains(&colon)
        && clock[colon] == b':'
        && clock.len() >= colon + 3
        && clock[colon + 1..colon + 3].iter().all(u8::is_ascii_digit))
    .then_some((year, 4 + colon + 3))
}

/// The length of the zone in `GMT+5Updated` (Reuters' web page copied as text, where the
/// update stamp runs on from the time's zone): two to five capitals, a sign and one or two
/// digits, then a capitalised word.
pub(crate) fn glued_zone(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(2..=5).contains(&letters) || !matches!(b.get(letters), Some(b'+' | b'-')) {
        return None;
    }
    let digits = b[letters + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let end = letters + 1 + digits;
    ((1..=2).contains(&digits)
        && b.get(end).is_some_and(u8::is_ascii_uppercase)
        && b.get(end + 1).is_some_and(u8::is_ascii_lowercase))
    .then_some(end)
}

/// `n` successive states of a 64-bit linear congruential generator (Knuth's MMIX constants)
/// after `seed`: the random inputs the byte-scan tests hold against their plain loops.
#[cfg(test)]
pub(crate) fn lcg_states(seed: u64, n: usize) -> impl Iterator<Item = u64> {
    std::iter::successors(Some(seed), |s| {
        Some(
            s.wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407),
        )
    })
    .skip(1)
    .take(n)
}

/// A decade in two digits with `'s` (`the 90's`), one token as OntoNotes has it (`90's` DATE;
/// a year's `'s` after four digits is a possessive there: `1987 's record deficit`).
fn is_short_decade(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next(), chars.next(), chars.next()),
        (Some(d), Some('0'), Some(a), Some('s' | 'S'), None) if d.is_ascii_digit() && is_apostrophe(a)
    )
}

/// Where the clitic `cl` (ASCII, lower case, `'` for the apostrophe) starts in `word`, if
/// `word` ends with it (ignoring ASCII case, either apostrophe) after at least one other
/// character. Compares characters from the end, without building a normalized copy.
fn clitic_start(word: &str, cl: &str) -> Option<usize> {
    let mut chars = word.char_indices().rev();
    let mut cut = word.len();
    for want in cl.chars().rev() {
        let (j, c) = chars.next()?;
        let c = if c == '’' {
            '\''
        } else {
            c.to_ascii_lowercase()
        };
        if c != want {
            return None;
        }
        cut = j;
    }
    (cut > 0).then_some(cut)
}

/// Word-initial parts that OntoNotes keeps attached to the rest of a hyphenated word
/// (`co-operation`, `anti-American`, `mid-1980s`, `Uh-huh`); every other hyphen between letters
/// or digits is its own token there (`Pakistan - China`, `three - day`, `Moo - hyun`).
const HYPHEN_PREFIXES: Words = Words::new(&[
    "uh", "co", "non", "anti", "re", "cross", "pro", "vice", "mid", "post", "pre", "multi", "e",
    "ex", "inter", "x", "counter", "semi", "ultra", "sub", "cyber", "quasi", "mini", "macro", "de",
    "super", "over", "micro", "trans", "mega", "un", "tri", "pan", "bio", "bi", "uni", "pseudo",
    "intra", "neo", "self", "mm", "um", "huh",
]);

/// Splits `text[start..end]` at hyphens the way OntoNotes does: `Pakistan-China` ->
/// `Pakistan` `-` `China`, `2025-05-21` -> `2025` `-` `05` `-` `21`, but `co-operation` and
/// addresses (`http://a-b.com`, `x-y@z.org`) stay whole.
fn split_hyphens(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let word = &text[start..end];
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if !word.contains('-')
        || word.as_bytes().windows(3).any(|w| w == b"://")
        || word.contains('@')
        || word.starts_with("www.")
    {
        out.push(Span::new(start, end));
        return;
    }
    let mut s = start;
    for (j, c) in word.char_indices() {
        if c != '-' {
            continue;
        }
        let at = start + j;
        let before = text[s..at].chars().next_back();
        let after = text[at + 1..end].chars().next();
        // `U.S.-China`: a dotted abbreviation may stand before the hyphen.
        // So may a short word whose period a hyphen follows: `Va.-based` (no sentence ends
        // inside a word).
        let abbrev = before == Some('.')
            && at - s > 1
            && (period_is_part_of(&text[s..at]) || is_short_word(&text[s..at - 1]));
        if at == s || !(alnum(before) || abbrev) || !alnum(after) {
            continue;
        }
        // Lower-cased on the stack when ASCII (asked of every hyphen between two words).
        let left = &text[s..at];
        let prefix = with_ascii_lowercase::<16, _>(left, |l| HYPHEN_PREFIXES.contains(l))
            .unwrap_or_else(|| HYPHEN_PREFIXES.contains(&left.to_lowercase()));
        if prefix {
            continue;
        }
        out.push(Span::new(s, at));
        out.push(Span::new(at, at + 1));
        s = at + 1;
    }
    out.push(Span::new(s, end));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_ascii_digit_as_the_byte_loop() {
        for byte in 0..=255u8 {
            let w = u64::from_le_bytes([b'a', byte, b'z', 0, 0x80, b'/', b':', 0xff]);
            let want = [b'a', byte, b'z', 0, 0x80, b'/', b':', 0xff]
                .iter()
                .any(u8::is_ascii_digit);
            assert_eq!(digits_in(w) != 0, want, "{byte}");
        }
        for seed in lcg_states(7, 4000) {
            let len = (seed >> 59) as usize;
            let b: Vec<u8> = (0..len)
                .map(|k| {
                    let r = (seed >> (k % 7 * 8)) as u8;
                    if r.is_multiple_of(11) {
                        b'0' + r % 10
                    } else {
                        r | 0x40
                    }
                })
                .collect();
            assert_eq!(
                has_ascii_digit(&b),
                b.iter().any(u8::is_ascii_digit),
                "{b:?}"
            );
        }
    }

    #[test]
    fn lines_inclusive_splits_as_split_inclusive() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "one line that is longer than sixteen bytes\nand a second \u{e9}\r\n\nthird",
            "\n0123456789abcdef0123456789\n\n",
        ] {
            let want: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(lines_inclusive(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn find_byte_finds_the_first_byte_from_where_asked() {
        let text = "a/b (c) é/ 0123456789abcdef/xyz ((\u{80}/".as_bytes();
        for byte in [b'/', b'(', b')', b'z', 0x80, 0xC3, b'q'] {
            for from in 0..=text.len() {
                let want = text[from..]
                    .iter()
                    .position(|&c| c == byte)
                    .map(|k| from + k);
                assert_eq!(find_byte(text, from, byte), want, "{byte} {from}");
            }
        }
    }

    #[test]
    fn alnum_runs_end_where_a_byte_loop_ends_them() {
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        let mut seed = 5u64;
        for _ in 0..4000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Mostly letters and digits, and every byte value now and then.
            let b = (seed >> 8) as u8;
            bytes.push(match seed % 5 {
                0 => b,
                1 => b'A' + b % 26,
                2 => b'0' + b % 10,
                _ => b'a' + b % 26,
            });
        }
        for i in 0..=bytes.len() {
            let mut end = i;
            while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            assert_eq!(ascii_alnum_end(&bytes, i), end, "at {i}");
        }
    }

    fn toks(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn a_glued_stamp_is_split_where_its_parts_meet() {
        assert_eq!(
            toks("November 7, 20253:45 AM GMT+5Updated 2 hours ago"),
            ["November", "7", ",", "2025", "3:45", "AM", "GMT+5", "Updated", "2", "hours", "ago"]
        );
        assert_eq!(
            toks("Nov 18, 202510:21pm"),
            ["Nov", "18", ",", "2025", "10:21pm"]
        );
        for kept in [
            "GMT+5",
            "UTC+08:00",
            "20253:451",
            "2025:45",
            "3025510:21",
            "GMT+5pm",
        ] {
            assert_eq!(toks(kept), [kept], "{kept}");
        }
    }

    #[test]
    fn a_decade_in_two_digits_keeps_its_s() {
        assert_eq!(
            toks("the 90's and 60’s, 1987's deficit, 95's"),
            ["the", "90's", "and", "60’s", ",", "1987", "'s", "deficit", ",", "95", "'s"]
        );
    }

    #[test]
    fn a_bracket_closed_before_a_hyphen_is_split_off() {
        assert_eq!(
            toks("(reporter Fang Zhou)- The (in Paris)-and [a]-b"),
            [
                "(", "reporter", "Fang", "Zhou", ")", "-", "The", "(", "in", "Paris", ")", "-",
                "and", "[", "a", "]", "-", "b"
            ]
        );
    }

    #[test]
    fn plural_titles_and_state_abbreviations_keep_their_period() {
        let text = "Sens. Pell and Mikulski met in Tempe, Ariz. and in Skokie, Ill. He was ill.";
        let words: Vec<&str> = tokenize(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert!(words.contains(&"Sens.") && words.contains(&"Ariz.") && words.contains(&"Ill."));
        // Lower-cased, `ill.` is a word that ends its sentence.
        assert_eq!(words[words.len() - 2..], ["ill", "."]);
    }

    #[test]
    fn splits_possessives_and_punctuation() {
        assert_eq!(
            toks("China’s support, (CPEC) 2.0."),
            ["China", "’s", "support", ",", "(", "CPEC", ")", "2.0", "."]
        );
        assert_eq!(toks("don't"), ["do", "n't"]);
        assert_eq!(
            toks("“ironclad friend,”"),
            ["“", "ironclad", "friend", ",", "”"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_decimals() {
        assert_eq!(
            toks("led to U.S. mediation by Dr. Alvi, up 1.5pc."),
            [
                "led",
                "to",
                "U.S.",
                "mediation",
                "by",
                "Dr.",
                "Alvi",
                ",",
                "up",
                "1.5pc",
                "."
            ]
        );
    }

    #[test]
    fn a_unit_after_a_slash_ends_the_sentence() {
        assert_eq!(toks("at 90 km/h."), ["at", "90", "km", "/", "h", "."]);
        assert_eq!(toks("and/or J."), ["and", "/", "or", "J."]);
    }

    #[test]
    fn splits_dashes_and_name_pairs() {
        assert_eq!(
            toks("May 6–7 Pakistan-China"),
            ["May", "6", "–", "7", "Pakistan", "-", "China"]
        );
        // OntoNotes splits hyphens except after a few prefixes.
        assert_eq!(
            toks("all-weather three-day co-operation Uh-huh"),
            [
                "all",
                "-",
                "weather",
                "three",
                "-",
                "day",
                "co-operation",
                "Uh-huh"
            ]
        );
        assert_eq!(
            toks("on 2025-05-21 at https://a-b.com"),
            ["on", "2025", "-", "05", "-", "21", "at", "https://a-b.com"]
        );
        assert_eq!(
            toks("up 5%, $3 cannot -x"),
            ["up", "5", "%", ",", "$", "3", "can", "not", "-x"]
        );
        assert_eq!(toks("U.S.-China talks"), ["U.S.", "-", "China", "talks"]);
        assert_eq!(
            toks("Sino-U.S. ties, a Norfolk, Va.-based firm"),
            ["Sino", "-", "U.S.", "ties", ",", "a", "Norfolk", ",", "Va.", "-", "based", "firm"]
        );
        assert_eq!(toks("countries’ decision"), ["countries", "’", "decision"]);
    }

    #[test]
    fn keeps_state_abbreviations_fractions_and_elided_years() {
        assert_eq!(
            toks("in Salem, Mass., from '69 to ’76, up 2 1/2 to 98 25/32; the '90s."),
            [
                "in", "Salem", ",", "Mass.", ",", "from", "'69", "to", "’76", ",", "up", "2",
                "1/2", "to", "98", "25/32", ";", "the", "'90s", "."
            ]
        );
        assert_eq!(
            toks("No. 10 and nos. 3-4"),
            ["No.", "10", "and", "nos.", "3", "-", "4"]
        );
        assert_eq!(
            toks("He said no. No."),
            ["He", "said", "no", ".", "No", "."]
        );
        // A sentence still ends at a word's period, and quotes still come off.
        assert_eq!(
            toks("He left Salem. 'Cats,' and/or 'x 1990s."),
            [
                "He", "left", "Salem", ".", "'", "Cats", ",", "'", "and", "/", "or", "'", "x",
                "1990s", "."
            ]
        );
    }

    #[test]
    fn ascii_white_space_is_char_white_space() {
        for b in 0u8..128 {
            assert_eq!(
                space_at(&char::from(b).to_string(), 0).0,
                char::from(b).is_whitespace(),
                "{b}"
            );
        }
    }

    #[test]
    fn every_token_is_an_exact_nonempty_slice() {
        let t = "BEIJING: “Fo’an” — 王毅 said 😀 'CPEC 2.0', ok...";
        for s in tokenize(t) {
            assert!(s.start < s.end && t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            assert!(!t[s.start..s.end].trim().is_empty());
        }
    }
}
