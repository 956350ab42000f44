//! Article structure: which lines are title, dateline, captions, body and boilerplate, and the
//! paragraphs and sentences of the text. Saved web pages and Markdown are turned into plain
//! article text first ([`html`], [`markdown`]); everything after that reads plain text.

pub mod blocks;
pub mod dates;
pub mod html;
pub mod lang;
pub mod markdown;
pub mod sentences;
pub mod structure;

pub use structure::Hints;

use crate::analysis::{Span, Stats, Structure};
use std::ops::Range;

/// The layout of one article, in byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub structure: Structure,
    /// Every paragraph-like block of the text (title, metadata and boilerplate included);
    /// sentences never cross one.
    pub paragraphs: Vec<Span>,
    /// Where the dateline ends, separator included (`NEW YORK, Jan 30 (Reuters) -`).
    pub dateline_end: Option<usize>,
    /// The news agency the dateline names (`Reuters`).
    pub agency: Option<Span>,
}

impl Article {
    /// The stretches of tokens the entity recognizers read one at a time: the `sentences`,
    /// with the dateline apart from the sentence it opens. Read as one, `Jan 30 (Reuters) -
    /// Apple Inc` looked like one name to the model; a name never runs across the separator.
    /// (The sentences themselves stay whole: to a reader the dateline opens the first one.)
    pub fn segments(&self, tokens: &[Span], sentences: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut out = sentences.to_vec();
        let Some(at) = self.dateline_end else {
            return out;
        };
        // The first token after the dateline, if it is inside a sentence (not its first).
        let k = tokens.partition_point(|t| t.start < at);
        if let Some(i) = out.iter().position(|r| r.start < k && k < r.end) {
            let r = out[i].clone();
            out[i] = r.start..k;
            out.insert(i + 1, k..r.end);
        }
        out
    }
}

/// Finds the structure of `text`.
pub fn parse(text: &str) -> Article {
    parse_with(text, &Hints::default())
}

/// Finds the structure of `text`, trusting what `hints` know (e.g. an HTML page's headline).
pub fn parse_with(text: &str, hints: &Hints) -> Article {
    let (structure, paragraphs) = structure::find(text, hints);
    // The dateline's parts, read from its paragraph: where it ends and whom it names.
    let read = structure.dateline.and_then(|d| {
        let para = paragraphs
            .iter()
            .find(|p| p.start <= d.start && d.end <= p.end)?;
        let s = &text[d.start..para.end];
        Some((d.start, s, structure::dateline_parts(s)?))
    });
    let dateline_end = read.map(|(at, _, parts)| at + parts.end);
    let agency = read.and_then(|(at, s, parts)| {
        let (a, b) = parts.agency(s)?;
        Some(Span::new(at + a, at + b))
    });
    Article {
        structure,
        paragraphs,
        dateline_end,
        agency,
    }
}

/// The paragraphs of `text` (see [`Article::paragraphs`]).
pub fn paragraphs(text: &str) -> Vec<Span> {
    parse(text).paragraphs
}

/// True when `span` is article body text: inside the body and in no caption or boilerplate.
pub fn in_body(s: &Structure, span: Span) -> bool {
    s.body.is_some_and(|b| b.contains(span))
        && !s
            .captions
            .iter()
            .chain(s.boilerplate.iter())
            .chain(s.metadata.iter())
            .any(|r| r.overlaps(span))
}

/// Words as a reader counts them: white-space separated chunks with a letter or digit
/// (`China’s` and `May 6–7` are one word each, a lone `—` none); in Chinese and Japanese
/// text, which has no spaces, each ideograph or kana counts as one.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .map(|w| {
            if w.is_ascii() {
                return usize::from(w.bytes().any(|b| b.is_ascii_alphanumeric()));
            }
            let cjk = w.chars().filter(|&c| lang::is_cjk(c)).count();
            let rest = w.chars().any(|c| c.is_alphanumeric() && !lang::is_cjk(c));
            cjk + usize::from(rest)
        })
        .sum()
}

/// Reading speed used for `reading_minutes`.
pub const WORDS_PER_MINUTE: usize = 230;

