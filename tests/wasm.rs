//! The JavaScript-facing API, run as real wasm under node (`wasm-pack test --node -- --test wasm`).
//! It checks what JS receives: UTF-16 offsets that slice JS strings exactly, refusals for bad files.
#![cfg(target_arch = "wasm32")]

use js_sys::JsString;
use newslens::wasm;
use newslens::Analysis;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const SEED_000: &str = include_str!("../seeds/000_fb2a3abce96487d8.txt");
const SEED_003: &str = include_str!("../seeds/003_7585af8ba2d56a9b.txt");

fn analyze_js(text: &str) -> Analysis {
    serde_wasm_bindgen::from_value(wasm::analyze(text, JsValue::UNDEFINED).expect("analyze"))
        .expect("shape")
}

/// Every entity's UTF-16 span, sliced out of the JS string, is exactly its text.
fn assert_js_slices(text: &str) -> Analysis {
    let a = analyze_js(text);
    let js = JsString::from(text);
    assert_eq!(
        a.text_len,
        js.length() as usize,
        "text_len is in UTF-16 units"
    );
    assert!(!a.entities.is_empty());
    for e in &a.entities {
        let got: String = js.substring(e.start as u32, e.end as u32).into();
        assert_eq!(got, e.text, "UTF-16 span {}..{}", e.start, e.end);
    }
    a
}

#[wasm_bindgen_test]
fn seed_offsets_slice_js_strings() {
    let a = assert_js_slices(SEED_000);
    let find = |t: &str| {
        a.entities
            .iter()
            .find(|e| e.text == t)
            .map(|e| e.label.as_str())
    };
    assert_eq!(find("May 6–7"), Some("DATE"));
    assert_eq!(find("Ishaq Dar"), Some("PERSON"));
    assert_js_slices(SEED_003);
}

#[wasm_bindgen_test]
fn emoji_and_cjk_shift_utf16_offsets() {
    let text = "😀😀 王毅 visited Beijing with Ishaq Dar on Tuesday.";
    let a = assert_js_slices(text);
    let beijing = a
        .entities
        .iter()
        .find(|e| e.text == "Beijing")
        .expect("Beijing found");
    // Two astral emoji are four UTF-16 units: 4 + space + 2 CJK + " visited " = 16.
    assert_eq!(beijing.start, 16);
}

#[wasm_bindgen_test]
fn export_record_uses_code_points() {
    let text = "😀 Pakistan and China.";
    let json: serde_json::Value =
        serde_json::from_str(&wasm::export_record(text, "x.txt", JsValue::UNDEFINED).unwrap())
            .unwrap();
    assert_eq!(json["doc"], "x.txt");
    assert_eq!(json["text_len"], 21);
    let p = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Pakistan")
        .unwrap();
    assert_eq!(p["start"], 2, "one code point for the emoji, then a space");
}

fn error_message(err: wasm_bindgen::JsError) -> String {
    use wasm_bindgen::JsCast;
    JsValue::from(err)
        .dyn_into::<js_sys::Error>()
        .expect("an Error")
        .message()
        .into()
}

#[wasm_bindgen_test]
fn load_file_refuses_binary_and_empty_and_decodes_legacy() {
    let png = wasm::load_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "photo.txt").unwrap_err();
    assert!(error_message(png).contains("binary file (a PNG image)"));
    assert!(error_message(wasm::load_file(b"", "empty.txt").unwrap_err()).contains("empty"));
    let ok = wasm::load_file(b"Caf\xe9 \x93quoted\x94 text", "legacy.txt")
        .expect("windows-1252 decodes");
    let text = js_sys::Reflect::get(&ok, &"text".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(text, "Café “quoted” text");
}

#[wasm_bindgen_test]
fn analyze_file_returns_text_and_utf16_analysis() {
    let html = "<html><head><title>Dar in Beijing</title></head><body><article><h1>Dar in Beijing</h1>\
                <p>Foreign Minister Ishaq Dar met Wang Yi in Beijing on Tuesday, officials said in a statement.</p>\
                <p>The two sides discussed regional security and trade between Pakistan and China.</p></article>\
                <script>alert(1)</script></body></html>";
    let v = wasm::analyze_file(html.as_bytes(), "page.html").expect("html loads");
    let text = js_sys::Reflect::get(&v, &"text".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(!text.contains("alert") && !text.contains('<'), "{text}");
    let analysis: Analysis =
        serde_wasm_bindgen::from_value(js_sys::Reflect::get(&v, &"analysis".into()).unwrap())
            .unwrap();
    let js = JsString::from(text.as_str());
    let wang = analysis
        .entities
        .iter()
        .find(|e| e.text == "Wang Yi")
        .expect("Wang Yi");
    assert_eq!(
        String::from(js.substring(wang.start as u32, wang.end as u32)),
        "Wang Yi"
    );
}

/// A xorshift step of `seed`, mapped to `-m..m`: test inputs that repeat from run to run.
fn xorshift(seed: &mut u64, m: i64) -> i32 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    ((*seed % (2 * m as u64)) as i64 - m) as i32
}

