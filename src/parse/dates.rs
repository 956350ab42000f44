//! Calendar dates as news pages write them: `2025-05-21`, `May 21, 2025`, `21 May 2025`,
//! `Wed, 21 May 2025`, `21.05.2025`. Only dates with a year get an ISO value; relative times
//! (`6 hours ago`) are recognized separately by [`is_relative_time`].

use crate::wordmap::with_ascii_lowercase;

/// A date found in a string: byte range of the date text and its ISO `YYYY-MM-DD` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub iso: String,
}

impl DateMatch {
    /// The same date found `by` bytes further on: a date read in part of a line, placed in the
    /// whole line.
    pub fn shifted(self, by: usize) -> DateMatch {
        DateMatch {
            start: by + self.start,
            end: by + self.end,
            ..self
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `w` starts with the first three letters of a weekday or a month, ignoring ASCII case:
/// every word [`is_weekday`] or [`month_number`] accepts does (the names are ASCII, and the one
/// char outside ASCII that lower-cases into ASCII, the Kelvin sign, gives a `k`, which no name
/// has). Asked first of the first word of every block, which is seldom either.
fn opens_day_or_month(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && matches!(
            [b[0] | 0x20, b[1] | 0x20, b[2] | 0x20],
            [b'm', b'o', b'n']
                | [b't', b'u', b'e']
                | [b'w', b'e', b'd']
                | [b't', b'h', b'u']
                | [b'f', b'r', b'i']
                | [b's', b'a', b't']
                | [b's', b'u', b'n']
                | [b'j', b'a', b'n']
                | [b'f', b'e', b'b']
                | [b'm', b'a', b'r']
                | [b'a', b'p', b'r']
                | [b'm', b'a', b'y']
                | [b'j', b'u', b'n']
                | [b'j', b'u', b'l']
                | [b'a', b'u', b'g']
                | [b's', b'e', b'p']
                | [b'o', b'c', b't']
                | [b'n', b'o', b'v']
                | [b'd', b'e', b'c']
        )
}

/// Month number (1–12) of a full or abbreviated English month name (`Sept`, `Sep.`, `May`).
pub fn month_number(word: &str) -> Option<u32> {
    if !opens_day_or_month(word) {
        return None;
    }
    let w = word.trim_end_matches('.');
    // Asked of the first words of every paragraph: lower-case ASCII words on the stack (no
    // month name is longer than 9 letters, and ASCII lower-casing keeps the length).
    if w.is_ascii() {
        return with_ascii_lowercase::<9, _>(w, month_of_lower).flatten();
    }
    month_of_lower(&w.to_lowercase())
}

/// [`month_number`] of a word already lower-cased and stripped of its final periods.
fn month_of_lower(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    if !opens_day_or_month(word) {
        return false;
    }
    let w = word.trim_end_matches(['.', ',']);
    // As in `month_number`: no weekday name is longer than 9 letters.
    if w.is_ascii() {
        return with_ascii_lowercase::<9, _>(w, is_weekday_lower).unwrap_or(false);
    }
    is_weekday_lower(&w.to_lowercase())
}

/// [`is_weekday`] of a word already lower-cased and stripped of final `.` and `,`.
fn is_weekday_lower(w: &str) -> bool {
    w.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|d| *d == w || d.starts_with(w) && w.len() == 3)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1800..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Words of `s` with their byte ranges; a word is a run of alphanumerics plus `.` and `,` glued
/// to its end, so `May` `21,` `2025` come out as three words.
fn words(s: &str) -> Vec<(usize, usize, &str)> {
    Words { s, pos: 0 }.collect()
}

/// The words of [`words`], one at a time.
struct Words<'a> {
    s: &'a str,
    /// Where the search for the next word starts.
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let part = |c: char| c.is_alphanumeric() || matches!(c, '.' | ',' | '-' | '/');
        let rest = &self.s[self.pos..];
        let st = self.pos + rest.find(part)?;
        let end = self.s[st..]
            .find(|c| !part(c))
            .map_or(self.s.len(), |e| st + e);
        self.pos = end;
        Some((st, end, &self.s[st..end]))
    }
}

fn number(w: &str, max_len: usize) -> Option<u32> {
    // Al Arabiya prints its comma before the year: `26 November ,2026: 04:32 PM GST`.
    let core = w.trim_start_matches(',').trim_end_matches([',', '.']);
    let core = core
        .strip_suffix("st")
        .or_else(|| core.strip_suffix("nd"))
        .or_else(|| core.strip_suffix("rd"))
        .or_else(|| core.strip_suffix("th"))
        .unwrap_or(core);
    (!core.is_empty() && core.len() <= max_len && core.bytes().all(|b| b.is_ascii_digit()))
        .then(|| core.parse().ok())
        .flatten()
}

/// A numeric date in one word: `2025-05-21`, `2025/05/21`, `2025-05-21T10:00:00Z` (the date part),
/// `21.05.2025`, `21/05/2025` (day first unless the day cannot be one).
fn numeric(w: &str) -> Option<(usize, String)> {
    let b = w.as_bytes();
    if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/' | b'.')
    {
        let sep = b[4];
        if b[7] == sep
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[8..10].iter().all(u8::is_ascii_digit)
            && (b.len() == 10 || !b[10].is_ascii_digit())
        {
            let y = w[..4].parse().ok()?;
            let m = w[5..7].parse().ok()?;
            let d = w[8..10].parse().ok()?;
            return iso(y, m, d).map(|v| (10, v));
        }
    }
    // d.m.yyyy or d/m/yyyy
    let core = w.trim_end_matches([',', '.']);
    for sep in ['.', '/', '-'] {
        let Some(parts) = three_parts(core, sep) else {
            continue;
        };
        if parts[2].len() == 4
            && parts[..2].iter().all(|p| (1..=2).contains(&p.len()))
            && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()))
        {
            let a: u32 = parts[0].parse().ok()?;
            let b: u32 = parts[1].parse().ok()?;
            let y: u32 = parts[2].parse().ok()?;
            let (d, m) = if b > 12 { (b, a) } else { (a, b) };
            return iso(y, m, d).map(|v| (core.len(), v));
        }
        // `26-Nov-2026` (CGTN's date lines).
        if sep == '-'
            && (1..=2).contains(&parts[0].len())
            && parts[2].len() == 4
            && parts[0]
                .bytes()
                .chain(parts[2].bytes())
                .all(|c| c.is_ascii_digit())
        {
            if let Some(m) = month_number(parts[1]) {
                let d: u32 = parts[0].parse().ok()?;
                let y: u32 = parts[2].parse().ok()?;
                return iso(y, m, d).map(|v| (core.len(), v));
            }
        }
    }
    None
}

