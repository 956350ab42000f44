//! Which blocks of an article are title, standfirst, metadata, captions, body and boilerplate.
//!
//! Everything here works on general layout signals, not on any one outlet's markup: line length,
//! terminal punctuation, the space around a block, `PLACE:` / `PLACE —` / `PLACE (Agency) -`
//! datelines, `date …` / `Published: …` metadata, `IMAGE:` / `Photo:` / credit lines, runs of
//! short headlines each followed by a relative timestamp (`- 6 hours ago`), and prompts such as
//! "Related:", "Read more", share/subscribe lines and copyright notices.

use crate::analysis::{DateField, Span, Structure};

use super::blocks::{blocks, Block};
use super::dates::{
    date_prefix, find_date, is_relative_time, month_number, time_prefix, DateMatch,
};

/// Facts known from outside the text (e.g. an HTML page's `<h1>`), which win over guesses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// The headline; when the first block reads exactly this, it is the title.
    pub title: Option<String>,
    /// Image captions the markup marked as such (`<figcaption>`); blocks reading exactly one of
    /// these are captions even without a `Photo:` label or credit.
    pub captions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Subtitle,
    Meta,
    Caption,
    Body,
    Boiler,
}

/// A metadata line (or the metadata start of a line): `date 2025-05-21`, `Published: …`, `By …`.
#[derive(Debug, Clone)]
struct Meta {
    /// Byte length of the metadata part within the block.
    len: usize,
    /// An absolute date in it, offsets relative to the block.
    date: Option<DateMatch>,
    /// Where the article text starts within the block when the metadata shares a line with it.
    rest: Option<usize>,
    /// The place the story was filed from, named in the line (`Mumbai | Updated: …`), as a
    /// byte range within the block.
    place: Option<(usize, usize)>,
}

fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// [`word_count`] up to `cap`: `min(word_count(s), cap)`, without reading past the word that
/// reaches it. Most blocks are asked whether they have at most or at least a few words; a
/// paragraph of a hundred words was counted to its end for each such question.
///
/// Read eight bytes at a time where they are ASCII, else a byte at a time: an ASCII byte is
/// white space as `char::is_whitespace` says of it (space, tab, line feed, vertical tab, form
/// feed, carriage return), and only a char outside ASCII is decoded (`split_whitespace`
/// decoded every char).
fn words_up_to(s: &str, cap: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if w & HIGH == 0 {
                // Per byte, the high bit of: a space (`w ^ 0x20` is zero; no sum leaves its
                // byte, as every byte is below 0x80), a control char from tab to carriage
                // return, a byte of a word, and a word's first byte.
                let y = w ^ (0x20 * ONES);
                let space = !(((y & !HIGH) + !HIGH) | y) & HIGH;
                let control = (w + (0x80 - 0x09) * ONES) & !(w + (0x80 - 0x0E) * ONES) & HIGH;
                let word = !(space | control) & HIGH;
                let starts = word & !((word << 8) | if in_word { 0x80 } else { 0 });
                let k = starts.count_ones() as usize;
                // The byte loop would have stopped at the word after the cap's, in this chunk.
                if n + k > cap {
                    return cap;
                }
                n += k;
                in_word = word >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let (space, len) = if b[i] < 0x80 {
            (
                matches!(b[i], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'),
                1,
            )
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            in_word = false;
        } else if !in_word {
            if n == cap {
                return n;
            }
            n += 1;
            in_word = true;
        }
        i += len;
    }
    n
}

fn strip_closing_quotes(s: &str) -> &str {
    s.trim_end_matches(['"', '”', '’', '\'', '»', ')', ' '])
}

/// How common byte `b` is in English text, roughly (letters by their frequency per thousand,
/// the space the most common): [`Needles`] looks for each phrase at its least common byte.
const fn commonness(b: u8) -> u16 {
    match b.to_ascii_lowercase() {
        b' ' => 300,
        b'e' => 127,
        b't' => 91,
        b'a' => 82,
        b'o' => 75,
        b'i' => 70,
        b'n' => 67,
        b's' => 63,
        b'h' => 61,
        b'r' => 60,
        b'd' => 43,
        b'l' => 40,
        b'c' | b'u' => 28,
        b'm' | b'w' => 24,
        b'f' => 22,
        b'g' | b'y' => 20,
        b'p' => 19,
        b'b' | b'.' | b',' => 15,
        b'v' | b'0'..=b'9' => 10,
        b'k' => 8,
        b'j' | b'x' => 2,
        b'q' | b'z' => 1,
        // The lead bytes of a non-breaking space and of curly quotes and dashes.
        0xC2 | 0xE2 => 12,
        0x80..=0xBF => 8,
        0xC0..=0xFF => 6,
        _ => 3,
    }
}

/// A list of phrases with, for each byte, the set of phrases anchored at it (each at its
/// least [`commonness`] byte, with that byte's offset in it): built once at compile time, and
/// a text's bytes are mostly turned down by one lookup, as few of them anchor any phrase.
struct Needles {
    words: &'static [&'static str],
    /// Bit k of `by_anchor[b]`: byte b is the anchor of `words[k]`.
    by_anchor: [u64; 256],
    /// Where the anchor of `words[k]` is within it, in bytes.
    anchor_at: [u8; 64],
    /// Bit `b % 64` of `anchor_next[a]`: a word is anchored at byte a with byte b after it
    /// (all bits when a word ends at a). A text's byte that anchors a word is mostly turned
    /// down by this lookup of the byte after it, before the words are tried; 64 bits a byte
    /// keep the table at 2 KB (a full table of pairs was 8 KB of the wasm module each).
    anchor_next: [u64; 256],
    /// The first (up to) eight bytes of `words[k]`, little-endian, and the mask of those bytes:
    /// most candidates are turned down by one comparison of eight bytes, not a `memcmp` call.
    heads: [(u64, u64); 64],
    /// An empty word is in every text.
    has_empty: bool,
}

impl Needles {
    const fn new(words: &'static [&'static str]) -> Self {
        let mut by_anchor = [0u64; 256];
        let mut anchor_at = [0u8; 64];
        let mut anchor_next = [0u64; 256];
        let mut heads = [(0u64, 0u64); 64];
        let mut has_empty = false;
        let mut k = 0;
        while k < words.len() && k < 64 {
            let b = words[k].as_bytes();
            if b.is_empty() {
                has_empty = true;
            } else {
                let mut at = 0;
                let mut j = 1;
                while j < b.len() && j < 256 {
                    if commonness(b[j]) < commonness(b[at]) {
                        at = j;
                    }
                    j += 1;
                }
                by_anchor[b[at] as usize] |= 1 << k;
                anchor_at[k] = at as u8;
                anchor_next[b[at] as usize] |= if at + 1 == b.len() {
                    u64::MAX
                } else {
                    1 << (b[at + 1] % 64)
                };
            }
            let mut j = 0;
            while j < b.len() && j < 8 {
                heads[k].0 |= (b[j] as u64) << (8 * j);
                heads[k].1 |= 0xFF << (8 * j);
                j += 1;
            }
            k += 1;
        }
        Needles {
            words,
            by_anchor,
            anchor_at,
            anchor_next,
            heads,
            has_empty,
        }
    }

    /// Whether byte `h[i]` may anchor a word, by the byte after it.
    #[inline]
    fn pair_at(&self, h: &[u8], i: usize) -> bool {
        h.get(i + 1)
            .is_none_or(|&next| self.anchor_next[h[i] as usize] & (1 << (next % 64)) != 0)
    }

    /// Whether `words[k]` starts `h[i..]`.
    #[inline]
    fn starts_at(&self, k: usize, h: &[u8], i: usize) -> bool {
        let w = self.words[k].as_bytes();
        match h.get(i..i + 8) {
            Some(eight) => {
                let mut b = [0u8; 8];
                b.copy_from_slice(eight);
                let (head, mask) = self.heads[k];
                u64::from_le_bytes(b) & mask == head && (w.len() <= 8 || h[i..].starts_with(w))
            }
            None => h[i..].starts_with(w),
        }
    }
}

/// Whether `hay` contains any of `needles`, as `needles.words.iter().any(|n| hay.contains(n))`
/// but in one pass over `hay` that tries only the needles anchored at the byte at hand.
fn contains_any(hay: &str, needles: &Needles) -> bool {
    if needles.words.len() > 64 {
        return needles.words.iter().any(|n| hay.contains(n));
    }
    if needles.has_empty {
        return true;
    }
    let h = hay.as_bytes();
    (0..h.len()).any(|i| {
        let mut candidates = needles.by_anchor[h[i] as usize];
        if candidates == 0 || !needles.pair_at(h, i) {
            return false;
        }
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let at = needles.anchor_at[k] as usize;
            if i >= at && needles.starts_at(k, h, i - at) {
                return true;
            }
        }
        false
    })
}

/// Which of `needles` `hay` contains, as bit k for `needles.words[k]` (up to 64 words): one
/// pass over `hay` for all of them.
fn matches_of(hay: &str, needles: &Needles) -> u64 {
    let h = hay.as_bytes();
    let mut found = 0;
    for i in 0..h.len() {
        let mut candidates = needles.by_anchor[h[i] as usize] & !found;
        if candidates == 0 || !needles.pair_at(h, i) {
            continue;
        }
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let at = needles.anchor_at[k] as usize;
            if i >= at && needles.starts_at(k, h, i - at) {
                found |= 1 << k;
            }
        }
    }
    if needles.has_empty {
        for (k, w) in needles.words.iter().enumerate().take(64) {
            if w.is_empty() {
                found |= 1 << k;
            }
        }
    }
    found
}

/// Where `needle` first occurs in `hay`, as `hay.find(needle)`: the checks here search short
/// lines for a short phrase, where building the standard library's two-way searcher cost
/// more than the search (it was a tenth of [`find`]'s time).
fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (Some(&first), Some(&end)) = (n.first(), n.last()) else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    // The first and the last byte before the rest: a phrase that starts with a space has a
    // candidate at every word.
    (0..=last).find(|&i| h[i] == first && h[i + n.len() - 1] == end && h[i..i + n.len()] == *n)
}

/// A list of up to 128 prefixes with, for each byte, the set of those starting with it: a
/// block is compared with the few prefixes that start with its first byte, not with all.
struct Prefixes {
    words: &'static [&'static str],
    /// Bit k of `by_first[b]`: `words[k]` starts with byte b.
    by_first: [u128; 256],
}

impl Prefixes {
    const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() <= 128, "a Prefixes table holds 128 words");
        let mut by_first = [0u128; 256];
        let mut k = 0;
        while k < words.len() {
            let b = words[k].as_bytes();
            assert!(!b.is_empty(), "an empty prefix starts every text");
            by_first[b[0] as usize] |= 1 << k;
            k += 1;
        }
        Prefixes { words, by_first }
    }

    /// Whether one of the words starts `lower` as a whole word, as
    /// `words.iter().any(|p| starts_word(lower, p))`.
    fn any_starts_word(&self, lower: &str) -> bool {
        let Some(&b) = lower.as_bytes().first() else {
            return false;
        };
        let mut candidates = self.by_first[b as usize];
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if starts_word(lower, self.words[k]) {
                return true;
            }
        }
        false
    }
}

/// A short line without a sentence-final period, like a headline.
fn headline_like(s: &str) -> bool {
    // Asked of every block: a paragraph's chars and words are not counted to its end.
    if s.len() > 4 * 200 {
        return false;
    }
    let n = s.chars().count();
    if !(4..=200).contains(&n) || (s.split_whitespace().nth(1).is_none() && !s.chars().any(is_cjk))
    {
        return false;
    }
    let last = strip_closing_quotes(s).chars().next_back();
    !matches!(last, Some('.' | ',' | ';' | ':' | '。' | '，'))
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Text with a word of three letters or more in lower case (or in a script without case): a
/// standfirst is prose, even a short point (`- Revenue rose 12%`), while a line of names,
/// numbers and abbreviations (`Pantheon. 336 pp. $29`, a book's publisher, length and price
/// under a review's headline) is not, however it is set apart.
fn prose_like(s: &str) -> bool {
    s.chars().any(is_cjk)
        || s.split_whitespace().any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.starts_with(|c: char| c.is_alphabetic() && !c.is_uppercase())
        })
}

/// A paragraph of running text: long enough, and ending like a sentence.
fn body_like(s: &str) -> bool {
    let last = s.trim_end().chars().next_back();
    words_up_to(s, 15) >= 15
        && matches!(
            last,
            Some('.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '…' | '。')
        )
}

/// `s` starts with the ASCII `key`, ignoring case, as a whole word.
fn starts_key(s: &str, key: &str) -> bool {
    s.get(..key.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(key))
        && !s[key.len()..].starts_with(char::is_alphanumeric)
}

/// `prefix` starts `lower` as a whole word (or ends in punctuation itself).
fn starts_word(lower: &str, prefix: &str) -> bool {
    // Asked for each of ~100 prefixes per short block: compare the first bytes before the rest.
    (prefix.is_empty() || lower.as_bytes().first() == prefix.as_bytes().first())
        && lower.starts_with(prefix)
        && (prefix.ends_with(|c: char| !c.is_alphanumeric())
            || !lower[prefix.len()..].starts_with(char::is_alphanumeric))
}

const PROMPT_STARTS: &[&str] = &[
    "related:",
    "related stories",
    "related articles",
    "related news",
    "related content",
    "related coverage",
    "related topics",
    "related topic:",
    "read more",
    "read also",
    "also read",
    "see also",
    "more from",
    "more on this",
    "more stories",
    "more news",
    "more:",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "recommended",
    "you may also like",
    "you might also like",
    "editor's picks",
    "editor’s picks",
    "read next",
    "up next",
    "don't miss",
    "don’t miss",
    "share this",
    "share on",
    "share via",
    "click here",
    "subscribe",
    "sign up",
    "follow us",
    "follow our",
    "join our",
    "download our",
    "download the app",
    "get the app",
    "advertisement",
    "sponsored",
    "copyright",
    "©",
    "(c) ",
    "tags:",
    "topics:",
    "filed under",
    "leave a comment",
    "skip to",
    "back to top",
    "next article",
    "previous article",
    "listen to this article",
    "continue reading",
    "have a news tip",
    "get the latest",
    "explore more",
    "reuse this content",
    "our standards",
    "reporting by",
    "additional reporting",
    "(additional reporting",
    "editing by",
    "writing by",
    "compiled by",
    "(reporting by",
    "(editing by",
    "(writing by",
    "story continues",
    "article continues",
    "scroll to continue",
    "loading",
    "(with inputs from",
    "with inputs from",
    "--with assistance from",
    "—with assistance from",
    "– with assistance from",
    "-- with assistance from",
    "— with assistance from",
    "- with assistance from",
    "this article was amended",
    "this article has been amended",
    "this article was corrected",
    "this article has been corrected",
    "this story has been corrected",
    "see more on:",
    "more to read",
    // Axios's link to more on the topic: `Go deeper: The custom chip arms race`.
    "go deeper:",
    "dig deeper:",
    // The tools a paywalled story offers under its byline: `Gift this article`, `Have a
    // confidential tip for our reporters? Get in touch`.
    "gift this article",
    "gift article",
    "have a confidential tip",
    // An AMP page's link to the full page.
    "view non-amp",
    // An aggregator's link to a video beside the story (MSN's `Related video: … (Dailymotion)`).
    "related video",
    // Yahoo Finance's `In this article:` over the tickers the story names.
    "in this article:",
    // The Trust Project's link (`Why you can trust SCMP`, `Why you can trust Sky News`).
    "why you can trust",
    // The Independent's appeal over its story, and a newsletter's pitch under one.
    "support truly",
    "support independent journalism",
    "get our free",
    // A Canadian broadcaster's credit to the wire under its story (CBC, CTV, Global News).
    "with files from",
    // The Mint's and The Economic Times' line under every story: `(Catch all the Business
    // News, Breaking News Events and Latest News Updates on The Economic Times.)`
    "(catch all the",
    "catch all the",
    // Haaretz's topic buttons under its story: `Click the alert icon to follow topics:`.
    "click the alert icon",
    // A terminal's or an app's pitch in a story's head or foot.
    "before it's here, it's on the bloomberg terminal",
    "before it’s here, it’s on the bloomberg terminal",
];

const PROMPT_CONTAINS: &[&str] = &[
    "all rights reserved",
    "©",
    "sign up for our",
    "subscribe to our",
    "follow us on",
    "click here to",
    "for the latest news",
    "contributed to this report",
    // `Information from Reuters was used in this report.` (ESPN, Fox).
    "was used in this report",
    "contributed reporting",
    "a version of this article appears in print",
    "you can comment on this article",
    "add your voice to the conversation",
    // `The audio version of this article is generated by text-to-speech, …` (CBC), under
    // `Listen to this article`.
    "audio version of this article",
    // A live page's call for readers' stories: `Are you affected? Share your experiences by
    // emailing …`, `Please include a contact number if you are willing to speak to a … journalist.`
    "share your experiences",
    "share your story with us",
    "willing to speak to a",
];

const PROMPT_EXACT: &[&str] = &[
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "telegram",
    "pinterest",
    "email",
    "e-mail",
    "print",
    "copy link",
    "comments",
    "view comments",
    "shares",
    "menu",
    "home",
    "advertisement",
    "ad",
    "save",
    "listen",
    "related",
    "more",
    "share this article",
    // NPR's buttons by a picture.
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "share article",
    "share full article",
    "breaking",
    "breaking news",
    "live",
    "live updates",
    "exclusive",
    "opinion",
    "analysis",
    "explainer",
    "watch",
    "video",
    "photos",
    "gallery",
    "news",
    "world",
    "sport",
    "sports",
    "business",
    // A live blog's list of links to its own main posts.
    "key events",
    "learn more",
    "about sharing",
    "live reporting",
    // A live page's call for readers' stories, as a heading over it.
    "get involved",
    "have your say",
    // The foot of a portal's page: CGTN's `Search Trends`, Yahoo's legal links.
    "search trends",
    "terms and privacy policy",
    "privacy dashboard",
];

/// The glyphs a page's close button shows (`×` on an AMP page's menu, share box and ads), on a
/// line of their own: no text of the story is one sign.
const CLOSE_GLYPHS: &[&str] = &["×", "✕", "✖", "✗", "✘", "⨯", "╳"];

/// Headings of a list of the story's main points under its headline (BBC's `Summary` over
/// its points, the Nation's, ABC's `Key points`), compared lower-cased.
const SUMMARY_HEADINGS: &[&str] = &[
    "summary",
    "key points",
    "key takeaways",
    "in brief",
    "at a glance",
    "highlights",
    "in short",
];

/// Headings that say outright that a story's points follow (WION's `Story highlights`, often
/// over a single point): one point under them is enough, where a bare `Summary` over one line
/// may be a section of the story itself.
const SUMMARY_HEADINGS_OUTRIGHT: &[&str] = &["story highlights", "key highlights", "story summary"];

/// The most points [`summary_points`] reads under a heading.
const SUMMARY_MAX_POINTS: usize = 8;

/// The points under a [`SUMMARY_HEADINGS`] heading at block `h` of `blocks` (`texts` are their
/// texts), as the range of blocks they take: lines right under the heading, each a point of
/// prose up to 40 words long (with or without a stop), two or more of them (one under a
/// [`SUMMARY_HEADINGS_OUTRIGHT`] heading), and set apart from what follows by a blank line, as
/// such a list is. `None` when block `h` is no such heading.
fn summary_points(blocks: &[Block], texts: &[&str], h: usize) -> Option<std::ops::Range<usize>> {
    let heading = texts[h].trim().trim_end_matches(':');
    if heading.len() > 16 {
        return None;
    }
    let heading = heading.to_lowercase();
    let fewest = if SUMMARY_HEADINGS.contains(&heading.as_str()) {
        2
    } else if SUMMARY_HEADINGS_OUTRIGHT.contains(&heading.as_str()) {
        1
    } else {
        return None;
    };
    let point = |j: usize| {
        let s = texts[j];
        blocks[j].gap_before == 0
            && (3..=40).contains(&words_up_to(s, 41))
            && prose_like(s)
            && dateline(s).is_none()
            && meta(s).is_none()
            && !is_prompt(s)
    };
    let end = (h + 1..texts.len().min(h + 1 + SUMMARY_MAX_POINTS))
        .find(|&j| !point(j))
        .unwrap_or(texts.len().min(h + 1 + SUMMARY_MAX_POINTS));
    let apart = blocks.get(end).is_none_or(|b| b.gap_before > 0);
    (end >= h + 1 + fewest && apart).then_some(h + 1..end)
}

/// Section headers that introduce a list of other stories.
const SECTION_STARTS: &[&str] = &[
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "more from",
    "more on this",
    "more stories",
    "more news",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "recommended",
    "you may also like",
    "you might also like",
    "editor's picks",
    "editor’s picks",
    "read next",
    "up next",
    "don't miss",
    "don’t miss",
    "latest news",
    "latest stories",
    "top stories",
    "explore more",
    "more on these topics",
    "related topics",
    "topics",
    "tags",
    "more to read",
    "key events",
];

/// Social networks a `Follow us on …` prompt names.
static SOCIAL: Needles = Needles::new(&[
    "facebook",
    "instagram",
    "twitter",
    "linkedin",
    " x,",
    " x ",
    "whatsapp",
    "youtube",
    "telegram",
    "tiktok",
]);
static PROMPT_STARTS_SET: Prefixes = Prefixes::new(PROMPT_STARTS);

/// A block's length in chars and, if it is short enough to be a caption or a prompt, its text
/// lower-cased: [`is_prompt`] and [`is_caption`] both read them, so each block is decoded and
/// lower-cased once instead of once for each.
struct Lowered {
    chars: usize,
    /// Empty for a block longer than [`CAPTION_MAX_CHARS`].
    lower: String,
    /// Which of [`BLOCK_PHRASES`] `lower` holds (none are looked for in a block longer than
    /// [`CREDITS_MAX_CHARS`]).
    phrases: u64,
}

/// The most chars [`is_caption`] reads ([`is_prompt`] reads fewer).
const CAPTION_MAX_CHARS: usize = 400;

/// The most chars a block searched for [`CREDITS`] has ([`is_prompt`] reads fewer).
const CREDITS_MAX_CHARS: usize = 300;

impl Lowered {
    fn new(s: &str) -> Self {
        let mut l = Lowered {
            chars: 0,
            lower: String::new(),
            phrases: 0,
        };
        l.set(s);
        l
    }

    /// Makes `self` the [`Lowered`] text of `s`, in the buffer it has: [`find`] reads every
    /// block through one, not one allocation per block.
    fn set(&mut self, s: &str) {
        self.lower.clear();
        // Most short blocks are ASCII: one word-at-a-time check stands for the char count, the
        // search for `Σ` and the scan for the first non-ASCII byte the general case makes.
        if s.len() <= CAPTION_MAX_CHARS && s.is_ascii() {
            self.chars = s.len();
            self.lower.push_str(s);
            self.lower.make_ascii_lowercase();
        } else {
            self.chars = s.chars().count();
            if self.chars <= CAPTION_MAX_CHARS {
                lower_into(s, &mut self.lower);
            }
        }
        self.phrases = if self.chars <= CREDITS_MAX_CHARS {
            matches_of(&self.lower, &BLOCK_PHRASES)
        } else {
            0
        };
    }
}

/// Appends `s` lower-cased to `out`, as `out.push_str(&s.to_lowercase())` does: runs of ASCII
/// are copied and lower-cased at once, other chars one by one (a final `Σ` lower-cases by
/// what follows it, so a text with one is left to [`str::to_lowercase`]).
fn lower_into(s: &str, out: &mut String) {
    // `Σ` is CE A3, and a CE byte starts no other char with an A3 after it: a byte search, where
    // the search for a char of two bytes sets up a substring searcher (in wasm) for each block.
    let b = s.as_bytes();
    let mut from = 0;
    let mut sigma = false;
    while let Some(k) = crate::tokenize::find_byte(b, from, 0xCE) {
        if b.get(k + 1) == Some(&0xA3) {
            sigma = true;
            break;
        }
        from = k + 1;
    }
    if sigma {
        out.push_str(&s.to_lowercase());
        return;
    }
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// Share/subscribe/copyright/"Related:" prompts.
fn is_prompt(s: &str) -> bool {
    is_prompt_lowered(s, &Lowered::new(s))
}

/// [`is_prompt`] where `l` is `s` [`Lowered`] already.
fn is_prompt_lowered(s: &str, l: &Lowered) -> bool {
    if l.chars > 200 {
        return false;
    }
    let lower = l.lower.as_str();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    PROMPT_EXACT.contains(&bare)
        || (bare.is_empty() && CLOSE_GLYPHS.contains(&lower.trim()))
        // X, formerly Twitter, in a list of networks to share the story on (a lower-case `x`
        // is a close button's letter, and no more a prompt than any other letter).
        || s.trim() == "X"
        || is_breadcrumb(s)
        || (starts_word(lower, "follow") && contains_any(lower, &SOCIAL))
        || (PROMPT_STARTS_SET.any_starts_word(lower)
            // `Sponsored by the ministry, the programme …` is a sentence of the story.
            && !(body_like(s) && words_up_to(s, 20) >= 20))
        || l.phrases & PROMPT_BITS != 0
        || (l.phrases & CONTRIBUTED_BIT != 0 && credit_line(lower))
        || wire_credit(lower)
        || (l.phrases & BAR_BIT != 0 && labelled_link(s))
        || email_only(s)
        || sign_off(s)
        || player_time(s)
        || is_rule_line(s)
        || (l.phrases & COOKIE_BIT != 0 && cookie_notice(lower))
        || rating_line(lower)
}

/// A review's score on a line of its own: `Verge Score 8/10`, `8 Verge Score`, `Rating: 4/5`,
/// `Score: 7.5`. A word for a score and a mark out of 5, 10 or 100 (or, in three words, a
/// bare mark up to 10), in a few words.
fn rating_line(lower: &str) -> bool {
    if lower.len() > 40 || !(2..=5).contains(&words_up_to(lower, 6)) {
        return false;
    }
    // A bare mark (`8 Verge Score`) only in a line of three words: `the score was 3` is not one.
    let bare_ok = words_up_to(lower, 4) <= 3;
    let mark = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')'));
        let (num, of) = match w.split_once('/') {
            Some(x) => x,
            None if bare_ok => (w, "10"),
            None => return false,
        };
        !num.is_empty()
            && num.len() <= 4
            && num.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && num.starts_with(|c: char| c.is_ascii_digit())
            && num.parse::<f32>().is_ok_and(|x| x <= 10.0 || of == "100")
            && matches!(of, "5" | "10" | "100")
    };
    let words = || lower.split_whitespace();
    words().any(|w| matches!(w.trim_end_matches(':'), "score" | "rating" | "rated"))
        && words().any(mark)
}

/// A site's cookie banner, pasted with the page: `We use cookies to ensure you get the best
/// experience …`, `By continuing to browse, you agree to our use of cookies`, `Accept
/// cookies`, `Cookie Settings`. The site speaks (`we`, `this site`) or the line is a button;
/// a story's sentence about cookies is neither.
fn cookie_notice(lower: &str) -> bool {
    find_str(lower, "cookie").is_some()
        && (words_up_to(lower, 5) <= 4
            || [
                "we ",
                "this site",
                "this website",
                "our site",
                "our website",
                "by continuing",
                "by using",
            ]
            .iter()
            .any(|p| lower.starts_with(p)))
}

/// Jobs a wire's closing credit names before `by` (`Reporting by …`, `Additional reporting
/// by …`, `Editing by …`).
const CREDIT_ROLES: &[&str] = &[
    "reporting",
    "additional",
    "writing",
    "editing",
    "compiled",
    "graphics",
    "research",
    "production",
    "produced",
    "translation",
    "translated",
    "fact-checking",
    "video",
    "photos",
    "photography",
];

/// `(Reporting by Ali Kucukgocmen; Additional reporting by Ece Toksabay in Ankara; Editing by
/// Daren Butler)`: the wire's credit at a story's end, however many jobs it lists. The list can
/// run past 20 words, where a prompt start alone no longer counts, so each `;` part is checked
/// to be `<job> by <names>` instead.
fn wire_credit(lower: &str) -> bool {
    let line = lower.trim();
    let bracketed = line.strip_prefix('(').and_then(|x| x.strip_suffix(')'));
    let inner = bracketed.unwrap_or(line);
    // One bare `Research by the institute shows …` may be a sentence; brackets or a list of
    // jobs are the credit's own marks.
    (bracketed.is_some() || inner.contains(';'))
        && words_up_to(inner, 61) <= 60
        && inner.split(';').all(|part| {
            let words: Vec<&str> = part.split_whitespace().take(5).collect();
            words
                .first()
                .is_some_and(|w| CREDIT_ROLES.contains(&w.trim_matches(',')))
                && words[1..].contains(&"by")
        })
}

/// Labels a site prints before a link to another story, in capitals and with a bar:
/// `READ | Ramaphosa signs Expropriation Act`, `WATCH | …`.
const LINK_LABELS: &[&str] = &[
    "read",
    "also read",
    "read more",
    "watch",
    "listen",
    "related",
    "see",
    "more",
];

/// `READ | headline`: a link to another story under a capitals label (the label alone is a
/// word a sentence may start with, so the capitals and the bar are what tell).
fn labelled_link(s: &str) -> bool {
    find_str(s, " | ").is_some_and(|bar| {
        let (label, rest) = (&s[..bar], &s[bar + 3..]);
        let label = label.trim();
        !rest.trim().is_empty()
            && words_up_to(s, 26) <= 25
            && label.chars().any(char::is_alphabetic)
            && !label.chars().any(char::is_lowercase)
            && LINK_LABELS.contains(&label.to_lowercase().as_str())
    })
}

/// `jwpark@koreatimes.co.kr`: a writer's e-mail signature on a line of its own.
fn email_only(s: &str) -> bool {
    // Every part holds an `@`: a line without one is not split.
    if !s.as_bytes().contains(&b'@') {
        return false;
    }
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    (1..=3).contains(&parts.len())
        && parts.iter().all(|w| {
            w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
                    && host
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
            })
        })
}

/// `==Kyodo`, `-- Reuters`, `(END)`, `###`: the mark an agency or a press release closes its
/// copy with.
fn sign_off(s: &str) -> bool {
    let t = s.trim();
    if t.eq_ignore_ascii_case("(end)") || t == "###" || t == "# # #" || t == "-30-" {
        return true;
    }
    let name = t.trim_start_matches(['=', '-', '—', '–']);
    let marks = t[..t.len() - name.len()].chars().count();
    let name = name.trim();
    marks >= 2
        && (1..=2).contains(&words_up_to(name, 3))
        && name.starts_with(char::is_uppercase)
        && name.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// `0:00 / 2:41`: an audio or video player's position and length, pasted with the page
/// (News24's `Listen to this article`). Two clock readings and the slash, nothing else.
fn player_time(s: &str) -> bool {
    // Asked of every short block: the longest reading, `10:00:00 / 10:00:00`, is 19 bytes.
    if s.len() > 24 || !s.as_bytes().contains(&b':') {
        return false;
    }
    let Some((at, of)) = s.trim().split_once(" / ") else {
        return false;
    };
    let clock = |t: &str| {
        let parts: Vec<&str> = t.split(':').collect();
        (2..=3).contains(&parts.len())
            && (1..=2).contains(&parts[0].len())
            && parts[1..].iter().all(|p| p.len() == 2)
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    };
    clock(at) && clock(of)
}

/// `___`, `***`, `---`: a rule the wire draws between a story and its credits or links.
fn is_rule_line(s: &str) -> bool {
    let t = s.trim();
    t.len() >= 3 && t.bytes().all(|b| matches!(b, b'_' | b'*' | b'-' | b'='))
}

/// Words that name who wrote or reported a story.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
    "editor",
    "columnist",
];

