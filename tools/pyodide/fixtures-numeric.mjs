// Regenerates the numeric-arithmetic test fixtures of the `pyvm` crate
// (`vm/src/numeric/`) with a real CPython 3.14 (pyodide, WebAssembly build).
//
// Usage (from this directory, where package.json pins pyodide):
//     npm install            # once
//     node fixtures-numeric.mjs
//
// Outputs (read by vm/tests/numeric_fixtures.rs):
//   vm/tests/fixtures/numeric/core.json    every operator applied to every
//                                          pair of a list of interesting
//                                          int / float / complex values
//   vm/tests/fixtures/numeric/random.json  deterministic pseudo-random cases
//                                          (seeded), aimed at rounding,
//                                          big-int paths and 3-argument pow
//
// Encoding
//   operand: "i:DECIMAL" | "f:HEX16" | "c:HEX16:HEX16", where HEX16 is the
//            IEEE-754 bit pattern of a float as 16 hex digits (big-endian).
//   result:  repr() of the result, except that an int with 40 or more
//            decimal digits is written as "[-]#BITS:MODP:MOD1E9" (bit length
//            of |n|, |n| mod 2**61-1, |n| mod 10**9); tuples (divmod,
//            as_integer_ratio) are "(x, y)" of the same; an exception is
//            "!N", N indexing the file's "errors" list of "Type: message";
//            null means "not recorded" (see SKIP rules below).
//
// Platform notes. Pyodide is a 32-bit build, but everything recorded here is
// the same on 64-bit Linux CPython except:
//   * float ** overflow: pyodide's errno text "(68, 'Result not
//     representable')" is replaced by native Linux's "(34, 'Numerical result
//     out of range')" (ERANGE is 34 in glibc);
//   * results that need gigabytes, or whose size limit differs between 32- and
//     64-bit builds (x << n with 100000 < n < 2**70), are not recorded (null);
//   * hash() differs (32-bit Py_hash_t), so it is not recorded at all; the
//     Rust tests check hash() against the documented algorithm instead;
//   * complex ** (unless the exponent is a real integer of at most 100 in
//     magnitude) and abs(complex) go through libm (pow, exp, log, atan2,
//     sin, cos, hypot): pyodide's musl and native Linux's glibc differ in
//     the last bits there, so vm/tests/numeric_fixtures.rs accepts those
//     results within 1e-12 of the result's modulus (every such difference
//     was checked to be native CPython's glibc result exactly).
//
// Re-running the script reproduces its outputs byte for byte.
// Nothing in `cargo test` runs this script; its outputs are committed.

import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "../../vm/tests/fixtures/numeric");
fs.mkdirSync(outDir, { recursive: true });

