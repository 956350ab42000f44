//! Averaged perceptron training of the greedy tagger in [`crate::ner::model`]: the same feature
//! functions and decoding constraints as tagging, dense weight rows per feature, the averaging
//! trick (`avg = w - u / c`), deterministic document order from a seeded generator. After each
//! epoch the averaged weights are quantized into a [`Model`] and scored on dev; the best epoch
//! is kept.

use std::time::Instant;

use super::corpus::{Corpus, TDoc};
use super::score::{score_corpus, Scores};
use crate::ner::model::features::{
    dynamic_features, flags, static_features, Scratch, TokInfo, NONE, N_DYNAMIC, N_STATIC,
};
use crate::ner::model::lexicon::Lexicon;
use crate::ner::model::{best_valid, key_of, DocMemory, KeyMap, Model, Row, Scheme, Trellis};

#[derive(Debug, Clone)]
pub struct Config {
    pub scheme: Scheme,
    pub epochs: usize,
    pub seed: u64,
    /// Tag-independent features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Stop after this many epochs without dev improvement.
    pub patience: usize,
    /// Feature groups ([`crate::ner::model::features::flags`]).
    pub flags: u8,
    /// Averaged weights smaller than this are dropped when quantizing.
    pub prune: f32,
    /// Static feature slots (bit `k` for slot `k`) left out: for ablations without a rebuild.
    pub drop_slots: u64,
    /// Cost-augmented decoding in training: every wrong tag of a token gets this much extra
    /// score while decoding, so updates also happen where the gold path wins by too little.
    pub margin: i32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            scheme: Scheme::Bio,
            flags: flags::HISTORY,
            epochs: 12,
            seed: 1,
            min_count: 2,
            patience: 3,
            prune: 0.02,
            drop_slots: 0,
            margin: 0,
        }
    }
}

/// xorshift64*: a small deterministic generator for shuffling.
pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Token values for every token of a corpus, with the word classes of `lexicon`.
pub fn corpus_infos(c: &Corpus, lexicon: &Lexicon) -> Vec<Vec<TokInfo>> {
    let mut sc = Scratch::default();
    c.docs
        .iter()
        .map(|d| {
            d.words
                .iter()
                .map(|w| {
                    let mut t = TokInfo::new(w, &mut sc);
                    lexicon.classify(&mut t);
                    t
                })
                .collect()
        })
        .collect()
}

struct Weights {
    nt: usize,
    w: Vec<i32>,
    u: Vec<f64>,
    row_hash: Vec<u64>,
    dyn_rows: KeyMap<u32>,
    /// Transition weights (Viterbi models): `(nt + 1) * nt`, last row for the sentence start.
    tw: Vec<i32>,
    tu: Vec<f64>,
}

impl Weights {
    fn add_row(&mut self, h: u64) -> u32 {
        let r = self.row_hash.len() as u32;
        self.row_hash.push(h);
        self.w.extend(std::iter::repeat_n(0, self.nt));
        self.u.extend(std::iter::repeat_n(0.0, self.nt));
        r
    }
    #[inline]
    fn score(&self, rows: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for &r in rows {
            let w = &self.w[r as usize * self.nt..(r as usize + 1) * self.nt];
            for (s, &x) in scores.iter_mut().zip(w) {
                *s += x;
            }
        }
    }
    #[inline]
    fn update(&mut self, rows: &[u32], tag: usize, d: i32, c: f32) {
        for &r in rows {
            let i = r as usize * self.nt + tag;
            self.w[i] += d;
            self.u[i] += c as f64 * d as f64;
        }
    }
    fn dyn_row(&mut self, h: u64) -> u32 {
        match self.dyn_rows.get(&h) {
            Some(&r) => r,
            None => {
                let r = self.add_row(h);
                self.dyn_rows.insert(h, r);
                r
            }
        }
    }
    #[inline]
    fn update_trans(&mut self, prev: usize, tag: usize, d: i32, c: f32) {
        let i = prev * self.nt + tag;
        self.tw[i] += d;
        self.tu[i] += c as f64 * d as f64;
    }
    /// Quantizes the averaged weights into a model.
    fn export(
        &self,
        scheme: Scheme,
        fl: u8,
        labels: &[String],
        c: f32,
        prune: f32,
        lexicon: &Lexicon,
    ) -> Model {
        // Integer units of `lsb`; weights below `prune` (absolute) are dropped.
        let lsb = 1.0 / 32.0;
        let quant = |v: f64| -> i32 {
            if v.abs() < prune as f64 {
                0
            } else {
                (v / lsb).round() as i32
            }
        };
        let mut rows: Vec<(u32, Row)> = Vec::with_capacity(self.row_hash.len());
        for (r, &h) in self.row_hash.iter().enumerate() {
            let mut row = Row::new();
            for t in 0..self.nt {
                let i = r * self.nt + t;
                let q = quant(self.w[i] as f64 - self.u[i] / c as f64);
                if q != 0 {
                    row.push((t as u8, q));
                }
            }
            if !row.is_empty() {
                rows.push((key_of(h), row));
            }
        }
        let trans = if fl & flags::VITERBI != 0 {
            self.tw
                .iter()
                .zip(&self.tu)
                .map(|(&w, &u)| ((w as f64 - u / c as f64) / lsb).round() as i32)
                .collect()
        } else {
            Vec::new()
        };
        Model::build(
            scheme,
            fl,
            labels.to_vec(),
            lsb as f32,
            rows,
            trans,
            lexicon.clone(),
        )
    }
}