/// `11/26/26` with its year in two digits, month first (day first when the month cannot be
/// one): The Hill's `by Alexander Bolton - 11/26/26 6:14 PM ET`. Read only before a clock
/// ([`date_at`]): a stamp, where a bare `3/4/26` may be anything.
fn short_year(w: &str) -> Option<String> {
    let [a, b, y] = three_parts(w, '/')?;
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if !(digits(a, 1..=2) && digits(b, 1..=2) && digits(y, 2..=2)) {
        return None;
    }
    let (a, b, y): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    iso(2000 + y, m, d)
}

/// `s` split at `sep` when that gives exactly three parts, as
/// `s.split(sep).collect::<Vec<_>>()` of length 3 but without the vector (asked of the first
/// words of every paragraph).
fn three_parts(s: &str, sep: char) -> Option<[&str; 3]> {
    let mut it = s.split(sep);
    let parts = [it.next()?, it.next()?, it.next()?];
    it.next().is_none().then_some(parts)
}

/// The first date with a year in `s`.
pub fn find_date(s: &str) -> Option<DateMatch> {
    let ws = words(s);
    for k in 0..ws.len() {
        if let Some(m) = date_at(s, &ws, k) {
            return Some(m);
        }
    }
    None
}

/// A date starting at word `k` (a leading weekday is included).
fn date_at(s: &str, ws: &[(usize, usize, &str)], k: usize) -> Option<DateMatch> {
    let (start, _, w) = ws[k];
    if is_weekday(w) && k + 1 < ws.len() {
        let mut m = date_at(s, ws, k + 1)?;
        m.start = start;
        return Some(m);
    }
    if let Some((len, v)) = numeric(w) {
        return Some(DateMatch {
            start,
            end: start + len,
            iso: v,
        });
    }
    let get = |i: usize| ws.get(i).map(|x| x.2);
    let (_, word_end, _) = ws[k];
    if w.len() <= 8
        && w.as_bytes().contains(&b'/')
        && s[word_end..].starts_with(' ')
        && time_prefix(&s[word_end..]) > 0
    {
        if let Some(iso) = short_year(w) {
            return Some(DateMatch {
                start,
                end: word_end,
                iso,
            });
        }
    }
    let end_of = |i: usize| {
        let (st, e, t) = ws[i];
        st + t.trim_end_matches([',', '.']).len().min(e - st)
    };
    // Month D, YYYY
    if let Some(m) = month_number(w.trim_end_matches(',')) {
        if let (Some(d), Some(y)) = (
            get(k + 1).and_then(|x| number(x, 2)),
            get(k + 2).and_then(|x| number(x, 4)),
        ) {
            if get(k + 2)
                .is_some_and(|x| x.trim_start_matches(',').trim_end_matches([',', '.']).len() == 4)
            {
                return iso(y, m, d).map(|iso| DateMatch {
                    start,
                    end: end_of(k + 2),
                    iso,
                });
            }
        }
        if let (Some(d), Some(y)) = (
            get(k + 1).and_then(|x| number(x, 2)),
            ws.get(k + 2)
                .and_then(|&(st, _, _)| crate::tokenize::glued_year(&s[st..]))
                .map(|(y, _)| y),
        ) {
            return iso(y, m, d).map(|iso| DateMatch {
                start,
                end: ws[k + 2].0 + 4,
                iso,
            });
        }
    }
    // D Month YYYY, D of Month, YYYY
    if let Some(d) = number(w, 2) {
        if get(k + 1).is_some_and(|x| x.eq_ignore_ascii_case("of")) {
            if let Some(mut m) = date_at_skipping(s, ws, k) {
                m.start = start;
                return Some(m);
            }
        }
        if let (Some(m), Some(y)) = (
            get(k + 1).and_then(|x| month_number(x.trim_end_matches(','))),
            get(k + 2).and_then(|x| number(x, 4)),
        ) {
            if get(k + 2)
                .is_some_and(|x| x.trim_start_matches(',').trim_end_matches([',', '.']).len() == 4)
            {
                return iso(y, m, d).map(|iso| DateMatch {
                    start,
                    end: end_of(k + 2),
                    iso,
                });
            }
        }
    }
    None
}

