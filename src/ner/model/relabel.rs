//! A second opinion on the label of each entity the tagger found (stacking).
//!
//! The tagger decides token by token, so a span's label is a sum of per-token votes: a first
//! word that usually names a person (`Victoria`) can outvote the last word that says what the
//! thing is (`Harbor`), and the tagger never sees how it labelled the same name elsewhere in the
//! article later on. The relabeler looks at each whole span (its first and last words, its text,
//! the words around it) and at the document's other spans (the labels the tagger gave the same
//! text, or the same last word, elsewhere; a longer span that contains it), and may change the
//! label. It never adds, drops or moves a span, so it cannot cost recall.
//!
//! It is trained (`newslens train-relabel`, [`crate::train::relabel`]) on the tagger's own
//! output on training documents the tagger did not see (k-fold), so it learns the mistakes the
//! tagger makes on new text rather than the few it makes on text it memorized.
//!
//! File format (`.nlr`, little endian): `b"NLR1"`, `u8` label count, labels (`u8` length +
//! UTF-8), `u32` feature count `n`, `n` varint deltas of the sorted `u32` feature keys, `n` row
//! lengths (`u8`), then per row entry its label (`u8`) and its weight as a zigzag varint.
//! Missing entries are zero.

use std::sync::OnceLock;

use thiserror::Error;

use super::features::{f1, f2, TokInfo};
use super::{
    build_filter, filter_bit, get_key_deltas, get_varint, key_of, put_key_deltas, put_varint,
    slot_of, KeyMap,
};

/// Why a relabeler file could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum RelabelError {
    #[error("not a newslens relabeler file")]
    NotRelabeler,
    #[error("relabeler file truncated")]
    Truncated,
    #[error("relabeler file has a bad number")]
    BadVarint,
    #[error("relabeler file has a label name that is not UTF-8")]
    BadLabel,
    #[error("relabeler file has keys out of order")]
    Unsorted,
    #[error("relabeler file has a weight for label {0}, beyond its label count")]
    BadTag(u8),
    #[error("relabeler file has trailing bytes")]
    Trailing,
}

/// Spans longer than this many tokens are not broken into the pieces that
/// [`span_features`]' containment check looks up (a name is rarely longer).
const MAX_PIECES_LEN: usize = 8;

/// Lower-cased word hash standing for "no word" (before the first or after the last token).
const EDGE: u64 = 0xED6E;

/// Hash of the lower-cased words of `toks[s..e]`.
fn text_of(toks: &[TokInfo], s: usize, e: usize) -> u64 {
    toks[s..e]
        .iter()
        .fold(f1(40, (e - s) as u64), |h, t| f2(41, h, t.lower))
}

/// What the document says about its spans, for [`span_features`]: by text and by last word,
/// the labels the tagger gave (one bit per label), and for every piece of a longer span, the
/// label of the first longer span it is part of.
#[derive(Default)]
pub struct DocSpans {
    by_text: KeyMap<u64>,
    by_last: KeyMap<u64>,
    in_longer: KeyMap<usize>,
}

impl DocSpans {
    pub fn new(toks: &[TokInfo], spans: &[(usize, usize, usize)]) -> DocSpans {
        let mut d = DocSpans::default();
        for &(s, e, l) in spans {
            let bit = 1u64 << (l & 63);
            *d.by_text.entry(text_of(toks, s, e)).or_insert(0) |= bit;
            *d.by_last.entry(toks[e - 1].lower).or_insert(0) |= bit;
            if e - s > 1 && e - s <= MAX_PIECES_LEN {
                for a in s..e {
                    for b in a + 1..=e {
                        if b - a < e - s {
                            d.in_longer.entry(text_of(toks, a, b)).or_insert(l);
                        }
                    }
                }
            }
        }
        d
    }
}

/// The features of span `(s, e)` labelled `l` by the tagger, into `out`.
pub fn span_features(
    toks: &[TokInfo],
    doc: &DocSpans,
    sp: (usize, usize, usize),
    out: &mut Vec<u64>,
) {
    span_features_with(toks, doc, sp, out, true);
}

