//! Credits and furniture read in an eleventh round of real stories (rs22: a wire roundup, an
//! Indian state election, a Pakistani budget, a transfer story):
//!
//! - the people a credit line says `contributed reporting` (`contributed to this report`,
//!   `… to this article`, `… to this story`) are people where the outlet's possessive names
//!   them: `CNN’s [Mostafa Salem]GPE and Reuters’ Parisa Hafezi contributed reporting`.
//!   OntoNotes train: the names before `contributed to this article` are PERSONs 4 of 4
//!   (`[Gerald F. Seib]PERSON contributed to this article`);
//! - a Reuters credit's `Additional reporting by` opens with no name: `[Additional]ORG
//!   reporting by Stefano Rebaudo`;
//! - a photo credit's label is no name: `([Photo Credit]ORG: PTI)`;
//! - a publisher after `published by` is an organization: `his novel Flesh, published by
//!   [Jonathan Cape]PERSON`. OntoNotes train: ORG 4 of 4 (`published by [Doubleday]ORG`,
//!   `published by [Sanhuan Press]ORG`);
//! - a common noun capitalized only because it opens a sentence is no name: `[Party]ORG leader
//!   Tejashwi Yadav` (after the article named the `Jan Suraaj Party`). OntoNotes train: such
//!   words alone at a sentence's start before a lower-case word (`Police said`, `State media`,
//!   `Opposition leaders`, `Party spokesperson Huang Hui-chen`) are untagged 65 times and an
//!   entity once (`[Party]ORG branches`).
//! - a title right before `by` and its author's name is a work (rs24, a book prize's
//!   longlist: `[Endling]GPE by Maria Reva`, `The [Salt Road]FAC by Jhumpa Lahiri`, `[Ice Candy
//!   Man]ORG by Bapsi Sidhwa`). OntoNotes train: a capitalized word right before `by` and a
//!   PERSON ends a WORK_OF_ART 4 times (`[The Soccer War]WORK_OF_ART , by Ryszard
//!   Kapuscinski`), is untagged 9 (`Photo by`, `Compiled by`, never a mention here) and ends no
//!   other name; a place the lists know stays (`shot in Dallas by Oswald`), as does a name
//!   after `of` (`the arrest of X by Y`) and a person's full name.

use crate::analysis::Label;
use crate::ner::{first_token_ending_after, Doc, Mention};

/// The ends of a credit line that says who else reported.
const CONTRIBUTED: &[&str] = &[
    " contributed reporting",
    " contributed to this report",
    " contributed to this article",
    " contributed to this story",
];

/// Labels of a photo credit that name no one (`Photo Credit: PTI`).
const CREDIT_LABELS: &[&str] = &[
    "Photo Credit",
    "Photo credit",
    "Image Credit",
    "Image credit",
    "Picture Credit",
    "Photo Courtesy",
    "Photo courtesy",
    "Credit",
];

/// Common nouns that open sentences capitalized (`Police said`, `Party leader …`): alone
/// there, before a lower-case word, no name. Not the names of one body (`Congress`,
/// `Parliament`, `Senate`), which OntoNotes tags there too.
const COMMON_AT_START: &[&str] = &[
    "Party",
    "Police",
    "Government",
    "Opposition",
    "State",
    "Coalition",
    "Company",
    "Court",
    "Fund",
    "Group",
    "Office",
    "Conference",
];