/// `Associated Press writer Maria Cheng contributed from London.`: the wire's credit at a
/// story's end, not a sentence of it.
fn credit_line(lower: &str) -> bool {
    // The writers are named before the verb, and little follows it (`from London.`, `to this
    // report.`). The verb is looked for before the words are counted: nearly every block
    // lacks it.
    find_str(lower, " contributed")
        .map(|i| (&lower[..i], &lower[i + " contributed".len()..]))
        .is_some_and(|(who, after)| {
            words_up_to(after, 5) <= 4
                && who
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| ROLE_WORDS.contains(&w))
        })
        && words_up_to(lower, 26) <= 25
}

/// `Home > World > Asia`, `News | Pakistan | Business`: a menu or breadcrumb trail.
fn is_breadcrumb(s: &str) -> bool {
    // Three parts need two separators: most lines have none, and are turned down by a byte
    // scan before any part is split off and counted.
    if !two_separators(s.as_bytes()) {
        return false;
    }
    // A line of text fails at its first part, read before the rest is split (and nothing is
    // collected).
    let mut parts = 0;
    for p in s.split(['>', '›', '»', '|', '•', '·']).map(str::trim) {
        // A part with a colon is a label and its value (`Nov. 24: Vulcan | USSF-87 | …`, a row
        // of a table of launches), not a section's name.
        if p.is_empty()
            || (p.ends_with('.') && !abbreviation_end(p))
            || words_up_to(p, 4) > 3
            || p.contains(':')
        {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

/// Whether `b` holds two or more of [`is_breadcrumb`]'s separators (`>`, `›`, `»`, `|`, `•`,
/// `·`), read from the bytes without decoding the chars.
fn two_separators(b: &[u8]) -> bool {
    // Each separator has one of these bytes (its last): a line with fewer than two of them
    // (most lines, counted in one pass the compiler vectorizes; curly quotes and dashes have
    // none) is not read char by char.
    let marks: u32 = b
        .iter()
        .map(|&c| u32::from(matches!(c, b'>' | b'|' | 0xBB | 0xB7 | 0xBA | 0xA2)))
        .sum();
    if marks < 2 {
        return false;
    }
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        let sep = match c {
            b'>' | b'|' => true,
            // `»` (C2 BB) and `·` (C2 B7).
            0xC2 => matches!(b.get(i + 1), Some(0xBB | 0xB7)),
            // `›` (E2 80 BA) and `•` (E2 80 A2).
            0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xBA | 0xA2)),
            _ => false,
        };
        n += usize::from(sep);
        if n == 2 {
            return true;
        }
    }
    false
}

/// A site's menu on one line with its entries set apart by two or more spaces, as a page's
/// menu bar pastes (`World  Business  Markets  Sustainability`, `CHARTS  MUSIC  VIDEO`): three
/// or more entries of one to three words, each starting with a capital and holding no digit
/// (a table's row, `CBOT wheat   561.50   -2.25`, has numbers).
fn spaced_menu(s: &str) -> bool {
    if s.len() > 200 || !s.as_bytes().windows(2).any(|w| w == b"  ") {
        return false;
    }
    let mut parts = 0;
    for p in s.split("  ").map(str::trim).filter(|p| !p.is_empty()) {
        let ok = (1..=3).contains(&words_up_to(p, 4))
            && p.starts_with(char::is_uppercase)
            && !p.bytes().any(|b| b.is_ascii_digit())
            && !matches!(
                p.chars().next_back(),
                Some('.' | ',' | ';' | ':' | '!' | '?')
            );
        if !ok {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

/// `Sci-Tech » Health`, `National / Science`, `POLITICS`, `Commodities`: the section a page
/// files its story under, set right over the headline. One to three parts of one to three
/// words each, with a trail's mark between them; a part opens with a capital, and some sites
/// write the rest in small letters (`Climate tech`, `Vuelta a España`).
fn section_kicker(s: &str) -> bool {
    if s.len() > 60 || words_up_to(s, 6) > 5 {
        return false;
    }
    let parts: Vec<&str> = s
        .split(['>', '›', '»', '|', '/', '•', '·'])
        .map(str::trim)
        .collect();
    (1..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            (1..=3).contains(&words_up_to(p, 4))
                && p.starts_with(char::is_uppercase)
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_alphabetic) || w == "&")
                && !p.bytes().any(|b| b.is_ascii_digit())
                && !matches!(
                    p.chars().next_back(),
                    Some('.' | ',' | ';' | ':' | '!' | '?')
                )
        })
}

/// Whether block `i` of the head, read before any headline, is part of the page's header: a
/// one-line menu ([`spaced_menu`]); the site's name right over a menu line (`Reuters` /
/// `World  Business  Markets`, `CBC` / `News · Sports · Radio`, `AP NEWS` / `U.S. News | World
/// News | Politics`); or the section's name ([`section_kicker`]) under such a header and right
/// over the headline. A pasted page sets them above its headline; read as the story, the name
/// was taken for the title, or for the body's first paragraph, and the headline, byline and date
/// under it were lost with it.
fn head_menu(texts: &[&str], i: usize) -> bool {
    let s = texts[i];
    if spaced_menu(s) {
        return true;
    }
    let menu = |k: usize| {
        texts
            .get(k)
            .is_some_and(|t| spaced_menu(t) || is_breadcrumb(t))
    };
    // A number is a word of some sites' names (`France 24`, `Channel 4`).
    let name = words_up_to(s, 5) <= 4
        && s.chars().count() <= 40
        && s.starts_with(char::is_uppercase)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w.bytes().all(|b| b.is_ascii_digit()));
    if name && !s.contains(',') && menu(i + 1) {
        return true;
    }
    // The section's name: right under the menu, right over a headline of five words or more.
    i >= 1
        && menu(i - 1)
        && section_kicker(s)
        && texts.get(i + 1).is_some_and(|t| headline_under_label(t))
}

/// A headline of five words or more in sentence case, with no dateline: what a section's name
/// set over it ([`head_menu`], [`section_trail`]) stands above.
fn headline_under_label(t: &str) -> bool {
    headline_like(t)
        && words_up_to(t, 5) >= 5
        && t.split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase))
        && dateline(t).is_none()
}

/// The most lines of a section trail set one name a line ([`section_trail`]).
const SECTION_TRAIL_LINES: usize = 3;

/// Whether block `i` starts a section trail set one name a line over the headline (`National`
/// / `Politics` / `Seoul, Tokyo agree to …`): up to [`SECTION_TRAIL_LINES`] lines of one or
/// two title-case words each with no stop, no blank line among them, and right under them a
/// headline of five words or more. A headline's own first words are not set on a line alone.
/// Returns the headline's block.
fn section_trail(texts: &[&str], bs: &[Block], i: usize) -> Option<usize> {
    let label = |t: &str| {
        words_up_to(t, 3) <= 2 && !t.contains([',', '/', '|', '>', '›', '»']) && section_kicker(t)
    };
    let end = (i..texts.len().min(i + SECTION_TRAIL_LINES + 1))
        .find(|&k| !label(texts[k]))
        .unwrap_or(texts.len());
    let trail = end > i
        && end < texts.len()
        && (i + 1..=end).all(|k| bs[k].gap_before == 0)
        && headline_under_label(texts[end]);
    trail.then_some(end)
}

/// The lines of the page's boilerplate that are a menu (`News | Housing | Events`, `Help · Terms
/// of Service · Privacy Policy`, `World  Business  Markets`) or the section's name set right
/// under one (`Housing & Development`). Their words are links, not the story's names: the model
/// read them as entities all the same (`[Privacy Policy]LAW`, `[Autos]ORG`, `[Mexico Daily]ORG
/// Post`), and a reader saw the site's menu among the article's people and places.
pub fn menu_lines(text: &str, boilerplate: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for block in boilerplate {
        let Some(s) = text.get(block.start..block.end) else {
            continue;
        };
        let mut after_menu = false;
        let mut at = block.start;
        for line in crate::tokenize::lines_inclusive(s) {
            let start = at;
            at += line.len();
            let line = line.strip_suffix('\n').unwrap_or(line);
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let menu = is_breadcrumb(trimmed) || spaced_menu(trimmed);
            if menu || (after_menu && section_kicker(trimmed)) {
                out.push(Span::new(start, start + line.len()));
            }
            after_menu = menu;
        }
    }
    out
}

/// Units a reading-time line counts in.
const READING_UNITS: &[&str] = &["min", "mins", "min.", "minute", "minutes"];

/// `5 min read`, `3 minutes read` (Politico), `4-minute read`, `Reading time: 3 minutes`: how
/// long the story takes to read, as sites print it by the byline. It is metadata; read as the
/// body's first paragraph, it hid the `BRUSSELS —` dateline under it.
fn reading_time(lower: &str) -> bool {
    let l = lower.trim().trim_end_matches('.');
    if l.len() > 40 {
        return false;
    }
    // `Estimated 4 minutes` (CBC, under `Listen to this article`).
    let labelled = [
        "estimated reading time",
        "estimated read time",
        "reading time",
        "read time",
        "time to read",
        "estimated",
    ]
    .iter()
    .find_map(|k| l.strip_prefix(k))
    .map(|r| r.trim_start_matches([':', ' ']));
    let (count, read) = match labelled {
        Some(r) => (r, true),
        // France 24's `3 min Reading time`.
        None => match l
            .strip_suffix(" read")
            .or_else(|| l.strip_suffix(" reading time"))
            .or_else(|| l.strip_suffix(" read time"))
        {
            Some(r) => (r, true),
            None => (l, false),
        },
    };
    let digits = count.bytes().take_while(u8::is_ascii_digit).count();
    let unit = count[digits..].trim_start_matches([' ', '-']);
    read && (1..=3).contains(&digits) && READING_UNITS.contains(&unit)
}

/// `3h`, `45m`, `2d` alone on a line: the compact age an aggregator's card shows beside the
/// story's source (MSN's `Story by Reuters` / `•` / `3h`), or the dot between the two.
fn card_age(s: &str) -> bool {
    let t = s.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    matches!(t, "•" | "·")
        || ((1..=2).contains(&digits)
            && matches!(
                t[digits..].trim_start(),
                "h" | "m" | "d" | "w" | "hr" | "hrs" | "min" | "mins"
            ))
}

/// Where a reading time closes a metadata line, in bytes: `October 2, 2026 9:15 AM 2 min read`
/// (the Kyiv Independent). Its paragraph ends before it, or the model reads `9:15 AM 2 min` as
/// one TIME.
fn reading_time_tail(s: &str) -> Option<usize> {
    if s.len() > 120 {
        return None;
    }
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    lower
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .find(|&k| reading_time(&lower[k..]))
}

/// A short header such as "Related stories" or "More from Dawn:" that opens a list of links.
fn is_section_header(s: &str) -> bool {
    // The words are counted (to the seventh) before the line is lower-cased.
    if s.split_whitespace().nth(6).is_some() {
        return false;
    }
    let lower = s.to_lowercase();
    let l = lower.trim_end();
    (!l.ends_with('.') || l.ends_with("..."))
        && SECTION_STARTS.iter().any(|p| starts_word(&lower, p))
}

const CAPTION_LABELS: &[&str] = &[
    "image:",
    "images:",
    "pictured:",
    "photo:",
    "photos:",
    "photograph:",
    "picture:",
    "pic:",
    "caption:",
    "file photo",
    "file image",
    "photo credit",
    "image credit",
    "image source",
    "photo courtesy",
    "(photo",
    "[photo",
    "(image",
    "[image",
    "▲",
    "image caption",
    "media caption",
    "image source",
];

const CREDITS: &[&str] = &[
    "photo by ",
    "photos by ",
    "photo credit",
    "image credit",
    "getty images",
    "/getty",
    "/reuters",
    "/afp",
    "/ap photo",
    "reuters/",
    "(ap photo",
    "ap photo/",
    "/pool",
    "/epa",
    "epa-efe",
    "shutterstock",
    "file photo",
    // The New York Times' page copied as text: `President Trump speaking in Riyadh on
    // Tuesday.Credit...Doug Mills/The New York Times`, the credit run on after the caption.
    ".credit...",
    ".credit…",
];

/// Phrases that are not prompts or credits themselves but must be in a block for a check to
/// hold: `cookie` for [`cookie_notice`], ` contributed` for [`credit_line`] and the bar of a
/// [`labelled_link`] (neither a space nor a bar changes when a line is lower-cased).
const CHECK_PHRASES: &[&str] = &["cookie", " contributed", " | "];

/// Every phrase a short block is searched for, in one list: [`CREDITS`], then
/// [`PROMPT_CONTAINS`], then [`CHECK_PHRASES`]. [`Lowered`] searches a block once for all of
/// them, where each check searched it again.
static BLOCK_PHRASES_LIST: [&str; BLOCK_PHRASES_LEN] =
    concat_words([CREDITS, PROMPT_CONTAINS, CHECK_PHRASES, DASH_CREDITS]);
const BLOCK_PHRASES_LEN: usize =
    CREDITS.len() + PROMPT_CONTAINS.len() + CHECK_PHRASES.len() + DASH_CREDITS.len();
static BLOCK_PHRASES: Needles = Needles::new(&BLOCK_PHRASES_LIST);

/// The bits of [`BLOCK_PHRASES`] that are [`CREDITS`].
const CREDIT_BITS: u64 = (1 << CREDITS.len()) - 1;
/// The bits of [`BLOCK_PHRASES`] that are [`PROMPT_CONTAINS`].
const PROMPT_BITS: u64 = ((1 << PROMPT_CONTAINS.len()) - 1) << CREDITS.len();
/// The bit of [`BLOCK_PHRASES`] that is `CHECK_PHRASES[k]`.
const fn check_bit(k: usize) -> u64 {
    1 << (CREDITS.len() + PROMPT_CONTAINS.len() + k)
}
const COOKIE_BIT: u64 = check_bit(0);
const CONTRIBUTED_BIT: u64 = check_bit(1);
const BAR_BIT: u64 = check_bit(2);
/// The bits of [`BLOCK_PHRASES`] that are [`DASH_CREDITS`] (anywhere: [`has_dash_credit`]
/// wants them as whole words).
const DASH_BITS: u64 = ((1 << DASH_CREDITS.len()) - 1) << (BLOCK_PHRASES_LEN - DASH_CREDITS.len());

/// The lists in `lists`, one after another, in an array of `N` words (their number).
const fn concat_words<const N: usize>(lists: [&[&'static str]; 4]) -> [&'static str; N] {
    assert!(N <= 64, "a Needles table holds 64 words");
    let mut out = [""; N];
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            out[n] = lists[l][k];
            n += 1;
            k += 1;
        }
        l += 1;
    }
    assert!(n == N, "N is the number of words");
    out
}

/// Credit labels with a colon, as captions print them inside or after the text: `… in Seville
/// on Monday. Photograph: Cristina Quicler/AFP`. They count only capitalised, as labels are
/// set: Axios's `The big picture: European governments are …` is a paragraph of the story,
/// and was read as a caption (its text lost from the body).
const LABEL_CREDITS: &[&str] = &[
    "Photograph:",
    "Photo:",
    "Image:",
    "Picture:",
    "PHOTOGRAPH:",
    "PHOTO:",
    "IMAGE:",
    "PICTURE:",
    "Credit:",
    "CREDIT:",
    "Photographer:",
    "PHOTOGRAPHER:",
];

/// Whether `s` holds one of [`LABEL_CREDITS`] as a word of its own.
fn has_label_credit(s: &str) -> bool {
    // Every label ends in a colon: the labels are tried only where one ends (a search of the
    // whole line for each of the twelve labels was the most costly caption check).
    // The colons by `memchr`, not a test of every byte.
    let b = s.as_bytes();
    s.match_indices(':').any(|(colon, _)| {
        LABEL_CREDITS.iter().any(|l| {
            colon + 1 >= l.len() && {
                let at = colon + 1 - l.len();
                b[at..=colon] == *l.as_bytes() && !s[..at].ends_with(char::is_alphanumeric)
            }
        })
    })
}

/// Credits after a dash (`… in Beijing — AFP`): whole words only, or every AP story whose first
/// paragraph goes on with `— Apple`, `— April` or `— Approval` would be a caption, its dateline
/// lost.
const DASH_CREDITS: &[&str] = &["— afp", "– afp", "- afp", "— reuters", "— ap"];

/// `Galdikas is survived by three children. -- AFP`: a wire story's last paragraph with the
/// agency's sign-off, which reads as a caption with its credit. Whether `s` ends with a dash
/// credit right after a finished sentence; the caller asks it only of the text's last block,
/// under a paragraph of the story, where a photo's caption is rare and a sign-off common.
fn signoff(s: &str) -> bool {
    let lower = s.trim_end().to_lowercase();
    ["afp", "reuters", "ap"].iter().any(|agency| {
        lower.strip_suffix(agency).is_some_and(|head| {
            let head = head.trim_end();
            let before = head.trim_end_matches(['-', '—', '–']);
            before.len() < head.len()
                && before.ends_with(' ')
                && before.trim_end().ends_with(['.', '"', '”', '’', '\''])
                && word_count(before) >= 4
        })
    })
}

/// Whether lower-cased `s` holds one of [`DASH_CREDITS`] as whole words.
fn has_dash_credit(s: &str) -> bool {
    // Asked of most short blocks: one pass that tries the credits only where a dash starts
    // (`-`, or the lead byte of `–` and `—`), not a substring search for each credit.
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        matches!(b[i], b'-' | 0xE2)
            && DASH_CREDITS.iter().any(|c| {
                b[i..].starts_with(c.as_bytes())
                    && !s[i + c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
            })
    })
}

/// An image caption or photo credit line `s`, read from its [`Lowered`] text `l`.
fn is_caption(s: &str, l: &Lowered) -> bool {
    let n = l.chars;
    if n > CAPTION_MAX_CHARS {
        return false;
    }
    let lower = l.lower.as_str();
    if CAPTION_LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    // A bracketed credit at the end: `… in Beijing [File: Pool via Reuters]`.
    if let Some(open) = lower
        .trim_end()
        .strip_suffix(']')
        .and_then(|x| x.rfind('['))
    {
        let inside = &lower[open..];
        let credit_words = [
            "file", "photo", "reuters", "afp", "ap", "getty", "epa", "pool", "handout", "courtesy",
            "anadolu", "via",
        ];
        if inside
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| credit_words.contains(&w))
        {
            return true;
        }
    }
    if (slash_credit(s)
        || bar_credit(s)
        || dash_photo_credit(s)
        || pictured_end(lower)
        || for_credit(s)
        || source_credit(s))
        && !body_like_without_credit(lower)
    {
        return true;
    }
    n <= CREDITS_MAX_CHARS
        && ((l.phrases & CREDIT_BITS != 0 && !agencies_in_prose(l.phrases, s))
            || (l.phrases & DASH_BITS != 0 && has_dash_credit(lower))
            || has_label_credit(s))
        && !body_like_without_credit(lower)
}

/// The picture agencies of [`CREDITS`] whose name alone is not yet a credit: a story about the
/// company names it in its sentences.
const AGENCY_CREDITS: [&str; 2] = ["getty images", "shutterstock"];

/// Whether the only credits in a block are [`AGENCY_CREDITS`] named as the subject or object of
/// a sentence (`Getty Images agreed …`, `acquired by Shutterstock in a deal …`), where a credit
/// ends the line or runs on only to another credit (`/Getty Images for Vanity Fair`,
/// `AFP via Getty Images`).
fn agencies_in_prose(phrases: u64, s: &str) -> bool {
    let agency_bits = AGENCY_CREDITS
        .iter()
        .filter_map(|a| CREDITS.iter().position(|c| c == a))
        .fold(0, |bits, i| bits | 1u64 << i);
    if phrases & CREDIT_BITS & !agency_bits != 0 {
        return false;
    }
    let b = s.as_bytes();
    let mut named = false;
    for agency in AGENCY_CREDITS {
        let n = agency.len();
        for at in (0..b.len().saturating_sub(n - 1))
            .filter(|&i| b[i..i + n].eq_ignore_ascii_case(agency.as_bytes()))
        {
            named = true;
            // The case of the word after the name is the original's: `lower` has lost it.
            let word = b[at + n..]
                .strip_prefix(b" ")
                .map(|rest| {
                    rest.split(|c| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or(b"")
                })
                .unwrap_or(b"");
            if word.is_empty() || !word[0].is_ascii_lowercase() || word == b"for" || word == b"via"
            {
                return false;
            }
        }
    }
    named
}

/// A line of topic buttons: a few capitalised words and no sentence's end (`Israel Budget`).
fn topic_chips(s: &str) -> bool {
    let t = s.trim();
    (1..=8).contains(&words_up_to(t, 9))
        && !t.ends_with(['.', '?', '!', ':', '"', '”'])
        && t.split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// A market ticker's chip as a finance page lists it under `In this article:`: a symbol
/// (`PKR=X`, `^KSE`, `AAPL`, `0700.HK`) or its move (`-0.05%`, `+1.2%`), alone on a line.
fn ticker_chip(s: &str) -> bool {
    let t = s.trim();
    let symbol = (1..=12).contains(&t.len())
        && t.bytes().any(|b| b.is_ascii_uppercase())
        && t.bytes().all(|b| {
            b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'=' | b'.' | b'^' | b'-')
        });
    let digits = t.trim_start_matches(['+', '-', '−']).strip_suffix('%');
    let change = digits.is_some_and(|d| {
        !d.is_empty() && d.len() <= 8 && d.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    });
    symbol || change
}

/// Whether block `next` is the rest of the caption that block `prev` starts: the text under
/// BBC's bare `Image caption,` label (the next line), or the line with ABC's
/// `(ABC News: Name)` credit under its `Photo shows …` description. The text alone reads as a
/// standfirst or a paragraph of the story.
fn caption_goes_on(prev: &str, next: &str) -> bool {
    // The label or description first: asked of every pair of blocks, it rules out nearly all.
    (bare_caption_label(prev)
        || (starts_key(prev, "photo shows") && words_up_to(prev, 31) <= 30 && outlet_credit(next)))
        && words_up_to(next, 61) <= 60
        && !is_prompt(next)
}

/// `Image caption,`, `Caption:`: a caption label with its text on the next line.
fn bare_caption_label(s: &str) -> bool {
    let bare = s.trim().trim_end_matches([',', ':']).trim_end();
    bare.len() < s.trim().len()
        && ["image caption", "media caption", "caption"]
            .iter()
            .any(|l| bare.eq_ignore_ascii_case(l))
}

/// A photo credit in brackets at the end of a line, as the outlet and the photographer:
/// `… on Thursday morning. (ABC North Coast: Leah White)`.
fn outlet_credit(s: &str) -> bool {
    let Some(inner) = s
        .trim_end()
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|i| &x[i + 1..]))
    else {
        return false;
    };
    inner.split_once(": ").is_some_and(|(outlet, name)| {
        [outlet, name].iter().all(|p| {
            (1..=4).contains(&words_up_to(p, 5))
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        })
    })
}

/// A photo credit in brackets that closes a line, as its source and the channel it came
/// through: the Kyiv Independent's `… in Kyiv, Ukraine, on Nov. 18, 2026. (Presidential Office
/// / Telegram)`, `(Jane Doe/Reuters)`. A caption without a label read as the standfirst. A
/// paragraph of a story ends with its sentence, not with a bracket of names.
fn slash_credit(s: &str) -> bool {
    let Some((before, inner)) = s
        .trim_end()
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|i| (&x[..i], &x[i + 1..])))
    else {
        return false;
    };
    // The credit follows the caption's sentence (a table's `295.4 ( 151.5 / 143.9 )` does
    // not), and names sources, not numbers.
    let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
    before.trim_end().ends_with('.')
        && words_up_to(before, 6) >= 6
        && parts.len() >= 2
        && parts.iter().all(|p| {
            (1..=4).contains(&words_up_to(p, 5))
                && p.split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        })
}

/// A photo credit in brackets that closes a line, as the photographer and the outlet they
/// shot for: `… at a board meeting on Thursday. (Kevin Mohatt for Chalkbeat)`, `(Sam Rutherford
/// for Engadget)`. Read without it, the caption was the story's first paragraph. The credit
/// follows a sentence of six words or more, and names a person of two to four capitalised
/// words and an outlet of one to five (`The Texas Tribune`).
fn for_credit(s: &str) -> bool {
    let Some((before, inner)) = s
        .trim_end()
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|i| (&x[..i], &x[i + 1..])))
    else {
        return false;
    };
    let capitalised = |p: &str, most: usize| {
        (1..=most).contains(&word_count(p))
            && p.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    };
    before.trim_end().ends_with('.')
        && words_up_to(before, 6) >= 6
        && inner.split_once(" for ").is_some_and(|(name, outlet)| {
            words_up_to(name, 2) >= 2 && capitalised(name, 4) && capitalised(outlet, 5)
        })
}

/// A photo's source that closes a caption after its sentence: in brackets, one to four
/// capitalised words (`… on Wednesday. (Cuartoscuro)`, `… made the recalled batches, according
/// to the FDA. (Glenmark Pharmaceuticals)`), or the photographer and outlet a picture came
/// through (`… in October. Ryan C. Hermens, Lexington Herald-Leader via AP`). Read without it,
/// the caption was the standfirst. An agency's code in capitals (`(AP)`) may close a wire
/// paragraph, so it is not read as a credit here.
fn source_credit(s: &str) -> bool {
    let s = s.trim_end();
    if let Some((before, inner)) = s
        .strip_suffix(')')
        .and_then(|x| x.rfind('(').map(|i| (&x[..i], &x[i + 1..])))
    {
        return before.trim_end().ends_with('.')
            && words_up_to(before, 6) >= 6
            && (1..=4).contains(&words_up_to(inner, 5))
            && inner
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && inner.chars().any(char::is_lowercase);
    }
    // The credit after the last `. ` ends with the outlet, so the line does: most lines end
    // otherwise and are turned down before the search back for the stop.
    let outlets = ["via AP", "via Reuters", "via AFP", "via Getty Images"];
    if !outlets.iter().any(|v| s.ends_with(v)) {
        return false;
    }
    let Some((before, credit)) = s.rsplit_once(". ") else {
        return false;
    };
    let Some(who) = outlets.iter().find_map(|v| credit.strip_suffix(v)) else {
        return false;
    };
    words_up_to(before, 6) >= 6
        && words_up_to(who, 9) <= 8
        && who
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A credit after a bar that closes a line, in capitals: `… in Tokyo on Thursday. | JIJI`
/// (the Japan Times), `… on November 19, 2026. PHOTO | DENNIS ONSONGO | NMG` (the Nation). A
/// description of six words or more comes before it.
fn bar_credit(s: &str) -> bool {
    // Asked of every block up to a caption's length: most have no bar to search back for.
    if crate::tokenize::find_byte(s.as_bytes(), 0, b'|').is_none() {
        return false;
    }
    let Some((before, credit)) = s.trim_end().rsplit_once(" | ") else {
        return false;
    };
    let letters = credit.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&words_up_to(credit, 4))
        && letters >= 2
        && credit
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '/' | '&'))
        && words_up_to(before, 6) >= 6
        && prose_like(before)
}

/// A picture's source after a dash that closes a caption's sentence, as Pakistani papers set
/// it: Geo's `… in Islamabad on November 25, 2025. — Screengrab via YouTube/Foreign Office`,
/// Dawn's `… in the Senate on Monday. — DawnNewsTV`, `— Reuters/File`, `— Photo courtesy
/// ISPR`. Read without it, the caption was the standfirst. The source is a few capitalised
/// words that say they are a picture's (a slash, `via`, `File`, `Photo`, `Screengrab`, a TV
/// channel), so a paragraph's closing agency (`… the statement said. — APP`) is not this.
fn dash_photo_credit(s: &str) -> bool {
    let s = s.trim_end();
    // Most lines end with a sentence's stop: turned down before any search back.
    if s.ends_with(['.', '"', '”', '’', ')', '?', '!']) {
        return false;
    }
    let Some(i) = s.rfind(['—', '–']) else {
        return false;
    };
    let (before, credit) = (&s[..i], s[i..].trim_start_matches(['—', '–']));
    if !before.ends_with(' ') || !credit.starts_with(' ') {
        return false;
    }
    let (before, credit) = (before.trim_end(), credit.trim());
    let words: Vec<&str> = credit.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let marked = credit.contains('/')
        || words.contains(&"via")
        || [
            "file",
            "photo",
            "photos",
            "screengrab",
            "screenshot",
            "courtesy",
            "handout",
        ]
        .contains(&first.as_str())
        || words
            .last()
            .is_some_and(|w| w.len() >= 3 && w.ends_with("TV"));
    marked
        && (1..=6).contains(&words.len())
        && credit.len() <= 60
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || CREDIT_SMALL_WORDS.contains(w)
                || matches!(*w, "courtesy" | "file")
        })
        && before.ends_with(['.', '"', '”'])
        && words_up_to(before, 6) >= 6
}

/// `… found in the pool behind the home (pictured)`: a caption that points at its photo, with
/// no closing stop (the Daily Mail; a paragraph's `(pictured)` is followed by its sentence).
fn pictured_end(lower: &str) -> bool {
    lower.trim_end().strip_suffix(')').is_some_and(|x| {
        x.rfind('(')
            .is_some_and(|i| x[i + 1..].starts_with("pictured") && words_up_to(&x[i + 1..], 5) <= 4)
    }) && words_up_to(lower, 6) >= 6
}

/// Words a credit may hold in small letters between its names (`Photo by Jane Doe for The
/// Verge`, `Bureau of Land Management`).
const CREDIT_SMALL_WORDS: &[&str] = &["for", "of", "the", "via", "and", "de", "la", "&"];

/// Whether `s` is one to `max` capitalised words, as names of people and outlets are written
/// (`Wally Skalij`, `Los Angeles Times`, `STAT`, `AP Photo`).
fn credit_names(s: &str, max: usize) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let w = w.trim_matches(|c: char| matches!(c, ',' | '"' | '“' | '”'));
        if words > max
            || !(w.starts_with(char::is_uppercase)
                || CREDIT_SMALL_WORDS.contains(&w)
                || w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
    }
    words >= 1 && s.starts_with(char::is_uppercase)
}

/// A line that is only a photo's credit, as sites set it under the caption (or in place of
/// one): `(Wally Skalij / Los Angeles Times)`, `Jack Mitchell/Getty Images`, `AP Photo/Erin
/// Hooley`, `Sophie Park for STAT`, `Photo by Allison Johnson / The Verge`, `Credit: Blue
/// Origin`. Some of these read as a byline alone; [`find`] takes them for a credit only right
/// under a line of prose, set apart with it from what comes before and after.
fn photo_credit_line(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 90 || s.ends_with(['.', '!', '?', ':', ';']) || words_up_to(s, 11) > 10 {
        return false;
    }
    let lower = s.to_lowercase();
    // `Photo by …`, `Photography by …`, `Illustration by …`, `Credit: …`, `Courtesy of …`.
    let labelled = [
        "photo by ",
        "photos by ",
        "photograph by ",
        "photography by ",
        "illustration by ",
        "video by ",
        "image by ",
        "credit: ",
        "photo credit: ",
        "image credit: ",
        "image credits: ",
        "courtesy of ",
        "courtesy ",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    if labelled {
        return true;
    }
    let inner = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s);
    // A byline is no credit, nor a line of sections (`News / Politics`): a name of two words
    // or more stands on one side of the slash.
    if lower.starts_with("by ") {
        return false;
    }
    let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
    if (2..=3).contains(&parts.len()) {
        return parts.iter().all(|p| credit_names(p, 5))
            && parts.iter().any(|p| words_up_to(p, 2) >= 2);
    }
    // `Sophie Park for STAT`, `Jack Mitchell for The New York Times`.
    inner.split_once(" for ").is_some_and(|(name, outlet)| {
        (2..=4).contains(&words_up_to(name, 5))
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && credit_names(outlet, 5)
    })
}

