//! Viterbi for BILOU models with the tags in part-major order: O, every B-X, every U-X, every
//! I-X, every L-X (`Model` stores its weights in this order when it decodes this way).
//!
//! In file order (`1 + 4 * label + part`) one label's B, I, L, U are four adjacent lanes, so the
//! step ([`super::simd::bilou_step`]) shuffles each label's lanes into place: about thirty
//! vector operations per label and step, eighteen labels, plus a gather of the wide tags'
//! results and a scalar search for the bound's tag. In part-major order the same step is a few
//! vector operations per four labels: the wide tags (O, B, U) are one contiguous stretch, the
//! max-plus output itself; each I-X and L-X is the better of B-X and I-X, the same lane of two
//! contiguous blocks. Same integers and the same ties as [`super::Trellis::viterbi_strided`]:
//! predecessors are tried in file order (the live list is built in it), the first best wins,
//! and the final tag is chosen in file order.

use super::simd::{self, NEG};
use super::{Scheme, RENORM};

/// The transition bound of a tag that is not closed (cannot precede a wide tag): low enough
/// that no score plus it reaches any reachable score's bound, high enough not to wrap.
const OFF: i32 = -(1 << 30);

/// Part-major BILOU decoding tables for `labels` labels (see the module doc).
pub struct Blocked {
    labels: usize,
    nt: usize,
    /// Labels rounded up to whole vectors of four.
    l4: usize,
    /// Length of the score vectors and the back-pointer rows: `nt`, padded, plus the lanes
    /// the last vector of a block writes past the end.
    cap: usize,
    /// Internal id of each file tag, and the file tag of each internal id.
    pub perm: Vec<u8>,
    pub inv: Vec<u8>,
    /// Width of the wide block (O, B, U), padded for [`simd::max_plus`].
    ww: usize,
    /// Per internal tag, the transitions into the wide tags (`ww` each, padding zero).
    trw: Vec<i32>,
    /// Per label (`l4`, padding zero): B→I, I→I, B→L, I→L.
    tbi: Vec<i32>,
    tii: Vec<i32>,
    tbl: Vec<i32>,
    til: Vec<i32>,
    /// Per internal tag (`cap`): the largest and smallest transition into a wide tag for the
    /// closed tags (O, L-X, U-X), [`OFF`] for the others.
    cmax: Vec<i32>,
    cmin: Vec<i32>,
    /// Per internal tag, the lowest and highest score a predecessor with that tag may have for
    /// [`wide_plain`] to give what [`wide_step`] gives: every `score + trw` of its row
    /// (padding included) above `NEG` and without overflow.
    plain: Vec<(i64, i64)>,
    /// The lowest and highest score every B-X and I-X lane (padding lanes included) must have
    /// for [`pair_plain`] to give what [`pair_blocks`] gives: none `NEG`, and every score plus
    /// any of the four per-label transitions above `NEG` and without overflow.
    pair_range: (i32, i32),
    /// The test of a steady step ([`Steady`]), `None` if this model's transitions are too
    /// large for its range argument.
    steady: Option<Steady>,
    /// Per internal tag: the start transition (0 if no sentence starts on it), and all
    /// ones where one does, else 0: a branch-free first step, which vectorizes (an
    /// `Option` per tag cost 10 instructions a tag, 2.4 M of `bench seeds`).
    start: Vec<i32>,
    start_ok: Vec<i32>,
    /// The file tag of each internal id (`inv`) as `u16`, 256 long: indexed by a `u8`
    /// back pointer without a bounds check.
    inv16: Box<[u16; 256]>,
    /// Where a sentence's first step may be a steady one ([`Blocked::steady_start`]): no
    /// sentence starts on an I-X or L-X tag, and this is the lowest score a B-X lane may
    /// have (less one) for B-X to beat an I-X of score [`Steady::LO`] into every I-X and
    /// L-X lane; `None` where the model has no [`Steady`] test or this is not an `i32`.
    first: Option<i32>,
}

/// Scratch space of [`Blocked::viterbi`], kept between calls.
#[derive(Default)]
pub struct Scratch {
    live: Vec<u16>,
    back: Vec<u8>,
    delta: Vec<i32>,
}

/// The internal id of each file tag in part-major order, for a BILOU scheme with `nt` tags;
/// `None` for any other scheme or shape (those keep file order).
pub fn tag_order(scheme: Scheme, nt: usize) -> Option<Vec<u8>> {
    let labels = nt.checked_sub(1)? / 4;
    if scheme != Scheme::Bilou || labels == 0 || nt != 1 + 4 * labels || nt > 256 {
        return None;
    }
    Some((0..nt).map(|f| internal(f, labels) as u8).collect())
}

impl Blocked {
    /// Tables for a BILOU model with `nt` tags and transitions `tr` (file order, `(nt + 1) *
    /// nt`: row `nt` for the sentence start); `None` exactly where [`tag_order`] is, or if `tr`
    /// has another length.
    pub fn new(scheme: Scheme, nt: usize, tr: &[i32]) -> Option<Blocked> {
        let perm = tag_order(scheme, nt)?;
        if tr.len() != (nt + 1) * nt {
            return None;
        }
        let labels = (nt - 1) / 4;
        let mut inv = vec![0u8; nt];
        for (f, &t) in perm.iter().enumerate() {
            inv[t as usize] = f as u8;
        }
        let l4 = labels.div_ceil(4) * 4;
        let cap = simd::padded(nt) + 8;
        let nw = 1 + 2 * labels;
        let ww = simd::padded(nw);
        let file = |t: usize| inv[t] as usize;
        let mut trw = vec![0; nt * ww];
        for p in 0..nt {
            for j in 0..nw {
                trw[p * ww + j] = tr[file(p) * nt + file(j)];
            }
        }
        let per_label = |from: usize, to: usize| -> Vec<i32> {
            let mut v: Vec<i32> = (0..labels)
                .map(|x| tr[(1 + 4 * x + from) * nt + 1 + 4 * x + to])
                .collect();
            v.resize(l4, 0);
            v
        };
        let (mut cmax, mut cmin) = (vec![OFF; cap], vec![OFF; cap]);
        for p in 0..nt {
            if scheme.valid(file(p) as u16, 0) {
                let it = (0..nw).map(|j| tr[file(p) * nt + file(j)]);
                cmax[p] = it.clone().max().unwrap_or(0);
                cmin[p] = it.min().unwrap_or(0);
            }
        }
        let plain: Vec<(i64, i64)> = (0..nt)
            .map(|p| {
                let row = &trw[p * ww..(p + 1) * ww];
                let lo = row.iter().copied().min().unwrap_or(0) as i64;
                let hi = row.iter().copied().max().unwrap_or(0) as i64;
                (NEG as i64 + 1 - lo, i32::MAX as i64 - hi)
            })
            .collect();
        let tl = [
            per_label(0, 1),
            per_label(1, 1),
            per_label(0, 2),
            per_label(1, 2),
        ];
        let tmin = tl.iter().flatten().copied().min().unwrap_or(0) as i64;
        let tmax = tl.iter().flatten().copied().max().unwrap_or(0) as i64;
        let lo = (NEG as i64 + 1).max(NEG as i64 + 1 - tmin);
        let hi = (i32::MAX as i64).min(i32::MAX as i64 - tmax);
        // An empty range (`lo > hi`) when no score qualifies.
        let pair_range = match (i32::try_from(lo), i32::try_from(hi)) {
            (Ok(lo), Ok(hi)) => (lo, hi),
            _ => (0, -1),
        };
        let steady = Steady::new(labels, &cmax, &cmin, plain[0], pair_range, &tl);
        let start: Vec<Option<i32>> = (0..nt)
            .map(|t| {
                scheme
                    .valid(0, file(t) as u16)
                    .then(|| tr[nt * nt + file(t)])
            })
            .collect();
        let start_ok: Vec<i32> = start.iter().map(|s| -(s.is_some() as i32)).collect();
        let start = start.iter().map(|s| s.unwrap_or(0)).collect();
        let dmax = (0..labels)
            .map(|x| (tl[1][x] as i64 - tl[0][x] as i64).max(tl[3][x] as i64 - tl[2][x] as i64))
            .max()
            .unwrap_or(0);
        let first = match &steady {
            Some(_) if start_ok[1 + 2 * labels..].iter().all(|&ok| ok == 0) => {
                i32::try_from(Steady::LO as i64 + dmax).ok()
            }
            _ => None,
        };
        // The file tags a sentence may end on, as internal ids, in file order: O, then each
        // label's L-X and U-X, which [`Blocked::best_end`] relies on.
        let ends: Vec<u8> = (0..nt)
            .filter(|&f| scheme.can_end(f as u16))
            .map(|f| perm[f])
            .collect();
        let order = (0..labels).flat_map(|x| [1 + 3 * labels + x, 1 + labels + x]);
        assert!(ends
            .iter()
            .map(|&t| t as usize)
            .eq(std::iter::once(0).chain(order)));
        let mut inv16 = Box::new([0u16; 256]);
        for (t, &f) in inv.iter().enumerate() {
            inv16[t] = f as u16;
        }
        Some(Blocked {
            labels,
            nt,
            l4,
            cap,
            ww,
            trw,
            tbi: per_label(0, 1),
            tii: per_label(1, 1),
            tbl: per_label(0, 2),
            til: per_label(1, 2),
            cmax,
            cmin,
            plain,
            pair_range,
            steady,
            start,
            start_ok,
            inv16,
            first,
            perm,
            inv,
        })
    }

    /// Emission rows this decoder reads must have at least this many scores (`nt`, padded for
    /// the last vector of the L-X block).
    pub fn row_len(&self) -> usize {
        (1 + 3 * self.labels + self.l4).max(self.ww)
    }

    /// Best path (file tags into `out`) for emissions `em`: `out.len()` rows, `es >=`
    /// [`Blocked::row_len`] apart, each in internal tag order.
    pub fn viterbi(&self, em: &[i32], es: usize, sc: &mut Scratch, out: &mut [u16]) {
        self.decode::<false>(em, es, sc, out)
    }

    /// [`Blocked::viterbi`] with the runs of steady steps of [`Blocked::steady_run_portable`].
    #[cfg(test)]
    pub fn viterbi_portable(&self, em: &[i32], es: usize, sc: &mut Scratch, out: &mut [u16]) {
        self.decode::<true>(em, es, sc, out)
    }

    /// [`Blocked::viterbi`]; with `PORTABLE`, its runs of steady steps one
    /// [`Blocked::steady_step`] at a time (the vector kernels' reference, for tests). Not
    /// inlined into the large `Model::tag_within`, where it reloaded its values from the
    /// stack every step.
    #[inline(never)]
    fn decode<const PORTABLE: bool>(
        &self,
        em: &[i32],
        es: usize,
        sc: &mut Scratch,
        out: &mut [u16],
    ) {
        // The shipped model's label count: the kernels of the steps that are not steady (as
        // `steady_run`'s) with their bounds constants, their loops unrolled.
        match self.labels {
            18 => self.decode_with::<PORTABLE>(18, em, es, sc, out),
            labels => self.decode_with::<PORTABLE>(labels, em, es, sc, out),
        }
    }

    /// [`Blocked::decode`] for `labels` (`self.labels`) labels.
    #[inline(always)]
    fn decode_with<const PORTABLE: bool>(
        &self,
        labels: usize,
        em: &[i32],
        es: usize,
        sc: &mut Scratch,
        out: &mut [u16],
    ) {
        assert_eq!(labels, self.labels);
        let (nt, cap, ww) = (self.nt, self.cap, self.ww);
        let n = out.len();
        if n == 0 {
            return;
        }
        let rl = self.row_len();
        // Every row of `back` but the first is written in full (its first `nt`) before it is
        // read, and the first is never read.
        if sc.back.len() < n * cap {
            sc.back.resize(n * cap, 0);
        }
        sc.delta.clear();
        sc.delta.resize(2 * cap, NEG);
        let (cur, next) = sc.delta.split_at_mut(cap);
        let (mut cur, mut next) = (cur, next);
        for (((c, &e), &s), &ok) in cur[..nt]
            .iter_mut()
            .zip(&em[..nt])
            .zip(&self.start)
            .zip(&self.start_ok)
        {
            *c = (e.wrapping_add(s) & ok) | (NEG & !ok);
        }
        let ts = [&self.tbi[..], &self.tii, &self.tbl, &self.til];
        // Whether the step about to run is steady, where the step before found out while
        // writing its scores (a steady step's kernels test the next one: [`Steady`]'s doc,
        // "Folded"); `None`: not known, ask [`Steady::holds`].
        let mut known: Option<bool> = None;
        // What a run found out about the step it ended at where it was not steady and not
        // a step from one live predecessor ([`run_one_live`]): that step's [`closed_live`].
        let mut carried: Option<Closed> = None;
        if n >= 2 && self.steady_start(labels, cur) {
            known = Some(true);
        }
        let mut i = 1;
        while i < n {
            let e = &em[i * es..i * es + rl];
            let live = &mut sc.live;
            live.clear();
            // Mostly (all but a sentence's first steps and those near an entity) O alone is
            // live and every score is far from the ends of `i32`: one pass over the scores
            // says so ([`Steady`]), and then the bound is O's own.
            let steady = match known.take() {
                Some(k) => k,
                None => self
                    .steady
                    .as_ref()
                    .is_some_and(|s| s.holds_for(labels, cur)),
            };
            let thr = if steady {
                live.push(0);
                cur[0].wrapping_add(self.cmin[0])
            } else if let Some((thr, o, masks)) = carried.take() {
                if o {
                    live.push(0);
                }
                push_live(labels, masks, (1 + labels, 1 + 3 * labels), live);
                thr
            } else {
                closed_live(labels, cur, &self.cmax, &self.cmin, live)
            };
            // Keep scores small: only differences matter, and they are the same after
            // subtracting the same number from every reachable score. The bound is within a
            // step's weights of the best score (O is always reachable), so shifting by it
            // when it drifts far from zero (a long sentence) keeps every score far from `NEG`
            // and from overflow (see `RENORM` in `Trellis::viterbi_strided`).
            let shift = !(-RENORM..=RENORM).contains(&thr);
            if shift {
                for v in cur[..nt].iter_mut() {
                    *v = if *v > NEG { v.wrapping_sub(thr) } else { *v };
                }
            }
            let back = &mut sc.back[i * cap..(i + 1) * cap];
            // The wide tags first: their last vector writes past them, into the first I-X
            // lanes, which `pair_blocks` writes after it. Mostly one predecessor (O) is live,
            // and then mostly one whose row cannot reach `NEG`: no compares at all. And
            // mostly all B-X and I-X are reachable and far from the ends of `i32` (all but a
            // sentence's first steps): no `NEG` checks. A steady step is both ([`Steady`]),
            // and its kernels test whether the next step is steady too.
            // Mostly a steady step is followed by more: they run in a loop of their own
            // ([`Blocked::steady_run`]) up to the first that is not steady or is shifted.
            // Mostly (11,300 of the bench's 16,800 steps that are not steady) one closed tag
            // is live, with a plain row, and the B-X and I-X scores are in range: a step
            // from that tag's row with the steady step's kernels ([`Blocked::plain_step`]),
            // which also say whether the next step is steady; mostly it is, and the run of
            // steady steps goes on from there. Either way the run starts from predecessor
            // `p` (O for a steady step).
            // (`steady` holds only where `self.steady` is `Some`: from `Steady::holds`, from
            // `steady_start` or from a run.)
            debug_assert!(!steady || self.steady.is_some());
            let (from, one, unchecked) = if steady && !shift {
                (Some(0), None, true)
            } else {
                let one = match **live {
                    [p] if {
                        let (lo, hi) = self.plain[p as usize];
                        (lo..=hi).contains(&(cur[p as usize] as i64))
                    } =>
                    {
                        Some(p as usize)
                    }
                    _ => None,
                };
                let unchecked = pair_in_range(labels, cur, self.pair_range);
                (one.filter(|_| unchecked), one, unchecked)
            };
            if let (Some(p), Some(st)) = (from, &self.steady) {
                let run = Steps { em, es, i, n, p };
                let (j, k, c) = if PORTABLE {
                    self.steady_run_portable(st, &mut cur, &mut next, run, &mut sc.back)
                } else {
                    self.steady_run(st, &mut cur, &mut next, run, &mut sc.back)
                };
                (i, known, carried) = (j, Some(k), c);
                continue;
            }
            match one {
                Some(p) => {
                    wide_plain(cur[p], &self.trw[p * ww..(p + 1) * ww], e, next);
                    back[..ww].fill(p as u8);
                }
                None => wide_step(cur, live, &self.trw, ww, e, next, back),
            }
            if unchecked {
                pair_plain(labels, cur, ts, e, next, back);
            } else {
                pair_blocks(labels, cur, ts, e, next, back);
            }
            std::mem::swap(&mut cur, &mut next);
            i += 1;
        }
        self.backtrack(cur, &sc.back[..n * cap], out);
    }

