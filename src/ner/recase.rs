//! Truecasing of headline lines for the recognizers.
//!
//! The model learned on OntoNotes, whose text is in sentence case: it never saw a Title Case
//! or ALL-CAPS line, and reads their capitals as names. `'Wicked: For Good' Tops Thanksgiving
//! Box Office With $150 Million` gave the ORG `Tops Thanksgiving Box Office With`, `Trump Signs
//! Bill Into Law` the PERSON `Bill Into Law`, and Fox's related links (`HOMAN SAYS …`) junk.
//!
//! [`recase`] writes a copy of the text in which the chosen words of such lines take the case
//! the article gives them elsewhere (`Box Office` → `box office` when the body writes `box
//! office`; `HOMAN` → `Homan` when it writes `Homan`; `NATO` stays). Only ASCII letters change
//! case, so the copy has the same length and the same byte offsets: every span found in it is
//! a span of the original, whose text the entities keep.

use crate::analysis::{Span, Structure};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::Doc;
use crate::wordmap::{with_ascii_lowercase, WordMap, WordSet, Words};

/// A line longer than this (in words) is prose, not a headline, a subhead or a related link,
/// unless it is the title or the subtitle.
const SHORT_LINE: usize = 20;

/// The longest title or subtitle line still read as a headline.
const LONG_TITLE: usize = 40;

/// The longest word looked up in the article (longer ones are left as they are).
const LONGEST: usize = 24;

/// Words that a Title Case line capitalizes though they name nothing: prepositions,
/// conjunctions, articles, pronouns and auxiliaries (`Trump Signs Bill Into Law`). Written in
/// lower case in any headline line but its first word.
const CLOSED_CLASS: &[&str] = &[
    "a", "about", "after", "against", "amid", "an", "and", "are", "as", "at", "be", "been",
    "before", "behind", "between", "but", "by", "despite", "during", "for", "from", "has", "have",
    "he", "her", "his", "in", "into", "is", "it", "its", "near", "nor", "of", "off", "on", "onto",
    "or", "our", "out", "over", "per", "she", "since", "than", "that", "the", "their", "these",
    "they", "this", "those", "through", "to", "toward", "towards", "under", "until", "up", "upon",
    "via", "vs", "was", "we", "were", "what", "when", "where", "who", "why", "with", "within",
    "without", "would",
];

/// The small words a Title Case headline may leave in lower case (`Jimmy Kimmel to Host Oscars
/// for Fifth Time`).
const STYLE_LOWER: Words = Words::new(&[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "up", "via", "vs", "with",
]);

/// Hand-written common headline words (`Signs`, `Tops`, `Box`, `Office`), lower-cased where
/// the article gives no casing of its own: see `gazetteers/headline_words.txt`.
const HEADLINE_WORDS: &str = include_str!("../../gazetteers/headline_words.txt");

/// The [`HEADLINE_WORDS`], parsed once.
fn headline_words() -> &'static WordSet<&'static str> {
    static WORDS: std::sync::OnceLock<WordSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        HEADLINE_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Parses the word list ahead of the first analysis (see [`crate::pipeline::load`]).
pub(crate) fn load() {
    headline_words();
}

/// How a line is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Nearly every word of four letters or more capitalized (`Apple Shares Slide After Weak
    /// China Sales`).
    Title,
    /// Nearly every letter upper case, three words or more (`HOMAN SAYS …`).
    Caps,
}

/// How the rest of the article (its lines of ordinary case) writes a word.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// `office`.
    lower: u32,
    /// `Office` inside a sentence, where the capital means a name.
    title_inside: u32,
    /// `Office` opening a sentence, where the capital says nothing.
    title_first: u32,
    /// `OFFICE`.
    upper: u32,
}

/// The case a word takes in the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// First letter upper, the rest lower.
    Title,
    Upper,
}

