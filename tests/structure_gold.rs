//! The structure parser against the hand-made gold for the five seed articles
//! (`../shared/gold/seeds.gold.jsonl`, code point offsets).

use std::path::{Path, PathBuf};

use newslens::analysis::Structure;
use newslens::{analyze, OffsetUnit, Options};
use serde_json::Value;

/// Boundaries of body and boilerplate may differ from the gold by this many code points.
const SLACK: usize = 3;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn gold() -> Vec<Value> {
    let path = shared().join("gold/seeds.gold.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the seed gold at {}: {e}; the structure test needs the shared/ folder \
             beside the repository",
            path.display()
        )
    });
    let docs: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect();
    assert_eq!(
        docs.len(),
        5,
        "expected five seed documents in {}",
        path.display()
    );
    docs
}

fn seed_text(doc: &str) -> String {
    let candidates = [
        shared().join("seeds").join(doc),
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(doc),
    ];
    for p in &candidates {
        if let Ok(t) = std::fs::read_to_string(p) {
            return t;
        }
    }
    panic!("seed {doc} not found in {candidates:?}");
}

fn span(v: &Value) -> Option<(usize, usize)> {
    let a = v.as_array()?;
    Some((a[0].as_u64()? as usize, a[1].as_u64()? as usize))
}

fn ours(s: Option<newslens::Span>) -> Option<(usize, usize)> {
    s.map(|s| (s.start, s.end))
}

fn close(a: (usize, usize), b: (usize, usize), slack: usize) -> bool {
    a.0.abs_diff(b.0) <= slack && a.1.abs_diff(b.1) <= slack
}

fn structure_of(doc: &str) -> (String, Structure, usize) {
    let text = seed_text(doc);
    let a = analyze(
        &text,
        &Options {
            offsets: OffsetUnit::CodePoint,
            tokens: false,
        },
    );
    (text, a.structure, a.text_len)
}

fn check(d: &Value) -> Vec<String> {
    let doc = d["doc"].as_str().unwrap();
    let g = &d["structure"];
    let (_, st, len) = structure_of(doc);
    let mut errs = Vec::new();
    let mut expect = |what: &str, ok: bool, got: String, want: String| {
        if !ok {
            errs.push(format!("{doc} {what}: got {got}, gold {want}"));
        }
    };
    expect(
        "text_len",
        len as u64 == d["text_len"].as_u64().unwrap(),
        len.to_string(),
        d["text_len"].to_string(),
    );
    for (what, got, gold) in [
        ("title", ours(st.title), span(&g["title"])),
        ("subtitle", ours(st.subtitle), span(&g["subtitle"])),
        ("dateline", ours(st.dateline), span(&g["dateline"])),
    ] {
        expect(what, got == gold, format!("{got:?}"), format!("{gold:?}"));
    }
    let gold_date = g["date"].as_object().map(|o| {
        (
            span(&o["span"]).unwrap(),
            o["value"].as_str().unwrap().to_string(),
        )
    });
    let our_date = st
        .date
        .as_ref()
        .map(|d| ((d.span.start, d.span.end), d.value.clone()));
    expect(
        "date",
        our_date == gold_date,
        format!("{our_date:?}"),
        format!("{gold_date:?}"),
    );
    let gold_caps: Vec<(usize, usize)> = g["captions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(span)
        .collect();
    let our_caps: Vec<(usize, usize)> = st.captions.iter().map(|s| (s.start, s.end)).collect();
    expect(
        "captions",
        our_caps.len() == gold_caps.len()
            && our_caps
                .iter()
                .zip(&gold_caps)
                .all(|(a, b)| close(*a, *b, SLACK)),
        format!("{our_caps:?}"),
        format!("{gold_caps:?}"),
    );
    let gold_body = span(&g["body"]);
    let our_body = ours(st.body);
    expect(
        "body",
        match (our_body, gold_body) {
            (Some(a), Some(b)) => close(a, b, SLACK),
            (a, b) => a == b,
        },
        format!("{our_body:?}"),
        format!("{gold_body:?}"),
    );
    let gold_bp: Vec<(usize, usize)> = g["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(span)
        .collect();
    let our_bp: Vec<(usize, usize)> = st.boilerplate.iter().map(|s| (s.start, s.end)).collect();
    expect(
        "boilerplate",
        our_bp.len() == gold_bp.len()
            && our_bp
                .iter()
                .zip(&gold_bp)
                .all(|(a, b)| close(*a, *b, SLACK)),
        format!("{our_bp:?}"),
        format!("{gold_bp:?}"),
    );
    errs
}

#[test]
fn all_five_seeds_match_the_gold_structure() {
    let errs: Vec<String> = gold().iter().flat_map(check).collect();
    assert!(
        errs.is_empty(),
        "structure differs from gold:\n{}",
        errs.join("\n")
    );
}

#[test]
fn seed_004_sets_the_related_headlines_aside() {
    let (text, st, _) = structure_of("004_282e4fa9da86ad1e.txt");
    let chars: Vec<char> = text.chars().collect();
    let bp = st.boilerplate[0];
    let block: String = chars[bp.start..bp.end].iter().collect();
    assert!(block.starts_with("PIA to gain new heights"));
    assert!(block.ends_with("- 11 hours ago"));
    let body = st.body.unwrap();
    let body_text: String = chars[body.start..body.end].iter().collect();
    assert!(!body_text.contains("hours ago"));
}
