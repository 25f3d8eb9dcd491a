def t(label, fn, *pa, **pk):
    try:
        r = fn(*pa, **pk)
        print(label, '->', r)
    except Exception as e:
        print(label, type(e).__name__, e)

def po(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

t(1, po, 1, 2, 3, d=4)
t(2, po, 1, 2, c=3, d=4)
t(3, po, 1, b=2, c=3, d=4)
t(4, po, a=1, b=2, c=3, d=4)
t(5, po, 1, 2, 3, 4)
t(6, po, 1, 2, 3)
t(7, po, 1, 2, d=3)
t(8, po, 1, 2, 3, d=4, f=6)
t(9, po, 1, 2, 3, d=4, c=5)
t(10, po)
t(11, po, 1)

def kwo(*, a, b, c=1): return a, b, c
t(12, kwo)
t(13, kwo, 1)
t(14, kwo, a=1)
t(15, kwo, 1, 2, a=1)

def simple(x, y): return x, y
t(16, simple, 1, 2, 3)
t(17, simple, 1, x=1)
t(18, simple, 1, z=2)
t(19, simple)
t(20, simple, y=2)
t(21, simple, 1, 2, **{'x': 3})

def defs(a, b=2, c=3): return a, b, c
t(22, defs, 1, 2, 3, 4)
t(23, defs)
t(24, defs, 1, c=9)

def var(*args, **kwargs): return args, kwargs
t(25, var, 1, 2, x=3)
t(26, var, *[1, 2], *(3,), **{'a': 1}, **{'b': 2})
t(27, lambda: var(**{'a': 1}, **{'a': 2}))
t(28, lambda: var(*5))
t(29, lambda: var(**[1]))

def forward(*args, **kwargs):
    return po(*args, **kwargs)
t(30, forward, 1, 2, 3, d=9)
t(31, forward, 1, 2)

class M:
    def meth(self, x, /, y=2, *, z): return x, y, z
    def noargs(self): return 'ok'
m = M()
t(32, m.meth, 1, z=3)
t(33, m.meth, 1)
t(34, m.noargs, 1)
t(35, M.noargs)
t(36, M.meth, m, 1, 2, 3)
t(37, lambda: 0, 1)
t(38, lambda x, *, y: 0, 1, 2)
t(39, po, 1, 2, 3, d=4, **{'a': 1})

def onlypos(a, b=1, /): return a, b
t(40, onlypos, a=1)
t(41, onlypos, 1, b=2)
t(42, onlypos, 1, 2, 3)

def kwargs_with_pos(a, /, **kw): return a, kw
t(43, kwargs_with_pos, 1, a=2)

def many(a, b, c, d): pass
t(44, many, 1)
t(45, many, 1, 2)
t(46, many, d=1)
def kwmany(*, a, b, c): pass
t(47, kwmany, b=1)
t(48, many, 1, 2, 3, 4, 5, 6)
def opt_kw(a, *, b=1): pass
t(49, opt_kw, 1, 2)
t(50, opt_kw, 1, 2, 3, b=3)
def two_opt(a, b=1, *, c=1): pass
t(51, two_opt, 1, 2, 3)
t(52, two_opt, 1, 2, 3, c=1)
t(53, int, 'z', basee=3)
t(54, len, [1], [2])
t(55, len)
t(56, sorted, [3, 1], reversed=True)
t(57, print, 1, sepp='-')
t(58, max)
t(59, max, [])
t(60, min, [], default='empty')
t(61, max, 1, 2, key=lambda v: -v)
t(62, divmod, 1)
t(63, isinstance, 1)
t(64, getattr, 1)
t(65, sum, [1, 2], start=10)
t(66, sum, [1], 2, 3)
t(67, enumerate, [1], start='x')
t(68, (lambda **kw: kw), **{'1': 2})
t(69, dict, a=1, **{'b': 2})
def ann(a: int, *args: str, b: 'x' = 1, **kw: float) -> None: pass
print(ann.__annotations__)
print(ann.__code__.co_varnames, ann.__code__.co_argcount, ann.__code__.co_kwonlyargcount)
print(po.__code__.co_varnames, po.__code__.co_posonlyargcount)
t(70, M.meth, 1, 2, 3)
t(71, m.meth, z=1)
def f(alpha, beta=2, *, gamma=3): pass
for kw in ('alpah', 'gama', 'zzz', 'Beta', 'alph'):
    try:
        f(1, **{kw: 1})
    except TypeError as e:
        print(e)
class C:
    def m(self, value): pass
try:
    C().m(valeu=1)
except TypeError as e:
    print(e)
def g(**kw): pass
def h(a, /, b): pass
try:
    h(1, c=2)
except TypeError as e:
    print(e)
for call in (lambda: sorted([], keys=1), lambda: int('1', bas=2), lambda: print(1, ends=''), lambda: zip([], strct=True), lambda: max([1], kye=len), lambda: enumerate([], strt=1), lambda: sum([], strat=0), lambda: 'a'.split(sepp=','), lambda: [].sort(revers=True), lambda: dict.fromkeys([], valu=1), lambda: min([1], defualt=0), lambda: round(1.5, ndigit=1)):
    try:
        call()
    except TypeError as e:
        print(e)