    /// The best path's file tags into `out` (`n` long) from the last scores `cur` and the
    /// back pointers `back` (`n` rows of `cap`; row `i` gives the tag at `i - 1`, row 0 is
    /// never read). Not inlined: in `decode` its loop reloaded values from the stack.
    #[inline(never)]
    fn backtrack(&self, cur: &[i32], back: &[u8], out: &mut [u16]) {
        let (n, cap) = (out.len(), self.cap);
        let inv = &*self.inv16;
        let mut arg = self.best_end(cur);
        out[n - 1] = inv[arg as usize];
        for (i, o) in out[..n - 1].iter_mut().enumerate().rev() {
            arg = back[(i + 1) * cap + arg as usize];
            *o = inv[arg as usize];
        }
    }

    /// The tag a sentence ends on, from its last scores `cur`: the best of the tags it may
    /// end on (O, each L-X, each U-X), the first in file order (O, then each label's L-X
    /// and U-X) on ties; O where none is reachable (all `NEG`). The best score first (a
    /// fold that vectorizes), then the first tag that has it: where a plain search in file
    /// order, best so far against each, cost 11 instructions a tag (37 a sentence).
    fn best_end(&self, cur: &[i32]) -> u8 {
        let labels = self.labels;
        let (bu, bl) = (1 + labels, 1 + 3 * labels);
        let (us, ls) = (&cur[bu..bu + labels], &cur[bl..bl + labels]);
        let m = us.iter().fold(cur[0], |m, &v| m.max(v));
        let m = ls.iter().fold(m, |m, &v| m.max(v));
        if cur[0] == m {
            return 0;
        }
        for (x, (&u, &l)) in us.iter().zip(ls).enumerate() {
            if l == m {
                return (bl + x) as u8;
            }
            if u == m {
                return (bu + x) as u8;
            }
        }
        0
    }
}

impl Blocked {
    /// Whether a sentence's first step (from the start scores `cur`) may be a steady one,
    /// with `cur`'s I-X and L-X lanes (unreachable at the start) and the lanes past them up
    /// to [`Steady::end`] set to [`Steady::LO`] where it may (else left as they were). The
    /// step then gives the same integers and back pointers as from the unreachable lanes:
    /// every B-X lane is above [`Blocked::first`], so in every I-X and L-X lane B-X beats
    /// an I-X of `LO` (strictly: the same back pointer as where I-X is unreachable); the L-X
    /// lanes are closed tags, and [`Steady::holds`] says none of them is live (`LO` plus its
    /// best transition is below the bound), as none was; the step needs no shift (its bound
    /// within `RENORM`), so the lanes of `LO` are not shifted, and no later step reads
    /// them. Mostly O is far ahead at a sentence's start (2/3 of the bench's sentences), and
    /// the sentence's first step is the first of a run of steady steps.
    #[inline(always)]
    fn steady_start(&self, labels: usize, cur: &mut [i32]) -> bool {
        let (Some(st), Some(bmin)) = (&self.steady, self.first) else {
            return false;
        };
        let bi = 1 + 2 * labels;
        let t = cur[0] as i64 + st.cmin0 as i64;
        if !(-RENORM as i64..=RENORM as i64).contains(&t)
            || !cur[1..1 + labels].iter().all(|&c| c > bmin)
        {
            return false;
        }
        cur[bi..st.end].fill(Steady::LO);
        if st.holds_for(labels, cur) {
            return true;
        }
        cur[bi..st.end].fill(NEG);
        false
    }

    /// A steady step from the scores `cur` (where [`Steady::holds`], unshifted): the wide
    /// tags from O alone, plain ([`wide_plain_probe`]), the narrow ones unchecked
    /// ([`pair_plain_probe`]), the same integers and back pointers as [`wide_plain`] and
    /// [`pair_plain`]; returns whether the next step is steady as far as the kernels' test
    /// says ([`Steady`]'s doc, "Folded"): `true` only where [`Steady::holds`] on `next`.
    #[cfg(test)]
    fn steady_step(
        &self,
        st: &Steady,
        cur: &[i32],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) -> bool {
        self.plain_step(st, 0, cur, e, next, back)
    }

    /// A step whose one live wide predecessor is `p` with a plain row ([`Blocked::plain`])
    /// and whose B-X and I-X scores are within [`Blocked::pair_range`]: [`wide_plain`] from
    /// `p` and [`pair_plain`], with the next step's steady test folded in as in
    /// [`Blocked::steady_step`] (which is this step with `p` O). The test is on the scores
    /// written, whichever row wrote them, so it holds for any `p`: mostly `p` is an
    /// entity's last tag (L-X or U-X) that beats O at the step after the entity, and the
    /// step after it is steady again, now known without [`Steady::holds`].
    #[inline(always)]
    fn plain_step(
        &self,
        st: &Steady,
        p: usize,
        cur: &[i32],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) -> bool {
        let (labels, ww) = (self.labels, self.ww);
        let ts = [&self.tbi[..], &self.tii, &self.tbl, &self.til];
        let row = &self.trw[p * ww..(p + 1) * ww];
        // The next step's bound, from the score `wide_plain_probe` gives O (no wrap where
        // that score is within the range, which the kernel tests; R4).
        let t = cur[p]
            .wrapping_add(row[0])
            .wrapping_add(e[0])
            .wrapping_add(st.cmin0);
        // `v + c < t` is `v + c <= t - 1`; nothing is below `i32::MIN`.
        let t1 = t.checked_sub(1);
        let range = (st.lo, st.hi);
        let t1v = t1.unwrap_or(i32::MIN);
        let from = (1 + labels) / 4 * 4;
        let w = wide_plain_probe(cur[p], row, e, next, from, (&st.cmaxw, range, t1v));
        // The wide tags' back pointers, all `p`. A fill of `ww` (not known at compile time)
        // bytes was a call of `memset` every step: a fixed `ZEROS` bytes are a few stores.
        // The lanes past `ww` it writes are either past every tag (never read) or I-X and L-X
        // lanes, which `pair_plain_probe` writes next.
        const ZEROS: usize = 48;
        if ww <= ZEROS && back.len() >= ZEROS {
            back[..ZEROS].fill(p as u8);
        } else {
            back[..ww].fill(p as u8);
        }
        let probe = (&st.cmaxx[1 + 3 * labels..], range, t1v);
        let p = pair_plain_probe(labels, cur, ts, e, next, back, probe);
        w && p && t1.is_some()
    }

    /// Steady steps from step `run.i` (which is steady and unshifted, or a plain step from
    /// its one live predecessor `run.p`: [`Blocked::plain_step`]) while each says the
    /// next is steady too and the next needs no shift (its bound `t`, O's new score plus
    /// `cmin[0]`, within `RENORM` of zero): the scores end in `cur` (`cur` and `next` are
    /// swapped after each step, as in [`Blocked::viterbi`]), the back pointers in `back`'s
    /// rows. Returns the first step not run and whether it is steady as far as the last
    /// step's kernels say. The same integers and back pointers as [`Blocked::plain_step`]
    /// step by step ([`Blocked::steady_run_portable`]), but in a loop of its own, with the
    /// kernels' constants set up once for the run (a steady step inside the large
    /// `tag_within` reloaded them and its pointers from the stack every step: ~650
    /// instructions a step natively).
    #[inline(never)]
    fn steady_run<'s>(
        &self,
        st: &Steady,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        run: Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<Closed>) {
        #[cfg(any(
            target_arch = "x86_64",
            all(target_arch = "wasm32", target_feature = "simd128")
        ))]
        {
            let k = RunConsts {
                labels: self.labels,
                ww: self.ww,
                cap: self.cap,
                trw: &self.trw,
                cmaxw: &st.cmaxw,
                quads: &st.quads,
                range: (st.lo, st.hi),
                cmin0: st.cmin0,
                cmax: &self.cmax,
                cmin: &self.cmin,
                plain: &self.plain,
                pair_range: self.pair_range,
            };
            #[cfg(target_arch = "x86_64")]
            return sse2::steady_run(&k, cur, next, run, back);
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
            return wasm::steady_run(&k, cur, next, run, back);
        }
        #[allow(unreachable_code)]
        self.steady_run_portable(st, cur, next, run, back)
    }

    /// [`Blocked::steady_run`] by [`Blocked::plain_step`]s.
    fn steady_run_portable<'s>(
        &self,
        st: &Steady,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        Steps {
            em,
            es,
            mut i,
            n,
            mut p,
        }: Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<Closed>) {
        let (cap, rl) = (self.cap, self.row_len());
        loop {
            let e = &em[i * es..i * es + rl];
            let row = &mut back[i * cap..(i + 1) * cap];
            let k = self.plain_step(st, p, cur, e, next, row);
            p = 0;
            std::mem::swap(cur, next);
            i += 1;
            let t = cur[0].wrapping_add(st.cmin0);
            if i == n || (k && !(-RENORM..=RENORM).contains(&t)) {
                return (i, k, None);
            }
            // Not steady: on from one live predecessor as `steady_run` does.
            if !k {
                match run_one_live_portable(self, cur) {
                    Some(q) => p = q,
                    None => return (i, false, None),
                }
            }
        }
    }
}

/// The steps a run of steady steps may take ([`Blocked::steady_run`]): from `i` (at least 1)
/// to at most `n - 1`, emission rows `em[j * es..]`.
#[derive(Clone, Copy)]
struct Steps<'a> {
    em: &'a [i32],
    es: usize,
    i: usize,
    n: usize,
    /// The one live wide predecessor of step `i` ([`Blocked::plain_step`]); O at every
    /// later step of the run.
    p: usize,
}

/// The shape of a run's kernels for `labels` labels, as [`Blocked::new`] lays out the
/// scores: `ww`, `cap`, `l4`, the first lane of the wide block's bound test (the first vector
/// holding a U-X lane), and the lanes read or written (the wide block, and the narrow blocks
/// up to 3 lanes past the L-X block), each asserted here to be within `cap`.
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
#[inline(always)]
fn run_shape(labels: usize) -> (usize, usize, usize, usize, usize) {
    let (ww, cap, l4) = (
        simd::padded(1 + 2 * labels),
        simd::padded(1 + 4 * labels) + 8,
        labels.div_ceil(4) * 4,
    );
    let need = (1 + 3 * labels + l4).max(ww);
    assert!(labels >= 1 && ww % 4 == 0 && need <= cap && ww.next_multiple_of(16) <= cap);
    (ww, cap, l4, (1 + labels) / 4 * 4, need)
}

/// [`run_shape`], with the bounds both kernels' runs rely on asserted once, before their raw
/// pointer reads: the constants fit the shape, the score rows hold the lanes read, and the
/// steps, back pointers and emissions reach step `n`.
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
#[inline(always)]
fn checked_run_shape(
    k: &RunConsts,
    labels: usize,
    cur: &[i32],
    next: &[i32],
    steps: &Steps,
    back: &[u8],
) -> (usize, usize, usize, usize) {
    let (ww, cap, l4, from, need) = run_shape(labels);
    let Steps { em, es, i, n, p } = *steps;
    assert!(k.labels == labels && k.ww == ww && k.cap == cap);
    assert!(p < 256 && p < need && k.trw.len() >= (p + 1) * ww);
    // Every tag's row, for a run's later predecessors ([`run_one_live`]): `nt` tags, below
    // 256 (`labels < 64`).
    let nt = 1 + 4 * labels;
    assert!(labels < 64 && k.trw.len() >= nt * ww && k.plain.len() >= nt);
    assert!(k.cmax.len() >= need && k.cmin.len() >= need);
    assert!(k.cmaxw.len() >= ww && k.quads.len() >= 5 * l4);
    assert!(cur.len() >= need && next.len() >= need);
    assert!(1 <= i && i < n && back.len() >= n * cap && em.len() >= (n - 1) * es + need);
    (ww, cap, l4, from)
}

/// What the kernels of a run of steady steps read every step ([`Blocked::steady_run`]).
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
struct RunConsts<'a> {
    labels: usize,
    ww: usize,
    /// Length of a row of back pointers.
    cap: usize,
    /// Every tag's transitions into the wide tags (`ww` a tag, O's first: [`Blocked::trw`]).
    trw: &'a [i32],
    cmaxw: &'a [i32],
    /// [`Steady::quads`].
    quads: &'a [i32],
    range: (i32, i32),
    cmin0: i32,
    /// [`Blocked`]'s `cmax`, `cmin`, `plain` and `pair_range`, for [`run_one_live`].
    cmax: &'a [i32],
    cmin: &'a [i32],
    plain: &'a [(i64, i64)],
    pair_range: (i32, i32),
}

