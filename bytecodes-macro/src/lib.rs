//! `bytecodes!` and `include_bytecodes!`: CPython's instruction DSL expanded, at
//! compile time, into the opcode enum, the metadata tables, typed inline-cache
//! views, one typed handler per uop, and the tier-1 dispatch loop.
//!
//! Both macros expand to items in the module where they are invoked:
//!
//! - `Opcode` (`#[repr(u8)]`, CPython's numbers), `PseudoOpcode`, `HAVE_ARGUMENT`,
//!   `MIN_INSTRUMENTED_OPCODE`, `Flags`, and metadata as `const fn`s on `Opcode`
//!   (`size`, `cache_entries`, `flags`, `popped`, `pushed`, `deopt`,
//!   `family_head`, `specializations`);
//! - `caches::XxxCache`, a view with a read and a write accessor per named
//!   cache entry, and `mirror_cache!` to check a hand-written cache struct;
//! - the `Runtime` trait (the implementer's value, error, frame and code types,
//!   and the frame and unwinding plumbing) and the `Uops` trait, one method per
//!   uop that a tier-1 instruction uses;
//! - `run`, the dispatch loop, generic over `Uops`;
//! - the outcome types `Deopt`, `DeoptOr`, `Raise`, `Flow`, `Call`, `Return`,
//!   `Yield`, `Leave`, `Fault` and the registers `Regs`.
//!
//! # Options
//!
//! `opt_out(UOP, ...)` lists uops the implementer does not provide: they get no
//! trait method, and an instruction that uses one raises
//! `Fault::Unimplemented` ("uop X is not implemented") when executed. The words
//! `specialized` and `instrumented` in the list opt out of every uop that only
//! specialized (or only instrumented) instructions use.
//!
//! # Examples
//!
//! A toy machine defined inline:
//!
//! ```
//! mod toy {
//!     bytecodes_macro::bytecodes!(r#"
//!         inst(PUSH_ONE, (-- one)) { one = 1; }
//!         inst(ADD, (a, b -- sum)) { sum = a + b; ERROR_IF(overflow); }
//!         inst(RETURN_VALUE, (retval -- res)) { res = retval; }
//!     "#);
//! }
//! assert_eq!(toy::Opcode::ADD.popped(0), 2);
//! assert_eq!(toy::Opcode::ADD.flags().names(), ["HAS_ERROR_FLAG"]);
//! ```
//!
//! CPython's instruction set, with the uops of specialized and instrumented
//! instructions left out:
//!
//! ```
//! mod cpython {
//!     bytecodes_macro::include_bytecodes!("../inputs/bytecodes.c", opt_out(specialized, instrumented));
//! }
//! assert_eq!(cpython::Opcode::RESUME as u8, 128);
//! assert_eq!(cpython::Opcode::LOAD_ATTR_MODULE.deopt(), cpython::Opcode::LOAD_ATTR);
//! ```
//!
//! The path is relative to the invoking crate's `Cargo.toml`. The environment
//! variable `BYTECODES_FILE`, when set at build time, names another file to use
//! (relative paths again from the crate's manifest directory); the crate is
//! rebuilt when the file or the variable changes.

mod args;

use args::{FileArgs, InlineArgs, Invocation, Source};
use bytecodes_codegen as emit;
use bytecodes_codegen::source;
use proc_macro::TokenStream;
use proc_macro_error2::{abort, proc_macro_error};
use quote::quote;
use std::collections::HashSet;

/// Expands inline DSL definitions, given as one string literal.
#[proc_macro]
#[proc_macro_error]
pub fn bytecodes(input: TokenStream) -> TokenStream {
    let InlineArgs(inv) = syn::parse_macro_input!(input as InlineArgs);
    expand(inv).into()
}

/// Expands a DSL file, such as CPython's `Python/bytecodes.c`.
#[proc_macro]
#[proc_macro_error]
pub fn include_bytecodes(input: TokenStream) -> TokenStream {
    let FileArgs(inv) = syn::parse_macro_input!(input as FileArgs);
    expand(inv).into()
}

