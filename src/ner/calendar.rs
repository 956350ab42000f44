//! Holidays, pilgrimages, climate summits and dates of the Islamic calendar. The model, which
//! never saw `Hajj`, `Diwali` or `COP30` in training, read them as people and organizations
//! (`[Hajj]PERSON`, `[Eid]PERSON`, `[COP30]ORG`) and a Hijri date as a name and two counts
//! (`Dhul [Hijjah]PERSON [9]CARDINAL, [1446]CARDINAL AH`).

use std::sync::OnceLock;

use crate::analysis::{Label, Span};
use crate::ner::gazetteer::PhraseList;
use crate::ner::rules::{is_cap, is_day_number, is_ordinal, NOT_NAMES, WEEKDAYS};
use crate::ner::shapes::Kind;
use crate::ner::{Doc, Mention, Recognizer, Shapes};

/// A holiday's label, and whether it counts only where it stands alone (see holidays.txt).
#[derive(Clone, Copy)]
struct Holiday {
    label: Label,
    alone: bool,
}

/// Whether a holiday or festival of the list starts at token `i` (`Easter`, `Eid al-Fitr`).
pub(crate) fn holiday_at(doc: &Doc, i: usize) -> bool {
    holidays().longest_at(doc, i).is_some()
}

/// Builds the lists now rather than on the first text ([`crate::load`]).
pub(crate) fn load() {
    holidays();
    months();
}

fn holidays() -> &'static PhraseList<Holiday> {
    static LIST: OnceLock<PhraseList<Holiday>> = OnceLock::new();
    LIST.get_or_init(|| {
        PhraseList::new(include_str!("../../gazetteers/holidays.txt"), |f| {
            let label = match f.first() {
                Some(&"DATE") => Label::DATE,
                Some(&"EVENT") => Label::EVENT,
                _ => return None,
            };
            Some(Holiday {
                label,
                alone: f.get(1) == Some(&"alone"),
            })
        })
    })
}

/// Whether a Hijri month counts only with a day or a year (`Rajab`, `Safar`: also names).
fn months() -> &'static PhraseList<bool> {
    static LIST: OnceLock<PhraseList<bool>> = OnceLock::new();
    LIST.get_or_init(|| {
        PhraseList::new(include_str!("../../gazetteers/hijri_months.txt"), |f| {
            Some(f.first() == Some(&"dated"))
        })
    })
}

/// Words that may follow a holiday marked `alone` without making it a modifier: words of time
/// (`Christmas Eve` is listed; `Christmas season`, `the Easter weekend`) and words that end or
/// join a phrase.
const AFTER_ALONE: &[&str] = &[
    "day",
    "eve",
    "season",
    "holiday",
    "holidays",
    "period",
    "weekend",
    "week",
    "break",
    "and",
    "or",
    "is",
    "was",
    "falls",
    "fell",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "this",
    "last",
    "next",
    "when",
    "until",
    "after",
    "before",
    "as",
    "by",
    "from",
    "will",
    "approaches",
];

/// A Hijri year (`1446`), or a Gregorian one written after the month (`Ramadan 2025`).
fn is_calendar_year(t: &str) -> bool {
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && matches!(&t[..2], "13" | "14" | "19" | "20")
}

/// Holidays and pilgrimages by list ([`holidays`]), `COP` and a number (`COP30`, `COP 29`:
/// the UN climate summits, EVENT like OntoNotes' other named conferences; the model missed
/// them or made them ORGs) and dates of the Islamic calendar ([`months`]) as one DATE with
/// their day, year, `AH` and weekday. A name that is a piece of a longer one is left alone: a
/// capitalized word before or after it (`Christmas Island`, `Tariq Ramadan`), or an office
/// it names (`Minister of Hajj and Umrah`). Meant as a [`crate::ner::Merge::Cover`] stage
/// after the model, which then also gives way to a longer name the model found.
pub struct Calendar;

