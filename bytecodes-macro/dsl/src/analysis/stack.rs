//! Symbolic stack effects: run an instruction's uops on a stack whose item sizes
//! are expressions in `oparg`.

use crate::ast::StackItem;
use crate::diagnostic::{Diagnostic, Span};
use crate::expr::Expr;
use std::fmt;

/// A sum of stack item sizes: a constant plus expressions in `oparg`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StackSize {
    /// The constant part.
    pub constant: i64,
    /// The non-constant terms, in the order they were added.
    pub terms: Vec<Expr>,
}

impl StackSize {
    /// Adds one item size.
    pub fn add(&mut self, size: &Expr) {
        match size.constant() {
            Some(c) => self.constant += c,
            None => self.terms.push(size.clone()),
        }
    }

    /// The value for one oparg; `None` if a term names an unknown constant.
    pub fn eval(&self, oparg: i64) -> Option<i64> {
        self.terms
            .iter()
            .try_fold(self.constant, |acc, t| acc.checked_add(t.eval(oparg)?))
    }
}

/// Prints as CPython does: the constant first, then each term, joined by `+`.
impl fmt::Display for StackSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        if self.constant != 0 || self.terms.is_empty() {
            write!(f, "{}", self.constant)?;
            first = false;
        }
        for term in &self.terms {
            if !first {
                write!(f, " + ")?;
            }
            first = false;
            term.fmt_operand(f)?;
        }
        Ok(())
    }
}

/// The size of one stack item as an expression: 1, its array size, or its
/// conditional size (`cond ? size : 0`).
pub fn item_size(item: &StackItem) -> Expr {
    let size = item.size.clone().unwrap_or(Expr::Int(1));
    match &item.cond {
        None => size,
        Some(cond) => match cond.constant() {
            Some(0) => Expr::Int(0),
            Some(_) => size,
            None => Expr::Conditional(
                Box::new(cond.clone()),
                Box::new(size),
                Box::new(Expr::Int(0)),
            ),
        },
    }
}

/// How many items an instruction pops from below its start and pushes in the end.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StackEffect {
    /// Items popped that the instruction did not push itself.
    pub popped: StackSize,
    /// Items left pushed at the end.
    pub pushed: StackSize,
}

impl StackEffect {
    /// The net effect for one oparg.
    pub fn net(&self, oparg: i64) -> Option<i64> {
        Some(self.pushed.eval(oparg)? - self.popped.eval(oparg)?)
    }
}

/// One uop's stack signature as seen by the symbolic run.
pub struct Step<'a> {
    /// The uop's name, for messages.
    pub uop: &'a str,
    /// Where the uop is used, for messages.
    pub span: &'a Span,
    /// The stack inputs, bottom to top.
    pub inputs: Vec<&'a StackItem>,
    /// The stack outputs, bottom to top.
    pub outputs: &'a [StackItem],
}

/// Runs the steps on a symbolic stack. An input is matched against the item a
/// previous uop pushed at the same depth, which must have the same size.
pub fn run(steps: &[Step<'_>]) -> Result<StackEffect, Diagnostic> {
    let mut pushed: Vec<(Expr, &str, &str)> = Vec::new();
    let mut below: Vec<Expr> = Vec::new();
    for step in steps {
        for input in step.inputs.iter().rev() {
            let size = item_size(input);
            match pushed.pop() {
                Some((top, top_name, top_uop)) => {
                    if top != size {
                        return Err(Diagnostic::new(
                            step.span,
                            format!(
                                "stack mismatch: `{}` takes input `{}` of size `{}`, but `{}` left `{}` of size `{}` there",
                                step.uop, input.name.text, size, top_uop, top_name, top
                            ),
                        ));
                    }
                }
                None => below.push(size),
            }
        }
        for output in step.outputs {
            pushed.push((item_size(output), &output.name.text, step.uop));
        }
    }
    let mut effect = StackEffect::default();
    for size in below.iter().rev() {
        effect.popped.add(size);
    }
    for (size, _, _) in &pushed {
        effect.pushed.add(size);
    }
    Ok(effect)
}
