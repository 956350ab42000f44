//! Names in the lines that credit a story and in the phrases that place it, read in rs20:
//!
//! - a byline that gives the writer's beat after the name (The Guardian's `Richard Partington
//!   Economics correspondent`) names a person, without the beat: the model read `[Richard
//!   Partington Economics]ORG`;
//! - `By Al Jazeera Staff` credits `Al Jazeera`, not an organization named `Al Jazeera Staff`;
//! - two places joined by a hyphen before a road or a railway are two places, as OntoNotes
//!   labels `the [Beijing]GPE - [Kowloon]GPE railway line` (and `Nanning - Kunming`, `Guangzhou
//!   - Zhuhai`): the model read `[Chandigarh-Manali]PERSON national highway`;
//! - a name right before a lower-case `river` is the river, a LOC (`the [Euphrates]LOC river
//!   valley`, `the [Erguna river]LOC` in OntoNotes): `The [Beas]ORG river`;
//! - a nationality the lists know is a NORP where the model named it a person, a place or an
//!   organization before a capitalized word, as an adjective: a headline's `Xi meets
//!   [Pakistani]ORG PM`.

use crate::analysis::{Label, Span};
use crate::ner::{gazetteer::Gazetteer, rules::is_cap, whole_tokens, Doc, Mention};

/// Words for a writer's job after the beat in a byline.
const BYLINE_ROLES: &[&str] = &[
    "correspondent",
    "editor",
    "reporter",
    "writer",
    "columnist",
    "analyst",
];

/// Words for a road, a railway or a border between two places.
const ROUTES: &[&str] = &[
    "highway",
    "motorway",
    "expressway",
    "railway",
    "rail",
    "road",
    "route",
    "corridor",
    "pipeline",
    "line",
    "border",
    "flight",
    "flights",
    "bus",
    "train",
    "trains",
    "link",
];

/// Runs every reading above over the accepted mentions.
pub(super) fn bylines_and_places(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let n = doc.tokens.len();
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        k += 1;
        // Each reading asks for something in the text's bytes first (a capital or `river`
        // after, a hyphen inside): most mentions are turned down before their tokens are
        // looked up.
        let bytes = doc.text.as_bytes();
        let (Some(text), Some(after)) =
            (bytes.get(m.span.start..m.span.end), bytes.get(m.span.end..))
        else {
            continue;
        };
        let name_like = matches!(m.label, Label::ORG | Label::PERSON | Label::GPE);
        let hyphened = || {
            m.label != Label::GPE
                && text.first().is_some_and(u8::is_ascii_uppercase)
                && text.contains(&b'-')
        };
        let wanted = if name_like {
            let (space, next) = (after.first(), after.get(1).copied().unwrap_or(0));
            let word_after = |w: &[u8]| after[1..].starts_with(w);
            // The roles and `river` start with one of these letters.
            let role_after = space == Some(&b' ')
                && matches!(next, b'a' | b'c' | b'e' | b'r' | b'w')
                && (word_after(b"river") || BYLINE_ROLES.iter().any(|w| word_after(w.as_bytes())));
            role_after
                || text.ends_with(b" Staff")
                || (space == Some(&b' ') && next.is_ascii_uppercase() && !text.contains(&b' '))
                || hyphened()
        } else {
            hyphened()
        };
        if !wanted {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let next = (r.end < n && doc.spaced(r.end - 1)).then(|| doc.token_text(r.end));
        // `Richard Partington Economics correspondent` at the end of its line.
        if matches!(m.label, Label::ORG | Label::PERSON)
            && r.len() >= 3
            && is_cap(doc.token_text(r.end - 1))
            && next.is_some_and(|w| BYLINE_ROLES.contains(&w))
            && line_ends_after(doc, r.end)
        {
            found[k - 1] = Mention {
                span: Span::new(m.span.start, doc.tokens[r.end - 2].end),
                label: Label::PERSON,
            };
            continue;
        }
        // `By Al Jazeera Staff`.
        if m.label == Label::ORG
            && r.len() >= 2
            && doc.token_text(r.end - 1) == "Staff"
            && doc.text[..m.span.start].ends_with("By ")
        {
            found[k - 1].span.end = doc.tokens[r.end - 2].end;
            continue;
        }
        // `Chandigarh-Manali national highway`.
        if r.len() == 3
            && m.label != Label::GPE
            && doc.token_text(r.start + 1) == "-"
            && doc.glued(r.start)
            && doc.glued(r.start + 1)
            && is_cap(doc.token_text(r.start))
            && is_cap(doc.token_text(r.end - 1))
            && route_follows(doc, r.end)
        {
            found[k - 1] = Mention {
                span: doc.tokens[r.start],
                label: Label::GPE,
            };
            found.insert(
                k,
                Mention {
                    span: doc.tokens[r.end - 1],
                    label: Label::GPE,
                },
            );
            k += 1;
            continue;
        }
        // `The Beas river`.
        if matches!(m.label, Label::ORG | Label::PERSON | Label::GPE) && next == Some("river") {
            found[k - 1].label = Label::LOC;
            continue;
        }
        // `Xi meets Pakistani PM`: only before a capital, as an adjective. The lists hold
        // `Taliban` too, an ORG in OntoNotes (33 of 33) that is mostly the subject.
        if name_like
            && next.is_some_and(is_cap)
            && r.len() == 1
            && Gazetteer::shared().listed_exactly(doc, r.start, r.end) == Some(Label::NORP)
        {
            found[k - 1].label = Label::NORP;
        }
    }
    found
}

