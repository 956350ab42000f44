//! `newslens train`: trains the entity model on OntoNotes or CoNLL-2003, picks the epoch on dev,
//! writes the quantized model file.

use newslens::ner::model::features::flags;
use newslens::ner::model::Scheme;
use newslens::train::corpus::{self, Format};
use newslens::train::{clusters, perceptron};

const USAGE: &str = "newslens train --corpus ontonotes|conll [--out FILE] [--data DIR] [--epochs N] [--seed N]
    [--scheme bio|bilou] [--features history,history-lex,doc,viterbi|none] [--min-count N] [--prune F] [--clusters N]";

pub fn run(args: &[String]) -> i32 {
    match run_inner(args) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("newslens train: {e}\nusage: {USAGE}");
            2
        }
    }
}

fn run_inner(args: &[String]) -> Result<(), String> {
    let mut corpus_name = String::new();
    let mut out: Option<String> = None;
    let mut data = "../shared/data".to_string();
    let mut cfg = perceptron::Config::default();
    let mut n_clusters = 0usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        match a.as_str() {
            "--corpus" => corpus_name = val()?,
            "--out" => out = Some(val()?),
            "--data" => data = val()?,
            "--epochs" => cfg.epochs = val()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--seed" => cfg.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--min-count" => {
                cfg.min_count = val()?.parse().map_err(|e| format!("--min-count: {e}"))?
            }
            "--patience" => {
                cfg.patience = val()?.parse().map_err(|e| format!("--patience: {e}"))?
            }
            "--prune" => cfg.prune = val()?.parse().map_err(|e| format!("--prune: {e}"))?,
            "--features" => {
                cfg.flags = 0;
                for g in val()?.split(',').filter(|g| !g.is_empty()) {
                    cfg.flags |= match g {
                        "history" => flags::HISTORY,
                        "history-lex" => flags::HISTORY_LEX,
                        "doc" => flags::DOC,
                        "viterbi" => flags::VITERBI,
                        "none" => 0,
                        _ => return Err(format!("unknown feature group {g}")),
                    };
                }
            }
            "--clusters" => n_clusters = val()?.parse().map_err(|e| format!("--clusters: {e}"))?,
            "--scheme" => {
                cfg.scheme = match val()?.as_str() {
                    "bio" => Scheme::Bio,
                    "bilou" => Scheme::Bilou,
                    s => return Err(format!("unknown scheme {s}")),
                }
            }
            s => return Err(format!("unknown argument {s}")),
        }
    }
    let (format, train_path, dev_path, default_out) = match corpus_name.as_str() {
        "ontonotes" => (
            Format::OntoNotes,
            "ontonotes/train.conll",
            "ontonotes/dev.conll",
            "model/ontonotes.nlm",
        ),
        "conll" => (
            Format::Conll2003,
            "conll2003/train.txt",
            "conll2003/dev.txt",
            "model/conll2003.nlm",
        ),
        _ => return Err("--corpus must be ontonotes or conll".into()),
    };
    let out = out.unwrap_or_else(|| default_out.to_string());
    let train = corpus::read(&format!("{data}/{train_path}"), format)?;
    let dev = corpus::read(&format!("{data}/{dev_path}"), format)?;
    eprintln!(
        "train: {} docs, {} tokens, {} entities; dev: {} docs, {} tokens, {} entities",
        train.docs.len(),
        train.n_tokens(),
        train.n_entities(),
        dev.docs.len(),
        dev.n_tokens(),
        dev.n_entities()
    );
    let cl = if n_clusters > 0 {
        let t = std::time::Instant::now();
        let c = clusters::learn(&train, n_clusters, cfg.seed);
        eprintln!(
            "clusters: {} words in {n_clusters} clusters, {:.1}s",
            c.len(),
            t.elapsed().as_secs_f32()
        );
        c
    } else {
        clusters::none()
    };
    eprintln!("config: {cfg:?}");
    let t = perceptron::train(&train, &dev, &cl, &cfg, &mut |l| eprintln!("{l}"));
    let bytes = t.model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    print!("{}", t.dev.report());
    eprintln!(
        "wrote {out}: {} bytes, {} features, {} weights, best epoch {}",
        bytes.len(),
        t.model.n_features(),
        t.model.n_weights(),
        t.best_epoch
    );
    Ok(())
}