const py = await loadPyodide();
py.runPython(String.raw`
import json, math, operator, random, struct, sys, warnings

assert sys.version_info[:2] == (3, 14), sys.version
warnings.simplefilter("ignore")

P = 2**61 - 1
INF = float("inf")
NAN = float("nan")

def fbits(x):
    return "%016x" % struct.unpack(">Q", struct.pack(">d", x))[0]

def enc_val(v):
    if type(v) is int:
        return "i:%d" % v
    if type(v) is float:
        return "f:" + fbits(v)
    return "c:%s:%s" % (fbits(v.real), fbits(v.imag))

def enc_res(r):
    if type(r) is bool:
        return repr(r)
    if type(r) is int:
        a = abs(r)
        if a < 10**39:
            return str(r)
        return ("-" if r < 0 else "") + "#%d:%d:%d" % (a.bit_length(), a % P, a % 10**9)
    if type(r) is tuple:
        return "(" + ", ".join(enc_res(x) for x in r) + ")"
    if type(r) in (float, complex):
        return repr(r)
    if type(r) is str:
        return repr(r)
    raise TypeError(type(r))

class Errors:
    def __init__(self):
        self.list = []
        self.index = {}
    def ref(self, e):
        msg = type(e).__name__ + ": " + str(e)
        msg = msg.replace("(68, 'Result not representable')", "(34, 'Numerical result out of range')")
        if msg not in self.index:
            self.index[msg] = len(self.list)
            self.list.append(msg)
        return "!%d" % self.index[msg]

SKIP = object()

def run(errors, f):
    try:
        r = f()
    except (ArithmeticError, ValueError, TypeError, MemoryError) as e:
        return errors.ref(e)
    if r is SKIP:
        return None
    return enc_res(r)

def isint(v):
    return type(v) is int

def too_big_pow(a, b):
    # a ** b with a huge int result: not recorded
    return isint(a) and isint(b) and b > 0 and abs(a) > 1 and b * abs(a).bit_length() > 200000

def size_dependent_shift(a, b):
    # 64-bit CPython raises MemoryError below about 30 * 2**61 (a 32-bit
    # build: OverflowError from 2**31 on); both raise OverflowError above.
    return isint(a) and isint(b) and a != 0 and 100000 < b < 2**70

def op_pow(a, b):
    if too_big_pow(a, b):
        return SKIP
    return a ** b

def op_lshift(a, b):
    if size_dependent_shift(a, b):
        return SKIP
    return a << b

def op_matmul(a, b):
    return a @ b

BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul,
    "/": operator.truediv, "//": operator.floordiv, "%": operator.mod,
    "divmod": divmod, "**": op_pow, "<<": op_lshift, ">>": operator.rshift,
    "&": operator.and_, "|": operator.or_, "^": operator.xor, "@": op_matmul,
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}

def need_int(f):
    def g(x):
        return f(x) if isint(x) else SKIP
    return g

def need_float(f):
    def g(x):
        return f(x) if type(x) is float else SKIP
    return g

UNARY = {
    "neg": operator.neg, "pos": operator.pos, "invert": operator.invert,
    "abs": abs, "bool": bool, "int": int, "float": float, "complex": complex,
    "bit_length": need_int(int.bit_length), "bit_count": need_int(int.bit_count),
    "int_as_integer_ratio": need_int(int.as_integer_ratio),
    "as_integer_ratio": need_float(float.as_integer_ratio),
    "is_integer": need_float(float.is_integer),
    "hex": need_float(float.hex),
}

def pow3(a, b, c):
    if isint(a) and isint(b) and isint(c) and b > 0 and c == 0 and too_big_pow(a, b):
        return SKIP
    return pow(a, b, c)

# ---------------------------------------------------------------- core table
CORE_VALUES = [
    0, 1, -1, 2, -2, 3, 7, -7, 2**31, -2**31, 2**53 + 1, 2**62, 2**63 - 1,
    -2**63, 2**63, 2**64, -2**64 - 1, 10**30, -10**30, 10**400,
    0.0, -0.0, 0.5, -0.5, 1.0, -1.5, 2.0, 3.7, -7.0, 0.1, 1e-310, 2.0**53,
    2.0**63, 1e300, 1e308, -1e308, INF, -INF, NAN,
    0j, complex(-0.0, -0.0), 1j, 1+2j, -1.5-0.5j, complex(3, -0.0),
    complex(INF, 0), complex(NAN, 1), complex(1e308, 1e308), complex(-INF, INF),
]

def core():
    errors = Errors()
    vals = CORE_VALUES
    out = {"values": [enc_val(v) for v in vals], "binary": {}, "unary": {}}
    for name, f in BINARY.items():
        out["binary"][name] = [run(errors, lambda: f(a, b)) for a in vals for b in vals]
    for name, f in UNARY.items():
        out["unary"][name] = [run(errors, lambda: f(a)) for a in vals]
    p3 = [0, 1, -1, 2, -2, 3, 7, -7, 10, -10**30, 2**64 + 1, 10**400, 2.0, 1j]
    out["pow3_values"] = [enc_val(v) for v in p3]
    out["pow3"] = [run(errors, lambda: pow3(a, b, c)) for a in p3 for b in p3 for c in p3]
    hexes = ["0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
             "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x1p1024",
             "inf", "-Infinity", "nan", " 0x10 ", "0x.8", "1", "0x1.p0", "0X1P+3",
             "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
             "", "0x", "0xg", "0x1p", "1e3", "0x1.8p1 x", "-0x0p0", "0x0.0000000000001p-1022",
             "0x1p-1080", "0x123456789abcdef0123p-10", "+0x3.fp5", "0x1p99999999999999999999",
             "0x0p99999999999999999999", "0x1p-99999999999999999999", "\t-0X1.FFFP-3\n",
             "\x0b 0x1p0\x0c\r\n", "\xa00x1p0", "\x1c0x1p0", "-nan", "+Infinity", "iNf",
             "infinit", "0x1p+", "0x1.p", "0x_1", "0x1.00000000000008" + "0" * 300 + "1"]
    out["fromhex_inputs"] = hexes
    out["fromhex"] = [run(errors, lambda: float.fromhex(h)) for h in hexes]
    out["errors"] = errors.list
    return out

# ---------------------------------------------------------------- random cases
R = random.Random(314159)

def rint(maxbits=130):
    r = R.random()
    if r < 0.3:
        bits = R.randint(0, 16)
    elif r < 0.6:
        bits = R.choice([30, 31, 32, 52, 53, 54, 61, 62, 63, 64, 65, 127, 128])
    elif r < 0.97:
        bits = R.randint(0, maxbits)
    else:
        bits = R.randint(maxbits, max(maxbits, 700))
    n = R.getrandbits(bits) if bits else 0
    if R.random() < 0.2 and bits:
        n = (1 << bits) - R.randint(0, 2)
    return -n if R.random() < 0.5 else n

def rfloat():
    r = R.random()
    if r < 0.1:
        return R.choice([0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 5e-324, 1e308])
    if r < 0.3:
        return float(R.randint(-10**6, 10**6)) / R.choice([1, 2, 4, 8, 10, 3])
    if r < 0.45:
        return R.uniform(-10, 10)
    e = R.randint(-1074, 1023) if r < 0.6 else R.randint(-60, 80)
    x = math.ldexp(R.random() + 0.5, e)
    return -x if R.random() < 0.5 else x

def random_cases():
    errors = Errors()
    groups = []
    def group(args, ops, fn):
        # one group: the operands once, then op -> result
        res = {}
        for op in ops:
            r = run(errors, lambda: fn(op, *args))
            if r is not None:
                res[op] = r
        groups.append({"a": [enc_val(a) for a in args], "r": res})
    binop = lambda op, a, b: BINARY[op](a, b)
    unop = lambda op, a: UNARY[op](a)
    # integer pairs, every operator
    for _ in range(250):
        a, b = rint(), rint()
        if R.random() < 0.1:
            b = a + R.randint(-2, 2)
        group([a, b], ["+", "-", "*", "//", "%", "divmod", "/", "&", "|", "^", "<", "=="], binop)
    # powers, shifts
    for _ in range(200):
        a = rint(100)
        group([a, R.randint(-5, 40)], ["**"], binop)
        group([a, R.randint(0, 300)], ["<<", ">>"], binop)
    # int -> float rounding: values near halfway points
    for _ in range(350):
        m = R.getrandbits(53) | (1 << 52)
        k = R.randint(1, 1000)
        n = (2 * m + 1) << (k - 1)      # exact tie
        n += R.choice([0, 0, 1, -1, 2 ** max(0, k - 3)])
        if R.random() < 0.5:
            n = -n
        group([n], ["float"], unop)
    for n in [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, 2**1023]:
        group([n], ["float"], unop)
        group([-n], ["float"], unop)
    # int / int, correctly rounded
    for _ in range(240):
        kind = R.random()
        if kind < 0.4:
            a, b = rint(200), rint(200)
        elif kind < 0.7:
            b = rint(400) or 1
            a = b * R.getrandbits(60) + R.randint(-3, 3) * 2 ** R.randint(0, 30)
        else:
            b = rint(1200) or 3
            k = R.randint(-1100, 1030)
            a = b << k if k >= 0 else b >> -k
            a += R.randint(-5, 5)
        group([a, b], ["/"], binop)
    # int vs float comparisons and mixed arithmetic
    for _ in range(140):
        n = rint(1100)
        try:
            f = float(n)
        except OverflowError:
            f = INF
        f = R.choice([f, math.nextafter(f, INF), math.nextafter(f, -INF), rfloat()])
        group([n, f], ["==", "<", ">=", "+", "*", "/", "//", "%"], binop)
        group([f, n], ["<"], binop)
    # float pairs
    for _ in range(260):
        group([rfloat(), rfloat()], ["+", "-", "*", "/", "//", "%", "divmod", "**", "<"], binop)
    # float unary
    for _ in range(200):
        group([rfloat()], ["int", "as_integer_ratio", "hex", "is_integer", "abs"], unop)
    # three-argument pow
    for _ in range(300):
        a, b = rint(150), rint(100)
        m = rint(150)
        if R.random() < 0.3:
            b = -abs(b)
        group([a, b, m], ["pow3"], lambda op, a, b, m: pow(a, b, m))
    # complex pairs
    def rcomplex():
        return complex(rfloat() if R.random() < 0.3 else R.uniform(-5, 5),
                       rfloat() if R.random() < 0.3 else R.uniform(-5, 5))
    for _ in range(120):
        a = rcomplex()
        b = R.choice([rcomplex(), rfloat(), R.randint(-20, 20), complex(R.randint(-9, 9), 0)])
        ops = ["+", "-", "*", "/", "**", "=="]
        group([a, b], ops, binop)
        group([b, a], ops, binop)
        group([a], ["abs"], unop)
    return {"errors": errors.list, "groups": groups}

CORE_JSON = json.dumps(core(), separators=(",", ":"))
RANDOM_JSON = json.dumps(random_cases(), separators=(",", ":"))
`);

for (const name of ["CORE", "RANDOM"]) {
  const file = path.join(outDir, `${name.toLowerCase()}.json`);
  fs.writeFileSync(file, py.globals.get(`${name}_JSON`) + "\n");
  console.log(`${file}: ${fs.statSync(file).size} bytes`);
}
