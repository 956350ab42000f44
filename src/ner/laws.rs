//! Laws and bills known by a number: `Article 370`, `Section 230`, `Proposition 50`, `Chapter
//! 11`, `Title IX`, `House Bill 18`, `Bill C-21`. OntoNotes makes each one LAW (`Section 504`,
//! `Proposition 13`, `Chapter 11`: 9 of 9 whole, with the law they belong to when `of the` and
//! its name follow: `Article 2 of the San Francisco Treaty`). The model, which has seen few,
//! splits them into an ORG, a PERSON and a CARDINAL (`[House]ORG [Bill]PERSON [18]CARDINAL`) or
//! reads them as a FAC (`Article 370`).

use crate::analysis::{Label, Span};
use crate::ner::shapes::Kind;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// Meant as a [`crate::ner::Merge::Cover`] stage after the model: it replaces the model's
/// pieces, and a LAW the model found for the law after `of the`.
pub struct NumberedLaws;

/// Words a law's numbered part is called by, before its number.
const PARTS: &[&str] = &[
    "Article",
    "Section",
    "Proposition",
    "Prop.",
    "Title",
    "Clause",
    "Schedule",
    "Amendment",
    "Resolution",
];

/// A law's last word where news puts its year right after it, British and South Asian style
/// (`the Finance Bill 2026`, `the Companies Act 2013`, `the Elections Act, 2017`).
const YEARED_LAWS: &[&str] = &["Act", "Bill", "Ordinance"];

/// Capitalized words that open a sentence or a phrase before a law's name without being part of
/// it (`Under the Companies Act 2013`).
const NOT_A_LAWS_WORD: &[&str] = &[
    "The", "A", "An", "Under", "In", "On", "By", "With", "This", "That", "Its", "Their", "Our",
    "Will", "Does", "Did", "If", "As", "After", "Before",
];

/// Chambers whose bills are known by a number (`House Bill 18`, `Senate Bill 17`).
const CHAMBERS: &[&str] = &["House", "Senate", "Assembly"];

/// The chapters of the US Bankruptcy Code that news names (`filed for Chapter 11`); a book's
/// `Chapter 3` is no law.
const BANKRUPTCY_CHAPTERS: &[&str] = &["7", "9", "11", "13", "15"];

/// Words that make a capitalized name a law (`the Communications Decency Act`, `the Treaty on
/// European Union`, `the Constitution`).
const LAW_WORDS: &[&str] = &[
    "Act",
    "Code",
    "Constitution",
    "Treaty",
    "Convention",
    "Charter",
    "Ordinance",
    "Law",
    "Rules",
    "Regulations",
    "Agreement",
];

/// `230`, `35A`, `4C`: a part's number, perhaps with a letter.
fn is_part_number(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits)
        && w.len() - digits <= 1
        && w[digits..].bytes().all(|b| b.is_ascii_uppercase())
}

/// `IX`, `VII`: a Roman numeral (a title or an article of a constitution).
fn is_roman(w: &str) -> bool {
    (1..=5).contains(&w.len()) && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

impl Recognizer for NumberedLaws {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| doc.token_text(i);
        // Where a law word has its year after it (`Bill 2026`, `Act, 2017`): few articles have
        // one, and a name is read back from it only then.
        let yeared: Vec<usize> = (1..n.saturating_sub(1))
            .filter(|&k| matches!(shapes.at(k).first, b'A' | b'B' | b'O'))
            .filter(|&k| YEARED_LAWS.contains(&t(k)))
            .filter(|&k| {
                let year = if t(k + 1) == "," { k + 2 } else { k + 1 };
                year < n && super::is_year(t(year))
            })
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        // Every form starts with a capital: only those tokens are read.
        while let Some(next) = shapes.next(i, Kind::Upper) {
            i = next;
            if i + 1 >= n {
                break;
            }
            let w = t(i);
            let end = if PARTS.contains(&w) && (is_part_number(t(i + 1)) || is_roman(t(i + 1))) {
                // `the Second Amendment` is the model's; `Amendment 4` is a ballot measure.
                Some(i + 2)
            } else if w == "Chapter" && BANKRUPTCY_CHAPTERS.contains(&t(i + 1)) {
                Some(i + 2)
            } else if CHAMBERS.contains(&w)
                && i + 2 < n
                && t(i + 1) == "Bill"
                && is_part_number(t(i + 2))
            {
                Some(i + 3)
            } else if w == "Bill"
                && i + 3 < n
                && t(i + 1).len() == 1
                && t(i + 1).as_bytes()[0].is_ascii_uppercase()
                && t(i + 2) == "-"
                && doc.glued(i + 1)
                && doc.glued(i + 2)
                && is_part_number(t(i + 3))
            {
                // `Bill C-21`, Canada's way of numbering bills (split at its hyphen).
                Some(i + 4)
            } else if yeared
                .get(yeared.partition_point(|&k| k <= i))
                .is_some_and(|&k| k <= i + 5)
            {
                yeared_law(doc, i)
            } else {
                None
            };
            let Some(end) = end else {
                i += 1;
                continue;
            };
            let end = of_the_law(doc, end).unwrap_or(end);
            out.push(Mention {
                span: Span::new(doc.tokens[i].start, doc.tokens[end - 1].end),
                label: Label::LAW,
            });
            i = end;
        }
        out
    }
}