/// [`span_features`], without its three features that depend on the tagger's label and the
/// span's length alone ([`fixed_features`]) unless `fixed` (the others in the same order).
#[inline]
fn span_features_with(
    toks: &[TokInfo],
    doc: &DocSpans,
    (s, e, l): (usize, usize, usize),
    out: &mut Vec<u64>,
    fixed: bool,
) {
    out.clear();
    let lower = |i: isize| -> u64 {
        if i < 0 || i as usize >= toks.len() {
            EDGE
        } else {
            toks[i as usize].lower
        }
    };
    let (si, ei) = (s as isize, e as isize);
    let (first, last) = (&toks[s], &toks[e - 1]);
    let lab = l as u64;
    let shapes = toks[s..e.min(s + 4)]
        .iter()
        .fold(0u64, |h, t| f2(42, h, t.short));
    let text = text_of(toks, s, e);
    if fixed {
        out.extend([f1(0, 0), f1(1, lab)]);
    }
    out.extend([
        f1(2, last.lower),
        f1(3, first.lower),
        f2(4, lab, last.lower),
    ]);
    if fixed {
        out.push(f1(5, (e - s).min(5) as u64));
    }
    out.extend([
        f1(6, shapes),
        f1(7, last.suf[2]),
        f2(8, lab, last.suf[2]),
        f1(9, lower(si - 1)),
        f1(10, lower(ei)),
        f2(11, lower(si - 2), lower(si - 1)),
        f2(12, lower(ei), lower(ei + 1)),
        f2(13, lab, lower(si - 1)),
        f1(14, text),
        f2(19, lab, first.lower),
        f2(20, lab, lower(ei)),
    ]);
    out.extend(toks[s..e].iter().map(|t| f1(15, t.lower)));
    // Labels the tagger gave the same text, or the same last word, elsewhere.
    let others = |bits: u64| {
        let mut rest = bits & !(1u64 << (lab & 63));
        std::iter::from_fn(move || {
            let k = rest.trailing_zeros() as u64;
            rest &= rest.wrapping_sub(1);
            (k < 64).then_some(k)
        })
    };
    if let Some(&bits) = doc.by_text.get(&text) {
        out.extend(others(bits).map(|k| f1(16, k)));
    }
    if let Some(&bits) = doc.by_last.get(&last.lower) {
        out.extend(others(bits).map(|k| f1(17, k)));
    }
    if let Some(&k) = doc.in_longer.get(&text) {
        out.push(f1(18, k as u64));
    }
}

/// The features of [`span_features`] that depend on the tagger's label `l` and the span's
/// length alone (in its order): [`Relabeler::relabel`] reads their scores from a table.
fn fixed_features(l: usize, len: usize) -> [u64; 3] {
    [f1(0, 0), f1(1, l as u64), f1(5, len.min(5) as u64)]
}

/// A trained relabeler: weights per feature key and label.
pub struct Relabeler {
    pub labels: Vec<String>,
    /// Sorted feature keys ([`key_of`]), and where each key's row starts in `entries` (one more
    /// for the end).
    keys: Vec<u32>,
    starts: Vec<u32>,
    entries: Vec<(u8, i32)>,
    /// Row index by key: the keys are sorted and a key's bucket ([`slot_of`]) rises with it,
    /// so bucket `b`'s keys are `keys[index[b]..index[b + 1]]` (about four). A lookup reads
    /// one short stretch of `keys` where a hash map (as before) read its control bytes, its
    /// slot and then `starts`, each a cache miss in a table of a few megabytes.
    index: Vec<u32>,
    /// One bit per low-bits value of the keys present ([`build_filter`]): most features of a
    /// span (word pairs, texts) are not in the table, and are rejected here, in a bitmap, before
    /// the index is touched.
    filter: Vec<u64>,
    /// The scoring layout ([`Relabeler::score_fast`]): per bucket of `index` (`tidx`: where
    /// each starts, one more entry for the end), its key count `n`, its keys, then `n + 1`
    /// offsets from the bucket's start: key `i`'s row is the words from offset `i` to offset
    /// `i + 1`, one per entry, `(weight << 8) | label` (two if `wide`: label, weight). A lookup
    /// reads the keys and where the row is from one short stretch, mostly the row too, where
    /// `keys`, `starts` and `entries` were three cache misses (about half of the relabeler's
    /// time in wall clock).
    tidx: Vec<u32>,
    table: Vec<u32>,
    /// Whether some weight does not fit the 24 bits of a packed entry: every entry two words.
    wide: bool,
    /// Per tagger label `l` and length class `c` (`0..=5`), the scores of the label's
    /// [`fixed_features`] (`labels.len()` each): every span starts from one of them.
    fixed: Vec<i32>,
}

