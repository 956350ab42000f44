//! Rules and gazetteers: numbers, dates and times by their form, places and nationalities by
//! list, people by the titles and given names around them, organizations by the words that name
//! them (`… Office`, `… Party of …`). Precise on what it covers; the statistical model covers
//! the rest.

use crate::analysis::{Label, Span};
use crate::ner::gazetteer::Gazetteer;
use crate::ner::shapes::{Kind, Shape, Shapes};
use crate::ner::{Doc, Mention, Recognizer};
use crate::wordmap::{with_ascii_lowercase, WordMap};

pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];
const DATE_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "weekend",
];
const TIME_UNITS: &[&str] = &["hour", "hours", "minute", "minutes", "second", "seconds"];
pub(crate) const RELATIVE_DAYS: &[&str] = &[
    "yesterday",
    "today",
    "tomorrow",
    "Yesterday",
    "Today",
    "Tomorrow",
];
const DATE_DETERMINERS: &[&str] = &[
    "this", "last", "next", "past", "previous", "coming", "This", "Last", "Next", "Past",
];
const PERCENT_WORDS: &[&str] = &["%", "percent", "pc", "per cent"];
/// Currency signs and codes written before an amount.
pub(crate) const CURRENCY_SYMBOLS: &[&str] = &[
    "$", "US$", "A$", "AU$", "C$", "HK$", "NZ$", "S$", "R$", "NT$", "T$", "£", "€", "¥", "₹", "₦",
    "₩", "₱", "₽", "₺", "GH₵", "Rs", "Rs.", "PKR", "INR", "USD", "EUR", "GBP", "Rmb", "RMB",
    "yuan", "AED", "SAR", "SR", "QAR", "KWD", "KSh", "Sh", "KES", "NGN", "ZAR", "EGP", "CHF",
    "JPY", "CNY", "BDT", "Tk", "LKR", "NPR", "Rp", "MYR", "RM", "KRW", "AUD", "CAD", "SGD", "HKD",
    "BRL", "MXN", "RUB",
];
/// [`CURRENCY_SYMBOLS`] with a pre-test, for the tokens before and in every amount.
pub(crate) const CURRENCY_SYMBOL_WORDS: crate::wordmap::Words =
    crate::wordmap::Words::new(CURRENCY_SYMBOLS);
/// One-letter codes written onto an amount: South Africa's rand (`R450`) and Nigeria's naira
/// (`N1,030`, `N50m`). Only before three digits or more or with a scale, since `N95` and `R2`
/// are names.
const LETTER_CODES: &[char] = &['R', 'N'];
/// Currencies named after an amount, MONEY with it in OntoNotes (`202 yuan`, `62 cents`).
/// `pounds` is not here: there it is a weight seven times out of eight.
pub(crate) const CURRENCY_NAMES: &[&str] = &[
    "dollar",
    "dollars",
    "euro",
    "euros",
    "yen",
    "yuan",
    "renminbi",
    "rupee",
    "rupees",
    "rubles",
    "roubles",
    "peso",
    "pesos",
    "francs",
    "lira",
    "dinars",
    "dirhams",
    "riyals",
    "ringgit",
    "baht",
    "naira",
    "shekels",
    "kronor",
    "kroner",
    "taka",
    "cents",
    "pence",
    "reais",
    "shilling",
    "shillings",
    "rand",
    "cedi",
    "cedis",
    "birr",
    "kwacha",
    "rupiah",
    "zloty",
    "zlotys",
    "forint",
    "hryvnia",
    "hryvnias",
    "leones",
    "dirham",
    "riyal",
    "dinar",
];
/// [`CURRENCY_NAMES`] with a pre-test, for the words after every amount.
pub(crate) const CURRENCY_NAME_WORDS: crate::wordmap::Words =
    crate::wordmap::Words::new(CURRENCY_NAMES);
/// Scale words after a number (`5 million`, `Rs 1,200 crore`).
pub(crate) const SCALES: &[&str] = &[
    "million", "billion", "trillion", "crore", "lakh", "mn", "bn",
];

/// Words that introduce a person's name; never part of it.
const PERSON_CUES: &[&str] = &[
    "Minister",
    "President",
    "Premier",
    "PM",
    "counterpart",
    "Ambassador",
    "Secretary-General",
    "Secretary",
    "Chairman",
    "Chairperson",
    "Chief",
    "General",
    "Gen.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Senator",
    "Sen.",
    "Governor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "Councillor",
    "Councilor",
    "Envoy",
    "envoy",
    "Justice",
    "Judge",
    "Mayor",
    "CEO",
    "Director",
    "Commander",
    "Professor",
    "Prof.",
    "Sheikh",
    "Speaker",
    "Senator",
    "Rep.",
    "Representative",
    "Captain",
    "Vice-President",
    "Chancellor",
    "leader",
    "Leader",
    "Lt",
    "Col",
    "Maj",
    // rs23: `Home Adviser Lt Gen (retd) Jahangir Alam Chowdhury`, `Emir Tamim`.
    "Gen",
    "Brig",
    "Emir",
    "Imam",
    "Bishop",
];
/// Words that make a capitalized run an organization.
pub(crate) const ORG_WORDS: &[&str] = &[
    "Office",
    "Ministry",
    "Party",
    "Department",
    "Group",
    "Council",
    "Agency",
    "University",
    "Corporation",
    "Company",
    "Bank",
    "Times",
    "Post",
    "Corridor",
    "Organisation",
    "Organization",
    "Commission",
    "Committee",
    "Association",
    "Institute",
    "Consortium",
    "Federation",
    "Authority",
    "Army",
    "Navy",
    "Court",
    "Assembly",
    "Police",
    "Foundation",
    "Fund",
    "Club",
    "Airlines",
    "Airways",
    "Press",
    "Radio",
    "Television",
    "News",
    "Network",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Corp.",
    "Co.",
    "Bureau",
    "Board",
    "Senate",
    "Parliament",
    "College",
    "School",
    "Hospital",
    "League",
    "Alliance",
    "Movement",
    "Front",
    "Forces",
    "Institution",
    "Service",
    "Exchange",
];
/// [`ORG_WORDS`] with a pre-test, for the lookups asked of every listed place.
pub(crate) const ORG_WORD_WORDS: crate::wordmap::Words = crate::wordmap::Words::new(ORG_WORDS);
const LAW_WORDS: &[&str] = &[
    "Treaty",
    "Accord",
    "Charter",
    "Act",
    "Convention",
    "Constitution",
    "Agreement",
    "Protocol",
];
const EVENT_WORDS: &[&str] = &[
    "Summit",
    "Olympics",
    "Games",
    "War",
    "Cup",
    "Conference",
    "Forum",
    "Dialogue",
];
/// Lower-case words allowed inside a capitalized name.
const CONNECTORS: &[&str] = &["of", "of the", "for", "on", "de", "-"];
/// Capitalized words that start sentences or headings but never names.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Both",
    "Besides",
    "For",
    "From",
    "With",
    "Describing",
    "According",
    "Prior",
    "Earlier",
    "Later",
    "Throughout",
    "Welcoming",
    "Appreciating",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Subsequent",
    "Chinese",
    "IMAGE",
    "Photograph",
    "Deputy",
    "Foreign",
    "Vice",
    "State",
    "Finance",
    "Interior",
    "Defence",
    "Defense",
    "Federal",
    "Prime",
    "Former",
    "Acting",
    "Interim",
    "interim",
];

/// Shortest and longest of [`NUMBER_WORDS`], in bytes.
const NUMBER_WORD_LEN: (usize, usize) = (3, 9);

pub(crate) fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) fn is_number(t: &str) -> bool {
    let t = t.trim_end_matches('+');
    !t.is_empty()
        && t.chars().next().is_some_and(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

pub(crate) fn is_number_word(t: &str) -> bool {
    // The words are lower-case ASCII: an ASCII token matches exactly when it equals one ignoring
    // ASCII case, without allocating a lower-cased copy.
    if t.is_ascii() {
        NUMBER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(t))
    } else {
        // The words are ASCII: a token with a char whose lower case is not (`’`, `—`, `é`;
        // all but the Kelvin sign's) lower-cases to no word, known without a lower-cased copy.
        t.chars()
            .all(|c| c.is_ascii() || c.to_lowercase().all(|l| l.is_ascii()))
            && NUMBER_WORDS.contains(&t.to_lowercase().as_str())
    }
}

/// `w.to_lowercase()`, borrowed where that is `w` itself (ASCII without a capital: most words
/// after a number), so that no `String` is made for it.
fn lower_case(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(w)
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

pub(crate) fn is_year(t: &str) -> bool {
    t.len() == 4
        && t.chars().all(|c| c.is_ascii_digit())
        && (t.starts_with("19") || t.starts_with("20"))
}

/// Where a date whose month and day end before token `e` ends with its year, if one follows
/// (`May 6, 2025`, `Sept 3 2024`); `t` gives a token's text, empty past the end.
fn with_year<'a>(t: impl Fn(usize) -> &'a str, e: usize) -> usize {
    if t(e) == "," && is_year(t(e + 1)) {
        e + 2
    } else if is_year(t(e)) {
        e + 1
    } else {
        e
    }
}

pub(crate) fn is_day_number(t: &str) -> bool {
    t.len() <= 2 && t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

#[inline(always)]
pub(crate) fn is_ordinal(t: &str) -> bool {
    // Asked of nearly every token: every ordinal, word (all of [`ORDINALS`]) or number, has
    // three bytes or more and ends in `st`, `nd`, `rd` or `th`, so the last two bytes turn down
    // most tokens before the token is read whole. That holds before lower-casing too: no
    // other char lower-cases to one of those ASCII letters.
    let b = t.as_bytes();
    let n = b.len();
    if n < 3
        || !matches!(
            [b[n - 2].to_ascii_lowercase(), b[n - 1].to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        )
    {
        return false;
    }
    ordinal_ending_like_one(t)
}

/// [`is_ordinal`] past its test of the last two bytes (which is inlined into the callers; this
/// part is seldom reached).
fn ordinal_ending_like_one(t: &str) -> bool {
    if t.is_ascii() {
        return is_ascii_ordinal(t);
    }
    let l = t.to_lowercase();
    ORDINALS.contains(&l.as_str())
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            l.strip_suffix(s)
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
}

/// [`is_ordinal`] for an ASCII token that ends like an ordinal, without a lower-cased copy
/// (same answer: the list is lower-case ASCII and the suffixes are compared ignoring ASCII
/// case).
fn is_ascii_ordinal(t: &str) -> bool {
    // The words are five to nine bytes long: `and` and `with` skip the list.
    let b = t.as_bytes();
    b[..b.len() - 2].iter().all(u8::is_ascii_digit)
        || ((5..=9).contains(&b.len()) && ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(t)))
}

/// Digits only, `len` of them.
fn digits(t: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Whether `m` and `d` can be a month and a day of it.
fn month_day(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// A numeric date in one token: `21/05/2025`, `5/21/25`, `2025/05/21` (day and month in either
/// order; the tokenizer keeps digits around a slash together).
fn is_slashed_date(t: &str) -> bool {
    let mut parts = t.split('/');
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if let (Some(_), Some(m), Some(d)) = (digits(a, 4..=4), digits(b, 1..=2), digits(c, 1..=2)) {
        return month_day(m, d);
    }
    match (digits(a, 1..=2), digits(b, 1..=2), digits(c, 2..=4)) {
        (Some(x), Some(y), Some(_)) if c.len() != 3 => month_day(x, y) || month_day(y, x),
        _ => false,
    }
}

/// Named military and police operations (`Operation Sindoor`, `Operation Iraqi Freedom`),
/// named storms (`Typhoon Haikui`, `Hurricane Katrina`) and races (`the Dutch Grand Prix`),
/// EVENT in the training data (all 26 `Hurricane` and `Typhoon` names in OntoNotes train and
/// dev), whose rare names the model reads as people or places. Meant as a
/// [`crate::ner::Merge::Cover`] stage after the model: it
/// replaces the model's pieces, and gives way to a longer name that holds it (`the Joint
/// Operation Center`, `the National Hurricane Center`).
pub struct NamedOperations;

/// Words that open the name of an operation or a storm.
const EVENT_LEADS: &[&str] = &["Operation", "Hurricane", "Typhoon", "Cyclone"];

/// Last words that make `Operation ...` a unit or a place, not an operation.
const OPERATION_UNITS: &[&str] = &[
    "Center",
    "Centre",
    "Centers",
    "Room",
    "Command",
    "Division",
    "Unit",
    "Team",
    "Group",
    "Office",
    "Department",
];

impl Recognizer for NamedOperations {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let mut out = Vec::new();
        // Every lead is capitalized: only those tokens are read.
        for i in shapes.each(Kind::Upper) {
            let w = doc.token_text(i);
            // `the Dutch Grand Prix`, `the Abu Dhabi Grand Prix`: the model made the place or
            // the nationality a GPE or NORP and left `Grand Prix` apart.
            if w == "Grand" && i + 1 < n && doc.token_text(i + 1) == "Prix" {
                if let Some(s) = capitalized_run_before(doc, i) {
                    out.push(Mention {
                        span: Span::new(doc.tokens[s].start, doc.tokens[i + 1].end),
                        label: Label::EVENT,
                    });
                }
                continue;
            }
            if !EVENT_LEADS.contains(&w) {
                continue;
            }
            // Up to four capitalized words: the operation's name.
            let e = (i + 1..n.min(i + 5))
                .take_while(|&j| is_cap(doc.token_text(j)) && doc.token_text(j) != "The")
                .last()
                .map_or(i + 1, |j| j + 1);
            if e == i + 1 || OPERATION_UNITS.contains(&doc.token_text(e - 1)) {
                continue;
            }
            out.push(Mention {
                span: Span::new(doc.tokens[i].start, doc.tokens[e - 1].end),
                label: Label::EVENT,
            });
        }
        out
    }
}

/// A decade written as one word is a DATE: `1960s`, `'70s`, `90's`, `in her 60s` (OntoNotes
/// train: such a token is in a DATE 187 times, a PRODUCT twice and nothing twice). The model
/// finds the common forms; it never saw `60's` (the tokenizer keeps a two-digit decade whole,
/// as OntoNotes does) and finds nothing there. Meant as a [`crate::ner::Merge::Fill`] stage
/// after the model, so its longer dates (`the early 1990s`) stand.
pub struct Decades;

/// Whether `w` is a decade in one word: two or four digits ending in `0`, after an apostrophe
/// or not, then `s`, `'s` or `’s`.
fn is_decade(w: &str) -> bool {
    let w = w.strip_prefix(['\'', '’']).unwrap_or(w);
    let Some(digits) = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('s'))
    else {
        return false;
    };
    matches!(digits.len(), 2 | 4)
        && digits.ends_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit())
}

impl Recognizer for Decades {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        (0..doc.tokens.len())
            .zip(shapes.all())
            .filter(|&(i, s)| {
                // Most tokens are turned down by their length and first byte.
                (3..=8).contains(&s.len)
                    && (s.first.is_ascii_digit() || matches!(s.first, b'\'' | 0xE2))
                    && is_decade(doc.token_text(i))
            })
            .map(|(i, _)| i)
            .map(|i| Mention {
                span: doc.tokens[i],
                label: Label::DATE,
            })
            .collect()
    }
}

