//! Hash maps keyed by short strings (tokens, list words) for the per-token hot paths.
//!
//! The standard `HashMap` hashes with SipHash, which is built to resist crafted collisions and
//! costs more than the lookup itself on a five-byte word. Our keys are the words of fixed lists
//! and of one article, so a multiply-rotate hash (the FxHash recipe rustc uses) is enough and
//! several times cheaper. Lookups answer exactly as with SipHash; only speed changes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher: eight bytes at a time, one multiply per word.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, v: u8) {
        self.add(v as u64);
    }

    #[inline]
    fn write_usize(&mut self, v: usize) {
        self.add(v as u64);
    }

    #[inline]
    fn write_u64(&mut self, v: u64) {
        self.add(v);
    }
}

/// The bytes of `rest` (fewer than eight) as a little-endian `u64` padded with zeros: two
/// overlapping loads of four (or two) bytes, whose common bytes agree. Copying them into a
/// zeroed `[u8; 8]` (as before; the same value) was a `memcpy` call of a variable length for
/// nearly every word hashed: 4.9 M instructions of the seeds bench.
#[inline(always)]
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as u64;
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([rest[0], rest[1]]) as u64;
        let hi = u16::from_le_bytes([rest[n - 2], rest[n - 1]]) as u64;
        lo | hi << (8 * (n - 2))
    } else {
        rest.first().map_or(0, |&b| b as u64)
    }
}

/// `w.is_ascii()`, for a word: one or two loads and a mask for fewer than eight bytes, where
/// `is_ascii` tests a short slice a byte at a time.
#[inline(always)]
pub fn is_ascii_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 8 {
        tail(b) & 0x8080_8080_8080_8080 == 0
    } else {
        b.is_ascii()
    }
}

/// A `HashMap` with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A `HashSet` with [`WordHasher`].
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// A fixed word list searched with a pre-test: the words' first bytes and lengths, built at
/// compile time. A list asked of every token or every mention (`COMPANY_NOUNS`, `ORG_WORDS`)
/// compared each word's length, and the bytes where they agreed, for every word on the list;
/// most tokens share no first byte and length with any word, and those skip the search.
/// [`Words::contains`] answers as `list.contains(&w)` does.
pub struct Words {
    words: &'static [&'static str],
    /// Bit `b` set: a word starts with byte `b`.
    firsts: [u64; 4],
    /// Bit `n` set: a word is `n` bytes long (63 for 63 bytes or more).
    lengths: u64,
    /// One bit a word at [`Words::key`] of its first and last bytes and length, which most
    /// words off the list miss even where their first byte and length are some listed word's
    /// (`the`, `in`, `President` before a name, for `COMPANY_NOUNS`' 52 words).
    keys: [u64; 8],
    /// Whether the list holds the empty word.
    empty: bool,
}

