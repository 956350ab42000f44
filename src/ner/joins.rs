//! Names the tagger ran together. A statistical tagger reads a capitalized run as one name, so
//! two names side by side came out as one ORG: an office between a body and a person
//! (`Franklin County Prosecutor Shayla Favor`), a possessive between two companies (`Meta’s
//! Facebook`), a photographer and an agency on either side of a credit's slash (`John Smith /
//! Getty Images`), or an AP byline's name before its agency (`JULIE CARR SMYTH Associated
//! Press`). OntoNotes never keeps an office followed by a name inside one entity (train: none
//! of its 1,100 office words stand there), and splits `[China]’s [Gezhouba Group]`.

use super::gazetteer::Gazetteer;
use super::{is_title_word, label_by_its_head, token_range, Doc, Mention};
use crate::analysis::{Label, Span};

/// Offices that stand between a body and the person who holds it (`Tesla CEO Elon Musk`),
/// besides the [`super::HONORIFICS`].
const OFFICES: &[&str] = &[
    "Prosecutor",
    "Attorney",
    "Sheriff",
    "Commissioner",
    "Chief",
    "CEO",
    "CFO",
    "Chairwoman",
    "Chair",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Leader",
    "Speaker",
    "Coach",
    "Manager",
    "Superintendent",
    "Treasurer",
    "Auditor",
    "Executive",
    "Officer",
    "Founder",
    "Editor",
    "Correspondent",
    "Economist",
    "Analyst",
    "President",
    "Premier",
    "Minister",
    "Secretary",
    "Governor",
    "Gov.",
    "Mayor",
    "Senator",
    "Sen.",
    "Rep.",
    "Judge",
    "Justice",
    "Ambassador",
    "Chairman",
];

/// Words that only qualify an office (`Press Secretary`, `Majority Leader`).
const OFFICE_QUALIFIERS: &[&str] = &[
    "Press",
    "Majority",
    "Minority",
    "Assistant",
    "Associate",
    "Managing",
    "Senior",
    "Head",
    "Interim",
    "District",
    "Foreign",
    "Finance",
    "Defence",
    "Defense",
    "Interior",
    "Health",
    "General",
];

/// Last words of the agencies and papers a photo credit names after its slash.
const CREDIT_DESKS: &[&str] = &[
    "Images",
    "Photo",
    "Photos",
    "Pictures",
    "Times",
    "Post",
    "News",
    "Press",
    "Agency",
    "Shutterstock",
    "Alamy",
    "EPA",
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "Bloomberg",
    "Xinhua",
];

/// Splits each mention that holds two names at its join (see the module doc), in place.
pub(super) fn split_joined(doc: &Doc, found: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(found.len());
    for &m in &found {
        if !matches!(
            m.label,
            Label::ORG | Label::GPE | Label::FAC | Label::NORP | Label::PERSON
        ) {
            out.push(m);
            continue;
        }
        // Every join is between words: one word is never two names.
        let text = doc.text.get(m.span.start..m.span.end).unwrap_or("");
        if !super::spaces::has_space_or_apostrophe(text) {
            out.push(m);
            continue;
        }
        let r = token_range(doc, m.span);
        let pieces = at_office(doc, r.clone(), m.label)
            .or_else(|| at_credit_slash(doc, r.clone(), m.label))
            .or_else(|| at_possessive(doc, &found, r.clone(), m))
            .or_else(|| before_agency(doc, r.clone(), m.label))
            .or_else(|| at_and_between_companies(doc, r.clone(), m.label));
        match pieces {
            Some((a, b)) => {
                out.push(a);
                out.push(b);
            }
            None => out.push(m),
        }
    }
    out
}

/// The last words that make a name a company's or an institution's (`Lux Capital`, `Deutsche
/// Bank`, `Walmart Inc.`).
pub(super) const COMPANY_HEADS: &[&str] = &[
    "Capital",
    "Ventures",
    "Partners",
    "Group",
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Co.",
    "Ltd.",
    "Ltd",
    "Limited",
    "LLC",
    "plc",
    "PLC",
    "Bank",
    "Holdings",
    "Securities",
    "Investments",
    "Associates",
    "Industries",
    "Technologies",
    "Airlines",
    "Motors",
    "Corporation",
    "Company",
    "Fund",
    "University",
    "AG",
    "SA",
    "GmbH",
];