/// A line that is only a picture agency's name, as the BBC credits a photo above its caption:
/// `Getty Images`, `EPA`, `AFP via Getty Images`, `PA Media`.
fn agency_credit_line(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 40 {
        return false;
    }
    let lower = s.to_lowercase();
    let bare = lower
        .strip_suffix(" via getty images")
        .or_else(|| lower.strip_suffix("/getty images"))
        .unwrap_or(&lower);
    // Not a bare `Reuters`, `AFP` or `BBC`: under a headline, that is the byline, and the
    // standfirst under it may have no stop either.
    bare.len() < lower.len()
        || [
            "getty images",
            "epa",
            "epa-efe",
            "pa media",
            "pa wire",
            "anadolu",
            "anadolu agency",
            "shutterstock",
            "alamy",
        ]
        .contains(&bare)
}

/// A long paragraph that merely mentions an agency in passing is not a caption.
fn body_like_without_credit(lower: &str) -> bool {
    words_up_to(lower, 46) > 45
}

const META_KEYS: &[&str] = &[
    "date",
    "dated",
    // France 24's `Issued on: 26/11/2026 - 14:52 Modified: …`.
    "issued on",
    "published on",
    "published",
    "publication date",
    "first published",
    "originally published",
    "last updated",
    // The Daily Star's `Last update on: Tue Nov 25, 2025 09:02 PM`, Middle East Eye's `Last
    // update: 2 hours ago`.
    "last update on",
    "last update",
    "updated on",
    "updated",
    // The Dhaka Tribune's `Publish : 25 Nov 2025, 06:10 PM` / `Update : …`.
    "publish",
    "update",
    "posted on",
    "posted",
    "last modified",
    "modified",
];

/// Metadata at the start of a block: a date line, a `Published:` line or a byline.
fn meta(s: &str) -> Option<Meta> {
    // `words_up_to(s, 13) <= 12`, without counting the words of a long paragraph to the end.
    let short = || s.split_whitespace().nth(12).is_none();
    if s.len() <= 40 && (reading_time(&s.to_lowercase()) || card_age(s)) {
        return Some(Meta {
            len: s.len(),
            date: None,
            rest: None,
            place: None,
        });
    }
    // `on November 23, 2026 at 3:27 PM` under a byline (Breaking Defense): a date line in lower
    // case. Only a whole line of a full date and a time: `On Monday, the bank …` is the story.
    if let Some(value) = s.strip_prefix("on ") {
        if let Some(d) = date_prefix(value).filter(|d| d.iso.len() == 10) {
            let date_end = 3 + d.end;
            let end = date_end + time_prefix(&s[date_end..]);
            if s[end..].trim().is_empty() {
                let date = d.shifted(3);
                return Some(Meta {
                    len: s.len(),
                    date: Some(date),
                    rest: None,
                    place: None,
                });
            }
        }
    }
    // `KEY[:] DATE [TIME] [rest]`
    // Every key starts with a letter: a line that does not is not compared with each.
    let lead = s.as_bytes().first().map(u8::to_ascii_lowercase);
    for key in META_KEYS {
        if lead != key.as_bytes().first().copied() || !starts_key(s, key) {
            continue;
        }
        let after = &s[key.len()..];
        let value = after.trim_start_matches([':', ' ', '\t', '-', '–', '|']);
        // `Published: 14:02 EST, 20 November 2026` (the Daily Mail): the time before the date.
        let timed = time_prefix(value);
        let value = Some(value)
            .filter(|v| timed > 0 && date_prefix(v).is_none())
            .map(|v| v[timed..].trim_start_matches([',', ' ']))
            .filter(|v| date_prefix(v).is_some())
            .unwrap_or(value);
        let value_at = s.len() - value.len();
        if let Some(d) = date_prefix(value) {
            let date_end = value_at + d.end;
            let meta_end = date_end + time_prefix(&s[date_end..]);
            let date = d.shifted(value_at);
            let rest = s[meta_end..].trim_start_matches([' ', ',', '|', '\t']);
            // `Updated November 26, 2026 — 6.10pm, first published at 5.00am` (the Sydney
            // Morning Herald): a dash and a time go on with the stamp, not with the story.
            // CBS News: `Updated on: November 26, 2026 / 6:14 PM EST / CBS News`.
            let dashed_time = rest.starts_with(['—', '–', '-', '/'])
                && time_prefix(rest.trim_start_matches(['—', '–', '-', '/', ' '])) > 0;
            let running_text = words_up_to(rest, 6) >= 6
                && !dashed_time
                && rest.starts_with(|c: char| !c.is_lowercase())
                && !is_relative_time(rest)
                && meta(rest).is_none();
            if running_text {
                return Some(Meta {
                    len: meta_end,
                    date: Some(date),
                    rest: Some(s.len() - rest.len()),
                    place: None,
                });
            }
            return Some(Meta {
                len: s.len(),
                date: Some(date),
                rest: None,
                place: None,
            });
        }
        // `Published in Dawn, May 22nd, 2025`, `Updated 3 hours ago`, `Updated 4.52pm`
        if (!after.is_empty() || *key != "date") && short() {
            let date = find_date(s);
            if date.is_some()
                || is_relative_time(s)
                || after.starts_with(':')
                || time_prefix(value) > 0
            {
                return Some(Meta {
                    len: s.len(),
                    date,
                    rest: None,
                    place: None,
                });
            }
        }
    }
    if let Some(len) = stamp_head(s) {
        let rest = s[len..].trim_start();
        return Some(Meta {
            len,
            date: None,
            rest: Some(s.len() - rest.len()),
            place: None,
        });
    }
    // `11:00 AM PST · November 17, 2026` (TechCrunch): the time, a separator, then a line that
    // is only a date.
    let timed = time_prefix(s);
    if timed > 0 && s.len() <= 80 {
        let rest = s[timed..].trim_start_matches([' ', ',', '|', '-', '–', '—', '·', '•']);
        let at = s.len() - rest.len();
        if at > timed && date_prefix(rest).is_some() {
            if let Some(m) = whole_meta_at(s, at, None) {
                return Some(m);
            }
        }
    }
    // A line that is only a date (and time).
    if let Some(d) = date_prefix(s) {
        let end = d.end + time_prefix(&s[d.end..]);
        let rest = s[end..].trim_start_matches([' ', ',', '|', '\t', '-', '–', '—', '·']);
        // `Thursday, June 05, 2025 – Dhul Hijjah 9, 1446 AH`: the same day in another calendar.
        let other_calendar = words_up_to(rest, 7) <= 6
            && rest.bytes().any(|b| b.is_ascii_digit())
            && rest
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase));
        if words_up_to(rest, 4) <= 3
            || other_calendar
            || is_relative_time(rest)
            || meta(rest).is_some()
        {
            let barred = s[end..s.len() - rest.len()].contains('|');
            let place = (barred && place_in_capitals(rest)).then(|| {
                let at = s.len() - rest.len();
                (at, at + rest.trim_end().len())
            });
            return Some(Meta {
                len: s.len(),
                date: Some(d),
                rest: None,
                place,
            });
        }
    }
    if clock_line(s) {
        return Some(Meta {
            len: s.len(),
            date: None,
            rest: None,
            place: None,
        });
    }
    // Bylines (short lines: test that before lower-casing the line).
    // The keys are ASCII without a `k` (the one letter a non-ASCII char lower-cases to, as
    // the Kelvin sign does): compared ignoring ASCII case, the line is not lower-cased.
    let byline = || {
        [
            "by ",
            // The Inquirer's `By: Jeannette I. Andrade - Reporters / @handle`.
            "by: ",
            "interview by ",
            "story by ",
            "interviewed by ",
            "written by ",
            "reporting by ",
            // The New York Times' `Reporting from Riyadh, Saudi Arabia` under the byline.
            "reporting from ",
            // A live page's editors under its `Live Reporting` label: `Edited by Alex Smith
            // and Jenny Rees`.
            "edited by ",
            "author:",
            "reporter:",
            "source:",
            // Xinhua's and China Daily's desk credit under the source (`Editor: Huaxia`).
            "editor:",
            "editors:",
            "writer:",
            // The Bangkok Post's `NEWSPAPER SECTION: NEWS` over its `WRITER:` line.
            "newspaper section:",
        ]
        .iter()
        .any(|k| s.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k)))
    };
    // `Science correspondent`, `From our environment correspondent in Belém, Brazil`.
    let role_line = || {
        words_up_to(s, 9) <= 8
            && s.split(|c: char| !c.is_alphanumeric())
                .any(|w| ROLE_WORDS.contains(&w))
    };
    // `MEE staff`, `Dawn staff`: an outlet's staff credited as a whole, in a line of its own.
    let staff_line = || {
        let t = s.trim_end();
        t.len() > 6
            && t.get(t.len() - 6..)
                .is_some_and(|w| w.eq_ignore_ascii_case(" staff"))
            && words_up_to(s, 4) <= 3
    };
    // A byline may end with the date and time it was filed, whose `a.m.` is no sentence's stop
    // (`By Jane Doe Nov. 26, 2026, 7:45 a.m.`, Berkeleyside); a sentence that ends with a time
    // has no date (`By the time the vote came it was 1:30 a.m.`).
    let end = s.trim_end();
    let clock_end = || {
        ["a.m.", "p.m.", "A.M.", "P.M."].iter().any(|t| {
            end.ends_with(t)
                && end
                    .rsplit(' ')
                    .nth(1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let stops = end.ends_with('.') && !(clock_end() && find_date(s).is_some());
    if !stops && short() && (byline() || role_line() || staff_line()) {
        return Some(Meta {
            len: s.len(),
            date: find_date(s),
            rest: None,
            place: None,
        });
    }
    if label_line(s) {
        return Some(Meta {
            len: s.len(),
            date: None,
            rest: None,
            place: None,
        });
    }
    // Before `placed_meta`, which would read the first writer of `Name | Name Published …` as
    // the place of the line after the bar.
    bylined_meta(s)
        .or_else(|| placed_meta(s))
        .or_else(|| headed_date(s))
        .or_else(|| barred_byline_date(s))
        .or_else(|| place_then_date(s))
        .or_else(|| read_time_then_meta(s))
}

/// `ISTANBUL Nov 25, 2025 - 4:38 pm GMT+3` (Daily Sabah): the place in capitals, then a line
/// that is only a date and time. Read as the story's first paragraph, its date was lost.
fn place_then_date(s: &str) -> Option<Meta> {
    // Asked of every short block that is no other metadata: a place in capitals starts with two
    // capitals.
    let b = s.as_bytes();
    if s.len() > 80 || b.len() < 2 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return None;
    }
    for (k, _) in s.match_indices(' ').take(3) {
        let (head, tail) = (&s[..k], &s[k + 1..]);
        if !place_in_capitals(head) {
            break;
        }
        if date_prefix(tail).is_none() {
            continue;
        }
        if let Some(m) = whole_meta_at(s, k + 1, Some((0, k))).filter(|m| m.date.is_some()) {
            return Some(m);
        }
    }
    None
}

/// `2 min read . Updated: 25 Nov 2025, 07:53 PM IST` (Mint): the reading time, a mark, then a
/// metadata line. Read as a standfirst, its date was lost.
fn read_time_then_meta(s: &str) -> Option<Meta> {
    // Asked of every short block that is no other metadata: the count comes first.
    if s.len() > 120 || !s.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let (k, mark) = [" . ", " | ", " · ", " • "]
        .iter()
        .filter_map(|p| s.find(p).map(|k| (k, p.len())))
        .min()?;
    if !reading_time(&s[..k].to_lowercase()) {
        return None;
    }
    whole_meta_at(s, k + mark, None)
}

/// The line `s` as metadata where its part from byte `at` on is a metadata line of its own (no
/// running text, no place in it): what goes before it (a time, a place, a writer, a reading
/// time) goes with it, and `place` names the place among it.
fn whole_meta_at(s: &str, at: usize, place: Option<(usize, usize)>) -> Option<Meta> {
    meta(&s[at..])
        .filter(|m| m.rest.is_none() && m.place.is_none())
        .map(|m| Meta {
            len: s.len(),
            date: m.date.map(|d| d.shifted(at)),
            rest: None,
            place,
        })
}

/// Anadolu's `Ahmet Salih Alacaci |26.11.2025 - Update : 26.11.2025`: the writer, a bar, then a
/// line that is only a date (and its update). The date is the line's.
fn barred_byline_date(s: &str) -> Option<Meta> {
    if s.len() > 120 {
        return None;
    }
    let bar = s.find('|')?;
    let (head, rest) = (s[..bar].trim_end(), &s[bar + 1..]);
    let value = rest.trim_start();
    if words_up_to(head, 2) < 2
        || !byline_like(head)
        || !value.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    dated_rest(s, s.len() - value.len())
}

/// Line `s` as metadata dated by its rest from byte `at`, when that rest is a whole dated
/// metadata line of its own (no story running on, no place).
fn dated_rest(s: &str, at: usize) -> Option<Meta> {
    let d = meta(&s[at..])
        .filter(|m| m.rest.is_none() && m.place.is_none())?
        .date?;
    Some(Meta {
        len: s.len(),
        date: Some(d.shifted(at)),
        rest: None,
        place: None,
    })
}

/// `10:15 GMT`, `9.41am`, `14:05 CET`: a time of day alone on a line, with its zone or `am` /
/// `pm`, as a live page stamps each post over its heading. It is metadata; read as a line of
/// the body, it was a paragraph of the story. A bare `10:15` (a score, a table's cell) has no
/// zone or `am` to tell it is a clock.
fn clock_line(s: &str) -> bool {
    let t = s.trim();
    t.len() <= 20
        && t.starts_with(|c: char| c.is_ascii_digit())
        && time_prefix(t) == t.len()
        && t.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Keys of a site's label for what a story is filed under.
const LABEL_KEYS: &[&str] = &["topic", "section", "category", "categories", "subject"];

/// `Topic: Floods`, `Section: Weather`: the label a site files a story under, on a line of its
/// own. It read as a `PLACE: story` dateline (the key became the dateline and a GPE), and the
/// body started at it.
fn label_line(s: &str) -> bool {
    // A key of 12 bytes and a value of four words at most: a paragraph is not searched.
    s.len() <= 80
        && s.split_once(": ").is_some_and(|(key, value)| {
            key.len() <= 12
                && LABEL_KEYS
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(key.trim()))
                && (1..=4).contains(&words_up_to(value, 5))
                && !value.trim_end().ends_with(['.', '!', '?'])
        })
}

/// Names in capitals after a date line's bar that are no place: time zones and agencies.
const NOT_PLACES_AFTER_DATE: &[&str] = &[
    "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "ET", "PT",
    "IST", "JST", "SGT", "AEST", "AEDT", "WIB", "HKT", "AFP", "AP", "REUTERS", "PTI", "IANS",
    "ANI", "XINHUA", "UPDATED",
];

/// `LIMA` in The Economist's `Oct 9th 2026 | LIMA`: one to three words in capitals after a
/// date and a bar, the place the story was filed from (as in [`headed_date`], a name in
/// capitals that is no publisher, agency or time zone).
fn place_in_capitals(rest: &str) -> bool {
    let rest = rest.trim();
    (1..=3).contains(&words_up_to(rest, 4))
        && rest.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && rest
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
        && !NOT_PLACES_AFTER_DATE.contains(&rest)
        && !NOT_PLACES.contains(&rest.to_lowercase().as_str())
        && !rest
            .split_whitespace()
            .last()
            .is_some_and(|w| PUBLISHER_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Marks a byline line sets its parts apart with (`Name · Outlet · Posted: …`; the Times of
/// India's `TOI City Desk / TIMESOFINDIA.COM / Updated: Nov 14, 2025, 08:42 IST`).
const BYLINE_MARKS: &[char] = &['·', '|', '•', '/'];

/// Capitalised metadata keys that may follow the writers' names on the same line.
const NAMED_META_KEYS: &[&str] = &[" Published", " Updated", " Posted"];

/// Dawn's `Shahbaz Rana | Khaleeq Kiani Published May 17, 2025 Updated about 10 hours ago`: the
/// writers, then a dated metadata line, on one line. Read as a standfirst, its date was lost
/// (and the names ran into one PERSON). The names must read as a byline and the rest as a
/// metadata line with a date, so a headline that only has `Updated` in it is not this. A bar
/// right before the key (`Mumbai | Updated: …`) sets a place apart: [`placed_meta`] reads that.
fn bylined_meta(s: &str) -> Option<Meta> {
    if s.len() > 160 {
        return None;
    }
    // The first key in the line: one pass that tries the keys where a space is.
    let b = s.as_bytes();
    let at = (0..b.len()).find(|&i| {
        b[i] == b' '
            && NAMED_META_KEYS
                .iter()
                .any(|k| b[i..].starts_with(k.as_bytes()))
    })? + 1;
    // CBC's `Shawn Jeffords · CBC News · Posted: Nov 24, 2026 …`: the writer and the outlet
    // set apart by a mark, each part a byline.
    let head = s[..at].trim_end().trim_end_matches(BYLINE_MARKS).trim_end();
    let parts_bylines = || {
        head.split(BYLINE_MARKS)
            .all(|p| !p.trim().is_empty() && byline_like(p.trim()))
    };
    if words_up_to(head, 2) < 2 || !parts_bylines() || !head.ends_with(char::is_alphabetic) {
        return None;
    }
    dated_rest(s, at)
}

/// Last words that make a line's head an agency or a publisher, not a place.
const PUBLISHER_WORDS: &[&str] = &["news", "press", "agency", "wire", "newswire", "service"];

/// A line of its own that is a name, then a date (and time, and sections): The Hindu's
/// `SRIHARIKOTA, December 24, 2025 07:15 IST` (the place it was filed from) and Kyodo's
/// `KYODO NEWS - Jul 21, 2025 - 08:45 | Politics, All` (the agency). Read as a standfirst or as
/// the body's dateline, the date was lost. A name in capitals that is no publisher is the
/// dateline's place; a story that opens `LONDON, May 21, 2025 - Britain said …` runs on after
/// its date and is not this.
fn headed_date(s: &str) -> Option<Meta> {
    if s.len() > 120 {
        return None;
    }
    // The first separator in the line, in one pass (no two start at the same byte).
    let b = s.as_bytes();
    let (at, sep) = (0..b.len())
        .filter(|&i| matches!(b[i], b',' | b' '))
        .find_map(|i| {
            [", ", " - ", " – ", " — ", " | ", " / "]
                .into_iter()
                .find(|sep| b[i..].starts_with(sep.as_bytes()))
                .map(|sep| (i, sep))
        })?;
    let head = &s[..at];
    let tail_at = at + sep.len();
    let tail = &s[tail_at..];
    if !(1..=4).contains(&words_up_to(head, 5))
        || !byline_like(head)
        || head.chars().any(|c| c.is_ascii_digit())
        || NOT_PLACES.contains(&head.to_lowercase().as_str())
        || (date_prefix(tail).is_none() && !timed_date(tail))
    {
        return None;
    }
    let d = meta(tail)
        .filter(|m| m.rest.is_none() && m.place.is_none())?
        .date?;
    let capitals = head
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let publisher = head
        .split_whitespace()
        .last()
        .is_some_and(|w| PUBLISHER_WORDS.contains(&w.to_lowercase().as_str()));
    Some(Meta {
        len: s.len(),
        date: Some(d.shifted(tail_at)),
        rest: None,
        place: (capitals && !publisher).then_some((0, at)),
    })
}

/// `05:14 AM November 26, 2026`: a time, then the date (the Inquirer's `Philippine Daily
/// Inquirer / 05:14 AM November 26, 2026` under its byline).
fn timed_date(s: &str) -> bool {
    let k = time_prefix(s);
    k > 0 && date_prefix(s[k..].trim_start_matches([' ', ','])).is_some()
}

/// A line that names where the story was filed beside its metadata, as Indian and other
/// papers print it under the headline: `Mumbai | Updated: November 23, 2024 21:14 IST` (the
/// place, then a metadata line), `Sports Desk | PERTH` (a desk, then the place in capitals).
/// Read as a subtitle, its city looked like a byline's name to the model (`Mumbai` PERSON).
fn placed_meta(s: &str) -> Option<Meta> {
    // A short line: a paragraph of the story is not searched for a bar.
    if s.len() > 160 {
        return None;
    }
    // The Jakarta Post sets a dot for the bar: `Jakarta ● Wed, November 26, 2026`.
    // The dots are searched for only in a line that is not all ASCII.
    let barred = s.find(" | ").map(|k| (k, 3));
    let dotted = || {
        [" ● ", " • "]
            .iter()
            .filter_map(|p| s.find(p).map(|k| (k, p.len())))
            .min()
    };
    let (bar, mark) = if s.is_ascii() {
        barred?
    } else {
        barred.into_iter().chain(dotted()).min()?
    };
    let (head, tail) = (&s[..bar], &s[bar + mark..]);
    if words_up_to(head, 4) > 3 || !byline_like(head) || words_up_to(tail, 13) > 12 {
        return None;
    }
    if let Some(m) = whole_meta_at(s, bar + mark, Some((0, bar))) {
        return Some(m);
    }
    // A desk and its place (below) are only known with the bar.
    if mark != " | ".len() {
        return None;
    }
    let capitals = |w: &str| w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.');
    let tail = tail.trim_end();
    (head.ends_with(" Desk") && words_up_to(tail, 4) <= 3 && tail.split_whitespace().all(capitals))
        .then(|| Meta {
            len: s.len(),
            date: None,
            rest: None,
            place: Some((bar + 3, bar + 3 + tail.len())),
        })
}

/// Small words that may sit inside a byline or credit line (`Jane Doe in Beijing`).
const BYLINE_CONNECTORS: &[&str] = &[
    "in", "and", "of", "the", "for", "at", "de", "van", "von", "bin", "bint", "al", "el", "da",
    "&", "|", "-", "–", "—", "·", "•", "/",
];

/// A short credit line of capitalised words: `Jane Doe`, `BBC News, Islamabad`,
/// `Jane Doe in Beijing`, `Reuters`.
fn byline_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let last = s.chars().next_back();
    (1..=7).contains(&words.len())
        && s.chars().count() <= 60
        && !matches!(last, Some('.' | '!' | '?' | ':' | ';'))
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '"' | '“' | '”'));
            w.is_empty()
                || w.starts_with(char::is_uppercase)
                || BYLINE_CONNECTORS.contains(&w.to_lowercase().as_str())
        })
}

/// `Tom Phillips in Rio de Janeiro and Constance Malleret in São Paulo`: the Guardian's byline
/// for two reporters, each with the place they write from; too long for [`byline_like`]
/// alone, so each part must be a byline that names its place (`in …`, `at …`).
fn bylines_like(s: &str) -> bool {
    byline_like(s)
        || (s.chars().count() <= 130 && {
            let parts: Vec<&str> = s.split(" and ").collect();
            (2..=3).contains(&parts.len())
                && parts.iter().all(|p| {
                    let words: Vec<&str> = p.split_whitespace().collect();
                    byline_like(p)
                        && words.len() >= 3
                        && words[..2].iter().all(|w| w.starts_with(char::is_uppercase))
                        && words[2..].iter().any(|w| matches!(*w, "in" | "at"))
                })
        })
}

/// Words that look like a `PLACE:` dateline but label something else.
const NOT_PLACES: &[&str] = &[
    "update",
    "updated",
    "breaking",
    "exclusive",
    // Kickers a headline opens with (Axios's `Scoop: Meta in talks to buy …`).
    "scoop",
    "first look",
    "insight",
    "investigation",
    "inside",
    "revealed",
    "special report",
    "fact check",
    "just in",
    "developing",
    "commentary",
    "column",
    "obituary",
    "podcast",
    "focus",
    "essay",
    "letters",
    "watch",
    "analysis",
    "opinion",
    "editorial",
    "note",
    "photo",
    "image",
    "video",
    "related",
    "live",
    "q",
    "a",
    "source",
    "sources",
    // Who says a headline's claim, as AP writes it (`Police: Man shot during traffic stop`).
    "police",
    "officials",
    "authorities",
    "witnesses",
    "prosecutors",
    "investigators",
    "experts",
    "residents",
    "study",
    "poll",
    "survey",
    "report",
    "lawsuit",
    "court",
    "judge",
    "doctors",
    "scientists",
    "researchers",
    "correction",
    "summary",
    "highlights",
    "disclaimer",
    "warning",
    "transcript",
    "comment",
    "review",
    "interview",
    "explainer",
    "factbox",
    "timeline",
    "read",
    "also",
    "more",
    "tags",
    "topics",
    "topic",
    "section",
    "category",
    "subject",
    "by",
    "caption",
    "credit",
    "editor's note",
    "editor’s note",
    "key points",
    "audio",
    "listen",
    "advertisement",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "the",
    "this",
    "in",
    "on",
    "at",
];

/// `Scoop: Meta in talks to buy Korean chip startup FuriosaAI`, `Rocket Report: Starship flies
/// again`: a headline under a kicker of up to three words in title case, which reads as an
/// `Islamabad: …` dateline. A dateline opens a paragraph of the story, which ends like a
/// sentence; a headline does not, so a short line without a closing stop under a `Word:`
/// label is a headline whatever the word.
fn kicker_headline(s: &str) -> bool {
    let Some(d) = dateline_parts(s) else {
        return false;
    };
    let place = &s[..d.place_end];
    d.middle_end == d.place_end
        && s[d.middle_end..].starts_with(':')
        && place
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
        && headline_like(s)
        && words_up_to(s, 21) <= 20
}

/// Words that make a story's opening label an update stamp, not a place.
const STAMP_WORDS: &[&str] = &["update", "updated", "exclusive", "breaking"];

/// `SUNDAY AM UPDATE`, `FRIDAY PM UPDATE`, `LATEST UPDATE`, `BREAKING`: the stamp Deadline
/// and other trade sites set before a story's first paragraph (`SUNDAY AM UPDATE: Universal's
/// …`). Its colon made it read as a `PLACE:` dateline, and the stamp became the story's place
/// (a GPE). No place has one of these words in its name; a single word is already among
/// [`NOT_PLACES`], so this is asked of the longer place names only.
fn update_stamp(place: &str) -> bool {
    place.contains(' ')
        && place
            .split(' ')
            .any(|w| STAMP_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// `SUNDAY AM UPDATE: Universal's fantasy epic opened …`: the length of an update stamp in
/// capitals (with its colon or dash) that opens a paragraph of running text. The stamp says
/// when the story was revised, so it is metadata; left in the story's first paragraph, its
/// weekday was read as the story's date. A headline under a kicker (`EXCLUSIVE: Netflix in
/// talks …`) is no running text, so it is not this.
fn stamp_head(s: &str) -> Option<usize> {
    // A paragraph that opens with two capitals, then a separator within 40 bytes.
    let b = s.as_bytes();
    if b.len() < 2 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
        return None;
    }
    let cut = (0..=s.len().min(40))
        .rev()
        .find(|&k| s.is_char_boundary(k))
        .unwrap_or(0);
    let w = &s[..cut];
    let head_end = w
        .find(':')
        .or_else(|| w.find(" — "))
        .or_else(|| w.find(" - "))?;
    let head = &s[..head_end];
    let stamp = (1..=4).contains(&words_up_to(head, 5))
        && !head.chars().any(char::is_lowercase)
        && head
            .split_whitespace()
            .any(|w| STAMP_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)));
    if !stamp {
        return None;
    }
    let sep_end =
        head_end + s[head_end..].find(|c: char| c.is_alphanumeric() || "\"“‘'".contains(c))?;
    let rest = &s[sep_end..];
    (rest.starts_with(|c: char| !c.is_lowercase()) && body_like(rest))
        .then(|| s[..sep_end].trim_end().len())
}

/// `Mumbai, Nov 23`, `New Delhi, 23 November`: a place and a day of the month without its
/// year, alone on a line, as the Hindustan Times prints the dateline under the byline. With no
/// separator and no story after it, it is no `PLACE —` dateline, and it became the story's
/// first paragraph. The byte length of the place, when `s` is such a line; where the line
/// stands (under the headline or byline, over the first paragraph) is for the caller to check,
/// since a heading inside a story can read the same.
fn day_dateline(s: &str) -> Option<usize> {
    if s.len() > 40 {
        return None;
    }
    let (place, day) = s.trim_end().split_once(", ")?;
    let words: Vec<&str> = place.split(' ').collect();
    let place_ok = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().count() >= 2
                && w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && month_number(words[0]).is_none()
        && !NOT_PLACES.contains(&place.to_lowercase().as_str());
    let day_of_month = |w: &str| {
        (1..=2).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1..=31).contains(&w.parse::<u32>().unwrap_or(0))
    };
    let day_ok = match day.split(' ').collect::<Vec<_>>()[..] {
        [a, b] => {
            (month_number(a).is_some() && day_of_month(b))
                || (day_of_month(a) && month_number(b).is_some())
        }
        _ => false,
    };
    (place_ok && day_ok).then_some(place.len())
}

/// A line that is only a place in capitals (`PATNA`, `NEW DELHI`): one to three words of
/// letters, none a word that labels a line (`UPDATED`, `WATCH`) or a month, and not an
/// outlet's name (`CGTN` under its date line).
fn lone_place(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if crate::ner::gazetteer::ListedCompanies::lists(s.trim()) {
        return false;
    }
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-'))
                && month_number(w).is_none()
                && !NOT_PLACES_AFTER_DATE.contains(w)
        })
        && !NOT_PLACES.contains(&s.trim().to_lowercase().as_str())
}

/// `Washington:` alone, the dateline on a line of its own (NDTV's syndicated copy): one to three
/// capitalised words and a colon, a listed place unless it is in capitals (`RAWALPINDI:`; a
/// label in sentence case, `Watch:`, is no place). The end of the place.
fn colon_place(s: &str) -> Option<usize> {
    let place = s.trim_end().strip_suffix(':')?;
    let words: Vec<&str> = place.split_whitespace().collect();
    ((1..=3).contains(&words.len())
        && place.len() == place.trim_start().len()
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
        })
        && month_number(place).is_none()
        && !NOT_PLACES.contains(&place.to_lowercase().as_str())
        && (!place.chars().any(char::is_lowercase)
            || crate::ner::gazetteer::Gazetteer::shared().is_listed_place(place)))
    .then_some(place.len())
}

/// The place of a dateline that opens `s` (`BEIJING:`, `Islamabad:`, `LONDON —`,
/// `WASHINGTON, May 21 (Reuters) -`): byte range of the place name within `s`.
pub fn dateline(s: &str) -> Option<(usize, usize)> {
    dateline_parts(s).map(|d| (0, d.place_end))
}

/// A dateline that opens a paragraph, in byte offsets within it (the place starts at 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// Where the place name ends (`BEIJING`).
    pub place_end: usize,
    /// Where what stands between place and separator ends (`, May 21, 2025 (Reuters)`): a
    /// date or an agency may be there.
    pub middle_end: usize,
    /// Where the separator ends (`:`, ` - `, ` — `).
    pub end: usize,
}

impl Dateline {
    /// The news agency the dateline names in brackets (`WASHINGTON, May 21 (Reuters) -`,
    /// `KARACHI, Pakistan (AP) —`): its byte range within `s`, the text the dateline was read
    /// from.
    pub fn agency(&self, s: &str) -> Option<(usize, usize)> {
        let middle = &s[self.place_end..self.middle_end];
        let open = middle.find('(')? + 1;
        let inner = &middle[open..open + middle[open..].find(')')?];
        let name = inner.trim();
        let start = self.place_end + open + (inner.len() - inner.trim_start().len());
        let is_name =
            !name.is_empty() && name.chars().any(char::is_alphabetic) && find_date(name).is_none();
        is_name.then_some((start, start + name.len()))
    }
}

