//! An organization's name of several words that the article writes whole elsewhere, found again
//! in pieces, read in a fourteenth round of real stories (rs26: a mining deal): `[Rio
//! Tinto]ORG` three times, then `Rio [Tinto]ORG’s new chief executive` at a sentence's start;
//! earlier rounds had `[Kyiv]GPE Independent` beside `[Kyiv Independent]ORG`, `[AST]ORG
//! SpaceMobile` beside `[AST SpaceMobile]ORG`. Where the words around a mention make up such a
//! name (a leading `the` aside) and no other mention holds them, the mention becomes the whole
//! organization. OntoNotes train: where a document tags a name of two or more capitalized words
//! an ORG, its other occurrences are tagged whole 7,933 times and as a piece with the rest
//! untagged 28 (mostly `[Trelleborg]ORG 's`, a possessive the tokenizer parts).

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// Runs the reading above over the accepted mentions (in order, not overlapping).
pub(super) fn organizations_whole(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    // The organizations named in two words or more, without a leading `the`; gathered only
    // once a mention has a capitalized word right beside it that no mention holds.
    let mut names: Option<Vec<&str>> = None;
    for k in 0..found.len() {
        let m = found[k];
        // From the bytes first: a capitalized word right before or right after the mention,
        // past a space, that no neighbouring mention holds.
        let prev_end = k.checked_sub(1).map_or(0, |j| found[j].span.end);
        let next_start = found.get(k + 1).map_or(text.len(), |n| n.span.start);
        let before = m.span.start >= 2 && bytes[m.span.start - 1] == b' ' && {
            let word = bytes[..m.span.start - 1]
                .iter()
                .rposition(|&b| b == b' ' || b == b'\n')
                .map_or(0, |p| p + 1);
            prev_end <= word && bytes[word].is_ascii_uppercase()
        };
        let after = bytes.get(m.span.end) == Some(&b' ')
            && bytes.get(m.span.end + 1).is_some_and(u8::is_ascii_uppercase)
            && next_start > m.span.end + 1;
        if !before && !after {
            continue;
        }
        let names = names.get_or_insert_with(|| organizations(text, &found));
        let piece = &text[m.span.start..m.span.end];
        if let Some(whole) = names.iter().find_map(|&name| {
            occurrence_around(text, name, piece, m.span)
                .filter(|s| s.start >= prev_end && s.end <= next_start)
        }) {
            found[k] = Mention {
                span: whole,
                label: Label::ORG,
            };
        }
    }
    found
}

/// The texts of the ORG mentions of two words or more, a leading `the` or `The` left out.
fn organizations<'a>(text: &'a str, found: &[Mention]) -> Vec<&'a str> {
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
}

/// Where the text around `at` (which reads `piece`) spells `name` whole, with `piece` one of
/// its words or runs of words: the name's span, ending at word bounds.
fn occurrence_around(text: &str, name: &str, piece: &str, at: Span) -> Option<Span> {
    if name.len() <= piece.len() {
        return None;
    }
    let word_bound = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
    name.match_indices(piece).find_map(|(off, _)| {
        let nb = name.as_bytes();
        let inside = (off == 0 || nb[off - 1] == b' ')
            && (off + piece.len() == name.len() || nb[off + piece.len()] == b' ');
        let start = at.start.checked_sub(off)?;
        let end = start + name.len();
        let tb = text.as_bytes();
        (inside
            && text.get(start..end) == Some(name)
            && (start == 0 || word_bound(tb.get(start - 1)))
            && word_bound(tb.get(end)))
        .then(|| Span::new(start, end))
    })
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
