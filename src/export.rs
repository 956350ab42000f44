//! The JSON record for people and tools, shared by the CLI and the page's export so both print
//! the same shape. Offsets are Unicode code points, ends exclusive; evaluation tools read
//! `doc`, `text_len` and `entities[].{start,end,label,text}`, so those never change meaning.

use serde::Serialize;

use crate::analysis::{Analysis, Entity, Stats, Structure};
use crate::offsets::OffsetUnit;

/// One analyzed document as written by `newslens analyze` and the page's JSON export.
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    pub doc: &'a str,
    /// Length in code points.
    pub text_len: usize,
    pub entities: &'a [Entity],
    pub structure: &'a Structure,
    pub stats: &'a Stats,
    /// How the file was read (`"text"`, `"markdown"`, `"html"`); absent for pasted text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'a str>,
    /// The extracted article text that the offsets index, present when it is not simply the
    /// file's decoded contents (Markdown and HTML).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

impl<'a> DocumentRecord<'a> {
    /// `analysis` must use code point offsets.
    pub fn new(doc: &'a str, analysis: &'a Analysis) -> Self {
        assert_eq!(
            analysis.offset_unit,
            OffsetUnit::CodePoint,
            "records carry code point offsets"
        );
        DocumentRecord {
            doc,
            text_len: analysis.text_len,
            entities: &analysis.entities,
            structure: &analysis.structure,
            stats: &analysis.stats,
            format: None,
            text: None,
        }
    }

    /// Records how the analyzed text came from its file; markup formats carry their text.
    pub fn with_source(mut self, format: &'a str, text: &'a str) -> Self {
        self.format = Some(format);
        self.text = (format != "text").then_some(text);
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain data always serializes")
    }
}
