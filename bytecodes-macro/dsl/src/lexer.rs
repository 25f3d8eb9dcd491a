//! C lexing of the DSL text: every token keeps its file, line and column.

use crate::diagnostic::{Diagnostic, Span};
use std::sync::Arc;

/// What kind of token a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An identifier or a C keyword; DSL keywords are identifiers too.
    Ident,
    /// An integer or floating literal, suffixes included.
    Number,
    /// A string literal, quotes included.
    Str,
    /// A character literal, quotes included.
    Char,
    /// An operator or punctuation mark, such as `--`, `->` or `{`.
    Punct,
    /// A whole preprocessor line such as `#if Py_GIL_DISABLED`.
    Preprocessor,
}

/// A token of the DSL with its text and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token's kind.
    pub kind: TokenKind,
    /// The token's exact text.
    pub text: String,
    /// Where the token starts.
    pub span: Span,
}

impl Token {
    /// Whether this token is the identifier `name`.
    pub fn is_ident(&self, name: &str) -> bool {
        self.kind == TokenKind::Ident && self.text == name
    }

    /// Whether this token is the punctuation `p`.
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == p
    }
}

/// The marker line after which the DSL starts.
pub const BEGIN_MARKER: &str = "// BEGIN BYTECODES //";
/// The marker line before which the DSL ends.
pub const END_MARKER: &str = "// END BYTECODES //";

/// Operators, longest first so that the longest match wins.
const PUNCTUATION: &[&str] = &[
    "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##", "{", "}", "(", ")", "[", "]", ";", ",", ".",
    "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "<", ">", "=", "?", ":", "#", "\\",
];

/// Lexes the part of `text` between the BEGIN and END markers.
///
/// Positions are those of the whole file, so that errors point into it.
pub fn lex_file(file: &str, text: &str) -> Result<Vec<Token>, Diagnostic> {
    let file: Arc<str> = Arc::from(file);
    let Some(begin) = text.find(BEGIN_MARKER) else {
        let span = Span {
            file,
            line: 1,
            column: 1,
            offset: 0,
        };
        return Err(Diagnostic::new(
            &span,
            format!("no `{BEGIN_MARKER}` line: the instruction definitions must follow it"),
        ));
    };
    let start = begin + BEGIN_MARKER.len();
    let Some(end) = text[start..].find(END_MARKER).map(|e| e + start) else {
        let span = Lexer::new(file, text).span_at(begin);
        return Err(Diagnostic::new(
            &span,
            format!("no `{END_MARKER}` line after the `{BEGIN_MARKER}` marker"),
        ));
    };
    let mut lexer = Lexer::new(file, text);
    lexer.advance_to(start);
    lexer.run(end)
}

/// Lexes the whole of `text`, without looking for markers (for inline definitions).
pub fn lex_fragment(file: &str, text: &str) -> Result<Vec<Token>, Diagnostic> {
    Lexer::new(Arc::from(file), text).run(text.len())
}

struct Lexer<'a> {
    file: Arc<str>,
    text: &'a str,
    pos: usize,
    line: u32,
    /// 1-based column of `pos`, in characters.
    column: u32,
    /// True when only whitespace has been seen since the start of the line.
    at_line_start: bool,
}

impl<'a> Lexer<'a> {
    fn new(file: Arc<str>, text: &'a str) -> Self {
        Lexer {
            file,
            text,
            pos: 0,
            line: 1,
            column: 1,
            at_line_start: true,
        }
    }

    fn advance_to(&mut self, target: usize) {
        while self.pos < target {
            self.bump();
        }
    }

    fn span_at(&mut self, target: usize) -> Span {
        self.advance_to(target);
        self.span()
    }

