//! CPython 3.14's default traceback output, as `sys.excepthook` writes it to
//! stderr for an uncaught exception (no colour), produced from plain data
//! so that it does not depend on any object model.
//!
//! The caller describes the exception as a [`Report`] (its type name,
//! message, notes, frames, chained exceptions and, for exception groups,
//! the sub-exceptions) and gives access to source lines through
//! [`SourceLines`]; [`format_exception`] returns the exact text.
//!
//! What is reproduced, checked against CPython 3.14 (see
//! `tools/pyodide/fixtures-traceback.mjs`):
//!
//! * `Traceback (most recent call last):` and the `  File "…", line N, in
//!   NAME` lines;
//! * the source lines of the failing instruction (dedented, indented by 4),
//!   with the caret line when the instruction does not cover the whole
//!   statement: `~` under the operands and `^` under the operator of a
//!   binary operation, under the brackets of a subscript and under the
//!   argument list of a call; multi-line instructions show their first and
//!   last lines, the lines around the operator, and `...<N lines>...` for
//!   the rest; columns are UTF-8 byte offsets, East Asian wide characters
//!   take two caret columns;
//! * no caret line for `return f(...)` / `x = f(...)` when the call is the
//!   whole statement;
//! * `[Previous line repeated N more times]` after three identical frames;
//! * `__cause__` / `__context__` chains with their separator lines, and
//!   `__suppress_context__`;
//! * the final `Type: message` line, notes, and exception groups with their
//!   `+-+---- 1 ----` boxes, width 15 and depth 10 limits.
//!
//! Nothing here panics, whatever the positions (columns beyond the line,
//! end before start, lines that do not exist). Two bounds CPython does not
//! have: an instruction claiming to span more than 100,000 lines is cut
//! there, and a source segment nested too deeply to parse on the caller's
//! stack is parsed on a short-lived helper thread with a large stack.

mod frame;
mod pyparse;
mod text;
mod wide;

use std::collections::HashMap;

/// Frames beyond this many identical consecutive ones (same file, line and
/// function) are summed up as `[Previous line repeated N more times]`.
pub const RECURSIVE_CUTOFF: usize = 3;
/// Sub-exceptions of a group shown before `and N more exceptions`.
pub const MAX_GROUP_WIDTH: usize = 15;
/// Nesting of exception groups shown before `... (max_group_depth is 10)`.
pub const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// One traceback entry: where a frame was when the exception passed
/// through it.
///
/// The positions are those of the instruction (`co_positions()` at
/// `tb_lasti`): lines count from 1, columns are 0-based offsets in UTF-8
/// bytes of the line. When the code object has no line for the instruction,
/// CPython uses the traceback's `tb_lineno` for `lineno` instead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// `co_filename`, printed as is and used to look up source lines.
    pub filename: String,
    /// First line of the instruction; `None` prints `line None` and no source.
    pub lineno: Option<u32>,
    /// Last line of the instruction; `None` means `lineno`.
    pub end_lineno: Option<u32>,
    /// Start column (UTF-8 bytes in line `lineno`); without it (or without
    /// `end_col`) only the first source line is printed, without carets.
    pub col: Option<u32>,
    /// End column (exclusive, UTF-8 bytes in line `end_lineno`).
    pub end_col: Option<u32>,
    /// `co_name` of the code object (`<module>`, a function's name, ...).
    pub name: String,
}

impl Frame {
    /// A frame with full position information.
    pub fn new(
        filename: impl Into<String>,
        name: impl Into<String>,
        lineno: u32,
        end_lineno: u32,
        col: u32,
        end_col: u32,
    ) -> Frame {
        Frame {
            filename: filename.into(),
            lineno: Some(lineno),
            end_lineno: Some(end_lineno),
            col: Some(col),
            end_col: Some(end_col),
            name: name.into(),
        }
    }
}

