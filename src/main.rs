//! The `newslens` command line: batch analysis, and the project's own training, evaluation and
//! benchmarks, all on the same core as the page.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(newslens_cli::run(&args));
}

#[path = "cli/mod.rs"]
mod newslens_cli;
