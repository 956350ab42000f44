//! `newslens eval GOLD.jsonl TEXT_DIR [--model FILE]`: runs the full pipeline on raw text and
//! scores exact-match entity spans (code point offsets) per label, conlleval style.
//! `newslens eval-conll FILE [--model FILE] [--format ontonotes|conll]`: scores the model alone
//! on gold tokens.

use std::ops::Range;

use newslens::ner::model::relabel::{self, Relabeler};
use newslens::ner::model::{Model, ModelRecognizer};
use newslens::ner::{Doc, Pipeline};
use newslens::offsets::{OffsetMap, OffsetUnit};
use newslens::pipeline::Prepared;
use newslens::train::corpus::{self, Format};
use newslens::train::perceptron::corpus_infos;
use newslens::train::score::{gold_and_predicted, score_relabeled, Scores};
use newslens::{analyze, parse, Options};

pub fn run(args: &[String]) -> i32 {
    report(run_inner(args), "eval")
}

pub fn run_conll(args: &[String]) -> i32 {
    report(run_conll_inner(args), "eval-conll")
}

fn report(r: Result<Scores, String>, cmd: &str) -> i32 {
    match r {
        Ok(s) => {
            out!("{}", s.report());
            0
        }
        Err(e) => {
            eprintln!("newslens {cmd}: {e}");
            2
        }
    }
}

fn load_model(path: &str) -> Result<&'static Model, String> {
    let b = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(Box::leak(Box::new(Model::from_bytes(&b)?)))
}

/// The relabeler an evaluation uses: `--relabel FILE`, none with `--relabel none`, else the
/// shipped one for the shipped model and none for a model from a file (the shipped relabeler
/// learned the shipped model's mistakes, not another's).
fn pick_relabeler(
    flag: Option<String>,
    own_model: bool,
) -> Result<Option<&'static Relabeler>, String> {
    match flag.as_deref() {
        Some("none") => Ok(None),
        Some(path) => {
            let b = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            let r = Relabeler::from_bytes(&b).map_err(|e| format!("{path}: {e}"))?;
            Ok(Some(Box::leak(Box::new(r))))
        }
        None if own_model => Ok(None),
        None => Ok(relabel::shipped()),
    }
}

/// Which recognizers run (`--stages`): the standard pipeline, or one part of it, to measure
/// what each contributes.
#[derive(Clone, Copy, PartialEq)]
enum Stages {
    Standard,
    ModelOnly,
    RulesOnly,
}

/// Entities `(start, end, label)` in code points found by the shipped pipeline (`product`) or
/// by `model` (default: the shipped one) with `relabeler`, through `stages`; a model whose
/// labels are not OntoNotes' runs alone, its labels as written in the model file.
fn entities(
    text: &str,
    model: Option<&'static Model>,
    relabeler: Option<&'static Relabeler>,
    product: bool,
    stages: Stages,
) -> Vec<(usize, usize, String)> {
    let model = match (model, stages) {
        (None, Stages::Standard) if product => None,
        (m, _) => Some(m.unwrap_or_else(newslens::ner::model::shipped)),
    };
    match model {
        None => analyze(
            text,
            &Options {
                offsets: OffsetUnit::CodePoint,
                tokens: false,
            },
        )
        .entities
        .into_iter()
        .map(|e| (e.start, e.end, e.label.as_str().to_string()))
        .collect(),
        Some(m) => {
            let prepared = Prepared::new(text, &parse::Hints::default());
            let doc = prepared.doc();
            let map = OffsetMap::new(text, OffsetUnit::CodePoint);
            let all_onto = m.labels.iter().all(|l| newslens::Label::parse(l).is_some());
            if all_onto {
                // An OntoNotes model goes through the standard pipeline with this model first.
                let p = match stages {
                    Stages::Standard => {
                        Pipeline::with_model(ModelRecognizer::new(m).relabeling(relabeler))
                    }
                    Stages::ModelOnly => Pipeline::new(vec![Box::new(
                        ModelRecognizer::new(m).relabeling(relabeler),
                    )]),
                    Stages::RulesOnly => {
                        Pipeline::new(vec![Box::new(newslens::ner::rules::Rules::new())])
                    }
                };
                // The standard stages with the layout's say, as the product runs them.
                let found = if matches!(stages, Stages::Standard) {
                    prepared.recognize(&p)
                } else {
                    p.recognize(&doc)
                };
                return found
                    .into_iter()
                    .map(|x| {
                        (
                            map.map(x.span.start),
                            map.map(x.span.end),
                            x.label.as_str().to_string(),
                        )
                    })
                    .collect();
            }
            let infos = newslens::ner::model::doc_infos(m, &doc);
            m.spans(&infos, doc.sentences, relabeler)
                .into_iter()
                .map(|(s, e, l)| {
                    (
                        map.map(doc.tokens[s].start),
                        map.map(doc.tokens[e - 1].end),
                        m.labels[l].clone(),
                    )
                })
                .collect()
        }
    }
}

