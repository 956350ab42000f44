//! Name lists matched against token sequences. The lists live in `gazetteers/` as plain text so
//! they can be reviewed and extended without touching code.

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention, Shapes};
use crate::tokenize::tokenize;
use crate::wordmap::{Sieve, WordMap, WordSet};

/// One list per label, in priority order when a name is on two lists.
const LISTS: &[(&str, Label)] = &[
    (include_str!("../../gazetteers/org.txt"), Label::ORG),
    (CLUBS, Label::ORG),
    (OUTLETS, Label::ORG),
    (LEGISLATURES, Label::ORG),
    (include_str!("../../gazetteers/gpe.txt"), Label::GPE),
    (include_str!("../../gazetteers/loc.txt"), Label::LOC),
    (include_str!("../../gazetteers/norp.txt"), Label::NORP),
    (include_str!("../../gazetteers/events.txt"), Label::EVENT),
];

/// Companies named in one word that the model reads as places or people.
const COMPANIES: &str = include_str!("../../gazetteers/companies.txt");

/// Sports clubs: the names of several words go with the organizations, the one-word ones
/// (`Juventus`, `Celtics`) with the companies.
const CLUBS: &str = include_str!("../../gazetteers/clubs.txt");

/// News outlets and agencies, and legislatures (and a few parties): like the clubs, the names
/// of several words go with the organizations, the one-word ones (`Haaretz`, `Bundestag`) with
/// the companies.
const OUTLETS: &str = include_str!("../../gazetteers/outlets.txt");
const LEGISLATURES: &str = include_str!("../../gazetteers/legislatures.txt");

/// Given names, a cue for PERSON spans.
const FIRST_NAMES: &str = include_str!("../../gazetteers/first_names.txt");

fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Names indexed by their first token, longest first, for longest-match lookup.
pub struct Gazetteer {
    by_first: WordMap<String, Vec<(String, Label)>>,
    /// Whether some key of `by_first` starts with this byte: most tokens (lower-case words,
    /// punctuation) do not, and skip the hash lookup.
    first_bytes: [bool; 256],
    first_names: WordSet<String>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    /// The one gazetteer of the lists, built on first use: the recognizers that match names
    /// (rules, listed names, listed places) share it rather than each tokenizing every list.
    pub fn shared() -> &'static Gazetteer {
        static SHARED: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        SHARED.get_or_init(Gazetteer::new)
    }

    pub fn new() -> Self {
        let mut by_first: WordMap<String, Vec<(String, Label)>> = WordMap::default();
        for (list, label) in LISTS {
            for name in entries(list) {
                let Some(first) = tokenize(name)
                    .first()
                    .map(|s| name[s.start..s.end].to_string())
                else {
                    continue;
                };
                let slot = by_first.entry(first).or_default();
                if !slot.iter().any(|(n, _)| n == name) {
                    slot.push((name.to_string(), *label));
                }
            }
        }
        for slot in by_first.values_mut() {
            slot.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        }
        let first_names = entries(FIRST_NAMES).map(str::to_string).collect();
        let first_bytes = first_bytes(by_first.keys());
        Gazetteer {
            by_first,
            first_bytes,
            first_names,
        }
    }

    /// Whether a listed name starts with `word` exactly as written (`NATO`, `Fox`).
    pub fn starts_a_name(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Whether `name` is a listed place (GPE) exactly as written (`Washington`, `New Delhi`).
    pub fn is_listed_place(&self, name: &str) -> bool {
        self.is_listed_as(name, Label::GPE)
    }

    /// Whether `name` is listed, exactly as written, with `label`.
    pub fn is_listed_as(&self, name: &str, label: Label) -> bool {
        let first = name.split_whitespace().next().unwrap_or(name);
        self.by_first
            .get(first)
            .is_some_and(|names| names.iter().any(|(n, l)| n == name && *l == label))
    }

    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// Whether a token whose first byte is `first` may start a listed name: one a key starts
    /// with, or a capital (an all-caps token is looked up in title case). False for lower-case
    /// words and punctuation, for which [`Gazetteer::longest_at`] finds nothing.
    pub fn may_start(&self, first: u8) -> bool {
        self.first_bytes[first as usize] || first.is_ascii_uppercase() || first >= 0x80
    }

    /// The longest listed name starting at token `i`, as (end token exclusive, label).
    /// All-caps tokens (`BEIJING` datelines) are looked up in title case too.
    pub fn longest_at(&self, doc: &Doc, i: usize) -> Option<(usize, Label)> {
        let tok = doc.token_text(i);
        let title_case;
        let (key, folded) = if tok.len() > 2
            && tok.chars().all(|c| c.is_uppercase())
            && !self.by_first.contains_key(tok)
        {
            title_case = TitleCase::of(tok);
            (title_case.as_str(), true)
        } else {
            (tok, false)
        };
        let listed_start = key
            .as_bytes()
            .first()
            .is_some_and(|&b| self.first_bytes[b as usize]);
        if !listed_start {
            return None;
        }
        let candidates = self.by_first.get(key)?;
        let start = doc.tokens[i].start;
        for (name, label) in candidates {
            let end = start + name.len();
            let Some(slice) = doc.text.get(start..end) else {
                continue;
            };
            let same = if folded {
                slice.to_uppercase() == name.to_uppercase()
            } else {
                slice == name
            };
            if !same {
                continue;
            }
            // The name must end exactly on a token boundary. Token ends ascend: look no further
            // than `end` (a name that ends inside a word scanned the rest of the document).
            if let Some(k) = doc.tokens[i..]
                .iter()
                .take_while(|t| t.end <= end)
                .position(|t| t.end == end)
            {
                return Some((i + k + 1, *label));
            }
        }
        None
    }

    /// The label of the name listed as exactly tokens `a..b`: the longest listed name at `a`
    /// must end at `b`.
    pub fn listed_exactly(&self, doc: &Doc, a: usize, b: usize) -> Option<Label> {
        self.longest_at(doc, a)
            .filter(|&(end, _)| end == b)
            .map(|(_, label)| label)
    }

    /// All longest non-overlapping matches.
    pub fn find_all(&self, doc: &Doc) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            if let Some((end, label)) = self.longest_at(doc, i) {
                out.push(Mention {
                    span: Span::new(doc.tokens[i].start, doc.tokens[end - 1].end),
                    label,
                });
                i = end;
            } else {
                i += 1;
            }
        }
        out
    }
}

/// The listed names of two or more tokens (`Jammu and Kashmir`, `Azad Kashmir`, `South
/// China Sea`), meant to run as a [`crate::ner::Merge::Cover`] stage after the model: a
/// multi-word name on a curated list is rarely anything else, while the model may split it
/// (`Jammu` + `Kashmir`) or mislabel it (`Azad Kashmir` as ORG). One-word names (`Jordan`,
/// `Chad`, `Georgia`) are left to the model, which sees their context.
pub struct ListedNames {
    /// For the multi-word names, which [`Gazetteer::longest_at`] finds; `None` for the one-word
    /// places, which `starts` holds whole.
    gazetteer: Option<&'static Gazetteer>,
    /// The tokens a name to report can start with: the first tokens of the multi-word names,
    /// or the one-word places themselves. Most tokens are none, and cost one lookup.
    starts: WordSet<String>,
    /// The first bytes of `starts` (a title-cased key keeps its first byte): the other tokens
    /// (lower case, punctuation) are passed over without hashing them.
    first_bytes: [bool; 256],
    /// A pre-test for `starts`: most capitalized tokens start no listed name, and are turned
    /// down here without a lookup.
    sieve: Sieve,
}

impl ListedNames {
    /// The listed names of two or more tokens.
    pub fn new() -> Self {
        let gazetteer = Gazetteer::shared();
        let starts = gazetteer
            .by_first
            .iter()
            .filter(|(first, names)| names.iter().any(|(n, _)| n != *first))
            .map(|(first, _)| first.clone())
            .collect();
        ListedNames::with_starts(Some(gazetteer), starts)
    }

