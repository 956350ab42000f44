//! Training of the span relabeler ([`crate::ner::model::relabel`]).
//!
//! The relabeler must learn the mistakes the tagger makes on text it has not seen, so its
//! examples are not the shipped tagger's output on its own training data (nearly all right):
//! the training documents are split into folds, a tagger is trained on all folds but one (same
//! configuration and word classes as the shipped model) and tags the one left out. Every span
//! whose boundaries match a gold entity becomes an example (a span with wrong boundaries is
//! wrong whatever its label). A multiclass averaged perceptron then learns the gold label from
//! the span's features; the epoch is picked by dev F1 of the shipped tagger's dev output after
//! relabeling.

use super::corpus::Corpus;
use super::perceptron::{self, corpus_infos, Config, Rng};
use super::score::Scores;
use crate::ner::model::features::TokInfo;
use crate::ner::model::lexicon::Lexicon;
use crate::ner::model::relabel::{span_features, DocSpans, Relabeler};
use crate::ner::model::{KeyMap, Model};

/// Weight of one perceptron step in the stored integer weights.
const SCALE: f32 = 64.0;

/// One span the tagger found with the right boundaries.
#[derive(Debug, Clone)]
pub struct Example {
    pub feats: Vec<u64>,
    pub tagger: usize,
    pub gold: usize,
}

/// Examples from `model`'s output on `c`: the spans whose boundaries match a gold entity.
pub fn examples(model: &Model, c: &Corpus, infos: &[Vec<TokInfo>]) -> Vec<Example> {
    let mut out = Vec::new();
    for (d, toks) in c.docs.iter().zip(infos) {
        let spans = model.spans(toks, &d.sents, None);
        let doc = DocSpans::new(toks, &spans);
        for &sp in &spans {
            if let Some(&(_, _, gold)) = d.spans.iter().find(|g| (g.0, g.1) == (sp.0, sp.1)) {
                let mut feats = Vec::new();
                span_features(toks, &doc, sp, &mut feats);
                out.push(Example {
                    feats,
                    tagger: sp.2,
                    gold,
                });
            }
        }
    }
    out
}

/// Examples from `folds`-fold tagging of `train`: fold `k` (documents `i % folds == k`) tagged
/// by a tagger trained on the others with `cfg` and `lexicon`, then pruned with `prune`
/// (`(min_abs, min_max)`, as [`Model::pruned`]) like the shipped model. With `cache`, a fold
/// tagger is read from `{cache}/fold{k}of{folds}.nlm` if that file exists, else written there
/// (trying relabeler features then needs no tagger training).
#[allow(clippy::too_many_arguments)]
pub fn fold_examples(
    train: &Corpus,
    dev: &Corpus,
    lexicon: &Lexicon,
    cfg: &Config,
    folds: usize,
    prune: (i32, i32),
    cache: Option<&str>,
    log: &mut dyn FnMut(&str),
) -> Vec<Example> {
    let mut out = Vec::new();
    for k in 0..folds {
        let split = |held: bool| Corpus {
            labels: train.labels.clone(),
            docs: (train.docs.iter().enumerate())
                .filter(|(i, _)| (i % folds == k) == held)
                .map(|(_, d)| d.clone())
                .collect(),
        };
        let held = split(true);
        let path = cache.map(|d| format!("{d}/fold{k}of{folds}.nlm"));
        let cached = path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|b| Model::from_bytes(&b).ok());
        let (model, how) = match cached {
            Some(m) => (m, format!("read {}", path.as_deref().unwrap_or(""))),
            None => {
                let t = perceptron::train(&split(false), dev, lexicon, cfg, &mut |_| {});
                let m = t.model.pruned(prune.0, prune.1);
                if let Some(p) = &path {
                    if let Err(e) = std::fs::write(p, m.to_bytes()) {
                        log(&format!("could not cache the fold tagger in {p}: {e}"));
                    }
                }
                let how = format!(
                    "trained, dev F1 {:.4} (best epoch {})",
                    t.dev.overall().f1(),
                    t.best_epoch
                );
                (m, how)
            }
        };
        let ex = examples(&model, &held, &corpus_infos(&held, lexicon));
        log(&format!(
            "fold {}/{folds}: tagger {how}; {} examples from {} held-out documents",
            k + 1,
            ex.len(),
            held.docs.len()
        ));
        out.extend(ex);
    }
    out
}

/// A trained relabeler and its dev scores.
pub struct Trained {
    pub relabeler: Relabeler,
    pub best_epoch: usize,
    /// Dev, the tagger alone and after relabeling.
    pub before: Scores,
    pub after: Scores,
}

/// One dev document: its token values, gold spans and the tagger's spans with their features.
struct DevDoc {
    gold: Vec<(usize, usize, usize)>,
    spans: Vec<(usize, usize, usize)>,
    feats: Vec<Vec<u64>>,
}

/// Dev F1 after relabeling `dev` with weights `r`.
fn dev_scores(r: Option<&Relabeler>, dev: &[DevDoc], labels: &[String]) -> Scores {
    let mut sc = Scores::default();
    let mut scores = vec![0i32; labels.len()];
    let named = |v: &[(usize, usize, usize)]| -> Vec<(usize, usize, &str)> {
        v.iter()
            .map(|&(s, e, l)| (s, e, labels[l].as_str()))
            .collect()
    };
    for d in dev {
        let pred: Vec<(usize, usize, usize)> = d
            .spans
            .iter()
            .zip(&d.feats)
            .map(|(&(s, e, l), f)| match r {
                Some(r) => {
                    r.score(f, &mut scores);
                    (s, e, Relabeler::choose(&scores, l))
                }
                None => (s, e, l),
            })
            .collect();
        sc.add(&named(&d.gold), &named(&pred));
    }
    sc
}

