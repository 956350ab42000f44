//! Bytes to text: refuses what is not an article, decodes what is.

use crate::error::InputError;

/// Largest input accepted, in bytes. News articles are a few KB; 5 MB is a long book.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Text decoded from a file, and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `"utf-8"`, `"windows-1252"`, …
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
    if let Some(kind) = binary_kind(bytes) {
        return Err(InputError::Binary { kind });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let decoded = match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            encoding: "utf-8",
        },
        Err(_) => Decoded {
            text: bytes.iter().map(|&b| windows_1252(b)).collect(),
            encoding: "windows-1252",
        },
    };
    if decoded.text.trim().is_empty() {
        return Err(InputError::Blank);
    }
    Ok(decoded)
}

/// Names well-known binary formats by their magic bytes, or any file with NUL bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\0asm", "a WebAssembly module"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)))
        .count();
    (controls * 100 > head.len() || head.contains(&0)).then_some("unknown binary data")
}

/// Windows-1252: Latin-1 except for 0x80–0x9F, where curly quotes and dashes live.
fn windows_1252(b: u8) -> char {
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
    pub text: String,
    pub encoding: &'static str,
    /// Notes for the reader, e.g. that a legacy encoding was assumed.
    pub notes: Vec<String>,
}

/// Reads a dropped or named file: decodes it and says how.
pub fn load(bytes: &[u8], _file_name: &str) -> Result<Loaded, InputError> {
    let d = decode(bytes)?;
    let mut notes = Vec::new();
    if d.encoding != "utf-8" {
        notes.push(format!(
            "This file is not UTF-8; it was read as {}.",
            d.encoding
        ));
    }
    Ok(Loaded {
        text: d.text,
        encoding: d.encoding,
        notes,
    })
}
