// Regenerates the traceback fixtures of the `pyvm` crate (vm/src/traceback)
// with a real CPython 3.14 (pyodide 314.0.7 = CPython 3.14.2, WebAssembly).
//
// Usage (from this directory, where package.json pins pyodide):
//     npm install            # once
//     node fixtures-traceback.mjs
//
// Outputs, in vm/tests/fixtures/traceback/:
//   programs.json  one entry per program below. Each program is compiled
//                  with py_compile (dfile="NAME.py") and its .pyc run the way
//                  tools/pyodide/corpus.mjs runs the corpus (fresh __main__,
//                  cwd = the program's directory, exec called from JS so no
//                  harness frame is in the traceback, the default
//                  sys.excepthook, no colour). Recorded: the source, the
//                  files a traceback may read (filename as in co_filename ->
//                  text; files the program deleted are absent), the exact
//                  stderr, and the report: per exception its frames (taken
//                  from the traceback objects: co_filename, co_name, and
//                  co_positions() at tb_lasti, tb_lineno when that has no
//                  line), type name and message as CPython prints them
//                  (TracebackException.exc_type_str and _str, which adds the
//                  "Did you mean" hints), the notes, suppress_context, the
//                  cause / context actually printed (cycles cut the way
//                  TracebackException cuts them) and the sub-exceptions of
//                  groups.
//   positions.json for source files (two zoos of expression and statement
//                  shapes, the programs, every third vm/tests/corpus/*.py),
//                  every expression and statement node's position and
//                  arbitrary (often absurd) positions: [lineno, end_lineno,
//                  col, end_col, text], the text being what
//                  StackSummary.format() prints for a frame named "f" there,
//                  minus its first line ('  File "NAME", line N, in f').
// And vm/src/traceback/wide.rs: the characters whose
// unicodedata.east_asian_width is W or F (they take two caret columns).
//
// Everything is deterministic (fixed seed); re-running reproduces the files
// byte for byte. Nothing in `cargo test` runs this script.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const outDir = path.join(repoRoot, "vm", "tests", "fixtures", "traceback");
const wideRs = path.join(repoRoot, "vm", "src", "traceback", "wide.rs");
const workDir = "/tbfix"; // inside pyodide's file system

// ---------------------------------------------------------------------------
// The programs. Each ends with an uncaught exception. `files` are extra
// modules written next to it.
const P = [];
const prog = (name, src, files = {}) => P.push({ name, src, files });

