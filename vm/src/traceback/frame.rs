//! One `  File "…", line N, in NAME` entry: the source lines of the failing
//! instruction and their caret lines, as CPython 3.14's
//! `StackSummary.format_frame_summary` prints them.

use super::pyparse::{self, Kind, Module, Node};
use super::text::{
    byte_to_char_offset, dedent, display_width, indent, is_space, lstrip, rstrip, slice,
    splitlines, strip,
};
use super::{Frame, SourceLines};

/// The most lines of one instruction that are fetched; a frame claiming to
/// span more is cut there (CPython would read them all).
const MAX_SPAN: u32 = 100_000;

/// Where the operator or bracket part of an expression lies, relative to the
/// segment (line index in the segment, character offset in that line).
struct Anchors {
    left_end_lineno: usize,
    left_end_offset: usize,
    right_start_lineno: usize,
    right_start_offset: usize,
    primary: char,
    secondary: char,
}

pub(super) fn format_frame(frame: &Frame, sources: &mut dyn SourceLines) -> String {
    let mut row = format!(
        "  File \"{}\", line {}, in {}\n",
        frame.filename,
        frame
            .lineno
            .map_or_else(|| "None".to_string(), |n| n.to_string()),
        frame.name
    );
    let Some(lineno) = frame.lineno else {
        return row;
    };
    let end_lineno = frame
        .end_lineno
        .unwrap_or(lineno)
        .min(lineno.saturating_add(MAX_SPAN));

    // FrameSummary._set_lines: every line of the range, right-stripped, ''
    // when missing; joined with '\n' plus a final '\n'.
    let mut joined: Vec<char> = Vec::new();
    let mut n_lines = 0usize;
    let mut ln = lineno;
    while ln <= end_lineno {
        if n_lines > 0 {
            joined.push('\n');
        }
        if let Some(text) = sources.line(&frame.filename, ln) {
            let chars: Vec<char> = text.chars().collect();
            joined.extend_from_slice(rstrip(&chars));
        }
        n_lines += 1;
        if ln == u32::MAX {
            break;
        }
        ln += 1;
    }
    joined.push('\n');

    let dedented = dedent(&joined);
    if strip(&dedented).is_empty() {
        return row;
    }
    let (Some(col), Some(end_col)) = (frame.col, frame.end_col) else {
        // Only the first line, stripped.
        let first: Vec<char> = joined.split(|&c| c == '\n').next().unwrap_or(&[]).to_vec();
        row.push_str(&indent(strip(&first), "    ", false));
        row.push('\n');
        return row;
    };

    let original = splitlines(&joined, false);
    let empty: Vec<char> = Vec::new();
    let first_line = original.first().unwrap_or(&empty);
    let last_line = original.get(n_lines.saturating_sub(1)).unwrap_or(&empty);
    let start_offset = byte_to_char_offset(first_line, col as usize);
    let end_offset = byte_to_char_offset(last_line, end_col as usize);

    let mut all_lines = splitlines(&dedented, false);
    all_lines.truncate(n_lines);
    if all_lines.is_empty() {
        all_lines.push(Vec::new());
    }
    let last = all_lines.len() - 1;
    let dedent_chars = first_line.len().saturating_sub(all_lines[0].len());
    let start_offset = start_offset.saturating_sub(dedent_chars);
    let end_offset = end_offset.saturating_sub(dedent_chars);
    let dp_start = display_width(&all_lines[0], Some(start_offset));
    let dp_end = display_width(&all_lines[last], Some(end_offset));

    let segment_text: Vec<char> = all_lines.join(&'\n');
    let stop = segment_text.len() as isize - (all_lines[last].len() as isize - end_offset as isize);
    let segment = slice(&segment_text, start_offset, stop.max(0) as usize);

    let anchors = extract_anchors(segment);
    let show_carets = should_show_carets(start_offset, end_offset, &all_lines, anchors.is_some());

    let mut significant: Vec<usize> = vec![0, last];
    let (mut left_off, mut right_off) = (0usize, 0usize);
    let (mut primary, mut secondary) = ('^', '^');
    if let Some(a) = &anchors {
        left_off = a.left_end_offset;
        right_off = a.right_start_offset;
        if a.left_end_lineno == 0 {
            left_off += start_offset;
        }
        if a.right_start_lineno == 0 {
            right_off += start_offset;
        }
        left_off = display_width(
            all_lines.get(a.left_end_lineno).unwrap_or(&empty),
            Some(left_off),
        );
        right_off = display_width(
            all_lines.get(a.right_start_lineno).unwrap_or(&empty),
            Some(right_off),
        );
        primary = a.primary;
        secondary = a.secondary;
        for base in [a.left_end_lineno, a.right_start_lineno] {
            significant.extend([base.wrapping_sub(1), base, base + 1]);
        }
    }
    significant.retain(|&l| l < all_lines.len());
    significant.sort_unstable();
    significant.dedup();

    let mut result: Vec<char> = Vec::new();
    let output_line = |result: &mut Vec<char>, lineno: usize| {
        let line = &all_lines[lineno];
        result.extend_from_slice(line);
        result.push('\n');
        if !show_carets {
            return;
        }
        let num_spaces = line.len() - lstrip(line).len();
        let num_carets = if lineno == last {
            dp_end
        } else {
            display_width(line, None)
        };
        for c in 0..num_carets {
            let ch = if c < num_spaces || (lineno == 0 && c < dp_start) {
                ' '
            } else if let Some(a) = &anchors {
                let after_left =
                    lineno > a.left_end_lineno || (lineno == a.left_end_lineno && c >= left_off);
                let before_right = lineno < a.right_start_lineno
                    || (lineno == a.right_start_lineno && c < right_off);
                if after_left && before_right {
                    secondary
                } else {
                    primary
                }
            } else {
                primary
            };
            result.push(ch);
        }
        result.push('\n');
    };
    for (i, &lineno) in significant.iter().enumerate() {
        if i > 0 {
            let diff = lineno - significant[i - 1];
            if diff == 2 {
                output_line(&mut result, lineno - 1);
            } else if diff > 2 {
                result.extend(format!("...<{} lines>...\n", diff - 1).chars());
            }
        }
        output_line(&mut result, lineno);
    }
    row.push_str(&indent(&dedent(&result), "    ", true));
    row
}

