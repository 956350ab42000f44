//! Numbers whose unit or neighbour says what they count, read in a tenth round of real stories
//! (rs21: a central bank's decision, a literary prize, a telescope's finding):
//!
//! - a number grouped in thousands is a count, never a date or a time: the model read an
//!   index's close `[138,402.17]TIME` and `[38,402.17]DATE`. OntoNotes train has 366 such
//!   numbers as a one-token CARDINAL, 203 as a MONEY (after a separate `$`) and none as a DATE
//!   or TIME (`The industrial average ended at [2659.22]CARDINAL`);
//! - `pounds` beside an amount of money is money, not a weight: `comes with [50,000
//!   pounds]QUANTITY, or about $65,000`. OntoNotes: `[3 million pounds]MONEY , which is [about 5
//!   million dollars]MONEY`; its weights (`[25 pounds]QUANTITY`) have no money beside them;
//! - a light-year is a length: `[40 light-years]DATE away`, `[13 billion]CARDINAL
//!   [light-years]DATE` are one QUANTITY each, as OntoNotes labels other distances (`[1,000
//!   kilometers]QUANTITY`).
//!
//! And in an eleventh round (rs22: a match report, a city council's vote):
//!
//! - minutes counted are a time: `quiet for [80 minutes]DATE`. OntoNotes train: a number and
//!   `minutes` are a TIME 22 times, a DATE once, a QUANTITY once;
//! - a clock time is a time: `between 10 p.m. and [6 a.m.]QUANTITY`. OntoNotes train: a
//!   number and `a.m.` or `p.m.` are a TIME 29 of 29.
//!
//! And in a twelfth round (rs23: a stock market wrap):
//!
//! - an amount with no currency before `shares` counts the shares: `volumes rose to [1.04
//!   billion]MONEY shares`. OntoNotes train: a number and its scale before `shares` are a
//!   CARDINAL 39 times and a MONEY once.
//!
//! And in a fourteenth round (rs26: a metro line's opening):
//!
//! - a number and its scale with no unit after it is a count, not a measure: `will carry [13
//!   lakh]QUANTITY passengers a day` (the model reads the Indian scales `lakh` and `crore` as
//!   units). OntoNotes train: a number and `million`, `billion`, `thousand`, `hundred` or
//!   `trillion` are a CARDINAL 162 times, a MONEY 6 and a QUANTITY never.

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// Runs the readings above over the accepted mentions (in order, not overlapping).
pub(super) fn measures(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let mut merged = false;
    for k in 0..found.len() {
        let m = found[k];
        // Each reading asks for a byte of the mention's text first: a digit, a `d` or an `r`
        // at its end.
        let Some(text) = bytes.get(m.span.start..m.span.end) else {
            continue;
        };
        match m.label {
            Label::DATE | Label::TIME if is_grouped_number(text) => {
                found[k].label = Label::CARDINAL
            }
            Label::DATE | Label::CARDINAL if ends_in_light_years(text) => {
                found[k].label = Label::QUANTITY;
                // `[13 billion]CARDINAL [light-years]DATE`: the count takes the unit.
                let prev = k.checked_sub(1).map(|j| found[j]);
                if let Some(p) = prev.filter(|p| {
                    p.label == Label::CARDINAL
                        && is_light_years(text)
                        && bytes.get(p.span.end..m.span.start) == Some(b" ")
                }) {
                    found[k - 1] = Mention {
                        span: Span::new(p.span.start, m.span.end),
                        label: Label::QUANTITY,
                    };
                    found[k].span = Span::new(0, 0);
                    merged = true;
                }
            }
            Label::DATE if is_minutes(text) => found[k].label = Label::TIME,
            Label::DATE | Label::QUANTITY | Label::CARDINAL if is_clock_time(text) => {
                found[k].label = Label::TIME
            }
            Label::QUANTITY
                if (text.ends_with(b" pounds") || text.ends_with(b" pound"))
                    && money_beside(doc, &found, k) =>
            {
                found[k].label = Label::MONEY
            }
            Label::QUANTITY
                if text.first().is_some_and(u8::is_ascii_digit)
                    && text.contains(&b' ')
                    && is_scaled_number(text) =>
            {
                found[k].label = Label::CARDINAL
            }
            Label::MONEY
                if text.first().is_some_and(u8::is_ascii_digit)
                    && bytes[m.span.end..].starts_with(b" shares")
                    && is_scaled_number(text) =>
            {
                found[k].label = Label::CARDINAL
            }
            _ => {}
        }
    }
    if merged {
        found.retain(|m| m.span.end > 0);
    }
    found
}

