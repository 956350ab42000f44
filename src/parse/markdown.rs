//! Markdown to article text: the first level-1 heading (or a front-matter `title:`) becomes the
//! headline, a front-matter `date:` the publication date, and emphasis, links, images, code
//! marks, block quotes, list markers and inline HTML are stripped so that offsets refer to the
//! text the reader sees.

use super::dates::find_date;
use super::html::decode_entities;

/// What a Markdown file yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Converted {
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD` from front matter.
    pub published: Option<String>,
    pub paragraphs: Vec<String>,
}

fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let t = line.trim_start();
    let level = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    Some((level, text))
}

fn list_item(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if let Some(r) = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("+ "))
    {
        return Some(r);
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let r = &t[digits..];
        if let Some(r) = r.strip_prefix(". ").or_else(|| r.strip_prefix(") ")) {
            return Some(r);
        }
    }
    None
}

fn is_reference_definition(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('[')
        && t.find("]:").is_some_and(|k| {
            t[k + 2..].split_whitespace().next().is_some() && !t[1..k].contains(']')
        })
}

/// Strips inline markup from one paragraph.
pub fn inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let n = chars.len();
    // Finds the matching `close` bracket from `from`, honouring nesting.
    let matching = |from: usize, open: char, close: char| -> Option<usize> {
        let mut depth = 0;
        for (k, &c) in chars.iter().enumerate().skip(from) {
            if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
        }
        None
    };
    while i < n {
        let c = chars[i];
        match c {
            '\\' if i + 1 < n && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '`' => {
                let ticks = chars[i..].iter().take_while(|&&c| c == '`').count();
                let close = (i + ticks..n).find(|&k| {
                    chars[k..].iter().take_while(|&&c| c == '`').count() == ticks
                        && (k == 0 || chars[k - 1] != '`')
                });
                match close {
                    Some(k) => {
                        out.extend(chars[i + ticks..k].iter());
                        i = k + ticks;
                    }
                    None => {
                        out.extend(chars[i..i + ticks].iter());
                        i += ticks;
                    }
                }
            }
            '!' if i + 1 < n && chars[i + 1] == '[' => {
                // Image: dropped with its target.
                match matching(i + 1, '[', ']') {
                    Some(k) if k + 1 < n && chars[k + 1] == '(' => {
                        i = matching(k + 1, '(', ')').map_or(n, |e| e + 1);
                    }
                    _ => {
                        out.push('!');
                        i += 1;
                    }
                }
            }
            '[' => match matching(i, '[', ']') {
                Some(k) if k + 1 < n && chars[k + 1] == '(' => {
                    let label: String = chars[i + 1..k].iter().collect();
                    out.push_str(&inline(&label));
                    i = matching(k + 1, '(', ')').map_or(n, |e| e + 1);
                }
                Some(k) if k + 1 < n && chars[k + 1] == '[' => {
                    let label: String = chars[i + 1..k].iter().collect();
                    out.push_str(&inline(&label));
                    i = matching(k + 1, '[', ']').map_or(n, |e| e + 1);
                }
                _ => {
                    out.push('[');
                    i += 1;
                }
            },
            '<' => {
                let close = chars[i..].iter().position(|&c| c == '>').map(|k| i + k);
                let inner: String = close
                    .map(|k| chars[i + 1..k].iter().collect())
                    .unwrap_or_default();
                let is_tag = inner
                    .starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
                    && (!inner.contains(' ') || inner.contains('='));
                if let (Some(k), true) = (close, is_tag || inner.starts_with("http")) {
                    if inner.starts_with("http") || inner.starts_with("mailto:") {
                        out.push_str(inner.trim_start_matches("mailto:"));
                    }
                    i = k + 1;
                } else {
                    out.push('<');
                    i += 1;
                }
            }
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                let prev = if i == 0 { None } else { Some(chars[i - 1]) };
                let next = chars.get(i + run).copied();
                let space = |x: Option<char>| x.is_none_or(|x| x.is_whitespace());
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                let opens = !space(next);
                let closes = !space(prev);
                let delimiter = match c {
                    '_' => (opens || closes) && !(word(prev) && word(next)),
                    '~' => run >= 2 && (opens || closes),
                    _ => opens || closes,
                };
                if !delimiter {
                    out.extend(std::iter::repeat_n(c, run));
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    let decoded = decode_entities(&out);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Converts a Markdown document.
pub fn convert(text: &str) -> Converted {
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .collect();
    let mut out = Converted::default();
    let mut i = 0;
    let mut fm_title = None;
    // Front matter.
    if lines.first().is_some_and(|l| l.trim() == "---") {
        if let Some(end) = lines
            .iter()
            .skip(1)
            .position(|l| matches!(l.trim(), "---" | "..."))
        {
            for l in &lines[1..=end] {
                if let Some((k, v)) = l.split_once(':') {
                    let v = v.trim().trim_matches(['"', '\'']).trim();
                    match k.trim().to_ascii_lowercase().as_str() {
                        "title" if !v.is_empty() => fm_title = Some(inline(v)),
                        "date" | "published" | "pubdate" | "date_published" => {
                            out.published = find_date(v).map(|d| d.iso);
                        }
                        _ => {}
                    }
                }
            }
            i = end + 2;
        }
    }
    let mut buf: Vec<String> = Vec::new();
    let mut heading_title: Option<String> = None;
    let mut in_fence: Option<&str> = None;
    let flush = |buf: &mut Vec<String>, paragraphs: &mut Vec<String>| {
        if !buf.is_empty() {
            let p = inline(&buf.join(" "));
            if !p.is_empty() {
                paragraphs.push(p);
            }
            buf.clear();
        }
    };
    while i < lines.len() {
        let raw = lines[i];
        i += 1;
        let trimmed = raw.trim();
        if let Some(fence) = in_fence {
            if trimmed.starts_with(fence) {
                in_fence = None;
                flush(&mut buf, &mut out.paragraphs);
            } else if !trimmed.is_empty() {
                buf.push(format!("`{}`", trimmed.replace('`', "")));
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut buf, &mut out.paragraphs);
            in_fence = Some(&trimmed[..3]);
            continue;
        }
        if trimmed.is_empty() {
            flush(&mut buf, &mut out.paragraphs);
            continue;
        }
        // Setext heading underline.
        if buf.len() == 1
            && !trimmed.is_empty()
            && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'))
        {
            let level = if trimmed.starts_with('=') { 1 } else { 2 };
            let h = inline(&buf.remove(0));
            take_heading(&mut out, &mut heading_title, level, h);
            continue;
        }
        if is_rule(trimmed) || is_reference_definition(trimmed) {
            flush(&mut buf, &mut out.paragraphs);
            continue;
        }
        if trimmed.starts_with("<!--") {
            // Skip an HTML comment, possibly over several lines.
            let mut l = trimmed;
            while !l.contains("-->") && i < lines.len() {
                l = lines[i];
                i += 1;
            }
            continue;
        }
        if let Some((level, h)) = atx_heading(trimmed) {
            flush(&mut buf, &mut out.paragraphs);
            take_heading(&mut out, &mut heading_title, level, inline(h));
            continue;
        }
        let mut line = trimmed;
        while let Some(r) = line.strip_prefix('>') {
            line = r.trim_start();
        }
        if line.starts_with('|') {
            // Table row: cells as one line; the `|---|` separator row is dropped.
            flush(&mut buf, &mut out.paragraphs);
            if line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
                continue;
            }
            let cells: Vec<&str> = line
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            buf.push(cells.join("; "));
            flush(&mut buf, &mut out.paragraphs);
            continue;
        }
        if let Some(item) = list_item(line) {
            flush(&mut buf, &mut out.paragraphs);
            buf.push(item.to_string());
            continue;
        }
        if line.is_empty() {
            flush(&mut buf, &mut out.paragraphs);
            continue;
        }
        buf.push(line.trim_end_matches('\\').to_string());
    }
    flush(&mut buf, &mut out.paragraphs);
    out.title = heading_title.or(fm_title).filter(|t| !t.is_empty());
    out
}