/// Trains the relabeler on `examples` for at most `epochs` epochs (document order shuffled
/// with `seed`), keeping the epoch whose relabeling of `dev_model`'s output on `dev` scores
/// best. Averaged weights below `min_abs` (in units of 1/64 perceptron step) are dropped.
pub fn train(
    examples: &[Example],
    dev_model: &Model,
    dev: &Corpus,
    epochs: usize,
    seed: u64,
    min_abs: i32,
    log: &mut dyn FnMut(&str),
) -> Trained {
    let labels = dev_model.labels.clone();
    let nl = labels.len();
    let dev_docs: Vec<DevDoc> = dev
        .docs
        .iter()
        .zip(corpus_infos(dev, dev_model.lexicon()))
        .map(|(d, toks)| {
            let spans = dev_model.spans(&toks, &d.sents, None);
            let doc = DocSpans::new(&toks, &spans);
            let feats = spans
                .iter()
                .map(|&sp| {
                    let mut f = Vec::new();
                    span_features(&toks, &doc, sp, &mut f);
                    f
                })
                .collect();
            DevDoc {
                gold: d.spans.clone(),
                spans,
                feats,
            }
        })
        .collect();
    let before = dev_scores(None, &dev_docs, &labels);
    log(&format!(
        "{} examples; dev before relabeling: F1 {:.4}",
        examples.len(),
        before.overall().f1()
    ));
    // Weights per feature row: current (`w`) and the averaging sums (`u`, `avg = w - u / c`).
    let mut row_of: KeyMap<u32> = KeyMap::default();
    let mut hashes: Vec<u64> = Vec::new();
    let (mut w, mut u): (Vec<i32>, Vec<f64>) = (Vec::new(), Vec::new());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(seed);
    let mut c = 1f64;
    let mut scores = vec![0i32; nl];
    let mut best: Option<(f64, usize, Relabeler, Scores)> = None;
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        let mut errors = 0;
        for &i in &order {
            let ex = &examples[i];
            scores.iter_mut().for_each(|s| *s = 0);
            for f in &ex.feats {
                if let Some(&r) = row_of.get(f) {
                    for (s, &x) in scores.iter_mut().zip(&w[r as usize * nl..]) {
                        *s += x;
                    }
                }
            }
            let guess = Relabeler::choose(&scores, ex.tagger);
            if guess != ex.gold {
                errors += 1;
                for &f in &ex.feats {
                    let r = *row_of.entry(f).or_insert_with(|| {
                        hashes.push(f);
                        w.resize(w.len() + nl, 0);
                        u.resize(u.len() + nl, 0.0);
                        (hashes.len() - 1) as u32
                    }) as usize;
                    w[r * nl + ex.gold] += 1;
                    w[r * nl + guess] -= 1;
                    u[r * nl + ex.gold] += c;
                    u[r * nl + guess] -= c;
                }
            }
            c += 1.0;
        }
        let rows = hashes
            .iter()
            .enumerate()
            .filter_map(|(r, &h)| {
                let row: Vec<(u8, i32)> = (0..nl)
                    .filter_map(|t| {
                        let avg = w[r * nl + t] as f64 - u[r * nl + t] / c;
                        let q = (avg * SCALE as f64).round() as i32;
                        (q != 0 && q.abs() >= min_abs).then_some((t as u8, q))
                    })
                    .collect();
                (!row.is_empty()).then_some((h, row))
            })
            .collect();
        let r = Relabeler::build(labels.clone(), rows);
        let sc = dev_scores(Some(&r), &dev_docs, &labels);
        let f = sc.overall().f1();
        log(&format!(
            "epoch {epoch}: {errors} training errors, {} features, dev F1 {f:.4}",
            r.n_features()
        ));
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch, r, sc));
        }
    }
    let (_, best_epoch, relabeler, after) = best.expect("at least one epoch");
    Trained {
        relabeler,
        best_epoch,
        before,
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::features::toks_of as toks;

    #[test]
    fn learns_a_label_from_the_last_word() {
        // Spans ending in `Harbor` are LOC (1) whatever the tagger said (PERSON, 0); others keep
        // the tagger's label.
        let labels = vec!["PERSON".to_string(), "LOC".to_string()];
        let mut examples = Vec::new();
        for (words, tagger, gold) in [
            (["Victoria", "Harbor"], 0, 1),
            (["Kowloon", "Harbor"], 0, 1),
            (["Victoria", "Beckham"], 0, 0),
            (["Pearl", "Harbor"], 1, 1),
            (["John", "Smith"], 0, 0),
        ] {
            let t = toks(&words);
            let spans = [(0, 2, tagger)];
            let doc = DocSpans::new(&t, &spans);
            let mut feats = Vec::new();
            span_features(&t, &doc, spans[0], &mut feats);
            for _ in 0..3 {
                examples.push(Example {
                    feats: feats.clone(),
                    tagger,
                    gold,
                });
            }
        }
        let dev = Corpus {
            labels: labels.clone(),
            docs: Vec::new(),
        };
        let model = Model::empty(labels);
        let t = train(&examples, &model, &dev, 3, 1, 0, &mut |_| {});
        let r = t.relabeler;
        let mut spans = vec![(0, 2, 0)];
        r.relabel(&toks(&["Sydney", "Harbor"]), &mut spans);
        assert_eq!(spans, vec![(0, 2, 1)]);
        let mut spans = vec![(0, 2, 0)];
        r.relabel(&toks(&["Mary", "Smith"]), &mut spans);
        assert_eq!(spans, vec![(0, 2, 0)]);
        // Same weights after a round trip through the file.
        let back = Relabeler::from_bytes(&r.to_bytes()).unwrap();
        assert_eq!(back.to_bytes(), r.to_bytes());
    }
}
