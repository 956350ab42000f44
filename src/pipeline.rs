//! The one-way pipeline: structure → tokens → sentences → entities → regions → offsets.

use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::{Analysis, Entity, Label, Options, Region, Span, Structure, Token};
use crate::ner::{put, Doc, Mention, Pipeline};
use crate::offsets::{OffsetMap, OffsetUnit};
use crate::{parse, tokenize};

/// The recognizer is built once: gazetteers and model weights are parsed on first use.
fn recognizer() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::standard)
}

/// Parses the model, the name lists and the word tables that analyses read, which are
/// otherwise built on first use. The page calls this once when it opens, so that its first
/// article does not wait for them. Only tables are built: no analysis runs, so none of the
/// analysis code runs hot here, and V8 does not spend the page's first moments compiling
/// optimized code for it.
pub fn load() {
    recognizer();
    crate::ner::load();
    parse::lang::load();
}

/// Analyzes one article's text.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    analyze_with(text, &parse::Hints::default(), options)
}

/// Analyzes a file read by [`crate::decode::load`]: its text, with what the markup said about
/// the headline trusted over guesses.
pub fn analyze_loaded(loaded: &crate::decode::Loaded, options: &Options) -> Analysis {
    analyze_with(&loaded.text, &loaded.hints(), options)
}

/// An article made ready for the recognizers: its structure, tokens and sentences, and the
/// stretches of tokens the recognizers read ([`parse::Article::segments`]).
pub struct Prepared<'t> {
    pub text: &'t str,
    pub article: parse::Article,
    pub tokens: Vec<Span>,
    pub sentences: Vec<Range<usize>>,
    pub segments: Vec<Range<usize>>,
    /// The text with its headline lines truecased for the recognizers, same offsets
    /// ([`crate::ner::recase`]); `None` when it has none to recase.
    pub recased: Option<String>,
    /// Each token's text in `text`, sliced once for recasing and kept for [`Prepared::doc`]
    /// when nothing was recased.
    words: std::sync::Arc<[&'t str]>,
}

impl<'t> Prepared<'t> {
    pub fn new(text: &'t str, hints: &parse::Hints) -> Self {
        let article = parse::parse_with(text, hints);
        let tokens = tokenize::tokenize(text);
        let sentences = parse::sentences::split(text, &tokens, &article.paragraphs);
        let segments = article.segments(&tokens, &sentences);
        let words = Doc::words_of(text, &tokens);
        let doc = Doc::with_words(text, &tokens, &segments, words.clone());
        let recased = crate::ner::recase::recase(&doc, &article.structure);
        Prepared {
            text,
            article,
            tokens,
            sentences,
            segments,
            recased,
            words,
        }
    }

