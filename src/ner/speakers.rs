//! Speaker labels of a broadcast transcript: `STEVE INSKEEP, HOST:` and later `INSKEEP:` at the
//! start of a line name the person who speaks. NPR, CNN and hearing transcripts write them in
//! capitals, where the model, which reads a capitalized word by its lower-case form, knows the
//! first names and not the surnames (`[STEVE]PERSON INSKEEP`, `INSKEEP` nothing). Read in
//! [`crate::pipeline`] after the recognizers, whose names they replace.

use crate::analysis::Span;

/// Speaker labels that name no one (`UNIDENTIFIED PERSON:`), the sections and stamps of a page
/// written the same way (`BREAKING NEWS:`, `EDITOR'S NOTE:`), and roles.
const NO_NAME_WORDS: &[&str] = &[
    "A",
    "ANALYSIS",
    "ANCHOR",
    "ANNOUNCER",
    "ARCHIVED",
    "AUDIENCE",
    "BREAKING",
    "BYLINE",
    "CALLER",
    "CHILD",
    "CHILDREN",
    "CORRECTION",
    "CORRESPONDENT",
    "CROWD",
    "EDITOR'S",
    "EXCLUSIVE",
    "FEMALE",
    "GROUP",
    "HOST",
    "INTERVIEWER",
    "KEY",
    "LIVE",
    "MALE",
    "MAN",
    "MEN",
    "MINISTER",
    "MODERATOR",
    "MORE",
    "MUSIC",
    "NARRATOR",
    "NEWS",
    "NOTE",
    "OFFICER",
    "OFFICIAL",
    "OPERATOR",
    "OPINION",
    "PEOPLE",
    "PERSON",
    "PHOTOS",
    "POINTS",
    "PRIME",
    "PROTESTER",
    "PROTESTERS",
    "Q",
    "READ",
    "RECORDING",
    "RELATED",
    "REPORTER",
    "SOUNDBITE",
    "SPEAKER",
    "SPOKESMAN",
    "SPOKESPERSON",
    "SPOKESWOMAN",
    "STUDENT",
    "STUDENTS",
    "UNIDENTIFIED",
    "UPDATE",
    "VIDEO",
    "VOICE",
    "WATCH",
    "WOMAN",
    "WOMEN",
];

/// Titles before a speaker's name, which OntoNotes leaves outside the PERSON.
const TITLES: &[&str] = &[
    "CAPT.",
    "CHAIRMAN",
    "CHAIRWOMAN",
    "COL.",
    "DR.",
    "GEN.",
    "GOV.",
    "JUDGE",
    "JUSTICE",
    "LT.",
    "MR.",
    "MRS.",
    "MS.",
    "PRESIDENT",
    "PROF.",
    "REP.",
    "REPRESENTATIVE",
    "REV.",
    "SECRETARY",
    "SEN.",
    "SENATOR",
    "SGT.",
];

/// A document needs this many speaker-label lines to be read as a transcript: one line in
/// capitals before a colon is as often a section (`FACT CHECK:`) as a speaker.
const MIN_LABEL_LINES: usize = 3;

/// One line's speaker label: the byte spans of the name's words (titles left out).
struct SpeakerLine {
    words: Vec<Span>,
}

/// The names in the speaker labels of `text`, if it is a transcript (at least
/// [`MIN_LABEL_LINES`] label lines): every name of two words or more, and a one-word label
/// that is the surname of one of those (`INSKEEP:` after `STEVE INSKEEP, HOST:`). Read on the
/// original text: the recognizers' copy has its lines in capitals truecased.
pub fn speaker_names(text: &str) -> Vec<Span> {
    let labels = speaker_labels(text);
    if labels.len() < MIN_LABEL_LINES {
        return Vec::new();
    }
    let word = |s: &Span| &text[s.start..s.end];
    let surnames: Vec<&str> = labels
        .iter()
        .filter(|l| l.words.len() >= 2)
        .filter_map(|l| l.words.last().map(word))
        .collect();
    labels
        .iter()
        .filter_map(|l| Some((l.words.first()?, l.words.last()?, l.words.len())))
        .filter(|(_, last, n)| *n >= 2 || surnames.contains(&word(last)))
        .map(|(first, last, _)| Span::new(first.start, last.end))
        .collect()
}

