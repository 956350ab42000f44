//! The structure parser against the hand-made gold for the five seed articles
//! (`../shared/gold/seeds.gold.jsonl`, code point offsets).

use std::path::{Path, PathBuf};

use newslens::analysis::Structure;
use newslens::{analyze, OffsetUnit, Options};
use serde_json::Value;

/// Boundaries of body and boilerplate may differ from the gold by this many code points.
const SLACK: usize = 3;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn gold() -> Vec<Value> {
    let path = shared().join("gold/seeds.gold.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the seed gold at {}: {e}; the structure test needs the shared/ folder \
             beside the repository",
            path.display()
        )
    });
    let docs: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect();
    assert_eq!(
        docs.len(),
        5,
        "expected five seed documents in {}",
        path.display()
    );
    docs
}

fn seed_text(doc: &str) -> String {
    let candidates = [
        shared().join("seeds").join(doc),
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(doc),
    ];
    for p in &candidates {
        if let Ok(t) = std::fs::read_to_string(p) {
            return t;
        }
    }
    panic!("seed {doc} not found in {candidates:?}");
}

fn span(v: &Value) -> Option<(usize, usize)> {
    let a = v.as_array()?;
    Some((a[0].as_u64()? as usize, a[1].as_u64()? as usize))
}

fn ours(s: Option<newslens::Span>) -> Option<(usize, usize)> {
    s.map(|s| (s.start, s.end))
}

fn close(a: (usize, usize), b: (usize, usize), slack: usize) -> bool {
    a.0.abs_diff(b.0) <= slack && a.1.abs_diff(b.1) <= slack
}

fn structure_of(doc: &str) -> (String, Structure, usize) {
    let text = seed_text(doc);
    let a = analyze(
        &text,
        &Options {
            offsets: OffsetUnit::CodePoint,
            tokens: false,
        },
    );
    (text, a.structure, a.text_len)
}

