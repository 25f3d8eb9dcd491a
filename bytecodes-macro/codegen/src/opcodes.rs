//! The opcode enums, their numbers and every metadata table, as `const fn`s.

use super::expr;
use bytecodes_dsl::analysis::properties::FLAG_NAMES;
use bytecodes_dsl::Analysis;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Emits `Opcode`, `PseudoOpcode`, `Flags`, `HAVE_ARGUMENT` and `MIN_INSTRUMENTED_OPCODE`.
pub fn emit(analysis: &Analysis) -> Result<TokenStream, String> {
    let mut insts: Vec<_> = analysis.instructions.values().collect();
    insts.sort_by_key(|i| i.opcode);
    let names: Vec<Ident> = insts.iter().map(|i| ident(&i.name)).collect();
    let numbers: Vec<u8> = insts.iter().map(|i| i.opcode as u8).collect();
    let name_strs: Vec<&str> = insts.iter().map(|i| i.name.as_str()).collect();
    let sizes: Vec<usize> = insts.iter().map(|i| i.size as usize).collect();
    let variant_docs: Vec<String> = insts
        .iter()
        .map(|i| {
            let kind = if i.is_specialized() {
                "specialized"
            } else if i.name.starts_with("INSTRUMENTED") {
                "instrumented"
            } else {
                "instruction"
            };
            format!(
                "`{}` ({kind}, opcode {}, {} code units).",
                i.name, i.opcode, i.size
            )
        })
        .collect();
    let flags: Vec<TokenStream> = insts
        .iter()
        .map(|i| flags_expr(&analysis.flags(&i.name).unwrap_or_default()))
        .collect();
    let deopts: Vec<Ident> = insts.iter().map(|i| ident(i.deopt())).collect();
    let heads: Vec<TokenStream> = insts
        .iter()
        .map(|i| match i.family.as_deref() {
            Some(h) if h != i.name => {
                let h = ident(h);
                quote!(::core::option::Option::Some(Opcode::#h))
            }
            _ => quote!(::core::option::Option::None),
        })
        .collect();
    let specializations: Vec<TokenStream> = insts
        .iter()
        .map(|i| {
            let members: Vec<Ident> = analysis
                .families
                .get(&i.name)
                .map_or(Vec::new(), |f| f.members.iter().map(|m| ident(m)).collect());
            quote!(&[#(Opcode::#members),*])
        })
        .collect();
    let mut popped = Vec::new();
    let mut pushed = Vec::new();
    for i in &insts {
        popped.push(expr::size(&i.stack.popped).map_err(|n| unknown(&i.name, &n))?);
        pushed.push(expr::size(&i.stack.pushed).map_err(|n| unknown(&i.name, &n))?);
    }

    let mut pseudos: Vec<_> = analysis.pseudos.values().collect();
    pseudos.sort_by_key(|p| p.opcode);
    let p_names: Vec<Ident> = pseudos.iter().map(|p| ident(&p.name)).collect();
    let p_numbers: Vec<u16> = pseudos.iter().map(|p| p.opcode).collect();
    let p_strs: Vec<&str> = pseudos.iter().map(|p| p.name.as_str()).collect();
    let p_flags: Vec<TokenStream> = pseudos
        .iter()
        .map(|p| flags_expr(&analysis.flags(&p.name).unwrap_or_default()))
        .collect();
    let p_targets: Vec<TokenStream> = pseudos
        .iter()
        .map(|p| {
            let t: Vec<Ident> = p.targets.iter().map(|t| ident(t)).collect();
            quote!(&[#(Opcode::#t),*])
        })
        .collect();
    let p_seq: Vec<bool> = pseudos.iter().map(|p| p.as_sequence).collect();
    let mut p_popped = Vec::new();
    let mut p_pushed = Vec::new();
    for p in &pseudos {
        p_popped.push(expr::size(&p.stack.popped).map_err(|n| unknown(&p.name, &n))?);
        p_pushed.push(expr::size(&p.stack.pushed).map_err(|n| unknown(&p.name, &n))?);
    }
    let pseudo_doc: Vec<String> = pseudos
        .iter()
        .map(|p| {
            format!(
                "`{}` (pseudo-op {}), becomes {}.",
                p.name,
                p.opcode,
                p.targets
                    .join(if p.as_sequence { " then " } else { " or " })
            )
        })
        .collect();

    let flag_consts: Vec<TokenStream> = FLAG_NAMES
        .iter()
        .enumerate()
        .map(|(bit, name)| {
            let id = ident(name);
            let doc = format!("`{name}_FLAG`.");
            let value = 1u32 << bit;
            quote!(#[doc = #doc] pub const #id: Flags = Flags(#value);)
        })
        .collect();
    let flag_names: Vec<String> = FLAG_NAMES.iter().map(|n| format!("{n}_FLAG")).collect();
    let flag_bits: Vec<u32> = (0..FLAG_NAMES.len() as u32).map(|b| 1 << b).collect();
    let have_argument = analysis.have_argument as u8;
    let min_instrumented = analysis.min_instrumented as u8;
    let pseudo_enum = if pseudos.is_empty() {
        quote!()
    } else {
        quote! {
            /// The compiler's pseudo-ops, numbered from 256 like CPython's.
            #[allow(non_camel_case_types)]
            #[repr(u16)]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub enum PseudoOpcode {
                #(#[doc = #pseudo_doc] #p_names = #p_numbers,)*
            }

            impl PseudoOpcode {
                /// Every pseudo-op, by number.
                pub const ALL: &'static [PseudoOpcode] = &[#(PseudoOpcode::#p_names),*];

                /// The pseudo-op with this number.
                pub const fn from_u16(n: u16) -> ::core::option::Option<PseudoOpcode> {
                    match n {
                        #(#p_numbers => ::core::option::Option::Some(PseudoOpcode::#p_names),)*
                        _ => ::core::option::Option::None,
                    }
                }

                /// The pseudo-op's name.
                pub const fn name(self) -> &'static str {
                    match self { #(PseudoOpcode::#p_names => #p_strs,)* }
                }

                /// The instructions it becomes.
                pub const fn targets(self) -> &'static [Opcode] {
                    match self { #(PseudoOpcode::#p_names => #p_targets,)* }
                }

                /// Whether it becomes the whole target sequence rather than one target.
                pub const fn is_sequence(self) -> bool {
                    match self { #(PseudoOpcode::#p_names => #p_seq,)* }
                }

                /// Its flags: those of its targets plus its declared ones.
                pub const fn flags(self) -> Flags {
                    match self { #(PseudoOpcode::#p_names => #p_flags,)* }
                }

                /// Stack items it pops for this oparg.
                #[allow(unused_variables, unused_parens)]
                pub const fn popped(self, oparg: u32) -> i64 {
                    match self { #(PseudoOpcode::#p_names => #p_popped,)* }
                }

                /// Stack items it pushes for this oparg.
                #[allow(unused_variables, unused_parens)]
                pub const fn pushed(self, oparg: u32) -> i64 {
                    match self { #(PseudoOpcode::#p_names => #p_pushed,)* }
                }
            }
        }
    };

    Ok(quote! {
        /// The lowest opcode number that takes an argument (CPython's `HAVE_ARGUMENT`).
        pub const HAVE_ARGUMENT: u8 = #have_argument;
        /// The lowest instrumented opcode (CPython's `MIN_INSTRUMENTED_OPCODE`).
        pub const MIN_INSTRUMENTED_OPCODE: u8 = #min_instrumented;

        /// The metadata flags of an instruction, as a bit set.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct Flags(pub u32);

        impl Flags {
            #(#flag_consts)*

            /// Whether every flag of `other` is set.
            pub const fn contains(self, other: Flags) -> bool {
                self.0 & other.0 == other.0
            }

            /// The names of the set flags, as CPython's metadata spells them.
            pub fn names(self) -> ::std::vec::Vec<&'static str> {
                const ALL: &[(u32, &str)] = &[#((#flag_bits, #flag_names)),*];
                ALL.iter().filter(|(bit, _)| self.0 & bit != 0).map(|(_, n)| *n).collect()
            }
        }

        /// Every real instruction, with CPython's opcode number.
        #[allow(non_camel_case_types)]
        #[repr(u8)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Opcode {
            #(#[doc = #variant_docs] #names = #numbers,)*
        }

        impl Opcode {
            /// Every instruction, by number.
            pub const ALL: &'static [Opcode] = &[#(Opcode::#names),*];

            /// The instruction with this number.
            pub const fn from_u8(byte: u8) -> ::core::option::Option<Opcode> {
                match byte {
                    #(#numbers => ::core::option::Option::Some(Opcode::#names),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The instruction's name.
            pub const fn name(self) -> &'static str {
                match self { #(Opcode::#names => #name_strs,)* }
            }

            /// Code units, the opcode's own included.
            pub const fn size(self) -> usize {
                match self { #(Opcode::#names => #sizes,)* }
            }

            /// Inline cache code units that follow the opcode.
            pub const fn cache_entries(self) -> usize {
                self.size() - 1
            }

            /// The metadata flags.
            pub const fn flags(self) -> Flags {
                match self { #(Opcode::#names => #flags,)* }
            }

            /// Whether the instruction takes an argument.
            pub const fn has_arg(self) -> bool {
                self.flags().contains(Flags::HAS_ARG)
            }

            /// The instruction a failed guard re-runs: the family head, or itself.
            pub const fn deopt(self) -> Opcode {
                match self { #(Opcode::#names => Opcode::#deopts,)* }
            }

            /// The family head, for a specialized instruction.
            pub const fn family_head(self) -> ::core::option::Option<Opcode> {
                match self { #(Opcode::#names => #heads,)* }
            }

            /// The specialized forms of a family head.
            pub const fn specializations(self) -> &'static [Opcode] {
                match self { #(Opcode::#names => #specializations,)* }
            }

            /// Stack items popped for this oparg.
            #[allow(unused_variables, unused_parens)]
            pub const fn popped(self, oparg: u32) -> i64 {
                match self { #(Opcode::#names => #popped,)* }
            }

            /// Stack items pushed for this oparg.
            #[allow(unused_variables, unused_parens)]
            pub const fn pushed(self, oparg: u32) -> i64 {
                match self { #(Opcode::#names => #pushed,)* }
            }

            /// The net stack effect for this oparg.
            pub const fn stack_effect(self, oparg: u32) -> i64 {
                self.pushed(oparg) - self.popped(oparg)
            }
        }

        impl ::core::convert::TryFrom<u8> for Opcode {
            type Error = u8;
            fn try_from(byte: u8) -> ::core::result::Result<Self, u8> {
                Opcode::from_u8(byte).ok_or(byte)
            }
        }

        impl ::core::fmt::Display for Opcode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.name())
            }
        }

        #pseudo_enum
    })
}

fn unknown(inst: &str, name: &str) -> String {
    format!("the stack effect of `{inst}` uses `{name}`, which is not known at compile time")
}

fn flags_expr(flags: &[String]) -> TokenStream {
    let ids: Vec<Ident> = flags
        .iter()
        .map(|f| format_ident!("{}", f.trim_end_matches("_FLAG")))
        .collect();
    if ids.is_empty() {
        quote!(Flags(0))
    } else {
        quote!(Flags(#(Flags::#ids.0)|*))
    }
}
