//! Rivers named together before a plural `rivers` (`the Jhelum and Chenab rivers`, `the
//! Brahmaputra and Sutlej rivers`, `the Ravi, Beas and Sutlej rivers`) are each a LOC, as a
//! name right before a singular `river` is (rs20, in `bylines`: `the [Euphrates]LOC river
//! valley` in OntoNotes). The model read rs21's pairs as `[Jhelum]GPE and [Chenab]GPE` and
//! `[Brahmaputra]GPE and [Sutlej]NORP`; a people the lists know stays (`the Indian and
//! Pakistani rivers`).
//!
//! So, too, the names before a lower-case `district` or `districts` and `valley` (rs22: a
//! flood report's `[Kullu]PERSON and [Chamba]GPE districts`, `the [Seraj]NORP valley`): a
//! district's name is a GPE, a valley's a LOC, where the model called it a person or a people
//! the lists do not know. OntoNotes train: the names before `district(s)` are GPE 10, LOC 6,
//! ORG 3 (`the [IRS]ORG district`, kept), NORP 3 (`a [Republican]NORP district`, listed, kept)
//! and never a PERSON; before `valley`, LOC 2 of 2 (`the [Presovo]LOC valley`).
//!
//! A twelfth round (rs23: Afghan refugees' returns, a court hearing on a prisoner's transfer,
//! Gaza's tents, Hajj sites) adds three more kinds:
//!
//! - `area` and `areas`: `Quetta’s [Pashtunabad]PERSON and [Killi Shabo]PERSON areas`, `the
//!   [Al-Mawasi]PERSON area` are GPEs. OntoNotes train: the capitalized words before `area(s)`
//!   are a GPE 20 times, a LOC 19 (`the San Francisco Bay area`), a NORP 7 (`Palestinian`)
//!   and never a PERSON; only a PERSON changes (dev's `a [Moslem]NORP area`, a people the lists
//!   lack, is gold);
//! - `prison` and `jail`: `[Adiala]PERSON jail`, `[Kot Lakhpat]PERSON jail` (rs21, rs22: `[Evin]
//!   prison`) are GPEs where the model made them people. OntoNotes train: the capitalized words
//!   before a lower-case `prison` or `jail` are a GPE twice (`the [California]GPE prison
//!   system`), a NORP 3 times (`an [Italian]NORP prison`) and never a PERSON; only a PERSON
//!   changes (a prison named with a capital `Prison` is a FAC whole: `[the Lefortovo
//!   Prison]FAC`);
//! - a mountain: `[Mount Arafat]PERSON` is a LOC, as all four of train's (`[Mount Fuji]LOC`).

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

/// Makes a PERSON (or a NORP the lists do not know) right before a lower-case `district(s)` a
/// GPE, and one before `valley` (an ORG too) a LOC; each name of a list of them (`Kullu and
/// Chamba districts`) alike. A PERSON before `area(s)`, `prison` or `jail` is a GPE too, and a
/// PERSON named `Mount …` a LOC.
pub(super) fn places_before_their_kind(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let unlisted_norp = |m: &Mention| {
        m.label == Label::NORP
            && whole_tokens(doc, m.span).is_some_and(|r| {
                Gazetteer::shared().listed_exactly(doc, r.start, r.end) != Some(Label::NORP)
            })
    };
    for k in 0..found.len() {
        let m = found[k];
        // `Mount Arafat`: a mountain's name read as a person's.
        if m.label == Label::PERSON
            && bytes
                .get(m.span.start..m.span.end)
                .is_some_and(|t| t.starts_with(b"Mount "))
        {
            found[k].label = Label::LOC;
            continue;
        }
        // ` district`, ` districts`, ` area`, ` areas`, ` valley`, ` prison` or ` jail` right
        // after the name, from the bytes.
        let rest = bytes.get(m.span.end..).unwrap_or_default();
        if rest.len() < 5 || rest[0] != b' ' || !matches!(rest[1], b'd' | b'a' | b'v' | b'p' | b'j')
        {
            continue;
        }
        let plural = |n: usize| if rest.get(n) == Some(&b's') { n + 1 } else { n };
        let (word, to, people_only) = if rest.starts_with(b" district") {
            (plural(9), Label::GPE, false)
        } else if rest.starts_with(b" area") {
            (plural(5), Label::GPE, true)
        } else if rest.starts_with(b" valley") {
            (7, Label::LOC, false)
        } else if rest.starts_with(b" prison") {
            (7, Label::GPE, true)
        } else if rest.starts_with(b" jail") {
            (5, Label::GPE, true)
        } else {
            continue;
        };
        if rest.get(word).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let wrong = |m: &Mention| {
            m.label == Label::PERSON
                || (!people_only && unlisted_norp(m))
                || (to == Label::LOC && m.label == Label::ORG)
        };
        // The names before it, each joined to the next by `and`, `,` or `, and`; any of them
        // may be the model's right place already.
        let mut first = k;
        while first > 0 {
            let (a, b) = (found[first - 1], found[first]);
            let gap = doc.text.get(a.span.end..b.span.start).unwrap_or("x");
            let placed = wrong(&a) || a.label == to;
            if !placed || !matches!(gap, " and " | ", " | ", and ") {
                break;
            }
            first -= 1;
        }
        for f in &mut found[first..=k] {
            if wrong(f) {
                f.label = to;
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

    #[test]
    fn districts_and_valleys_are_places() {
        use Label::{GPE, LOC, NORP, ORG, PERSON};
        assert_eq!(
            passed(
                "Kullu and Chamba districts; the Seraj valley; the IRS district; a Republican \
                 district; Smith districted",
                &[
                    ("Kullu", PERSON),
                    ("Chamba", GPE),
                    ("Seraj", NORP),
                    ("IRS", ORG),
                    ("Republican", NORP),
                    ("Smith", PERSON)
                ],
                places_before_their_kind
            ),
            owned(&[
                ("Kullu", GPE),
                ("Chamba", GPE),
                ("Seraj", LOC),
                ("IRS", ORG),
                ("Republican", NORP),
                ("Smith", PERSON)
            ])
        );
    }

    #[test]
    fn areas_prisons_and_mountains_are_places() {
        use Label::{GPE, LOC, NORP, PERSON};
        assert_eq!(
            passed(
                "in Pashtunabad and Killi Shabo areas, the Mawasi area; Adiala jail, an Italian \
                 prison, the Dammam prison, Mount Arafat, Smith areal",
                &[
                    ("Pashtunabad", PERSON),
                    ("Killi Shabo", PERSON),
                    ("Mawasi", PERSON),
                    ("Adiala", PERSON),
                    ("Italian", NORP),
                    ("Dammam", NORP),
                    ("Mount Arafat", PERSON),
                    ("Smith", PERSON)
                ],
                places_before_their_kind
            ),
            owned(&[
                ("Pashtunabad", GPE),
                ("Killi Shabo", GPE),
                ("Mawasi", GPE),
                ("Adiala", GPE),
                ("Italian", NORP),
                ("Dammam", NORP),
                ("Mount Arafat", LOC),
                ("Smith", PERSON)
            ])
        );
    }
}