/// `New Delhi, Nov 26 (PTI) The Supreme Court …`: India's agencies (PTI, IANS) end the
/// dateline with their name in brackets and no dash. Where the separator search found nothing,
/// the space after the first `)` of `window` is the separator, if a capital or a digit follows
/// it; as `(position, separator)`.
fn agency_close(window: &str) -> Option<(usize, &'static str)> {
    let close = window.find(") ")? + 1;
    let open = window[..close].rfind('(')?;
    let inside = &window[open + 1..close - 1];
    (inside.len() >= 2
        && inside.chars().all(|c| c.is_ascii_uppercase() || c == '-')
        && window[close + 1..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    .then_some((close, " "))
}

/// News agencies that write their name in lower case in their datelines.
const AGENCIES_IN_LOWER_CASE: &[&str] = &["dpa", "epd", "kna", "sid", "efe"];

/// The dateline that opens `s`, if one does.
pub fn dateline_parts(s: &str) -> Option<Dateline> {
    // The place: up to four capitalised words.
    let mut end = 0;
    let mut words = 0;
    let mut pos = 0;
    while words < 4 {
        let rest = &s[pos..];
        if !rest.starts_with(char::is_uppercase) {
            break;
        }
        let wlen = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
            .map_or(rest.len(), |(i, _)| i);
        let word = rest[..wlen].trim_end_matches(['.', '-']);
        if word.chars().count() < 2 && words == 0 {
            return None;
        }
        end = pos + word.len();
        words += 1;
        pos += wlen;
        // `NEW YORK`, and `SEOUL/TOKYO`: a story filed from two cities.
        if s[pos..].starts_with([' ', '/']) && s[pos + 1..].starts_with(char::is_uppercase) {
            pos += 1;
        } else {
            break;
        }
    }
    // `Tehran, Iran CNN —`, `Washington CNN —`: CNN's `(CNN)` loses its brackets when its page is
    // copied as text; the outlet is not part of the place.
    let bare_outlet = s[..end].ends_with(" CNN") && words > 1;
    if bare_outlet {
        end -= " CNN".len();
    }
    if words == 0 {
        return None;
    }
    let place = &s[..end];
    if NOT_PLACES.contains(&place.to_lowercase().as_str()) || update_stamp(place) {
        return None;
    }
    let all_caps = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // The separator, after an optional `, Region`, `, May 21` and `(Agency)`.
    let rest = &s[end..];
    let limit = rest.char_indices().nth(70).map_or(rest.len(), |(i, _)| i);
    let window = &rest[..limit];
    let seps = [":", " — ", " – ", " - ", " -- ", "—", " ― "];
    // The first separator, the longest of those starting at the same byte: one pass over the
    // window for all of them.
    let w = window.as_bytes();
    let (sep_at, sep) = (0..w.len())
        .filter(|&i| matches!(w[i], b':' | b' ' | 0xE2))
        .find_map(|i| {
            seps.iter()
                .filter(|sep| w[i..].starts_with(sep.as_bytes()))
                .max_by_key(|sep| sep.len())
                .map(|sep| (i, *sep))
        })
        .or_else(|| agency_close(window))?;
    let middle = &window[..sep_at];
    let outlet = middle
        .trim_end()
        .strip_suffix("CNN")
        .filter(|m| bare_outlet || m.ends_with(' '))
        .map(str::trim_end);
    let bracketed = outlet.unwrap_or(middle);
    let after = rest[sep_at + sep.len()..].trim_start();
    // `RAWALPINDI:` on a line of its own, the story under it (The Express Tribune's pages):
    // a place in capitals and its colon, nothing else on the line.
    let own_line = sep == ":" && all_caps && middle.is_empty() && {
        let line_rest = rest[sep_at + 1..].trim_start_matches([' ', '\t']);
        line_rest.is_empty() || line_rest.starts_with(['\n', '\r'])
    };
    if sep == ":" && !own_line && !rest[sep_at + 1..].starts_with([' ', '\u{a0}']) {
        return None;
    }
    // `Tehran, Iran CNN —` on its own line, the story on the next.
    let own_dash_line = sep != ":"
        && sep != " "
        && rest[sep_at + sep.len()..]
            .trim_start_matches([' ', '\t'])
            .is_empty();
    // `Islamabad [Pakistan], November 26 (ANI):`: ANI puts the country in square brackets.
    let middle_ok = bracketed.trim().is_empty()
        || ((bracketed.starts_with(',')
            || bracketed.starts_with(" (")
            || bracketed.starts_with('(')
            || bracketed.starts_with(" ["))
            && bracketed.matches('(').count() == bracketed.matches(')').count()
            && bracketed.matches('[').count() == bracketed.matches(']').count()
            && bracketed
                .split(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/' | '[' | ']')
                })
                .filter(|w| !w.is_empty())
                .all(|w| {
                    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        // `BERLIN (dpa) -`: Germany's agency writes its name in lower case.
                        || AGENCIES_IN_LOWER_CASE.contains(&w)
                }));
    if !middle_ok {
        return None;
    }
    let agency = middle.contains('(')
        || outlet.is_some()
        || find_date(middle).is_some()
        || middle.contains(',');
    // `Washington — The Senate passed …` (CBS News writes its datelines in title case): a
    // dash after a title-case word is too often something else, so only a listed place.
    let listed_place = || {
        matches!(sep, " — " | " – " | " -- ")
            && middle.is_empty()
            && crate::ner::gazetteer::Gazetteer::shared().is_listed_place(place)
    };
    if sep != ":" && !all_caps && !agency && !listed_place() {
        return None;
    }
    // Closed by the agency's bracket alone (`New Delhi, Nov 26 (PTI) The Supreme Court`): only
    // with a day or a place in capitals before it, as `Apple (AAPL) The …` is no dateline.
    let has_month = || {
        middle
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .any(|w| month_number(w).is_some())
    };
    if sep == " " && !all_caps && !has_month() {
        return None;
    }
    let starts_ok = after.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
    });
    // `SOCCER - JAPAN GET LUCKY WIN`: a headline in capitals with its topic, not a dateline
    // (a story goes on in sentence case after its dateline).
    let words: Vec<&str> = after
        .split_whitespace()
        .take(3)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    if words.len() >= 2 && words.iter().all(|w| !w.chars().any(char::is_lowercase)) {
        return None;
    }
    let alone = (own_line || (own_dash_line && (all_caps || outlet.is_some()))) && after.is_empty();
    (starts_ok || alone).then_some(Dateline {
        place_end: end,
        middle_end: end + middle.len(),
        end: end + sep_at + sep.len(),
    })
}

/// Finds the structure of `text`; returns it with the paragraph spans (byte offsets).
pub fn find(text: &str, hints: &Hints) -> (Structure, Vec<Span>) {
    let bs: Vec<Block> = blocks(text);
    let n = bs.len();
    let mut st = Structure::default();
    if n == 0 {
        return (st, Vec::new());
    }
    let t = |i: usize| &text[bs[i].span.start..bs[i].span.end];
    let rel: Vec<bool> = (0..n).map(|i| is_relative_time(t(i))).collect();
    let mut l = Lowered::new("");
    let (prompt, caption): (Vec<bool>, Vec<bool>) = (0..n)
        .map(|i| {
            l.set(t(i));
            let caption = is_caption(t(i), &l) || hints.captions.iter().any(|c| c.trim() == t(i));
            (is_prompt_lowered(t(i), &l), caption)
        })
        .unzip();
    // Caption text under a caption's label or description: the same caption, one span.
    let mut caption = caption;
    let mut joined = vec![false; n];
    for i in 1..n {
        if caption_goes_on(t(i - 1), t(i)) {
            caption[i - 1] = true;
            caption[i] = true;
            joined[i] = true;
        }
    }
    // Yahoo's `In this article:` over the tickers the story names (`PKR=X` / `-0.05%`): the
    // chips under it are the prompt's.
    let mut prompt = prompt;
    for i in 0..n {
        // A prompt wrapped onto a second line (The Independent's `Support truly` /
        // `independent journalism`): a short line right under it that opens in lower case.
        if i > 0
            && prompt[i - 1]
            && bs[i].gap_before == 0
            && t(i).starts_with(|c: char| c.is_lowercase())
            && words_up_to(t(i), 9) <= 8
        {
            prompt[i] = true;
        }
        if prompt[i] && starts_key(t(i), "in this article:") {
            for j in i + 1..n {
                if bs[j].gap_before > 0 || !ticker_chip(t(j)) {
                    break;
                }
                prompt[j] = true;
            }
        }
        // Haaretz's `Click the alert icon to follow topics:` over the topics' buttons, one
        // line of short names right under it.
        if prompt[i] && t(i).trim_end().ends_with("topics:") {
            for j in i + 1..n {
                if bs[j].gap_before > 0 || !topic_chips(t(j)) {
                    break;
                }
                prompt[j] = true;
            }
        }
    }
    let metas: Vec<Option<Meta>> = (0..n).map(|i| meta(t(i))).collect();
    // A photo's credit on a line of its own (`Jack Mitchell/Getty Images`, `Sophie Park for
    // STAT`) makes the line of prose right above it its caption: the two are set apart
    // together, from the headline above and the story below. Read alone, the caption was taken
    // for the standfirst or the story's first paragraph (and a dateline under it was lost).
    for i in 2..n {
        // NPR sets its `Enlarge this image` button right over the caption, in the same group.
        let apart = (bs[i - 1].gap_before > 0 || prompt[i - 2])
            && bs.get(i + 1).is_none_or(|b| b.gap_before > 0);
        if !apart || bs[i].gap_before > 0 {
            continue;
        }
        let above = t(i - 1);
        let described = metas[i - 1].is_none()
            && !prompt[i - 1]
            && (4..=60).contains(&words_up_to(above, 61))
            && prose_like(above)
            && !above.trim_end().ends_with(':');
        if described && photo_credit_line(t(i)) {
            caption[i - 1] = true;
            caption[i] = true;
            joined[i] = true;
        }
        // The BBC sets the credit above its caption, and the caption has no stop: `Getty
        // Images` / `Supporters of the BNP celebrated in the streets of Dhaka on Friday`.
        let below = t(i);
        if metas[i].is_none()
            && !prompt[i]
            && (4..=40).contains(&words_up_to(below, 41))
            && prose_like(below)
            && !below
                .trim_end()
                .ends_with(['.', ':', '!', '?', ';', '"', '”'])
            && (agency_credit_line(above) || photo_credit_line(above))
        {
            caption[i - 1] = true;
            caption[i] = true;
            joined[i] = true;
        }
    }
    // A headline with a relative timestamp is a link to another story. Timestamps after (`Headline` / `- 6 hours ago`) or, in some layouts, before each headline.
    let teaser: Vec<bool> = (0..n)
        .map(|i| {
            !rel[i]
                && headline_like(t(i))
                && ((i + 1 < n && rel[i + 1]) || (i >= 2 && rel[i - 1] && headline_like(t(i - 2))))
        })
        .collect();

    let (nav, in_menu) = menu_runs(&bs, text, &metas, &prompt, &rel, &caption);

    let mut kinds = vec![Kind::Body; n];
    let mut body_start: Option<(usize, usize)> = None; // (block, byte offset)
                                                       // The place of a dateline on a line of its own in the head (`Mumbai, Nov 23`).
    let mut day_place: Option<Span> = None;

    // The head: boilerplate prompts, title, metadata, captions, standfirst.
    let mut title: Option<usize> = None;
    let mut subtitle: Option<usize> = None;
    // The first block of a standfirst that runs over several blocks (a list of points);
    // `subtitle` is then its last.
    let mut subtitle_from: Option<usize> = None;
    let texts: Vec<&str> = (0..n).map(t).collect();
    let later_text =
        |from: usize| (from..n).any(|j| metas[j].is_none() && !prompt[j] && !rel[j] && !caption[j]);
    let mut i = 0;
    while i < n {
        let s = t(i);
        // `NEWS PROVIDED BY` / `Northwind Therapeutics, Inc.`: the name under a label that ends
        // in `by` is the byline, however it is punctuated.
        let named_below = i > 0
            && kinds[i - 1] == Kind::Meta
            && t(i - 1)
                .trim_end()
                .trim_end_matches(':')
                .to_lowercase()
                .ends_with(" by")
            && (1..=8).contains(&words_up_to(s, 9))
            && s.chars().count() <= 80
            && !body_like(s);
        if named_below {
            kinds[i] = Kind::Meta;
            i += 1;
            continue;
        }
        // More points of a standfirst set as a list (`- Trial met both endpoints`), under the
        // first.
        if let Some(sub) = subtitle.filter(|&k| k + 1 == i && kinds[k] == Kind::Subtitle) {
            let point = |x: &str| {
                ["- ", "• ", "* ", "– "]
                    .iter()
                    .find(|p| x.starts_with(*p))
                    .copied()
            };
            if point(t(sub)).is_some() && point(t(sub)) == point(s) && dateline(s).is_none() {
                kinds[i] = Kind::Subtitle;
                subtitle = Some(i);
                subtitle_from.get_or_insert(sub);
                i += 1;
                continue;
            }
        }
        // `Bloomberg the Company & Its Products`, `Exclusive news, data and analytics for
        // financial market professionals`, `The Guardian - Back to home`: a line set right
        // over a long menu that leads to the headline is the site's name or tagline, one
        // more entry of the page's header, not the headline.
        let over_menu = title.is_none()
            && subtitle.is_none()
            && i + MENU_UNDER_TAGLINE < n
            && (i + 1..=i + MENU_UNDER_TAGLINE).all(|k| nav[k])
            && bs[i + 1].gap_before == 0
            && words_up_to(s, 13) <= 12;
        if nav[i] && title.is_none() && subtitle.is_none() || over_menu {
            kinds[i] = Kind::Boiler;
            i += 1;
            continue;
        }
        if let Some(m) = &metas[i] {
            kinds[i] = Kind::Meta;
            if let Some(r) = m.rest {
                body_start = Some((i, bs[i].span.start + r));
                break;
            }
            i += 1;
            continue;
        }
        // `Mumbai, Nov 23` under the headline, standfirst or byline and right over the
        // story's first paragraph: the dateline on a line of its own. (The line is read first:
        // it is at most 40 bytes long.)
        let day_line = title
            .is_some()
            .then(|| day_dateline(s))
            .flatten()
            .filter(|_| {
                matches!(kinds[i - 1], Kind::Title | Kind::Subtitle | Kind::Meta)
                    && i + 1 < n
                    && metas[i + 1].is_none()
                    && body_like(t(i + 1))
            });
        if let Some(place) = day_line {
            kinds[i] = Kind::Meta;
            day_place = Some(Span::new(bs[i].span.start, bs[i].span.start + place));
            i += 1;
            continue;
        }
        if rel[i] && (title.is_some() || i == 0) {
            kinds[i] = Kind::Meta;
            i += 1;
            continue;
        }
        if caption[i] {
            kinds[i] = Kind::Caption;
            i += 1;
            continue;
        }
        // `Save` / `Share` / `Normal text size` / `Larger text size` under the date: a row of
        // controls, a run of short lines as a menu is (a name among them is still a byline).
        let dated = || {
            (0..i).any(|j| {
                kinds[j] == Kind::Meta && metas[j].as_ref().is_some_and(|m| m.date.is_some())
            })
        };
        if title.is_some() && in_menu[i] && metas[i].is_none() && !bylines_like(s) && dated() {
            kinds[i] = Kind::Boiler;
            i += 1;
            continue;
        }
        // `145` / `shares` / `37` / `View comments`: the counts a share bar shows by the
        // byline, a number on a line of its own.
        if title.is_some() && (count_only(s) || duration_only(s)) {
            kinds[i] = Kind::Boiler;
            i += 1;
            continue;
        }
        if prompt[i] {
            kinds[i] = Kind::Boiler;
            i += 1;
            // `Key events` / `3h ago  Senate approves bill`: the list a header opens, up to the
            // next blank line (a story's first paragraphs can be short too).
            if is_section_header(s) {
                while i < n
                    && bs[i].gap_before == 0
                    && (rel[i] || (headline_like(t(i)) && words_up_to(t(i), 13) <= 12))
                {
                    if !later_text(i + 1) {
                        break;
                    }
                    kinds[i] = Kind::Boiler;
                    i += 1;
                }
            }
            continue;
        }
        // `Summary` over the story's main points, under the headline: the points are its
        // standfirst, not its first paragraphs.
        if title.is_some() && subtitle.is_none() {
            if let Some(points) = summary_points(&bs, &texts, i) {
                kinds[i] = Kind::Boiler;
                kinds[points.clone()].fill(Kind::Subtitle);
                subtitle_from = Some(points.start);
                subtitle = Some(points.end - 1);
                i = points.end;
                continue;
            }
        }
        // `Welcome to the 2,400 new subscribers who joined this week! …` over a newsletter's
        // first paragraph: a promotion for the outlet, not the story's first paragraph.
        if title.is_some() && s.len() <= 300 && promo_line(&s.to_lowercase()) {
            kinds[i] = Kind::Boiler;
            i += 1;
            continue;
        }
        let hinted = hints
            .title
            .as_deref()
            .is_some_and(|h| !h.trim().is_empty() && h.trim() == s);
        // A site name pasted above the headline: `The Express Tribune`, `DAWN`.
        let masthead = title.is_none()
            && !hinted
            && i + 1 < n
            && words_up_to(s, 5) <= 4
            && byline_like(s)
            && !s.contains(',')
            && headline_like(t(i + 1))
            && words_up_to(t(i + 1), 5) >= 5
            && t(i + 1)
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
            && dateline(t(i + 1)).is_none();
        // `National` / `Politics` right over the headline (the Korea Herald): the section
        // trail set as lines of their own, at the top of the paste.
        let trail = (title.is_none()
            && subtitle.is_none()
            && kinds[..i].iter().all(|k| *k == Kind::Boiler))
        .then(|| section_trail(&texts, &bs, i))
        .flatten();
        if let Some(end) = trail {
            kinds[i..end].fill(Kind::Boiler);
            i = end;
            continue;
        }
        if masthead || (title.is_none() && subtitle.is_none() && head_menu(&texts, i)) {
            kinds[i] = Kind::Boiler;
            i += 1;
            continue;
        }
        let more_text = (i + 1..n).any(|j| metas[j].is_none() && !prompt[j] && !rel[j]);
        if title.is_none()
            && subtitle.is_none()
            && (hinted
                || (headline_like(s)
                    && more_text
                    && !s.starts_with(char::is_lowercase)
                    && !body_like(s)
                    && (dateline(s).is_none() || kicker_headline(s))))
        {
            kinds[i] = Kind::Title;
            title = Some(i);
            i += 1;
            continue;
        }
        if title.is_some() && bylines_like(s) && dateline(s).is_none() && later_text(i + 1) {
            kinds[i] = Kind::Meta;
            i += 1;
            continue;
        }
        // The heading right under a live post's time (`14.05 GMT` / `Zelenskyy arrives at
        // Downing Street`) opens the post, and the story: no standfirst.
        let under_post_time = (0..i)
            .rev()
            .take_while(|&k| kinds[k] == Kind::Meta && bs[k + 1].gap_before == 0)
            .any(|k| clock_line(t(k)));
        if title.is_some()
            && subtitle.is_none()
            && !under_post_time
            && dateline(s).is_none()
            && words_up_to(s, 4) >= 4
            && prose_like(s)
        {
            // The next block that is not metadata, a prompt or a caption.
            let mut k = i + 1;
            let mut meta_between = false;
            while k < n
                && (metas[k].is_some() || caption[k] || rel[k] || prompt[k] || bylines_like(t(k)))
            {
                meta_between |= metas[k].is_some() || rel[k] || bylines_like(t(k));
                k += 1;
            }
            if k < n && s.chars().count() <= 400 {
                // The usual space between the body's own paragraphs.
                let gaps: Vec<usize> = (k + 1..n)
                    .filter(|&j| words_up_to(t(j), 8) >= 8 && !prompt[j] && !rel[j] && !teaser[j])
                    .map(|j| bs[j].gap_before)
                    .collect();
                let typical = if gaps.is_empty() {
                    bs[k].gap_before
                } else {
                    median(&gaps)
                };
                let later = &text[bs[i].span.end..];
                let is_sub = dateline(t(k)).is_some()
                    || bs[k].gap_before > typical
                    || meta_between
                    || headline_like(s)
                    || (s.chars().count() >= 40 && later.contains(s));
                if is_sub {
                    kinds[i] = Kind::Subtitle;
                    subtitle = Some(i);
                    i += 1;
                    continue;
                }
            }
        }
        // A few short blocks, then the metadata line (`Sat 14 Dec 2024 19.32 GMT`): the byline
        // and date come before a story, so these are still the head, as a match report sets
        // its score, scorers and standfirst above the byline. The longest sentence among them
        // is the standfirst; the rest is metadata.
        // A head has one date: once a dated line has been read, a later stamp (`Updated at
        // 14.11 GMT` under a live blog's first post) closes no head.
        let dated_head = (0..i)
            .any(|j| kinds[j] == Kind::Meta && metas[j].as_ref().is_some_and(|m| m.date.is_some()));
        if title.is_some() && dateline(s).is_none() && !dated_head {
            let head_end = (i + 1..n.min(i + 6))
                .take_while(|&k| {
                    // `Attendance: 60,251` reads like `PLACE: story`, but no story is that short.
                    words_up_to(t(k), 41) <= 40
                        && (dateline(t(k)).is_none()
                            || words_up_to(t(k), 5) <= 4
                            || metas[k].is_some())
                        && !caption[k]
                        && !prompt[k]
                })
                .find(|&k| {
                    // The story itself must follow: a short story's closing `Published …` line
                    // before a list of links does not make its paragraphs the head.
                    metas[k]
                        .as_ref()
                        .is_some_and(|m| m.rest.is_none() && m.date.is_some())
                        && (k + 1..n).any(|j| metas[j].is_none() && !prompt[j] && body_like(t(j)))
                });
            if let Some(k) = head_end.filter(|_| words_up_to(s, 41) <= 40) {
                let standfirst = (i..k)
                    .filter(|&j| words_up_to(t(j), 8) >= 8 && !bylines_like(t(j)))
                    .max_by_key(|&j| word_count(t(j)));
                kinds[i..k].fill(Kind::Meta);
                if let Some(j) = standfirst
                    .filter(|&j| subtitle.is_none_or(|sub| word_count(t(sub)) < word_count(t(j))))
                {
                    if let Some(sub) = subtitle {
                        kinds[sub] = Kind::Meta;
                    }
                    kinds[j] = Kind::Subtitle;
                    subtitle = Some(j);
                    subtitle_from = None;
                }
                i = k;
                continue;
            }
        }
        body_start = Some((i, bs[i].span.start));
        break;
    }

    // The rest: body, captions, metadata and boilerplate.
    let first = body_start.map(|(b, _)| b);
    if let Some(b0) = first {
        kinds[b0] = Kind::Body;
        let sentence_case = t(b0).chars().any(char::is_lowercase);
        // Whether the run of lines in capitals that block `j` is in (Fox sets a link to
        // another story over a subhead: `DEMOCRATS VOW TO BLOCK …` / `THE BILL'S MAIN
        // PROVISIONS`) has a paragraph of prose on both sides.
        let capitals = |k: usize| {
            let s = t(k);
            s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
        };
        let between_prose = |j: usize| {
            let from = (b0..j).rev().find(|&k| !capitals(k));
            let to = (j + 1..n).find(|&k| !capitals(k));
            from.is_some_and(|k| prose_line(t(k))) && to.is_some_and(|k| prose_line(t(k)))
        };
        let mut in_section = false;
        for j in b0 + 1..n {
            let s = t(j);
            kinds[j] = if in_section
                && (rel[j] || (words_up_to(s, 21) <= 20 && !body_like(s) && !s.ends_with('.')))
            {
                Kind::Boiler
            } else if caption[j] && !(j + 1 == n && kinds[j - 1] == Kind::Body && signoff(s)) {
                in_section = false;
                Kind::Caption
            } else if prompt[j] || rel[j] || teaser[j] || inline_promo(s) {
                in_section = is_section_header(s) && j > b0;
                Kind::Boiler
            } else if sentence_case && caps_headline(s) && between_prose(j) {
                in_section = false;
                Kind::Boiler
            } else if metas[j].as_ref().is_some_and(|m| m.rest.is_none())
                && words_up_to(s, 13) <= 12
            {
                in_section = false;
                Kind::Meta
            } else {
                in_section = false;
                Kind::Body
            };
        }
    }
    // The trailer a press release or a wire story ends with: from its first block on, nothing
    // is the story, however long its paragraphs (an `About …` section is prose).
    if let Some(k) = first.and_then(|b0| trailer_start(&texts, b0)) {
        for kind in &mut kinds[k..] {
            if *kind != Kind::Caption {
                *kind = Kind::Boiler;
            }
        }
    }
    // The writer's box a blog closes with, under its `Written by …` line (Medium: `Written by
    // Sarah Chen` / `2.3K Followers` / `Staff engineer. Writing about boring technology that
    // works.`): a few short lines after a story, where the blurb reads as a last paragraph.
    if let Some(b0) = first {
        let box_head = (b0 + 1..n)
            .rev()
            .find(|&j| kinds[j] == Kind::Meta && starts_key(t(j), "written by"))
            .filter(|&w| (b0..w).any(|k| kinds[k] == Kind::Body && body_like(t(k))));
        if let Some(w) = box_head {
            let inside: Vec<usize> = (w + 1..n).filter(|&j| kinds[j] == Kind::Body).collect();
            if inside.len() <= AUTHOR_BOX_LINES
                && inside
                    .iter()
                    .all(|&j| t(j).split_whitespace().nth(AUTHOR_BOX_WORDS).is_none())
            {
                inside.into_iter().for_each(|j| kinds[j] = Kind::Boiler);
            }
        }
    }
    // The outlet's closing lines, read back from the end while they are all the body has there
    // (a line of the story ends the search).
    if let Some(b0) = first {
        // Short lines after the story wait for a closing line before them: then they are
        // part of the page's footer too. (Any boilerplate before them is not enough: a table
        // of results may follow a `Read more:` link.)
        let mut pending: Vec<usize> = Vec::new();
        for j in (b0 + 1..n).rev() {
            if kinds[j] != Kind::Body {
                continue;
            }
            let s = t(j);
            // `Note from the author:` over the page's appeal: a label of what follows.
            let label = s.trim_end().ends_with(':')
                && words_up_to(s, 7) <= 6
                && kinds.get(j + 1) == Some(&Kind::Boiler);
            // A writer's bio names someone the story itself does not: the story's subject
            // may be a reporter too.
            // What a writer covers reads like a story's sentence more often than what a
            // writer is, so that bio must name a writer of the byline above the story.
            let bylined =
                |name: &&str| (0..b0).any(|k| kinds[k] == Kind::Meta && t(k).contains(*name));
            let bio = || {
                bio_name(s)
                    .or_else(|| beat_bio_name(s).filter(bylined))
                    .is_some_and(|name| {
                        let surname = name.split_whitespace().last().unwrap_or(name);
                        // The box's own name line (`Ingrid Lunden` over `Ingrid is a writer …`)
                        // is no part of the story.
                        !(b0..j).any(|k| {
                            kinds[k] == Kind::Body
                                && t(k).contains(surname)
                                && !trailing_scrap(t(k))
                        })
                    })
            };
            if label || closing_line(s) || bio() {
                kinds[j] = Kind::Boiler;
                pending.drain(..).for_each(|p| kinds[p] = Kind::Boiler);
            } else if trailing_scrap(s) {
                pending.push(j);
            } else {
                break;
            }
        }
    }
    let last_body = (0..n).rev().find(|&j| kinds[j] == Kind::Body);

    // Spans.
    st.title = title.map(|i| bs[i].span);
    st.subtitle =
        subtitle.map(|i| Span::new(bs[subtitle_from.unwrap_or(i)].span.start, bs[i].span.end));
    let mut paragraphs = Vec::with_capacity(n + 1);
    for (j, b) in bs.iter().enumerate() {
        match (&metas[j], body_start) {
            (Some(m), Some((bb, off))) if bb == j && m.rest.is_some() => {
                st.metadata
                    .push(Span::new(b.span.start, b.span.start + m.len));
                paragraphs.push(Span::new(b.span.start, b.span.start + m.len));
                paragraphs.push(Span::new(off, b.span.end));
            }
            _ => {
                if kinds[j] == Kind::Meta {
                    st.metadata.push(b.span);
                    let line = &text[b.span.start..b.span.end];
                    if let Some(k) = reading_time_tail(line) {
                        let head = line[..k].trim_end().len();
                        paragraphs.push(Span::new(b.span.start, b.span.start + head));
                        paragraphs.push(Span::new(b.span.start + k, b.span.end));
                        continue;
                    }
                }
                paragraphs.push(b.span);
            }
        }
        if kinds[j] == Kind::Caption {
            match st.captions.last_mut() {
                Some(last) if joined[j] && kinds[j - 1] == Kind::Caption => last.end = b.span.end,
                _ => st.captions.push(b.span),
            }
        }
        if kinds[j] == Kind::Boiler {
            match st.boilerplate.last_mut() {
                Some(last) if j > 0 && kinds[j - 1] == Kind::Boiler => last.end = b.span.end,
                _ => st.boilerplate.push(b.span),
            }
        }
    }
    if let (Some((b0, off)), Some(b1)) = (body_start, last_body) {
        if b1 >= b0 {
            st.body = Some(Span::new(off, bs[b1].span.end));
            let first = &text[off..bs[b0].span.end];
            if let Some(d) =
                dateline_parts(first).filter(|d| !is_speaker(first, d, &bs[b0 + 1..=b1], text))
            {
                st.dateline = Some(Span::new(off, off + d.place_end));
            } else if let Some(end) = colon_place(first).filter(|_| {
                // NDTV's `Washington:` on a line of its own over the story; a speaker's label
                // over what they said comes again.
                b1 > b0 && !opens_one_of(first.trim_end(), &bs[b0 + 1..=b1], text)
            }) {
                st.dateline = Some(Span::new(off, off + end));
            }
        }
    }
    // No dateline opens the body: the place a metadata line names (`Mumbai | Updated: …`).
    if st.dateline.is_none() {
        let body_block = body_start.map_or(n, |(b, _)| b);
        st.dateline = (0..body_block)
            .filter(|&j| kinds[j] == Kind::Meta)
            .find_map(|j| {
                let (a, b) = metas[j].as_ref()?.place?;
                Some(Span::new(bs[j].span.start + a, bs[j].span.start + b))
            })
            .or(day_place)
            .or_else(|| {
                // `PATNA` alone between the date line and the story (The Hindu's pages), or
                // `Islamabad` right under the writer's name (`Staff Reporter` / `Islamabad`,
                // Pakistan Observer), a listed place in sentence case.
                let j = body_block.checked_sub(1)?;
                let under_byline = || {
                    j > 0
                        && kinds[j - 1] == Kind::Meta
                        && bs[j].gap_before == 0
                        && byline_like(t(j - 1))
                        && words_up_to(t(j), 4) <= 3
                        && crate::ner::gazetteer::Gazetteer::shared().is_listed_place(t(j).trim())
                };
                (kinds[j] == Kind::Meta && (lone_place(t(j)) || under_byline()))
                    .then_some(bs[j].span)
            });
    }
    // The publication date: the first metadata date before the body, else any metadata date.
    let body_begin = st.body.map_or(usize::MAX, |b| b.start);
    let dated: Vec<(usize, &DateMatch)> = (0..n)
        .filter(|&j| {
            kinds[j] == Kind::Meta
                || body_start.is_some_and(|(b, _)| {
                    b == j && metas[j].as_ref().is_some_and(|m| m.rest.is_some())
                })
        })
        .filter_map(|j| {
            metas[j]
                .as_ref()
                .and_then(|m| m.date.as_ref())
                .map(|d| (j, d))
        })
        .collect();
    let pick = dated
        .iter()
        .find(|(j, d)| bs[*j].span.start + d.start < body_begin)
        .or(dated.first());
    if let Some((j, d)) = pick {
        let base = bs[*j].span.start;
        st.date = Some(DateField {
            span: Span::new(base + d.start, base + d.end),
            value: d.iso.clone(),
        });
    } else if let (Some((b0, off)), Some(_)) = (body_start, st.dateline) {
        // `LONDON, 21 May 2025 (AFP) -`: a dateline that carries the year.
        let first = &text[off..bs[b0].span.end];
        if let Some(Dateline {
            place_end,
            middle_end,
            ..
        }) = dateline_parts(first)
        {
            if let Some(d) = find_date(&first[place_end..middle_end]) {
                st.date = Some(DateField {
                    span: Span::new(off + place_end + d.start, off + place_end + d.end),
                    value: d.iso,
                });
            }
        }
    }
    (st, paragraphs)
}

