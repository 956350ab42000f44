//! Word clusters from pretrained word vectors (GloVe text format: `word v1 ... vN` per line, in
//! frequency order). Vectors carry what billions of words of unlabeled text say about a word;
//! clustering them turns that into a few discrete classes per word that the perceptron's
//! hashed features can use, and that a small table in the model file can ship — the vectors
//! themselves are never shipped.
//!
//! Clusters are a tree built by spherical k-means, level by level (`branching`, e.g. 16, 8, 8):
//! a word's fine id `(coarse * b1 + mid) * b2 + fine` names its leaf, and dividing it gives the
//! mid and coarse clusters (see [`crate::ner::model::lexicon`]). Only the words a model needs
//! are clustered and kept: those of the training corpora plus the most frequent ones.

use std::fmt;

use super::perceptron::Rng;
use crate::ner::model::features::{Scratch, TokInfo};
use crate::ner::model::key_of;
use crate::ner::model::KeyMap;

/// Word vectors as read from a file.
pub struct Vectors {
    pub words: Vec<String>,
    pub dim: usize,
    /// `words.len() * dim` values, row by row.
    pub data: Vec<f32>,
}

/// Why vectors could not be read.
#[derive(Debug)]
pub enum EmbeddingError {
    Io(String, std::io::Error),
    BadLine { line: usize, reason: String },
    Empty,
}

impl fmt::Display for EmbeddingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbeddingError::Io(p, e) => write!(f, "{p}: {e}"),
            EmbeddingError::BadLine { line, reason } => write!(f, "line {line}: {reason}"),
            EmbeddingError::Empty => f.write_str("no vectors"),
        }
    }
}

impl std::error::Error for EmbeddingError {}

/// Parses GloVe's text format. Every line must have the first line's dimension.
pub fn parse(text: &str) -> Result<Vectors, EmbeddingError> {
    let mut v = Vectors {
        words: Vec::new(),
        dim: 0,
        data: Vec::new(),
    };
    for (ln, line) in text.lines().enumerate() {
        let bad = |reason: String| EmbeddingError::BadLine {
            line: ln + 1,
            reason,
        };
        let mut it = line.split(' ');
        let word = it.next().filter(|w| !w.is_empty());
        let Some(word) = word else {
            return Err(bad("empty word".into()));
        };
        let before = v.data.len();
        for x in it {
            v.data
                .push(x.parse().map_err(|e| bad(format!("{x:?}: {e}")))?);
        }
        let d = v.data.len() - before;
        if v.words.is_empty() {
            v.dim = d;
        }
        if d == 0 || d != v.dim {
            return Err(bad(format!("{d} values, expected {}", v.dim)));
        }
        v.words.push(word.to_string());
    }
    if v.words.is_empty() {
        return Err(EmbeddingError::Empty);
    }
    Ok(v)
}

pub fn read(path: &str) -> Result<Vectors, EmbeddingError> {
    let text = std::fs::read_to_string(path).map_err(|e| EmbeddingError::Io(path.into(), e))?;
    parse(&text)
}

/// Embedding clusters of the chosen words, keyed like the model's lexicon (key of the
/// lower-cased word hash), with the divisors from a fine id to its mid and coarse ids.
pub struct EmbClusters {
    pub ids: KeyMap<u16>,
    pub mid_div: u16,
    pub coarse_div: u16,
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Four accumulators: lets the compiler vectorize; the order is fixed, so results are too.
    let mut s = [0f32; 4];
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for k in 0..4 {
            s[k] += x[k] * y[k];
        }
    }
    let tail: f32 = ra.iter().zip(rb).map(|(x, y)| x * y).sum();
    (s[0] + s[1]) + (s[2] + s[3]) + tail
}

/// Spherical k-means of the unit rows `items` of `data` into at most `k` clusters: k-means++
/// starts from a seeded generator, then `iters` rounds. Returns each item's cluster.
fn kmeans(
    data: &[f32],
    dim: usize,
    items: &[u32],
    k: usize,
    iters: usize,
    rng: &mut Rng,
) -> Vec<u16> {
    let n = items.len();
    let k = k.min(n);
    if k <= 1 {
        return vec![0; n];
    }
    let row = |i: usize| &data[items[i] as usize * dim..(items[i] as usize + 1) * dim];
    // k-means++ on cosine distance (1 - dot).
    let mut cents: Vec<f32> = Vec::with_capacity(k * dim);
    cents.extend_from_slice(row(rng.next_u64() as usize % n));
    let mut dist: Vec<f32> = (0..n)
        .map(|i| (1.0 - dot(row(i), &cents[..dim])).max(0.0))
        .collect();
    for j in 1..k {
        let total: f64 = dist.iter().map(|&d| d as f64).sum();
        let pick = if total > 0.0 {
            let mut r = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
            let mut p = n - 1;
            for (i, &d) in dist.iter().enumerate() {
                r -= d as f64;
                if r <= 0.0 && d > 0.0 {
                    p = i;
                    break;
                }
            }
            p
        } else {
            rng.next_u64() as usize % n
        };
        cents.extend_from_slice(row(pick));
        let c = &cents[j * dim..(j + 1) * dim];
        for (i, d) in dist.iter_mut().enumerate() {
            *d = d.min((1.0 - dot(row(i), c)).max(0.0));
        }
    }
    let mut assign = vec![0u16; n];
    for it in 0..iters {
        let mut changed = 0;
        for (i, a) in assign.iter_mut().enumerate() {
            let x = row(i);
            let mut best = (f32::MIN, 0u16);
            for j in 0..k {
                let s = dot(x, &cents[j * dim..(j + 1) * dim]);
                if s > best.0 {
                    best = (s, j as u16);
                }
            }
            if *a != best.1 {
                changed += 1;
            }
            *a = best.1;
        }
        if it > 0 && changed == 0 {
            break;
        }
        let mut sums = vec![0f32; k * dim];
        for (i, &a) in assign.iter().enumerate() {
            for (s, &x) in sums[a as usize * dim..(a as usize + 1) * dim]
                .iter_mut()
                .zip(row(i))
            {
                *s += x;
            }
        }
        for j in 0..k {
            let s = &mut sums[j * dim..(j + 1) * dim];
            // An empty cluster keeps its centroid.
            if s.iter().any(|&x| x != 0.0) {
                normalize(s);
                cents[j * dim..(j + 1) * dim].copy_from_slice(s);
            }
        }
    }
    assign
}

