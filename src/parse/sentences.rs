//! Sentence boundaries over tokens. A sentence never crosses a paragraph.

use crate::analysis::Span;

/// Returns sentences as ranges of token indices.
pub fn split(text: &str, tokens: &[Span], paragraphs: &[Span]) -> Vec<std::ops::Range<usize>> {
    let tok = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut para = 0;
    let mut i = 0;
    while i < tokens.len() {
        while para + 1 < paragraphs.len() && paragraphs[para].end <= tokens[i].start {
            para += 1;
        }
        if i > start
            && paragraphs
                .get(para)
                .is_some_and(|p| tokens[i - 1].end <= p.start && tokens[i].start >= p.start)
        {
            out.push(start..i);
            start = i;
        }
        if matches!(tok(i), "." | "!" | "?" | "..." | "…") {
            // Closing quotes and brackets stay with the sentence they close.
            let mut j = i + 1;
            while j < tokens.len() && matches!(tok(j), "”" | "’" | "\"" | "'" | ")" | "]") {
                j += 1;
            }
            let next_starts_sentence = j == tokens.len() || !tok(j).starts_with(char::is_lowercase);
            if next_starts_sentence {
                out.push(start..j);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}
