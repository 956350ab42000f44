//! The statistical entity model: a greedy left-to-right averaged perceptron over BIO/BILOU tags
//! with hashed features ([`features`]), stored compactly ([`Model::from_bytes`]) and shipped
//! inside the binary (`model/ontonotes.nlm`, parsed once on first use).
//!
//! File format (`.nlm`, little endian):
//! `b"NLM3"`, `u8` scheme (0 BIO, 1 BILOU), `u8` feature groups, `u8` label count, labels (`u8` length + UTF-8),
//! `f32` scale (the weight of one integer unit), the word classes ([`lexicon::Lexicon::write`]: varint key deltas
//! over sorted `u32` keys of the lower-cased word hash, corpus cluster ids, embedding cluster ids), `u32` feature count `n`, `n` varint deltas of
//! the sorted `u32` feature keys, `n` row lengths (`u8`), the tags of all row entries (`u8`), then
//! their weights in units of `scale` (`i16`, or `i16::MIN` and an `i32`), then, for Viterbi
//! models, the `(n_tags + 1) * n_tags` transition weights the same way. Weights are averaged perceptron weights,
//! rounded; missing entries are zero. `NLM2` (and `NLM1`, varint weights) files, whose word classes
//! have no embedding clusters, are still read.

pub mod blocked;
pub mod common;
pub mod features;
pub mod lexicon;
pub mod relabel;
pub mod simd;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention, Recognizer};
use crate::wordmap::WordMap;
use features::{dynamic_features, static_features, Scratch, TokInfo, N_DYNAMIC, N_STATIC};
use lexicon::Lexicon;
use simd::NEG;

/// Tagging scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Bio,
    Bilou,
}

impl Scheme {
    pub fn parts(self) -> usize {
        match self {
            Scheme::Bio => 2,
            Scheme::Bilou => 4,
        }
    }
    pub fn n_tags(self, n_labels: usize) -> usize {
        1 + self.parts() * n_labels
    }
    /// Tag id of (label, part); parts are B=0, I=1, L=2, U=3.
    pub fn tag(self, label: usize, part: usize) -> u16 {
        (1 + label * self.parts() + part) as u16
    }
    /// (label, part) of a non-O tag.
    pub fn split(self, tag: u16) -> (usize, usize) {
        let t = tag as usize - 1;
        (t / self.parts(), t % self.parts())
    }
    /// The label of a tag, `None` for O.
    pub fn label_of(self, tag: u16) -> Option<usize> {
        (tag != 0).then(|| self.split(tag).0)
    }
    /// Whether `tag` may follow `prev` (0 = O or sentence start).
    pub fn valid(self, prev: u16, tag: u16) -> bool {
        let open = |t: u16| -> Option<usize> {
            if t == 0 {
                return None;
            }
            let (l, p) = self.split(t);
            match self {
                Scheme::Bio => Some(l),
                Scheme::Bilou => (p == 0 || p == 1).then_some(l),
            }
        };
        match self {
            Scheme::Bio => {
                if tag == 0 {
                    return true;
                }
                let (l, p) = self.split(tag);
                p == 0 || open(prev) == Some(l)
            }
            Scheme::Bilou => match (open(prev), tag) {
                (None, 0) => true,
                (Some(_), 0) => false,
                (o, t) => {
                    let (l, p) = self.split(t);
                    match o {
                        None => p == 0 || p == 3,
                        Some(ol) => ol == l && (p == 1 || p == 2),
                    }
                }
            },
        }
    }
    /// Whether a sentence may end on `tag`.
    pub fn can_end(self, tag: u16) -> bool {
        tag == 0 || self == Scheme::Bio || matches!(self.split(tag).1, 2 | 3)
    }
    /// Converts IOB2 spans `(start, end, label)` over `n` tokens into tags.
    pub fn encode(self, n: usize, spans: &[(usize, usize, usize)]) -> Vec<u16> {
        let mut tags = vec![0u16; n];
        for &(s, e, l) in spans {
            for (i, t) in tags.iter_mut().enumerate().take(e).skip(s) {
                *t = match self {
                    Scheme::Bio => self.tag(l, if i == s { 0 } else { 1 }),
                    Scheme::Bilou => {
                        let p = if e - s == 1 {
                            3
                        } else if i == s {
                            0
                        } else if i + 1 == e {
                            2
                        } else {
                            1
                        };
                        self.tag(l, p)
                    }
                };
            }
        }
        tags
    }
    /// Entity spans `(start, end, label)` (token indices) of a tag sequence; lenient with
    /// ill-formed sequences (an I without B starts an entity, an open entity closes at the end).
    pub fn decode(self, tags: &[u16]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, usize)> = None;
        for (i, &t) in tags.iter().enumerate() {
            let (l, p) = if t == 0 {
                (usize::MAX, usize::MAX)
            } else {
                self.split(t)
            };
            let continues = t != 0 && p != 0 && p != 3 && cur.is_some_and(|(_, cl)| cl == l);
            if !continues {
                if let Some((s, cl)) = cur.take() {
                    out.push((s, i, cl));
                }
                if t != 0 {
                    cur = Some((i, l));
                }
            }
            let closes = t != 0 && self == Scheme::Bilou && (p == 2 || p == 3);
            if closes {
                if let Some((s, cl)) = cur.take() {
                    out.push((s, i + 1, cl));
                }
            }
        }
        if let Some((s, cl)) = cur {
            out.push((s, tags.len(), cl));
        }
        out
    }
}

/// The allowed tag transitions of a scheme, for Viterbi decoding.
pub struct Trellis {
    pub nt: usize,
    /// For each tag, the tags that may precede it.
    prevs: Vec<Vec<u16>>,
    start_ok: Vec<bool>,
    end_ok: Vec<bool>,
    /// Tags that may follow any tag of `wide_prevs` (O and entity starts), and that set.
    wide: Vec<bool>,
    wide_prevs: Vec<u16>,
    /// The wide tags, and the others.
    wide_t: Vec<u16>,
    narrow_t: Vec<u16>,
    /// The predecessors of each narrow tag, `nk` per tag (padded with `nt`, a never-reachable
    /// slot of the score vectors).
    narrow_prev: Vec<u16>,
    nk: usize,
    /// BILOU tags in file order: each label's B, I, L, U tags adjacent, stepped per label
    /// with [`simd::bilou_step`]; the number of labels, or 0 for other layouts.
    bilou_labels: usize,
}

impl Trellis {
    pub fn new(scheme: Scheme, nt: usize) -> Trellis {
        let prevs = (0..nt as u16)
            .map(|t| (0..nt as u16).filter(|&p| scheme.valid(p, t)).collect())
            .collect();
        let mut t = Trellis {
            nt,
            prevs,
            start_ok: (0..nt as u16).map(|t| scheme.valid(0, t)).collect(),
            end_ok: (0..nt as u16).map(|t| scheme.can_end(t)).collect(),
            // O may follow exactly the tags that close an entity (or any tag in BIO); so may
            // every entity start.
            wide: (0..nt as u16)
                .map(|t| {
                    (0..nt as u16)
                        .filter(|&p| scheme.valid(p, t))
                        .eq((0..nt as u16).filter(|&p| scheme.valid(p, 0)))
                })
                .collect(),
            wide_prevs: (0..nt as u16).filter(|&p| scheme.valid(p, 0)).collect(),
            wide_t: Vec::new(),
            narrow_t: Vec::new(),
            narrow_prev: Vec::new(),
            nk: 0,
            bilou_labels: 0,
        };
        t.wide_t = (0..nt as u16).filter(|&x| t.wide[x as usize]).collect();
        t.narrow_t = (0..nt as u16).filter(|&x| !t.wide[x as usize]).collect();
        t.nk = t
            .narrow_t
            .iter()
            .map(|&x| t.prevs[x as usize].len())
            .max()
            .unwrap_or(0);
        for &x in &t.narrow_t {
            let ps = &t.prevs[x as usize];
            t.narrow_prev.extend(ps.iter().copied());
            t.narrow_prev
                .extend(std::iter::repeat_n(nt as u16, t.nk - ps.len()));
        }
        let labels = (nt - 1) / 4;
        let blocked =
            scheme == Scheme::Bilou
                && nt == 1 + 4 * labels
                && t.nk == 2
                && t.wide_t.iter().copied().eq(std::iter::once(0)
                    .chain((0..labels as u16).flat_map(|x| [1 + 4 * x, 4 + 4 * x])))
                && t.narrow_t
                    .iter()
                    .copied()
                    .eq((0..labels as u16).flat_map(|x| [2 + 4 * x, 3 + 4 * x]))
                && (0..labels as u16).all(|x| {
                    t.narrow_prev[4 * x as usize..4 * x as usize + 4]
                        == [1 + 4 * x, 2 + 4 * x, 1 + 4 * x, 2 + 4 * x]
                });
        if blocked {
            t.bilou_labels = labels;
        }
        t
    }

    /// Width of the rows of [`Trellis::wide_trans`]: the wide tags, padded for SIMD.
    fn ww(&self) -> usize {
        simd::padded(self.wide_t.len())
    }

    /// The transitions `tr` rearranged for [`Trellis::viterbi_strided`]: into the wide tags, one
    /// row of [`Trellis::ww`] per previous tag (padding zero), then into each narrow tag from
    /// each of its `nk` predecessors.
    pub fn wide_trans(&self, tr: &[i32]) -> Vec<i32> {
        let (nt, ww) = (self.nt, self.ww());
        let mut out = vec![0; nt * ww];
        for p in 0..nt {
            for (j, &t) in self.wide_t.iter().enumerate() {
                out[p * ww + j] = tr[p * nt + t as usize];
            }
        }
        for (j, &t) in self.narrow_t.iter().enumerate() {
            for &p in &self.narrow_prev[j * self.nk..(j + 1) * self.nk] {
                out.push(if (p as usize) < nt {
                    tr[p as usize * nt + t as usize]
                } else {
                    0
                });
            }
        }
        out
    }

    /// For each previous tag, the largest and smallest transition weight into a wide tag:
    /// lets [`Trellis::viterbi`] skip previous tags that cannot win.
    pub fn bounds(&self, tr: &[i32]) -> Vec<(i32, i32)> {
        let nt = self.nt;
        (0..nt)
            .map(|p| {
                let it = (0..nt).filter(|&t| self.wide[t]).map(|t| tr[p * nt + t]);
                (it.clone().max().unwrap_or(0), it.min().unwrap_or(0))
            })
            .collect()
    }

    /// The general Viterbi step (any scheme): each wide tag from the max-plus over the closed
    /// tags, each narrow tag from its `nk` predecessors. Returns the max of the new scores.
    #[allow(clippy::too_many_arguments)]
    fn wide_and_narrow_step(
        &self,
        cur: &[i32],
        wbest: &[i32],
        warg: &[i32],
        ntr: &[i32],
        e: &[i32],
        next: &mut [i32],
        back_i: &mut [u8],
    ) -> i32 {
        let mut top = NEG;
        for ((&t, &best), &arg) in self.wide_t.iter().zip(wbest).zip(warg) {
            let v = if best == NEG {
                NEG
            } else {
                best + e[t as usize]
            };
            next[t as usize] = v;
            back_i[t as usize] = arg as u8;
            top = top.max(v);
        }
        // Both schemes have exactly two predecessors per narrow tag: unrolled.
        let step = if self.nk == 2 {
            narrow_step::<2>
        } else {
            narrow_step::<0>
        };
        step(
            &self.narrow_t,
            &self.narrow_prev,
            ntr,
            cur,
            e,
            next,
            back_i,
            top,
        )
    }

    /// Best path for emissions `em` (`n` rows of `nt` scores) and transitions `tr`
    /// (`(nt + 1) * nt`: row `p` for a previous tag `p`, row `nt` for the sentence start).
    /// `back` and `delta` are scratch space. With `bounds` ([`Trellis::bounds`] of `tr`), previous
    /// tags that cannot be the best predecessor of any wide tag are skipped (same result, faster).
    #[allow(clippy::too_many_arguments)]
    pub fn viterbi(
        &self,
        em: &[i32],
        tr: &[i32],
        bounds: Option<&[(i32, i32)]>,
        live: &mut Vec<u16>,
        back: &mut Vec<u8>,
        delta: &mut Vec<i32>,
        out: &mut [u16],
    ) {
        let trw = self.wide_trans(tr);
        self.viterbi_strided(em, self.nt, tr, &trw, bounds, live, back, delta, out);
    }