/// Runs the readings above over the accepted mentions (in order, not overlapping).
pub(super) fn credits(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    let mut dropped = false;
    for k in 0..found.len() {
        let m = found[k];
        // Every reading asks for a byte around the mention first: most are turned down on the
        // byte before it (a space after `by`, `'s` or `’`) and the two after it (a colon, a
        // space and a letter).
        let before = |n: usize| {
            m.span
                .start
                .checked_sub(n)
                .and_then(|i| bytes.get(i))
                .copied()
                .unwrap_or(b'\n')
        };
        let after = bytes.get(m.span.end..).unwrap_or_default();
        let credit_like = matches!(after.first(), Some(b':'))
            || (after.first() == Some(&b' ') && after.get(1).is_some_and(u8::is_ascii_lowercase));
        let byline_like = before(1) == b' ' && matches!(before(2), b'y' | b's' | b'\'' | 0x99);
        if !credit_like && !byline_like {
            continue;
        }
        let Some(name) = text.get(m.span.start..m.span.end) else {
            continue;
        };
        let first = name.as_bytes().first().copied().unwrap_or(b' ');
        // A label before its colon, from the bytes: `Photo Credit:`.
        if after.first() == Some(&b':')
            && matches!(first, b'P' | b'I' | b'C')
            && CREDIT_LABELS.contains(&name)
        {
            found[k].span.end = m.span.start;
            dropped = true;
            continue;
        }
        if first == b'A' && name == "Additional" && after.starts_with(b" reporting") {
            found[k].span.end = m.span.start;
            dropped = true;
            continue;
        }
        if matches!(m.label, Label::PERSON | Label::GPE | Label::NORP)
            && text[..m.span.start].ends_with("published by ")
        {
            found[k].label = Label::ORG;
            continue;
        }
        if after.starts_with(b" by ") && work_before_its_author(doc, &found, k) {
            found[k].label = Label::WORK_OF_ART;
            // The title's `The`, capitalized inside a sentence, where no mention holds it.
            let free = k == 0 || found[k - 1].span.end + 4 <= m.span.start;
            if free
                && text[..m.span.start].ends_with("The ")
                && m.span.start >= 4
                && (m.span.start == 4 || !bytes[m.span.start - 5].is_ascii_alphanumeric())
            {
                found[k].span.start = m.span.start - 4;
            }
            continue;
        }
        if m.label != Label::PERSON
            && !m.label.is_numeric()
            && credited_by_an_outlet(doc, &found, k)
        {
            found[k].label = Label::PERSON;
            continue;
        }
        if COMMON_AT_START.contains(&name) && common_at_start(doc, m) {
            found[k].span.end = m.span.start;
            dropped = true;
        }
    }
    if dropped {
        found.retain(|m| m.span.end > m.span.start);
    }
    found
}

