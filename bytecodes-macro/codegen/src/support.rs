//! The types every expansion defines: the registers the loop runs on, the
//! outcomes a handler can return, the runtime trait, and the fault reasons.

use proc_macro2::TokenStream;
use quote::quote;

/// The support items, emitted once per expansion.
pub fn emit() -> TokenStream {
    quote! {
        /// The registers of the running frame, held by [`run`] while it executes.
        ///
        /// The implementer's frames keep these while they are not running; the
        /// loop hands them back through [`Runtime::enter_frame`] and [`Runtime::leave_frame`].
        pub struct Regs<M: Runtime + ?Sized> {
            /// The code units being executed.
            pub code: M::Code,
            /// The index of the next code unit to fetch.
            pub ip: usize,
            /// The value stack.
            pub stack: ::std::vec::Vec<M::Value>,
        }

        /// A guard failed (`DEOPT_IF`/`EXIT_IF`): the family head runs instead, on an unchanged stack.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Deopt;

        /// How a uop that has both `ERROR_IF` and `ERROR_NO_POP` raised.
        #[derive(Debug)]
        pub enum Raise<E> {
            /// `ERROR_IF`: the uop's inputs are popped before unwinding.
            Pop(E),
            /// `ERROR_NO_POP`: the uop's inputs stay on the stack for unwinding to pop.
            NoPop(E),
        }

        impl<E> ::core::convert::From<E> for Raise<E> {
            fn from(e: E) -> Self {
                Raise::Pop(e)
            }
        }

        /// The failure of a uop that can both deoptimize and raise.
        #[derive(Debug)]
        pub enum DeoptOr<E> {
            /// A guard failed.
            Deopt,
            /// The uop raised.
            Error(E),
        }

        impl<E> ::core::convert::From<E> for DeoptOr<E> {
            fn from(e: E) -> Self {
                DeoptOr::Error(e)
            }
        }

        /// What a uop that can jump (`JUMPBY`) does next.
        #[derive(Debug)]
        pub enum Flow<O> {
            /// Push the outputs and go on.
            Next(O),
            /// Push the outputs, then move the instruction pointer by this many code units.
            Jump(i32, O),
            /// Move the instruction pointer and leave the instruction at once, with the
            /// uop's inputs left on the stack as they were and no outputs.
            Exit(i32),
        }

        /// What a uop that can push a frame (`SYNC_SP`, or a frame input) does next.
        #[derive(Debug)]
        pub enum Call<O, F> {
            /// It finished in this frame with these outputs.
            Done(O),
            /// Run this frame now; the instruction's outputs arrive when it returns.
            Push(F),
        }

        /// The value a returning uop hands to the caller's frame.
        #[derive(Debug)]
        pub struct Return<V>(pub V);

        /// The value a yielding uop hands to the frame that resumed it.
        #[derive(Debug)]
        pub struct Yield<V>(pub V);

        /// How the running frame is left.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Leave {
            /// By returning.
            Return,
            /// By yielding.
            Yield,
        }

        /// A problem the dispatch loop found itself, handed to [`Runtime::fault`]
        /// to become the implementer's error.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Fault {
            /// An instruction uses a uop that was opted out of.
            Unimplemented {
                /// The uop.
                uop: &'static str,
                /// The instruction being executed.
                instruction: &'static str,
            },
            /// A byte that is no opcode of this instruction set.
            UnknownOpcode {
                /// The byte.
                opcode: u8,
                /// Where it was found.
                ip: usize,
            },
            /// The stack holds fewer items than the instruction needs.
            StackUnderflow {
                /// The instruction.
                instruction: &'static str,
                /// Where it is.
                ip: usize,
            },
            /// An array size computed from the oparg is negative.
            BadOparg {
                /// The instruction.
                instruction: &'static str,
                /// The oparg.
                oparg: u32,
            },
            /// The instruction pointer left the code, or an instruction's caches run past its end.
            CodeOverrun {
                /// The instruction pointer.
                ip: usize,
            },
        }

        impl ::core::fmt::Display for Fault {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    Fault::Unimplemented { uop, instruction } => {
                        write!(f, "uop {uop} is not implemented (needed by {instruction})")
                    }
                    Fault::UnknownOpcode { opcode, ip } => write!(f, "unknown opcode {opcode} at code unit {ip}"),
                    Fault::StackUnderflow { instruction, ip } => {
                        write!(f, "stack underflow in {instruction} at code unit {ip}")
                    }
                    Fault::BadOparg { instruction, oparg } => write!(f, "bad oparg {oparg} for {instruction}"),
                    Fault::CodeOverrun { ip } => write!(f, "the instruction pointer {ip} left the code"),
                }
            }
        }

        /// The implementer's types and the frame and error plumbing the loop needs.
        pub trait Runtime {
            /// A stack value; `Default` is the NULL value that fills empty slots.
            type Value: ::core::default::Default;
            /// What a failed uop carries to unwinding.
            type Error;
            /// An interpreter frame, as produced by the uops that build one.
            type Frame;
            /// Code units, shared with the frames that execute them.
            type Code: ::core::ops::Deref<Target = [::core::cell::Cell<u16>]>;
            /// Makes `frame` the running frame: saves the caller's registers from
            /// `regs` (whose `ip` is already past the calling instruction, which starts
            /// at code unit `at`) and loads the callee's.
            fn enter_frame(&mut self, frame: Self::Frame, at: usize, regs: &mut Regs<Self>);
            /// Leaves the running frame; loads the caller's registers into `regs` and
            /// returns `true`, or returns `false` when it was the frame [`run`] started in.
            fn leave_frame(&mut self, how: Leave, regs: &mut Regs<Self>) -> bool;
            /// Unwinds `error` raised by the instruction at code unit `at`: on `Ok`,
            /// `regs` point at a handler (perhaps in a caller's frame); `Err` leaves [`run`].
            fn unwind(&mut self, error: Self::Error, at: usize, regs: &mut Regs<Self>) -> ::core::result::Result<(), Self::Error>;
            /// Turns a fault of the loop into an error.
            fn fault(&mut self, fault: Fault) -> Self::Error;
        }

        #[doc(hidden)]
        pub mod __support {
            /// Splits `slice` into `N` disjoint regions given as `(start, len)` pairs.
            #[inline(always)]
            pub fn regions<'a, V, const N: usize>(
                slice: &'a mut [V],
                bounds: [(usize, usize); N],
            ) -> ::core::option::Option<[&'a mut [V]; N]> {
                let ranges = bounds.map(|(start, len)| start..start.saturating_add(len));
                slice.get_disjoint_mut(ranges).ok()
            }

            /// Pushes onto the value stack. The stack is allocated to the code's
            /// `co_stacksize` on frame entry, so the write in place is the rule
            /// and growing the exception; `Vec::push` itself is not inlined into
            /// the (large) dispatch loop.
            #[inline(always)]
            pub fn push<V>(stack: &mut ::std::vec::Vec<V>, value: V) {
                let len = stack.len();
                if len < stack.capacity() {
                    // SAFETY: `len < capacity`: the slot at `len` is allocated and
                    // holds no value; writing it and then counting it is what
                    // `Vec::push` does without growing.
                    unsafe {
                        stack.as_mut_ptr().add(len).write(value);
                        stack.set_len(len + 1);
                    }
                } else {
                    stack.push(value);
                }
            }

            /// Grows the value stack to `len` slots of the default (NULL) value.
            #[inline(always)]
            pub fn grow<V: ::core::default::Default>(stack: &mut ::std::vec::Vec<V>, len: usize) {
                while stack.len() < len {
                    push(stack, V::default());
                }
            }

            /// Reads a cache entry of `n` code units (little-endian, as CPython stores them).
            #[inline(always)]
            pub fn read_cache(units: &[::core::cell::Cell<u16>], at: usize, n: usize) -> u64 {
                let mut v = 0u64;
                for i in 0..n {
                    v |= u64::from(units.get(at + i).map_or(0, ::core::cell::Cell::get)) << (16 * i);
                }
                v
            }

            /// Writes a cache entry of `n` code units.
            #[inline(always)]
            pub fn write_cache(units: &[::core::cell::Cell<u16>], at: usize, n: usize, value: u64) {
                for i in 0..n {
                    if let ::core::option::Option::Some(u) = units.get(at + i) {
                        u.set((value >> (16 * i)) as u16);
                    }
                }
            }
        }
    }
}