/// The text with the headline lines of `doc` truecased, or `None` when nothing changes (the
/// recognizers then read the text itself, at no cost). `structure` says which lines are the
/// title and subtitle (read as headlines whatever their length), which lines are bylines (left
/// alone: `By SETH BORENSTEIN` is a name in capitals, not a shouted word) and the dateline.
pub fn recase(doc: &Doc, structure: &Structure) -> Option<String> {
    let lines = headline_lines(doc, structure);
    if lines.is_empty() {
        return None;
    }
    let (evidence, prose) = evidence(doc, &lines);
    let context = Context {
        evidence: &evidence,
        gazetteer: Gazetteer::shared(),
        prose,
    };
    let mut changes: Vec<(usize, Case)> = Vec::new();
    for line in &lines {
        decide(doc, line, &context, &mut changes);
    }
    // A dateline keeps its capitals (`SEOUL`), which say it is a place; the rest of its line
    // is recased (`Box Office: 'Dune' Sequel Opens` misread as the dateline `Box Office`).
    if let Some(d) = structure.dateline {
        changes.retain(|&(i, _)| !d.contains(doc.tokens[i]));
    }
    if changes.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(doc.text.len());
    let mut at = 0;
    for (i, case) in changes {
        let t = doc.tokens[i];
        out.push_str(&doc.text[at..t.start]);
        let word = &doc.text[t.start..t.end];
        match case {
            Case::Lower => out.push_str(&word.to_ascii_lowercase()),
            Case::Upper => out.push_str(&word.to_ascii_uppercase()),
            Case::Title => {
                let (first, rest) = word.split_at(1);
                out.push_str(&first.to_ascii_uppercase());
                out.push_str(&rest.to_ascii_lowercase());
            }
        }
        at = t.end;
    }
    out.push_str(&doc.text[at..]);
    Some(out)
}

/// Whether the words outside the headline lines, `lower` of `words` of them in lower case,
/// make an article of prose, where a shouted word the prose never uses is a common word, not
/// a name. One word in four at least: the CoNLL texts' sports tables, all capitals, have one
/// in eight to ten; a four-line boxing report has one in three.
fn is_prose(lower: usize, words: usize) -> bool {
    lower >= 5 && lower * 4 >= words
}

/// What the choice of a word's case reads besides the word.
struct Context<'a> {
    evidence: &'a WordMap<String, Evidence>,
    gazetteer: &'static Gazetteer,
    /// Whether the article has prose ([`is_prose`]).
    prose: bool,
}

/// A headline line: its tokens and how it is written.
struct Line {
    tokens: std::ops::Range<usize>,
    shape: Shape,
}

/// Whether a token is a word this module may recase: ASCII letters only.
fn is_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The lines of the text written in Title Case or ALL CAPS that are headlines: the title and
/// subtitle, and any other line of at most [`SHORT_LINE`] words (subheads, related links, the
/// CoNLL texts' `SOCCER - JAPAN GET LUCKY WIN`). Bylines are left out.
fn headline_lines(doc: &Doc, structure: &Structure) -> Vec<Line> {
    let mut out = Vec::new();
    let text = doc.text;
    let mut start = 0;
    let headline = |s: Span| {
        structure
            .title
            .iter()
            .chain(structure.subtitle.iter())
            .any(|h| h.overlaps(s))
    };
    let skipped = |s: Span| structure.metadata.iter().any(|m| m.overlaps(s));
    // The lines come in order: each line's tokens are searched for after the last line's.
    let mut b = 0;
    while start < text.len() {
        let end = crate::tokenize::find_byte(text.as_bytes(), start, b'\n').unwrap_or(text.len());
        let span = Span::new(start, end);
        start = end + 1;
        let a = b + doc.tokens[b..].partition_point(|t| t.start < span.start);
        b = a + doc.tokens[a..].partition_point(|t| t.start < span.end);
        let n = b - a;
        let limit = if headline(span) {
            LONG_TITLE
        } else {
            SHORT_LINE
        };
        if n == 0 || n > 2 * limit || skipped(span) {
            continue;
        }
        if let Some(shape) = shape_of(doc, a..b, limit) {
            out.push(Line {
                tokens: a..b,
                shape,
            });
        }
    }
    out
}

