//! `newslens analyze` on the shipped fixtures and seeds: the built binary, as a user runs it.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .output()
        .expect("the newslens binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn analyze_one(rel: &str) -> Value {
    let p = path(rel);
    let (code, stdout, stderr) = run(&["analyze", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{rel}: {stderr}");
    let line = stdout.lines().next().expect("one JSON line");
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{rel}: bad JSON {e}: {line}"))
}

/// The text a code point span covers.
fn cut(text: &str, span: &Value) -> String {
    let s = span["start"].as_u64().unwrap() as usize;
    let e = span["end"].as_u64().unwrap() as usize;
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn every_format_gives_the_same_structure() {
    for rel in [
        "tests/fixtures/bom_utf8.txt",
        "tests/fixtures/utf16le.txt",
        "tests/fixtures/utf16be.txt",
        "tests/fixtures/cp1252.txt",
        "tests/fixtures/article.md",
        "tests/fixtures/saved_page.html",
    ] {
        let r = analyze_one(rel);
        let st = &r["structure"];
        assert!(st["title"].is_object(), "{rel}: no title in {st}");
        assert!(st["dateline"].is_object(), "{rel}: no dateline in {st}");
        assert!(st["body"].is_object(), "{rel}: no body");
        assert!(r["stats"]["words"].as_u64().unwrap() > 50, "{rel}");
        assert_eq!(r["stats"]["language"], "en", "{rel}");
        assert_eq!(r["stats"]["is_english"], true, "{rel}");
        let title_len =
            st["title"]["end"].as_u64().unwrap() - st["title"]["start"].as_u64().unwrap();
        assert_eq!(
            title_len,
            "Dar, Wang agree to speed up corridor projects"
                .chars()
                .count() as u64,
            "{rel}"
        );
    }
    let html = analyze_one("tests/fixtures/saved_page.html");
    assert_eq!(html["structure"]["date"]["value"], "2025-05-22");
    let md = analyze_one("tests/fixtures/article.md");
    assert_eq!(md["structure"]["date"]["value"], "2025-05-22");
}

#[test]
fn seed_004_structure_in_code_points() {
    let rel = "seeds/004_282e4fa9da86ad1e.txt";
    let text = std::fs::read_to_string(path(rel)).expect("seed 004 in the repo");
    let r = analyze_one(rel);
    let st = &r["structure"];
    assert_eq!(cut(&text, &st["dateline"]), "Islamabad");
    assert_eq!(
        cut(&text, &st["title"]),
        "Pakistan, China vow to further strengthen their Strategic Cooperative Partnership"
    );
    let bp = &st["boilerplate"][0];
    assert!(cut(&text, bp).starts_with("PIA to gain new heights"));
    assert!(cut(&text, bp).ends_with("- 11 hours ago"));
    // Entities in the related-headlines block know where they are.
    let regions: Vec<&str> = r["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["region"].as_str().unwrap())
        .collect();
    assert!(regions.contains(&"boilerplate") && regions.contains(&"body"));
}

#[test]
fn unreadable_files_are_reported_and_skipped() {
    let png = path("tests/fixtures/image.png");
    let empty = path("tests/fixtures/empty.txt");
    let good = path("tests/fixtures/bom_utf8.txt");
    let (code, stdout, stderr) = run(&[
        "analyze",
        png.to_str().unwrap(),
        empty.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "a failed file makes the exit code 1");
    assert_eq!(stdout.lines().count(), 1, "the good file is still analyzed");
    assert!(stderr.contains("PNG image"), "{stderr}");
    assert!(stderr.contains("the file is empty"), "{stderr}");
}

#[test]
fn legacy_encoding_note_reaches_the_user() {
    let p = path("tests/fixtures/cp1252.txt");
    let (code, _, stderr) = run(&["analyze", p.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stderr.contains("Windows-1252"), "{stderr}");
}

#[test]
fn missing_files_are_named_and_the_rest_still_print() {
    let seed = path("seeds/000_fb2a3abce96487d8.txt");
    let (code, stdout, stderr) = run(&["analyze", "no/such/article.txt", seed.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("no/such/article.txt: cannot read: no such file"),
        "{stderr}"
    );
    assert_eq!(stdout.lines().count(), 1);
    let dir = path("seeds");
    let (code, _, stderr) = run(&["analyze", dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("is a directory"), "{stderr}");
}

#[test]
fn json_format_is_one_array_with_the_stable_record_shape() {
    let seeds: Vec<String> = ["000_fb2a3abce96487d8.txt", "002_5f20cf249296ff6c.txt"]
        .iter()
        .map(|n| path(&format!("seeds/{n}")).to_string_lossy().into_owned())
        .collect();
    let (code, stdout, stderr) = run(&["analyze", "--format", "json", &seeds[0], &seeds[1]]);
    assert_eq!(code, 0, "{stderr}");
    let records: Value = serde_json::from_str(&stdout).expect("one JSON array");
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 2);
    let first = &records[0];
    assert_eq!(first["doc"], "000_fb2a3abce96487d8.txt");
    let text = std::fs::read_to_string(&seeds[0]).unwrap();
    assert_eq!(
        first["text_len"].as_u64().unwrap() as usize,
        text.chars().count()
    );
    let chars: Vec<char> = text.chars().collect();
    for e in first["entities"].as_array().unwrap() {
        for key in ["start", "end", "label", "text"] {
            assert!(!e[key].is_null(), "entity lacks {key}: {e}");
        }
        let (s, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..end].iter().collect::<String>(),
            e["text"].as_str().unwrap()
        );
    }
}

/// A batch analyzed on several threads gives the records, and each file's messages, in the
/// order the files were named, exactly as one thread does; a bad file among them is still
/// reported in its place.
#[test]
fn threads_keep_the_order_of_the_files() {
    let mut files: Vec<String> = std::fs::read_dir(path("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files.insert(
        2,
        path("tests/fixtures/empty.txt")
            .to_string_lossy()
            .into_owned(),
    );
    files.push(
        path("tests/fixtures/cp1252.txt")
            .to_string_lossy()
            .into_owned(),
    );
    let batch: Vec<&str> = files
        .iter()
        .chain(files.iter())
        .map(String::as_str)
        .collect();
    let with = |jobs: &str| {
        let mut args = vec!["analyze", "--jobs", jobs];
        args.extend(&batch);
        run(&args)
    };
    let (code1, out1, err1) = with("1");
    let (code3, out3, err3) = with("3");
    assert_eq!((code1, code3), (1, 1), "the empty file fails the batch");
    assert_eq!(out1, out3);
    assert_eq!(err1, err3);
    let docs: Vec<String> = out3
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let named: Vec<String> = batch
        .iter()
        .filter(|p| !p.ends_with("empty.txt"))
        .map(|p| {
            Path::new(p)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(docs, named);
    let empty = err3.find("the file is empty").unwrap();
    let legacy = err3.find("Windows-1252").unwrap();
    assert!(empty < legacy, "messages in the files' order: {err3}");
    assert_eq!(run(&["analyze", "--jobs", "0", &files[0]]).0, 2);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["analyze"]).0, 2);
    assert_eq!(run(&["analyze", "--format", "xml", "x.txt"]).0, 2);
    let (code, _, stderr) = run(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown command"));
    // Training commands check their arguments before reading any corpus.
    let (code, _, stderr) = run(&["train-relabel", "--folds"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--folds needs a value"), "{stderr}");
    let (code, _, stderr) = run(&["train-relabel", "--model", "no/such.nlm"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no/such.nlm"), "{stderr}");
}

/// `eval-conll` scores the shipped model with its relabeler by default and the tagger alone with
/// `--relabel none`, on a small OntoNotes-style file; a relabeler file that is not one is refused.
#[test]
fn eval_conll_with_and_without_the_relabeler() {
    let dir = std::env::temp_dir().join(format!("newslens-relabel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tiny.conll");
    let rows = "-DOCSTART-\tx\tO\n\nIshaq\tNNP\tB-PERSON\nDar\tNNP\tI-PERSON\nvisited\tVBD\tO\nBeijing\tNNP\tB-GPE\non\tIN\tO\nMonday\tNNP\tB-DATE\n.\t.\tO\n\n";
    std::fs::write(&file, rows).unwrap();
    let f = file.to_str().unwrap();
    for extra in [&[][..], &["--relabel", "none"][..]] {
        let mut args = vec!["eval-conll", f];
        args.extend_from_slice(extra);
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.contains("gold entities"), "{stdout}");
        let last = stdout.lines().last().unwrap();
        let f1: f64 = last.strip_prefix("F1 ").unwrap().parse().unwrap();
        assert!(f1 > 0.6, "{last}");
    }
    let (code, _, stderr) = run(&["eval-conll", f, "--relabel", f]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a newslens relabeler file"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    // Enough records to overflow a pipe's buffer, so that the program is still writing when
    // the reader goes away (`newslens analyze *.txt | head -1`).
    let seed = path("seeds/000_fb2a3abce96487d8.txt");
    let args: Vec<&str> = std::iter::once("analyze")
        .chain(std::iter::repeat_n(seed.to_str().unwrap(), 400))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newslens binary runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"doc\""), "{first}");
    // The reader is dropped here: the pipe is closed with most of the output unread.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
