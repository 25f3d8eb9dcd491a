//! The searching, splitting and padding algorithms that `str`, `bytes` and
//! `bytearray` share, written once over slices of code units (`u32` code
//! points for `str`, `u8` for the bytes types) with CPython's index rules.

/// CPython's `ADJUST_INDICES`: clamps `end` to `len`, and makes negative
/// `start`/`end` count from the end (0 at the least). `start` may stay past
/// `len`: callers treat that as "nothing found".
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// Whether `needle` occurs in `hay` at `at`.
fn matches_at<T: Eq>(hay: &[T], needle: &[T], at: usize) -> bool {
    hay.len() >= at + needle.len() && hay[at..at + needle.len()] == *needle
}

/// The first index of `needle` in `hay[start..end]` (as an index into
/// `hay`), `str.find` style.
pub fn find<T: Eq>(hay: &[T], needle: &[T], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (s, e) = adjust_indices(start, end, hay.len());
    if s > hay.len() || e < s || e - s < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(s);
    }
    (s..=e - needle.len()).find(|&i| matches_at(hay, needle, i))
}

/// The last index of `needle` in `hay[start..end]`, `str.rfind` style.
pub fn rfind<T: Eq>(
    hay: &[T],
    needle: &[T],
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let (s, e) = adjust_indices(start, end, hay.len());
    if s > hay.len() || e < s || e - s < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(e);
    }
    (s..=e - needle.len())
        .rev()
        .find(|&i| matches_at(hay, needle, i))
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]`.
pub fn count<T: Eq>(hay: &[T], needle: &[T], start: Option<i64>, end: Option<i64>) -> usize {
    let (s, e) = adjust_indices(start, end, hay.len());
    if s > hay.len() || e < s || e - s < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return e - s + 1;
    }
    let mut n = 0;
    let mut i = s;
    while i + needle.len() <= e {
        if matches_at(hay, needle, i) {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// `startswith`/`endswith` for one candidate (CPython's `tailmatch`).
pub fn tailmatch<T: Eq>(
    hay: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (s, e) = adjust_indices(start, end, hay.len());
    if e < s || e - s < sub.len() {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    if at_end {
        hay[e - sub.len()..e] == *sub
    } else {
        hay[s..s + sub.len()] == *sub
    }
}

/// `split(sep, maxsplit)` with a non-empty separator (`maxsplit < 0`: no
/// limit).
pub fn split<'a, T: Eq>(hay: &'a [T], sep: &[T], maxsplit: i64) -> Vec<&'a [T]> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut piece = 0;
    let mut i = 0;
    while left > 0 && i + sep.len() <= hay.len() {
        if matches_at(hay, sep, i) {
            out.push(&hay[piece..i]);
            i += sep.len();
            piece = i;
            left -= 1;
        } else {
            i += 1;
        }
    }
    out.push(&hay[piece..]);
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator.
pub fn rsplit<'a, T: Eq>(hay: &'a [T], sep: &[T], maxsplit: i64) -> Vec<&'a [T]> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut piece = hay.len();
    let mut i = hay.len();
    while left > 0 && i >= sep.len() {
        if matches_at(hay, sep, i - sep.len()) {
            out.push(&hay[i..piece]);
            i -= sep.len();
            piece = i;
            left -= 1;
        } else {
            i -= 1;
        }
    }
    out.push(&hay[..piece]);
    out.reverse();
    out
}

/// `split()` on runs of whitespace: no empty pieces; with a limit, the rest
/// keeps its trailing whitespace.
pub fn split_whitespace<T: Copy>(
    hay: &[T],
    maxsplit: i64,
    is_space: impl Fn(T) -> bool,
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let n = hay.len();
    let mut i = 0;
    loop {
        while i < n && is_space(hay[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if left == 0 {
            out.push(&hay[i..]);
            break;
        }
        let j = i;
        while i < n && !is_space(hay[i]) {
            i += 1;
        }
        out.push(&hay[j..i]);
        left -= 1;
    }
    out
}

/// `rsplit()` on runs of whitespace.
pub fn rsplit_whitespace<T: Copy>(
    hay: &[T],
    maxsplit: i64,
    is_space: impl Fn(T) -> bool,
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = hay.len();
    loop {
        while i > 0 && is_space(hay[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(&hay[..i]);
            break;
        }
        let j = i;
        while i > 0 && !is_space(hay[i - 1]) {
            i -= 1;
        }
        out.push(&hay[i..j]);
        left -= 1;
    }
    out.reverse();
    out
}

/// `replace(old, new, count)` (`count < 0`: all); an empty `old` inserts
/// `new` before every unit and at the end.
pub fn replace<T: Eq + Copy>(hay: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(hay.len());
    if old.is_empty() {
        for (k, &c) in hay.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            } else {
                out.extend_from_slice(&hay[k..]);
                return out;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while i < hay.len() {
        if left > 0 && matches_at(hay, old, i) {
            out.extend_from_slice(new);
            i += old.len();
            left -= 1;
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// Strips units from the left and/or right: those in `chars`, or whitespace
/// when `chars` is `None`.
pub fn strip<'a, T: Copy + Eq>(
    hay: &'a [T],
    chars: Option<&[T]>,
    is_space: impl Fn(T) -> bool,
    left: bool,
    right: bool,
) -> &'a [T] {
    let strip_it = |c: T| match chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = hay.len();
    if left {
        while s < e && strip_it(hay[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(hay[e - 1]) {
            e -= 1;
        }
    }
    &hay[s..e]
}

/// `partition(sep)` (or `rpartition` when `from_right`): the part before,
/// whether `sep` was found, and the part after.
pub fn partition<'a, T: Eq>(hay: &'a [T], sep: &[T], from_right: bool) -> (&'a [T], bool, &'a [T]) {
    let at = if from_right {
        rfind(hay, sep, None, None)
    } else {
        find(hay, sep, None, None)
    };
    match at {
        Some(i) => (&hay[..i], true, &hay[i + sep.len()..]),
        None if from_right => (&hay[..0], false, hay),
        None => (hay, false, &hay[hay.len()..]),
    }
}

/// Pads to `width` with `fill`: `left` and `right` say which sides get the
/// padding; centring follows CPython (the odd unit goes left when the width
/// and the length are both odd, `pad` in `center`).
pub fn pad<T: Copy>(hay: &[T], width: i64, fill: T, how: Pad) -> Vec<T> {
    let n = hay.len() as i64;
    if width <= n {
        return hay.to_vec();
    }
    let marg = (width - n) as usize;
    let (l, r) = match how {
        Pad::Left => (marg, 0),
        Pad::Right => (0, marg),
        Pad::Center => {
            let l = marg / 2 + (marg & width as usize & 1);
            (l, marg - l)
        }
    };
    let mut out = Vec::with_capacity(width as usize);
    out.extend(std::iter::repeat_n(fill, l));
    out.extend_from_slice(hay);
    out.extend(std::iter::repeat_n(fill, r));
    out
}

/// Where [`pad`] puts the padding.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pad {
    /// `rjust`: padding on the left.
    Left,
    /// `ljust`: padding on the right.
    Right,
    /// `center`.
    Center,
}

/// `zfill(width)`: zeros after a leading sign.
pub fn zfill<T: Copy + Eq>(hay: &[T], width: i64, zero: T, plus: T, minus: T) -> Vec<T> {
    let mut out = pad(hay, width, zero, Pad::Left);
    let fill = out.len() - hay.len();
    if fill > 0 && !hay.is_empty() && (hay[0] == plus || hay[0] == minus) {
        out[0] = hay[0];
        out[fill] = zero;
    }
    out
}

/// The length `expandtabs` gives, if it fits in a `usize`.
pub fn expandtabs_len<T: Copy + Eq>(hay: &[T], tabsize: i64, units: [T; 4]) -> Option<usize> {
    let [tab, nl, cr, _] = units;
    let mut total: usize = 0;
    let mut col: i64 = 0;
    for &c in hay {
        if c == tab {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                total = total.checked_add(n as usize)?;
                col += n;
            }
        } else {
            total += 1;
            col += 1;
            if c == nl || c == cr {
                col = 0;
            }
        }
    }
    Some(total)
}

/// `expandtabs(tabsize)`: `tab`s become spaces up to the next multiple of
/// `tabsize`; the column restarts after `\n` and `\r`.
pub fn expandtabs<T: Copy + Eq>(hay: &[T], tabsize: i64, units: [T; 4]) -> Vec<T> {
    let [tab, nl, cr, space] = units;
    let mut out = Vec::with_capacity(hay.len());
    let mut col: i64 = 0;
    for &c in hay {
        if c == tab {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(space, n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == nl || c == cr {
                col = 0;
            }
        }
    }
    out
}

/// `splitlines(keepends)`; `is_break` says which units end a line (`\r\n`
/// counts as one break).
pub fn splitlines<T: Copy + Eq>(
    hay: &[T],
    keepends: bool,
    is_break: impl Fn(T) -> bool,
    cr: T,
    nl: T,
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = hay.len();
    while i < n {
        let start = i;
        while i < n && !is_break(hay[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if hay[i] == cr && i + 1 < n && hay[i + 1] == nl {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&hay[start..eol]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> &[u8] {
        s.as_bytes()
    }

    #[test]
    fn finding() {
        assert_eq!(find(b("hello"), b("l"), None, None), Some(2));
        assert_eq!(rfind(b("hello"), b("l"), None, None), Some(3));
        assert_eq!(find(b("abc"), b(""), Some(3), None), Some(3));
        assert_eq!(find(b("abc"), b(""), Some(4), None), None);
        assert_eq!(count(b("aaaa"), b("aa"), None, None), 2);
        assert_eq!(count(b("abc"), b(""), None, None), 4);
        assert!(tailmatch(b("abc"), b(""), Some(3), None, false));
        assert!(!tailmatch(b("abc"), b(""), Some(4), None, false));
    }

    #[test]
    fn splitting() {
        assert_eq!(split(b("a-b-c"), b("-"), 1), vec![b("a"), b("b-c")]);
        assert_eq!(rsplit(b("a-b-c"), b("-"), 1), vec![b("a-b"), b("c")]);
        let ws = |c: u8| c == b' ';
        assert_eq!(
            split_whitespace(b("  a b  c "), 1, ws),
            vec![b("a"), b("b  c ")]
        );
        assert_eq!(
            rsplit_whitespace(b(" a b c"), 1, ws),
            vec![b(" a b"), b("c")]
        );
        assert_eq!(replace(b("abc"), b(""), b("-"), -1), b("-a-b-c-"));
        assert_eq!(replace(b("abc"), b(""), b("-"), 2), b("-a-bc"));
        assert_eq!(pad(b("abc"), 10, b'*', Pad::Center), b("***abc****"));
        assert_eq!(pad(b("abc"), 9, b' ', Pad::Center), b("   abc   "));
        assert_eq!(zfill(b("-42"), 6, b'0', b'+', b'-'), b("-00042"));
    }
}
