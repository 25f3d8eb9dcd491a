//! Just enough of a Python 3.14 tokenizer and parser to answer the questions
//! CPython's traceback formatter asks `ast.parse` about a source segment:
//!
//! * does `(\n{segment}\n)` parse as a single expression statement, and if it
//!   is a binary operation, a subscript or a call, where are its operands
//!   (for the `~~^~~` anchors);
//! * does a group of source lines parse, with no statement at all, or with a
//!   first statement `return NAME(...)` or `NAME = CALL(...)` (the cases
//!   where the caret line is left out).
//!
//! Positions follow `ast`: lines count from 1, columns are UTF-8 byte
//! offsets in the line. The parser only accepts valid code; for anything it
//! does not understand it reports a syntax error, which is what CPython's
//! formatter falls back on too.

use unicode_general_category::{get_general_category, GeneralCategory};

/// A position in the parsed text: line (from 1) and UTF-8 byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub line: usize,
    pub col: usize,
}

/// The expression node kinds the formatter distinguishes.
#[derive(Debug)]
pub(crate) enum Kind {
    Name,
    Call(Box<Node>),
    BinOp(Box<Node>, Box<Node>),
    Subscript(Box<Node>),
    Attribute,
    Starred(Box<Node>),
    Tuple(Vec<Node>),
    List(Vec<Node>),
    Other,
}

/// An expression with its `ast` positions.
#[derive(Debug)]
pub(crate) struct Node {
    pub kind: Kind,
    pub start: Pos,
    pub end: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    Name,
    Number,
    Str,
    Op,
    Newline,
    End,
}

#[derive(Clone, Debug)]
struct Token {
    kind: T,
    text: String,
    start: Pos,
    end: Pos,
    /// String tokens: whether it is a bytes literal.
    bytes: bool,
}

struct Bad;
type R<X> = Result<X, Bad>;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    use GeneralCategory::*;
    matches!(
        get_general_category(c),
        UppercaseLetter
            | LowercaseLetter
            | TitlecaseLetter
            | ModifierLetter
            | OtherLetter
            | LetterNumber
    )
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    use GeneralCategory::*;
    is_id_start(c)
        || matches!(
            get_general_category(c),
            NonspacingMark | SpacingMark | DecimalNumber | ConnectorPunctuation
        )
}

// ---------------------------------------------------------------- tokenizer

struct Lexer<'a> {
    s: &'a [char],
    i: usize,
    line: usize,
    col: usize,
    toks: Vec<Token>,
    depth: Vec<char>,
    /// Nesting of f-string replacement fields.
    fields: usize,
}

const OPS3: &[&str] = &["**=", "//=", ">>=", "<<=", "..."];
const OPS2: &[&str] = &[
    "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=",
    "|=", "^=", "@=",
];
const OPS1: &str = "+-*/%@&|^~<>()[]{},:;.=";

