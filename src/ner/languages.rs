//! Names of languages. OntoNotes labels a language LANGUAGE (`in English`, `speak Mandarin`),
//! but the words that name most languages also name peoples (`Portuguese`, `Tamil`), and the
//! model, trained on the mix, read them as NORP or as places: `in [Swahili]GPE`, `in
//! [Korean]NORP`, `a [Portuguese]NORP word`, `[Urdu]EVENT`, `[Bahasa Indonesia]GPE`.

use std::sync::OnceLock;

use crate::analysis::{Label, Span};
use crate::ner::gazetteer::PhraseList;
use crate::ner::rules::{is_cap, NOT_NAMES};
use crate::ner::shapes::Kind;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// Languages by list: one that names nothing else (`Swahili`, `Hindi`, `Mandarin`,
/// languages.txt) wherever it stands alone as a name; one that is also a people or a
/// nationality (`French`, `Korean`, `Tamil`, language_adjectives.txt) only where the sentence
/// speaks of a language: after `in`, `into`, `speak`, `translated`, `fluent` and the like with
/// no noun after it (`in French hands` is no language), before `language`, `-speaking`, `word`,
/// `version` and the like, or in a list with a language (`in Urdu, Pashto and Dari`). A word
/// that is a piece of a longer name (`Mandarin Oriental`, `Latin America`) is left alone.
/// Meant as a [`crate::ner::Merge::Cover`] stage after the model.
pub struct Languages;

/// Builds the lists now rather than on the first text ([`crate::load`]).
pub(crate) fn load() {
    languages();
}

/// Whether a language also names a people or a nationality, by list.
fn languages() -> &'static (PhraseList<()>, PhraseList<()>) {
    static LISTS: OnceLock<(PhraseList<()>, PhraseList<()>)> = OnceLock::new();
    LISTS.get_or_init(|| {
        (
            PhraseList::new(include_str!("../../gazetteers/languages.txt"), |_| Some(())),
            PhraseList::new(
                include_str!("../../gazetteers/language_adjectives.txt"),
                |_| Some(()),
            ),
        )
    })
}

/// Words after which a language's name, with no noun after it, is the language: `in`,
/// `speak`, `translated into`, `learning`.
const CUES_BEFORE: &[&str] = &[
    "in",
    "into",
    "speak",
    "speaks",
    "spoke",
    "spoken",
    "speaking",
    "translate",
    "translates",
    "translated",
    "translating",
    "subtitled",
    "dubbed",
    "fluent",
    "learn",
    "learns",
    "learned",
    "learnt",
    "learning",
    "teach",
    "teaches",
    "taught",
    "teaching",
];

/// Words between such a cue and the language (`in fluent French`, `speaks broken English`).
const MANNERS: &[&str] = &[
    "fluent", "broken", "perfect", "plain", "basic", "native", "both",
];

/// Words after which a language's name is the language whatever comes before it (`English
/// language`, `English lessons`: LANGUAGE 36 of 39 in OntoNotes train).
const CUES_AFTER: &[&str] = &[
    "language",
    "languages",
    "lessons",
    "classes",
    "word",
    "words",
    "translation",
    "translations",
    "version",
    "versions",
    "speakers",
    "subtitles",
    "dub",
    "dubbing",
    "edition",
];

/// Words that may follow a cued language's name: they end its phrase, where a noun would make
/// it an adjective of people or things (`in French hands`, `in Chinese markets`).
const PHRASE_ENDS: &[&str] = &[
    "and", "or", "nor", "but", "to", "on", "at", "for", "with", "before", "after", "as", "by",
    "while", "when", "than", "is", "was", "are", "were", "only", "instead", "too", "so", "because",
    "during", "from", "since", "until", "the", "a", "an", "not", "rather", "also", "which", "that",
    "if", "in", "into", "will", "would", "can", "could", "may", "might", "must", "should", "has",
    "have", "had", "through", "via", "without", "about",
];

