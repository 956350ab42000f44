//! Article structure: which lines are title, dateline, captions, body and boilerplate, and the
//! paragraphs and sentences of the text.

pub mod sentences;

use crate::analysis::{Span, Stats, Structure};

/// The layout of one article, in byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub structure: Structure,
    pub paragraphs: Vec<Span>,
}

/// Finds the structure of `text`.
pub fn parse(text: &str) -> Article {
    let paragraphs = paragraphs(text);
    let body = match (paragraphs.first(), paragraphs.last()) {
        (Some(f), Some(l)) => Some(Span::new(f.start, l.end)),
        _ => None,
    };
    Article {
        structure: Structure {
            body,
            ..Structure::default()
        },
        paragraphs,
    }
}

/// Non-blank lines; news text puts one paragraph per line.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let s = pos + trimmed_start;
            out.push(Span::new(s, s + content.len()));
        }
        pos += line.len();
    }
    out
}

/// Reader-facing numbers over the body.
pub fn stats(
    text: &str,
    article: &Article,
    tokens: &[Span],
    sentences: &[std::ops::Range<usize>],
) -> Stats {
    let words = tokens
        .iter()
        .filter(|t| text[t.start..t.end].chars().any(char::is_alphanumeric))
        .count();
    Stats {
        words,
        sentences: sentences.len(),
        paragraphs: article.paragraphs.len(),
        reading_minutes: words.div_ceil(230),
        language: "en".into(),
        is_english: true,
    }
}