fn expand(inv: Invocation) -> proc_macro2::TokenStream {
    let span = inv.span();
    let (name, text, track) = match &inv.source {
        Source::Inline(lit) => ("bytecodes!".to_string(), lit.value(), quote!()),
        Source::File(lit) => match source::load(&lit.value()) {
            Ok(loaded) => {
                let path = loaded
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                let var = source::OVERRIDE_VAR;
                let track = quote! {
                    const _: &[u8] = include_bytes!(#path);
                    const _: ::core::option::Option<&str> = option_env!(#var);
                };
                (loaded.display, loaded.text, track)
            }
            Err(message) => abort!(span, "{}", message),
        },
    };
    let analysis = match &inv.source {
        Source::Inline(_) => bytecodes_dsl::analyze_fragment(&name, &text),
        Source::File(_) => bytecodes_dsl::analyze_file(&name, &text),
    };
    let analysis = match analysis {
        Ok(a) => a,
        Err(diagnostics) => {
            let first = describe(&inv, diagnostics.first());
            let more = diagnostics.0.len() - 1;
            if more > 0 {
                abort!(
                    span,
                    "{} (and {} more error{})",
                    first,
                    more,
                    if more == 1 { "" } else { "s" }
                );
            }
            abort!(span, "{}", first);
        }
    };
    let known: HashSet<&str> = bytecodes_dsl::interface::tier1_uops(&analysis)
        .iter()
        .map(|u| u.name.as_str())
        .collect();
    let mut opt_out: HashSet<String> = HashSet::new();
    for uop in &inv.opt_out {
        let n = uop.to_string();
        if !known.contains(n.as_str()) {
            let hint = closest(&n, known.iter().copied())
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
            abort!(
                uop.span(),
                "`{}` is not a uop that a tier-1 instruction of {} uses{}",
                n,
                name,
                hint
            );
        }
        opt_out.insert(n);
    }
    opt_out.extend(group_opt_outs(
        &analysis,
        inv.opt_out_specialized,
        inv.opt_out_instrumented,
    ));
    let options = emit::Options {
        text: &text,
        opt_out,
    };
    match emit::emit(&analysis, &options) {
        Ok(items) => quote!(#track #items),
        Err(message) => abort!(span, "{}: {}", name, message),
    }
}

/// A DSL diagnostic as `FILE:LINE:COL: MESSAGE`; for inline text the position
/// is translated to the Rust file that holds the string literal.
fn describe(inv: &Invocation, d: &bytecodes_dsl::Diagnostic) -> String {
    let Source::Inline(lit) = &inv.source else {
        return format!("{}: {}", d.span, d.message);
    };
    let span = lit.span().unwrap();
    let file = span.file();
    let opening = lit.token().to_string();
    let prefix = opening.find('"').map_or(1, |q| q + 1);
    let place = |line: usize, column: usize| {
        if line == 1 {
            format!(
                "{file}:{}:{}",
                span.line(),
                span.column() + prefix + column - 1
            )
        } else {
            format!("{file}:{}:{column}", span.line() + line - 1)
        }
    };
    // Positions quoted inside the message (`first defined at NAME:L:C`) move too.
    let marker = format!("{}:", d.span.file);
    let mut message = String::new();
    let mut rest = d.message.as_str();
    while let Some(at) = rest.find(&marker) {
        message.push_str(&rest[..at]);
        let after = &rest[at + marker.len()..];
        let mut numbers = after.splitn(3, ':');
        let line = numbers.next().and_then(|l| l.parse::<usize>().ok());
        let digits: String = numbers
            .next()
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        match (line, digits.parse::<usize>().ok()) {
            (Some(l), Some(c)) => {
                message.push_str(&place(l, c));
                rest = &after[l.to_string().len() + 1 + digits.len()..];
            }
            _ => {
                message.push_str(&marker);
                rest = after;
            }
        }
    }
    message.push_str(rest);
    format!(
        "{}: {message}",
        place(d.span.line as usize, d.span.column as usize)
    )
}

/// The known name most like `name`, if one is close.
fn closest<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }
    known
        .map(|k| (distance(name, k), k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

/// The uops used only by specialized (or only by instrumented) instructions.
fn group_opt_outs(
    analysis: &bytecodes_dsl::Analysis,
    specialized: bool,
    instrumented: bool,
) -> HashSet<String> {
    use bytecodes_dsl::analysis::InstructionPart;
    let mut kept: HashSet<&str> = HashSet::new();
    let mut dropped: HashSet<&str> = HashSet::new();
    for inst in analysis.instructions.values() {
        let out = (specialized && inst.is_specialized())
            || (instrumented && inst.name.starts_with("INSTRUMENTED"));
        for part in &inst.parts {
            if let InstructionPart::Uop(u) = part {
                if out {
                    dropped.insert(u);
                } else {
                    kept.insert(u);
                }
            }
        }
    }
    dropped.difference(&kept).map(|s| s.to_string()).collect()
}