/// The scoring layout ([`Relabeler::tidx`], [`Relabeler::table`], [`Relabeler::wide`]) of
/// sorted keys `keys` with rows `starts` into `entries`, over the buckets of `index`.
fn table_of(
    keys: &[u32],
    starts: &[u32],
    entries: &[(u8, i32)],
    index: &[u32],
) -> (Vec<u32>, Vec<u32>, bool) {
    let nb = index.len() - 1;
    let wide = entries
        .iter()
        .any(|&(_, w)| !(-(1 << 23)..1 << 23).contains(&w));
    let per = if wide { 2 } else { 1 };
    let mut tidx = Vec::with_capacity(nb + 1);
    let mut table = Vec::with_capacity(2 * nb + 2 * keys.len() + per * entries.len());
    // Keys rise with their bucket: bucket `b`'s are `keys[index[b]..index[b + 1]]`.
    for b in 0..nb {
        let base = table.len();
        tidx.push(base as u32);
        let (lo, hi) = (index[b] as usize, index[b + 1] as usize);
        table.push((hi - lo) as u32);
        table.extend(&keys[lo..hi]);
        let mut at = 1 + 2 * (hi - lo) + 1;
        table.push(at as u32);
        for i in lo..hi {
            at += per * (starts[i + 1] - starts[i]) as usize;
            table.push(at as u32);
        }
        for &(t, w) in &entries[starts[lo] as usize..starts[hi] as usize] {
            if wide {
                table.extend([t as u32, w as u32]);
            } else {
                table.push(((w << 8) as u32) | t as u32);
            }
        }
        debug_assert_eq!(table.len(), base + at);
    }
    tidx.push(table.len() as u32);
    (tidx, table, wide)
}

/// The bucket index and the filter of sorted keys `keys` (see [`Relabeler::index`]).
fn index_of(keys: &[u32]) -> (Vec<u32>, Vec<u64>) {
    let nb = (keys.len() / 4).next_power_of_two().max(16);
    let mut index = vec![0u32; nb + 1];
    for &k in keys {
        index[slot_of(k, nb - 1) + 1] += 1;
    }
    for b in 0..nb {
        index[b + 1] += index[b];
    }
    (index, build_filter(keys))
}

impl Relabeler {
    /// Builds a relabeler from `(feature hash, row)` pairs; rows hold `(label, weight)` entries.
    pub fn build(labels: Vec<String>, mut rows: Vec<(u64, Vec<(u8, i32)>)>) -> Relabeler {
        rows.sort_by_key(|r| key_of(r.0));
        rows.dedup_by_key(|r| key_of(r.0));
        let mut r = Relabeler {
            labels,
            keys: Vec::with_capacity(rows.len()),
            starts: vec![0],
            entries: Vec::new(),
            index: Vec::new(),
            filter: Vec::new(),
            tidx: Vec::new(),
            table: Vec::new(),
            wide: false,
            fixed: Vec::new(),
        };
        for (h, row) in rows {
            r.keys.push(key_of(h));
            r.entries.extend(row);
            r.starts.push(r.entries.len() as u32);
        }
        r.finish();
        r
    }

    /// Fills in the lookup tables from `keys`, `starts` and `entries`: the index and filter,
    /// the scoring layout, the fixed features' scores.
    fn finish(&mut self) {
        (self.index, self.filter) = index_of(&self.keys);
        (self.tidx, self.table, self.wide) =
            table_of(&self.keys, &self.starts, &self.entries, &self.index);
        let n = self.labels.len();
        let mut fixed = vec![0i32; if n <= 256 { n * 6 * n } else { 0 }];
        if n <= 256 {
            for (k, out) in fixed.chunks_exact_mut(n).enumerate() {
                let (l, c) = (k / 6, k % 6);
                self.score(&fixed_features(l, c), out);
            }
        }
        self.fixed = fixed;
    }

    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// The row of feature `h` (its `(label, weight)` entries), if it has one.
    #[inline(always)]
    fn row(&self, h: u64) -> Option<&[(u8, i32)]> {
        let key = key_of(h);
        let f = filter_bit(key, self.filter.len() * 64 - 1);
        if self.filter[f >> 6] & (1 << (f & 63)) == 0 {
            return None;
        }
        let b = slot_of(key, self.index.len() - 2);
        let (lo, hi) = (self.index[b] as usize, self.index[b + 1] as usize);
        let i = lo + self.keys[lo..hi].iter().position(|&k| k == key)?;
        Some(&self.entries[self.starts[i] as usize..self.starts[i + 1] as usize])
    }

