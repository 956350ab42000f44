//! Bytes to text: refuses what is not an article, decodes what is, and turns saved web pages and
//! Markdown into the plain article text the rest of the core reads.
//!
//! [`load`] is the one entry point for files (CLI and page alike): encoding (UTF-8 with or
//! without BOM, UTF-16 LE/BE, Windows-1252), then format (`.txt`, `.md`, `.html`/`.htm`, or a
//! page sniffed by its `<!DOCTYPE html>`/`<html>` start).

use crate::error::InputError;
use crate::parse::{html, markdown, Hints};

/// Largest input accepted, in bytes. News articles are a few KB; 5 MB is a long book.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Text decoded from a file, and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `"utf-8"`, `"utf-16le"`, `"utf-16be"`, `"windows-1252"`.
    pub encoding: &'static str,
}

/// Decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(InputError::TooLarge {
            size_mb: bytes.len() as f64 / (1024.0 * 1024.0),
            limit_mb: MAX_BYTES / (1024 * 1024),
        });
    }
    if let Some(kind) = magic_kind(bytes) {
        return Err(InputError::Binary { kind });
    }
    // UTF-16 before the NUL-byte check: its NUL bytes would otherwise look binary.
    let utf16 = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        Some((rest, false))
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        Some((rest, true))
    } else {
        utf16_without_bom(bytes).map(|be| (bytes, be))
    };
    let decoded = if let Some((body, big_endian)) = utf16 {
        Decoded {
            text: decode_utf16(body, big_endian),
            encoding: if big_endian { "utf-16be" } else { "utf-16le" },
        }
    } else {
        if let Some(kind) = binary_kind(bytes) {
            return Err(InputError::Binary { kind });
        }
        if let Some(kind) = unsupported_kind(bytes) {
            return Err(InputError::Unsupported { kind });
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(s) => Decoded {
                text: s.to_string(),
                encoding: "utf-8",
            },
            Err(_) => Decoded {
                text: bytes.iter().map(|&b| windows_1252(b)).collect(),
                encoding: "windows-1252",
            },
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(InputError::Blank);
    }
    Ok(Decoded {
        text: lone_cr_to_lf(decoded.text),
        encoding: decoded.encoding,
    })
}

/// Old Mac files end lines with a lone CR; make it LF (same length, so offsets do not move).
fn lone_cr_to_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// UTF-16 without a BOM: text in the Latin range has a NUL in every other byte.
/// Returns `Some(big_endian)`.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 <= pairs {
        Some(false)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 <= pairs {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Names well-known binary formats by their magic bytes.
fn magic_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\xD0\xCF\x11\xE0", "an old Word or Excel document"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\0asm", "a WebAssembly module"),
        (b"\x7FELF", "a program"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, kind)| *kind)
}

/// Any other file with NUL bytes or many control characters.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)))
        .count();
    (controls * 100 > head.len() || head.contains(&0)).then_some("unknown binary data")
}

/// Text formats newslens cannot read.
fn unsupported_kind(bytes: &[u8]) -> Option<&'static str> {
    bytes.starts_with(b"{\\rtf").then_some("an RTF document")
}

/// Windows-1252: Latin-1 except for 0x80–0x9F, where curly quotes and dashes live.
pub fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// What a file became: the article text plus what the reader should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Loaded {
    /// The article as plain text; every offset of the analysis refers to this text. For `.md`
    /// and `.html` it is the cleaned text (markup removed, headline first, then a
    /// `Published: YYYY-MM-DD` line when the date is known, paragraphs separated by blank lines).
    pub text: String,
    /// `"utf-8"`, `"utf-16le"`, `"utf-16be"` or `"windows-1252"`.
    pub encoding: &'static str,
    /// `"text"`, `"markdown"` or `"html"`.
    pub format: &'static str,
    /// The headline the markup named (`<h1>`, `og:title`, a Markdown heading), if any.
    pub title: Option<String>,
    /// The publication date the markup named, ISO `YYYY-MM-DD`, if any.
    pub published: Option<String>,
    /// Paragraphs of `text` the markup marked as image captions (`<figcaption>`).
    pub captions: Vec<String>,
    /// Notes for the reader, e.g. that a legacy encoding was assumed.
    pub notes: Vec<String>,
}

impl Loaded {
    /// What the structure parser should trust.
    pub fn hints(&self) -> Hints {
        Hints {
            title: self.title.clone(),
            captions: self.captions.clone(),
        }
    }
}

/// The format a file is read as: by its extension, or by its first bytes for a page saved
/// under another name.
fn format_of(file_name: &str, text: &str) -> &'static str {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "md" | "markdown" | "mdown" | "mkd" | "mkdn" => return "markdown",
        "html" | "htm" | "xhtml" | "shtml" => return "html",
        _ => {}
    }
    let head: String = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .take(20)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        "html"
    } else {
        "text"
    }
}