/// The model's SIMD kernels (explicit simd128 code in this build) give exactly what plain loops
/// give, ties included (the native tests check the portable versions the same way).
#[wasm_bindgen_test]
fn simd_kernels_match_plain_loops() {
    use newslens::ner::model::simd::{add_i16, max_plus, sum6};
    let mut seed = 12345u64;
    let mut rnd = |m: i64| xorshift(&mut seed, m);
    for (np, w, m) in [(73usize, 40usize, 3i64), (73, 80, 100_000), (9, 8, 1)] {
        let cur: Vec<i32> = (0..np).map(|_| rnd(m)).collect();
        let tr: Vec<i32> = (0..np * w).map(|_| rnd(m)).collect();
        let prevs: Vec<u16> = (0..np as u16).filter(|p| p % 4 != 2).collect();
        let (mut best, mut arg) = (vec![0; w], vec![0; w]);
        max_plus(&cur, &prevs, &tr, w, i32::MIN / 4, &mut best, &mut arg);
        for j in 0..w {
            let (mut b, mut a) = (i32::MIN / 4, 0);
            for &p in &prevs {
                let v = cur[p as usize] + tr[p as usize * w + j];
                if v > b {
                    b = v;
                    a = p as i32;
                }
            }
            assert_eq!((best[j], arg[j]), (b, a), "column {j}");
        }
        let src: Vec<i16> = (0..w).map(|_| rnd(30_000) as i16).collect();
        let mut x = cur[..w.min(np)].to_vec();
        x.resize(w, 7);
        let want: Vec<i32> = x.iter().zip(&src).map(|(&a, &b)| a + b as i32).collect();
        let mut y = x.clone();
        add_i16(&mut y, &src);
        assert_eq!(y, want);
        let six: Vec<Vec<i32>> = (0..6).map(|_| (0..w).map(|_| rnd(m)).collect()).collect();
        let want: Vec<i32> = (0..w).map(|j| six.iter().map(|v| v[j]).sum()).collect();
        let mut y = vec![-1; w];
        sum6(
            &mut y,
            [&six[0], &six[1], &six[2], &six[3], &six[4], &six[5]],
        );
        assert_eq!(y, want);
    }
    // `sum6` on multiples of 4 (the decoder's row length rounded up to 4, 76 of 80), writing
    // only those.
    for n in [4usize, 12, 76] {
        let six: Vec<Vec<i32>> = (0..6)
            .map(|_| (0..n).map(|_| rnd(i32::MAX as i64)).collect())
            .collect();
        let want: Vec<i32> = (0..n)
            .map(|j| six.iter().fold(0i32, |a, v| a.wrapping_add(v[j])))
            .collect();
        let mut y = vec![-1; n + 4];
        sum6(
            &mut y[..n],
            [&six[0], &six[1], &six[2], &six[3], &six[4], &six[5]],
        );
        assert_eq!(y[..n], want);
        assert_eq!(y[n..], [-1; 4]);
    }
}

/// The Viterbi step over BILOU label blocks (simd128 in this build) gives exactly what its
/// plain-loop version gives, with unreachable tags and ties.
#[wasm_bindgen_test]
fn bilou_step_matches_plain_loops() {
    use newslens::ner::model::simd::NEG;
    use newslens::ner::model::simd::{bilou_step, bilou_step_portable};
    let mut seed = 777u64;
    let mut rnd = |m: i64| xorshift(&mut seed, m);
    for (labels, m) in [(18usize, 3i64), (18, 100_000), (2, 1)] {
        let nt = 1 + 4 * labels;
        for round in 0..40 {
            let cur: Vec<i32> = (0..nt + 1)
                .map(|j| if (j + round) % 5 == 0 { NEG } else { rnd(m) })
                .collect();
            let wbest: Vec<i32> = (0..(2 + 2 * labels).div_ceil(8) * 8 + 4)
                .map(|j| if (j + round) % 7 == 0 { NEG } else { rnd(m) })
                .collect();
            let warg: Vec<i32> = (0..wbest.len()).map(|_| rnd(100) + 100).collect();
            let ntr: Vec<i32> = (0..4 * labels).map(|_| rnd(m)).collect();
            let e: Vec<i32> = (0..nt).map(|_| rnd(m)).collect();
            let (mut n1, mut n2) = (vec![5; nt + 1], vec![5; nt + 1]);
            let (mut b1, mut b2) = (vec![3u8; nt], vec![3u8; nt]);
            let t1 = bilou_step(labels, &cur, &wbest, &warg, &ntr, &e, &mut n1, &mut b1, NEG);
            let t2 =
                bilou_step_portable(labels, &cur, &wbest, &warg, &ntr, &e, &mut n2, &mut b2, NEG);
            assert_eq!((t1, &n1, &b1), (t2, &n2, &b2), "round {round}");
        }
    }
}