/// The test of a steady step: O alone live, every score far from the ends of `i32`.
///
/// [`Blocked::viterbi`]'s step, on the scores `cur`, asks [`closed_live`] for the live closed
/// tags and the bound, then [`Blocked::plain`] whether the wide step may be plain adds and
/// [`pair_in_range`] whether the narrow one may be unchecked: four passes over the scores
/// (about 400 instructions a step natively), which almost always answer "O alone, plain,
/// unchecked". [`Steady::holds`] answers that in one pass: with `t = cur[0] + cmin[0]`,
///
/// - (a) every score of `cur[..end]` (`end = 1 + 3 * labels + l4`, past every lane the four
///   read) is within `lo..=hi`, and
/// - (b) every `cur[p] + cmaxx[p] < t`, where `cmaxx` is `cmax` on the U-X and L-X lanes of
///   real labels and [`OFF`] elsewhere (O, B-X, I-X and the padding lanes).
///
/// Where both hold, and the constants satisfy, checked in [`Steady::new`],
///
/// - (R1) `lo > NEG`,
/// - (R2) `lo..=hi` within `plain[0]` (O's row in [`Blocked::plain`]),
/// - (R3) `lo..=hi` within [`Blocked::pair_range`],
/// - (R4) `lo + c >= i32::MIN` and `hi + c <= i32::MAX` for every `c` of `cmin` and `cmax`
///   ([`OFF`] included): no sum below wraps,
/// - (R5) `hi + OFF < lo + cmin[0]`,
///
/// the four passes would answer exactly "O alone, bound `t`, plain, unchecked":
///
/// - The bound of [`closed_live`] is the max of `cur[p] + cmin[p]` over O and the lanes
///   `[bu, bu + l4)` and `[bl, bl + l4)` (all below `end`). O gives `t`. A U-X or L-X lane of
///   a real label gives `cur[p] + cmin[p] <= cur[p] + cmax[p] < t` (b; no wrap by R4). Every
///   other lane these ranges hold (the first I-X lanes after the U-X block, the padding after
///   the L-X block) has `cmin = OFF` and gives `cur[p] + OFF <= hi + OFF < lo + cmin[0] <= t`
///   (a, R5, R4). So the bound is `t`.
/// - Its live tags: O (`cur[0] >= lo > NEG` by R1, and `cur[0] + cmax[0] >= t`), and no other,
///   since each real U-X / L-X lane has `cur[p] + cmax[p] < t` (b). So `live == [0]`.
/// - O's score is within `plain[0]` (R2): [`wide_plain`] from O.
/// - Every B-X and I-X lane [`pair_in_range`] reads is below `end`, so within `pair_range`
///   (R3): [`pair_plain`].
///
/// **Folded.** Mostly a steady step follows a steady step, and then the test is made by the
/// kernels that write the next step's scores ([`Blocked::steady_step`]), on the values in
/// their registers: no loads of the scores, no loop of its own. The next bound `t` is O's new
/// score (`cur[0] + trw[0] + e[0]`, the kernel's own wrapping adds) plus `cmin[0]`, computed
/// in scalar code before they run. [`wide_plain_probe`] tests (a) on every lane it writes
/// (`0..ww`), and (b) from the first vector holding a U-X lane on (with `cmaxw`: `cmaxx` on
/// the wide block, [`OFF`] on the lanes past it, which it overwrites): below it every lane
/// is O or B-X, whose `cmaxx` is [`OFF`], and there (b) follows from (a), R5 and R4: `v + OFF
/// <= hi + OFF < lo + cmin[0] <= t` once lane 0 is within the range. [`pair_plain_probe`] tests (a) on
/// every lane of both blocks it writes and (b) on the L-X block's (I-X lanes: [`OFF`], implied
/// as above). Every lane of `0..end` is written last by one of these (the wide block's
/// `1 + 2 * labels`, then the I-X block's `labels` lanes, the L-X block's `l4`), with the value
/// tested, so where the kernels say "steady", (a) and (b) hold on the new scores. The lanes
/// written and then overwritten (the wide kernel's past `1 + 2 * labels`, the I-X block's
/// past `labels`) are range-tested too: where one of those is out of the range (not seen:
/// their values are emissions plus in-range scores), the kernels say "not steady" where
/// [`Steady::holds`] might not, and the next step asks the four passes, which give the same
/// result. A step that is not steady (or shifted) asks [`Steady::holds`] for the next.
///
/// `lo..=hi` is `-2^28..2^28` (`hi = 2^28 - 1`, a power of two long for [`Probe`]): the scores of a step stay within a few steps' weights of the bound,
/// which [`Blocked::viterbi`] keeps within `RENORM` (`2^24`) of zero. Where (a) or (b) fails
/// (a sentence's first steps, with I-X and L-X unreachable; an entity's last tags still live)
/// the step asks the four passes as before, so only the choice of path depends on it.
struct Steady {
    lo: i32,
    hi: i32,
    cmin0: i32,
    end: usize,
    cmaxx: Vec<i32>,
    /// `cmaxx` on the wide block (`1 + 2 * labels` lanes), [`OFF`] past it (`ww` in all): the
    /// folded test's for [`wide_plain_probe`], whose lanes past the block are overwritten.
    cmaxw: Vec<i32>,
    /// For [`Blocked::steady_run`]'s kernels, per four labels `x..x + 4` five vectors of
    /// four: B→I, I→I, B→L, I→L (`Blocked::tbi` ...) and the L-X lanes' `cmaxx`, so that
    /// one pointer reaches all the narrow step's constants.
    quads: Vec<i32>,
}

impl Steady {
    const LO: i32 = -(1 << 28);
    /// `2^28 - 1`: `lo..=hi` is `2^29` long, so the folded test ([`Probe`]) tests the
    /// range with one add and an `or` per vector.
    const HI: i32 = (1 << 28) - 1;

    /// The test for a model with `labels` labels and [`Blocked`]'s `cmax`, `cmin` (`cap`
    /// long), `plain0` (O's row of `plain`) and `pair_range`; `None` where R2-R5 fail.
    fn new(
        labels: usize,
        cmax: &[i32],
        cmin: &[i32],
        plain0: (i64, i64),
        pair_range: (i32, i32),
        tl: &[Vec<i32>; 4],
    ) -> Option<Steady> {
        let (lo, hi) = (Self::LO, Self::HI);
        let (bu, bl) = (1 + labels, 1 + 3 * labels);
        let end = bl + labels.div_ceil(4) * 4;
        let (l, h) = (lo as i64, hi as i64);
        let ok = lo > NEG
            && plain0.0 <= l
            && h <= plain0.1
            && pair_range.0 <= lo
            && hi <= pair_range.1
            && cmin
                .iter()
                .chain(cmax)
                .chain(&[OFF])
                .all(|&c| l + c as i64 >= i32::MIN as i64 && h + c as i64 <= i32::MAX as i64)
            && h + (OFF as i64) < l + *cmin.first()? as i64
            && end >= 4
            && end >= simd::padded(1 + 2 * labels)
            && cmax.len() >= end;
        let real = |p: usize| (bu..bu + labels).contains(&p) || (bl..bl + labels).contains(&p);
        let cmaxx: Vec<i32> = (0..end)
            .map(|p| if real(p) { cmax[p] } else { OFF })
            .collect();
        let ww = simd::padded(1 + 2 * labels);
        let cmaxw = (0..ww)
            .map(|p| if p < 1 + 2 * labels { cmaxx[p] } else { OFF })
            .collect();
        let quads = (0..end - bl)
            .step_by(4)
            .flat_map(|x| {
                let v = [&tl[0], &tl[1], &tl[2], &tl[3], &cmaxx[bl..]];
                v.map(|t| &t[x..x + 4]).concat()
            })
            .collect();
        ok.then(|| Steady {
            lo,
            hi,
            cmin0: cmin[0],
            end,
            cmaxx,
            cmaxw,
            quads,
        })
    }

    /// [`Steady::holds`] for a model of `labels` labels (a constant where inlined).
    #[inline(always)]
    fn holds_for(&self, labels: usize, cur: &[i32]) -> bool {
        let end = 1 + 3 * labels + labels.div_ceil(4) * 4;
        assert_eq!(end, self.end);
        let c0 = cur[0];
        (self.lo..=self.hi).contains(&c0)
            && steady_lanes(
                &cur[..end],
                &self.cmaxx,
                (self.lo, self.hi),
                c0 + self.cmin0,
            )
    }

    /// Whether (a) and (b) hold for the scores `cur` (see the type's doc).
    #[cfg(test)]
    fn holds(&self, cur: &[i32]) -> bool {
        let c0 = cur[0];
        // `t` without wrapping (R4); (a) for lane 0 is asked again below.
        (self.lo..=self.hi).contains(&c0)
            && steady_lanes(
                &cur[..self.end],
                &self.cmaxx,
                (self.lo, self.hi),
                c0 + self.cmin0,
            )
    }
}

/// Whether every lane `p` of `cur` is within `lo..=hi` (`lo <= hi`) and has `cur[p] +
/// cmaxx[p] < t` (wrapping add), for [`Steady::holds`]: four lanes at a time, the last
/// four overlapping the others where `cur.len()` (at least 4, at most `cmaxx.len()`) is not
/// a multiple of 4.
#[inline(always)]
pub fn steady_lanes(cur: &[i32], cmaxx: &[i32], range: (i32, i32), t: i32) -> bool {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::steady_lanes(cur, cmaxx, range, t);
    #[cfg(target_arch = "x86_64")]
    return sse2::steady_lanes(cur, cmaxx, range, t);
    #[allow(unreachable_code)]
    steady_lanes_portable(cur, cmaxx, range, t)
}

/// [`steady_lanes`] in a plain loop.
pub fn steady_lanes_portable(cur: &[i32], cmaxx: &[i32], (lo, hi): (i32, i32), t: i32) -> bool {
    cur.iter()
        .zip(cmaxx)
        .all(|(&v, &c)| (lo..=hi).contains(&v) && v.wrapping_add(c) < t)
}

/// Calls `f` with the offset of every 4-lane vector [`steady_lanes`] reads from `n >= 4`
/// lanes: every multiple of 4 up to `n - 4`, then `n - 4` if `n` is not a multiple of 4. (A
/// plain loop: an iterator chain of the two cost 7 instructions a vector.)
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
#[inline(always)]
fn quads(n: usize, mut f: impl FnMut(usize)) {
    let mut p = 0;
    while p + 4 <= n {
        f(p);
        p += 4;
    }
    if p < n {
        f(n - 4);
    }
}

/// Internal id of file tag `f` of a BILOU scheme with `labels` labels.
fn internal(f: usize, labels: usize) -> usize {
    if f == 0 {
        return 0;
    }
    let (x, part) = ((f - 1) / 4, (f - 1) % 4);
    1 + x
        + labels
            * match part {
                0 => 0,
                3 => 1,
                1 => 2,
                _ => 3,
            }
}

