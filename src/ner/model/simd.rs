//! The model's hot loops over tag vectors: dense row adds and the Viterbi max over predecessors.
//!
//! Every kernel has a portable version (plain loops over fixed-size chunks, which LLVM
//! autovectorizes for SSE2 on x86_64) and, when the crate is built for wasm with `simd128`
//! (`.cargo/config.toml`), an explicit `core::arch::wasm32` version: LLVM does not vectorize the
//! compare-and-select of [`max_plus`] for wasm on its own. Both compute exactly the same integers
//! (wrapping adds, strict `>` so the first best predecessor wins); the tests below check the
//! portable versions against naive loops, and `tests/wasm.rs` runs the same checks in wasm.
//!
//! Lengths are multiples of [`LANES`] (callers pad their tag vectors; see `Model::ntp`).

/// Vectors are processed in chunks of this many `i32`s (two 128-bit vectors).
pub const LANES: usize = 8;

/// `n` rounded up to a multiple of [`LANES`].
#[inline]
pub fn padded(n: usize) -> usize {
    n.div_ceil(LANES) * LANES
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod wasm {
    use core::arch::wasm32::*;

    /// Loads 4 `i32`s from `s[i..i + 4]`.
    #[inline(always)]
    pub fn ld(s: &[i32], i: usize) -> v128 {
        let c = &s[i..i + 4];
        // SAFETY: `c` is 4 valid, initialized i32s (16 bytes, bounds-checked above);
        // v128_load has no alignment requirement.
        unsafe { v128_load(c.as_ptr() as *const v128) }
    }
    /// Stores 4 `i32`s to `s[i..i + 4]`.
    #[inline(always)]
    pub fn st(s: &mut [i32], i: usize, v: v128) {
        let c = &mut s[i..i + 4];
        // SAFETY: `c` is 16 writable bytes (bounds-checked above); no alignment requirement.
        unsafe { v128_store(c.as_mut_ptr() as *mut v128, v) }
    }
}

/// `dst[j] += src[j]` (widened) for every `j`; `dst.len() == src.len()`, a multiple of [`LANES`].
#[inline]
pub fn add_i16(dst: &mut [i32], src: &[i16]) {
    debug_assert!(dst.len() == src.len() && dst.len().is_multiple_of(LANES));
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let n = dst.len().min(src.len()) / LANES * LANES;
        let (s, d) = (src.as_ptr(), dst.as_mut_ptr());
        for j in (0..n).step_by(LANES) {
            // SAFETY: `j + LANES <= n`, within both slices (one check up front, as in `sum6`).
            unsafe {
                let v = v128_load(s.add(j) as *const v128);
                let (d0, d1) = (d.add(j) as *mut v128, d.add(j + 4) as *mut v128);
                v128_store(d0, i32x4_add(v128_load(d0), i32x4_extend_low_i16x8(v)));
                v128_store(d1, i32x4_add(v128_load(d1), i32x4_extend_high_i16x8(v)));
            }
        }
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    add_i16_portable(dst, src);
}

#[allow(dead_code)]
#[inline]
fn add_i16_portable(dst: &mut [i32], src: &[i16]) {
    for (d, s) in dst.chunks_exact_mut(LANES).zip(src.chunks_exact(LANES)) {
        for k in 0..LANES {
            d[k] = d[k].wrapping_add(s[k] as i32);
        }
    }
}

/// `dst[j] = v[0][j] + ... + v[5][j]` (wrapping) for every `j`; equal lengths, a multiple of
/// 4 (the decoder reads a row's first [`super::blocked::Blocked::row_len`] scores
/// rounded up to 4, fewer than its [`LANES`]-padded length). The six cached sums of a token's
/// emissions are added in one pass and stored, so the emission row is neither cleared first nor
/// read back and written three times.
#[inline]
pub fn sum6(dst: &mut [i32], v: [&[i32]; 6]) {
    debug_assert!(v.iter().all(|x| x.len() == dst.len()) && dst.len().is_multiple_of(4));
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        // One length check up front, not seven per vector (LLVM keeps every slice check of
        // the loop): once per token, 19 vectors of the emission row.
        let n = v.iter().fold(dst.len(), |n, x| n.min(x.len())) / 4 * 4;
        let p = v.map(<[i32]>::as_ptr);
        let d = dst.as_mut_ptr();
        for j in (0..n).step_by(4) {
            // SAFETY: `j + 4 <= n`, and every slice has at least `n` elements; unaligned
            // loads and stores are allowed.
            unsafe {
                let ld = |k: usize| v128_load(p[k].add(j) as *const v128);
                let a = i32x4_add(ld(0), ld(1));
                let b = i32x4_add(ld(2), ld(3));
                let c = i32x4_add(ld(4), ld(5));
                v128_store(d.add(j) as *mut v128, i32x4_add(i32x4_add(a, b), c));
            }
        }
    }
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::*;
        // As the wasm loop (plain loops over chunks of 4 kept a slice computation per chunk;
        // two vectors a turn and a third for an odd count: more instructions around it).
        let n = v.iter().fold(dst.len(), |n, x| n.min(x.len())) / 4 * 4;
        let p = v.map(<[i32]>::as_ptr);
        let d = dst.as_mut_ptr();
        for j in (0..n).step_by(4) {
            // SAFETY: `j + 4 <= n`, and every slice has at least `n` elements; SSE2 is part
            // of x86_64, and `loadu` / `storeu` have no alignment requirement.
            unsafe {
                let ld = |k: usize| _mm_loadu_si128(p[k].add(j) as *const __m128i);
                let a = _mm_add_epi32(ld(0), ld(1));
                let b = _mm_add_epi32(ld(2), ld(3));
                let c = _mm_add_epi32(ld(4), ld(5));
                _mm_storeu_si128(
                    d.add(j) as *mut __m128i,
                    _mm_add_epi32(_mm_add_epi32(a, b), c),
                );
            }
        }
    }
    #[cfg(not(any(
        all(target_arch = "wasm32", target_feature = "simd128"),
        target_arch = "x86_64"
    )))]
    sum6_portable(dst, v);
}