/// How the tokens `r` of a line are written, if as a headline: ALL CAPS when at least nine
/// letters in ten are upper case over three words or more; Title Case when two or more words
/// of four letters or more are capitalized and at most one word in ten (none in a short line)
/// starts in lower case, the small words title case leaves lower (`to`, `for`, `of`) aside.
/// `This is The World.` (OntoNotes dev) is a sentence: `is` would be `Is` in a headline.
/// At most `limit` words.
fn shape_of(doc: &Doc, r: std::ops::Range<usize>, limit: usize) -> Option<Shape> {
    let (mut words, mut upper, mut letters) = (0, 0, 0);
    let (mut long, mut lowered, mut cased_words) = (0, 0, 0);
    // Where the line's last token ends: no more upper-case letters than bytes can follow.
    let line_end = r.end.checked_sub(1).map_or(0, |e| doc.tokens[e].end);
    for i in r {
        let w = doc.token_text(i);
        if !w.bytes().any(|b| b.is_ascii_alphanumeric()) && w.is_ascii() {
            continue;
        }
        words += 1;
        // Too long for a headline: what the rest would count cannot change that.
        if words > limit {
            return None;
        }
        let (mut up, mut low) = (0, 0);
        for b in w.bytes() {
            up += usize::from(b.is_ascii_uppercase());
            low += usize::from(b.is_ascii_lowercase());
        }
        upper += up;
        letters += up + low;
        if up + low > 0 {
            cased_words += 1;
        }
        if w.len() >= 4 && is_word(w) && first_byte(w).is_ascii_uppercase() {
            long += 1;
        }
        if first_byte(w).is_ascii_lowercase() && !STYLE_LOWER.contains(w) {
            lowered += 1;
        }
        // A line of prose is turned down as soon as it can be neither: Title Case needs
        // `lowered * 10 <= words <= limit`, ALL CAPS `upper * 10 >= letters * 9`, that is at
        // least nine upper-case letters for each lower-case one, and at most the bytes after
        // this token can still be upper case. Both only get further off.
        let after = line_end.saturating_sub(doc.tokens[i].end);
        if lowered * 10 > limit && upper + after < 9 * (letters - upper) {
            return None;
        }
    }
    if words > limit {
        return None;
    }
    if cased_words >= 3 && upper * 10 >= letters * 9 {
        Some(Shape::Caps)
    } else if long >= 2 && lowered * 10 <= words && upper < letters {
        Some(Shape::Title)
    } else {
        None
    }
}

/// How the article writes, outside its headline `lines`, each word those lines hold.
/// Also whether the article has prose outside those lines ([`is_prose`]).
fn evidence(doc: &Doc, lines: &[Line]) -> (WordMap<String, Evidence>, bool) {
    let mut wanted: WordMap<String, Evidence> = WordMap::default();
    for line in lines {
        for i in line.tokens.clone() {
            let w = doc.token_text(i);
            if is_word(w) && w.len() <= LONGEST {
                let lower = w.to_ascii_lowercase();
                if line.shape == Shape::Title {
                    for v in inflections(&lower) {
                        wanted.entry(v).or_default();
                    }
                }
                wanted.entry(lower).or_default();
            }
        }
    }
    // Only words of a length and first letter some headline word has are looked up.
    let mut firsts = [false; 256];
    let (mut shortest, mut longest) = (usize::MAX, 0);
    for w in wanted.keys() {
        firsts[first_byte(w) as usize] = true;
        shortest = shortest.min(w.len());
        longest = longest.max(w.len());
    }
    let (mut prose, mut words) = (0, 0);
    let mut next_line = lines.iter().peekable();
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(line) = next_line.peek() {
            if line.tokens.contains(&i) {
                i = line.tokens.end;
                next_line.next();
                continue;
            }
        }
        let w = doc.token_text(i);
        if first_byte(w).is_ascii_alphabetic() {
            words += 1;
            if first_byte(w).is_ascii_lowercase() {
                prose += 1;
            }
        }
        let candidate = (shortest..=longest).contains(&w.len())
            && firsts[first_byte(w).to_ascii_lowercase() as usize]
            && is_word(w);
        if candidate {
            let kind = case_of(w);
            with_ascii_lowercase::<LONGEST, _>(w, |lower| {
                if let Some(e) = wanted.get_mut(lower) {
                    match kind {
                        Some(Case::Lower) => e.lower += 1,
                        Some(Case::Upper) if w.len() > 1 => e.upper += 1,
                        Some(Case::Title) | Some(Case::Upper) => {
                            if doc.starts_sentence(i) {
                                e.title_first += 1;
                            } else {
                                e.title_inside += 1;
                            }
                        }
                        None => {}
                    }
                }
            });
        }
        i += 1;
    }
    (wanted, is_prose(prose, words))
}

