//! Entity recognition. Every recognizer sees the same [`Doc`] (text, tokens, sentences, regions)
//! and returns [`Mention`]s in byte offsets; [`Pipeline`] chains them and resolves overlaps, so a
//! statistical model, rules and gazetteers can be combined or swapped without touching callers.

pub mod acronyms;
mod brackets;
mod bylines;
pub mod calendar;
mod codes;
mod credits;
pub mod dois;
mod edges;
pub mod factions;
mod fields;
mod fiscal;
mod fullnames;
pub mod gazetteer;
mod izafat;
mod joins;
mod kinds;
pub mod languages;
pub mod laws;
pub mod legislators;
pub mod lineups;
pub mod listings;
mod measures;
pub mod model;
pub mod peoples;
pub mod products;
pub mod recase;
mod rivers;
pub mod rules;
mod scriptures;
pub mod shapes;
mod spaces;
pub mod speakers;
mod storms;
mod wholes;

use std::sync::Arc;

use crate::analysis::{Label, Span};
use crate::wordmap::Words;
use shapes::Kind;
pub use shapes::Shapes;
use storms::storms_again;

/// What a recognizer reads: the text with its tokens (byte spans) and sentences (token ranges).
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Span],
    pub sentences: &'a [std::ops::Range<usize>],
    /// Each token's text, sliced once when the `Doc` is made: the recognizers ask for a token's
    /// text some twenty times a token, and slicing the text each time (the token's bounds, the
    /// slice's bounds, both char-boundary checks) was the largest cost outside the tagger.
    /// Shared, so that a second `Doc` over the same text and tokens takes them without a copy.
    words: Arc<[&'a str]>,
    /// [`TokenIndex`], made on the first [`token_range`] asked of this `Doc`.
    index: std::sync::OnceLock<TokenIndex>,
}

/// Where to start looking for the first token ending after a byte: for every
/// [`TokenIndex::STEP`] bytes of the text, the first token ending after the step's first byte
/// (`tokens.partition_point(|t| t.end <= k * STEP)`). A mention's first token is then a walk of
/// a token or two from its step's entry, where a search over the tokens read ten or more
/// (asked some 87,000 times in the seeds bench, ~120 instructions each).
struct TokenIndex(Box<[usize]>);

impl TokenIndex {
    const STEP: usize = 16;

    fn new(text_len: usize, tokens: &[Span]) -> TokenIndex {
        let steps = text_len / TokenIndex::STEP + 1;
        let mut firsts = Vec::with_capacity(steps);
        let mut i = 0;
        for k in 0..steps {
            let at = k * TokenIndex::STEP;
            while i < tokens.len() && tokens[i].end <= at {
                i += 1;
            }
            firsts.push(i);
        }
        TokenIndex(firsts.into_boxed_slice())
    }

    /// `tokens.partition_point(|t| t.end <= at)` for the tokens the index was made of (their
    /// ends in order).
    #[inline]
    fn first_ending_after(&self, tokens: &[Span], at: usize) -> usize {
        let k = (at / TokenIndex::STEP).min(self.0.len() - 1);
        let mut i = self.0[k];
        while i < tokens.len() && tokens[i].end <= at {
            i += 1;
        }
        i
    }
}

impl<'a> Doc<'a> {
    /// A `Doc` over `text` split into `tokens` (byte spans of `text`) and `sentences` (ranges
    /// of tokens). A span that is not a slice of the text (none the tokenizer makes) reads as
    /// the empty string.
    pub fn new(
        text: &'a str,
        tokens: &'a [Span],
        sentences: &'a [std::ops::Range<usize>],
    ) -> Doc<'a> {
        Doc::with_words(text, tokens, sentences, Doc::words_of(text, tokens))
    }

    /// A `Doc` whose token texts are `words`, made by [`Doc::words_of`] for the same text and
    /// tokens, without slicing the text again: the pipeline reads each
    /// document twice (recasing its headlines, then recognizing). Slices the text anew if
    /// `words` does not have a text for each token.
    pub(crate) fn with_words(
        text: &'a str,
        tokens: &'a [Span],
        sentences: &'a [std::ops::Range<usize>],
        words: Arc<[&'a str]>,
    ) -> Doc<'a> {
        if words.len() != tokens.len() {
            return Doc::new(text, tokens, sentences);
        }
        Doc {
            text,
            tokens,
            sentences,
            words,
            index: std::sync::OnceLock::new(),
        }
    }

    /// Each token's text in `text`, for [`Doc::with_words`] (the empty string for a span that
    /// is not a slice of the text).
    pub(crate) fn words_of<'t>(text: &'t str, tokens: &[Span]) -> Arc<[&'t str]> {
        tokens
            .iter()
            .map(|s| text.get(s.start..s.end).unwrap_or(""))
            .collect()
    }

    /// Token `i`'s text. Panics if there is no token `i`.
    pub fn token_text(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The first byte of token `i`'s text (0 for an empty token), read from the token's text
    /// as sliced once: for passes over every token that turn most of them down on that byte.
    pub fn first_byte(&self, i: usize) -> u8 {
        self.words[i].as_bytes().first().copied().unwrap_or(0)
    }

    /// Whether token `i` and the next one touch, with nothing between them (`D` `-` `Wis.`,
    /// `2` `-` `1`): one written word the tokenizer split. False for the last token.
    pub fn glued(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start
    }

    /// Whether token `i` and the next one are one space apart, as the words of one name are
    /// (`Vice Premier He Lifeng`), not split by a line, a tab or punctuation. False for the
    /// last token.
    pub fn spaced(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && self.text.get(self.tokens[i].end..self.tokens[i + 1].start) == Some(" ")
    }

    /// Whether token `i` opens its sentence (or follows an opening quote that does), where a
    /// capital says nothing about a name.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let k = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(k).is_some_and(|s| {
            (s.start..i).all(|j| {
                self.token_text(j)
                    .bytes()
                    .all(|b| !b.is_ascii_alphanumeric())
            })
        })
    }
}

/// One recognized entity, in byte offsets, aligned to token boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
}

/// A component that finds entities.
pub trait Recognizer: Send + Sync {
    fn recognize(&self, doc: &Doc) -> Vec<Mention>;

    /// The same as [`Recognizer::recognize`], given the tokens' [`Shapes`] that
    /// [`Pipeline`] computes once for all its stages. Stages that walk every token override it
    /// to turn tokens down on their shape; the others need not.
    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let _ = shapes;
        self.recognize(doc)
    }
}

/// How a stage's mentions meet those the stages before it accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Added only where they overlap nothing accepted.
    Fill,
    /// Replace the accepted mentions they wholly contain (same span or longer), added where
    /// they overlap nothing; dropped where they cut into or lie inside a longer one.
    Cover,
    /// Give their label to an accepted mention of the same span labelled this; add nothing.
    Relabel(Label),
    /// Give their label to an accepted mention of the same span with another name's label
    /// (GPE, LOC, NORP, FAC, PRODUCT, WORK_OF_ART, PERSON); added where they overlap nothing.
    /// Neither where the text ends an accepted PERSON of more words (`Ferrari` after `Enzo
    /// Ferrari`: a surname).
    Correct,
}

/// Runs recognizers in priority order: a later recognizer only adds mentions that do not
/// overlap what an earlier one found, unless it is a [`Merge::Cover`] stage.
pub struct Pipeline {
    stages: Vec<(Box<dyn Recognizer>, Merge)>,
}

impl Pipeline {
    /// Stages that each fill what the ones before left ([`Merge::Fill`]).
    pub fn new(stages: Vec<Box<dyn Recognizer>>) -> Self {
        Pipeline {
            stages: stages.into_iter().map(|s| (s, Merge::Fill)).collect(),
        }
    }

    /// Stages with how each merges.
    pub fn merging(stages: Vec<(Box<dyn Recognizer>, Merge)>) -> Self {
        Pipeline { stages }
    }

    /// The best recognizer this build has: the shipped statistical model first, then rules
    /// for what it left out.
    pub fn standard() -> Self {
        Pipeline::with_model(model::ModelRecognizer::shipped())
    }

    /// The standard stages with `m` as the model: numeric dates and dates with a month
    /// abbreviated without its period (unambiguous, and misread by the model), the model,
    /// listed names of several words, named operations, storms and races, laws and bills known
    /// by a number (`Article 370`, `House Bill 18`; [`laws`]), holidays,
    /// pilgrimages, climate summits and Hijri dates, languages, peoples named before the word
    /// for them (`the Masalit people`; [`peoples`]), a legislator's party and state
    /// (`(D-Wis.)`), the exchange of a listing (`(Nasdaq: NWTX)`), roads known by a number, clock
    /// times with a zone or a glued `am`, amounts, measures and temperatures written as one
    /// word, a company's home (`Redmond, Washington-based`), aircraft models, listed products
    /// with their model codes, oil grades near an oil word and weapons before their kind (the
    /// model split `iPhone [17]` and read `[Brent]PERSON crude`), quoted titles of works,
    /// airlines and the place after `the town of` over the model's pieces of them, listed
    /// companies and one-word places over the model's places and people, listed places the
    /// model called NORP, then rules for what is left, and the leader an administration is
    /// named for. After them, names run together are parted ([`joins`]), mentions run across a
    /// separator are parted, and a storm named in full is the same storm by its bare name
    /// ([`storms`]).
    pub fn with_model(m: model::ModelRecognizer) -> Self {
        Pipeline::merging(vec![
            (Box::new(rules::NumericDates), Merge::Fill),
            (Box::new(rules::AbbreviatedDates), Merge::Fill),
            (Box::new(m), Merge::Fill),
            (Box::new(rules::Decades), Merge::Fill),
            (Box::new(gazetteer::ListedNames::new()), Merge::Cover),
            (Box::new(rules::NamedOperations), Merge::Cover),
            (Box::new(laws::NumberedLaws), Merge::Cover),
            (Box::new(calendar::Calendar), Merge::Cover),
            (Box::new(languages::Languages), Merge::Cover),
            (Box::new(peoples::Peoples), Merge::Cover),
            (Box::new(legislators::PartyStates), Merge::Cover),
            (Box::new(listings::Listings), Merge::Cover),
            (Box::new(rules::NumberedRoads), Merge::Cover),
            (Box::new(rules::ClockTimes), Merge::Cover),
            (Box::new(rules::WrittenAmounts), Merge::Cover),
            (Box::new(rules::BasedPlaces), Merge::Cover),
            (Box::new(rules::AircraftModels), Merge::Cover),
            (Box::new(products::Products::new()), Merge::Cover),
            (Box::new(rules::QuotedTitles), Merge::Cover),
            (Box::new(rules::Airlines), Merge::Cover),
            (Box::new(rules::PlacesOf), Merge::Cover),
            (Box::new(gazetteer::ListedCompanies::new()), Merge::Correct),
            (
                Box::new(gazetteer::ListedNames::places_not_people()),
                Merge::Correct,
            ),
            (
                Box::new(gazetteer::ListedNames::places()),
                Merge::Relabel(Label::NORP),
            ),
            (Box::new(rules::Rules::new()), Merge::Fill),
            (Box::new(rules::Administrations), Merge::Fill),
        ])
    }

    pub fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        // Accepted mentions never overlap, so in order of their starts (which is also the order
        // of their ends) the ones a candidate overlaps are a run: found by a binary search. A
        // `Vec` rather than a `BTreeMap`: the model's mentions come in order (appended), and the
        // later stages' few inserts move a few hundred bytes at most.
        let mut found: Vec<Mention> = Vec::new();
        // The bytes they cover, to tell a clash without a search of `found` (most candidates
        // clash: the model found them before).
        let mut covered = Covered::new(doc.text.len());
        let shapes = Shapes::new(doc);
        // What each candidate becomes (or that it is dropped), by the candidate: two thirds of
        // the candidates were proposed before by another stage (the one-word places by two
        // stages, most of the rules' names and numbers by the model), and what it becomes
        // depends on it and the text alone.
        let mut settled: crate::wordmap::WordMap<Mention, Option<Mention>> =
            crate::wordmap::WordMap::with_capacity_and_hasher(
                doc.tokens.len() / 2,
                Default::default(),
            );
        for (stage, merge) in &self.stages {
            for m in stage.recognize_shaped(doc, &shapes) {
                let Some(m) = *settled.entry(m).or_insert_with(|| settle(doc, m)) else {
                    continue;
                };
                let clash = covered.any(m.span);
                if let Merge::Relabel(from) = *merge {
                    if let Some(f) = same_start(&mut found, m.span.start) {
                        if f.span == m.span && f.label == from {
                            f.label = m.label;
                        }
                    }
                    continue;
                }
                if *merge == Merge::Correct {
                    // In place of the same span, or clashing with nothing.
                    if corrects(doc, &found, m, clash) {
                        let at = found.partition_point(|f| f.span.start < m.span.start);
                        match found.get_mut(at) {
                            Some(f) if f.span.start == m.span.start => *f = m,
                            _ => found.insert(at, m),
                        }
                        covered.set(m.span, true);
                    }
                    continue;
                }
                if !clash {
                    // Most go at the end (the model's come in order): no search for those.
                    if found.last().is_none_or(|f| f.span.start < m.span.start) {
                        found.push(m);
                    } else {
                        let at = found.partition_point(|f| f.span.start < m.span.start);
                        found.insert(at, m);
                    }
                    covered.set(m.span, true);
                    continue;
                }
                if *merge == Merge::Fill {
                    continue;
                }
                // Everything it overlaps must lie within it: the run of mentions that end
                // after its start and start before its end.
                let to = found.partition_point(|f| f.span.start < m.span.end);
                let from = found[..to].partition_point(|f| f.span.end <= m.span.start);
                let covers = found[from..to]
                    .iter()
                    .all(|f| f.span.start >= m.span.start && f.span.end <= m.span.end);
                if covers {
                    for f in found.splice(from..to, [m]) {
                        covered.set(f.span, false);
                    }
                    covered.set(m.span, true);
                }
            }
        }
        let found = parted_at_open_brackets(doc, found);
        let found = parted_at_separators(doc, found);
        let found = joins::split_joined(doc, found);
        let found = joined_ranges(doc, with_units(doc, joined_scores(doc, found)));
        let found = parted_tallies(doc, with_camp_heads(doc, found));
        let found = products::aircraft_numbers(doc, with_model_numbers(doc, flights(doc, found)));
        let found = with_sequel_numbers(doc, teams_at_a_score(doc, found));
        let found = teams_by_their_staff(doc, found);
        let found = companies_by_their_description(doc, &shapes, found);
        let found = people_by_their_role(doc, credited_people(doc, places_near(doc, found)));
        let found = wholes::organizations_whole(doc, found);
        let found = owners_of_people(doc, kinds::by_their_kind(doc, found));
        let found = laws_joined_at_and(doc, found);
        let found = joined_particles(doc, joined_of_names(doc, with_pronoun_surnames(doc, found)));
        let found = company_words_as_people(doc, surnames_as_other_names(doc, found));
        let found = people_with_their_scores(doc, full_names_of_surnames(doc, found));
        let found = names_again(doc, &shapes, found);
        let found = with_whole_contractions(doc, storms_again(doc, found));
        let found = places_named_again(doc, possessive_names_whole(doc, found));
        let found = papers_after_a_capital_the(doc, lists_of_places(doc, found));
        let found = teams_with_plural_verbs(doc, found);
        let found = amounts_before_names(doc, weekdays_before_dates(doc, found));
        let found = years_with_their_era(doc, &shapes, found);
        let found = people_named_as_places(doc, orgs_named_again(doc, set_scores(doc, found)));
        let found = peoples::members_of_peoples(doc, found);
        let found = titles_listed_together(doc, found);
        let found = edges::mended_edges(doc, numbers_inside_codes(doc, found));
        let found = bylines::bylines_and_places(doc, izafat::izafat_names(doc, found));
        let found = fullnames::full_names(doc, measures::measures(doc, found));
        let found = codes::without_instrument_codes(doc, fields::two_fields(doc, found));
        let found =
            rivers::rivers_named_together(doc, brackets::parted_at_closing_brackets(doc, found));
        let found = fiscal::fiscal_years(doc, rivers::places_before_their_kind(doc, found));
        let found = credits::credits(doc, scriptures::scriptures(doc, found));
        let found = products::products_named_again(doc, found);
        found
            .iter()
            .enumerate()
            .map(|(k, &m)| {
                let longer = amount_with_its_scales(doc, m);
                // Only into words no other mention holds.
                let free = found
                    .get(k + 1)
                    .is_none_or(|next| next.span.start >= longer.span.end);
                if free {
                    longer
                } else {
                    m
                }
            })
            .collect()
    }
}

/// The mention of `found` (in order of their starts) that starts at `start`, if any.
fn same_start(found: &mut [Mention], start: usize) -> Option<&mut Mention> {
    let at = found.partition_point(|f| f.span.start < start);
    found.get_mut(at).filter(|f| f.span.start == start)
}

/// The bytes of a text that accepted mentions cover, a bit each. Accepted mentions never
/// overlap and none is empty ([`settle`] drops empty ones), so a candidate clashes with one
/// exactly where it shares a covered byte; and a mention taken out clears only its own bits.
/// Asked of every candidate (~48,000 in the seeds bench), the `BTreeMap` range search it
/// replaces cost ~110 instructions a candidate.
struct Covered(Vec<u64>);

impl Covered {
    fn new(len: usize) -> Covered {
        Covered(vec![0; len / 64 + 1])
    }

    /// The words of `s`'s bits, each with the mask of its bits in `s`, for a non-empty `s`.
    fn words(s: Span) -> impl Iterator<Item = (usize, u64)> {
        let (first, last) = (s.start / 64, (s.end - 1) / 64);
        (first..=last).map(move |w| {
            let lo = if w == first { s.start % 64 } else { 0 };
            let hi = if w == last { (s.end - 1) % 64 } else { 63 };
            (w, (u64::MAX >> (63 - hi)) & (u64::MAX << lo))
        })
    }

    /// Whether a byte of `s` is covered. False for an empty span.
    fn any(&self, s: Span) -> bool {
        !s.is_empty()
            && Covered::words(s).any(|(w, mask)| self.0.get(w).is_some_and(|&b| b & mask != 0))
    }

    /// Marks the bytes of `s` covered (`on`) or not.
    fn set(&mut self, s: Span, on: bool) {
        if s.is_empty() {
            return;
        }
        if self.0.len() <= (s.end - 1) / 64 {
            self.0.resize((s.end - 1) / 64 + 1, 0);
        }
        for (w, mask) in Covered::words(s) {
            if on {
                self.0[w] |= mask;
            } else {
                self.0[w] &= !mask;
            }
        }
    }
}

/// What a stage's candidate becomes before it meets the accepted mentions: its edges trimmed
/// (titles, numbers, stray quotes, tails that are no part of the name), its label read from
/// its head or its context; `None` where nothing is left or it is no entity (a title alone, a
/// sound, a phone number). Depends on the text and the candidate alone.
fn settle(doc: &Doc, m: Mention) -> Option<Mention> {
    let m = without_clock_tail(
        doc,
        without_temporal_tail(
            doc,
            without_leading_dash(
                doc,
                without_trailing_slash(doc, without_sentence_period(doc, m)),
            ),
        ),
    );
    let m = without_possessed_name(doc, m);
    let m = without_office(doc, without_honorific(doc, without_numeric_edges(doc, m)));
    let m = without_stamp_word(doc, without_trailing_title(doc, m));
    let m = desk_not_person(doc, demonym_before_title(doc, m));
    let m = without_shares_lead(doc, initial_before_pronoun(doc, m));
    let m = without_postnominal(doc, without_score(doc, m));
    let m = fraction_as_count(doc, number_as_count(doc, m));
    let m = without_stray_quote(doc, number_read_in_context(doc, clock_as_time(doc, m)));
    let m = without_lowercase_tail(doc, m);
    let m = storm_by_its_name(doc, label_by_its_head(doc, without_period_code(doc, m)));
    let m = saint_as_place(doc, the_one_word_person(doc, labour_as_party(doc, m)));
    let m = year_as_date(doc, law_with_its_year(doc, clergy_by_title(doc, m)));
    let m = numbered_not_dated(doc, year_that_marks(doc, m));
    let dropped = m.span.is_empty()
        || is_title_only(doc, m)
        || is_title_after_demonym(doc, m)
        || is_caption_position(doc, m)
        || is_numberless_count(doc, m)
        || is_coded_name(doc, m)
        || is_no_name(doc, m)
        || is_disease_name(doc, m)
        || is_index_number(doc, m)
        || is_phone_number(doc, m)
        || listings::is_listing_code(doc, m)
        || is_credential(doc, m)
        || is_union_office(doc, m);
    (!dropped).then_some(m)
}

/// `the Rs285bn Sukkur-Hyderabad Motorway`, `a $2bn Gigafactory Berlin`: an amount written
/// as one word before a name, which the tagger took into the name (or its number, the sign
/// left out: `the £[116m Chelsea]ORG paid`, rs22). The amount is MONEY of its
/// own and the name keeps its label (OntoNotes: `the $ 7 billion [Extended Fund Facility]`).
fn amounts_before_names(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    let amount = |w: &str| {
        // Most mentions start with none of the signs' first bytes.
        matches!(
            w.as_bytes().first(),
            Some(b'R' | b'P' | b'U' | b'$' | 0xC2 | 0xE2)
        ) && ["Rs.", "Rs", "PKR", "US$", "$", "£", "€", "₹"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    };
    // rs22: `the £[116m Chelsea]ORG paid`: the sign glued before the mention, left out of it.
    let sign_before = |start: usize| {
        ["£", "$", "€"]
            .iter()
            .find(|s| doc.text[..start].ends_with(**s))
            .map(|s| start - s.len())
    };
    let scaled = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let scale = &w[digits.len()..];
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && matches!(scale, "m" | "bn" | "k" | "mn" | "tr")
    };
    let signed = |m: &Mention| {
        doc.text
            .as_bytes()
            .get(m.span.start)
            .is_some_and(u8::is_ascii_digit)
            && sign_before(m.span.start).is_some()
    };
    if !found.iter().any(|m| {
        !m.label.is_numeric()
            && (doc.text.get(m.span.start..m.span.end).is_some_and(amount) || signed(m))
    }) {
        return found;
    }
    let mut out = Vec::with_capacity(found.len() + 1);
    for m in found {
        let r = token_range(doc, m.span);
        let sign = sign_before(m.span.start).filter(|_| scaled(doc.token_text(r.start)));
        if m.label.is_numeric()
            || r.len() < 2
            || !(amount(doc.token_text(r.start)) || sign.is_some())
        {
            out.push(m);
            continue;
        }
        let first = doc.tokens[r.start];
        out.push(Mention {
            span: Span::new(sign.unwrap_or(first.start), first.end),
            label: Label::MONEY,
        });
        out.push(Mention {
            span: Span::new(doc.tokens[r.start + 1].start, m.span.end),
            label: m.label,
        });
    }
    out
}

/// `Labour` (Britain's party) and `Labor` (Australia's, or a US department) alone are an
/// organization, never a person: the model, which had not seen the British party, tagged
/// `Badenoch says [Labour]PERSON has broken its promise`, each mention of a politics story
/// alike. OntoNotes train: `Labor` alone is an ORG 2 times of 2, a PERSON never.
fn labour_as_party(doc: &Doc, m: Mention) -> Mention {
    let party = m.label == Label::PERSON
        && matches!(
            doc.text.get(m.span.start..m.span.end),
            Some("Labour" | "Labor")
        );
    if party {
        Mention {
            label: Label::ORG,
            ..m
        }
    } else {
        m
    }
}

/// Puts a mention of `span` labelled `label` into `found` (in order), in place of those it
/// overlaps.
pub(crate) fn put(found: &mut Vec<Mention>, span: Span, label: Label) {
    found.retain(|m| !m.span.overlaps(span));
    let at = found.partition_point(|m| m.span.start < span.start);
    found.insert(at, Mention { span, label });
}

/// Whether `w` marks a year's era (`BC`, `A.D.`).
fn is_era(w: &str) -> bool {
    matches!(w, "BC" | "B.C." | "BCE" | "B.C.E." | "AD" | "A.D.")
}

/// A year with its era (`4000BC`, `300 BC`, `AD 79`, `1 AD`) is one DATE, as OntoNotes writes
/// it (`[1 AD]DATE`, `[AD 25 - 220]DATE`). The model, which has seen few, read `4000BC` as an
/// ORG and `300 BC` as a CARDINAL and an ORG.
fn years_with_their_era(doc: &Doc, shapes: &Shapes, mut found: Vec<Mention>) -> Vec<Mention> {
    let n = doc.tokens.len();
    let year = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut dates = Vec::new();
    // Every form starts with a digit or `A`: only those tokens are visited.
    for i in shapes.each(Kind::UpperOrDigit) {
        let b = shapes.at(i).first;
        if !(b.is_ascii_digit() || b == b'A') {
            continue;
        }
        let w = doc.token_text(i);
        // `4000BC` glued, `300 BC`, `AD 79`.
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        // `in 2025 BC Hydro raised rates`: British Columbia's, before a name.
        let era_after = i + 1 < n
            && is_era(doc.token_text(i + 1))
            && (i + 2 >= n || !doc.token_text(i + 2).starts_with(char::is_uppercase));
        let era_before = matches!(w, "AD" | "A.D.") && i + 1 < n && year(doc.token_text(i + 1));
        let range = if digits > 0 && digits <= 4 && is_era(&w[digits..]) {
            Some(i..i + 1)
        } else if (year(w) && era_after) || era_before {
            Some(i..i + 2)
        } else {
            None
        };
        if let Some(r) = range {
            dates.push(Span::new(
                doc.tokens[r.start].start,
                doc.tokens[r.end - 1].end,
            ));
        }
    }
    for span in dates {
        // A longer DATE that holds it already (`the Eastern Han dynasty (AD 25-220)`) stays.
        if found
            .iter()
            .any(|m| m.label == Label::DATE && m.span.start <= span.start && span.end <= m.span.end)
        {
            continue;
        }
        put(&mut found, span, Label::DATE);
    }
    found
}

/// `Tue, Aug 18, 2026`: a short weekday, a comma and a date are one DATE, as OntoNotes writes
/// the whole `Wednesday , April 30 , 2003` (its weekday before a comma and a date is inside
/// the DATE 12 times of 13, once a TIME's). The tagger, which never saw `Tue`, read it as a
/// PERSON (`Updated [Tue]PERSON, Aug 18`) or an amount (`Published [Tue]MONEY, Nov 24 2026`).
/// Only before a date that starts with a month or a number; `The Sun, May 4` (a paper) is not
/// read.
fn weekdays_before_dates(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let mut j = 0;
    while j < found.len() {
        let m = found[j];
        j += 1;
        if m.label != Label::DATE {
            continue;
        }
        let r = token_range(doc, m.span);
        if r.start < 2 || r.is_empty() || doc.token_text(r.start - 1) != "," {
            continue;
        }
        let k = r.start - 2;
        let first = doc.token_text(r.start);
        let dated = first.starts_with(|c: char| c.is_ascii_digit())
            || rules::MONTHS.contains(&first)
            || rules::SHORT_MONTHS.contains(&first.trim_end_matches('.'));
        let after_the = k > 0 && doc.token_text(k - 1).eq_ignore_ascii_case("the");
        if !dated || after_the || !rules::is_short_weekday(doc.token_text(k)) {
            continue;
        }
        let day = doc.tokens[k];
        // The weekday read alone as something else goes; anything longer over it stays.
        if j >= 2 && found[j - 2].span.end > day.start {
            if found[j - 2].span != Span::new(day.start, day.end) {
                continue;
            }
            found.remove(j - 2);
            j -= 1;
        }
        found[j - 1].span = Span::new(day.start, m.span.end);
    }
    found
}

/// Nouns of a place that name, with `of`, the place after them: `the island province of X`,
/// `the state of X`.
const PLACE_OF: &[&str] = &[
    "province",
    "state",
    "island",
    "county",
    "city",
    "town",
    "village",
    "region",
    "district",
    "municipality",
];

/// A one-word name that opens a sentence with a plural verb is a team or a company, as British
/// writing names them (`Liverpool have agreed a fee`, `Arsenal are third`): no one person
/// `have` or `are`. The tagger, for which `Liverpool` in a title was a surname, made it a
/// PERSON in every mention. Such a PERSON becomes an ORG, and so does the same name as a
/// PERSON elsewhere in the article. A family in the plural (`the Waltons`) ends in `s` and
/// stays; `Bush and Cheney have` has no sentence start before the verb's subject.
fn teams_with_plural_verbs(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{ORG, PERSON};
    if !found.iter().any(|m| m.label == PERSON) {
        return found;
    }
    // The words that open a sentence with a plural verb, read from the sentences (the tagger
    // may have left that mention out and tagged the others).
    let mut teams: Vec<&str> = Vec::new();
    for s in doc.sentences {
        let k = s.start;
        if k + 1 >= s.end {
            continue;
        }
        let word = doc.token_text(k);
        if rules::is_cap(word)
            && !word.ends_with('s')
            && doc.spaced(k)
            && matches!(doc.token_text(k + 1), "have" | "are" | "were")
            // `Linda are you…`: a question to a person, its comma left out.
            && !(k + 2 < s.end
                && matches!(
                    doc.token_text(k + 2),
                    "you" | "we" | "they" | "i" | "I" | "he" | "she" | "there"
                ))
            && !teams.contains(&word)
        {
            teams.push(word);
        }
    }
    relabel_named(doc, &mut found, &teams, &[PERSON], ORG);
    found
}

/// Gives `to` to every mention labelled one of `from` whose text is one of `names`.
fn relabel_named(doc: &Doc, found: &mut [Mention], names: &[&str], from: &[Label], to: Label) {
    if names.is_empty() {
        return;
    }
    for m in found.iter_mut() {
        if from.contains(&m.label)
            && doc
                .text
                .get(m.span.start..m.span.end)
                .is_some_and(|t| names.contains(&t))
        {
            m.label = to;
        }
    }
}

/// A one-word person inside a list of places is a place: `shelters across [St Elizabeth]GPE,
/// [Westmoreland]PERSON and [Trelawny]GPE`, `counties, including Fort Bend, [Montgomery] and
/// Williamson`. A list here is three or more mentions joined by commas, `and` or `or`, all GPE
/// but the one PERSON, which is not the last: a broadcast's `in Tallahassee, Florida, and
/// [Ben]` hands over to a person (twice on OntoNotes dev, against once `Gambia, and [Chad]`).
fn lists_of_places(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{GPE, NORP, ORG, PERSON, PRODUCT};
    // Whether only `,`, `and`, `or` or `, and` stand between mentions `a` and `b`.
    let joined = |a: &Mention, b: &Mention| {
        doc.text
            .get(a.span.end..b.span.start)
            .is_some_and(|between| matches!(between, ", " | " and " | " or " | ", and " | ", or "))
    };
    let mut i = 0;
    while i < found.len() {
        let mut j = i + 1;
        while j < found.len() && joined(&found[j - 1], &found[j]) {
            j += 1;
        }
        let list = &found[i..j];
        // The one mention that is no place (counted, not collected: asked of every mention).
        let is_odd = |m: &Mention| matches!(m.label, PERSON | ORG | NORP | PRODUCT);
        if list.len() >= 3
            && list.iter().filter(|m| is_odd(m)).count() == 1
            && list.iter().filter(|m| m.label == GPE).count() == list.len() - 1
        {
            let k = i + list.iter().position(is_odd).unwrap_or_default();
            let r = token_range(doc, found[k].span);
            // An acronym or a name the lists know keeps its label (`Russia, [EU]ORG and
            // China`).
            let plain = r.len() == 1
                && doc
                    .token_text(r.start)
                    .bytes()
                    .any(|b| b.is_ascii_lowercase())
                && gazetteer::Gazetteer::shared()
                    .listed_exactly(doc, r.start, r.end)
                    .is_none();
            if k + 1 < j && plain {
                found[k].label = GPE;
            }
        }
        i = j;
    }
    found
}

/// A place named after `province of`, `state of`, `island of` and the like is that place
/// wherever else the article names it: the tagger, reading a name it did not know, had
/// `[Catanduanes]GPE` after `the island province of` and a PERSON five times elsewhere in one
/// story. OntoNotes train: in the documents where a GPE follows one of these nouns and `of`,
/// its other mentions are GPE 390 times, LOC 3 (as part of a longer LOC 52), and never a
/// PERSON, ORG or NORP.
///
/// A name right after a lower-case `village of`, `town of` or `city of` is itself a GPE
/// whatever the model called it (rs23: `toward the village of [Oleksandro-Shultyne]ORG`).
/// OntoNotes train: the names there are a GPE 78 times and a LOC once (`the city of [New
/// York]LOC`), so a LOC stays.
fn places_named_again(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, NORP, ORG, PERSON};
    let mut names: Vec<&str> = Vec::new();
    for m in found.iter_mut() {
        if matches!(m.label, PERSON | ORG | NORP | FAC) {
            // The bytes first: ` of ` right before the name.
            let before = doc.text.get(..m.span.start).unwrap_or_default();
            if let Some(b) = before.strip_suffix(" of ") {
                if [" village", " town", " city"]
                    .iter()
                    .any(|w| b.ends_with(w))
                {
                    m.label = GPE;
                }
            }
        }
        if m.label != GPE {
            continue;
        }
        let r = token_range(doc, m.span);
        let cued = r.start >= 2
            && doc.token_text(r.start - 1) == "of"
            && PLACE_OF
                .iter()
                .any(|w| w.eq_ignore_ascii_case(doc.token_text(r.start - 2)));
        if cued {
            if let Some(t) = doc.text.get(m.span.start..m.span.end) {
                names.push(t);
            }
        }
    }
    relabel_named(doc, &mut found, &names, &[PERSON, ORG, NORP], GPE);
    // A country or city the lists know, which the article names as a GPE elsewhere, is that
    // place where the model read it otherwise (`to be [Chile]ORG's next president` beside
    // `Chile` GPE three times). OntoNotes train: such a mention is a GPE 8,011 times, an ORG 19,
    // a PERSON 12 and a NORP 30. Not where the place names a team: an article that names a
    // team after it (`Philadelphia Eagles`) or puts a number after the mention (a standings
    // table's `SEATTLE 5 8 0`) speaks of the club as well as the city.
    let text = |m: &Mention| doc.text.get(m.span.start..m.span.end).unwrap_or("");
    // The words of the other mentions first: the lists are read only for a GPE that has them.
    // Made as big as it may get at once: grown, it took four or five allocations a document.
    let mut others: Vec<&str> = Vec::with_capacity(found.len());
    others.extend(
        found
            .iter()
            .filter(|m| matches!(m.label, PERSON | ORG | NORP))
            .map(text),
    );
    // One bit of each of their lengths and first bytes, to pass over most GPEs unsearched.
    let key =
        |t: &str| 1u64 << ((t.len() ^ usize::from(t.as_bytes().first().map_or(0, |b| *b))) & 63);
    let other_keys = others.iter().fold(0, |k, t| k | key(t));
    let mut listed: Vec<&str> = Vec::new();
    for m in &found {
        if m.label != GPE
            || other_keys & key(text(m)) == 0
            || !others.contains(&text(m))
            || listed.contains(&text(m))
        {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let listed_gpe = gazetteer::Gazetteer::shared().listed_exactly(doc, r.start, r.end);
        if listed_gpe == Some(GPE) {
            listed.push(text(m));
        }
    }
    // A team is the place and one plural word (`Philadelphia Eagles`, `Dallas Cowboys`); an
    // institution named for the place (`Kenya Revenue Authority`) is no team.
    let team_of = |place: &str, m: &Mention| {
        m.label == ORG
            && text(m)
                .strip_prefix(place)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|w| {
                    !w.contains(' ')
                        && w.starts_with(char::is_uppercase)
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                })
    };
    listed.retain(|place| !found.iter().any(|m| team_of(place, m)));
    if listed.is_empty() {
        return found;
    }
    for m in found.iter_mut() {
        if !matches!(m.label, PERSON | ORG | NORP) || !listed.contains(&text(m)) {
            continue;
        }
        let r = token_range(doc, m.span);
        let counted = r.end < doc.tokens.len() && doc.first_byte(r.end).is_ascii_digit();
        if !counted {
            m.label = GPE;
        }
    }
    found
}

/// A one-word name that a capitalized `The` opens in the middle of a sentence is a newspaper's
/// or a journal's: `told The Hindu`, `published in The Lancet`, `and The Age`. The tagger read
/// such names as a WORK_OF_ART. In OntoNotes train, a one-word ORG or WORK_OF_ART after a `The`
/// capitalized mid-sentence (after a word in lower case) is an ORG 44 times to a WORK_OF_ART 11
/// (`For The World`, a radio programme), so it becomes an ORG. The `The` stays out, as the
/// project's guidelines keep every leading `the` out (the model's spans are trimmed alike). A
/// headline in title case (`Why The Fed Cut`) has no word in lower case before the `The`. A
/// work of any length that `reported` something is a paper too.
fn papers_after_a_capital_the(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{ORG, WORK_OF_ART};
    for m in found.iter_mut() {
        if m.label != WORK_OF_ART {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        // `The Toledo Blade reported`: a work that reports is a paper (OntoNotes train: a name
        // before `reported` or `reports` is an ORG 32 times, a WORK_OF_ART 3).
        if r.end < doc.tokens.len() && matches!(doc.token_text(r.end), "reported" | "reports") {
            m.label = ORG;
            continue;
        }
        if r.len() != 1
            || r.start < 2
            || doc.token_text(r.start - 1) != "The"
            || !doc.spaced(r.start - 1)
            || !doc.spaced(r.start - 2)
            || !doc
                .token_text(r.start - 2)
                .chars()
                .all(|c| c.is_lowercase())
            || !doc.token_text(r.start).chars().all(char::is_alphabetic)
        {
            continue;
        }
        m.label = ORG;
    }
    found
}

/// A company named in the possessive (`Sotheby's`, `Christie's`, `Lloyd's`) is that whole name
/// wherever the article writes it, where the tagger, reading `'s` as the possessive, stopped
/// short of it (`[Christie]ORG's will offer`) or made the bare word a person (`[Christie]PERSON's
/// and Phillips`). OntoNotes train keeps the `'s` in such names 87 times and leaves it out 15
/// (`[Sotheby's]` ... `a [Lloyd]ORG 's broker`). Only names the article also gives whole as an
/// ORG, so a person's possessive stays one; and an ORG whose `'s` possesses nothing, being
/// followed by `and`, `or` or a verb of reporting (`McDonald's and Wendy's reported`,
/// `Lloyd's said`): OntoNotes train has such an ORG whole 15 times and cut once, while a PERSON
/// before the same words is cut 5 times and whole once (`Bush's and Blair's`), so people stay
/// cut. Before a punctuation mark it is no sign: the possessed noun may be left out (`a
/// fraction of OpenAI's, which`).
fn possessive_names_whole(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{ORG, PERSON};
    let names: Vec<&str> = found
        .iter()
        .filter(|m| m.label == ORG)
        .filter_map(|m| doc.text.get(m.span.start..m.span.end))
        .filter(|t| t.len() > 3 && (t.ends_with("'s") || t.ends_with("’s")))
        .collect();
    for k in 0..found.len() {
        let m = found[k];
        if !matches!(m.label, ORG | PERSON) {
            continue;
        }
        let after = doc.text.get(m.span.end..).unwrap_or_default();
        let Some(mark) = ["'s", "’s"].into_iter().find(|q| after.starts_with(q)) else {
            continue;
        };
        let end = m.span.end + mark.len();
        let whole = &doc.text[m.span.start..end];
        let word_ends = !doc.text[end..].starts_with(|c: char| c.is_alphanumeric());
        let free = found.get(k + 1).is_none_or(|n| n.span.start >= end);
        if word_ends
            && free
            && (names.contains(&whole) || (m.label == ORG && owns_nothing(&doc.text[end..])))
        {
            found[k] = Mention {
                span: Span::new(m.span.start, end),
                label: ORG,
            };
        }
    }
    found
}

/// Whether the text after a name's `'s` shows that the `'s` possesses nothing: the next word is
/// a conjunction or a verb of reporting.
fn owns_nothing(after: &str) -> bool {
    let next = after.trim_start_matches(' ');
    if next.len() == after.len() {
        return false;
    }
    let w = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(
        w,
        "and" | "or" | "said" | "says" | "reported" | "reports" | "announced"
    )
}

/// A mention that ends on the first part of a contraction takes its `n't`: the tokenizer splits
/// `Don't` as the treebank does (`Do` `n't`), and the model, which tags `n't` outside every
/// name, cut the title `"Now You See Me: Now You Don't"` inside its last word. No mention may
/// end inside a word a reader sees as one.
fn with_whole_contractions(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    for m in &mut found {
        // Asked of every mention: the text after it says no before the tokens are looked up.
        let after = doc.text.get(m.span.end..).unwrap_or_default();
        if !["n't", "n’t", "N'T", "N’T"]
            .iter()
            .any(|c| after.starts_with(c))
        {
            continue;
        }
        let r = token_range(doc, m.span);
        if r.end < doc.tokens.len()
            && doc.tokens[r.end - 1].end == m.span.end
            && doc.glued(r.end - 1)
            && matches!(doc.token_text(r.end), "n't" | "n’t" | "N'T" | "N’T")
        {
            m.span = Span::new(m.span.start, doc.tokens[r.end].end);
        }
    }
    found
}

/// Whether `m` of a [`Merge::Correct`] stage goes into `found`: in place of the accepted
/// mention of the same span if it has another name's label, or where it `clash`es with
/// nothing; neither where the text ends an accepted PERSON of more words (`Ferrari` after
/// `Enzo Ferrari`: a surname, not the company).
fn corrects(doc: &Doc, found: &[Mention], m: Mention, clash: bool) -> bool {
    use crate::analysis::Label::*;
    // Where the model found the same already, or something else it keeps, there is nothing to
    // do: decided before the surnames are read, which most candidates never need.
    let at = found.partition_point(|f| f.span.start < m.span.start);
    let replaces = found.get(at).is_some_and(|f| {
        f.span == m.span
            && f.label != m.label
            && matches!(
                f.label,
                GPE | LOC | NORP | FAC | PRODUCT | WORK_OF_ART | PERSON
            )
    });
    if clash && !replaces {
        return false;
    }
    // A person's last word (after its last space) is `name`: a name with no space that the
    // person's text ends with, a space before it.
    let name = doc.text.get(m.span.start..m.span.end).unwrap_or_default();
    let surname = !name.contains(' ')
        && found.iter().any(|p| {
            p.label == PERSON
                && p.span.len() > name.len()
                && doc.text.get(p.span.start..p.span.end).is_some_and(|t| {
                    t.ends_with(name) && t.as_bytes()[t.len() - name.len() - 1] == b' '
                })
        });
    !surname
}

/// A one-word PERSON that is the first or last word of an organization the article names in
/// full (`Eli Lilly` ... `[Lilly]PERSON's own daily pill`, `Goldman Sachs` ... `Goldman`) is
/// that organization, where no person of that surname is named: in OntoNotes train such a
/// word alone is an ORG 1,048 times, a place or people 1,385 and a PERSON 27.
fn company_words_as_people(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{ORG, PERSON};
    let text = |m: &Mention| doc.text.get(m.span.start..m.span.end).unwrap_or_default();
    // Cheap first: a one-word PERSON and an ORG of several words.
    let lone_person = |m: &Mention| m.label == PERSON && !text(m).contains(' ');
    if !found.iter().any(lone_person)
        || !found
            .iter()
            .any(|m| m.label == ORG && text(m).contains(' '))
    {
        return found;
    }
    let org_words: Vec<&str> = found
        .iter()
        .filter(|m| m.label == ORG)
        .filter_map(|m| {
            let t = text(m);
            let first = spaces::split_once_space(t).map(|(first, _)| first);
            let last = spaces::rsplit_once_space(t).map(|(_, last)| last);
            first.zip(last)
        })
        .flat_map(|(first, last)| [first, last])
        .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))
        .collect();
    let surnames: Vec<&str> = found
        .iter()
        .filter(|m| m.label == PERSON)
        .filter_map(|m| spaces::rsplit_once_space(text(m)).map(|(_, last)| last))
        .collect();
    for m in &mut found {
        let w = text(m);
        // `Mr. Murakami` is a person whatever company bears the name.
        let titled = || {
            let r = token_range(doc, m.span);
            r.start > 0 && HONORIFIC_WORDS.contains(doc.token_text(r.start - 1))
        };
        if lone_person(m) && org_words.contains(&w) && !surnames.contains(&w) && !titled() {
            m.label = ORG;
        }
    }
    found
}

/// A name of two or three capitalized words whose last word the article uses alone for a
/// person is that person's full name: `goals from [Bukayo Saka]LOC` beside `Saka` PERSON, where
/// the model did not know the given name and read the phrase after `from`. In OntoNotes train,
/// 1,763 of 1,771 such names are PERSON; the rest are companies named for a founder (`Estee
/// Lauder` ORG x3), so an ORG keeps its label, as does a place the name lists know. So do an
/// EVENT, a FAC and a work, whose first word names their kind (`Hurricane Harvey` beside a
/// `Harvey`, `Schloss Ketwig`).
fn full_names_of_surnames(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{GPE, LOC, NORP, ORG, PERSON, PRODUCT};
    let text = |m: &Mention| doc.text.get(m.span.start..m.span.end).unwrap_or("");
    // Cheap first: most articles have no name of several words under these labels.
    if !found.iter().any(|m| {
        matches!(m.label, GPE | LOC | NORP | PRODUCT | ORG) && text(m).as_bytes().contains(&b' ')
    }) {
        return found;
    }
    let one_word_person =
        |m: &Mention| m.label == PERSON && whole_tokens(doc, m.span).is_some_and(|r| r.len() == 1);
    let surnames: Vec<&str> = found
        .iter()
        .filter(|m| one_word_person(m))
        .filter_map(|m| doc.text.get(m.span.start..m.span.end))
        .collect();
    if surnames.is_empty() {
        return found;
    }
    // An ORG is that person only where the article also gives the same words as a PERSON
    // (`[Jane Goodall]ORG, the British primatologist` under the headline's `Jane Goodall`
    // PERSON, beside `Goodall` PERSON; OntoNotes train: such words are a PERSON 1,765 times
    // and an ORG never, while a company named for its founder is never the founder's full name
    // there).
    let full_names: Vec<&str> = found
        .iter()
        .filter(|m| m.label == PERSON)
        .map(text)
        .filter(|t| t.as_bytes().contains(&b' '))
        .collect();
    for m in found.iter_mut().filter(|m| {
        matches!(m.label, GPE | LOC | NORP | PRODUCT)
            || (m.label == ORG && full_names.contains(&text(m)))
    }) {
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        if (2..=3).contains(&r.len())
            && r.clone()
                .all(|i| doc.token_text(i).starts_with(char::is_uppercase))
            && surnames.contains(&doc.token_text(r.end - 1))
            && !listed_place(doc, r)
        {
            m.label = PERSON;
        }
    }
    found
}

/// A person's name and a number read as one name (a scorecard's `([Janith Liyanage 54]PRODUCT,
/// Kamindu Mendis 44; …)`) is the person and a count, where the article names the person with
/// exactly those words elsewhere. A product's name with its number stays (`PlayStation 2`): no
/// person is called `PlayStation`.
fn people_with_their_scores(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, EVENT, FAC, ORG, PERSON, PRODUCT, WORK_OF_ART};
    let numbered = |m: &Mention| {
        matches!(m.label, PRODUCT | ORG | FAC | WORK_OF_ART | EVENT)
            && m.span.end > m.span.start
            && doc
                .text
                .as_bytes()
                .get(m.span.end - 1)
                .is_some_and(u8::is_ascii_digit)
    };
    // Cheap first: most articles have no name that ends in a digit.
    if !found.iter().any(numbered) {
        return found;
    }
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        k += 1;
        if !numbered(&m) {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        if !(3..=4).contains(&r.len()) || !is_short_number(doc.token_text(r.end - 1)) {
            continue;
        }
        let name = Span::new(m.span.start, doc.tokens[r.end - 2].end);
        let words = doc.text.get(name.start..name.end).unwrap_or("");
        let named = found
            .iter()
            .any(|p| p.label == PERSON && doc.text.get(p.span.start..p.span.end) == Some(words));
        if named {
            found[k - 1] = Mention {
                span: name,
                label: PERSON,
            };
            let count = Mention {
                span: doc.tokens[r.end - 1],
                label: CARDINAL,
            };
            found.insert(k, count);
            k += 1;
        }
    }
    found
}

/// A person's surname used alone, which the model gave another name's label (`Hester Chambers
/// played guitar; [Chambers]ORG sang`), is that person again: in OntoNotes train a bare
/// mention of the last word of a PERSON named in full in the same document is a PERSON 3,097
/// times, an ORG 53 (companies named for their founders: `Coors`) and a GPE 10 (`Washington`).
/// So places and peoples keep their label, and an ORG the article names with its trade is
/// left (`Ford Motor`). So is a given name used alone (`"[Cole]PRODUCT is a special player"`
/// after `Cole Palmer`): the first word of a PERSON named in full, alone later in the
/// document, is a PERSON 1,464 times, an ORG once, a GPE or NORP 13 (left here) and nothing
/// 1,190 (a conversation's `Lewis, let me ask you`, which the model rarely tags); only over a
/// product, building or work, as the model's own full names are not all people.
fn surnames_as_other_names(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, NORP, ORG, PERSON, PRODUCT, WORK_OF_ART};
    let single = |m: &Mention| {
        doc.text
            .get(m.span.start..m.span.end)
            .filter(|t| !t.contains(' ') && t.starts_with(char::is_uppercase))
    };
    // Cheap first: most articles have no one-word mention of these labels.
    if !found
        .iter()
        .any(|m| matches!(m.label, ORG | FAC | PRODUCT | WORK_OF_ART | NORP) && single(m).is_some())
    {
        return found;
    }
    // A full name's first word is no place: the model's `[Sydney Paralympics]PERSON` names no
    // one.
    // Each full name split at its first space, with where it ends.
    let surnames: Vec<(&str, &str, usize)> = found
        .iter()
        .filter(|m| m.label == PERSON)
        .filter(|m| {
            whole_tokens(doc, m.span).is_some_and(|r| !listed_place(doc, r.start..r.start + 1))
        })
        .filter_map(|m| Some((doc.text.get(m.span.start..m.span.end)?, m.span.end)))
        .filter_map(|(t, end)| t.split_once(' ').map(|(first, rest)| (first, rest, end)))
        .collect();
    let name_like =
        |w: &&str| w.len() >= 3 && w.chars().skip(1).all(char::is_lowercase) && !is_title_word(w);
    // A given name counts only after its full name (the OntoNotes counts above are of later
    // mentions): `Brent crude` before `Brent Scowcroft` is the oil.
    let given: Vec<(&str, usize)> = surnames
        .iter()
        .map(|&(first, _, end)| (first, end))
        .filter(|(first, _)| name_like(first))
        .collect();
    let given_before = |w: &str, at: usize| given.iter().any(|&(g, end)| g == w && end <= at);
    let surnames: Vec<&str> = surnames
        .iter()
        .map(|&(_, rest, _)| spaces::last_word(rest))
        .filter(name_like)
        .collect();
    if surnames.is_empty() && given.is_empty() {
        return found;
    }
    // Words that open a longer name elsewhere in the article (`Ford Motor`) mark a company.
    let longer = |w: &str| {
        found.iter().any(|m| {
            m.label != PERSON
                && doc.text.get(m.span.start..m.span.end).is_some_and(|t| {
                    t.len() > w.len() && t.starts_with(w) && t[w.len()..].starts_with(' ')
                })
        })
    };
    let changes: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.label, ORG | FAC | PRODUCT | WORK_OF_ART | NORP))
        .filter(|(_, m)| {
            single(m).is_some_and(|w| {
                // A given name only over a product, building or work: the model's PERSON
                // `Axios Pro Rata` (a newsletter) made no person of `tell [Axios]ORG`.
                (surnames.contains(&w)
                    || (!matches!(m.label, ORG | NORP) && given_before(w, m.span.start)))
                    && !longer(w)
            })
        })
        .filter(|(_, m)| {
            // A people the lists know keeps its label; a surname the model read as one does
            // not (`a [Saka]NORP corner` beside `Bukayo Saka`; OntoNotes train: 3,316 PERSON,
            // 15 NORP, tribes named like a person).
            m.label != NORP
                || whole_tokens(doc, m.span).is_some_and(|r| {
                    gazetteer::Gazetteer::shared()
                        .listed_exactly(doc, r.start, r.end)
                        .is_none()
                })
        })
        .map(|(k, _)| k)
        .collect();
    for k in changes {
        found[k].label = PERSON;
    }
    found
}

/// Tags a person's surname where the article uses it alone after naming them in full
/// (`Jannik Sinner` ... `Sinner said`), which the tagger, reading the one word, sometimes
/// missed. In OntoNotes train, a later bare mention of the last word of a PERSON name of
/// several words is a PERSON 5,093 times and nothing 43 times. Only where nothing else was
/// found; not a title (`King`), a month or a weekday (`Theresa May`), an initial or a word in
/// capitals.
///
/// So, too, a one-word organization, place, building, product or event the article names
/// twice alike is that name where the tagger left it out (`Safaricom` in the headline above a
/// story that names it three times, `Celtics:` before a line of scores): not where the article
/// also writes the word in lower case (`Government`), nor inside a longer name (`San Francisco
/// Giants`) or a compound (`House-Senate`). A word found with two labels is left alone. On
/// OntoNotes dev this is even (raw text: `Labor` found, `Disneyland` and `Yale` where the gold
/// has nothing); on news stories it fills headlines. A name found once, inside a sentence, is
/// that name where a sentence starts (`Paramount named …` before `shares in Paramount`), where
/// the capital told the model nothing (dev: `Paramount`, `Goldman` found; `Sellers`,
/// `Treasurys` spurious).
fn names_again(doc: &Doc, shapes: &Shapes, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{EVENT, FAC, GPE, ORG, PERSON, PRODUCT};
    // Each name to look for, with its label: a PERSON's last word, and a one-word name found
    // elsewhere in the article (`Safaricom` in the headline, `Celtics:` before a line of
    // scores). A word found with two labels is left alone.
    // At most one a mention: made that big at once, not grown.
    let mut names: Vec<&str> = Vec::with_capacity(found.len());
    let mut labels: Vec<Option<Label>> = Vec::with_capacity(found.len());
    let mut times: Vec<u32> = Vec::with_capacity(found.len());
    // Whether a one-word name was found inside a sentence, where its capital says it is a name.
    let mut inside: Vec<bool> = Vec::with_capacity(found.len());
    let mut index: crate::wordmap::WordMap<&str, usize> =
        crate::wordmap::WordMap::with_capacity_and_hasher(found.len(), Default::default());
    let name_like = |w: &str| {
        // An ASCII word by its bytes (an ASCII letter is alphabetic and lower case as a char
        // exactly where it is an ASCII lower-case letter); others by their chars.
        let shaped = if crate::wordmap::is_ascii_word(w) {
            let b = w.as_bytes();
            b.len() >= 3
                && b[0].is_ascii_uppercase()
                && b[1..].iter().all(|&c| c.is_ascii_lowercase() || c == b'-')
        } else {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().count() >= 2
                && chars.all(|c| c.is_alphabetic() && c.is_lowercase() || c == '-')
        };
        shaped && !is_title_word(w) && !rules::MONTHS.contains(&w) && !rules::WEEKDAYS.contains(&w)
    };
    for m in &found {
        let Some(text) = doc.text.get(m.span.start..m.span.end) else {
            continue;
        };
        // A surname counts as found twice: the full name says it is one.
        let (w, label, weight) = match (m.label, spaces::rsplit_once_space(text)) {
            (PERSON, Some((_, last))) if name_like(last) => (last, PERSON, 2),
            (ORG | GPE | FAC | PRODUCT | EVENT, None) if name_like(text) => (text, m.label, 1),
            _ => continue,
        };
        let within = weight == 1 && {
            let at = first_token_ending_after(doc, m.span.start);
            !doc.starts_sentence(at)
        };
        match index.get(w) {
            Some(&k) if labels[k] != Some(label) => labels[k] = None,
            Some(&k) => {
                times[k] += weight;
                inside[k] |= within;
            }
            None => {
                index.insert(w, names.len());
                names.push(w);
                labels.push(Some(label));
                times.push(weight);
                inside.push(within);
            }
        }
    }
    // A one-word name found once may be the model's slip; twice alike, it is the article's.
    // Found once inside a sentence, it is a name at a sentence's start too, where the model,
    // for whom every word there is capitalized, missed it (`Paramount named a new chief`
    // before `shares in Paramount rose`).
    let mut once = vec![false; names.len()];
    for (k, label) in labels.iter_mut().enumerate() {
        if times[k] < 2 {
            if inside[k] && *label != Some(PERSON) {
                once[k] = true;
            } else {
                *label = None;
            }
        }
    }
    if names.is_empty() {
        return found;
    }
    // Whether the article also writes name `k` in lower case, as a word (`now`, `grant`):
    // at the start of a sentence, where every word is capitalized, such a one is likely that
    // word. Asked only there, once per surname.
    let mut also_a_word: Vec<Option<bool>> = vec![None; names.len()];
    let mut is_word =
        |k: usize| *also_a_word[k].get_or_insert_with(|| written_in_lower_case(doc, names[k]));
    // Asked of every token: a surname's first byte and length rule out nearly all of them
    // before any text is compared.
    let mut first_bytes = [false; 256];
    let mut lengths = 0u64;
    for (s, _) in names.iter().zip(&labels).filter(|(_, l)| l.is_some()) {
        first_bytes[s.as_bytes()[0] as usize] = true;
        lengths |= 1 << s.len().min(63);
    }
    let mut added = Vec::new();
    let (mut k, mut sentence) = (0, 0);
    let bytes = doc.text.as_bytes();
    // Every name starts with an upper-case letter (`name_like`), so only capitalized tokens can
    // be one: the others are not visited.
    for i in shapes.each(Kind::Cap) {
        let t = &doc.tokens[i];
        // The first byte and length from the span; the text is sliced for the few let through.
        let len = t.end.saturating_sub(t.start);
        let first = bytes.get(t.start).copied().filter(|_| len > 0);
        if !first.is_some_and(|f| first_bytes[f as usize]) || lengths & (1 << len.min(63)) == 0 {
            continue;
        }
        let w = doc.token_text(i);
        // Most such tokens are inside a mention already: passed over before the lookup.
        while k < found.len() && found[k].span.end <= t.start {
            k += 1;
        }
        if k < found.len() && found[k].span.start < t.end {
            continue;
        }
        let Some(&which) = index.get(w) else {
            continue;
        };
        if labels[which].is_none() {
            continue;
        }
        while sentence < doc.sentences.len() && doc.sentences[sentence].end <= i {
            sentence += 1;
        }
        // A capitalized word after it makes it part of another name (`Dow Jones`).
        let name_goes_on = i + 1 < doc.tokens.len()
            && (doc.token_text(i + 1).starts_with(char::is_uppercase)
                || doc.token_text(i + 1) == "-" && doc.tokens[i + 1].start == t.end);
        // Nor a piece of a compound (`Israeli-Palestinian`, `House-Senate`), nor a one-word
        // name's end of a longer one (`San Francisco Giants`).
        let name_goes_on = name_goes_on
            || (i > 0 && doc.token_text(i - 1) == "-" && doc.tokens[i - 1].end == t.start)
            || (i > 0
                && labels[which] != Some(PERSON)
                && doc.token_text(i - 1).starts_with(char::is_uppercase));
        let first = doc.sentences.get(sentence).is_some_and(|s| s.start == i);
        if once[which] && !first {
            continue;
        }
        // A one-word name that the article also writes in lower case (`Government`,
        // `government`) is that word anywhere; a surname only where a sentence starts.
        let a_word_here = (first || labels[which] != Some(PERSON)) && is_word(which);
        if let (false, false, Some(label)) = (name_goes_on, a_word_here, labels[which]) {
            added.push(Mention { span: *t, label });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// Last words of organizations whose names go on with `of` or `for` and a place or a field
/// (`the Socialist Party of Serbia`, `the Council for Cultural Affairs`).
const OF_HEADS: &[&str] = &[
    "Party",
    "Court",
    "Institute",
    "Ministry",
    "Council",
    "Commission",
    "Association",
    "Federation",
    "Chamber",
    "Chambers",
    "School",
    "Academy",
    "Union",
    "League",
    "Congress",
    "Committee",
    "Foundation",
    "Organization",
    "Organisation",
    "Society",
    "Movement",
    "Alliance",
    // From here on, [`OF_HEADS_UNDER_A_PARENT`].
    "Bank",
    "Department",
    "Office",
    "Bureau",
    "University",
    "Board",
    "Exchange",
    "Center",
    "Centre",
    "Authority",
    "Corporation",
    "Administration",
];

/// Heads in [`OF_HEADS`] (its last twelve) whose `of` part is as often an organization of its
/// own, a parent (`the Wuhan Office of the Dutch Bank`, `the International Department of the
/// Communist Party of China`): joined to a place or to capitalized words, never to an
/// organization.
const OF_HEADS_UNDER_A_PARENT: &[&str] = OF_HEADS.split_at(OF_HEADS.len() - 12).1;

/// [`OF_HEADS`] with a pre-test ([`joined_of_names`] asks it of every mention's last word).
const OF_HEAD_WORDS: Words = Words::new(OF_HEADS);

/// Joins an organization the tagger ended at its head to the `of` or `for` part of its name:
/// `[Democratic Party] for the [People]`, `[Constitutional Democratic Party] of [Japan]`,
/// `[U.S. Court of Appeals] for the [Ninth Circuit]`. OntoNotes keeps such names whole (train:
/// `the Ministry of Finance`, `the Socialist Party of Serbia`, `the Council for Economic Planning
/// and Development`, 205 of 205 with these heads). The heads of offices and banks go the same
/// way: `Bank`, `Department`, `Office`, `Bureau`, `University`, `Board`, `Exchange`, `Center` or
/// `Centre`, then `of` or `for` (and `the`) and a capitalized word, is whole 236 times and cut
/// at the head 18, ten of those before an organization of its own (`the Wuhan Office of the
/// Dutch Bank`), so these heads are never joined to an organization; the tagger cut `[National
/// Stock Exchange] of [India]`. The part after is a place or an organization the tagger found,
/// or, where it found none, a run of capitalized words (`People`). Read in rs20: `Authority`,
/// `Corporation` and `Administration` go with the offices (`the [Communications Authority] of
/// [Kenya]`; in train the last two are whole 7 times and cut once).
fn joined_of_names(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{GPE, LOC, NORP, ORG};
    let n = doc.tokens.len();
    let mut k = 0;
    while k < found.len() {
        let a = found[k];
        let head = doc
            .text
            .get(a.span.start..a.span.end)
            .map(spaces::last_word)
            .unwrap_or("");
        // Asked of every mention: the heads with a pre-test, and the parent's list only for a
        // head that is joined.
        let head_ok = a.label == ORG && OF_HEAD_WORDS.contains(head);
        let rest = doc.text.get(a.span.end..).unwrap_or("");
        let joint = [" of the ", " for the ", " of ", " for "]
            .iter()
            .find(|j| rest.starts_with(*j));
        let (true, Some(joint)) = (head_ok, joint) else {
            k += 1;
            continue;
        };
        let parent_ok = !OF_HEADS_UNDER_A_PARENT.contains(&head);
        let from = a.span.end + joint.len();
        let end = match found.get(k + 1) {
            Some(b)
                if b.span.start == from
                    && (matches!(b.label, GPE | LOC | NORP) || b.label == ORG && parent_ok) =>
            {
                Some((b.span.end, true))
            }
            Some(b) if b.span.start < from + 1 => None,
            _ => {
                // Capitalized words up to the next mention or line, at most four.
                let i = doc.tokens.partition_point(|t| t.start < from);
                let limit = found.get(k + 1).map_or(doc.text.len(), |b| b.span.start);
                let mut e = i;
                while e < n
                    && e < i + 4
                    && doc.tokens[e].end <= limit
                    && rules::is_cap(doc.token_text(e))
                    && doc.token_text(e).chars().all(char::is_alphabetic)
                    && (e == i || doc.spaced(e - 1))
                {
                    e += 1;
                }
                (e > i && doc.tokens.get(i).is_some_and(|t| t.start == from))
                    .then(|| (doc.tokens[e - 1].end, false))
            }
        };
        match end {
            Some((end, replaces)) => {
                found[k].span = Span::new(a.span.start, end);
                if replaces {
                    found.remove(k + 1);
                }
            }
            None => k += 1,
        }
    }
    found
}

/// Units of measure written as a word after a number: with one the number is a QUANTITY, as
/// OntoNotes labels `20 yards` and `a 10-mile stretch`. Not `foot`: `one foot ahead of the
/// other`, and OntoNotes leaves heights (`five foot six`) out.
const MEASURE_UNITS: &[&str] = &[
    "yard",
    "yards",
    "metre",
    "metres",
    "meter",
    "meters",
    "feet",
    "inch",
    "inches",
    "mile",
    "miles",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "km",
    "centimetres",
    "centimeters",
    "cm",
    "millimetres",
    "millimeters",
    "mm",
    "kilogram",
    "kilograms",
    "kg",
    "gram",
    "grams",
    "mg",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "megawatts",
    "MW",
    "knots",
    "mph",
    "kph",
    "nanometer",
    "nanometers",
    "nanometre",
    "nanometres",
    "hPa",
    "millibars",
    "hectopascals",
];

/// [`MEASURE_UNITS`] with a pre-test.
const MEASURE_UNIT_WORDS: Words = Words::new(MEASURE_UNITS);

/// A count the tagger gave no unit that a unit follows (`[eight]CARDINAL yards`, `a
/// [58.6]CARDINAL-metre tower`): the count and its unit are a QUANTITY, and a count of
/// percentage points a PERCENT (`two percentage-point`).
fn with_units(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, PERCENT, QUANTITY};
    let n = doc.tokens.len();
    let mut taken = false;
    for k in 0..found.len() {
        let m = found[k];
        if m.label != CARDINAL {
            continue;
        }
        let r = token_range(doc, m.span);
        let (sep, u) = (r.end, r.end + 1);
        let hyphen = sep < n && doc.token_text(sep) == "-";
        let u = if hyphen { u } else { sep };
        if u >= n {
            continue;
        }
        // A unit the tagger read as a name of its own (`1,025 [hPa]ORG`) is taken in below.
        let unit_named = found.get(k + 1).is_some_and(|b| {
            b.span == Span::new(doc.tokens[u].start, doc.tokens[u].end)
                && !matches!(b.label, CARDINAL | PERCENT | QUANTITY)
                && MEASURE_UNIT_WORDS.contains(doc.token_text(u))
        });
        if !unit_named
            && found
                .get(k + 1)
                .is_some_and(|b| b.span.start < doc.tokens[u].end)
        {
            continue;
        }
        let spaced = !hyphen && !r.is_empty() && doc.spaced(r.end - 1);
        let joined = hyphen && doc.glued(r.end - 1) && doc.glued(sep);
        if !spaced && !joined {
            continue;
        }
        let unit = doc.token_text(u);
        let point = |i: usize| i < n && matches!(doc.token_text(i), "point" | "points");
        // `percentage-point` and `percentage points`: the unit runs on to `point(s)`.
        let (label, end) = if MEASURE_UNIT_WORDS.contains(unit) {
            (QUANTITY, u)
        } else if unit == "percentage" && u + 2 < n && doc.token_text(u + 1) == "-" && point(u + 2)
        {
            (PERCENT, u + 2)
        } else if unit == "percentage" && point(u + 1) {
            (PERCENT, u + 1)
        } else {
            continue;
        };
        found[k] = Mention {
            span: Span::new(m.span.start, doc.tokens[end].end),
            label,
        };
        if unit_named {
            found[k + 1].span = Span::new(0, 0);
            taken = true;
        }
    }
    if taken {
        found.retain(|m| m.span.end > 0);
    }
    found
}

/// Joins a range whose first number the tagger left a bare count (`[3]CARDINAL to [5
/// inches]QUANTITY`): OntoNotes keeps a range of measures, percentages or money one entity
/// (`2 to 4 kilometers`, `1.9 - 2.5 percent`: 6 of 6 in train); and two amounts framed as a
/// range by `between … and` or `from … to`, with those words.
fn joined_ranges(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, DATE, MONEY, PERCENT, QUANTITY};
    let mut k = 1;
    while k < found.len() {
        let (a, b) = (found[k - 1], found[k]);
        let joins = a.label == CARDINAL
            && matches!(b.label, QUANTITY | PERCENT | MONEY)
            && matches!(
                doc.text.get(a.span.end..b.span.start),
                Some(" to " | "-" | "–" | " - " | " – ")
            )
            && doc.text[a.span.start..a.span.end]
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
            && doc.text[b.span.start..b.span.end].starts_with(|c: char| c.is_ascii_digit());
        // `between £20bn and £30bn`, `from $630 million to $800 million`: two amounts of one
        // kind with the words that make them a range, one entity with those words in OntoNotes
        // (`between 30 % and 40 %`, `between $ 14 billion and $ 19 billion`: 8 of 8).
        let lead = || {
            doc.text
                .get(..a.span.start)
                .and_then(|t| t.strip_suffix(' '))
                .and_then(|t| t.rsplit([' ', '\n']).next())
                .unwrap_or("")
        };
        let framed = a.label == b.label
            && matches!(a.label, QUANTITY | PERCENT | MONEY | DATE)
            && matches!(
                (lead(), doc.text.get(a.span.end..b.span.start)),
                ("between" | "Between", Some(" and ")) | ("from" | "From", Some(" to "))
            );
        // The tagger, which learned `[between 1911 and 1943]DATE`, often takes the `between`
        // into the first half and stops at `and` (`[between 2.5%]PERCENT and [3.5%]PERCENT`,
        // `[Between January 2022]DATE and [May 2023]DATE`): the same range. In OntoNotes train
        // a DATE range framed by `between … and` is one DATE 15 times and two DATEs 4
        // (`between Thanksgiving and Christmas`, `between 1995 and 1997`); with `between`
        // already inside the first, the tagger itself read a range.
        let opened = a.label == b.label
            && matches!(a.label, QUANTITY | PERCENT | MONEY | DATE)
            && doc.text.get(a.span.end..b.span.start) == Some(" and ")
            && doc.text[a.span.start..a.span.end]
                .strip_prefix("between ")
                .or_else(|| doc.text[a.span.start..a.span.end].strip_prefix("Between "))
                .is_some_and(|rest| !rest.contains(" and "));
        // A DATE framed by words outside it only where both halves hold a digit (`between 1961
        // and 1980`, `between October 3 and October 11`), not two holidays.
        let dated =
            |m: Mention| doc.text[m.span.start..m.span.end].contains(|c: char| c.is_ascii_digit());
        // `from 2014 to 2019` stays as the tagger found it: OntoNotes keeps `from` outside
        // such a DATE (`from [1990 to 1995]`: 33 of 42).
        let framed = framed
            && (a.label != DATE
                || (matches!(lead(), "between" | "Between") && dated(a) && dated(b)));
        // `from Nov 24 to 29`, `March 3-7`: a month's day and a later day of it are one DATE
        // (`[Dec. 2 - 3]DATE`, `[April 6 - 10 , 1998]DATE`), where the tagger left the second
        // day a bare count.
        let day = |m: Mention| {
            let t = doc.text.get(m.span.start..m.span.end).unwrap_or("");
            m.label == CARDINAL
                && (1..=2).contains(&t.len())
                && t.bytes().all(|c| c.is_ascii_digit())
                && (1..=31).contains(&t.parse::<u32>().unwrap_or(0))
        };
        let month_day = |m: Mention| {
            let t = doc.text.get(m.span.start..m.span.end).unwrap_or("");
            let words: Vec<&str> = t.split(' ').collect();
            m.label == DATE
                && words.len() == 2
                && crate::ner::rules::is_month_name(words[0].trim_end_matches('.'))
                && (1..=2).contains(&words[1].len())
                && words[1].bytes().all(|c| c.is_ascii_digit())
        };
        let days = a.label == DATE
            && b.label == CARDINAL
            && matches!(
                doc.text.get(a.span.end..b.span.start),
                Some(" to " | "-" | "–" | " - " | " – " | " through " | " until ")
            )
            && day(b)
            && month_day(a);
        if joins || framed || opened || days {
            let start = if framed {
                a.span.start - lead().len() - 1
            } else {
                a.span.start
            };
            found[k - 1] = Mention {
                span: Span::new(start, b.span.end),
                label: if days { DATE } else { b.label },
            };
            found.remove(k);
        } else {
            k += 1;
        }
    }
    found
}

/// A run of set scores (`4-6 6-4 7-6(10-8)`, `6-3 7-6 (7-4) 6-2`: tennis, volleyball) is a
/// CARDINAL a set, and a tie-break's score in brackets one of its own, as a single score is
/// ([`joined_scores`]); so are the tallies of a cricket scorecard's fall of wickets (`1-11
/// 2-38 3-64`) and a list of odds (`2-1 8-1`). The tagger read such a run as one long count,
/// measure or percentage and stopped at a bracket (`[4-6 6-4 6-4 3-6 7-6(10]QUANTITY-[8]`).
/// Two at least, each side of one to three digits, one space between them, and no mention
/// running on past the run: a lone `6-4` is left to the other passes.
fn set_scores(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, DATE, MONEY, PERCENT, QUANTITY, TIME};
    let t = doc.text.as_bytes();
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        let s = m.span.start;
        // Asked of every mention: most fail on their first byte or their label.
        if !t.get(s).is_some_and(u8::is_ascii_digit)
            || !matches!(m.label, CARDINAL | QUANTITY | DATE | TIME | MONEY | PERCENT)
            // Inside a run that an earlier mention starts.
            || (s >= 2 && t[s - 1] == b' ' && (t[s - 2].is_ascii_digit() || t[s - 2] == b')'))
            || (s >= 1 && t[s - 1].is_ascii_digit())
        {
            k += 1;
            continue;
        }
        let Some((scores, end)) = score_run(t, s) else {
            k += 1;
            continue;
        };
        let mut j = k;
        while j < found.len() && found[j].span.start < end {
            j += 1;
        }
        // A mention running on past the run is another reading (a date, a range): left as is.
        if found[j - 1].span.end > end {
            k = j;
            continue;
        }
        let n = scores.len();
        found.splice(
            k..j,
            scores.into_iter().map(|(a, b)| Mention {
                span: Span::new(a, b),
                label: CARDINAL,
            }),
        );
        k += n;
    }
    found
}

/// The end of one to three ASCII digits at `i`, with no digit after them.
fn short_digits(t: &[u8], i: usize) -> Option<usize> {
    let n = t[i.min(t.len())..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=3).contains(&n).then_some(i + n)
}

/// The end of a score (`6-4`, `7–6`) at `i`.
fn score_at(t: &[u8], i: usize) -> Option<usize> {
    let a = short_digits(t, i)?;
    let b = match t.get(a..) {
        Some([b'-', ..]) => a + 1,
        Some([0xE2, 0x80, 0x93, ..]) => a + 3,
        _ => return None,
    };
    short_digits(t, b)
}

/// The scores of a run of at least two sets from `s` (each set's score, and a tie-break's
/// score inside its brackets: `(10-8)`, `(7)`), and where the run ends; `None` where `s`
/// starts no such run or a word goes on from its end.
fn score_run(t: &[u8], s: usize) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut scores = Vec::new();
    let (mut i, mut sets) = (s, 0);
    loop {
        let e = score_at(t, i)?;
        scores.push((i, e));
        sets += 1;
        i = e;
        let open = match t.get(i..) {
            Some([b'(', ..]) => Some(i),
            Some([b' ', b'(', ..]) => Some(i + 1),
            _ => None,
        };
        if let Some(p) = open {
            let inner = score_at(t, p + 1).or_else(|| short_digits(t, p + 1));
            if let Some(q) = inner.filter(|&q| t.get(q) == Some(&b')')) {
                scores.push((p + 1, q));
                i = q + 1;
            }
        }
        if t.get(i) == Some(&b' ') && score_at(t, i + 1).is_some() {
            i += 1;
        } else {
            break;
        }
    }
    (sets >= 2 && !t.get(i).is_some_and(u8::is_ascii_alphanumeric)).then_some((scores, i))
}

/// Titles quoted one after another in a list (`after "Anora," "Anatomy of a Fall," "Titane"
/// and "Parasite."`) are works alike: where the tagger read one of them as a WORK_OF_ART,
/// every other title-like one is too (it had `[Anora]PERSON` and left `Parasite` out). Titles
/// stand one after another with nothing between them but their commas, `and` or `or`; a
/// title's words are capitalized but for small words ([`rules::TITLE_SMALL_WORDS`]), as in
/// [`rules::QuotedTitles`].
fn titles_listed_together(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::WORK_OF_ART;
    if !found.iter().any(|m| m.label == WORK_OF_ART) {
        return found;
    }
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    // Each quoted group as (opening mark, its words, closing mark).
    let mut groups: Vec<(usize, std::ops::Range<usize>, usize)> = Vec::new();
    let mut q = 0;
    while q + 2 < n {
        if !rules::is_double_quote(t(q)) {
            q += 1;
            continue;
        }
        match rules::quotation(doc, q) {
            Some((words, c)) => {
                groups.push((q, words, c));
                q = c + 1;
            }
            None => q += 1,
        }
    }
    let span_of = |w: &std::ops::Range<usize>| {
        Span::new(doc.tokens[w.start].start, doc.tokens[w.end - 1].end)
    };
    let next_to = |a: usize, b: usize| match b.checked_sub(a + 1) {
        Some(0) => true,
        Some(1) => matches!(t(a + 1), "," | "and" | "or"),
        Some(2) => t(a + 1) == "," && matches!(t(a + 2), "and" | "or"),
        _ => false,
    };
    let mut first = 0;
    while first < groups.len() {
        let mut last = first;
        while last + 1 < groups.len() && next_to(groups[last].2, groups[last + 1].0) {
            last += 1;
        }
        let list = &groups[first..=last];
        let is_work = |found: &[Mention], w: &std::ops::Range<usize>| {
            let s = span_of(w);
            found.iter().any(|m| m.span == s && m.label == WORK_OF_ART)
        };
        if list.len() >= 2 && list.iter().any(|g| is_work(&found, &g.1)) {
            for (_, words, _) in list {
                if !rules::is_title_like(doc, words.clone()) || is_work(&found, words) {
                    continue;
                }
                let s = span_of(words);
                found.retain(|m| m.span.end <= s.start || m.span.start >= s.end);
                let at = found.partition_point(|m| m.span.start < s.start);
                found.insert(
                    at,
                    Mention {
                        span: s,
                        label: WORK_OF_ART,
                    },
                );
            }
        }
        first = last + 1;
    }
    found
}

/// A number written onto a code by a hyphen is a piece of the code, not a count: `CVE-2025-6543`
/// (a vulnerability's id, where the tagger found `[6543]CARDINAL`), `Storm-1175`. The code
/// opens with a capital and has no space; a count after a lower-case prefix (`pre-2008`,
/// `mid-2025`) or a number (`1990-2000`) is left to the other passes.
fn numbers_inside_codes(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::CARDINAL;
    let t = doc.text.as_bytes();
    found.retain(|m| {
        let s = m.span.start;
        if m.label != CARDINAL
            || s < 2
            || t.get(s - 1) != Some(&b'-')
            || !t.get(s - 2).is_some_and(u8::is_ascii_alphanumeric)
        {
            return true;
        }
        // The word the number ends: back to the space before it.
        let word_start = t[..s]
            .iter()
            .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'(' | b'"'))
            .map_or(0, |p| p + 1);
        let word = &t[word_start..s - 1];
        !(word.first().is_some_and(u8::is_ascii_uppercase)
            && word.iter().any(u8::is_ascii_alphabetic)
            && word.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-'))
    });
    found
}

/// A PERSON whose words the article gives as an ORG twice or more is that organization
/// (`Norris's [McLaren]PERSON teammate` where `McLaren` is an ORG in three other sentences),
/// unless a longer PERSON ends in the same word (a surname that is also a company's name:
/// `Henry Ford`, `Ford`), the PERSONs of that text are as many, or it is a given name. OntoNotes train: where one word is an ORG twice or more in a
/// document and no longer name of a person ends in it, the same word is a PERSON 6 times in
/// 828 such documents.
fn orgs_named_again(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    people_named_as(doc, found, crate::analysis::Label::ORG)
}

/// A PERSON whose words the article gives as a GPE twice or more, and more often than as a
/// PERSON, is that place (rs23: a front-line report's `[Kostiantynivka]PERSON` twice beside
/// four `Kostiantynivka` GPEs, a court report's `[Adiala]PERSON` beside three GPEs), unless a
/// longer PERSON ends in the same word (`George Washington`, `Washington`) or it is a given
/// name, as [`orgs_named_again`] reads ORGs. OntoNotes train: where a name is a GPE twice or
/// more in a document and more often than a PERSON, it is a PERSON 13 times (in 12 documents,
/// `Russia` once beside 68 GPEs) against 141 GPEs.
fn people_named_as_places(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    people_named_as(doc, found, crate::analysis::Label::GPE)
}

/// Relabels as `label` each PERSON whose text the article gives under `label` twice or more,
/// and more often than as a PERSON, unless it is a given name or a longer PERSON ends in its
/// last word ([`orgs_named_again`], [`people_named_as_places`]).
fn people_named_as(doc: &Doc, mut found: Vec<Mention>, label: Label) -> Vec<Mention> {
    use crate::analysis::Label::PERSON;
    let text = |m: &Mention| doc.text.get(m.span.start..m.span.end).unwrap_or_default();
    // The texts under `label`, once: a PERSON is compared with these alone.
    let named: Vec<&str> = found
        .iter()
        .filter(|m| m.label == label)
        .map(text)
        .collect();
    if named.len() < 2 {
        return found;
    }
    // One bit of each text's length, to pass over most PERSONs unsearched.
    let key = |t: &str| 1u64 << (t.len() & 63);
    let keys = named.iter().fold(0, |k, t| k | key(t));
    for k in 0..found.len() {
        if found[k].label != PERSON {
            continue;
        }
        let name = text(&found[k]);
        if name.is_empty() || keys & key(name) == 0 {
            continue;
        }
        let as_named = named.iter().filter(|p| **p == name).count();
        if as_named < 2
            || found
                .iter()
                .filter(|m| m.label == PERSON && text(m) == name)
                .count()
                >= as_named
            || gazetteer::Gazetteer::shared().is_first_name(name)
        {
            continue;
        }
        let last = name.rsplit(' ').next().unwrap_or(name);
        let surname = found.iter().any(|m| {
            let t = text(m);
            m.label == PERSON
                && t.len() > name.len()
                && t.ends_with(last)
                && t[..t.len() - last.len()].ends_with(' ')
        });
        if !surname {
            found[k].label = label;
        }
    }
    found
}

/// Joins two counts written as one score or tally (`drew 2-2`, `level the series 1-1`), which
/// the tagger, reading the tokens the dash splits them into, finds as two CARDINALs.
fn joined_scores(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::CARDINAL;
    let short_number = |m: &Mention| {
        doc.text
            .get(m.span.start..m.span.end)
            .is_some_and(is_short_number)
    };
    let mut k = 1;
    while k < found.len() {
        let (a, b) = (found[k - 1], found[k]);
        if a.label == CARDINAL
            && b.label == CARDINAL
            && matches!(doc.text.get(a.span.end..b.span.start), Some("-" | "–"))
            && short_number(&a)
            && short_number(&b)
        {
            found[k - 1].span = Span::new(a.span.start, b.span.end);
            found.remove(k);
        } else {
            k += 1;
        }
    }
    found
}

/// A name the tagger ended before the word that makes it a base or a prison takes that word
/// (`[Vandenberg Space Force] Base`): the whole is the FAC ([`CAMP_HEADS`]).
fn with_camp_heads(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, LOC, ORG, PERSON};
    for k in 0..found.len() {
        let m = found[k];
        // Asked of every name: the text after it says no before its tokens are looked up.
        let after = doc.text.get(m.span.end..).unwrap_or_default();
        if !matches!(m.label, ORG | FAC | GPE | LOC | PERSON)
            || !CAMP_HEADS
                .iter()
                .any(|h| after.strip_prefix(' ').is_some_and(|a| a.starts_with(h)))
        {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let next = r.end;
        if next < doc.tokens.len()
            && doc.spaced(next - 1)
            && CAMP_HEADS.contains(&doc.token_text(next))
            && found
                .get(k + 1)
                .is_none_or(|n| n.span.start >= doc.tokens[next].end)
        {
            found[k] = Mention {
                span: Span::new(m.span.start, doc.tokens[next].end),
                label: FAC,
            };
        }
    }
    found
}

/// A flight is known by its number, PRODUCT in OntoNotes (`Pan Am Flight 103`; `Flight N` 12
/// of 14 PRODUCT, the airline before it an ORG): the model made `Flight 2217` an ORG, ran the
/// airline into it, or found the number alone as a count.
fn flights(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, ORG, PRODUCT};
    let t = |k: usize| doc.token_text(k);
    let flight_number = |k: usize| {
        k > 0
            && t(k - 1) == "Flight"
            && doc.spaced(k - 1)
            && t(k).bytes().all(|b| b.is_ascii_digit())
    };
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        k += 1;
        let ends_in_digit = doc
            .text
            .get(..m.span.end)
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
        if !matches!(m.label, ORG | CARDINAL | PRODUCT) || !ends_in_digit {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let last = r.end - 1;
        // Asked of every mention: its last token, a number, decides.
        if !t(last).starts_with(|c: char| c.is_ascii_digit()) || !flight_number(last) {
            continue;
        }
        let flight = Span::new(doc.tokens[last - 1].start, doc.tokens[last].end);
        if r.start == last {
            // `Flight [2217]CARDINAL`: the word before is the flight's.
            let free = k < 2 || found[k - 2].span.end <= flight.start;
            if free {
                found[k - 1] = Mention {
                    span: flight,
                    label: PRODUCT,
                };
            }
        } else if r.start + 1 == last {
            found[k - 1].label = PRODUCT;
        } else if m.label == ORG {
            // `[Alaska Airlines Flight 1282]ORG`: the airline and its flight.
            found[k - 1].span = Span::new(m.span.start, doc.tokens[last - 2].end);
            found.insert(
                k,
                Mention {
                    span: flight,
                    label: PRODUCT,
                },
            );
            k += 1;
        }
    }
    found
}

/// Words after a model's number that show the number ends the name (`a Boeing 737 Max 8, was`,
/// `the Max 8 in service`), not a count of what follows (`737 Max 8 jets`).
const AFTER_A_NAME: &[&str] = &[
    ",", ".", ";", ":", ")", "in", "at", "on", "was", "is", "will", "and", "to", "from", "with",
    "for", "had", "has", "that", "which",
];

/// A product's model number after its name joins it (`[737 Max] [8]CARDINAL` is one PRODUCT;
/// OntoNotes writes model names with their numbers, `Boeing 747 - 400s`): only a bare number
/// of up to three digits, and only where the word after it closes the name
/// ([`AFTER_A_NAME`]). A launch site's number joins its `Complex` or `Pad` as a FAC (`Launch
/// Complex 36`).
fn with_model_numbers(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, FAC, ORG, PRODUCT};
    let mut k = 1;
    while k < found.len() {
        let (a, b) = (found[k - 1], found[k]);
        let number = doc.text.get(b.span.start..b.span.end).unwrap_or("");
        let joinable = b.label == CARDINAL
            && matches!(a.label, PRODUCT | ORG | FAC)
            && doc.text.get(a.span.end..b.span.start) == Some(" ")
            && (is_short_number(number) || (a.label == PRODUCT && products::is_version(number)));
        if !joinable {
            k += 1;
            continue;
        }
        let r = token_range(doc, b.span);
        // A model's tier after its number is part of its name (`Gemini 3 Pro`, `iPhone 17 Pro
        // Max`).
        let tiered = tiers_end(doc, r.end);
        let closes = tiered.is_some()
            || r.end >= doc.tokens.len()
            || AFTER_A_NAME.contains(&doc.token_text(r.end));
        let end = match tiered {
            Some(after) if a.label == PRODUCT => doc.tokens[after - 1].end,
            _ => b.span.end,
        };
        let head = doc
            .text
            .get(a.span.start..a.span.end)
            .map(spaces::last_word)
            .unwrap_or("");
        let label = match (a.label, head) {
            (_, "Complex" | "Pad") => Some(FAC),
            (PRODUCT, _) if closes => Some(PRODUCT),
            _ => None,
        };
        match label {
            Some(label) => {
                let end = if label == PRODUCT { end } else { b.span.end };
                found[k - 1] = Mention {
                    span: Span::new(a.span.start, end),
                    label,
                };
                found.remove(k);
                // A mention the tier words held (`Pro` read as a name) goes with them.
                while found.get(k).is_some_and(|m| m.span.start < end) {
                    found.remove(k);
                }
            }
            None => k += 1,
        }
    }
    // A product named with its number already (`[Gemini 3]PRODUCT Pro`) takes its tier too.
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        k += 1;
        let ends_in_digit = doc
            .text
            .as_bytes()
            .get(m.span.end.wrapping_sub(1))
            .is_some_and(u8::is_ascii_digit);
        if m.label != PRODUCT || !ends_in_digit {
            continue;
        }
        let r = token_range(doc, m.span);
        let numbered = r.len() >= 2
            && doc.tokens[r.end - 1].end == m.span.end
            && doc.first_byte(r.end - 1).is_ascii_digit();
        if !numbered {
            continue;
        }
        let Some(after) = tiers_end(doc, r.end) else {
            continue;
        };
        let end = doc.tokens[after - 1].end;
        found[k - 1].span = Span::new(m.span.start, end);
        while found.get(k).is_some_and(|n| n.span.start < end) {
            found.remove(k);
        }
    }
    found
}

/// Where the tier words from token `from` end (`Pro`, `Pro Max`), if there is one and no
/// capitalized word runs on after them, which would make them part of a longer name.
fn tiers_end(doc: &Doc, from: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let tiers = (from..n)
        .take_while(|&i| is_model_tier(doc.token_text(i)))
        .count();
    let after = from + tiers;
    let runs_on = after < n && doc.token_text(after).starts_with(char::is_uppercase);
    (tiers > 0 && !runs_on).then_some(after)
}

/// A tier of a product line written after its model number (`Pro`, `Max`, `Ultra`): the
/// product list's tails, but a `+`.
fn is_model_tier(w: &str) -> bool {
    w != "+" && products::TAILS.contains(&w)
}

/// Parts a tally the tagger read as a date (`finished [24 of 33]` for 287 yards, `[22] of 35`):
/// two counts, as OntoNotes writes `[23] of [38] breast tumors` (3 of 3). Only numbers of up
/// to three digits: `5 of 2026` is no tally, and `the 4th of July` no number.
fn parted_tallies(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, DATE};
    let mut k = 0;
    while k < found.len() {
        let m = found[k];
        k += 1;
        if m.label != DATE {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let t = |i: usize| doc.token_text(i);
        let tally = |a: usize| {
            a + 2 < doc.tokens.len()
                && is_short_number(t(a))
                && t(a + 1) == "of"
                && is_short_number(t(a + 2))
        };
        if r.len() == 3 && tally(r.start) {
            found[k - 1] = Mention {
                span: doc.tokens[r.start],
                label: CARDINAL,
            };
            found.insert(
                k,
                Mention {
                    span: doc.tokens[r.start + 2],
                    label: CARDINAL,
                },
            );
            k += 1;
        } else if r.len() == 1 && tally(r.start) {
            found[k - 1].label = CARDINAL;
            let second = doc.tokens[r.start + 2];
            if found.get(k).is_none_or(|n| n.span.start >= second.end) {
                found.insert(
                    k,
                    Mention {
                        span: second,
                        label: CARDINAL,
                    },
                );
                k += 1;
            }
        }
    }
    found
}

/// Joins a sequel's number to the quoted title it ends (`"Zootopia 2"`, `"Avatar 3"`), which the
/// tagger read as a WORK_OF_ART and a CARDINAL: inside the quotation marks, the number is part
/// of the title.
fn with_sequel_numbers(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, WORK_OF_ART};
    let mut k = 1;
    while k < found.len() {
        let (a, b) = (found[k - 1], found[k]);
        let joined = a.label == WORK_OF_ART
            && b.label == CARDINAL
            && doc.text.get(a.span.end..b.span.start) == Some(" ")
            && whole_tokens(doc, a.span)
                .zip(whole_tokens(doc, b.span))
                .is_some_and(|(ra, rb)| {
                    rb.len() == 1
                        && ra.start > 0
                        && rb.end < doc.tokens.len()
                        && is_short_number(doc.token_text(rb.start))
                        && is_quote(doc.token_text(ra.start - 1))
                        && is_quote(doc.token_text(rb.end))
                });
        if joined {
            found[k - 1].span = Span::new(a.span.start, b.span.end);
            found.remove(k);
        } else {
            k += 1;
        }
    }
    found
}

/// Whether the name lists know tokens `r` as a place or a people: a name that stays what it is
/// beside a score or a word for a team's staff (a country plays as its national team, a GPE
/// in OntoNotes; `Croat` is the player's nationality).
fn listed_place(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    matches!(
        gazetteer::Gazetteer::shared().listed_exactly(doc, r.start, r.end),
        Some(Label::GPE | Label::LOC | Label::NORP)
    )
}

/// Words for a team's staff and players (`Tottenham manager Ange Postecoglou`, `the Everton
/// striker`).
const SQUAD_WORDS: &[&str] = &[
    "manager",
    "coach",
    "boss",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "captain",
];

/// A one-word name before a word for a team's staff is the team, ORG in OntoNotes (teams 19 of
/// 20): the model read `Tottenham manager` as a PERSON and `Brentford` as a GPE. As at a score
/// ([`teams_at_a_score`]), a name the lists know as a place keeps its label: `Pakistan captain`
/// leads a national team, a GPE in OntoNotes. A people's word is the player's nationality.
fn teams_by_their_staff(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, LOC, ORG, PERSON};
    // A people's word before a player is the player's nationality (`a Liberian striker`, `the
    // Montenegrin coach`), which the model sometimes calls a place.
    let demonym = |w: &str| {
        ["an", "in", "ese", "ish", "ic"]
            .iter()
            .any(|e| w.ends_with(e))
    };
    for m in &mut found {
        if !matches!(m.label, GPE | PERSON | LOC | FAC) {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        if r.len() != 1
            || r.end >= doc.tokens.len()
            || !doc.spaced(r.start)
            || !SQUAD_WORDS.contains(&doc.token_text(r.end))
            || demonym(doc.token_text(r.start))
        {
            continue;
        }
        if !listed_place(doc, r) {
            m.label = ORG;
        }
    }
    found
}

/// The owner in `X's Firstname Lastname` is the person's employer, team or country, never a
/// person: in OntoNotes train a name before `'s` and a PERSON of two or more words is an ORG
/// 150 times (`CNN's Tom Foreman`), a GPE 13 (`Cuba's Fidel Castro`), a WORK_OF_ART 8 (`The
/// World's Frank Contraris`, a radio show) and a PERSON never. The model read teams and
/// companies named like people (`Red Bull's Lars Verhoeven`, `Sauber's Nico Hartmann`) as
/// PERSONs; they become ORGs, and so do their other mentions the model called PERSON. A name the
/// lists know as a place keeps its label, as does the surname of a person the article names in
/// full, and a name that opens with a given name (`Donald Trump's Steve Bannon`).
fn owners_of_people(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, ORG, PERSON, PRODUCT};
    let gazetteer = gazetteer::Gazetteer::shared();
    let mut owners: Vec<&str> = Vec::new();
    for k in 1..found.len() {
        let (a, b) = (found[k - 1], found[k]);
        // Asked of every pair of mentions: the text between says no to nearly all.
        if !matches!(doc.text.get(a.span.end..b.span.start), Some("'s " | "’s ")) {
            continue;
        }
        let (Some(ra), Some(rb)) = (whole_tokens(doc, a.span), whole_tokens(doc, b.span)) else {
            continue;
        };
        let given = |r: &std::ops::Range<usize>| gazetteer.is_first_name(doc.token_text(r.start));
        if b.label == PERSON
            && rb.len() >= 2
            && matches!(a.label, PERSON | PRODUCT | FAC)
            && !given(&ra)
            && !listed_place(doc, ra.clone())
        {
            let name = &doc.text[a.span.start..a.span.end];
            // `Hamilton's Lewis Larkin` after `Sir Lewis Hamilton`: the person's surname.
            let surname = found.iter().any(|m| {
                m.label == PERSON
                    && m.span.len() > name.len()
                    && doc.text[m.span.start..m.span.end]
                        .strip_suffix(name)
                        .is_some_and(|rest| rest.ends_with(' '))
            });
            if !surname {
                found[k - 1].label = ORG;
                owners.push(name);
            }
        }
    }
    if owners.is_empty() {
        return found;
    }
    for m in &mut found {
        if matches!(m.label, PERSON | PRODUCT | FAC)
            && owners.contains(&&doc.text[m.span.start..m.span.end])
        {
            m.label = ORG;
        }
    }
    found
}

/// Joins a law named with `and` that the tagger cut there (`the [CHIPS]ORG and [Science
/// Act]LAW`, `the Tax Cuts and [Jobs Act]LAW`): after `the`, one to five capitalized words,
/// `and`, and a LAW whose name has `Act`, `Law` or `Bill`, all one LAW. OntoNotes train keeps
/// such names whole (`the Financial Institutions Reform , Recovery , and Enforcement Act`, `the
/// Election and Recall Law`: 9 of 9; a name before `and` and an Act never split).
fn laws_joined_at_and(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let t = |k: usize| doc.token_text(k);
    let mut k = 0;
    while k < found.len() {
        let b = found[k];
        k += 1;
        // Asked of every mention: a LAW is rare, and the text before it says no to most.
        if b.label != Label::LAW
            || !doc
                .text
                .get(..b.span.start)
                .is_some_and(|t| t.ends_with(" and "))
        {
            continue;
        }
        let Some(rb) = whole_tokens(doc, b.span) else {
            continue;
        };
        if !rb.clone().any(|i| matches!(t(i), "Act" | "Law" | "Bill")) || rb.start < 3 {
            continue;
        }
        let and = rb.start - 1;
        let mut s = and;
        while s > 0 && and - s < 5 && rules::is_cap(t(s - 1)) && doc.spaced(s - 1) {
            s -= 1;
        }
        if s == and || s == 0 || !matches!(t(s - 1), "the" | "The") {
            continue;
        }
        let start = doc.tokens[s].start;
        // What the tagger found in the first half must lie within it.
        let first = found.partition_point(|m| m.span.end <= start);
        if found[first..k - 1]
            .iter()
            .any(|m| m.span.start < start || m.label.is_numeric())
        {
            continue;
        }
        found.drain(first..k - 1);
        k = first + 1;
        found[first] = Mention {
            span: Span::new(start, b.span.end),
            label: Label::LAW,
        };
    }
    found
}

/// Nouns for a person's role or kin that an apposition names (`Pickford's barrister, Alistair
/// Grant,`; `his widow, Ann Price,`).
const ROLE_NOUNS: &[&str] = &[
    "lawyer",
    "attorney",
    "barrister",
    "solicitor",
    "counsel",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "producer",
    "designer",
    "singer",
    "rapper",
    "actor",
    "actress",
    "writer",
    "author",
];

/// Lower-case offices whose holder's name follows them (`chairman C.S. Setty`).
const OFFICES: &[&[u8]] = &[
    b"chairman",
    b"chairwoman",
    b"chairperson",
    b"spokesman",
    b"spokeswoman",
    b"spokesperson",
    b"secretary",
    b"president",
    b"governor",
    b"director",
    b"minister",
    b"counsel",
    b"economist",
    b"analyst",
    b"expert",
    b"scientist",
    b"legislator",
    b"singer",
    b"lawyer",
    b"attorney",
    b"columnist",
    b"writer",
    b"author",
    b"actor",
    b"actress",
];

/// A name set off by commas after a person's role or kin is that person (`Pickford's
/// barrister, [Alistair Grant]ORG, said`): in OntoNotes train a name between `lawyer|attorney|
/// spokesman|wife|son|…` `,` and `,` is a PERSON 33 times of 33. Advisers are left out (`its
/// adviser, Goldman Sachs,`). The arts' roles were added in rs26 (`The song’s producer,
/// [Mustard]ORG,`, `Gucci’s new designer, [Demna]GPE,`): train has a name right after
/// `producer`, `designer`, `singer`, `actor`, `actress`, `writer` or `author` a PERSON 40 times
/// of 40.
///
/// And (rs25) a name right after a lower-case office is the person who holds it: `CPI(M) general
/// secretary [M.A. Baby]ORG`, `chairman [C.S. Setty]ORG`. In OntoNotes train a name right after
/// lower-case `chairman`, `spokesman`, `secretary`, `president`, `governor`, `director`,
/// `minister`, `counsel`, `economist` or `analyst` is a PERSON 126 times and never an ORG (a
/// GPE once, `president [Gorbachev]GPE`). rs26 added `expert`, `scientist`, `legislator`,
/// `singer`, `lawyer`, `attorney`, `columnist`, `writer`, `author`, `actor` and `actress`
/// (`Constitutional expert [P.D.T. Achary]ORG`): a name right after them is a PERSON 65 times of
/// 65 in train. Words that name companies too are left out (`oil producer`, `chip designer`,
/// `fund manager`, `market researcher`).
fn people_by_their_role(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, LOC, NORP, ORG, PERSON, PRODUCT, WORK_OF_ART};
    let n = doc.tokens.len();
    let bytes = doc.text.as_bytes();
    let mut prev_end = 0;
    for m in &mut found {
        let before = std::mem::replace(&mut prev_end, m.span.end);
        // An office before an organization: the text before it ends in an office's last letter
        // and a space.
        if m.label == ORG
            && bytes
                .get(..m.span.start)
                .and_then(|t| t.strip_suffix(b" "))
                .filter(|t| {
                    matches!(t.last(), Some(b'n' | b'y' | b't' | b'r' | b'l'))
                        || t.ends_with(b"actress")
                })
                .and_then(|t| t.rsplit(|&b| b == b' ' || b == b'\n').next())
                .is_some_and(|w| OFFICES.contains(&w))
        {
            m.label = PERSON;
            continue;
        }
        // A ship by its prefix (`MV Aegean Star`), read here with the other mentions' labels.
        if matches!(m.label, ORG | PERSON | GPE | FAC | NORP | WORK_OF_ART)
            && bytes
                .get(m.span.start..m.span.end)
                .is_some_and(kinds::is_ship_name)
        {
            m.label = PRODUCT;
            continue;
        }
        // Or after a prefix the model left out (`the MV [Aegean Star]LOC`): a prefix's last
        // capital and a space right before it, two bytes read first.
        let s = m.span.start;
        if s >= before + 3
            && matches!(bytes.get(s - 2), Some(b'V' | b'T' | b'S'))
            && bytes[s - 1] == b' '
            && matches!(
                m.label,
                ORG | PERSON | GPE | LOC | FAC | NORP | WORK_OF_ART | PRODUCT
            )
        {
            let prefix = bytes[before..s - 1]
                .rsplit(|&b| b == b' ' || b == b'\n')
                .next()
                .filter(|w| kinds::is_ship_prefix(w));
            if let Some(p) = prefix {
                m.span = Span::new(m.span.start - 1 - p.len(), m.span.end);
                m.label = PRODUCT;
                continue;
            }
        }
        // Asked of every mention: the text before it says no to nearly all.
        if !matches!(
            m.label,
            ORG | GPE | LOC | FAC | NORP | PRODUCT | WORK_OF_ART
        ) || !doc
            .text
            .get(..m.span.start)
            .is_some_and(|t| t.ends_with(", "))
        {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let role = r.start >= 2
            && doc.token_text(r.start - 1) == ","
            && ROLE_NOUNS.contains(&doc.token_text(r.start - 2));
        let closed = r.end < n && doc.token_text(r.end) == ",";
        if role && closed && !listed_place(doc, r) {
            m.label = PERSON;
        }
    }
    found
}

/// Words of a credit line before `by` and the people it credits (`Reporting by Lewis
/// Krauskopf; Additional reporting by Samuel Indyk; Editing by Jonathan Oatis`, `Photographs
/// by Sophie Park`).
pub(crate) const CREDIT_WORDS: &[&str] = &[
    "Reporting",
    "reporting",
    "Editing",
    "editing",
    "Writing",
    "writing",
    "Compiled",
    "compiled",
    "Research",
    "research",
    "Production",
    "production",
    "Photographs",
    "Photos",
    "Photo",
    "Illustration",
    "Illustrations",
    "Graphics",
    "graphics",
];

/// The name after a credit line's `Reporting by` or `Editing by` is a person's, where the model,
/// reading a wire's credit line like no sentence it knew, made it an ORG or a place: a name of
/// two or three capitalized words, and the name's own label if it is already a PERSON.
fn credited_people(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, LOC, ORG, PERSON, PRODUCT, WORK_OF_ART};
    for m in &mut found {
        let before = doc.text.get(..m.span.start).unwrap_or_default();
        if !matches!(m.label, ORG | GPE | LOC | FAC | PRODUCT | WORK_OF_ART)
            || !before.ends_with(" by ")
        {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let credited = r.start >= 2
            && doc.token_text(r.start - 1) == "by"
            && CREDIT_WORDS.contains(&doc.token_text(r.start - 2))
            && (2..=3).contains(&r.len())
            && r.clone().all(|k| {
                let w = doc.token_text(k);
                rules::is_cap(w) && w.chars().any(char::is_lowercase)
            });
        if credited {
            m.label = PERSON;
        }
    }
    found
}

/// A name right after `near` or `outside` is a place, never a person: GPE in OntoNotes train 33
/// of 42 times after `near` and 16 of 24 after `outside`, a PERSON none (`above Castaic`, `near
/// Castaic` were PERSONs). A name followed by its possessive is left (`near Smith's farm`).
///
/// So is a name that an apposition places by its distance from another (`Mora, about 100 km
/// (62 miles) east of Lisbon`, where `Mora` was a PERSON).
fn places_near(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{GPE, PERSON};
    for m in &mut found {
        if m.label != PERSON {
            continue;
        }
        let before = doc.text.get(..m.span.start).unwrap_or_default();
        let after = doc.text.get(m.span.end..).unwrap_or_default();
        let near_cue = before.ends_with("near ") || before.ends_with("outside ");
        if !near_cue && !after.starts_with(", ") {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let near = r.start >= 1 && matches!(doc.token_text(r.start - 1), "near" | "outside");
        let owned = r.end < doc.tokens.len() && matches!(doc.token_text(r.end), "'s" | "’s");
        if (near && !owned) || placed_by_distance(doc, r.end) {
            m.label = GPE;
        }
    }
    found
}

/// Whether the tokens from `k` place what stands before them by a distance: `, about 100 km
/// (62 miles) east of`, `, 30 miles north of`.
fn placed_by_distance(doc: &Doc, k: usize) -> bool {
    let n = doc.tokens.len();
    let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
    if t(k) != "," {
        return false;
    }
    let mut i = k + 1;
    if matches!(
        t(i),
        "about" | "some" | "around" | "roughly" | "nearly" | "almost" | "just"
    ) {
        i += 1;
    }
    if !t(i).starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    i += 1;
    if !matches!(
        t(i),
        "km" | "kilometres" | "kilometers" | "miles" | "mile" | "kilometre" | "kilometer"
    ) {
        return false;
    }
    i += 1;
    // The other unit in brackets: `(62 miles)`.
    if t(i) == "(" {
        match (i + 1..n.min(i + 6)).find(|&j| t(j) == ")") {
            Some(j) => i = j + 1,
            None => return false,
        }
    }
    rules::COMPASS.contains(&t(i)) && t(i + 1) == "of"
}

/// Nouns that say a name is a company or another body where an apposition gives them (`Johnson
/// Matthey, the British chemicals group,`; `Kering, the French luxury group,`; `Threshold, the
/// housing charity,`; `Unite, the union,`).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "group",
    "firm",
    "maker",
    "manufacturer",
    "retailer",
    "lender",
    "bank",
    "insurer",
    "carrier",
    "airline",
    "chain",
    "conglomerate",
    "giant",
    "startup",
    "start-up",
    "operator",
    "supplier",
    "publisher",
    "broadcaster",
    "miner",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "brand",
    "corporation",
    "multinational",
    "utility",
    "fund",
    "charity",
    "union",
    "party",
    "organisation",
    "organization",
    "agency",
    "regulator",
    "watchdog",
    "think-tank",
    "thinktank",
    "alliance",
    "coalition",
    "website",
    "network",
    "club",
    "band",
    "consultancy",
    "platform",
    "provider",
    "gang",
    "brokerage",
];

/// [`COMPANY_NOUNS`] with a pre-test, for the lookups asked of every mention.
const COMPANY_NOUN_WORDS: Words = Words::new(COMPANY_NOUNS);

/// Verbs after a name that make it a person acting on the company the noun before names (`the
/// company Smith founded`), not the company's name.
const FOUNDER_VERBS: &[&str] = &[
    "founded",
    "co-founded",
    "started",
    "built",
    "joined",
    "runs",
    "ran",
    "leads",
    "led",
    "owns",
    "owned",
    "set",
    "left",
    "created",
];

/// Goods whose `producer` is a company (`the US lithium producer`), unlike a film's.
const PRODUCED_GOODS: &[&str] = &[
    "oil",
    "gas",
    "lithium",
    "steel",
    "copper",
    "aluminium",
    "aluminum",
    "gold",
    "coal",
    "cement",
    "chip",
    "chemicals",
    "dairy",
    "sugar",
    "cocoa",
    "nickel",
    "iron",
    "ore",
    "uranium",
    "meat",
    "poultry",
    "fertiliser",
    "fertilizer",
    "power",
    "electricity",
    "energy",
    "food",
    "steelmaker",
];

/// Words after an apposition's noun that close it (`, the chemicals group, said`; `the
/// group of`; `the firm that`), where the noun is not the first half of another (`the company
/// founder`, `the group's chief`).
const APPOSITION_ENDS: &[&str] = &[
    ",", ".", ";", ")", "of", "that", "which", "whose", "with", "in", "for", "based", "—", "–",
];

/// Whether tokens from `i` read as an apposition that calls the name before it a company: `,
/// the|a|an`, up to four modifiers (lower-case words, or a place or people: `US`, `French`,
/// `Paris-based`), a [`COMPANY_NOUNS`] noun (or a [`PRODUCED_GOODS`] producer) and a word that
/// closes it.
fn company_apposition(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let t = |k: usize| doc.token_text(k);
    if i + 3 >= n || t(i) != "," || !matches!(t(i + 1), "the" | "a" | "an") {
        return false;
    }
    let mut k = i + 2;
    while k < n && k < i + 7 {
        let w = t(k);
        let noun = COMPANY_NOUN_WORDS.contains(w)
            || (w == "producer" && PRODUCED_GOODS.contains(&t(k - 1)));
        if noun {
            return k + 1 < n && APPOSITION_ENDS.contains(&t(k + 1));
        }
        let modifier = w.chars().all(|c| c.is_lowercase() || c == '-')
            || w.chars().all(|c| c.is_uppercase())
            || rules::is_cap(w) && !doc.starts_sentence(k);
        // A preposition or an article starts a phrase of its own (`a principal in the
        // investment firm`, `an analyst at the bank`): the noun is another's.
        let function = matches!(
            w,
            "," | "'s"
                | "’s"
                | "and"
                | "or"
                | "in"
                | "at"
                | "of"
                | "for"
                | "on"
                | "to"
                | "with"
                | "by"
                | "from"
                | "the"
                | "a"
                | "an"
                | "who"
                | "which"
                | "that"
        );
        if !modifier || function || w.is_empty() {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether the article also writes `word` in lower case, as a word (`now`, `grant`,
/// `threshold`): a capitalized one at a sentence's start is then likely that word, not a name.
fn written_in_lower_case(doc: &Doc, word: &str) -> bool {
    (0..doc.tokens.len()).any(|i| {
        let w = doc.token_text(i);
        w.len() == word.len() && w.starts_with(char::is_lowercase) && w.eq_ignore_ascii_case(word)
    })
}

/// Sentence adverbs a comma follows, which open a sentence as a name can (`Meanwhile, the
/// company said`).
const SENTENCE_ADVERBS: &[&str] = &[
    "However",
    "Meanwhile",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Instead",
    "Still",
    "Now",
    "Then",
    "Also",
    "Separately",
    "Overall",
    "Earlier",
    "Later",
    "Nevertheless",
    "Nonetheless",
    "Moreover",
    "Elsewhere",
    "Here",
    "There",
    "Again",
    "Indeed",
    "Yet",
    "Thus",
    "Otherwise",
    "Besides",
    "Since",
    "Last",
    "First",
    "Second",
    "Third",
];

/// A name the model missed where an apposition says it is a body (`Threshold, the housing
/// charity, said`; `Gavi, the vaccine alliance,`): the model, for which every word at a
/// sentence's start is capitalized, left such one-word names out. One to three capitalized
/// words right before the apposition, none in another mention, none a sentence adverb
/// (`Meanwhile, the group,`) or a word the article also writes in lower case.
fn described_names_found(doc: &Doc, shapes: &Shapes, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::ORG;
    let t = |k: usize| doc.token_text(k);
    let mut added = Vec::new();
    let mut at = 0;
    let n = doc.tokens.len();
    let mut i = 0;
    loop {
        // A comma before an article, then the apposition: the scan of the first bytes passes
        // over the tokens that are no comma.
        i = shapes.next_where(i + 1, |b| b == b',');
        if i >= n {
            break;
        }
        if shapes.at(i).len != 1 || !company_apposition(doc, i) {
            continue;
        }
        // Words of the name: capitalized, on one line (`spaced` is a single space after).
        let word = |k: usize| {
            rules::is_cap(t(k))
                && t(k).chars().any(char::is_lowercase)
                && (k + 1 == i || doc.spaced(k))
        };
        let mut s = i;
        while s > 0 && i - s < 3 && word(s - 1) {
            s -= 1;
        }
        if s == i || (s > 0 && word(s - 1)) {
            continue;
        }
        let span = Span::new(doc.tokens[s].start, doc.tokens[i - 1].end);
        while at < found.len() && found[at].span.end <= span.start {
            at += 1;
        }
        if found.get(at).is_some_and(|m| m.span.start < span.end) {
            continue;
        }
        let plain = (s..i).any(|k| {
            let w = t(k);
            SENTENCE_ADVERBS.contains(&w)
                || rules::NOT_NAMES.contains(&w)
                || w.ends_with("ly")
                || written_in_lower_case(doc, w)
        });
        if !plain {
            added.push(Mention { span, label: ORG });
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// A name the article describes as a company is an organization, wherever the article names
/// it alike: an apposition (`Johnson Matthey, the British chemicals group,`), or its shares
/// (`shares in Reckitt Benckiser`, `Hargreaves Lansdown shares`). The model read such names as
/// people (`Andreessen Horowitz, the venture capital firm,`) or places (`Albemarle, the US
/// lithium producer,`). In OntoNotes train, a name before `, the … company|group|firm…` is an
/// ORG 23 times and a person 9, all of those before a noun that does not close the apposition
/// (`the firm 's legislative director`, `the executive producer of`). A people stays a people
/// (`the Masalit, the ethnic group`), and a name with a possessive is its owner's (`Musk's
/// shares`).
fn companies_by_their_description(
    doc: &Doc,
    shapes: &Shapes,
    mut found: Vec<Mention>,
) -> Vec<Mention> {
    use crate::analysis::Label::{FAC, GPE, LOC, NORP, ORG, PERSON, PRODUCT, WORK_OF_ART};
    let relabeled = |l: Label| matches!(l, PERSON | GPE | LOC | FAC | PRODUCT | WORK_OF_ART);
    let n = doc.tokens.len();
    let t = |k: usize| doc.token_text(k);
    found = described_names_found(doc, shapes, found);
    let mut companies: Vec<Span> = Vec::new();
    for m in &found {
        // A people's word only after a company's noun (`the cybersecurity firm [Sophos]NORP`).
        if !relabeled(m.label) && m.label != NORP {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span) else {
            continue;
        };
        let shares = |w: &str| matches!(w, "shares" | "stock");
        // `Blue Origin's chief executive`, `Novo's board`: what a company has (OntoNotes: ORG
        // 23 of 27 before `'s chief executive|CEO|board|chairman|shareholders`, the rest
        // places: `Hong Kong's chief executive`, so not a listed place).
        let at = |k: usize| if k < n { t(k) } else { "" };
        let officers = r.end + 1 < n
            && matches!(at(r.end), "'s" | "’s")
            && (matches!(at(r.end + 1), "CEO" | "board" | "shareholders" | "chairman")
                || (at(r.end + 1) == "chief"
                    && matches!(at(r.end + 2), "executive" | "financial" | "operating")))
            && !listed_place(doc, r.clone());
        // `the cybersecurity firm Sophos`, `the insurer Episource`, `vessel tracking platform
        // Linerlytica`: a company's noun right before a name (OntoNotes train: such a name is
        // an ORG 43 times; a PERSON 7, five of them full names, `film maker Guy Ritchie`, so a
        // PERSON must be one word, and `maker` is left out; a PRODUCT once, `carrier
        // Constellation`, the warship, so `carrier` is too). `giant` is as often an adjective
        // (`the giant Ferris wheel`), a noun in a compound is no head (`three-party
        // non-Socialist`), and a building keeps its label (`renamed by the coalition Baghdad
        // International Airport`: the coalition did the renaming).
        let kind_before = r.start >= 2
            && doc.spaced(r.start - 1)
            && !doc.glued(r.start - 2)
            && !matches!(t(r.start - 2), "-" | "–")
            && COMPANY_NOUN_WORDS.contains(t(r.start - 1))
            && !matches!(t(r.start - 1), "maker" | "carrier" | "giant")
            && m.label != FAC
            && (m.label != PERSON || r.len() == 1)
            && !(r.end < n && FOUNDER_VERBS.contains(&t(r.end)))
            && !listed_place(doc, r.clone());
        let described = kind_before
            || (m.label != NORP && (officers || company_apposition(doc, r.end)))
            || (r.start >= 2
                && matches!(t(r.start - 1), "in" | "of")
                && matches!(t(r.start - 2), "shares" | "Shares")
                && m.label == PERSON)
            || (r.end < n && shares(t(r.end)) && m.label == PERSON);
        if described {
            companies.push(m.span);
        }
    }
    if companies.is_empty() {
        return found;
    }
    let names: Vec<&str> = companies
        .iter()
        .filter_map(|s| doc.text.get(s.start..s.end))
        .collect();
    for m in &mut found {
        if (relabeled(m.label) || m.label == NORP)
            && doc
                .text
                .get(m.span.start..m.span.end)
                .is_some_and(|t| names.contains(&t))
        {
            m.label = ORG;
        }
    }
    found
}

/// Verbs that put one team's name before another's and the score (`Brentford beat Everton
/// 2-0`).
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "thrashed", "edged", "stunned", "hammered", "routed",
    "downed",
];

/// Verbs between a team and its score (`Leeds drew 1-1`).
const SCORE_VERBS: &[&str] = &[
    "won", "lost", "drew", "draw", "beat", "led", "trailed", "trail",
];

/// Words between a score and the team it was against (`drew 1-1 with Newcastle`).
const AFTER_SCORE: &[&str] = &["with", "against", "over", "to", "at", "v", "vs", "vs."];

/// The sides of a score are teams, ORG in OntoNotes: `Arsenal 4-1 Tottenham`, `Brentford beat
/// Everton 2-0`, `Leeds drew 1-1 with Newcastle`. A club named after its town is left to the model
/// by the club list (`gazetteers/clubs.txt`), and the model, reading a town, said GPE (or
/// PERSON, or LAW for `Everton`). A name the lists know as a place keeps its label: a country
/// that plays is its national team, which OntoNotes leaves a GPE.
fn teams_at_a_score(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, ORG};
    let is_score = |m: &Mention| {
        m.label == CARDINAL
            && doc.text.get(m.span.start..m.span.end).is_some_and(|t| {
                t.split_once(['-', '–'])
                    .is_some_and(|(a, b)| is_short_number(a) && is_short_number(b))
            })
    };
    let between = |a: Span, b: Span| doc.text.get(a.end..b.start).unwrap_or("x");
    let team = |doc: &Doc, m: &Mention| {
        !m.label.is_numeric()
            && m.label != ORG
            && whole_tokens(doc, m.span).is_some_and(|r| !listed_place(doc, r))
    };
    let mut teams: Vec<Span> = Vec::new();
    for k in 0..found.len() {
        if !is_score(&found[k]) {
            continue;
        }
        let score = found[k].span;
        let mut sides = Vec::new();
        // `Leeds drew 1-1`, `Liverpool won 2-0`.
        if k > 0 && {
            let gap = between(found[k - 1].span, score);
            gap.starts_with(' ') && gap.ends_with(' ') && SCORE_VERBS.contains(&gap.trim())
        } {
            sides.push(k - 1);
        }
        let before = k > 0 && between(found[k - 1].span, score) == " ";
        let after = k + 1 < found.len() && between(score, found[k + 1].span) == " ";
        // `Arsenal 4-1 Tottenham`: a name on each side (`Warne 3-45,` is a bowler's figures).
        if before && after {
            sides.extend([k - 1, k + 1]);
        }
        // `Brentford beat Everton 2-0`, and with a few plain words before the verb: `Liverpool
        // came from behind to beat Bournemouth 3-1`.
        if before && k > 1 {
            let words = between(found[k - 2].span, found[k - 1].span).trim();
            let verb = words.rsplit(' ').next().unwrap_or(words);
            let plain = words.split(' ').count() <= 6
                && words.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
            if RESULT_VERBS.contains(&verb) && plain {
                sides.extend([k - 2, k - 1]);
            }
        }
        // `drew 1-1 with Newcastle`, after a team found so.
        let after_team = !sides.is_empty()
            || (k > 0 && SCORE_VERBS.contains(&between(found[k - 1].span, score).trim()));
        if after_team && k + 1 < found.len() {
            let gap = between(score, found[k + 1].span);
            if gap.starts_with(' ') && gap.ends_with(' ') && AFTER_SCORE.contains(&gap.trim()) {
                sides.push(k + 1);
            }
        }
        // Sides that are all people are scorers after the running score (`7-1 Raul Gonzalez`),
        // or players (`Sinner beat Alcaraz 6-3`); but a one-word name on each side of a bare
        // score is a fixture's two teams (`Chelsea 3-0 Everton`), which the model read as two
        // surnames.
        let one_word = |m: &Mention| whole_tokens(doc, m.span).is_some_and(|r| r.len() == 1);
        let fixture = before && after && one_word(&found[k - 1]) && one_word(&found[k + 1]);
        if !fixture && sides.iter().all(|&i| found[i].label == Label::PERSON) {
            continue;
        }
        for i in sides {
            if team(doc, &found[i]) {
                found[i].label = ORG;
            }
            if found[i].label == ORG {
                teams.push(found[i].span);
            }
        }
    }
    // A team at a score is that team wherever else the model made its name a person, a product
    // or a building (`[Chelsea]PERSON came from behind`): no one is named like a club the
    // article gives a score, unless the article names that person in full. A place stays a
    // place (`travel to Newcastle`).
    if teams.is_empty() {
        return found;
    }
    let names: Vec<&str> = teams.iter().map(|s| &doc.text[s.start..s.end]).collect();
    let surname = |name: &str, found: &[Mention]| {
        found.iter().any(|m| {
            m.label == Label::PERSON
                && doc.text[m.span.start..m.span.end]
                    .strip_suffix(name)
                    .is_some_and(|rest| rest.ends_with(' '))
        })
    };
    let names: Vec<&str> = names.into_iter().filter(|n| !surname(n, &found)).collect();
    for m in &mut found {
        if matches!(m.label, Label::PERSON | Label::PRODUCT | Label::FAC)
            && names.contains(&&doc.text[m.span.start..m.span.end])
        {
            m.label = ORG;
        }
    }
    found
}

/// Lower-case particles inside a family name: `da Silva`, `van Gogh`, `von der Leyen`, `bin
/// Salman`, `do Lago`.
const NAME_PARTICLES: &[&str] = &[
    "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von",
    "den", "ter", "ten", "bin", "ibn", "al", "el",
];

/// Chinese family names spelled like an English pronoun or word, which the tagger leaves out
/// of the name (`Vice Premier He [Lifeng]`, `Defence Minister Dong [Jun]`).
const WORD_SURNAMES: &[&str] = &["He", "Sun", "Long", "Song", "Dong", "Wang", "Gao", "Ma"];

/// Puts back such a family name before a PERSON where a title stands before it (`Vice Premier
/// He Lifeng`): after a title, `He` is no pronoun. OntoNotes has `He Long` and `He Tu-lin` as
/// PERSONs.
fn with_pronoun_surnames(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    for m in found.iter_mut().filter(|m| m.label == Label::PERSON) {
        let r = token_range(doc, m.span);
        if r.start < 2 || !WORD_SURNAMES.contains(&doc.token_text(r.start - 1)) {
            continue;
        }
        if doc.spaced(r.start - 1)
            && doc.spaced(r.start - 2)
            && is_title_word(doc.token_text(r.start - 2))
        {
            m.span = Span::new(doc.tokens[r.start - 1].start, m.span.end);
        }
    }
    found
}

/// Joins a person's name that the model cut at a particle of the family name (`[André Corrêa]
/// do [Lago]`, `[Ludwig] van [Beethoven]`): OntoNotes keeps the particles inside (104 PERSON
/// names in train). Two PERSONs with one or two particles between them become one, and so
/// does a PERSON with the particles and a capitalized word that nothing claimed.
fn joined_particles(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::PERSON;
    let n = doc.tokens.len();
    let mut k = 0;
    while k < found.len() {
        let a = found[k];
        // The word after the name, read from the text before the tokens are looked up (and
        // only after a person's name).
        let next_word = || {
            let after = doc
                .text
                .get(a.span.end..)
                .and_then(|t| t.strip_prefix(' '))
                .unwrap_or("");
            after.split(' ').next().unwrap_or("")
        };
        if a.label != PERSON || !NAME_PARTICLES.contains(&next_word()) {
            k += 1;
            continue;
        }
        let r = token_range(doc, a.span);
        let particles = (r.end..n.min(r.end + 2))
            .take_while(|&j| NAME_PARTICLES.contains(&doc.token_text(j)))
            .count();
        if a.label != PERSON || particles == 0 || r.end + particles >= n {
            k += 1;
            continue;
        }
        let next = r.end + particles;
        let rest = doc.tokens[next];
        if doc
            .text
            .get(a.span.end..rest.start)
            .is_none_or(|t| t.contains('\n'))
        {
            k += 1;
            continue;
        }
        match found.get(k + 1) {
            Some(b) if b.span.start == rest.start => {
                if b.label == PERSON {
                    found[k].span = Span::new(a.span.start, b.span.end);
                    found.remove(k + 1);
                }
            }
            Some(b) if b.span.start < rest.end => {}
            _ => {
                if rules::is_cap(doc.token_text(next)) && doc.token_text(next).len() > 1 {
                    found[k].span = Span::new(a.span.start, rest.end);
                }
            }
        }
        k += 1;
    }
    found
}

/// Prepositions that attach a time to a clause, never part of a name.
const TIME_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "since", "until", "till", "by", "during", "from", "before", "after",
];

/// Words that can make up a date after such a preposition: `on Tuesday`, `on May 6–7, 2025`.
fn is_date_word(w: &str) -> bool {
    rules::WEEKDAYS.contains(&w)
        || rules::MONTHS.contains(&w)
        || rules::RELATIVE_DAYS.contains(&w)
        || matches!(w, "–" | "-" | ",")
        || (w.len() <= 4 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Drops the lower-case words a person's or a people's name ran on into (`Babar Azam scored`):
/// in OntoNotes train and dev, 46 of 8,915 PERSON names of several words end with one that does
/// not follow a hyphen (`Chen Shui - bian` does), and those are slips. Other names may end so
/// (`Jiangsu province`, `the Republican party`).
fn without_lowercase_tail(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{NORP, PERSON};
    if !matches!(m.label, PERSON | NORP) {
        return m;
    }
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    if !text.ends_with(|c: char| c.is_ascii_lowercase()) {
        return m;
    }
    let r = token_range(doc, m.span);
    let mut e = r.end;
    while e > r.start + 1 {
        let w = doc.token_text(e - 1);
        let glued = doc.tokens[e - 2].end == doc.tokens[e - 1].start;
        if glued || !w.bytes().all(|b| b.is_ascii_lowercase()) || doc.token_text(e - 2) == "-" {
            break;
        }
        e -= 1;
    }
    if e == r.end {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, doc.tokens[e - 1].end),
        ..m
    }
}

/// The quotation marks a token may be, besides the training data's `` `` `` and `''`.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '\'', '‘', '’', '«', '»'];

/// Whether token `w` is a quotation mark.
fn is_quote(w: &str) -> bool {
    let mut chars = w.chars();
    matches!(w, "``" | "''")
        || matches!((chars.next(), chars.next()), (Some(c), None) if QUOTE_MARKS.contains(&c))
}

/// Parts a mention at a bracket it does not close: the tagger ran a measure on into its
/// conversion (`about 190 miles (305 kilometers`, `about 0600 (4:30 A.M. EST`), which OntoNotes
/// keeps as two entities, and no name holds half a pair of brackets. The part inside the bracket
/// stays when it is an amount of the same kind (it starts with a number); a name's is dropped
/// (`Rui Costa ( Fiorentina` in a CoNLL line-up).
fn parted_at_open_brackets(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, DATE, MONEY, PERCENT, QUANTITY, TIME};
    // The text's `(`s, found once (a few an article): each mention's last one is looked up
    // here, where `rfind('(')` set up a reverse search for every mention.
    let b = doc.text.as_bytes();
    let mut opens = Vec::new();
    let mut from = 0;
    while let Some(k) = crate::tokenize::find_byte(b, from, b'(') {
        opens.push(k);
        from = k + 1;
    }
    // None in the text (two of the five seeds, 111 of the 231 CoNLL test texts): nothing to
    // part, and no copy of the mentions.
    if opens.is_empty() {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        // `text.rfind('(')`: the last `(` before the span's end, if the span holds it. The
        // mention's text is sliced only for a mention that holds one.
        let last = opens.partition_point(|&k| k < m.span.end);
        let rfind = last
            .checked_sub(1)
            .map(|k| opens[k])
            .filter(|&k| k >= m.span.start)
            .map(|k| k - m.span.start);
        let text = || doc.text.get(m.span.start..m.span.end).unwrap_or("");
        let open = match rfind {
            Some(open) if open > 0 && !text().is_empty() && !text()[open..].contains(')') => open,
            _ => {
                out.push(m);
                continue;
            }
        };
        let r = token_range(doc, m.span);
        let Some(k) = (r.start + 1..r.end)
            .find(|&k| doc.tokens[k].start == m.span.start + open && doc.token_text(k) == "(")
        else {
            out.push(m);
            continue;
        };
        out.push(Mention {
            span: Span::new(m.span.start, doc.tokens[k - 1].end),
            ..m
        });
        let amount = matches!(m.label, QUANTITY | MONEY | PERCENT | TIME | DATE | CARDINAL);
        let number = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit()) || rules::NUMBER_WORDS.contains(&w)
        };
        if amount && k + 1 < r.end && number(doc.token_text(k + 1)) {
            out.push(Mention {
                span: Span::new(doc.tokens[k + 1].start, m.span.end),
                ..m
            });
        }
    }
    out
}

/// Words that begin an update stamp in a page's date line (`Published May 17, 2025 Updated
/// about 10 hours ago`, `8:05 AM GMT+1 Updated 2 hours ago`).
/// Words of a page's update stamp (`Updated 7:35 PM`, Deadline's `FRIDAY PM UPDATE:`); the
/// capitals forms only as capitals, since `Windows Update` is a name.
const STAMP_WORDS: &[&str] = &[
    "Updated",
    "Published",
    "Posted",
    "Modified",
    "Edited",
    "UPDATE",
    "UPDATED",
];

/// Parts the mentions the tagger ran across a separator, each part keeping the label: a
/// byline's bar between two names (`Shahbaz Rana | Khaleeq Kiani`; OntoNotes has no entity
/// across a `|`), and an update stamp's word between two times or before one, which is in
/// neither part. Also parts, as OntoNotes does (`N % last week`: PERCENT and DATE 9 of 9), a
/// percentage the tagger ran into the period after it (`11pc last week` was one DATE); ends an
/// amount before the acronym it ran into (`$7bn EFF`, not a currency code: `$5bn USD`); makes
/// the year before an event's name a DATE (`[2026]DATE [Commonwealth Games]EVENT`); and starts a
/// TIME or DATE the tagger began at a place before a preposition (`Springbrook in 24
/// hours`) after the preposition.
fn parted_at_separators(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    use crate::analysis::Label::{CARDINAL, DATE, EVENT, MONEY, ORG, PERCENT, PERSON, TIME};
    let t = |k: usize| doc.token_text(k);
    let part = |a: usize, b: usize, label: Label| Mention {
        span: Span::new(doc.tokens[a].start, doc.tokens[b - 1].end),
        label,
    };
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        let r = token_range(doc, m.span);
        if r.len() < 2 {
            out.push(m);
            continue;
        }
        let temporal = matches!(m.label, TIME | DATE);
        // A photo credit's spaced slash between a photographer and the outlet (`Brian
        // Cassella / Chicago Tribune`) parts names as a bar does.
        // Only a name of two or three capitalized words before a listed organization: a
        // table's `USG / China`, `22.00 / 22.75 percent` and a company's `Capital Cities / ABC
        // Inc.` stay as they were read.
        let slash = |k: usize| t(k) == "/" && k > 0 && doc.spaced(k - 1) && doc.spaced(k);
        let two_names = m.label == ORG
            && r.len() >= 4
            && (r.start + 2..r.start + 4).any(|k| {
                slash(k)
                    && (r.start..k).all(|j| t(j).starts_with(char::is_uppercase))
                    && gazetteer::Gazetteer::shared().listed_exactly(doc, k + 1, r.end) == Some(ORG)
            });
        let is_separator = |k: usize| {
            t(k) == "|" || (temporal && STAMP_WORDS.contains(&t(k))) || (two_names && slash(k))
        };
        if r.clone().any(is_separator) {
            // A stamp's `Last` (`Last Updated: …`), no time of its own.
            let stamp_word = |j: usize| matches!(t(j), "Last" | "last" | "Latest" | "latest");
            let mut s = r.start;
            let mut parts = Vec::new();
            for k in r.start..=r.end {
                if k == r.end || is_separator(k) {
                    // A stamp's colon stays out of the time after it (`Last Updated: 2 hours
                    // ago`), and the stamp's `Last` is no time of its own.
                    if temporal {
                        while s < k && !t(s).chars().any(char::is_alphanumeric) {
                            s += 1;
                        }
                    }
                    // A name's part is a name of two words or more (`Khaleeq Kiani`), not the
                    // desk or clock of a credit line (`Sports Desk | PERTH`, `10:15 | World`).
                    let kept = if temporal || m.label.is_numeric() {
                        (s..k).any(|j| t(j).chars().any(char::is_alphanumeric))
                            && !(temporal && (s..k).all(stamp_word))
                    } else {
                        k >= s + 2 && (s..k).all(|j| t(j).starts_with(char::is_uppercase))
                    };
                    if kept {
                        parts.push((s, k));
                    }
                    s = k + 1;
                }
            }
            // Before a slash and a listed organization (`/ Chicago Tribune`, `/ Reuters`), a
            // name of two or three words is the photographer's.
            for (i, &(a, b)) in parts.iter().enumerate() {
                let credited = m.label == ORG
                    && b < r.end
                    && slash(b)
                    && (2..=3).contains(&(b - a))
                    && parts.get(i + 1).is_some_and(|&(c, d)| {
                        gazetteer::Gazetteer::shared().listed_exactly(doc, c, d) == Some(ORG)
                    });
                out.push(part(a, b, if credited { PERSON } else { m.label }));
            }
            continue;
        }
        // `$7bn EFF`, `€2bn EIB`: an amount does not end in the name of what it is for.
        let last = t(r.end - 1);
        if m.label == MONEY
            && last.len() >= 2
            && last.bytes().all(|b| b.is_ascii_uppercase())
            && !rules::CURRENCY_SYMBOLS.contains(&last)
        {
            out.push(part(r.start, r.end - 1, MONEY));
            continue;
        }
        if m.label == DATE {
            let first = t(r.start);
            let percent_end = if rules::is_glued_percent(first) {
                Some(r.start + 1)
            } else if rules::is_number(first) && matches!(t(r.start + 1), "%" | "percent" | "pc") {
                Some(r.start + 2)
            } else {
                None
            };
            if let Some(p) = percent_end.filter(|&p| p < r.end) {
                out.push(part(r.start, p, PERCENT));
                // `last week`, `in 2024`; not the `year` of `12pc year on year`.
                if r.end - p >= 2 || !t(p).starts_with(char::is_lowercase) {
                    out.push(part(p, r.end, DATE));
                }
                continue;
            }
        }
        // `2028 Los Angeles Olympics`: OntoNotes makes the year a DATE of its own, 14 of 14.
        if m.label == EVENT && rules::is_year(t(r.start)) && r.len() >= 2 {
            out.push(part(r.start, r.start + 1, DATE));
            out.push(part(r.start + 1, r.end, EVENT));
            continue;
        }
        if temporal
            && r.len() >= 3
            && rules::is_cap(t(r.start))
            && !doc.starts_sentence(r.start)
            && !rules::MONTHS.contains(&t(r.start))
            && !rules::WEEKDAYS.contains(&t(r.start))
            && !calendar::holiday_at(doc, r.start)
            && matches!(t(r.start + 1), "in" | "for" | "over" | "within")
        {
            out.push(part(r.start + 2, r.end, m.label));
            continue;
        }
        out.push(m);
    }
    // `[2026]CARDINAL [Commonwealth Games]EVENT`: the year of an event is a DATE.
    for k in 1..out.len() {
        let (a, b) = (out[k - 1], out[k]);
        if a.label == CARDINAL
            && b.label == EVENT
            && doc.text.get(a.span.end..b.span.start) == Some(" ")
            && doc
                .text
                .get(a.span.start..a.span.end)
                .is_some_and(rules::is_year)
        {
            out[k - 1].label = DATE;
        }
    }
    out
}

/// Drops a quotation mark at either edge of a mention that holds no other one: a title's
/// closing quote the tagger ran on into (`La La Land"` in `after "La La Land" in 2017`); and
/// both marks of a mention that is a quoted name whole (`"Oppenheimer"`), or that runs from
/// the sentence's words into one (`sequel since "Frozen II"`).
fn without_stray_quote(doc: &Doc, m: Mention) -> Mention {
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    // A first or last char that can start or end a quote token (`` `` `` starts with a backtick).
    let is_mark = |c: Option<char>| c.is_some_and(|c| c == '`' || QUOTE_MARKS.contains(&c));
    if !is_mark(text.chars().next()) && !is_mark(text.chars().next_back()) {
        return m;
    }
    let r = token_range(doc, m.span);
    if r.len() < 2 {
        return m;
    }
    let quotes = r.clone().filter(|&k| is_quote(doc.token_text(k))).count();
    // `"The Brutalist"`, `" USS Cole "` whole: the name without its marks, as OntoNotes has most
    // quoted titles (250 of 334 WORK_OF_ARTs next to a quotation mark leave it out) and as a
    // reader expects the highlight.
    if quotes == 2
        && r.len() > 2
        && is_quote(doc.token_text(r.start))
        && is_quote(doc.token_text(r.end - 1))
    {
        // The sentence's comma or period the closing mark stands after is no part of it.
        let mut last = r.end - 2;
        while last > r.start + 1 && matches!(doc.token_text(last), "," | ".") {
            last -= 1;
        }
        return Mention {
            span: Span::new(doc.tokens[r.start + 1].start, doc.tokens[last].end),
            ..m
        };
    }
    // `Walt Disney Animation Studios sequel since "Frozen II"`: a run from the sentence's
    // words into a quoted name is the quoted name (`the "USS Cole"` keeps its article, as
    // OntoNotes writes it).
    if quotes == 2 && is_quote(doc.token_text(r.end - 1)) && r.len() > 3 {
        let open = (r.start + 1..r.end - 1).find(|&k| is_quote(doc.token_text(k)));
        if let Some(open) = open.filter(|&k| {
            k + 1 < r.end - 1
                && (r.start..k).any(|j| {
                    let w = doc.token_text(j);
                    w.starts_with(char::is_lowercase) && !matches!(w, "the" | "a" | "an")
                })
        }) {
            return Mention {
                span: Span::new(doc.tokens[open + 1].start, doc.tokens[r.end - 2].end),
                ..m
            };
        }
    }
    if quotes != 1 {
        return m;
    }
    let span = if is_quote(doc.token_text(r.start)) {
        Span::new(doc.tokens[r.start + 1].start, m.span.end)
    } else if is_quote(doc.token_text(r.end - 1)) {
        Span::new(m.span.start, doc.tokens[r.end - 2].end)
    } else {
        return m;
    };
    Mention { span, ..m }
}

/// Last words that make a name an event: in OntoNotes (train and dev), 183 of the 192 names
/// ending with one of these are EVENTs (`World War II`, `the Beijing Olympics`, `the World Cup`,
/// `the Cannes Film Festival`, `the Southern Anhui Incident`, `the G20 Summit`); `Trophy` and
/// `Tournament`, which it does not have, name tournaments as `Cup` does (`the ICC Champions
/// Trophy`, which the model read as a PERSON), and `Marathon` a race (train: `the Chicago
/// Marathon` EVENT, its one; rs21's headline had `[Valencia Marathon]PERSON`).
const EVENT_HEADS: &[&str] = &[
    "War",
    "Festival",
    "Incident",
    "Games",
    "Olympics",
    "Cup",
    "Championship",
    "Championships",
    "Summit",
    "Trophy",
    "Tournament",
    "Marathon",
];

/// Last words (before a year, if one follows) that make a name a law: all 85 such OntoNotes
/// names but one (`Kill Bill`, a film) are LAWs (`the Patriot Act`, `the Kyoto Protocol`, `the
/// United Nations Charter`, `the First Amendment`). `Law` itself is left out (`Bernard Law`, a
/// person), and so is `Convention` (the party conventions are EVENTs).
const LAW_HEADS: &[&str] = &[
    "Act",
    "Bill",
    "Constitution",
    "Treaty",
    "Code",
    "Amendment",
    "Charter",
    "Agreement",
    "Regulation",
    "Regulations",
    "Protocol",
    "Accord",
    "Accords",
    "Declaration",
];

/// Words that make a name an agency whatever its last word says (`State Administration for
/// Market Regulation`, `Office of the Code`).
const AGENCY_WORDS: &[&str] = &[
    "Administration",
    "Agency",
    "Authority",
    "Commission",
    "Office",
    "Ministry",
    "Department",
    "Bureau",
    "Council",
    "Committee",
];

/// Last words that make a name a prize, a WORK_OF_ART in OntoNotes (all 25 names ending so:
/// `the Pulitzer Prize`, `the Jimmy Doolittle Award`).
const PRIZE_HEADS: &[&str] = &["Prize", "Award", "Fellowship", "Medal"];

/// Last words that make a name a natural place, LOC in OntoNotes (`the Taiwan Strait` 18 of
/// 20, every `Ocean`, `Sea` 36 of 37, `River` 53 of 56, `Gulf` 22 of 22): the model read `the Bab
/// el-Mandeb Strait` as an ORG. A work's title keeps its label (`The Old Man and the Sea`).
const LOC_HEADS: &[&str] = &[
    "Strait",
    "Straits",
    "Ocean",
    "Sea",
    "River",
    "Gulf",
    "Bay",
    "Basin",
    "Desert",
    "Mountains",
    "Peninsula",
    "Delta",
    "Plateau",
    "Mountain",
    "Peak",
    // Features of the sea named in its disputes (`Scarborough Shoal`, `Mischief Reef`, `Johnston
    // Atoll`): no train example, natural places as the guidelines define LOC.
    "Shoal",
    "Reef",
    "Atoll",
];

/// Last words that make a name a company (`Cardinal Foods` and `Northgate Pharma` were
/// PERSONs, `Summit Snacks` a PRODUCT, `Acme Robotics reports record revenue` a PERSON): a new company's name is often a word or a surname and
/// its trade. Also a police force named for its area (`West Midlands Police` was a GPE):
/// OntoNotes train has `X Police` ORG 4 of 5 (the fifth a title).
const COMPANY_HEADS: &[&str] = &[
    "Police",
    "Constabulary",
    "Foods",
    "Snacks",
    "Pharma",
    "Pharmaceuticals",
    "Therapeutics",
    "Biosciences",
    "Biotech",
    "Holdings",
    "Brands",
    "Beverages",
    "Logistics",
    "Technologies",
    "Robotics",
    "Labs",
    "Industries",
    "Bancorp",
    "Telecom",
    "Ventures",
    "Capital",
    "Partners",
    "Group",
    "Media",
    "Lithium",
    "Cement",
    "Mining",
    "Minerals",
    "Motors",
    "Robotics",
    "Semiconductor",
    "Electronics",
    "Entertainment",
    "Studios",
    "Pictures",
    "Securities",
    "Investments",
    "AI",
    "Bros",
    "Bros.",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Ltd",
    "Ltd.",
    "Limited",
    "PLC",
    "plc",
    "LLC",
];

/// Last words that make a name a building or a structure, FAC in OntoNotes (`Airport` 42 of 43,
/// `Bridge` 17 of 17, `Road` 13 of 14, `Square` 12 of 12), where the model read a person's or
/// a place's name in it (`Butler Library` a PERSON). Only over a person, a place or a people:
/// an ORG keeps its label (`Station` and `Avenue` also end companies).
const FAC_HEADS: &[&str] = &[
    "Airport",
    "Bridge",
    "Road",
    "Boulevard",
    "Square",
    "Avenue",
    "Stadium",
    "Palace",
    "Building",
    "Library",
    "Tunnel",
    "Dam",
];

/// Of [`FAC_HEADS`], the last words that make a name a structure over an organization too
/// (rs24: `[National Bank Stadium]ORG`, `[Rawalpindi Cricket Stadium]ORG` beside `[Gaddafi
/// Stadium]FAC`). OntoNotes train: an entity ending in `Stadium` is a FAC 2 of 2, `Airport` 42
/// of 43 (`[the Wuhan Tianhe Airport]ORG`), `Bridge` 17 of 17, `Square` 12 of 12.
const VENUE_HEADS: &[&str] = &["Stadium", "Airport", "Bridge", "Square"];

/// [`FAC_HEADS`] with a pre-test, for the lookups asked of every listed place.
pub(crate) const FAC_HEAD_WORDS: Words = Words::new(FAC_HEADS);

/// Last words that make a name a road, FAC in OntoNotes (`Salang Highway`, `the Meiguan
/// Expressway`, `the Embarcadero Freeway`) even where the tagger made it an ORG (`Pacific
/// Highway`); a name that goes on is something else (`California Highway Patrol`).
const ROAD_HEADS: &[&str] = &["Highway", "Motorway", "Freeway", "Expressway", "Turnpike"];

/// Last words of towns and suburbs, GPE in OntoNotes (`Palm Beach` 24 of 25, `Beverly Hills`,
/// `Shaker Heights`, `Colorado Springs`, `Zhuanbi Village` 11 of 15), which the model read as
/// people's names (`Stevenson Ranch`). Only over a PERSON: a beach or a village may be a
/// facility. Not `Hills` or `Bay`, which end people's names (`Carla Hills`, `Willow Bay`).
const TOWN_HEADS: &[&str] = &[
    "Beach", "Heights", "Springs", "Ranch", "Village", "Junction",
];

/// Last words of a base, a prison or a memorial, FAC in OntoNotes (`Base` 9 of 9, `Prison` 2 of
/// 2, `Memorial` 9 of 11) even
/// where the tagger made it an organization (`Vandenberg Space Force Base`, `Pitchess
/// Detention Center` is left: `Center` ends many bodies).
const CAMP_HEADS: &[&str] = &["Base", "Prison", "Jail", "Penitentiary", "Memorial"];

/// First words that make a name a venue (`Estadio Azteca`, `Stade de France`, `Camp Nou`,
/// `Camp David`; OntoNotes `Camp Zeist` FAC 3 of 4), which the tagger, not knowing the foreign
/// word, made an ORG. A palace named by its word for palace too (`Qasr Al Watan`, `Palais des
/// Nations`; OntoNotes: names ending in `Palace` are FAC 9 times, ORG 6, those the court that
/// speaks from it).
const FAC_LEADS: &[&str] = &[
    "Estadio", "Estádio", "Stade", "Stadio", "Stadion", "Camp", "Qasr", "Palais",
];

/// Last words that make a name an administrative place, GPE in OntoNotes (`Province` 65 of 69,
/// `County` 96 of 96): the model read `Kharkiv Oblast` as a LOC.
const GPE_HEADS: &[&str] = &["Province", "County", "Oblast", "Prefecture"];

/// First words that make a name of the form `X of/for/on …` an organization, whatever its
/// last word: the tagger read `Institute for the Study of War` as an EVENT by its `War`, and a
/// `Ministry of Law` is no law. (Not `Union`: `Union of Soviet Socialist Republics` is a GPE.)
const ORG_LEADS: &[&str] = &[
    "Institute",
    "Council",
    "Committee",
    "Commission",
    "Ministry",
    "Department",
    "Office",
    "Agency",
    "Bureau",
    "Foundation",
    "Association",
    "Society",
    "Centre",
    "Center",
    "University",
    "Academy",
    "College",
    "School",
    "Board",
    "Federation",
    "Organisation",
    "Organization",
];

/// Last words of an agency's name: a name so ending is an organization where the tagger made
/// it a law or an event (`Immigration and Customs Enforcement` a LAW by its `Customs`, `Small
/// Business Administration`). Not over a PERSON: `the Trump Administration`.
const AGENCY_HEADS: &[&str] = &[
    "Administration",
    "Agency",
    "Authority",
    "Commission",
    "Ministry",
    "Bureau",
    "Enforcement",
    "Service",
];

/// First words, in Spanish, of natural places, LOC like OntoNotes' `Lake` and `Mount` names:
/// `Salar de Uyuni`, `Lago de Atitlán`, `Cerro Aconcagua`, `Río de la Plata`, `Pico de
/// Orizaba`, which the tagger, not knowing the words, made ORGs, GPEs and people. (`Sierra` only
/// before `de`: `Sierra Leone` is a country; `Rio` without its accent is a city, and `Mar del
/// Plata` too.)
const LOC_LEADS: &[&str] = &[
    "Salar", "Lago", "Laguna", "Cerro", "Río", "Bahía", "Pico", "Volcán", "Nevado",
];

/// Every word [`label_by_its_head`] reads as a name's head or first word: a name with neither
/// among them keeps its label.
fn head_and_lead_words() -> &'static crate::wordmap::WordSet<&'static str> {
    static WORDS: std::sync::OnceLock<crate::wordmap::WordSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        [
            ORG_LEADS,
            LOC_LEADS,
            AGENCY_HEADS,
            EVENT_HEADS,
            LAW_HEADS,
            PRIZE_HEADS,
            LOC_HEADS,
            GPE_HEADS,
            TOWN_HEADS,
            FAC_HEADS,
            ROAD_HEADS,
            CAMP_HEADS,
            FAC_LEADS,
            COMPANY_HEADS,
            &["Sierra", "Station", "House"],
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect()
    })
}

/// `St Elizabeth`, `St. Albans`: a saint's name of two words read as a person is a place.
/// OntoNotes train has `St.` and one capitalized word as a GPE 21 times and a PERSON 3 (a
/// surname after `Ms.`, which stays; `Saint Simon` is not read here). The tagger made
/// Jamaica's parish `St Elizabeth` a person twice next to the GPE `Trelawny`.
fn saint_as_place(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::PERSON {
        return m;
    }
    let r = token_range(doc, m.span);
    let saint = r.len() == 2 && matches!(doc.token_text(r.start), "St" | "St." | "Ste" | "Ste.");
    // Only for a saint: asked of every person, the list cost ~300 instructions.
    let honorific = || r.start > 0 && HONORIFIC_WORDS.contains(doc.token_text(r.start - 1));
    if saint && !honorific() && rules::is_cap(doc.token_text(r.start + 1)) {
        Mention {
            label: Label::GPE,
            ..m
        }
    } else {
        m
    }
}

/// The token range of `m` if it is labelled `label` and is one token long.
fn one_token(doc: &Doc, m: Mention, label: Label) -> Option<std::ops::Range<usize>> {
    (m.label == label)
        .then(|| token_range(doc, m.span))
        .filter(|r| r.len() == 1)
}

/// Titles of rulers, read as a person after `the` (`the Queen`).
const ROYAL_TITLES: &[&str] = &[
    "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Shah", "Tsar",
    "Czar", "Kaiser", "Pharaoh", "Lord", "Prophet",
];

/// A one-word PERSON after a mid-sentence `the` and before punctuation is an institution or a
/// building the tagger took for a surname: `outside [the Chancellery]`, `at the Kremlin`. People
/// go without `the`; OntoNotes train has a capitalized word between a lower-case `the` and
/// punctuation as an ORG 186 times, a person 53 times, all but five of them a family in the
/// plural (`the Waltons`, left alone here).
fn the_one_word_person(doc: &Doc, m: Mention) -> Mention {
    let Some(r) = one_token(doc, m, Label::PERSON) else {
        return m;
    };
    let word = doc.token_text(r.start);
    let after_the = r.start > 0 && doc.token_text(r.start - 1) == "the";
    // Not a hyphen glued to the word: `the Anderson-Burdick test` names a test by a person.
    let before_punctuation = r.end == doc.tokens.len()
        || !(doc.token_text(r.end).starts_with(char::is_alphanumeric)
            || (doc.token_text(r.end) == "-" && doc.glued(r.end - 1)));
    // `the Pope`, `the Queen`: a title, which OntoNotes leaves out; not this rule's to drop.
    let title = CLERGY.contains(&word) || ROYAL_TITLES.contains(&word);
    if after_the && before_punctuation && !word.ends_with('s') && !title {
        Mention {
            label: Label::ORG,
            ..m
        }
    } else {
        m
    }
}

/// A name whose head word says what it is takes that label, whatever the words before it made
/// the tagger think: an event (`2024 Paris Olympics` was an ORG, `G-20 Summit` a FAC), a law
/// (`General Data Protection Regulation` and `Prevention of Electronic Crimes Act 2016` were
/// ORGs, `Abraham Accord` a PERSON), a prize, a natural or an administrative place, a building,
/// a road or a venue named by its first word (`Estadio Azteca`). A
/// title stays a WORK_OF_ART (`The Art of War`),
/// and a person named Bill stays a person (`Buffalo Bill`).
fn label_by_its_head(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::*;
    if !matches!(
        m.label,
        ORG | PRODUCT | GPE | FAC | PERSON | LOC | NORP | EVENT | LAW
    ) {
        return m;
    }
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    // Words as written: a name is several of them, its head the last but a year.
    let mut words = spaces::rsplit_space(text);
    let (Some(last), Some(before)) = (words.next(), words.next()) else {
        return m;
    };
    let (head, after_year) = if is_year(last) {
        (before, true)
    } else {
        (last, false)
    };
    let (first, rest) = spaces::split_once_space(text).unwrap_or((text, ""));
    let second = spaces::split_once_space(rest).map_or(rest, |(w, _)| w);
    // Asked of every name of two words or more: most have neither a head nor a first word
    // that any rule below reads, which one lookup each tells before the lists are compared.
    let read = head_and_lead_words();
    if !read.contains(head) && !read.contains(first) {
        return m;
    }
    let led_by_body = ORG_LEADS.contains(&first) && matches!(second, "of" | "for" | "on");
    let natural_lead =
        LOC_LEADS.contains(&first) || (first == "Sierra" && matches!(second, "de" | "del"));
    let label = if led_by_body || (AGENCY_HEADS.contains(&head) && !after_year) {
        if !(matches!(m.label, EVENT | LAW | WORK_OF_ART | PRODUCT)
            || (led_by_body && m.label == PERSON))
        {
            return m;
        }
        ORG
    } else if natural_lead {
        LOC
    } else if EVENT_HEADS.contains(&head) && !after_year {
        EVENT
    } else if LAW_HEADS.contains(&head)
        && !(m.label == PERSON && head == "Bill")
        && !text.split(' ').any(|w| AGENCY_WORDS.contains(&w))
        && (!after_year || words.next().is_some())
    {
        LAW
    } else if PRIZE_HEADS.contains(&head) && !after_year {
        WORK_OF_ART
    } else if LOC_HEADS.contains(&head) && !after_year && !matches!(m.label, FAC | EVENT) {
        LOC
    } else if (GPE_HEADS.contains(&head) && !after_year && m.label != FAC)
        || (TOWN_HEADS.contains(&head) && m.label == PERSON)
    {
        GPE
    } else if !after_year
        && ((FAC_HEADS.contains(&head) && matches!(m.label, PERSON | GPE | LOC | NORP | PRODUCT))
            || ((ROAD_HEADS.contains(&head)
                || CAMP_HEADS.contains(&head)
                || VENUE_HEADS.contains(&head)
                || (head == "Station" && matches!(before, "Force" | "Air" | "Naval"))
                || (head == "House" && before == "Opera")
                || text
                    .split(' ')
                    .next()
                    .is_some_and(|first| FAC_LEADS.contains(&first)))
                && matches!(m.label, ORG | PERSON | GPE | LOC | NORP | PRODUCT | EVENT)))
    {
        FAC
    } else if COMPANY_HEADS.contains(&head)
        && matches!(m.label, PERSON | GPE | LOC | NORP | PRODUCT | FAC)
    {
        ORG
    } else {
        return m;
    };
    Mention { label, ..m }
}

/// A reporting period the model took for a name or a count, alone (`Q2` a CARDINAL) or at a
/// name's end (`Samsung Electronics Q2` one ORG, `Sony FY25` a PERSON): alone it is a DATE; at
/// the end it is cut off, and the rules stage, which only fills gaps, dates it.
fn without_period_code(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{DATE, TIME};
    if matches!(m.label, DATE | TIME) {
        return m;
    }
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    // The text first: a code ends with a digit, then the last word as written.
    if !text.ends_with(|c: char| c.is_ascii_digit())
        || !rules::is_period_code(spaces::last_word(text))
    {
        return m;
    }
    let r = token_range(doc, m.span);
    match r.len() {
        0 => m,
        1 => Mention { label: DATE, ..m },
        _ => Mention {
            span: Span::new(m.span.start, doc.tokens[r.end - 2].end),
            ..m
        },
    }
}

/// A law's year in its short title, as Commonwealth laws are cited (`the Companies Act 2006`,
/// `the Digital Personal Data Protection Act, 2023`): part of the name. The tagger ended the
/// LAW before the year, which it made a DATE or a CARDINAL. (`the Act of 1965`, as OntoNotes
/// writes American laws, keeps `of 1965` apart.)
fn law_with_its_year(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::LAW {
        return m;
    }
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    if !LAW_HEADS.contains(&spaces::last_word(text)) {
        return m;
    }
    let r = token_range(doc, m.span);
    let n = doc.tokens.len();
    let year_at = |k: usize| k < n && is_year(doc.token_text(k));
    let e = if year_at(r.end) {
        r.end
    } else if r.end + 1 < n && doc.token_text(r.end) == "," && year_at(r.end + 1) {
        r.end + 1
    } else {
        return m;
    };
    Mention {
        span: Span::new(m.span.start, doc.tokens[e].end),
        ..m
    }
}

/// A storm named the British, Irish and American way (`Storm Eowyn`, `Tropical Storm Alberto`,
/// `Winter Storm Elliott`), an EVENT as named hurricanes and typhoons are (all 26 in
/// OntoNotes): the model tags the name after `Storm` as a PERSON, or the whole as an ORG. A
/// bare `Storm` counts only where the model kept it out of the name: `Storm Reid`, a person,
/// has it inside.
fn storm_by_its_name(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{EVENT, FAC, GPE, LOC, ORG, PERSON, PRODUCT};
    if !matches!(m.label, PERSON | ORG | GPE | LOC | FAC | PRODUCT) {
        return m;
    }
    // The text first: nearly every name fails here, before its tokens are looked up.
    let (Some(text), Some(before)) = (
        doc.text.get(m.span.start..m.span.end),
        doc.text.get(..m.span.start),
    ) else {
        return m;
    };
    // `[Storm Bert]ORG`: a storm read whole as a body or a place (a person named Storm is a
    // PERSON, and `Seattle Storm` ends with the word).
    let whole = m.label != PERSON
        && text
            .strip_prefix("Storm ")
            .is_some_and(|name| name.starts_with(char::is_uppercase) && !name.contains(' '));
    if whole {
        return Mention { label: EVENT, ..m };
    }
    let inside = text.starts_with("Tropical Storm ") || text.starts_with("Winter Storm ");
    let after_storm = m.label == PERSON && before.ends_with("Storm ");
    if !inside && !after_storm {
        return m;
    }
    let r = token_range(doc, m.span);
    if inside {
        return if (3..=4).contains(&r.len()) {
            Mention { label: EVENT, ..m }
        } else {
            m
        };
    }
    if r.start == 0 || r.len() > 2 || doc.token_text(r.start - 1) != "Storm" {
        return m;
    }
    let kind = |k: usize| matches!(doc.token_text(k), "Tropical" | "Winter");
    let mut s = r.start - 1;
    if s > 0 && kind(s - 1) {
        s -= 1;
    }
    Mention {
        span: Span::new(doc.tokens[s].start, m.span.end),
        label: EVENT,
    }
}

/// Cuts the first side of a score off a name the tagger ran into it (`[Aston Villa 2]-1`, read
/// as a LAW as `Proposition 2` would be): the team is the name, the score a count.
fn without_score(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{CARDINAL, DATE, MONEY, PERCENT, QUANTITY, TIME};
    if matches!(m.label, CARDINAL | DATE | TIME | MONEY | PERCENT | QUANTITY)
        || !doc
            .text
            .get(..m.span.end)
            .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
    {
        return m;
    }
    let r = token_range(doc, m.span);
    let (last, n) = (r.end - 1, doc.tokens.len());
    if r.len() < 2
        || last + 2 >= n
        || !is_short_number(doc.token_text(last))
        || !matches!(doc.token_text(last + 1), "-" | "–")
        || !doc.glued(last)
        || !doc.glued(last + 1)
        || !is_short_number(doc.token_text(last + 2))
    {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, doc.tokens[last - 1].end),
        ..m
    }
}

/// Whether `w` is a number of one to three digits, as each side of a score is (`98-95`).
fn is_short_number(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `w` is a year as news writes one: four digits from 1900 to 2099.
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && matches!(w.parse::<u16>(), Ok(1900..=2099))
}

/// Prepositions after which a bare year is a date: `between 2020 and 2022`, `since 1998`.
/// (`by`, `to` and `for` are read apart, with the word before them: `rose by 2000`, `up to
/// 2000`, [`CHANGE_WORDS`].)
const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "between", "from", "until", "till", "before", "after", "during", "through",
];

/// Words of change or amount before `by` or `to`, after which a year-like number is a count
/// (`rose by 2000`, `up to 2000`, `amounted to 2000`).
const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "dropped",
    "drop",
    "drops",
    "climbed",
    "climb",
    "jumped",
    "jump",
    "declined",
    "decline",
    "up",
    "down",
    "cut",
    "cuts",
    "raised",
    "raise",
    "reduced",
    "reduce",
    "gained",
    "gain",
    "lost",
    "slipped",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "added",
    "amounted",
    "amount",
    "amounts",
    "totaled",
    "totalled",
    "shrank",
    "expanded",
    "doubled",
    "tripled",
    "more",
    "less",
    "fewer",
    "than",
    "about",
    "nearly",
    "almost",
    "some",
    "around",
    "from",
];

/// Words after a bare number that make it a road (`the 101 freeway`), FAC in OntoNotes.
const ROAD_WORDS: &[&str] = &["freeway", "highway", "expressway", "motorway", "interstate"];

/// Fraction words that are also ordinals.
const FRACTIONS: &[&str] = &[
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words that hedge an amount; OntoNotes keeps them inside its mention (`[about a third] of`).
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "some",
    "over",
    "under",
    "only",
    "just",
];

/// Reads `a third of` as a share, a CARDINAL with its article and hedge (`roughly a third of the
/// world's lithium`), where the model, seeing an ordinal word, said ORDINAL. OntoNotes train has
/// `third` before `of` as part of a CARDINAL 8 times and never as an ORDINAL, which it keeps
/// for ranks (`a third term`, `the third country`).
fn fraction_as_count(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::ORDINAL {
        return m;
    }
    let r = token_range(doc, m.span);
    let lower = |k: usize| doc.token_text(k).to_ascii_lowercase();
    let f = r.end.saturating_sub(1);
    let shared = (1..=2).contains(&r.len())
        && f >= 1
        && r.end < doc.tokens.len()
        && FRACTIONS.contains(&lower(f).as_str())
        && lower(r.end) == "of"
        && matches!(lower(f - 1).as_str(), "a" | "one")
        && (r.len() == 1 || r.start == f - 1);
    if !shared {
        return m;
    }
    let mut s = f - 1;
    if s >= 2
        && matches!(
            (lower(s - 2).as_str(), lower(s - 1).as_str()),
            ("more" | "less" | "fewer", "than") | ("at", "least") | ("up", "to")
        )
    {
        s -= 2;
    } else if s >= 1 && HEDGES.contains(&lower(s - 1).as_str()) {
        s -= 1;
    }
    Mention {
        span: Span::new(doc.tokens[s].start, m.span.end),
        label: Label::CARDINAL,
    }
}

/// Reads a mention made only of numbers and punctuation (`104`, `104 & 12/3`) that the model
/// gave a name's label as a count: a team bowled out `for 104` was an ORG, `the 288 seats` a
/// FAC. OntoNotes has 2,283 such CARDINALs against 6 ORGs and 5 PERSONs; an aircraft's `747`
/// (PRODUCT) and `9/11` (EVENT) keep their labels, as does a quoted title (`"1984"`), and a
/// number before a road word is the road (`the 101 freeway`, FAC).
/// An amount led by a currency code is money whatever the model called it (`Rs 409.25` was a
/// FAC).
fn number_as_count(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{CARDINAL, EVENT, FAC, MONEY, PRODUCT};
    // Both readings need a digit: most names have none, and are passed over here.
    if m.label.is_numeric()
        || matches!(m.label, PRODUCT | EVENT)
        || !doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| crate::tokenize::has_ascii_digit(t.as_bytes()))
    {
        return m;
    }
    let r = token_range(doc, m.span);
    let word = |k: usize| doc.token_text(k);
    let digit_first = |w: &str| w.as_bytes()[0].is_ascii_digit();
    if r.len() >= 2
        && rules::CURRENCY_SYMBOL_WORDS.contains(word(r.start))
        && digit_first(word(r.start + 1))
        && r.clone().skip(2).all(|k| {
            let w = word(k);
            digit_first(w) || rules::SCALES.contains(&w) || w == ","
        })
    {
        return Mention { label: MONEY, ..m };
    }
    let numeric = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'/' | b'&' | b'-' | b':'))
    };
    if r.is_empty() || !digit_first(word(r.start)) || !r.clone().all(|k| numeric(word(k))) {
        return m;
    }
    // A title in quotation marks that a stage found after the work's noun (`Orwell's novel
    // "1984"`) stays a title.
    let quoted = m.label == crate::analysis::Label::WORK_OF_ART
        && r.start > 0
        && r.end < doc.tokens.len()
        && is_quote(word(r.start - 1))
        && is_quote(word(r.end));
    if quoted {
        return m;
    }
    let road = r.end < doc.tokens.len()
        && ROAD_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word(r.end)));
    Mention {
        label: if road { FAC } else { CARDINAL },
        ..m
    }
}

/// Nouns after a bare year that make it the year of something (`2019 levels`, `the 2000
/// election`, `the court's 2023 ruling`, `their 2021 single`): a DATE, as OntoNotes labels
/// every such year (9 of 9; a year before any lower-case word is a DATE 481 times and a
/// CARDINAL 6, all of those counts of people or votes), where the model, among counts, read a
/// CARDINAL.
const YEAR_NOUNS: &[&str] = &[
    "level",
    "levels",
    "result",
    "results",
    "election",
    "elections",
    "census",
    "season",
    "budget",
    "report",
    "figures",
    "campaign",
    "edition",
    "survey",
    "tournament",
    "harvest",
    "vintage",
    "deadline",
    "target",
    "targets",
    "review",
    "floods",
    "earthquake",
    "uprising",
    "crisis",
    "ruling",
    "decision",
    "law",
    "measure",
    "referendum",
    "vote",
    "plan",
    "agreement",
    "deal",
    "study",
    "model",
    "single",
    "album",
    "LP",
    "EP",
    "film",
    "movie",
    "attack",
    "attacks",
    "war",
    "final",
    "draft",
    "class",
    "recession",
    "merger",
];

/// Words after a bare number that leave it a date or an age: units of time, and the words
/// an age stands before (`19 at the time`, `75 now`, `80 and lives`).
const NOT_COUNTED: &[&str] = &[
    "years",
    "year",
    "days",
    "day",
    "months",
    "month",
    "weeks",
    "week",
    "decades",
    "decade",
    "centuries",
    "century",
    "hours",
    "hour",
    "minutes",
    "nights",
    "night",
    "seasons",
    "season",
    "quarters",
    "quarter",
    "now",
    "and",
    "or",
    "but",
    "nor",
    "at",
    "when",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "who",
    "with",
    "in",
    "on",
    "of",
    "to",
    "for",
    "from",
    "by",
    "as",
    "than",
    "then",
    "this",
    "that",
    "the",
    "old",
    "until",
    "till",
    "before",
    "after",
    "ago",
    "later",
    "earlier",
    "since",
    "through",
    "she",
    "they",
    "we",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "so",
    "if",
    "while",
    "because",
    "also",
    "still",
    "already",
    "alone",
    "only",
    "just",
    "next",
    "last",
    "onwards",
    "yet",
    "again",
    "into",
    "over",
    "under",
    "not",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "plus",
];

/// Whether token `k`, a bare number of at most three digits, counts the lower-case word after
/// it (`49 unforced errors`), where no age word stands before it (`aged 54`).
fn counts_the_word_after(doc: &Doc, k: usize) -> bool {
    let w = doc.token_text(k);
    if w.is_empty() || w.len() > 3 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(next) = (k + 1 < doc.tokens.len()).then(|| doc.token_text(k + 1)) else {
        return false;
    };
    next.len() >= 3
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && doc.spaced(k)
        && !NOT_COUNTED.contains(&next)
        && !k.checked_sub(1).is_some_and(|j| {
            let b = doc.token_text(j);
            ["age", "aged", "ages", "ageing", "aging"]
                .iter()
                .any(|a| b.eq_ignore_ascii_case(a))
        })
}

/// Seasons, which with `of` date a year: `the winter of 2021`.
const SEASONS: &[&str] = &["winter", "summer", "spring", "autumn", "fall"];

/// Corrects a DATE / CARDINAL reading that the words make plain:
/// - a bare year after a preposition of time, or joined by `and`, `to` or a dash to a year
///   that follows one (`between 2020 and 2022`), is a DATE, where the tagger, seeing counts
///   all around (`1.8 million infants ... between 2020 and 2022`), had two CARDINALs;
/// - two numbers of at most three digits joined by a dash (`98-95`, `74-24`, `7-6`) are a score
///   or a vote, not a date or an amount: CARDINAL. A date range has a year (`2019-20`) or a
///   month (`May 5-7`), an amount its sign;
/// - a count ending in a number with its unit written onto it (`more than 1,000km`) is a
///   QUANTITY; an amount does not end in a code (`[$1.6B] XM30`);
/// - a scale word after an amount or a count that ends with its number is part of it
///   (`Rs 1,200 crore`);
/// - a count right after a currency sign or code is an amount, and the sign is part of it:
///   `Rs 2 lakh` (the tagger had `2 lakh` a QUANTITY, beside `Rs 4.5 crore` a MONEY); so is a
///   count with the code written onto it (`Rs25 million` was a CARDINAL).
fn number_read_in_context(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{CARDINAL, DATE, MONEY, ORDINAL, QUANTITY};
    if !matches!(m.label, CARDINAL | QUANTITY | DATE | MONEY) {
        // `[Rs 2]PRODUCT lakh`: the tagger read a code and a number like `Model 3`. Asked of
        // every name: one without a digit is no amount, before its tokens are looked up.
        let digits = doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| crate::tokenize::has_ascii_digit(t.as_bytes()));
        if digits && is_currency_amount(doc, token_range(doc, m.span)) {
            return number_read_in_context(doc, Mention { label: MONEY, ..m });
        }
        // `trails Labor [48-52]PRODUCT`: a score or a tally alone is a count; sides of three
        // digits are a model's number (`Boeing 737-800`).
        let t = doc.text.as_bytes();
        if digits && m.span.len() <= 5 && score_at(t, m.span.start) == Some(m.span.end) {
            return Mention {
                label: CARDINAL,
                ..m
            };
        }
        return m;
    }
    let r = token_range(doc, m.span);
    let word = |k: usize| doc.token_text(k);
    // `Rs 1,200 crore`: an amount or a count ending with its number takes the scale word after
    // it (the tagger left `crore` out of a headline's `Rs 1,200 crore package`), and so on
    // (`Rs 1.16 lakh crore`).
    if matches!(m.label, MONEY | CARDINAL)
        && r.start < r.end
        && r.end < doc.tokens.len()
        && (word(r.end - 1).ends_with(|c: char| c.is_ascii_digit())
            || rules::SCALES.contains(&word(r.end - 1)))
        && rules::SCALES.contains(&word(r.end))
    {
        let m = Mention {
            span: Span::new(m.span.start, doc.tokens[r.end].end),
            ..m
        };
        return number_read_in_context(doc, m);
    }
    // `20 euros`, `1.5 billion euro`: a currency named after an amount or a count is part of
    // it; `pounds` only after what the tagger already read as money (else it is a weight), and
    // `won` only after a scale or a number in thousands (`10.4 trillion won`, `87,100 won`;
    // else it is the verb: `of 36 seats, 22 won`).
    let won = |k: usize| {
        word(k) == "won" && (rules::SCALES.contains(&word(k - 1)) || word(k - 1).contains(','))
    };
    // `18.5 South African rand`, `155.20 Japanese yen`: the currency's country between.
    let country = (r.end + 2 < doc.tokens.len()
        && rules::is_cap(word(r.end))
        && (is_currency_name(word(r.end + 1))
            || (rules::is_cap(word(r.end + 1)) && is_currency_name(word(r.end + 2)))))
    .then(|| {
        if is_currency_name(word(r.end + 1)) {
            1
        } else {
            2
        }
    });
    if let Some(k) = country.filter(|_| {
        matches!(m.label, MONEY | CARDINAL | QUANTITY)
            && r.start < r.end
            && ends_a_number(word(r.end - 1))
    }) {
        return Mention {
            span: Span::new(m.span.start, doc.tokens[r.end + k].end),
            label: MONEY,
        };
    }
    if matches!(m.label, MONEY | CARDINAL | QUANTITY)
        && r.start < r.end
        && r.end < doc.tokens.len()
        && ends_a_number(word(r.end - 1))
        && (is_currency_name(word(r.end))
            || won(r.end)
            || (m.label == MONEY && matches!(word(r.end), "pounds" | "pound")))
    {
        return Mention {
            span: Span::new(m.span.start, doc.tokens[r.end].end),
            label: MONEY,
        };
    }
    let relabel = |label| Mention { label, ..m };
    // `more than 1,000km`, `about 1.55C` (in a sentence of temperatures): a count ending in a
    // number with its unit written onto it is a measure, as the same word alone is (the rules stage gives way to the model's longer
    // count).
    if m.label == CARDINAL
        && r.start < r.end
        && (rules::is_glued_measure(word(r.end - 1)) || rules::is_glued_temperature(doc, r.end - 1))
    {
        return relabel(QUANTITY);
    }
    // `[$1.6B XM30]MONEY contract`: an amount ends with its number, scale or currency; a word of
    // letters and digits after it is a code or a model. OntoNotes train has no amount of two
    // words or more ending in such a word (of 2,434).
    if m.label == MONEY && r.len() >= 2 {
        let (w, before) = (word(r.end - 1), word(r.end - 2));
        // The code starts with a letter (`$ 140s` is a price range), is no currency written
        // onto a number (`Rs25`), and the amount before it ends with a number or a scale.
        if w.starts_with(|c: char| c.is_ascii_alphabetic())
            && w.bytes().any(|b| b.is_ascii_digit())
            && !rules::CURRENCY_SYMBOLS.iter().any(|c| {
                w.strip_prefix(c)
                    .is_some_and(|n| n.starts_with(|d: char| d.is_ascii_digit()))
            })
            && (ends_a_number(before) || rules::is_glued_scale(before))
        {
            let m = Mention {
                span: Span::new(m.span.start, doc.tokens[r.end - 2].end),
                ..m
            };
            return number_read_in_context(doc, m);
        }
    }
    // `10 million rupees` read as a QUANTITY.
    if matches!(m.label, CARDINAL | QUANTITY) && r.len() >= 2 && is_currency_name(word(r.end - 1)) {
        return relabel(MONEY);
    }
    // `about £60 million`, `about Rs25 million`, `PKR5bn`: a sign or code before one of the
    // count's numbers, or written onto it.
    let is_digit_first = |w: &str| w.starts_with(|d: char| d.is_ascii_digit());
    if matches!(m.label, CARDINAL | QUANTITY)
        && r.clone().any(|k| {
            let w = word(k);
            // A code written onto a number starts the word, and a digit follows it: a word that
            // starts with a digit or has none (most of them) is passed over before the codes are
            // tried, none of which is empty or starts with a digit.
            (k + 1 < r.end && rules::CURRENCY_SYMBOLS.contains(&w) && is_digit_first(word(k + 1)))
                || (!is_digit_first(w)
                    && w.bytes().any(|b| b.is_ascii_digit())
                    && rules::CURRENCY_SYMBOLS
                        .iter()
                        .any(|c| w.strip_prefix(c).is_some_and(is_digit_first)))
        })
    {
        return relabel(MONEY);
    }
    // The tagger's DATE too (`Rs 25 crore`), and its amount without the code (`Rs 45,000`);
    // a sign (`$`) before an amount is the model recognizer's to take, where it trims (the
    // OntoNotes gold leaves it out of many amounts).
    let code = |w: &str| w.chars().all(|c| c.is_alphabetic() || c == '.');
    if r.start > 0
        && r.start < r.end
        && rules::CURRENCY_SYMBOL_WORDS.contains(word(r.start - 1))
        && (m.label != MONEY || code(word(r.start - 1)))
        && word(r.start).starts_with(|c: char| c.is_ascii_digit())
        && matches!(
            doc.text
                .get(doc.tokens[r.start - 1].end..doc.tokens[r.start].start),
            Some("" | " ")
        )
    {
        // A DATE ran on from the amount into its time (`£84m last year`): the amount is the
        // number and its scale; the rules stage dates what is left.
        let end = if m.label == DATE {
            let amount = |k: &usize| {
                let w = word(*k);
                w.starts_with(|c: char| c.is_ascii_digit()) || rules::SCALES.contains(&w)
            };
            r.clone()
                .take_while(amount)
                .last()
                .map_or(m.span.end, |k| doc.tokens[k].end)
        } else {
            m.span.end
        };
        // Read again with its code: a scale word after it joins it (`[1.16 lakh] crore`).
        let m = Mention {
            span: Span::new(doc.tokens[r.start - 1].start, end),
            label: MONEY,
        };
        return number_read_in_context(doc, m);
    }
    match m.label {
        // `about 2.34 crore women`: a count in South Asian scales, with no currency in it or
        // after it, is no amount.
        MONEY
            if matches!(word(r.end - 1), "crore" | "lakh")
                && r.end < doc.tokens.len()
                && word(r.end).starts_with(|c: char| c.is_ascii_lowercase())
                && !is_currency_name(word(r.end))
                && !r.clone().any(|k| {
                    let w = word(k);
                    !w.starts_with(|c: char| c.is_ascii_alphanumeric())
                        || rules::CURRENCY_SYMBOLS
                            .iter()
                            .any(|c| w.starts_with(c) && c.len() > 1)
                }) =>
        {
            relabel(CARDINAL)
        }
        // `made 49 unforced errors`: a bare number of at most three digits dated by the tagger,
        // before a lower-case word that is no unit of time and none an age stands before (`she
        // was 19 at the time`, `is 75 now`), counts that word. OntoNotes train: such a number
        // before a lower-case word is a CARDINAL 949 times and a DATE 38 (ages, each before
        // one of those words).
        // Read again as a count: a currency after it makes it an amount (`3 euros`).
        DATE if r.len() == 1 && counts_the_word_after(doc, r.start) => {
            number_read_in_context(doc, relabel(CARDINAL))
        }
        // `was fourth`, `started 12th`: a place in a race or a ranking. A day of the month keeps
        // its DATE (`on 29th`, `the wedding is the twelfth`, `July 4th`, `4th of July`).
        DATE if r.len() == 1 && rules::is_ordinal(word(r.start)) => {
            let k = r.start;
            let at = |j: usize| (j < doc.tokens.len()).then(|| word(j));
            let day = k.checked_sub(1).map(word).is_some_and(|w| {
                w.eq_ignore_ascii_case("the")
                    || rules::MONTHS.contains(&w)
                    || TIME_PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str())
            }) || (at(k + 1) == Some("of")
                && at(k + 2).is_some_and(|w| rules::MONTHS.contains(&w)));
            if day {
                m
            } else {
                relabel(ORDINAL)
            }
        }
        CARDINAL if r.len() == 1 && is_year(word(r.start)) => {
            let (k, before) = (r.start, r.start.checked_sub(1).map(word));
            // `the winter of 2021`: the season dates it, and is part of the DATE (the `the`
            // too, as OntoNotes writes `the spring of 2005`).
            if before == Some("of") && k >= 2 && SEASONS.contains(&word(k - 2)) {
                let s = if k >= 3 && word(k - 3).eq_ignore_ascii_case("the") {
                    k - 3
                } else {
                    k - 2
                };
                return Mention {
                    span: Span::new(doc.tokens[s].start, m.span.end),
                    label: DATE,
                };
            }
            if k + 1 < doc.tokens.len() && YEAR_NOUNS.contains(&word(k + 1)) {
                return relabel(DATE);
            }
            let after_preposition = |w: Option<&str>| {
                w.is_some_and(|w| YEAR_PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str()))
            };
            let second_of_range = matches!(before, Some("and" | "to" | "-" | "–"))
                && k >= 3
                && is_year(word(k - 2))
                && after_preposition(Some(word(k - 3)));
            // `no earlier than 2030`, `no later than 2027`: a deadline (`more than 2000` is a
            // count).
            let deadline = before == Some("than")
                && k >= 2
                && matches!(word(k - 2), "earlier" | "later" | "sooner");
            // `the baseline for 2028`, `$15 by 2026`, `delayed to 2026` (rs23): `for`, `by` and
            // `to` too, but not after a word of change or amount (`rose by 2000`, `up to
            // 2000`) nor `to` after a number (`1500 to 1999`). OntoNotes train: a year alone after `by`, `to`, `until` or
            // `for` is a DATE 90 times and never a CARDINAL.
            let by_a_year = matches!(before, Some("for" | "by" | "to"))
                && k >= 2
                && !CHANGE_WORDS.contains(&word(k - 2))
                && !(before == Some("to") && word(k - 2).starts_with(|c: char| c.is_ascii_digit()));
            if after_preposition(before) || second_of_range || deadline || by_a_year {
                relabel(DATE)
            } else {
                m
            }
        }
        // `7-6` in a tennis score, read as an amount (no sign, no currency: `$5-10` keeps its
        // sign) as the date below.
        DATE | MONEY => {
            let Some(text) = doc.text.get(m.span.start..m.span.end) else {
                return m;
            };
            let mut parts = text.split(['-', '–']);
            let short_number = |p: Option<&str>| p.is_some_and(is_short_number);
            if short_number(parts.next()) && short_number(parts.next()) && parts.next().is_none() {
                relabel(CARDINAL)
            } else {
                m
            }
        }
        _ => m,
    }
}

/// Whether tokens `r` are a currency sign or code, a number and perhaps scale words, in a form
/// no model or product name takes: a sign that is no word (`₹ 40`), a scale in or right after
/// it (`Rs 2 lakh`), or a number with a comma or a point (`Rs 1,200`). `SR 71` and `RM 2` stay
/// what the tagger made them.
fn is_currency_amount(doc: &Doc, r: std::ops::Range<usize>) -> bool {
    let word = |k: usize| doc.token_text(k);
    if r.len() < 2 || !rules::CURRENCY_SYMBOL_WORDS.contains(word(r.start)) {
        return false;
    }
    let number = word(r.start + 1);
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || !(r.start + 2..r.end).all(|k| rules::SCALES.contains(&word(k)))
    {
        return false;
    }
    let sign = !word(r.start).chars().any(char::is_alphabetic);
    let scale = r.len() > 2 || (r.end < doc.tokens.len() && rules::SCALES.contains(&word(r.end)));
    sign || scale || number.contains([',', '.'])
}

/// Titles of the clergy, which OntoNotes keeps outside the PERSON they come before.
const CLERGY: &[&str] = &[
    "Pope",
    "Cardinal",
    "Archbishop",
    "Bishop",
    "Father",
    "Sister",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Reverend",
    "Rev.",
];

/// Last words that make a name after a clergy title a church, a school or a company
/// (`Bishop Pipeline Co.`, `Cardinal Health Inc.`, `Bishop Ireton High School`).
const NOT_A_CLERIC: &[&str] = &[
    "Co.",
    "Co",
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Ltd",
    "Ltd.",
    "LLC",
    "Group",
    "Health",
    "Pipeline",
    "Church",
    "Cathedral",
    "Basilica",
    "Conference",
    "Council",
    "School",
    "College",
    "University",
    "Hospital",
    "Foundation",
    "Society",
    "Academy",
    "Institute",
    "Press",
    "Stadium",
];

/// A clergy title and a name read as one organization is the person, without the title:
/// `[Pope Francis]ORG` (twice in one story, where `Pope [Leo XIV]PERSON` was right) and
/// `[Archbishop Blase Cupich]ORG's successor`. OntoNotes train has the capitalized word after
/// Pope, Cardinal, Archbishop, Bishop, Father, Sister, Rabbi, Imam, Sheikh or Reverend inside a
/// PERSON 26 times of 28, the title outside (`Cardinal [Pio Laghi]`, `Pope [John Paul II]`); the
/// two others are `[Bishop Pipeline Co.]ORG` (kept by its company word) and `[Pope]PERSON
/// Wednesday`, a surname (a one-word mention is not read here).
fn clergy_by_title(doc: &Doc, m: Mention) -> Mention {
    if !matches!(
        m.label,
        Label::ORG | Label::NORP | Label::WORK_OF_ART | Label::FAC
    ) {
        return m;
    }
    let r = token_range(doc, m.span);
    if !(2..=5).contains(&r.len()) || !CLERGY.contains(&doc.token_text(r.start)) {
        return m;
    }
    let name = r.start + 1..r.end;
    let named = name.clone().all(|k| {
        let w = doc.token_text(k);
        w.starts_with(|c: char| c.is_uppercase()) && !NOT_A_CLERIC.contains(&w)
    });
    if !named {
        return m;
    }
    Mention {
        span: Span::new(doc.tokens[name.start].start, m.span.end),
        label: Label::PERSON,
    }
}

/// Words before a bare year-like number that make it a count or an amount (`more than 2000`,
/// `about 2000`, `No. 2024`), not a year.
const COUNT_LEADS: &[&str] = &[
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "to",
    "by",
    "#",
    "No.",
    "no.",
    "just",
    "only",
    "approximately",
    "roughly",
    "$",
    "€",
    "£",
];

/// A bare four-digit year, 1950 to 2039, is a DATE wherever it is no count of things: the
/// tagger's CARDINAL on `the 2028 presidential contest`, `spring 2027`, `the 2022 apostolic
/// constitution`, `the floods of 2015 killed`. OntoNotes train has such a number, not before a
/// plural word, as a DATE (or inside one) 1,310 times and as a CARDINAL 5 (`in 2000 , over 700
/// Israelis` and four counts before a plural a word later: `2000 Palestinian deaths`, `2023
/// electoral votes`). So it stays a count before a plural within two words, after a word of
/// comparison or hedging (`more than 2000`, `about 2000`), and next to another number.
fn year_as_date(doc: &Doc, m: Mention) -> Mention {
    let Some(r) = one_token(doc, m, Label::CARDINAL) else {
        return m;
    };
    let k = r.start;
    let w = doc.token_text(k);
    if w.len() != 4 || !matches!(w.parse::<u16>(), Ok(1950..=2039)) {
        return m;
    }
    let n = doc.tokens.len();
    let numeric = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let plural = |w: &str| {
        w.len() > 3
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !matches!(w, "this" | "was" | "has" | "its" | "does" | "goes" | "yes")
    };
    let before = k.checked_sub(1).map(|j| doc.token_text(j));
    let counted = (k + 1..n.min(k + 3)).any(|j| {
        let a = doc.token_text(j);
        plural(a) || matches!(a, "%" | "percent" | "per" | "people" | "-" | "–" | "to")
    });
    let led = before.is_some_and(|b| COUNT_LEADS.contains(&b) || numeric(b))
        || (k + 1 < n && numeric(doc.token_text(k + 1)));
    if counted || led {
        return m;
    }
    Mention {
        label: Label::DATE,
        ..m
    }
}

/// An amount that stops before a scale word of its own takes it (`[₹1.2 lakh]MONEY crore` is
/// ₹1.2 lakh crore, as `[₹1.24 lakh crore]` was read): the scales after an amount's last
/// number or scale, glued by one space, belong to it.
fn amount_with_its_scales(doc: &Doc, m: Mention) -> Mention {
    // A scale word after it starts with one of these letters, one space on.
    let scaled = doc
        .text
        .as_bytes()
        .get(m.span.end..m.span.end + 2)
        .is_some_and(|b| b[0] == b' ' && matches!(b[1], b'm' | b'b' | b't' | b'c' | b'l'));
    if !matches!(m.label, Label::MONEY | Label::CARDINAL) || !scaled {
        return m;
    }
    let Some(r) = whole_tokens(doc, m.span) else {
        return m;
    };
    let n = doc.tokens.len();
    let mut end = r.end;
    while end < n
        && rules::SCALES.contains(&doc.token_text(end))
        && doc.text.get(doc.tokens[end - 1].end..doc.tokens[end].start) == Some(" ")
        && ends_a_number(doc.token_text(end - 1))
    {
        end += 1;
    }
    if end == r.end {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, doc.tokens[end - 1].end),
        ..m
    }
}

/// A number after `No.` is a count or an identifier, never a date (`No. [24-1287]DATE`, a
/// docket number, was the model's; OntoNotes train: `chromosome No. [13]CARDINAL`, `No.
/// [2]CARDINAL in the ratings`).
fn numbered_not_dated(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::DATE
        || !doc
            .text
            .get(..m.span.start)
            .is_some_and(|t| t.ends_with("No. "))
    {
        return m;
    }
    let Some(r) = whole_tokens(doc, m.span) else {
        return m;
    };
    let numbered = r.start > 0
        && doc.token_text(r.start - 1) == "No."
        && doc.first_byte(r.start).is_ascii_digit()
        && doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    if !numbered {
        return m;
    }
    Mention {
        label: Label::CARDINAL,
        ..m
    }
}

/// A year and the verb `marks` read as an amount of German marks (`Noting that [2026
/// marks]MONEY the 75th anniversary`, the model's): where a determiner follows, `marks` is the
/// verb and the year a DATE of its own.
fn year_that_marks(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::MONEY {
        return m;
    }
    let Some(r) = whole_tokens(doc, m.span) else {
        return m;
    };
    let verb = r.len() == 2
        && is_year(doc.token_text(r.start))
        && matches!(doc.token_text(r.start + 1), "marks" | "marked")
        && r.end < doc.tokens.len()
        && matches!(
            doc.token_text(r.end),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "another" | "one" | "two"
        );
    if !verb {
        return m;
    }
    Mention {
        span: doc.tokens[r.start],
        label: Label::DATE,
    }
}

/// Whether `w` can end an amount: a number or a scale (`20`, `1.5 billion`, `Rs 2 lakh`).
fn ends_a_number(w: &str) -> bool {
    w.ends_with(|c: char| c.is_ascii_digit())
        || rules::SCALES.contains(&w)
        || rules::is_number_word(w)
}

/// Whether `w` names a currency, in any case (`Euros` in a headline).
fn is_currency_name(w: &str) -> bool {
    rules::CURRENCY_NAME_WORDS.contains_ignoring_ascii_case(w)
}

/// Cuts a clock time off the end of a DATE (`November 23, 2024 [21:14]`): OntoNotes labels the
/// time apart, as a TIME (`Jan 13 , 2007` DATE, `13:34:56` TIME), and the model, which read a
/// morning's `10:14` apart, ran the date on over an afternoon's `21:14`.
fn without_clock_tail(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::DATE
        || !doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| t.contains(':'))
    {
        return m;
    }
    let r = token_range(doc, m.span);
    match (r.start + 1..r.end).find(|&k| rules::is_colon_clock(doc.token_text(k))) {
        Some(k) => Mention {
            span: Span::new(m.span.start, doc.tokens[k - 1].end),
            label: m.label,
        },
        None => m,
    }
}

/// Whether `text` holds a possessive followed by a space (`'s ` or `’s `), as
/// `text.contains("'s ") || text.contains("’s ")` says, found with a byte loop: asked of many
/// mentions, where two substring searches set up a searcher each (in wasm, without SIMD, a
/// visible share of the profile).
pub(crate) fn has_inner_possessive(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1)).any(|k| {
        b[k] == b's'
            && b[k + 1] == b' '
            && (b[k - 1] == b'\'' || (k >= 3 && b[k - 3..k] == *"’".as_bytes()))
    })
}

/// Cuts a DATE at a possessive before a name (`[last year]’s Pixel 9`): the name is what the
/// date owns, another entity (OntoNotes: `last year 's` DATE, then `Chinese New Year` EVENT,
/// `National Assembly` ORG), and the possessive itself is never part of an entity.
fn without_possessed_name(doc: &Doc, m: Mention) -> Mention {
    if m.label != Label::DATE
        || !doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(has_inner_possessive)
    {
        return m;
    }
    let r = token_range(doc, m.span);
    // Only before a name: `1989's first seven months` is one DATE in OntoNotes.
    let possessive =
        |k: usize| matches!(doc.token_text(k), "'s" | "’s") && rules::is_cap(doc.token_text(k + 1));
    match (r.start + 1..r.end.saturating_sub(1)).find(|&k| possessive(k)) {
        Some(k) => Mention {
            span: Span::new(m.span.start, doc.tokens[k - 1].end),
            label: m.label,
        },
        None => m,
    }
}

/// Cuts `… on Tuesday` off a non-temporal mention: a name never ends with a preposition and a
/// date, but a statistical tagger sometimes runs on (`the Foreign Office on Tuesday` as one
/// ORG). The cut-off date is left for the rules stage to label.
///
///
/// A weekday right after a word in lower case is cut off as well (`the Great Lakes region
/// Wednesday` was one EVENT): in OntoNotes train no name ends so. After a capitalized word it
/// can be the name's own (`Sheffield Wednesday`, a club; `Second Justice Sunday`, an event).
fn without_temporal_tail(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{DATE, EVENT, TIME};
    if matches!(m.label, DATE | TIME) {
        return m;
    }
    let (first, last) = {
        let r = token_range(doc, m.span);
        (r.start, r.end)
    };
    let cut = |end: usize| Mention {
        span: Span::new(m.span.start, doc.tokens[end - 1].end),
        label: m.label,
    };
    if m.label != EVENT {
        for k in first + 1..last.saturating_sub(1) {
            if !TIME_PREPOSITIONS.contains(&doc.token_text(k)) {
                continue;
            }
            let tail = k + 1..last;
            let named_day = tail.clone().any(|j| {
                let w = doc.token_text(j);
                rules::WEEKDAYS.contains(&w)
                    || rules::MONTHS.contains(&w)
                    || rules::RELATIVE_DAYS.contains(&w)
            });
            if named_day && tail.clone().all(|j| is_date_word(doc.token_text(j))) {
                return cut(k);
            }
        }
    }
    let weekday_after_lower = last >= first + 2
        && rules::WEEKDAYS.contains(&doc.token_text(last - 1))
        && doc
            .token_text(last - 2)
            .starts_with(|c: char| c.is_lowercase());
    if weekday_after_lower {
        return cut(last - 1);
    }
    m
}

/// [`HONORIFICS`] with a pre-test: asked of every mention's first word ([`without_honorific`]),
/// most of which share no first and last byte and length with a title.
const HONORIFIC_WORDS: Words = Words::new(HONORIFICS);

/// Courtesy titles and ranks that precede a name but are not part of it (OntoNotes and the
/// project's guidelines both keep them outside PERSON).
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "President",
    "Premier",
    "PM",
    // Pakistani papers' Deputy Prime Minister and Foreign Minister (`DPM Dar`, `FM Dar`).
    "DPM",
    "FM",
    "Minister",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "Gen.",
    "General",
    "Col.",
    "Lt.",
    "Capt.",
    "Sgt.",
    "Ambassador",
    "Judge",
    "Justice",
    "Mayor",
    "Chairman",
    "Secretary",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    // Gulf rulers' title (`Emir Sheikh Tamim bin Hamad Al Thani`); OntoNotes train keeps
    // `Sheikh` out of the name 9 times of 11. (`Amir` and `Sultan` are given names too.)
    "Emir",
    "Rev.",
    "Father",
    "Sister",
    "Brother",
    "Imam",
    "Rabbi",
    "Bishop",
    // rs25: `[Actor Vijay]PERSON`; OntoNotes: `Actor [Jamie ..]PERSON`, `Writer [Lin ..]PERSON`.
    "Actor",
    "Actress",
    "CM",
    "Cllr",
    "Cllr.",
    "Councillor",
    "Councilor",
    "Rapporteur",
    // rs22: Xinhua's `Spokesperson Mao Ning`, The News' `Lt Col Tajul Islam Chowdhury`
    // (OntoNotes: `Spokesman [P.J. Crowley]PERSON`, `Lt. Col. [..]PERSON`).
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Lt",
    "Col",
    // rs23: Bangladeshi and Pakistani papers' ranks without their periods (`Lt Gen`, `Brig`,
    // `Maj Gen`; OntoNotes: `Gen. [Noriega]PERSON`, `Lt. Col. [Oliver North]PERSON`).
    "Gen",
    "Brig",
    "Maj",
    "Capt",
];

/// Words that make up titles with the [`HONORIFICS`] (`Deputy PM`, `State Councillor`) but
/// name no one on their own.
const TITLE_PARTS: &[&str] = &[
    // `Crown Prince` alone (rs23s: Wion's `meets [Crown Prince]PERSON`).
    "Crown",
    "Deputy",
    "Vice",
    "Prime",
    "Acting",
    "State",
    "Councillor",
    "Councilor",
    "Minister",
    "PM",
    "DPM",
    "CM",
    "DG",
    "Chief",
    "Executive",
    "Operating",
    "Financial",
    "Medical",
    "Officer",
];

/// One-word mentions that are titles whatever the context (`President`, `DPM`); the other
/// [`HONORIFICS`] can be names too (`Prince`, `Queen`, `General`, `Father`). The plurals too
/// (rs21: The Hindu's `The two [Ministers]ORG also discussed`): OntoNotes train leaves these
/// plurals alone untagged 14 times and has them alone in no entity (`Finance Ministers agreed`,
/// `Senators [Kerry]`).
const TITLES_ALONE: &[&str] = &[
    "President",
    "Premier",
    "PM",
    "DPM",
    "CM",
    "DG",
    "Minister",
    "Senator",
    "Governor",
    "Ambassador",
    "Mayor",
    "Chairman",
    "Secretary",
    // rs23s: `National Security [Adviser]PERSON` (OntoNotes train tags `Adviser` in no entity).
    "Gen",
    "Brig",
    "Adviser",
    "Advisor",
    "Presidents",
    "Ministers",
    "Senators",
    "Governors",
    "Ambassadors",
    "Mayors",
    "Secretaries",
];

/// [`TITLES_ALONE`] with a pre-test ([`is_title_only`] asks it of every mention).
const TITLE_ALONE_WORDS: Words = Words::new(TITLES_ALONE);

/// Builds the lists and word sets the stages read, now rather than on the first text
/// ([`crate::load`]); the model and the gazetteer are built with the pipeline.
pub(crate) fn load() {
    calendar::load();
    languages::load();
    recase::load();
    is_title_word("");
    is_ruler_or_title("");
}

/// A word of a title: one of the [`HONORIFICS`] or the [`TITLE_PARTS`].
fn is_title_word(w: &str) -> bool {
    // Asked of the words of most names: one lookup, not a comparison with each of the 60-odd
    // titles.
    static WORDS: std::sync::OnceLock<crate::wordmap::WordSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| HONORIFICS.iter().chain(TITLE_PARTS).copied().collect())
        .contains(w)
}

/// The tokens a span covers.
pub(crate) fn token_range(doc: &Doc, span: Span) -> std::ops::Range<usize> {
    // The index is made out of line, in a call that the first ask alone makes: with its
    // making inlined here, `token_range` (asked ~95,000 times in the seeds bench) saved
    // registers and copied the `Doc` to its stack on every call, ~12 instructions of its ~67.
    match doc.index.get() {
        Some(index) => token_range_in(index, doc, span),
        None => token_range_first(doc, span),
    }
}

/// [`token_range`] where the doc's [`TokenIndex`] is not made yet.
#[cold]
#[inline(never)]
fn token_range_first(doc: &Doc, span: Span) -> std::ops::Range<usize> {
    token_range_in(token_index(doc), doc, span)
}

#[inline(always)]
fn token_range_in(index: &TokenIndex, doc: &Doc, span: Span) -> std::ops::Range<usize> {
    let start = index.first_ending_after(doc.tokens, span.start);
    // Asked of every mention, which holds a few tokens: its end is walked to from its first
    // token instead of searched for over the whole document. (Every token before `start` ends
    // by the span's start, so starts before its end: the search would find the same.)
    let mut end = start;
    while end < doc.tokens.len() && doc.tokens[end].start < span.end {
        end += 1;
    }
    start..end
}

/// `doc.tokens.partition_point(|t| t.end <= at)`, walked to from the doc's [`TokenIndex`].
fn first_token_ending_after(doc: &Doc, at: usize) -> usize {
    let index = match doc.index.get() {
        Some(index) => index,
        None => token_index(doc),
    };
    index.first_ending_after(doc.tokens, at)
}

/// The doc's [`TokenIndex`], made on the first call.
#[cold]
#[inline(never)]
fn token_index<'d>(doc: &'d Doc) -> &'d TokenIndex {
    doc.index
        .get_or_init(|| TokenIndex::new(doc.text.len(), doc.tokens))
}

/// The tokens that make up `span` exactly, if it starts and ends on token boundaries.
pub(crate) fn whole_tokens(doc: &Doc, span: Span) -> Option<std::ops::Range<usize>> {
    let r = token_range(doc, span);
    (r.start < r.end
        && doc.tokens[r.start].start == span.start
        && doc.tokens[r.end - 1].end == span.end)
        .then_some(r)
}

/// A PERSON or ORG mention made of titles only (`Deputy PM`, `The DPM`, `State Councillor`),
/// or a name mention of one title alone (`PM`): the project's guidelines make no entity of a
/// title alone, and the model, which has seen `Foreign Minister Wang Yi`, sometimes tags the
/// title when no name follows.
fn is_title_only(doc: &Doc, m: Mention) -> bool {
    use crate::analysis::Label::{ORG, PERSON};
    if m.label.is_numeric() {
        return false;
    }
    // Under any label, a title alone: `Special Assistant to the [PM]GPE` was the model's.
    if !matches!(m.label, ORG | PERSON) {
        return doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| TITLE_ALONE_WORDS.contains(t));
    }
    let r = token_range(doc, m.span);
    // One word between two titles is a title's part, never a person (`Chief [Cabinet]PERSON
    // Secretary`; OntoNotes train: a word there is untagged 17 times of 19, an ORG twice).
    let between_titles = m.label == PERSON
        && r.len() == 1
        && r.start > 0
        && r.end < doc.tokens.len()
        && is_title_word(doc.token_text(r.start - 1))
        && is_title_word(doc.token_text(r.end));
    match r.len() {
        0 => false,
        1 => TITLE_ALONE_WORDS.contains(doc.token_text(r.start)) || between_titles,
        _ => matches!(m.label, ORG | PERSON) && r.clone().all(|i| is_title_word(doc.token_text(i))),
    }
}

/// Sounds a speaker makes, written in transcripts and interviews: never names. The model,
/// which never saw `Mm` (OntoNotes train has none), reads the one-word sentence `Mm.` as a
/// PERSON, as it does any capitalized word it does not know. (`Oh` and `Ah` are surnames too.)
const FILLERS: &[&str] = &[
    "mm", "mmm", "mhm", "mm-hmm", "hmm", "hm", "uh", "uh-huh", "uh-oh", "um", "umm", "er", "erm",
    "huh", "ooh", "ugh",
];

/// Technologies written in capitals that the model, trained on text older than them, takes
/// for names: `generative AI` a GPE, `the AI boom` an ORG (OntoNotes has no bare `AI`). A name
/// with more words keeps it (`Mistral AI`, `the AI Act`).
///
/// A memorandum of understanding, as South Asian and Gulf papers write it (`sign [MoUs]ORG
/// worth $3 billion`, rs23s; OntoNotes writes the words out, in no entity).
const TERMS: &[&str] = &[
    "AI",
    "Generative AI",
    "generative AI",
    "MoU",
    "MoUs",
    "MOU",
    "MOUs",
];

/// Common nouns written as acronyms, which the model reads as organizations because they are
/// in capitals (`[DNA]ORG`, `[LNG]ORG`, `[GST]ORG` in stories on science, shipping and tax).
/// OntoNotes leaves them out: `CEO` 31 of 31, `GDP` 27 of 28, `DNA` 16 of 16, `AIDS` 60 of
/// 63. Names of more words keep them (`the VAT Act`). Chemical formulas too (`[CO2]PRODUCT
/// emissions`, `PM2.5`). Sorted, for a binary search.
const COMMON_ACRONYMS: &[&str] = &[
    "AIDS", "ATM", "ATMs", "CCTV", "CD", "CEO", "CEOs", "CFO", "CH4", "CNG", "CO2", "COO", "CPI",
    "CPU", "CTO", "DNA", "DVD", "EBITDA", "ESG", "ETF", "ETFs", "EV", "EVM", "EVMs", "EVs", "GDP",
    "GMO", "GPS", "GPU", "GPUs", "GST", "H2O", "HIV", "ICU", "IPO", "IPOs", "IQ", "KPI", "LED",
    "LNG", "LPG", "MRI", "MVP", "N2O", "NGO", "NGOs", "NO2", "ODI", "ODIs", "OTP", "PDF", "PM10",
    "PM2.5", "PPE", "QR", "RNA", "SMS", "SO2", "SUV", "SUVs", "T20I", "T20Is", "TD", "TDs", "TPU",
    "USB", "UV", "VAT", "VLCC", "VLCCs", "VPN", "VVPAT",
];

/// The first letters of the [`FILLERS`] (a unit test checks): a short mention that starts
/// with none of them, ignoring ASCII case, is none of them.
const FILLER_FIRSTS: &[u8] = b"ehmou";

/// The longest of the [`FILLERS`] and the [`COMMON_ACRONYMS`], in bytes.
const SHORT_NO_NAME_LEN: usize = 6;

/// Whether `w` starts as each of the [`COMMON_ACRONYMS`] does (a unit test checks): a capital
/// letter, then a capital or a digit. Names (`China`, `Biden`) are turned down before the
/// search.
fn is_acronym_like(w: &[u8]) -> bool {
    w.len() >= 2
        && w[0].is_ascii_uppercase()
        && (w[1].is_ascii_uppercase() || w[1].is_ascii_digit())
}

/// A mention that is one such sound, or such a term.
fn is_no_name(doc: &Doc, m: Mention) -> bool {
    // Asked of every mention of every stage: most are longer than any sound or acronym, and
    // are turned down by their length before the lists are read.
    doc.text.get(m.span.start..m.span.end).is_some_and(|w| {
        // A rights notice's `All Rights Reserved`, which the model made an ORG.
        (w.len() == 19 && w.eq_ignore_ascii_case("All Rights Reserved"))
            || w.len() <= 13
                && (TERMS.contains(&w)
                    || (w.len() <= SHORT_NO_NAME_LEN
                        && ((w
                            .as_bytes()
                            .first()
                            .is_some_and(|b| FILLER_FIRSTS.contains(&b.to_ascii_lowercase()))
                            && FILLERS.iter().any(|f| f.eq_ignore_ascii_case(w)))
                            || (!m.label.is_numeric()
                                && is_acronym_like(w.as_bytes())
                                && COMMON_ACRONYMS.binary_search(&w).is_ok()))))
    })
}

/// India's `Union` before an office in lower case is the central government's, no
/// organization of its own (`[Union]ORG minister Ashwini Vaishnaw` was the model's): the
/// `Union Cabinet` or a ministry's full name keeps it, as those are capitalized.
fn is_union_office(doc: &Doc, m: Mention) -> bool {
    doc.text.get(m.span.start..m.span.end) == Some("Union")
        && doc.text.get(m.span.end..).is_some_and(|rest| {
            let next = rest.strip_prefix(' ').unwrap_or("");
            let word = next
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            matches!(
                word,
                "minister"
                    | "ministers"
                    | "ministry"
                    | "ministries"
                    | "cabinet"
                    | "government"
                    | "budget"
                    | "territory"
                    | "territories"
                    | "home"
                    | "finance"
                    | "health"
                    | "education"
            )
        })
}

/// The words after a disease's name (`Nipah virus`, `Lassa fever`, `Asian flu`).
const DISEASE_HEADS: &[&str] = &["virus", "fever", "flu"];

/// A one-word person, organization, product or work right before `virus`, `fever` or `flu`:
/// a disease's name (`[Nipah]PERSON virus`, `[Zika]PERSON fever`). OntoNotes train: a
/// capitalized word before one of these or `disease`/`syndrome` is nothing 19 times, a place 2
/// (`Palau fever`, kept: places keep their label here), a person or organization of one word
/// never.
fn is_disease_name(doc: &Doc, m: Mention) -> bool {
    use crate::analysis::Label::{ORG, PERSON, PRODUCT, WORK_OF_ART};
    matches!(m.label, PERSON | ORG | PRODUCT | WORK_OF_ART)
        && doc.text.get(m.span.end..).is_some_and(|rest| {
            rest.strip_prefix(' ').is_some_and(|r| {
                DISEASE_HEADS.iter().any(|h| {
                    r.strip_prefix(h)
                        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
                })
            })
        })
        && doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|w| !w.contains(' '))
}

/// Whether token `w` is a dash: a hyphen, a double hyphen, an en or an em dash.
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "--" | "–" | "—")
}

/// Cuts a dash that stands apart before a mention (`- 12 hours ago` in a list of headlines with
/// their ages): a list mark or a pause, never part of a name, a date or an amount. A dash glued
/// to a number is its sign (`-5%`) and stays.
fn without_leading_dash(doc: &Doc, m: Mention) -> Mention {
    // Asked of every candidate: its first character says no before its tokens are looked up.
    if !doc
        .text
        .get(m.span.start..)
        .is_some_and(|t| t.starts_with(['-', '–', '—']))
    {
        return m;
    }
    let r = token_range(doc, m.span);
    if r.len() < 2
        || !is_dash(doc.token_text(r.start))
        || doc.tokens[r.start].end == doc.tokens[r.start + 1].start
    {
        return m;
    }
    Mention {
        span: Span::new(doc.tokens[r.start + 1].start, m.span.end),
        ..m
    }
}

/// Leaves a sentence its closing period where it follows an abbreviation's own (`the [U.S.].`,
/// written `U.S..` when text is put back together from Penn Treebank tokens `U.S.` `.`): the
/// second period ends the sentence, never the name. An abbreviation that ends a sentence with
/// one period keeps it (`in the [U.S.]`), as a reader marks it; OntoNotes would give that
/// period to the sentence, which a highlight should not copy.
fn without_sentence_period(doc: &Doc, m: Mention) -> Mention {
    // Asked of every candidate: its last characters say no before its tokens are looked up.
    if !doc
        .text
        .get(m.span.start..m.span.end)
        .is_some_and(|t| t.ends_with("..") && !t.ends_with("...") && t.len() > 2)
    {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, m.span.end - 1),
        ..m
    }
}

/// Cuts a slash that stands apart after a mention (`in [December] /.`): transcripts mark a
/// pause or a sentence's end with it, and a list writes `Sales / Marketing`. A slash never
/// ends a name, a date or an amount; one inside a span (`9 / 11`) stays. OntoNotes train: 10
/// of its 81,829 entities end with a separate slash token, all of them a transcript's
/// `Linda /.` or `David /?` that the annotators took in by mistake.
fn without_trailing_slash(doc: &Doc, m: Mention) -> Mention {
    // Asked of every candidate: its last character says no before its tokens are looked up.
    let Some(t) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    let Some(before) = t.strip_suffix('/') else {
        return m;
    };
    let kept = before.trim_end();
    if kept.len() == before.len() || kept.is_empty() {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, m.span.start + kept.len()),
        ..m
    }
}

/// Cuts numbers and dashes off the ends of a name (`[Takuya Takagi] 88`, `10 - [Billy Dodds]`
/// in a results table): a person, place or nationality never starts or ends with a bare
/// number (`Formula 1`, `G-20`, `Boeing 747` are ORG, EVENT or PRODUCT, left as they are). An
/// empty span is left when nothing else remains.
fn without_numeric_edges(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{GPE, LOC, NORP, PERSON};
    if !matches!(m.label, PERSON | GPE | NORP | LOC) {
        return m;
    }
    let edge = |i: usize| {
        let w = doc.token_text(i);
        // A dash or a number starts with no letter: most names' first and last words.
        !doc.first_byte(i).is_ascii_alphabetic()
            && (is_dash(w)
                || w.bytes().any(|b| b.is_ascii_digit())
                    && w.bytes()
                        .all(|b| b.is_ascii_digit() || b",.:/-".contains(&b)))
    };
    let r = token_range(doc, m.span);
    let (mut first, mut last) = (r.start, r.end);
    while first < last && edge(first) {
        first += 1;
    }
    while last > first && edge(last - 1) {
        last -= 1;
    }
    if (first, last) == (r.start, r.end) {
        return m;
    }
    let span = if first == last {
        Span::new(m.span.start, m.span.start)
    } else {
        Span::new(
            doc.tokens[first].start.max(m.span.start),
            doc.tokens[last - 1].end.min(m.span.end),
        )
    };
    Mention {
        span,
        label: m.label,
    }
}

/// Words that say how many without being numbers, as counts in the training data have them
/// (`half`, `several`, `a couple`); see [`is_numberless_count`].
const COUNT_WORDS: &[&str] = &[
    "half",
    "halves",
    "quarter",
    "quarters",
    "third",
    "thirds",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "eighth",
    "eighths",
    "ninth",
    "tenth",
    "tenths",
    "hundredth",
    "thousandth",
    "tens",
    "ones",
    "several",
    "few",
    "couple",
    "zero",
    "zeros",
    "many",
    "some",
    "no",
    "score",
    "scores",
    "both",
    "single",
    "double",
    "triple",
    "twice",
];

/// Parts of words that count (`multibillion`, `four-fold`, `one-half`).
const COUNT_PARTS: &[&str] = &["illion", "fold", "half", "hundred", "thousand", "dozen"];

/// A CARDINAL without a digit, a number word or a count word in it (`SCO` tagged CARDINAL by
/// an all-capitals context): a count with nothing that counts is a model error, whatever the
/// text.
fn is_numberless_count(doc: &Doc, m: Mention) -> bool {
    if m.label != crate::analysis::Label::CARDINAL {
        return false;
    }
    let r = token_range(doc, m.span);
    !r.is_empty()
        && !r.into_iter().any(|i| {
            let w = doc.token_text(i);
            let lower = w.to_ascii_lowercase();
            w.bytes().any(|b| b.is_ascii_digit())
                || rules::is_number_word(w)
                || COUNT_WORDS.contains(&lower.as_str())
                || COUNT_PARTS.iter().any(|p| lower.contains(p))
                || lower.split('-').any(rules::is_number_word)
        })
}

/// Names of stock indices and charts written with a number (`the FTSE 100`, `the S&P 500`,
/// `the Billboard Hot 100`, `a Fortune 500 company`).
const NUMBERED_NAMES: &[&str] = &[
    "FTSE",
    "S&P",
    "Stoxx",
    "STOXX",
    "CAC",
    "Nikkei",
    "Russell",
    "Billboard",
    "Hot",
    "Fortune",
    "ASX",
    "Nifty",
    "NIFTY",
    "KOSPI",
    "TOPIX",
    "MSCI",
];

/// A number that is a piece of a phone number (`(617) 555-0142`, `+44 20 7946 0958`): no
/// count, and OntoNotes leaves phone numbers unlabelled (`246 - 4853`). The number run around
/// the mention, on its line, must look like one: a `(617)` area code, a `555-0142` exchange
/// and line, or an international `+` with ten digits or more (a golfer's `+1 72 71 70` has
/// fewer).
fn is_phone_number(doc: &Doc, m: Mention) -> bool {
    use crate::analysis::Label::{CARDINAL, DATE, QUANTITY};
    let bytes = doc.text.as_bytes();
    if !matches!(m.label, CARDINAL | DATE | QUANTITY)
        || !bytes.get(m.span.start).is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let part = |b: &u8| b.is_ascii_digit() || matches!(b, b' ' | b'(' | b')' | b'+' | b'-' | b'.');
    let mut a = m.span.start;
    while a > 0 && part(&bytes[a - 1]) {
        a -= 1;
    }
    let mut b = m.span.end;
    while b < bytes.len() && part(&bytes[b]) {
        b += 1;
    }
    let run = doc.text[a..b].trim_matches(|c: char| c == ' ' || c == '.' || c == '-');
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    let groups = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    let area_code = run.starts_with('(')
        && run
            .get(1..5)
            .is_some_and(|g| g.ends_with(')') && g[..3].bytes().all(|c| c.is_ascii_digit()));
    let run_bytes = run.as_bytes();
    let exchange = run_bytes.windows(8).enumerate().any(|(i, w)| {
        w[..3].iter().all(u8::is_ascii_digit)
            && w[3] == b'-'
            && w[4..].iter().all(u8::is_ascii_digit)
            && (i == 0 || !run_bytes[i - 1].is_ascii_digit())
            && run_bytes.get(i + 8).is_none_or(|c| !c.is_ascii_digit())
    });
    let international = run.starts_with('+') && digits >= 10 && groups >= 3;
    (7..=15).contains(&digits) && (area_code || exchange || international)
}

/// Degrees and credentials written after a name (`Priya Raman, M.D., Ph.D.`): the model read
/// `M.D.` as Maryland and `Ph.D.` as a place. No entity after a comma; OntoNotes tags a degree
/// only where a sentence speaks of it (`earned a Ph.D.`).
fn is_credential(doc: &Doc, m: Mention) -> bool {
    const CREDENTIALS: &[&str] = &[
        "M.D.", "MD", "Ph.D.", "PhD", "D.Phil.", "DPhil", "MBA", "M.B.A.", "RN", "R.N.", "DDS",
        "D.D.S.", "Esq.", "CPA", "J.D.", "JD", "MPH", "M.P.H.", "FRCP", "FRCS", "DO", "D.O.",
    ];
    doc.text
        .get(m.span.start..m.span.end)
        .is_some_and(|t| CREDENTIALS.contains(&t))
        && doc.text[..m.span.start]
            .trim_end_matches(' ')
            .ends_with(',')
}

/// A count that is the number of such a name (`FTSE [100]CARDINAL`): part of the name, which
/// OntoNotes mostly leaves unlabelled (`Dow Jones Industrial Average` 18 of 18, `Nikkei` 11 of
/// 15), so no entity.
fn is_index_number(doc: &Doc, m: Mention) -> bool {
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return false;
    };
    let before = doc.text[..m.span.start]
        .strip_suffix(' ')
        .unwrap_or_default();
    m.label == Label::CARDINAL
        && text.bytes().all(|b| b.is_ascii_digit())
        && NUMBERED_NAMES.iter().any(|n| {
            before.ends_with(n)
                && !before[..before.len() - n.len()].ends_with(|c: char| c.is_alphanumeric())
        })
}

/// A number or date mention that starts with a code of capital letters joined to a number by
/// a hyphen (`COVID-19`, `F-16`, `G-20`, `MH-17`, `Kh-101`, `Covid-19`): the number is part of a name, so the mention
/// is no count, date or amount. The model reads the trailing number (`19`) as it would a
/// number alone; OntoNotes tags such compounds as names (PRODUCT, ORG, EVENT) or not at all.
fn is_coded_name(doc: &Doc, m: Mention) -> bool {
    use crate::analysis::Label::*;
    if !matches!(
        m.label,
        DATE | TIME | PERCENT | MONEY | QUANTITY | ORDINAL | CARDINAL
    ) {
        return false;
    }
    let text = doc.text.as_bytes();
    let Some(b) = text.get(m.span.start..m.span.end) else {
        return false;
    };
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if caps > 0 && b.get(caps) == Some(&b'-') && b.get(caps + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    // `Covid-19` read whole as a date.
    let word = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if caps == 1
        && word >= 3
        && b.get(word) == Some(&b'-')
        && b.get(word + 1).is_some_and(u8::is_ascii_digit)
        && b[word + 1..].iter().all(u8::is_ascii_digit)
    {
        let name = std::str::from_utf8(&b[..word]).unwrap_or_default();
        return !rules::is_month_name(name);
    }
    // The number alone, right after its code (`COVID-` `19`).
    let before = &text[..m.span.start];
    let Some(code) = before.strip_suffix(b"-") else {
        return false;
    };
    let mut caps = code
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    // A capitalized word: a Russian model's code (`Kh-101`, `Mi-8`, `Tu-95`), a mission or a
    // disease (`Tianwen-3`, `Chang'e-6`, `Covid-19`). OntoNotes train: a number after a
    // capitalized word and a hyphen is a count alone once in 47 (`a V-6`).
    if caps == 0 {
        let word = code
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic() || **c == b'\'')
            .count();
        let name = std::str::from_utf8(&code[code.len() - word..]).unwrap_or_default();
        if word >= 2
            && code[code.len() - word].is_ascii_uppercase()
            && code[code.len() - 1].is_ascii_lowercase()
            // `Nov-26`: a month and its day.
            && !rules::is_month_name(name)
        {
            caps = word;
        }
    }
    b.first().is_some_and(u8::is_ascii_digit)
        && caps > 0
        && !code[..code.len() - caps]
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Cuts a leading office off an ORG mention: `Minister of [International Department]`
/// (the office holder's title is no part of the organization's name).
fn without_office(doc: &Doc, m: Mention) -> Mention {
    if m.label != crate::analysis::Label::ORG {
        return m;
    }
    let r = token_range(doc, m.span);
    let mut k = r.start;
    while k < r.end && is_title_word(doc.token_text(k)) {
        k += 1;
    }
    if k == r.start || k + 1 >= r.end || !matches!(doc.token_text(k), "of" | "for") {
        return m;
    }
    k += 1;
    if doc.token_text(k).eq_ignore_ascii_case("the") && k + 1 < r.end {
        k += 1;
    }
    Mention {
        span: Span::new(doc.tokens[k].start, m.span.end),
        label: m.label,
    }
}

/// Cuts an office holder's title off the end of an ORG mention: `[Defence] Secretary`, `Deputy
/// [Senate] President`, `[Fed] Chairman`. The model, which saw `Defense Secretary` with
/// `Defense` an ORG (14 of 19 in OntoNotes train), sometimes ran the title into the name; the
/// project's guidelines keep titles out. A portfolio word that names no organization alone
/// (`Foreign`, `Home`, a title part like `Deputy`) goes too, leaving nothing. Only mentions of
/// capitalized words: `Executive Office of the President` is a name.
fn without_trailing_title(doc: &Doc, m: Mention) -> Mention {
    if m.label != crate::analysis::Label::ORG {
        return m;
    }
    let r = token_range(doc, m.span);
    let word = |k: usize| doc.token_text(k);
    if r.len() < 2
        || !TITLES_ALONE.contains(&word(r.end - 1))
        || !r.clone().all(|k| word(k).starts_with(char::is_uppercase))
    {
        return m;
    }
    let mut e = r.end - 1;
    while e > r.start && is_title_word(word(e - 1)) {
        e -= 1;
    }
    let mut s = r.start;
    while s < e && is_title_word(word(s)) {
        s += 1;
    }
    if s == e || (e - s == 1 && matches!(word(s), "Foreign" | "Home")) {
        return Mention {
            span: Span::new(m.span.start, m.span.start),
            label: m.label,
        };
    }
    Mention {
        span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
        label: m.label,
    }
}

/// A desk credited for a story is no person: `[Samaa Web Desk]PERSON` on a byline's line, as
/// Pakistani and Indian outlets credit their staff (`Web Desk`, `News Desk`, `Sports Desk`).
/// The outlet's name before the desk is an ORG, as OntoNotes tags an outlet; the desk alone
/// names no one.
fn desk_not_person(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{ORG, PERSON};
    let text = doc.text.get(m.span.start..m.span.end).unwrap_or("");
    if m.label != PERSON || !text.ends_with(" Desk") {
        return m;
    }
    let r = token_range(doc, m.span);
    let mut e = r.end - 1;
    while e > r.start && DESK_KINDS.contains(&doc.token_text(e - 1)) {
        e -= 1;
    }
    if e == r.start {
        return Mention {
            span: Span::new(m.span.start, m.span.start),
            label: PERSON,
        };
    }
    Mention {
        span: Span::new(m.span.start, doc.tokens[e - 1].end),
        label: ORG,
    }
}

/// The words before `Desk` that say which desk (`Web Desk`, `News Desk`).
const DESK_KINDS: &[&str] = &[
    "Web",
    "News",
    "Digital",
    "Online",
    "Sports",
    "Foreign",
    "Business",
    "Editorial",
    "Monitoring",
    "Features",
    "City",
];

/// Where a photo's subject stands, in brackets after the name as agencies caption pictures:
/// `President Recep Tayyip Erdoğan ([R]PERSON) shakes hands with …`, `(2nd L)`, `(L-R)`. A
/// letter for left, right or centre, never a name.
fn is_caption_position(doc: &Doc, m: Mention) -> bool {
    let t = doc.text.as_bytes();
    if m.span.len() > 6 || m.span.start == 0 || m.span.end >= t.len() {
        return false;
    }
    if t[m.span.start - 1] != b'(' || t[m.span.end] != b')' {
        return false;
    }
    let w = &doc.text[m.span.start..m.span.end];
    let side = |x: &str| matches!(x, "L" | "R" | "C" | "L-R" | "R-L");
    side(w)
        || w.split_once(' ')
            .is_some_and(|(n, x)| side(x) && matches!(n, "2nd" | "3rd" | "4th" | "5th" | "6th"))
}

/// A clock time written with a colon is a TIME (`Updated [21:03]CARDINAL, 21-May-2025`, `began
/// at [21:03]CARDINAL`): OntoNotes train tags `h:mm` TIME wherever it tags it (`at [10:30
/// p.m.]TIME`, `rises at [6:25]TIME`, `in the [8:00]TIME time slot`); the model, which met few of
/// them without `a.m.` or `p.m.`, read a bare one as a count. Hours and minutes only: `2:01:48`
/// is a marathon's time, which train never tags.
fn clock_as_time(doc: &Doc, m: Mention) -> Mention {
    if m.label != crate::analysis::Label::CARDINAL
        || !doc.text.get(m.span.start..m.span.end).is_some_and(|t| {
            rules::is_colon_clock(t) && t.bytes().filter(|&b| b == b':').count() == 1
        })
    {
        return m;
    }
    Mention {
        label: crate::analysis::Label::TIME,
        ..m
    }
}

/// A people's word before a title names no one: `the [Israeli]NORP Prime Minister`, `the
/// [Qatari]NORP Emir`. OntoNotes train tags the adjective NORP and leaves the title out every
/// time but once (`[Israeli]NORP Prime Minister` 74 times, `[Russian]NORP President` 26, one
/// `[Saudi]NORP [Crown Prince]PERSON`); the model, which knows the titles of presidents but not of
/// rulers, read `[Qatari Emir]PERSON` in a headline and `the [Bahraini King]PERSON`, `the [Omani
/// Sultan]LOC` in a sentence. Such a mention becomes the adjective's NORP; a ruler's title the
/// model tagged on its own after the adjective goes ([`is_title_after_demonym`]).
fn demonym_before_title(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{FAC, GPE, LOC, ORG, PERSON};
    if !matches!(m.label, PERSON | ORG | LOC | GPE | FAC) {
        return m;
    }
    // Asked of every mention: one of a word, then the last word, read from the text, say no
    // to nearly all.
    let text = doc.text.get(m.span.start..m.span.end).unwrap_or("");
    if !text.contains(' ') || !is_ruler_or_title(spaces::last_word(text)) {
        return m;
    }
    let r = token_range(doc, m.span);
    if r.len() < 2
        || !r
            .clone()
            .skip(1)
            .all(|k| is_ruler_or_title(doc.token_text(k)))
        || !is_listed_demonym(doc, r.start)
    {
        return m;
    }
    Mention {
        span: Span::new(doc.tokens[r.start].start, doc.tokens[r.start].end),
        label: crate::analysis::Label::NORP,
    }
}

/// A title (`Emir`, `Crown Prince`) tagged on its own right after a people's word: see
/// [`demonym_before_title`].
fn is_title_after_demonym(doc: &Doc, m: Mention) -> bool {
    // Asked of every person: one after a space after a lower-case letter (`Qatari Emir`), then
    // one whose last word is a title, are few.
    let t = doc.text.as_bytes();
    if m.label != crate::analysis::Label::PERSON
        || m.span.start < 2
        || t.get(m.span.start - 1) != Some(&b' ')
        || !t.get(m.span.start - 2).is_some_and(u8::is_ascii_lowercase)
        || !doc
            .text
            .get(m.span.start..m.span.end)
            .is_some_and(|t| is_ruler_or_title(spaces::last_word(t)))
    {
        return false;
    }
    let r = token_range(doc, m.span);
    !r.is_empty()
        && r.len() <= 2
        && r.start > 0
        && r.clone().all(|k| is_ruler_or_title(doc.token_text(k)))
        && doc.spaced(r.start - 1)
        && is_listed_demonym(doc, r.start - 1)
}

/// A word of a title, a ruler's among them (`Sultan`, `Crown` of `Crown Prince`): one of the
/// [`HONORIFICS`], [`TITLE_PARTS`] or [`ROYAL_TITLES`].
fn is_ruler_or_title(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::wordmap::WordSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            HONORIFICS
                .iter()
                .chain(TITLE_PARTS)
                .chain(ROYAL_TITLES)
                .copied()
                .collect()
        })
        .contains(w)
}

/// Whether token `k` is a people's word the lists know (`Qatari`, `Saudi`).
fn is_listed_demonym(doc: &Doc, k: usize) -> bool {
    doc.token_text(k)
        .starts_with(|c: char| c.is_ascii_uppercase())
        && gazetteer::Gazetteer::shared().listed_exactly(doc, k, k + 1) == Some(Label::NORP)
}

/// Honours and offices written after a name (`Nicholas Dean KC`, `Diane Abbott MP`): not part
/// of it, as titles before it are not. The first ones only follow a person, so a name the model
/// called an ORG with one after it (`[Smith QC]ORG`) is a PERSON; `MP` and the like also follow
/// a party (`BJP MP`), and come off PERSONs only.
const POSTNOMINALS: &[&str] = &["KC", "QC", "CBE", "OBE", "MBE", "KBE", "DBE", "CH", "VC"];
const POSTNOMINAL_OFFICES: &[&str] = &["MP", "MEP", "MSP", "MLA", "MS", "AM", "TD"];

fn without_postnominal(doc: &Doc, m: Mention) -> Mention {
    use crate::analysis::Label::{ORG, PERSON};
    if !matches!(m.label, PERSON | ORG) {
        return m;
    }
    // The last word, read from the text before the tokens are looked up.
    let last = doc
        .text
        .get(m.span.start..m.span.end)
        .map(spaces::last_word)
        .unwrap_or("");
    let honour = POSTNOMINALS.contains(&last);
    if !(honour || (m.label == PERSON && POSTNOMINAL_OFFICES.contains(&last))) {
        return m;
    }
    let r = token_range(doc, m.span);
    if r.len() < 2 || doc.token_text(r.end - 1) != last {
        return m;
    }
    Mention {
        span: Span::new(m.span.start, doc.tokens[r.end - 2].end),
        label: PERSON,
    }
}

/// A letter and its period before a sentence's pronoun is no person (`a post on [X. He]PERSON
/// has introduced`): the tokenizer kept `X.` as an initial, so the sentence did not end, and
/// the model read an initial and a surname. OntoNotes train has PERSONs ending in `He` only as
/// Chinese names (`Tao He`, `Dongcai He`), never after an initial. After `on`, `X` is the
/// platform, an ORG; elsewhere the mention goes.
fn initial_before_pronoun(doc: &Doc, m: Mention) -> Mention {
    // Asked of every mention: the length and the label say no to nearly all.
    if m.label != Label::PERSON || m.span.len() > 7 {
        return m;
    }
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    let b = text.as_bytes();
    let pronoun = matches!(
        text.get(3..),
        Some("He" | "She" | "It" | "They" | "We" | "I" | "You")
    );
    if !(b.len() >= 4 && b[0].is_ascii_uppercase() && &b[1..3] == b". " && pronoun) {
        return m;
    }
    let platform = b[0] == b'X'
        && doc
            .text
            .get(..m.span.start)
            .is_some_and(|t| t.ends_with(" on "));
    if platform {
        Mention {
            span: Span::new(m.span.start, m.span.start + 1),
            label: Label::ORG,
        }
    } else {
        Mention {
            span: Span::new(m.span.start, m.span.start),
            label: m.label,
        }
    }
}

/// Takes `Shares of` / `Shares in` off the front of a name (`[Shares of Equity Group
/// Holdings]ORG gained`): the model, for which a sentence's first word is capitalized anyway,
/// ran the company's name back to it. OntoNotes train has `Shares of [WorldCom]ORG` and never
/// the words inside a name.
fn without_shares_lead(doc: &Doc, m: Mention) -> Mention {
    // Asked of every mention: the first letters say no to nearly all.
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    let Some(rest) = text
        .strip_prefix("Shares of ")
        .or_else(|| text.strip_prefix("Shares in "))
    else {
        return m;
    };
    if m.label.is_numeric() || !rest.starts_with(|c: char| c.is_uppercase()) {
        return m;
    }
    Mention {
        span: Span::new(m.span.end - rest.len(), m.span.end),
        label: m.label,
    }
}

/// Cuts an update stamp's word off the edge of a name (`[Updated 7:35 PM PT]` and `4:32 PM [EST
/// Updated]` were ORGs): the word says when the page changed and is in no name, and the clock
/// stage then finds the time. Dates and times are parted at it later
/// ([`parted_at_separators`]).
fn without_stamp_word(doc: &Doc, m: Mention) -> Mention {
    if m.label.is_numeric() || matches!(m.label, Label::DATE | Label::TIME) {
        return m;
    }
    // Asked of every mention: the text's first and last letters say no before the tokens are
    // looked up.
    let Some(text) = doc.text.get(m.span.start..m.span.end) else {
        return m;
    };
    // Every stamp word starts with `U`, `P`, `M` or `E` and ends with `d`, `E` or `D`: most
    // mentions are turned down on their first and last bytes.
    let edge = |w: &str| {
        let b = w.as_bytes();
        (matches!(b.first(), Some(b'U' | b'P' | b'M' | b'E'))
            || matches!(b.last(), Some(b'd' | b'E' | b'D')))
            && STAMP_WORDS
                .iter()
                .any(|s| w.starts_with(s) || w.ends_with(s))
    };
    if !edge(text) {
        return m;
    }
    let r = token_range(doc, m.span);
    let (mut first, mut last) = (r.start, r.end);
    while first < last && STAMP_WORDS.contains(&doc.token_text(first)) {
        first += 1;
    }
    while last > first && STAMP_WORDS.contains(&doc.token_text(last - 1)) {
        last -= 1;
    }
    if first == last {
        return Mention {
            span: Span::new(m.span.start, m.span.start),
            label: m.label,
        };
    }
    Mention {
        span: Span::new(doc.tokens[first].start, doc.tokens[last - 1].end),
        label: m.label,
    }
}

/// Drops leading titles from a PERSON mention: `President Dr [Arif Alvi]`.
fn without_honorific(doc: &Doc, m: Mention) -> Mention {
    if m.label != crate::analysis::Label::PERSON {
        return m;
    }
    let r = token_range(doc, m.span);
    let (start, last) = (r.start, r.end);
    let mut first = start;
    while first + 1 < last && HONORIFIC_WORDS.contains(doc.token_text(first)) {
        first += 1;
    }
    if first == start {
        return m;
    }
    Mention {
        span: Span::new(doc.tokens[first].start, m.span.end),
        label: m.label,
    }
}

/// What the stages' unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{Doc, Label, Recognizer};

    /// `f` of `text` tokenized and read as one sentence.
    pub(crate) fn with_doc<R>(text: &str, f: impl FnOnce(&Doc) -> R) -> R {
        let tokens = crate::tokenize::tokenize(text);
        let whole = 0..tokens.len();
        let doc = Doc::new(text, &tokens, std::slice::from_ref(&whole));
        f(&doc)
    }

    /// `pass` over mentions of `text` (read as one sentence): the first occurrence of each
    /// marked text with its label. Returns the texts and labels the pass leaves.
    pub(crate) fn passed(
        text: &str,
        marked: &[(&str, Label)],
        pass: impl FnOnce(&Doc, Vec<super::Mention>) -> Vec<super::Mention>,
    ) -> Vec<(String, Label)> {
        let found = marked
            .iter()
            .map(|&(s, label)| {
                let start = text.find(s).unwrap();
                super::Mention {
                    span: crate::analysis::Span::new(start, start + s.len()),
                    label,
                }
            })
            .collect();
        with_doc(text, |doc| pass(doc, found))
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    /// `(text, label)` pairs as [`passed`] returns them.
    pub(crate) fn owned(v: &[(&str, Label)]) -> Vec<(String, Label)> {
        v.iter().map(|&(s, l)| (s.to_string(), l)).collect()
    }

    /// The texts and labels `r` finds in `text`, read as one sentence, in order.
    pub(crate) fn found_by(r: &dyn Recognizer, text: &str) -> Vec<(String, Label)> {
        let mut m = with_doc(text, |doc| r.recognize(doc));
        m.sort_by_key(|m| m.span.start);
        m.into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_with_their_era_are_dates() {
        let dates = |text: &str| {
            test_support::with_doc(text, |doc| {
                years_with_their_era(doc, &Shapes::new(doc), Vec::new())
            })
            .into_iter()
            .map(|m| text[m.span.start..m.span.end].to_string())
            .collect::<Vec<_>>()
        };
        assert_eq!(
            dates("Farmers came around 4000BC and in 300 BC; Pompeii fell in AD 79 ."),
            ["4000BC", "300 BC", "AD 79"]
        );
        // British Columbia before a name, a year without an era.
        assert!(dates("In 2025 BC Hydro raised rates in 2024 .").is_empty());
    }

    #[test]
    fn covered_bytes_tell_what_the_search_told() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m) as usize
        };
        for _ in 0..200 {
            let len = 1 + next(400);
            // Spans may run past the text as given: the bits grow.
            let mut covered = Covered::new(len);
            let mut found: std::collections::BTreeMap<usize, Mention> =
                std::collections::BTreeMap::new();
            for _ in 0..60 {
                let start = next(len as u64 + 10);
                let most = if next(4) == 0 { 150 } else { 12 };
                let span = Span::new(start, start + 1 + next(most));
                let clash = found
                    .range(..span.end)
                    .next_back()
                    .is_some_and(|(_, f)| f.span.overlaps(span));
                assert_eq!(covered.any(span), clash, "{span:?}");
                let m = Mention {
                    span,
                    label: Label::ORG,
                };
                if !clash {
                    found.insert(start, m);
                    covered.set(span, true);
                } else if next(3) == 0 {
                    // Take out what it overlaps.
                    let gone: Vec<usize> = found
                        .values()
                        .filter(|f| f.span.overlaps(span))
                        .map(|f| f.span.start)
                        .collect();
                    for g in gone {
                        let f = found.remove(&g).unwrap();
                        covered.set(f.span, false);
                    }
                }
            }
            assert!(!covered.any(Span::new(3, 3)));
        }
    }

    #[test]
    fn the_token_index_walk_is_the_binary_search() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for round in 0..300 {
            // Tokens of uneven lengths and gaps, in texts that end well after the last.
            let n = next(if round % 3 == 0 { 20 } else { 400 }) as usize;
            let mut tokens = Vec::with_capacity(n);
            let mut at = next(5) as usize;
            for _ in 0..n {
                let len = 1 + next(if round % 2 == 0 { 3 } else { 40 }) as usize;
                tokens.push(Span::new(at, at + len));
                at += len + next(4) as usize;
            }
            let text = " ".repeat(at + next(3000) as usize);
            let doc = Doc::new(&text, &tokens, &[]);
            for at in 0..=text.len() {
                assert_eq!(
                    first_token_ending_after(&doc, at),
                    tokens.partition_point(|t| t.end <= at),
                    "round {round}, at {at}"
                );
            }
        }
    }

    #[test]
    fn stamp_words_start_and_end_with_the_edge_bytes() {
        for w in STAMP_WORDS {
            let b = w.as_bytes();
            assert!(matches!(b[0], b'U' | b'P' | b'M' | b'E'), "{w}");
            assert!(matches!(b[b.len() - 1], b'd' | b'E' | b'D'), "{w}");
        }
    }

    #[test]
    fn common_acronyms_are_acronym_like() {
        for a in COMMON_ACRONYMS {
            assert!(is_acronym_like(a.as_bytes()), "{a}");
        }
    }

    #[test]
    fn fillers_start_with_their_first_letters() {
        for f in FILLERS {
            assert!(FILLER_FIRSTS.contains(&f.as_bytes()[0]), "{f}");
        }
    }

    #[test]
    fn inner_possessives_are_the_substring_search() {
        for t in [
            "",
            "s",
            "'s",
            "'s ",
            "’s ",
            "’s",
            "Lilly's Zepbound",
            "Lilly’s Zepbound",
            "last year's",
            "x’s y's z",
            "ss ",
            "s s",
            "'t ",
            "its ",
            "é's ",
            "’’s ",
        ] {
            let want = t.contains("'s ") || t.contains("’s ");
            assert_eq!(has_inner_possessive(t), want, "{t:?}");
        }
    }

    struct Fixed(Vec<(usize, usize, Label)>);
    impl Recognizer for Fixed {
        fn recognize(&self, _: &Doc) -> Vec<Mention> {
            self.0
                .iter()
                .map(|&(s, e, label)| Mention {
                    span: Span::new(s, e),
                    label,
                })
                .collect()
        }
    }

    /// A stage that finds `mentions` (texts and labels) in `text`, each at its first occurrence.
    fn fixed(text: &str, mentions: &[(&str, Label)]) -> Box<dyn Recognizer> {
        Box::new(Fixed(
            mentions
                .iter()
                .map(|&(m, l)| {
                    let s = text.find(m).unwrap();
                    (s, s + m.len(), l)
                })
                .collect(),
        ))
    }

    /// The texts and labels a pipeline whose one stage finds `given` in `text` gives.
    fn settled<'a>(text: &'a str, given: &[(&str, Label)]) -> Vec<(&'a str, Label)> {
        run(&Pipeline::new(vec![fixed(text, given)]), text)
    }

    /// The texts and labels `p` finds in `text`.
    fn run<'a>(p: &Pipeline, text: &'a str) -> Vec<(&'a str, Label)> {
        let tokens = crate::tokenize::tokenize(text);
        let doc = Doc::new(text, &tokens, &[]);
        p.recognize(&doc)
            .iter()
            .map(|m| (&text[m.span.start..m.span.end], m.label))
            .collect()
    }

    /// The spans and labels `p` finds when tokens do not matter.
    fn run_spans(p: &Pipeline) -> Vec<(usize, usize, Label)> {
        let doc = Doc::new("", &[], &[]);
        p.recognize(&doc)
            .iter()
            .map(|m| (m.span.start, m.span.end, m.label))
            .collect()
    }

    #[test]
    fn a_mention_takes_the_contraction_its_last_word_ends_in() {
        let text = "Lionsgate's \"Now You See Me: Now You Don't\"";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("Now You See Me: Now You Do", Label::WORK_OF_ART)],
        )]);
        assert_eq!(
            run(&p, text),
            [("Now You See Me: Now You Don't", Label::WORK_OF_ART)]
        );
        // Apart from the word, `n't` stays out.
        let text = "Lionsgate's Do n't";
        let p = Pipeline::new(vec![fixed(text, &[("Do", Label::ORG)])]);
        assert_eq!(run(&p, text), [("Do", Label::ORG)]);
    }

    #[test]
    fn a_third_of_is_a_share() {
        for (text, ordinal, want) in [
            (
                "roughly a third of the lithium",
                "third",
                ("roughly a third", Label::CARDINAL),
            ),
            (
                "more than a fifth of voters",
                "fifth",
                ("more than a fifth", Label::CARDINAL),
            ),
            ("one tenth of it", "tenth", ("one tenth", Label::CARDINAL)),
            ("won a third term", "third", ("third", Label::ORDINAL)),
            ("on the third of May", "third", ("third", Label::ORDINAL)),
            ("a third and a fourth", "third", ("third", Label::ORDINAL)),
        ] {
            let p = Pipeline::new(vec![fixed(text, &[(ordinal, Label::ORDINAL)])]);
            assert_eq!(run(&p, text), [want], "{text}");
        }
    }

    #[test]
    fn a_title_at_the_end_of_an_organization_comes_off() {
        for (text, org, want) in [
            (
                "The Defence Secretary, John Healey",
                "Defence Secretary",
                Some("Defence"),
            ),
            (
                "Jibrin, the Deputy Senate President",
                "Deputy Senate President",
                Some("Senate"),
            ),
            ("said the Foreign Minister", "Foreign Minister", None),
            ("the Deputy Minister said", "Deputy Minister", None),
            (
                "the Executive Office of the President",
                "Executive Office of the President",
                Some("Executive Office of the President"),
            ),
            ("the President said", "President", None),
        ] {
            let p = Pipeline::merging(vec![(fixed(text, &[(org, Label::ORG)]), Merge::Fill)]);
            let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
            assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_name_does_not_swallow_the_date_after_it() {
        let text = "said the Foreign Office on Tuesday and the Council on Foreign Relations; \
                    snow on the Great Lakes region Wednesday; Sheffield Wednesday won";
        let p = Pipeline::new(vec![
            fixed(
                text,
                &[
                    ("Foreign Office on Tuesday", Label::ORG),
                    ("Council on Foreign Relations", Label::ORG),
                    ("Great Lakes region Wednesday", Label::EVENT),
                    ("Sheffield Wednesday", Label::ORG),
                ],
            ),
            Box::new(rules::Rules::new()),
        ]);
        assert_eq!(
            run(&p, text),
            [
                ("Foreign Office", Label::ORG),
                ("Tuesday", Label::DATE),
                ("Council on Foreign Relations", Label::ORG),
                ("Great Lakes region", Label::EVENT),
                ("Wednesday", Label::DATE),
                ("Sheffield Wednesday", Label::ORG)
            ]
        );
    }

    #[test]
    fn titles_are_not_part_of_a_name() {
        let text = "President Dr Arif Alvi met Dr. Who and Ms Li, not PM Shehbaz or Rapporteur \
                    Renan Calheiros; DPM Dar, FM Bilawal";
        let names = [
            "President Dr Arif Alvi",
            "Dr. Who",
            "Ms Li",
            "PM Shehbaz",
            "Rapporteur Renan Calheiros",
            "DPM Dar",
            "FM Bilawal",
        ];
        let p = Pipeline::new(vec![fixed(text, &names.map(|n| (n, Label::PERSON)))]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            [
                "Arif Alvi",
                "Who",
                "Li",
                "Shehbaz",
                "Renan Calheiros",
                "Dar",
                "Bilawal"
            ]
        );
    }

    #[test]
    fn titles_alone_are_no_entities_and_offices_come_off_names() {
        let text = "the State Council, the Deputy PM, the DPM, State Councillor Wang, \
                    Minister of the International Department, President, Prince, Chief \
                    Executive Officer of Lumen, Chief Executive";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Deputy PM", Label::ORG),
                ("DPM", Label::ORG),
                ("State Councillor", Label::PERSON),
                ("State Council", Label::ORG),
                ("Minister of the International Department", Label::ORG),
                ("President", Label::PERSON),
                ("Prince", Label::PERSON),
                ("Chief Executive Officer of Lumen", Label::ORG),
                ("Chief Executive", Label::PERSON),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("State Council", Label::ORG),
                ("International Department", Label::ORG),
                ("Prince", Label::PERSON),
                ("Lumen", Label::ORG)
            ]
        );
    }

    #[test]
    fn a_peoples_word_before_a_title_is_the_only_entity() {
        let text = "Qatari Emir meets envoy; the Omani Sultan, the Saudi Crown Prince and the \
                    Jordanian King met; Emir Tamim and the Israeli Prime Minister spoke.";
        let found = settled(
            text,
            &[
                ("Qatari Emir", Label::PERSON),
                ("Omani Sultan", Label::LOC),
                ("Saudi", Label::NORP),
                ("Crown Prince", Label::PERSON),
                ("Jordanian", Label::NORP),
                ("King", Label::PERSON),
                ("Emir Tamim", Label::PERSON),
                ("Israeli", Label::NORP),
            ],
        );
        assert_eq!(
            found,
            [
                ("Qatari", Label::NORP),
                ("Omani", Label::NORP),
                ("Saudi", Label::NORP),
                ("Jordanian", Label::NORP),
                ("Tamim", Label::PERSON),
                ("Israeli", Label::NORP)
            ]
        );
    }

    #[test]
    fn a_bare_clock_time_is_a_time_and_a_desk_no_person() {
        let text = "Samaa Web Desk\nUpdated 21:03; at 9:15 the ratio was 3:1; a 2:01:48 run; \
                    Web Desk";
        let found = settled(
            text,
            &[
                ("Samaa Web Desk", Label::PERSON),
                ("21:03", Label::CARDINAL),
                ("9:15", Label::CARDINAL),
                ("3:1", Label::CARDINAL),
                ("2:01:48", Label::CARDINAL),
                ("Web Desk", Label::PERSON),
            ],
        );
        assert_eq!(
            found,
            [
                ("Samaa", Label::ORG),
                ("21:03", Label::TIME),
                ("9:15", Label::TIME),
                ("3:1", Label::CARDINAL),
                ("2:01:48", Label::CARDINAL)
            ]
        );
    }

    #[test]
    fn caption_positions_memoranda_and_an_adviser_alone_are_no_entities() {
        let text = "President Erdogan (R) and Sharif (2nd L) signed MoUs; the National Security \
                    Adviser met the Crown Prince; Rep. R (R) spoke";
        let found = settled(
            text,
            &[
                ("Erdogan", Label::PERSON),
                ("R", Label::PERSON),
                ("Sharif", Label::PERSON),
                ("2nd L", Label::PERSON),
                ("MoUs", Label::ORG),
                ("Adviser", Label::PERSON),
                ("Crown Prince", Label::PERSON),
            ],
        );
        assert_eq!(
            found,
            [("Erdogan", Label::PERSON), ("Sharif", Label::PERSON)]
        );
    }

    #[test]
    fn a_count_needs_something_that_counts() {
        let text = "the SCO, five jets, a tenth, dozens, a four-fold rise, multibillion, 26 dead";
        let counts = [
            "SCO",
            "five",
            "tenth",
            "dozens",
            "four-fold",
            "multibillion",
            "26",
        ];
        let p = Pipeline::new(vec![fixed(text, &counts.map(|c| (c, Label::CARDINAL)))]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, counts[1..]);
    }

    #[test]
    fn coded_names_are_no_numbers() {
        let text =
            "COVID-19 cases, F-16 jets, the G-20, mid-2025, Jan. 5-6, 1990-91, 12-15 people, \
                    MERS-38, aBC-7, a Kh-101 missile, ab-57, Covid-19 wave, Chang'e-444 probe, \
                    on Nov-26, xTianwen-333";
        let spans = [
            ("COVID-19", Label::DATE),
            ("Covid-19", Label::DATE),
            ("444", Label::CARDINAL),
            ("Nov-26", Label::DATE),
            ("333", Label::CARDINAL),
            ("101", Label::CARDINAL),
            ("57", Label::CARDINAL),
            ("38", Label::CARDINAL),
            ("7", Label::CARDINAL),
            ("F-16", Label::CARDINAL),
            ("G-20", Label::EVENT),
            ("mid-2025", Label::DATE),
            ("Jan. 5-6", Label::DATE),
            ("1990-91", Label::DATE),
            ("12-15", Label::CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            ["G-20", "mid-2025", "Jan. 5-6", "1990-91", "12-15", "7", "57", "Nov-26", "333"]
        );
    }

    #[test]
    fn numbers_are_read_in_context() {
        let text = "won 98-95 on Jan. 5-6 and 1990-91; between 2020 and 2022, from 1995 to 2010, \
                    in 2021, 2023 people, rose by 2000, 1500 to 1999, 12-155, the baseline for \
                    2028 levels, to $15 by 2026, delayed it to 2027, up to 2001";
        let spans = [
            ("98-95", Label::DATE),
            ("Jan. 5-6", Label::DATE),
            ("1990-91", Label::DATE),
            ("2020", Label::CARDINAL),
            ("2022", Label::CARDINAL),
            ("1995", Label::CARDINAL),
            ("2010", Label::CARDINAL),
            ("2021", Label::CARDINAL),
            ("2023", Label::CARDINAL),
            ("2000", Label::CARDINAL),
            ("1500", Label::CARDINAL),
            ("1999", Label::CARDINAL),
            ("12-155", Label::DATE),
            ("2028", Label::CARDINAL),
            ("2026", Label::CARDINAL),
            ("2027", Label::CARDINAL),
            ("2001", Label::CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<(&str, Label)> = run(&p, text);
        let label = |t: &str| {
            got.iter()
                .filter(|g| g.0 == t)
                .map(|g| g.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(label("98-95"), [Label::CARDINAL]);
        assert_eq!(label("12-155"), [Label::CARDINAL]);
        assert_eq!(label("Jan. 5-6"), [Label::DATE]);
        assert_eq!(label("1990-91"), [Label::DATE]);
        for year in ["1995", "2010", "2021"] {
            assert_eq!(label(year), [Label::DATE], "{year}");
        }
        // Years read as dates after `between` make one range.
        assert_eq!(label("between 2020 and 2022"), [Label::DATE]);
        // A count, not a year: no preposition of time before it.
        assert_eq!(label("2023"), [Label::CARDINAL]);
        // `for`, `by` and `to` date a year, not after a word of change (rs23).
        for year in ["2028", "2026", "2027"] {
            assert_eq!(label(year), [Label::DATE], "{year}");
        }
        assert_eq!(label("2001"), [Label::CARDINAL]);
        assert_eq!(label("1500"), [Label::CARDINAL]);
        assert_eq!(label("2000"), [Label::CARDINAL]);
        // Not the end of a range of years: `1500` is no year.
        assert_eq!(label("1999"), [Label::CARDINAL]);
    }

    #[test]
    fn names_take_the_label_of_their_head_word() {
        let text = "the 2024 Paris Olympics, the Cannes Film Festival, The Art of War, Games, \
                    Summit Bank, the Prevention of Electronic Crimes Act 2016, the General Data \
                    Protection Regulation, Buffalo Bill, the Abraham Accord, the Pulitzer Prize, \
                    the War Office";
        let spans = [
            ("2024 Paris Olympics", Label::ORG),
            ("Cannes Film Festival", Label::FAC),
            ("The Art of War", Label::WORK_OF_ART),
            ("Games", Label::ORG),
            ("Summit Bank", Label::ORG),
            ("Prevention of Electronic Crimes Act 2016", Label::ORG),
            ("General Data Protection Regulation", Label::ORG),
            ("Buffalo Bill", Label::PERSON),
            ("Abraham Accord", Label::PERSON),
            ("Pulitzer Prize", Label::PERSON),
            ("War Office", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                // The year is a DATE of its own (see `parted_at_separators`).
                ("2024", Label::DATE),
                ("Paris Olympics", Label::EVENT),
                ("Cannes Film Festival", Label::EVENT),
                ("The Art of War", Label::WORK_OF_ART),
                ("Games", Label::ORG),
                ("Summit Bank", Label::ORG),
                ("Prevention of Electronic Crimes Act 2016", Label::LAW),
                ("General Data Protection Regulation", Label::LAW),
                ("Buffalo Bill", Label::PERSON),
                ("Abraham Accord", Label::LAW),
                ("Pulitzer Prize", Label::WORK_OF_ART),
                ("War Office", Label::ORG),
            ]
        );
    }

    #[test]
    fn a_police_force_is_an_organization() {
        let text = "West Midlands Police and Dyfed-Powys Constabulary said";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("West Midlands Police", Label::GPE),
                ("Dyfed-Powys Constabulary", Label::PERSON),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("West Midlands Police", Label::ORG),
                ("Dyfed-Powys Constabulary", Label::ORG)
            ]
        );
    }

    #[test]
    fn storms_are_events_and_fillers_no_names() {
        let text = "Storm Eowyn hit after Tropical Storm Alberto and Winter Storm Elliott; Storm \
                    Reid acted. Mm. Uh-huh, said Hmm Chen about AI at Mistral AI, as Storm Bert \
                    came";
        let spans = [
            ("Storm Bert", Label::ORG),
            ("Eowyn", Label::PERSON),
            ("Alberto", Label::PERSON),
            ("Winter Storm Elliott", Label::ORG),
            ("Storm Reid", Label::PERSON),
            ("Mm", Label::PERSON),
            ("Uh-huh", Label::ORG),
            ("Hmm Chen", Label::PERSON),
            ("AI", Label::GPE),
            ("Mistral AI", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Storm Eowyn", Label::EVENT),
                ("Tropical Storm Alberto", Label::EVENT),
                ("Winter Storm Elliott", Label::EVENT),
                ("Storm Reid", Label::PERSON),
                ("Hmm Chen", Label::PERSON),
                ("Mistral AI", Label::ORG),
                ("Storm Bert", Label::EVENT),
            ]
        );
    }

    #[test]
    fn numbers_with_a_names_label_are_counts_amounts_or_dates() {
        let text = "out for 104 and 104 & 12/3, the 288 seats, the 101 freeway, a Boeing 747, \
                    since 9/11, Rs 409.25 a share, AED 50,000, about 2.34 crore women, Rs 2 crore \
                    rupees, 2019 levels, 2000 people, the winter of 2021 and summer of 1996, \
                    the court's 2023 ruling, no earlier than 2030, more than 1500 votes";
        let spans = [
            ("104", Label::ORG),
            ("104 & 12/3", Label::ORG),
            ("288", Label::FAC),
            ("101", Label::ORG),
            ("747", Label::PRODUCT),
            ("9/11", Label::EVENT),
            ("Rs 409.25", Label::FAC),
            ("50,000", Label::CARDINAL),
            ("about 2.34 crore", Label::MONEY),
            ("Rs 2 crore", Label::MONEY),
            ("2019", Label::CARDINAL),
            ("2000", Label::CARDINAL),
            ("2021", Label::CARDINAL),
            ("1996", Label::CARDINAL),
            ("2023", Label::CARDINAL),
            ("2030", Label::CARDINAL),
            ("1500", Label::CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("104", Label::CARDINAL),
                ("104 & 12/3", Label::CARDINAL),
                ("288", Label::CARDINAL),
                ("101", Label::FAC),
                ("747", Label::PRODUCT),
                ("9/11", Label::EVENT),
                ("Rs 409.25", Label::MONEY),
                ("AED 50,000", Label::MONEY),
                ("about 2.34 crore", Label::CARDINAL),
                ("Rs 2 crore rupees", Label::MONEY),
                ("2019", Label::DATE),
                ("2000", Label::CARDINAL),
                ("the winter of 2021", Label::DATE),
                ("summer of 1996", Label::DATE),
                ("2023", Label::DATE),
                ("2030", Label::DATE),
                ("1500", Label::CARDINAL),
            ]
        );
    }

    #[test]
    fn currency_codes_start_with_no_digit() {
        // What `number_read_in_context` assumes of the codes written onto a number.
        assert!(rules::CURRENCY_SYMBOLS
            .iter()
            .all(|c| c.chars().next().is_some_and(|c| !c.is_ascii_digit())));
    }

    #[test]
    fn common_acronyms_are_no_names() {
        let mut sorted = COMMON_ACRONYMS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, COMMON_ACRONYMS, "sorted for the binary search");
        assert!(FILLERS
            .iter()
            .chain(COMMON_ACRONYMS)
            .all(|w| w.len() <= SHORT_NO_NAME_LEN));
        let text = "DNA tests, LNG cargoes, the GST council, the VAT Act and the WHO";
        let spans = [
            ("DNA", Label::ORG),
            ("LNG", Label::ORG),
            ("GST", Label::ORG),
            ("VAT Act", Label::LAW),
            ("WHO", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [("VAT Act", Label::LAW), ("WHO", Label::ORG)]
        );
    }

    #[test]
    fn names_keep_their_particles_and_lose_their_honours() {
        let text = "André Corrêa do Lago met Ludwig van Beethoven, Ursula von der Leyen, Carlos \
                    de Souza, Smith QC, Nicholas Dean KC, Diane Abbott MP, BJP MP and Cllr Dyer; \
                    not Paris de\nTokyo";
        let spans = [
            ("André Corrêa", Label::PERSON),
            ("Lago", Label::PERSON),
            ("Ludwig", Label::PERSON),
            ("Beethoven", Label::PERSON),
            ("Ursula", Label::PERSON),
            ("Leyen", Label::PERSON),
            ("Carlos", Label::PERSON),
            ("Smith QC", Label::ORG),
            ("Nicholas Dean KC", Label::PERSON),
            ("Diane Abbott MP", Label::PERSON),
            ("BJP MP", Label::ORG),
            ("Cllr Dyer", Label::PERSON),
            ("Paris", Label::PERSON),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("André Corrêa do Lago", Label::PERSON),
                ("Ludwig van Beethoven", Label::PERSON),
                ("Ursula von der Leyen", Label::PERSON),
                ("Carlos de Souza", Label::PERSON),
                ("Smith", Label::PERSON),
                ("Nicholas Dean", Label::PERSON),
                ("Diane Abbott", Label::PERSON),
                ("BJP MP", Label::ORG),
                ("Dyer", Label::PERSON),
                ("Paris", Label::PERSON),
            ]
        );
    }

    #[test]
    fn a_date_ends_at_its_possessive() {
        let text = "unlike last year’s Pixel 9 or last week's National Assembly vote";
        let spans = [
            ("last year’s Pixel 9", Label::DATE),
            ("last week's National", Label::DATE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [("last year", Label::DATE), ("last week", Label::DATE)]
        );
    }

    #[test]
    fn listed_places_correct_the_models_people_but_not_namesakes() {
        let text = "Kyiv said the talks failed; Mumbai flooded; Jordan scored and Houston sang, \
                    while Michael Berlin and Berlin spoke.";
        let spans = [
            ("Kyiv", Label::PERSON),
            ("Jordan", Label::PERSON),
            ("Houston", Label::PERSON),
            ("Michael Berlin", Label::PERSON),
        ];
        let p = Pipeline::merging(vec![
            (fixed(text, &spans), Merge::Fill),
            (
                Box::new(gazetteer::ListedNames::places_not_people()),
                Merge::Correct,
            ),
        ]);
        assert_eq!(
            run(&p, text),
            [
                ("Kyiv", Label::GPE),
                ("Mumbai", Label::GPE),
                ("Jordan", Label::PERSON),
                ("Houston", Label::PERSON),
                ("Michael Berlin", Label::PERSON),
                // His surname, not the city.
                ("Berlin", Label::PERSON),
            ]
        );
    }

    #[test]
    fn currencies_of_many_countries_join_their_amounts() {
        let text = "136 billion peso, 27.40 shillings, 155.20 Japanese yen, 18.5 South African \
                    rand, 300 cedis and 9 Tanzanian schools";
        let spans = [
            ("136 billion", Label::CARDINAL),
            ("27.40", Label::CARDINAL),
            ("155.20", Label::CARDINAL),
            ("18.5", Label::CARDINAL),
            ("300", Label::CARDINAL),
            ("9", Label::CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("136 billion peso", Label::MONEY),
                ("27.40 shillings", Label::MONEY),
                ("155.20 Japanese yen", Label::MONEY),
                ("18.5 South African rand", Label::MONEY),
                ("300 cedis", Label::MONEY),
                ("9", Label::CARDINAL),
            ]
        );
    }

    #[test]
    fn places_and_buildings_by_their_head_word() {
        let text = "the Bab el-Mandeb Strait, Kharkiv Oblast, Butler Library, Victoria Peak, \
                    East 17th Avenue and Fifth Avenue Partners; Vandenberg Space Force Base, \
                    the Guggenheim Fellowship, Stevenson Ranch, the Australian War Memorial \
                    and the Sydney Opera House";
        let spans = [
            ("Australian War Memorial", Label::EVENT),
            ("Sydney Opera House", Label::ORG),
            ("Stevenson Ranch", Label::PERSON),
            ("Vandenberg Space Force Base", Label::ORG),
            ("Guggenheim Fellowship", Label::PERSON),
            ("Bab el-Mandeb Strait", Label::ORG),
            ("Kharkiv Oblast", Label::LOC),
            ("Butler Library", Label::PERSON),
            ("Victoria Peak", Label::PERSON),
            ("East 17th Avenue", Label::LOC),
            ("Fifth Avenue", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Bab el-Mandeb Strait", Label::LOC),
                ("Kharkiv Oblast", Label::GPE),
                ("Butler Library", Label::FAC),
                ("Victoria Peak", Label::LOC),
                ("East 17th Avenue", Label::FAC),
                ("Fifth Avenue", Label::ORG),
                ("Vandenberg Space Force Base", Label::FAC),
                ("Guggenheim Fellowship", Label::WORK_OF_ART),
                ("Stevenson Ranch", Label::GPE),
                ("Australian War Memorial", Label::FAC),
                ("Sydney Opera House", Label::FAC),
            ]
        );
    }

    #[test]
    fn stadiums_and_airports_are_buildings_over_an_organization_too() {
        let text = "at the National Bank Stadium and Haneda Airport, beside Fifth Avenue";
        let spans = [
            ("National Bank Stadium", Label::ORG),
            ("Haneda Airport", Label::ORG),
            ("Fifth Avenue", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("National Bank Stadium", Label::FAC),
                ("Haneda Airport", Label::FAC),
                ("Fifth Avenue", Label::ORG),
            ]
        );
    }

    #[test]
    fn a_name_found_twice_is_that_name_where_the_tagger_left_it_out() {
        let text = "Safaricom profit rises\n\nSafaricom said profit rose. Safaricom shares \
                    fell. Government bonds and the government fell; Apple and Apple were named \
                    once as ORG and once as GPE, and the San Francisco Giants beat the Giants.";
        let tokens = crate::tokenize::tokenize(text);
        let doc = Doc::new(text, &tokens, &[]);
        let at = |w: &str, nth: usize| text.match_indices(w).nth(nth).unwrap().0;
        let m = |w: &str, nth: usize, label| Mention {
            span: Span::new(at(w, nth), at(w, nth) + w.len()),
            label,
        };
        let found = vec![
            m("Safaricom", 1, Label::ORG),
            m("Safaricom", 2, Label::ORG),
            m("Government", 0, Label::ORG),
            m("Apple", 0, Label::ORG),
            m("Apple", 1, Label::GPE),
            m("Giants", 1, Label::ORG),
        ];
        let got: Vec<(&str, Label)> = names_again(&doc, &Shapes::new(&doc), found)
            .iter()
            .map(|m| (&text[m.span.start..m.span.end], m.label))
            .collect();
        assert_eq!(
            got,
            [
                ("Safaricom", Label::ORG),
                ("Safaricom", Label::ORG),
                ("Safaricom", Label::ORG),
                ("Government", Label::ORG),
                ("Apple", Label::ORG),
                ("Apple", Label::GPE),
                ("Giants", Label::ORG),
            ]
        );
    }

    #[test]
    fn a_name_found_once_inside_a_sentence_is_that_name_where_a_sentence_starts() {
        let text = "Paramount named a chief. Shares in Paramount rose, as Paramount said.";
        let tokens = crate::tokenize::tokenize(text);
        let sentences = [0..5, 5..tokens.len()];
        let doc = Doc::new(text, &tokens, &sentences);
        let second = text.match_indices("Paramount").nth(1).unwrap().0;
        let found = vec![Mention {
            span: Span::new(second, second + "Paramount".len()),
            label: Label::ORG,
        }];
        let got: Vec<usize> = names_again(&doc, &Shapes::new(&doc), found)
            .iter()
            .map(|m| m.span.start)
            .collect();
        // At the sentence's start, yes; a third time inside a sentence, where the model read
        // it as no name, no.
        assert_eq!(got, [0, second]);
    }

    #[test]
    fn an_agency_named_for_a_law_is_an_agency() {
        let text = "the State Administration for Market Regulation and the Data Protection Act";
        let spans = [
            ("State Administration for Market Regulation", Label::ORG),
            ("Data Protection Act", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("State Administration for Market Regulation", Label::ORG),
                ("Data Protection Act", Label::LAW),
            ]
        );
    }

    #[test]
    fn places_in_a_race_won_and_crores() {
        let text =
            "Piastri was fourth and Ocon started 12th, on the 22nd, July 4th and the 5th of \
                    July; 10.4 trillion won, 87,100 won, 34 won; Rs 1.16 lakh crore, Rs 25 crore, £84m last year";
        let spans = [
            ("fourth", Label::DATE),
            ("12th", Label::DATE),
            ("22nd", Label::DATE),
            ("July 4th", Label::DATE),
            ("5th", Label::DATE),
            ("10.4 trillion", Label::MONEY),
            ("87,100", Label::CARDINAL),
            ("34", Label::CARDINAL),
            ("Rs 1.16 lakh", Label::MONEY),
            ("25 crore", Label::DATE),
            ("84m last year", Label::DATE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("fourth", Label::ORDINAL),
                ("12th", Label::ORDINAL),
                ("22nd", Label::DATE),
                ("July 4th", Label::DATE),
                ("5th", Label::DATE),
                ("10.4 trillion won", Label::MONEY),
                ("87,100 won", Label::MONEY),
                ("34", Label::CARDINAL),
                ("Rs 1.16 lakh crore", Label::MONEY),
                ("Rs 25 crore", Label::MONEY),
                ("£84m", Label::MONEY),
            ]
        );
    }

    #[test]
    fn reporting_periods_are_dates_and_laws_keep_their_year() {
        let text = "Samsung Electronics Q2 profit, Q3 and Sony FY25; the Companies Act 2006, the \
                    Data Protection Act, 2023 and the Voting Rights Act of 1965";
        let spans = [
            ("Samsung Electronics Q2", Label::ORG),
            ("Q3", Label::CARDINAL),
            ("Sony FY25", Label::PERSON),
            ("Companies Act", Label::LAW),
            ("2006", Label::DATE),
            ("Data Protection Act", Label::LAW),
            ("2023", Label::CARDINAL),
            ("Voting Rights Act", Label::LAW),
            ("1965", Label::DATE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Samsung Electronics", Label::ORG),
                ("Q3", Label::DATE),
                ("Sony", Label::PERSON),
                ("Companies Act 2006", Label::LAW),
                ("Data Protection Act, 2023", Label::LAW),
                ("Voting Rights Act", Label::LAW),
                ("1965", Label::DATE),
            ]
        );
    }

    #[test]
    fn listed_companies_correct_the_models_places_and_people_but_not_surnames() {
        let text =
            "Ferrari said. Shares of Nvidia rose; Meta fell and Xiaomi gained. Enzo Ferrari \
                    founded it. Tencent, Stellantis";
        let spans = [
            ("Nvidia", Label::GPE),
            ("Meta", Label::PERSON),
            ("Xiaomi", Label::ORG),
            ("Enzo Ferrari", Label::PERSON),
            ("Ferrari", Label::PERSON),
            ("Stellantis", Label::NORP),
        ];
        let companies = "Nvidia Meta Xiaomi Ferrari Tencent Stellantis";
        let p = Pipeline::merging(vec![
            (fixed(text, &spans), Merge::Fill),
            (
                fixed(
                    text,
                    &companies
                        .split(' ')
                        .map(|c| (c, Label::ORG))
                        .collect::<Vec<_>>(),
                ),
                Merge::Correct,
            ),
        ]);
        assert_eq!(
            run(&p, text),
            [
                ("Ferrari", Label::PERSON),
                ("Nvidia", Label::ORG),
                ("Meta", Label::ORG),
                ("Xiaomi", Label::ORG),
                ("Enzo Ferrari", Label::PERSON),
                ("Tencent", Label::ORG),
                ("Stellantis", Label::ORG),
            ]
        );
    }

    #[test]
    fn a_surname_alone_is_the_person() {
        let text =
            "Jannik Sinner won and Theresa May spoke. Sinner said that Sinner Jones and King \
                    Sinner were there, and May agreed. Ed Grant came. Grant left, and the grant \
                    ended.";
        let spans = [
            ("Jannik Sinner", Label::PERSON),
            ("Theresa May", Label::PERSON),
            ("Ed Grant", Label::PERSON),
        ];
        let tokens = crate::tokenize::tokenize(text);
        let ends: Vec<usize> = (0..tokens.len())
            .filter(|&i| &text[tokens[i].start..tokens[i].end] == ".")
            .collect();
        let sentences: Vec<_> = ends
            .iter()
            .scan(0, |start, &e| {
                let r = *start..e + 1;
                *start = e + 1;
                Some(r)
            })
            .collect();
        let doc = Doc::new(text, &tokens, &sentences);
        let found = Pipeline::new(vec![fixed(text, &spans)]).recognize(&doc);
        let got: Vec<(&str, Label)> = found
            .iter()
            .map(|m| (&text[m.span.start..m.span.end], m.label))
            .collect();
        // `Sinner said` opens a sentence but `sinner` is no word here; `Sinner Jones` goes on as
        // another name; `May` is a month; `Grant` at a sentence start is also the word `grant`.
        assert_eq!(
            got,
            [
                ("Jannik Sinner", Label::PERSON),
                ("Theresa May", Label::PERSON),
                ("Sinner", Label::PERSON),
                ("Sinner", Label::PERSON),
                ("Ed Grant", Label::PERSON),
            ]
        );
    }

    #[test]
    fn an_index_number_is_no_count() {
        let text = "the FTSE 100 rose, the S&P 500 fell and the Billboard Hot 100; Top 20, 500 \
                    points and MYFTSE 100";
        let spans = [
            ("100", Label::CARDINAL),
            ("500", Label::CARDINAL),
            ("Hot 100", Label::WORK_OF_ART),
            ("20", Label::CARDINAL),
            ("500 points", Label::CARDINAL),
            ("MYFTSE 100", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Hot 100", Label::WORK_OF_ART),
                ("20", Label::CARDINAL),
                ("500 points", Label::CARDINAL),
                ("MYFTSE 100", Label::ORG),
            ]
        );
    }

    #[test]
    fn a_run_of_set_scores_is_read_score_by_score() {
        fn run(t: &str) -> Option<(Vec<&str>, usize)> {
            score_run(t.as_bytes(), 0).map(|(s, e)| (s.iter().map(|&(a, b)| &t[a..b]).collect(), e))
        }
        assert_eq!(
            run("4-6 6-4 7-6(10-8) on"),
            Some((vec!["4-6", "6-4", "7-6", "10-8"], 17))
        );
        assert_eq!(
            run("6-3 7–6 (7) 6-2."),
            Some((vec!["6-3", "7–6", "7", "6-2"], 17))
        );
        assert_eq!(
            run("1-11 2-38 3-125"),
            Some((vec!["1-11", "2-38", "3-125"], 15))
        );
        // One score alone, a year range, a word running on.
        assert_eq!(run("6-4 in"), None);
        assert_eq!(run("2019-20 2020-21"), None);
        assert_eq!(run("6-4 6-2am"), None);
    }

    #[test]
    fn two_counts_joined_by_a_dash_are_one_score() {
        let text = "drew 2-2 with Chelsea, 3 - 1 and 2-1000";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (5, 6, Label::CARDINAL),
            (7, 8, Label::CARDINAL),
            (23, 24, Label::CARDINAL),
            (27, 28, Label::CARDINAL),
            (33, 34, Label::CARDINAL),
            (35, 39, Label::CARDINAL),
        ]))]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["2-2", "3", "1", "2", "1000"]);
    }

    #[test]
    fn a_range_is_one_measure_and_a_bracket_ends_a_mention() {
        use Label::{CARDINAL, PERCENT, QUANTITY};
        let text = "3 to 5 inches fell, 1.9-2.5 percent rose, about 190 miles (305 kilometers) \
                    off, and 4 of 6 inches";
        let spans = [
            ("3", CARDINAL),
            ("5 inches", QUANTITY),
            ("1.9", CARDINAL),
            ("2.5 percent", PERCENT),
            ("about 190 miles (305 kilometers", QUANTITY),
            ("4", CARDINAL),
            ("6 inches", QUANTITY),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("3 to 5 inches", QUANTITY),
                ("1.9-2.5 percent", PERCENT),
                ("about 190 miles", QUANTITY),
                ("305 kilometers", QUANTITY),
                ("4", CARDINAL),
                ("6 inches", QUANTITY),
            ]
        );
    }

    #[test]
    fn an_organization_keeps_the_of_part_of_its_name() {
        use Label::{GPE, ORG};
        let text = "the Democratic Party for the People, the Constitutional Democratic Party of \
                    Japan, the Council for the first time, the Party of Regions, Apple of Cupertino";
        let spans = [
            ("Democratic Party", ORG),
            ("Constitutional Democratic Party", ORG),
            ("Japan", GPE),
            ("Council", ORG),
            ("Party of Regions", ORG),
            ("Apple", ORG),
            ("Cupertino", GPE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Democratic Party for the People", ORG),
                ("Constitutional Democratic Party of Japan", ORG),
                ("Council", ORG),
                ("Party of Regions", ORG),
                ("Apple", ORG),
                ("Cupertino", GPE),
            ]
        );
    }

    /// A one-word newspaper after a capitalized `The` mid-sentence is an ORG (the `The` stays
    /// out); at a sentence's start, or after a capitalized word (a title-case headline), it
    /// keeps its label, unless it `reported`.
    #[test]
    fn a_paper_keeps_its_the() {
        use Label::{ORG, WORK_OF_ART};
        let text = "he told The Hindu on Monday. The Guardian said. Why The Lancet Matters. \
                    The Toledo Blade reported it.";
        let spans = [
            ("Hindu", WORK_OF_ART),
            ("Guardian", WORK_OF_ART),
            ("Lancet", WORK_OF_ART),
            ("Toledo Blade", WORK_OF_ART),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Hindu", ORG),
                ("Guardian", WORK_OF_ART),
                ("Lancet", WORK_OF_ART),
                ("Toledo Blade", ORG)
            ]
        );
    }

    #[test]
    fn the_heads_under_a_parent_are_the_of_heads_from_bank_on() {
        assert_eq!(OF_HEADS_UNDER_A_PARENT[0], "Bank");
        assert_eq!(OF_HEADS_UNDER_A_PARENT.last(), Some(&"Administration"));
    }

    /// The heads of exchanges, offices and banks keep their `of` part too.
    #[test]
    fn an_exchange_or_a_bank_keeps_the_of_part_of_its_name() {
        use Label::{GPE, ORG};
        let text = "with the National Stock Exchange of India and the People's Bank of China, \
                    the International Department of the Communist Party";
        let spans = [
            ("National Stock Exchange", ORG),
            ("India", GPE),
            ("People's Bank", ORG),
            ("China", GPE),
            ("International Department", ORG),
            ("Communist Party", ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("National Stock Exchange of India", ORG),
                ("People's Bank of China", ORG),
                ("International Department", ORG),
                ("Communist Party", ORG),
            ]
        );
    }

    #[test]
    fn credentials_after_a_name_are_no_places() {
        let text = "said Priya Raman, M.D., Ph.D., who moved to Md. after an M.D. from Harvard";
        let spans = [
            ("Priya Raman", Label::PERSON),
            ("M.D.", Label::GPE),
            ("Ph.D.", Label::GPE),
            ("Md.", Label::GPE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [("Priya Raman", Label::PERSON), ("Md.", Label::GPE)]
        );
    }

    #[test]
    fn a_count_with_a_unit_is_a_measure() {
        use Label::{CARDINAL, PERCENT, QUANTITY};
        let text = "ran eight yards to a 58.6-metre tower, a two percentage-point gap, 3 people, \
                    gusts of 50 to 70 mph";
        let spans = [
            ("50 to 70", CARDINAL),
            ("eight", CARDINAL),
            ("58.6", CARDINAL),
            ("two", CARDINAL),
            ("3", CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("eight yards", QUANTITY),
                ("58.6-metre", QUANTITY),
                ("two percentage-point", PERCENT),
                ("3", CARDINAL),
                ("50 to 70 mph", QUANTITY),
            ]
        );
    }

    #[test]
    fn a_team_loses_the_score_it_ran_into() {
        let text = "Arsenal 2-1 Aston Villa 2-1 and Proposition 2 - 1 and Windows 11-12";
        let spans = [
            ("Aston Villa 2", Label::LAW),
            ("Proposition 2", Label::LAW),
            ("Windows 11", Label::PRODUCT),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Aston Villa", Label::LAW),
                ("Proposition 2", Label::LAW),
                ("Windows", Label::PRODUCT),
            ]
        );
    }

    #[test]
    fn a_quoted_title_of_digits_stays_a_title() {
        let text = "She reread Orwell's novel \"1984\" and bought 1984 copies.";
        let model = [("1984", Label::CARDINAL)];
        let p = Pipeline::merging(vec![
            (fixed(text, &model), Merge::Fill),
            (Box::new(rules::QuotedTitles), Merge::Cover),
        ]);
        assert_eq!(run(&p, text), [("1984", Label::WORK_OF_ART)]);
    }

    #[test]
    fn a_family_name_like_a_word_after_a_title_is_the_name() {
        let text = "Vice Premier He Lifeng met Minister Dong Jun; He Lifeng and Sun left.";
        let spans = [
            ("Lifeng", Label::PERSON),
            ("Jun", Label::PERSON),
            ("Lifeng and", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("He Lifeng", Label::PERSON),
                ("Dong Jun", Label::PERSON),
                ("Lifeng and", Label::ORG),
            ]
        );
    }

    #[test]
    fn roads_and_venues_named_by_a_foreign_first_word_are_places() {
        use Label::{FAC, ORG};
        let text = "on the Pacific Highway to Estadio Azteca, Stade de France and Camp Nou, \
                    Qasr Al Watan, not the California Highway Patrol or Campbell Soup";
        let spans = [
            ("Pacific Highway", ORG),
            ("Estadio Azteca", ORG),
            ("Qasr Al Watan", ORG),
            ("Stade de France", ORG),
            ("Camp Nou", Label::LOC),
            ("California Highway Patrol", ORG),
            ("Campbell Soup", ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Pacific Highway", FAC),
                ("Estadio Azteca", FAC),
                ("Stade de France", FAC),
                ("Camp Nou", FAC),
                ("Qasr Al Watan", FAC),
                ("California Highway Patrol", ORG),
                ("Campbell Soup", ORG),
            ]
        );
    }

    #[test]
    fn companies_by_their_trade_and_bodies_by_their_first_word() {
        use Label::{EVENT, GPE, LAW, ORG, PERSON};
        let text = "Tianqi Lithium, Mistral AI and Warner Bros. met the Institute for the Study \
                    of War, the Ministry of Law and Michael Gold, not the Battle of Britain; \
                    Immigration and Customs Enforcement, the Trump Administration, Salar de \
                    Uyuni, Cerro Aconcagua and Sierra Leone";
        let spans = [
            ("Tianqi Lithium", PERSON),
            ("Mistral AI", GPE),
            ("Warner Bros.", PERSON),
            ("Institute for the Study of War", EVENT),
            ("Ministry of Law", LAW),
            ("Michael Gold", PERSON),
            ("Battle of Britain", EVENT),
            ("Immigration and Customs Enforcement", LAW),
            ("Trump Administration", PERSON),
            ("Salar de Uyuni", ORG),
            ("Cerro Aconcagua", PERSON),
            ("Sierra Leone", GPE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Tianqi Lithium", ORG),
                ("Mistral AI", ORG),
                ("Warner Bros.", ORG),
                ("Institute for the Study of War", ORG),
                ("Ministry of Law", ORG),
                ("Michael Gold", PERSON),
                ("Battle of Britain", EVENT),
                ("Immigration and Customs Enforcement", ORG),
                ("Trump Administration", PERSON),
                ("Salar de Uyuni", Label::LOC),
                ("Cerro Aconcagua", Label::LOC),
                ("Sierra Leone", GPE),
            ]
        );
    }

    #[test]
    fn a_sequels_number_joins_its_quoted_title() {
        use Label::{CARDINAL, WORK_OF_ART};
        let text = "Disney's \"Zootopia 2\" beat Avatar 3 and \"Up\" 2 times";
        let spans = [
            ("Zootopia", WORK_OF_ART),
            ("2", CARDINAL),
            ("Avatar", WORK_OF_ART),
            ("3", CARDINAL),
            ("Up", WORK_OF_ART),
            ("2 times", CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["Zootopia 2", "Avatar", "3", "Up", "2 times"]);
    }

    #[test]
    fn a_name_the_article_describes_as_a_company_is_one_wherever_named() {
        use Label::{GPE, NORP, ORG, PERSON};
        let text = "Johnson Matthey, the British chemicals group, sold a unit. Johnson Matthey \
                    said so. Blue Origin's chief executive and Hong Kong's chief executive met. Albemarle, the US lithium producer, lost money. Shares in Reckitt \
                    Benckiser fell, as Hargreaves Lansdown shares did. Martin Deboo, an analyst \
                    at the bank, and Ann Lee, the firm's director, spoke; the Masalit, the \
                    ethnic group, fled; Musk's shares rose.";
        let spans = [
            ("Johnson Matthey", PERSON),
            ("British", NORP),
            ("Blue Origin", GPE),
            ("Hong Kong", GPE),
            ("Albemarle", GPE),
            ("US", GPE),
            ("Reckitt Benckiser", PERSON),
            ("Hargreaves Lansdown", PERSON),
            ("Martin Deboo", PERSON),
            ("Ann Lee", PERSON),
            ("Masalit", NORP),
            ("Musk", PERSON),
        ];
        let again = text.rfind("Johnson Matthey").unwrap();
        let mut mentions: Vec<(usize, usize, Label)> = spans
            .iter()
            .map(|&(m, l)| (text.find(m).unwrap(), text.find(m).unwrap() + m.len(), l))
            .collect();
        mentions.push((again, again + "Johnson Matthey".len(), PERSON));
        let p = Pipeline::new(vec![Box::new(Fixed(mentions))]);
        assert_eq!(
            run(&p, text),
            [
                ("Johnson Matthey", ORG),
                ("British", NORP),
                ("Johnson Matthey", ORG),
                ("Blue Origin", ORG),
                ("Hong Kong", GPE),
                ("Albemarle", ORG),
                ("US", GPE),
                ("Reckitt Benckiser", ORG),
                ("Hargreaves Lansdown", ORG),
                ("Martin Deboo", PERSON),
                ("Ann Lee", PERSON),
                ("Masalit", NORP),
                ("Musk", PERSON),
            ]
        );
    }

    #[test]
    fn a_person_inside_a_list_of_places_is_a_place() {
        use Label::{GPE, PERSON};
        let text = "Shelters across Trelawny, Westmoreland and Hanover filled. Reporting from \
                    Rome, Italy and Carlo next. Paris, Lyon and Marie Curie.";
        assert_eq!(
            settled(
                text,
                &[
                    ("Trelawny", GPE),
                    ("Westmoreland", PERSON),
                    ("Hanover", GPE),
                    ("Rome", GPE),
                    ("Italy", GPE),
                    ("Carlo", PERSON),
                    ("Paris", GPE),
                    ("Lyon", GPE),
                    ("Marie Curie", PERSON),
                ]
            ),
            [
                ("Trelawny", GPE),
                ("Westmoreland", GPE),
                ("Hanover", GPE),
                ("Rome", GPE),
                ("Italy", GPE),
                ("Carlo", PERSON),
                ("Paris", GPE),
                ("Lyon", GPE),
                ("Marie Curie", PERSON),
            ]
        );
    }

    #[test]
    fn a_saints_name_read_as_a_person_is_a_place() {
        use Label::{GPE, PERSON};
        let text = "Floods hit St Elizabeth; St. Albans too; Ms. St. Guillen spoke; Imette St. \
                    Guillen too.";
        assert_eq!(
            settled(
                text,
                &[
                    ("St Elizabeth", PERSON),
                    ("St. Albans", PERSON),
                    ("St. Guillen", PERSON),
                    ("Imette St. Guillen", PERSON),
                ]
            ),
            [
                ("St Elizabeth", GPE),
                ("St. Albans", GPE),
                ("St. Guillen", PERSON),
                ("Imette St. Guillen", PERSON),
            ]
        );
    }

    #[test]
    fn a_one_word_person_after_the_is_an_institution() {
        use Label::{ORG, PERSON};
        let text = "Talks at the Chancellery, then the Pope met the Waltons, the Queen and \
                    the Bush team; the Anderson-Burdick test; Merz left.";
        assert_eq!(
            settled(
                text,
                &[
                    ("Chancellery", PERSON),
                    ("Pope", PERSON),
                    ("Waltons", PERSON),
                    ("Queen", PERSON),
                    ("Bush", PERSON),
                    ("Anderson", PERSON),
                    ("Merz", PERSON),
                ]
            ),
            [
                ("Chancellery", ORG),
                ("Pope", PERSON),
                ("Waltons", PERSON),
                ("Queen", PERSON),
                ("Bush", PERSON),
                ("Anderson", PERSON),
                ("Merz", PERSON),
            ]
        );
    }

    #[test]
    fn a_score_a_glued_unit_and_a_code_after_an_amount() {
        use Label::{CARDINAL, MONEY, QUANTITY};
        let text = "Sinner won 7-6 and got $5-10; more than 1,000km away; a $1.6B XM30 deal; \
                    $ 140s; 4,000 rpm.";
        assert_eq!(
            settled(
                text,
                &[
                    ("7-6", MONEY),
                    ("$5-10", MONEY),
                    ("more than 1,000km", CARDINAL),
                    ("$1.6B XM30", MONEY),
                    ("$ 140s", MONEY),
                    ("4,000", CARDINAL),
                ]
            ),
            [
                ("7-6", CARDINAL),
                ("$5-10", MONEY),
                ("more than 1,000km", QUANTITY),
                ("$1.6B", MONEY),
                ("$ 140s", MONEY),
                ("4,000", CARDINAL),
            ]
        );
    }

    #[test]
    fn a_disease_is_no_person() {
        use Label::{GPE, ORG, PERSON};
        let text = "Nipah virus spread; Zika fever too; Palau fever, Acme viruses, Ann Lee virus.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Nipah", PERSON),
                ("Zika", ORG),
                ("Palau", GPE),
                ("Acme", ORG),
                ("Ann Lee", PERSON),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [("Palau", GPE), ("Acme", ORG), ("Ann Lee", PERSON)]
        );
    }

    #[test]
    fn a_capitals_update_stamp_is_no_name() {
        use Label::{DATE, PERSON, PRODUCT};
        let text = "FRIDAY PM UPDATE: Windows Update failed for Ann Lee.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("FRIDAY", DATE),
                ("UPDATE", PERSON),
                ("Windows Update", PRODUCT),
                ("Ann Lee", PERSON),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("FRIDAY", DATE),
                ("Windows Update", PRODUCT),
                ("Ann Lee", PERSON)
            ]
        );
    }

    #[test]
    fn credit_lines_stamps_and_surnames_read_as_people_and_places() {
        use Label::{GPE, ORG, PERSON, TIME};
        let text = "Reporting by Lewis Krauskopf; Editing by Jonathan Oatis. Updated 7:35 PM PT. \
                    All Rights Reserved. Smoke rose near Castaic, near Smith's farm. Hester \
                    Chambers sang; Chambers played. Henry Ford built Ford Motor; Ford grew.";
        let spans = [
            ("Lewis Krauskopf", ORG),
            ("Jonathan Oatis", GPE),
            ("Updated 7:35 PM PT", ORG),
            ("All Rights Reserved", ORG),
            ("Castaic", PERSON),
            ("Smith", PERSON),
            ("Hester Chambers", PERSON),
            ("Henry Ford", PERSON),
            ("Ford Motor", ORG),
        ];
        let mut mentions: Vec<(usize, usize, Label)> = spans
            .iter()
            .map(|&(m, l)| (text.find(m).unwrap(), text.find(m).unwrap() + m.len(), l))
            .collect();
        for (w, l) in [("Chambers played", ORG), ("Ford grew", ORG)] {
            let at = text.find(w).unwrap();
            let end = at + w.split(' ').next().unwrap().len();
            mentions.push((at, end, l));
        }
        mentions.sort_by_key(|m| m.0);
        let clock = crate::ner::rules::ClockTimes;
        let p = Pipeline::merging(vec![
            (Box::new(Fixed(mentions)), Merge::Fill),
            (Box::new(clock), Merge::Cover),
        ]);
        assert_eq!(
            run(&p, text),
            [
                ("Lewis Krauskopf", PERSON),
                ("Jonathan Oatis", PERSON),
                ("7:35 PM PT", TIME),
                ("Castaic", GPE),
                ("Smith", PERSON),
                ("Hester Chambers", PERSON),
                ("Chambers", PERSON),
                ("Henry Ford", PERSON),
                ("Ford Motor", ORG),
                ("Ford", ORG),
            ]
        );
    }

    #[test]
    fn a_name_after_a_role_is_its_person() {
        use Label::{GPE, ORG, PERSON};
        let text = "Pickford's barrister, Alistair Grant, said so; his widow, Ann Price, agreed; \
                    its adviser, Goldman Sachs, and her son, Paris, came. The song’s producer, \
                    Mustard, and Gucci’s new designer, Demna, spoke.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Pickford", PERSON),
                ("Alistair Grant", ORG),
                ("Ann Price", GPE),
                ("Goldman Sachs", ORG),
                ("Paris", GPE),
                ("Mustard", ORG),
                ("Demna", GPE),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Pickford", PERSON),
                ("Alistair Grant", PERSON),
                ("Ann Price", PERSON),
                ("Goldman Sachs", ORG),
                // A listed place keeps its label.
                ("Paris", GPE),
                ("Mustard", PERSON),
                ("Demna", PERSON),
            ]
        );
    }

    #[test]
    fn a_ship_is_named_by_its_prefix() {
        use Label::{LOC, ORG, PRODUCT};
        let text = "The carrier MV Aegean Star and the MT Sounion II burned; USS Ford sailed.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("MV Aegean Star", ORG),
                ("Sounion II", LOC),
                ("USS Ford", ORG),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("MV Aegean Star", PRODUCT),
                ("MT Sounion II", PRODUCT),
                ("USS Ford", PRODUCT),
            ]
        );
    }

    #[test]
    fn a_name_after_a_lower_case_office_is_its_holder() {
        use Label::{ORG, PERSON};
        let text = "The CPI(M) general secretary M.A. Baby said; chairman C.S. Setty agreed; \
                    the Secretary General Motors met; an executive MBA Group; expert P.D.T. \
                    Achary and actress Jane Roe; the oil producer Saudi Aramco.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("M.A. Baby", ORG),
                ("C.S. Setty", ORG),
                ("General Motors", ORG),
                ("MBA Group", ORG),
                ("P.D.T. Achary", ORG),
                ("Jane Roe", ORG),
                ("Saudi Aramco", ORG),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("M.A. Baby", PERSON),
                ("C.S. Setty", PERSON),
                ("General Motors", ORG),
                ("MBA Group", ORG),
                ("P.D.T. Achary", PERSON),
                ("Jane Roe", PERSON),
                ("Saudi Aramco", ORG),
            ]
        );
    }

    #[test]
    fn a_given_name_alone_is_its_person() {
        use Label::{ORG, PERSON, PRODUCT};
        let text = "Cole Palmer scored. Cole is special. Aston Martin and Aston Villa; Aston \
                    Smith ran. Aston won.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (0, 11, PERSON),
            (20, 24, PRODUCT),
            (37, 49, ORG),
            (54, 65, ORG),
            (67, 78, PERSON),
            (84, 89, PRODUCT),
        ]))]);
        assert_eq!(
            run(&p, text),
            [
                ("Cole Palmer", PERSON),
                ("Cole", PERSON),
                ("Aston Martin", ORG),
                ("Aston Villa", ORG),
                ("Aston Smith", PERSON),
                // A word that opens a company's name is no given name here.
                ("Aston", PRODUCT),
            ]
        );
        // Before its full name, a given name's word is whatever else it names.
        let text = "Brent rose 2%. Brent Scowcroft spoke.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("Brent", PRODUCT), ("Brent Scowcroft", PERSON)],
        )]);
        assert_eq!(
            run(&p, text),
            [("Brent", PRODUCT), ("Brent Scowcroft", PERSON)]
        );
        // An ORG keeps its label: the model's full names are not all people.
        let text = "sources tell Axios. Sign up for Axios Pro Rata.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("Axios", ORG), ("Axios Pro Rata", PERSON)],
        )]);
        assert_eq!(run(&p, text), [("Axios", ORG), ("Axios Pro Rata", PERSON)]);
    }

    #[test]
    fn a_body_the_model_missed_is_found_by_its_apposition() {
        use Label::{ORG, PERSON};
        let text = "Threshold, the housing charity, said rents rose.\n\nMeanwhile, the company, \
                    which grew, and Jane Smith, the union leader, spoke; Unite, the union, struck. \
                    Credits: Ledgerline\n\nLedgerline, a San Francisco startup that grew.";
        let p = Pipeline::new(vec![fixed(text, &[("Jane Smith", PERSON)])]);
        assert_eq!(
            run(&p, text),
            [
                ("Threshold", ORG),
                ("Jane Smith", PERSON),
                ("Unite", ORG),
                ("Ledgerline", ORG),
            ]
        );
    }

    #[test]
    fn a_word_of_a_named_company_alone_is_that_company() {
        use Label::{ORG, PERSON};
        let text = "Eli Lilly and Goldman Sachs Group. Lilly rose; Mr. Sachs spoke; Goldman fell; \
                    Hammond Paper said Hammond agreed, as Anna Hammond did.";
        let spans = [
            ("Eli Lilly", ORG),
            ("Goldman Sachs Group", ORG),
            ("Lilly rose", PERSON),
            ("Sachs spoke", PERSON),
            ("Goldman fell", PERSON),
            ("Hammond Paper", ORG),
            ("Hammond agreed", PERSON),
            ("Anna Hammond", PERSON),
        ];
        let mentions: Vec<(usize, usize, Label)> = spans
            .iter()
            .map(|&(m, l)| {
                let at = text.find(m).unwrap();
                let name = if m.contains(' ') && l == PERSON && !m.starts_with("Anna") {
                    m.split(' ').next().unwrap()
                } else {
                    m
                };
                (at, at + name.len(), l)
            })
            .collect();
        let p = Pipeline::new(vec![Box::new(Fixed(mentions))]);
        assert_eq!(
            run(&p, text),
            [
                ("Eli Lilly", ORG),
                ("Goldman Sachs Group", ORG),
                ("Lilly", ORG),
                ("Sachs", PERSON),
                ("Goldman", ORG),
                ("Hammond Paper", ORG),
                ("Hammond", PERSON),
                ("Anna Hammond", PERSON),
            ]
        );
    }

    #[test]
    fn a_name_before_a_word_for_its_staff_is_a_team() {
        use Label::{GPE, ORG, PERSON};
        let text = "Tottenham manager Ange Postecoglou, the Brentford striker, Pakistan captain \
                    Babar Azam, the Montenegrin coach and Smith, a manager";
        let spans = [
            ("Tottenham", PERSON),
            ("Ange Postecoglou", PERSON),
            ("Brentford", GPE),
            ("Pakistan", GPE),
            ("Babar Azam", PERSON),
            ("Montenegrin", GPE),
            ("Smith", PERSON),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Tottenham", ORG),
                ("Ange Postecoglou", PERSON),
                ("Brentford", ORG),
                ("Pakistan", GPE),
                ("Babar Azam", PERSON),
                ("Montenegrin", GPE),
                ("Smith", PERSON),
            ]
        );
    }

    #[test]
    fn flights_and_model_numbers_join_their_names() {
        use Label::{CARDINAL, FAC, ORG, PRODUCT};
        let text = "Flight 2217 landed; Alaska Airlines Flight 1282 and United Flight 93. A \
                    Boeing 737 Max 8, delivered, beside 737 Max 8 jets, from Launch Complex 36.";
        let spans = [
            ("Flight 2217", ORG),
            ("Alaska Airlines Flight 1282", ORG),
            ("United", ORG),
            ("93", CARDINAL),
            ("Boeing", ORG),
            ("737 Max", PRODUCT),
            ("8,", CARDINAL),
            ("Launch Complex", ORG),
            ("36", CARDINAL),
        ];
        let mut mentions: Vec<(usize, usize, Label)> = spans
            .iter()
            .map(|&(m, l)| {
                let at = text.find(m).unwrap();
                (at, at + m.trim_end_matches(',').len(), l)
            })
            .collect();
        let second = text.rfind("737 Max 8").unwrap();
        mentions.push((second, second + 7, PRODUCT));
        mentions.push((second + 8, second + 9, CARDINAL));
        mentions.sort_by_key(|m| m.0);
        let p = Pipeline::new(vec![Box::new(Fixed(mentions))]);
        assert_eq!(
            run(&p, text),
            [
                ("Flight 2217", PRODUCT),
                ("Alaska Airlines", ORG),
                ("Flight 1282", PRODUCT),
                ("United", ORG),
                ("Flight 93", PRODUCT),
                ("Boeing", ORG),
                ("737 Max 8", PRODUCT),
                ("737 Max", PRODUCT),
                ("8", CARDINAL),
                ("Launch Complex 36", FAC),
            ]
        );
    }

    #[test]
    fn a_products_version_and_tier_join_it() {
        use Label::{CARDINAL, PERSON, PRODUCT};
        let text = "People love Gemini 2.5, and Gemini 3 Pro scored well; Smith 4.5 overs.";
        let spans = [
            ("Gemini", PRODUCT),
            ("2.5", CARDINAL),
            ("Gemini 3", PRODUCT),
            ("Pro", PERSON),
            ("Smith", PERSON),
            ("4.5", CARDINAL),
        ];
        let mut mentions: Vec<(usize, usize, Label)> = Vec::new();
        let mut from = 0;
        for &(m, l) in &spans {
            let at = from + text[from..].find(m).unwrap();
            mentions.push((at, at + m.len(), l));
            from = at + m.len();
        }
        let p = Pipeline::new(vec![Box::new(Fixed(mentions))]);
        assert_eq!(
            run(&p, text),
            [
                ("Gemini 2.5", PRODUCT),
                ("Gemini 3 Pro", PRODUCT),
                ("Smith", PERSON),
                ("4.5", CARDINAL),
            ]
        );
    }

    #[test]
    fn tallies_read_as_dates_are_counts_and_bases_take_their_head() {
        use Label::{CARDINAL, DATE, FAC, ORG};
        let text = "Jackson finished 24 of 33 and 22 of 35, on the 4th of July 2026, from \
                    Vandenberg Space Force Base and Cape Canaveral Space Force Station";
        let spans = [
            ("24 of 33", DATE),
            ("22", DATE),
            ("the 4th of July 2026", DATE),
            ("Vandenberg Space Force", ORG),
            ("Cape Canaveral Space Force Station", ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("24", CARDINAL),
                ("33", CARDINAL),
                ("22", CARDINAL),
                ("35", CARDINAL),
                ("the 4th of July 2026", DATE),
                ("Vandenberg Space Force Base", FAC),
                ("Cape Canaveral Space Force Station", FAC),
            ]
        );
    }

    #[test]
    fn the_sides_of_a_score_are_teams() {
        use Label::{CARDINAL, GPE, LAW, ORG, PERSON};
        let text = "Brentford beat Everton 2-0 and Leeds drew 1-1 with Burnley, as Japan 2-1 \
                    Syria; Smith scored 3 in Paris; 7-1 Raul Gonzalez 8-1 Juan Pizzi";
        let spans = [
            ("Brentford", GPE),
            ("Everton", LAW),
            ("2-0", CARDINAL),
            ("Leeds", PERSON),
            ("1-1", CARDINAL),
            ("Burnley", GPE),
            ("Japan", GPE),
            ("2-1", CARDINAL),
            ("Syria", GPE),
            ("Smith", PERSON),
            ("3", CARDINAL),
            ("Paris", GPE),
            ("7-1", CARDINAL),
            ("Raul Gonzalez", PERSON),
            ("8-1", CARDINAL),
            ("Juan Pizzi", PERSON),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<(&str, Label)> = run(&p, text)
            .into_iter()
            .filter(|(_, l)| *l != CARDINAL)
            .collect();
        assert_eq!(
            got,
            [
                ("Brentford", ORG),
                ("Everton", ORG),
                ("Leeds", ORG),
                ("Burnley", ORG),
                ("Japan", GPE),
                ("Syria", GPE),
                ("Smith", PERSON),
                ("Paris", GPE),
                ("Raul Gonzalez", PERSON),
                ("Juan Pizzi", PERSON),
            ]
        );
        // A few plain words before the verb; not across a clause's comma, nor for two people.
        let text = "Salah scored as Liverpool came from behind to beat Bournemouth 3-1. \
                    Villa, who beat Wolves 2-0, rose. Sinner came back to beat Alcaraz 6-4.";
        let spans = [
            ("Salah", PERSON),
            ("Liverpool", PERSON),
            ("Bournemouth", GPE),
            ("3-1", CARDINAL),
            ("Villa", PERSON),
            ("Wolves", PERSON),
            ("2-0", CARDINAL),
            ("Sinner", PERSON),
            ("Alcaraz", PERSON),
            ("6-4", CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<(&str, Label)> = run(&p, text)
            .into_iter()
            .filter(|(_, l)| *l != CARDINAL)
            .collect();
        assert_eq!(
            got,
            [
                ("Salah", PERSON),
                ("Liverpool", ORG),
                ("Bournemouth", ORG),
                ("Villa", PERSON),
                ("Wolves", PERSON),
                ("Sinner", PERSON),
                ("Alcaraz", PERSON),
            ]
        );
    }

    #[test]
    fn mentions_are_parted_at_separators_stamps_and_their_units() {
        use Label::{DATE, MONEY, ORG, PERSON, TIME};
        let text = "Shahbaz Rana | Khaleeq Kiani and Sports Desk | PERTH. 8:05 AM GMT Updated 2 \
                    hours ago. It was 11pc last week and 12pc year on year; $7bn EFF and $5bn \
                    USD. Rain fell at Springbrook in 24 hours, and at Easter in 2025. (Brian \
                    Cassella / Chicago Tribune) Last Updated: 3 hours ago";
        let spans = [
            ("Brian Cassella / Chicago Tribune", ORG),
            ("Shahbaz Rana | Khaleeq Kiani", PERSON),
            ("Sports Desk | PERTH", ORG),
            ("8:05 AM GMT Updated 2 hours ago", TIME),
            ("11pc last week", DATE),
            ("12pc year", DATE),
            ("$7bn EFF", MONEY),
            ("$5bn USD", MONEY),
            ("Springbrook in 24 hours", TIME),
            ("Easter in 2025", DATE),
            ("Last Updated: 3 hours ago", TIME),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Shahbaz Rana", PERSON),
                ("Khaleeq Kiani", PERSON),
                ("Sports Desk", ORG),
                ("8:05 AM GMT", TIME),
                ("2 hours ago", TIME),
                ("11pc", Label::PERCENT),
                ("last week", DATE),
                ("12pc", Label::PERCENT),
                ("$7bn", MONEY),
                ("$5bn USD", MONEY),
                ("24 hours", TIME),
                ("Easter in 2025", DATE),
                ("Brian Cassella", PERSON),
                ("Chicago Tribune", ORG),
                ("3 hours ago", TIME),
            ]
        );
    }

    #[test]
    fn amounts_framed_as_a_range_are_one() {
        use Label::{MONEY, PERCENT};
        let text = "between £20bn and £30bn, from 28% to 18%, by 0.25% to 4.5% and £5 and £6";
        let spans = [
            ("£20bn", MONEY),
            ("£30bn", MONEY),
            ("28%", PERCENT),
            ("18%", PERCENT),
            ("0.25%", PERCENT),
            ("4.5%", PERCENT),
            ("£5", MONEY),
            ("£6", MONEY),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            got,
            [
                "between £20bn and £30bn",
                "from 28% to 18%",
                "0.25%",
                "4.5%",
                "£5",
                "£6"
            ]
        );
    }

    #[test]
    fn a_month_day_and_a_later_day_are_one_date() {
        use Label::{CARDINAL, DATE};
        let text = "visits from Nov 24 to 29, and March 3-7 or Oct. 13 and 16 or May 5 to 40";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Nov 24", DATE),
                ("29", CARDINAL),
                ("March 3", DATE),
                ("7", CARDINAL),
                ("Oct. 13", DATE),
                ("16", CARDINAL),
                ("May 5", DATE),
                ("40", CARDINAL),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Nov 24 to 29", DATE),
                ("March 3-7", DATE),
                ("Oct. 13", DATE),
                ("16", CARDINAL),
                ("May 5", DATE),
                ("40", CARDINAL)
            ]
        );
    }

    #[test]
    fn dates_and_shares_framed_by_between_are_one() {
        use Label::{DATE, PERCENT};
        // Framed by words outside the mentions.
        let text = "played between 1961 and 1980 for them";
        let p = Pipeline::new(vec![fixed(text, &[("1961", DATE), ("1980", DATE)])]);
        assert_eq!(run(&p, text), [("between 1961 and 1980", DATE)]);
        // The tagger took `between` into the first half.
        let text = "Between January 2022 and May 2023 the home was paid";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("Between January 2022", DATE), ("May 2023", DATE)],
        )]);
        assert_eq!(run(&p, text), [("Between January 2022 and May 2023", DATE)]);
        let text = "will rise between 2.5% and 3.5% this year";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("between 2.5%", PERCENT), ("3.5%", PERCENT)],
        )]);
        assert_eq!(run(&p, text), [("between 2.5% and 3.5%", PERCENT)]);
        // Two holidays are two dates; `from` stays outside a span of years.
        let text = "between Thanksgiving and Christmas, from 2014 to 2019";
        let spans = [
            ("Thanksgiving", DATE),
            ("Christmas", DATE),
            ("2014", DATE),
            ("2019", DATE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["Thanksgiving", "Christmas", "2014", "2019"]);
    }

    /// Mentions of `text` at each occurrence of the words given, in order, with their labels.
    fn at_occurrences(text: &str, marked: &[(&str, Label)]) -> Vec<Mention> {
        let mut from = 0;
        marked
            .iter()
            .map(|&(w, label)| {
                let s = from + text[from..].find(w).unwrap();
                from = s + w.len();
                Mention {
                    span: Span::new(s, s + w.len()),
                    label,
                }
            })
            .collect()
    }

    #[test]
    fn people_named_as_places_twice_are_places() {
        use Label::{GPE, PERSON};
        let text = "Kostiantynivka fell. Troops left Kostiantynivka and Kostiantynivka burned. \
                    Washington said Washington and Washington agree, George Washington wrote. \
                    Paris and Paris met Paris.";
        let marked = [
            ("Kostiantynivka", GPE),
            ("Kostiantynivka", PERSON),
            ("Kostiantynivka", GPE),
            ("Washington", PERSON),
            ("Washington", GPE),
            ("Washington", GPE),
            ("George Washington", PERSON),
            ("Paris", GPE),
            ("Paris", PERSON),
            ("Paris", PERSON),
        ];
        let found = test_support::with_doc(text, |doc| {
            people_named_as_places(doc, at_occurrences(text, &marked))
        });
        let labels: Vec<Label> = found.iter().map(|m| m.label).collect();
        // The surname of a person named in full stays; a PERSON as often as the GPE stays.
        assert_eq!(
            labels,
            [GPE, GPE, GPE, PERSON, GPE, GPE, PERSON, GPE, PERSON, PERSON]
        );
    }

    #[test]
    fn a_name_after_village_of_is_a_place() {
        use Label::{GPE, LOC, ORG, PERSON};
        let text = "near the village of Oleksandro-Shultyne; the city of New York; the Bank of \
                    England; the town of Smith.";
        let marked = [
            ("Oleksandro-Shultyne", ORG),
            ("New York", LOC),
            ("England", ORG),
            ("Smith", PERSON),
        ];
        let found = test_support::with_doc(text, |doc| {
            places_named_again(doc, at_occurrences(text, &marked))
        });
        let labels: Vec<Label> = found.iter().map(|m| m.label).collect();
        assert_eq!(labels, [GPE, LOC, ORG, GPE]);
    }

    #[test]
    fn the_owner_of_a_named_person_is_no_person() {
        use Label::{GPE, ORG, PERSON};
        let text = "Red Bull's Lars Verhoeven won for Red Bull. McLaren's Oscar Bellamy was \
                    third. Illinois's Dick Durbin spoke. Donald Trump's Steve Bannon left.";
        let spans = [
            ("Red Bull", PERSON),
            ("Lars Verhoeven", PERSON),
            ("for Red Bull", PERSON),
            ("McLaren", ORG),
            ("Oscar Bellamy", PERSON),
            ("Illinois", GPE),
            ("Dick Durbin", PERSON),
            ("Donald Trump", PERSON),
            ("Steve Bannon", PERSON),
        ];
        let mut stage = Vec::new();
        for (m, l) in spans {
            // `for Red Bull` marks the second mention; the mention is the name alone.
            let s = text.find(m).unwrap();
            let s = if m.starts_with("for ") { s + 4 } else { s };
            let e = text.find(m).unwrap() + m.len();
            stage.push((s, e, l));
        }
        let p = Pipeline::new(vec![Box::new(Fixed(stage))]);
        assert_eq!(
            run(&p, text),
            [
                ("Red Bull", ORG),
                ("Lars Verhoeven", PERSON),
                ("Red Bull", ORG),
                ("McLaren", ORG),
                ("Oscar Bellamy", PERSON),
                ("Illinois", GPE),
                ("Dick Durbin", PERSON),
                ("Donald Trump", PERSON),
                ("Steve Bannon", PERSON),
            ]
        );
        // A surname of a person named in full stays that person.
        let text = "Lewis Hamilton won. Hamilton's Anna Price cheered.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (0, 14, PERSON),
            (20, 28, PERSON),
            (31, 41, PERSON),
        ]))]);
        let got: Vec<Label> = run(&p, text).into_iter().map(|(_, l)| l).collect();
        assert!(got.iter().all(|&l| l == PERSON), "{got:?}");
    }

    #[test]
    fn a_team_at_a_score_is_that_team_elsewhere() {
        use Label::{CARDINAL, GPE, ORG, PERSON};
        let text = "Chelsea 3-0 Everton. Chelsea were excellent; Everton fans went to Everton.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (0, 7, PERSON),
            (8, 11, CARDINAL),
            (12, 19, PERSON),
            (21, 28, PERSON),
            (45, 52, PERSON),
            (66, 73, GPE),
        ]))]);
        assert_eq!(
            run(&p, text),
            [
                ("Chelsea", ORG),
                ("3-0", CARDINAL),
                ("Everton", ORG),
                ("Chelsea", ORG),
                ("Everton", ORG),
                ("Everton", GPE),
            ]
        );
        // Players at a result stay players.
        let text = "Sinner beat Alcaraz 6-3 in Rome.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[("Sinner", PERSON), ("Alcaraz", PERSON), ("6-3", CARDINAL)],
        )]);
        assert_eq!(
            run(&p, text),
            [("Sinner", PERSON), ("Alcaraz", PERSON), ("6-3", CARDINAL)]
        );
    }

    #[test]
    fn a_company_noun_before_a_name_makes_it_a_company() {
        use Label::{NORP, ORG, PERSON, PRODUCT};
        let text = "Researchers at the cybersecurity firm Sophos agreed, as did the insurer \
                    Episource; Sophos said so. The company Smith founded grew, and film maker \
                    Guy Ritchie and the firm Jane Doe ran were named.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (38, 44, NORP),
            (72, 81, PRODUCT),
            (83, 89, NORP),
            (111, 116, PERSON),
            (146, 157, PERSON),
            (171, 179, PERSON),
        ]))]);
        let got = run(&p, text);
        assert_eq!(
            got,
            [
                ("Sophos", ORG),
                ("Episource", ORG),
                ("Sophos", ORG),
                ("Smith", PERSON),
                ("Guy Ritchie", PERSON),
                ("Jane Doe", PERSON),
            ]
        );
    }

    #[test]
    fn a_law_named_with_and_is_one_law() {
        use Label::{DATE, LAW, ORG};
        let text = "grants under the CHIPS and Science Act in 2023, the Tax Cuts and Jobs Act, \
                    and the EPA and the Clean Air Act; Congress and Clean Air Act";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("CHIPS", ORG),
                ("Science Act", LAW),
                ("2023", DATE),
                ("Jobs Act", LAW),
                ("EPA", ORG),
                ("Clean Air Act", LAW),
                ("Congress", ORG),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("CHIPS and Science Act", LAW),
                ("2023", DATE),
                ("Tax Cuts and Jobs Act", LAW),
                ("EPA", ORG),
                ("Clean Air Act", LAW),
                ("Congress", ORG),
            ]
        );
    }

    #[test]
    fn an_initial_before_a_pronoun_is_no_person() {
        let text = "Warner said in a post on X. He added more. Then came J. She left; Tao He and \
                    J. Smith spoke.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Warner", Label::PERSON),
                ("X. He", Label::PERSON),
                ("J. She", Label::PERSON),
                ("Tao He", Label::PERSON),
                ("J. Smith", Label::PERSON),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Warner", Label::PERSON),
                ("X", Label::ORG),
                ("Tao He", Label::PERSON),
                ("J. Smith", Label::PERSON),
            ]
        );
    }

    #[test]
    fn shares_of_is_no_part_of_a_company() {
        let text = "Shares of Equity Group Holdings gained. Shares in Barclays fell.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Shares of Equity Group Holdings", Label::ORG),
                ("Shares in Barclays", Label::ORG),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Equity Group Holdings", Label::ORG),
                ("Barclays", Label::ORG)
            ]
        );
    }

    #[test]
    fn a_possessive_company_name_is_whole() {
        use Label::{ORG, PERSON};
        let text = "Sotheby's sold it. Christie's will too. Sales at Christie's and Sotheby's \
                    rose; Sotheby's head spoke. Lauder's painting sold.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (0, 9, ORG),
            (19, 29, ORG),
            (49, 57, PERSON),
            (64, 73, ORG),
            (80, 87, ORG),
            (102, 108, PERSON),
        ]))]);
        assert_eq!(
            run(&p, text),
            [
                ("Sotheby's", ORG),
                ("Christie's", ORG),
                ("Christie's", ORG),
                ("Sotheby's", ORG),
                ("Sotheby's", ORG),
                ("Lauder", PERSON),
            ]
        );
    }

    #[test]
    fn a_dash_apart_before_a_mention_is_cut() {
        let text = "Oil prices gain\n- 12 hours ago\nIt fell -5% on Monday.";
        assert_eq!(
            settled(
                text,
                &[("- 12 hours ago", Label::TIME), ("-5%", Label::PERCENT)]
            ),
            [("12 hours ago", Label::TIME), ("-5%", Label::PERCENT)]
        );
    }

    #[test]
    fn a_second_period_after_an_abbreviation_ends_the_sentence() {
        let text = "Sales in the U.S.. Then the U.S. and Acme Inc. grew... in the U.S.";
        assert_eq!(
            settled(text, &[("U.S..", Label::GPE), ("Acme Inc.", Label::ORG)]),
            [("U.S.", Label::GPE), ("Acme Inc.", Label::ORG)]
        );
    }

    #[test]
    fn a_slash_apart_after_a_mention_is_cut() {
        let text = "An election in December /. The 9 / 11 attacks.";
        assert_eq!(
            settled(
                text,
                &[("December /", Label::DATE), ("9 / 11", Label::EVENT)]
            ),
            [("December", Label::DATE), ("9 / 11", Label::EVENT)]
        );
    }

    #[test]
    fn a_company_whose_s_owns_nothing_keeps_it() {
        use Label::{ORG, PERSON};
        let text = "Revenue at Wendy's and Kellogg's fell. Apple's profits rose, Bush's and \
                    Blair's too.";
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (11, 16, ORG),
            (23, 30, ORG),
            (39, 44, ORG),
            (61, 65, PERSON),
        ]))]);
        assert_eq!(
            run(&p, text),
            [
                ("Wendy's", ORG),
                ("Kellogg", ORG),
                ("Apple", ORG),
                ("Bush", PERSON),
            ]
        );
    }

    #[test]
    fn a_place_named_after_province_of_is_that_place_again() {
        use Label::{GPE, PERSON};
        let text = "Rain hit the province of Valdoria on Monday. Valdoria has no shelters, and \
                    Mara Valdoria said so.";
        let first = text.find("Valdoria").unwrap();
        let again = text.find("Valdoria has").unwrap();
        let mara = text.find("Mara Valdoria").unwrap();
        let p = Pipeline::new(vec![Box::new(Fixed(vec![
            (first, first + 8, GPE),
            (again, again + 8, PERSON),
            (mara, mara + 13, PERSON),
        ]))]);
        assert_eq!(
            run(&p, text),
            [
                ("Valdoria", GPE),
                ("Valdoria", GPE),
                ("Mara Valdoria", PERSON)
            ]
        );
    }

    #[test]
    fn a_short_weekday_before_a_date_is_part_of_it() {
        use Label::{DATE, ORG, PERSON};
        let text = "Posted Wed, Mar 4, 2026 by staff; The Sun, May 4 edition sold out.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Wed", PERSON),
                ("Mar 4, 2026", DATE),
                ("The Sun", ORG),
                ("May 4", DATE),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Wed, Mar 4, 2026", DATE),
                ("The Sun", ORG),
                ("May 4", DATE)
            ]
        );
    }

    #[test]
    fn a_clergy_title_and_a_name_are_the_person() {
        use Label::{ORG, PERSON};
        let text = "Archbishop Tomas Ruiz met Bishop Ireton High School staff and Rabbi Levi.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("Archbishop Tomas Ruiz", ORG),
                ("Bishop Ireton High School", ORG),
                ("Rabbi Levi", ORG),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Tomas Ruiz", PERSON),
                ("Bishop Ireton High School", ORG),
                ("Levi", PERSON),
            ]
        );
    }

    #[test]
    fn a_bare_year_is_a_date_unless_it_counts_things() {
        use Label::{CARDINAL, DATE};
        let text = "The 2030 mayoral race opens in autumn 2029, after the storms of 1998 flooded \
                    it; 2040 voters, more than 2005 and 2031 new homes.";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("2030", CARDINAL),
                ("2029", CARDINAL),
                ("1998", CARDINAL),
                ("2040 voters", CARDINAL),
                ("2005", CARDINAL),
                ("2031", CARDINAL),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("2030", DATE),
                ("2029", DATE),
                ("1998", DATE),
                ("2040 voters", CARDINAL),
                ("2005", CARDINAL),
                ("2031", CARDINAL),
            ]
        );
    }

    #[test]
    fn pieces_of_phone_numbers_are_no_counts() {
        use Label::CARDINAL;
        let text = "Call (617) 555-0142 or +44 20 7946 0958; 555 people paid 2,100 and 98-95 won; \
                    Woods +1 72 71 70";
        let spans = [
            ("617", CARDINAL),
            ("555", CARDINAL),
            ("0142", CARDINAL),
            ("7946", CARDINAL),
            ("555 people", CARDINAL),
            ("2,100", CARDINAL),
            ("98-95", CARDINAL),
            ("72", CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        let got: Vec<&str> = run(&p, text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, ["555 people", "2,100", "98-95", "72"]);
    }

    #[test]
    fn people_lose_the_lower_case_words_they_ran_into() {
        let text = "Babar Azam scored 69 as Chen Shui-bian and Chen Shui - bian watched Americans \
                    who said so, with Liu he";
        let spans = [
            ("Babar Azam scored", Label::PERSON),
            ("Chen Shui-bian", Label::PERSON),
            ("Chen Shui - bian", Label::PERSON),
            ("Americans who said", Label::NORP),
            ("Liu he", Label::ORG),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Babar Azam", Label::PERSON),
                ("Chen Shui-bian", Label::PERSON),
                ("Chen Shui - bian", Label::PERSON),
                ("Americans", Label::NORP),
                ("Liu he", Label::ORG),
            ]
        );
    }

    #[test]
    fn quotation_marks_at_a_mention_edge_are_dropped() {
        let text =
            "her Oscar after \"La La Land\" in 2017 and \"Poor Things,\" and the \"Blue Marlin; \
             Disney's sequel since \"Frozen II\" and Me and \"You\"";
        let spans = [
            ("La La Land\"", Label::WORK_OF_ART),
            ("\"Poor Things,\"", Label::WORK_OF_ART),
            ("\"Blue Marlin", Label::PRODUCT),
            ("Disney's sequel since \"Frozen II\"", Label::WORK_OF_ART),
            ("Me and \"You\"", Label::WORK_OF_ART),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("La La Land", Label::WORK_OF_ART),
                ("Poor Things", Label::WORK_OF_ART),
                ("Blue Marlin", Label::PRODUCT),
                ("Frozen II", Label::WORK_OF_ART),
                ("You", Label::WORK_OF_ART),
            ]
        );
    }

    #[test]
    fn counts_after_a_currency_sign_are_amounts() {
        let text =
            "fined Rs 2 lakh, paid USD 40, $ 75 and owes PKR5 and 3 Rs; Rs 1,200 crore, 9 million";
        let spans = [
            ("2 lakh", Label::QUANTITY),
            ("40", Label::CARDINAL),
            ("75", Label::CARDINAL),
            ("PKR5", Label::CARDINAL),
            ("3", Label::CARDINAL),
            ("Rs 1,200", Label::MONEY),
            ("9", Label::CARDINAL),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Rs 2 lakh", Label::MONEY),
                ("USD 40", Label::MONEY),
                ("$ 75", Label::MONEY),
                ("PKR5", Label::MONEY),
                ("3", Label::CARDINAL),
                ("Rs 1,200 crore", Label::MONEY),
                ("9 million", Label::CARDINAL),
            ]
        );
    }

    #[test]
    fn a_code_and_an_amount_read_as_a_name_are_money() {
        let text = "fined Rs 2 lakh, earned Rs 1.16 lakh crore; the SR 71 and RM 2 flew";
        let spans = [
            ("Rs 2", Label::PRODUCT),
            ("1.16", Label::CARDINAL),
            ("SR 71", Label::PRODUCT),
            ("RM 2", Label::PRODUCT),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("Rs 2 lakh", Label::MONEY),
                ("Rs 1.16 lakh crore", Label::MONEY),
                ("SR 71", Label::PRODUCT),
                ("RM 2", Label::PRODUCT),
            ]
        );
    }

    #[test]
    fn a_currency_named_or_signed_inside_makes_an_amount() {
        let text = "paid about £60 million, fell 20 euros, a 1.5 billion euro buyback, 10 \
                    million rupees, about Rs25 million, 122 billion pounds; 40 pounds, 3 euros";
        let spans = [
            ("about £60 million", Label::CARDINAL),
            ("20", Label::CARDINAL),
            ("1.5 billion", Label::MONEY),
            ("10 million rupees", Label::QUANTITY),
            ("about Rs25 million", Label::CARDINAL),
            ("122 billion", Label::MONEY),
            ("40", Label::QUANTITY),
            ("3", Label::DATE),
        ];
        let p = Pipeline::new(vec![fixed(text, &spans)]);
        assert_eq!(
            run(&p, text),
            [
                ("about £60 million", Label::MONEY),
                ("20 euros", Label::MONEY),
                ("1.5 billion euro", Label::MONEY),
                ("10 million rupees", Label::MONEY),
                ("about Rs25 million", Label::MONEY),
                ("122 billion pounds", Label::MONEY),
                ("40", Label::QUANTITY),
                ("3 euros", Label::MONEY),
            ]
        );
    }

    #[test]
    fn names_lose_the_numbers_around_them() {
        let text = "10 - Billy Dodds ( Aberdeen ), Takuya Takagi 88, Toledo 285,505, 613305, \
                    Boeing 747";
        let p = Pipeline::new(vec![fixed(
            text,
            &[
                ("10 - Billy Dodds", Label::PERSON),
                ("Takuya Takagi 88", Label::PERSON),
                ("Toledo 285,505", Label::GPE),
                ("613305", Label::PERSON),
                ("Boeing 747", Label::PRODUCT),
            ],
        )]);
        assert_eq!(
            run(&p, text),
            [
                ("Billy Dodds", Label::PERSON),
                ("Takuya Takagi", Label::PERSON),
                ("Toledo", Label::GPE),
                ("Boeing 747", Label::PRODUCT)
            ]
        );
    }

    #[test]
    fn later_stages_only_fill_gaps() {
        let p = Pipeline::new(vec![
            Box::new(Fixed(vec![(10, 20, Label::ORG), (0, 5, Label::GPE)])),
            Box::new(Fixed(vec![
                (3, 8, Label::DATE),
                (5, 10, Label::PERSON),
                (19, 25, Label::LOC),
                (30, 31, Label::CARDINAL),
            ])),
        ]);
        assert_eq!(
            run_spans(&p),
            [
                (0, 5, Label::GPE),
                (5, 10, Label::PERSON),
                (10, 20, Label::ORG),
                (30, 31, Label::CARDINAL)
            ]
        );
    }

    #[test]
    fn covering_stages_replace_only_what_they_contain() {
        let p = Pipeline::merging(vec![
            (
                Box::new(Fixed(vec![
                    (0, 5, Label::GPE),
                    (6, 10, Label::LOC),
                    (20, 30, Label::ORG),
                    (40, 45, Label::PERSON),
                ])),
                Merge::Fill,
            ),
            (
                Box::new(Fixed(vec![
                    // Two pieces of one name, then one mislabelled: replaced.
                    (0, 10, Label::GPE),
                    (40, 45, Label::LOC),
                    // Inside a longer mention, cutting into one: dropped.
                    (22, 26, Label::GPE),
                    (28, 35, Label::LOC),
                    // Over nothing: added.
                    (50, 55, Label::LOC),
                ])),
                Merge::Cover,
            ),
        ]);
        assert_eq!(
            run_spans(&p),
            [
                (0, 10, Label::GPE),
                (20, 30, Label::ORG),
                (40, 45, Label::LOC),
                (50, 55, Label::LOC)
            ]
        );
    }

    #[test]
    fn listed_names_of_several_words_win_over_the_models_pieces() {
        let text = "in Jammu and Kashmir and Azad Kashmir, not Jordan";
        let model = [
            ("Jammu", Label::GPE),
            ("Kashmir", Label::LOC),
            ("Azad Kashmir", Label::ORG),
            ("Jordan", Label::PERSON),
        ];
        let p = Pipeline::merging(vec![
            (fixed(text, &model), Merge::Fill),
            (Box::new(gazetteer::ListedNames::new()), Merge::Cover),
            (Box::new(rules::NamedOperations), Merge::Cover),
        ]);
        // One-word names stay the model's: it sees their context.
        assert_eq!(
            run(&p, text),
            [
                ("Jammu and Kashmir", Label::GPE),
                ("Azad Kashmir", Label::GPE),
                ("Jordan", Label::PERSON)
            ]
        );
    }

    #[test]
    fn a_listed_place_is_no_nationality() {
        let text = "prompting Islamabad to act; Pakistani jets; Jordan said";
        let model = [
            ("Islamabad", Label::NORP),
            ("Pakistani", Label::NORP),
            ("Jordan", Label::PERSON),
        ];
        let p = Pipeline::merging(vec![
            (fixed(text, &model), Merge::Fill),
            (
                Box::new(gazetteer::ListedNames::places()),
                Merge::Relabel(Label::NORP),
            ),
        ]);
        assert_eq!(
            run(&p, text),
            [
                ("Islamabad", Label::GPE),
                ("Pakistani", Label::NORP),
                ("Jordan", Label::PERSON)
            ]
        );
    }

    #[test]
    fn an_amount_before_a_name_is_money_of_its_own() {
        use crate::analysis::Label::{MONEY, ORG};
        assert_eq!(
            test_support::passed(
                "surpasses the £116m Chelsea paid, and the Rs285bn Sukkur Motorway, and 116m \
                 Chelsea",
                &[("116m Chelsea", ORG), ("Rs285bn Sukkur Motorway", ORG)],
                amounts_before_names
            ),
            test_support::owned(&[
                ("£116m", MONEY),
                ("Chelsea", ORG),
                ("Rs285bn", MONEY),
                ("Sukkur Motorway", ORG)
            ])
        );
    }
}
