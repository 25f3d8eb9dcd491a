//! The arguments of an invocation: the DSL text or file, and the options.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// Where the DSL text comes from.
pub enum Source {
    /// `bytecodes!(r#"..."#)`: inline definitions, without markers.
    Inline(LitStr),
    /// `include_bytecodes!("path")`: a file relative to the invoking crate.
    File(LitStr),
}

/// A parsed invocation.
pub struct Invocation {
    /// The DSL text or file.
    pub source: Source,
    /// Uops the implementer does not provide, with where each is named.
    pub opt_out: Vec<Ident>,
    /// Opt out of every uop that only specialized instructions use.
    pub opt_out_specialized: bool,
    /// Opt out of every uop that only instrumented instructions use.
    pub opt_out_instrumented: bool,
}

impl Invocation {
    /// Parses `"text" [, opt_out(NAME, ...)]` for inline or file sources.
    pub fn parse(input: ParseStream<'_>, file: bool) -> syn::Result<Self> {
        let lit: LitStr = input.parse()?;
        let source = if file {
            Source::File(lit)
        } else {
            Source::Inline(lit)
        };
        let mut inv = Invocation {
            source,
            opt_out: Vec::new(),
            opt_out_specialized: false,
            opt_out_instrumented: false,
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let option: Ident = input.parse()?;
            if option != "opt_out" {
                return Err(syn::Error::new(
                    option.span(),
                    format!("unknown option `{option}`: the only option is `opt_out(UOP, ...)`"),
                ));
            }
            let content;
            syn::parenthesized!(content in input);
            let names = content.parse_terminated(Ident::parse, Token![,])?;
            for name in names {
                match name.to_string().as_str() {
                    "specialized" => inv.opt_out_specialized = true,
                    "instrumented" => inv.opt_out_instrumented = true,
                    _ => inv.opt_out.push(name),
                }
            }
        }
        Ok(inv)
    }

    /// The span to report file-level problems at.
    pub fn span(&self) -> Span {
        match &self.source {
            Source::Inline(l) | Source::File(l) => l.span(),
        }
    }
}

/// Parses an inline `bytecodes!` invocation.
pub struct InlineArgs(pub Invocation);

impl Parse for InlineArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        Invocation::parse(input, false).map(InlineArgs)
    }
}

/// Parses an `include_bytecodes!` invocation.
pub struct FileArgs(pub Invocation);

impl Parse for FileArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        Invocation::parse(input, true).map(FileArgs)
    }
}
