# closures, late binding, nonlocal, global
def make_adders():
    fs = []
    for i in range(4):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in make_adders()])
fs2 = [lambda x, i=i: x * i for i in range(4)]
print([f(3) for f in fs2])

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__))
print(type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)
print(inc.__code__.co_freevars, counter.__code__.co_cellvars)

G = 1
def set_g():
    global G
    G += 10
    def inner():
        global G
        G *= 2
    inner()
set_g()
print(G)

def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())

def loop_closures():
    res = []
    for name in ['a', 'b', 'c']:
        def f(): return name
        res.append(f)
    return [g() for g in res]
print(loop_closures())

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print('ULE:', e)
    y = 3
    del y
    try:
        y
    except UnboundLocalError as e:
        print('ULE2:', e)
    except NameError as e:
        print('NE:', e)
unbound()

def free_del():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
free_del()

zz = 5
del zz
try:
    zz
except NameError as e:
    print(type(e).__name__, e, e.name)

try:
    del zz
except NameError as e:
    print('del:', e)

def del_local():
    q = 1
    del q
    try:
        del q
    except UnboundLocalError as e:
        print('dl:', e)
del_local()

# closure cell shared across instances
def make_pair():
    val = []
    def push(x): val.append(x)
    def peek(): return list(val)
    return push, peek
p1, k1 = make_pair()
p2, k2 = make_pair()
p1(1); p1(2); p2('z')
print(k1(), k2())

# nonlocal in loops, class body
def acc():
    total = 0
    for i in range(5):
        def add():
            nonlocal total
            total += i
        add()
    return total
print(acc())

x = 'global x'
class C:
    x = 'class x'
    def m(self):
        return x
    y = [x for _ in range(2)]
    z = (lambda: x)()
print(C().m(), C.y, C.z)

class D:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        combos = [(a, b) for a in vals for b in vals if b > a]
    except NameError as e:
        combos = str(e)
print(D.doubled, D.combos)

class E:
    n = 3
    try:
        items = [n * i for i in range(3)]
    except NameError as e:
        items = 'NameError: ' + str(e)
print(E.items)

def gen_scope():
    a = 10
    return list(a + i for i in range(3))
print(gen_scope())

print([(lambda: k)() for k in range(3)])
funcs = {k: (lambda: k) for k in 'ab'}
print({k: f() for k, f in funcs.items()})

def nested_nonlocal_error():
    pass
try:
    exec_like = None
    def f():
        x = 1
        def g():
            nonlocal x
            del x
        g()
        return x
    f()
except UnboundLocalError as e:
    print('after nonlocal del:', type(e).__name__, e)
except NameError as e:
    print('after nonlocal del:', type(e).__name__, e)
# trickier scoping
x = 'module'
def f1():
    print(x)
f1()
class A:
    x = 'class A'
    def get(self):
        return x
    lam = lambda self: x
    def nested(self):
        class B:
            y = x
        return B.y
a = A()
print(a.get(), a.lam(), a.nested())
def outer():
    x = 'enclosing'
    class C:
        print('in class body x =', x)
        x = 'class C'
        print('after assign x =', x)
        def m(self):
            return x
    return C().m(), C.x
print(outer())
def outer2():
    y = 'enc'
    class D:
        y = 'cls'
        vals = [y for _ in range(1)]
    return D.vals
print(outer2())
def outer3():
    z = 1
    class E:
        nonlocal z
        z = 2
    return z
print(outer3())
def g_in_class():
    class F:
        global GF
        GF = 'set from class'
    return GF
print(g_in_class(), GF)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class Shadow:
    items = [1, 2]
    def m(self):
        try:
            return items
        except NameError as e:
            return 'NameError: ' + str(e)
print(Shadow().m())
def make():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [fn() for fn in fns]
print(make())
def make2():
    return [lambda: j for j in range(3)]
print([f() for f in make2()])
def make3():
    fns = []
    for j in range(3):
        def cap(j=j):
            return j
        fns.append(cap)
    return [f() for f in fns]
print(make3())
def make4():
    def factory(n):
        return lambda: n
    return [factory(j)() for j in range(3)]
print(make4())
# closures over loop var after loop
def after():
    for q in range(3):
        pass
    return (lambda: q)()
print(after())
# comprehension var doesn't leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print('NE:', e)
# but for var leaks
for leaked in range(2): pass
print(leaked)
# exception var deleted
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    err
except NameError as e:
    print('NE:', e)
def exc_var():
    try:
        raise ValueError
    except ValueError as ev:
        pass
    return ev
try:
    exc_var()
except UnboundLocalError as e:
    print('ULE:', e)
def cond_def(flag):
    if flag:
        val = 1
    return val
print(cond_def(True))
try:
    cond_def(False)
except UnboundLocalError as e:
    print('ULE:', e)
def nested_comp():
    m = [[i * j for j in range(3)] for i in range(3)]
    return m, [v for row in m for v in row if v]
print(nested_comp())
def closure_in_comp():
    base = 10
    return [(lambda: base + k)() for k in range(3)]
print(closure_in_comp())
def gen_late():
    fs = (lambda: n for n in range(3))
    return [f() for f in fs]
print(gen_late())
def gen_late2():
    fs = list(lambda: n for n in range(3))
    return [f() for f in fs]
print(gen_late2())
total = 0
def add_total(n):
    global total
    for i in range(n):
        total += i
add_total(5)
print(total)
def counter_gen():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    while True:
        yield incr()
cg = counter_gen()
print(next(cg), next(cg), next(cg))
def recursive_closure():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(recursive_closure()(6))
fact_ref = recursive_closure()
print(fact_ref.__code__.co_freevars, recursive_closure.__code__.co_cellvars)
print(fact_ref.__closure__[0].cell_contents is fact_ref)
def cell_empty():
    def inner():
        return later
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('VE:', e)
    later = 5
    return c.cell_contents
print(cell_empty())
import sys
def lambda_default_eval():
    k = 1
    f = lambda k=k + 1: k
    k = 100
    return f()
print(lambda_default_eval())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
sq = lambda n: n * n
print(sq.__name__, sq.__code__.co_argcount, list(map(sq, range(4))))
print((lambda: (yield 1))().__class__.__name__)
