//! Lines to blocks: the text's paragraphs before anything is known about them. One block is one
//! non-blank line, except that hard-wrapped lines (e-mail style, or a line broken mid-sentence)
//! are joined back into the paragraph they belong to.

use crate::analysis::Span;

/// One paragraph-like unit of the text: its trimmed byte span and the number of blank lines
/// before it (the "gap", a layout signal: a standfirst is often set apart by more space).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub gap_before: usize,
}

/// A non-blank line: trimmed byte span and blank lines before it.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    gap_before: usize,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut gap = 0;
    for raw in crate::tokenize::lines_inclusive(text) {
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let content = raw.trim_matches(is_space);
        if content.is_empty() {
            gap += 1;
        } else {
            let s = pos + lead;
            out.push(Line {
                span: Span::new(s, s + content.len()),
                gap_before: gap,
            });
            gap = 0;
        }
        pos += raw.len();
    }
    out
}

fn ends_sentence_or_label(line: &str) -> bool {
    let last = line.trim_end().chars().next_back();
    matches!(
        last,
        Some('.' | '!' | '?' | ':' | '"' | '”' | '’' | '\'' | ')' | ']' | '…' | ';')
    )
}

fn strip_quotes(s: &str) -> &str {
    s.trim_end_matches(['"', '”', '’', '\'', ')'])
}

fn starts_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// `by Gabriel Dominguez` on the line under a headline (The Japan Times): a byline in lower
/// case, not the headline going on. The whole line is `by` and two to four capitalized words.
fn lower_case_byline(line: &str) -> bool {
    line.strip_prefix("by ").is_some_and(|name| {
        let words = name.split_whitespace();
        (2..=4).contains(&words.clone().count())
            && words.clone().all(|w| w.starts_with(char::is_uppercase))
            && !name.trim_end().ends_with(['.', ',', ';'])
    })
}

/// Splits `text` into blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let ls = lines(text);
    if ls.is_empty() {
        return Vec::new();
    }
    let lens: Vec<usize> = ls
        .iter()
        .map(|l| text[l.span.start..l.span.end].chars().count())
        .collect();
    // Hard-wrapped text: many lines, none very long, most of them near one width.
    let mut sorted = lens.clone();
    sorted.sort_unstable();
    let p90 = sorted[(sorted.len() * 9 / 10).min(sorted.len() - 1)];
    let near_width = lens.iter().filter(|&&n| n * 10 >= p90 * 7).count();
    // Wrapped text keeps blank lines between its paragraphs.
    let has_gaps = ls.iter().skip(1).any(|l| l.gap_before > 0);
    let hard_wrapped =
        has_gaps && ls.len() >= 6 && (40..=100).contains(&p90) && near_width * 2 >= ls.len();

    let mut out: Vec<Block> = Vec::new();
    for (i, l) in ls.iter().enumerate() {
        let line = &text[l.span.start..l.span.end];
        let join = i > 0 && l.gap_before == 0 && {
            let prev = &ls[i - 1];
            let prev_text = &text[prev.span.start..prev.span.end];
            let prev_len = lens[i - 1];
            if hard_wrapped {
                // A full line goes on in the next one, unless a sentence plainly ends there.
                let sentence_ends = matches!(
                    strip_quotes(prev_text).chars().next_back(),
                    Some('.' | '!' | '?')
                ) && line.starts_with(char::is_uppercase);
                prev_len * 10 >= p90 * 7 && !prev_text.ends_with(':') && !sentence_ends
            } else {
                prev_len >= 30
                    && !ends_sentence_or_label(prev_text)
                    && starts_lower(line)
                    && !lower_case_byline(line)
            }
        };
        if join {
            out.last_mut().unwrap().span.end = l.span.end;
        } else {
            out.push(Block {
                span: l.span,
                gap_before: l.gap_before,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        blocks(t)
            .iter()
            .map(|b| &t[b.span.start..b.span.end])
            .collect()
    }

    #[test]
    fn one_block_per_line_and_gaps() {
        let t = "Title\nFirst para.\n\n\nSecond para.\r\n";
        assert_eq!(texts(t), ["Title", "First para.", "Second para."]);
        assert_eq!(blocks(t)[2].gap_before, 2);
    }

    #[test]
    fn joins_a_line_broken_mid_sentence() {
        let t =
            "The minister met the delegation of the visiting\nbusiness leaders on Friday.\nNext.";
        assert_eq!(
            texts(t),
            [
                "The minister met the delegation of the visiting\nbusiness leaders on Friday.",
                "Next."
            ]
        );
    }

    #[test]
    fn joins_hard_wrapped_paragraphs() {
        let t = "The talks in Beijing lasted three days and covered trade and\n\
                 security, officials said on Friday after the meetings ended in\n\
                 the capital.\n\n\
                 Both sides agreed to meet again next year in Islamabad, the\n\
                 foreign ministry said in a statement released late on Friday\n\
                 night to reporters.\n";
        assert_eq!(texts(t).len(), 2);
    }

    #[test]
    fn one_sentence_lines_are_not_taken_for_wrapped_text() {
        let t = "Gold prices set a new record in Pakistan and the world markets today.\n\
                 Oil prices gain 1.5pc on increasing concerns of an attack on Iran.\n\
                 Bangladesh-Pakistan flights resume after a break of fourteen years.\n\
                 Plane crash in Colombia kills fifteen people, including a politician.\n\
                 Pakistan becomes the latest country to introduce checks for a virus.\n\
                 The cricket team thrash Australia by 22 runs in the T20I series opener.\n";
        assert_eq!(texts(t).len(), 6);
    }

    #[test]
    fn a_byline_in_lower_case_is_no_wrapped_headline() {
        let t = "Takaichi vows to boost defense outlays as budget talks begin\nby Gabriel Dominguez\nStaff writer";
        assert_eq!(
            texts(t),
            [
                "Takaichi vows to boost defense outlays as budget talks begin",
                "by Gabriel Dominguez",
                "Staff writer"
            ]
        );
        // A sentence broken before `by` still goes on.
        let t = "The measure was approved on Tuesday after a long debate\nby the lower house of parliament";
        assert_eq!(texts(t).len(), 1);
    }

    #[test]
    fn odd_inputs() {
        for t in ["", "\n\n", ":", "\r\n\r\n", "😀", "王毅\n", " \u{feff} "] {
            let _ = blocks(t);
        }
        assert!(blocks("\n \n").is_empty());
    }
}
