//! Peoples named before the word for them: `the Masalit people`, `a Bundjalung elder`, `the
//! Zaghawa and Fur peoples`, `the Widjabul Wia-bal people`. OntoNotes labels ethnic groups NORP
//! (`Kurds` 12 of 12, `Hutu` and `Tutsi` 6 of 6, Taiwan's `Thao`, `Paiwan`, `Atayal`: all NORP);
//! the model, which knows few of these names, made them PERSONs and ORGs or missed them.

use crate::analysis::{Label, Span};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// Meant as a [`crate::ner::Merge::Cover`] stage after the model: the NORP replaces the model's
/// reading of the same words. A name the lists know as something else (`Texas people`, `the
/// Google people`) is left to the model, as is one it read as a place.
pub struct Peoples;

/// Words for a people or its members, after its name.
const CUES: &[&str] = &[
    "people",
    "peoples",
    "elder",
    "elders",
    "tribe",
    "tribes",
    "tribesmen",
    "tribespeople",
];

/// A people's members named by the plural of the word the article gives the people as a NORP
/// (rs25, a Red Sea story): the model had `[Houthi]NORP rebels` and then `the [Houthis]PERSON
/// sank two carriers`. In OntoNotes train a one-word entity that is a NORP of its document and
/// an `s` is a NORP 800 times, a GPE twice (`Philippines`), an ORG and a LOC once each, and
/// never a PERSON. Only a PERSON changes, so a place stays what it is.
///
/// And the other way (rs26, a canal story): a one-word GPE whose plural the article gives as a
/// NORP names the people too, `[Houthi]GPE attacks` beside `Yemen’s [Houthis]NORP`; rs22 had
/// `[Denisovan]GPE` beside `Denisovans`. In OntoNotes train a one-word entity whose word and
/// an `s` is a NORP of its document is a NORP 1,232 times, a LANGUAGE 17 (`Filipino`) and a
/// GPE 6 (`Britain`, `Saudi`: places the lists know, which stay).
pub(super) fn members_of_peoples(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let text = |m: &Mention| bytes.get(m.span.start..m.span.end).unwrap_or_default();
    // The one-word NORPs, found once: most articles have few, many none.
    let mut peoples: Vec<&[u8]> = Vec::new();
    for m in &found {
        if m.label == Label::NORP {
            let t = text(m);
            if !t.contains(&b' ') && !peoples.contains(&t) {
                peoples.push(t);
            }
        }
    }
    if peoples.is_empty() {
        return found;
    }
    // Most one-word NORPs are adjectives (`American`); only a plural can stand for a singular.
    let plurals = peoples.iter().any(|p| p.ends_with(b"s"));
    for m in &mut found {
        if m.label == Label::GPE {
            if !plurals {
                continue;
            }
            let t = text(m);
            let plural =
                |p: &&[u8]| p.len() == t.len() + 1 && p.starts_with(t) && p.ends_with(b"s");
            if t.len() >= 3
                && peoples.iter().any(plural)
                && !std::str::from_utf8(t).is_ok_and(|t| Gazetteer::shared().is_listed_place(t))
            {
                m.label = Label::NORP;
            }
            continue;
        }
        if m.label != Label::PERSON {
            continue;
        }
        let Some(stem) = text(m).strip_suffix(b"s") else {
            continue;
        };
        if stem.len() >= 3 && peoples.contains(&stem) {
            m.label = Label::NORP;
        }
    }
    found
}

impl Recognizer for Peoples {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        for k in 1..doc.tokens.len() {
            // Every cue starts with `p`, `e` or `t`: most tokens fail on their first byte.
            if !matches!(shapes.at(k).first, b'p' | b'e' | b't') || !CUES.contains(&t(k)) {
                continue;
            }
            // `the Zaghawa and Fur peoples`: each name of a list before a plural cue.
            let plural = t(k) != "people" && t(k).ends_with('s');
            let mut end = k;
            while let Some(start) = name_before(doc, end) {
                let listed = Gazetteer::shared().listed_exactly(doc, start, end);
                if listed.is_none_or(|l| l == Label::NORP) {
                    out.push(Mention {
                        span: Span::new(doc.tokens[start].start, doc.tokens[end - 1].end),
                        label: Label::NORP,
                    });
                }
                if !(plural && start >= 2 && matches!(t(start - 1), "and" | ",")) {
                    break;
                }
                end = start - 1;
            }
        }
        out.sort_by_key(|m| m.span.start);
        out
    }
}

