//! C expressions over `oparg` as they appear in stack array sizes and conditions.

use crate::diagnostic::{Diagnostic, Span};
use crate::lexer::{Token, TokenKind};
use std::fmt;

/// A C expression tree.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    /// An integer literal, with its value.
    Int(i64),
    /// An identifier: `oparg` or a named constant.
    Name(String),
    /// A unary operator: `-`, `+`, `!` or `~`.
    Unary(&'static str, Box<Expr>),
    /// A binary operator such as `+`, `&` or `>>`.
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `cond ? then : else`.
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
}

const BINARY_LEVELS: &[&[&str]] = &[
    &["||"],
    &["&&"],
    &["|"],
    &["^"],
    &["&"],
    &["==", "!="],
    &["<", ">", "<=", ">="],
    &["<<", ">>"],
    &["+", "-"],
    &["*", "/", "%"],
];

impl Expr {
    /// Parses a whole token slice as one expression.
    pub fn parse(tokens: &[Token], at: &Span) -> Result<Expr, Diagnostic> {
        if tokens.is_empty() {
            return Err(Diagnostic::new(at, "expected an expression"));
        }
        let mut parser = ExprParser { tokens, pos: 0 };
        let expr = parser.conditional()?;
        match tokens.get(parser.pos) {
            None => Ok(expr),
            Some(t) => Err(Diagnostic::new(
                &t.span,
                format!("unexpected `{}` in expression", t.text),
            )),
        }
    }

    /// Evaluates the expression for one oparg value; `None` for an unknown name
    /// or an arithmetic fault (division by zero, overflow).
    pub fn eval(&self, oparg: i64) -> Option<i64> {
        Some(match self {
            Expr::Int(v) => *v,
            Expr::Name(n) if n == "oparg" => oparg,
            Expr::Name(_) => return None,
            Expr::Unary(op, e) => {
                let v = e.eval(oparg)?;
                match *op {
                    "-" => v.checked_neg()?,
                    "!" => (v == 0) as i64,
                    "~" => !v,
                    _ => v,
                }
            }
            Expr::Binary(op, a, b) => {
                let (a, b) = (a.eval(oparg)?, b.eval(oparg)?);
                match *op {
                    "+" => a.checked_add(b)?,
                    "-" => a.checked_sub(b)?,
                    "*" => a.checked_mul(b)?,
                    "/" => a.checked_div(b)?,
                    "%" => a.checked_rem(b)?,
                    "<<" => a.checked_shl(u32::try_from(b).ok()?)?,
                    ">>" => a.checked_shr(u32::try_from(b).ok()?)?,
                    "&" => a & b,
                    "|" => a | b,
                    "^" => a ^ b,
                    "==" => (a == b) as i64,
                    "!=" => (a != b) as i64,
                    "<" => (a < b) as i64,
                    ">" => (a > b) as i64,
                    "<=" => (a <= b) as i64,
                    ">=" => (a >= b) as i64,
                    "&&" => (a != 0 && b != 0) as i64,
                    "||" => (a != 0 || b != 0) as i64,
                    _ => return None,
                }
            }
            Expr::Conditional(c, t, e) => {
                if c.eval(oparg)? != 0 {
                    t.eval(oparg)?
                } else {
                    e.eval(oparg)?
                }
            }
        })
    }

    /// Whether `oparg` occurs in the expression.
    pub fn uses_oparg(&self) -> bool {
        match self {
            Expr::Int(_) => false,
            Expr::Name(n) => n == "oparg",
            Expr::Unary(_, e) => e.uses_oparg(),
            Expr::Binary(_, a, b) => a.uses_oparg() || b.uses_oparg(),
            Expr::Conditional(c, t, e) => c.uses_oparg() || t.uses_oparg() || e.uses_oparg(),
        }
    }

    /// The constant value, if the expression has no names.
    pub fn constant(&self) -> Option<i64> {
        if self.has_names() {
            None
        } else {
            self.eval(0)
        }
    }

    fn has_names(&self) -> bool {
        match self {
            Expr::Int(_) => false,
            Expr::Name(_) => true,
            Expr::Unary(_, e) => e.has_names(),
            Expr::Binary(_, a, b) => a.has_names() || b.has_names(),
            Expr::Conditional(c, t, e) => c.has_names() || t.has_names() || e.has_names(),
        }
    }

    /// Whether the expression prints without surrounding parentheses as an operand.
    fn is_atom(&self) -> bool {
        matches!(self, Expr::Int(_) | Expr::Name(_))
    }

    /// Writes the expression as an operand, parenthesized unless atomic.
    pub fn fmt_operand(&self, f: &mut impl fmt::Write) -> fmt::Result {
        if self.is_atom() {
            write!(f, "{self}")
        } else {
            write!(f, "({self})")
        }
    }
}

/// Prints the expression as C using only `+ - * & | >> << == != ?:` where it can:
/// `!x` becomes `x == 0`, `a && b` and `a || b` become conditionals, `~x` becomes `-1 - x`.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Int(v) => write!(f, "{v}"),
            Expr::Name(n) => write!(f, "{n}"),
            Expr::Unary("-", e) => {
                write!(f, "0 - ")?;
                e.fmt_operand(f)
            }
            Expr::Unary("!", e) => {
                e.fmt_operand(f)?;
                write!(f, " == 0")
            }
            Expr::Unary("~", e) => {
                write!(f, "-1 - ")?;
                e.fmt_operand(f)
            }
            Expr::Unary(_, e) => write!(f, "{e}"),
            Expr::Binary("&&", a, b) => {
                a.fmt_operand(f)?;
                write!(f, " != 0 ? ")?;
                b.fmt_operand(f)?;
                write!(f, " != 0 : 0")
            }
            Expr::Binary("||", a, b) => {
                a.fmt_operand(f)?;
                write!(f, " != 0 ? 1 : ")?;
                b.fmt_operand(f)?;
                write!(f, " != 0")
            }
            Expr::Binary(op, a, b) => {
                a.fmt_operand(f)?;
                write!(f, " {op} ")?;
                b.fmt_operand(f)
            }
            Expr::Conditional(c, t, e) => {
                c.fmt_operand(f)?;
                write!(f, " ? ")?;
                t.fmt_operand(f)?;
                write!(f, " : ")?;
                e.fmt_operand(f)
            }
        }
    }
}