prog("binop_module", String.raw`
values = [10, 5, 0]
total = 100
result = total / values[-1]
`);
prog("call_chain", String.raw`
def parse(text):
    key, value = text.split("=")
    return key.strip(), int(value)

def parse_all(lines):
    out = {}
    for line in lines:
        k, v = parse(line)
        out[k] = v
    return out

def load(text):
    return parse_all(text.splitlines())

config = load("a=1\nb=two")
`);
prog("method_call", String.raw`
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

acct = Account(10)
print(acct.balance, acct.withdraw(3))
print(acct.balance, acct.withdraw(30))
`);
prog("subscript_key", String.raw`
settings = {"host": "example"}
port = int(settings["port"]) + 1
`);
prog("subscript_nested", String.raw`
grid = [[1, 2, 3], [4, 5, 6]]
total = grid[0][1] + grid[2][0]
`);
prog("multiline_call", String.raw`
def combine(a, b, c):
    return a + b + c

total = combine(
    1,
    2,
    "three",
)
`);
prog("multiline_binop_long", String.raw`
x = (1 +
     2 +
     3 +
     4 +
     5 +
     6 +
     7 + "a")
`);
prog("multiline_binop_first", String.raw`
x = ("a" +
     2 +
     3 +
     4 +
     5 +
     6)
`);
prog("multiline_subscript", String.raw`
table = {"a": 1}
value = table[
    "b"
]
`);
prog("multiline_call_comments", String.raw`
def f(*args, **kwargs):
    raise RuntimeError("boom")

f(1,  # first
  2,  # second

  key=3,
  # a comment line
  other=4)
`);
prog("raise_from", String.raw`
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as exc:
        raise ConfigError("port setting is missing") from exc

read_port({"host": "x"})
`);
prog("implicit_context", String.raw`
def risky(items, index):
    try:
        return items[index]
    except IndexError:
        return items[0] / len(items[1:])

print(risky([7], 5))
`);
prog("raise_from_none", String.raw`
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k!r}") from None

lookup({}, "x")
`);
prog("chain_three", String.raw`
def a():
    raise KeyError("first")

def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("second") from e

def c():
    try:
        b()
    except ValueError:
        1 / 0

c()
`);
prog("cause_without_traceback", String.raw`
raise ValueError("outer") from KeyError("never raised")
`);
prog("context_manual_suppress", String.raw`
try:
    {}["k"]
except KeyError:
    err = RuntimeError("replaced")
    err.__suppress_context__ = True
    raise err
`);
prog("cause_and_context", String.raw`
try:
    [][0]
except IndexError:
    raise TypeError("typed") from OSError(2, "missing")
`);
prog("context_cycle", String.raw`
def f():
    try:
        raise KeyError("a")
    except KeyError as ka:
        try:
            raise ValueError("b")
        except ValueError as vb:
            ka.__context__ = vb
            raise ka

f()
`);
prog("empty_message", String.raw`
def check(x):
    if not x:
        raise ValueError
check(0)
`);
prog("empty_str_message", String.raw`
raise RuntimeError("")
`);
prog("multiline_message", String.raw`
raise ValueError("line one\nline two\n\nline four")
`);
prog("notes", String.raw`
class ValidationError(Exception):
    pass

def validate(record):
    err = ValidationError(f"{record!r} is invalid")
    err.add_note("first note")
    err.add_note("multi\nline note")
    err.add_note("")
    raise err

validate({"name": "x"})
`);
prog("notes_odd", String.raw`
class N:
    def __str__(self):
        return "custom note object"
class Bad:
    def __str__(self):
        raise RuntimeError("no str")
e = ValueError("odd notes")
e.__notes__ = [N(), Bad(), "plain"]
raise e
`);
prog("notes_not_sequence", String.raw`
e = KeyError("k")
e.__notes__ = "a string, not a list"
raise e
`);
prog("str_fails", String.raw`
class Weird(Exception):
    def __str__(self):
        raise TypeError("nope")
raise Weird()
`);
prog("keyboard_interrupt", String.raw`
def long_task():
    for i in range(5):
        if i == 2:
            raise KeyboardInterrupt
long_task()
`);
prog("recursion", String.raw`
import sys
sys.setrecursionlimit(60)
def walk(n):
    return walk(n + 1)
walk(0)
`);
prog("recursion_mutual", String.raw`
import sys
sys.setrecursionlimit(40)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
`);
prog("repeat_once", String.raw`
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)
down(3)
`);
prog("repeat_twice", String.raw`
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)
down(4)
`);
prog("repeat_exactly_three", String.raw`
def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)
down(2)
`);
prog("repeat_then_other", String.raw`
def down(n):
    if n == 0:
        return int("x")
    return down(n - 1) + 1
def main():
    return down(8)
main()
`);
prog("missing_source_deleted", String.raw`
import os
def fail():
    raise OSError("source gone")
os.remove("missing_source_deleted.py")
fail()
`);
prog("missing_source_exec", String.raw`
code = compile("def g():\n    return 1 / 0\ng()\n", "nowhere.py", "exec")
exec(code)
`);
prog("line_out_of_range", String.raw`
code = compile("\n" * 200 + "raise IndexError('far away')\n", "line_out_of_range.py", "exec")
exec(code)
`);
prog("exec_string", String.raw`
exec("x = 1\ny = x + 'a'\n")
`);
prog("tabs", "def f(a, b):\n\tif a:\n\t\treturn a +\tb\n\nf(1, 'x')\n");
prog("tabs_mixed_multiline", "def f(*a):\n\traise KeyError(a)\n\nif True:\n\tf(1,\n\t  2,\n\t\t3)\n");
prog("non_ascii", String.raw`
def salut(nom):
    return "café " + nom + 1

salut("Zoë")
`);
prog("non_ascii_call", String.raw`
def f(x):
    raise ValueError("é")
résultat = [f("àé"), 2]
`);
prog("non_ascii_assign_call", String.raw`
def f(x):
    raise ValueError(x)
x = f("é")
`);
prog("wide_chars", String.raw`
名前 = "漢字"
数 = 3
結果 = 名前 + 数
`);
prog("wide_chars_call", String.raw`
def 関数(値):
    return 値["キー"]
x = [関数({"鍵": "値"}), "全角"]
`);
prog("emoji", String.raw`
label = "🐍🐍"
print(label + "🎉" + 3)
`);
prog("user_class_qualname", String.raw`
class Outer:
    class InnerError(Exception):
        pass
raise Outer.InnerError("nested class")
`);
prog("user_class_module", String.raw`
import errmod
errmod.fail(3)
`, {
  "errmod.py": String.raw`
class ModError(Exception):
    """An error defined outside __main__."""

def fail(n):
    if n > 2:
        raise ModError(f"n is {n}")
`,
});
prog("class_module_attr", String.raw`
class E(Exception):
    __module__ = "pkg.errors"
class F(Exception):
    pass
F.__module__ = None
try:
    raise F("no module")
except F:
    raise E("custom module")
`);
prog("imported_frames", String.raw`
import helpers
def main():
    return helpers.average([])
main()
`, {
  "helpers.py": String.raw`
def total(xs):
    return sum(xs)

def average(xs):
    return total(xs) / len(xs)
`,
});
prog("group_simple", String.raw`
def f():
    raise ExceptionGroup("eg", [ValueError("a\nb"), TypeError("t")])
try:
    f()
except Exception as e:
    e.add_note("note1\nnote2")
    raise ExceptionGroup("outer", [e, KeyError(3)]) from RuntimeError("cause")
`);
prog("group_raised_members", String.raw`
errors = []
for i, v in enumerate(["1", "x", "3", "y"]):
    try:
        int(v)
    except ValueError as e:
        e.add_note(f"item {i}")
        errors.append(e)
try:
    {}["missing"]
except KeyError:
    raise ExceptionGroup("bad items", errors)
`);
prog("group_wide", String.raw`
raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
`);
prog("group_wide_16", String.raw`
raise ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])
`);
prog("group_deep", String.raw`
eg = ValueError("leaf")
for i in range(13):
    eg = ExceptionGroup(f"level {i}", [eg, KeyError(i)])
raise eg
`);
prog("group_base", String.raw`
def inner():
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
def outer():
    try:
        inner()
    except* ValueError:
        raise RuntimeError("handled badly")
outer()
`);
prog("lambda_and_genexpr", String.raw`
conv = lambda s: int(s)
vals = list(conv(x) for x in ["1", "2", "three"])
`);
prog("fstring_error", String.raw`
n = 0
msg = f"ratio {10 / n:.2f}"
`);
prog("assert_plain", String.raw`
def check(v):
    assert v > 0
check(-1)
`);
prog("assert_message", String.raw`
x = 5
assert x < 3, f"x is {x}, too big"
`);
prog("attribute_suggestion", String.raw`
class Point:
    def __init__(self):
        self.x_coord = 1
p = Point()
print(p.x_coord + p.x_cord)
`);
prog("name_suggestion", String.raw`
counter = 3
def bump():
    return countr + 1
bump()
`);
prog("augassign", String.raw`
total = 10
total /= 0
`);
prog("for_not_iterable", String.raw`
for ch in 42:
    print(ch)
`);
prog("with_not_cm", String.raw`
with open.__name__ as f:
    pass
`);
prog("decorator_error", String.raw`
def deco(f):
    raise TypeError("cannot decorate " + f.__name__)

@deco
def thing():
    pass
`);
prog("class_body_error", String.raw`
class Config:
    size = 10
    half = size / 0
`);
prog("backslash_continuation", String.raw`
a = 1
b = "2"
c = a + \
    b
`);
prog("comment_after", String.raw`
a, b = 1, "b"
y = a + b  # adding things
`);
prog("semicolons", String.raw`
def f(x):
    raise ValueError(x)
a = 1; b = f(a); c = 3
`);
prog("assign_call_full", String.raw`
def f(x):
    raise ValueError(x)
result = f(1)
`);
prog("assign_call_paren", String.raw`
def f(x):
    raise ValueError(x)
result = (f(1))
`);
prog("return_call_attr", String.raw`
class C:
    def m(self):
        raise ValueError("m")
def g(c):
    return c.m()
g(C())
`);
prog("chained_comparison", String.raw`
a, b, c = 1, "2", 3
print(a < b < c)
`);
prog("unary_op", String.raw`
v = "text"
w = -v
`);
prog("power_op", String.raw`
base = 2
r = base ** "x"
`);
prog("floordiv_op", String.raw`
n = 7
print(n // 0)
`);
prog("matmul_op", String.raw`
a = [1]
b = a @ a
`);
prog("nested_binop_inner", String.raw`
a, b, c = 1, 2, "c"
r = a + b * c
`);
prog("paren_left_binop", String.raw`
x, y = (1), "s"
r = (x) + y
`);
prog("generator_next", String.raw`
def gen():
    yield 1
    raise StopIteration("inner")
g = gen()
next(g)
next(g)
`);
prog("init_error", String.raw`
class Widget:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f"negative size {size}")
        self.size = size
parts = [Widget(1), Widget(-2)]
`);
prog("del_missing", String.raw`
d = {"a": 1}
del d["b"]
`);
prog("multiline_dict_literal", String.raw`
cfg = {
    "a": 1,
    "b": 1 / 0,
    "c": 3,
}
`);
prog("multiline_string_arg", String.raw`
def parse(text):
    raise SyntaxWarning("bad text")
doc = parse("""
    line one
    line two
""")
`);
prog("method_chain", String.raw`
text = "a,b"
out = text.upper().split(",").index("C").bit_length()
`);
prog("slice_on_int", String.raw`
n = 12345
digits = n[1:3]
`);
prog("call_subscript_func", String.raw`
handlers = [lambda x: x / 0]
handlers[0](5)
`);
prog("long_line", String.raw`
def compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lam, mu, nu):
    return alpha + beta + gamma + delta + epsilon + zeta + eta + theta + iota + kappa + lam + mu + "nu" + nu
compute(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
`);
prog("non_ascii_message", String.raw`
raise ValueError("données invalides: 漢字 🐍")
`);
prog("tab_inside_line", "a = 1\nb = 'x'\nc = a\t+\tb\n");
prog("form_feed", "\x0cdef f():\n    return {}['k']\n\x0cf()\n");
prog("deep_expression_call", String.raw`
def f(a, b):
    return a - b
r = max(1, f(2, f(3, None)))
`);
prog("kwargs_call_multiline", String.raw`
def build(**kw):
    return kw["missing"]
obj = build(
    name="x",
    size=3,
)
`);
prog("error_in_except_finally", String.raw`
def f():
    try:
        return 1 / 0
    finally:
        print(undefined_name)
f()
`);
prog("group_with_chains", String.raw`
def sub(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        raise ValueError(f"bad {i}") from e
errs = []
for i in range(2):
    try:
        sub(i)
    except ValueError as e:
        errs.append(e)
raise ExceptionGroup("chained members", errs)
`);
prog("reraise_bare", String.raw`
def f():
    try:
        [].pop()
    except IndexError:
        print("handling")
        raise
f()
`);
prog("exception_subclass_builtin_name", String.raw`
class KeyError(Exception):
    pass
raise KeyError("shadowed")
`);
prog("starred_call", String.raw`
def f(a, b):
    return a + b
args = [1, "2"]
f(*args)
`);
prog("conditional_expr", String.raw`
x = None
y = x.value if x is not None else x.other
`);
prog("walrus", String.raw`
data = [1, 2]
if (n := len(data)) > 1:
    print(data[n])
`);
prog("comprehension_inline", String.raw`
rows = [[1], []]
firsts = [r[0] for r in rows]
`);
prog("nested_function_closure", String.raw`
def outer():
    factor = "x"
    def inner(v):
        return v * factor * 1.5
    return inner(2)
outer()
`);
prog("coroutine_send", String.raw`
async def work():
    raise ConnectionError("lost")
async def main():
    await work()
main().send(None)
`);

