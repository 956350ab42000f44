//! The statistical entity model: a greedy left-to-right averaged perceptron over BIO/BILOU tags
//! with hashed features ([`features`]), stored compactly ([`Model::from_bytes`]) and shipped
//! inside the binary (`model/ontonotes.nlm`, parsed once on first use).
//!
//! File format (`.nlm`, little endian):
//! `b"NLM1"`, `u8` scheme (0 BIO, 1 BILOU), `u8` label count, labels (`u8` length + UTF-8),
//! 128 `f32` codebook magnitudes (a weight byte `q` means `sign(q) * codebook[|q|]`), `u32` cluster count, clusters (varint key deltas over sorted `u32` keys of the
//! lower-cased word hash, then `u16` cluster ids), `u32` feature count `n`, `n` varint deltas of
//! the sorted `u32` feature keys, `n` row lengths (`u8`), then for each row its entries as
//! (`u8` tag, `i8` code). Weights are averaged perceptron weights on a log-spaced codebook;
//! missing entries are zero.

pub mod features;

use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention, Recognizer};
use features::{dynamic_features, static_features, Scratch, TokInfo, N_DYNAMIC, N_STATIC};

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
            let (l, p) = if t == 0 { (usize::MAX, usize::MAX) } else { self.split(t) };
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

/// A trained, quantized model ready to tag.
pub struct Model {
    pub scheme: Scheme,
    pub labels: Vec<String>,
    /// Magnitude of each weight code (index 0 is zero).
    pub codebook: Vec<f32>,
    /// Integer score contribution of each weight byte (as `u8`).
    lut: [i32; 256],
    n_tags: usize,
    /// Feature key (high 32 bits of the feature hash) per feature, and its row `offs[i]..offs[i+1]`.
    keys: Vec<u32>,
    offs: Vec<u32>,
    row_tags: Vec<u8>,
    row_vals: Vec<i8>,
    /// Open-addressing table: slot -> feature index + 1 (0 empty).
    slots: Vec<u32>,
    /// Word clusters: lower-cased word hash key -> cluster id.
    cluster_keys: Vec<u32>,
    cluster_ids: Vec<u16>,
    cluster_slots: Vec<u32>,
}

/// Integer score of each weight byte: codebook magnitudes scaled so that a sum of 64 maximal
/// weights fits an `i32`.
fn lut_of(codebook: &[f32]) -> [i32; 256] {
    let max = codebook.iter().fold(0f32, |m, &v| m.max(v.abs()));
    let k = if max > 0.0 { (1u32 << 24) as f32 / max } else { 0.0 };
    let mut lut = [0i32; 256];
    for (q, l) in lut.iter_mut().enumerate() {
        let v = q as u8 as i8;
        let mag = codebook.get(v.unsigned_abs().min(127) as usize).copied().unwrap_or(0.0);
        *l = (mag * k).round() as i32 * v.signum() as i32;
    }
    lut
}

#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) as usize ^ (key as usize >> 16)) & mask
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

#[inline]
fn find(keys: &[u32], slots: &[u32], key: u32) -> Option<usize> {
    let mask = slots.len() - 1;
    let mut s = slot_of(key, mask);
    loop {
        let f = slots[s];
        if f == 0 {
            return None;
        }
        if keys[f as usize - 1] == key {
            return Some(f as usize - 1);
        }
        s = (s + 1) & mask;
    }
}

/// The key a feature hash is stored under.
#[inline]
pub fn key_of(h: u64) -> u32 {
    (h >> 32) as u32
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
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
    fn varint(&mut self) -> Result<u32, String> {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
            if shift > 28 {
                return Err("bad varint".into());
            }
        }
    }
    fn sorted_keys(&mut self, n: usize) -> Result<Vec<u32>, String> {
        let mut keys = Vec::with_capacity(n);
        let mut k = 0u32;
        for i in 0..n {
            let d = self.varint()?;
            k = if i == 0 { d } else { k.wrapping_add(d) };
            keys.push(k);
        }
        Ok(keys)
    }
}

/// Entries of one feature row for [`Model::build`]: `(tag, quantized weight)`.
pub type Row = Vec<(u8, i8)>;

