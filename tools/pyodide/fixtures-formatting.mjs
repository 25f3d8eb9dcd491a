// Regenerates the text-conversion fixtures of the `pyvm` crate
// (vm/src/formatting) with a real CPython 3.14 (pyodide, WebAssembly build).
//
// Usage (from this directory, where package.json pins pyodide):
//     npm install            # once
//     node fixtures-formatting.mjs
//
// Outputs: vm/tests/fixtures/formatting/*.json, one JSON array per concern,
// one case per line. The Rust tests in vm/tests/formatting_fixtures.rs
// compare the library against them.
//
// Encodings: a float is its 8 IEEE bytes as big-endian hex (so NaN signs
// and -0.0 survive); an int is its decimal string (hex from int()); a str is a JSON string,
// or {"cp": [code points]} when it holds a lone surrogate (JSON parsers
// refuse those); bytes are hex. An outcome is {"ok": RESULT} or
// {"err": [EXCEPTION CLASS, MESSAGE]}.
//
// pyodide is a 32-bit build: a C long and Py_ssize_t are 32 bits there.
// Cases whose outcome depends on that width (the 'c' format of ints beyond
// 2**31, widths or precisions beyond 2**31) are left out; the library
// implements the 64-bit behaviour.
//
// Everything is deterministic (fixed seeds), so re-running the script
// reproduces its outputs byte for byte. Nothing in `cargo test` runs it.

import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "../../vm/tests/fixtures/formatting");

const py = await loadPyodide({ env: { PYTHONHASHSEED: "0" } });

