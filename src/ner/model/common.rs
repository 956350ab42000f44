//! The sums of the word-local and neighbour features of the language's most common words,
//! computed once when the model loads.
//!
//! [`super::Model::tag`] caches these sums per word, but only within one document, and an
//! article is short: about half of its distinct words are among the few thousand most common
//! English words (`the`, `said`, `minister`, `,`), and the first occurrence of each costs
//! 29 feature lookups in every article again. A word's sums depend on its text alone, so for a
//! fixed list of common words they are the same in every document: computed once, they turn
//! those lookups into copies. The list (`model/common-words.txt`, made by
//! `newslens common-words`) is counted on the training corpus, never on the articles being
//! analyzed, so it speeds up any English text alike; the scores, and so the tags, are exactly
//! those of the per-document caches.

use super::features::{self, Scratch, TokInfo};
use super::{Batch, KeyMap, Model};
use crate::wordmap::WordMap;

/// Marks an offset into [`CommonWords`] sums rather than into a document's own sums (the
/// per-document caches of [`Model::tag`] hold offsets of either kind).
pub const COMMON: u32 = 1 << 31;

/// Token values and feature sums of a fixed list of words, for one model.
pub struct CommonWords {
    /// Index of each word by its text, for [`super::doc_infos`].
    by_text: WordMap<&'static str, u32>,
    /// Index of each word by its [`TokInfo::word`] hash, for [`Model::tag`].
    by_hash: KeyMap<u32>,
    infos: Vec<TokInfo>,
    /// Per word, `ntp` scores: the word-local features of a word that does not start its sentence.
    pub(super) local: Vec<i32>,
    /// Per word, `4 * ntp` scores: the features the word gives its neighbours, as
    /// [`Model::neighbour_sums`] lays them out.
    pub(super) nbr: Vec<i32>,
}

impl CommonWords {
    /// The sums of `model` for each line of `list` (blank lines and repeats skipped).
    pub fn new(model: &Model, list: &'static str) -> CommonWords {
        let nt = model.ntp;
        let mut sc = Scratch::default();
        let mut by_text = WordMap::default();
        let mut by_hash = KeyMap::default();
        let mut infos = Vec::new();
        for w in list.lines().map(str::trim).filter(|w| !w.is_empty()) {
            let info = model.tok_info(w, &mut sc);
            if by_hash.contains_key(&info.word) {
                continue;
            }
            by_text.insert(w, infos.len() as u32);
            by_hash.insert(info.word, infos.len() as u32);
            infos.push(info);
        }
        let (mut local, mut nbr) = (vec![0; infos.len() * nt], Vec::new());
        let (mut lb, mut nb, mut scratch) = (Batch::default(), Batch::default(), Vec::new());
        for (k, t) in infos.iter().enumerate() {
            for h in features::local_features(t, false) {
                model.probe_into(h, k * nt, &mut lb);
            }
            model.neighbour_sums(t, &mut nbr, &mut nb);
        }
        model.add_rows(&mut lb, &mut scratch, &mut local);
        model.add_rows(&mut nb, &mut scratch, &mut nbr);
        CommonWords {
            by_text,
            by_hash,
            infos,
            local,
            nbr,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.infos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.infos.is_empty()
    }

    /// The token values of `text` if it is one of the words.
    #[inline]
    pub fn info(&self, text: &str) -> Option<TokInfo> {
        self.by_text.get(text).map(|&i| self.infos[i as usize])
    }

    /// The index of the word with [`TokInfo::word`] hash `word`, if it is one of them.
    #[inline]
    pub fn index(&self, word: u64) -> Option<u32> {
        self.by_hash.get(&word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_equal_the_per_document_ones() {
        let m = super::super::shipped();
        let list = "the\nsaid\nThe\nminister\n,\nthe\n\n";
        let c = CommonWords::new(m, list);
        // `the` twice: once.
        assert_eq!(c.len(), 5);
        let nt = m.ntp;
        let mut sc = Scratch::default();
        for (k, w) in ["the", "said", "The", "minister", ","].iter().enumerate() {
            let t = m.tok_info(w, &mut sc);
            assert_eq!(c.info(w), Some(t));
            let i = c.index(t.word).unwrap() as usize;
            assert_eq!(i, k);
            let mut want = vec![0; nt];
            for h in features::local_features(&t, false) {
                if h != features::NONE {
                    m.add(h, &mut want);
                }
            }
            assert_eq!(&c.local[i * nt..(i + 1) * nt], &want[..]);
            assert!(want.iter().any(|&v| v != 0));
            let (mut nbr, mut b, mut s) = (Vec::new(), Batch::default(), Vec::new());
            m.neighbour_sums(&t, &mut nbr, &mut b);
            m.add_rows(&mut b, &mut s, &mut nbr);
            assert_eq!(&c.nbr[i * 4 * nt..(i + 1) * 4 * nt], &nbr[..]);
        }
        assert_eq!(c.info("Minister"), None);
        assert_eq!(c.index(m.tok_info("Minister", &mut sc).word), None);
    }

    #[test]
    fn tags_are_those_without_the_common_words() {
        let with = super::super::shipped();
        assert!(with.common().is_some_and(|c| c.len() > 1000));
        let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlm");
        let without = Model::from_bytes(bytes).unwrap();
        assert!(without.common().is_none());
        let text = "The minister said on Tuesday that the government of Pakistan would sign \
                    12 agreements with China worth $ 1.5 billion . Ishaq Dar met Wang Yi in \
                    Beijing , and the two sides said the talks were the best in years . \
                    The said minister said the the , , said .";
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = text.split(' ').map(|w| with.tok_info(w, &mut sc)).collect();
        let n = toks.len();
        let sents = [0..21, 21..n - 10, n - 10..n];
        let tags = with.tag(&toks, &sents);
        assert_eq!(tags, without.tag(&toks, &sents));
        // Names found, so the comparison is not between two empty taggings.
        assert!(tags.iter().filter(|&&t| t != 0).count() >= 6);
    }
}
