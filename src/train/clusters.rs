//! Word clusters from unlabeled text (placeholder: none yet).

use super::corpus::Corpus;
use super::perceptron::IdMap;

/// No clusters.
pub fn none() -> IdMap<u16> {
    IdMap::default()
}

/// Learns `n` clusters from the corpus words (not implemented yet: none).
pub fn learn(_c: &Corpus, _n: usize, _seed: u64) -> IdMap<u16> {
    IdMap::default()
}