/// Whether `t` is a number grouped in thousands by commas, with or without decimals:
/// `138,402.17`, `1,024`.
fn is_grouped_number(t: &[u8]) -> bool {
    let (int, frac) = match t.iter().position(|&b| b == b'.') {
        Some(p) => (&t[..p], &t[p + 1..]),
        None => (t, &b"0"[..]),
    };
    let mut groups = int.split(|&b| b == b',');
    let first = groups.next().unwrap_or_default();
    let digits = |g: &[u8]| !g.is_empty() && g.iter().all(u8::is_ascii_digit);
    let mut rest = 0;
    for g in groups {
        if g.len() != 3 || !digits(g) {
            return false;
        }
        rest += 1;
    }
    rest > 0 && first.len() <= 3 && digits(first) && digits(frac)
}

/// Whether `t` is a number and its scale alone, no currency named: `1.04 billion`, `912.6
/// million`, `13 lakh`, `3,000`.
fn is_scaled_number(t: &[u8]) -> bool {
    let (number, scale) = match t.iter().position(|&b| b == b' ') {
        Some(p) => (&t[..p], &t[p + 1..]),
        None => (t, &b""[..]),
    };
    number
        .iter()
        .all(|&b| b.is_ascii_digit() || b == b'.' || b == b',')
        && matches!(
            scale,
            b"" | b"million" | b"billion" | b"thousand" | b"trillion" | b"lakh" | b"crore"
        )
}