/// `21st of May, 2025`: the date read as `21st May, 2025`.
fn date_at_skipping(s: &str, ws: &[(usize, usize, &str)], k: usize) -> Option<DateMatch> {
    let mut v: Vec<(usize, usize, &str)> = Vec::with_capacity(4);
    v.push(ws[k]);
    v.extend(ws.iter().skip(k + 2).take(2).copied());
    if v.len() < 3 || month_number(v[1].2.trim_end_matches(',')).is_none() {
        return None;
    }
    date_at(s, &v, 0)
}

/// A date that starts `s` (after white space), with at most a weekday before it.
pub fn date_prefix(s: &str) -> Option<DateMatch> {
    // Asked of every block of a page: a date, a weekday or a number opens a date, so a line
    // whose first word is none of them is not split into words.
    let t = s.trim_start();
    let first = t
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | ',' | '-' | '/')))
        .map_or(t, |e| &t[..e]);
    if !(first.starts_with(|c: char| c.is_ascii_digit())
        || is_weekday(first)
        || month_number(first.trim_end_matches(',')).is_some())
    {
        return None;
    }
    // A date at word 0 reads the leading weekdays and at most four words after them (see
    // `date_at` and `date_at_skipping`): the rest of a long paragraph need not be split.
    let mut ws = Vec::new();
    let mut weekdays = None;
    for w in (Words { s, pos: 0 }) {
        if weekdays.is_none() && !is_weekday(w.2) {
            weekdays = Some(ws.len());
        }
        ws.push(w);
        if weekdays.is_some_and(|k| ws.len() >= k + 4) {
            break;
        }
    }
    if ws.is_empty() {
        return None;
    }
    let m = date_at(s, &ws, 0)?;
    s[..m.start].trim().is_empty().then_some(m)
}

