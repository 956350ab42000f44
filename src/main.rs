//! The `newslens` command line: batch analysis, and the project's own training, evaluation and
//! benchmarks, all on the same core as the page. It is a native program; under wasm (where cargo
//! still builds binaries for `cargo test --target wasm32-unknown-unknown`) it only says so.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(newslens_cli::run(&args));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    eprintln!(
        "the newslens CLI is a native program; the wasm build is used through its JS bindings"
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "cli/mod.rs"]
mod newslens_cli;