/// Checks the lengths the kernels below rely on (`labels` labels, `l4` rounded up to whole
/// vectors of four): the score vectors, bounds and emission row reach 3 lanes past the L-X
/// block, the per-label transitions are `l4` long. The kernels then load and store without
/// a bounds check per vector.
#[inline(always)]
fn check(labels: usize, cur: &[i32], e: &[i32], next: &[i32], back: &[u8], per_label: &[&[i32]]) {
    let end = 1 + 3 * labels + labels.div_ceil(4) * 4;
    assert!(cur.len() >= end && e.len() >= end && next.len() >= end && back.len() >= end);
    assert!(per_label.iter().all(|t| t.len() >= labels.div_ceil(4) * 4));
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod wasm {
    use super::{NEG, RENORM};
    use core::arch::wasm32::*;

    /// Loads 4 `i32`s at `p`. SAFETY (caller): 16 readable bytes at `p`.
    #[inline(always)]
    unsafe fn ld(p: *const i32) -> v128 {
        v128_load(p as *const v128)
    }
    /// The largest lane.
    #[inline(always)]
    fn hmax(v: v128) -> i32 {
        let t = i32x4_max(v, i32x4_shuffle::<2, 3, 0, 1>(v, v));
        let t = i32x4_max(t, i32x4_shuffle::<1, 0, 3, 2>(t, t));
        i32x4_extract_lane::<0>(t)
    }

    /// [`super::steady_lanes`]. A lane is within `lo..=hi` exactly where `v - lo`, as an
    /// unsigned number, is at most `hi - lo`.
    #[inline(always)]
    pub fn steady_lanes(cur: &[i32], cmaxx: &[i32], (lo, hi): (i32, i32), t: i32) -> bool {
        let n = cur.len();
        assert!(n >= 4 && cmaxx.len() >= n && lo <= hi);
        let Some(t1) = t.checked_sub(1) else {
            return false;
        };
        let (c, x) = (cur.as_ptr(), cmaxx.as_ptr());
        let (lov, lim) = (i32x4_splat(lo), u32x4_splat(hi.wrapping_sub(lo) as u32));
        let t1v = i32x4_splat(t1);
        let mut bad = i32x4_splat(0);
        super::quads(n, |p| {
            // SAFETY: every load is at most at `n - 4` (`quads`), checked above.
            unsafe {
                let v = ld(c.add(p));
                let out = u32x4_gt(i32x4_sub(v, lov), lim);
                let live = i32x4_gt(i32x4_add(v, ld(x.add(p))), t1v);
                bad = v128_or(bad, v128_or(out, live));
            }
        });
        !v128_any_true(bad)
    }

    /// [`super::closed_masks`].
    #[inline(always)]
    pub fn closed_masks(
        labels: usize,
        cur: &[i32],
        cmax: &[i32],
        cmin: &[i32],
    ) -> (i32, bool, (u64, u64)) {
        let (bu, bl) = (1 + labels, 1 + 3 * labels);
        let nc = labels.div_ceil(4);
        let end = bl + 4 * nc;
        assert!(cur.len() >= end && cmax.len() >= end && cmin.len() >= end);
        let (c, hi, lo) = (cur.as_ptr(), cmax.as_ptr(), cmin.as_ptr());
        let mut m = i32x4_splat(cur[0].wrapping_add(cmin[0]));
        for k in 0..nc {
            let (u, l) = (bu + 4 * k, bl + 4 * k);
            // SAFETY: `l + 4 <= end` (and `u < l`), checked above.
            unsafe {
                m = i32x4_max(m, i32x4_add(ld(c.add(u)), ld(lo.add(u))));
                m = i32x4_max(m, i32x4_add(ld(c.add(l)), ld(lo.add(l))));
            }
        }
        let thr = hmax(m);
        let o = cur[0] > NEG && cur[0].wrapping_add(cmax[0]) >= thr;
        let (negv, thrv) = (i32x4_splat(NEG), i32x4_splat(thr));
        let (mut mu, mut ml) = (0u64, 0u64);
        for k in 0..nc {
            let (u, l) = (bu + 4 * k, bl + 4 * k);
            // SAFETY: as above.
            let (ok_u, ok_l) = unsafe {
                let (cu, cl) = (ld(c.add(u)), ld(c.add(l)));
                (
                    v128_and(
                        i32x4_gt(cu, negv),
                        i32x4_ge(i32x4_add(cu, ld(hi.add(u))), thrv),
                    ),
                    v128_and(
                        i32x4_gt(cl, negv),
                        i32x4_ge(i32x4_add(cl, ld(hi.add(l))), thrv),
                    ),
                )
            };
            mu |= (i32x4_bitmask(ok_u) as u64) << (4 * k);
            ml |= (i32x4_bitmask(ok_l) as u64) << (4 * k);
        }
        (thr, o, (mu, ml))
    }

    pub fn wide_step(
        cur: &[i32],
        live: &[u16],
        trw: &[i32],
        ww: usize,
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        let negv = i32x4_splat(NEG);
        let zero = i32x4_splat(0);
        if let [p] = *live {
            return wide_one(cur, p as usize, trw, ww, e, next, back);
        }
        for ((j, nx), bk) in (0..ww)
            .step_by(8)
            .zip(next[..ww].chunks_exact_mut(8))
            .zip(back[..ww].chunks_exact_mut(8))
        {
            let (mut b0, mut b1) = (negv, negv);
            let (mut a0, mut a1) = (zero, zero);
            for &p in live {
                let p = p as usize;
                let c = i32x4_splat(cur[p]);
                let pv = i32x4_splat(p as i32);
                let row = &trw[p * ww + j..p * ww + j + 8];
                // SAFETY: `row` is 8 readable i32s.
                let (r0, r1) = unsafe { (ld(row.as_ptr()), ld(row.as_ptr().add(4))) };
                let v0 = i32x4_add(c, r0);
                let v1 = i32x4_add(c, r1);
                let m0 = i32x4_gt(v0, b0);
                let m1 = i32x4_gt(v1, b1);
                b0 = v128_bitselect(v0, b0, m0);
                b1 = v128_bitselect(v1, b1, m1);
                a0 = v128_bitselect(pv, a0, m0);
                a1 = v128_bitselect(pv, a1, m1);
            }
            let ej = &e[j..j + 8];
            // SAFETY: `ej` is 8 readable i32s, `nx` 8 writable ones.
            unsafe {
                let n0 = v128_bitselect(negv, i32x4_add(b0, ld(ej.as_ptr())), i32x4_eq(b0, negv));
                let n1 = v128_bitselect(
                    negv,
                    i32x4_add(b1, ld(ej.as_ptr().add(4))),
                    i32x4_eq(b1, negv),
                );
                v128_store(nx.as_mut_ptr() as *mut v128, n0);
                v128_store(nx.as_mut_ptr().add(4) as *mut v128, n1);
            }
            // The eight back pointers (tags, below 256) as bytes, in one 64-bit store.
            let a16 = i16x8_narrow_i32x4(a0, a1);
            let a8 = u8x16_narrow_i16x8(a16, a16);
            bk.copy_from_slice(&(i64x2_extract_lane::<0>(a8) as u64).to_le_bytes());
        }
    }

    /// [`wide_step`] with one live predecessor `p` (O alone, mostly: 1.04 live predecessors
    /// per step on average): its row plus its score, no compares between predecessors. The
    /// same integers and back pointers as the loop over `live` would give.
    fn wide_one(
        cur: &[i32],
        p: usize,
        trw: &[i32],
        ww: usize,
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        let (negv, c, pv) = (i32x4_splat(NEG), i32x4_splat(cur[p]), i32x4_splat(p as i32));
        let row = &trw[p * ww..(p + 1) * ww];
        for (((r, ej), nx), bk) in row
            .chunks_exact(8)
            .zip(e[..ww].chunks_exact(8))
            .zip(next[..ww].chunks_exact_mut(8))
            .zip(back[..ww].chunks_exact_mut(8))
        {
            // SAFETY: `r` and `ej` are 8 readable i32s, `nx` 8 writable ones.
            unsafe {
                let v0 = i32x4_add(c, ld(r.as_ptr()));
                let v1 = i32x4_add(c, ld(r.as_ptr().add(4)));
                let (m0, m1) = (i32x4_gt(v0, negv), i32x4_gt(v1, negv));
                let (b0, b1) = (v128_bitselect(v0, negv, m0), v128_bitselect(v1, negv, m1));
                let n0 = v128_bitselect(negv, i32x4_add(b0, ld(ej.as_ptr())), i32x4_eq(b0, negv));
                let n1 = v128_bitselect(
                    negv,
                    i32x4_add(b1, ld(ej.as_ptr().add(4))),
                    i32x4_eq(b1, negv),
                );
                v128_store(nx.as_mut_ptr() as *mut v128, n0);
                v128_store(nx.as_mut_ptr().add(4) as *mut v128, n1);
                let a16 = i16x8_narrow_i32x4(v128_and(pv, m0), v128_and(pv, m1));
                let a8 = u8x16_narrow_i16x8(a16, a16);
                bk.copy_from_slice(&(i64x2_extract_lane::<0>(a8) as u64).to_le_bytes());
            }
        }
    }

    /// [`super::pair_plain`] and, with `P`, [`super::pair_plain_probe`]'s test (see the
    /// SSE2 version).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn pair_plain<const P: bool>(
        labels: usize,
        cur: &[i32],
        ts: [&[i32]; 4],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
        (cx, (lo, hi), t1): super::Probe,
    ) -> bool {
        super::check(labels, cur, e, next, back, &ts);
        let l4 = labels.div_ceil(4) * 4;
        assert!(!P || cx.len() >= l4);
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let iota = i32x4(0, 1, 2, 3);
        let (c, ep, np, bp, xp) = (
            cur.as_ptr(),
            e.as_ptr(),
            next.as_mut_ptr(),
            back.as_mut_ptr(),
            cx.as_ptr(),
        );
        let d = i32x4_splat(2 * labels as i32);
        // The range test (see `super::Probe`): `v - lo` or-ed into `bad`.
        let high = if P { super::probe_high((lo, hi)) } else { 0 };
        let (lov, t1v) = (i32x4_splat(lo), i32x4_splat(t1));
        let mut bad = i32x4_splat(0);
        // Last vector first, as in `pair_blocks`.
        for x in (0..l4).step_by(4).rev() {
            // SAFETY: as in `pair_blocks`; `cx` is `l4` long (checked above).
            unsafe {
                let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                let ib = i32x4_add(i32x4_splat((1 + x) as i32), iota);
                // As in the SSE2 version: the back pointers are B-X's id, plus `2 * labels`
                // where I-X wins.
                let block = |o: usize, tb: &[i32], ti: &[i32]| {
                    let vb = i32x4_add(cb, ld(tb.as_ptr().add(x)));
                    let vi = i32x4_add(ci, ld(ti.as_ptr().add(x)));
                    let ok = i32x4_gt(vi, vb);
                    let best = v128_bitselect(vi, vb, ok);
                    let sum = i32x4_add(best, ld(ep.add(o + x)));
                    v128_store(np.add(o + x) as *mut v128, sum);
                    (i32x4_add(ib, v128_and(ok, d)), sum)
                };
                let ((ai, si), (al, sl)) = (block(bi, ts[0], ts[1]), block(bl, ts[2], ts[3]));
                if P {
                    let oi = i32x4_sub(si, lov);
                    let ol = i32x4_sub(sl, lov);
                    let live = i32x4_gt(i32x4_add(sl, ld(xp.add(x))), t1v);
                    bad = v128_or(bad, v128_or(oi, v128_or(ol, live)));
                }
                let a16 = i16x8_narrow_i32x4(ai, al);
                let a8 = u8x16_narrow_i16x8(a16, a16);
                v128_store32_lane::<0>(a8, bp.add(bi + x) as *mut u32);
                v128_store32_lane::<1>(a8, bp.add(bl + x) as *mut u32);
            }
        }
        !P || !v128_any_true(v128_and(bad, i32x4_splat(high)))
    }

    /// [`super::Blocked::steady_run`] (see the SSE2 version).
    pub fn steady_run<'s>(
        k: &super::RunConsts,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        steps: super::Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<super::Closed>) {
        match k.labels {
            18 => run(k, 18, cur, next, steps, back),
            labels => run(k, labels, cur, next, steps, back),
        }
    }

    #[inline(always)]
    fn run<'s>(
        k: &super::RunConsts,
        labels: usize,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        steps: super::Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<super::Closed>) {
        let (ww, cap, l4, from) = super::checked_run_shape(k, labels, cur, next, &steps, back);
        let super::Steps {
            em,
            es,
            mut i,
            n,
            mut p,
        } = steps;
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let high = i32x4_splat(super::probe_high(k.range));
        let (tp, xp, qp) = (k.trw.as_ptr(), k.cmaxw.as_ptr(), k.quads.as_ptr());
        let first = i;
        // The scores' length, for the steps that are not steady (`c` is `cur` or `next`).
        let len = cur.len().min(next.len());
        let (mut c, mut np) = (cur.as_mut_ptr(), next.as_mut_ptr());
        let (lov, d8, four8) = (
            i32x4_splat(k.range.0),
            i8x16_splat(2 * labels as i8),
            i8x16_splat(4),
        );
        let ib_last = i8x16_add(
            i8x16_splat((1 + l4 - 4) as i8),
            i8x16(0, 1, 2, 3, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0),
        );
        // SAFETY: every load and store is within the lengths checked above (see the SSE2
        // version).
        unsafe {
            let mut ep = em.as_ptr().add(i * es);
            let mut bp = back.as_mut_ptr().add(i * cap);
            // The step's one live wide predecessor `p` (`steps.p` at the first step, then O), its
            // row and its id as the back pointers' bytes.
            let (mut rp, mut z) = (tp.add(p * ww), i8x16_splat(p as i8));
            loop {
                let c0 = *c.add(p);
                let t = c0.wrapping_add(*rp).wrapping_add(*ep).wrapping_add(k.cmin0);
                let t1 = t.checked_sub(1);
                let t1v = i32x4_splat(t1.unwrap_or(i32::MIN));
                let cv = i32x4_splat(c0);
                let mut bad = i32x4_splat(0);
                let mut j = 0;
                while j < from {
                    let v = i32x4_add(i32x4_add(cv, ld(rp.add(j))), ld(ep.add(j)));
                    v128_store(np.add(j) as *mut v128, v);
                    bad = v128_or(bad, i32x4_sub(v, lov));
                    j += 4;
                }
                while j < ww {
                    let v = i32x4_add(i32x4_add(cv, ld(rp.add(j))), ld(ep.add(j)));
                    v128_store(np.add(j) as *mut v128, v);
                    let live = i32x4_gt(i32x4_add(v, ld(xp.add(j))), t1v);
                    bad = v128_or(bad, v128_or(i32x4_sub(v, lov), live));
                    j += 4;
                }
                let mut o = 0;
                while o < ww {
                    v128_store(bp.add(o) as *mut v128, z);
                    o += 16;
                }
                let mut ib = ib_last;
                let mut x = l4;
                while x > 0 {
                    x -= 4;
                    let q = qp.add(5 * x);
                    let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                    let block = |o: usize, tb: *const i32, ti: *const i32| {
                        let vb = i32x4_add(cb, ld(tb));
                        let vi = i32x4_add(ci, ld(ti));
                        let ok = i32x4_gt(vi, vb);
                        let sum = i32x4_add(v128_bitselect(vi, vb, ok), ld(ep.add(o + x)));
                        v128_store(np.add(o + x) as *mut v128, sum);
                        (ok, sum)
                    };
                    let (mi, si) = block(bi, q, q.add(4));
                    let (ml, sl) = block(bl, q.add(8), q.add(12));
                    let oi = i32x4_sub(si, lov);
                    let ol = i32x4_sub(sl, lov);
                    let live = i32x4_gt(i32x4_add(sl, ld(q.add(16))), t1v);
                    bad = v128_or(bad, v128_or(oi, v128_or(ol, live)));
                    let m16 = i16x8_narrow_i32x4(mi, ml);
                    let m8 = i8x16_narrow_i16x8(m16, m16);
                    let a8 = i8x16_add(ib, v128_and(m8, d8));
                    v128_store32_lane::<0>(a8, bp.add(bi + x) as *mut u32);
                    v128_store32_lane::<1>(a8, bp.add(bl + x) as *mut u32);
                    ib = i8x16_sub(ib, four8);
                }
                let steady = !v128_any_true(v128_and(bad, high)) && t1.is_some();
                (p, rp, z) = (0, tp, i32x4_splat(0));
                std::mem::swap(&mut c, &mut np);
                (ep, bp, i) = (ep.add(es), bp.add(cap), i + 1);
                // `t` is the next step's `cur[0] + cmin[0]`, its bound: shifted outside
                // `RENORM`.
                if i == n || (steady && !(-RENORM..=RENORM).contains(&t)) {
                    if (i - first) % 2 == 1 {
                        std::mem::swap(cur, next);
                    }
                    return (i, steady, None);
                }
                if !steady {
                    // Mostly one live predecessor still (an entity's last tag, beating O
                    // at the step after the entity): the run goes on from it.
                    let cs = core::slice::from_raw_parts(c, len);
                    match super::run_one_live(k, labels, cs) {
                        Ok(q) => (p, rp, z) = (q, tp.add(q * ww), i8x16_splat(q as i8)),
                        Err(closed) => {
                            if (i - first) % 2 == 1 {
                                std::mem::swap(cur, next);
                            }
                            return (i, false, Some(closed));
                        }
                    }
                }
            }
        }
    }

    /// [`super::wide_plain_probe`].
    pub fn wide_plain_probe(
        c: i32,
        row: &[i32],
        e: &[i32],
        next: &mut [i32],
        from: usize,
        (cx, (lo, hi), t1): super::Probe,
    ) -> bool {
        let w = row.len() / 4 * 4;
        assert!(e.len() >= w && next.len() >= w && cx.len() >= w);
        let high = super::probe_high((lo, hi));
        let (rp, ep, np, xp) = (row.as_ptr(), e.as_ptr(), next.as_mut_ptr(), cx.as_ptr());
        let (cv, lov, t1v) = (i32x4_splat(c), i32x4_splat(lo), i32x4_splat(t1));
        let mut bad = i32x4_splat(0);
        let mut j = 0;
        // Below `from`, the range alone (the bound is implied there).
        while j < w.min(from) {
            // SAFETY: every load and store is at most at `w - 4`, checked above.
            unsafe {
                let v = i32x4_add(i32x4_add(cv, ld(rp.add(j))), ld(ep.add(j)));
                v128_store(np.add(j) as *mut v128, v);
                bad = v128_or(bad, i32x4_sub(v, lov));
            }
            j += 4;
        }
        while j < w {
            // SAFETY: as above.
            unsafe {
                let v = i32x4_add(i32x4_add(cv, ld(rp.add(j))), ld(ep.add(j)));
                v128_store(np.add(j) as *mut v128, v);
                let live = i32x4_gt(i32x4_add(v, ld(xp.add(j))), t1v);
                bad = v128_or(bad, v128_or(i32x4_sub(v, lov), live));
            }
            j += 4;
        }
        !v128_any_true(v128_and(bad, i32x4_splat(high)))
    }

    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn pair_blocks(
        labels: usize,
        cur: &[i32],
        ts: [&[i32]; 4],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        super::check(labels, cur, e, next, back, &ts);
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let negv = i32x4_splat(NEG);
        let iota = i32x4(0, 1, 2, 3);
        let (c, ep, np, bp) = (
            cur.as_ptr(),
            e.as_ptr(),
            next.as_mut_ptr(),
            back.as_mut_ptr(),
        );
        // Last vector first: each block's last vector writes past its end, into the first
        // lanes of the block after it, which the first vector then writes.
        for x in (0..labels.div_ceil(4) * 4).step_by(4).rev() {
            // SAFETY: every index below is at most `bl + x + 4 <= bl + l4` (and `ts` are `l4`
            // long), checked by `check`.
            unsafe {
                let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                let (nb, ni) = (i32x4_eq(cb, negv), i32x4_eq(ci, negv));
                let ib = i32x4_add(i32x4_splat((1 + x) as i32), iota);
                let ii = i32x4_add(i32x4_splat((bi + x) as i32), iota);
                for (o, tb, ti) in [(bi, ts[0], ts[1]), (bl, ts[2], ts[3])] {
                    let vb = i32x4_add(cb, ld(tb.as_ptr().add(x)));
                    let ok = v128_andnot(i32x4_gt(vb, negv), nb);
                    let best = v128_bitselect(vb, negv, ok);
                    let arg = v128_and(ib, ok);
                    let vi = i32x4_add(ci, ld(ti.as_ptr().add(x)));
                    let ok = v128_andnot(i32x4_gt(vi, best), ni);
                    let best = v128_bitselect(vi, best, ok);
                    let arg = v128_bitselect(ii, arg, ok);
                    let nv = v128_bitselect(
                        negv,
                        i32x4_add(best, ld(ep.add(o + x))),
                        i32x4_eq(best, negv),
                    );
                    v128_store(np.add(o + x) as *mut v128, nv);
                    let a16 = i16x8_narrow_i32x4(arg, arg);
                    let a8 = u8x16_narrow_i16x8(a16, a16);
                    v128_store32_lane::<0>(a8, bp.add(o + x) as *mut u32);
                }
            }
        }
    }
}