/// The first byte of a token (0 for none).
fn first_byte(w: &str) -> u8 {
    w.as_bytes().first().copied().unwrap_or(0)
}

/// How an ASCII word is written, if in one of the three cases (`iPhone`, `McCain` are none).
fn case_of(w: &str) -> Option<Case> {
    let (first, rest) = w.as_bytes().split_first()?;
    let rest_lower = rest.iter().all(u8::is_ascii_lowercase);
    if first.is_ascii_lowercase() && rest_lower {
        Some(Case::Lower)
    } else if first.is_ascii_uppercase() && rest_lower {
        Some(Case::Title)
    } else if w.bytes().all(|b| b.is_ascii_uppercase()) {
        Some(Case::Upper)
    } else {
        None
    }
}

/// Whether a token opens or closes a quotation (`'Wicked: For Good'`).
fn is_quote(w: &str) -> bool {
    matches!(w, "'" | "\"" | "‘" | "’" | "“" | "”")
}

/// The case changes for the words of one headline `line`, pushed in token order.
fn decide(doc: &Doc, line: &Line, context: &Context, changes: &mut Vec<(usize, Case)>) {
    let gazetteer = context.gazetteer;
    let mut quoted = false;
    let mut first = true;
    // Tokens of a listed name (`New York`, `Box Office` is none) keep their case.
    let mut listed_until = line.tokens.start;
    // A kicker before a dash (`SOCCER -`, `NHL ICE HOCKEY -`) is a label, not the start of a
    // sentence or a name: `Cricket - Pakistan` was one NORP, `cricket - Pakistan` is a place.
    // A hyphen inside a word (`Forward-Looking`) is none.
    let kicker_end = line
        .tokens
        .clone()
        .take(5)
        .find(|&k| {
            k > line.tokens.start
                && !doc.glued(k - 1)
                && matches!(doc.token_text(k), "-" | "–" | "—")
        })
        .unwrap_or(line.tokens.start);
    for i in line.tokens.clone() {
        let w = doc.token_text(i);
        if is_quote(w) {
            quoted = !quoted;
            continue;
        }
        if i >= listed_until {
            if let Some((end, _)) = gazetteer.longest_at(doc, i) {
                listed_until = end;
            }
        }
        let listed = i < listed_until;
        let at_start = std::mem::replace(&mut first, false)
            || (i > line.tokens.start && doc.token_text(i - 1) == ":");
        // `THE BILL'S` → `The bill's`: the possessive follows its word.
        if matches!(w, "'S" | "’S") && line.shape == Shape::Caps {
            let after_recased = changes
                .last()
                .is_some_and(|&(k, case)| k + 1 == i && case != Case::Upper);
            if after_recased {
                changes.push((i, Case::Lower));
            }
            continue;
        }
        if !is_word(w) || w.len() > LONGEST {
            if w.bytes().any(|b| b.is_ascii_alphanumeric()) || !w.is_ascii() {
                first = false;
            }
            continue;
        }
        let Some(now) = case_of(w) else {
            continue;
        };
        let kicker = i < kicker_end;
        let lower = w.to_ascii_lowercase();
        let ev = context.evidence.get(&lower).copied().unwrap_or_default();
        let want = match line.shape {
            // A quoted stretch of a Title Case headline is a title or a quote as written.
            Shape::Title if quoted || now != Case::Title => None,
            Shape::Title => title_word(&lower, &ev, listed, context),
            // `REAL MADRID V BARCELONA`: a lone `V` is `versus`, which the model read as an
            // initial (`Madrid V Barcelona` PERSON); other lone letters stay (`GROUP C`).
            Shape::Caps if w == "V" && !at_start => Some(Case::Lower),
            Shape::Caps if now != Case::Upper || w.len() < 2 => None,
            Shape::Caps => Some(caps_word(w, &lower, &ev, listed, kicker, context)),
        };
        let Some(mut want) = want else {
            continue;
        };
        // `BOXING -` is no name, though the article opens a sentence with `Boxing`.
        if kicker && want == Case::Title && !listed && ev.title_inside == 0 {
            want = Case::Lower;
        }
        if at_start && want == Case::Lower && !kicker {
            want = Case::Title;
        }
        if want != now {
            changes.push((i, want));
        }
    }
}