/// The part-major Viterbi kernels (simd128 in this build) give exactly what their plain loops
/// give, with unreachable tags, ties and partial vectors of labels.
#[wasm_bindgen_test]
fn blocked_kernels_match_plain_loops() {
    use newslens::ner::model::blocked::{
        closed_live, closed_live_portable, pair_blocks, pair_blocks_portable, pair_in_range,
        pair_plain, pair_plain_portable, wide_step, wide_step_portable,
    };
    use newslens::ner::model::simd::{padded, NEG};
    let mut seed = 991u64;
    let mut rnd = |m: i64| xorshift(&mut seed, m);
    for (labels, m) in [(18usize, 3i64), (18, 100_000), (1, 1), (5, 3)] {
        let nt = 1 + 4 * labels;
        let (cap, ww, l4) = (
            padded(nt) + 8,
            padded(1 + 2 * labels),
            labels.div_ceil(4) * 4,
        );
        for round in 0..40 {
            let cur: Vec<i32> = (0..cap)
                .map(|j| if (j + round) % 5 == 0 { NEG } else { rnd(m) })
                .collect();
            let cmax: Vec<i32> = (0..cap).map(|_| rnd(m)).collect();
            let cmin: Vec<i32> = cmax.iter().map(|&v| v - rnd(m).abs()).collect();
            let (mut l1, mut l2) = (vec![9u16], vec![9u16]);
            let t1 = closed_live(labels, &cur, &cmax, &cmin, &mut l1);
            let t2 = closed_live_portable(labels, &cur, &cmax, &cmin, &mut l2);
            assert_eq!((t1, &l1), (t2, &l2), "round {round}");
            let trw: Vec<i32> = (0..nt * ww).map(|_| rnd(m)).collect();
            let e: Vec<i32> = (0..cap).map(|_| rnd(m)).collect();
            let live: Vec<u16> = (0..nt as u16)
                .filter(|&p| (p as usize + round) % 3 == 0)
                .collect();
            // Any number of live predecessors; one takes a path of its own.
            let one = [(round % nt) as u16];
            for live in [&live[..], &live[..1], &one, &l1[1..]] {
                let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
                let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
                wide_step(&cur, live, &trw, ww, &e, &mut n1, &mut b1);
                wide_step_portable(&cur, live, &trw, ww, &e, &mut n2, &mut b2);
                assert_eq!((&n1, &b1), (&n2, &b2), "round {round}");
            }
            let ts: Vec<Vec<i32>> = (0..4).map(|_| (0..l4).map(|_| rnd(m)).collect()).collect();
            let ts = [&ts[0][..], &ts[1], &ts[2], &ts[3]];
            let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
            let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
            pair_blocks(labels, &cur, ts, &e, &mut n1, &mut b1);
            pair_blocks_portable(labels, &cur, ts, &e, &mut n2, &mut b2);
            assert_eq!((&n1, &b1), (&n2, &b2), "round {round}");
            // Every tag reachable, in the range of the unchecked kernel: the same again.
            let full: Vec<i32> = cur.iter().map(|&c| if c == NEG { 17 } else { c }).collect();
            let range = (NEG + 1 + 2 * m as i32, i32::MAX - 2 * m as i32);
            assert!(pair_in_range(labels, &full, range));
            let (mut n3, mut b3) = (vec![5; cap], vec![3u8; cap]);
            let (mut n4, mut b4) = (vec![5; cap], vec![3u8; cap]);
            pair_blocks_portable(labels, &full, ts, &e, &mut n2, &mut b2);
            pair_plain(labels, &full, ts, &e, &mut n3, &mut b3);
            pair_plain_portable(labels, &full, ts, &e, &mut n4, &mut b4);
            assert_eq!((&n2, &b2), (&n3, &b3), "round {round}");
            assert_eq!((&n3, &b3), (&n4, &b4), "round {round}");
            assert!(!pair_in_range(labels, &cur, range));
        }
    }
}

