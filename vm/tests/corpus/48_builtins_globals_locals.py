# globals(), locals(), vars() without args, name lookup.
import sys
g = globals()
print([k for k in g])
print(g["__name__"], g["__doc__"], g["__package__"], g["__spec__"], g["__cached__"])
print(type(g["__builtins__"]).__name__, g["__builtins__"].__name__)
print(type(g["__loader__"]).__name__, g["__file__"].endswith("48_builtins_globals_locals.pyc"))
X = 10
print("X" in globals(), globals()["X"])
globals()["Y"] = 20
print(Y)
def f(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc), loc["c"])
    d = 4
    print(sorted(locals()))
    return c
f(1)
def g2():
    print(locals())
    x = 1
    print(locals())
g2()
print(vars() is globals(), locals() is globals())
def closure():
    outer_var = "o"
    def inner():
        print(sorted(locals()), outer_var)
    inner()
closure()
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    print("class body locals:", names)
print(K.names, K.b)
print(__name__, sys.argv, len(sys.argv))
print([m for m in ("sys", "builtins") if m in sys.modules])
print(sys.argv[0].endswith(".pyc"))
z = 5
def read_z():
    return z
def write_z():
    z = 6
    return z
print(read_z(), write_z(), z)
del X
print("X" in globals())
try:
    print(X)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
exec_ns = {}
print(len, len is __builtins__.len if hasattr(__builtins__, "len") else "builtins module")
print(__builtins__ is sys.modules["builtins"], __doc__)
