//! Typed views of every instruction's inline cache, and `mirror_cache!`, which
//! checks that a hand-written struct mirrors a cache layout.

use bytecodes_dsl::analysis::{Analysis, Instruction, InstructionPart};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// A named entry of an instruction's cache.
pub struct Entry {
    /// The accessor name.
    pub name: String,
    /// Offset in code units from the first cache unit.
    pub offset: usize,
    /// Size in code units (1, 2 or 4).
    pub units: usize,
}

/// The named entries of an instruction's cache, in layout order.
pub fn entries(analysis: &Analysis, inst: &Instruction) -> Vec<Entry> {
    let mut cursor: i64 = 0;
    let mut raw: Vec<(String, i64, usize)> = Vec::new();
    for part in &inst.parts {
        let caches: Vec<(String, i32)> = match part {
            InstructionPart::Uop(u) => analysis.uops.get(u).map_or(Vec::new(), |u| {
                u.caches
                    .iter()
                    .map(|c| (c.name.text.clone(), c.size))
                    .collect()
            }),
            InstructionPart::Cache(c) => vec![(c.name.text.clone(), c.size)],
            InstructionPart::Flush => Vec::new(),
        };
        for (name, size) in caches {
            if size > 0 && name != "unused" && [1, 2, 4].contains(&size) {
                raw.push((name, cursor, size as usize));
            }
            cursor += i64::from(size);
        }
    }
    let mut out: Vec<Entry> = Vec::new();
    let mut seen: Vec<(String, usize, usize)> = Vec::new();
    for (name, offset, units) in raw {
        let Ok(offset) = usize::try_from(offset) else {
            continue;
        };
        if seen.contains(&(name.clone(), offset, units)) {
            continue;
        }
        seen.push((name.clone(), offset, units));
        let mut unique = name.clone();
        let mut n = 2;
        while out.iter().any(|e| e.name == unique) {
            unique = format!("{name}_{n}");
            n += 1;
        }
        out.push(Entry {
            name: unique,
            offset,
            units,
        });
    }
    out
}

/// The view type's name: `LOAD_ATTR` becomes `LoadAttrCache`.
pub fn view_name(inst: &str) -> Ident {
    let camel: String = inst
        .split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase()
            })
        })
        .collect();
    Ident::new(&format!("{camel}Cache"), Span::call_site())
}

fn width(units: usize) -> Ident {
    Ident::new(&format!("u{}", units * 16), Span::call_site())
}

