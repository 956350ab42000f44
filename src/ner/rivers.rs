//! Rivers named together before a plural `rivers` (`the Jhelum and Chenab rivers`, `the
//! Brahmaputra and Sutlej rivers`, `the Ravi, Beas and Sutlej rivers`) are each a LOC, as a
//! name right before a singular `river` is (rs20, in `bylines`: `the [Euphrates]LOC river
//! valley` in OntoNotes). The model read rs21's pairs as `[Jhelum]GPE and [Chenab]GPE` and
//! `[Brahmaputra]GPE and [Sutlej]NORP`; a people the lists know stays (`the Indian and
//! Pakistani rivers`).

use crate::analysis::Label;
use crate::ner::{gazetteer::Gazetteer, whole_tokens, Doc, Mention};

/// Makes each name of a list that ends right before a lower-case `rivers` a LOC, where the
/// model read it as a place, an organization or a person.
pub(super) fn rivers_named_together(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    // A people's name the lists know is an adjective there (`the Indian and Pakistani
    // rivers`); another NORP is the model's guess (`[Sutlej]NORP`).
    let named = |m: &Mention| {
        matches!(
            m.label,
            Label::GPE | Label::ORG | Label::PERSON | Label::LOC
        ) || (m.label == Label::NORP
            && whole_tokens(doc, m.span).is_some_and(|r| {
                Gazetteer::shared().listed_exactly(doc, r.start, r.end) != Some(Label::NORP)
            }))
    };
    for k in 0..found.len() {
        let m = found[k];
        // ` rivers` right after the last name, from the bytes.
        let rivers_after = bytes
            .get(m.span.end..)
            .is_some_and(|r| r.starts_with(b" rivers"));
        if !rivers_after || !named(&m) {
            continue;
        }
        let after = bytes.get(m.span.end + 7).copied().unwrap_or(b' ');
        if after.is_ascii_alphanumeric() {
            continue;
        }
        // The names before it, each joined to the next by `and`, `,` or `, and`.
        let mut first = k;
        while first > 0 {
            let (a, b) = (found[first - 1], found[first]);
            let gap = doc.text.get(a.span.end..b.span.start).unwrap_or("x");
            if !named(&a) || !matches!(gap, " and " | ", " | ", and ") {
                break;
            }
            first -= 1;
        }
        // A list of two names at least: `the Indus river` is `bylines`' reading.
        if first < k {
            for f in &mut found[first..=k] {
                f.label = Label::LOC;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn rivers_named_together_are_places() {
        use Label::{GPE, LOC, NORP, ORG};
        assert_eq!(
            passed(
                "Indian and Pakistani rivers",
                &[("Indian", NORP), ("Pakistani", NORP)],
                rivers_named_together
            ),
            owned(&[("Indian", NORP), ("Pakistani", NORP)])
        );
        assert_eq!(
            passed(
                "in Kashmir, on the Ravi, Beas and Sutlej rivers; in Punjab and Sindh riverside",
                &[
                    ("Kashmir", GPE),
                    ("Ravi", ORG),
                    ("Beas", GPE),
                    ("Sutlej", NORP),
                    ("Punjab", GPE),
                    ("Sindh", GPE)
                ],
                rivers_named_together
            ),
            owned(&[
                ("Kashmir", GPE),
                ("Ravi", LOC),
                ("Beas", LOC),
                ("Sutlej", LOC),
                ("Punjab", GPE),
                ("Sindh", GPE)
            ])
        );
    }
}
