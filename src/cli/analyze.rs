//! `newslens analyze`: one JSON record per file. A file that cannot be read is reported on
//! stderr and skipped, so one bad file in a batch loses nothing else; the exit code says so.

use std::path::Path;

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
            s if s.starts_with("--") => {
                eprintln!("newslens analyze: unknown option {s}");
                return 2;
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("newslens analyze: no input files\nusage: newslens analyze [--format jsonl|json] FILE...");
        return 2;
    }
    let mut failed = 0;
    let mut records = Vec::new();
    for path in &files {
        let name = Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.clone());
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("newslens: {path}: cannot read: {}", describe_io(&e));
                failed += 1;
                continue;
            }
        };
        let loaded = match decode::load(&bytes, &name) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("newslens: {path}: {e}");
                failed += 1;
                continue;
            }
        };
        for note in &loaded.notes {
            eprintln!("newslens: {path}: {note}");
        }
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
        match format {
            Format::Jsonl => outln!("{json}"),
            Format::Json => records.push(json),
        }
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

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}