impl<'a> Lexer<'a> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }
    fn peek(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.s.get(self.i).copied()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += c.len_utf8();
        }
        Some(c)
    }
    fn push(&mut self, kind: T, start_i: usize, start: Pos) {
        let text: String = self.s[start_i..self.i].iter().collect();
        let end = self.pos();
        self.toks.push(Token {
            kind,
            text,
            start,
            end,
            bytes: false,
        });
    }

    fn run(mut self) -> R<Vec<Token>> {
        let mut at_line_start = true;
        let mut line_has_tokens = false;
        loop {
            if at_line_start && self.depth.is_empty() {
                // Indentation of a new logical line.
                let mut indent = 0usize;
                while let Some(c) = self.peek(0) {
                    match c {
                        ' ' | '\t' => indent += 1,
                        '\x0c' => indent = 0,
                        _ => break,
                    }
                    self.bump();
                }
                match self.peek(0) {
                    None => break,
                    Some('\n') => {
                        self.bump();
                        continue;
                    }
                    Some('#') => {
                        while !matches!(self.peek(0), None | Some('\n')) {
                            self.bump();
                        }
                        continue;
                    }
                    Some('\\') if self.peek(1) == Some('\n') && indent == 0 => {}
                    _ => {}
                }
                if indent > 0 {
                    return Err(Bad); // unexpected indent (no compound statements here)
                }
                at_line_start = false;
            }
            let Some(c) = self.peek(0) else { break };
            let start_i = self.i;
            let start = self.pos();
            match c {
                ' ' | '\t' | '\x0c' => {
                    self.bump();
                }
                '\n' => {
                    self.bump();
                    if self.depth.is_empty() {
                        if line_has_tokens {
                            self.toks.push(Token {
                                kind: T::Newline,
                                text: String::new(),
                                start,
                                end: start,
                                bytes: false,
                            });
                        }
                        line_has_tokens = false;
                        at_line_start = true;
                    }
                }
                '#' => {
                    while !matches!(self.peek(0), None | Some('\n')) {
                        self.bump();
                    }
                }
                '\\' => {
                    self.bump();
                    if self.peek(0) != Some('\n') {
                        return Err(Bad);
                    }
                    self.bump();
                    if self.peek(0).is_none() {
                        return Err(Bad); // unexpected EOF
                    }
                }
                _ if c.is_ascii_digit()
                    || (c == '.' && self.peek(1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    self.number()?;
                    self.push(T::Number, start_i, start);
                    line_has_tokens = true;
                }
                _ if is_id_start(c) => {
                    while self.peek(0).is_some_and(is_id_continue) {
                        self.bump();
                    }
                    // A string prefix?
                    let word: String = self.s[start_i..self.i].iter().collect();
                    if matches!(self.peek(0), Some('\'' | '"')) && is_string_prefix(&word) {
                        let lower = word.to_ascii_lowercase();
                        let fmt = lower.contains('f') || lower.contains('t');
                        let raw = lower.contains('r');
                        self.string(fmt, raw)?;
                        self.push(T::Str, start_i, start);
                        if let Some(t) = self.toks.last_mut() {
                            t.bytes = lower.contains('b');
                        }
                    } else {
                        self.push(T::Name, start_i, start);
                    }
                    line_has_tokens = true;
                }
                '\'' | '"' => {
                    self.string(false, false)?;
                    self.push(T::Str, start_i, start);
                    line_has_tokens = true;
                }
                _ => {
                    let rest: String = self.s[self.i..(self.i + 3).min(self.s.len())]
                        .iter()
                        .collect();
                    let len = if OPS3.iter().any(|o| rest.starts_with(o)) {
                        3
                    } else if OPS2.iter().any(|o| rest.starts_with(o)) {
                        2
                    } else if OPS1.contains(c) {
                        1
                    } else {
                        return Err(Bad);
                    };
                    for _ in 0..len {
                        self.bump();
                    }
                    match c {
                        '(' | '[' | '{' => {
                            // CPython's tokenizer: "too many nested parentheses".
                            if self.depth.len() >= MAX_NESTING {
                                return Err(Bad);
                            }
                            self.depth.push(c)
                        }
                        ')' | ']' | '}' if len == 1 => {
                            let open = match c {
                                ')' => '(',
                                ']' => '[',
                                _ => '{',
                            };
                            if self.depth.pop() != Some(open) {
                                return Err(Bad);
                            }
                        }
                        _ => {}
                    }
                    self.push(T::Op, start_i, start);
                    line_has_tokens = true;
                }
            }
        }
        if !self.depth.is_empty() {
            return Err(Bad);
        }
        let end = self.pos();
        if line_has_tokens {
            self.toks.push(Token {
                kind: T::Newline,
                text: String::new(),
                start: end,
                end,
                bytes: false,
            });
        }
        self.toks.push(Token {
            kind: T::End,
            text: String::new(),
            start: end,
            end,
            bytes: false,
        });
        Ok(self.toks)
    }

    fn digits(&mut self, ok: fn(char) -> bool) -> usize {
        let mut n = 0;
        while let Some(c) = self.peek(0) {
            if ok(c) {
                n += 1;
            } else if c == '_' && self.peek(1).is_some_and(ok) {
            } else {
                break;
            }
            self.bump();
        }
        n
    }

    fn number(&mut self) -> R<()> {
        let c = self.peek(0).unwrap_or('0');
        if c == '0' && matches!(self.peek(1), Some('x' | 'X' | 'o' | 'O' | 'b' | 'B')) {
            let base = self.peek(1).unwrap_or('x').to_ascii_lowercase();
            self.bump();
            self.bump();
            if self.peek(0) == Some('_') {
                self.bump();
            }
            let ok: fn(char) -> bool = match base {
                'x' => |c| c.is_ascii_hexdigit(),
                'o' => |c| ('0'..='7').contains(&c),
                _ => |c| c == '0' || c == '1',
            };
            if self.digits(ok) == 0 {
                return Err(Bad);
            }
        } else {
            let dec: fn(char) -> bool = |c| c.is_ascii_digit();
            self.digits(dec);
            if self.peek(0) == Some('.') {
                self.bump();
                self.digits(dec);
            }
            if matches!(self.peek(0), Some('e' | 'E')) {
                let sign = matches!(self.peek(1), Some('+' | '-'));
                let d = self.peek(if sign { 2 } else { 1 });
                if d.is_some_and(|d| d.is_ascii_digit()) {
                    self.bump();
                    if sign {
                        self.bump();
                    }
                    self.digits(dec);
                } else {
                    return Err(Bad);
                }
            }
            if matches!(self.peek(0), Some('j' | 'J')) {
                self.bump();
            }
        }
        if self.peek(0).is_some_and(is_id_continue) {
            // `1if x else y` is accepted (with a warning) for these keywords.
            let rest: String = self.s[self.i..].iter().take(4).collect();
            let ok = ["and", "else", "for", "if", "in", "is", "not", "or"]
                .iter()
                .any(|k| rest.starts_with(k));
            if !ok {
                return Err(Bad);
            }
        }
        Ok(())
    }

    /// A string literal from its opening quote; for f- and t-strings the
    /// replacement fields are skipped over (nested strings and brackets
    /// included) without being checked.
    fn string(&mut self, fmt: bool, raw: bool) -> R<()> {
        let q = self.bump().ok_or(Bad)?;
        let triple = self.peek(0) == Some(q) && self.peek(1) == Some(q);
        if triple {
            self.bump();
            self.bump();
        }
        self.string_body(q, triple, fmt, raw)
    }

    fn at_close(&self, q: char, triple: bool) -> bool {
        self.peek(0) == Some(q) && (!triple || (self.peek(1) == Some(q) && self.peek(2) == Some(q)))
    }

    fn string_body(&mut self, q: char, triple: bool, fmt: bool, raw: bool) -> R<()> {
        loop {
            if self.at_close(q, triple) {
                for _ in 0..if triple { 3 } else { 1 } {
                    self.bump();
                }
                return Ok(());
            }
            match self.peek(0) {
                None => return Err(Bad),
                Some('\n') if !triple => return Err(Bad),
                Some('\\') => {
                    self.bump();
                    if self.peek(0).is_none() {
                        return Err(Bad);
                    }
                    if !(fmt && raw && matches!(self.peek(0), Some('{' | '}'))) {
                        self.bump();
                    }
                }
                Some('{') if fmt => {
                    self.bump();
                    if self.peek(0) == Some('{') {
                        self.bump();
                    } else {
                        self.replacement_field(q, triple)?;
                    }
                }
                Some('}') if fmt => {
                    self.bump();
                    if self.peek(0) == Some('}') {
                        self.bump();
                    } else {
                        return Err(Bad);
                    }
                }
                Some(_) => {
                    self.bump();
                }
            }
        }
    }

    /// After the `{` of a replacement field, up to and including its `}`.
    fn replacement_field(&mut self, q: char, triple: bool) -> R<()> {
        if self.fields >= MAX_NESTING {
            return Err(Bad);
        }
        self.fields += 1;
        let r = self.replacement_field_inner(q, triple);
        self.fields -= 1;
        r
    }

    fn replacement_field_inner(&mut self, q: char, triple: bool) -> R<()> {
        let mut depth = 0usize;
        let mut any = false;
        loop {
            let c = self.peek(0).ok_or(Bad)?;
            match c {
                '\n' if !triple => return Err(Bad),
                '\'' | '"' => {
                    self.string(false, false)?;
                    any = true;
                    continue;
                }
                '(' | '[' | '{' => depth += 1,
                ')' | ']' => depth = depth.checked_sub(1).ok_or(Bad)?,
                '}' if depth > 0 => depth -= 1,
                '}' => {
                    if !any {
                        return Err(Bad);
                    }
                    self.bump();
                    return Ok(());
                }
                '#' => return Err(Bad),
                '!' if depth == 0 && self.peek(1) != Some('=') => {
                    self.bump();
                    while self.peek(0).is_some_and(|c| c.is_alphanumeric()) {
                        self.bump();
                    }
                    if self.peek(0) == Some(':') {
                        self.bump();
                        return self.format_spec(q, triple);
                    }
                    if self.peek(0) == Some('}') {
                        self.bump();
                        return Ok(());
                    }
                    return Err(Bad);
                }
                ':' if depth == 0 && self.peek(1) != Some('=') => {
                    if !any {
                        return Err(Bad);
                    }
                    self.bump();
                    return self.format_spec(q, triple);
                }
                c if !c.is_whitespace() => any = true,
                _ => {}
            }
            self.bump();
        }
    }

    fn format_spec(&mut self, q: char, triple: bool) -> R<()> {
        loop {
            if self.at_close(q, triple) {
                return Err(Bad);
            }
            match self.peek(0).ok_or(Bad)? {
                '\n' if !triple => return Err(Bad),
                '{' => {
                    self.bump();
                    self.replacement_field(q, triple)?;
                }
                '}' => {
                    self.bump();
                    return Ok(());
                }
                '\\' => {
                    self.bump();
                    self.bump();
                }
                _ => {
                    self.bump();
                }
            }
        }
    }
}

