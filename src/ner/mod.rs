//! Entity recognition. Every recognizer sees the same [`Doc`] (text, tokens, sentences, regions)
//! and returns [`Mention`]s in byte offsets; [`Pipeline`] chains them and resolves overlaps, so a
//! statistical model, rules and gazetteers can be combined or swapped without touching callers.

pub mod gazetteer;
pub mod model;
pub mod rules;

use std::collections::BTreeMap;

use crate::analysis::{Label, Span};

/// What a recognizer reads: the text with its tokens (byte spans) and sentences (token ranges).
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Span],
    pub sentences: &'a [std::ops::Range<usize>],
}

impl<'a> Doc<'a> {
    pub fn token_text(&self, i: usize) -> &'a str {
        let s = self.tokens[i];
        &self.text[s.start..s.end]
    }
}

/// One recognized entity, in byte offsets, aligned to token boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
}

/// A component that finds entities.
pub trait Recognizer: Send + Sync {
    fn recognize(&self, doc: &Doc) -> Vec<Mention>;
}

/// Runs recognizers in priority order: a later recognizer only adds mentions that do not
/// overlap what an earlier one found.
pub struct Pipeline {
    stages: Vec<Box<dyn Recognizer>>,
}

impl Pipeline {
    pub fn new(stages: Vec<Box<dyn Recognizer>>) -> Self {
        Pipeline { stages }
    }

    /// The best recognizer this build has: the shipped statistical model first, then rules
    /// for what it left out.
    pub fn standard() -> Self {
        Pipeline::with_model(model::ModelRecognizer::shipped())
    }

    /// The standard stages with `m` as the model.
    pub fn with_model(m: model::ModelRecognizer) -> Self {
        Pipeline::new(vec![Box::new(m), Box::new(rules::Rules::new())])
    }

    pub fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        // Accepted mentions never overlap, so keyed by start the only one that can overlap a
        // candidate is the last one starting before the candidate ends: O(log n) per check,
        // which matters on long documents with tens of thousands of mentions.
        let mut found: BTreeMap<usize, Mention> = BTreeMap::new();
        for stage in &self.stages {
            for m in stage.recognize(doc) {
                if m.span.is_empty() {
                    continue;
                }
                let clash = found
                    .range(..m.span.end)
                    .next_back()
                    .is_some_and(|(_, f)| f.span.overlaps(m.span));
                if !clash {
                    found.insert(m.span.start, m);
                }
            }
        }
        found.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(Vec<(usize, usize, Label)>);
    impl Recognizer for Fixed {
        fn recognize(&self, _: &Doc) -> Vec<Mention> {
            self.0
                .iter()
                .map(|&(s, e, label)| Mention {
                    span: Span::new(s, e),
                    label,
                })
                .collect()
        }
    }

    #[test]
    fn later_stages_only_fill_gaps() {
        let p = Pipeline::new(vec![
            Box::new(Fixed(vec![(10, 20, Label::ORG), (0, 5, Label::GPE)])),
            Box::new(Fixed(vec![
                (3, 8, Label::DATE),
                (5, 10, Label::PERSON),
                (19, 25, Label::LOC),
                (30, 31, Label::CARDINAL),
            ])),
        ]);
        let doc = Doc {
            text: "",
            tokens: &[],
            sentences: &[],
        };
        let got: Vec<(usize, usize, Label)> = p
            .recognize(&doc)
            .iter()
            .map(|m| (m.span.start, m.span.end, m.label))
            .collect();
        assert_eq!(
            got,
            [
                (0, 5, Label::GPE),
                (5, 10, Label::PERSON),
                (10, 20, Label::ORG),
                (30, 31, Label::CARDINAL)
            ]
        );
    }
}
