//! Offset units. The core works in UTF-8 byte offsets (what Rust slices use); people and tools
//! get Unicode code points (as Python and spaCy count), and JavaScript gets UTF-16 code units
//! (what `String.prototype.slice` counts). Converting at the edge keeps one source of truth.

use serde::{Deserialize, Serialize};

/// Which unit the offsets of an [`crate::Analysis`] are expressed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OffsetUnit {
    /// UTF-8 bytes, the core's internal unit.
    Byte,
    /// Unicode scalar values, as Python `str` indices: the unit of all JSON for people and tools.
    #[default]
    CodePoint,
    /// UTF-16 code units, as JavaScript strings index.
    Utf16,
}

impl OffsetUnit {
    /// The name serde gives the unit (`"byte"`, `"code_point"`, `"utf16"`).
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Byte => "byte",
            OffsetUnit::CodePoint => "code_point",
            OffsetUnit::Utf16 => "utf16",
        }
    }
}

/// Converts byte offsets of one text into another unit.
///
/// Only non-ASCII characters make units diverge, so the map stores one entry per non-ASCII
/// character (its byte position and the running difference) and answers by binary search:
/// memory stays small on mostly-ASCII news text, and each lookup is `O(log k)`.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    unit: OffsetUnit,
    /// `(byte offset just after a non-ASCII char, bytes minus units so far)`, ascending.
    steps: Vec<(usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut steps = Vec::new();
        if unit != OffsetUnit::Byte {
            let mut delta = 0usize;
            // Skip ASCII bytes without decoding: a non-ASCII char starts at a byte >= 0x80.
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                // ASCII (most of an English text) is stepped over sixteen bytes at a time, each
                // block tested in one pass the compiler vectorizes.
                if bytes
                    .get(i..i + 16)
                    .is_some_and(|b| b.iter().fold(0, |a, &c| a | c) < 0x80)
                {
                    i += 16;
                    continue;
                }
                if bytes[i] < 0x80 {
                    i += 1;
                    continue;
                }
                let c = text[i..].chars().next().unwrap_or_default();
                let len = c.len_utf8();
                let units = match unit {
                    OffsetUnit::Utf16 => c.len_utf16(),
                    _ => 1,
                };
                delta += len - units;
                steps.push((i + len, delta));
                i += len;
            }
        }
        OffsetMap { unit, steps }
    }

    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// Maps a byte offset that lies on a char boundary.
    pub fn map(&self, byte: usize) -> usize {
        // Number of steps whose end is <= byte: all those characters lie wholly before `byte`.
        let n = self.steps.partition_point(|&(end, _)| end <= byte);
        if n == 0 {
            byte
        } else {
            byte - self.steps[n - 1].1
        }
    }
}

impl OffsetMap {
    /// A [`Cursor`] over the map, for offsets asked mostly in ascending order.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor { map: self, n: 0 }
    }
}

/// [`OffsetMap::map`] for offsets asked mostly in ascending order (a list of spans): each
/// answer starts from where the last one ended, a step or two on, instead of a binary search
/// over all the steps. An offset before the last one is searched for as `map` does.
pub struct Cursor<'m> {
    map: &'m OffsetMap,
    /// The number of steps whose end is at or before the last offset asked.
    n: usize,
}

impl Cursor<'_> {
    /// What [`OffsetMap::map`] gives for `byte`.
    pub fn map(&mut self, byte: usize) -> usize {
        let steps = &self.map.steps;
        if self.n > 0 && steps[self.n - 1].0 > byte {
            self.n = steps.partition_point(|&(end, _)| end <= byte);
        } else {
            // A few steps are walked; a long way on is searched.
            let mut walked = 0;
            while self.n < steps.len() && steps[self.n].0 <= byte {
                self.n += 1;
                walked += 1;
                if walked == 8 {
                    self.n += steps[self.n..].partition_point(|&(end, _)| end <= byte);
                    break;
                }
            }
        }
        if self.n == 0 {
            byte
        } else {
            byte - steps[self.n - 1].1
        }
    }
}

/// Length of `text` in the given unit.
pub fn len_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Byte => text.len(),
        OffsetUnit::CodePoint => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        for unit in [OffsetUnit::Byte, OffsetUnit::CodePoint, OffsetUnit::Utf16] {
            let map = OffsetMap::new(text, unit);
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    map.map(i),
                    len_in(&text[..i], unit),
                    "{unit:?} at byte {i} of {text:?}"
                );
            }
        }
    }

    #[test]
    fn maps_every_boundary_in_mixed_text() {
        check("plain ascii");
        check("China’s “ironclad” friend — May 6–7");
        check("emoji 😀 and CJK 王毅 mixed 👍🏽 text");
        check("");
    }

    #[test]
    fn cursors_map_as_the_map_in_any_order() {
        let text = "a’b “c” 😀 — é王毅 x ".repeat(20);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for unit in [OffsetUnit::Byte, OffsetUnit::CodePoint, OffsetUnit::Utf16] {
            let map = OffsetMap::new(&text, unit);
            // Ascending, with repeats, jumps and steps back, as spans of several lists come.
            let mut order: Vec<usize> = bounds.clone();
            order.extend(bounds.iter().step_by(7));
            order.extend(bounds.iter().rev().step_by(3));
            order.extend(bounds.iter().step_by(40).flat_map(|&b| [b, b, 0, b]));
            let mut cursor = map.cursor();
            for &b in &order {
                assert_eq!(cursor.map(b), map.map(b), "{unit:?} at {b}");
            }
        }
    }

    #[test]
    fn names_are_the_serde_names() {
        for u in [OffsetUnit::Byte, OffsetUnit::CodePoint, OffsetUnit::Utf16] {
            assert_eq!(serde_json::to_value(u).unwrap(), u.as_str());
        }
    }

    #[test]
    fn astral_chars_are_two_utf16_units_and_one_code_point() {
        let t = "a😀b";
        assert_eq!(OffsetMap::new(t, OffsetUnit::Utf16).map(5), 3);
        assert_eq!(OffsetMap::new(t, OffsetUnit::CodePoint).map(5), 2);
    }
}