fn is_string_prefix(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf" | "t" | "tr" | "rt"
    )
}

fn tokenize(text: &[char]) -> R<Vec<Token>> {
    // Universal newlines, as the tokenizer of a str source does.
    let mut s = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            '\r' => {
                s.push('\n');
                if text.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
            }
            '\0' => return Err(Bad),
            c => s.push(c),
        }
        i += 1;
    }
    Lexer {
        s: &s,
        i: 0,
        line: 1,
        col: 0,
        toks: Vec::new(),
        depth: Vec::new(),
        fields: 0,
    }
    .run()
}

// ---------------------------------------------------------------- parser

/// Deepest bracket nesting CPython's tokenizer accepts.
const MAX_NESTING: usize = 200;
/// Deepest recursion of the parser (nested brackets, unary operators, `not`,
/// lambdas, conditional expressions) before the text is given up as too
/// complex; keeps the native stack bounded.
const MAX_RECURSION: usize = 1000;

struct Parser {
    toks: Vec<Token>,
    p: usize,
    depth: usize,
}

fn node(kind: Kind, start: Pos, end: Pos) -> Node {
    Node { kind, start, end }
}

/// An expression plus the extent of the tokens it came from (which includes
/// enclosing parentheses, unlike the node's own positions).
struct Ex {
    n: Node,
    start: Pos,
    end: Pos,
}

fn ex(n: Node) -> Ex {
    let (start, end) = (n.start, n.end);
    Ex { n, start, end }
}

impl Parser {
    fn tok(&self) -> &Token {
        &self.toks[self.p.min(self.toks.len() - 1)]
    }
    fn peek_at(&self, k: usize) -> &Token {
        &self.toks[(self.p + k).min(self.toks.len() - 1)]
    }
    fn is_op(&self, s: &str) -> bool {
        let t = self.tok();
        t.kind == T::Op && t.text == s
    }
    fn is_kw(&self, s: &str) -> bool {
        let t = self.tok();
        t.kind == T::Name && t.text == s
    }
    fn eat_op(&mut self, s: &str) -> bool {
        if self.is_op(s) {
            self.p += 1;
            true
        } else {
            false
        }
    }
    fn eat_kw(&mut self, s: &str) -> bool {
        if self.is_kw(s) {
            self.p += 1;
            true
        } else {
            false
        }
    }
    fn expect_op(&mut self, s: &str) -> R<Pos> {
        if self.is_op(s) {
            let e = self.tok().end;
            self.p += 1;
            Ok(e)
        } else {
            Err(Bad)
        }
    }
    fn prev_end(&self) -> Pos {
        self.toks[self.p.saturating_sub(1)].end
    }
    fn at_name(&self) -> bool {
        let t = self.tok();
        t.kind == T::Name && !KEYWORDS.contains(&t.text.as_str())
    }
    fn name(&mut self) -> R<Ex> {
        if self.at_name() {
            let t = self.tok().clone();
            self.p += 1;
            Ok(ex(node(Kind::Name, t.start, t.end)))
        } else {
            Err(Bad)
        }
    }