/// Roads known by a number: `Interstate 95`, `Route 66`, `State Route 1`, `National Highway
/// 44`, `I-95`. FAC in the training data (`Route 288`, `Highway 101`, `Interstate 295`), but
/// the model, which rarely saw them, read `Interstate 95` as a DATE and `Route 66` as an ORG.
/// Meant as a [`crate::ner::Merge::Cover`] stage after the model.
pub struct NumberedRoads;

/// Words before a number that name a road.
const ROAD_LEADS: &[&str] = &[
    "Interstate",
    "Route",
    "Highway",
    "Motorway",
    "Autobahn",
    "Freeway",
    "Expressway",
];

/// Words before a [`ROAD_LEADS`] word that belong to the road's name.
const ROAD_OWNERS: &[&str] = &[
    "State",
    "U.S.",
    "US",
    "National",
    "County",
    "Federal",
    "Provincial",
];

/// A road's number: digits, perhaps with a letter after them (`101A`).
fn is_road_number(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits)
        && w.len() - digits <= 1
        && w.bytes().skip(digits).all(|b| b.is_ascii_uppercase())
}

impl Recognizer for NumberedRoads {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let mut out = Vec::new();
        // Every lead starts with one of these capitals: only capitalized tokens are read, and
        // most fail here, before the list is read.
        for i in shapes.each(Kind::Upper) {
            if i + 1 >= n
                || !matches!(
                    shapes.at(i).first,
                    b'I' | b'R' | b'H' | b'M' | b'A' | b'F' | b'E'
                )
            {
                continue;
            }
            let w = doc.token_text(i);
            // `I-95`, one token or three.
            let e = if w == "I"
                && doc.token_text(i + 1) == "-"
                && i + 2 < n
                && doc.tokens[i].end == doc.tokens[i + 1].start
                && doc.tokens[i + 1].end == doc.tokens[i + 2].start
                && is_road_number(doc.token_text(i + 2))
            {
                i + 2
            } else if w.strip_prefix("I-").is_some_and(is_road_number) {
                i
            } else if ROAD_LEADS.contains(&w) && is_road_number(doc.token_text(i + 1)) {
                i + 1
            } else {
                continue;
            };
            let s = if e > i && i > 0 && ROAD_OWNERS.contains(&doc.token_text(i - 1)) {
                i - 1
            } else {
                i
            };
            out.push(Mention {
                span: Span::new(doc.tokens[s].start, doc.tokens[e].end),
                label: Label::FAC,
            });
        }
        out
    }
}

/// Amounts, percentages and measures written as one word, as South Asian and British papers
/// do: `Rs25bn`, `Rs1.2tr`, `PKR500m`, `US$2.5bn`, `23.4pc`, `114mph`, `5,000km`, `300MW`. The
/// model, which never saw the form (OntoNotes writes `Rs 25 billion`, `23.4 %`, `114 mph`), read
/// `Rs25bn` as a PERSON, `Rs500m` and `23.4pc` as ORGs, `114mph` as a WORK_OF_ART, `40kg` as an
/// ORDINAL, and `Rs2.4tr` and `5,000km` as nothing. A scale word after the amount joins it
/// (`Rs1.2 trillion`). Meant as a [`crate::ner::Merge::Cover`] stage after the model: it replaces the
/// model's reading of the same word, and gives way to a longer amount that holds it (`more than
/// $950 million`).
pub struct WrittenAmounts;

/// Scales written onto an amount besides [`SCALES`] (`Rs500m`, `$5k`); `tr` is Pakistan's
/// trillion.
const WRITTEN_SCALES: &[&str] = &["", "k", "m", "b", "tr", "trn", "tn", "cr"];

/// Units written onto a number, QUANTITY as OntoNotes labels `114 mph`. Left out: `m` and `bn`
/// (`£5m` is money, a bare `5m` a count), `g` (`5G`), bare `C` and `F` (`seat 40C`).
const GLUED_UNITS: &[&str] = &[
    "mph", "kph", "kmh", "km", "kms", "kg", "kgs", "lb", "lbs", "oz", "mm", "cm", "ft", "MW", "GW",
    "kW", "kWh", "MWh", "GWh", "TWh", "°C", "°F", "km/h", "m/s", "GB", "TB", "MB", "mAh", "W",
    "nm", "GHz", "MHz", "mg", "ml", "Mbps", "Gbps",
];

/// Words that say a sentence speaks of the weather or of heat, where a number with a glued `C`
/// or `F` is a temperature (`reached 43C`, `lows of -5C`), not a seat, a flat or a tax section
/// (`seat 14F`, `Section 80C`).
const TEMPERATURE_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "degrees",
    "heat",
    "heatwave",
    "hot",
    "hotter",
    "hottest",
    "cold",
    "colder",
    "coldest",
    "warm",
    "warmer",
    "warmest",
    "cool",
    "cooler",
    "low",
    "lows",
    "high",
    "highs",
    "weather",
    "forecast",
    "freezing",
    "frost",
    "chill",
    "mercury",
    "thermometer",
    "thermometers",
    "scorching",
    "sweltering",
    "celsius",
    "fahrenheit",
    "warming",
    "heating",
    "pre-industrial",
];

/// Words before a number with a glued letter that make it a place or a form (`seat 14F`,
/// `flat 3C`), not a temperature.
const SEAT_WORDS: &[&str] = &[
    "seat",
    "seats",
    "row",
    "room",
    "flat",
    "gate",
    "platform",
    "terminal",
    "form",
    "section",
    "unit",
    "apartment",
    "floor",
    "level",
    "suite",
    "bay",
    "stand",
    "block",
    "grade",
    "class",
    "size",
    "type",
    "model",
    "no",
    "number",
    "cabin",
    "berth",
    "ward",
    "bed",
];

/// Whether token `i`, a number with a glued `C` or `F`, stands in a sentence that speaks of
/// temperatures: one of [`TEMPERATURE_WORDS`], or a temperature in the other scale (`104F
/// (40C)`). The caller also wants no capitalized word or [`SEAT_WORDS`] before it (`Section
/// 80C`, `seat 14F`).
fn is_temperature(doc: &Doc, i: usize) -> bool {
    let sentence = doc
        .sentences
        .iter()
        .find(|s| s.contains(&i))
        .cloned()
        .unwrap_or(i..i + 1);
    let scale = doc.token_text(i).as_bytes()[doc.token_text(i).len() - 1];
    sentence.into_iter().any(|j| {
        let w = doc.token_text(j);
        (w.len() >= 3 && TEMPERATURE_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w)))
            || (j != i
                && w.as_bytes()[0].is_ascii_digit()
                && number_then(w).is_some_and(|(_, u)| {
                    u.len() == 1 && u.as_bytes()[0] != scale && matches!(u, "C" | "F")
                }))
    })
}

/// Whether token `i` is a temperature with its scale written onto it (`43C`, `104F`): a short
/// number, no capitalized word or [`SEAT_WORDS`] before it, in a sentence that speaks of
/// temperatures ([`is_temperature`]).
pub(crate) fn is_glued_temperature(doc: &Doc, i: usize) -> bool {
    // A minus the tokenizer left on the number: `-5C`.
    let w = doc.token_text(i);
    number_then(w.strip_prefix('-').unwrap_or(w)).is_some_and(|(num, scale)| {
        matches!(scale, "C" | "F")
            && num.len() <= 5
            && (i == 0 || !is_cap(doc.token_text(i - 1)))
            && (i == 0 || !SEAT_WORDS.contains(&doc.token_text(i - 1)))
            && is_temperature(doc, i)
    })
}

/// Whether an article speaks of money in pounds (`£`, `pence`, `sterling`, the `FTSE`), where a
/// number with a glued `p` is a price in pence (`shares closed at 4,872p`), as OntoNotes labels
/// `356 pence` MONEY; elsewhere `5p` may be a page or a lane.
fn quotes_sterling(doc: &Doc) -> bool {
    (0..doc.tokens.len()).any(|i| {
        let w = doc.token_text(i);
        w == "£" || w == "pence" || w == "sterling" || w.starts_with("FTSE")
    })
}

/// The last token of a measure whose unit ends at token `i`: `i + 2` where a glued `/h` or
/// `/s` follows (`120km/h`, `10 m/s`), else `i`.
fn per_unit_time(doc: &Doc, i: usize) -> usize {
    let n = doc.tokens.len();
    if i + 2 < n
        && doc.token_text(i + 1) == "/"
        && matches!(doc.token_text(i + 2), "h" | "hr" | "s")
        && doc.tokens[i].end == doc.tokens[i + 1].start
        && doc.tokens[i + 1].end == doc.tokens[i + 2].start
    {
        i + 2
    } else {
        i
    }
}

/// Splits `w` into a number (digits, commas, one decimal point; starting with a digit) and
/// what follows it.
fn number_then(w: &str) -> Option<(&str, &str)> {
    let end = w
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(w.len());
    let num = w[..end].trim_end_matches(['.', ',']);
    (num.starts_with(|c: char| c.is_ascii_digit()) && num.matches('.').count() <= 1)
        .then(|| (num, &w[num.len()..]))
}

/// Whether a token that starts with byte `first` may open what [`WrittenAmounts`] finds: every
/// branch wants a digit, a minus, a capital or a byte outside ASCII first, or a unit (`km`,
/// `m`, `mi`, `ft`) or currency symbol (`yuan`) that starts with one of these lower-case
/// letters. Lower-case words, most of the text, are passed over on their first byte.
fn may_be_written_amount(first: u8) -> bool {
    !first.is_ascii_lowercase() || matches!(first, b'k' | b'm' | b'f' | b'y')
}

impl Recognizer for WrittenAmounts {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let mut out = Vec::new();
        // Whether the article quotes prices in pounds; asked at the first `4,872p`.
        let mut sterling: Option<bool> = None;
        for i in 0..n {
            if !may_be_written_amount(shapes.at(i).first) {
                continue;
            }
            let w = doc.token_text(i);
            let first = w.as_bytes()[0];
            // A minus the tokenizer left on the number: `-5C`.
            let w = match w.strip_prefix('-') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
                _ => w,
            };
            if w.as_bytes()[0].is_ascii_digit() {
                // `23.4pc`: a percentage; `114mph`: a measure; `43C`: a temperature where the
                // sentence speaks of one.
                let label = match number_then(w) {
                    Some((_, "pc")) => Label::PERCENT,
                    Some((_, unit)) if GLUED_UNITS.contains(&unit) => Label::QUANTITY,
                    // `closed at 4,872p`, `rose 3.5p`: a share price in pence, where the article
                    // speaks of pounds (`1080p` is a screen's lines).
                    Some((num, "p"))
                        if !matches!(num, "360" | "480" | "720" | "1080" | "1440" | "2160")
                            && *sterling.get_or_insert_with(|| quotes_sterling(doc)) =>
                    {
                        Label::MONEY
                    }
                    Some((_, "C" | "F")) if is_glued_temperature(doc, i) => Label::QUANTITY,
                    _ => continue,
                };
                // A glued minus: `-5C`.
                let s = if i > 0
                    && matches!(doc.token_text(i - 1), "-" | "−" | "–")
                    && doc.tokens[i - 1].end == doc.tokens[i].start
                    && (i == 1 || doc.tokens[i - 2].end < doc.tokens[i - 1].start)
                {
                    i - 1
                } else {
                    i
                };
                out.push(Mention {
                    span: Span::new(doc.tokens[s].start, doc.tokens[per_unit_time(doc, i)].end),
                    label,
                });
                continue;
            }
            // `90 km/h`: the model stops at the distance.
            if matches!(w, "km" | "m" | "mi" | "ft")
                && i > 0
                && is_number(doc.token_text(i - 1))
                && per_unit_time(doc, i) > i
            {
                out.push(Mention {
                    span: Span::new(doc.tokens[i - 1].start, doc.tokens[i + 2].end),
                    label: Label::QUANTITY,
                });
                continue;
            }
            // `£84m`, `€1.2bn`: the tokenizer splits the sign off, as OntoNotes does (`$ 5`),
            // and the model, which knows `$84m`, reads `£84m` as nothing and `£25bn` as a DATE.
            if i + 1 < n
                && doc.tokens[i].end == doc.tokens[i + 1].start
                && doc.token_text(i + 1).as_bytes()[0].is_ascii_digit()
                && CURRENCY_SYMBOLS.contains(&w)
                && number_then(doc.token_text(i + 1)).is_some_and(|(_, s)| {
                    !s.is_empty() && (WRITTEN_SCALES.contains(&s) || SCALES.contains(&s))
                })
            {
                out.push(Mention {
                    span: Span::new(doc.tokens[i].start, doc.tokens[i + 1].end),
                    label: Label::MONEY,
                });
                continue;
            }
            // An amount holds a digit: most words fail here, before the currency list is read.
            if (!first.is_ascii_uppercase() && first.is_ascii())
                || !crate::tokenize::has_ascii_digit(w.as_bytes())
            {
                continue;
            }
            let Some(amount) = CURRENCY_SYMBOLS
                .iter()
                .filter(|c| !c.chars().all(char::is_lowercase))
                .find_map(|c| w.strip_prefix(c).and_then(number_then))
                .or_else(|| {
                    w.strip_prefix(LETTER_CODES)
                        .and_then(number_then)
                        .filter(|(num, scale)| {
                            (num.len() >= 3 || !scale.is_empty()) && !num.starts_with('0')
                        })
                })
                // The Philippine peso as its papers write it (`P26 billion`): only with a
                // scale, since `P500` and `P5` are names of things too.
                .or_else(|| {
                    w.strip_prefix('P')
                        .and_then(number_then)
                        .filter(|(num, scale)| {
                            !num.starts_with('0')
                                && (!scale.is_empty()
                                    || (i + 1 < n && SCALES.contains(&doc.token_text(i + 1))))
                        })
                })
            else {
                continue;
            };
            if !WRITTEN_SCALES.contains(&amount.1) && !SCALES.contains(&amount.1) {
                continue;
            }
            // A scale word after a bare amount: `Rs1.2 trillion`.
            let e = if amount.1.is_empty() && i + 1 < n && SCALES.contains(&doc.token_text(i + 1)) {
                i + 1
            } else {
                i
            };
            out.push(Mention {
                span: Span::new(doc.tokens[i].start, doc.tokens[e].end),
                label: Label::MONEY,
            });
        }
        out
    }
}

