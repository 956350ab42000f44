//! Sentence boundaries over tokens. A sentence never crosses a paragraph.

use crate::analysis::Span;

/// Words that open sentences and rarely follow an abbreviation inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "Meanwhile",
    "However",
    "Officials",
    "Earlier",
    "Later",
    "According",
    "After",
    "Before",
    "While",
    "When",
    "If",
    "As",
    "Both",
    "Nevertheless",
    "Nonetheless",
    "Still",
    "Yet",
    "So",
    "Also",
    "Instead",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Although",
    "Though",
    "Because",
    "Since",
    "For",
    "With",
    "What",
    "Why",
    "How",
    "Who",
    "Some",
    "Many",
    "Most",
    "Our",
    "You",
    "My",
    "Separately",
    "Moreover",
    "Furthermore",
    "Thus",
    "Analysts",
];

/// Titles whose period never ends a sentence (`Dr. Alvi`, `No. 10`).
const TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
    "rev", "hon", "no", "nos", "st", "mt", "fig", "vol", "pp", "pres", "jr", "sr", "sens", "reps",
    "gens", "govs", "adm", "cmdr", "supt", "det",
];

/// `U.S.` or `etc.` at the end of a sentence: the tokenizer keeps the period on the word, so the
/// sentence ends there only when the next word plainly starts a new one.
fn abbreviation_ends_sentence(tok: &str, next: Option<&str>) -> bool {
    let Some(stem) = tok.strip_suffix('.') else {
        return false;
    };
    if stem.chars().count() < 2 || !stem.chars().any(char::is_alphabetic) {
        return false;
    }
    if TITLES.contains(&stem.to_lowercase().as_str()) {
        return false;
    }
    next.is_some_and(|n| SENTENCE_STARTERS.contains(&n))
}

/// `posted on X.` before a capitalized word: the social network, not an initial (`George W.
/// Bush`), so the sentence ends (`on [X. Founder]PERSON Jeff Bezos` was the error).
fn platform_x_ends_sentence<'a>(
    w: &str,
    i: usize,
    tok: &impl Fn(usize) -> &'a str,
    n: usize,
) -> bool {
    w == "X."
        && i > 0
        && i + 1 < n
        && tok(i - 1) == "on"
        && tok(i + 1).starts_with(|c: char| c.is_uppercase())
}

/// Returns sentences as ranges of token indices.
pub fn split(text: &str, tokens: &[Span], paragraphs: &[Span]) -> Vec<std::ops::Range<usize>> {
    let tok = |i: usize| &text[tokens[i].start..tokens[i].end];
    let bytes = text.as_bytes();
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
        // The token is read as bytes (`w.ends_with('.')` and the marks below are tests of its
        // bytes), and sliced as a `str`, with the next token, only after a token that ends in
        // a period, where an abbreviation may end the sentence. Only a token ending in `.`,
        // `!`, `?` or `…` (its last byte A6) can end one: the others are passed over on their
        // last byte, unsliced.
        let end = tokens[i].end;
        let last = if end > tokens[i].start {
            bytes.get(end - 1).copied()
        } else {
            None
        };
        if !matches!(last, Some(b'.' | b'!' | b'?' | 0xA6)) {
            i += 1;
            continue;
        }
        let w = &bytes[tokens[i].start..end];
        if w.last() == Some(&b'.')
            && (abbreviation_ends_sentence(tok(i), tokens.get(i + 1).map(|_| tok(i + 1)))
                || platform_x_ends_sentence(tok(i), i, &tok, tokens.len()))
        {
            out.push(start..i + 1);
            start = i + 1;
            i += 1;
            continue;
        }
        // `…` is the bytes E2 80 A6.
        if matches!(w, b"." | b"!" | b"?" | b"..." | b"\xE2\x80\xA6") {
            // Closing quotes and brackets stay with the sentence they close.
            let mut j = i + 1;
            // Only marks glued to the period: after a space a quote opens the next sentence.
            while j < tokens.len()
                && tokens[j].start == tokens[j - 1].end
                && matches!(tok(j), "”" | "’" | "\"" | "'" | ")" | "]")
            {
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

#[cfg(test)]
mod tests {
    use super::split;
    use crate::tokenize::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let paras = crate::parse::paragraphs(text);
        split(text, &tokens, &paras)
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn the_platform_x_ends_a_sentence_an_initial_does_not() {
        assert_eq!(
            sentences("Limp posted on X. Founder Jeff Bezos called it historic."),
            [
                "Limp posted on X.",
                "Founder Jeff Bezos called it historic."
            ]
        );
        assert_eq!(
            sentences("Malcolm X. Little spoke. He left."),
            ["Malcolm X. Little spoke.", "He left."]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        let t = "Dr. Arif Alvi met U.S. officials at No. 10 Downing St. on Friday. \
                 Oil rose 1.5 percent, J. R. Smith said. It was 3.14 p.m. in London.";
        assert_eq!(
            sentences(t),
            [
                "Dr. Arif Alvi met U.S. officials at No. 10 Downing St. on Friday.",
                "Oil rose 1.5 percent, J. R. Smith said.",
                "It was 3.14 p.m. in London."
            ]
        );
    }

    #[test]
    fn quotes_close_with_their_sentence() {
        let t = "He called it “ironclad.” Wang agreed. “Will it last?” she asked.";
        assert_eq!(
            sentences(t),
            [
                "He called it “ironclad.”",
                "Wang agreed.",
                "“Will it last?” she asked."
            ]
        );
    }

    #[test]
    fn an_opening_quote_starts_the_next_sentence() {
        let t =
            "He said the U.S. had played a role.\n\n\"It's calm now,\" said Ali. \"Good.\" Next.";
        assert_eq!(
            sentences(t),
            [
                "He said the U.S. had played a role.",
                "\"It's calm now,\" said Ali.",
                "\"Good.\"",
                "Next."
            ]
        );
    }

    #[test]
    fn an_abbreviation_can_end_a_sentence() {
        let t = "The delegation flew to the U.S. The talks begin on Monday.";
        assert_eq!(
            sentences(t),
            [
                "The delegation flew to the U.S.",
                "The talks begin on Monday."
            ]
        );
        let t = "He works at Lambert Inc. Nevertheless, Acme Inc. CEO Jo Li stays.";
        assert_eq!(
            sentences(t),
            [
                "He works at Lambert Inc.",
                "Nevertheless, Acme Inc. CEO Jo Li stays."
            ]
        );
    }

    #[test]
    fn paragraphs_bound_sentences() {
        let t = "A headline without a period\nThe first sentence. The second.\r\nThird one";
        assert_eq!(
            sentences(t),
            [
                "A headline without a period",
                "The first sentence.",
                "The second.",
                "Third one"
            ]
        );
    }
}