/// A time of day right at the start of `s`: `10:30`, `10:30 am`, `10.30pm PKT`, `| 14:05 GMT`,
/// and ` at 9:41 AM EDT` as US sites stamp a story (`September 5, 2025 at 9:41 AM EDT`): read
/// without its `at`, such a line was no date line and became the standfirst.
/// Returns the byte length it covers (0 when there is none).
pub fn time_prefix(s: &str) -> usize {
    let t = s.trim_start_matches([' ', ',', '|', '-', '·', '•', '\t']);
    let t = t
        .strip_prefix("at ")
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(t);
    let off = s.len() - t.len();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return 0;
    }
    let rest = &t[digits..];
    if !(rest.starts_with(':') || rest.starts_with('.')) {
        return 0;
    }
    let mins = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
    if mins != 2 {
        return 0;
    }
    let mut len = digits + 1 + 2;
    // seconds
    let after = &t[len..];
    if after.starts_with(':') && after[1..].bytes().take_while(u8::is_ascii_digit).count() == 2 {
        len += 3;
    }
    // am/pm and a zone abbreviation
    for _ in 0..2 {
        let after = &t[len..];
        let sp = after.len() - after.trim_start().len();
        let word: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '+')
            .collect();
        let lw = word.to_lowercase();
        let ok = matches!(lw.as_str(), "am" | "pm" | "a.m." | "p.m.")
            || (word.len() >= 2
                && word.len() <= 5
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '+' || c.is_ascii_digit()));
        if ok && !word.is_empty() {
            len += sp + word.len();
        } else if let Some(zone) = crate::tokenize::glued_zone(&word) {
            len += sp + zone;
            break;
        } else {
            break;
        }
    }
    off + len
}

/// `6 hours ago`, `- 12 hours ago`, `2h ago`, `Updated 3 days ago`, `just now`, `yesterday`,
/// and two of them, as ABC stamps a story: `Posted 2h ago, updated 38m ago`.
pub fn is_relative_time(line: &str) -> bool {
    // Each stamp is at most 40 chars once its ends are trimmed of white space and dashes, so
    // the line has at most 81 other chars (with the comma between two), and as many ASCII
    // bytes that are neither: a paragraph is turned down after its first 82 such bytes, not
    // searched for a comma to its end.
    let solid = |b: &u8| {
        b.is_ascii()
            && !matches!(
                b,
                b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'-' | b'|'
            )
    };
    // Every stamp ends in `ago`, `now` or `day` (`yesterday`, `today`), and so does the line,
    // whose end is the last stamp's: most lines end otherwise and are turned down here, before
    // their bytes are counted ([`one_relative_time`] tests each stamp's end as well).
    if !ends_as_a_stamp(line.trim_end()) {
        return false;
    }
    if line.bytes().filter(solid).nth(81).is_some() {
        return false;
    }
    // The first `, `, found with a byte loop (`str::split_once` builds a two-way searcher for
    // every line).
    match line.as_bytes().windows(2).position(|w| w == b", ") {
        Some(k) => one_relative_time(&line[..k]) && one_relative_time(&line[k + 2..]),
        None => one_relative_time(line),
    }
}

/// Whether `t` ends in `ago`, `now` or `day` in any case, as every relative stamp does once
/// lower-cased (`6 hours ago`, `just now`, `yesterday`, `today`): only ASCII letters
/// lower-case to these, so the last three bytes tell.
fn ends_as_a_stamp(t: &str) -> bool {
    let tail = t.len().checked_sub(3).map(|k| &t.as_bytes()[k..]);
    tail.is_some_and(|e| {
        [b"ago", b"now", b"day"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(*w))
    })
}