/// The places of `the Cupertino, California-based company`: a city and its state or country
/// before `-based`, as business news writes a company's home. The model read `Cupertino` as an
/// ORG and `Redmond` as a PERSON (it got the state). Both become GPEs. Meant as a
/// [`crate::ner::Merge::Cover`] stage after the model.
pub struct BasedPlaces;

/// The run of capitalized words (at most three, none of them a word that never names, like
/// `The`) that ends right before token `end`, if any.
fn capitalized_run_before(doc: &Doc, end: usize) -> Option<usize> {
    (end.saturating_sub(3)..end)
        .rev()
        .take_while(|&j| is_cap(doc.token_text(j)) && !NOT_NAMES.contains(&doc.token_text(j)))
        .last()
}

impl Recognizer for BasedPlaces {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        let all = shapes.all();
        for k in 4..doc.tokens.len().saturating_sub(1) {
            // `based` has five bytes and starts with `b`: most tokens fail on their shape.
            let next = all[k + 1];
            if next.len != 5 || next.first != b'b' {
                continue;
            }
            if t(k + 1) != "based" || !matches!(t(k), "-" | "–") {
                continue;
            }
            let Some(region) = capitalized_run_before(doc, k) else {
                continue;
            };
            if region < 2 || t(region - 1) != "," {
                continue;
            }
            let Some(city) = capitalized_run_before(doc, region - 1) else {
                continue;
            };
            for (a, b) in [(city, region - 1), (region, k)] {
                out.push(Mention {
                    span: Span::new(doc.tokens[a].start, doc.tokens[b - 1].end),
                    label: Label::GPE,
                });
            }
        }
        out
    }
}

/// Clock times the model misreads: with a time zone (`1000 GMT`, `3:40 p.m. EDT`, `noon ET`),
/// TIME with their zone in the training data, and with the half of the day written onto them,
/// as British papers and live blogs do (`10.42am`, `2.15pm`). The model reads the wire's
/// four-digit times as counts and the zone as an organization (`by 1000 GMT`: CARDINAL `1000`,
/// ORG `GMT`), `2.15pm` as a count and `10.42am` as nothing (OntoNotes writes `10:42 a.m.`).
/// Meant as a [`crate::ner::Merge::Cover`] stage after the model: it replaces those pieces, or
/// the TIME that left the zone out.
pub struct ClockTimes;

/// Time zones as news writes them after a clock time.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "CST", "CDT", "MST", "MDT", "PST",
    "PDT", "PT", "IST", "PKT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT",
];

/// Whether `w` reads as a time of day before a zone: `1000` (hours and minutes, 0000-2359),
/// `10:30`, `10.30`, `noon`, `midnight`.
fn is_clock(w: &str) -> bool {
    let b = w.as_bytes();
    let hhmm = |h: &[u8], m: &[u8]| {
        let num = |d: &[u8]| d.iter().fold(0u32, |n, &c| n * 10 + (c - b'0') as u32);
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.iter().chain(m).all(u8::is_ascii_digit)
            && num(h) < 24
            && num(m) < 60
    };
    matches!(w, "noon" | "midnight")
        || (b.len() == 4 && hhmm(&b[..2], &b[2..]))
        || w.split_once([':', '.'])
            .is_some_and(|(h, m)| hhmm(h.as_bytes(), m.as_bytes()))
        || is_clock_with_seconds(w)
}

/// `21:09:59`: hours, minutes and seconds.
fn is_clock_with_seconds(w: &str) -> bool {
    w.len() >= 7
        && w.rsplit_once(':').is_some_and(|(hm, s)| {
            hm.contains(':')
                && s.len() == 2
                && s.bytes().all(|b| b.is_ascii_digit())
                && s < "60"
                && is_clock(hm)
        })
}

/// Whether `w` is a clock time written with a colon (`21:14`, `07:42:00`), never a count or a
/// score in a date line.
pub(crate) fn is_colon_clock(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit) && w.contains(':') && is_clock(w)
}

/// Whether token `k` ends a numeric date written year first ([`iso_date_at`]).
fn ends_iso_date(doc: &Doc, k: usize) -> bool {
    k >= 4 && iso_date_at(doc, k - 4)
}

/// Whether `w` is a time zone, perhaps with its offset written on (`GMT+2`, `UTC+05:30`, as live
/// blogs and wire pages stamp their updates; the tokenizer splits `UTC-5` at its hyphen, which
/// leaves the zone alone). Zones are 2 to 4 capitals: most tokens fail that before the list is
/// read.
fn is_zone(w: &str) -> bool {
    // Asked of every token: two capitals first, before any search.
    let b = w.as_bytes();
    if b.len() < 2 || b.len() > 9 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return false;
    }
    let (zone, offset) = match w.find(['+', '-']) {
        Some(k) if w.starts_with("GMT") || w.starts_with("UTC") => (&w[..k], Some(&w[k + 1..])),
        _ => (w, None),
    };
    (2..=4).contains(&zone.len())
        && zone.bytes().all(|b| b.is_ascii_uppercase())
        && TIME_ZONES.contains(&zone)
        && offset.is_none_or(|o| {
            let hours = o.split_once(':').map_or(o, |(h, m)| {
                if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) {
                    h
                } else {
                    ""
                }
            });
            (1..=2).contains(&hours.len())
                && hours.bytes().all(|b| b.is_ascii_digit())
                && hours.parse::<u8>().is_ok_and(|h| h <= 14)
        })
}

/// Units of an update stamp's age, whole or cut short (`2h ago`, `38m ago`, `45 mins ago`,
/// `1hr ago`): less than a day, so a TIME, as OntoNotes has `hours ago` (TIME 5 of 6) and the
/// guidelines `6 hours ago`.
const AGE_UNITS: &[&str] = &[
    "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr",
    "hrs", "hour", "hours",
];

/// Whether `w` is a count with an [`AGE_UNITS`] unit written onto it (`2h`, `38m`, `1hr`).
fn is_glued_age(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && AGE_UNITS.contains(&&w[digits..])
}

/// Whether `w` is a clock time with its half of the day written onto it: `9am`, `10.42am`,
/// `2:15PM`, `11.30p.m.`; the hour from 1 to 12.
fn is_glued_clock(w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some(time) = ["am", "pm", "a.m.", "p.m.", "AM", "PM"]
        .iter()
        .find_map(|half| w.strip_suffix(half))
    else {
        return false;
    };
    let hour = time.split_once([':', '.']).map_or(time, |(h, _)| h);
    let twelve = (1..=2).contains(&hour.len())
        && hour.bytes().all(|b| b.is_ascii_digit())
        && matches!(hour.parse::<u8>(), Ok(1..=12));
    twelve && (hour.len() == time.len() || is_clock(time))
}

/// Whether `w` is a half of the day written apart from its clock time: `am`, `p.m.`, `PM`.
fn is_half_of_day(w: &str) -> bool {
    matches!(w, "a.m." | "p.m." | "am" | "pm" | "AM" | "PM")
}

/// Whether `w` is a twelve-hour clock time with a point between hours and minutes: `5.55`,
/// `10.30` (the hour from 1 to 12, two digits of minutes under 60).
fn is_dotted_twelve_hour_clock(w: &str) -> bool {
    w.split_once('.').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            && matches!(h.parse::<u8>(), Ok(1..=12))
            && m.parse::<u8>().is_ok_and(|m| m < 60)
    })
}

impl Recognizer for ClockTimes {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let t = |i: usize| doc.token_text(i);
        let n = doc.tokens.len();
        let mut out = Vec::new();
        // Tokens before this one are in a time already found.
        let mut next = 0;
        // Every time here starts with a digit, a zone with two capitals: other tokens (words,
        // punctuation) are not visited.
        for z in shapes.each(Kind::UpperOrDigit) {
            let w = t(z);
            if z < next {
                continue;
            }
            // An update stamp's age: `2h ago`, `45 mins ago` (the model read them as DATEs or
            // a count).
            if z + 1 < n && t(z + 1) == "ago" && is_glued_age(w) {
                out.push(Mention {
                    span: Span::new(doc.tokens[z].start, doc.tokens[z + 1].end),
                    label: Label::TIME,
                });
                next = z + 2;
                continue;
            }
            if z + 2 < n
                && t(z + 2) == "ago"
                && AGE_UNITS.contains(&t(z + 1))
                && (1..=3).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_digit())
            {
                out.push(Mention {
                    span: Span::new(doc.tokens[z].start, doc.tokens[z + 2].end),
                    label: Label::TIME,
                });
                next = z + 3;
                continue;
            }
            if is_glued_clock(w) {
                // `9.15am GMT`: the zone after it belongs to it.
                let e = if z + 1 < n && is_zone(t(z + 1)) {
                    z + 1
                } else {
                    z
                };
                out.push(Mention {
                    span: Span::new(doc.tokens[z].start, doc.tokens[e].end),
                    label: Label::TIME,
                });
                continue;
            }
            // `between 5.55 am and 10.30 pm`: a dotted clock time with its half of the day
            // written apart, as Indian and British papers write it; the model read it as a count
            // or a quantity (OntoNotes writes only `10:30 a.m.`, TIME 40 of 42 in train).
            if w.len() <= 5
                && w.as_bytes()[0].is_ascii_digit()
                && is_dotted_twelve_hour_clock(w)
                && z + 1 < n
                && is_half_of_day(t(z + 1))
            {
                let e = if z + 2 < n && is_zone(t(z + 2)) {
                    z + 2
                } else {
                    z + 1
                };
                out.push(Mention {
                    span: Span::new(doc.tokens[z].start, doc.tokens[e].end),
                    label: Label::TIME,
                });
                next = e + 1;
                continue;
            }
            // `with 6:48 remaining`, `2:22 left`: a game clock.
            if w.as_bytes()[0].is_ascii_digit()
                && z + 1 < n
                && matches!(t(z + 1), "remaining" | "left")
                && is_colon_clock(w)
                && !(z > 0 && t(z - 1) == "by")
            {
                out.push(Mention {
                    span: doc.tokens[z],
                    label: Label::TIME,
                });
                continue;
            }
            // `November 23, 2024 21:14 IST`, `Jan 13, 2007 13:34:56`, `Updated: 2025-05-21
            // 17:20`: the time after a date's year or a numeric date, with its half of the day
            // and zone (the model ran the date on over it, or left the time out).
            if z > 0 && is_colon_clock(w) && (is_year(t(z - 1)) || ends_iso_date(doc, z - 1)) {
                let mut e = z;
                if e + 1 < n && is_half_of_day(t(e + 1)) {
                    e += 1;
                }
                if e + 1 < n && is_zone(t(e + 1)) {
                    e += 1;
                }
                out.push(Mention {
                    span: Span::new(doc.tokens[z].start, doc.tokens[e].end),
                    label: Label::TIME,
                });
                next = e + 1;
                continue;
            }
            if z == 0 || !is_zone(w) || is_glued_clock(t(z - 1)) {
                continue;
            }
            // `3 p.m. EDT`, `10:30 a.m. GMT`: the hour may stand alone before its half of the day.
            let half = is_half_of_day(t(z - 1));
            let start = if half && z >= 2 {
                let h = t(z - 2);
                let hour = (1..=2).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit());
                (hour || is_clock(h)).then_some(z - 2)
            } else {
                is_clock(t(z - 1)).then_some(z - 1)
            };
            if let Some(s) = start {
                out.push(Mention {
                    span: Span::new(doc.tokens[s].start, doc.tokens[z].end),
                    label: Label::TIME,
                });
            }
        }
        out
    }
}

/// Whether tokens `i..i + 5` are a numeric date written year first, `2025-05-21` (split by the
/// tokenizer at its hyphens, as the training data is): year, month, day, not inside a longer
/// run of numbers (`2025-05-21-7`).
fn iso_date_at(doc: &Doc, i: usize) -> bool {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    // Tokens `i..i + k` written without space between them.
    let glued = |i: usize, k: usize| i + k <= n && (i..i + k - 1).all(|j| doc.glued(j));
    glued(i, 5)
        && t(i + 1) == "-"
        && t(i + 3) == "-"
        && (i + 5 == n || !glued(i + 4, 2) || t(i + 5) != "-")
        && (i == 0 || !glued(i - 1, 2))
        && matches!(
            (digits(t(i), 4..=4), digits(t(i + 2), 2..=2), digits(t(i + 4), 2..=2)),
            (Some(_), Some(m), Some(d)) if month_day(m, d)
        )
}

/// Numeric dates, which the model reads as numbers (`2025-05-21` as three CARDINALs: the
/// tokenizer splits it at its hyphens, as the training data does). They run before the model
/// so that their one DATE wins over its pieces; the form is unambiguous.
pub struct NumericDates;