// ---------------------------------------------------------------------------
// A zoo of expression shapes for positions.json (never run).
const ZOO = String.raw`
a = b + c
a = b+c
a = (b) + (c)
a = b  +  c
a = b ** c
a = b // c
a = b << c
a = b >> c
a = b @ c
a = b % -c
a = b * -c
a = b - ~c
a = not b
a = b if c else d
a = b and c or d
a = b < c <= d
a = (b +
     c)
a = (b
     + c)
a = (b  # comment
     + c)
a = b + \
    c
a = (
    b
    +
    c
)
a = x[1]
a = x [ 1 ]
a = x[1][2]
a = x[1:2]
a = x[::2, ...]
a = x[
    1
]
a = (x)[1]
a = x[f(1)]
a = f()
a = f(1)
a = f (1)
a = f(1)(2)
a = f(*args, **kw)
a = f(x for x in y)
a = obj.meth(1)
a = obj.meth (1)
a = obj . meth(1)
a = obj.a.b.c(1, 2)
a = (obj.meth)(1)
a = f(
    1,
    2,
)
a = f(1,
      2)
a = f(1, 2
      )
a = obj.meth(
    1
).other(2)
a = {"k": f(1), "l": x[2]}
a = [f(1), x[2], b + c]
a = lambda q: q + 1
a = f"{b + c} {x[1]!r} {f(1):>10}"
a = f"{b + c=}"
a = 'é' + f('é')
a = "漢字" + x["漢字"]
a = "🐍" * f("🐍")
a = g(a)(b)[c].d(e)
a = b + c * d - e / f
a = -b ** c
a = await b
a = [x for x in y if x + 1]
a = {x: y for x, y in z}
a = (yield b)
a = x[b:c, d]
a = b is not c
a = b not in c
a = (b := c) + d
a = b if c else (
    d + e
)
return f(x)
return f(x) + 1
return o.f(x)
x, y = f(1)
x = y = f(1)
x.y = f(1)
x[0] = f(1)
x: int = f(1)
x += f(1)
del x[f(1)]
assert f(1), g(2)
raise f(1) from g(2)
import os.path as p
from . import (a, b,)
global q
for i in f(1):
    pass
while f(1) < 3:
    pass
if f(1):
    pass
elif g(2):
    pass
with f(1) as g, h(2):
    pass
try:
    f(1)
except E as e:
    pass
@deco(1)
def fn(a=f(1), *b, c: int = g(2), **d) -> h(3):
    return a
class K(f(1), metaclass=M):
    x = f(2)
match f(1):
    case [a, b]:
        pass
type T[X] = f(X)
x = f(a) ; y = 2
x = f(a) ; if y: pass
x = f(a)  # c
x = f(a, b,
      c)
x = f(a
      )(b)
x = (f(a,
       b))
x = f(
    a
)
if x:
	x = f(1)  + 2
	y = g[
	  1]
x = f( 1 )
x = f ( 1 )
x = F(1)
x = f('''
    multi
''')
x = b'abc' + b'd'
x = rb'\d' + r'\w'
x = 0x_ff + 1_000 + 1.5e-3 + 2j + .5
x = ...
x = b[c][d] + e(f)(g)
x = (b
     [c])
x = (f
     (1))
x = b . c . d
x = b[1] if c[2] else d[3]
x = t'{b}'
x = f(**{'a': 1})
x = f(a)[b] + g[c](d)
print(a, b + c, sep="")
print(
    a
    +
    b
)
`;

