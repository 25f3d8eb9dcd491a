def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].copy(1))
t(lambda: [].insert())
t(lambda: [].insert(1))
t(lambda: [].pop(1, 2))
t(lambda: [].index())
t(lambda: [].index(1, 2, 3, 4))
t(lambda: [].count())
t(lambda: [].append(x=1))
t(lambda: [].sort(1))
t(lambda: [].sort(foo=1))
t(lambda: list.append())
t(lambda: list.append(1, 2))
t(lambda: list.append([], 2))
t(lambda: [].extend(5))
t(lambda: [1].insert("a", 1))
t(lambda: [1].pop("a"))
t(lambda: [1].index(1, "a"))
t(lambda: [1, 2, 3].index(2, -1))
t(lambda: [1, 2, 3].index(2, 1, 10**30))
t(lambda: [1].pop(10**30))
t(lambda: [1] * (10**30))
t(lambda: [1] * "a")
t(lambda: "a" * [1])
t(lambda: 2.0 * [1])
t(lambda: [1] + (1,))
t(lambda: (1,) + [1])
t(lambda: (1,).index(5))
t(lambda: (1,).count())
a = [1]; a.append(a); print(a, (a,), [a, [a]])
d = {}; d[1] = d; print(d, [d])
l = [1, 2, 3]
t(lambda: l.__setitem__("a", 1))
t(lambda: l.__delitem__("a"))
t(lambda: l.__setitem__(5, 1))
t(lambda: l.__delitem__(5))
def f(): l[1:2:1] = 5
t(f)
def f(): l[::-1] = [1]
t(f)
def f(): l[::2] = 5
t(f)
t(lambda: [1, 2, 3][1.5])
t(lambda: [1, 2, 3][10**30])
t(lambda: [1, 2, 3][-10**30])
t(lambda: [1, 2, 3][10**30:])
t(lambda: [1, 2, 3][:-10**30])
t(lambda: [1, 2, 3][::10**30])
t(lambda: [1, 2, 3][::-10**30])
t(lambda: [1] * -1)
t(lambda: [] < 5)
t(lambda: () < [])
t(lambda: [1] == (1,))
t(lambda: [1, 2] < [1, "a"])
t(lambda: True * [1])
def g():
    x = [3, 1, 2]
    def k(v):
        x.append(1)
        return v
    x.sort(key=k)
    return x
t(g)
def g():
    x = [3, 1, 2]
    def k(v):
        raise ValueError("boom")
    x.sort(key=k)
t(g)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"C({self.v})"
print(sorted([C(3), C(1), C(2), C(5), C(4)]))
print(sorted([C(1), C(2), C(3)], reverse=True))
print(max([C(1), C(3), C(2)]), min([C(1), C(3), C(2)]))
x = [5, 3, 1, 4]
x.sort(key=lambda v: -v, reverse=True); print(x)
x = list(range(100, 0, -1)); x.sort(); print(x[:5], x[-5:])
x = [(i * 37) % 101 for i in range(200)]; y = sorted(x); print(y[:10], y == sorted(y))
x = [1, 2, 3, 4, 5, 6]
x[1:5] = x; print(x)
x = [1, 2, 3, 4, 5, 6]
del x[::-2]; print(x)
x = [1, 2, 3, 4, 5, 6]
x[::-2] = "abc"; print(x)
x = [1, 2, 3, 4, 5, 6]
x[4:1:-1] = [7, 8, 9]; print(x)
x = [1, 2, 3]
x[5:] = [4]; print(x)
x[-10:-20] = [0]; print(x)
del x[10:]; print(x)
del x[:]; print(x)
x = [1, 2]; x += "ab"; print(x)
x = [1, 2]; y = x; x *= 2; print(y, x is y)
x = [1]; x *= 0; print(x)
print([1, 2] * 0, [] * 5, 3 * [0], (1,) * 3, 0 * (1, 2))
print([1, 2, 3].__len__(), [1, 2, 3].__contains__(2), list.__getitem__([5, 6], 1))
print(list(reversed([1, 2, 3])), type(reversed([])).__name__, type(iter([])).__name__)
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
r = reversed([1, 2, 3]); print(next(r), list(r))
l2 = [1, 2, 3]; it = iter(l2); next(it); l2.append(4); print(list(it))
print([1, 2, 3].index(3), [1, 2, 1].count(1), [[1]].count([1]))
print([0] * 3 == [0, 0, 0], [1, 2] != [1, 2], [1, 2] <= [1, 2], [2] > [1, 5], [] >= [])
print(repr([]), repr([[]]), str([1, "a"]), [None, True, 1.5])
print([1,2,3][2::10**30], (1,2,3)[2::10**30], [1,2,3][0::-10**30])
x = [1,2,3]; x[2::10**30] = [9]; print(x); del x[1::10**30]; print(x)
print(range(10)[2::10**30], range(10)[::-10**30])