impl Recognizer for NumericDates {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        let mut i = 0;
        // Both forms start with a digit: other tokens are passed over, before the glued tokens
        // are compared and the token is split at its slashes.
        while let Some(next) = shapes.next(i, Kind::Digit) {
            i = next;
            let len = if iso_date_at(doc, i) {
                5
            } else if is_slashed_date(t(i)) {
                1
            } else {
                i += 1;
                continue;
            };
            out.push(Mention {
                span: Span::new(doc.tokens[i].start, doc.tokens[i + len - 1].end),
                label: Label::DATE,
            });
            i += len;
        }
        out
    }
}

/// Dates the model misreads for want of their form in OntoNotes, which writes American dates
/// with the month's period (`Dec. 5, 2025`): the month abbreviated without a period, as wire
/// datelines write it (`Dec 5`, `Jan 27, 2025`; the model read `Dec 13` as a LAW and `Oct 9` as
/// a GPE and a CARDINAL), and the day first or as an ordinal, as British, Commonwealth and
/// European papers write it (`14 November 2026`, `27th November 2026`, `Nov 20th 2026`; the
/// model read `[14]CARDINAL [November 2026]DATE`, `[27th]ORDINAL` and `[Nov 20th]LOC`). They run
/// before the model, as [`NumericDates`] do; a day number must go with the month, so `Jan` the
/// name is left alone, and `May` after a day only with a year (`5 May` may be `5 may …`).
pub struct AbbreviatedDates;

/// Months abbreviated without a period (`May` is a month whole).
pub(crate) const SHORT_MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// A month's name as written in English text, full or short (`May`, `Nov`, `Sept`).
pub(crate) fn is_month_name(w: &str) -> bool {
    MONTHS.contains(&w) || SHORT_MONTHS.contains(&w)
}

/// A weekday abbreviated as date lines write it (`Sun July 12, 2026`, `Wed 5 Nov 2025`).
pub(crate) fn is_short_weekday(w: &str) -> bool {
    matches!(
        w,
        "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat" | "Sun"
    )
}

/// A day of the month as an ordinal number: `1st`, `20th`, `31st`.
fn is_day_ordinal(w: &str) -> bool {
    w.len() >= 3
        && w.as_bytes()[0].is_ascii_digit()
        && is_ordinal(w)
        && is_day_number(&w[..w.len() - 2])
}

impl Recognizer for AbbreviatedDates {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
        let mut out = Vec::new();
        // The weekday a date at token `i` begins with, if one stands before it: `Wed 5 Nov`,
        // `Sun July 12`, `Sunday 9 February`, `Sunday, Nov. 23`.
        let from_weekday = |i: usize| {
            if i > 0 && (is_short_weekday(t(i - 1)) || WEEKDAYS.contains(&t(i - 1))) {
                i - 1
            } else if i >= 2 && t(i - 1) == "," && WEEKDAYS.contains(&t(i - 2)) {
                i - 2
            } else {
                i
            }
        };
        let mut push = |s: usize, e: usize| {
            out.push(Mention {
                span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
                label: Label::DATE,
            })
        };
        let mut i = 0;
        // Every date here starts with a digit or a capital: other tokens (`the`, `said`) are
        // passed over, before any list is read.
        while let Some(next) = shapes.next(i, Kind::UpperOrDigit) {
            i = next;
            if i + 1 >= n {
                break;
            }
            let first = shapes.at(i).first;
            let w = t(i);
            if first.is_ascii_digit() {
                let plain = is_day_number(w);
                if !plain && !is_day_ordinal(w) {
                    i += 1;
                    continue;
                }
                // `27th of November`: the ordinal's `of`.
                let m = if !plain && t(i + 1) == "of" {
                    i + 2
                } else {
                    i + 1
                };
                let month = t(m);
                let short = SHORT_MONTHS.contains(&month);
                if !short && !MONTHS.contains(&month) {
                    i += 1;
                    continue;
                }
                let s = from_weekday(i);
                let e = with_year(t, m + 1);
                // `5 Nov 2025`, `Wed 5 Nov`: a month cut short after a plain day needs a year
                // or a weekday, so `5 Mar` alone is left alone; so does `May`.
                let bare = s == i && e == m + 1;
                if bare && ((plain && short) || month == "May") {
                    i += 1;
                    continue;
                }
                push(s, e);
                i = e;
                continue;
            }
            // The month first: `Dec 5`, `Jan 27, 2025`, `Nov 20th 2026`, `December 24, 2025`.
            let short = (3..=5).contains(&w.len()) && SHORT_MONTHS.contains(&w);
            if !(short || (w.len() >= 3 && MONTHS.contains(&w))) {
                i += 1;
                continue;
            }
            let day = t(i + 1);
            if !is_day_ordinal(day) && !is_day_number(day) {
                i += 1;
                continue;
            }
            let e = with_year(t, i + 2);
            // A month as OntoNotes writes it, with its day and year, is a date whatever
            // follows: the model read `December 24, 2025 07:15 am IST` as a DATE and a QUANTITY
            // `2025 07:15`, ran `Nov. 3, 2025 Updated Nov. 4, 2025` into one DATE and cut `Oct.
            // 30, 2025 /PRNewswire/` after the day. Without a year the model reads it well, and
            // it may run on (`March 21st of this year`, `August 5th to 9th, 1995`).
            if !short && e == i + 2 {
                i += 1;
                continue;
            }
            push(from_weekday(i), e);
            i = e;
        }
        out
    }
}

/// A reporting period in a company's results: `Q2`, `3Q`, `H1`, `FY25`, `FY2025`. DATE, as
/// OntoNotes labels `the second quarter` and `fiscal 2025`; the model, which never saw the
/// form, read `Q2` as a CARDINAL and `Sony FY25` as a PERSON.
pub(crate) fn is_period_code(w: &str) -> bool {
    let b = w.as_bytes();
    match b {
        [b'Q', q] | [q, b'Q'] => (b'1'..=b'4').contains(q),
        [b'H', h] => matches!(h, b'1' | b'2'),
        [b'F', b'Y', rest @ ..] => {
            matches!(rest.len(), 2 | 4) && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The model of an aircraft after its maker: `Boeing 737-800`, `Airbus A320neo`, `Boeing 777X`,
/// `Embraer E190`. PRODUCT, as OntoNotes labels `[Boeing]ORG [747]PRODUCT` (8 of 8); the model
/// read `737-800` and `747` as counts and missed `777X`. Meant as a [`crate::ner::Merge::Cover`]
/// stage after the model; the maker stays what the model made it.
pub struct AircraftModels;

/// Makers whose name comes before a model number.
const AIRCRAFT_MAKERS: &[&str] = &[
    "Boeing",
    "Airbus",
    "Embraer",
    "Bombardier",
    "ATR",
    "COMAC",
    "Comac",
    "Cessna",
    "Antonov",
    "Sukhoi",
    "Ilyushin",
    "Tupolev",
    "Lockheed",
];

/// Whether `w` reads as an aircraft model: a digit first (`737`, `777X`), or one or two capitals
/// and then a digit (`A320neo`, `E190`, `C919`, `An-124` is `An` `-` `124`).
fn is_aircraft_model(w: &str) -> bool {
    let b = w.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    caps <= 2 && b.get(caps).is_some_and(u8::is_ascii_digit)
}

impl Recognizer for AircraftModels {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| doc.token_text(i);
        let glued = |i: usize| doc.glued(i - 1);
        let mut out = Vec::new();
        // A maker's name is capitalized: only the tokens after a capital are read.
        for maker in shapes.each(Kind::Upper) {
            let i = maker + 1;
            if i >= n {
                break;
            }
            if !is_aircraft_model(t(i)) || !AIRCRAFT_MAKERS.contains(&t(i - 1)) {
                continue;
            }
            // `737-800`: the variant after a hyphen; `737 MAX`.
            let mut e = i;
            if glued(e + 1) && t(e + 1) == "-" && glued(e + 2) && is_aircraft_model(t(e + 2)) {
                e += 2;
            }
            if e + 1 < n && matches!(t(e + 1), "MAX" | "Max" | "Dreamliner") {
                e += 1;
            }
            out.push(Mention {
                span: Span::new(doc.tokens[i].start, doc.tokens[e].end),
                label: Label::PRODUCT,
            });
        }
        out
    }
}

/// The title of a work in quotation marks after the noun that says what it is: `the film
/// "Anora"`, `his album "Definitely Maybe"`, `the single "Good Luck, Babe!"`. WORK_OF_ART, as
/// OntoNotes labels all 16 such titles (10 of them without the marks, as here); the model read
/// `Anora` as a PERSON, missed `Taste` and made `Babe` a PERSON. The words must look like a
/// title (each capitalized, but for small words), so a quoted remark after `show` is left
/// alone; a comma may stand between the noun and the title (`her debut novel, "The Glass
/// Orchard,"`). A title after a name's possessive counts too (`Justine Triet's "Anatomy of a
/// Fall"`, `Carpenter's "Taste"`, `Wim Wenders' "Paris, Texas"`) where the article names works
/// elsewhere (a film, an album): without that, a possessive and quoted capitals are as often a
/// slogan (`Xi's "Belt and Road"`). So does a title right before the noun (`the "New
/// Heights" podcast`, which the model read as a GPE), where the noun is a kind of work or
/// `show` (`NBC's "Today" show`).
/// Meant as a [`crate::ner::Merge::Cover`] stage after the model.
pub struct QuotedTitles;

/// Nouns that, anywhere in an article, say it names works; and right before a quotation,
/// that it is a work's title.
const WORK_KINDS: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "album",
    "albums",
    "song",
    "songs",
    "single",
    "singles",
    "novel",
    "novels",
    "memoir",
    "documentary",
    "sitcom",
    "musical",
    "opera",
    "biopic",
    "podcast",
];

/// Words that name a work right before its title (`the show "Succession"`, `a poem titled`),
/// besides [`WORK_KINDS`]; elsewhere in an article they are as often verbs or other things
/// (`show`, `hit`, `play`, `program`).
const WORK_WORDS: &[&str] = &[
    "track",
    "EP",
    "book",
    "books",
    "biography",
    "series",
    "show",
    "drama",
    "play",
    "sequel",
    "thriller",
    "comedy",
    "ballad",
    "anthem",
    "hit",
    "poem",
    "painting",
    "programme",
    "program",
    "episode",
    "titled",
    "entitled",
];

/// Words a title leaves in lower case.
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from", "as",
    "de", "la", "le", "du", "del", "n'", "vs", "vs.", "is", "it",
];

/// Whether `w` opens or closes a quotation: `"`, `“`, `”`, ```` `` ````, `''`.
pub(crate) fn is_double_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "``" | "''")
}

/// The tokens of the quotation opened at token `q`: up to a closing mark within 13 tokens,
/// less a comma or period the mark closes over (the sentence's, not the title's); `None` where
/// no mark closes it or nothing is inside.
pub(crate) fn quoted_words(doc: &Doc, q: usize) -> Option<std::ops::Range<usize>> {
    quotation(doc, q).map(|(words, _)| words)
}

/// [`quoted_words`] and the closing mark's token.
pub(crate) fn quotation(doc: &Doc, q: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    let close = (q + 2..n.min(q + 14)).find(|&j| is_double_quote(t(j)))?;
    let mut e = close;
    while e > q + 1 && matches!(t(e - 1), "," | ".") {
        e -= 1;
    }
    (e > q + 1).then_some((q + 1..e, close))
}

/// Whether quoted words look like a title: the first capitalized or a digit, every word
/// capitalized but for small words ([`TITLE_SMALL_WORDS`]) and punctuation.
pub(crate) fn is_title_like(doc: &Doc, words: std::ops::Range<usize>) -> bool {
    let t = |i: usize| doc.token_text(i);
    t(words.start).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && words.clone().all(|j| {
            let w = t(j);
            !w.starts_with(char::is_alphabetic) || is_cap(w) || TITLE_SMALL_WORDS.contains(&w)
        })
}

impl Recognizer for QuotedTitles {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        // Whether the article names a work anywhere; asked at the first possessive title.
        let mut names_works: Option<bool> = None;
        for q in 1..n.saturating_sub(2) {
            // The marks start with one of these bytes (`“` and `”` with 0xE2): other tokens
            // fail on it.
            if !matches!(shapes.at(q).first, b'"' | b'`' | b'\'' | 0xE2) || !is_double_quote(t(q)) {
                continue;
            }
            // `the film "Anora"`, and with the title set off by a comma: `her debut novel, "The
            // Glass Orchard,"`.
            let is_work_noun = |w: &str| WORK_KINDS.contains(&w) || WORK_WORDS.contains(&w);
            let after_noun = is_work_noun(t(q - 1))
                || (q >= 2 && t(q - 1) == "," && WORK_KINDS.contains(&t(q - 2)));
            // `Carpenter's "Taste"`, `Wim Wenders' "Paris, Texas"`.
            let possessive = match t(q - 1) {
                "'s" | "’s" => true,
                "'" | "’" => q >= 2 && t(q - 2).ends_with('s') && doc.glued(q - 2),
                _ => false,
            };
            // `the "New Heights" podcast`, `NBC's "Today" show` (OntoNotes: `[Today]WORK_OF_ART`).
            let before_noun = !after_noun
                && quotation(doc, q).is_some_and(|(_, close)| {
                    close + 1 < n
                        && matches!(t(close + 1), w if WORK_KINDS.contains(&w) || w == "show")
                });
            let after_name = !after_noun
                && !before_noun
                && q >= 2
                && possessive
                && is_cap(t(q - 2))
                && *names_works.get_or_insert_with(|| (0..n).any(|i| WORK_KINDS.contains(&t(i))));
            if !after_noun && !before_noun && !after_name {
                continue;
            }
            let Some(words) = quoted_words(doc, q) else {
                continue;
            };
            if is_title_like(doc, words.clone()) {
                out.push(Mention {
                    span: Span::new(doc.tokens[words.start].start, doc.tokens[words.end - 1].end),
                    label: Label::WORK_OF_ART,
                });
            }
        }
        // The same title quoted again without its noun (`On the awards front, "Marty Supreme"
        // has …`, which the model read as a PERSON) is the same work.
        if out.is_empty() {
            return out;
        }
        let titles: Vec<&str> = out
            .iter()
            .filter_map(|m| doc.text.get(m.span.start..m.span.end))
            .collect();
        let mut again = Vec::new();
        for q in 0..n.saturating_sub(2) {
            if !is_double_quote(t(q)) {
                continue;
            }
            let Some(words) = quoted_words(doc, q) else {
                continue;
            };
            let span = Span::new(doc.tokens[words.start].start, doc.tokens[words.end - 1].end);
            let text = doc.text.get(span.start..span.end);
            if text.is_some_and(|x| titles.contains(&x)) && !out.iter().any(|m| m.span == span) {
                again.push(Mention {
                    span,
                    label: Label::WORK_OF_ART,
                });
            }
        }
        out.extend(again);
        out.sort_by_key(|m| m.span.start);
        out
    }
}

