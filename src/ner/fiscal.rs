//! Fiscal years as budget stories in South Asia write them (rs22: a Pakistani federal budget),
//! each one DATE as OntoNotes writes its own (`[1990 - 91]DATE`, `[fiscal 1990]DATE`, `[the
//! 1979 - 80 crop year]DATE`):
//!
//! - a year and the next one's last two digits (or the whole next year) joined by a hyphen:
//!   the model read `The [2025]CARDINAL-[26]CARDINAL budget` and `[2025]DATE-[26]CARDINAL`;
//! - `fiscal year`, `financial year` or `fiscal` with the year after it: `[fiscal year]DATE
//!   [2025-26]DATE`;
//! - `FY` glued to a year or a range of years under another label: `[FY2025-26]PRODUCT`, and
//!   the range's end the model left out: `[FY2025]DATE-26`;
//! - (rs25, a chipmaker's results) a quarter's or half's code and the year after it, one
//!   DATE as the rules stage reads it where the model left it room: `in Q3 [2024]DATE`, `in
//!   [Q2]GPE [FY26]DATE` are `[Q3 2024]DATE`, `[Q2 FY26]DATE` (OntoNotes: `[the first quarter
//!   of 2000]DATE`; train writes no codes);
//! - (rs25, a central bank's forecast) a fiscal year the tagger took into the amount after it:
//!   `inflation in [2025-26 to 2%]PERCENT` is `[2025-26]DATE to [2%]PERCENT`. OntoNotes train
//!   has no PERCENT, MONEY or QUANTITY that opens with a year, and `[1990 - 91]DATE` 9 times.

use crate::analysis::{Label, Span};
use crate::ner::{Doc, Mention};

/// Runs the readings above over the accepted mentions (in order, not overlapping).
pub(super) fn fiscal_years(doc: &Doc, mut found: Vec<Mention>) -> Vec<Mention> {
    let bytes = doc.text.as_bytes();
    let mut merged = false;
    // Amounts parted from the fiscal year before them, put in place at the end.
    let mut after = Vec::new();
    // Whether a DATE may be `fiscal year` or `fiscal`: its last byte says.
    let mut fiscal = false;
    for k in 0..found.len() {
        let m = found[k];
        let Some(text) = bytes
            .get(m.span.start..m.span.end)
            .filter(|t| !t.is_empty())
        else {
            continue;
        };
        fiscal |= m.label == Label::DATE && matches!(text.last(), Some(b'r' | b'l'));
        // `FY2025-26`, `FY26`: a fiscal year whatever the label; `[FY2025]DATE-26` whole.
        if text.first() == Some(&b'F') && is_fy(text) {
            found[k].label = Label::DATE;
            let tail = bytes.get(m.span.end..m.span.end + 3);
            let free = found
                .get(k + 1)
                .is_none_or(|n| n.span.start >= m.span.end + 3);
            let ends = !bytes
                .get(m.span.end + 3)
                .is_some_and(u8::is_ascii_alphanumeric);
            if let Some(tail) = tail.filter(|t| t[0] == b'-' && free && ends) {
                let mut range = text[2..].to_vec();
                range.extend_from_slice(tail);
                if is_year_range(&range) {
                    found[k].span.end += 3;
                }
            }
            continue;
        }
        // `in [2025-26 to 2%]PERCENT`: a fiscal year, then the amount something came to in it.
        if text.len() > 11
            && text[4] == b'-'
            && matches!(m.label, Label::PERCENT | Label::MONEY | Label::QUANTITY)
        {
            if let Some(p) = text
                .windows(4)
                .position(|w| w == b" to ")
                .filter(|&p| is_year_range(&text[..p]))
            {
                found[k] = Mention {
                    span: Span::new(m.span.start, m.span.start + p),
                    label: Label::DATE,
                };
                after.push(Mention {
                    span: Span::new(m.span.start + p + 4, m.span.end),
                    label: m.label,
                });
            }
            continue;
        }
        // A year, a glued hyphen and the next year's digits in the next mention.
        if m.label.is_numeric() && bytes.get(m.span.end) == Some(&b'-') && text.len() == 4 {
            if let Some(n) = found
                .get(k + 1)
                .filter(|n| n.span.start == m.span.end + 1 && n.label.is_numeric())
            {
                if bytes
                    .get(m.span.start..n.span.end)
                    .is_some_and(is_year_range)
                {
                    found[k] = Mention {
                        span: Span::new(m.span.start, n.span.end),
                        label: Label::DATE,
                    };
                    found[k + 1].span = Span::new(0, 0);
                    merged = true;
                }
            }
        }
    }
    // `Q3 2024`, `Q2 FY26`: a quarter's or half's code and the year after it, one DATE.
    for k in 0..found.len() {
        let m = found[k];
        if m.label != Label::DATE || m.span.start < 3 {
            continue;
        }
        let s = m.span.start;
        let Some(code) = bytes.get(s - 3..s - 1) else {
            continue;
        };
        let year = &bytes[m.span.start..m.span.end];
        let is_year = (year.len() == 4 && year.iter().all(u8::is_ascii_digit)) || is_fy(year);
        if bytes[s - 1] != b' '
            || !is_year
            || (s > 3 && bytes[s - 4].is_ascii_alphanumeric())
            || !std::str::from_utf8(code).is_ok_and(crate::ner::rules::is_period_code)
        {
            continue;
        }
        // The code is untagged or a mention of its own (the model's `[Q2]GPE`).
        match k.checked_sub(1).map(|j| found[j]) {
            Some(p) if p.span.end > s - 3 => {
                if p.span.start != s - 3 || p.span.end != s - 1 {
                    continue;
                }
                found[k - 1].span = Span::new(0, 0);
                merged = true;
            }
            _ => {}
        }
        found[k].span.start = s - 3;
    }
    // `fiscal year` and the year after it, once the ranges are whole.
    for k in 0..if fiscal { found.len() } else { 0 } {
        let m = found[k];
        if m.label != Label::DATE || m.span.is_empty() {
            continue;
        }
        let Some(text) = doc.text.get(m.span.start..m.span.end) else {
            continue;
        };
        if !(text.ends_with("fiscal year") || text.ends_with("financial year") || text == "fiscal")
        {
            continue;
        }
        let Some(n) = found[k + 1..]
            .iter()
            .position(|n| !n.span.is_empty())
            .map(|j| k + 1 + j)
        else {
            continue;
        };
        let next = found[n];
        let Some(year) = bytes.get(next.span.start..next.span.end) else {
            continue;
        };
        let is_year = year.len() == 4 && year.iter().all(u8::is_ascii_digit);
        if next.span.start == m.span.end + 1
            && bytes.get(m.span.end) == Some(&b' ')
            && matches!(next.label, Label::DATE | Label::CARDINAL)
            && (is_year || is_year_range(year))
        {
            found[k].span.end = next.span.end;
            found[n].span = Span::new(0, 0);
            merged = true;
        }
    }
    if merged {
        found.retain(|m| !m.span.is_empty());
    }
    if !after.is_empty() {
        found.extend(after);
        found.sort_by_key(|m| m.span.start);
    }
    found
}

