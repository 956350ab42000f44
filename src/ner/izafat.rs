//! Names joined by an Urdu or Persian izafat (`Tehreek-e-Taliban`, `Lashkar-e-Taiba`,
//! `Jaish-e-Mohammed`, `Jamaat-e-Islami`, `Harkat-ul-Mujahideen`, `Hizb-ut-Tahrir`): one name
//! each, mostly of a party or a militant group, which our tokenizer splits at the hyphens like
//! `China-Pakistan`. The model, which never saw them whole, read `[Tehreek]ORG-e-Taliban
//! [Pakistan]GPE`, `[Lashkar-e-Taiba]PERSON` and `[Jaish]LANGUAGE-e-Mohammed`. Pakistani
//! and Afghan news names such groups in most security stories, so the whole compound becomes
//! one mention: an ORG, unless the model called all of it a place, a building, an event, a
//! work or a law (`Masjid-e-Nabawi`). A capitalized word after it joins it where the
//! parenthesized acronym that follows spells the whole name (`Tehreek-e-Taliban Pakistan
//! (TTP)`), and that acronym becomes an ORG too; so does a capitalized word before it (rs22:
//! `[Pakistan]GPE [Tehreek-i-Insaf]ORG (PTI)`).

use crate::analysis::{Label, Span};
use crate::ner::{rules::is_cap, Doc, Mention};

/// The joining words between the hyphens.
const JOINS: &[&str] = &["e", "i", "ul", "ut", "ur"];

/// Last words that make an izafat compound a man's name, not a group's: the names of God that
/// `-ul-`/`-ur-` names are made of (`Zia-ul-Haq`, `Fazl-ur-Rehman`, `Inzamam-ul-Haq`,
/// `Ata-ur-Rehman`), read as ORGs once rs20 made every compound one (rs21). OntoNotes train has
/// no izafat, but its Arabic `al-` names of the kind are PERSONs (`[Abd al - Rahman al -
/// Lahim]PERSON`). The groups end otherwise (`-e-Taiba`, `-ul-Mujahideen`, `-ut-Tahrir`).
const PERSONAL_HEADS: &[&str] = &[
    "Haq", "Haque", "Rehman", "Rahman", "Rahim", "Raheem", "Hassan", "Hasan", "Hameed", "Hamid",
    "Majeed", "Aziz", "Qadir", "Ghaffar", "Ghani", "Karim", "Kareem", "Latif", "Razzaq", "Sattar",
    "Mulk", "Din", "Deen", "Amin", "Ameen", "Qayyum", "Wahab", "Hai",
];

/// Where an izafat link starting at token `i` ends (its last token): `-`, a joining word, `-`
/// and a capitalized word, all glued to token `i - 1`. The tokenizer keeps `e-` on the word
/// after it as it keeps `e-commerce` (`Tehreek` `-` `e-Taliban`), and splits the others
/// (`Harkat` `-` `ul` `-` `Mujahideen`).
fn izafat_at(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    if i + 1 >= n || i == 0 || doc.token_text(i) != "-" || !doc.glued(i - 1) || !doc.glued(i) {
        return None;
    }
    if let Some(rest) = doc.token_text(i + 1).strip_prefix("e-") {
        return is_cap(rest).then_some(i + 1);
    }
    (i + 3 < n
        && doc.glued(i + 1)
        && doc.glued(i + 2)
        && JOINS.contains(&doc.token_text(i + 1))
        && doc.token_text(i + 2) == "-"
        && is_cap(doc.token_text(i + 3)))
    .then_some(i + 3)
}