/// Airlines: `Jeju Air`, `Korean Air`, `Virgin Atlantic Airways`, `Singapore Airlines`, `Air
/// India`, `Air Canada`. ORG, as OntoNotes labels every airline (`American Airlines` 13 of 13);
/// the model read `Jeju Air` as a PERSON and `Air India`'s `India` as a GPE. Not where `Air`
/// starts another name (`the Air Force`, `the Clean Air Act`, `Air Quality`): a capitalized
/// word after `X Air` or `Air X` makes a longer name, and the units and laws are left out.
/// Meant as a [`crate::ner::Merge::Cover`] stage after the model.
pub struct Airlines;

/// Words after `Air` that make it something other than an airline.
const NOT_AIRLINES: &[&str] = &[
    "Force",
    "Forces",
    "Base",
    "Station",
    "Command",
    "Act",
    "Quality",
    "Show",
    "Traffic",
    "Defense",
    "Defence",
    "Chief",
    "Marshal",
    "Commodore",
    "Pollution",
    "Power",
    "Raid",
    "Strike",
    "Strikes",
    "Corps",
    "Wing",
    "Marshall",
];

impl Recognizer for Airlines {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
        let capitalized = |i: usize| is_cap(t(i));
        let mut out = Vec::new();
        let mut push = |s: usize, e: usize| {
            out.push(Mention {
                span: Span::new(doc.tokens[s].start, doc.tokens[e].end),
                label: Label::ORG,
            })
        };
        for i in shapes.each(Kind::Upper) {
            if shapes.at(i).first != b'A' {
                continue;
            }
            let w = t(i);
            if !matches!(w, "Air" | "Airline" | "Airlines" | "Airways") {
                continue;
            }
            // `Korean Air`, `Singapore Airlines`.
            if let Some(s) = capitalized_run_before(doc, i) {
                if w != "Air" || !capitalized(i + 1) {
                    push(s, i);
                    continue;
                }
            }
            // `Air India`, `Air Canada`.
            if w == "Air"
                && capitalized(i + 1)
                && !NOT_AIRLINES.contains(&t(i + 1))
                && !capitalized(i + 2)
                && !(i > 0 && capitalized(i - 1))
            {
                push(i, i + 1);
            }
        }
        out
    }
}

/// The place named after `the town of`, `the city of`, `the village of` and the like: GPE, as
/// OntoNotes labels 93 of the 94 such names in its training data (`the town of Lockerbie`, `the
/// city of Aden`); the model read small places as organizations and facilities (`Stawell` an
/// ORG, `Moyston` a FAC). Also a place with an Arabic article after `in` or `near`
/// ([`arabic_place_after`]). Meant as a [`crate::ner::Merge::Cover`] stage after the model.
pub struct PlacesOf;

/// Kinds of place before `of` and the place's name.
const PLACE_KINDS: &[&str] = &[
    "town",
    "city",
    "village",
    "suburb",
    "province",
    "district",
    "county",
    "township",
    "municipality",
    "hamlet",
];

/// Arabic articles and kinship words that open place names (`El Obeid`, `Al-Hasakah`, `Abu
/// Shouk`, `Umm Qasr`).
const ARABIC_LEADS: &[&str] = &[
    "Al", "El", "Abu", "Umm", "Ad", "Ar", "As", "Ash", "An", "Az",
];

/// Compass points before `of` and a place (`north of`, `south-west of`).
pub(crate) const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// The place after `in`, `near` or `north of` whose name opens with an Arabic article (`in El
/// Obeid`, `near Al-Hasakah`): GPE or LOC in OntoNotes 13 of 14 times after `in` and `near`
/// (`in Al Koura`, `in Abu Dhabi`), where the model read unknown ones as organizations and
/// people. `of` alone does not say so (`of Abu Mazen`). Returns the name's last token.
fn arabic_place_after(doc: &Doc, i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    // `in`, `near`, and `of` after a compass point (`59km north of El Obeid`).
    let cue = match t(i) {
        "in" | "near" => true,
        "of" => i > 0 && COMPASS.contains(&t(i - 1)),
        _ => false,
    };
    if !cue || i + 2 >= n || !ARABIC_LEADS.contains(&t(i + 1)) {
        return None;
    }
    // `Al-Hasakah`, split at its hyphen, or `El Obeid`.
    let last = if t(i + 2) == "-" && doc.glued(i + 1) && doc.glued(i + 2) && i + 3 < n {
        i + 3
    } else {
        i + 2
    };
    let possessive = last + 1 < n && matches!(t(last + 1), "'s" | "’s");
    let listed_else = crate::ner::gazetteer::Gazetteer::shared()
        .listed_exactly(doc, i + 1, last + 1)
        .is_some_and(|l| !matches!(l, Label::GPE | Label::LOC));
    (is_cap(t(last)) && !possessive && !listed_else).then_some(last)
}

/// Plural kinds of administrative place after the names they share (`Davidson and Rutherford
/// counties`, `Sichuan, Guizhou and Yunnan provinces`).
const PLURAL_PLACE_KINDS: &[&str] = &[
    "counties",
    "Counties",
    "provinces",
    "Provinces",
    "prefectures",
    "Prefectures",
    "parishes",
    "Parishes",
    "oblasts",
    "Oblasts",
];

/// The places named together before a plural kind of place (`Harris and Fort Bend counties`,
/// `Harris, Fort Bend and Galveston counties`): each is a GPE, as OntoNotes labels all 7 such
/// lists in its training data (`[Chesterfield] and [Goochland] counties`), where the model read
/// county names as people (`Davidson`, `Harris`) or missed them (`Orange`). At least two names
/// joined by `and` or `or`; each up to three capitalized words. Returns the names' token ranges.
fn places_before_plural_kind(doc: &Doc, kind: usize) -> Vec<(usize, usize)> {
    let t = |i: usize| doc.token_text(i);
    let name_word = |j: usize| is_cap(t(j)) && !NOT_NAMES.contains(&t(j));
    // A name ending before `end`, read backwards: its first token.
    let name_before = |end: usize| {
        let mut s = end;
        while s > 0 && end - s < 3 && name_word(s - 1) {
            s -= 1;
        }
        (s < end).then_some(s)
    };
    let mut names = Vec::new();
    let Some(last) = name_before(kind) else {
        return names;
    };
    names.push((last, kind));
    let mut s = last;
    let mut joined = false;
    // Back over `and`/`or` (perhaps after an Oxford comma), then commas.
    while s > 1 {
        let sep = t(s - 1);
        let (gap, is_conj) = match sep {
            "and" | "or" if !joined => (if s >= 2 && t(s - 2) == "," { 2 } else { 1 }, true),
            "," if joined => (1, false),
            _ => break,
        };
        let Some(prev) = name_before(s - gap) else {
            break;
        };
        joined |= is_conj;
        names.push((prev, s - gap));
        s = prev;
    }
    if !joined {
        names.clear();
    }
    names
}

/// The places named together after a plural kind of place (`counties Cork and Kerry`, `counties
/// Cork, Kerry and Clare`): as [`places_before_plural_kind`], one or two capitalized words each,
/// at least two names joined by `and` or `or`, in order.
fn places_after_plural_kind(doc: &Doc, kind: usize) -> Vec<(usize, usize)> {
    let n = doc.tokens.len();
    let t = |i: usize| doc.token_text(i);
    let name_word = |j: usize| j < n && is_cap(t(j)) && !NOT_NAMES.contains(&t(j));
    let mut names = Vec::new();
    let mut s = kind + 1;
    let mut joined = false;
    loop {
        let mut e = s;
        while e < n && e - s < 2 && name_word(e) {
            e += 1;
        }
        if e == s {
            break;
        }
        names.push((s, e));
        if joined {
            break;
        }
        match (e < n).then(|| t(e)) {
            Some(",") if e + 1 < n && matches!(t(e + 1), "and" | "or") => {
                joined = true;
                s = e + 2;
            }
            Some(",") => s = e + 1,
            Some("and" | "or") => {
                joined = true;
                s = e + 1;
            }
            _ => break,
        }
    }
    if !joined || names.len() < 2 {
        names.clear();
    }
    names
}

impl Recognizer for PlacesOf {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let t = |i: usize| doc.token_text(i);
        let mut out = Vec::new();
        for k in 1..n {
            // Asked of every token: the kinds are plurals of seven letters or more.
            let shape = shapes.at(k);
            if shape.len < 7 || shape.last != b's' {
                continue;
            }
            let w = t(k);
            if PLURAL_PLACE_KINDS.contains(&w) {
                let mut names = places_before_plural_kind(doc, k);
                names.reverse();
                // The Irish way, the kind first: `counties Cork and Kerry`.
                if names.is_empty() {
                    names = places_after_plural_kind(doc, k);
                }
                for (a, b) in names {
                    out.push(Mention {
                        span: Span::new(doc.tokens[a].start, doc.tokens[b - 1].end),
                        label: Label::GPE,
                    });
                }
            }
        }
        for i in 0..n.saturating_sub(2) {
            // Both forms need `in`, `near` or `of` at `i` or `of` after it: other tokens fail on
            // their shape.
            let (here, next) = (shapes.at(i), shapes.at(i + 1));
            let cue = |s: Shape| matches!((s.first, s.len), (b'i' | b'o', 2) | (b'n', 4));
            let of_next = next.first == b'o' && next.len == 2;
            if !(cue(here) || of_next) {
                continue;
            }
            if let Some(last) = arabic_place_after(doc, i) {
                out.push(Mention {
                    span: Span::new(doc.tokens[i + 1].start, doc.tokens[last].end),
                    label: Label::GPE,
                });
                continue;
            }
            if t(i + 1) != "of" || !PLACE_KINDS.contains(&t(i)) {
                continue;
            }
            // Up to three capitalized words: `the city of New York`, `the town of Halls Gap`.
            let e = (i + 2..n.min(i + 5))
                .take_while(|&j| is_cap(t(j)) && !NOT_NAMES.contains(&t(j)))
                .last();
            if let Some(e) = e {
                out.push(Mention {
                    span: Span::new(doc.tokens[i + 2].start, doc.tokens[e].end),
                    label: Label::GPE,
                });
            }
        }
        out
    }
}

/// `three-day`, `14-year`, `two-week`.
fn is_compound_duration(t: &str) -> bool {
    // Asked of every token: the shortest form (`1-day`) has five bytes and every unit ends in
    // one of these letters; then a plain byte loop, cheaper than a reverse char search.
    if t.len() < 5
        || !matches!(
            t.as_bytes()[t.len() - 1],
            b'y' | b's' | b'k' | b'h' | b'r' | b'e' | b'd'
        )
        || !t.bytes().any(|b| b == b'-')
    {
        return false;
    }
    match t.rsplit_once('-') {
        Some((n, u)) => (is_number(n) || is_number_word(n)) && DATE_UNITS.contains(&u),
        None => false,
    }
}

/// `1,000km`, `114mph`: a number with a unit of [`GLUED_UNITS`] written onto it.
pub(crate) fn is_glued_measure(w: &str) -> bool {
    number_then(w).is_some_and(|(_, unit)| GLUED_UNITS.contains(&unit))
}

/// `1.6B`, `5bn`, `$20m`'s `20m`: a number with a scale written onto it.
pub(crate) fn is_glued_scale(w: &str) -> bool {
    number_then(w).is_some_and(|(_, s)| {
        !s.is_empty()
            && (WRITTEN_SCALES.contains(&s.to_ascii_lowercase().as_str()) || SCALES.contains(&s))
    })
}

/// `1.5pc`, `12%`.
pub(crate) fn is_glued_percent(t: &str) -> bool {
    ["%", "pc"]
        .iter()
        .any(|s| t.strip_suffix(s).is_some_and(is_number))
}

/// Bits of [`WordLists::flags`]: which word lists a token is on.
mod list {
    pub const WEEKDAY: u32 = 1;
    pub const MONTH: u32 = 1 << 1;
    pub const RELATIVE_DAY: u32 = 1 << 2;
    pub const DATE_DETERMINER: u32 = 1 << 3;
    pub const DATE_UNIT: u32 = 1 << 4;
    pub const CURRENCY: u32 = 1 << 5;
    pub const SCALE: u32 = 1 << 6;
    pub const PERSON_CUE: u32 = 1 << 7;
    pub const ORG_WORD: u32 = 1 << 8;
    pub const LAW_WORD: u32 = 1 << 9;
    pub const EVENT_WORD: u32 = 1 << 10;
    pub const NOT_NAME: u32 = 1 << 11;
    /// On [`super::NUMBER_WORDS`] ignoring case, as [`super::is_number_word`] tests.
    pub const NUMBER_WORD: u32 = 1 << 12;
}

/// Each word list the rules test tokens against, with its flag in [`WordLists`].
const LISTED: [(&[&str], u32); 13] = [
    (WEEKDAYS, list::WEEKDAY),
    (MONTHS, list::MONTH),
    (RELATIVE_DAYS, list::RELATIVE_DAY),
    (DATE_DETERMINERS, list::DATE_DETERMINER),
    (DATE_UNITS, list::DATE_UNIT),
    (CURRENCY_SYMBOLS, list::CURRENCY),
    (SCALES, list::SCALE),
    (PERSON_CUES, list::PERSON_CUE),
    (ORG_WORDS, list::ORG_WORD),
    (LAW_WORDS, list::LAW_WORD),
    (EVENT_WORDS, list::EVENT_WORD),
    (NOT_NAMES, list::NOT_NAME),
    (NUMBER_WORDS, list::NUMBER_WORD),
];