fn run_inner(args: &[String]) -> Result<Scores, String> {
    let mut pos = Vec::new();
    let mut model = None;
    let mut relabel_flag = None;
    let mut verbose = false;
    let mut stages = Stages::Standard;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--model" => model = Some(load_model(it.next().ok_or("--model needs a file")?)?),
            "--relabel" => {
                relabel_flag = Some(it.next().ok_or("--relabel needs a file or none")?.clone())
            }
            "-v" | "--verbose" => verbose = true,
            "--stages" => stages = parse_stages(it.next())?,
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => pos.push(s.to_string()),
        }
    }
    let [gold, dir] = &pos[..] else {
        return Err("usage: newslens eval GOLD.jsonl TEXT_DIR [--model FILE] [--relabel FILE|none] [--stages standard|model|rules] [-v]".into());
    };
    // The product exactly as it ships (`analyze`), unless a model or relabeler is chosen.
    let product = model.is_none() && relabel_flag.is_none();
    let relabeler = pick_relabeler(relabel_flag, model.is_some())?;
    let gold_text = std::fs::read_to_string(gold).map_err(|e| format!("{gold}: {e}"))?;
    let mut scores = Scores::default();
    for (ln, line) in gold_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{gold}:{}: {e}", ln + 1))?;
        let doc = v["doc"]
            .as_str()
            .ok_or_else(|| format!("{gold}:{}: no doc", ln + 1))?;
        let spans = v
            .get("spans")
            .or_else(|| v.get("entities"))
            .and_then(|s| s.as_array())
            .ok_or_else(|| format!("{gold}:{}: no spans/entities", ln + 1))?;
        let g: Vec<(usize, usize, String)> = spans
            .iter()
            .map(|s| {
                (
                    s["start"].as_u64().unwrap_or(0) as usize,
                    s["end"].as_u64().unwrap_or(0) as usize,
                    s["label"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        let path = format!("{dir}/{doc}");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let p = entities(&text, model, relabeler, product, stages);
        if verbose {
            let chars: Vec<char> = text.chars().collect();
            let show = |s: usize, e: usize| {
                chars[s.min(chars.len())..e.min(chars.len())]
                    .iter()
                    .collect::<String>()
            };
            for x in &g {
                if !p.contains(x) {
                    eprintln!("{doc}\tmissed\t{}\t{:?}", x.2, show(x.0, x.1));
                }
            }
            for x in &p {
                if !g.contains(x) {
                    eprintln!("{doc}\tspurious\t{}\t{:?}", x.2, show(x.0, x.1));
                }
            }
        }
        scores.add(&g, &p);
    }
    Ok(scores)
}

fn run_conll_inner(args: &[String]) -> Result<Scores, String> {
    let mut file = None;
    let mut verbose = false;
    let mut stages: Option<Stages> = None;
    let mut raw = false;
    let mut model_path = None;
    let mut relabel_flag = None;
    let mut format = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--model" => model_path = Some(it.next().ok_or("--model needs a file")?.clone()),
            "--relabel" => {
                relabel_flag = Some(it.next().ok_or("--relabel needs a file or none")?.clone())
            }
            "--format" => {
                format = Some(match it.next().map(String::as_str) {
                    Some("ontonotes") => Format::OntoNotes,
                    Some("conll") => Format::Conll2003,
                    other => {
                        return Err(format!("--format takes ontonotes or conll, not {other:?}"))
                    }
                })
            }
            "-v" | "--verbose" => verbose = true,
            "--raw" => raw = true,
            "--stages" => stages = Some(parse_stages(it.next())?),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => file = Some(s.to_string()),
        }
    }
    let file =
        file.ok_or("usage: newslens eval-conll FILE [--model FILE] [--relabel FILE|none] [--format ontonotes|conll]")?;
    // CoNLL-2003 files are space separated with 4 columns; OntoNotes files are tab separated.
    let format = format.unwrap_or(if file.ends_with(".txt") {
        Format::Conll2003
    } else {
        Format::OntoNotes
    });
    let model: &Model = match &model_path {
        Some(p) => load_model(p)?,
        None => newslens::ner::model::shipped(),
    };
    let relabeler = pick_relabeler(relabel_flag, model_path.is_some())?;
    let c = corpus::read(&file, format)?;
    if raw {
        return Ok(raw_text_scores(&c, model, relabeler, verbose));
    }
    if let Some(st) = stages {
        return Ok(pipeline_on_gold_tokens(&c, model, relabeler, st, verbose));
    }
    // The model's word classes, so gold-token scoring sees what tagging sees.
    let infos = corpus_infos(&c, model.lexicon());
    if verbose {
        for (d, toks) in c.docs.iter().zip(&infos) {
            let (gold, pred) = gold_and_predicted(model, relabeler, &c, d, toks);
            list_differences(&d.id, &gold, &pred, |s, e| words_around(&d.words, s, e));
        }
    }
    Ok(score_relabeled(model, relabeler, &c, &infos))
}