/// Builds the article text from extracted parts: headline, date line, paragraphs.
fn compose(title: Option<&str>, published: Option<&str>, paragraphs: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = title.filter(|t| !t.trim().is_empty()) {
        parts.push(t.trim().to_string());
    }
    if let Some(d) = published {
        parts.push(format!("Published: {d}"));
    }
    parts.extend(
        paragraphs
            .iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty()),
    );
    parts.join("\n\n")
}

/// Reads a dropped or named file: decodes it, and for a web page or Markdown keeps the article
/// text only. The CLI and the page both call this, then analyze [`Loaded::text`].
pub fn load(bytes: &[u8], file_name: &str) -> Result<Loaded, InputError> {
    let d = decode(bytes)?;
    let mut notes = Vec::new();
    if d.encoding == "windows-1252" {
        notes.push(
            "This file is not UTF-8; it was read as Windows-1252 (Western European legacy text)."
                .to_string(),
        );
    }
    let format = format_of(file_name, &d.text);
    let mut loaded = Loaded {
        text: String::new(),
        encoding: d.encoding,
        format,
        title: None,
        published: None,
        captions: Vec::new(),
        notes,
    };
    match format {
        "html" => {
            let page = html::extract(&d.text);
            if page.paragraphs.is_empty() {
                return Err(InputError::NoArticleText);
            }
            loaded.notes.push(format!(
                "Read as a saved web page: kept {} paragraphs of article text{}{}; navigation, \
                 scripts, styles, asides and footers were dropped.",
                page.paragraphs.len(),
                if page.title.is_some() {
                    ", the headline"
                } else {
                    ""
                },
                if page.published.is_some() {
                    " and the publication date"
                } else {
                    ""
                },
            ));
            loaded.text = compose(
                page.title.as_deref(),
                page.published.as_deref(),
                &page.paragraphs,
            );
            loaded.title = page.title;
            loaded.published = page.published;
            loaded.captions = page.captions;
        }
        "markdown" => {
            let md = markdown::convert(&d.text);
            if md.paragraphs.is_empty() && md.title.is_none() {
                return Err(InputError::Blank);
            }
            loaded
                .notes
                .push("Read as Markdown: formatting marks and link targets were removed.".into());
            loaded.text = compose(md.title.as_deref(), md.published.as_deref(), &md.paragraphs);
            loaded.title = md.title;
            loaded.published = md.published;
        }
        _ => loaded.text = d.text,
    }
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, be: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if be { b"\xFE\xFF" } else { b"\xFF\xFE" });
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let s = "China’s “ironclad” friend — 王毅 😀\r\nSecond line.";
        for be in [false, true] {
            for bom in [true, false] {
                let d = decode(&utf16(s, be, bom)).unwrap();
                assert_eq!(d.text, s, "be={be} bom={bom}");
                assert_eq!(d.encoding, if be { "utf-16be" } else { "utf-16le" });
            }
        }
    }

    #[test]
    fn utf8_bom_is_dropped_and_1252_is_decoded() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello").unwrap().text, "Hello");
        let d = decode(b"\x93Quoted\x94 \x96 it\x92s").unwrap();
        assert_eq!(d.text, "“Quoted” – it’s");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn refusals() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b" \n\t "), Err(InputError::Blank));
        assert_eq!(decode(b"\xFF\xFE"), Err(InputError::Blank));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"{\\rtf1\\ansi hello}"),
            Err(InputError::Unsupported { .. })
        ));
    }

    #[test]
    fn random_bytes_never_panic() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let prefixes: [&[u8]; 5] = [b"", b"\xFF\xFE", b"\xFE\xFF", b"\xEF\xBB\xBF", b"<html>"];
        for k in 0..400 {
            let len = (next() % 64) as usize;
            let mut bytes = prefixes[k % prefixes.len()].to_vec();
            bytes.extend((0..len).map(|_| (next() % 256) as u8));
            for name in ["x.txt", "x.md", "x.html"] {
                if let Ok(l) = load(&bytes, name) {
                    assert!(!l.text.trim().is_empty() || l.format != "text");
                }
            }
        }
        // Odd-length UTF-16 and unpaired surrogates.
        assert!(decode(b"\xFF\xFEa\0b").is_ok());
        assert_eq!(decode(b"\xFF\xFE\x00\xD8a\0").unwrap().text, "\u{fffd}a");
    }

    #[test]
    fn lone_cr_becomes_lf() {
        assert_eq!(decode(b"a\rb\r\nc").unwrap().text, "a\nb\r\nc");
    }

    #[test]
    fn format_by_name_and_sniffing() {
        assert_eq!(format_of("a.MD", "# x"), "markdown");
        assert_eq!(format_of("page.htm", "x"), "html");
        assert_eq!(format_of("page.txt", "  <!DOCTYPE html><html>"), "html");
        assert_eq!(format_of("notes.txt", "<b>not a page</b>"), "text");
    }
}