    /// What the recognizers read: the text with its headline lines truecased, whose spans are
    /// the text's own.
    pub fn doc(&self) -> Doc<'_> {
        match &self.recased {
            Some(recased) => Doc::new(recased, &self.tokens, &self.segments),
            None => Doc::with_words(self.text, &self.tokens, &self.segments, self.words.clone()),
        }
    }

    /// The mentions `pipeline` finds, with what the layout says about them. A dateline's place
    /// (each city of `SEOUL/TOKYO`) is a place by its position: where the model called it
    /// something else (`GWADAR` and `NAYPYITAW` PERSON, `KHAN YOUNIS` PRODUCT, `SEATTLE` ORG)
    /// or nothing (`MUZAFFARABAD:`), it becomes a GPE (a FAC or LOC stays, and an ORG the name
    /// lists know as one: `UNITED NATIONS (AP)`). The news agency a dateline names (`(Reuters)`, `(PTI)`,
    /// `(Xinhua)`) is an organization, whatever the model made of the word (it had `PTI` as a
    /// DATE, `Xinhua` as a GPE, and missed `Yonhap`).
    pub fn recognize(&self, pipeline: &Pipeline) -> Vec<Mention> {
        let doc = self.doc();
        let mut found = pipeline.recognize(&doc);
        crate::ner::acronyms::join_defined(&doc, &mut found);
        if let Some(dateline) = self.article.structure.dateline {
            // `SEOUL/TOKYO`: each city is a place.
            let mut start = dateline.start;
            for name in self.text[dateline.start..dateline.end].split('/') {
                let place = Span::new(start, start + name.len());
                start = place.end + 1;
                let model_placed = found.iter().any(|m| {
                    m.span == place && matches!(m.label, Label::GPE | Label::LOC | Label::FAC)
                });
                let placed = found
                    .iter()
                    .any(|m| m.span == place && self.is_placed(&doc, m));
                if !placed {
                    put(&mut found, place, Label::GPE);
                }
                // Only a place the model or the name lists know as one: a line misread as a
                // dateline (`BALANCE - Hartford`) must not spread.
                if model_placed || self.listed_place(&doc, place) {
                    self.same_place_again(&doc, &mut found, place);
                }
            }
        }
        if let Some(agency) = self.article.agency {
            put(&mut found, agency, Label::ORG);
            // The agency signs off in brackets too (`… in Rashakai. (ANI)`), where the model
            // read it as a DATE: the same name in brackets is the same agency.
            let name = &self.text[agency.start..agency.end];
            for (at, _) in self.text.match_indices(name) {
                let span = Span::new(at, at + name.len());
                let bracketed =
                    self.text[..at].ends_with('(') && self.text[span.end..].starts_with(')');
                if span != agency && bracketed && crate::ner::whole_tokens(&doc, span).is_some() {
                    put(&mut found, span, Label::ORG);
                }
            }
        }
        // The publication date the structure read written as one word (`26-Nov-2026`, which
        // the tokenizer splits as it splits `China-Pakistan`) is one DATE.
        if let Some(date) = &self.article.structure.date {
            let one_word = !self.text[date.span.start..date.span.end].contains(char::is_whitespace);
            if one_word && crate::ner::whole_tokens(&doc, date.span).is_some() {
                put(&mut found, date.span, Label::DATE);
            }
        }
        // A transcript's speakers (`STEVE INSKEEP, HOST:`), read on the text as written.
        // Not a roundup's later datelines, which look like speakers' labels (`NEW YORK:
        // Zohran Mamdani won …` under a first `DHAKA:`; they were PERSONs): a place the lists
        // know is that place, in an article whose own dateline ends in a colon as theirs do.
        let colon_dateline = self
            .article
            .structure
            .dateline
            .is_some_and(|d| self.text.as_bytes().get(d.end) == Some(&b':'));
        for span in crate::ner::speakers::speaker_names(self.text) {
            if crate::ner::whole_tokens(&doc, span).is_some() {
                let place = colon_dateline && self.listed_place(&doc, span);
                put(
                    &mut found,
                    span,
                    if place { Label::GPE } else { Label::PERSON },
                );
            }
        }
        // `JD(U)`, `CPI(M)`: a party and its faction's letter.
        for span in crate::ner::factions::glued_factions(self.text) {
            if crate::ner::whole_tokens(&doc, span).is_some() {
                put(&mut found, span, Label::ORG);
            }
        }
        // A paper's DOI names nothing.
        for doi in crate::ner::dois::dois(self.text) {
            found.retain(|m| !m.span.overlaps(doi));
        }
        // A team's line-up under a match report: its players are people, the team an
        // organization, the formation no number.
        for lineup in crate::ner::lineups::lineups(self.text) {
            for aside in lineup.formation.iter().chain(&lineup.minutes) {
                found.retain(|m| !m.span.overlaps(*aside));
            }
            // A country's team (`England (4-2-3-1):`) keeps the model's GPE.
            let country = found
                .iter()
                .any(|m| m.span == lineup.team && m.label == Label::GPE);
            let team = (!country).then_some((lineup.team, Label::ORG));
            let spans = team
                .into_iter()
                .chain(lineup.players.iter().map(|&p| (p, Label::PERSON)));
            for (span, label) in spans {
                if crate::ner::whole_tokens(&doc, span).is_some() {
                    put(&mut found, span, label);
                }
            }
        }
        // A wire's credit line names people the way a byline does (`(Reporting by Stephen
        // Nellis in San Francisco; Editing by Bill Berkrot)`), where the model, reading no
        // sentence, dropped a first name that is also a word (`Bill`, `Grant`).
        let credits = credit_segments(self.text);
        for &line in self.article.structure.metadata.iter().chain(&credits) {
            for (span, label) in byline_names(self.text, line) {
                if let Some(r) = crate::ner::whole_tokens(&doc, span) {
                    // `By Global Times`: an outlet credited as the author is no person.
                    let listed = crate::ner::gazetteer::Gazetteer::shared()
                        .listed_exactly(&doc, r.start, r.end)
                        .filter(|l| *l != Label::PERSON);
                    put(&mut found, span, listed.unwrap_or(label));
                }
            }
        }
        if let Some(title) = self.article.structure.title {
            title_follows_body(self.text, title, &mut found);
        }
        // A menu line's words are links, not the story's names (`News | World | Privacy Policy`).
        let menus =
            crate::parse::structure::menu_lines(self.text, &self.article.structure.boilerplate);
        if !menus.is_empty() {
            found.retain(|m| {
                !menus
                    .iter()
                    .any(|l| l.start <= m.span.start && m.span.end <= l.end)
            });
        }
        found
    }

    /// The dateline's `place` named again in the article is that place: where the model called
    /// it something else or nothing, it becomes a GPE. The model reads a capitalized word the
    /// way it read it before in the same document, so one misreading of a city at the top
    /// (`Mumbai | Updated: …` looked like a byline's name) made it a PERSON in every sentence.
    /// A longer name that holds it (`Washington Post`) stays as it is.
    fn same_place_again(&self, doc: &Doc, found: &mut Vec<Mention>, place: Span) {
        let words: Vec<&str> = self.text[place.start..place.end]
            .split_whitespace()
            .collect();
        let k = words.len();
        let same = |a: &str, b: &str| {
            a.eq_ignore_ascii_case(b) || (!a.is_ascii() && a.to_lowercase() == b.to_lowercase())
        };
        let Some(first) = words.first() else {
            return;
        };
        for i in 0..self.tokens.len().saturating_sub(k - 1) {
            let t = self.tokens[i];
            // An ASCII first byte that is no capital rules the token out before it is sliced.
            let byte = doc.first_byte(i);
            if t.start == place.start
                || (byte < 0x80 && !byte.is_ascii_uppercase())
                || !doc.token_text(i).starts_with(char::is_uppercase)
                || !same(doc.token_text(i), first)
                || !(1..k).all(|j| same(doc.token_text(i + j), words[j]))
            {
                continue;
            }
            let span = Span::new(t.start, self.tokens[i + k - 1].end);
            let at = found.partition_point(|m| m.span.end <= span.start);
            match found.get(at).filter(|m| m.span.overlaps(span)) {
                None => put(found, span, Label::GPE),
                Some(m) if m.span == span => {
                    if !self.is_placed(doc, m) {
                        found[at].label = Label::GPE;
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// Whether a mention of a dateline's place already names it as one: a GPE, LOC or FAC, or
    /// an ORG the name lists know (`UNITED NATIONS (AP)`).
    fn is_placed(&self, doc: &Doc, m: &Mention) -> bool {
        matches!(m.label, Label::GPE | Label::LOC | Label::FAC)
            || (m.label == Label::ORG && self.listed_as(doc, m.span) == Some(Label::ORG))
    }

    /// Whether `span` is exactly a name the gazetteer lists as a place.
    fn listed_place(&self, doc: &Doc, span: Span) -> bool {
        matches!(self.listed_as(doc, span), Some(Label::GPE | Label::LOC))
    }

    /// The label the gazetteer lists `span` under, if it lists exactly that name.
    fn listed_as(&self, doc: &Doc, span: Span) -> Option<Label> {
        let r = crate::ner::whole_tokens(doc, span)?;
        crate::ner::gazetteer::Gazetteer::shared().listed_exactly(doc, r.start, r.end)
    }
}

/// Words of a byline that say what a writer is, not who (`Staff Writer`, `NATION REPORTER`).
const BYLINE_ROLES: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "desk",
    "bureau",
    "news",
    "team",
    "contributor",
    "columnist",
    "agencies",
    "agency",
    "online",
    "digital",
    "sports",
];

/// Last words of newspapers' names (`The Seattle Times`, `The Washington Post`).
const PAPER_HEADS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Tribune",
    "Herald",
    "Chronicle",
    "Gazette",
    "Telegraph",
    "Globe",
    "Guardian",
    "Independent",
    "Observer",
    "Inquirer",
    "Star",
    "Express",
    "Dispatch",
    "Examiner",
];

/// The people a byline names (`By SETH BORENSTEIN and DÁNICA COTO`, `By Hannah Fry, Los
/// Angeles Times Staff Writer`, `By Tom Phillips in Rio de Janeiro`), each a PERSON whatever
/// the model made of them: it read the capitals of AP bylines as ORGs and even an ORDINAL
/// (`SETH`). A name is two to four capitalized words; an organization the lists know after it
/// (`JULIE CARR SMYTH Associated Press`) is an ORG, and a writer's role (`Staff Writer`) is no
/// one. Only lines that start with `By`.
fn byline_names(text: &str, line: Span) -> Vec<(Span, Label)> {
    let Some(s) = text.get(line.start..line.end) else {
        return Vec::new();
    };
    let Some(rest) = ["By: ", "BY: ", "by: ", "By ", "BY ", "by "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
    else {
        return Vec::new();
    };
    // A date or place after a bar or a dash is not the byline's (`By Chris Welch | Aug 20`),
    // nor a role or handle after a spaced hyphen or a slash (`By: Frances Mangosing - Reporter /
    // @FMangosingINQ`, the Inquirer's).
    let names_end = rest
        .find(['|', '—', '–', '/'])
        .into_iter()
        .chain(rest.find(" - "))
        .min()
        .unwrap_or(rest.len());
    let base = line.start + (s.len() - rest.len());
    let mut out = Vec::new();
    let names = &rest[..names_end];
    // `By Maria Ionescu with AP`, `by DAILY SABAH WITH AA`: the agency the story drew on is
    // credited after `with`, a name of its own.
    let parts = names
        .split([',', '&', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| {
            p.split(" with ")
                .flat_map(|q| q.split(" WITH "))
                .enumerate()
                .map(|(k, q)| (q, k > 0))
        });
    for (part, after_with) in parts {
        let offset = part.as_ptr() as usize - names.as_ptr() as usize;
        // `Tom Phillips in Rio de Janeiro`, `Jacob Steinberg at the Emirates Stadium`.
        let who = part.split(" in ").next().unwrap_or(part);
        let who = who.split(" at ").next().unwrap_or(who);
        let lead = who.len() - who.trim_start().len();
        let who = who.trim();
        let mut words: Vec<&str> = who.split(' ').collect();
        // An AP byline's name in capitals ends where its agency starts (`JULIE CARR SMYTH
        // Associated Press`).
        let capitals = |w: &&&str| w.chars().all(|c| !c.is_lowercase());
        let caps = words.iter().take_while(capitals).count();
        if caps >= 2 && caps < words.len() {
            words.truncate(caps);
        }
        // `Hannah Devlin Science correspondent`, `Jessica Elgot Chief political correspondent`:
        // the Guardian sets the writer's beat after the name, one capitalized word and then
        // words in lower case that end in a role.
        let lower = words.iter().position(|w| w.starts_with(char::is_lowercase));
        if let Some(f) = lower.filter(|&f| f >= 3) {
            if words[f..]
                .iter()
                .any(|w| BYLINE_ROLES.contains(&w.to_lowercase().as_str()))
            {
                words.truncate(f - 1);
            }
        }
        let who = &who[..words.iter().map(|w| w.len() + 1).sum::<usize>() - 1];
        // `with AP`, `WITH AA`: a wire named by its letters.
        if after_with
            && words.len() == 1
            && (2..=5).contains(&who.len())
            && who.bytes().all(|b| b.is_ascii_uppercase())
        {
            let start = base + offset + lead;
            out.push((Span::new(start, start + who.len()), Label::ORG));
            continue;
        }
        let name_word = |w: &str| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && !BYLINE_ROLES.contains(&w.to_lowercase().as_str())
        };
        // `Jean van de Velde`: particles in lower case inside the name.
        let particle = |w: &str| matches!(w, "van" | "von" | "de" | "der" | "den" | "da" | "bin");
        let inner = 1..words.len().saturating_sub(1);
        let name_ok = words
            .iter()
            .enumerate()
            .all(|(k, w)| name_word(w) || (inner.contains(&k) && particle(w)));
        // rs22: `By Jerry Cornfield, The Seattle Times`: a paper after the writer is an ORG
        // (OntoNotes train: names ending in `Times`, `Post`, `Journal` … are ORG 140 times of
        // 149).
        let paper = words.len() >= 2
            && words[0] == "The"
            && words.iter().all(|w| name_word(w))
            && words.last().is_some_and(|w| PAPER_HEADS.contains(w));
        if !paper && (!(2..=4).contains(&words.len()) || !name_ok) {
            continue;
        }
        let start = base + offset + lead;
        let label = if paper { Label::ORG } else { Label::PERSON };
        out.push((Span::new(start, start + who.len()), label));
    }
    out
}

/// The `by …` parts of a wire's credit lines (after one of [`crate::ner::CREDIT_WORDS`]), each from its `by` to the `;`, `)` or line end
/// that closes it (`(Reporting by A in Nairobi and B; Editing by C)` gives `by A in Nairobi
/// and B` and `by C`). Only a credit: the deed opens a bracket, a line or a `;` part, or follows
/// `Additional`/`Further` there, so prose (`the reporting by the Times`) is left alone.
fn credit_segments(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for at in spaced_bys(text) {
        let before = &text[..at];
        // Every credit word ends in one of these letters: most `by`s are turned down on one
        // byte.
        if !matches!(
            before.as_bytes().last(),
            Some(b'g' | b'd' | b'h' | b's' | b'n' | b'o')
        ) {
            continue;
        }
        let Some(deed) = crate::ner::CREDIT_WORDS
            .iter()
            .find(|d| before.ends_with(**d))
        else {
            continue;
        };
        let mut lead = before[..before.len() - deed.len()].trim_end_matches(' ');
        for extra in ["Additional", "additional", "Further", "further"] {
            if let Some(l) = lead.strip_suffix(extra) {
                lead = l.trim_end_matches(' ');
                break;
            }
        }
        let opens = lead.is_empty() || lead.ends_with(['(', ';', '\n', '[']);
        if !opens {
            continue;
        }
        let start = at + 1;
        let rest = &text[start..];
        let end = start + rest.find([';', ')', ']', '\n']).unwrap_or(rest.len());
        out.push(Span::new(start, end));
    }
    out
}

/// Where `text.match_indices(" by ")` finds its matches: found from the `y`s (one `y` in some
/// sixty bytes of English), where the search for the four bytes read every byte.
/// Left to right and apart, as `match_indices` gives them (`" by by "` has one).
fn spaced_bys(text: &str) -> impl Iterator<Item = usize> + '_ {
    use crate::tokenize::bytes_equal;
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut free = 0;
    let mut at = |y: usize| {
        if y >= 2 && y - 2 >= free && b.get(y - 2..y + 2) == Some(b" by ") {
            free = y + 2;
            out.push(y - 2);
        }
    };
    // The `y`s eight bytes at a time (`find('y')` stopped at every `y` of the text, one
    // `memchr` call and its setup each), then the tail a byte at a time.
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let mut ys = bytes_equal(w, b'y');
        while ys != 0 {
            at(i + (ys.trailing_zeros() / 8) as usize);
            ys &= ys - 1;
        }
        i += 8;
    }
    for (y, &c) in b.iter().enumerate().skip(i) {
        if c == b'y' {
            at(y);
        }
    }
    out.into_iter()
}

/// A name in the headline is what the story calls it: where the story gives the same words
/// one label at least twice and never the headline's, the headline's mention takes it. A
/// headline is read with the least context (a few words, often in title case), and the
/// story's sentences say more (`[Tai Po]PERSON` over a story about the district, `[Kuldeep]ORG`
/// over two `Kuldeep` PERSON).
fn title_follows_body(text: &str, title: Span, found: &mut [Mention]) {
    let words = |m: &Mention| &text[m.span.start..m.span.end];
    let in_title = found.partition_point(|m| m.span.start < title.end);
    let (head, rest) = found.split_at_mut(in_title);
    for m in head.iter_mut().filter(|m| m.span.start >= title.start) {
        let same: Vec<Label> = rest
            .iter()
            .filter(|b| words(b) == words(m))
            .map(|b| b.label)
            .collect();
        if same.len() >= 2 && same.iter().all(|l| *l == same[0]) && same[0] != m.label {
            m.label = same[0];
        }
    }
}

/// Analyzes `text`, trusting `hints` about its structure.
pub fn analyze_with(text: &str, hints: &parse::Hints, options: &Options) -> Analysis {
    let mut analysis = analyze_in_bytes(text, hints, options.tokens);
    for e in &mut analysis.entities {
        e.text = text[e.start..e.end].to_string();
    }
    in_unit(&mut analysis, text, options.offsets);
    analysis
}

/// [`analyze_with`] in byte offsets, each entity's `text` left empty: the wasm bindings copy
/// the texts straight from `text` into what they hand to JavaScript, so one `String` for each
/// entity would only be made and dropped ([`in_unit`] then gives the offsets the caller wants).
pub(crate) fn analyze_in_bytes(text: &str, hints: &parse::Hints, tokens: bool) -> Analysis {
    let prepared = Prepared::new(text, hints);
    let entities = prepared
        .recognize(recognizer())
        .into_iter()
        .map(|m| Entity {
            start: m.span.start,
            end: m.span.end,
            label: m.label,
            text: String::new(),
            region: region_of(&prepared.article.structure, m.span),
        })
        .collect();
    let Prepared {
        article,
        tokens: token_spans,
        sentences,
        ..
    } = prepared;
    let stats = parse::stats(text, &article, &token_spans, &sentences);
    Analysis {
        offset_unit: OffsetUnit::Byte,
        text_len: text.len(),
        structure: article.structure,
        paragraphs: article.paragraphs,
        sentences: sentences
            .iter()
            .filter(|r| !r.is_empty())
            .map(|r| Span::new(token_spans[r.start].start, token_spans[r.end - 1].end))
            .collect(),
        tokens: if tokens {
            token_spans
                .iter()
                .map(|s| Token {
                    start: s.start,
                    end: s.end,
                })
                .collect()
        } else {
            Vec::new()
        },
        entities,
        stats,
    }
}

/// Re-expresses the byte offsets of `analysis`, an analysis of `text`, in `unit`.
pub(crate) fn in_unit(analysis: &mut Analysis, text: &str, unit: OffsetUnit) {
    if unit != OffsetUnit::Byte {
        let map = OffsetMap::new(text, unit);
        analysis.remap(&map);
        // The text's end is a char boundary, so the map gives its length without a second
        // pass over the text ([`crate::offsets::len_in`] decodes every char).
        analysis.text_len = map.map(text.len());
    }
}

/// The region a span lies in; the narrowest named region wins over the body.
pub fn region_of(s: &Structure, span: Span) -> Region {
    let inside = |r: &Span| r.overlaps(span);
    if s.title.as_ref().is_some_and(inside) {
        Region::Title
    } else if s.subtitle.as_ref().is_some_and(inside) {
        Region::Subtitle
    } else if s.captions.iter().any(inside) {
        Region::Caption
    } else if s.boilerplate.iter().any(inside) {
        Region::Boilerplate
    } else if s.metadata.iter().any(inside) {
        Region::Metadata
    } else {
        Region::Body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&str> {
        labelled(line)
            .into_iter()
            .map(|(name, label)| {
                assert_eq!(label, Label::PERSON);
                name
            })
            .collect()
    }

    /// Each name of the byline `line` with its label.
    fn labelled(line: &str) -> Vec<(&str, Label)> {
        byline_names(line, Span::new(0, line.len()))
            .into_iter()
            .map(|(s, label)| (&line[s.start..s.end], label))
            .collect()
    }

    #[test]
    fn a_paper_after_the_writer_is_an_organization() {
        let found = labelled("By Jerry Cornfield, The Seattle Times");
        assert_eq!(
            found,
            [
                ("Jerry Cornfield", Label::PERSON),
                ("The Seattle Times", Label::ORG)
            ]
        );
    }

    #[test]
    fn spaced_bys_are_the_matches_of_by() {
        for t in [
            "",
            " by ",
            " by by ",
            " by  by ",
            "by the way, stand by me",
            "Reporting by A; Editing by B (by C) by",
            "yy by y by\nby by by",
            "by ",
            " by",
            "written by Éloïse by 王 by ",
        ] {
            let want: Vec<usize> = t.match_indices(" by ").map(|(at, _)| at).collect();
            assert_eq!(spaced_bys(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn the_headline_follows_what_the_story_calls_a_name() {
        let text = "Kuldeep stars, OPEC+ cuts\n\nKuldeep took four wickets. Kuldeep said \
                    OPEC+ met. Kuldeep bowled. OPEC+ cut output.";
        let at = |w: &str, from: usize| {
            let s = from + text[from..].find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let mention = |w: &str, from: usize, label: Label| Mention {
            span: at(w, from),
            label,
        };
        let body = text.find("\n\n").unwrap();
        let title = Span::new(0, body);
        let run = |labels: [Label; 6]| {
            let mut found = vec![
                mention("Kuldeep", 0, labels[0]),
                mention("OPEC+", 0, labels[1]),
                mention("Kuldeep", body, labels[2]),
                mention("Kuldeep said", body, labels[3]),
                mention("OPEC+ met", body, labels[4]),
                mention("OPEC+ cut", body, labels[5]),
            ];
            for m in &mut found[3..] {
                m.span.end = m.span.start + text[m.span.start..].find([' ', '.']).unwrap();
            }
            title_follows_body(text, title, &mut found);
            (found[0].label, found[1].label)
        };
        use Label::{GPE, ORG, PERSON};
        // Twice the same label in the story: the headline takes it.
        assert_eq!(run([ORG, PERSON, PERSON, PERSON, ORG, ORG]), (PERSON, ORG));
        // The story disagrees with itself: the headline keeps its own.
        assert_eq!(run([ORG, PERSON, PERSON, GPE, ORG, PERSON]), (ORG, PERSON));
    }

    #[test]
    fn a_credit_line_names_its_people() {
        let text = "The end.\n\n(Reporting by Jennifer Rigby in London and Grant Smith; \
                    Additional reporting by Jan van der Berg; Editing by Bill Berkrot)\n\n\
                    The reporting by the Times was late.";
        let people: Vec<&str> = credit_segments(text)
            .into_iter()
            .flat_map(|seg| byline_names(text, seg))
            .map(|(s, label)| {
                assert_eq!(label, Label::PERSON);
                &text[s.start..s.end]
            })
            .collect();
        assert_eq!(
            people,
            [
                "Jennifer Rigby",
                "Grant Smith",
                "Jan van der Berg",
                "Bill Berkrot"
            ]
        );
    }

    #[test]
    fn a_byline_names_its_writers() {
        assert_eq!(
            names("By SETH BORENSTEIN and DÁNICA COTO"),
            ["SETH BORENSTEIN", "DÁNICA COTO"]
        );
        assert_eq!(
            names("By JULIE CARR SMYTH Associated Press"),
            ["JULIE CARR SMYTH"]
        );
        assert_eq!(
            names("By Tom Phillips in Rio de Janeiro and Constance Malleret in Brasília"),
            ["Tom Phillips", "Constance Malleret"]
        );
        assert_eq!(
            names("By Hannah Fry, Los Angeles Times Staff Writer"),
            ["Hannah Fry"]
        );
        assert_eq!(
            names("By Chris Welch | Aug 20, 2025, 1:00 PM EDT"),
            ["Chris Welch"]
        );
        // The agency a story drew on, after `with`, is no part of the writer's name.
        let found = labelled("by DAILY SABAH WITH AA");
        // The outlet's own name is read against the lists by the caller.
        assert_eq!(found, [("DAILY SABAH", Label::PERSON), ("AA", Label::ORG)]);
        // A role and a handle after a spaced hyphen and a slash (the Inquirer's).
        assert_eq!(
            names("By: Frances Mangosing - Reporter / @FMangosingINQ"),
            ["Frances Mangosing"]
        );
        let found = labelled("By Maria Ionescu with AP");
        assert_eq!(
            found,
            [("Maria Ionescu", Label::PERSON), ("AP", Label::ORG)]
        );
        // The Guardian's beat after the name.
        assert_eq!(
            names("By Hannah Devlin Science correspondent"),
            ["Hannah Devlin"]
        );
        assert_eq!(
            names("By Jessica Elgot Chief political correspondent"),
            ["Jessica Elgot"]
        );
        assert_eq!(names("By Jean van de Velde"), ["Jean van de Velde"]);
        // A desk or a role names no one, and a line that is no byline is left alone.
        assert!(names("By NATION REPORTER").is_empty());
        assert!(names("Updated: Jane Doe Street").is_empty());
    }
}