    /// The listed one-word places (`Islamabad`, `Punjab`), meant to run as a
    /// [`crate::ner::Merge::Relabel`] stage over the model's NORP: a city or country name is
    /// never a nationality or group, which the NORP list spells out (`Pakistani`, `Chinese`).
    pub fn places() -> Self {
        let starts = Gazetteer::shared()
            .by_first
            .iter()
            .filter(|(first, names)| {
                let one_word = |l: Label| names.iter().any(|(n, nl)| n == *first && *nl == l);
                one_word(Label::GPE) && !one_word(Label::NORP)
            })
            .map(|(first, _)| first.clone())
            .collect();
        ListedNames::with_starts(None, starts)
    }

    /// The listed one-word places that are not also people's names, meant to run as a
    /// [`crate::ner::Merge::Correct`] stage: the model reads a capital that speaks for its
    /// government as a person (`Kyiv said` PERSON, as `X said` mostly is) and misses cities it
    /// never saw (`Pune`). Given names (`Jordan`, `Georgia`, `Sydney`) and places that are
    /// common surnames are left to the model.
    pub fn places_not_people() -> Self {
        let shared = Gazetteer::shared();
        let mut places = Self::places();
        places.starts.retain(|w| {
            !shared.is_first_name(w) && !PLACES_THAT_ARE_SURNAMES.contains(&w.as_str())
        });
        places.first_bytes = first_bytes(places.starts.iter());
        places.sieve = Sieve::new(places.starts.iter().map(String::as_str));
        places
    }

    fn with_starts(gazetteer: Option<&'static Gazetteer>, starts: WordSet<String>) -> Self {
        let first_bytes = first_bytes(starts.iter());
        let sieve = Sieve::new(starts.iter().map(String::as_str));
        ListedNames {
            gazetteer,
            starts,
            first_bytes,
            sieve,
        }
    }
}

impl Default for ListedNames {
    fn default() -> Self {
        Self::new()
    }
}