/// The name that ends right before token `end`: one or two capitalized words, a hyphen and the
/// word after it held on (`Wia-bal`); none at a sentence's start (`People said`), a count
/// (`Five people`) or a word that never names a people (`The`, `Indigenous`: `Indigenous people`
/// is no group's name).
fn name_before(doc: &Doc, end: usize) -> Option<usize> {
    let t = |i: usize| doc.token_text(i);
    let mut s = end;
    let mut words = 0;
    while s > 0 && words < 2 {
        let j = s - 1;
        let w = t(j);
        if j >= 2 && doc.glued(j - 1) && t(j - 1) == "-" && doc.glued(j - 2) {
            // `Wia-bal`: the part after the hyphen, then the hyphen.
            s = j - 1;
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase())
            || NOT_PEOPLES.contains(&w)
            || crate::ner::rules::is_number_word(w)
        {
            break;
        }
        s = j;
        words += 1;
    }
    (s < end && words > 0 && !doc.starts_sentence(s)).then_some(s)
}

/// Capitalized words before `people` that name no people: titles, determiners, and the
/// general words news capitalizes (`First Nations people` is kept: it is a group's name).
const NOT_PEOPLES: &[&str] = &[
    "The",
    "A",
    "An",
    "Indigenous",
    "Aboriginal",
    "Native",
    "Young",
    "Old",
    "Many",
    "Some",
    "Most",
    "Local",
    "Ordinary",
    "Working",
    "Other",
    "More",
    "Few",
    "These",
    "Those",
    "All",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::found_by;

    fn peoples(text: &str) -> Vec<String> {
        found_by(&Peoples, text)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn a_peoples_plural_is_its_members() {
        use crate::ner::test_support::{owned, passed};
        use Label::{NORP, PERSON};
        let text = "Houthi rebels struck; the Houthis sank ships. Yemeni Houthi said; Sams came.";
        assert_eq!(
            passed(
                text,
                &[("Houthi", NORP), ("Houthis", PERSON), ("Sams", PERSON)],
                members_of_peoples
            ),
            owned(&[("Houthi", NORP), ("Houthis", NORP), ("Sams", PERSON)])
        );
    }

    #[test]
    fn a_peoples_singular_is_no_place() {
        use crate::ner::test_support::{owned, passed};
        use Label::{GPE, NORP};
        let text = "Houthi attacks; the Houthis sank ships near Yemen, Britain and Britains.";
        assert_eq!(
            passed(
                text,
                &[
                    ("Houthi", GPE),
                    ("Houthis", NORP),
                    ("Yemen", GPE),
                    ("Britain", GPE),
                    ("Britains", NORP)
                ],
                members_of_peoples
            ),
            owned(&[
                ("Houthi", NORP),
                ("Houthis", NORP),
                ("Yemen", GPE),
                ("Britain", GPE),
                ("Britains", NORP)
            ])
        );
    }

    #[test]
    fn names_before_the_word_for_a_people_are_peoples() {
        assert_eq!(
            peoples(
                "Fighters targeted the Masalit people, the Zaghawa and Fur peoples fled, a \
                 Bundjalung elder spoke for the Widjabul Wia-bal people and the Nuer tribe."
            ),
            [
                "Masalit",
                "Zaghawa",
                "Fur",
                "Bundjalung",
                "Widjabul Wia-bal",
                "Nuer"
            ]
        );
    }

    #[test]
    fn places_companies_and_plain_words_are_left_alone() {
        assert!(peoples(
            "People came. Many Indigenous people and Texas people met the Google people, Five \
             people and The people."
        )
        .is_empty());
    }
}