/// An exception to print, with everything CPython's formatter looks at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The traceback's frames, outermost first. Empty for an exception that
    /// was never raised: then only its final line is printed.
    pub frames: Vec<Frame>,
    /// The type as CPython prints it: its `__qualname__`, prefixed with
    /// `__module__` and a dot unless that is `builtins` or `__main__` (see
    /// [`qualified_type_name`]).
    pub type_name: String,
    /// What follows `TypeName: `: `str(exc)` (with the `Did you mean` hint
    /// CPython appends for some `NameError`s, `AttributeError`s and
    /// `ImportError`s, and `<exception str() failed>` when `str()` raised).
    /// `None` or empty prints the type name alone.
    pub message: Option<String>,
    /// `__notes__`, each as `str(note)` (`<note str() failed>` if that
    /// raised); printed one line per `\n`-separated piece. A `__notes__`
    /// that is not a sequence is given as the single note `repr(__notes__)`.
    pub notes: Vec<String>,
    /// `__cause__` (printed first, then "The above exception was the direct
    /// cause of the following exception:").
    pub cause: Option<Box<Report>>,
    /// `__context__`, printed (then "During handling of the above
    /// exception, another exception occurred:") when there is no cause and
    /// `suppress_context` is false.
    pub context: Option<Box<Report>>,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: bool,
    /// For an exception group (`BaseExceptionGroup`), its `exceptions`.
    pub exceptions: Option<Vec<Report>>,
}

impl Report {
    /// A report with a type name and a message, and nothing else yet.
    pub fn new(type_name: impl Into<String>, message: impl Into<String>) -> Report {
        Report {
            type_name: type_name.into(),
            message: Some(message.into()),
            ..Report::default()
        }
    }
}

/// Access to source lines, like `linecache.getline`.
pub trait SourceLines {
    /// Line `lineno` (counting from 1) of file `filename`, with or without
    /// its line terminator; `None` when the file cannot be read or has no
    /// such line.
    fn line(&mut self, filename: &str, lineno: u32) -> Option<String>;
}

/// A [`SourceLines`] that never has a line: tracebacks without source.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoSources;

impl SourceLines for NoSources {
    fn line(&mut self, _filename: &str, _lineno: u32) -> Option<String> {
        None
    }
}

/// A [`SourceLines`] serving source texts held in memory, split into lines
/// as `linecache` does (after `\n`, `\r\n` or `\r`; a leading byte order
/// mark dropped).
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: HashMap<String, Vec<String>>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Makes `text` the source of `filename` (replacing any previous one).
    pub fn insert(&mut self, filename: impl Into<String>, text: &str) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = Vec::new();
        let mut cur = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\n' => lines.push(std::mem::take(&mut cur)),
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    lines.push(std::mem::take(&mut cur));
                }
                _ => cur.push(c),
            }
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
        self.files.insert(filename.into(), lines);
    }
}

impl SourceLines for SourceMap {
    fn line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        let lines = self.files.get(filename)?;
        let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
        lines.get(index).cloned()
    }
}

/// The name CPython prints for an exception type with this `__module__`
/// (`None` if it is not a str) and `__qualname__`: `ValueError`,
/// `Outer.Inner` for classes of `__main__`, `pkg.mod.Error` otherwise.
pub fn qualified_type_name(module: Option<&str>, qualname: &str) -> String {
    match module {
        Some("__main__" | "builtins") => qualname.to_string(),
        Some(m) => format!("{m}.{qualname}"),
        None => format!("<unknown>.{qualname}"),
    }
}

/// The whole report, as `sys.excepthook` prints it for an uncaught
/// exception: chained exceptions first, each with its traceback, then the
/// exception itself. Every line ends with `\n`.
pub fn format_exception(report: &Report, sources: &mut dyn SourceLines) -> String {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        out: String::new(),
    };
    format_report(report, sources, &mut ctx);
    ctx.out
}

