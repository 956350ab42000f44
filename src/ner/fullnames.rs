//! A person's name kept whole where the model cut a part of it off, read in rs21 (South Asian
//! names, which the model knows few of):
//!
//! - initials written with points before a name are part of it: `Chief Election Commissioner
//!   A.M.M. [Nasir Uddin]PERSON`. OntoNotes train puts such initials inside the PERSON 298
//!   times (`[J.R. Smith]`, `[C. Everett Koop]`) and outside once, where they were `U.S.`;
//! - a surname the model gave another label right after the given names is part of the name:
//!   `President [Anura Kumara]PERSON [Dissanayake]PRODUCT's government`. In OntoNotes train a
//!   PERSON is never followed, one space away, by a one-word PRODUCT, FAC, WORK_OF_ART, EVENT or
//!   LAW (the names that follow a PERSON so are places and parties in datelines and letters:
//!   `[Jim Talent]PERSON [Missouri]GPE`, `[Steve McMahon]PERSON [Democratic]NORP`).

use crate::analysis::Label;
use crate::ner::{rules::is_cap, whole_tokens, Doc, Mention};

/// Points that are abbreviations of places or times, not initials.
const NOT_INITIALS: &[&str] = &[
    "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "A.M.", "P.M.", "U.S.A.", "U.A.E.", "N.Y.", "C.E.O.",
    "M.P.",
];

/// Runs both readings above over the accepted mentions (in order, not overlapping).
pub(super) fn full_names(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        if m.label != Label::PERSON {
            k += 1;
            continue;
        }
        // `A.M.M. Nasir Uddin`: a point two bytes before the name, read before any token.
        let s = m.span.start;
        if s >= 3 && bytes.get(s - 2..s) == Some(b". ") {
            let free = k == 0 || found[k - 1].span.end < s - 1;
            if let Some(start) = initials_before(doc, m).filter(|_| free) {
                found[k].span.start = start;
            }
        }
        // `Anura Kumara Dissanayake`: the next mention, one space after, one capitalized word.
        if let Some(n) = found.get(k + 1).copied() {
            let surname = matches!(
                n.label,
                Label::PRODUCT | Label::FAC | Label::WORK_OF_ART | Label::EVENT | Label::LAW
            ) && bytes.get(m.span.end..n.span.start) == Some(b" ")
                && doc
                    .text
                    .get(m.span.start..m.span.end)
                    .is_some_and(|t| t.contains(' '))
                && doc
                    .text
                    .get(n.span.start..n.span.end)
                    .is_some_and(is_one_name_word);
            if surname {
                found[k].span.end = n.span.end;
                found.remove(k + 1);
            }
        }
        k += 1;
    }
    found
}

/// Where the initials right before the PERSON `m` start: one to three tokens of capitals with
/// points (`A.M.M.`, `C.R.`, `J.`), each one space before the next.
fn initials_before(doc: &Doc, m: Mention) -> Option<usize> {
    let r = whole_tokens(doc, m.span)?;
    let mut start = None;
    let mut i = r.start;
    while i > 0 && r.start - i < 3 {
        let t = doc.token_text(i - 1);
        if !doc.spaced(i - 1) || !is_initials(t) || NOT_INITIALS.contains(&t) {
            break;
        }
        i -= 1;
        start = Some(doc.tokens[i].start);
    }
    start
}

/// Whether `t` is one to four capitals, each followed by a point: `A.M.M.`, `J.`.
fn is_initials(t: &str) -> bool {
    let b = t.as_bytes();
    (2..=8).contains(&b.len())
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// Whether `t` is one word written as a name: a capital, then lower-case letters only.
fn is_one_name_word(t: &str) -> bool {
    is_cap(t) && t.chars().count() >= 3 && t.chars().skip(1).all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn initials_join_the_name() {
        use Label::{GPE, PERSON};
        assert_eq!(
            passed(
                "Commissioner A.M.M. Nasir Uddin and C. R. Patil met in the U.S. John Smith too.",
                &[
                    ("Nasir Uddin", PERSON),
                    ("Patil", PERSON),
                    ("U.S.", GPE),
                    ("John Smith", PERSON)
                ],
                full_names
            ),
            owned(&[
                ("A.M.M. Nasir Uddin", PERSON),
                ("C. R. Patil", PERSON),
                ("U.S.", GPE),
                ("John Smith", PERSON)
            ])
        );
    }

    #[test]
    fn a_surname_read_as_another_name_joins() {
        use Label::{FAC, GPE, PERSON, PRODUCT};
        assert_eq!(
            passed(
                "President Anura Kumara Dissanayake's plan; Jim Talent Missouri; Ann Lee Tower X.",
                &[
                    ("Anura Kumara", PERSON),
                    ("Dissanayake", PRODUCT),
                    ("Jim Talent", PERSON),
                    ("Missouri", GPE),
                    ("Ann Lee", PERSON),
                    ("Tower X", FAC)
                ],
                full_names
            ),
            owned(&[
                ("Anura Kumara Dissanayake", PERSON),
                ("Jim Talent", PERSON),
                ("Missouri", GPE),
                ("Ann Lee", PERSON),
                ("Tower X", FAC)
            ])
        );
    }
}