/// Clusters the vectors of the words chosen for the lexicon: the `top` most frequent ones
/// (file order) and every word whose lower-cased hash is in `extra` (the training corpora's
/// words). `branching` gives the number of children per level (at most three levels, product
/// at most 65,535). Deterministic for a given `seed`.
pub fn cluster(
    v: &Vectors,
    top: usize,
    extra: &KeyMap<()>,
    branching: &[usize],
    seed: u64,
) -> EmbClusters {
    let mut sc = Scratch::default();
    let mut seen: KeyMap<()> = KeyMap::default();
    let mut items: Vec<u32> = Vec::new();
    let mut keys: Vec<u32> = Vec::new();
    for (i, w) in v.words.iter().enumerate() {
        let lower = TokInfo::new(w, &mut sc).lower;
        let key = key_of(lower) as u64;
        if (i < top || extra.contains_key(&lower)) && seen.insert(key, ()).is_none() {
            items.push(i as u32);
            keys.push(key as u32);
        }
    }
    let dim = v.dim;
    let mut data = v.data.clone();
    for r in data.chunks_exact_mut(dim) {
        normalize(r);
    }
    let mut levels: Vec<usize> = branching.iter().copied().filter(|&b| b > 1).collect();
    levels.truncate(3);
    if levels.is_empty() {
        levels.push(2);
    }
    let mut rng = Rng::new(seed ^ 0xE3B);
    // Fine id so far per item, refined level by level within each current cluster.
    let mut ids = vec![0u32; items.len()];
    for &b in &levels {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut at: KeyMap<usize> = KeyMap::default();
        for (i, &id) in ids.iter().enumerate() {
            let g = *at.entry(id as u64).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        for g in &groups {
            let sub: Vec<u32> = g.iter().map(|&i| items[i]).collect();
            let a = kmeans(&data, dim, &sub, b, 12, &mut rng);
            for (&i, &c) in g.iter().zip(&a) {
                ids[i] = ids[i] * b as u32 + c as u32;
            }
        }
    }
    // One level: all three are the same clusters; two: mid = coarse = the first level.
    let (mid_div, coarse_div) = match levels[..] {
        [_] => (1, 1),
        [_, b1] => (b1 as u16, b1 as u16),
        [_, b1, b2, ..] => (b2 as u16, (b1 * b2) as u16),
        [] => unreachable!("at least one level"),
    };
    EmbClusters {
        ids: keys
            .iter()
            .zip(&ids)
            .map(|(&k, &id)| (k as u64, id.min(u16::MAX as u32 - 1) as u16))
            .collect(),
        mid_div,
        coarse_div,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> Vectors {
        let mut t = String::new();
        // Two tight groups in 4 dimensions, plus noise words.
        for (w, v) in [
            ("monday", "1 0.1 0 0"),
            ("tuesday", "1 0.2 0 0.1"),
            ("friday", "0.9 0.1 0.1 0"),
            ("paris", "0 0 1 0.1"),
            ("rome", "0.1 0 1 0.2"),
            ("oslo", "0 0.1 0.9 0"),
            ("zzz", "0 1 0 0"),
        ] {
            t.push_str(&format!("{w} {v}\n"));
        }
        parse(&t).unwrap()
    }

    #[test]
    fn similar_vectors_share_a_cluster_and_runs_repeat() {
        let v = toy();
        assert_eq!((v.words.len(), v.dim), (7, 4));
        let extra = KeyMap::default();
        let c = cluster(&v, 6, &extra, &[2], 1);
        let mut sc = Scratch::default();
        let id = |w: &str, sc: &mut Scratch| c.ids[&(key_of(TokInfo::new(w, sc).lower) as u64)];
        assert_eq!(id("Monday", &mut sc), id("friday", &mut sc));
        assert_eq!(id("Paris", &mut sc), id("oslo", &mut sc));
        assert_ne!(id("monday", &mut sc), id("rome", &mut sc));
        assert_eq!(c.ids.len(), 6, "only the top 6 words");
        let again = cluster(&v, 6, &extra, &[2], 1);
        assert_eq!(again.ids, c.ids);
        // An extra word beyond the top is kept; two levels give prefix ids.
        let mut extra = KeyMap::default();
        extra.insert(TokInfo::new("zzz", &mut sc).lower, ());
        let c = cluster(&v, 3, &extra, &[2, 2], 1);
        assert_eq!(c.ids.len(), 4);
        assert_eq!((c.mid_div, c.coarse_div), (2, 2));
    }

    #[test]
    fn bad_lines_are_errors() {
        assert!(parse("a 1 2\nb 1\n").is_err());
        assert!(parse("a 1 x\n").is_err());
        assert!(parse("").is_err());
        assert!(parse(" 1 2\n").is_err());
    }
}
