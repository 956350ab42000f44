//! What each token looks like (its first and last byte, its length, whether it is
//! capitalized), computed once per document for all the rule stages.
//!
//! About twenty stages after the model walk every token of the article, and nearly all of them
//! turn most tokens down on the token's first byte or length (`the`, `said`: no capital, no
//! digit) before reading any list. Reading that byte through [`Doc::token_text`] checks the
//! token's bounds and both char boundaries each time; twenty stages paid that for every token.
//! With the shapes in one array of four bytes a token, a stage's pass over the tokens it turns
//! down reads only that array. The stages answer exactly as before: each shape test is the
//! same test the stage made on the text, and a stage reads the text wherever the shape lets the
//! token through.

use super::Doc;

/// One token's shape. `len` saturates at 255 bytes: tests compare it with small numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// The first byte of the token's text (0 for an empty token).
    pub first: u8,
    /// The last byte of the token's text (0 for an empty token).
    pub last: u8,
    /// The length in bytes, at most 255.
    pub len: u8,
    /// Whether the first character is upper case, as [`super::rules::is_cap`] decides (also
    /// for letters outside ASCII).
    pub cap: bool,
}

impl Shape {
    pub fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        Shape {
            first: b.first().copied().unwrap_or(0),
            last: b.last().copied().unwrap_or(0),
            len: b.len().min(255) as u8,
            cap: match b.first() {
                Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
                _ => super::rules::is_cap(w),
            },
        }
    }
}

/// The shapes of a document's tokens, index for index.
pub struct Shapes(Vec<Shape>);

impl Shapes {
    pub fn new(doc: &Doc) -> Shapes {
        Shapes(
            doc.tokens
                .iter()
                .map(|s| Shape::of(doc.text.get(s.start..s.end).unwrap_or_default()))
                .collect(),
        )
    }

    /// Token `i`'s shape; an empty one past the end.
    #[inline]
    pub fn at(&self, i: usize) -> Shape {
        self.0.get(i).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_say_what_the_text_says() {
        for w in [
            "the", "Beijing", "U.S.", "2025", "É", "état", "İ", "“", "", "ǅ",
        ] {
            let s = Shape::of(w);
            assert_eq!(s.first, w.as_bytes().first().copied().unwrap_or(0), "{w}");
            assert_eq!(s.last, w.as_bytes().last().copied().unwrap_or(0), "{w}");
            assert_eq!(s.len as usize, w.len(), "{w}");
            assert_eq!(s.cap, super::super::rules::is_cap(w), "{w}");
        }
        assert_eq!(Shape::of(&"a".repeat(300)).len, 255);
    }
}
