//! The parser: tokens to [`Definition`]s, for every form of the DSL from 3.12 on.

use crate::ast::*;
use crate::diagnostic::{Diagnostic, Span};
use crate::expr::{parse_int, Expr};
use crate::lexer::{Token, TokenKind};

/// Words that start a definition.
const KEYWORDS: &[&str] = &[
    "inst", "op", "macro", "family", "pseudo", "label", "spilled",
];

/// Parses a token stream into definitions, stopping at the first syntax error.
pub fn parse(tokens: &[Token], end: &Span) -> Result<Vec<Definition>> {
    let mut parser = Parser {
        tokens,
        pos: 0,
        end: end.clone(),
    };
    let mut definitions = Vec::new();
    while parser.pos < tokens.len() {
        definitions.push(parser.definition()?);
    }
    Ok(definitions)
}

struct Parser<'t> {
    tokens: &'t [Token],
    pos: usize,
    /// The position just after the last token, for "ends too early" errors.
    end: Span,
}

type Result<T> = std::result::Result<T, Diagnostic>;

impl<'t> Parser<'t> {
    fn peek(&self) -> Option<&'t Token> {
        self.tokens.get(self.pos)
    }

    fn peek_at(&self, n: usize) -> Option<&'t Token> {
        self.tokens.get(self.pos + n)
    }

    fn here(&self) -> Span {
        self.peek()
            .map_or_else(|| self.end.clone(), |t| t.span.clone())
    }

    fn found(&self) -> String {
        match self.peek() {
            Some(t) => format!("`{}`", t.text),
            None => "the end of the definitions".to_string(),
        }
    }

    fn error<T>(&self, expected: &str) -> Result<T> {
        Err(Diagnostic::new(
            &self.here(),
            format!("expected {expected}, found {}", self.found()),
        ))
    }

    fn eat_punct(&mut self, p: &str) -> bool {
        if self.peek().is_some_and(|t| t.is_punct(p)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn punct(&mut self, p: &str, context: &str) -> Result<()> {
        if self.eat_punct(p) {
            Ok(())
        } else {
            self.error(&format!("`{p}` {context}"))
        }
    }

    fn name(&mut self, what: &str) -> Result<Name> {
        match self.peek() {
            Some(t) if t.kind == TokenKind::Ident => {
                self.pos += 1;
                Ok(Name {
                    text: t.text.clone(),
                    span: t.span.clone(),
                })
            }
            _ => self.error(what),
        }
    }

    fn integer(&mut self, what: &str) -> Result<u32> {
        match self.peek() {
            Some(t) if t.kind == TokenKind::Number => {
                match parse_int(&t.text).and_then(|v| u32::try_from(v).ok()) {
                    Some(v) if v <= u16::MAX as u32 => {
                        self.pos += 1;
                        Ok(v)
                    }
                    _ => Err(Diagnostic::new(
                        &t.span,
                        format!(
                            "{what} must be an integer from 0 to 65535, found `{}`",
                            t.text
                        ),
                    )),
                }
            }
            _ => self.error(what),
        }
    }

    fn definition(&mut self) -> Result<Definition> {
        let start = self.here();
        let annotations = self.annotations()?;
        let Some(keyword) = self.peek() else {
            return self.error("`inst` or `op` after the annotations");
        };
        if keyword.kind == TokenKind::Preprocessor {
            return Err(Diagnostic::new(
                &keyword.span,
                "preprocessor lines may only appear inside a definition's body",
            ));
        }
        if !(annotations.is_empty() || keyword.is_ident("inst") || keyword.is_ident("op")) {
            return self.error("`inst` or `op` after the annotations");
        }
        if keyword.kind != TokenKind::Ident || !KEYWORDS.contains(&keyword.text.as_str()) {
            return self
                .error("a definition (`inst`, `op`, `macro`, `family`, `pseudo` or `label`)");
        }
        self.pos += 1;
        match keyword.text.as_str() {
            "inst" => self
                .uop(UopKind::Inst, annotations, start)
                .map(Definition::Uop),
            "op" => self
                .uop(UopKind::Op, annotations, start)
                .map(Definition::Uop),
            "macro" => self.macro_def().map(Definition::Macro),
            "family" => self.family().map(Definition::Family),
            "pseudo" => self.pseudo().map(Definition::Pseudo),
            "label" => self.label(false).map(Definition::Label),
            _ => {
                if !self.peek().is_some_and(|t| t.is_ident("label")) {
                    return self.error("`label` after `spilled`");
                }
                self.pos += 1;
                self.label(true).map(Definition::Label)
            }
        }
    }

    /// Identifiers before `inst`/`op`: any identifier followed by another annotation
    /// or by the keyword counts, so that older and newer files both parse.
    fn annotations(&mut self) -> Result<Vec<Annotation>> {
        let mut annotations = Vec::new();
        while let Some(t) = self.peek() {
            if t.kind != TokenKind::Ident || KEYWORDS.contains(&t.text.as_str()) {
                break;
            }
            let name = Name {
                text: t.text.clone(),
                span: t.span.clone(),
            };
            self.pos += 1;
            let mut replicate = None;
            if name.text == "replicate" {
                self.punct("(", "after `replicate`")?;
                let n = self.integer("the count of `replicate(N)`")?;
                if n == 0 {
                    return Err(Diagnostic::new(
                        &name.span,
                        "`replicate(0)` makes no copies; the count must be at least 1",
                    ));
                }
                replicate = Some(n);
                self.punct(")", "after the count of `replicate(N)`")?;
            } else if !self.peek().is_some_and(|t| t.kind == TokenKind::Ident) {
                return Err(Diagnostic::new(
                    &name.span,
                    format!("expected a definition (`inst`, `op`, `macro`, `family`, `pseudo` or `label`), found `{}`", name.text),
                ));
            }
            annotations.push(Annotation { name, replicate });
        }
        Ok(annotations)
    }

    fn uop(&mut self, kind: UopKind, annotations: Vec<Annotation>, span: Span) -> Result<UopDef> {
        let keyword = if kind == UopKind::Inst { "inst" } else { "op" };
        self.punct("(", &format!("after `{keyword}`"))?;
        let header_start = self.pos;
        let name = self.name(&format!("the name of the {keyword}"))?;
        self.punct(",", &format!("after the name `{}`", name.text))?;
        let effect = self.effect(&name)?;
        let header = self.tokens[header_start..self.pos].to_vec();
        self.punct(")", &format!("after the stack effect of `{}`", name.text))?;
        let body = self.block(&name)?;
        Ok(UopDef {
            kind,
            name,
            annotations,
            effect,
            header,
            body,
            span,
        })
    }

    fn effect(&mut self, owner: &Name) -> Result<Effect> {
        self.punct(
            "(",
            &format!("to open the stack effect of `{}`", owner.text),
        )?;
        let mut effect = Effect::default();
        let mut seen_stack_item = false;
        while !self.peek().is_some_and(|t| t.is_punct("--")) {
            let item_name = self.name(&format!(
                "an input or `--` in the stack effect of `{}`",
                owner.text
            ))?;
            if self.eat_punct("/") {
                if seen_stack_item {
                    return Err(Diagnostic::new(
                        &item_name.span,
                        format!("cache entry `{}` of `{}` comes after a stack item; cache entries must come first", item_name.text, owner.text),
                    ));
                }
                let size =
                    self.integer(&format!("the size of cache entry `{}`", item_name.text))? as i32;
                effect.inputs.push(Input::Cache(CacheItem {
                    name: item_name,
                    size,
                }));
            } else {
                seen_stack_item = true;
                effect
                    .inputs
                    .push(Input::Stack(self.stack_item(item_name)?));
            }
            if !self.eat_punct(",") {
                break;
            }
        }
        self.punct(
            "--",
            &format!("between the inputs and outputs of `{}`", owner.text),
        )?;
        while !self.peek().is_some_and(|t| t.is_punct(")")) {
            let item_name = self.name(&format!(
                "an output or `)` in the stack effect of `{}`",
                owner.text
            ))?;
            if self.peek().is_some_and(|t| t.is_punct("/")) {
                return Err(Diagnostic::new(
                    &item_name.span,
                    format!(
                        "cache entry `{}` of `{}` is an output; cache entries can only be inputs",
                        item_name.text, owner.text
                    ),
                ));
            }
            effect.outputs.push(self.stack_item(item_name)?);
            if !self.eat_punct(",") {
                break;
            }
        }
        self.punct(
            ")",
            &format!("to close the stack effect of `{}`", owner.text),
        )?;
        Ok(effect)
    }

    fn stack_item(&mut self, name: Name) -> Result<StackItem> {
        let mut item = StackItem {
            name,
            type_: None,
            size: None,
            size_text: None,
            cond: None,
            cond_text: None,
        };
        if self.eat_punct(":") {
            let mut type_ = self
                .name(&format!("a type after `{}:`", item.name.text))?
                .text;
            let mut stars = String::new();
            while self.eat_punct("*") {
                stars.push('*');
            }
            if !stars.is_empty() {
                type_ = format!("{type_} {stars}");
            }
            item.type_ = Some(type_);
        }
        if self.peek().is_some_and(|t| t.is_punct("[")) {
            let open = self.here();
            self.pos += 1;
            let (expr, text) =
                self.expression_until("]", &open, &format!("array size of `{}`", item.name.text))?;
            item.size = Some(expr);
            item.size_text = Some(text);
        }
        if self.peek().is_some_and(|t| t.is_ident("if")) {
            self.pos += 1;
            let open = self.here();
            self.punct("(", "after `if` in a stack item")?;
            let (expr, text) =
                self.expression_until(")", &open, &format!("condition of `{}`", item.name.text))?;
            item.cond = Some(expr);
            item.cond_text = Some(text);
        }
        Ok(item)
    }

    /// Reads a balanced run of tokens up to `close` and parses it as an expression.
    fn expression_until(&mut self, close: &str, open: &Span, what: &str) -> Result<(Expr, String)> {
        let start = self.pos;
        let mut depth = 0usize;
        loop {
            let Some(t) = self.peek() else {
                return Err(Diagnostic::new(
                    open,
                    format!("unclosed {what}: no matching `{close}`"),
                ));
            };
            if t.is_punct("(") || t.is_punct("[") {
                depth += 1;
            } else if depth == 0 && t.is_punct(close) {
                break;
            } else if t.is_punct(")") || t.is_punct("]") {
                if depth == 0 {
                    return Err(Diagnostic::new(
                        &t.span,
                        format!("unbalanced `{}` in the {what}", t.text),
                    ));
                }
                depth -= 1;
            } else if t.is_punct(";") || t.is_punct("{") || t.is_punct("}") || t.is_punct("--") {
                return Err(Diagnostic::new(
                    &t.span,
                    format!("unexpected `{}` in the {what}", t.text),
                ));
            }
            self.pos += 1;
        }
        let tokens = &self.tokens[start..self.pos];
        self.pos += 1;
        let expr = Expr::parse(tokens, open)
            .map_err(|d| Diagnostic::new(&d.span, format!("{} (in the {what})", d.message)))?;
        let text = tokens
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Ok((expr, text))
    }

    fn block(&mut self, owner: &Name) -> Result<Block> {
        let open = self.here();
        if !self.peek().is_some_and(|t| t.is_punct("{")) {
            return self.error(&format!("`{{` to start the body of `{}`", owner.text));
        }
        let start = self.pos;
        let mut depth = 0usize;
        while let Some(t) = self.peek() {
            self.pos += 1;
            if t.is_punct("{") {
                depth += 1;
            } else if t.is_punct("}") {
                depth -= 1;
                if depth == 0 {
                    return Ok(Block {
                        tokens: self.tokens[start..self.pos].to_vec(),
                    });
                }
            }
        }
        Err(Diagnostic::new(
            &open,
            format!(
                "the body of `{}` is never closed: no matching `}}`",
                owner.text
            ),
        ))
    }

    fn macro_def(&mut self) -> Result<MacroDef> {
        self.punct("(", "after `macro`")?;
        let name = self.name("the name of the macro")?;
        self.punct(")", &format!("after the macro name `{}`", name.text))?;
        self.punct("=", &format!("after `macro({})`", name.text))?;
        let mut parts = Vec::new();
        loop {
            let part = self.name(&format!("a uop or cache entry in macro `{}`", name.text))?;
            if self.eat_punct("/") {
                let negative = self.eat_punct("-");
                let size =
                    self.integer(&format!("the size of cache entry `{}`", part.text))? as i32;
                let size = if negative { -size } else { size };
                parts.push(Part::Cache(CacheItem { name: part, size }));
            } else {
                parts.push(Part::Uop(part));
            }
            if !self.eat_punct("+") {
                break;
            }
        }
        self.punct(
            ";",
            &format!("or `+` after the parts of macro `{}`", name.text),
        )?;
        Ok(MacroDef { name, parts })
    }

    fn family(&mut self) -> Result<FamilyDef> {
        self.punct("(", "after `family`")?;
        let name = self.name("the family's head instruction")?;
        let mut size = None;
        if self.eat_punct(",") {
            size = Some(match self.peek() {
                Some(t) if t.kind == TokenKind::Number => {
                    FamilySize::Number(self.integer("the family's cache size")?)
                }
                Some(t) if t.kind == TokenKind::Ident => {
                    FamilySize::Name(self.name("the family's cache size")?.text)
                }
                _ => return self.error("the family's cache size (a number or a constant name)"),
            });
        }
        self.punct(")", &format!("after `family({}`", name.text))?;
        self.punct("=", &format!("after `family({})`", name.text))?;
        let (members, _) = self.name_list(&format!("member of family `{}`", name.text), false)?;
        self.punct(";", &format!("after the members of family `{}`", name.text))?;
        Ok(FamilyDef {
            name,
            size,
            members,
        })
    }

    fn pseudo(&mut self) -> Result<PseudoDef> {
        self.punct("(", "after `pseudo`")?;
        let name = self.name("the name of the pseudo-op")?;
        let mut effect = None;
        let mut flags = Vec::new();
        while self.eat_punct(",") {
            if self.is_effect_ahead() && effect.is_none() && flags.is_empty() {
                effect = Some(self.effect(&name)?);
            } else if flags.is_empty() {
                self.punct(
                    "(",
                    &format!("to open the flags of pseudo-op `{}`", name.text),
                )?;
                loop {
                    flags.push(self.name(&format!("a flag of pseudo-op `{}`", name.text))?);
                    if !self.eat_punct(",") {
                        break;
                    }
                }
                self.punct(
                    ")",
                    &format!("to close the flags of pseudo-op `{}`", name.text),
                )?;
            } else {
                return self.error(&format!("`)` after the flags of pseudo-op `{}`", name.text));
            }
        }
        self.punct(")", &format!("after `pseudo({}`", name.text))?;
        self.punct("=", &format!("after `pseudo({}, ...)`", name.text))?;
        let (targets, as_sequence) =
            self.name_list(&format!("target of pseudo-op `{}`", name.text), true)?;
        self.punct(
            ";",
            &format!("after the targets of pseudo-op `{}`", name.text),
        )?;
        Ok(PseudoDef {
            name,
            effect,
            flags,
            targets,
            as_sequence,
        })
    }

    /// Whether the parenthesized group starting here contains `--` (a stack effect).
    fn is_effect_ahead(&self) -> bool {
        let mut depth = 0usize;
        let mut n = 0;
        while let Some(t) = self.peek_at(n) {
            if t.is_punct("(") {
                depth += 1;
            } else if t.is_punct(")") {
                if depth <= 1 {
                    return false;
                }
                depth -= 1;
            } else if t.is_punct("--") && depth == 1 {
                return true;
            } else if depth == 0 {
                return false;
            }
            n += 1;
        }
        false
    }

    /// `{ A, B, }`, or `[ A, B ]` when `brackets_allowed`; returns whether brackets were used.
    fn name_list(&mut self, what: &str, brackets_allowed: bool) -> Result<(Vec<Name>, bool)> {
        let close = if self.eat_punct("{") {
            "}"
        } else if brackets_allowed && self.eat_punct("[") {
            "]"
        } else if brackets_allowed {
            return self.error("`{` or `[` to start the list");
        } else {
            return self.error("`{` to start the list");
        };
        let mut names = Vec::new();
        while !self.eat_punct(close) {
            names.push(self.name(&format!("a {what}"))?);
            if !self.eat_punct(",") {
                self.punct(close, &format!("or `,` after a {what}"))?;
                break;
            }
        }
        if names.is_empty() {
            let span = self.tokens[self.pos - 1].span.clone();
            return Err(Diagnostic::new(
                &span,
                format!("the list is empty: expected at least one {what}"),
            ));
        }
        Ok((names, close == "]"))
    }

    fn label(&mut self, spilled: bool) -> Result<LabelDef> {
        self.punct("(", "after `label`")?;
        let name = self.name("the name of the label")?;
        self.punct(")", &format!("after the label name `{}`", name.text))?;
        let body = self.block(&name)?;
        Ok(LabelDef {
            name,
            spilled,
            body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::lex_fragment;

    fn parse_src(src: &str) -> Result<Vec<Definition>> {
        let toks = lex_fragment("p.c", src)?;
        let end = Span {
            file: "p.c".into(),
            line: 1,
            column: 1,
            offset: src.len(),
        };
        parse(&toks, &end)
    }

    #[test]
    fn parses_every_form() {
        let defs = parse_src(
            "replicate(8) pure inst(A, (c/1, x, y[oparg*2] -- z: PyObject *, w if (oparg & 1))) { #if X\n DISPATCH(); \n#endif\n }
             op(_B, (--)) {}
             macro(M) = _B + unused/2 + _B;
             family(A, INLINE_CACHE_ENTRIES_A) = { M, };
             family(M) = { A };
             pseudo(P, (x -- x), (HAS_ARG)) = [ A, M ];
             pseudo(Q) = { A };
             spilled label(error) { goto x; }
             guard split op(_C, (--)) {}",
        )
        .unwrap();
        assert_eq!(defs.len(), 9);
        let Definition::Uop(a) = &defs[0] else {
            panic!()
        };
        assert_eq!(
            a.annotations
                .iter()
                .map(Annotation::text)
                .collect::<Vec<_>>(),
            ["replicate(8)", "pure"]
        );
        assert_eq!(a.effect.inputs.len(), 3);
        assert_eq!(a.effect.outputs[0].type_.as_deref(), Some("PyObject *"));
        assert!(a.effect.outputs[1].cond.is_some());
        let Definition::Pseudo(p) = &defs[5] else {
            panic!()
        };
        assert!(p.as_sequence && p.effect.is_some() && p.flags.len() == 1);
        let Definition::Label(l) = &defs[7] else {
            panic!()
        };
        assert!(l.spilled);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let err = parse_src("inst(A, (x, c/1 -- y)) {}").unwrap_err();
        assert_eq!((err.span.line, err.span.column), (1, 13));
        assert!(
            err.message.contains("cache entries must come first"),
            "{}",
            err.message
        );
        let err = parse_src("inst(A, (x -- y) {}").unwrap_err();
        assert!(err.message.contains("expected `)`"), "{}", err.message);
    }
}