#[allow(dead_code)]
#[inline]
fn sum6_portable(dst: &mut [i32], v: [&[i32]; 6]) {
    // Chunks of 4 (one SSE2 vector each).
    const W: usize = 4;
    let n = v.iter().fold(dst.len(), |n, x| n.min(x.len())) / W * W;
    let [a, b, c, d, e, f] = v.map(|x| &x[..n]);
    for (j, o) in dst[..n].chunks_exact_mut(W).enumerate() {
        let r = j * W..(j + 1) * W;
        let (a, b, c, d, e, f) = (
            &a[r.clone()],
            &b[r.clone()],
            &c[r.clone()],
            &d[r.clone()],
            &e[r.clone()],
            &f[r],
        );
        for k in 0..W {
            o[k] = a[k]
                .wrapping_add(b[k])
                .wrapping_add(c[k].wrapping_add(d[k]))
                .wrapping_add(e[k].wrapping_add(f[k]));
        }
    }
}

/// Max-plus over predecessors for a block of target tags: for each column `j < best.len()`,
/// `best[j] = max(init, max over p in prevs of cur[p] + tr[p * w + j])` and `arg[j]` the first `p`
/// reaching it with a strict `>` (`arg[j] = 0` if none beats `init`). `tr` holds one row of `w`
/// transition weights per previous tag; `best.len() == arg.len() == w`, a multiple of [`LANES`].
#[inline]
pub fn max_plus(
    cur: &[i32],
    prevs: &[u16],
    tr: &[i32],
    w: usize,
    init: i32,
    best: &mut [i32],
    arg: &mut [i32],
) {
    debug_assert!(best.len() == w && arg.len() == w && w.is_multiple_of(LANES));
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let w = w.min(best.len()).min(arg.len()) / LANES * LANES;
        for j in (0..w).step_by(LANES) {
            let (mut b0, mut b1) = (i32x4_splat(init), i32x4_splat(init));
            let (mut a0, mut a1) = (i32x4_splat(0), i32x4_splat(0));
            for &p in prevs {
                let p = p as usize;
                let c = i32x4_splat(cur[p]);
                let pv = i32x4_splat(p as i32);
                let v0 = i32x4_add(c, wasm::ld(tr, p * w + j));
                let v1 = i32x4_add(c, wasm::ld(tr, p * w + j + 4));
                let m0 = i32x4_gt(v0, b0);
                let m1 = i32x4_gt(v1, b1);
                b0 = v128_bitselect(v0, b0, m0);
                b1 = v128_bitselect(v1, b1, m1);
                a0 = v128_bitselect(pv, a0, m0);
                a1 = v128_bitselect(pv, a1, m1);
            }
            wasm::st(best, j, b0);
            wasm::st(best, j + 4, b1);
            wasm::st(arg, j, a0);
            wasm::st(arg, j + 4, a1);
        }
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    max_plus_portable(cur, prevs, tr, w, init, best, arg);
}