impl Model {
    /// Builds a model from rows keyed by feature key; duplicate keys are merged.
    pub fn build(scheme: Scheme, labels: Vec<String>, codebook: Vec<f32>, mut rows: Vec<(u32, Row)>, clusters: Vec<(u32, u16)>) -> Model {
        rows.sort_by_key(|r| r.0);
        rows.dedup_by(|b, a| {
            if a.0 == b.0 {
                for &(t, v) in &b.1 {
                    match a.1.iter_mut().find(|e| e.0 == t) {
                        Some(e) => e.1 = if v.unsigned_abs() > e.1.unsigned_abs() { v } else { e.1 },
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
        let mut offs = vec![0u32];
        let mut row_tags = Vec::new();
        let mut row_vals = Vec::new();
        for (k, mut r) in rows {
            r.retain(|e| e.1 != 0 && (e.0 as usize) < n_tags);
            if r.is_empty() {
                continue;
            }
            r.sort_by_key(|e| e.0);
            keys.push(k);
            for (t, v) in r {
                row_tags.push(t);
                row_vals.push(v);
            }
            offs.push(row_tags.len() as u32);
        }
        let mut clusters = clusters;
        clusters.sort_by_key(|c| c.0);
        clusters.dedup_by_key(|c| c.0);
        let cluster_keys: Vec<u32> = clusters.iter().map(|c| c.0).collect();
        let cluster_ids = clusters.iter().map(|c| c.1).collect();
        Model {
            scheme,
            labels,
            lut: lut_of(&codebook),
            codebook,
            n_tags,
            slots: build_slots(&keys),
            keys,
            offs,
            row_tags,
            row_vals,
            cluster_slots: build_slots(&cluster_keys),
            cluster_keys,
            cluster_ids,
        }
    }

    /// An empty model that finds nothing.
    pub fn empty(labels: Vec<String>) -> Model {
        Model::build(Scheme::Bio, labels, vec![0.0; 128], Vec::new(), Vec::new())
    }

    pub fn n_features(&self) -> usize {
        self.keys.len()
    }
    pub fn n_weights(&self) -> usize {
        self.row_vals.len()
    }
    pub fn n_tags(&self) -> usize {
        self.n_tags
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"NLM1".to_vec();
        out.push(match self.scheme {
            Scheme::Bio => 0,
            Scheme::Bilou => 1,
        });
        out.push(self.labels.len() as u8);
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        for k in 0..128 {
            out.extend_from_slice(&self.codebook.get(k).copied().unwrap_or(0.0).to_le_bytes());
        }
        out.extend_from_slice(&(self.cluster_keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &self.cluster_keys {
            put_varint(&mut out, k.wrapping_sub(prev));
            prev = k;
        }
        for &c in &self.cluster_ids {
            out.extend_from_slice(&c.to_le_bytes());
        }
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &self.keys {
            put_varint(&mut out, k.wrapping_sub(prev));
            prev = k;
        }
        for w in self.offs.windows(2) {
            out.push((w[1] - w[0]) as u8);
        }
        for (t, v) in self.row_tags.iter().zip(&self.row_vals) {
            out.push(*t);
            out.push(*v as u8);
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let mut r = Reader { b, p: 0 };
        if r.take(4)? != b"NLM1" {
            return Err("not a newslens model file".into());
        }
        let scheme = match r.u8()? {
            0 => Scheme::Bio,
            1 => Scheme::Bilou,
            s => return Err(format!("unknown scheme {s}")),
        };
        let n_labels = r.u8()? as usize;
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let n = r.u8()? as usize;
            labels.push(String::from_utf8(r.take(n)?.to_vec()).map_err(|e| e.to_string())?);
        }
        let cb = r.take(128 * 4)?;
        let codebook: Vec<f32> = cb.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let nc = r.u32()? as usize;
        let cluster_keys = r.sorted_keys(nc)?;
        let cb = r.take(nc * 2)?;
        let cluster_ids = cb.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let n = r.u32()? as usize;
        let keys = r.sorted_keys(n)?;
        let lens = r.take(n)?;
        let mut offs = Vec::with_capacity(n + 1);
        let mut acc = 0u32;
        offs.push(0);
        for &l in lens {
            acc += l as u32;
            offs.push(acc);
        }
        let body = r.take(acc as usize * 2)?;
        let row_tags = body.iter().step_by(2).copied().collect();
        let row_vals = body.iter().skip(1).step_by(2).map(|&v| v as i8).collect();
        if r.p != b.len() {
            return Err("trailing bytes in model file".into());
        }
        Ok(Model {
            scheme,
            n_tags: scheme.n_tags(labels.len()),
            labels,
            lut: lut_of(&codebook),
            codebook,
            slots: build_slots(&keys),
            keys,
            offs,
            row_tags,
            row_vals,
            cluster_slots: build_slots(&cluster_keys),
            cluster_keys,
            cluster_ids,
        })
    }

    /// Cluster id hash of a lower-cased word hash (0: none).
    #[inline]
    pub fn cluster_of(&self, lower: u64) -> u64 {
        match find(&self.cluster_keys, &self.cluster_slots, key_of(lower)) {
            Some(i) => 0xC1u64 << 32 | (self.cluster_ids[i] as u64 + 1),
            None => 0,
        }
    }

    /// Token values with the model's clusters filled in.
    pub fn tok_info(&self, raw: &str, sc: &mut Scratch) -> TokInfo {
        let mut t = TokInfo::new(raw, sc);
        t.cluster = self.cluster_of(t.lower);
        t
    }

    #[inline]
    fn add(&self, h: u64, scores: &mut [i32]) {
        if let Some(f) = find(&self.keys, &self.slots, key_of(h)) {
            let (a, b) = (self.offs[f] as usize, self.offs[f + 1] as usize);
            for (t, v) in self.row_tags[a..b].iter().zip(&self.row_vals[a..b]) {
                scores[*t as usize] += self.lut[*v as u8 as usize];
            }
        }
    }

    /// Tags a document of tokens `toks` split into `sents` (greedy, left to right).
    pub fn tag(&self, toks: &[TokInfo], sents: &[Range<usize>]) -> Vec<u16> {
        let mut tags = vec![0u16; toks.len()];
        if self.keys.is_empty() {
            return tags;
        }
        let mut st = [0u64; N_STATIC];
        let mut dy = [0u64; N_DYNAMIC];
        let mut scores = vec![0i32; self.n_tags];
        let mut doc_mem = DocMemory::default();
        for r in sents {
            let (mut prev, mut prev2) = (0u16, 0u16);
            for i in r.clone() {
                static_features(toks, i, r.start, r.end, &mut st);
                dynamic_features(prev, prev2, &toks[i], doc_mem.get(&toks[i]), &mut dy);
                scores.iter_mut().for_each(|s| *s = 0);
                for &h in st.iter().chain(dy.iter()) {
                    self.add(h, &mut scores);
                }
                let best = best_valid(self.scheme, prev, &scores);
                tags[i] = best;
                doc_mem.record(self.scheme, &toks[i], best);
                prev2 = prev;
                prev = best;
            }
        }
        tags
    }
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

/// How capitalized words were tagged earlier in the document (label + 1 of the last tagging).
#[derive(Default)]
pub struct DocMemory {
    seen: std::collections::HashMap<u64, u16>,
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
        Model::from_bytes(bytes).unwrap_or_else(|_| Model::empty(labels))
    })
}

/// [`Recognizer`] running a [`Model`] whose labels are OntoNotes labels.
pub struct ModelRecognizer {
    model: &'static Model,
    labels: Vec<Option<Label>>,
}

impl ModelRecognizer {
    pub fn new(model: &'static Model) -> Self {
        let labels = model.labels.iter().map(|l| Label::parse(l)).collect();
        ModelRecognizer { model, labels }
    }
    pub fn shipped() -> Self {
        ModelRecognizer::new(shipped())
    }
}

/// Token values of a document's tokens.
pub fn doc_infos(model: &Model, doc: &Doc) -> Vec<TokInfo> {
    let mut sc = Scratch::default();
    (0..doc.tokens.len()).map(|i| model.tok_info(doc.token_text(i), &mut sc)).collect()
}

impl Recognizer for ModelRecognizer {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        let infos = doc_infos(self.model, doc);
        let whole = [0..doc.tokens.len()];
        let sents: &[Range<usize>] = if doc.sentences.is_empty() { &whole } else { doc.sentences };
        let tags = self.model.tag(&infos, sents);
        self.model
            .scheme
            .decode(&tags)
            .into_iter()
            .filter_map(|(s, e, l)| {
                let label = self.labels.get(l).copied().flatten()?;
                Some(Mention { span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end), label })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            (key_of(features::f1(1, china.word)), vec![(s.tag(1, 0) as u8, 20i8)]),
            (key_of(features::f1(0, 0)), vec![(0u8, 1i8)]),
        ];
        Model::build(s, labels, (0..128).map(|k| k as f32).collect(), rows, vec![(7, 3), (2, 1)])
    }

    #[test]
    fn file_round_trip_and_tagging() {
        let m = tiny_model();
        let bytes = m.to_bytes();
        let m2 = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m2.to_bytes(), bytes);
        assert_eq!(m2.n_features(), 2);
        assert_eq!(m2.labels, m.labels);
        assert_eq!(m2.cluster_ids, vec![1, 3]);
        let mut sc = Scratch::default();
        let toks: Vec<TokInfo> = ["In", "China", "today"].iter().map(|t| m2.tok_info(t, &mut sc)).collect();
        let tags = m2.tag(&toks, &[0..3]);
        assert_eq!(m2.scheme.decode(&tags), vec![(1, 2, 1)]);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }
}