// Trickier shapes: spacing, comments and continuations between the parts,
// nested f-strings, literals of every kind, unpacking, lambdas, and
// statements around a call.
const ZOO2 = String.raw`
a = f  (1)
a = f \
    (1)
a = (f  # c (
     (1))
a = (x  # [
     [1])
a = (b  # +
     + c)
a = (b \
     + c)
a = (b
     # only a comment
     + c)
a = (b +
     # only a comment
     c)
a = f"{x["k"]}" + f'{a!r:{w}}'
a = 1if b else 2
a = [1for x in y]
a = 0x1f + 0o17 + 0b1 + 0XFF
a = b'\x00' + c
a = f(a)(b)(c)
a = x[1][2][3]
a = (b)(c)
a = (b)[c]
a = (((b))) + c
a = b+(c)
a = b.c[d](e)
a = f(*a, *b, **c, **d)
a = f(a, b=1, *c, **d)
a = {**a, **b}
a = {*a, *b}
a = [*a, *b]
a = (*a, *b)
a = x[*a]
a = lambda: (yield)
a = lambda *a, **k: 0
a = lambda a, /, b, *, c: 0
a = not not b
a = b if c else d if e else f
a = [x async for x in y]
a = b is c is not d
a = "a" "b" 'c'
a = """x""" + '''y'''
a = f'''{
    b
}'''
a = f"{b:{c}.{d}}"
a = f"{'nested' + f'{x}'}"
a = u'x' + R'y' + Rb'z' + BR'w'
a = 1_0.0_1e1_0j
a = b[c:d:e, f:g]
a = b[:]
a = b[::]
a = x.y.z(w)[v]
a = 1 + 2 * 3 ** 4 // 5 % 6 @ 7 - 8 << 9 >> 10 & 11 ^ 12 | 13
a = f(x, (y))
a = f((x))
a = f((x for x in y))
a = (f)((x))
a = x[(1)]
a = b**-c
a = b*-c
a = b//c
a = b<<c
a = b  **  c
a = 3.0.is_integer() + 1.5.real
a = 1 .real
a = 1j.imag
a = x[1:2][::3]
a = "# not a comment" + b
a = "( not a paren" + f("[")
a = d[
    # comment
    k
]
a = call(
    a,

    b,
)
a = (
    b
    .c
    .d(e)
)
a = x \
    [1]
a = x(1) \
    (2)
a = """
text
""" + b
a = b + """
text
"""
x = f(a)  # trailing comment
x = f(a);
x = f(a); y = g(b); z = 3
x = f(a); del y
x = f(a); import os
x = f(a); from os import path
x = f(a); assert b
x = f(a); raise c
x = f(a); global q
x = f(a); pass; break; continue
x = f(a); return b
x = f(a); y += 1
x = f(a); y: int = 2
x = f(a); y = yield
x = f(a); type Y = int
x = f(a); a, *b = c
x = f(a); [a, b] = c
x = (yield f(a))
x = await f(a)
x = f(a) if b else c
x = f(a).b
x = f(a)[0]
x = f(a)(b)
x = F.g(a)
(x) = f(a)
x = y = f(a)
return f(a); x = 1
return f(a)(b)
return (f(a))
return f(a),
x = f(a) \
    + 1
x = f(a, \
      b)
`;