#[allow(dead_code)]
#[inline]
fn max_plus_portable(
    cur: &[i32],
    prevs: &[u16],
    tr: &[i32],
    w: usize,
    init: i32,
    best: &mut [i32],
    arg: &mut [i32],
) {
    for ((j, b), a) in (0..w)
        .step_by(LANES)
        .zip(best.chunks_exact_mut(LANES))
        .zip(arg.chunks_exact_mut(LANES))
    {
        let mut bb = [init; LANES];
        let mut aa = [0i32; LANES];
        for &p in prevs {
            let p = p as usize;
            let c = cur[p];
            let row: &[i32; LANES] = tr[p * w + j..p * w + j + LANES].try_into().unwrap();
            for k in 0..LANES {
                let v = c.wrapping_add(row[k]);
                let gt = v > bb[k];
                bb[k] = if gt { v } else { bb[k] };
                aa[k] = if gt { p as i32 } else { aa[k] };
            }
        }
        b.copy_from_slice(&bb);
        a.copy_from_slice(&aa);
    }
}

/// Unreachable score in the Viterbi vectors (low enough that adding weights never wraps it
/// around): one value for [`bilou_step`] and the Viterbi loop around it.
pub const NEG: i32 = i32::MIN / 4;

/// One Viterbi step for the entity tags of a BILOU scheme with `labels` labels, tags in file
/// order (`1 + 4 * label + part`, parts B, I, L, U), so one label's four tags are four adjacent
/// lanes. B-X and U-X take the max over the closed tags that [`max_plus`] left in `wbest` /
/// `warg` (the wide tags in file order: O, then B-X, U-X per label; read 4 at a time from each
/// B-X on, so at least `2 * labels + 3` long); I-X and L-X the better of
/// B-X and I-X (`ntr`: per label the transitions B→I, I→I, B→L, I→L), the first on ties and
/// only from reachable (not `NEG`) tags. Writes the new scores (`best + e`, or `NEG`) to `next`
/// and the best predecessors to `back`; returns the max of `top` and the new scores, and the max
/// of the new closed entity scores (L-X, U-X; `NEG` if none), which the next step's bound on its
/// predecessors needs. Same integers as the scalar loop it replaces.
#[allow(clippy::too_many_arguments)]
#[inline]
pub fn bilou_step(
    labels: usize,
    cur: &[i32],
    wbest: &[i32],
    warg: &[i32],
    ntr: &[i32],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
    top: i32,
) -> (i32, i32) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let negv = i32x4_splat(NEG);
        let zero = i32x4_splat(0);
        // The I and L lanes; the L and U lanes (the closed tags).
        let mid = i32x4(0, -1, -1, 0);
        let lu = i32x4(0, 0, -1, -1);
        let mut topv = i32x4_splat(top);
        let mut closedv = negv;
        for x in 0..labels {
            let b = 1 + 4 * x;
            let w = wasm::ld(wbest, 1 + 2 * x);
            let wa = wasm::ld(warg, 1 + 2 * x);
            let mut best = i32x4_shuffle::<0, 4, 4, 1>(w, negv);
            let mut arg = i32x4_shuffle::<0, 4, 4, 1>(wa, zero);
            let c = wasm::ld(cur, b);
            let q = wasm::ld(ntr, 4 * x);
            let cb = i32x4_shuffle::<0, 0, 0, 0>(c, c);
            let ci = i32x4_shuffle::<1, 1, 1, 1>(c, c);
            let vb = i32x4_add(cb, i32x4_shuffle::<4, 0, 2, 4>(q, zero));
            let ok = v128_and(v128_andnot(mid, i32x4_eq(cb, negv)), i32x4_gt(vb, best));
            best = v128_bitselect(vb, best, ok);
            arg = v128_bitselect(i32x4_splat(b as i32), arg, ok);
            let vi = i32x4_add(ci, i32x4_shuffle::<4, 1, 3, 4>(q, zero));
            let ok = v128_and(v128_andnot(mid, i32x4_eq(ci, negv)), i32x4_gt(vi, best));
            best = v128_bitselect(vi, best, ok);
            arg = v128_bitselect(i32x4_splat(b as i32 + 1), arg, ok);
            let nv = v128_bitselect(negv, i32x4_add(best, wasm::ld(e, b)), i32x4_eq(best, negv));
            wasm::st(next, b, nv);
            topv = i32x4_max(topv, nv);
            closedv = i32x4_max(closedv, v128_bitselect(nv, negv, lu));
            // The four back pointers (tags, below 256) as bytes, in one 32-bit store.
            let a16 = i16x8_narrow_i32x4(arg, arg);
            let a8 = u8x16_narrow_i16x8(a16, a16);
            let four = i32x4_extract_lane::<0>(a8) as u32;
            back[b..b + 4].copy_from_slice(&four.to_le_bytes());
        }
        let t = i32x4_max(topv, i32x4_shuffle::<2, 3, 0, 1>(topv, topv));
        let t = i32x4_max(t, i32x4_shuffle::<1, 0, 3, 2>(t, t));
        let c = i32x4_max(closedv, i32x4_shuffle::<2, 3, 0, 1>(closedv, closedv));
        let c = i32x4_max(c, i32x4_shuffle::<1, 0, 3, 2>(c, c));
        (i32x4_extract_lane::<0>(t), i32x4_extract_lane::<0>(c))
    }
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE2 is part of the x86_64 baseline: every x86_64 CPU has it.
    unsafe {
        bilou_step_sse2(labels, cur, wbest, warg, ntr, e, next, back, top)
    }
    #[cfg(not(any(
        all(target_arch = "wasm32", target_feature = "simd128"),
        target_arch = "x86_64"
    )))]
    bilou_step_portable(labels, cur, wbest, warg, ntr, e, next, back, top)
}

