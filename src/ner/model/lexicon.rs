//! The model's word classes: for each known lower-cased word, a corpus cluster (k-means over the
//! contexts of the training corpora's words, [`crate::train::clusters`]) and an embedding cluster
//! (hierarchical k-means over pretrained word vectors, [`crate::train::embeddings`]). Both are
//! unlabeled-text knowledge: they let the tagger generalize from a training word to words it
//! never saw with a label but that behave alike.
//!
//! Embedding clusters form a tree: a word's fine id `f` lies in the mid cluster `f / mid_div` and
//! the coarse cluster `f / coarse_div`, so one `u16` per word carries all three levels.

use super::features::TokInfo;
use super::{get_key_deltas, key_of, put_key_deltas, slot_of, VarintError};

/// Marks a word without a cluster of that kind.
pub const NO_CLASS: u16 = u16::MAX;

/// Word classes keyed by the key ([`key_of`]) of the lower-cased word hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexicon {
    keys: Vec<u32>,
    /// Corpus cluster per word: coarse id in the high byte, fine id in the low byte.
    corpus: Vec<u16>,
    /// Fine embedding cluster per word.
    emb: Vec<u16>,
    /// Divisors from a fine embedding cluster to its mid and coarse ones (1 when flat).
    mid_div: u16,
    coarse_div: u16,
    slots: Vec<u32>,
}

impl Default for Lexicon {
    /// No words.
    fn default() -> Lexicon {
        Lexicon::new(Vec::new(), 1, 1)
    }
}

/// Why a lexicon could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconError {
    Truncated,
    BadVarint,
    ZeroDivisor,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LexiconError::Truncated => "model file truncated (word classes)",
            LexiconError::BadVarint => "bad varint in the word classes",
            LexiconError::ZeroDivisor => "embedding cluster divisor is zero",
        })
    }
}

impl std::error::Error for LexiconError {}

/// Packs the three embedding levels of a fine id into [`TokInfo::emb`]: fine + 1 in bits 0-15
/// (0 = no cluster), mid in bits 16-31, coarse in bits 32-47.
#[inline]
pub fn pack_emb(fine: u16, mid_div: u16, coarse_div: u16) -> u64 {
    (fine as u64 + 1) | ((fine / mid_div) as u64) << 16 | ((fine / coarse_div) as u64) << 32
}

/// The fine, mid and coarse embedding cluster of a packed [`TokInfo::emb`] value.
#[inline]
pub fn emb_levels(emb: u64) -> (u64, u64, u64) {
    (emb & 0xffff, (emb >> 16) & 0xffff, emb >> 32)
}

impl Lexicon {
    /// Builds a lexicon from `(key, corpus cluster, embedding cluster)` entries ([`NO_CLASS`]
    /// for none); duplicate keys keep their first entry.
    pub fn new(mut entries: Vec<(u32, u16, u16)>, mid_div: u16, coarse_div: u16) -> Lexicon {
        entries.sort_by_key(|e| e.0);
        entries.dedup_by_key(|e| e.0);
        entries.retain(|e| e.1 != NO_CLASS || e.2 != NO_CLASS);
        let keys: Vec<u32> = entries.iter().map(|e| e.0).collect();
        Lexicon {
            slots: build_slots(&keys),
            keys,
            corpus: entries.iter().map(|e| e.1).collect(),
            emb: entries.iter().map(|e| e.2).collect(),
            mid_div: mid_div.max(1),
            coarse_div: coarse_div.max(1),
        }
    }

    /// The entries, for rebuilding (pruning keeps the lexicon).
    pub fn entries(&self) -> Vec<(u32, u16, u16)> {
        (0..self.keys.len())
            .map(|i| (self.keys[i], self.corpus[i], self.emb[i]))
            .collect()
    }

    pub fn divisors(&self) -> (u16, u16) {
        (self.mid_div, self.coarse_div)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of words with an embedding cluster.
    pub fn n_embedded(&self) -> usize {
        self.emb.iter().filter(|&&e| e != NO_CLASS).count()
    }

    /// Fills in `t.cluster` and `t.emb` from its lower-cased word.
    #[inline]
    pub fn classify(&self, t: &mut TokInfo) {
        (t.cluster, t.emb) = match self.find(key_of(t.lower)) {
            Some(i) => (
                match self.corpus[i] {
                    NO_CLASS => 0,
                    c => c as u64 + 1,
                },
                match self.emb[i] {
                    NO_CLASS => 0,
                    f => pack_emb(f, self.mid_div, self.coarse_div),
                },
            ),
            None => (0, 0),
        };
    }

    #[inline]
    fn find(&self, key: u32) -> Option<usize> {
        if self.keys.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, mask);
        loop {
            let f = self.slots[s];
            if f == 0 {
                return None;
            }
            if self.keys[f as usize - 1] == key {
                return Some(f as usize - 1);
            }
            s = (s + 1) & mask;
        }
    }

