//! Names defined with an acronym in brackets: `the Economic Community of West African States
//! (ECOWAS)`. The writer says, letter by letter, where the name starts, which a tagger reading
//! word by word does not know: it had `Economic Community` as an ORG and `West African States`
//! as a GPE, and the acronym as nothing. The letters find the name's first word
//! (Schwartz & Hearst 2003, reduced to initials); the pieces the recognizers found inside it
//! become one mention, and the acronym gets its label.

use super::{Doc, Mention};
use crate::analysis::{Label, Span};

/// Longest acronym read, in letters.
const MAX_LETTERS: usize = 10;

/// Small words a name may hold that give the acronym no letter (`of`, `the`, `and`, `&`) and the
/// hyphens inside names (`China-Pakistan`, tokenized apart).
fn is_skipped(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "and"
            | "for"
            | "on"
            | "in"
            | "&"
            | "-"
            | ","
            | "de"
            | "du"
            | "des"
            | "la"
            | "del"
    )
}

/// An acronym: 2 to [`MAX_LETTERS`] capital letters.
fn is_acronym(w: &str) -> bool {
    (2..=MAX_LETTERS).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// An acronym some outlets write as a word, capital first (`Pagasa` for the Philippine
/// Atmospheric, Geophysical and Astronomical Services Administration, `Unicef`, `Nato`): four
/// to [`MAX_LETTERS`] ASCII letters, the rest in lower case. Such a word is a name of its own
/// just as often, so it counts only where the words before it spell it by their initials.
fn is_word_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=MAX_LETTERS).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// An acronym in mixed case, as German and Polish parties and agencies write theirs (`AfD` for
/// Alternative für Deutschland, `PiS`, `KfW`): ASCII letters, a capital first and at least two
/// capitals. Like a word acronym, it counts only where the words before it spell it.
fn is_mixed_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=MAX_LETTERS).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Whether the words right before token `end` spell `letters` by their initials in lower case
/// only (`the air quality index (AQI)`, `information technology (IT)`): the short form of a
/// common noun, which names nothing (OntoNotes train: 2 of 2 untagged; spelled by capitalized
/// words, 24 of 35 are ORGs).
fn spelled_in_lower_case(doc: &Doc, letters: &[u8], end: usize) -> bool {
    let mut rest = letters;
    let mut j = end;
    while let Some((&last, before)) = rest.split_last() {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
        let w = doc.token_text(j);
        let Some(first) = w.bytes().next() else {
            return false;
        };
        if first.is_ascii_lowercase() && first.to_ascii_uppercase() == last {
            rest = before;
        } else if !is_skipped(w) {
            return false;
        }
    }
    letters.len() >= 2
}

/// The token range of the name that `(ACRONYM)` at tokens `open..open + 3` spells, if the words
/// before it spell it by their initials; a possessive between them stays out (`the Federal
/// Board of Revenue's (FBR) target`).
fn defined_name(doc: &Doc, open: usize) -> Option<std::ops::Range<usize>> {
    let upper = doc.token_text(open + 1).to_ascii_uppercase();
    let letters = upper.as_bytes();
    let end = if open > 0 && matches!(doc.token_text(open - 1), "'s" | "’s") {
        open - 1
    } else {
        open
    };
    spell(doc, letters, end).map(|start| start..end)
}