/// [`bilou_step`] with SSE2 (every x86_64 CPU has it): the native builds' version, lane for lane
/// the simd128 one. The portable loops' compare-and-branch per lane were a quarter of the
/// native instructions of an analysis.
#[cfg(target_arch = "x86_64")]
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "sse2")]
fn bilou_step_sse2(
    labels: usize,
    cur: &[i32],
    wbest: &[i32],
    warg: &[i32],
    ntr: &[i32],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
    top: i32,
) -> (i32, i32) {
    use core::arch::x86_64::*;
    // `a` where `m` is set, else `b`.
    let select = |a: __m128i, b: __m128i, m: __m128i| {
        _mm_or_si128(_mm_and_si128(m, a), _mm_andnot_si128(m, b))
    };
    let ld = |s: &[i32], i: usize| {
        let c = &s[i..i + 4];
        // SAFETY: `c` is 4 valid, initialized i32s (bounds-checked above); unaligned load.
        unsafe { _mm_loadu_si128(c.as_ptr() as *const __m128i) }
    };
    let negv = _mm_set1_epi32(NEG);
    // The I and L lanes; the L and U lanes (the closed tags).
    let mid = _mm_setr_epi32(0, -1, -1, 0);
    let lu = _mm_setr_epi32(0, 0, -1, -1);
    let mut topv = _mm_set1_epi32(top);
    let mut closedv = negv;
    for x in 0..labels {
        let b = 1 + 4 * x;
        // B-X and U-X from the wide tags' max (lanes 0 and 3), I-X and L-X from B-X and I-X.
        let w = _mm_shuffle_epi32::<0x40>(ld(wbest, 1 + 2 * x));
        let wa = _mm_shuffle_epi32::<0x40>(ld(warg, 1 + 2 * x));
        let mut best = select(negv, w, mid);
        let mut arg = _mm_andnot_si128(mid, wa);
        let c = ld(cur, b);
        let q = ld(ntr, 4 * x);
        for (cp, w, p) in [
            // From B-X: B→I, B→L in the I and L lanes.
            (
                _mm_shuffle_epi32::<0x00>(c),
                _mm_and_si128(mid, _mm_shuffle_epi32::<0x20>(q)),
                b,
            ),
            // From I-X: I→I, I→L.
            (
                _mm_shuffle_epi32::<0x55>(c),
                _mm_and_si128(mid, _mm_shuffle_epi32::<0x75>(q)),
                b + 1,
            ),
        ] {
            let v = _mm_add_epi32(cp, w);
            let ok = _mm_and_si128(
                _mm_andnot_si128(_mm_cmpeq_epi32(cp, negv), mid),
                _mm_cmpgt_epi32(v, best),
            );
            best = select(v, best, ok);
            arg = select(_mm_set1_epi32(p as i32), arg, ok);
        }
        let nv = select(
            negv,
            _mm_add_epi32(best, ld(e, b)),
            _mm_cmpeq_epi32(best, negv),
        );
        let out = &mut next[b..b + 4];
        // SAFETY: `out` is 4 writable i32s (bounds-checked above); unaligned store.
        unsafe { _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, nv) };
        topv = select(topv, nv, _mm_cmpgt_epi32(topv, nv));
        let cl = select(nv, negv, lu);
        closedv = select(closedv, cl, _mm_cmpgt_epi32(closedv, cl));
        // The four back pointers (tags, below 256) as bytes, in one 32-bit store.
        let a16 = _mm_packs_epi32(arg, arg);
        let four = _mm_cvtsi128_si32(_mm_packus_epi16(a16, a16)) as u32;
        back[b..b + 4].copy_from_slice(&four.to_le_bytes());
    }
    let mut t = [0i32; 4];
    // SAFETY: `t` is 16 writable bytes; unaligned store.
    unsafe { _mm_storeu_si128(t.as_mut_ptr() as *mut __m128i, topv) };
    let mut c = [0i32; 4];
    // SAFETY: `c` is 16 writable bytes; unaligned store.
    unsafe { _mm_storeu_si128(c.as_mut_ptr() as *mut __m128i, closedv) };
    (
        t.into_iter().fold(top, i32::max),
        c.into_iter().fold(NEG, i32::max),
    )
}

