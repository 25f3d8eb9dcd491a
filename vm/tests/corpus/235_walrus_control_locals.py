import sys
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
print(total := sum(data), total)
vals = iter([3, 2, 1, 0, 7])
while (v := next(vals)) != 0:
    print('v', v)
print([last := i for i in range(3)], last)
def f():
    [inner := k for k in range(4)]
    return inner
print(f())
buf = []
while chunk := 'abcdefg'[len(buf) * 2: len(buf) * 2 + 2]:
    buf.append(chunk)
print(buf)
print({k: (sq := k * k) for k in range(3)}, sq)
if (n := len(data)) > 3:
    print('long', n)

for i in range(3):
    if i == 5: break
else:
    print('for-else ran', i)
for i in range(3):
    if i == 1:
        print('breaking'); break
else:
    print('never')
for i in []:
    pass
else:
    print('empty else')
k = 0
while k < 3:
    k += 1
else:
    print('while-else', k)
while True:
    break
else:
    print('never')
def search(items, target):
    for idx, it in enumerate(items):
        if it == target:
            return idx
    else:
        return -1
print(search('abc', 'c'), search('abc', 'z'))
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
def ret_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print('finally on return')
print(ret_in_finally())

x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 > 2, 3 > x < 7)
print('a' < 'b' <= 'b' != 'c', (1, 2) < (1, 3) < (2,))
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print('TE:', e)
print(x if x > 3 else -x, 'big' if x > 100 else 'mid' if x > 3 else 'small')
print(None is None is not False, 1 in [1, 2] in [[1, 2]])
print(not 1 == 2, (not 1) == 2, - - 3, ~~7)

def show_locals(a, b=2):
    c = a + b
    d = [c]
    return locals()
print(show_locals(1))
def loc_order():
    z = 1
    a = 2
    def inner():
        return z
    m = 3
    return list(locals().keys())
print(loc_order())
def loc_free():
    v = 'free'
    def inner():
        w = 1
        print(sorted(locals().items()), v)
        return locals()
    return inner()
print(loc_free())
def loc_unbound():
    a = 1
    print(locals())
    b = 2
    del a
    print(locals())
loc_unbound()
g_keys = [k for k in globals().keys() if not k.startswith('__')]
print(g_keys[:6])
print('__name__' in globals(), globals()['__name__'], __name__)
print(sorted(k for k in globals() if k.startswith('__')))
globals()['dyn'] = 'dynamic'
print(dyn)
class Scope:
    a = 1
    b = a + 1
    ns = sorted(locals())
print(Scope.ns)
print(locals() is globals())
def mod_locals():
    x = 1
    locals()['x'] = 2
    return x
print(mod_locals())
def sum_squares(n):
    return sum(i * i for i in range(n)) if n > 0 else 0
print(sum_squares(4), sum_squares(-1))
global GG
GG = 'g'
def readg():
    return GG
print(readg())
def setg():
    global NEWG
    NEWG = 'created'
setg()
print(NEWG)
def uses_before_global():
    global late
    late = 1
    return late
print(uses_before_global(), late)
print(vars()['late'])
def vars_in():
    q = 9
    return vars()
print(vars_in())
print(dir()[:3])
def dir_in(a):
    b = 1
    return dir()
print(dir_in(0))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7), is_even(7))
print(sys.getrecursionlimit())
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            yield ch + p
print(list(perms('abc')))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5]])))
import sys
sys.setrecursionlimit(150)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
def d2(n):
    if n == 0: return 0
    return 1 + d2(n - 1)
print(d2(100))
for lim in (50, 120):
    sys.setrecursionlimit(lim)
    print(lim, depth(0))
def gen_depth(n):
    try:
        yield from gen_depth(n + 1)
    except RecursionError:
        yield n
print(next(gen_depth(0)))
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RE', e)
def deco(f):
    def w(*a): return f(*a)
    return w
@deco
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('RE2', e)
lst = []
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 2)
print(mutual_a(90))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('VE', e)
print(sys.getrecursionlimit())
def f():
    a = 1
    r = [sorted(locals()) for x in range(1)]
    return r
print(f())
def f2():
    a = 1
    g = (sorted(locals()) for x in range(1))
    return list(g)
print(f2())
def f3():
    a = 1
    def inner():
        return sorted(locals())
    return inner()
print(f3())
def f4():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return l1 is l2, sorted(l1), sorted(l2)
print(f4())
class C:
    a = 1
    print(sorted(k for k in locals()))
    lst = [sorted(locals()) for i in range(1)]
print(C.lst)
print([k for k in globals() if not k.startswith('__')])
def uses_global():
    return sorted(k for k in globals() if k in ('f', 'f2', 'C'))
print(uses_global())
x = 10
def shadow():
    x = 20
    return globals()['x'], locals()['x']
print(shadow())
def vars_and_dir():
    q = 1
    return vars() == locals(), dir()
print(vars_and_dir())
try:
    vars(5)
except TypeError as e:
    print('TE:', e)
try:
    locals(1)
except TypeError as e:
    print('TE:', e)
def cellvar_locals():
    c = 'cell'
    def inner(): return c
    return locals()
print(sorted(cellvar_locals()))
def del_from_locals():
    a = 1
    d = locals()
    d['zz'] = 5
    return sorted(locals()), 'zz' in d
print(del_from_locals())
def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen_locals()))
lam = lambda p, q=2: sorted(locals().items())
print(lam(1))
print(sorted((lambda: locals())().items()))
def nested_class_locals():
    v = 'enclosing'
    class K:
        w = v
        ks = sorted(locals())
    return K.ks, K.w
print(nested_class_locals())
a = 5
print([sorted(locals()) for i in range(1)])
print([sorted(locals()) for i in range(1) for j in range(1)])
print([[k for k in locals()] for i in range(1)])
class C:
    b = 2
    r = [dict(locals()) for i in range(2)]
    print(r)
    print({k: sorted(locals()) for k in 'x'})
print(sorted(locals())[:3])
