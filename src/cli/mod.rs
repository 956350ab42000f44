//! Subcommand dispatch. Each subcommand lives in its own file and returns an exit code.

mod analyze;

const USAGE: &str = "newslens — news-article analyzer

USAGE:
    newslens analyze [--format jsonl|json] FILE...   entities and structure as JSON (code point offsets)
    newslens help                                     this text
";

pub fn run(args: &[String]) -> i32 {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze::run(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
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
