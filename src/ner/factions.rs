//! Party names written as an acronym with the faction's letter in brackets, glued to it:
//! `JD(U)`, `JD(S)`, `CPI(M)`, `PML(N)`, as the Indian and Pakistani press writes them. The
//! tokenizer splits the brackets off (as the training data does), and the model, which never
//! saw the form, tagged half of it (`[JD(U]PRODUCT)`) or nothing. Read in
//! [`crate::pipeline`] on the text as written, after the recognizers, whose mentions they
//! replace.

use crate::analysis::Span;

/// Every glued `ACRONYM(X)` of `text`: two to six capitals, then one or two capitals in
/// brackets, with no letter or digit on either side.
pub fn glued_factions(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let upper = |c: u8| c.is_ascii_uppercase();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    // The brackets eight bytes at a time (a byte test of every byte of the text was 0.4 % of
    // the bench; `match_indices` called `memchr`, four bytes a word in wasm).
    let mut from = 0;
    while let Some(open) = crate::tokenize::find_byte(b, from, b'(') {
        from = open + 1;
        let head = b[..open].iter().rev().take_while(|&&c| upper(c)).count();
        let start = open - head;
        if !(2..=6).contains(&head) || (start > 0 && word_byte(b[start - 1])) {
            continue;
        }
        let inner = b[open + 1..].iter().take_while(|&&c| upper(c)).count();
        let close = open + 1 + inner;
        if !(1..=2).contains(&inner)
            || b.get(close) != Some(&b')')
            || b.get(close + 1).is_some_and(|&c| word_byte(c))
        {
            continue;
        }
        out.push(Span::new(start, close + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        glued_factions(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn party_factions() {
        assert_eq!(
            found("The JD(U) and CPI(M) won; PML(N)'s leader spoke."),
            ["JD(U)", "CPI(M)", "PML(N)"]
        );
    }

    #[test]
    fn brackets_that_name_no_faction() {
        // A space before the bracket, a word in it, a lower-case or glued head, digits.
        for t in [
            "The JD (U) won",
            "the GDP(PPP) rose",
            "a function f(x) of",
            "The xJD(U) won",
            "COVID(19) cases",
            "JD(U)x",
            "(A)",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