/// The case of a capitalized word of a Title Case line: lower when it is a closed-class word,
/// when the article writes it in lower case and never with a capital inside a sentence (`Box
/// Office` → `box office`), or when the article does not write it at all and it is a common
/// headline word no listed name holds (`Signs`, `Tops`). Otherwise it keeps its capital.
fn title_word(lower: &str, ev: &Evidence, listed: bool, context: &Context) -> Option<Case> {
    if CLOSED_CLASS.contains(&lower) {
        return Some(Case::Lower);
    }
    // A capital opening a sentence says nothing (`Results`).
    let said = |ev: &Evidence| ev.lower + ev.title_inside + ev.upper > 0;
    let lowered = |ev: &Evidence| ev.lower > 0 && ev.title_inside == 0 && ev.upper == 0;
    if said(ev) {
        return lowered(ev).then_some(Case::Lower);
    }
    // The article writes the word only in another form (`Vetoes`, `vetoed`).
    let forms: Vec<Evidence> = inflections(lower)
        .filter_map(|v| context.evidence.get(&v).copied())
        .filter(said)
        .collect();
    if !forms.is_empty() {
        return forms.iter().all(lowered).then_some(Case::Lower);
    }
    let common = headline_words().contains(lower) && !listed;
    (common && !context.gazetteer.is_first_name(&title(lower))).then_some(Case::Lower)
}

/// Other forms of a headline's verb or plural, by its ending: `competes` → `compete`,
/// `competed`, `competing`; `vetoes` → `veto`, `vetoed`; `weighs` → `weigh`, `weighed`. Some
/// are no words (`slips` → `sliped`), which no article writes.
fn inflections(lower: &str) -> impl Iterator<Item = String> + '_ {
    let stems = [lower.strip_suffix('s'), lower.strip_suffix("es")];
    stems
        .into_iter()
        .flatten()
        // `news` is no form of `new`.
        .filter(|stem| stem.len() >= 4)
        .flat_map(|stem| {
            ["", "d", "ed", "ing"]
                .into_iter()
                .map(move |end| format!("{stem}{end}"))
        })
        .filter(move |v| v != lower)
}

