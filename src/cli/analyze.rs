//! `newslens analyze`: one JSON record per file. A file that cannot be read is reported on
//! stderr and skipped, so one bad file in a batch loses nothing else; the exit code says so.
//!
//! Files are analyzed on as many threads as the machine has cores (`--jobs N` to choose):
//! a batch of thousands of articles is the CLI's job. The records still come out in the
//! order the files were named, each file's messages just before its record, so the output
//! is the same whatever the number of threads.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use newslens::export::DocumentRecord;
use newslens::pipeline::analyze_loaded;
use newslens::{decode, Options};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Jsonl,
    Json,
}

pub fn run(args: &[String]) -> i32 {
    let mut format = Format::Jsonl;
    let mut jobs = None;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some("jsonl") => format = Format::Jsonl,
                Some("json") => format = Format::Json,
                other => {
                    eprintln!(
                        "newslens analyze: --format takes jsonl or json, not {}",
                        other.unwrap_or("nothing")
                    );
                    return 2;
                }
            },
            "--jobs" | "-j" => match it.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = Some(n),
                _ => {
                    eprintln!("newslens analyze: --jobs takes a number of threads, 1 or more");
                    return 2;
                }
            },
            s if s.starts_with("--") => {
                eprintln!("newslens analyze: unknown option {s}");
                return 2;
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("newslens analyze: no input files\nusage: newslens analyze [--format jsonl|json] [--jobs N] FILE...");
        return 2;
    }
    let jobs = jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(files.len());
    let mut failed = 0;
    let mut records = Vec::new();
    let mut emit = |outcome: Outcome| {
        for message in &outcome.messages {
            eprintln!("{message}");
        }
        match outcome.json {
            Some(json) if format == Format::Jsonl => outln!("{json}"),
            Some(json) => records.push(json),
            None => failed += 1,
        }
    };
    if jobs <= 1 {
        for file in &files {
            emit(analyze_file(file));
        }
    } else {
        in_parallel(&files, jobs, &mut emit);
    }
    if format == Format::Json {
        outln!("[{}]", records.join(",\n"));
    }
    if failed > 0 {
        1
    } else {
        0
    }
}

/// What one file gives: its messages for stderr, and its record unless it could not be read.
struct Outcome {
    messages: Vec<String>,
    json: Option<String>,
}

/// Analyzes `files` on `jobs` threads, each taking the next file not yet taken, and hands
/// the outcomes to `emit` in the files' order as soon as each one's turn comes.
fn in_parallel(files: &[String], jobs: usize, emit: &mut impl FnMut(Outcome)) {
    let next = AtomicUsize::new(0);
    let (send, done) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(k) else { break };
                if send.send((k, analyze_file(file))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut turn = 0;
        for (k, outcome) in done {
            waiting.insert(k, outcome);
            while let Some(outcome) = waiting.remove(&turn) {
                emit(outcome);
                turn += 1;
            }
        }
    });
}

fn analyze_file(path: &str) -> Outcome {
    let mut messages = Vec::new();
    let name = Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            messages.push(format!(
                "newslens: {path}: cannot read: {}",
                describe_io(&e)
            ));
            return Outcome {
                messages,
                json: None,
            };
        }
    };
    let loaded = match decode::load(&bytes, &name) {
        Ok(l) => l,
        Err(e) => {
            messages.push(format!("newslens: {path}: {e}"));
            return Outcome {
                messages,
                json: None,
            };
        }
    };
    messages.extend(
        loaded
            .notes
            .iter()
            .map(|note| format!("newslens: {path}: {note}")),
    );
    let analysis = analyze_loaded(
        &loaded,
        &Options {
            tokens: false,
            ..Options::default()
        },
    );
    let json = DocumentRecord::new(&name, &analysis)
        .with_source(loaded.format, &loaded.text)
        .to_json();
    Outcome {
        messages,
        json: Some(json),
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}
