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

/// The shapes of a document's tokens, index for index, with the tokens of a few kinds of first
/// byte as bit sets.
///
/// A stage that turns a token down on its shape still paid ~12 instructions a token to walk
/// them all through [`Shapes::at`] (bounds check, the shape, the test, the loop): about 1 M a
/// stage in the seeds bench, twenty stages. With the capitalized tokens (12 % of them) as a
/// bit set, a stage that only reads those visits them alone ([`Shapes::each`],
/// [`Shapes::next`]); one that turns tokens down on a table of first bytes scans the shapes
/// alone for the next token to read ([`Shapes::next_where`]).
pub struct Shapes {
    shapes: Vec<Shape>,
    /// The first bytes alone, for [`Shapes::next_where`]'s scan.
    firsts: Vec<u8>,
    /// One bit a token, a set for each [`Kind`] (by its index).
    kinds: [Vec<u64>; 4],
}

/// The kinds of token a stage may ask for by their first byte, as bit sets in [`Shapes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The first byte is an ASCII capital (`shape.first.is_ascii_uppercase()`).
    Upper = 0,
    /// The first byte is an ASCII digit.
    Digit = 1,
    /// Either of the two.
    UpperOrDigit = 2,
    /// The token is capitalized ([`Shape::cap`]; also letters outside ASCII).
    Cap = 3,
}

impl Shapes {
    pub fn new(doc: &Doc) -> Shapes {
        // The token texts as the `Doc` sliced them (the empty string for a span that is not
        // a slice of the text, as `text.get(span)` gave here before).
        let shapes: Vec<Shape> = doc.words.iter().map(|w| Shape::of(w)).collect();
        let firsts: Vec<u8> = shapes.iter().map(|s| s.first).collect();
        // The bit sets, 64 tokens a word (one word more, so a set is never empty). Built from
        // the shapes in a second pass: in the pass that makes them, it cost 1.1 M more.
        let words = shapes.len() / 64 + 1;
        let mut kinds = [(); 4].map(|_| Vec::with_capacity(words));
        let last = shapes.len().is_multiple_of(64).then_some(&[][..]);
        for chunk in shapes.chunks(64).chain(last) {
            let (mut upper, mut digit, mut cap) = (0u64, 0u64, 0u64);
            for (k, s) in chunk.iter().enumerate() {
                upper |= (s.first.is_ascii_uppercase() as u64) << k;
                digit |= (s.first.is_ascii_digit() as u64) << k;
                cap |= (s.cap as u64) << k;
            }
            for (set, word) in kinds.iter_mut().zip([upper, digit, upper | digit, cap]) {
                set.push(word);
            }
        }
        Shapes {
            shapes,
            firsts,
            kinds,
        }
    }

    /// Token `i`'s shape; an empty one past the end.
    #[inline]
    pub fn at(&self, i: usize) -> Shape {
        self.shapes.get(i).copied().unwrap_or_default()
    }

    /// All the shapes, index for index.
    #[inline]
    pub fn all(&self) -> &[Shape] {
        &self.shapes
    }

    /// The tokens of kind `kind`, in order.
    pub fn each(&self, kind: Kind) -> Each<'_> {
        let bits = &self.kinds[kind as usize];
        Each {
            bits,
            word: 0,
            rest: bits.first().copied().unwrap_or(0),
        }
    }

    /// The first token of kind `kind` at `from` or after it, if there is one.
    #[inline]
    pub fn next(&self, from: usize, kind: Kind) -> Option<usize> {
        let bits = &self.kinds[kind as usize];
        let mut w = from / 64;
        let mut rest = bits.get(w)? & (u64::MAX << (from % 64));
        loop {
            if rest != 0 {
                return Some(w * 64 + rest.trailing_zeros() as usize);
            }
            w += 1;
            rest = *bits.get(w)?;
        }
    }

    /// The first token at `from` or after it whose first byte `want` accepts; the token count
    /// if none does.
    #[inline]
    pub fn next_where(&self, from: usize, want: impl Fn(u8) -> bool) -> usize {
        let rest = self.firsts.get(from..).unwrap_or_default();
        rest.iter()
            .position(|&b| want(b))
            .map_or(self.firsts.len().max(from), |k| from + k)
    }
}

/// The tokens of one [`Kind`], in order ([`Shapes::each`]).
pub struct Each<'a> {
    bits: &'a [u64],
    word: usize,
    rest: u64,
}

impl Iterator for Each<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.rest == 0 {
            self.word += 1;
            self.rest = *self.bits.get(self.word)?;
        }
        let k = self.rest.trailing_zeros() as usize;
        self.rest &= self.rest - 1;
        Some(self.word * 64 + k)
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

    #[test]
    fn kinds_and_searches_say_what_the_shapes_say() {
        // Tokens of every kind over more than two words of bits, at the words' edges too.
        let words: Vec<String> = (0..200)
            .map(|i| match (i * 7 + i / 3) % 6 {
                0 => "Word".to_string(),
                1 => format!("{i}"),
                2 => "word".to_string(),
                3 => "Émile".to_string(),
                4 => "“".to_string(),
                _ => "i".to_string(),
            })
            .collect();
        let text = words.join(" ");
        let tokens = crate::tokenize::tokenize(&text);
        let sentences: Vec<std::ops::Range<usize>> = std::iter::once(0..tokens.len()).collect();
        let doc = Doc::new(&text, &tokens, &sentences);
        let shapes = Shapes::new(&doc);
        let n = tokens.len();
        assert_eq!(shapes.all().len(), n);
        type Test = fn(Shape) -> bool;
        let tests: [(Kind, Test); 4] = [
            (Kind::Upper, |s| s.first.is_ascii_uppercase()),
            (Kind::Digit, |s| s.first.is_ascii_digit()),
            (Kind::UpperOrDigit, |s| {
                s.first.is_ascii_uppercase() || s.first.is_ascii_digit()
            }),
            (Kind::Cap, |s| s.cap),
        ];
        for (kind, test) in tests {
            let want: Vec<usize> = (0..n).filter(|&i| test(shapes.at(i))).collect();
            assert_eq!(shapes.each(kind).collect::<Vec<_>>(), want, "{kind:?}");
            for from in 0..n + 70 {
                assert_eq!(
                    shapes.next(from, kind),
                    want.iter().copied().find(|&i| i >= from),
                    "{kind:?} {from}"
                );
            }
        }
        for from in 0..n + 3 {
            let want = (from..n).find(|&i| shapes.at(i).first == b'i');
            assert_eq!(
                shapes.next_where(from, |b| b == b'i'),
                want.unwrap_or(n.max(from))
            );
        }
    }
}