    /// [`Trellis::viterbi`] with the emission rows `es` apart in `em` (`es >= nt`) and `trw`, the
    /// [`Trellis::wide_trans`] of `tr`. The wide tags (O, B-X and U-X with BILOU: 37 of 73) all
    /// have the same possible predecessors; their max over those is one SIMD max-plus
    /// ([`simd::max_plus`]) over the live predecessors, 8 tags at a time. The others (I-X, L-X)
    /// have two predecessors each. Same result as a scalar loop over every (tag, predecessor),
    /// ties included (the first best predecessor wins).
    #[allow(clippy::too_many_arguments)]
    pub fn viterbi_strided(
        &self,
        em: &[i32],
        es: usize,
        tr: &[i32],
        trw: &[i32],
        bounds: Option<&[(i32, i32)]>,
        live: &mut Vec<u16>,
        back: &mut Vec<u8>,
        delta: &mut Vec<i32>,
        out: &mut [u16],
    ) {
        let nt = self.nt;
        let n = out.len();
        if n == 0 {
            return;
        }
        let ww = self.ww();
        let ntr = &trw[nt * ww..];
        // Every row of `back` but the first is written in full below before it is read, and the
        // first is never read: no need to clear it.
        if back.len() < n * nt {
            back.resize(n * nt, 0);
        }
        let labels = self.bilou_labels;
        delta.clear();
        // Score vectors with one more slot, `nt`: never reachable (NEG), the predecessor that
        // pads `narrow_prev`.
        // `wbest` and `warg` have 4 slots more than [`simd::max_plus`] fills: the BILOU step
        // reads them 4 at a time from each label's first wide tag on.
        delta.resize(2 * (nt + 1) + 2 * (ww + 4), NEG);
        let (cur, rest) = delta.split_at_mut(nt + 1);
        let (next, rest) = rest.split_at_mut(nt + 1);
        let (wbest, warg) = rest.split_at_mut(ww + 4);
        let (mut cur, mut next) = (cur, next);
        for t in 0..nt {
            cur[t] = if self.start_ok[t] {
                em[t] + tr[nt * nt + t]
            } else {
                NEG
            };
        }
        // The best score of a closed tag (a predecessor of the wide tags) in `cur`.
        let mut closed_max = self
            .wide_prevs
            .iter()
            .map(|&p| cur[p as usize])
            .fold(NEG, i32::max);
        for i in 1..n {
            let e = &em[i * es..i * es + nt];
            let mut top = NEG;
            live.clear();
            // The predecessors of the wide tags that may win (unreachable ones never do).
            match bounds {
                Some(b) => {
                    // The first closed tag with the best score, and the worst it can give
                    // any wide tag: a closed tag whose best transition stays below that
                    // cannot be the best predecessor of any wide tag.
                    let m = closed_max;
                    let cs = self
                        .wide_prevs
                        .iter()
                        .find(|&&p| cur[p as usize] == m)
                        .map_or(0, |&p| p as usize);
                    let thr = m.saturating_add(b[cs].1);
                    live.extend(self.wide_prevs.iter().copied().filter(|&p| {
                        cur[p as usize] > NEG && cur[p as usize] + b[p as usize].0 >= thr
                    }));
                }
                None => live.extend(
                    self.wide_prevs
                        .iter()
                        .copied()
                        .filter(|&p| cur[p as usize] != NEG),
                ),
            }
            simd::max_plus(cur, live, trw, ww, NEG, &mut wbest[..ww], &mut warg[..ww]);
            let back_i = &mut back[i * nt..(i + 1) * nt];
            if labels > 0 {
                let v = if wbest[0] == NEG {
                    NEG
                } else {
                    wbest[0] + e[0]
                };
                next[0] = v;
                back_i[0] = warg[0] as u8;
                let (t, c) =
                    simd::bilou_step(labels, cur, wbest, warg, ntr, e, next, back_i, top.max(v));
                top = t;
                closed_max = c.max(v);
            } else {
                top = self.wide_and_narrow_step(cur, wbest, warg, ntr, e, next, back_i);
                closed_max = self
                    .wide_prevs
                    .iter()
                    .map(|&p| next[p as usize])
                    .fold(NEG, i32::max);
            }
            // Keep scores small: only differences matter, and they are the same after
            // subtracting the same number from every reachable score. Done only when the scores
            // drift far from zero (a long sentence), not at every step.
            if !(-RENORM..=RENORM).contains(&top) {
                for v in next[..nt].iter_mut() {
                    *v = if *v > NEG { v.wrapping_sub(top) } else { *v };
                }
                if closed_max > NEG {
                    closed_max = closed_max.wrapping_sub(top);
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        let mut best = NEG;
        let mut arg = 0u16;
        for (t, &v) in cur[..nt].iter().enumerate() {
            if self.end_ok[t] && v > best {
                best = v;
                arg = t as u16;
            }
        }
        out[n - 1] = arg;
        for i in (1..n).rev() {
            arg = back[i * nt + arg as usize] as u16;
            out[i - 1] = arg;
        }
    }
}

/// How far from zero the best Viterbi score of a step may drift before every score is shifted
/// back ([`Trellis::viterbi_strided`]): far below the distance to `NEG` (2^29), far above what
/// one step adds.
const RENORM: i32 = 1 << 24;

/// The bounds and wide-tag transitions [`Trellis::viterbi_strided`] decodes with, for a model
/// with transitions `trans`; empty without transitions (greedy) or when the part-major decoder
/// ([`blocked::Blocked`]) decodes instead, which never reads them.
fn strided_tables(trellis: &Trellis, trans: &[i32], blocked: bool) -> (Vec<(i32, i32)>, Vec<i32>) {
    if trans.is_empty() || blocked {
        (Vec::new(), Vec::new())
    } else {
        (trellis.bounds(trans), trellis.wide_trans(trans))
    }
}

/// One Viterbi step for the narrow tags `ts` (see [`Trellis::viterbi_strided`]): each takes the
/// best of its predecessors (`ps`, `nk` per tag, `ws` their transitions) that are reachable
/// (not `NEG`), the first one on ties. `K` is `nk` when known at compile time (0: any). Returns
/// the max of `top` and the new scores.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn narrow_step<const K: usize>(
    ts: &[u16],
    ps: &[u16],
    ws: &[i32],
    cur: &[i32],
    e: &[i32],
    next: &mut [i32],
    back_i: &mut [u8],
    mut top: i32,
) -> i32 {
    let nk = if K > 0 { K } else { ps.len() / ts.len().max(1) };
    for ((&t, ps), ws) in ts.iter().zip(ps.chunks_exact(nk)).zip(ws.chunks_exact(nk)) {
        let t = t as usize;
        let mut best = NEG;
        let mut arg = 0u16;
        for (&p, &w) in ps.iter().zip(ws) {
            let c = cur[p as usize];
            let v = c.wrapping_add(w);
            if c != NEG && v > best {
                best = v;
                arg = p;
            }
        }
        let v = if best == NEG { NEG } else { best + e[t] };
        next[t] = v;
        back_i[t] = arg as u8;
        top = top.max(v);
    }
    top
}

/// How many cached scores (`i32`s, 16 MB) [`Model::tag`] keeps per document before it starts
/// its caches over: a news article needs a small part of it (about 2 KB per distinct word), a
/// huge file of distinct words must not take gigabytes.
const MAX_SUMS: usize = 1 << 22;

/// Sentences longer than this many tokens are tagged without the per-document caches (see
/// [`Model::tag`]); real sentences are far shorter.
const LONG_SENTENCE: usize = 1024;

/// Features waiting for their rows ([`Model::add_rows`]): keys that passed the filter, and
/// where each row is added (one vector of pairs: one capacity check a feature, not two).
#[derive(Default)]
struct Batch {
    items: Vec<(u32, u32)>,
}

/// The feature groups whose [`dynamic_features`] are not all `NONE` for a word tagged nowhere
/// earlier in its document.
const HISTORY_ANY: u8 = features::flags::HISTORY | features::flags::HISTORY_LEX;

/// Buffers [`Model::tag_within`] fills anew for every document, kept in the shared sums'
/// lock between documents: no allocation, no zeroing of `em` (a cached sentence's rows are
/// written whole before they are read; [`simd::sum6`]), where they grew before.
#[derive(Default)]
pub(crate) struct TagBufs {
    em: Vec<i32>,
    fill: Batch,
    direct: Batch,
    cfill: Batch,
    scratch: Vec<u32>,
    at: Vec<(u32, u32)>,
    bsc: blocked::Scratch,
}

/// A trained, quantized model ready to tag.
pub struct Model {
    pub scheme: Scheme,
    /// Feature groups in use ([`features::flags`]).
    pub flags: u8,
    pub labels: Vec<String>,
    /// Weight of one integer unit.
    pub scale: f32,
    n_tags: usize,
    /// `n_tags` padded to a multiple of [`simd::LANES`]: the stride of the tag vectors summed
    /// while tagging (emissions, cached sums) and of the dense rows.
    ntp: usize,
    /// Number of row entries (weights) in the file.
    n_weights: usize,
    /// Feature key (high 32 bits of the feature hash) per feature, ascending, and where its row
    /// starts in `packed`.
    keys: Vec<u32>,
    starts: Vec<u32>,
    /// The hot-path index: bucket ([`slot_of`] of the key) -> where its features start in
    /// `packed` (one more entry for the end). Small enough to stay in cache.
    bidx: Vec<u32>,
    /// Features grouped by bucket, each as its key, its row length, then `(weight << 8) | tag`
    /// per entry: a lookup reads the key and the row from one contiguous stretch (one cache miss
    /// instead of two for a separate key table). `starts` point at the row lengths.
    /// A long row (at least [`DENSE_MIN`] entries) is stored dense instead: its length word is
    /// [`DENSE`] | 1 and its one entry the offset of its `ntp` weights in `dense`.
    packed: Vec<u32>,
    /// Dense rows, `ntp` weights each (zero where the row has no entry): added with SIMD
    /// instead of one scattered add per entry.
    dense: Vec<i16>,
    /// One bit per low-bits value of the keys present: most absent features are rejected here,
    /// in a bitmap small enough to stay in cache, before the table is touched.
    filter: Vec<u64>,
    /// Tag transition weights for Viterbi (`(n_tags + 1) * n_tags`, empty for greedy models).
    trans: Vec<i32>,
    trellis: Trellis,
    /// [`Trellis::bounds`] and [`Trellis::wide_trans`] of `trans` ([`strided_tables`]): empty
    /// when `blocked` decodes.
    bounds: Vec<(i32, i32)>,
    trans_wide: Vec<i32>,
    /// The part-major Viterbi of BILOU models ([`blocked`]). When present, the rows (`packed`,
    /// `dense`) hold their weights at the tags' internal ids ([`blocked::Blocked::perm`]), so
    /// every score vector summed while tagging is in that order; [`Model::row`] maps back.
    blocked: Option<blocked::Blocked>,
    /// Word classes (clusters) by lower-cased word.
    lexicon: Lexicon,
    /// The common words ([`Model::with_common_words`]) and, once the first document is
    /// tagged, their sums.
    common_list: &'static str,
    common: OnceLock<Option<common::CommonWords>>,
}

/// The slot of a 32-bit key in a power-of-two table (`mask` = size - 1): the feature buckets
/// and the lexicon's open-addressing table. Keys are hashes already, uniform over `u32`, so
/// the high bits of key x size spread them as well as any mix would; and slots then rise with
/// keys, so the model file's key-sorted rows fill the table front to back when it is read,
/// instead of in scattered writes that miss the cache.
#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    ((key as u64 * (mask as u64 + 1)) >> 32) as usize
}

/// Builds the tagging index (see [`Model::table`]).
fn build_filter(keys: &[u32]) -> Vec<u64> {
    let bits = (keys.len() * 8).next_power_of_two().max(64);
    let mut f = vec![0u64; bits / 64];
    for &k in keys {
        let b = filter_bit(k, bits - 1);
        f[b >> 6] |= 1 << (b & 63);
    }
    f
}

#[inline]
fn filter_bit(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x85EB_CA6B).rotate_left(13) as usize) & mask
}

