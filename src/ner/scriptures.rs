//! Scriptures are works: `the [Holy Quran]PERSON`, `the [Quran]PERSON`, `The [Torah]PERSON`
//! (rs21, a foreign office's condemnation of a desecration). OntoNotes train labels `Bible` and
//! `Koran` a WORK_OF_ART in all 11 of their mentions (`[the Holy Koran]WORK_OF_ART`); the model
//! knew `Bible` and `Koran` but not the spellings South Asian and Gulf papers use.

use crate::analysis::Label;
use crate::ner::{Doc, Mention};

/// The scriptures' names, without a leading `Holy`.
const SCRIPTURES: &[&str] = &[
    "Quran",
    "Qur'an",
    "Qur’an",
    "Koran",
    "Bible",
    "Torah",
    "Talmud",
    "Bhagavad Gita",
    "Gita",
    "Guru Granth Sahib",
    "Tripitaka",
];

/// Makes each name mention that is a scripture's name a WORK_OF_ART.
pub(super) fn scriptures(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    for m in &mut found {
        if m.label.is_numeric() || m.label == Label::WORK_OF_ART {
            continue;
        }
        let Some(text) = doc.text.get(m.span.start..m.span.end) else {
            continue;
        };
        let name = text.strip_prefix("Holy ").unwrap_or(text);
        // The first letter first: few names start with one of these.
        if matches!(
            name.as_bytes().first(),
            Some(b'Q' | b'K' | b'B' | b'T' | b'G')
        ) && SCRIPTURES.contains(&name)
        {
            m.label = Label::WORK_OF_ART;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn scriptures_are_works() {
        use Label::{GPE, PERSON, WORK_OF_ART};
        assert_eq!(
            passed(
                "the Holy Quran in Sweden, the Torah and Quran Khan",
                &[
                    ("Holy Quran", PERSON),
                    ("Sweden", GPE),
                    ("Torah", PERSON),
                    ("Quran Khan", PERSON)
                ],
                scriptures
            ),
            owned(&[
                ("Holy Quran", WORK_OF_ART),
                ("Sweden", GPE),
                ("Torah", WORK_OF_ART),
                ("Quran Khan", PERSON)
            ])
        );
    }
}