/// [`bilou_step`] in plain loops: the version used without simd128, and the reference the wasm
/// tests compare the simd128 version with.
#[allow(clippy::too_many_arguments)]
#[inline]
pub fn bilou_step_portable(
    labels: usize,
    cur: &[i32],
    wbest: &[i32],
    warg: &[i32],
    ntr: &[i32],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
    mut top: i32,
) -> (i32, i32) {
    let mut closed = NEG;
    for x in 0..labels {
        let b = 1 + 4 * x;
        let mut best = [wbest[1 + 2 * x], NEG, NEG, wbest[2 + 2 * x]];
        let mut arg = [warg[1 + 2 * x], 0, 0, warg[2 + 2 * x]];
        for (k, lane) in [(0, 1), (2, 2)] {
            for (p, w) in [(b, ntr[4 * x + k]), (b + 1, ntr[4 * x + k + 1])] {
                let c = cur[p];
                let v = c.wrapping_add(w);
                if c != NEG && v > best[lane] {
                    best[lane] = v;
                    arg[lane] = p as i32;
                }
            }
        }
        for k in 0..4 {
            let v = if best[k] == NEG {
                NEG
            } else {
                best[k].wrapping_add(e[b + k])
            };
            next[b + k] = v;
            back[b + k] = arg[k] as u8;
            top = top.max(v);
            if k >= 2 {
                closed = closed.max(v);
            }
        }
    }
    (top, closed)
}

