// Regenerates the marshal/.pyc test fixtures of the `pyvm` crate with a real
// CPython 3.14 (pyodide, WebAssembly build).
//
// Usage (from this directory, where package.json pins pyodide):
//     npm install            # once
//     node fixtures-marshal.mjs
//
// Inputs:  vm/tests/fixtures/marshal/*.py          (hand-written sources)
// Outputs: vm/tests/fixtures/marshal/NAME.pyc      (py_compile output)
//          vm/tests/fixtures/marshal/NAME.json     (what CPython reports about it)
//          vm/tests/fixtures/marshal/values.json   (marshal.dumps of loose values)
//
// The JSON files are the oracle the Rust tests compare against. Everything in
// them comes from CPython's own view of the loaded objects: the code object
// attributes, `co_positions()`, `dis._parse_exception_table()`, and, for
// `co_localsplusnames` / `co_localspluskinds` (not exposed as attributes), the
// two fields read out of the code object with ctypes after checking the
// neighbouring fields against `co_consts`, `co_names` and `co_exceptiontable`
// and the names against `_varname_from_oparg`.
//
// Value encoding in the JSON: {"t": TYPE, ...}, where str is a list of code
// points (so lone surrogates survive), floats are the 8 little-endian IEEE
// bytes in hex, ints are decimal strings, bytes are hex, and set/frozenset
// items are sorted by their JSON (marshal's order in the file differs from
// Python's iteration order; the tests compare sets as sets).
//
// Re-running the script reproduces its outputs byte for byte.
//
// Nothing in `cargo test` runs this script; its outputs are committed.

import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "../../vm/tests/fixtures/marshal");

// name -> py_compile invalidation mode
const CASES = [
  ["constants", "UNCHECKED_HASH"],
  ["functions", "TIMESTAMP"],
  ["exceptions", "CHECKED_HASH"],
  ["positions", "UNCHECKED_HASH"],
  ["empty", "UNCHECKED_HASH"],
];

// A fixed hash seed keeps set iteration, and so the output, reproducible.
const py = await loadPyodide({ env: { PYTHONHASHSEED: "0" } });
py.FS.mkdirTree("/fixtures");
for (const [name] of CASES) {
  const src = fs.readFileSync(path.join(outDir, `${name}.py`));
  py.FS.writeFile(`/fixtures/${name}.py`, src);
}
py.globals.set("CASES_JSON", JSON.stringify(CASES));

