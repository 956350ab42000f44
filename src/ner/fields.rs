//! An organization named for two fields (`Chamber of Commerce and Industry`, `Ministry of
//! Trade and Industry`) is one name: the model ended rs21's `[Pak-Afghan Joint Chamber of
//! Commerce]ORG and Industry` at the `and`. OntoNotes train keeps the second field inside the
//! ORG 41 times (`[Ministry of Posts and Telecommunications]ORG`, `[College of Medicine and
//! Dentistry]ORG`) and leaves it out never.
//!
//! A ministry's second remit that the model read as a name of its own is joined too (rs22:
//! `[Ministry of Religious Affairs]ORG and [Interfaith Harmony]ORG`, `the [Saudi Ministry of
//! Hajj]ORG and [Umrah]GPE`): OntoNotes train has every `Ministry of X and Y` whole (7 of 7,
//! `[the Ministry of Health and Welfare]ORG`).

//!
//! And an institution named for two things, read as two names (rs23: `the [Khyber Pakhtunkhwa
//! Home]ORG and [Tribal Affairs Department]ORG`, `The [Indian National Space Promotion]ORG and
//! [Authorization Centre]ORG`), is joined: an ORG of two capitalized words or more whose last
//! is no institution's or company's head, ` and `, and an ORG of capitalized words ending in
//! one ([`INSTITUTION_HEADS`]). OntoNotes train: such a pair is one ORG 56 times (`[the
//! National Oceanic and Atmospheric Administration]ORG`, `[the Taipei Economic and Cultural
//! Office]ORG`) and two 4 times (`[Formosa Chemicals]ORG and [Fiber Corporation]ORG`).

use crate::analysis::Label;
use crate::ner::{whole_tokens, Doc, Mention};

/// Fields that name an office's or a chamber's second remit.
const FIELDS: &[&str] = &[
    "Industry",
    "Industries",
    "Technology",
    "Development",
    "Trade",
    "Commerce",
    "Planning",
    "Culture",
    "Tourism",
    "Sports",
    "Services",
    "Affairs",
    "Research",
    "Welfare",
    "Justice",
    "Security",
    "Investment",
    "Finance",
    "Energy",
    "Resources",
    "Environment",
    "Housing",
    "Communications",
    "Telecommunications",
    "Information",
    "Broadcasting",
    "Education",
    "Training",
    "Agriculture",
    "Fisheries",
    "Forestry",
    "Transport",
    "Works",
    "Health",
    "Sanitation",
    "Innovation",
    "Dentistry",
    "Medicine",
    "Engineering",
    "Sciences",
    "Arts",
    "Heritage",
    "Statistics",
    "Production",
    "Enterprise",
    "Employment",
];

/// The last words that make a name an institution's (not a company's: two companies joined by
/// `and` are two names, as `joins` reads them).
const INSTITUTION_HEADS: &[&str] = &[
    "Department",
    "Ministry",
    "Division",
    "Commission",
    "Committee",
    "Council",
    "Institute",
    "Agency",
    "Authority",
    "Office",
    "Bureau",
    "Centre",
    "Center",
    "Administration",
    "Foundation",
    "Federation",
    "Association",
    "Board",
    "Organization",
    "Organisation",
    "Service",
    "College",
    "School",
];

/// Joins an ORG ending in `of` and a field to the `and` and field right after it, where no
/// other mention holds them and no capitalized word follows.
pub(super) fn two_fields(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let n = doc.tokens.len();
    let mut joined = false;
    for k in 0..found.len() {
        let m = found[k];
        // ` and ` right after the ORG, read from the bytes first.
        let and_after = bytes
            .get(m.span.end..)
            .is_some_and(|r| r.starts_with(b" and "));
        if m.label != Label::ORG || !and_after || m.span.end == 0 {
            continue;
        }
        let Some(r) = whole_tokens(doc, m.span).filter(|r| r.len() >= 3 && r.end + 1 < n) else {
            continue;
        };
        let (and, field) = (r.end, r.end + 1);
        let named = doc.token_text(r.end - 2) == "of"
            && FIELDS.contains(&doc.token_text(r.end - 1))
            && doc.token_text(and) == "and"
            && FIELDS.contains(&doc.token_text(field));
        let free = found
            .get(k + 1)
            .is_none_or(|b| b.span.start >= doc.tokens[field].end);
        let ends = field + 1 >= n
            || !crate::ner::rules::is_cap(doc.token_text(field + 1))
            || !doc.spaced(field);
        if named && free && ends && doc.spaced(and) {
            found[k].span.end = doc.tokens[field].end;
        } else if let Some(end) =
            second_remit(doc, &found, k).or_else(|| institution_read_apart(doc, &found, k))
        {
            found[k].span.end = end;
            found[k + 1].span = crate::analysis::Span::new(0, 0);
            joined = true;
        }
    }
    if joined {
        found.retain(|m| m.span.end > 0);
    }
    found
}

