//! A legislator's party and state, written after the name the way US papers do: `Sen. Tammy
//! Baldwin (D-Wis.)`, `Rep. Ro Khanna, D-Calif., said`. OntoNotes labels the party's letter
//! NORP and the state GPE (`( D. , Calif. )`, 44 of 44 in train); the model, which never saw
//! the hyphenated form, missed the letter always and the state where it is abbreviated
//! (`Nev.`, `Ky.`, `S.D.`).

use crate::analysis::{Label, Span};
use crate::ner::shapes::Kind;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// Party letter and state after a name, in brackets or between commas. Meant as a
/// [`crate::ner::Merge::Cover`] stage after the model.
pub struct PartyStates;

/// The states as US papers write them after a party letter: AP abbreviations, names AP spells
/// out, and postal codes.
const STATES: &[&str] = &[
    "Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Hawaii",
    "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Kans.", "Ky.", "La.", "Maine", "Md.", "Mass.",
    "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
    "N.C.", "N.D.", "Ohio", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Texas",
    "Utah", "Vt.", "Va.", "Wash.", "W.Va.", "W. Va.", "Wis.", "Wyo.", "AL", "AK", "AZ", "AR", "CA",
    "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
    "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
];

impl Recognizer for PartyStates {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let mut found = Vec::new();
        // The letter first: only capitals are read, and nearly every one fails here.
        for i in shapes.each(Kind::Upper) {
            if i < 1 {
                continue;
            }
            if i >= n.saturating_sub(3) {
                break;
            }
            let shape = shapes.at(i);
            if shape.len != 1 || !matches!(shape.first, b'D' | b'R' | b'I') {
                continue;
            }
            let letter = doc.token_text(i);
            if !matches!(letter, "D" | "R" | "I")
                || !matches!(doc.token_text(i - 1), "(" | ",")
                || doc.token_text(i + 1) != "-"
                || !doc.glued(i)
                || !doc.glued(i + 1)
            {
                continue;
            }
            // The state runs to the closing bracket or comma, within a few tokens.
            let close = if doc.token_text(i - 1) == "(" {
                ")"
            } else {
                ","
            };
            let Some(end) = (i + 2..n.min(i + 7)).find(|&k| doc.token_text(k) == close) else {
                continue;
            };
            if end == i + 2 {
                continue;
            }
            let state = Span::new(doc.tokens[i + 2].start, doc.tokens[end - 1].end);
            if !STATES.contains(&&doc.text[state.start..state.end]) {
                continue;
            }
            found.push(Mention {
                span: doc.tokens[i],
                label: Label::NORP,
            });
            found.push(Mention {
                span: state,
                label: Label::GPE,
            });
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::found_by;

    fn found(text: &str) -> Vec<(String, Label)> {
        found_by(&PartyStates, text)
    }

    #[test]
    fn party_and_state_after_a_name() {
        use Label::{GPE, NORP};
        let pair = |p: &str, s: &str| vec![(p.to_string(), NORP), (s.to_string(), GPE)];
        assert_eq!(
            found("Sen. Tammy Baldwin (D-Wis.) spoke."),
            pair("D", "Wis.")
        );
        assert_eq!(found("Rep. Jim Jordan (R-Ohio) spoke."), pair("R", "Ohio"));
        assert_eq!(
            found("Sen. Joe Manchin (D-W.Va.) spoke."),
            pair("D", "W.Va.")
        );
        assert_eq!(
            found("Rep. Ro Khanna, D-Calif., said."),
            pair("D", "Calif.")
        );
        assert_eq!(found("Sen. Bernie Sanders (I-VT) spoke."), pair("I", "VT"));
        assert_eq!(
            found("Rep. Alexandria Ocasio-Cortez (D-N.Y.) spoke."),
            pair("D", "N.Y.")
        );
    }

    #[test]
    fn other_letters_and_hyphens_are_left_alone() {
        assert!(found("The film (R-rated) opened.").is_empty());
        assert!(found("On D-Day, troops landed.").is_empty());
        assert!(found("Deputy Arthur Lira (PP-AL) presided.").is_empty());
        assert!(found("a vitamin (D-3) supplement").is_empty());
        assert!(found("Plan (D - Wis.) was odd.").is_empty());
    }
}