fn check(d: &Value) -> Vec<String> {
    let doc = d["doc"].as_str().unwrap();
    let g = &d["structure"];
    let (_, st, len) = structure_of(doc);
    let mut errs = Vec::new();
    let mut expect = |what: &str, ok: bool, got: String, want: String| {
        if !ok {
            errs.push(format!("{doc} {what}: got {got}, gold {want}"));
        }
    };
    expect(
        "text_len",
        len as u64 == d["text_len"].as_u64().unwrap(),
        len.to_string(),
        d["text_len"].to_string(),
    );
    for (what, got, gold) in [
        ("title", ours(st.title), span(&g["title"])),
        ("subtitle", ours(st.subtitle), span(&g["subtitle"])),
        ("dateline", ours(st.dateline), span(&g["dateline"])),
    ] {
        expect(what, got == gold, format!("{got:?}"), format!("{gold:?}"));
    }
    let gold_date = g["date"].as_object().map(|o| {
        (
            span(&o["span"]).unwrap(),
            o["value"].as_str().unwrap().to_string(),
        )
    });
    let our_date = st
        .date
        .as_ref()
        .map(|d| ((d.span.start, d.span.end), d.value.clone()));
    expect(
        "date",
        our_date == gold_date,
        format!("{our_date:?}"),
        format!("{gold_date:?}"),
    );
    let gold_caps: Vec<(usize, usize)> = g["captions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(span)
        .collect();
    let our_caps: Vec<(usize, usize)> = st.captions.iter().map(|s| (s.start, s.end)).collect();
    expect(
        "captions",
        our_caps.len() == gold_caps.len()
            && our_caps
                .iter()
                .zip(&gold_caps)
                .all(|(a, b)| close(*a, *b, SLACK)),
        format!("{our_caps:?}"),
        format!("{gold_caps:?}"),
    );
    let gold_body = span(&g["body"]);
    let our_body = ours(st.body);
    expect(
        "body",
        match (our_body, gold_body) {
            (Some(a), Some(b)) => close(a, b, SLACK),
            (a, b) => a == b,
        },
        format!("{our_body:?}"),
        format!("{gold_body:?}"),
    );
    let gold_bp: Vec<(usize, usize)> = g["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(span)
        .collect();
    let our_bp: Vec<(usize, usize)> = st.boilerplate.iter().map(|s| (s.start, s.end)).collect();
    expect(
        "boilerplate",
        our_bp.len() == gold_bp.len()
            && our_bp
                .iter()
                .zip(&gold_bp)
                .all(|(a, b)| close(*a, *b, SLACK)),
        format!("{our_bp:?}"),
        format!("{gold_bp:?}"),
    );
    errs
}

#[test]
fn all_five_seeds_match_the_gold_structure() {
    let errs: Vec<String> = gold().iter().flat_map(check).collect();
    assert!(
        errs.is_empty(),
        "structure differs from gold:\n{}",
        errs.join("\n")
    );
}

#[test]
fn seed_004_sets_the_related_headlines_aside() {
    let (text, st, _) = structure_of("004_282e4fa9da86ad1e.txt");
    let chars: Vec<char> = text.chars().collect();
    let bp = st.boilerplate[0];
    let block: String = chars[bp.start..bp.end].iter().collect();
    assert!(block.starts_with("PIA to gain new heights"));
    assert!(block.ends_with("- 11 hours ago"));
    let body = st.body.unwrap();
    let body_text: String = chars[body.start..body.end].iter().collect();
    assert!(!body_text.contains("hours ago"));
}

/// The same seeds with Windows line ends, and saved as UTF-16 with a BOM, parse to the same
/// regions (compared as text, since `\r` shifts the offsets).
#[test]
fn seeds_with_crlf_and_in_utf16_parse_the_same() {
    for d in gold() {
        let doc = d["doc"].as_str().unwrap();
        let lf = seed_text(doc);
        let crlf = lf.replace('\n', "\r\n");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(crlf.encode_utf16().flat_map(u16::to_le_bytes));
        let loaded = newslens::decode::load(&utf16, doc).expect("UTF-16 seed loads");
        assert_eq!(loaded.text, crlf, "{doc}: UTF-16 round trip");
        let regions = |text: &str| {
            let a = analyze(
                text,
                &Options {
                    offsets: OffsetUnit::Byte,
                    tokens: false,
                },
            );
            let s = a.structure;
            let cut = |sp: Option<newslens::Span>| sp.map(|sp| text[sp.start..sp.end].to_string());
            (
                cut(s.title),
                cut(s.subtitle),
                cut(s.dateline),
                s.date.map(|d| d.value),
                s.captions.iter().map(|c| cut(Some(*c))).collect::<Vec<_>>(),
                cut(s.body).map(|b| b.replace("\r\n", "\n")),
                s.boilerplate
                    .iter()
                    .map(|c| cut(Some(*c)).map(|b| b.replace("\r\n", "\n")))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(regions(&lf), regions(&crlf), "{doc}");
    }
}

/// Articles pasted from different kinds of outlets (written for these tests, in
/// `tests/fixtures/pastes/`): the parser must not depend on the seeds' layout.
mod pastes {
    use newslens::{analyze, OffsetUnit, Options};

    struct Expect {
        file: &'static str,
        title: Option<&'static str>,
        dateline: Option<&'static str>,
        date: Option<&'static str>,
        body_starts: &'static str,
        body_ends: &'static str,
        captions: usize,
        /// Text that must be set aside as boilerplate.
        boilerplate: &'static [&'static str],
    }

    /// A paste fixture's text and its analysis, in byte offsets.
    fn analyzed_paste(file: &str) -> (String, newslens::Analysis) {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/pastes")
            .join(file);
        let text = std::fs::read_to_string(&p).expect("paste fixture");
        let a = analyze(
            &text,
            &Options {
                offsets: OffsetUnit::Byte,
                tokens: false,
            },
        );
        (text, a)
    }

    /// A paste of an outlet's page: file, title, dateline, date, how the body starts and ends,
    /// and text set aside as boilerplate.
    type OutletCase = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
        &'static str,
        &'static [&'static str],
    );

    /// [`check`] of each case; the files in `captioned` have one caption, the others none.
    fn check_outlets(cases: &[OutletCase], captioned: &[&str]) {
        for &(file, title, dateline, date, body_starts, body_ends, boilerplate) in cases {
            check(&Expect {
                file,
                title: Some(title),
                dateline,
                date,
                body_starts,
                body_ends,
                captions: usize::from(captioned.contains(&file)),
                boilerplate,
            });
        }
    }

    fn check(e: &Expect) {
        let (text, a) = analyzed_paste(e.file);
        let s = &a.structure;
        let cut = |sp: newslens::Span| &text[sp.start..sp.end];
        assert_eq!(s.title.map(cut), e.title, "{} title", e.file);
        assert_eq!(s.dateline.map(cut), e.dateline, "{} dateline", e.file);
        assert_eq!(
            s.date.as_ref().map(|d| d.value.as_str()),
            e.date,
            "{} date",
            e.file
        );
        let body = s.body.map(cut).unwrap_or_default();
        assert!(
            body.starts_with(e.body_starts),
            "{} body starts {body:?}",
            e.file
        );
        assert!(body.ends_with(e.body_ends), "{} body ends {body:?}", e.file);
        assert_eq!(s.captions.len(), e.captions, "{} captions", e.file);
        for b in e.boilerplate {
            let at = text.find(b).unwrap();
            assert!(
                s.boilerplate.iter().any(|r| r.start <= at && at < r.end),
                "{} {b:?} not set aside",
                e.file
            );
        }
    }

    #[test]
    fn agency_wire_with_byline_and_credits() {
        check(&Expect {
            file: "reuters.txt",
            title: Some(
                "Exclusive: China weighs new support for Pakistan's power sector, sources say",
            ),
            dateline: Some("ISLAMABAD"),
            date: Some("2025-05-21"),
            body_starts: "ISLAMABAD, May 21 (Reuters) - China",
            body_ends: "did not respond to a request for comment.",
            captions: 0,
            boilerplate: &["Reporting by", "Our Standards"],
        });
    }

    #[test]
    fn broadcaster_page_with_share_buttons_and_topics() {
        check(&Expect {
            file: "bbc.txt",
            title: Some("Pakistan and China pledge to deepen ties after India conflict"),
            dateline: None,
            date: Some("2025-05-21"),
            body_starts: "China has pledged",
            body_ends: "\"ironclad friend\".",
            captions: 2,
            boilerplate: &["Share\nSave", "More on this story", "Related topics"],
        });
    }

    #[test]
    fn newspaper_with_standfirst_and_photograph_credit() {
        check(&Expect {
            file: "guardian.txt",
            title: Some("China urges India and Pakistan to reach lasting ceasefire"),
            dateline: None,
            date: Some("2025-05-21"),
            body_starts: "China has called",
            body_ends: "US-brokered truce.",
            captions: 1,
            boilerplate: &["Explore more", "Reuse this content"],
        });
    }

    #[test]
    fn bracketed_photo_credit_and_source_line() {
        check(&Expect {
            file: "aljaz.txt",
            title: Some("China backs Pakistan's 'sovereignty' as top diplomats meet in Beijing"),
            dateline: None,
            date: Some("2025-05-21"),
            body_starts: "China has expressed",
            body_ends: "four days of fighting.",
            captions: 1,
            boilerplate: &[],
        });
    }

    #[test]
    fn agency_dateline_and_copyright() {
        check(&Expect {
            file: "ap.txt",
            title: None,
            dateline: Some("NEW DELHI"),
            date: None,
            body_starts: "NEW DELHI (AP) —",
            body_ends: "Prices rose 2.5% in May.",
            captions: 0,
            boilerplate: &["contributed to this report", "Copyright 2025"],
        });
    }

    #[test]
    fn published_and_updated_lines_and_follow_prompt() {
        check(&Expect {
            file: "dawn.txt",
            title: Some("Dar, Wang discuss regional situation in Beijing"),
            dateline: Some("ISLAMABAD"),
            date: Some("2025-05-21"),
            body_starts: "ISLAMABAD: Deputy Prime Minister",
            body_ends: "maintain close communication.",
            captions: 0,
            boilerplate: &["Follow Dawn Business"],
        });
    }

    #[test]
    fn press_release_with_provider_block_and_trailer() {
        check(&Expect {
            file: "prnewswire.txt",
            title: Some("Brightline Labs Announces Expansion of Austin Manufacturing Site"),
            dateline: Some("AUSTIN"),
            date: Some("2025-09-04"),
            body_starts: "AUSTIN, Texas, Sept. 4, 2025 /PRNewswire/ --",
            body_ends: "begin in the fourth quarter.",
            captions: 0,
            boilerplate: &[
                "About Brightline Labs",
                "Forward-Looking Statements",
                "Media Contact:",
                "SOURCE Brightline",
            ],
        });
    }

    #[test]
    fn agency_header_line_and_sign_off() {
        check(&Expect {
            file: "kyodo.txt",
            title: Some("Japan, Australia agree to boost defense ties amid regional tensions"),
            dateline: Some("TOKYO"),
            date: Some("2025-09-05"),
            body_starts: "TOKYO - Japan and Australia",
            body_ends: "defense ministers in Tokyo.",
            captions: 0,
            boilerplate: &["==Kyodo"],
        });
    }

    /// The head's subtitle and the caption texts, which [`check`] does not read.
    fn check_head(file: &str, subtitle: Option<&str>, captions: &[&str]) {
        let (text, a) = analyzed_paste(file);
        let cut = |sp: newslens::Span| &text[sp.start..sp.end];
        assert_eq!(a.structure.subtitle.map(cut), subtitle, "{file} subtitle");
        let got: Vec<&str> = a.structure.captions.iter().map(|c| cut(*c)).collect();
        assert_eq!(got, captions, "{file} captions");
    }

    #[test]
    fn timestamp_under_the_byline_and_a_wire_trailer() {
        check(&Expect {
            file: "bloomberg.txt",
            title: Some("Oil Slips as OPEC+ Weighs Larger Output Hike for November"),
            dateline: None,
            date: Some("2025-10-02"),
            body_starts: "Oil fell for a third day",
            body_ends: "Northwind Capital in Singapore.",
            captions: 0,
            boilerplate: &[
                "— With assistance from",
                "(Updates prices",
                "Before it's here",
            ],
        });
        check_head("bloomberg.txt", None, &[]);
    }

    #[test]
    fn label_line_stamps_and_a_described_photo() {
        check(&Expect {
            file: "abc.txt",
            title: Some("Storm cuts power to thousands of homes in Hobart"),
            dateline: None,
            date: None,
            body_starts: "More than 20,000 homes",
            body_ends: "without power until Monday.",
            captions: 1,
            boilerplate: &["Related stories"],
        });
        check_head(
            "abc.txt",
            None,
            &[
                "Photo shows fallen trees on a suburban road\nFallen trees blocked roads in Sandy \
               Bay on Friday. (ABC News: Maren Preiss)",
            ],
        );
    }

    #[test]
    fn standfirst_kept_and_a_translation_trailer() {
        check(&Expect {
            file: "dw.txt",
            title: Some("Germany's Greens pick new leaders after election defeat"),
            dateline: None,
            date: Some("2025-11-18"),
            body_starts: "Germany's Greens elected",
            body_ends: "promises on rail investment.",
            captions: 0,
            boilerplate: &[
                "This article was originally written",
                "Edited by:",
                "Send us your feedback",
            ],
        });
        check_head(
            "dw.txt",
            Some(
                "The party chose two new co-leaders on Saturday, hoping to win back voters it \
                 lost in February's federal election.",
            ),
            &[],
        );
    }

    #[test]
    fn writers_and_dates_on_one_line_and_a_comments_trailer() {
        check(&Expect {
            file: "dawn_print.txt",
            title: Some("Budget talks stall over petroleum levy"),
            dateline: Some("ISLAMABAD"),
            date: Some("2025-06-03"),
            body_starts: "ISLAMABAD: Talks between",
            body_ends: "a carbon tax as well.",
            captions: 0,
            boilerplate: &["Comments (3)", "Closed"],
        });
        check_head("dawn_print.txt", None, &[]);
    }

    #[test]
    fn caption_text_under_a_bare_caption_label() {
        check(&Expect {
            file: "bbc_caption.txt",
            title: Some("Ministers clash over rail funding for the north"),
            dateline: None,
            date: None,
            body_starts: "Ministers have clashed",
            body_ends: "no decision had been taken.",
            captions: 2,
            boilerplate: &[],
        });
        check_head(
            "bbc_caption.txt",
            None,
            &[
                "Image source, Reuters",
                "Image caption,\nThe transport secretary visited Leeds on Friday",
            ],
        );
    }

    #[test]
    fn a_writers_bio_and_a_link_in_capitals() {
        check(&Expect {
            file: "fox.txt",
            title: Some("House passes stopgap bill to avert shutdown"),
            dateline: None,
            date: Some("2026-10-01"),
            body_starts: "The House of Representatives",
            body_ends: "take up the bill on Thursday.",
            captions: 0,
            boilerplate: &[
                "SCHUMER SAYS",
                "Aisha Hasnie is a congressional correspondent",
            ],
        });
    }

    #[test]
    fn kicker_headline_names_without_by_and_label_paragraphs() {
        check(&Expect {
            file: "axios.txt",
            title: Some("Scoop: Meta in talks to buy Korean chip startup FuriosaAI"),
            dateline: None,
            date: Some("2026-10-14"),
            body_starts: "Meta is in advanced talks",
            body_ends: "design their own accelerators.",
            captions: 0,
            boilerplate: &["Go deeper:"],
        });
        let (text, a) = analyzed_paste("axios.txt");
        let at = text.find("Dan Primack, Ina Fried").unwrap();
        assert!(a.structure.metadata.iter().any(|m| m.start == at));
    }

    #[test]
    fn reading_time_over_the_dateline_and_a_product_promo() {
        check(&Expect {
            file: "politico.txt",
            title: Some("Commission floats delay to AI Act rules for high-risk systems"),
            dateline: Some("BRUSSELS"),
            date: Some("2026-11-19"),
            body_starts: "BRUSSELS — The European Commission",
            body_ends: "\"a step backwards for citizens.\"",
            captions: 0,
            boilerplate: &[
                "This article is part of",
                "The one-stop-shop",
                "Discover more",
            ],
        });
        let (text, a) = analyzed_paste("politico.txt");
        let at = text.find("3 minutes read").unwrap();
        assert!(a.structure.metadata.iter().any(|m| m.start == at));
    }

    #[test]
    fn place_after_the_date_line_bar() {
        check(&Expect {
            file: "economist.txt",
            title: Some("Peru's copper curse"),
            dateline: Some("LIMA"),
            date: Some("2026-10-09"),
            body_starts: "PROTESTERS HAVE blocked",
            body_ends: "has promised talks.",
            captions: 0,
            boilerplate: &[],
        });
    }

    #[test]
    fn top_caption_known_by_its_slash_credit() {
        check(&Expect {
            file: "kyiv.txt",
            title: Some("Zelensky meets Stubb in Kyiv as Finland pledges new aid"),
            dateline: None,
            date: Some("2026-11-18"),
            body_starts: "Finland will provide",
            body_ends: "since February 2022.",
            captions: 1,
            boilerplate: &[],
        });
        check_head(
            "kyiv.txt",
            None,
            &[
                "President Volodymyr Zelensky and Finnish President Alexander Stubb at a press \
               conference in Kyiv, Ukraine, on Nov. 18, 2026. (Presidential Office / Telegram)",
            ],
        );
    }

    #[test]
    fn a_papers_reference_after_a_science_story() {
        check(&Expect {
            file: "nature.txt",
            title: Some("Coral reefs bleach for fourth time in a decade"),
            dateline: None,
            date: Some("2026-10-03"),
            body_starts: "The world is experiencing",
            body_ends: "published in Nature Climate Change.",
            captions: 0,
            boilerplate: &["doi: https://doi.org", "References\nManzello"],
        });
    }

    #[test]
    fn place_and_date_line_under_the_byline() {
        check(&Expect {
            file: "hindu.txt",
            title: Some("Monsoon rains lash coastal districts, schools shut"),
            dateline: Some("MANGALURU"),
            date: Some("2025-07-14"),
            body_starts: "Heavy rain continued",
            body_ends: "for the next two days.",
            captions: 0,
            boilerplate: &[],
        });
    }

    /// A whole-page paste: the site's menus over the section label and the headline, a
    /// `Photograph:` caption, and the writer's bio and a WhatsApp promotion after the story.
    #[test]
    fn whole_page_with_menus_above_the_headline() {
        check(&Expect {
            file: "irishtimes.txt",
            title: Some("Housing: Government to double vacant property tax from next year"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "The Government will double the rate",
            body_ends: "in the coming weeks, the Minister said.",
            captions: 1,
            boilerplate: &[
                "Skip to main content\nThe Irish Times",
                "Crime & Law",
                "IRELAND",
                "Find The Irish Times on WhatsApp",
                "Jack Horgan-Jones is Political Correspondent",
            ],
        });
    }

    /// Menus, then text-size controls under the date, a `Credit:` caption, a bio and a
    /// `Get in touch` line, `License this article` and the story's tags.
    #[test]
    fn text_size_controls_under_the_date() {
        check(&Expect {
            file: "smh.txt",
            title: Some("Sydney trains to run every five minutes on key lines under new timetable"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "Trains will run every five minutes",
            body_ends: "would train another 90 by March.",
            captions: 1,
            boilerplate: &[
                "The Sydney Morning Herald\nSubscribe",
                "Very large text size",
                "Get in touch with Matt",
                "License this article",
            ],
        });
    }

    /// A cookie banner over the menus, share buttons and a count under the byline, a caption
    /// with a slash credit.
    #[test]
    fn cookie_banner_and_share_count() {
        check(&Expect {
            file: "timesofisrael.txt",
            title: Some("Knesset passes first reading of bill to split attorney general role"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "The Knesset on Thursday passed",
            body_ends: "its second and third readings.",
            captions: 1,
            boilerplate: &["We use cookies", "Ops & Blogs", "4\nShare on Facebook"],
        });
    }

    /// The Daily Mail: points under the headline, `Published: 14:02 EST, 20 November 2026`
    /// (the time before the date), share and comment counts, a `(pictured)` caption.
    #[test]
    fn tabloid_points_counts_and_pictured_caption() {
        check(&Expect {
            file: "dailymail.txt",
            title: Some(
                "Florida man arrested after alligator found living in his swimming pool for three months",
            ),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "A Florida man has been arrested",
            body_ends: "to a licensed sanctuary on Thursday.",
            captions: 1,
            boilerplate: &["Accept cookies", "U.K.\nU.S.", "145\nshares", "View comments"],
        });
    }

    /// A photo's caption and its credit on the next line (`AP Photo/Erin Hooley`) between the
    /// metadata and the story: the caption is no paragraph of the story, and the `CHICAGO —`
    /// dateline under it is found.
    #[test]
    fn caption_over_a_credit_line_above_the_dateline() {
        check(&Expect {
            file: "ap_midway.txt",
            title: Some(
                "Southwest jet skids off runway at Chicago Midway after landing in snow; 11 hurt",
            ),
            dateline: Some("CHICAGO"),
            date: Some("2026-11-23"),
            body_starts: "CHICAGO — A Southwest Airlines jet",
            body_ends: "continuing to other cities.",
            captions: 1,
            boilerplate: &["Funk reported from Omaha"],
        });
        let (text, a) = analyzed_paste("ap_midway.txt");
        let cap = a.structure.captions[0];
        assert!(text[cap.start..cap.end].starts_with("A Southwest Airlines Boeing 737"));
        assert!(text[cap.start..cap.end].ends_with("AP Photo/Erin Hooley"));
    }

    /// A `Name for OUTLET` credit under a caption (not the standfirst, nor a byline), and the
    /// writers' box after the story under `About the Authors`.
    #[test]
    fn credit_for_the_outlet_and_the_authors_box() {
        check(&Expect {
            file: "stat.txt",
            title: Some(
                "FDA approves Veradine's once-weekly pill for obesity, the first oral drug of its kind",
            ),
            dateline: None,
            date: Some("2026-11-19"),
            body_starts: "The Food and Drug Administration on Wednesday",
            body_ends: "$6.5 billion in annual sales by 2032.",
            captions: 1,
            boilerplate: &["About the Authors", "Senior Writer, Medicine"],
        });
        let (_, a) = analyzed_paste("stat.txt");
        assert_eq!(a.structure.subtitle, None);
    }

    /// A time before the date with a middle dot (`11:00 AM PST · November 17, 2026`), and after
    /// the story a promotion (`Register now`), the tags under `Topics` and the writer's box
    /// (`Ingrid is a writer …`, `View Bio`).
    #[test]
    fn time_dot_date_tags_and_the_writers_box() {
        check(&Expect {
            file: "techcrunch.txt",
            title: Some("Ledgerline raises $85M Series B to bring AI bookkeeping to restaurants"),
            dateline: None,
            date: Some("2026-11-17"),
            body_starts: "Ledgerline, a San Francisco startup",
            body_ends: "\"We're the night shift,\" she said.",
            captions: 1,
            boilerplate: &[
                "TechCrunch Disrupt 2027",
                "Topics\nAI, Fintech",
                "Ingrid is a writer and editor",
                "View Bio",
            ],
        });
    }

    /// A kicker before the headline's colon (`Rocket Report: …`), no dateline; a `Credit:`
    /// caption; a table of launches kept whole in the story above the writer's bio.
    #[test]
    fn kicker_of_two_words_and_a_table_before_the_bio() {
        check(&Expect {
            file: "ars.txt",
            title: Some("Rocket Report: New Glenn lofts Blue Moon lander, Ariane 6 flies heavy"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "Blue Origin launched its uncrewed",
            body_ends: "Cape Canaveral, Florida | 06:15 UTC",
            captions: 1,
            boilerplate: &["Stephen Clark is a space reporter"],
        });
        let (text, a) = analyzed_paste("ars.txt");
        let sub = a.structure.subtitle.unwrap();
        assert!(text[sub.start..sub.end].starts_with("Blue Origin's second-stage relight"));
    }

    /// A review: the caption with its `Photo by … / The Verge` credit, the score under it, and
    /// the score box with its good and bad points after the story.
    #[test]
    fn review_score_and_its_good_and_bad_points() {
        check(&Expect {
            file: "verge.txt",
            title: Some(
                "Google Pixel 11 Pro review: the best camera, finally with a chip to match",
            ),
            dateline: None,
            date: Some("2026-11-14"),
            body_starts: "For five years, buying a Pixel",
            body_ends: "We read them so you don't have to.",
            captions: 1,
            boilerplate: &[
                "Verge Score 8/10",
                "8 Verge Score",
                "Good Stuff",
                "Bad Stuff",
                "$999 is still a lot",
                "Photography by Allison Johnson",
            ],
        });
    }

    /// A site's tagline right over its long menu is no headline; a newsletter plug between
    /// the paragraphs and the wire's credits after them are set aside.
    #[test]
    fn tagline_over_the_menu_and_a_newsletter_plug() {
        check(&Expect {
            file: "wire_tagline.txt",
            title: Some("Japan's exports rise for third month on strong chip demand"),
            dateline: Some("TOKYO"),
            date: Some("2026-11-19"),
            body_starts: "TOKYO, Nov 19 (Reuters) - Japan's exports rose",
            body_ends: "chief economist at Norinchukin Research Institute.",
            captions: 0,
            boilerplate: &[
                "Trusted news and analysis for business leaders",
                "The Asia Morning Briefing newsletter brings you",
                "Reporting by Kenji Sato",
                "Our Standards",
            ],
        });
    }

    /// A paywalled markets story: the gift and tip tools and the audio player's length under
    /// the byline, and a caption credited to its photographer.
    #[test]
    fn gift_and_tip_tools_and_a_photographer_credit() {
        check(&Expect {
            file: "markets_gift.txt",
            title: Some("Copper Hits Record as Chile Mine Strike Enters Second Week"),
            dateline: None,
            date: Some("2026-11-18"),
            body_starts: "Copper rose to a record in London",
            body_ends: "a commodities strategist at ING Groep NV.",
            captions: 1,
            boilerplate: &[
                "Gift this article",
                "Have a confidential tip for our reporters?",
                "3:05",
                "Most Read",
            ],
        });
    }

    /// An opinion column under a site's name and menu: the columnist's line at the foot and
    /// the call for readers' letters are not the column.
    #[test]
    fn column_with_a_call_for_letters() {
        check(&Expect {
            file: "opinion_letters.txt",
            title: Some("Cities will not fix congestion until they price the roads"),
            dateline: None,
            date: Some("2026-11-18"),
            body_starts: "Traffic in most of our cities",
            body_ends: "start charging.",
            captions: 0,
            boilerplate: &[
                "The Daily Courier - Back to home",
                "Do you have an opinion on the issues raised in this article?",
                "Reuse this content",
            ],
        });
    }

    /// Whether each of `texts` (the first place it is in paste `file`) is left out of the
    /// story's paragraphs: set aside as boilerplate, metadata, a caption or the standfirst.
    fn set_apart(file: &str, texts: &[&str]) {
        let (text, a) = analyzed_paste(file);
        let s = &a.structure;
        let spans: Vec<newslens::Span> = s
            .boilerplate
            .iter()
            .chain(&s.metadata)
            .chain(&s.captions)
            .chain(&s.subtitle)
            .copied()
            .collect();
        for t in texts {
            let at = text
                .find(t)
                .unwrap_or_else(|| panic!("{t:?} not in {file}"));
            let end = at + t.len();
            assert!(
                spans.iter().any(|r| r.start <= at && end <= r.end),
                "{file}: {t:?} left in the body"
            );
        }
    }

    /// A live page: the points under `Summary` are the standfirst; the editors under `Live
    /// Reporting` and each post's bare time (`10:15 GMT`) are metadata, the `Get involved`
    /// call is boilerplate.
    #[test]
    fn live_page_summary_points_editors_and_post_times() {
        check(&Expect {
            file: "bbc_live.txt",
            title: Some("Storm Darragh: Thousands without power as winds reach 90mph"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "Power cuts could last into Sunday",
            body_ends: "as the storm moves east.",
            captions: 0,
            boilerplate: &["Live Reporting", "Get involved", "About sharing"],
        });
        set_apart(
            "bbc_live.txt",
            &[
                "A rare red warning for wind covered parts of Wales",
                "Edited by Alex Smith and Jenny Rees",
                "10:42 GMT",
                "10:15 GMT",
                "Posted at 10:31",
            ],
        );
        let (text, a) = analyzed_paste("bbc_live.txt");
        let sub = a.structure.subtitle.map(|s| &text[s.start..s.end]);
        assert!(
            sub.is_some_and(|s| s.starts_with("Hundreds of thousands")
                && s.ends_with("for the rest of the day")),
            "{sub:?}"
        );
    }

    /// A wire story whose writer's bio says what she covers (`Maria Martinez covers the
    /// German economy from Berlin.`), under the tags and her name line.
    #[test]
    fn wire_story_with_a_beat_bio_after_the_tags() {
        check(&Expect {
            file: "reuters_bio.txt",
            title: Some("German factory orders fall more than expected in October"),
            dateline: Some("BERLIN"),
            date: Some("2026-11-20"),
            body_starts: "BERLIN, Nov 20 (Reuters) - German industrial orders",
            body_ends: "said Ralph Solveen, an economist at Commerzbank.",
            // `Item 1 of 2 …` and `[1/2] …`: the gallery's caption, twice.
            captions: 2,
            boilerplate: &[
                "Suggested Topics:",
                "Macro Matters",
                "Maria Martinez covers the German economy from Berlin.",
            ],
        });
    }

    /// A blog's foot: claps and response counts, the tags, and the writer's box under
    /// `Written by …` (follower count and blurb).
    #[test]
    fn blog_counts_tags_and_the_written_by_box() {
        check(&Expect {
            file: "medium.txt",
            title: Some("Why I Stopped Using Microservices for Small Teams"),
            dateline: None,
            date: Some("2026-11-20"),
            body_starts: "Three years ago our team",
            body_ends: "not the size of the ambition.",
            captions: 1,
            boilerplate: &[
                "Software Engineering\nMicroservices",
                "2.3K Followers",
                "Staff engineer. Writing about boring technology that works.",
            ],
        });
        set_apart("medium.txt", &["Written by Sarah Chen"]);
    }

    /// An AMP page: the close buttons (`×`) of its menus and ads, one inside the story.
    #[test]
    fn amp_page_close_glyphs() {
        check(&Expect {
            file: "amp.txt",
            title: Some("Canada to raise immigration targets for skilled workers"),
            dateline: Some("OTTAWA"),
            date: Some("2026-11-20"),
            body_starts: "OTTAWA – Canada will admit",
            body_ends: "would add pressure on rents.",
            captions: 0,
            boilerplate: &["Advertisement", "View non-AMP version"],
        });
        set_apart("amp.txt", &["Advertisement\n×"]);
    }

    /// A Hindustan Times print layout: the dateline `New Delhi, Dec 4` on a line of its own
    /// under the byline, with no dash and no year. It is the dateline, not the story's first
    /// paragraph (the page gives no year, so no date).
    #[test]
    fn a_place_and_day_under_the_byline_is_the_dateline() {
        check(&Expect {
            file: "ht_dateline.txt",
            title: Some(
                "Delhi air quality slips to 'severe' as farm fires peak; schools shift classes online",
            ),
            dateline: Some("New Delhi"),
            date: None,
            body_starts: "Delhi's air quality slipped",
            body_ends: "little relief was expected before the weekend.",
            captions: 0,
            boilerplate: &["With inputs from Jasjeev Gandhiok"],
        });
        set_apart("ht_dateline.txt", &["New Delhi, Dec 4", "Anvit Srivastava"]);
    }

    /// A trade site's update stamp (`FRIDAY PM UPDATE:`) before the first paragraph is
    /// metadata, not a `PLACE:` dateline; an older stamp further down stays in the story.
    #[test]
    fn an_update_stamp_is_no_dateline() {
        check(&Expect {
            file: "deadline_update.txt",
            title: Some(
                "'Harbor Lights' Sails To $38M Opening; 'Glass Orchard' Drops 61% In Second Frame – Box Office",
            ),
            dateline: None,
            date: Some("2026-12-06"),
            body_starts: "Paramount's seafaring drama Harbor Lights",
            body_ends: "lifted weekend projections by about $5 million.",
            captions: 0,
            boilerplate: &["Related Stories"],
        });
        set_apart("deadline_update.txt", &["FRIDAY PM UPDATE:"]);
        let (text, a) = analyzed_paste("deadline_update.txt");
        let body = a.structure.body.unwrap();
        assert!(text[body.start..body.end].contains("THURSDAY NIGHT UPDATE: Harbor Lights earned"));
    }

    /// A line of `file` the page prints as metadata is read as metadata, not as the
    /// standfirst.
    fn metadata_line(file: &str, line: &str) {
        let (text, a) = analyzed_paste(file);
        let at = text.find(line).unwrap();
        assert!(
            a.structure
                .metadata
                .iter()
                .any(|r| r.start <= at && at + line.len() <= r.end),
            "{file}: {line:?} is no metadata line"
        );
        assert!(
            a.structure
                .subtitle
                .is_none_or(|r| at + line.len() <= r.start || r.end <= at),
            "{file}: {line:?} in the standfirst"
        );
    }

    /// Reuters' page copied as text runs its date, time and update stamp together.
    #[test]
    fn a_glued_date_time_and_update_stamp() {
        check(&Expect {
            file: "reuters_web.txt",
            title: Some("China's exports beat forecasts as shipments to Southeast Asia surge"),
            dateline: Some("BEIJING"),
            date: Some("2025-11-07"),
            body_starts: "BEIJING, Nov 7 (Reuters) - China's exports",
            body_ends: "while those to the U.S. fell 12.4%.",
            captions: 0,
            boilerplate: &["Reporting by Joe Cash", "Our Standards"],
        });
        metadata_line(
            "reuters_web.txt",
            "November 7, 20253:45 AM GMT+5Updated 2 hours ago",
        );
    }

    /// Dawn's `Updated about 5 hours ago` and the Times of India's slashed byline line.
    #[test]
    fn an_approximate_update_stamp_and_a_slashed_byline() {
        metadata_line("dawn_updated_about.txt", "Updated about 5 hours ago");
        check(&Expect {
            file: "toi.txt",
            title: Some("Delhi air quality slips to 'severe' as stubble burning peaks"),
            dateline: Some("NEW DELHI"),
            date: Some("2025-11-14"),
            body_starts: "NEW DELHI: Delhi's air quality",
            body_ends: "across the National Capital Region.",
            captions: 0,
            boilerplate: &[],
        });
        metadata_line(
            "toi.txt",
            "TOI City Desk / TIMESOFINDIA.COM / Updated: Nov 14, 2025, 08:42 IST",
        );
    }

    /// A caption closed by a dash and the picture's source (Geo), and the BBC's credit line
    /// above a caption without a stop.
    #[test]
    fn captions_by_a_dash_credit_and_under_a_bare_agency() {
        check(&Expect {
            file: "geo.txt",
            title: Some("Pakistan, Afghanistan agree to extend ceasefire: FO"),
            dateline: Some("ISLAMABAD"),
            date: Some("2025-11-25"),
            body_starts: "ISLAMABAD: Pakistan and Afghanistan",
            body_ends: "at the weekly press briefing.",
            captions: 1,
            boilerplate: &[],
        });
        check(&Expect {
            file: "bbc_credit_above.txt",
            title: Some("Bangladesh election: BNP claims landslide victory"),
            dateline: None,
            date: None,
            body_starts: "The Bangladesh Nationalist Party (BNP) has claimed",
            body_ends: "still under way in several districts.",
            captions: 1,
            boilerplate: &["Share\nSave", "Related topics"],
        });
        let (text, a) = analyzed_paste("bbc_credit_above.txt");
        let c = a.structure.captions[0];
        assert_eq!(
            &text[c.start..c.end],
            "Getty Images\nSupporters of the BNP celebrated in the streets of Dhaka on Friday"
        );
        assert_eq!(a.structure.subtitle, None);
    }

    /// A comment section's rules and the outlet's account under the story.
    #[test]
    fn comment_rules_and_a_follow_line_after_the_story() {
        check(&Expect {
            file: "tribune_comments.txt",
            title: Some("PM Shehbaz departs for Riyadh on two-day visit"),
            dateline: Some("ISLAMABAD"),
            date: Some("2025-11-12"),
            body_starts: "ISLAMABAD: \nPrime Minister Shehbaz Sharif",
            body_ends: "Strategic Mutual Defence Agreement in September.",
            captions: 0,
            boilerplate: &["COMMENTS (2)", "Comments are moderated", "Comments FAQ"],
        });
        check(&Expect {
            file: "arabnews.txt",
            title: Some("Saudi crown prince receives Pakistani army chief in Riyadh"),
            dateline: Some("RIYADH"),
            date: Some("2025-11-24"),
            body_starts: "RIYADH: Saudi Crown Prince",
            body_ends: "defense cooperation, SPA said.",
            captions: 0,
            boilerplate: &["Follow @arabnews on X"],
        });
    }

    /// The New York Times' page copied as text: the standfirst, the listen and share tools,
    /// the caption with its run-on `Credit...`, then the byline, `Reporting from …` and dates.
    #[test]
    fn a_run_on_credit_and_reporting_from_under_the_byline() {
        check(&Expect {
            file: "nyt_web.txt",
            title: Some("Trump Says U.S. Will Lift Sanctions on Syria"),
            dateline: None,
            date: Some("2025-05-13"),
            body_starts: "President Trump said on Tuesday",
            body_ends: "an investment forum in Riyadh.",
            captions: 1,
            boilerplate: &["Listen to this article", "Share full article"],
        });
        metadata_line("nyt_web.txt", "Reporting from Riyadh, Saudi Arabia");
    }

    /// NDTV's syndicated copy: the dateline on a line of its own, the feed's note at the end;
    /// Anadolu's writer and dates after a bar, and its place alone over the story.
    #[test]
    fn a_dateline_alone_a_feed_note_and_a_barred_byline() {
        check(&Expect {
            file: "ndtv_syndicated.txt",
            title: Some("Pakistan Army Chief Asim Munir Meets Trump At White House"),
            dateline: Some("Washington"),
            date: Some("2025-11-21"),
            body_starts: "Washington:\n\nPakistan's Army Chief",
            body_ends: "counter-terrorism cooperation, it said.",
            captions: 0,
            boilerplate: &["(Except for the headline"],
        });
        check(&Expect {
            file: "anadolu.txt",
            title: Some("Turkish, Pakistani foreign ministers discuss Gaza, Afghanistan"),
            dateline: Some("ANKARA"),
            date: Some("2025-11-26"),
            body_starts: "Turkish Foreign Minister Hakan Fidan",
            body_ends: "developments in Afghanistan, the sources said.",
            captions: 0,
            boilerplate: &[],
        });
    }

    /// CNN's page copied as text: `(CNN)` without its brackets and the dash at the end of the
    /// dateline's line; a writer's credit under the story.
    #[test]
    fn a_dateline_without_brackets_on_its_own_line() {
        check(&Expect {
            file: "cnn_web.txt",
            title: Some("Iran says it will resume talks with IAEA inspectors"),
            dateline: Some("Tehran"),
            date: Some("2025-11-18"),
            body_starts: "Tehran, Iran CNN —\nIran will allow inspectors",
            body_ends: "Rafael Grossi in Cairo.",
            captions: 1,
            boilerplate: &["CNN's Mostafa Salem contributed reporting."],
        });
    }

    /// Closing lines that point elsewhere: the Trust Project's `Why you can trust SCMP` and
    /// `Follow the story on our live page`.
    #[test]
    fn trust_and_live_page_links_after_the_story() {
        check(&Expect {
            file: "scmp.txt",
            title: Some(
                "China, Pakistan sign deals on CPEC second phase during Dar's Beijing visit",
            ),
            dateline: None,
            date: Some("2025-11-21"),
            body_starts: "China and Pakistan have signed agreements",
            body_ends: "according to a joint statement.",
            captions: 0,
            boilerplate: &["Why you can trust SCMP"],
        });
        check(&Expect {
            file: "live_page.txt",
            title: Some("Police arrest suspect in Karachi bank robbery"),
            dateline: Some("KARACHI"),
            date: None,
            body_starts: "KARACHI: Police on Wednesday",
            body_ends: "before the arrest, SSP South said.",
            captions: 0,
            boilerplate: &["Follow the story on our live page"],
        });
    }

    /// A story about a picture agency: its name in the headline and the lead is no credit, so
    /// neither is a caption. (The agency's name alone on a line over the standfirst still reads
    /// as the BBC's credit above a caption: the one caption.)
    #[test]
    fn a_picture_agency_named_in_the_story_is_no_credit() {
        check(&Expect {
            file: "getty_story.txt",
            title: Some("Getty Images sold to rival in $3.7 billion deal"),
            dateline: Some("NEW YORK"),
            date: None,
            body_starts: "NEW YORK: Getty Images agreed on Tuesday",
            body_ends: "chief executive Craig Peters.",
            captions: 1,
            boilerplate: &[],
        });
    }

    /// Pages of portals and aggregators copied as text: MSN's card (`Story by Reuters` / `•` /
    /// `3h`, `© Provided by`, `Related video:`), Yahoo's tickers under `In this article:` and its
    /// legal links, CGTN's `Search Trends`.
    #[test]
    fn an_aggregators_card_tickers_and_portal_links() {
        check(&Expect {
            file: "msn.txt",
            title: Some("Pakistan, China agree to speed up CPEC projects"),
            dateline: Some("BEIJING"),
            date: None,
            body_starts: "BEIJING (Reuters) - Pakistan and China",
            body_ends: "working in Pakistan, the statement said.",
            captions: 1,
            boilerplate: &[
                "© Provided by Reuters",
                "Related video:",
                "Reporting by Asif Shahzad",
            ],
        });
        metadata_line("msn.txt", "3h");
        check(&Expect {
            file: "yahoo.txt",
            title: Some("Pakistan's central bank holds key rate at 11%"),
            dateline: Some("KARACHI"),
            date: Some("2025-11-24"),
            body_starts: "KARACHI, Nov 24 (Reuters) -",
            body_ends: "in the 2026 fiscal year.",
            captions: 0,
            boilerplate: &[
                "In this article:\nPKR=X\n-0.05%",
                "Terms and Privacy Policy",
                "Privacy Dashboard",
            ],
        });
        check(&Expect {
            file: "cgtn.txt",
            title: Some("Wang Yi meets Pakistani deputy PM in Beijing"),
            dateline: None,
            date: Some("2025-05-21"),
            body_starts: "Chinese Foreign Minister Wang Yi met",
            body_ends: "unbreakable and rock-solid.",
            captions: 0,
            boilerplate: &["Search Trends"],
        });
    }

    /// Appeals around the story (The Independent's `Support truly` / `independent journalism`,
    /// Sky News' `Why you can trust Sky News` over it), and a place under the writer's name as
    /// the dateline (Pakistan Observer's `Staff Reporter` / `Islamabad`) with its share list.
    #[test]
    fn appeals_over_the_story_and_a_place_under_the_byline() {
        check(&Expect {
            file: "independent.txt",
            title: Some("Pakistan's army chief meets Saudi crown prince"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "Pakistan's army chief Field Marshal",
            body_ends: "agreement signed in September.",
            captions: 0,
            boilerplate: &[
                "Support truly\nindependent journalism",
                "Get our free Inside Washington email",
            ],
        });
        check(&Expect {
            file: "skynews.txt",
            title: Some("UK and Pakistan agree new trade dialogue"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "The UK and Pakistan have agreed",
            body_ends: "fastest-growing markets.",
            captions: 0,
            boilerplate: &["Why you can trust Sky News", "Read more from Sky News:"],
        });
        check(&Expect {
            file: "pakobserver.txt",
            title: Some("Dar arrives in Beijing on three-day visit"),
            dateline: Some("Islamabad"),
            date: None,
            body_starts: "Deputy Prime Minister and Foreign Minister Senator",
            body_ends: "Assistant Foreign Minister Liu Jinsong.",
            captions: 0,
            boilerplate: &["Share this:\nFacebook\nX\nWhatsApp"],
        });
    }
    /// Date lines the outlets of Bangladesh, Türkiye, India and the Gulf print under the
    /// headline: the Dhaka Tribune's `Publish : …` / `Update : …`, the Daily Star's date with its
    /// `Last update on:` run on, Daily Sabah's place in capitals before the date, Mint's reading
    /// time before `Updated:`, Middle East Eye's `MEE staff` over a date with `| Last update: 2
    /// hours ago`; and the notes they close a story with (`Related topic:`, MEE's tagline on
    /// republishing).
    #[test]
    fn date_lines_with_their_update_and_place_and_closing_notes() {
        check(&Expect {
            file: "dhakatribune.txt",
            title: Some("Bangladesh, Pakistan agree to resume direct flights"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "Bangladesh and Pakistan have agreed",
            body_ends: "in fiscal 2024-25.",
            captions: 0,
            boilerplate: &["Topics:\nPakistan\nBangladesh-Pakistan Relations"],
        });
        metadata_line("dhakatribune.txt", "Update : 25 Nov 2025, 06:25 PM");
        check(&Expect {
            file: "dailystar.txt",
            title: Some("Dhaka, Islamabad agree to boost trade"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "Bangladesh and Pakistan yesterday agreed",
            body_ends: "visit Bangladesh in 13 years.",
            captions: 0,
            boilerplate: &["Related topic:\nBangladesh-Pakistan relations"],
        });
        metadata_line(
            "dailystar.txt",
            "Tue Nov 25, 2025 08:45 PM Last update on: Tue Nov 25, 2025 09:02 PM",
        );
        check(&Expect {
            file: "dailysabah.txt",
            title: Some("Türkiye, Pakistan vow to deepen defense cooperation"),
            dateline: Some("ISTANBUL"),
            date: Some("2025-11-25"),
            body_starts: "President Recep Tayyip Erdoğan and Pakistani",
            body_ends: "visit Islamabad next year.",
            captions: 1,
            boilerplate: &[],
        });
        check(&Expect {
            file: "mint.txt",
            title: Some("India raises concerns with China over CPEC extension to Afghanistan"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "India on Tuesday raised concerns",
            body_ends: "met in Beijing.",
            captions: 0,
            boilerplate: &["Catch all the Business News"],
        });
        metadata_line(
            "mint.txt",
            "2 min read . Updated: 25 Nov 2025, 07:53 PM IST",
        );
        check(&Expect {
            file: "mee.txt",
            title: Some("Pakistan's army chief in Riyadh for defence talks"),
            dateline: None,
            date: Some("2025-11-25"),
            body_starts: "Pakistan's army chief Asim Munir arrived",
            body_ends: "asked not to be named.",
            captions: 0,
            boilerplate: &["Middle East Eye delivers independent"],
        });
        metadata_line("mee.txt", "MEE staff");
    }

    /// What an outlet prints under every story about itself (Euronews' `… is the No.1 news
    /// channel in Europe.`), and WION's `Story highlights` over a single point, which is the
    /// standfirst, not the first paragraph.
    #[test]
    fn an_outlets_tagline_and_a_single_highlight() {
        check(&Expect {
            file: "euronews.txt",
            title: Some("EU agrees to extend sanctions on Russia for another six months"),
            dateline: None,
            date: Some("2026-11-26"),
            body_starts: "EU ambassadors agreed on Wednesday",
            body_ends: "study Budapest’s concerns.",
            captions: 0,
            boilerplate: &[
                "Share this article\nComments",
                "Euronews is the No.1 news channel",
            ],
        });
        metadata_line(
            "euronews.txt",
            "Published on 26/11/2026 - 11:48 GMT+1 •Updated 13:05",
        );
        check(&Expect {
            file: "wion.txt",
            title: Some("Japan’s new PM Takaichi to visit India next month, says foreign ministry"),
            dateline: None,
            date: Some("2026-11-26"),
            body_starts: "Japan’s Prime Minister Sanae Takaichi will travel",
            body_ends: "told reporters in Tokyo.",
            captions: 0,
            boilerplate: &["Story highlights", "Trending Stories"],
        });
        metadata_line("wion.txt", "Edited By Riya Teotia");
        check_head(
            "wion.txt",
            Some("Takaichi will hold talks with Prime Minister Narendra Modi on defence and semiconductors."),
            &[],
        );
    }

    /// Head and tail lines of eight more outlets: the Korea Herald's section trail set one name
    /// a line over the headline and its `Published :` line, The Japan Times' byline in lower
    /// case under the headline, the Bangkok Post's `NEWSPAPER SECTION:` label, the Jakarta
    /// Post's `Jakarta ● Wed, November 26, 2026`, France 24's `3 min Reading time` and `(FRANCE
    /// 24 with AFP)`, NPR's caption under its `Enlarge this image` button, CBS News' date line
    /// with its time after a slash, its `In:` tags and its title-case dateline (`Washington —`),
    /// Al Arabiya's `26 November ,2026`.
    #[test]
    fn eight_more_outlets_heads_and_tails() {
        let cases: [OutletCase; 8] = [
            (
                "koreaherald.txt",
                "Seoul, Tokyo agree to resume shuttle diplomacy at working level",
                None,
                Some("2026-11-26"),
                "South Korea and Japan agreed",
                "Joint Chiefs of Staff.",
                &["National\nPolitics"],
            ),
            (
                "japantimes.txt",
                "Takaichi vows to boost defense outlays as budget talks begin",
                None,
                Some("2026-11-26"),
                "Prime Minister Sanae Takaichi on Wednesday",
                "without new bond issuance.",
                &[],
            ),
            (
                "bangkokpost.txt",
                "Thai, Cambodian leaders agree to reopen border checkpoints",
                None,
                Some("2026-11-26"),
                "Thailand and Cambodia have agreed",
                "the Commerce Ministry.",
                &[],
            ),
            (
                "jakartapost.txt",
                "Indonesia, Australia sign defense pact upgrade",
                Some("Jakarta"),
                Some("2026-11-26"),
                "Indonesia and Australia signed",
                "House of Representatives (DPR).",
                &[],
            ),
            (
                "france24.txt",
                "Senegal's president names new prime minister after cabinet rift",
                None,
                Some("2026-11-26"),
                "Senegal's President Bassirou Diomaye Faye",
                "with Dakar last year.",
                &["(FRANCE 24 with AFP)"],
            ),
            (
                "npr.txt",
                "Chile's runoff goes down to the wire as Kast and Jara make final pitch",
                None,
                Some("2026-11-26"),
                "Chileans vote Sunday",
                "750,000 pesos a month.",
                &[],
            ),
            (
                "cbsnews.txt",
                "Senate passes stopgap bill to avert shutdown hours before deadline",
                Some("Washington"),
                Some("2026-11-26"),
                "Washington — The Senate passed",
                "the help of 40 Democrats.",
                &["In: United States Senate Government Shutdown"],
            ),
            (
                "alarabiya.txt",
                "Saudi Arabia, France sign $10 billion in deals during Macron visit",
                None,
                Some("2026-11-26"),
                "Saudi Arabia and France signed",
                "to Abu Dhabi on Thursday.",
                &[],
            ),
        ];
        check_outlets(&cases, &["npr.txt"]);
        metadata_line(
            "koreaherald.txt",
            "Published : Nov. 26, 2026 - 14:32  Updated : Nov. 26, 2026 - 15:10",
        );
        metadata_line("japantimes.txt", "by Gabriel Dominguez");
        metadata_line("bangkokpost.txt", "NEWSPAPER SECTION: NEWS");
        metadata_line("france24.txt", "3 min Reading time");
        metadata_line(
            "cbsnews.txt",
            "Updated on: November 26, 2026 / 6:14 PM EST / CBS News",
        );
        check_head("france24.txt", None, &[]);
        check_head("npr.txt", None, &["Supporters of presidential candidate José Antonio Kast rally in Santiago on Sunday.\nEsteban Felix/AP"]);
    }

    /// Heads and tails of seven more outlets: The Hill's byline with its `11/26/26 6:14 PM ET`
    /// stamp, News24's audio player (`0:00 / 2:41`) and its name signing the story off, CBC's `With files from The Canadian
    /// Press` and its bar of page tools, The Economic Times' `(Catch all the Business News …)`,
    /// The Moscow Times' appeal (`A Message from The Moscow Times:` / `Dear readers,`),
    /// Haaretz's topic buttons under `Click the alert icon to follow topics:`, and the
    /// Inquirer's `By: Name - Reporter / @handle` over its `MANILA, Philippines —` dateline.
    #[test]
    fn seven_more_outlets_heads_and_tails() {
        let cases: [OutletCase; 7] = [
            (
                "thehill.txt",
                "Senate confirms Trump pick to lead FEMA",
                None,
                Some("2026-11-26"),
                "The Senate on Wednesday confirmed",
                "roughly $30 billion.",
                &["Copyright 2026 Nexstar Media Inc."],
            ),
            (
                "news24.txt",
                "Ramaphosa names new police minister after Mchunu suspension",
                None,
                Some("2026-11-26"),
                "President Cyril Ramaphosa has appointed",
                "The ANC said it supported the President's decision.",
                &["0:00 / 2:41", "Listen to this article", "News24"],
            ),
            (
                "cbc.txt",
                "Carney government tables bill to speed up major projects",
                None,
                Some("2026-11-26"),
                "Prime Minister Mark Carney's government",
                "support the bill at second reading.",
                &[
                    "With files from The Canadian Press",
                    "Corrections and clarifications | Submit a news tip",
                ],
            ),
            (
                "economictimes.txt",
                "RBI keeps repo rate unchanged at 5.5%, cuts GDP forecast",
                None,
                Some("2026-11-26"),
                "The Reserve Bank of India (RBI) on Wednesday",
                "rose 0.4% after the announcement.",
                &["(Catch all the Business News"],
            ),
            (
                "moscowtimes.txt",
                "Russia, Ukraine Swap 300 Prisoners Each in UAE-Brokered Exchange",
                None,
                Some("2026-11-26"),
                "Russia and Ukraine exchanged",
                "in February 2022.",
                &[
                    "A Message from The Moscow Times:",
                    "We are facing unprecedented challenges.",
                ],
            ),
            (
                "haaretz.txt",
                "Israel's Cabinet Approves 2027 Budget After All-night Session",
                None,
                Some("2026-11-26"),
                "Israel's cabinet approved",
                "or the government will fall.",
                &["Click the alert icon", "Israel Budget"],
            ),
            (
                "inquirer.txt",
                "PH, Japan to hold joint coast guard drills near Scarborough Shoal",
                Some("MANILA"),
                Some("2026-11-26"),
                "MANILA, Philippines — The Philippine Coast Guard",
                "request for comment.",
                &["Read Next"],
            ),
        ];
        check_outlets(&cases, &[]);
        metadata_line("thehill.txt", "by Alexander Bolton - 11/26/26 6:14 PM ET");
        metadata_line(
            "cbc.txt",
            "Catharine Tunney · CBC News · Posted: Nov 26, 2026 4:00 AM EST | Last Updated: 2 hours ago",
        );
        metadata_line("inquirer.txt", "INQUIRER.net / 05:16 PM November 26, 2026");
    }
}