/// Rows with at least this many entries are stored dense ([`Model::dense`]): from about this
/// length a SIMD add of all `ntp` weights costs less than one scattered add per entry. (16
/// until speed39: rows of 16-23 entries sparse cost fewer instructions natively, -2.8 M on the
/// seeds bench, and the same in wasm within the count's noise.)
const DENSE_MIN: usize = 24;

/// Length-word flag of a dense row (see [`Model::packed`]).
const DENSE: u32 = 1 << 31;

/// Whether a row (`(weight << 8) | tag` entries) can be stored dense without changing what
/// [`Model::row`] gives back: tags ascending and below `nt`, weights non-zero and within `i16`.
fn dense_ok(row: &[u32], nt: usize) -> bool {
    row.len() >= DENSE_MIN
        && row.windows(2).all(|w| (w[0] & 0xff) < (w[1] & 0xff))
        && row.iter().all(|&e| {
            let v = (e as i32) >> 8;
            (e & 0xff) < nt as u32 && v != 0 && v >= i16::MIN as i32 && v <= i16::MAX as i32
        })
}

/// The tagging layout: rows (`starts` into `rows`, each a length then its entries) regrouped by
/// bucket, long rows made dense. Returns the bucket index, the bucket data, the dense rows and
/// each feature's new start (see [`Model::bidx`], [`Model::packed`], [`Model::dense`]).
fn build_buckets(
    keys: &[u32],
    starts: &[u32],
    rows: &[u32],
    nt: usize,
    perm: Option<&[u8]>,
) -> (Vec<u32>, Vec<u32>, Vec<i16>, Vec<u32>) {
    let ntp = simd::padded(nt);
    let pm = |tag: u32| perm.map_or(tag, |p| p[tag as usize] as u32);
    let row = |st: u32| {
        let st = st as usize;
        &rows[st + 1..st + 1 + rows[st] as usize]
    };
    let is_dense: Vec<bool> = starts.iter().map(|&st| dense_ok(row(st), nt)).collect();
    let n_dense = is_dense.iter().filter(|&&d| d).count();
    let lens = starts.iter().map(|&st| rows[st as usize]);
    let bidx = bucket_index(keys, lens, &is_dense);
    let (nb, mask) = (bidx.len() - 1, bidx.len() - 2);
    let mut fill = bidx.clone();
    let mut data = vec![0u32; bidx[nb] as usize];
    let mut dense = Vec::with_capacity(n_dense * ntp);
    let mut new_starts = Vec::with_capacity(keys.len());
    for ((&k, &st), &d) in keys.iter().zip(starts).zip(&is_dense) {
        let b = slot_of(k, mask);
        let p = fill[b] as usize;
        let r = row(st);
        data[p] = k;
        new_starts.push(p as u32 + 1);
        if d {
            data[p + 1] = DENSE | 1;
            data[p + 2] = dense.len() as u32;
            let d = dense.len();
            dense.resize(d + ntp, 0);
            for &e in r {
                dense[d + pm(e & 0xff) as usize] = ((e as i32) >> 8) as i16;
            }
            fill[b] += 3;
        } else {
            data[p + 1] = r.len() as u32;
            for (o, &e) in data[p + 2..p + 2 + r.len()].iter_mut().zip(r) {
                *o = e & !0xff | pm(e & 0xff);
            }
            fill[b] += 2 + r.len() as u32;
        }
    }
    (bidx, data, dense, new_starts)
}

/// The bucket index ([`Model::bidx`]) of features with keys `keys`, row lengths `lens` and
/// dense flags `is_dense` (a dense row takes one word in its bucket): where each bucket starts,
/// and its end. Shared by the layout built from rows in memory and the one decoded from a file.
fn bucket_index(keys: &[u32], lens: impl Iterator<Item = u32>, is_dense: &[bool]) -> Vec<u32> {
    let nb = (keys.len() / 4).next_power_of_two().max(16);
    let mask = nb - 1;
    let mut bidx = vec![0u32; nb + 1];
    for ((&k, l), &d) in keys.iter().zip(lens).zip(is_dense) {
        bidx[slot_of(k, mask) + 1] += 2 + if d { 1 } else { l };
    }
    for b in 0..nb {
        bidx[b + 1] += bidx[b];
    }
    bidx
}

/// One packed row entry.
#[inline]
fn pack(tag: u8, v: i32) -> u32 {
    ((v.clamp(-(1 << 23), (1 << 23) - 1) << 8) as u32) | tag as u32
}

/// The key a feature hash is stored under.
#[inline]
pub fn key_of(h: u64) -> u32 {
    (h >> 32) as u32
}

/// A weight: `i16` little endian, or the escape `i16::MIN` followed by an `i32`.
fn put_weight(out: &mut Vec<u8>, v: i32) {
    if v > i16::MIN as i32 && v <= i16::MAX as i32 {
        out.extend_from_slice(&(v as i16).to_le_bytes());
    } else {
        out.extend_from_slice(&i16::MIN.to_le_bytes());
        out.extend_from_slice(&v.to_le_bytes());
    }
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends ascending `keys` as varint deltas (the first as it is): the model's feature keys,
/// the lexicon's word keys and the relabeler's. Keys are hashes, about 2^32 / n apart, so most
/// deltas take three bytes instead of four.
pub(crate) fn put_key_deltas(out: &mut Vec<u8>, keys: &[u32]) {
    let mut prev = 0u32;
    for &k in keys {
        put_varint(out, k.wrapping_sub(prev));
        prev = k;
    }
}

/// Reads `n` keys written by [`put_key_deltas`] at `*p` and moves past them.
pub(crate) fn get_key_deltas(b: &[u8], p: &mut usize, n: usize) -> Result<Vec<u32>, VarintError> {
    let mut keys = Vec::with_capacity(n);
    let mut k = 0u32;
    for _ in 0..n {
        k = k.wrapping_add(get_varint(b, p)?);
        keys.push(k);
    }
    Ok(keys)
}

/// Why a varint could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VarintError {
    Truncated,
    TooLong,
}

/// Reads a varint written by [`put_varint`] at `*p` and moves past it: the model file's and the
/// lexicon's key deltas. Keys are hashes, ~2^32 / 100k apart, so most deltas take three bytes:
/// up to three are read without a loop.
#[inline(always)]
pub(crate) fn get_varint(b: &[u8], p: &mut usize) -> Result<u32, VarintError> {
    if let Some(s) = b.get(*p..*p + 3) {
        let (b0, b1, b2) = (s[0] as u32, s[1] as u32, s[2] as u32);
        if b0 < 0x80 {
            *p += 1;
            return Ok(b0);
        }
        if b1 < 0x80 {
            *p += 2;
            return Ok(b0 & 0x7f | b1 << 7);
        }
        if b2 < 0x80 {
            *p += 3;
            return Ok(b0 & 0x7f | (b1 & 0x7f) << 7 | b2 << 14);
        }
    }
    get_varint_slow(b, p)
}