/// Whether block `i` could be an entry of a site's menu: a few words with no end of a
/// sentence (`Life & Style`, `Sign In`, `Podcasts & Shows`), no date or time (a live blog's
/// `21.47 GMT` over its post's heading), no caption.
fn menu_item(s: &str, meta: Option<&Meta>, rel: bool, caption: bool) -> bool {
    let last = s.trim_end().chars().next_back();
    words_up_to(s, 6) <= 5
        && s.len() <= 48
        && s.chars().count() <= 40
        && (!matches!(last, Some('.' | '!' | '?' | ',' | ';' | ':')) || abbreviation_end(s))
        && !rel
        && !caption
        && time_prefix(s) == 0
        && meta.is_none_or(|m| m.date.is_none() && m.rest.is_none())
}

/// How many entries of a menu must follow a line for it to be read as the site's tagline.
const MENU_UNDER_TAGLINE: usize = 5;

/// `4:12`, `1:02:37`: the length of a story's audio or video on a line of its own, under its
/// `Listen` or `Watch` button (no clock time: no zone, no am or pm).
fn duration_only(s: &str) -> bool {
    let t = s.trim();
    (4..=8).contains(&t.len())
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.split(':').count() >= 2
        && t.split(':').enumerate().all(|(k, part)| {
            !part.is_empty()
                && part.len() <= 2
                && (k == 0 || part.len() == 2)
                && part.bytes().all(|b| b.is_ascii_digit())
        })
}

/// A number alone (`145`, `1,204`, `2.1K`): a count of shares, comments or likes.
fn count_only(s: &str) -> bool {
    let t = s.trim_end_matches(['K', 'k', 'M']);
    (1..=7).contains(&t.len())
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// `U.K.`, `U.S.`: a line whose last word is an abbreviation with its own stops, not the end of
/// a sentence.
fn abbreviation_end(s: &str) -> bool {
    let last = s.split_whitespace().next_back().unwrap_or("");
    last.ends_with('.')
        && last.len() <= 6
        && last[..last.len() - 1].contains('.')
        && last.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The menus a whole-page paste opens with, above the headline: the site's name, `Subscribe`,
/// `Sign In`, `News`, `Sport`, `Life & Style`, the section trail (`National` / `NSW` /
/// `Transport`). A run of three or more short lines with no end of a sentence, which the
/// headline follows (past prompts and metadata): a headline with its byline and date is one
/// line with two short ones, and a paragraph or a date, not a headline, comes after them.
/// Only the head before the first paragraph of running text is read. Returns the menus above
/// the headline and every run of three or more such lines in the head.
fn menu_runs(
    bs: &[Block],
    text: &str,
    metas: &[Option<Meta>],
    prompt: &[bool],
    rel: &[bool],
    caption: &[bool],
) -> (Vec<bool>, Vec<bool>) {
    let n = bs.len();
    let t = |i: usize| &text[bs[i].span.start..bs[i].span.end];
    let mut nav = vec![false; n];
    let mut in_menu = vec![false; n];
    let item = |i: usize| menu_item(t(i), metas[i].as_ref(), rel[i], caption[i]);
    let mut a = 0;
    while a < n && !body_like(t(a)) {
        if !item(a) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < n && item(b) {
            b += 1;
        }
        let headline_next = (b..n)
            .find(|&j| !prompt[j] && metas[j].is_none())
            .is_some_and(|j| {
                let s = t(j);
                headline_like(s)
                    && words_up_to(s, 4) >= 4
                    && !body_like(s)
                    && (dateline(s).is_none() || kicker_headline(s))
            });
        if b - a >= 3 {
            in_menu[a..b].fill(true);
            if headline_next {
                nav[a..b].fill(true);
            }
        }
        a = b;
    }
    (nav, in_menu)
}

/// Headings a press release's closing sections go under (compared lower-cased, without a
/// closing colon): whom to call, and the legal notice.
const TRAILER_HEADINGS: &[&str] = &[
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "investor contact",
    "investor contacts",
    "investor relations",
    "investor relations contact",
    "investor and media contacts",
    "media and investor contacts",
    "media relations",
    "media inquiries",
    "media enquiries",
    "contact",
    "contacts",
    "contact information",
    "for more information",
    "for further information",
    "forward-looking statements",
    "forward looking statements",
    "cautionary note regarding forward-looking statements",
    "cautionary statement regarding forward-looking statements",
    "safe harbor statement",
    "safe harbour statement",
    // The box about the writers under a story (STAT, and many more).
    "about the author",
    "about the authors",
    "about the writer",
    "about the writers",
    "about the reporter",
    "about the reporters",
];

/// `Media Contact:`, `Forward-Looking Statements`: a heading that opens a press release's
/// trailer.
fn trailer_heading(s: &str) -> bool {
    // Asked of every block: the headings are short, so longer blocks are not lower-cased.
    if s.len() > 80 {
        return false;
    }
    let lower = s.trim().to_lowercase();
    let bare = lower.trim_end_matches([':', ' ']);
    TRAILER_HEADINGS.contains(&bare)
}

/// `About Northwind Therapeutics`: the heading of a press release's description of the
/// company (or of its product). Alone it might head a section of a story, so
/// [`trailer_start`] wants another trailer mark after it.
fn about_heading(s: &str) -> bool {
    let s = s.trim();
    // `About Acme Corp.`: a company's name may end in a full stop, a sentence's last word does
    // not look like this.
    let abbreviation = |w: &str| {
        w.strip_suffix('.').is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() <= 4
        })
    };
    s.strip_prefix("About ").is_some_and(|name| {
        name.starts_with(char::is_uppercase)
            && words_up_to(name, 7) <= 6
            && !s.ends_with(['?', '!', ':'])
            && (!s.ends_with('.') || name.split_whitespace().last().is_some_and(abbreviation))
    })
}

/// `A Message from The Moscow Times:` over `Dear readers,`: a publisher's appeal pasted under
/// the story, to its end. The heading and the salutation together; either alone may be the
/// story's own words.
fn readers_message(s: &str, next: Option<&str>) -> bool {
    let s = s.trim();
    // The salutation on the heading's next line, or opening the next block.
    let (head, rest) = s.split_once('\n').map_or((s, next), |(h, r)| (h, Some(r)));
    head.len() <= 80
        && head.trim_end().ends_with(':')
        && starts_word(&head.to_lowercase(), "a message from")
        && rest.is_some_and(|r| r.trim_start().to_lowercase().starts_with("dear reader"))
}

/// `SOURCE Northwind Therapeutics, Inc.`: the issuer a press-release wire names as the last
/// line.
fn source_line(s: &str) -> bool {
    s.trim().strip_prefix("SOURCE ").is_some_and(|name| {
        name.starts_with(char::is_uppercase) && (1..=8).contains(&words_up_to(name, 9))
    })
}

/// Where the trailer after the story starts, if there is one: the first press-release
/// heading (`Media Contact:`, `Forward-Looking Statements`, an `About …` heading that more
/// trailer follows, the closing `SOURCE …` line), or a rule (`___`) after which only credits,
/// prompts and short lines with links follow, as AP ends its stories (`Follow AP's coverage of
/// … at https://…`, or the hub line alone: `AP World Cup: https://…`). `blocks` are the texts
/// of all blocks; the body starts at block `b0`.
fn trailer_start(blocks: &[&str], b0: usize) -> Option<usize> {
    let n = blocks.len();
    let marked = |j: usize| trailer_heading(blocks[j]) || (j + 1 == n && source_line(blocks[j]));
    (b0 + 1..n).find(|&j| {
        let s = blocks[j];
        marked(j)
            || (about_heading(s) && (j + 1..n).any(marked))
            || readers_message(s, blocks.get(j + 1).copied())
            || (is_rule_line(s)
                && j + 1 < n
                && blocks[j + 1..].iter().all(|b| is_prompt(b) || link_line(b)))
    })
}

/// How a line saying where the story first ran starts: `This article was originally written
/// in German.` (DW), `This interview first appeared in the Nation's Saturday edition.`
const FIRST_RAN_STARTS: &[&str] = &[
    "this article",
    "this story",
    "this interview",
    "this piece",
    "this column",
    "this essay",
    "this report",
];

/// What follows [`FIRST_RAN_STARTS`] in such a line.
const FIRST_RAN_VERBS: &[&str] = &[
    " first appeared",
    " originally appeared",
    " first ran",
    " was first published",
    " was originally published",
    " was originally written",
    " was first written",
    // `This article appeared in the The Americas section of the print edition …` (The
    // Economist).
    " appeared",
    " appears",
];

/// Phrases of a promotion for the outlet itself: `Join ST's WhatsApp Channel and get the
/// latest news and must-reads.` (The Straits Times), `Axios Pro Rata newsletter` / `Get the
/// biggest deals in your inbox. Sign up for free.`, `Become a member  Support us just once`
/// (the Kyiv Independent).
const PROMO_PHRASES: &[&str] = &[
    "newsletter",
    "whatsapp channel",
    "telegram channel",
    "sign up",
    "subscribe",
    "become a member",
    "support us",
    "supporting us",
    "in your inbox",
    "to your inbox",
    "discover more",
    "download the",
    "our app",
    "stay up to date",
    // `TechCrunch Disrupt 2027 is coming to San Francisco. Register now and save up to $400 …`
    "register now",
];

/// Verbs a promotion opens with, telling the reader to act.
const PROMO_VERBS: &[&str] = &[
    "join",
    "sign",
    "subscribe",
    "get",
    "become",
    "support",
    "discover",
    "download",
    "follow",
    "try",
    "register",
    "listen",
    "watch",
    "please",
    "click",
    "tap",
    // `Thanks for reading The Overlap! Subscribe for free to receive new posts`.
    "thanks",
    // `Find The Irish Times on WhatsApp and stay up to date`.
    "find",
    // `Welcome to the 2,400 new subscribers who joined this week!` (Substack).
    "welcome",
];

/// [`PROMO_PHRASES`] for [`contains_any`].
static PROMO_SET: Needles = Needles::new(PROMO_PHRASES);

/// A promotion for the outlet (see [`PROMO_PHRASES`]): a short line that names one and tells
/// the reader to act, or asks (`Please consider supporting us.`), or is only a few words (a
/// newsletter's name). A story's own last paragraph may mention a newsletter, but does not
/// open with `Join` or `Subscribe`.
fn promo_line(lower: &str) -> bool {
    // Most lines hold none of the phrases: one pass for all of them, before the words are
    // counted (a search of the line for each phrase was most of this check's time).
    if !contains_any(lower, &PROMO_SET) {
        return false;
    }
    let words = word_count(lower);
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // `… is coming to San Francisco. Register now …`: a later sentence may tell the reader.
    let later_verb = || {
        lower.split(['.', '!', '?']).skip(1).any(|sentence| {
            let first = sentence
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            PROMO_VERBS.contains(&first)
        })
    };
    words <= 40
        && (PROMO_VERBS.contains(&first) || words <= 6 || lower.contains("please ") || later_verb())
}

/// `The Tariff Watch newsletter is your daily guide to … Sign up here.`: a plug for the
/// outlet's newsletter set between a story's paragraphs. It names a newsletter (or a
/// subscription) and tells the reader to sign up in a sentence of its own, as no paragraph of
/// a story does.
fn inline_promo(s: &str) -> bool {
    if s.len() > 300 {
        return false;
    }
    // Asked of every paragraph: compared ignoring ASCII case, without lower-casing a copy.
    let has = |hay: &str, p: &str| {
        hay.as_bytes()
            .windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    };
    // The short call first: most paragraphs have no sentence that opens with one, and the
    // phrase search below reads every byte for each phrase. The sentences are `s.split(['.',
    // '!', '?'])`'s, cut at those bytes (ASCII, so where the chars are) without decoding
    // chars; a call starts with `s` or `r` in either case, and a sentence that does not is
    // passed over before the calls are compared.
    let b = s.as_bytes();
    let mut start = 0;
    sentence_marks(b).chain([b.len()]).any(|end| {
        let sentence = s[start..end].trim();
        start = end + 1;
        matches!(sentence.as_bytes().first(), Some(b's' | b'S' | b'r' | b'R'))
            && ["sign up", "subscribe", "register"]
                .iter()
                .any(|v| starts_key(sentence, v))
            && words_up_to(sentence, 6) <= 5
    }) && [
        "newsletter",
        "subscribe",
        "sign up",
        "in your inbox",
        "to your inbox",
    ]
    .iter()
    .any(|p| has(s, p))
}

/// Where `b` has a `.`, `!` or `?`, in order: `(0..b.len()).filter(..)` over the bytes, eight
/// bytes at a time (asked of every short paragraph).
fn sentence_marks(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    use crate::tokenize::bytes_equal;
    let (mut i, mut marks) = (0, 0u64);
    std::iter::from_fn(move || loop {
        if marks != 0 {
            // A mark of the eight bytes before `i`.
            let k = (marks.trailing_zeros() / 8) as usize;
            marks &= marks - 1;
            return Some(i - 8 + k);
        }
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            marks = bytes_equal(w, b'.') | bytes_equal(w, b'!') | bytes_equal(w, b'?');
            i += 8;
            continue;
        }
        let &c = b.get(i)?;
        i += 1;
        if matches!(c, b'.' | b'!' | b'?') {
            return Some(i - 1);
        }
    })
}

/// The notice a site closes its page with, too long for a prompt: Punch's `All rights
/// reserved. This material, and other digital content on this website, may not be
/// reproduced, published, broadcast, rewritten or redistributed in whole or in part without
/// prior express written permission from PUNCH.`
fn rights_notice(lower: &str) -> bool {
    words_up_to(lower, 101) <= 100
        && (lower.starts_with("all rights reserved")
            // Middle East Eye's `… To learn more about republishing this content and the
            // associated fees, please fill out this form.`
            || lower.contains("republishing this content")
            || (lower.contains("written permission")
                && ["reproduced", "republished", "redistributed", "rewritten"]
                    .iter()
                    .any(|p| lower.contains(p))
                && ["this material", "this website", "this site", "this article"]
                    .iter()
                    .any(|p| lower.contains(p))))
}

/// `doi: https://doi.org/10.1038/…` (Nature), `References`: the reference of the paper a
/// science story reports and the heading of its list of references.
fn reference_line(lower: &str) -> bool {
    let l = lower.trim();
    matches!(l.trim_end_matches(':'), "references" | "bibliography")
        || (words_up_to(l, 4) <= 3
            && ["doi:", "doi.org/", "https://doi.org/", "http://doi.org/"]
                .iter()
                .any(|p| l.starts_with(p)))
}

/// Words for what the writer of a bio does.
const BIO_ROLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "columnist",
    "contributor",
    "producer",
    "anchor",
];

/// The name that opens a writer's bio and the rest after `is`: `Sam Marsden is a senior
/// writer for ESPN covering European football.`, `James Olley is ESPN's senior writer …`,
/// `Chad Pergram is a senior congressional correspondent for FOX News Channel. He joined …`
/// (Fox News). The name is one to four capitalised words; within six words after `is a`,
/// `is the` or `is <Outlet>'s` comes a word for a journalist's job.
fn bio_name(s: &str) -> Option<&str> {
    if s.len() > 400 {
        return None;
    }
    let (name, rest) = s.split_once(" is ")?;
    let names: Vec<&str> = name.split_whitespace().collect();
    let capitalised = names.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    });
    // `Ingrid is a writer and editor at TechCrunch.`: some outlets name the writer by the
    // first name alone.
    if !(1..=4).contains(&names.len()) || !capitalised {
        return None;
    }
    let mut after = rest.split_whitespace();
    let lead = after.next()?;
    let possessive = lead.ends_with("'s") || lead.ends_with("’s");
    // `Jack Horgan-Jones is Political Correspondent of The Irish Times`: the job right after
    // `is`, capitalised as a title.
    let titled = !possessive && lead.starts_with(char::is_uppercase);
    if !(matches!(lead, "a" | "an" | "the") || possessive || titled) {
        return None;
    }
    let role = |w: &str| {
        BIO_ROLES.contains(
            &w.trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase()
                .as_str(),
        )
    };
    if titled {
        return (role(lead) || rest.split_whitespace().nth(1).is_some_and(role)).then_some(name);
    }
    after
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .any(|w| BIO_ROLES.contains(&w.as_str()))
        .then_some(name)
}

/// The most lines of the story's text a writer's box under `Written by …` may have after it.
const AUTHOR_BOX_LINES: usize = 4;
/// The most words each of them may have: a bio, a follower count, a button.
const AUTHOR_BOX_WORDS: usize = 40;

/// What a writer's bio says they do, after their name: `Maria Martinez covers the German
/// economy from Berlin.` (Reuters), `… reports on energy from London.`, `… writes about
/// technology for …`.
const BEAT_VERBS: &[&str] = &[
    "covers ",
    "reports on ",
    "reports from ",
    "writes about ",
    "writes on ",
    "has covered ",
    "has reported on ",
    "has written about ",
    "has been covering ",
    "has been reporting on ",
];

/// Whether `name` is one to four capitalised words, as a person's name is written.
fn capitalised_name(name: &str) -> bool {
    let mut words = 0;
    for w in name.split_whitespace() {
        words += 1;
        let ok = w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if words > 4 || !ok {
            return false;
        }
    }
    words >= 1
}

/// The name that opens a writer's bio that says what they cover, as [`BEAT_VERBS`] put it:
/// `Maria Martinez covers the German economy from Berlin.` A full name (two to four
/// capitalised words), a sentence of up to 40 words. [`find`] reads it only among a story's
/// closing lines, only for a name the byline above the story has and the story has not.
fn beat_bio_name(s: &str) -> Option<&str> {
    let s = s.trim();
    if s.len() > 300 || !s.ends_with('.') || s.split_whitespace().nth(40).is_some() {
        return None;
    }
    s.match_indices(' ').skip(1).take(3).find_map(|(at, _)| {
        let (name, rest) = (&s[..at], &s[at + 1..]);
        (capitalised_name(name) && BEAT_VERBS.iter().any(|v| rest.starts_with(v))).then_some(name)
    })
}

/// `34`, `1.2K`, `2.3K Followers`, `12 Comments`: a count a page's widgets show by a story (its
/// claps, comments, shares, the writer's followers), alone or with what it counts.
fn counter_line(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(count), what, None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    count_only(count)
        && what.is_none_or(|w| {
            [
                "followers",
                "following",
                "likes",
                "comments",
                "claps",
                "shares",
                "subscribers",
                "responses",
                "reactions",
            ]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        })
}

/// `News24`, `Reuters` alone on the story's last line: the outlet signing it off. A listed
/// organization's name and nothing else is no sentence of the story.
fn outlet_sign_off(s: &str) -> bool {
    let t = s.trim();
    t.len() <= 40
        && t.starts_with(|c: char| c.is_uppercase())
        && words_up_to(t, 5) <= 4
        && crate::ner::gazetteer::Gazetteer::shared().is_listed_as(t, crate::analysis::Label::ORG)
}

/// `Corrections and clarifications | Submit a news tip | Report error` (CBC): the page's tools
/// in one line, short links between bars, one of them a [`CLOSING_HEADINGS`] link.
fn closing_links(lower: &str) -> bool {
    lower.contains(" | ") && {
        let parts: Vec<&str> = lower.split(" | ").map(str::trim).collect();
        parts.iter().all(|p| (1..=4).contains(&words_up_to(p, 5)))
            && parts.iter().any(|p| CLOSING_HEADINGS.contains(p))
    }
}

/// Headings and links an outlet sets under a story (compared lower-cased, without a closing
/// stop, colon or question mark): its tags (`Topics`, `KEYWORDS`), the writer's box (`View
/// Bio`), a review's box (`Good Stuff` / `Bad Stuff`, `Pros` / `Cons`), the page's tools
/// (`Report Error`, `Submit a News Tip`) and an invitation to read on (`Ready for more?`).
const CLOSING_HEADINGS: &[&str] = &[
    "topics",
    "suggested topics",
    "tags",
    "keywords",
    "related topics",
    "filed under",
    "view bio",
    "full bio",
    "see full bio",
    "view full bio",
    "view profile",
    "view all posts",
    "more by this author",
    "more from this author",
    "good stuff",
    "bad stuff",
    "the good",
    "the bad",
    "the good stuff",
    "the bad stuff",
    "pros",
    "cons",
    "pros and cons",
    "what we like",
    "what we don't like",
    "what we don’t like",
    "what we didn't like",
    "what we didn’t like",
    "report error",
    "report an error",
    "corrections and clarifications",
    "report a typo",
    "submit a tip",
    "submit a news tip",
    "send us a tip",
    "suggest a correction",
    "corrections and clarifications",
    "ready for more",
    "want more",
];

/// `LATEST POLITICS STORIES`, `More Business News`, `Recommended articles`: the heading of a list
/// of other stories, `s` lower-cased.
fn list_heading(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or_default();
    words_up_to(s, 6) <= 5
        && [
            "latest",
            "more",
            "related",
            "recommended",
            "popular",
            "trending",
            "top",
        ]
        .contains(&first)
        && ["stories", "news", "articles", "posts", "reads", "videos"].contains(&last)
}

