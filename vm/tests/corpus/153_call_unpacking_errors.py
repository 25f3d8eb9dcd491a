def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a, b, args, c, d, kw
print(f(1, c=3), f(*[1, 2, 3], **{"c": 5, "z": 6}))
print(f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__, f.__name__, f.__qualname__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_flags & 0xf)
f.__doc__ = "new doc"
print(f.__doc__, f.__dict__)
f.attr = 1
print(f.__dict__, f.attr)
def g():
    pass
print(g.__doc__, g.__closure__, g.__kwdefaults__, g.__defaults__, g.__globals__ is globals())
def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner
i = outer()
print([c.cell_contents for c in i.__closure__], i.__code__.co_freevars, outer.__code__.co_cellvars)
class K:
    def m(self, x):
        return x
k = K()
print(k.m.__func__ is K.m, k.m.__self__ is k, k.m.__name__, k.m.__qualname__, type(k.m).__name__)
print(repr(k.m).startswith("<bound method K.m of <__main__.K object at"))
def h(x, /, y, *, z):
    return x, y, z
for args, kwargs in [((1, 2), {"z": 3}), ((1,), {"y": 2, "z": 3}), ((), {"x": 1, "y": 2, "z": 3}), ((1, 2, 3), {}), ((1, 2), {}), ((1, 2), {"z": 3, "w": 4})]:
    try:
        print(h(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, **{"c": 1}, **{"c": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, *None)
except TypeError as e:
    print("TypeError:", e)
try:
    print(*1)
except TypeError as e:
    print("TypeError:", e)
try:
    K().m(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    len(**{"a": 1})
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
def kw(**k):
    return k
print(kw(**Mapping()))
try:
    kw(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    kw(**5)
except TypeError as e:
    print("TypeError:", e)
def noargs():
    pass
try:
    noargs(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    noargs(a=1)
except TypeError as e:
    print("TypeError:", e)
def one(a):
    pass
try:
    one()
except TypeError as e:
    print("TypeError:", e)
try:
    one(1, 2)
except TypeError as e:
    print("TypeError:", e)
def three(a, b, c):
    pass
try:
    three()
except TypeError as e:
    print("TypeError:", e)
def kwo(*, a, b):
    pass
try:
    kwo()
except TypeError as e:
    print("TypeError:", e)
try:
    kwo(1)
except TypeError as e:
    print("TypeError:", e)
def kwo2(x, *, a):
    pass
try:
    kwo2(1, 2)
except TypeError as e:
    print("TypeError:", e)
def dflt(a, b=1, *, c=2):
    pass
try:
    dflt(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    dflt(1, 2, 3, c=5)
except TypeError as e:
    print("TypeError:", e)
def ann(a: int, b: "str" = "x") -> bool:
    pass
print(ann.__annotations__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=10):
    return x + y
print(add(1), add(1, y=2), add.__name__)
def cnt():
    def rec(n):
        nonlocal total
        total += n
        if n:
            rec(n - 1)
    total = 0
    rec(4)
    del total
    try:
        return total
    except NameError as e:
        return str(e)
print(cnt())
class Outer:
    val = 5
    def m(self):
        class Inner:
            v = val2
        return Inner.v
def fn_with_class():
    val2 = "from function"
    class C:
        x = val2
    return C.x
print(fn_with_class())