#[cold]
#[inline(never)]
fn get_varint_slow(b: &[u8], p: &mut usize) -> Result<u32, VarintError> {
    let mut v = 0u32;
    let mut shift = 0;
    loop {
        let byte = *b.get(*p).ok_or(VarintError::Truncated)?;
        *p += 1;
        v |= ((byte & 0x7f) as u32) << shift;
        if byte & 0x80 == 0 {
            return Ok(v);
        }
        shift += 7;
        if shift > 28 {
            return Err(VarintError::TooLong);
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.p + n > self.b.len() {
            return Err("model file truncated".into());
        }
        let s = &self.b[self.p..self.p + n];
        self.p += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// One weight (see [`put_weight`]; NLM1: a zigzag varint).
    #[inline(always)]
    fn weight(&mut self, v1: bool) -> Result<i32, String> {
        // Fast path: an `i16` that is not the escape (all but a handful), without a `take`.
        if !v1 {
            if let Some(s) = self.b.get(self.p..self.p + 2) {
                let v = i16::from_le_bytes([s[0], s[1]]);
                if v != i16::MIN {
                    self.p += 2;
                    return Ok(v as i32);
                }
            }
        }
        self.weight_slow(v1)
    }
    /// The next `n` weights. The file stores them as `i16`s with an escape for the rare larger
    /// one; a run without any escape (the usual case) is converted in one pass, which matters
    /// because the model is read on the page's first analysis, in V8's baseline tier.
    fn weights(&mut self, n: usize, v1: bool) -> Result<Vec<i32>, String> {
        if !v1 {
            if let Some(s) = self.b.get(self.p..self.p + 2 * n) {
                let ws: Vec<i32> = s
                    .chunks_exact(2)
                    .map(|c| i16::from_le_bytes([c[0], c[1]]) as i32)
                    .collect();
                if !ws.contains(&(i16::MIN as i32)) {
                    self.p += 2 * n;
                    return Ok(ws);
                }
            }
        }
        (0..n).map(|_| self.weight(v1)).collect()
    }
    #[cold]
    #[inline(never)]
    fn weight_slow(&mut self, v1: bool) -> Result<i32, String> {
        if v1 {
            return self.varint().map(|z| (z >> 1) as i32 ^ -((z & 1) as i32));
        }
        let s = self.take(2)?;
        let v = i16::from_le_bytes([s[0], s[1]]);
        if v != i16::MIN {
            return Ok(v as i32);
        }
        let s = self.take(4)?;
        Ok(i32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    #[inline(always)]
    fn varint(&mut self) -> Result<u32, String> {
        get_varint(self.b, &mut self.p).map_err(varint_error)
    }
    fn sorted_keys(&mut self, n: usize) -> Result<Vec<u32>, String> {
        get_key_deltas(self.b, &mut self.p, n).map_err(varint_error)
    }
}

/// A varint error in the model file's words.
fn varint_error(e: VarintError) -> String {
    match e {
        VarintError::Truncated => "model file truncated".to_string(),
        VarintError::TooLong => "bad varint".to_string(),
    }
}

/// Entries of one feature row for [`Model::build`]: `(tag, quantized weight)`.
pub type Row = Vec<(u8, i32)>;

impl Model {
    /// Builds a model from rows keyed by feature key; duplicate keys are merged.
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        scheme: Scheme,
        flags: u8,
        labels: Vec<String>,
        scale: f32,
        mut rows: Vec<(u32, Row)>,
        trans: Vec<i32>,
        lexicon: Lexicon,
    ) -> Model {
        rows.sort_by_key(|r| r.0);
        rows.dedup_by(|b, a| {
            if a.0 == b.0 {
                for &(t, v) in &b.1 {
                    match a.1.iter_mut().find(|e| e.0 == t) {
                        Some(e) => e.1 += v,
                        None => a.1.push((t, v)),
                    }
                }
                true
            } else {
                false
            }
        });
        let n_tags = scheme.n_tags(labels.len());
        let mut keys = Vec::with_capacity(rows.len());
        let mut starts = Vec::with_capacity(rows.len());
        let mut packed = Vec::new();
        for (k, mut r) in rows {
            r.retain(|e| e.1 != 0 && (e.0 as usize) < n_tags);
            if r.is_empty() {
                continue;
            }
            r.sort_by_key(|e| e.0);
            keys.push(k);
            starts.push(packed.len() as u32);
            packed.push(r.len() as u32);
            packed.extend(r.iter().map(|&(t, v)| pack(t, v)));
        }
        let n_weights = packed.len() - keys.len();
        let blocked = (flags & features::flags::VITERBI != 0)
            .then(|| blocked::Blocked::new(scheme, n_tags, &trans))
            .flatten();
        let perm = blocked.as_ref().map(|b| &b.perm[..]);
        let (bidx, packed, dense, starts) = build_buckets(&keys, &starts, &packed, n_tags, perm);
        let trellis = Trellis::new(scheme, n_tags);
        let (bounds, trans_wide) = strided_tables(&trellis, &trans, blocked.is_some());
        Model {
            scheme,
            flags,
            labels,
            scale,
            ntp: simd::padded(n_tags),
            n_weights,
            dense,
            bounds,
            trans_wide,
            trans,
            trellis,
            blocked,
            n_tags,
            filter: build_filter(&keys),
            bidx,
            packed,
            keys,
            starts,
            lexicon,
            common_list: "",
            common: OnceLock::new(),
        }
    }

    /// This model with the feature sums of the words of `list` (one per line) computed once
    /// for every document ([`common`]); same tags, fewer lookups. They are computed when the
    /// first document is tagged, not here: loading the model stays as fast as it was (the
    /// page loads it before anything is analyzed).
    pub fn with_common_words(mut self, list: &'static str) -> Model {
        self.common_list = list;
        self.common = OnceLock::new();
        self
    }

    /// The common words' sums, computed on first use; `None` without a list.
    fn common(&self) -> Option<&common::CommonWords> {
        self.common
            .get_or_init(|| {
                let c = common::CommonWords::new(self, self.common_list);
                (!c.is_empty()).then_some(c)
            })
            .as_ref()
    }

    /// An empty model that finds nothing.
    pub fn empty(labels: Vec<String>) -> Model {
        Model::build(
            Scheme::Bio,
            0,
            labels,
            1.0,
            Vec::new(),
            Vec::new(),
            Lexicon::default(),
        )
    }

    /// The entries `(tag, weight)` of feature `i`'s row, as stored in the file.
    fn row(&self, i: usize) -> Vec<(u8, i32)> {
        let start = self.starts[i] as usize;
        let h = self.packed[start];
        // File tag -> internal id, and back.
        let perm = |t: usize| self.blocked.as_ref().map_or(t, |b| b.perm[t] as usize);
        if h & DENSE != 0 {
            let d = self.packed[start + 1] as usize;
            return (0..self.n_tags)
                .map(|t| (t as u8, self.dense[d + perm(t)] as i32))
                .filter(|e| e.1 != 0)
                .collect();
        }
        let file = |t: u32| self.blocked.as_ref().map_or(t as u8, |b| b.inv[t as usize]);
        self.packed[start + 1..start + 1 + h as usize]
            .iter()
            .map(|&e| (file(e & 0xff), (e as i32) >> 8))
            .collect()
    }

    /// A copy without weights smaller than `min_abs` (in integer units) and without features
    /// whose largest weight is below `min_max`: smaller and faster, usually at little cost.
    pub fn pruned(&self, min_abs: i32, min_max: i32) -> Model {
        let mut rows = Vec::with_capacity(self.keys.len());
        for (i, &k) in self.keys.iter().enumerate() {
            let max = self.row(i).iter().map(|e| e.1.abs()).max().unwrap_or(0);
            if max < min_max {
                continue;
            }
            let mut row: Row = self.row(i);
            row.retain(|e| e.1.abs() >= min_abs);
            rows.push((k, row));
        }
        Model::build(
            self.scheme,
            self.flags,
            self.labels.clone(),
            self.scale,
            rows,
            self.trans.clone(),
            self.lexicon.clone(),
        )
    }

    pub fn n_features(&self) -> usize {
        self.keys.len()
    }
    pub fn n_weights(&self) -> usize {
        self.n_weights
    }
    pub fn n_tags(&self) -> usize {
        self.n_tags
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"NLM3".to_vec();
        out.push(match self.scheme {
            Scheme::Bio => 0,
            Scheme::Bilou => 1,
        });
        out.push(self.flags);
        out.push(self.labels.len() as u8);
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        self.lexicon.write(&mut out, true);
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        put_key_deltas(&mut out, &self.keys);
        let rows: Vec<Row> = (0..self.keys.len()).map(|i| self.row(i)).collect();
        for r in &rows {
            out.push(r.len() as u8);
        }
        for r in &rows {
            out.extend(r.iter().map(|e| e.0));
        }
        let weights = rows.iter().flat_map(|r| r.iter().map(|e| e.1));
        for v in weights.chain(self.trans.iter().copied()) {
            put_weight(&mut out, v);
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        match Model::decode(b, true)? {
            Some(m) => Ok(m),
            // A long row with a zero or an out-of-i16 weight cannot be dense: all sparse then.
            None => Ok(Model::decode(b, false)?.expect("all rows sparse")),
        }
    }

    /// [`Model::from_bytes`]; `None` if `dense` and a row chosen to be dense (by its length and
    /// tags, before its weights are read) turns out to have a weight a dense row cannot hold.
    fn decode(b: &[u8], dense: bool) -> Result<Option<Model>, String> {
        let mut r = Reader { b, p: 0 };
        // NLM1 (the first format) stored weights as zigzag varints; NLM3 added embedding
        // clusters to the word classes.
        let (v1, with_emb) = match r.take(4)? {
            b"NLM3" => (false, true),
            b"NLM2" => (false, false),
            b"NLM1" => (true, false),
            _ => return Err("not a newslens model file".into()),
        };
        let scheme = match r.u8()? {
            0 => Scheme::Bio,
            1 => Scheme::Bilou,
            s => return Err(format!("unknown scheme {s}")),
        };
        let flags = r.u8()?;
        let n_labels = r.u8()? as usize;
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let n = r.u8()? as usize;
            labels.push(String::from_utf8(r.take(n)?.to_vec()).map_err(|e| e.to_string())?);
        }
        let sb = r.take(4)?;
        let scale = f32::from_le_bytes([sb[0], sb[1], sb[2], sb[3]]);
        let lexicon = Lexicon::read(b, &mut r.p, with_emb).map_err(|e| e.to_string())?;
        let n = r.u32()? as usize;
        // Every feature takes at least two bytes: a larger count is garbage, not a reason to
        // reserve gigabytes.
        if n > b.len() {
            return Err("model file truncated".into());
        }
        let keys = r.sorted_keys(n)?;
        let lens = r.take(n)?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        let tags = r.take(total)?;
        let n_tags = scheme.n_tags(labels.len());
        // Tags index score rows and Viterbi back-pointers (`u8`): reject what would overflow.
        if n_tags > 256 || tags.iter().any(|&t| t as usize >= n_tags) {
            return Err("bad tag in model file".into());
        }
        let ntp = simd::padded(n_tags);
        // The tags' internal order (see `Model::blocked`): known from the scheme alone, before
        // the transitions are read.
        let perm = (flags & features::flags::VITERBI != 0)
            .then(|| blocked::tag_order(scheme, n_tags))
            .flatten();
        let pm = |tag: u8| perm.as_ref().map_or(tag, |p| p[tag as usize]);
        // Rows straight into their tagging layout (see `build_buckets`, which gives the same
        // layout from rows in memory): which rows are dense follows from their lengths and
        // tags, so every bucket's size is known before the weights are read.
        let mut is_dense = Vec::with_capacity(n);
        let mut t = 0;
        for &l in lens {
            let ts = &tags[t..t + l as usize];
            t += l as usize;
            is_dense.push(dense && ts.len() >= DENSE_MIN && ts.windows(2).all(|w| w[0] < w[1]));
        }
        let n_dense = is_dense.iter().filter(|&&d| d).count();
        let bidx = bucket_index(&keys, lens.iter().map(|&l| l as u32), &is_dense);
        let (nb, mask) = (bidx.len() - 1, bidx.len() - 2);
        let mut fill = bidx.clone();
        let mut packed = vec![0u32; bidx[nb] as usize];
        let mut dense_rows = vec![0i16; n_dense * ntp];
        let mut starts = Vec::with_capacity(n);
        let weights = r.weights(total, v1)?;
        let (mut t, mut nd, mut fits) = (0, 0, true);
        for ((&k, &l), &d) in keys.iter().zip(lens).zip(&is_dense) {
            let (slot, l) = (slot_of(k, mask), l as usize);
            let p = fill[slot] as usize;
            packed[p] = k;
            starts.push(p as u32 + 1);
            let (ts, vs) = (&tags[t..t + l], &weights[t..t + l]);
            t += l;
            if d {
                packed[p + 1] = DENSE | 1;
                packed[p + 2] = (nd * ntp) as u32;
                let row = &mut dense_rows[nd * ntp..(nd + 1) * ntp];
                for (&tag, &v) in ts.iter().zip(vs) {
                    fits &= v != 0 && v >= i16::MIN as i32 && v <= i16::MAX as i32;
                    row[pm(tag) as usize] = v as i16;
                }
                nd += 1;
                fill[slot] += 3;
            } else {
                packed[p + 1] = l as u32;
                for ((e, &tag), &v) in packed[p + 2..p + 2 + l].iter_mut().zip(ts).zip(vs) {
                    *e = pack(pm(tag), v);
                }
                fill[slot] += 2 + l as u32;
            }
        }
        if !fits {
            return Ok(None);
        }
        let trans = if flags & features::flags::VITERBI != 0 {
            (0..(n_tags + 1) * n_tags)
                .map(|_| r.weight(v1))
                .collect::<Result<Vec<i32>, String>>()?
        } else {
            Vec::new()
        };
        if r.p != b.len() {
            return Err("trailing bytes in model file".into());
        }
        let blocked = match perm {
            Some(_) => Some(
                blocked::Blocked::new(scheme, n_tags, &trans)
                    .ok_or("bad transitions in model file")?,
            ),
            None => None,
        };
        let trellis = Trellis::new(scheme, n_tags);
        let (bounds, trans_wide) = strided_tables(&trellis, &trans, blocked.is_some());
        Ok(Some(Model {
            ntp,
            n_weights: total,
            dense: dense_rows,
            scheme,
            flags,
            bounds,
            trans_wide,
            trans,
            trellis,
            blocked,
            n_tags,
            labels,
            scale,
            filter: build_filter(&keys),
            bidx,
            packed,
            keys,
            starts,
            lexicon,
            common_list: "",
            common: OnceLock::new(),
        }))
    }

    /// The model's word classes.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Fills in a token's word classes (clusters) from the model's lexicon.
    #[inline]
    pub fn classify(&self, t: &mut TokInfo) {
        self.lexicon.classify(t);
    }

    /// Token values with the model's word classes filled in.
    pub fn tok_info(&self, raw: &str, sc: &mut Scratch) -> TokInfo {
        let mut t = TokInfo::new(raw, sc);
        self.lexicon.classify(&mut t);
        t
    }

    /// Where the row of feature key `key` starts in `packed` (its length), if present.
    #[inline]
    fn lookup(&self, key: u32) -> Option<usize> {
        let b = slot_of(key, self.bidx.len() - 2);
        self.find_in_bucket(key, self.bidx[b] as usize, self.bidx[b + 1] as usize)
    }

    /// [`Model::lookup`] within the bucket `p..end` of `packed` that `key` falls in.
    #[inline]
    fn find_in_bucket(&self, key: u32, mut p: usize, end: usize) -> Option<usize> {
        while p < end {
            if self.packed[p] == key {
                return Some(p + 1);
            }
            p += 2 + (self.packed[p + 1] & !DENSE) as usize;
        }
        None
    }

    /// Adds the row at `start` (from [`Model::lookup`]) to `scores` (at least `ntp` long).
    /// Always inlined: [`Model::add_rows`]' last pass called it once per key (1.0 M
    /// instructions of `bench seeds` in the call).
    #[inline(always)]
    fn add_row(&self, start: usize, scores: &mut [i32]) {
        let scores = &mut scores[..self.ntp];
        let h = self.packed[start];
        if h & DENSE != 0 {
            let d = self.packed[start + 1] as usize;
            simd::add_i16(scores, &self.dense[d..d + self.ntp]);
            return;
        }
        for &e in &self.packed[start + 1..start + 1 + h as usize] {
            let t = (e & 0xff) as usize;
            // Every sparse entry's tag is below `n_tags <= ntp`: checked when a model file
            // is read, kept by `Model::build`'s filter, mapped by a permutation of the
            // tags (`build_buckets`). One check per entry was ~1 in 8 of the tagger's adds.
            debug_assert!(t < scores.len());
            // SAFETY: `t < n_tags <= ntp == scores.len()` (above).
            unsafe { *scores.get_unchecked_mut(t) += (e as i32) >> 8 };
        }
    }

    #[inline]
    fn add(&self, h: u64, scores: &mut [i32]) {
        if let Some(start) = self.lookup(key_of(h)) {
            self.add_row(start, scores);
        }
    }

    /// The key of feature `h` if it may be present: most absent features are rejected by the
    /// filter, in cache, before the table is read.
    #[inline]
    fn probe(&self, h: u64) -> Option<u32> {
        let key = key_of(h);
        let b = filter_bit(key, self.filter.len() * 64 - 1);
        if h == features::NONE || self.filter[b >> 6] & (1 << (b & 63)) == 0 {
            return None;
        }
        Some(key)
    }

    /// Queues feature `h` in `batch` if it may be present, its row to be added at `dest`.
    #[inline]
    fn probe_into(&self, h: u64, dest: usize, batch: &mut Batch) {
        if let Some(key) = self.probe(h) {
            batch.items.push((key, dest as u32));
        }
    }

    /// Adds the rows of the features in `batch` to `out` (each at its `dest`, `ntp` scores)
    /// and empties it. The rows are scattered over a table larger than the CPU caches: the
    /// bucket index and the buckets are first read in tight loops of independent loads, whose
    /// cache misses the CPU overlaps (wasm has no prefetch instruction), before the lookups
    /// that then find them in cache.
    fn add_rows(&self, batch: &mut Batch, scratch: &mut Vec<u32>, out: &mut [i32]) {
        let mask = self.bidx.len() - 2;
        // Each key's bucket (start and end in `packed`), two words a key (written in place:
        // no capacity check per key)...
        scratch.clear();
        scratch.resize(2 * batch.items.len(), 0);
        for (b, &(k, _)) in scratch.chunks_exact_mut(2).zip(&batch.items) {
            let s = slot_of(k, mask);
            b.copy_from_slice(&self.bidx[s..s + 2]);
        }
        let mut x = 0u32;
        for b in scratch.chunks_exact(2) {
            x ^= self.packed.get(b[0] as usize).copied().unwrap_or(0);
        }
        // ...then, in place of its start, where its row starts (`u32::MAX`: absent), touching
        // the dense rows likewise.
        for (b, &(k, _)) in scratch.chunks_exact_mut(2).zip(&batch.items) {
            b[0] = match self.find_in_bucket(k, b[0] as usize, b[1] as usize) {
                Some(start) => {
                    if self.packed[start] & DENSE != 0 {
                        let d = self.packed[start + 1] as usize;
                        x ^= (self.dense[d]
                            ^ self.dense[d + self.ntp / 2]
                            ^ self.dense[d + self.ntp - 1]) as u32;
                    }
                    start as u32
                }
                None => u32::MAX,
            };
        }
        std::hint::black_box(x);
        for (b, &(_, d)) in scratch.chunks_exact(2).zip(&batch.items) {
            if b[0] != u32::MAX {
                self.add_row(b[0] as usize, &mut out[d as usize..d as usize + self.ntp]);
            }
        }
        batch.items.clear();
    }

    /// Appends to `sums` room for the four sums of the features token `t` gives its
    /// neighbours ([`features::NEIGHBOUR`]: as the token before, after, two before, two after
    /// the one tagged), queues those features in `batch`, and returns where the sums start.
    fn neighbour_sums(&self, t: &TokInfo, sums: &mut Vec<i32>, batch: &mut Batch) -> u32 {
        let nt = self.ntp;
        let a = sums.len();
        sums.resize(a + 4 * nt, 0);
        for h in features::as_prev(t) {
            self.probe_into(h, a, batch);
        }
        for h in features::as_next(t) {
            self.probe_into(h, a + nt, batch);
        }
        self.probe_into(features::as_prev2(t), a + 2 * nt, batch);
        self.probe_into(features::as_next2(t), a + 3 * nt, batch);
        a as u32
    }

    /// Where the neighbour sums of the sentence padding start, for [`Model::tag_within`]: in
    /// the shared sums if there are any (computed once per process), else appended to the
    /// document's `sums`. Their features are queued in `cfill` or `fill`.
    fn pad_sums(
        &self,
        shared: Option<&mut common::Sums>,
        sums: &mut Vec<i32>,
        fill: &mut Batch,
        cfill: &mut Batch,
    ) -> (u32, u32) {
        match shared {
            Some(s) => {
                let (b, e) = s.pads(self, cfill);
                (common::COMMON | b, common::COMMON | e)
            }
            None => (
                self.neighbour_sums(&features::BOS, sums, fill),
                self.neighbour_sums(&features::EOS, sums, fill),
            ),
        }
    }

    /// Adds a feature's weights the slow way (through the file-order arrays); for tests.
    #[cfg(test)]
    fn add_slow(&self, h: u64, scores: &mut [i32]) {
        if let Ok(f) = self.keys.binary_search(&key_of(h)) {
            for (t, v) in self.row(f) {
                scores[t as usize] += v;
            }
        }
    }

    /// Tags a document of tokens `toks` split into `sents`: Viterbi per sentence for Viterbi
    /// models (the document memory carries over from sentence to sentence), else greedy, left to
    /// right.
    pub fn tag(&self, toks: &[TokInfo], sents: &[Range<usize>]) -> Vec<u16> {
        self.tag_within(toks, None, sents, MAX_SUMS)
    }

    /// The entities of a document as token ranges with label ids: [`Model::tag`], decoded, then
    /// relabeled by `relabeler` if it is one for this model's labels.
    pub fn spans(
        &self,
        toks: &[TokInfo],
        sents: &[Range<usize>],
        relabeler: Option<&relabel::Relabeler>,
    ) -> Vec<(usize, usize, usize)> {
        self.spans_of(toks, None, sents, relabeler)
    }

    /// [`Model::spans`], with the text ids of [`doc_infos_ids`] if the caller has them.
    fn spans_of(
        &self,
        toks: &[TokInfo],
        text_ids: Option<&[u32]>,
        sents: &[Range<usize>],
        relabeler: Option<&relabel::Relabeler>,
    ) -> Vec<(usize, usize, usize)> {
        let mut spans = self
            .scheme
            .decode(&self.tag_within(toks, text_ids, sents, MAX_SUMS));
        if let Some(r) = relabeler.filter(|r| r.labels == self.labels) {
            r.relabel(toks, &mut spans);
        }
        spans
    }

    /// [`Model::tag`] with its per-document caches started over whenever they hold more than
    /// `max_sums` scores. `text_ids`, if given and numbered as [`doc_infos_ids`] numbers the
    /// tokens' texts, serve as the word ids of the caches below, instead of ids from a map
    /// probed once per token (otherwise they are ignored).
    fn tag_within(
        &self,
        toks: &[TokInfo],
        text_ids: Option<&[u32]>,
        sents: &[Range<usize>],
        max_sums: usize,
    ) -> Vec<u16> {
        let mut tags = vec![0u16; toks.len()];
        // No sentences, nothing to tag (every tag stays O). And nothing may be queued: the
        // shared padding sums ([`common::Sums::pads`]) are made, and their features queued,
        // before the first sentence, and only a sentence adds queued rows; with none they
        // would be dropped and the padding's sums left zero for every later document.
        if self.keys.is_empty() || sents.is_empty() {
            return tags;
        }
        let mut st = [0u64; N_STATIC];
        let mut dy = [0u64; N_DYNAMIC];
        let mut scores = vec![0i32; self.ntp];
        let mut doc_mem = DocMemory::default();
        if self.flags & features::flags::VITERBI != 0 {
            // Every tag vector below has `ntp` entries (padding zero), for SIMD adds.
            let nt = self.ntp;
            let (mut back, mut delta) = (Vec::new(), Vec::new());
            let mut live = Vec::new();
            // How many scores of a cached sentence's emission rows are summed below: the
            // blocked decoder reads only its `row_len` (rounded up to a vector of 4; 76 of 80
            // with the shipped model), the scalar one every tag. The lanes past them are never
            // read (they hold no tag; `add_rows` may still add to them).
            let sl = self
                .blocked
                .as_ref()
                .map_or(nt, |b| b.row_len().next_multiple_of(4).min(nt));
            // Every cached sum below is `nt` scores in `sums`; caches hold where it starts
            // (`UNSET` until first needed). The distinct words of the document get ids, so the
            // per-word caches are plain arrays.
            const UNSET: u32 = u32::MAX;
            let mut sums: Vec<i32> = Vec::new();
            // Per word id, its index among the common words (whose sums are computed once for
            // every document; [`common`]), or `UNSET`.
            let common = self.common();
            let mut common_of: Vec<u32> = Vec::with_capacity(toks.len() / 2);
            // Their sums so far, and the features of those this document uses first.
            let mut csums = common.map(|c| c.lock());
            // `fill`, `direct`: features to look up, with where their rows are added: for
            // the caches (into `sums`) and for the emissions (into `em`); `cfill` those of the
            // shared sums; see [`Model::add_rows`]. `at`: per token of the sentence, where its
            // local and shape-context sums start.
            let TagBufs {
                mut em,
                mut fill,
                mut direct,
                mut cfill,
                mut scratch,
                mut at,
                mut bsc,
            } = csums
                .as_mut()
                .map_or_else(TagBufs::default, |s| std::mem::take(&mut s.bufs));
            for b in [&mut fill, &mut direct, &mut cfill] {
                b.items.clear();
            }
            let owned: Vec<u32>;
            let ids: &[u32] = match text_ids.filter(|x| {
                x.len() == toks.len() && first_occurrence_order(x, toks, common, &mut common_of)
            }) {
                // The text ids are the word ids: the token values are those of the
                // normalized text, so tokens of one text id have the same ones.
                Some(tids) => tids,
                None => {
                    common_of.clear();
                    // Keyed by the word hashes themselves ([`KeyHasher`]), as the document
                    // memory is.
                    let mut id_of: KeyMap<u32> =
                        KeyMap::with_capacity_and_hasher(toks.len() / 2, Default::default());
                    owned = toks
                        .iter()
                        .map(|t| {
                            let n = id_of.len() as u32;
                            *id_of.entry(t.word).or_insert_with(|| {
                                let c = common.and_then(|c| c.index(t.word));
                                common_of.push(c.unwrap_or(UNSET));
                                n
                            })
                        })
                        .collect();
                    &owned
                }
            };
            let n_ids = common_of.len();
            // Room for the local and neighbour sums of every word and some shape contexts:
            // growing `sums` would copy it.
            sums.reserve(((6 * n_ids + 64) * nt).min(max_sums));
            // Sums of the word-local features ([`features::LOCAL_SLOTS`]), per word, apart for
            // sentence-initial occurrences.
            let mut local = vec![UNSET; n_ids];
            let mut local_first = vec![UNSET; n_ids];
            // Per word, the sums of the features it gives its neighbours
            // ([`features::NEIGHBOUR`]): 4 vectors, as the token before (-1), after (+1), two
            // before (-2) and two after (+2) the one tagged. The padding has its own two.
            let mut nbr = vec![UNSET; n_ids];
            let (mut pad_bos, mut pad_eos) =
                self.pad_sums(csums.as_deref_mut(), &mut sums, &mut fill, &mut cfill);
            // Sums of the shape-context features ([`features::SHAPE_CTX`]), per context.
            let mut ctx_at: WordMap<features::CtxKey, u32> = WordMap::default();
            for r in sents {
                if sums.len() > max_sums {
                    // A huge document of mostly distinct words: start the caches over (they
                    // only save work; the scores stay the same).
                    sums.clear();
                    local.fill(UNSET);
                    local_first.fill(UNSET);
                    nbr.fill(UNSET);
                    ctx_at.clear();
                    (pad_bos, pad_eos) =
                        self.pad_sums(csums.as_deref_mut(), &mut sums, &mut fill, &mut cfill);
                }
                // The emission rows of a cached sentence are stored whole below ([`simd::sum6`])
                // before its direct rows are added: `em` is cleared only for an uncached one
                // (and where it grows).
                if em.len() < r.len() * nt {
                    em.resize(r.len() * nt, 0);
                }
                // Pass 1: the features of every token; those of words and contexts not yet
                // cached go to `fill`, the others (not cacheable) to `direct`.
                at.clear();
                // A very long "sentence" (a file without sentence ends) would grow the caches
                // without bound before they could start over: its features all go straight to
                // the emissions.
                let cached = r.len() <= LONG_SENTENCE;
                if !cached {
                    em[..r.len() * nt].fill(0);
                    for (k, i) in r.clone().enumerate() {
                        static_features(toks, i, r.start, r.end, &mut st);
                        dynamic_features(
                            0,
                            0,
                            &toks[i],
                            doc_mem.get(&toks[i]),
                            self.flags,
                            &mut dy,
                        );
                        for &h in st.iter().chain(&dy) {
                            self.probe_into(h, k * nt, &mut direct);
                        }
                    }
                } else {
                    for (k, i) in r.clone().enumerate() {
                        let w = ids[i] as usize;
                        let cw = common_of[w];
                        // A word's sums in the shared table (a common word's, or another's
                        // while there is room): its local ones, then its neighbour ones;
                        // `UNSET` if it has none there.
                        let mut common_at = || match (common, csums.as_mut()) {
                            (Some(c), Some(s)) if cw != UNSET => {
                                common::COMMON | s.slot(self, c, cw, &mut cfill)
                            }
                            (Some(_), Some(s)) => s
                                .other_slot(self, &toks[i], &mut cfill)
                                .map_or(UNSET, |a| common::COMMON | a),
                            _ => UNSET,
                        };
                        if nbr[w] == UNSET {
                            nbr[w] = match common_at() {
                                UNSET => self.neighbour_sums(&toks[i], &mut sums, &mut fill),
                                a => a + nt as u32,
                            };
                        }
                        // Each group of features is hashed only where it is needed.
                        let (p1, c, n1) = (
                            features::neighbour(toks, i, -1, r.start, r.end),
                            &toks[i],
                            features::neighbour(toks, i, 1, r.start, r.end),
                        );
                        let cache = if i == r.start {
                            &mut local_first
                        } else {
                            &mut local
                        };
                        if cache[w] == UNSET {
                            cache[w] = if i != r.start {
                                common_at()
                            } else {
                                // A sentence's first word: its own shared sums.
                                csums
                                    .as_mut()
                                    .and_then(|s| s.first_slot(self, &toks[i], &mut cfill))
                                    .map_or(UNSET, |a| common::COMMON | a)
                            };
                        }
                        if cache[w] == UNSET {
                            let a = sums.len();
                            sums.resize(a + nt, 0);
                            for h in features::local_features(c, i == r.start) {
                                self.probe_into(h, a, &mut fill);
                            }
                            cache[w] = a as u32;
                        }
                        let ckey = features::shape_context_of(p1, c, n1);
                        let feats = || features::shape_ctx_features(p1, c, n1);
                        let shared = csums
                            .as_mut()
                            .and_then(|s| s.ctx_slot(self, ckey, feats, &mut cfill));
                        let cat = match shared {
                            Some(a) => common::COMMON | a,
                            None => *ctx_at.entry(ckey).or_insert_with(|| {
                                let a = sums.len();
                                sums.resize(a + nt, 0);
                                for h in feats() {
                                    self.probe_into(h, a, &mut fill);
                                }
                                a as u32
                            }),
                        };
                        at.push((cache[w], cat));
                        for h in features::pair_features(p1, c, n1) {
                            self.probe_into(h, k * nt, &mut direct);
                        }
                        // With no earlier tagging of the word and no history features (the
                        // shipped model: `DOC` alone), every dynamic feature is `NONE`.
                        let doc_prev = doc_mem.get(c);
                        if doc_prev != 0 || self.flags & HISTORY_ANY != 0 {
                            dynamic_features(0, 0, c, doc_prev, self.flags, &mut dy);
                            for &h in &dy {
                                self.probe_into(h, k * nt, &mut direct);
                            }
                        }
                    }
                }
                // Pass 2: the rows, in batches (those of `direct` once the emission rows hold
                // the cached sums).
                self.add_rows(&mut fill, &mut scratch, &mut sums);
                if let Some(s) = csums.as_mut() {
                    self.add_rows(&mut cfill, &mut scratch, &mut s.data);
                }
                // Where the neighbour sums of position `j` of the sentence start (padding
                // outside it).
                let nb = |j: isize| -> usize {
                    if j < r.start as isize {
                        pad_bos as usize
                    } else if j >= r.end as isize {
                        pad_eos as usize
                    } else {
                        nbr[ids[j as usize] as usize] as usize
                    }
                };
                let common_sums: &[i32] = csums.as_ref().map_or(&[], |s| &s.data);
                let v = |a: usize, part: usize, from| sum_at(&sums, from, a, part, nt, sl);
                // The four neighbour sums of position `j`, found once for the (up to) four
                // tokens that read them: a window of five slides along the sentence.
                let block = |j: isize| sum_at(&sums, common_sums, nb(j), 0, nt, 4 * nt);
                // (`at` is empty for an uncached sentence.)
                if !at.is_empty() {
                    let s0 = r.start as isize;
                    let mut w = [
                        block(s0 - 2),
                        block(s0 - 1),
                        block(s0),
                        block(s0 + 1),
                        block(s0 + 2),
                    ];
                    for (k, &(l, c)) in at.iter().enumerate() {
                        let six = [
                            v(l as usize, 0, common_sums),
                            v(c as usize, 0, common_sums),
                            &w[1][..sl],
                            &w[3][nt..nt + sl],
                            &w[0][2 * nt..2 * nt + sl],
                            &w[4][3 * nt..3 * nt + sl],
                        ];
                        simd::sum6(&mut em[k * nt..k * nt + sl], six);
                        w = [w[1], w[2], w[3], w[4], block(s0 + k as isize + 3)];
                    }
                }
                self.add_rows(&mut direct, &mut scratch, &mut em);
                match &self.blocked {
                    Some(b) => {
                        b.viterbi(&em[..r.len() * nt], nt, &mut bsc, &mut tags[r.clone()]);
                    }
                    None => self.trellis.viterbi_strided(
                        &em[..r.len() * nt],
                        nt,
                        &self.trans,
                        &self.trans_wide,
                        Some(&self.bounds),
                        &mut live,
                        &mut back,
                        &mut delta,
                        &mut tags[r.clone()],
                    ),
                }
                for i in r.clone() {
                    doc_mem.record(self.scheme, &toks[i], tags[i]);
                }
            }
            if let Some(s) = csums.as_mut() {
                s.bufs = TagBufs {
                    em,
                    fill,
                    direct,
                    cfill,
                    scratch,
                    at,
                    bsc,
                };
            }
            return tags;
        }
        for r in sents {
            let (mut prev, mut prev2) = (0u16, 0u16);
            for i in r.clone() {
                static_features(toks, i, r.start, r.end, &mut st);
                dynamic_features(
                    prev,
                    prev2,
                    &toks[i],
                    doc_mem.get(&toks[i]),
                    self.flags,
                    &mut dy,
                );
                scores.iter_mut().for_each(|s| *s = 0);
                for &h in st.iter().chain(dy.iter()) {
                    if h != features::NONE {
                        self.add(h, &mut scores);
                    }
                }
                let best = best_valid(self.scheme, prev, &scores[..self.n_tags]);
                tags[i] = best;
                doc_mem.record(self.scheme, &toks[i], best);
                prev2 = prev;
                prev = best;
            }
        }
        tags
    }
}

/// The first `len` scores of vector `part` (`nt` scores) of the cached sums at `a`: in a
/// document's `sums`, or in the common words' `common` if `a` has [`common::COMMON`] set.
#[inline]
fn sum_at<'a>(
    sums: &'a [i32],
    common: &'a [i32],
    a: usize,
    part: usize,
    nt: usize,
    len: usize,
) -> &'a [i32] {
    let (from, a) = if a as u32 & common::COMMON != 0 {
        (common, a & !(common::COMMON as usize))
    } else {
        (sums, a)
    };
    &from[a + part * nt..a + part * nt + len]
}

/// The highest-scoring tag allowed after `prev` (ties: lowest id, so O wins).
#[inline]
pub fn best_valid<T: PartialOrd + Copy>(scheme: Scheme, prev: u16, scores: &[T]) -> u16 {
    let mut best = 0u16;
    let mut bs = scores[0];
    for (t, &s) in scores.iter().enumerate().skip(1) {
        if s > bs && scheme.valid(prev, t as u16) {
            best = t as u16;
            bs = s;
        }
    }
    if !scheme.valid(prev, best) {
        // Only possible when O itself is invalid (BILOU inside an entity): best continuation.
        let mut first = true;
        for (t, &s) in scores.iter().enumerate().skip(1) {
            if scheme.valid(prev, t as u16) && (first || s > bs) {
                best = t as u16;
                bs = s;
                first = false;
            }
        }
    }
    best
}

/// Hasher for keys that are already hashes (word hashes): no re-hashing on the hot path.
#[derive(Default)]
pub struct KeyHasher(u64);

/// A map keyed by hashes (word hashes, feature hashes), through [`KeyHasher`].
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// How capitalized words were tagged earlier in the document (label + 1 of the last tagging).
#[derive(Default)]
pub struct DocMemory {
    seen: KeyMap<u16>,
}

impl DocMemory {
    #[inline]
    pub fn get(&self, t: &TokInfo) -> u16 {
        if !t.cap {
            return 0;
        }
        self.seen.get(&t.word).copied().unwrap_or(0)
    }
    #[inline]
    pub fn record(&mut self, scheme: Scheme, t: &TokInfo, tag: u16) {
        if t.cap {
            if let Some(l) = scheme.label_of(tag) {
                self.seen.insert(t.word, l as u16 + 1);
            }
        }
    }
}

/// The model embedded in this build (`model/ontonotes.nlm`), parsed on first use.
pub fn shipped() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlm");
        let labels = Label::ALL.iter().map(|l| l.as_str().to_string()).collect();
        if bytes.is_empty() {
            return Model::empty(labels);
        }
        Model::from_bytes(bytes)
            .map(|m| m.with_common_words(include_str!("../../../model/common-words.txt")))
            .unwrap_or_else(|_| Model::empty(labels))
    })
}

