//! A mention's text split at single spaces, by a byte loop over its bytes.
//!
//! The settling and the post-passes read the last word of nearly every candidate
//! (`text.rsplit(' ')`, `rsplit_once(' ')`): hundreds of calls an article on texts of a few
//! words, where the standard library's reverse char search (a `memrchr` call with its setup
//! each) costs more than a plain scan. A space is one ASCII byte, so every index found here is
//! a char boundary; each function answers exactly as the `str` method it names.

/// `text.contains(' ') || text.contains('’') || text.contains('\'')`, in one pass over the
/// bytes. `’` is E2 80 99, and in UTF-8 a 0x99 byte after E2 80 is only ever that char; the
/// standard search for a char of three bytes set up a substring searcher for each mention.
pub fn has_space_or_apostrophe(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b' ' || c == b'\'' || (c == 0x99 && i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80)
    })
}

/// `text.rsplit(' ')`: the pieces between spaces, last first.
pub fn rsplit_space(text: &str) -> RSplitSpace<'_> {
    RSplitSpace { rest: Some(text) }
}

/// See [`rsplit_space`].
pub struct RSplitSpace<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for RSplitSpace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().rposition(|b| b == b' ') {
            Some(i) => {
                self.rest = Some(&rest[..i]);
                Some(&rest[i + 1..])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `text.rsplit(' ').next().unwrap_or(text)`: the text after its last space, or all of it.
pub fn last_word(text: &str) -> &str {
    match text.bytes().rposition(|b| b == b' ') {
        Some(i) => &text[i + 1..],
        None => text,
    }
}

/// `text.rsplit_once(' ')`.
pub fn rsplit_once_space(text: &str) -> Option<(&str, &str)> {
    let i = text.bytes().rposition(|b| b == b' ')?;
    Some((&text[..i], &text[i + 1..]))
}

/// `text.split_once(' ')`.
pub fn split_once_space(text: &str) -> Option<(&str, &str)> {
    let i = text.bytes().position(|b| b == b' ')?;
    Some((&text[..i], &text[i + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_and_apostrophes_as_the_char_searches() {
        for t in [
            "",
            " ",
            "a",
            "O'Brien",
            "O’Brien",
            "New York",
            "’",
            "‘quoted’",
            "“x”",
            "—",
            "™",
            "é",
            "ab’",
            "’ab",
            "a™b",
            "x\u{2019}",
            "\u{0999}",
            "\u{1099}",
        ] {
            let want = t.contains(' ') || t.contains('’') || t.contains('\'');
            assert_eq!(has_space_or_apostrophe(t), want, "{t}");
        }
    }

    #[test]
    fn as_the_str_methods() {
        for t in [
            "",
            " ",
            "  ",
            "Ishaq Dar",
            "the  Bank of England ",
            " lead",
            "São Paulo’s mayor",
            "one",
        ] {
            assert_eq!(
                rsplit_space(t).collect::<Vec<_>>(),
                t.rsplit(' ').collect::<Vec<_>>(),
                "{t:?}"
            );
            assert_eq!(last_word(t), t.rsplit(' ').next().unwrap_or(t), "{t:?}");
            assert_eq!(rsplit_once_space(t), t.rsplit_once(' '), "{t:?}");
            assert_eq!(split_once_space(t), t.split_once(' '), "{t:?}");
        }
    }
}
