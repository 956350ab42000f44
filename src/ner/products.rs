//! Named products the model misses. OntoNotes train has 606 PRODUCT entities and few of today's:
//! the model cuts `iPhone 17` into `iPhone` and a CARDINAL `17`, reads `Galaxy S25 Ultra` and
//! `Model Y` as ORG, `Android` and `Urals` as GPE, `Brent` (crude) and `Caesar` (howitzers) as
//! PERSON, and misses `Shahed` and `Patriot` before `missiles`. OntoNotes tags the model's name
//! (`PlayStation 2`, `Windows`, `Walkman`, `iPods`, `MiG-29s` PRODUCT) and leaves its maker apart
//! (`[Boeing]ORG [747]PRODUCT`). The names are listed in `gazetteers/products.txt`.

use crate::analysis::{Label, Span};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{Doc, Mention, Recognizer, Shapes};
use crate::wordmap::WordMap;

const LIST: &str = include_str!("../../gazetteers/products.txt");

/// What a listed name needs around it to be a product: its section of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `[line]`: a model code after it (`Pixel 10`); `Pixel`, `Galaxy`, `Switch` alone are not.
    Line,
    /// `[name]`: nothing (`Android`, `ChatGPT`); a capitalized word (`Windows`) not at a
    /// sentence's start without a code.
    Name,
    /// `[brand]`: nothing, a sentence's start included: coined names that are no English
    /// word (`Wegovy`, `Keytruda`).
    Brand,
    /// `[grade]`: nothing (`West Texas Intermediate`, `Basrah Medium`).
    Grade,
    /// `[oil]`: an oil word within four words (`Brent crude`, `WTI fell $1 a barrel`).
    Oil,
    /// `[oil-near]`: an oil word right after (`Dubai crude`, not `oil prices in Dubai`).
    OilNear,
    /// `[weapon]`: what kind of weapon it is after it (`Patriot systems`, `Caesar howitzers`).
    Weapon,
    /// `[weapon-line]`: a hyphen and a code (`F-16`), then the weapon's kind.
    WeaponLine,
}

/// One listed name: its words (matched token by token) and its kind.
struct Entry {
    words: Vec<&'static str>,
    kind: Kind,
}

/// The list indexed by first word, longest name first.
struct Lists {
    by_first: WordMap<&'static str, Vec<Entry>>,
    /// Whether some listed name starts with this byte: most tokens (lower-case words,
    /// punctuation, numbers) do not, and skip the hash lookup.
    first_bytes: [bool; 256],
    /// A pre-test for `by_first`'s keys: most capitalized tokens (and their stems without an
    /// `s`) start no listed name, and are turned down here without a lookup.
    sieve: crate::wordmap::Sieve,
}

impl Lists {
    /// `by_first.get(w)`, tried on the sieve first.
    #[inline]
    fn entries(&self, w: &str) -> Option<&Vec<Entry>> {
        if !self.sieve.maybe(w) {
            return None;
        }
        self.by_first.get(w)
    }

    fn shared() -> &'static Lists {
        static SHARED: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
        SHARED.get_or_init(Lists::parse)
    }

    fn parse() -> Lists {
        let mut by_first: WordMap<&'static str, Vec<Entry>> = WordMap::default();
        let mut kind = None;
        for line in LIST.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = match section {
                    "line" => Some(Kind::Line),
                    "name" => Some(Kind::Name),
                    "brand" => Some(Kind::Brand),
                    "grade" => Some(Kind::Grade),
                    "oil" => Some(Kind::Oil),
                    "oil-near" => Some(Kind::OilNear),
                    "weapon" => Some(Kind::Weapon),
                    "weapon-line" => Some(Kind::WeaponLine),
                    _ => None,
                };
                continue;
            }
            let (Some(kind), Some(first)) = (kind, line.split(' ').next()) else {
                continue;
            };
            by_first.entry(first).or_default().push(Entry {
                words: line.split(' ').collect(),
                kind,
            });
        }
        let mut first_bytes = [false; 256];
        for (first, entries) in by_first.iter_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
            first_bytes[first.as_bytes()[0] as usize] = true;
        }
        let sieve = crate::wordmap::Sieve::new(by_first.keys().copied());
        Lists {
            by_first,
            first_bytes,
            sieve,
        }
    }
}