/// [`Recognizer`] running a [`Model`] whose labels are OntoNotes labels.
pub struct ModelRecognizer {
    model: &'static Model,
    /// Second opinion on each span's label ([`relabel`]), trained on this model's output.
    relabeler: Option<&'static relabel::Relabeler>,
    labels: Vec<Option<Label>>,
    /// Apply the project's span conventions (no leading `the`, no final `'s`); off to score
    /// against OntoNotes' own conventions.
    pub trim: bool,
}

impl ModelRecognizer {
    pub fn new(model: &'static Model) -> Self {
        let labels = model.labels.iter().map(|l| Label::parse(l)).collect();
        ModelRecognizer {
            model,
            relabeler: None,
            labels,
            trim: true,
        }
    }

    /// The shipped model with the shipped relabeler.
    pub fn shipped() -> Self {
        ModelRecognizer::new(shipped()).relabeling(relabel::shipped())
    }

    /// This recognizer with `relabeler` (none: the tagger's labels as they are). A relabeler
    /// whose labels are not the model's is not used ([`Model::spans`]).
    pub fn relabeling(mut self, relabeler: Option<&'static relabel::Relabeler>) -> Self {
        self.relabeler = relabeler;
        self
    }
}

/// Whether `tids` numbers its texts 0, 1, ... in the order they first occur (as
/// [`doc_infos_ids`] does), filling `common_of` with each id's index among the common words
/// (or `UNSET`) on the way.
fn first_occurrence_order(
    tids: &[u32],
    toks: &[TokInfo],
    common: Option<&common::CommonWords>,
    common_of: &mut Vec<u32>,
) -> bool {
    for (&j, t) in tids.iter().zip(toks) {
        let n = common_of.len();
        if j as usize == n {
            let c = common.and_then(|c| c.index(t.word));
            common_of.push(c.unwrap_or(u32::MAX));
        } else if j as usize > n {
            return false;
        }
    }
    true
}

