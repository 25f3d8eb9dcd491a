//! Rust code generation for `bytecodes-macro`: an analyzed DSL file becomes the
//! opcode enums and metadata ([`opcodes`]), cache views ([`caches`]), the handler
//! traits ([`handlers`]), the dispatch loop ([`dispatch`]) and the types they
//! share ([`support`]). The proc-macro crate is a thin shell over this one.

pub mod caches;
pub mod dispatch;
pub mod expr;
pub mod handlers;
pub mod opcodes;
pub mod source;
pub mod support;

use bytecodes_dsl::interface;
use bytecodes_dsl::Analysis;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashSet;

/// What an expansion needs besides the analysis.
pub struct Options<'a> {
    /// The DSL source text, for documentation.
    pub text: &'a str,
    /// Uops opted out of, by name.
    pub opt_out: HashSet<String>,
}

/// Every item of an expansion, or a message naming what cannot be generated.
pub fn emit(analysis: &Analysis, options: &Options<'_>) -> Result<TokenStream, String> {
    let handlers: Vec<(interface::Handler, String)> = interface::handlers(analysis)
        .into_iter()
        .filter(|h| !options.opt_out.contains(&h.uop))
        .map(|h| {
            let range = analysis.uops[&h.uop].text_range.clone();
            let source = options.text.get(range).unwrap_or_default().to_string();
            (h, source)
        })
        .collect();
    let support = support::emit();
    let opcodes = opcodes::emit(analysis)?;
    let caches = caches::emit(analysis);
    let trait_ = handlers::emit(&handlers);
    let plan = dispatch::Plan {
        analysis,
        handlers: handlers.iter().map(|(h, _)| (h.uop.as_str(), h)).collect(),
        opt_out: &options.opt_out,
    };
    let run = dispatch::emit(&plan)?;
    Ok(quote! {
        #support
        #opcodes
        #caches
        #trait_
        #run
    })
}