/// Whether token `i` is the last of its line: a line break (or the text's end) follows it.
fn line_ends_after(doc: &Doc, i: usize) -> bool {
    let after = doc.tokens[i].end;
    let gap_end = doc.tokens.get(i + 1).map_or(doc.text.len(), |t| t.start);
    i + 1 >= doc.tokens.len() || doc.text[after..gap_end].contains('\n')
}

/// Whether a word for a road or a railway comes within the few lower-case words from token `i`
/// on (`national highway`, `high-speed rail line`).
fn route_follows(doc: &Doc, i: usize) -> bool {
    (i..doc.tokens.len().min(i + 5))
        .take_while(|&j| {
            let w = doc.token_text(j);
            w == "-" || w.bytes().all(|b| b.is_ascii_lowercase())
        })
        .any(|j| ROUTES.contains(&doc.token_text(j)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::owned;

    fn read(text: &str, marked: &[(&str, Label)]) -> Vec<(String, Label)> {
        crate::ner::test_support::passed(text, marked, bylines_and_places)
    }

    #[test]
    fn bylines_name_the_writer_and_the_outlet() {
        use Label::{ORG, PERSON};
        assert_eq!(
            read(
                "Richard Partington Economics correspondent\nWed 20 Aug",
                &[("Richard Partington Economics", ORG)]
            ),
            owned(&[("Richard Partington", PERSON)])
        );
        // Not inside a sentence.
        assert_eq!(
            read(
                "The Daily Mail Online editor resigned.",
                &[("Daily Mail Online", ORG)]
            ),
            owned(&[("Daily Mail Online", ORG)])
        );
        assert_eq!(
            read(
                "By Al Jazeera Staff\nThe Staff",
                &[("Al Jazeera Staff", ORG)]
            ),
            owned(&[("Al Jazeera", ORG)])
        );
    }

    #[test]
    fn places_on_a_route_rivers_and_nationalities() {
        use Label::{FAC, GPE, LOC, NORP, ORG, PERSON};
        assert_eq!(
            read(
                "The Chandigarh-Manali national highway and the Mumbai-Ahmedabad high-speed \
                 rail line; a Smith-Jones report",
                &[
                    ("Chandigarh-Manali", PERSON),
                    ("Mumbai-Ahmedabad", FAC),
                    ("Smith-Jones", PERSON)
                ]
            ),
            owned(&[
                ("Chandigarh", GPE),
                ("Manali", GPE),
                ("Mumbai", GPE),
                ("Ahmedabad", GPE),
                ("Smith-Jones", PERSON)
            ])
        );
        assert_eq!(
            read(
                "The Beas river rose as Pakistani PM Sharif spoke and the Taliban denied it",
                &[
                    ("Beas", ORG),
                    ("Pakistani", ORG),
                    ("Sharif", PERSON),
                    ("Taliban", ORG)
                ]
            ),
            owned(&[
                ("Beas", LOC),
                ("Pakistani", NORP),
                ("Sharif", PERSON),
                ("Taliban", ORG)
            ])
        );
    }
}