/// The case of an all-caps word of an ALL-CAPS line: as the article writes it (`NATO` stays,
/// `HOMAN` → `Homan`, `FUNDING` → `funding`; a capital at a sentence's start counts only
/// where nothing else does). When the article does not write it: lower for a closed-class or
/// common headline word; as the name lists write it for a word that starts a listed name
/// (`NATO`, `CHINA` → `China`) or a given name; upper for a word of two or three letters,
/// which may be an acronym (`GOP`, `ICE`). The rest is lower in an article of prose, where
/// longer acronyms are listed or spelled out (Fox's links: `MASS`, `MAIN`, `CLICK` kept were
/// names to the model), and stays upper in one of capitals (a sports table's `JACKSONVILLE`),
/// unless it is a kicker before a dash (`SOCCER - …`, which the model ran into the name after
/// it: `CRICKET - SHEFFIELD SHIELD SCORE` ORG).
fn caps_word(
    w: &str,
    lower: &str,
    ev: &Evidence,
    listed: bool,
    kicker: bool,
    context: &Context,
) -> Case {
    let gazetteer = context.gazetteer;
    if ev.upper > 0 && ev.upper >= ev.lower + ev.title_inside {
        Case::Upper
    } else if ev.title_inside > 0 && ev.title_inside >= ev.lower {
        Case::Title
    } else if ev.lower > 0
        || CLOSED_CLASS.contains(&lower)
        || (headline_words().contains(lower) && !listed)
    {
        Case::Lower
    } else if gazetteer.starts_a_name(w) {
        Case::Upper
    } else if listed || ev.title_first > 0 || gazetteer.is_first_name(&title(lower)) {
        Case::Title
    } else if lower.len() <= 3 || (!context.prose && !kicker) {
        Case::Upper
    } else {
        Case::Lower
    }
}