impl Recognizer for Languages {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
        let (names, adjectives) = languages();
        // Each candidate as (start, end exclusive, last token of its sentence + 1, language).
        // Whether the phrase of a language ending before token `e` ends there: no noun after
        // it makes it an adjective (`in French hands`).
        let ends = |e: usize, last: usize| {
            e >= last
                || PHRASE_ENDS.contains(&t(e))
                || !t(e).starts_with(|c: char| c.is_alphanumeric() || c == '-')
        };
        let mut found: Vec<(usize, usize, usize, bool)> = Vec::new();
        let mut sentence = 0;
        let mut next = 0;
        // Every name is capitalized: only those tokens are read.
        for i in shapes.each(Kind::Upper) {
            while sentence < doc.sentences.len() && doc.sentences[sentence].end <= i {
                sentence += 1;
            }
            if i < next {
                continue;
            }
            let (first, last) = doc
                .sentences
                .get(sentence)
                .map_or((0, n), |s| (s.start, s.end));
            let (e, named) = match names.longest_at(doc, i) {
                Some((e, ())) => (e, true),
                None => match adjectives.longest_at(doc, i) {
                    Some((e, ())) => (e, false),
                    None => continue,
                },
            };
            next = e;
            // A capitalized word before or after: a piece of another name.
            if (i > first && is_cap(t(i - 1)) && !NOT_NAMES.contains(&t(i - 1)))
                || (e < last && is_cap(t(e)))
            {
                continue;
            }
            let after = CUES_AFTER.contains(&t(e))
                || (t(e) == "-"
                    && doc.tokens[e - 1].end == doc.tokens[e].start
                    && matches!(t(e + 1), "language" | "speaking"));
            let cue = |k: usize| k > first && CUES_BEFORE.contains(&t(k - 1));
            let before = cue(i)
                || (i > first + 1 && MANNERS.contains(&t(i - 1)) && cue(i - 1))
                || (i >= first + 2 && t(i - 1) == "from" && t(i - 2) == "translated");
            found.push((i, e, last, named || after || (before && ends(e, last))));
        }
        // A name in a list with a language is one too (`in Urdu, Pashto and Dari`): spread
        // both ways until nothing changes.
        let joined = |a: (usize, usize, usize, bool), b: (usize, usize, usize, bool)| {
            let gap = &doc.text[doc.tokens[a.1 - 1].end..doc.tokens[b.0].start];
            matches!(gap.trim(), "," | "and" | "or" | ", and" | ", or" | "/")
        };
        let mut changed = true;
        while changed {
            changed = false;
            for k in 0..found.len() {
                let c = found[k];
                if c.3 || !ends(c.1, c.2) {
                    continue;
                }
                let before = k > 0 && found[k - 1].3 && joined(found[k - 1], c);
                let after = k + 1 < found.len() && found[k + 1].3 && joined(c, found[k + 1]);
                if before || after {
                    found[k].3 = true;
                    changed = true;
                }
            }
        }
        found
            .into_iter()
            .filter(|c| c.3)
            .map(|(s, e, _, _)| Mention {
                span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
                label: Label::LANGUAGE,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        crate::ner::test_support::found_by(&Languages, text)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    fn has(text: &str, want: &[&str]) {
        assert_eq!(found(text), want, "{text}");
    }

    #[test]
    fn languages_by_name() {
        has("Most residents speak Swahili at home.", &["Swahili"]);
        has("Pupils must pass Kiswahili to progress.", &["Kiswahili"]);
        has(
            "Translated into Hausa and Bahasa Indonesia.",
            &["Hausa", "Bahasa Indonesia"],
        );
        has("Hindi films sell well.", &["Hindi"]);
    }

    #[test]
    fn nationality_words_in_language_contexts() {
        has("She answered in Spanish before switching.", &["Spanish"]);
        has("It is a Portuguese word for rain.", &["Portuguese"]);
        has(
            "The app translates Japanese and Korean in real time.",
            &["Japanese", "Korean"],
        );
        has(
            "The speech in English, Spanish, German and Hindi.",
            &["English", "Spanish", "German", "Hindi"],
        );
        has(
            "Signs are in Mandarin, Tamil and Malay.",
            &["Mandarin", "Tamil", "Malay"],
        );
        has(
            "Chinese-language papers and Spanish-speaking voters.",
            &["Chinese", "Spanish"],
        );
        has("He speaks fluent French.", &["French"]);
    }

    #[test]
    fn peoples_and_longer_names_are_no_languages() {
        has("The town fell into French hands.", &[]);
        has("Investors in Chinese markets sold.", &[]);
        has("Orders from Japanese companies fell.", &[]);
        has("The Korean team won in Latin America.", &[]);
        has("They stayed at the Mandarin Oriental.", &[]);
        has("Tamil voters and Hausa traders met.", &[]);
    }
}