/// Result of a training run.
pub struct Trained {
    pub model: Model,
    pub best_epoch: usize,
    pub dev: Scores,
    pub log: Vec<String>,
}

/// Trains on `train`, picking the epoch by dev F1.
pub fn train(
    train: &Corpus,
    dev: &Corpus,
    lexicon: &Lexicon,
    cfg: &Config,
    log: &mut dyn FnMut(&str),
) -> Trained {
    let t0 = Instant::now();
    let scheme = cfg.scheme;
    let nt = scheme.n_tags(train.labels.len());
    let infos = corpus_infos(train, lexicon);
    let dev_infos = corpus_infos(dev, lexicon);
    let gold: Vec<Vec<u16>> = train
        .docs
        .iter()
        .map(|d| scheme.encode(d.words.len(), &d.spans))
        .collect();

    // Static features: count, then map to rows.
    let mut st = [0u64; N_STATIC];
    let mut counts: KeyMap<u32> = KeyMap::default();
    for (d, toks) in train.docs.iter().zip(&infos) {
        for r in &d.sents {
            for i in r.clone() {
                static_features(toks, i, r.start, r.end, &mut st);
                for (k, &h) in st.iter().enumerate() {
                    if h != NONE && cfg.drop_slots & (1 << k) == 0 {
                        *counts.entry(h).or_insert(0) += 1;
                    }
                }
            }
        }
    }
    let mut wts = Weights {
        nt,
        w: Vec::new(),
        u: Vec::new(),
        row_hash: Vec::new(),
        dyn_rows: KeyMap::default(),
        tw: vec![0; (nt + 1) * nt],
        tu: vec![0.0; (nt + 1) * nt],
    };
    let viterbi = cfg.flags & flags::VITERBI != 0;
    let trellis = Trellis::new(scheme, nt);
    let (mut em, mut back, mut delta, mut path) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut live = Vec::new();
    let (mut srows, mut soff): (Vec<u32>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut row_of: KeyMap<u32> = KeyMap::default();
    let mut kept: Vec<u64> = counts
        .iter()
        .filter(|(_, &n)| n >= cfg.min_count)
        .map(|(&h, _)| h)
        .collect();
    kept.sort_unstable();
    for h in kept {
        let r = wts.add_row(h);
        row_of.insert(h, r);
    }
    log(&format!(
        "{} docs, {} tokens; {} static features, {} kept (count >= {}); {:.1}s",
        train.docs.len(),
        train.n_tokens(),
        counts.len(),
        row_of.len(),
        cfg.min_count,
        t0.elapsed().as_secs_f32()
    ));
    drop(counts);
    let mut static_rows: Vec<Vec<u32>> = Vec::with_capacity(train.docs.len());
    for (d, toks) in train.docs.iter().zip(&infos) {
        let mut v = Vec::with_capacity(toks.len() * N_STATIC);
        for r in &d.sents {
            for i in r.clone() {
                static_features(toks, i, r.start, r.end, &mut st);
                v.extend(
                    st.iter()
                        .map(|h| row_of.get(h).copied().unwrap_or(u32::MAX)),
                );
            }
        }
        // Tokens outside sentences (none in these corpora) would misalign rows.
        debug_assert_eq!(v.len(), toks.len() * N_STATIC);
        static_rows.push(v);
    }
    drop(row_of);

    let mut order: Vec<usize> = (0..train.docs.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut c = 1f32;
    let mut scores = vec![0i32; nt];
    let mut rows: Vec<u32> = Vec::with_capacity(N_STATIC + N_DYNAMIC);
    let mut dy = [0u64; N_DYNAMIC];
    let mut best: Option<(f64, usize, Model, Scores)> = None;
    let mut lines = Vec::new();
    for epoch in 1..=cfg.epochs {
        let te = Instant::now();
        rng.shuffle(&mut order);
        let (mut errors, mut total) = (0usize, 0usize);
        for &di in &order {
            let d: &TDoc = &train.docs[di];
            let toks = &infos[di];
            let mut mem = DocMemory::default();
            let mut k = 0;
            for r in &d.sents {
                if viterbi {
                    // Structured perceptron: decode the sentence, update where the path is wrong.
                    let n = r.len();
                    srows.clear();
                    soff.clear();
                    em.clear();
                    em.resize(n * nt, 0);
                    for (j, i) in r.clone().enumerate() {
                        soff.push(srows.len());
                        srows.extend(
                            static_rows[di][k * N_STATIC..(k + 1) * N_STATIC]
                                .iter()
                                .copied()
                                .filter(|&r| r != u32::MAX),
                        );
                        k += 1;
                        dynamic_features(0, 0, &toks[i], mem.get(&toks[i]), cfg.flags, &mut dy);
                        for &h in dy.iter().filter(|&&h| h != NONE) {
                            let row = wts.dyn_row(h);
                            srows.push(row);
                        }
                        let a = soff[j];
                        let mut sc = std::mem::take(&mut scores);
                        wts.score(&srows[a..], &mut sc);
                        em[j * nt..(j + 1) * nt].copy_from_slice(&sc);
                        scores = sc;
                    }
                    soff.push(srows.len());
                    let g = &gold[di][r.clone()];
                    if cfg.margin != 0 {
                        for (j, &gt) in g.iter().enumerate() {
                            for (t, e) in em[j * nt..(j + 1) * nt].iter_mut().enumerate() {
                                if t != gt as usize {
                                    *e += cfg.margin;
                                }
                            }
                        }
                    }
                    path.clear();
                    path.resize(n, 0u16);
                    trellis.viterbi(
                        &em, &wts.tw, None, &mut live, &mut back, &mut delta, &mut path,
                    );
                    for j in 0..n {
                        if path[j] != g[j] {
                            errors += 1;
                            let rr: Vec<u32> = srows[soff[j]..soff[j + 1]].to_vec();
                            wts.update(&rr, g[j] as usize, 1, c);
                            wts.update(&rr, path[j] as usize, -1, c);
                        }
                        let (pg, pp) = if j == 0 {
                            (nt, nt)
                        } else {
                            (g[j - 1] as usize, path[j - 1] as usize)
                        };
                        if (pg, g[j]) != (pp, path[j]) {
                            wts.update_trans(pg, g[j] as usize, 1, c);
                            wts.update_trans(pp, path[j] as usize, -1, c);
                        }
                    }
                    for (j, i) in r.clone().enumerate() {
                        mem.record(scheme, &toks[i], path[j]);
                    }
                    total += n;
                    c += n as f32;
                    continue;
                }
                let (mut prev, mut prev2) = (0u16, 0u16);
                for i in r.clone() {
                    rows.clear();
                    rows.extend(
                        static_rows[di][k * N_STATIC..(k + 1) * N_STATIC]
                            .iter()
                            .copied()
                            .filter(|&r| r != u32::MAX),
                    );
                    k += 1;
                    dynamic_features(prev, prev2, &toks[i], mem.get(&toks[i]), cfg.flags, &mut dy);
                    let n_static = rows.len();
                    for &h in dy.iter().filter(|&&h| h != NONE) {
                        if let Some(&r) = wts.dyn_rows.get(&h) {
                            rows.push(r);
                        }
                    }
                    wts.score(&rows, &mut scores);
                    let pred = best_valid(scheme, prev, &scores);
                    let g = gold[di][i];
                    if pred != g {
                        errors += 1;
                        rows.truncate(n_static);
                        for &h in dy.iter().filter(|&&h| h != NONE) {
                            let r = match wts.dyn_rows.get(&h) {
                                Some(&r) => r,
                                None => {
                                    let r = wts.add_row(h);
                                    wts.dyn_rows.insert(h, r);
                                    r
                                }
                            };
                            rows.push(r);
                        }
                        wts.update(&rows, g as usize, 1, c);
                        wts.update(&rows, pred as usize, -1, c);
                    }
                    total += 1;
                    c += 1.0;
                    mem.record(scheme, &toks[i], pred);
                    prev2 = prev;
                    prev = pred;
                }
            }
        }
        let train_secs = te.elapsed().as_secs_f32();
        let model = wts.export(scheme, cfg.flags, &train.labels, c, cfg.prune, lexicon);
        let sc = score_corpus(&model, dev, &dev_infos);
        let f = sc.overall().f1();
        let line = format!(
            "epoch {epoch}: train token error {:.4}, {:.1}s; dev P {:.4} R {:.4} F1 {:.4}; {} features, {} weights, {} rows",
            errors as f64 / total as f64,
            train_secs,
            sc.overall().precision(),
            sc.overall().recall(),
            f,
            model.n_features(),
            model.n_weights(),
            wts.row_hash.len()
        );
        log(&line);
        lines.push(line);
        let better = best.as_ref().is_none_or(|b| f > b.0);
        if better {
            best = Some((f, epoch, model, sc));
        } else if epoch - best.as_ref().unwrap().1 >= cfg.patience {
            log("no dev improvement: stopping");
            break;
        }
    }
    let (_, best_epoch, model, dev) = best.expect("at least one epoch");
    log(&format!(
        "best epoch {best_epoch}; total {:.1}s",
        t0.elapsed().as_secs_f32()
    ));
    Trained {
        model,
        best_epoch,
        dev,
        log: lines,
    }
}

#[cfg(test)]
mod tests {
    use super::super::corpus::{parse, Format};
    use super::*;

    fn toy() -> Corpus {
        let mut t = String::new();
        for (k, name) in ["Wang", "Dar", "Liu", "Alvi", "Shehbaz"].iter().enumerate() {
            t.push_str(&format!("-DOCSTART-\td{k}\tO\n\n{name}\tNNP\tB-PERSON\nvisited\tVBD\tO\nChina\tNNP\tB-GPE\nin\tIN\tO\n1960\tCD\tB-DATE\n.\t.\tO\n\n"));
            t.push_str("The\tDT\tO\nNew\tNNP\tB-GPE\nYork\tNNP\tI-GPE\nmeeting\tNN\tO\nended\tVBD\tO\n.\t.\tO\n\n");
        }
        parse(
            &t,
            Format::OntoNotes,
            super::super::corpus::ontonotes_labels(),
        )
        .unwrap()
    }

    #[test]
    fn training_is_deterministic_and_learns_toy_data() {
        let c = toy();
        let cfg = Config {
            epochs: 5,
            min_count: 1,
            ..Config::default()
        };
        let a = train(&c, &c, &Lexicon::default(), &cfg, &mut |_| {});
        let b = train(&c, &c, &Lexicon::default(), &cfg, &mut |_| {});
        assert_eq!(a.model.to_bytes(), b.model.to_bytes());
        assert!(a.dev.overall().f1() > 0.99, "{}", a.dev.overall().f1());
    }

    /// The training error of each epoch, read from the log lines.
    fn train_errors(c: &Corpus, cfg: &Config) -> (Vec<f64>, f64) {
        let mut errs = Vec::new();
        let t = train(c, c, &Lexicon::default(), cfg, &mut |l| {
            if let Some(e) = l.split("train token error ").nth(1) {
                errs.push(e.split(',').next().unwrap().parse::<f64>().unwrap());
            }
        });
        (errs, t.dev.overall().f1())
    }

    #[test]
    fn a_margin_keeps_updating_where_gold_wins_by_too_little() {
        let c = toy();
        let base = Config {
            epochs: 4,
            patience: 4,
            min_count: 1,
            flags: flags::VITERBI,
            scheme: Scheme::Bilou,
            ..Config::default()
        };
        let (plain, f_plain) = train_errors(&c, &base);
        let (wide, f_wide) = train_errors(
            &c,
            &Config {
                margin: 400,
                ..base.clone()
            },
        );
        assert!(f_plain > 0.99 && f_wide > 0.99, "{f_plain} {f_wide}");
        // Plain decoding is right on toy data after the first epoch; with every wrong tag
        // raised by the margin, later epochs still find (and fix) near misses.
        assert_eq!(plain[1..], [0.0, 0.0, 0.0]);
        assert!(wide[1] > 0.0, "{plain:?} {wide:?}");
    }
}