/// The first level-1 heading (or the first heading before any text) becomes the title; other
/// headings stay in place as their own paragraphs.
fn take_heading(out: &mut Converted, title: &mut Option<String>, level: usize, text: String) {
    if title.is_none() && (level == 1 || out.paragraphs.is_empty()) && !text.is_empty() {
        *title = Some(text);
    } else if !text.is_empty() {
        out.paragraphs.push(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markup_is_removed() {
        assert_eq!(
            inline("**Dar** met *Wang* in [Beijing](https://x.org/b \"t\") on _Tuesday_ ~~not~~"),
            "Dar met Wang in Beijing on Tuesday not"
        );
        assert_eq!(
            inline("snake_case_name and 2 * 3 = 6"),
            "snake_case_name and 2 * 3 = 6"
        );
        assert_eq!(
            inline("![photo](a.png) Text `code` \\*star\\*"),
            "Text code *star*"
        );
        assert_eq!(
            inline("See <https://example.org> and <b>bold</b> &amp; more"),
            "See https://example.org and bold & more"
        );
        assert_eq!(inline("A [ref link][1] here"), "A ref link here");
    }

    #[test]
    fn document() {
        let md = "---\ntitle: \"Front title\"\ndate: 2025-05-21\n---\n\n# China, Pakistan vow closer ties\n\n\
                  **BEIJING:** China on Tuesday *reiterated* its support\nfor Pakistan.\n\n\
                  > A quoted line.\n\n- first item\n- second item\n\n## Background\n\n---\n\n\
                  Text after a rule.\n\n[1]: https://example.org\n";
        let c = convert(md);
        assert_eq!(c.title.as_deref(), Some("China, Pakistan vow closer ties"));
        assert_eq!(c.published.as_deref(), Some("2025-05-21"));
        assert_eq!(
            c.paragraphs,
            [
                "BEIJING: China on Tuesday reiterated its support for Pakistan.",
                "A quoted line.",
                "first item",
                "second item",
                "Background",
                "Text after a rule."
            ]
        );
    }

    #[test]
    fn setext_and_odd_input() {
        let c = convert("Title here\n==========\n\nBody text.\r\n");
        assert_eq!(c.title.as_deref(), Some("Title here"));
        assert_eq!(c.paragraphs, ["Body text."]);
        for t in [
            "", "#", "---", "```", "[", "![", "<", "*", "_", "`", "> ", "1. ", "|", "<!--",
        ] {
            let _ = convert(t);
        }
    }
}