// ---------------------------------------------------------------------------
const py = await loadPyodide({ env: { PYTHON_COLORS: "0", NO_COLOR: "1", PYTHONHASHSEED: "0" } });
let sink = null;
const writer = () => ({
  isatty: false,
  write(buf) {
    if (sink) sink.push(Buffer.from(buf));
    else process.stderr.write(Buffer.from(buf));
    return buf.length;
  },
});
py.setStdout({ isatty: false, write: (buf) => buf.length }); // stdout is not recorded
py.setStderr(writer());
py.setStdin({ read: () => 0, isatty: false });

const harness = py.runPython(String.raw`
import ast, atexit, builtins, collections.abc, gc, io, itertools, json, linecache
import os, py_compile, random, sys, traceback, types, unicodedata, warnings
import importlib.machinery

assert sys.version_info[:2] == (3, 14), sys.version

def compile_one(workdir, name):
    src = os.path.join(workdir, name + ".py")
    pyc = os.path.join(workdir, name + ".pyc")
    py_compile.compile(src, cfile=pyc, dfile=name + ".py", doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    return pyc

_state = None
atexit._clear()

def _capture_hook(args):
    st = _state
    if (st is not None and not st["done"] and args.object is None
            and (args.err_msg or "").startswith("Exception ignored in atexit callback")):
        st["uncaught"] = args.exc_value
        return
    sys.__unraisablehook__(args)

def prepare(workdir, name):
    global _state
    pyc_path = os.path.join(workdir, name + ".pyc")
    with open(pyc_path, "rb") as f:
        code = marshal_loads(f.read()[16:])
    st = {"workdir": workdir, "name": name, "uncaught": None, "done": False}
    st["saved"] = {a: getattr(sys, a) for a in ("argv", "stdout", "stderr", "excepthook", "unraisablehook")}
    st["saved_path"] = list(sys.path)
    st["saved_modules"] = set(sys.modules)
    st["saved_main"] = sys.modules.get("__main__")
    st["saved_limit"] = sys.getrecursionlimit()
    st["saved_cwd"] = os.getcwd()
    os.chdir(workdir)
    linecache.clearcache()
    main = types.ModuleType("__main__")
    d = main.__dict__
    d["__builtins__"] = builtins
    d["__file__"] = pyc_path
    d["__cached__"] = None
    d["__loader__"] = importlib.machinery.SourcelessFileLoader("__main__", pyc_path)
    st["main"] = main
    sys.modules["__main__"] = main
    sys.argv = [name + ".pyc"]
    sys.path[:] = [workdir] + [p for p in st["saved_path"] if p not in ("", workdir)]
    err = io.TextIOWrapper(io.open(2, "wb", closefd=False), encoding="utf-8",
                           errors="backslashreplace", newline="\n", line_buffering=True)
    st["err"] = err
    sys.stderr = err
    sys.stdout = io.StringIO()
    sys.excepthook = sys.__excepthook__
    sys.unraisablehook = _capture_hook
    atexit._clear()
    atexit.register(exec, code, d)
    _state = st

from marshal import loads as marshal_loads

def _safe_str(x, what):
    try:
        return str(x)
    except Exception:
        return f"<{what} str() failed>"

def _notes(te):
    notes = te.__notes__
    if isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes)):
        return [_safe_str(n, "note") for n in notes]
    if notes is not None:
        try:
            return [repr(notes)]
        except Exception:
            return ["<__notes__ repr() failed>"]
    return []

def _frames(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        pos = (None, None, None, None)
        if tb.tb_lasti >= 0:
            pos = next(itertools.islice(code.co_positions(), tb.tb_lasti // 2, None))
        lineno, end_lineno, col, end_col = pos
        if lineno is None:
            lineno = tb.tb_lineno
        out.append({"filename": code.co_filename, "name": code.co_name, "lineno": lineno,
                    "end_lineno": end_lineno, "col": col, "end_col": end_col})
        tb = tb.tb_next
    return out

def _report(te, e):
    # te decides which chained exceptions are printed (it cuts cycles); the
    # data itself comes from the exception and its traceback.
    frames = _frames(e.__traceback__)
    assert [(f["filename"], f["lineno"], f["end_lineno"], f["col"], f["end_col"], f["name"]) for f in frames] == \
        [(s.filename, s.lineno, s.end_lineno, s.colno, s.end_colno, s.name) for s in te.stack], "stack mismatch"
    r = {"type": te.exc_type_str, "message": te._str, "str": _safe_str(e, "exception"),
         "notes": _notes(te), "frames": frames,
         "suppress_context": bool(e.__suppress_context__)}
    if te.__cause__ is not None:
        r["cause"] = _report(te.__cause__, e.__cause__)
    if te.__context__ is not None:
        r["context"] = _report(te.__context__, e.__context__)
    if te.exceptions is not None:
        r["exceptions"] = [_report(t, x) for t, x in zip(te.exceptions, e.exceptions)]
    return r

def _files(workdir, report, acc):
    for f in report["frames"]:
        fn = f["filename"]
        full = fn if os.path.isabs(fn) else os.path.join(workdir, fn)
        if fn not in acc and os.path.isfile(full):
            with open(full, encoding="utf-8") as fh:
                acc[fn] = fh.read()
    for k in ("cause", "context"):
        if k in report:
            _files(workdir, report[k], acc)
    for sub in report.get("exceptions", []):
        _files(workdir, sub, acc)
    return acc

def finish():
    global _state
    st = _state
    st["done"] = True
    exc = st["uncaught"]
    st["uncaught"] = None
    sys.unraisablehook = sys.__unraisablehook__
    result = None
    if exc is not None and not isinstance(exc, SystemExit):
        te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
        report = _report(te, exc)
        files = _files(st["workdir"], report, {})
        sys.last_exc = exc
        sys.excepthook(type(exc), exc, exc.__traceback__)
        result = json.dumps({"report": report, "files": files})
    exc = None
    st["err"].flush()
    for a, v in st["saved"].items():
        setattr(sys, a, v)
    sys.path[:] = st["saved_path"]
    sys.setrecursionlimit(st["saved_limit"])
    sys.modules["__main__"] = st["saved_main"]
    for m in list(sys.modules):
        if m not in st["saved_modules"]:
            del sys.modules[m]
    os.chdir(st["saved_cwd"])
    linecache.clearcache()
    st["main"].__dict__.clear()
    _state = None
    if hasattr(sys, "last_exc"):
        del sys.last_exc
    gc.collect()
    return result

# ------------------------------------------------------------- positions
def _fmt(filename, lineno, end_lineno, col, end_col):
    fs = traceback.FrameSummary(filename, lineno, "f", lookup_line=False,
                                end_lineno=end_lineno, colno=col, end_colno=end_col)
    return "".join(traceback.StackSummary.from_list([fs]).format())

def positions(files_json):
    files = json.loads(files_json)
    rng = random.Random(314)
    out = []
    for fname, text in files:
        os.makedirs("/tbpos", exist_ok=True)
        os.chdir("/tbpos")
        path = fname
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        linecache.clearcache()
        seen = set()
        cases = []
        def add(p):
            if p not in seen:
                seen.add(p)
                text = _fmt(path, *p)
                head = f'  File "{path}", line {p[0]}, in f\n'
                assert text.startswith(head), (text, head)
                cases.append(list(p) + [text[len(head):]])
        try:
            tree = ast.parse(text)
        except SyntaxError:
            tree = None
        if tree is not None:
            for node in ast.walk(tree):
                if isinstance(node, (ast.expr, ast.stmt)):
                    add((node.lineno, node.end_lineno, node.col_offset, node.end_col_offset))
        nlines = text.count("\n") + 1
        for _ in range(max(40, nlines)):
            ln = rng.randint(0, nlines + 2)
            end = rng.choice([ln, ln, ln, ln - 1, ln + 1, ln + 2, ln + 9, None])
            col = rng.choice([0, rng.randint(0, 12), rng.randint(0, 80), None])
            ecol = rng.choice([rng.randint(0, 12), rng.randint(0, 80), 10**6, None])
            if ln < 1:
                ln = rng.choice([ln, None])
            add((ln, end, col, ecol))
        out.append({"filename": path, "source": text, "cases": cases})
    return json.dumps(out, ensure_ascii=False, indent=0)

def wide_ranges():
    r = []
    start = None
    for cp in range(sys.maxunicode + 2):
        w = cp <= sys.maxunicode and unicodedata.east_asian_width(chr(cp)) in "WF"
        if w and start is None:
            start = cp
        if not w and start is not None:
            r.append((start, cp - 1))
            start = None
    return json.dumps({"unidata_version": unicodedata.unidata_version, "ranges": r})

types.SimpleNamespace(compile_one=compile_one, prepare=prepare, finish=finish,
                      run_exitfuncs=atexit._run_exitfuncs, positions=positions,
                      wide_ranges=wide_ranges)
`);

