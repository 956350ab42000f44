//! An organization's name of several words that the article writes whole elsewhere, found again
//! in pieces, read in a fourteenth round of real stories (rs26: a mining deal): `[Rio
//! Tinto]ORG` three times, then `Rio [Tinto]ORG’s new chief executive` at a sentence's start;
//! earlier rounds had `[Kyiv]GPE Independent` beside `[Kyiv Independent]ORG`, `[AST]ORG
//! SpaceMobile` beside `[AST SpaceMobile]ORG`. Where the words around a mention (not a person's
//! name, not an amount) make up such a name (a leading `the` aside) and no other mention holds
//! them, the mention becomes the whole organization. OntoNotes train: where a document tags a name of two or more capitalized words
//! an ORG, its other occurrences are tagged whole 7,933 times and as a piece with the rest
//! untagged 28 (mostly `[Trelleborg]ORG 's`, a possessive the tokenizer parts).

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// Runs the reading above over the accepted mentions (in order, not overlapping).
pub(super) fn organizations_whole(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    // The organizations named in two words or more, without a leading `the`: an article without
    // one is done.
    let names = organizations(text, &found);
    if names.is_empty() {
        return found;
    }
    for k in 0..found.len() {
        let m = found[k];
        // From the bytes first: no amount and no person (a title before a person's name, the
        // commonest capitalized neighbour, names no organization), and a capitalized word right
        // before or right after the mention, past a space, that no neighbouring mention holds
        // (not a `The` opening a sentence, which the names are gathered without).
        if matches!(
            m.label,
            Label::PERSON
                | Label::CARDINAL
                | Label::MONEY
                | Label::PERCENT
                | Label::QUANTITY
                | Label::ORDINAL
                | Label::TIME
        ) {
            continue;
        }
        let prev_end = k.checked_sub(1).map_or(0, |j| found[j].span.end);
        let next_start = found.get(k + 1).map_or(text.len(), |n| n.span.start);
        let after = bytes.get(m.span.end) == Some(&b' ')
            && bytes
                .get(m.span.end + 1)
                .is_some_and(u8::is_ascii_uppercase)
            && next_start > m.span.end + 1;
        let before = !after
            && m.span.start >= 2
            && bytes[m.span.start - 1] == b' '
            && bytes[m.span.start - 2].is_ascii_alphabetic()
            && {
                let word = bytes[..m.span.start - 1]
                    .iter()
                    .rposition(|&b| b == b' ' || b == b'\n')
                    .map_or(0, |p| p + 1);
                prev_end <= word
                    && bytes[word].is_ascii_uppercase()
                    && &bytes[word..m.span.start - 1] != b"The"
            };
        if !before && !after {
            continue;
        }
        let piece = &text[m.span.start..m.span.end];
        let first = word_bit(bytes[m.span.start]);
        if let Some(whole) = names
            .iter()
            .filter(|&&(_, words)| words & first != 0)
            .find_map(|&(name, _)| {
                occurrence_around(text, name, piece, m.span)
                    .filter(|s| s.start >= prev_end && s.end <= next_start)
            })
        {
            found[k] = Mention {
                span: whole,
                label: Label::ORG,
            };
        }
    }
    found
}

/// A bit for a word's first byte, for a cheap test of whether a name has a word that starts
/// as the piece does.
fn word_bit(first: u8) -> u64 {
    1 << (first & 63)
}

/// The texts of the ORG mentions of two words or more, a leading `the` or `The` left out, each
/// with the bits of its words' first bytes.
fn organizations<'a>(text: &'a str, found: &[Mention]) -> Vec<(&'a str, u64)> {
    let mut names: Vec<&str> = found
        .iter()
        .filter(|m| m.label == Label::ORG)
        .filter_map(|m| text.get(m.span.start..m.span.end))
        .map(|t| {
            t.strip_prefix("the ")
                .or_else(|| t.strip_prefix("The "))
                .unwrap_or(t)
        })
        .filter(|t| t.contains(' ') && t.starts_with(|c: char| c.is_uppercase()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let words = name
                .split(' ')
                .filter_map(|w| w.bytes().next())
                .fold(0, |bits, b| bits | word_bit(b));
            (name, words)
        })
        .collect()
}

/// Where the text around `at` (which reads `piece`) spells `name` whole, with `piece` one of
/// its words or runs of words: the name's span, ending at word bounds.
fn occurrence_around(text: &str, name: &str, piece: &str, at: Span) -> Option<Span> {
    if name.len() <= piece.len() {
        return None;
    }
    let nb = name.as_bytes();
    let tb = text.as_bytes();
    let word_bound = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    // Each word start of the name where the piece could begin: the start and after a space.
    let starts = std::iter::once(0).chain(
        nb.iter()
            .enumerate()
            .filter(|&(_, &b)| b == b' ')
            .map(|(i, _)| i + 1),
    );
    for off in starts {
        let rest = &nb[off..];
        if !rest.starts_with(piece.as_bytes())
            || !(rest.len() == piece.len() || rest[piece.len()] == b' ')
        {
            continue;
        }
        let Some(start) = at.start.checked_sub(off) else {
            continue;
        };
        let end = start + name.len();
        if tb.get(start..end) == Some(nb)
            && (start == 0 || word_bound(tb.get(start - 1)))
            && word_bound(tb.get(end))
        {
            return Some(Span::new(start, end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mentions marked in brackets in `marked`, with `labels` in order, through the pass:
    /// the texts and labels it returns.
    fn through(marked: &str, labels: &[Label]) -> Vec<(String, Label)> {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut open = 0;
        for c in marked.chars() {
            match c {
                '[' => open = text.len(),
                ']' => spans.push(Span::new(open, text.len())),
                _ => text.push(c),
            }
        }
        let found = spans
            .into_iter()
            .zip(labels)
            .map(|(span, &label)| Mention { span, label })
            .collect();
        let out = crate::ner::test_support::with_doc(&text, |doc| organizations_whole(doc, found));
        out.into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn pieces_of_a_named_organization_are_the_organization() {
        use Label::{GPE, ORG, PERSON};
        assert_eq!(
            through(
                "[Rio Tinto] declined. Rio [Tinto]’s chief said the [Kyiv Independent] had it. \
                 Then [Kyiv] Independent and [Tinto] alone, [Tinto] Rio, Tintos Rio, [Rio] \
                 [Tinto].",
                &[ORG, ORG, ORG, GPE, PERSON, ORG, GPE, ORG]
            ),
            vec![
                ("Rio Tinto".to_string(), ORG),
                ("Rio Tinto".to_string(), ORG),
                ("Kyiv Independent".to_string(), ORG),
                ("Kyiv Independent".to_string(), ORG),
                ("Tinto".to_string(), PERSON),
                ("Tinto".to_string(), ORG),
                ("Rio".to_string(), GPE),
                ("Tinto".to_string(), ORG),
            ]
        );
    }
}
