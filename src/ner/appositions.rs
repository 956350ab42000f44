//! A name set off by commas right after a word for a person's role or kin, read in a fourteenth
//! round of real stories (rs26: a music awards night, a fashion group's earnings): `The song’s
//! producer, [Mustard]ORG, accepted on his behalf`, `Gucci’s new designer, [Demna]GPE, unveiled
//! his debut collection`. OntoNotes train: a capitalized word alone between such a word and its
//! comma and a comma after it (`His brother , Uday ,`, `Her husband , Scott ,`, `Saddam Hussein
//! 's son , Qusay ,`) is a PERSON 14 of 14. Words that may stand for a company (`owner`,
//! `leader`, `successor`) are not among them, and a word any list starts a name with (a place, a
//! people, a company) is left as it is.

use crate::analysis::Label;
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{Doc, Mention};

/// Words for a person's role or kin that an apposition names, lower case.
const ROLES: &[&str] = &[
    "producer",
    "designer",
    "director",
    "manager",
    "coach",
    "captain",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "chairman",
    "chairwoman",
    "president",
    "secretary",
    "minister",
    "governor",
    "editor",
    "writer",
    "author",
    "singer",
    "rapper",
    "artist",
    "actor",
    "actress",
    "lawyer",
    "attorney",
    "adviser",
    "advisor",
    "aide",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "analyst",
    "economist",
];

/// Relabels as people the one-word names that stand in apposition after a role's word.
pub(super) fn people_in_apposition(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    for m in found.iter_mut() {
        // From the bytes first: `, ` before the mention, `,` right after it, a lower-case letter
        // ending the word before the comma.
        let s = m.span.start;
        if m.label == Label::PERSON
            || s < 4
            || bytes.get(m.span.end) != Some(&b',')
            || &bytes[s - 2..s] != b", "
            || !bytes[s - 3].is_ascii_lowercase()
        {
            continue;
        }
        let Some(name) = text.get(s..m.span.end) else {
            continue;
        };
        if name.contains(' ') || !name.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let head = &text[..s - 2];
        let role = head
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        if ROLES.contains(&role) && !Gazetteer::shared().starts_a_name(name) {
            m.label = Label::PERSON;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn one_word_names_after_a_role_are_people() {
        use Label::{GPE, ORG, PERSON};
        assert_eq!(
            passed(
                "The song’s producer, Mustard, accepted. Gucci’s new designer, Demna, spoke. \
                 Her husband, Scott, came. Its owner, Alphabet, and the minister, Pakistan, \
                 and his brother, Oxford University, and the Owner, Kering, said.",
                &[
                    ("Mustard", ORG),
                    ("Demna", GPE),
                    ("Scott", PERSON),
                    ("Alphabet", ORG),
                    ("Pakistan", GPE),
                    ("Oxford University", ORG),
                    ("Kering", ORG)
                ],
                people_in_apposition
            ),
            owned(&[
                ("Mustard", PERSON),
                ("Demna", PERSON),
                ("Scott", PERSON),
                ("Alphabet", ORG),
                ("Pakistan", GPE),
                ("Oxford University", ORG),
                ("Kering", ORG)
            ])
        );
    }
}