    /// Whether the current token can start an expression.
    fn starts_expr(&self) -> bool {
        let t = self.tok();
        match t.kind {
            T::Name => {
                !KEYWORDS.contains(&t.text.as_str())
                    || matches!(
                        t.text.as_str(),
                        "None" | "True" | "False" | "not" | "lambda" | "await"
                    )
            }
            T::Number | T::Str => true,
            T::Op => matches!(
                t.text.as_str(),
                "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"
            ),
            _ => false,
        }
    }

    // star_expressions: a tuple when there is a comma.
    fn star_expressions(&mut self) -> R<Ex> {
        let first = self.star_expression()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let start = first.start;
        let mut items = vec![first.n];
        while self.eat_op(",") {
            if !self.starts_expr() {
                break;
            }
            items.push(self.star_expression()?.n);
        }
        let end = self.prev_end();
        Ok(ex(node(Kind::Tuple(items), start, end)))
    }

    fn star_expression(&mut self) -> R<Ex> {
        if self.is_op("*") {
            let start = self.tok().start;
            self.p += 1;
            let e = self.bitwise_or()?;
            let end = e.end;
            return Ok(ex(node(Kind::Starred(Box::new(e.n)), start, end)));
        }
        self.expression()
    }

    fn star_named_expression(&mut self) -> R<Ex> {
        if self.is_op("*") {
            return self.star_expression();
        }
        self.named_expression()
    }

    fn named_expression(&mut self) -> R<Ex> {
        if self.at_name() && self.peek_at(1).kind == T::Op && self.peek_at(1).text == ":=" {
            let start = self.tok().start;
            self.p += 2;
            let v = self.expression()?;
            return Ok(ex(node(Kind::Other, start, v.end)));
        }
        self.expression()
    }

    fn expression(&mut self) -> R<Ex> {
        if self.depth >= MAX_RECURSION {
            return Err(Bad);
        }
        self.depth += 1;
        let r = self.expression_inner();
        self.depth -= 1;
        r
    }

    fn expression_inner(&mut self) -> R<Ex> {
        if self.is_kw("lambda") {
            return self.lambda();
        }
        let d = self.disjunction()?;
        if self.is_kw("if") {
            self.p += 1;
            self.disjunction()?;
            if !self.eat_kw("else") {
                return Err(Bad);
            }
            let e = self.expression()?;
            return Ok(ex(node(Kind::Other, d.start, e.end)));
        }
        Ok(d)
    }

    fn lambda(&mut self) -> R<Ex> {
        let start = self.tok().start;
        self.p += 1;
        self.params(":", false)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        Ok(ex(node(Kind::Other, start, body.end)))
    }

