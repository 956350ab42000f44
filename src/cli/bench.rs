//! `newslens bench [DIR] [--mb N]`: words per second of `analyze` on the seed articles repeated
//! to a few megabytes.

use std::time::Instant;

use newslens::{analyze, OffsetUnit, Options};

pub fn run(args: &[String]) -> i32 {
    let mut dir = "seeds".to_string();
    let mut mb = 4.0f64;
    let mut breakdown = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--mb" => match it.next().and_then(|v| v.parse().ok()) {
                Some(v) => mb = v,
                None => {
                    eprintln!("newslens bench: --mb needs a number");
                    return 2;
                }
            },
            "--breakdown" => breakdown = true,
            s => dir = s.to_string(),
        }
    }
    let mut texts = Vec::new();
    let mut entries: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(r) => r
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("newslens bench: {dir}: {e}");
            return 2;
        }
    };
    entries.sort();
    for p in entries {
        if let Ok(t) = std::fs::read_to_string(&p) {
            texts.push(t);
        }
    }
    if texts.is_empty() {
        eprintln!("newslens bench: no .txt files in {dir}");
        return 2;
    }
    let opts = Options {
        offsets: OffsetUnit::Utf16,
        tokens: false,
    };
    // Warm up (model load) outside the timing, and time the load itself.
    let t = Instant::now();
    let m = newslens::ner::model::shipped();
    outln!(
        "model load: {:.1} ms ({} features, {} weights)",
        t.elapsed().as_secs_f64() * 1e3,
        m.n_features(),
        m.n_weights()
    );
    let t = Instant::now();
    let _ = analyze(&texts[0], &opts);
    let first = t.elapsed();
    let target = (mb * 1e6) as usize;
    // Each text's words counted once, before the timing: counting them on every pass was 1.2 %
    // of the seeds bench's instructions, charged to `analyze`'s words per second.
    let counts: Vec<usize> = texts.iter().map(|t| t.split_whitespace().count()).collect();
    let (mut bytes, mut words, mut entities) = (0usize, 0usize, 0usize);
    let t = Instant::now();
    let mut k = 0;
    while bytes < target {
        let text = &texts[k % texts.len()];
        let a = analyze(text, &opts);
        entities += a.entities.len();
        bytes += text.len();
        words += counts[k % texts.len()];
        k += 1;
    }
    let secs = t.elapsed().as_secs_f64();
    if breakdown {
        stages(&texts, k);
    }
    outln!(
        "first call (after model load): {:.1} ms",
        first.as_secs_f64() * 1e3
    );
    outln!(
        "{k} documents, {:.2} MB, {words} words, {entities} entities in {secs:.3} s",
        bytes as f64 / 1e6
    );
    outln!("{:.0} words/s", words as f64 / secs);
    0
}

/// Time of each pipeline stage over `n` documents cycling through `texts`.
fn stages(texts: &[String], n: usize) {
    use newslens::ner::model::ModelRecognizer;
    use newslens::ner::{rules, Doc, Recognizer};
    use newslens::{parse, tokenize};
    let model = ModelRecognizer::shipped();
    let rules = rules::Rules::new();
    let mut t = [0f64; 5];
    for k in 0..n {
        let text = &texts[k % texts.len()];
        let a = Instant::now();
        let article = parse::parse(text);
        let b = Instant::now();
        let tokens = tokenize::tokenize(text);
        let c = Instant::now();
        let sentences = parse::sentences::split(text, &tokens, &article.paragraphs);
        let segments = article.segments(&tokens, &sentences);
        let d = Instant::now();
        let doc = Doc::new(text, &tokens, &segments);
        let m = model.recognize(&doc);
        let e = Instant::now();
        let r = rules.recognize(&doc);
        let f = Instant::now();
        std::hint::black_box((m, r));
        for (i, (x, y)) in [(a, b), (b, c), (c, d), (d, e), (e, f)].iter().enumerate() {
            t[i] += (*y - *x).as_secs_f64();
        }
    }
    for (name, v) in ["parse", "tokenize", "sentences", "model", "rules"]
        .iter()
        .zip(t)
    {
        outln!("{name:>10}: {:.3} s", v);
    }
}