/// Whether tokens `a..b` are exactly a listed product (`Zepbound`, `Android`, `Pixel 10`'s line
/// `Pixel`), of any section of the list.
pub(crate) fn listed(doc: &Doc, a: usize, b: usize) -> bool {
    let lists = Lists::shared();
    let w = doc.token_text(a);
    lists.first_bytes[w.as_bytes()[0] as usize]
        && lists.by_first.get(w).is_some_and(|entries| {
            entries.iter().any(|e| {
                e.words.len() == b - a
                    && e.words
                        .iter()
                        .enumerate()
                        .all(|(k, word)| doc.token_text(a + k) == *word)
            })
        })
}

/// Words after a model's name that are part of it (`iPhone 17 Pro Max`, `Pixel 10 Pro XL`,
/// `iPad mini`, `Apple Watch Series 10`, a chip's `Snapdragon 8 Elite Gen 5`, which the model
/// read as a LAW past the list's `Snapdragon 8`).
pub(super) const TAILS: &[&str] = &[
    "Pro", "Max", "Ultra", "Plus", "Mini", "mini", "XL", "Fold", "Flip", "Lite", "Air", "SE", "FE",
    "Edge", "Series", "Slim", "Neo", "Flash", "Sonnet", "Opus", "Haiku", "Elite", "Gen", "+",
];

/// Words that, near a listed grade, say the text speaks of oil.
const OIL_WORDS: &[&str] = &[
    "crude",
    "oil",
    "futures",
    "benchmark",
    "benchmarks",
    "grade",
    "grades",
    "blend",
    "marker",
    "barrel",
    "barrels",
];

/// Verbs of speech after a grade's name make it a person (`Brent said oil prices rose`).
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "asked", "wrote", "recalled",
];

/// What kind of weapon a name is (`Patriot systems`, `Caesar howitzers`, `air defence`).
const WEAPON_KINDS: &[&str] = &[
    "missile",
    "missiles",
    "system",
    "systems",
    "howitzer",
    "howitzers",
    "drone",
    "drones",
    "tank",
    "tanks",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "warplane",
    "warplanes",
    "bomber",
    "bombers",
    "helicopter",
    "helicopters",
    "rocket",
    "rockets",
    "launcher",
    "launchers",
    "interceptor",
    "interceptors",
    "defence",
    "defense",
    "battery",
    "batteries",
    "vehicles",
];

/// Words after a number that make it a count, not a model code (`Android 3 billion users`).
const COUNT_AFTER: &[&str] = &[
    "million", "billion", "thousand", "hundred", "per", "percent", "%", "times",
];

/// Whether `w` reads as a model code after a product line: one to three digits (`17`, `5`,
/// `136`; a longer number is a year or a count), perhaps with a lower-case letter (`16e`) or
/// plural (`F-16s`), or one or two capitals and a digit (`S25`, `A55`, `TB2`, `2A6`).
fn is_code(w: &str) -> bool {
    if w.contains('.') {
        return is_version(w);
    }
    let b = w.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[caps..].iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &b[caps + digits..];
    caps <= 2
        && (1..=3).contains(&digits)
        && rest.len() <= 2
        && rest.iter().all(u8::is_ascii_alphanumeric)
}

