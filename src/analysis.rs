//! The plain data types that flow out of the pipeline, as in spaCy's `Doc`/`Span` model.
//!
//! All offsets in one [`Analysis`] share the unit named by [`Analysis::offset_unit`]; ends are
//! exclusive. The serde shape of these types is what the wasm bindings hand to JavaScript.

use serde::{Deserialize, Serialize};

use crate::offsets::{OffsetMap, OffsetUnit};

/// A half-open range `[start, end)` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One token. `start`/`end` in the analysis unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// The 18 OntoNotes 5.0 entity types, the set spaCy's English models use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[allow(clippy::upper_case_acronyms, non_camel_case_types)]
pub enum Label {
    PERSON,
    NORP,
    FAC,
    ORG,
    GPE,
    LOC,
    PRODUCT,
    EVENT,
    WORK_OF_ART,
    LAW,
    LANGUAGE,
    DATE,
    TIME,
    PERCENT,
    MONEY,
    QUANTITY,
    ORDINAL,
    CARDINAL,
}

impl Label {
    /// Whether the label is one of the seven kinds of number (DATE, TIME, PERCENT, MONEY,
    /// QUANTITY, ORDINAL, CARDINAL) rather than a name.
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Label::DATE
                | Label::TIME
                | Label::PERCENT
                | Label::MONEY
                | Label::QUANTITY
                | Label::ORDINAL
                | Label::CARDINAL
        )
    }

    pub const ALL: [Label; 18] = [
        Label::PERSON,
        Label::NORP,
        Label::FAC,
        Label::ORG,
        Label::GPE,
        Label::LOC,
        Label::PRODUCT,
        Label::EVENT,
        Label::WORK_OF_ART,
        Label::LAW,
        Label::LANGUAGE,
        Label::DATE,
        Label::TIME,
        Label::PERCENT,
        Label::MONEY,
        Label::QUANTITY,
        Label::ORDINAL,
        Label::CARDINAL,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::PERSON => "PERSON",
            Label::NORP => "NORP",
            Label::FAC => "FAC",
            Label::ORG => "ORG",
            Label::GPE => "GPE",
            Label::LOC => "LOC",
            Label::PRODUCT => "PRODUCT",
            Label::EVENT => "EVENT",
            Label::WORK_OF_ART => "WORK_OF_ART",
            Label::LAW => "LAW",
            Label::LANGUAGE => "LANGUAGE",
            Label::DATE => "DATE",
            Label::TIME => "TIME",
            Label::PERCENT => "PERCENT",
            Label::MONEY => "MONEY",
            Label::QUANTITY => "QUANTITY",
            Label::ORDINAL => "ORDINAL",
            Label::CARDINAL => "CARDINAL",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.iter().copied().find(|l| l.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which part of the article a span lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Title,
    Subtitle,
    /// Metadata lines such as `date 2025-05-21` before the article.
    Metadata,
    Caption,
    #[default]
    Body,
    /// Text that is not the article: related headlines, footers, share prompts.
    Boilerplate,
}

impl Region {
    /// Every region, in declaration order ([`Region::index`]).
    pub const ALL: [Region; 6] = [
        Region::Title,
        Region::Subtitle,
        Region::Metadata,
        Region::Caption,
        Region::Body,
        Region::Boilerplate,
    ];

    /// The region's place in [`Region::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name serde gives the region (`"body"`, `"caption"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Title => "title",
            Region::Subtitle => "subtitle",
            Region::Metadata => "metadata",
            Region::Caption => "caption",
            Region::Body => "body",
            Region::Boilerplate => "boilerplate",
        }
    }
}

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: String,
    pub region: Region,
}

/// A publication date found in the article, with its calendar value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateField {
    pub span: Span,
    /// ISO `YYYY-MM-DD`.
    pub value: String,
}

/// The article's layout: what is headline, dateline, caption, body and boilerplate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Structure {
    pub title: Option<Span>,
    pub subtitle: Option<Span>,
    /// The place word of a dateline such as `BEIJING:` (without the colon).
    pub dateline: Option<Span>,
    pub date: Option<DateField>,
    pub captions: Vec<Span>,
    /// First to last character of the article text (dateline included, captions listed apart).
    pub body: Option<Span>,
    pub boilerplate: Vec<Span>,
    /// Metadata lines (`date 2025-05-21`) that precede the article.
    pub metadata: Vec<Span>,
}

/// Reader-facing numbers about one article (body text only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// At 230 words a minute, rounded up; 0 for an empty body.
    pub reading_minutes: usize,
    /// ISO 639-1 guess of the body's language (`"en"`, `"fr"`, …), or `"und"`.
    pub language: String,
    /// False when the text does not look like English: the entity model is English-only.
    pub is_english: bool,
}

/// What the caller wants back.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub offsets: OffsetUnit,
    /// Tokens are the bulk of the output; the page does not need them.
    pub tokens: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offsets: OffsetUnit::CodePoint,
            tokens: true,
        }
    }
}

/// Everything the core found in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub offset_unit: OffsetUnit,
    /// Length of the text in `offset_unit`.
    pub text_len: usize,
    pub structure: Structure,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    pub entities: Vec<Entity>,
    pub stats: Stats,
}

impl Analysis {
    /// Re-expresses every offset (given in bytes) in `m`'s unit.
    pub(crate) fn remap(&mut self, m: &OffsetMap) {
        self.offset_unit = m.unit();
        // Each list's spans come in order: a cursor walks the map's steps once a list.
        let mut c = m.cursor();
        let s = &mut self.structure;
        for span in s
            .title
            .iter_mut()
            .chain(s.subtitle.iter_mut())
            .chain(s.dateline.iter_mut())
            .chain(s.date.iter_mut().map(|d| &mut d.span))
            .chain(s.captions.iter_mut())
            .chain(s.body.iter_mut())
            .chain(s.boilerplate.iter_mut())
            .chain(s.metadata.iter_mut())
            .chain(self.paragraphs.iter_mut())
            .chain(self.sentences.iter_mut())
        {
            span.start = c.map(span.start);
            span.end = c.map(span.end);
        }
        for t in &mut self.tokens {
            t.start = c.map(t.start);
            t.end = c.map(t.end);
        }
        for e in &mut self.entities {
            e.start = c.map(e.start);
            e.end = c.map(e.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wasm bindings write these names themselves (`wasm::Packed`): they must be serde's.
    #[test]
    fn names_are_the_serde_names() {
        for (k, r) in Region::ALL.into_iter().enumerate() {
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
            assert_eq!(r.index(), k);
        }
        for (k, l) in Label::ALL.into_iter().enumerate() {
            assert_eq!(serde_json::to_value(l).unwrap(), l.as_str());
            assert_eq!(l.index(), k);
        }
    }

    /// The wasm bindings hand labels and regions to JavaScript as their indices, which the
    /// page's side of the bindings (`buildAnalysis` in `wasm.rs`) names from two arrays: they
    /// must list serde's names in index order.
    #[test]
    fn the_bindings_name_labels_and_regions_in_order() {
        let js = include_str!("wasm.rs");
        let names = |array: &str| -> Vec<String> {
            let from = js
                .find(&format!("const {array} = ["))
                .expect("array in wasm.rs");
            let list = &js[from..];
            let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
            list.split(',')
                .map(|n| n.trim().trim_matches('\'').to_string())
                .filter(|n| !n.is_empty())
                .collect()
        };
        let labels: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        let regions: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names("LABELS"), labels);
        assert_eq!(names("REGIONS"), regions);
    }
}
