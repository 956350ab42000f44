//! A storm named once in full is the same storm by its bare name later in the article:
//! `Hurricane Imelda … Imelda weakened`. OntoNotes labels the bare name an EVENT as it does the
//! full one (`Hugo` 6, `Katrina` 6 in train), but the model, for which a bare given name is a
//! person, called `Humberto` a PERSON and `Imelda` an ORG right after `Hurricane Imelda` and
//! `Hurricane Humberto` were EVENTs.

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// The words a storm's full name starts with.
const STORM_KINDS: &[&str] = &[
    "Hurricane ",
    "Typhoon ",
    "Super Typhoon ",
    "Cyclone ",
    "Tropical Storm ",
    "Tropical Cyclone ",
    "Winter Storm ",
    "Storm ",
];

/// Labels a bare name of a storm the article names in full an EVENT: relabels the model's
/// mention of it, and adds one where the model found nothing.
pub(super) fn storms_again(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let mut names: Vec<&str> = Vec::new();
    for m in &found {
        if m.label != Label::EVENT {
            continue;
        }
        let Some(text) = doc.text.get(m.span.start..m.span.end) else {
            continue;
        };
        let name = STORM_KINDS.iter().find_map(|k| text.strip_prefix(k));
        if let Some(name) = name.filter(|n| n.starts_with(char::is_uppercase) && !n.contains(' ')) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    // A bare name that only a storm can be: `the remnants of Francine`, `Milton made landfall`.
    for m in &found {
        let Some(text) = doc.text.get(m.span.start..m.span.end) else {
            continue;
        };
        if matches!(
            m.label,
            Label::PERSON | Label::ORG | Label::GPE | Label::NORP | Label::LOC | Label::PRODUCT
        ) && !text.contains(' ')
            && !names.contains(&text)
            && storm_only(doc, m.span)
        {
            names.push(text);
        }
    }
    if names.is_empty() {
        return found;
    }
    super::relabel_named(
        doc,
        &mut found,
        &names,
        &[
            Label::PERSON,
            Label::ORG,
            Label::GPE,
            Label::NORP,
            Label::FAC,
            Label::PRODUCT,
        ],
        Label::EVENT,
    );
    // Where the model found nothing: each token that is the bare name, outside every mention.
    let mut added = Vec::new();
    let mut at = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        while at < found.len() && found[at].span.end <= t.start {
            at += 1;
        }
        let inside = found.get(at).is_some_and(|m| m.span.start < t.end);
        if !inside && names.contains(&doc.token_text(i)) {
            // `Storm Bert:` in a headline the model left alone: the kind word too.
            let kind = i > 0
                && doc.spaced(i - 1)
                && matches!(
                    doc.token_text(i - 1),
                    "Storm" | "Hurricane" | "Typhoon" | "Cyclone"
                )
                && added
                    .last()
                    .is_none_or(|a: &Mention| a.span.end <= doc.tokens[i - 1].start)
                && (at == 0 || found[at - 1].span.end <= doc.tokens[i - 1].start);
            let start = if kind {
                doc.tokens[i - 1].start
            } else {
                t.start
            };
            added.push(Mention {
                span: Span::new(start, t.end),
                label: Label::EVENT,
            });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// Whether the words around `span` say only a storm can be meant.
fn storm_only(doc: &Doc, span: Span) -> bool {
    let before = trim_end(&doc.text[..span.start]);
    let after = trim_start(&doc.text[span.end..]);
    const AFTER: &[&str] = &[
        "made landfall",
        "makes landfall",
        "make landfall",
        "could make landfall",
        "is expected to make landfall",
        "'s remnants",
        "’s remnants",
    ];
    // Asked of every one-word name: both cues before end in `of`, and every cue after starts
    // with one of these bytes (`’` with 0xE2), so most names are turned down on two bytes.
    if !before.ends_with("of")
        && !matches!(
            after.as_bytes().first(),
            Some(b'm' | b'c' | b'i' | b'\'' | 0xE2)
        )
    {
        return false;
    }
    before.ends_with("remnants of")
        || before.ends_with("Remnants of")
        || AFTER.iter().any(|cue| after.starts_with(cue))
}

/// `s.trim_end()`, the usual case of an ASCII byte before the name read without a call.
#[inline]
fn trim_end(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && !char::from(b).is_whitespace() => s,
        _ => s.trim_end(),
    }
}

/// `s.trim_start()`, the usual case of an ASCII byte after the name read without a call.
#[inline]
fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !char::from(b).is_whitespace() => s,
        _ => s.trim_start(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `storms_again` over `marked`: each the `n`-th (from 1) occurrence of a text, labelled.
    fn relabeled(text: &str, marked: &[(&str, usize, Label)]) -> Vec<(String, Label)> {
        let found = marked
            .iter()
            .map(|&(s, n, label)| {
                let (start, _) = text.match_indices(s).nth(n - 1).unwrap();
                Mention {
                    span: Span::new(start, start + s.len()),
                    label,
                }
            })
            .collect();
        crate::ner::test_support::with_doc(text, |doc| storms_again(doc, found))
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    fn owned(v: &[(&str, Label)]) -> Vec<(String, Label)> {
        v.iter().map(|&(s, l)| (s.to_string(), l)).collect()
    }

    #[test]
    fn storm_cues_pass_the_pre_test() {
        // What `storm_only`'s pre-test assumes of its cues.
        for text in [
            "the remnants of Milton",
            "Remnants of Milton",
            "Milton made landfall",
            "Milton makes landfall",
            "Milton make landfall",
            "Milton could make landfall",
            "Milton is expected to make landfall",
            "Milton's remnants",
            "Milton’s remnants",
        ] {
            let start = text.find("Milton").unwrap();
            let span = Span::new(start, start + "Milton".len());
            crate::ner::test_support::with_doc(text, |doc| {
                assert!(storm_only(doc, span), "{text}")
            });
        }
    }

    #[test]
    fn the_bare_name_of_a_named_storm_is_the_storm() {
        use Label::{EVENT, GPE, PERSON};
        let text = "Hurricane Imelda hit Bermuda. Imelda weakened, and Jane Doe followed Imelda.";
        let got = relabeled(
            text,
            &[
                ("Hurricane Imelda", 1, EVENT),
                ("Bermuda", 1, GPE),
                ("Imelda", 2, PERSON),
                ("Jane Doe", 1, PERSON),
            ],
        );
        assert_eq!(
            got,
            owned(&[
                ("Hurricane Imelda", EVENT),
                ("Bermuda", GPE),
                ("Imelda", EVENT),
                ("Jane Doe", PERSON),
                ("Imelda", EVENT),
            ])
        );
    }

    #[test]
    fn a_headline_names_the_storm_with_its_kind() {
        use Label::{EVENT, GPE};
        let text = "Storm Bert: rivers burst\n\nStorm Bert hit Wales.";
        let got = relabeled(text, &[("Storm Bert", 2, EVENT), ("Wales", 1, GPE)]);
        assert_eq!(
            got,
            owned(&[("Storm Bert", EVENT), ("Storm Bert", EVENT), ("Wales", GPE)])
        );
    }

    #[test]
    fn a_person_of_the_same_name_without_a_storm_stays() {
        use Label::{EVENT, PERSON};
        let got = relabeled(
            "Imelda Marcos spoke. Imelda said more.",
            &[("Imelda Marcos", 1, PERSON), ("Imelda", 2, PERSON)],
        );
        assert_eq!(got, owned(&[("Imelda Marcos", PERSON), ("Imelda", PERSON)]));
        // A storm's kind without a name after it names no storm.
        let got = relabeled(
            "the Hurricane Center said Gaemi would strengthen.",
            &[("Hurricane Center", 1, EVENT), ("Gaemi", 1, PERSON)],
        );
        assert_eq!(got[1], ("Gaemi".to_string(), PERSON));
    }

    #[test]
    fn words_only_a_storm_takes_name_one() {
        use Label::{EVENT, GPE, PERSON};
        let got = relabeled(
            "The remnants of Francine soaked Mississippi, and Francine's rain lingered.",
            &[
                ("Francine", 1, PERSON),
                ("Mississippi", 1, GPE),
                ("Francine", 2, PERSON),
            ],
        );
        assert_eq!(
            got,
            owned(&[
                ("Francine", EVENT),
                ("Mississippi", GPE),
                ("Francine", EVENT)
            ])
        );
        let got = relabeled(
            "Milton made landfall near Siesta Key.",
            &[("Milton", 1, PERSON)],
        );
        assert_eq!(got, owned(&[("Milton", EVENT)]));
        // A person who comes ashore is no storm.
        let got = relabeled("Milton landed at the airport.", &[("Milton", 1, PERSON)]);
        assert_eq!(got, owned(&[("Milton", PERSON)]));
    }
}