/// Token values of a document's tokens. They depend on the token's text alone, and an article
/// repeats most of its words (`the`, `,`, its names), so each distinct text is computed once per
/// document and copied after that: a hash lookup instead of normalizing, lower-casing and
/// hashing the word eleven times.
pub fn doc_infos(model: &Model, doc: &Doc) -> Vec<TokInfo> {
    doc_infos_ids(model, doc).0
}

/// [`doc_infos`], and per token the id of its text: the distinct texts numbered 0, 1, ... in
/// the order they first occur. The tagger needs per-word ids; it looked each token's word hash
/// up in a map of its own, where this lookup already tells it.
fn doc_infos_ids(model: &Model, doc: &Doc) -> (Vec<TokInfo>, Vec<u32>) {
    let mut sc = Scratch::default();
    let n = doc.tokens.len();
    // Sized for the distinct words of a news article (about a third of its tokens).
    let mut known: WordMap<&str, u32> =
        WordMap::with_capacity_and_hasher(n / 3, Default::default());
    // (Room for every token: a short document has more distinct words than a third, and
    // growing this vector copies it.)
    let mut distinct: Vec<TokInfo> = Vec::with_capacity(n);
    let common = model.common();
    // Other words' values kept from earlier documents ([`common::CommonWords::seen`]).
    let mut seen = common.map(|c| c.seen());
    let ids: Vec<u32> = (0..n)
        .map(|i| {
            let word = doc.token_text(i);
            *known.entry(word).or_insert_with(|| {
                let t = if let Some(t) = common.and_then(|c| c.info(word)) {
                    t
                } else {
                    match seen.as_mut() {
                        Some(s) => s.info(word, || model.tok_info(word, &mut sc)),
                        None => model.tok_info(word, &mut sc),
                    }
                };
                distinct.push(t);
                distinct.len() as u32 - 1
            })
        })
        .collect();
    let infos = ids.iter().map(|&k| distinct[k as usize]).collect();
    (infos, ids)
}