/// Emits `pub mod caches` and the `mirror_cache!` macro.
pub fn emit(analysis: &Analysis) -> TokenStream {
    let mut views = Vec::new();
    let mut arms = Vec::new();
    let mut agree = Vec::new();
    for inst in analysis.instructions.values() {
        let cache = inst.cache_entries() as usize;
        if cache == 0 {
            continue;
        }
        let view = view_name(&inst.name);
        let entries = entries(analysis, inst);
        let doc = format!(
            "The inline cache of `{}`: {cache} code units after the opcode.",
            inst.name
        );
        let accessors = entries.iter().map(|e| {
            let get = Ident::new(&e.name, Span::call_site());
            let set = Ident::new(&format!("set_{}", e.name), Span::call_site());
            let ty = width(e.units);
            let (offset, units) = (e.offset, e.units);
            let get_doc = format!("Reads `{}` ({} bits at unit {offset}).", e.name, units * 16);
            let set_doc = format!("Writes `{}`.", e.name);
            quote! {
                #[doc = #get_doc]
                #[inline]
                pub fn #get(&self) -> #ty {
                    super::__support::read_cache(self.units, #offset, #units) as #ty
                }
                #[doc = #set_doc]
                #[inline]
                pub fn #set(&self, value: #ty) {
                    super::__support::write_cache(self.units, #offset, #units, u64::from(value))
                }
            }
        });
        let layout = entries.iter().map(|e| {
            let (n, o, b) = (&e.name, e.offset, e.units as u32 * 16);
            quote!((#n, #o, #b))
        });
        views.push(quote! {
            #[doc = #doc]
            #[derive(Clone, Copy)]
            pub struct #view<'a> {
                units: &'a [::core::cell::Cell<u16>],
            }

            impl<'a> #view<'a> {
                /// Code units of the cache.
                pub const UNITS: usize = #cache;
                /// Named entries as (name, offset in units, bits).
                pub const LAYOUT: &'static [(&'static str, usize, u32)] = &[#(#layout),*];

                /// The cache of the instruction whose opcode is at `code[instr]`.
                pub fn at(code: &'a [::core::cell::Cell<u16>], instr: usize) -> ::core::option::Option<Self> {
                    code.get(instr + 1..instr + 1 + Self::UNITS).map(|units| Self { units })
                }

                /// A view over exactly `UNITS` code units.
                pub fn from_units(units: &'a [::core::cell::Cell<u16>]) -> ::core::option::Option<Self> {
                    (units.len() == Self::UNITS).then_some(Self { units })
                }

                /// The code units it covers.
                pub fn units(&self) -> &'a [::core::cell::Cell<u16>] {
                    self.units
                }

                #(#accessors)*
            }
        });
        if let Some(head) = inst.family.as_deref().filter(|h| *h != inst.name) {
            let head_view = view_name(head);
            let msg = format!(
                "`{}` and its family head `{head}` must have caches of one size",
                inst.name
            );
            agree.push(quote!(
                const _: () = ::core::assert!(#view::UNITS == #head_view::UNITS, #msg);
            ));
            agree.push(quote! {
                impl<'a> ::core::convert::From<#head_view<'a>> for #view<'a> {
                    fn from(head: #head_view<'a>) -> Self {
                        Self { units: head.units }
                    }
                }
            });
        }
        if !entries.is_empty() {
            arms.push(mirror_arm(&inst.name, &entries));
        }
    }
    quote! {
        /// Typed views of the instructions' inline caches.
        pub mod caches {
            #(#views)*
            #(#agree)*
        }

        /// Checks, at compile time, that a hand-written struct mirrors an
        /// instruction's cache layout (field names, widths and order), and defines
        /// it with `read`/`write` to and from the cache units:
        ///
        /// ```ignore
        /// mirror_cache!(LOAD_GLOBAL, pub struct Globals { pub counter: u16, ... });
        /// ```
        #[allow(unused_macros)]
        macro_rules! mirror_cache {
            #(#arms)*
            ($other:ident, $($rest:tt)*) => {
                ::core::compile_error!(::core::concat!("`", ::core::stringify!($other), "` is not an instruction with named inline cache entries"));
            };
        }
        #[allow(unused_imports)]
        pub(crate) use mirror_cache;
    }
}

fn mirror_arm(inst: &str, entries: &[Entry]) -> TokenStream {
    let inst_id = Ident::new(inst, Span::call_site());
    let names: Vec<Ident> = entries
        .iter()
        .map(|e| Ident::new(&e.name, Span::call_site()))
        .collect();
    let vis: Vec<Ident> = (0..entries.len())
        .map(|i| Ident::new(&format!("v{i}"), Span::call_site()))
        .collect();
    let tys: Vec<Ident> = entries.iter().map(|e| width(e.units)).collect();
    let offsets: Vec<usize> = entries.iter().map(|e| e.offset).collect();
    let units: Vec<usize> = entries.iter().map(|e| e.units).collect();
    let expected = entries
        .iter()
        .map(|e| format!("{}: u{}", e.name, e.units * 16))
        .collect::<Vec<_>>()
        .join(", ");
    let message = format!("does not mirror the inline cache of {inst}, which is {{ {expected} }}");
    quote! {
        (#inst_id, $(#[$meta:meta])* $vis:vis struct $name:ident { #($#vis:vis #names: #tys),* $(,)? }) => {
            $(#[$meta])*
            $vis struct $name { #($#vis #names: #tys),* }

            impl $name {
                /// Reads every entry from the cache units of the instruction.
                #[allow(dead_code)]
                pub fn read(units: &[::core::cell::Cell<u16>]) -> Self {
                    let get = |at: usize, n: usize| -> u64 {
                        (0..n).fold(0u64, |v, i| v | u64::from(units.get(at + i).map_or(0, ::core::cell::Cell::get)) << (16 * i))
                    };
                    Self { #(#names: get(#offsets, #units) as #tys),* }
                }

                /// Writes every entry to the cache units of the instruction.
                #[allow(dead_code)]
                pub fn write(&self, units: &[::core::cell::Cell<u16>]) {
                    let put = |at: usize, n: usize, v: u64| {
                        for i in 0..n {
                            if let ::core::option::Option::Some(u) = units.get(at + i) {
                                u.set((v >> (16 * i)) as u16);
                            }
                        }
                    };
                    #(put(#offsets, #units, u64::from(self.#names));)*
                }
            }
        };
        (#inst_id, $(#[$meta:meta])* $vis:vis struct $name:ident $($rest:tt)*) => {
            ::core::compile_error!(::core::concat!("`", ::core::stringify!($name), "` ", #message));
        };
    }
}