    fn span(&self) -> Span {
        Span {
            file: self.file.clone(),
            line: self.line,
            column: self.column,
            offset: self.pos,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.text[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
            self.at_line_start = true;
        } else {
            self.column += 1;
            if !c.is_whitespace() {
                self.at_line_start = false;
            }
        }
        Some(c)
    }

    fn run(mut self, end: usize) -> Result<Vec<Token>, Diagnostic> {
        let mut tokens = Vec::new();
        loop {
            self.skip_trivia(end)?;
            if self.pos >= end {
                return Ok(tokens);
            }
            let token = self.token(end)?;
            tokens.push(token);
        }
    }

    fn skip_trivia(&mut self, end: usize) -> Result<(), Diagnostic> {
        while self.pos < end {
            let rest = &self.text[self.pos..end];
            if rest.starts_with("//") {
                while self.pos < end && self.peek() != Some('\n') {
                    self.bump();
                }
            } else if rest.starts_with("/*") {
                let span = self.span();
                match rest.find("*/") {
                    Some(close) => self.advance_to(self.pos + close + 2),
                    None => return Err(Diagnostic::new(&span, "unterminated `/*` comment")),
                }
            } else if rest.starts_with("\\\n")
                || rest.starts_with("\\\r\n")
                || self.peek().is_some_and(char::is_whitespace)
            {
                self.bump();
            } else {
                break;
            }
        }
        Ok(())
    }

    fn token(&mut self, end: usize) -> Result<Token, Diagnostic> {
        let span = self.span();
        let start = self.pos;
        let at_line_start = self.at_line_start;
        let c = self.bump().expect("token() is only called before `end`");
        let kind = if c == '#' && at_line_start {
            self.preprocessor_line(end);
            TokenKind::Preprocessor
        } else if c.is_ascii_alphabetic() || c == '_' {
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                self.bump();
            }
            TokenKind::Ident
        } else if c.is_ascii_digit()
            || (c == '.' && self.peek().is_some_and(|d| d.is_ascii_digit()))
        {
            self.number(start);
            TokenKind::Number
        } else if c == '"' || c == '\'' {
            self.quoted(c, &span, end)?;
            if c == '"' {
                TokenKind::Str
            } else {
                TokenKind::Char
            }
        } else {
            let rest = &self.text[start..end];
            match PUNCTUATION.iter().find(|p| rest.starts_with(**p)) {
                Some(p) => {
                    self.advance_to(start + p.len());
                    TokenKind::Punct
                }
                None => {
                    return Err(Diagnostic::new(
                        &span,
                        format!("unexpected character `{}` in C code", c.escape_debug()),
                    ))
                }
            }
        };
        let text = self.text[start..self.pos.min(end)].trim_end();
        Ok(Token {
            kind,
            text: text.to_string(),
            span,
        })
    }

    /// Consumes a preprocessor line, continuation lines included.
    fn preprocessor_line(&mut self, end: usize) {
        while self.pos < end {
            match self.peek() {
                Some('\n') | None => break,
                Some('\\') if matches!(self.peek_at(1), Some('\n')) => {
                    self.bump();
                    self.bump();
                }
                _ => {
                    self.bump();
                }
            }
        }
    }

    fn number(&mut self, start: usize) {
        let hex = self.text[start..].starts_with("0x") || self.text[start..].starts_with("0X");
        while let Some(c) = self.peek() {
            let exponent_sign =
                (c == '+' || c == '-') && self.text[..self.pos].ends_with(['e', 'E']) && !hex;
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' || exponent_sign {
                self.bump();
            } else {
                break;
            }
        }
    }

    fn quoted(&mut self, quote: char, span: &Span, end: usize) -> Result<(), Diagnostic> {
        let what = if quote == '"' { "string" } else { "character" };
        loop {
            if self.pos >= end {
                return Err(Diagnostic::new(
                    span,
                    format!("unterminated {what} literal"),
                ));
            }
            match self.bump() {
                Some('\\') => {
                    if self.pos >= end {
                        return Err(Diagnostic::new(
                            span,
                            format!("unterminated {what} literal"),
                        ));
                    }
                    self.bump();
                }
                Some('\n') | None => {
                    return Err(Diagnostic::new(
                        span,
                        format!("unterminated {what} literal"),
                    ))
                }
                Some(c) if c == quote => return Ok(()),
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<String> {
        lex_fragment("t.c", src)
            .unwrap()
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn operators_take_the_longest_match() {
        assert_eq!(
            texts("a-- ->b <<= ... x||y"),
            ["a", "--", "->", "b", "<<=", "...", "x", "||", "y"]
        );
    }

    #[test]
    fn comments_are_dropped_and_positions_kept() {
        let toks = lex_fragment("t.c", "/* c */ a // x\n  b").unwrap();
        assert_eq!(toks[0].span.line, 1);
        assert_eq!(toks[0].span.column, 9);
        assert_eq!(toks[1].span.line, 2);
        assert_eq!(toks[1].span.column, 3);
    }

    #[test]
    fn preprocessor_lines_are_one_token() {
        let toks = lex_fragment("t.c", "{\n#if Py_GIL_DISABLED\nx;\n#endif\n}").unwrap();
        assert_eq!(toks[1].kind, TokenKind::Preprocessor);
        assert_eq!(toks[1].text, "#if Py_GIL_DISABLED");
    }

    #[test]
    fn numbers_and_literals() {
        assert_eq!(
            texts(r#"0xFFu 1UL 1.5e-3 "a\"b" '\''"#),
            ["0xFFu", "1UL", "1.5e-3", r#""a\"b""#, r"'\''"]
        );
    }

    #[test]
    fn markers_delimit_the_dsl() {
        let src = "junk @\n// BEGIN BYTECODES //\nx\n// END BYTECODES //\n@";
        let toks = lex_file("f.c", src).unwrap();
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].span.line, 3);
        let err = lex_file("f.c", "x").unwrap_err();
        assert!(err.message.contains("BEGIN BYTECODES"));
    }
}