py.runPython(String.raw`
import json, math, random, struct, sys, unicodedata, _string

assert sys.version_info[:2] == (3, 14), sys.version

OUT = {}

def F(x):
    return struct.pack(">d", x).hex()

def S(s):
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        return {"cp": [ord(c) for c in s]}
    return s

def outcome(fn, enc=lambda r: r):
    try:
        r = fn()
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}
    return {"ok": enc(r)}

def emit(name, cases):
    OUT[name] = "[\n" + ",\n".join(json.dumps(c, ensure_ascii=True, separators=(",", ":")) for c in cases) + "\n]\n"

rng = random.Random(314)

# ---------------------------------------------------------------- float repr
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e17,
          9999999999999998.0, 1e16 - 2, 1e-4, 1e-5, 9.999999999999999e-05, 0.00011, 1.5e300,
          -1.5e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, math.inf, -math.inf, math.nan, -math.nan, math.pi, math.e,
          123456789012345678.0, 2.0**53, 2.0**53 + 2, 2.0**64, 2.0**-1074, 100.0, 1e22, 1e23]
for k in range(-30, 31):
    floats.append(10.0**k)
    floats.append(-(10.0**k) * 1.5)
for k in range(-1074, 1024, 7):
    floats.append(2.0**k)
for _ in range(1500):
    bits = rng.getrandbits(64)
    x = struct.unpack(">d", bits.to_bytes(8, "big"))[0]
    floats.append(x)
for _ in range(800):
    floats.append(round(rng.uniform(-1000, 1000), rng.randint(0, 8)))
    floats.append(rng.uniform(0, 1) * 10.0 ** rng.randint(-25, 25))
x = 1e16
for _ in range(5):
    x = math.nextafter(x, 0)
    floats.append(x)
x = 1e-4
for _ in range(3):
    x = math.nextafter(x, 0)
    floats.append(x)
emit("float_repr", [[F(x), repr(x)] for x in floats])

# ---------------------------------------------------------------- format(float)
fvals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1 / 3, 2 / 3, 123.456, -123.456,
         1234567.891, 1e16, 1e-5, 1e-4, 9.999999e-5, 0.00012345, 1e22, 1e100,
         1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, math.inf, -math.inf, math.nan,
         12345678901234567890.0, 0.125, 0.375, 2.675, 1e15, 999999.5, 9.5, 0.05, 100.0, 1e-300,
         -1e-300, -0.0004, 0.999, 99.99]
fspecs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3", ".17", ".0e", ".2e",
          ".10e", ".0f", ".2f", ".20f", ".50f", ".0g", ".1g", ".3g", ".10g", ".0%", ".2%", "#", "#.0",
          "#.3", "#g", "#.3g", "#.0e", "#.0f", "#%", "+", " ", "-", "+.2f", " .2e", "z", "z.1f",
          "z.0f", "z.2e", "z.3g", "z%", "10", "<10", "^10", ">10", "=10", "010", "010.2f",
          "+010.2f", "*^15.3g", ",", "_", ",.2f", "_.3f", "020,.2f", "020_.1f", ",g", ",e", ".3,f",
          "._f", ".6_f", "20,.8_f", ".10_e", "._%", ",.1%", "x<12.4", "0<10", "n", ".3n", ",n",
          "d", "c", "s", "x", "abc", ".", "..", ",,", ",_", "_,", "#,", ".2d", "=+08.2f",
          "-08.2f", " 08.2f", "\u00e9^9", "08", "+08", "015,", "=15,.1e", ".12,_f", "#.2,g"]
cases = []
for x in fvals:
    for sp in fspecs:
        cases.append([F(x), sp, outcome(lambda: format(x, sp))])
# Precisions beyond the exact expansion of a double (all digits shown).
for x in [5e-324, 1 / 3, 1e300, -2.5]:
    for sp in [".1100f", ".800e", ".780g", "#.770g", ".1080"]:
        cases.append([F(x), sp, outcome(lambda: format(x, sp))])
emit("format_float", cases)

# ---------------------------------------------------------------- format(int)
ivals = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 65, 0x10FFFF, 0x110000, 0xD800, -65,
         123456789, -123456789, 2**31 - 1, 2**63, -2**64, 10**20, 2**100 + 3, 10**30 + 1,
         True, False]
ispecs = ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "10",
          "<10", "^10", ">10", "=10", "010", "+010", "#010x", "#010b", "x<10", "*^10", ",", "_",
          "_b", "_x", "_o", "_X", "#_x", "020,", "020_", "08,", "09,", "012_x", "#012_b", ",d",
          ".2", ".2d", "zd", "#c", "+c", ",c", "_c", ",x", ",b", "e", "E", "f", ".2f", "g", "%",
          ".1%", ",.2f", "s", "abc", ".", ",n", "5c", "<5c", "=5c", "05c", "n", "_n", "0=+20,d",
          "\u00e9", "\x85", ",\u00e9", "._d", "+#x", " #o", "^#12_b", "=#12X", "G", ".0e", "z",
          "#", "0", "00", "1_000", ".3,f", "_.1f"]
cases = []
for v in ivals:
    for sp in ispecs:
        if sp.endswith("c") and abs(int(v)) >= 2**31:
            continue
        if v is True or v is False:
            if sp == "":
                continue
        cases.append([str(int(v)), type(v).__name__, sp, outcome(lambda: S(format(v, sp)))])
emit("format_int", cases)

# ---------------------------------------------------------------- format(str)
svals = ["", "a", "abc", "hello world", "\u00e9", "\u65e5\u672c\u8a9e", "a\ud800b", "\U0001f600x"]
sspecs = ["", "s", "10", "<10", ">10", "^10", "=10", "010", "0>10", "x^9", ".2", ".0", "10.3",
          "<10.3s", "+", " ", "-", "#", "z", ",", "_", ".2,", "d", "abc", ".", "^", "\u00e9<7",
          "0", "00", "3", "\ud800>4", "<0", ".100", "1.1s"]
cases = []
for v in svals:
    for sp in sspecs:
        if "\ud800" in sp:
            continue
        cases.append([S(v), sp, outcome(lambda: S(format(v, sp)))])
emit("format_str", cases)

# ---------------------------------------------------------------- format(complex)
cvals = [(0.0, 1.0), (0.0, -1.0), (1.0, 2.0), (-0.0, 1.0), (0.0, -0.0), (-0.0, -0.0),
         (1.5, -2.5), (math.inf, math.nan), (1e20, 1e-5), (-1.0, -0.0), (1234.5, -6789.25),
         (1e16, 1.0)]
cspecs = ["", "e", ".2f", "g", "+", "10", "<20", "^20", ">20", "=20", "020", ".3", "n", "d",
          "%", ",", "_.2f", "z", "z.1f", "#", "#g", "x<25.2e", " ", "-", ".0", ",.2f", ".3_f",
          "0<20", "c", "E", "G", "F", "30", "+.1e"]
cases = []
for re_, im in cvals:
    for sp in cspecs:
        cases.append([F(re_), F(im), sp, outcome(lambda: format(complex(re_, im), sp))])
    cases.append([F(re_), F(im), None, {"ok": repr(complex(re_, im))}])
emit("format_complex", cases)

# ---------------------------------------------------------------- round(float)
rvals = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.0005, 0.285, 1.005,
         123.456, -123.456, 1e16, 1e300, 1.7976931348623157e308, 5e-324, 1e-300, math.inf,
         -math.inf, math.nan, 4.5, 5.5, 1e15 + 0.5, 2.0**52 + 0.5, 0.1, 12345.6789, -9.995,
         7.0e22, 1.5e308, 0.049999999999999996]
for k in range(-10, 11):
    rvals.append(k + 0.5)
for _ in range(80):
    rvals.append(round(rng.uniform(-100, 100), rng.randint(1, 6)))
for _ in range(30):
    rvals.append(struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0])
nds = [None, 0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 100, 300, 308, 323, 324, -300, -308, -309, -400]
cases = []
for x in rvals:
    for nd in nds:
        if nd is None:
            cases.append([F(x), None, outcome(lambda: round(x), str)])
        else:
            cases.append([F(x), nd, outcome(lambda: round(x, nd), F)])
emit("round_float", cases)

# ---------------------------------------------------------------- round(int)
cases = []
for v in [0, 5, 15, 25, -15, -25, 149, 150, 151, 250, 350, -250, 123456789, -123456789,
          10**20 + 5 * 10**9, 2**100, -2**100, 999, 1000, 1, -1]:
    for nd in [0, 3, -1, -2, -3, -5, -9, -10, -20, -31, -40, -1000]:
        cases.append([str(v), nd, str(round(v, nd))])
emit("round_int", cases)

# ---------------------------------------------------------------- int(str, base)
itexts = ["0", "1", "-1", "+1", " 42 ", "\t-42\n", "1_000", "1__000", "_1", "1_", "0x10",
          "0X10", "0o17", "0b101", "0b", "0x", "0x_1", "0x__1", "010", "00", "0_0", "0_1",
          "-0x_ff", " -0X_ff ", "abc", "", " ", "-", "+", "1 2", "12a", "z", "Z", "zz",
          "\u0661\u0662", "\uff11\uff12", "\u0661x", "1\u00a0", "\u20031", "\x1c1", "1\x1f",
          "1\x00", "\u00b2", "\u2155", "\U0001d7ce\U0001d7d9", "9" * 30, "-" + "7" * 50,
          "1e3", "1.0", "0x1g", "ff", "FF", "0o8", "0b2", "\ud800", "a\ud800", "  0x1_2_3  "]
# Long texts, written as [[piece, count], ...] and tried in a few bases only.
long_texts = [[["1", 4300]], [["1", 4301]], [["1", 4301], ["x", 1]], [["x", 300]],
              [["\u00e9", 250]], [["0b1", 1], ["0", 5000]], [["1", 700]], [["\u0661", 5000]],
              [["1_", 4300], ["1", 1]], [["-0x", 1], ["f", 3000]], [["0", 5000]]]
ibases = [0, 2, 8, 10, 16, 36, 1, 37, 3, 7]
cases = []
for pieces in long_texts:
    t = "".join(p * n for p, n in pieces)
    for b in [0, 2, 10, 16]:
        res = outcome(lambda: int(t, b), hex)
        if "ok" in res and len(res["ok"]) > 200:
            res["ok"] = {"bits": int(t, b).bit_length(), "low": hex(int(t, b) & 0xFFFFFFFF)}
        cases.append([{"rep": pieces}, b, res])
for t in itexts:
    for b in ibases:
        res = outcome(lambda: int(t, b), hex)
        if "err" in res:
            res["err"][1] = res["err"][1][:400]
        cases.append([S(t), b, res])
emit("parse_int", cases)

# ---------------------------------------------------------------- float(str)
ftexts = ["0", "1", "-1", "+1.5", " 1.5 ", "1.", ".5", ".", "1e5", "1E5", "1e+5", "1e-5",
          "1e", "1e+", "e5", "1.5e3.2", "inf", "-inf", "+inf", "Infinity", "-iNfInItY",
          "infinit", "infinityy", "nan", "-nan", "NaN", "nan(1)", "1_0", "1__0", "_1", "1_",
          "1_0.5_5", "1._5", "1_.5", "1e1_0", "1_e5", "0x10", "1e400", "-1e400", "1e-400",
          "abc", "", " ", "\t\n", "\u0661.5", "\uff11\uff12.5", "1\u00a0", "\u30001", "\x1c1",
          "1\x00", "1 2", "--1", "+-1", "0.1", "0.30000000000000004", "2.675", "1e22", "1e23",
          "9007199254740993", "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308",
          "1.7976931348623159e308", "123456789012345678901234567890", "0." + "0" * 400 + "1",
          "1" * 400, "\ud800", "1\ud800", "1.5\u00e9", "i\u00f1f", "1e99999999999999999999",
          "-0", "-0.0", "+0e10", "00001", "1__", "  -  1", "1e-5_0"]
cases = []
for t in ftexts:
    cases.append([S(t), outcome(lambda: float(t), F)])
emit("parse_float", cases)

# ---------------------------------------------------------------- reprs
rstrs = ["", "a", "'", '"', "'\"", "\\", "a'b", 'a"b', "\t\n\r", "\x00\x01\x1f\x7f",
         "\x80\x9f\xa0\xa1\xad\xff", "\u0100\u0378\u200b\u200e\u2028\u2029\u3000",
         "\ud800", "\udfff\ud800", "\U0001f600", "\U000e0001", "\U000f0000", "\U0010ffff",
         "\ufeff\uffff\ufffd", "\u00e9t\u00e9", "\u65e5\u672c", "\U0001d7ce", "\u0600\u06dd",
         "\U000e007f", "\u180e", "\u2066", "\U00013430", "\u1680", "\u00a0", "\u0085"]
for _ in range(300):
    n = rng.randint(1, 6)
    s = ""
    for _ in range(n):
        plane = rng.choice([0x80, 0x800, 0x10000, 0x30000, 0x110000])
        s += chr(rng.randrange(0, plane))
    rstrs.append(s)
cases = []
for s in rstrs:
    cases.append([S(s), repr(s), ascii(s), s.isprintable()])
emit("str_repr", cases)

rbytes = [b"", b"a", b"'", b'"', b"'\"", b"\\", b"\x00\x7f\x80\xff", b"\t\n\r\x0b\x0c",
          bytes(range(256))]
for _ in range(30):
    rbytes.append(bytes(rng.randrange(256) for _ in range(rng.randint(1, 12))))
emit("bytes_repr", [[b.hex(), repr(b)] for b in rbytes])

# Unicode tables: where str.isprintable changes, every non-ASCII decimal
# digit with its value, and every whitespace code point.
bounds = []
prev = None
for cp in range(0x110000):
    p = chr(cp).isprintable()
    if p != prev:
        bounds.append([cp, p])
        prev = p
decimals = [[cp, unicodedata.decimal(chr(cp))] for cp in range(0x80, 0x110000)
            if unicodedata.decimal(chr(cp), None) is not None]
spaces = [cp for cp in range(0x110000) if chr(cp).isspace()]
emit("unicode_tables", [{"printable_bounds": bounds}, {"decimals": decimals}, {"spaces": spaces}])

# ---------------------------------------------------------------- % formatting
# Each argument is described by what the caller would answer to each
# request: its type name, str/repr/ascii, and the outcome of the int,
# index, float, char and '*' conversions (None: wrong type).
def describe(v):
    d = {"type": type(v).__name__}
    d["str"] = outcome(lambda: S(str(v)))
    d["repr"] = outcome(lambda: S(repr(v)))
    d["ascii"] = outcome(lambda: S(ascii(v)))
    isnum = isinstance(v, (int, float, complex))
    def as_int():
        if isinstance(v, int):
            return str(int(v))
        if not isnum:
            return None
        try:
            return str(int(v))
        except TypeError:
            return None
    d["int"] = outcome(as_int)
    def as_index():
        if isinstance(v, int):
            return str(int(v))
        return None
    d["index"] = outcome(as_index)
    def as_float():
        if isinstance(v, (int, float)):
            return F(float(v))
        return None
    d["float"] = outcome(as_float)
    def as_char():
        if isinstance(v, str):
            return {"str": S(v)}
        if isinstance(v, int):
            return {"int": str(int(v))}
        return None
    d["char"] = outcome(as_char)
    d["star"] = str(int(v)) if isinstance(v, int) else None
    return d

pvals = {"i0": 0, "i5": 5, "im5": -5, "i255": 255, "ibig": 2**70, "i65": 65, "imax": 0x10FFFF,
         "itoo": 0x110000, "isur": 0xD800, "f15": 1.5, "fm25": -2.5, "fpi": math.pi,
         "fnan": math.nan, "finf": math.inf, "fmz": -0.0, "f1e20": 1e20, "sa": "a", "sabc": "abc",
         "se": "\u00e9", "ssur": "\ud800", "s0": "", "n": None, "t": True, "l": [1, 2],
         "d": {"a": 1}, "tu": (1, 2), "c": 1j, "istar": 3, "istarm": -3, "f37": 3.7}
for k, v in pvals.items():
    pass
DESC = {k: describe(v) for k, v in pvals.items()}

ptemplates = [
    ("%s", ["sabc"]), ("%r", ["sabc"]), ("%a", ["se"]), ("%s", ["ssur"]), ("%5s|%-5s", ["sa", "sa"]),
    ("%.2s", ["sabc"]), ("%5.1s", ["sabc"]), ("%05s", ["sa"]), ("%d", ["i5"]), ("%i", ["im5"]),
    ("%u", ["i255"]), ("%d", ["f37"]), ("%d", ["fnan"]), ("%d", ["finf"]), ("%d", ["sa"]),
    ("%d", ["n"]), ("%d", ["t"]), ("%d", ["c"]), ("%x", ["f15"]), ("%x", ["i255"]), ("%X", ["i255"]),
    ("%o", ["i255"]), ("%#x", ["i255"]), ("%#X", ["i255"]), ("%#o", ["i255"]), ("%#x", ["im5"]),
    ("%#10.5x|%-#10x|%0#10x|%+#x", ["i255", "i255", "i255", "i255"]),
    ("% d|%+d|% 05d|%+05d", ["i5", "i5", "i5", "im5"]), ("%-05d|", ["i5"]), ("%05d", ["im5"]),
    ("%.3d", ["im5"]), ("%8.3d", ["i5"]), ("%-8.3d|", ["im5"]), ("%08.3d", ["i5"]),
    ("%d", ["ibig"]), ("%x", ["ibig"]), ("%+.30d", ["ibig"]), ("%f", ["f15"]), ("%e", ["fpi"]),
    ("%E", ["fpi"]), ("%g", ["f1e20"]), ("%G", ["fnan"]), ("%F", ["finf"]), ("%f", ["fmz"]),
    ("%.0f", ["fm25"]), ("%#.0f|%#g|%.0e|%#.0e", ["f15", "f15", "f15", "f15"]),
    ("%010.3f", ["fm25"]), ("%-10.3f|", ["fpi"]), ("%+f", ["fnan"]), ("% f", ["finf"]),
    ("%05f", ["finf"]), ("%f", ["i5"]), ("%f", ["ibig"]), ("%f", ["sa"]), ("%f", ["n"]),
    ("%f", ["c"]), ("%.50f", ["fpi"]), ("%.20g", ["fpi"]), ("%c", ["i65"]), ("%c", ["sa"]),
    ("%c", ["sabc"]), ("%c", ["s0"]), ("%c", ["f15"]), ("%c", ["im5"]), ("%c", ["itoo"]),
    ("%c", ["imax"]), ("%c", ["isur"]), ("%c", ["ibig"]), ("%5c|%-5c", ["i65", "sa"]),
    ("%05c", ["i65"]), ("%c", ["ssur"]), ("%*d", ["istar", "i5"]), ("%*d|", ["istarm", "i5"]),
    ("%-*d|", ["istar", "i5"]), ("%.*f", ["istar", "fpi"]), ("%.*f", ["istarm", "fpi"]),
    ("%*.*f", ["istar", "istar", "fpi"]), ("%*d", ["sa", "i5"]), ("%.*d", ["f15", "i5"]),
    ("%*d", ["ibig", "i5"]), ("%.*d", ["ibig", "i5"]), ("%*d", ["t", "i5"]),
    ("%s %s", ["i5"]), ("%s", ["i5", "i5"]), ("%s", []), ("abc", []), ("abc", ["i5"]),
    ("%%", []), ("%%%s%%", ["sa"]), ("%", []), ("%5", ["i5"]), ("%.", ["i5"]), ("%-", ["i5"]),
    ("%l", ["i5"]), ("%ld|%hi|%Lf", ["i5", "i5", "f15"]), ("%y", []), ("%y", ["i5"]),
    ("%5%", []), ("%5%", ["i5"]), ("a%\u1234", ["i5"]), ("%\x85", ["i5"]), ("%z", ["i5"]),
    ("%s", ["tu"]), ("%r", ["l"]), ("%(a)s", ["i5"]), ("%*", ["i5"]), ("%*", []),
    ("%.*", ["i5"]), ("%1234567890123456789012d", ["i5"]), ("%.12345678901d", ["i5"]),
    ("%#5o|%#05o|%#-6o|", ["i5", "i5", "i5"]), ("% #x|%+#X", ["i255", "im5"]),
    ("%s", ["d"]), ("%(", []), ("%c%c", ["i65"]), ("%.0s|", ["sabc"]), ("%-+5d|", ["i5"]),
    ("%0-5d|", ["i5"]), ("%+s|% r", ["sa", "sa"]), ("%+c|%05s", ["i65", "sa"]),
]
pmaps = [
    ("%(a)s", {"a": "i5"}), ("%(a)s %(b)r", {"a": "i5", "b": "sabc"}), ("%(a)d", {"a": "sa"}),
    ("%(x)s", {"a": "i5"}), ("%(a)s %s", {"a": "i5"}), ("%s", {"a": "i5"}), ("abc", {}),
    ("%(a)", {"a": "i5"}), ("%(a", {"a": "i5"}), ("%(a(b)c)s", {"a(b)c": "sa"}),
    ("%()s", {"": "sa"}), ("%(a)*d", {"a": "i5"}), ("%(a)%", {"a": "i5"}),
    ("%(a)-5s|%(a)5.1f", {"a": "f15"}), ("%(\u00e9)s", {"\u00e9": "se"}),
]
cases = []
for tmpl, names in ptemplates:
    args = tuple(pvals[n] for n in names)
    operand = args if len(names) != 1 else args[0]
    as_tuple = len(names) != 1 or isinstance(operand, tuple)
    if len(names) == 1 and isinstance(operand, tuple):
        names = ["tu"]
        res = outcome(lambda: S(tmpl % (operand,)))
        cases.append([S(tmpl), {"tuple": names}, res])
        continue
    if len(names) == 1:
        res = outcome(lambda: S(tmpl % operand))
        cases.append([S(tmpl), {"single": names[0]}, res])
    else:
        res = outcome(lambda: S(tmpl % args))
        cases.append([S(tmpl), {"tuple": names}, res])
for tmpl, m in pmaps:
    d = {k: pvals[v] for k, v in m.items()}
    res = outcome(lambda: S(tmpl % d))
    cases.append([S(tmpl), {"map": m}, res])
emit("percent", [{"values": DESC}] + cases)

# ---------------------------------------------------------------- str.format
class P:
    def __init__(self, path):
        self.path = path
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return P(self.path + "." + name)
    def __getitem__(self, key):
        return P(self.path + "[" + repr(key) + "]")
    def __format__(self, spec):
        return "<" + self.path + "|" + spec + ">"
    def __str__(self):
        return "s(" + self.path + ")"
    def __repr__(self):
        return "r(" + self.path + ")"

FARGS = [P(str(i)) for i in range(4)]
FKW = {"a": P("a"), "b": P("b"), "x y": P("x y"), "\u00e9": P("\u00e9")}

ftemplates = ["", "abc", "{}", "{}{}", "{0}{1}{0}", "{}{0}", "{0}{}", "{a}", "{a.b}", "{a[b]}",
              "{a[0]}", "{0.x.y[1][k]}", "{0[}", "{0]}", "{0[0]x}", "{0[0].x}", "{0.}", "{0[]}",
              "{.real}", "{[0]}", "{0!r}", "{0!s}", "{0!a}", "{0!x}", "{0!}", "{0!r:>10}",
              "{0!ss}", "{0!s", "{0", "{", "}", "{{", "}}", "{{}}", "a{{b}}c", "x}y", "{}}",
              "{{{}}}", "{0:{1}}", "{0:{1}{2}}", "{:{}}{}", "{:{:{}}}", "{0:{1:{2}}}", "{0:{}}",
              "{0:x{{y}}", "{0:}", "{!r:}", "{0:{1}", "{0{}", "{0:>{1}}", "{9}", "{4}",
              "{x y}", "{\u00e9}", "{zz}", "{-1}", "{00}", "{1e3}", "{ 0}", "{0 }", "{\u0661}",
              "{99999999999999999999}", "{0[99999999999999999999]}", "{0.a[1]x}", "{0[a]]}",
              "{a]}", "{0!\u1234}", "{0! }", "{0!\x7f}", "{0:{0:{0}}}", "{0:{{}}}", "a{0}b{1}c",
              "{0:<{1}.{2}}", "{a:{b}}", "{0.a.b.c}", "{0..a}", "{0.a[}", "{0[a][b]c}",
              "{:}{:}", "{0!r:}", "{!}", "{:!r}", "{0:!r}", "{0:{}:{}}", "{}}}"]
cases = []
for t in ftemplates:
    res = outcome(lambda: t.format(*FARGS, **FKW))
    try:
        chunks = [[lit, fn, spec, conv] for lit, fn, spec, conv in _string.formatter_parser(t)]
        chunks = {"ok": chunks}
    except Exception as e:
        chunks = {"err": [type(e).__name__, str(e)]}
    cases.append([t, res, chunks])
emit("format_string", cases)

RESULTS_JSON = json.dumps(OUT)
`);

fs.mkdirSync(outDir, { recursive: true });
const results = JSON.parse(py.globals.get("RESULTS_JSON"));
let total = 0;
for (const [name, text] of Object.entries(results)) {
  fs.writeFileSync(path.join(outDir, `${name}.json`), text);
  total += text.length;
}
console.log(`wrote ${Object.keys(results).length} fixture files (${total} bytes) to ${outDir}`);