/// Whether token `i` is a currency sign (`$`, `£`, `US$`, `HK$`) written right before the
/// token after it or one space away.
fn is_currency_sign(doc: &Doc, i: usize) -> bool {
    let (t, next) = (doc.tokens[i], doc.tokens.get(i + 1));
    let w = doc.token_text(i);
    w.chars().count() <= 3
        && w.ends_with(['$', '£', '€', '¥', '₹', '₩', '₽'])
        && next.is_some_and(|n| matches!(&doc.text[t.end..n.start], "" | " "))
}

/// Companies named in the possessive (`Moody's`, `McDonald's`, `Sotheby's`): the `'s` is part
/// of the name (OntoNotes: `Moody 's` 12 of 12), not a possessive to trim.
const POSSESSIVE_NAMES: &[&str] = &[
    "Moody",
    "McDonald",
    "Sotheby",
    "Christie",
    "Kellogg",
    "Macy",
    "Sainsbury",
    "Domino",
    "Wendy",
    "Lowe",
    "Kohl",
    "Denny",
    "Levi",
    "Lloyd",
    "Dillard",
    "Hardee",
    "Barron",
    "Joe",
    "Jerry",
];

impl Recognizer for ModelRecognizer {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        let (infos, text_ids) = doc_infos_ids(self.model, doc);
        let whole = 0..doc.tokens.len();
        let sents: &[Range<usize>] = if doc.sentences.is_empty() {
            std::slice::from_ref(&whole)
        } else {
            doc.sentences
        };
        self.model
            .spans_of(&infos, Some(&text_ids), sents, self.relabeler)
            .into_iter()
            .filter_map(|(mut s, mut e, l)| {
                let label = self.labels.get(l).copied().flatten()?;
                // The project's span conventions (see the seed gold's GUIDELINES): a leading `the`
                // and a final possessive `'s` are never part of an entity, where OntoNotes, which
                // the model learned, often includes them.
                if self.trim && e - s > 1 && doc.token_text(s).eq_ignore_ascii_case("the") {
                    s += 1;
                }
                // Nor is an article in lower case before a name (`a [Voting Rights Act] case`;
                // OntoNotes train: outside 900 times, inside 66, mostly titles), while it is
                // part of an amount or a period (`a year`, `a dozen`).
                if self.trim
                    && e - s > 1
                    && doc.first_byte(s) == b'a'
                    && matches!(doc.token_text(s), "a" | "an")
                    && !label.is_numeric()
                {
                    s += 1;
                }
                // A bracket the span does not close is punctuation around it, not part of it
                // (`375 miles [(600 kilometers]) offshore` was the error).
                if self.trim && e - s > 1 {
                    let open = |k: usize| matches!(doc.token_text(k), "(" | "[" | "{");
                    let close = |k: usize| matches!(doc.token_text(k), ")" | "]" | "}");
                    if open(s) && !(s + 1..e).any(close) {
                        s += 1;
                    }
                    if e - s > 1 && close(e - 1) && !(s..e - 1).any(open) {
                        e -= 1;
                    }
                }
                if self.trim
                    && e - s > 1
                    && matches!(doc.token_text(e - 1), "'s" | "’s" | "'S" | "’S")
                    && !(label == Label::ORG && POSSESSIVE_NAMES.contains(&doc.token_text(e - 2)))
                {
                    e -= 1;
                }
                // A currency sign belongs to the amount after it (`$5,000`, `($54bn;`), where
                // OntoNotes leaves a quarter of its `$` signs out of the MONEY span and the
                // model learned to do the same.
                if self.trim && label == Label::MONEY && s > 0 && is_currency_sign(doc, s - 1) {
                    s -= 1;
                }
                Some(Mention {
                    span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
                    label,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scalar Viterbi [`Trellis::viterbi_strided`] replaced: every (tag, predecessor).
    #[allow(clippy::too_many_arguments)]
    fn viterbi_scalar(
        tr_: &Trellis,
        em: &[i32],
        tr: &[i32],
        bounds: Option<&[(i32, i32)]>,
        out: &mut [u16],
    ) {
        let (live, back, delta) = (&mut Vec::new(), &mut Vec::new(), &mut Vec::new());
        let (nt, es, n) = (tr_.nt, tr_.nt, out.len());
        let s = tr_;
        if n == 0 {
            return;
        }
        back.clear();
        back.resize(n * nt, 0);
        delta.clear();
        delta.resize(2 * nt, NEG);
        let (cur, rest) = delta.split_at_mut(nt);
        let (mut cur, mut next) = (cur, &mut rest[..nt]);
        for t in 0..nt {
            cur[t] = if s.start_ok[t] {
                em[t] + tr[nt * nt + t]
            } else {
                NEG
            };
        }
        for i in 1..n {
            let e = &em[i * es..i * es + nt];
            let mut top = NEG;
            live.clear();
            match bounds {
                Some(b) => {
                    let (mut m, mut cs) = (NEG, 0usize);
                    for &p in &s.wide_prevs {
                        if cur[p as usize] > m {
                            m = cur[p as usize];
                            cs = p as usize;
                        }
                    }
                    let thr = m.saturating_add(b[cs].1);
                    live.extend(s.wide_prevs.iter().copied().filter(|&p| {
                        cur[p as usize] > NEG && cur[p as usize] + b[p as usize].0 >= thr
                    }));
                }
                None => live.extend_from_slice(&s.wide_prevs),
            }
            for t in 0..nt {
                let mut best = NEG;
                let mut arg = 0u16;
                let prevs: &[u16] = if s.wide[t] { live } else { &s.prevs[t] };
                for &p in prevs {
                    if cur[p as usize] == NEG {
                        continue;
                    }
                    let v = cur[p as usize] + tr[p as usize * nt + t];
                    if v > best {
                        best = v;
                        arg = p;
                    }
                }
                let v = if best == NEG { NEG } else { best + e[t] };
                next[t] = v;
                back[i * nt + t] = arg as u8;
                top = top.max(v);
            }
            // Keep scores small: only differences matter.
            for v in next.iter_mut() {
                if *v > NEG {
                    *v -= top;
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        let mut best = NEG;
        let mut arg = 0u16;
        for (t, &v) in cur.iter().enumerate() {
            if s.end_ok[t] && v > best {
                best = v;
                arg = t as u16;
            }
        }
        out[n - 1] = arg;
        for i in (1..n).rev() {
            arg = back[i * nt + arg as usize] as u16;
            out[i - 1] = arg;
        }
    }

    #[test]
    fn bio_and_bilou_round_trip() {
        let spans = vec![(0, 2, 1), (2, 3, 0), (5, 8, 2)];
        for scheme in [Scheme::Bio, Scheme::Bilou] {
            let tags = scheme.encode(9, &spans);
            assert_eq!(scheme.decode(&tags), spans, "{scheme:?}");
            let mut prev = 0;
            for &t in &tags {
                assert!(scheme.valid(prev, t), "{scheme:?} {prev} {t}");
                prev = t;
            }
        }
        let b = Scheme::Bilou;
        assert!(!b.valid(b.tag(0, 0), 0));
        assert!(!b.valid(0, b.tag(0, 1)));
        assert!(!Scheme::Bio.valid(0, Scheme::Bio.tag(0, 1)));
        assert!(!Scheme::Bio.valid(Scheme::Bio.tag(1, 0), Scheme::Bio.tag(0, 1)));
    }

    #[test]
    fn decode_is_lenient() {
        let s = Scheme::Bio;
        assert_eq!(s.decode(&[s.tag(0, 1), s.tag(0, 1), 0]), vec![(0, 2, 0)]);
        let b = Scheme::Bilou;
        assert_eq!(b.decode(&[b.tag(0, 0), b.tag(0, 1)]), vec![(0, 2, 0)]);
    }

    #[test]
    fn best_valid_respects_constraints() {
        let b = Scheme::Bilou;
        let mut scores = vec![0i32; b.n_tags(2)];
        scores[b.tag(1, 1) as usize] = 10; // I-1 is best but not allowed from O
        scores[b.tag(0, 3) as usize] = 5;
        assert_eq!(best_valid(b, 0, &scores), b.tag(0, 3));
        // Inside an entity, O is not allowed: the best continuation wins.
        assert_eq!(best_valid(b, b.tag(1, 0), &scores), b.tag(1, 1));
    }

    fn tiny_model() -> Model {
        let labels = vec!["PERSON".to_string(), "GPE".to_string()];
        let s = Scheme::Bio;
        let mut sc = Scratch::default();
        let china = TokInfo::new("China", &mut sc);
        let rows = vec![
            (
                key_of(features::f1(1, china.word)),
                vec![(s.tag(1, 0) as u8, 20)],
            ),
            (key_of(features::f1(0, 0)), vec![(0u8, 1), (1, -70000)]),
        ];
        Model::build(
            s,
            features::flags::HISTORY,
            labels,
            0.5,
            rows,
            Vec::new(),
            Lexicon::new(vec![(7, 3, lexicon::NO_CLASS), (2, 1, 9)], 4, 8),
        )
    }

    #[test]
    fn file_round_trip_and_tagging() {
        let m = tiny_model();
        let bytes = m.to_bytes();
        let m2 = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m2.to_bytes(), bytes);
        assert_eq!(m2.n_features(), 2);
        assert_eq!(m2.labels, m.labels);
        assert_eq!(m2.lexicon, m.lexicon);
        assert_eq!(m2.lexicon.len(), 2);
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = ["In", "China", "today"]
            .iter()
            .map(|t| m2.tok_info(t, &mut sc))
            .collect();
        let tags = m2.tag(&toks, std::slice::from_ref(&(0..3)));
        assert_eq!(m2.scheme.decode(&tags), vec![(1, 2, 1)]);
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "{cut}");
        }
        let mut junk = b"NLM3".to_vec();
        junk.extend((0..400u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        assert!(Model::from_bytes(&junk).is_err());
        assert!(Model::from_bytes(b"GIF89a").is_err());
    }

    #[test]
    fn packed_rows_equal_file_rows() {
        let m = tiny_model();
        let mut sc = Scratch::default();
        let china = TokInfo::new("China", &mut sc);
        for h in [
            features::f1(1, china.word),
            features::f1(0, 0),
            features::f1(2, china.word),
        ] {
            let (mut a, mut b) = (vec![0i32; m.ntp], vec![0i32; m.ntp]);
            m.add(h, &mut a);
            m.add_slow(h, &mut b);
            assert_eq!(a, b);
        }
    }

    #[test]
    fn dense_rows_keep_the_file_rows() {
        // Long rows are stored dense; the file written back and every row's sum are unchanged.
        let s = Scheme::Bilou;
        let labels: Vec<String> = (0..18).map(|i| format!("L{i}")).collect();
        let nt = s.n_tags(labels.len());
        let long: Row = (0..nt as u8)
            .filter(|t| t % 3 != 0)
            .map(|t| (t, t as i32 * 37 - 900))
            .collect();
        assert!(long.len() >= DENSE_MIN);
        let mut wide_w = long.clone();
        wide_w[3].1 = 70_000; // beyond i16: stays sparse
        let rows = vec![
            (key_of(features::f1(1, 11)), long),
            (key_of(features::f1(1, 12)), wide_w),
            (key_of(features::f1(1, 13)), vec![(5, 1), (9, -2)]),
        ];
        let trans = vec![1; (nt + 1) * nt];
        let m = Model::build(
            s,
            features::flags::VITERBI,
            labels,
            1.0,
            rows,
            trans,
            Lexicon::default(),
        );
        assert_eq!(m.dense.len(), m.ntp);
        let bytes = m.to_bytes();
        let m2 = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m2.to_bytes(), bytes);
        assert_eq!(m2.n_weights(), m.n_weights());
        for k in 10..14 {
            let h = features::f1(1, k);
            let (mut a, mut b) = (vec![0i32; m2.ntp], vec![0i32; m2.ntp]);
            m2.add(h, &mut a);
            m2.add_slow(h, &mut b);
            // `add` sums in the tags' internal order (part-major for this BILOU model).
            let perm = &m2.blocked.as_ref().unwrap().perm;
            let mut bi = vec![0i32; m2.ntp];
            for (f, &v) in b[..nt].iter().enumerate() {
                bi[perm[f] as usize] = v;
            }
            assert_eq!(a, bi);
        }
    }

    /// Tags by adding every feature of every token through the file-order rows (no caches, no
    /// buckets), with the document memory and Viterbi as [`Model::tag`] uses them.
    fn tag_every_feature(m: &Model, toks: &[TokInfo], sents: &[Range<usize>]) -> Vec<u16> {
        let nt = m.ntp;
        let mut tags = vec![0u16; toks.len()];
        let mut mem = DocMemory::default();
        let (mut st, mut dy) = ([0u64; N_STATIC], [0u64; N_DYNAMIC]);
        let (mut live, mut back, mut delta) = (Vec::new(), Vec::new(), Vec::new());
        for r in sents {
            let mut em = vec![0i32; r.len() * nt];
            for (k, i) in r.clone().enumerate() {
                static_features(toks, i, r.start, r.end, &mut st);
                dynamic_features(0, 0, &toks[i], mem.get(&toks[i]), m.flags, &mut dy);
                for &h in st.iter().chain(&dy) {
                    if h != features::NONE {
                        m.add_slow(h, &mut em[k * nt..(k + 1) * nt]);
                    }
                }
            }
            m.trellis.viterbi_strided(
                &em,
                nt,
                &m.trans,
                &m.trellis.wide_trans(&m.trans),
                None,
                &mut live,
                &mut back,
                &mut delta,
                &mut tags[r.clone()],
            );
            for i in r.clone() {
                mem.record(m.scheme, &toks[i], tags[i]);
            }
        }
        tags
    }

    #[test]
    fn varints_read_back_what_was_written() {
        let values = [
            0u32,
            1,
            127,
            128,
            16_383,
            16_384,
            (1 << 21) - 1,
            1 << 21,
            (1 << 28) - 1,
            1 << 28,
            u32::MAX,
        ];
        let mut b = Vec::new();
        for &v in &values {
            put_varint(&mut b, v);
        }
        let mut p = 0;
        for &v in &values {
            assert_eq!(get_varint(&b, &mut p), Ok(v));
        }
        assert_eq!(p, b.len());
        // Cut short, and six bytes of continuation.
        assert_eq!(
            get_varint(&[0x80, 0x80], &mut 0),
            Err(VarintError::Truncated)
        );
        assert_eq!(get_varint(&[0xff; 6], &mut 0), Err(VarintError::TooLong));
    }

    #[test]
    fn cached_tagging_equals_scoring_every_feature() {
        // `tag` sums features per word, per neighbour and per shape context, and looks rows up
        // in batches through the bucket layout; its tags must be those of adding every feature
        // of every token through the file-order rows.
        let m = shipped();
        if m.keys.is_empty() {
            return;
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push("Mr Li met Ishaq Dar in Beijing on Tuesday. Dar said: \"CPEC matters.\"".into());
        assert!(texts.len() > 1);
        for text in &texts {
            let tokens = crate::tokenize::tokenize(text);
            let article = crate::parse::parse(text);
            let sents = crate::parse::sentences::split(text, &tokens, &article.paragraphs);
            let doc = Doc::new(text, &tokens, &sents);
            let (toks, tids) = doc_infos_ids(m, &doc);
            let want = tag_every_feature(m, &toks, &sents);
            assert_eq!(m.tag(&toks, &sents), want);
            assert!(want.iter().any(|&t| t != 0));
            // With the text ids, and with other numberings of the tokens: the same tags.
            assert_eq!(m.tag_within(&toks, Some(&tids), &sents, MAX_SUMS), want);
            let rev: Vec<u32> = tids.iter().map(|&j| tids.len() as u32 - j).collect();
            assert_eq!(m.tag_within(&toks, Some(&rev), &sents, MAX_SUMS), want);
            // Caches started over at every sentence: the same tags.
            assert_eq!(m.tag_within(&toks, None, &sents, 0), want);
            assert_eq!(m.tag_within(&toks, Some(&tids), &sents, 0), want);
        }
        // All the texts as one sentence, too long for the caches (a file without sentence
        // ends): the same tags too.
        let all = texts.join(" ");
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = crate::tokenize::tokenize(&all)
            .iter()
            .map(|t| m.tok_info(&all[t.start..t.end], &mut sc))
            .collect();
        assert!(toks.len() > LONG_SENTENCE);
        let whole = 0..toks.len();
        let one = std::slice::from_ref(&whole);
        assert_eq!(m.tag(&toks, one), tag_every_feature(m, &toks, one));
    }

    #[test]
    fn shipped_model_writes_back_its_own_file() {
        let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlm");
        if bytes.is_empty() {
            return;
        }
        let m = Model::from_bytes(bytes).unwrap();
        assert!(!m.dense.is_empty());
        assert_eq!(m.to_bytes(), bytes);
    }

    #[test]
    fn viterbi_uses_transitions() {
        // Emissions alone prefer B-GPE then B-GPE; a transition bonus for B-GPE -> I-GPE wins.
        let s = Scheme::Bio;
        let labels = vec!["PERSON".to_string(), "GPE".to_string()];
        let nt = s.n_tags(2);
        let mut sc = Scratch::default();
        let (new, york) = (TokInfo::new("New", &mut sc), TokInfo::new("York", &mut sc));
        let (b, i) = (s.tag(1, 0) as u8, s.tag(1, 1) as u8);
        let rows = vec![
            (key_of(features::f1(1, new.word)), vec![(b, 10)]),
            (key_of(features::f1(1, york.word)), vec![(b, 6), (i, 5)]),
        ];
        let mut trans = vec![0i32; (nt + 1) * nt];
        trans[b as usize * nt + i as usize] = 3;
        let m = Model::build(
            s,
            features::flags::VITERBI,
            labels,
            1.0,
            rows,
            trans,
            Lexicon::default(),
        );
        let m = Model::from_bytes(&m.to_bytes()).unwrap();
        let toks = [new, york];
        assert_eq!(
            m.scheme
                .decode(&m.tag(&toks, std::slice::from_ref(&(0..2)))),
            vec![(0, 2, 1)]
        );
        let mut tr = Trellis::new(s, nt);
        tr.end_ok[b as usize] = false;
        let mut out = [0u16; 1];
        tr.viterbi(
            &[0, 0, 0, 9, 0],
            &vec![0; (nt + 1) * nt],
            None,
            &mut Vec::new(),
            &mut Vec::new(),
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(out, [0]);
    }

    /// The part-major decoder ([`blocked::Blocked`]) finds exactly the paths of the scalar
    /// Viterbi in file order: ties (tiny values), unreachable-looking scores, scores shifted
    /// back in long sentences, any number of labels (partial vectors of four).
    #[test]
    fn blocked_viterbi_equals_the_scalar_one() {
        let mut rng = 4242u64;
        let mut rnd = |m: i64| simd::rnd(&mut rng, m);
        assert!(blocked::Blocked::new(Scheme::Bio, 37, &vec![0; 38 * 37]).is_none());
        for labels in [1usize, 2, 3, 4, 5, 18] {
            let nt = Scheme::Bilou.n_tags(labels);
            let trellis = Trellis::new(Scheme::Bilou, nt);
            let es = simd::padded(nt);
            assert!(blocked::Blocked::new(Scheme::Bilou, nt, &[0; 3]).is_none());
            let mut sc = blocked::Scratch::default();
            for round in 0..120 {
                let n = 1 + round % 40;
                let (me, mt) = match round % 3 {
                    0 => (100_000, 30_000),
                    1 => (3, 2),
                    _ => (1, 1),
                };
                let off = if round % 4 == 0 { RENORM / 8 } else { 0 };
                // Every fifth round O far ahead of the others (as in text: mostly O alone
                // live, the steady steps of `blocked::Steady`).
                let o = if round % 5 == 2 || round % 5 == 3 {
                    4 * me as i32
                } else {
                    0
                };
                let mut em: Vec<i32> = (0..n * nt)
                    .map(|j| rnd(me) + off + if j % nt == 0 { o } else { 0 })
                    .collect();
                // And in those rounds some tokens a U-X far ahead of O: at the next step that
                // entity's tag alone is live (`Blocked::plain_step`, a run from it).
                if round % 5 == 3 {
                    for i in 0..n {
                        if rnd(3) == 0 {
                            let x = rnd(labels as i64).unsigned_abs() as usize % labels;
                            em[i * nt + 1 + 4 * x + 3] += 8 * me as i32;
                        }
                    }
                }
                let tr: Vec<i32> = (0..(nt + 1) * nt).map(|_| rnd(mt)).collect();
                let b = blocked::Blocked::new(Scheme::Bilou, nt, &tr).unwrap();
                assert!(b.row_len() <= es);
                // The emissions in internal order, rows `es` apart, padding garbage.
                let mut ei = vec![7; n * es];
                for i in 0..n {
                    for f in 0..nt {
                        ei[i * es + b.perm[f] as usize] = em[i * nt + f];
                    }
                }
                let (mut x, mut want) = (vec![0u16; n], vec![0u16; n]);
                b.viterbi(&ei, es, &mut sc, &mut x);
                viterbi_scalar(&trellis, &em, &tr, None, &mut want);
                assert_eq!(x, want, "labels {labels}, round {round}");
                // The runs of steady steps' kernels equal the steps one at a time.
                let mut y = vec![0u16; n];
                b.viterbi_portable(&ei, es, &mut sc, &mut y);
                assert_eq!(y, want, "labels {labels}, round {round}");
            }
        }
    }

    #[test]
    fn bounded_viterbi_finds_the_same_best_score() {
        for s in [Scheme::Bio, Scheme::Bilou] {
            let nt = s.n_tags(3);
            let trellis = Trellis::new(s, nt);
            let mut rng = 12345u64;
            let mut rnd = |m: i64| simd::rnd(&mut rng, m);
            for round in 0..200 {
                let n = 50;
                // Every other round with tiny values: many ties.
                let (me, mt) = if round % 2 == 0 {
                    (100_000, 30_000)
                } else {
                    (3, 2)
                };
                // Every fourth round, emissions far above zero: the scores drift past
                // `RENORM` within the sentence and are shifted back.
                let off = if round % 4 == 0 { RENORM / 8 } else { 0 };
                let em: Vec<i32> = (0..n * nt).map(|_| rnd(me) + off).collect();
                let tr: Vec<i32> = (0..(nt + 1) * nt).map(|_| rnd(mt)).collect();
                let b = trellis.bounds(&tr);
                let (mut x, mut y) = (vec![0u16; n], vec![0u16; n]);
                let (mut l, mut bk, mut d) = (Vec::new(), Vec::new(), Vec::new());
                trellis.viterbi(&em, &tr, None, &mut l, &mut bk, &mut d, &mut x);
                trellis.viterbi(&em, &tr, Some(&b), &mut l, &mut bk, &mut d, &mut y);
                // Exactly the paths of the scalar version, ties included.
                let (mut xs, mut ys) = (vec![0u16; n], vec![0u16; n]);
                viterbi_scalar(&trellis, &em, &tr, None, &mut xs);
                viterbi_scalar(&trellis, &em, &tr, Some(&b), &mut ys);
                assert_eq!((&x, &y), (&xs, &ys));
                let score = |p: &[u16]| -> i64 {
                    (0..n)
                        .map(|i| {
                            let prev = if i == 0 { nt } else { p[i - 1] as usize };
                            em[i * nt + p[i] as usize] as i64 + tr[prev * nt + p[i] as usize] as i64
                        })
                        .sum()
                };
                assert_eq!(score(&x), score(&y));
                let mut prev = 0;
                for &t in &x {
                    assert!(s.valid(prev, t));
                    prev = t;
                }
            }
        }
    }
}