impl Words {
    pub const fn new(words: &'static [&'static str]) -> Words {
        let mut firsts = [0u64; 4];
        let mut lengths = 0u64;
        let mut keys = [0u64; 8];
        let mut empty = false;
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            if b.is_empty() {
                empty = true;
            } else {
                firsts[(b[0] >> 6) as usize] |= 1 << (b[0] & 63);
                lengths |= 1 << if b.len() < 63 { b.len() } else { 63 };
                let k = Words::key(b);
                keys[k / 64] |= 1 << (k % 64);
            }
            i += 1;
        }
        Words {
            words,
            firsts,
            lengths,
            keys,
            empty,
        }
    }

    /// A bit (of 512) for a non-empty word: its first and last bytes and its length, mixed.
    #[inline]
    const fn key(b: &[u8]) -> usize {
        let (first, last) = (b[0] as usize, b[b.len() - 1] as usize);
        (first.wrapping_mul(0x9E37) ^ last.wrapping_mul(0x85EB) ^ b.len().wrapping_mul(0xC2B3))
            .wrapping_mul(0x2545)
            >> 7
            & 511
    }

    /// Whether `w` is one of the words.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.is_empty() {
            return self.empty;
        }
        let k = Words::key(b);
        self.keys[k / 64] >> (k % 64) & 1 != 0 && self.words.contains(&w)
    }

    /// Whether `w` is one of the words ignoring ASCII case, for a list whose words start with
    /// no upper-case ASCII letter: `list.iter().any(|x| x.eq_ignore_ascii_case(w))`.
    #[inline]
    pub fn contains_ignoring_ascii_case(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let Some(&first) = b.first() else {
            return self.empty;
        };
        let first = first.to_ascii_lowercase();
        self.firsts[(first >> 6) as usize] >> (first & 63) & 1 != 0
            && self.lengths >> b.len().min(63) & 1 != 0
            && self.words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// Calls `f` with `w` lower-cased when `w` is ASCII and at most `N` bytes long (lower-cased in
/// a stack buffer, no allocation); `None` otherwise. For looking up lower-case list words.
pub fn with_ascii_lowercase<const N: usize, R>(w: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    if !w.is_ascii() || w.len() > N {
        return None;
    }
    // Already lower case (most words of prose): no copy, and no UTF-8 check of one.
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(f(w));
    }
    let mut buf = [0u8; N];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII lower-cased is still ASCII, hence UTF-8.
    std::str::from_utf8(lower).ok().map(f)
}

/// A pre-test for a set of words asked of many words that are not in it (the capitalized
/// tokens of an article against the name lists' first words): one bit for each word of the
/// set, at a cheap key of its length and three of its bytes. A word whose bit is clear is not
/// in the set, known without hashing it and probing the table; a set bit says only "maybe".
/// So `sieve.maybe(w) && set.contains(w)` answers as `set.contains(w)` does.
pub struct Sieve(Box<[u64]>);

impl Sieve {
    /// Bits in the sieve: `1 << BITS` (4 KB for 15).
    const BITS: u32 = 15;

    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Sieve {
        let mut bits = vec![0u64; (1 << Sieve::BITS) / 64].into_boxed_slice();
        for w in words {
            let k = Sieve::key(w.as_bytes());
            bits[k / 64] |= 1 << (k % 64);
        }
        Sieve(bits)
    }

    /// The bit of `b`: its length, first, middle and last bytes, mixed by one multiply.
    #[inline(always)]
    fn key(b: &[u8]) -> usize {
        let n = b.len();
        let x = match n {
            0 => 0,
            _ => {
                u32::from(b[0])
                    | u32::from(b[n / 2]) << 8
                    | u32::from(b[n - 1]) << 16
                    | (n as u32) << 24
            }
        };
        (x.wrapping_mul(0x9E37_79B1) >> (32 - Sieve::BITS)) as usize
    }

    /// False if `w` is certainly none of the words; true if it may be one.
    #[inline(always)]
    pub fn maybe(&self, w: &str) -> bool {
        let k = Sieve::key(w.as_bytes());
        self.0[k / 64] >> (k % 64) & 1 != 0
    }