/// SSE2 versions of the kernels (every x86_64 CPU has SSE2): the native builds', lane for lane
/// the simd128 ones. LLVM does not vectorize the plain loops (a branch per lane).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::{NEG, RENORM};
    use core::arch::x86_64::*;

    /// Loads 4 `i32`s at `p`. SAFETY (caller): 16 readable bytes at `p`.
    #[inline(always)]
    unsafe fn ld(p: *const i32) -> __m128i {
        _mm_loadu_si128(p as *const __m128i)
    }
    /// `a` where `m` is set, else `b`.
    #[inline(always)]
    fn select(a: __m128i, b: __m128i, m: __m128i) -> __m128i {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { _mm_or_si128(_mm_and_si128(m, a), _mm_andnot_si128(m, b)) }
    }
    #[inline(always)]
    fn max(a: __m128i, b: __m128i) -> __m128i {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        select(a, b, unsafe { _mm_cmpgt_epi32(a, b) })
    }

    /// [`super::steady_lanes`]. A lane is within `lo..=hi` exactly where `v - lo`, as an
    /// unsigned number, is at most `hi - lo`: with the sign bit flipped (`+ i32::MIN`), a
    /// signed compare (SSE2 has no unsigned one).
    #[inline(always)]
    pub fn steady_lanes(cur: &[i32], cmaxx: &[i32], (lo, hi): (i32, i32), t: i32) -> bool {
        let n = cur.len();
        assert!(n >= 4 && cmaxx.len() >= n && lo <= hi);
        // `v + c < t` is `v + c <= t - 1`; nothing is below `i32::MIN`.
        let Some(t1) = t.checked_sub(1) else {
            return false;
        };
        let (c, x) = (cur.as_ptr(), cmaxx.as_ptr());
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; every load is at
        // most at `n - 4` (`quads`), checked above.
        unsafe {
            let bias = _mm_set1_epi32(i32::MIN.wrapping_sub(lo));
            let lim = _mm_set1_epi32(hi.wrapping_sub(lo) ^ i32::MIN);
            let t1v = _mm_set1_epi32(t1);
            let mut bad = _mm_setzero_si128();
            super::quads(n, |p| {
                let v = ld(c.add(p));
                let out = _mm_cmpgt_epi32(_mm_add_epi32(v, bias), lim);
                let live = _mm_cmpgt_epi32(_mm_add_epi32(v, ld(x.add(p))), t1v);
                bad = _mm_or_si128(bad, _mm_or_si128(out, live));
            });
            _mm_movemask_epi8(bad) == 0
        }
    }

    /// [`super::closed_masks`].
    #[inline(always)]
    pub fn closed_masks(
        labels: usize,
        cur: &[i32],
        cmax: &[i32],
        cmin: &[i32],
    ) -> (i32, bool, (u64, u64)) {
        let (bu, bl) = (1 + labels, 1 + 3 * labels);
        let nc = labels.div_ceil(4);
        let end = bl + 4 * nc;
        assert!(cur.len() >= end && cmax.len() >= end && cmin.len() >= end);
        let (c, hi, lo) = (cur.as_ptr(), cmax.as_ptr(), cmin.as_ptr());
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; every load is at
        // most at `end - 4`, checked above.
        let mut m = unsafe { _mm_set1_epi32(cur[0].wrapping_add(cmin[0])) };
        for k in 0..nc {
            let (u, l) = (bu + 4 * k, bl + 4 * k);
            let (su, sl) = unsafe {
                (
                    _mm_add_epi32(ld(c.add(u)), ld(lo.add(u))),
                    _mm_add_epi32(ld(c.add(l)), ld(lo.add(l))),
                )
            };
            m = max(m, max(su, sl));
        }
        let mut t = [0i32; 4];
        unsafe { _mm_storeu_si128(t.as_mut_ptr() as *mut __m128i, m) };
        let thr = t.into_iter().fold(NEG, i32::max);
        let o = cur[0] > NEG && cur[0].wrapping_add(cmax[0]) >= thr;
        let (negv, thrv) = unsafe { (_mm_set1_epi32(NEG), _mm_set1_epi32(thr)) };
        // One bit per lane: reachable and `cur + cmax >= thr`.
        let bits = |p: usize| unsafe {
            let v = ld(c.add(p));
            let s = _mm_add_epi32(v, ld(hi.add(p)));
            let ok = _mm_andnot_si128(_mm_cmpgt_epi32(thrv, s), _mm_cmpgt_epi32(v, negv));
            _mm_movemask_ps(_mm_castsi128_ps(ok)) as u32
        };
        let (mut mu, mut ml) = (0u64, 0u64);
        for k in 0..nc {
            let (u, l) = (bu + 4 * k, bl + 4 * k);
            mu |= (bits(u) as u64) << (4 * k);
            ml |= (bits(l) as u64) << (4 * k);
        }
        (thr, o, (mu, ml))
    }

    pub fn wide_step(
        cur: &[i32],
        live: &[u16],
        trw: &[i32],
        ww: usize,
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; loads and stores
        // are within the 8-lane slices they come from.
        if let [p] = *live {
            return wide_one(cur, p as usize, trw, ww, e, next, back);
        }
        let (negv, zero) = unsafe { (_mm_set1_epi32(NEG), _mm_setzero_si128()) };
        for (((j, nx), bk), ej) in (0..ww)
            .step_by(8)
            .zip(next[..ww].chunks_exact_mut(8))
            .zip(back[..ww].chunks_exact_mut(8))
            .zip(e[..ww].chunks_exact(8))
        {
            let (mut b0, mut b1) = (negv, negv);
            let (mut a0, mut a1) = (zero, zero);
            for &p in live {
                let p = p as usize;
                let row = &trw[p * ww + j..p * ww + j + 8];
                unsafe {
                    let c = _mm_set1_epi32(cur[p]);
                    let pv = _mm_set1_epi32(p as i32);
                    let v0 = _mm_add_epi32(c, ld(row.as_ptr()));
                    let v1 = _mm_add_epi32(c, ld(row.as_ptr().add(4)));
                    let m0 = _mm_cmpgt_epi32(v0, b0);
                    let m1 = _mm_cmpgt_epi32(v1, b1);
                    b0 = select(v0, b0, m0);
                    b1 = select(v1, b1, m1);
                    a0 = select(pv, a0, m0);
                    a1 = select(pv, a1, m1);
                }
            }
            unsafe {
                let s0 = _mm_add_epi32(b0, ld(ej.as_ptr()));
                let s1 = _mm_add_epi32(b1, ld(ej.as_ptr().add(4)));
                let n0 = select(negv, s0, _mm_cmpeq_epi32(b0, negv));
                let n1 = select(negv, s1, _mm_cmpeq_epi32(b1, negv));
                _mm_storeu_si128(nx.as_mut_ptr() as *mut __m128i, n0);
                _mm_storeu_si128(nx.as_mut_ptr().add(4) as *mut __m128i, n1);
                // The eight back pointers (tags, below 256) as bytes, in one 64-bit store.
                let a16 = _mm_packs_epi32(a0, a1);
                _mm_storel_epi64(bk.as_mut_ptr() as *mut __m128i, _mm_packus_epi16(a16, a16));
            }
        }
    }

    /// [`wide_step`] with one live predecessor `p` (see the simd128 version).
    fn wide_one(
        cur: &[i32],
        p: usize,
        trw: &[i32],
        ww: usize,
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        let row = &trw[p * ww..(p + 1) * ww];
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; loads and stores
        // are within the 8-lane slices they come from.
        let (negv, c, pv) = unsafe {
            (
                _mm_set1_epi32(NEG),
                _mm_set1_epi32(cur[p]),
                _mm_set1_epi32(p as i32),
            )
        };
        for (((r, ej), nx), bk) in row
            .chunks_exact(8)
            .zip(e[..ww].chunks_exact(8))
            .zip(next[..ww].chunks_exact_mut(8))
            .zip(back[..ww].chunks_exact_mut(8))
        {
            unsafe {
                let v0 = _mm_add_epi32(c, ld(r.as_ptr()));
                let v1 = _mm_add_epi32(c, ld(r.as_ptr().add(4)));
                let (m0, m1) = (_mm_cmpgt_epi32(v0, negv), _mm_cmpgt_epi32(v1, negv));
                let (b0, b1) = (select(v0, negv, m0), select(v1, negv, m1));
                let s0 = _mm_add_epi32(b0, ld(ej.as_ptr()));
                let s1 = _mm_add_epi32(b1, ld(ej.as_ptr().add(4)));
                let n0 = select(negv, s0, _mm_cmpeq_epi32(b0, negv));
                let n1 = select(negv, s1, _mm_cmpeq_epi32(b1, negv));
                _mm_storeu_si128(nx.as_mut_ptr() as *mut __m128i, n0);
                _mm_storeu_si128(nx.as_mut_ptr().add(4) as *mut __m128i, n1);
                let a16 = _mm_packs_epi32(_mm_and_si128(pv, m0), _mm_and_si128(pv, m1));
                _mm_storel_epi64(bk.as_mut_ptr() as *mut __m128i, _mm_packus_epi16(a16, a16));
            }
        }
    }

    /// [`super::pair_plain`] and, with `P`, [`super::pair_plain_probe`]'s test of the
    /// scores it writes (`probe`: the L-X lanes' `cmaxx`, the range, `t - 1`).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn pair_plain<const P: bool>(
        labels: usize,
        cur: &[i32],
        ts: [&[i32]; 4],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
        (cx, (lo, hi), t1): super::Probe,
    ) -> bool {
        super::check(labels, cur, e, next, back, &ts);
        let l4 = labels.div_ceil(4) * 4;
        assert!(!P || cx.len() >= l4);
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let (c, ep, np, bp, xp) = (
            cur.as_ptr(),
            e.as_ptr(),
            next.as_mut_ptr(),
            back.as_mut_ptr(),
            cx.as_ptr(),
        );
        // SAFETY (all blocks below): as in `pair_blocks`; `cx` is `l4` long (checked above).
        let (iota, d) = unsafe {
            (
                _mm_setr_epi32(0, 1, 2, 3),
                _mm_set1_epi32(2 * labels as i32),
            )
        };
        // The range test (see `super::Probe`): `v - lo` or-ed into `bad`.
        let high = if P { super::probe_high((lo, hi)) } else { 0 };
        let (lov, t1v, mut bad) =
            unsafe { (_mm_set1_epi32(lo), _mm_set1_epi32(t1), _mm_setzero_si128()) };
        // Last vector first, as in `pair_blocks`.
        for x in (0..l4).step_by(4).rev() {
            unsafe {
                let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                let ib = _mm_add_epi32(_mm_set1_epi32((1 + x) as i32), iota);
                // Lane `x` of block `o` from B-X (transitions `tb`) or I-X (`ti`); returns
                // the back pointers: B-X's id, plus `2 * labels` (I-X's) where I-X wins, and
                // the new scores.
                let block = |o: usize, tb: &[i32], ti: &[i32]| {
                    let vb = _mm_add_epi32(cb, ld(tb.as_ptr().add(x)));
                    let vi = _mm_add_epi32(ci, ld(ti.as_ptr().add(x)));
                    let ok = _mm_cmpgt_epi32(vi, vb);
                    let sum = _mm_add_epi32(select(vi, vb, ok), ld(ep.add(o + x)));
                    _mm_storeu_si128(np.add(o + x) as *mut __m128i, sum);
                    (_mm_add_epi32(ib, _mm_and_si128(ok, d)), sum)
                };
                let ((ai, si), (al, sl)) = (block(bi, ts[0], ts[1]), block(bl, ts[2], ts[3]));
                if P {
                    // I-X is never closed: its bound test is implied (see `Steady`).
                    let oi = _mm_sub_epi32(si, lov);
                    let ol = _mm_sub_epi32(sl, lov);
                    let live = _mm_cmpgt_epi32(_mm_add_epi32(sl, ld(xp.add(x))), t1v);
                    bad = _mm_or_si128(bad, _mm_or_si128(oi, _mm_or_si128(ol, live)));
                }
                // Both blocks' back pointers as bytes in one pack: I-X's four, then L-X's.
                let a16 = _mm_packs_epi32(ai, al);
                let eight = _mm_cvtsi128_si64(_mm_packus_epi16(a16, a16)) as u64;
                (bp.add(bi + x) as *mut u32).write_unaligned(eight as u32);
                (bp.add(bl + x) as *mut u32).write_unaligned((eight >> 32) as u32);
            }
        }
        !P || fine(bad, high)
    }

    /// [`super::Blocked::steady_run`]: per step, [`wide_plain_probe`], the back pointers'
    /// zeros and [`pair_plain`]`::<true>`, lane for lane, with their constants set up once.
    pub fn steady_run<'s>(
        k: &super::RunConsts,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        steps: super::Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<super::Closed>) {
        // The shipped model's label count: every bound below a constant, the loops unrolled.
        match k.labels {
            18 => run(k, 18, cur, next, steps, back),
            labels => run(k, labels, cur, next, steps, back),
        }
    }

    #[inline(always)]
    fn run<'s>(
        k: &super::RunConsts,
        labels: usize,
        cur: &mut &'s mut [i32],
        next: &mut &'s mut [i32],
        steps: super::Steps,
        back: &mut [u8],
    ) -> (usize, bool, Option<super::Closed>) {
        let (ww, cap, l4, from) = super::checked_run_shape(k, labels, cur, next, &steps, back);
        let super::Steps {
            em,
            es,
            mut i,
            n,
            mut p,
        } = steps;
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let high = super::probe_high(k.range);
        let (tp, xp, qp) = (k.trw.as_ptr(), k.cmaxw.as_ptr(), k.quads.as_ptr());
        let first = i;
        // The scores' length, for the steps that are not steady (`c` is `cur` or `next`).
        let len = cur.len().min(next.len());
        let (mut c, mut np) = (cur.as_mut_ptr(), next.as_mut_ptr());
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; every load and
        // store is within the lengths checked above: the scores' below `need` (`c` and `np`
        // are `cur` and `next`, swapped each step), the wide transitions' and `cmaxw`'s below
        // `ww`, `quads`' below `5 * l4`, the emissions' below `(n - 1) * es + need` (row
        // `i < n`), the back pointers' below `cap` (`48 <= cap`) in row `i < n`.
        unsafe {
            let mut ep = em.as_ptr().add(i * es);
            let mut bp = back.as_mut_ptr().add(i * cap);
            // The back pointers are bytes (tags below 256): B-X's id, plus `2 * labels` (I-X's)
            // where I-X wins, from the compares' masks packed to bytes.
            let (lov, d8, four8) = (
                _mm_set1_epi32(k.range.0),
                _mm_set1_epi8(2 * labels as i8),
                _mm_set1_epi8(4),
            );
            // The B-X ids of the last vector of four labels, twice (the I-X block's four, then
            // the L-X block's; the narrow loop runs backwards).
            let ib_last = _mm_add_epi8(
                _mm_set1_epi8((1 + l4 - 4) as i8),
                _mm_setr_epi8(0, 1, 2, 3, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0),
            );
            // The step's one live wide predecessor `p` (`steps.p` at the first step, then O), its
            // row and its id as the back pointers' bytes.
            let (mut rp, mut z) = (tp.add(p * ww), _mm_set1_epi8(p as i8));
            loop {
                let c0 = *c.add(p);
                // The next step's bound, as in `Blocked::plain_step`.
                let t = c0.wrapping_add(*rp).wrapping_add(*ep).wrapping_add(k.cmin0);
                let t1 = t.checked_sub(1);
                let t1v = _mm_set1_epi32(t1.unwrap_or(i32::MIN));
                let cv = _mm_set1_epi32(c0);
                let mut bad = _mm_setzero_si128();
                let mut j = 0;
                while j < from {
                    let v = _mm_add_epi32(_mm_add_epi32(cv, ld(rp.add(j))), ld(ep.add(j)));
                    _mm_storeu_si128(np.add(j) as *mut __m128i, v);
                    bad = _mm_or_si128(bad, _mm_sub_epi32(v, lov));
                    j += 4;
                }
                while j < ww {
                    let v = _mm_add_epi32(_mm_add_epi32(cv, ld(rp.add(j))), ld(ep.add(j)));
                    _mm_storeu_si128(np.add(j) as *mut __m128i, v);
                    let live = _mm_cmpgt_epi32(_mm_add_epi32(v, ld(xp.add(j))), t1v);
                    bad = _mm_or_si128(bad, _mm_or_si128(_mm_sub_epi32(v, lov), live));
                    j += 4;
                }
                // The wide tags' back pointers, all `p`: `ww` rounded up to 16 bytes (three
                // stores for the shipped model). The lanes past `ww` are I-X and L-X lanes,
                // written below, or past every tag (never read); below `cap` (`run_shape`).
                let mut o = 0;
                while o < ww {
                    _mm_storeu_si128(bp.add(o) as *mut __m128i, z);
                    o += 16;
                }
                // `pair_plain::<true>`, last vector first.
                let mut ib = ib_last;
                let mut x = l4;
                while x > 0 {
                    x -= 4;
                    let q = qp.add(5 * x);
                    let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                    // `vi` where I-X wins, else `vb`: `vb + (vi - vb)` is `vi` (wrapping).
                    let block = |o: usize, tb: *const i32, ti: *const i32| {
                        let vb = _mm_add_epi32(cb, ld(tb));
                        let vi = _mm_add_epi32(ci, ld(ti));
                        let ok = _mm_cmpgt_epi32(vi, vb);
                        let best = _mm_add_epi32(vb, _mm_and_si128(ok, _mm_sub_epi32(vi, vb)));
                        let sum = _mm_add_epi32(best, ld(ep.add(o + x)));
                        _mm_storeu_si128(np.add(o + x) as *mut __m128i, sum);
                        (ok, sum)
                    };
                    let (mi, si) = block(bi, q, q.add(4));
                    let (ml, sl) = block(bl, q.add(8), q.add(12));
                    let oi = _mm_sub_epi32(si, lov);
                    let ol = _mm_sub_epi32(sl, lov);
                    let live = _mm_cmpgt_epi32(_mm_add_epi32(sl, ld(q.add(16))), t1v);
                    bad = _mm_or_si128(bad, _mm_or_si128(oi, _mm_or_si128(ol, live)));
                    // The masks (all ones or zero) stay so packed with signed saturation.
                    let m16 = _mm_packs_epi32(mi, ml);
                    let m8 = _mm_packs_epi16(m16, m16);
                    let a8 = _mm_add_epi8(ib, _mm_and_si128(m8, d8));
                    let eight = _mm_cvtsi128_si64(a8) as u64;
                    (bp.add(bi + x) as *mut u32).write_unaligned(eight as u32);
                    (bp.add(bl + x) as *mut u32).write_unaligned((eight >> 32) as u32);
                    ib = _mm_sub_epi8(ib, four8);
                }
                let steady = fine(bad, high) && t1.is_some();
                (p, rp, z) = (0, tp, _mm_setzero_si128());
                std::mem::swap(&mut c, &mut np);
                (ep, bp, i) = (ep.add(es), bp.add(cap), i + 1);
                // `t` is the next step's `cur[0] + cmin[0]`, its bound: shifted outside
                // `RENORM`.
                if i == n || (steady && !(-RENORM..=RENORM).contains(&t)) {
                    if (i - first) % 2 == 1 {
                        std::mem::swap(cur, next);
                    }
                    return (i, steady, None);
                }
                if !steady {
                    // Mostly one live predecessor still (an entity's last tag, beating O
                    // at the step after the entity): the run goes on from it.
                    let cs = core::slice::from_raw_parts(c, len);
                    match super::run_one_live(k, labels, cs) {
                        Ok(q) => (p, rp, z) = (q, tp.add(q * ww), _mm_set1_epi8(q as i8)),
                        Err(closed) => {
                            if (i - first) % 2 == 1 {
                                std::mem::swap(cur, next);
                            }
                            return (i, false, Some(closed));
                        }
                    }
                }
            }
        }
    }

    /// Whether no lane of `bad` has a bit of `high` set.
    #[inline(always)]
    fn fine(bad: __m128i, high: i32) -> bool {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe {
            let b = _mm_and_si128(bad, _mm_set1_epi32(high));
            _mm_movemask_epi8(_mm_cmpeq_epi32(b, _mm_setzero_si128())) == 0xFFFF
        }
    }

    /// [`super::wide_plain_probe`].
    pub fn wide_plain_probe(
        c: i32,
        row: &[i32],
        e: &[i32],
        next: &mut [i32],
        from: usize,
        (cx, (lo, hi), t1): super::Probe,
    ) -> bool {
        let w = row.len() / 4 * 4;
        assert!(e.len() >= w && next.len() >= w && cx.len() >= w);
        let high = super::probe_high((lo, hi));
        let (rp, ep, np, xp) = (row.as_ptr(), e.as_ptr(), next.as_mut_ptr(), cx.as_ptr());
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; every load and
        // store is at most at `w - 4`, checked above.
        unsafe {
            let (cv, lov, t1v) = (_mm_set1_epi32(c), _mm_set1_epi32(lo), _mm_set1_epi32(t1));
            let mut bad = _mm_setzero_si128();
            let mut j = 0;
            // Below `from`, the range alone (the bound is implied there).
            while j < w.min(from) {
                let v = _mm_add_epi32(_mm_add_epi32(cv, ld(rp.add(j))), ld(ep.add(j)));
                _mm_storeu_si128(np.add(j) as *mut __m128i, v);
                bad = _mm_or_si128(bad, _mm_sub_epi32(v, lov));
                j += 4;
            }
            while j < w {
                let v = _mm_add_epi32(_mm_add_epi32(cv, ld(rp.add(j))), ld(ep.add(j)));
                _mm_storeu_si128(np.add(j) as *mut __m128i, v);
                let live = _mm_cmpgt_epi32(_mm_add_epi32(v, ld(xp.add(j))), t1v);
                bad = _mm_or_si128(bad, _mm_or_si128(_mm_sub_epi32(v, lov), live));
                j += 4;
            }
            fine(bad, high)
        }
    }

    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn pair_blocks(
        labels: usize,
        cur: &[i32],
        ts: [&[i32]; 4],
        e: &[i32],
        next: &mut [i32],
        back: &mut [u8],
    ) {
        super::check(labels, cur, e, next, back, &ts);
        let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
        let (c, ep, np, bp) = (
            cur.as_ptr(),
            e.as_ptr(),
            next.as_mut_ptr(),
            back.as_mut_ptr(),
        );
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; every index is at
        // most `bl + x + 4 <= bl + l4` (and `ts` are `l4` long), checked by `check`.
        let (negv, iota) = unsafe { (_mm_set1_epi32(NEG), _mm_setr_epi32(0, 1, 2, 3)) };
        // Last vector first (see the simd128 version).
        for x in (0..labels.div_ceil(4) * 4).step_by(4).rev() {
            unsafe {
                let (cb, ci) = (ld(c.add(1 + x)), ld(c.add(bi + x)));
                let (nb, ni) = (_mm_cmpeq_epi32(cb, negv), _mm_cmpeq_epi32(ci, negv));
                let ib = _mm_add_epi32(_mm_set1_epi32((1 + x) as i32), iota);
                let ii = _mm_add_epi32(_mm_set1_epi32((bi + x) as i32), iota);
                for (o, tb, ti) in [(bi, ts[0], ts[1]), (bl, ts[2], ts[3])] {
                    let vb = _mm_add_epi32(cb, ld(tb.as_ptr().add(x)));
                    let ok = _mm_andnot_si128(nb, _mm_cmpgt_epi32(vb, negv));
                    let best = select(vb, negv, ok);
                    let arg = _mm_and_si128(ib, ok);
                    let vi = _mm_add_epi32(ci, ld(ti.as_ptr().add(x)));
                    let ok = _mm_andnot_si128(ni, _mm_cmpgt_epi32(vi, best));
                    let best = select(vi, best, ok);
                    let arg = select(ii, arg, ok);
                    let sum = _mm_add_epi32(best, ld(ep.add(o + x)));
                    let nv = select(negv, sum, _mm_cmpeq_epi32(best, negv));
                    _mm_storeu_si128(np.add(o + x) as *mut __m128i, nv);
                    let a16 = _mm_packs_epi32(arg, arg);
                    let four = _mm_cvtsi128_si32(_mm_packus_epi16(a16, a16));
                    (bp.add(o + x) as *mut i32).write_unaligned(four);
                }
            }
        }
    }
}

