//! The tier-1 dispatch loop: fetch and decode, then run each instruction's uops
//! on the stack, with error, deoptimization, jump and frame outcomes.

use super::expr;
use bytecodes_dsl::analysis::{Analysis, Instruction, InstructionPart};
use bytecodes_dsl::interface::{self, Handler, Layout, Leaves, Passing, Raises, Slot};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::{HashMap, HashSet};

/// Everything the loop needs to know about the file and the implementer's choices.
pub struct Plan<'a> {
    /// The analysis.
    pub analysis: &'a Analysis,
    /// Handlers by uop name.
    pub handlers: HashMap<&'a str, &'a Handler>,
    /// Opted-out uops.
    pub opt_out: &'a HashSet<String>,
}

fn id(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Emits `pub fn run`.
pub fn emit(plan: &Plan<'_>) -> Result<TokenStream, String> {
    let mut insts: Vec<&Instruction> = plan.analysis.instructions.values().collect();
    insts.sort_by_key(|i| i.opcode);
    let mut arms = Vec::new();
    for inst in &insts {
        if interface::LOOP_UOPS.contains(&inst.name.as_str()) {
            continue;
        }
        let number = inst.opcode as u8;
        let body = instruction(plan, inst)?;
        arms.push(quote!(#number => { #body }));
    }
    let extended_arg = match plan.analysis.instructions.get("EXTENDED_ARG") {
        Some(e) => {
            let n = e.opcode as u8;
            quote! {
                while opcode == #n {
                    ip += 1;
                    let ::core::option::Option::Some(unit) = regs.code.get(ip) else {
                        let e = <M as Runtime>::fault(m, Fault::CodeOverrun { ip });
                        match <M as Runtime>::unwind(m, e, regs) {
                            ::core::result::Result::Ok(()) => continue 'fetch,
                            ::core::result::Result::Err(e) => return ::core::result::Result::Err(e),
                        }
                    };
                    let unit = unit.get();
                    opcode = (unit & 0xff) as u8;
                    oparg = (oparg << 8) | u32::from(unit >> 8);
                }
            }
        }
        None => quote!(),
    };
    Ok(quote! {
        /// Runs the frame whose registers are `regs` until it returns (`Ok` with its
        /// value) or an error escapes it (`Err`). Python-to-Python calls push frames
        /// through [`Runtime::enter_frame`] without recursing.
        #[allow(
            unused_variables, unused_mut, unused_assignments, unreachable_code, unused_labels,
            unused_parens, non_snake_case, clippy::all
        )]
        pub fn run<M: Uops>(m: &mut M, regs: &mut Regs<M>) -> ::core::result::Result<M::Value, M::Error> {
            'fetch: loop {
                let mut ip = regs.ip;
                let ::core::option::Option::Some(unit) = regs.code.get(ip) else {
                    let e = <M as Runtime>::fault(m, Fault::CodeOverrun { ip });
                    match <M as Runtime>::unwind(m, e, regs) {
                        ::core::result::Result::Ok(()) => continue 'fetch,
                        ::core::result::Result::Err(e) => return ::core::result::Result::Err(e),
                    }
                };
                let unit = unit.get();
                let mut opcode = (unit & 0xff) as u8;
                let mut oparg = u32::from(unit >> 8);
                #extended_arg
                let this_instr = ip;
                let outcome: ::core::result::Result<(), M::Error> = 'dispatch: loop {
                    let r = 'inst: {
                        match opcode {
                            #(#arms)*
                            _ => ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::UnknownOpcode { opcode, ip: this_instr })),
                        }
                    };
                    break 'dispatch r;
                };
                if let ::core::result::Result::Err(e) = outcome {
                    if let ::core::result::Result::Err(e) = <M as Runtime>::unwind(m, e, regs) {
                        return ::core::result::Result::Err(e);
                    }
                }
            }
        }
    })
}