/// Runs recognizer stages over gold tokens (words joined by spaces, gold sentences), so that rules
/// and model can be compared on the whole corpus, not only on raw-text samples.
fn pipeline_on_gold_tokens(
    c: &corpus::Corpus,
    model: &'static Model,
    relabeler: Option<&'static Relabeler>,
    stages: Stages,
    verbose: bool,
) -> Scores {
    let rec = || ModelRecognizer::new(model).relabeling(relabeler);
    let p = match stages {
        Stages::Standard => Pipeline::with_model(rec()),
        Stages::ModelOnly => Pipeline::new(vec![Box::new(rec())]),
        Stages::RulesOnly => Pipeline::new(vec![Box::new(newslens::ner::rules::Rules::new())]),
    };
    let mut scores = Scores::default();
    for d in &c.docs {
        let text = d.words.join(" ");
        let mut spans = Vec::with_capacity(d.words.len());
        let mut at = 0;
        for w in &d.words {
            spans.push(newslens::Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
        let doc = Doc::new(&text, &spans, &d.sents);
        let tok_at = |b: usize, end: bool| {
            spans
                .iter()
                .position(|s| if end { s.end == b } else { s.start == b })
        };
        let pred: Vec<(usize, usize, String)> = p
            .recognize(&doc)
            .into_iter()
            .filter_map(|m| {
                Some((
                    tok_at(m.span.start, false)?,
                    tok_at(m.span.end, true)? + 1,
                    m.label.as_str().to_string(),
                ))
            })
            .collect();
        let gold: Vec<(usize, usize, String)> = d
            .spans
            .iter()
            .map(|&(s, e, l)| (s, e, c.labels[l].clone()))
            .collect();
        if verbose {
            list_differences(&d.id, &gold, &pred, |s, e| words_around(&d.words, s, e));
        }
        scores.add(&gold, &pred);
    }
    scores
}

/// Prints, to stderr, each gold entity the prediction missed and each predicted one the gold
/// does not have, one line each: document, kind, label, the entity in its context (`ctx`).
fn list_differences<L: PartialEq + std::fmt::Display>(
    id: &str,
    gold: &[(usize, usize, L)],
    pred: &[(usize, usize, L)],
    ctx: impl Fn(usize, usize) -> String,
) {
    for (what, these, others) in [("missed", gold, pred), ("spurious", pred, gold)] {
        for m in these.iter().filter(|m| !others.contains(m)) {
            eprintln!("{id}\t{what}\t{}\t{}", m.2, ctx(m.0, m.1));
        }
    }
}

/// The words around tokens `s..e`, the entity in brackets.
fn words_around(words: &[String], s: usize, e: usize) -> String {
    format!(
        "{} [{}] {}",
        words[s.saturating_sub(3)..s].join(" "),
        words[s..e].join(" "),
        words[e..(e + 3).min(words.len())].join(" ")
    )
}

/// Joins gold tokens back into running text the way it was written (`Pakistan's`, `don't`,
/// `(CPEC)`, `Pakistan-China`, `"quoted"`), one sentence per line; returns the text and each
/// token's byte span.
pub fn detokenize(words: &[String], sents: &[Range<usize>]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = vec![(0, 0); words.len()];
    for r in sents {
        let mut open_quote = false;
        let mut glue_next = true;
        for i in r.clone() {
            let w = words[i].as_str();
            let lw = w.to_ascii_lowercase();
            let glue_prev = matches!(
                w,
                "," | "." | ":" | ";" | "?" | "!" | "%" | ")" | "]" | "}" | "..." | "-"
            ) || matches!(
                lw.as_str(),
                "'s" | "n't" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "'"
            ) || (w == "\"" && open_quote);
            if !(glue_next || glue_prev) {
                text.push(' ');
            }
            spans[i] = (text.len(), text.len() + w.len());
            text.push_str(w);
            glue_next = matches!(w, "(" | "[" | "{" | "$" | "-") || (w == "\"" && !open_quote);
            if w == "\"" {
                open_quote = !open_quote;
            }
        }
        text.push('\n');
    }
    (text, spans)
}

/// The model through the real tokenizer and sentence splitter on detokenized gold text, scored
/// on byte spans against the gold entities (OntoNotes conventions: no trimming).
fn raw_text_scores(
    c: &corpus::Corpus,
    model: &'static Model,
    relabeler: Option<&'static Relabeler>,
    verbose: bool,
) -> Scores {
    let mut rec = ModelRecognizer::new(model).relabeling(relabeler);
    rec.trim = false;
    let p = Pipeline::new(vec![Box::new(rec)]);
    let mut scores = Scores::default();
    for d in &c.docs {
        let (text, spans) = detokenize(&d.words, &d.sents);
        let prepared = Prepared::new(&text, &parse::Hints::default());
        let doc = prepared.doc();
        let pred: Vec<(usize, usize, String)> = p
            .recognize(&doc)
            .into_iter()
            .map(|m| (m.span.start, m.span.end, m.label.as_str().to_string()))
            .collect();
        let gold: Vec<(usize, usize, String)> = d
            .spans
            .iter()
            .map(|&(s, e, l)| (spans[s].0, spans[e - 1].1, c.labels[l].clone()))
            .collect();
        if verbose {
            // As the gold-token listing, with the text's own characters around the entity.
            let ctx = |s: usize, e: usize| {
                let before = text[..s].char_indices().rev().nth(29).map_or(0, |(i, _)| i);
                let after = text[e..]
                    .char_indices()
                    .nth(30)
                    .map_or(text.len(), |(i, _)| e + i);
                format!("{}[{}]{}", &text[before..s], &text[s..e], &text[e..after])
                    .replace('\n', " ")
            };
            list_differences(&d.id, &gold, &pred, ctx);
        }
        scores.add(&gold, &pred);
    }
    scores
}

/// The value of `--stages`.
fn parse_stages(value: Option<&String>) -> Result<Stages, String> {
    match value.map(String::as_str) {
        Some("standard") => Ok(Stages::Standard),
        Some("model") => Ok(Stages::ModelOnly),
        Some("rules") => Ok(Stages::RulesOnly),
        other => Err(format!(
            "--stages takes standard, model or rules, not {other:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detokenizes_like_running_text() {
        let w: Vec<String> = [
            "He", "said", "\"", "Pakistan", "'s", "(", "CPEC", ")", "-", "China", "do", "n't",
            "\"", ".",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (t, spans) = detokenize(&w, std::slice::from_ref(&(0..w.len())));
        assert_eq!(t, "He said \"Pakistan's (CPEC)-China don't\".\n");
        for (i, &(s, e)) in spans.iter().enumerate() {
            assert_eq!(&t[s..e], w[i]);
        }
    }
}