/// `A correction was made on Nov. 19, 2026: …` (the New York Times), `Correction: An earlier
/// version of this story …`, `Editor's note: …`: a note on the story, `lower` lower-cased.
fn correction_note(lower: &str) -> bool {
    words_up_to(lower, 101) <= 100
        && ([
            "a correction was made",
            "an earlier version of this",
            "correction:",
            "clarification:",
            "editor's note:",
            "editor’s note:",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
            || starts_word(lower, "correction")
                && lower
                    .split_once(':')
                    .is_some_and(|(head, _)| words_up_to(head, 6) <= 5))
}

/// `NPR transcripts are created on a rush deadline … This text may not be in its final form
/// and may be updated or revised in the future.`: a note on how a transcript was made.
fn transcript_note(lower: &str) -> bool {
    lower.contains("transcript")
        && [
            "final form",
            "authoritative record",
            "may be updated or revised",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// The outlet's appeal to its readers after a story: `In a time of both misinformation and too
/// much information, quality journalism is more crucial than ever.` (the Japan Times), `At
/// HuffPost, we believe that everyone needs high-quality journalism …`, `By subscribing, you
/// can help us get the story right.` `lower` is lower-cased.
fn appeal(lower: &str) -> bool {
    words_up_to(lower, 121) <= 120
        && [
            // `… submit a response of up to 300 words by email to be considered for
            // publication in our letters section`: the call for readers' letters.
            "considered for publication",
            "our letters section",
            "quality journalism",
            "independent journalism",
            "our journalism",
            "by subscribing",
            "readers like you",
            "subscribers like you",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// A line an outlet closes a story with, after its last paragraph: Dawn's `Comments (14)` and
/// `Closed`, DW's `This article was originally written in German.` / `Edited by: …` / `Send us
/// your feedback`, Bloomberg's `(Updates prices throughout.)` and `Before it's here, it's on
/// the Bloomberg Terminal.`, a Q&A's `This interview first appeared in …`. Some of them read
/// like a sentence, so they are only looked for back from the end of the story, where
/// [`find`] stops at the first line that is none of them.
fn closing_line(s: &str) -> bool {
    if s.len() > 200 {
        return s.len() <= 1000 && {
            let lower = s.trim().to_lowercase();
            rights_notice(&lower)
                || correction_note(&lower)
                || appeal(&lower)
                || transcript_note(&lower)
                || funding_note(&lower)
        };
    }
    let lower = s.trim().to_lowercase();
    let words = word_count(&lower);
    let bare = lower.trim_end_matches(['.', ' ']);
    let comments = lower
        .strip_prefix("comments (")
        .and_then(|x| x.strip_suffix(')'))
        .is_some_and(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()));
    let update_note = lower.strip_prefix('(').is_some_and(|x| {
        x.ends_with(')')
            && words <= 15
            && ["updates ", "adds ", "recasts ", "corrects ", "updates)"]
                .iter()
                .any(|v| x.starts_with(v))
    });
    // `… first appeared in the Daily Graphic`, not `This story first appeared to be a hoax`.
    let first_ran = words <= 25
        && FIRST_RAN_STARTS.iter().any(|p| starts_word(&lower, p))
        && FIRST_RAN_VERBS.iter().any(|v| {
            lower.split_once(v).is_some_and(|(_, after)| {
                [" in ", " on ", " by ", " at "]
                    .iter()
                    .any(|p| after.starts_with(p))
            })
        });
    // `This article is part of POLITICO Pro`: the product a story was published in.
    let part_of = words <= 12
        && FIRST_RAN_STARTS
            .iter()
            .any(|p| starts_word(&lower, &format!("{p} is part of")));
    // `License this article`, `Discussion about this post`, `Share or comment on this
    // article:`: a few words about the page itself, as its tools and sections name it.
    let about_page = words <= 6
        && [" this article", " this post", " this story"]
            .iter()
            .any(|p| lower.trim_end_matches([':', '.']).ends_with(p));
    let contact = starts_word(&lower, "get in touch") && words <= 15;
    // `Follow @arabnews on X`, `Follow Jane Doe on Twitter: @janedoe`: the outlet's or the
    // writer's account, under the story; `Follow the story on our live page`: the outlet's
    // running coverage of it.
    let follow = starts_word(&lower, "follow")
        && words <= 10
        && (lower.contains('@')
            || [
                " on x",
                " on twitter",
                " on instagram",
                " on facebook",
                " on linkedin",
                " live page",
                " live blog",
                " live coverage",
                " live updates",
            ]
            .iter()
            .any(|p| lower.trim_end_matches(['.', '!']).ends_with(p)));
    // A comment section's rules or a syndication note ([`CLOSING_NOTES`]).
    let closing_note = words <= 40 && CLOSING_NOTES.iter().any(|p| lower.contains(p));
    let heading = lower.trim_end_matches(['.', ' ', ':', '?', '!']);
    comments
        || counter_line(s)
        || CLOSING_HEADINGS.contains(&heading)
        || closing_links(&lower)
        || outlet_sign_off(s)
        || list_heading(heading)
        || correction_note(&lower)
        || appeal(&lower)
        || photo_credit_line(s)
        || transcript_note(&lower)
        || about_heading(s)
        || (words <= 8
            && [
                "journalistic standards",
                "editorial standards",
                "standards and practices",
            ]
            .iter()
            .any(|p| lower.contains(p)))
        || about_page
        || contact
        || follow
        || closing_note
        || update_note
        || first_ran
        || part_of
        || promo_line(&lower)
        || reference_line(&lower)
        || matches!(
            bare,
            "closed" | "comments are closed" | "send us your feedback"
        )
        || (starts_word(&lower, "edited by") && words <= 8 && !lower.ends_with('.'))
        || rights_notice(&lower)
        || funding_note(&lower)
        || outlet_tagline(&lower)
        || shared_credit(s)
        || topic_tags(s)
}

/// `In: United States Senate Government Shutdown` (CBS News): the tags of the story's topics
/// under it, names only after the label.
fn topic_tags(s: &str) -> bool {
    s.trim().strip_prefix("In: ").is_some_and(|tags| {
        (1..=12).contains(&words_up_to(tags, 13))
            && tags
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    })
}

/// `(FRANCE 24 with AFP)`, `(With inputs from PTI)`: the outlet and the agency it drew on,
/// in brackets under the story. A few words in capitals and numbers around `with`.
fn shared_credit(s: &str) -> bool {
    let Some(inner) = s.trim().strip_prefix('(').and_then(|x| x.strip_suffix(')')) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().any(|w| w.eq_ignore_ascii_case("with"))
        && words.iter().all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "with" | "inputs" | "from" | "and"
            ) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// What an outlet says of itself under every story: `Euronews is the No.1 news channel in
/// Europe.`, `… is the world's leading news agency`. A short line that calls some news channel,
/// network, agency or site the first, leading or most watched of its kind; only among the
/// closing lines, where a story's own paragraph about a broadcaster would not stand alone,
/// and with no verb of reporting (`…, which is the most watched news channel in the region,
/// said …` is the story).
fn outlet_tagline(lower: &str) -> bool {
    const KINDS: &[&str] = &[
        "news channel",
        "news network",
        "news agency",
        "news website",
        "news site",
        "news source",
        "news brand",
        "news platform",
        "news outlet",
        "news provider",
    ];
    const FIRST: &[&str] = &[
        "no.1",
        "no. 1",
        "number one",
        "number 1",
        "leading",
        "largest",
        "biggest",
        "most watched",
        "most-watched",
        "most trusted",
        "most read",
        "most-read",
    ];
    words_up_to(lower, 26) <= 25
        && lower.contains(" is ")
        && ![" said", " says", " told", " reported"]
            .iter()
            .any(|v| lower.contains(v))
        && KINDS.iter().any(|k| lower.contains(k))
        && FIRST.iter().any(|f| lower.contains(f))
}

/// A wire's note on who funds a beat, under every story of it: `The Associated Press’ climate
/// and environmental coverage receives financial support from multiple private foundations. AP
/// is solely responsible for all content. Find AP’s standards for working with philanthropies
/// …`, printed by the papers that run AP's stories too. Only among the closing lines, read back
/// from the story's end: a story may report who funds whose coverage.
fn funding_note(lower: &str) -> bool {
    words_up_to(lower, 81) <= 80
        && ((lower.contains("solely responsible for") && lower.contains("content"))
            || (lower.contains("coverage receives")
                && lower.contains("support")
                && ["foundation", "philanthrop", "grant"]
                    .iter()
                    .any(|p| lower.contains(p))))
}

/// Phrases of the notes under a story that are no part of it: a comment section's rules
/// (`Comments are moderated and generally will be posted if they are on-topic …`) and NDTV's
/// syndication note (`(Except for the headline, this story has not been edited by NDTV staff
/// and is published from a syndicated feed.)`).
const CLOSING_NOTES: &[&str] = &[
    "comments are moderated",
    "comment policy",
    "comments policy",
    "comments faq",
    "commenting guidelines",
    "comment guidelines",
    "syndicated feed",
];

/// A line with no end of a sentence that may follow a story among its closing lines: a
/// promotion's tagline (`The one-stop-shop solution for policy professionals …` between
/// Politico's `This article is part of POLITICO Pro` and `Discover more`), a reference with
/// its link. It is set aside only when a closing line comes before it.
fn trailing_scrap(s: &str) -> bool {
    let last = strip_closing_quotes(s.trim_end()).chars().next_back();
    (s.split_whitespace().nth(25).is_none() && !matches!(last, Some('.' | '!' | '?' | '…' | '。')))
        || link_line(s)
}

/// `SCHUMER SAYS DEMOCRATS WILL NOT BACK 'CLEAN' CR`: a line in capitals between a story's
/// paragraphs, as Fox News sets its links to other stories. A headline of five words or
/// more, all in capitals, with no closing stop; [`find`] asks only inside a body in sentence
/// case, in a run of lines in capitals between two [`prose_line`]s (a wire story set all in
/// capitals, or a table's header, keeps its lines).
fn caps_headline(s: &str) -> bool {
    // Asked of every paragraph of a story: most have a small letter among their first few.
    if s.len() > 400 || s.chars().any(char::is_lowercase) {
        return false;
    }
    let words = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    let last = strip_closing_quotes(s.trim_end()).chars().next_back();
    (5..=20).contains(&words)
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 12
        && !matches!(last, Some('.' | ':' | ';' | ',' | '-' | '–' | '—'))
        && dateline(s).is_none()
}

/// A line of running text in sentence case, ending like a sentence: what stands on both
/// sides of a [`caps_headline`] link (a table's lines do not).
fn prose_line(s: &str) -> bool {
    let last = strip_closing_quotes(s.trim_end()).chars().next_back();
    words_up_to(s, 6) >= 6
        && s.split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase))
            .nth(2)
            .is_some()
        && matches!(last, Some('.' | '!' | '?' | '…'))
}

/// What a web address holds.
static LINK_MARKS: Needles = Needles::new(&["http", "www."]);

/// A short line with a web address: `AP World Cup: https://apnews.com/hub/world-cup`.
fn link_line(s: &str) -> bool {
    // Words counted to the 31st, not to a paragraph's end.
    s.split_whitespace().nth(30).is_none() && contains_any(s, &LINK_MARKS)
}

/// Whether the bare `Name:` that opens `first` is a speaker's label, as in an interview
/// transcript, not a dateline (`Islamabad:`): another paragraph of the body opens with it too.
/// A dateline opens the story once.
fn is_speaker(first: &str, d: &Dateline, rest: &[Block], text: &str) -> bool {
    let label = first[..d.end].trim_end();
    d.middle_end == d.place_end && label.ends_with(':') && opens_one_of(label, rest, text)
}

/// Whether one of the blocks `rest` of `text` opens with `label` (a speaker's `Name:` comes
/// again over each thing they say; a dateline opens the story once).
fn opens_one_of(label: &str, rest: &[Block], text: &str) -> bool {
    rest.iter()
        .any(|b| text[b.span.start..b.span.end].starts_with(label))
}

fn median(v: &[usize]) -> usize {
    if v.is_empty() {
        return 0;
    }
    let mut s = v.to_vec();
    s.sort_unstable();
    s[s.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_marks_as_the_byte_filter() {
        for seed in crate::tokenize::lcg_states(11, 3000) {
            let len = (seed >> 58) as usize;
            let b: Vec<u8> = (0..len)
                .map(|k| b".!?ab \xe2\x80"[((seed >> (k % 20 * 3)) & 7) as usize])
                .collect();
            let want: Vec<usize> = (0..b.len())
                .filter(|&i| matches!(b[i], b'.' | b'!' | b'?'))
                .collect();
            assert_eq!(sentence_marks(&b).collect::<Vec<_>>(), want, "{b:?}");
        }
    }
    #[test]
    fn words_up_to_counts_as_split_whitespace() {
        let pieces = [
            "a",
            "word",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u{0B}",
            "\u{0C}",
            "\u{A0}",
            "\u{85}",
            "\u{2003}",
            "\u{3000}",
            "王毅",
            "é",
            "—",
            "x\u{200B}y",
            "😀",
            "",
            "\u{08}",
            "\u{0E}",
            "\u{1F}",
            "!",
            "\u{7F}",
            "longerword",
            "two words",
            "a b c d e f g h",
        ];
        let mut seed = 7u64;
        for _ in 0..6000 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(1);
            for cap in (0..8).chain([30, usize::MAX]) {
                assert_eq!(
                    words_up_to(&s, cap),
                    s.split_whitespace().take(cap).count(),
                    "{s:?} {cap}"
                );
            }
        }
    }

    fn sl(text: &str, s: Option<Span>) -> Option<&str> {
        s.map(|s| &text[s.start..s.end])
    }

    /// A site's menus above the headline are boilerplate, and the headline under them is the
    /// title; a short headline with its byline and agency above a date is no menu.
    #[test]
    fn menus_above_the_headline() {
        let t = "The Daily Planet\nSubscribe\nSign In\nNews\nSport\nLife & Style\nU.K.\n\n\
                 Politics\n\nCouncil votes to close three libraries next year\n\n\
                 By Jane Doe\n20 November 2026\n\n\
                 The city council voted on Wednesday to close three branch libraries, citing a \
                 budget gap of four million pounds.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Council votes to close three libraries next year")
        );
        assert!(sl(t, st.boilerplate.first().copied())
            .unwrap()
            .starts_with("The Daily Planet\nSubscribe"));
        assert!(sl(t, st.boilerplate.first().copied())
            .unwrap()
            .ends_with("U.K.\n\nPolitics"));
        assert!(sl(t, st.body).unwrap().starts_with("The city council"));

        let t = "Lula signs mining law\nJane Doe\nReuters\n20 November 2026\n\n\
                 Brazil's president signed a law on Thursday that tightens controls on gold \
                 trading in the Amazon rainforest.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Lula signs mining law"));
        assert!(st.boilerplate.is_empty());
    }

    /// A site's tagline right over its long menu is no headline, even a tagline of six words
    /// or more; a headline over a short row of controls stays the title.
    #[test]
    fn tagline_over_a_menu() {
        let t = "Skip to content\nExclusive news, data and analytics for professionals\n\
                 Home\nWorld\nBusiness\nMarkets\nTechnology\nSign In\nEurope\n\
                 German factory orders fall more than expected in October\n\
                 By Maria Martinez\nNovember 20, 2026\n\n\
                 German industrial orders fell more than expected in October, data showed on \
                 Friday, adding to signs that the economy is struggling.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("German factory orders fall more than expected in October")
        );
        assert!(sl(t, st.boilerplate.first().copied())
            .unwrap()
            .contains("Exclusive news, data"));

        let t = "Council votes to close three libraries next year\nShare\nSave\nPrint\n\n\
                 By Jane Doe\n20 November 2026\n\n\
                 The city council voted on Wednesday to close three branch libraries, citing a \
                 budget gap of four million pounds.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Council votes to close three libraries next year")
        );
    }

    /// The menu lines of the boilerplate and the section's name under one are found; a line of
    /// related links or a copyright line in the same block is not.
    #[test]
    fn menu_lines_in_the_boilerplate() {
        let t =
            "Berkeleyside\nNews | Housing | Education | Food | Events\n\nHousing & Development\n\n\
                 Council sends zoning plan back to planners\n\nBy Jane Doe\n\n\
                 The council voted 5-4 on Tuesday.\n\n\
                 Related stories\n\nNorth Berkeley housing moves ahead\n\n\
                 Help \u{b7} Terms of Service \u{b7} Privacy Policy \u{b7} Site Map\n\
                 \u{a9} 2026 Cityside. All rights reserved.";
        let blocks = [Span::new(0, 78), Span::new(160, t.len())];
        let got: Vec<&str> = menu_lines(t, &blocks)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect();
        assert_eq!(
            got,
            [
                "News | Housing | Education | Food | Events",
                "Housing & Development",
                "Help \u{b7} Terms of Service \u{b7} Privacy Policy \u{b7} Site Map",
            ]
        );
    }

    /// A plug for a newsletter between a story's paragraphs is set aside; a paragraph that
    /// only mentions a newsletter or signing up stays.
    #[test]
    fn newsletter_plug_inside_a_story() {
        assert!(inline_promo(
            "The Tariff Watch newsletter is your daily guide to global trade news. Sign up here."
        ));
        assert!(inline_promo(
            "Get our morning briefing in your inbox. Subscribe now!"
        ));
        assert!(!inline_promo(
            "More than 2,000 people signed up for the scheme, the council said."
        ));
        assert!(!inline_promo(
            "The company's newsletter, which has 40,000 readers, will close in March."
        ));
        assert!(!inline_promo(
            "Sign up rates fell by a third over the year."
        ));
    }

    /// An audio player's length under its button is no paragraph; a clock time or a score
    /// with words is not a length alone.
    #[test]
    fn audio_length_under_the_byline() {
        assert!(duration_only("4:12"));
        assert!(duration_only("1:02:37"));
        assert!(!duration_only("10:42 GMT"));
        assert!(!duration_only("4:1"));
        assert!(!duration_only("2026"));
        let t = "Oil drops as supply rises in January\nBy Grant Smith\n\
                 November 20, 2026\nListen\n4:12\n\n\
                 Oil fell after delegates said the group was likely to go ahead with a planned \
                 increase in production in January.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("Oil fell"));
    }

    /// A row of controls under the date (`Save`, `Share`, text sizes) and the share counts by
    /// the byline are not the story's first paragraph.
    #[test]
    fn controls_and_counts_under_the_byline() {
        let t = "Trains to run every five minutes on key lines\n\nBy Matt Jones\n\
                 November 20, 2026 — 5.00am\nSave\nShare\nNormal text size\nLarger text size\n\
                 145\nshares\n\n\
                 Trains will run every five minutes during peak hours from March, the minister \
                 said on Thursday.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("Trains will run"));
        assert_eq!(st.date.map(|d| d.value).as_deref(), Some("2026-11-20"));
        assert!(count_only("145") && count_only("1,204") && count_only("2.1K"));
        assert!(!count_only("2026 budget") && !count_only("K"));
    }

    #[test]
    fn cookie_banners_are_prompts() {
        for s in [
            "We use cookies to ensure you get the best experience on our website. Accept",
            "Accept cookies",
            "Cookie Settings",
            "By continuing to browse, you agree to our use of cookies.",
        ] {
            assert!(is_prompt(s), "{s}");
        }
        assert!(!is_prompt(
            "Regulators said sites must let users refuse cookies as easily as accept them."
        ));
    }

    #[test]
    fn time_before_the_date_in_a_published_line() {
        let m =
            meta("Published: 14:02 EST, 20 November 2026 | Updated: 16:40 EST, 20 November 2026")
                .unwrap();
        assert_eq!(m.date.unwrap().iso, "2026-11-20");
        assert!(m.rest.is_none());
    }

    #[test]
    fn a_date_line_in_lower_case_under_a_byline() {
        let m = meta("on November 23, 2026 at 3:27 PM").unwrap();
        assert_eq!(m.date.unwrap().iso, "2026-11-23");
        assert!(m.rest.is_none());
        // The story, not a date line: more after the time, or no year.
        assert!(meta("on November 23, 2026 at 3:27 PM the vote was held").is_none());
        assert!(meta("on Monday at 3:27 PM").is_none());
    }

    #[test]
    fn bar_credits_and_pictured_captions() {
        let l = |s: &str| is_caption(s, &Lowered::new(s));
        assert!(l(
            "Prime Minister Sanae Takaichi speaks at a meeting in Tokyo on Thursday. | JIJI"
        ));
        assert!(l(
            "Speaker Amason Kingi presides over a session in Nairobi on November 19, 2026. PHOTO | DENNIS ONSONGO | NMG"
        ));
        assert!(l(
            "The alligator was found in the pool behind the Apopka home (pictured)"
        ));
        assert!(l("Commuters at Central Station. The new timetable begins in March. Credit: Wolter Peeters"));
        assert!(l(
            "The president attends a ceremony in Brasilia, Brazil. REUTERS/Adriano Machado"
        ));
        assert!(!l("Sales | Q3 | EU"));
        assert!(!l(
            "Holloway (pictured) told officers he had fed the animal chicken."
        ));
        // A dash and a picture's source.
        for s in [
            "Foreign Office Spokesperson Tahir Andrabi addresses the weekly press briefing in Islamabad on November 25, 2025. — Screengrab via YouTube/Foreign Office",
            "Law Minister Azam Nazeer Tarar speaks in the Senate on Monday. — DawnNewsTV",
            "Rescue workers search the rubble of a collapsed building in Karachi. – Reuters/File",
            "Army chief Field Marshal Asim Munir meets troops in Waziristan on Friday. — Photo courtesy ISPR",
        ] {
            assert!(l(s), "{s}");
        }
        for s in [
            "The two sides agreed to meet again in Istanbul next week, the statement said. — APP",
            "Prices rose by 3pc in October, the bureau said. — Staff Reporter",
            "He said the talks — held in Doha — were constructive",
            "The minister left for Riyadh on Wednesday. — with reporting by Web Desk/File",
        ] {
            assert!(!l(s), "{s}");
        }
    }

    #[test]
    fn bios_with_a_titled_job_and_lines_about_the_page() {
        assert_eq!(
            bio_name("Jack Horgan-Jones is Political Correspondent of The Irish Times"),
            Some("Jack Horgan-Jones")
        );
        assert_eq!(
            bio_name("James Olley is ESPN's senior writer covering London football."),
            Some("James Olley")
        );
        assert_eq!(bio_name("Mary Lou McDonald is Sinn Féin's leader."), None);
        assert_eq!(bio_name("Jane Doe is President of the Law Society."), None);
        for s in [
            "License this article",
            "Discussion about this post",
            "Share or comment on this article:",
            "Get in touch with Matt via Twitter or email.",
            "Thanks for reading The Overlap! Subscribe for free to receive new posts and support my work.",
            "Find The Irish Times on WhatsApp and stay up to date",
        ] {
            assert!(closing_line(s), "{s}");
        }
        assert!(!closing_line(
            "The minister defended this article of the constitution."
        ));
    }

    #[test]
    fn contains_any_is_any_contains() {
        let hays = [
            "",
            "photo: reuters",
            "photograph: x",
            "photograph",
            "a long text without any of them at all, then getty images at the end",
            "ends with /getty",
            "all rights reserve",
            "all rights reserved.",
            "a — afp",
            "x/getty images",
            "nothing here",
            "王毅 /afp",
            "sign up for our newsletter",
            "get it in your inbox",
            "subscribe",
        ];
        for hay in hays {
            for needles in [
                CREDITS,
                PROMPT_CONTAINS,
                PROMO_PHRASES,
                &["", "x"][..],
                &["x", ""][..],
                &[][..],
            ] {
                let want = needles.iter().any(|n| hay.contains(n));
                assert_eq!(contains_any(hay, &Needles::new(needles)), want, "{hay:?}");
            }
        }
    }

    #[test]
    fn clock_lines_are_metadata() {
        for s in ["10:15 GMT", "9.41am", "14:05 CET", " 7:30 p.m. ET "] {
            assert!(clock_line(s), "{s}");
            assert!(meta(s).is_some_and(|m| m.date.is_none()), "{s}");
        }
        // No zone or `am`: a score or a table's cell; a sentence after the time.
        for s in [
            "10:15",
            "3-1",
            "10:15 GMT Ministers met at noon",
            "Kick-off 19:45",
        ] {
            assert!(!clock_line(s), "{s}");
        }
    }

    #[test]
    fn editors_line_is_a_byline() {
        assert!(meta("Edited by Alex Smith and Jenny Rees").is_some());
        assert!(meta("Editor: Huaxia").is_some());
        assert!(meta("Edited by Alex Smith, who joined us from the Times in 2019.").is_none());
    }

    #[test]
    fn beat_bios() {
        assert_eq!(
            beat_bio_name("Maria Martinez covers the German economy from Berlin."),
            Some("Maria Martinez")
        );
        assert_eq!(
            beat_bio_name("Jean-Luc O'Neil has been covering energy markets since 2015."),
            Some("Jean-Luc O'Neil")
        );
        // A story's sentence: not a capitalised name, or no closing stop, or no beat verb.
        assert_eq!(
            beat_bio_name("The insurance covers the cost of repairs."),
            None
        );
        assert_eq!(beat_bio_name("Maria Martinez covers the economy"), None);
        assert_eq!(
            beat_bio_name("Maria Martinez said the economy had slowed."),
            None
        );
        assert!(capitalised_name("Ralph Solveen") && !capitalised_name("the economy"));
        assert!(!capitalised_name("A B C D E"));
    }

    #[test]
    fn a_beat_bio_names_the_writer_of_the_byline() {
        let story = |byline: &str| {
            format!(
                "Clinic for night workers opens in Leeds\n\n{byline}\nNovember 20, 2026\n\n\
                 A new clinic for shift workers opened in Leeds on Thursday, offering \
                 appointments between 10pm and 6am for people who cannot see a doctor.\n\n\
                 The clinic is run by a charity and funded for two years by the council.\n\n\
                 Mary Jones covers the night shift at the clinic with two other nurses."
            )
        };
        let last = "Mary Jones covers the night shift at the clinic with two other nurses.";
        // The story's own sentence about a nurse: the byline names someone else.
        let t = story("By Tom Harris");
        let (st, _) = find(&t, &Hints::default());
        assert!(sl(&t, st.body).unwrap().ends_with(last));
        // The writer's bio: she wrote the story.
        let t = story("By Mary Jones");
        let (st, _) = find(&t, &Hints::default());
        assert!(sl(&t, st.body)
            .unwrap()
            .ends_with("funded for two years by the council."));
    }

    #[test]
    fn counter_lines() {
        for s in ["34", "1.2K", "2.3K Followers", "12 comments"] {
            assert!(counter_line(s) && closing_line(s), "{s}");
        }
        for s in [
            "34 people died",
            "Followers",
            "1.2K Followers here",
            "2026 budget",
        ] {
            assert!(!counter_line(s), "{s}");
        }
    }

    #[test]
    fn close_glyphs_are_prompts() {
        assert!(is_prompt("×") && is_prompt(" ✕ "));
        assert!(!is_prompt("3 × 4") && !is_prompt("x"));
    }

    #[test]
    fn summary_points_under_their_heading() {
        let text = "Title here of the story\n\nSummary\nHundreds of homes are without power\n\
                    Two people have died, police say\n\nThe storm hit on Friday.";
        let bs = blocks(text);
        let texts: Vec<&str> = bs.iter().map(|b| &text[b.span.start..b.span.end]).collect();
        assert_eq!(summary_points(&bs, &texts, 1), Some(2..4));
        assert_eq!(summary_points(&bs, &texts, 0), None);
        // One point is no list; points that run into the story without a blank line are not
        // set apart.
        let one = "T\n\nSummary\nHundreds of homes are without power\n\nThe storm hit.";
        let bs1 = blocks(one);
        let t1: Vec<&str> = bs1.iter().map(|b| &one[b.span.start..b.span.end]).collect();
        assert_eq!(summary_points(&bs1, &t1, 1), None);
        // Under a heading that names the story's highlights, one point is the list.
        let wion = "T\n\nStory highlights\nHundreds of homes are without power\n\nThe storm hit.";
        let bw = blocks(wion);
        let tw: Vec<&str> = bw.iter().map(|b| &wion[b.span.start..b.span.end]).collect();
        assert_eq!(summary_points(&bw, &tw, 1), Some(2..3));
        assert_eq!(summary_points(&bw, &tw, 2), None);
        let run_on = "T\n\nKey points\nHundreds of homes are without power\n\
                      Two people have died, police say\nThe storm hit the coast on Friday \
                      night, bringing down trees and power lines across the region, closing \
                      roads and railways, and leaving tens of thousands of homes and businesses \
                      without electricity for the whole of the weekend, the operators said.";
        let bs2 = blocks(run_on);
        let t2: Vec<&str> = bs2
            .iter()
            .map(|b| &run_on[b.span.start..b.span.end])
            .collect();
        assert_eq!(summary_points(&bs2, &t2, 1), None);
    }

    #[test]
    fn matches_of_names_every_phrase_held() {
        let hays = [
            "",
            "photo: reuters",
            "all rights reserved. getty images",
            "we use cookies | more",
            "jane doe contributed to this report.",
            "in kyiv — afp",
            "nothing here at all",
            "王毅 /afp ©",
        ];
        for hay in hays {
            let want = BLOCK_PHRASES_LIST
                .iter()
                .enumerate()
                .filter(|(_, w)| hay.contains(*w))
                .fold(0u64, |m, (k, _)| m | 1 << k);
            assert_eq!(matches_of(hay, &BLOCK_PHRASES), want, "{hay:?}");
        }
        // The groups' bits are where the lists put them.
        assert_ne!(matches_of("getty images", &BLOCK_PHRASES) & CREDIT_BITS, 0);
        assert_ne!(
            matches_of("follow us on x", &BLOCK_PHRASES) & PROMPT_BITS,
            0
        );
        assert_eq!(matches_of("a | b", &BLOCK_PHRASES), BAR_BIT);
        assert_eq!(matches_of("cookies", &BLOCK_PHRASES), COOKIE_BIT);
        assert_eq!(matches_of(" contributed", &BLOCK_PHRASES), CONTRIBUTED_BIT);
        assert_ne!(matches_of("x — ap", &BLOCK_PHRASES) & DASH_BITS, 0);
    }

    #[test]
    fn find_str_is_find() {
        for hay in [
            "",
            "a",
            "ab | cd",
            "xx contributed",
            "cookie",
            "cookiecookie",
            "é | ü",
        ] {
            for needle in ["", " | ", "cookie", " contributed", "ü", "a"] {
                assert_eq!(
                    find_str(hay, needle),
                    hay.find(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }

    #[test]
    fn two_separators_counts_the_chars() {
        for s in [
            "",
            "News | World",
            "News | World | Asia",
            "Home › News » Asia",
            "a • b · c",
            "“Quoted” — a line with dashes – and quotes’",
            "Price > 5 and € 3",
            "·»",
            "\u{c2}",
        ] {
            let want = s.chars().filter(|c| "›»|•·>".contains(*c)).count() >= 2;
            assert_eq!(two_separators(s.as_bytes()), want, "{s:?}");
        }
    }

    #[test]
    fn prefixes_are_starts_word() {
        for s in [
            "",
            "read more",
            "readers say",
            "related: x",
            "share this",
            "sharers",
            "© 2026",
            "(c) x",
            "loading",
            "loadings",
        ] {
            let want = PROMPT_STARTS.iter().any(|p| starts_word(s, p));
            assert_eq!(PROMPT_STARTS_SET.any_starts_word(s), want, "{s:?}");
        }
    }

    #[test]
    fn lower_into_is_to_lowercase() {
        let mut out = String::from("kept ");
        for s in [
            "",
            "ABC",
            "Ünïcödé ÀB",
            "ΟΔΟΣ ΣΑΣ",
            "İstanbul",
            "a—B “C”",
            "ß K",
        ] {
            out.truncate(5);
            lower_into(s, &mut out);
            assert_eq!(out, format!("kept {}", s.to_lowercase()), "{s:?}");
        }
        // A reused `Lowered` reads the new block, not what the last one left.
        let mut l = Lowered::new("Photo: REUTERS");
        l.set("Share");
        assert_eq!((l.chars, l.lower.as_str(), l.phrases), (5, "share", 0));
    }

    #[test]
    fn datelines() {
        let d = |s: &str| dateline(s).map(|(a, b)| s[a..b].to_string());
        assert_eq!(d("BEIJING: Deputy Prime Minister"), Some("BEIJING".into()));
        assert_eq!(d("Islamabad: Pakistan and China"), Some("Islamabad".into()));
        assert_eq!(d("LONDON — The prime minister"), Some("LONDON".into()));
        assert_eq!(
            d("WASHINGTON, May 21 (Reuters) - The U.S. Senate"),
            Some("WASHINGTON".into())
        );
        assert_eq!(d("NEW YORK (AP) — Stocks fell"), Some("NEW YORK".into()));
        // Who says an AP headline's claim is no place.
        assert_eq!(d("Police: Man shot by officer during traffic stop"), None);
        assert_eq!(d("Officials: Storm damage worse than feared"), None);
        assert_eq!(
            d("Islamabad (Reuters) - Pakistan said"),
            Some("Islamabad".into())
        );
        assert_eq!(d("IMAGE: Chinese Foreign Minister"), None);
        assert_eq!(d("China on Tuesday called for a ceasefire: now"), None);
        assert_eq!(
            d("Deputy Prime Minister and Foreign Minister Ishaq Dar has"),
            None
        );
        assert_eq!(d("Update: the talks"), None);
        assert_eq!(d("Islamabad - Pakistan said"), None);
        // A title-case place before a dash (CBS News) only when it is a listed place.
        assert_eq!(
            d("Washington — The Senate passed"),
            Some("Washington".into())
        );
        assert_eq!(d("New Delhi – The court said"), Some("New Delhi".into()));
        assert_eq!(d("Meanwhile — The Senate passed"), None);
        assert_eq!(d("Thune — The majority leader"), None);
        assert_eq!(d(":"), None);
        assert_eq!(
            d("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
            None
        );
        assert_eq!(d("BASKETBALL - EUROLEAGUE STANDINGS ."), None);
        assert_eq!(d("BEIJING: CPEC 2.0 will"), Some("BEIJING".into()));
        let upto = |s: &str| dateline_parts(s).map(|d| s[..d.end].to_string());
        assert_eq!(upto("BEIJING: Deputy Prime"), Some("BEIJING:".into()));
        assert_eq!(
            upto("NEW YORK, Jan 30 (Reuters) - Apple Inc shares fell"),
            Some("NEW YORK, Jan 30 (Reuters) - ".into())
        );
        assert_eq!(upto("LONDON — The prime"), Some("LONDON — ".into()));
        assert_eq!(upto("Update: the talks"), None);
        // An update stamp is no place; a place of more words still is.
        assert_eq!(d("SUNDAY AM UPDATE: Universal's epic opened"), None);
        assert_eq!(d("FRIDAY PM UPDATE: The film earned"), None);
        assert_eq!(d("LATEST UPDATE — Rescuers reached"), None);
        assert_eq!(d("BREAKING NEWS: The minister resigned"), None);
        assert_eq!(d("EXCLUSIVE: Netflix is in talks"), None);
        assert_eq!(
            d("SALT LAKE CITY (AP) — Utah lawmakers"),
            Some("SALT LAKE CITY".into())
        );
        assert!(!update_stamp("UPDATED"));
        assert!(update_stamp("SATURDAY Update"));
        assert!(!update_stamp("NEW YORK"));
        let agency = |s: &str| {
            dateline_parts(s)
                .and_then(|d| d.agency(s))
                .map(|(a, b)| s[a..b].to_string())
        };
        assert_eq!(
            agency("WASHINGTON, May 21 (Reuters) - The U.S. Senate"),
            Some("Reuters".into())
        );
        assert_eq!(
            agency("KARACHI, Pakistan (AP) — Gunmen attacked"),
            Some("AP".into())
        );
        assert_eq!(
            agency("BERLIN (dpa) - Germany's coalition"),
            Some("dpa".into())
        );
        // A word in lower case in brackets is no agency unless it is one.
        assert_eq!(agency("BERLIN (sources) - Germany's coalition"), None);
        assert_eq!(
            agency("NEW YORK ( CNN Business ) - Stocks"),
            Some("CNN Business".into())
        );
        assert_eq!(agency("BEIJING: Deputy Prime"), None);
        // India's agencies: no dash after the bracket; ANI's country in square brackets.
        assert_eq!(
            agency("New Delhi, Nov 26 (PTI) The Supreme Court on Wednesday"),
            Some("PTI".into())
        );
        assert_eq!(
            upto("New Delhi, Nov 26 (PTI) The Supreme Court"),
            Some("New Delhi, Nov 26 (PTI) ".into())
        );
        assert_eq!(
            agency("Islamabad [Pakistan], November 26 (ANI): Pakistan and China"),
            Some("ANI".into())
        );
        assert_eq!(d("Apple (AAPL) The company said"), None);
        assert_eq!(d("Mumbai (PTI) the police said"), None);
        assert_eq!(d("KOLKATA (IANS) West Bengal"), Some("KOLKATA".into()));
        assert_eq!(agency("LONDON, 21 May 2025 - Britain said"), None);
        assert_eq!(agency("LONDON (21 May 2025) - Britain said"), None);
    }

    #[test]
    fn days_without_a_year_after_a_place() {
        let place = |s: &str| day_dateline(s).map(|k| s[..k].to_string());
        assert_eq!(place("Mumbai, Nov 23"), Some("Mumbai".into()));
        assert_eq!(place("New Delhi, 23 November"), Some("New Delhi".into()));
        assert_eq!(
            place("Thiruvananthapuram, Sept 9"),
            Some("Thiruvananthapuram".into())
        );
        // A year, a story after the day, a day that is no day, a name that is no place.
        assert_eq!(place("Mumbai, Nov 23, 2024"), None);
        assert_eq!(place("Mumbai, Nov 23: Counting began"), None);
        assert_eq!(place("Mumbai, Nov 32"), None);
        assert_eq!(place("Mumbai, Pune"), None);
        assert_eq!(place("Update, Nov 23"), None);
        assert_eq!(place("Nov 22, Nov 23"), None);
        assert_eq!(place("the city, Nov 23"), None);
    }

    #[test]
    fn update_stamps_before_the_first_paragraph() {
        let para = "Universal's fantasy epic opened to an estimated $68.5 million at the domestic box office over the weekend.";
        let stamp = |head: &str| {
            let s = format!("{head}{para}");
            stamp_head(&s).map(|k| s[..k].to_string())
        };
        assert_eq!(
            stamp("SUNDAY AM UPDATE: "),
            Some("SUNDAY AM UPDATE:".into())
        );
        assert_eq!(stamp("UPDATED — "), Some("UPDATED —".into()));
        assert_eq!(stamp("EXCLUSIVE: "), Some("EXCLUSIVE:".into()));
        // A place, a kicker in title case, a headline under a stamp.
        assert_eq!(stamp("LOS ANGELES — "), None);
        assert_eq!(stamp("Exclusive: "), None);
        assert_eq!(
            stamp_head("EXCLUSIVE: Netflix in talks to buy studio"),
            None
        );
        assert_eq!(stamp_head("É"), None);
    }

    #[test]
    fn a_dateline_on_a_line_of_its_own() {
        let place = |t: &str| {
            let st = find(t, &Hints::default()).0;
            st.dateline.map(|d| t[d.start..d.end].to_string())
        };
        let story = "Babar Azam struck his 21st hundred as Pakistan beat Sri Lanka by six wickets.";
        // The Express Tribune: the place and its colon, the story on the next line or after a
        // blank one.
        for gap in ["\n", "\n\n"] {
            let t = format!("Babar powers Pakistan to series win\n\nRAWALPINDI:{gap}{story}");
            assert_eq!(place(&t).as_deref(), Some("RAWALPINDI"), "{t:?}");
        }
        // The Hindu: the place alone, under the date line.
        let t = format!(
            "NDA sweeps Bihar\n\nUpdated - November 15, 2026 11:42 pm IST\n\nPATNA\n\n{story}"
        );
        assert_eq!(place(&t).as_deref(), Some("PATNA"));
        // A label alone, or a place in sentence case, is no dateline.
        for label in ["WATCH:", "EXCLUSIVE", "UPDATED", "Watch:", "CGTN"] {
            let t = format!(
                "Babar powers Pakistan\n\nUpdated - November 15, 2026\n\n{label}\n\n{story}"
            );
            assert_eq!(place(&t), None, "{label}");
        }
        // NDTV: a listed place in sentence case and its colon, alone over the story.
        let t = format!(
            "Babar powers Pakistan\n\nUpdated - November 15, 2026\n\nRawalpindi:\n\n{story}"
        );
        assert_eq!(place(&t).as_deref(), Some("Rawalpindi"));
        // CNN's page copied as text: `(CNN)` without its brackets, the dash at the line's end.
        for (line, want) in [
            ("Tehran, Iran CNN —", "Tehran"),
            ("Washington CNN —", "Washington"),
            ("Hong Kong CNN  — ", "Hong Kong"),
            ("WASHINGTON —", "WASHINGTON"),
        ] {
            let t = format!(
                "Iran to resume talks\n\nBy Nadeen Ebrahim, CNN\n4 min read\n\n{line}\n{story}"
            );
            assert_eq!(
                dateline_parts(line).map(|d| d.place_end),
                Some(want.len()),
                "{line}"
            );
            assert!(meta(line).is_none(), "{line}");
            assert_eq!(place(&t).as_deref(), Some(want), "{line}");
        }
        // A name and a dash in sentence case is no dateline (a byline: `Jane Doe —`).
        assert_eq!(dateline_parts("Jane Doe —"), None);
        // Xinhua's desk credit is metadata, not a dateline: the dateline is the story's.
        let t = "Xi meets Kazakh president\n\nSource: Xinhua\nEditor: Huaxia\n2026-11-26 21:14:05\n\nBEIJING, Nov. 26 (Xinhua) -- Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev.";
        assert_eq!(place(t).as_deref(), Some("BEIJING"));
    }

    #[test]
    fn a_place_and_day_line_is_the_dateline_only_in_the_head() {
        let para = "Counting began at 8am across 288 centres amid tight security, and the results came in through the day.";
        let t =
            format!("Alliance sweeps state polls\n\nHT Correspondent\nMumbai, Nov 23\n\n{para}\n");
        let st = find(&t, &Hints::default()).0;
        assert_eq!(sl(&t, st.dateline), Some("Mumbai"));
        assert!(sl(&t, st.body).unwrap().starts_with("Counting began"));
        assert_eq!(st.date, None);
        // A heading inside the story, and a line over no paragraph, are not it.
        let t = format!(
            "Alliance sweeps state polls\n\nBy Jane Doe\n\n{para}\n\nPune, Nov 22\n\n\
             The alliance led in all eight seats of the city, officials said late in the evening.\n"
        );
        let st = find(&t, &Hints::default()).0;
        assert_eq!(st.dateline, None);
        assert!(sl(&t, st.body).unwrap().contains("Pune, Nov 22"));
        let t = format!("Alliance sweeps state polls\n\nHT Correspondent\nMumbai, Nov 23\n\nResults so far\n\n{para}\n");
        assert_eq!(find(&t, &Hints::default()).0.dateline, None);
    }

    #[test]
    fn title_metadata_and_body() {
        let t = "Talks end in Beijing\nBy Jane Doe\nPublished: May 21, 2025 10:30 GMT\n\n\
                 BEIJING: The talks ended on Friday with a joint statement, officials said.\n\n\
                 Both sides agreed to meet again.\n\nRelated: Other news\n© 2025 Example News";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Talks end in Beijing"));
        assert_eq!(st.subtitle, None);
        assert_eq!(sl(t, st.dateline), Some("BEIJING"));
        let d = st.date.unwrap();
        assert_eq!(d.value, "2025-05-21");
        assert_eq!(&t[d.span.start..d.span.end], "May 21, 2025");
        assert!(sl(t, st.body).unwrap().starts_with("BEIJING:"));
        assert!(sl(t, st.body).unwrap().ends_with("meet again."));
        assert_eq!(st.boilerplate.len(), 1);
        assert_eq!(st.metadata.len(), 2);
    }

    #[test]
    fn a_place_and_metadata_line_under_the_headline() {
        let t = "Rain lashes city\n\nExpress News Service\nMumbai | Updated: November 23, 2024 \
                 21:14 IST\n\nHeavy rain hit Mumbai on Saturday, and trains were cancelled.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Rain lashes city"));
        assert_eq!(st.subtitle, None);
        assert_eq!(sl(t, st.dateline), Some("Mumbai"));
        assert_eq!(st.date.unwrap().value, "2024-11-23");
        assert!(sl(t, st.body).unwrap().starts_with("Heavy rain"));
        // A desk and its city.
        let t = "Kohli hits century\n\nSports Desk | PERTH\n\nVirat Kohli scored a century \
                 on Sunday as India took control of the first Test.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("PERTH"));
        assert!(sl(t, st.body).unwrap().starts_with("Virat"));
        // Not a place: a sentence with a bar in it, or a lower-case desk.
        assert!(placed_meta("Prices rose | and fell again in the market today").is_none());
        assert!(placed_meta("Sports Desk | perth").is_none());
    }

    #[test]
    fn stamps_bylines_and_book_lines_under_the_headline_are_no_standfirst() {
        let sub_and_date = |t: &str| {
            let (st, _) = find(t, &Hints::default());
            (
                sl(t, st.subtitle).map(str::to_string),
                st.date.map(|d| d.value),
            )
        };
        // A US site's stamp: the date, `at` and the time.
        let t = "Oil prices slip as OPEC weighs output hike\n\nBy Jane Doe\nOctober 2, 2025 at \
                 7:12 AM EDT\n\nOil prices fell on Thursday as OPEC weighed a larger output hike, \
                 traders said.";
        assert_eq!(sub_and_date(t), (None, Some("2025-10-02".into())));
        // Dawn: the writers, then the dated line, on one line.
        let t = "Budget talks stall over fuel levy\n\nKhurram Husain | Ikram Junaidi Published \
                 June 3, 2025 Updated about 5 hours ago\n\nISLAMABAD: The talks stalled on \
                 Monday over the fuel levy, officials said.";
        assert_eq!(sub_and_date(t), (None, Some("2025-06-03".into())));
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("ISLAMABAD"));
        assert!(sl(t, Some(st.metadata[0]))
            .unwrap()
            .starts_with("Khurram Husain |"));
        // An interview's byline, and a review's line of publisher, length and price.
        let t = "\"We need more nurses\": Ghana's health minister on the crisis\n\nInterview by \
                 Kofi Mensah\n\nThe minister said the talks would resume next week, according \
                 to officials.";
        assert_eq!(sub_and_date(t), (None, None));
        let t = "A chilling novel of predictive policing\n\nBy Ron Charles\n\nThe Dream Hotel\n\
                 By Laila Lalami\nPantheon. 336 pp. $29\n\nIn Laila Lalami's new novel, a woman \
                 is detained at an airport because an algorithm has analyzed her dreams.";
        assert_eq!(sub_and_date(t), (None, None));
        // A standfirst is still one.
        let t = "RSF shelling kills dozens in El Fasher\n\nThe paramilitary has intensified \
                 attacks on the besieged city.\n\nBy Hiba Morgan\nPublished On 14 Jun 2025\n\n\
                 At least 47 people have been killed in El Fasher, activists said on Saturday.";
        let (sub, date) = sub_and_date(t);
        assert!(sub.unwrap().starts_with("The paramilitary"));
        assert_eq!(date.as_deref(), Some("2025-06-14"));
        // Names before a key, but no date, or no names: not this line.
        assert!(bylined_meta("Apple Updated Its Phones").is_none());
        assert!(bylined_meta("The minister said prices Published May 3, 2025").is_none());
        assert!(bylined_meta("Jane Doe Published May 3, 2025").is_some());
        assert!(bylined_meta("Mumbai | Updated: November 23, 2024 21:14 IST").is_none());
        let m =
            barred_byline_date("Ahmet Salih Alacaci |26.11.2025 - Update : 26.11.2025").unwrap();
        assert_eq!(m.date.unwrap().iso, "2025-11-26");
        assert!(barred_byline_date("Sales | 26.11.2025").is_none());
        assert!(barred_byline_date("Jane Doe | 3 killed as storm hits the coast").is_none());
        for (s, place) in [
            ("Washington:", Some("Washington")),
            ("New Delhi:", Some("New Delhi")),
            ("KARACHI:", Some("KARACHI")),
        ] {
            assert_eq!(colon_place(s).map(|e| &s[..e]), place, "{s}");
        }
        for s in [
            "Washington",
            "He said:",
            "May:",
            "Note:",
            "Watch:",
            "Washington DC 2025:",
        ] {
            assert_eq!(colon_place(s), None, "{s}");
        }
        assert!(bylined_meta(
            "TOI City Desk / TIMESOFINDIA.COM / Updated: Nov 14, 2025, 08:42 IST"
        )
        .is_some());
        assert!(bylined_meta("Politics / World Updated: Nov 14, 2025").is_some());
        let t = "Budget talks stall\n\nKhurram Husain | Ikram Junaidi Published June 3, 2025\n\n\
                 The talks stalled on Monday over the fuel levy, officials said.";
        assert_eq!(find(t, &Hints::default()).0.dateline, None);
        assert!(!prose_like("Pantheon. 336 pp. $29"));
        assert!(!prose_like("Interview by Kofi Mensah"));
        assert!(prose_like("Talks in Beijing focus on the corridor"));
        assert!(prose_like("王毅会见达尔"));
    }

    #[test]
    fn a_label_line_is_metadata_not_a_dateline() {
        let t = "Storm cuts power to thousands in Hobart\n\nBy Ellen Coulter\n\nTopic: Storms\n\n\
                 Posted 5h ago\n\nThe minister said the talks would resume next week, according to \
                 officials.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.dateline, None);
        assert!(sl(t, st.body).unwrap().starts_with("The minister"));
        let meta: Vec<&str> = st.metadata.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(meta, ["By Ellen Coulter", "Topic: Storms", "Posted 5h ago"]);
        assert!(label_line("Section: Weather") && label_line("Category: Local news"));
        assert_eq!(dateline("Section: Weather"), None);
        // A story that opens with such a word, a sentence after the key, or another key.
        assert!(!label_line(
            "Subject: the minister said the talks would resume next week."
        ));
        assert!(!label_line("Hobart: Storms cut power"));
        assert_eq!(dateline("Hobart: Storms cut power"), Some((0, 6)));
    }

    #[test]
    fn desk_lines_credits_and_notes_are_apart_from_the_story() {
        let t = "Frog sings too high for humans\n\nScience correspondent\nUpdated 4.52pm\n\n\
                 Thursday, June 05, 2025 – Dhul Hijjah 9, 1446 AH\n\n\
                 Pictured: The frog on a leaf in Manu National Park.\n\n\
                 A frog that calls at frequencies beyond human hearing has been found in Peru, \
                 researchers said on Wednesday.\n\nThe team recorded 12 of the animals.\n\n\
                 Associated Press writer Maria Cheng contributed from London.\n\n\
                 (With inputs from PTI)\n\n--With assistance from Sharon Cho.\n\n\
                 This article was amended on 13 March 2025 to correct the frog's size.";
        let (st, _) = find(t, &Hints::default());
        let text = |spans: &[Span]| spans.iter().map(|s| &t[s.start..s.end]).collect::<Vec<_>>();
        assert_eq!(
            text(&st.metadata),
            [
                "Science correspondent",
                "Updated 4.52pm",
                "Thursday, June 05, 2025 – Dhul Hijjah 9, 1446 AH"
            ]
        );
        assert_eq!(st.date.unwrap().value, "2025-06-05");
        assert_eq!(text(&st.captions).len(), 1);
        assert!(sl(t, st.body).unwrap().starts_with("A frog"));
        assert!(sl(t, st.body).unwrap().ends_with("of the animals."));
        assert_eq!(st.boilerplate.len(), 1, "{:?}", text(&st.boilerplate));
        assert!(text(&st.boilerplate)[0].ends_with("the frog's size."));
        // A story's own sentences stay in it.
        assert!(!credit_line(
            "the virus contributed to the deaths, a reporter said"
        ));
        assert!(!credit_line(
            "a reporter said the drought contributed to the failure of this year's harvest"
        ));
        let prompt = is_prompt;
        assert!(prompt(
            "(Additional reporting by Ana Isabel Martínez; Editing by Stephen Eisenhammer)"
        ));
        assert!(!prompt(
            "With assistance from the UN, the government rebuilt 40 schools in the north of \
             the country over the past three years, officials said on Monday."
        ));
    }

    #[test]
    fn publishers_footers_are_apart_from_the_story() {
        let t = "Fire forces evacuations\n\nA wildfire forced thousands of people from their \
                 homes in Ventura County on Friday, officials said.\n\nCrews hoped to contain \
                 it by Sunday.\n\n___\n\nMore to Read\nL.A. fire survivors still waiting on \
                 insurance payouts, a year later\n\nA version of this article appears in print \
                 on Nov. 20, 2025, Section A, Page 18 of the New York edition with the headline: \
                 Fire Forces Evacuations in Ventura County After Dry Winds Return.\n\n\
                 See more on: Ventura County, Cal Fire";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("by Sunday."));
        let boiler: String = st.boilerplate.iter().map(|s| &t[s.start..s.end]).collect();
        for part in [
            "___",
            "More to Read",
            "L.A. fire",
            "A version",
            "See more on",
        ] {
            assert!(boiler.contains(part), "{part}: {boiler}");
        }
        // A line of a story that happens to have underscores is no rule.
        assert!(!is_rule_line("__init__ was called"));
    }

    #[test]
    fn a_press_release_trailer_is_apart_from_the_story() {
        let t = "Acme Corp. Reports Results\n\n- Revenue rose 12%\n- Margin widened\n\n\
                 NEWS PROVIDED BY\nAcme Corp.\nOct 30, 2025, 16:05 ET\n\n\
                 AUSTIN, Texas, Oct. 30, 2025 /PRNewswire/ -- Acme Corp. said revenue rose 12% \
                 in the quarter.\n\nThe company raised its forecast.\n\nAbout Acme Corp.\n\
                 Acme Corp. makes industrial sensors.\n\nForward-Looking Statements\n\
                 This press release contains forward-looking statements.\n\nMedia Contact:\n\
                 Jane Roe\n(512) 555-0100\n\nSOURCE Acme Corp.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.subtitle),
            Some("- Revenue rose 12%\n- Margin widened")
        );
        assert_eq!(sl(t, st.dateline), Some("AUSTIN"));
        assert_eq!(st.date.unwrap().value, "2025-10-30");
        let meta: Vec<&str> = st.metadata.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            meta,
            ["NEWS PROVIDED BY", "Acme Corp.", "Oct 30, 2025, 16:05 ET"]
        );
        assert!(sl(t, st.body).unwrap().ends_with("raised its forecast."));
        assert_eq!(st.boilerplate.len(), 1);
        let boiler = &t[st.boilerplate[0].start..st.boilerplate[0].end];
        assert!(boiler.starts_with("About Acme Corp.") && boiler.ends_with("SOURCE Acme Corp."));
        // An `About` heading with no trailer after it may head a part of the story.
        let t = "Town votes on plan\n\nThe town voted on Monday to adopt the plan, officials \
                 said.\n\nAbout Time\n\nThe vote came after two years of talks, the mayor said.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("the mayor said."));
        assert!(st.boilerplate.is_empty());
        assert!(about_heading("About Northwind Therapeutics"));
        assert!(!about_heading("About 40 people were hurt."));
        assert!(trailer_heading("Media Contacts:") && !trailer_heading("Contact us today"));
        assert!(source_line("SOURCE Lumen Bio") && !source_line("Source: officials"));
    }

    #[test]
    fn wire_trailers_and_sign_offs() {
        // AP: a rule, the credit, a rule and a link to more coverage.
        let t = "Storm nears island\n\nHAMILTON, Bermuda (AP) — A hurricane neared Bermuda on \
                 Wednesday, officials said.\n\nSchools were closed.\n\n___\n\nCoto reported \
                 from San Juan. Associated Press writer Isabella O'Malley contributed.\n\n___\n\n\
                 Follow AP's coverage of the hurricane season at https://apnews.com/hub/hurricanes";
        let (st, _) = find(t, &Hints::default());
        let body = st.body.unwrap();
        assert!(sl(t, st.body).unwrap().ends_with("Schools were closed."));
        assert!(st.boilerplate.iter().all(|b| b.start >= body.end));
        assert!(t[st.boilerplate[0].start..].starts_with("___"));
        assert!(t[..st.boilerplate.last().unwrap().end].ends_with("hurricanes"));
        // A rule inside a story, followed by more of it, is not a trailer.
        let t = "Storm nears island\n\nHAMILTON, Bermuda (AP) — A hurricane neared Bermuda on \
                 Wednesday, officials said.\n\n___\n\nSchools were closed on Thursday across the \
                 island as the storm approached, the education minister said in a statement.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("in a statement."));
        // Reuters credits of any length, bracketed or listed with semicolons.
        assert!(is_prompt(
            "(Reporting by Ali Kucukgocmen and Huseyin Hayatsever; Additional reporting by Ece \
             Toksabay in Ankara; Editing by Daren Butler and Frances Kerry)"
        ));
        assert!(wire_credit(
            "reporting by jane doe in london; editing by john smith"
        ));
        assert!(!wire_credit(
            "research by the institute shows that the drug cut deaths by a third."
        ));
        // News24's links and comment prompt, an e-mail signature, an agency's sign-off.
        assert!(is_prompt(
            "READ | Ramaphosa signs Expropriation Act despite DA objections"
        ));
        assert!(!is_prompt(
            "Read | the council said, was the word on the sign"
        ));
        assert!(is_prompt(
            "News24 | Did you know you can comment on this article? Subscribe to News24 and \
             add your voice to the conversation."
        ));
        assert!(is_prompt("jwpark@koreatimes.co.kr"));
        assert!(!is_prompt(
            "Write to jwpark@koreatimes.co.kr with your tips about the story"
        ));
        assert!(is_prompt("==Kyodo") && is_prompt("-- Reuters") && is_prompt("(END)"));
        assert!(!is_prompt("- Trial met both co-primary endpoints"));
    }

    #[test]
    fn an_outlets_closing_lines_are_set_aside() {
        let body_end_and_boiler = |t: &str| {
            let (st, _) = find(t, &Hints::default());
            let boiler: Vec<String> = st
                .boilerplate
                .iter()
                .map(|s| t[s.start..s.end].into())
                .collect();
            let body = sl(t, st.body).unwrap_or_default();
            (body[body.len().saturating_sub(20)..].to_string(), boiler)
        };
        let story = "Budget talks stall\n\nISLAMABAD: The minister said the talks would resume \
                     next week, officials said.\n\nBoth sides described the meeting as \
                     constructive.\n\n";
        // Dawn: the print line stays metadata (it dates the story), the rest is furniture.
        let t = format!("{story}Published in Dawn, June 3rd, 2025\n\nComments (3)\n\nClosed");
        let (st, _) = find(&t, &Hints::default());
        assert_eq!(st.date.unwrap().value, "2025-06-03");
        assert_eq!(
            body_end_and_boiler(&t),
            (
                "ing as constructive.".to_string(),
                vec!["Comments (3)\n\nClosed".into()]
            )
        );
        // DW, Bloomberg and a Q&A.
        for trailer in [
            "This article was originally written in German.\n\nEdited by: Jon Shelton\n\n\
             Send us your feedback",
            "— With assistance from Anna Shiryaevskaya\n\n(Updates prices in fifth \
             paragraph.)\n\nBefore it's here, it's on the Bloomberg Terminal.",
            "This interview first appeared in the Daily Graphic.",
        ] {
            let t = format!("{story}{trailer}");
            assert_eq!(
                body_end_and_boiler(&t),
                (
                    "ing as constructive.".to_string(),
                    vec![trailer.to_string()]
                )
            );
        }
        // AP's hub line after the rule, with no other prompt.
        let t = format!("{story}___\n\nAP World Cup: https://apnews.com/hub/world-cup");
        assert_eq!(body_end_and_boiler(&t).1.len(), 1);
        // Closing lines with the story going on after them, and last paragraphs that only
        // look like them, stay in the body.
        let t = format!("{story}Closed\n\nThe talks resume on Monday in Cairo, mediators said.");
        assert!(body_end_and_boiler(&t).1.is_empty());
        for last in [
            "This story first appeared to be a hoax, police said on Monday.",
            "Edited by his wife after his death, the memoir was published in 1990.",
            "The road remains closed.",
            "(The ministry did not respond to a request for comment.)",
        ] {
            assert!(!closing_line(last), "{last}");
        }
        assert!(closing_line("(Updates prices throughout.)") && closing_line("Comments (14)"));
        for s in [
            "Follow @arabnews on X",
            "Follow Jane Doe on Twitter: @janedoe",
            "Follow us on Instagram.",
            "Follow the story on our live page",
            "Follow our live coverage.",
            "Comments are moderated and generally will be posted if they are on-topic and not abusive.\nFor more information, please see our Comments FAQ",
        ] {
            assert!(closing_line(s), "{s}");
        }
        for s in [
            "Follow the talks on our live page as they resume in Doha on Friday.",
            "The platform said the posts broke its rules and that comments are moderated by staff in Dublin, who review hundreds of thousands of posts a day under rules it published in 2019 after a long consultation with users, regulators and the company's own oversight board.",
        ] {
            assert!(!closing_line(s), "{s}");
        }
        assert!(!closing_line("Comments (see below)"));
        // An outlet's line about itself; a story's sentence about a broadcaster is longer or
        // calls it nothing of the kind.
        assert!(closing_line("Euronews is the No.1 news channel in Europe."));
        assert!(closing_line("(FRANCE 24 with AFP)") && closing_line("(With inputs from PTI)"));
        assert!(!closing_line("(with the help of neighbours)"));
        assert!(closing_line("In: United States Senate Government Shutdown"));
        assert!(!closing_line("In: the end, the Senate voted"));
        assert!(closing_line("Reuters, the news and media division of Thomson Reuters, is the world’s largest multimedia news provider, reaching billions of people worldwide every day."));
        for s in [
            "The channel is popular in Europe.",
            "Al Jazeera, which is the most watched news channel in the region, said its bureau in Gaza had been hit twice this year by strikes.",
        ] {
            assert!(!closing_line(s), "{s}");
        }
        // The Trust Project's link is a prompt wherever it stands.
        assert!(is_prompt("Why you can trust SCMP"));
    }

    #[test]
    fn players_tool_bars_appeals_and_topic_buttons() {
        for t in ["0:00 / 2:41", " 1:02:03 / 10:00:00 "] {
            assert!(player_time(t), "{t}");
        }
        for not in ["6:14 PM / CBS News", "0:00", "2:41 / 3", "24/7 / 365"] {
            assert!(!player_time(not), "{not}");
        }
        assert!(closing_links(
            "corrections and clarifications | submit a news tip | report error"
        ));
        assert!(!closing_links("shahbaz rana | khaleeq kiani"));
        assert!(!closing_links(
            "report error | the minister said the plan would fail"
        ));
        assert!(readers_message(
            "A Message from The Moscow Times:",
            Some("Dear readers,")
        ));
        assert!(readers_message(
            "A message from the editor:\nDear reader, we need you.",
            None
        ));
        assert!(!readers_message(
            "A message from the president:",
            Some("We won.")
        ));
        assert!(!readers_message(
            "A message from the president was read out.",
            None
        ));
        assert!(topic_chips("Israel Budget"));
        assert!(!topic_chips("The cabinet approved it."));
        assert!(!topic_chips("the budget"));
    }

    #[test]
    fn ticker_chips_and_card_ages() {
        for chip in ["PKR=X", "^KSE", "AAPL", "0700.HK", "-0.05%", "+1.2%", "−3%"] {
            assert!(ticker_chip(chip), "{chip}");
        }
        for not in ["Pakistan", "The rupee fell", "11", "%", "USD/PKR rate"] {
            assert!(!ticker_chip(not), "{not}");
        }
        for age in ["3h", "45m", "2d", " 12 hrs ", "•"] {
            assert!(card_age(age), "{age}");
        }
        for not in ["3", "h", "123h", "3 hours", "3h ago", "A"] {
            assert!(!card_age(not), "{not}");
        }
    }

    #[test]
    fn a_name_and_date_line_under_the_headline() {
        // Kyodo: the agency, date, time and sections; the dateline opens the body.
        let t = "Japan's ruling bloc loses majority\n\nKYODO NEWS - Jul 21, 2025 - 08:45 | \
                 Politics, All\n\nTOKYO - The ruling coalition lost its majority on Sunday.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("TOKYO"));
        assert_eq!(st.date.unwrap().value, "2025-07-21");
        assert!(sl(t, st.body).unwrap().starts_with("TOKYO -"));
        // The Hindu: the place and date under the byline.
        let t = "PSLV-C61 fails to reach orbit\n\nStaff Reporter\nCHENNAI, May 18, 2025 09:30 \
                 IST\n\nThe rocket failed to reach orbit on Sunday, ISRO said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.subtitle, None);
        assert_eq!(sl(t, st.dateline), Some("CHENNAI"));
        assert_eq!(st.date.unwrap().value, "2025-05-18");
        // A story that runs on after a place and date is a dateline, not this line.
        assert!(headed_date(
            "LONDON, May 21, 2025 - Britain said on Wednesday it would host \
                             the talks next month."
        )
        .is_none());
        assert!(headed_date("Monday, May 21, 2025").is_none_or(|m| m.place.is_none()));
    }

    #[test]
    fn bylines_of_two_reporters_and_a_live_blogs_key_events() {
        let t = "Senate votes on tax reform – live updates\n\nThe bill faces a final vote; \
                 markets watch the fiscal impact\n\nTom Phillips in Rio de Janeiro and \
                 Constance Malleret in São Paulo\nWed 5 Nov 2025 18.58 GMT\n\nKey events\n\
                 3h ago  Senate approves bill 71-0\n5h ago  Haddad speaks\n\n21.47 GMT\n\
                 Lula hails vote\n\nPresident Lula has posted a video on Instagram celebrating \
                 the vote, which he called historic.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.subtitle).unwrap().starts_with("The bill"));
        let meta: Vec<&str> = st.metadata.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            meta[0],
            "Tom Phillips in Rio de Janeiro and Constance Malleret in São Paulo"
        );
        assert!(t[st.boilerplate[0].start..st.boilerplate[0].end].ends_with("Haddad speaks"));
        // The post's time is metadata; its heading opens the body.
        assert!(sl(t, st.body).unwrap().starts_with("Lula hails vote"));
        assert!(meta.contains(&"21.47 GMT"));
        assert!(bylines_like(
            "Tom Phillips in Santiago and Sam Jones in Madrid"
        ));
        assert!(!bylines_like(
            "Trade talks in Geneva and new tariffs in Washington stall"
        ));
    }

    #[test]
    fn a_live_blogs_first_post_is_body_under_its_update_stamp() {
        let t = "Ukraine war live: Zelenskyy meets Starmer in London\n\nJakub Krupa\n\n\
                 Tue 18 Nov 2025 14.05 GMT\n\n14.05 GMT\nZelenskyy arrives at Downing Street\n\n\
                 Volodymyr Zelenskyy has arrived at 10 Downing Street for talks with the prime \
                 minister.\n\nThe two leaders are expected to discuss the coalition of the \
                 willing and frozen Russian assets.\n\nUpdated at 14.11 GMT\n\n13.40 GMT\n\
                 Kremlin dismisses talks\n\nKremlin spokesperson Dmitry Peskov told reporters \
                 the meeting would change nothing.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("Zelenskyy arrives"));
        assert_eq!(st.subtitle, None);
        let meta: Vec<&str> = st.metadata.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            meta,
            [
                "Jakub Krupa",
                "Tue 18 Nov 2025 14.05 GMT",
                "14.05 GMT",
                "Updated at 14.11 GMT",
                "13.40 GMT"
            ]
        );
    }

    #[test]
    fn a_match_reports_score_and_standfirst_above_the_byline() {
        let t = "Ødegaard inspires Arsenal to comeback win\n\nArsenal 2-1 Aston Villa\n\
                 Ødegaard 67, Havertz 88; Watkins 23\nAttendance: 60,251\n\n\
                 Villa led through Ollie Watkins’ header but Mikel Arteta’s side hit back\n\n\
                 Jacob Steinberg at the Emirates Stadium\nSat 14 Dec 2024 19.32 GMT\n\n\
                 For 67 minutes this had the look of one of those afternoons that Arsenal \
                 supporters dread.\n\nKai Havertz scored the winner.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.subtitle).unwrap().starts_with("Villa led"));
        assert!(sl(t, st.body).unwrap().starts_with("For 67 minutes"));
        let meta: Vec<&str> = st.metadata.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            meta,
            [
                "Arsenal 2-1 Aston Villa",
                "Ødegaard 67, Havertz 88; Watkins 23",
                "Attendance: 60,251",
                "Jacob Steinberg at the Emirates Stadium",
                "Sat 14 Dec 2024 19.32 GMT"
            ]
        );
        // A short story's closing date line, then links: the paragraphs stay the body.
        let t = "Rains shut schools\n\nHeavy rain shut schools in three districts on Monday, \
                 officials said.\n\nMore rain is due.\n\nPublished - July 14, 2025 09:40 pm \
                 IST\n\nRelated Articles\nFloods hit the coast\nDam gates opened";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("Heavy rain"));
        // Short paragraphs of a story with no metadata line after them stay in the body.
        let t = "Ceasefire holds\n\nThe ceasefire held overnight.\n\nBoth sides reported \
                 calm.\n\nTalks resume on Monday in Cairo, mediators said in a statement.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("The ceasefire"));
        assert!(st.metadata.is_empty());
    }

    #[test]
    fn a_dateline_with_a_year_dates_the_article() {
        let t = "LONDON, 21 May 2025 (AFP) - Britain said on Wednesday it would host the talks.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("LONDON"));
        let d = st.date.unwrap();
        assert_eq!(
            (&t[d.span.start..d.span.end], d.value.as_str()),
            ("21 May 2025", "2025-05-21")
        );
        let t = "WASHINGTON, May 21 (Reuters) - The U.S. Senate voted on Wednesday.";
        assert_eq!(find(t, &Hints::default()).0.date, None);
    }

    #[test]
    fn a_wire_sign_off_ends_the_story_and_is_no_caption() {
        let t = "Primatologist dies\n\nJakarta (AFP) – Birute Galdikas has died, her foundation \
                 said on Thursday.\n\nShe studied orangutans in Borneo for five decades.\n\n\
                 Galdikas is survived by three children. -- AFP";
        let (st, _) = find(t, &Hints::default());
        assert!(st.captions.is_empty(), "{:?}", st.captions);
        assert!(sl(t, st.body).unwrap().ends_with("-- AFP"));
        // A caption above the story keeps its credit.
        let t = "Summit opens\n\nLeaders pose for a photo in Beijing on Monday. — AFP\n\n\
                 BEIJING: The summit opened on Monday with a call for calm.\n\n\
                 Talks go on until Friday, officials said.";
        assert_eq!(find(t, &Hints::default()).0.captions.len(), 1);
        assert!(signoff("Galdikas is survived by three children. — AFP"));
        assert!(!signoff("Leaders in Beijing — AFP"));
        assert!(!signoff("Fine. — AFP"));
    }

    #[test]
    fn a_dateline_from_two_cities() {
        let t = "SEOUL/TOKYO, July 5 (Reuters) - Samsung Electronics said on Friday it would.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("SEOUL/TOKYO"));
    }

    #[test]
    fn a_speakers_label_is_no_dateline() {
        let t = "A former nurse speaks\n\nPritchard: Mm. Nothing, really. They told us to keep \
                 quiet.\n\nQ: Did you write to them?\n\nPritchard: Yes, twice in 2016.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.dateline, None);
        assert!(sl(t, st.body).unwrap().starts_with("Pritchard: Mm."));
        let t = "Talks end\n\nIslamabad: The talks ended on Friday, officials said.\n\n\
                 Islamabad and Beijing agreed to meet again.";
        assert_eq!(
            sl(t, find(t, &Hints::default()).0.dateline),
            Some("Islamabad")
        );
    }

    #[test]
    fn menus_breadcrumbs_and_reading_time_are_set_aside() {
        let t = "Home > World > Asia\nNews | Pakistan | Business | Sport\n\
                 Dar meets Wang in Beijing\n4 min read\n\
                 The talks ended on Friday with a joint statement, officials said.\n\
                 Story continues below advertisement\n\
                 Both sides agreed to meet again next year in Islamabad, officials said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Dar meets Wang in Beijing"));
        assert!(sl(t, st.body).unwrap().starts_with("The talks ended"));
        assert_eq!(st.boilerplate.len(), 2, "{:?}", st.boilerplate);
        assert!(st
            .metadata
            .iter()
            .any(|m| &t[m.start..m.end] == "4 min read"));
    }

    #[test]
    fn reading_times() {
        for yes in [
            "4 min read",
            "3 minutes read",
            "4-minute read",
            "12 mins read",
            "reading time: 3 minutes",
            "read time 4 min",
            "3 min reading time",
        ] {
            assert!(reading_time(yes), "{yes}");
        }
        for no in [
            "4 min",
            "read more",
            "the minutes read",
            "2 minutes read aloud",
        ] {
            assert!(!reading_time(no), "{no}");
        }
        assert_eq!(
            reading_time_tail("October 2, 2026 9:15 AM 2 min read"),
            Some(24)
        );
        assert_eq!(reading_time_tail("3 minutes read"), None);
    }

    /// Politico's `3 minutes read` under the date line is metadata, and the `BRUSSELS —`
    /// dateline under it still opens the body.
    #[test]
    fn a_reading_time_line_does_not_hide_the_dateline() {
        let t = "Commission floats delay to AI Act rules\n\n\
                 Tech lobby cheers; consumer groups cry foul.\n\n\
                 By Jane Doe\nNovember 19, 2026 4:00 pm CET\n3 minutes read\n\n\
                 BRUSSELS — The European Commission on Wednesday proposed pushing back parts \
                 of the act by up to 16 months.\n\n\
                 Consumer groups said the move was a step backwards for citizens.";
        let (st, paras) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("BRUSSELS"));
        assert!(st
            .metadata
            .iter()
            .any(|m| &t[m.start..m.end] == "3 minutes read"));
        let t2 = "Drones hit Odesa port\n\nby Martin Fornusek\n\
                  October 2, 2026 9:15 AM 2 min read\n\n\
                  ODESA — Russian drones struck port infrastructure overnight, the governor said.";
        assert!(paras
            .iter()
            .all(|p| !t[p.start..p.end].contains("3 minutes read\n")));
        let paras = find(t2, &Hints::default()).1;
        let texts: Vec<&str> = paras.iter().map(|p| &t2[p.start..p.end]).collect();
        assert!(texts.contains(&"October 2, 2026 9:15 AM"), "{texts:?}");
        assert!(texts.contains(&"2 min read"), "{texts:?}");
    }

    #[test]
    fn headlines_with_timestamps_before_them() {
        let t = "The talks ended on Friday with a joint statement, officials said.\n\
                 Both sides agreed to meet again next year.\n\
                 6 hours ago\nGold prices set new record\n12 hours ago\nPlane crash kills 15";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("next year."));
        assert_eq!(st.boilerplate.len(), 1);
        assert!(t[st.boilerplate[0].start..].starts_with("6 hours ago"));
        assert!(t[..st.boilerplate[0].end].ends_with("kills 15"));
    }

    #[test]
    fn kicker_labels_and_sponsored_sentences() {
        let t = "Opinion\nWhy the corridor matters\n\n\
                 Sponsored by the planning ministry, the new programme trains engineers in \
                 three provinces and has already placed two hundred graduates, officials said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Why the corridor matters"));
        assert!(sl(t, st.body).unwrap().starts_with("Sponsored by"));
        assert_eq!(st.boilerplate.len(), 1);
    }

    /// Axios: a kicker before the headline's colon, the writers' names without `By`, and
    /// paragraphs that open with a label and a colon.
    #[test]
    fn kicker_headline_unlabelled_byline_and_label_paragraphs() {
        let t = "Scoop: Meta in talks to buy Korean chip startup FuriosaAI\n\n\
                 Dan Primack, Ina Fried\nOct 14, 2026 - Technology\n\n\
                 Meta is in advanced talks to acquire South Korean chip startup FuriosaAI for \
                 about $800 million, two sources familiar with the matter tell Axios.\n\n\
                 The big picture: Big Tech firms are spending record sums on custom silicon.\n\n\
                 Go deeper: The custom chip arms race";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Scoop: Meta in talks to buy Korean chip startup FuriosaAI")
        );
        assert_eq!(st.dateline, None);
        assert!(st
            .metadata
            .iter()
            .any(|m| &t[m.start..m.end] == "Dan Primack, Ina Fried"));
        assert!(st.captions.is_empty(), "{:?}", st.captions);
        assert!(sl(t, st.body).unwrap().ends_with("custom silicon."));
        assert_eq!(st.boilerplate.len(), 1);
        // Any one-word kicker in title case, not only the known ones.
        assert!(kicker_headline("Insider: Meta weighs bid for chip startup"));
        assert!(!kicker_headline(
            "ISLAMABAD: Pakistan weighs bid for chip startup"
        ));
        assert!(!kicker_headline(
            "Islamabad: Pakistan said on Monday it would bid."
        ));
        assert!(kicker_headline(
            "Rocket Report: Starship flies again, Ariane 6 lofts weather satellite"
        ));
        assert!(!kicker_headline(
            "NEW DELHI: Centre clears new rail line to the airport"
        ));
    }

    /// The footers outlets close a story with: the writer's bio, a wire credit, promotions,
    /// a print-edition note, a paper's reference and a rights notice.
    #[test]
    fn bios_credits_promos_and_references_after_the_story() {
        let story = "Celtic cruise past Rangers\n\nBy Sam Marsden, ESPN\nSep 14, 2026\n\n\
                     GLASGOW, Scotland -- Celtic beat Rangers 3-0 at Celtic Park on Sunday to go \
                     five points clear at the top of the table.\n\n\
                     \"It was a complete performance,\" manager Brendan Rodgers said.\n\n";
        let tails = [
            "Information from PA was used in this report.\n\n\
             Sam Marsden is a senior writer for ESPN covering European football.",
            "James Olley is ESPN's senior writer covering London football.",
            "Aisha Hasnie is a congressional correspondent for Fox News Channel. She joined \
             the network in 2019 and is based in Washington, D.C.",
            "Join ST's WhatsApp Channel and get the latest news and must-reads.",
            "This article is part of POLITICO Pro\n\n\
             The one-stop-shop solution for policy professionals fusing the depth of POLITICO \
             journalism with the power of technology\n\nDiscover more",
            "This article appeared in the Europe section of the print edition under the \
             headline \"Green and pleasant\"",
            "doi: https://doi.org/10.1038/d41586-026-02977-4\n\nReferences\n\
             Manzello, D. et al. Nature Clim. Change https://doi.org/10.1038/s41558 (2026).",
            "Note from the author:\nHi, this is Kateryna Hodunova. I wrote this article for \
             you. Please consider supporting us.\n\nBecome a member  Support us just once",
            "RELATED NEWS\nLabour threatens strike over wage delay\n\n\
             All rights reserved. This material, and other digital content on this website, \
             may not be reproduced, published, broadcast, rewritten or redistributed in \
             whole or in part without prior express written permission from PUNCH.",
            "The Associated Press’ climate and environmental coverage receives financial \
             support from multiple private foundations. AP is solely responsible for all \
             content. Find AP’s standards for working with philanthropies, a list of \
             supporters and funded coverage areas at AP.org.",
            "The Associated Press’ religion coverage receives support through the AP’s \
             collaboration with The Conversation US, with funding from Lilly Endowment Inc. \
             The AP is solely responsible for this content.",
        ];
        for tail in tails {
            let t = format!("{story}{tail}");
            let (st, _) = find(&t, &Hints::default());
            assert!(
                sl(&t, st.body).unwrap().ends_with("Brendan Rodgers said."),
                "{tail}: {:?}",
                sl(&t, st.body)
            );
        }
        // A reporter the story is about keeps the last paragraph of the story.
        let t = "Court frees reporter\n\nBy Jane Doe\n\n\
                 MOSCOW — A court on Monday freed Evan Gershkovich after a year in custody, his \
                 lawyers said.\n\n\
                 Evan Gershkovich is a reporter for The Wall Street Journal.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("Wall Street Journal."));
        // A ruling on reproduction is no rights notice.
        let t = "Court rules on photos\n\nBy Jane Doe\n\n\
                 LONDON — A court ruled on the family's claim on Monday, its lawyers said.\n\n\
                 The judge ruled that the photographs may not be reproduced without written \
                 permission from the family.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("from the family."));
        // A story's last paragraph about a newsletter stays.
        let t = "Paper closes\n\nBy Jane Doe\n\n\
                 LONDON — The paper will close next month after 150 years, its owner said.\n\n\
                 Readers will still get the weekly newsletter, the owner said.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("the owner said."));
    }

    /// Fox News's links to other stories, in capitals between the paragraphs.
    #[test]
    fn capitals_links_between_paragraphs() {
        let t = "House passes stopgap bill\n\nBy Aisha Hasnie Fox News\n\n\
                 The House of Representatives on Wednesday passed a short-term spending bill.\n\n\
                 SCHUMER SAYS DEMOCRATS WILL NOT BACK 'CLEAN' CR\n\n\
                 THE BILL'S PROVISIONS\n\n\
                 The Senate is expected to take up the bill on Thursday.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("on Thursday."));
        assert_eq!(st.boilerplate.len(), 1);
        assert_eq!(
            sl(t, st.boilerplate.first().copied()),
            Some("SCHUMER SAYS DEMOCRATS WILL NOT BACK 'CLEAN' CR")
        );
        // A subhead and a story in capitals keep their lines.
        assert!(!caps_headline("WHAT HAPPENS NEXT"));
        assert!(!caps_headline("MIDEAST / RED SEA -"));
        let t = "THE HOUSE ON WEDNESDAY PASSED A SHORT-TERM SPENDING BILL.\n\n\
                 DEMOCRATS SAY THEY WILL NOT BACK THE BILL\n\n\
                 THE SENATE IS EXPECTED TO TAKE UP THE BILL ON THURSDAY.";
        let (st, _) = find(t, &Hints::default());
        assert!(st.boilerplate.is_empty(), "{:?}", st.boilerplate);
    }

    /// The Economist's `Oct 9th 2026 | LIMA`: the place after the date and a bar is the
    /// dateline.
    #[test]
    fn a_place_after_the_date_line_bar() {
        let t = "Peru's copper curse\n\nMining protests are back\n\nOct 9th 2026 | LIMA\n\n\
                 PROTESTERS HAVE blocked the road to Las Bambas, one of Peru's largest copper \
                 mines, for the third time this year.\n\n\
                 President José Jerí has promised talks.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.dateline), Some("LIMA"));
        assert_eq!(st.date.map(|d| d.value), Some("2026-10-09".to_string()));
        assert!(sl(t, st.body).unwrap().starts_with("PROTESTERS"));
        for no in ["GMT", "AFP", "Lima", "Politics"] {
            assert!(!place_in_capitals(no), "{no}");
        }
    }

    /// A top photo's caption without a label, known by its bracketed credit, is no
    /// standfirst.
    #[test]
    fn a_caption_known_by_its_slash_credit() {
        let t = "Zelensky meets Stubb in Kyiv\n\nby Kateryna Hodunova\n\
                 November 18, 2026 11:47 AM\n\n\
                 President Volodymyr Zelensky and Finnish President Alexander Stubb at a press \
                 conference in Kyiv, Ukraine, on Nov. 18, 2026. (Presidential Office / Telegram)\n\n\
                 Finland will provide a new 90 million euro military aid package to Ukraine, \
                 Stubb said during a visit to Kyiv on Nov. 18.\n\n\
                 The package includes air defense equipment and ammunition, Stubb said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.subtitle, None);
        assert_eq!(st.captions.len(), 1);
        assert!(sl(t, st.body).unwrap().starts_with("Finland will provide"));
    }

    /// A page's header pasted on a few lines: the site's name over a one-line menu (marks or
    /// two spaces between its entries) and the section's name over the headline. All of it is
    /// boilerplate, and the headline, byline and date under it are read as such.
    #[test]
    fn a_one_line_menu_and_section_over_the_headline() {
        let t = "Harbour Gazette\nNews  Sport  Business  Opinion  Culture\n\nEnvironment\n\n\
                 River council approves new flood wall after two wet winters\n\n\
                 By Ann Lee\n12 March 2026\n\n\
                 The river council voted on Tuesday to build a flood wall along the quay, after \
                 two winters of flooding in the lower town.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("River council approves new flood wall after two wet winters")
        );
        assert!(sl(t, st.body).unwrap().starts_with("The river council"));
        assert!(sl(t, st.boilerplate.first().copied())
            .unwrap()
            .ends_with("Environment"));
        let t = "KV NEWS\nU.S. | World | Politics | Science\n\nHEALTH\n\n\
                 Clinic network adds evening hours in three rural counties\n\n\
                 By Tom Reyes\nJune 2, 2026\n\n\
                 The clinic network said on Monday it would open until 9 p.m. on weekdays in \
                 three rural counties from July.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Clinic network adds evening hours in three rural counties")
        );
        assert!(st.date.is_some());
        // A site's name with a number in it, and a section's name in small letters.
        let t = "France 24\nLive | France | Africa | Europe | Sport\n\nClimate tech\n\n\
                 Danish glaciologist who read climate history in Greenland ice dies at 88\n\n\
                 By Jane Doe\nNovember 26, 2026\n\n\
                 The glaciologist died on Tuesday at a care home north of the Danish capital, her \
                 family said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Danish glaciologist who read climate history in Greenland ice dies at 88")
        );
        assert!(spaced_menu("Home  News  Top News  Politics"));
        // A table's row has numbers; a sentence has lower-case words.
        assert!(!spaced_menu("Oats   312.25   -1.50   -0.48"));
        assert!(!spaced_menu("The vote  was close  on Monday"));
        assert!(section_kicker("Sci-Tech » Health"));
        assert!(section_kicker("National / Science"));
        assert!(section_kicker("Climate tech"));
        assert!(section_kicker("Vuelta a España"));
        assert!(!section_kicker("climate tech"));
        assert!(!section_kicker("Police say two men were held"));
    }

    /// Byline and date lines in other outlets' forms: the writer and the outlet set apart by a
    /// mark before `Posted:`, `By:` with a colon, the outlet and a time before the date, and a
    /// dash and a time after an `Updated` date. A caption closed by `(Name for Outlet)`.
    #[test]
    fn marked_bylines_timed_dates_and_for_credits() {
        for t in [
            "Ferry service resumes after winter storm repairs\n\n\
             Ina Moss · Coast Radio · Posted: Feb 3, 2026 6:00 AM EST | Last Updated: February 3, 2026\n\n\
             The ferry between the two islands carried its first passengers in six weeks on \
             Monday, the operator said.",
            "Ferry service resumes after winter storm repairs\n\n\
             By: Ina Moss - Reporter / @inamoss\n\
             Island Daily Star / 07:20 AM February 3, 2026\n\n\
             The ferry between the two islands carried its first passengers in six weeks on \
             Monday, the operator said.",
        ] {
            let (st, _) = find(t, &Hints::default());
            assert_eq!(
                st.date.as_ref().map(|d| d.value.as_str()),
                Some("2026-02-03"),
                "{t}"
            );
            assert!(sl(t, st.body).unwrap().starts_with("The ferry"), "{t}");
        }
        let t = "Ferry service resumes after winter storm repairs\n\n\
                 By Ina Moss\nUpdated February 3, 2026 — 7.15am, first published at 6.00am\n\n\
                 A ferry leaves the harbour at dawn on the first day of the new timetable. (Joe Park for Island Daily)\n\n\
                 The ferry between the two islands carried its first passengers in six weeks on \
                 Monday, the operator said.";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().starts_with("The ferry"));
        assert_eq!(st.captions.len(), 1);
        assert!(!for_credit(
            "He thanked the ministry. (Minister for Health)"
        ));
        // A source alone in brackets, or a photographer and outlet `via AP`, closes a caption.
        for caption in [
            "Residents look at a collapsed church facade in Pinotepa Nacional, Oaxaca, on \
             Wednesday. (Cuartoscuro)",
            "The union's president speaks to workers outside the plant in Glendale, Kentucky, \
             in October. Ryan C. Hermens, Lexington Herald-Leader via AP",
        ] {
            let t = format!(
                "Ferry service resumes after winter storm repairs\n\n\
                 By Ina Moss\nFebruary 3, 2026\n\n{caption}\n\n\
                 The ferry between the two islands carried its first passengers in six weeks on \
                 Monday, the operator said."
            );
            let (st, _) = find(&t, &Hints::default());
            assert_eq!(st.captions.len(), 1, "{caption}");
            assert!(sl(&t, st.body).unwrap().starts_with("The ferry"));
        }
        assert!(!source_credit(
            "The agency said the talks would go on. (AP)"
        ));
        // A story about a picture agency names it in its headline and sentences: those are no
        // captions, while its credits under a picture still are.
        let t = "Getty Images sold to rival in $3.7 billion deal\n\nBy Staff Reporter\n\n\
                 NEW YORK: Getty Images agreed on Tuesday to be acquired by Shutterstock in a \
                 deal valued at $3.7 billion, the companies said.\n\n\
                 The combined company will be led by Getty's chief executive Craig Peters.";
        let (st, _) = find(t, &Hints::default());
        assert!(st.captions.is_empty());
        assert_eq!(
            sl(t, st.title),
            Some("Getty Images sold to rival in $3.7 billion deal")
        );
        assert_eq!(sl(t, st.dateline), Some("NEW YORK"));
        for credit in [
            "Photo by Jane Doe/Getty Images for Vanity Fair",
            "Fans in Lahore. AFP via Getty Images",
            "Getty Images",
            "A trader at the exchange. Shutterstock",
            "Getty Images/iStockphoto",
        ] {
            let l = Lowered::new(credit);
            assert!(is_caption(credit, &l), "{credit}");
        }
        assert!(!source_credit("Talks go on. (Reuters)"));
        // A byline that ends with its date and time (`… 7:45 a.m.`), and France 24's `Issued
        // on:` line; a short sentence that ends with a time and has no date is no byline.
        for stamp in [
            "By Ina Moss Nov. 26, 2026, 7:45 a.m.",
            "Issued on: 26/11/2026 - 14:52 Modified: 26/11/2026 - 15:10",
        ] {
            let t = format!(
                "Ferry service resumes after winter storm repairs\n\n{stamp}\n\n\
                 The ferry between the two islands carried its first passengers in six weeks on \
                 Monday, the operator said."
            );
            let (st, _) = find(&t, &Hints::default());
            assert_eq!(
                st.date.as_ref().map(|d| d.value.as_str()),
                Some("2026-11-26"),
                "{stamp}"
            );
            assert!(sl(&t, st.body).unwrap().starts_with("The ferry"));
        }
        assert!(meta("By the time the vote came it was 1:30 a.m.").is_none());
    }

    #[test]
    fn a_site_name_above_the_headline_is_set_aside() {
        let t = "The Express Tribune\nPakistan, China agree to fast-track corridor projects\n\
                 ISLAMABAD: The two countries agreed on Friday to speed up work, officials said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(
            sl(t, st.title),
            Some("Pakistan, China agree to fast-track corridor projects")
        );
        assert_eq!(st.boilerplate.len(), 1);
        // A short headline followed by its deck stays the headline.
        let t = "Dar meets Wang\nTalks in Beijing focus on the corridor and security\n\n\
                 BEIJING: The two ministers met on Friday, officials said.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(sl(t, st.title), Some("Dar meets Wang"));
        assert!(st.subtitle.is_some());
    }

    #[test]
    fn captions_and_mid_body_prompts() {
        let t = "The first paragraph of the story is here, and it is long enough.\n\
                 A protester holds a flag in Lahore. (Photo: Reuters)\n\
                 Photograph: Tingshu Wang/Pool/Reuters\n\
                 Advertisement\n\
                 The second paragraph follows the caption and ends the story.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.captions.len(), 2);
        assert_eq!(st.boilerplate.len(), 1);
        assert!(sl(t, st.body).unwrap().ends_with("story."));
        assert_eq!(st.title, None);
    }

    #[test]
    fn caption_text_under_its_label_or_description_is_the_caption() {
        let captions = |t: &str| {
            let (st, _) = find(t, &Hints::default());
            let caps: Vec<String> = st
                .captions
                .iter()
                .map(|s| t[s.start..s.end].into())
                .collect();
            (caps, sl(t, st.subtitle).map(str::to_string))
        };
        // BBC: the label, then the text on the next line.
        let t = "Ministers clash over rail funding\n\nJames Smith\nPolitical reporter\n\n\
                 Image source, Reuters\nImage caption,\nThe transport secretary visited Leeds on \
                 Friday\n\nThe minister said the talks would resume next week, officials said.";
        let (caps, sub) = captions(t);
        assert_eq!(
            caps,
            [
                "Image source, Reuters",
                "Image caption,\nThe transport secretary visited Leeds on Friday"
            ]
        );
        assert_eq!(sub, None);
        // ABC: the description, then the line with the credit.
        let t = "Storm cuts power in Hobart\n\nBy Ellen Coulter\n\nPhoto shows fallen trees on \
                 a road\nFallen trees blocked roads in Sandy Bay on Friday. (ABC News: Maren \
                 Preiss)\n\nThe minister said the talks would resume next week, officials said.";
        let (caps, sub) = captions(t);
        assert_eq!(
            caps,
            [
                "Photo shows fallen trees on a road\nFallen trees blocked roads in Sandy Bay on \
              Friday. (ABC News: Maren Preiss)"
            ]
        );
        assert_eq!(sub, None);
        assert!(bare_caption_label("Image caption,") && bare_caption_label("Caption:"));
        assert!(!bare_caption_label("Image caption, Ishaq Dar met Wang Yi"));
        assert!(!bare_caption_label("Caption"));
        // `Photo shows` with no credit after it, and a bracket that is no credit.
        assert!(!caption_goes_on(
            "Photo shows the moment the dam burst",
            "The river rose two metres overnight, officials said."
        ));
        assert!(!outlet_credit(
            "The rate rose to 4.3% (Source: official data)"
        ));
        assert!(outlet_credit(
            "Floods in Lismore. (ABC North Coast: Leah White)"
        ));
    }

    #[test]
    fn dash_credits_as_with_a_search_for_each() {
        let slow = |s: &str| {
            DASH_CREDITS.iter().any(|c| {
                s.match_indices(c)
                    .any(|(i, _)| !s[i + c.len()..].starts_with(|ch: char| ch.is_alphanumeric()))
            })
        };
        for s in [
            "police guard the site in karachi. — afp",
            "— afpx — afp",
            "officials — apple — ap.",
            "a-b – afp",
            "— ap",
            "— a",
            "",
            "- afp- afp",
            "— reutersé",
        ] {
            assert_eq!(has_dash_credit(s), slow(s), "{s}");
        }
    }

    #[test]
    fn a_dash_credit_is_a_whole_word() {
        let is_caption = |s: &str| is_caption(s, &Lowered::new(s));
        assert!(is_caption("Police guard the site in Karachi. — AFP"));
        assert!(is_caption(
            "A man cools off at a fountain in Seville. Photograph: Cristina Quicler/AFP"
        ));
        assert!(!is_caption(
            "The big picture: European governments are pouring money into AI."
        ));
        assert!(is_caption(
            "President Volodymyr Zelensky and Finnish President Alexander Stubb at a press \
             conference in Kyiv, Ukraine, on Nov. 18, 2026. (Presidential Office / Telegram)"
        ));
        assert!(!is_caption(
            "The ministry said the deal was signed on Monday (local time)."
        ));
        assert!(!slash_credit(
            "2. Kazuyoshi Funaki ( Japan ) 295.4 ( 151.5 / 143.9 )"
        ));
        assert!(!slash_credit(
            "1. United States III ( Brian Shimer , Randy Jones )"
        ));
        assert!(is_caption("Officials inspect the port in Gwadar — AP"));
        // An AP story going on with `Apple` is no caption: its dateline stays.
        let t = "Apple unveils phones\n\nCUPERTINO, Calif. (AP) — Apple on Monday unveiled the \
                 iPhone 16, the first models designed for its AI software.";
        assert!(!is_caption(&t[22..]));
        let (st, _) = find(t, &Hints::default());
        assert!(st.captions.is_empty());
        assert_eq!(sl(t, st.dateline), Some("CUPERTINO"));
    }

    #[test]
    fn related_section_after_the_story() {
        let t = "The talks ended on Friday with a joint statement, officials said.\n\
                 Both sides agreed to meet again next year.\n\n\
                 Related stories\nPakistan and China sign trade deal\nOil prices gain on Iran concerns";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("next year."));
        assert_eq!(st.boilerplate.len(), 1);
        assert!(t[st.boilerplate[0].start..].starts_with("Related stories"));
    }

    /// A credit line under a line of prose makes it a caption, set apart with it; the dateline
    /// under them opens the story. A credit-like line in a run of paragraphs does not.
    #[test]
    fn a_credit_line_makes_the_line_above_a_caption() {
        for credit in [
            "Hyoung Chang/Getty Images",
            "(Adam Cairns / The Columbus Dispatch)",
            "Lena Ortiz for STAT",
            "AP Photo/Nati Harnik",
            "Credit: Union Pacific",
            "Photo by Jane Doe / The Verge",
        ] {
            assert!(photo_credit_line(credit), "{credit}");
            let t = format!(
                "Train derails near Omaha; no injuries reported\n\n\
                 By Tom Reed\nNov. 16, 2026\n\n\
                 A Union Pacific freight train lies on its side near Omaha on Sunday.\n{credit}\n\n\
                 OMAHA, Neb. — A Union Pacific freight train derailed west of Omaha on Sunday, \
                 spilling grain but causing no injuries, officials said.\n\n\
                 About 20 cars left the tracks near the Elkhorn River."
            );
            let (st, _) = find(&t, &Hints::default());
            assert_eq!(st.subtitle, None, "{credit}");
            assert_eq!(st.captions.len(), 1, "{credit}");
            assert!(sl(&t, Some(st.captions[0])).unwrap().ends_with(credit));
            assert_eq!(sl(&t, st.dateline), Some("OMAHA"), "{credit}");
        }
        for not_credit in [
            "By Jane Kim for STAT",
            "News / Politics",
            "Jane Doe for STAT.",
            "The mayor spoke for an hour",
        ] {
            assert!(!photo_credit_line(not_credit), "{not_credit}");
        }
        // The BBC's credit above its caption; a bare agency under the headline is the byline.
        for credit in ["Getty Images", "AFP via Getty Images", "EPA", "PA Media"] {
            assert!(agency_credit_line(credit), "{credit}");
        }
        for not_credit in ["Reuters", "BBC", "AFP", "Getty Images said on Monday"] {
            assert!(!agency_credit_line(not_credit), "{not_credit}");
        }
        let t = "Storm hits Ohio\n\nReuters\nThousands without power as winds topple trees across the state\n\n\
                 High winds knocked out power to homes across the state on Monday, officials said.";
        let (st, _) = find(t, &Hints::default());
        assert!(st.captions.is_empty(), "{:?}", st.captions);
        // No blank line sets the two apart: paragraphs, not a caption.
        let t = "Storm hits Ohio\n\nBy Tom Reed\nNov. 16, 2026\n\n\
                 High winds knocked out power to homes across the state on Monday.\n\
                 Adam Cairns/Columbus Dispatch\n\
                 AEP Ohio said most customers would have power back by Wednesday.";
        let (st, _) = find(t, &Hints::default());
        assert!(st.captions.is_empty(), "{:?}", st.captions);
    }

    /// `11:00 AM PST · November 17, 2026`, `Originally Published: …`, `Estimated 4 minutes`,
    /// a review's score, a row of a table that is no breadcrumb.
    #[test]
    fn time_before_date_scores_and_table_rows() {
        let m = meta("11:00 AM PST · November 17, 2026").unwrap();
        assert_eq!(m.date.unwrap().iso, "2026-11-17");
        assert!(meta("10:30 a.m. | Nov. 3, 2026").is_some_and(|m| m.date.is_some()));
        assert!(meta("11:00 AM PST · The council met on Monday to vote on the plan").is_none());
        let m = meta("Originally Published: November 9, 2026 at 11:40 AM CST").unwrap();
        assert_eq!(m.date.unwrap().iso, "2026-11-09");
        assert!(reading_time("estimated 4 minutes"));
        assert!(reading_time("estimated reading time: 6 minutes"));
        for r in [
            "verge score 8/10",
            "8 verge score",
            "rating: 4.5/5",
            "score: 7",
        ] {
            assert!(rating_line(r), "{r}");
        }
        for r in ["final score 24-17", "the score was 3", "score: 85"] {
            assert!(!rating_line(r), "{r}");
        }
        assert!(!is_breadcrumb(
            "Nov. 24: Vulcan | USSF-87 | Cape Canaveral, Florida | 06:15 UTC"
        ));
        assert!(is_breadcrumb("News | Pakistan | Business"));
        assert!(is_prompt(
            "The audio version of this article is generated by text-to-speech, a technology \
             based on artificial intelligence."
        ));
    }

    /// What outlets set after a story: tags, boxes about the writers, corrections, promotions,
    /// a review's points, appeals, links to other stories and the page's tools.
    #[test]
    fn tags_boxes_corrections_and_appeals_close_a_story() {
        for line in [
            "Topics",
            "KEYWORDS",
            "View Bio",
            "Good Stuff",
            "Pros",
            "Report Error",
            "Ready for more?",
            "LATEST POLITICS STORIES",
            "More Business News",
            "About CBC News",
            "CBC's Journalistic Standards and Practices",
            "Photography by Allison Johnson / The Verge",
            "A correction was made on Nov. 19, 2026: An earlier version of this obituary \
             misstated the year of her fellowship.",
            "Correction, Nov. 4: An earlier version misspelled the mayor's name.",
            "TechCrunch Disrupt 2027 is coming to San Francisco. Register now and save up to \
             $400 on your pass.",
            "In a time of both misinformation and too much information, quality journalism is \
             more crucial than ever.",
            "NPR transcripts are created on a rush deadline. This text may not be in its final \
             form and may be updated or revised in the future.",
        ] {
            assert!(closing_line(line), "{line}");
        }
        for line in [
            "The correction came in March, when prices fell.",
            "More than 200 people attended the vigil on Sunday.",
            "Latest figures show a rise in the number of visitors.",
            "\"We have always believed in this town,\" she said.",
        ] {
            assert!(!closing_line(line), "{line}");
        }
        assert!(trailer_heading("About the Authors"));
        assert_eq!(
            bio_name("Ingrid is a writer and editor at TechCrunch."),
            Some("Ingrid")
        );
        let t = "Ledgerpad raises $40M\n\nIngrid Lunden\nNov. 24, 2026\n\n\
                 Ledgerpad, a Berlin startup that automates invoices for small shops, has \
                 raised $40 million, it said on Monday, in a round led by Index Ventures.\n\n\
                 The company plans to hire 50 engineers next year in Berlin and Lisbon.\n\n\
                 Topics\nAI, Fintech, Startups\n\n\
                 Ingrid Lunden\nIngrid is a writer and editor at TechCrunch.\nView Bio";
        let (st, _) = find(t, &Hints::default());
        assert!(sl(t, st.body).unwrap().ends_with("Berlin and Lisbon."));
    }

    #[test]
    fn hint_forces_title() {
        let t = "Dar meets Wang.\n\nThe talks ended on Friday with a joint statement.";
        let (st, _) = find(t, &Hints::default());
        assert_eq!(st.title, None);
        let (st, _) = find(
            t,
            &Hints {
                title: Some("Dar meets Wang.".into()),
                ..Hints::default()
            },
        );
        assert_eq!(sl(t, st.title), Some("Dar meets Wang."));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "\n\n\n",
            ":",
            " : ",
            "😀",
            "王毅会见达尔。\n中巴关系",
            "A:\r\nB:\r\n",
            "date",
            "date 2025-05-21",
            "Published:",
            "- 6 hours ago",
            "BEIJING:",
            "BEIJING: ",
            "Title\n\n\n",
            "IMAGE:",
            "\u{feff}Title\r\n\r\nBody text here.\r\n",
            "By",
            "É: é",
            "Image caption,",
            "Image caption,\nÉ",
            "Photo shows\n(: )",
            "Photo shows é\né (É: É)",
            "Topic: ",
            "Comments (",
            "(",
            "A | B Published",
            "A B Published May 3, 2025",
            "Posted 2h ago, ",
            "x\n\nClosed",
        ] {
            let (st, paras) = find(t, &Hints::default());
            for s in paras.iter().chain(st.body.iter()) {
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
                assert!(s.start <= s.end && s.end <= t.len());
            }
        }
    }

    #[test]
    fn crlf_is_like_lf() {
        let lf = "Title of the story\n\nBEIJING: The talks ended on Friday, officials said.\n";
        let crlf = lf.replace('\n', "\r\n");
        let (a, _) = find(lf, &Hints::default());
        let (b, _) = find(&crlf, &Hints::default());
        assert_eq!(sl(lf, a.title), sl(&crlf, b.title));
        assert_eq!(sl(lf, a.dateline), sl(&crlf, b.dateline));
        assert_eq!(sl(lf, a.body), sl(&crlf, b.body));
    }
}
