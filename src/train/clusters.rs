//! Word clusters learned from unlabeled text (the training corpora's words, labels ignored):
//! every frequent lower-cased word is described by the words seen just left and right of it,
//! and spherical k-means groups words with similar contexts — a cheap stand-in for Brown
//! clusters. Each word gets a fine cluster (low byte of the id) and a coarse one (high byte),
//! learned by a second k-means over the fine centroids.

use super::corpus::Corpus;
use super::perceptron::Rng;
use crate::ner::model::features::{Scratch, TokInfo};
use crate::ner::model::key_of;
use crate::ner::model::KeyMap;

/// No clusters.
pub fn none() -> KeyMap<u16> {
    KeyMap::default()
}

const CONTEXTS: usize = 600;
const MIN_COUNT: u32 = 4;
const MAX_WORDS: usize = 40_000;

type Sparse = Vec<(u32, f32)>;

fn normalize(v: &mut [(u32, f32)]) {
    let n = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| x.1 /= n);
    }
}

fn dot(a: &Sparse, c: &[f32]) -> f32 {
    a.iter().map(|&(i, v)| v * c[i as usize]).sum()
}

/// Spherical k-means over sparse unit vectors; returns the assignment and the centroids.
fn kmeans(
    vecs: &[Sparse],
    dims: usize,
    k: usize,
    iters: usize,
    seed: u64,
) -> (Vec<usize>, Vec<Vec<f32>>) {
    let k = k.min(vecs.len()).max(1);
    // Deterministic spread-out start: every (n / k)-th vector in frequency order, jittered.
    let mut rng = Rng::new(seed);
    let step = vecs.len() / k;
    let mut cents: Vec<Vec<f32>> = (0..k)
        .map(|j| {
            let i = (j * step + (rng.next_u64() as usize % step.max(1))).min(vecs.len() - 1);
            let mut c = vec![0f32; dims];
            for &(d, v) in &vecs[i] {
                c[d as usize] = v;
            }
            c
        })
        .collect();
    let mut assign = vec![0usize; vecs.len()];
    for _ in 0..iters {
        for (i, v) in vecs.iter().enumerate() {
            let mut best = (f32::MIN, 0);
            for (j, c) in cents.iter().enumerate() {
                let s = dot(v, c);
                if s > best.0 {
                    best = (s, j);
                }
            }
            assign[i] = best.1;
        }
        for c in cents.iter_mut() {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
        for (i, v) in vecs.iter().enumerate() {
            let c = &mut cents[assign[i]];
            for &(d, x) in v {
                c[d as usize] += x;
            }
        }
        for c in cents.iter_mut() {
            let n = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if n > 0.0 {
                c.iter_mut().for_each(|x| *x /= n);
            }
        }
    }
    (assign, cents)
}

/// Learns `n` fine clusters (at most 256) and `n / 8` coarse ones from the words of `corpora`.
/// Returns cluster ids keyed like the model's cluster table (key of the lower-cased word hash).
pub fn learn(corpora: &[&Corpus], n: usize, seed: u64) -> KeyMap<u16> {
    let n = n.clamp(2, 256);
    let mut sc = Scratch::default();
    // Lower-cased word hash of every token, documents and sentences kept apart.
    let mut sents: Vec<Vec<u64>> = Vec::new();
    let mut freq: KeyMap<u32> = KeyMap::default();
    for c in corpora {
        for d in &c.docs {
            for r in &d.sents {
                let s: Vec<u64> = d.words[r.clone()]
                    .iter()
                    .map(|w| TokInfo::new(w, &mut sc).lower)
                    .collect();
                for &h in &s {
                    *freq.entry(h).or_insert(0) += 1;
                }
                sents.push(s);
            }
        }
    }
    let mut by_freq: Vec<(u64, u32)> = freq.iter().map(|(&h, &c)| (h, c)).collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let ctx: KeyMap<u32> = by_freq
        .iter()
        .take(CONTEXTS)
        .enumerate()
        .map(|(i, &(h, _))| (h, i as u32))
        .collect();
    let words: Vec<u64> = by_freq
        .iter()
        .filter(|w| w.1 >= MIN_COUNT)
        .take(MAX_WORDS)
        .map(|w| w.0)
        .collect();
    let index: KeyMap<u32> = words
        .iter()
        .enumerate()
        .map(|(i, &h)| (h, i as u32))
        .collect();
    // Context counts: left neighbours in dims [0, C], right ones in [C + 1, 2C + 1]; C = other.
    let dims = 2 * (CONTEXTS + 1);
    let mut counts: Vec<KeyMap<f32>> = vec![KeyMap::default(); words.len()];
    let cdim = |h: Option<&u64>| -> u32 {
        h.and_then(|h| ctx.get(h))
            .copied()
            .unwrap_or(CONTEXTS as u32)
    };
    for s in &sents {
        for (i, h) in s.iter().enumerate() {
            if let Some(&w) = index.get(h) {
                let l = cdim(if i > 0 { s.get(i - 1) } else { None });
                let r = cdim(s.get(i + 1)) + CONTEXTS as u32 + 1;
                let m = &mut counts[w as usize];
                *m.entry(l as u64).or_insert(0.0) += 1.0;
                *m.entry(r as u64).or_insert(0.0) += 1.0;
            }
        }
    }
    let vecs: Vec<Sparse> = counts
        .into_iter()
        .map(|m| {
            let mut v: Sparse = m
                .into_iter()
                .map(|(d, c)| (d as u32, (1.0 + c).ln()))
                .collect();
            v.sort_by_key(|x| x.0);
            normalize(&mut v);
            v
        })
        .collect();
    let (fine, cents) = kmeans(&vecs, dims, n, 10, seed);
    let cent_vecs: Vec<Sparse> = cents
        .iter()
        .map(|c| {
            c.iter()
                .enumerate()
                .filter(|x| *x.1 != 0.0)
                .map(|(i, &v)| (i as u32, v))
                .collect()
        })
        .collect();
    let (coarse, _) = kmeans(&cent_vecs, dims, (n / 8).max(2), 10, seed ^ 0x5EED);
    words
        .iter()
        .zip(&fine)
        .map(|(&h, &f)| (key_of(h) as u64, ((coarse[f] as u16) << 8) | f as u16))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::corpus::{ontonotes_labels, parse, Format};
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut t = String::from("-DOCSTART-\td\tO\n\n");
        for (k, w) in ["Monday", "Tuesday", "Friday"]
            .iter()
            .cycle()
            .take(15)
            .enumerate()
        {
            t.push_str(&format!("on\tIN\tO\n{w}\tNNP\tO\nmorning\tNN\tO\n\n"));
            let city = ["Paris", "Rome", "Oslo"][k % 3];
            t.push_str(&format!("in\tIN\tO\n{city}\tNNP\tO\ntoday\tNN\tO\n\n"));
        }
        let c = parse(&t, Format::OntoNotes, ontonotes_labels()).unwrap();
        let a = learn(&[&c], 2, 1);
        let mut sc = Scratch::default();
        let mut id = |w: &str| a[&(key_of(TokInfo::new(w, &mut sc).lower) as u64)] & 0xff;
        assert_eq!(id("Monday"), id("friday"));
        assert_eq!(id("Paris"), id("Oslo"));
        assert_ne!(id("Monday"), id("Rome"));
        assert_eq!(learn(&[&c], 2, 1), a);
    }
}
