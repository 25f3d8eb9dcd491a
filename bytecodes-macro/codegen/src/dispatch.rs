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
                        match <M as Runtime>::unwind(m, e, ip, regs) {
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
                    match <M as Runtime>::unwind(m, e, ip, regs) {
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
                    if let ::core::result::Result::Err(e) = <M as Runtime>::unwind(m, e, this_instr, regs) {
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
    let frame_locals = (0..frame_count).map(|n| {
        let local = format_ident!("frame_{}", n);
        quote!(let mut #local: ::core::option::Option<M::Frame> = ::core::option::Option::None;)
    });
    Ok(quote! {
        #prelude
        #(#frame_locals)*
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

fn is_array(slot: &Slot) -> bool {
    slot.item.size.is_some() && !slot.frame
}

/// Whether the handler receives the item (`unused` items stay out of signatures).
fn is_named(slot: &Slot) -> bool {
    slot.item.name.text != "unused"
}

/// A uop whose items are all plain values, none passed through: it pops its
/// inputs and pushes its outputs.
fn is_simple(layout: &Layout) -> bool {
    layout
        .inputs
        .iter()
        .chain(&layout.outputs)
        .all(|s| !is_array(s) && !s.frame && !s.passthrough)
}

/// Code that hands one uop its items and puts its outcome on the stack.
fn uop_block(
    cx: &UopCx<'_>,
    frames: &mut Vec<Ident>,
    frame_count: &mut usize,
) -> Result<TokenStream, String> {
    let h = cx.handler;
    let method = id(&h.method);
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
    let borrowed = |slot: &Slot| {
        h.inputs
            .iter()
            .any(|p| p.dsl_name == slot.item.name.text && p.passing == Passing::Borrowed)
    };
    let (body, outcome) = if is_simple(&cx.layout) {
        simple_uop(cx, &borrowed)?
    } else {
        window_uop(cx, &borrowed, frames, frame_count)?
    };
    let WindowCall {
        setup,
        args,
        outcome_code,
    } = body;
    let outcome = outcomes(cx, outcome_code.with_pattern(outcome))?;
    let call = quote!(<M as Uops>::#method(m, #(#pre,)* #(#args),*));
    Ok(quote! {{
        #(#cache_reads)*
        #setup
        let result = { #call };
        #outcome
    }})
}

/// What a uop's stack code contributes around the handler call.
struct WindowCall {
    /// Code before the call, ending in the region split.
    setup: TokenStream,
    /// The stack arguments.
    args: Vec<TokenStream>,
    /// The stack code for each outcome.
    outcome_code: OutcomeCode,
}

/// Pops the inputs into locals and pushes the outputs.
fn simple_uop(
    cx: &UopCx<'_>,
    borrowed: &dyn Fn(&Slot) -> bool,
) -> Result<(WindowCall, TokenStream), String> {
    let layout = &cx.layout;
    let n_in = layout.inputs.len();
    let underflow = fault_underflow(&cx.inst.name);
    let vars: Vec<Ident> = (0..n_in).map(|i| format_ident!("in_{}", i)).collect();
    let pops = vars
        .iter()
        .rev()
        .map(|v| quote!(let mut #v = regs.stack.pop().unwrap_or_default();));
    let setup = quote! {
        if regs.stack.len() < #n_in { #underflow }
        #(#pops)*
    };
    let args = layout
        .inputs
        .iter()
        .zip(&vars)
        .filter(|(slot, _)| is_named(slot))
        .map(|(slot, v)| {
            if borrowed(slot) {
                quote!(&mut #v)
            } else {
                quote!(::core::mem::take(&mut #v))
            }
        })
        .collect();
    // Whatever the handler did not take goes back; taken values come back as NULL.
    let restore = quote!(#(__support::push(&mut regs.stack, ::core::mem::take(&mut #vars));)*);
    let outs: Vec<Ident> = (0..layout.outputs.len())
        .map(|i| format_ident!("out_{}", i))
        .collect();
    let pattern = output_pattern(cx.handler, &outs, layout);
    let code = OutcomeCode {
        pattern: quote!(),
        commit: quote!(#(__support::push(&mut regs.stack, #outs);)*),
        restore: restore.clone(),
        pop_inputs: quote!(),
        keep: restore,
        truncate_for_push: quote!(),
    };
    Ok((
        WindowCall {
            setup,
            args,
            outcome_code: code,
        },
        pattern,
    ))
}

/// Works on the uop's window of the stack in place: pass-through items and
/// arrays are handed out as regions of it, other values are moved.
fn window_uop(
    cx: &UopCx<'_>,
    borrowed: &dyn Fn(&Slot) -> bool,
    frames: &mut Vec<Ident>,
    frame_count: &mut usize,
) -> Result<(WindowCall, TokenStream), String> {
    let h = cx.handler;
    let inst = cx.inst.name.as_str();
    let layout = &cx.layout;
    let underflow = fault_underflow(inst);
    let mut code = Vec::new();

    // Sizes and offsets of every slot, and the window's base.
    let mut sizes = |slots: &[Slot], side: &str| -> Result<(Vec<Ident>, Vec<Ident>), String> {
        let mut offs = Vec::new();
        let mut sizes = Vec::new();
        let mut acc = quote!(0usize);
        for (i, slot) in slots.iter().enumerate() {
            let (size, off) = (
                format_ident!("{}_size_{}", side, i),
                format_ident!("{}_off_{}", side, i),
            );
            let v = usize_of(&slot.size, inst)?;
            code.push(quote!(let #size: usize = #v; let #off: usize = #acc;));
            acc = quote!(#off + #size);
            offs.push(off);
            sizes.push(size);
        }
        let total = format_ident!("n_{}", side);
        code.push(quote!(let #total: usize = #acc;));
        Ok((sizes, offs))
    };
    let (in_sizes, in_offs) = sizes(&layout.inputs, "in")?;
    let (out_sizes, out_offs) = sizes(&layout.outputs, "out")?;
    code.push(quote! {
        let len = regs.stack.len();
        if len < n_in { #underflow }
        let base = len - n_in;
    });
    let consumes_array = layout
        .inputs
        .iter()
        .any(|s| is_array(s) && !s.passthrough && is_named(s));
    let produces_array = layout.outputs.iter().any(|s| is_array(s) && !s.passthrough);
    if consumes_array && produces_array {
        return Err(format!(
            "uop `{}` both consumes and produces arrays, which the dispatch loop cannot lay out",
            h.uop
        ));
    }

    // Inputs: frames from locals, scalars moved out of their slots, the rest in place.
    let mut input_args: Vec<Option<TokenStream>> = vec![None; layout.inputs.len()];
    let mut restore = Vec::new();
    // (sort key, offset, len, which argument)
    let mut regions: Vec<(usize, TokenStream, TokenStream, RegionArg)> = Vec::new();
    for (i, slot) in layout.inputs.iter().enumerate() {
        let v = format_ident!("in_{}", i);
        let (off, size) = (&in_offs[i], &in_sizes[i]);
        if slot.frame {
            let Some(local) = frames.pop() else {
                return Err(format!(
                    "uop `{}` in `{inst}` takes the frame `{}`, which no earlier uop of the instruction produces",
                    h.uop, slot.item.name.text
                ));
            };
            code.push(
                quote!(let ::core::option::Option::Some(#v) = #local.take() else { #underflow };),
            );
            input_args[i] = Some(quote!(#v));
        } else if slot.passthrough || is_array(slot) {
            if is_named(slot) {
                let key = if produces_array {
                    output_position(layout, slot, h)?
                } else {
                    i
                };
                regions.push((
                    key,
                    quote!(#off),
                    quote!(#size),
                    RegionArg::Input(i, is_array(slot)),
                ));
            }
        } else {
            code.push(quote!(let mut #v = ::core::mem::take(&mut regs.stack[base + #off]);));
            restore.push(quote!(regs.stack[base + #off] = ::core::mem::take(&mut #v);));
            if is_named(slot) {
                input_args[i] = Some(if borrowed(slot) {
                    quote!(&mut #v)
                } else {
                    quote!(::core::mem::take(&mut #v))
                });
            }
        }
    }
    code.push(quote! {
        if n_out > n_in {
            __support::grow(&mut regs.stack, base + n_out);
        }
    });
    for (i, slot) in layout.outputs.iter().enumerate() {
        if is_array(slot) && !slot.passthrough {
            let (off, size) = (&out_offs[i], &out_sizes[i]);
            regions.push((i, quote!(#off), quote!(#size), RegionArg::Output(i)));
        }
    }
    regions.sort_by_key(|r| r.0);
    let mut output_args: Vec<Option<TokenStream>> = vec![None; layout.outputs.len()];
    let mut vars = Vec::new();
    let mut bounds = Vec::new();
    for (n, (_, off, size, which)) in regions.into_iter().enumerate() {
        let r = format_ident!("region_{}", n);
        bounds.push(quote!((#off, #size)));
        match which {
            RegionArg::Input(i, true) => input_args[i] = Some(quote!(#r)),
            RegionArg::Input(i, false) => input_args[i] = Some(quote!(&mut #r[0])),
            RegionArg::Output(i) => output_args[i] = Some(quote!(#r)),
        }
        vars.push(r);
    }
    if !vars.is_empty() {
        code.push(quote! {
            let ::core::option::Option::Some([#(#vars),*]) = __support::regions(&mut regs.stack[base..], [#(#bounds),*]) else { #underflow };
        });
    }
    let args: Vec<TokenStream> = input_args
        .into_iter()
        .chain(output_args)
        .flatten()
        .collect();

    // Outputs: scalars written to their slots, frames kept in locals.
    let outs: Vec<Ident> = (0..layout.outputs.len())
        .map(|i| format_ident!("out_{}", i))
        .collect();
    let mut commit = vec![quote!(if n_in > n_out {
        regs.stack.truncate(base + n_out);
    })];
    let mut first_produced = None;
    for (i, slot) in layout.outputs.iter().enumerate() {
        if slot.passthrough {
            continue;
        }
        first_produced.get_or_insert(i);
        let (v, off) = (&outs[i], &out_offs[i]);
        if slot.frame {
            let local = format_ident!("frame_{}", *frame_count);
            *frame_count += 1;
            frames.push(local.clone());
            commit.push(quote!(#local = ::core::option::Option::Some(#v);));
        } else if !is_array(slot) {
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
    let pattern = output_pattern(h, &outs, layout);
    let restore = quote!(regs.stack.truncate(base + n_in); #(#restore)*);
    let outcome_code = OutcomeCode {
        pattern: quote!(),
        commit: quote!(#(#commit)*),
        restore: restore.clone(),
        // As in CPython, an error pops the uop's inputs but not the pass-through
        // items below them (WITH_EXCEPT_START keeps its whole window).
        pop_inputs: quote!(regs.stack.truncate(#keep_len);),
        keep: restore,
        truncate_for_push: quote!(regs.stack.truncate(#keep_len);),
    };
    Ok((
        WindowCall {
            setup: quote!(#(#code)*),
            args,
            outcome_code,
        },
        pattern,
    ))
}

/// Which handler argument a region of the window becomes.
enum RegionArg {
    /// Input `i`; `true` for an array, `false` for one pass-through value.
    Input(usize, bool),
    /// Output array `i`.
    Output(usize),
}

/// The output index at which a pass-through input sits, to sort regions by.
fn output_position(layout: &Layout, slot: &Slot, h: &Handler) -> Result<usize, String> {
    layout
        .outputs
        .iter()
        .position(|o| {
            o.passthrough && o.item.name.text == slot.item.name.text && o.offset == slot.offset
        })
        .ok_or_else(|| {
            format!(
                "uop `{}`: cannot place input `{}` among its outputs",
                h.uop, slot.item.name.text
            )
        })
}

/// The pattern binding a handler's plain outputs.
fn output_pattern(h: &Handler, out_vars: &[Ident], layout: &Layout) -> TokenStream {
    if h.leaves.is_some() {
        return quote!(leave_value);
    }
    let vars: Vec<&Ident> = layout
        .outputs
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.passthrough && !is_array(s))
        .map(|(i, _)| &out_vars[i])
        .collect();
    match vars.len() {
        0 => quote!(()),
        1 => {
            let v = vars[0];
            quote!(#v)
        }
        _ => quote!((#(#vars),*)),
    }
}

/// The stack code of each way a uop can end.
struct OutcomeCode {
    /// Binds the plain outputs.
    pattern: TokenStream,
    /// Writes the outputs on normal completion.
    commit: TokenStream,
    /// Puts the stack back as before the uop (deopt, early exit).
    restore: TokenStream,
    /// Pops every input that is not a pass-through item (`ERROR_IF`).
    pop_inputs: TokenStream,
    /// Keeps the inputs (`ERROR_NO_POP`).
    keep: TokenStream,
    /// Leaves only the pass-through prefix before a frame push.
    truncate_for_push: TokenStream,
}

impl OutcomeCode {
    fn with_pattern(self, pattern: TokenStream) -> Self {
        OutcomeCode { pattern, ..self }
    }
}

fn outcomes(cx: &UopCx<'_>, code: OutcomeCode) -> Result<TokenStream, String> {
    let h = cx.handler;
    let inst = cx.inst.name.as_str();
    let OutcomeCode {
        pattern,
        commit,
        restore,
        pop_inputs,
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
        Raises::Popping => quote!({ #pop_inputs break 'inst ::core::result::Result::Err(#e); }),
        Raises::Keeping => quote!({ #keep break 'inst ::core::result::Result::Err(#e); }),
        _ => quote! {
            match #e {
                Raise::Pop(e) => { #pop_inputs break 'inst ::core::result::Result::Err(e); }
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
                    <M as Runtime>::enter_frame(m, frame, this_instr, regs);
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
                #pop_inputs
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