impl crate::ner::Recognizer for ListedNames {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            // Tokens that start no listed name are passed over on their first byte.
            i = shapes.next_where(i, |b| self.first_bytes[b as usize]);
            if i >= doc.tokens.len() {
                break;
            }
            let w = doc.token_text(i);
            let starts = |k: &str| self.sieve.maybe(k) && self.starts.contains(k);
            // `ISLAMABAD` is looked up in title case, as [`Gazetteer::longest_at`] does.
            let folded;
            // A second byte in lower-case ASCII is a second char in lower case (`Beijing`).
            let key = if w.len() > 2
                && !w.as_bytes()[1].is_ascii_lowercase()
                && w.chars().all(char::is_uppercase)
                && !starts(w)
            {
                folded = TitleCase::of(w);
                folded.as_str()
            } else {
                w
            };
            if !starts(key) {
                i += 1;
                continue;
            }
            let span = |end: usize| Span::new(doc.tokens[i].start, doc.tokens[end - 1].end);
            let Some(gazetteer) = self.gazetteer else {
                out.push(Mention {
                    span: span(i + 1),
                    label: Label::GPE,
                });
                i += 1;
                continue;
            };
            match gazetteer.longest_at(doc, i) {
                // A longer name of an organization or a building goes on (`Bristol City
                // Council`, `Bristol City Hall`, `Hong Kong Police Force`): the model reads it
                // whole.
                Some((end, _))
                    if end < doc.tokens.len()
                        && (crate::ner::rules::ORG_WORD_WORDS.contains(doc.token_text(end))
                            || crate::ner::FAC_HEAD_WORDS.contains(doc.token_text(end))
                            || doc.token_text(end) == "Hall")
                        && doc.spaced(end - 1) =>
                {
                    i = end
                }
                Some((end, label)) if end - i >= 2 => {
                    out.push(Mention {
                        span: span(end),
                        label,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }
}

/// Listed places that are also common family names (`Denzel Washington`, `Whitney Houston`).
const PLACES_THAT_ARE_SURNAMES: &[&str] = &[
    "Washington",
    "Houston",
    "Dallas",
    "Chad",
    "Jordan",
    "Israel",
    "Paris",
    "Sydney",
    "Georgia",
    "Milan",
    "Lima",
    "Santiago",
    "Manchester",
    "Boston",
    "Atlanta",
    "Wellington",
    "Niger",
    "Mali",
    "Oman",
    "Turkey",
    "Dubai",
];

/// Which bytes the `keys` start with: a token starting with any other byte is none of them,
/// known without hashing it.
fn first_bytes<'a>(keys: impl Iterator<Item = &'a String>) -> [bool; 256] {
    let mut first = [false; 256];
    for k in keys {
        if let Some(&b) = k.as_bytes().first() {
            first[b as usize] = true;
        }
    }
    first
}

/// [`title_case_of`] a word, made on the stack for an ASCII word of up to 24 bytes (as is
/// every all-caps token looked up in title case: `ISLAMABAD`, `CEO`), where a `String` was
/// made for each.
enum TitleCase {
    Ascii([u8; 24], u8),
    Other(String),
}

impl TitleCase {
    fn of(word: &str) -> TitleCase {
        let b = word.as_bytes();
        if b.len() <= 24 && b.is_ascii() {
            let mut buf = [0u8; 24];
            for (k, (o, &c)) in buf.iter_mut().zip(b).enumerate() {
                *o = if k == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                };
            }
            TitleCase::Ascii(buf, b.len() as u8)
        } else {
            TitleCase::Other(title_case_of(word))
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // ASCII, hence UTF-8.
            TitleCase::Ascii(buf, len) => std::str::from_utf8(&buf[..*len as usize]).unwrap_or(""),
            TitleCase::Other(s) => s,
        }
    }
}

fn title_case_of(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(f) => f
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Companies named in one word (`Nvidia`, `Xiaomi`, `Binance`), which the model, trained on
/// text from before most of them, read as places and people (`Shares of Nvidia` a GPE, `Meta`
/// a PERSON) or missed; also the one-word names of sports clubs (`Juventus`, `Celtics`), news
/// outlets (`Haaretz`) and legislatures (`Bundestag`). Meant as a
/// [`crate::ner::Merge::Correct`] stage after the model.
pub struct ListedCompanies {
    names: WordSet<String>,
    first_bytes: [bool; 256],
    /// A pre-test for `names` ([`ListedNames::sieve`]).
    sieve: Sieve,
}

impl Default for ListedCompanies {
    fn default() -> Self {
        Self::new()
    }
}

impl ListedCompanies {
    pub fn new() -> Self {
        let one_word = [CLUBS, OUTLETS, LEGISLATURES]
            .into_iter()
            .flat_map(entries)
            .filter(|n| !n.contains(' '));
        let names: WordSet<String> = entries(COMPANIES)
            .chain(one_word)
            .map(str::to_string)
            .collect();
        let first_bytes = first_bytes(names.iter());
        let sieve = Sieve::new(names.iter().map(String::as_str));
        ListedCompanies {
            names,
            first_bytes,
            sieve,
        }
    }
}

impl ListedCompanies {
    /// Whether `name` is a listed company, club, outlet or legislature (one word as written).
    pub(crate) fn lists(name: &str) -> bool {
        static SHARED: std::sync::OnceLock<ListedCompanies> = std::sync::OnceLock::new();
        SHARED
            .get_or_init(ListedCompanies::new)
            .names
            .contains(name)
    }
}

impl crate::ner::Recognizer for ListedCompanies {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        (0..doc.tokens.len())
            .filter(|&i| {
                self.first_bytes[shapes.at(i).first as usize]
                    && self.sieve.maybe(doc.token_text(i))
                    && self.names.contains(doc.token_text(i))
            })
            .map(|i| Mention {
                span: doc.tokens[i],
                label: Label::ORG,
            })
            .collect()
    }
}

/// Phrases of a list (holidays, Hijri months, languages), each with what the list says of it,
/// matched on the text at a token: longest first, ending on a token boundary.
pub(crate) struct PhraseList<T> {
    /// By first byte, then longest first.
    entries: Vec<(&'static str, T)>,
    /// Where the entries starting with each byte begin in `entries` (they end where the next
    /// byte's begin): a capitalized token is compared with the few that share its first
    /// letter, and a lower-case word, a digit or a punctuation mark with none.
    by_first: [u16; 257],
    /// Bit `n` is set where some entry, or the part of one before a space, hyphen or
    /// apostrophe (where a token may end), is `n` bytes long (63: longer): rules out most
    /// capitalized tokens before any text is compared.
    lengths: u64,
}

impl<T: Copy> PhraseList<T> {
    /// The entries of `list` (one a line, `#` starts a comment), each read by `parse` from its
    /// tab-separated fields; lines it returns `None` for are left out.
    pub(crate) fn new(list: &'static str, parse: impl Fn(&[&str]) -> Option<T>) -> Self {
        let mut entries = Vec::new();
        let mut lengths = 0u64;
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            let (name, rest) = match fields.as_slice() {
                [name] => (*name, &[][..]),
                [name, rest @ ..] => (*name, rest),
                [] => continue,
            };
            let Some(value) = parse(rest) else { continue };
            lengths |= 1 << name.len().min(63);
            for (at, _) in name.match_indices([' ', '-', '\'']) {
                lengths |= 1 << at.min(63);
            }
            entries.push((name, value));
        }
        entries.sort_by_key(|(n, _)| (n.as_bytes()[0], std::cmp::Reverse(n.len())));
        let mut by_first = [0u16; 257];
        for b in 0..256 {
            by_first[b + 1] = by_first[b]
                + entries
                    .iter()
                    .filter(|(n, _)| n.as_bytes()[0] as usize == b)
                    .count() as u16;
        }
        PhraseList {
            entries,
            by_first,
            lengths,
        }
    }