/// The speaker labels of `text`, one per line that starts with one: words in capitals (no
/// lower-case letter) up to a colon, the name before a comma or a bracket (`BECCA SCHIMMEL,
/// BYLINE:`, `SEN. LINDSEY GRAHAM (R-SC):`). Lines whose name has a word of [`NO_NAME_WORDS`]
/// count towards [`MIN_LABEL_LINES`] with no words.
fn speaker_labels(text: &str) -> Vec<SpeakerLine> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in crate::tokenize::lines_inclusive(text) {
        let start = at;
        at += line.len();
        let lead = line.len() - line.trim_start().len();
        let line = &line[lead..];
        if !line.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        // A label is short: the colon comes within the first 80 bytes, before any lower case.
        let Some(colon) = line
            .bytes()
            .take(80)
            .take_while(|b| !b.is_ascii_lowercase())
            .position(|b| b == b':')
        else {
            continue;
        };
        if !line[colon + 1..].starts_with([' ', '\t', '\n', '\r']) && colon + 1 < line.len() {
            continue;
        }
        let head = &line[..colon];
        let name = &head[..head.find([',', '(']).unwrap_or(head.len())];
        let base = start + lead;
        let mut words = Vec::new();
        let mut named = true;
        let mut offset = 0;
        for w in name.split(' ') {
            let ws = offset;
            offset += w.len() + 1;
            if w.is_empty() {
                continue;
            }
            if NO_NAME_WORDS.contains(&w) || !is_capitals_word(w) {
                named = false;
                break;
            }
            if words.is_empty() && TITLES.contains(&w) {
                continue;
            }
            words.push(Span::new(base + ws, base + ws + w.len()));
        }
        out.push(SpeakerLine {
            words: if named { words } else { Vec::new() },
        });
    }
    out
}

/// A word of a name in capitals: letters, with apostrophes, hyphens and periods inside or at
/// the end (`O'BRIEN`, `JEAN-PIERRE`, `JR.`), two letters or more unless an initial (`J.`).
fn is_capitals_word(w: &str) -> bool {
    let letters = w.bytes().filter(|b| b.is_ascii_uppercase()).count();
    w.bytes()
        .all(|b| b.is_ascii_uppercase() || matches!(b, b'\'' | b'-' | b'.'))
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && (letters >= 2 || (letters == 1 && w.len() == 2 && w.ends_with('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        speaker_names(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn names_the_speakers_of_a_transcript() {
        let text = "STEVE INSKEEP, HOST:\n\nGood morning.\n\nBECCA SCHIMMEL, BYLINE: On a cold \
                    day, she waits.\n\nUNIDENTIFIED PERSON: Hi.\n\nINSKEEP: Thanks.\n\n\
                    SEN. LINDSEY GRAHAM (R-SC): No.\n\nMARTIN: Who?\n";
        assert_eq!(
            names(text),
            [
                "STEVE INSKEEP",
                "BECCA SCHIMMEL",
                "INSKEEP",
                "LINDSEY GRAHAM"
            ]
        );
    }

    #[test]
    fn an_article_with_a_section_in_capitals_has_no_speakers() {
        // Two lines in capitals before a colon are no transcript; and stamps name no one.
        let text =
            "FACT CHECK: The claim is false.\n\nJOHN SMITH: a profile.\n\nMore text: here.\n";
        assert!(names(text).is_empty());
        let text = "BREAKING NEWS: a fire.\nEDITOR'S NOTE: corrected.\nKEY POINTS: three.\n\
                    WATCH: video.\nPRIME MINISTER: We will.\nFOREIGN MINISTRY SPOKESMAN: No.\n";
        assert!(names(text).is_empty());
    }
}