/// The predecessors of the wide tags that may win, into `live` in file order (O, then L-X and
/// U-X per label), from the scores `cur` of a part-major BILOU step with `labels` labels: the
/// reachable closed tags `p` whose best transition into a wide tag (`cmax[p]`) keeps them at
/// or above the bound, the best worst case over all closed tags `q` (`cur[q] + cmin[q]`). A
/// closed tag below it is beaten by that `q` in every wide tag, so dropping it changes no
/// score and no back pointer. `cur`, `cmax` and `cmin` reach at least 3 lanes past the L-X
/// block (`cmax`, `cmin` [`OFF`] where a tag is not closed). Returns the bound.
#[inline(always)]
pub fn closed_live(
    labels: usize,
    cur: &[i32],
    cmax: &[i32],
    cmin: &[i32],
    live: &mut Vec<u16>,
) -> i32 {
    #[cfg(any(
        target_arch = "x86_64",
        all(target_arch = "wasm32", target_feature = "simd128")
    ))]
    {
        let (thr, o, masks) = closed_masks(labels, cur, cmax, cmin);
        if o {
            live.push(0);
        }
        push_live(labels, masks, (1 + labels, 1 + 3 * labels), live);
        return thr;
    }
    #[allow(unreachable_code)]
    closed_live_portable(labels, cur, cmax, cmin, live)
}

/// [`closed_live`]'s bound, whether O is live and the live U-X and L-X tags as masks
/// ([`closed_masks`]).
type Closed = (i32, bool, (u64, u64));

/// [`closed_live`]'s bound, whether O is live, and the live U-X and L-X tags as masks (bit
/// `x` of the first for label `x`'s U-X, of the second for its L-X; bits from `labels` on
/// are lanes past the blocks, not tags), for [`push_live`] or [`run_one_live`].
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
#[inline(always)]
fn closed_masks(labels: usize, cur: &[i32], cmax: &[i32], cmin: &[i32]) -> (i32, bool, (u64, u64)) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::closed_masks(labels, cur, cmax, cmin);
    #[cfg(target_arch = "x86_64")]
    return sse2::closed_masks(labels, cur, cmax, cmin);
}

/// At a step of a run that is not steady (the step before said so: [`Steady`]'s doc,
/// "Folded"), what [`Blocked::viterbi`]'s loop would do next with the scores `cur` where it
/// would go on with a run ([`Blocked::plain_step`] from one live wide predecessor): the one
/// live closed tag `p` (O, an L-X or a U-X) where [`closed_live`] gives exactly one and a
/// bound within `RENORM` (no shift), `cur[p]` is within `p`'s [`Blocked::plain`] and
/// [`pair_in_range`] holds; else `None` (the run ends, and the loop asks the same again).
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
#[inline(always)]
fn run_one_live(k: &RunConsts, labels: usize, cur: &[i32]) -> Result<usize, Closed> {
    let closed = closed_masks(labels, cur, k.cmax, k.cmin);
    let (thr, o, (mu, ml)) = closed;
    let valid = (1u64 << labels) - 1;
    let (mu, ml) = (mu & valid, ml & valid);
    let any = mu | ml;
    let p = if o {
        if any != 0 {
            return Err(closed);
        }
        0
    } else {
        // One bit in all: one label, and only one of its U-X and L-X.
        if any == 0 || any & (any - 1) != 0 || mu & ml != 0 {
            return Err(closed);
        }
        let b = any.trailing_zeros() as usize;
        if ml != 0 {
            1 + 3 * labels + b
        } else {
            1 + labels + b
        }
    };
    let (lo, hi) = k.plain[p];
    ((-RENORM..=RENORM).contains(&thr)
        && (lo..=hi).contains(&(cur[p] as i64))
        && pair_in_range(labels, cur, k.pair_range))
    .then_some(p)
    .ok_or(closed)
}

/// [`run_one_live`] with [`closed_live_portable`], for [`Blocked::steady_run_portable`].
fn run_one_live_portable(b: &Blocked, cur: &[i32]) -> Option<usize> {
    let mut live = Vec::new();
    let thr = closed_live_portable(b.labels, cur, &b.cmax, &b.cmin, &mut live);
    match *live {
        [p] if (-RENORM..=RENORM).contains(&thr) => {
            let (lo, hi) = b.plain[p as usize];
            ((lo..=hi).contains(&(cur[p as usize] as i64))
                && pair_in_range(b.labels, cur, b.pair_range))
            .then_some(p as usize)
        }
        _ => None,
    }
}

/// [`closed_live`] in plain loops.
/// Pushes the live closed tags (bit `x` of `ml` and `mu` for label `x`'s L-X and U-X; the
/// bits from `labels` on, the lanes past the blocks, are dropped): label `x`'s L tag at `l +
/// x` where bit `x` of `ml` is set, then its U tag at `u + x` where `mu`'s is, label by label,
/// as [`closed_live_portable`] orders them. One pass over the set bits of all groups (a
/// branch and a call per group of four labels cost 25 instructions a group).
#[inline(always)]
fn push_live(labels: usize, (mu, ml): (u64, u64), (u, l): (usize, usize), live: &mut Vec<u16>) {
    // `labels < 64`: `nt = 1 + 4 * labels` is at most 256 (`tag_order`).
    assert!(labels < 64);
    let valid = (1u64 << labels) - 1;
    let (mu, ml) = (mu & valid, ml & valid);
    let mut any = mu | ml;
    while any != 0 {
        let b = any.trailing_zeros();
        if ml >> b & 1 != 0 {
            live.push((l + b as usize) as u16);
        }
        if mu >> b & 1 != 0 {
            live.push((u + b as usize) as u16);
        }
        any &= any - 1;
    }
}

pub fn closed_live_portable(
    labels: usize,
    cur: &[i32],
    cmax: &[i32],
    cmin: &[i32],
    live: &mut Vec<u16>,
) -> i32 {
    let (bu, bl) = (1 + labels, 1 + 3 * labels);
    let l4 = labels.div_ceil(4) * 4;
    let mut thr = cur[0].wrapping_add(cmin[0]);
    for x in 0..l4 {
        for p in [bu + x, bl + x] {
            thr = thr.max(cur[p].wrapping_add(cmin[p]));
        }
    }
    if cur[0] > NEG && cur[0].wrapping_add(cmax[0]) >= thr {
        live.push(0);
    }
    for x in 0..labels {
        for p in [bl + x, bu + x] {
            if cur[p] > NEG && cur[p].wrapping_add(cmax[p]) >= thr {
                live.push(p as u16);
            }
        }
    }
    thr
}

/// The wide tags' new scores and back pointers: for each of the `ww` columns of `trw` (one
/// row of `ww` per previous tag), the max over `live` of `cur[p] + trw[p * ww + j]`, the first
/// `p` on ties ([`simd::max_plus`]), plus `e[j]`; `NEG` (back pointer 0) where no live tag
/// reaches it. `ww` a multiple of 8; `e`, `next` and `back` at least `ww` long.
#[inline]
pub fn wide_step(
    cur: &[i32],
    live: &[u16],
    trw: &[i32],
    ww: usize,
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::wide_step(cur, live, trw, ww, e, next, back);
    #[cfg(target_arch = "x86_64")]
    return sse2::wide_step(cur, live, trw, ww, e, next, back);
    #[allow(unreachable_code)]
    wide_step_portable(cur, live, trw, ww, e, next, back)
}