/// All the word lists the rules test tokens against, in one map: each token is looked up once
/// per document instead of being compared with every entry of every list at each use (the
/// lists hold some 300 words, and a linear `contains` costs a comparison per entry).
struct WordLists {
    flags: WordMap<&'static str, u32>,
    /// Bit `n` of entry `b` is set where a listed word starts with byte `b` and is `n` bytes
    /// long (63: longer), a number word also with its first letter in upper case: an ASCII
    /// token whose first byte and length no word has (about 60 % of a news text's tokens) is
    /// on no list, without hashing it.
    shapes: [u64; 256],
    /// The same for the number words alone, by their (lower-case) first letter: an ASCII token
    /// can equal one ignoring case only with its first letter lower-cased and its length
    /// there, so most capitalized words (`The`, `President`) skip the lower-cased lookup.
    number_shapes: [u64; 256],
    /// A pre-test for `flags`' words, for the tokens that `shapes` lets through.
    sieve: crate::wordmap::Sieve,
}

impl WordLists {
    fn new() -> Self {
        let lists = LISTED;
        let mut flags = WordMap::default();
        let mut shapes = [0u64; 256];
        let mut number_shapes = [0u64; 256];
        for (words, bit) in lists {
            for w in words {
                *flags.entry(*w).or_insert(0) |= bit;
                if let Some(&first) = w.as_bytes().first() {
                    let len = 1u64 << w.len().min(63);
                    shapes[first as usize] |= len;
                    if bit == list::NUMBER_WORD {
                        shapes[first.to_ascii_uppercase() as usize] |= len;
                        number_shapes[first as usize] |= len;
                    }
                }
            }
        }
        let sieve = crate::wordmap::Sieve::new(flags.keys().copied());
        WordLists {
            flags,
            shapes,
            number_shapes,
            sieve,
        }
    }

    /// The lists `w` is on. All lists match exactly except [`list::NUMBER_WORD`], which ignores
    /// case like [`is_number_word`].
    fn flags(&self, w: &str) -> u32 {
        // Read once for the three tests below.
        let ascii = crate::wordmap::is_ascii_word(w);
        // An ASCII token matches a word exactly, or a number word ignoring ASCII case, only
        // with the same length and the same first byte (in either case for a number word).
        if let Some(&first) = w.as_bytes().first() {
            if self.shapes[first as usize] & (1 << w.len().min(63)) == 0 && ascii {
                return 0;
            }
        }
        let exact = if self.sieve.maybe(w) {
            self.flags.get(w).copied().unwrap_or(0)
        } else {
            0
        };
        // The number words are lower-case ASCII: an ASCII token without upper-case letters
        // matches one ignoring case only if it is that word, which the exact lookup found.
        // Nor can an ASCII token of another length than the number words (3 to 9 letters).
        if exact & list::NUMBER_WORD != 0
            || (ascii
                && (!(NUMBER_WORD_LEN.0..=NUMBER_WORD_LEN.1).contains(&w.len())
                    || !w.bytes().any(|b| b.is_ascii_uppercase())))
        {
            return exact;
        }
        // No number word of this length starts with this letter (the number words are lower
        // case: `number_words_are_lower_case_ascii`).
        if let Some(&first) = w.as_bytes().first() {
            if ascii
                && self.number_shapes[first.to_ascii_lowercase() as usize] & (1 << w.len().min(63))
                    == 0
            {
                return exact;
            }
        }
        // Lower-cased in place when ASCII; the longest number word has 9 letters.
        let number_word = with_ascii_lowercase::<16, _>(w, |l| {
            self.sieve.maybe(l)
                && self
                    .flags
                    .get(l)
                    .is_some_and(|f| f & list::NUMBER_WORD != 0)
        })
        .unwrap_or_else(|| !ascii && is_number_word(w));
        if number_word {
            exact | list::NUMBER_WORD
        } else {
            exact
        }
    }
}

/// Rule and gazetteer recognizer.
pub struct Rules {
    gazetteer: &'static Gazetteer,
    word_lists: WordLists,
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

/// A growing set of non-overlapping mentions over token indices.
struct Found {
    taken: Vec<bool>,
    spans: Vec<(usize, usize, Label)>,
}

impl Found {
    fn add(&mut self, s: usize, e: usize, label: Label) -> bool {
        if s >= e || self.taken[s..e].iter().any(|&t| t) {
            return false;
        }
        self.taken[s..e].iter_mut().for_each(|t| *t = true);
        self.spans.push((s, e, label));
        true
    }
}

impl Rules {
    pub fn new() -> Self {
        Rules {
            gazetteer: Gazetteer::shared(),
            word_lists: WordLists::new(),
        }
    }

    /// Numbers, dates, times, percentages and money by their form. `on[i]`: the lists token `i`
    /// is on ([`WordLists::flags`]).
    fn numeric(doc: &Doc, on: &[u32], found: &mut Found) {
        let n = doc.tokens.len();
        let t = |i: usize| if i < n { doc.token_text(i) } else { "" };
        let is = |i: usize, lists: u32| i < n && on[i] & lists != 0;
        let mut i = 0;
        while i < n {
            let w = t(i);
            // A token that starts with a lower-case ASCII letter (most of them) is no day
            // number, glued percentage, period code or number (each needs a digit, `+`, `Q`,
            // `H` or `F` first): those tests are skipped for it.
            let lower = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
            let mut hit: Option<(usize, Label)> = None;
            if is(i, list::WEEKDAY | list::RELATIVE_DAY) {
                hit = Some((i + 1, Label::DATE));
            } else if is(i, list::MONTH) && (is_day_number(t(i + 1)) || is_year(t(i + 1))) {
                // `May 6`, `May 6–7`, `May 6, 2025`, `March 2020`
                let mut e = i + 2;
                if matches!(t(e), "–" | "-") && is_day_number(t(e + 1)) {
                    e += 2;
                }
                hit = Some((with_year(t, e), Label::DATE));
            } else if !lower && is_day_number(w) && is(i + 1, list::MONTH) {
                let e = if is_year(t(i + 2)) { i + 3 } else { i + 2 };
                hit = Some((e, Label::DATE));
            } else if is(i, list::DATE_DETERMINER)
                && (DATE_UNITS.contains(&&*lower_case(t(i + 1)))
                    || is(i + 1, list::WEEKDAY | list::MONTH))
            {
                hit = Some((i + 2, Label::DATE));
            } else if is(i, list::DATE_DETERMINER)
                && (is_number(t(i + 1)) || is(i + 1, list::NUMBER_WORD))
                && is(i + 2, list::DATE_UNIT)
            {
                hit = Some((i + 3, Label::DATE));
            } else if is_compound_duration(w) {
                hit = Some((i + 1, Label::DATE));
            } else if !lower && is_glued_percent(w) {
                hit = Some((i + 1, Label::PERCENT));
            } else if is(i, list::CURRENCY) && is_number(t(i + 1)) {
                let e = if is(i + 2, list::SCALE) { i + 3 } else { i + 2 };
                hit = Some((e, Label::MONEY));
            } else if !lower && is_period_code(w) {
                // `Q2 2024`
                let e = if is_year(t(i + 1)) { i + 2 } else { i + 1 };
                hit = Some((e, Label::DATE));
            } else if is_ordinal(w) {
                hit = Some((i + 1, Label::ORDINAL));
            } else if (!lower && is_number(w)) || is(i, list::NUMBER_WORD) {
                // Greedy run of number tokens: `two hundred`, `1.5 million`.
                let mut e = i + 1;
                while is(e, list::NUMBER_WORD | list::SCALE) {
                    e += 1;
                }
                let next = lower_case(t(e));
                let next: &str = &next;
                if is_year(w) && e == i + 1 {
                    hit = Some((e, Label::DATE));
                } else if PERCENT_WORDS.contains(&next) {
                    hit = Some((e + 1, Label::PERCENT));
                } else if TIME_UNITS.contains(&next) && t(e + 1) == "ago" {
                    hit = Some((e + 2, Label::TIME));
                } else if DATE_UNITS.contains(&next) {
                    let ago = if t(e + 1) == "ago" { 1 } else { 0 };
                    hit = Some((e + 1 + ago, Label::DATE));
                } else if CURRENCY_NAMES.contains(&next) || next == "pounds" {
                    hit = Some((e + 1, Label::MONEY));
                } else if lower_case(w) != "one" || is_cap(t(i + 1)) || t(i + 1) == "-" {
                    hit = Some((e, Label::CARDINAL));
                }
            }
            match hit {
                Some((e, label)) if found.add(i, e.min(n), label) => i = e.min(n),
                _ => i += 1,
            }
        }
    }

    /// A capitalized run starting at `i`: capitalized tokens joined by connectors; a title
    /// (`on[e]` has [`list::PERSON_CUE`]) ends it.
    fn cap_run(doc: &Doc, on: &[u32], i: usize) -> usize {
        let n = doc.tokens.len();
        let mut e = i;
        // A name never runs over a line break (`Update` / `Police said`: a headline and the
        // story's first word).
        let line_break = |e: usize| {
            doc.text
                .get(doc.tokens[e - 1].end..doc.tokens[e].start)
                .is_some_and(|gap| gap.contains('\n'))
        };
        while e < n {
            let w = doc.token_text(e);
            if e > i && line_break(e) {
                break;
            }
            if is_cap(w) && on[e] & list::PERSON_CUE == 0 {
                e += 1;
                continue;
            }
            // A connector continues the run only if a capitalized word follows it.
            let conn = if w == "of" && e + 1 < n && doc.token_text(e + 1) == "the" {
                2
            } else {
                1
            };
            let joined = if conn == 2 { "of the" } else { w };
            if e > i
                && CONNECTORS.contains(&joined)
                && e + conn < n
                && is_cap(doc.token_text(e + conn))
                && !line_break(e + conn)
            {
                e += conn;
                continue;
            }
            break;
        }
        e
    }
}

impl Recognizer for Rules {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let n = doc.tokens.len();
        let mut found = Found {
            taken: vec![false; n],
            spans: Vec::new(),
        };
        let t = |i: usize| doc.token_text(i);
        let on: Vec<u32> = (0..n).map(|i| self.word_lists.flags(t(i))).collect();
        let is = |i: usize, lists: u32| on[i] & lists != 0;
        Self::numeric(doc, &on, &mut found);

        // Organizations, laws and events named by their head word, before the gazetteer so
        // `Pakistani Foreign Office` stays one name.
        let mut i = 0;
        while let Some(next) = shapes.next(i, Kind::Cap) {
            i = next;
            let w = t(i);
            if found.taken[i]
                || is(i, list::PERSON_CUE)
                || (is(i, list::NOT_NAME) && !is_nationality_word(w))
            {
                i += 1;
                continue;
            }
            let e = Self::cap_run(doc, &on, i);
            let any = |lists: u32| (i..e).any(|k| is(k, lists));
            let several = e - i > 1;
            let label = if any(list::ORG_WORD) || (several && w == "Radio") {
                Some(Label::ORG)
            } else if several && any(list::LAW_WORD) {
                Some(Label::LAW)
            } else if several && (w == "Operation" || any(list::EVENT_WORD)) {
                Some(Label::EVENT)
            } else {
                None
            };
            match label {
                Some(l) if e - i > 1 => {
                    found.add(i, e, l);
                    i = e;
                }
                _ => i += 1,
            }
        }

        // Places, nationalities and known organizations by list.
        let mut i = shapes.next_where(0, |b| self.gazetteer.may_start(b));
        while i < n {
            match self.gazetteer.longest_at(doc, i) {
                Some((e, label)) => {
                    found.add(i, e, label);
                    i = e;
                }
                None => i += 1,
            }
            i = shapes.next_where(i, |b| self.gazetteer.may_start(b));
        }

        // People: a capitalized run after a title, or starting with a known given name.
        for i in shapes.each(Kind::Cap) {
            if found.taken[i] || is(i, list::NOT_NAME | list::PERSON_CUE) {
                continue;
            }
            // A line break between them parts a title from a name (`… 4:10 PM` / `By Web Desk`),
            // as it parts the name's own words below; and `PM` after a clock time is no title.
            let breaks = |k: usize| {
                doc.text
                    .get(doc.tokens[k - 1].end..doc.tokens[k].start)
                    .is_some_and(|gap| gap.contains('\n'))
            };
            let clock_pm = |k: usize| {
                t(k).eq_ignore_ascii_case("pm")
                    && k > 0
                    && t(k - 1).ends_with(|c: char| c.is_ascii_digit())
            };
            // A retired officer's rank is marked between rank and name, as South Asian papers
            // write it: `Lt Gen (retd) Jahangir Alam Chowdhury`, `Brig (r) Ali`.
            let retired = |k: usize| {
                k >= 4
                    && t(k - 1) == ")"
                    && matches!(t(k - 2), "retd" | "Retd" | "retd." | "r" | "retired")
                    && t(k - 3) == "("
                    && is(k - 4, list::PERSON_CUE)
            };
            let after_cue = i > 0
                && (is(i - 1, list::PERSON_CUE) || retired(i))
                && !breaks(i)
                && !clock_pm(i - 1);
            let given = self.gazetteer.is_first_name(t(i))
                && i + 1 < n
                && shapes.at(i + 1).cap
                && !found.taken[i + 1]
                && !breaks(i + 1);
            if !(after_cue || given) {
                continue;
            }
            let mut e = i + 1;
            while e < n
                && e - i < 4
                && shapes.at(e).cap
                && !found.taken[e]
                && !is(e, list::PERSON_CUE | list::NOT_NAME)
                && !breaks(e)
            {
                e += 1;
            }
            found.add(i, e, Label::PERSON);
        }

