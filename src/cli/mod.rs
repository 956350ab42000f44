//! Subcommand dispatch. Each subcommand lives in its own file and returns an exit code.

use std::io::Write;

/// Writes to stdout. A reader that stops reading (`newslens analyze *.txt | head`) closes the
/// pipe; Rust ignores SIGPIPE, so `println!` would panic there. The output nobody reads is
/// dropped and the program ends quietly, as a Unix filter does.
fn write_out(args: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("newslens: cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// `print!` that ends quietly on a closed pipe (see `write_out`).
macro_rules! out {
    ($($t:tt)*) => { $crate::newslens_cli::write_out(format_args!($($t)*)) };
}

/// `println!` that ends quietly on a closed pipe (see `write_out`).
macro_rules! outln {
    ($($t:tt)*) => { $crate::newslens_cli::write_out(format_args!("{}\n", format_args!($($t)*))) };
}

mod analyze;
mod bench;
mod eval;
mod train;

const USAGE: &str = "newslens — news-article analyzer

USAGE:
    newslens analyze [--format jsonl|json] [--jobs N] FILE...   entities and structure as JSON (code point offsets), N threads (default: one per core)
    newslens train --corpus ontonotes|conll [--out FILE] [--epochs N] [--seed N] ...   train the entity model
    newslens prune MODEL --dev FILE [--out FILE] [--min-abs N] [--min-max N] [--grid]   shrink a model
    newslens train-relabel [--model FILE] [--folds N] [--out FILE] ...   train the span relabeler for a model
    newslens common-words [--top N] [--out FILE]        most frequent training words (model/common-words.txt)
    newslens eval GOLD.jsonl TEXT_DIR [--model FILE] [--stages standard|model|rules] [-v]   full pipeline on raw text, per-label P/R/F1
    newslens eval-conll FILE [--model FILE] [--format ontonotes|conll]   model on gold tokens
    newslens bench [DIR] [--mb N]                     words/s of analyze on DIR/*.txt (default seeds)
    newslens help                                     this text
";

pub fn run(args: &[String]) -> i32 {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze::run(&args[1..]),
        Some("train") => train::run(&args[1..]),
        Some("prune") => train::run_prune(&args[1..]),
        Some("train-relabel") => train::run_relabel(&args[1..]),
        Some("common-words") => train::run_common_words(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("eval-conll") => eval::run_conll(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            out!("{USAGE}");
            if args.is_empty() {
                2
            } else {
                0
            }
        }
        Some(other) => {
            eprintln!("newslens: unknown command '{other}'\n\n{USAGE}");
            2
        }
    }
}
