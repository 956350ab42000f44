//! Every supported input format, read through `decode::load` from fixtures the repo ships
//! (`tests/fixtures/`), then analyzed the way the CLI and the page do.

use std::path::Path;

use newslens::decode::{load, Loaded};
use newslens::pipeline::analyze_loaded;
use newslens::{InputError, OffsetUnit, Options};

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("fixture {} missing: {e}", p.display()))
}

fn loaded(name: &str) -> Loaded {
    load(&fixture(name), name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Title, dateline and body of the analyzed text, as strings.
fn structure(l: &Loaded) -> (Option<String>, Option<String>, String) {
    let a = analyze_loaded(
        l,
        &Options {
            offsets: OffsetUnit::Byte,
            tokens: false,
        },
    );
    let s = &a.structure;
    let cut = |sp: newslens::Span| l.text[sp.start..sp.end].to_string();
    (
        s.title.map(cut),
        s.dateline.map(cut),
        s.body.map(cut).unwrap_or_default(),
    )
}

const TITLE: &str = "Dar, Wang agree to speed up corridor projects";

/// The plain-text fixtures all hold the same article in different encodings.
fn check_plain_article(name: &str, encoding: &str) {
    let l = loaded(name);
    assert_eq!(l.encoding, encoding, "{name}");
    assert_eq!(l.format, "text");
    assert!(!l.text.starts_with('\u{feff}'), "{name}: BOM left in text");
    assert!(
        l.text.contains("“special economic zones”"),
        "{name}: curly quotes wrong"
    );
    assert!(
        l.text.contains("Beijing’s support"),
        "{name}: apostrophe wrong"
    );
    assert!(
        l.text.contains("Pakistan – an issue"),
        "{name}: en dash wrong"
    );
    let (title, dateline, body) = structure(&l);
    assert_eq!(title.as_deref(), Some(TITLE), "{name}");
    assert_eq!(dateline.as_deref(), Some("ISLAMABAD"), "{name}");
    assert!(body.starts_with("ISLAMABAD: Pakistan and China"), "{name}");
    assert!(body.trim_end().ends_with("since last year."), "{name}");
}

#[test]
fn utf8_with_bom() {
    check_plain_article("bom_utf8.txt", "utf-8");
}

#[test]
fn utf16_little_endian_with_crlf() {
    check_plain_article("utf16le.txt", "utf-16le");
}

#[test]
fn utf16_big_endian_with_crlf() {
    check_plain_article("utf16be.txt", "utf-16be");
}

#[test]
fn windows_1252_curly_quotes() {
    let bytes = fixture("cp1252.txt");
    assert!(
        bytes.contains(&0x93)
            && bytes.contains(&0x94)
            && bytes.contains(&0x92)
            && bytes.contains(&0x96)
    );
    check_plain_article("cp1252.txt", "windows-1252");
    assert!(loaded("cp1252.txt").notes[0].contains("Windows-1252"));
}

#[test]
fn markdown_article() {
    let l = loaded("article.md");
    assert_eq!(l.format, "markdown");
    assert_eq!(l.title.as_deref(), Some(TITLE));
    assert_eq!(l.published.as_deref(), Some("2025-05-22"));
    for mark in ["**", "](", "![", "# ", "`", "> "] {
        assert!(
            !l.text.contains(mark),
            "markup {mark:?} left in {:?}",
            l.text
        );
    }
    assert!(l
        .text
        .contains("the second phase of the China-Pakistan Economic Corridor, the"));
    let a = analyze_loaded(&l, &Options::default());
    assert_eq!(
        a.structure.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-05-22")
    );
    let (title, dateline, body) = structure(&l);
    assert_eq!(title.as_deref(), Some(TITLE));
    assert_eq!(dateline.as_deref(), Some("ISLAMABAD"));
    assert!(body.ends_with("since last year."));
}

#[test]
fn saved_web_page() {
    let l = loaded("saved_page.html");
    assert_eq!(l.format, "html");
    assert_eq!(l.title.as_deref(), Some(TITLE));
    assert_eq!(l.published.as_deref(), Some("2025-05-22"));
    for junk in [
        "cookies",
        "Home",
        "Search",
        "Facebook",
        "Advertisement",
        "Gold prices",
        "Most read",
        "Colombia",
        "All rights reserved",
        "About us",
        "dataLayer",
        "Tracking pixel",
        "commented-out",
        "font-size",
        "footer script",
        "&ldquo;",
        "&amp;",
    ] {
        assert!(!l.text.contains(junk), "{junk:?} leaked into {:?}", l.text);
    }
    assert!(l
        .text
        .contains("“Our friendship is as solid as a rock,” Wang"));
    assert!(l
        .text
        .contains("Beijing’s support for Pakistan’s stability"));
    assert!(l.text.contains("since last year & prompted"));
    let a = analyze_loaded(&l, &Options::default());
    let s = &a.structure;
    assert_eq!(
        s.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-05-22")
    );
    assert_eq!(s.captions.len(), 1, "the figcaption is a caption");
    let (title, dateline, body) = structure(&l);
    assert_eq!(title.as_deref(), Some(TITLE));
    assert_eq!(dateline.as_deref(), Some("ISLAMABAD"));
    assert!(body.starts_with("ISLAMABAD:"));
    assert!(body.ends_with("prompted new safeguards."));
}

#[test]
fn a_page_saved_as_txt_is_still_a_page() {
    let l = load(&fixture("saved_page.html"), "saved.txt").unwrap();
    assert_eq!(l.format, "html");
}

#[test]
fn binary_and_empty_files_are_refused_in_plain_words() {
    let e = load(&fixture("image.png"), "image.png").unwrap_err();
    assert!(matches!(e, InputError::Binary { .. }));
    assert!(e.to_string().contains("PNG image"), "{e}");
    let e = load(&fixture("empty.txt"), "empty.txt").unwrap_err();
    assert_eq!(e, InputError::Empty);
    assert_eq!(e.to_string(), "the file is empty");
    assert_eq!(
        load(
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "x.html"
        )
        .unwrap_err(),
        InputError::NoArticleText
    );
}

#[test]
fn legacy_blog_page_in_windows_1252() {
    let l = loaded("blog_cp1252.htm");
    assert_eq!((l.format, l.encoding), ("html", "windows-1252"));
    assert_eq!(
        l.title.as_deref(),
        Some("Cricket board names new selection panel")
    );
    assert_eq!(l.published.as_deref(), Some("2024-11-03"));
    assert!(l
        .text
        .contains("“We want continuity, and we want accountability,” the board’s"));
    assert!(l.text.contains("LAHORE – The cricket board"));
    for junk in [
        "Hockey",
        "Share this",
        "Related",
        "thoughts",
        "WordPress",
        "Recent Posts",
    ] {
        assert!(!l.text.contains(junk), "{junk:?} leaked into {:?}", l.text);
    }
    let (title, dateline, body) = structure(&l);
    assert_eq!(title.as_deref(), l.title.as_deref());
    assert_eq!(dateline.as_deref(), Some("LAHORE"));
    assert!(body.ends_with("the first time the board has included one."));
}

#[test]
fn a_figcaption_without_credit_is_still_a_caption() {
    let page = "<html><body><article><h1>Floods hit the north</h1>\
        <figure><img src='a.jpg'><figcaption>Residents wade through a flooded street</figcaption></figure>\
        <p>PESHAWAR: Heavy rain flooded streets across the north on Monday, officials said, and more is expected.</p>\
        <p>Schools were closed in three districts, and the army was called in to help, the officials added.</p>\
        </article></body></html>";
    let l = load(page.as_bytes(), "floods.html").unwrap();
    assert_eq!(l.captions, ["Residents wade through a flooded street"]);
    let a = analyze_loaded(
        &l,
        &Options {
            offsets: OffsetUnit::Byte,
            tokens: false,
        },
    );
    let s = &a.structure;
    let cut = |sp: newslens::Span| &l.text[sp.start..sp.end];
    assert_eq!(
        s.captions.iter().map(|c| cut(*c)).collect::<Vec<_>>(),
        ["Residents wade through a flooded street"]
    );
    assert!(cut(s.body.unwrap()).starts_with("PESHAWAR:"));
    assert_eq!(s.dateline.map(cut), Some("PESHAWAR"));
}

#[test]
fn div_heavy_page_with_link_blocks_and_json_ld_date() {
    let l = loaded("modern_page.html");
    assert_eq!(
        l.title.as_deref(),
        Some("Floods: Schools shut across Khyber Pakhtunkhwa")
    );
    assert_eq!(l.published.as_deref(), Some("2024-08-12"));
    for junk in [
        "Skip to content",
        "Weather",
        "More on this story",
        "In pictures",
        "Most read",
        "Gold price",
        "Copyright",
        "do not show me",
    ] {
        assert!(!l.text.contains(junk), "{junk:?} leaked into {:?}", l.text);
    }
    let a = analyze_loaded(
        &l,
        &Options {
            offsets: OffsetUnit::Byte,
            tokens: false,
        },
    );
    let s = &a.structure;
    let cut = |sp: newslens::Span| &l.text[sp.start..sp.end];
    assert_eq!(s.captions.len(), 2);
    let body = cut(s.body.unwrap());
    assert!(body.starts_with("Schools across Khyber Pakhtunkhwa will stay shut"));
    assert!(body.ends_with("in the worst-hit districts."));
    assert_eq!(a.stats.paragraphs, 4);
}