/// Reader-facing numbers over the body (captions and boilerplate excluded).
pub fn stats(
    text: &str,
    article: &Article,
    tokens: &[Span],
    sentences: &[std::ops::Range<usize>],
) -> Stats {
    let s = &article.structure;
    // The body's paragraphs, decided once and read in place (no joined copy of the body).
    let body: Vec<&str> = article
        .paragraphs
        .iter()
        .filter(|p| in_body(s, **p))
        .map(|p| &text[p.start..p.end])
        .collect();
    let sentence_count = sentences
        .iter()
        .filter(|r| !r.is_empty())
        .filter(|r| in_body(s, Span::new(tokens[r.start].start, tokens[r.end - 1].end)))
        .count();
    let paragraphs = body.len();
    // The words as `word_count` counts them; the language as detecting on the paragraphs
    // joined by line breaks.
    let (words, language) = lang::words_and_language(&body);
    Stats {
        words,
        sentences: sentence_count,
        paragraphs,
        reading_minutes: words.div_ceil(WORDS_PER_MINUTE),
        language: language.into(),
        // Too little text to tell is not a reason to warn.
        is_english: matches!(language, "en" | "und"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn stats_of(text: &str) -> Stats {
        let article = parse(text);
        let tokens = tokenize(text);
        let sentences = sentences::split(text, &tokens, &article.paragraphs);
        stats(text, &article, &tokens, &sentences)
    }

    #[test]
    fn stats_count_the_body_only() {
        let t = "Talks end in Beijing\n\nBEIJING: The talks ended on Friday. Both sides agreed \
                 to meet again.\nA second paragraph of the story follows here.\n\n\
                 Related: Oil prices gain on Iran concerns\n- 6 hours ago";
        let st = stats_of(t);
        assert_eq!(st.paragraphs, 2);
        assert_eq!(st.sentences, 3);
        assert_eq!(st.words, 20);
        assert_eq!(word_count("China’s “ironclad” friend — May 6–7 王毅"), 7);
        assert_eq!(st.reading_minutes, 1);
        assert_eq!(st.language, "en");
        assert!(st.is_english);
    }

    #[test]
    fn the_dateline_is_read_apart_but_stays_in_its_sentence() {
        let t = "Apple shares slide\n\nNEW YORK, Jan 30 (Reuters) - Apple Inc shares fell. \
                 They rose later.";
        let article = parse(t);
        let tokens = tokenize(t);
        let sentences = sentences::split(t, &tokens, &article.paragraphs);
        let text_of = |r: &Range<usize>| &t[tokens[r.start].start..tokens[r.end - 1].end];
        let said: Vec<&str> = sentences.iter().map(text_of).collect();
        assert_eq!(
            said,
            [
                "Apple shares slide",
                "NEW YORK, Jan 30 (Reuters) - Apple Inc shares fell.",
                "They rose later."
            ]
        );
        let read: Vec<&str> = article
            .segments(&tokens, &sentences)
            .iter()
            .map(text_of)
            .collect();
        assert_eq!(
            read,
            [
                "Apple shares slide",
                "NEW YORK, Jan 30 (Reuters) -",
                "Apple Inc shares fell.",
                "They rose later."
            ]
        );
        // No dateline: the sentences as they are.
        let t = "Apple Inc shares fell - sharply. They rose later.";
        let (article, tokens) = (parse(t), tokenize(t));
        let sentences = sentences::split(t, &tokens, &article.paragraphs);
        assert_eq!(article.segments(&tokens, &sentences), sentences);
    }

    #[test]
    fn french_is_not_english() {
        let st = stats_of(
            "Le ministre des Affaires étrangères est arrivé à Pékin pour une visite de trois \
             jours. Il doit rencontrer son homologue chinois et les dirigeants du parti.",
        );
        assert_eq!(st.language, "fr");
        assert!(!st.is_english);
    }

    /// Pseudo-random texts built from the pieces that trip parsers: no entry point may panic,
    /// and every span must lie on character boundaries inside the text.
    #[test]
    fn no_panics_on_odd_text() {
        const PIECES: &[&str] = &[
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            " ",
            ":",
            "BEIJING",
            "Islamabad",
            "date ",
            "2025-05-21",
            "Published: ",
            "May 21, 2025",
            "- 6 hours ago",
            "IMAGE: ",
            "Photograph: ",
            "Related",
            "Share",
            "©",
            "U.S.",
            "Dr.",
            "No. 10",
            "1.5",
            "“",
            "”",
            "’",
            "'",
            "\"",
            "—",
            "–",
            " - ",
            "😀",
            "王毅",
            "وزیر",
            "é",
            "\u{feff}",
            "\t",
            "(Reuters)",
            "By ",
            "Jane Doe",
            ".",
            "?",
            "<p>",
            "</p>",
            "<h1>",
            "<!--",
            "&amp;",
            "&#",
            "# ",
            "**",
            "[",
            "](",
            "`",
            "> ",
            "---",
            "The talks ended",
            "a",
            "Z",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..600 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let a = crate::analyze(&text, &crate::Options::default());
            let s = &a.structure;
            let spans = s
                .title
                .iter()
                .chain(&s.subtitle)
                .chain(&s.dateline)
                .chain(s.date.as_ref().map(|d| &d.span))
                .chain(&s.captions)
                .chain(&s.body)
                .chain(&s.boilerplate)
                .chain(&s.metadata)
                .chain(&a.paragraphs)
                .chain(&a.sentences);
            for sp in spans {
                assert!(
                    sp.start <= sp.end && sp.end <= a.text_len,
                    "{sp:?} in {text:?}"
                );
            }
            let b = crate::analyze(
                &text,
                &crate::Options {
                    offsets: crate::OffsetUnit::Byte,
                    tokens: false,
                },
            );
            for sp in b
                .paragraphs
                .iter()
                .chain(&b.sentences)
                .chain(&b.structure.body)
            {
                assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
            }
            let _ = html::extract(&text);
            let _ = markdown::convert(&text);
            for name in ["a.txt", "a.md", "a.html"] {
                let _ = crate::decode::load(text.as_bytes(), name);
            }
        }
    }

    #[test]
    fn empty_text_has_zero_stats() {
        let st = stats_of("");
        assert_eq!(
            (st.words, st.sentences, st.paragraphs, st.reading_minutes),
            (0, 0, 0, 0)
        );
    }
}