    /// The share of the sieve's bits that are set (for tests: how much it turns down).
    #[cfg(test)]
    pub fn fill(&self) -> f64 {
        let set: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        f64::from(set) / f64::from(1u32 << Sieve::BITS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails_are_the_padded_bytes() {
        let bytes: Vec<u8> = (0..8u32).map(|i| (i * 37 + 0x91) as u8).collect();
        for n in 0..8 {
            let mut b = [0u8; 8];
            b[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail(&bytes[..n]), u64::from_le_bytes(b), "{n}");
            let ones = [0xFFu8; 7];
            b = [0u8; 8];
            b[..n.min(7)].copy_from_slice(&ones[..n.min(7)]);
            assert_eq!(tail(&ones[..n.min(7)]), u64::from_le_bytes(b), "{n}");
        }
    }

    #[test]
    fn ascii_words_are_ascii() {
        for w in [
            "",
            "a",
            "é",
            "ab",
            "aé",
            "abc",
            "abcd",
            "abcdé",
            "abcdefg",
            "abcdefé",
            "abcdefgh",
            "abcdefgé",
            "王",
            "’s",
            "x’",
            "ééé",
            "abcdefghijk",
            "abcdefghijé",
        ] {
            assert_eq!(is_ascii_word(w), w.is_ascii(), "{w}");
        }
    }

    #[test]
    fn maps_find_what_was_put_in() {
        let words = [
            "",
            "a",
            "of",
            "the",
            "Minister",
            "Secretary-General",
            "王毅",
            "é",
        ];
        let set: WordSet<&str> = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w));
        }
        for w in ["b", "Of", "Ministers", "Secretary-Genera"] {
            assert!(!set.contains(w));
        }
    }

    #[test]
    fn words_answer_as_the_list() {
        const LIST: &[&str] = &["company", "group", "a", "Ministry", "王毅", "start-up"];
        const WORDS: Words = Words::new(LIST);
        let long = "x".repeat(70);
        let mut probes: Vec<&str> = LIST.to_vec();
        probes.extend([
            "", "b", "A", "compan", "companY", "groups", "Ministr", "王", "start", "g", &long,
        ]);
        for w in probes {
            assert_eq!(WORDS.contains(w), LIST.contains(&w), "{w}");
        }
        const WITH_EMPTY: Words = Words::new(&["", "of"]);
        assert!(WITH_EMPTY.contains("") && WITH_EMPTY.contains("of") && !WITH_EMPTY.contains("o"));
        const LONG: &[&str] =
            &["abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"];
        assert!(Words::new(LONG).contains(LONG[0]) && !Words::new(LONG).contains(&long));
    }

    #[test]
    fn words_ignoring_ascii_case_answer_as_the_list() {
        const LIST: &[&str] = &["dollar", "yen", "a", "ťa", "start-up", "9s"];
        const WORDS: Words = Words::new(LIST);
        for w in [
            "", "dollar", "Dollar", "DOLLAR", "dollars", "YEN", "yEn", "ye", "A", "a", "b", "ŤA",
            "ťA", "Start-Up", "9S", "9s", "ﬀ",
        ] {
            let want = LIST.iter().any(|x| x.eq_ignore_ascii_case(w));
            assert_eq!(WORDS.contains_ignoring_ascii_case(w), want, "{w}");
        }
    }

    #[test]
    fn ascii_lowercase_in_place() {
        assert_eq!(
            with_ascii_lowercase::<8, _>("ThE", str::to_string),
            Some("the".into())
        );
        assert_eq!(with_ascii_lowercase::<2, _>("ThE", str::to_string), None);
        assert_eq!(
            with_ascii_lowercase::<3, _>("the", str::to_string),
            Some("the".into())
        );
        assert_eq!(with_ascii_lowercase::<2, _>("the", str::to_string), None);
        assert_eq!(with_ascii_lowercase::<8, _>("été", str::to_string), None);
        assert_eq!(with_ascii_lowercase::<8, _>("Été", str::to_string), None);
    }

    #[test]
    fn sieves_keep_every_word_of_their_set() {
        let words = [
            "",
            "a",
            "of",
            "the",
            "Minister",
            "Secretary-General",
            "王毅",
            "é",
            "Islamabad",
        ];
        let sieve = Sieve::new(words);
        for w in words {
            assert!(sieve.maybe(w), "{w}");
        }
        let long: Vec<String> = (0..5000).map(|i| format!("W{i}x{}", i * 7)).collect();
        let sieve = Sieve::new(long.iter().map(String::as_str));
        assert!(long.iter().all(|w| sieve.maybe(w)));
        // And turns down most other words.
        let others = (0..5000)
            .filter(|i| !sieve.maybe(&format!("Q{i}y{}", i * 3)))
            .count();
        assert!(others > 3000, "{others}");
    }
}