/// `Lux Capital and Khosla Ventures`: two companies joined by `and`, which the tagger read as
/// one name. In OntoNotes train, two ORGs of two or more words, each ending in one of
/// [`COMPANY_HEADS`], with `and` between them are two entities 45 times and one never
/// (`Deutsche Bank and Dresdner Bank`, `Nike Inc. and L.A. Gear Inc`). A right side that opens
/// with such a word, or with the other half of a bank's fixed pair (`Bank and Trust`, `Savings
/// and Loan`), is the one name's tail (`First National Bank and Trust Company`).
fn at_and_between_companies(
    doc: &Doc,
    r: std::ops::Range<usize>,
    label: Label,
) -> Option<(Mention, Mention)> {
    if label != Label::ORG || r.len() < 5 {
        return None;
    }
    let head = |i: usize| COMPANY_HEADS.contains(&doc.token_text(i));
    let k = (r.start + 2..r.end - 2).find(|&i| doc.token_text(i) == "and")?;
    let ok = head(k - 1)
        && head(r.end - 1)
        && !head(k + 1)
        && !matches!(
            doc.token_text(k + 1),
            "Trust" | "Savings" | "Loan" | "Loans"
        )
        && doc.token_text(k + 1).starts_with(char::is_uppercase)
        && !(k + 1..r.end).any(|i| doc.token_text(i) == "and");
    ok.then(|| {
        (
            piece(doc, r.start, k, label),
            piece(doc, k + 1, r.end, label),
        )
    })
}

/// A mention of tokens `a..b` labelled `label`.
fn piece(doc: &Doc, a: usize, b: usize, label: Label) -> Mention {
    Mention {
        span: Span::new(doc.tokens[a].start, doc.tokens[b - 1].end),
        label,
    }
}

/// The label a body before an office or a possessive takes: what the name lists say it is,
/// else what its last word says (`Franklin County` a GPE), else `default`.
fn own_label(doc: &Doc, a: usize, b: usize, default: Label) -> Label {
    Gazetteer::shared()
        .listed_exactly(doc, a, b)
        .unwrap_or_else(|| label_by_its_head(doc, piece(doc, a, b, default)).label)
}

/// Whether token `i` can be a word of a person's name (`Shayla`, `Jean-Pierre`, `O'Hare`, `K.`).
fn name_word(doc: &Doc, i: usize) -> bool {
    let w = doc.token_text(i);
    // `Jean-Pierre`: the tokenizer splits the hyphen off, as OntoNotes does.
    if w == "-" {
        return i > 0 && doc.glued(i - 1) && doc.glued(i);
    }
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && !is_office_word(w)
}

/// Whether tokens `a..b` read as a person's name: two to four words of a name, none of them
/// a word organizations or buildings are named with (`Ohio State [University Wexner Medical
/// Center]` is no person after `State`).
fn person_like(doc: &Doc, a: usize, b: usize) -> bool {
    let words = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end]
        .split_whitespace()
        .count();
    (2..=4).contains(&words)
        && (a..b).all(|i| {
            let w = doc.token_text(i);
            name_word(doc, i)
                && !super::rules::ORG_WORD_WORDS.contains(w)
                && !super::FAC_HEAD_WORDS.contains(w)
                && !matches!(w, "Center" | "Centre" | "Medical")
        })
}

fn is_office_word(w: &str) -> bool {
    OFFICES.contains(&w) || OFFICE_QUALIFIERS.contains(&w) || is_title_word(w)
}

/// `[Franklin County] Prosecutor [Shayla Favor]`: a body, an office, and a name of two or more
/// words after it. The body must be a name of its own (capitalized words, not titles).
fn at_office(doc: &Doc, r: std::ops::Range<usize>, label: Label) -> Option<(Mention, Mention)> {
    if r.len() < 4 {
        return None;
    }
    let mut n = r.end;
    while n > r.start && name_word(doc, n - 1) {
        n -= 1;
    }
    let mut o = n;
    while o > r.start && is_office_word(doc.token_text(o - 1)) {
        o -= 1;
    }
    let offices = o..n;
    if r.end - n < 2
        || o == n
        || o == r.start
        || !offices
            .clone()
            .any(|i| OFFICES.contains(&doc.token_text(i)))
        || !person_like(doc, n, r.end)
        || !(r.start..o).all(|i| name_word(doc, i) || doc.token_text(i) == "of")
    {
        return None;
    }
    let body_default = if label == Label::PERSON {
        Label::ORG
    } else {
        label
    };
    Some((
        piece(doc, r.start, o, own_label(doc, r.start, o, body_default)),
        piece(doc, n, r.end, Label::PERSON),
    ))
}

/// `[John Smith] / [Getty Images]`: a credit's slash between spaces parts a photographer from
/// the agency.
fn at_credit_slash(
    doc: &Doc,
    r: std::ops::Range<usize>,
    label: Label,
) -> Option<(Mention, Mention)> {
    if label != Label::ORG {
        return None;
    }
    let k = (r.start + 1..r.end.checked_sub(1)?).find(|&k| {
        doc.token_text(k) == "/"
            && doc.text[doc.tokens[k - 1].end..doc.tokens[k].start].contains(' ')
            && doc.text[doc.tokens[k].end..doc.tokens[k + 1].start].contains(' ')
    })?;
    // Companies join with a slash too (`MGM / UA`, `Capital Cities / ABC Inc.` in OntoNotes):
    // only a person's name before it and a picture desk after it make it a credit.
    let desk = CREDIT_DESKS.contains(&doc.token_text(r.end - 1));
    if !desk || !person_like(doc, r.start, k) {
        return None;
    }
    Some((
        piece(doc, r.start, k, Label::PERSON),
        piece(doc, k + 1, r.end, Label::ORG),
    ))
}