/// Whether `t` counts minutes: words of lower-case letters or digits (`80`, `about 20`,
/// `ten`) and `minutes` (or `minute`) last.
fn is_minutes(t: &[u8]) -> bool {
    let Some(count) = t
        .strip_suffix(b" minutes")
        .or_else(|| t.strip_suffix(b" minute"))
    else {
        return false;
    };
    let number = count.rsplit(|&b| b == b' ').next().unwrap_or_default();
    !number.is_empty()
        && (number.iter().all(u8::is_ascii_digit) || number.iter().all(u8::is_ascii_lowercase))
        && count
            .iter()
            .all(|&b| b == b' ' || b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether `t` is a clock time with `a.m.` or `p.m.`: `6 a.m.`, `10:30 p.m.`.
fn is_clock_time(t: &[u8]) -> bool {
    let Some(clock) = t
        .strip_suffix(b" a.m.")
        .or_else(|| t.strip_suffix(b" p.m."))
    else {
        return false;
    };
    !clock.is_empty()
        && clock
            .iter()
            .all(|&b| b.is_ascii_digit() || b == b':' || b == b'.')
}

/// The unit alone: `light-years`, `light-year`, `light years`, `light year`.
fn is_light_years(t: &[u8]) -> bool {
    matches!(
        t,
        b"light-years" | b"light-year" | b"light years" | b"light year"
    )
}

/// Whether `t` ends with a light-year unit after a space (or is one).
fn ends_in_light_years(t: &[u8]) -> bool {
    if !matches!(t.last(), Some(b's' | b'r')) {
        return false;
    }
    is_light_years(t)
        || [
            &b" light-years"[..],
            b" light-year",
            b" light years",
            b" light year",
        ]
        .iter()
        .any(|u| t.ends_with(u))
}

/// Whether the mention `k` has an amount of money right beside it, as its other currency:
/// after it (`50,000 pounds, or about $65,000`, `, which is $65,000`) or before it (`$65,000
/// (50,000 pounds)`).
fn money_beside(doc: &Doc, found: &[Mention], k: usize) -> bool {
    let gap = |a: Span, b: Span| doc.text.get(a.end..b.start).unwrap_or("x");
    let after = found
        .get(k + 1)
        .is_some_and(|n| n.label == Label::MONEY && is_conversion(gap(found[k].span, n.span)));
    let before = k > 0
        && found[k - 1].label == Label::MONEY
        && matches!(gap(found[k - 1].span, found[k].span), " (" | ", or ");
    after || before
}

/// Whether the words between two amounts give the second as the first in another currency:
/// a comma or an opening bracket, then at most a few words such as `or`, `about`, `which is`.
fn is_conversion(gap: &str) -> bool {
    const WORDS: &[&str] = &[
        "or", "about", "roughly", "nearly", "around", "some", "which", "is", "was", "equal", "to",
    ];
    let gap = gap.trim_start();
    let Some(rest) = gap.strip_prefix(',').or_else(|| gap.strip_prefix('(')) else {
        return false;
    };
    rest.len() <= 24 && rest.split_whitespace().all(|w| WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn grouped_numbers_are_counts() {
        use Label::{CARDINAL, DATE, TIME};
        assert_eq!(
            passed(
                "closed at 138,402.17 after 38,402 on 12.30 and 2,1000 in 2024",
                &[
                    ("138,402.17", TIME),
                    ("38,402", DATE),
                    ("12.30", TIME),
                    ("2,1000", DATE),
                    ("2024", DATE)
                ],
                measures
            ),
            owned(&[
                ("138,402.17", CARDINAL),
                ("38,402", CARDINAL),
                ("12.30", TIME),
                ("2,1000", DATE),
                ("2024", DATE)
            ])
        );
    }

    #[test]
    fn amounts_of_shares_are_counts() {
        use Label::{CARDINAL, MONEY};
        assert_eq!(
            passed(
                "rose to 1.04 billion shares from $2 billion shares, worth Rs48.3 billion shares",
                &[
                    ("1.04 billion", MONEY),
                    ("$2 billion", MONEY),
                    ("Rs48.3 billion", MONEY)
                ],
                measures
            ),
            owned(&[
                ("1.04 billion", CARDINAL),
                ("$2 billion", MONEY),
                ("Rs48.3 billion", MONEY)
            ])
        );
    }

    #[test]
    fn scaled_numbers_without_a_unit_are_counts() {
        use Label::{CARDINAL, QUANTITY};
        assert_eq!(
            passed(
                "will carry 13 lakh passengers, 2.5 million riders and 40 kilometres, 3 lakh tonnes",
                &[
                    ("13 lakh", QUANTITY),
                    ("2.5 million", QUANTITY),
                    ("40 kilometres", QUANTITY),
                    ("3 lakh tonnes", QUANTITY)
                ],
                measures
            ),
            owned(&[
                ("13 lakh", CARDINAL),
                ("2.5 million", CARDINAL),
                ("40 kilometres", QUANTITY),
                ("3 lakh tonnes", QUANTITY)
            ])
        );
    }

    #[test]
    fn pounds_beside_money_are_money() {
        use Label::{MONEY, QUANTITY};
        assert_eq!(
            passed(
                "The prize comes with 50,000 pounds, or about $65,000, and a 25 pounds trophy.",
                &[
                    ("50,000 pounds", QUANTITY),
                    ("about $65,000", MONEY),
                    ("25 pounds", QUANTITY)
                ],
                measures
            ),
            owned(&[
                ("50,000 pounds", MONEY),
                ("about $65,000", MONEY),
                ("25 pounds", QUANTITY)
            ])
        );
        assert_eq!(
            passed(
                "It cost $65,000 (50,000 pounds) and weighed 40 pounds, the $9 part too.",
                &[
                    ("$65,000", MONEY),
                    ("50,000 pounds", QUANTITY),
                    ("40 pounds", QUANTITY),
                    ("$9", MONEY)
                ],
                measures
            ),
            owned(&[
                ("$65,000", MONEY),
                ("50,000 pounds", MONEY),
                ("40 pounds", QUANTITY),
                ("$9", MONEY)
            ])
        );
    }

    #[test]
    fn light_years_are_a_length() {
        use Label::{CARDINAL, DATE, QUANTITY};
        assert_eq!(
            passed(
                "It lies 40 light-years away; the galaxy is 13 billion light-years off, 5 years on.",
                &[
                    ("40 light-years", DATE),
                    ("13 billion", CARDINAL),
                    ("light-years off", DATE),
                    ("5 years", DATE)
                ],
                |doc, mut found| {
                    // The unit alone, as the model tagged it.
                    found[2].span.end = found[2].span.start + "light-years".len();
                    measures(doc, found)
                }
            ),
            owned(&[
                ("40 light-years", QUANTITY),
                ("13 billion light-years", QUANTITY),
                ("5 years", DATE)
            ])
        );
    }

    #[test]
    fn minutes_and_clock_times_are_times() {
        use Label::{DATE, QUANTITY, TIME};
        assert_eq!(
            passed(
                "quiet for 80 minutes, 6 a.m. and 10:30 p.m., two years, the Late 20 minutes",
                &[
                    ("80 minutes", DATE),
                    ("6 a.m.", QUANTITY),
                    ("10:30 p.m.", TIME),
                    ("two years", DATE),
                    ("Late 20 minutes", DATE)
                ],
                measures
            ),
            owned(&[
                ("80 minutes", TIME),
                ("6 a.m.", TIME),
                ("10:30 p.m.", TIME),
                ("two years", DATE),
                ("Late 20 minutes", DATE)
            ])
        );
    }
}