/// Whether mention `k` is a name of two capitalized words or more right after an outlet's
/// possessive (`CNN’s`, `Reuters’`), in a credit line that ends in `contributed reporting`
/// (or `… to this report`) within the same line.
fn credited_by_an_outlet(doc: &Doc, found: &[Mention], k: usize) -> bool {
    let text = doc.text;
    let m = found[k];
    let before = &text[..m.span.start];
    let possessive = ["'s ", "’s ", "' ", "’ "]
        .iter()
        .find(|p| before.ends_with(*p))
        .map(|p| m.span.start - p.len());
    let Some(owner_end) = possessive else {
        return false;
    };
    let owner_is_an_org =
        k > 0 && found[k - 1].span.end == owner_end && found[k - 1].label == Label::ORG;
    let name = &text[m.span.start..m.span.end];
    let words = name.split(' ').count();
    if !owner_is_an_org || words < 2 || !name.split(' ').all(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    // The credit's end on the same line, within a few names and no sentence's end (`said.`).
    let rest = &text[m.span.end..];
    let mut cut = rest.len().min(160);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let Some(end) = CONTRIBUTED.iter().find_map(|c| line.find(c)) else {
        return false;
    };
    let between = &line.as_bytes()[..end];
    !between
        .windows(3)
        .any(|w| w[0].is_ascii_lowercase() && w[1] == b'.' && w[2] == b' ')
}

/// Whether mention `k`, right before ` by `, is a work's title and the mention after ` by ` its
/// author: a name's label (no work, event or law already, no number), not a place or people
/// the lists know, not after `of`, and not a person's full name (a given name and more).
fn work_before_its_author(doc: &Doc, found: &[Mention], k: usize) -> bool {
    use Label::{FAC, GPE, NORP, ORG, PERSON, PRODUCT};
    let m = found[k];
    if !matches!(m.label, PERSON | GPE | ORG | FAC | NORP | PRODUCT) {
        return false;
    }
    let author = found
        .get(k + 1)
        .is_some_and(|a| a.label == PERSON && a.span.start == m.span.end + 4);
    if !author || doc.text[..m.span.start].ends_with(" of ") {
        return false;
    }
    let Some(r) = crate::ner::whole_tokens(doc, m.span) else {
        return false;
    };
    let lists = crate::ner::gazetteer::Gazetteer::shared();
    if lists.listed_exactly(doc, r.start, r.end).is_some() {
        return false;
    }
    !(m.label == PERSON && r.len() > 1 && lists.is_first_name(doc.token_text(r.start)))
}

/// Whether one-token mention `m` opens its sentence and a lower-case word follows it.
fn common_at_start(doc: &Doc, m: Mention) -> bool {
    let i = first_token_ending_after(doc, m.span.start);
    i + 1 < doc.tokens.len()
        && doc.tokens[i].end == m.span.end
        && doc.spaced(i)
        && doc
            .token_text(i + 1)
            .starts_with(|c: char| c.is_lowercase())
        && doc.starts_sentence(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn credited_reporters_are_people() {
        use Label::{GPE, ORG, PERSON};
        assert_eq!(
            passed(
                "CNN’s Mostafa Salem and Reuters’ Parisa Hafezi contributed reporting.",
                &[
                    ("CNN", ORG),
                    ("Mostafa Salem", GPE),
                    ("Reuters", ORG),
                    ("Parisa Hafezi", PERSON)
                ],
                credits
            ),
            owned(&[
                ("CNN", ORG),
                ("Mostafa Salem", PERSON),
                ("Reuters", ORG),
                ("Parisa Hafezi", PERSON)
            ])
        );
        // Not without the credit's end, nor a place after a possessive.
        assert_eq!(
            passed(
                "CNN’s Mostafa Salem said. Reuters’ New York office contributed reporting.",
                &[("CNN", ORG), ("Mostafa Salem", GPE), ("Reuters", ORG)],
                credits
            ),
            owned(&[("CNN", ORG), ("Mostafa Salem", GPE), ("Reuters", ORG)])
        );
    }

    #[test]
    fn labels_and_publishers() {
        use Label::{ORG, PERSON};
        assert_eq!(
            passed(
                "Additional reporting by Stefano Rebaudo (Photo Credit: PTI) published by \
                 Jonathan Cape",
                &[
                    ("Additional", ORG),
                    ("Stefano Rebaudo", PERSON),
                    ("Photo Credit", ORG),
                    ("PTI", ORG),
                    ("Jonathan Cape", PERSON)
                ],
                credits
            ),
            owned(&[
                ("Stefano Rebaudo", PERSON),
                ("PTI", ORG),
                ("Jonathan Cape", ORG)
            ])
        );
    }

    #[test]
    fn a_title_before_its_author_is_a_work() {
        use Label::{FAC, GPE, PERSON, WORK_OF_ART};
        assert_eq!(
            passed(
                "It lists Endling by Maria Reva and The Salt Road by Jhumpa Lahiri.",
                &[
                    ("Endling", GPE),
                    ("Maria Reva", PERSON),
                    ("Salt Road", FAC),
                    ("Jhumpa Lahiri", PERSON)
                ],
                credits
            ),
            owned(&[
                ("Endling", WORK_OF_ART),
                ("Maria Reva", PERSON),
                ("The Salt Road", WORK_OF_ART),
                ("Jhumpa Lahiri", PERSON)
            ])
        );
        // Not a listed place, a name after `of`, or a person's full name.
        let kept = [
            ("Dallas", GPE),
            ("Lee Oswald", PERSON),
            ("Salt Road", FAC),
            ("Jhumpa Lahiri", PERSON),
            ("John Smith", PERSON),
            ("Jane Doe", PERSON),
        ];
        assert_eq!(
            passed(
                "He was shot in Dallas by Lee Oswald; the arrest of Salt Road by Jhumpa \
                 Lahiri; a portrait, John Smith by Jane Doe.",
                &kept,
                credits
            ),
            owned(&kept)
        );
    }

    #[test]
    fn a_common_noun_at_a_sentence_start_is_no_name() {
        use Label::ORG;
        assert_eq!(
            passed(
                "Party leader Tejashwi Yadav spoke",
                &[("Party", ORG)],
                credits
            ),
            owned(&[])
        );
        // Inside a sentence, or before a capital, it stays.
        assert_eq!(
            passed("The Party Congress met", &[("Party", ORG)], credits),
            owned(&[("Party", ORG)])
        );
    }
}