        // Acronyms defined in brackets take their expansion's label: `Communist Party of China (CPC)`.
        let mut acronyms: WordMap<&str, Label> = WordMap::default();
        for &(s, e, label) in &found.spans {
            if e + 2 < n
                && t(e) == "("
                && t(e + 2) == ")"
                && t(e + 1).chars().all(|c| c.is_uppercase())
                && e - s > 1
            {
                acronyms.insert(t(e + 1), label);
            }
        }
        // Parts of multi-word names stand for the whole later on: `Dar` for `Ishaq Dar`.
        let mut parts: WordMap<&str, Label> = WordMap::default();
        for &(s, e, label) in &found.spans {
            if label == Label::PERSON && e - s > 1 {
                parts.entry(t(s)).or_insert(label);
                parts.entry(t(e - 1)).or_insert(label);
            }
        }
        // Every key starts with an upper-case letter (acronyms are all capitals, name parts
        // capitalized): other tokens, most of the text, skip the two lookups.
        let short_forms = !(acronyms.is_empty() && parts.is_empty());
        for i in shapes.each(Kind::Cap) {
            if !short_forms {
                break;
            }
            if found.taken[i] {
                continue;
            }
            if let Some(&l) = acronyms.get(t(i)).or_else(|| parts.get(t(i))) {
                found.add(i, i + 1, l);
            }
        }

        found
            .spans
            .into_iter()
            .map(|(s, e, label)| Mention {
                span: Span::new(doc.tokens[s].start, doc.tokens[e - 1].end),
                label,
            })
            .collect()
    }
}

/// The leader an administration is named for: `the Trump administration`, `the Biden
/// administration`. OntoNotes labels the name a PERSON 61 times in 64 (`the Bush
/// administration`); the model, which knows the older names, missed the newer ones. One
/// capitalized word after `the` that no list knows as a place, an organization or a people.
/// Meant as a [`crate::ner::Merge::Fill`] stage: where the model found anything, it stays.
pub struct Administrations;

impl Recognizer for Administrations {
    fn recognize(&self, doc: &Doc) -> Vec<Mention> {
        self.recognize_shaped(doc, &Shapes::new(doc))
    }

    fn recognize_shaped(&self, doc: &Doc, shapes: &Shapes) -> Vec<Mention> {
        let gazetteer = Gazetteer::shared();
        (2..doc.tokens.len())
            .zip(shapes.all().iter().skip(2))
            .filter(|&(k, s)| {
                // Most tokens fail on their length or first byte, before the text is compared.
                s.len == 14 && s.first == b'a' && doc.token_text(k) == "administration"
            })
            .map(|(k, _)| k)
            .filter(|&k| {
                let name = doc.token_text(k - 1);
                doc.token_text(k - 2).eq_ignore_ascii_case("the")
                    && is_cap(name)
                    && name.len() > 2
                    && !name.bytes().all(|b| b.is_ascii_uppercase())
                    && !is_nationality_word(name)
                    && !NOT_NAMES.contains(&name)
                    && gazetteer.longest_at(doc, k - 1).is_none()
            })
            .map(|k| Mention {
                span: doc.tokens[k - 1],
                label: Label::PERSON,
            })
            .collect()
    }
}

