//! Entity recognition. Every recognizer sees the same [`Doc`] (text, tokens, sentences, regions)
//! and returns [`Mention`]s in byte offsets; [`Pipeline`] chains them and resolves overlaps, so a
//! statistical model, rules and gazetteers can be combined or swapped without touching callers.

pub mod gazetteer;
pub mod model;
pub mod rules;

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
        let mut found: Vec<Mention> = Vec::new();
        for stage in &self.stages {
            for m in stage.recognize(doc) {
                if !found.iter().any(|f| f.span.overlaps(m.span)) {
                    found.push(m);
                }
            }
        }
        found.sort_by_key(|m| (m.span.start, m.span.end));
        found
    }
}
