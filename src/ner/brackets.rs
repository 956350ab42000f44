//! A mention that runs on out of a bracket (`Economic Cooperation Organisation ([ECO) Council of
//! Ministers]ORG`, `Shanghai Cooperation Organisation ([SCO) Council of Foreign Ministers]ORG`,
//! rs21) is two names: the acronym that the bracket closes, and the body named after it. No
//! OntoNotes name holds a closing bracket it did not open; rs18 trimmed one at a mention's
//! edge, and this parts a mention at one inside it.

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// Parts each mention at a `) ` inside it that no `(` inside it opens: the words before it
/// are an ORG where they are an acronym in brackets, and are dropped otherwise; the words
/// after it keep the mention's label where they open with a capital.
pub(super) fn parted_at_closing_brackets(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    // The text's `) `s, found eight bytes at a time (a few an article, most in none).
    let mut closes = Vec::new();
    let mut from = 0;
    while let Some(k) = crate::tokenize::find_byte(bytes, from, b')') {
        if bytes.get(k + 1) == Some(&b' ') {
            closes.push(k);
        }
        from = k + 1;
    }
    if closes.is_empty() {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        // The first `) ` inside the mention, after its first byte.
        let i = closes.partition_point(|&k| k <= m.span.start);
        let inside = closes
            .get(i)
            .copied()
            .filter(|&k| k + 1 < m.span.end)
            .and_then(|k| Some((k - m.span.start, bytes.get(m.span.start..m.span.end)?)));
        let Some((c, text)) = inside.filter(|&(c, text)| !text[..c].contains(&b'(')) else {
            out.push(m);
            continue;
        };
        let head = &text[..c];
        let opened = m.span.start > 0 && bytes[m.span.start - 1] == b'(';
        if opened && head.len() >= 2 && head.iter().all(u8::is_ascii_uppercase) {
            out.push(Mention {
                span: Span::new(m.span.start, m.span.start + c),
                label: Label::ORG,
            });
        }
        let rest = m.span.start + c + 2;
        if bytes.get(rest).is_some_and(u8::is_ascii_uppercase) {
            out.push(Mention {
                span: Span::new(rest, m.span.end),
                label: m.label,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn a_closing_bracket_parts_a_mention() {
        use Label::{GPE, ORG};
        assert_eq!(
            passed(
                "the Economic Cooperation Organisation (ECO) Council of Ministers met (in Paris) \
                 and (the UN (WHO) office)",
                &[
                    ("Economic Cooperation Organisation", ORG),
                    ("ECO) Council of Ministers", ORG),
                    ("Paris", GPE),
                    ("UN (WHO) office", ORG)
                ],
                parted_at_closing_brackets
            ),
            owned(&[
                ("Economic Cooperation Organisation", ORG),
                ("ECO", ORG),
                ("Council of Ministers", ORG),
                ("Paris", GPE),
                ("UN (WHO) office", ORG)
            ])
        );
    }
}