/// The steady-step test (simd128 in this build) answers as its plain loop, at the edges of
/// its range and bound, with and without a partial last vector.
#[wasm_bindgen_test]
fn steady_lanes_match_plain_loop() {
    use newslens::ner::model::blocked::{steady_lanes, steady_lanes_portable};
    let mut seed = 4321u64;
    let mut rnd = |m: i64| xorshift(&mut seed, m);
    let (lo, hi) = (-(1 << 28), 1 << 28);
    let mut held = 0;
    for n in [4usize, 5, 7, 8, 75, 76] {
        for round in 0..300 {
            let t = if round % 5 == 0 { i32::MIN } else { rnd(1000) };
            let cmaxx: Vec<i32> = (0..n)
                .map(|p| if p % 3 == 0 { -(1 << 30) } else { rnd(50) })
                .collect();
            let mut cur: Vec<i32> = cmaxx
                .iter()
                .map(|&c| {
                    t.saturating_sub(c)
                        .saturating_sub(1 + rnd(40).abs())
                        .clamp(lo, hi)
                })
                .collect();
            let p = round % n;
            match round % 7 {
                0 => cur[p] = lo - 1,
                1 => cur[p] = lo,
                2 => cur[p] = hi,
                3 => cur[p] = hi + 1,
                4 => cur[p] = t.wrapping_sub(cmaxx[p]),
                5 => cur[p] = t.wrapping_sub(cmaxx[p]).wrapping_sub(1),
                _ => {}
            }
            let want = steady_lanes_portable(&cur, &cmaxx, (lo, hi), t);
            assert_eq!(
                steady_lanes(&cur, &cmaxx, (lo, hi), t),
                want,
                "n {n}, round {round}"
            );
            held += want as usize;
        }
    }
    assert!(held > 300, "{held}");
}

/// The folded steady test's kernels (simd128 in this build) write what their plain loops
/// write and answer the same, at the edges of the range and the bound.
#[wasm_bindgen_test]
fn probe_kernels_match_plain_loops() {
    use newslens::ner::model::blocked::{
        pair_plain_probe, pair_plain_probe_portable, wide_plain_probe, wide_plain_probe_portable,
    };
    let mut seed = 8765u64;
    let mut rnd = |m: i64| xorshift(&mut seed, m);
    let (lo, hi): (i32, i32) = (-(1 << 28), (1 << 28) - 1);
    let off = -(1 << 30);
    let mut held = [0usize; 2];
    for labels in [1usize, 2, 5, 18] {
        let nt = 1 + 4 * labels;
        let cap = (nt + 7) / 8 * 8 + 8;
        let ww = (1 + 2 * labels + 7) / 8 * 8;
        let l4 = labels.div_ceil(4) * 4;
        for round in 0..300 {
            let cur: Vec<i32> = (0..cap).map(|_| rnd(1 << 20)).collect();
            let ts: Vec<Vec<i32>> = (0..4)
                .map(|_| (0..l4).map(|_| rnd(1000)).collect())
                .collect();
            let ts = [&ts[0][..], &ts[1], &ts[2], &ts[3]];
            let row: Vec<i32> = (0..ww).map(|_| rnd(1000)).collect();
            let mut e: Vec<i32> = (0..cap).map(|_| rnd(1000)).collect();
            let p = round % cap;
            let edge = [lo - 1, lo, hi, hi + 1][round / 7 % 4];
            match round % 3 {
                0 => e[p] = edge.wrapping_sub(cur[0]).wrapping_sub(row[p % ww]),
                1 => e[p] = edge,
                _ => {}
            }
            let cx: Vec<i32> = (0..cap)
                .map(|_| if round % 4 == 0 { off } else { rnd(50) })
                .collect();
            let t1 = [i32::MIN, i32::MAX, 0, 2_000_000, 1 << 20][round % 5];
            let from = (1 + labels) / 4 * 4;
            let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
            let a = wide_plain_probe(cur[0], &row, &e, &mut n1, from, (&cx, (lo, hi), t1));
            let b = wide_plain_probe_portable(cur[0], &row, &e, &mut n2, from, (&cx, (lo, hi), t1));
            assert_eq!((a, &n1), (b, &n2), "labels {labels}, round {round}");
            held[0] += a as usize;
            let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
            let pr = (&cx[..l4], (lo, hi), t1);
            let a = pair_plain_probe(labels, &cur, ts, &e, &mut n1, &mut b1, pr);
            let b = pair_plain_probe_portable(labels, &cur, ts, &e, &mut n2, &mut b2, pr);
            assert_eq!(
                (a, &n1, &b1),
                (b, &n2, &b2),
                "labels {labels}, round {round}"
            );
            held[1] += a as usize;
        }
    }
    assert!(held.iter().all(|&h| h > 100 && h < 1100), "{held:?}");
}
