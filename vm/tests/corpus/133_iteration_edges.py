def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
seq = ["a", "b", "c"]
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], foo=2))
t(lambda: enumerate([], "a"))
t(lambda: list(enumerate("ab", start=10**20)))
t(lambda: list(enumerate(iterable="ab", start=2)))
t(lambda: zip(1))
t(lambda: zip([], foo=1))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], strict=True)))
t(lambda: list(map(lambda a, b: a + b, [1, 2], [1], strict=True)))
t(lambda: map())
t(lambda: map(1))
t(lambda: list(map(5, [1])))
t(lambda: filter())
t(lambda: filter(1, 2))
t(lambda: list(filter(bool, [0, 1, 2])))
t(lambda: reversed())
t(lambda: reversed({1}))
t(lambda: reversed(5))
t(lambda: iter())
t(lambda: iter(1, 2))
t(lambda: iter(1, 2, 3))
t(lambda: next(iter([]), "d"))
t(lambda: next([]))
t(lambda: max())
t(lambda: max(1))
t(lambda: max([]))
t(lambda: max(1, 2, default=3))
t(lambda: max([1], foo=3))
t(lambda: min([], default=7))
t(lambda: max([3, 1, 2], key=lambda x: -x))
t(lambda: max(1, 2, key=None))
t(lambda: max("abc"))
t(lambda: min((1, "a")))
t(lambda: sum())
t(lambda: sum(["a"], "b"))
t(lambda: sum([b"a"], b""))
t(lambda: sum([1], start=5))
t(lambda: sum([0.1] * 10))
t(lambda: sum([1, 0.1, 0.2]))
t(lambda: sum([1e100, 1.0, -1e100, 1.0]))
t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum([[1], [2]], []))
t(lambda: sum([1, 2], 0.5))
t(lambda: sum([True, True]))
t(lambda: sum(range(10**6)))
t(lambda: sum([1.5, 2**70]))
t(lambda: sum((x for x in [1, 2.5, 3])))
t(lambda: any([0, "", None]))
t(lambda: all([]))
t(lambda: sorted())
t(lambda: sorted([], 1))
t(lambda: sorted([3, 1], key=None, reverse=1))
t(lambda: sorted([3, 1], reverse="x"))
t(lambda: list(iter([1, 2, 3].pop, 1)))
e = enumerate("ab"); print(next(e), type(e).__name__, repr(e)[:12])
m = map(int, "12"); print(type(m).__name__, list(m), list(m))
z = zip("ab", "cd"); print(type(z).__name__, next(z), list(z))
f = filter(None, [0, 1]); print(type(f).__name__, list(f))
r = reversed((1, 2, 3)); print(type(r).__name__, next(r), list(r), list(r))
r = reversed("abc"); print(list(r))
r = reversed(range(5)); print(type(r).__name__, list(r))
c = iter(lambda: 1, 1); print(type(c).__name__, list(c))
print(type(iter("abc")).__name__, type(iter("é")).__name__, type(iter((1,))).__name__, type(iter(range(3))).__name__)
print(type(iter({1: 2})).__name__, type(iter({1: 2}.values())).__name__, type(iter({1: 2}.items())).__name__, type(iter({1})).__name__)
class R:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(R())), list(R()))
class RR:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(RR())))
class NR:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
t(lambda: reversed(NR()))
it = iter([1, 2, 3])
print(it.__next__(), it.__iter__() is it, list(it))
t(lambda: it.__next__())
print(list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
a, *b = range(3); print(a, b)
*a, b = iter([1, 2, 3]); print(a, b)
a, (b, *c), d = 1, "xyz", 2; print(a, b, c, d)
def f():
    a, b = iter([1, 2, 3])
t(f)
def f():
    a, b = {1: 2, 3: 4, 5: 6}
t(f)
def f():
    a, b = "abc"
t(f)
def f():
    a, *b, c = {1}
t(f)