/// Where the law named from token `i` with its year ends (`Finance Bill 2026`, `Elections Act,
/// 2017`): up to five capitalized words (and `of`, `and`, `on` between them) from a capital
/// that opens the run, the last a [`YEARED_LAWS`] word, then a year. Bills and acts read as a
/// person (`Finance [Bill]PERSON [2026]DATE`) become one LAW.
fn yeared_law(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let t = |k: usize| doc.token_text(k);
    let cap = |k: usize| t(k).starts_with(|c: char| c.is_uppercase());
    if NOT_A_LAWS_WORD.contains(&t(i)) || YEARED_LAWS.contains(&t(i)) || (i > 0 && cap(i - 1)) {
        return None;
    }
    let mut k = i + 1;
    while k < n && k <= i + 5 {
        let w = t(k);
        if YEARED_LAWS.contains(&w) {
            let year = if k + 2 < n && t(k + 1) == "," {
                k + 2
            } else {
                k + 1
            };
            return (year < n && super::is_year(t(year))).then_some(year + 1);
        }
        if !(cap(k) || (matches!(w, "of" | "and" | "on") && k + 1 < n && cap(k + 1))) {
            return None;
        }
        k += 1;
    }
    None
}

/// Where `of the` and the name of a law after token `end` end (`of the Communications Decency
/// Act`, `of the Treaty on European Union`, `of the Constitution`): a run of capitalized words
/// (and the `of`, `on`, `and`, `for` between them) with a word that says it is a law.
fn of_the_law(doc: &Doc, end: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    if end + 2 >= n || t(end) != "of" {
        return None;
    }
    let start = if t(end + 1) == "the" {
        end + 2
    } else {
        end + 1
    };
    let (mut law, mut last) = (false, start);
    let mut k = start;
    while k < n && k < start + 8 {
        let w = t(k);
        if w.starts_with(|c: char| c.is_uppercase()) {
            law |= LAW_WORDS.contains(&w);
            last = k + 1;
        } else if !(matches!(w, "of" | "on" | "and" | "for")
            && k + 1 < n
            && t(k + 1).starts_with(|c: char| c.is_uppercase())
            && !PARTS.contains(&t(k + 1)))
        {
            break;
        }
        k += 1;
    }
    law.then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::found_by;

    fn laws(text: &str) -> Vec<String> {
        found_by(&NumberedLaws, text)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn numbered_parts_and_bills_are_laws() {
        assert_eq!(
            laws(
                "Texas passed House Bill 18 and Senate Bill 17 after Article 370 was revoked; \
                 Title IX, Proposition 50, Bill C-21 and Chapter 11 followed, as did Article 50 \
                 of the Treaty on European Union and Section 230 of the Communications Decency \
                 Act."
            ),
            [
                "House Bill 18",
                "Senate Bill 17",
                "Article 370",
                "Title IX",
                "Proposition 50",
                "Bill C-21",
                "Chapter 11",
                "Article 50 of the Treaty on European Union",
                "Section 230 of the Communications Decency Act",
            ]
        );
        assert_eq!(
            laws(
                "Will the Finance Bill 2026 raise VAT under the Elections Act, 2017 and \
                 Resolution 2803? Bill 2026 and the Gates Bill said no."
            ),
            [
                "Finance Bill 2026",
                "Elections Act, 2017",
                "Resolution 2803"
            ]
        );
    }

    #[test]
    fn other_numbers_after_such_words_are_left_alone() {
        assert!(laws(
            "Chapter 3 of the book, the House 18 votes, Bill 18 said, article 5, the Section \
             chief and Title of the film"
        )
        .is_empty());
    }
}
