//! Runtime warnings as CPython's default filters show them: a
//! `DeprecationWarning` raised by code of `__main__` is printed to stderr
//! once per source line and message; any other is ignored.

use super::Vm;
use crate::object::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

thread_local! {
    /// The code unit of the last `CALL`/`CALL_KW` started (in whatever frame).
    static CALL_AT: Cell<usize> = const { Cell::new(0) };
    /// The (file, line, message) triples already reported.
    static SHOWN: RefCell<HashSet<(String, i32, String)>> = RefCell::new(HashSet::new());
}

/// Records that the call instruction at code unit `at` starts: a builtin it
/// calls that warns reports that instruction's line.
#[inline(always)]
pub fn note_call(at: usize) {
    CALL_AT.with(|c| c.set(at));
}

impl Vm {
    /// Issues a `DeprecationWarning` with `message` from the builtin the
    /// current frame is calling.
    pub fn warn_deprecated(&mut self, message: &str) {
        let frame = self.frame();
        let code = frame.code.clone();
        let globals = Value::Obj(frame.globals.clone());
        let at = CALL_AT.with(Cell::get);
        let is_main = matches!(
            self.dict_get(&globals, &Value::str("__name__")),
            Ok(Some(n)) if n.as_str().is_some_and(|s| s.as_str() == Some("__main__"))
        );
        if !is_main {
            return;
        }
        let line = code.position(at).line.unwrap_or(0);
        let file = code.data.filename.to_string_lossy().into_owned();
        let key = (file.clone(), line, message.to_string());
        if !SHOWN.with(|s| s.borrow_mut().insert(key)) {
            return;
        }
        let mut text = format!("{file}:{line}: DeprecationWarning: {message}\n");
        let source = std::fs::read_to_string(&file).ok().and_then(|src| {
            let idx = usize::try_from(line).ok()?.checked_sub(1)?;
            src.lines().nth(idx).map(|l| l.trim().to_string())
        });
        if let Some(src) = source.filter(|s| !s.is_empty()) {
            text.push_str(&format!("  {src}\n"));
        }
        self.stream_write_text(2, &text);
    }
}