/// A software version as news writes one after a product's name: `2.5` (`Gemini 2.5`, `Claude
/// Sonnet 4.5`), `16.04`.
pub(super) fn is_version(w: &str) -> bool {
    w.split_once('.').is_some_and(|(a, b)| {
        (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// Whether `w` is the code after a hyphen in a weapon's or model's name: `F-16`'s `16`,
/// `Iskander-M`'s `M`, `Shahed-136`, `MiG-29s`, `Su-35S`.
fn is_hyphen_code(w: &str) -> bool {
    let b = w.as_bytes();
    !b.is_empty()
        && b.len() <= 5
        && (b[0].is_ascii_digit() || b[0].is_ascii_uppercase())
        && b.iter().all(u8::is_ascii_alphanumeric)
}

/// Whether `w` is a word that starts with a capital and has no other (`Windows`, `Kindle`): a
/// listed name spelled so is also an English word, the first of a sentence.
fn is_plain_word(w: &str) -> bool {
    let mut b = w.bytes();
    b.next().is_some_and(|c| c.is_ascii_uppercase()) && b.all(|c| c.is_ascii_lowercase())
}

/// Product lines with their model codes (`Pixel 10 Pro`), products by name (`Android`,
/// `Windows 11`), oil grades near an oil word (`Brent crude`) and weapons before their kind
/// (`Caesar howitzers`), each one PRODUCT. Meant as a [`crate::ner::Merge::Cover`] stage after
/// the model: the span covers the model's pieces (`iPhone [17]CARDINAL`, `West [Texas]GPE
/// Intermediate`) and relabels its readings (`[Model Y]ORG`, `[Brent]PERSON crude`); the maker
/// before it stays as the model has it (`Apple`, `Samsung`), as OntoNotes has `[Boeing]ORG
/// [747]PRODUCT`. The oil word or weapon kind after the name stays out, as OntoNotes leaves
/// `howitzers` out of `Tomahawk`.
pub struct Products {
    lists: &'static Lists,
}

impl Default for Products {
    fn default() -> Self {
        Self::new()
    }
}

impl Products {
    pub fn new() -> Self {
        Products {
            lists: Lists::shared(),
        }
    }
}

impl Recognizer for Products {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            // Listed names start with a capital or `i` (`iPhone`): the tokens that start
            // otherwise are passed over, before the list is read.
            i = shapes.next_where(i, |b| self.lists.first_bytes[b as usize]);
            if i >= n {
                break;
            }
            let w = t(i);
            let found = self.lists.entries(w).and_then(|entries| {
                entries.iter().find_map(|e| {
                    let last = i + e.words.len() - 1;
                    let whole = last < n
                        && e.words
                            .iter()
                            .enumerate()
                            .skip(1)
                            .all(|(k, word)| t(i + k) == *word);
                    whole.then_some((last, e.kind))
                })
            });
            // Plurals of a product (`iPhones`, `PlayStations`; OntoNotes `iPods`, `Camrys`).
            let found = found.or_else(|| {
                let stem = w.strip_suffix('s')?;
                let entries = self.lists.entries(stem)?;
                entries
                    .iter()
                    .any(|e| e.kind == Kind::Name && e.words.len() == 1 && !is_plain_word(w))
                    .then_some((i, Kind::Name))
            });
            let Some((last, kind)) = found else {
                i += 1;
                continue;
            };
            let (end, coded) = with_code(doc, last, kind);
            if accepted(doc, i, last, end, coded, kind) {
                out.push(Mention {
                    span: Span::new(doc.tokens[i].start, doc.tokens[end].end),
                    label: Label::PRODUCT,
                });
                i = end + 1;
            } else {
                i += 1;
            }
        }
        out
    }
}

/// The last token of a product name that ends at token `last`, with its model code and tail
/// words (`iPhone` `17` `Pro` `Max`, `Iskander` `-` `M`, `Galaxy Z Fold` `7`), and whether a
/// code was read. Oil grades take neither.
fn with_code(doc: &Doc, last: usize, kind: Kind) -> (usize, bool) {
    if matches!(kind, Kind::Grade | Kind::Oil | Kind::OilNear) {
        return (last, false);
    }
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    let glued = |i: usize| doc.glued(i - 1);
    let (mut e, mut coded) = (last, false);
    // The code after a hyphen, glued on both sides (`F-16`, `Shahed-136`, `GPT-5`).
    if glued(e + 1) && t(e + 1) == "-" && glued(e + 2) && is_hyphen_code(t(e + 2)) {
        e += 2;
        coded = true;
    }
    if kind == Kind::WeaponLine {
        return (e, coded);
    }
    while e + 1 < n && e < last + 5 {
        let w = t(e + 1);
        let is_count = || {
            w.bytes().all(|b| b.is_ascii_digit()) && (e + 2 >= n || COUNT_AFTER.contains(&t(e + 2)))
        };
        if is_code(w) && !is_count() {
            coded = true;
        } else if !TAILS.contains(&w) || (w == "+" && !glued(e + 1)) {
            break;
        }
        e += 1;
    }
    (e, coded)
}

/// Whether the name from token `i` to `last`, its code and tail ending at `end`, is a product
/// in its place, as its kind asks.
fn accepted(doc: &Doc, i: usize, last: usize, end: usize, coded: bool, kind: Kind) -> bool {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    let next = (end + 1 < n).then(|| t(end + 1));
    match kind {
        Kind::Line => coded,
        Kind::Grade | Kind::Brand => true,
        Kind::Name => coded || !(i == last && is_plain_word(t(i)) && doc.starts_sentence(i)),
        Kind::WeaponLine => coded && weapon_kind_after(doc, end),
        Kind::Weapon => weapon_kind_after(doc, end),
        // `Brent Scowcroft`, `Brent Council`: a first name or a place before another name;
        // `Brent said`: a person.
        Kind::Oil => {
            next.is_none_or(|w| !w.as_bytes()[0].is_ascii_uppercase() && !SPEECH_VERBS.contains(&w))
                && oil_word_near(doc, i, end)
        }
        Kind::OilNear => next.is_some_and(|w| match w {
            // `Oman oil exports` speak of the country.
            "oil" => Gazetteer::shared()
                .longest_at(doc, i)
                .is_none_or(|(e, _)| e != end + 1),
            _ => w != "barrel" && w != "barrels" && OIL_WORDS.contains(&w),
        }),
    }
}

/// Whether a weapon's kind follows token `end`, perhaps after two lower-case words
/// (`Storm Shadow cruise missiles`, `Patriot air defence`, `Shahed attack drones`).
fn weapon_kind_after(doc: &Doc, end: usize) -> bool {
    let n = doc.tokens.len();
    for j in end + 1..(end + 4).min(n) {
        let w = doc.token_text(j);
        if WEAPON_KINDS.contains(&w) {
            return true;
        }
        if !(w == "-" || w.bytes().all(|b| b.is_ascii_lowercase())) {
            return false;
        }
    }
    false
}

/// Whether an oil word stands within four tokens of the grade from `i` to `end`, in its
/// sentence.
fn oil_word_near(doc: &Doc, i: usize, end: usize) -> bool {
    let k = doc.sentences.partition_point(|s| s.end <= i);
    let sentence = doc.sentences.get(k).cloned().unwrap_or(0..doc.tokens.len());
    let from = i.saturating_sub(4).max(sentence.start);
    let to = (end + 5).min(sentence.end);
    (from..to)
        .filter(|&j| j < i || j > end)
        .any(|j| OIL_WORDS.contains(&doc.token_text(j)))
}

/// A one-word person that is a word the article gives alone as a product is that product (rs26,
/// a drug approval: `approved … [Leqembi]PRODUCT`, then, after `to be sold as [Leqembi
/// Iqlik]PERSON`, `[Leqembi]PERSON has so far been given …`). OntoNotes train: in the documents
/// where a capitalized word is a one-word PRODUCT, its other one-word mentions are a PRODUCT 362
/// times and never a PERSON. A given name the lists know is left alone. Longer names that the
/// word opens are PRODUCTs in train too (7 of 7, `PlayStation 2`), but a person's surname after
/// a product's word (`Aston Smith`, beside a wrong `[Aston]PRODUCT`) cannot be told apart from
/// `Leqembi Iqlik` without a list of surnames, so they are left.
pub(super) fn products_named_again(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let word = |m: &Mention| {
        let t = &text[m.span.start..m.span.end];
        t.split(' ').next().unwrap_or(t)
    };
    // The one-word products, found once: most articles have none.
    let mut products: Vec<&str> = Vec::new();
    for m in &found {
        if m.label == Label::PRODUCT && !text[m.span.start..m.span.end].contains(' ') {
            let t = word(m);
            if t.starts_with(|c: char| c.is_uppercase()) && !products.contains(&t) {
                products.push(t);
            }
        }
    }
    if products.is_empty() {
        return found;
    }
    for m in &mut found {
        if m.label == Label::PERSON {
            let name = &text[m.span.start..m.span.end];
            if products.contains(&name) && !Gazetteer::shared().is_first_name(name) {
                m.label = Label::PRODUCT;
            }
        }
    }
    found
}

/// A Boeing model's number the model read as a count (rs24, an air show's orders: `[Boeing]ORG
/// [777-9]CARDINAL jets`, `[737]CARDINAL MAX 8s`, `[787-9]CARDINAL Dreamliners`) is the
/// product, with the `MAX` and its variant after it. OntoNotes train: a number right after
/// `Boeing` or `Airbus` is a PRODUCT 4 times of 4 (`[Boeing]ORG [747 - 400s]PRODUCT`, `[Boeing]ORG
/// [727]PRODUCT`); Boeing's airliners are numbered 7x7. So is such a number before `MAX`
/// (`including 737 MAX 8s`), and one the text gave a Boeing's before.
pub(super) fn aircraft_numbers(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    // The numbers read as a Boeing's, for the same number named again without the maker
    // (`the first delivery of the 777-9`).
    let mut models: Vec<&str> = Vec::new();
    for k in 0..found.len() {
        let m = found[k];
        // Byte tests first: a CARDINAL opening with `7`, after `Boeing ` or before ` MAX`.
        if m.label != Label::CARDINAL || bytes.get(m.span.start) != Some(&b'7') {
            continue;
        }
        let number = &text[m.span.start..m.span.end];
        let after_maker = k > 0
            && m.span.start >= 7
            && bytes[m.span.start - 2] == b'g'
            && text[..m.span.start].ends_with("Boeing ")
            && found[k - 1].span.end + 1 == m.span.start;
        let before_max = text[m.span.end..].starts_with(" MAX");
        if !after_maker && !before_max && !models.contains(&number) {
            continue;
        }
        let code = number.split('-').collect::<Vec<_>>();
        let shaped = number.len() <= 6
            && code[0].len() == 3
            && code.len() <= 2
            && code
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !shaped {
            continue;
        }
        found[k].label = Label::PRODUCT;
        if after_maker {
            models.push(number);
        }
        // `MAX` and a variant (`8`, `8s`, `10`) where no mention holds them.
        let rest = &text[m.span.end..];
        if let Some(after) = rest.strip_prefix(" MAX") {
            let variant = after
                .strip_prefix(' ')
                .map(|v| v.bytes().take_while(|b| b.is_ascii_digit()).count().min(2))
                .filter(|&n| n > 0)
                .map_or(0, |n| {
                    let plural = usize::from(after.as_bytes().get(n + 1) == Some(&b's'));
                    1 + n + plural
                });
            let mut end = m.span.end + 4;
            let word_ends = |e: usize| {
                text.as_bytes()
                    .get(e)
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
            };
            if variant > 0 && word_ends(end + variant) {
                end += variant;
            }
            let free = found.get(k + 1).is_none_or(|n| n.span.start >= end);
            if word_ends(end) && free {
                found[k].span.end = end;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn people_named_by_a_product_are_the_product() {
        use crate::ner::test_support::{owned, passed};
        use Label::{PERSON, PRODUCT};
        assert_eq!(
            passed(
                "FDA approved Leqembi; sold as Leqembi Iqlik by Jo Smith. Then Ahmed and Ahmed Ali.",
                &[
                    ("Leqembi", PRODUCT),
                    ("Leqembi Iqlik", PERSON),
                    ("Jo Smith", PERSON),
                    ("Ahmed", PRODUCT),
                    ("Ahmed Ali", PERSON)
                ],
                products_named_again
            ),
            owned(&[
                ("Leqembi", PRODUCT),
                ("Leqembi Iqlik", PERSON),
                ("Jo Smith", PERSON),
                ("Ahmed", PRODUCT),
                ("Ahmed Ali", PERSON)
            ])
        );
        // The same word again alone, read as a person: the product.
        let text = "FDA approved Leqembi. Leqembi has been given as an infusion.";
        let found = vec![
            crate::ner::Mention {
                span: Span::new(13, 20),
                label: PRODUCT,
            },
            crate::ner::Mention {
                span: Span::new(22, 29),
                label: PERSON,
            },
        ];
        let out = crate::ner::test_support::with_doc(text, |doc| products_named_again(doc, found));
        assert_eq!(
            out.iter().map(|m| m.label).collect::<Vec<_>>(),
            [PRODUCT, PRODUCT]
        );
    }

    #[test]
    fn boeing_numbers_are_products() {
        use crate::ner::test_support::{owned, passed};
        use Label::{CARDINAL, ORG, PRODUCT};
        assert_eq!(
            passed(
                "65 Boeing 777-9 jets",
                &[("65", CARDINAL), ("Boeing", ORG), ("777-9", CARDINAL)],
                aircraft_numbers
            ),
            owned(&[("65", CARDINAL), ("Boeing", ORG), ("777-9", PRODUCT)])
        );
        // The MAX and its variant join it; a number after no maker stays a count.
        assert_eq!(
            passed(
                "Boeing 787-9 jets, 737 MAX 8s; 738 rose to 42.",
                &[
                    ("Boeing", ORG),
                    ("787-9", CARDINAL),
                    ("737", CARDINAL),
                    ("738", CARDINAL)
                ],
                aircraft_numbers
            ),
            owned(&[
                ("Boeing", ORG),
                ("787-9", PRODUCT),
                ("737 MAX 8s", PRODUCT),
                ("738", CARDINAL)
            ])
        );
        // The number named again without its maker.
        let text = "Boeing 777-9 jets; the 777-9 and 778 flew.";
        let at = |i: usize, n: usize| Mention {
            span: Span::new(i, i + n),
            label: Label::CARDINAL,
        };
        let again = crate::ner::test_support::with_doc(text, |doc| {
            aircraft_numbers(
                doc,
                vec![
                    Mention {
                        span: Span::new(0, 6),
                        label: ORG,
                    },
                    at(7, 5),
                    at(23, 5),
                    at(33, 3),
                ],
            )
        });
        let labels: Vec<Label> = again.iter().map(|m| m.label).collect();
        assert_eq!(labels, [ORG, PRODUCT, PRODUCT, CARDINAL]);
    }

    /// The PRODUCTs found in `text`, read as one sentence per line.
    fn run(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let mut sentences = Vec::new();
        let mut start = 0;
        for (k, s) in tokens.iter().enumerate() {
            if k + 1 == tokens.len() || text[s.end..tokens[k + 1].start].contains('\n') {
                sentences.push(start..k + 1);
                start = k + 1;
            }
        }
        let doc = Doc::new(text, &tokens, &sentences);
        Products::new()
            .recognize(&doc)
            .into_iter()
            .map(|m| {
                assert_eq!(m.label, Label::PRODUCT);
                text[m.span.start..m.span.end].to_string()
            })
            .collect()
    }

    fn assert_finds(text: &str, want: &[&str]) {
        assert_eq!(run(text), want, "{text}");
    }

    #[test]
    fn product_lines_take_their_code_and_tail() {
        assert_finds(
            "Apple said the iPhone 17 Pro Max would cost $1,199.",
            &["iPhone 17 Pro Max"],
        );
        assert_finds(
            "Samsung will ship the Galaxy S25 Ultra and the Galaxy Z Fold 7.",
            &["Galaxy S25 Ultra", "Galaxy Z Fold 7"],
        );
        assert_finds(
            "Google showed the Pixel 10, Pixel 10 Pro and Pixel 10 Pro XL.",
            &["Pixel 10", "Pixel 10 Pro", "Pixel 10 Pro XL"],
        );
        assert_finds(
            "Users must move to Windows 11 and Nintendo sold the Switch 2.",
            &["Windows 11", "Switch 2"],
        );
        assert_finds(
            "Tesla cut the price of the Model Y; he drove a Range Rover Velar.",
            &["Model Y", "Range Rover Velar"],
        );
        assert_finds(
            "Sony sold 2 million PlayStation 5 consoles and OpenAI's GPT-5 launched.",
            &["PlayStation 5", "GPT-5"],
        );
        assert_finds(
            "Phones run the Snapdragon 8 Elite Gen 5 or the Snapdragon 8 Gen 3.",
            &["Snapdragon 8 Elite Gen 5", "Snapdragon 8 Gen 3"],
        );
    }

    #[test]
    fn products_by_name_stand_alone() {
        assert_finds(
            "OpenAI said ChatGPT has 700 million users on Android and iPhones.",
            &["ChatGPT", "Android", "iPhones"],
        );
        assert_finds(
            "The update runs on Windows and the iPad mini.",
            &["Windows", "iPad mini"],
        );
    }

    #[test]
    fn lines_without_a_code_and_plain_words_are_left_alone() {
        assert_finds("LA Galaxy beat Seattle; the Pixel looked fine.", &[]);
        assert_finds("He flipped a light switch. The Switch is popular.", &[]);
        assert_finds("Windows were smashed in the storm.", &[]);
        assert_finds("Surface water flooded the road.", &[]);
        assert_finds("On Android 3 billion users wait.", &["Android"]);
    }

    #[test]
    fn medicines_by_brand_are_products_even_first_in_a_sentence() {
        assert_finds(
            "Zepbound outsold Wegovy, and Merck's Keytruda grew. Semaglutide is sold as Ozempic.",
            &["Zepbound", "Wegovy", "Keytruda", "Ozempic"],
        );
    }

    #[test]
    fn oil_grades_need_an_oil_word() {
        assert_finds("Brent crude rose 2% to $78 a barrel.", &["Brent"]);
        assert_finds(
            "West Texas Intermediate fell $1.20 and Dated Brent was flat.",
            &["West Texas Intermediate", "Dated Brent"],
        );
        assert_finds(
            "Urals crude traded at a discount; WTI futures slipped.",
            &["Urals", "WTI"],
        );
        assert_finds(
            "The cargo of Basrah Medium crude was sold.",
            &["Basrah Medium"],
        );
        assert_finds("Dubai crude and Oman futures rose.", &["Dubai", "Oman"]);
    }

    #[test]
    fn places_and_people_named_like_grades_are_left_alone() {
        assert_finds("Brent Scowcroft spoke about oil prices.", &[]);
        assert_finds("Brent said oil prices would rise.", &[]);
        assert_finds("Oil prices fell in Dubai on Monday.", &[]);
        assert_finds("Oman oil exports rose.", &[]);
        assert_finds("They hiked in the Urals last summer.", &[]);
    }

    #[test]
    fn weapons_need_their_kind() {
        assert_finds(
            "Russia fired four Iskander-M missiles and Shahed attack drones.",
            &["Iskander-M", "Shahed"],
        );
        assert_finds(
            "Germany will send two more Patriot air defence systems and Leopard 2 tanks.",
            &["Patriot", "Leopard 2"],
        );
        assert_finds(
            "France delivered 12 Caesar howitzers; Britain supplied Storm Shadow cruise missiles.",
            &["Caesar", "Storm Shadow"],
        );
        assert_finds(
            "The first F-16 jets arrived and a Bayraktar TB2 drone flew.",
            &["F-16", "Bayraktar TB2"],
        );
    }

    #[test]
    fn names_like_weapons_are_left_alone() {
        assert_finds(
            "The New England Patriots won; the Patriot Act expired.",
            &[],
        );
        assert_finds("Julius Caesar crossed the Rubicon with his legions.", &[]);
        assert_finds("She threw the Javelin at the F-16 hangar.", &[]);
    }
}
