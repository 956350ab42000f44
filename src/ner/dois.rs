//! Digital Object Identifiers (`DOI: 10.1038/s41586-026-09981-2`), which science stories print
//! under the text to cite the paper. A DOI names no entity, but its figures read as four
//! CARDINALs (`[10.1038]`, `[026]`, `[09981]`, `[2]`). Read in [`crate::pipeline`] on the text
//! as written: every mention inside one is dropped.

use crate::analysis::Span;

/// Every DOI of `text`: `10.`, a registrant code of four to nine digits, a slash, and the
/// suffix up to the next space (without a final stop or bracket).
pub fn dois(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Every text is scanned, and slashes are rare: find each `/`, then look back for `10.`
    // and the registrant's digits.
    let mut from = 0;
    while let Some(slash) = crate::tokenize::find_byte(b, from, b'/') {
        from = slash + 1;
        let digits = b[..slash]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(4..=9).contains(&digits) || slash < digits + 3 {
            continue;
        }
        let start = slash - digits - 3;
        if &b[start..start + 3] != b"10." || (start > 0 && b[start - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let end = slash
            + text[slash..]
                .find(char::is_whitespace)
                .unwrap_or(text.len() - slash);
        let end = start
            + text[start..end]
                .trim_end_matches(['.', ',', ')', ';'])
                .len();
        if end > slash + 1 {
            out.push(Span::new(start, end));
            from = end.max(from);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        dois(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn dois_in_citations() {
        assert_eq!(
            found("DOI: 10.1038/s41586-026-09981-2"),
            ["10.1038/s41586-026-09981-2"]
        );
        assert_eq!(
            found("(https://doi.org/10.1126/science.adk1234)."),
            ["10.1126/science.adk1234"]
        );
        // A figure that is no DOI: too few digits, no slash, inside a longer number.
        for t in [
            "up 10.5/hour",
            "10.1038 cases",
            "a 110.1038/2 ratio",
            "10.",
            "10.1234/",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
    }
}
