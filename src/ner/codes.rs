//! Reuters instrument codes in brackets after a company (`Unilever (ULVR.L)`, `Kraft Heinz
//! (KHC.O)`, `Toyota (7203.T)`) name nothing, as OntoNotes has no tickers (see
//! [`super::listings::is_listing_code`]); the model had tagged rs21's `([KHC.O]ORG)` and left
//! `(ULVR.L)` alone in the next line.

use crate::ner::{Doc, Mention};

/// Drops each mention that is all of a bracketed instrument code.
pub(super) fn without_instrument_codes(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    found.retain(|m| {
        let (s, e) = (m.span.start, m.span.end);
        // The brackets first: few mentions stand alone in them.
        !(s > 0
            && e < bytes.len()
            && bytes[s - 1] == b'('
            && bytes[e] == b')'
            && is_instrument_code(&bytes[s..e]))
    });
    found
}

/// Whether `t` is an instrument code: one to six capitals or digits, a point, and one or two
/// capitals (`KHC.O`, `ULVR.L`, `0700.HK`, `7203.T`).
fn is_instrument_code(t: &[u8]) -> bool {
    let Some(p) = t.iter().position(|&b| b == b'.') else {
        return false;
    };
    let (code, venue) = (&t[..p], &t[p + 1..]);
    (1..=6).contains(&code.len())
        && code
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && (1..=2).contains(&venue.len())
        && venue.iter().all(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Label;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn instrument_codes_name_nothing() {
        use Label::{GPE, ORG};
        assert_eq!(
            passed(
                "Kraft Heinz (KHC.O) and Tencent (0700.HK) rose in the (U.S.) and (WHO.)",
                &[
                    ("Kraft Heinz", ORG),
                    ("KHC.O", ORG),
                    ("0700.HK", ORG),
                    ("U.S.", GPE),
                    ("WHO.", ORG)
                ],
                without_instrument_codes
            ),
            owned(&[("Kraft Heinz", ORG), ("U.S.", GPE), ("WHO.", ORG)])
        );
    }
}