    /// The longest entry written at token `i`, as (end token exclusive, its value).
    pub(crate) fn longest_at(&self, doc: &Doc, i: usize) -> Option<(usize, T)> {
        let w = doc.token_text(i);
        let b = w.as_bytes()[0] as usize;
        let (from, to) = (self.by_first[b] as usize, self.by_first[b + 1] as usize);
        if from == to || self.lengths & (1 << w.len().min(63)) == 0 {
            return None;
        }
        let start = doc.tokens[i].start;
        let rest = &doc.text[start..];
        for (name, value) in &self.entries[from..to] {
            // The token is the whole entry or the part of it before a space, hyphen or
            // apostrophe: a comparison of lengths rules out the others.
            let token_ends_it = match name.as_bytes().get(w.len()) {
                None => name.len() == w.len(),
                Some(c) => matches!(c, b' ' | b'-' | b'\''),
            };
            if !token_ends_it || !rest.starts_with(name) {
                continue;
            }
            let end = start + name.len();
            // Token ends ascend: look no further than the first one past the name's end.
            let mut j = i;
            while j < doc.tokens.len() && doc.tokens[j].end < end {
                j += 1;
            }
            if j < doc.tokens.len() && doc.tokens[j].end == end {
                return Some((j + 1, *value));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_on_the_stack_is_title_case_of() {
        let long = "A".repeat(30);
        for w in [
            "",
            "I",
            "CEO",
            "ISLAMABAD",
            "ÉCOLE",
            "ΣΑΣ",
            "ABC-DEF",
            "A1B",
            &long,
            "x",
        ] {
            assert_eq!(TitleCase::of(w).as_str(), title_case_of(w), "{w}");
        }
    }
}