/// Whether `t` is a year and the next one: `2025-26`, `1999-00`, `2025-2026`.
fn is_year_range(t: &[u8]) -> bool {
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    let value = |s: &[u8]| s.iter().fold(0u32, |v, &b| v * 10 + u32::from(b - b'0'));
    let Some((a, b)) = t
        .iter()
        .position(|&c| c == b'-')
        .map(|p| (&t[..p], &t[p + 1..]))
    else {
        return false;
    };
    if a.len() != 4 || !digits(a) || !digits(b) {
        return false;
    }
    let first = value(a);
    if !(1800..2200).contains(&first) {
        return false;
    }
    match b.len() {
        2 => value(b) == (first + 1) % 100,
        4 => value(b) == first + 1,
        _ => false,
    }
}

/// Whether `t` is `FY` glued to a year's two or four digits or to a range of years: `FY26`,
/// `FY2026`, `FY2025-26`.
fn is_fy(t: &[u8]) -> bool {
    let Some(rest) = t.strip_prefix(b"FY") else {
        return false;
    };
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    (matches!(rest.len(), 2 | 4) && digits(rest)) || is_year_range(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::test_support::{owned, passed};

    #[test]
    fn a_fiscal_year_before_an_amount_is_parted_from_it() {
        use Label::{DATE, PERCENT};
        let text = "inflation in 2025-26 to 2% from 2.6%, and 2025 to 2027 rose 5%";
        assert_eq!(
            passed(
                text,
                &[("2025-26 to 2%", PERCENT), ("2.6%", PERCENT)],
                fiscal_years
            ),
            owned(&[("2025-26", DATE), ("2%", PERCENT), ("2.6%", PERCENT)])
        );
    }

    #[test]
    fn a_quarters_code_joins_its_year() {
        use Label::{DATE, GPE, PERCENT};
        let text = "57% in Q3 2024 and 59% in Q2 FY26 and XQ3 2024";
        assert_eq!(
            passed(
                text,
                &[
                    ("57%", PERCENT),
                    ("2024", DATE),
                    ("59%", PERCENT),
                    ("Q2", GPE),
                    ("FY26", DATE),
                ],
                fiscal_years
            ),
            owned(&[
                ("57%", PERCENT),
                ("Q3 2024", DATE),
                ("59%", PERCENT),
                ("Q2 FY26", DATE),
            ])
        );
    }

    #[test]
    fn fiscal_years_are_dates() {
        use Label::{CARDINAL, DATE, MONEY, PRODUCT};
        let text = "The 2025-26 budget; for fiscal year 2025-26, Rs14tr; the outlay for 2025-27; \
                    In FY2025-26 spending; in 1999-00; 3-26 won; for FY2024-25";
        let marked = [
            ("2025", CARDINAL),
            ("fiscal year", DATE),
            ("Rs14tr", MONEY),
            ("FY2025-26", PRODUCT),
            ("1999-00", DATE),
            ("FY2024", DATE),
        ];
        assert_eq!(
            passed(text, &marked, |doc, mut found| {
                // The model's pieces: `26` after the first year, `2025-26` after `fiscal year`,
                // `2025` and `27` apart.
                let at = |s: &str, from: usize| from + text[from..].find(s).unwrap();
                let p = at("-26 budget", 0) + 1;
                found.push(Mention {
                    span: Span::new(p, p + 2),
                    label: CARDINAL,
                });
                let p = at("2025-26,", 0);
                found.push(Mention {
                    span: Span::new(p, p + 7),
                    label: DATE,
                });
                let p = at("2025-27", 0);
                found.push(Mention {
                    span: Span::new(p, p + 4),
                    label: DATE,
                });
                found.push(Mention {
                    span: Span::new(p + 5, p + 7),
                    label: CARDINAL,
                });
                found.sort_by_key(|m| m.span.start);
                fiscal_years(doc, found)
            }),
            owned(&[
                ("2025-26", DATE),
                ("fiscal year 2025-26", DATE),
                ("Rs14tr", MONEY),
                ("2025", DATE),
                ("27", CARDINAL),
                ("FY2025-26", DATE),
                ("1999-00", DATE),
                ("FY2024-25", DATE),
            ])
        );
    }
}
