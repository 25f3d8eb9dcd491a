// CPython 3.14's instruction set, in CPython's instruction definition DSL.
//
// The declarations (names, order, annotations, stack and cache effects, macro
// compositions, families, pseudo-ops and labels) are CPython 3.14's, so that the
// opcode numbers and metadata derived from this file are CPython's exactly.
// The bodies are our own short reference sketches of what each instruction does.
// They use the DSL's property-bearing names (DEOPT_IF, EXIT_IF, ERROR_IF,
// ERROR_NO_POP, JUMPBY, GETLOCAL, FRAME_CO_CONSTS, FRAME_CO_NAMES, this_instr,
// oparg, ...) exactly where CPython's instruction has that property; helper
// functions named in the sketches are descriptive, not CPython's API.
//
// Only the text between the BEGIN and END markers is read.

// BEGIN BYTECODES //

        pure inst(NOP, (--)) {
            /* No effect at all: execution simply falls through to next_instr.
               Also used (via NOT_TAKEN) as a branch-monitoring marker. */
            (void)stack_pointer;
        }

        family(RESUME, 0) = {
            RESUME_CHECK,
        };

        macro(NOT_TAKEN) = NOP;

        op(_CHECK_PERIODIC, (--)) {
            /* Periodic check done at loop back-edges and function entry:
               signals, pending calls, GC requests, GIL drop requests, async exceptions. */
            uintptr_t breaker = _Py_atomic_load_uintptr_relaxed(&tstate->eval_breaker);
            if (breaker & _PY_EVAL_EVENTS_MASK) {
                int err = _Py_HandlePending(tstate);
                ERROR_IF(err != 0);
            }
        }

        op(_CHECK_PERIODIC_IF_NOT_YIELD_FROM, (--)) {
            /* Same periodic check, but skipped when resuming inside a yield-from/await
               loop, so a pending exception cannot land between SEND and YIELD_VALUE. */
            int where = oparg & RESUME_OPARG_LOCATION_MASK;
            if (where < RESUME_AFTER_YIELD_FROM) {
                uintptr_t breaker = _Py_atomic_load_uintptr_relaxed(&tstate->eval_breaker);
                if (breaker & _PY_EVAL_EVENTS_MASK) {
                    int err = _Py_HandlePending(tstate);
                    ERROR_IF(err != 0);
                }
            }
        }

        op(_QUICKEN_RESUME, (--)) {
            /* Once the code is known to be up to date with instrumentation,
               rewrite the generic RESUME into the cheap RESUME_CHECK form. */
            if (tstate->tracing == 0 && this_instr->op.code == RESUME) {
                rewrite_instruction_in_place(this_instr, RESUME_CHECK);
            }
        }

        tier1 op(_MAYBE_INSTRUMENT, (--)) {
            /* If the global instrumentation version moved on since this code object
               was last instrumented, re-instrument it and re-run this instruction. */
            if (tstate->tracing == 0) {
                uintptr_t global_version = interp_instrumentation_version(tstate->interp);
                uintptr_t code_version = code_instrumentation_version(_PyFrame_GetCode(frame));
                if (code_version != global_version) {
                    int err = _Py_Instrument(_PyFrame_GetCode(frame), tstate->interp);
                    if (err) {
                        ERROR_NO_POP();
                    }
                    next_instr = this_instr;
                    DISPATCH();
                }
            }
        }

        op(_LOAD_BYTECODE, (--)) {
            /* Free-threaded build only: each thread executes its own copy of the
               bytecode. If the frame still points into another copy, switch over. */
            _Py_CODEUNIT *mine = thread_local_bytecode_for(tstate, _PyFrame_GetCode(frame));
            if (mine != frame_bytecode(frame)) {
                ERROR_IF(mine == NULL);
                ptrdiff_t offset = this_instr - frame_bytecode(frame);
                set_frame_bytecode(frame, mine);
                frame->instr_ptr = mine + offset;
                /* restart this instruction at the same offset in the new copy */
                next_instr = frame->instr_ptr;
                DISPATCH();
            }
        }

        macro(RESUME) = _LOAD_BYTECODE + _MAYBE_INSTRUMENT + _QUICKEN_RESUME + _CHECK_PERIODIC_IF_NOT_YIELD_FROM;

        inst(RESUME_CHECK, (--)) {
            /* Specialized RESUME: bail back to the generic form if anything needs
               attention (eval breaker) or instrumentation changed since quickening. */
            uintptr_t breaker = _Py_atomic_load_uintptr_relaxed(&tstate->eval_breaker);
            uintptr_t version = code_instrumentation_version(_PyFrame_GetCode(frame));
            /* the breaker word carries the instrumentation version in its upper
               bits and pending-event flags in its low bits, so equality means
               "nothing pending and instrumentation unchanged" */
            DEOPT_IF(breaker != version);
            /* free-threaded build: also require the thread's own bytecode copy */
            DEOPT_IF(!frame_uses_thread_local_bytecode(frame));
        }

        op(_MONITOR_RESUME, (--)) {
            /* Fire PY_START on function entry (oparg location 0) or PY_RESUME
               when a generator/coroutine is resumed. */
            int event = (oparg & RESUME_OPARG_LOCATION_MASK) == RESUME_AT_FUNC_START
                ? PY_MONITORING_EVENT_PY_START : PY_MONITORING_EVENT_PY_RESUME;
            int err = monitor_simple_event(tstate, event, frame, this_instr);
            ERROR_IF(err);
            if (frame->instr_ptr != this_instr) {
                /* a callback (e.g. a debugger) changed where to continue */
                next_instr = frame->instr_ptr;
            }
        }

        macro(INSTRUMENTED_RESUME) = _LOAD_BYTECODE + _MAYBE_INSTRUMENT + _CHECK_PERIODIC_IF_NOT_YIELD_FROM + _MONITOR_RESUME;

        pseudo(LOAD_CLOSURE, (-- unused)) = {
            LOAD_FAST,
        };

        inst(LOAD_FAST_CHECK, (-- value)) {
            /* Like LOAD_FAST, but the local may be unbound. */
            _PyStackRef slot = GETLOCAL(oparg);
            if (PyStackRef_IsNull(slot)) {
                /* UnboundLocalError naming co_localsplusnames[oparg] */
                format_unbound_local_error(tstate, frame, oparg);
                ERROR_IF(true);
            }
            value = PyStackRef_DUP(slot);
        }

        replicate(8) pure inst(LOAD_FAST, (-- value)) {
            /* Push a new strong reference to local variable number oparg;
               the compiler guarantees it is bound. */
            assert(!PyStackRef_IsNull(GETLOCAL(oparg)));
            value = PyStackRef_DUP(GETLOCAL(oparg));
        }

        replicate(8) pure inst(LOAD_FAST_BORROW, (-- value)) {
            /* Push a borrowed (non-owning) reference to local oparg; only emitted
               where the compiler proved the local outlives the stack entry. */
            assert(!PyStackRef_IsNull(GETLOCAL(oparg)));
            value = PyStackRef_Borrow(GETLOCAL(oparg));
        }

        inst(LOAD_FAST_AND_CLEAR, (-- value)) {
            /* Move local oparg onto the stack (may be NULL) and leave the slot
               empty; used to save/restore names shadowed by inlined comprehensions. */
            value = GETLOCAL(oparg);
            GETLOCAL(oparg) = PyStackRef_NULL;
        }

        inst(LOAD_FAST_LOAD_FAST, (-- value1, value2)) {
            /* Two LOAD_FASTs in one: high nibble names the first local, low nibble the second. */
            int first = oparg >> 4;
            int second = oparg & 15;
            value1 = PyStackRef_DUP(GETLOCAL(first));
            value2 = PyStackRef_DUP(GETLOCAL(second));
        }

        inst(LOAD_FAST_BORROW_LOAD_FAST_BORROW, (-- value1, value2)) {
            /* Two LOAD_FAST_BORROWs in one: locals oparg>>4 and oparg&15, pushed as borrowed refs. */
            int first = oparg >> 4;
            int second = oparg & 15;
            value1 = PyStackRef_Borrow(GETLOCAL(first));
            value2 = PyStackRef_Borrow(GETLOCAL(second));
        }

        family(LOAD_CONST, 0) = {
            LOAD_CONST_MORTAL,
            LOAD_CONST_IMMORTAL,
        };

        inst(LOAD_CONST, (-- value)) {
            /* Push co_consts[oparg]; on first run, specialize according to whether
               the constant is immortal (no refcounting needed) or not. */
            PyObject *constant = PyTuple_GET_ITEM(FRAME_CO_CONSTS, oparg);
            value = PyStackRef_FromPyObjectNew(constant);
            if (specialization_enabled()) {
                int target = _Py_IsImmortal(constant) ? LOAD_CONST_IMMORTAL : LOAD_CONST_MORTAL;
                rewrite_instruction_in_place(this_instr, target);
            }
        }

        inst(LOAD_CONST_MORTAL, (-- value)) {
            /* Push co_consts[oparg] as a new strong reference. */
            PyObject *constant = PyTuple_GET_ITEM(FRAME_CO_CONSTS, oparg);
            value = PyStackRef_FromPyObjectNew(constant);
        }

        inst(LOAD_CONST_IMMORTAL, (-- value)) {
            /* Push co_consts[oparg]; it is immortal, so no incref is needed. */
            PyObject *constant = PyTuple_GET_ITEM(FRAME_CO_CONSTS, oparg);
            assert(_Py_IsImmortal(constant));
            value = PyStackRef_FromPyObjectImmortal(constant);
        }

        replicate(4) inst(LOAD_SMALL_INT, (-- value)) {
            /* Push the cached small int whose value is oparg (0..255), which is immortal. */
            assert(oparg < _PY_NSMALLPOSINTS);
            PyObject *small = small_int_cache_lookup(oparg);
            value = PyStackRef_FromPyObjectImmortal(small);
        }

        replicate(8) inst(STORE_FAST, (value --)) {
            /* Pop TOS into local oparg, then drop whatever the slot held before. */
            _PyStackRef previous = GETLOCAL(oparg);
            GETLOCAL(oparg) = value;
            DEAD(value);
            PyStackRef_XCLOSE(previous);
        }

        pseudo(STORE_FAST_MAYBE_NULL, (unused --)) = {
            STORE_FAST,
        };

        inst(STORE_FAST_LOAD_FAST, (value1 -- value2)) {
            /* STORE_FAST to local oparg>>4, then LOAD_FAST of local oparg&15. */
            int store_to = oparg >> 4;
            int load_from = oparg & 15;
            _PyStackRef previous = GETLOCAL(store_to);
            GETLOCAL(store_to) = value1;
            DEAD(value1);
            value2 = PyStackRef_DUP(GETLOCAL(load_from));
            PyStackRef_XCLOSE(previous);
        }

        inst(STORE_FAST_STORE_FAST, (value2, value1 --)) {
            /* Two STORE_FASTs: TOS (value1) goes to local oparg>>4,
               the item below it (value2) to local oparg&15. */
            int first = oparg >> 4;
            int second = oparg & 15;
            _PyStackRef old1 = GETLOCAL(first);
            GETLOCAL(first) = value1;
            DEAD(value1);
            PyStackRef_XCLOSE(old1);
            _PyStackRef old2 = GETLOCAL(second);
            GETLOCAL(second) = value2;
            DEAD(value2);
            PyStackRef_XCLOSE(old2);
        }

        pure inst(POP_TOP, (value --)) {
            /* Discard TOS. */
            PyStackRef_CLOSE(value);
        }

        pure inst(PUSH_NULL, (-- res)) {
            /* Push a NULL marker (e.g. the empty self/callable slot before a call). */
            res = PyStackRef_NULL;
        }

        no_save_ip inst(END_FOR, (value --)) {
            /* End of a for loop: pop and discard TOS. FOR_ITER normally jumps past
               this on exhaustion, so it is mostly reached via instrumentation. */
            PyStackRef_CLOSE(value);
        }

        macro(POP_ITER) = POP_TOP;

        no_save_ip tier1 inst(INSTRUMENTED_END_FOR, (receiver, value -- receiver)) {
            /* Instrumented END_FOR: when iterating a generator, report the implicit
               StopIteration (PEP 380) to monitoring before discarding value. */
            if (PyGen_Check(PyStackRef_AsPyObjectBorrow(receiver))) {
                int err = monitor_stop_iteration(tstate, frame, this_instr, value);
                if (err) {
                    ERROR_NO_POP();
                }
            }
            PyStackRef_CLOSE(value);
        }

        tier1 inst(INSTRUMENTED_POP_ITER, (iter --)) {
            /* Instrumented POP_ITER: the loop exited, so report a BRANCH_RIGHT event
               from the FOR_ITER (prev_instr) to here, then drop the iterator. */
            monitor_branch_event(tstate, frame, prev_instr, this_instr + 1, PY_MONITORING_EVENT_BRANCH_RIGHT);
            PyStackRef_CLOSE(iter);
        }

        pure inst(END_SEND, (receiver, value -- val)) {
            /* End of a send/yield-from loop: drop the sub-iterator, keep the value. */
            val = value;
            DEAD(value);
            PyStackRef_CLOSE(receiver);
        }

        tier1 inst(INSTRUMENTED_END_SEND, (receiver, value -- val)) {
            /* Instrumented END_SEND: if the receiver is a generator or coroutine,
               report its implicit StopIteration first. */
            PyObject *recv = PyStackRef_AsPyObjectBorrow(receiver);
            if (PyGen_Check(recv) || PyCoro_CheckExact(recv)) {
                int err = monitor_stop_iteration(tstate, frame, this_instr, value);
                if (err) {
                    ERROR_NO_POP();
                }
            }
            val = value;
            DEAD(value);
            PyStackRef_CLOSE(receiver);
        }

        inst(UNARY_NEGATIVE, (value -- res)) {
            /* res = -value */
            PyObject *res_o = PyNumber_Negative(PyStackRef_AsPyObjectBorrow(value));
            PyStackRef_CLOSE(value);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        pure inst(UNARY_NOT, (value -- res)) {
            /* Operand is always an exact bool here (compiler puts TO_BOOL before). */
            assert(PyStackRef_BoolCheck(value));
            res = PyStackRef_IsFalse(value) ? PyStackRef_True : PyStackRef_False;
            DEAD(value);
        }

        family(TO_BOOL, INLINE_CACHE_ENTRIES_TO_BOOL) = {
            TO_BOOL_ALWAYS_TRUE,
            TO_BOOL_BOOL,
            TO_BOOL_INT,
            TO_BOOL_LIST,
            TO_BOOL_NONE,
            TO_BOOL_STR,
        };

        specializing op(_SPECIALIZE_TO_BOOL, (counter/1, value -- value)) {
            /* Adaptive counter: when it fires, specialize TO_BOOL for the type of
               value and re-execute; otherwise count down. */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                _Py_Specialize_ToBool(value, next_instr);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        op(_TO_BOOL, (value -- res)) {
            /* Generic truth test: res = bool(value) */
            int truth = PyObject_IsTrue(PyStackRef_AsPyObjectBorrow(value));
            PyStackRef_CLOSE(value);
            ERROR_IF(truth < 0);
            res = truth ? PyStackRef_True : PyStackRef_False;
        }

        macro(TO_BOOL) = _SPECIALIZE_TO_BOOL + unused/2 + _TO_BOOL;

        inst(TO_BOOL_BOOL, (unused/1, unused/2, value -- value)) {
            /* Already a bool: leave it as it is. */
            EXIT_IF(!PyStackRef_BoolCheck(value));
            STAT_INC(TO_BOOL, hit);
        }

        inst(TO_BOOL_INT, (unused/1, unused/2, value -- res)) {
            /* Exact int: false iff zero. */
            PyObject *value_o = PyStackRef_AsPyObjectBorrow(value);
            EXIT_IF(!PyLong_CheckExact(value_o));
            if (_PyLong_IsZero((PyLongObject *)value_o)) {
                /* zero is an immortal small int: nothing to release */
                DEAD(value);
                res = PyStackRef_False;
            }
            else {
                PyStackRef_CLOSE(value);
                res = PyStackRef_True;
            }
        }

        op(_GUARD_NOS_LIST, (nos, unused -- nos, unused)) {
            /* Second-from-top must be an exact list. */
            EXIT_IF(!PyList_CheckExact(PyStackRef_AsPyObjectBorrow(nos)));
        }

        op(_GUARD_TOS_LIST, (tos -- tos)) {
            /* Top of stack must be an exact list. */
            EXIT_IF(!PyList_CheckExact(PyStackRef_AsPyObjectBorrow(tos)));
        }

        op(_GUARD_TOS_SLICE, (tos -- tos)) {
            /* Top of stack must be a slice object. */
            EXIT_IF(!PySlice_Check(PyStackRef_AsPyObjectBorrow(tos)));
        }

        macro(TO_BOOL_LIST) = _GUARD_TOS_LIST + unused/1 + unused/2 + _TO_BOOL_LIST;

        op(_TO_BOOL_LIST, (value -- res)) {
            /* A list is true iff it is non-empty. */
            Py_ssize_t length = PyList_GET_SIZE(PyStackRef_AsPyObjectBorrow(value));
            res = length ? PyStackRef_True : PyStackRef_False;
            PyStackRef_CLOSE(value);
        }

        inst(TO_BOOL_NONE, (unused/1, unused/2, value -- res)) {
            /* None is always false. */
            EXIT_IF(!PyStackRef_IsNone(value));
            DEAD(value);
            res = PyStackRef_False;
        }

        op(_GUARD_NOS_UNICODE, (nos, unused -- nos, unused)) {
            /* Second-from-top must be an exact str. */
            EXIT_IF(!PyUnicode_CheckExact(PyStackRef_AsPyObjectBorrow(nos)));
        }

        op(_GUARD_TOS_UNICODE, (value -- value)) {
            /* Top of stack must be an exact str. */
            EXIT_IF(!PyUnicode_CheckExact(PyStackRef_AsPyObjectBorrow(value)));
        }

        op(_TO_BOOL_STR, (value -- res)) {
            /* A str is false iff it is the (immortal) empty string. */
            if (PyStackRef_Is(value, empty_string_ref())) {
                DEAD(value);
                res = PyStackRef_False;
            }
            else {
                PyStackRef_CLOSE(value);
                res = PyStackRef_True;
            }
        }

        macro(TO_BOOL_STR) = _GUARD_TOS_UNICODE + unused/1 + unused/2 + _TO_BOOL_STR;

        op(_REPLACE_WITH_TRUE, (value -- res)) {
            /* Type was checked to have no __bool__/__len__, so the object is truthy. */
            PyStackRef_CLOSE(value);
            res = PyStackRef_True;
        }

        macro(TO_BOOL_ALWAYS_TRUE) = unused/1 + _GUARD_TYPE_VERSION + _REPLACE_WITH_TRUE;

        inst(UNARY_INVERT, (value -- res)) {
            /* res = ~value */
            PyObject *res_o = PyNumber_Invert(PyStackRef_AsPyObjectBorrow(value));
            PyStackRef_CLOSE(value);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        family(BINARY_OP, INLINE_CACHE_ENTRIES_BINARY_OP) = {
            BINARY_OP_MULTIPLY_INT,
            BINARY_OP_ADD_INT,
            BINARY_OP_SUBTRACT_INT,
            BINARY_OP_MULTIPLY_FLOAT,
            BINARY_OP_ADD_FLOAT,
            BINARY_OP_SUBTRACT_FLOAT,
            BINARY_OP_ADD_UNICODE,
            BINARY_OP_SUBSCR_LIST_INT,
            BINARY_OP_SUBSCR_LIST_SLICE,
            BINARY_OP_SUBSCR_TUPLE_INT,
            BINARY_OP_SUBSCR_STR_INT,
            BINARY_OP_SUBSCR_DICT,
            BINARY_OP_SUBSCR_GETITEM,
            BINARY_OP_EXTEND,
        };

        op(_GUARD_NOS_INT, (left, unused -- left, unused)) {
            /* Second-from-top must be an exact, compact (single digit) int. */
            EXIT_IF(!is_exact_compact_int(PyStackRef_AsPyObjectBorrow(left)));
        }

        op(_GUARD_TOS_INT, (value -- value)) {
            /* Top of stack must be an exact, compact (single digit) int. */
            EXIT_IF(!is_exact_compact_int(PyStackRef_AsPyObjectBorrow(value)));
        }

        pure op(_BINARY_OP_MULTIPLY_INT, (left, right -- res)) {
            /* int * int */
            PyObject *res_o = _PyLong_Multiply(int_of(left), int_of(right));
            release_int(right);
            release_int(left);
            INPUTS_DEAD();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        pure op(_BINARY_OP_ADD_INT, (left, right -- res)) {
            /* int + int */
            PyObject *res_o = _PyLong_Add(int_of(left), int_of(right));
            release_int(right);
            release_int(left);
            INPUTS_DEAD();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        pure op(_BINARY_OP_SUBTRACT_INT, (left, right -- res)) {
            /* int - int */
            PyObject *res_o = _PyLong_Subtract(int_of(left), int_of(right));
            release_int(right);
            release_int(left);
            INPUTS_DEAD();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(BINARY_OP_MULTIPLY_INT) = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_MULTIPLY_INT;

        macro(BINARY_OP_ADD_INT) = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_ADD_INT;

        macro(BINARY_OP_SUBTRACT_INT) = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_SUBTRACT_INT;

        op(_GUARD_NOS_FLOAT, (left, unused -- left, unused)) {
            /* Second-from-top must be an exact float. */
            EXIT_IF(!PyFloat_CheckExact(PyStackRef_AsPyObjectBorrow(left)));
        }

        op(_GUARD_TOS_FLOAT, (value -- value)) {
            /* Top of stack must be an exact float. */
            EXIT_IF(!PyFloat_CheckExact(PyStackRef_AsPyObjectBorrow(value)));
        }

        pure op(_BINARY_OP_MULTIPLY_FLOAT, (left, right -- res)) {
            /* float * float; may reuse an input object whose refcount drops to zero */
            double product = float_value(left) * float_value(right);
            res = float_result_consuming_inputs(left, right, product);
            INPUTS_DEAD();
            ERROR_IF(PyStackRef_IsNull(res));
        }

        pure op(_BINARY_OP_ADD_FLOAT, (left, right -- res)) {
            /* float + float */
            double sum = float_value(left) + float_value(right);
            res = float_result_consuming_inputs(left, right, sum);
            INPUTS_DEAD();
            ERROR_IF(PyStackRef_IsNull(res));
        }

        pure op(_BINARY_OP_SUBTRACT_FLOAT, (left, right -- res)) {
            /* float - float */
            double difference = float_value(left) - float_value(right);
            res = float_result_consuming_inputs(left, right, difference);
            INPUTS_DEAD();
            ERROR_IF(PyStackRef_IsNull(res));
        }

        macro(BINARY_OP_MULTIPLY_FLOAT) = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_MULTIPLY_FLOAT;

        macro(BINARY_OP_ADD_FLOAT) = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_ADD_FLOAT;

        macro(BINARY_OP_SUBTRACT_FLOAT) = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/5 + _BINARY_OP_SUBTRACT_FLOAT;

        pure op(_BINARY_OP_ADD_UNICODE, (left, right -- res)) {
            /* str + str */
            PyObject *res_o = PyUnicode_Concat(PyStackRef_AsPyObjectBorrow(left),
                                               PyStackRef_AsPyObjectBorrow(right));
            release_str(left);
            release_str(right);
            INPUTS_DEAD();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(BINARY_OP_ADD_UNICODE) = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_ADD_UNICODE;

        op(_BINARY_OP_INPLACE_ADD_UNICODE, (left, right --)) {
            /* "s += t" where the very next instruction is STORE_FAST back into the
               local that holds left: append in place when possible. */
            int local_index = operand_of_next_store_fast(next_instr);
            _PyStackRef *target = &GETLOCAL(local_index);
            PyObject *left_o = PyStackRef_AsPyObjectBorrow(left);
            DEOPT_IF(PyStackRef_AsPyObjectBorrow(*target) != left_o);
            /* Drop the local's reference so left may be uniquely owned and
               can be resized in place by PyUnicode_Append. */
            release_str(*target);
            PyObject *joined = PyStackRef_AsPyObjectSteal(left);
            DEAD(left);
            PyUnicode_Append(&joined, PyStackRef_AsPyObjectBorrow(right));
            *target = joined == NULL ? PyStackRef_NULL : PyStackRef_FromPyObjectSteal(joined);
            release_str(right);
            DEAD(right);
            ERROR_IF(PyStackRef_IsNull(*target));
            /* the STORE_FAST has effectively been done: skip it */
            SKIP_OVER(1);
        }

        op(_GUARD_BINARY_OP_EXTEND, (descr/4, left, right -- left, right)) {
            /* descr is a specialization descriptor chosen at specialization time;
               its guard function decides whether these operand types still match. */
            _PyBinaryOpSpecializationDescr *d = (_PyBinaryOpSpecializationDescr *)descr;
            int ok = d->guard(PyStackRef_AsPyObjectBorrow(left), PyStackRef_AsPyObjectBorrow(right));
            DEOPT_IF(!ok);
        }

        pure op(_BINARY_OP_EXTEND, (descr/4, left, right -- res)) {
            /* Run the descriptor's action (e.g. int/float mixed arithmetic). */
            _PyBinaryOpSpecializationDescr *d = (_PyBinaryOpSpecializationDescr *)descr;
            PyObject *res_o = d->action(PyStackRef_AsPyObjectBorrow(left), PyStackRef_AsPyObjectBorrow(right));
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(BINARY_OP_EXTEND) = unused/1 + _GUARD_BINARY_OP_EXTEND + rewind/-4 + _BINARY_OP_EXTEND;

        macro(BINARY_OP_INPLACE_ADD_UNICODE) = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_INPLACE_ADD_UNICODE;

        specializing op(_SPECIALIZE_BINARY_SLICE, (container, start, stop -- container, start, stop)) {
            /* No specialized forms exist yet; only record the execution for stats. */
            OPCODE_DEFERRED_INC(BINARY_SLICE);
            (void)container;
        }

        op(_BINARY_SLICE, (container, start, stop -- res)) {
            /* res = container[start:stop] */
            PyObject *slice = build_slice_consuming(start, stop);
            DEAD(start);
            DEAD(stop);
            PyObject *res_o = NULL;
            if (slice != NULL) {
                res_o = PyObject_GetItem(PyStackRef_AsPyObjectBorrow(container), slice);
                Py_DECREF(slice);
            }
            PyStackRef_CLOSE(container);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(BINARY_SLICE) = _SPECIALIZE_BINARY_SLICE + _BINARY_SLICE;

        specializing op(_SPECIALIZE_STORE_SLICE, (v, container, start, stop -- v, container, start, stop)) {
            /* No specialized forms exist yet; only record the execution for stats. */
            OPCODE_DEFERRED_INC(STORE_SLICE);
            (void)container;
        }

        op(_STORE_SLICE, (v, container, start, stop --)) {
            /* container[start:stop] = v */
            PyObject *slice = build_slice_consuming(start, stop);
            DEAD(start);
            DEAD(stop);
            int err = -1;
            if (slice != NULL) {
                err = PyObject_SetItem(PyStackRef_AsPyObjectBorrow(container), slice,
                                       PyStackRef_AsPyObjectBorrow(v));
                Py_DECREF(slice);
            }
            PyStackRef_CLOSE(v);
            PyStackRef_CLOSE(container);
            ERROR_IF(err);
        }

        macro(STORE_SLICE) = _SPECIALIZE_STORE_SLICE + _STORE_SLICE;

        macro(BINARY_OP_SUBSCR_LIST_INT) = _GUARD_TOS_INT + _GUARD_NOS_LIST + unused/5 + _BINARY_OP_SUBSCR_LIST_INT;

        op(_BINARY_OP_SUBSCR_LIST_INT, (list_st, sub_st -- res)) {
            /* list[i] for a non-negative compact int index within bounds. */
            PyObject *sub = PyStackRef_AsPyObjectBorrow(sub_st);
            PyObject *list = PyStackRef_AsPyObjectBorrow(list_st);
            DEOPT_IF(!_PyLong_IsNonNegativeCompact((PyLongObject *)sub));
            Py_ssize_t index = compact_int_value(sub);
            DEOPT_IF(index >= PyList_GET_SIZE(list));
            res = PyStackRef_FromPyObjectNew(PyList_GET_ITEM(list, index));
            release_int(sub_st);
            DEAD(sub_st);
            PyStackRef_CLOSE(list_st);
        }

        macro(BINARY_OP_SUBSCR_LIST_SLICE) = _GUARD_TOS_SLICE + _GUARD_NOS_LIST + unused/5 + _BINARY_OP_SUBSCR_LIST_SLICE;

        op(_BINARY_OP_SUBSCR_LIST_SLICE, (list_st, sub_st -- res)) {
            /* list[slice] -> new list */
            PyObject *res_o = _PyList_SliceSubscript(PyStackRef_AsPyObjectBorrow(list_st),
                                                    PyStackRef_AsPyObjectBorrow(sub_st));
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(BINARY_OP_SUBSCR_STR_INT) = _GUARD_TOS_INT + _GUARD_NOS_UNICODE + unused/5 + _BINARY_OP_SUBSCR_STR_INT;

        op(_BINARY_OP_SUBSCR_STR_INT, (str_st, sub_st -- res)) {
            /* str[i]: only for in-range indexes whose character is Latin-1, since
               those one-character strings are cached immortal singletons. */
            PyObject *sub = PyStackRef_AsPyObjectBorrow(sub_st);
            PyObject *str = PyStackRef_AsPyObjectBorrow(str_st);
            DEOPT_IF(!_PyLong_IsNonNegativeCompact((PyLongObject *)sub));
            Py_ssize_t index = compact_int_value(sub);
            DEOPT_IF(index >= PyUnicode_GET_LENGTH(str));
            Py_UCS4 ch = PyUnicode_READ_CHAR(str, index);
            DEOPT_IF(ch > 255);
            res = PyStackRef_FromPyObjectImmortal(latin1_single_char(ch));
            release_int(sub_st);
            DEAD(sub_st);
            PyStackRef_CLOSE(str_st);
        }

        op(_GUARD_NOS_TUPLE, (nos, unused -- nos, unused)) {
            /* Second-from-top must be an exact tuple. */
            EXIT_IF(!PyTuple_CheckExact(PyStackRef_AsPyObjectBorrow(nos)));
        }

        op(_GUARD_TOS_TUPLE, (tos -- tos)) {
            /* Top of stack must be an exact tuple. */
            EXIT_IF(!PyTuple_CheckExact(PyStackRef_AsPyObjectBorrow(tos)));
        }

        macro(BINARY_OP_SUBSCR_TUPLE_INT) = _GUARD_TOS_INT + _GUARD_NOS_TUPLE + unused/5 + _BINARY_OP_SUBSCR_TUPLE_INT;

        op(_BINARY_OP_SUBSCR_TUPLE_INT, (tuple_st, sub_st -- res)) {
            /* tuple[i] for a non-negative compact int index within bounds. */
            PyObject *sub = PyStackRef_AsPyObjectBorrow(sub_st);
            PyObject *tuple = PyStackRef_AsPyObjectBorrow(tuple_st);
            DEOPT_IF(!_PyLong_IsNonNegativeCompact((PyLongObject *)sub));
            Py_ssize_t index = compact_int_value(sub);
            DEOPT_IF(index >= PyTuple_GET_SIZE(tuple));
            res = PyStackRef_FromPyObjectNew(PyTuple_GET_ITEM(tuple, index));
            release_int(sub_st);
            DEAD(sub_st);
            PyStackRef_CLOSE(tuple_st);
        }

        op(_GUARD_NOS_DICT, (nos, unused -- nos, unused)) {
            /* Second-from-top must be an exact dict. */
            EXIT_IF(!PyDict_CheckExact(PyStackRef_AsPyObjectBorrow(nos)));
        }

        op(_GUARD_TOS_DICT, (tos -- tos)) {
            /* Top of stack must be an exact dict. */
            EXIT_IF(!PyDict_CheckExact(PyStackRef_AsPyObjectBorrow(tos)));
        }

        macro(BINARY_OP_SUBSCR_DICT) = _GUARD_NOS_DICT + unused/5 + _BINARY_OP_SUBSCR_DICT;

        op(_BINARY_OP_SUBSCR_DICT, (dict_st, sub_st -- res)) {
            /* dict[key]; a missing key raises KeyError (dict subclasses with
               __missing__ never get here, the guard wants an exact dict). */
            PyObject *res_o;
            PyObject *key = PyStackRef_AsPyObjectBorrow(sub_st);
            int found = PyDict_GetItemRef(PyStackRef_AsPyObjectBorrow(dict_st), key, &res_o);
            if (found == 0) {
                _PyErr_SetKeyError(key);
            }
            DECREF_INPUTS();
            ERROR_IF(found <= 0);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        op(_BINARY_OP_SUBSCR_CHECK_FUNC, (container, unused -- container, unused, getitem)) {
            /* Container is an instance of a heap type whose __getitem__ is a plain
               Python function cached on the type; check the cache is still valid. */
            PyTypeObject *tp = Py_TYPE(PyStackRef_AsPyObjectBorrow(container));
            DEOPT_IF(!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE));
            PyHeapTypeObject *ht = (PyHeapTypeObject *)tp;
            PyObject *func = cached_getitem_function(ht);
            DEOPT_IF(func == NULL);
            DEOPT_IF(((PyFunctionObject *)func)->func_version != cached_getitem_version(ht));
            PyCodeObject *code = (PyCodeObject *)((PyFunctionObject *)func)->func_code;
            assert(code->co_argcount == 2);
            DEOPT_IF(!_PyThreadState_HasStackSpace(tstate, code->co_framesize));
            getitem = PyStackRef_FromPyObjectNew(func);
        }

        op(_BINARY_OP_SUBSCR_INIT_CALL, (container, sub, getitem -- new_frame: _PyInterpreterFrame *)) {
            /* Build the frame for type(container).__getitem__(container, sub);
               _PUSH_FRAME then enters it. */
            new_frame = push_frame_unchecked(tstate, getitem, 2, frame);
            new_frame->localsplus[0] = container;
            new_frame->localsplus[1] = sub;
            INPUTS_DEAD();
            /* result comes back to the instruction after this one */
            frame->return_offset = INSTRUCTION_SIZE;
        }

        macro(BINARY_OP_SUBSCR_GETITEM) = unused/5 + _CHECK_PEP_523 + _BINARY_OP_SUBSCR_CHECK_FUNC + _BINARY_OP_SUBSCR_INIT_CALL + _PUSH_FRAME;

        inst(LIST_APPEND, (list, unused[oparg-1], v -- list, unused[oparg-1])) {
            /* list.append(v) on the list oparg items down (list comprehensions). */
            int err = _PyList_AppendTakeRef((PyListObject *)PyStackRef_AsPyObjectBorrow(list),
                                            PyStackRef_AsPyObjectSteal(v));
            DEAD(v);
            ERROR_IF(err < 0);
        }

        inst(SET_ADD, (set, unused[oparg-1], v -- set, unused[oparg-1])) {
            /* set.add(v) on the set oparg items down (set comprehensions). */
            int err = PySet_Add(PyStackRef_AsPyObjectBorrow(set), PyStackRef_AsPyObjectBorrow(v));
            PyStackRef_CLOSE(v);
            ERROR_IF(err);
        }

        family(STORE_SUBSCR, INLINE_CACHE_ENTRIES_STORE_SUBSCR) = {
            STORE_SUBSCR_DICT,
            STORE_SUBSCR_LIST_INT,
        };

        specializing op(_SPECIALIZE_STORE_SUBSCR, (counter/1, container, sub -- container, sub)) {
            /* Adaptive counter: when it fires, specialize STORE_SUBSCR for the
               container/sub types and re-execute; otherwise count down. */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                _Py_Specialize_StoreSubscr(container, sub, next_instr);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        op(_STORE_SUBSCR, (v, container, sub --)) {
            /* container[sub] = v */
            int err = PyObject_SetItem(PyStackRef_AsPyObjectBorrow(container),
                                       PyStackRef_AsPyObjectBorrow(sub),
                                       PyStackRef_AsPyObjectBorrow(v));
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        macro(STORE_SUBSCR) = _SPECIALIZE_STORE_SUBSCR + _STORE_SUBSCR;

        macro(STORE_SUBSCR_LIST_INT) = _GUARD_TOS_INT + _GUARD_NOS_LIST + unused/1 + _STORE_SUBSCR_LIST_INT;

        op(_STORE_SUBSCR_LIST_INT, (value, list_st, sub_st --)) {
            /* list[i] = value for a non-negative compact int index within bounds. */
            PyObject *sub = PyStackRef_AsPyObjectBorrow(sub_st);
            PyObject *list = PyStackRef_AsPyObjectBorrow(list_st);
            DEOPT_IF(!_PyLong_IsNonNegativeCompact((PyLongObject *)sub));
            Py_ssize_t index = compact_int_value(sub);
            DEOPT_IF(index >= PyList_GET_SIZE(list));
            PyObject *old = PyList_GET_ITEM(list, index);
            PyList_SET_ITEM(list, index, PyStackRef_AsPyObjectSteal(value));
            DEAD(value);
            release_int(sub_st);
            DEAD(sub_st);
            Py_DECREF(old);
            PyStackRef_CLOSE(list_st);
        }

        macro(STORE_SUBSCR_DICT) = _GUARD_NOS_DICT + unused/1 + _STORE_SUBSCR_DICT;

        op(_STORE_SUBSCR_DICT, (value, dict_st, sub --)) {
            /* dict[sub] = value; the dict takes ownership of key and value. */
            int err = dict_set_item_taking_refs((PyDictObject *)PyStackRef_AsPyObjectBorrow(dict_st),
                                                PyStackRef_AsPyObjectSteal(sub),
                                                PyStackRef_AsPyObjectSteal(value));
            DEAD(sub);
            DEAD(value);
            PyStackRef_CLOSE(dict_st);
            ERROR_IF(err);
        }

        inst(DELETE_SUBSCR, (container, sub --)) {
            /* del container[sub] */
            int err = PyObject_DelItem(PyStackRef_AsPyObjectBorrow(container),
                                       PyStackRef_AsPyObjectBorrow(sub));
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        inst(CALL_INTRINSIC_1, (value -- res)) {
            /* Call unary intrinsic number oparg (print, import *, StopIteration
               error, unary +, list to tuple, typevar helpers, ...). */
            assert(oparg <= MAX_INTRINSIC_1);
            PyObject *res_o = unary_intrinsics[oparg].func(tstate, PyStackRef_AsPyObjectBorrow(value));
            PyStackRef_CLOSE(value);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }
        inst(CALL_INTRINSIC_2, (value2_st, value1_st -- res)) {
            /* oparg selects one of the two-argument intrinsics (prep_reraise_star,
               typevar_with_bound, typevar_with_constraints, set_function_type_params, ...) */
            assert(oparg <= MAX_INTRINSIC_2);
            PyObject *res_o = call_binary_intrinsic(tstate, oparg, value2_st, value1_st);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        tier1 inst(RAISE_VARARGS, (args[oparg] --)) {
            /* oparg 0: bare "raise" (re-raise the exception being handled)
               oparg 1: "raise args[0]"
               oparg 2: "raise args[0] from args[1]" */
            PyObject *cause = (oparg == 2) ? PyStackRef_AsPyObjectSteal(args[1]) : NULL;
            PyObject *exc = (oparg >= 1) ? PyStackRef_AsPyObjectSteal(args[0]) : NULL;
            INPUTS_DEAD();
            int reraised = raise_with_cause(tstate, exc, cause);
            if (reraised) {
                /* bare raise: unwind without adding a new traceback entry */
                assert(oparg == 0);
                monitor_reraise(tstate, frame, this_instr);
                goto exception_unwind;
            }
            ERROR_IF(true);
        }

        tier1 inst(INTERPRETER_EXIT, (retval --)) {
            /* Only the entry frame ends with this: give retval back to the C code
               that started this interpreter invocation. */
            assert(frame_is_entry_frame(frame));
            tstate->current_frame = frame->previous;
            PyObject *result = PyStackRef_AsPyObjectSteal(retval);
            DEAD(retval);
            leave_recursive_call(tstate);
            return result;
        }

        inst(RETURN_VALUE, (retval -- res)) {
            /* Pop the current Python frame and hand retval to the caller's stack. */
            _PyStackRef value = stackref_make_heap_safe(retval);
            DEAD(retval);
            SAVE_STACK();
            _PyInterpreterFrame *finished = frame;
            frame = tstate->current_frame = finished->previous;
            clear_and_pop_frame(tstate, finished);
            RELOAD_STACK();
            res = value;
            /* resume the caller just after its CALL (or SEND/...) */
            LOAD_IP(frame->return_offset);
        }

        tier1 op(_RETURN_VALUE_EVENT, (val -- val)) {
            /* sys.monitoring PY_RETURN event, fired before the frame is popped */
            int err = monitor_py_return(tstate, frame, this_instr, val);
            ERROR_IF(err);
        }

        macro(INSTRUMENTED_RETURN_VALUE) = _RETURN_VALUE_EVENT + RETURN_VALUE;

        inst(GET_AITER, (obj -- iter)) {
            PyTypeObject *type = Py_TYPE(PyStackRef_AsPyObjectBorrow(obj));
            unaryfunc get_aiter = async_slot_aiter(type);
            if (get_aiter == NULL) {
                /* TypeError: 'async for' requires an object with __aiter__ method, got T */
                raise_no_aiter(tstate, type);
                DECREF_INPUTS();
                ERROR_IF(true);
            }
            PyObject *it = get_aiter(PyStackRef_AsPyObjectBorrow(obj));
            DECREF_INPUTS();
            ERROR_IF(it == NULL);
            if (async_slot_anext(Py_TYPE(it)) == NULL) {
                /* TypeError: 'async for' received an object from __aiter__ that does not implement __anext__ */
                raise_no_anext(tstate, it);
                Py_DECREF(it);
                ERROR_IF(true);
            }
            iter = PyStackRef_FromPyObjectSteal(it);
        }

        inst(GET_ANEXT, (aiter -- aiter, awaitable)) {
            /* call aiter.__anext__() and turn its result into something awaitable;
               aiter stays on the stack for the next iteration */
            PyObject *awaitable_o = anext_awaitable(tstate, PyStackRef_AsPyObjectBorrow(aiter));
            if (awaitable_o == NULL) {
                ERROR_NO_POP();
            }
            awaitable = PyStackRef_FromPyObjectSteal(awaitable_o);
        }

        inst(GET_AWAITABLE, (iterable -- iter)) {
            /* iter = iterable.__await__() (or the coroutine itself); oparg tells
               where the await is (1: after __aenter__, 2: after __aexit__) so the
               TypeError message can name the failing protocol */
            PyObject *it = get_awaitable_iter(tstate, PyStackRef_AsPyObjectBorrow(iterable), oparg);
            DECREF_INPUTS();
            ERROR_IF(it == NULL);
            iter = PyStackRef_FromPyObjectSteal(it);
        }

        family(SEND, INLINE_CACHE_ENTRIES_SEND) = {
            SEND_GEN,
        };

        specializing op(_SPECIALIZE_SEND, (counter/1, receiver, unused -- receiver, unused)) {
            if (adaptive_counter_triggers(counter)) {
                /* try to rewrite this SEND into SEND_GEN for generator/coroutine receivers */
                next_instr = this_instr;
                specialize_send(receiver, next_instr);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        op(_SEND, (receiver, v -- receiver, retval)) {
            PyObject *receiver_o = PyStackRef_AsPyObjectBorrow(receiver);
            PyGenObject *gen = (PyGenObject *)receiver_o;
            if (no_custom_eval_frame(tstate) && is_exact_gen_or_coro(receiver_o) && gen_try_mark_executing(gen)) {
                /* fast path: run the generator's frame inline, with v as the sent value */
                _PyInterpreterFrame *gen_frame = &gen->gi_iframe;
                frame_stack_push(gen_frame, stackref_make_heap_safe(v));
                DEAD(v);
                SYNC_SP();
                link_gen_exc_state(tstate, gen);
                /* when the generator yields, resume after this SEND; when it returns, at the jump target */
                frame->return_offset = (uint16_t)(INSTRUCTION_SIZE + oparg);
                gen_frame->previous = frame;
                DISPATCH_INLINED(gen_frame);
            }
            /* slow path: next(receiver) if v is None, else receiver.send(v) */
            PyObject *retval_o = send_or_next(receiver_o, v);
            if (retval_o == NULL) {
                if (exception_matches(tstate, PyExc_StopIteration)) {
                    monitor_raise(tstate, frame, this_instr);
                }
                if (fetch_stop_iteration_value(&retval_o) == 0) {
                    /* the sub-iterator is exhausted: jump past the END_SEND with its return value */
                    JUMPBY(oparg);
                }
                else {
                    PyStackRef_CLOSE(v);
                    ERROR_IF(true);
                }
            }
            PyStackRef_CLOSE(v);
            retval = PyStackRef_FromPyObjectSteal(retval_o);
        }

        macro(SEND) = _SPECIALIZE_SEND + _SEND;

        op(_SEND_GEN_FRAME, (receiver, v -- receiver, gen_frame: _PyInterpreterFrame *)) {
            PyGenObject *gen = (PyGenObject *)PyStackRef_AsPyObjectBorrow(receiver);
            DEOPT_IF(!is_exact_gen_or_coro((PyObject *)gen));
            DEOPT_IF(!gen_try_mark_executing(gen));
            gen_frame = &gen->gi_iframe;
            /* v becomes the result of the generator's suspended yield */
            frame_stack_push(gen_frame, stackref_make_heap_safe(v));
            DEAD(v);
            link_gen_exc_state(tstate, gen);
            frame->return_offset = (uint16_t)(INSTRUCTION_SIZE + oparg);
            gen_frame->previous = frame;
        }

        macro(SEND_GEN) = unused/1 + _CHECK_PEP_523 + _SEND_GEN_FRAME + _PUSH_FRAME;

        inst(YIELD_VALUE, (retval -- value)) {
            /* Suspend the generator frame and return retval to whoever resumed it.
               oparg is 1 when the yield is part of a yield-from/await delegation. */
            assert(opcode == YIELD_VALUE || opcode == INSTRUMENTED_YIELD_VALUE);
            PyGenObject *gen = gen_of_frame(frame);
            _PyStackRef yielded = stackref_make_heap_safe(retval);
            DEAD(retval);
            SAVE_STACK();
            gen->gi_frame_state = FRAME_SUSPENDED + oparg;
            unlink_gen_exc_state(tstate, gen);
            _PyInterpreterFrame *gen_frame = frame;
            frame = tstate->current_frame = gen_frame->previous;
            gen_frame->previous = NULL;
            RELOAD_STACK();
            /* the caller continues right after its SEND (or FOR_ITER) */
            LOAD_IP(1 + INLINE_CACHE_ENTRIES_SEND);
            value = yielded;
        }

        tier1 op(_YIELD_VALUE_EVENT, (val -- val)) {
            /* sys.monitoring PY_YIELD event */
            int err = monitor_py_yield(tstate, frame, this_instr, val);
            if (err) {
                ERROR_NO_POP();
            }
            if (frame->instr_ptr != this_instr) {
                /* a callback changed the location (e.g. a debugger jump) */
                next_instr = frame->instr_ptr;
                DISPATCH();
            }
        }

        macro(INSTRUMENTED_YIELD_VALUE) = _YIELD_VALUE_EVENT + YIELD_VALUE;

        inst(POP_EXCEPT, (exc_value --)) {
            /* leaving an except block: restore the exception that was being handled
               before it (exc_value, None meaning "no exception") */
            _PyErr_StackItem *exc_info = tstate->exc_info;
            PyObject *previous = PyStackRef_IsNone(exc_value) ? NULL : PyStackRef_AsPyObjectSteal(exc_value);
            DEAD(exc_value);
            Py_XSETREF(exc_info->exc_value, previous);
        }

        tier1 inst(RERAISE, (values[oparg], exc_st -- values[oparg])) {
            /* re-raise exc_st; with oparg set, values[0] holds the saved lasti so the
               traceback points at the instruction that originally raised */
            PyObject *exc = PyStackRef_AsPyObjectSteal(exc_st);
            DEAD(exc_st);
            assert(oparg >= 0 && oparg <= 2);
            if (oparg) {
                int lasti = saved_lasti(values[0]);
                if (lasti < 0) {
                    Py_DECREF(exc);
                    ERROR_IF(true);
                }
                frame->instr_ptr = code_start(frame) + lasti;
            }
            assert(exc != NULL && PyExceptionInstance_Check(exc));
            set_raised_exception(tstate, exc);
            monitor_reraise(tstate, frame, this_instr);
            goto exception_unwind;
        }

        tier1 op(_END_ASYNC_FOR, (awaitable_st, exc_st --)) {
            /* end of an async for: StopAsyncIteration finishes the loop, anything else
               propagates. The zero-length jump records the source for branch monitoring. */
            JUMPBY(0);
            (void)oparg;
            PyObject *exc = PyStackRef_AsPyObjectBorrow(exc_st);
            assert(exc != NULL && PyExceptionInstance_Check(exc));
            if (exception_given_matches(exc, PyExc_StopAsyncIteration)) {
                DECREF_INPUTS();
            }
            else {
                set_raised_exception(tstate, Py_NewRef(exc));
                monitor_reraise(tstate, frame, this_instr);
                goto exception_unwind;
            }
        }

        tier1 op(_MONITOR_END_ASYNC_FOR, (--)) {
            /* report the loop exit as the "right" branch of the async for, whose
               start is oparg code units back */
            _Py_CODEUNIT *loop_start = next_instr - oparg;
            monitor_branch_right(tstate, frame, loop_start, this_instr + 1);
        }

        macro(INSTRUMENTED_END_ASYNC_FOR) = _MONITOR_END_ASYNC_FOR + _END_ASYNC_FOR;

        macro(END_ASYNC_FOR) = _END_ASYNC_FOR;

        tier1 inst(CLEANUP_THROW, (sub_iter, last_sent_val, exc_value_st -- none, value)) {
            /* after gen.throw() into a delegating generator: a StopIteration means the
               sub-iterator finished, so its value becomes the result of the yield from */
            PyObject *exc_value = PyStackRef_AsPyObjectBorrow(exc_value_st);
            assert(exc_value != NULL && PyExceptionInstance_Check(exc_value));
            if (exception_given_matches(exc_value, PyExc_StopIteration)) {
                value = PyStackRef_FromPyObjectNew(stop_iteration_value(exc_value));
                DECREF_INPUTS();
                none = PyStackRef_None;
            }
            else {
                set_raised_exception(tstate, Py_NewRef(exc_value));
                monitor_reraise(tstate, frame, this_instr);
                goto exception_unwind;
            }
        }

        inst(LOAD_COMMON_CONSTANT, (-- value)) {
            /* oparg indexes a small interpreter table of objects the compiler needs
               but cannot store as code constants: AssertionError, NotImplementedError,
               and the builtins tuple, all and any */
            assert(oparg < NUM_COMMON_CONSTANTS);
            value = PyStackRef_FromPyObjectNew(common_constant(tstate->interp, oparg));
        }

        inst(LOAD_BUILD_CLASS, (-- bc)) {
            /* look up __build_class__ in the frame's builtins */
            PyObject *bc_o = NULL;
            int err = mapping_get_optional(BUILTINS(), "__build_class__", &bc_o);
            ERROR_IF(err < 0);
            if (bc_o == NULL) {
                raise_name_error(tstate, "__build_class__ not found");
                ERROR_IF(true);
            }
            bc = PyStackRef_FromPyObjectSteal(bc_o);
        }

        inst(STORE_NAME, (v --)) {
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            PyObject *ns = LOCALS();
            if (ns == NULL) {
                raise_system_error(tstate, "no locals found when storing %R", name);
                DECREF_INPUTS();
                ERROR_IF(true);
            }
            /* ns[name] = v (fast path for exact dicts) */
            int err = mapping_store(ns, name, PyStackRef_AsPyObjectBorrow(v));
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        inst(DELETE_NAME, (--)) {
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            PyObject *ns = LOCALS();
            if (ns == NULL) {
                raise_system_error(tstate, "no locals when deleting %R", name);
                ERROR_NO_POP();
            }
            if (PyObject_DelItem(ns, name) != 0) {
                /* NameError: name 'x' is not defined */
                raise_name_not_defined(tstate, name);
                ERROR_NO_POP();
            }
        }

        family(UNPACK_SEQUENCE, INLINE_CACHE_ENTRIES_UNPACK_SEQUENCE) = {
            UNPACK_SEQUENCE_TWO_TUPLE,
            UNPACK_SEQUENCE_TUPLE,
            UNPACK_SEQUENCE_LIST,
        };

        specializing op(_SPECIALIZE_UNPACK_SEQUENCE, (counter/1, seq -- seq)) {
            if (adaptive_counter_triggers(counter)) {
                /* pick a form for the sequence type and length seen: two-tuple, tuple or list */
                next_instr = this_instr;
                specialize_unpack_sequence(seq, next_instr, oparg);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        op(_UNPACK_SEQUENCE, (seq -- unused[oparg], top[0])) {
            /* generic path: iterate seq, which must yield exactly oparg items; they are
               stored so that the first item ends up on top of the stack */
            int ok = unpack_iterable_into(tstate, PyStackRef_AsPyObjectBorrow(seq), oparg, -1, top);
            DECREF_INPUTS();
            ERROR_IF(!ok);
        }

        macro(UNPACK_SEQUENCE) = _SPECIALIZE_UNPACK_SEQUENCE + _UNPACK_SEQUENCE;

        macro(UNPACK_SEQUENCE_TWO_TUPLE) = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TWO_TUPLE;

        op(_UNPACK_SEQUENCE_TWO_TUPLE, (seq -- val1, val0)) {
            assert(oparg == 2);
            PyObject *seq_o = PyStackRef_AsPyObjectBorrow(seq);
            DEOPT_IF(PyTuple_GET_SIZE(seq_o) != 2);
            /* item 0 goes on top */
            val0 = PyStackRef_FromPyObjectNew(PyTuple_GET_ITEM(seq_o, 0));
            val1 = PyStackRef_FromPyObjectNew(PyTuple_GET_ITEM(seq_o, 1));
            DECREF_INPUTS();
        }

        macro(UNPACK_SEQUENCE_TUPLE) = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TUPLE;

        op(_UNPACK_SEQUENCE_TUPLE, (seq -- values[oparg])) {
            PyObject *seq_o = PyStackRef_AsPyObjectBorrow(seq);
            DEOPT_IF(PyTuple_GET_SIZE(seq_o) != oparg);
            /* values[oparg - 1] is the top of the stack and receives item 0 */
            for (int i = 0; i < oparg; i++) {
                values[i] = PyStackRef_FromPyObjectNew(PyTuple_GET_ITEM(seq_o, oparg - 1 - i));
            }
            DECREF_INPUTS();
        }

        macro(UNPACK_SEQUENCE_LIST) = _GUARD_TOS_LIST + unused/1 + _UNPACK_SEQUENCE_LIST;

        op(_UNPACK_SEQUENCE_LIST, (seq -- values[oparg])) {
            PyObject *seq_o = PyStackRef_AsPyObjectBorrow(seq);
            DEOPT_IF(!LOCK_OBJECT(seq_o));
            if (PyList_GET_SIZE(seq_o) != oparg) {
                UNLOCK_OBJECT(seq_o);
                DEOPT_IF(true);
            }
            for (int i = 0; i < oparg; i++) {
                values[i] = PyStackRef_FromPyObjectNew(PyList_GET_ITEM(seq_o, oparg - 1 - i));
            }
            UNLOCK_OBJECT(seq_o);
            DECREF_INPUTS();
        }

        inst(UNPACK_EX, (seq -- unused[oparg & 0xFF], unused, unused[oparg >> 8], top[0])) {
            /* starred unpacking "a, *b, c = seq": the low byte of oparg counts the
               targets before the star, the high byte those after it; the starred
               target receives a list of the remaining items */
            int before = oparg & 0xFF;
            int after = oparg >> 8;
            int ok = unpack_iterable_into(tstate, PyStackRef_AsPyObjectBorrow(seq), before, after, top);
            DECREF_INPUTS();
            ERROR_IF(!ok);
        }

        family(STORE_ATTR, INLINE_CACHE_ENTRIES_STORE_ATTR) = {
            STORE_ATTR_INSTANCE_VALUE,
            STORE_ATTR_SLOT,
            STORE_ATTR_WITH_HINT,
        };

        specializing op(_SPECIALIZE_STORE_ATTR, (counter/1, owner -- owner)) {
            if (adaptive_counter_triggers(counter)) {
                /* specialize for instance values, __slots__ or dict-with-hint stores */
                PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
                next_instr = this_instr;
                specialize_store_attr(owner, next_instr, name);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        op(_STORE_ATTR, (v, owner --)) {
            /* owner.name = v */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            int err = PyObject_SetAttr(PyStackRef_AsPyObjectBorrow(owner), name, PyStackRef_AsPyObjectBorrow(v));
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        macro(STORE_ATTR) = _SPECIALIZE_STORE_ATTR + unused/3 + _STORE_ATTR;

        inst(DELETE_ATTR, (owner --)) {
            /* del owner.name */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            int err = PyObject_DelAttr(PyStackRef_AsPyObjectBorrow(owner), name);
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        inst(STORE_GLOBAL, (v --)) {
            /* globals()[name] = v */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            int err = PyDict_SetItem(GLOBALS(), name, PyStackRef_AsPyObjectBorrow(v));
            DECREF_INPUTS();
            ERROR_IF(err);
        }

        inst(DELETE_GLOBAL, (--)) {
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            /* 1: removed, 0: missing, -1: error */
            int found = dict_pop_key(GLOBALS(), name);
            if (found < 0) {
                ERROR_NO_POP();
            }
            if (found == 0) {
                raise_name_not_defined(tstate, name);
                ERROR_NO_POP();
            }
        }

        inst(LOAD_LOCALS, (-- locals)) {
            /* push the frame's locals mapping (used by class bodies / annotation scopes) */
            PyObject *l = LOCALS();
            if (l == NULL) {
                raise_system_error(tstate, "no locals found");
                ERROR_IF(true);
            }
            locals = PyStackRef_FromPyObjectNew(l);
        }

        inst(LOAD_FROM_DICT_OR_GLOBALS, (mod_or_class_dict -- v)) {
            /* name lookup in the given mapping first, then globals, then builtins */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            PyObject *v_o = NULL;
            int err = mapping_get_optional(PyStackRef_AsPyObjectBorrow(mod_or_class_dict), name, &v_o);
            DECREF_INPUTS();
            ERROR_IF(err < 0);
            if (v_o == NULL) {
                v_o = lookup_global_then_builtin(tstate, GLOBALS(), BUILTINS(), name);
                if (v_o == NULL) {
                    if (!has_pending_exception(tstate)) {
                        raise_name_not_defined(tstate, name);
                    }
                    ERROR_NO_POP();
                }
            }
            v = PyStackRef_FromPyObjectSteal(v_o);
        }

        inst(LOAD_NAME, (-- v)) {
            /* plain name lookup: locals, then globals, then builtins; NameError if absent */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            PyObject *v_o = lookup_name(tstate, frame, name);
            ERROR_IF(v_o == NULL);
            v = PyStackRef_FromPyObjectSteal(v_o);
        }

        family(LOAD_GLOBAL, INLINE_CACHE_ENTRIES_LOAD_GLOBAL) = {
            LOAD_GLOBAL_MODULE,
            LOAD_GLOBAL_BUILTIN,
        };

        specializing op(_SPECIALIZE_LOAD_GLOBAL, (counter/1 --)) {
            if (adaptive_counter_triggers(counter)) {
                /* the name index is oparg >> 1; low bit says whether a NULL follows */
                PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
                next_instr = this_instr;
                specialize_load_global(GLOBALS(), BUILTINS(), next_instr, name);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        op(_LOAD_GLOBAL, (-- res[1])) {
            /* globals first, then builtins; NameError if in neither */
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
            load_global_into(tstate, GLOBALS(), BUILTINS(), name, res);
            ERROR_IF(PyStackRef_IsNull(*res));
        }

        op(_PUSH_NULL_CONDITIONAL, (-- null[oparg & 1])) {
            /* low bit of oparg: also push a NULL (the "self" slot for a following CALL) */
            if (oparg & 1) {
                null[0] = PyStackRef_NULL;
            }
        }

        macro(LOAD_GLOBAL) = _SPECIALIZE_LOAD_GLOBAL + counter/1 + globals_version/1 + builtins_version/1 + _LOAD_GLOBAL + _PUSH_NULL_CONDITIONAL;

        op(_GUARD_GLOBALS_VERSION, (version/1 --)) {
            /* the globals dict must still have the keys layout seen at specialization */
            PyDictObject *dict = (PyDictObject *)GLOBALS();
            DEOPT_IF(!PyDict_CheckExact(dict));
            DEOPT_IF(dict_keys_version(dict) != version);
        }

        op(_LOAD_GLOBAL_MODULE, (version/1, unused/1, index/1 -- res)) {
            PyDictObject *dict = (PyDictObject *)GLOBALS();
            DEOPT_IF(!PyDict_CheckExact(dict));
            DEOPT_IF(dict_keys_version(dict) != version);
            /* the value lives in entry "index" of the globals' unicode keys table */
            PyObject *res_o = dict_unicode_entry_value(dict, index);
            DEOPT_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectNew(res_o);
        }

        op(_LOAD_GLOBAL_BUILTINS, (version/1, index/1 -- res)) {
            PyDictObject *dict = (PyDictObject *)BUILTINS();
            DEOPT_IF(!PyDict_CheckExact(dict));
            DEOPT_IF(dict_keys_version(dict) != version);
            PyObject *res_o = dict_unicode_entry_value(dict, index);
            DEOPT_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectNew(res_o);
        }

        macro(LOAD_GLOBAL_MODULE) = unused/1 + NOP + _LOAD_GLOBAL_MODULE + _PUSH_NULL_CONDITIONAL;

        macro(LOAD_GLOBAL_BUILTIN) = unused/1 + _GUARD_GLOBALS_VERSION + _LOAD_GLOBAL_BUILTINS + _PUSH_NULL_CONDITIONAL;

        inst(DELETE_FAST, (--)) {
            /* del x for a fast local */
            _PyStackRef v = GETLOCAL(oparg);
            if (PyStackRef_IsNull(v)) {
                raise_unbound_local(frame, oparg);
                ERROR_IF(true);
            }
            GETLOCAL(oparg) = PyStackRef_NULL;
            PyStackRef_XCLOSE(v);
        }

        inst(MAKE_CELL, (--)) {
            /* wrap the current value of slot oparg (possibly NULL, e.g. an argument
               that is also captured by a closure) in a new cell */
            _PyStackRef initial = GETLOCAL(oparg);
            PyObject *cell = PyCell_New(PyStackRef_AsPyObjectBorrow(initial));
            if (cell == NULL) {
                ERROR_NO_POP();
            }
            GETLOCAL(oparg) = PyStackRef_FromPyObjectSteal(cell);
            PyStackRef_XCLOSE(initial);
        }

        inst(DELETE_DEREF, (--)) {
            /* del of a cell/free variable: empty the cell, error if already empty */
            PyCellObject *cell = (PyCellObject *)PyStackRef_AsPyObjectBorrow(GETLOCAL(oparg));
            PyObject *old = PyCell_SwapTakeRef(cell, NULL);
            if (old == NULL) {
                raise_unbound_free(tstate, frame, oparg);
                ERROR_NO_POP();
            }
            Py_DECREF(old);
        }

        inst(LOAD_FROM_DICT_OR_DEREF, (class_dict_st -- value)) {
            /* class-body access to a free variable: the class namespace wins,
               otherwise read the cell in slot oparg */
            PyObject *name = localsplus_name(frame, oparg);
            PyObject *value_o = NULL;
            if (mapping_get_optional(PyStackRef_AsPyObjectBorrow(class_dict_st), name, &value_o) < 0) {
                ERROR_NO_POP();
            }
            if (value_o == NULL) {
                PyCellObject *cell = (PyCellObject *)PyStackRef_AsPyObjectBorrow(GETLOCAL(oparg));
                value_o = PyCell_GetRef(cell);
                if (value_o == NULL) {
                    raise_unbound_free(tstate, frame, oparg);
                    ERROR_NO_POP();
                }
            }
            PyStackRef_CLOSE(class_dict_st);
            value = PyStackRef_FromPyObjectSteal(value_o);
        }

        inst(LOAD_DEREF, (-- value)) {
            /* read the contents of the cell stored in slot oparg */
            PyCellObject *cell = (PyCellObject *)PyStackRef_AsPyObjectBorrow(GETLOCAL(oparg));
            value = cell_contents_stackref(cell);
            if (PyStackRef_IsNull(value)) {
                /* NameError: cannot access free variable 'x' ... */
                raise_unbound_free(tstate, frame, oparg);
                ERROR_IF(true);
            }
        }

        inst(STORE_DEREF, (v --)) {
            /* replace the contents of the cell in slot oparg with v (old value released) */
            PyCellObject *cell = (PyCellObject *)PyStackRef_AsPyObjectBorrow(GETLOCAL(oparg));
            PyCell_SetTakeRef(cell, PyStackRef_AsPyObjectSteal(v));
            DEAD(v);
        }

        inst(COPY_FREE_VARS, (--)) {
            /* copy the oparg closure cells of the running function into the last
               oparg slots of localsplus (the free variables) */
            PyCodeObject *co = frame_code(frame);
            PyObject *closure = frame_function(frame)->func_closure;
            assert(oparg == co->co_nfreevars);
            int offset = co->co_nlocalsplus - oparg;
            for (int i = 0; i < oparg; i++) {
                frame->localsplus[offset + i] = PyStackRef_FromPyObjectNew(PyTuple_GET_ITEM(closure, i));
            }
        }

        inst(BUILD_STRING, (pieces[oparg] -- str)) {
            /* concatenate the oparg string pieces (f-string parts) */
            PyObject *str_o = join_stackref_strings(pieces, oparg);
            DECREF_INPUTS();
            ERROR_IF(str_o == NULL);
            str = PyStackRef_FromPyObjectSteal(str_o);
        }

        inst(BUILD_INTERPOLATION, (value, str, format[oparg & 1] -- interpolation)) {
            /* t-string interpolation {value!conv:format}: str is the expression text,
               oparg >> 2 the conversion (none/s/r/a), low bit says a format spec is present */
            int conversion = oparg >> 2;
            PyObject *format_o = (oparg & 1) ? PyStackRef_AsPyObjectBorrow(format[0]) : empty_unicode();
            PyObject *interp_o = make_interpolation(PyStackRef_AsPyObjectBorrow(value), PyStackRef_AsPyObjectBorrow(str), conversion, format_o);
            DECREF_INPUTS();
            ERROR_IF(interp_o == NULL);
            interpolation = PyStackRef_FromPyObjectSteal(interp_o);
        }

        inst(BUILD_TEMPLATE, (strings, interpolations -- template)) {
            /* build a string.templatelib.Template from the tuple of static strings and
               the tuple of Interpolation objects */
            PyObject *template_o = make_template(PyStackRef_AsPyObjectBorrow(strings), PyStackRef_AsPyObjectBorrow(interpolations));
            DECREF_INPUTS();
            ERROR_IF(template_o == NULL);
            template = PyStackRef_FromPyObjectSteal(template_o);
        }

        inst(BUILD_TUPLE, (values[oparg] -- tup)) {
            /* the new tuple takes over the oparg references (only on success) */
            PyObject *tup_o = tuple_from_stackrefs_steal(values, oparg);
            if (tup_o == NULL) {
                ERROR_NO_POP();
            }
            INPUTS_DEAD();
            tup = PyStackRef_FromPyObjectSteal(tup_o);
        }

        inst(BUILD_LIST, (values[oparg] -- list)) {
            /* the new list takes over the oparg references (only on success) */
            PyObject *list_o = list_from_stackrefs_steal(values, oparg);
            if (list_o == NULL) {
                ERROR_NO_POP();
            }
            INPUTS_DEAD();
            list = PyStackRef_FromPyObjectSteal(list_o);
        }

        inst(LIST_EXTEND, (list_st, unused[oparg-1], iterable_st -- list_st, unused[oparg-1])) {
            /* list.extend(iterable) for [*a, *b]; the list sits oparg-1 items below */
            PyObject *list = PyStackRef_AsPyObjectBorrow(list_st);
            PyObject *iterable = PyStackRef_AsPyObjectBorrow(iterable_st);
            if (list_extend(list, iterable) < 0) {
                if (exception_matches(tstate, PyExc_TypeError) && !is_iterable(iterable)) {
                    /* TypeError: Value after * must be an iterable, not T */
                    replace_with_star_type_error(tstate, iterable);
                }
                PyStackRef_CLOSE(iterable_st);
                ERROR_IF(true);
            }
            PyStackRef_CLOSE(iterable_st);
        }

        inst(SET_UPDATE, (set, unused[oparg-1], iterable -- set, unused[oparg-1])) {
            /* set.update(iterable) for {*a, *b}; the set sits oparg-1 items below */
            int err = set_update(PyStackRef_AsPyObjectBorrow(set), PyStackRef_AsPyObjectBorrow(iterable));
            PyStackRef_CLOSE(iterable);
            ERROR_IF(err < 0);
        }

        inst(BUILD_SET, (values[oparg] -- set)) {
            PyObject *set_o = PySet_New(NULL);
            if (set_o == NULL) {
                DECREF_INPUTS();
                ERROR_IF(true);
            }
            int err = 0;
            for (int i = 0; i < oparg && err == 0; i++) {
                err = PySet_Add(set_o, PyStackRef_AsPyObjectBorrow(values[i]));
            }
            DECREF_INPUTS();
            if (err) {
                Py_DECREF(set_o);
                ERROR_IF(true);
            }
            set = PyStackRef_FromPyObjectSteal(set_o);
        }

        inst(BUILD_MAP, (values[oparg*2] -- map)) {
            /* values holds oparg key/value pairs: k0, v0, k1, v1, ... */
            PyObject *map_o = dict_from_stackref_pairs(values, oparg);
            DECREF_INPUTS();
            ERROR_IF(map_o == NULL);
            map = PyStackRef_FromPyObjectSteal(map_o);
        }

        inst(SETUP_ANNOTATIONS, (--)) {
            /* make sure the locals mapping has an __annotations__ dict */
            PyObject *ns = LOCALS();
            if (ns == NULL) {
                raise_system_error(tstate, "no locals found when setting up annotations");
                ERROR_IF(true);
            }
            PyObject *ann = NULL;
            int err = mapping_get_optional(ns, "__annotations__", &ann);
            ERROR_IF(err < 0);
            if (ann == NULL) {
                ann = PyDict_New();
                ERROR_IF(ann == NULL);
                err = mapping_store(ns, "__annotations__", ann);
                ERROR_IF(err);
            }
            Py_DECREF(ann);
        }

        pseudo(ANNOTATIONS_PLACEHOLDER, (--)) = {
            NOP,
        };

        inst(DICT_UPDATE, (dict, unused[oparg - 1], update -- dict, unused[oparg - 1])) {
            /* dict.update(update) for {**a, **b}; the dict sits oparg-1 items below */
            int err = PyDict_Update(PyStackRef_AsPyObjectBorrow(dict), PyStackRef_AsPyObjectBorrow(update));
            if (err < 0) {
                if (exception_matches(tstate, PyExc_AttributeError)) {
                    /* TypeError: 'T' object is not a mapping */
                    raise_not_a_mapping(tstate, update);
                }
                PyStackRef_CLOSE(update);
                ERROR_IF(true);
            }
            PyStackRef_CLOSE(update);
        }

        inst(DICT_MERGE, (callable, unused, unused, dict, unused[oparg - 1], update -- callable, unused, unused, dict, unused[oparg - 1])) {
            /* f(**a, **b): merge update into the kwargs dict, rejecting duplicate keys */
            int err = dict_merge_no_duplicates(PyStackRef_AsPyObjectBorrow(dict), PyStackRef_AsPyObjectBorrow(update));
            if (err < 0) {
                /* "f() got multiple values for keyword argument 'x'" or
                   "argument after ** must be a mapping", naming callable */
                format_kwargs_error(tstate, callable, update);
                PyStackRef_CLOSE(update);
                ERROR_IF(true);
            }
            PyStackRef_CLOSE(update);
        }

        inst(MAP_ADD, (dict_st, unused[oparg - 1], key, value -- dict_st, unused[oparg - 1])) {
            /* dict comprehension step: dict[key] = value, dict sits oparg-1 items below */
            int err = dict_set_item_steal_both(PyStackRef_AsPyObjectBorrow(dict_st), key, value);
            DEAD(key);
            DEAD(value);
            ERROR_IF(err != 0);
        }

        macro(INSTRUMENTED_LOAD_SUPER_ATTR) = counter/1 + _LOAD_SUPER_ATTR + _PUSH_NULL_CONDITIONAL;

        family(LOAD_SUPER_ATTR, INLINE_CACHE_ENTRIES_LOAD_SUPER_ATTR) = {
            LOAD_SUPER_ATTR_ATTR,
            LOAD_SUPER_ATTR_METHOD,
        };

        specializing op(_SPECIALIZE_LOAD_SUPER_ATTR, (counter/1, global_super_st, class_st, unused -- global_super_st, class_st, unused)) {
            if (adaptive_counter_triggers(counter)) {
                /* specialize when global_super is the builtin super and class a type;
                   low bit of oparg selects the method form */
                int load_method = oparg & 1;
                next_instr = this_instr;
                specialize_load_super_attr(global_super_st, class_st, next_instr, load_method);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        tier1 op(_LOAD_SUPER_ATTR, (global_super_st, class_st, self_st -- attr)) {
            /* super(class, self).name, the super() call being visible to monitoring
               when this is the instrumented form */
            PyObject *global_super = PyStackRef_AsPyObjectBorrow(global_super_st);
            PyObject *class = PyStackRef_AsPyObjectBorrow(class_st);
            PyObject *self = PyStackRef_AsPyObjectBorrow(self_st);
            int instrumented = (opcode == INSTRUMENTED_LOAD_SUPER_ATTR);
            /* oparg & 2: super was called with explicit arguments */
            PyObject *arg0 = (oparg & 2) ? class : monitoring_missing();
            if (instrumented && monitor_call(tstate, frame, this_instr, global_super, arg0) < 0) {
                DECREF_INPUTS();
                ERROR_IF(true);
            }
            PyObject *super = call_two_args(global_super, class, self);
            if (instrumented) {
                super = monitor_c_return_or_raise(tstate, frame, this_instr, global_super, arg0, super);
            }
            DECREF_INPUTS();
            ERROR_IF(super == NULL);
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 2);
            PyObject *attr_o = PyObject_GetAttr(super, name);
            Py_DECREF(super);
            ERROR_IF(attr_o == NULL);
            attr = PyStackRef_FromPyObjectSteal(attr_o);
        }

        macro(LOAD_SUPER_ATTR) = _SPECIALIZE_LOAD_SUPER_ATTR + _LOAD_SUPER_ATTR + _PUSH_NULL_CONDITIONAL;

        inst(LOAD_SUPER_ATTR_ATTR, (unused/1, global_super_st, class_st, self_st -- attr_st)) {
            /* attribute form, without creating the super object */
            assert(!(oparg & 1));
            PyObject *class = PyStackRef_AsPyObjectBorrow(class_st);
            DEOPT_IF(PyStackRef_AsPyObjectBorrow(global_super_st) != (PyObject *)&PySuper_Type);
            DEOPT_IF(!PyType_Check(class));
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 2);
            PyObject *attr = super_lookup_attr((PyTypeObject *)class, PyStackRef_AsPyObjectBorrow(self_st), name, NULL);
            DECREF_INPUTS();
            ERROR_IF(attr == NULL);
            attr_st = PyStackRef_FromPyObjectSteal(attr);
        }

        inst(LOAD_SUPER_ATTR_METHOD, (unused/1, global_super_st, class_st, self_st -- attr, self_or_null)) {
            /* method form: push (function, self) when a plain function is found,
               otherwise (bound attribute, NULL) */
            assert(oparg & 1);
            PyObject *class = PyStackRef_AsPyObjectBorrow(class_st);
            DEOPT_IF(PyStackRef_AsPyObjectBorrow(global_super_st) != (PyObject *)&PySuper_Type);
            DEOPT_IF(!PyType_Check(class));
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 2);
            int method_found = 0;
            PyObject *attr_o = super_lookup_attr((PyTypeObject *)class, PyStackRef_AsPyObjectBorrow(self_st), name, &method_found);
            if (attr_o == NULL) {
                ERROR_NO_POP();
            }
            if (method_found) {
                self_or_null = self_st;
            }
            else {
                PyStackRef_CLOSE(self_st);
                self_or_null = PyStackRef_NULL;
            }
            DEAD(self_st);
            PyStackRef_CLOSE(class_st);
            PyStackRef_CLOSE(global_super_st);
            attr = PyStackRef_FromPyObjectSteal(attr_o);
        }

        family(LOAD_ATTR, INLINE_CACHE_ENTRIES_LOAD_ATTR) = {
            LOAD_ATTR_INSTANCE_VALUE,
            LOAD_ATTR_MODULE,
            LOAD_ATTR_WITH_HINT,
            LOAD_ATTR_SLOT,
            LOAD_ATTR_CLASS,
            LOAD_ATTR_CLASS_WITH_METACLASS_CHECK,
            LOAD_ATTR_PROPERTY,
            LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
            LOAD_ATTR_METHOD_WITH_VALUES,
            LOAD_ATTR_METHOD_NO_DICT,
            LOAD_ATTR_METHOD_LAZY_DICT,
            LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
            LOAD_ATTR_NONDESCRIPTOR_NO_DICT,
        };

        specializing op(_SPECIALIZE_LOAD_ATTR, (counter/1, owner -- owner)) {
            if (adaptive_counter_triggers(counter)) {
                /* name index is oparg >> 1; low bit selects method-load form */
                PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
                next_instr = this_instr;
                specialize_load_attr(owner, next_instr, name);
                DISPATCH_SAME_OPARG();
            }
            advance_adaptive_counter(this_instr);
        }

        op(_LOAD_ATTR, (owner -- attr, self_or_null[oparg&1])) {
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
            if (oparg & 1) {
                /* method load for a following CALL: if name resolves to a plain
                   method, push (function, owner) and skip making a bound method */
                int is_method = lookup_method(owner, name, &attr);
                if (is_method) {
                    self_or_null[0] = owner;
                }
                else {
                    DECREF_INPUTS();
                    ERROR_IF(PyStackRef_IsNull(attr));
                    self_or_null[0] = PyStackRef_NULL;
                }
            }
            else {
                /* plain getattr(owner, name) */
                PyObject *attr_o = PyObject_GetAttr(PyStackRef_AsPyObjectBorrow(owner), name);
                DECREF_INPUTS();
                ERROR_IF(attr_o == NULL);
                attr = PyStackRef_FromPyObjectSteal(attr_o);
            }
        }

        macro(LOAD_ATTR) = _SPECIALIZE_LOAD_ATTR + unused/8 + _LOAD_ATTR;

        op(_GUARD_TYPE_VERSION, (type_version/2, owner -- owner)) {
            /* the owner's type must be unchanged since specialization */
            PyTypeObject *tp = Py_TYPE(PyStackRef_AsPyObjectBorrow(owner));
            assert(type_version != 0);
            EXIT_IF(type_version_tag(tp) != type_version);
        }

        op(_GUARD_TYPE_VERSION_AND_LOCK, (type_version/2, owner -- owner)) {
            /* as _GUARD_TYPE_VERSION, but (free-threaded build) also lock the owner,
               the lock being held until the following store releases it */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            assert(type_version != 0);
            EXIT_IF(!LOCK_OBJECT(owner_o));
            if (type_version_tag(Py_TYPE(owner_o)) != type_version) {
                UNLOCK_OBJECT(owner_o);
                EXIT_IF(true);
            }
        }

        op(_CHECK_MANAGED_OBJECT_HAS_VALUES, (owner -- owner)) {
            /* the object keeps its attributes in inline values, and they are still valid
               (not replaced by a materialized __dict__) */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            assert(Py_TYPE(owner_o)->tp_flags & Py_TPFLAGS_INLINE_VALUES);
            DEOPT_IF(!inline_values_valid(owner_o));
        }

        op(_LOAD_ATTR_INSTANCE_VALUE, (offset/1, owner -- attr)) {
            /* read the attribute straight from its inline value slot at byte offset */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            PyObject **slot = (PyObject **)((char *)owner_o + offset);
            PyObject *attr_o = atomic_load_ptr(slot);
            DEOPT_IF(attr_o == NULL);
            attr = PyStackRef_FromPyObjectNew(attr_o);
            DECREF_INPUTS();
        }

        macro(LOAD_ATTR_INSTANCE_VALUE) = unused/1 + _GUARD_TYPE_VERSION + _CHECK_MANAGED_OBJECT_HAS_VALUES + _LOAD_ATTR_INSTANCE_VALUE + unused/5 + _PUSH_NULL_CONDITIONAL;

        op(_LOAD_ATTR_MODULE, (dict_version/2, index/1, owner -- attr)) {
            /* module attribute: entry "index" of the module dict, guarded by its keys version */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            DEOPT_IF(!is_plain_module(owner_o));
            PyDictObject *dict = module_dict(owner_o);
            DEOPT_IF(dict_keys_version(dict) != dict_version);
            PyObject *attr_o = dict_unicode_entry_value(dict, index);
            DEOPT_IF(attr_o == NULL);
            attr = PyStackRef_FromPyObjectNew(attr_o);
            DECREF_INPUTS();
        }

        macro(LOAD_ATTR_MODULE) = unused/1 + _LOAD_ATTR_MODULE + unused/5 + _PUSH_NULL_CONDITIONAL;

        op(_LOAD_ATTR_WITH_HINT, (hint/1, owner -- attr)) {
            /* the attribute is expected at entry "hint" of the instance's __dict__ */
            PyDictObject *dict = managed_dict(PyStackRef_AsPyObjectBorrow(owner));
            DEOPT_IF(dict == NULL);
            DEOPT_IF(hint >= dict_entry_count(dict));
            DEOPT_IF(!dict_has_unicode_keys(dict));
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
            DEOPT_IF(dict_unicode_entry_key(dict, hint) != name);
            PyObject *attr_o = dict_unicode_entry_value(dict, hint);
            DEOPT_IF(attr_o == NULL);
            attr = PyStackRef_FromPyObjectNew(attr_o);
            DECREF_INPUTS();
        }

        macro(LOAD_ATTR_WITH_HINT) = unused/1 + _GUARD_TYPE_VERSION + _LOAD_ATTR_WITH_HINT + unused/5 + _PUSH_NULL_CONDITIONAL;

        op(_LOAD_ATTR_SLOT, (index/1, owner -- attr)) {
            /* __slots__ member: the value is stored at byte offset "index" in the object */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            PyObject *attr_o = atomic_load_ptr((PyObject **)((char *)owner_o + index));
            /* empty slot: let the generic path raise AttributeError */
            DEOPT_IF(attr_o == NULL);
            attr = PyStackRef_FromPyObjectNew(attr_o);
            DECREF_INPUTS();
        }

        macro(LOAD_ATTR_SLOT) = unused/1 + _GUARD_TYPE_VERSION + _LOAD_ATTR_SLOT + unused/5 + _PUSH_NULL_CONDITIONAL;

        op(_CHECK_ATTR_CLASS, (type_version/2, owner -- owner)) {
            /* owner must be a class whose version tag is the one seen at specialization */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            EXIT_IF(!PyType_Check(owner_o));
            assert(type_version != 0);
            EXIT_IF(type_version_tag((PyTypeObject *)owner_o) != type_version);
        }

        op(_LOAD_ATTR_CLASS, (descr/4, owner -- attr)) {
            /* attribute of a class: the cached object (descr) is the answer itself */
            assert(descr != NULL);
            attr = PyStackRef_FromPyObjectNew(descr);
            DECREF_INPUTS();
        }

        macro(LOAD_ATTR_CLASS) = unused/1 + _CHECK_ATTR_CLASS + unused/2 + _LOAD_ATTR_CLASS + _PUSH_NULL_CONDITIONAL;

        macro(LOAD_ATTR_CLASS_WITH_METACLASS_CHECK) = unused/1 + _CHECK_ATTR_CLASS + _GUARD_TYPE_VERSION + _LOAD_ATTR_CLASS + _PUSH_NULL_CONDITIONAL;

        op(_LOAD_ATTR_PROPERTY_FRAME, (fget/4, owner -- new_frame: _PyInterpreterFrame *)) {
            /* owner.prop where prop is a property with a simple Python fget: call
               fget(owner) in a new frame instead of through the descriptor machinery */
            assert((oparg & 1) == 0);
            PyFunctionObject *f = (PyFunctionObject *)fget;
            PyCodeObject *code = function_code(f);
            DEOPT_IF(!has_simple_positional_signature(code));
            DEOPT_IF(code->co_argcount != 1);
            DEOPT_IF(!frame_stack_has_space(tstate, code->co_framesize));
            new_frame = push_function_frame(tstate, f, 1);
            new_frame->localsplus[0] = owner;
            DEAD(owner);
        }

        macro(LOAD_ATTR_PROPERTY) = unused/1 + _CHECK_PEP_523 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_PROPERTY_FRAME + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        inst(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, (unused/1, type_version/2, func_version/2, getattribute/4, owner -- unused)) {
            /* the type overrides __getattribute__ with a Python function: call
               type(owner).__getattribute__(owner, name) in a new frame */
            assert((oparg & 1) == 0);
            DEOPT_IF(has_custom_eval_frame(tstate));
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            DEOPT_IF(type_version_tag(Py_TYPE(owner_o)) != type_version);
            PyFunctionObject *f = (PyFunctionObject *)getattribute;
            DEOPT_IF(f->func_version != func_version);
            PyCodeObject *code = function_code(f);
            assert(code->co_argcount == 2);
            DEOPT_IF(!frame_stack_has_space(tstate, code->co_framesize));
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg >> 1);
            _PyInterpreterFrame *new_frame = push_function_frame(tstate, f, 2);
            new_frame->localsplus[0] = owner;
            DEAD(owner);
            new_frame->localsplus[1] = PyStackRef_FromPyObjectNew(name);
            SYNC_SP();
            new_frame->previous = frame;
            frame->return_offset = INSTRUCTION_SIZE;
            DISPATCH_INLINED(new_frame);
        }

        op(_GUARD_DORV_NO_DICT, (owner -- owner)) {
            /* storing into inline values is only valid when no __dict__ has been
               materialized and the inline values are still in use */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            assert(Py_TYPE(owner_o)->tp_flags & Py_TPFLAGS_INLINE_VALUES);
            if (managed_dict(owner_o) != NULL || !inline_values_valid(owner_o)) {
                UNLOCK_OBJECT(owner_o);
                EXIT_IF(true);
            }
        }

        op(_STORE_ATTR_INSTANCE_VALUE, (offset/1, value, owner --)) {
            /* owner.attr = value into the inline value slot at byte offset;
               owner was locked by _GUARD_TYPE_VERSION_AND_LOCK */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            PyObject **slot = (PyObject **)((char *)owner_o + offset);
            PyObject *old_value = *slot;
            atomic_store_ptr(slot, PyStackRef_AsPyObjectSteal(value));
            if (old_value == NULL) {
                /* a new attribute: record its slot in the inline values insertion order */
                inline_values_mark_present(owner_o, offset);
            }
            UNLOCK_OBJECT(owner_o);
            Py_XDECREF(old_value);
            PyStackRef_CLOSE(owner);
        }

        macro(STORE_ATTR_INSTANCE_VALUE) = unused/1 + _GUARD_TYPE_VERSION_AND_LOCK + _GUARD_DORV_NO_DICT + _STORE_ATTR_INSTANCE_VALUE;

        op(_STORE_ATTR_WITH_HINT, (hint/1, value, owner --)) {
            /* owner.name = value where name is an existing key at entry "hint"
               of the instance's __dict__ */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            PyDictObject *dict = managed_dict(owner_o);
            DEOPT_IF(dict == NULL);
            DEOPT_IF(!LOCK_OBJECT(dict));
            PyObject *name = GETITEM(FRAME_CO_NAMES, oparg);
            if (hint >= dict_entry_count(dict) || !dict_has_unicode_keys(dict) ||
                dict_unicode_entry_key(dict, hint) != name ||
                dict_unicode_entry_value(dict, hint) == NULL) {
                /* missing or moved: inserting a new key needs the generic path */
                UNLOCK_OBJECT(dict);
                DEOPT_IF(true);
            }
            PyObject *old_value = dict_unicode_entry_value(dict, hint);
            notify_dict_watchers_modified(dict, name, value);
            dict_unicode_entry_set_value(dict, hint, PyStackRef_AsPyObjectSteal(value));
            UNLOCK_OBJECT(dict);
            Py_DECREF(old_value);
            PyStackRef_CLOSE(owner);
        }

        macro(STORE_ATTR_WITH_HINT) = unused/1 + _GUARD_TYPE_VERSION + _STORE_ATTR_WITH_HINT;

        op(_STORE_ATTR_SLOT, (index/1, value, owner --)) {
            /* owner.attr = value for a __slots__ member at byte offset "index" */
            PyObject *owner_o = PyStackRef_AsPyObjectBorrow(owner);
            DEOPT_IF(!LOCK_OBJECT(owner_o));
            PyObject **slot = (PyObject **)((char *)owner_o + index);
            PyObject *old_value = *slot;
            atomic_store_ptr(slot, PyStackRef_AsPyObjectSteal(value));
            UNLOCK_OBJECT(owner_o);
            Py_XDECREF(old_value);
            PyStackRef_CLOSE(owner);
        }
        macro(STORE_ATTR_SLOT) = unused/1 + _GUARD_TYPE_VERSION + _STORE_ATTR_SLOT;

        family(COMPARE_OP, INLINE_CACHE_ENTRIES_COMPARE_OP) = {
            COMPARE_OP_FLOAT,
            COMPARE_OP_INT,
            COMPARE_OP_STR,
        };

        specializing op(_SPECIALIZE_COMPARE_OP, (counter/1, left, right -- left, right)) {
            /* Adaptive entry: when the backoff counter fires, rewrite this COMPARE_OP
               into a specialized form for the operand types seen now, and re-run it. */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                specialize_compare_op(left, right, next_instr, oparg);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        op(_COMPARE_OP, (left, right -- res)) {
            /* oparg >> 5 is the rich-comparison kind (Py_LT .. Py_GE);
               bit 16 asks for the result to be coerced to an exact bool. */
            int kind = oparg >> 5;
            PyObject *res_o = PyObject_RichCompare(stackref_borrow(left), stackref_borrow(right), kind);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            if (oparg & 16) {
                int truth = PyObject_IsTrue(res_o);
                Py_DECREF(res_o);
                ERROR_IF(truth < 0);
                res = truth ? PyStackRef_True : PyStackRef_False;
            }
            else {
                res = PyStackRef_FromPyObjectSteal(res_o);
            }
        }

        macro(COMPARE_OP) = _SPECIALIZE_COMPARE_OP + _COMPARE_OP;

        macro(COMPARE_OP_FLOAT) = _GUARD_TOS_FLOAT + _GUARD_NOS_FLOAT + unused/1 + _COMPARE_OP_FLOAT;

        macro(COMPARE_OP_INT) = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/1 + _COMPARE_OP_INT;

        macro(COMPARE_OP_STR) = _GUARD_TOS_UNICODE + _GUARD_NOS_UNICODE + unused/1 + _COMPARE_OP_STR;

        op(_COMPARE_OP_FLOAT, (left, right -- res)) {
            /* Both operands are exact floats (guarded). The low bits of oparg are a
               mask of the outcomes (less / greater / equal / unordered) that mean True. */
            double a = float_value(left);
            double b = float_value(right);
            int outcome = comparison_outcome_bit(a, b);
            DECREF_INPUTS();
            res = (outcome & oparg) ? PyStackRef_True : PyStackRef_False;
        }

        op(_COMPARE_OP_INT, (left, right -- res)) {
            /* Both operands are exact ints; only word-sized ("compact") ones are handled here. */
            DEOPT_IF(!int_is_compact(left));
            DEOPT_IF(!int_is_compact(right));
            Py_ssize_t a = compact_int_value(left);
            Py_ssize_t b = compact_int_value(right);
            int outcome = comparison_outcome_bit(a, b);
            DECREF_INPUTS();
            res = (outcome & oparg) ? PyStackRef_True : PyStackRef_False;
        }

        op(_COMPARE_OP_STR, (left, right -- res)) {
            /* Only == and != are specialized for exact str: compare contents. */
            int equal = unicode_equal_contents(left, right);
            int outcome = equal ? COMPARISON_EQUALS : COMPARISON_NOT_EQUALS;
            DECREF_INPUTS();
            res = (outcome & oparg) ? PyStackRef_True : PyStackRef_False;
        }

        inst(IS_OP, (left, right -- b)) {
            /* Identity test: oparg 0 is "is", oparg 1 is "is not". */
            int same = PyStackRef_Is(left, right);
            DECREF_INPUTS();
            b = (same ^ oparg) ? PyStackRef_True : PyStackRef_False;
        }

        family(CONTAINS_OP, INLINE_CACHE_ENTRIES_CONTAINS_OP) = {
            CONTAINS_OP_SET,
            CONTAINS_OP_DICT,
        };

        op(_CONTAINS_OP, (left, right -- b)) {
            /* "left in right" via right's __contains__ (or iteration); oparg 1 means "not in". */
            int found = PySequence_Contains(stackref_borrow(right), stackref_borrow(left));
            DECREF_INPUTS();
            ERROR_IF(found < 0);
            b = (found ^ oparg) ? PyStackRef_True : PyStackRef_False;
        }

        specializing op(_SPECIALIZE_CONTAINS_OP, (counter/1, left, right -- left, right)) {
            /* Specialize on the container type (set/frozenset or dict) when the counter fires. */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                specialize_contains_op(right, next_instr);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        macro(CONTAINS_OP) = _SPECIALIZE_CONTAINS_OP + _CONTAINS_OP;

        op(_GUARD_TOS_ANY_SET, (tos -- tos)) {
            /* Container must be an exact set or an exact frozenset. */
            PyObject *o = stackref_borrow(tos);
            DEOPT_IF(!(PySet_CheckExact(o) || PyFrozenSet_CheckExact(o)));
        }

        macro(CONTAINS_OP_SET) = _GUARD_TOS_ANY_SET + unused/1 + _CONTAINS_OP_SET;

        op(_CONTAINS_OP_SET, (left, right -- b)) {
            /* Hash lookup of left in the set/frozenset right; oparg 1 inverts ("not in"). */
            int found = set_contains_key(stackref_borrow(right), stackref_borrow(left));
            DECREF_INPUTS();
            ERROR_IF(found < 0);   /* e.g. unhashable left */
            b = (found ^ oparg) ? PyStackRef_True : PyStackRef_False;
        }

        macro(CONTAINS_OP_DICT) = _GUARD_TOS_DICT + unused/1 + _CONTAINS_OP_DICT;

        op(_CONTAINS_OP_DICT, (left, right -- b)) {
            /* Key lookup of left in the exact dict right; oparg 1 inverts ("not in"). */
            int found = PyDict_Contains(stackref_borrow(right), stackref_borrow(left));
            DECREF_INPUTS();
            ERROR_IF(found < 0);   /* e.g. unhashable key, or __eq__ raised */
            b = (found ^ oparg) ? PyStackRef_True : PyStackRef_False;
        }

        inst(CHECK_EG_MATCH, (exc_value_st, match_type_st -- rest, match)) {
            /* except* T: split the active exception (group) into the part matching T and the rest. */
            PyObject *exc_value = stackref_borrow(exc_value_st);
            PyObject *match_type = stackref_borrow(match_type_st);
            /* TypeError if T is not an exception class (or tuple of them), or is an ExceptionGroup type */
            int valid = check_except_star_type_valid(tstate, match_type);
            if (valid < 0) {
                DECREF_INPUTS();
                ERROR_IF(true);
            }
            PyObject *match_o = NULL;
            PyObject *rest_o = NULL;
            int status = split_exception_group(frame, exc_value, match_type, &match_o, &rest_o);
            DECREF_INPUTS();
            ERROR_IF(status < 0);
            /* match is None when nothing matched; otherwise it becomes the handled exception */
            if (!Py_IsNone(match_o)) {
                PyErr_SetHandledException(match_o);
            }
            rest = PyStackRef_FromPyObjectSteal(rest_o);
            match = PyStackRef_FromPyObjectSteal(match_o);
        }

        inst(CHECK_EXC_MATCH, (left, right -- left, b)) {
            /* except T: left is the raised exception (kept), right is T (consumed). */
            int valid = check_except_type_valid(tstate, right);  /* T must be a BaseException subclass or tuple */
            if (valid < 0) {
                ERROR_NO_POP();
            }
            int matches = PyErr_GivenExceptionMatches(stackref_borrow(left), stackref_borrow(right));
            PyStackRef_CLOSE(right);
            b = matches ? PyStackRef_True : PyStackRef_False;
        }

        inst(IMPORT_NAME, (level, fromlist -- res)) {
            /* import co_names[oparg] with the given fromlist and relative level,
               through builtins.__import__ (or the import machinery directly when not overridden). */
            PyObject *name = PyTuple_GET_ITEM(FRAME_CO_NAMES, oparg);
            PyObject *module = import_name_via_builtins(tstate, frame, name,
                                                        stackref_borrow(fromlist),
                                                        stackref_borrow(level));
            DECREF_INPUTS();
            ERROR_IF(module == NULL);
            res = PyStackRef_FromPyObjectSteal(module);
        }

        inst(IMPORT_FROM, (from -- from, res)) {
            /* from <module> import co_names[oparg]: getattr(module, name), falling back to
               sys.modules["<package>.<name>"]; ImportError "cannot import name ..." otherwise. */
            PyObject *name = PyTuple_GET_ITEM(FRAME_CO_NAMES, oparg);
            PyObject *value = import_from_module(tstate, stackref_borrow(from), name);
            ERROR_IF(value == NULL);
            res = PyStackRef_FromPyObjectSteal(value);
        }

        tier1 inst(JUMP_FORWARD, (--)) {
            /* Unconditional forward jump by oparg code units. */
            JUMPBY(oparg);
        }

        family(JUMP_BACKWARD, 1) = {
            JUMP_BACKWARD_NO_JIT,
            JUMP_BACKWARD_JIT,
        };

        tier1 op(_SPECIALIZE_JUMP_BACKWARD, (--)) {
            /* First execution of a loop back-edge: pick the JIT or non-JIT variant
               depending on whether the interpreter runs with the JIT enabled. */
            if (this_instr->op.code == JUMP_BACKWARD) {
                uint8_t variant = tstate->interp->jit ? JUMP_BACKWARD_JIT : JUMP_BACKWARD_NO_JIT;
                rewrite_instruction_code(this_instr, variant);
                next_instr = this_instr;
                DISPATCH_SAME_OPARG();
            }
        }

        tier1 op(_JIT, (--)) {
            /* Hot loop detection: when the back-edge counter fires, trace from the loop head
               and build an executor (trace of micro-ops); on success enter tier 2. */
            _Py_BackoffCounter backedge = this_instr[1].counter;
            if (backoff_counter_triggers(backedge) && this_instr->op.code == JUMP_BACKWARD_JIT) {
                _Py_CODEUNIT *loop_head = this_instr;
                /* step back over any EXTENDED_ARG prefixes that carried the high bits of oparg */
                for (int high = oparg; high > 255; high >>= 8) {
                    loop_head--;
                }
                _PyExecutorObject *executor = NULL;
                int built = build_trace_executor(frame, loop_head, &executor);
                if (built <= 0) {
                    this_instr[1].counter = restart_backoff_counter(backedge);
                    ERROR_IF(built < 0);
                }
                else {
                    this_instr[1].counter = initial_jump_backoff_counter();
                    enter_tier_two(executor);
                }
            }
            else {
                advance_backoff_counter(&this_instr[1].counter);
            }
        }

        macro(JUMP_BACKWARD) = unused/1 + _SPECIALIZE_JUMP_BACKWARD + _CHECK_PERIODIC + JUMP_BACKWARD_NO_INTERRUPT;

        macro(JUMP_BACKWARD_NO_JIT) = unused/1 + _CHECK_PERIODIC + JUMP_BACKWARD_NO_INTERRUPT;

        macro(JUMP_BACKWARD_JIT) = unused/1 + _CHECK_PERIODIC + JUMP_BACKWARD_NO_INTERRUPT + _JIT;

        pseudo(JUMP, (--)) = {
            JUMP_FORWARD,
            JUMP_BACKWARD,
        };

        pseudo(JUMP_NO_INTERRUPT, (--)) = {
            JUMP_FORWARD,
            JUMP_BACKWARD_NO_INTERRUPT,
        };

        pseudo(JUMP_IF_FALSE, (cond -- cond)) = [
            COPY,
            TO_BOOL,
            POP_JUMP_IF_FALSE,
        ];

        pseudo(JUMP_IF_TRUE, (cond -- cond)) = [
            COPY,
            TO_BOOL,
            POP_JUMP_IF_TRUE,
        ];

        tier1 inst(ENTER_EXECUTOR, (--)) {
            /* This slot was overwritten with ENTER_EXECUTOR; oparg's low byte indexes
               the code object's executor array. */
            PyCodeObject *code = frame_code(frame);
            _PyExecutorObject *executor = code->co_executors->executors[oparg & 255];
            if (executor_is_valid(executor)) {
                Py_INCREF(executor);
                enter_tier_two(executor);
            }
            else {
                /* Invalidated executor: run the original instruction it replaced instead. */
                opcode = executor->vm_data.opcode;
                oparg = (oparg & ~255) | executor->vm_data.oparg;
                next_instr = this_instr;
                if (opcode_has_inline_cache(opcode)) {
                    pause_adaptive_counter(&this_instr[1].counter);
                }
                DISPATCH_GOTO();
            }
        }

        replaced op(_POP_JUMP_IF_FALSE, (cond --)) {
            /* cond is an exact bool (a TO_BOOL precedes). Jump forward oparg when it is False;
               otherwise step over the NOT_TAKEN marker that follows. */
            int flag = PyStackRef_IsFalse(cond);
            DEAD(cond);
            record_branch_taken(&this_instr[1].cache, flag);
            JUMPBY(flag ? oparg : next_instr->op.code == NOT_TAKEN);
        }

        replaced op(_POP_JUMP_IF_TRUE, (cond --)) {
            /* cond is an exact bool. Jump forward oparg when it is True;
               otherwise step over the NOT_TAKEN marker that follows. */
            int flag = PyStackRef_IsTrue(cond);
            DEAD(cond);
            record_branch_taken(&this_instr[1].cache, flag);
            JUMPBY(flag ? oparg : next_instr->op.code == NOT_TAKEN);
        }

        op(_IS_NONE, (value -- b)) {
            /* Replace value by the bool "value is None" (feeds the POP_JUMP_IF_(NOT_)NONE jumps). */
            if (PyStackRef_IsNone(value)) {
                b = PyStackRef_True;
                DEAD(value);
            }
            else {
                b = PyStackRef_False;
                DECREF_INPUTS();
            }
        }

        macro(POP_JUMP_IF_TRUE) = unused/1 + _POP_JUMP_IF_TRUE;

        macro(POP_JUMP_IF_FALSE) = unused/1 + _POP_JUMP_IF_FALSE;

        macro(POP_JUMP_IF_NONE) = unused/1 + _IS_NONE + _POP_JUMP_IF_TRUE;

        macro(POP_JUMP_IF_NOT_NONE) = unused/1 + _IS_NONE + _POP_JUMP_IF_FALSE;

        tier1 inst(JUMP_BACKWARD_NO_INTERRUPT, (--)) {
            /* Backward jump by oparg without the periodic eval-breaker check
               (used for loops inside await/yield-from that must not be interrupted). */
            JUMPBY(-oparg);
        }

        inst(GET_LEN, (obj -- obj, len)) {
            /* len(obj) pushed on top of obj (used by sequence patterns in match). */
            Py_ssize_t n = PyObject_Length(stackref_borrow(obj));
            ERROR_IF(n < 0);
            PyObject *n_o = PyLong_FromSsize_t(n);
            ERROR_IF(n_o == NULL);
            len = PyStackRef_FromPyObjectSteal(n_o);
        }

        inst(MATCH_CLASS, (subject, type, names -- attrs)) {
            /* case type(p0, ..., p{oparg-1}, **kw) where names is the tuple of keyword
               attribute names: isinstance check, then __match_args__ + getattr lookups. */
            PyObject *attrs_o = match_class_pattern(tstate, stackref_borrow(subject),
                                                    stackref_borrow(type), oparg,
                                                    stackref_borrow(names));
            DECREF_INPUTS();
            if (attrs_o != NULL) {
                attrs = PyStackRef_FromPyObjectSteal(attrs_o);   /* tuple of extracted attributes */
            }
            else {
                ERROR_IF(_PyErr_Occurred(tstate));
                attrs = PyStackRef_None;   /* plain failed match */
            }
        }

        inst(MATCH_MAPPING, (subject -- subject, res)) {
            /* Pattern matching: is type(subject) flagged as a mapping (collections.abc.Mapping)? */
            int is_mapping = type_flags_of(subject) & Py_TPFLAGS_MAPPING;
            res = is_mapping ? PyStackRef_True : PyStackRef_False;
        }

        inst(MATCH_SEQUENCE, (subject -- subject, res)) {
            /* Pattern matching: is type(subject) flagged as a sequence (str/bytes are not)? */
            int is_sequence = type_flags_of(subject) & Py_TPFLAGS_SEQUENCE;
            res = is_sequence ? PyStackRef_True : PyStackRef_False;
        }

        inst(MATCH_KEYS, (subject, keys -- subject, keys, values_or_none)) {
            /* Mapping pattern: look up every key of the tuple keys in subject;
               push a tuple of the values, or None if any key is missing. */
            PyObject *values = match_mapping_keys(tstate, stackref_borrow(subject), stackref_borrow(keys));
            ERROR_IF(values == NULL);   /* NULL only on a real error; a miss yields None */
            values_or_none = PyStackRef_FromPyObjectSteal(values);
        }

        inst(GET_ITER, (iterable -- iter)) {
            /* iter(iterable) */
            PyObject *iter_o = PyObject_GetIter(stackref_borrow(iterable));
            DECREF_INPUTS();
            ERROR_IF(iter_o == NULL);
            iter = PyStackRef_FromPyObjectSteal(iter_o);
        }

        inst(GET_YIELD_FROM_ITER, (iterable -- iter)) {
            /* Iterator for "yield from": generators and coroutines are used as-is
               (a coroutine only inside a coroutine-flagged code object); anything else gets iter(). */
            PyObject *obj = stackref_borrow(iterable);
            if (PyCoro_CheckExact(obj)) {
                if (!(frame_code(frame)->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                    _PyErr_SetString(tstate, PyExc_TypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    ERROR_NO_POP();
                }
                iter = iterable;
                DEAD(iterable);
            }
            else if (PyGen_CheckExact(obj)) {
                iter = iterable;
                DEAD(iterable);
            }
            else {
                PyObject *iter_o = PyObject_GetIter(obj);
                if (iter_o == NULL) {
                    ERROR_NO_POP();
                }
                iter = PyStackRef_FromPyObjectSteal(iter_o);
                DECREF_INPUTS();
            }
        }

        family(FOR_ITER, INLINE_CACHE_ENTRIES_FOR_ITER) = {
            FOR_ITER_LIST,
            FOR_ITER_TUPLE,
            FOR_ITER_RANGE,
            FOR_ITER_GEN,
        };

        specializing op(_SPECIALIZE_FOR_ITER, (counter/1, iter -- iter)) {
            /* Specialize on the iterator type (list, tuple, range, generator). */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                specialize_for_iter(iter, next_instr, oparg);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        replaced op(_FOR_ITER, (iter -- iter, next)) {
            /* next(iter); on exhaustion jump forward oparg and skip the END_FOR there,
               leaving iter for the POP_ITER that follows. */
            PyObject *iter_o = stackref_borrow(iter);
            PyObject *next_o = Py_TYPE(iter_o)->tp_iternext(iter_o);
            if (next_o == NULL) {
                if (_PyErr_Occurred(tstate)) {
                    if (!_PyErr_ExceptionMatches(tstate, PyExc_StopIteration)) {
                        ERROR_NO_POP();
                    }
                    /* a StopIteration raised by the iterator is reported to monitoring, then cleared */
                    monitor_raise(tstate, frame, this_instr);
                    _PyErr_Clear(tstate);
                }
                JUMPBY(oparg + 1);
                DISPATCH();
            }
            next = PyStackRef_FromPyObjectSteal(next_o);
        }

        op(_FOR_ITER_TIER_TWO, (iter -- iter, next)) {
            /* Tier-2 next(iter): exhaustion leaves the trace (the exit target is past the END_FOR). */
            PyObject *iter_o = stackref_borrow(iter);
            PyObject *next_o = Py_TYPE(iter_o)->tp_iternext(iter_o);
            if (next_o == NULL && _PyErr_Occurred(tstate)) {
                if (!_PyErr_ExceptionMatches(tstate, PyExc_StopIteration)) {
                    ERROR_NO_POP();
                }
                _PyErr_Clear(tstate);
            }
            EXIT_IF(next_o == NULL);
            next = PyStackRef_FromPyObjectSteal(next_o);
        }

        macro(FOR_ITER) = _SPECIALIZE_FOR_ITER + _FOR_ITER;

        inst(INSTRUMENTED_FOR_ITER, (unused/1, iter -- iter, next)) {
            /* FOR_ITER with sys.monitoring BRANCH events: "left" when an item is produced,
               "right" when the loop exits (jump forward oparg, skip END_FOR). */
            PyObject *iter_o = stackref_borrow(iter);
            PyObject *next_o = Py_TYPE(iter_o)->tp_iternext(iter_o);
            if (next_o != NULL) {
                next = PyStackRef_FromPyObjectSteal(next_o);
                monitor_branch(tstate, frame, this_instr, next_instr, PY_MONITORING_EVENT_BRANCH_LEFT);
            }
            else {
                if (_PyErr_Occurred(tstate)) {
                    if (!_PyErr_ExceptionMatches(tstate, PyExc_StopIteration)) {
                        ERROR_NO_POP();
                    }
                    monitor_raise(tstate, frame, this_instr);
                    _PyErr_Clear(tstate);
                }
                monitor_branch(tstate, frame, this_instr, next_instr + oparg + 1, PY_MONITORING_EVENT_BRANCH_RIGHT);
                JUMPBY(oparg + 1);
                DISPATCH();
            }
        }

        op(_ITER_CHECK_LIST, (iter -- iter)) {
            /* iter must be an exact list iterator. */
            EXIT_IF(Py_TYPE(stackref_borrow(iter)) != &PyListIter_Type);
        }

        replaced op(_ITER_JUMP_LIST, (iter -- iter)) {
            /* Exhausted (or already detached) list iterator: drop the list reference,
               mark it finished, and leave the loop (jump oparg, skip END_FOR). */
            _PyListIterObject *it = (_PyListIterObject *)stackref_borrow(iter);
            PyListObject *seq = it->it_seq;
            if (seq == NULL || (size_t)it->it_index >= (size_t)PyList_GET_SIZE(seq)) {
                it->it_index = -1;
                if (seq != NULL) {
                    it->it_seq = NULL;
                    Py_DECREF(seq);
                }
                JUMPBY(oparg + 1);
                DISPATCH();
            }
        }

        op(_GUARD_NOT_EXHAUSTED_LIST, (iter -- iter)) {
            /* Tier-2 guard: the list iterator still has an item at its current index. */
            _PyListIterObject *it = (_PyListIterObject *)stackref_borrow(iter);
            PyListObject *seq = it->it_seq;
            EXIT_IF(seq == NULL);
            EXIT_IF((size_t)it->it_index >= (size_t)PyList_GET_SIZE(seq));
        }

        replaced op(_ITER_NEXT_LIST, (iter -- iter, next)) {
            /* Fetch list[it_index] (lock-free where the list is shared between threads):
               got one -> advance; list shrank under us -> leave the loop; cannot read safely -> deopt. */
            _PyListIterObject *it = (_PyListIterObject *)stackref_borrow(iter);
            _PyStackRef item;
            int got = list_get_item_ref_nolock(it->it_seq, it->it_index, &item);
            DEOPT_IF(got < 0);
            if (got == 0) {
                it->it_index = -1;
                JUMPBY(oparg + 1);
                DISPATCH();
            }
            it->it_index++;
            next = item;
        }

        op(_ITER_NEXT_LIST_TIER_TWO, (iter -- iter, next)) {
            /* Tier-2 list step: any trouble reading the item leaves the trace. */
            _PyListIterObject *it = (_PyListIterObject *)stackref_borrow(iter);
            _PyStackRef item;
            int got = list_get_item_ref_nolock(it->it_seq, it->it_index, &item);
            EXIT_IF(got <= 0);
            it->it_index++;
            next = item;
        }

        macro(FOR_ITER_LIST) = unused/1 + _ITER_CHECK_LIST + _ITER_JUMP_LIST + _ITER_NEXT_LIST;

        op(_ITER_CHECK_TUPLE, (iter -- iter)) {
            /* iter must be an exact tuple iterator. */
            EXIT_IF(Py_TYPE(stackref_borrow(iter)) != &PyTupleIter_Type);
        }

        replaced op(_ITER_JUMP_TUPLE, (iter -- iter)) {
            /* Exhausted tuple iterator: leave the loop (jump oparg, skip END_FOR). */
            _PyTupleIterObject *it = (_PyTupleIterObject *)stackref_borrow(iter);
            PyTupleObject *seq = it->it_seq;
            if (seq == NULL || it->it_index >= PyTuple_GET_SIZE(seq)) {
                JUMPBY(oparg + 1);
                DISPATCH();
            }
        }

        op(_GUARD_NOT_EXHAUSTED_TUPLE, (iter -- iter)) {
            /* Tier-2 guard: the tuple iterator still has an item at its current index. */
            _PyTupleIterObject *it = (_PyTupleIterObject *)stackref_borrow(iter);
            PyTupleObject *seq = it->it_seq;
            EXIT_IF(seq == NULL);
            EXIT_IF(it->it_index >= PyTuple_GET_SIZE(seq));
        }

        op(_ITER_NEXT_TUPLE, (iter -- iter, next)) {
            /* Tuples are immutable: just take the next element and advance the index. */
            _PyTupleIterObject *it = (_PyTupleIterObject *)stackref_borrow(iter);
            assert(it->it_index < PyTuple_GET_SIZE(it->it_seq));
            PyObject *item = PyTuple_GET_ITEM(it->it_seq, it->it_index++);
            next = PyStackRef_FromPyObjectNew(item);
        }

        macro(FOR_ITER_TUPLE) = unused/1 + _ITER_CHECK_TUPLE + _ITER_JUMP_TUPLE + _ITER_NEXT_TUPLE;

        op(_ITER_CHECK_RANGE, (iter -- iter)) {
            /* iter must be an exact range iterator. */
            EXIT_IF(Py_TYPE(stackref_borrow(iter)) != &PyRangeIter_Type);
        }

        replaced op(_ITER_JUMP_RANGE, (iter -- iter)) {
            /* Range iterator with no items left: leave the loop (jump oparg, skip END_FOR). */
            _PyRangeIterObject *r = (_PyRangeIterObject *)stackref_borrow(iter);
            if (r->len <= 0) {
                JUMPBY(oparg + 1);
                DISPATCH();
            }
        }

        op(_GUARD_NOT_EXHAUSTED_RANGE, (iter -- iter)) {
            /* Tier-2 guard: the range iterator has items left. */
            _PyRangeIterObject *r = (_PyRangeIterObject *)stackref_borrow(iter);
            EXIT_IF(r->len <= 0);
        }

        op(_ITER_NEXT_RANGE, (iter -- iter, next)) {
            /* Produce start, then advance start by step and count one item off len. */
            _PyRangeIterObject *r = (_PyRangeIterObject *)stackref_borrow(iter);
            long value = r->start;
            r->start = value + r->step;
            r->len--;
            PyObject *value_o = PyLong_FromLong(value);
            ERROR_IF(value_o == NULL);
            next = PyStackRef_FromPyObjectSteal(value_o);
        }

        macro(FOR_ITER_RANGE) = unused/1 + _ITER_CHECK_RANGE + _ITER_JUMP_RANGE + _ITER_NEXT_RANGE;

        op(_FOR_ITER_GEN_FRAME, (iter -- iter, gen_frame: _PyInterpreterFrame *)) {
            /* Resume an exact generator in-line: send None into its frame, which returns
               to just past the END_FOR (oparg further) when the generator finishes. */
            PyGenObject *gen = (PyGenObject *)stackref_borrow(iter);
            DEOPT_IF(Py_TYPE(gen) != &PyGen_Type);
            DEOPT_IF(gen->gi_frame_state >= FRAME_EXECUTING);   /* running or already finished */
            gen_frame = &gen->gi_iframe;
            frame_stack_push(gen_frame, PyStackRef_None);
            gen->gi_frame_state = FRAME_EXECUTING;
            gen->gi_exc_state.previous_item = tstate->exc_info;
            tstate->exc_info = &gen->gi_exc_state;
            gen_frame->previous = frame;
            frame->return_offset = (uint16_t)(INSTRUCTION_SIZE + oparg);
        }

        macro(FOR_ITER_GEN) = unused/1 + _CHECK_PEP_523 + _FOR_ITER_GEN_FRAME + _PUSH_FRAME;

        op(_INSERT_NULL, (self -- method_and_self[2])) {
            /* Make room for a looked-up special method: [NULL, self]. */
            method_and_self[1] = self;
            method_and_self[0] = PyStackRef_NULL;
            DEAD(self);
        }

        op(_LOAD_SPECIAL, (method_and_self[2] -- method_and_self[2])) {
            /* Look up the special method selected by oparg (__enter__, __exit__, __aenter__,
               __aexit__) on type(self): result is [method, self] or [bound_attr, NULL]. */
            PyObject *name = special_method_table[oparg].name;
            int found = lookup_special_method(name, method_and_self);
            if (found <= 0) {
                if (found == 0) {
                    /* e.g. "'X' object does not support the context manager protocol" */
                    PyObject *owner = stackref_borrow(method_and_self[1]);
                    _PyErr_Format(tstate, PyExc_TypeError, special_method_table[oparg].error, owner);
                }
                ERROR_NO_POP();
            }
        }

        macro(LOAD_SPECIAL) = _INSERT_NULL + _LOAD_SPECIAL;

        inst(WITH_EXCEPT_START, (exit_func, exit_self, lasti, unused, val -- exit_func, exit_self, lasti, unused, val, res)) {
            /* Exceptional exit from a with-block: call __exit__/__aexit__(type(val), val, tb).
               lasti and the slot below val stay on the stack for the later re-raise. */
            PyObject *exc = stackref_borrow(val);
            PyObject *tb = exception_traceback_or_none(exc);
            PyObject *exit_args[4];
            int n = 0;
            if (!PyStackRef_IsNull(exit_self)) {
                exit_args[n++] = stackref_borrow(exit_self);
            }
            exit_args[n++] = (PyObject *)Py_TYPE(exc);
            exit_args[n++] = exc;
            exit_args[n++] = tb;
            PyObject *res_o = PyObject_Vectorcall(stackref_borrow(exit_func), exit_args, n, NULL);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        pseudo(SETUP_FINALLY, (-- unused), (HAS_ARG)) = {
            NOP,
        };

        pseudo(SETUP_CLEANUP, (-- unused, unused), (HAS_ARG)) = {
            NOP,
        };

        pseudo(SETUP_WITH, (-- unused), (HAS_ARG)) = {
            NOP,
        };

        pseudo(POP_BLOCK, (--)) = {
            NOP,
        };

        inst(PUSH_EXC_INFO, (exc -- prev_exc, new_exc)) {
            /* Entering an except handler: remember the previously handled exception
               (None if there was none) and make exc the currently handled one. */
            _PyErr_StackItem *exc_info = tstate->exc_info;
            if (exc_info->exc_value != NULL) {
                prev_exc = PyStackRef_FromPyObjectSteal(exc_info->exc_value);
            }
            else {
                prev_exc = PyStackRef_None;
            }
            exc_info->exc_value = PyStackRef_AsPyObjectNew(exc);
            new_exc = exc;
            DEAD(exc);
        }

        op(_GUARD_DORV_VALUES_INST_ATTR_FROM_DICT, (owner -- owner)) {
            /* The instance still keeps its attributes in inline values (no materialized
               __dict__ took them over), so the shared-keys check below is meaningful. */
            PyObject *owner_o = stackref_borrow(owner);
            assert(Py_TYPE(owner_o)->tp_flags & Py_TPFLAGS_INLINE_VALUES);
            DEOPT_IF(!inline_values_of(owner_o)->valid);
        }

        op(_GUARD_KEYS_VERSION, (keys_version/2, owner -- owner)) {
            /* The type's cached shared instance keys are unchanged, i.e. instances still
               cannot have an attribute shadowing the name found on the class. */
            PyHeapTypeObject *heap_type = (PyHeapTypeObject *)Py_TYPE(stackref_borrow(owner));
            PyDictKeysObject *keys = heap_type->ht_cached_keys;
            DEOPT_IF(keys->dk_version != keys_version);
        }

        op(_LOAD_ATTR_METHOD_WITH_VALUES, (descr/4, owner -- attr, self)) {
            /* Method load (oparg & 1): push the cached function found on the class and
               keep owner as self; no bound-method object is created. */
            assert(oparg & 1);
            assert(descr != NULL && type_has_method_descriptor(descr));
            attr = PyStackRef_FromPyObjectNew(descr);
            self = owner;
            DEAD(owner);
        }

        macro(LOAD_ATTR_METHOD_WITH_VALUES) = unused/1 + _GUARD_TYPE_VERSION + _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT + _GUARD_KEYS_VERSION + _LOAD_ATTR_METHOD_WITH_VALUES;

        op(_LOAD_ATTR_METHOD_NO_DICT, (descr/4, owner -- attr, self)) {
            /* Method load (oparg & 1) on an instance of a type without a __dict__:
               push the cached function and owner as self. */
            assert(oparg & 1);
            assert(Py_TYPE(stackref_borrow(owner))->tp_dictoffset == 0);
            attr = PyStackRef_FromPyObjectNew(descr);
            self = owner;
            DEAD(owner);
        }

        macro(LOAD_ATTR_METHOD_NO_DICT) = unused/1 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_METHOD_NO_DICT;

        op(_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, (descr/4, owner -- attr)) {
            /* Plain attribute load (not oparg & 1) of a class attribute that is not a
               descriptor and not shadowed by the instance: the cached object itself. */
            assert((oparg & 1) == 0);
            DECREF_INPUTS();
            attr = PyStackRef_FromPyObjectNew(descr);
        }

        macro(LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES) = unused/1 + _GUARD_TYPE_VERSION + _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT + _GUARD_KEYS_VERSION + _LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES;

        op(_LOAD_ATTR_NONDESCRIPTOR_NO_DICT, (descr/4, owner -- attr)) {
            /* Plain attribute load (not oparg & 1) of a non-descriptor class attribute
               on an instance that has no __dict__ at all. */
            assert((oparg & 1) == 0);
            assert(Py_TYPE(stackref_borrow(owner))->tp_dictoffset == 0);
            DECREF_INPUTS();
            attr = PyStackRef_FromPyObjectNew(descr);
        }

        macro(LOAD_ATTR_NONDESCRIPTOR_NO_DICT) = unused/1 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_NONDESCRIPTOR_NO_DICT;

        op(_CHECK_ATTR_METHOD_LAZY_DICT, (dictoffset/1, owner -- owner)) {
            /* The instance __dict__ (at dictoffset) has not been created yet,
               so nothing on the instance can shadow the method. */
            char *slot = (char *)stackref_borrow(owner) + MANAGED_DICT_OFFSET + dictoffset;
            PyObject *dict = *(PyObject **)slot;
            DEOPT_IF(dict != NULL);
        }

        op(_LOAD_ATTR_METHOD_LAZY_DICT, (descr/4, owner -- attr, self)) {
            /* Method load (oparg & 1) for an instance whose dict is still lazily absent:
               push the cached function and owner as self. */
            assert(oparg & 1);
            attr = PyStackRef_FromPyObjectNew(descr);
            self = owner;
            DEAD(owner);
        }

        macro(LOAD_ATTR_METHOD_LAZY_DICT) = unused/1 + _GUARD_TYPE_VERSION + _CHECK_ATTR_METHOD_LAZY_DICT + unused/1 + _LOAD_ATTR_METHOD_LAZY_DICT;

        family(CALL, INLINE_CACHE_ENTRIES_CALL) = {
            CALL_BOUND_METHOD_EXACT_ARGS,
            CALL_PY_EXACT_ARGS,
            CALL_TYPE_1,
            CALL_STR_1,
            CALL_TUPLE_1,
            CALL_BUILTIN_CLASS,
            CALL_BUILTIN_O,
            CALL_BUILTIN_FAST,
            CALL_BUILTIN_FAST_WITH_KEYWORDS,
            CALL_LEN,
            CALL_ISINSTANCE,
            CALL_LIST_APPEND,
            CALL_METHOD_DESCRIPTOR_O,
            CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
            CALL_METHOD_DESCRIPTOR_NOARGS,
            CALL_METHOD_DESCRIPTOR_FAST,
            CALL_ALLOC_AND_ENTER_INIT,
            CALL_PY_GENERAL,
            CALL_BOUND_METHOD_GENERAL,
            CALL_NON_PY_GENERAL,
        };

        specializing op(_SPECIALIZE_CALL, (counter/1, callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            /* Specialize on the callable (counting self, if present, as an argument). */
            if (backoff_counter_triggers(counter)) {
                next_instr = this_instr;
                int nargs = oparg + !PyStackRef_IsNull(self_or_null);
                specialize_call(callable, next_instr, nargs);
                DISPATCH_SAME_OPARG();
            }
            advance_backoff_counter(&this_instr[1].counter);
        }

        op(_MAYBE_EXPAND_METHOD, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            /* A bound method object with an empty self slot is unpacked in place into
               [function, self], so self becomes the first of oparg + 1 arguments. */
            if (PyStackRef_IsNull(self_or_null) && stackref_type(callable) == &PyMethod_Type) {
                PyMethodObject *method = (PyMethodObject *)stackref_borrow(callable);
                self_or_null = PyStackRef_FromPyObjectNew(method->im_self);
                _PyStackRef old = callable;
                callable = PyStackRef_FromPyObjectNew(method->im_func);
                PyStackRef_CLOSE(old);
            }
        }

        op(_DO_CALL, (callable, self_or_null, args[oparg] -- res)) {
            /* Generic call with oparg positional args (plus self when the slot is set). */
            PyObject *callable_o = stackref_borrow(callable);
            _PyStackRef *arguments = args;
            int total_args = oparg;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            /* Plain Python function and no PEP 523 hook: push its frame and run it inline. */
            if (is_inlinable_py_function(tstate, callable_o)) {
                _PyInterpreterFrame *callee = push_frame_with_args(tstate, callable, arguments, total_args, frame);
                DEAD(args);
                DEAD(self_or_null);
                DEAD(callable);
                SYNC_SP();   /* the new frame owns the arguments now */
                if (callee == NULL) {
                    ERROR_NO_POP();
                }
                frame->return_offset = INSTRUCTION_SIZE;
                DISPATCH_INLINED(callee);
            }
            /* Anything else: vectorcall it. */
            PyObject *res_o = vectorcall_stackrefs(callable_o, arguments, total_args);
            if (opcode == INSTRUMENTED_CALL) {
                /* report C_RETURN / C_RAISE for non-Python callables */
                monitor_c_call_result(tstate, frame, this_instr, callable_o, arguments, total_args, &res_o);
            }
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        op(_MONITOR_CALL, (func, maybe_self, args[oparg] -- func, maybe_self, args[oparg])) {
            /* Fire the sys.monitoring CALL event with the callable and its first
               argument (self, else args[0], else the MISSING sentinel). */
            PyObject *arg0;
            if (!PyStackRef_IsNull(maybe_self)) {
                arg0 = stackref_borrow(maybe_self);
            }
            else if (oparg > 0) {
                arg0 = stackref_borrow(args[0]);
            }
            else {
                arg0 = &_PyInstrumentation_MISSING;
            }
            SYNC_SP();
            int err = monitor_call_event(tstate, frame, this_instr, stackref_borrow(func), arg0);
            ERROR_IF(err);
        }

        macro(CALL) = _SPECIALIZE_CALL + unused/2 + _MAYBE_EXPAND_METHOD + _DO_CALL + _CHECK_PERIODIC;

        macro(INSTRUMENTED_CALL) = unused/3 + _MAYBE_EXPAND_METHOD + _MONITOR_CALL + _DO_CALL + _CHECK_PERIODIC;

        op(_PY_FRAME_GENERAL, (callable, self_or_null, args[oparg] -- new_frame: _PyInterpreterFrame *)) {
            /* Build the callee's interpreter frame, binding all oparg (+ self) positional
               args to its parameters (defaults, *args, errors handled by the binder). */
            _PyStackRef *arguments = args;
            int total_args = oparg;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            _PyInterpreterFrame *pushed = push_frame_with_args(tstate, callable, arguments, total_args, frame);
            DEAD(args);
            DEAD(self_or_null);
            DEAD(callable);
            SYNC_SP();   /* callable and args were moved into the new frame */
            if (pushed == NULL) {
                ERROR_NO_POP();
            }
            new_frame = pushed;
        }

        op(_CHECK_FUNCTION_VERSION, (func_version/2, callable, unused, unused[oparg] -- callable, unused, unused[oparg])) {
            /* callable is a Python function whose version still matches the cached one
               (code, defaults, etc. unchanged since specialization). */
            PyObject *callable_o = stackref_borrow(callable);
            EXIT_IF(!PyFunction_Check(callable_o));
            EXIT_IF(((PyFunctionObject *)callable_o)->func_version != func_version);
        }

        tier2 op(_CHECK_FUNCTION_VERSION_INLINE, (func_version/2, callable_o/4 --)) {
            /* Tier-2 variant: the function object is known at trace time (callable_o operand);
               only its version needs rechecking. */
            assert(PyFunction_Check(callable_o));
            PyFunctionObject *func = (PyFunctionObject *)callable_o;
            EXIT_IF(func->func_version != func_version);
        }

        macro(CALL_PY_GENERAL) = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION + _CHECK_RECURSION_REMAINING + _PY_FRAME_GENERAL + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        op(_CHECK_METHOD_VERSION, (func_version/2, callable, null, unused[oparg] -- callable, null, unused[oparg])) {
            /* callable is a bound method wrapping a Python function of the cached version,
               and the self slot is still empty. */
            PyObject *callable_o = stackref_borrow(callable);
            EXIT_IF(Py_TYPE(callable_o) != &PyMethod_Type);
            PyObject *func = ((PyMethodObject *)callable_o)->im_func;
            EXIT_IF(!PyFunction_Check(func));
            EXIT_IF(((PyFunctionObject *)func)->func_version != func_version);
            EXIT_IF(!PyStackRef_IsNull(null));
        }

        op(_EXPAND_METHOD, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            /* Unpack the (guarded) bound method into [function, self]. */
            assert(PyStackRef_IsNull(self_or_null));
            PyMethodObject *method = (PyMethodObject *)stackref_borrow(callable);
            self_or_null = PyStackRef_FromPyObjectNew(method->im_self);
            _PyStackRef old = callable;
            callable = PyStackRef_FromPyObjectNew(method->im_func);
            PyStackRef_CLOSE(old);
        }

        macro(CALL_BOUND_METHOD_GENERAL) = unused/1 + _CHECK_PEP_523 + _CHECK_METHOD_VERSION + _EXPAND_METHOD + flush + _CHECK_RECURSION_REMAINING + _PY_FRAME_GENERAL + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        op(_CHECK_IS_NOT_PY_CALLABLE, (callable, unused, unused[oparg] -- callable, unused, unused[oparg])) {
            /* Neither a Python function nor a bound method (those have their own paths). */
            PyObject *callable_o = stackref_borrow(callable);
            EXIT_IF(PyFunction_Check(callable_o));
            EXIT_IF(Py_TYPE(callable_o) == &PyMethod_Type);
        }

        op(_CALL_NON_PY_GENERAL, (callable, self_or_null, args[oparg] -- res)) {
            /* Call any non-Python callable through vectorcall with oparg (+ self) args. */
            assert(opcode != INSTRUMENTED_CALL);   /* instrumented calls go through _DO_CALL */
            _PyStackRef *arguments = args;
            int total_args = oparg;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            PyObject *res_o = vectorcall_stackrefs(stackref_borrow(callable), arguments, total_args);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_NON_PY_GENERAL) = unused/1 + unused/2 + _CHECK_IS_NOT_PY_CALLABLE + _CALL_NON_PY_GENERAL + _CHECK_PERIODIC;

        op(_CHECK_CALL_BOUND_METHOD_EXACT_ARGS, (callable, null, unused[oparg] -- callable, null, unused[oparg])) {
            /* Self slot is empty and callable is an exact bound method object. */
            EXIT_IF(!PyStackRef_IsNull(null));
            EXIT_IF(stackref_type(callable) != &PyMethod_Type);
        }
        op(_INIT_CALL_BOUND_METHOD_EXACT_ARGS, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            /* callable is a bound method: split it into its function and its self */
            PyObject *method_o = PyStackRef_AsPyObjectBorrow(callable);
            assert(PyStackRef_IsNull(self_or_null) && Py_TYPE(method_o) == &PyMethod_Type);
            self_or_null = PyStackRef_FromPyObjectNew(bound_method_self(method_o));
            _PyStackRef old_method = callable;
            callable = PyStackRef_FromPyObjectNew(bound_method_function(method_o));
            /* self now fills the slot before the oparg arguments */
            PyStackRef_CLOSE(old_method);
        }

        op(_CHECK_PEP_523, (--)) {
            /* a PEP 523 custom frame evaluator is installed: frames must not be pushed inline */
            DEOPT_IF(tstate->interp->eval_frame != NULL);
        }

        op(_CHECK_FUNCTION_EXACT_ARGS, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            PyFunctionObject *func = (PyFunctionObject *)PyStackRef_AsPyObjectBorrow(callable);
            PyCodeObject *code = (PyCodeObject *)func->func_code;
            int given = oparg + !PyStackRef_IsNull(self_or_null);
            /* only plain positional functions taking exactly this many arguments */
            EXIT_IF(code->co_argcount != given);
        }

        op(_CHECK_STACK_SPACE, (callable, unused, unused[oparg] -- callable, unused, unused[oparg])) {
            PyFunctionObject *func = (PyFunctionObject *)PyStackRef_AsPyObjectBorrow(callable);
            PyCodeObject *code = (PyCodeObject *)func->func_code;
            /* the new frame (locals + stack) must fit in the current data stack chunk */
            DEOPT_IF(!thread_has_stack_space(tstate, code->co_framesize));
        }

        op(_CHECK_RECURSION_REMAINING, (--)) {
            /* leave one level of Python recursion headroom for the inlined call */
            DEOPT_IF(tstate->py_recursion_remaining <= 1);
        }

        replicate(5) pure op(_INIT_CALL_PY_EXACT_ARGS, (callable, self_or_null, args[oparg] -- new_frame: _PyInterpreterFrame *)) {
            int argcount = oparg;
            _PyStackRef *first_arg = args;
            if (!PyStackRef_IsNull(self_or_null)) {
                /* self becomes the first positional argument */
                first_arg--;
                argcount++;
            }
            _PyInterpreterFrame *f = push_frame_for_function(tstate, callable, argcount);
            for (int i = 0; i < argcount; i++) {
                f->localsplus[i] = first_arg[i];   /* arguments move into the new frame's locals */
            }
            INPUTS_DEAD();
            new_frame = f;
        }

        op(_PUSH_FRAME, (new_frame: _PyInterpreterFrame * --)) {
            /* make new_frame the running frame; execution continues at its first instruction */
            _PyInterpreterFrame *callee = new_frame;
            DEAD(new_frame);
            SYNC_SP();
            _PyFrame_SetStackPointer(frame, stack_pointer);
            assert(callee->previous == frame || callee->previous->previous == frame);  /* caller, or init shim */
            frame = tstate->current_frame = callee;
            tstate->py_recursion_remaining--;
            LOAD_IP(0);
            stack_pointer = _PyFrame_GetStackPointer(frame);
        }

        macro(CALL_BOUND_METHOD_EXACT_ARGS) = unused/1 + _CHECK_PEP_523 + _CHECK_CALL_BOUND_METHOD_EXACT_ARGS + _INIT_CALL_BOUND_METHOD_EXACT_ARGS + flush + _CHECK_FUNCTION_VERSION + _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE + _CHECK_RECURSION_REMAINING + _INIT_CALL_PY_EXACT_ARGS + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        macro(CALL_PY_EXACT_ARGS) = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION + _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE + _CHECK_RECURSION_REMAINING + _INIT_CALL_PY_EXACT_ARGS + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        op(_GUARD_NOS_NULL, (null, unused -- null, unused)) {
            /* the slot below the single argument must be NULL (no self) */
            DEOPT_IF(!PyStackRef_IsNull(null));
        }

        op(_GUARD_CALLABLE_TYPE_1, (callable, unused, unused -- callable, unused, unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            DEOPT_IF(callable_o != (PyObject *)&PyType_Type);
        }

        op(_CALL_TYPE_1, (callable, null, arg -- res)) {
            /* type(x) with one argument: push the type of x */
            assert(oparg == 1);
            PyObject *arg_o = PyStackRef_AsPyObjectBorrow(arg);
            res = PyStackRef_FromPyObjectNew((PyObject *)Py_TYPE(arg_o));
            DEAD(null);
            PyStackRef_CLOSE(arg);
            DEAD(callable);   /* type is immortal */
        }

        macro(CALL_TYPE_1) = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_TYPE_1 + _CALL_TYPE_1;

        op(_GUARD_CALLABLE_STR_1, (callable, unused, unused -- callable, unused, unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            DEOPT_IF(callable_o != (PyObject *)&PyUnicode_Type);
        }

        op(_CALL_STR_1, (callable, null, arg -- res)) {
            /* str(x) with one argument */
            assert(oparg == 1);
            PyObject *res_o = PyObject_Str(PyStackRef_AsPyObjectBorrow(arg));
            DEAD(null);
            DEAD(callable);
            PyStackRef_CLOSE(arg);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_STR_1) = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_STR_1 + _CALL_STR_1 + _CHECK_PERIODIC;

        op(_GUARD_CALLABLE_TUPLE_1, (callable, unused, unused -- callable, unused, unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            DEOPT_IF(callable_o != (PyObject *)&PyTuple_Type);
        }

        op(_CALL_TUPLE_1, (callable, null, arg -- res)) {
            /* tuple(x) with one argument */
            assert(oparg == 1);
            PyObject *res_o = PySequence_Tuple(PyStackRef_AsPyObjectBorrow(arg));
            DEAD(null);
            DEAD(callable);
            PyStackRef_CLOSE(arg);
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_TUPLE_1) = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_TUPLE_1 + _CALL_TUPLE_1 + _CHECK_PERIODIC;

        op(_CHECK_AND_ALLOCATE_OBJECT, (type_version/2, callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {
            /* calling a Python class whose __init__ is a plain Python function */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            DEOPT_IF(!PyStackRef_IsNull(self_or_null));
            DEOPT_IF(!PyType_Check(callable_o));
            PyTypeObject *tp = (PyTypeObject *)callable_o;
            DEOPT_IF(tp->tp_version_tag != type_version);
            PyFunctionObject *init_func = cached_init_function(tp);
            PyCodeObject *code = (PyCodeObject *)init_func->func_code;
            /* room for __init__'s frame plus the shim frame that checks its result */
            DEOPT_IF(!thread_has_stack_space(tstate, code->co_framesize + init_cleanup_framesize()));
            PyObject *self_o = PyType_GenericAlloc(tp, 0);
            if (self_o == NULL) {
                ERROR_NO_POP();
            }
            /* stack becomes: __init__, new instance, oparg arguments */
            self_or_null = PyStackRef_FromPyObjectSteal(self_o);
            _PyStackRef old_class = callable;
            callable = PyStackRef_FromPyObjectNew((PyObject *)init_func);
            PyStackRef_CLOSE(old_class);
        }

        op(_CREATE_INIT_FRAME, (init, self, args[oparg] -- init_frame: _PyInterpreterFrame *)) {
            /* push a shim frame (runs EXIT_INIT_CHECK, then returns self), then __init__'s frame on top */
            _PyInterpreterFrame *shim = push_init_cleanup_frame(tstate, frame);
            shim->localsplus[0] = PyStackRef_DUP(self);
            /* __init__ gets self plus the oparg arguments */
            _PyInterpreterFrame *temp = push_frame_for_function_with_args(tstate, init, args - 1, oparg + 1, shim);
            DEAD(init);
            DEAD(self);
            DEAD(args);
            SYNC_SP();
            if (temp == NULL) {
                pop_and_clear_frame(tstate, shim);
                ERROR_NO_POP();
            }
            frame->return_offset = 1 + INLINE_CACHE_ENTRIES_CALL;
            tstate->py_recursion_remaining--;
            init_frame = temp;
        }

        macro(CALL_ALLOC_AND_ENTER_INIT) = unused/1 + _CHECK_PEP_523 + _CHECK_AND_ALLOCATE_OBJECT + _CREATE_INIT_FRAME + _PUSH_FRAME;

        inst(EXIT_INIT_CHECK, (should_be_none --)) {
            /* runs in the shim frame after __init__ returns */
            if (!PyStackRef_IsNone(should_be_none)) {
                PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'",
                             Py_TYPE(PyStackRef_AsPyObjectBorrow(should_be_none))->tp_name);
                ERROR_NO_POP();
            }
            DEAD(should_be_none);
        }

        op(_CALL_BUILTIN_CLASS, (callable, self_or_null, args[oparg] -- res)) {
            /* call a builtin type through its tp_vectorcall slot */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg;
            _PyStackRef *arguments = args;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            DEOPT_IF(!PyType_Check(callable_o));
            PyTypeObject *tp = (PyTypeObject *)callable_o;
            DEOPT_IF(tp->tp_vectorcall == NULL);
            PyObject *res_o = tp->tp_vectorcall(callable_o, stackrefs_as_objects(arguments, total_args), total_args, NULL);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_BUILTIN_CLASS) = unused/1 + unused/2 + _CALL_BUILTIN_CLASS + _CHECK_PERIODIC;

        op(_CALL_BUILTIN_O, (callable, self_or_null, args[oparg] -- res)) {
            /* builtin C function with METH_O: exactly one argument */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            EXIT_IF(total_args != 1);
            EXIT_IF(!PyCFunction_CheckExact(callable_o));
            EXIT_IF(PyCFunction_GET_FLAGS(callable_o) != METH_O);
            EXIT_IF(c_recursion_limit_reached(tstate));
            PyCFunction cfunc = PyCFunction_GET_FUNCTION(callable_o);
            PyObject *res_o = cfunc(PyCFunction_GET_SELF(callable_o), PyStackRef_AsPyObjectBorrow(arguments[0]));
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_BUILTIN_O) = unused/1 + unused/2 + _CALL_BUILTIN_O + _CHECK_PERIODIC;

        op(_CALL_BUILTIN_FAST, (callable, self_or_null, args[oparg] -- res)) {
            /* builtin C function with METH_FASTCALL: (self, args, nargs) */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            DEOPT_IF(!PyCFunction_CheckExact(callable_o));
            DEOPT_IF(PyCFunction_GET_FLAGS(callable_o) != METH_FASTCALL);
            PyCFunctionFast cfunc = (PyCFunctionFast)PyCFunction_GET_FUNCTION(callable_o);
            PyObject *res_o = cfunc(PyCFunction_GET_SELF(callable_o), stackrefs_as_objects(arguments, total_args), total_args);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_BUILTIN_FAST) = unused/1 + unused/2 + _CALL_BUILTIN_FAST + _CHECK_PERIODIC;

        op(_CALL_BUILTIN_FAST_WITH_KEYWORDS, (callable, self_or_null, args[oparg] -- res)) {
            /* builtin C function with METH_FASTCALL | METH_KEYWORDS, called without keywords */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            DEOPT_IF(!PyCFunction_CheckExact(callable_o));
            DEOPT_IF(PyCFunction_GET_FLAGS(callable_o) != (METH_FASTCALL | METH_KEYWORDS));
            PyCFunctionFastWithKeywords cfunc = (PyCFunctionFastWithKeywords)PyCFunction_GET_FUNCTION(callable_o);
            PyObject *res_o = cfunc(PyCFunction_GET_SELF(callable_o), stackrefs_as_objects(arguments, total_args), total_args, NULL);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_BUILTIN_FAST_WITH_KEYWORDS) = unused/1 + unused/2 + _CALL_BUILTIN_FAST_WITH_KEYWORDS + _CHECK_PERIODIC;

        macro(CALL_LEN) = unused/1 + unused/2 + _GUARD_NOS_NULL + _GUARD_CALLABLE_LEN + _CALL_LEN;

        op(_GUARD_CALLABLE_LEN, (callable, unused, unused -- callable, unused, unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            /* must be the builtin len() cached by the interpreter */
            DEOPT_IF(callable_o != tstate->interp->callable_cache.len);
        }

        op(_CALL_LEN, (callable, null, arg -- res)) {
            /* len(x): push an int */
            Py_ssize_t n = PyObject_Length(PyStackRef_AsPyObjectBorrow(arg));
            if (n < 0) {
                ERROR_NO_POP();
            }
            PyObject *res_o = PyLong_FromSsize_t(n);
            if (res_o == NULL) {
                ERROR_NO_POP();
            }
            PyStackRef_CLOSE(arg);
            DEAD(null);
            PyStackRef_CLOSE(callable);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        inst(CALL_ISINSTANCE, (unused/1, unused/2, callable, self_or_null, args[oparg] -- res)) {
            /* isinstance(obj, cls) with exactly two arguments */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            DEOPT_IF(total_args != 2);
            DEOPT_IF(callable_o != tstate->interp->callable_cache.isinstance);
            int found = PyObject_IsInstance(PyStackRef_AsPyObjectBorrow(arguments[0]),
                                            PyStackRef_AsPyObjectBorrow(arguments[1]));
            if (found < 0) {
                ERROR_NO_POP();
            }
            res = found ? PyStackRef_True : PyStackRef_False;
            DECREF_INPUTS();
        }

        inst(CALL_LIST_APPEND, (unused/1, unused/2, callable, self, arg --)) {
            /* lst.append(x) on an exact list; the None result is never materialised */
            assert(oparg == 1);
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            PyObject *self_o = PyStackRef_AsPyObjectBorrow(self);
            DEOPT_IF(callable_o != tstate->interp->callable_cache.list_append);
            DEOPT_IF(!PyList_CheckExact(self_o));
            DEOPT_IF(!LOCK_OBJECT(self_o));
            int err = list_append_steal((PyListObject *)self_o, PyStackRef_AsPyObjectSteal(arg));
            UNLOCK_OBJECT(self_o);
            DEAD(arg);
            PyStackRef_CLOSE(self);
            PyStackRef_CLOSE(callable);
            ERROR_IF(err);
            /* in tier 1 the POP_TOP that follows the call is skipped over */
#if TIER_ONE
            assert(next_instr->op.code == POP_TOP);
            SKIP_OVER(1);
#endif
        }

        op(_CALL_METHOD_DESCRIPTOR_O, (callable, self_or_null, args[oparg] -- res)) {
            /* method descriptor with METH_O: self plus one argument */
            PyMethodDescrObject *method = (PyMethodDescrObject *)PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            EXIT_IF(total_args != 2);
            EXIT_IF(!Py_IS_TYPE((PyObject *)method, &PyMethodDescr_Type));
            EXIT_IF(method->d_method->ml_flags != METH_O);
            EXIT_IF(c_recursion_limit_reached(tstate));
            PyObject *self_o = PyStackRef_AsPyObjectBorrow(arguments[0]);
            EXIT_IF(!Py_IS_TYPE(self_o, method->d_common.d_type));
            PyCFunction cfunc = method->d_method->ml_meth;
            PyObject *res_o = cfunc(self_o, PyStackRef_AsPyObjectBorrow(arguments[1]));
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_METHOD_DESCRIPTOR_O) = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_O + _CHECK_PERIODIC;

        op(_CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, (callable, self_or_null, args[oparg] -- res)) {
            /* method descriptor with METH_FASTCALL | METH_KEYWORDS, no keywords given */
            PyMethodDescrObject *method = (PyMethodDescrObject *)PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            EXIT_IF(total_args == 0);
            EXIT_IF(!Py_IS_TYPE((PyObject *)method, &PyMethodDescr_Type));
            EXIT_IF(method->d_method->ml_flags != (METH_FASTCALL | METH_KEYWORDS));
            PyObject *self_o = PyStackRef_AsPyObjectBorrow(arguments[0]);
            EXIT_IF(!Py_IS_TYPE(self_o, method->d_common.d_type));
            PyCFunctionFastWithKeywords cfunc = (PyCFunctionFastWithKeywords)method->d_method->ml_meth;
            PyObject **args_o = stackrefs_as_objects(arguments, total_args);
            PyObject *res_o = cfunc(self_o, args_o + 1, total_args - 1, NULL);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS) = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS + _CHECK_PERIODIC;

        op(_CALL_METHOD_DESCRIPTOR_NOARGS, (callable, self_or_null, args[oparg] -- res)) {
            /* method descriptor with METH_NOARGS: only self */
            PyMethodDescrObject *method = (PyMethodDescrObject *)PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            EXIT_IF(total_args != 1);
            EXIT_IF(!Py_IS_TYPE((PyObject *)method, &PyMethodDescr_Type));
            EXIT_IF(method->d_method->ml_flags != METH_NOARGS);
            EXIT_IF(c_recursion_limit_reached(tstate));
            PyObject *self_o = PyStackRef_AsPyObjectBorrow(arguments[0]);
            EXIT_IF(!Py_IS_TYPE(self_o, method->d_common.d_type));
            PyObject *res_o = method->d_method->ml_meth(self_o, NULL);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_METHOD_DESCRIPTOR_NOARGS) = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_NOARGS + _CHECK_PERIODIC;

        op(_CALL_METHOD_DESCRIPTOR_FAST, (callable, self_or_null, args[oparg] -- res)) {
            /* method descriptor with METH_FASTCALL: (self, args, nargs) */
            PyMethodDescrObject *method = (PyMethodDescrObject *)PyStackRef_AsPyObjectBorrow(callable);
            int total_args = oparg + !PyStackRef_IsNull(self_or_null);
            _PyStackRef *arguments = PyStackRef_IsNull(self_or_null) ? args : args - 1;
            EXIT_IF(total_args == 0);
            EXIT_IF(!Py_IS_TYPE((PyObject *)method, &PyMethodDescr_Type));
            EXIT_IF(method->d_method->ml_flags != METH_FASTCALL);
            PyObject *self_o = PyStackRef_AsPyObjectBorrow(arguments[0]);
            EXIT_IF(!Py_IS_TYPE(self_o, method->d_common.d_type));
            PyCFunctionFast cfunc = (PyCFunctionFast)method->d_method->ml_meth;
            PyObject **args_o = stackrefs_as_objects(arguments, total_args);
            PyObject *res_o = cfunc(self_o, args_o + 1, total_args - 1);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_METHOD_DESCRIPTOR_FAST) = unused/1 + unused/2 + _CALL_METHOD_DESCRIPTOR_FAST + _CHECK_PERIODIC;

        family(CALL_KW, INLINE_CACHE_ENTRIES_CALL_KW) = {
            CALL_KW_BOUND_METHOD,
            CALL_KW_PY,
            CALL_KW_NON_PY,
        };

        op(_MONITOR_CALL_KW, (callable, self_or_null, args[oparg], unused -- callable, self_or_null, args[oparg], unused)) {
            /* instrumented CALL_KW: fire the CALL monitoring event before the call */
            int is_meth = !PyStackRef_IsNull(self_or_null);
            PyObject *arg0;
            if (is_meth) {
                arg0 = PyStackRef_AsPyObjectBorrow(self_or_null);
            }
            else if (oparg) {
                arg0 = PyStackRef_AsPyObjectBorrow(args[0]);
            }
            else {
                arg0 = &_PyInstrumentation_MISSING;
            }
            int err = call_instrumentation_2args(tstate, PY_MONITORING_EVENT_CALL, frame, this_instr,
                                                 PyStackRef_AsPyObjectBorrow(callable), arg0);
            ERROR_IF(err);
        }

        op(_MAYBE_EXPAND_METHOD_KW, (callable, self_or_null, unused[oparg], unused -- callable, self_or_null, unused[oparg], unused)) {
            /* unpack a bound method into (function, self) so self is passed as arg 0 */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            if (PyStackRef_IsNull(self_or_null) && Py_TYPE(callable_o) == &PyMethod_Type) {
                self_or_null = PyStackRef_FromPyObjectNew(bound_method_self(callable_o));
                _PyStackRef old_method = callable;
                callable = PyStackRef_FromPyObjectNew(bound_method_function(callable_o));
                PyStackRef_CLOSE(old_method);
            }
        }

        op(_DO_CALL_KW, (callable, self_or_null, args[oparg], kwnames -- res)) {
            /* generic call with keyword names: kwnames is a tuple naming the last len(kwnames) args */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            PyObject *kwnames_o = PyStackRef_AsPyObjectBorrow(kwnames);
            int total_args = oparg;
            _PyStackRef *arguments = args;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            int positional_args = total_args - (int)PyTuple_GET_SIZE(kwnames_o);
            if (is_plain_python_function(callable_o) && tstate->interp->eval_frame == NULL) {
                /* Python function: push its frame and continue in it, no C recursion */
                _PyInterpreterFrame *new_frame = push_frame_for_function_kw(tstate, callable, arguments, positional_args, kwnames_o, frame);
                PyStackRef_CLOSE(kwnames);
                INPUTS_DEAD();
                SYNC_SP();
                if (new_frame == NULL) {
                    ERROR_NO_POP();
                }
                frame->return_offset = INSTRUCTION_SIZE;
                DISPATCH_INLINED(new_frame);
            }
            PyObject *res_o = PyObject_Vectorcall(callable_o, stackrefs_as_objects(arguments, total_args),
                                                  positional_args | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames_o);
            if (opcode == INSTRUMENTED_CALL_KW) {
                /* report C_RETURN or C_RAISE for non-Python callables */
                monitor_c_call_result(tstate, frame, this_instr, callable_o, &res_o);
            }
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        op(_PY_FRAME_KW, (callable, self_or_null, args[oparg], kwnames -- new_frame: _PyInterpreterFrame *)) {
            /* build the Python function's frame, binding keyword arguments by name */
            int total_args = oparg;
            _PyStackRef *arguments = args;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            PyObject *kwnames_o = PyStackRef_AsPyObjectBorrow(kwnames);
            int positional_args = total_args - (int)PyTuple_GET_SIZE(kwnames_o);
            _PyInterpreterFrame *temp = push_frame_for_function_kw(tstate, callable, arguments, positional_args, kwnames_o, frame);
            PyStackRef_CLOSE(kwnames);
            DEAD(args);
            DEAD(self_or_null);
            DEAD(callable);
            SYNC_SP();
            ERROR_IF(temp == NULL);
            new_frame = temp;
        }

        op(_CHECK_FUNCTION_VERSION_KW, (func_version/2, callable, unused, unused[oparg], unused -- callable, unused, unused[oparg], unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            /* must be a Python function with the cached version */
            EXIT_IF(!PyFunction_Check(callable_o));
            EXIT_IF(((PyFunctionObject *)callable_o)->func_version != func_version);
        }

        macro(CALL_KW_PY) = unused/1 + _CHECK_PEP_523 + _CHECK_FUNCTION_VERSION_KW + _CHECK_RECURSION_REMAINING + _PY_FRAME_KW + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        op(_CHECK_METHOD_VERSION_KW, (func_version/2, callable, null, unused[oparg], unused -- callable, null, unused[oparg], unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            /* bound method wrapping a Python function with the cached version, no self pushed yet */
            EXIT_IF(Py_TYPE(callable_o) != &PyMethod_Type);
            PyObject *func = bound_method_function(callable_o);
            EXIT_IF(!PyFunction_Check(func));
            EXIT_IF(((PyFunctionObject *)func)->func_version != func_version);
            EXIT_IF(!PyStackRef_IsNull(null));
        }

        op(_EXPAND_METHOD_KW, (callable, self_or_null, unused[oparg], unused -- callable, self_or_null, unused[oparg], unused)) {
            /* replace the bound method by its function, with its self as first argument */
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            assert(PyStackRef_IsNull(self_or_null) && Py_TYPE(callable_o) == &PyMethod_Type);
            self_or_null = PyStackRef_FromPyObjectNew(bound_method_self(callable_o));
            _PyStackRef old_method = callable;
            callable = PyStackRef_FromPyObjectNew(bound_method_function(callable_o));
            PyStackRef_CLOSE(old_method);
        }

        macro(CALL_KW_BOUND_METHOD) = unused/1 + _CHECK_PEP_523 + _CHECK_METHOD_VERSION_KW + _EXPAND_METHOD_KW + flush + _PY_FRAME_KW + _SAVE_RETURN_OFFSET + _PUSH_FRAME;

        specializing op(_SPECIALIZE_CALL_KW, (counter/1, callable, self_or_null, unused[oparg], unused -- callable, self_or_null, unused[oparg], unused)) {
            /* adaptive: when the counter fires, rewrite into CALL_KW_PY / _BOUND_METHOD / _NON_PY */
            if (ADAPTIVE_COUNTER_TRIGGERS(counter)) {
                next_instr = this_instr;
                specialize_call_kw(callable, next_instr, oparg + !PyStackRef_IsNull(self_or_null));
                DISPATCH_SAME_OPARG();
            }
            OPCODE_DEFERRED_INC(CALL_KW);
            ADVANCE_ADAPTIVE_COUNTER(this_instr[1].counter);
        }

        macro(CALL_KW) = _SPECIALIZE_CALL_KW + unused/2 + _MAYBE_EXPAND_METHOD_KW + _DO_CALL_KW;

        macro(INSTRUMENTED_CALL_KW) = counter/1 + unused/2 + _MAYBE_EXPAND_METHOD_KW + _MONITOR_CALL_KW + _DO_CALL_KW;

        op(_CHECK_IS_NOT_PY_CALLABLE_KW, (callable, unused, unused[oparg], unused -- callable, unused, unused[oparg], unused)) {
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            /* Python functions and bound methods have their own specializations */
            EXIT_IF(PyFunction_Check(callable_o));
            EXIT_IF(Py_TYPE(callable_o) == &PyMethod_Type);
        }

        op(_CALL_KW_NON_PY, (callable, self_or_null, args[oparg], kwnames -- res)) {
            /* non-Python callable with keywords: plain vectorcall */
            assert(opcode != INSTRUMENTED_CALL_KW);
            PyObject *callable_o = PyStackRef_AsPyObjectBorrow(callable);
            PyObject *kwnames_o = PyStackRef_AsPyObjectBorrow(kwnames);
            int total_args = oparg;
            _PyStackRef *arguments = args;
            if (!PyStackRef_IsNull(self_or_null)) {
                arguments--;
                total_args++;
            }
            int positional_args = total_args - (int)PyTuple_GET_SIZE(kwnames_o);
            PyObject *res_o = PyObject_Vectorcall(callable_o, stackrefs_as_objects(arguments, total_args),
                                                  positional_args | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames_o);
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        macro(CALL_KW_NON_PY) = unused/1 + unused/2 + _CHECK_IS_NOT_PY_CALLABLE_KW + _CALL_KW_NON_PY + _CHECK_PERIODIC;

        op(_MAKE_CALLARGS_A_TUPLE, (func, unused, callargs, kwargs -- func, unused, callargs, kwargs)) {
            /* f(*callargs, **kwargs): make sure callargs is an exact tuple */
            PyObject *callargs_o = PyStackRef_AsPyObjectBorrow(callargs);
            if (!PyTuple_CheckExact(callargs_o)) {
                /* TypeError: "<func> argument after * must be an iterable, not <type>" */
                if (check_args_iterable(tstate, PyStackRef_AsPyObjectBorrow(func), callargs_o) < 0) {
                    ERROR_NO_POP();
                }
                PyObject *tuple_o = PySequence_Tuple(callargs_o);
                if (tuple_o == NULL) {
                    ERROR_NO_POP();
                }
                _PyStackRef old_callargs = callargs;
                callargs = PyStackRef_FromPyObjectSteal(tuple_o);
                PyStackRef_CLOSE(old_callargs);
            }
        }

        op(_DO_CALL_FUNCTION_EX, (func_st, null, callargs_st, kwargs_st -- result)) {
            /* call func(*callargs, **kwargs); callargs is a tuple, kwargs a dict or NULL */
            PyObject *func = PyStackRef_AsPyObjectBorrow(func_st);
            PyObject *callargs = PyStackRef_AsPyObjectBorrow(callargs_st);
            PyObject *kwargs = PyStackRef_AsPyObjectBorrow(kwargs_st);
            assert(PyTuple_CheckExact(callargs));
            PyObject *result_o;
            if (opcode == INSTRUMENTED_CALL_FUNCTION_EX) {
                PyObject *arg0 = PyTuple_GET_SIZE(callargs) ? PyTuple_GET_ITEM(callargs, 0) : &_PyInstrumentation_MISSING;
                int err = call_instrumentation_2args(tstate, PY_MONITORING_EVENT_CALL, frame, this_instr, func, arg0);
                if (err) {
                    ERROR_NO_POP();
                }
                result_o = PyObject_Call(func, callargs, kwargs);
                if (!PyFunction_Check(func) && !PyMethod_Check(func)) {
                    monitor_c_call_result(tstate, frame, this_instr, func, &result_o);
                }
            }
            else if (is_plain_python_function(func) && tstate->interp->eval_frame == NULL) {
                /* Python function: push its frame from the tuple and dict, continue inline */
                _PyInterpreterFrame *new_frame = push_frame_from_tuple_and_dict(tstate, func_st, callargs, kwargs, frame);
                PyStackRef_CLOSE(callargs_st);
                PyStackRef_XCLOSE(kwargs_st);
                DEAD(null);
                DEAD(func_st);
                SYNC_SP();
                if (new_frame == NULL) {
                    ERROR_NO_POP();
                }
                frame->return_offset = 1;
                DISPATCH_INLINED(new_frame);
            }
            else {
                result_o = PyObject_Call(func, callargs, kwargs);
            }
            DECREF_INPUTS();
            ERROR_IF(result_o == NULL);
            result = PyStackRef_FromPyObjectSteal(result_o);
        }

        macro(CALL_FUNCTION_EX) = _MAKE_CALLARGS_A_TUPLE + _DO_CALL_FUNCTION_EX + _CHECK_PERIODIC;

        macro(INSTRUMENTED_CALL_FUNCTION_EX) = _MAKE_CALLARGS_A_TUPLE + _DO_CALL_FUNCTION_EX + _CHECK_PERIODIC;

        inst(MAKE_FUNCTION, (codeobj_st -- func)) {
            /* new function object from a code object and the frame's globals */
            PyObject *code_o = PyStackRef_AsPyObjectBorrow(codeobj_st);
            PyFunctionObject *func_o = (PyFunctionObject *)PyFunction_New(code_o, GLOBALS());
            PyStackRef_CLOSE(codeobj_st);
            ERROR_IF(func_o == NULL);
            set_function_version(func_o, ((PyCodeObject *)code_o)->co_version);
            func = PyStackRef_FromPyObjectSteal((PyObject *)func_o);
        }

        inst(SET_FUNCTION_ATTRIBUTE, (attr_st, func_in -- func_out)) {
            /* oparg is one flag: DEFAULTS, KWDEFAULTS, ANNOTATIONS, CLOSURE or ANNOTATE;
               the attribute value moves into that (still empty) field of the function */
            PyObject *func_o = PyStackRef_AsPyObjectBorrow(func_in);
            assert(PyFunction_Check(func_o));
            PyObject **field = function_attribute_slot((PyFunctionObject *)func_o, oparg);
            ERROR_IF(field == NULL);   /* oparg names no settable function attribute */
            assert(*field == NULL);
            *field = PyStackRef_AsPyObjectSteal(attr_st);
            DEAD(attr_st);
            func_out = func_in;
            DEAD(func_in);
        }

        inst(RETURN_GENERATOR, (-- res)) {
            /* generator/coroutine function start: move this frame into a new generator object
               and return the generator to the caller */
            PyFunctionObject *func = (PyFunctionObject *)PyStackRef_AsPyObjectBorrow(frame->f_funcobj);
            PyGenObject *gen = (PyGenObject *)make_generator_for(func);
            ERROR_IF(gen == NULL);
            _PyInterpreterFrame *gen_frame = generator_frame(gen);
            copy_frame_into(gen_frame, frame);   /* locals and stack now live in the generator */
            gen_frame->owner = FRAME_OWNED_BY_GENERATOR;
            _PyInterpreterFrame *prev = frame->previous;
            pop_frame_without_clearing(tstate, frame);
            frame = tstate->current_frame = prev;
            LOAD_IP(frame->return_offset);
            res = PyStackRef_FromPyObjectSteal((PyObject *)gen);
        }

        inst(BUILD_SLICE, (args[oparg] -- slice)) {
            /* slice(start, stop) or slice(start, stop, step) */
            assert(oparg == 2 || oparg == 3);
            PyObject *start = PyStackRef_AsPyObjectBorrow(args[0]);
            PyObject *stop = PyStackRef_AsPyObjectBorrow(args[1]);
            PyObject *step = oparg == 3 ? PyStackRef_AsPyObjectBorrow(args[2]) : NULL;
            PyObject *slice_o = PySlice_New(start, stop, step);
            DECREF_INPUTS();
            ERROR_IF(slice_o == NULL);
            slice = PyStackRef_FromPyObjectSteal(slice_o);
        }

        inst(CONVERT_VALUE, (value -- result)) {
            /* f-string conversion: oparg 1 = !s (str), 2 = !r (repr), 3 = !a (ascii) */
            assert(oparg >= FVC_STR && oparg <= FVC_ASCII);
            PyObject *value_o = PyStackRef_AsPyObjectBorrow(value);
            PyObject *result_o = oparg == FVC_STR ? PyObject_Str(value_o)
                               : oparg == FVC_REPR ? PyObject_Repr(value_o)
                               : PyObject_ASCII(value_o);
            PyStackRef_CLOSE(value);
            ERROR_IF(result_o == NULL);
            result = PyStackRef_FromPyObjectSteal(result_o);
        }

        inst(FORMAT_SIMPLE, (value -- res)) {
            /* f-string field without format spec: format(value, "") (exact str passes through) */
            PyObject *value_o = PyStackRef_AsPyObjectBorrow(value);
            if (!PyUnicode_CheckExact(value_o)) {
                PyObject *res_o = PyObject_Format(value_o, NULL);
                PyStackRef_CLOSE(value);
                ERROR_IF(res_o == NULL);
                res = PyStackRef_FromPyObjectSteal(res_o);
            }
            else {
                res = value;
                DEAD(value);
            }
        }

        inst(FORMAT_WITH_SPEC, (value, fmt_spec -- res)) {
            /* f-string field with a format spec: format(value, fmt_spec) */
            PyObject *res_o = PyObject_Format(PyStackRef_AsPyObjectBorrow(value),
                                              PyStackRef_AsPyObjectBorrow(fmt_spec));
            DECREF_INPUTS();
            ERROR_IF(res_o == NULL);
            res = PyStackRef_FromPyObjectSteal(res_o);
        }

        pure inst(COPY, (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)) {
            /* push a new reference to the item oparg places down (COPY 1 duplicates TOS) */
            assert(oparg > 0);
            top = PyStackRef_DUP(bottom);
        }

        specializing op(_SPECIALIZE_BINARY_OP, (counter/1, lhs, rhs -- lhs, rhs)) {
            /* adaptive: when the counter fires, specialize for the operand types and oparg (the NB_* operator) */
            if (ADAPTIVE_COUNTER_TRIGGERS(counter)) {
                next_instr = this_instr;
                specialize_binary_op(lhs, rhs, next_instr, oparg, LOCALS_ARRAY);
                DISPATCH_SAME_OPARG();
            }
            OPCODE_DEFERRED_INC(BINARY_OP);
            ADVANCE_ADAPTIVE_COUNTER(this_instr[1].counter);
            assert(NB_ADD <= oparg && oparg <= NB_OPARG_LAST);
        }

        op(_BINARY_OP, (lhs, rhs -- res)) {
            /* generic binary operator: oparg indexes the NB_* table (+, &, //, ..., [] for NB_SUBSCR) */
            PyObject *lhs_o = PyStackRef_AsPyObjectBorrow(lhs);
            PyObject *rhs_o = PyStackRef_AsPyObjectBorrow(rhs);
            binaryfunc op_func = binary_op_table[oparg];
            PyObject *res_o = op_func(lhs_o, rhs_o);
            if (res_o == NULL) {
                ERROR_NO_POP();
            }
            res = PyStackRef_FromPyObjectSteal(res_o);
            DECREF_INPUTS();
        }

        macro(BINARY_OP) = _SPECIALIZE_BINARY_OP + unused/4 + _BINARY_OP;

        pure inst(SWAP, (bottom, unused[oparg-2], top -- bottom, unused[oparg-2], top)) {
            /* exchange TOS with the item oparg places down (SWAP 2 swaps the top two) */
            assert(oparg >= 2);
            _PyStackRef tmp = bottom;
            bottom = top;
            top = tmp;
        }

        inst(INSTRUMENTED_LINE, (--)) {
            /* a line-number event may fire before the original instruction at this_instr runs */
            int original_opcode = 0;
            if (tstate->tracing) {
                /* while a tracer runs, events are off: just execute the original instruction */
                original_opcode = original_opcode_at_line(frame, this_instr);
                next_instr = this_instr;
            }
            else {
                _PyFrame_SetStackPointer(frame, stack_pointer);
                /* prev_instr tells whether this is a new line or a jump back within the same line */
                original_opcode = call_instrumentation_line(tstate, frame, this_instr, prev_instr);
                stack_pointer = _PyFrame_GetStackPointer(frame);
                if (original_opcode < 0) {
                    next_instr = this_instr + 1;
                    goto error;
                }
                next_instr = frame->instr_ptr;
                if (next_instr != this_instr) {
                    /* the callback set f_lineno: resume at the new location */
                    SYNC_SP();
                    DISPATCH();
                }
            }
            if (opcode_has_cache(original_opcode)) {
                /* pause specialization of the underlying instruction while it is instrumented */
                pause_adaptive_counter(&next_instr[1].counter);
            }
            opcode = original_opcode;
            DISPATCH_GOTO();
        }

        inst(INSTRUMENTED_INSTRUCTION, (--)) {
            /* fire the INSTRUCTION event, then run the instruction that was replaced */
            int next_opcode = call_instrumentation_instruction(tstate, frame, this_instr);
            ERROR_IF(next_opcode < 0);
            next_instr = this_instr;
            if (opcode_has_cache(next_opcode)) {
                pause_adaptive_counter(&next_instr[1].counter);
            }
            opcode = next_opcode;
            DISPATCH_GOTO();
        }

        inst(INSTRUMENTED_JUMP_FORWARD, (--)) {
            /* JUMP_FORWARD that fires the JUMP event with source and destination */
            INSTRUMENTED_JUMP(this_instr, next_instr + oparg, PY_MONITORING_EVENT_JUMP);
        }

        op(_MONITOR_JUMP_BACKWARD, (--)) {
            /* after the periodic check: fire the JUMP event and jump oparg code units back */
            INSTRUMENTED_JUMP(this_instr, next_instr - oparg, PY_MONITORING_EVENT_JUMP);
        }

        inst(INSTRUMENTED_NOT_TAKEN, (--)) {
            /* fall-through of the preceding conditional branch: BRANCH_LEFT from prev_instr */
            (void)this_instr;
            INSTRUMENTED_JUMP(prev_instr, next_instr, PY_MONITORING_EVENT_BRANCH_LEFT);
        }

        macro(INSTRUMENTED_JUMP_BACKWARD) = unused/1 + _CHECK_PERIODIC + _MONITOR_JUMP_BACKWARD;

        inst(INSTRUMENTED_POP_JUMP_IF_TRUE, (unused/1, cond --)) {
            /* cond is an exact bool; when True jump oparg forward and fire BRANCH_RIGHT */
            int jump = PyStackRef_IsTrue(cond);
            DEAD(cond);
            record_branch_taken(this_instr[1].cache, jump);
            if (jump) {
                INSTRUMENTED_JUMP(this_instr, next_instr + oparg, PY_MONITORING_EVENT_BRANCH_RIGHT);
            }
        }

        inst(INSTRUMENTED_POP_JUMP_IF_FALSE, (unused/1, cond --)) {
            /* cond is an exact bool; when False jump oparg forward and fire BRANCH_RIGHT */
            int jump = PyStackRef_IsFalse(cond);
            DEAD(cond);
            record_branch_taken(this_instr[1].cache, jump);
            if (jump) {
                INSTRUMENTED_JUMP(this_instr, next_instr + oparg, PY_MONITORING_EVENT_BRANCH_RIGHT);
            }
        }

        inst(INSTRUMENTED_POP_JUMP_IF_NONE, (unused/1, value --)) {
            /* jump oparg forward (BRANCH_RIGHT) when value is None, else drop value */
            int jump = PyStackRef_IsNone(value);
            record_branch_taken(this_instr[1].cache, jump);
            if (jump) {
                DEAD(value);   /* None is immortal */
                INSTRUMENTED_JUMP(this_instr, next_instr + oparg, PY_MONITORING_EVENT_BRANCH_RIGHT);
            }
            else {
                PyStackRef_CLOSE(value);
            }
        }

        inst(INSTRUMENTED_POP_JUMP_IF_NOT_NONE, (unused/1, value --)) {
            /* jump oparg forward (BRANCH_RIGHT) when value is not None */
            int jump = !PyStackRef_IsNone(value);
            record_branch_taken(this_instr[1].cache, jump);
            if (jump) {
                PyStackRef_CLOSE(value);
                INSTRUMENTED_JUMP(this_instr, next_instr + oparg, PY_MONITORING_EVENT_BRANCH_RIGHT);
            }
            else {
                DEAD(value);   /* None is immortal */
            }
        }

        tier1 inst(EXTENDED_ARG, (--)) {
            /* prefix: shift oparg up 8 bits and run the next instruction with the combined arg */
            assert(oparg);
            opcode = next_instr->op.code;
            oparg = oparg << 8 | next_instr->op.arg;
            PRE_DISPATCH_GOTO();
            DISPATCH_GOTO();
        }

        tier1 inst(CACHE, (--)) {
            /* inline cache entries are data, never executed */
            assert(0 && "Executing a cache.");
            Py_FatalError("Executing a cache.");
        }

        tier1 inst(RESERVED, (--)) {
            /* an opcode number kept unused */
            assert(0 && "Executing RESERVED instruction.");
            Py_FatalError("Executing RESERVED instruction.");
        }

        op(_GUARD_IS_TRUE_POP, (flag --)) {
            /* trace guard: the branch went the recorded way only if flag is True (bool, immortal) */
            int is_true = PyStackRef_IsTrue(flag);
            DEAD(flag);
            SYNC_SP();
            EXIT_IF(!is_true);
        }

        op(_GUARD_IS_FALSE_POP, (flag --)) {
            /* trace guard: the branch went the recorded way only if flag is False (bool, immortal) */
            int is_false = PyStackRef_IsFalse(flag);
            DEAD(flag);
            SYNC_SP();
            EXIT_IF(!is_false);
        }

        op(_GUARD_IS_NONE_POP, (val --)) {
            /* trace guard: val must be None; pop it either way */
            int is_none = PyStackRef_IsNone(val);
            if (!is_none) {
                PyStackRef_CLOSE(val);
            }
            DEAD(val);
            SYNC_SP();
            EXIT_IF(!is_none);
        }

        op(_GUARD_IS_NOT_NONE_POP, (val --)) {
            /* trace guard: val must not be None; pop it either way */
            int is_none = PyStackRef_IsNone(val);
            PyStackRef_CLOSE(val);
            SYNC_SP();
            EXIT_IF(is_none);
        }

        op(_JUMP_TO_TOP, (--)) {
            /* loop trace: continue with the first micro-op after _START_EXECUTOR */
            next_uop = &current_executor->trace[1];
        }

        tier2 op(_SET_IP, (instr_ptr/4 --)) {
            /* tier 2 keeps frame->instr_ptr up to date only where needed */
            frame->instr_ptr = (_Py_CODEUNIT *)instr_ptr;
        }

        tier2 op(_CHECK_STACK_SPACE_OPERAND, (framesize/2 --)) {
            /* combined stack-space and recursion check for a frame of known size */
            DEOPT_IF(!thread_has_stack_space(tstate, framesize));
            DEOPT_IF(tstate->py_recursion_remaining <= 1);
        }

        op(_SAVE_RETURN_OFFSET, (--)) {
            /* where the caller resumes when the callee returns, relative to this call */
#if TIER_ONE
            frame->return_offset = (uint16_t)(next_instr - this_instr);
#endif
#if TIER_TWO
            frame->return_offset = oparg;
#endif
        }

        tier2 op(_EXIT_TRACE, (exit_p/4 --)) {
            /* leave the trace through an exit: go to the attached executor if any, else tier 1 */
            _PyExitData *exit = (_PyExitData *)exit_p;
            _PyExecutorObject *next_exec = exit->executor;
            if (next_exec == NULL || !next_exec->vm_data.valid) {
                exit_counter_tick(exit);   /* may compile a new side trace when hot */
                GOTO_TIER_ONE(_PyFrame_GetBytecode(frame) + exit->target);
            }
            GOTO_TIER_TWO(next_exec);
        }

        tier2 op(_CHECK_VALIDITY, (--)) {
            /* the executor is invalidated when its assumptions (dict versions, code, ...) break */
            DEOPT_IF(!current_executor->vm_data.valid);
        }

        tier2 pure op(_LOAD_CONST_INLINE, (ptr/4 -- value)) {
            /* load a constant the optimizer found, as a new strong reference */
            value = PyStackRef_FromPyObjectNew((PyObject *)ptr);
        }

        tier2 pure op(_POP_TOP_LOAD_CONST_INLINE, (ptr/4, pop -- value)) {
            /* drop pop, then push the constant ptr (new reference) */
            PyStackRef_CLOSE(pop);
            value = PyStackRef_FromPyObjectNew((PyObject *)ptr);
        }

        tier2 pure op(_LOAD_CONST_INLINE_BORROW, (ptr/4 -- value)) {
            /* load a constant that outlives the trace (e.g. immortal), as a borrowed reference */
            value = PyStackRef_FromPyObjectBorrow((PyObject *)ptr);
        }

        tier2 pure op(_POP_TOP_LOAD_CONST_INLINE_BORROW, (ptr/4, pop -- value)) {
            /* drop pop, then push the borrowed constant ptr */
            PyStackRef_CLOSE(pop);
            value = PyStackRef_FromPyObjectBorrow((PyObject *)ptr);
        }

        tier2 pure op(_POP_TWO_LOAD_CONST_INLINE_BORROW, (ptr/4, pop1, pop2 -- value)) {
            /* drop pop2 and pop1 (result of folded code), then push the borrowed constant ptr */
            PyStackRef_CLOSE(pop2);
            PyStackRef_CLOSE(pop1);
            value = PyStackRef_FromPyObjectBorrow((PyObject *)ptr);
        }

        tier2 op(_CHECK_FUNCTION, (func_version/2 --)) {
            /* the running frame's function still has the version the trace was built for */
            PyFunctionObject *func = (PyFunctionObject *)PyStackRef_AsPyObjectBorrow(frame->f_funcobj);
            assert(PyFunction_Check((PyObject *)func));
            DEOPT_IF(func->func_version != func_version);
        }

        tier2 op(_START_EXECUTOR, (executor/4 --)) {
            /* first micro-op of every trace: record which executor is running */
            _PyExecutorObject *exec = (_PyExecutorObject *)executor;
            assert(exec->vm_data.valid);
            current_executor = exec;
            tstate->current_executor = (PyObject *)exec;
        }

        tier2 op(_MAKE_WARM, (--)) {
            /* mark the executor as recently used and count down to the next cold-executor sweep */
            current_executor->vm_data.warm = true;
            if (--tstate->interp->trace_run_counter == 0) {
                set_eval_breaker_bit(tstate, _PY_EVAL_JIT_INVALIDATE_COLD_BIT);
            }
        }

        tier2 op(_FATAL_ERROR, (--)) {
            /* placed where a trace must never get to */
            assert(0);
            Py_FatalError("Fatal error uop executed.");
        }

        tier2 op(_DEOPT, (--)) {
            /* give up on the trace: resume tier 1 at the current instruction */
            GOTO_TIER_ONE(_PyFrame_GetBytecode(frame) + CURRENT_TARGET());
        }

        tier2 op(_ERROR_POP_N, (target/2 --)) {
            /* error exit of a trace: point the frame at the failing instruction (target),
               then hand the pending exception to tier 1, which unwinds */
            assert(oparg == 0);   /* no extra stack items to discard here */
            frame->instr_ptr = _PyFrame_GetBytecode(frame) + target;
            SYNC_SP();
            GOTO_TIER_ONE(NULL);
        }

        tier2 op(_TIER2_RESUME_CHECK, (--)) {
            /* like RESUME_CHECK in a trace: leave if an eval-breaker event (signal, GIL drop, ...) is pending */
            uintptr_t eval_breaker = load_eval_breaker(tstate);
            DEOPT_IF(eval_breaker & _PY_EVAL_EVENTS_MASK);
        }

        label(pop_2_error) {
            /* drop the two inputs of the failing instruction, then report the error */
            stack_pointer -= 2;
            assert(WITHIN_STACK_BOUNDS());
            goto error;
        }

        label(pop_1_error) {
            /* drop the one input of the failing instruction, then report the error */
            stack_pointer -= 1;
            assert(WITHIN_STACK_BOUNDS());
            goto error;
        }

        label(error) {
            /* an exception is set: add a traceback entry for this frame, fire RAISE, then unwind */
            assert(PyErr_Occurred());
            if (!frame_is_incomplete(frame)) {
                PyFrameObject *f = frame_object_for(frame);
                if (f != NULL) {
                    PyTraceBack_Here(f);
                }
            }
            monitor_raise(tstate, frame, next_instr - 1);
            goto exception_unwind;
        }

        spilled label(exception_unwind) {
            /* look the failing instruction up in the code object's exception table */
            int offset = INSTR_OFFSET() - 1;
            int level, handler, lasti;
            if (!find_exception_handler(frame_code(frame), offset, &level, &handler, &lasti)) {
                /* no handler in this frame: clear its whole value stack and leave the frame */
                while (stack_pointer > frame_stack_base(frame)) {
                    PyStackRef_XCLOSE(*--stack_pointer);
                }
                monitor_unwind(tstate, frame, next_instr - 1);
                goto exit_unwind;
            }
            /* handler found: cut the stack down to its depth */
            while (stack_pointer > frame_stack_base(frame) + level) {
                PyStackRef_XCLOSE(*--stack_pointer);
            }
            if (lasti) {
                /* the handler wants the offset of the raising instruction (re-raise support) */
                PyObject *lasti_o = PyLong_FromLong(frame->instr_ptr - frame_bytecode(frame));
                if (lasti_o == NULL) {
                    goto exception_unwind;
                }
                *stack_pointer++ = PyStackRef_FromPyObjectSteal(lasti_o);
            }
            PyObject *exc = PyErr_GetRaisedException();
            *stack_pointer++ = PyStackRef_FromPyObjectSteal(exc);
            next_instr = frame_bytecode(frame) + handler;
            if (monitor_handled(tstate, frame, next_instr, exc) < 0) {
                goto exception_unwind;
            }
            DISPATCH();
        }

        spilled label(exit_unwind) {
            /* the exception escapes this frame: pop it and continue unwinding in the caller */
            assert(PyErr_Occurred());
            leave_python_recursion(tstate);
            _PyInterpreterFrame *dying = frame;
            frame = tstate->current_frame = dying->previous;
            clear_and_pop_frame(tstate, dying);
            frame->return_offset = 0;
            if (frame->owner == FRAME_OWNED_BY_INTERPRETER) {
                /* back at the C entry frame: leave the interpreter loop with NULL */
                tstate->current_frame = frame->previous;
                return NULL;
            }
            next_instr = frame->instr_ptr;
            stack_pointer = _PyFrame_GetStackPointer(frame);
            goto error;
        }

        spilled label(start_frame) {
            /* begin (or resume) executing frame, after a Python recursion check */
            if (enter_python_recursion(tstate)) {
                goto exit_unwind;
            }
            next_instr = frame->instr_ptr;
            stack_pointer = _PyFrame_GetStackPointer(frame);
            DISPATCH();
        }

// END BYTECODES //