const FS = py.FS;
FS.mkdirTree(workDir);
const programs = [];
let failures = 0;
for (const { name, src, files } of P) {
  const dir = `${workDir}/${name}`;
  FS.mkdirTree(dir);
  FS.writeFile(`${dir}/${name}.py`, src);
  for (const [f, text] of Object.entries(files)) FS.writeFile(`${dir}/${f}`, text);
  harness.compile_one(dir, name);
  sink = [];
  let result;
  try {
    harness.prepare(dir, name);
    harness.run_exitfuncs();
    result = harness.finish();
  } catch (e) {
    sink = null;
    failures++;
    console.error(`FAILED ${name}: ${e.message}`);
    continue;
  }
  const stderr = Buffer.concat(sink).toString("utf8");
  sink = null;
  if (result === undefined || result === null) {
    failures++;
    console.error(`FAILED ${name}: no uncaught exception`);
    continue;
  }
  const data = JSON.parse(result);
  programs.push({ name, source: src, extra_files: files, files: data.files, stderr, report: data.report });
  console.log(`${name}: ${stderr.length} chars of stderr`);
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, "programs.json"), JSON.stringify(programs, null, 1) + "\n");

// Positions: the zoo, the programs, and the conformance corpus sources.
const posFiles = [["zoo.py", ZOO], ["zoo2.py", ZOO2]];
for (const { name, src } of P) posFiles.push([`${name}.py`, src]);
const corpusDir = path.join(repoRoot, "vm", "tests", "corpus");
if (fs.existsSync(corpusDir)) {
  // Every third file of the conformance corpus: real code, kept small.
  const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".py")).sort();
  for (const f of corpus.filter((_, i) => i % 3 === 0)) {
    posFiles.push([`corpus_${f}`, fs.readFileSync(path.join(corpusDir, f), "utf8")]);
  }
}
const pos = harness.positions(JSON.stringify(posFiles));
fs.writeFileSync(path.join(outDir, "positions.json"), pos + "\n");

// The wide-character table.
const wide = JSON.parse(harness.wide_ranges());
let rs = `//! Characters whose Unicode East Asian Width is W (wide) or F (fullwidth),
//! which CPython's traceback formatter counts as two columns: Unicode
//! ${wide.unidata_version}, as in CPython 3.14's \`unicodedata\`.
//!
//! Generated by tools/pyodide/fixtures-traceback.mjs; do not edit.

const WIDE: &[(u32, u32)] = &[
`;
for (const [a, b] of wide.ranges) {
  rs += `    (0x${a.toString(16).toUpperCase()}, 0x${b.toString(16).toUpperCase()}),\n`;
}
rs += `];

/// Whether \`c\` takes two columns (\`east_asian_width(c) in "WF"\`).
pub(crate) fn is_wide(c: char) -> bool {
    let c = c as u32;
    WIDE.binary_search_by(|&(lo, hi)| {
        if hi < c {
            std::cmp::Ordering::Less
        } else if lo > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}
`;
fs.writeFileSync(wideRs, rs);
console.log(`${programs.length} of ${P.length} programs recorded; positions for ${posFiles.length} files`);
process.exit(failures ? 1 : 0);
