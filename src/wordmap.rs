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

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
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

/// A `HashMap` with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A `HashSet` with [`WordHasher`].
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// Calls `f` with `w` lower-cased when `w` is ASCII and at most `N` bytes long (lower-cased in
/// a stack buffer, no allocation); `None` otherwise. For looking up lower-case list words.
pub fn with_ascii_lowercase<const N: usize, R>(w: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    if !w.is_ascii() || w.len() > N {
        return None;
    }
    let mut buf = [0u8; N];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII lower-cased is still ASCII, hence UTF-8.
    std::str::from_utf8(lower).ok().map(f)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ascii_lowercase_in_place() {
        assert_eq!(
            with_ascii_lowercase::<8, _>("ThE", str::to_string),
            Some("the".into())
        );
        assert_eq!(with_ascii_lowercase::<2, _>("ThE", str::to_string), None);
        assert_eq!(with_ascii_lowercase::<8, _>("Été", str::to_string), None);
    }
}