impl Recognizer for Calendar {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
        let (months, holidays) = (months(), holidays());
        let mut out = Vec::new();
        let mut sentence = 0;
        // Tokens before this one are inside a mention already made.
        let mut next = 0;
        // The end of the last holiday read as part of an office, for `of Hajj and Umrah`.
        let mut office_end = usize::MAX;
        // Every name here is capitalized: only those tokens are read.
        for i in shapes.each(Kind::Upper) {
            while sentence < doc.sentences.len() && doc.sentences[sentence].end <= i {
                sentence += 1;
            }
            if i < next {
                continue;
            }
            let (first, last) = doc
                .sentences
                .get(sentence)
                .map_or((0, n), |s| (s.start, s.end));
            let mut push = |s: usize, e: usize, label: Label| {
                out.push(Mention {
                    span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
                    label,
                });
            };
            if let Some(e) = cop_at(doc, i) {
                push(i, e, Label::EVENT);
                next = e;
                continue;
            }
            // A capitalized word before or after: a piece of another name.
            let named_before =
                |s: usize| s > first && is_cap(t(s - 1)) && !NOT_NAMES.contains(&t(s - 1));
            let named_after = |e: usize| e < last && is_cap(t(e)) && t(e) != "AH";
            if let Some((e, dated)) = months.longest_at(doc, i) {
                if let Some((s, e)) = hijri_date(doc, i, e) {
                    push(s, e, Label::DATE);
                    next = e;
                    continue;
                }
                if !dated && !named_before(i) && !named_after(e) {
                    push(i, e, Label::DATE);
                    next = e;
                    continue;
                }
            }
            let Some((e, holiday)) = holidays.longest_at(doc, i) else {
                continue;
            };
            let of_office = i >= 2 && t(i - 1) == "of" && is_cap(t(i - 2));
            let and_office = i >= 2 && matches!(t(i - 1), "and" | "&") && office_end == i - 1;
            if of_office || and_office {
                office_end = e;
                continue;
            }
            let modifier = holiday.alone
                && e < last
                && t(e).starts_with(|c: char| c.is_ascii_lowercase())
                && !AFTER_ALONE.contains(&t(e));
            if named_before(i) || named_after(e) || modifier {
                continue;
            }
            push(i, e, holiday.label);
            next = e;
        }
        out
    }
}

/// `COP30`, `COP 29`, `COP-28` at token `i`: where it ends.
fn cop_at(doc: &Doc, i: usize) -> Option<usize> {
    let w = doc.token_text(i);
    let number = |t: &str| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    // The Guardian writes `Cop31`: only glued to its number, as `Cop` alone is a policeman.
    if let Some(rest) = w.strip_prefix("Cop") {
        return number(rest).then_some(i + 1);
    }
    let rest = w.strip_prefix("COP")?;
    if number(rest) {
        return Some(i + 1);
    }
    if !rest.is_empty() {
        return None;
    }
    let t = |j: usize| (j < doc.tokens.len()).then(|| doc.token_text(j));
    match (t(i + 1), t(i + 2)) {
        (Some(d), _) if number(d) => Some(i + 2),
        (Some("-"), Some(d)) if number(d) && doc.tokens[i].end == doc.tokens[i + 1].start => {
            Some(i + 3)
        }
        _ => None,
    }
}

