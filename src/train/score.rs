//! Exact-match span scoring, conlleval style: a predicted entity counts only if its start, end
//! and label equal a gold entity's.

use std::collections::{BTreeMap, HashSet};

use super::corpus::{Corpus, TDoc};
use crate::ner::model::features::TokInfo;
use crate::ner::model::relabel::Relabeler;
use crate::ner::model::Model;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Counts per label.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub by_label: BTreeMap<String, Prf>,
}

impl Scores {
    /// Adds one document: `gold` and `pred` as `(start, end, label)` sets.
    pub fn add<L: AsRef<str>>(&mut self, gold: &[(usize, usize, L)], pred: &[(usize, usize, L)]) {
        let g: HashSet<(usize, usize, &str)> =
            gold.iter().map(|(s, e, l)| (*s, *e, l.as_ref())).collect();
        let p: HashSet<(usize, usize, &str)> =
            pred.iter().map(|(s, e, l)| (*s, *e, l.as_ref())).collect();
        for x in &p {
            let e = self.by_label.entry(x.2.to_string()).or_default();
            if g.contains(x) {
                e.tp += 1;
            } else {
                e.fp += 1;
            }
        }
        for x in &g {
            if !p.contains(x) {
                self.by_label.entry(x.2.to_string()).or_default().fn_ += 1;
            }
        }
    }

    pub fn overall(&self) -> Prf {
        let mut t = Prf::default();
        for v in self.by_label.values() {
            t.tp += v.tp;
            t.fp += v.fp;
            t.fn_ += v.fn_;
        }
        t
    }

    /// conlleval-style table; the last line is `F1 <value>`.
    pub fn report(&self) -> String {
        let o = self.overall();
        let mut s = format!(
            "processed: {} gold entities, {} predicted, {} correct\n",
            o.tp + o.fn_,
            o.tp + o.fp,
            o.tp
        );
        s.push_str(&format!(
            "{:<12} precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}\n",
            "overall",
            100.0 * o.precision(),
            100.0 * o.recall(),
            100.0 * o.f1()
        ));
        for (l, v) in &self.by_label {
            s.push_str(&format!(
                "{:>12}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  gold {:5} pred {:5}\n",
                l,
                100.0 * v.precision(),
                100.0 * v.recall(),
                100.0 * v.f1(),
                v.tp + v.fn_,
                v.tp + v.fp
            ));
        }
        s.push_str(&format!("F1 {:.4}\n", o.f1()));
        s
    }
}

/// A span list: token start, token end (exclusive), label name.
pub type Spans<'a> = Vec<(usize, usize, &'a str)>;

/// Tags one document on its gold tokens and sentences, then relabels its spans with
/// `relabeler` if given: `(gold, predicted)` spans.
pub fn gold_and_predicted<'a>(
    model: &'a Model,
    relabeler: Option<&Relabeler>,
    c: &'a Corpus,
    d: &TDoc,
    toks: &[TokInfo],
) -> (Spans<'a>, Spans<'a>) {
    let pred = model
        .spans(toks, &d.sents, relabeler)
        .into_iter()
        .map(|(s, e, l)| (s, e, model.labels[l].as_str()))
        .collect();
    let gold = d
        .spans
        .iter()
        .map(|&(s, e, l)| (s, e, c.labels[l].as_str()))
        .collect();
    (gold, pred)
}

/// Tags every document of `c` (gold tokens and sentences) and scores it.
pub fn score_corpus(model: &Model, c: &Corpus, infos: &[Vec<TokInfo>]) -> Scores {
    score_relabeled(model, None, c, infos)
}

/// [`score_corpus`] with the spans relabeled by `relabeler`.
pub fn score_relabeled(
    model: &Model,
    relabeler: Option<&Relabeler>,
    c: &Corpus,
    infos: &[Vec<TokInfo>],
) -> Scores {
    let mut sc = Scores::default();
    for (d, toks) in c.docs.iter().zip(infos) {
        let (gold, pred) = gold_and_predicted(model, relabeler, c, d, toks);
        sc.add(&gold, &pred);
    }
    sc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_match_counts() {
        let mut s = Scores::default();
        s.add(
            &[(0, 2, "GPE"), (3, 4, "PERSON")],
            &[(0, 2, "GPE"), (3, 5, "PERSON"), (6, 7, "ORG")],
        );
        let o = s.overall();
        assert_eq!((o.tp, o.fp, o.fn_), (1, 2, 1));
        assert!((o.f1() - 0.4).abs() < 1e-9);
        assert!(s.report().trim_end().ends_with("F1 0.4000"));
    }
}