/// Where the name ending before token `end` starts, if its words spell `letters` by their
/// initials: every capitalized word gives its first letter, an acronym inside the name all of
/// its letters (`EU` in `EU Deforestation Regulation (EUDR)`); a small word gives its own (`of`
/// in `ECOWAS`) or none (`of` in `CPC`, `Communist Party of China`); the name starts with a
/// capitalized word.
fn spell(doc: &Doc, letters: &[u8], end: usize) -> Option<usize> {
    let (&last, rest) = letters.split_last()?;
    let mut j = end;
    loop {
        j = j.checked_sub(1)?;
        let w = doc.token_text(j);
        let first = w.bytes().next()?;
        if w.len() <= letters.len() && is_acronym(w) && letters.ends_with(w.as_bytes()) {
            let rest = &letters[..letters.len() - w.len()];
            if rest.is_empty() {
                return Some(j);
            }
            if let Some(found) = spell(doc, rest, j) {
                return Some(found);
            }
        }
        if first.to_ascii_uppercase() == last {
            let found = if rest.is_empty() {
                first.is_ascii_uppercase().then_some(j)
            } else {
                spell(doc, rest, j)
            };
            if found.is_some() || first.is_ascii_uppercase() {
                return found;
            }
        } else if first.is_ascii_uppercase() {
            return None;
        }
        if !is_skipped(w) {
            return None;
        }
    }
}

/// The label of a name made of `pieces`. An organization among them names the whole
/// (`Economic Community` ORG + `West African States` GPE). Else the piece that ends the name
/// says what it is (`Indus Waters Treaty` LAW, `Karakoram Highway` FAC), unless it is a place,
/// a people or a person, which open names far more often than they are one: such names, and
/// those of pieces that stop short (`China-Pakistan` GPE in `China-Pakistan Economic Corridor`,
/// `Benazir` PERSON in `Benazir Income Support Programme`), are organizations, as most names
/// defined by an acronym are. A name that one mention covers whole keeps that mention's label
/// (`United Arab Emirates (UAE)` stays a GPE). A name whose last word makes it a law is a law,
/// whatever organization opens it (`EU Deforestation Regulation (EUDR)`).
fn name_label(pieces: &[Mention], span: Span, last_word: &str) -> Label {
    use Label::*;
    // One mention that is the whole name already says what it is (`United Arab Emirates`).
    // A person's name is never defined so (OntoNotes train: of 33 names spelled by the capitals
    // in brackets after them, none is a PERSON, 31 are ORGs): the model's `[Chama Cha
    // Mapinduzi]PERSON ([CCM]ORG)` is a party.
    if let [m] = pieces {
        if m.span == span {
            return if m.label == PERSON { ORG } else { m.label };
        }
    }
    if super::LAW_HEADS.contains(&last_word) {
        return LAW;
    }
    if pieces.iter().any(|m| m.label == ORG) {
        return ORG;
    }
    match pieces.iter().find(|m| m.span.end == span.end) {
        Some(m) if !matches!(m.label, GPE | NORP | LOC | PERSON) => m.label,
        _ => ORG,
    }
}

/// Whether the name right before the bracket at token `open` (a possessive between them stays
/// out) is an organization the recognizers found, and the bracket holds capitals only.
fn organization_before(doc: &Doc, found: &[Mention], open: usize) -> bool {
    if !is_acronym(doc.token_text(open + 1)) {
        return false;
    }
    let end = if open > 0 && matches!(doc.token_text(open - 1), "'s" | "’s") {
        open - 1
    } else {
        open
    };
    let Some(last) = end.checked_sub(1) else {
        return false;
    };
    let before = doc.tokens[last].end;
    let at = found.partition_point(|m| m.span.end < before);
    found
        .get(at)
        .is_some_and(|m| m.span.end == before && m.label == Label::ORG)
}

/// Labels the capitals in brackets at token `open` an organization where they stand right after
/// one they do not spell by its initials (`the UN Children's Fund (UNICEF)`, `the Caribbean
/// Community (CARICOM)`: another language's initials, or a short form's), unless a mention
/// already reads them as an organization or a law. In OntoNotes train, capitals in brackets
/// right after an ORG are an ORG 27 times and untagged 8 (`National Taiwan University ( NTU )`,
/// missed by the annotators). The model left such capitals out or read them as something else.
/// Returns whether they are now an organization, to be read as one where they recur.
fn acronym_after_organization(doc: &Doc, found: &mut Vec<Mention>, open: usize) -> bool {
    if !organization_before(doc, found, open) {
        return false;
    }
    let span = doc.tokens[open + 1];
    let at = found.partition_point(|m| m.span.end <= span.start);
    match found.get_mut(at) {
        Some(m) if m.span == span => match m.label {
            Label::ORG => true,
            Label::LAW => false,
            _ => {
                m.label = Label::ORG;
                true
            }
        },
        Some(m) if m.span.start < span.end => false,
        _ => {
            found.insert(
                at,
                Mention {
                    span,
                    label: Label::ORG,
                },
            );
            true
        }
    }
}