/// [`wide_step`] with one live predecessor of score `c` and transitions `row` (`ww`) where
/// every `c + row[j]` is above `NEG` and does not overflow ([`Blocked::plain`]): then each is
/// its column's best and not `NEG`, so the new score is `c + row[j] + e[j]` (the same
/// wrapping adds) and every back pointer that predecessor. Plain adds, which vectorize.
#[inline]
fn wide_plain(c: i32, row: &[i32], e: &[i32], next: &mut [i32]) {
    for ((n, &r), &e) in next[..row.len()].iter_mut().zip(row).zip(&e[..row.len()]) {
        *n = c.wrapping_add(r).wrapping_add(e);
    }
}

/// [`wide_step`] in plain loops.
pub fn wide_step_portable(
    cur: &[i32],
    live: &[u16],
    trw: &[i32],
    ww: usize,
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    const L: usize = simd::LANES;
    for (((j, nx), bk), ej) in (0..ww)
        .step_by(L)
        .zip(next[..ww].chunks_exact_mut(L))
        .zip(back[..ww].chunks_exact_mut(L))
        .zip(e[..ww].chunks_exact(L))
    {
        let mut bb = [NEG; L];
        let mut aa = [0i32; L];
        for &p in live {
            let p = p as usize;
            let c = cur[p];
            let row: &[i32; L] = trw[p * ww + j..p * ww + j + L].try_into().unwrap();
            for k in 0..L {
                let v = c.wrapping_add(row[k]);
                let gt = v > bb[k];
                bb[k] = if gt { v } else { bb[k] };
                aa[k] = if gt { p as i32 } else { aa[k] };
            }
        }
        for k in 0..L {
            nx[k] = if bb[k] == NEG {
                NEG
            } else {
                bb[k].wrapping_add(ej[k])
            };
            bk[k] = aa[k] as u8;
        }
    }
}

/// The narrow tags of a part-major BILOU step with `labels` labels: lane `x` of the I-X block
/// (and of the L-X block) is the better of B-X (`cur[1 + x]`, transition `ts[0][x]`, for L-X
/// `ts[2][x]`) and I-X (`cur[1 + 2 * labels + x]`, `ts[1][x]` / `ts[3][x]`), B-X first on ties,
/// unreachable (`NEG`) ones skipped; `best + e` (or `NEG`) into `next`, the predecessor's
/// internal id into `back`. Lanes past the last label are written too (into the first lanes
/// of the next block, before those are, and past the L-X block).
#[inline]
pub fn pair_blocks(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::pair_blocks(labels, cur, ts, e, next, back);
    #[cfg(target_arch = "x86_64")]
    return sse2::pair_blocks(labels, cur, ts, e, next, back);
    #[allow(unreachable_code)]
    pair_blocks_portable(labels, cur, ts, e, next, back)
}

/// [`pair_blocks`] where every B-X and I-X score `c` it reads (all `l4` lanes of both
/// blocks) is within [`Blocked::pair_range`] ([`pair_in_range`]): then none is `NEG`, every
/// sum with a transition is above `NEG` and exact, so B-X always qualifies, I-X wins where
/// strictly better, and the new score is never `NEG`. The same integers and back pointers,
/// without the checks.
#[inline]
pub fn pair_plain(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    const NONE: Probe = (&[], (0, 0), 0);
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    wasm::pair_plain::<false>(labels, cur, ts, e, next, back, NONE);
    #[cfg(target_arch = "x86_64")]
    sse2::pair_plain::<false>(labels, cur, ts, e, next, back, NONE);
    #[cfg(not(any(
        all(target_arch = "wasm32", target_feature = "simd128"),
        target_arch = "x86_64"
    )))]
    pair_plain_portable(labels, cur, ts, e, next, back);
}

/// The next step's steady test, folded into the kernels of a steady step that write its
/// scores ([`Steady`]'s doc, "Folded"): `cmaxx` from the first lane the kernel writes, the
/// range `lo..=hi`, and `t - 1` (the bound less one: `v + c < t` is `v + c <= t - 1`). The
/// range is a power of two long (`hi - lo + 1`), so a lane is in it exactly where `v - lo`
/// (wrapping) has no bit of [`probe_high`] set: the vector kernels `or` `v - lo` and the
/// bound test's masks together and test those bits once at the end.
pub type Probe<'a> = (&'a [i32], (i32, i32), i32);

/// The bits no `v - lo` of a lane within `lo..=hi` has (`hi - lo + 1` a power of two, checked
/// here; the bound test's all-ones masks have them all).
#[inline(always)]
pub fn probe_high((lo, hi): (i32, i32)) -> i32 {
    let span = (hi.wrapping_sub(lo) as u32).wrapping_add(1);
    assert!(span.is_power_of_two() && span > 1);
    !(span - 1) as i32
}

/// [`pair_plain`], and whether every score it writes (both blocks, all `l4` lanes of each)
/// is within `lo..=hi`, and every L-X lane's `v + cx[x] <= t1` (`probe = (cx, (lo, hi), t1)`,
/// `cx` `l4` long: `cmaxx` from the L-X block on). I-X lanes have no bound test: their
/// `cmaxx` is [`OFF`], and the range and R5 imply it.
#[allow(clippy::too_many_arguments)]
#[inline]
pub fn pair_plain_probe(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
    probe: Probe,
) -> bool {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::pair_plain::<true>(labels, cur, ts, e, next, back, probe);
    #[cfg(target_arch = "x86_64")]
    return sse2::pair_plain::<true>(labels, cur, ts, e, next, back, probe);
    #[allow(unreachable_code)]
    pair_plain_probe_portable(labels, cur, ts, e, next, back, probe)
}

/// [`wide_plain`] (four lanes at a time over `row`, a multiple of 4 long), and whether every
/// score it writes is within `lo..=hi` and, from lane `from` (a multiple of 4) on, has `v +
/// cx[j] <= t1` (`probe = (cx, (lo, hi), t1)`, `cx` at least `row.len()` long: `cmaxx` from
/// lane 0). Below `from` (O and the B-X lanes of a whole vector) `cmaxx` is [`OFF`], where the
/// range and R5 imply the bound test ([`Steady`]'s doc, "Folded").
#[inline]
pub fn wide_plain_probe(
    c: i32,
    row: &[i32],
    e: &[i32],
    next: &mut [i32],
    from: usize,
    probe: Probe,
) -> bool {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    return wasm::wide_plain_probe(c, row, e, next, from, probe);
    #[cfg(target_arch = "x86_64")]
    return sse2::wide_plain_probe(c, row, e, next, from, probe);
    #[allow(unreachable_code)]
    wide_plain_probe_portable(c, row, e, next, from, probe)
}

/// [`wide_plain_probe`] in plain loops.
pub fn wide_plain_probe_portable(
    c: i32,
    row: &[i32],
    e: &[i32],
    next: &mut [i32],
    from: usize,
    (cx, (lo, hi), t1): Probe,
) -> bool {
    wide_plain(c, row, e, next);
    next[..row.len()]
        .iter()
        .zip(&cx[..row.len()])
        .enumerate()
        .all(|(j, (&v, &c))| (lo..=hi).contains(&v) && (j < from || v.wrapping_add(c) <= t1))
}

/// [`pair_plain_probe`] in plain loops, in the same order.
#[allow(clippy::too_many_arguments)]
pub fn pair_plain_probe_portable(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
    (cx, (lo, hi), t1): Probe,
) -> bool {
    check(labels, cur, e, next, back, &ts);
    let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
    let mut ok = true;
    for x0 in (0..labels.div_ceil(4) * 4).step_by(4).rev() {
        for (o, tb, ti) in [(bi, ts[0], ts[1]), (bl, ts[2], ts[3])] {
            for x in x0..x0 + 4 {
                let vb = cur[1 + x].wrapping_add(tb[x]);
                let vi = cur[bi + x].wrapping_add(ti[x]);
                let (best, arg) = if vi > vb { (vi, bi + x) } else { (vb, 1 + x) };
                let v = best.wrapping_add(e[o + x]);
                next[o + x] = v;
                back[o + x] = arg as u8;
                ok &= (lo..=hi).contains(&v) && (o == bi || v.wrapping_add(cx[x]) <= t1);
            }
        }
    }
    ok
}

/// Whether every B-X and I-X score of `cur` that [`pair_blocks`] reads (`l4` lanes from
/// `1` and from `1 + 2 * labels`) is within `lo..=hi`.
#[inline]
pub fn pair_in_range(labels: usize, cur: &[i32], (lo, hi): (i32, i32)) -> bool {
    let (l4, bi) = (labels.div_ceil(4) * 4, 1 + 2 * labels);
    match (cur.get(1..1 + l4), cur.get(bi..bi + l4)) {
        (Some(b), Some(i)) if lo <= hi => in_range(b, lo, hi) && in_range(i, lo, hi),
        _ => false,
    }
}

/// Whether every score of `s` (a multiple of 4 long) is within `lo..=hi` (`lo <= hi`): four
/// lanes at a time, without early exit (a plain fold over the lanes was not vectorized and
/// cost more than [`pair_plain`] saves).
#[inline]
fn in_range(s: &[i32], lo: i32, hi: i32) -> bool {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let (lov, hiv) = (i32x4_splat(lo), i32x4_splat(hi));
        let mut out = i32x4_splat(0);
        for c in s.chunks_exact(4) {
            // SAFETY: `c` is 4 readable i32s; no alignment requirement.
            let v = unsafe { v128_load(c.as_ptr() as *const v128) };
            out = v128_or(out, v128_or(i32x4_lt(v, lov), i32x4_gt(v, hiv)));
        }
        return !v128_any_true(out);
    }
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::*;
        // SAFETY (all blocks below): SSE2 is part of the x86_64 baseline; each load is of a
        // 4-lane chunk of `s`.
        unsafe {
            let (lov, hiv) = (_mm_set1_epi32(lo), _mm_set1_epi32(hi));
            let mut out = _mm_setzero_si128();
            for c in s.chunks_exact(4) {
                let v = _mm_loadu_si128(c.as_ptr() as *const __m128i);
                out = _mm_or_si128(
                    out,
                    _mm_or_si128(_mm_cmplt_epi32(v, lov), _mm_cmpgt_epi32(v, hiv)),
                );
            }
            return _mm_movemask_epi8(out) == 0;
        }
    }
    #[allow(unreachable_code)]
    s.iter().all(|&c| (lo..=hi).contains(&c))
}

/// [`pair_plain`] in plain loops, in the same order.
pub fn pair_plain_portable(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    check(labels, cur, e, next, back, &ts);
    let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
    for x0 in (0..labels.div_ceil(4) * 4).step_by(4).rev() {
        for (o, tb, ti) in [(bi, ts[0], ts[1]), (bl, ts[2], ts[3])] {
            for x in x0..x0 + 4 {
                let vb = cur[1 + x].wrapping_add(tb[x]);
                let vi = cur[bi + x].wrapping_add(ti[x]);
                let (best, arg) = if vi > vb { (vi, bi + x) } else { (vb, 1 + x) };
                next[o + x] = best.wrapping_add(e[o + x]);
                back[o + x] = arg as u8;
            }
        }
    }
}