struct ExprParser<'t> {
    tokens: &'t [Token],
    pos: usize,
}

impl<'t> ExprParser<'t> {
    fn peek(&self) -> Option<&'t Token> {
        self.tokens.get(self.pos)
    }

    fn end_span(&self) -> Span {
        let last = &self.tokens[self.tokens.len() - 1];
        let mut span = last.span.clone();
        span.column += last.text.chars().count() as u32;
        span
    }

    fn conditional(&mut self) -> Result<Expr, Diagnostic> {
        let cond = self.binary(0)?;
        if self.peek().is_some_and(|t| t.is_punct("?")) {
            self.pos += 1;
            let then = self.conditional()?;
            match self.peek() {
                Some(t) if t.is_punct(":") => self.pos += 1,
                Some(t) => {
                    return Err(Diagnostic::new(
                        &t.span,
                        format!("expected `:`, found `{}`", t.text),
                    ))
                }
                None => {
                    return Err(Diagnostic::new(
                        &self.end_span(),
                        "expected `:` of a conditional expression",
                    ))
                }
            }
            let other = self.conditional()?;
            return Ok(Expr::Conditional(
                Box::new(cond),
                Box::new(then),
                Box::new(other),
            ));
        }
        Ok(cond)
    }

    fn binary(&mut self, level: usize) -> Result<Expr, Diagnostic> {
        if level == BINARY_LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        while let Some(op) = self
            .peek()
            .filter(|t| t.kind == TokenKind::Punct)
            .and_then(|t| BINARY_LEVELS[level].iter().find(|op| **op == t.text))
        {
            self.pos += 1;
            let right = self.binary(level + 1)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, Diagnostic> {
        let Some(token) = self.peek() else {
            return Err(Diagnostic::new(
                &self.end_span(),
                "expression ends too early",
            ));
        };
        if token.kind == TokenKind::Punct {
            if let Some(op) = ["-", "+", "!", "~"]
                .into_iter()
                .find(|op| token.text == *op)
            {
                self.pos += 1;
                return Ok(Expr::Unary(op, Box::new(self.unary()?)));
            }
            if token.text == "(" {
                self.pos += 1;
                let inner = self.conditional()?;
                return match self.peek() {
                    Some(t) if t.is_punct(")") => {
                        self.pos += 1;
                        Ok(inner)
                    }
                    Some(t) => Err(Diagnostic::new(
                        &t.span,
                        format!("expected `)`, found `{}`", t.text),
                    )),
                    None => Err(Diagnostic::new(
                        &self.end_span(),
                        "unclosed `(` in expression",
                    )),
                };
            }
        }
        self.pos += 1;
        match token.kind {
            TokenKind::Ident => Ok(Expr::Name(token.text.clone())),
            TokenKind::Number => parse_int(&token.text).map(Expr::Int).ok_or_else(|| {
                Diagnostic::new(&token.span, format!("`{}` is not an integer", token.text))
            }),
            _ => Err(Diagnostic::new(
                &token.span,
                format!("unexpected `{}` in expression", token.text),
            )),
        }
    }
}

/// Parses a C integer literal (decimal, hex, octal, binary; `u`/`l` suffixes).
pub fn parse_int(text: &str) -> Option<i64> {
    let digits = text.trim_end_matches(['u', 'U', 'l', 'L']);
    let (radix, body) = if let Some(h) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        (16, h)
    } else if let Some(b) = digits
        .strip_prefix("0b")
        .or_else(|| digits.strip_prefix("0B"))
    {
        (2, b)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    i64::from_str_radix(body, radix).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lex_fragment;

    fn parse(src: &str) -> Expr {
        let toks = lex_fragment("e.c", src).unwrap();
        Expr::parse(&toks, &toks[0].span).unwrap()
    }

    #[test]
    fn precedence_follows_c() {
        assert_eq!(parse("1 + oparg & 0xFF").eval(0x1FF), Some(0));
        assert_eq!(parse("oparg >> 8").eval(0x305), Some(3));
        assert_eq!(parse("oparg & 1 ? 2 : 3").eval(1), Some(2));
        assert_eq!(parse("oparg*2").eval(7), Some(14));
        assert_eq!(parse("-oparg + 1").eval(4), Some(-3));
    }

    #[test]
    fn printing_uses_the_small_operator_set() {
        let e = parse("!(oparg & 1) && oparg");
        assert_eq!(e.to_string(), "((oparg & 1) == 0) != 0 ? oparg != 0 : 0");
        for v in 0..8 {
            let again = parse(&e.to_string());
            assert_eq!(again.eval(v), e.eval(v));
        }
    }

    #[test]
    fn unknown_names_do_not_evaluate() {
        assert_eq!(parse("MAX + 1").eval(0), None);
        assert_eq!(parse("oparg / 0").eval(3), None);
    }
}
