//! Errors a person can act on. Messages name the file's problem in plain words because the page
//! and the CLI show them as they are.

use thiserror::Error;

/// Why an input cannot be analyzed.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum InputError {
    #[error("the file is empty")]
    Empty,
    #[error("the file contains only white space")]
    Blank,
    #[error("this looks like a binary file ({kind}), not text; newslens reads .txt, .md and .html articles")]
    Binary { kind: &'static str },
    #[error("this is {kind}, which newslens cannot read; save the article as plain text (.txt), Markdown (.md) or a web page (.html)")]
    Unsupported { kind: &'static str },
    #[error("the web page has no readable article text (only menus, scripts or links were found)")]
    NoArticleText,
    #[error("the file is {size_mb:.1} MB; newslens accepts up to {limit_mb} MB per article")]
    TooLarge { size_mb: f64, limit_mb: usize },
}