/// `homan` → `Homan`.
fn title(lower: &str) -> String {
    let mut s = lower.to_string();
    if let Some(f) = s.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::with_doc;

    /// The recased text of `text`, whose first line is its title.
    fn recased(text: &str) -> String {
        let first = text.find('\n').unwrap_or(text.len());
        let structure = Structure {
            title: Some(Span::new(0, first)),
            ..Structure::default()
        };
        with_doc(text, |doc| recase(doc, &structure)).unwrap_or_else(|| text.to_string())
    }

    fn first_line(text: &str) -> String {
        recased(text).lines().next().unwrap_or("").to_string()
    }

    /// `shape_of` as it was before it turned prose down early: every token counted.
    fn shape_of_whole(doc: &Doc, r: std::ops::Range<usize>, limit: usize) -> Option<Shape> {
        let (mut words, mut upper, mut letters) = (0, 0, 0);
        let (mut long, mut lowered, mut cased_words) = (0, 0, 0);
        for i in r {
            let w = doc.token_text(i);
            if !w.bytes().any(|b| b.is_ascii_alphanumeric()) && w.is_ascii() {
                continue;
            }
            words += 1;
            let up = w.bytes().filter(u8::is_ascii_uppercase).count();
            let low = w.bytes().filter(u8::is_ascii_lowercase).count();
            upper += up;
            letters += up + low;
            cased_words += usize::from(up + low > 0);
            if w.len() >= 4 && is_word(w) && first_byte(w).is_ascii_uppercase() {
                long += 1;
            }
            if first_byte(w).is_ascii_lowercase() && !STYLE_LOWER.contains(w) {
                lowered += 1;
            }
        }
        if words > limit {
            None
        } else if cased_words >= 3 && upper * 10 >= letters * 9 {
            Some(Shape::Caps)
        } else if long >= 2 && lowered * 10 <= words && upper < letters {
            Some(Shape::Title)
        } else {
            None
        }
    }

    #[test]
    fn lines_turned_down_early_are_those_the_whole_count_turns_down() {
        // Every stretch of up to 45 tokens of the seeds and of made-up lines, both limits.
        let mut texts: Vec<String> = std::fs::read_dir("seeds")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        texts.push("THE WORLD IS ON FIRE AGAIN today, SAYS A report from the UN AGENCY".into());
        texts.push("Fire Crews Battle a Blaze in the Hills above Town as Winds Rise".into());
        texts.push("a b c d e f g h i j k l m n o p q r s t u v w x y z AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into());
        assert!(texts.len() > 3, "the seeds are read from the crate root");
        for text in &texts {
            with_doc(text, |doc| {
                let n = doc.tokens.len();
                for a in (0..n).step_by(3) {
                    for b in a + 1..n.min(a + 45) {
                        for limit in [SHORT_LINE, LONG_TITLE] {
                            assert_eq!(
                                shape_of(doc, a..b, limit),
                                shape_of_whole(doc, a..b, limit),
                                "{a}..{b} of {limit}"
                            );
                        }
                    }
                }
            });
        }
    }

    #[test]
    fn title_case_words_the_article_writes_in_lower_case_are_lowered() {
        assert_eq!(
            first_line(
                "'Wicked: For Good' Tops Thanksgiving Box Office With $150 Million\n\
                 The film led the box office again, a record."
            ),
            "'Wicked: For Good' tops Thanksgiving box office with $150 million"
        );
    }

    #[test]
    fn a_one_line_headline_lowers_closed_class_and_headline_words() {
        assert_eq!(
            first_line("Trump Signs Bill Into Law"),
            "Trump signs bill into law"
        );
        // A word the lists hold in a name keeps its capital (`New York`).
        assert_eq!(
            first_line("New York Mayor Signs Budget"),
            "New York Mayor signs Budget"
        );
    }

    #[test]
    fn a_word_the_article_writes_in_another_form_is_lowered() {
        assert_eq!(
            first_line("Drink Carrier Competes With Cartons\nThey competed with the carrier."),
            "Drink carrier competes with Cartons"
        );
    }

    #[test]
    fn a_capital_inside_a_sentence_keeps_the_word_capitalized() {
        assert_eq!(
            first_line("Paramount Names Office Chief\nShe joined the Office of Budget in May."),
            "Paramount names Office chief"
        );
    }

    #[test]
    fn all_caps_words_take_the_articles_case() {
        let text = "Story\n\nDEMOCRATS VOW TO BLOCK 'MASS DEPORTATION' FUNDING\n\
                    HOMAN SAYS NATO PLAN FAILED\nTHE BILL'S MAIN PROVISIONS\n\n\
                    Tom Homan said Democrats would fight mass deportation funding, NATO said. \
                    The border czar spoke on a morning show and repeated that the agency would \
                    not slow down, that its officers had made more arrests this month than in \
                    any month of the year before, and that the lawmakers who wanted to cut the \
                    money were putting towns at risk; he said it twice and then left the studio \
                    without taking any of the questions that the hosts had prepared for him.";
        let out = recased(text);
        assert!(
            out.contains("Democrats vow to block 'mass deportation' funding"),
            "{out}"
        );
        assert!(out.contains("Homan says NATO plan failed"), "{out}");
        // An unknown word of four letters or more is no acronym; the possessive follows.
        assert!(out.contains("The bill's main provisions"), "{out}");
    }

    #[test]
    fn unknown_all_caps_words_of_a_text_without_prose_stay_upper_but_its_kicker() {
        // Short unknown words may be acronyms, and longer ones stay as written where there is
        // no prose to say otherwise; but a kicker before its dash is lower, with no capital.
        assert_eq!(
            first_line("SOCCER - JAPAN GET LUCKY WIN , GOP IN SURPRISE DEFEAT ."),
            "soccer - Japan get lucky win , GOP in surprise defeat ."
        );
        assert_eq!(
            first_line("ANAHEIM AT JACKSONVILLE"),
            "ANAHEIM at JACKSONVILLE"
        );
    }

    #[test]
    fn prose_bylines_and_mixed_lines_are_left_alone() {
        let text = "Budget row deepens\nBy SETH BORENSTEIN and Jane Doe\n\
                    The Senate Passed The Bill On Monday after a long and bitter debate that \
                    lasted well into the night and left both parties angry with the result.";
        let byline = text.find("By ").unwrap_or(0);
        let structure = Structure {
            title: Some(Span::new(0, 18)),
            metadata: vec![Span::new(byline, byline + 30)],
            ..Structure::default()
        };
        assert_eq!(with_doc(text, |doc| recase(doc, &structure)), None);
    }

    #[test]
    fn the_copy_keeps_every_offset() {
        let text = "Jimmy Kimmel to Host Oscars for Fifth Time — ÉLAN\nHe will host again.";
        let out = recased(text);
        assert_eq!(out.len(), text.len());
        assert!(
            out.starts_with("Jimmy Kimmel to host Oscars for fifth time"),
            "{out}"
        );
    }
}