/// One relative timestamp, as [`is_relative_time`] reads each.
fn one_relative_time(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['-', '–', '—', '•', '·', '|', ' '])
        .trim();
    if !ends_as_a_stamp(t) {
        return false;
    }
    // Lower-casing never makes a text shorter in chars: decide long lines (most paragraphs)
    // before copying them.
    if t.chars().nth(40).is_some() {
        return false;
    }
    let t = t.to_lowercase();
    if t.chars().count() > 40 {
        return false;
    }
    let t = ["updated", "posted", "published", "last updated"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map(|r| r.trim_start_matches([':', ' ']).to_string())
        .unwrap_or(t);
    // Dawn's `Updated about 10 hours ago`, `over a year ago`.
    let t = ["about ", "over ", "nearly ", "almost ", "around "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map(str::to_string)
        .unwrap_or(t);
    if matches!(
        t.as_str(),
        "just now" | "yesterday" | "today" | "an hour ago" | "a day ago"
    ) {
        return true;
    }
    let Some(rest) = t.strip_suffix("ago") else {
        return false;
    };
    let rest = rest.trim();
    let (num, unit): (String, String) = {
        let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if n.is_empty() {
            let mut it = rest.splitn(2, ' ');
            let w = it.next().unwrap_or("");
            if !matches!(w, "a" | "an" | "one" | "two" | "three" | "few" | "several") {
                return false;
            }
            (w.to_string(), it.next().unwrap_or("").trim().to_string())
        } else {
            (n.clone(), rest[n.len()..].trim().to_string())
        }
    };
    !num.is_empty()
        && matches!(
            unit.as_str(),
            "s" | "sec"
                | "secs"
                | "second"
                | "seconds"
                | "m"
                | "min"
                | "mins"
                | "minute"
                | "minutes"
                | "h"
                | "hr"
                | "hrs"
                | "hour"
                | "hours"
                | "d"
                | "day"
                | "days"
                | "w"
                | "wk"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "mo"
                | "y"
                | "yr"
                | "year"
                | "years"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stack lower-casing answers as lower-casing a copy did.
    #[test]
    fn month_and_weekday_words_as_with_a_lower_cased_copy() {
        let month = |word: &str| month_of_lower(&word.trim_end_matches('.').to_lowercase());
        let weekday =
            |word: &str| is_weekday_lower(&word.trim_end_matches(['.', ',']).to_lowercase());
        for w in [
            "May",
            "MAY",
            "may.",
            "Sept.",
            "SEPT",
            "Sep",
            "September",
            "Septembers",
            "Mar",
            "Ma",
            "",
            ".",
            "Wed,",
            "WEDNESDAY",
            "Wednesdays",
            "Thurs",
            "Thu.",
            "Fri",
            "Mäy",
            "\u{212a}",
            "Mon\u{130}",
            "Été",
            "12",
        ] {
            assert_eq!(month_number(w), month(w), "{w}");
            assert_eq!(is_weekday(w), weekday(w), "{w}");
        }
        // Every name, whole and cut, in each case (what `opens_day_or_month` lets through).
        for name in WEEKDAYS.iter().chain(MONTHS.iter()) {
            for cut in [3, 4, name.len()] {
                let w = &name[..cut.min(name.len())];
                let title = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
                for w in [
                    w.to_string(),
                    w.to_uppercase(),
                    title.clone(),
                    format!("{title}.,"),
                ] {
                    assert_eq!(month_number(&w), month(&w), "{w}");
                    assert_eq!(is_weekday(&w), weekday(&w), "{w}");
                }
            }
        }
    }

    #[test]
    fn three_parts_is_a_split_of_three() {
        for w in ["21.05.2025", "1.2", "1.2.3.4", "", "..", "...", "a.b.c"] {
            let v: Vec<&str> = w.split('.').collect();
            assert_eq!(
                three_parts(w, '.').map(|p| p.to_vec()),
                (v.len() == 3).then_some(v),
                "{w}"
            );
        }
    }

    fn v(s: &str) -> Option<String> {
        find_date(s).map(|m| m.iso)
    }

    #[test]
    fn formats() {
        assert_eq!(v("date 2025-05-21 China"), Some("2025-05-21".into()));
        assert_eq!(v("Published: May 21, 2025"), Some("2025-05-21".into()));
        assert_eq!(v("Sept. 3, 2024 10:00"), Some("2024-09-03".into()));
        assert_eq!(v("Wed, 21 May 2025 10:30 GMT"), Some("2025-05-21".into()));
        assert_eq!(v("2025-05-21T10:00:00+05:00"), Some("2025-05-21".into()));
        assert_eq!(v("21.05.2025"), Some("2025-05-21".into()));
        assert_eq!(v("05/21/2025"), Some("2025-05-21".into()));
        assert_eq!(v("Updated 16:42, 26-Nov-2026"), Some("2026-11-26".into()));
        // A two-digit year only in a stamp, before its time.
        assert_eq!(
            v("by Alexander Bolton - 11/26/26 6:14 PM ET"),
            Some("2026-11-26".into())
        );
        assert_eq!(v("26/11/26 18:14"), Some("2026-11-26".into()));
        assert_eq!(v("it rose 3/4/26 percent"), None);
        assert_eq!(v("11/26/26 at noon"), None);
        assert_eq!(v("11/26/26 was the day"), None);
        // Reuters' web page copied as text: the date, time and update stamp run together.
        let glued = "November 7, 20253:45 AM GMT+5Updated 2 hours ago";
        let m = find_date(glued).unwrap();
        assert_eq!(
            (m.iso.as_str(), &glued[m.start..m.end]),
            ("2025-11-07", "November 7, 2025")
        );
        assert_eq!(v("Nov 18, 202510:21 AM"), Some("2025-11-18".into()));
        assert_eq!(v("May 21, 20251"), None);
        assert_eq!(v("May 21, 30003:45"), None);
        assert_eq!(
            &glued[m.end..m.end + time_prefix(&glued[m.end..])],
            "3:45 AM GMT+5"
        );
        assert_eq!(time_prefix("3:45 AM GMT+5Updated"), 13);
        assert_eq!(time_prefix("3:45 AM GMT+5"), 13);
        assert_eq!(time_prefix("3:45 AM GMT+55x"), 7);
        assert_eq!(v("30-Feb-2026"), None);
        assert_eq!(v("26-Nov-26"), None);
        assert_eq!(v("February 30, 2025"), None);
        assert_eq!(v("May 6-7"), None);
        assert_eq!(v("in March 2020 to"), None);
        assert_eq!(v("on the 21st of May, 2025 at"), Some("2025-05-21".into()));
        assert_eq!(v("May 21st 2025"), Some("2025-05-21".into()));
        let m = find_date("Updated: 21st May 2025, 4:00pm").unwrap();
        assert_eq!(m.iso, "2025-05-21");
        let s = "Published: May 21, 2025 at";
        let m = find_date(s).unwrap();
        assert_eq!(&s[m.start..m.end], "May 21, 2025");
    }

    #[test]
    fn prefix_and_time() {
        assert!(date_prefix("Wednesday, May 21, 2025").is_some());
        assert!(date_prefix("On May 21, 2025").is_none());
        assert_eq!(time_prefix(" 10:30 am PKT rest"), " 10:30 am PKT".len());
        assert_eq!(time_prefix(" China"), 0);
        assert_eq!(time_prefix(" at 9:41 AM EDT"), " at 9:41 AM EDT".len());
        assert_eq!(time_prefix(" at 6:00 a.m. EST"), " at 6:00 a.m. EST".len());
        // `at` and then no clock: a place or a sentence goes on.
        assert_eq!(time_prefix(" at Lords"), 0);
        assert_eq!(time_prefix(" at 10 Downing Street"), 0);
    }

    #[test]
    fn relative() {
        assert!(is_relative_time("- 6 hours ago"));
        assert!(is_relative_time("2h ago"));
        assert!(is_relative_time("Updated 3 days ago"));
        assert!(is_relative_time("an hour ago"));
        assert!(is_relative_time("Updated about 10 hours ago"));
        assert!(is_relative_time("over a year ago"));
        assert!(!is_relative_time("about a decade ago"));
        assert!(!is_relative_time(
            "four days ago, the talks began in Beijing"
        ));
        assert!(!is_relative_time("Chicago"));
        assert!(is_relative_time("Posted 2h ago, updated 38m ago"));
        assert!(is_relative_time("Posted 5h ago, updated 1h ago"));
        assert!(!is_relative_time("Posted 5h ago, as the river rose"));
        assert!(!is_relative_time("Lismore, 2h ago"));
        // Two stamps padded with dashes and spaces: the padding is no part of the 81 chars a
        // line may have before it is turned down unread.
        let padded = format!("{0}Posted 2h ago, {0}updated 38m ago", " - ".repeat(30));
        assert!(is_relative_time(&padded));
        let long =
            "Posted 2h ago, updated 38m ago, as the river rose over the town's banks ".repeat(3);
        assert!(!is_relative_time(&long));
    }

    #[test]
    fn date_prefix_reads_the_first_word() {
        let d = |s: &str| date_prefix(s).map(|m| (m.start, m.iso));
        assert_eq!(d("  May 21, 2025 at noon"), Some((2, "2025-05-21".into())));
        assert_eq!(d("Wednesday, 21 May 2025"), Some((0, "2025-05-21".into())));
        assert_eq!(d("21st of May, 2025"), Some((0, "2025-05-21".into())));
        assert_eq!(d("2025-05-21 story"), Some((0, "2025-05-21".into())));
        assert_eq!(
            d("26 November ,2026: 04:32 PM GST"),
            Some((0, "2026-11-26".into()))
        );
        // Not a date, a weekday or a number first: not a date line.
        assert_eq!(d("The May 21, 2025 vote"), None);
        assert_eq!(d("(May 21, 2025)"), None);
        assert_eq!(d("-21 May 2025"), None);
        assert_eq!(d(""), None);
    }
}
