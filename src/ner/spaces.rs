//! A mention's text split at single spaces, by a byte loop over its bytes.
//!
//! The settling and the post-passes read the last word of nearly every candidate
//! (`text.rsplit(' ')`, `rsplit_once(' ')`): hundreds of calls an article on texts of a few
//! words, where the standard library's reverse char search (a `memrchr` call with its setup
//! each) costs more than a plain scan. A space is one ASCII byte, so every index found here is
//! a char boundary; each function answers exactly as the `str` method it names.

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