/// A xorshift step of `seed`, mapped to `-m..m`: the model's tests' inputs, the same from run
/// to run.
#[cfg(test)]
pub(crate) fn rnd(seed: &mut u64, m: i64) -> i32 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    ((*seed % (2 * m as u64)) as i64 - m) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_rounds_up() {
        assert_eq!(padded(73), 80);
        assert_eq!(padded(80), 80);
        assert_eq!(padded(1), 8);
    }

    #[test]
    fn kernels_match_naive_loops() {
        let mut s = 99u64;
        for n in [8usize, 40, 80] {
            let src: Vec<i16> = (0..n).map(|_| rnd(&mut s, 30000) as i16).collect();
            let a: Vec<i32> = (0..n).map(|_| rnd(&mut s, 1 << 20)).collect();
            let b: Vec<i32> = (0..n).map(|_| rnd(&mut s, 1 << 20)).collect();
            let mut x = a.clone();
            add_i16(&mut x, &src);
            let mut y = a.clone();
            add_i16_portable(&mut y, &src);
            let z: Vec<i32> = a.iter().zip(&src).map(|(&p, &q)| p + q as i32).collect();
            assert_eq!(x, z);
            assert_eq!(y, z);
            let w: Vec<i32> = src.iter().map(|&v| v as i32).collect();
            let c: Vec<i32> = (0..n).map(|_| rnd(&mut s, 1 << 20)).collect();
            let d: Vec<i32> = (0..n).map(|_| rnd(&mut s, 1 << 20)).collect();
            let six = [&a[..], &b[..], &w[..], &c[..], &d[..], &a[..]];
            let mut x = vec![7; n];
            sum6(&mut x, six);
            let mut y = vec![-7; n];
            sum6_portable(&mut y, six);
            let z: Vec<i32> = (0..n)
                .map(|j| a[j] + b[j] + src[j] as i32 + c[j] + d[j] + a[j])
                .collect();
            assert_eq!(x, z);
            assert_eq!(y, z);
        }
    }

    #[test]
    fn sum6_matches_the_plain_loop_on_multiples_of_four() {
        let mut s = 5u64;
        for n in [4usize, 12, 72, 76, 80] {
            let v: Vec<Vec<i32>> = (0..6)
                .map(|_| (0..n).map(|_| rnd(&mut s, i32::MAX as i64)).collect())
                .collect();
            let six = [&v[0][..], &v[1], &v[2], &v[3], &v[4], &v[5]];
            let z: Vec<i32> = (0..n)
                .map(|j| six.iter().fold(0i32, |a, x| a.wrapping_add(x[j])))
                .collect();
            // Only the first `n` of a longer row are written.
            let mut x = vec![7; n + 4];
            sum6(&mut x[..n], six);
            let mut y = vec![-7; n + 4];
            sum6_portable(&mut y[..n], six);
            assert_eq!(x[..n], z);
            assert_eq!(y[..n], z);
            assert_eq!(x[n..], [7; 4]);
            assert_eq!(y[n..], [-7; 4]);
        }
    }

    #[test]
    fn bilou_step_matches_its_portable_version_with_ties() {
        let mut s = 11u64;
        for (labels, m) in [(18usize, 3i64), (18, 1000), (3, 2)] {
            let nt = 1 + 4 * labels;
            for round in 0..50 {
                // Some unreachable tags, in every lane position.
                let cur: Vec<i32> = (0..nt + 1)
                    .map(|j| {
                        if (j + round) % 5 == 0 {
                            NEG
                        } else {
                            rnd(&mut s, m)
                        }
                    })
                    .collect();
                let wbest: Vec<i32> = (0..padded(1 + 2 * labels) + 4)
                    .map(|j| {
                        if (j + round) % 7 == 0 {
                            NEG
                        } else {
                            rnd(&mut s, m)
                        }
                    })
                    .collect();
                let warg: Vec<i32> = (0..wbest.len()).map(|_| rnd(&mut s, 100) + 100).collect();
                let ntr: Vec<i32> = (0..4 * labels).map(|_| rnd(&mut s, m)).collect();
                let e: Vec<i32> = (0..nt).map(|_| rnd(&mut s, m)).collect();
                let (mut n1, mut n2) = (vec![7; nt + 1], vec![7; nt + 1]);
                let (mut b1, mut b2) = (vec![9u8; nt], vec![9u8; nt]);
                let t1 = bilou_step(labels, &cur, &wbest, &warg, &ntr, &e, &mut n1, &mut b1, NEG);
                let t2 = bilou_step_portable(
                    labels, &cur, &wbest, &warg, &ntr, &e, &mut n2, &mut b2, NEG,
                );
                assert_eq!((t1, &n1, &b1), (t2, &n2, &b2));
                assert_eq!(t1.0, *n1[1..nt].iter().max().unwrap());
                let closed = (0..labels).flat_map(|x| [n1[3 + 4 * x], n1[4 + 4 * x]]);
                assert_eq!(t1.1, closed.max().unwrap());
            }
        }
    }

    #[test]
    fn max_plus_matches_a_naive_loop_with_ties() {
        let mut s = 7u64;
        for (np, w, m) in [
            (10usize, 8usize, 5i64),
            (73, 40, 1000),
            (73, 80, 3),
            (3, 16, 100000),
        ] {
            let cur: Vec<i32> = (0..np).map(|_| rnd(&mut s, m)).collect();
            let tr: Vec<i32> = (0..np * w).map(|_| rnd(&mut s, m)).collect();
            let prevs: Vec<u16> = (0..np as u16).filter(|p| p % 3 != 1).collect();
            for init in [i32::MIN / 4, 0] {
                let (mut b1, mut a1) = (vec![0; w], vec![0; w]);
                let (mut b2, mut a2) = (vec![0; w], vec![0; w]);
                max_plus(&cur, &prevs, &tr, w, init, &mut b1, &mut a1);
                max_plus_portable(&cur, &prevs, &tr, w, init, &mut b2, &mut a2);
                for j in 0..w {
                    let (mut b, mut a) = (init, 0);
                    for &p in &prevs {
                        let v = cur[p as usize] + tr[p as usize * w + j];
                        if v > b {
                            b = v;
                            a = p as i32;
                        }
                    }
                    assert_eq!((b1[j], a1[j]), (b, a), "column {j}");
                    assert_eq!((b2[j], a2[j]), (b, a), "column {j}");
                }
            }
        }
    }
}