    /// Appends the file form: `u32` count, varint deltas of the sorted keys, the corpus ids
    /// (`u16` each), then — when `with_emb` — the embedding ids (`u16` each) and the two `u16`
    /// divisors. Ids are in columns so that runs of [`NO_CLASS`] compress well.
    pub fn write(&self, out: &mut Vec<u8>, with_emb: bool) {
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        put_key_deltas(out, &self.keys);
        for &c in &self.corpus {
            out.extend_from_slice(&c.to_le_bytes());
        }
        if with_emb {
            for &e in &self.emb {
                out.extend_from_slice(&e.to_le_bytes());
            }
            out.extend_from_slice(&self.mid_div.to_le_bytes());
            out.extend_from_slice(&self.coarse_div.to_le_bytes());
        }
    }

    /// Reads [`Lexicon::write`]'s form from `b` at `*p`. Without `with_emb` (the NLM1/NLM2
    /// formats) there are no embedding clusters.
    pub fn read(b: &[u8], p: &mut usize, with_emb: bool) -> Result<Lexicon, LexiconError> {
        let mut take = |n: usize| -> Result<&[u8], LexiconError> {
            let s = b.get(*p..*p + n).ok_or(LexiconError::Truncated)?;
            *p += n;
            Ok(s)
        };
        let n = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
        // Every entry takes at least three bytes: a count beyond that is garbage.
        if n > b.len() {
            return Err(LexiconError::Truncated);
        }
        let keys = get_key_deltas(b, p, n).map_err(|e| match e {
            VarintError::Truncated => LexiconError::Truncated,
            VarintError::TooLong => LexiconError::BadVarint,
        })?;
        let u16s = |s: &[u8]| -> Vec<u16> {
            s.chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect()
        };
        let mut take = |n: usize| -> Result<&[u8], LexiconError> {
            let s = b.get(*p..*p + n).ok_or(LexiconError::Truncated)?;
            *p += n;
            Ok(s)
        };
        let corpus = u16s(take(2 * n)?);
        let (emb, mid_div, coarse_div) = if with_emb {
            let emb = u16s(take(2 * n)?);
            let d = u16s(take(4)?);
            if d[0] == 0 || d[1] == 0 {
                return Err(LexiconError::ZeroDivisor);
            }
            (emb, d[0], d[1])
        } else {
            (vec![NO_CLASS; n], 1, 1)
        };
        Ok(Lexicon {
            slots: build_slots(&keys),
            keys,
            corpus,
            emb,
            mid_div,
            coarse_div,
        })
    }
}

fn build_slots(keys: &[u32]) -> Vec<u32> {
    let cap = (keys.len() * 2).next_power_of_two().max(16);
    let mask = cap - 1;
    let mut slots = vec![0u32; cap];
    for (i, &k) in keys.iter().enumerate() {
        let mut s = slot_of(k, mask);
        while slots[s] != 0 {
            s = (s + 1) & mask;
        }
        slots[s] = i as u32 + 1;
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::super::features::Scratch;
    use super::*;

    #[test]
    fn round_trip_and_lookup() {
        let mut sc = Scratch::default();
        let paris = TokInfo::new("Paris", &mut sc);
        let rome = TokInfo::new("rome", &mut sc);
        let oslo = TokInfo::new("Oslo", &mut sc);
        let lex = Lexicon::new(
            vec![
                (key_of(paris.lower), 0x0102, 37),
                (key_of(rome.lower), NO_CLASS, 5),
                (key_of(oslo.lower), NO_CLASS, NO_CLASS),
            ],
            4,
            16,
        );
        assert_eq!(lex.len(), 2, "a word without classes is not stored");
        let mut out = Vec::new();
        lex.write(&mut out, true);
        let mut p = 0;
        let back = Lexicon::read(&out, &mut p, true).unwrap();
        assert_eq!((back.clone(), p), (lex.clone(), out.len()));
        let mut t = TokInfo::new("PARIS", &mut sc);
        back.classify(&mut t);
        assert_eq!(t.cluster, 0x0103);
        assert_eq!(emb_levels(t.emb), (38, 37 / 4, 37 / 16));
        let mut t = TokInfo::new("Rome", &mut sc);
        back.classify(&mut t);
        assert_eq!((t.cluster, emb_levels(t.emb)), (0, (6, 1, 0)));
        let mut t = TokInfo::new("Oslo", &mut sc);
        back.classify(&mut t);
        assert_eq!((t.cluster, t.emb), (0, 0));
        for cut in 0..out.len() {
            assert!(Lexicon::read(&out[..cut], &mut 0, true).is_err(), "{cut}");
        }
    }
}
