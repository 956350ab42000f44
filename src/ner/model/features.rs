//! Feature extraction shared by training and tagging. Every token is reduced once to a few
//! 64-bit hashes ([`TokInfo`]: word, lower case, shape, affixes); features are hashes of a
//! template id and one or two of those, so the hot path never allocates or formats strings.

use super::lexicon::emb_levels;

/// Multiplier used by the mixers (2^64 / golden ratio).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Final avalanche (murmur3 fmix64).
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hashes bytes; deterministic on every platform (explicit little-endian reads).
#[inline]
pub fn hash_bytes(seed: u64, s: &[u8]) -> u64 {
    let mut h = seed ^ (s.len() as u64).wrapping_mul(K);
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ v).wrapping_mul(K).rotate_left(31);
    }
    let rem = chunks.remainder();
    if !rem.is_empty() {
        h = (h ^ tail_le(rem)).wrapping_mul(K).rotate_left(31);
    }
    fmix(h)
}

/// The bytes of `rem` (fewer than eight) as a little-endian `u64`, zero-padded: the value of
/// copying them into a zeroed `[u8; 8]`, read with two or three fixed-size loads. Most words
/// end in such a remainder and every token hashes eleven of them; a copy of a variable length
/// is a `memcpy` call each.
#[inline]
fn tail_le(rem: &[u8]) -> u64 {
    let n = rem.len();
    if n >= 4 {
        // Two overlapping four-byte reads; the bytes they share are the same in both.
        let lo = u32::from_le_bytes([rem[0], rem[1], rem[2], rem[3]]) as u64;
        let hi = u32::from_le_bytes([rem[n - 4], rem[n - 3], rem[n - 2], rem[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else if n > 0 {
        // The first, middle and last bytes cover one to three.
        rem[0] as u64 | (rem[n / 2] as u64) << (8 * (n / 2)) | (rem[n - 1] as u64) << (8 * (n - 1))
    } else {
        0
    }
}

/// Feature of template `t` over one value.
#[inline]
pub fn f1(t: u32, a: u64) -> u64 {
    fmix(a ^ (t as u64 + 1).wrapping_mul(K))
}

/// Feature of template `t` over two values.
#[inline]
pub fn f2(t: u32, a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(23) ^ b ^ (t as u64 + 1).wrapping_mul(K).rotate_left(7))
}

/// Feature of template `t` over three values.
#[inline]
pub fn f3(t: u32, a: u64, b: u64, c: u64) -> u64 {
    fmix(a.rotate_left(41) ^ b.rotate_left(17) ^ c ^ (t as u64 + 1).wrapping_mul(K).rotate_left(3))
}

/// Maps a token's text to the form the training data (OntoNotes, PTB-style) uses: curly quotes
/// to ASCII, dashes to `-`/`--`, the ellipsis to `...`. Appends to `out`.
pub fn normalize_into(tok: &str, out: &mut String) {
    for c in tok.chars() {
        match c {
            '“' | '”' | '„' | '«' | '»' | '″' | '‟' => out.push('"'),
            '‘' | '’' | '‛' | '′' | '`' | '´' => out.push('\''),
            '—' | '―' => out.push_str("--"),
            '–' | '‒' | '‐' | '‑' | '−' => out.push('-'),
            '…' => out.push_str("..."),
            '\u{a0}' => out.push(' '),
            _ => out.push(c),
        }
    }
}

/// The per-token values features are built from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokInfo {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub short: u64,
    pub pre: [u64; 3],
    pub suf: [u64; 4],
    /// First character is upper case.
    pub cap: bool,
    /// Word cluster id + 1 (0 when the model has none for this word); the id's high byte is a
    /// coarse cluster, the whole id a fine one.
    pub cluster: u64,
    /// Embedding cluster at three granularities ([`super::lexicon::pack_emb`]; 0 when the model
    /// has none for this word).
    pub emb: u64,
}

const SEED_WORD: u64 = 0x1111;
const SEED_LOWER: u64 = 0x2222;
const SEED_SHAPE: u64 = 0x3333;
const SEED_SHORT: u64 = 0x4444;
const SEED_PRE: u64 = 0x5555;
const SEED_SUF: u64 = 0x6666;

/// Padding before a sentence / after it.
pub const BOS: TokInfo = pad(0xB0B0);
pub const EOS: TokInfo = pad(0xE0E0);

const fn pad(x: u64) -> TokInfo {
    TokInfo {
        word: x,
        lower: x ^ 1,
        shape: x ^ 2,
        short: x ^ 3,
        pre: [x ^ 4, x ^ 5, x ^ 6],
        suf: [x ^ 7, x ^ 8, x ^ 9, x ^ 10],
        cap: false,
        cluster: x ^ 11,
        // The padding value in every level, above any real cluster id.
        emb: x * 0x0001_0001_0001,
    }
}

fn char_class(c: char) -> u8 {
    if c.is_ascii_digit() {
        b'd'
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_alphabetic() {
        b'x'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'o'
    }
}

/// [`char_class`] of an ASCII byte.
#[inline]
fn ascii_class(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b'd'
    } else if b.is_ascii_uppercase() {
        b'X'
    } else if b.is_ascii_alphabetic() {
        b'x'
    } else {
        b
    }
}

/// Scratch buffers reused across tokens.
#[derive(Default)]
pub struct Scratch {
    norm: String,
    lower: String,
}

/// Hash of the lower-cased normalized form, as used for cluster lookup.
pub fn lower_hash(lower: &str) -> u64 {
    hash_bytes(SEED_LOWER, lower.as_bytes())
}

impl TokInfo {
    /// Computes a token's values from its raw text.
    pub fn new(raw: &str, sc: &mut Scratch) -> TokInfo {
        if raw.is_ascii() {
            Self::new_ascii(raw, sc)
        } else {
            Self::new_any(raw, sc)
        }
    }

    /// [`TokInfo::new`] for ASCII text (most tokens), with the same values: one byte is one
    /// char, so normalizing, lower-casing, shapes and affixes work on bytes, without decoding
    /// chars or Unicode case tables.
    fn new_ascii(raw: &str, sc: &mut Scratch) -> TokInfo {
        sc.norm.clear();
        sc.norm.push_str(raw);
        if raw.contains('`') {
            // The only ASCII char `normalize_into` changes.
            sc.norm = sc.norm.replace('`', "'");
        }
        sc.lower.clear();
        sc.lower.push_str(&sc.norm);
        sc.lower.make_ascii_lowercase();
        let (norm, lower) = (sc.norm.as_bytes(), sc.lower.as_bytes());
        let (shape, short) = shapes(norm.iter().map(|&b| ascii_class(b)));
        let n = lower.len();
        let pre = [0, 1, 2].map(|k| hash_bytes(SEED_PRE + k as u64, &lower[..(k + 1).min(n)]));
        let suf = [0, 1, 2, 3]
            .map(|k| hash_bytes(SEED_SUF + k as u64, &lower[n.saturating_sub(k + 1)..]));
        TokInfo {
            word: hash_bytes(SEED_WORD, norm),
            lower: hash_bytes(SEED_LOWER, lower),
            shape: hash_bytes(SEED_SHAPE, shape.as_slice()),
            short: hash_bytes(SEED_SHORT, short.as_slice()),
            pre,
            suf,
            cap: norm.first().is_some_and(u8::is_ascii_uppercase),
            cluster: 0,
            emb: 0,
        }
    }

    /// [`TokInfo::new`] for any text.
    fn new_any(raw: &str, sc: &mut Scratch) -> TokInfo {
        sc.norm.clear();
        normalize_into(raw, &mut sc.norm);
        sc.lower.clear();
        for c in sc.norm.chars() {
            if c.is_ascii() {
                sc.lower.push(c.to_ascii_lowercase());
            } else {
                sc.lower.extend(c.to_lowercase());
            }
        }
        let norm = sc.norm.as_str();
        let lower = sc.lower.as_str();
        let (shape, short) = shapes(norm.chars().map(char_class));
        let mut pre = [0u64; 3];
        let mut ends = lower.char_indices().map(|(j, c)| j + c.len_utf8());
        for (k, p) in pre.iter_mut().enumerate() {
            let e = ends.next().unwrap_or(lower.len());
            *p = hash_bytes(SEED_PRE + k as u64, &lower.as_bytes()[..e]);
        }
        let mut suf = [0u64; 4];
        let mut starts = lower.char_indices().rev().map(|(j, _)| j);
        for (k, s) in suf.iter_mut().enumerate() {
            let b = starts.next().unwrap_or(0);
            *s = hash_bytes(SEED_SUF + k as u64, &lower.as_bytes()[b..]);
        }
        TokInfo {
            word: hash_bytes(SEED_WORD, norm.as_bytes()),
            lower: lower_hash(lower),
            shape: hash_bytes(SEED_SHAPE, shape.as_slice()),
            short: hash_bytes(SEED_SHORT, short.as_slice()),
            pre,
            suf,
            cap: norm.chars().next().is_some_and(char::is_uppercase),
            cluster: 0,
            emb: 0,
        }
    }
}

/// Up to `N` character classes, on the stack.
struct Classes<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Classes<N> {
    fn new() -> Self {
        Classes {
            buf: [0; N],
            len: 0,
        }
    }
    fn push(&mut self, k: u8) {
        if self.len < N {
            self.buf[self.len] = k;
            self.len += 1;
        }
    }
    fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The word shape (runs of a class cut to 4, `Xxxxx` for `Pakistan`) and the short shape (one
/// letter per run, `Xx`) of a token's character classes; both capped in length so that long
/// tokens share their shape with other long tokens.
fn shapes(classes: impl Iterator<Item = u8>) -> (Classes<24>, Classes<16>) {
    let (mut shape, mut short) = (Classes::new(), Classes::new());
    let (mut last, mut run) = (0u8, 0);
    for k in classes {
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
            short.push(k);
        }
        if run <= 4 {
            shape.push(k);
        }
    }
    (shape, short)
}

/// A feature slot that holds no feature.
pub const NONE: u64 = 0;

/// The static feature slots that depend only on the token itself and on whether it starts its
/// sentence (not on its neighbours), in the order [`local_features`] gives them: their sum can be
/// cached per word within a document.
pub const LOCAL_SLOTS: [usize; 19] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21, 22, 23, 29, 32, 36, 37, 38,
];

/// The static feature slots over the token and a direct neighbour's word together, in the order
/// [`pair_features`] gives them: too many distinct values to cache, looked up per token.
pub const PAIR_SLOTS: [usize; 6] = [19, 20, 27, 28, 33, 35];

/// Static feature slots that depend only on the shapes, short shapes and capitalization of the
/// token and its two direct neighbours: few distinct values per document and long rows, so their
/// sum is cached per [`shape_context`] within a document.
pub const SHAPE_CTX: [usize; 6] = [15, 16, 17, 18, 24, 34];

/// A [`shape_context`]: the shapes and short shapes of three tokens and their capitalization.
///
/// A map key looked up once per token. As a plain `[u64; 7]` it was hashed as 56 bytes (with
/// a length prefix) and compared with `memcmp`, which in wasm is a byte loop (56 iterations per
/// hit); here both are seven word operations and no call. Equality is still exact.
#[derive(Clone, Copy, Debug, Eq)]
pub struct CtxKey(pub [u64; 7]);

impl PartialEq for CtxKey {
    #[inline]
    fn eq(&self, other: &CtxKey) -> bool {
        self.0
            .iter()
            .zip(&other.0)
            .fold(0, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

impl std::hash::Hash for CtxKey {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // The values are hashes already, and a short shape nearly follows from its shape:
        // the three shapes (rotated apart) and the capitals pick the bucket; equality still
        // compares all seven words. (A multiply-rotate over all seven: 1.4 M instructions
        // more on the seeds bench.)
        let [a, b, c, _, _, _, caps] = self.0;
        state.write_u64((a ^ b.rotate_left(21) ^ c.rotate_left(42)).wrapping_add(caps));
    }
}

/// Everything the [`SHAPE_CTX`] slots of token `i` of the sentence `toks[s..e]` depend on.
#[inline]
pub fn shape_context(toks: &[TokInfo], i: usize, s: usize, e: usize) -> CtxKey {
    shape_context_of(
        neighbour(toks, i, -1, s, e),
        &toks[i],
        neighbour(toks, i, 1, s, e),
    )
}

/// [`shape_context`] of a token `c` between `p1` and `n1` (its [`neighbour`]s).
#[inline]
pub fn shape_context_of(p1: &TokInfo, c: &TokInfo, n1: &TokInfo) -> CtxKey {
    CtxKey([
        p1.shape,
        c.shape,
        n1.shape,
        p1.short,
        c.short,
        n1.short,
        p1.cap as u64 | (c.cap as u64) << 1 | (n1.cap as u64) << 2,
    ])
}

/// The token at offset `k` from `i` within the sentence `toks[s..e]`, or the padding.
#[inline]
pub fn neighbour(toks: &[TokInfo], i: usize, k: isize, s: usize, e: usize) -> &TokInfo {
    let j = i as isize + k;
    if j < s as isize {
        &BOS
    } else if j >= e as isize {
        &EOS
    } else {
        &toks[j as usize]
    }
}

/// Number of tag-independent features per token.
pub const N_STATIC: usize = 41;

/// Writes the tag-independent features of token `i` of the sentence `toks[s..e]`.
pub fn static_features(toks: &[TokInfo], i: usize, s: usize, e: usize, out: &mut [u64; N_STATIC]) {
    let at = |k: isize| -> &TokInfo { neighbour(toks, i, k, s, e) };
    let (p2, p1, c, n1, n2) = (at(-2), at(-1), at(0), at(1), at(2));
    for (&slot, h) in LOCAL_SLOTS.iter().zip(local_features(c, i == s)) {
        out[slot] = h;
    }
    for (&slot, h) in SHAPE_CTX.iter().zip(shape_ctx_features(p1, c, n1)) {
        out[slot] = h;
    }
    for (&slot, h) in PAIR_SLOTS.iter().zip(pair_features(p1, c, n1)) {
        out[slot] = h;
    }
    let nb = as_prev(p1)
        .into_iter()
        .chain(as_next(n1))
        .chain([as_prev2(p2), as_next2(n2)]);
    for (&slot, h) in NEIGHBOUR.iter().zip(nb) {
        out[slot] = h;
    }
}

/// The features of [`LOCAL_SLOTS`] for token `c` (`first`: it starts its sentence).
#[inline]
pub fn local_features(c: &TokInfo, first: bool) -> [u64; 19] {
    let first = first as u64;
    // Features of a missing cluster are 0: no feature (see [`NONE`]).
    let has_cluster = c.cluster != 0;
    // Embedding clusters: the word's at three granularities (the coarsest with its shape).
    let (fine, mid, coarse) = emb_levels(c.emb);
    let has_emb = c.emb != 0;
    [
        f1(0, 0),
        f1(1, c.word),
        f1(2, c.lower),
        f1(3, c.shape),
        f1(4, c.pre[0]),
        f1(5, c.pre[1]),
        f1(6, c.pre[2]),
        f1(7, c.suf[0]),
        f1(8, c.suf[1]),
        f1(9, c.suf[2]),
        f1(10, c.suf[3]),
        f2(21, first, c.shape),
        f2(22, first, c.lower),
        f1(23, c.short),
        if has_cluster { f1(29, c.cluster) } else { NONE },
        // Coarse cluster (the high byte of the id) with the shape.
        if has_cluster {
            f2(32, (c.cluster - 1) >> 8, c.shape)
        } else {
            NONE
        },
        if has_emb { f1(36, fine) } else { NONE },
        if has_emb { f1(37, mid) } else { NONE },
        if has_emb {
            f2(38, coarse, c.shape)
        } else {
            NONE
        },
    ]
}

/// The features of [`SHAPE_CTX`] for token `c` between `p1` and `n1`.
#[inline]
pub fn shape_ctx_features(p1: &TokInfo, c: &TokInfo, n1: &TokInfo) -> [u64; 6] {
    [
        f1(15, p1.shape),
        f1(16, n1.shape),
        f2(17, p1.shape, c.shape),
        f2(18, c.shape, n1.shape),
        f3(24, p1.short, c.short, n1.short),
        f3(34, p1.cap as u64, c.cap as u64, n1.cap as u64),
    ]
}

/// The features of [`PAIR_SLOTS`] for token `c` between `p1` and `n1`.
#[inline]
pub fn pair_features(p1: &TokInfo, c: &TokInfo, n1: &TokInfo) -> [u64; 6] {
    [
        f2(19, p1.lower, c.lower),
        f2(20, c.lower, n1.lower),
        f2(27, p1.suf[2], c.shape),
        f2(28, n1.suf[2], c.shape),
        f2(33, p1.lower, n1.lower),
        f2(35, c.word, n1.shape),
    ]
}

/// The static feature slots that see one neighbour only, in the order [`as_prev`] gives them
/// (then [`as_next`]'s, then the two at distance 2): their sum depends on that neighbour's word
/// alone, so it is cached per word within a document instead of looked up per token.
pub const NEIGHBOUR: [usize; 10] = [11, 25, 30, 39, 12, 26, 31, 40, 13, 14];

/// The features token `t` gives the token after it (slots 11, 25, 30, 39).
#[inline]
pub fn as_prev(t: &TokInfo) -> [u64; 4] {
    as_direct_neighbour(t, [11, 25, 30, 39])
}

/// The features token `t` gives the token before it (slots 12, 26, 31, 40).
#[inline]
pub fn as_next(t: &TokInfo) -> [u64; 4] {
    as_direct_neighbour(t, [12, 26, 31, 40])
}

/// What a direct neighbour `t` gives, through templates `tpl`: its lower case, its word, its
/// corpus cluster and its middle embedding cluster (no feature for a missing cluster).
#[inline]
fn as_direct_neighbour(t: &TokInfo, tpl: [u32; 4]) -> [u64; 4] {
    [
        f1(tpl[0], t.lower),
        f1(tpl[1], t.word),
        if t.cluster != 0 {
            f1(tpl[2], t.cluster)
        } else {
            NONE
        },
        if t.emb != 0 {
            f1(tpl[3], emb_levels(t.emb).1)
        } else {
            NONE
        },
    ]
}

/// The feature token `t` gives the token two after it (slot 13).
#[inline]
pub fn as_prev2(t: &TokInfo) -> u64 {
    f1(13, t.lower)
}

/// The feature token `t` gives the token two before it (slot 14).
#[inline]
pub fn as_next2(t: &TokInfo) -> u64 {
    f1(14, t.lower)
}

/// Number of features that depend on the tags already chosen.
pub const N_DYNAMIC: usize = 6;

/// Feature groups a model may use, stored in the model file.
pub mod flags {
    /// The previous tag, and the previous two tags.
    pub const HISTORY: u8 = 1;
    /// The previous tag with the word and with its shape.
    pub const HISTORY_LEX: u8 = 2;
    /// How the same capitalized word was tagged earlier in the document.
    pub const DOC: u8 = 4;
    /// First-order Viterbi decoding with learned tag transitions (else greedy).
    pub const VITERBI: u8 = 8;
}

/// Features of the previous two tags and of how the same word was tagged earlier in the document
/// (`doc_prev`: 0 none, else 1 + the label of its last tagging as an entity); slots of groups
/// not in `flags` are [`NONE`].
#[inline]
pub fn dynamic_features(
    prev: u16,
    prev2: u16,
    c: &TokInfo,
    doc_prev: u16,
    fl: u8,
    out: &mut [u64; N_DYNAMIC],
) {
    *out = [NONE; N_DYNAMIC];
    if fl & flags::HISTORY != 0 {
        out[0] = f1(100, prev as u64);
        out[1] = f2(101, prev as u64, prev2 as u64);
    }
    if fl & flags::HISTORY_LEX != 0 {
        out[2] = f2(102, prev as u64, c.lower);
        out[3] = f2(103, prev as u64, c.shape);
    }
    if fl & flags::DOC != 0 && doc_prev != 0 {
        out[4] = f1(104, doc_prev as u64);
        out[5] = f2(105, doc_prev as u64, c.shape);
    }
}

/// Token values of `words` (tests build small documents this way).
#[cfg(test)]
pub fn toks_of(words: &[&str]) -> Vec<TokInfo> {
    let mut sc = Scratch::default();
    words.iter().map(|w| TokInfo::new(w, &mut sc)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tail_reads_as_its_bytes_copied_into_zeros() {
        let bytes = [0x01, 0x80, 0xFF, 0x7F, 0x10, 0xE2, 0x94, 0x42];
        for n in 0..8 {
            for shift in 0..8 {
                let rem: Vec<u8> = (0..n).map(|j| bytes[(j + shift) % 8]).collect();
                let mut b = [0u8; 8];
                b[..n].copy_from_slice(&rem);
                assert_eq!(tail_le(&rem), u64::from_le_bytes(b), "{rem:?}");
            }
        }
    }

    #[test]
    fn slot_groups_cover_every_slot_once() {
        let mut seen = [0; N_STATIC];
        for &slot in LOCAL_SLOTS
            .iter()
            .chain(&SHAPE_CTX)
            .chain(&PAIR_SLOTS)
            .chain(&NEIGHBOUR)
        {
            seen[slot] += 1;
        }
        assert_eq!(seen, [1; N_STATIC]);
    }

    #[test]
    fn normalization_maps_quotes_and_dashes() {
        let mut s = String::new();
        for t in ["“", "’s", "—", "–", "…", "n’t"] {
            normalize_into(t, &mut s);
            s.push(' ');
        }
        assert_eq!(s, "\" 's -- - ... n't ");
    }

    #[test]
    fn token_info_is_case_aware_and_normalized() {
        let mut sc = Scratch::default();
        let a = TokInfo::new("China", &mut sc);
        let b = TokInfo::new("china", &mut sc);
        assert_ne!(a.word, b.word);
        assert_eq!(a.lower, b.lower);
        assert!(a.cap && !b.cap);
        assert_eq!(TokInfo::new("’s", &mut sc), TokInfo::new("'s", &mut sc));
        // Same shape class for words of four or more letters.
        assert_eq!(
            TokInfo::new("Beijing", &mut sc).shape,
            TokInfo::new("Karachi", &mut sc).shape
        );
        assert_ne!(
            TokInfo::new("1960", &mut sc).shape,
            TokInfo::new("19", &mut sc).shape
        );
        // Multibyte text does not panic and affixes differ from the whole.
        let w = TokInfo::new("Fo’an王毅", &mut sc);
        assert_ne!(w.pre[0], w.suf[0]);
    }

    #[test]
    fn ascii_tokens_get_the_values_of_the_general_path() {
        let mut sc = Scratch::default();
        let all: String = (0u8..128).map(char::from).collect();
        let mut tokens: Vec<String> = [
            "",
            "a",
            "I",
            "of",
            "China",
            "CPEC",
            "U.S.",
            "1.5pc",
            "2025-05-21",
            "``",
            "`s",
            "'s",
            "n't",
            "Secretary-General",
            "https://a-b.com/x?y=1",
            "aaaaAAAA1111....",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        tokens.extend((0..all.len()).map(|i| all[i..].to_string()));
        tokens.extend((0..128u8).map(|b| char::from(b).to_string()));
        for t in &tokens {
            let fast = TokInfo::new_ascii(t, &mut sc);
            assert_eq!(fast, TokInfo::new_any(t, &mut sc), "{t:?}");
        }
    }

    #[test]
    fn local_slots_ignore_the_neighbours() {
        let mut sc = Scratch::default();
        let a: Vec<TokInfo> = ["the", "big", "China", "deal", "now"]
            .iter()
            .map(|t| TokInfo::new(t, &mut sc))
            .collect();
        let b: Vec<TokInfo> = ["A", "One", "China", "Visit", "."]
            .iter()
            .map(|t| TokInfo::new(t, &mut sc))
            .collect();
        // Embedding clusters as a lexicon would give them (a function of the lower-cased word).
        let with_emb = |v: Vec<TokInfo>| -> Vec<TokInfo> {
            v.into_iter()
                .map(|mut t| {
                    t.emb = crate::ner::model::lexicon::pack_emb((t.lower % 500) as u16, 8, 64);
                    t
                })
                .collect()
        };
        let (a, b) = (with_emb(a), with_emb(b));
        let (mut fa, mut fb) = ([0u64; N_STATIC], [0u64; N_STATIC]);
        static_features(&a, 2, 0, 5, &mut fa);
        static_features(&b, 2, 0, 5, &mut fb);
        for k in 0..N_STATIC {
            if LOCAL_SLOTS.contains(&k) {
                assert_eq!(fa[k], fb[k], "slot {k}");
            } else if fa[k] != NONE {
                assert_ne!(fa[k], fb[k], "slot {k}");
            }
        }
    }

    #[test]
    fn shape_context_slots_depend_on_the_shape_context_only() {
        let mut sc = Scratch::default();
        let words = [
            "the", "big", "China", "deal", "now", "Wang", "Yi", "said", ".", "1960", "U.S.", "IBM",
            "Bank", "of", "1961", "Karachi",
        ];
        let toks: Vec<TokInfo> = words.iter().map(|t| TokInfo::new(t, &mut sc)).collect();
        let n = toks.len();
        let mut seen: Vec<(CtxKey, [u64; N_STATIC])> = Vec::new();
        for (s, e) in [(0, n), (2, n), (0, 7), (3, 6), (8, 12)] {
            for i in s..e {
                let mut f = [0u64; N_STATIC];
                static_features(&toks, i, s, e, &mut f);
                let key = shape_context(&toks, i, s, e);
                for (k2, f2) in &seen {
                    for &slot in SHAPE_CTX.iter() {
                        if *k2 == key {
                            assert_eq!(f[slot], f2[slot], "slot {slot}");
                        }
                    }
                }
                seen.push((key, f));
            }
        }
        assert!(seen
            .iter()
            .any(|a| seen.iter().filter(|b| b.0 == a.0).count() > 1));
    }

    #[test]
    fn features_are_padded_at_sentence_edges() {
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = ["Wang", "Yi", "said"]
            .iter()
            .map(|t| TokInfo::new(t, &mut sc))
            .collect();
        let mut a = [0u64; N_STATIC];
        let mut b = [0u64; N_STATIC];
        static_features(&toks, 1, 0, 3, &mut a);
        static_features(&toks, 1, 1, 3, &mut b);
        assert_eq!(a[1], b[1]);
        assert_ne!(a[11], b[11]);
        assert_eq!(b[11], f1(11, BOS.lower));
    }
}