    /// Parameters up to (not including) `close`. `annotations` allows
    /// `name: expr`.
    fn params(&mut self, close: &str, annotations: bool) -> R<()> {
        while !self.is_op(close) {
            if self.eat_op("**") || self.eat_op("*") {
                if self.at_name() {
                    self.p += 1;
                    if annotations && self.eat_op(":") {
                        self.expression()?;
                    }
                }
            } else if self.eat_op("/") {
            } else {
                self.name()?;
                if annotations && self.eat_op(":") {
                    self.expression()?;
                }
                if self.eat_op("=") {
                    self.expression()?;
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(())
    }

    fn disjunction(&mut self) -> R<Ex> {
        let first = self.conjunction()?;
        let mut end = first.end;
        let mut any = false;
        while self.eat_kw("or") {
            end = self.conjunction()?.end;
            any = true;
        }
        Ok(if any {
            ex(node(Kind::Other, first.start, end))
        } else {
            first
        })
    }

    fn conjunction(&mut self) -> R<Ex> {
        let first = self.inversion()?;
        let mut end = first.end;
        let mut any = false;
        while self.eat_kw("and") {
            end = self.inversion()?.end;
            any = true;
        }
        Ok(if any {
            ex(node(Kind::Other, first.start, end))
        } else {
            first
        })
    }

    fn inversion(&mut self) -> R<Ex> {
        if self.depth >= MAX_RECURSION {
            return Err(Bad);
        }
        self.depth += 1;
        let r = self.inversion_inner();
        self.depth -= 1;
        r
    }

    fn inversion_inner(&mut self) -> R<Ex> {
        if self.is_kw("not") {
            let start = self.tok().start;
            self.p += 1;
            let e = self.inversion()?;
            return Ok(ex(node(Kind::Other, start, e.end)));
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> bool {
        let t = self.tok();
        if t.kind == T::Op && matches!(t.text.as_str(), "==" | "!=" | "<" | ">" | "<=" | ">=") {
            self.p += 1;
            return true;
        }
        if self.eat_kw("in") {
            return true;
        }
        if self.is_kw("not") && self.peek_at(1).kind == T::Name && self.peek_at(1).text == "in" {
            self.p += 2;
            return true;
        }
        if self.eat_kw("is") {
            self.eat_kw("not");
            return true;
        }
        false
    }

    fn comparison(&mut self) -> R<Ex> {
        let first = self.bitwise_or()?;
        let mut end = first.end;
        let mut any = false;
        while self.comp_op() {
            end = self.bitwise_or()?.end;
            any = true;
        }
        Ok(if any {
            ex(node(Kind::Other, first.start, end))
        } else {
            first
        })
    }

    fn binary(&mut self, level: usize) -> R<Ex> {
        const LEVELS: &[&[&str]] = &[
            &["|"],
            &["^"],
            &["&"],
            &["<<", ">>"],
            &["+", "-"],
            &["*", "/", "//", "%", "@"],
        ];
        if level == LEVELS.len() {
            return self.factor();
        }
        let mut left = self.binary(level + 1)?;
        loop {
            let t = self.tok();
            if !(t.kind == T::Op && LEVELS[level].contains(&t.text.as_str())) {
                return Ok(left);
            }
            self.p += 1;
            let right = self.binary(level + 1)?;
            let (start, end) = (left.start, right.end);
            left = ex(node(
                Kind::BinOp(Box::new(left.n), Box::new(right.n)),
                start,
                end,
            ));
        }
    }

    fn bitwise_or(&mut self) -> R<Ex> {
        self.binary(0)
    }

    fn factor(&mut self) -> R<Ex> {
        if self.depth >= MAX_RECURSION {
            return Err(Bad);
        }
        self.depth += 1;
        let r = self.factor_inner();
        self.depth -= 1;
        r
    }

    fn factor_inner(&mut self) -> R<Ex> {
        let t = self.tok();
        if t.kind == T::Op && matches!(t.text.as_str(), "+" | "-" | "~") {
            let start = t.start;
            self.p += 1;
            let e = self.factor()?;
            return Ok(ex(node(Kind::Other, start, e.end)));
        }
        self.power()
    }

    fn power(&mut self) -> R<Ex> {
        let base = if self.is_kw("await") {
            let start = self.tok().start;
            self.p += 1;
            let e = self.primary()?;
            ex(node(Kind::Other, start, e.end))
        } else {
            self.primary()?
        };
        if self.eat_op("**") {
            let right = self.factor()?;
            let (start, end) = (base.start, right.end);
            return Ok(ex(node(
                Kind::BinOp(Box::new(base.n), Box::new(right.n)),
                start,
                end,
            )));
        }
        Ok(base)
    }

    fn primary(&mut self) -> R<Ex> {
        let mut e = self.atom()?;
        loop {
            if self.eat_op(".") {
                self.name()?;
                let end = self.prev_end();
                e = ex(node(Kind::Attribute, e.start, end));
            } else if self.is_op("(") {
                self.p += 1;
                self.arguments()?;
                let end = self.expect_op(")")?;
                let start = e.start;
                e = ex(node(Kind::Call(Box::new(e.n)), start, end));
            } else if self.is_op("[") {
                self.p += 1;
                self.slices()?;
                let end = self.expect_op("]")?;
                let start = e.start;
                e = ex(node(Kind::Subscript(Box::new(e.n)), start, end));
            } else {
                return Ok(e);
            }
        }
    }

    fn arguments(&mut self) -> R<()> {
        let mut n = 0;
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut genexp = false;
        while !self.is_op(")") {
            if genexp {
                return Err(Bad);
            }
            n += 1;
            if self.eat_op("**") {
                self.expression()?;
                seen_dstar = true;
            } else if self.eat_op("*") {
                if seen_dstar {
                    return Err(Bad);
                }
                self.expression()?;
            } else if self.at_name() && self.peek_at(1).kind == T::Op && self.peek_at(1).text == "="
            {
                self.p += 2;
                self.expression()?;
                seen_kw = true;
            } else {
                if seen_kw || seen_dstar {
                    return Err(Bad);
                }
                self.named_expression()?;
                if self.is_kw("for") || self.is_kw("async") {
                    self.comprehension()?;
                    if n != 1 || !self.is_op(")") {
                        return Err(Bad);
                    }
                    genexp = true;
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(())
    }

    fn slices(&mut self) -> R<()> {
        loop {
            if self.is_op("*") {
                self.star_expression()?;
            } else {
                self.slice()?;
            }
            if !self.eat_op(",") || self.is_op("]") {
                return Ok(());
            }
        }
    }

    fn slice(&mut self) -> R<()> {
        if !self.is_op(":") {
            self.named_expression()?;
            if !self.is_op(":") {
                return Ok(());
            }
        }
        self.expect_op(":")?;
        if !self.is_op(":") && !self.is_op("]") && !self.is_op(",") {
            self.expression()?;
        }
        if self.eat_op(":") && !self.is_op("]") && !self.is_op(",") {
            self.expression()?;
        }
        Ok(())
    }

    /// `for targets in disjunction (if disjunction)*`, repeated.
    fn comprehension(&mut self) -> R<()> {
        let mut any = false;
        loop {
            if self.is_kw("async") && self.peek_at(1).text == "for" {
                self.p += 1;
            }
            if !self.eat_kw("for") {
                return if any { Ok(()) } else { Err(Bad) };
            }
            any = true;
            self.targets("in")?;
            if !self.eat_kw("in") {
                return Err(Bad);
            }
            self.disjunction()?;
            while self.eat_kw("if") {
                self.disjunction()?;
            }
        }
    }

    /// A comma-separated list of assignment targets, followed by keyword `stop`.
    fn targets(&mut self, stop: &str) -> R<()> {
        loop {
            let starred = self.eat_op("*");
            let t = self.primary()?;
            let _ = starred;
            if !valid_target(&t.n) {
                return Err(Bad);
            }
            if !self.eat_op(",") || self.is_kw(stop) {
                return Ok(());
            }
        }
    }

    fn atom(&mut self) -> R<Ex> {
        let t = self.tok().clone();
        match t.kind {
            T::Name => {
                if matches!(t.text.as_str(), "None" | "True" | "False") {
                    self.p += 1;
                    return Ok(ex(node(Kind::Other, t.start, t.end)));
                }
                self.name()
            }
            T::Number => {
                self.p += 1;
                Ok(ex(node(Kind::Other, t.start, t.end)))
            }
            T::Str => {
                let bytes = t.bytes;
                let mut end = t.end;
                self.p += 1;
                while self.tok().kind == T::Str {
                    if self.tok().bytes != bytes {
                        return Err(Bad);
                    }
                    end = self.tok().end;
                    self.p += 1;
                }
                Ok(ex(node(Kind::Other, t.start, end)))
            }
            T::Op => match t.text.as_str() {
                "..." => {
                    self.p += 1;
                    Ok(ex(node(Kind::Other, t.start, t.end)))
                }
                "(" => self.paren(),
                "[" => {
                    self.p += 1;
                    let items = self.display_items("]")?;
                    let end = self.expect_op("]")?;
                    Ok(ex(node(
                        items.map_or(Kind::Other, Kind::List),
                        t.start,
                        end,
                    )))
                }
                "{" => {
                    self.p += 1;
                    self.brace()?;
                    let end = self.expect_op("}")?;
                    Ok(ex(node(Kind::Other, t.start, end)))
                }
                _ => Err(Bad),
            },
            _ => Err(Bad),
        }
    }

    /// Items of a list/set display or comprehension up to `close`: `Some`
    /// elements for a display, `None` for a comprehension.
    fn display_items(&mut self, close: &str) -> R<Option<Vec<Node>>> {
        let mut items = Vec::new();
        while !self.is_op(close) {
            let e = self.star_named_expression()?;
            let starred = matches!(e.n.kind, Kind::Starred(_));
            items.push(e.n);
            if self.is_kw("for") || self.is_kw("async") {
                if items.len() != 1 || starred {
                    return Err(Bad);
                }
                self.comprehension()?;
                return Ok(None);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(Some(items))
    }

    fn brace(&mut self) -> R<()> {
        if self.is_op("}") {
            return Ok(());
        }
        // Dict if the first item is `**x` or `k: v`.
        let is_dict = if self.eat_op("**") {
            self.bitwise_or()?;
            true
        } else {
            let e = self.star_named_expression()?;
            if self.eat_op(":") {
                if matches!(e.n.kind, Kind::Starred(_)) {
                    return Err(Bad);
                }
                self.expression()?;
                true
            } else {
                if self.is_kw("for") || self.is_kw("async") {
                    if matches!(e.n.kind, Kind::Starred(_)) {
                        return Err(Bad);
                    }
                    return self.comprehension();
                }
                false
            }
        };
        if is_dict && (self.is_kw("for") || self.is_kw("async")) {
            return self.comprehension();
        }
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            if is_dict {
                if self.eat_op("**") {
                    self.bitwise_or()?;
                } else {
                    self.expression()?;
                    self.expect_op(":")?;
                    self.expression()?;
                }
            } else {
                self.star_named_expression()?;
            }
        }
        Ok(())
    }

    fn paren(&mut self) -> R<Ex> {
        let start = self.tok().start;
        self.p += 1;
        if self.is_op(")") {
            let end = self.expect_op(")")?;
            return Ok(ex(node(Kind::Tuple(Vec::new()), start, end)));
        }
        if self.is_kw("yield") {
            self.yield_expr()?;
            let end = self.expect_op(")")?;
            return Ok(ex(node(Kind::Other, start, end)));
        }
        let first = self.star_named_expression()?;
        let starred = matches!(first.n.kind, Kind::Starred(_));
        if self.is_kw("for") || self.is_kw("async") {
            if starred {
                return Err(Bad);
            }
            self.comprehension()?;
            let end = self.expect_op(")")?;
            return Ok(ex(node(Kind::Other, start, end)));
        }
        if self.is_op(")") {
            if starred {
                return Err(Bad);
            }
            let end = self.expect_op(")")?;
            // A group: the inner node keeps its own positions.
            return Ok(Ex {
                n: first.n,
                start,
                end,
            });
        }
        let mut items = vec![first.n];
        while self.eat_op(",") {
            if self.is_op(")") {
                break;
            }
            items.push(self.star_named_expression()?.n);
        }
        let end = self.expect_op(")")?;
        Ok(ex(node(Kind::Tuple(items), start, end)))
    }

    fn yield_expr(&mut self) -> R<Ex> {
        let start = self.tok().start;
        if !self.eat_kw("yield") {
            return Err(Bad);
        }
        if self.eat_kw("from") {
            let e = self.expression()?;
            return Ok(ex(node(Kind::Other, start, e.end)));
        }
        let mut end = self.prev_end();
        if self.starts_expr() {
            end = self.star_expressions()?.end;
        }
        Ok(ex(node(Kind::Other, start, end)))
    }

    // ------------------------------------------------------------ statements

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok().kind, T::Newline | T::End) || self.is_op(";")
    }

    fn rhs(&mut self) -> R<Ex> {
        if self.is_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn dotted_name(&mut self) -> R<()> {
        self.name()?;
        while self.eat_op(".") {
            self.name()?;
        }
        Ok(())
    }

    /// One simple statement.
    fn simple_stmt(&mut self) -> R<Stmt> {
        let t = self.tok().clone();
        if t.kind == T::Name {
            match t.text.as_str() {
                "pass" | "break" | "continue" => {
                    self.p += 1;
                    return Ok(Stmt::Other);
                }
                "return" => {
                    self.p += 1;
                    if self.at_stmt_end() {
                        return Ok(Stmt::Return(None));
                    }
                    return Ok(Stmt::Return(Some(self.star_expressions()?.n)));
                }
                "raise" => {
                    self.p += 1;
                    if !self.at_stmt_end() {
                        self.expression()?;
                        if self.eat_kw("from") {
                            self.expression()?;
                        }
                    }
                    return Ok(Stmt::Other);
                }
                "global" | "nonlocal" => {
                    self.p += 1;
                    self.name()?;
                    while self.eat_op(",") {
                        self.name()?;
                    }
                    return Ok(Stmt::Other);
                }
                "del" => {
                    self.p += 1;
                    let e = self.star_expressions()?;
                    if !valid_target(&e.n) {
                        return Err(Bad);
                    }
                    return Ok(Stmt::Other);
                }
                "assert" => {
                    self.p += 1;
                    self.expression()?;
                    if self.eat_op(",") {
                        self.expression()?;
                    }
                    return Ok(Stmt::Other);
                }
                "import" => {
                    self.p += 1;
                    loop {
                        self.dotted_name()?;
                        if self.eat_kw("as") {
                            self.name()?;
                        }
                        if !self.eat_op(",") {
                            return Ok(Stmt::Other);
                        }
                    }
                }
                "from" => {
                    self.p += 1;
                    let mut dots = 0;
                    while self.eat_op(".") || self.eat_op("...") {
                        dots += 1;
                    }
                    if !self.is_kw("import") {
                        self.dotted_name()?;
                    } else if dots == 0 {
                        return Err(Bad);
                    }
                    if !self.eat_kw("import") {
                        return Err(Bad);
                    }
                    if self.eat_op("*") {
                        return Ok(Stmt::Other);
                    }
                    let paren = self.eat_op("(");
                    loop {
                        self.name()?;
                        if self.eat_kw("as") {
                            self.name()?;
                        }
                        if !self.eat_op(",") {
                            break;
                        }
                        if paren && self.is_op(")") {
                            break;
                        }
                    }
                    if paren {
                        self.expect_op(")")?;
                    }
                    return Ok(Stmt::Other);
                }
                "type"
                    if self.peek_at(1).kind == T::Name
                        && !KEYWORDS.contains(&self.peek_at(1).text.as_str()) =>
                {
                    self.p += 2;
                    if self.eat_op("[") {
                        self.params("]", true)?;
                        self.expect_op("]")?;
                    }
                    self.expect_op("=")?;
                    self.expression()?;
                    return Ok(Stmt::Other);
                }
                _ => {}
            }
        }
        if self.is_kw("yield") {
            self.yield_expr()?;
            return Ok(Stmt::Other);
        }
        let first = self.star_expressions()?;
        if self.is_op("=") {
            let mut targets = vec![first.n];
            let mut value = None;
            while self.eat_op("=") {
                let e = self.rhs()?;
                if let Some(v) = value.replace(e.n) {
                    targets.push(v);
                }
            }
            if !targets.iter().all(valid_target) {
                return Err(Bad);
            }
            return Ok(Stmt::Assign(targets, value.ok_or(Bad)?));
        }
        if self.eat_op(":") {
            if !matches!(
                first.n.kind,
                Kind::Name | Kind::Attribute | Kind::Subscript(_)
            ) {
                return Err(Bad);
            }
            self.expression()?;
            if self.eat_op("=") {
                self.rhs()?;
            }
            return Ok(Stmt::Other);
        }
        let t = self.tok();
        if t.kind == T::Op
            && t.text.len() >= 2
            && t.text.ends_with('=')
            && !matches!(t.text.as_str(), "==" | "<=" | ">=" | "!=")
        {
            if !matches!(
                first.n.kind,
                Kind::Name | Kind::Attribute | Kind::Subscript(_)
            ) {
                return Err(Bad);
            }
            self.p += 1;
            self.rhs()?;
            return Ok(Stmt::Other);
        }
        Ok(Stmt::Expr(first.n))
    }

    /// The rest of a logical line after a simple statement, then the end of
    /// the text.
    fn finish_line(&mut self) -> R<()> {
        while self.eat_op(";") {
            if self.tok().kind == T::Newline {
                break;
            }
            if is_compound_start(self.tok()) {
                return Err(Bad);
            }
            self.simple_stmt()?;
        }
        if self.tok().kind != T::Newline {
            return Err(Bad);
        }
        self.p += 1;
        if self.tok().kind != T::End {
            return Err(Bad);
        }
        Ok(())
    }
}

fn is_compound_start(t: &Token) -> bool {
    (t.kind == T::Name
        && matches!(
            t.text.as_str(),
            "if" | "while"
                | "for"
                | "try"
                | "with"
                | "def"
                | "class"
                | "async"
                | "elif"
                | "else"
                | "except"
                | "finally"
        ))
        || (t.kind == T::Op && t.text == "@")
}

fn valid_target(n: &Node) -> bool {
    match &n.kind {
        Kind::Name | Kind::Attribute | Kind::Subscript(_) => true,
        Kind::Starred(inner) => valid_target(inner),
        Kind::Tuple(items) | Kind::List(items) => items.iter().all(valid_target),
        _ => false,
    }
}

enum Stmt {
    Expr(Node),
    Assign(Vec<Node>, Node),
    Return(Option<Node>),
    Other,
}

/// `ast.parse(text)` is a module holding exactly one expression statement
/// (the wrapper `(\n…\n)` makes every expression one): that expression.
pub(crate) fn parse_single_expression(text: &[char]) -> Option<Node> {
    with_stack_for(text, || parse_single_expression_here(text)).flatten()
}

fn parse_single_expression_here(text: &[char]) -> Option<Node> {
    let toks = tokenize(text).ok()?;
    let mut p = Parser {
        toks,
        p: 0,
        depth: 0,
    };
    if is_compound_start(p.tok()) {
        return None;
    }
    let stmt = p.simple_stmt().ok()?;
    p.finish_line().ok()?;
    match stmt {
        Stmt::Expr(n) => Some(n),
        _ => None,
    }
}

/// What `ast.parse` makes of a group of source lines, as far as the
/// formatter cares.
pub(crate) enum Module {
    /// Not valid (or not understood).
    Invalid,
    /// Valid, with no statement at all.
    Empty,
    /// A first statement `return NAME(...)`, or `NAME = ...(...)` with a
    /// single target: the call.
    CallStatement(Node),
    /// Anything else.
    Other,
}

/// Parses `text` as a module, see [`Module`].
pub(crate) fn parse_module(text: &[char]) -> Module {
    with_stack_for(text, || parse_module_here(text)).unwrap_or(Module::Invalid)
}

fn parse_module_here(text: &[char]) -> Module {
    let Ok(toks) = tokenize(text) else {
        return Module::Invalid;
    };
    if toks.len() == 1 {
        return Module::Empty;
    }
    let mut p = Parser {
        toks,
        p: 0,
        depth: 0,
    };
    if is_compound_start(p.tok()) {
        return Module::Other;
    }
    let Ok(stmt) = p.simple_stmt() else {
        return Module::Invalid;
    };
    let value = match stmt {
        Stmt::Return(Some(n)) => match &n.kind {
            Kind::Call(func) if matches!(func.kind, Kind::Name) => Some(n),
            _ => None,
        },
        Stmt::Assign(targets, value) => {
            if targets.len() == 1
                && matches!(targets[0].kind, Kind::Name)
                && matches!(value.kind, Kind::Call(_))
            {
                Some(value)
            } else {
                None
            }
        }
        _ => None,
    };
    match value {
        None => Module::Other,
        Some(v) => {
            if p.finish_line().is_ok() {
                Module::CallStatement(v)
            } else {
                Module::Invalid
            }
        }
    }
}

/// How deeply parsing `text` can recurse: the deepest bracket nesting, and
/// the number of operators and keywords that nest without brackets (unary
/// operators, `**`, `not`, `lambda`, `if`).
fn nesting_estimate(text: &[char]) -> (usize, usize) {
    let mut depth = 0usize;
    let mut max_depth = 0usize;
    let mut prefix = 0usize;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                max_depth = max_depth.max(depth);
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '-' | '+' | '~' | '*' => prefix += 1,
            _ if is_id_start(c) => {
                let start = i;
                while i < text.len() && is_id_continue(text[i]) {
                    i += 1;
                }
                let word: String = text[start..i].iter().collect();
                if matches!(word.as_str(), "not" | "lambda" | "if" | "await") {
                    prefix += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (max_depth, prefix)
}

/// Runs the parser `f` over `text` on this thread when `text` is shallow,
/// else on a helper thread with a large (lazily committed) stack, so that
/// deeply nested input cannot overflow the caller's stack. `None` if that
/// thread could not be started.
fn with_stack_for<T: Send>(text: &[char], f: impl FnOnce() -> T + Send) -> Option<T> {
    /// Bracket nesting parsed on the caller's stack (each level takes a few
    /// tens of KiB in a debug build, a few KiB optimised).
    const INLINE_BRACKETS: usize = 12;
    /// Operators nesting without brackets parsed on the caller's stack.
    const INLINE_PREFIX: usize = 64;
    /// Enough for the deepest nesting the parser accepts, in a debug build.
    const BIG_STACK: usize = 256 << 20;
    let (brackets, prefix) = nesting_estimate(text);
    if brackets <= INLINE_BRACKETS && prefix <= INLINE_PREFIX {
        return Some(f());
    }
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("traceback-parse".into())
            .stack_size(BIG_STACK)
            .spawn_scoped(scope, f)
            .ok()?
            .join()
            .ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(s: &str) -> Option<Node> {
        let w: Vec<char> = format!("(\n{s}\n)").chars().collect();
        parse_single_expression(&w)
    }

    #[test]
    fn expressions() {
        for ok in [
            "a + b",
            "f(x)(y)[1:2, ::3]",
            "f'{x!r:>{w}}' 'b'",
            "[x for x in y if x]",
            "{**a, 'b': 1}",
            "lambda x, *a, k=1, **kw: x",
            "a if b else c",
            "not a in b is not c",
            "(yield)",
            "await x ** -2",
            "f(a, *b, c=1, **d)",
            "f(x for x in y)",
            "x.y.z",
            "1_000.5e-3j + 0x_ff",
            "t'{a}'",
            "f\"{x[\"k\"]}\"",
        ] {
            assert!(expr(ok).is_some(), "{ok}");
        }
        for bad in [
            "a +",
            "f(",
            "x = 1",
            "a b",
            "f(**a, *b)",
            "f(a=1, b)",
            "'abc",
            "$",
            "(*a)",
        ] {
            assert!(expr(bad).is_none(), "{bad}");
        }
        match expr("a + (b)").map(|n| n.kind) {
            Some(Kind::BinOp(l, r)) => {
                assert_eq!((l.end.line, l.end.col), (2, 1));
                assert_eq!((r.start.line, r.start.col), (2, 5));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn modules() {
        let m = |s: &str| parse_module(&s.chars().collect::<Vec<_>>());
        assert!(matches!(m("# c\n  # d"), Module::Empty));
        assert!(matches!(m("x = f(a) ; y = 2"), Module::CallStatement(_)));
        assert!(matches!(m("x = f(a) ; if y: pass"), Module::Invalid));
        assert!(matches!(m("return f(a)  # c"), Module::CallStatement(_)));
        assert!(matches!(m("return o.f(a)"), Module::Other));
        assert!(matches!(m("x, y = f(a)"), Module::Other));
        assert!(matches!(m("if f(a):"), Module::Other));
        assert!(matches!(m("  x = f(a)"), Module::Invalid));
        assert!(matches!(m("x = f('é')"), Module::CallStatement(n) if n.end.col == 11));
    }
}