    /// Adds the weights of `feats` to `scores` (one per label).
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for &h in feats {
            if let Some(row) = self.row(h) {
                for &(t, w) in row {
                    if let Some(s) = scores.get_mut(t as usize) {
                        *s += w;
                    }
                }
            }
        }
    }

    /// [`Relabeler::score`] into a table of every `u8` label, as [`Relabeler::relabel`] asks it,
    /// from the scores `from` (`labels.len()` of them) rather than zero: an entry's label
    /// indexes it without a check (a label past the relabeler's, which `score` drops, lands
    /// past the first `labels.len()` scores, which are all that is set and read). The rows are
    /// looked up in [`Relabeler::table`]: first every feature's bucket (into `found`,
    /// scratch), touched in a loop of independent loads whose cache misses the CPU overlaps,
    /// then the keys in them (as [`super::Model`]'s `add_rows`).
    #[inline]
    fn score_fast(
        &self,
        from: &[i32],
        feats: &[u64],
        found: &mut Vec<(u32, u32)>,
        scores: &mut [i32; 256],
    ) {
        scores[..self.labels.len()].copy_from_slice(from);
        found.clear();
        let (fmask, mask) = (self.filter.len() * 64 - 1, self.tidx.len() - 2);
        let t = &self.table;
        let mut x = 0u32;
        for &h in feats {
            let key = key_of(h);
            let f = filter_bit(key, fmask);
            if self.filter[f >> 6] & (1 << (f & 63)) == 0 {
                continue;
            }
            let base = self.tidx[slot_of(key, mask)];
            x ^= t.get(base as usize).copied().unwrap_or(0);
            found.push((key, base));
        }
        std::hint::black_box(x);
        for &(key, base) in found.iter() {
            let base = base as usize;
            let n = t[base] as usize;
            let Some(i) = t[base + 1..base + 1 + n].iter().position(|&k| k == key) else {
                continue;
            };
            let o = base + 1 + n + i;
            let row = &t[base + t[o] as usize..base + t[o + 1] as usize];
            if self.wide {
                for e in row.chunks_exact(2) {
                    scores[(e[0] & 0xff) as usize] += e[1] as i32;
                }
            } else {
                for &e in row {
                    scores[(e & 0xff) as usize] += (e as i32) >> 8;
                }
            }
        }
    }

    /// The label for span `span` given its features' `scores`: the best one; the tagger's on a
    /// tie.
    pub fn choose(scores: &[i32], tagger: usize) -> usize {
        let mut best = tagger;
        for (k, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = k;
            }
        }
        best
    }

    /// Relabels `spans` (token ranges with label ids) of a document. Every decision sees the
    /// tagger's labels, not the ones changed before it.
    pub fn relabel(&self, toks: &[TokInfo], spans: &mut [(usize, usize, usize)]) {
        if self.keys.is_empty() || spans.is_empty() {
            return;
        }
        let doc = DocSpans::new(toks, spans);
        let (mut feats, mut found) = (Vec::new(), Vec::new());
        let n = self.labels.len();
        // (More labels than a `u8` names, which no file holds: the checked adds.)
        let (mut all, mut many) = ([0i32; 256], vec![0i32; if n > 256 { n } else { 0 }]);
        let new: Vec<usize> = spans
            .iter()
            .map(|&sp| {
                if sp.2 >= n {
                    return sp.2;
                }
                if n <= 256 {
                    // The fixed features' scores from the table, the others looked up.
                    span_features_with(toks, &doc, sp, &mut feats, false);
                    let k = sp.2 * 6 + (sp.1 - sp.0).min(5);
                    let from = &self.fixed[k * n..(k + 1) * n];
                    self.score_fast(from, &feats, &mut found, &mut all);
                    Relabeler::choose(&all[..n], sp.2)
                } else {
                    span_features(toks, &doc, sp, &mut feats);
                    self.score(&feats, &mut many);
                    Relabeler::choose(&many, sp.2)
                }
            })
            .collect();
        for (sp, l) in spans.iter_mut().zip(new) {
            sp.2 = l;
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"NLR1".to_vec();
        out.push(self.labels.len() as u8);
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        put_key_deltas(&mut out, &self.keys);
        for w in self.starts.windows(2) {
            out.push((w[1] - w[0]) as u8);
        }
        for &(t, w) in &self.entries {
            out.push(t);
            put_varint(&mut out, ((w << 1) ^ (w >> 31)) as u32);
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Relabeler, RelabelError> {
        use RelabelError::*;
        if b.get(..4) != Some(b"NLR1") {
            return Err(NotRelabeler);
        }
        let mut p = 4;
        let byte = |p: &mut usize| -> Result<u8, RelabelError> {
            let v = *b.get(*p).ok_or(Truncated)?;
            *p += 1;
            Ok(v)
        };
        let n_labels = byte(&mut p)?;
        let mut labels = Vec::with_capacity(n_labels as usize);
        for _ in 0..n_labels {
            let n = byte(&mut p)? as usize;
            let s = b.get(p..p + n).ok_or(Truncated)?;
            labels.push(String::from_utf8(s.to_vec()).map_err(|_| BadLabel)?);
            p += n;
        }
        let nb = b.get(p..p + 4).ok_or(Truncated)?;
        let n = u32::from_le_bytes([nb[0], nb[1], nb[2], nb[3]]) as usize;
        p += 4;
        // Every feature takes at least two bytes.
        if n > b.len() {
            return Err(Truncated);
        }
        let keys = get_key_deltas(b, &mut p, n).map_err(|_| BadVarint)?;
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(Unsorted);
        }
        let varint = |p: &mut usize| get_varint(b, p).map_err(|_| BadVarint);
        let lens = b.get(p..p + n).ok_or(Truncated)?;
        p += n;
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        let mut entries = Vec::new();
        for &l in lens {
            for _ in 0..l {
                let t = byte(&mut p)?;
                if t >= n_labels {
                    return Err(BadTag(t));
                }
                let z = varint(&mut p)?;
                entries.push((t, (z >> 1) as i32 ^ -((z & 1) as i32)));
            }
            starts.push(entries.len() as u32);
        }
        if p != b.len() {
            return Err(Trailing);
        }
        let mut r = Relabeler {
            labels,
            index: Vec::new(),
            filter: Vec::new(),
            keys,
            starts,
            entries,
            tidx: Vec::new(),
            table: Vec::new(),
            wide: false,
            fixed: Vec::new(),
        };
        r.finish();
        Ok(r)
    }
}

/// The relabeler embedded in this build (`model/ontonotes.nlr`), trained on the output of the
/// shipped model; parsed on first use.
pub fn shipped() -> Option<&'static Relabeler> {
    static RELABELER: OnceLock<Option<Relabeler>> = OnceLock::new();
    RELABELER
        .get_or_init(|| {
            let bytes: &[u8] = include_bytes!("../../../model/ontonotes.nlr");
            Relabeler::from_bytes(bytes).ok()
        })
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::features::toks_of as toks;

    #[test]
    fn file_round_trip() {
        let r = Relabeler::build(
            vec!["PERSON".into(), "LOC".into()],
            vec![
                (7 << 32, vec![(0, -5), (1, 300_000)]),
                (3 << 32, vec![(1, 2)]),
            ],
        );
        let b = r.to_bytes();
        let back = Relabeler::from_bytes(&b).unwrap();
        assert_eq!(back.labels, r.labels);
        assert_eq!(back.keys, vec![3, 7]);
        assert_eq!(back.entries, vec![(1, 2), (0, -5), (1, 300_000)]);
        assert_eq!(back.to_bytes(), b);
        for cut in 0..b.len() {
            assert!(Relabeler::from_bytes(&b[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad = b.clone();
        bad[0] = b'X';
        assert_eq!(
            Relabeler::from_bytes(&bad).err(),
            Some(RelabelError::NotRelabeler)
        );
    }

    #[test]
    fn the_last_word_can_outvote_the_tagger() {
        // A relabeler that knows one thing: a span ending in `harbor` is a LOC (label 1).
        let t = toks(&["cruise", "Victoria", "Harbor", "at", "night"]);
        let feat = f1(2, t[2].lower);
        let r = Relabeler::build(
            vec!["PERSON".into(), "LOC".into()],
            vec![(feat, vec![(1, 10)])],
        );
        let mut spans = vec![(1, 3, 0), (1, 2, 0)];
        r.relabel(&t, &mut spans);
        assert_eq!(spans, vec![(1, 3, 1), (1, 2, 0)]);
    }

    #[test]
    fn document_features_see_other_spans() {
        let t = toks(&["Victoria", "Harbor", "and", "Victoria", "."]);
        let spans = [(0, 2, 1), (3, 4, 0)];
        let doc = DocSpans::new(&t, &spans);
        let mut f = Vec::new();
        span_features(&t, &doc, spans[1], &mut f);
        // `Victoria` alone is a piece of the longer LOC span.
        assert!(f.contains(&f1(18, 1)));
        span_features(&t, &doc, spans[0], &mut f);
        assert!(!f.iter().any(|&h| h == f1(18, 0) || h == f1(18, 1)));
    }

    #[test]
    fn rows_are_found_by_their_keys_alone() {
        let r = shipped().expect("model/ontonotes.nlr parses");
        for (i, &k) in r.keys.iter().enumerate() {
            let want = &r.entries[r.starts[i] as usize..r.starts[i + 1] as usize];
            assert_eq!(r.row((k as u64) << 32 | 0xABCD), Some(want));
        }
        // Keys not in the table, whatever their filter bit and bucket.
        let mut absent = 0;
        for x in 0..200_000u64 {
            let h = crate::ner::model::features::fmix(x);
            if r.keys.binary_search(&key_of(h)).is_err() {
                assert_eq!(r.row(h), None);
                absent += 1;
            }
        }
        assert!(absent > 100_000);
        let empty = Relabeler::build(vec!["PERSON".into()], Vec::new());
        assert_eq!(empty.row(7 << 32), None);
    }

    #[test]
    fn the_table_of_every_label_scores_as_the_checked_adds() {
        let r = shipped().expect("model/ontonotes.nlr parses");
        let n = r.labels.len();
        let t = toks(&[
            "The", "Bank", "of", "England", "said", "on", "Monday", "that", "Mark", "Carney", "of",
            "the", "Bank", "would", "visit", "New", "York", ".",
        ]);
        let spans: Vec<(usize, usize, usize)> = (0..t.len())
            .flat_map(|s| (s + 1..=(s + 4).min(t.len())).map(move |e| (s, e, (s * 7 + e) % n)))
            .collect();
        let doc = DocSpans::new(&t, &spans);
        let (mut f, mut all, mut some) = (Vec::new(), [0i32; 256], vec![0i32; n]);
        let mut found = Vec::new();
        // Garbage past the labels, as earlier spans leave it.
        all[n..].fill(i32::MAX);
        let mut moved = 0;
        for &sp in &spans {
            span_features(&t, &doc, sp, &mut f);
            r.score(&f, &mut some);
            let mut g = Vec::new();
            span_features_with(&t, &doc, sp, &mut g, false);
            let k = sp.2 * 6 + (sp.1 - sp.0).min(5);
            r.score_fast(&r.fixed[k * n..(k + 1) * n], &g, &mut found, &mut all);
            assert_eq!(all[..n], some[..], "{sp:?}");
            // The fixed features first, then the others in `span_features`' order.
            let fx = fixed_features(sp.2, sp.1 - sp.0);
            assert_eq!([f[0], f[1], f[5]], fx);
            assert_eq!([&f[2..5], &f[6..]].concat(), g);
            moved += some.iter().any(|&x| x != 0) as usize;
        }
        assert!(moved > spans.len() / 2);
        // Labels past the relabeler's are dropped by both.
        let odd = Relabeler::build(
            vec!["A".into(), "B".into()],
            vec![(f1(0, 0), vec![(0, 3), (5, 9), (1, -2)])],
        );
        let (mut all, mut some) = ([0i32; 256], vec![0i32; 2]);
        odd.score(&[f1(0, 0)], &mut some);
        odd.score_fast(&[0, 0], &[f1(0, 0)], &mut found, &mut all);
        assert_eq!(some, [3, -2]);
        assert_eq!(all[..2], some[..]);
        // The table's fixed scores: those of the three features.
        assert_eq!(odd.fixed[..2], [3, -2]);
        // A weight past 24 bits: a wide table, scored the same.
        let wide = Relabeler::build(
            vec!["A".into(), "B".into()],
            vec![
                (f1(0, 0), vec![(0, 3), (1, -(1 << 28))]),
                (f1(3, 9), vec![(1, 1 << 23), (0, -(1 << 23))]),
            ],
        );
        let feats = [f1(3, 9), f1(0, 0), f1(4, 4)];
        wide.score(&feats, &mut some);
        wide.score_fast(&[0, 0], &feats, &mut found, &mut all);
        assert!(wide.wide && !odd.wide && !r.wide);
        assert_eq!(some, [3 - (1 << 23), (1 << 23) - (1 << 28)]);
        assert_eq!(all[..2], some[..]);
    }

    #[test]
    fn shipped_relabeler_matches_the_shipped_model() {
        let r = shipped().expect("model/ontonotes.nlr parses");
        assert_eq!(r.labels, crate::ner::model::shipped().labels);
        assert!(r.n_features() > 1000);
    }
}
