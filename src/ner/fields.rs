//! An organization named for two fields (`Chamber of Commerce and Industry`, `Ministry of
//! Trade and Industry`) is one name: the model ended rs21's `[Pak-Afghan Joint Chamber of
//! Commerce]ORG and Industry` at the `and`. OntoNotes train keeps the second field inside the
//! ORG 41 times (`[Ministry of Posts and Telecommunications]ORG`, `[College of Medicine and
//! Dentistry]ORG`) and leaves it out never.

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

/// Joins an ORG ending in `of` and a field to the `and` and field right after it, where no
/// other mention holds them and no capitalized word follows.
pub(super) fn two_fields(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let n = doc.tokens.len();
    for k in 0..found.len() {
        let m = found[k];
        // ` and ` right after the ORG, read from the bytes first.
        let and_after = bytes
            .get(m.span.end..)
            .is_some_and(|r| r.starts_with(b" and "));
        if m.label != Label::ORG || !and_after {
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
        }
    }
    found
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
}