/// Where ORG `k`, a `Ministry of …` or `Department of …`, ends with the name after its ` and `
/// as its second remit: one or two capitalized words the model read apart (any name label but
/// a person's: `the Ministry of Law and Michael Gold`),
/// which the lists do not know as a name of their own or its first word (`the Ministry of
/// Defence and Pakistan Army`)
/// and no capitalized word follows.
fn second_remit(doc: &Doc, found: &[Mention], k: usize) -> Option<usize> {
    let (m, next) = (found[k], *found.get(k + 1)?);
    let office = doc.text.get(m.span.start..m.span.end)?;
    let gap = doc.text.get(m.span.end..next.span.start)?;
    if gap != " and "
        || next.label.is_numeric()
        || next.label == Label::PERSON
        || !(office.contains("Ministry of ") || office.contains("Department of "))
    {
        return None;
    }
    let r = whole_tokens(doc, next.span)?;
    let words_capitalized = (r.start..r.end).all(|i| {
        let w = doc.token_text(i);
        w.len() > 1 && crate::ner::rules::is_cap(w) && w != "The"
    });
    // Nor a name that opens with a listed one (`Pakistan Army`).
    let lists = crate::ner::gazetteer::Gazetteer::shared();
    let listed = lists.listed_exactly(doc, r.start, r.end).is_some()
        || lists.listed_exactly(doc, r.start, r.start + 1).is_some();
    let ends = r.end >= doc.tokens.len()
        || !crate::ner::rules::is_cap(doc.token_text(r.end))
        || !doc.spaced(r.end - 1);
    (r.len() <= 2 && words_capitalized && !listed && ends).then_some(next.span.end)
}

/// Where ORG `k` ends with the ORG after its ` and `, when the two are one institution's name
/// read apart (the module's last form).
fn institution_read_apart(doc: &Doc, found: &[Mention], k: usize) -> Option<usize> {
    let (m, next) = (found[k], *found.get(k + 1)?);
    if next.label != Label::ORG || doc.text.get(m.span.end..next.span.start)? != " and " {
        return None;
    }
    let (a, b) = (whole_tokens(doc, m.span)?, whole_tokens(doc, next.span)?);
    let capitalized = |r: &std::ops::Range<usize>| {
        r.clone()
            .all(|i| crate::ner::rules::is_cap(doc.token_text(i)))
    };
    let head = |i: usize| {
        let w = doc.token_text(i);
        INSTITUTION_HEADS.contains(&w) || crate::ner::joins::COMPANY_HEADS.contains(&w)
    };
    let joined = a.len() >= 2
        && capitalized(&a)
        && doc.token_text(a.start) != "The"
        && !head(a.end - 1)
        && capitalized(&b)
        && doc.token_text(b.start) != "The"
        && INSTITUTION_HEADS.contains(&doc.token_text(b.end - 1));
    joined.then_some(next.span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn a_second_field_is_part_of_the_name() {
        use Label::ORG;
        assert_eq!(
            passed(
                "of the Joint Chamber of Commerce and Industry. The Bank of England and \
                 Barclays; the Ministry of Trade and Industry Minister; Board of Trade and \
                 Industry said",
                &[
                    ("Joint Chamber of Commerce", ORG),
                    ("Bank of England", ORG),
                    ("Ministry of Trade", ORG),
                    ("Board of Trade", ORG)
                ],
                two_fields
            ),
            owned(&[
                ("Joint Chamber of Commerce and Industry", ORG),
                ("Bank of England", ORG),
                ("Ministry of Trade", ORG),
                ("Board of Trade and Industry", ORG)
            ])
        );
    }

    #[test]
    fn an_institution_read_apart_is_joined() {
        use Label::ORG;
        assert_eq!(
            passed(
                "the Khyber Pakhtunkhwa Home and Tribal Affairs Department said; the Foreign \
                 Office and Home Office; Ford Motor and General Motors; NASA and Space Agency",
                &[
                    ("Khyber Pakhtunkhwa Home", ORG),
                    ("Tribal Affairs Department", ORG),
                    ("Foreign Office", ORG),
                    ("Home Office", ORG),
                    ("Ford Motor", ORG),
                    ("General Motors", ORG),
                    ("NASA", ORG),
                    ("Space Agency", ORG)
                ],
                two_fields
            ),
            owned(&[
                ("Khyber Pakhtunkhwa Home and Tribal Affairs Department", ORG),
                ("Foreign Office", ORG),
                ("Home Office", ORG),
                ("Ford Motor", ORG),
                ("General Motors", ORG),
                ("NASA", ORG),
                ("Space Agency", ORG)
            ])
        );
    }

    #[test]
    fn a_second_remit_read_apart_is_joined() {
        use Label::{GPE, ORG};
        assert_eq!(
            passed(
                "the Ministry of Religious Affairs and Interfaith Harmony said; the Saudi \
                 Ministry of Hajj and Umrah barred; the Ministry of Defence and Pakistan Army \
                 agreed; the Ministry of Finance and Iran",
                &[
                    ("Ministry of Religious Affairs", ORG),
                    ("Interfaith Harmony", ORG),
                    ("Saudi Ministry of Hajj", ORG),
                    ("Umrah", GPE),
                    ("Ministry of Defence", ORG),
                    ("Pakistan Army", ORG),
                    ("Ministry of Finance", ORG),
                    ("Iran", GPE)
                ],
                two_fields
            ),
            owned(&[
                ("Ministry of Religious Affairs and Interfaith Harmony", ORG),
                ("Saudi Ministry of Hajj and Umrah", ORG),
                ("Ministry of Defence", ORG),
                ("Pakistan Army", ORG),
                ("Ministry of Finance", ORG),
                ("Iran", GPE)
            ])
        );
    }
}
