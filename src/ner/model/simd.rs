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
    /// Loads 8 `i16`s from `s[i..i + 8]`.
    #[inline(always)]
    pub fn ld16(s: &[i16], i: usize) -> v128 {
        let c = &s[i..i + 8];
        // SAFETY: as in `ld`: 16 valid bytes, no alignment requirement.
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
        for j in (0..n).step_by(LANES) {
            let s = wasm::ld16(src, j);
            let lo = i32x4_add(wasm::ld(dst, j), i32x4_extend_low_i16x8(s));
            let hi = i32x4_add(wasm::ld(dst, j + 4), i32x4_extend_high_i16x8(s));
            wasm::st(dst, j, lo);
            wasm::st(dst, j + 4, hi);
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

/// `dst[j] += a[j] + b[j]` for every `j`; equal lengths, a multiple of [`LANES`].
#[inline]
pub fn add2(dst: &mut [i32], a: &[i32], b: &[i32]) {
    debug_assert!(dst.len() == a.len() && dst.len() == b.len() && dst.len().is_multiple_of(LANES));
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let n = dst.len().min(a.len()).min(b.len()) / 4 * 4;
        for j in (0..n).step_by(4) {
            let v = i32x4_add(wasm::ld(dst, j), i32x4_add(wasm::ld(a, j), wasm::ld(b, j)));
            wasm::st(dst, j, v);
        }
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    add2_portable(dst, a, b);
}

#[allow(dead_code)]
#[inline]
fn add2_portable(dst: &mut [i32], a: &[i32], b: &[i32]) {
    for ((d, x), y) in dst
        .chunks_exact_mut(LANES)
        .zip(a.chunks_exact(LANES))
        .zip(b.chunks_exact(LANES))
    {
        for k in 0..LANES {
            d[k] = d[k].wrapping_add(x[k].wrapping_add(y[k]));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rnd(seed: &mut u64, m: i64) -> i32 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        ((*seed % (2 * m as u64)) as i64 - m) as i32
    }

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
            let mut x = b.clone();
            add2(
                &mut x,
                &a,
                &src.iter().map(|&v| v as i32).collect::<Vec<_>>(),
            );
            let mut y = b.clone();
            add2_portable(
                &mut y,
                &a,
                &src.iter().map(|&v| v as i32).collect::<Vec<_>>(),
            );
            let z: Vec<i32> = (0..n).map(|j| b[j] + a[j] + src[j] as i32).collect();
            assert_eq!(x, z);
            assert_eq!(y, z);
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