/// The Hijri date around the month written in tokens `m..e`, as its token range: a day before
/// (`9 Dhul Hijjah`, `the 9th of Dhul Hijjah`) or after (`Dhul Hijjah 9`), a year (`, 1446`),
/// `AH` and a weekday before (`Sunday 6 Ramadan 1426 AH`). None without a day or a year.
fn hijri_date(doc: &Doc, m: usize, e: usize) -> Option<(usize, usize)> {
    let n = doc.tokens.len();
    let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
    let (mut s, mut e) = (m, e);
    let mut day = false;
    if s > 0 && is_day_number(t(s - 1)) {
        s -= 1;
        day = true;
    } else if s >= 2 && t(s - 1) == "of" && is_ordinal(t(s - 2)) {
        s -= 2;
        if s > 0 && matches!(t(s - 1), "the" | "The") {
            s -= 1;
        }
        day = true;
    } else if is_day_number(t(e)) {
        e += 1;
        day = true;
    }
    let mut year = false;
    if day && t(e) == "," && is_calendar_year(t(e + 1)) {
        e += 2;
        year = true;
    } else if is_calendar_year(t(e)) {
        e += 1;
        year = true;
    }
    if !day && !year {
        return None;
    }
    if matches!(t(e), "AH" | "A.H." | "AH.") {
        e += 1;
    }
    if s > 0 && WEEKDAYS.contains(&t(s - 1)) {
        s -= 1;
    } else if s > 1 && t(s - 1) == "," && WEEKDAYS.contains(&t(s - 2)) {
        s -= 2;
    }
    Some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Label)> {
        crate::ner::test_support::found_by(&Calendar, text)
    }

    fn has(text: &str, want: &[(&str, Label)]) {
        let want: Vec<(String, Label)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
        assert_eq!(found(text), want, "{text}");
    }

    #[test]
    fn climate_summits() {
        use Label::EVENT;
        has("Talks at COP30 ended.", &[("COP30", EVENT)]);
        has("Agreed at COP 29 in Baku.", &[("COP 29", EVENT)]);
        has("After COP-28, talks.", &[("COP-28", EVENT)]);
        has("The COP and COP300 and COPA.", &[]);
        has(
            "Talks at Cop31 ended; a Cop 5 officer.",
            &[("Cop31", EVENT)],
        );
    }

    #[test]
    fn holidays_and_pilgrimages() {
        use Label::{DATE, EVENT};
        has("Pilgrims performed the Hajj.", &[("Hajj", EVENT)]);
        has(
            "Muslims celebrated Eid al-Fitr on Sunday.",
            &[("Eid al-Fitr", DATE)],
        );
        has("A four-day Eid break begins.", &[("Eid", DATE)]);
        has(
            "The Feast of Sacrifice falls on Friday.",
            &[("Feast of Sacrifice", DATE)],
        );
        has(
            "Millions gathered for the Kumbh Mela in Prayagraj.",
            &[("Kumbh Mela", EVENT)],
        );
        has("Schools close for Diwali.", &[("Diwali", DATE)]);
        has("Sales rose over Christmas.", &[("Christmas", DATE)]);
        has(
            "Sales rose in the Christmas season.",
            &[("Christmas", DATE)],
        );
    }

    #[test]
    fn pieces_of_longer_names_are_no_holidays() {
        has("He met the Minister of Hajj and Umrah on Monday.", &[]);
        has(
            "Flights to Christmas Island and Easter Island resumed.",
            &[],
        );
        has("The scholar Tariq Ramadan spoke.", &[]);
        has("They bought a Christmas tree.", &[]);
    }

    #[test]
    fn hijri_dates() {
        use Label::DATE;
        has(
            "It falls on Dhul Hijjah 9, 1446 AH this year.",
            &[("Dhul Hijjah 9, 1446 AH", DATE)],
        );
        has(
            "The ritual is on the 9th of Dhul Hijjah.",
            &[("the 9th of Dhul Hijjah", DATE)],
        );
        has(
            "Dated Sunday 6 Ramadan 1426 AH in Riyadh.",
            &[("Sunday 6 Ramadan 1426 AH", DATE)],
        );
        has("Fasting in Muharram is common.", &[("Muharram", DATE)]);
        has(
            "On 12 Rabi' al-Awwal 1447 AH.",
            &[("12 Rabi' al-Awwal 1447 AH", DATE)],
        );
        has("By 1 Dhul-Hijjah crowds grew.", &[("1 Dhul-Hijjah", DATE)]);
        has("Ramadan fasting begins.", &[("Ramadan", DATE)]);
        // A month that is also a given name counts only with a day or a year.
        has("Rajab said so.", &[]);
        has("On 27 Rajab 1446 they met.", &[("27 Rajab 1446", DATE)]);
    }
}
