//! Where a company's shares trade, as press releases and business wires write it: `Northwind
//! Therapeutics (Nasdaq: NWTX)`, `Toyota (TSE: 7203)`, `(NYSE: ABC; TSX: ABC)`. The exchange
//! is an organization; the code after its colon is no entity (the model read `7203` as a
//! CARDINAL and missed `Nasdaq` and `TSE`).

use crate::analysis::{Label, Span};
use crate::ner::shapes::Kind;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// Stock exchanges as listings name them.
const EXCHANGES: &[&str] = &[
    "NYSE", "Nasdaq", "NASDAQ", "TSE", "TSX", "TSXV", "LSE", "AIM", "ASX", "HKEX", "SEHK", "SGX",
    "BSE", "NSE", "JSE", "SIX", "OTC", "OTCQX", "OTCQB", "Euronext", "XETRA", "Xetra", "KRX",
    "KOSDAQ", "TWSE", "SZSE", "SSE", "NZX", "BMV", "TASE", "Tadawul", "IDX", "PSX", "DFM", "ADX",
];

/// The exchange of each listing inside brackets, an ORG. Meant as a
/// [`crate::ner::Merge::Cover`] stage after the model.
pub struct Listings;

/// Whether tokens `i`, `i + 1` are an exchange and its colon, inside a bracket opened before.
fn listing_at(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    // The colon first: asked of every capitalized token, it turns nearly all of them down
    // before the list is searched.
    i + 2 < n
        && doc.token_text(i + 1) == ":"
        && EXCHANGES.contains(&doc.token_text(i))
        && i > 0
        && matches!(doc.token_text(i - 1), "(" | ";" | ",")
        && (i.saturating_sub(6)..i).any(|k| doc.token_text(k) == "(")
}

impl Recognizer for Listings {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        shapes
            .each(Kind::Upper)
            .filter(|&i| i >= 1 && listing_at(doc, i))
            .map(|i| Mention {
                span: doc.tokens[i],
                label: Label::ORG,
            })
            .collect()
    }
}

/// Whether `m` is the code after a listing's exchange (`7203` in `(TSE: 7203)`, `NWTX`): no
/// entity, as OntoNotes has no tickers.
pub(super) fn is_listing_code(doc: &Doc, m: Mention) -> bool {
    let Some(before) = doc.text.get(..m.span.start) else {
        return false;
    };
    if !before.ends_with(": ") {
        return false;
    }
    let i = doc.tokens.partition_point(|t| t.start < m.span.start);
    i >= 2
        && doc.tokens.get(i).map(|t| t.start) == Some(m.span.start)
        && listing_at(doc, i - 2)
        && doc.text[m.span.end..].starts_with([')', ';', ','])
        && Span::new(doc.tokens[i].start, doc.tokens[i].end) == m.span
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{found_by, with_doc};

    #[test]
    fn an_exchange_in_a_listing_is_an_organization() {
        let got = found_by(
            &Listings,
            "Northwind (Nasdaq: NWTX) and Toyota (TSE: 7203) and Acme (NYSE: ABC; TSX: ABC) rose",
        );
        let names: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["Nasdaq", "TSE", "NYSE", "TSX"]);
        assert!(got.iter().all(|(_, l)| *l == Label::ORG));
        // An exchange named in a sentence is the model's to read.
        assert!(found_by(&Listings, "Shares fell on the NYSE: traders sold.").is_empty());
    }

    #[test]
    fn the_code_after_an_exchange_is_no_count() {
        let text = "Toyota (TSE: 7203) sold 7203 cars: 12 (more) and (Ratio: 5)";
        let at = |s: &str, nth: usize| {
            let (start, _) = text.match_indices(s).nth(nth).unwrap();
            Mention {
                span: Span::new(start, start + s.len()),
                label: Label::CARDINAL,
            }
        };
        with_doc(text, |doc| {
            assert!(is_listing_code(doc, at("7203", 0)));
            assert!(!is_listing_code(doc, at("7203", 1)));
            assert!(!is_listing_code(doc, at("5", 0)));
        });
    }
}