/// `[Meta]’s [Facebook]`: a possessive between two names, where the first is a name of its
/// own, listed or found alone elsewhere in the article. Names with a possessive inside
/// (`People's Bank`, `Moody's Investors Service`) have no such first part.
fn at_possessive(
    doc: &Doc,
    found: &[Mention],
    r: std::ops::Range<usize>,
    m: Mention,
) -> Option<(Mention, Mention)> {
    if m.label != Label::ORG {
        return None;
    }
    let k = (r.start + 1..r.end.checked_sub(1)?).find(|&k| {
        matches!(doc.token_text(k), "'s" | "’s") && super::rules::is_cap(doc.token_text(k + 1))
    })?;
    let first = &doc.text[doc.tokens[r.start].start..doc.tokens[k - 1].end];
    let listed = Gazetteer::shared().listed_exactly(doc, r.start, k);
    let alone = || {
        found
            .iter()
            .find(|f| f.span != m.span && doc.text.get(f.span.start..f.span.end) == Some(first))
            .map(|f| f.label)
    };
    // `[Jair Bolsonaro]'s [Liberal Party]`: a person's name before an organization's.
    let leader = || {
        let org =
            r.end - (k + 1) >= 2 && super::rules::ORG_WORDS.contains(&doc.token_text(r.end - 1));
        let saint = matches!(doc.token_text(r.start), "St." | "St" | "Saint");
        // `Chinese People's Volunteer Army`: a people, not a person.
        let people = matches!(
            doc.token_text(k - 1),
            "People" | "Peoples" | "Workers" | "Women" | "Men" | "Children" | "Nations"
        ) || matches!(
            Gazetteer::shared().longest_at(doc, r.start),
            Some((_, Label::NORP | Label::GPE))
        );
        (org && !saint && !people && person_like(doc, r.start, k)).then_some(Label::PERSON)
    };
    let label = listed.or_else(alone).or_else(leader)?;
    if !matches!(label, Label::ORG | Label::GPE | Label::PERSON) {
        return None;
    }
    Some((
        piece(doc, r.start, k, label),
        piece(doc, k + 1, r.end, own_label(doc, k + 1, r.end, Label::ORG)),
    ))
}

