//! The handler trait: one method per tier-1 uop, typed after its declaration.

use bytecodes_dsl::interface::{Handler, Leaves, Passing, Raises};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The Rust type of one handler's result.
pub fn result_type(h: &Handler) -> TokenStream {
    let value = quote!(Self::Value);
    let outputs: Vec<TokenStream> = h
        .returns
        .iter()
        .map(|p| {
            if p.passing == Passing::Frame {
                quote!(Self::Frame)
            } else {
                value.clone()
            }
        })
        .collect();
    let mut ty = match (h.leaves, outputs.len()) {
        (Some(Leaves::Return), _) => quote!(Return<Self::Value>),
        (Some(Leaves::Yield), _) => quote!(Yield<Self::Value>),
        (None, 0) => quote!(()),
        (None, 1) => outputs[0].clone(),
        (None, _) => quote!((#(#outputs),*)),
    };
    if h.calls {
        ty = quote!(Call<#ty, Self::Frame>);
    }
    if h.jumps {
        ty = quote!(Flow<#ty>);
    }
    let error = match h.raises {
        Raises::Never => None,
        Raises::Popping | Raises::Keeping => Some(quote!(Self::Error)),
        Raises::Both => Some(quote!(Raise<Self::Error>)),
    };
    match (error, h.deopts) {
        (None, false) => ty,
        (None, true) => quote!(::core::result::Result<#ty, Deopt>),
        (Some(e), false) => quote!(::core::result::Result<#ty, #e>),
        (Some(e), true) => quote!(::core::result::Result<#ty, DeoptOr<#e>>),
    }
}

/// The parameters after `&mut self`.
pub fn params(h: &Handler) -> Vec<TokenStream> {
    let mut out = Vec::new();
    if h.this_instr {
        out.push(quote!(this_instr: usize));
    }
    if h.opcode {
        out.push(quote!(opcode: u8));
    }
    if h.oparg {
        out.push(quote!(oparg: u32));
    }
    for c in &h.caches {
        let name = Ident::new(&c.name, Span::call_site());
        let ty = Ident::new(&format!("u{}", c.bits), Span::call_site());
        out.push(quote!(#name: #ty));
    }
    for p in h.inputs.iter().chain(&h.out_arrays) {
        let name = Ident::new(&p.name, Span::call_site());
        out.push(match p.passing {
            Passing::Owned => quote!(#name: Self::Value),
            Passing::Borrowed => quote!(#name: &mut Self::Value),
            Passing::Slice => quote!(#name: &mut [Self::Value]),
            Passing::Frame => quote!(#name: Self::Frame),
        });
    }
    out
}

fn doc(h: &Handler, source: &str) -> String {
    let mut lines = vec![format!("Uop `{}`.", h.uop), String::new()];
    let mut notes = Vec::new();
    if h.inputs.iter().any(|p| p.passthrough) {
        notes.push("pass-through items are borrowed in place and stay on the stack".to_string());
    }
    if h.inputs
        .iter()
        .any(|p| p.passing == Passing::Borrowed && !p.passthrough)
    {
        notes.push("its inputs are borrowed: take them (`std::mem::take`) only once no guard or early jump can fail".to_string());
    }
    if !h.out_arrays.is_empty() {
        notes.push("array outputs are filled in place; they start as `Default`".to_string());
    }
    match h.raises {
        Raises::Popping => notes.push("an error pops its inputs (`ERROR_IF`)".to_string()),
        Raises::Keeping => {
            notes.push("an error leaves its inputs on the stack (`ERROR_NO_POP`)".to_string())
        }
        Raises::Both => notes.push("an error says whether its inputs are popped".to_string()),
        Raises::Never => {}
    }
    if h.leaves.is_some() {
        notes.push("it leaves the frame: its result goes to the caller's stack".to_string());
    }
    for n in notes {
        lines.push(format!("- {n}"));
    }
    lines.push(String::new());
    lines.push("```c".to_string());
    lines.extend(source.lines().map(|l| l.to_string()));
    lines.push("```".to_string());
    lines.join("\n")
}

/// Emits the `Uops` trait.
pub fn emit(handlers: &[(Handler, String)]) -> TokenStream {
    let methods = handlers.iter().map(|(h, source)| {
        let name = Ident::new(&h.method, Span::call_site());
        let params = params(h);
        let ret = result_type(h);
        let doc = doc(h, source);
        quote! {
            #[doc = #doc]
            fn #name(&mut self, #(#params),*) -> #ret;
        }
    });
    quote! {
        /// One method per uop that a tier-1 instruction uses, typed after the uop's
        /// declaration: `oparg` when it uses it, its named cache entries at their
        /// widths, its stack inputs (arrays as slices) and its outputs as the result.
        /// Only uops that can raise return an error, only guards can [`Deopt`], only
        /// jumping uops return a [`Flow`], and frame changes are [`Call`], [`Return`]
        /// and [`Yield`].
        #[allow(clippy::too_many_arguments, clippy::type_complexity)]
        pub trait Uops: Runtime {
            #(#methods)*
        }
    }
}