/// The capital letters of a name's capitalized words: `TTP` for `Tehreek-e-Taliban Pakistan`.
fn initials(doc: &Doc, tokens: std::ops::Range<usize>) -> String {
    tokens
        .map(|j| doc.token_text(j))
        .map(|w| w.strip_prefix("e-").unwrap_or(w))
        .filter(|w| is_cap(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Makes each izafat compound one mention (see the module).
pub(super) fn izafat_names(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let n = doc.tokens.len();
    let bytes = doc.text.as_bytes();
    // Only the hyphens a joining word follows are read (`-e-`, `-ul-`), found eight bytes at a
    // time; then the token each one is, from the first after the last compound.
    let mut from = 0;
    let mut i = 1;
    while let Some(p) = crate::tokenize::find_byte(bytes, from, b'-') {
        from = p + 1;
        let rest = &bytes[p + 1..];
        let joined = JOINS
            .iter()
            .any(|j| rest.starts_with(j.as_bytes()) && rest.get(j.len()) == Some(&b'-'));
        if !joined || p == 0 || !bytes[p - 1].is_ascii_alphabetic() {
            continue;
        }
        let h = crate::ner::token_range(doc, Span::new(p, p + 1)).start;
        if h < i || h + 1 >= n {
            continue;
        }
        i = h;
        let Some(mut last) = izafat_at(doc, i).filter(|_| is_cap(doc.token_text(i - 1))) else {
            continue;
        };
        let first = i - 1;
        while let Some(l) = izafat_at(doc, last + 1) {
            last = l;
        }
        i = last + 1;
        from = from.max(doc.tokens[last].end);
        let mut span = Span::new(doc.tokens[first].start, doc.tokens[last].end);
        // `Tehreek-e-Taliban Pakistan (TTP)`: the word after, where the acronym spells it.
        let mut acronym = None;
        if last + 4 < n
            && doc.spaced(last)
            && is_cap(doc.token_text(last + 1))
            && doc.spaced(last + 1)
            && doc.token_text(last + 2) == "("
            && doc.token_text(last + 4) == ")"
        {
            let a = doc.token_text(last + 3);
            if a.len() >= 2
                && a.bytes().all(|b| b.is_ascii_uppercase())
                && initials(doc, first..last + 2) == a
            {
                span.end = doc.tokens[last + 1].end;
                acronym = Some(doc.tokens[last + 3]);
            }
        }
        // `Pakistan Tehreek-i-Insaf (PTI)` (rs22): the word before, where the acronym right
        // after spells it with the compound.
        if acronym.is_none()
            && first >= 1
            && last + 3 < n
            && doc.spaced(first - 1)
            && is_cap(doc.token_text(first - 1))
            && doc.token_text(last + 1) == "("
            && doc.token_text(last + 3) == ")"
        {
            let a = doc.token_text(last + 2);
            if a.len() >= 2
                && a.bytes().all(|b| b.is_ascii_uppercase())
                && initials(doc, first - 1..last + 1) == a
            {
                span.start = doc.tokens[first - 1].start;
                acronym = Some(doc.tokens[last + 2]);
            }
        }
        // The mentions it overlaps go, and it covers them all.
        let name = span;
        let overlaps = |m: &Mention| m.span.start < name.end && name.start < m.span.end;
        let head = doc.token_text(last);
        let mut label = if PERSONAL_HEADS.contains(&head.strip_prefix("e-").unwrap_or(head)) {
            Label::PERSON
        } else {
            Label::ORG
        };
        for m in found.iter().filter(|m| overlaps(m)) {
            span = Span::new(span.start.min(m.span.start), span.end.max(m.span.end));
            if m.span.start <= doc.tokens[first].start
                && m.span.end >= doc.tokens[last].end
                && matches!(
                    m.label,
                    Label::GPE
                        | Label::LOC
                        | Label::FAC
                        | Label::EVENT
                        | Label::WORK_OF_ART
                        | Label::LAW
                )
            {
                label = m.label;
            }
        }
        found.retain(|m| !(m.span.start < span.end && span.start < m.span.end));
        let at = found.partition_point(|m| m.span.start < span.start);
        found.insert(at, Mention { span, label });
        if let Some(a) = acronym.filter(|a| {
            !found
                .iter()
                .any(|m| m.span.end > a.start && m.span.start < a.end)
        }) {
            let at = found.partition_point(|m| m.span.start < a.start);
            found.insert(
                at,
                Mention {
                    span: a,
                    label: Label::ORG,
                },
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::owned;

    fn joined(text: &str, marked: &[(&str, Label)]) -> Vec<(String, Label)> {
        crate::ner::test_support::passed(text, marked, izafat_names)
    }

    #[test]
    fn an_izafat_compound_is_one_name() {
        use Label::{FAC, GPE, LANGUAGE, ORG, PERSON};
        assert_eq!(
            joined(
                "fighters of the Tehreek-e-Taliban Pakistan (TTP), which",
                &[("Tehreek", ORG), ("Pakistan", GPE)]
            ),
            owned(&[("Tehreek-e-Taliban Pakistan", ORG), ("TTP", ORG)])
        );
        assert_eq!(
            joined(
                "members of the Pakistan Tehreek-i-Insaf (PTI), who; Karachi Jamaat-e-Islami (JI)",
                &[
                    ("Pakistan", GPE),
                    ("Tehreek-i-Insaf", ORG),
                    ("PTI", ORG),
                    ("Karachi", GPE)
                ]
            ),
            owned(&[
                ("Pakistan Tehreek-i-Insaf", ORG),
                ("PTI", ORG),
                ("Karachi", GPE),
                ("Jamaat-e-Islami", ORG)
            ])
        );
        assert_eq!(
            joined(
                "Lashkar-e-Taiba and Jaish-e-Mohammed were banned, as was Hizb-ut-Tahrir.",
                &[("Lashkar-e-Taiba", PERSON), ("Jaish", LANGUAGE)]
            ),
            owned(&[
                ("Lashkar-e-Taiba", ORG),
                ("Jaish-e-Mohammed", ORG),
                ("Hizb-ut-Tahrir", ORG)
            ])
        );
        // A place or building the model read whole keeps its label; the party's full name
        // keeps its words; an acronym that does not spell the name leaves the next word out.
        assert_eq!(
            joined(
                "at Masjid-e-Nabawi, Pakistan Tehreek-e-Insaf and Jamaat-e-Islami Pakistan (JUI)",
                &[("Masjid-e-Nabawi", FAC), ("Pakistan Tehreek-e-Insaf", ORG)]
            ),
            owned(&[
                ("Masjid-e-Nabawi", FAC),
                ("Pakistan Tehreek-e-Insaf", ORG),
                ("Jamaat-e-Islami", ORG)
            ])
        );
        // A man's name, with the words the model gave it around the compound.
        assert_eq!(
            joined(
                "chief Maulana Fazl-ur-Rehman met Zia-ul-Haq Sarhadi and Anwaar-ul-Haq Kakar",
                &[
                    ("Zia-ul-Haq Sarhadi", PERSON),
                    ("Anwaar-ul-Haq Kakar", PERSON)
                ]
            ),
            owned(&[
                ("Fazl-ur-Rehman", PERSON),
                ("Zia-ul-Haq Sarhadi", PERSON),
                ("Anwaar-ul-Haq Kakar", PERSON)
            ])
        );
        // Lower-case or spaced words are no such name.
        assert_eq!(
            joined("a state-of-the-art plant, well - e - Ready", &[]),
            owned(&[])
        );
    }
}