/// The final line (`TypeName: message` or `TypeName`) and the notes, one line
/// each, with no traceback.
pub fn format_exception_only(report: &Report) -> String {
    let mut out = report.type_name.clone();
    match report.message.as_deref() {
        Some(m) if !m.is_empty() => {
            out.push_str(": ");
            out.push_str(m);
        }
        _ => {}
    }
    out.push('\n');
    for note in &report.notes {
        for piece in note.split('\n') {
            out.push_str(piece);
            out.push('\n');
        }
    }
    out
}

/// The `File` entries of `frames` (outermost first) with their source and
/// caret lines, repetitions collapsed as in a traceback (no header line).
pub fn format_stack(frames: &[Frame], sources: &mut dyn SourceLines) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut String, count: usize| {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            let s = if n > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
        }
    };
    for f in frames {
        let key = f.lineno.map(|l| (f.filename.as_str(), l, f.name.as_str()));
        if last.is_none() || key != last {
            repeated(&mut out, count);
            last = key;
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format_frame(f, sources));
    }
    repeated(&mut out, count);
    out
}

/// One `  File "…", line N, in NAME` entry with its source and caret lines.
pub fn format_frame(frame: &Frame, sources: &mut dyn SourceLines) -> String {
    frame::format_frame(frame, sources)
}

/// `_ExceptionPrintContext`: the nesting of exception groups.
struct Ctx {
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: Option<char>) {
        if self.depth == 0 {
            self.out.push_str(text);
            return;
        }
        let mut prefix = self.indent();
        prefix.push(margin.unwrap_or('|'));
        prefix.push(' ');
        let chars: Vec<char> = text.chars().collect();
        self.out.push_str(&text::indent(&chars, &prefix, true));
    }
}

fn format_report(report: &Report, sources: &mut dyn SourceLines, ctx: &mut Ctx) {
    let mut chain: Vec<(Option<&str>, &Report)> = Vec::new();
    let mut msg = None;
    let mut exc = report;
    loop {
        chain.push((msg, exc));
        if let Some(cause) = &exc.cause {
            msg = Some(CAUSE_MESSAGE);
            exc = cause;
        } else if let (Some(context), false) = (&exc.context, exc.suppress_context) {
            msg = Some(CONTEXT_MESSAGE);
            exc = context;
        } else {
            break;
        }
    }
    // `chain[i]`'s message goes between chain[i] and the older chain[i + 1].
    for i in (0..chain.len()).rev() {
        let exc = chain[i].1;
        if let Some(m) = chain.get(i + 1).and_then(|c| c.0) {
            ctx.emit(m, None);
        }
        match &exc.exceptions {
            None => {
                if !exc.frames.is_empty() {
                    ctx.emit("Traceback (most recent call last):\n", None);
                    let stack = format_stack(&exc.frames, sources);
                    ctx.emit(&stack, None);
                }
                ctx.emit(&format_exception_only(exc), None);
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                ctx.emit(
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    None,
                );
            }
            Some(subs) => format_group(exc, subs, sources, ctx),
        }
    }
}

fn format_group(exc: &Report, subs: &[Report], sources: &mut dyn SourceLines, ctx: &mut Ctx) {
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !exc.frames.is_empty() {
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { Some('+') } else { None },
        );
        let stack = format_stack(&exc.frames, sources);
        ctx.emit(&stack, None);
    }
    ctx.emit(&format_exception_only(exc), None);
    let n = if subs.len() <= MAX_GROUP_WIDTH {
        subs.len()
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let last = i + 1 == n;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let line = format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        );
        ctx.out.push_str(&line);
        ctx.depth += 1;
        if !truncated {
            format_report(&subs[i], sources, ctx);
        } else {
            let remaining = subs.len() - MAX_GROUP_WIDTH;
            let s = if remaining > 1 { "s" } else { "" };
            ctx.emit(&format!("and {remaining} more exception{s}\n"), None);
        }
        if last && ctx.need_close {
            let line = format!("{}+------------------------------------\n", ctx.indent());
            ctx.out.push_str(&line);
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}
