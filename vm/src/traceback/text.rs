//! Python `str` operations the traceback formatter relies on, with CPython's
//! exact semantics: which characters are whitespace, where lines break,
//! `textwrap.dedent`/`indent`, UTF-8 byte offsets to character offsets and
//! the display width of East Asian wide characters.
//!
//! Strings are handled as `&[char]` (one element per code point, like a
//! Python `str`) wherever offsets are involved.

use super::wide;

/// `str.isspace()` for one character.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Whether `c` ends a line for `str.splitlines()`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines(keepends)`.
pub(crate) fn splitlines(s: &[char], keepends: bool) -> Vec<Vec<char>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if is_line_break(c) {
            let mut end = i + 1;
            if c == '\r' && s.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let stop = if keepends { end } else { i };
            out.push(s[start..stop].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(s[start..].to_vec());
    }
    out
}

/// `str.strip()` (no argument).
pub(crate) fn strip(s: &[char]) -> &[char] {
    rstrip(lstrip(s))
}

/// `str.lstrip()` (no argument).
pub(crate) fn lstrip(s: &[char]) -> &[char] {
    let n = s.iter().take_while(|&&c| is_space(c)).count();
    &s[n..]
}

/// `str.rstrip()` (no argument).
pub(crate) fn rstrip(s: &[char]) -> &[char] {
    let n = s.iter().rev().take_while(|&&c| is_space(c)).count();
    &s[..s.len() - n]
}

/// Whether the whole of `s` is whitespace (`str.isspace()`: false when empty).
pub(crate) fn all_space(s: &[char]) -> bool {
    !s.is_empty() && s.iter().all(|&c| is_space(c))
}

/// `textwrap.dedent` as in CPython 3.14: the common leading run of spaces and
/// tabs of the lines that are not blank is removed from those lines, blank
/// (all-whitespace) lines become empty. Lines are separated by `\n` only.
pub(crate) fn dedent(text: &[char]) -> Vec<char> {
    if text.is_empty() {
        return Vec::new();
    }
    if all_space(text) {
        return vec!['\n'; text.iter().filter(|&&c| c == '\n').count()];
    }
    let lines: Vec<&[char]> = text.split(|&c| c == '\n').collect();
    let non_blank: Vec<&[char]> = lines
        .iter()
        .copied()
        .filter(|l| !l.is_empty() && !all_space(l))
        .collect();
    let l1 = non_blank.iter().copied().min().unwrap_or(&[]);
    let l2 = non_blank.iter().copied().max().unwrap_or(&[]);
    let mut margin = 0;
    for (i, &c) in l1.iter().enumerate() {
        margin = i;
        if l2.get(i) != Some(&c) || !(c == ' ' || c == '\t') {
            break;
        }
    }
    let mut out = Vec::with_capacity(text.len());
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !all_space(l) {
            out.extend_from_slice(l.get(margin..).unwrap_or(&[]));
        }
    }
    out
}

/// `textwrap.indent(text, prefix, predicate)`: `prefix` before every line
/// (as split by `str.splitlines(keepends=True)`), or only before the lines
/// that are not all whitespace when `all_lines` is false.
pub(crate) fn indent(text: &[char], prefix: &str, all_lines: bool) -> String {
    let mut out = String::new();
    for line in splitlines(text, true) {
        if all_lines || !strip(&line).is_empty() {
            out.push_str(prefix);
        }
        out.extend(line.iter());
    }
    out
}

/// CPython's `_byte_offset_to_character_offset(line, offset)`: the number of
/// characters that `line.encode()[:offset].decode(errors="replace")` has.
/// A character cut by the offset counts as one.
pub(crate) fn byte_to_char_offset(line: &[char], offset: usize) -> usize {
    let mut bytes = 0usize;
    let mut chars = 0usize;
    for &c in line {
        if bytes >= offset {
            break;
        }
        bytes += c.len_utf8();
        chars += 1;
    }
    chars
}

/// CPython's `_display_width(line, offset)`: `offset` itself when the line is
/// ASCII (even beyond its end), else the number of terminal columns taken by
/// `line[:offset]`, East Asian wide and fullwidth characters counting two.
pub(crate) fn display_width(line: &[char], offset: Option<usize>) -> usize {
    let offset = offset.unwrap_or(line.len());
    if line.iter().all(|c| c.is_ascii()) {
        return offset;
    }
    line.iter()
        .take(offset)
        .map(|&c| if wide::is_wide(c) { 2 } else { 1 })
        .sum()
}

/// Python slice `s[start:stop]` for non-negative bounds (clamped, empty when
/// `start >= stop`).
pub(crate) fn slice(s: &[char], start: usize, stop: usize) -> &[char] {
    let stop = stop.min(s.len());
    let start = start.min(stop);
    &s[start..stop]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }
    fn s(v: &[char]) -> String {
        v.iter().collect()
    }

    #[test]
    fn dedent_cases() {
        assert_eq!(s(&dedent(&c("  a\n\t b\n   \n"))), "  a\n\t b\n\n");
        assert_eq!(s(&dedent(&c("\t a\n\t  b\n   \n"))), "a\n b\n\n");
        assert_eq!(s(&dedent(&c("\x0ca\n"))), "\x0ca\n");
        assert_eq!(s(&dedent(&c("   \n  \n"))), "\n\n");
        assert_eq!(s(&dedent(&c("    x\n"))), "x\n");
    }

    #[test]
    fn offsets() {
        let l = c("x = 'é' + 1");
        assert_eq!(byte_to_char_offset(&l, 6), 6);
        assert_eq!(byte_to_char_offset(&l, 7), 6);
        assert_eq!(byte_to_char_offset(&l, 8), 7);
        assert_eq!(byte_to_char_offset(&l, 100), l.len());
        assert_eq!(display_width(&c("ab"), Some(7)), 7);
        assert_eq!(display_width(&c("字a"), Some(7)), 3);
    }

    #[test]
    fn splitting() {
        assert_eq!(splitlines(&c("a\r\nb\x0cc\n"), false).len(), 3);
        assert_eq!(splitlines(&c(""), false).len(), 0);
        assert_eq!(s(&splitlines(&c("a\n\n"), true)[1]), "\n");
    }
}