py.runPython(String.raw`
import ctypes, dis, json, marshal, os, py_compile, struct, sys, types

assert sys.version_info[:2] == (3, 14), sys.version

P = ctypes.sizeof(ctypes.c_void_p)

def localsplus(code):
    """co_localsplusnames and co_localspluskinds, read from the object."""
    n = 64
    words = struct.unpack("<%d%s" % (n, "I" if P == 4 else "Q"), ctypes.string_at(id(code), n * P))
    k = words.index(id(code.co_consts))
    assert words[k + 1] == id(code.co_names), "layout: co_names"
    assert words[k + 2] == id(code.co_exceptiontable), "layout: co_exceptiontable"
    # three object pointers, then twelve C ints, then the two fields we want
    idx = ((k + 3) * P + 12 * 4) // P
    names = ctypes.cast(words[idx], ctypes.py_object).value
    kinds = ctypes.cast(words[idx + 1], ctypes.py_object).value
    assert type(names) is tuple and type(kinds) is bytes and len(names) == len(kinds)
    assert list(names) == [code._varname_from_oparg(i) for i in range(len(names))]
    assert code.co_varnames == tuple(nm for nm, kd in zip(names, kinds) if kd & 0x20)
    assert code.co_cellvars == tuple(nm for nm, kd in zip(names, kinds) if kd & 0x40)
    assert code.co_freevars == tuple(nm for nm, kd in zip(names, kinds) if kd & 0x80)
    return names, kinds

def fbits(f):
    return struct.pack("<d", f).hex()

def val(o):
    t = type(o)
    if o is None:
        return {"t": "None"}
    if o is ...:
        return {"t": "Ellipsis"}
    if o is StopIteration:
        return {"t": "StopIteration"}
    if t is bool:
        return {"t": "bool", "v": o}
    if t is int:
        return {"t": "int", "v": str(o)}
    if t is float:
        return {"t": "float", "bits": fbits(o)}
    if t is complex:
        return {"t": "complex", "re": fbits(o.real), "im": fbits(o.imag)}
    if t is bytes:
        return {"t": "bytes", "hex": o.hex()}
    if t is str:
        return {"t": "str", "cp": [ord(c) for c in o]}
    if t in (tuple, list):
        return {"t": t.__name__, "items": [val(x) for x in o]}
    if t in (set, frozenset):
        # Iteration order depends on hashing: sort for stable output (the
        # tests compare sets without regard to order).
        items = [val(x) for x in o]
        return {"t": t.__name__, "items": sorted(items, key=lambda v: json.dumps(v, sort_keys=True))}
    if t is dict:
        return {"t": "dict", "items": [[val(k), val(v)] for k, v in o.items()]}
    if t is slice:
        return {"t": "slice", "start": val(o.start), "stop": val(o.stop), "step": val(o.step)}
    if t is types.CodeType:
        return code_json(o)
    raise TypeError(t)

def code_json(c):
    names, kinds = localsplus(c)
    none = lambda v: v
    return {
        "t": "code",
        "argcount": c.co_argcount,
        "posonlyargcount": c.co_posonlyargcount,
        "kwonlyargcount": c.co_kwonlyargcount,
        "stacksize": c.co_stacksize,
        "flags": c.co_flags,
        "code": c.co_code.hex(),
        "consts": [val(x) for x in c.co_consts],
        "names": list(c.co_names),
        "localsplusnames": list(names),
        "localspluskinds": kinds.hex(),
        "filename": c.co_filename,
        "name": c.co_name,
        "qualname": c.co_qualname,
        "firstlineno": c.co_firstlineno,
        "linetable": c.co_linetable.hex(),
        "exceptiontable": c.co_exceptiontable.hex(),
        "exception_entries": [[e.start, e.end, e.target, e.depth, e.lasti]
                              for e in dis._parse_exception_table(c)],
        "positions": [list(p) for p in c.co_positions()],
    }

RESULTS = {}
for name, mode in json.loads(CASES_JSON):
    src = f"/fixtures/{name}.py"
    os.utime(src, (1700000000, 1700000000))
    cfile = f"/fixtures/{name}.pyc"
    py_compile.compile(src, cfile=cfile, dfile=f"{name}.py", doraise=True,
                       invalidation_mode=getattr(py_compile.PycInvalidationMode, mode))
    data = open(cfile, "rb").read()
    flags = int.from_bytes(data[4:8], "little")
    header = {"magic": data[:4].hex(), "flags": flags}
    if flags & 1:
        header["hash"] = data[8:16].hex()
    else:
        header["mtime"] = int.from_bytes(data[8:12], "little")
        header["source_size"] = int.from_bytes(data[12:16], "little")
    code = marshal.loads(data[16:])
    RESULTS[name] = json.dumps({"header": header, "code": code_json(code)}, separators=(",", ":"))

def interned(s):
    return sys.intern(s)

shared_tuple = ("abc", 2**40)
VALUES = [
    ("none", None, 5), ("true", True, 5), ("false", False, 5),
    ("ellipsis", ..., 5), ("stop_iteration", StopIteration, 5),
    ("int_small", 7, 5), ("int_neg", -123456, 5), ("int_zero", 0, 5),
    ("long_pos", 2**31, 5), ("long_neg", -(2**31) - 1, 5), ("long_15", 2**15, 5),
    ("long_30", 2**30 * 3, 5), ("long_huge", 3**300, 5), ("long_huge_neg", -(3**301), 5),
    ("float_binary", 1.25, 5), ("float_text", 1.25, 1), ("float_text_neg_zero", -0.0, 1),
    ("float_text_inf", float("inf"), 1), ("float_text_ninf", float("-inf"), 1),
    ("float_text_nan", float("nan"), 1), ("float_text_tiny", 5e-324, 1),
    ("float_text_big", 1.7976931348623157e308, 1),
    ("complex_binary", 1.5 - 2j, 5), ("complex_text", -1.5 + 2.5j, 1),
    ("bytes", b"\x00\x01\xfe\xff", 5), ("bytes_empty", b"", 5),
    ("str_short_ascii", "abc", 5), ("str_interned", interned("interned_name"), 5),
    ("str_long_ascii", "q" * 400, 5), ("str_unicode", "h\u00e9llo \u4e16\u754c \U0001f40d", 5),
    ("str_surrogate", "\ud800", 5), ("str_surrogates", "x\udfff\ud800y\ud83d\ude00", 5),
    ("str_v0", "old \u00e9", 0), ("str_v2_interned", interned("abc_v2"), 2),
    ("tuple_small", (1, "a", None), 5), ("tuple_empty", (), 5), ("tuple_big", tuple(range(300)), 5),
    ("list", [1, [2, [3]], []], 5), ("dict", {"a": 1, 2: (3,), None: {}}, 5),
    ("set", {1, 2, 3}, 5), ("frozenset", frozenset({"x", 1, (2,)}), 5),
    ("frozenset_empty", frozenset(), 5), ("set_empty", set(), 5),
    ("slice", slice(1, None, "a"), 5), ("slice_nested", (slice(None), slice(1, 2, 3)), 5),
    ("shared_refs", (shared_tuple, shared_tuple, [shared_tuple]), 5),
    ("no_refs_v2", (shared_tuple, shared_tuple), 2),
    ("code", compile("def f(a, *, b=(1, 2)):\n    return a + b\n", "<values>", "exec"), 5),
]
VALUE_RESULTS = [{"name": n, "version": v, "hex": marshal.dumps(o, v).hex(), "value": val(o)}
                 for (n, o, v) in VALUES]
cyclic = []
cyclic.append(cyclic)
VALUE_RESULTS.append({"name": "cyclic_list", "version": 5, "hex": marshal.dumps(cyclic).hex(),
                      "error": "cycle"})
VALUES_JSON = json.dumps(VALUE_RESULTS, separators=(",", ":"))
`);

const results = py.globals.get("RESULTS").toJs({ dict_converter: Object.fromEntries });
for (const [name] of CASES) {
  fs.writeFileSync(path.join(outDir, `${name}.pyc`), py.FS.readFile(`/fixtures/${name}.pyc`));
  fs.writeFileSync(path.join(outDir, `${name}.json`), results[name] + "\n");
}
fs.writeFileSync(path.join(outDir, "values.json"), py.globals.get("VALUES_JSON") + "\n");
console.log(`wrote ${CASES.length} .pyc fixtures and values.json to ${outDir}`);