fn instruction(plan: &Plan<'_>, inst: &Instruction) -> Result<TokenStream, String> {
    let name = inst.name.as_str();
    let size = inst.size as usize;
    let prelude = quote! {
        regs.ip = this_instr + #size;
        if regs.ip > regs.code.len() {
            break 'inst ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::CodeOverrun { ip: this_instr }));
        }
    };
    let uops: Vec<&str> = inst
        .parts
        .iter()
        .filter_map(|p| match p {
            InstructionPart::Uop(u) => Some(u.as_str()),
            _ => None,
        })
        .collect();
    if let Some(missing) = uops.iter().find(|u| plan.opt_out.contains(**u)) {
        return Ok(quote! {
            #prelude
            ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::Unimplemented { uop: #missing, instruction: #name }))
        });
    }
    let head = inst
        .family
        .as_deref()
        .filter(|h| *h != name)
        .and_then(|h| plan.analysis.instructions.get(h));
    let mut frames: Vec<Ident> = Vec::new();
    let mut frame_count = 0usize;
    let mut steps = Vec::new();
    let mut cursor: i64 = 0;
    for part in &inst.parts {
        match part {
            InstructionPart::Cache(c) => cursor += i64::from(c.size),
            InstructionPart::Flush => {}
            InstructionPart::Uop(u) => {
                let uop = &plan.analysis.uops[u.as_str()];
                let handler = plan
                    .handlers
                    .get(u.as_str())
                    .ok_or_else(|| format!("no handler for uop `{u}`"))?;
                let cx = UopCx {
                    inst,
                    uop,
                    handler,
                    layout: interface::layout(uop),
                    cache_at: cursor,
                    head: head.map(|h| h.opcode as u8),
                };
                steps.push(uop_block(&cx, &mut frames, &mut frame_count)?);
                cursor += i64::from(uop.cache_size());
            }
        }
    }
    if !frames.is_empty() {
        return Err(format!(
            "instruction `{name}` leaves an interpreter frame on the stack that no uop consumes"
        ));
    }
    Ok(quote! {
        #prelude
        #(#steps)*
        ::core::result::Result::Ok(())
    })
}

struct UopCx<'a> {
    inst: &'a Instruction,
    uop: &'a bytecodes_dsl::analysis::Uop,
    handler: &'a Handler,
    layout: Layout,
    cache_at: i64,
    head: Option<u8>,
}