/// Joins the mentions inside every name defined by an acronym into one, and labels the acronym
/// (where it stands in brackets and wherever it recurs untagged) like the name. `found` is in
/// order and free of overlaps, and stays so. A name the recognizers found nothing inside is left
/// alone (`Gross Domestic Product (GDP)` is no entity), and so is one that a longer mention
/// holds or that a mention crosses.
pub fn join_defined(doc: &Doc, found: &mut Vec<Mention>) {
    let n = doc.tokens.len();
    let mut defined: Vec<(&str, Label, bool, usize)> = Vec::new();
    let mut undefined: Vec<&str> = Vec::new();
    // The tokens that are an opening bracket, in order: found from the text's `(`s (a few
    // in an article), where every token was read for its first byte.
    let b = doc.text.as_bytes();
    let mut from = 0;
    let opens = std::iter::from_fn(|| {
        let at = crate::tokenize::find_byte(b, from, b'(')?;
        from = at + 1;
        Some(at)
    });
    let brackets = opens.filter_map(|at| {
        let k = super::first_token_ending_after(doc, at);
        doc.tokens
            .get(k)
            .is_some_and(|t| t.start == at && t.end == at + 1)
            .then_some(k)
    });
    for open in brackets {
        if open >= n.saturating_sub(2)
            || doc.token_text(open + 2) != ")"
            || !(is_acronym(doc.token_text(open + 1))
                || is_word_acronym(doc.token_text(open + 1))
                || is_mixed_acronym(doc.token_text(open + 1)))
        {
            continue;
        }
        let acronym = doc.token_text(open + 1);
        if spelled_in_lower_case(doc, acronym.to_ascii_uppercase().as_bytes(), open) {
            undefined.push(acronym);
            continue;
        }
        let Some(name) = defined_name(doc, open) else {
            if acronym_after_organization(doc, found, open) {
                defined.push((doc.token_text(open + 1), Label::ORG, false, open + 1));
            }
            continue;
        };
        let span = Span::new(doc.tokens[name.start].start, doc.tokens[name.end - 1].end);
        let first = found.partition_point(|m| m.span.end <= span.start);
        let last = found.partition_point(|m| m.span.start < span.end);
        let inside = &found[first..last];
        if inside.is_empty()
            || inside
                .iter()
                .any(|m| m.span.start < span.start || m.span.end > span.end)
        {
            continue;
        }
        let label = name_label(inside, span, doc.token_text(name.end - 1));
        found.splice(first..last, [Mention { span, label }]);
        // A law named by its head word (`Digital Services Act`) gives its label to the model's
        // organizations of the acronym too; other labels of a definition are less sure.
        let law = label == Label::LAW && super::LAW_HEADS.contains(&doc.token_text(name.end - 1));
        defined.push((doc.token_text(open + 1), label, law, open + 1));
    }
    if !undefined.is_empty() {
        // The short form of a common noun names nothing, in brackets or where it recurs (the
        // model had `the air quality index ([AQI]ORG)`).
        found.retain(|m| {
            let words = doc.text.get(m.span.start..m.span.end).unwrap_or("");
            !(undefined.contains(&words) && super::whole_tokens(doc, m.span).is_some())
        });
    }
    if defined.is_empty() {
        return;
    }
    // The defined ones' lengths and first bytes as bits, for the test below.
    let mut lengths = 0u64;
    let mut firsts = [0u64; 4];
    for d in &defined {
        let b = d.0.as_bytes().first().copied().unwrap_or(0);
        lengths |= 1 << d.0.len().min(63);
        firsts[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    for i in 0..n {
        // A token of another length or first byte than every defined one is passed over
        // before the text is sliced: on its length first, from its span.
        let s = doc.tokens[i];
        let len = s.end.saturating_sub(s.start);
        if lengths >> len.min(63) & 1 == 0 {
            continue;
        }
        let first = doc.first_byte(i);
        if firsts[usize::from(first >> 6)] >> (first & 63) & 1 == 0
            || !defined
                .iter()
                .any(|d| d.0.len() == len && d.0.as_bytes().first().copied().unwrap_or(0) == first)
        {
            continue;
        }
        let w = doc.token_text(i);
        let Some(&(_, label, law, bracketed)) = defined.iter().find(|d| d.0 == w) else {
            continue;
        };
        let span = doc.tokens[i];
        let at = found.partition_point(|m| m.span.end <= span.start);
        match found.get_mut(at) {
            // Letters in brackets after the name they spell are no person, and name an
            // organization as an organization: the model had `GDPR` a PERSON after `General
            // Data Protection Regulation` and `ISW` an EVENT after `Institute for the Study of
            // War`. (Its other labels stay: they are right more often than a name the model
            // misread as a whole, such as `China-Pakistan Economic Corridor` a FAC.)
            Some(m)
                if m.span == span
                    && i == bracketed
                    && (m.label == Label::PERSON
                        || (label == Label::ORG
                            && matches!(
                                m.label,
                                Label::EVENT | Label::LAW | Label::WORK_OF_ART | Label::PRODUCT
                            ))) =>
            {
                m.label = label
            }
            // The model reads any acronym as an organization: one that a law defines is the
            // law (`Digital Services Act (DSA)`, then `the DSA`).
            Some(m) if m.span == span && m.label == Label::ORG && law => m.label = label,
            // An acronym an organization defines is no person where it recurs either: the
            // model had `Pagasa said …` a PERSON after `… Services Administration (Pagasa)`.
            Some(m) if m.span == span && m.label == Label::PERSON && label == Label::ORG => {
                m.label = label
            }
            // Nor a place or a people: the model had `Delhi Capitals ([DC]GPE)` and then `by
            // [DC]GPE`. In OntoNotes train the capitals an ORG defines are an ORG 146 times
            // where they stand again, untagged 9, a PERSON once and never a place.
            Some(m)
                if m.span == span
                    && label == Label::ORG
                    && matches!(m.label, Label::GPE | Label::LOC | Label::NORP) =>
            {
                m.label = label
            }
            Some(m) if m.span.start < span.end => {}
            _ => found.insert(at, Mention { span, label }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn join(text: &str, pieces: &[(&str, Label)]) -> Vec<(String, Label)> {
        let tokens = tokenize(text);
        let doc = Doc::new(text, &tokens, &[]);
        let mut found: Vec<Mention> = pieces
            .iter()
            .map(|&(p, label)| {
                let s = text.find(p).unwrap();
                Mention {
                    span: Span::new(s, s + p.len()),
                    label,
                }
            })
            .collect();
        found.sort_by_key(|m| m.span.start);
        join_defined(&doc, &mut found);
        found
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_mixed_case_acronym_and_a_common_nouns_short_form() {
        let text = "The far-right Alternative für Deutschland (AfD) gained, and the air quality \
                    index (AQI) crossed 400. The AQI fell as the AfD rose.";
        assert_eq!(
            join(
                text,
                &[
                    ("Deutschland", Label::ORG),
                    ("AfD", Label::ORG),
                    ("AQI", Label::ORG),
                ]
            ),
            [
                ("Alternative für Deutschland".to_string(), Label::ORG),
                ("AfD".to_string(), Label::ORG),
                ("AfD".to_string(), Label::ORG),
            ]
        );
    }

    #[test]
    fn an_acronym_written_as_a_word_after_its_name() {
        let text = "The Northern Coastal, Riverine and Estuarine Survey Team (Ncrest) said the \
                    tide would peak at noon. Ncrest has warned ports before, and Topix rose.";
        let tokens = tokenize(text);
        let doc = Doc::new(text, &tokens, &[]);
        let at = |p: &str, label| {
            let s = text.find(p).unwrap();
            Mention {
                span: Span::new(s, s + p.len()),
                label,
            }
        };
        let again = text.rfind("Ncrest").unwrap();
        let mut found = vec![
            at("Northern Coastal", Label::ORG),
            at("Estuarine Survey Team", Label::ORG),
            at("Ncrest", Label::PERSON),
            Mention {
                span: Span::new(again, again + 6),
                label: Label::PERSON,
            },
            at("Topix", Label::ORG),
        ];
        join_defined(&doc, &mut found);
        let got: Vec<(String, Label)> = found
            .iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect();
        let want = [
            (
                "Northern Coastal, Riverine and Estuarine Survey Team",
                Label::ORG,
            ),
            ("Ncrest", Label::ORG),
            ("Ncrest", Label::ORG),
            ("Topix", Label::ORG),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1), w);
        }
    }

    #[test]
    fn a_possessive_between_a_name_and_its_acronym_stays_out() {
        let text = "It raised the Federal Board of Revenue's (FBR) target; the FBR agreed.";
        let got = join(text, &[("Federal Board of Revenue", Label::ORG)]);
        let want = [
            ("Federal Board of Revenue", Label::ORG),
            ("FBR", Label::ORG),
            ("FBR", Label::ORG),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1), w);
        }
    }

    #[test]
    fn pieces_of_a_defined_name_become_one() {
        let text = "The Economic Community of West African States (ECOWAS) praised the vote. \
                    ECOWAS will send observers, as will the Organization of the Petroleum \
                    Exporting Countries (OPEC).";
        let got = join(
            text,
            &[
                ("Economic Community", Label::ORG),
                ("West African States", Label::GPE),
                ("Petroleum Exporting Countries", Label::ORG),
            ],
        );
        // `of` gives ECOWAS its O and OPEC none.
        let want = [
            ("Economic Community of West African States", Label::ORG),
            ("ECOWAS", Label::ORG),
            ("ECOWAS", Label::ORG),
            (
                "Organization of the Petroleum Exporting Countries",
                Label::ORG,
            ),
            ("OPEC", Label::ORG),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (g, w) in got.iter().zip(want) {
            assert_eq!((g.0.as_str(), g.1), w);
        }
    }

    #[test]
    fn an_acronym_takes_the_label_of_the_law_it_defines() {
        // The model called both `DSA`s organizations; `UAE`, defined by a place, is a GPE.
        let text = "the Digital Services Act (DSA) applies, and under the DSA fines rise; the \
                    United Arab Emirates (UAE) agreed and the UAE signed";
        let got = join(
            text,
            &[
                ("Digital Services Act", Label::LAW),
                ("DSA", Label::ORG),
                ("United Arab Emirates", Label::GPE),
                ("UAE", Label::GPE),
            ],
        );
        let labels: Vec<(&str, Label)> = got.iter().map(|(t, l)| (t.as_str(), *l)).collect();
        assert_eq!(
            labels,
            [
                ("Digital Services Act", Label::LAW),
                ("DSA", Label::LAW),
                ("DSA", Label::LAW),
                ("United Arab Emirates", Label::GPE),
                ("UAE", Label::GPE),
                ("UAE", Label::GPE),
            ]
        );
    }

    #[test]
    fn the_letters_find_where_the_name_starts() {
        // `CPC` spells `Communist Party of China`, not the department that holds it.
        let text = "the International Department of the Communist Party of China (CPC) and the \
                    China-Pakistan Economic Corridor (CPEC)";
        let got = join(
            text,
            &[
                ("International Department", Label::ORG),
                ("Communist Party", Label::ORG),
                ("China-Pakistan", Label::GPE),
            ],
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "International Department",
                "Communist Party of China",
                "CPC",
                "China-Pakistan Economic Corridor",
                "CPEC"
            ]
        );
        assert_eq!(got[3].1, Label::ORG);
        assert_eq!(got[4].1, Label::ORG);
    }

    #[test]
    fn names_without_pieces_or_held_by_longer_ones_stay() {
        // Nothing found inside: no entity. A mention holding the name: left as it is. Letters
        // that do not match: no name joined, though capitals right after an organization are
        // one themselves (`PSX`).
        let text = "Gross Domestic Product (GDP) rose. The Office of the United Nations (UN) \
                    said. Karachi Stock Exchange (PSX) fell.";
        let got = join(
            text,
            &[
                ("The Office of the United Nations", Label::ORG),
                ("Karachi Stock Exchange", Label::ORG),
            ],
        );
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The Office of the United Nations",
                "Karachi Stock Exchange",
                "PSX"
            ]
        );
    }

    /// Capitals in brackets right after an organization they do not spell are that
    /// organization, there and where they recur; after a person they are left alone.
    #[test]
    fn capitals_after_an_organization_they_do_not_spell() {
        let text = "the UN Children's Fund (UNICEF) said; UNICEF added. Jane Doe (AP) wrote.";
        let got = join(
            text,
            &[
                ("UN Children's Fund", Label::ORG),
                ("Jane Doe", Label::PERSON),
            ],
        );
        let got: Vec<(&str, Label)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            got,
            [
                ("UN Children's Fund", Label::ORG),
                ("UNICEF", Label::ORG),
                ("UNICEF", Label::ORG),
                ("Jane Doe", Label::PERSON),
            ]
        );
        // A law the model found in the brackets stays one.
        let got = join(
            "the Caribbean Community (CARICOM) treaty",
            &[("Caribbean Community", Label::ORG), ("CARICOM", Label::LAW)],
        );
        assert_eq!(got[1], ("CARICOM".to_string(), Label::LAW));
    }

    #[test]
    fn the_acronym_in_brackets_takes_its_names_label() {
        // The model's PERSON for the letters gives way; an acronym inside the name gives all
        // its letters.
        let text = "Under the General Data Protection Regulation (GDPR) and the EU Deforestation \
                    Regulation (EUDR), fines rose; GDPR fines.";
        let got = join(
            text,
            &[
                ("General Data Protection Regulation", Label::LAW),
                ("GDPR", Label::PERSON),
                ("EU Deforestation Regulation", Label::LAW),
            ],
        );
        let got: Vec<(&str, Label)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            got,
            [
                ("General Data Protection Regulation", Label::LAW),
                ("GDPR", Label::LAW),
                ("EU Deforestation Regulation", Label::LAW),
                ("EUDR", Label::LAW),
                ("GDPR", Label::LAW),
            ]
        );
        // An organization's letters are an organization.
        let text = "the Institute for the Study of War (ISW) said";
        let got = join(
            text,
            &[
                ("Institute for the Study of War", Label::ORG),
                ("ISW", Label::EVENT),
            ],
        );
        assert_eq!(got[1], ("ISW".to_string(), Label::ORG));
    }

    #[test]
    fn a_name_defined_by_capitals_is_no_person_and_they_are_no_place() {
        let text =
            "the ruling Chama Cha Mapinduzi (CCM) won; Delhi Capitals (DC) paid, and DC won.";
        let got = join(
            text,
            &[
                ("Chama Cha Mapinduzi", Label::PERSON),
                ("CCM", Label::ORG),
                ("Delhi Capitals", Label::ORG),
                ("DC", Label::GPE),
            ],
        );
        let got: Vec<(&str, Label)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            got,
            [
                ("Chama Cha Mapinduzi", Label::ORG),
                ("CCM", Label::ORG),
                ("Delhi Capitals", Label::ORG),
                ("DC", Label::ORG),
                ("DC", Label::ORG),
            ]
        );
    }
}