/// [`pair_blocks`] in plain loops, in the same order.
pub fn pair_blocks_portable(
    labels: usize,
    cur: &[i32],
    ts: [&[i32]; 4],
    e: &[i32],
    next: &mut [i32],
    back: &mut [u8],
) {
    check(labels, cur, e, next, back, &ts);
    let (bi, bl) = (1 + 2 * labels, 1 + 3 * labels);
    for x0 in (0..labels.div_ceil(4) * 4).step_by(4).rev() {
        for (o, tb, ti) in [(bi, ts[0], ts[1]), (bl, ts[2], ts[3])] {
            for x in x0..x0 + 4 {
                let (mut best, mut arg) = (NEG, 0usize);
                let (cb, ci) = (cur[1 + x], cur[bi + x]);
                let v = cb.wrapping_add(tb[x]);
                if cb != NEG && v > best {
                    best = v;
                    arg = 1 + x;
                }
                let v = ci.wrapping_add(ti[x]);
                if ci != NEG && v > best {
                    best = v;
                    arg = bi + x;
                }
                next[o + x] = if best == NEG {
                    NEG
                } else {
                    best.wrapping_add(e[o + x])
                };
                back[o + x] = arg as u8;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::model::simd::rnd;

    /// Where [`Blocked::plain`] allows it, [`wide_plain`] and its back pointers are exactly
    /// [`wide_step`]'s with that one predecessor, at the edges of the allowed scores too.
    #[test]
    fn plain_wide_step_equals_the_kernel() {
        let mut s = 7u64;
        let (nt, ww) = (73, 40);
        let mut tr: Vec<i32> = (0..(nt + 1) * nt).map(|_| rnd(&mut s, 3000)).collect();
        // Rows that reach far down and up.
        tr[5] = NEG / 2;
        tr[nt + 3] = i32::MAX / 2;
        let b = Blocked::new(Scheme::Bilou, nt, &tr).unwrap();
        let cap = b.cap;
        let e: Vec<i32> = (0..cap).map(|_| rnd(&mut s, 100_000)).collect();
        let mut checked = 0;
        for p in 0..nt {
            let (lo, hi) = b.plain[p];
            for c in [lo - 1, lo, lo + 1, -5, 0, 77, hi - 1, hi, hi + 1] {
                let Ok(c) = i32::try_from(c) else { continue };
                let mut cur = vec![NEG; cap];
                cur[p] = c;
                let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
                let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
                wide_step(&cur, &[p as u16], &b.trw, ww, &e, &mut n1, &mut b1);
                if (lo..=hi).contains(&(c as i64)) {
                    wide_plain(c, &b.trw[p * ww..(p + 1) * ww], &e, &mut n2);
                    b2[..ww].fill(p as u8);
                    assert_eq!((&n1, &b1), (&n2, &b2), "tag {p}, score {c}");
                    checked += 1;
                } else {
                    // Outside: some column is unreachable or wraps.
                    let plain = (0..ww).all(|j| {
                        let v = c as i64 + b.trw[p * ww + j] as i64;
                        v > NEG as i64 && v <= i32::MAX as i64
                    });
                    assert!(!plain, "tag {p}, score {c}");
                }
            }
        }
        assert!(checked > 4 * nt);
    }

    /// The vector [`steady_lanes`] (SSE2 natively) answers as its plain loop, at the edges
    /// of the range and of the bound, for lengths with and without a partial last vector.
    #[test]
    fn steady_lanes_match_the_plain_loop() {
        let mut s = 5u64;
        let (lo, hi) = (Steady::LO, Steady::HI);
        let mut held = 0;
        for n in [4usize, 5, 7, 8, 9, 75, 76] {
            for round in 0..400 {
                let t = match round % 5 {
                    0 => i32::MIN,
                    1 => i32::MIN + 1,
                    _ => rnd(&mut s, 1000),
                };
                let cmaxx: Vec<i32> = (0..n)
                    .map(|p| if p % 3 == 0 { OFF } else { rnd(&mut s, 50) })
                    .collect();
                let mut cur: Vec<i32> = cmaxx
                    .iter()
                    .map(|&c| {
                        t.saturating_sub(c)
                            .saturating_sub(1 + rnd(&mut s, 40).abs())
                    })
                    .map(|v| v.clamp(lo, hi))
                    .collect();
                // One lane, sometimes, at or just past an edge.
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
        assert!(held > 500, "{held}");
    }

    /// Where [`Steady::holds`], the four passes it stands for answer "O alone, bound
    /// `cur[0] + cmin[0]`, plain, unchecked" (the range argument in [`Steady`]'s doc), for
    /// scores near the range's edges and the bound, with large and small transitions.
    #[test]
    fn a_steady_step_is_what_the_checks_say() {
        let mut s = 11u64;
        let mut held = 0;
        for labels in [1usize, 2, 5, 18] {
            let nt = 1 + 4 * labels;
            for (round, mt) in [3i64, 3000, 1 << 20, 1 << 27]
                .into_iter()
                .cycle()
                .take(60)
                .enumerate()
            {
                let tr: Vec<i32> = (0..(nt + 1) * nt).map(|_| rnd(&mut s, mt)).collect();
                let b = Blocked::new(Scheme::Bilou, nt, &tr).unwrap();
                let Some(st) = &b.steady else {
                    // Only transitions near 2^27 may leave no room for the argument.
                    assert!(mt >= 1 << 27);
                    continue;
                };
                for k in 0..40 {
                    // O near an edge of the range, the others below the bound by a little.
                    let c0 = match k % 4 {
                        0 => Steady::LO,
                        1 => Steady::HI,
                        _ => rnd(&mut s, 1 << 20),
                    };
                    let t = c0 + b.cmin[0];
                    let mut cur: Vec<i32> = (0..b.cap)
                        .map(|p| {
                            let c = st.cmaxx.get(p).copied().unwrap_or(OFF);
                            let below = if k % 3 == 0 {
                                1
                            } else {
                                1 + rnd(&mut s, mt).abs()
                            };
                            ((t as i64 - c as i64 - below as i64)
                                .clamp(Steady::LO as i64, Steady::HI as i64))
                                as i32
                        })
                        .collect();
                    cur[0] = c0;
                    if k % 5 == 4 {
                        // A lane past the range or at the bound: not steady (or still so).
                        let p = k % st.end;
                        cur[p] = if k % 2 == 0 {
                            Steady::LO - 1
                        } else {
                            t - st.cmaxx[p]
                        };
                    }
                    if !st.holds(&cur) {
                        continue;
                    }
                    held += 1;
                    let mut live = Vec::new();
                    let thr = closed_live(labels, &cur, &b.cmax, &b.cmin, &mut live);
                    assert_eq!(
                        (thr, &live[..]),
                        (t, &[0u16][..]),
                        "labels {labels}, round {round}"
                    );
                    let (lo, hi) = b.plain[0];
                    assert!((lo..=hi).contains(&(cur[0] as i64)));
                    assert!(pair_in_range(labels, &cur, b.pair_range));
                }
            }
        }
        assert!(held > 1000, "{held}");
    }

    /// The probe kernels (SSE2 natively) write what their plain loops write and answer the
    /// same, at the edges of the range and the bound; and what they write is what
    /// [`wide_plain`] and [`pair_plain`] write.
    #[test]
    fn probe_kernels_match_their_portable_versions() {
        let mut s = 23u64;
        let (lo, hi) = (Steady::LO, Steady::HI);
        let mut held = [0usize; 2];
        for labels in [1usize, 2, 5, 18] {
            let nt = 1 + 4 * labels;
            let cap = simd::padded(nt) + 8;
            let ww = simd::padded(1 + 2 * labels);
            let l4 = labels.div_ceil(4) * 4;
            for round in 0..300 {
                let cur: Vec<i32> = (0..cap).map(|_| rnd(&mut s, 1 << 20)).collect();
                let ts: Vec<Vec<i32>> = (0..4)
                    .map(|_| (0..l4).map(|_| rnd(&mut s, 1000)).collect())
                    .collect();
                let ts = [&ts[0][..], &ts[1], &ts[2], &ts[3]];
                let row: Vec<i32> = (0..ww).map(|_| rnd(&mut s, 1000)).collect();
                let mut e: Vec<i32> = (0..cap).map(|_| rnd(&mut s, 1000)).collect();
                // One lane, sometimes, at or past an edge of the range.
                let p = round % cap;
                let edge = [lo - 1, lo, hi, hi + 1][round / 7 % 4];
                match round % 3 {
                    0 => e[p] = edge.wrapping_sub(cur[0]).wrapping_sub(row[p % ww]),
                    1 => e[p] = edge,
                    _ => {}
                }
                let cx: Vec<i32> = (0..cap)
                    .map(|_| if round % 4 == 0 { OFF } else { rnd(&mut s, 50) })
                    .collect();
                let t1 = [i32::MIN, i32::MAX, 0, 2_000_000, 1 << 20][round % 5];
                let t1 = if round % 11 == 0 {
                    e[p].wrapping_add(cur[1 + p % labels]).wrapping_add(cx[p])
                } else {
                    t1
                };
                let from = (1 + labels) / 4 * 4;
                let (mut n1, mut n2, mut n3) = (vec![5; cap], vec![5; cap], vec![5; cap]);
                let a = wide_plain_probe(cur[0], &row, &e, &mut n1, from, (&cx, (lo, hi), t1));
                let b =
                    wide_plain_probe_portable(cur[0], &row, &e, &mut n2, from, (&cx, (lo, hi), t1));
                wide_plain(cur[0], &row, &e, &mut n3);
                assert_eq!((a, &n1), (b, &n2), "labels {labels}, round {round}");
                assert_eq!(n1, n3);
                held[0] += a as usize;
                let (mut b1, mut b2, mut b3) = (vec![3u8; cap], vec![3u8; cap], vec![3u8; cap]);
                let pr = (&cx[..l4], (lo, hi), t1);
                let a = pair_plain_probe(labels, &cur, ts, &e, &mut n1, &mut b1, pr);
                let b = pair_plain_probe_portable(labels, &cur, ts, &e, &mut n2, &mut b2, pr);
                pair_plain(labels, &cur, ts, &e, &mut n3, &mut b3);
                assert_eq!(
                    (a, &n1, &b1),
                    (b, &n2, &b2),
                    "labels {labels}, round {round}"
                );
                assert_eq!((&n1, &b1), (&n3, &b3));
                held[1] += a as usize;
            }
        }
        assert!(held.iter().all(|&h| h > 100 && h < 1100), "{held:?}");
    }

    /// [`Blocked::steady_step`] writes what the step did before it (plain wide step from O,
    /// unchecked pair step), and says "steady" exactly where [`Steady::holds`] on its scores
    /// and the lanes it wrote and overwrote are within the range (the doc's "Folded").
    #[test]
    fn a_folded_test_is_the_steady_test() {
        let mut s = 17u64;
        let mut seen = [0usize; 2];
        for labels in [1usize, 2, 5, 18] {
            let nt = 1 + 4 * labels;
            for (round, mt) in [3i64, 3000, 1 << 20]
                .into_iter()
                .cycle()
                .take(30)
                .enumerate()
            {
                let tr: Vec<i32> = (0..(nt + 1) * nt).map(|_| rnd(&mut s, mt)).collect();
                let b = Blocked::new(Scheme::Bilou, nt, &tr).unwrap();
                let st = b.steady.as_ref().unwrap();
                let (cap, ww, l4) = (b.cap, b.ww, b.l4);
                let bi = 1 + 2 * labels;
                for k in 0..60 {
                    // A steady `cur`: O near an edge or not, the others below the bound.
                    let c0 = match k % 4 {
                        0 => Steady::LO + 5000,
                        1 => Steady::HI - 5000,
                        _ => rnd(&mut s, 1 << 20),
                    };
                    let t = c0 + b.cmin[0];
                    // (O's bound for the closed lanes, O's score less a little for the others.)
                    let mut cur: Vec<i32> = (0..cap)
                        .map(|p| {
                            let c = st.cmaxx.get(p).copied().unwrap_or(OFF);
                            let top = if c == OFF {
                                c0 as i64
                            } else {
                                t as i64 - c as i64
                            };
                            ((top - 1 - rnd(&mut s, mt).abs() as i64)
                                .clamp(Steady::LO as i64, Steady::HI as i64))
                                as i32
                        })
                        .collect();
                    cur[0] = c0;
                    if !st.holds(&cur) {
                        continue;
                    }
                    // Emissions that keep O ahead, or not, or push a lane past the range.
                    let m = [10i64, 1000, 100_000][k % 3];
                    let mut e: Vec<i32> = (0..cap).map(|_| rnd(&mut s, m)).collect();
                    e[0] = e[0].abs() + [0, 100_000][k % 2];
                    if k % 5 == 4 {
                        e[k % cap] = [Steady::HI, Steady::LO][k % 2];
                    }
                    let (mut n1, mut n2) = (vec![7; cap], vec![7; cap]);
                    let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
                    let said = b.steady_step(st, &cur, &e, &mut n1, &mut b1);
                    wide_plain(cur[0], &b.trw[..ww], &e, &mut n2);
                    b2[..ww].fill(0);
                    let ts = [&b.tbi[..], &b.tii, &b.tbl, &b.til];
                    pair_plain(labels, &cur, ts, &e, &mut n2, &mut b2);
                    assert_eq!((&n1, &b1), (&n2, &b2), "labels {labels}, round {round}");
                    // The lanes written and then overwritten.
                    let wide_over =
                        (bi..ww).map(|j| cur[0].wrapping_add(b.trw[j]).wrapping_add(e[j]));
                    let pair_over = (labels..l4).map(|x| {
                        let vb = cur[1 + x].wrapping_add(b.tbi[x]);
                        let vi = cur[bi + x].wrapping_add(b.tii[x]);
                        vi.max(vb).wrapping_add(e[bi + x])
                    });
                    let over_ok = wide_over
                        .chain(pair_over)
                        .all(|v| (Steady::LO..=Steady::HI).contains(&v));
                    assert_eq!(
                        said,
                        st.holds(&n1) && over_ok,
                        "labels {labels}, round {round}, k {k}"
                    );
                    seen[said as usize] += 1;
                }
            }
        }
        assert!(seen.iter().all(|&n| n > 200), "{seen:?}");
    }

    #[test]
    fn tag_order_is_part_major() {
        let p = tag_order(Scheme::Bilou, 9).unwrap();
        // O; B-0 I-0 L-0 U-0; B-1 I-1 L-1 U-1 -> O B0 B1 U0 U1 I0 I1 L0 L1.
        assert_eq!(p, [0, 1, 5, 7, 3, 2, 6, 8, 4]);
        assert!(tag_order(Scheme::Bio, 5).is_none());
        assert!(tag_order(Scheme::Bilou, 8).is_none());
        assert!(tag_order(Scheme::Bilou, 1).is_none());
    }

    /// The kernels (SSE2 natively) give exactly what their plain loops give, with unreachable
    /// tags, ties and any number of labels; `tests/wasm.rs` checks the simd128 versions.
    #[test]
    fn kernels_match_their_portable_versions() {
        let mut s = 31u64;
        for (labels, m) in [
            (18usize, 3i64),
            (18, 100_000),
            (1, 1),
            (2, 2),
            (5, 3),
            (7, 1000),
        ] {
            let nt = 1 + 4 * labels;
            let cap = simd::padded(nt) + 8;
            let ww = simd::padded(1 + 2 * labels);
            let l4 = labels.div_ceil(4) * 4;
            for round in 0..60 {
                let cur: Vec<i32> = (0..cap)
                    .map(|j| {
                        if (j + round) % 5 == 0 {
                            NEG
                        } else {
                            rnd(&mut s, m)
                        }
                    })
                    .collect();
                let cmax: Vec<i32> = (0..cap).map(|_| rnd(&mut s, m)).collect();
                let cmin: Vec<i32> = cmax.iter().map(|&v| v - rnd(&mut s, m).abs()).collect();
                let (mut l1, mut l2) = (vec![9u16], vec![9u16]);
                let t1 = closed_live(labels, &cur, &cmax, &cmin, &mut l1);
                let t2 = closed_live_portable(labels, &cur, &cmax, &cmin, &mut l2);
                assert_eq!((t1, &l1), (t2, &l2), "labels {labels}, round {round}");
                let trw: Vec<i32> = (0..nt * ww).map(|_| rnd(&mut s, m)).collect();
                let e: Vec<i32> = (0..cap).map(|_| rnd(&mut s, m)).collect();
                let live: Vec<u16> = (0..nt as u16)
                    .filter(|&p| (p as usize + round).is_multiple_of(3))
                    .collect();
                // One live predecessor takes a path of its own.
                let one = [(round % nt) as u16];
                for live in [&live[..], &l1[1..], &[], &live[..1], &one] {
                    let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
                    let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
                    wide_step(&cur, live, &trw, ww, &e, &mut n1, &mut b1);
                    wide_step_portable(&cur, live, &trw, ww, &e, &mut n2, &mut b2);
                    assert_eq!((&n1, &b1), (&n2, &b2), "labels {labels}, round {round}");
                    // Against max-plus, the kernel it fuses.
                    let (mut best, mut arg) = (vec![0; ww], vec![0; ww]);
                    simd::max_plus(&cur, live, &trw, ww, NEG, &mut best, &mut arg);
                    for j in 0..ww {
                        let v = if best[j] == NEG { NEG } else { best[j] + e[j] };
                        assert_eq!((n1[j], b1[j]), (v, arg[j] as u8));
                    }
                }
                let ts: Vec<Vec<i32>> = (0..4)
                    .map(|_| (0..l4).map(|_| rnd(&mut s, m)).collect())
                    .collect();
                let ts = [&ts[0][..], &ts[1], &ts[2], &ts[3]];
                let (mut n1, mut n2) = (vec![5; cap], vec![5; cap]);
                let (mut b1, mut b2) = (vec![3u8; cap], vec![3u8; cap]);
                pair_blocks(labels, &cur, ts, &e, &mut n1, &mut b1);
                pair_blocks_portable(labels, &cur, ts, &e, &mut n2, &mut b2);
                assert_eq!((&n1, &b1), (&n2, &b2), "labels {labels}, round {round}");
                // Without the unreachable tags, in the range of plain steps: the same again.
                let full: Vec<i32> = cur.iter().map(|&c| if c == NEG { 17 } else { c }).collect();
                let tmin = ts.iter().flat_map(|t| t.iter()).copied().min().unwrap();
                let tmax = ts.iter().flat_map(|t| t.iter()).copied().max().unwrap();
                let range = ((NEG + 1).max(NEG + 1 - tmin.min(0)), i32::MAX - tmax.max(0));
                assert!(pair_in_range(labels, &full, range));
                let (mut n3, mut b3) = (vec![5; cap], vec![3u8; cap]);
                let (mut n4, mut b4) = (vec![5; cap], vec![3u8; cap]);
                pair_blocks_portable(labels, &full, ts, &e, &mut n2, &mut b2);
                pair_plain(labels, &full, ts, &e, &mut n3, &mut b3);
                pair_plain_portable(labels, &full, ts, &e, &mut n4, &mut b4);
                assert_eq!((&n2, &b2), (&n3, &b3), "labels {labels}, round {round}");
                assert_eq!((&n3, &b3), (&n4, &b4), "labels {labels}, round {round}");
                // A lane out of the range: not plain.
                let mut off = full.clone();
                off[1 + 2 * labels + round % labels] = NEG;
                assert!(!pair_in_range(labels, &off, range));
            }
        }
    }
}