/// CPython's `_should_show_carets`.
fn should_show_carets(
    start_offset: usize,
    end_offset: usize,
    all_lines: &[Vec<char>],
    anchors: bool,
) -> bool {
    let text: Vec<char> = all_lines.join(&'\n');
    match pyparse::parse_module(&text) {
        Module::Empty => return false,
        Module::CallStatement(value) => {
            if value.start.line == 1
                && value.end.line == all_lines.len()
                && value.start.col == start_offset
                && value.end.col == end_offset
            {
                return false;
            }
        }
        Module::Invalid | Module::Other => {}
    }
    if anchors {
        return true;
    }
    let first = all_lines
        .first()
        .map_or(&[][..], |l| slice(l, 0, start_offset));
    let last = all_lines
        .last()
        .map_or(&[][..], |l| slice(l, end_offset, l.len()));
    !lstrip(first).is_empty() || !rstrip(last).is_empty()
}

/// CPython's `_extract_caret_anchors_from_line_segment`.
fn extract_anchors(segment: &[char]) -> Option<Anchors> {
    let mut wrapped: Vec<char> = vec!['(', '\n'];
    wrapped.extend_from_slice(segment);
    wrapped.extend(['\n', ')']);
    let expr = pyparse::parse_single_expression(&wrapped)?;
    let lines = splitlines(segment, false);
    let lines = Lines(&lines);
    let mk = |l: usize, c: usize, r_l: usize, r_c: usize| Anchors {
        left_end_lineno: l,
        left_end_offset: c,
        right_start_lineno: r_l,
        right_start_offset: r_c,
        primary: '~',
        secondary: '^',
    };
    match &expr.kind {
        Kind::BinOp(left, right) => {
            let (l, c) = lines.end_of(left, true)?;
            let (l, c) = lines.increment_until(l, c, |ch| !is_space(ch) && ch != ')')?;
            let line = lines.0.get(l)?;
            let mut right_col = c + 1;
            if right_col < line.len() {
                let right_line = right.start.line.checked_sub(2)?;
                let before_right =
                    right_line > l || right_col < lines.normalize(right_line, right.start.col)?;
                let ch = line[right_col];
                if before_right && !is_space(ch) && ch != '\\' && ch != '#' {
                    right_col += 1;
                }
            }
            Some(mk(l, c, l, right_col))
        }
        Kind::Subscript(value) => {
            let (l, c) = lines.end_of(value, true)?;
            let (l, c) = lines.increment_until(l, c, |ch| ch == '[')?;
            let (rl, rc) = lines.end_of(&expr, false)?;
            Some(mk(l, c, rl, rc))
        }
        Kind::Call(func) => {
            let (l, c) = lines.end_of(func, true)?;
            let (l, c) = lines.increment_until(l, c, |ch| ch == '(')?;
            let (rl, rc) = lines.end_of(&expr, false)?;
            Some(mk(l, c, rl, rc))
        }
        _ => None,
    }
}

/// The segment's lines, with the cursor helpers of the anchor search (each
/// `None` where CPython's version fails an assertion or an index).
struct Lines<'a>(&'a [Vec<char>]);

impl Lines<'_> {
    fn normalize(&self, lineno: usize, offset: usize) -> Option<usize> {
        Some(byte_to_char_offset(self.0.get(lineno)?, offset))
    }

    fn next_valid_char(&self, mut lineno: usize, mut col: usize) -> Option<(usize, usize)> {
        while lineno < self.0.len() && col >= self.0[lineno].len() {
            col = 0;
            lineno += 1;
        }
        (lineno < self.0.len() && col < self.0[lineno].len()).then_some((lineno, col))
    }

    fn increment_until(
        &self,
        mut lineno: usize,
        mut col: usize,
        stop: impl Fn(char) -> bool,
    ) -> Option<(usize, usize)> {
        loop {
            let ch = *self.0.get(lineno)?.get(col)?;
            if ch == '\\' || ch == '#' {
                (lineno, col) = self.next_valid_char(lineno + 1, 0)?;
            } else if !stop(ch) {
                (lineno, col) = self.next_valid_char(lineno, col + 1)?;
            } else {
                return Some((lineno, col));
            }
        }
    }

    /// `setup_positions`: the end of `expr` in segment coordinates (the
    /// wrapper added one line before the segment).
    fn end_of(&self, expr: &Node, force_valid: bool) -> Option<(usize, usize)> {
        let lineno = expr.end.line.checked_sub(2)?;
        let col = self.normalize(lineno, expr.end.col)?;
        if force_valid {
            self.next_valid_char(lineno, col)
        } else {
            Some((lineno, col))
        }
    }
}
