//! CPython's list sort (`Objects/listobject.c`): natural runs extended by
//! binary insertion, the powersort merge policy, and galloping merges — so
//! that `<` is called on the same pairs in the same order as in CPython.
//!
//! Items are (key, value) pairs compared by key; a failed comparison stops
//! the sort with every item still present (in some order), as in CPython.

use crate::interp::Vm;
use crate::object::{PyErr, PyResult, Value};

/// A key and the item it sorts.
type Pair = (Value, Value);

/// `MIN_GALLOP`.
const MIN_GALLOP: usize = 7;

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(0, a, b)?;
    vm.truthy(&r)
}

/// `count_run`: the length of the run starting the slice, made ascending
/// (descending parts are reversed in place, keeping equal items stable).
fn count_run(vm: &mut Vm, v: &mut [Pair]) -> PyResult<usize> {
    let remaining = v.len();
    let mut n = 1;
    while n < remaining {
        if lt(vm, &v[n].0, &v[n - 1].0)? {
            break;
        }
        n += 1;
    }
    if n == remaining {
        return Ok(n);
    }
    if n > 1 {
        if lt(vm, &v[0].0, &v[n - 1].0)? {
            return Ok(n);
        }
        v[..n].reverse();
    }
    n += 1;
    let mut neq = 0;
    while n < remaining {
        if lt(vm, &v[n].0, &v[n - 1].0)? {
            if neq > 0 {
                v[n - neq - 1..n].reverse();
                neq = 0;
            }
        } else if lt(vm, &v[n - 1].0, &v[n].0)? {
            break;
        } else {
            neq += 1;
        }
        n += 1;
    }
    if neq > 0 {
        v[n - neq - 1..n].reverse();
    }
    v[..n].reverse();
    while n < remaining {
        if lt(vm, &v[n].0, &v[n - 1].0)? {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// `binarysort`: binary insertion of `v[ok..]` into the sorted `v[..ok]`.
fn binarysort(vm: &mut Vm, v: &mut [Pair], ok: usize) -> PyResult<()> {
    let mut ok = ok.max(1);
    while ok < v.len() {
        let (mut l, mut r) = (0, ok);
        while l < r {
            let m = (l + r) >> 1;
            if lt(vm, &v[ok].0, &v[m].0)? {
                r = m;
            } else {
                l = m + 1;
            }
        }
        v[l..=ok].rotate_right(1);
        ok += 1;
    }
    Ok(())
}

/// `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `gallop_left`: where `key` goes in the sorted `a`, left of equal items.
fn gallop_left(vm: &mut Vm, key: &Value, a: &[Pair], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    let hint_i = hint as isize;
    if lt(vm, &a[hint].0, key)? {
        let maxofs = (n - hint) as isize;
        while ofs < maxofs {
            if lt(vm, &a[hint + ofs as usize].0, key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint_i;
        ofs += hint_i;
    } else {
        let maxofs = hint_i + 1;
        while ofs < maxofs {
            if lt(vm, &a[(hint_i - ofs) as usize].0, key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(vm, &a[m as usize].0, key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: where `key` goes in the sorted `a`, right of equal items.
fn gallop_right(vm: &mut Vm, key: &Value, a: &[Pair], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    let hint_i = hint as isize;
    if lt(vm, key, &a[hint].0)? {
        let maxofs = hint_i + 1;
        while ofs < maxofs {
            if lt(vm, key, &a[(hint_i - ofs) as usize].0)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    } else {
        let maxofs = (n - hint) as isize;
        while ofs < maxofs {
            if lt(vm, key, &a[hint + ofs as usize].0)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint_i;
        ofs += hint_i;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(vm, key, &a[m as usize].0)? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge loop ended.
enum End {
    /// Copy what is left of the saved run into place.
    Done,
    /// The saved run has one item left, which goes at the far end.
    CopyLast,
}

/// A run waiting to be merged: start, length and the powersort power of
/// its boundary with the next run.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The merge state: pending runs and the adaptive galloping threshold.
struct MergeState {
    runs: Vec<Run>,
    min_gallop: usize,
    listlen: usize,
}

/// `merge_lo`: merges `v[a..a+na]` and `v[a+na..a+na+nb]` with the first
/// (shorter) run saved aside, filling from the left.
fn merge_lo(
    vm: &mut Vm,
    ms: &mut MergeState,
    v: &mut [Pair],
    a0: usize,
    na: usize,
    nb: usize,
) -> PyResult<()> {
    let tmp: Vec<Pair> = v[a0..a0 + na].to_vec();
    let (mut na, mut nb) = (na, nb);
    let (mut dest, mut ia, mut ib) = (a0, 0usize, a0 + na);
    let mut failure: Option<PyErr> = None;
    let end = 'merge: {
        v[dest] = v[ib].clone();
        dest += 1;
        ib += 1;
        nb -= 1;
        if nb == 0 {
            break 'merge End::Done;
        }
        if na == 1 {
            break 'merge End::CopyLast;
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                let b_wins = match lt(vm, &v[ib].0, &tmp[ia].0) {
                    Ok(b) => b,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                if b_wins {
                    v[dest] = v[ib].clone();
                    dest += 1;
                    ib += 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[dest] = tmp[ia].clone();
                    dest += 1;
                    ia += 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 1 {
                        break 'merge End::CopyLast;
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                ms.min_gallop = min_gallop;
                let key = v[ib].0.clone();
                let k = match gallop_right(vm, &key, &tmp[ia..ia + na], 0) {
                    Ok(k) => k,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                acount = k;
                if k > 0 {
                    v[dest..dest + k].clone_from_slice(&tmp[ia..ia + k]);
                    dest += k;
                    ia += k;
                    na -= k;
                    if na == 1 {
                        break 'merge End::CopyLast;
                    }
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest] = v[ib].clone();
                dest += 1;
                ib += 1;
                nb -= 1;
                if nb == 0 {
                    break 'merge End::Done;
                }
                let key = tmp[ia].0.clone();
                let k = match gallop_left(vm, &key, &v[ib..ib + nb], 0) {
                    Ok(k) => k,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                bcount = k;
                if k > 0 {
                    for j in 0..k {
                        v[dest + j] = v[ib + j].clone();
                    }
                    dest += k;
                    ib += k;
                    nb -= k;
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                v[dest] = tmp[ia].clone();
                dest += 1;
                ia += 1;
                na -= 1;
                if na == 1 {
                    break 'merge End::CopyLast;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match end {
        End::Done => {
            if na > 0 {
                v[dest..dest + na].clone_from_slice(&tmp[ia..ia + na]);
            }
        }
        End::CopyLast => {
            for j in 0..nb {
                v[dest + j] = v[ib + j].clone();
            }
            v[dest + nb] = tmp[ia].clone();
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `merge_hi`: like [`merge_lo`] with the second (shorter) run saved
/// aside, filling from the right.
fn merge_hi(
    vm: &mut Vm,
    ms: &mut MergeState,
    v: &mut [Pair],
    a0: usize,
    na: usize,
    nb: usize,
) -> PyResult<()> {
    let b0 = a0 + na;
    let tmp: Vec<Pair> = v[b0..b0 + nb].to_vec();
    let (mut na, mut nb) = (na, nb);
    let mut dest = (b0 + nb - 1) as isize;
    let mut ia = (a0 + na - 1) as isize;
    let mut ib = (nb - 1) as isize;
    let mut failure: Option<PyErr> = None;
    let at = |i: isize| i as usize;
    let end = 'merge: {
        v[at(dest)] = v[at(ia)].clone();
        dest -= 1;
        ia -= 1;
        na -= 1;
        if na == 0 {
            break 'merge End::Done;
        }
        if nb == 1 {
            break 'merge End::CopyLast;
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                let b_less = match lt(vm, &tmp[at(ib)].0, &v[at(ia)].0) {
                    Ok(b) => b,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                if b_less {
                    v[at(dest)] = v[at(ia)].clone();
                    dest -= 1;
                    ia -= 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[at(dest)] = tmp[at(ib)].clone();
                    dest -= 1;
                    ib -= 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge End::CopyLast;
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                ms.min_gallop = min_gallop;
                let key = tmp[at(ib)].0.clone();
                let k = match gallop_right(vm, &key, &v[a0..a0 + na], na - 1) {
                    Ok(k) => na - k,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                acount = k;
                if k > 0 {
                    dest -= k as isize;
                    ia -= k as isize;
                    for j in (1..=k).rev() {
                        v[at(dest) + j] = v[at(ia) + j].clone();
                    }
                    na -= k;
                    if na == 0 {
                        break 'merge End::Done;
                    }
                }
                v[at(dest)] = tmp[at(ib)].clone();
                dest -= 1;
                ib -= 1;
                nb -= 1;
                if nb == 1 {
                    break 'merge End::CopyLast;
                }
                let key = v[at(ia)].0.clone();
                let k = match gallop_left(vm, &key, &tmp[..nb], nb - 1) {
                    Ok(k) => nb - k,
                    Err(e) => {
                        failure = Some(e);
                        break 'merge End::Done;
                    }
                };
                bcount = k;
                if k > 0 {
                    dest -= k as isize;
                    ib -= k as isize;
                    for j in 1..=k {
                        v[at(dest) + j] = tmp[at(ib) + j].clone();
                    }
                    nb -= k;
                    if nb == 1 {
                        break 'merge End::CopyLast;
                    }
                    if nb == 0 {
                        break 'merge End::Done;
                    }
                }
                v[at(dest)] = v[at(ia)].clone();
                dest -= 1;
                ia -= 1;
                na -= 1;
                if na == 0 {
                    break 'merge End::Done;
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match end {
        End::Done => {
            if nb > 0 {
                let start = (dest + 1) as usize - nb;
                v[start..start + nb].clone_from_slice(&tmp[..nb]);
            }
        }
        End::CopyLast => {
            for j in (0..na).rev() {
                v[(dest - na as isize + 1) as usize + j] =
                    v[(ia - na as isize + 1) as usize + j].clone();
            }
            dest -= na as isize;
            v[at(dest)] = tmp[at(ib)].clone();
        }
    }
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `merge_at`: merges pending runs `i` and `i + 1`.
fn merge_at(vm: &mut Vm, ms: &mut MergeState, v: &mut [Pair], i: usize) -> PyResult<()> {
    let a = ms.runs[i];
    let b = ms.runs[i + 1];
    ms.runs[i].len = a.len + b.len;
    ms.runs.remove(i + 1);
    let key = v[b.base].0.clone();
    let k = gallop_right(vm, &key, &v[a.base..a.base + a.len], 0)?;
    let (a0, na) = (a.base + k, a.len - k);
    if na == 0 {
        return Ok(());
    }
    let key = v[a0 + na - 1].0.clone();
    let nb = gallop_left(vm, &key, &v[b.base..b.base + b.len], b.len - 1)?;
    if nb == 0 {
        return Ok(());
    }
    if na <= nb {
        merge_lo(vm, ms, v, a0, na, nb)
    } else {
        merge_hi(vm, ms, v, a0, na, nb)
    }
}

/// `powerloop`: the powersort power of the boundary between two runs.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `found_new_run`: merges pending runs as the powersort policy requires
/// before a run of length `n2` is pushed.
fn found_new_run(vm: &mut Vm, ms: &mut MergeState, v: &mut [Pair], n2: usize) -> PyResult<()> {
    if let Some(last) = ms.runs.last().copied() {
        let power = powerloop(last.base, last.len, n2, ms.listlen);
        while ms.runs.len() > 1 && ms.runs[ms.runs.len() - 2].power > power {
            let i = ms.runs.len() - 2;
            merge_at(vm, ms, v, i)?;
        }
        if let Some(top) = ms.runs.last_mut() {
            top.power = power;
        }
    }
    Ok(())
}

/// Sorts (key, value) pairs by key with `<`, stably, as CPython's `list.sort`.
pub fn timsort(vm: &mut Vm, v: &mut [Pair]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        runs: Vec::new(),
        min_gallop: MIN_GALLOP,
        listlen: n,
    };
    let minrun = min_run(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let mut k = count_run(vm, &mut v[lo..])?;
        if k < minrun {
            let force = remaining.min(minrun);
            binarysort(vm, &mut v[lo..lo + force], k)?;
            k = force;
        }
        found_new_run(vm, &mut ms, v, k)?;
        ms.runs.push(Run {
            base: lo,
            len: k,
            power: 0,
        });
        lo += k;
    }
    while ms.runs.len() > 1 {
        let mut i = ms.runs.len() - 2;
        if i > 0 && ms.runs[i - 1].len < ms.runs[i + 1].len {
            i -= 1;
        }
        merge_at(vm, &mut ms, v, i)?;
    }
    Ok(())
}