fn fault_underflow(inst: &str) -> TokenStream {
    quote!(break 'inst ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::StackUnderflow { instruction: #inst, ip: this_instr })))
}

/// A usize expression for a slot size, breaking out with a fault when negative.
fn usize_of(e: &bytecodes_dsl::expr::Expr, inst: &str) -> Result<TokenStream, String> {
    if let Some(c) = e.constant() {
        if c < 0 {
            return Err(format!(
                "a stack item of `{inst}` has the negative size {c}"
            ));
        }
        let c = c as usize;
        return Ok(quote!(#c));
    }
    let v = expr::expr(e).map_err(|n| {
        format!("an array size in `{inst}` uses `{n}`, which is not known at compile time")
    })?;
    Ok(quote! {
        match usize::try_from(#v) {
            ::core::result::Result::Ok(n) => n,
            ::core::result::Result::Err(_) => break 'inst ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::BadOparg { instruction: #inst, oparg })),
        }
    })
}

fn is_simple(layout: &Layout) -> bool {
    layout
        .inputs
        .iter()
        .chain(&layout.outputs)
        .all(|s| s.item.size.is_none() && !s.frame && !s.passthrough)
}

fn uop_block(
    cx: &UopCx<'_>,
    frames: &mut Vec<Ident>,
    frame_count: &mut usize,
) -> Result<TokenStream, String> {
    let h = cx.handler;
    let inst = cx.inst.name.as_str();
    let method = id(&h.method);

    // Arguments that come before the stack items.
    let mut pre = Vec::new();
    if h.this_instr {
        pre.push(quote!(this_instr));
    }
    if h.opcode {
        pre.push(quote!(opcode));
    }
    if h.oparg {
        pre.push(quote!(oparg));
    }
    let mut cache_reads = Vec::new();
    let mut offset = cx.cache_at;
    for c in &cx.uop.caches {
        if c.name.text != "unused" {
            let var = format_ident!("cache_{}", c.name.text);
            let bits = id(&format!("u{}", c.size * 16));
            let (at, n) = (offset.max(0) as usize, c.size as usize);
            cache_reads.push(quote!(let #var = __support::read_cache(&regs.code, this_instr + 1 + #at, #n) as #bits;));
            pre.push(quote!(#var));
        }
        offset += i64::from(c.size);
    }

    let layout = &cx.layout;
    let simple = is_simple(layout);

    // Stack input variables.
    let in_vars: Vec<Ident> = (0..layout.inputs.len())
        .map(|i| format_ident!("in_{}", i))
        .collect();
    let out_vars: Vec<Ident> = (0..layout.outputs.len())
        .map(|i| format_ident!("out_{}", i))
        .collect();
    let passes = |slot: &Slot| slot.item.name.text != "unused";

    let mut code = Vec::new();
    let mut args = Vec::new();
    let mut restore = Vec::new(); // puts borrowed inputs back (for deopt, early exit, kept errors)
    let mut regions = Vec::new(); // (offset tokens, len tokens, argument tokens builder)

    if simple {
        let n_in = layout.inputs.len();
        let underflow = fault_underflow(inst);
        code.push(quote!(if regs.stack.len() < #n_in { #underflow }));
        for (i, _slot) in layout.inputs.iter().enumerate().rev() {
            let v = &in_vars[i];
            code.push(quote!(let mut #v = regs.stack.pop().unwrap_or_default();));
        }
        for (i, slot) in layout.inputs.iter().enumerate() {
            let v = &in_vars[i];
            if passes(slot) {
                args.push(
                    if h.inputs.iter().any(|p| {
                        p.dsl_name == slot.item.name.text && p.passing == Passing::Borrowed
                    }) {
                        quote!(&mut #v)
                    } else {
                        quote!(::core::mem::take(&mut #v))
                    },
                );
            }
        }
        let borrowed = h.inputs.iter().any(|p| p.passing == Passing::Borrowed);
        for v in &in_vars {
            restore.push(if borrowed {
                quote!(regs.stack.push(::core::mem::take(&mut #v));)
            } else {
                quote!(regs.stack.push(::core::default::Default::default());)
            });
        }
        let outputs: Vec<&Ident> = out_vars.iter().collect();
        let commit = quote!(#(regs.stack.push(#outputs);)*);
        let pattern = output_pattern(h, &out_vars, layout)?;
        let call = quote!(<M as Uops>::#method(m, #(#pre,)* #(#args),*));
        let outcome = outcomes(
            cx,
            OutcomeCode {
                pattern,
                commit,
                restore: quote!(#(#restore)*),
                pop_all: quote!(),
                keep: quote!(#(#restore)*),
                truncate_for_push: quote!(),
            },
        )?;
        return Ok(quote! {{
            #(#cache_reads)*
            #(#code)*
            let result = #call;
            #outcome
        }});
    }

    // General path: the uop's window on the stack.
    let mut in_sizes = Vec::new();
    for (i, slot) in layout.inputs.iter().enumerate() {
        let s = format_ident!("in_size_{}", i);
        let v = usize_of(&slot.size, inst)?;
        code.push(quote!(let #s: usize = #v;));
        in_sizes.push(s);
    }
    let mut out_sizes = Vec::new();
    for (i, slot) in layout.outputs.iter().enumerate() {
        let s = format_ident!("out_size_{}", i);
        let v = usize_of(&slot.size, inst)?;
        code.push(quote!(let #s: usize = #v;));
        out_sizes.push(s);
    }
    let in_offs: Vec<Ident> = (0..layout.inputs.len())
        .map(|i| format_ident!("in_off_{}", i))
        .collect();
    let out_offs: Vec<Ident> = (0..layout.outputs.len())
        .map(|i| format_ident!("out_off_{}", i))
        .collect();
    let mut acc = quote!(0usize);
    for (i, off) in in_offs.iter().enumerate() {
        code.push(quote!(let #off: usize = #acc;));
        let s = &in_sizes[i];
        acc = quote!(#off + #s);
    }
    code.push(quote!(let n_in: usize = #acc;));
    let mut acc = quote!(0usize);
    for (i, off) in out_offs.iter().enumerate() {
        code.push(quote!(let #off: usize = #acc;));
        let s = &out_sizes[i];
        acc = quote!(#off + #s);
    }
    code.push(quote!(let n_out: usize = #acc;));
    let underflow = fault_underflow(inst);
    code.push(quote! {
        let len = regs.stack.len();
        if len < n_in { #underflow }
        let base = len - n_in;
    });

    let consumed_array_in = layout
        .inputs
        .iter()
        .any(|s| s.item.size.is_some() && !s.passthrough && !s.frame && passes(s));
    let produced_array_out = layout
        .outputs
        .iter()
        .any(|s| s.item.size.is_some() && !s.passthrough && !s.frame);
    if consumed_array_in && produced_array_out {
        return Err(format!(
            "uop `{}` both consumes and produces arrays, which this code generator cannot lay out",
            h.uop
        ));
    }

    // Take consumed scalar inputs and frames; collect region arguments.
    let mut arg_of_input: Vec<Option<TokenStream>> = vec![None; layout.inputs.len()];
    for (i, slot) in layout.inputs.iter().enumerate() {
        let v = &in_vars[i];
        let off = &in_offs[i];
        if slot.frame {
            let Some(local) = frames.pop() else {
                return Err(format!(
                    "uop `{}` in `{inst}` takes the frame `{}`, which no earlier uop of the instruction produces",
                    h.uop, slot.item.name.text
                ));
            };
            code.push(quote! {
                let ::core::option::Option::Some(mut #v) = #local.take() else { #underflow };
            });
            arg_of_input[i] = Some(quote!(#v));
            continue;
        }
        if slot.passthrough || slot.item.size.is_some() {
            if passes(slot) {
                let len = &in_sizes[i];
                regions.push((quote!(#off), quote!(#len), i, slot.item.size.is_some()));
            }
            continue;
        }
        code.push(quote!(let mut #v = ::core::mem::take(&mut regs.stack[base + #off]);));
        if passes(slot) {
            let borrowed = h
                .inputs
                .iter()
                .any(|p| p.dsl_name == slot.item.name.text && p.passing == Passing::Borrowed);
            arg_of_input[i] = Some(if borrowed {
                quote!(&mut #v)
            } else {
                quote!(::core::mem::take(&mut #v))
            });
            if borrowed {
                restore.push(quote!(regs.stack[base + #off] = ::core::mem::take(&mut #v);));
            }
        }
    }
    code.push(quote! {
        if n_out > n_in {
            regs.stack.resize_with(base + n_out, ::core::default::Default::default);
        }
    });
    let mut out_regions = Vec::new();
    for (i, slot) in layout.outputs.iter().enumerate() {
        if slot.item.size.is_some() && !slot.passthrough && !slot.frame {
            let (off, len) = (&out_offs[i], &out_sizes[i]);
            out_regions.push((quote!(#off), quote!(#len), i));
        }
    }
    // Region variables in offset order.
    let mut bounds = Vec::new();
    let mut region_vars = Vec::new();
    let mut input_region_arg: HashMap<usize, TokenStream> = HashMap::new();
    let mut output_region_arg: HashMap<usize, TokenStream> = HashMap::new();
    if out_regions.is_empty() {
        for (off, len, i, array) in &regions {
            let r = format_ident!("region_{}", bounds.len());
            bounds.push(quote!((#off, #len)));
            input_region_arg.insert(
                *i,
                if *array {
                    quote!(#r)
                } else {
                    quote!(&mut #r[0])
                },
            );
            region_vars.push(r);
        }
    } else {
        // Pass-through items keep their offsets, so output order sorts everything.
        let mut items: Vec<(usize, TokenStream, TokenStream, Option<(usize, bool)>)> = Vec::new();
        for (off, len, i) in &out_regions {
            items.push((*i, off.clone(), len.clone(), None));
        }
        for (off, len, i, array) in &regions {
            let slot = &layout.inputs[*i];
            let pos = layout
                .outputs
                .iter()
                .position(|o| {
                    o.passthrough
                        && o.item.name.text == slot.item.name.text
                        && o.offset == slot.offset
                })
                .ok_or_else(|| {
                    format!(
                        "uop `{}`: cannot place input `{}` among its outputs",
                        h.uop, slot.item.name.text
                    )
                })?;
            items.push((pos, off.clone(), len.clone(), Some((*i, *array))));
        }
        items.sort_by_key(|x| x.0);
        for (pos, off, len, input) in items {
            let r = format_ident!("region_{}", bounds.len());
            bounds.push(quote!((#off, #len)));
            match input {
                Some((i, array)) => {
                    input_region_arg.insert(
                        i,
                        if array {
                            quote!(#r)
                        } else {
                            quote!(&mut #r[0])
                        },
                    );
                }
                None => {
                    output_region_arg.insert(pos, quote!(#r));
                }
            }
            region_vars.push(r);
        }
    }
    for (i, slot) in layout.inputs.iter().enumerate() {
        if !passes(slot) && !slot.frame {
            continue;
        }
        if let Some(a) = input_region_arg.get(&i) {
            args.push(a.clone());
        } else if let Some(a) = &arg_of_input[i] {
            args.push(a.clone());
        }
    }
    for (i, slot) in layout.outputs.iter().enumerate() {
        if slot.item.size.is_some() && !slot.passthrough && !slot.frame {
            args.push(output_region_arg.get(&i).cloned().ok_or_else(|| {
                format!(
                    "uop `{}`: output array `{}` has no region",
                    h.uop, slot.item.name.text
                )
            })?);
        }
    }
    let split = if region_vars.is_empty() {
        quote!()
    } else {
        quote! {
            let ::core::option::Option::Some([#(#region_vars),*]) = __support::regions(&mut regs.stack[base..], [#(#bounds),*]) else { #underflow };
        }
    };
    let call = quote! {{
        #split
        <M as Uops>::#method(m, #(#pre,)* #(#args),*)
    }};

    // Writing scalar outputs; frames go to locals.
    let mut commit = vec![quote!(if n_in > n_out {
        regs.stack.truncate(base + n_out);
    })];
    let mut new_frames = 0usize;
    let mut first_produced = None;
    for (i, slot) in layout.outputs.iter().enumerate() {
        if slot.passthrough {
            continue;
        }
        first_produced.get_or_insert(i);
        let v = &out_vars[i];
        let off = &out_offs[i];
        if slot.frame {
            let local = format_ident!("frame_{}", *frame_count);
            *frame_count += 1;
            frames.push(local.clone());
            new_frames += 1;
            commit.push(quote!(#local = ::core::option::Option::Some(#v);));
        } else if slot.item.size.is_none() {
            commit.push(quote!(regs.stack[base + #off] = #v;));
        }
    }
    let keep_len = match first_produced {
        Some(i) => {
            let off = &out_offs[i];
            quote!(base + #off)
        }
        None => quote!(base + n_out),
    };
    let pattern = output_pattern(h, &out_vars, layout)?;
    let outcome = outcomes(
        cx,
        OutcomeCode {
            pattern,
            commit: quote!(#(#commit)*),
            restore: quote!(regs.stack.truncate(base + n_in); #(#restore)*),
            pop_all: quote!(regs.stack.truncate(base);),
            keep: quote!(regs.stack.truncate(base + n_in); #(#restore)*),
            truncate_for_push: quote!(regs.stack.truncate(#keep_len);),
        },
    )?;
    let frame_decls: Vec<TokenStream> = frames
        .iter()
        .skip(frames.len() - new_frames)
        .map(|local| quote!(let mut #local: ::core::option::Option<M::Frame> = ::core::option::Option::None;))
        .collect();
    Ok(quote! {
        #(#frame_decls)*
        {
            #(#cache_reads)*
            #(#code)*
            let result = #call;
            #outcome
        }
    })
}

/// The pattern binding a handler's plain outputs.
fn output_pattern(h: &Handler, out_vars: &[Ident], layout: &Layout) -> Result<TokenStream, String> {
    if h.leaves.is_some() {
        return Ok(quote!(leave_value));
    }
    let vars: Vec<&Ident> = layout
        .outputs
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.passthrough && !(s.item.size.is_some() && !s.frame))
        .map(|(i, _)| &out_vars[i])
        .collect();
    Ok(match vars.len() {
        0 => quote!(()),
        1 => {
            let v = vars[0];
            quote!(#v)
        }
        _ => quote!((#(#vars),*)),
    })
}

struct OutcomeCode {
    /// Binds the plain outputs.
    pattern: TokenStream,
    /// Writes the outputs on normal completion.
    commit: TokenStream,
    /// Puts the stack back as before the uop (deopt, early exit).
    restore: TokenStream,
    /// Pops every input (`ERROR_IF`).
    pop_all: TokenStream,
    /// Keeps the inputs (`ERROR_NO_POP`).
    keep: TokenStream,
    /// Leaves only the pass-through prefix before a frame push.
    truncate_for_push: TokenStream,
}

fn outcomes(cx: &UopCx<'_>, code: OutcomeCode) -> Result<TokenStream, String> {
    let h = cx.handler;
    let inst = cx.inst.name.as_str();
    let OutcomeCode {
        pattern,
        commit,
        restore,
        pop_all,
        keep,
        truncate_for_push,
    } = code;
    let deopt = match cx.head {
        Some(head) => quote! {
            #restore
            opcode = #head;
            continue 'dispatch;
        },
        None => quote! {
            #restore
            break 'inst ::core::result::Result::Err(<M as Runtime>::fault(m, Fault::UnknownOpcode { opcode, ip: this_instr }));
        },
    };
    let error = |e: TokenStream, how: Raises| match how {
        Raises::Popping => quote!({ #pop_all break 'inst ::core::result::Result::Err(#e); }),
        Raises::Keeping => quote!({ #keep break 'inst ::core::result::Result::Err(#e); }),
        _ => quote! {
            match #e {
                Raise::Pop(e) => { #pop_all break 'inst ::core::result::Result::Err(e); }
                Raise::NoPop(e) => { #keep break 'inst ::core::result::Result::Err(e); }
            }
        },
    };
    let unwrap = match (h.raises, h.deopts) {
        (Raises::Never, false) => quote!(let value = result;),
        (Raises::Never, true) => quote! {
            let value = match result {
                ::core::result::Result::Ok(v) => v,
                ::core::result::Result::Err(Deopt) => { #deopt }
            };
        },
        (how, false) => {
            let on_err = error(quote!(e), how);
            quote! {
                let value = match result {
                    ::core::result::Result::Ok(v) => v,
                    ::core::result::Result::Err(e) => #on_err
                };
            }
        }
        (how, true) => {
            let on_err = error(quote!(e), how);
            quote! {
                let value = match result {
                    ::core::result::Result::Ok(v) => v,
                    ::core::result::Result::Err(DeoptOr::Deopt) => { #deopt }
                    ::core::result::Result::Err(DeoptOr::Error(e)) => #on_err
                };
            }
        }
    };
    let flow = if h.jumps {
        quote! {
            let (jump, value) = match value {
                Flow::Next(v) => (::core::option::Option::None, v),
                Flow::Jump(by, v) => (::core::option::Option::Some(by), v),
                Flow::Exit(by) => {
                    #restore
                    regs.ip = regs.ip.wrapping_add_signed(by as isize);
                    break 'inst ::core::result::Result::Ok(());
                }
            };
        }
    } else {
        quote!(let jump: ::core::option::Option<i32> = ::core::option::Option::None;)
    };
    let call = if h.calls {
        quote! {
            let value = match value {
                Call::Done(v) => v,
                Call::Push(frame) => {
                    #truncate_for_push
                    if let ::core::option::Option::Some(by) = jump {
                        regs.ip = regs.ip.wrapping_add_signed(by as isize);
                    }
                    <M as Runtime>::enter_frame(m, frame, regs);
                    break 'inst ::core::result::Result::Ok(());
                }
            };
        }
    } else {
        quote!()
    };
    let finish = match h.leaves {
        Some(how) => {
            let (wrapper, leave) = match how {
                Leaves::Return => (quote!(Return), quote!(Leave::Return)),
                Leaves::Yield => (quote!(Yield), quote!(Leave::Yield)),
            };
            quote! {
                let #wrapper(leave_value) = value;
                #pop_all
                if <M as Runtime>::leave_frame(m, #leave, regs) {
                    regs.stack.push(leave_value);
                    break 'inst ::core::result::Result::Ok(());
                }
                return ::core::result::Result::Ok(leave_value);
            }
        }
        None => quote! {
            let #pattern = value;
            #commit
            if let ::core::option::Option::Some(by) = jump {
                regs.ip = regs.ip.wrapping_add_signed(by as isize);
            }
        },
    };
    let _ = inst;
    Ok(quote! {
        #unwrap
        #flow
        #call
        #finish
    })
}
