//! `newslens train`: trains the entity model on OntoNotes or CoNLL-2003, picks the epoch on dev,
//! writes the quantized model file.

use newslens::ner::model::features::flags;
use newslens::ner::model::features::{Scratch, TokInfo};
use newslens::ner::model::lexicon::{Lexicon, NO_CLASS};
use newslens::ner::model::KeyMap;
use newslens::ner::model::Scheme;
use newslens::train::corpus::{self, Format};
use newslens::train::{clusters, embeddings, perceptron};

const USAGE: &str = "newslens train --corpus ontonotes|conll [--out FILE] [--data DIR] [--epochs N] [--seed N]
    [--scheme bio|bilou] [--features history,history-lex,doc,viterbi|none] [--min-count N] [--prune F] [--clusters N]
    [--embeddings GLOVE.txt [--emb-top N] [--emb-branching B0,B1,B2]] [--drop-templates K,K..]";

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
    let mut emb_path: Option<String> = None;
    let mut emb_top = 50_000usize;
    let mut emb_branching = vec![16usize, 8, 8];
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
            "--embeddings" => emb_path = Some(val()?),
            "--drop-templates" => {
                for t in val()?.split(',').filter(|t| !t.is_empty()) {
                    let k: usize = t.parse().map_err(|e| format!("--drop-templates: {e}"))?;
                    if k >= 64 {
                        return Err(format!("--drop-templates: no template {k}"));
                    }
                    cfg.drop_slots |= 1 << k;
                }
            }
            "--emb-top" => emb_top = val()?.parse().map_err(|e| format!("--emb-top: {e}"))?,
            "--emb-branching" => {
                emb_branching = val()?
                    .split(',')
                    .map(|b| b.parse().map_err(|e| format!("--emb-branching: {e}")))
                    .collect::<Result<_, String>>()?;
                if emb_branching.iter().product::<usize>() >= u16::MAX as usize {
                    return Err("--emb-branching: at most 65,534 fine clusters".into());
                }
            }
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
    // Unlabeled text: the words of both training corpora (labels unused).
    let other = match format {
        Format::OntoNotes => {
            corpus::read(&format!("{data}/conll2003/train.txt"), Format::Conll2003)
        }
        Format::Conll2003 => {
            corpus::read(&format!("{data}/ontonotes/train.conll"), Format::OntoNotes)
        }
    };
    let mut texts = vec![&train];
    if let Ok(o) = &other {
        texts.push(o);
    }
    let cl = if n_clusters > 0 {
        let t = std::time::Instant::now();
        let c = clusters::learn(&texts, n_clusters, cfg.seed);
        eprintln!(
            "clusters: {} words in {n_clusters} clusters, {:.1}s",
            c.len(),
            t.elapsed().as_secs_f32()
        );
        c
    } else {
        clusters::none()
    };
    let emb = match &emb_path {
        Some(p) => {
            let t = std::time::Instant::now();
            let v = embeddings::read(p).map_err(|e| format!("--embeddings: {e}"))?;
            let mut sc = Scratch::default();
            let mut words: KeyMap<()> = KeyMap::default();
            for c in &texts {
                for d in &c.docs {
                    for w in &d.words {
                        words.insert(TokInfo::new(w, &mut sc).lower, ());
                    }
                }
            }
            let e = embeddings::cluster(&v, emb_top, &words, &emb_branching, cfg.seed);
            eprintln!(
                "embedding clusters: {} of {} words (top {emb_top} + training words), branching {emb_branching:?}, {:.1}s",
                e.ids.len(),
                v.words.len(),
                t.elapsed().as_secs_f32()
            );
            Some(e)
        }
        None => None,
    };
    let lexicon = {
        let mut entries: Vec<(u32, u16, u16)> = cl
            .iter()
            .map(|(&k, &c)| {
                let e = emb.as_ref().and_then(|e| e.ids.get(&k)).copied();
                (k as u32, c, e.unwrap_or(NO_CLASS))
            })
            .collect();
        let (mut mid_div, mut coarse_div) = (1, 1);
        if let Some(e) = &emb {
            entries.extend(
                e.ids
                    .iter()
                    .filter(|(k, _)| !cl.contains_key(k))
                    .map(|(&k, &f)| (k as u32, NO_CLASS, f)),
            );
            (mid_div, coarse_div) = (e.mid_div, e.coarse_div);
        }
        Lexicon::new(entries, mid_div, coarse_div)
    };
    eprintln!(
        "lexicon: {} words, {} with an embedding cluster",
        lexicon.len(),
        lexicon.n_embedded()
    );
    eprintln!("config: {cfg:?}");
    let t = perceptron::train(&train, &dev, &lexicon, &cfg, &mut |l| eprintln!("{l}"));
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

/// `newslens prune MODEL --dev FILE [--out FILE] [--min-abs N] [--min-max N] [--grid]`: drops
/// small weights from a trained model and reports dev F1 and size.
pub fn run_prune(args: &[String]) -> i32 {
    match prune_inner(args) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("newslens prune: {e}");
            2
        }
    }
}

fn prune_inner(args: &[String]) -> Result<(), String> {
    use newslens::ner::model::Model;
    use newslens::train::perceptron::corpus_infos;
    use newslens::train::score::score_corpus;
    let (mut input, mut out, mut dev) = (None, None, None);
    let (mut min_abs, mut min_max) = (0i32, 0i32);
    let mut grid = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        match a.as_str() {
            "--out" => out = Some(val()?),
            "--dev" => dev = Some(val()?),
            "--min-abs" => min_abs = val()?.parse().map_err(|e| format!("--min-abs: {e}"))?,
            "--min-max" => min_max = val()?.parse().map_err(|e| format!("--min-max: {e}"))?,
            "--grid" => grid = true,
            s => input = Some(s.to_string()),
        }
    }
    let input = input.ok_or(
        "usage: newslens prune MODEL --dev FILE [--out FILE] [--min-abs N] [--min-max N] [--grid]",
    )?;
    let bytes = std::fs::read(&input).map_err(|e| format!("{input}: {e}"))?;
    let model = Model::from_bytes(&bytes)?;
    let dev = match dev {
        Some(d) => Some(corpus::read(
            &d,
            if d.ends_with(".txt") {
                Format::Conll2003
            } else {
                Format::OntoNotes
            },
        )?),
        None => None,
    };
    let report = |m: &Model| -> String {
        let f = match &dev {
            Some(c) => {
                let infos = corpus_infos(c, m.lexicon());
                format!("dev F1 {:.4}", score_corpus(m, c, &infos).overall().f1())
            }
            None => String::new(),
        };
        format!(
            "{} features, {} weights, {} bytes; {f}",
            m.n_features(),
            m.n_weights(),
            m.to_bytes().len()
        )
    };
    if grid {
        for (a, b) in [
            (0, 0),
            (4, 0),
            (8, 0),
            (8, 16),
            (16, 16),
            (16, 32),
            (32, 32),
            (32, 64),
            (64, 64),
        ] {
            let m = model.pruned(a, b);
            println!("min-abs {a:>3} min-max {b:>3}: {}", report(&m));
        }
    }
    let m = model.pruned(min_abs, min_max);
    println!("min-abs {min_abs} min-max {min_max}: {}", report(&m));
    if let Some(o) = out {
        std::fs::write(&o, m.to_bytes()).map_err(|e| format!("{o}: {e}"))?;
        println!("wrote {o}");
    }
    Ok(())
}