/// `[JULIE CARR SMYTH] [Associated Press]`: an AP byline's name in capitals before a listed
/// organization written in lower case; and a byline's name the model read as one PERSON with
/// its outlet (`[Alex Miller] [Fox News]`, `By Jane Doe CNN`).
fn before_agency(doc: &Doc, r: std::ops::Range<usize>, label: Label) -> Option<(Mention, Mention)> {
    if label == Label::PERSON && r.len() >= 3 {
        let g = Gazetteer::shared();
        // The outlet: the last one to three words, a listed organization.
        let k = (r.end.saturating_sub(3).max(r.start + 2)..r.end)
            .find(|&k| g.listed_exactly(doc, k, r.end) == Some(Label::ORG))?;
        return (r.start..k).all(|i| name_word(doc, i)).then(|| {
            (
                piece(doc, r.start, k, Label::PERSON),
                piece(doc, k, r.end, Label::ORG),
            )
        });
    }
    if label != Label::ORG || r.len() < 3 {
        return None;
    }
    let capitals = |i: usize| {
        let w = doc.token_text(i);
        w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    let mut k = r.start;
    while k < r.end && capitals(k) {
        k += 1;
    }
    if !(2..=4).contains(&(k - r.start)) || k == r.end || capitals(k) {
        return None;
    }
    (Gazetteer::shared().listed_exactly(doc, k, r.end) == Some(Label::ORG)).then(|| {
        (
            piece(doc, r.start, k, Label::PERSON),
            piece(doc, k, r.end, Label::ORG),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of one mention spanning all of `text` labelled `label`.
    fn split(text: &str, label: Label) -> Vec<(String, Label)> {
        let m = Mention {
            span: Span::new(0, text.len()),
            label,
        };
        crate::ner::test_support::with_doc(text, |doc| split_joined(doc, vec![m]))
            .into_iter()
            .map(|m| (text[m.span.start..m.span.end].to_string(), m.label))
            .collect()
    }

    fn pair(a: &str, la: Label, b: &str, lb: Label) -> Vec<(String, Label)> {
        vec![(a.to_string(), la), (b.to_string(), lb)]
    }

    #[test]
    fn an_office_parts_a_body_from_its_holder() {
        use Label::*;
        assert_eq!(
            split("Franklin County Prosecutor Shayla Favor", ORG),
            pair("Franklin County", GPE, "Shayla Favor", PERSON)
        );
        assert_eq!(
            split("White House Press Secretary Karine Jean-Pierre", ORG),
            pair("White House", ORG, "Karine Jean-Pierre", PERSON)
        );
        assert_eq!(
            split("Tesla CEO Elon Musk", PERSON),
            pair("Tesla", ORG, "Elon Musk", PERSON)
        );
        // No name after the office, or one word only: nothing to part.
        assert_eq!(split("Office of the Prosecutor General", ORG).len(), 1);
        assert_eq!(split("Tesla CEO Musk", ORG).len(), 1);
        // A title alone before the name is the tagger's business (and an honorific's).
        assert_eq!(split("Prosecutor Shayla Favor", PERSON).len(), 1);
        // Words of titles that also name things (`State`, `General`) are no office alone, and
        // an organization's words are no person's name.
        assert_eq!(
            split("Ohio State University Wexner Medical Center", ORG).len(),
            1
        );
        assert_eq!(split("U.S.-based General Dynamics Corp.", ORG).len(), 1);
        assert_eq!(split("Acme Holdings Chairman Capital Group", ORG).len(), 1);
    }

    #[test]
    fn and_parts_two_companies() {
        use Label::*;
        assert_eq!(
            split("Lux Capital and Khosla Ventures", ORG),
            pair("Lux Capital", ORG, "Khosla Ventures", ORG)
        );
        assert_eq!(
            split("Deutsche Bank and Dresdner Bank", ORG),
            pair("Deutsche Bank", ORG, "Dresdner Bank", ORG)
        );
        // One name: a tail that opens with a company's word, no company's word before `and`,
        // a side of one word.
        assert_eq!(split("First National Bank and Trust Company", ORG).len(), 1);
        assert_eq!(
            split(
                "Ministry of Planning, Development and Special Initiatives",
                ORG
            )
            .len(),
            1
        );
        assert_eq!(split("Marks and Spencer Group", ORG).len(), 1);
        assert_eq!(split("Lux Capital and Khosla Ventures", PERSON).len(), 1);
    }

    #[test]
    fn a_credit_slash_parts_photographer_and_agency() {
        use Label::*;
        assert_eq!(
            split("John Smith / Getty Images", ORG),
            pair("John Smith", PERSON, "Getty Images", ORG)
        );
        // Without spaces it is one word of a name (`AC/DC`), left alone.
        assert_eq!(split("Smith/Getty Images", ORG).len(), 1);
        // Companies join with a slash too.
        assert_eq!(split("MGM / UA", ORG).len(), 1);
        assert_eq!(split("Capital Cities / ABC Inc.", ORG).len(), 1);
    }

    #[test]
    fn a_possessive_parts_two_names_when_the_first_is_one_alone() {
        use Label::*;
        assert_eq!(
            split("Meta’s Facebook", ORG),
            pair("Meta", ORG, "Facebook", ORG)
        );
        assert_eq!(
            split("China's Gezhouba Group", ORG),
            pair("China", GPE, "Gezhouba Group", ORG)
        );
        // The first part is no name of its own.
        assert_eq!(split("People's Bank", ORG).len(), 1);
        assert_eq!(split("Moody's Investors Service", ORG).len(), 1);
        assert_eq!(
            split("Recep Tayyip Erdogan's AK Party", ORG),
            pair("Recep Tayyip Erdogan", PERSON, "AK Party", ORG)
        );
        assert_eq!(split("St. John's University Hospital", ORG).len(), 1);
        assert_eq!(split("Chinese People's Volunteer Army", ORG).len(), 1);
        assert_eq!(split("Martha Stewart's Living", ORG).len(), 1);
        // Only organizations: `America's Cup` is one event.
        assert_eq!(split("America's Cup", EVENT).len(), 1);
    }

    #[test]
    fn a_byline_name_in_capitals_comes_off_its_agency() {
        use Label::*;
        assert_eq!(
            split("JULIE CARR SMYTH Associated Press", ORG),
            pair("JULIE CARR SMYTH", PERSON, "Associated Press", ORG)
        );
        assert_eq!(split("BBC World Service", ORG).len(), 1);
        assert_eq!(
            split("Alex Miller Fox News", PERSON),
            pair("Alex Miller", PERSON, "Fox News", ORG)
        );
        assert_eq!(
            split("Jane Doe CNN", PERSON),
            pair("Jane Doe", PERSON, "CNN", ORG)
        );
        // One word before the outlet is no name of its own.
        assert_eq!(split("Watch CNN", PERSON).len(), 1);
    }
}
