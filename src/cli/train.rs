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
    [--embeddings GLOVE.txt [--emb-top N] [--emb-branching B0,B1,B2]] [--drop-templates K,K..] [--margin N]";

pub fn run(args: &[String]) -> i32 {
    exit_code("train", Some(USAGE), run_inner(args))
}

/// The value after option `flag` on the command line.
fn value_of(it: &mut std::slice::Iter<String>, flag: &str) -> Result<String, String> {
    it.next()
        .cloned()
        .ok_or_else(|| format!("{flag} needs a value"))
}

/// A command's exit code: 0, or 2 after printing its error (and usage, if given).
fn exit_code(cmd: &str, usage: Option<&str>, r: Result<(), String>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(e) => {
            match usage {
                Some(u) => eprintln!("newslens {cmd}: {e}\nusage: {u}"),
                None => eprintln!("newslens {cmd}: {e}"),
            }
            2
        }
    }
}

/// The train and dev split of corpus `name` (ontonotes or conll) under `data`, their format,
/// and where a model trained on them goes by default.
fn read_corpus(
    name: &str,
    data: &str,
) -> Result<(corpus::Corpus, corpus::Corpus, Format, &'static str), String> {
    let (format, train_path, dev_path, default_out) = match name {
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
    let train = corpus::read(&format!("{data}/{train_path}"), format)?;
    let dev = corpus::read(&format!("{data}/{dev_path}"), format)?;
    Ok((train, dev, format, default_out))
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
        let mut val = || value_of(&mut it, a);
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
            "--margin" => cfg.margin = val()?.parse().map_err(|e| format!("--margin: {e}"))?,
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
    let (train, dev, format, default_out) = read_corpus(&corpus_name, &data)?;
    let out = out.unwrap_or_else(|| default_out.to_string());
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
    out!("{}", t.dev.report());
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
    exit_code("prune", None, prune_inner(args))
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
        let mut val = || value_of(&mut it, a);
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
            outln!("min-abs {a:>3} min-max {b:>3}: {}", report(&m));
        }
    }
    let m = model.pruned(min_abs, min_max);
    outln!("min-abs {min_abs} min-max {min_max}: {}", report(&m));
    if let Some(o) = out {
        std::fs::write(&o, m.to_bytes()).map_err(|e| format!("{o}: {e}"))?;
        outln!("wrote {o}");
    }
    Ok(())
}

const RELABEL_USAGE: &str = "newslens train-relabel [--model model/ontonotes.nlm] [--corpus ontonotes|conll] [--data DIR]
    [--folds 5] [--tagger-epochs 12] [--patience 3] [--min-abs 32] [--min-max 64] [--epochs 8] [--seed 1]
    [--min-weight 0] [--margin 0] [--cache DIR] [--out model/ontonotes.nlr]";

/// `newslens train-relabel`: trains the span relabeler ([`newslens::train::relabel`]) for a
/// trained model: fold taggers with the model's scheme, feature groups and word classes, then
/// the relabeler on their held-out output, its epoch picked on the model's own dev output.
pub fn run_relabel(args: &[String]) -> i32 {
    exit_code("train-relabel", Some(RELABEL_USAGE), relabel_inner(args))
}

fn relabel_inner(args: &[String]) -> Result<(), String> {
    use newslens::ner::model::Model;
    use newslens::train::relabel;
    let mut model_path = "model/ontonotes.nlm".to_string();
    let mut corpus_name = "ontonotes".to_string();
    let mut data = "../shared/data".to_string();
    let mut out = "model/ontonotes.nlr".to_string();
    let (mut folds, mut epochs) = (5usize, 8usize);
    let (mut min_abs, mut min_max) = (32i32, 64i32);
    let mut cfg = perceptron::Config::default();
    let mut cache: Option<String> = None;
    let mut min_weight = 0i32;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || value_of(&mut it, a);
        let num = |v: String| v.parse::<i64>().map_err(|e| format!("{a}: {e}"));
        match a.as_str() {
            "--model" => model_path = val()?,
            "--corpus" => corpus_name = val()?,
            "--data" => data = val()?,
            "--out" => out = val()?,
            "--folds" => folds = num(val()?)?.max(2) as usize,
            "--epochs" => epochs = num(val()?)?.max(1) as usize,
            "--tagger-epochs" => cfg.epochs = num(val()?)?.max(1) as usize,
            "--patience" => cfg.patience = num(val()?)?.max(1) as usize,
            "--min-abs" => min_abs = num(val()?)? as i32,
            "--min-max" => min_max = num(val()?)? as i32,
            "--seed" => cfg.seed = num(val()?)? as u64,
            "--margin" => cfg.margin = num(val()?)? as i32,
            "--cache" => cache = Some(val()?),
            "--min-weight" => min_weight = num(val()?)? as i32,
            s => return Err(format!("unknown argument {s}")),
        }
    }
    let bytes = std::fs::read(&model_path).map_err(|e| format!("{model_path}: {e}"))?;
    let model = Model::from_bytes(&bytes).map_err(|e| format!("{model_path}: {e}"))?;
    let (train, dev, _, _) = read_corpus(&corpus_name, &data)?;
    if train.labels != model.labels {
        return Err(format!(
            "{model_path} has labels {:?}, the corpus {:?}",
            model.labels, train.labels
        ));
    }
    // The fold taggers are trained as the model was: its scheme, feature groups, word classes.
    cfg.scheme = model.scheme;
    cfg.flags = model.flags;
    let t0 = std::time::Instant::now();
    let mut log = |l: &str| eprintln!("[{:>5.0}s] {l}", t0.elapsed().as_secs_f32());
    let examples = relabel::fold_examples(
        &train,
        &dev,
        model.lexicon(),
        &cfg,
        folds,
        (min_abs, min_max),
        cache.as_deref(),
        &mut log,
    );
    let t = relabel::train(
        &examples, &model, &dev, epochs, cfg.seed, min_weight, &mut log,
    );
    let bytes = t.relabeler.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    out!("{}", t.after.report());
    eprintln!(
        "dev F1 {:.4} -> {:.4}; wrote {out}: {} bytes, {} features, best epoch {}",
        t.before.overall().f1(),
        t.after.overall().f1(),
        bytes.len(),
        t.relabeler.n_features(),
        t.best_epoch
    );
    Ok(())
}

/// `newslens common-words [--corpus ontonotes|conll] [--data DIR] [--top N] [--out FILE]`: the
/// most frequent words of the training split, one per line, for the model's once-computed
/// feature sums (`model/common-words.txt`).
pub fn run_common_words(args: &[String]) -> i32 {
    exit_code("common-words", None, common_words_inner(args))
}

fn common_words_inner(args: &[String]) -> Result<(), String> {
    let (mut corpus_name, mut data) = ("ontonotes".to_string(), "../shared/data".to_string());
    let (mut top, mut out) = (6000usize, "model/common-words.txt".to_string());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || value_of(&mut it, a);
        match a.as_str() {
            "--corpus" => corpus_name = val()?,
            "--data" => data = val()?,
            "--top" => top = val()?.parse().map_err(|e| format!("--top: {e}"))?,
            "--out" => out = val()?,
            s => return Err(format!("unknown option {s}; usage: newslens common-words [--corpus ontonotes|conll] [--data DIR] [--top N] [--out FILE]")),
        }
    }
    let (train, _, _, _) = read_corpus(&corpus_name, &data)?;
    let words = corpus::common_words(&train, top);
    let mut text = words.join("\n");
    text.push('\n');
    std::fs::write(&out, text).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("{} words -> {out}", words.len());
    Ok(())
}