/// `Pakistani Foreign Office`: a nationality may open an organization's name.
fn is_nationality_word(w: &str) -> bool {
    w.ends_with("ese") || w.ends_with("ian") || w.ends_with("ani") || w.ends_with("ish")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_administration_is_named_for_its_leader() {
        assert_finds(
            &Administrations,
            "the Trump administration and the Biden administration; not the Chinese \
             administration, the Pakistan administration, the US administration, the \
             State administration or Trump's administration",
            Label::PERSON,
            &["Trump", "Biden"],
        );
    }

    #[test]
    fn compound_durations_pass_their_pre_test() {
        // What `is_compound_duration`'s pre-test assumes of the units, and what `numeric`'s
        // assumes of a token starting with a lower-case letter.
        for u in DATE_UNITS {
            assert!(u.len() >= 3, "{u}");
            assert!(b"yskhred".contains(&u.as_bytes()[u.len() - 1]), "{u}");
            assert!(is_compound_duration(&format!("1-{u}")), "{u}");
            assert!(is_compound_duration(&format!("three-{u}")), "{u}");
        }
        assert!(!is_compound_duration("1-da") && !is_compound_duration("day"));
        for w in ["a1", "pc", "q2", "h1", "fy25", "x%", "first", "one", "a-1"] {
            assert!(!is_day_number(w) && !is_glued_percent(w), "{w}");
            assert!(!is_period_code(w) && !is_number(w), "{w}");
        }
        assert!(is_day_number("+5"), "a `+` is not lower case: still tested");
    }

    #[test]
    fn lower_case_is_to_lowercase() {
        for w in [
            "", "people", "Percent", "PC", "ΣΑ", "é", "Één", "one", "One", "2025", "’s",
        ] {
            assert_eq!(lower_case(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn number_words_outside_ascii_answer_as_their_lower_case() {
        let mut probes: Vec<String> = ["’s", "—", "é", "Ｔｅｎ", "ΣΑ", "İ", "\u{212A}", "naïve"]
            .map(String::from)
            .to_vec();
        for w in NUMBER_WORDS {
            // With a Kelvin sign for each `k` (lower-cased to `k`), an accent, a curly quote.
            probes.push(w.replace('k', "\u{212A}").to_uppercase());
            probes.push(w.replace('k', "\u{212A}"));
            probes.push(format!("{w}é"));
            probes.push(format!("’{w}"));
        }
        for t in probes.iter().filter(|t| !t.is_ascii()) {
            assert_eq!(
                is_number_word(t),
                NUMBER_WORDS.contains(&t.to_lowercase().as_str()),
                "{t}"
            );
        }
    }

    #[test]
    fn number_words_are_lower_case_ascii() {
        for w in NUMBER_WORDS {
            assert!(w.is_ascii() && w.to_ascii_lowercase() == *w, "{w}");
        }
        assert!(is_number_word("Two") && is_number_word("THOUSAND"));
        let lens = NUMBER_WORDS.iter().map(|w| w.len());
        assert_eq!(lens.clone().min(), Some(NUMBER_WORD_LEN.0));
        assert_eq!(lens.max(), Some(NUMBER_WORD_LEN.1));
        assert!(!is_number_word("twos"));
    }

    #[test]
    fn lexicon_flags_match_the_lists() {
        let lex = WordLists::new();
        for w in [
            "Minister",
            "Office",
            "May",
            "Tuesday",
            "The",
            "two",
            "Two",
            "THOUSAND",
            "dozen",
            "SEVENTEENTHOUSANDS",
            "Ｔwo",
            "Hundreds",
        ] {
            let f = lex.flags(w);
            assert_eq!(f & list::PERSON_CUE != 0, PERSON_CUES.contains(&w), "{w}");
            assert_eq!(f & list::ORG_WORD != 0, ORG_WORDS.contains(&w), "{w}");
            assert_eq!(f & list::MONTH != 0, MONTHS.contains(&w), "{w}");
            assert_eq!(f & list::WEEKDAY != 0, WEEKDAYS.contains(&w), "{w}");
            assert_eq!(f & list::NOT_NAME != 0, NOT_NAMES.contains(&w), "{w}");
            assert_eq!(f & list::NUMBER_WORD != 0, is_number_word(w), "{w}");
        }
        assert_eq!(lex.flags("Ministers"), 0);
    }

    /// Every listed word, in every case, and a few near misses: the bits the lists give, with
    /// the shape filter in front of the lookup.
    #[test]
    fn lexicon_flags_of_every_listed_word() {
        let lex = WordLists::new();
        let lists = LISTED;
        for (words, _) in lists {
            for w in words {
                let mut title = w.to_lowercase();
                if let Some(f) = title.get_mut(..1) {
                    f.make_ascii_uppercase();
                }
                for v in [
                    w.to_string(),
                    w.to_uppercase(),
                    w.to_lowercase(),
                    title,
                    format!("{w}s"),
                    format!("x{w}"),
                ] {
                    let want = lists.iter().fold(0, |f, (ws, bit)| {
                        let on = if *bit == list::NUMBER_WORD {
                            is_number_word(&v)
                        } else {
                            ws.contains(&v.as_str())
                        };
                        if on {
                            f | bit
                        } else {
                            f
                        }
                    });
                    assert_eq!(lex.flags(&v), want, "{v}");
                }
            }
        }
    }

    #[test]
    fn currency_names_start_in_lower_case() {
        // What `Words::contains_ignoring_ascii_case` asks of its list.
        for c in CURRENCY_NAMES {
            assert!(!c.as_bytes()[0].is_ascii_uppercase(), "{c}");
        }
    }

    #[test]
    fn ascii_ordinals_as_with_a_lower_cased_copy() {
        for o in ORDINALS {
            assert!(o.len() >= 3 && ["st", "nd", "rd", "th"].iter().any(|s| o.ends_with(s)));
            assert!((5..=9).contains(&o.len()), "{o}");
        }
        let slow = |t: &str| {
            let l = t.to_lowercase();
            ORDINALS.contains(&l.as_str())
                || ["st", "nd", "rd", "th"].iter().any(|s| {
                    l.strip_suffix(s)
                        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
                })
        };
        for t in [
            "first", "First", "TWELFTH", "21st", "2ND", "3rd", "4Th", "th", "st", "x1st", "1", "",
            "fifth.", "11th", "NINTH", "secoND", "ninth", "1sth", "Ⅰst", "ﬁrst", "é1st", "1ſt",
        ] {
            assert_eq!(is_ordinal(t), slow(t), "{t}");
        }
        // What the gate on the last two bytes assumes of non-ASCII chars.
        let letters = [b's', b't', b'n', b'd', b'r', b'h'];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let last = c.to_lowercase().last().unwrap();
            assert!(
                !(last.is_ascii() && letters.contains(&(last as u8))),
                "{c:?}"
            );
        }
    }

    fn run(text: &str) -> Vec<(String, Label)> {
        run_with(&Rules::new(), text)
    }

    /// Asserts that `r` finds exactly `want` in `text`, each labelled `label`.
    fn assert_finds(r: &dyn Recognizer, text: &str, label: Label, want: &[&str]) {
        let want: Vec<(String, Label)> = want.iter().map(|t| (t.to_string(), label)).collect();
        assert_eq!(run_with(r, text), want);
    }

    fn run_with(r: &dyn Recognizer, text: &str) -> Vec<(String, Label)> {
        crate::ner::test_support::found_by(r, text)
    }

    #[test]
    fn a_name_never_runs_over_a_line_break() {
        let got = run("Update\n\nPolice said Somerset Police agreed.");
        assert_eq!(got, [("Somerset Police".to_string(), Label::ORG)]);
    }

    #[test]
    fn finds_people_after_titles_and_their_short_names() {
        let got = run("Foreign Minister Wang Yi met Ishaq Dar. Wang said Dar agreed.");
        assert!(got.contains(&("Wang Yi".into(), Label::PERSON)), "{got:?}");
        assert!(
            got.contains(&("Ishaq Dar".into(), Label::PERSON)),
            "{got:?}"
        );
        assert!(got.contains(&("Wang".into(), Label::PERSON)), "{got:?}");
        assert!(got.contains(&("Dar".into(), Label::PERSON)), "{got:?}");
    }

    #[test]
    fn a_name_after_a_title_stays_on_its_line() {
        // `PM` closing a clock time is no title, and no name runs over a line break: a page's
        // metadata lines gave `[Last]PERSON updated:` and `[By Web Desk\n\nTop]PERSON Stories`.
        let got = run(
            "Published: 25 Nov 2025, 3:45 PM\nLast updated: 4:10 PM\n\nBy Web Desk\n\nTop Stories",
        );
        assert!(
            got.iter()
                .all(|(t, l)| *l != Label::PERSON || !(t.contains('\n') || t == "Last")),
            "{got:?}"
        );
        // A retired officer's rank, marked between rank and name.
        let got = run("Home Adviser Lt Gen (retd) Jahangir Alam Chowdhury spoke.");
        assert!(
            got.contains(&("Jahangir Alam Chowdhury".into(), Label::PERSON)),
            "{got:?}"
        );
        // A title and its name on one line still go together.
        let got = run("PM Shehbaz Sharif left for Doha.\nPresident\nZardari met him.");
        assert!(
            got.contains(&("Shehbaz Sharif".into(), Label::PERSON)),
            "{got:?}"
        );
        assert!(got.iter().all(|(t, _)| !t.contains('\n')), "{got:?}");
    }

    #[test]
    fn finds_dates_numbers_and_percentages() {
        let got = run("On May 6–7, five jets; 26 people on Tuesday; oil rose 1.5pc after 14 years; 6 hours ago");
        for (text, label) in [
            ("May 6–7", Label::DATE),
            ("five", Label::CARDINAL),
            ("26", Label::CARDINAL),
            ("Tuesday", Label::DATE),
            ("1.5pc", Label::PERCENT),
            ("14 years", Label::DATE),
            ("6 hours ago", Label::TIME),
        ] {
            assert!(
                got.contains(&(text.into(), label)),
                "{text} {label} missing in {got:?}"
            );
        }
    }

    #[test]
    fn named_operations_are_events() {
        assert_finds(
            &NamedOperations,
            "after Operation Sindoor, as in Operation Iraqi Freedom. The Operation Center and \
             Operation of the plant",
            Label::EVENT,
            &["Operation Sindoor", "Operation Iraqi Freedom"],
        );
        assert_finds(
            &NamedOperations,
            "Typhoon Haikui hit Taiwan after Hurricane Katrina; the National Hurricane Center",
            Label::EVENT,
            &["Typhoon Haikui", "Hurricane Katrina"],
        );
    }

    #[test]
    fn quoted_titles_after_their_noun_are_works() {
        assert_finds(
            &QuotedTitles,
            "the film \"Anora\" won; her single “Good Luck, Babe!” and the album \"The Tortured \
             Poets Department,\" and the book \"Lean on Me\"; not the show \"was a disaster\", \
             her \"Friend\" or the film \"Anora",
            Label::WORK_OF_ART,
            &[
                "Anora",
                "Good Luck, Babe!",
                "The Tortured Poets Department",
                "Lean on Me",
            ],
        );
        assert_finds(
            &QuotedTitles,
            "Carpenter's \"Taste\" topped the singles chart; Justine Triet's \"Anatomy of a Fall\" \
             and Wim Wenders' \"Paris, Texas\"; her debut novel, \"The Glass Orchard,\" won",
            Label::WORK_OF_ART,
            &[
                "Taste",
                "Anatomy of a Fall",
                "Paris, Texas",
                "The Glass Orchard",
            ],
        );
        let got = run_with(&QuotedTitles, "Xi's \"Belt and Road\" plan");
        assert_eq!(got, []);
        // Before the noun: a kind of work or `show`; not before other words.
        assert_finds(
            &QuotedTitles,
            "on the \"New Heights\" podcast and NBC's \"Today\" show; the \"Belt and Road\" \
             programme and the \"Make America Great Again\" hats",
            Label::WORK_OF_ART,
            &["New Heights", "Today"],
        );
        // Quoted again without its noun: the same work; unquoted, left to the model.
        assert_finds(
            &QuotedTitles,
            "the drama \"Marty Supreme,\" opened; later \"Marty Supreme\" gained, as Marty \
             Supreme did",
            Label::WORK_OF_ART,
            &["Marty Supreme", "Marty Supreme"],
        );
    }

    #[test]
    fn airlines_are_organizations() {
        assert_finds(
            &Airlines,
            "a Jeju Air jet, Korean Air and Singapore Airlines; Air India and Air Canada flew. \
             Not the Air Force, the US Air Force Base, the Clean Air Act, Air Quality or hot air",
            Label::ORG,
            &[
                "Jeju Air",
                "Korean Air",
                "Singapore Airlines",
                "Air India",
                "Air Canada",
            ],
        );
    }

    #[test]
    fn places_after_town_of_are_places() {
        assert_finds(
            &PlacesOf,
            "near the town of Pomonal, the city of New York and the village of Halls Gap; not \
             the city of the future or a county of 5,000",
            Label::GPE,
            &["Pomonal", "New York", "Halls Gap"],
        );
        assert_finds(
            &PlacesOf,
            "fighting in El Obeid and near Al-Hasakah, as in Abu Shouk, 59km north of Umm Kadada; \
             not a speech of Abu Mazen, a role in Al Gore's film or an interview in Al Jazeera",
            Label::GPE,
            &["El Obeid", "Al-Hasakah", "Abu Shouk", "Umm Kadada"],
        );
    }

    #[test]
    fn places_named_together_before_their_kind_are_places() {
        assert_finds(
            &PlacesOf,
            "Shelters opened across Davidson and Rutherford counties. Flooding hit Orange and \
             Los Angeles counties, then Harris, Fort Bend, and Galveston counties; Sichuan, \
             Guizhou and Yunnan provinces. Not Los Angeles counties alone, nor In and Out \
             counties. Rain in counties Cork and Kerry, and counties Mayo, Sligo and Clare.",
            Label::GPE,
            &[
                "Davidson",
                "Rutherford",
                "Orange",
                "Los Angeles",
                "Harris",
                "Fort Bend",
                "Galveston",
                "Sichuan",
                "Guizhou",
                "Yunnan",
                "Cork",
                "Kerry",
                "Mayo",
                "Sligo",
                "Clare",
            ],
        );
    }

    #[test]
    fn races_are_events() {
        assert_finds(
            &NamedOperations,
            "won the Dutch Grand Prix before the Abu Dhabi Grand Prix; the Grand Prix",
            Label::EVENT,
            &["Dutch Grand Prix", "Abu Dhabi Grand Prix"],
        );
    }

    #[test]
    fn abbreviated_months_make_dates() {
        assert_finds(
            &AbbreviatedDates,
            "NEW YORK, Dec 5 (Reuters) and Jan 27, 2025, Sept 3 2024, (Wed Jan 31 11:16:04 2007); \
             not Jan Smith, Dec 45 or Oct; Wed 5 Nov 2025 18.58 GMT, on 12 Mar 2024, not 5 Mar \
             or 40 Nov 2025; Published - December 24, 2025 07:15 am IST, Oct. 30, 2025 \
             /PRNewswire/, Sunday, Nov. 23, 2025; not May 5 alone",
            Label::DATE,
            &[
                "Dec 5",
                "Jan 27, 2025",
                "Sept 3 2024",
                "Wed Jan 31",
                "Wed 5 Nov 2025",
                "12 Mar 2024",
                "December 24, 2025",
                "Oct. 30, 2025",
                "Sunday, Nov. 23, 2025",
            ],
        );
        // The day first or as an ordinal, as British and Commonwealth papers write it.
        assert_finds(
            &AbbreviatedDates,
            "Published 14 November 2026; held on 27th November 2026, the 5th of June and 3 \
             March; Nov 20th 2026 | SANTIAGO; Updated 6:42 PM EDT, Sun July 12, 2026; Sunday 9 \
             February, 1 May 2025; not 5 May alone, 40 March, 32nd December or 3rd place",
            Label::DATE,
            &[
                "14 November 2026",
                "27th November 2026",
                "5th of June",
                "3 March",
                "Nov 20th 2026",
                "Sun July 12, 2026",
                "Sunday 9 February",
                "1 May 2025",
            ],
        );
    }

    #[test]
    fn aircraft_models_are_products() {
        assert_finds(
            &AircraftModels,
            "a Boeing 737-800, an Airbus A320neo, the Boeing 777X and a Boeing 737 MAX; not \
             Boeing shares, Airbus SE or 30 Boeing",
            Label::PRODUCT,
            &["737-800", "A320neo", "777X", "737 MAX"],
        );
    }

    #[test]
    fn reporting_periods() {
        for w in ["Q1", "Q4", "3Q", "H1", "H2", "FY25", "FY2025"] {
            assert!(is_period_code(w), "{w}");
        }
        for w in ["Q5", "Q", "QQ", "H3", "FY", "FY5", "FY202", "Q12", "q2"] {
            assert!(!is_period_code(w), "{w}");
        }
    }

    #[test]
    fn amounts_written_as_one_word() {
        let got = run_with(
            &WrittenAmounts,
            "Rs25bn, Rs1.2tr, PKR500m, Rs1.2 trillion, Rs.40, US$2.5bn, 23.4pc and 7.5pc, \
             114mph, 5,000km, 300MW and 40°C, 256GB, 25W, 5,100mAh; not Rs, RsX, 25bn, Rs25xy, 1.5.6pc, 3pcs, yuan5, \
             5m, 5G, 40C, 3.4.5km or 12kmx; £84m, €1.2bn, £591.9m and A$84m, not £84 or $ 3bn; \
             Sh30, SR20,000, ₦5,000, R450, N1,030 and N50m, not N95, R2 or N012",
        );
        let want = [
            ("Rs25bn", Label::MONEY),
            ("Rs1.2tr", Label::MONEY),
            ("PKR500m", Label::MONEY),
            ("Rs1.2 trillion", Label::MONEY),
            ("Rs.40", Label::MONEY),
            ("US$2.5bn", Label::MONEY),
            ("23.4pc", Label::PERCENT),
            ("7.5pc", Label::PERCENT),
            ("114mph", Label::QUANTITY),
            ("5,000km", Label::QUANTITY),
            ("300MW", Label::QUANTITY),
            ("40°C", Label::QUANTITY),
            ("256GB", Label::QUANTITY),
            ("25W", Label::QUANTITY),
            ("5,100mAh", Label::QUANTITY),
            ("£84m", Label::MONEY),
            ("€1.2bn", Label::MONEY),
            ("£591.9m", Label::MONEY),
            ("A$84m", Label::MONEY),
            ("Sh30", Label::MONEY),
            ("SR20,000", Label::MONEY),
            ("₦5,000", Label::MONEY),
            ("R450", Label::MONEY),
            ("N1,030", Label::MONEY),
            ("N50m", Label::MONEY),
        ];
        assert_eq!(got, want.map(|(t, l)| (t.to_string(), l)));
        // Pence where the article speaks of pounds; a screen's `1080p` is no price.
        assert_finds(
            &WrittenAmounts,
            "BP shares rose 3.5p to 4,872p on the FTSE 100; a 1080p stream",
            Label::MONEY,
            &["3.5p", "4,872p"],
        );
        assert_finds(
            &WrittenAmounts,
            "see 5p and 12p of the report",
            Label::MONEY,
            &[],
        );
    }

    #[test]
    fn temperatures_and_speeds_written_onto_a_number() {
        assert_finds(
            &WrittenAmounts,
            "Temperatures hit 43C, lows of -5C and 104F (40C), not seat 14F, Section 80C or \
             Room 12C; gusts of 120km/h, 90 km/h, 10 m/s and 12 km/hr.",
            Label::QUANTITY,
            &[
                "43C", "-5C", "104F", "40C", "120km/h", "90 km/h", "10 m/s", "12 km/hr",
            ],
        );
        // Nothing says temperature: a code.
        assert_finds(&WrittenAmounts, "Her form says 40C.", Label::QUANTITY, &[]);
        assert_finds(
            &WrittenAmounts,
            "The goal of limiting global warming to 1.5C.",
            Label::QUANTITY,
            &["1.5C"],
        );
    }

    #[test]
    fn decades_in_one_word() {
        assert_finds(
            &Decades,
            "In the 60's, the '70s and the 1980s, and in her 50s; not 1985s, 65's, 500s or 2000.",
            Label::DATE,
            &["60's", "'70s", "1980s", "50s"],
        );
    }

    #[test]
    fn roads_known_by_a_number() {
        assert_finds(
            &NumberedRoads,
            "Interstate 95, Route 66, State Route 1A, National Highway 44, I-95 and the A1 \
             Motorway 3; not Route, Highway Patrol, Interstate 12345 or I-95x.",
            Label::FAC,
            &[
                "Interstate 95",
                "Route 66",
                "State Route 1A",
                "National Highway 44",
                "I-95",
                "Motorway 3",
            ],
        );
    }

    #[test]
    fn a_company_home_is_a_place() {
        assert_finds(
            &BasedPlaces,
            "The Cupertino, California-based company and the Mountain View, Calif.-based giant; \
             not a Paris-based group, a cloud-based tool or said, Reuters-based",
            Label::GPE,
            &["Cupertino", "California", "Mountain View", "Calif."],
        );
    }

    #[test]
    fn clock_times_keep_their_zone() {
        assert_finds(
            &ClockTimes,
            "down 0.4% by 1000 GMT, at 3:40 p.m. EDT, 3 p.m. ET, 10.30 UTC and noon PT; \
             with 6:48 remaining; not 2500 GMT, 600 GMT, 1000 people or the GMT standard",
            Label::TIME,
            &[
                "1000 GMT",
                "3:40 p.m. EDT",
                "3 p.m. ET",
                "10.30 UTC",
                "noon PT",
                "6:48",
            ],
        );
    }

    #[test]
    fn update_stamps_are_times() {
        assert_finds(
            &ClockTimes,
            "Posted 2h ago, updated 38m ago; 45 mins ago, 1hr ago, 3 hrs ago, 10 seconds ago; \
             10:52 PM GMT+2, 08:00 UTC+05:30 and 9 a.m. UTC+5; not 2d ago, 5m people, 2h, \
             1000 ago, GMT+20 or GMT+2x",
            Label::TIME,
            &[
                "2h ago",
                "38m ago",
                "45 mins ago",
                "1hr ago",
                "3 hrs ago",
                "10 seconds ago",
                "10:52 PM GMT+2",
                "08:00 UTC+05:30",
                "9 a.m. UTC+5",
            ],
        );
    }

    #[test]
    fn clock_times_with_the_half_of_the_day_written_on() {
        assert_finds(
            &ClockTimes,
            "at 10.42am, by 2.15pm, 9am and 11:30PM, 9.15am GMT; not 13pm, 0am, 10.75am, \
             10.4am, 3.5.1pm, am, 12ampere or 5amp",
            Label::TIME,
            &["10.42am", "2.15pm", "9am", "11:30PM", "9.15am GMT"],
        );
    }

    #[test]
    fn dotted_clock_times_with_the_half_of_the_day_apart() {
        assert_finds(
            &ClockTimes,
            "between 5.55 am and 10.30 pm, at 9.15 a.m. IST and 12.05 PM; not 13.30 pm, 0.30 am, \
             10.75 am, 10.5 pm, 1.255 am, 5.55 and a share of 2.50 apiece",
            Label::TIME,
            &["5.55 am", "10.30 pm", "9.15 a.m. IST", "12.05 PM"],
        );
    }

    #[test]
    fn clock_times_after_a_dates_year() {
        assert_finds(
            &ClockTimes,
            "Updated: November 23, 2024 21:14 IST; Jan 13, 2007 13:34:56 and July 3, 2025 \
             07:42:00 PM IST, 10:30 a.m. GMT; Updated: 2025-05-21 17:20; not 2024 25:14, 2024 \
             21:75, 1999 3:0, 2024 12:30:61 or 05-21 17:20",
            Label::TIME,
            &[
                "21:14 IST",
                "13:34:56",
                "07:42:00 PM IST",
                "10:30 a.m. GMT",
                "17:20",
            ],
        );
    }

    #[test]
    fn numeric_dates_are_one_date() {
        assert_finds(
            &NumericDates,
            "date 2025-05-21 | on 21/05/2025, 5/21/25 and 2025/05/21; not 2025-13-01, \
             1/2, 3/4/567, 2025 - 05 - 21 or 12025-05-21",
            Label::DATE,
            &["2025-05-21", "21/05/2025", "5/21/25", "2025/05/21"],
        );
    }

    #[test]
    fn organizations_keep_their_nationality_word() {
        let got = run("The Pakistani Foreign Office said the Communist Party of China (CPC) agreed. CPC officials");
        assert!(
            got.contains(&("Pakistani Foreign Office".into(), Label::ORG)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Communist Party of China".into(), Label::ORG)),
            "{got:?}"
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "CPC" && *l == Label::ORG)
                .count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn places_and_nationalities_by_list() {
        let got = run("BEIJING: Chinese and Pakistani officials in South Asia and India");
        assert!(got.contains(&("BEIJING".into(), Label::GPE)), "{got:?}");
        assert!(got.contains(&("Chinese".into(), Label::NORP)), "{got:?}");
        assert!(got.contains(&("Pakistani".into(), Label::NORP)), "{got:?}");
        assert!(got.contains(&("South Asia".into(), Label::LOC)), "{got:?}");
        assert!(got.contains(&("India".into(), Label::GPE)), "{got:?}");
    }
}
